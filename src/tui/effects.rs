//! What the app asks of the outside world (copy, files, searches, the editor, the notes,
//! suspending), carried out through the host, and how each went told back to the app.

use std::io;
use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::Backend;

use super::hosting::{Host, Stop};
use super::jobs::Job;
use crate::app::{App, Effect, Find};
use crate::commands::Failure;
use crate::notes::Place;
use crate::notes::history;
use crate::strings;

/// Does what the app asked of the outside world and tells it how that went.
pub(super) fn carry_out<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    effect: Effect,
    host: &mut dyn Host,
) -> Result<bool, Failure> {
    Ok(match effect {
        Effect::Copy(text) => app.report(match host.copy(&text) {
            Ok(()) => strings::copied(text.chars().count()),
            Err(e) => strings::write_failed(&e.to_string()),
        }),
        Effect::WriteMarkdown { stem, contents } => {
            app.report(match host.write_markdown(&stem, &contents) {
                Ok(path) => strings::written(&path.display().to_string()),
                Err(e) => strings::write_failed(&e.to_string()),
            })
        }
        Effect::Search(search) => start(app, Job::Search(search), host),
        Effect::BuildRelated => start(app, Job::Related, host),
        Effect::Suspend => {
            if !suspend(terminal, host, Stop::Job)? {
                app.report(strings::NO_JOB_CONTROL.to_string());
            }
            true
        }
        Effect::EditNote { place, text } => edit_note(terminal, app, place, text, host)?,
        Effect::SaveNote { place, text, base } => match host.save_note(&place, &text, &base) {
            Ok(stored) => app.note_saved(&place, &stored, &text),
            Err(why) => rescue_note(app, host, &place, &text, &why),
        },
        Effect::Remember { which, typed } => {
            host.remember(
                match which {
                    Find::Filter => history::Input::Filter,
                    Find::Search => history::Input::Search,
                },
                &typed,
            );
            false
        }
        Effect::SaveBookmark { place, on } => match host.save_bookmark(&place, on) {
            Ok(()) => app.bookmark_saved(place, on),
            Err(why) => app.report(strings::notes_unavailable(&why)),
        },
    })
}

/// A background job started; a result the host gave at once is the browser's now.
fn start(app: &mut App, job: Job, host: &mut dyn Host) -> bool {
    host.start(job, Arc::clone(app.catalog()))
        .is_some_and(|done| done.deliver(app))
}

/// The note at `place` in the user's editor, from what the notes file holds now.
fn edit_note<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    place: Place,
    text: String,
    host: &mut dyn Host,
) -> Result<bool, Failure> {
    // What another process wrote is what the user starts from, not a conflict later.
    let text = match host.reread_notes(true) {
        Some(Ok(notes)) => {
            app.notes_reread(Ok(notes));
            app.note_at(&place)
        }
        // Unreadable now: said, and no editor is opened on a text that could not be kept.
        Some(Err(why)) => return Ok(app.notes_reread(Err(why))),
        None => text,
    };
    let edited = host.edit_note(&text);
    clear(terminal)?;
    match edited {
        Ok(Some(new)) => app.note_edited(place, text, new),
        Ok(None) => app.open_editor(place, &text),
        Err(e) => app.report(strings::write_failed(&e.to_string())),
    };
    Ok(true)
}

/// A note the notes file would not take is not lost: it goes to a Markdown file of its own
/// in the current folder, named on the status line; failing that, back into the built-in
/// editor, to be saved again or copied.
fn rescue_note(app: &mut App, host: &mut dyn Host, place: &Place, text: &str, why: &str) -> bool {
    let stem = format!("notitie {} {}", place.city, place.title);
    if let Ok(path) = host.write_markdown(&stem, text) {
        app.report(strings::note_rescued(why, &path.display().to_string()))
    } else {
        app.open_editor(place.clone(), text);
        app.report(strings::notes_unavailable(why))
    }
}

pub(super) fn suspend<B: Backend>(
    terminal: &mut Terminal<B>,
    host: &mut dyn Host,
    whom: Stop,
) -> Result<bool, Failure> {
    let stopped = host.suspend(whom).map_err(Failure::Terminal)?;
    if stopped {
        clear(terminal)?;
    }
    Ok(stopped)
}

/// What another program drew while it had the terminal is not what the buffer
/// remembers: the next frame draws everything.
pub(super) fn clear<B: Backend>(terminal: &mut Terminal<B>) -> Result<(), Failure> {
    terminal
        .clear()
        .map_err(|e| Failure::Terminal(io::Error::other(e.to_string())))
}
