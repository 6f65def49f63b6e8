//! A received body split into its top-level members, each kept as the raw text received.
//!
//! Signatures are checked over these texts; the typed view is built from them afterwards, so the
//! bytes that were verified are the bytes that are read.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasher, RandomState};
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::error::Error;

/// Top-level members in the order received, borrowed from the body (a name is owned only when
/// it had escapes to undo).
pub(super) struct RawMembers<'a>(pub Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'a> RawMembers<'a> {
    /// Parses a body that must be one JSON object. A member name given twice is refused: the
    /// signature and the typed view could otherwise read different values.
    pub fn parse(body: &'a [u8]) -> Result<RawMembers<'a>, Error> {
        serde_json::from_slice(body)
            .map_err(|e| Error::Malformed(format!("body is not a JSON object: {e}")))
    }

    /// [`RawMembers::parse`] of the top-level member `name` (Pooul's signed `data`).
    pub fn parse_member(name: &str, text: &'a str) -> Result<RawMembers<'a>, Error> {
        serde_json::from_str(text).map_err(|e| {
            Error::Malformed(format!(
                "the signed member `{name}` is not a JSON object: {e}"
            ))
        })
    }

    pub fn get(&self, name: &str) -> Option<&'a RawValue> {
        self.0.iter().find(|(n, _)| n == name).map(|&(_, v)| v)
    }

    /// The document as values (numbers keep their literal text). Every nested object is read
    /// by [`strict_value`], so a name repeated at any depth is refused here, before anything is
    /// classified or read.
    pub fn to_value(&self) -> Result<Value, Error> {
        let mut map = Map::new();
        for (name, raw) in &self.0 {
            let value = strict_value(raw.get())
                .map_err(|e| Error::Malformed(format!("member `{name}`: {e}")))?;
            map.insert(name.clone().into_owned(), value);
        }
        Ok(Value::Object(map))
    }
}

/// Parses JSON text into a [`Value`], refusing any object (at any depth) that names a member
/// twice.
///
/// This is the one JSON reader for received signed content below the top level: nested objects
/// of a verified body, a JSON-string content (`biz_content`) and JSON-string fields. `serde_json`'s
/// own `Value` keeps the *last* of two equal names, while a signature covers the text in which
/// both appear and the provider (or another parser) may read the *first*: `total_fee` 0.01 then
/// 1.00 would verify and be read as 1.00. Refusing is the only reading both sides agree on.
///
/// About the cost of `serde_json::from_str::<Value>`: each name is looked up in the object built so far
/// before it is inserted. Numbers keep their literal text (`arbitrary_precision`), as in `Value`.
/// A duplicate is reported as a data error ([`serde_json::Error::classify`] is
/// [`serde_json::error::Category::Data`]); bad syntax as a syntax or EOF error.
pub(crate) fn strict_value(text: &str) -> Result<Value, serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = StrictValue.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

/// Whether an error from [`strict_value`] is a repeated member name (rather than bad syntax).
pub(crate) fn is_duplicate(error: &serde_json::Error) -> bool {
    error.classify() == serde_json::error::Category::Data
}

/// The token under which `serde_json` (with `arbitrary_precision`) hands a number to a visitor:
/// a one-member map whose value is the number's literal text.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// A [`Value`] read with duplicate member names refused.
struct StrictValue;

impl<'de> DeserializeSeed<'de> for StrictValue {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictValue {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        StrictValue.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element_seed(StrictValue)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        let Some(first) = map.next_key::<String>()? else {
            return Ok(Value::Object(out));
        };
        if first == NUMBER_TOKEN {
            let literal: String = map.next_value()?;
            return literal
                .parse::<serde_json::Number>()
                .map(Value::Number)
                .map_err(de::Error::custom);
        }
        let value = map.next_value_seed(StrictValue)?;
        out.insert(first, value);
        while let Some(name) = map.next_key::<String>()? {
            if out.contains_key(&name) {
                return Err(de::Error::custom(format_args!(
                    "member `{name}` appears twice"
                )));
            }
            let value = map.next_value_seed(StrictValue)?;
            out.insert(name, value);
        }
        Ok(Value::Object(out))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for RawMembers<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RawMembers<'a>, D::Error> {
        deserializer.deserialize_map(MembersVisitor(PhantomData))
    }
}

struct MembersVisitor<'a>(PhantomData<&'a ()>);

/// Up to this many members, a repeated name is found by comparing with each earlier one; past
/// it, through a set of name hashes (randomly keyed, so a sender cannot make names collide).
const LINEAR_DUPLICATE_CHECK: usize = 32;

impl<'de: 'a, 'a> Visitor<'de> for MembersVisitor<'a> {
    type Value = RawMembers<'a>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawMembers<'a>, A::Error> {
        let mut out: Vec<(Cow<'a, str>, &'a RawValue)> = Vec::new();
        let hasher = RandomState::new();
        let mut hashes: HashSet<u64> = HashSet::new();
        while let Some(name) = map.next_key_seed(Name(PhantomData))? {
            let value: &'a RawValue = map.next_value()?;
            let repeated = if out.len() < LINEAR_DUPLICATE_CHECK {
                out.iter().any(|(seen, _)| *seen == name)
            } else {
                if hashes.is_empty() {
                    hashes.extend(out.iter().map(|(seen, _)| hasher.hash_one(seen.as_ref())));
                }
                // A hash seen before is a repeat or (rarely) a collision: compare to be sure.
                !hashes.insert(hasher.hash_one(name.as_ref()))
                    && out.iter().any(|(seen, _)| *seen == name)
            };
            if repeated {
                return Err(de::Error::custom(format_args!(
                    "member `{name}` appears twice"
                )));
            }
            out.push((name, value));
        }
        Ok(RawMembers(out))
    }
}

/// A member name, borrowed from the input unless it has escapes.
struct Name<'a>(PhantomData<&'a ()>);

impl<'de: 'a, 'a> DeserializeSeed<'de> for Name<'a> {
    type Value = Cow<'a, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Cow<'a, str>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de: 'a, 'a> Visitor<'de> for Name<'a> {
    type Value = Cow<'a, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: de::Error>(self, name: &'de str) -> Result<Cow<'a, str>, E> {
        Ok(Cow::Borrowed(name))
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Cow<'a, str>, E> {
        Ok(Cow::Owned(name.to_owned()))
    }

    fn visit_string<E: de::Error>(self, name: String) -> Result<Cow<'a, str>, E> {
        Ok(Cow::Owned(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_raw_text_and_order() {
        let m = RawMembers::parse(br#" {"b": {"y":1, "x" : 2.50}, "a": "\u00e9", "n": 2100 } "#)
            .unwrap();
        let names: Vec<&str> = m.0.iter().map(|(n, _)| n.as_ref()).collect();
        assert_eq!(names, ["b", "a", "n"]);
        assert_eq!(
            m.get("b").map(RawValue::get),
            Some(r#"{"y":1, "x" : 2.50}"#)
        );
        assert_eq!(m.get("a").map(RawValue::get), Some(r#""\u00e9""#));
        assert_eq!(m.get("n").map(RawValue::get), Some("2100"));
    }

    // issue 8, finding 7: a name repeated anywhere below the top level is refused too.
    #[test]
    fn nested_duplicates_are_refused_at_any_depth() {
        let nested = br#"{"data":{"total_fee":1,"total_fee":100}}"#;
        let members = RawMembers::parse(nested).unwrap();
        let err = members.to_value().unwrap_err();
        assert!(
            matches!(&err, Error::Malformed(m) if m.contains("`total_fee` appears twice")),
            "{err}"
        );
        for text in [
            r#"{"a":{"b":[{"c":1,"c":1}]}}"#,
            r#"[{"x":"1"},{"y":2,"y":3}]"#,
            r#"{"a":1,"b":{},"a":1}"#,
        ] {
            let err = strict_value(text).unwrap_err();
            assert!(is_duplicate(&err), "{text}: {err}");
        }
        for text in [r#"{"a":"#, r#"{"a":1}x"#, "nul"] {
            let err = strict_value(text).unwrap_err();
            assert!(!is_duplicate(&err), "{text}: {err}");
        }
    }

    #[test]
    fn strict_values_read_like_serde_json() {
        for text in [
            r#"{"fee":0.10,"n":2100,"neg":-1,"big":123456789012345678901234567890,"e":1e3}"#,
            r#"{"s":"\u00e9\n","t":true,"f":false,"z":null,"l":[1,"2",[],{}],"o":{}}"#,
            r#"  [ ]  "#,
            "\"x\"",
        ] {
            let strict = strict_value(text).unwrap();
            let plain: Value = serde_json::from_str(text).unwrap();
            assert_eq!(strict, plain, "{text}");
            // Numbers keep their literal text.
            assert_eq!(strict.to_string(), plain.to_string(), "{text}");
        }
        assert_eq!(
            strict_value(r#"{"fee":0.10}"#).unwrap().to_string(),
            r#"{"fee":0.10}"#
        );
    }

    #[test]
    fn refuses_non_objects_and_duplicates() {
        for bad in [
            &b""[..],
            b"[1]",
            b"\"x\"",
            b"{",
            b"{\"a\":1}x",
            b"{\"a\":1,\"a\":2}",
            b"\xff",
        ] {
            assert!(matches!(RawMembers::parse(bad), Err(Error::Malformed(_))));
        }
    }
}
