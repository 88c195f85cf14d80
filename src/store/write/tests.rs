use super::*;

#[test]
fn only_the_picked_files_of_writers_that_are_gone_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    // A writer that lives holds its claim; one that ended left its file unclaimed.
    let (dead, alive) = (4_000_001, std::process::id());
    let names = [
        format!(".d.ron{TMP_MARK}{dead}"),
        format!(".x.snapshot{TMP_MARK}{dead}-AbC12"),
        format!(".d.ron{TMP_MARK}{alive}"),
        format!(".x.snapshot{TMP_MARK}{alive}-AbC12"),
        format!(".e.ron{TMP_MARK}{dead}"),
        format!("d.ron{TMP_MARK}notanumber"),
        "d.ron".to_owned(),
    ];
    let mut claims = Vec::new();
    for n in &names {
        let file = File::create(dir.path().join(n)).unwrap();
        if n.contains(&alive.to_string()) {
            claims.push(claim(file).unwrap());
        }
    }
    remove_dead_writers(dir.path(), |f| !f.starts_with(".e."));
    let mut left: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    let mut expected = names[2..].to_vec();
    expected.sort();
    assert_eq!(left, expected);
    drop(claims);
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_dead_writers_file_is_left_alone_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join(format!(".d.ron{TMP_MARK}4000001"));
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let (done, finished) = std::sync::mpsc::channel();
    let folder = dir.path().to_owned();
    std::thread::spawn(move || {
        remove_dead_writers(&folder, |_| true);
        let _ = done.send(());
    });
    assert!(
        finished
            .recv_timeout(std::time::Duration::from_secs(5))
            .is_ok(),
        "opening the FIFO blocked"
    );
    assert!(fifo.exists());
}

#[test]
fn a_claim_holds_while_its_file_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x");
    let file = claim(File::create(&path).unwrap()).unwrap();
    assert!(!is_unclaimed(&path));
    drop(file);
    assert!(is_unclaimed(&path));
}

#[test]
fn a_claim_waits_out_another_writers_look_at_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x");
    let file = File::create(&path).unwrap();
    // Another writer's `is_unclaimed` holds the lock for a moment, as it looks.
    let look = File::open(&path).unwrap();
    look.try_lock().unwrap();
    let released = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(20));
        drop(look);
    });
    assert!(
        claim_ref(&file).is_ok(),
        "the claim waited for the look to end"
    );
    released.join().unwrap();
    let held = File::open(&path).unwrap();
    held.try_lock().unwrap_err();
    let other = File::create(dir.path().join("y")).unwrap();
    let blocker = File::open(dir.path().join("y")).unwrap();
    blocker.try_lock().unwrap();
    assert!(
        claim_ref(&other).is_err(),
        "a lock that stays is a refusal, not a hang"
    );
}
