//! The inputs' history across runs: what was accepted in the filter or the search comes
//! back with Ctrl-p after a restart; a history file that cannot be read is said once and
//! left as it is.

use crate::common;

use common::tmux::{BIN, Tmux};

#[test]
fn an_accepted_filter_and_search_come_back_with_ctrl_p_after_a_restart() {
    let home = tempfile::tempdir().unwrap();
    let run = format!("env WOONBELEID_HOME={} {BIN}", home.path().display());
    let t = Tmux::start_command("hist1", 120, 40, "true", &run);
    t.wait_for("13 steden");
    t.keys(&["/"]);
    t.type_text("woonraad");
    t.keys(&["Enter"]);
    t.wait_for("filter: woonraad");
    t.keys(&["s"]);
    t.type_text("huurdersbond");
    t.keys(&["Enter"]);
    t.wait_for("zoek: huurdersbond");
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");

    let t = Tmux::start_command("hist2", 120, 40, "true", &run);
    t.wait_for("13 steden");
    t.keys(&["/", "C-p"]);
    t.wait_for("/ woonraad");
    t.keys(&["C-n"]);
    t.wait("the draft back", |s| !s.contains("/ woonraad"));
    t.escape();
    t.keys(&["s", "C-p"]);
    t.wait_for("zoek: huurdersbond");
    t.escape();
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn an_unreadable_history_is_said_and_not_written_over() {
    let home = tempfile::tempdir().unwrap();
    let broken = "History(filter: [\"raad\"";
    std::fs::write(home.path().join("history.ron"), broken).unwrap();
    let run = format!("env WOONBELEID_HOME={} {BIN}", home.path().display());
    let t = Tmux::start_command("hist3", 120, 40, "true", &run);
    t.wait_for("eerdere invoer niet gelezen");
    t.keys(&["/"]);
    t.type_text("overleg");
    t.keys(&["Enter"]);
    t.wait_for("filter: overleg");
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
    let after = std::fs::read_to_string(home.path().join("history.ron")).unwrap();
    assert_eq!(after, broken);
}
