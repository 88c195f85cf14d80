//! The whole loop without a terminal: scripted events in, frames out through ratatui's
//! `TestBackend`, effects recorded by a host of the test's own.

use crate::common;

mod notes;
mod recorder;

use recorder::*;

use std::sync::Arc;
use std::sync::mpsc;
use std::time::Instant;

use crossterm::event::{Event as TermEvent, KeyCode, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use woonbeleid::catalog::Catalog;
use woonbeleid::notes::Place;
use woonbeleid::store;
use woonbeleid::tui::event_loop::{self, Options};
use woonbeleid::tui::{Event, Exit, Loading, Session, Stop};

#[test]
fn keys_in_frames_out_and_q_quits() {
    let (exit, screen, _) = drive(browsing(), vec![key('j'), key('j'), key('j'), key('j')]);
    assert_eq!(exit.unwrap(), Exit::Quit, "the script ran out");
    assert!(screen.contains("▶ Gent"), "{screen}");
    // A burst ending in q: the loop leaves without drawing what it will not show.
    let (exit, screen, _) = drive(browsing(), vec![key('j'), key('q'), key('j')]);
    assert_eq!(exit.unwrap(), Exit::Quit);
    assert!(screen.contains("▶ Aalst"), "{screen}");
}

#[test]
fn effects_reach_the_host_and_what_it_says_reaches_the_status_line() {
    let (exit, screen, host) = drive(browsing(), vec![key('y'), key('e')]);
    assert_eq!(exit.unwrap(), Exit::Quit, "the events ran out");
    assert_eq!(host.copied.len(), 1);
    assert!(host.copied[0].starts_with("Lokaal woonoverleg\nAalst › B. OVERLEG"));
    assert_eq!(host.written[0].0, "Aalst Lokaal woonoverleg");
    assert!(
        screen.contains("geschreven: woonbeleid-Aalst Lokaal woonoverleg.md"),
        "{screen}"
    );
}

#[test]
fn a_search_runs_through_the_host_and_its_hits_come_back() {
    let mut events = vec![key('s')];
    events.extend("huurdersbond".chars().map(key));
    events.push(code(KeyCode::Enter));
    events.push(key('n'));
    let (_, screen, host) = drive(browsing(), events);
    assert!(host.searched >= 1);
    assert!(screen.contains("treffer 2/"), "{screen}");
}

#[test]
fn ctrl_z_and_sigtstp_suspend_and_come_back() {
    let (exit, screen, host) = drive(browsing(), vec![ctrl('z'), Event::Stop, key('j')]);
    assert_eq!(exit.unwrap(), Exit::Quit);
    assert_eq!(
        host.suspended,
        [Stop::Job, Stop::Process],
        "Ctrl-z stops the job, SIGTSTP the process"
    );
    assert!(
        screen.contains("▶ Antwerpen"),
        "keys work after resuming: {screen}"
    );
}

#[test]
fn ctrl_z_without_job_control_says_so_and_the_browser_goes_on() {
    let host = Recorder {
        no_job_control: true,
        ..Recorder::default()
    };
    let (exit, screen, host) = drive_with(host, browsing(), vec![ctrl('z')]);
    assert_eq!(exit.unwrap(), Exit::Quit);
    assert!(host.suspended.is_empty());
    assert!(
        screen.contains("Ctrl-z: onderbreken kan hier niet"),
        "{screen}"
    );
    let (_, screen, _) = drive_with(
        Recorder {
            no_job_control: true,
            ..Recorder::default()
        },
        browsing(),
        vec![ctrl('z'), key('j')],
    );
    assert!(screen.contains("▶ Antwerpen"), "keys work after: {screen}");
}

#[test]
fn a_signal_ends_the_loop_with_its_number() {
    let (exit, _, _) = drive(browsing(), vec![key('j'), Event::Signal(15), key('j')]);
    assert_eq!(exit.unwrap(), Exit::Signal(15));
    let (exit, _, _) = drive(browsing(), vec![Event::InputGone]);
    assert_eq!(
        exit.unwrap(),
        Exit::Signal(1),
        "a closed terminal ends it as a hangup does"
    );
}

fn loading() -> Session {
    Session::Loading(Loading {
        name: "groot.ron".into(),
        bytes: 12_000_000,
        started: Instant::now(),
    })
}

#[test]
fn the_loading_screen_says_what_loads_and_q_leaves_it() {
    let (exit, screen, _) = drive(loading(), vec![key('j'), key('q')]);
    assert_eq!(exit.unwrap(), Exit::Quit);
    assert!(screen.contains("Laden: groot.ron (12.0 MB)"), "{screen}");
}

#[test]
fn a_loaded_dataset_replaces_the_loading_screen() {
    let loaded = woonbeleid::tui::Loaded {
        catalog: Arc::new(Catalog::new(store::embedded().unwrap())),
        notes: Vec::new(),
    };
    let (_, screen, _) = drive(loading(), vec![Event::Loaded(Ok(loaded)), key('j')]);
    assert!(screen.contains("13 steden · 90 items"), "{screen}");
    let failed = woonbeleid::commands::Failure::Usage("kapot".into());
    let (exit, _, _) = drive(loading(), vec![Event::Loaded(Err(failed))]);
    assert!(exit.is_err());
}

#[test]
fn resizes_and_mouse_events_reach_the_app() {
    use crossterm::event::{MouseEvent, MouseEventKind};
    let wheel = |row| {
        Event::Term(TermEvent::Mouse(MouseEvent {
            kind: MouseEventKind::ScrollDown,
            column: 3,
            row,
            modifiers: KeyModifiers::NONE,
        }))
    };
    let (_, screen, _) = drive(
        browsing(),
        vec![Event::Term(TermEvent::Resize(100, 30)), wheel(3)],
    );
    assert!(
        screen.contains("▶ Genk"),
        "the wheel moved three cities: {screen}"
    );
}

#[test]
fn a_note_goes_through_the_users_editor_and_is_saved() {
    let host = Recorder {
        editor: Some("Vraag Aalst hoe het loopt\n".into()),
        ..Recorder::default()
    };
    let (_, screen, host) = drive_with(host, browsing(), vec![key('a')]);
    assert_eq!(
        host.notes,
        [(
            Place::new("Aalst", "Lokaal woonoverleg"),
            "Vraag Aalst hoe het loopt\n".to_owned()
        )]
    );
    assert!(screen.contains("notitie bewaard"), "{screen}");
    assert!(screen.contains("Lokaal woonoverleg ✎"), "{screen}");
}

#[test]
fn a_note_the_notes_file_refuses_is_kept_in_a_file_of_its_own_or_in_the_editor() {
    let typed = "Vraag Aalst hoe het loopt\n";
    let host = Recorder {
        editor: Some(typed.into()),
        notes_refused: Some("notes.ron is onleesbaar".into()),
        ..Recorder::default()
    };
    let (_, screen, host) = drive_with(host, browsing(), vec![key('a')]);
    assert!(host.notes.is_empty());
    assert_eq!(
        host.written,
        [(
            "notitie Aalst Lokaal woonoverleg".to_owned(),
            typed.to_owned()
        )]
    );
    assert!(
        screen.contains("notitie niet bewaard (notes.ron is onleesbaar); de tekst staat in"),
        "{screen}"
    );
    // Nowhere to write a file either: the text goes back into the built-in editor.
    let host = Recorder {
        editor: Some(typed.into()),
        notes_refused: Some("notes.ron is onleesbaar".into()),
        no_files: true,
        ..Recorder::default()
    };
    let (_, screen, _) = drive_with(host, browsing(), vec![key('a')]);
    assert!(screen.contains("Vraag Aalst hoe het loopt"), "{screen}");
    assert!(screen.contains("notes.ron is onleesbaar"), "{screen}");
}

#[test]
fn without_an_editor_the_built_in_one_opens_and_esc_saves() {
    let mut events = vec![key('a')];
    events.extend("mijn notitie".chars().map(key));
    events.push(code(KeyCode::Enter));
    events.extend("regel twee".chars().map(key));
    events.push(code(KeyCode::Esc));
    let (_, screen, host) = drive(browsing(), events);
    assert_eq!(host.notes.len(), 1);
    assert_eq!(host.notes[0].1, "mijn notitie\nregel twee");
    assert!(
        screen.contains("Lokaal woonoverleg ✎"),
        "the tree marks the item: {screen}"
    );
    assert!(screen.contains("notitie bewaard"), "{screen}");
    // Ctrl-c throws the changes away.
    let mut events = vec![key('a')];
    events.extend("weg".chars().map(key));
    events.push(ctrl('c'));
    let (_, screen, host) = drive(browsing(), events);
    assert!(host.notes.is_empty());
    assert!(screen.contains("verworpen"), "{screen}");
}

#[test]
fn quitting_keeps_the_position() {
    let (_, _, host) = drive(browsing(), vec![key('j'), key('q')]);
    let p = host.positions.last().unwrap();
    assert_eq!(p.item, Some(Place::new("Antwerpen", "Lokaal woonoverleg")));
    let (_, _, host) = drive(browsing(), vec![Event::Signal(15)]);
    assert_eq!(host.positions.len(), 1, "a signal keeps it too");
}

#[test]
fn the_log_has_a_line_per_input_event_and_one_per_frame() {
    let (tx, rx) = mpsc::channel();
    // A burst: three keys already waiting, one frame for them all.
    for e in [key('j'), key('j'), key('k')] {
        tx.send(e).unwrap();
    }
    drop(tx);
    let mut log = Vec::new();
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut opts = Options {
        theme: common::COLOR,
        mouse: true,
        log: Some(&mut log),
        started: Instant::now(),
    };
    let mut host = Recorder::default();
    event_loop::run(&mut terminal, browsing(), &rx, &mut host, &mut opts).unwrap();
    let log = String::from_utf8(log).unwrap();
    let kinds: Vec<&str> = log
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default())
        .collect();
    let handled = log.lines().filter(|l| l.contains("\thandle ")).count();
    let drawn = log.lines().filter(|l| l.starts_with("draw\t")).count();
    assert_eq!(handled, 3, "{log}");
    assert_eq!(drawn, 1, "one frame for the burst: {log}");
    assert_eq!(kinds.first(), Some(&"first-frame"), "{log}");
}
