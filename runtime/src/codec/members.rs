//! A received body split into its top-level members, each kept as the raw text received.
//!
//! Signatures are checked over these texts; the typed view is built from them afterwards, so the
//! bytes that were verified are the bytes that are read.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasher, RandomState};
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
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

    pub fn get(&self, name: &str) -> Option<&'a RawValue> {
        self.0.iter().find(|(n, _)| n == name).map(|&(_, v)| v)
    }

    /// The document as values (numbers keep their literal text).
    pub fn to_value(&self) -> Result<Value, Error> {
        let mut map = Map::new();
        for (name, raw) in &self.0 {
            let value: Value = serde_json::from_str(raw.get())
                .map_err(|e| Error::Malformed(format!("member `{name}`: {e}")))?;
            map.insert(name.clone().into_owned(), value);
        }
        Ok(Value::Object(map))
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
