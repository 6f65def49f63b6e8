//! Query throughput against the simulator: the SDK client (`SpecGateway` over `HttpTransport`)
//! versus `wrk` replaying one pre-signed query body at the same endpoint.
//!
//! What the client does on every call (no reply is cached, no check skipped): the unified
//! query (the order id) becomes the request content, read once as the typed request, which
//! validates itself and is encoded by its generated encoder with a fresh nonce (one read of the
//! OS random source) and signed (MD5); the transport sends it over a pooled keep-alive
//! connection (`HttpTransport`: hyper's HTTP/1 client, the endpoint's URL parsed once and kept)
//! and collects the reply; the reply is verified over the bytes as received and read in one
//! pass (`payspec_core::codec::read`, keeping in a map only the members the unified view
//! reads), classified by the operation's rules, and its unified view (order id checked against
//! the one asked about, trade id, state, exact amount) is built. wrk does none of this: it
//! replays bytes and counts replies, so the ratio is the SDK's cost per call against a client
//! with none.
//!
//! `cargo bench --bench throughput`. The sandbox runs in this process on 127.0.0.1 (a free port)
//! and one Pooul order is paid (scenario `00`) so that every query finds a paid trade. Then, in
//! the same run, `ROUNDS` times alternately: the client with `CONCURRENCY` tasks for `WARM_UP` +
//! `MEASURE`, and `wrk -t2 -c32 -d5s --latency` (install it with `apt-get install -y wrk`;
//! without `wrk` on PATH its part is skipped with a message). The figures are medians over the
//! rounds.
//!
//! The simulator and the client each run on a tokio runtime of their own (a worker per CPU
//! each), as two processes would; the simulator's is the same in both kinds of round. Sharing
//! one runtime made the client's tasks and the simulator's queue behind each other, and gave
//! the client round two threads to compete with the machine's other load where the wrk round
//! had four (the simulator's two and wrk's two).
//!
//! Process CPU is read from `/proc/self/stat` around each window: during the client's it is
//! client + simulator, during wrk's the simulator alone (wrk's own is read from the children's
//! times once it has been waited for). The client runtime's threads are also read on their own
//! (`/proc/self/task`, by thread name), which is the client's own CPU per call. The
//! CPU-normalised ratio, (simulator + wrk) / (client + simulator) CPU per query in the two
//! windows, is insensitive to other load on the machine and is printed beside the wall one.
//! The last line is `client/wrk throughput ratio: X.XX` (medians of requests/s).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use payspec::providers::pooul;
use payspec::sandbox::{self, Sandbox, Scenario};
use payspec_client::exchange::join_url;
use payspec_client::transport::{HttpCall, HttpTransport, Transport, TransportConfig};
use payspec_client::{Gateway, PayIntent, SpecGateway};
use payspec_core::{Classification, Currency, EncodeContext, Money, Redacted};
use tokio::net::TcpListener;

/// Concurrent client tasks (and wrk connections).
const CONCURRENCY: usize = 32;
const WARM_UP: Duration = Duration::from_secs(1);
const MEASURE: Duration = Duration::from_secs(5);
/// Client and wrk runs, alternating; the figures are medians.
const ROUNDS: usize = 3;
const ORDER_ID: &str = "BENCHQ0001";
/// The name of the client runtime's threads, by which their CPU time is told apart.
const CLIENT_THREADS: &str = "client";

fn main() {
    // The simulator stands for the provider, another process on another machine: it gets a
    // runtime of its own, the same one in the client's rounds and in wrk's, so the client's
    // tasks and the simulator's never queue behind each other on one scheduler (as wrk's
    // threads never queue behind the simulator's). Each has a worker per CPU, as a process of
    // its own would.
    let simulator = tokio::runtime::Builder::new_multi_thread()
        .thread_name("simulator")
        .enable_all()
        .build()
        .expect("simulator runtime");
    let handle = simulator.block_on(async {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        sandbox::spawn(listener, Sandbox::new(payspec::providers::MODULES)).expect("spawn")
    });
    let client = tokio::runtime::Builder::new_multi_thread()
        .thread_name(CLIENT_THREADS)
        .enable_all()
        .build()
        .expect("client runtime");
    client.block_on(run(&handle));
    // The client's pooled connections close with its runtime, before the simulator stops.
    drop(client);
    let shutdown = simulator
        .block_on(async { tokio::time::timeout(Duration::from_secs(10), handle.shutdown()).await });
    if !matches!(shutdown, Ok(Ok(()))) {
        eprintln!("warning: sandbox did not stop cleanly: {shutdown:?}");
    }
}

async fn run(handle: &sandbox::SandboxHandle) {
    let creds: BTreeMap<String, String> = handle
        .credentials(pooul::MODULE.provider.name)
        .expect("pooul credentials")
        .clone();
    let base_url = handle.base_url(pooul::MODULE.provider.name);
    let transport = Arc::new(
        HttpTransport::new(TransportConfig {
            connect_timeout: Duration::from_secs(2),
            total_timeout: Duration::from_secs(10),
            ..TransportConfig::default()
        })
        .expect("transport"),
    );
    let gateway = Arc::new(SpecGateway::new(
        &pooul::MODULE,
        Arc::new(creds.clone()),
        base_url.clone(),
        transport.clone(),
    ));

    // One paid trade for every query to find.
    let intent = PayIntent {
        order_id: ORDER_ID.into(),
        amount: Money::from_minor(1, Currency::CNY),
        auth_code: Redacted::new(Scenario::Success.auth_code()),
        subject: "throughput bench".into(),
        description: Some("throughput bench".into()),
        device_id: Some("BENCH-POS".into()),
        notify_url: None,
    };
    let paid = gateway.pay(&intent).await.expect("pay");
    assert_eq!(paid.classification, Classification::Success, "{paid:?}");
    let first = gateway.query(ORDER_ID).await.expect("query");
    assert_eq!(first.classification, Classification::Success, "{first:?}");

    println!(
        "payspec throughput: query of one paid Pooul order, simulator in-process at {}",
        handle.addr()
    );
    println!(
        "machine: {} CPUs; client and simulator on runtimes of their own, each with a worker \
         thread per CPU",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );

    // The request wrk replays: built and signed by the generated code, checked once to be
    // accepted and answered Success by the simulator.
    let config = pooul::Config {
        merchant_id: creds
            .get("merchant_id")
            .expect("merchant_id credential")
            .clone(),
        key: Redacted::new(creds.get("key").expect("key credential").clone()),
    };
    let request = pooul::query::QueryRequest::new().with_mch_trade_id(ORDER_ID);
    let message = request
        .encode(&config, &EncodeContext::try_fresh().expect("context"))
        .expect("encode query");
    let url = join_url(&base_url, pooul::query::OPERATION.path);
    let reply = transport
        .send(HttpCall {
            provider: pooul::MODULE.provider.name,
            operation: pooul::query::OPERATION.name,
            method: pooul::query::OPERATION.http_method,
            url: url.clone(),
            message: message.clone(),
        })
        .await
        .expect("the signed body is answered");
    let decoded = pooul::query::QueryResponse::decode(&reply, &config).expect("reply verifies");
    assert_eq!(decoded.classification, Classification::Success);
    let wrk = find_on_path("wrk");
    if wrk.is_none() {
        println!("wrk: skipped (`wrk` is not on PATH; install it with `apt-get install -y wrk`)");
    }

    // Rounds of client then wrk, alternating, so that drift in the machine's load hits both.
    let mut clients = Vec::new();
    let mut wrks = Vec::new();
    let mut wrk_failed = false;
    for round in 1..=ROUNDS {
        let client = client_run(gateway.clone()).await;
        println!(
            "round {round} client: {CONCURRENCY} tasks, {:.0} s: {} queries classified \
             Success, {} errors, {} not Success -> {:.0} requests/s; process CPU {:.2} s of \
             {:.0} s = {:.0} µs per query (client {:.0} + simulator {:.0})",
            MEASURE.as_secs_f64(),
            client.ok,
            client.errors,
            client.not_success,
            client.rps(),
            client.cpu.as_secs_f64(),
            MEASURE.as_secs_f64() * cpus() as f64,
            client.cpu_us(),
            client.own_us(),
            client.cpu_us() - client.own_us(),
        );
        clients.push(client);
        let Some(wrk) = wrk.clone() else { continue };
        let (url, message) = (url.clone(), message.clone());
        match tokio::task::spawn_blocking(move || wrk_run(&wrk, &url, &message))
            .await
            .expect("wrk task")
        {
            Err(why) => {
                println!("round {round} wrk: failed: {why}");
                wrk_failed = true;
            }
            Ok(w) => {
                println!(
                    "round {round} wrk: -t2 -c{CONCURRENCY} -d{}s --latency, one signed body \
                     replayed: {} requests, {:.0} requests/s, latency p50 {} p99 {}, {}; CPU: \
                     simulator {:.0} µs, wrk {:.0} µs per query",
                    MEASURE.as_secs(),
                    w.requests,
                    w.rps,
                    w.p50,
                    w.p99,
                    if w.non_2xx == 0 && w.socket_errors.is_none() {
                        "all responses 2xx, no socket errors".to_string()
                    } else {
                        format!(
                            "{} non-2xx responses, socket errors: {}",
                            w.non_2xx,
                            w.socket_errors.as_deref().unwrap_or("none")
                        )
                    },
                    w.per_query(w.cpu),
                    w.per_query(w.wrk_cpu),
                );
                wrk_failed |= w.non_2xx > 0;
                wrks.push(w);
            }
        }
    }
    let client_rps = median(clients.iter().map(ClientRun::rps));
    let client_cpu = median(clients.iter().map(ClientRun::cpu_us));
    let client_own = median(clients.iter().map(ClientRun::own_us));
    let errors: u64 = clients.iter().map(|c| c.errors + c.not_success).sum();
    println!(
        "client (median of {ROUNDS}): {client_rps:.0} requests/s, {client_cpu:.0} µs CPU per \
         query for client + simulator; {errors} errors or non-Success answers in all"
    );
    if wrks.is_empty() || wrk_failed {
        println!("client/wrk throughput ratio: n/a (wrk not run or not all 2xx)");
        return;
    }
    let wrk_rps = median(wrks.iter().map(|w| w.rps));
    let server_cpu = median(wrks.iter().map(|w| w.per_query(w.cpu)));
    let wrk_cpu = median(wrks.iter().map(|w| w.per_query(w.wrk_cpu)));
    println!(
        "wrk (median of {}): {wrk_rps:.0} requests/s, all 2xx; simulator {server_cpu:.0} µs + \
         wrk {wrk_cpu:.0} µs CPU per query",
        wrks.len()
    );
    println!(
        "the client's own CPU: {client_own:.0} µs per query (encode, sign, HTTP client, \
         verify, read, classify: the client runtime's threads); the simulator's while serving \
         it: {:.0} µs per query",
        client_cpu - client_own
    );
    println!(
        "CPU-normalised client/wrk ratio (queries per CPU-second, both sides counted): {:.2}",
        (server_cpu + wrk_cpu) / client_cpu
    );
    println!("client/wrk throughput ratio: {:.2}", client_rps / wrk_rps);
}

fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => 0.0,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

struct ClientRun {
    ok: u64,
    errors: u64,
    not_success: u64,
    /// The whole process: client and simulator.
    cpu: Duration,
    /// The client runtime's threads alone.
    own: Duration,
}

impl ClientRun {
    fn rps(&self) -> f64 {
        self.ok as f64 / MEASURE.as_secs_f64()
    }

    fn cpu_us(&self) -> f64 {
        self.cpu.as_secs_f64() * 1e6 / self.ok.max(1) as f64
    }

    fn own_us(&self) -> f64 {
        self.own.as_secs_f64() * 1e6 / self.ok.max(1) as f64
    }
}

async fn client_run(gateway: Arc<SpecGateway>) -> ClientRun {
    let ok = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(AtomicU64::new(0));
    let not_success = Arc::new(AtomicU64::new(0));
    let begin = Instant::now();
    let measure_from = begin + WARM_UP;
    let end = measure_from + MEASURE;
    let mut tasks = Vec::new();
    for _ in 0..CONCURRENCY {
        let (gateway, ok, errors, not_success) = (
            gateway.clone(),
            ok.clone(),
            errors.clone(),
            not_success.clone(),
        );
        tasks.push(tokio::spawn(async move {
            loop {
                let result = gateway.query(ORDER_ID).await;
                let now = Instant::now();
                if now >= end {
                    break;
                }
                if now < measure_from {
                    continue;
                }
                match result {
                    Ok(view) if view.classification == Classification::Success => {
                        ok.fetch_add(1, Ordering::Relaxed);
                    }
                    Ok(_) => {
                        not_success.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(_) => {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
        }));
    }
    tokio::time::sleep_until(measure_from.into()).await;
    let cpu_start = process_cpu();
    let own_start = threads_cpu(CLIENT_THREADS);
    tokio::time::sleep_until(end.into()).await;
    let cpu = process_cpu().saturating_sub(cpu_start);
    let own = threads_cpu(CLIENT_THREADS).saturating_sub(own_start);
    for task in tasks {
        task.await.expect("client task");
    }
    ClientRun {
        ok: ok.load(Ordering::Relaxed),
        errors: errors.load(Ordering::Relaxed),
        not_success: not_success.load(Ordering::Relaxed),
        cpu,
        own,
    }
}

struct WrkRun {
    requests: u64,
    rps: f64,
    non_2xx: u64,
    socket_errors: Option<String>,
    p50: String,
    p99: String,
    /// This process (the simulator) during the run.
    cpu: Duration,
    /// wrk's own CPU time.
    wrk_cpu: Duration,
}

impl WrkRun {
    fn per_query(&self, cpu: Duration) -> f64 {
        cpu.as_secs_f64() * 1e6 / self.requests.max(1) as f64
    }
}

/// Runs wrk against `url` with `message` as the body of every request.
fn wrk_run(wrk: &Path, url: &str, message: &payspec_core::Message) -> Result<WrkRun, String> {
    let mut script = String::from("wrk.method = \"POST\"\n");
    // Every byte as a Lua decimal escape: the body is sent exactly as encoded.
    script.push_str("wrk.body = \"");
    for byte in &message.body {
        let _ = write!(script, "\\{byte}");
    }
    script.push_str("\"\n");
    let mut headers = vec![("Content-Type".to_string(), "application/json".to_string())];
    headers.extend(
        message
            .headers
            .iter()
            .filter(|(n, _)| !n.eq_ignore_ascii_case("content-type"))
            .cloned(),
    );
    for (name, value) in headers {
        let _ = writeln!(
            script,
            "wrk.headers[\"{}\"] = \"{}\"",
            lua_escape(&name),
            lua_escape(&value)
        );
    }
    let path = std::env::temp_dir().join(format!("payspec-throughput-{}.lua", std::process::id()));
    std::fs::write(&path, script).map_err(|e| format!("cannot write the wrk script: {e}"))?;
    let cpu_start = process_cpu();
    let children_start = children_cpu();
    let output = Command::new(wrk)
        .args(["-t2", &format!("-c{CONCURRENCY}")])
        .arg(format!("-d{}s", MEASURE.as_secs()))
        .args(["--latency", "--timeout", "5s", "-s"])
        .arg(&path)
        .arg(url)
        .stdin(Stdio::null())
        .output();
    let cpu = process_cpu().saturating_sub(cpu_start);
    // wrk has been waited for, so its CPU time is now among this process's children's.
    let wrk_cpu = children_cpu().saturating_sub(children_start);
    let _ = std::fs::remove_file(&path);
    let output = output.map_err(|e| format!("cannot run wrk: {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    if !output.status.success() {
        return Err(format!(
            "wrk failed ({}): {}{}",
            output.status,
            text,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let field = |prefix: &str| {
        text.lines()
            .map(str::trim)
            .find_map(|l| l.strip_prefix(prefix).map(|rest| rest.trim().to_string()))
    };
    let rps = field("Requests/sec:")
        .and_then(|v| v.parse::<f64>().ok())
        .ok_or_else(|| format!("no `Requests/sec` in wrk's output:\n{text}"))?;
    let requests = text
        .lines()
        .find(|l| l.contains("requests in"))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let non_2xx = field("Non-2xx or 3xx responses:")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    Ok(WrkRun {
        requests,
        rps,
        non_2xx,
        socket_errors: field("Socket errors:"),
        p50: field("50%").unwrap_or_default(),
        p99: field("99%").unwrap_or_default(),
        cpu,
        wrk_cpu,
    })
}

fn lua_escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// User + system CPU time of this process so far, from `/proc/self/stat` (clock ticks of
/// 10 ms).
fn process_cpu() -> Duration {
    stat_ticks(&[11, 12])
}

/// User + system CPU time so far of this process's threads named `name` (a runtime's workers
/// and blocking threads carry its name), from `/proc/self/task/*/stat`.
fn threads_cpu(name: &str) -> Duration {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return Duration::ZERO;
    };
    let mut ticks = 0;
    for task in tasks.flatten() {
        let Ok(stat) = std::fs::read_to_string(task.path().join("stat")) else {
            continue;
        };
        let comm = stat
            .split_once('(')
            .and_then(|(_, rest)| rest.rsplit_once(')'));
        let Some((comm, rest)) = comm else { continue };
        if comm != name {
            continue;
        }
        let fields: Vec<&str> = rest.split_whitespace().collect();
        ticks += [11, 12]
            .iter()
            .filter_map(|&i| fields.get(i).and_then(|v| v.parse::<u64>().ok()))
            .sum::<u64>();
    }
    Duration::from_millis(ticks * 10)
}

/// User + system CPU time of the children waited for (`cutime`, `cstime`).
fn children_cpu() -> Duration {
    stat_ticks(&[13, 14])
}

/// The sum of fields of `/proc/self/stat`, by index after the command name, as a duration.
fn stat_ticks(indexes: &[usize]) -> Duration {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return Duration::ZERO;
    };
    // Fields after the command name (which is in parentheses and may contain spaces).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime, stime, cutime, cstime are fields 14 to 17 of the line: 11 to 14 after the name.
    let ticks: u64 = indexes
        .iter()
        .filter_map(|&i| fields.get(i).and_then(|v| v.parse::<u64>().ok()))
        .sum();
    Duration::from_millis(ticks * 10)
}

fn cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
