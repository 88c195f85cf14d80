//! The configuration file in a real terminal: a moved key acts and is shown where it now
//! is, the `licht` theme is drawn in its colours, and a broken file costs one line per
//! mistake and the defaults, never the start.

use crate::common;

use common::tmux::Tmux;

fn with_config(name: &str, config: &str) -> Tmux {
    let setup = format!("printf '%s' '{config}' > config.toml");
    Tmux::start_command(name, 100, 30, &setup, common::tmux::BIN)
}

#[test]
fn a_moved_key_and_the_light_theme_work() {
    let t = with_config(
        "config1",
        "thema = \"licht\"\n[toetsen.steden]\nomlaag = \"w\"\n",
    );
    let s = t.wait_all(&["▶ Aalst", "w/k kies"]);
    assert!(
        !s.contains("j/k"),
        "the hints show the key as configured:\n{s}"
    );
    t.keys(&["w"]);
    t.wait_for("▶ Antwerpen");
    t.keys(&["j"]);
    t.keys(&["k"]);
    let s = t.wait_for("▶ Aalst");
    assert!(!s.contains("▶ Brugge"), "j no longer moves:\n{s}");
    // The light theme: white status text on dark grey, the focused pane in blue.
    let styled = t.styled_screen();
    assert!(
        styled.contains("\u{1b}[38;5;15m\u{1b}[48;5;8m ? hulp"),
        "{styled:?}"
    );
    assert!(styled.contains("\u{1b}[1m\u{1b}[38;5;4m┏"), "{styled:?}");
    t.keys(&["?"]);
    let help = t.wait_for("Toetsen");
    assert!(
        help.lines().any(|l| l.contains("w/k") || l.contains("w/↓")),
        "help shows the moved key:\n{help}"
    );
    t.keys(&["q", "q"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn a_broken_configuration_gives_one_line_per_mistake_and_the_defaults() {
    let t = with_config(
        "config2",
        "thema = \"licht\"\nmuis = \n[toetsen.steden]\nomlaag = \"k\"\n",
    );
    t.wait_all(&["config.toml:4: toetsen.steden.omlaag", "▶ Aalst"]);
    // The defaults stand: j moves down, k up.
    t.keys(&["j"]);
    t.wait_for("▶ Antwerpen");
    t.keys(&["k"]);
    t.wait_for("▶ Aalst");
    t.keys(&["q"]);
    let s = t.wait_for("EXITED:0");
    let warnings: Vec<&str> = s
        .lines()
        .filter(|l| l.starts_with("waarschuwing: "))
        .collect();
    assert_eq!(warnings.len(), 2, "one line per mistake, each whole:\n{s}");
    assert!(warnings[0].contains("config.toml:2: "), "{s}");
    assert!(
        warnings[1].contains("config.toml:4: toetsen.steden.omlaag: "),
        "{s}"
    );
    t.assert_terminal_sane();
}
