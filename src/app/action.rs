//! What the user can ask for, whatever key or click said it.

/// The pane that receives keys, by position: the groups (cities, or sections when grouped
/// per sectie), the members of the selected group (a city's section tree, or the cities
/// that have a section), and the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Focus {
    #[default]
    Groups,
    Members,
    Text,
}

impl Focus {
    pub const ALL: [Focus; 3] = [Focus::Groups, Focus::Members, Focus::Text];

    #[must_use]
    pub fn next(self) -> Focus {
        match self {
            Focus::Groups => Focus::Members,
            Focus::Members => Focus::Text,
            Focus::Text => Focus::Groups,
        }
    }

    #[must_use]
    pub fn prev(self) -> Focus {
        self.next().next()
    }
}

/// How the first two panes group the items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Grouping {
    /// Steden, then each city's section tree ("per stad").
    #[default]
    ByCity,
    /// Sections across all cities, then the cities that have the section ("per sectie").
    BySection,
}

/// What fills the screen below the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Page {
    #[default]
    Browse,
    /// Cities × sections: who says how much about what.
    Grid,
    /// The marked items side by side.
    Compare,
}

/// How a selection or a view moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Move {
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    HalfUp,
    HalfDown,
}

impl Move {
    /// The new position among `len` rows from `pos`, with `page` rows on screen.
    #[must_use]
    pub fn apply(self, pos: usize, len: usize, page: usize) -> usize {
        let last = len.saturating_sub(1);
        let page = page.max(1);
        let half = (page / 2).max(1);
        match self {
            Move::Up => pos.saturating_sub(1),
            Move::Down => pos.saturating_add(1),
            Move::Top => 0,
            Move::Bottom => last,
            Move::PageUp => pos.saturating_sub(page),
            Move::PageDown => pos.saturating_add(page),
            Move::HalfUp => pos.saturating_sub(half),
            Move::HalfDown => pos.saturating_add(half),
        }
        .min(last)
    }
}

/// Which way through the search hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    Forward,
    Backward,
}

/// Which way the mouse wheel turned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Wheel {
    Up,
    Down,
}

/// The two input lines: the title filter (`/`) and the text search (`s`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Find {
    Filter,
    Search,
}

/// An edit of the input line, readline style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Edit {
    Insert(char),
    /// Backspace.
    DeleteBack,
    /// Delete.
    DeleteForward,
    Left,
    Right,
    WordLeft,
    WordRight,
    /// Home, Ctrl-a.
    Start,
    /// End, Ctrl-e.
    End,
    /// Ctrl-w.
    DeleteWordBack,
    /// Ctrl-u.
    DeleteToStart,
    /// Ctrl-k.
    DeleteToEnd,
}

/// What the user asked for, whatever key or click said it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    /// Hand the terminal back and stop, like Ctrl-z in a shell (`fg` resumes).
    Suspend,
    Move(Move),
    /// Close the node, or go to its parent, or to the pane on the left.
    Left,
    /// Open the node, or go to the pane on the right.
    Right,
    /// Open or close the node; on a leaf or in a list, go right.
    Toggle,
    OpenAll,
    CloseAll,
    FocusNext,
    FocusPrev,
    FocusPane(Focus),
    /// Scroll the text by this many rows from any pane.
    ScrollText(isize),
    ToggleHelp,
    CloseHelp,
    /// Open the log of what was said on the status line.
    Messages,
    /// Back to where the last jump (a hit, a bookmark, a grid cell) came from.
    JumpBack,
    /// List the texts of other cities related to the item shown.
    Related,
    Resize(u16, u16),
    /// Open an input line.
    Open(Find),
    Edit(Edit),
    /// Keep what was typed and return to the panes (Enter).
    Accept,
    /// Step back one level (Esc): clear the open input, or the active filter or search,
    /// or the marks; leave the grid or the comparison.
    Back,
    NextHit(Direction),
    /// Undo the last destructive step: marks cleared, a bookmark removed.
    Undo,
    /// In an input line: the entry accepted before (`Backward`) or after the one shown.
    Recall(Direction),
    /// Switch between per stad and per sectie.
    Regroup,
    /// Open or close the coverage grid.
    ToggleGrid,
    /// Mark or unmark the selected item for comparing.
    Mark,
    /// Show the marked items side by side, or leave that view.
    Compare,
    /// Show the section of the item shown side by side in every city that has it.
    CompareSection,
    /// Move the columns side by side: `Up` one to the left, `Down` one to the right,
    /// `Top`/`Bottom` to the first/last, a page is the columns shown.
    Sideways(Move),
    /// Copy what is on screen to the clipboard.
    Copy,
    /// Write what is on screen as Markdown.
    Export,
    /// Write or edit the selected item's note.
    EditNote,
    /// Set or remove a bookmark on the selected item (in the bookmarks list: remove).
    ToggleBookmark,
    /// Open the list of bookmarks.
    Bookmarks,
    /// An edit in the note editor.
    Note(NoteEdit),
    Click {
        column: u16,
        row: u16,
    },
    Wheel {
        column: u16,
        row: u16,
        way: Wheel,
    },
}

/// An edit in the note editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoteEdit {
    Insert(char),
    Newline,
    DeleteBack,
    DeleteForward,
    Left,
    Right,
    Up,
    Down,
    LineStart,
    LineEnd,
    WordLeft,
    WordRight,
    PageUp,
    PageDown,
    Top,
    Bottom,
    DeleteWordBack,
    DeleteToStart,
    DeleteToEnd,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stay_within_the_rows() {
        assert_eq!(Move::Down.apply(4, 5, 10), 4);
        assert_eq!(Move::Down.apply(3, 5, 10), 4);
        assert_eq!(Move::Up.apply(0, 5, 10), 0);
        assert_eq!(Move::Up.apply(3, 5, 10), 2);
        assert_eq!(Move::PageDown.apply(1, 50, 10), 11);
        assert_eq!(Move::PageUp.apply(11, 50, 10), 1);
        assert_eq!(Move::HalfUp.apply(7, 50, 10), 2);
        assert_eq!(Move::HalfDown.apply(7, 50, 10), 12);
        assert_eq!(Move::HalfDown.apply(7, 50, 1), 8, "at least one row");
        assert_eq!(Move::Bottom.apply(0, 0, 10), 0);
        assert_eq!(Move::Bottom.apply(0, 7, 10), 6);
        assert_eq!(Move::Top.apply(5, 7, 10), 0);
    }

    #[test]
    fn focus_cycles_both_ways() {
        for f in Focus::ALL {
            assert_eq!(f.next().prev(), f);
            assert_ne!(f.next(), f);
        }
        assert_eq!(Focus::Text.next(), Focus::Groups);
    }
}
