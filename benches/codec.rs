//! Generated vs hand-written: Pooul `micropay`, encode (validate + sign, rule 1) and decode
//! (verify over the bytes as received, classify, parse), plus `codegen generate` wall time.
//!
//! `cargo bench --bench codec`. The two paths are checked to do the same job before anything is
//! timed (byte-identical request bodies; the hand-written decode accepts the generated reply and
//! reads the same values). Batches of the two alternate so that machine drift hits both; each
//! figure is the median over the rounds. The last line is the ratio of the medians of
//! encode + decode per operation.

mod hand_written;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use payspec_core::{
    Classification, EncodeContext, EnvelopeStatus, Flag, Message, Money, Redacted, Timestamp,
};
use payspec_generated::pooul;
use payspec_generated::pooul::micropay::{MicropayRequest, MicropayResponse};

const MERCHANT_ID: &str = "59382e3c0a1b2c3d4e5f60d0cfc3e";
const KEY: &str = "bench-key-0123456789abcdef";
const NONCE: &str = "0123456789abcdefghijABCDEFGHIJ01";
const UNIX_TIME: i64 = 1_532_513_165;

const ROUNDS: usize = 60;
/// Each timed batch runs about this long.
const BATCH: Duration = Duration::from_millis(5);
const WARM_UP: Duration = Duration::from_millis(200);

fn config() -> pooul::Config {
    pooul::Config {
        merchant_id: MERCHANT_ID.into(),
        key: Redacted::new(KEY.into()),
    }
}

fn ctx() -> EncodeContext {
    EncodeContext {
        unix_time: UNIX_TIME,
        nonce: NONCE.into(),
        message_id: "fd03f269-3180-4575-8af0-8f6cf324fb0f".into(),
    }
}

/// The request's values, shared by both builders.
struct Order {
    mch_trade_id: &'static str,
    device_info: &'static str,
    subject: &'static str,
    body: &'static str,
    attach: &'static str,
    total_fee: i64,
    spbill_create_ip: &'static str,
    auth_code: &'static str,
    time_start: i64,
    time_expire: i64,
    op_user_id: &'static str,
    store_id: &'static str,
}

const ORDER: Order = Order {
    mch_trade_id: "alex.alipay.1489012345678",
    device_info: "POS-0001",
    subject: "门店消费",
    body: "超市购物 3 件",
    attach: "shift=2",
    total_fee: 2_580,
    spbill_create_ip: "192.168.10.23",
    auth_code: "284447106610060508",
    time_start: UNIX_TIME,
    time_expire: UNIX_TIME + 300,
    op_user_id: "cashier-07",
    store_id: "store-0042",
};

fn generated_request(o: &Order) -> MicropayRequest {
    let at = |unix| Timestamp::from_unix(unix).expect("time");
    MicropayRequest::new(
        o.mch_trade_id,
        o.device_info,
        o.subject,
        o.body,
        Money::fen(o.total_fee),
        o.auth_code,
    )
    .with_attach(o.attach)
    .with_spbill_create_ip(o.spbill_create_ip)
    .with_time_start(at(o.time_start))
    .with_time_expire(at(o.time_expire))
    .with_op_user_id(o.op_user_id)
    .with_store_id(o.store_id)
    .with_scene(pooul::Scene::BarCode)
    .with_settle_type(pooul::SettleType::Standard)
}

fn hand_request(o: &Order) -> hand_written::MicropayRequest {
    hand_written::MicropayRequest {
        mch_trade_id: o.mch_trade_id.into(),
        device_info: o.device_info.into(),
        subject: o.subject.into(),
        body: o.body.into(),
        attach: Some(o.attach.into()),
        total_fee: o.total_fee,
        spbill_create_ip: o.spbill_create_ip.into(),
        auth_code: o.auth_code.into(),
        time_start: Some(o.time_start),
        time_expire: Some(o.time_expire),
        op_user_id: Some(o.op_user_id.into()),
        store_id: Some(o.store_id.into()),
        op_device_id: None,
        goods_tag: None,
        scene: Some("bar_code".into()),
        settle_type: Some(1),
    }
}

/// A full successful reply, like the document's example plus the fields it leaves out.
fn reply_content() -> MicropayResponse {
    let total = Money::fen(ORDER.total_fee);
    MicropayResponse::new(
        MERCHANT_ID,
        ORDER.mch_trade_id,
        "5970a1b2c3d4e491",
        total,
        pooul::TradeState::Success,
    )
    .with_device_info(ORDER.device_info)
    .with_nonce_str("Zx81kQp0Lm3Nb7Vc2Hs9Jd4Fg6Ta5Wr1")
    .with_need_query(Flag::No)
    .with_openid("2088022222615")
    .with_ch_trade_id("755290000767853")
    .with_out_trade_id("2017072521001004215872936")
    .with_coupon_fee(Money::fen(0))
    .with_currency_type("CNY")
    .with_attach(ORDER.attach)
    .with_bank_type("DEBIT_CARD")
    .with_time_end(Timestamp::from_unix(UNIX_TIME + 7).expect("time"))
    .with_appid("2016072900117047")
    .with_fee_type("CNY")
    .with_buyer_logon_id("132****5309")
    .with_fund_bill_list(
        r#"[{"amount":"25.80","fundChannel":"ALIPAYACCOUNT","fundType":"DEBIT_CARD"}]"#,
    )
    .with_buyer_user_id("2088022222615")
    .with_buyer_pay_amount(total)
    .with_invoice_amount(total)
    .with_point_amount(Money::fen(0))
    .with_receipt_amount(total)
}

fn generated_encode(config: &pooul::Config, ctx: &EncodeContext) -> Message {
    let request = generated_request(black_box(&ORDER));
    request.encode(config, ctx).expect("encodes")
}

fn hand_encode() -> Vec<u8> {
    let request = hand_request(black_box(&ORDER));
    hand_written::encode_request(&request, black_box(MERCHANT_ID), black_box(KEY), NONCE)
        .expect("encodes")
}

fn generated_decode(message: &Message, config: &pooul::Config) -> (Classification, i64) {
    let reply = MicropayResponse::decode(message, config).expect("decodes");
    let body = reply.body.expect("content");
    (reply.classification, body.total_fee.minor())
}

fn hand_decode(body: &[u8]) -> (i64, i64) {
    let reply = hand_written::decode_response(body, black_box(KEY)).expect("decodes");
    (reply.trade_state, reply.total_fee)
}

/// Both paths do the same job: identical request bytes, the same reading of the same reply.
fn check_equivalence(config: &pooul::Config, ctx: &EncodeContext, reply: &Message) {
    let generated = generated_encode(config, ctx);
    let hand = hand_encode();
    assert_eq!(
        String::from_utf8_lossy(&generated.body),
        String::from_utf8_lossy(&hand),
        "request bodies differ"
    );
    assert!(generated.headers.is_empty());

    let decoded = MicropayResponse::decode(reply, config).expect("generated decode");
    assert_eq!(decoded.classification, Classification::Success);
    let typed = decoded.body.expect("content");
    let by_hand = hand_written::decode_response(&reply.body, KEY).expect("hand-written decode");
    assert_eq!(
        Some(by_hand.trade_state.to_string()),
        decoded.trade_state,
        "trade_state"
    );
    assert_eq!(by_hand.trade_state, 0);
    assert_eq!(by_hand.total_fee, typed.total_fee.minor());
    assert_eq!(by_hand.mch_trade_id, typed.mch_trade_id);
    assert_eq!(
        by_hand.receipt_amount.as_deref(),
        typed.receipt_amount.map(|m| m.render_major()).as_deref()
    );

    // Both refuse a reply whose signed data was changed.
    let tampered = Message {
        body: String::from_utf8(reply.body.clone())
            .expect("utf-8")
            .replace("\"trade_state\":0", "\"trade_state\":7")
            .into_bytes(),
        headers: Vec::new(),
    };
    assert_ne!(tampered.body, reply.body);
    assert!(MicropayResponse::decode(&tampered, config).is_err());
    assert!(hand_written::decode_response(&tampered.body, KEY).is_err());
}

/// One timed batch: ns per call, on this thread's CPU clock (when there is one) and on the wall
/// clock.
#[derive(Clone, Copy)]
struct Sample {
    cpu: Option<f64>,
    wall: f64,
}

impl std::ops::Add for Sample {
    type Output = Sample;

    fn add(self, other: Sample) -> Sample {
        Sample {
            cpu: self.cpu.zip(other.cpu).map(|(a, b)| a + b),
            wall: self.wall + other.wall,
        }
    }
}

/// Nanoseconds this thread has spent on a CPU (`CLOCK_THREAD_CPUTIME_ID`). On a machine shared
/// with other work, a batch that is preempted is charged for the wait on the wall clock but not
/// on this one, so the figures compare the two paths' own work.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_ns() -> Option<u64> {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, out: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut now = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable `struct timespec` (two 64-bit fields on 64-bit Linux).
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut now) };
    (rc == 0).then(|| now.tv_sec as u64 * 1_000_000_000 + now.tv_nsec as u64)
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_ns() -> Option<u64> {
    None
}

/// Runs `f` `n` times.
fn batch<R>(n: u64, mut f: impl FnMut() -> R) -> Sample {
    let cpu_start = thread_cpu_ns();
    let start = Instant::now();
    for _ in 0..n {
        black_box(f());
    }
    let wall = start.elapsed().as_nanos() as f64 / n as f64;
    let cpu = cpu_start
        .zip(thread_cpu_ns())
        .map(|(from, to)| to.saturating_sub(from) as f64 / n as f64);
    Sample { cpu, wall }
}

/// Runs `f` for `WARM_UP`: caches, branch predictors and the allocator's free lists settle.
fn warm_up<R>(mut f: impl FnMut() -> R) {
    let start = Instant::now();
    while start.elapsed() < WARM_UP {
        black_box(f());
    }
}

/// Iterations that make one batch take about `BATCH` (on the CPU clock when there is one).
fn calibrate<R>(mut f: impl FnMut() -> R) -> u64 {
    let mut n = 16u64;
    loop {
        let sample = batch(n, &mut f);
        let per = sample.cpu.unwrap_or(sample.wall);
        if per * n as f64 >= BATCH.as_nanos() as f64 / 4.0 {
            return ((BATCH.as_nanos() as f64 / per) as u64).max(1);
        }
        n *= 2;
    }
}

/// Median, min and max of the batches, on the CPU clock when every batch has it.
struct Figure {
    median: f64,
    min: f64,
    max: f64,
    wall_median: f64,
}

impl Figure {
    fn of(samples: &[Sample]) -> Figure {
        let mut wall: Vec<f64> = samples.iter().map(|s| s.wall).collect();
        let mut main: Vec<f64> = match samples.iter().map(|s| s.cpu).collect::<Option<Vec<_>>>() {
            Some(cpu) => cpu,
            None => wall.clone(),
        };
        let (min, max) = spread(&main);
        Figure {
            median: median(&mut main),
            min,
            max,
            wall_median: median(&mut wall),
        }
    }
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    // The middle value, or the mean of the two middle values.
    (values[(n - 1) / 2] + values[n / 2]) / 2.0
}

fn spread(values: &[f64]) -> (f64, f64) {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (min, max)
}

/// `CODEC_BENCH_PROFILE=<gen|hand>-<encode|decode>[:calls]`: only that path, for 3 s or the
/// number of calls given, for a profiler (`perf record`, `valgrind --tool=callgrind`).
fn profile_loop(spec: &str, config: &pooul::Config, ctx: &EncodeContext, reply: &Message) {
    let (which, calls) = match spec.split_once(':') {
        Some((which, calls)) => (which, calls.parse::<u64>().ok()),
        None => (spec, None),
    };
    let one = || match which {
        "gen-encode" => drop(black_box(generated_encode(config, ctx))),
        "gen-decode" => drop(black_box(generated_decode(reply, config))),
        "hand-encode" => drop(black_box(hand_encode())),
        "hand-decode" => drop(black_box(hand_decode(&reply.body))),
        other => panic!("CODEC_BENCH_PROFILE: unknown path `{other}`"),
    };
    let start = Instant::now();
    let mut n = 0u64;
    match calls {
        Some(calls) => (0..calls).for_each(|_| one()),
        None => {
            while start.elapsed() < Duration::from_secs(3) {
                (0..100).for_each(|_| one());
                n += 100;
            }
        }
    }
    println!("{which}: {} calls", calls.unwrap_or(n));
}

fn main() {
    let config = config();
    let ctx = ctx();
    let reply = MicropayResponse::encode(
        Some(&reply_content()),
        &EnvelopeStatus {
            code: Some("0".into()),
            ..EnvelopeStatus::default()
        },
        &config,
        &ctx,
    )
    .expect("reply encodes");
    check_equivalence(&config, &ctx, &reply);
    if let Ok(which) = std::env::var("CODEC_BENCH_PROFILE") {
        profile_loop(&which, &config, &ctx, &reply);
        return;
    }
    println!(
        "pooul micropay: request {} bytes, reply {} bytes (bodies checked identical)",
        generated_encode(&config, &ctx).body.len(),
        reply.body.len()
    );

    warm_up(|| generated_encode(&config, &ctx));
    warm_up(hand_encode);
    warm_up(|| generated_decode(&reply, &config));
    warm_up(|| hand_decode(&reply.body));
    // The same batch size for both sides of each operation.
    let n_enc = calibrate(|| generated_encode(&config, &ctx)).min(calibrate(hand_encode));
    let n_dec =
        calibrate(|| generated_decode(&reply, &config)).min(calibrate(|| hand_decode(&reply.body)));

    let mut gen_enc = Vec::with_capacity(ROUNDS);
    let mut gen_dec = Vec::with_capacity(ROUNDS);
    let mut hand_enc = Vec::with_capacity(ROUNDS);
    let mut hand_dec = Vec::with_capacity(ROUNDS);
    // ABBA: which side goes first alternates by round.
    let mut generated_first = true;
    for _ in 0..ROUNDS {
        for first in [generated_first, !generated_first] {
            if first {
                gen_enc.push(batch(n_enc, || generated_encode(&config, &ctx)));
                gen_dec.push(batch(n_dec, || generated_decode(&reply, &config)));
            } else {
                hand_enc.push(batch(n_enc, hand_encode));
                hand_dec.push(batch(n_dec, || hand_decode(&reply.body)));
            }
        }
        generated_first = !generated_first;
    }
    let gen_total: Vec<Sample> = gen_enc.iter().zip(&gen_dec).map(|(&e, &d)| e + d).collect();
    let hand_total: Vec<Sample> = hand_enc
        .iter()
        .zip(&hand_dec)
        .map(|(&e, &d)| e + d)
        .collect();

    let clock = if thread_cpu_ns().is_some() {
        "thread CPU time"
    } else {
        "wall clock"
    };
    println!(
        "{ROUNDS} rounds, {n_enc} encodes / {n_dec} decodes per batch; ns/op by {clock}: \
         median [min..max] (wall-clock median)"
    );
    let figures = [
        ("generated    encode", &gen_enc),
        ("hand-written encode", &hand_enc),
        ("generated    decode", &gen_dec),
        ("hand-written decode", &hand_dec),
        ("generated    encode+decode", &gen_total),
        ("hand-written encode+decode", &hand_total),
    ]
    .map(|(label, samples)| (label, Figure::of(samples)));
    for (label, f) in &figures {
        println!(
            "  {label:<27} {:>8.0} ns/op  [{:.0}..{:.0}]  ({:.0})",
            f.median, f.min, f.max, f.wall_median
        );
    }
    let ratio = figures[4].1.median / figures[5].1.median;
    // Each round's two batches ran back to back, so their ratio is the least touched by drift.
    let clock_of = |s: &Sample| s.cpu.unwrap_or(s.wall);
    let mut paired: Vec<f64> = gen_total
        .iter()
        .zip(&hand_total)
        .map(|(g, h)| clock_of(g) / clock_of(h))
        .collect();
    let (paired_min, paired_max) = spread(&paired);
    println!(
        "  per-round ratio of encode+decode: median {:.2} [{paired_min:.2}..{paired_max:.2}]",
        median(&mut paired)
    );

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    const GENERATE_RUNS: usize = 5;
    let mut generate_ms = Vec::with_capacity(GENERATE_RUNS);
    let mut files = 0;
    for _ in 0..GENERATE_RUNS {
        let start = Instant::now();
        let result = black_box(payspec_codegen::pipeline::generate(black_box(root)));
        generate_ms.push(start.elapsed().as_secs_f64() * 1e3);
        match result {
            Ok(generated) => files = generated.len(),
            Err(diagnostics) => {
                println!(
                    "codegen generate failed with {} diagnostic(s), first: {}",
                    diagnostics.len(),
                    diagnostics
                        .first()
                        .map(|d| format!("{d:?}"))
                        .unwrap_or_default()
                );
                break;
            }
        }
    }
    println!("codegen generate: {files} files per run");
    println!(
        "codegen generate (all specs, in-process): {:.1} ms (median of {})",
        median(&mut generate_ms),
        generate_ms.len()
    );

    println!("codec ratio generated/hand-written: {ratio:.2}");
}
