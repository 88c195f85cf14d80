//! The browser on a dataset file reads it through its snapshot, and a snapshot found
//! damaged while browsing is dropped and the RON read again, the user kept in place.

use crate::common;

use common::tmux::{BIN, Tmux};

fn data() -> woonbeleid::model::Dataset {
    woonbeleid::synth::dataset(woonbeleid::synth::Shape {
        items: 6_000,
        items_per_city: 7,
        description_len: 1_000,
        seed: 8,
    })
}

/// A first start of `browse`, which shows `title`, writes the snapshot and quits; the
/// session is kept for its folder (the cache folder is in it).
fn first_start(name: &str, browse: &str, title: &str) -> Tmux {
    let t = Tmux::start_command(name, 120, 40, "true", browse);
    t.wait_for(title);
    wait_for_snapshot(&t);
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    t
}

/// Waits until the browser has written its snapshot (after it showed the dataset).
fn wait_for_snapshot(t: &Tmux) {
    let written = || {
        std::fs::read_dir(t.path("cache")).is_ok_and(|d| {
            d.flatten()
                .any(|e| e.file_name().to_string_lossy().ends_with(".snapshot"))
        })
    };
    let start = std::time::Instant::now();
    while !written() {
        assert!(start.elapsed().as_secs() < 20, "no snapshot written");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn a_quit_as_soon_as_the_dataset_shows_still_keeps_its_snapshot() {
    // 100 MB of text: its snapshot takes longer to write than a quit takes to arrive.
    let data = woonbeleid::synth::dataset(woonbeleid::synth::Shape {
        items: 100_000,
        items_per_city: 30,
        description_len: 1_000,
        seed: 9,
    });
    let title = data.cities[0].items[0].title.clone();
    let keep = tempfile::tempdir().unwrap();
    let ron = keep.path().join("d.ron");
    std::fs::write(&ron, woonbeleid::store::to_ron(&data)).unwrap();
    let t = Tmux::start_command(
        "cache-quit",
        120,
        40,
        "true",
        &format!("{BIN} --data {}", ron.display()),
    );
    t.wait_for(&title);
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    let kept: Vec<_> = std::fs::read_dir(t.path("cache"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        kept.len() == 1 && kept[0].ends_with(".snapshot"),
        "one whole snapshot, no temporary file: {kept:?}"
    );
}

#[test]
fn the_second_start_uses_the_snapshot_and_damage_is_repaired_in_place() {
    let data = data();
    let first_text = data.cities[0].items[0].description.clone();
    let first_title = data.cities[0].items[0].title.clone();
    // One RON path for both starts: a snapshot is named by the RON's path.
    let keep = tempfile::tempdir().unwrap();
    let ron = keep.path().join("d.ron");
    std::fs::write(&ron, woonbeleid::store::to_ron(&data)).unwrap();
    let browse = |log: &str| format!("{BIN} --data {} --log {log}", ron.display());

    let t = first_start("cache1", &browse("log1"), &first_title);
    let snaps: Vec<_> = std::fs::read_dir(t.path("cache"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(snaps.len(), 1, "the first start keeps a snapshot");
    let snap = snaps[0].path();

    // Damage the text shown first; the next start finds it while drawing it.
    let mut bytes = std::fs::read(&snap).unwrap();
    let at = bytes
        .windows(first_text.len())
        .position(|w| w == first_text.as_bytes())
        .unwrap();
    bytes[at + 10] ^= 0x20;
    std::fs::write(&snap, bytes).unwrap();
    let setup = format!("cp -r {} .", t.path("cache").display());
    let t2 = Tmux::start_command("cache2", 120, 40, &setup, &browse("log2"));
    let screen = t2.wait_for("opnieuw uit de RON gelezen");
    assert!(screen.contains(&first_title), "{screen}");
    assert!(!screen.contains("kon niet gelezen worden"), "{screen}");
    t2.keys(&["q"]);
    t2.wait_for("EXITED:0");
    let log = std::fs::read_to_string(t2.path("log2")).unwrap();
    assert!(log.contains("cache\tsnapshot"), "{log}");
    drop(t);
}

#[test]
fn a_ron_edited_keeping_size_and_time_is_shown_as_it_now_is() {
    let data = data();
    // Not the first item's: that is the chapter's title too.
    let first_title = data.cities[0].items[1].title.clone();
    let keep = tempfile::tempdir().unwrap();
    let ron = keep.path().join("d.ron");
    let text = woonbeleid::store::to_ron(&data);
    std::fs::write(&ron, &text).unwrap();
    let browse = |log: &str| format!("{BIN} --data {} --log {log}", ron.display());

    let t = first_start("stale1", &browse("log1"), &first_title);

    // The first title written backwards: same bytes, so same size; time given back.
    let new_title: String = first_title.chars().rev().collect();
    assert_ne!(new_title, first_title);
    common::files::rewrite_keeping_size_and_time(&ron, &text.replacen(&first_title, &new_title, 1));

    let setup = format!("cp -r {} .", t.path("cache").display());
    let t2 = Tmux::start_command("stale2", 120, 40, &setup, &browse("log2"));
    let screen = t2.wait_for(&new_title);
    let log = std::fs::read_to_string(t2.path("log2")).unwrap();
    assert!(
        screen.contains("opnieuw uit de RON gelezen"),
        "{screen}\n{log}"
    );
    t2.keys(&["q"]);
    t2.wait_for("EXITED:0");
    let log = std::fs::read_to_string(t2.path("log2")).unwrap();
    assert!(log.contains("wordt nadien vergeleken"), "{log}");
    assert!(
        log.contains("een andere RON met dezelfde grootte en tijd"),
        "{log}"
    );
    drop(t);
}
