use std::collections::BTreeMap;

use serde_json::json;

use super::*;
use crate::descriptor::UnifiedRole;
use crate::money::MoneyError;

fn field(wire: &'static str, role: UnifiedRole, format: ValueFormat) -> UnifiedField {
    UnifiedField { role, wire, format }
}

fn amount(format: ValueFormat) -> UnifiedField {
    field("amount", UnifiedRole::Amount, format)
}

const MINOR_CONFIG: ValueFormat = ValueFormat::Minor {
    currency_field: None,
    currency_config: Some("currency"),
};
const MINOR_FIELD: ValueFormat = ValueFormat::Minor {
    currency_field: Some("currency"),
    currency_config: None,
};

fn creds(currency: Option<&str>) -> BTreeMap<String, String> {
    currency
        .map(|c| ("currency".to_owned(), c.to_owned()))
        .into_iter()
        .collect()
}

fn written(field: &UnifiedField, value: UnifiedValue<'_>) -> Result<String, Error> {
    let mut content = Object::new();
    write(&mut content, field, value, &creds(Some("JPY")))?;
    Ok(Json::Object(content).to_string())
}

#[test]
fn money_formats_render_exactly() {
    let ten = UnifiedValue::Money(Money::fen(10));
    assert_eq!(
        written(&amount(ValueFormat::Fen), ten).unwrap(),
        r#"{"amount":10}"#
    );
    assert_eq!(
        written(&amount(ValueFormat::YuanNumber), ten).unwrap(),
        r#"{"amount":0.10}"#
    );
    assert_eq!(
        written(&amount(ValueFormat::YuanString), ten).unwrap(),
        r#"{"amount":"0.10"}"#
    );
}

#[test]
fn fen_and_yuan_forms_refuse_other_currencies() {
    let yen = UnifiedValue::Money(Money::from_minor(100, Currency::JPY));
    for format in [
        ValueFormat::Fen,
        ValueFormat::YuanNumber,
        ValueFormat::YuanString,
    ] {
        let error = written(&amount(format), yen).unwrap_err();
        assert!(
            matches!(
                error,
                Error::Money(MoneyError::CurrencyMismatch {
                    expected: Currency::CNY,
                    got: Currency::JPY
                })
            ),
            "{format:?}: {error:?}"
        );
    }
}

#[test]
fn minor_units_must_match_the_config_currency() {
    let field = amount(MINOR_CONFIG);
    let yen = UnifiedValue::Money(Money::from_minor(2100, Currency::JPY));
    assert_eq!(written(&field, yen).unwrap(), r#"{"amount":2100}"#);
    let yuan = UnifiedValue::Money(Money::fen(2100));
    assert!(matches!(
        written(&field, yuan).unwrap_err(),
        Error::Money(MoneyError::CurrencyMismatch { .. })
    ));
    let mut content = Object::new();
    let missing = write(&mut content, &field, yen, &creds(None)).unwrap_err();
    assert!(matches!(missing, Error::MissingConfig(ref key) if key == "currency"));
    let unknown = write(&mut content, &field, yen, &creds(Some("XXX"))).unwrap_err();
    assert!(matches!(
        unknown,
        Error::Money(MoneyError::UnknownCurrency(_))
    ));
}

#[test]
fn minor_units_write_their_currency_field() {
    let field = amount(MINOR_FIELD);
    let yen = UnifiedValue::Money(Money::from_minor(2100, Currency::JPY));
    assert_eq!(
        written(&field, yen).unwrap(),
        r#"{"amount":2100,"currency":"JPY"}"#
    );
    // A currency already set must agree with the amount.
    let mut content = Object::new();
    content.insert("currency".into(), Json::from("CNY"));
    let error = write(&mut content, &field, yen, &creds(None)).unwrap_err();
    assert!(matches!(
        error,
        Error::Money(MoneyError::CurrencyMismatch { .. })
    ));
}

#[test]
fn minor_units_without_any_currency_are_refused() {
    let field = amount(ValueFormat::Minor {
        currency_field: None,
        currency_config: None,
    });
    let error = written(&field, UnifiedValue::Money(Money::fen(1))).unwrap_err();
    assert!(matches!(error, Error::Encode(_)));
}

#[test]
fn texts_render_as_strings_or_integers() {
    let id = field("out_trade_no", UnifiedRole::OrderId, ValueFormat::Text);
    assert_eq!(
        written(&id, UnifiedValue::Text("T1")).unwrap(),
        r#"{"out_trade_no":"T1"}"#
    );
    let code = field(
        "scene",
        UnifiedRole::Subject,
        ValueFormat::Code { integer: true },
    );
    assert_eq!(
        written(&code, UnifiedValue::Text("6")).unwrap(),
        r#"{"scene":6}"#
    );
    assert!(matches!(
        written(&code, UnifiedValue::Text("6a")).unwrap_err(),
        Error::Encode(_)
    ));
}

#[test]
fn a_value_the_format_cannot_hold_is_an_encode_error() {
    let money_as_text = field("amount", UnifiedRole::Amount, ValueFormat::Text);
    assert!(matches!(
        written(&money_as_text, UnifiedValue::Money(Money::fen(1))).unwrap_err(),
        Error::Encode(_)
    ));
    let text_as_fen = field("out_trade_no", UnifiedRole::OrderId, ValueFormat::Fen);
    let error = written(&text_as_fen, UnifiedValue::Text("T1")).unwrap_err();
    assert!(matches!(error, Error::Encode(_)));
    assert_eq!(error.kind(), crate::ErrorKind::Definite);
}

fn content(value: serde_json::Value) -> Object {
    match Json::from(value) {
        Json::Object(map) => map,
        _ => Object::new(),
    }
}

#[test]
fn texts_are_read_from_strings_and_numbers() {
    let reply = content(json!({"a": "x", "b": 12, "c": "", "d": null, "e": {"f": 1}, "g": true}));
    assert_eq!(read_text(&reply, "a").as_deref(), Some("x"));
    assert_eq!(read_text(&reply, "b").as_deref(), Some("12"));
    assert_eq!(read_text(&reply, "c"), None);
    assert_eq!(read_text(&reply, "d"), None);
    assert_eq!(read_text(&reply, "e"), None);
    assert_eq!(read_text(&reply, "g").as_deref(), Some("true"));
    assert_eq!(read_text(&reply, "missing"), None);
}

/// Content as the codec hands it over: read from the text, numbers as their literals.
fn parsed(text: &str) -> Object {
    serde_json::from_str(text).unwrap()
}

#[test]
fn amounts_are_read_exactly() {
    let creds = creds(Some("JPY"));
    let read = |format, text: &str| read_money(&parsed(text), &amount(format), &creds);
    assert_eq!(
        read(ValueFormat::Fen, r#"{"amount":"12"}"#).unwrap(),
        Some(Money::fen(12))
    );
    assert_eq!(
        read(ValueFormat::YuanNumber, r#"{"amount":80.10}"#).unwrap(),
        Some(Money::fen(8010))
    );
    assert_eq!(
        read(ValueFormat::YuanString, r#"{"amount":"0.01"}"#).unwrap(),
        Some(Money::fen(1))
    );
    assert_eq!(
        read(MINOR_CONFIG, r#"{"amount":2100}"#).unwrap(),
        Some(Money::from_minor(2100, Currency::JPY))
    );
    assert_eq!(
        read(MINOR_FIELD, r#"{"amount":2100,"currency":"HKD"}"#).unwrap(),
        Some(Money::from_minor(2100, Currency::HKD))
    );
    assert_eq!(read(ValueFormat::Fen, r#"{"amount":null}"#).unwrap(), None);
    assert_eq!(read(ValueFormat::Fen, "{}").unwrap(), None);
}

// issue 9: amounts written as JSON numbers are read from their literal text, never through an
// f64 (serde_json's `arbitrary_precision` is off for the whole workspace).
#[test]
fn number_amounts_are_read_from_their_literals() {
    let creds = creds(Some("JPY"));
    let read = |format, text: &str| read_money(&parsed(text), &amount(format), &creds);
    for (text, fen) in [
        (r#"{"amount":80.00}"#, 8000),
        (r#"{"amount":0.10}"#, 10),
        (r#"{"amount":0.1}"#, 10),
        (r#"{"amount":92233720368547758.07}"#, i64::MAX),
    ] {
        assert_eq!(
            read(ValueFormat::YuanNumber, text).unwrap(),
            Some(Money::fen(fen)),
            "{text}"
        );
    }
    // Past f64's exact integers: as written, not rounded to ...992.
    assert_eq!(
        read(ValueFormat::Fen, r#"{"amount":9007199254740993}"#).unwrap(),
        Some(Money::fen(9_007_199_254_740_993))
    );
    assert_eq!(
        read(MINOR_CONFIG, r#"{"amount":9007199254740993}"#).unwrap(),
        Some(Money::from_minor(9_007_199_254_740_993, Currency::JPY))
    );
    // An exponent is not money (through a float it would be 100.0, then 100 yuan); an integer
    // past i64 is refused, not rounded.
    for (format, text) in [
        (ValueFormat::YuanNumber, r#"{"amount":1e2}"#),
        (ValueFormat::YuanNumber, r#"{"amount":1E2}"#),
        (ValueFormat::Fen, r#"{"amount":1e2}"#),
        (ValueFormat::Fen, r#"{"amount":12.0}"#),
        (ValueFormat::Fen, r#"{"amount":9223372036854775808}"#),
        (
            ValueFormat::YuanNumber,
            r#"{"amount":92233720368547758.08}"#,
        ),
    ] {
        let error = read(format, text).unwrap_err();
        assert!(matches!(error, Error::Malformed(_)), "{text}: {error}");
    }
}

#[test]
fn unreadable_amounts_are_malformed() {
    let creds = creds(None);
    let read = |format, text: &str| read_money(&parsed(text), &amount(format), &creds);
    assert!(matches!(
        read(ValueFormat::YuanNumber, r#"{"amount":1.005}"#),
        Err(Error::Malformed(_))
    ));
    assert!(matches!(
        read(ValueFormat::Fen, r#"{"amount":"1.5"}"#),
        Err(Error::Malformed(_))
    ));
    assert!(matches!(
        read(MINOR_FIELD, r#"{"amount":1}"#),
        Err(Error::Malformed(_))
    ));
    assert!(matches!(
        read(MINOR_FIELD, r#"{"amount":1,"currency":"cny"}"#),
        Err(Error::Malformed(_))
    ));
    assert!(matches!(
        read(MINOR_CONFIG, r#"{"amount":1}"#),
        Err(Error::MissingConfig(_))
    ));
    assert!(matches!(
        read(ValueFormat::Text, r#"{"amount":"1"}"#),
        Err(Error::Descriptor(_))
    ));
}
