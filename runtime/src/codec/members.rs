//! A received body split into its top-level members, each kept as the raw text received.
//!
//! Signatures are checked over these texts; the typed view is built from them afterwards, so the
//! bytes that were verified are the bytes that are read.

use std::collections::BTreeSet;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::error::Error;

/// Top-level members in the order received.
pub(super) struct RawMembers(pub Vec<(String, Box<RawValue>)>);

impl RawMembers {
    /// Parses a body that must be one JSON object. A member name given twice is refused: the
    /// signature and the typed view could otherwise read different values.
    pub fn parse(body: &[u8]) -> Result<RawMembers, Error> {
        serde_json::from_slice(body)
            .map_err(|e| Error::Malformed(format!("body is not a JSON object: {e}")))
    }

    pub fn get(&self, name: &str) -> Option<&RawValue> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_ref())
    }

    /// The document as values (numbers keep their literal text).
    pub fn to_value(&self) -> Result<Value, Error> {
        let mut map = Map::new();
        for (name, raw) in &self.0 {
            let value: Value = serde_json::from_str(raw.get())
                .map_err(|e| Error::Malformed(format!("member `{name}`: {e}")))?;
            map.insert(name.clone(), value);
        }
        Ok(Value::Object(map))
    }
}

impl<'de> Deserialize<'de> for RawMembers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RawMembers, D::Error> {
        deserializer.deserialize_map(MembersVisitor)
    }
}

struct MembersVisitor;

impl<'de> Visitor<'de> for MembersVisitor {
    type Value = RawMembers;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawMembers, A::Error> {
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        while let Some(name) = map.next_key::<String>()? {
            let value: Box<RawValue> = map.next_value()?;
            if !seen.insert(name.clone()) {
                return Err(de::Error::custom(format_args!(
                    "member `{name}` appears twice"
                )));
            }
            out.push((name, value));
        }
        Ok(RawMembers(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_raw_text_and_order() {
        let m = RawMembers::parse(br#" {"b": {"y":1, "x" : 2.50}, "a": "\u00e9", "n": 2100 } "#)
            .unwrap();
        let names: Vec<&str> = m.0.iter().map(|(n, _)| n.as_str()).collect();
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
