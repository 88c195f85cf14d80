use super::{Value, parse};

#[test]
fn a_broken_line_costs_only_that_line() {
    let text = "thema = \"licht\"\nmuis = \n[toetsen.boom]\nomlaag = \"j\"\n";
    let config = parse(text);
    assert_eq!(config.problems.len(), 1, "{:?}", config.problems);
    assert_eq!(config.problems[0].line, 2);
    let names: Vec<String> = config.entries.iter().map(super::Entry::dotted).collect();
    assert_eq!(names, ["thema", "toetsen.boom.omlaag"]);
    assert_eq!(config.entries[1].line, 4);
}

#[test]
fn every_broken_line_is_named_in_order() {
    let text = "a = 1\nb = \nc = \"x\"\nd = ]\n= 3\ne = true\n";
    let config = parse(text);
    let lines: Vec<usize> = config.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [2, 4, 5]);
    let names: Vec<&str> = config.entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["a", "c", "e"]);
}

#[test]
fn values_keep_their_kind() {
    let text = "t = \"x\"\nl = [\"a\", \"b\"]\ns = false\nn = 3\nm = [1]\n[x]\ny = 1979-05-27\n";
    let config = parse(text);
    let values: Vec<&Value> = config.entries.iter().map(|e| &e.value).collect();
    assert_eq!(values[0], &Value::Text("x".into()));
    assert_eq!(values[1], &Value::List(vec!["a".into(), "b".into()]));
    assert_eq!(values[2], &Value::Switch(false));
    assert!(matches!(values[3], Value::Other(_)));
    assert!(matches!(values[4], Value::Other(_)));
    assert!(matches!(values[5], Value::Other(_)));
    assert_ne!(values[3], values[5], "a number and a date are named apart");
}

#[test]
fn tables_nest_and_are_found_by_their_first_name() {
    let text = "top = true\n[toetsen.boom]\nomlaag = \"j\"\n[toetsen.alle]\nhulp = \"?\"\n[kleuren]\nfocus = \"geel\"\n";
    let config = parse(text);
    let keys: Vec<String> = config.table("toetsen").map(super::Entry::dotted).collect();
    assert_eq!(keys, ["toetsen.boom.omlaag", "toetsen.alle.hulp"]);
    let top: Vec<&str> = config.table("").map(|e| e.name.as_str()).collect();
    assert_eq!(top, ["top"]);
    assert_eq!(config.table("kleuren").count(), 1);
}

#[test]
fn crlf_lines_are_numbered_alike() {
    let config = parse("a = 1\r\nb = \r\nc = \"x\"\r\n");
    assert_eq!(config.problems.len(), 1);
    assert_eq!(config.problems[0].line, 2);
    assert_eq!(config.entries.last().map(|e| e.line), Some(3));
}

#[test]
fn a_file_of_garbage_stops_at_a_bound() {
    let text = "=\n".repeat(1000);
    let config = parse(&text);
    assert_eq!(config.problems.len(), super::MOST_BROKEN);
}

#[test]
fn a_missing_file_is_the_defaults_and_an_unreadable_one_a_problem() {
    let dir = std::env::temp_dir().join(format!("woonbeleid-config-{}", std::process::id()));
    let missing = super::load(&dir.join("nergens.toml"));
    assert_eq!(missing, super::Config::default());
    std::fs::create_dir_all(&dir).unwrap();
    let folder = super::load(&dir);
    assert_eq!(folder.problems.len(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}
