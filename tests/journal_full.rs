//! Issue 8, finding 1, through the binary: `payspec pay` whose journal stops taking writes right
//! after the pay intent (its disk is full) is told "paid" by the provider. It must say so (exit
//! 4, "the journal is behind" on stderr, the failed writes logged), and the later
//! `payspec recover` — past the deadline, when it used to go straight to the reverse — must
//! close it paid: the provider's ledger shows the sale paid, never reversed.
//!
//! How the writes fail, without root: once the pay intent is in the journal, the test lowers
//! the running `payspec pay`'s file-size limit to zero (`prlimit(RLIMIT_FSIZE)`, SIGXFSZ
//! ignored), so every write the real SQLite journal makes from then on really fails in the
//! kernel (EFBIG, which SQLite reports as a write error; a full disk is ENOSPC, reported as
//! "database or disk is full" — the journal and the CLI handle both as the store failing).

#![cfg(target_os = "linux")]

use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use payspec::chaos;
use payspec::sandbox::Scenario;
use payspec_journal::recording::now_ms;
use payspec_journal::sqlite::SqliteJournal;
use payspec_journal::{Journal, OutcomeKind, Phase, StepKind};

mod support;

use support::{provider_env, start_sandbox, Scratch};

/// The `payspec pay` under test: killed if the test fails before it ends by itself.
struct Paying(Option<Child>);

impl Paying {
    fn id(&self) -> u32 {
        self.0.as_ref().map_or(0, Child::id)
    }

    /// Whether it has ended (by itself: nothing here stops it).
    fn has_ended(&mut self) -> bool {
        self.0
            .as_mut()
            .is_none_or(|child| matches!(child.try_wait(), Ok(Some(_))))
    }

    fn finish(mut self) -> std::process::Output {
        let child = self.0.take().expect("running");
        child.wait_with_output().expect("payspec pay ends")
    }
}

impl Drop for Paying {
    fn drop(&mut self) {
        if let Some(child) = &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// `payspec <args>` configured for Pooul at the sandbox, in `dir`.
fn payspec(args: &[&str], addr: &str, dir: &Scratch) -> Command {
    let mut cmd = support::payspec_in(&dir.0, args);
    cmd.envs(provider_env(addr, Some("pooul")));
    cmd
}

/// Waits (polling the journal) until `order_id`'s pay intent is recorded. Bounded by time, not
/// by a number of polls (a loaded machine makes each poll slow), and it stops at once, with the
/// child's own words, if the child ended before recording it.
fn wait_for_pay_intent(
    rt: &tokio::runtime::Runtime,
    journal: &str,
    order_id: &str,
    child: &mut Paying,
) {
    let deadline = std::time::Instant::now() + Duration::from_secs(180);
    while std::time::Instant::now() < deadline {
        let recorded = std::path::Path::new(journal).exists()
            && rt.block_on(async {
                let Ok(j) = SqliteJournal::open(journal) else {
                    return false;
                };
                matches!(j.get(order_id).await, Ok(Some((_, steps)))
                    if steps.iter().any(|s| (s.step, s.phase) == (StepKind::Pay, Phase::Intent)))
            });
        if recorded {
            return;
        }
        if child.has_ended() {
            let out = child
                .0
                .take()
                .expect("ended")
                .wait_with_output()
                .expect("output");
            panic!(
                "payspec pay ended before recording the pay intent of {order_id}: exit {:?}\n\
                 stdout: {}\nstderr: {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    panic!("the pay intent of {order_id} never appeared in {journal} within 180 s");
}

/// From now on every file write of process `pid` fails (its file-size limit is zero).
#[allow(unsafe_code)] // prlimit(2) through libc: see the SAFETY note
fn fill_the_disk_of(pid: u32) {
    let pid = libc::pid_t::try_from(pid).expect("pid");
    let mut old = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain system calls on valid pointers; `pid` is our own child.
    unsafe {
        assert_eq!(
            libc::prlimit(pid, libc::RLIMIT_FSIZE, std::ptr::null(), &mut old),
            0
        );
        let full = libc::rlimit {
            rlim_cur: 0,
            rlim_max: old.rlim_max,
        };
        assert_eq!(
            libc::prlimit(pid, libc::RLIMIT_FSIZE, &full, std::ptr::null_mut()),
            0,
            "prlimit: {}",
            std::io::Error::last_os_error()
        );
    }
}

#[test]
#[allow(unsafe_code)] // pre_exec: see the SAFETY note
fn a_sale_told_paid_whose_journal_filled_up_is_never_reversed() {
    let (_sandbox, addr) = start_sandbox();
    let dir = Scratch::new("journal-full");
    let journal = dir.0.join("journal.sqlite").display().to_string();
    let order_id = format!("FULL{}", now_ms());
    // The customer confirms on the phone: the pay answers "paying", the first query "paid".
    let code = Scenario::PayingThenSuccess { queries: 1 }.auth_code();
    let args = [
        "pay",
        "--provider",
        "pooul",
        "--amount",
        "0.01",
        "--auth-code",
        &code,
        "--order-id",
        &order_id,
        "--journal",
        &journal,
    ];
    let mut cmd = payspec(&args, &addr, &dir);
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    // SAFETY: only async-signal-safe `signal` between fork and exec. Without it the kernel's
    // SIGXFSZ would kill the process at its first failed write instead of failing the write.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    let mut child = Paying(Some(cmd.spawn().expect("starts payspec pay")));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    wait_for_pay_intent(&rt, &journal, &order_id, &mut child);
    fill_the_disk_of(child.id());
    let pay = child.finish();
    let (out, err) = (
        String::from_utf8_lossy(&pay.stdout),
        String::from_utf8_lossy(&pay.stderr),
    );
    let told = format!("exit {:?}\nstdout: {out}\nstderr: {err}", pay.status.code());
    assert_eq!(pay.status.code(), Some(4), "{told}");
    assert!(out.starts_with("paid: order"), "{told}");
    assert!(err.contains("the journal is behind"), "{told}");
    assert!(err.contains("payspec recover"), "{told}");
    // The log subscriber is installed: the failed writes are on stderr as errors.
    assert!(
        err.contains("ERROR") && err.contains("not recorded"),
        "{told}"
    );

    let still_open = rt.block_on(async {
        let j = SqliteJournal::open(&journal).expect("journal");
        j.get(&order_id).await.expect("get").expect("recorded").0
    });
    assert_eq!(still_open.outcome, None, "{told}");

    // Ten minutes later: the lease of the `pay` is over and so is the provider's deadline.
    let conn = rusqlite::Connection::open(&journal).expect("journal file");
    conn.execute(
        "UPDATE payments SET lease_until_ms = ?1, started_at_ms = started_at_ms - 600000 \
         WHERE order_id = ?2",
        rusqlite::params![now_ms() - 1, order_id],
    )
    .expect("moves the clock on");
    drop(conn);
    let recover = payspec(&["recover", "--journal", &journal], &addr, &dir)
        .output()
        .expect("runs payspec recover");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&recover.stdout),
        String::from_utf8_lossy(&recover.stderr)
    );
    assert_eq!(recover.status.code(), Some(0), "{said}");

    let closed = rt.block_on(async {
        let j = SqliteJournal::open(&journal).expect("journal");
        j.get(&order_id).await.expect("get").expect("recorded").0
    });
    assert_eq!(closed.outcome, Some(OutcomeKind::Paid), "{said}");
    let ledger = rt
        .block_on(chaos::fetch_ledger(addr.parse().unwrap()))
        .expect("ledger");
    let trade = ledger
        .iter()
        .find(|t| t.order_id == order_id)
        .expect("the sandbox took the payment");
    assert!(
        trade.holds_money && !trade.reversed,
        "the sale told paid must stay paid: {trade:?}\n{said}"
    );
    println!("{told}\nrecover: {said}");
}
