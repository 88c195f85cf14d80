//! Which language a run speaks, and a message in both. The choice is made once, before the
//! command line is read (its help and errors speak it too); a test may speak another on its
//! own thread without touching the others.

use std::cell::Cell;
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};

/// The two languages every word the program shows is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taal {
    Nl,
    En,
}

static ENGLISH: AtomicBool = AtomicBool::new(false);

thread_local! {
    static ON_THIS_THREAD: Cell<Option<Taal>> = const { Cell::new(None) };
}

/// The language of this run (Dutch until `set` says otherwise).
#[must_use]
pub fn taal() -> Taal {
    ON_THIS_THREAD.with(Cell::get).unwrap_or_else(|| {
        if ENGLISH.load(Ordering::Relaxed) {
            Taal::En
        } else {
            Taal::Nl
        }
    })
}

/// Chooses the language of the whole run, every thread included.
pub fn set(taal: Taal) {
    ENGLISH.store(taal == Taal::En, Ordering::Relaxed);
}

/// Runs `f` speaking `taal` on this thread only (tests run side by side in one process).
pub fn speaking<R>(taal: Taal, f: impl FnOnce() -> R) -> R {
    let before = ON_THIS_THREAD.with(|t| t.replace(Some(taal)));
    let result = f();
    ON_THIS_THREAD.with(|t| t.set(before));
    result
}

/// Speaks `taal` on this thread until the guard returned is dropped: a unit test's
/// messages in the language it checks them in.
#[cfg(test)]
pub(crate) fn speaking_here(taal: Taal) -> impl Drop {
    struct Restore(Option<Taal>);
    impl Drop for Restore {
        fn drop(&mut self) {
            ON_THIS_THREAD.with(|t| t.set(self.0));
        }
    }
    Restore(ON_THIS_THREAD.with(|t| t.replace(Some(taal))))
}

impl Taal {
    /// `nl` or `en`, in any case, as `--taal` and `WOONBELEID_TAAL` take it.
    #[must_use]
    pub fn parse(code: &str) -> Option<Taal> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Taal::Nl),
            "en" => Some(Taal::En),
            _ => None,
        }
    }

    /// The language a locale name (`en_GB.UTF-8`, `nl-BE`, `C`) asks for: English for the
    /// English ones, Dutch for every other (the users of the list are Flemish).
    #[must_use]
    pub fn of_locale(locale: &str) -> Taal {
        if locale
            .get(..2)
            .is_some_and(|l| l.eq_ignore_ascii_case("en"))
        {
            Taal::En
        } else {
            Taal::Nl
        }
    }

    /// The choice, in the order the README gives: `--taal`, else `WOONBELEID_TAAL`, else the
    /// first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (as POSIX reads them), else the
    /// system's own (`system`, asked only then: Windows keeps it outside the environment).
    /// A `WOONBELEID_TAAL` that names neither language is handed back to be reported.
    pub fn choose(
        flag: Option<Taal>,
        var: impl Fn(&str) -> Option<String>,
        system: impl FnOnce() -> Option<String>,
    ) -> (Taal, Option<String>) {
        if let Some(taal) = flag {
            return (taal, None);
        }
        let mut unknown = None;
        if let Some(asked) = var("WOONBELEID_TAAL").filter(|v| !v.is_empty()) {
            match Taal::parse(&asked) {
                Some(taal) => return (taal, None),
                None => unknown = Some(asked),
            }
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| var(name).filter(|v| !v.is_empty()))
            .or_else(system);
        (locale.map_or(Taal::Nl, |l| Taal::of_locale(&l)), unknown)
    }
}

/// A message in both languages; it reads as the run's language wherever a `&str` is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Text {
    /// Both languages or none: a message written in one only does not build.
    ///
    /// # Panics
    /// Where one language is empty: as every message is a constant, when it is built.
    #[must_use]
    pub const fn new(nl: &'static str, en: &'static str) -> Text {
        assert!(
            !nl.is_empty() && !en.is_empty(),
            "a message in one language"
        );
        Text { nl, en }
    }

    #[must_use]
    pub fn get(self) -> &'static str {
        self.of(taal())
    }

    #[must_use]
    pub fn of(self, taal: Taal) -> &'static str {
        match taal {
            Taal::Nl => self.nl,
            Taal::En => self.en,
        }
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.get()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.get()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.get())
    }
}

impl From<Text> for String {
    fn from(text: Text) -> String {
        text.get().to_owned()
    }
}

impl From<Text> for std::borrow::Cow<'static, str> {
    fn from(text: Text) -> Self {
        std::borrow::Cow::Borrowed(text.get())
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, text: &Text) -> bool {
        *self == text.get()
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, text: &Text) -> bool {
        self == text.get()
    }
}

/// A formatted message in both languages: `tr!("{n} steden", "{n} cities")`, the arguments
/// named in the strings or given after them as `format!` takes them.
macro_rules! tr {
    ($nl:literal, $en:literal $(, $($arg:tt)*)?) => {
        match $crate::strings::taal::taal() {
            $crate::strings::taal::Taal::Nl => format!($nl $(, $($arg)*)?),
            $crate::strings::taal::Taal::En => format!($en $(, $($arg)*)?),
        }
    };
}
pub(crate) use tr;

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn the_flag_then_the_variable_then_the_locale_then_the_system_then_dutch() {
        let none = || None;
        let en = [("WOONBELEID_TAAL", "en"), ("LANG", "nl_BE.UTF-8")];
        assert_eq!(Taal::choose(Some(Taal::Nl), env(&en), none).0, Taal::Nl);
        assert_eq!(Taal::choose(None, env(&en), none).0, Taal::En);
        let nl = [("WOONBELEID_TAAL", "NL"), ("LANG", "en_GB.UTF-8")];
        assert_eq!(Taal::choose(None, env(&nl), none).0, Taal::Nl);
        let all = [
            ("LC_ALL", "en_US.UTF-8"),
            ("LC_MESSAGES", "nl_BE"),
            ("LANG", "nl_BE"),
        ];
        assert_eq!(Taal::choose(None, env(&all), none).0, Taal::En);
        let messages = [("LC_ALL", ""), ("LC_MESSAGES", "en"), ("LANG", "nl_BE")];
        assert_eq!(Taal::choose(None, env(&messages), none).0, Taal::En);
        let lang = [("LC_MESSAGES", "nl_NL"), ("LANG", "en_US")];
        assert_eq!(Taal::choose(None, env(&lang), none).0, Taal::Nl);
        assert_eq!(
            Taal::choose(None, env(&[("LANG", "C.UTF-8")]), none).0,
            Taal::Nl
        );
        let system = || Some("en-GB".to_owned());
        assert_eq!(Taal::choose(None, env(&[]), system).0, Taal::En);
        let asked_first = || -> Option<String> { panic!("the system asked with LANG set") };
        assert_eq!(
            Taal::choose(None, env(&[("LANG", "en")]), asked_first).0,
            Taal::En
        );
        assert_eq!(Taal::choose(None, env(&[]), none), (Taal::Nl, None));
    }

    #[test]
    fn a_variable_naming_no_language_is_handed_back_and_the_locale_decides() {
        let fr = [("WOONBELEID_TAAL", "fr"), ("LANG", "en_IE")];
        let (taal, unknown) = Taal::choose(None, env(&fr), || None);
        assert_eq!((taal, unknown.as_deref()), (Taal::En, Some("fr")));
    }

    #[test]
    fn a_text_and_a_formatted_message_speak_the_language_of_their_thread() {
        const BOTH: Text = Text::new("steden", "cities");
        let n = 2;
        assert_eq!(speaking(Taal::Nl, || BOTH.get()), "steden");
        assert_eq!(speaking(Taal::En, || BOTH.to_string()), "cities");
        assert_eq!(
            speaking(Taal::En, || tr!("{n} steden", "{n} cities")),
            "2 cities"
        );
        assert_eq!(
            speaking(Taal::Nl, || tr!("{} steden", "{} cities", n)),
            "2 steden"
        );
        assert_eq!(taal(), Taal::Nl, "set back after");
    }
}
