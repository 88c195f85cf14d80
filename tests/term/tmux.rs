//! The real binary in tmux: walking, typing, help, grouping, comparing, and the terminal
//! coming back after each way out.

use crate::common;

use common::tmux::{BIN, Tmux};

#[test]
fn browse_keep_the_section_across_cities_collapse_resize_and_quit() {
    let t = Tmux::start("walk", 120, 40, "");
    t.wait_all(&[
        "13 steden · 90 items",
        "1 Steden",
        "2 Secties · Aalst",
        "3 Tekst",
        "▶ Aalst",
        "Turnhout",
        "j/k kies",
    ]);
    t.wait_for("Aalst › B. OVERLEG › Lokaal woonoverleg");
    t.keys(&["j", "j", "j", "j"]);
    // Every city on the same section, not its empty chapter line.
    t.wait_all(&[
        "Gent › B. OVERLEG › Lokaal woonoverleg",
        "Als regisseur van het lokaal woonbeleid",
    ]);
    t.keys(&["l"]);
    t.wait_for("h/l dicht/open");
    t.keys(&["-"]);
    t.wait("the tree closed", |s| {
        !s.contains("Stedelijke Woonraad") && !s.contains("B. OVERLEG ›")
    });
    t.keys(&["="]);
    t.wait_for("Stedelijke Woonraad");
    assert!(
        t.tmux(&["resize-window", "-t", "0", "-x", "70", "-y", "24"])
            .status()
            .unwrap()
            .success()
    );
    let s = t.wait("the narrow layout", |s| {
        !s.contains("1 Steden") && s.contains("2 Secties")
    });
    assert!(s.contains("3 Tekst"), "{s}");
    assert!(s.lines().all(|l| l.chars().count() <= 70), "{s}");
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn the_status_line_shows_the_input_at_80x24_and_40x12() {
    for (w, h) in [(80u16, 24u16), (40, 12)] {
        let t = Tmux::start(&format!("status{w}"), w, h, "");
        t.wait_for("1 Steden");
        t.keys(&["/"]);
        t.type_text("lokaal woonoverleg gent");
        let s = t.wait_for("/ lokaal woonoverleg gent");
        let last = s.lines().rfind(|l| !l.trim().is_empty()).unwrap();
        assert!(
            last.starts_with(" / lokaal woonoverleg gent"),
            "{w}×{h}: {last:?}"
        );
        assert_eq!(
            t.pane_flag("#{cursor_flag}"),
            "1",
            "the cursor shows where typing goes"
        );
        assert_eq!(t.pane_flag("#{cursor_x}"), "26");
        t.keys(&["C-c"]);
        t.wait("the input cleared, the program still there", |s| {
            !s.contains("/ lokaal")
        });
        t.keys(&["q"]);
        t.assert_exited_cleanly("0");
    }
}

#[test]
fn help_scrolls_at_100x18() {
    let t = Tmux::start("help", 100, 18, "");
    t.wait_for("13 steden");
    t.keys(&["?"]);
    let first = t.wait_for("Toetsen");
    assert!(!first.contains("stoppen"), "not everything fits: {first}");
    t.keys(&["End"]);
    t.wait_for("stoppen");
    t.keys(&["g"]);
    t.wait("back at the top", |s| !s.contains("stoppen"));
    t.keys(&["q"]);
    t.wait("help closed", |s| !s.contains("Toetsen"));
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn filter_then_search_and_walk_the_hits() {
    let t = Tmux::start("find", 120, 40, "");
    t.wait_for("13 steden · 90 items");
    t.keys(&["/"]);
    t.type_text("woonraad");
    let s = t.wait_for("11 items in 11 steden");
    assert!(!s.contains("Genk") && !s.contains("Roeselare"), "{s}");
    t.keys(&["Escape"]);
    t.wait("the filter cleared", |s| {
        s.contains("Genk") && s.contains("Roeselare") && !s.contains("filter:")
    });
    t.keys(&["s"]);
    t.type_text("Woodrow Wilsonplein");
    t.wait_for("zoek: Woodrow Wilsonplein");
    t.keys(&["Enter"]);
    let s = t.wait_for("treffer 1/");
    assert!(s.contains("Gent ›"), "only Gent names its address: {s}");
    let total: String = s[s.find("treffer 1/").unwrap() + 10..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(total.parse::<usize>().unwrap() >= 2, "{s}");
    t.keys(&["n"]);
    t.wait_for(&format!("treffer 2/{total}"));
    t.keys(&["N", "N"]);
    t.wait_for(&format!("treffer {total}/{total}"));
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn regroup_open_a_section_and_compare_two_cities() {
    let t = Tmux::start("compare", 120, 40, "");
    t.wait_for("13 steden · 90 items · per stad");
    t.keys(&["b"]);
    t.wait_all(&[
        "per sectie",
        "2 Steden · Lokaal woonoverleg",
        "Aalst › B. OVERLEG › Lokaal woonoverleg",
    ]);
    t.keys(&["l", "v", "j", "j", "j", "j", "v"]);
    t.wait_for("2 items gemarkeerd");
    t.keys(&["c"]);
    t.wait_all(&[
        "Naast elkaar",
        "Aalst › B. OVERLEG › Lokaal woonoverleg",
        "Gent › B. OVERLEG › Lokaal woonoverleg",
        "│",
    ]);
    t.keys(&["c"]);
    t.wait("back to the panes", |s| !s.contains("Naast elkaar"));
    t.keys(&["m"]);
    t.wait("the grid with Genk's gaps", |s| {
        s.contains("Dekking: steden × secties")
            && s.lines().any(|l| l.contains("Genk") && l.contains('·'))
    });
    // Esc and q apart: sent together they read as Alt-q, as in any terminal.
    t.keys(&["Escape"]);
    t.wait("back to the panes", |s| {
        !s.contains("Dekking") && !s.contains("Bladwijzers")
    });
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn a_window_too_small_ignores_keys_but_quits() {
    let t = Tmux::start("small", 20, 5, "");
    t.wait_for("Venster te klein");
    t.keys(&["2", "?", "Escape", "m", "Escape", "c", "b"]);
    // Keys and a resize pending together may be read resize first (the terminal's order,
    // not the app's): the keys must have been read in the small window before it grows.
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(
        t.tmux(&["resize-window", "-t", "0", "-x", "120", "-y", "40"])
            .status()
            .unwrap()
            .success()
    );
    let s = t.wait_for("13 steden");
    assert!(
        s.contains("per stad") && s.contains("┏ 1 Steden") && !s.contains("Toetsen"),
        "nothing acted: {s}"
    );
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn a_slow_data_file_shows_a_loading_screen_that_q_leaves() {
    let t = Tmux::start_command(
        "loading",
        100,
        30,
        "mkfifo slow.ron",
        &format!("{BIN} --data slow.ron"),
    );
    let s = t.wait_for("Laden: slow.ron");
    assert!(s.contains("q stopt"), "{s}");
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn a_bad_data_file_ends_the_browser_with_one_line() {
    let t = Tmux::start_command(
        "baddata",
        100,
        30,
        "printf 'Dataset(' > bad.ron",
        &format!("{BIN} --data bad.ron"),
    );
    t.assert_exited_cleanly("1");
    assert!(
        t.screen()
            .contains("fout: bad.ron:1: kolom 8: het bestand houdt op"),
        "{}",
        t.screen()
    );
}

#[test]
fn r_lists_related_texts_enter_reads_one_and_ctrl_o_comes_back() {
    let t = Tmux::start("related", 120, 40, "");
    t.wait_for("Aalst › B. OVERLEG › Lokaal woonoverleg");
    t.keys(&["2", "j"]);
    t.wait_for("Aalst › B. OVERLEG › Lokale woonraad");
    t.keys(&["r"]);
    let s = t.wait_for("Verwant aan Aalst › Lokale woonraad");
    assert!(s.contains(" · "), "the shared words: {s}");
    t.keys(&["Enter"]);
    let s = t.wait("the related text read", |s| {
        !s.contains("Verwant aan") && !s.contains("Aalst › B. OVERLEG › Lokale woonraad")
    });
    assert!(s.contains("3 Tekst"), "{s}");
    t.keys(&["C-o"]);
    t.wait_for("Aalst › B. OVERLEG › Lokale woonraad");
    t.wait_for("terug gesprongen");
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn c_sets_a_section_side_by_side_l_moves_sideways_and_esc_returns() {
    let t = Tmux::start("section-side", 120, 40, "");
    t.wait_for("Aalst › B. OVERLEG › Lokaal woonoverleg");
    t.keys(&["2", "j"]);
    t.wait_for("Aalst › B. OVERLEG › Lokale woonraad");
    t.keys(&["C"]);
    let s = t.wait_all(&["Lokale woonraad in ", "kolom 1–3/", "alleen deze tekst"]);
    assert!(s.contains("│Antwerpen › "), "the cities' names on top: {s}");
    t.keys(&["l"]);
    t.wait_for("kolom 2–4/");
    t.keys(&["Escape"]);
    t.wait_for("3 Tekst");
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

/// Where tmux has the terminal's cursor: its row, and whether it is shown.
fn cursor(t: &Tmux) -> (usize, bool) {
    let flag = t.pane_flag("#{cursor_y} #{cursor_flag}");
    let (y, shown) = flag.split_once(' ').unwrap();
    (y.parse().unwrap(), shown == "1")
}

/// The cursor once it is where `expected` says, or where it is after 10 s: a frame's cells
/// are written before its cursor, so a capture can fall between the two.
fn cursor_settled(t: &Tmux, expected: (usize, bool)) -> (usize, bool) {
    let start = std::time::Instant::now();
    loop {
        let now = cursor(t);
        if now == expected || start.elapsed() > std::time::Duration::from_secs(10) {
            return now;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn accessible_mode_draws_no_boxes_and_puts_the_shown_cursor_on_the_selection() {
    for (name, setup, args) in [
        ("a11y-flag", "true", "--toegankelijk"),
        ("a11y-env", "export ACCESSIBLE=1", ""),
    ] {
        let t = Tmux::start_command(name, 100, 30, setup, &format!("{BIN} {args}"));
        let s = t.wait_for("▶ Aalst");
        let boxes: Vec<char> = s
            .chars()
            .filter(|c| ('\u{2500}'..='\u{259f}').contains(c))
            .collect();
        assert!(boxes.is_empty(), "{name}: {boxes:?}\n{s}");
        let row = s.lines().position(|l| l.contains("▶ Aalst")).unwrap();
        let (y, shown) = cursor_settled(&t, (row, true));
        assert_eq!(
            (y, shown),
            (row, true),
            "{name}: the cursor on the selection\n{s}"
        );
        t.keys(&["j", "j"]);
        t.wait_for("▶ Brugge");
        let (y, _) = cursor_settled(&t, (row + 2, true));
        assert_eq!(y, row + 2, "{name}: the cursor follows the selection");
        t.keys(&["2"]);
        t.wait_for("nu in: Secties");
        t.keys(&["q"]);
        t.assert_exited_cleanly("0");
    }
}
