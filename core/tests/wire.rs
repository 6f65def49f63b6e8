//! The serde adapters against the wire forms providers actually send.

use payspec_core::wire::{self, Flag, UnknownValue, WireEnum};
use payspec_core::{Currency, LocalTimestamp, MinorAmount, Money, Timestamp};
use serde::{Deserialize, Serialize};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Yuan {
    #[serde(with = "wire::yuan_number")]
    amount: Money,
    #[serde(
        with = "wire::yuan_string_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    fee: Option<Money>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Fen {
    #[serde(with = "wire::fen")]
    total_fee: Money,
    #[serde(
        with = "wire::fen_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    refund_fee: Option<Money>,
}

fn yuan(json: &str) -> Result<Money, String> {
    serde_json::from_str::<Yuan>(json)
        .map(|y| y.amount)
        .map_err(|e| e.to_string())
}

#[test]
fn yuan_number_decodes_exactly() {
    assert_eq!(yuan(r#"{"amount": 80.00}"#), Ok(Money::fen(8000)));
    assert_eq!(yuan(r#"{"amount": 0.01}"#), Ok(Money::fen(1)));
    assert_eq!(yuan(r#"{"amount": "0.01"}"#), Ok(Money::fen(1)));
    assert_eq!(
        yuan(r#"{"amount": 12345678901234567.89}"#),
        Ok(Money::fen(1_234_567_890_123_456_789))
    );
    assert!(yuan(r#"{"amount": 1.005}"#).unwrap_err().contains("1.005"));
    assert!(yuan(r#"{"amount": 1e2}"#).is_err());
    assert!(yuan(r#"{"amount": true}"#).is_err());
}

#[test]
fn yuan_number_decodes_exactly_through_the_exact_view_and_a_reader() {
    // The codec holds content as `Json` (numbers as their literals) and reads the typed content
    // from its text; the literal must survive that, and an owned reader, too.
    let expected = Yuan {
        amount: Money::fen(8000),
        fee: Some(Money::fen(10)),
    };
    let text = r#"{"amount": 80.00, "fee": 0.10}"#;
    let json = payspec_core::Json::parse(text).unwrap();
    assert_eq!(json.to_typed::<Yuan>(), Ok(expected));
    let y: Yuan = serde_json::from_reader(text.as_bytes()).unwrap();
    assert_eq!(y.amount, Money::fen(8000));
    let exponent = payspec_core::Json::parse(r#"{"amount": 1e2}"#).unwrap();
    assert!(exponent.to_typed::<Yuan>().unwrap_err().contains("1e2"));
}

#[test]
fn yuan_number_encodes_a_number_literal() {
    let out = serde_json::to_string(&Yuan {
        amount: Money::fen(1),
        fee: None,
    })
    .unwrap();
    assert_eq!(out, r#"{"amount":0.01}"#);
    let out = serde_json::to_string(&Yuan {
        amount: Money::fen(8000),
        fee: Some(Money::fen(5)),
    })
    .unwrap();
    assert_eq!(out, r#"{"amount":80.00,"fee":"0.05"}"#);
    let json = payspec_core::Json::from_serialize(&Yuan {
        amount: Money::fen(8000),
        fee: None,
    })
    .unwrap();
    assert_eq!(json.to_string(), r#"{"amount":80.00}"#);
}

#[test]
fn yuan_refuses_other_currencies() {
    let jpy = Yuan {
        amount: Money::from_minor(2100, Currency::JPY),
        fee: None,
    };
    assert!(serde_json::to_string(&jpy)
        .unwrap_err()
        .to_string()
        .contains("expected CNY, got JPY"));
}

#[test]
fn fen_decodes_numbers_and_numeric_strings() {
    let f: Fen = serde_json::from_str(r#"{"total_fee": 12}"#).unwrap();
    assert_eq!(
        f,
        Fen {
            total_fee: Money::fen(12),
            refund_fee: None
        }
    );
    let f: Fen = serde_json::from_str(r#"{"total_fee": "12", "refund_fee": null}"#).unwrap();
    assert_eq!(
        f,
        Fen {
            total_fee: Money::fen(12),
            refund_fee: None
        }
    );
    let f: Fen = serde_json::from_str(r#"{"total_fee": 12, "refund_fee": "3"}"#).unwrap();
    assert_eq!(f.refund_fee, Some(Money::fen(3)));
    for bad in [
        r#""12.0""#,
        "12.0",
        r#""+12""#,
        r#"" 12""#,
        r#""""#,
        "1e3",
        "99999999999999999999",
    ] {
        let json = format!(r#"{{"total_fee": {bad}}}"#);
        assert!(serde_json::from_str::<Fen>(&json).is_err(), "{json}");
    }
}

#[test]
fn fen_encodes_an_integer_and_refuses_jpy() {
    let out = serde_json::to_string(&Fen {
        total_fee: Money::fen(12),
        refund_fee: Some(Money::fen(1)),
    })
    .unwrap();
    assert_eq!(out, r#"{"total_fee":12,"refund_fee":1}"#);
    let jpy = Fen {
        total_fee: Money::from_minor(2100, Currency::JPY),
        refund_fee: None,
    };
    let err = serde_json::to_string(&jpy).unwrap_err().to_string();
    assert!(err.contains("expected CNY, got JPY"), "{err}");
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Misc {
    #[serde(with = "wire::minor")]
    order_amount: MinorAmount,
    #[serde(with = "wire::int")]
    count: i64,
    #[serde(with = "wire::unix_seconds")]
    at: Timestamp,
    #[serde(with = "wire::rfc3339")]
    paid: Timestamp,
    #[serde(with = "wire::compact")]
    end: LocalTimestamp,
    #[serde(
        with = "wire::int_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    missing: Option<i64>,
    #[serde(
        with = "wire::compact_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    start: Option<LocalTimestamp>,
}

#[test]
fn integers_and_timestamps_round_trip() {
    let json = r#"{"order_amount":"2100","count":3,"at":"1532513165","paid":"2018-07-25T18:06:05+08:00","end":"20091227091010","start":"20091227090000"}"#;
    let m: Misc = serde_json::from_str(json).unwrap();
    assert_eq!(
        m.order_amount.in_currency(Currency::JPY),
        Money::from_minor(2100, Currency::JPY)
    );
    assert_eq!(m.at.unix(), 1_532_513_165);
    assert_eq!(m.paid.offset_minutes(), 480);
    assert_eq!(m.missing, None);
    let out = serde_json::to_string(&m).unwrap();
    assert_eq!(
        out,
        r#"{"order_amount":2100,"count":3,"at":1532513165,"paid":"2018-07-25T18:06:05+08:00","end":"20091227091010","start":"20091227090000"}"#
    );
    assert!(serde_json::from_str::<Misc>(&json.replace("20091227091010", "2009-12-27")).is_err());
    assert!(
        serde_json::from_str::<Misc>(&json.replace("\"2018-07-25T18:06:05+08:00\"", "1")).is_err()
    );
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Detail {
    goods_id: String,
    #[serde(with = "wire::yuan_number")]
    price: Money,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct WithJson {
    #[serde(with = "wire::json_string")]
    detail: Detail,
    #[serde(
        with = "wire::json_string_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    more: Option<Vec<Detail>>,
}

#[test]
fn json_string_holds_json_text() {
    let v = WithJson {
        detail: Detail {
            goods_id: "g1".into(),
            price: Money::fen(150),
        },
        more: None,
    };
    let out = serde_json::to_string(&v).unwrap();
    assert_eq!(out, r#"{"detail":"{\"goods_id\":\"g1\",\"price\":1.50}"}"#);
    assert_eq!(serde_json::from_str::<WithJson>(&out).unwrap(), v);
    let with_more = r#"{"detail":"{\"goods_id\":\"g1\",\"price\":1.50}","more":"[{\"goods_id\":\"g2\",\"price\":\"0.01\"}]"}"#;
    let parsed: WithJson = serde_json::from_str(with_more).unwrap();
    assert_eq!(parsed.more.unwrap()[0].price, Money::fen(1));
    assert!(serde_json::from_str::<WithJson>(r#"{"detail":"{not json"}"#).is_err());
    assert!(serde_json::from_str::<WithJson>(r#"{"detail":{"goods_id":"g1","price":1}}"#).is_err());
}

#[derive(Debug, PartialEq, Deserialize)]
struct WithJsonMap {
    #[serde(with = "wire::json_string")]
    detail: payspec_core::json::Object,
}

// issue 8, finding 7: a JSON-string field is signed as text; a name repeated inside it is
// refused whatever type reads it (a map or a `Value` would otherwise keep the last one).
#[test]
fn json_string_refuses_repeated_members() {
    let doubled = r#"{"detail":"{\"goods_id\":\"g1\",\"price\":0.01,\"price\":1.00}"}"#;
    for error in [
        serde_json::from_str::<WithJsonMap>(doubled)
            .map(|_| ())
            .unwrap_err(),
        serde_json::from_str::<WithJson>(doubled)
            .map(|_| ())
            .unwrap_err(),
    ] {
        assert!(
            error.to_string().contains("`price` appears twice"),
            "{error}"
        );
    }
    let nested = r#"{"detail":"{\"goods_id\":\"g1\",\"x\":[{\"a\":1,\"a\":1}]}"}"#;
    assert!(serde_json::from_str::<WithJsonMap>(nested).is_err());
    let once = r#"{"detail":"{\"goods_id\":\"g1\",\"price\":0.10}"}"#;
    let parsed = serde_json::from_str::<WithJsonMap>(once).unwrap();
    // Numbers keep their literal text through the strict reader.
    assert_eq!(parsed.detail["price"].to_string(), "0.10");
}

#[derive(Debug, Clone, PartialEq)]
enum TradeState {
    Success,
    UserPaying,
    Unknown(UnknownValue<TradeState>),
}

impl WireEnum for TradeState {
    const INTEGER: bool = false;
    fn as_wire(&self) -> &str {
        match self {
            TradeState::Success => "SUCCESS",
            TradeState::UserPaying => "USERPAYING",
            TradeState::Unknown(value) => value.as_str(),
        }
    }
    fn listed(raw: &str) -> Option<Self> {
        match raw {
            "SUCCESS" => Some(TradeState::Success),
            "USERPAYING" => Some(TradeState::UserPaying),
            _ => None,
        }
    }
    fn unknown(value: UnknownValue<Self>) -> Self {
        TradeState::Unknown(value)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum PayStatus {
    Paid,
    Unknown(UnknownValue<PayStatus>),
}

impl WireEnum for PayStatus {
    const INTEGER: bool = true;
    fn as_wire(&self) -> &str {
        match self {
            PayStatus::Paid => "1",
            PayStatus::Unknown(value) => value.as_str(),
        }
    }
    fn listed(raw: &str) -> Option<Self> {
        (raw == "1").then_some(PayStatus::Paid)
    }
    fn unknown(value: UnknownValue<Self>) -> Self {
        PayStatus::Unknown(value)
    }
}

macro_rules! open_enum_serde {
    ($ty:ty) => {
        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                wire::serialize_enum(self, s)
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                wire::deserialize_enum(d)
            }
        }
    };
}
open_enum_serde!(TradeState);
open_enum_serde!(PayStatus);

#[test]
fn enums_keep_unknown_values() {
    let s: TradeState = serde_json::from_str(r#""USERPAYING""#).unwrap();
    assert_eq!(s, TradeState::UserPaying);
    let s: TradeState = serde_json::from_str(r#""REVOKED""#).unwrap();
    let TradeState::Unknown(raw) = &s else {
        panic!("REVOKED is not listed: {s:?}");
    };
    assert_eq!(raw.as_str(), "REVOKED");
    assert_eq!(raw.to_string(), "REVOKED");
    assert_eq!(s, TradeState::from_wire("REVOKED"));
    assert_eq!(serde_json::to_string(&s).unwrap(), r#""REVOKED""#);

    let p: PayStatus = serde_json::from_str("1").unwrap();
    assert_eq!(p, PayStatus::Paid);
    let p: PayStatus = serde_json::from_str(r#""1""#).unwrap();
    assert_eq!(p, PayStatus::Paid);
    let p: PayStatus = serde_json::from_str("7").unwrap();
    assert_eq!(p.as_wire(), "7");
    assert!(matches!(p, PayStatus::Unknown(_)));
    assert_eq!(serde_json::to_string(&p).unwrap(), "7");
    assert_eq!(serde_json::to_string(&PayStatus::Paid).unwrap(), "1");
    // An integer enum cannot put a non-integer on the wire: an error, not a silent string.
    assert!(serde_json::to_string(&PayStatus::from_wire("x")).is_err());
    assert!(serde_json::from_str::<PayStatus>("null").is_err());
}

#[test]
fn an_unknown_value_never_stands_for_a_listed_one() {
    // The one way to an unknown value maps every listed text to its variant.
    assert_eq!(TradeState::from_wire("SUCCESS"), TradeState::Success);
    assert_eq!(PayStatus::from_wire("1"), PayStatus::Paid);
    // An integer enum keeps "07" as received, but will not write it as the listed 7.
    let padded: PayStatus = serde_json::from_str(r#""07""#).unwrap();
    assert_eq!(padded.as_wire(), "07");
    assert!(serde_json::to_string(&padded).is_err());
    assert!(serde_json::to_string(&PayStatus::from_wire("-0")).is_err());
    assert_eq!(
        serde_json::to_string(&PayStatus::from_wire("-3")).unwrap(),
        "-3"
    );
}

#[test]
fn flag_is_exactly_y_or_n() {
    assert_eq!(serde_json::from_str::<Flag>(r#""Y""#).unwrap(), Flag::Yes);
    assert_eq!(serde_json::from_str::<Flag>(r#""N""#).unwrap(), Flag::No);
    assert_eq!(serde_json::to_string(&Flag::Yes).unwrap(), r#""Y""#);
    let err = serde_json::from_str::<Flag>(r#""X""#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("`X`"), "{err}");
    assert!(serde_json::from_str::<Flag>(r#""y""#).is_err());
    assert!(serde_json::from_str::<Flag>("true").is_err());
}
