//! Related texts: building the index and one related list, on the seed and on 100,000
//! items in three shapes, with the index's memory beside the texts'. `cargo bench --bench
//! related`. Targets (issue #29): a list in ≤ 10 ms on the seed and ≤ 100 ms at 100k; the
//! index ≤ 1.5× the texts.
//!
//! Shapes: `seed` (the embedded dataset); `synth-3334x30` and `synth-14300x7` (100k items of
//! `synth`, whose 40-word vocabulary puts every word in almost every text: the longest
//! postings there can be); `seed-x1100` (the seed's texts in 1,100 copies of its cities,
//! 100k items with the seed's real vocabulary, every term's postings 1,100 times longer).
//! Each is queried for its heaviest item: the most postings walked among the first 2,000.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use woonbeleid::catalog::Catalog;
use woonbeleid::model::{City, Dataset, ItemId};
use woonbeleid::related::RelatedIndex;
use woonbeleid::synth::{Shape, dataset};

fn seed() -> Dataset {
    woonbeleid::store::embedded().expect("embedded dataset")
}

fn seed_copies(copies: usize) -> Dataset {
    let seed = seed();
    let cities = (0..copies)
        .flat_map(|n| {
            seed.cities.iter().map(move |c| City {
                name: format!("{} {n}", c.name),
                items: c.items.clone(),
            })
        })
        .collect();
    Dataset { cities, ..seed }
}

fn shapes() -> Vec<(String, Catalog)> {
    let synth = |cities, per_city| {
        let shape = Shape::grid(cities, per_city, 800);
        (format!("synth-{}", shape.label()), dataset(shape))
    };
    [
        ("seed".to_owned(), seed()),
        synth(3334, 30),
        synth(14_300, 7),
        ("seed-x1100".to_owned(), seed_copies(1100)),
    ]
    .into_iter()
    .map(|(name, data)| (name, Catalog::new(data)))
    .collect()
}

fn text_bytes(catalog: &Catalog) -> usize {
    (0..catalog.len())
        .filter_map(|p| catalog.id_at(p))
        .map(|id| catalog.text(id).len())
        .sum()
}

/// The item whose query walks the most postings, among the first 2,000.
fn heaviest(catalog: &Catalog, index: &RelatedIndex) -> ItemId {
    (0..catalog.len().min(2000))
        .filter_map(|p| catalog.id_at(p))
        .max_by_key(|id| index.cost(*id))
        .unwrap_or(ItemId { city: 0, item: 0 })
}

fn related(c: &mut Criterion) {
    let shapes = shapes();
    let mut build = c.benchmark_group("related_build");
    build
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    for (name, catalog) in &shapes {
        build.bench_with_input(BenchmarkId::from_parameter(name), catalog, |b, cat| {
            b.iter(|| black_box(RelatedIndex::build(cat)));
        });
    }
    build.finish();
    let mut query = c.benchmark_group("related_list_of_10");
    query
        .sample_size(20)
        .measurement_time(Duration::from_secs(3));
    for (name, catalog) in &shapes {
        let index = RelatedIndex::build(catalog);
        let id = heaviest(catalog, &index);
        let texts = text_bytes(catalog);
        eprintln!(
            "{name}: {} items, texts {texts} bytes, index {} bytes ({}% of the texts); heaviest query walks {} postings",
            catalog.len(),
            index.heap_bytes(),
            index.heap_bytes() * 100 / texts.max(1),
            index.cost(id)
        );
        query.bench_with_input(BenchmarkId::from_parameter(name), &id, |b, id| {
            b.iter(|| black_box(index.related(*id, 10)));
        });
    }
    query.finish();
}

/// What each text of a section says that the others do not (`C` in the browser): the
/// seed's Lokaal woonoverleg (13 texts), and texts of `synth` up to the browser's limit.
fn distinctive(c: &mut Criterion) {
    let seed = Catalog::new(seed());
    let mut seed_texts: Vec<String> = Vec::new();
    for p in 0..seed.len() {
        if let Some(id) = seed.id_at(p)
            && seed
                .get(id)
                .is_some_and(|i| i.title == "Lokaal woonoverleg")
        {
            seed_texts.push(seed.text(id).into_owned());
        }
    }
    let synth = Catalog::new(dataset(Shape::grid(3000, 1, 800)));
    let mut limit_texts = Vec::new();
    let mut bytes = 0;
    for p in 0..synth.len() {
        let Some(id) = synth.id_at(p) else { break };
        let text = synth.text(id).into_owned();
        bytes += text.len();
        if bytes > woonbeleid::app::MARKED_BYTES {
            break;
        }
        limit_texts.push(text);
    }
    let mut group = c.benchmark_group("distinctive");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(4));
    for (name, texts) in [
        ("seed-woonoverleg", &seed_texts),
        ("synth-limit", &limit_texts),
    ] {
        eprintln!(
            "{name}: {} texts, {} bytes",
            texts.len(),
            texts.iter().map(String::len).sum::<usize>()
        );
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        group.bench_with_input(BenchmarkId::from_parameter(name), &texts, |b, texts| {
            b.iter(|| black_box(woonbeleid::related::distinctive(texts, &[], 8)));
        });
    }
    group.finish();
}

criterion_group!(benches, related, distinctive);
criterion_main!(benches);
