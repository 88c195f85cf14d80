//! What an import holds in memory, on the shape whose catalog is largest for its size:
//! within two and a half times the input.
// Peaks are read from Unix's process accounting.
#![cfg_attr(not(unix), allow(unused_imports, dead_code))]

/// A grouped export of one city with `rows` rows of a two-digit title and no text: the
/// shape whose catalog is largest for its size.
use crate::common;

use std::process::Stdio;

use common::cli::write;

fn tiny_rows(rows: u32) -> String {
    use std::fmt::Write as _;
    let mut text = format!("Uitvouwen/samenvouwen Stad : A ({rows})\n");
    for i in 0..rows {
        let _ = write!(text, "{}\nA\n", i % 100);
    }
    text
}

#[cfg(unix)]
#[test]
fn ten_million_tiny_rows_import_within_two_and_a_half_times_their_size() {
    // To stdout, drained here: the 1.5 GB of RON need no disk.
    use std::io::Read as _;
    let dir = tempfile::tempdir().unwrap();
    let text = tiny_rows(10_000_000);
    let f = write(dir.path(), "tiny.txt", text.as_bytes());
    let mut child = common::cli::bin()
        .args(["import", &f])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let items = std::thread::spawn(move || {
        let (mut items, mut buf) = (0usize, vec![0u8; 1 << 16]);
        let mut carry = Vec::new();
        loop {
            let n = out.read(&mut buf).unwrap();
            if n == 0 {
                return items;
            }
            // Counted across read boundaries: the last few bytes are looked at again.
            carry.extend_from_slice(&buf[..n]);
            items += carry.windows(5).filter(|w| w == b"Item(").count();
            carry.drain(..carry.len().saturating_sub(4));
        }
    });
    let (status, err, peak_kb) = common::cli::wait_with_peak(child);
    assert!(status.success(), "{err}");
    assert_eq!(items.join().unwrap(), 10_000_000, "every row is an item");
    let size = text.len() as u64;
    assert!(peak_kb > 0, "no measurement");
    assert!(
        peak_kb * 1024 * 10 <= size * 25,
        "peak {peak_kb} kB for {size} bytes"
    );
}

#[cfg(unix)]
#[test]
fn tiny_rows_imported_to_a_file_with_a_snapshot_stay_within_two_and_a_half_times() {
    // To a file, the snapshot's catalog is built beside the RON: the costliest way to import.
    // Three million rows (450 MB of RON on disk for a moment) are enough to see it, once the
    // process's own floor is set aside.
    let dir = tempfile::tempdir().unwrap();
    let text = tiny_rows(3_000_000);
    let f = write(dir.path(), "tiny.txt", text.as_bytes());
    let out = dir.path().join("tiny.ron");
    let floor_kb = common::cli::import_floor_kb();
    let peak_kb = import_peak_kb(dir.path(), &f, &out);
    assert!(
        out.metadata().unwrap().len() > 3_000_000 * 50,
        "every row was written"
    );
    drop(dir);
    assert_within("tiny rows", (peak_kb, floor_kb), text.len() as u64, 25);
}

/// SharePoint's own exports of `shape`, in list order (cities interleaved), as CSV (`.csv`
/// in `formats`) and as REST JSON (`.json`): each imported to a file with its snapshot, as
/// the user runs it, within three times its size above the process's floor.
#[cfg(unix)]
fn sharepoint_exports_within_three_times(
    shape: woonbeleid::synth::Shape,
    least: u64,
    formats: &[&str],
) {
    let rows = common::writers::interleaved(&woonbeleid::synth::dataset(shape));
    let dir = tempfile::tempdir().unwrap();
    let floor_kb = common::cli::import_floor_kb();
    for &format in formats {
        let bytes = match format {
            ".csv" => common::writers::csv(&rows, true, "\r\n"),
            _ => common::writers::rest_verbose(&rows, rows.len()).remove(0),
        };
        let name = format!("list{format}");
        let input = write(dir.path(), &name, &bytes);
        let out = dir.path().join(format!("{name}.ron"));
        let peak_kb = import_peak_kb(dir.path(), &input, &out);
        let kept = std::fs::read_dir(dir.path().join("cache")).map_or(0, Iterator::count);
        assert!(
            kept > 0,
            "{name}: the snapshot was kept (the costliest way to import)"
        );
        let size = bytes.len() as u64;
        assert!(size > least, "{name}: a realistic size ({size} bytes)");
        assert_within(&name, (peak_kb, floor_kb), size, 30);
    }
}

/// Rich text of forty bytes an item: the CSV is the most cut by cleaning, so the input is
/// smallest for its catalog.
#[cfg(unix)]
#[test]
fn sharepoint_exports_import_with_their_snapshot_within_three_times_their_size() {
    use woonbeleid::synth::Shape;
    sharepoint_exports_within_three_times(
        Shape::grid(14_300, 7, 40),
        20_000_000,
        &[".csv", ".json"],
    );
}

/// Rows of a title and a city only: what is kept per row, beside the catalog of titles, is
/// the most for the input's size.
#[cfg(unix)]
#[test]
fn sharepoint_exports_of_small_rows_import_within_three_times_their_size() {
    use woonbeleid::synth::Shape;
    sharepoint_exports_within_three_times(Shape::grid(14_300, 7, 0), 5_000_000, &[".csv", ".json"]);
}

/// A CSV whose one cell holds 50 MB of plain text: the text is neither copied out of the
/// export to be read nor to be written, nor held escaped whole.
#[cfg(unix)]
#[test]
fn a_csv_of_one_huge_cell_imports_within_three_times_its_size() {
    let line = "Coördinatie samenwerking efficiëntie kwaliteit begeleiding woonbeleid.\n";
    let mut text = String::from("\"Stad\",\"Titel\",\"Beschrijving\"\r\n\"Gent\",\"1. A\",\"");
    text.push_str(&line.repeat(50_000_000 / line.len()));
    text.push_str("\"\r\n\"Aalst\",\"1. A\",\"kort\"\r\n");
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "cel.csv", text.as_bytes());
    let out = dir.path().join("cel.ron");
    let floor_kb = common::cli::import_floor_kb();
    let peak_kb = import_peak_kb(dir.path(), &input, &out);
    assert!(
        out.metadata().unwrap().len() > 50_000_000,
        "the text was written"
    );
    assert_within("one huge cell", (peak_kb, floor_kb), text.len() as u64, 30);
}

/// A CSV whose one rich-text cell holds 50 MB of SharePoint's markup (quotes doubled, as
/// in every rich cell's wrapper): the markup is read as a stream from the CSV's own bytes,
/// never copied to undo the quotes nor built into a tree (which took 15 times the cell).
#[cfg(unix)]
#[test]
fn a_csv_of_one_huge_rich_text_cell_imports_within_two_and_a_half_times_its_size() {
    let unit = "<div><p>Co&ouml;rdinatie <strong>samenwerking</strong> effici&euml;ntie.</p>\
        <ul><li>begeleiding</li><li>woonbeleid <em>lokaal</em></li></ul></div>";
    let mut text = String::from(
        "\"Stad\",\"Titel\",\"Beschrijving\"\r\n\"Gent\",\"1. A\",\"<div class=\"\"ExternalClassAB\"\">",
    );
    text.push_str(&unit.repeat(50_000_000 / unit.len()));
    text.push_str("</div>\"\r\n\"Aalst\",\"1. A\",\"kort\"\r\n");
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "rijk.csv", text.as_bytes());
    let out = dir.path().join("rijk.ron");
    let floor_kb = common::cli::import_floor_kb();
    let peak_kb = import_peak_kb(dir.path(), &input, &out);
    let ron = std::fs::read_to_string(&out).unwrap();
    assert!(
        ron.contains(
            "Coördinatie samenwerking efficiëntie.\\n • begeleiding\\n • woonbeleid lokaal\\n"
        ) && ron.len() > 25_000_000,
        "the text was written, as the web view shows it"
    );
    assert_within(
        "one huge rich cell",
        (peak_kb, floor_kb),
        text.len() as u64,
        25,
    );
}

/// `woonbeleid import INPUT -o OUT`, its snapshot kept in `dir`'s own cache folder: the
/// peak in kB, once it succeeded.
#[cfg(unix)]
fn import_peak_kb(dir: &std::path::Path, input: &str, out: &std::path::Path) -> u64 {
    let child = common::cli::bin()
        .env("WOONBELEID_CACHE", dir.join("cache"))
        .args(["import", input, "-o", out.to_str().unwrap()])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (status, err, peak_kb) = common::cli::wait_with_peak(child);
    assert!(status.success(), "{input}: {err}");
    peak_kb
}

/// The peak above the process's floor is at most `tenths` / 10 of the input's `size`.
fn assert_within(what: &str, (peak_kb, floor_kb): (u64, u64), size: u64, tenths: u64) {
    assert!(floor_kb > 0 && peak_kb > floor_kb, "{what}: no measurement");
    assert!(
        (peak_kb - floor_kb) * 1024 * 10 <= size * tenths,
        "{what}: peak {peak_kb} kB above a floor of {floor_kb} kB for {size} bytes"
    );
}

/// The program reading datasets through the cache folder in `dir` (`cached`), or not.
#[cfg(unix)]
fn reading(dir: &std::path::Path, cached: bool) -> std::process::Command {
    let mut command = common::cli::bin();
    if !cached {
        command.arg("--no-cache");
    }
    command.env("WOONBELEID_CACHE", dir.join("cache"));
    command
}

/// The peak of `search TEXT` (and its output's size) on a 24 MB RON of 800-byte texts,
/// above the floor of starting the program; `cached`: read from the snapshot, which a
/// first run makes.
#[cfg(unix)]
fn search_peak(text: &str, cached: bool) -> (u64, u64, u64, u64) {
    use woonbeleid::synth::{Shape, dataset};
    let data = dataset(Shape::grid(1_000, 30, 800));
    let dir = tempfile::tempdir().unwrap();
    let ron = ron::to_string(&data).unwrap();
    assert!(
        ron.len() > 20_000_000,
        "a realistic size ({} bytes)",
        ron.len()
    );
    let path = write(dir.path(), "d.ron", ron.as_bytes());
    let out = dir.path().join("out");
    let floor_kb = common::cli::import_floor_kb();
    let run = || {
        reading(dir.path(), cached)
            .args(["search", text, "--data", &path])
            .stdout(std::fs::File::create(&out).unwrap())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    if cached {
        let (status, err, _) = common::cli::wait_with_peak(run());
        assert!(status.success(), "{err}");
    }
    let (status, err, peak_kb) = common::cli::wait_with_peak(run());
    assert!(status.success(), "{err}");
    let printed = std::fs::metadata(&out).unwrap().len();
    (peak_kb, floor_kb, ron.len() as u64, printed)
}

/// `search --no-cache` parses the RON into a catalog and folds each text as it scans it:
/// no folded copy of every text is kept for a search made once (4.1 times the dataset
/// with one).
#[cfg(unix)]
#[test]
fn a_search_without_the_cache_holds_within_three_and_a_third_times_the_dataset() {
    let (peak_kb, floor_kb, size, _) = search_peak("woonraad", false);
    assert_within("search --no-cache", (peak_kb, floor_kb), size, 33);
}

/// A search whose hits are most of the texts prints more than the dataset, and writes its
/// rows as it goes, a few megabytes held at a time (holding them all until the end took
/// the output's size again: 3.6 times the dataset without the cache, with it the output
/// alone).
#[cfg(unix)]
#[test]
fn a_search_printing_more_than_the_dataset_holds_little_of_its_output() {
    let (peak_kb, floor_kb, size, printed) = search_peak("e", false);
    assert!(
        printed > size,
        "most lines have an e: {printed} bytes printed"
    );
    assert_within("search e --no-cache", (peak_kb, floor_kb), size, 30);
    let (peak_kb, floor_kb, size, printed) = search_peak("e", true);
    assert!(printed > size, "{printed} bytes printed");
    // The snapshot's titles and offsets, and the rows of the runs in flight.
    assert_within("search e", (peak_kb, floor_kb), size, 6);
}

/// `--version --data` on a RON not as `import` writes it (one long line: its sources
/// cannot be read from its end) names them from the snapshot the first open made: the
/// 24 MB file is not read again (it was parsed whole, every time).
#[cfg(unix)]
#[test]
fn the_version_of_a_dataset_in_any_layout_is_told_from_its_snapshot() {
    let data = woonbeleid::synth::dataset(woonbeleid::synth::Shape::grid(1_000, 30, 800));
    let file = woonbeleid::store::DatasetFile {
        chapter: data.chapter,
        cities: data.cities,
        aliases: data.aliases,
        sources: vec!["a.csv".into(), "b\u{1b}[2J.json".into()],
    };
    let ron = ron::to_string(&file).unwrap();
    assert!(!ron.contains('\n'), "one line");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "d.ron", ron.as_bytes());
    let floor_kb = common::cli::import_floor_kb();
    let version = |cache: bool| {
        let child = reading(dir.path(), cache)
            .args(["--version", "--data", &path])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let truth = version(false);
    assert!(
        truth.contains("geïmporteerd uit: a.csv, b\u{241b}[2J.json\n"),
        "{truth}"
    );
    assert_eq!(
        version(true),
        truth,
        "the first open, which makes the snapshot"
    );
    assert_eq!(version(true), truth, "from the snapshot");
    let child = reading(dir.path(), true)
        .args(["--version", "--data", &path])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (status, err, peak_kb) = common::cli::wait_with_peak(child);
    assert!(status.success(), "{err}");
    assert_within("--version --data", (peak_kb, floor_kb), ron.len() as u64, 3);
}

/// A snapshot whose header declares a section far longer than it is (as long as its RON
/// allows, the file made that long for free by a hole) costs no memory of that length: a
/// section that long is summed in pieces before anything is taken for it (it was taken
/// and filled first, then found not to be what was written). The answer comes from the
/// RON, with one line saying the snapshot was not used.
#[cfg(unix)]
#[test]
fn a_section_declared_longer_than_it_is_is_summed_before_memory_is_taken_for_it() {
    use std::io::{Seek, SeekFrom, Write as _};
    const HEAD: usize = 48;
    const TABLE: usize = HEAD + 14 * 24 + 8;
    let data = woonbeleid::synth::dataset(woonbeleid::synth::Shape::grid(600, 10, 800));
    let ron = woonbeleid::store::to_ron(&data);
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "d.ron", ron.as_bytes());
    let cache = dir.path().join("cache");
    let filter = || {
        let mut command = common::cli::bin();
        command
            .env("WOONBELEID_CACHE", &cache)
            .args(["filter", "woonr", "--data", &path])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    };
    let truth = filter().arg("--no-cache").output().unwrap();
    assert!(
        filter().output().unwrap().status.success(),
        "the snapshot made"
    );
    let snap = std::fs::read_dir(&cache)
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path();
    let mut f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&snap)
        .unwrap();
    let mut head = vec![0; TABLE];
    std::io::Read::read_exact(&mut f, &mut head).unwrap();
    // The names' section, the second, declared sixteen times the RON long: the most the
    // RON's size allows.
    let names = HEAD + 24;
    let offset = u64::from_le_bytes(head[names..names + 8].try_into().unwrap());
    let declared = 16 * ron.len() as u64;
    assert!(
        declared > 64 << 20,
        "longer than a section read straight: {declared}"
    );
    head[names + 8..names + 16].copy_from_slice(&declared.to_le_bytes());
    let sum = xxhash_rust::xxh3::xxh3_64(&head[..TABLE - 8]);
    head[TABLE - 8..].copy_from_slice(&sum.to_le_bytes());
    f.seek(SeekFrom::Start(0)).unwrap();
    f.write_all(&head).unwrap();
    f.set_len(offset + declared + (1 << 20)).unwrap();
    drop(f);
    let floor_kb = common::cli::import_floor_kb();
    let (status, err, peak_kb) =
        common::cli::wait_with_peak(filter().stdout(Stdio::null()).spawn().unwrap());
    assert!(status.success(), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let answer = filter().output().unwrap();
    assert_eq!(answer.stdout, truth.stdout, "rebuilt from the RON");
    assert!(
        (peak_kb - floor_kb) * 1024 < declared / 4,
        "peak {peak_kb} kB above {floor_kb} kB for a section declared {declared} bytes"
    );
}
