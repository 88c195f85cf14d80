//! What differs by platform, seen from outside: each test says on which systems it holds.

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
