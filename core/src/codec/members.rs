//! A received body split into its top-level members, each kept as the raw text received.
//!
//! Signatures are checked over these texts; the exact view ([`Json`], numbers as their literal
//! text) is built from them afterwards, so the bytes that were verified are the bytes that are
//! read.

use std::borrow::Cow;

use serde_json::value::RawValue;

use crate::descriptor::BodyFormat;
use crate::error::Error;
use crate::format::{form, Fields};
use crate::json::{self, Json, Object};

/// A received body in its layout's format, split into top-level members: the JSON members as
/// raw text, or a flat body's members as the text values they are.
pub(super) enum Received<'a> {
    Json(RawMembers<'a>),
    /// Each member's text, and the same text as a JSON string literal: pair coverage reads
    /// members as JSON texts, and a flat value is a string whose text is signed as it is.
    Flat(Vec<(Cow<'a, str>, Cow<'a, str>, String)>),
}

impl<'a> Received<'a> {
    pub fn parse(format: &BodyFormat, body: &'a [u8]) -> Result<Received<'a>, Error> {
        let fields: Fields<'a> = match format {
            BodyFormat::Json => return RawMembers::parse(body).map(Received::Json),
            BodyFormat::Xml(xml) => xml.decode(body)?,
            BodyFormat::Form => form::decode(body)?,
        };
        let members = fields
            .into_vec()
            .into_iter()
            .map(|(name, text)| {
                let literal = Json::String(text.as_ref().to_owned()).to_string();
                (name, text, literal)
            })
            .collect();
        Ok(Received::Flat(members))
    }

    /// `(name, JSON text)` of every member, in the order received.
    pub fn texts(&self) -> Vec<(&str, &str)> {
        match self {
            Received::Json(members) => members
                .0
                .iter()
                .map(|(name, raw)| (name.as_ref(), raw.get()))
                .collect(),
            Received::Flat(members) => members
                .iter()
                .map(|(name, _, literal)| (name.as_ref(), literal.as_str()))
                .collect(),
        }
    }

    /// The text of a member that must be a string (the signature): `Ok(None)` when absent or
    /// JSON `null`.
    pub fn string(&self, name: &str) -> Result<Option<Cow<'_, str>>, Error> {
        match self {
            Received::Json(members) => match members.get(name).map(RawValue::get) {
                None | Some("null") => Ok(None),
                Some(raw) => serde_json::from_str::<String>(raw)
                    .map(|s| Some(Cow::Owned(s)))
                    .map_err(|_| Error::Malformed(format!("member `{name}` is not a string"))),
            },
            Received::Flat(members) => Ok(members
                .iter()
                .find(|(n, _, _)| n == name)
                .map(|(_, text, _)| Cow::Borrowed(text.as_ref()))),
        }
    }

    /// The document, exactly: JSON members with their literals, flat members as strings. An
    /// empty flat member (`<goods_tag></goods_tag>`, `a=`) is `null`: a flat body has no other
    /// way to leave a value out (WeChat Pay's own request example does so), and it is not signed
    /// either (an empty value takes no part in pair coverage under `empty: skip`).
    pub fn to_json(&self) -> Result<Json, Error> {
        match self {
            Received::Json(members) => members.to_json(),
            Received::Flat(members) => Ok(Json::Object(
                members
                    .iter()
                    .map(|(name, text, _)| {
                        let value = if text.is_empty() {
                            Json::Null
                        } else {
                            Json::String(text.clone().into_owned())
                        };
                        (name.clone().into_owned(), value)
                    })
                    .collect(),
            )),
        }
    }
}

/// Top-level members in the order received, borrowed from the body (a name is owned only when
/// it had escapes to undo).
pub(super) struct RawMembers<'a>(pub Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'a> RawMembers<'a> {
    /// Parses a body that must be one JSON object. A member name given twice is refused: the
    /// signature and the typed view could otherwise read different values.
    pub fn parse(body: &'a [u8]) -> Result<RawMembers<'a>, Error> {
        json::object_members_of_bytes(body)
            .map(RawMembers)
            .map_err(|e| Error::Malformed(format!("body is not a JSON object: {e}")))
    }

    /// [`RawMembers::parse`] of the top-level member `name` (Pooul's signed `data`).
    pub fn parse_member(name: &str, text: &'a str) -> Result<RawMembers<'a>, Error> {
        json::object_members(text).map(RawMembers).map_err(|e| {
            Error::Malformed(format!(
                "the signed member `{name}` is not a JSON object: {e}"
            ))
        })
    }

    pub fn get(&self, name: &str) -> Option<&'a RawValue> {
        self.0.iter().find(|(n, _)| n == name).map(|&(_, v)| v)
    }

    /// The document, exactly (numbers keep their literal text). Every nested object is read by
    /// [`Json::parse`]'s reader, so a name repeated at any depth is refused here, before anything
    /// is classified or read.
    pub fn to_json(&self) -> Result<Json, Error> {
        let mut object = Object::new();
        for (name, raw) in &self.0 {
            let value = Json::from_raw(raw)
                .map_err(|e| Error::Malformed(format!("member `{name}`: {e}")))?;
            object.insert(name.clone().into_owned(), value);
        }
        Ok(Json::Object(object))
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
        let err = members.to_json().unwrap_err();
        assert!(
            matches!(&err, Error::Malformed(m) if m.contains("`total_fee` appears twice")),
            "{err}"
        );
        for text in [
            r#"{"a":{"b":[{"c":1,"c":1}]}}"#,
            r#"[{"x":"1"},{"y":2,"y":3}]"#,
            r#"{"a":1,"b":{},"a":1}"#,
        ] {
            let err = Json::parse(text).unwrap_err();
            assert!(err.is_duplicate(), "{text}: {err}");
        }
        for text in [r#"{"a":"#, r#"{"a":1}x"#, "nul"] {
            let err = Json::parse(text).unwrap_err();
            assert!(!err.is_duplicate(), "{text}: {err}");
        }
    }

    #[test]
    fn the_document_keeps_number_literals() {
        let body = br#"{"fee":0.10,"n":2100,"big":123456789012345678901234567890,"e":1e3,"data":{"total_fee":80.00}}"#;
        let doc = RawMembers::parse(body).unwrap().to_json().unwrap();
        assert_eq!(
            doc.to_string(),
            r#"{"big":123456789012345678901234567890,"data":{"total_fee":80.00},"e":1e3,"fee":0.10,"n":2100}"#
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
