//! Colours and emphasis. The monochrome theme (`NO_COLOR`, `--no-color`) still shows focus
//! (thick border, bold title) and selection (reverse video, a marker) without any colour.

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType};

use crate::app::screen::Tone;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    #[must_use]
    pub fn border(self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            self.fg(Color::DarkGray)
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
        self.fg(Color::DarkGray).add_modifier(Modifier::DIM)
    }

    #[must_use]
    pub fn heading(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    #[must_use]
    pub fn status(self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::Gray)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    #[must_use]
    pub fn attachment(self) -> Style {
        self.fg(Color::Magenta)
    }

    #[must_use]
    pub fn count(self) -> Style {
        self.fg(Color::DarkGray)
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
            Tone::Email | Tone::Url => underlined.patch(self.fg(Color::Blue)),
            Tone::Phone => underlined.patch(self.fg(Color::Green)),
            Tone::Attachment => self.attachment(),
            Tone::Note => self.note(),

            Tone::Cursor => self.selected(true),
        }
    }

    /// The user's own words stand apart from the list's.
    #[must_use]
    pub fn note(self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::ITALIC)
    }

    /// The hit `n` went to: unlike every other hit, as vim and less show it.
    #[must_use]
    pub fn current_hit(self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::Black)
                .bg(Color::LightRed)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    #[must_use]
    pub fn matched(self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::Yellow)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
        }
    }
}
