//! 10,000 payments waiting at once: `pay_and_wait` for each, all launched together, spread over
//! every provider, in scenario `01NN` (the customer is paying; the `NN`-th query finds it paid)
//! on the providers' poll schedules (divided by `DIVISOR`), so that they all sit in the poll
//! loop concurrently. One shared `HttpTransport`, one `SpecGateway` per provider, at most
//! `MAX_IN_FLIGHT` calls under way at once.
//!
//! `cargo bench --bench scale`. Two measurements, each in a fresh process (this executable run
//! again with `PAYSPEC_SCALE_MODE` set) so that one's peak RSS cannot leak into the other's:
//! - `together`: the simulator in the same process (its ledger and server connections count);
//! - `separate`: the simulator is `target/release/payspec sandbox --port 0` in a child process
//!   (built by `cargo bench` beside this bench), so the figure is the client alone. Skipped with
//!   a message when that executable is missing.
//!
//! Peak RSS is `VmHWM` from `/proc/self/status`. Every run gives up after `BOUND`. The last two
//! lines are `peak RSS: X MB (target ≤ 64 MB)` (the larger of the two runs' figures, i.e.
//! client + simulator) and `final state: N/10000` (payments that ended Paid, as their scenario
//! requires, in the worse run). `PAYSPEC_SCALE_DIVISOR`, `PAYSPEC_SCALE_IN_FLIGHT` and
//! `PAYSPEC_SCALE_PAYMENTS` override the settings for experiments.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use payspec::providers::MODULES;
use payspec::sandbox::{self, Sandbox, Scenario};
use payspec_client::transport::{
    BoxFuture, HttpTransport, TlsConfig, Transport, TransportConfig, TransportError,
};
use payspec_client::{
    pay_and_wait, FinalOutcome, Gateway, PayIntent, Progress, SpecGateway, TradeView,
};
use payspec_core::descriptor::ProviderModule;
use payspec_core::{Classification, Currency, Error, Money, Redacted};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

const PAYMENTS: usize = 10_000;
/// Scenario `01NN`: the `NN`-th query finds the trade paid.
const QUERIES: u32 = 3;
/// The providers' poll schedules are divided by this. 1: their own schedules (first query after
/// 5 s, deadline 30–35 s), which every payment meets on a loaded 2-core machine. At 10 the
/// deadline is 3–3.5 s from the pay call, shorter than it takes 10,000 pay calls to get through
/// the simulator there: most payments were reversed (2,537 of 10,000 paid in one run).
const DIVISOR: u32 = 1;
/// Gateway calls (so HTTP exchanges) in flight at once, over all payments: a payment waits for
/// a turn *before* its request is built. hyper's pool has no cap of its own, so 10,000
/// simultaneous calls would open 10,000 sockets (and as many server-side in the `together` run:
/// past the 20,000 descriptors a process may hold here). Waiting for the turn inside the
/// transport instead (after the request is built, encoded and signed) held 10,000 requests'
/// content and bytes at once during the pay burst: 42 MB peak for the client alone instead of
/// 25 MB. 64 calls keep 2 cores busy; 256 cost about 11 MB more (connection buffers) and were
/// no faster.
const MAX_IN_FLIGHT: usize = 64;
/// Each run gives up after this.
const BOUND: Duration = Duration::from_secs(120);
const TARGET_MB: f64 = 64.0;

fn main() {
    match std::env::var("PAYSPEC_SCALE_MODE").as_deref() {
        Ok("together") => child(Mode::Together),
        Ok("separate") => child(Mode::Separate),
        _ => parent(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Together,
    Separate,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Together => "together",
            Mode::Separate => "separate",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Mode::Together => "client + simulator in one process",
            Mode::Separate => "client alone (simulator in a child process)",
        }
    }
}

/// What a measuring process reports on its `RESULT` line.
#[derive(Debug, Default, Clone)]
struct Summary {
    finished: u64,
    definite: u64,
    paid: u64,
    hwm_kb: u64,
    wall_ms: u64,
}

fn parent() {
    println!(
        "payspec scale: {PAYMENTS} pay_and_wait at once over {} providers, scenario {} \
         (paying, paid at query {QUERIES}), schedules / {}, at most {MAX_IN_FLIGHT} HTTP \
         exchanges in flight, bound {} s per run",
        MODULES.len(),
        Scenario::PayingThenSuccess { queries: QUERIES }.code(),
        divisor(),
        BOUND.as_secs()
    );
    let exe = std::env::current_exe().expect("this executable");
    let mut results = Vec::new();
    for mode in [Mode::Together, Mode::Separate] {
        println!("--- {} ---", mode.describe());
        match run_child(&exe, mode) {
            Ok(Some(summary)) => results.push((mode, summary)),
            Ok(None) => println!("({} skipped)", mode.describe()),
            Err(why) => println!("{} failed: {why}", mode.describe()),
        }
    }
    println!("--- summary ---");
    for (mode, s) in &results {
        println!(
            "{}: {}/{PAYMENTS} reached a final state, {}/{PAYMENTS} paid, wall {:.2} s, peak RSS \
             {:.1} MB",
            mode.describe(),
            s.definite,
            s.paid,
            s.wall_ms as f64 / 1000.0,
            mb(s.hwm_kb)
        );
    }
    let headline = results.iter().max_by_key(|(_, s)| s.hwm_kb);
    match headline {
        Some((mode, s)) => {
            println!("the figure below is the larger one: {}", mode.describe());
            println!(
                "peak RSS: {:.1} MB (target ≤ {TARGET_MB:.0} MB)",
                mb(s.hwm_kb)
            );
            // Every run must have paid every payment.
            let paid = results.iter().map(|(_, s)| s.paid).min().unwrap_or(0);
            println!("final state: {paid}/{PAYMENTS}");
        }
        None => {
            println!("peak RSS: n/a (target ≤ {TARGET_MB:.0} MB)");
            println!("final state: 0/{PAYMENTS}");
        }
    }
}

/// Runs this executable in `mode`, echoes its output and returns its summary (`None`: skipped).
fn run_child(exe: &PathBuf, mode: Mode) -> Result<Option<Summary>, String> {
    let mut child = Command::new(exe)
        .env("PAYSPEC_SCALE_MODE", mode.name())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
    let stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut summary = None;
        let mut skipped = false;
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(rest) = line.strip_prefix("RESULT ") {
                summary = Some(parse_summary(rest));
            } else {
                skipped |= line.starts_with("SKIPPED");
                println!("  {line}");
            }
        }
        (summary, skipped)
    });
    let status = wait_bounded(&mut child, BOUND + Duration::from_secs(30))?;
    let (summary, skipped) = reader.join().map_err(|_| "output reader panicked")?;
    if skipped {
        return Ok(None);
    }
    match summary {
        Some(s) => Ok(Some(s)),
        None => Err(format!("no result ({status})")),
    }
}

fn parse_summary(text: &str) -> Summary {
    let mut s = Summary::default();
    for pair in text.split_whitespace() {
        let Some((k, v)) = pair.split_once('=') else {
            continue;
        };
        let v: u64 = v.parse().unwrap_or(0);
        match k {
            "finished" => s.finished = v,
            "definite" => s.definite = v,
            "paid" => s.paid = v,
            "hwm_kb" => s.hwm_kb = v,
            "wall_ms" => s.wall_ms = v,
            _ => {}
        }
    }
    s
}

/// Waits for `child` at most `limit`, then kills it (by its handle).
fn wait_bounded(child: &mut Child, limit: Duration) -> Result<std::process::ExitStatus, String> {
    let until = Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status),
            Ok(None) if Instant::now() < until => std::thread::sleep(Duration::from_millis(50)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("still running after {} s: killed", limit.as_secs()));
            }
            Err(e) => return Err(format!("cannot wait: {e}")),
        }
    }
}

/// One measuring process.
fn child(mode: Mode) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let summary = runtime.block_on(async move {
        match mode {
            Mode::Together => {
                let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
                let handle = sandbox::spawn(listener, Sandbox::new(MODULES)).expect("sandbox");
                let targets = MODULES
                    .iter()
                    .map(|&m| {
                        let creds = handle
                            .credentials(m.provider.name)
                            .cloned()
                            .unwrap_or_default();
                        (m, creds, handle.base_url(m.provider.name))
                    })
                    .collect();
                // A provider with an operation over mutual TLS is served over HTTPS by the
                // simulator's test CA: the transport trusts it (and nothing else).
                let summary = payments(targets, handle.tls_config()).await;
                let ledger_trades = handle.ledger().len();
                println!("simulator ledger: {ledger_trades} trades");
                if tokio::time::timeout(Duration::from_secs(10), handle.shutdown())
                    .await
                    .is_err()
                {
                    println!("warning: the simulator did not stop within 10 s");
                }
                Some(summary)
            }
            Mode::Separate => {
                let Some(exe) = payspec_executable() else {
                    println!(
                        "SKIPPED: no `payspec` executable beside this bench (looked for \
                         target/release/payspec); build it with `cargo build --release`"
                    );
                    return None;
                };
                let server = match ChildSandbox::start(&exe) {
                    Ok(s) => s,
                    Err(why) => {
                        println!("SKIPPED: cannot start {} sandbox: {why}", exe.display());
                        return None;
                    }
                };
                // The CLI's sandbox uses the default credentials, as `Sandbox::new` does.
                let defaults = Sandbox::new(MODULES);
                let targets = MODULES
                    .iter()
                    .map(|&m| {
                        let creds = defaults
                            .credentials(m.provider.name)
                            .cloned()
                            .unwrap_or_default();
                        let base = format!("http://{}/{}", server.addr, m.provider.name);
                        (m, creds, base)
                    })
                    .collect();
                // Plain HTTP to every provider: the child's port also serves plain HTTP, and no
                // operation that needs the merchant's certificate is called here.
                let summary = payments(targets, TlsConfig::default()).await;
                server.stop();
                Some(summary)
            }
        }
    });
    if let Some(s) = summary {
        println!(
            "RESULT finished={} definite={} paid={} hwm_kb={} wall_ms={}",
            s.finished, s.definite, s.paid, s.hwm_kb, s.wall_ms
        );
    }
}

type Target = (&'static ProviderModule, BTreeMap<String, String>, String);

#[derive(Default)]
struct Counters {
    finished: AtomicU64,
    paid: AtomicU64,
    failed: AtomicU64,
    reversed: AtomicU64,
    attention: AtomicU64,
    /// Payments whose pay call answered "paying" and that have not finished yet.
    waiting: AtomicUsize,
    peak_waiting: AtomicUsize,
    queries: AtomicU64,
    /// Milliseconds from launch to the last payment finished.
    last_ms: AtomicU64,
    /// The first outcome other than Paid, by provider.
    first_other: std::sync::Mutex<BTreeMap<&'static str, String>>,
}

/// Launches every payment at once and waits for them (at most `BOUND`).
async fn payments(targets: Vec<Target>, tls: TlsConfig) -> Summary {
    let divisor = divisor();
    let transport: Arc<dyn Transport> =
        Arc::new(HttpTransport::with_tls(TransportConfig::default(), tls).expect("transport"));
    let limit = Arc::new(Semaphore::new(knob(
        "PAYSPEC_SCALE_IN_FLIGHT",
        MAX_IN_FLIGHT,
    )));
    let gateways: Vec<(Arc<SpecGateway>, Currency)> = targets
        .into_iter()
        .map(|(module, creds, base_url)| {
            let currency = creds
                .iter()
                .find(|(k, _)| k.contains("currency"))
                .and_then(|(_, v)| Currency::from_code(v).ok())
                .unwrap_or(Currency::CNY);
            let gateway = SpecGateway::new(module, Arc::new(creds), base_url, transport.clone());
            (Arc::new(gateway), currency)
        })
        .collect();
    let counters = Arc::new(Counters::default());
    let auth_code = Scenario::PayingThenSuccess { queries: QUERIES }.auth_code();
    let pid = std::process::id();
    let rss_before = status_kb("VmRSS:");

    {
        // The state one waiting payment keeps: the future of `pay_and_wait` (boxed by its task).
        let (gateway, currency) = &gateways[0];
        let watched = Watched::new(gateway, &counters, &limit);
        let intent = intent("SIZE".into(), *currency, &auth_code);
        let policy = gateway.module().provider.poll.compressed(divisor);
        let mut progress = |_: &Progress| {};
        let future = pay_and_wait(&watched, &intent, &policy, &mut progress);
        let query = gateway.query(&intent.order_id);
        let pay = gateway.pay(&intent);
        println!(
            "state per payment: pay_and_wait future {} bytes; while a call is under way also \
             its boxed future (pay {} bytes, query {} bytes), the content and the encoded \
             request",
            std::mem::size_of_val(&future),
            std::mem::size_of_val(&*pay),
            std::mem::size_of_val(&*query)
        );
    }

    let started = Instant::now();
    let payments = knob("PAYSPEC_SCALE_PAYMENTS", PAYMENTS);
    let mut task_bytes = 0;
    let mut tasks = Vec::with_capacity(payments);
    for i in 0..payments {
        let (gateway, currency) = gateways[i % gateways.len()].clone();
        let counters = counters.clone();
        let limit = limit.clone();
        let intent = intent(format!("SC{i:05}P{pid}"), currency, &auth_code);
        let payment = async move {
            let policy = gateway.module().provider.poll.compressed(divisor);
            let watched = Watched::new(&gateway, &counters, &limit);
            let queries = &counters.queries;
            let mut progress = |p: &Progress| {
                if matches!(p, Progress::WaitingForCustomer { .. }) {
                    queries.fetch_add(1, Ordering::Relaxed);
                }
            };
            let outcome = pay_and_wait(&watched, &intent, &policy, &mut progress).await;
            if watched.answered.load(Ordering::Relaxed) {
                counters.waiting.fetch_sub(1, Ordering::Relaxed);
            }
            if !matches!(outcome, FinalOutcome::Paid(_)) {
                let mut first = counters.first_other.lock().expect("lock");
                first
                    .entry(gateway.module().provider.name)
                    .or_insert_with(|| format!("{outcome:?}"));
            }
            let slot = match outcome {
                FinalOutcome::Paid(_) => &counters.paid,
                FinalOutcome::Failed { .. } => &counters.failed,
                FinalOutcome::Reversed { .. } => &counters.reversed,
                FinalOutcome::NeedsAttention { .. } => &counters.attention,
            };
            slot.fetch_add(1, Ordering::Relaxed);
            counters.last_ms.fetch_max(
                u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
                Ordering::Relaxed,
            );
            counters.finished.fetch_add(1, Ordering::Relaxed);
        };
        if i == 0 {
            task_bytes = std::mem::size_of_val(&payment);
        }
        tasks.push(tokio::spawn(payment));
    }
    let launched = started.elapsed();
    let mut peak_rss_seen = 0;
    while counters.finished.load(Ordering::Relaxed) < payments as u64 && started.elapsed() < BOUND {
        tokio::time::sleep(Duration::from_millis(100)).await;
        peak_rss_seen = peak_rss_seen.max(status_kb("VmRSS:"));
    }
    let timed_out = counters.finished.load(Ordering::Relaxed) < payments as u64;
    for task in &tasks {
        task.abort();
    }
    drop(tasks);
    let c = &counters;
    let load = |a: &AtomicU64| a.load(Ordering::Relaxed);
    let summary = Summary {
        finished: load(&c.finished),
        definite: load(&c.paid) + load(&c.failed) + load(&c.reversed),
        paid: load(&c.paid),
        hwm_kb: status_kb("VmHWM:"),
        wall_ms: load(&c.last_ms),
    };
    println!(
        "each task's future (pay_and_wait, the intent, the counting gateway): {task_bytes} bytes, \
         {:.1} MB for all",
        (task_bytes * payments) as f64 / 1024.0 / 1024.0
    );
    println!(
        "launched {payments} tasks in {:.0} ms; peak waiting at once (pay answered paying, not \
         yet final): {}",
        launched.as_secs_f64() * 1000.0,
        c.peak_waiting.load(Ordering::Relaxed)
    );
    println!(
        "outcomes: {} paid, {} failed, {} reversed, {} needs attention, {} unfinished{}; {} \
         queries",
        load(&c.paid),
        load(&c.failed),
        load(&c.reversed),
        load(&c.attention),
        payments as u64 - summary.finished,
        if timed_out {
            format!(" (gave up after {} s)", BOUND.as_secs())
        } else {
            String::new()
        },
        load(&c.queries)
    );
    for (provider, outcome) in c.first_other.lock().expect("lock").iter() {
        println!("{provider}: first outcome other than paid: {outcome}");
    }
    println!(
        "wall time: {:.2} s; RSS before launch {:.1} MB, highest sampled {:.1} MB, at the end \
         {:.1} MB; peak (VmHWM) {:.1} MB",
        summary.wall_ms as f64 / 1000.0,
        mb(rss_before),
        mb(peak_rss_seen),
        mb(status_kb("VmRSS:")),
        mb(summary.hwm_kb)
    );
    summary
}

fn intent(order_id: String, currency: Currency, auth_code: &str) -> PayIntent {
    PayIntent {
        order_id,
        amount: Money::from_minor(1, currency),
        auth_code: Redacted::new(auth_code.to_owned()),
        subject: "payspec scale".into(),
        description: Some("payspec scale".into()),
        device_id: Some("SCALE-POS".into()),
        notify_url: None,
    }
}

fn divisor() -> u32 {
    u32::try_from(knob("PAYSPEC_SCALE_DIVISOR", DIVISOR as usize)).unwrap_or(DIVISOR)
}

/// A setting, overridable from the environment for experiments (at least 1).
fn knob(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
        .max(1)
}

/// A payment's gateway: the provider's, counting the payments now waiting for the customer.
struct Watched<'a> {
    inner: &'a SpecGateway,
    counters: &'a Counters,
    /// Calls in flight over all payments.
    limit: &'a Semaphore,
    /// The pay call answered "paying": this payment is counted in `waiting`.
    answered: AtomicBool,
}

impl<'a> Watched<'a> {
    fn new(inner: &'a SpecGateway, counters: &'a Counters, limit: &'a Semaphore) -> Watched<'a> {
        Watched {
            inner,
            counters,
            limit,
            answered: AtomicBool::new(false),
        }
    }
}

impl Watched<'_> {
    /// A turn among the calls in flight, waited for before anything is built or sent.
    async fn permit(&self) -> Result<tokio::sync::SemaphorePermit<'_>, Error> {
        // The semaphore is never closed; if it were, nothing would have been sent.
        self.limit
            .acquire()
            .await
            .map_err(|_| Error::Transport(TransportError::Connect("limit closed".into())))
    }
}

impl Gateway for Watched<'_> {
    fn module(&self) -> &'static ProviderModule {
        self.inner.module()
    }

    fn pay<'a>(&'a self, intent: &'a PayIntent) -> BoxFuture<'a, Result<TradeView, Error>> {
        Box::pin(async move {
            let _permit = self.permit().await?;
            let result = self.inner.pay(intent).await;
            if matches!(&result, Ok(v) if v.classification == Classification::Pending) {
                self.answered.store(true, Ordering::Relaxed);
                let now = self.counters.waiting.fetch_add(1, Ordering::Relaxed) + 1;
                self.counters.peak_waiting.fetch_max(now, Ordering::Relaxed);
            }
            result
        })
    }

    fn query<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>> {
        Box::pin(async move {
            let _permit = self.permit().await?;
            self.inner.query(order_id).await
        })
    }

    fn reverse<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>> {
        Box::pin(async move {
            let _permit = self.permit().await?;
            self.inner.reverse(order_id).await
        })
    }
}

/// `target/release/payspec`: cargo builds the package's binaries for its benches.
fn payspec_executable() -> Option<PathBuf> {
    let from_cargo = option_env!("CARGO_BIN_EXE_payspec").map(PathBuf::from);
    // The bench runs as target/release/deps/scale-<hash>; the binary is target/release/payspec.
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.join("payspec")));
    from_cargo
        .into_iter()
        .chain(beside)
        .find(|path| path.is_file())
}

/// `payspec sandbox --port 0` under `timeout`, so it stops by itself even if this process dies.
struct ChildSandbox {
    process: Child,
    addr: String,
}

impl ChildSandbox {
    fn start(exe: &PathBuf) -> Result<ChildSandbox, String> {
        let limit = (BOUND + Duration::from_secs(20)).as_secs().to_string();
        let mut process = Command::new("timeout")
            .args(["-s", "INT", "-k", "5", &limit])
            .arg(exe)
            .args(["sandbox", "--port", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot run `timeout {}`: {e}", exe.display()))?;
        let stdout = process.stdout.take().expect("piped stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        // Reads every line (so the server never writes into a closed pipe); sends the first.
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines().map_while(Result::ok);
            let _ = tx.send(lines.next());
            lines.for_each(drop);
        });
        let first = rx.recv_timeout(Duration::from_secs(10)).ok().flatten();
        let addr = first
            .as_deref()
            .and_then(|l| l.strip_prefix("payspec sandbox on http://"))
            .map(str::to_owned);
        match addr {
            Some(addr) => Ok(ChildSandbox { process, addr }),
            None => {
                let _ = process.kill();
                let _ = process.wait();
                Err(format!("unexpected first line {first:?}"))
            }
        }
    }

    /// SIGINT (which `timeout` passes on): the sandbox finishes its requests and exits.
    fn stop(mut self) {
        let _ = Command::new("kill")
            .args(["-INT", &self.process.id().to_string()])
            .status();
        if wait_bounded(&mut self.process, Duration::from_secs(10)).is_err() {
            println!("warning: the simulator child did not stop on SIGINT; killed");
        }
    }
}

/// A `kB` field of `/proc/self/status` (`VmHWM:`, `VmRSS:`).
fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.split_whitespace().next())
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}
