//! Colour on the command line where it matters, on a terminal: `search` and `diff` colour
//! what they print by themselves (`--color auto`), and do not with `NO_COLOR` or
//! `--color never`. Into a pipe they never do (`tests/it/cli_color.rs`).

use crate::common;

use common::tmux::{BIN, Tmux};

const ESC: char = '\u{1b}';

/// The command's output as the terminal shows it, styles as escapes, once it has ended
/// with `status`.
fn shown(name: &str, command: &str, status: &str) -> String {
    let t = Tmux::start_command(name, 160, 30, "true", command);
    t.wait_for("EXITED:");
    let styled = t.styled_screen();
    t.assert_exited_cleanly(status);
    styled
}

#[test]
fn search_colours_a_terminal_unless_no_color_or_never_says_not() {
    let auto = shown("color1", &format!("{BIN} search buigt zich"), "0");
    assert!(
        auto.contains(&format!("{ESC}[31mbuigt zich")),
        "the hit in red: {auto:?}"
    );
    assert!(
        auto.contains(&format!("{ESC}[35mAalst")),
        "the city in magenta"
    );
    for (name, command) in [
        ("color2", format!("env NO_COLOR=1 {BIN} search buigt zich")),
        ("color3", format!("{BIN} search buigt zich --color never")),
    ] {
        let off = shown(name, &command, "0");
        assert!(
            off.contains("buigt zich") && !off.contains(ESC),
            "{command}: {off:?}"
        );
    }
}

#[test]
fn diff_text_marks_the_changed_words_on_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut changed = woonbeleid::store::embedded().unwrap();
    let item = changed.cities[0]
        .items
        .iter_mut()
        .find(|i| i.title == "Lokaal woonoverleg")
        .unwrap();
    assert!(item.description.contains("minstens 3 maal"));
    item.description = item
        .description
        .replacen("minstens 3 maal", "minstens 4 maal", 1);
    let new = dir.path().join("new.ron");
    std::fs::write(&new, woonbeleid::store::to_ron(&changed)).unwrap();
    let command = format!("{BIN} diff --text --embedded {}", new.display());
    let s = shown("color4", &command, "1");
    // tmux writes reverse as ESC[7m: only on the changed words.
    let reversed: Vec<&str> = s
        .split(&format!("{ESC}[7m"))
        .skip(1)
        .map(|r| &r[..r.find(ESC).unwrap_or(r.len())])
        .collect();
    assert_eq!(reversed, ["3", "4"], "{s:?}");
}
