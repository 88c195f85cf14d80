//! Per-keystroke cost of the title filter and the cost of a text search, on synthetic
//! datasets from `woonbeleid::synth`. `cargo bench --bench find`; see bench/compare.sh
//! for the side-by-side run against `fzf --filter`.

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use woonbeleid::app::{Action, App, Edit, Effect, Find};
use woonbeleid::catalog::Catalog;
use woonbeleid::query::{self, Needle, Query};
use woonbeleid::synth::{Shape, dataset};
use woonbeleid::ui::{self, theme::Theme};

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

fn catalog(items: usize, description_len: usize) -> Arc<Catalog> {
    Arc::new(Catalog::new(dataset(Shape {
        description_len,
        ..Shape::new(items)
    })))
}

/// One keystroke that grows the query, tested against every title (no previous result to
/// narrow from): the worst case of typing.
fn filter_full_scan(c: &mut Criterion) {
    let mut group = c.benchmark_group("filter_full_scan");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(4));
    for n in SIZES {
        let cat = catalog(n, 0);
        let q = Query::parse("woonr");
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| black_box(query::filter(&cat, &q, None)));
        });
    }
    group.finish();
}

/// A keystroke as the browser handles it: the input edited, the filter applied, the
/// screen recomputed and a 200×50 frame drawn. Each iteration types `d` and erases it
/// again, so it holds two keystrokes (one narrowing, one full scan).
fn keystroke_handled_and_drawn(c: &mut Criterion) {
    let mut group = c.benchmark_group("keystroke_handled_and_drawn_x2");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for n in SIZES {
        let mut app = App::new(catalog(n, 0), 200, 50);
        app.update(Action::Open(Find::Filter));
        for ch in "woonraa".chars() {
            app.update(Action::Edit(Edit::Insert(ch)));
        }
        let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test backend");
        let theme = Theme::COLOUR;
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| {
                for edit in [Edit::Insert('d'), Edit::DeleteBack] {
                    app.update(Action::Edit(edit));
                    terminal
                        .draw(|f| ui::draw(f, app.screen(), theme))
                        .expect("draw");
                }
            });
        });
    }
    group.finish();
}

/// A frame at 200×50, whatever the dataset size: painting only (the screen is computed
/// when the state changes).
fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_200x50");
    group.sample_size(20);
    for n in [1_000, 1_000_000] {
        let app = App::new(catalog(n, 0), 200, 50);
        let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test backend");
        let theme = Theme::COLOUR;
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| {
                terminal
                    .draw(|f| ui::draw(f, app.screen(), theme))
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
        let cat = catalog(n, 800);
        // The folded texts are built on the first search; measure the searches after it.
        let _ = cat.folded_text(0);
        let needle = Needle::new("huurdersbond wachtlijst").expect("needle");
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| black_box(query::search(&cat, &needle, &|| true)));
        });
    }
    group.finish();
}

/// The browser's keystrokes that change view at scale: `b`, `m`, `c` and `n`.
fn view_keys(c: &mut Criterion) {
    let mut group = c.benchmark_group("view_keys");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for n in [100_000] {
        let mut app = App::new(catalog(n, 800), 200, 50);
        app.update(Action::Open(Find::Search));
        for ch in "woonraad".chars() {
            app.update(Action::Edit(Edit::Insert(ch)));
        }
        for e in app.take_effects() {
            if let Effect::Search(job) = e {
                let outcome = job.run(app.catalog(), &|| true);
                app.search_done(outcome);
            }
        }
        app.update(Action::Accept);
        group.bench_with_input(BenchmarkId::new("regroup_x2", n), &n, |b, _| {
            b.iter(|| {
                app.update(Action::Regroup);
                app.update(Action::Regroup);
            });
        });
        group.bench_with_input(BenchmarkId::new("grid_x2", n), &n, |b, _| {
            b.iter(|| {
                app.update(Action::ToggleGrid);
                app.update(Action::Back);
            });
        });
        group.bench_with_input(BenchmarkId::new("next_hit", n), &n, |b, _| {
            b.iter(|| app.update(Action::NextHit(woonbeleid::app::Direction::Forward)));
        });
    }
    group.finish();
}

/// `e` in the grid and on marked items at the size `WRITE_LIMIT` lets through: what the
/// key thread spends on the largest file the browser builds. The grid of 14,300 cities of 7
/// items (333 sections) is refused: the bench checks the refusal costs nothing too.
fn export_limit(c: &mut Criterion) {
    let mut group = c.benchmark_group("export_limit");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for (label, cities) in [("grid_refused_14300x7", 14_300), ("grid_3000x7", 3_000)] {
        let cat = Arc::new(Catalog::new(dataset(Shape::grid(cities, 7, 200))));
        let mut app = App::new(cat, 200, 50);
        app.update(Action::ToggleGrid);
        group.bench_function(label, |b| {
            b.iter(|| {
                app.update(Action::Export);
                black_box(app.take_effects())
            });
        });
    }
    // 12,500 texts of 800 bytes: the 10 MB the limit lets through, as marked items.
    let cat = catalog(12_500, 800);
    let ids: Vec<_> = (0..12_500).filter_map(|at| cat.id_at(at)).collect();
    group.bench_function("marked_12500x800", |b| {
        b.iter(|| black_box(woonbeleid::export::items_markdown(&cat, &ids, |_| None)));
    });
    group.finish();
}

criterion_group!(
    benches,
    export_limit,
    filter_full_scan,
    keystroke_handled_and_drawn,
    frame,
    text_search,
    view_keys
);
criterion_main!(benches);
