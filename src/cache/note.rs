//! What is worth saying about how a dataset was read: a leaf the cache's steps share.

/// Something worth saying about how the dataset was read: in `--log` always, and to the
/// user when `warning`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub warning: bool,
    pub text: String,
}

impl Note {
    #[must_use]
    pub fn log(text: String) -> Note {
        Note {
            warning: false,
            text,
        }
    }

    pub(super) fn warn(text: String) -> Note {
        Note {
            warning: true,
            text,
        }
    }
}
