//! Import end to end and dataset loading, per shape, in MB/s of input. `cargo bench --bench
//! data`. Shapes name cities × items per city × text length, because a step linear in
//! items can still be quadratic in cities (14,300 × 7) or in items per city (10 × 10,000).
//! The 1,000 × 1,000 shapes (a gigabyte) run only with `WOONBELEID_BENCH_LARGE=1`.
//!
//! `import_end_to_end`: bytes → text (UTF-8 check) → parse → pretty RON into `io::sink()`,
//! one pass as `import -o` does. `import_to_file`: the same to a file through
//! `store::write_atomically` (temporary file, rename; a new file is not synced). `load_ron`: a dataset file's
//! text → `DatasetFile`.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use woonbeleid::import::{self, Request, Source};
use woonbeleid::store::{self, DatasetFile, RonWriter, Tail};
use woonbeleid::synth::{Shape, dataset, grouped_export};

const SEED: &str = include_str!("../assets/raw/centrumsteden-grouped.txt");

fn shapes() -> Vec<(String, String)> {
    let mut shapes = vec![("13x7-seed".to_owned(), SEED.to_owned())];
    let mut grid = vec![
        (10, 10_000, 800),
        (300, 300, 800),
        (14_300, 7, 800),
        (300, 300, 0),
        (300, 300, 4000),
    ];
    if std::env::var_os("WOONBELEID_BENCH_LARGE").is_some() {
        grid.extend([(1000, 1000, 800), (1000, 1000, 0)]);
    }
    for (cities, per_city, len) in grid {
        let shape = Shape::grid(cities, per_city, len);
        shapes.push((shape.label(), grouped_export(&dataset(shape))));
    }
    shapes
}

fn import_once(bytes: &[u8], out: impl std::io::Write) {
    let text = import::decode_owned("bench.txt", bytes.to_vec()).expect("decode");
    let sources = [Source::new("bench.txt", text)];
    let mut ron = RonWriter::new(out, Tail::default()).provisional();
    import::import_into(
        Request {
            sources: Cow::Borrowed(&sources),
            ..Request::default()
        },
        &mut ron,
    )
    .map_err(|_| "import")
    .expect("import");
}

fn import_end_to_end(c: &mut Criterion) {
    let mut group = c.benchmark_group("import_end_to_end");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for (label, text) in shapes() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&label), &text, |b, text| {
            b.iter(|| import_once(text.as_bytes(), std::io::sink()));
        });
    }
    group.finish();
}

fn import_to_file(c: &mut Criterion) {
    let mut group = c.benchmark_group("import_to_file");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("bench.ron");
    for (label, text) in shapes()
        .into_iter()
        .filter(|(l, _)| l.starts_with("300x300"))
    {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&label), &text, |b, text| {
            b.iter(|| {
                store::write_atomically(&out, false, |w| {
                    import_once(text.as_bytes(), w);
                    Ok(())
                })
                .expect("write");
            });
        });
    }
    group.finish();
}

fn load_ron(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_ron");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    for (label, text) in shapes() {
        let mut ron = Vec::new();
        import_once(text.as_bytes(), &mut ron);
        let ron = String::from_utf8(ron).expect("utf-8");
        group.throughput(Throughput::Bytes(ron.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&label), &ron, |b, ron| {
            b.iter(|| black_box(ron::from_str::<DatasetFile>(ron).expect("parse")));
        });
    }
    group.finish();
}

/// SharePoint's own exports of N items with 800-byte texts, end to end as `import_once`:
/// a REST page (pretty JSON, as a browser saves it) and a CSV export. A per-item step that
/// looks back over the file (line numbers were once counted from the start for each item:
/// 4.4 s for 5,000 items, 157 s for 30,000) shows here as time growing faster than MB.
fn import_sharepoint(c: &mut Criterion) {
    let mut group = c.benchmark_group("import_sharepoint");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for items in [5_000, 30_000] {
        let data = dataset(Shape {
            items,
            items_per_city: 7,
            description_len: 800,
            seed: 2,
        });
        let rows: Vec<(&str, &str, &str)> = data
            .cities
            .iter()
            .flat_map(|c| {
                c.items
                    .iter()
                    .map(move |i| (c.name.as_str(), i.title.as_str(), i.description.as_str()))
            })
            .collect();
        let rest: Vec<serde_json::Value> = rows
            .iter()
            .enumerate()
            .map(|(id, (city, title, text))| {
                serde_json::json!({"Id": id + 1, "Title": title, "Beschrijving": text,
                    "Stad": {"Title": city}, "Attachments": false})
            })
            .collect();
        let rest =
            serde_json::to_string_pretty(&serde_json::json!({ "value": rest })).expect("json");
        let mut csv = String::from("\"Titel\",\"Beschrijving\",\"Stad\"\n");
        for (city, title, text) in &rows {
            let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            let _ = writeln!(csv, "{},{},{}", quote(title), quote(text), quote(city));
        }
        for (format, text) in [("rest", rest), ("csv", csv)] {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(format, items), &text, |b, text| {
                b.iter(|| import_once(text.as_bytes(), std::io::sink()));
            });
        }
    }
    group.finish();
}

/// Opening a dataset file through its snapshot (`cache::open_in`: the RON's hash and the
/// snapshot's small sections, what `filter` and the browser's first frame need) against
/// parsing the RON, 1k to 100k items of 800-byte texts; 1M with `WOONBELEID_BENCH_LARGE=1`.
fn open_snapshot(c: &mut Criterion) {
    let mut group = c.benchmark_group("open_snapshot");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    let mut sizes = vec![1_000, 10_000, 100_000];
    if std::env::var_os("WOONBELEID_BENCH_LARGE").is_some() {
        sizes.push(1_000_000);
    }
    for items in sizes {
        let data = dataset(Shape {
            items,
            items_per_city: 7,
            description_len: 800,
            seed: 1,
        });
        let dir = tempfile::tempdir().expect("temp dir");
        let ron = dir.path().join("d.ron");
        let mut file = std::io::BufWriter::new(std::fs::File::create(&ron).expect("create"));
        store::write_ron(&mut file, &data, Tail::default()).expect("write");
        drop(file);
        drop(data);
        let folder = dir.path().join("cache");
        let load = |p: &std::path::Path| store::load(p);
        woonbeleid::cache::open_in(&folder, &ron, load).expect("first open");
        group.throughput(Throughput::Bytes(
            std::fs::metadata(&ron).map_or(0, |m| m.len()),
        ));
        group.bench_function(BenchmarkId::new("snapshot", items), |b| {
            b.iter(|| black_box(woonbeleid::cache::open_in(&folder, &ron, load).expect("open")));
        });
        group.bench_function(BenchmarkId::new("ron", items), |b| {
            b.iter(|| black_box(woonbeleid::cache::open(&ron, false, load).expect("open")));
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    import_end_to_end,
    import_to_file,
    load_ron,
    import_sharepoint,
    open_snapshot
);
criterion_main!(benches);
