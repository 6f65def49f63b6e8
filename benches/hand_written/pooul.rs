//! Pooul `micropay` by hand (see the parent module for the techniques): flat signed JSON, MD5
//! over the sorted `name=value` pairs of every member but `sign` (null and `""` left out) with
//! `&key=KEY` appended, uppercase hex; the reply `{code, msg, data, version, sign_type, sign}`
//! signed the same way over the members of `data` as received.

use std::borrow::Cow;

use md5::{Digest, Md5};
use smallvec::SmallVec;

use super::{
    at_most_chars, find, first_chars, hex, malformed, push_json_str, push_raw_member,
    push_str_member, read_envelope, received_digest, sort_unique, unique_below, unique_few, verify,
    Classification, Content, Error, Flag, Json, Member,
};

pub struct Credentials<'a> {
    pub merchant_id: &'a str,
    pub key: &'a str,
}

// The spec's values; the bench's order sends one of each.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scene<'a> {
    BarCode,
    WaveCode,
    Other(&'a str),
}

#[allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettleType {
    D0,
    Standard,
    Other(i64),
}

/// The request content, borrowed from the caller: the spec's fields and wire names.
pub struct MicropayRequest<'a> {
    pub mch_trade_id: &'a str,
    pub device_info: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub attach: Option<&'a str>,
    /// Fen.
    pub total_fee: i64,
    pub spbill_create_ip: &'a str,
    pub auth_code: &'a str,
    /// Unix seconds.
    pub time_start: Option<i64>,
    pub time_expire: Option<i64>,
    pub op_user_id: Option<&'a str>,
    pub store_id: Option<&'a str>,
    pub op_device_id: Option<&'a str>,
    pub goods_tag: Option<&'a str>,
    pub scene: Option<Scene<'a>>,
    pub settle_type: Option<SettleType>,
}

impl MicropayRequest<'_> {
    /// The spec's checks: required text non-empty, `mch_trade_id` at most 32 characters, a
    /// positive amount.
    fn check(&self) -> Result<(), Error> {
        let required = [
            ("mch_trade_id", self.mch_trade_id),
            ("device_info", self.device_info),
            ("subject", self.subject),
            ("body", self.body),
            ("spbill_create_ip", self.spbill_create_ip),
            ("auth_code", self.auth_code),
        ];
        if let Some((name, _)) = required.iter().find(|(_, v)| v.is_empty()) {
            return Err(Error::Invalid(name));
        }
        if !at_most_chars(self.mch_trade_id, 32) {
            return Err(Error::Invalid("mch_trade_id"));
        }
        if self.total_fee <= 0 {
            return Err(Error::Invalid("total_fee"));
        }
        Ok(())
    }
}

/// Sorted pairs streamed into the digest: each piece goes straight to `update`.
struct Pairs {
    md5: Md5,
    first: bool,
}

impl Pairs {
    fn new() -> Pairs {
        Pairs {
            md5: Md5::new(),
            first: true,
        }
    }

    fn pair(&mut self, name: &str, value: &str) {
        if value.is_empty() {
            return;
        }
        if !self.first {
            self.md5.update(b"&");
        }
        self.first = false;
        self.md5.update(name.as_bytes());
        self.md5.update(b"=");
        self.md5.update(value.as_bytes());
    }

    fn opt(&mut self, name: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.pair(name, value);
        }
    }

    fn finish(mut self, key: &str) -> [u8; 16] {
        self.md5.update(b"&key=");
        self.md5.update(key.as_bytes());
        self.md5.finalize().into()
    }
}

/// Member names and punctuation of the longest body (every optional member present), with
/// the signature: the body's size is this plus the values' lengths (plus escapes, rarely).
const BODY_OVERHEAD: usize = {
    const NAMES: [&str; 22] = [
        "version",
        "sign_type",
        "merchant_id",
        "nonce_str",
        "attach",
        "auth_code",
        "body",
        "device_info",
        "goods_tag",
        "mch_trade_id",
        "op_device_id",
        "op_user_id",
        "pay_type",
        "scene",
        "settle_type",
        "spbill_create_ip",
        "store_id",
        "subject",
        "time_expire",
        "time_start",
        "total_fee",
        "sign",
    ];
    // `{` `}`, then `"name":"value",` per member; the constants' and the signature's values.
    let mut n = 2 + "1.0md5alipay.micro".len() + 32;
    let mut i = 0;
    while i < NAMES.len() {
        n += NAMES[i].len() + 6;
        i += 1;
    }
    n
};

/// Checks, signs and serializes a micropay request: the same bytes as the generated code.
pub fn encode(
    req: &MicropayRequest<'_>,
    creds: &Credentials<'_>,
    nonce: &str,
) -> Result<Vec<u8>, Error> {
    req.check()?;
    let nonce = first_chars(nonce, 32).ok_or(Error::Invalid("nonce_str"))?;

    // Per-call values, formatted once, on the stack.
    let mut fee_buf = itoa::Buffer::new();
    let total_fee = fee_buf.format(req.total_fee);
    let mut start_buf = itoa::Buffer::new();
    let time_start = req.time_start.map(|t| start_buf.format(t));
    let mut expire_buf = itoa::Buffer::new();
    let time_expire = req.time_expire.map(|t| expire_buf.format(t));
    let mut settle_buf = itoa::Buffer::new();
    let settle_type = req.settle_type.map(|s| match s {
        SettleType::D0 => "0",
        SettleType::Standard => "1",
        SettleType::Other(n) => settle_buf.format(n),
    });
    let scene = req.scene.map(|s| match s {
        Scene::BarCode => "bar_code",
        Scene::WaveCode => "wave_code",
        Scene::Other(raw) => raw,
    });
    const PAY_TYPE: &str = "alipay.micro";

    // The signature: every member but `sign`, in name order (fixed here, at compile time).
    let mut pairs = Pairs::new();
    pairs.opt("attach", req.attach);
    pairs.pair("auth_code", req.auth_code);
    pairs.pair("body", req.body);
    pairs.pair("device_info", req.device_info);
    pairs.opt("goods_tag", req.goods_tag);
    pairs.pair("mch_trade_id", req.mch_trade_id);
    pairs.pair("merchant_id", creds.merchant_id);
    pairs.pair("nonce_str", nonce);
    pairs.opt("op_device_id", req.op_device_id);
    pairs.opt("op_user_id", req.op_user_id);
    pairs.pair("pay_type", PAY_TYPE);
    pairs.opt("scene", scene);
    pairs.opt("settle_type", settle_type);
    pairs.pair("sign_type", "md5");
    pairs.pair("spbill_create_ip", req.spbill_create_ip);
    pairs.opt("store_id", req.store_id);
    pairs.pair("subject", req.subject);
    pairs.opt("time_expire", time_expire);
    pairs.opt("time_start", time_start);
    pairs.pair("total_fee", total_fee);
    pairs.pair("version", "1.0");
    let sign = hex::<16, 32>(&pairs.finish(creds.key), true);

    // The body: the envelope members, the content in name order, the signature last.
    let values = [
        creds.merchant_id,
        nonce,
        req.attach.unwrap_or(""),
        req.auth_code,
        req.body,
        req.device_info,
        req.goods_tag.unwrap_or(""),
        req.mch_trade_id,
        req.op_device_id.unwrap_or(""),
        req.op_user_id.unwrap_or(""),
        scene.unwrap_or(""),
        settle_type.unwrap_or(""),
        req.spbill_create_ip,
        req.store_id.unwrap_or(""),
        req.subject,
        time_expire.unwrap_or(""),
        time_start.unwrap_or(""),
        total_fee,
    ];
    let mut out = Vec::with_capacity(BODY_OVERHEAD + values.iter().map(|v| v.len()).sum::<usize>());
    out.extend_from_slice(br#"{"version":"1.0","sign_type":"md5","merchant_id":"#);
    push_json_str(&mut out, creds.merchant_id);
    push_str_member(&mut out, "nonce_str", nonce);
    let opt_str = |out: &mut Vec<u8>, name: &str, value: Option<&str>| {
        if let Some(value) = value {
            push_str_member(out, name, value);
        }
    };
    opt_str(&mut out, "attach", req.attach);
    push_str_member(&mut out, "auth_code", req.auth_code);
    push_str_member(&mut out, "body", req.body);
    push_str_member(&mut out, "device_info", req.device_info);
    opt_str(&mut out, "goods_tag", req.goods_tag);
    push_str_member(&mut out, "mch_trade_id", req.mch_trade_id);
    opt_str(&mut out, "op_device_id", req.op_device_id);
    opt_str(&mut out, "op_user_id", req.op_user_id);
    push_str_member(&mut out, "pay_type", PAY_TYPE);
    opt_str(&mut out, "scene", scene);
    if let Some(settle_type) = settle_type {
        push_raw_member(&mut out, "settle_type", settle_type);
    }
    push_str_member(&mut out, "spbill_create_ip", req.spbill_create_ip);
    opt_str(&mut out, "store_id", req.store_id);
    push_str_member(&mut out, "subject", req.subject);
    if let Some(t) = time_expire {
        push_raw_member(&mut out, "time_expire", t);
    }
    if let Some(t) = time_start {
        push_raw_member(&mut out, "time_start", t);
    }
    push_raw_member(&mut out, "total_fee", total_fee);
    out.extend_from_slice(br#","sign":""#);
    out.extend_from_slice(&sign);
    out.extend_from_slice(br#""}"#);
    Ok(out)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TradeState<'a> {
    Success,
    Refund,
    NotPaid,
    Closed,
    Reversed,
    Paying,
    Reversing,
    PayError,
    Init,
    /// A state the spec does not list, kept as received.
    Unknown(Cow<'a, str>),
}

impl<'a> TradeState<'a> {
    pub fn wire(&self) -> &str {
        match self {
            TradeState::Success => "0",
            TradeState::Refund => "1",
            TradeState::NotPaid => "2",
            TradeState::Closed => "3",
            TradeState::Reversed => "4",
            TradeState::Paying => "6",
            TradeState::Reversing => "5",
            TradeState::PayError => "7",
            TradeState::Init => "-1",
            TradeState::Unknown(raw) => raw,
        }
    }

    fn from_wire(raw: Cow<'a, str>) -> TradeState<'a> {
        match &*raw {
            "0" => TradeState::Success,
            "1" => TradeState::Refund,
            "2" => TradeState::NotPaid,
            "3" => TradeState::Closed,
            "4" => TradeState::Reversed,
            "6" => TradeState::Paying,
            "5" => TradeState::Reversing,
            "7" => TradeState::PayError,
            "-1" => TradeState::Init,
            _ => TradeState::Unknown(raw),
        }
    }
}

/// The reply's `data`, borrowed from the received bytes: amounts in fen (the yuan strings
/// parsed exactly), times in unix seconds.
// Every field is read (that is the work measured); the bench compares most of them.
#[allow(dead_code)]
#[derive(Debug, Clone)]
pub struct MicropayResponse<'a> {
    pub merchant_id: Cow<'a, str>,
    pub device_info: Option<Cow<'a, str>>,
    pub nonce_str: Option<Cow<'a, str>>,
    pub err_code: Option<Cow<'a, str>>,
    pub err_msg: Option<Cow<'a, str>>,
    pub need_query: Option<Flag>,
    pub openid: Option<Cow<'a, str>>,
    pub pay_type: Cow<'a, str>,
    pub is_subscribe: Option<Flag>,
    pub mch_trade_id: Cow<'a, str>,
    pub ch_trade_id: Option<Cow<'a, str>>,
    pub trade_id: Cow<'a, str>,
    pub out_trade_id: Option<Cow<'a, str>>,
    pub sub_is_subscribe: Option<Flag>,
    pub sub_appid: Option<Cow<'a, str>>,
    pub total_fee: i64,
    pub coupon_fee: Option<i64>,
    pub currency_type: Option<Cow<'a, str>>,
    pub attach: Option<Cow<'a, str>>,
    pub bank_type: Option<Cow<'a, str>>,
    pub bank_billno: Option<Cow<'a, str>>,
    pub time_end: Option<i64>,
    pub appid: Option<Cow<'a, str>>,
    pub fee_type: Option<Cow<'a, str>>,
    pub buyer_logon_id: Option<Cow<'a, str>>,
    pub fund_bill_list: Option<Cow<'a, str>>,
    pub buyer_user_id: Option<Cow<'a, str>>,
    pub buyer_pay_amount: Option<i64>,
    pub invoice_amount: Option<i64>,
    pub point_amount: Option<i64>,
    pub receipt_amount: Option<i64>,
    pub trade_state: TradeState<'a>,
}

/// A verified reply.
#[derive(Debug)]
pub struct MicropayReply<'a> {
    pub classification: Classification,
    /// The envelope's `code` and `msg` as text.
    pub code: Option<Cow<'a, str>>,
    pub msg: Option<Cow<'a, str>>,
    /// The raw trade state, when `data` has one.
    pub trade_state: Option<Cow<'a, str>>,
    /// `None` only when the reply is failed or unknown and `data` cannot be read.
    pub body: Option<MicropayResponse<'a>>,
    pub body_error: Option<String>,
    /// Members of `data` the spec does not list, as received.
    pub extra: Vec<Member<'a>>,
}

/// Unix seconds the generated `Timestamp` accepts (years -9999 to 9999).
const UNIX_RANGE: std::ops::RangeInclusive<i64> = -377_705_116_800..=253_402_300_799;

/// Verifies (the members of `data`, as received), classifies, reads `data`.
pub fn decode<'a>(body: &'a [u8], creds: &Credentials<'_>) -> Result<MicropayReply<'a>, Error> {
    let mut top: SmallVec<[Member<'a>; 8]> = SmallVec::new();
    let mut data: SmallVec<[Member<'a>; 36]> = SmallVec::new();
    let content = read_envelope(body, "data", &mut top, &mut data)?;
    unique_few(&top)?;
    for (_, raw) in &top {
        unique_below(raw)?;
    }
    let received = received_digest::<16>(find(&top, "sign"))?;
    match content {
        Content::Object => {}
        Content::Absent => return Err(malformed("the signed member `data` is absent")),
        Content::Invalid => return Err(malformed("the signed member `data` is not an object")),
    }
    sort_unique(&mut data)?;

    // One walk over `data` in name order: the signed pairs into MD5, the typed fields read.
    let mut pairs = Pairs::new();
    let mut fields = Fields::default();
    let mut extra = Vec::new();
    for (name, raw) in &data {
        unique_below(raw)?;
        let value = Json::read(raw)?;
        if let Some(text) = value.text() {
            pairs.pair(name, text);
        }
        if !fields.set(name, value) {
            extra.push((name.clone(), *raw));
        }
    }
    verify(&pairs.finish(creds.key), &received)?;

    let code = find(&top, "code").map(Json::read).transpose()?;
    let code = code.and_then(|c| c.code().ok().flatten());
    let msg = find(&top, "msg").map(Json::read).transpose()?;
    let msg = msg.and_then(|m| m.string().ok().flatten());
    let state = fields.state_text.clone();
    let need_query = fields.need_query_text.as_deref();
    // The spec's outcome rules, compiled by hand.
    let classification = match (code.as_deref(), state.as_deref(), need_query) {
        (Some("0"), Some("0"), _) => Classification::Success,
        (Some("0"), Some("2" | "3" | "4" | "7"), Some("N")) => Classification::Failed,
        (Some("0"), Some("2" | "5" | "6"), _) => Classification::Pending,
        _ => Classification::Unknown,
    };
    let money_moved = matches!(
        classification,
        Classification::Success | Classification::Pending
    );
    let (body, body_error) = match fields.finish() {
        Ok(body) => (Some(body), None),
        Err(error) if money_moved => {
            return Err(malformed(format_args!(
                "reply is {classification:?} but its content cannot be read: {error}"
            )))
        }
        Err(error) => (None, Some(error)),
    };
    Ok(MicropayReply {
        classification,
        code,
        msg,
        trade_state: state,
        body,
        body_error,
        extra,
    })
}

/// `data`'s members as they are read; `finish` checks the required ones.
#[derive(Default)]
struct Fields<'a> {
    merchant_id: Option<Cow<'a, str>>,
    device_info: Option<Cow<'a, str>>,
    nonce_str: Option<Cow<'a, str>>,
    err_code: Option<Cow<'a, str>>,
    err_msg: Option<Cow<'a, str>>,
    need_query: Option<Flag>,
    openid: Option<Cow<'a, str>>,
    pay_type: Option<Cow<'a, str>>,
    is_subscribe: Option<Flag>,
    mch_trade_id: Option<Cow<'a, str>>,
    ch_trade_id: Option<Cow<'a, str>>,
    trade_id: Option<Cow<'a, str>>,
    out_trade_id: Option<Cow<'a, str>>,
    sub_is_subscribe: Option<Flag>,
    sub_appid: Option<Cow<'a, str>>,
    total_fee: Option<i64>,
    coupon_fee: Option<i64>,
    currency_type: Option<Cow<'a, str>>,
    attach: Option<Cow<'a, str>>,
    bank_type: Option<Cow<'a, str>>,
    bank_billno: Option<Cow<'a, str>>,
    time_end: Option<i64>,
    appid: Option<Cow<'a, str>>,
    fee_type: Option<Cow<'a, str>>,
    buyer_logon_id: Option<Cow<'a, str>>,
    fund_bill_list: Option<Cow<'a, str>>,
    buyer_user_id: Option<Cow<'a, str>>,
    buyer_pay_amount: Option<i64>,
    invoice_amount: Option<i64>,
    point_amount: Option<i64>,
    receipt_amount: Option<i64>,
    trade_state: Option<TradeState<'a>>,
    /// The classification signals' text (read even when the typed field is not readable).
    state_text: Option<Cow<'a, str>>,
    need_query_text: Option<Cow<'a, str>>,
    /// The first field that could not be read.
    error: Option<String>,
}

impl<'a> Fields<'a> {
    /// Reads a member; `false` if the spec does not list it.
    fn set(&mut self, name: &str, value: Json<'a>) -> bool {
        use super::put;
        let e = &mut self.error;
        match name {
            "merchant_id" => put(&mut self.merchant_id, e, value.string(), name),
            "device_info" => put(&mut self.device_info, e, value.string(), name),
            "nonce_str" => put(&mut self.nonce_str, e, value.string(), name),
            "err_code" => put(&mut self.err_code, e, value.string(), name),
            "err_msg" => put(&mut self.err_msg, e, value.string(), name),
            "need_query" => {
                self.need_query_text = value.text_cow();
                put(&mut self.need_query, e, value.flag(), name)
            }
            "openid" => put(&mut self.openid, e, value.string(), name),
            "pay_type" => put(&mut self.pay_type, e, value.string(), name),
            "is_subscribe" => put(&mut self.is_subscribe, e, value.flag(), name),
            "mch_trade_id" => put(&mut self.mch_trade_id, e, value.string(), name),
            "ch_trade_id" => put(&mut self.ch_trade_id, e, value.string(), name),
            "trade_id" => put(&mut self.trade_id, e, value.string(), name),
            "out_trade_id" => put(&mut self.out_trade_id, e, value.string(), name),
            "sub_is_subscribe" => put(&mut self.sub_is_subscribe, e, value.flag(), name),
            "sub_appid" => put(&mut self.sub_appid, e, value.string(), name),
            "total_fee" => put(&mut self.total_fee, e, value.int(), name),
            "coupon_fee" => put(&mut self.coupon_fee, e, value.int(), name),
            "currency_type" => put(&mut self.currency_type, e, value.string(), name),
            "attach" => put(&mut self.attach, e, value.string(), name),
            "bank_type" => put(&mut self.bank_type, e, value.string(), name),
            "bank_billno" => put(&mut self.bank_billno, e, value.string(), name),
            "time_end" => {
                let read = value.int().and_then(|t| match t {
                    Some(t) if !UNIX_RANGE.contains(&t) => Err(format!("{t} is out of range")),
                    t => Ok(t),
                });
                put(&mut self.time_end, e, read, name)
            }
            "appid" => put(&mut self.appid, e, value.string(), name),
            "fee_type" => put(&mut self.fee_type, e, value.string(), name),
            "buyer_logon_id" => put(&mut self.buyer_logon_id, e, value.string(), name),
            "fund_bill_list" => put(&mut self.fund_bill_list, e, value.string(), name),
            "buyer_user_id" => put(&mut self.buyer_user_id, e, value.string(), name),
            "buyer_pay_amount" => put(&mut self.buyer_pay_amount, e, value.yuan(), name),
            "invoice_amount" => put(&mut self.invoice_amount, e, value.yuan(), name),
            "point_amount" => put(&mut self.point_amount, e, value.yuan(), name),
            "receipt_amount" => put(&mut self.receipt_amount, e, value.yuan(), name),
            "trade_state" => {
                let read = value.code();
                if let Ok(Some(text)) = &read {
                    self.state_text = Some(text.clone());
                }
                put(
                    &mut self.trade_state,
                    e,
                    read.map(|t| t.map(TradeState::from_wire)),
                    name,
                )
            }
            _ => return false,
        }
        true
    }

    fn finish(self) -> Result<MicropayResponse<'a>, String> {
        if let Some(error) = self.error {
            return Err(error);
        }
        let missing = |name: &str| format!("the required member `{name}` is absent");
        Ok(MicropayResponse {
            merchant_id: self.merchant_id.ok_or_else(|| missing("merchant_id"))?,
            device_info: self.device_info,
            nonce_str: self.nonce_str,
            err_code: self.err_code,
            err_msg: self.err_msg,
            need_query: self.need_query,
            openid: self.openid,
            pay_type: self.pay_type.ok_or_else(|| missing("pay_type"))?,
            is_subscribe: self.is_subscribe,
            mch_trade_id: self.mch_trade_id.ok_or_else(|| missing("mch_trade_id"))?,
            ch_trade_id: self.ch_trade_id,
            trade_id: self.trade_id.ok_or_else(|| missing("trade_id"))?,
            out_trade_id: self.out_trade_id,
            sub_is_subscribe: self.sub_is_subscribe,
            sub_appid: self.sub_appid,
            total_fee: self.total_fee.ok_or_else(|| missing("total_fee"))?,
            coupon_fee: self.coupon_fee,
            currency_type: self.currency_type,
            attach: self.attach,
            bank_type: self.bank_type,
            bank_billno: self.bank_billno,
            time_end: self.time_end,
            appid: self.appid,
            fee_type: self.fee_type,
            buyer_logon_id: self.buyer_logon_id,
            fund_bill_list: self.fund_bill_list,
            buyer_user_id: self.buyer_user_id,
            buyer_pay_amount: self.buyer_pay_amount,
            invoice_amount: self.invoice_amount,
            point_amount: self.point_amount,
            receipt_amount: self.receipt_amount,
            trade_state: self.trade_state.ok_or_else(|| missing("trade_state"))?,
        })
    }
}
