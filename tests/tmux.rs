//! The real binary in a real terminal: tmux runs it, `send-keys` types, `capture-pane`
//! reads the screen. `.ci/run` installs tmux where it is missing.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_woonbeleid");

/// One tmux server of its own per test, killed when the test ends.
struct Tmux {
    socket: String,
    dir: tempfile::TempDir,
}

impl Tmux {
    /// Starts `woonbeleid ARGS` in a window of `width`×`height`. When it ends, the shell
    /// prints its exit status and whether the terminal is back in cooked mode.
    fn start(name: &str, width: u16, height: u16, args: &str) -> Tmux {
        Tmux::start_command(name, width, height, "true", &format!("{BIN} {args}"))
    }

    /// Starts a command (no quotes in it) the same way, from the test's own folder
    /// (`$PWD`), after a shell line of `setup` there.
    fn start_command(name: &str, width: u16, height: u16, setup: &str, command: &str) -> Tmux {
        let dir = tempfile::tempdir().unwrap();
        let socket = format!("woonbeleid-test-{name}-{}", std::process::id());
        let pid_file = dir.path().join("pid");
        let script = format!(
            "cd {dir} && {setup} && sh -c 'echo $$ > {pid}; exec {command}'; echo EXITED:$?; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo; sleep 600",
            dir = dir.path().display(),
            pid = pid_file.display()
        );
        let t = Tmux { socket, dir };
        let status = t
            .tmux(&[
                "new-session",
                "-d",
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
                &script,
            ])
            .status()
            .expect("tmux is needed for this test: apt-get install tmux (.ci/run does)");
        assert!(status.success());
        t
    }

    fn tmux(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .env_remove("TMUX")
            .env("NO_COLOR", "");
        c
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            assert!(
                self.tmux(&["send-keys", "-t", "0", k])
                    .status()
                    .unwrap()
                    .success()
            );
        }
    }

    fn screen(&self) -> String {
        let out = self
            .tmux(&["capture-pane", "-p", "-t", "0"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen satisfies `ok`, and returns it; fails after 10 s.
    fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "waited for {what}; the screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_for(&self, text: &str) -> String {
        self.wait(text, |s| s.contains(text))
    }

    /// Waits until every one of `texts` is on screen at once: tmux may be read in the
    /// middle of a frame, so what one frame shows is waited for together.
    fn wait_all(&self, texts: &[&str]) -> String {
        self.wait(&texts.join(" + "), |s| texts.iter().all(|t| s.contains(t)))
    }

    fn pid(&self) -> String {
        let f: PathBuf = self.dir.path().join("pid");
        self.wait("the pid file", |_| f.exists());
        std::fs::read_to_string(f).unwrap().trim().to_owned()
    }

    /// The browser ended and the shell behind it runs in a usable terminal: out of the
    /// alternate screen, canonical mode and echo back on.
    fn assert_exited_cleanly(&self, status: &str) {
        let s = self.wait_for("EXITED:");
        assert!(s.contains(&format!("EXITED:{status}")), "{s}");
        let s = self.wait("stty output", |s| s.contains("icanon"));
        assert!(
            s.contains(" icanon") || s.starts_with("icanon") || s.contains("\nicanon"),
            "raw mode left on: {s}"
        );
        assert!(
            !s.contains("-icanon") && !s.contains("-echo"),
            "raw mode left on: {s}"
        );
        let alt = self
            .tmux(&["display-message", "-p", "-t", "0", "#{alternate_on}"])
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&alt.stdout).trim(),
            "0",
            "still in the alternate screen"
        );
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]).status();
    }
}

#[test]
fn browse_walk_collapse_resize_and_quit() {
    let t = Tmux::start("walk", 120, 40, "");
    t.wait_all(&[
        "13 steden · 90 items",
        "1 Steden",
        "2 Secties · Aalst",
        "3 Tekst",
        "▶ Aalst",
        "Turnhout",
        "B. OVERLEG",
        "j/k kies",
    ]);

    t.keys(&["j", "j", "j", "j", "l", "j", "j", "j"]);
    // The status line follows the focus.
    t.wait_all(&[
        "Gent › B. OVERLEG › Lokaal woonoverleg",
        "Als regisseur van het lokaal woonbeleid",
        "j/k item",
    ]);

    t.keys(&["-"]);
    t.wait("the tree closed", |s| {
        !s.contains("Stedelijke Woonraad") && !s.contains("B. OVERLEG")
    });
    t.keys(&["="]);
    t.wait_for("Stedelijke Woonraad");

    t.keys(&["?"]);
    t.wait_for("Toetsen");
    t.keys(&["Escape"]);
    t.wait("help closed", |s| !s.contains("Toetsen"));

    assert!(
        t.tmux(&["resize-window", "-t", "0", "-x", "70", "-y", "24"])
            .status()
            .unwrap()
            .success()
    );
    let s = t.wait("the narrow layout", |s| {
        !s.contains("1 Steden") && s.contains("2 Secties")
    });
    assert!(s.contains("3 Tekst"), "{s}");
    assert!(s.lines().all(|l| l.chars().count() <= 70), "{s}");

    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn sigterm_restores_the_terminal() {
    let t = Tmux::start("term", 100, 30, "");
    t.wait_for("13 steden");
    let pid = t.pid();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    t.assert_exited_cleanly("143");
}

#[test]
fn sighup_restores_the_terminal() {
    let t = Tmux::start("hup", 100, 30, "--mouse");
    t.wait_for("13 steden");
    let pid = t.pid();
    assert!(
        Command::new("kill")
            .args(["-HUP", &pid])
            .status()
            .unwrap()
            .success()
    );
    t.assert_exited_cleanly("129");
}

#[test]
fn ctrl_c_quits() {
    let t = Tmux::start("ctrlc", 100, 30, "--no-color");
    t.wait_for("13 steden");
    t.keys(&["C-c"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn filter_then_search_and_walk_the_hits() {
    let t = Tmux::start("find", 120, 40, "");
    t.wait_for("13 steden · 90 items");
    t.keys(&["/", "w", "o", "o", "n", "r", "a", "a", "d"]);
    let s = t.wait_for("11 items in 11 steden");
    assert!(!s.contains("Genk") && !s.contains("Roeselare"), "{s}");
    assert!(s.contains("Gent"), "{s}");
    t.keys(&["Escape"]);
    t.wait("the filter cleared", |s| {
        s.contains("Genk") && s.contains("Roeselare") && !s.contains("filter:")
    });

    t.keys(&["s"]);
    t.keys(&["-l", "Woodrow Wilsonplein"]);
    t.wait_for("zoek: Woodrow Wilsonplein");
    t.keys(&["Enter"]);
    let s = t.wait_for("hit 1/");
    assert!(s.contains("Gent ›"), "only Gent names its address: {s}");
    let total: String = s[s.find("hit 1/").unwrap() + 6..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(total.parse::<usize>().unwrap() > 2, "{s}");
    t.keys(&["n"]);
    t.wait_for(&format!("hit 2/{total}"));
    t.keys(&["N", "N"]);
    t.wait_for(&format!("hit {total}/{total}"));
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn regroup_open_a_section_and_compare_two_cities() {
    let t = Tmux::start("compare", 120, 40, "");
    t.wait_for("13 steden · 90 items · per stad");
    t.keys(&["b"]);
    t.wait_for("per sectie");
    t.keys(&["j", "j", "j"]);
    t.wait_all(&[
        "2 Steden · Lokaal woonoverleg",
        "Aalst › B. OVERLEG › Lokaal woonoverleg",
    ]);
    t.keys(&["l", "v", "j", "j", "j", "j", "v"]);
    t.wait_for("2 gemarkeerd");
    t.keys(&["c"]);
    t.wait_all(&[
        "Naast elkaar",
        "Aalst › B. OVERLEG › Lokaal woonoverleg",
        "Gent › B. OVERLEG › Lokaal woonoverleg",
    ]);
    t.keys(&["c"]);
    t.wait("back to the panes", |s| !s.contains("Naast elkaar"));
    t.keys(&["m"]);
    t.wait("the grid with Genk's gaps", |s| {
        s.contains("Dekking: steden × secties")
            && s.lines().any(|l| l.contains("Genk") && l.contains('·'))
    });
    t.keys(&["Escape", "q"]);
    t.assert_exited_cleanly("0");
}

/// The example `panicking_browser`, which `cargo test` builds next to this test's profile.
fn panicking_browser() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().unwrap().parent().unwrap();
    profile_dir.join("examples").join("panicking_browser")
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
    t.keys(&["?"]);
    t.assert_exited_cleanly("101");
    let err = std::fs::read_to_string(t.dir.path().join("stderr")).unwrap();
    assert!(
        err.contains("deliberate panic: the help overlay opened"),
        "{err}"
    );
    assert!(
        !err.contains('\u{1b}'),
        "the message is plain text: {err:?}"
    );
}

#[test]
fn a_slow_data_file_shows_a_loading_screen_that_q_leaves() {
    let t = Tmux::start_command(
        "loading",
        100,
        30,
        "mkfifo slow.ron",
        &format!("{BIN} --data slow.ron"),
    );
    // Nothing ever writes to the FIFO: the load waits, the screen says so.
    let s = t.wait_for("Laden: slow.ron");
    assert!(s.contains("q stopt"), "{s}");
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn a_bad_data_file_ends_the_browser_with_one_line() {
    let t = Tmux::start_command(
        "baddata",
        100,
        30,
        "printf 'Dataset(' > bad.ron",
        &format!("{BIN} --data bad.ron"),
    );
    t.assert_exited_cleanly("1");
    let s = t.screen();
    assert!(s.contains("error: bad.ron:1: column"), "{s}");
}
