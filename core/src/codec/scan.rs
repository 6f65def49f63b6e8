//! One read of a JSON reply body that validates it and splits its envelope at once.
//!
//! [`Doc::read`] walks the received text once, byte by byte, and both
//! - **validates** it as strictly as the exact reader ([`crate::json::Json::parse`]) and
//!   serde_json together, or more: JSON's grammar (numbers, literals, string escapes, no control
//!   character in a string, nothing after the document), no object naming a member twice at any
//!   depth, no nesting deeper than [`MAX_DEPTH`], every `\u` escape text (no lone surrogate); and
//!   what the one-pass reader leaves to the interpreter (a name with escapes, an object of more
//!   than [`MAX_MEMBERS`] members) is refused too;
//! - **keeps** the members of the objects an envelope is made of — the body's, and the objects
//!   among its members' values down to [`KEPT_LEVELS`] levels — as `(name, raw text)` borrowed
//!   from the input, so that the status members, the content object and the signed members are
//!   found without reading any byte again.
//!
//! A text it refuses is not necessarily invalid: the caller leaves it to the interpreter, which
//! gives the exact error or reading. A text it accepts, the interpreter accepts too.

use smallvec::SmallVec;

/// How deep arrays and objects may nest, the body's own object counted: serde_json's
/// `Value` refuses the 128th level, the exact reader the 129th; this takes the stricter.
const MAX_DEPTH: usize = 127;

/// Members per object this reader takes; more are left to the interpreter.
pub(super) const MAX_MEMBERS: usize = 128;

/// Object levels whose members are kept: the body (1), objects among its members (2), objects
/// among theirs (3). Deeper objects are validated, not kept.
const KEPT_LEVELS: usize = 3;

/// A member: its name (escape-free) and its value's raw JSON text.
pub(super) type Member<'a> = (&'a str, &'a str);

/// Members of one object kept on the stack (a reply's content has a few dozen).
pub(super) const MEMBERS_ON_STACK: usize = 36;

/// One object's members as scanned.
type MemberList<'a> = SmallVec<[Member<'a>; MEMBERS_ON_STACK]>;

/// The kept objects of one body: every kept object's members, each object's contiguous.
#[derive(Debug, Default)]
pub(super) struct Doc<'a> {
    members: SmallVec<[Member<'a>; 64]>,
    /// Each kept object: its raw text and the range of its members in `members`. Inner objects
    /// end first, so the body's is the last.
    objects: SmallVec<[(&'a str, u32, u32); 6]>,
}

impl<'a> Doc<'a> {
    /// Reads `text`, a JSON object; `None` when it is refused (see the module's doc).
    pub(super) fn read(&mut self, text: &'a str) -> Option<()> {
        let mut reader = Reader {
            text,
            b: text.as_bytes(),
            at: 0,
            doc: self,
        };
        reader.ws();
        if reader.peek() != Some(b'{') {
            return None;
        }
        reader.object(1, true)?;
        reader.ws();
        (reader.at == reader.b.len()).then_some(())
    }

    /// The body's members (after a successful [`Doc::read`]).
    pub(super) fn body(&self) -> Option<(&'a str, &[Member<'a>])> {
        let &(raw, from, to) = self.objects.last()?;
        Some((raw, &self.members[from as usize..to as usize]))
    }

    /// The members of the kept object whose raw text is `raw` (the same slice of the input).
    pub(super) fn object(&self, raw: &str) -> Option<&[Member<'a>]> {
        self.objects
            .iter()
            .find(|(kept, _, _)| kept.as_ptr() == raw.as_ptr() && kept.len() == raw.len())
            .map(|&(_, from, to)| &self.members[from as usize..to as usize])
    }
}

struct Reader<'a, 'd> {
    text: &'a str,
    b: &'a [u8],
    at: usize,
    doc: &'d mut Doc<'a>,
}

impl<'a> Reader<'a, '_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.at).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// The object at `at` (a `{`), nested `level` deep (the body is 1); its members kept in the
    /// document when `keep`.
    fn object(&mut self, level: usize, keep: bool) -> Option<()> {
        if level > MAX_DEPTH {
            return None;
        }
        let start = self.at;
        self.at += 1;
        let mut list = MemberList::new();
        let mut names = Names::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.at += 1;
        } else {
            loop {
                self.ws();
                let name_start = self.at + 1;
                if self.string()? {
                    // A name with escapes cannot be borrowed: the interpreter's.
                    return None;
                }
                let name = &self.text[name_start..self.at - 1];
                if !names.add(&list, name) {
                    return None;
                }
                self.ws();
                if self.peek() != Some(b':') {
                    return None;
                }
                self.at += 1;
                self.ws();
                let from = self.at;
                if self.peek() == Some(b'{') {
                    self.object(level + 1, keep && level < KEPT_LEVELS)?;
                } else {
                    self.value(level)?;
                }
                list.push((name, &self.text[from..self.at]));
                self.ws();
                match self.peek() {
                    Some(b',') => self.at += 1,
                    Some(b'}') => {
                        self.at += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        if keep {
            let from = u32::try_from(self.doc.members.len()).ok()?;
            self.doc.members.extend(list);
            let to = u32::try_from(self.doc.members.len()).ok()?;
            self.doc
                .objects
                .push((&self.text[start..self.at], from, to));
        }
        Some(())
    }

    /// Any value at `at` (whitespace skipped before it), inside a container `level` deep.
    fn value(&mut self, level: usize) -> Option<()> {
        match self.peek()? {
            b'{' => self.object(level + 1, false),
            b'[' => self.array(level + 1),
            b'"' => self.string().map(drop),
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            _ => self.number(),
        }
    }

    fn array(&mut self, level: usize) -> Option<()> {
        if level > MAX_DEPTH {
            return None;
        }
        self.at += 1;
        self.ws();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Some(());
        }
        loop {
            self.ws();
            self.value(level)?;
            self.ws();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        self.b[self.at..]
            .starts_with(word)
            .then(|| self.at += word.len())
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Option<()> {
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => {
                self.digits();
            }
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return None;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return None;
            }
        }
        Some(())
    }

    fn digits(&mut self) -> usize {
        let from = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - from
    }

    /// Past the string literal at `at`; whether it had escapes. `None` for anything but a
    /// string, a control character in it, an unknown escape or a `\u` escape that is not text
    /// (a lone surrogate).
    fn string(&mut self) -> Option<bool> {
        if self.peek() != Some(b'"') {
            return None;
        }
        self.at += 1;
        let mut escaped = false;
        loop {
            // Eight bytes at a time up to the next byte that is not plain text.
            while let Some(chunk) = self.b.get(self.at..self.at + 8) {
                let word = u64::from_le_bytes(chunk.try_into().ok()?);
                let special = special_bytes(word);
                if special != 0 {
                    self.at += (special.trailing_zeros() / 8) as usize;
                    break;
                }
                self.at += 8;
            }
            let c = *self.b.get(self.at)?;
            match c {
                b'"' => {
                    self.at += 1;
                    return Some(escaped);
                }
                b'\\' => {
                    escaped = true;
                    self.escape()?;
                }
                0..=0x1f => return None,
                _ => self.at += 1,
            }
        }
    }

    /// Past the escape at `at` (a `\`).
    fn escape(&mut self) -> Option<()> {
        match *self.b.get(self.at + 1)? {
            b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => {
                self.at += 2;
                Some(())
            }
            b'u' => {
                let unit = self.hex4(self.at + 2)?;
                self.at += 6;
                match unit {
                    0xD800..=0xDBFF => {
                        if self.b.get(self.at..self.at + 2) != Some(b"\\u") {
                            return None;
                        }
                        let low = self.hex4(self.at + 2)?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return None;
                        }
                        self.at += 6;
                        Some(())
                    }
                    0xDC00..=0xDFFF => None,
                    _ => Some(()),
                }
            }
            _ => None,
        }
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.b.get(at..at + 4)?;
        digits.iter().try_fold(0u32, |acc, &d| {
            let v = (d as char).to_digit(16)?;
            Some(acc << 4 | v)
        })
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `word` (read little-endian) that is `"`, `\` or a control
/// character, and possibly of bytes after the first such one (a borrow can carry into them):
/// the lowest set bit is always the first such byte.
fn special_bytes(word: u64) -> u64 {
    let zero = |v: u64| v.wrapping_sub(ONES) & !v;
    let quote = zero(word ^ (ONES * u64::from(b'"')));
    let backslash = zero(word ^ (ONES * u64::from(b'\\')));
    let control = word.wrapping_sub(ONES * 0x20) & !word;
    (quote | backslash | control) & (ONES * 0x80)
}

/// Whether the inside of a string literal holds an escape (a `\\`): a word at a time, inline
/// (the members' texts are short, where a call to `memchr` costs more than the search).
#[inline]
pub(super) fn has_escape(inner: &str) -> bool {
    let backslashes = |word: u64| {
        let v = word ^ (ONES * u64::from(b'\\'));
        v.wrapping_sub(ONES) & !v & (ONES * 0x80) != 0
    };
    let mut chunks = inner.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        if let Ok(bytes) = <[u8; 8]>::try_from(chunk) {
            if backslashes(u64::from_le_bytes(bytes)) {
                return true;
            }
        }
    }
    chunks.remainder().contains(&b'\\')
}

/// The names of one object seen so far, to refuse a repeated one: a cheap hash of each name,
/// and only names with equal hashes compared.
struct Names {
    hashes: [u8; MAX_MEMBERS],
    seen: u64,
}

impl Names {
    fn new() -> Names {
        Names {
            hashes: [0; MAX_MEMBERS],
            seen: 0,
        }
    }

    /// `false` when `name` is one of `members`' (or there are [`MAX_MEMBERS`] already);
    /// else records it as the next member's.
    fn add(&mut self, members: &[Member<'_>], name: &str) -> bool {
        let bytes = name.as_bytes();
        let hash = (bytes.len() as u32)
            .wrapping_mul(31)
            .wrapping_add(u32::from(bytes.first().copied().unwrap_or(0)))
            .wrapping_add(u32::from(bytes.last().copied().unwrap_or(0)).wrapping_mul(7))
            as u8
            & 63;
        if members.len() == MAX_MEMBERS
            || (self.seen & (1 << hash) != 0
                && members
                    .iter()
                    .zip(&self.hashes)
                    .any(|((n, _), h)| *h == hash && *n == name))
        {
            return false;
        }
        self.seen |= 1 << hash;
        self.hashes[members.len()] = hash;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepts(text: &str) -> bool {
        Doc::default().read(text).is_some()
    }

    /// Whatever this reader accepts, serde_json and the exact reader accept: every document
    /// here is either refused by it or read by both.
    #[test]
    fn accepts_nothing_the_exact_reader_refuses() {
        let deep_ok = format!(
            "{{\"a\":{}1{}}}",
            "[".repeat(MAX_DEPTH - 1),
            "]".repeat(MAX_DEPTH - 1)
        );
        let too_deep = format!(
            "{{\"a\":{}1{}}}",
            "[".repeat(MAX_DEPTH),
            "]".repeat(MAX_DEPTH)
        );
        let cases: Vec<(&str, bool)> = vec![
            (r#"{}"#, true),
            (r#" { "a" : 1 , "b" : [ 1 , { "c" : null } ] } "#, true),
            (
                r#"{"a":-0.5e+10,"b":0,"c":-1,"d":1.25E3,"e":true,"f":false}"#,
                true,
            ),
            (r#"{"a":"\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"}"#, true),
            (r#"{"a":"中文","b":{"c":{"d":{"e":[]}}}}"#, true),
            (&deep_ok, true),
            (&too_deep, false),
            (r#"{"a":01}"#, false),
            (r#"{"a":1.}"#, false),
            (r#"{"a":.5}"#, false),
            (r#"{"a":-}"#, false),
            (r#"{"a":1e}"#, false),
            (r#"{"a":+1}"#, false),
            (r#"{"a":tru}"#, false),
            (r#"{"a":nul}"#, false),
            (r#"{"a":True}"#, false),
            ("{\"a\":\"x\ty\"}", false),
            (r#"{"a":"\x"}"#, false),
            (r#"{"a":"\u12"}"#, false),
            (r#"{"a":"\ud800"}"#, false),
            (r#"{"a":"\udc00"}"#, false),
            (r#"{"a":"\ud800\u0041"}"#, false),
            (r#"{"a":1,}"#, false),
            (r#"{"a":[1,]}"#, false),
            (r#"{"a" 1}"#, false),
            (r#"{a:1}"#, false),
            (r#"{"a":1}x"#, false),
            (r#"{"a":1"#, false),
            (r#"{"a":"1}"#, false),
            (r#"[1]"#, false),
            (r#"{"a":1,"a":2}"#, false),
            (r#"{"b":{"x":1,"x":1}}"#, false),
            (r#"{"b":[{"x":1,"x":1}]}"#, false),
            (r#"{"\u0061":1}"#, false),
        ];
        for (text, expected) in cases {
            assert_eq!(accepts(text), expected, "{text}");
            if expected {
                assert!(
                    serde_json::from_str::<serde_json::Value>(text).is_ok(),
                    "serde_json refuses {text}"
                );
                assert!(
                    crate::json::Json::parse(text).is_ok(),
                    "the exact reader refuses {text}"
                );
            }
        }
    }

    /// The word-at-a-time search finds the first quote, backslash or control character at
    /// every position, whatever comes after it.
    #[test]
    fn special_bytes_finds_the_first_one() {
        for special in [b'"', b'\\', 0x00, 0x1f, b'\n'] {
            for at in 0..8 {
                for after in [b'a', 0x00, 0x80, 0xff, b'"', 0x21] {
                    let mut bytes = [b'x'; 8];
                    bytes[at] = special;
                    for b in &mut bytes[at + 1..] {
                        *b = after;
                    }
                    let found = special_bytes(u64::from_le_bytes(bytes));
                    assert_eq!(found.trailing_zeros() / 8, at as u32, "{bytes:?}");
                }
            }
        }
        for plain in [
            *b"abcdefgh",
            [0x20; 8],
            [0x7f; 8],
            [0x80; 8],
            [0xff; 8],
            *b"\xe4\xb8\xad !  #",
        ] {
            assert_eq!(special_bytes(u64::from_le_bytes(plain)), 0, "{plain:?}");
        }
        assert!(accepts(
            "{\"a\":\"0123456789abcdef\\\"x\",\"b\":\"\u{4e2d}\u{6587}\u{4e2d}\u{6587}\"}"
        ));
        assert!(!accepts("{\"a\":\"0123456789abc\u{1}ef\"}"));
    }

    #[test]
    fn has_escape_finds_a_backslash_anywhere() {
        assert!(!has_escape(""));
        assert!(!has_escape("plain text, 中文, longer than a word"));
        for len in 1..20 {
            for at in 0..len {
                let mut text = "x".repeat(len);
                text.replace_range(at..=at, "\\");
                assert!(has_escape(&text), "{text}");
            }
        }
    }

    /// The body's members and the kept objects' are found by their raw text; deeper objects
    /// and objects inside arrays are validated, not kept.
    #[test]
    fn keeps_the_envelope_objects_members() {
        let text =
            r#"{"code":0,"data":{"a":"1","b":{"c":{"d":{"e":1}}}},"list":[{"x":1}],"sign":"ab"}"#;
        let mut doc = Doc::default();
        doc.read(text).unwrap();
        let (raw, body) = doc.body().unwrap();
        assert_eq!(raw, text);
        let names: Vec<&str> = body.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["code", "data", "list", "sign"]);
        let data = body[1].1;
        assert_eq!(
            doc.object(data).unwrap(),
            [("a", "\"1\""), ("b", r#"{"c":{"d":{"e":1}}}"#)]
        );
        let b = doc.object(data).unwrap()[1].1;
        assert_eq!(doc.object(b).unwrap(), [("c", r#"{"d":{"e":1}}"#)]);
        assert!(
            doc.object(r#"{"d":{"e":1}}"#).is_none(),
            "not the input's slice"
        );
        let c = doc.object(b).unwrap()[0].1;
        assert!(doc.object(c).is_none(), "level 4 is not kept");
        assert!(doc.object(&body[2].1[1..8]).is_none(), "inside an array");
    }
}
