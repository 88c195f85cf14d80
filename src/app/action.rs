//! What the user can ask for: the focus and the actions, whatever key or click said it.

use crate::ui::list::Move;

/// The pane that receives keys, by position: the groups (cities, or sections when
/// regrouped), the members of the selected group (a city's section tree, or the cities
/// that have a section), and the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    Groups,
    Members,
    Text,
}

impl Focus {
    pub const ALL: [Focus; 3] = [Focus::Groups, Focus::Members, Focus::Text];

    pub(crate) fn next(self) -> Focus {
        match self {
            Focus::Groups => Focus::Members,
            Focus::Members => Focus::Text,
            Focus::Text => Focus::Groups,
        }
    }

    pub(crate) fn prev(self) -> Focus {
        self.next().next()
    }
}

/// What the user asked for, whatever key or click said it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Move(Move),
    /// Close the node, or go to the pane on the left.
    Left,
    /// Open the node, or go to the pane on the right.
    Right,
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
    Resize(u16, u16),
    /// Open the title filter's input line (`/`).
    StartFilter,
    /// Open the text search's input line (`s`).
    StartSearch,
    /// Edit the open input line.
    Input(Edit),
    /// Keep what was typed and return to the lists.
    InputAccept,
    /// Clear the open input's filter or search (or, with none open, the active ones).
    Clear,
    /// Jump to the next (`true`) or previous search hit.
    Hit(bool),
    /// Switch between per stad and per sectie (`b`).
    Regroup,
    /// Open or close the coverage grid (`m`).
    ToggleGrid,
    /// Mark or unmark the selected item for comparing (`v`).
    Mark,
    /// Show the marked items side by side, or leave that view (`c`).
    Compare,
    /// Copy the text on screen to the clipboard (`y`).
    Copy,
    /// Write the marked items (or the selected one) as Markdown (`e`).
    Export,
    Click {
        column: u16,
        row: u16,
    },
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
}

/// An edit of the input line, readline style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Char(char),
    Backspace,
    /// Ctrl-w
    DeleteWord,
    /// Ctrl-u
    DeleteAll,
}
