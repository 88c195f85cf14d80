//! Colours and emphasis. The monochrome theme (`NO_COLOR`, `--no-color`) still shows focus
//! (thick border, bold title) and selection (reverse video, a marker) without any colour;
//! so does a tone the palette gives no colour.

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType};

use super::palette::{self, Palette};
use crate::app::screen::Tone;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    pub palette: Palette,
}

impl Theme {
    /// The dark preset, in colour.
    pub const COLOUR: Theme = Theme {
        color: true,
        palette: palette::DONKER,
    };
    /// No colour at all.
    pub const MONO: Theme = Theme {
        color: false,
        palette: palette::DONKER,
    };

    fn fg(self, color: Option<Color>) -> Style {
        match color {
            Some(c) if self.color => Style::new().fg(c),
            _ => Style::new(),
        }
    }

    /// Text on a background of its own, or `fallback` emphasis when there is none.
    fn on(self, text: Option<Color>, back: Option<Color>, fallback: Modifier) -> Style {
        match back {
            Some(b) if self.color => self.fg(text).bg(b),
            _ => self.fg(text).add_modifier(fallback),
        }
    }

    #[must_use]
    pub fn border(self, focused: bool) -> Style {
        if focused {
            self.fg(self.palette.focus).add_modifier(Modifier::BOLD)
        } else {
            self.fg(self.palette.border)
        }
    }

    #[must_use]
    pub fn border_type(self, focused: bool) -> BorderType {
        if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        }
    }

    /// The frame of a pane: thick and coloured when it has the focus.
    #[must_use]
    pub fn pane(self, title: String, focused: bool) -> Block<'static> {
        Block::bordered()
            .border_type(self.border_type(focused))
            .border_style(self.border(focused))
            .title(Line::styled(title, self.border(focused)))
    }

    #[must_use]
    pub fn selected(self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    #[must_use]
    pub fn dim(self) -> Style {
        self.fg(self.palette.dim).add_modifier(Modifier::DIM)
    }

    #[must_use]
    pub fn heading(self) -> Style {
        self.fg(self.palette.heading).add_modifier(Modifier::BOLD)
    }

    #[must_use]
    pub fn status(self) -> Style {
        self.on(
            self.palette.status_text,
            self.palette.status_back,
            Modifier::REVERSED,
        )
    }

    #[must_use]
    pub fn attachment(self) -> Style {
        self.fg(self.palette.attachment)
    }

    #[must_use]
    pub fn count(self) -> Style {
        self.fg(self.palette.count)
    }

    /// The style of a tone of text.
    #[must_use]
    pub fn tone(self, tone: Tone) -> Style {
        let underlined = Style::new().add_modifier(Modifier::UNDERLINED);
        match tone {
            Tone::Plain | Tone::Marker => Style::new(),
            Tone::Dim => self.dim(),
            Tone::Heading => self.heading(),
            Tone::Count | Tone::Rule => self.count(),
            Tone::Match | Tone::Diff => self.matched(),
            Tone::CurrentHit => self.current_hit(),
            Tone::Email | Tone::Url => underlined.patch(self.fg(self.palette.link)),
            Tone::Phone => underlined.patch(self.fg(self.palette.phone)),
            Tone::Attachment => self.attachment(),
            Tone::Note => self.note(),

            Tone::Cursor => self.selected(true),
        }
    }

    /// The user's own words stand apart from the list's.
    #[must_use]
    pub fn note(self) -> Style {
        self.fg(self.palette.note).add_modifier(Modifier::ITALIC)
    }

    /// The hit `n` went to: unlike every other hit, as vim and less show it.
    #[must_use]
    pub fn current_hit(self) -> Style {
        self.on(
            self.palette.hit_text,
            self.palette.hit_back,
            Modifier::REVERSED,
        )
        .add_modifier(Modifier::BOLD)
    }

    #[must_use]
    pub fn matched(self) -> Style {
        self.on(
            self.palette.match_text,
            self.palette.match_back,
            Modifier::UNDERLINED | Modifier::BOLD,
        )
    }
}
