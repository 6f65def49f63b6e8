//! ScanForPay `pay` by hand (see the parent module for the techniques): the request
//! `{request: {body, header}, signature}` signed with SHA-256 over the `request` object's bytes
//! as sent followed by the key, lowercase hex; the reply `{response: {body, header}, signature}`
//! verified over the `response` object's bytes as received. The status (`code`, `msg`) sits in
//! `body` beside the content.

use std::borrow::Cow;

use sha2::{Digest, Sha256};
use smallvec::SmallVec;

use super::{
    at_most_chars, find, hex, malformed, push_json_str, push_raw_member, push_str_member,
    read_envelope, read_object, received_digest, unique_below, unique_few, verify, Classification,
    Content, Error, Json, Member,
};

pub struct Credentials<'a> {
    pub partner_no: &'a str,
    pub store_no: &'a str,
    pub key: &'a str,
}

/// The per-call values this provider's request uses.
pub struct Context<'a> {
    pub unix_time: i64,
    pub message_id: &'a str,
}

/// The request content, borrowed from the caller: the spec's fields and wire names.
pub struct PayRequest<'a> {
    pub partner_order_no: &'a str,
    pub barcode: &'a str,
    /// Minor units of the merchant's currency.
    pub order_amount: i64,
    pub order_title: Option<&'a str>,
    pub operator_id: Option<&'a str>,
    pub terminal_no: Option<&'a str>,
    pub notify_url: Option<&'a str>,
}

impl PayRequest<'_> {
    /// The spec's checks: required text non-empty, lengths in characters, a positive amount.
    fn check(&self) -> Result<(), Error> {
        if self.partner_order_no.is_empty() || !at_most_chars(self.partner_order_no, 32) {
            return Err(Error::Invalid("partnerOrderNo"));
        }
        if self.barcode.is_empty() || !at_most_chars(self.barcode, 20) {
            return Err(Error::Invalid("barcode"));
        }
        if self.order_amount <= 0 {
            return Err(Error::Invalid("orderAmount"));
        }
        let limits = [
            ("orderTitle", self.order_title, 100),
            ("operatorId", self.operator_id, 20),
            ("terminalNo", self.terminal_no, 20),
            ("notifyUrl", self.notify_url, 200),
        ];
        for (name, value, max) in limits {
            if value.is_some_and(|v| !at_most_chars(v, max)) {
                return Err(Error::Invalid(name));
            }
        }
        Ok(())
    }
}

/// `YYYY-MM-DDTHH:MM:SS+08:00`: `unix_time` on the provider's clock (UTC+8), on the stack.
fn request_time(unix_time: i64) -> Result<[u8; 25], Error> {
    const OFFSET: i64 = 8 * 3600;
    let local = unix_time
        .checked_add(OFFSET)
        .ok_or(Error::Invalid("requestTime"))?;
    let (days, secs) = (local.div_euclid(86_400), local.rem_euclid(86_400));
    // Days since 1970-01-01 to the civil date (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    if !(0..=9999).contains(&year) {
        return Err(Error::Invalid("requestTime"));
    }
    let mut out = *b"0000-00-00T00:00:00+08:00";
    let mut put = |at: usize, value: i64, width: usize| {
        let mut v = value;
        for i in (0..width).rev() {
            out[at + i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, secs / 3600, 2);
    put(14, secs / 60 % 60, 2);
    put(17, secs % 60, 2);
    Ok(out)
}

/// Member names and punctuation of the longest request (every optional member present), with
/// the constants, the request time and the signature.
const BODY_OVERHEAD: usize = {
    const NAMES: [&str; 16] = [
        "request",
        "body",
        "barcode",
        "notifyUrl",
        "operatorId",
        "orderAmount",
        "orderTitle",
        "partnerOrderNo",
        "storeNo",
        "terminalNo",
        "header",
        "partnerNo",
        "reqMsgId",
        "requestTime",
        "signType",
        "version",
    ];
    let mut n = 8 + "SHA2561.0".len() + 25 + "signature".len() + 6 + 64;
    let mut i = 0;
    while i < NAMES.len() {
        n += NAMES[i].len() + 6;
        i += 1;
    }
    n
};

/// Checks, signs and serializes a pay request: the same bytes as the generated code.
pub fn encode(
    req: &PayRequest<'_>,
    creds: &Credentials<'_>,
    ctx: &Context<'_>,
) -> Result<Vec<u8>, Error> {
    req.check()?;
    let time = request_time(ctx.unix_time)?;
    let time = std::str::from_utf8(&time).expect("ASCII");
    let mut amount_buf = itoa::Buffer::new();
    let amount = amount_buf.format(req.order_amount);

    let values = [
        req.barcode,
        req.notify_url.unwrap_or(""),
        req.operator_id.unwrap_or(""),
        amount,
        req.order_title.unwrap_or(""),
        req.partner_order_no,
        creds.store_no,
        req.terminal_no.unwrap_or(""),
        creds.partner_no,
        ctx.message_id,
    ];
    let mut out = Vec::with_capacity(BODY_OVERHEAD + values.iter().map(|v| v.len()).sum::<usize>());
    out.extend_from_slice(br#"{"request":"#);
    let signed_from = out.len();
    // The members of each object in name order (fixed here, at compile time).
    out.extend_from_slice(br#"{"body":{"barcode":"#);
    push_json_str(&mut out, req.barcode);
    let opt_str = |out: &mut Vec<u8>, name: &str, value: Option<&str>| {
        if let Some(value) = value {
            push_str_member(out, name, value);
        }
    };
    opt_str(&mut out, "notifyUrl", req.notify_url);
    opt_str(&mut out, "operatorId", req.operator_id);
    push_raw_member(&mut out, "orderAmount", amount);
    opt_str(&mut out, "orderTitle", req.order_title);
    push_str_member(&mut out, "partnerOrderNo", req.partner_order_no);
    push_str_member(&mut out, "storeNo", creds.store_no);
    opt_str(&mut out, "terminalNo", req.terminal_no);
    out.extend_from_slice(br#"},"header":{"partnerNo":"#);
    push_json_str(&mut out, creds.partner_no);
    push_str_member(&mut out, "reqMsgId", ctx.message_id);
    out.extend_from_slice(br#","requestTime":""#);
    out.extend_from_slice(time.as_bytes());
    out.extend_from_slice(br#"","signType":"SHA256","version":"1.0"}}"#);

    // The signature: the `request` object's bytes, straight from the buffer, then the key.
    let mut sha = Sha256::new();
    sha.update(&out[signed_from..]);
    sha.update(creds.key.as_bytes());
    let signature = hex::<32, 64>(&sha.finalize().into(), false);
    out.extend_from_slice(br#","signature":""#);
    out.extend_from_slice(&signature);
    out.extend_from_slice(br#""}"#);
    Ok(out)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TradeState<'a> {
    Pending,
    Success,
    Failed,
    Refunded,
    /// A state the spec does not list, kept as received.
    Unknown(Cow<'a, str>),
}

impl<'a> TradeState<'a> {
    pub fn wire(&self) -> &str {
        match self {
            TradeState::Pending => "0",
            TradeState::Success => "1",
            TradeState::Failed => "2",
            TradeState::Refunded => "3",
            TradeState::Unknown(raw) => raw,
        }
    }

    fn from_wire(raw: Cow<'a, str>) -> TradeState<'a> {
        match &*raw {
            "0" => TradeState::Pending,
            "1" => TradeState::Success,
            "2" => TradeState::Failed,
            "3" => TradeState::Refunded,
            _ => TradeState::Unknown(raw),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wallet<'a> {
    Wechat,
    Alipay,
    Unknown(Cow<'a, str>),
}

impl Wallet<'_> {
    pub fn wire(&self) -> &str {
        match self {
            Wallet::Wechat => "Wechat",
            Wallet::Alipay => "Alipay",
            Wallet::Unknown(raw) => raw,
        }
    }
}

/// An RFC 3339 time as an instant and the offset it was written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub unix: i64,
    pub nanosecond: u32,
    pub offset_minutes: i16,
}

/// The reply's content, borrowed from the received bytes.
// Every field is read (that is the work measured); the bench compares them.
#[allow(dead_code)]
#[derive(Debug, Clone)]
pub struct PayResponse<'a> {
    pub order_no: Cow<'a, str>,
    pub partner_order_no: Cow<'a, str>,
    /// Minor units of `currency`.
    pub order_amount: Option<i64>,
    pub wallet: Wallet<'a>,
    pub status: TradeState<'a>,
    pub pay_time: Option<Moment>,
    pub currency: Cow<'a, str>,
    pub buyer: Option<Cow<'a, str>>,
    pub buyer_id: Option<Cow<'a, str>>,
}

/// A verified reply.
#[derive(Debug)]
pub struct PayReply<'a> {
    pub classification: Classification,
    /// The body's `code` and `msg` as text.
    pub code: Option<Cow<'a, str>>,
    pub msg: Option<Cow<'a, str>>,
    /// The raw order status, when the body has one.
    pub trade_state: Option<Cow<'a, str>>,
    /// `None` only when the reply is failed or unknown and its content cannot be read.
    pub body: Option<PayResponse<'a>>,
    pub body_error: Option<String>,
    /// Content members the spec does not list, as received.
    pub extra: Vec<Member<'a>>,
}

/// Verifies (the `response` object's bytes as received), classifies, reads the content.
pub fn decode<'a>(body: &'a [u8], creds: &Credentials<'_>) -> Result<PayReply<'a>, Error> {
    let mut top: SmallVec<[Member<'a>; 4]> = SmallVec::new();
    read_object(body, &mut top)?;
    unique_few(&top)?;
    let received = received_digest::<32>(find(&top, "signature"))?;
    let response = find(&top, "response")
        .ok_or_else(|| malformed("the signed member `response` is absent"))?;
    let mut sha = Sha256::new();
    sha.update(response.as_bytes());
    sha.update(creds.key.as_bytes());
    verify(&sha.finalize(), &received)?;
    for (name, raw) in &top {
        if name != "response" {
            unique_below(raw)?;
        }
    }

    // Verified: now read `response` (its `body` collected in the same pass, `header` checked
    // for repeated names).
    let mut envelope: SmallVec<[Member<'a>; 4]> = SmallVec::new();
    let mut members: SmallVec<[Member<'a>; 16]> = SmallVec::new();
    let content = if response.starts_with('{') {
        let content = read_envelope(response.as_bytes(), "body", &mut envelope, &mut members)?;
        unique_few(&envelope)?;
        for (name, raw) in &envelope {
            if name != "body" {
                unique_below(raw)?;
            }
        }
        content
    } else {
        unique_below(response)?;
        Content::Invalid
    };
    unique_few(&members)?;

    let mut fields = Fields::default();
    let mut extra = Vec::new();
    let (mut code, mut msg) = (None, None);
    let mut state = None;
    let mut has_content = false;
    for (name, raw) in &members {
        unique_below(raw)?;
        let value = Json::read(raw)?;
        match &**name {
            // The status: read, and not content.
            "code" => code = value.code().ok().flatten(),
            "msg" => msg = value.string().ok().flatten(),
            _ => {
                has_content = true;
                if name == "status" {
                    state = value.clone().code().ok().flatten();
                }
                if !fields.set(name, value) {
                    extra.push((name.clone(), *raw));
                }
            }
        }
    }
    // The spec's outcome rule, compiled by hand: code 1, then the order's status.
    let classification = match (code.as_deref(), state.as_deref()) {
        (Some("1"), Some("0")) => Classification::Pending,
        (Some("1"), Some("1" | "3")) => Classification::Success,
        (Some("1"), Some("2")) => Classification::Failed,
        _ => Classification::Unknown,
    };
    let money_moved = matches!(
        classification,
        Classification::Success | Classification::Pending
    );
    let read = match content {
        Content::Object if has_content => fields.finish(),
        // The status alone: a reply that moved money still needs its required members.
        Content::Object | Content::Absent if money_moved => fields.finish(),
        Content::Object | Content::Absent => Err("the reply carries no content".to_owned()),
        Content::Invalid => Err("the content is not an object".to_owned()),
    };
    let (body, body_error) = match read {
        Ok(body) => (Some(body), None),
        Err(error) if money_moved => {
            return Err(malformed(format_args!(
                "reply is {classification:?} but its content cannot be read: {error}"
            )))
        }
        Err(error) => (None, Some(error)),
    };
    Ok(PayReply {
        classification,
        code,
        msg,
        trade_state: state,
        body,
        body_error,
        extra,
    })
}

/// The content's members as they are read; `finish` checks the required ones.
#[derive(Default)]
struct Fields<'a> {
    order_no: Option<Cow<'a, str>>,
    partner_order_no: Option<Cow<'a, str>>,
    order_amount: Option<i64>,
    wallet: Option<Wallet<'a>>,
    status: Option<TradeState<'a>>,
    pay_time: Option<Moment>,
    currency: Option<Cow<'a, str>>,
    buyer: Option<Cow<'a, str>>,
    buyer_id: Option<Cow<'a, str>>,
    /// The first field that could not be read.
    error: Option<String>,
}

impl<'a> Fields<'a> {
    /// Reads a member; `false` if the spec does not list it.
    fn set(&mut self, name: &str, value: Json<'a>) -> bool {
        use super::put;
        let e = &mut self.error;
        match name {
            "orderNo" => put(&mut self.order_no, e, value.string(), name),
            "partnerOrderNo" => put(&mut self.partner_order_no, e, value.string(), name),
            "orderAmount" => put(&mut self.order_amount, e, value.int(), name),
            "wallet" => {
                let read = value.code().map(|w| {
                    w.map(|w| match &*w {
                        "Wechat" => Wallet::Wechat,
                        "Alipay" => Wallet::Alipay,
                        _ => Wallet::Unknown(w),
                    })
                });
                put(&mut self.wallet, e, read, name)
            }
            "status" => put(
                &mut self.status,
                e,
                value.code().map(|s| s.map(TradeState::from_wire)),
                name,
            ),
            "payTime" => {
                let read = value
                    .string()
                    .and_then(|t| t.map(|t| rfc3339(&t)).transpose());
                put(&mut self.pay_time, e, read, name)
            }
            "currency" => put(&mut self.currency, e, value.string(), name),
            "buyer" => put(&mut self.buyer, e, value.string(), name),
            "buyerId" => put(&mut self.buyer_id, e, value.string(), name),
            _ => return false,
        }
        true
    }

    fn finish(self) -> Result<PayResponse<'a>, String> {
        if let Some(error) = self.error {
            return Err(error);
        }
        let missing = |name: &str| format!("the required member `{name}` is absent");
        Ok(PayResponse {
            order_no: self.order_no.ok_or_else(|| missing("orderNo"))?,
            partner_order_no: self
                .partner_order_no
                .ok_or_else(|| missing("partnerOrderNo"))?,
            order_amount: self.order_amount,
            wallet: self.wallet.ok_or_else(|| missing("wallet"))?,
            status: self.status.ok_or_else(|| missing("status"))?,
            pay_time: self.pay_time,
            currency: self.currency.ok_or_else(|| missing("currency"))?,
            buyer: self.buyer,
            buyer_id: self.buyer_id,
        })
    }
}

/// RFC 3339 (`2018-07-25T17:54:00+08:00`), parsed by the `time` crate as the generated code's
/// timestamps are.
fn rfc3339(text: &str) -> Result<Moment, String> {
    use time::format_description::well_known::Rfc3339;
    let t = time::OffsetDateTime::parse(text, &Rfc3339)
        .map_err(|_| format!("`{text}` is not an RFC 3339 time"))?;
    Ok(Moment {
        unix: t.unix_timestamp(),
        nanosecond: t.nanosecond(),
        offset_minutes: t.offset().whole_minutes(),
    })
}
