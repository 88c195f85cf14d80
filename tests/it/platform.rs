//! What differs by platform, seen from outside: each test says on which systems it holds.

use std::fs;
use std::io::Read;
use std::path::Path;

use crate::common::cli::{bin, import_to, stderr, stdout};

#[cfg(unix)]
#[test]
fn markdown_files_get_the_umask_mode() {
    use std::os::unix::fs::PermissionsExt;
    let umask = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Umask:"))
                .and_then(|m| u32::from_str_radix(m.trim(), 8).ok())
        })
        .unwrap_or(0o022);
    let dir = tempfile::tempdir().unwrap();
    let p = woonbeleid::store::write_new_markdown(dir.path(), "Gent", "x").unwrap();
    let mode = std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o666 & !umask);
}

fn set_read_only(path: &Path, on: bool) {
    let mut permissions = fs::metadata(path).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)] // the attribute on Windows, the mode on Unix
    permissions.set_readonly(on);
    fs::set_permissions(path, permissions).unwrap();
}

#[test]
fn a_read_only_output_is_refused_without_force_and_stays_read_only_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.ron");
    fs::write(&out, "old").unwrap();
    set_read_only(&out, true);
    let refused = import_to(&out, &[]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("is alleen-lezen (--force vervangt het)"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(fs::read_to_string(&out).unwrap(), "old");
    let forced = import_to(&out, &["--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(fs::read_to_string(&out).unwrap().starts_with("Dataset("));
    assert!(fs::metadata(&out).unwrap().permissions().readonly());
    set_read_only(&out, false);
    assert_eq!(crate::common::cli::names_in(dir.path()), ["d.ron"]);
}

#[test]
fn a_reader_of_the_old_file_reads_it_whole_while_it_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.ron");
    let old = "oude inhoud ".repeat(100_000);
    fs::write(&out, &old).unwrap();
    let mut reader = fs::File::open(&out).unwrap();
    let mut start = [0u8; 12];
    reader.read_exact(&mut start).unwrap();
    let replaced = import_to(&out, &[]);
    assert!(replaced.status.success(), "{}", stderr(&replaced));
    let mut rest = String::new();
    reader.read_to_string(&mut rest).unwrap();
    assert_eq!(format!("{}{rest}", String::from_utf8_lossy(&start)), old);
    drop(reader);
    assert!(fs::read_to_string(&out).unwrap().starts_with("Dataset("));
}

/// Every place a path is taken or shown, with a folder name as Windows users have them.
#[test]
fn paths_with_spaces_and_accents_work_for_data_notes_and_messages() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("Jörg").join("Mijn documenten");
    fs::create_dir_all(&home).unwrap();
    let data = home.join("woonbeleid ë.ron");
    let made = import_to(&data, &[]);
    assert!(made.status.success(), "{}", stderr(&made));
    let run = |args: &[&str]| {
        bin()
            .env("WOONBELEID_HOME", &home)
            .args(args)
            .arg("--data")
            .arg(&data)
            .output()
            .unwrap()
    };
    let found = run(&["filter", "woonraad"]);
    assert!(
        stdout(&found).contains("Lokale woonraad"),
        "{}",
        stderr(&found)
    );
    let set = run(&[
        "note",
        "Aalst",
        "Lokale woonraad",
        "--set",
        "Vraag naar Jörgs ervaring",
    ]);
    assert!(set.status.success(), "{}", stderr(&set));
    assert!(home.join("notes.ron").is_file());
    let got = run(&["note", "Aalst", "Lokale woonraad"]);
    assert_eq!(stdout(&got), "Vraag naar Jörgs ervaring\n");
    let missing = home.join("niet hier.ron");
    let refused = bin()
        .args(["filter", "x", "--data"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).starts_with(&format!("fout: {}:", missing.display())),
        "{}",
        stderr(&refused)
    );
}
