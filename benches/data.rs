//! Import throughput and dataset loading on synthetic data. `cargo bench --bench data`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use woonbeleid::import::{self, Request, Source};
use woonbeleid::store;
use woonbeleid::synth::{Shape, dataset, grouped_export};

fn import_grouped(c: &mut Criterion) {
    let mut group = c.benchmark_group("import_grouped");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(6));
    for n in [1_000, 10_000, 100_000] {
        let text = grouped_export(&dataset(Shape::new(n)));
        let sources = [Source::new("synth.txt", text)];
        group.throughput(Throughput::Bytes(sources[0].text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| {
                black_box(
                    import::import(&Request {
                        sources: &sources,
                        ..Request::default()
                    })
                    .expect("import"),
                )
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
    for n in [1_000, 10_000, 100_000] {
        let ron = store::to_ron(&dataset(Shape::new(n)));
        group.throughput(Throughput::Bytes(ron.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| black_box(ron::from_str::<woonbeleid::model::Dataset>(&ron).expect("parse")));
        });
    }
    group.finish();
}

criterion_group!(benches, import_grouped, load_ron);
criterion_main!(benches);
