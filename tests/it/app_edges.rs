//! The browser at its edges, without a terminal: a window too small to draw in, a dataset
//! or cities with nothing in them, and a snapshot file changed under the open catalog.

use crate::common;

use common::{COLOR, Data, app, app_on, render, run, select, text_of};
use woonbeleid::app::{Action, Focus, Grouping, Mode, Move};

#[test]
fn a_window_too_small_answers_only_resize_and_quit() {
    let mut app = app(20, 5);
    assert_eq!(app.mode(), Mode::TooSmall);
    let before = app.current();
    for a in [
        Action::FocusPane(Focus::Members),
        Action::ToggleHelp,
        Action::Back,
        Action::ToggleGrid,
        Action::Back,
        Action::Compare,
        Action::Move(Move::Down),
        Action::Regroup,
    ] {
        assert!(!app.update(a), "{a:?} acted while too small");
    }
    assert_eq!(
        (app.current(), app.focus(), app.grouping()),
        (before, Focus::Groups, Grouping::ByCity)
    );
    assert!(!app.help_open());
    assert!(app.update(Action::Resize(120, 40)));
    assert!(app.update(Action::Quit) && app.quit());
}

#[test]
fn an_empty_dataset_and_empty_cities_answer_every_action() {
    let empty = Data::new().build();
    let zero = Data::new()
        .city("Nul", &[])
        .city("Een", &[("Los", "tekst")])
        .build();
    for data in [empty, zero] {
        let mut app = app_on(data, 100, 30);
        let all = [
            Action::Move(Move::Down),
            Action::Right,
            Action::Right,
            Action::Toggle,
            Action::Left,
            Action::Left,
            Action::Regroup,
            Action::Move(Move::Down),
            Action::ToggleGrid,
            Action::Toggle,
            Action::Right,
            Action::Back,
            Action::Mark,
            Action::Compare,
            Action::Copy,
            Action::Export,
            Action::NextHit(woonbeleid::app::Direction::Forward),
            Action::ToggleHelp,
            Action::Move(Move::Bottom),
            Action::CloseHelp,
            Action::Regroup,
            Action::OpenAll,
            Action::CloseAll,
            Action::ScrollText(5),
            Action::Back,
        ];
        for a in all {
            app.update(a);
            common::finish_searches(&mut app);
        }
        common::typed(&mut app, woonbeleid::app::Find::Search, "tekst");
        run(
            &mut app,
            &[Action::Accept, Action::ToggleGrid, Action::Toggle],
        );
    }
}

#[test]
fn frames_show_the_text_as_laid_out_even_if_its_file_changes_after() {
    use std::io::{Seek, SeekFrom, Write};
    use woonbeleid::catalog::snapshot;
    let text = "eerste regel van de tekst\ntweede regel\nderde regel\nvierde regel";
    let data = Data::new()
        .city("Gent", &[("A. EEN", text), ("B. TWEE", "ander")])
        .build();
    let (file, bytes) = common::snapshots::written(&data);
    let opened = std::fs::File::open(file.path()).unwrap();
    let catalog = snapshot::open(opened, common::snapshots::KEY).unwrap();
    let mut app = woonbeleid::app::App::new(std::sync::Arc::new(catalog), 100, 20);
    select(&mut app, "Gent", "A. EEN");
    assert!(text_of(&render(&app, COLOR)).contains("tweede regel"));
    // The file changes under the open catalog (same inode): the text is read no more.
    let at = bytes
        .windows(12)
        .position(|w| w == b"tweede regel")
        .unwrap();
    let mut writer = file.as_file();
    writer.seek(SeekFrom::Start(at as u64)).unwrap();
    writer.write_all(b"TWEEDE").unwrap();
    run(
        &mut app,
        &[
            Action::FocusPane(Focus::Text),
            Action::Move(Move::Down),
            Action::Move(Move::Up),
        ],
    );
    let screen = text_of(&render(&app, COLOR));
    assert!(screen.contains("tweede regel"), "{screen}");
    assert!(!screen.contains("beschadigd"), "{screen}");
}
