//! The Tekst pane at every size: its pinned heading (breadcrumb, attachment notice) never
//! leaves it without a line of text or its position.

use crate::common;

use common::{app, run};
use woonbeleid::app::screen::{Body, Line};
use woonbeleid::app::{Action, App, Focus};
use woonbeleid::model::ItemId;
use woonbeleid::outline::{self, Outline};

fn words(line: &Line) -> String {
    line.segs.iter().map(|s| s.text.as_str()).collect()
}

fn crumb(app: &App, id: ItemId) -> String {
    let catalog = app.catalog();
    outline::breadcrumb(catalog, &Outline::of(catalog, id.city), id)
}

/// The item with an attachment and the longest path: the tallest heading the seed has.
fn tallest_heading(app: &App) -> ItemId {
    let catalog = app.catalog();
    (0..catalog.city_count())
        .flat_map(|c| catalog.city_items(c))
        .filter(|id| {
            catalog
                .get(*id)
                .is_some_and(|i| i.attachment && i.chars > 0)
        })
        .max_by_key(|id| crumb(app, *id).len())
        .expect("the seed has an item with an attachment")
}

#[test]
fn the_heading_leaves_the_text_and_its_position_on_screen_at_every_size() {
    for (w, h) in [
        (24, 7),
        (24, 8),
        (30, 10),
        (40, 12),
        (40, 16),
        (60, 20),
        (80, 24),
        (120, 40),
    ] {
        let mut app = app(w, h);
        let id = tallest_heading(&app);
        app.go_to(id);
        run(&mut app, &[Action::FocusPane(Focus::Text)]);
        let text = app.catalog().text(id).into_owned();
        let first = text.split_whitespace().next().unwrap().to_owned();
        let Body::Browse {
            text: Some(pane), ..
        } = &app.screen().body
        else {
            panic!("no text pane at {w}×{h}");
        };
        let rows: Vec<String> = pane.lines.iter().map(words).collect();
        assert!(
            rows.iter().any(|r| r.trim_start().starts_with(&first)),
            "{w}×{h}: the text's first line is on screen: {rows:#?}"
        );
        assert!(pane.footer.is_some(), "{w}×{h}: the position is shown");
        let inner = usize::from(pane.rect.height.saturating_sub(2));
        let heading = rows
            .iter()
            .take_while(|r| !r.trim_start().starts_with(&first))
            .count();
        assert!(
            heading * 3 <= inner.max(3),
            "{w}×{h}: the heading takes {heading} of {inner} rows"
        );
        if inner >= 3 {
            assert!(
                rows.iter().take(heading.max(1)).any(|r| r.contains('📎')),
                "{w}×{h}: the attachment is still said: {rows:#?}"
            );
        }
    }
}

#[test]
fn a_tall_pane_keeps_the_whole_breadcrumb() {
    let mut app = app(120, 40);
    let id = tallest_heading(&app);
    app.go_to(id);
    let crumb = crumb(&app, id);
    let Body::Browse {
        text: Some(pane), ..
    } = &app.screen().body
    else {
        panic!("no text pane");
    };
    let first = words(&pane.lines[0]);
    assert!(
        crumb.starts_with(first.trim_end()),
        "{first:?} begins {crumb:?}"
    );
    assert!(!first.starts_with('…'));
}
