//! serde adapters for wire formats the specs name (money units, timestamps, lenient integers,
//! JSON strings), the Y/N flag, and open enums ([`WireEnum`], [`UnknownValue`]).
//!
//! Generated fields name these with `#[serde(with = "payspec_core::wire::fen")]`; every
//! adapter `X` has an `X_opt` twin for `Option` fields (used with
//! `default, skip_serializing_if = "Option::is_none"`). Decoding is exact and lenient only where
//! providers are known to be inconsistent: integers and amounts may arrive as JSON numbers or as
//! numeric strings.
//!
//! Exact means from the literal text: each adapter reads its value as a [`Json`] (through
//! serde_json's `RawValue`, see [`crate::json`]), so a JSON number reaches the exact parsers
//! (`Money::parse_major`, `parse_int`) as the digits received, never through an `f64`; a
//! number-typed amount is written as its exact literal (`80.00`). This holds whenever the
//! deserializer is serde_json's over text (the codec's own path); a `serde_json::Value` has
//! already turned decimal numbers into floats, and through a deserializer that hands over values
//! rather than text (serde's buffering for `flatten` or `untagged`) a decimal amount is refused
//! rather than read approximately (integers and strings are read as usual).

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::json::Json;

mod amount;
mod embedded;
mod moment;
mod open_enum;
mod opt;

pub use amount::{
    fen, fen_opt, int, int_opt, minor, minor_opt, yuan_number, yuan_number_opt, yuan_string,
    yuan_string_opt,
};
pub use embedded::{json_string, json_string_opt};
pub use moment::{
    compact, compact_opt, datetime, datetime_opt, rfc3339, rfc3339_opt, unix_millis,
    unix_millis_opt, unix_seconds, unix_seconds_opt,
};
pub use open_enum::{deserialize_enum, serialize_enum, UnknownValue, WireEnum};

/// Y/N flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    Yes,
    No,
}

impl Flag {
    pub fn as_wire(self) -> &'static str {
        match self {
            Flag::Yes => "Y",
            Flag::No => "N",
        }
    }

    pub fn is_yes(self) -> bool {
        self == Flag::Yes
    }
}

impl From<bool> for Flag {
    fn from(yes: bool) -> Flag {
        if yes {
            Flag::Yes
        } else {
            Flag::No
        }
    }
}

impl Serialize for Flag {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_wire())
    }
}

impl Flag {
    /// The flag from one member's raw JSON text, read as `deserialize` reads it from
    /// serde_json's text (the generated reply decode's reader): a JSON string `"Y"` or `"N"`.
    pub fn from_raw(raw: &str) -> Result<Flag, String> {
        let text: std::borrow::Cow<'_, str> = match crate::json::Scalar::from_raw(raw)? {
            crate::json::Scalar::Str(text) => text.into(),
            _ => serde_json::from_str::<String>(raw)
                .map_err(|e| e.to_string())?
                .into(),
        };
        match &*text {
            "Y" => Ok(Flag::Yes),
            "N" => Ok(Flag::No),
            other => Err(format!("expected flag `Y` or `N`, got `{other}`")),
        }
    }
}

/// Only `"Y"` and `"N"`: a flag that says "call again" must not be guessed from `"y"` or `"1"`.
impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Flag, D::Error> {
        let text = String::deserialize(deserializer)?;
        match text.as_str() {
            "Y" => Ok(Flag::Yes),
            "N" => Ok(Flag::No),
            other => Err(D::Error::custom(format_args!(
                "expected flag `Y` or `N`, got `{other}`"
            ))),
        }
    }
}

/// An open enum from one member's raw JSON text, read as [`deserialize_enum`] reads it from
/// serde_json's text (the generated reply decode's reader): never fails on an unlisted value.
pub fn enum_from_raw<E: WireEnum>(raw: &str) -> Result<E, String> {
    scalar_str(&crate::json::Scalar::from_raw(raw)?).map(E::from_wire)
}

/// The text of a number (its literal, exactly as received) or of a string; anything else is not a
/// scalar the adapters accept.
fn scalar_text(value: &Json) -> Result<&str, String> {
    match value {
        Json::Number(n) => Ok(n.as_str()),
        Json::String(s) => Ok(s),
        other => Err(format!(
            "expected a number or a string, got {}",
            other.kind()
        )),
    }
}

/// [`scalar_text`] of a [`crate::json::Scalar`]: the text as received, without building a
/// [`Json`] for it.
fn scalar_str<'a>(value: &'a crate::json::Scalar<'_>) -> Result<&'a str, String> {
    match value {
        crate::json::Scalar::Str(text) | crate::json::Scalar::Num(text) => Ok(text),
        crate::json::Scalar::Value(value) => scalar_text(value),
    }
}

/// The text of a value that must be a JSON string (a timestamp's); otherwise what it is instead
/// (`"a number"`), for the caller's message.
fn string_scalar<'a>(value: &'a crate::json::Scalar<'_>) -> Result<&'a str, &'static str> {
    match value {
        crate::json::Scalar::Str(text) => Ok(text),
        crate::json::Scalar::Num(_) => Err("a number"),
        crate::json::Scalar::Value(Json::String(text)) => Ok(text),
        crate::json::Scalar::Value(other) => Err(other.kind()),
    }
}

/// `-?[0-9]+` into an `i64`: no `+`, no spaces, no decimals or exponents, so `"12.0"` or `"1e3"`
/// is refused instead of being read as something the provider may not have meant.
pub(crate) fn parse_int(text: &str) -> Result<i64, String> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{text}` is not an integer"));
    }
    text.parse::<i64>()
        .map_err(|_| format!("`{text}` is out of range for a 64-bit integer"))
}
