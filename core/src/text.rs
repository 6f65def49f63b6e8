//! [`Text`]: a reply's text, sharing the received body instead of owning a copy.
//!
//! A decoded reply has a dozen or more text members (ids, names, codes). Each one as its own
//! `String` is one allocation and one copy per member per reply; the generated reply decode
//! (`codec::read`) instead copies the body once into a reference-counted buffer and hands out
//! slices of it, so a whole reply's texts cost that one allocation. A short text (at most 30
//! bytes: codes, flags, most ids) is copied into the `Text` itself instead, which costs less
//! than the two atomic reference-count operations a slice takes. A text that had escapes to
//! undo (rare: `\"`, `\u4e2d`) owns its unescaped form, and so does a text a caller makes from
//! a `String` or from a `str` longer than 30 bytes (`string.into()`, `Text::from(name)`).
//!
//! It reads like a `String`: it derefs to `str` (so `text.len()`, `&*text`, `text.as_str()`,
//! `text.to_string()` and passing it where a `&str` is expected all work), compares with `str`,
//! `&str` and `String` both ways, hashes and orders as its text, and serializes as a JSON
//! string. Only reply-side types use it; requests, which callers build, keep `String`.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, Range};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text shared with the buffer it was read from, or owned. See the module docs.
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    /// `buf[start..end]`, on character boundaries (checked when made).
    Shared {
        buf: Arc<str>,
        start: u32,
        end: u32,
    },
    Owned(String),
    /// A short text kept in place (the first `len` bytes, checked UTF-8 when made): copying
    /// at most [`INLINE`] bytes costs less than taking and giving back a reference to the
    /// shared buffer (two atomic operations), and allocates nothing either.
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
}

/// The longest text kept inline: what fits beside the tag in the space the other forms take.
const INLINE: usize = 30;

impl Text {
    /// The empty text (allocates nothing).
    pub const fn new() -> Text {
        Text(Repr::Owned(String::new()))
    }

    /// `part`, a slice of `buf`'s own text, sharing `buf`; kept inline when it is at most 30
    /// bytes; a copy when `part` is not inside `buf` (or `buf` is too large to index with
    /// `u32`), so the answer is always `part`'s text.
    pub fn shared(buf: &Arc<str>, part: &str) -> Text {
        if let Some(inline) = Text::inline(part) {
            return inline;
        }
        match Self::range_in(buf, part) {
            Some(range) => Text(Repr::Shared {
                buf: Arc::clone(buf),
                start: range.start,
                end: range.end,
            }),
            None => Text::from(part),
        }
    }

    /// `text` kept inline, when it is short enough.
    fn inline(text: &str) -> Option<Text> {
        let len = text.len();
        if len > INLINE {
            return None;
        }
        let mut bytes = [0u8; INLINE];
        bytes[..len].copy_from_slice(text.as_bytes());
        Some(Text(Repr::Inline {
            len: u8::try_from(len).ok()?,
            bytes,
        }))
    }

    fn range_in(buf: &str, part: &str) -> Option<Range<u32>> {
        let base = buf.as_ptr() as usize;
        let at = (part.as_ptr() as usize).checked_sub(base)?;
        let end = at.checked_add(part.len())?;
        // `get` checks both bounds and character boundaries.
        buf.get(at..end)?;
        Some(u32::try_from(at).ok()?..u32::try_from(end).ok()?)
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Made by `shared`, whose range is in bounds and on character boundaries.
            Repr::Shared { buf, start, end } => &buf[*start as usize..*end as usize],
            Repr::Owned(text) => text,
            // Made from a `str` by `inline`, so this is that text.
            Repr::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
        }
    }

    /// Whether this text keeps a received body alive (for tests and diagnostics: a caller
    /// holding one small text of a large reply can `Text::from(text.as_str())` to let it go).
    pub fn is_shared(&self) -> bool {
        matches!(self.0, Repr::Shared { .. })
    }

    /// Whether this text holds an allocation of its own: a text with escapes undone, or one a
    /// caller made from a `String` or a long `str`. A text read from a reply is otherwise a
    /// slice of the body or, when short, kept inline.
    pub fn owns_allocation(&self) -> bool {
        matches!(&self.0, Repr::Owned(text) if text.capacity() > 0)
    }
}

impl Default for Text {
    fn default() -> Text {
        Text::new()
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<[u8]> for Text {
    fn as_ref(&self) -> &[u8] {
        self.as_str().as_bytes()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

/// As the text (`"abc"`), whatever it shares: a `Text` prints like a `String`.
impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

/// As its text, so a `Text` and the `str` it holds hash alike (`Borrow<str>`).
impl Hash for Text {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

macro_rules! eq_both_ways {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for Text {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }

        impl PartialEq<Text> for $other {
            fn eq(&self, other: &Text) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    )*};
}

eq_both_ways!(str, &str, String);

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text(Repr::Owned(text))
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::inline(text).unwrap_or_else(|| Text(Repr::Owned(text.to_owned())))
    }
}

impl From<&String> for Text {
    fn from(text: &String) -> Text {
        Text::from(text.as_str())
    }
}

impl From<Text> for String {
    fn from(text: Text) -> String {
        match text.0 {
            Repr::Owned(text) => text,
            Repr::Shared { .. } | Repr::Inline { .. } => text.as_str().to_owned(),
        }
    }
}

impl std::str::FromStr for Text {
    type Err = std::convert::Infallible;

    fn from_str(text: &str) -> Result<Text, Self::Err> {
        Ok(Text::from(text))
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Owned: a deserializer has no shared buffer to point into (the generated reply decode makes
/// shared texts itself, without serde).
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        String::deserialize(deserializer).map(Text::from)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeSet, HashSet};

    use super::*;

    #[test]
    fn shares_a_slice_of_its_buffer_and_reads_as_that_text() {
        let buf: Arc<str> = Arc::from(r#"{"id":"中文-0123456789012345678901234567"}"#);
        let part = &buf[7..buf.len() - 2];
        assert!(part.len() > INLINE);
        let text = Text::shared(&buf, part);
        assert!(text.is_shared());
        assert!(!text.owns_allocation());
        assert_eq!(text, "中文-0123456789012345678901234567");
        assert_eq!(text.as_str(), part);
        assert_eq!(text.len(), part.len());
        assert_eq!(text.to_string(), part);
        assert_eq!(format!("{text:?}"), format!("{part:?}"));
        assert_eq!(Arc::strong_count(&buf), 2);
        drop(text);
        assert_eq!(Arc::strong_count(&buf), 1);
    }

    /// A short text is copied in place: no reference to the buffer (whose count two atomic
    /// operations would change), no allocation.
    #[test]
    fn a_short_text_is_kept_inline_and_reads_as_that_text() {
        let buf: Arc<str> = Arc::from(r#"{"id":"中文-1","n":"012345678901234567890123456789"}"#);
        for part in [&buf[7..15], &buf[22..52], ""] {
            let text = Text::shared(&buf, part);
            assert!(!text.is_shared() && !text.owns_allocation());
            assert_eq!(text, part);
            assert_eq!(text.len(), part.len());
            assert_eq!(format!("{text:?}"), format!("{part:?}"));
            assert_eq!(Text::from(part), text);
            assert!(!Text::from(part).owns_allocation());
        }
        assert_eq!(Arc::strong_count(&buf), 1);
        let long = "x".repeat(INLINE + 1);
        assert!(Text::from(long.as_str()).owns_allocation());
        // The inline form takes no more room than the shared and owned ones.
        assert_eq!(std::mem::size_of::<Text>(), 32);
    }

    #[test]
    fn a_part_outside_the_buffer_is_copied() {
        let buf: Arc<str> = Arc::from("abc");
        let elsewhere = String::from("xyz");
        let text = Text::shared(&buf, &elsewhere);
        assert!(!text.is_shared());
        assert_eq!(text, "xyz");
        assert_eq!(Arc::strong_count(&buf), 1);
    }

    #[test]
    fn compares_hashes_and_orders_as_its_text_however_it_is_held() {
        let buf: Arc<str> = Arc::from("b a");
        let shared = Text::shared(&buf, &buf[2..3]);
        let owned = Text::from("a");
        assert_eq!(shared, owned);
        assert_eq!("a", shared);
        assert_eq!(shared, "a");
        assert!(PartialEq::<str>::eq(&shared, "a"));
        assert!(PartialEq::<Text>::eq(&String::from("a"), &shared));
        assert_eq!(shared, String::from("a"));
        assert!(Text::shared(&buf, &buf[0..1]) > owned);
        let set: HashSet<Text> = [shared.clone()].into();
        assert!(set.contains("a"));
        let sorted: BTreeSet<Text> = [Text::from("c"), shared, Text::from("b")].into();
        assert_eq!(
            sorted.iter().map(Text::as_str).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
    }

    #[test]
    fn converts_and_serializes_as_a_json_string() {
        let text: Text = "x\"y".into();
        assert_eq!(serde_json::to_string(&text).unwrap(), r#""x\"y""#);
        let back: Text = serde_json::from_str(r#""x\"y""#).unwrap();
        assert_eq!(back, text);
        assert!(serde_json::from_str::<Text>("1").is_err());
        assert_eq!(String::from(back), "x\"y");
        assert_eq!(Text::default(), "");
    }
}
