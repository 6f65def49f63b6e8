//! What the tests that run the `payspec` binary share: a child process that is killed when
//! dropped, a scratch directory that is removed when dropped, `payspec sandbox` in a child
//! process, and a `payspec` command that inherits no `PAYSPEC_*` setting from the shell.

// Each test binary uses its own part of this module.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use payspec::cli::providers::env_prefix;
use payspec::providers::MODULES;
use payspec::sandbox::{default_credential, merchant_credentials};

pub const BIN: &str = env!("CARGO_BIN_EXE_payspec");

/// A child process killed and reaped whatever happens.
pub struct Guard(pub Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A directory of its own under the system temp dir, removed when dropped: `pay` writes its
/// default journal into the current directory, which must not be the checkout.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let dir =
            std::env::temp_dir().join(format!("payspec-{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch dir");
        Scratch(dir)
    }

    /// `file` in this directory, as a string for a command line.
    pub fn path(&self, file: &str) -> String {
        self.0.join(file).display().to_string()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `payspec sandbox --port 0` in a child process, and its address (`127.0.0.1:PORT`) from the
/// first line it prints.
pub fn start_sandbox() -> (Guard, String) {
    let mut child = Command::new(BIN)
        .args(["sandbox", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts the sandbox");
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let guard = Guard(child);
    let mut first = String::new();
    reader.read_line(&mut first).expect("the address line");
    // Keep reading what it prints after: a closed pipe would end it at its next line.
    std::thread::spawn(move || std::io::copy(&mut reader, &mut std::io::sink()));
    let addr = first
        .trim()
        .strip_prefix("payspec sandbox on http://")
        .unwrap_or_else(|| panic!("unexpected first line: {first}"))
        .to_owned();
    (guard, addr)
}

/// `payspec <args>` run in `dir`, with no `PAYSPEC_*` or `RUST_LOG` setting from the shell.
pub fn payspec_in(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args).current_dir(dir);
    for (name, _) in std::env::vars() {
        if name.starts_with("PAYSPEC_") || name == "RUST_LOG" {
            cmd.env_remove(name);
        }
    }
    cmd
}

/// `PAYSPEC_<P>_BASE_URL` and every config key of `provider` (every provider when `None`), as
/// the sandbox at `addr` expects them.
pub fn provider_env(addr: &str, provider: Option<&str>) -> Vec<(String, String)> {
    let mut env = Vec::new();
    for module in MODULES {
        let name = module.provider.name;
        if provider.is_some_and(|p| p != name) {
            continue;
        }
        let prefix = env_prefix(name);
        env.push((
            format!("{prefix}_BASE_URL"),
            format!("http://{addr}/{name}"),
        ));
        // The simulator's credentials (its RSA test keys too), every other key its default.
        let creds = merchant_credentials(module);
        for key in module.config {
            let value = creds.get(key.key).cloned();
            env.push((
                format!("{prefix}_{}", key.key.to_uppercase()),
                value.unwrap_or_else(|| default_credential(key.key)),
            ));
        }
    }
    env
}
