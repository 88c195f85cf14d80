//! What a view asks of the app after an action: to stay, or to hand over to another view.
//! The views do not know one another; the app, which holds them all, does the handing over.

use super::action::Find;
use crate::model::ItemId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    Stay,
    /// Leave this view: back to the panes under it.
    Close,
    /// Leave this view for the browser, an item selected.
    Go(ItemId),
    /// Leave this view for the browser, an item selected and its text in focus.
    Read(ItemId),
    /// Open the help for the view.
    Help,
    /// Open the bookmark list's note whose item is gone, to read.
    ReadNote,
    /// Open an input line over the view.
    Input(Find),
}
