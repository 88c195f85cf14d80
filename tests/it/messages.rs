//! The message log (`M`): everything the status line said, whole, however narrow the window
//! and however many keys came after it.

use crate::common;

use common::{app, run};
use woonbeleid::app::screen::Line;
use woonbeleid::app::{Action, App, Mode};

fn overlay_text(app: &App) -> String {
    app.screen()
        .overlay
        .as_ref()
        .map(|p| {
            p.lines
                .iter()
                .map(Line::text)
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default()
}

#[test]
fn a_message_cut_on_the_status_line_is_read_whole_in_the_log_after_other_keys() {
    let mut app = app(40, 12);
    let long = "niet geschreven: /home/gebruiker/Documenten/woonbeleid/export-van-vandaag.md bestaat al en is alleen-lezen · kies een andere naam";
    app.report(long.to_owned());
    assert!(
        !app.screen().text().contains("kies een andere naam"),
        "cut on the status line"
    );
    run(&mut app, &[Action::Compare]);
    let refused = app.message().unwrap().to_owned();
    run(&mut app, &[Action::Move(woonbeleid::app::Move::Down)]);
    assert!(app.message().is_none(), "gone at the next key");
    run(&mut app, &[Action::Messages]);
    assert_eq!(app.mode(), Mode::Help);
    let text = overlay_text(&app);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("kies een andere naam"), "{text}");
    assert!(
        flat.contains(&refused.split_whitespace().collect::<Vec<_>>().join(" ")),
        "{text}"
    );
    assert!(app.screen().text().contains("Berichten"));
    run(&mut app, &[Action::CloseHelp]);
    assert_ne!(app.mode(), Mode::Help);
}

#[test]
fn the_log_opens_from_every_view_that_takes_global_keys() {
    for mode in Mode::ALL {
        let open = woonbeleid::app::keys::bindings(mode)
            .iter()
            .any(|b| b.action == Action::Messages);
        let global = woonbeleid::app::keys::bindings(mode)
            .iter()
            .any(|b| b.action == Action::ToggleHelp)
            && !matches!(
                mode,
                Mode::Help | Mode::NoteEditor | Mode::Bookmarks | Mode::Related | Mode::Typing
            );
        assert_eq!(open, global, "{mode:?}: M opens the log where ? opens help");
    }
    let mut app = app(120, 40);
    run(&mut app, &[Action::ToggleGrid, Action::Messages]);
    assert_eq!(app.mode(), Mode::Help, "M over the grid");
    assert!(app.screen().text().contains("Berichten"));
    run(&mut app, &[Action::CloseHelp]);
    assert_eq!(
        app.mode(),
        Mode::Grid,
        "closing the log goes back to the grid"
    );
}
