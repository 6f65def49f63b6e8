//! JSON values whose numbers keep their literal text: the one form in which received and sent
//! content is held.
//!
//! `serde_json::Value` (without serde_json's `arbitrary_precision` feature, which this workspace
//! must not turn on: Cargo features unify, so it would change `serde_json` for every application
//! that depends on the generated crate) reads `80.00` as the float `80.0` and writes it back as
//! `80.0`; `1e2` becomes `100.0` and an integer past `u64` is rounded. A [`Json`] is the same tree,
//! but a [`Number`] is the literal exactly as received or written (a `RawValue`), so amounts are
//! parsed from the provider's own text (`Money::parse_major`, never through `f64`) and re-written
//! byte for byte.
//!
//! [`Json::parse`] is the one reader for received content: it refuses a member name repeated at
//! any depth (see [`Json::parse`]). Its `Deserialize` asks serde_json for the value's raw text (as
//! serde_json's own `RawValue` does), so it is exact from any serde_json deserializer over text
//! (`from_str`, `from_slice`, `from_reader`); from a `serde_json::Value` it gets that value's own
//! (float) rendering. A deserializer that is not serde_json's (serde's buffering for `flatten` or
//! `untagged`, another format) hands over values instead of text: integers, strings and the rest
//! are read as given, and a float is refused rather than read approximately. Its `Serialize`
//! writes numbers as their literal through serde_json's serializer.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::hash::{BuildHasher, RandomState};
use std::marker::PhantomData;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor,
};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Object members by name, sorted (as serde_json's own `Map` without `preserve_order`).
pub type Object = BTreeMap<String, Json>;

/// A JSON value; numbers are kept as their literal text (see the module documentation).
#[derive(Clone, PartialEq, Eq, Default)]
pub enum Json {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Json>),
    Object(Object),
}

/// A JSON number as its literal text: `80.00`, `0.10`, `1e2`, `9007199254740993` stay exactly
/// that. Two numbers are equal when their texts are (`80.00` is not `80.0`), as the signature
/// over them would be different.
#[derive(Clone)]
pub struct Number(Box<RawValue>);

/// Why text is not (acceptable) JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    duplicate: bool,
    message: String,
}

impl ParseError {
    /// Whether the text is JSON but names a member twice in one object (rather than bad syntax).
    pub fn is_duplicate(&self) -> bool {
        self.duplicate
    }

    fn syntax(message: impl fmt::Display) -> ParseError {
        ParseError {
            duplicate: false,
            message: message.to_string(),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParseError {}

/// How deep arrays and objects may nest (serde_json's own limit for `Value`). Raw values are
/// scanned without one, so the reader counts for itself.
const MAX_DEPTH: usize = 128;

impl Json {
    /// Parses JSON text (surrounding whitespace allowed), refusing any object, at any depth, that
    /// names a member twice.
    ///
    /// This is the one JSON reader for received content: a verified body's members, a JSON-string
    /// content (`biz_content`) and JSON-string fields. `serde_json`'s own `Value` keeps the *last*
    /// of two equal names, while a signature covers the text in which both appear and the
    /// provider (or another parser) may read the *first*: `total_fee` 0.01 then 1.00 would verify
    /// and be read as 1.00. Refusing is the only reading both sides agree on.
    pub fn parse(text: &str) -> Result<Json, ParseError> {
        let raw: &RawValue = serde_json::from_str(text).map_err(ParseError::syntax)?;
        Json::from_raw(raw)
    }

    /// [`Json::parse`] of one raw value (a member as received).
    pub fn from_raw(raw: &RawValue) -> Result<Json, ParseError> {
        read(raw, 0)
    }

    /// The member `name` of an object; `None` for an absent member or a value that is not an
    /// object.
    pub fn get(&self, name: &str) -> Option<&Json> {
        self.as_object()?.get(name)
    }

    pub fn get_mut(&mut self, name: &str) -> Option<&mut Json> {
        self.as_object_mut()?.get_mut(name)
    }

    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Json::Object(object) => Some(object),
            _ => None,
        }
    }

    pub fn as_object_mut(&mut self) -> Option<&mut Object> {
        match self {
            Json::Object(object) => Some(object),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<&Number> {
        match self {
            Json::Number(n) => Some(n),
            _ => None,
        }
    }

    /// A number written as an integer (`-?[0-9]+`) that fits an `i64`; never a rounded float.
    pub fn as_i64(&self) -> Option<i64> {
        self.as_number()?.as_i64()
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// The text of a scalar: a string's text, a number's literal, `true`/`false`. `None` for
    /// null, an array or an object.
    pub fn scalar_text(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            Json::Number(n) => Some(n.as_str()),
            Json::Bool(true) => Some("true"),
            Json::Bool(false) => Some("false"),
            Json::Null | Json::Array(_) | Json::Object(_) => None,
        }
    }

    /// What kind of value this is, for error messages: "a number", "an object"…
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }

    /// Reads this value as `T` (a generated struct, an adapter's field…), exactly: the value is
    /// written out as JSON text and `T` is read from that text, so every number reaches `T`'s
    /// `wire` adapters as its literal. The error is serde's message; its position, which would
    /// point into that re-written text rather than into anything received, is left out; the
    /// member of an object that does not fit is named instead (`` `time_end`: … ``).
    pub fn to_typed<T: DeserializeOwned>(&self) -> Result<T, String> {
        let text = self.to_string();
        serde_json::from_str(&text).map_err(|e| {
            let message = without_position(&e);
            match self.member_at_fault::<T>(&message) {
                Some(name) => format!("`{name}`: {message}"),
                None => message,
            }
        })
    }

    /// The member of this object that reading a `T` failed at with `message`, found (only once
    /// it has failed) by reading the object without each member in turn: serde reports the
    /// first member that does not fit, so the member whose absence lets the reading through,
    /// or turns the error into that member's absence, is that one. `None` when no single
    /// member is (a missing member, whose message names it; two that do not fit), and for an
    /// object of more than [`MEMBERS_NAMED`] members, whose readings without each would cost
    /// the square of its size (a reply is at most a megabyte, but could be that many members).
    /// (`serde_path_to_error` would track the path in one reading, and name nested members
    /// too, but it is one more crate in every merchant's build of the generated types, which
    /// are held to 35; this costs nothing until a reading has failed.)
    fn member_at_fault<T: DeserializeOwned>(&self, message: &str) -> Option<String> {
        let Json::Object(object) = self else {
            return None;
        };
        if message.starts_with("missing field") || object.len() > MEMBERS_NAMED {
            return None;
        }
        object.keys().find_map(|name| {
            let mut without = object.clone();
            without.remove(name);
            let text = Json::Object(without).to_string();
            match serde_json::from_str::<T>(&text) {
                Ok(_) => Some(name.clone()),
                Err(e) if without_position(&e) == format!("missing field `{name}`") => {
                    Some(name.clone())
                }
                Err(_) => None,
            }
        })
    }

    /// Any `Serialize` value (a typed request, content being built) as a [`Json`], exactly: it is
    /// written as JSON text (the `wire` adapters write amounts as their literal) and read back.
    pub fn from_serialize<T: Serialize + ?Sized>(value: &T) -> Result<Json, String> {
        let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
        Json::parse(&text).map_err(|e| e.to_string())
    }
}

/// The most members an object may have for [`Json::to_typed`] to name the one that does not
/// fit (a provider's reply or request has a few dozen).
const MEMBERS_NAMED: usize = 64;

/// A serde_json error's message without ` at line L column C`.
pub(crate) fn without_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    if error.line() == 0 {
        return text;
    }
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&suffix) {
        Some(message) => message.to_owned(),
        None => text,
    }
}

fn read(raw: &RawValue, depth: usize) -> Result<Json, ParseError> {
    let text = raw.get();
    let nested = |depth: usize| {
        if depth >= MAX_DEPTH {
            Err(ParseError::syntax(format_args!(
                "JSON nested more than {MAX_DEPTH} levels deep"
            )))
        } else {
            Ok(depth + 1)
        }
    };
    match text.as_bytes().first() {
        Some(b'{') => {
            let depth = nested(depth)?;
            let members = object_members(text)?;
            let mut object = Object::new();
            for (name, value) in members {
                object.insert(name.into_owned(), read(value, depth)?);
            }
            Ok(Json::Object(object))
        }
        Some(b'[') => {
            let depth = nested(depth)?;
            let items: Vec<&RawValue> = serde_json::from_str(text).map_err(ParseError::syntax)?;
            items
                .into_iter()
                .map(|item| read(item, depth))
                .collect::<Result<_, _>>()
                .map(Json::Array)
        }
        Some(b'"') => serde_json::from_str(text)
            .map(Json::String)
            .map_err(ParseError::syntax),
        Some(b't') => Ok(Json::Bool(true)),
        Some(b'f') => Ok(Json::Bool(false)),
        Some(b'n') => Ok(Json::Null),
        _ => Ok(Json::Number(Number(raw.to_owned()))),
    }
}

/// The members of the JSON object `text`, in order, each value as its raw text; a name given
/// twice is refused ([`ParseError::is_duplicate`]).
pub(crate) fn object_members(text: &str) -> Result<Vec<(Cow<'_, str>, &RawValue)>, ParseError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let members = RawObject::read(&mut deserializer).map_err(classified)?;
    deserializer.end().map_err(ParseError::syntax)?;
    Ok(members)
}

/// [`object_members`] of bytes (a body as received).
pub(crate) fn object_members_of_bytes(
    bytes: &[u8],
) -> Result<Vec<(Cow<'_, str>, &RawValue)>, ParseError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let members = RawObject::read(&mut deserializer).map_err(classified)?;
    deserializer.end().map_err(ParseError::syntax)?;
    Ok(members)
}

/// The prefix of the error a repeated member name raises inside the reader.
const DUPLICATE: &str = "duplicate member: ";

/// A serde_json error from [`RawObject`]: a repeated name is a data error carrying
/// [`DUPLICATE`]; anything else is syntax.
fn classified(error: serde_json::Error) -> ParseError {
    let text = without_position(&error);
    match text.strip_prefix(DUPLICATE) {
        Some(message) if error.classify() == serde_json::error::Category::Data => ParseError {
            duplicate: true,
            message: message.to_owned(),
        },
        _ => ParseError::syntax(error),
    }
}

/// Reads one object as raw members, refusing a repeated name.
struct RawObject<'a>(PhantomData<&'a ()>);

impl<'a> RawObject<'a> {
    fn read<D: Deserializer<'a>>(
        deserializer: D,
    ) -> Result<Vec<(Cow<'a, str>, &'a RawValue)>, D::Error> {
        deserializer.deserialize_map(RawObject(PhantomData))
    }
}

/// Up to this many members, a repeated name is found by comparing with each earlier one; past
/// it, through a set of name hashes (randomly keyed, so a sender cannot make names collide).
const LINEAR_DUPLICATE_CHECK: usize = 32;

impl<'de: 'a, 'a> Visitor<'de> for RawObject<'a> {
    type Value = Vec<(Cow<'a, str>, &'a RawValue)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out: Self::Value = Vec::new();
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
                    "{DUPLICATE}member `{name}` appears twice"
                )));
            }
            out.push((name, value));
        }
        Ok(out)
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

impl Number {
    /// A number from its literal: JSON's number grammar exactly (`-?(0|[1-9][0-9]*)(\.[0-9]+)?
    /// ([eE][+-]?[0-9]+)?`, no sign `+`, no spaces), kept as written.
    pub fn from_literal(text: &str) -> Result<Number, ParseError> {
        if !is_number_literal(text) {
            return Err(ParseError::syntax(format_args!(
                "`{text}` is not a JSON number"
            )));
        }
        RawValue::from_string(text.to_owned())
            .map(Number)
            .map_err(ParseError::syntax)
    }

    /// The literal, exactly as received or written.
    pub fn as_str(&self) -> &str {
        self.0.get()
    }

    /// The value when the literal is an integer (`-?[0-9]+`, no fraction or exponent) that fits
    /// an `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        let text = self.as_str();
        let digits = text.strip_prefix('-').unwrap_or(text);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        text.parse().ok()
    }
}

/// JSON's number grammar.
fn is_number_literal(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    let digits = |at: &mut usize| {
        let start = *at;
        while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
            *at += 1;
        }
        *at > start
    };
    if bytes.first() == Some(&b'-') {
        at += 1;
    }
    match bytes.get(at) {
        Some(b'0') => at += 1,
        Some(b'1'..=b'9') => {
            digits(&mut at);
        }
        _ => return false,
    }
    if bytes.get(at) == Some(&b'.') {
        at += 1;
        if !digits(&mut at) {
            return false;
        }
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        if !digits(&mut at) {
            return false;
        }
    }
    at == bytes.len()
}

impl PartialEq for Number {
    fn eq(&self, other: &Number) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Number {}

impl std::hash::Hash for Number {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! number_from_integer {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Number {
            fn from(n: $ty) -> Number {
                // An integer's decimal text is always a valid literal.
                Number(RawValue::from_string(n.to_string()).expect("an integer is a JSON number"))
            }
        }

        impl From<$ty> for Json {
            fn from(n: $ty) -> Json {
                Json::Number(n.into())
            }
        }
    )*};
}

number_from_integer!(i8, i16, i32, i64, u8, u16, u32, u64, usize);

impl Serialize for Number {
    /// The literal itself through serde_json's serializer (any other serializer gets serde_json's
    /// raw-value form).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Number, D::Error> {
        match Json::deserialize(deserializer)? {
            Json::Number(n) => Ok(n),
            other => Err(de::Error::custom(format_args!(
                "expected a number, got {}",
                other.kind()
            ))),
        }
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => serializer.serialize_unit(),
            Json::Bool(b) => serializer.serialize_bool(*b),
            Json::Number(n) => n.serialize(serializer),
            Json::String(text) => serializer.serialize_str(text),
            Json::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(object) => {
                let mut map = serializer.serialize_map(Some(object.len()))?;
                for (name, value) in object {
                    map.serialize_entry(name, value)?;
                }
                map.end()
            }
        }
    }
}

/// The name under which serde_json hands a value's raw text to a visitor (what its `RawValue`
/// asks for). Another deserializer does not know it and answers with the value itself.
const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

impl<'de> Deserialize<'de> for Json {
    /// From serde_json (over text, or a `Value`): the raw text, read by [`Json::parse`] (exact,
    /// strict). From any other deserializer (serde's buffering for `flatten` or `untagged`,
    /// another format): the value as it is handed over, integers exact and a float refused (its
    /// text is gone; reading it would be reading a rounded number).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_newtype_struct(RAW_VALUE_TOKEN, JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Json, E> {
        Ok(Json::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Json, E> {
        Ok(Json::from(v))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Json, E> {
        Number::from_literal(&v.to_string())
            .map(Json::Number)
            .map_err(E::custom)
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Json, E> {
        Number::from_literal(&v.to_string())
            .map(Json::Number)
            .map_err(E::custom)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json, E> {
        Err(E::custom(format_args!(
            "the number {v} arrived as a float (through serde's buffering for `flatten` or \
             `untagged`, or a format other than JSON text): its exact text is lost, so it is not \
             read; deserialize from JSON text"
        )))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        Json::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Json>()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    /// serde_json's raw text (one member named [`RAW_VALUE_TOKEN`]), or an object.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        // Borrowed where the input allows (serde_json over text): the raw-value token and the
        // raw text itself cost no allocation.
        let Some(first) = map.next_key_seed(FirstKey)? else {
            return Ok(Json::Object(Object::new()));
        };
        let Some(first) = first else {
            let raw = map.next_value_seed(Name(PhantomData))?;
            return Json::parse(&raw).map_err(de::Error::custom);
        };
        rest_of_object(first, map)
    }
}

/// An object whose first name has been read: the rest of it, a repeated name refused.
fn rest_of_object<'de, A: MapAccess<'de>>(first: String, mut map: A) -> Result<Json, A::Error> {
    let mut object = Object::new();
    object.insert(first, map.next_value::<Json>()?);
    while let Some(name) = map.next_key::<String>()? {
        if object.contains_key(&name) {
            return Err(de::Error::custom(format_args!(
                "member `{name}` appears twice"
            )));
        }
        let value = map.next_value::<Json>()?;
        object.insert(name, value);
    }
    Ok(Json::Object(object))
}

/// A received scalar as a `wire` adapter reads it: a number's literal or a string's text,
/// borrowed from serde_json's input where it can be (a string without escapes), else the value
/// as a [`Json`] (what [`Json`]'s own `Deserialize` would give). No allocation for the common
/// case: an amount, a timestamp or a state read straight from the received text.
pub(crate) enum Scalar<'de> {
    /// A JSON string's text (it had nothing to unescape).
    Str(&'de str),
    /// A JSON number's literal.
    Num(&'de str),
    Value(Json),
}

impl<'a> Scalar<'a> {
    /// The scalar of one JSON value's raw text (a member as received, valid JSON), read exactly
    /// as [`Scalar`]'s `Deserialize` reads it from serde_json's text: an escape-free string
    /// borrowed, a number's literal borrowed, anything else through [`Json::parse`]. What the
    /// generated reply decode reads its typed members with, without a deserializer.
    pub(crate) fn from_raw(raw: &'a str) -> Result<Scalar<'a>, String> {
        match raw.as_bytes().first() {
            Some(b'"') if raw.len() >= 2 => {
                let inner = &raw[1..raw.len() - 1];
                if inner.bytes().all(|b| b != b'\\' && b != b'"' && b >= 0x20) {
                    return Ok(Scalar::Str(inner));
                }
            }
            Some(b'-' | b'0'..=b'9') if is_number_literal(raw) => return Ok(Scalar::Num(raw)),
            _ => {}
        }
        Json::parse(raw)
            .map(Scalar::Value)
            .map_err(|e| e.to_string())
    }
}

impl<'de> Deserialize<'de> for Scalar<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Scalar<'de>, D::Error> {
        deserializer.deserialize_newtype_struct(RAW_VALUE_TOKEN, ScalarVisitor)
    }
}

struct ScalarVisitor;

macro_rules! scalar_through_json {
    ($($method:ident($ty:ty)),*) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<Scalar<'de>, E> {
            JsonVisitor.$method(v).map(Scalar::Value)
        }
    )*};
}

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Scalar<'de>, D::Error> {
        JsonVisitor
            .visit_newtype_struct(deserializer)
            .map(Scalar::Value)
    }

    scalar_through_json!(
        visit_bool(bool),
        visit_i64(i64),
        visit_u64(u64),
        visit_i128(i128),
        visit_u128(u128),
        visit_f64(f64),
        visit_str(&str),
        visit_string(String)
    );

    fn visit_unit<E: de::Error>(self) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Value(Json::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Value(Json::Null))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Scalar<'de>, D::Error> {
        Scalar::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Scalar<'de>, A::Error> {
        JsonVisitor.visit_seq(seq).map(Scalar::Value)
    }

    /// serde_json's raw text: a number's literal or an escape-free string borrowed as is;
    /// anything else read by [`Json::parse`] as [`Json`]'s `Deserialize` does.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar<'de>, A::Error> {
        let Some(first) = map.next_key_seed(FirstKey)? else {
            return Ok(Scalar::Value(Json::Object(Object::new())));
        };
        let Some(first) = first else {
            let raw: Cow<'de, str> = map.next_value_seed(Name(PhantomData))?;
            if let Cow::Borrowed(text) = raw {
                match text.as_bytes().first() {
                    Some(b'"') => {
                        let inner = &text[1..text.len() - 1];
                        if inner.bytes().all(|b| b != b'\\' && b != b'"' && b >= 0x20) {
                            return Ok(Scalar::Str(inner));
                        }
                    }
                    Some(b'-' | b'0'..=b'9') if is_number_literal(text) => {
                        return Ok(Scalar::Num(text));
                    }
                    _ => {}
                }
            }
            return Json::parse(&raw)
                .map(Scalar::Value)
                .map_err(de::Error::custom);
        };
        rest_of_object(first, map).map(Scalar::Value)
    }
}

/// The first key of a map: `None` for serde_json's raw-value token (compared, not copied), else
/// the name.
struct FirstKey;

impl<'de> DeserializeSeed<'de> for FirstKey {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Option<String>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for FirstKey {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Option<String>, E> {
        Ok((name != RAW_VALUE_TOKEN).then(|| name.to_owned()))
    }

    fn visit_string<E: de::Error>(self, name: String) -> Result<Option<String>, E> {
        Ok((name != RAW_VALUE_TOKEN).then_some(name))
    }
}

/// Compact JSON, numbers as their literals.
impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

impl fmt::Debug for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => f.write_str("Null"),
            Json::Bool(b) => write!(f, "Bool({b})"),
            Json::Number(n) => write!(f, "Number({n})"),
            Json::String(text) => write!(f, "String({text:?})"),
            Json::Array(items) => {
                f.write_str("Array ")?;
                f.debug_list().entries(items).finish()
            }
            Json::Object(object) => {
                f.write_str("Object ")?;
                f.debug_map().entries(object).finish()
            }
        }
    }
}

/// A string equals its text (as `serde_json::Value` does): `json == "SUCCESS"`.
impl PartialEq<str> for Json {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Json {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<String> for Json {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == Some(other.as_str())
    }
}

impl From<bool> for Json {
    fn from(b: bool) -> Json {
        Json::Bool(b)
    }
}

impl From<&str> for Json {
    fn from(text: &str) -> Json {
        Json::String(text.to_owned())
    }
}

impl From<String> for Json {
    fn from(text: String) -> Json {
        Json::String(text)
    }
}

impl From<Number> for Json {
    fn from(n: Number) -> Json {
        Json::Number(n)
    }
}

impl From<Object> for Json {
    fn from(object: Object) -> Json {
        Json::Object(object)
    }
}

impl From<Vec<Json>> for Json {
    fn from(items: Vec<Json>) -> Json {
        Json::Array(items)
    }
}

/// A `serde_json::Value` (a `json!` literal in a test or a tool) with each number as that
/// `Value` writes it. A `Value` that serde_json read from text already holds a decimal number as
/// a float (`80.00` is `80.0` there): received text is read with [`Json::parse`], never through a
/// `Value`.
impl From<serde_json::Value> for Json {
    fn from(value: serde_json::Value) -> Json {
        use serde_json::Value;
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(b),
            Value::Number(n) => Json::Number(
                Number::from_literal(&n.to_string()).expect("serde_json writes JSON numbers"),
            ),
            Value::String(text) => Json::String(text),
            Value::Array(items) => Json::Array(items.into_iter().map(Json::from).collect()),
            Value::Object(map) => {
                Json::Object(map.into_iter().map(|(k, v)| (k, Json::from(v))).collect())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_literal_text() {
        let text = r#"{"fee":80.00,"dime":0.10,"e":1e2,"big":9007199254740993,"huge":123456789012345678901234567890,"neg":-0.0}"#;
        let json = Json::parse(text).unwrap();
        assert_eq!(json.get("fee").unwrap().scalar_text(), Some("80.00"));
        assert_eq!(json.get("dime").unwrap().scalar_text(), Some("0.10"));
        assert_eq!(json.get("e").unwrap().scalar_text(), Some("1e2"));
        assert_eq!(
            json.get("big").unwrap().as_i64(),
            Some(9_007_199_254_740_993)
        );
        assert_eq!(json.get("huge").unwrap().as_i64(), None);
        assert_eq!(json.get("e").unwrap().as_i64(), None);
        // Written back byte for byte (members sorted, as serde_json's Map).
        assert_eq!(
            json.to_string(),
            r#"{"big":9007199254740993,"dime":0.10,"e":1e2,"fee":80.00,"huge":123456789012345678901234567890,"neg":-0.0}"#
        );
        // Equality is textual: a signature over `80.00` is not one over `80.0`.
        assert_ne!(Json::parse("80.00").unwrap(), Json::parse("80.0").unwrap());
    }

    #[test]
    fn reads_like_serde_json_apart_from_numbers() {
        for text in [
            r#"{"s":"\u00e9\n\"","t":true,"f":false,"z":null,"l":[1,"2",[],{}],"o":{"k":{"j":[]}}}"#,
            r#"  [ ]  "#,
            "\"x\"",
            "17",
        ] {
            let exact = Json::parse(text).unwrap();
            let plain: serde_json::Value = serde_json::from_str(text).unwrap();
            assert_eq!(exact, Json::from(plain.clone()), "{text}");
            assert_eq!(exact.to_string(), plain.to_string(), "{text}");
        }
        for bad in [
            "",
            "{",
            "{\"a\":1}x",
            "nul",
            "[1,]",
            "01",
            "+1",
            "{\"a\" 1}",
        ] {
            let err = Json::parse(bad).unwrap_err();
            assert!(!err.is_duplicate(), "{bad}: {err}");
        }
    }

    #[test]
    fn repeated_names_are_refused_at_any_depth() {
        for text in [
            r#"{"a":1,"a":1}"#,
            r#"{"a":{"b":[{"c":1,"c":1}]}}"#,
            r#"[{"x":"1"},{"y":2,"y":3}]"#,
            r#"{"a":1,"b":{},"a":1}"#,
        ] {
            let err = Json::parse(text).unwrap_err();
            assert!(err.is_duplicate(), "{text}: {err}");
        }
        let err = Json::parse(r#"{"data":{"total_fee":1,"total_fee":100}}"#).unwrap_err();
        assert_eq!(err.to_string(), "member `total_fee` appears twice");
        // Past the linear check, through the hashes.
        let mut many: Vec<String> = (0..40).map(|i| format!("\"m{i}\":{i}")).collect();
        many.push("\"m3\":0".into());
        let err = Json::parse(&format!("{{{}}}", many.join(","))).unwrap_err();
        assert!(err.is_duplicate(), "{err}");
    }

    #[test]
    fn nesting_is_limited() {
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        let err = Json::parse(&deep).unwrap_err();
        assert!(
            !err.is_duplicate() && err.to_string().contains("levels deep"),
            "{err}"
        );
        let fine = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(Json::parse(&fine).is_ok());
    }

    #[test]
    fn number_literals() {
        for good in ["0", "-0", "12", "0.10", "80.00", "1e2", "1E+2", "-1.5e-3"] {
            assert_eq!(Number::from_literal(good).unwrap().as_str(), good);
        }
        for bad in [
            "", "-", "+1", "01", "1.", ".5", "1e", " 1", "1 ", "0x1", "NaN", "1_0",
        ] {
            assert!(Number::from_literal(bad).is_err(), "{bad}");
        }
        assert_eq!(Number::from(-7_i64).as_str(), "-7");
        assert_eq!(Number::from_literal("-12").unwrap().as_i64(), Some(-12));
        assert_eq!(Number::from_literal("12.0").unwrap().as_i64(), None);
    }

    #[test]
    fn through_serdes_buffering_integers_and_texts_are_read_and_floats_refused() {
        #[derive(Debug, Deserialize)]
        struct Inner {
            n: Json,
            s: Json,
            l: Json,
        }
        #[derive(Debug, Deserialize)]
        struct Outer {
            #[serde(flatten)]
            inner: Inner,
            other: String,
        }
        let outer: Outer = serde_json::from_str(
            r#"{"n": 9007199254740993, "s": "x", "other": "o", "l": [-1, {"a": true, "z": null}]}"#,
        )
        .unwrap();
        assert_eq!(outer.other, "o");
        assert_eq!(outer.inner.n.as_i64(), Some(9_007_199_254_740_993));
        assert_eq!(outer.inner.s, "x");
        assert_eq!(outer.inner.l.to_string(), r#"[-1,{"a":true,"z":null}]"#);
        let err = serde_json::from_str::<Outer>(r#"{"n": 80.00, "s": "x", "l": [], "other": "o"}"#)
            .unwrap_err();
        assert!(err.to_string().contains("arrived as a float"), "{err}");
    }

    #[test]
    fn deserialize_is_exact_through_text_and_typed_reads_see_literals() {
        #[derive(Deserialize)]
        struct Holder {
            fee: Json,
            list: Vec<Number>,
        }
        let holder: Holder =
            serde_json::from_str(r#"{"fee": 0.10, "list": [1e2, 80.00]}"#).unwrap();
        assert_eq!(holder.fee.scalar_text(), Some("0.10"));
        let list: Vec<&str> = holder.list.iter().map(Number::as_str).collect();
        assert_eq!(list, ["1e2", "80.00"]);
        // A repeated name inside is refused through `Deserialize` too.
        assert!(serde_json::from_str::<Json>(r#"{"a":1,"a":2}"#).is_err());
        // `to_typed` errors carry no position into the re-written text.
        let err = Json::parse(r#"{"list":[]}"#)
            .unwrap()
            .to_typed::<Holder>()
            .err()
            .unwrap();
        assert_eq!(err, "missing field `fee`");
    }

    /// The member that does not fit is named, whether the type requires it or not; a missing
    /// member is named by serde's message; two that do not fit leave serde's message alone.
    #[test]
    fn a_typed_read_names_the_member_that_does_not_fit() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Holder {
            when: u64,
            #[serde(default)]
            note: Option<String>,
        }
        let read = |text: &str| Json::parse(text).unwrap().to_typed::<Holder>().unwrap_err();
        assert_eq!(
            read(r#"{"when":"soon"}"#),
            "`when`: invalid type: string \"soon\", expected u64"
        );
        assert_eq!(
            read(r#"{"note":7,"when":1}"#),
            "`note`: invalid type: integer `7`, expected a string"
        );
        assert_eq!(read(r#"{"note":"x"}"#), "missing field `when`");
        assert_eq!(
            read(r#"{"note":7,"when":"soon"}"#),
            "invalid type: integer `7`, expected a string"
        );
        // Past `MEMBERS_NAMED` members the search (a reading per member) is not made.
        let mut many: Vec<String> = (0..MEMBERS_NAMED).map(|i| format!("\"x{i}\":1")).collect();
        many.push(r#""when":"soon""#.to_owned());
        assert_eq!(
            read(&format!("{{{}}}", many.join(","))),
            "invalid type: string \"soon\", expected u64"
        );
    }
}
