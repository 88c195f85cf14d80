//! The real binary in a real terminal: tmux runs it, `send-keys` types, `capture-pane`
//! reads the screen. `.ci/run` installs tmux where it is missing.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_woonbeleid");

/// One tmux server of its own per test, killed when the test ends.
pub struct Tmux {
    socket: String,
    pub dir: tempfile::TempDir,
}

impl Tmux {
    /// Starts `woonbeleid ARGS` in a window of `width`×`height`. When it ends, the shell
    /// prints its exit status and whether the terminal is back in cooked mode.
    pub fn start(name: &str, width: u16, height: u16, args: &str) -> Tmux {
        Tmux::start_command(name, width, height, "true", &format!("{BIN} {args}"))
    }

    /// Starts a command (no quotes in it) the same way, from the test's own folder
    /// (`$PWD`, also its `WOONBELEID_HOME`, with its `WOONBELEID_CACHE` and the
    /// `config.toml` it reads in it: no test sees the user's notes, snapshots or
    /// configuration), after a shell line of `setup` there.
    pub fn start_command(name: &str, width: u16, height: u16, setup: &str, command: &str) -> Tmux {
        let dir = tempfile::tempdir().unwrap();
        let pid_file = dir.path().join("pid");
        let script = format!(
            "cd {dir} && export WOONBELEID_TAAL=nl WOONBELEID_HOME={dir} WOONBELEID_CACHE={dir}/cache WOONBELEID_CONFIG={dir}/config.toml && {setup} && sh -c 'echo $$ > {pid}; exec {command}'; echo EXITED:$?; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo; sleep 600",
            dir = dir.path().display(),
            pid = pid_file.display()
        );
        Tmux::session(name, width, height, dir, &script)
    }

    /// An interactive shell in a window, for job control (Ctrl-z, `fg`).
    pub fn shell(name: &str, width: u16, height: u16) -> Tmux {
        let dir = tempfile::tempdir().unwrap();
        let script = format!(
            "env PS1='PROMPT$ ' WOONBELEID_TAAL=nl WOONBELEID_HOME={0} WOONBELEID_CACHE={0}/cache WOONBELEID_CONFIG={0}/config.toml bash --norc --noprofile -i",
            dir.path().display()
        );
        Tmux::session(name, width, height, dir, &script)
    }

    fn session(name: &str, width: u16, height: u16, dir: tempfile::TempDir, script: &str) -> Tmux {
        let socket = format!("woonbeleid-test-{name}-{}", std::process::id());
        let t = Tmux { socket, dir };
        let status = t
            .tmux(&[
                "new-session",
                "-d",
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
                script,
            ])
            .status()
            .expect("tmux is needed for this test: apt-get install tmux (.ci/run does)");
        assert!(status.success());
        t
    }

    pub fn tmux(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .env_remove("TMUX")
            .env("NO_COLOR", "")
            .env("PS1", "PROMPT$ ");
        c
    }

    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            assert!(
                self.tmux(&["send-keys", "-t", "0", k])
                    .status()
                    .unwrap()
                    .success()
            );
        }
    }

    /// Sends Escape and waits until the screen shows it was read: a key sent right after it
    /// would otherwise reach the app with it, as Alt-key, when the machine is busy.
    pub fn escape(&self) -> String {
        let before = self.screen();
        self.keys(&["Escape"]);
        self.wait("Escape read", |s| s != before)
    }

    /// Types text literally.
    pub fn type_text(&self, text: &str) {
        assert!(
            self.tmux(&["send-keys", "-t", "0", "-l", text])
                .status()
                .unwrap()
                .success()
        );
    }

    pub fn screen(&self) -> String {
        let out = self
            .tmux(&["capture-pane", "-p", "-t", "0"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The screen with its styles, as escapes (`capture-pane -e`): to see colour.
    pub fn styled_screen(&self) -> String {
        let out = self
            .tmux(&["capture-pane", "-e", "-p", "-t", "0"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A tmux format for the pane, such as `#{alternate_on}`.
    pub fn pane_flag(&self, format: &str) -> String {
        let out = self
            .tmux(&["display-message", "-p", "-t", "0", format])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// Waits until the screen satisfies `ok`, and returns it; fails after 10 s.
    pub fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
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

    pub fn wait_for(&self, text: &str) -> String {
        self.wait(text, |s| s.contains(text))
    }

    /// Waits until every one of `texts` is on screen at once: tmux may be read in the
    /// middle of a frame, so what one frame shows is waited for together.
    pub fn wait_all(&self, texts: &[&str]) -> String {
        self.wait(&texts.join(" + "), |s| texts.iter().all(|t| s.contains(t)))
    }

    pub fn pid(&self) -> String {
        let f: PathBuf = self.dir.path().join("pid");
        self.wait("the pid file", |_| {
            f.exists() && std::fs::read_to_string(&f).is_ok_and(|p| !p.trim().is_empty())
        });
        std::fs::read_to_string(f).unwrap().trim().to_owned()
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The browser ended and the shell behind it runs in a usable terminal: out of the
    /// alternate screen, cursor shown, canonical mode and echo back on.
    pub fn assert_exited_cleanly(&self, status: &str) {
        let s = self.wait_for("EXITED:");
        assert!(s.contains(&format!("EXITED:{status}")), "{s}");
        self.assert_terminal_sane();
    }

    pub fn assert_terminal_sane(&self) {
        let s = self.wait("stty output", |s| {
            s.contains("icanon") || s.contains("PROMPT$")
        });
        if s.contains("icanon") {
            assert!(
                !s.contains("-icanon") && !s.contains("-echo"),
                "raw mode left on: {s}"
            );
        }
        assert_eq!(
            self.pane_flag("#{alternate_on}"),
            "0",
            "still in the alternate screen:\n{s}"
        );
        assert_eq!(
            self.pane_flag("#{cursor_flag}"),
            "1",
            "the cursor is hidden:\n{s}"
        );
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]).status();
    }
}

/// Sends a signal to a process.
pub fn kill(signal: &str, pid: &str) {
    assert!(
        Command::new("kill")
            .args([&format!("-{signal}"), pid])
            .status()
            .unwrap()
            .success()
    );
}

/// Whether a process is still running (a zombie counts as gone).
pub fn alive(pid: &str) -> bool {
    std::fs::read_to_string(Path::new("/proc").join(pid).join("stat")).is_ok_and(|s| {
        !s.split(") ")
            .nth(1)
            .is_some_and(|rest| rest.starts_with('Z'))
    })
}
