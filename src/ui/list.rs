//! Movement and scrolling shared by the list panes: positions are derived from the visible
//! rows each time; only the identity of the selection is stored.

/// How a selection or a view moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// The first row to show so that `pos` is on screen, moving `offset` as little as possible.
#[must_use]
pub fn keep_in_view(offset: usize, pos: usize, height: usize, len: usize) -> usize {
    if height == 0 {
        return pos;
    }
    let offset = if pos < offset {
        pos
    } else if pos >= offset + height {
        pos + 1 - height
    } else {
        offset
    };
    offset.min(len.saturating_sub(height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stay_within_the_rows() {
        assert_eq!(Move::Down.apply(4, 5, 10), 4);
        assert_eq!(Move::Up.apply(0, 5, 10), 0);
        assert_eq!(Move::PageDown.apply(1, 50, 10), 11);
        assert_eq!(Move::HalfUp.apply(7, 50, 10), 2);
        assert_eq!(Move::Bottom.apply(0, 0, 10), 0);
    }

    #[test]
    fn the_view_follows_the_selection() {
        assert_eq!(keep_in_view(0, 12, 10, 50), 3);
        assert_eq!(keep_in_view(5, 2, 10, 50), 2);
        assert_eq!(keep_in_view(5, 8, 10, 50), 5);
        assert_eq!(keep_in_view(45, 48, 10, 50), 40);
        assert_eq!(keep_in_view(3, 0, 0, 50), 0);
    }
}
