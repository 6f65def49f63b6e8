//! `application/x-www-form-urlencoded`, as a form POST to a provider's gateway is written and
//! as its notifications arrive.
//!
//! Encoding follows the WHATWG URL standard's urlencoded serializer (which is also what Java's
//! `URLEncoder` writes): UTF-8 bytes, `A-Z a-z 0-9 * - . _` kept, a space as `+`, every other
//! byte as `%XX` in upper case; names and values alike, `name=value` pairs joined by `&` in the
//! order given.
//!
//! Decoding is the standard's parser made strict where it would guess: sequences are split on
//! `&` (empty ones are skipped, as the standard says), each at its first `=` (none: the value is
//! `""`), `+` read as a space and `%XX` as a byte. Refused with [`Error::Malformed`]: a `%` not
//! followed by two hex digits (the standard keeps it as text), bytes that are not UTF-8 (the
//! standard substitutes U+FFFD), an empty name, and a name given twice. A name or value with
//! nothing to decode is borrowed from the body.
//!
//! Written here rather than taken from the `form_urlencoded` crate: its parser is lenient by
//! design (the two cases above), so only the few lines of its serializer would be used. The
//! tests check both directions against that crate.

use std::borrow::Cow;

use super::{shown, Fields, FieldsBuilder};
use crate::error::Error;

/// `name=value&…` in the order given. Refused ([`Error::Encode`]): an empty name, a name given
/// twice.
pub fn encode<N, V>(pairs: impl IntoIterator<Item = (N, V)>) -> Result<String, Error>
where
    N: AsRef<str>,
    V: AsRef<str>,
{
    let mut out = String::with_capacity(256);
    let mut names: Vec<String> = Vec::new();
    for (name, value) in pairs {
        let (name, value) = (name.as_ref(), value.as_ref());
        if name.is_empty() {
            return Err(Error::Encode("a form member with an empty name".into()));
        }
        if names.iter().any(|n| n == name) {
            return Err(Error::Encode(format!(
                "form member `{}` given twice",
                shown(name)
            )));
        }
        names.push(name.to_owned());
        if !out.is_empty() {
            out.push('&');
        }
        serialize(name, &mut out);
        out.push('=');
        serialize(value, &mut out);
    }
    Ok(out)
}

/// The members of a received form body in the order received (see the module documentation).
pub fn decode(body: &[u8]) -> Result<Fields<'_>, Error> {
    let text = std::str::from_utf8(body).map_err(|e| {
        Error::Malformed(format!(
            "form body is not UTF-8 (at byte {})",
            e.valid_up_to()
        ))
    })?;
    let mut fields = FieldsBuilder::new();
    let mut offset = 0;
    for sequence in text.split('&') {
        let at = offset;
        offset += sequence.len() + 1;
        if sequence.is_empty() {
            continue;
        }
        let (name, value) = sequence.split_once('=').unwrap_or((sequence, ""));
        let name = unescape(name, at)?;
        if name.is_empty() {
            return Err(Error::Malformed(format!(
                "form body: a member with an empty name (at byte {at})"
            )));
        }
        let value = unescape(value, at + name.len() + 1).map_err(|e| match e {
            Error::Malformed(m) => Error::Malformed(format!("{m}, in member `{}`", shown(&name))),
            e => e,
        })?;
        if let Err(name) = fields.push(name, value) {
            return Err(Error::Malformed(format!(
                "form body: member `{}` appears twice (at byte {at})",
                shown(&name)
            )));
        }
    }
    Ok(fields.finish())
}

/// Appends `text` as the urlencoded byte serializer writes it.
fn serialize(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(char::from(b));
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xf)]));
            }
        }
    }
}

/// `+` as a space, `%XX` as a byte; the result must be UTF-8. `at` is the piece's offset in the
/// body, for errors.
fn unescape(piece: &str, at: usize) -> Result<Cow<'_, str>, Error> {
    if !piece.contains(['%', '+']) {
        return Ok(Cow::Borrowed(piece));
    }
    let bytes = piece.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let byte = bytes
                    .get(i + 1..i + 3)
                    .and_then(|hex| Some(hex_value(hex[0])? << 4 | hex_value(hex[1])?));
                let Some(byte) = byte else {
                    return Err(Error::Malformed(format!(
                        "form body: malformed percent escape (at byte {})",
                        at + i
                    )));
                };
                out.push(byte);
                i += 3;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map(Cow::Owned).map_err(|_| {
        Error::Malformed(format!(
            "form body: percent escapes that do not decode to UTF-8 (at byte {at})"
        ))
    })
}

fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
