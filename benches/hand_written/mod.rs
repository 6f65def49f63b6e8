//! Pooul `micropay` written by hand, the way a competent developer would without payspec: plain
//! serde structs, amounts as integer fen, the sorted-parameters MD5 rule (signing rule 1) coded
//! directly. It is the baseline of `benches/codec.rs`: it must produce the same request bytes as
//! the generated code and accept the same replies, so the two do the same work.

use std::borrow::Cow;

use md5::{Digest, Md5};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use subtle::ConstantTimeEq;

/// The micropay request content: the same fields and wire names as the spec.
#[derive(Debug, Clone, Serialize)]
pub struct MicropayRequest {
    pub mch_trade_id: String,
    pub device_info: String,
    pub subject: String,
    pub body: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attach: Option<String>,
    /// Fen.
    pub total_fee: i64,
    pub spbill_create_ip: String,
    pub auth_code: String,
    /// Unix seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_start: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_expire: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op_user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub store_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op_device_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goods_tag: Option<String>,
    /// `bar_code` / `wave_code`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scene: Option<String>,
    /// 0 = D0, 1 = standard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settle_type: Option<u8>,
}

/// The micropay reply's `data`: the same fields as the spec; fen amounts as `i64`, the yuan
/// amounts (sent as strings such as `"0.01"`) kept as the strings received.
// Every field is parsed (that is the work measured); the bench reads only a few.
#[allow(dead_code)]
#[derive(Debug, Clone, Deserialize)]
pub struct MicropayResponse {
    pub merchant_id: String,
    pub device_info: Option<String>,
    pub nonce_str: Option<String>,
    pub err_code: Option<String>,
    pub err_msg: Option<String>,
    pub need_query: Option<String>,
    pub openid: Option<String>,
    pub pay_type: String,
    pub is_subscribe: Option<String>,
    pub mch_trade_id: String,
    pub ch_trade_id: Option<String>,
    pub trade_id: String,
    pub out_trade_id: Option<String>,
    pub sub_is_subscribe: Option<String>,
    pub sub_appid: Option<String>,
    pub total_fee: i64,
    pub coupon_fee: Option<i64>,
    pub currency_type: Option<String>,
    pub attach: Option<String>,
    pub bank_type: Option<String>,
    pub bank_billno: Option<String>,
    pub time_end: Option<i64>,
    pub appid: Option<String>,
    pub fee_type: Option<String>,
    pub buyer_logon_id: Option<String>,
    pub fund_bill_list: Option<String>,
    pub buyer_user_id: Option<String>,
    pub buyer_pay_amount: Option<String>,
    pub invoice_amount: Option<String>,
    pub point_amount: Option<String>,
    pub receipt_amount: Option<String>,
    pub trade_state: i64,
}

#[derive(Debug)]
pub enum Error {
    Invalid(&'static str),
    Json(serde_json::Error),
    SignatureMissing,
    SignatureMismatch,
    /// `code` is not 0: the envelope reports a failure.
    Code(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Invalid(field) => write!(f, "invalid request field `{field}`"),
            Error::Json(e) => write!(f, "JSON: {e}"),
            Error::SignatureMissing => f.write_str("the reply carries no signature"),
            Error::SignatureMismatch => f.write_str("the reply's signature does not verify"),
            Error::Code(code) => write!(f, "the reply's code is {code}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Error {
        Error::Json(e)
    }
}

/// The request body: the envelope members first, then the content, then `sign`.
#[derive(Serialize)]
struct SignedRequest<'a> {
    version: &'a str,
    sign_type: &'a str,
    merchant_id: &'a str,
    nonce_str: &'a str,
    #[serde(flatten)]
    content: &'a Map<String, Value>,
    sign: &'a str,
}

/// The reply envelope; `data` kept as received, since the signature covers its members.
#[derive(Deserialize)]
struct Envelope<'a> {
    code: Value,
    #[serde(borrow)]
    data: Option<&'a RawValue>,
    sign: Option<String>,
}

/// A rule-1 value: strings as their text, numbers as their literal, nested values as JSON;
/// `None` for null and "" (left out).
fn pair_value(value: &Value) -> Option<Cow<'_, str>> {
    match value {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::String(s) => Some(Cow::Borrowed(s)),
        Value::Number(n) => Some(Cow::Owned(n.to_string())),
        Value::Bool(b) => Some(Cow::Borrowed(if *b { "true" } else { "false" })),
        other => Some(Cow::Owned(other.to_string())),
    }
}

/// Rule 1: sorted `k=v` pairs joined with `&`, then `&key=K`, MD5, uppercase hex.
fn rule1_sign<'a>(mut pairs: Vec<(&'a str, Cow<'a, str>)>, key: &str) -> String {
    pairs.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut plain = String::with_capacity(512);
    for (name, value) in &pairs {
        plain.push_str(name);
        plain.push('=');
        plain.push_str(value);
        plain.push('&');
    }
    plain.push_str("key=");
    plain.push_str(key);
    hex::encode_upper(Md5::digest(plain.as_bytes()))
}

/// Checks, signs and serializes a micropay request.
pub fn encode_request(
    req: &MicropayRequest,
    merchant_id: &str,
    key: &str,
    nonce: &str,
) -> Result<Vec<u8>, Error> {
    if req.mch_trade_id.is_empty() || req.mch_trade_id.chars().count() > 32 {
        return Err(Error::Invalid("mch_trade_id"));
    }
    for (name, text) in [
        ("device_info", &req.device_info),
        ("subject", &req.subject),
        ("body", &req.body),
        ("spbill_create_ip", &req.spbill_create_ip),
        ("auth_code", &req.auth_code),
    ] {
        if text.is_empty() {
            return Err(Error::Invalid(name));
        }
    }
    if req.total_fee <= 0 {
        return Err(Error::Invalid("total_fee"));
    }

    let Value::Object(mut content) = serde_json::to_value(req)? else {
        unreachable!("a struct serializes to an object")
    };
    content.insert("pay_type".into(), Value::String("alipay.micro".into()));

    let (version, sign_type) = ("1.0", "md5");
    let mut pairs: Vec<(&str, Cow<'_, str>)> = Vec::with_capacity(content.len() + 4);
    pairs.extend([
        ("version", Cow::Borrowed(version)),
        ("sign_type", Cow::Borrowed(sign_type)),
        ("merchant_id", Cow::Borrowed(merchant_id)),
        ("nonce_str", Cow::Borrowed(nonce)),
    ]);
    pairs.extend(
        content
            .iter()
            .filter_map(|(name, value)| Some((name.as_str(), pair_value(value)?))),
    );
    let sign = rule1_sign(pairs, key);

    Ok(serde_json::to_vec(&SignedRequest {
        version,
        sign_type,
        merchant_id,
        nonce_str: nonce,
        content: &content,
        sign: &sign,
    })?)
}

/// Verifies (the members of `data`, as received), checks `code`, parses `data`.
pub fn decode_response(body: &[u8], key: &str) -> Result<MicropayResponse, Error> {
    let envelope: Envelope<'_> = serde_json::from_slice(body)?;
    let received = envelope
        .sign
        .as_deref()
        .filter(|s| !s.is_empty())
        .ok_or(Error::SignatureMissing)?;
    let data = envelope.data.ok_or(Error::SignatureMissing)?;
    // Pooul's members are texts and integers (fen), which a `Value` holds exactly. A decimal
    // would not be: without serde_json's `arbitrary_precision` (off in this workspace) `80.00`
    // is read as a float and would be signed as `80.0`; payspec reads members as `Json`.
    let members: Map<String, Value> = serde_json::from_str(data.get())?;
    let pairs = members
        .iter()
        .filter_map(|(name, value)| Some((name.as_str(), pair_value(value)?)))
        .collect();
    let expected = rule1_sign(pairs, key);
    let received = received.to_ascii_uppercase();
    if !bool::from(expected.as_bytes().ct_eq(received.as_bytes())) {
        return Err(Error::SignatureMismatch);
    }
    let code = match &envelope.code {
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if code != "0" {
        return Err(Error::Code(code));
    }
    Ok(serde_json::from_value(Value::Object(members))?)
}
