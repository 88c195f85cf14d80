//! How a failure is told: located, `FILE:LINE: message`, and what it quotes cut short.
//! A leaf every step of an import reports through.

use std::fmt;
use std::marker::PhantomData;

/// A located failure: `FILE:LINE: message`, with optional lines of detail after it. The
/// kind tells failures of different origin apart as types (`ImportError`,
/// `store::DatasetError`) while they share one shape and one display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<Kind> {
    pub file: String,
    pub line: usize,
    pub message: String,
    pub detail: Vec<String>,
    kind: PhantomData<Kind>,
}

impl<Kind> fmt::Display for Located<Kind> {
    // (JSON inputs give their place as line and JSON path: `F:1: $.value[3].Title: …`.)
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl<Kind: fmt::Debug> std::error::Error for Located<Kind> {}

impl<Kind> Located<Kind> {
    pub(crate) fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        Located {
            file: file.to_owned(),
            line,
            message: message.into(),
            detail: Vec::new(),
            kind: PhantomData,
        }
    }

    #[must_use]
    pub(crate) fn with_detail(mut self, line: impl Into<String>) -> Self {
        self.detail.push(line.into());
        self
    }
}

/// What `ImportError` is about: a raw export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {}

/// Bad input to an import, located.
pub type ImportError = Located<Export>;

/// A name or a line shown in a message, cut at 60 characters.
pub(crate) fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let mut short: String = s.chars().take(MAX).collect();
        short.push('…');
        short
    }
}
