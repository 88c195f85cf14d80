//! Files the program writes: what it refuses to replace, modes, temporary files on every
//! way out. Standard output and error that fail are `cli_streams.rs`.
// The tests of what only Unix has (FIFOs, signals, a shell) are left out elsewhere, and
// with them the use of some imports.
#![cfg_attr(not(unix), allow(unused_imports))]

use crate::common;

use std::fs;
#[cfg(unix)]
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::cli::{SEED, assert_refused, big_export, import_to, names_in, run, sh, stderr};

#[test]
fn an_output_in_a_missing_folder_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("nope/d.ron").display().to_string();
    assert_refused(
        &["import", "assets/raw/centrumsteden-grouped.txt", "-o", &out],
        &out,
        1,
        "does not exist",
    );
}

#[cfg(unix)]
#[test]
fn a_full_disk_leaves_the_old_dataset_intact() {
    // RLIMIT_FSIZE makes writes past 8 KiB fail as a full disk would (SIGXFSZ ignored, so
    // the write returns an error instead of killing the process).
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.ron");
    fs::write(&out, "old dataset").unwrap();
    let script = format!(
        "trap '' XFSZ; ulimit -f 16; exec {} import assets/raw/centrumsteden-grouped.txt -o {}",
        env!("CARGO_BIN_EXE_woonbeleid"),
        out.display()
    );
    let o = Command::new("sh").args(["-c", &script]).output().unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with(&format!(
            "fout: {}:1: kan niet geschreven worden: ",
            out.display()
        )),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&out).unwrap(), "old dataset");
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
}

#[cfg(unix)]
#[test]
fn an_output_that_is_not_a_regular_file_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let fifo = d.join("fifo");
    common::cli::mkfifo(&fifo);
    let socket = d.join("socket");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    fs::create_dir(d.join("folder")).unwrap();
    for (out, what) in [
        (fifo.clone(), "a FIFO"),
        (socket.clone(), "a socket"),
        (d.join("folder"), "a folder"),
        ("/dev/null".into(), "a character device"),
    ] {
        let shown = out.display().to_string();
        assert_refused(
            &["import", SEED, "-o", &shown],
            &shown,
            1,
            &format!("cannot be written: '{shown}' is {what}, not a regular file"),
        );
    }
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(fs::metadata(&socket).unwrap().file_type().is_socket());
    assert!(
        fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    assert_eq!(names_in(d), ["fifo", "folder", "socket"]);
}

#[cfg(unix)]
#[test]
fn a_symlink_is_followed_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("real")).unwrap();
    fs::write(d.join("real/d.ron"), "old").unwrap();
    std::os::unix::fs::symlink("real/d.ron", d.join("link.ron")).unwrap();
    std::os::unix::fs::symlink("real/new.ron", d.join("dangling.ron")).unwrap();
    for (link, target) in [("link.ron", "real/d.ron"), ("dangling.ron", "real/new.ron")] {
        let o = import_to(&d.join(link), &[]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(
            fs::symlink_metadata(d.join(link))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(
            fs::read_to_string(d.join(target))
                .unwrap()
                .starts_with("Dataset(")
        );
    }
    assert_eq!(
        names_in(&d.join("real")),
        ["d.ron", "new.ron"],
        "no temporary file"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_output_needs_force_and_modes_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.ron");
    fs::write(&out, "old").unwrap();
    fs::set_permissions(&out, fs::Permissions::from_mode(0o444)).unwrap();
    let shown = out.display().to_string();
    assert_refused(
        &["import", SEED, "-o", &shown],
        &shown,
        1,
        "is read-only (--force replaces it)",
    );
    assert_eq!(fs::read_to_string(&out).unwrap(), "old");
    let o = import_to(&out, &["--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&out), 0o444);
    for old in [0o644, 0o664, 0o600, 0o640] {
        fs::set_permissions(&out, fs::Permissions::from_mode(old)).unwrap();
        assert!(import_to(&out, &[]).status.success());
        assert_eq!(mode(&out), old, "{old:o}");
    }
    for (umask, new) in [("022", 0o644), ("002", 0o664), ("077", 0o600)] {
        let fresh = dir.path().join(format!("fresh-{umask}.ron"));
        let o = sh(&format!(
            "umask {umask}; exec $BIN import {SEED} -o {}",
            fresh.display()
        ));
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(mode(&fresh), new, "umask {umask}");
    }
    assert_eq!(
        run(&["import", SEED, "--force"]).status.code(),
        Some(2),
        "--force needs -o"
    );
}

/// Starts `import BIG -o OUT` and waits until its temporary file is there.
fn start_slow_import(dir: &Path) -> (Child, std::path::PathBuf) {
    let export = dir.join("big.txt");
    fs::write(&export, big_export(100_000, 4000)).unwrap();
    let out = dir.join("d.ron");
    fs::write(&out, "old dataset").unwrap();
    let child = common::cli::bin()
        .args([
            "import",
            export.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let tmp = dir.join(format!(".d.ron.woonbeleid-tmp-{}", child.id()));
    let start = Instant::now();
    while !tmp.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no {}",
            tmp.display()
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    (child, tmp)
}

#[cfg(unix)]
fn signal(child: &Child, name: &str) {
    let ok = Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
}

#[cfg(unix)]
#[test]
fn a_signal_during_the_write_removes_the_temporary_file() {
    for (name, number) in [("INT", 2), ("TERM", 15), ("HUP", 1)] {
        let dir = tempfile::tempdir().unwrap();
        let (child, tmp) = start_slow_import(dir.path());
        signal(&child, name);
        let o = child.wait_with_output().unwrap();
        assert_eq!(
            o.status.code(),
            Some(128 + number),
            "SIG{name}: {}",
            stderr(&o)
        );
        assert!(!tmp.exists(), "SIG{name} left {}", tmp.display());
        assert_eq!(names_in(dir.path()), ["big.txt", "d.ron"]);
        assert_eq!(
            fs::read_to_string(dir.path().join("d.ron")).unwrap(),
            "old dataset"
        );
    }
}

#[test]
fn a_leftover_of_a_killed_run_is_removed_by_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, tmp) = start_slow_import(dir.path());
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(tmp.exists(), "SIGKILL leaves it");
    // A temporary file of a live process is not touched.
    let live = dir
        .path()
        .join(format!(".d.ron.woonbeleid-tmp-{}", std::process::id()));
    let writing = woonbeleid::store::write::claim(fs::File::create(&live).unwrap()).unwrap();
    let o = import_to(&dir.path().join("d.ron"), &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!tmp.exists());
    assert!(live.exists());
    drop(writing);
}

#[cfg(unix)]
#[test]
fn a_file_size_limit_is_an_error_line_like_a_full_disk() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.ron");
    fs::write(&out, "old dataset").unwrap();
    // No `trap '' XFSZ`: the program must not die of the signal.
    let o = sh(&format!(
        "ulimit -f 16; exec $BIN import {SEED} -o {}",
        out.display()
    ));
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert_eq!(
        err,
        format!(
            "fout: {}:1: kan niet geschreven worden: te groot voor het bestandssysteem\n",
            out.display()
        )
    );
    assert_eq!(fs::read_to_string(&out).unwrap(), "old dataset");
    assert_eq!(names_in(dir.path()), ["d.ron"]);
}
