//! The tuned hand-written baseline of `benches/codec.rs`: Pooul `micropay` ([`pooul`]) and
//! ScanForPay `pay` ([`scanforpay`]) coded by hand for speed, the way a careful engineer would
//! write one provider without payspec. They must produce the same request bytes as the
//! generated code and read the same values from the same replies, with the same checks; the
//! bench asserts both before it times anything.
//!
//! Techniques (both modules):
//! - **Encode**: field order fixed at compile time: the sorted `name=value` pairs are written in
//!   source order, no map and no sort at run time; the body goes into one output `Vec` sized
//!   before the first byte is written; the string to sign is streamed into the digest
//!   (`Digest::update` per piece; for a raw-object rule, the slice of the output buffer that
//!   holds the object), never assembled in a `String`; per-call values (integers, the RFC 3339
//!   request time, the signature's hex) are formatted once, on the stack (`itoa`, arrays).
//!   JSON strings are escaped exactly as `serde_json` escapes them, with a fast path for text
//!   that needs none. One allocation per encode: the body.
//! - **Decode**: one `serde_json` pass over the received bytes with visitors that keep every
//!   member as `(name, raw text)` borrowed from the input (`Cow` names, `&RawValue` values) in
//!   a `SmallVec` on the stack; strings are read borrowed unless they hold escapes; signed
//!   members' text comes from the received bytes; the received hex is decoded into a
//!   `[u8; N]` and compared with the computed digest as bytes in constant time
//!   (`ctutils::CtEq`); classification rules compiled to a `match` on the signals' text;
//!   amounts are read as integers (fen, minor units; yuan text parsed exactly), never floats.
//!   Allocations on the success path: one per string with escapes to undo (sized once), one
//!   for the members the spec does not list when there are any, and `serde_json`'s own scratch
//!   stack when it skips a nested object as raw text (ScanForPay's `response`).
//! - **The same job as the generated code**: request checks (required, lengths in characters,
//!   positive amounts); the signature verified over the bytes as received (absent, `null` and
//!   `""` are "missing"; hex compared case-insensitively); repeated member names refused at any
//!   depth; required members present on a success or pending reply; unknown trade states kept;
//!   unlisted content members kept as `extra`; content that cannot be read is an error when the
//!   reply says money moved, else `body: None` with the reason.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use smallvec::SmallVec;

pub mod pooul;
pub mod scanforpay;

/// What a reply means (the generated code's `payspec_core::Classification`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Classification {
    Success,
    Pending,
    Failed,
    Unknown,
}

#[derive(Debug)]
pub enum Error {
    /// A request field fails its check.
    Invalid(&'static str),
    /// The reply cannot be read (bad JSON, a repeated member, a required member absent on a
    /// reply that moved money, content that does not parse).
    Malformed(String),
    SignatureMissing,
    SignatureMismatch,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Invalid(field) => write!(f, "invalid request field `{field}`"),
            Error::Malformed(why) => write!(f, "malformed: {why}"),
            Error::SignatureMissing => f.write_str("the message carries no signature"),
            Error::SignatureMismatch => f.write_str("the signature does not verify"),
        }
    }
}

impl std::error::Error for Error {}

fn malformed(why: impl fmt::Display) -> Error {
    Error::Malformed(why.to_string())
}

/// The Y/N flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Yes,
    No,
}

// ---------------------------------------------------------------------------------------------
// Encoding

/// Appends `value` as a JSON string, escaped byte for byte as `serde_json` escapes it (`"`, `\`
/// and control characters; `\u00XX` in lowercase hex for those without a short form).
pub fn push_json_str(out: &mut Vec<u8>, value: &str) {
    out.push(b'"');
    let bytes = value.as_bytes();
    if !bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\') {
        out.extend_from_slice(bytes);
    } else {
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let short: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0c => b"\\f",
                0x00..=0x1f => b"",
                _ => continue,
            };
            out.extend_from_slice(&bytes[start..i]);
            if short.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xf)]);
            } else {
                out.extend_from_slice(short);
            }
            start = i + 1;
        }
        out.extend_from_slice(&bytes[start..]);
    }
    out.push(b'"');
}

/// `,"name":"value"` (names are plain ASCII identifiers: nothing to escape).
pub fn push_str_member(out: &mut Vec<u8>, name: &str, value: &str) {
    out.extend_from_slice(b",\"");
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
    push_json_str(out, value);
}

/// `,"name":literal` for a number already formatted.
pub fn push_raw_member(out: &mut Vec<u8>, name: &str, literal: &str) {
    out.extend_from_slice(b",\"");
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
    out.extend_from_slice(literal.as_bytes());
}

/// Lowercase or uppercase hex of a digest, on the stack.
pub fn hex<const N: usize, const H: usize>(digest: &[u8; N], upper: bool) -> [u8; H] {
    const LOWER: &[u8; 16] = b"0123456789abcdef";
    const UPPER: &[u8; 16] = b"0123456789ABCDEF";
    let table = if upper { UPPER } else { LOWER };
    let mut out = [0u8; H];
    for (i, &b) in digest.iter().enumerate() {
        out[2 * i] = table[usize::from(b >> 4)];
        out[2 * i + 1] = table[usize::from(b & 0xf)];
    }
    out
}

/// `value` has at most `max` characters (bytes bound characters from above: most values never
/// need counting).
pub fn at_most_chars(value: &str, max: usize) -> bool {
    value.len() <= max || value.chars().count() <= max
}

/// The first `n` characters of `text`; `None` if it has fewer.
pub fn first_chars(text: &str, n: usize) -> Option<&str> {
    if text.len() == n && text.is_ascii() {
        return Some(text);
    }
    match text.char_indices().nth(n) {
        Some((at, _)) => Some(&text[..at]),
        None => (text.chars().count() == n).then_some(text),
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding

/// An object's member as received: name (borrowed unless it had escapes) and raw JSON text.
pub type Member<'de> = (Cow<'de, str>, &'de str);

/// The raw text of the member `name`, if there is one.
pub fn find<'de>(members: &[Member<'de>], name: &str) -> Option<&'de str> {
    members.iter().find(|(n, _)| n == name).map(|&(_, raw)| raw)
}

/// Reads `text`, which must be one JSON object, into `out` (members in the order received).
pub fn read_object<'de, A>(text: &'de [u8], out: &mut SmallVec<A>) -> Result<(), Error>
where
    A: smallvec::Array<Item = Member<'de>>,
{
    let mut de = serde_json::Deserializer::from_slice(text);
    Collect(out)
        .deserialize(&mut de)
        .and_then(|()| de.end())
        .map_err(|e| malformed(format_args!("not a JSON object: {e}")))
}

/// What an envelope's content member was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// An object: its members were collected.
    Object,
    /// Absent or `null`.
    Absent,
    /// Something else (its repeated names, if any, refused all the same).
    Invalid,
}

/// Reads an envelope (`body`, one JSON object) in one pass: its members into `top`, and the
/// members of its member `content`, when that is an object, into `inner` (the member stands in
/// `top` with an empty text, so a second one is seen as a repeat).
pub fn read_envelope<'de, A, B>(
    body: &'de [u8],
    content: &'static str,
    top: &mut SmallVec<A>,
    inner: &mut SmallVec<B>,
) -> Result<Content, Error>
where
    A: smallvec::Array<Item = Member<'de>>,
    B: smallvec::Array<Item = Member<'de>>,
{
    let mut de = serde_json::Deserializer::from_slice(body);
    let mut kind = Content::Absent;
    Envelope {
        content,
        top,
        inner,
        kind: &mut kind,
    }
    .deserialize(&mut de)
    .and_then(|()| de.end())
    .map_err(|e| malformed(format_args!("not a JSON object: {e}")))?;
    Ok(kind)
}

/// Refuses a name given twice (members few enough to compare pairwise: an envelope).
pub fn unique_few(members: &[Member<'_>]) -> Result<(), Error> {
    for (i, (name, _)) in members.iter().enumerate() {
        if members[..i].iter().any(|(n, _)| n == name) {
            return Err(malformed(format_args!("member `{name}` appears twice")));
        }
    }
    Ok(())
}

/// Sorts the members by name (bytewise, the signing order) and refuses a name given twice.
pub fn sort_unique(members: &mut [Member<'_>]) -> Result<(), Error> {
    members.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    match members.windows(2).find(|w| w[0].0 == w[1].0) {
        Some(w) => Err(malformed(format_args!("member `{}` appears twice", w[0].0))),
        None => Ok(()),
    }
}

/// Refuses a repeated name anywhere inside `raw` (an object or array member's value); scalars
/// have none.
pub fn unique_below(raw: &str) -> Result<(), Error> {
    if !raw.starts_with(['{', '[']) {
        return Ok(());
    }
    let mut de = serde_json::Deserializer::from_str(raw);
    Strict
        .deserialize(&mut de)
        .map_err(|e| malformed(format_args!("nested value: {e}")))
}

/// A member's value, read without copying unless a string has escapes to undo.
#[derive(Debug, Clone)]
pub enum Json<'a> {
    Null,
    Str(Cow<'a, str>),
    /// A number's literal, `true`/`false`, or an object's or array's text as received.
    Other(&'a str),
}

impl<'a> Json<'a> {
    /// `raw` is a value `serde_json` has already validated (no surrounding whitespace).
    pub fn read(raw: &'a str) -> Result<Json<'a>, Error> {
        match raw.as_bytes().first() {
            Some(b'"') => {
                let inner = &raw[1..raw.len() - 1];
                if inner.as_bytes().contains(&b'\\') {
                    unescape(inner).map(|s| Json::Str(Cow::Owned(s)))
                } else {
                    Ok(Json::Str(Cow::Borrowed(inner)))
                }
            }
            Some(b'n') => Ok(Json::Null),
            _ => Ok(Json::Other(raw)),
        }
    }

    /// The text signed for this value (sorted-pairs rules) and read by the classification
    /// rules: a string's text, a literal as written; `None` for `null`.
    pub fn text(&self) -> Option<&str> {
        match self {
            Json::Null => None,
            Json::Str(s) => Some(s),
            Json::Other(raw) => Some(raw),
        }
    }

    /// [`Json::text`], kept beyond the value (a copy only of a string that had escapes).
    pub fn text_cow(&self) -> Option<Cow<'a, str>> {
        match self {
            Json::Null => None,
            Json::Str(s) => Some(s.clone()),
            Json::Other(raw) => Some(Cow::Borrowed(raw)),
        }
    }

    /// A string field; `null` is absent.
    pub fn string(self) -> Result<Option<Cow<'a, str>>, String> {
        match self {
            Json::Null => Ok(None),
            Json::Str(s) => Ok(Some(s)),
            Json::Other(raw) => Err(format!("expected a string, got `{raw}`")),
        }
    }

    /// A number or a string of one (providers write both); `None` for `null`.
    fn scalar(&self) -> Result<Option<&str>, String> {
        match self {
            Json::Null => Ok(None),
            Json::Str(s) => Ok(Some(s)),
            Json::Other(raw) if raw.starts_with(['{', '[', 't', 'f']) => {
                Err(format!("expected a number or a string, got `{raw}`"))
            }
            Json::Other(raw) => Ok(Some(raw)),
        }
    }

    /// An integer (`-?[0-9]+`, as a number or a numeric string).
    pub fn int(&self) -> Result<Option<i64>, String> {
        self.scalar()?.map(parse_int).transpose()
    }

    /// Yuan with at most two decimals, exactly, into fen.
    pub fn yuan(&self) -> Result<Option<i64>, String> {
        self.scalar()?.map(parse_yuan).transpose()
    }

    /// A state or other open enumeration: the text of a number or a string, kept as received.
    pub fn code(self) -> Result<Option<Cow<'a, str>>, String> {
        match self {
            Json::Null => Ok(None),
            Json::Str(s) => Ok(Some(s)),
            Json::Other(raw) if raw.starts_with(['{', '[', 't', 'f']) => {
                Err(format!("expected a number or a string, got `{raw}`"))
            }
            Json::Other(raw) => Ok(Some(Cow::Borrowed(raw))),
        }
    }

    /// `"Y"` or `"N"`, nothing else.
    pub fn flag(self) -> Result<Option<Flag>, String> {
        match self.string()?.as_deref() {
            None => Ok(None),
            Some("Y") => Ok(Some(Flag::Yes)),
            Some("N") => Ok(Some(Flag::No)),
            Some(other) => Err(format!("expected flag `Y` or `N`, got `{other}`")),
        }
    }
}

/// The text of a JSON string literal's inside (`serde_json` has checked its syntax), escapes
/// undone, in one allocation of the literal's size (the text is never longer).
fn unescape(inner: &str) -> Result<String, Error> {
    let bad = || malformed("a string has an invalid escape");
    let mut out = String::with_capacity(inner.len());
    let mut rest = inner;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let escape = rest.as_bytes().get(at + 1).copied().ok_or_else(bad)?;
        rest = &rest[at + 2..];
        let c = match escape {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = |text: &str| {
                    text.get(..4)
                        .and_then(|h| u16::from_str_radix(h, 16).ok())
                        .ok_or_else(bad)
                };
                let first = unit(rest)?;
                rest = &rest[4..];
                let code = match first {
                    0xD800..=0xDBFF => {
                        let low = rest.strip_prefix("\\u").map(unit).transpose()?;
                        match low {
                            Some(low @ 0xDC00..=0xDFFF) => {
                                rest = &rest[6..];
                                0x10000
                                    + ((u32::from(first) - 0xD800) << 10)
                                    + (u32::from(low) - 0xDC00)
                            }
                            _ => return Err(bad()),
                        }
                    }
                    0xDC00..=0xDFFF => return Err(bad()),
                    _ => u32::from(first),
                };
                char::from_u32(code).ok_or_else(bad)?
            }
            _ => return Err(bad()),
        };
        out.push(c);
    }
    out.push_str(rest);
    Ok(out)
}

/// `-?[0-9]+` into an `i64`: no `+`, spaces, decimals or exponents.
pub fn parse_int(text: &str) -> Result<i64, String> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{text}` is not an integer"));
    }
    text.parse::<i64>()
        .map_err(|_| format!("`{text}` is out of range"))
}

/// `-?digits(.d{1,2})?` yuan into fen, exactly.
pub fn parse_yuan(text: &str) -> Result<i64, String> {
    let bad = || format!("`{text}` is not an amount in yuan");
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) {
        return Err(bad());
    }
    let fraction = match fraction {
        None => "",
        Some(f) if digits(f) && f.len() <= 2 => f,
        Some(_) => return Err(bad()),
    };
    let mut fen: i64 = 0;
    let padded = fraction.bytes().chain(std::iter::repeat(b'0')).take(2);
    for digit in whole.bytes().chain(padded) {
        fen = fen
            .checked_mul(10)
            .and_then(|f| f.checked_add(i64::from(digit - b'0')))
            .ok_or_else(bad)?;
    }
    Ok(if negative { -fen } else { fen })
}

/// The received signature: a non-empty JSON string of hex digits (either case), decoded into
/// bytes. Absent, `null` and `""` are missing; hex that cannot be decoded, or of another length,
/// does not verify.
pub fn received_digest<const N: usize>(raw: Option<&str>) -> Result<[u8; N], Error> {
    let text = match raw.map(Json::read).transpose()? {
        None | Some(Json::Null) => return Err(Error::SignatureMissing),
        Some(Json::Str(text)) => text,
        Some(Json::Other(_)) => return Err(malformed("the signature is not a string")),
    };
    if text.is_empty() {
        return Err(Error::SignatureMissing);
    }
    let mut out = [0u8; N];
    hex::decode_to_slice(text.as_bytes(), &mut out).map_err(|_| Error::SignatureMismatch)?;
    Ok(out)
}

/// Constant-time comparison of the computed and the received digest.
pub fn verify(expected: &[u8], received: &[u8]) -> Result<(), Error> {
    use ctutils::CtEq;
    if bool::from(expected.ct_eq(received)) {
        Ok(())
    } else {
        Err(Error::SignatureMismatch)
    }
}

/// Collects an object's members into a `SmallVec`.
struct Collect<'m, A: smallvec::Array>(&'m mut SmallVec<A>);

impl<'de, A> DeserializeSeed<'de> for Collect<'_, A>
where
    A: smallvec::Array<Item = Member<'de>>,
{
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, A> Visitor<'de> for Collect<'_, A>
where
    A: smallvec::Array<Item = Member<'de>>,
{
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
        while let Some(Name(name)) = map.next_key()? {
            let raw: &'de RawValue = map.next_value()?;
            self.0.push((name, raw.get()));
        }
        Ok(())
    }
}

struct Envelope<'m, A: smallvec::Array, B: smallvec::Array> {
    content: &'static str,
    top: &'m mut SmallVec<A>,
    inner: &'m mut SmallVec<B>,
    kind: &'m mut Content,
}

impl<'de, A, B> DeserializeSeed<'de> for Envelope<'_, A, B>
where
    A: smallvec::Array<Item = Member<'de>>,
    B: smallvec::Array<Item = Member<'de>>,
{
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, A, B> Visitor<'de> for Envelope<'_, A, B>
where
    A: smallvec::Array<Item = Member<'de>>,
    B: smallvec::Array<Item = Member<'de>>,
{
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
        while let Some(Name(name)) = map.next_key()? {
            if name == self.content {
                *self.kind = map.next_value_seed(ContentSeed(&mut *self.inner))?;
                self.top.push((name, ""));
            } else {
                let raw: &'de RawValue = map.next_value()?;
                self.top.push((name, raw.get()));
            }
        }
        Ok(())
    }
}

/// An envelope's content member: an object's members collected, anything else only walked.
struct ContentSeed<'m, B: smallvec::Array>(&'m mut SmallVec<B>);

impl<'de, B> DeserializeSeed<'de> for ContentSeed<'_, B>
where
    B: smallvec::Array<Item = Member<'de>>,
{
    type Value = Content;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Content, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, B> Visitor<'de> for ContentSeed<'_, B>
where
    B: smallvec::Array<Item = Member<'de>>,
{
    type Value = Content;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Content, E> {
        Ok(Content::Invalid)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Content, E> {
        Ok(Content::Invalid)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Content, E> {
        Ok(Content::Invalid)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Content, E> {
        Ok(Content::Invalid)
    }
    fn visit_str<E>(self, _: &str) -> Result<Content, E> {
        Ok(Content::Invalid)
    }
    fn visit_unit<E>(self) -> Result<Content, E> {
        Ok(Content::Absent)
    }

    fn visit_seq<S: SeqAccess<'de>>(self, seq: S) -> Result<Content, S::Error> {
        Strict.visit_seq(seq).map(|()| Content::Invalid)
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Content, M::Error> {
        while let Some(Name(name)) = map.next_key()? {
            let raw: &'de RawValue = map.next_value()?;
            self.0.push((name, raw.get()));
        }
        Ok(Content::Object)
    }
}

/// A member name, borrowed from the input unless it had escapes to undo.
struct Name<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Name<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Name<'de>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Name<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Name<'de>, E> {
                Ok(Name(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Name<'de>, E> {
                Ok(Name(Cow::Owned(v.to_owned())))
            }
        }
        deserializer.deserialize_str(V)
    }
}

/// Walks a value, refusing any object that names a member twice, at any depth.
struct Strict;

impl<'de> DeserializeSeed<'de> for Strict {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<(), S::Error> {
        while seq.next_element_seed(Strict)?.is_some() {}
        Ok(())
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
        let mut names: SmallVec<[Cow<'de, str>; 16]> = SmallVec::new();
        while let Some(Name(name)) = map.next_key()? {
            if names.contains(&name) {
                return Err(de::Error::custom(format_args!(
                    "member `{name}` appears twice"
                )));
            }
            map.next_value_seed(Strict)?;
            names.push(name);
        }
        Ok(())
    }
}

/// Stores a member read into its slot, or keeps the first error (`` `name`: why ``).
pub(crate) fn put<T>(
    slot: &mut Option<T>,
    error: &mut Option<String>,
    read: Result<Option<T>, String>,
    name: &str,
) {
    match read {
        Ok(v) => *slot = v,
        Err(e) => {
            error.get_or_insert_with(|| format!("`{name}`: {e}"));
        }
    }
}
