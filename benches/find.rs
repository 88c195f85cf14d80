//! Per-keystroke cost of the title filter and the cost of a text search, on synthetic
//! datasets from `woonbeleid::synth`. `cargo bench --bench find`; see bench/compare.sh
//! for the side-by-side run against `fzf --filter`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use woonbeleid::app::{Action, App, Edit};
use woonbeleid::query::{Query, SearchIndex};
use woonbeleid::synth::{Shape, dataset};
use woonbeleid::ui::{self, theme::Theme};

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

fn titles_only(items: usize) -> woonbeleid::model::Dataset {
    dataset(Shape {
        description_len: 0,
        ..Shape::new(items)
    })
}

/// One keystroke that grows the query, tested against every title (no previous result to
/// narrow from): the worst case of typing.
fn filter_full_scan(c: &mut Criterion) {
    let mut group = c.benchmark_group("filter_full_scan");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(4));
    for n in SIZES {
        let index = SearchIndex::new(&titles_only(n));
        let query = Query::parse("woonr");
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| black_box(index.filter(&query, None)));
        });
    }
    group.finish();
}

/// A keystroke as the browser handles it: the input edited, the filter applied, the
/// visible rows rebuilt and a 200×50 frame drawn. Each iteration types `d` and erases it
/// again, so it holds two keystrokes (one narrowing, one full scan).
fn keystroke_handled_and_drawn(c: &mut Criterion) {
    let mut group = c.benchmark_group("keystroke_handled_and_drawn_x2");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for n in SIZES {
        let mut app = App::new(titles_only(n), 200, 50);
        app.update(Action::StartFilter);
        for ch in "woonraa".chars() {
            app.update(Action::Input(Edit::Char(ch)));
        }
        let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test backend");
        let theme = Theme { color: true };
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| {
                for edit in [Edit::Char('d'), Edit::Backspace] {
                    app.update(Action::Input(edit));
                    terminal.draw(|f| ui::draw(f, &app, theme)).expect("draw");
                }
            });
        });
    }
    group.finish();
}

/// A frame at 200×50, whatever the dataset size.
fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_200x50");
    group.sample_size(20);
    for n in [1_000, 1_000_000] {
        let app = App::new(titles_only(n), 200, 50);
        let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test backend");
        let theme = Theme { color: true };
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| {
                terminal
                    .draw(|f| ui::draw(f, &app, theme))
                    .expect("draw")
                    .area
                    .width
            });
        });
    }
    group.finish();
}

/// Substring search through every description (800 bytes on average).
fn text_search(c: &mut Criterion) {
    let mut group = c.benchmark_group("text_search");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for n in [1_000, 10_000, 100_000] {
        let data = dataset(Shape::new(n));
        let index = SearchIndex::new(&data);
        // The folded texts are built on the first search; measure the searches after it.
        let _ = index.search(&data, "x");
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| black_box(index.search(&data, "huurdersbond wachtlijst")));
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    filter_full_scan,
    keystroke_handled_and_drawn,
    frame,
    text_search
);
criterion_main!(benches);
