//! Every way the browser can be ended or stopped from outside, in a real terminal: each
//! signal restores the screen, the cursor and the tty; Ctrl-z and SIGTSTP suspend like
//! vim; a panic prints its message readably; closing the terminal ends the process.

use crate::common;

use std::time::{Duration, Instant};

use common::tmux::{BIN, Tmux, alive, kill};

fn ended_by(signal: &str, number: i32, args: &str) {
    let t = Tmux::start(&format!("sig{number}"), 100, 30, args);
    t.wait_for("13 steden");
    kill(signal, &t.pid());
    t.assert_exited_cleanly(&(128 + number).to_string());
}

#[test]
fn sigterm_restores_the_terminal() {
    ended_by("TERM", 15, "");
}

#[test]
fn sighup_restores_the_terminal() {
    ended_by("HUP", 1, "--mouse");
}

#[test]
fn sigint_from_outside_restores_the_terminal() {
    ended_by("INT", 2, "");
}

#[test]
fn sigquit_restores_the_terminal() {
    ended_by("QUIT", 3, "--mouse");
}

#[test]
fn sigusr1_and_sigalrm_restore_the_terminal() {
    ended_by("USR1", 10, "");
    ended_by("ALRM", 14, "");
}

#[test]
fn ctrl_c_quits() {
    let t = Tmux::start("ctrlc", 100, 30, "--no-color");
    t.wait_for("13 steden");
    t.keys(&["C-c"]);
    t.assert_exited_cleanly("0");
}

/// Started by tmux itself (through `sh -c`, no job control), Ctrl-z cannot stop the
/// browser for anyone to continue: it says so, and the browser goes on.
#[test]
fn ctrl_z_without_job_control_says_why_and_goes_on() {
    let t = Tmux::start("nojobs", 140, 30, "--no-color");
    t.wait_for("13 steden");
    t.keys(&["C-z"]);
    t.wait_for("onderbreken kan hier niet");
    t.keys(&["j"]);
    t.wait_for("Antwerpen");
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

/// Job control needs an interactive shell: Ctrl-z stops the browser, the shell takes the
/// terminal, `fg` gives it back and the browser redraws.
fn suspend_and_resume(t: &Tmux, command: &str, stop: impl Fn(&str)) {
    t.wait_for("PROMPT$");
    t.type_text(command);
    t.keys(&["Enter"]);
    t.wait_for("13 steden");
    t.keys(&["j"]);
    t.wait_for("Antwerpen › B. OVERLEG");
    // The browser started with this test's own log file: tests run in parallel.
    let log = t.path("log");
    let pid = std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|p| p.chars().all(|c| c.is_ascii_digit()))
        .find(|p| {
            std::fs::read(format!("/proc/{p}/cmdline")).is_ok_and(|c| {
                c.starts_with(BIN.as_bytes())
                    && String::from_utf8_lossy(&c).contains(&*log.to_string_lossy())
            })
        })
        .unwrap_or_else(|| {
            let all: Vec<String> = std::fs::read_dir("/proc")
                .unwrap()
                .filter_map(Result::ok)
                .filter_map(|e| std::fs::read(e.path().join("cmdline")).ok())
                .map(|c| String::from_utf8_lossy(&c).replace('\0', " "))
                .filter(|c| c.contains("woonbeleid"))
                .collect();
            panic!("no browser with {}: {all:?}", log.display())
        });
    stop(&pid);
    t.wait("the shell says the job stopped", |s| {
        s.contains("Stopped") && s.contains("PROMPT$")
    });
    t.assert_terminal_sane();
    t.type_text("fg");
    t.keys(&["Enter"]);
    let s = t.wait_all(&["13 steden", "Antwerpen › B. OVERLEG"]);
    assert!(
        !s.contains("PROMPT$"),
        "the browser redrew the whole screen: {s}"
    );
    t.keys(&["j"]);
    t.wait_for("Brugge › B. OVERLEG");
    t.keys(&["q"]);
    t.wait("the browser ended", |s| s.trim_end().ends_with("PROMPT$"));
    t.type_text("echo EXITED:$?");
    t.keys(&["Enter"]);
    t.wait_for("EXITED:0");
    t.assert_terminal_sane();
}

#[test]
fn ctrl_z_suspends_and_fg_resumes() {
    let t = Tmux::shell("ctrlz", 100, 30);
    // Through a script: Ctrl-z stops the whole job, as a terminal does.
    let log = t.path("log");
    suspend_and_resume(
        &t,
        &format!("sh -c '{BIN} --mouse --log {}'", log.display()),
        |_| t.keys(&["C-z"]),
    );
}

#[test]
fn sigtstp_from_outside_suspends_and_fg_resumes() {
    let t = Tmux::shell("tstp", 100, 30);
    let log = t.path("log");
    suspend_and_resume(
        &t,
        &format!("{BIN} --mouse --log {}", log.display()),
        |pid| kill("TSTP", pid),
    );
}

/// Closes the browser's terminal (the tmux server goes) and waits up to 3 s for it to end.
fn ends_when_its_terminal_closes(t: &Tmux) {
    t.wait_for("13 steden");
    let pid = t.pid();
    let _ = t.tmux(&["kill-server"]).status();
    let start = Instant::now();
    while alive(&pid) {
        assert!(
            start.elapsed() < Duration::from_secs(3),
            "still running after the terminal closed"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn closing_the_terminal_ends_the_process() {
    let t = Tmux::start("close", 100, 30, "");
    ends_when_its_terminal_closes(&t);
}

/// A session leader that ignores the hangup (`trap '' HUP`, `disown -h`, a wrapper) passes
/// no SIGHUP on: the terminal is gone all the same, and the browser must see that itself
/// instead of reading end-of-file for ever.
#[test]
fn a_terminal_gone_without_a_sighup_still_ends_the_process() {
    let t = Tmux::start_command("nohup", 100, 30, "trap '' HUP", BIN);
    ends_when_its_terminal_closes(&t);
}

#[test]
fn sigterm_during_a_search_over_a_four_megabyte_text_ends_at_once() {
    let text = "Het woonoverleg vergadert.\\n".repeat(150_000);
    let ron = format!(
        "Dataset(chapter: \"1. H\", cities: [City(name: \"Groot\", items: [Item(title: \"Lang\", description: \"{text}\", attachment: false)])])"
    );
    let data = tempfile::tempdir().unwrap();
    let big = data.path().join("big.ron");
    std::fs::write(&big, ron).unwrap();
    let t = Tmux::start_command(
        "busy",
        100,
        30,
        "true",
        &format!("{BIN} --data {}", big.display()),
    );
    t.wait_for("1 stad · 1 item");
    t.keys(&["s"]);
    t.type_text("vergadert");
    let pid = t.pid();
    let start = Instant::now();
    kill("TERM", &pid);
    t.assert_exited_cleanly("143");
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
}

/// The example `panicking_browser`, which `cargo test` builds next to this test's profile.
fn panicking_browser() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples")
        .join("panicking_browser")
}

#[test]
fn a_panic_restores_the_terminal_and_says_why() {
    let bin = panicking_browser();
    assert!(bin.exists(), "{} is built by cargo test", bin.display());
    let t = Tmux::start_command(
        "panic",
        100,
        30,
        "true",
        &format!("{} 2>{}/stderr", bin.display(), "$PWD"),
    );
    t.wait_for("13 steden");
    t.keys(&["y"]);
    t.assert_exited_cleanly("101");
    let err = std::fs::read_to_string(t.path("stderr")).unwrap();
    assert!(err.contains("deliberate panic: asked to copy"), "{err}");
    assert!(
        !err.contains('\u{1b}'),
        "the message is plain text: {err:?}"
    );
}

/// Ending because its terminal went away, the browser writes nothing more to it that could
/// fail loudly: ratatui's drop said the cursor could not be shown with `eprintln!`, which
/// panicked (exit 101, a backtrace) when stderr was that terminal too.
#[test]
fn a_terminal_gone_ends_the_browser_as_a_hangup_without_a_panic() {
    let t = Tmux::start_command(
        "gonestatus",
        100,
        30,
        "trap '' HUP",
        &format!("sh -c \"{BIN}; echo \\$? > status\""),
    );
    ends_when_its_terminal_closes(&t);
    let status = t.path("status");
    let start = Instant::now();
    while !std::fs::read_to_string(&status).is_ok_and(|s| s.ends_with('\n')) {
        assert!(start.elapsed() < Duration::from_secs(3), "no exit status");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(std::fs::read_to_string(&status).unwrap(), "129\n");
}
