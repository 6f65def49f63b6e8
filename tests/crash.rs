//! Crash recovery through the binary: `payspec pay --journal J` killed with SIGKILL at random
//! points (seeded), over and over, against `payspec sandbox` in another process; then
//! `payspec recover --journal J`; then the journal (read directly) is reconciled against the
//! sandbox's ledger (`GET /_admin/ledger`): no discrepancy, no payment left open.
//!
//! A killed `pay` still holds its payment in the journal (its lease: the saga's longest run,
//! minutes at the providers' real schedules), so that no other process takes over a payment a
//! live process drives. Rather than wait those minutes, the test lets them pass in the journal:
//! every lease of the dead processes is ended, and for half the payments the clock is also
//! moved ten minutes on (their recovery finds the schedule over: it asks once, then reverses what
//! is still not paid); the other half are recovered "soon", in the middle of their schedule.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use payspec::chaos;
use payspec::providers::MODULES;
use payspec::sandbox::faults::SplitMix64;
use payspec::sandbox::Scenario;
use payspec_journal::recording::now_ms;
use payspec_journal::sqlite::SqliteJournal;
use payspec_journal::Journal;

mod support;

use support::{provider_env, start_sandbox, Guard, Scratch};

fn payspec(args: &[&str], env: &[(String, String)], dir: &Path) -> Command {
    let mut cmd = support::payspec_in(dir, args);
    cmd.envs(env.iter().map(|(k, v)| (k, v)));
    cmd
}

/// Runs `sql` on the journal file (the dead processes are gone; `payspec recover` has not
/// started).
fn journal_sql(path: &str, sql: &str, params: &[i64]) -> usize {
    let conn = rusqlite::Connection::open(path).expect("journal file");
    conn.busy_timeout(Duration::from_secs(5)).unwrap();
    conn.execute(sql, rusqlite::params_from_iter(params.iter()))
        .expect(sql)
}

#[test]
fn payments_killed_mid_flight_are_recovered_and_the_books_balance() {
    let seed = std::env::var("PAYSPEC_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_261_125u64);
    let mut rng = SplitMix64::new(seed);
    let (_sandbox, addr) = start_sandbox();
    let env = provider_env(&addr, None);
    let scratch = Scratch::new("crash");
    let journal = scratch.0.join("journal.sqlite").display().to_string();

    // Pay and kill, RUNS times or until the time budget is spent.
    const RUNS: usize = 15;
    let budget = Duration::from_secs(20);
    let started = Instant::now();
    let mut orders = Vec::new();
    let mut killed = 0;
    for i in 0..RUNS {
        if started.elapsed() > budget {
            break;
        }
        let module = MODULES[rng.below(MODULES.len() as u64) as usize];
        let late = i % 2 == 1;
        // "Soon" payments confirm at the first or second query (5 or 10 s after the pay call):
        // recovery in the middle of the schedule finishes them quickly. "Late" ones may be
        // anything that keeps the saga waiting.
        let scenario = if late {
            [
                Scenario::PayingNeverConfirmed,
                Scenario::ReverseCallsAgain,
                Scenario::PayingThenSuccess { queries: 3 },
                Scenario::SystemErrorCharged,
            ][rng.below(4) as usize]
        } else {
            Scenario::PayingThenSuccess {
                queries: 1 + rng.below(2) as u32,
            }
        };
        let order_id = format!("CRASH{seed}N{i:02}");
        let amount = format!("{}.{:02}", 1 + rng.below(99), rng.below(100));
        let code = scenario.auth_code();
        let provider = module.provider.name;
        let delay = Duration::from_millis(5 + rng.below(900));
        let child = payspec(
            &[
                "pay",
                "--provider",
                provider,
                "--amount",
                &amount,
                "--auth-code",
                &code,
                "--order-id",
                &order_id,
                "--journal",
                &journal,
            ],
            &env,
            &scratch.0,
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts payspec pay");
        let mut child = Guard(child);
        std::thread::sleep(delay);
        if child.0.try_wait().expect("try_wait").is_none() {
            // SIGKILL: no destructor, no flush, no goodbye.
            child.0.kill().expect("kill");
            killed += 1;
        }
        let _ = child.0.wait();
        orders.push((order_id, late));
    }
    assert!(killed >= orders.len() / 2, "{killed} of {}", orders.len());

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let read_journal = || {
        rt.block_on(async {
            let j = SqliteJournal::open(&journal).expect("journal");
            j.list(10_000).await.expect("list")
        })
    };
    let before = read_journal();
    let open_before = before.iter().filter(|p| p.outcome.is_none()).count();
    assert!(open_before > 0, "the kills left payments open: {before:?}");

    // Let the dead processes' leases run out; "late" payments (and any whose pay call never
    // reached the provider) are recovered ten minutes later.
    let ledger = rt
        .block_on(chaos::fetch_ledger(addr.parse().unwrap()))
        .expect("ledger");
    let now = now_ms();
    journal_sql(
        &journal,
        "UPDATE payments SET lease_until_ms = ?1 WHERE outcome IS NULL",
        &[now - 1],
    );
    for (order_id, late) in &orders {
        let reached = ledger.iter().any(|t| &t.order_id == order_id);
        if *late || !reached {
            let conn = rusqlite::Connection::open(&journal).unwrap();
            conn.execute(
                "UPDATE payments SET started_at_ms = started_at_ms - 600000 \
                 WHERE order_id = ?1 AND outcome IS NULL",
                [order_id],
            )
            .unwrap();
        }
    }

    let out = payspec(&["recover", "--journal", &journal], &env, &scratch.0)
        .output()
        .expect("runs payspec recover");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let code = out.status.code().unwrap_or(-1);
    assert!(
        code == 0 || code == 3,
        "recover exit {code}:\n{stdout}{stderr}"
    );

    let after = read_journal();
    let ledger = rt
        .block_on(chaos::fetch_ledger(addr.parse().unwrap()))
        .expect("ledger");
    let books = chaos::reconcile(&after, &ledger, &BTreeMap::new());
    let summary = format!(
        "seed {seed}: {} runs, {killed} killed, {open_before} open before recovery\n\
         recover said:\n{stdout}{stderr}\n{books}",
        orders.len()
    );
    assert_eq!(books.open(), 0, "{summary}");
    assert_eq!(books.discrepancy_count(), 0, "{summary}");
    assert!(summary.ends_with("discrepancies: 0"), "{summary}");
    // Nothing was charged twice: one trade per order at most.
    assert!(ledger.len() <= orders.len(), "{summary}");
    println!("{summary}");
}
