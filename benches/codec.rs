//! Generated vs a tuned hand-written codec (`benches/hand_written`): Pooul `micropay` and
//! ScanForPay `pay`, each encode (validate + sign) and decode (verify over the bytes as
//! received, classify, read the typed content); the peer figure against wechatpy; `codegen
//! generate` wall time.
//!
//! `cargo bench --bench codec`. Before anything is timed, the two paths are checked to do the
//! same job: byte-identical request bodies, and the same reading (classification, status,
//! trade state, every typed field, the members kept as extra) of the same replies — the
//! bench's reply and variants of it (tampered, unsigned, a repeated member, a required member
//! missing, an unknown state, a member the spec does not list, a decimal amount); it panics
//! otherwise.
//!
//! Timing: for each of the four operations the two sides run in alternating batches (which
//! side goes first alternates by round), `ROUNDS` rounds, each batch timed on this thread's CPU
//! clock (`CLOCK_THREAD_CPUTIME_ID`: time the thread spends preempted on a busy machine is not
//! charged). Reported per operation: ns/op of each side by min and by median over the rounds,
//! and the ratio generated/hand-written by min (min over min) and by the median of the
//! per-round ratios (each round's two batches ran back to back, so their ratio is the least
//! touched by drift). Allocations per operation are counted separately (not while timing) by the
//! counting global allocator below: calls that obtain memory (`alloc`, `alloc_zeroed`,
//! `realloc`), and the bytes they asked for.
//!
//! Peer: when `python3` (or `$PAYSPEC_PEER_PYTHON`) can import wechatpy, the run ends with
//! `benches/peer/wechatpy_bench.py` and the ratio wechatpy / generated Pooul encode + sign;
//! otherwise it says how to install it and skips that part.

mod hand_written;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use payspec_core::{
    Classification, EncodeContext, EnvelopeStatus, Flag, Message, MinorAmount, Money, Redacted,
    Reply, Timestamp, WireEnum,
};
use payspec_generated::{pooul, scanforpay};

use hand_written::pooul as hand_pooul;
use hand_written::scanforpay as hand_sfp;

// ---------------------------------------------------------------------------------------------
// Allocation counting

/// `System`, counting what it is asked for while [`COUNTING`] is on (off while timing, so that
/// neither side pays for the counters).
struct CountingAllocator;

static COUNTING: AtomicBool = AtomicBool::new(false);
static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);
static ALLOCATED_BYTES: AtomicU64 = AtomicU64::new(0);

fn count(bytes: usize) {
    if COUNTING.load(Ordering::Relaxed) {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        ALLOCATED_BYTES.fetch_add(bytes as u64, Ordering::Relaxed);
    }
}

// SAFETY: every method forwards its arguments unchanged to `System`, whose implementation
// meets `GlobalAlloc`'s contract; the only other thing done is adding to two atomics, which
// neither allocates nor touches the memory handed out.
#[allow(unsafe_code)] // GlobalAlloc is an unsafe trait: see the SAFETY note
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        System.alloc(layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        System.alloc_zeroed(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// Allocations and bytes per call of `f`, over `calls` calls.
fn allocations_per_call(calls: u64, mut f: impl FnMut()) -> (f64, f64) {
    f();
    let (a0, b0) = (
        ALLOCATIONS.load(Ordering::Relaxed),
        ALLOCATED_BYTES.load(Ordering::Relaxed),
    );
    COUNTING.store(true, Ordering::Relaxed);
    for _ in 0..calls {
        f();
    }
    COUNTING.store(false, Ordering::Relaxed);
    let allocations = ALLOCATIONS.load(Ordering::Relaxed) - a0;
    let bytes = ALLOCATED_BYTES.load(Ordering::Relaxed) - b0;
    (
        allocations as f64 / calls as f64,
        bytes as f64 / calls as f64,
    )
}

// ---------------------------------------------------------------------------------------------
// The messages. Every value of a generated type is built in the one function for its message
// (`*_config`, `*_request`, `*_reply_content`), so a change of the generated API is made there.

const UNIX_TIME: i64 = 1_532_513_165;
const NONCE: &str = "0123456789abcdefghijABCDEFGHIJ01";
const MESSAGE_ID: &str = "fd03f269-3180-4575-8af0-8f6cf324fb0f";

fn ctx() -> EncodeContext {
    EncodeContext {
        unix_time: UNIX_TIME,
        nonce: NONCE.into(),
        message_id: MESSAGE_ID.into(),
    }
}

const POOUL_MERCHANT_ID: &str = "59382e3c0a1b2c3d4e5f60d0cfc3e";
const POOUL_KEY: &str = "bench-key-0123456789abcdef";

/// The Pooul order's values, shared by both builders.
struct PooulOrder {
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

const POOUL_ORDER: PooulOrder = PooulOrder {
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

fn pooul_config() -> pooul::Config {
    pooul::Config {
        merchant_id: POOUL_MERCHANT_ID.into(),
        key: Redacted::new(POOUL_KEY.into()),
    }
}

fn pooul_request(o: &PooulOrder) -> pooul::micropay::MicropayRequest {
    let at = |unix| Timestamp::from_unix(unix).expect("time");
    pooul::micropay::MicropayRequest::new(
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

/// A full successful reply, like the document's example plus the fields it leaves out.
fn pooul_reply_content() -> pooul::micropay::MicropayResponse {
    let o = &POOUL_ORDER;
    let total = Money::fen(o.total_fee);
    pooul::micropay::MicropayResponse::new(
        POOUL_MERCHANT_ID,
        o.mch_trade_id,
        "5970a1b2c3d4e491",
        total,
        pooul::TradeState::Success,
    )
    .with_device_info(o.device_info)
    .with_nonce_str("Zx81kQp0Lm3Nb7Vc2Hs9Jd4Fg6Ta5Wr1")
    .with_need_query(Flag::No)
    .with_openid("2088022222615")
    .with_ch_trade_id("755290000767853")
    .with_out_trade_id("2017072521001004215872936")
    .with_coupon_fee(Money::fen(0))
    .with_currency_type("CNY")
    .with_attach(o.attach)
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

fn hand_pooul_credentials() -> hand_pooul::Credentials<'static> {
    hand_pooul::Credentials {
        merchant_id: POOUL_MERCHANT_ID,
        key: POOUL_KEY,
    }
}

fn hand_pooul_request(o: &PooulOrder) -> hand_pooul::MicropayRequest<'_> {
    hand_pooul::MicropayRequest {
        mch_trade_id: o.mch_trade_id,
        device_info: o.device_info,
        subject: o.subject,
        body: o.body,
        attach: Some(o.attach),
        total_fee: o.total_fee,
        spbill_create_ip: o.spbill_create_ip,
        auth_code: o.auth_code,
        time_start: Some(o.time_start),
        time_expire: Some(o.time_expire),
        op_user_id: Some(o.op_user_id),
        store_id: Some(o.store_id),
        op_device_id: None,
        goods_tag: None,
        scene: Some(hand_pooul::Scene::BarCode),
        settle_type: Some(hand_pooul::SettleType::Standard),
    }
}

const SFP_PARTNER_NO: &str = "SP0000000123";
const SFP_STORE_NO: &str = "ST0000000456";
const SFP_KEY: &str = "bench-sha256-key-0123456789abcdef";

/// The ScanForPay order's values, shared by both builders (JPY, as the document's examples).
struct SfpOrder {
    partner_order_no: &'static str,
    barcode: &'static str,
    order_amount: i64,
    order_title: &'static str,
    operator_id: &'static str,
    terminal_no: &'static str,
    notify_url: &'static str,
}

const SFP_ORDER: SfpOrder = SfpOrder {
    partner_order_no: "20180802100000001",
    barcode: "284447106610060508",
    order_amount: 2_100,
    order_title: "门店消费 Tokyo",
    operator_id: "cashier-07",
    terminal_no: "POS-0001",
    notify_url: "https://merchant.test/notify/scanforpay",
};

fn scanforpay_config() -> scanforpay::Config {
    scanforpay::Config {
        partner_no: SFP_PARTNER_NO.into(),
        store_no: SFP_STORE_NO.into(),
        key: Redacted::new(SFP_KEY.into()),
        currency: "JPY".into(),
    }
}

fn scanforpay_request(o: &SfpOrder) -> scanforpay::pay::PayRequest {
    scanforpay::pay::PayRequest::new(o.partner_order_no, o.barcode, MinorAmount(o.order_amount))
        .with_order_title(o.order_title)
        .with_operator_id(o.operator_id)
        .with_terminal_no(o.terminal_no)
        .with_notify_url(o.notify_url)
}

fn scanforpay_reply_content() -> scanforpay::pay::PayResponse {
    let o = &SFP_ORDER;
    scanforpay::pay::PayResponse::new(
        "SFP201808021000000012345",
        o.partner_order_no,
        scanforpay::TradeState::Success,
    )
    .with_order_amount(MinorAmount(o.order_amount))
    .with_wallet(scanforpay::Wallet::Alipay)
    .with_pay_time(Timestamp::parse_rfc3339("2018-07-25T17:54:00+08:00").expect("time"))
    .with_currency("JPY")
    .with_buyer("c*@gmail.com")
    .with_buyer_id("2088022222615012")
}

fn hand_sfp_credentials() -> hand_sfp::Credentials<'static> {
    hand_sfp::Credentials {
        partner_no: SFP_PARTNER_NO,
        store_no: SFP_STORE_NO,
        key: SFP_KEY,
    }
}

fn hand_sfp_request(o: &SfpOrder) -> hand_sfp::PayRequest<'_> {
    hand_sfp::PayRequest {
        partner_order_no: o.partner_order_no,
        barcode: o.barcode,
        order_amount: o.order_amount,
        order_title: Some(o.order_title),
        operator_id: Some(o.operator_id),
        terminal_no: Some(o.terminal_no),
        notify_url: Some(o.notify_url),
    }
}

const HAND_SFP_CONTEXT: hand_sfp::Context<'static> = hand_sfp::Context {
    unix_time: UNIX_TIME,
    message_id: MESSAGE_ID,
};

/// Everything the timed calls use, built once: each call encodes the same request or decodes
/// the same reply (building the request is the caller's, not the codec's, work).
struct Fixture {
    ctx: EncodeContext,
    pooul_config: pooul::Config,
    pooul_request: pooul::micropay::MicropayRequest,
    pooul_reply: Message,
    sfp_config: scanforpay::Config,
    sfp_request: scanforpay::pay::PayRequest,
    sfp_reply: Message,
}

impl Fixture {
    fn new() -> Fixture {
        let ctx = ctx();
        let pooul_config = pooul_config();
        let pooul_reply = pooul::micropay::MicropayResponse::encode(
            Some(&pooul_reply_content()),
            &EnvelopeStatus {
                code: Some("0".into()),
                message: Some("ok".into()),
                ..EnvelopeStatus::default()
            },
            &pooul_config,
            &ctx,
        )
        .expect("Pooul reply encodes");
        let sfp_config = scanforpay_config();
        let sfp_reply = scanforpay::pay::PayResponse::encode(
            Some(&scanforpay_reply_content()),
            &EnvelopeStatus {
                code: Some("1".into()),
                message: Some("success".into()),
                ..EnvelopeStatus::default()
            },
            &sfp_config,
            &ctx,
        )
        .expect("ScanForPay reply encodes");
        Fixture {
            pooul_request: pooul_request(&POOUL_ORDER),
            sfp_request: scanforpay_request(&SFP_ORDER),
            ctx,
            pooul_config,
            pooul_reply,
            sfp_config,
            sfp_reply,
        }
    }
}

// The eight timed calls. Each returns something derived from its result, so nothing is
// optimised away.

fn gen_pooul_encode(f: &Fixture) -> usize {
    let message = f
        .pooul_request
        .encode(black_box(&f.pooul_config), &f.ctx)
        .expect("encodes");
    message.body.len()
}

fn hand_pooul_encode(request: &hand_pooul::MicropayRequest<'_>) -> usize {
    let body = hand_pooul::encode(
        black_box(request),
        black_box(&hand_pooul_credentials()),
        NONCE,
    )
    .expect("encodes");
    body.len()
}

fn gen_pooul_decode(f: &Fixture) -> i64 {
    let reply =
        pooul::micropay::MicropayResponse::decode(black_box(&f.pooul_reply), &f.pooul_config)
            .expect("decodes");
    let body = reply.body.expect("content");
    body.total_fee.minor() + i64::from(reply.classification == Classification::Success)
}

fn hand_pooul_decode(f: &Fixture) -> i64 {
    let reply = hand_pooul::decode(black_box(&f.pooul_reply.body), &hand_pooul_credentials())
        .expect("decodes");
    let body = reply.body.expect("content");
    body.total_fee + i64::from(reply.classification == hand_written::Classification::Success)
}

fn gen_sfp_encode(f: &Fixture) -> usize {
    let message = f
        .sfp_request
        .encode(black_box(&f.sfp_config), &f.ctx)
        .expect("encodes");
    message.body.len()
}

fn hand_sfp_encode(request: &hand_sfp::PayRequest<'_>) -> usize {
    let body = hand_sfp::encode(
        black_box(request),
        black_box(&hand_sfp_credentials()),
        &HAND_SFP_CONTEXT,
    )
    .expect("encodes");
    body.len()
}

fn gen_sfp_decode(f: &Fixture) -> i64 {
    let reply = scanforpay::pay::PayResponse::decode(black_box(&f.sfp_reply), &f.sfp_config)
        .expect("decodes");
    let body = reply.body.expect("content");
    body.order_amount.map_or(0, |a| a.0)
        + i64::from(reply.classification == Classification::Success)
}

fn hand_sfp_decode(f: &Fixture) -> i64 {
    let reply =
        hand_sfp::decode(black_box(&f.sfp_reply.body), &hand_sfp_credentials()).expect("decodes");
    let body = reply.body.expect("content");
    body.order_amount.unwrap_or(0)
        + i64::from(reply.classification == hand_written::Classification::Success)
}

// ---------------------------------------------------------------------------------------------
// Equivalence: the same bytes out, the same reading in.

/// What a decoder read from a reply, as text, for comparing the two paths.
#[derive(Debug, PartialEq)]
enum Reading {
    Refused,
    Read {
        classification: &'static str,
        code: Option<String>,
        msg: Option<String>,
        trade_state: Option<String>,
        /// Every typed field as `name=value` (`-` for absent).
        body: Option<Vec<String>>,
        /// Whether a reason is given for an absent body.
        body_error: bool,
        /// Unlisted content members as `name=raw JSON`.
        extra: Vec<String>,
    },
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

fn flag(value: Option<Flag>) -> String {
    opt(value.map(Flag::as_wire))
}

fn hand_flag(value: Option<hand_written::Flag>) -> String {
    opt(value.map(|f| match f {
        hand_written::Flag::Yes => "Y",
        hand_written::Flag::No => "N",
    }))
}

fn hand_classification(c: hand_written::Classification) -> &'static str {
    match c {
        hand_written::Classification::Success => Classification::Success.as_str(),
        hand_written::Classification::Pending => Classification::Pending.as_str(),
        hand_written::Classification::Failed => Classification::Failed.as_str(),
        hand_written::Classification::Unknown => Classification::Unknown.as_str(),
    }
}

fn generated_reading<T>(
    reply: Result<Reply<T>, payspec_core::Error>,
    fields: impl Fn(&T) -> Vec<String>,
) -> Reading {
    match reply {
        Err(_) => Reading::Refused,
        Ok(reply) => Reading::Read {
            classification: reply.classification.as_str(),
            code: reply.status.code.map(String::from),
            msg: reply.status.message.map(String::from),
            trade_state: reply.trade_state.map(String::from),
            body: reply.body.as_ref().map(fields),
            body_error: reply.body_error.is_some(),
            extra: reply
                .extra
                .iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect(),
        },
    }
}

fn pooul_generated_reading(message: &Message, config: &pooul::Config) -> Reading {
    let reply = pooul::micropay::MicropayResponse::decode(message, config);
    generated_reading(reply, |b| {
        let fen = |m: &Option<Money>| opt(m.map(|m| m.minor()));
        vec![
            format!("merchant_id={}", b.merchant_id),
            format!("device_info={}", opt(b.device_info.as_ref())),
            format!("nonce_str={}", opt(b.nonce_str.as_ref())),
            format!("err_code={}", opt(b.err_code.as_ref())),
            format!("err_msg={}", opt(b.err_msg.as_ref())),
            format!("need_query={}", flag(b.need_query)),
            format!("openid={}", opt(b.openid.as_ref())),
            format!("pay_type={}", b.pay_type),
            format!("is_subscribe={}", flag(b.is_subscribe)),
            format!("mch_trade_id={}", b.mch_trade_id),
            format!("ch_trade_id={}", opt(b.ch_trade_id.as_ref())),
            format!("trade_id={}", b.trade_id),
            format!("out_trade_id={}", opt(b.out_trade_id.as_ref())),
            format!("sub_is_subscribe={}", flag(b.sub_is_subscribe)),
            format!("sub_appid={}", opt(b.sub_appid.as_ref())),
            format!("total_fee={}", b.total_fee.minor()),
            format!("coupon_fee={}", fen(&b.coupon_fee)),
            format!("currency_type={}", opt(b.currency_type.as_ref())),
            format!("attach={}", opt(b.attach.as_ref())),
            format!("bank_type={}", opt(b.bank_type.as_ref())),
            format!("bank_billno={}", opt(b.bank_billno.as_ref())),
            format!("time_end={}", opt(b.time_end.map(|t| t.unix()))),
            format!("appid={}", opt(b.appid.as_ref())),
            format!("fee_type={}", opt(b.fee_type.as_ref())),
            format!("buyer_logon_id={}", opt(b.buyer_logon_id.as_ref())),
            format!("fund_bill_list={}", opt(b.fund_bill_list.as_ref())),
            format!("buyer_user_id={}", opt(b.buyer_user_id.as_ref())),
            format!("buyer_pay_amount={}", fen(&b.buyer_pay_amount)),
            format!("invoice_amount={}", fen(&b.invoice_amount)),
            format!("point_amount={}", fen(&b.point_amount)),
            format!("receipt_amount={}", fen(&b.receipt_amount)),
            format!("trade_state={}", b.trade_state.as_wire()),
        ]
    })
}

fn pooul_hand_reading(body: &[u8]) -> Reading {
    let Ok(reply) = hand_pooul::decode(body, &hand_pooul_credentials()) else {
        return Reading::Refused;
    };
    Reading::Read {
        classification: hand_classification(reply.classification),
        code: reply.code.map(|c| c.into_owned()),
        msg: reply.msg.map(|m| m.into_owned()),
        trade_state: reply.trade_state.map(|s| s.into_owned()),
        body: reply.body.as_ref().map(|b| {
            vec![
                format!("merchant_id={}", b.merchant_id),
                format!("device_info={}", opt(b.device_info.as_ref())),
                format!("nonce_str={}", opt(b.nonce_str.as_ref())),
                format!("err_code={}", opt(b.err_code.as_ref())),
                format!("err_msg={}", opt(b.err_msg.as_ref())),
                format!("need_query={}", hand_flag(b.need_query)),
                format!("openid={}", opt(b.openid.as_ref())),
                format!("pay_type={}", b.pay_type),
                format!("is_subscribe={}", hand_flag(b.is_subscribe)),
                format!("mch_trade_id={}", b.mch_trade_id),
                format!("ch_trade_id={}", opt(b.ch_trade_id.as_ref())),
                format!("trade_id={}", b.trade_id),
                format!("out_trade_id={}", opt(b.out_trade_id.as_ref())),
                format!("sub_is_subscribe={}", hand_flag(b.sub_is_subscribe)),
                format!("sub_appid={}", opt(b.sub_appid.as_ref())),
                format!("total_fee={}", b.total_fee),
                format!("coupon_fee={}", opt(b.coupon_fee)),
                format!("currency_type={}", opt(b.currency_type.as_ref())),
                format!("attach={}", opt(b.attach.as_ref())),
                format!("bank_type={}", opt(b.bank_type.as_ref())),
                format!("bank_billno={}", opt(b.bank_billno.as_ref())),
                format!("time_end={}", opt(b.time_end)),
                format!("appid={}", opt(b.appid.as_ref())),
                format!("fee_type={}", opt(b.fee_type.as_ref())),
                format!("buyer_logon_id={}", opt(b.buyer_logon_id.as_ref())),
                format!("fund_bill_list={}", opt(b.fund_bill_list.as_ref())),
                format!("buyer_user_id={}", opt(b.buyer_user_id.as_ref())),
                format!("buyer_pay_amount={}", opt(b.buyer_pay_amount)),
                format!("invoice_amount={}", opt(b.invoice_amount)),
                format!("point_amount={}", opt(b.point_amount)),
                format!("receipt_amount={}", opt(b.receipt_amount)),
                format!("trade_state={}", b.trade_state.wire()),
            ]
        }),
        body_error: reply.body_error.is_some(),
        extra: reply
            .extra
            .iter()
            .map(|(name, raw)| format!("{name}={}", as_value(raw)))
            .collect(),
    }
}

fn sfp_generated_reading(message: &Message, config: &scanforpay::Config) -> Reading {
    let reply = scanforpay::pay::PayResponse::decode(message, config);
    generated_reading(reply, |b| {
        vec![
            format!("orderNo={}", b.order_no),
            format!("partnerOrderNo={}", b.partner_order_no),
            format!("orderAmount={}", opt(b.order_amount.map(|a| a.0))),
            format!("wallet={}", b.wallet.as_wire()),
            format!("status={}", b.status.as_wire()),
            format!(
                "payTime={}",
                opt(b.pay_time.map(|t| format!(
                    "{}.{}{:+}",
                    t.unix(),
                    t.0.nanosecond(),
                    t.offset_minutes()
                )))
            ),
            format!("currency={}", b.currency),
            format!("buyer={}", opt(b.buyer.as_ref())),
            format!("buyerId={}", opt(b.buyer_id.as_ref())),
        ]
    })
}

fn sfp_hand_reading(body: &[u8]) -> Reading {
    let Ok(reply) = hand_sfp::decode(body, &hand_sfp_credentials()) else {
        return Reading::Refused;
    };
    Reading::Read {
        classification: hand_classification(reply.classification),
        code: reply.code.map(|c| c.into_owned()),
        msg: reply.msg.map(|m| m.into_owned()),
        trade_state: reply.trade_state.map(|s| s.into_owned()),
        body: reply.body.as_ref().map(|b| {
            vec![
                format!("orderNo={}", b.order_no),
                format!("partnerOrderNo={}", b.partner_order_no),
                format!("orderAmount={}", opt(b.order_amount)),
                format!("wallet={}", b.wallet.wire()),
                format!("status={}", b.status.wire()),
                format!(
                    "payTime={}",
                    opt(b
                        .pay_time
                        .map(|t| format!("{}.{}{:+}", t.unix, t.nanosecond, t.offset_minutes)))
                ),
                format!("currency={}", b.currency),
                format!("buyer={}", opt(b.buyer.as_ref())),
                format!("buyerId={}", opt(b.buyer_id.as_ref())),
            ]
        }),
        body_error: reply.body_error.is_some(),
        extra: reply
            .extra
            .iter()
            .map(|(name, raw)| format!("{name}={}", as_value(raw)))
            .collect(),
    }
}

/// Raw JSON text as the generated code's `extra` prints it (escapes undone, compact, numbers as
/// their literals).
fn as_value(raw: &str) -> String {
    payspec_core::json::Json::parse(raw)
        .expect("valid JSON")
        .to_string()
}

fn message(body: String) -> Message {
    Message {
        body: body.into_bytes(),
        headers: Vec::new(),
    }
}

/// `body` with its text `from` replaced by `to` (which must occur exactly once).
fn edit(body: &str, from: &str, to: &str) -> String {
    assert_eq!(body.matches(from).count(), 1, "`{from}` in {body}");
    body.replacen(from, to, 1)
}

/// The Pooul reply `body` signed again over its `data` as it now is, by the core's signing
/// primitives (the rule over every member of `data` in the order received, a repeated one too).
fn pooul_resign(body: &str) -> String {
    let recipe = &pooul::PROVIDER.signing;
    let mut top: smallvec::SmallVec<[hand_written::Member<'_>; 8]> = smallvec::SmallVec::new();
    let mut data: smallvec::SmallVec<[hand_written::Member<'_>; 36]> = smallvec::SmallVec::new();
    hand_written::read_envelope(body.as_bytes(), "data", &mut top, &mut data).expect("envelope");
    let members: Vec<payspec_core::signing::WireMember<'_>> = data
        .iter()
        .map(|(name, raw_json)| payspec_core::signing::WireMember { name, raw_json })
        .collect();
    let to_sign =
        payspec_core::signing::string_to_sign(recipe, &members, POOUL_KEY).expect("to sign");
    let signature =
        payspec_core::signing::digest_hex(recipe, &to_sign, POOUL_KEY).expect("a digest");
    let old = hand_written::find(&top, "sign").expect("sign");
    edit(body, old, &format!("\"{signature}\""))
}

/// The ScanForPay reply `body` signed again over its `response` as it now is.
fn sfp_resign(body: &str) -> String {
    let config = scanforpay_config();
    let signature = payspec_core::codec::signature_for(
        &scanforpay::PROVIDER,
        &scanforpay::LAYOUT_RESPONSE,
        body.as_bytes(),
        &config,
    )
    .expect("signature");
    let start = body.find("\"signature\":\"").expect("signature member") + 13;
    format!("{}{signature}{}", &body[..start], &body[start + 64..])
}

/// Both paths do the same job: identical request bytes, the same reading of the same replies.
/// Returns the number of replies read.
fn check_equivalence(f: &Fixture) -> usize {
    // Pooul: encode.
    let generated = f
        .pooul_request
        .encode(&f.pooul_config, &f.ctx)
        .expect("generated encode");
    let hand = hand_pooul::encode(
        &hand_pooul_request(&POOUL_ORDER),
        &hand_pooul_credentials(),
        NONCE,
    )
    .expect("hand-written encode");
    assert_eq!(
        String::from_utf8_lossy(&generated.body),
        String::from_utf8_lossy(&hand),
        "Pooul request bodies differ"
    );
    assert!(generated.headers.is_empty());

    // Pooul: decode, the reply and its variants.
    let reply = String::from_utf8(f.pooul_reply.body.clone()).expect("UTF-8");
    let variants: Vec<(&str, String, bool)> = vec![
        ("the reply", reply.clone(), true),
        (
            "tampered",
            edit(&reply, "\"trade_state\":0", "\"trade_state\":7"),
            false,
        ),
        (
            "unsigned",
            {
                let top_sign = reply.rfind(",\"sign\":").expect("sign");
                format!("{}}}", &reply[..top_sign])
            },
            false,
        ),
        (
            "a repeated member in data",
            pooul_resign(&edit(&reply, "\"data\":{", "\"data\":{\"total_fee\":1,")),
            false,
        ),
        (
            "a repeated member at the top",
            pooul_resign(&edit(&reply, "\"code\":0,", "\"code\":0,\"code\":1,")),
            false,
        ),
        (
            "the required trade_id missing",
            pooul_resign(&edit(&reply, "\"trade_id\":\"5970a1b2c3d4e491\",", "")),
            false,
        ),
        (
            "an unknown state",
            pooul_resign(&edit(&reply, "\"trade_state\":0", "\"trade_state\":9")),
            true,
        ),
        (
            "an unlisted member and escapes",
            pooul_resign(&edit(
                &reply,
                "\"data\":{",
                "\"data\":{\"promo\":{\"id\":\"x\\\"1\"},\"err_msg\":\"a\\u00e9\\n\\ud83d\\ude00\",",
            )),
            true,
        ),
        (
            "a decimal amount",
            pooul_resign(&edit(&reply, "\"total_fee\":2580", "\"total_fee\":2580.0")),
            false,
        ),
        (
            "a failure with need_query N",
            pooul_resign(&edit(
                &edit(&reply, "\"trade_state\":0", "\"trade_state\":3"),
                "\"total_fee\":2580",
                "\"total_fee\":\"x\"",
            )),
            true,
        ),
    ];
    let replies = variants.len();
    for (what, body, accepted) in &variants {
        let generated = pooul_generated_reading(&message(body.clone()), &f.pooul_config);
        let hand = pooul_hand_reading(body.as_bytes());
        assert_eq!(
            generated, hand,
            "Pooul reply, {what}: readings differ\n{body}"
        );
        assert_eq!(
            generated != Reading::Refused,
            *accepted,
            "Pooul reply, {what}: {generated:?}"
        );
    }

    // ScanForPay: encode.
    let generated = f
        .sfp_request
        .encode(&f.sfp_config, &f.ctx)
        .expect("generated encode");
    let hand = hand_sfp::encode(
        &hand_sfp_request(&SFP_ORDER),
        &hand_sfp_credentials(),
        &HAND_SFP_CONTEXT,
    )
    .expect("hand-written encode");
    assert_eq!(
        String::from_utf8_lossy(&generated.body),
        String::from_utf8_lossy(&hand),
        "ScanForPay request bodies differ"
    );
    assert!(generated.headers.is_empty());

    // ScanForPay: decode, the reply and its variants.
    let reply = String::from_utf8(f.sfp_reply.body.clone()).expect("UTF-8");
    let variants: Vec<(&str, String, bool)> = vec![
        ("the reply", reply.clone(), true),
        (
            "tampered",
            edit(&reply, "\"orderAmount\":2100", "\"orderAmount\":2101"),
            false,
        ),
        (
            "unsigned",
            {
                let at = reply.rfind(",\"signature\":").expect("signature");
                format!("{}}}", &reply[..at])
            },
            false,
        ),
        (
            "a repeated member in body",
            sfp_resign(&edit(&reply, "\"body\":{", "\"body\":{\"status\":0,")),
            false,
        ),
        (
            "a repeated member in header",
            sfp_resign(&edit(
                &reply,
                "\"header\":{",
                "\"header\":{\"version\":\"2\",",
            )),
            false,
        ),
        (
            "the required orderNo missing",
            sfp_resign(&edit(
                &reply,
                "\"orderNo\":\"SFP201808021000000012345\",",
                "",
            )),
            false,
        ),
        (
            "an unknown state",
            sfp_resign(&edit(&reply, "\"status\":1", "\"status\":\"9\"")),
            true,
        ),
        (
            "an unlisted member",
            sfp_resign(&edit(
                &reply,
                "\"body\":{",
                "\"body\":{\"promo\":[1,{\"a\":\"\\u00e9\",\"b\":2.50}],",
            )),
            true,
        ),
        (
            "a repeated name spelt with an escape",
            sfp_resign(&edit(
                &reply,
                "\"body\":{",
                "\"body\":{\"buyer\\u0049d\":\"x\",",
            )),
            false,
        ),
        (
            "an escaped name and value",
            sfp_resign(&edit(
                &reply,
                "\"buyer\":\"c*@gmail.com\"",
                "\"buy\\u0065r\":\"c*\\/@gmail.com\",\"shop\":\"\\u6771\\u4eac\"",
            )),
            true,
        ),
        (
            "a decimal amount",
            sfp_resign(&edit(
                &reply,
                "\"orderAmount\":2100",
                "\"orderAmount\":21.00",
            )),
            false,
        ),
        (
            "code 30",
            sfp_resign(&edit(&reply, "\"code\":1", "\"code\":30")),
            true,
        ),
        (
            "a failed payment without its order number",
            sfp_resign(&edit(
                &edit(&reply, "\"status\":1", "\"status\":2"),
                "\"orderNo\":\"SFP201808021000000012345\",",
                "",
            )),
            true,
        ),
    ];
    for (what, body, accepted) in &variants {
        let generated = sfp_generated_reading(&message(body.clone()), &f.sfp_config);
        let hand = sfp_hand_reading(body.as_bytes());
        assert_eq!(
            generated, hand,
            "ScanForPay reply, {what}: readings differ\n{body}"
        );
        assert_eq!(
            generated != Reading::Refused,
            *accepted,
            "ScanForPay reply, {what}: {generated:?}"
        );
    }
    replies + variants.len()
}

// ---------------------------------------------------------------------------------------------
// Timing

/// Nanoseconds this thread has spent on a CPU (`CLOCK_THREAD_CPUTIME_ID`). On a machine shared
/// with other work, a batch that is preempted is charged for the wait on the wall clock but not
/// on this one, so the figures compare the two paths' own work.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
#[allow(unsafe_code)] // clock_gettime(2): see the SAFETY note
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

/// ns per call of `n` calls of `f`, on the thread's CPU clock (the wall clock where there is
/// none).
fn batch<R>(n: u64, f: &mut dyn FnMut() -> R) -> f64 {
    let cpu_start = thread_cpu_ns();
    let start = Instant::now();
    for _ in 0..n {
        black_box(f());
    }
    let wall = start.elapsed().as_nanos() as f64;
    let spent = cpu_start
        .zip(thread_cpu_ns())
        .map_or(wall, |(from, to)| to.saturating_sub(from) as f64);
    spent / n as f64
}

const ROUNDS: usize = 60;
/// Each timed batch runs about this long.
const BATCH: Duration = Duration::from_millis(4);
const WARM_UP: Duration = Duration::from_millis(150);

/// Runs `f` for `WARM_UP` (caches, branch predictors and the allocator's free lists settle),
/// then returns the number of calls that makes a batch take about `BATCH`.
fn warm_up_and_calibrate<R>(f: &mut dyn FnMut() -> R) -> u64 {
    let start = Instant::now();
    let mut calls = 0u64;
    while start.elapsed() < WARM_UP {
        black_box(f());
        calls += 1;
    }
    let per = batch(calls.clamp(16, 100_000), f);
    ((BATCH.as_nanos() as f64 / per) as u64).max(1)
}

fn median(values: &[f64]) -> f64 {
    let mut values = values.to_vec();
    values.sort_by(f64::total_cmp);
    let n = values.len();
    // The middle value, or the mean of the two middle values.
    (values[(n - 1) / 2] + values[n / 2]) / 2.0
}

fn min(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::INFINITY, f64::min)
}

fn max(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::NEG_INFINITY, f64::max)
}

/// One operation, both sides.
struct Operation<'a> {
    name: &'static str,
    /// The allocation goal per call.
    allocation_goal: f64,
    generated: Box<dyn FnMut() -> i64 + 'a>,
    hand: Box<dyn FnMut() -> i64 + 'a>,
}

/// What was measured for one operation.
struct Measured {
    name: &'static str,
    allocation_goal: f64,
    generated: Vec<f64>,
    hand: Vec<f64>,
    /// Allocations and bytes per call, generated then hand-written.
    allocations: [(f64, f64); 2],
}

impl Measured {
    fn ratio_by_min(&self) -> f64 {
        min(&self.generated) / min(&self.hand)
    }

    fn per_round_ratios(&self) -> Vec<f64> {
        self.generated
            .iter()
            .zip(&self.hand)
            .map(|(g, h)| g / h)
            .collect()
    }
}

fn measure(mut ops: Vec<Operation<'_>>) -> Vec<Measured> {
    let sizes: Vec<u64> = ops
        .iter_mut()
        .map(|op| {
            let g = warm_up_and_calibrate(&mut op.generated);
            let h = warm_up_and_calibrate(&mut op.hand);
            // The same batch size for both sides of an operation.
            g.min(h)
        })
        .collect();
    let mut samples: Vec<(Vec<f64>, Vec<f64>)> = ops
        .iter()
        .map(|_| (Vec::with_capacity(ROUNDS), Vec::with_capacity(ROUNDS)))
        .collect();
    for round in 0..ROUNDS {
        for ((op, &n), (generated, hand)) in ops.iter_mut().zip(&sizes).zip(&mut samples) {
            // ABBA: which side goes first alternates by round.
            if round % 2 == 0 {
                generated.push(batch(n, &mut op.generated));
                hand.push(batch(n, &mut op.hand));
            } else {
                hand.push(batch(n, &mut op.hand));
                generated.push(batch(n, &mut op.generated));
            }
        }
    }
    ops.into_iter()
        .zip(samples)
        .map(|(mut op, (generated, hand))| Measured {
            name: op.name,
            allocation_goal: op.allocation_goal,
            allocations: [
                allocations_per_call(1_000, || {
                    black_box((op.generated)());
                }),
                allocations_per_call(1_000, || {
                    black_box((op.hand)());
                }),
            ],
            generated,
            hand,
        })
        .collect()
}

/// `CODEC_BENCH_PROFILE=<gen|hand>-<pooul|scanforpay>-<encode|decode>[:calls]`: only that path,
/// for 3 s or the number of calls given, for a profiler (`perf record`, `valgrind
/// --tool=callgrind`).
fn profile_loop(spec: &str, f: &Fixture) {
    let (which, calls) = match spec.split_once(':') {
        Some((which, calls)) => (which, calls.parse::<u64>().ok()),
        None => (spec, None),
    };
    let pooul_request = hand_pooul_request(&POOUL_ORDER);
    let sfp_request = hand_sfp_request(&SFP_ORDER);
    let one = || match which {
        "gen-pooul-encode" => drop(black_box(gen_pooul_encode(f))),
        "hand-pooul-encode" => drop(black_box(hand_pooul_encode(&pooul_request))),
        "gen-pooul-decode" => drop(black_box(gen_pooul_decode(f))),
        "hand-pooul-decode" => drop(black_box(hand_pooul_decode(f))),
        "gen-scanforpay-encode" => drop(black_box(gen_sfp_encode(f))),
        "hand-scanforpay-encode" => drop(black_box(hand_sfp_encode(&sfp_request))),
        "gen-scanforpay-decode" => drop(black_box(gen_sfp_decode(f))),
        "hand-scanforpay-decode" => drop(black_box(hand_sfp_decode(f))),
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

/// The figure `benches/peer/wechatpy_bench.py` prints, if Python and wechatpy are there.
fn wechatpy_ns_per_op() -> Option<(f64, f64, String)> {
    let python = std::env::var("PAYSPEC_PEER_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let importable = Command::new(&python)
        .args(["-c", "import wechatpy"])
        .output()
        .is_ok_and(|out| out.status.success());
    if !importable {
        println!(
            "peer: skipped ({python} cannot import wechatpy); to run it: \
             pip install -r benches/peer/requirements.txt \
             (or set PAYSPEC_PEER_PYTHON to an interpreter that has it)"
        );
        return None;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/peer/wechatpy_bench.py");
    let out = match Command::new(&python).arg(&script).output() {
        Ok(out) if out.status.success() => out,
        Ok(out) => {
            println!(
                "peer: {} failed: {}",
                script.display(),
                String::from_utf8_lossy(&out.stderr).trim()
            );
            return None;
        }
        Err(e) => {
            println!("peer: cannot run {python}: {e}");
            return None;
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout.lines().last().unwrap_or("");
    let figure: serde_json::Value = serde_json::from_str(line).ok()?;
    let median = figure.get("ns_per_op")?.to_string().parse().ok()?;
    let min = figure.get("min_ns_per_op")?.to_string().parse().ok()?;
    Some((median, min, line.to_owned()))
}

fn main() {
    let fixture = Fixture::new();
    let replies = check_equivalence(&fixture);
    if let Ok(which) = std::env::var("CODEC_BENCH_PROFILE") {
        profile_loop(&which, &fixture);
        return;
    }
    let f = &fixture;
    println!(
        "pooul micropay: request {} bytes, reply {} bytes; scanforpay pay: request {} bytes, \
         reply {} bytes (request bodies checked identical; {replies} replies read the same)",
        gen_pooul_encode(f),
        f.pooul_reply.body.len(),
        gen_sfp_encode(f),
        f.sfp_reply.body.len(),
    );

    let pooul_request = hand_pooul_request(&POOUL_ORDER);
    let sfp_request = hand_sfp_request(&SFP_ORDER);
    let ops = vec![
        Operation {
            name: "pooul encode+sign",
            allocation_goal: 2.0,
            generated: Box::new(|| gen_pooul_encode(f) as i64),
            hand: Box::new(|| hand_pooul_encode(&pooul_request) as i64),
        },
        Operation {
            name: "pooul decode+verify",
            allocation_goal: 4.0,
            generated: Box::new(|| gen_pooul_decode(f)),
            hand: Box::new(|| hand_pooul_decode(f)),
        },
        Operation {
            name: "scanforpay encode+sign",
            allocation_goal: 2.0,
            generated: Box::new(|| gen_sfp_encode(f) as i64),
            hand: Box::new(|| hand_sfp_encode(&sfp_request) as i64),
        },
        Operation {
            name: "scanforpay decode+verify",
            allocation_goal: 4.0,
            generated: Box::new(|| gen_sfp_decode(f)),
            hand: Box::new(|| hand_sfp_decode(f)),
        },
    ];
    let measured = measure(ops);

    let clock = if thread_cpu_ns().is_some() {
        "thread CPU time"
    } else {
        "wall clock"
    };
    println!(
        "{ROUNDS} interleaved rounds; ns/op by {clock}, min and median over the rounds; ratio \
         generated/hand-written by min and by the median of the per-round ratios (and their \
         range); allocations and bytes asked of the allocator per op"
    );
    println!(
        "  {:<25} {:>9} {:>9} {:>9} {:>9} {:>6} {:>6} {:>11} {:>7} {:>7} {:>7} {:>7}",
        "operation",
        "gen min",
        "gen med",
        "hand min",
        "hand med",
        "×min",
        "×med",
        "× range",
        "allocs",
        "(hand)",
        "bytes",
        "(hand)"
    );
    for m in &measured {
        let ratios = m.per_round_ratios();
        let range = format!("{:.2}..{:.2}", min(&ratios), max(&ratios));
        println!(
            "  {:<25} {:>9.0} {:>9.0} {:>9.0} {:>9.0} {:>6.2} {:>6.2} {range:>11} {:>7.1} {:>7.1} \
             {:>7.0} {:>7.0}",
            m.name,
            min(&m.generated),
            median(&m.generated),
            min(&m.hand),
            median(&m.hand),
            m.ratio_by_min(),
            median(&ratios),
            m.allocations[0].0,
            m.allocations[1].0,
            m.allocations[0].1,
            m.allocations[1].1,
        );
    }
    let met = |yes: bool| if yes { "met" } else { "not met" };
    for m in &measured {
        let by_median = median(&m.per_round_ratios());
        let by_min = m.ratio_by_min();
        println!(
            "codec ratio generated/hand-written ({}): {by_median:.2} (by min {by_min:.2}; \
             goal ≤ 1.15: {})",
            m.name,
            met(by_median <= 1.15 && by_min <= 1.15)
        );
    }
    for m in &measured {
        let [(generated, _), (hand, _)] = m.allocations;
        println!(
            "allocations per op ({}): generated {generated:.1}, hand-written {hand:.1} \
             (goal ≤ {}: {})",
            m.name,
            m.allocation_goal,
            met(generated <= m.allocation_goal)
        );
    }

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
    println!(
        "codegen generate (all specs, in-process, {files} files): {:.1} ms wall, median of {} \
         (goal < 1000 ms: {})",
        median(&generate_ms),
        generate_ms.len(),
        met(median(&generate_ms) < 1000.0)
    );

    // The peer: wechatpy, timed by its own script on its thread's CPU clock, against this
    // run's generated Pooul encode + sign.
    if let Some((wechatpy, wechatpy_min, line)) = wechatpy_ns_per_op() {
        println!("peer: {line}");
        let pooul_encode = &measured[0];
        let ratio = wechatpy / median(&pooul_encode.generated);
        let ratio_by_min = wechatpy_min / min(&pooul_encode.generated);
        println!(
            "peer ratio wechatpy/generated Pooul encode+sign: {ratio:.1} ({wechatpy:.0} ns vs \
             {:.0} ns, medians; by min {ratio_by_min:.1}; goal ≥ 10: {})",
            median(&pooul_encode.generated),
            met(ratio >= 10.0 && ratio_by_min >= 10.0)
        );
    }
}
