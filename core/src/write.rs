//! Primitives for the encoders codegen emits (`Request::encode` and its kin): the generated code
//! decides the envelope, member order and what is signed at generation time and writes the body
//! straight from the typed struct into one pre-sized buffer; what it calls here is generic and
//! names no provider.
//!
//! - [`str`]: a JSON string, escaped byte for byte as `serde_json` escapes it;
//! - [`Int`], [`Major`], [`Rfc3339`], [`Compact`]: per-call values formatted once, on the stack;
//! - [`Signer`]: the string to sign streamed into the digest, piece by piece, per a
//!   [`SigningRecipe`] (sorted pairs, raw bytes, the key appended or keying the MAC), ending in
//!   [`Hex`], the signature's text on the stack;
//! - the checks the `wire` adapters make when they serialize ([`cny`], [`enum_text`]) and the
//!   interpreter makes when it fills ([`nonce`], [`request_time`]), with the same errors.
//!
//! The interpreter ([`crate::codec::encode_request`]) stays for untyped content; both produce the
//! same bytes (the generated crate's tests encode every operation both ways).

use hmac::{Hmac, KeyInit, Mac};
use md5::Digest;

use crate::credentials::Credentials;
use crate::descriptor::{Algorithm, EmptyRule, HexCase, SigningRecipe};
use crate::error::Error;
use crate::money::{Currency, Money};
use crate::timestamp::{LocalTimestamp, Timestamp, TimestampError};
use crate::wire::WireEnum;

/// Appends `value` as a JSON string, escaped exactly as `serde_json` escapes it: `"` and `\`,
/// the short forms `\b \f \n \r \t`, other control characters as `\u00xx` (lowercase hex);
/// everything else, non-ASCII included, as is.
#[inline]
pub fn str(out: &mut Vec<u8>, value: &str) {
    str_bytes(out, value.as_bytes());
}

/// [`str`] of text given as bytes (a JSON text built in a buffer of its own): the escaping is
/// the same byte for byte, and valid UTF-8 stays valid.
#[inline]
pub fn str_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'"');
    // Most values need no escape: one scan, one copy.
    if !bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\') {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
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
    out.push(b'"');
}

/// A `,` unless `out` ends an object's opening brace: before a member whose predecessors are
/// all optional.
#[inline]
pub fn comma(out: &mut Vec<u8>) {
    if out.last() != Some(&b'{') {
        out.push(b',');
    }
}

/// Text formatted on the stack: up to `N` ASCII bytes.
#[derive(Clone, Copy, Debug)]
pub struct Stack<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> Stack<N> {
    fn new() -> Self {
        Stack {
            bytes: [0; N],
            len: 0,
        }
    }

    #[inline]
    fn push(&mut self, b: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = b;
            self.len += 1;
        }
    }

    fn push_str(&mut self, s: &str) {
        for b in s.bytes() {
            self.push(b);
        }
    }

    /// `value` in at least `width` digits (zero-padded), without sign.
    #[inline]
    fn push_digits(&mut self, value: u64, width: usize) {
        let mut digits = [0u8; 24];
        let mut n = value;
        let mut count = 0;
        while (n > 0 || count < width.max(1)) && count < digits.len() {
            digits[count] = b'0' + (n % 10) as u8;
            n /= 10;
            count += 1;
        }
        for &d in digits[..count].iter().rev() {
            self.push(d);
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        // Only ASCII is ever pushed.
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }

    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// An integer's decimal text, as `serde_json` writes an `i64`.
pub type Int = Stack<20>;

/// [`Int`] of `value`.
#[inline]
pub fn int(value: i64) -> Int {
    let mut out = Int::new();
    if value < 0 {
        out.push(b'-');
    }
    out.push_digits(value.unsigned_abs(), 1);
    out
}

/// An amount in major units, exactly `exponent` decimals ([`Money::render_major`]'s text).
pub type Major = Stack<48>;

/// [`Major`] of `money`.
pub fn major(money: &Money) -> Major {
    let mut out = Major::new();
    let exponent = u32::from(money.currency().exponent());
    let abs = money.minor().unsigned_abs();
    if money.minor() < 0 {
        out.push(b'-');
    }
    match 10u64.checked_pow(exponent) {
        Some(scale) => {
            out.push_digits(abs / scale, 1);
            if exponent > 0 {
                out.push(b'.');
                out.push_digits(abs % scale, exponent as usize);
            }
        }
        // More decimals than an i64 has digits: the whole part is 0.
        None => {
            let digits = int(i64::try_from(abs).unwrap_or(i64::MAX));
            out.push_str("0.");
            for _ in digits.len()..exponent as usize {
                out.push(b'0');
            }
            out.push_str(digits.as_str());
        }
    }
    out
}

/// `money`, which a CNY-only adapter (`fen`, `yuan_number`, `yuan_string`) writes: another
/// currency is the error serializing it would be.
#[inline]
pub fn cny(money: &Money, operation: &str) -> Result<Money, Error> {
    money
        .expect_currency(Currency::CNY)
        .map_err(|e| Error::Encode(format!("content of `{operation}`: {e}")))
}

/// An open enum's wire text as its `Serialize` writes it (see
/// [`crate::wire::serialize_enum`]): an integer enum's text must be an integer's own.
pub fn enum_text<'a, E: WireEnum>(value: &'a E, operation: &str) -> Result<&'a str, Error> {
    let raw = value.as_wire();
    if E::INTEGER {
        if let Err(e) = crate::wire::parse_int(raw) {
            return Err(Error::Encode(format!("content of `{operation}`: {e}")));
        }
        // `-?[0-9]+` in range: the integer's own text unless it has a leading zero or is `-0`.
        let digits = raw.strip_prefix('-').unwrap_or(raw);
        if (digits.len() > 1 && digits.starts_with('0')) || raw == "-0" {
            return Err(Error::Encode(format!(
                "content of `{operation}`: `{raw}` is not written as the integer it reads as"
            )));
        }
    }
    Ok(raw)
}

/// A nested object or list field's JSON text as the interpreter writes it: read as
/// [`crate::json::Json`] (members sorted by name, numbers as their literals) and written compact.
/// Allocates (the rare shapes: a nested object or list in a request).
pub fn sorted_json<T: serde::Serialize + ?Sized>(
    value: &T,
    operation: &str,
) -> Result<String, Error> {
    let encode = |e: String| Error::Encode(format!("content of `{operation}`: {e}"));
    let json = crate::json::Json::from_serialize(value).map_err(encode)?;
    serde_json::to_string(&json).map_err(|e| encode(e.to_string()))
}

/// A `json_string` field's text: what [`crate::wire::json_string`] writes inside the string
/// (the value's own serialization, members in field order). Allocates.
pub fn json_text<T: serde::Serialize + ?Sized>(
    value: &T,
    operation: &str,
) -> Result<String, Error> {
    serde_json::to_string(value)
        .map_err(|e| Error::Encode(format!("content of `{operation}`: {e}")))
}

/// A status member written as a JSON number (`Code { integer: true }`): `text` must be a
/// number's literal, as the interpreter requires.
pub fn number<'a>(text: &'a str, wire: &str) -> Result<&'a str, Error> {
    match crate::json::Number::from_literal(text) {
        Ok(_) => Ok(text),
        Err(_) => Err(Error::Encode(format!(
            "status member `{wire}` must be a number, got `{text}`"
        ))),
    }
}

/// The first `len` characters of the context's nonce (`Fill::Nonce`); fewer is an error.
#[inline]
pub fn nonce<'a>(nonce: &'a str, len: usize, layout: &str) -> Result<&'a str, Error> {
    if nonce.len() == len && nonce.is_ascii() {
        return Ok(nonce);
    }
    let end = nonce
        .char_indices()
        .nth(len)
        .map_or(nonce.len(), |(at, _)| at);
    let taken = &nonce[..end];
    if taken.chars().count() < len {
        return Err(Error::Encode(format!(
            "the context's nonce has {} characters, layout `{layout}` needs {len}",
            nonce.chars().count(),
        )));
    }
    Ok(taken)
}

/// `2018-07-25T18:06:05+08:00`, with a fraction of a second when there is one.
pub type Rfc3339 = Stack<40>;

/// `yyyyMMddHHmmss`.
pub type Compact = Stack<14>;

/// `yyyy-MM-dd HH:mm:ss`.
pub type DateTime = Stack<19>;

fn time_error(e: TimestampError) -> Error {
    Error::Encode(format!("request time: {e}"))
}

/// The request time (`Fill::Timestamp`): the context's Unix time on the provider's clock,
/// computed once per call without the calendar library, with the interpreter's checks (the
/// instant and its local reading within the years ±9999, a valid offset).
#[derive(Debug, Clone, Copy)]
pub struct RequestTime {
    unix: i64,
    offset_minutes: i16,
    year: i64,
    month: u8,
    day: u8,
    /// Seconds into the local day.
    seconds: u32,
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
#[inline]
fn civil(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Both are in range by construction (1..=31, 1..=12).
    (year, day as u8, month as u8)
}

/// [`RequestTime`] of `unix_time` in `offset_minutes` east of UTC.
#[inline]
pub fn request_time(unix_time: i64, offset_minutes: i16) -> Result<RequestTime, Error> {
    let out_of_range = || time_error(TimestampError::OutOfRange(unix_time));
    // -9999-01-01T00:00:00Z ..= 9999-12-31T23:59:59Z: the years a timestamp holds.
    const FIRST: i64 = -377_705_116_800;
    const LAST: i64 = 253_402_300_799;
    if !(FIRST..=LAST).contains(&unix_time) {
        return Err(out_of_range());
    }
    if offset_minutes.unsigned_abs() > 25 * 60 + 59 {
        return Err(time_error(TimestampError::Offset(offset_minutes)));
    }
    let local = unix_time + i64::from(offset_minutes) * 60;
    let (year, day, month) = civil(local.div_euclid(86_400));
    if !(-9999..=9999).contains(&year) {
        return Err(out_of_range());
    }
    Ok(RequestTime {
        unix: unix_time,
        offset_minutes,
        year,
        month,
        day,
        seconds: local.rem_euclid(86_400) as u32,
    })
}

impl RequestTime {
    /// Seconds since the epoch.
    #[inline]
    pub fn unix(&self) -> Int {
        int(self.unix)
    }

    /// `2018-07-25T18:06:05+08:00`: [`Timestamp::to_rfc3339`]'s text.
    #[inline]
    pub fn rfc3339(&self) -> Result<Rfc3339, Error> {
        let mut out = Rfc3339::new();
        self.push(&mut out, Some(b'T'))?;
        let offset = self.offset_minutes;
        let mut zone = *b"+00:00";
        if offset < 0 {
            zone[0] = b'-';
        }
        put_digits(&mut zone[1..3], u64::from(offset.unsigned_abs() / 60));
        put_digits(&mut zone[4..6], u64::from(offset.unsigned_abs() % 60));
        for b in zone {
            out.push(b);
        }
        Ok(out)
    }

    /// `yyyyMMddHHmmss` on the provider's clock: [`LocalTimestamp::to_compact`]'s text.
    pub fn compact(&self) -> Result<Compact, Error> {
        let mut out = Compact::new();
        self.push(&mut out, None)?;
        Ok(out)
    }

    /// `yyyy-MM-dd HH:mm:ss` on the provider's clock: [`LocalTimestamp::to_datetime`]'s text.
    pub fn datetime(&self) -> Result<DateTime, Error> {
        let mut out = DateTime::new();
        self.push(&mut out, Some(b' '))?;
        Ok(out)
    }

    /// Milliseconds since the epoch (the context's second, so the last three digits are 0).
    #[inline]
    pub fn unix_millis(&self) -> Int {
        int(self.unix.saturating_mul(1000))
    }

    /// The local date and time; with `middle`, separated as `yyyy-MM-dd<middle>HH:mm:ss`.
    #[inline]
    fn push<const N: usize>(&self, out: &mut Stack<N>, middle: Option<u8>) -> Result<(), Error> {
        // Each below 24, 60 or 60: they fit a byte.
        let clock = [
            self.seconds / 3600,
            self.seconds / 60 % 60,
            self.seconds % 60,
        ]
        .map(|v| v as u8);
        let [hour, minute, second] = clock;
        push_date_time(
            out,
            self.year,
            [self.month, self.day, hour, minute, second],
            middle,
        )
    }
}

/// `yyyyMMddHHmmss` (year, then `rest`: month, day, hour, minute, second), or with `middle`
/// `yyyy-MM-dd<middle>HH:mm:ss`; a year outside 0..=9999 is refused.
#[inline]
fn push_date_time<const N: usize>(
    out: &mut Stack<N>,
    year: i64,
    rest: [u8; 5],
    middle: Option<u8>,
) -> Result<(), Error> {
    if !(0..=9999).contains(&year) {
        let year = i32::try_from(year).unwrap_or(i32::MAX);
        return Err(time_error(TimestampError::Year(year)));
    }
    // Written in place at fixed positions (no length kept in memory between the digits).
    let (template, at): (&[u8], [usize; 6]) = match middle {
        Some(_) => (b"0000-00-00T00:00:00", [0, 5, 8, 11, 14, 17]),
        None => (b"00000000000000", [0, 4, 6, 8, 10, 12]),
    };
    let start = out.len;
    let Some(slot) = out.bytes.get_mut(start..start + template.len()) else {
        // Every `Stack` these are written into is sized for them.
        return Err(time_error(TimestampError::Year(i32::MAX)));
    };
    slot.copy_from_slice(template);
    if let Some(middle) = middle {
        slot[10] = middle;
    }
    put_digits(&mut slot[..4], year.unsigned_abs());
    for (value, at) in rest.into_iter().zip(&at[1..]) {
        put_digits(&mut slot[*at..*at + 2], value.into());
    }
    out.len = start + template.len();
    Ok(())
}

/// `value`'s last `slot.len()` decimal digits into `slot`, zero-padded.
#[inline]
fn put_digits(slot: &mut [u8], mut value: u64) {
    for b in slot.iter_mut().rev() {
        *b = b'0' + (value % 10) as u8;
        value /= 10;
    }
}

/// The fields of a date and time from the calendar library, as [`push_date_time`] takes them.
fn fields_of(dt: time::PrimitiveDateTime) -> (i64, [u8; 5]) {
    let rest = [
        u8::from(dt.month()),
        dt.day(),
        dt.hour(),
        dt.minute(),
        dt.second(),
    ];
    (dt.year().into(), rest)
}

/// [`Timestamp::to_rfc3339`]'s text, on the stack.
pub fn rfc3339(ts: &Timestamp) -> Result<Rfc3339, Error> {
    let dt = ts.0;
    let mut out = Rfc3339::new();
    let (year, rest) = fields_of(time::PrimitiveDateTime::new(dt.date(), dt.time()));
    push_date_time(&mut out, year, rest, Some(b'T'))?;
    let nanos = dt.nanosecond();
    if nanos != 0 {
        // Nine digits, the trailing zeros left out.
        let mut digits = Stack::<9>::new();
        digits.push_digits(nanos.into(), 9);
        out.push(b'.');
        out.push_str(digits.as_str().trim_end_matches('0'));
    }
    let offset = dt.offset();
    out.push(if offset.is_negative() { b'-' } else { b'+' });
    out.push_digits(offset.whole_hours().unsigned_abs().into(), 2);
    out.push(b':');
    out.push_digits(offset.minutes_past_hour().unsigned_abs().into(), 2);
    Ok(out)
}

/// [`LocalTimestamp::to_compact`]'s text, on the stack.
pub fn compact(ts: &LocalTimestamp) -> Result<Compact, Error> {
    let mut out = Compact::new();
    let (year, rest) = fields_of(ts.0);
    push_date_time(&mut out, year, rest, None)?;
    Ok(out)
}

/// [`LocalTimestamp::to_datetime`]'s text, on the stack.
pub fn datetime(ts: &LocalTimestamp) -> Result<DateTime, Error> {
    let mut out = DateTime::new();
    let (year, rest) = fields_of(ts.0);
    push_date_time(&mut out, year, rest, Some(b' '))?;
    Ok(out)
}

/// The configuration value `key` of this call ([`Error::MissingConfig`] when it has none): what
/// the generated encoders read their configuration through, so that a rotated key from a
/// credential store is used exactly as a static one.
#[inline]
pub fn config<'a>(creds: &'a dyn Credentials, key: &str) -> Result<&'a str, Error> {
    creds
        .value(key)
        .ok_or_else(|| Error::MissingConfig(key.to_owned()))
}

/// A digest's hex text (at most SHA-256's 64 digits), on the stack.
pub type Hex = Stack<64>;

/// A digest the [`Signer`] feeds; codegen names the one of the spec's recipe
/// ([`Md5`], [`Sha256`], [`HmacSha256`]), so the digest calls are direct.
pub trait SignDigest: Sized {
    /// The recipe algorithm this digest computes.
    const ALGORITHM: Algorithm;
    /// A fresh state; `key` keys a MAC (unused by plain digests).
    fn start(key: &str) -> Self;
    fn feed(&mut self, bytes: &[u8]);
    fn hex(self, upper: bool) -> Hex;
    /// The digest's bytes into `out` (a received signature is compared as bytes); their count.
    fn bytes(self, out: &mut [u8; 32]) -> usize;
}

/// MD5 ([`Algorithm::Md5`]).
pub struct Md5(md5::Md5);
/// SHA-256 ([`Algorithm::Sha256`]).
pub struct Sha256(sha2::Sha256);
/// HMAC-SHA256 keyed with the signing key ([`Algorithm::HmacSha256`]).
pub struct HmacSha256(Hmac<sha2::Sha256>);

macro_rules! opaque_debug {
    ($($t:ident),*) => {$(
        /// The name only: the state has seen the key or the values.
        impl core::fmt::Debug for $t {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(stringify!($t))
            }
        }
    )*};
}
opaque_debug!(Md5, Sha256, HmacSha256);

/// A plain digest (the key, if any, is appended to the text by the recipe, not used here).
macro_rules! plain_digest {
    ($($t:ident => $inner:ty, $algorithm:expr;)*) => {$(
        impl SignDigest for $t {
            const ALGORITHM: Algorithm = $algorithm;
            #[inline]
            fn start(_: &str) -> Self {
                $t(<$inner>::new())
            }
            #[inline]
            fn feed(&mut self, bytes: &[u8]) {
                self.0.update(bytes);
            }
            #[inline]
            fn hex(self, upper: bool) -> Hex {
                hex(&self.0.finalize(), upper)
            }
            #[inline]
            fn bytes(self, out: &mut [u8; 32]) -> usize {
                let digest = self.0.finalize();
                out[..digest.len()].copy_from_slice(&digest);
                digest.len()
            }
        }
    )*};
}
plain_digest! {
    Md5 => md5::Md5, Algorithm::Md5;
    Sha256 => sha2::Sha256, Algorithm::Sha256;
}

impl SignDigest for HmacSha256 {
    const ALGORITHM: Algorithm = Algorithm::HmacSha256;
    #[inline]
    fn start(key: &str) -> Self {
        // HMAC is defined for keys of every length; the `Result` only exists because the
        // constructor is shared with fixed-key MACs.
        HmacSha256(
            <Hmac<sha2::Sha256> as KeyInit>::new_from_slice(key.as_bytes())
                .expect("HMAC accepts keys of any length"),
        )
    }
    #[inline]
    fn feed(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    #[inline]
    fn hex(self, upper: bool) -> Hex {
        hex(&self.0.finalize().into_bytes(), upper)
    }
    #[inline]
    fn bytes(self, out: &mut [u8; 32]) -> usize {
        out.copy_from_slice(&self.0.finalize().into_bytes());
        32
    }
}

/// The string to sign, streamed into the digest `D`: no string is assembled. Pairs must be fed
/// in the rule's order (sorted by name, which the generated code fixes at generation time).
pub struct Signer<'k, D: SignDigest> {
    recipe: &'static SigningRecipe,
    key: &'k str,
    digest: D,
    first: bool,
}

/// The algorithm only: the state has seen the key or values.
impl<D: SignDigest> core::fmt::Debug for Signer<'_, D> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Signer")
            .field("algorithm", &self.recipe.algorithm)
            .finish_non_exhaustive()
    }
}

impl<'k, D: SignDigest> Signer<'k, D> {
    /// A signer by `recipe`, whose algorithm must be `D`'s.
    #[inline]
    pub fn new(recipe: &'static SigningRecipe, key: &'k str) -> Result<Signer<'k, D>, Error> {
        if recipe.algorithm != D::ALGORITHM {
            return Err(Error::Descriptor(format!(
                "the recipe signs with {:?}, the signer with {:?}",
                recipe.algorithm,
                D::ALGORITHM
            )));
        }
        Ok(Signer {
            recipe,
            key,
            digest: D::start(key),
            first: true,
        })
    }

    /// Raw bytes, as they are (raw coverage, or a piece of a value).
    #[inline]
    pub fn update(&mut self, bytes: &[u8]) {
        self.digest.feed(bytes);
    }

    /// One pair: `joined` is the recipe's joiner, the member's name and the separator, written
    /// out at generation time (`b"&total_fee="`), so a pair is two pieces fed to the digest; the
    /// joiner is left out before the first pair. An empty value is left out when the recipe
    /// says so.
    #[inline]
    pub fn pair(&mut self, joined: &[u8], value: &str) {
        self.pair_bytes(joined, value.as_bytes());
    }

    /// [`Signer::pair`] of a value's bytes (a member's JSON text in the body).
    #[inline]
    pub fn pair_bytes(&mut self, joined: &[u8], value: &[u8]) {
        if value.is_empty() && self.recipe.empty == EmptyRule::Skip {
            return;
        }
        self.pair_fixed(joined);
        self.digest.feed(value);
    }

    /// A pair known at generation time, joiner, name, separator and value written out (a
    /// constant member whose value is not empty); the joiner is left out before the first pair.
    #[inline]
    pub fn pair_fixed(&mut self, joined: &[u8]) {
        let skip = if self.first {
            self.recipe.pairs_joiner.len()
        } else {
            0
        };
        self.first = false;
        self.digest.feed(joined.get(skip..).unwrap_or_default());
    }

    /// The key per the recipe's rule, the digest, its hex.
    #[inline]
    pub fn finish(mut self) -> Hex {
        let digest = &mut self.digest;
        crate::signing::feed_key(self.recipe, self.key, |bytes| digest.feed(bytes));
        self.digest.hex(self.recipe.hex_case == HexCase::Upper)
    }
}

#[inline]
fn hex(digest: &[u8], upper: bool) -> Hex {
    const LOWER: &[u8; 16] = b"0123456789abcdef";
    const UPPER: &[u8; 16] = b"0123456789ABCDEF";
    let table = if upper { UPPER } else { LOWER };
    let mut out = Hex::new();
    // Written in place and the length set once: pushing byte by byte kept the length in
    // memory and made the 64 stores one long dependency chain (a sixth of a SHA-256 signing).
    let digest = &digest[..digest.len().min(out.bytes.len() / 2)];
    for (pair, &b) in out.bytes.chunks_exact_mut(2).zip(digest) {
        pair[0] = table[usize::from(b >> 4)];
        pair[1] = table[usize::from(b & 0xf)];
    }
    out.len = digest.len() * 2;
    out
}

/// How many bytes [`str`] writes for `value`, quotes included.
pub fn escaped_len(value: &[u8]) -> usize {
    2 + value
        .iter()
        .map(|&b| match b {
            b'"' | b'\\' | b'\n' | b'\r' | b'\t' | 0x08 | 0x0c => 2,
            0x00..=0x1f => 6,
            _ => 1,
        })
        .sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_digest_is_written_in_hex_of_its_case(bytes in proptest::collection::vec(any::<u8>(), 0..=32), upper in any::<bool>()) {
            let expected: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            let expected = if upper { expected.to_uppercase() } else { expected };
            let written = hex(&bytes, upper);
            prop_assert_eq!(written.as_str(), expected);
        }

        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(text in "\\PC*|[\"\\\\\u{0}-\u{1f}\u{7f}a中😀]*") {
            let mut out = Vec::new();
            str(&mut out, &text);
            prop_assert_eq!(String::from_utf8(out.clone()).unwrap(), serde_json::to_string(&text).unwrap());
            prop_assert_eq!(out.len(), escaped_len(text.as_bytes()));
        }

        #[test]
        fn integers_and_amounts_render_as_the_core_renders_them(n in any::<i64>(), yen in any::<bool>()) {
            let text = int(n);
            prop_assert_eq!(text.as_str(), n.to_string());
            let currency = if yen { Currency::JPY } else { Currency::CNY };
            let money = Money::from_minor(n, currency);
            let text = major(&money);
            prop_assert_eq!(text.as_str(), money.render_major());
        }

        #[test]
        fn times_render_as_the_core_renders_them(unix in -62_000_000_000i64..253_000_000_000, offset in -900i16..900, nanos in 0u32..1_000_000_000) {
            let Ok(ts) = Timestamp::from_unix_in_offset(unix, offset) else { return Ok(()); };
            let ts = Timestamp(ts.0.replace_nanosecond(nanos).unwrap());
            match (rfc3339(&ts), ts.to_rfc3339()) {
                (Ok(a), Ok(b)) => prop_assert_eq!(a.as_str(), b),
                (a, b) => prop_assert!(a.is_err() && b.is_err()),
            }
            match (compact(&ts.local()), ts.local().to_compact()) {
                (Ok(a), Ok(b)) => prop_assert_eq!(a.as_str(), b),
                (a, b) => prop_assert!(a.is_err() && b.is_err()),
            }
            match (datetime(&ts.local()), ts.local().to_datetime()) {
                (Ok(a), Ok(b)) => prop_assert_eq!(a.as_str(), b),
                (a, b) => prop_assert!(a.is_err() && b.is_err()),
            }
        }
    }

    proptest! {
        #[test]
        fn the_request_time_reads_as_the_calendar_library_reads_it(unix in prop_oneof![
            1_500_000_000i64..2_000_000_000,
            -400_000_000_000i64..400_000_000_000,
            253_402_300_000i64..253_402_400_000,
            -377_705_200_000i64..-377_705_000_000,
        ], offset in prop_oneof![Just(480i16), -1600i16..1600]) {
            let ours = request_time(unix, offset);
            let theirs = Timestamp::from_unix_in_offset(unix, offset);
            match (&ours, &theirs) {
                (Ok(ours), Ok(theirs)) => {
                    match (ours.rfc3339(), theirs.to_rfc3339()) {
                        (Ok(a), Ok(b)) => prop_assert_eq!(a.as_str(), b),
                        (a, b) => prop_assert!(a.is_err() && b.is_err()),
                    }
                    match (ours.compact(), theirs.local().to_compact()) {
                        (Ok(a), Ok(b)) => prop_assert_eq!(a.as_str(), b),
                        (a, b) => prop_assert!(a.is_err() && b.is_err()),
                    }
                    match (ours.datetime(), theirs.local().to_datetime()) {
                        (Ok(a), Ok(b)) => prop_assert_eq!(a.as_str(), b),
                        (a, b) => prop_assert!(a.is_err() && b.is_err()),
                    }
                    let text = ours.unix();
                    prop_assert_eq!(text.as_str(), unix.to_string());
                }
                (Err(a), Err(b)) => prop_assert_eq!(a.to_string(), time_error(b.clone()).to_string()),
                _ => prop_assert!(false, "{:?} vs {:?}", ours.is_ok(), theirs.is_ok()),
            }
        }
    }

    #[test]
    fn a_nonce_is_cut_to_its_length_and_a_short_one_refused() {
        assert_eq!(nonce("abcdef", 3, "l").unwrap(), "abc");
        assert_eq!(nonce("中文字", 2, "l").unwrap(), "中文");
        assert!(matches!(nonce("ab", 3, "l"), Err(Error::Encode(_))));
    }
}
