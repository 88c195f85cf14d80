//! Ctrl-p/Ctrl-n in the filter and the search: the entries accepted before (in this run
//! and, through `notes::history`, in earlier ones), walked as a shell walks its history;
//! past the newest, what was being typed comes back.

use crate::app::action::{Direction, Find};
use crate::notes::history::{self, History};

/// The history, and where a walk through it stands.
#[derive(Debug, Clone, Default)]
pub struct Recall {
    history: History,
    /// The entry shown, by index, and what was typed before the walk began.
    at: Option<(Find, usize, String)>,
}

fn input_of(which: Find) -> history::Input {
    match which {
        Find::Filter => history::Input::Filter,
        Find::Search => history::Input::Search,
    }
}

impl Recall {
    /// The history read at the start.
    pub fn load(&mut self, history: History) {
        self.history = history;
    }

    /// Keeps what was accepted (`typed`) as the newest entry; the text to store, if any.
    pub fn remember(&mut self, which: Find, typed: &str) -> Option<String> {
        self.at = None;
        let typed = typed.trim();
        if typed.is_empty() {
            return None;
        }
        self.history.add(input_of(which), typed);
        Some(typed.to_owned())
    }

    /// Ends a walk: the input was closed, or edited.
    pub fn end(&mut self) {
        self.at = None;
    }

    /// One step through the history (`Backward` to older entries) from the input holding
    /// `typed`: the text it is to hold, when that changes. At either end it stays.
    pub fn step(&mut self, which: Find, direction: Direction, typed: &str) -> Option<String> {
        let entries = self.history.entries(input_of(which));
        let count = entries.len();
        let (at, draft) = match self.at.take().filter(|(w, ..)| *w == which) {
            Some((_, at, draft)) => (Some(at), draft),
            None => (None, typed.to_owned()),
        };
        let next = match (direction, at) {
            // The newest entry is often what the input still holds: the one before it then.
            (Direction::Backward, None) => {
                let skip = entries.last().is_some_and(|e| *e == draft.trim());
                count.checked_sub(if skip && count > 1 { 2 } else { 1 })
            }
            (Direction::Backward, Some(at)) => Some(at.saturating_sub(1)),
            (Direction::Forward, Some(at)) => Some(at + 1),
            (Direction::Forward, None) => None,
        }?;
        let text = match entries.get(next) {
            Some(entry) => {
                let entry = entry.clone();
                self.at = Some((which, next, draft));
                entry
            }
            // Past the newest: what was being typed.
            None => draft,
        };
        (text != typed).then_some(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recall_with(entries: &[&str]) -> Recall {
        let mut r = Recall::default();
        let mut h = History::default();
        for e in entries {
            h.add(history::Input::Filter, e);
        }
        r.load(h);
        r
    }

    /// An input driven by Ctrl-p/Ctrl-n as the browser drives it: whether it changed.
    fn step(r: &mut Recall, input: &mut String, which: Find, d: Direction) -> bool {
        r.step(which, d, input).map(|t| *input = t).is_some()
    }

    #[test]
    fn ctrl_p_walks_back_ctrl_n_forward_to_what_was_typed() {
        let (mut r, mut input) = (recall_with(&["raad", "overleg"]), "w".to_owned());
        let (back, on) = (Direction::Backward, Direction::Forward);
        assert!(step(&mut r, &mut input, Find::Filter, back));
        assert_eq!(input, "overleg", "the newest first");
        assert!(step(&mut r, &mut input, Find::Filter, back));
        assert_eq!(input, "raad");
        assert!(
            !step(&mut r, &mut input, Find::Filter, back),
            "the oldest: stays"
        );
        assert_eq!(input, "raad");
        assert!(step(&mut r, &mut input, Find::Filter, on));
        assert_eq!(input, "overleg");
        assert!(step(&mut r, &mut input, Find::Filter, on));
        assert_eq!(input, "w", "past the newest: what was typed");
        assert!(!step(&mut r, &mut input, Find::Filter, on));
        assert!(
            !step(&mut r, &mut input, Find::Search, back),
            "its own history"
        );
    }

    #[test]
    fn an_accepted_entry_is_the_newest_once() {
        let (mut r, mut input) = (recall_with(&["raad", "overleg"]), String::new());
        let back = Direction::Backward;
        step(&mut r, &mut input, Find::Filter, back);
        step(&mut r, &mut input, Find::Filter, back);
        assert_eq!(r.remember(Find::Filter, &input).as_deref(), Some("raad"));
        assert!(step(&mut r, &mut input, Find::Filter, back));
        assert_eq!(
            input, "overleg",
            "raad, still in the input, is the newest: the one before it"
        );
        assert!(
            !step(&mut r, &mut input, Find::Filter, back),
            "raad is there once"
        );
        assert_eq!(
            r.remember(Find::Filter, " "),
            None,
            "nothing typed, nothing kept"
        );
    }
}
