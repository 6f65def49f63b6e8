//! Writing unified values (order id, amount, auth code…) into a request's content and reading
//! them back out of a reply, per the wire format the spec gives each field.
//!
//! Generic code (the spec-driven gateway, a simulator) works on content as a [`Object`]
//! (numbers as their literal text); these helpers are the only place that turns a [`Money`] or a text into the
//! JSON a provider expects, so every provider's amounts are written by the same exact rules as
//! the typed `wire` adapters (no floats, CNY-only fen and yuan forms).

use crate::credentials::Credentials;
use crate::descriptor::{UnifiedField, ValueFormat};
use crate::error::Error;
use crate::json::{Json, Number, Object};
use crate::money::{Currency, Money};

/// A value the unified model supplies for one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnifiedValue<'a> {
    /// Ids, texts, codes.
    Text(&'a str),
    Money(Money),
}

/// Writes `value` into `content` under `field.wire`, in the field's format.
///
/// A `Minor` amount also writes its currency code into the spec's currency field when that field
/// is not set yet, or, with a config currency, checks that the amount is in that currency: the
/// provider reads minor units in its own currency, and 100 JPY sent as 100 "CNY minor units"
/// would charge one yuan. Every failure is [`Error::Encode`] or [`Error::Money`]: nothing has been
/// sent yet.
pub fn write(
    content: &mut Object,
    field: &UnifiedField,
    value: UnifiedValue<'_>,
    creds: &dyn Credentials,
) -> Result<(), Error> {
    let rendered = match value {
        UnifiedValue::Text(text) => render_text(field, text)?,
        UnifiedValue::Money(money) => render_money(content, field, money, creds)?,
    };
    content.insert(field.wire.to_owned(), rendered);
    Ok(())
}

fn render_text(field: &UnifiedField, text: &str) -> Result<Json, Error> {
    match field.format {
        ValueFormat::Text | ValueFormat::Flag | ValueFormat::Code { integer: false } => {
            Ok(Json::String(text.to_owned()))
        }
        ValueFormat::Integer | ValueFormat::Code { integer: true } => {
            integer(text).map(Json::Number).ok_or_else(|| {
                Error::Encode(format!(
                    "member `{}` must be an integer, the {:?} value is not",
                    field.wire, field.role
                ))
            })
        }
        other => Err(cannot_write(field, "a text", other)),
    }
}

fn render_money(
    content: &mut Object,
    field: &UnifiedField,
    money: Money,
    creds: &dyn Credentials,
) -> Result<Json, Error> {
    match field.format {
        ValueFormat::Fen => Ok(Json::from(money.expect_currency(Currency::CNY)?.minor())),
        ValueFormat::YuanNumber => {
            let text = money.expect_currency(Currency::CNY)?.render_major();
            // The literal itself: `0.10` stays `0.10`.
            Number::from_literal(&text)
                .map(Json::Number)
                .map_err(|e| Error::Encode(format!("member `{}`: {e}", field.wire)))
        }
        ValueFormat::YuanString => Ok(Json::String(
            money.expect_currency(Currency::CNY)?.render_major(),
        )),
        ValueFormat::Minor {
            currency_field,
            currency_config,
        } => {
            if let Some(key) = currency_config {
                let expected = config_currency(key, creds)?;
                money.expect_currency(expected)?;
            }
            match (currency_field, currency_config) {
                (Some(name), _) => match content.get(name) {
                    None | Some(Json::Null) => {
                        let code = Json::String(money.currency().code().to_owned());
                        content.insert(name.to_owned(), code);
                    }
                    Some(given) => {
                        let given = given.scalar_text().unwrap_or_default();
                        money.expect_currency(Currency::from_code(given)?)?;
                    }
                },
                (None, Some(_)) => {}
                (None, None) => {
                    return Err(Error::Encode(format!(
                        "member `{}` is in minor units but the spec names no currency for it",
                        field.wire
                    )))
                }
            }
            Ok(Json::from(money.minor()))
        }
        other => Err(cannot_write(field, "an amount", other)),
    }
}

/// The currency named by config key `key`.
fn config_currency(key: &str, creds: &dyn Credentials) -> Result<Currency, Error> {
    let code = creds
        .value(key)
        .ok_or_else(|| Error::MissingConfig(key.to_owned()))?;
    Ok(Currency::from_code(code)?)
}

fn cannot_write(field: &UnifiedField, what: &str, format: ValueFormat) -> Error {
    Error::Encode(format!(
        "member `{}` ({:?}) is {format:?}, which cannot hold {what}",
        field.wire, field.role
    ))
}

/// An integer JSON number from decimal text (`-?digits`, in `i64`), if it is one.
fn integer(text: &str) -> Option<Number> {
    Number::from_literal(text)
        .ok()
        .filter(|n| n.as_i64().is_some())
}

/// The text of a scalar member: a string's text, a number's literal, `true`/`false`. `None` for
/// an absent, null or empty member, or an object or array (never a unified value).
pub fn read_text(content: &Object, wire: &str) -> Option<String> {
    content
        .get(wire)
        .and_then(Json::scalar_text)
        .filter(|text| !text.is_empty())
        .map(str::to_owned)
}

/// The amount in `field`, read exactly per its format; `Ok(None)` when the member is absent or
/// null. A value that is there but cannot be read is [`Error::Malformed`].
pub fn read_money(
    content: &Object,
    field: &UnifiedField,
    creds: &dyn Credentials,
) -> Result<Option<Money>, Error> {
    let value = match content.get(field.wire) {
        None | Some(Json::Null) => return Ok(None),
        Some(value) => value,
    };
    let malformed = |e: String| Error::Malformed(format!("member `{}`: {e}", field.wire));
    let money = match field.format {
        ValueFormat::Fen => crate::wire::fen::from_json(value).map_err(malformed)?,
        ValueFormat::YuanNumber | ValueFormat::YuanString => {
            crate::wire::yuan_number::from_json(value).map_err(malformed)?
        }
        ValueFormat::Minor {
            currency_field,
            currency_config,
        } => {
            let minor = crate::wire::minor::from_json(value).map_err(malformed)?;
            let from_field = currency_field.and_then(|name| read_text(content, name));
            let currency = match (from_field, currency_config) {
                (Some(code), _) => {
                    Currency::from_code(&code).map_err(|e| malformed(e.to_string()))?
                }
                (None, Some(key)) => config_currency(key, creds)?,
                (None, None) => {
                    return Err(malformed(
                        "minor units, but the reply names no currency".to_owned(),
                    ))
                }
            };
            minor.in_currency(currency)
        }
        other => {
            return Err(Error::Descriptor(format!(
                "member `{}` ({:?}) is {other:?}, which holds no amount",
                field.wire, field.role
            )))
        }
    };
    Ok(Some(money))
}

#[cfg(test)]
mod tests;
