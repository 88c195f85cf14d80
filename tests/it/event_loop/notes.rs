//! Notes written by another process while the browser runs (`woonbeleid note --set` from a
//! shell, a second browser): seen at the loop's next look, and always before an edit.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use woonbeleid::notes::{Notes, Place};
use woonbeleid::tui::event_loop::{self, Options};

use super::recorder::{Recorder, browsing, drive_with, key};
use crate::common;

fn from_the_shell(text: &str) -> Notes {
    let mut notes = Notes::default();
    notes.set(Place::new("Aalst", "Lokaal woonoverleg"), text);
    notes
}

#[test]
fn an_edit_starts_from_the_note_on_disk_and_saves_on_it() {
    let host = Recorder {
        editor: Some("van de shell, aangevuld\n".into()),
        on_disk: Some(from_the_shell("van de shell")),
        ..Recorder::default()
    };
    let (_, screen, host) = drive_with(host, browsing(), vec![key('a')]);
    assert_eq!(
        host.given,
        ["van de shell"],
        "the editor gets the note on disk"
    );
    assert_eq!(host.bases, ["van de shell"], "and the save is made on it");
    assert!(screen.contains("notitie bewaard"), "{screen}");

    // The built-in editor too.
    let host = Recorder {
        on_disk: Some(from_the_shell("van de shell")),
        ..Recorder::default()
    };
    let (_, screen, _) = drive_with(host, browsing(), vec![key('a')]);
    assert!(screen.contains("van de shell"), "{screen}");
}

#[test]
fn a_note_set_elsewhere_shows_while_the_browser_waits_for_keys() {
    let mut host = Recorder {
        on_disk: Some(from_the_shell("van de shell")),
        ..Recorder::default()
    };
    let (tx, rx) = mpsc::channel();
    // No key for a second: the loop's look at the notes file comes in between.
    let quit = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(1200));
        tx.send(key('q')).unwrap();
    });
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut opts = Options {
        theme: common::COLOR,
        mouse: false,
        log: None,
        started: Instant::now(),
    };
    let session = browsing();
    let exit = event_loop::run(&mut terminal, session, &rx, &mut host, &mut opts);
    quit.join().unwrap();
    exit.unwrap();
    let screen = common::text_of(&terminal);
    assert!(screen.contains("Lokaal woonoverleg ✎"), "{screen}");
    assert!(screen.contains("elders gewijzigd"), "{screen}");
}
