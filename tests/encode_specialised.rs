//! Property: every generated operation's `encode` (specialised at generation time, see
//! `codegen/src/emit/encode.rs`) writes exactly the bytes the descriptor interpreter
//! (`payspec_core::codec::encode_request`, which the gateway's untyped path keeps using) writes
//! for the same request, configuration and context — and fails where it fails. Requests are
//! random: text that needs escaping (quotes, backslashes, control characters, non-ASCII, empty),
//! amounts and integers anywhere in range, optional members present or absent, unlisted enum
//! values, a nonce longer or shorter than the layout's.

use payspec_core::descriptor::{OperationDescriptor, ProviderDescriptor};
use payspec_core::{EncodeContext, Message, Redacted, Validate};
use payspec_generated::{bjrcb, fubei, pooul, scanforpay};
use proptest::prelude::*;
use serde::Serialize;
use serde_json::{json, Map, Value};

/// How a member is written, for the generator.
#[derive(Clone, Copy)]
enum Ty {
    Text,
    /// Text matching this regex (a field with a `pattern`), or any text now and then.
    Like(&'static str),
    /// A JSON integer (also fen, minor units, unix seconds).
    Int,
    /// `yyyyMMddHHmmss`.
    Compact,
    /// An open enum: one of these, or any other text.
    Enum(&'static [&'static str]),
    /// An integer open enum: one of these, any integer, or a text that is not an integer's own.
    IntEnum(&'static [i64]),
    /// Yuan with two decimals, as a string (the adapters read both forms).
    Yuan,
    /// `2026-12-01T12:00:00+08:00`, in any offset.
    Rfc3339,
    /// Fubei's `detail`: an object with a list of objects, carried as a JSON string.
    FubeiDetail,
}

type Fields = &'static [(&'static str, Ty, bool)];

fn text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => "[a-zA-Z0-9_.]{1,12}",
        2 => "\\PC{0,10}",
        2 => "[\"\\\\/\u{0}-\u{1f}\u{7f}a中€😀 ]{0,8}",
        1 => Just(String::new()),
    ]
    .boxed()
}

fn value(ty: Ty) -> BoxedStrategy<Value> {
    match ty {
        Ty::Text => text().prop_map(Value::from).boxed(),
        Ty::Like(regex) => prop_oneof![
            6 => proptest::string::string_regex(regex).expect("regex").prop_map(Value::from),
            1 => text().prop_map(Value::from),
        ]
        .boxed(),
        Ty::Int => prop_oneof![
            4 => (1i64..100_000_000).prop_map(Value::from),
            1 => any::<i64>().prop_map(Value::from),
        ]
        .boxed(),
        Ty::Compact => (
            1970u32..2100,
            1u32..13,
            1u32..29,
            0u32..24,
            0u32..60,
            0u32..60,
        )
            .prop_map(|(y, mo, d, h, mi, s)| {
                Value::from(format!("{y:04}{mo:02}{d:02}{h:02}{mi:02}{s:02}"))
            })
            .boxed(),
        Ty::Enum(listed) => prop_oneof![
            3 => proptest::sample::select(listed).prop_map(Value::from),
            1 => text().prop_map(Value::from),
        ]
        .boxed(),
        Ty::Rfc3339 => (1970u32..2100, 1u32..13, 1u32..29, 0u32..86_400, -12i32..14)
            .prop_map(|(y, mo, d, secs, h)| {
                let sign = if h < 0 { '-' } else { '+' };
                Value::from(format!(
                    "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}{sign}{:02}:00",
                    secs / 3600,
                    secs / 60 % 60,
                    secs % 60,
                    h.unsigned_abs()
                ))
            })
            .boxed(),
        Ty::Yuan => (1i64..10_000_000_000)
            .prop_map(|fen| Value::from(format!("{}.{:02}", fen / 100, fen % 100)))
            .boxed(),
        Ty::FubeiDetail => (
            proptest::option::of(any::<i64>()),
            proptest::option::of(text()),
            proptest::collection::vec((text(), text(), 1i64..100, 1i64..1_000_000), 0..3),
        )
            .prop_map(|(cost_price, receipt_id, goods)| {
                let mut detail = Map::new();
                if let Some(c) = cost_price {
                    detail.insert("cost_price".into(), c.into());
                }
                if let Some(r) = receipt_id {
                    detail.insert("receipt_id".into(), r.into());
                }
                let goods: Vec<Value> = goods
                    .into_iter()
                    .map(|(id, name, quantity, price)| {
                        json!({"price": price, "goods_name": name, "quantity": quantity, "goods_id": id})
                    })
                    .collect();
                detail.insert("goods_detail".into(), goods.into());
                Value::from(Value::Object(detail).to_string())
            })
            .boxed(),
        Ty::IntEnum(listed) => prop_oneof![
            3 => proptest::sample::select(listed).prop_map(Value::from),
            1 => any::<i64>().prop_map(Value::from),
            1 => proptest::sample::select(&["07", "x", "-0", "1"][..]).prop_map(Value::from),
        ]
        .boxed(),
    }
}

/// A content object: required members always, optional ones two times in three.
fn content(fields: Fields) -> BoxedStrategy<Value> {
    let members: Vec<BoxedStrategy<Option<(String, Value)>>> = fields
        .iter()
        .map(|&(name, ty, required)| {
            let member = value(ty).prop_map(move |v| (name.to_owned(), v));
            if required {
                member.prop_map(Some).boxed()
            } else {
                proptest::option::weighted(0.67, member).boxed()
            }
        })
        .collect();
    members
        .prop_map(|members| Value::Object(members.into_iter().flatten().collect::<Map<_, _>>()))
        .boxed()
}

fn ctx() -> impl Strategy<Value = EncodeContext> {
    (
        prop_oneof![
            4 => 1_500_000_000i64..2_000_000_000,
            1 => -100_000_000_000i64..400_000_000_000,
        ],
        prop_oneof![6 => "[A-Za-z0-9]{32,40}", 1 => "[A-Za-z0-9]{0,31}", 1 => "\\PC{32,34}"],
        "[a-f0-9-]{36}",
    )
        .prop_map(|(unix_time, nonce, message_id)| EncodeContext {
            unix_time,
            nonce,
            message_id,
        })
}

/// Config values that need escaping too.
fn secret() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9\"\\\\中]{1,16}"
}

/// Both encoders on the same request: the same bytes, or both refusing.
fn same<T: Serialize + Validate>(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    request: &T,
    specialised: Result<Message, payspec_core::Error>,
    creds: &dyn payspec_core::Credentials,
    ctx: &EncodeContext,
) -> Result<(), TestCaseError> {
    if request.validate().is_err() {
        // Refused before anything is encoded, on both paths (the interpreter is validate-free).
        prop_assert!(matches!(specialised, Err(payspec_core::Error::Invalid(_))));
        return Ok(());
    }
    let interpreted = payspec_core::codec::encode_request(provider, op, request, creds, ctx);
    match (&specialised, &interpreted) {
        (Ok(a), Ok(b)) => {
            prop_assert_eq!(
                String::from_utf8_lossy(&a.body),
                String::from_utf8_lossy(&b.body),
                "{}",
                op.name
            );
            prop_assert_eq!(&a.headers, &b.headers);
        }
        (Err(a), Err(b)) => prop_assert_eq!(a.kind(), b.kind(), "{} / {}", a, b),
        _ => prop_assert!(
            false,
            "{}: specialised {:?}, interpreter {:?}",
            op.name,
            specialised.as_ref().map(|_| ()),
            interpreted.as_ref().map(|_| ())
        ),
    }
    Ok(())
}

macro_rules! check {
    ($name:ident, $module:ident :: $op:ident :: $ty:ident, $fields:expr, $config:expr, $encode:ident) => {
        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]
            #[test]
            fn $name(value in content($fields), ctx in ctx(), a in secret(), b in secret(), c in secret()) {
                let config = $config(a, b, c);
                let Ok(request) = serde_json::from_value::<$module::$op::$ty>(value) else {
                    // A generated text the typed struct does not accept (a compact time on
                    // the 29th of February of a common year, say): not a request.
                    return Ok(());
                };
                let specialised = request.$encode(&config, &ctx);
                same(&$module::PROVIDER, &$module::$op::OPERATION, &request, specialised, &config, &ctx)?;
            }
        }
    };
}

fn pooul_config(merchant_id: String, key: String, _: String) -> pooul::Config {
    pooul::Config {
        merchant_id,
        key: Redacted::new(key),
    }
}

fn scanforpay_config(partner_no: String, store_no: String, key: String) -> scanforpay::Config {
    scanforpay::Config {
        partner_no,
        store_no,
        key: Redacted::new(key),
        currency: "JPY".into(),
    }
}

fn bjrcb_config(merchant_id: String, key: String, _: String) -> bjrcb::Config {
    serde_json::from_value(json!({ "merchant_id": merchant_id, "key": key })).expect("config")
}

fn fubei_config(app_id: String, app_secret: String, _: String) -> fubei::Config {
    serde_json::from_value(json!({ "app_id": app_id, "app_secret": app_secret })).expect("config")
}

const POOUL_MICROPAY: Fields = &[
    ("mch_trade_id", Ty::Text, true),
    ("device_info", Ty::Text, true),
    ("subject", Ty::Text, true),
    ("body", Ty::Text, true),
    ("attach", Ty::Text, false),
    ("total_fee", Ty::Int, true),
    ("spbill_create_ip", Ty::Text, true),
    ("auth_code", Ty::Text, true),
    ("time_start", Ty::Int, false),
    ("time_expire", Ty::Int, false),
    ("op_user_id", Ty::Text, false),
    ("store_id", Ty::Text, false),
    ("op_device_id", Ty::Text, false),
    ("goods_tag", Ty::Text, false),
    ("scene", Ty::Enum(&["bar_code", "wave_code"]), false),
    ("settle_type", Ty::IntEnum(&[0, 1]), false),
];
const POOUL_UNIFIED_ORDER: Fields = &[
    ("mch_trade_id", Ty::Text, true),
    ("device_info", Ty::Text, false),
    ("body", Ty::Text, true),
    ("attach", Ty::Text, false),
    ("total_fee", Ty::Int, true),
    ("spbill_create_ip", Ty::Text, true),
    ("notify_url", Ty::Text, true),
    ("limit_pay", Ty::Text, false),
    ("time_start", Ty::Int, false),
    ("time_expire", Ty::Int, false),
    ("op_user_id", Ty::Text, false),
    ("goods_tag", Ty::Text, false),
    ("product_id", Ty::Text, false),
    ("buyer_logon_id", Ty::Text, false),
    ("buyer_id", Ty::Text, false),
    ("settle_type", Ty::IntEnum(&[0, 1]), false),
];
const POOUL_BY_ID: Fields = &[
    ("mch_trade_id", Ty::Text, false),
    ("trade_id", Ty::Text, false),
];
const POOUL_NOTIFY: Fields = &[
    ("result_code", Ty::Int, false),
    ("merchant_id", Ty::Text, true),
    ("device_info", Ty::Text, false),
    ("nonce_str", Ty::Text, true),
    ("err_code", Ty::Text, false),
    ("err_msg", Ty::Text, false),
    ("openid", Ty::Text, false),
    ("pay_type", Ty::Text, true),
    ("mch_trade_id", Ty::Text, true),
    ("ch_trade_id", Ty::Text, false),
    ("trade_id", Ty::Text, true),
    ("out_trade_id", Ty::Text, true),
    ("total_fee", Ty::Int, true),
    ("currency_type", Ty::Text, false),
    ("attach", Ty::Text, false),
    ("time_end", Ty::Int, false),
    ("bank_type", Ty::Text, false),
    ("fee_type", Ty::Text, false),
    ("buyer_logon_id", Ty::Text, false),
    ("fund_bill_list", Ty::Text, false),
    ("buyer_user_id", Ty::Text, false),
    (
        "trade_state",
        Ty::IntEnum(&[-1, 0, 1, 2, 3, 4, 5, 6, 7]),
        true,
    ),
];
const SCANFORPAY_PAY: Fields = &[
    ("partnerOrderNo", Ty::Text, true),
    ("barcode", Ty::Text, true),
    ("orderAmount", Ty::Int, true),
    ("orderTitle", Ty::Text, false),
    ("operatorId", Ty::Text, false),
    ("terminalNo", Ty::Text, false),
    ("notifyUrl", Ty::Text, false),
];
const SCANFORPAY_BY_ID: Fields = &[
    ("partnerOrderNo", Ty::Text, true),
    ("orderNo", Ty::Text, false),
];
const BJRCB_MICROPAY: Fields = &[
    ("out_trade_no", Ty::Text, true),
    ("auth_code", Ty::Like("28[0-9]{16}"), true),
    ("total_fee", Ty::Int, true),
    ("subject", Ty::Text, true),
    ("detail", Ty::Text, false),
    ("body", Ty::Text, true),
    ("time_start", Ty::Compact, false),
    ("time_expire", Ty::Compact, false),
    ("op_user_id", Ty::Text, false),
    ("store_id", Ty::Text, false),
    ("device_info", Ty::Text, true),
    ("scene", Ty::Enum(&["bar_code", "wave_code"]), true),
    ("limit_pay", Ty::Enum(&["no_credit"]), false),
];
const BJRCB_BY_ID: Fields = &[
    ("out_trade_no", Ty::Text, true),
    ("transaction_id", Ty::Text, false),
];
const FUBEI_SWIPE: Fields = &[
    (
        "merchant_order_sn",
        Ty::Like("[A-Za-z0-9]([A-Za-z0-9 _.]{0,20}[A-Za-z0-9])?"),
        true,
    ),
    ("type", Ty::IntEnum(&[1, 2, 5]), false),
    ("auth_code", Ty::Like("[0-9]{18}"), true),
    ("total_fee", Ty::Yuan, true),
    ("store_id", Ty::Int, false),
    ("cashier_id", Ty::Int, false),
    ("device_no", Ty::Text, false),
    ("body", Ty::Text, false),
    ("call_back_url", Ty::Text, false),
    ("equipment_type", Ty::Int, false),
    ("discount_switch", Ty::Enum(&["0", "1"]), false),
    ("attach", Ty::Text, false),
    ("goods_tag", Ty::Text, false),
    ("detail", Ty::FubeiDetail, false),
    ("sub_appid", Ty::Text, false),
    ("timeout_express", Ty::Compact, false),
    ("scene", Ty::Text, false),
    ("buyer_id", Ty::Text, false),
];
const FUBEI_BY_ID: Fields = &[
    ("merchant_order_sn", Ty::Text, false),
    ("order_sn", Ty::Text, false),
];

check!(
    pooul_micropay,
    pooul::micropay::MicropayRequest,
    POOUL_MICROPAY,
    pooul_config,
    encode
);
check!(
    pooul_unified_order,
    pooul::unified_order::UnifiedOrderRequest,
    POOUL_UNIFIED_ORDER,
    pooul_config,
    encode
);
check!(
    pooul_query,
    pooul::query::QueryRequest,
    POOUL_BY_ID,
    pooul_config,
    encode
);
check!(
    pooul_reverse,
    pooul::reverse::ReverseRequest,
    POOUL_BY_ID,
    pooul_config,
    encode
);
check!(
    pooul_notify,
    pooul::notify::NotifyMessage,
    POOUL_NOTIFY,
    pooul_config,
    encode
);
check!(
    scanforpay_pay,
    scanforpay::pay::PayRequest,
    SCANFORPAY_PAY,
    scanforpay_config,
    encode
);
check!(
    scanforpay_query,
    scanforpay::query::QueryRequest,
    SCANFORPAY_BY_ID,
    scanforpay_config,
    encode
);
check!(
    scanforpay_reverse,
    scanforpay::reverse::ReverseRequest,
    SCANFORPAY_BY_ID,
    scanforpay_config,
    encode
);
check!(
    bjrcb_micropay,
    bjrcb::micropay::MicropayRequest,
    BJRCB_MICROPAY,
    bjrcb_config,
    encode
);
check!(
    bjrcb_query,
    bjrcb::query::QueryRequest,
    BJRCB_BY_ID,
    bjrcb_config,
    encode
);
check!(
    bjrcb_reverse,
    bjrcb::reverse::ReverseRequest,
    BJRCB_BY_ID,
    bjrcb_config,
    encode
);
check!(
    fubei_swipe,
    fubei::swipe::SwipeRequest,
    FUBEI_SWIPE,
    fubei_config,
    encode
);
check!(
    fubei_query,
    fubei::query::QueryRequest,
    FUBEI_BY_ID,
    fubei_config,
    encode
);
check!(
    fubei_reverse,
    fubei::reverse::ReverseRequest,
    FUBEI_BY_ID,
    fubei_config,
    encode
);

/// An envelope status as a simulator gives one: a code (a number's text, or not), a message.
fn status() -> impl Strategy<Value = payspec_core::EnvelopeStatus> {
    (
        proptest::option::of(prop_oneof![
            4 => proptest::sample::select(&["0", "1", "200", "SUCCESS", "-1"][..]).prop_map(String::from),
            1 => text(),
        ]),
        proptest::option::of(text()),
        proptest::option::of(text()),
    )
        .prop_map(|(code, message, sub_code)| payspec_core::EnvelopeStatus {
            code: code.map(Into::into),
            message: message.map(Into::into),
            sub_code: sub_code.map(Into::into),
            business: None,
        })
}

/// A reply's `encode` (server side) and the interpreter's `encode_response`: the same bytes, or
/// both refusing; with content and without.
macro_rules! check_reply {
    ($name:ident, $module:ident :: $op:ident :: $ty:ident, $fields:expr, $config:expr) => {
        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]
            #[test]
            fn $name(value in content($fields), status in status(), ctx in ctx(), a in secret(), b in secret(), c in secret(), absent in proptest::bool::weighted(0.1)) {
                let config = $config(a, b, c);
                let Ok(reply) = serde_json::from_value::<$module::$op::$ty>(value) else {
                    return Ok(());
                };
                let content = (!absent).then_some(&reply);
                let ours = $module::$op::$ty::encode(content, &status, &config, &ctx);
                let theirs = payspec_core::codec::encode_response(&$module::PROVIDER, &$module::$op::OPERATION, &status, content, &config, &ctx);
                match (&ours, &theirs) {
                    (Ok(a), Ok(b)) => {
                        prop_assert_eq!(String::from_utf8_lossy(&a.body), String::from_utf8_lossy(&b.body));
                        prop_assert_eq!(&a.headers, &b.headers);
                    }
                    (Err(a), Err(b)) => prop_assert_eq!(a.kind(), b.kind(), "{} / {}", a, b),
                    _ => prop_assert!(false, "specialised {:?}, interpreter {:?}", ours.as_ref().map(|_| ()), theirs.as_ref().map(|_| ())),
                }
            }
        }
    };
}

const POOUL_MICROPAY_REPLY: Fields = &[
    ("merchant_id", Ty::Text, true),
    ("device_info", Ty::Text, false),
    ("nonce_str", Ty::Text, false),
    ("need_query", Ty::Enum(&["Y", "N"]), false),
    ("pay_type", Ty::Text, true),
    ("mch_trade_id", Ty::Text, true),
    ("trade_id", Ty::Text, true),
    ("total_fee", Ty::Int, true),
    ("coupon_fee", Ty::Int, false),
    ("attach", Ty::Text, false),
    ("time_end", Ty::Int, false),
    ("fund_bill_list", Ty::Text, false),
    ("buyer_pay_amount", Ty::Yuan, false),
    (
        "trade_state",
        Ty::IntEnum(&[-1, 0, 1, 2, 3, 4, 5, 6, 7]),
        true,
    ),
];
const SCANFORPAY_PAY_REPLY: Fields = &[
    ("orderNo", Ty::Text, true),
    ("partnerOrderNo", Ty::Text, true),
    ("orderAmount", Ty::Int, false),
    ("wallet", Ty::Enum(&["Wechat", "Alipay"]), true),
    ("status", Ty::IntEnum(&[0, 1, 2, 3]), true),
    ("payTime", Ty::Rfc3339, false),
    ("currency", Ty::Text, true),
    ("buyer", Ty::Text, false),
    ("buyerId", Ty::Text, false),
];
const BJRCB_MICROPAY_REPLY: Fields = &[
    ("device_info", Ty::Text, false),
    ("result_code", Ty::Text, true),
    ("err_code_des", Ty::Text, false),
    (
        "trade_state",
        Ty::Enum(&["SUCCESS", "USERPAYING", "PAYERROR"]),
        true,
    ),
    ("out_trade_no", Ty::Text, true),
    ("total_fee", Ty::Int, true),
    ("transaction_id", Ty::Text, true),
    ("time_end", Ty::Compact, false),
];
const FUBEI_QUERY_REPLY: Fields = &[
    ("merchant_order_sn", Ty::Text, true),
    ("order_sn", Ty::Text, true),
    ("trade_no", Ty::Text, true),
    (
        "trade_state",
        Ty::Enum(&["SUCCESS", "USERPAYING", "REVOKED"]),
        false,
    ),
    ("total_fee", Ty::Yuan, true),
    ("net_money", Ty::Yuan, false),
    ("type", Ty::IntEnum(&[1, 2, 5]), false),
    ("attach", Ty::Text, false),
    ("store_id", Ty::Int, true),
];

check_reply!(
    pooul_micropay_reply,
    pooul::micropay::MicropayResponse,
    POOUL_MICROPAY_REPLY,
    pooul_config
);
check_reply!(
    scanforpay_pay_reply,
    scanforpay::pay::PayResponse,
    SCANFORPAY_PAY_REPLY,
    scanforpay_config
);
check_reply!(
    bjrcb_micropay_reply,
    bjrcb::micropay::MicropayResponse,
    BJRCB_MICROPAY_REPLY,
    bjrcb_config
);
check_reply!(
    fubei_query_reply,
    fubei::query::QueryResponse,
    FUBEI_QUERY_REPLY,
    fubei_config
);
