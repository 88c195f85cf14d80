//! The colour of every tone, as three presets and the configuration's overrides. `None`
//! is no colour: the theme then shows the difference by emphasis (reverse video,
//! underline, bold), which reads on any background.

use ratatui::style::Color;

use crate::config::{Entry, Problem, Value};
use crate::strings::Text;
use crate::strings::config as say;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub focus: Option<Color>,
    pub border: Option<Color>,
    pub dim: Option<Color>,
    pub heading: Option<Color>,
    pub status_text: Option<Color>,
    pub status_back: Option<Color>,
    pub attachment: Option<Color>,
    pub count: Option<Color>,
    pub link: Option<Color>,
    pub phone: Option<Color>,
    pub note: Option<Color>,
    pub match_text: Option<Color>,
    pub match_back: Option<Color>,
    pub hit_text: Option<Color>,
    pub hit_back: Option<Color>,
}

/// For a dark background: what the browser has always shown.
pub const DONKER: Palette = Palette {
    focus: Some(Color::Cyan),
    border: Some(Color::DarkGray),
    dim: Some(Color::DarkGray),
    heading: Some(Color::Yellow),
    status_text: Some(Color::Black),
    status_back: Some(Color::Gray),
    attachment: Some(Color::Magenta),
    count: Some(Color::DarkGray),
    link: Some(Color::Blue),
    phone: Some(Color::Green),
    note: Some(Color::Green),
    match_text: Some(Color::Black),
    match_back: Some(Color::Yellow),
    hit_text: Some(Color::Black),
    hit_back: Some(Color::LightRed),
};

/// For a light background: no yellow or light grey text, which fade into white.
pub const LICHT: Palette = Palette {
    focus: Some(Color::Blue),
    border: Some(Color::Gray),
    dim: Some(Color::DarkGray),
    heading: Some(Color::Magenta),
    status_text: Some(Color::White),
    status_back: Some(Color::DarkGray),
    attachment: Some(Color::Red),
    count: Some(Color::DarkGray),
    link: Some(Color::Blue),
    phone: Some(Color::Green),
    note: Some(Color::Green),
    match_text: Some(Color::Black),
    match_back: Some(Color::LightYellow),
    hit_text: Some(Color::White),
    hit_back: Some(Color::Red),
};

/// The terminal's 16 colours as its own scheme sets them, and never a background.
pub const ANSI: Palette = Palette {
    focus: Some(Color::Cyan),
    border: None,
    dim: None,
    heading: Some(Color::Yellow),
    status_text: None,
    status_back: None,
    attachment: Some(Color::Magenta),
    count: None,
    link: Some(Color::Blue),
    phone: Some(Color::Green),
    note: Some(Color::Green),
    match_text: Some(Color::Yellow),
    match_back: None,
    hit_text: None,
    hit_back: None,
};

/// The presets by the name the file gives them.
pub const PRESETS: [(&str, Palette); 3] = [("donker", DONKER), ("licht", LICHT), ("ansi", ANSI)];

/// The word for "no colour" in the file.
pub const NONE: &str = "geen";

type Field = fn(&mut Palette) -> &mut Option<Color>;

/// Every tone: its name in `[kleuren]`, what it colours, and where it is kept.
pub const TONES: &[(&str, Text, Field)] = &[
    ("focus", say::TONE_FOCUS, |p| &mut p.focus),
    ("rand", say::TONE_BORDER, |p| &mut p.border),
    ("gedimd", say::TONE_DIM, |p| &mut p.dim),
    ("kop", say::TONE_HEADING, |p| &mut p.heading),
    ("statustekst", say::TONE_STATUS_TEXT, |p| &mut p.status_text),
    ("statusachtergrond", say::TONE_STATUS_BACK, |p| {
        &mut p.status_back
    }),
    ("bijlage", say::TONE_ATTACHMENT, |p| &mut p.attachment),
    ("aantal", say::TONE_COUNT, |p| &mut p.count),
    ("link", say::TONE_LINK, |p| &mut p.link),
    ("telefoon", say::TONE_PHONE, |p| &mut p.phone),
    ("notitie", say::TONE_NOTE, |p| &mut p.note),
    ("treffertekst", say::TONE_MATCH_TEXT, |p| &mut p.match_text),
    ("trefferachtergrond", say::TONE_MATCH_BACK, |p| {
        &mut p.match_back
    }),
    ("huidigetekst", say::TONE_HIT_TEXT, |p| &mut p.hit_text),
    ("huidigeachtergrond", say::TONE_HIT_BACK, |p| {
        &mut p.hit_back
    }),
];

/// The sixteen terminal colours by their names in the file: Dutch, like the file's other
/// words; ratatui's English names (`lightblue`) are read too.
const NAMED: [(&str, Color); 16] = [
    ("zwart", Color::Black),
    ("rood", Color::Red),
    ("groen", Color::Green),
    ("geel", Color::Yellow),
    ("blauw", Color::Blue),
    ("magenta", Color::Magenta),
    ("cyaan", Color::Cyan),
    ("grijs", Color::Gray),
    ("donkergrijs", Color::DarkGray),
    ("lichtrood", Color::LightRed),
    ("lichtgroen", Color::LightGreen),
    ("lichtgeel", Color::LightYellow),
    ("lichtblauw", Color::LightBlue),
    ("lichtmagenta", Color::LightMagenta),
    ("lichtcyaan", Color::LightCyan),
    ("wit", Color::White),
];

/// A colour as the file writes it (`parse` reads it back).
#[must_use]
pub fn written(colour: Option<Color>) -> String {
    let Some(colour) = colour else {
        return NONE.to_string();
    };
    NAMED.iter().find(|(_, c)| *c == colour).map_or_else(
        || colour.to_string().to_lowercase(),
        |(name, _)| (*name).to_string(),
    )
}

/// A colour the file gives, `Some(None)` for `geen`.
#[must_use]
pub fn parse(text: &str) -> Option<Option<Color>> {
    let text = text.trim();
    if text.eq_ignore_ascii_case(NONE) {
        return Some(None);
    }
    if let Some((_, colour)) = NAMED.iter().find(|(n, _)| n.eq_ignore_ascii_case(text)) {
        return Some(Some(*colour));
    }
    text.parse::<Color>().ok().map(Some)
}

/// The palette the entries ask for: `thema = "…"` picks the preset, each `[kleuren]`
/// entry then sets one tone. An entry that cannot be used is a problem and changes
/// nothing.
#[must_use]
pub fn configured<'e>(
    preset: Option<&Entry>,
    colours: impl IntoIterator<Item = &'e Entry>,
) -> (Palette, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut palette = DONKER;
    if let Some(entry) = preset {
        let names: Vec<&str> = PRESETS.iter().map(|(n, _)| *n).collect();
        match &entry.value {
            Value::Text(name) => match PRESETS.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)) {
                Some((_, p)) => palette = *p,
                None => problems.push(Problem::at(entry, say::not_one_of(name, &names.join(", ")))),
            },
            other => problems.push(Problem::at(
                entry,
                say::expected(&say::KIND_TEXT, &kind(other)),
            )),
        }
    }
    for entry in colours {
        let tone = TONES
            .iter()
            .find(|(n, _, _)| *n == entry.name && entry.table.len() == 1);
        let Some((_, _, field)) = tone else {
            problems.push(Problem::at(entry, say::UNKNOWN_ENTRY.get().to_string()));
            continue;
        };
        match &entry.value {
            Value::Text(text) => match parse(text) {
                Some(colour) => *field(&mut palette) = colour,
                None => problems.push(Problem::at(entry, say::unknown_colour(text))),
            },
            other => problems.push(Problem::at(
                entry,
                say::expected(&say::KIND_TEXT, &kind(other)),
            )),
        }
    }
    (palette, problems)
}

/// What kind of value an entry has, in words.
#[must_use]
pub fn kind(value: &Value) -> String {
    match value {
        Value::Text(_) => say::KIND_TEXT.get(),
        Value::List(_) => say::KIND_LIST_OF_TEXT.get(),
        Value::Switch(_) => say::KIND_SWITCH.get(),
        Value::Other(kind) => kind.get(),
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_colour_reads_back_as_itself() {
        for (_, p) in PRESETS {
            for (name, _, field) in TONES {
                let mut p = p;
                let colour = *field(&mut p);
                assert_eq!(parse(&written(colour)), Some(colour), "{name}");
            }
        }
        assert_eq!(parse("#1e90ff"), Some(Some(Color::Rgb(0x1e, 0x90, 0xff))));
        assert_eq!(parse("Geen"), Some(None));
        assert_eq!(parse("Lichtblauw"), Some(Some(Color::LightBlue)));
        assert_eq!(
            parse("lightblue"),
            Some(Some(Color::LightBlue)),
            "English names too"
        );
        assert_eq!(parse("200"), Some(Some(Color::Indexed(200))));
        for (name, colour) in NAMED {
            assert_eq!(written(Some(colour)), name);
        }
        assert_eq!(parse("paars"), None);
    }

    #[test]
    fn ansi_sets_no_background_and_only_the_sixteen_colours() {
        let mut p = ANSI;
        for (name, _, field) in TONES {
            let colour = *field(&mut p);
            assert!(
                !matches!(colour, Some(Color::Rgb(..) | Color::Indexed(_))),
                "{name}: {colour:?}"
            );
        }
        assert_eq!(
            (p.status_back, p.match_back, p.hit_back),
            (None, None, None)
        );
    }

    #[test]
    fn the_light_theme_has_no_text_that_fades_into_white() {
        let mut p = LICHT;
        for (name, _, field) in TONES {
            if name.ends_with("achtergrond") {
                continue;
            }
            let colour = *field(&mut p);
            assert!(
                !matches!(
                    colour,
                    Some(Color::Yellow | Color::LightYellow | Color::White)
                ) || name.contains("tekst"),
                "{name}: {colour:?}"
            );
        }
    }
}
