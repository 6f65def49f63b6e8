//! Flat XML: `<root><name><![CDATA[value]]></name>…</root>` (WeChat Pay v2's bodies, root `xml`).
//!
//! A small strict reader and writer of exactly that shape, written here rather than taken from a
//! general XML crate: a payment body must be refused whenever two readers could disagree about
//! it, and a general parser would need a layer of checks on top of it anyway. What is read:
//!
//! - an optional UTF-8 byte-order mark and XML declaration (`version`, `encoding` UTF-8 only,
//!   `standalone`), comments and whitespace around the root element;
//! - one root element (named by [`XmlFormat::root`], from the layout's spec) without attributes,
//!   holding member elements, whitespace and comments;
//! - each member's text: character data with the five predefined entities (`&lt;` `&gt;`
//!   `&amp;` `&apos;` `&quot;`) and character references (`&#38;`, `&#x26;`), CDATA sections,
//!   comments (which contribute nothing), any mix of them, line ends normalised to `\n` as XML
//!   requires; an empty member (`<a/>`, `<a></a>`) is `""`.
//!
//! What is refused, each with an [`Error::Malformed`] naming what and where: a document type
//! declaration or entity declaration (external entities, entity expansion), a processing
//! instruction other than the declaration, an undefined entity, an element inside a member
//! (the format is flat: the depth is at most two), attributes, text outside a member, a member
//! name given twice, names with a namespace prefix, characters XML does not allow, a body over
//! [`XmlFormat::max_bytes`] or with more than [`XmlFormat::max_members`] members, anything after
//! the root element but whitespace and comments.

use std::borrow::Cow;

use super::{shown, Fields, FieldsBuilder};
use crate::error::Error;

/// The shape and limits of a flat XML body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct XmlFormat {
    /// The root element's name.
    pub root: &'static str,
    /// Largest body read; a provider reply is a few kilobytes.
    pub max_bytes: usize,
    /// Most members read.
    pub max_members: usize,
}

impl XmlFormat {
    /// The body limit when a spec sets none: a provider reply is a few kilobytes.
    pub const DEFAULT_MAX_BYTES: usize = 256 * 1024;
    /// The member limit when a spec sets none.
    pub const DEFAULT_MAX_MEMBERS: usize = 512;

    /// Root element `root` with the default limits.
    pub const fn with_root(root: &'static str) -> XmlFormat {
        XmlFormat {
            root,
            max_bytes: XmlFormat::DEFAULT_MAX_BYTES,
            max_members: XmlFormat::DEFAULT_MAX_MEMBERS,
        }
    }

    /// `<root><name><![CDATA[value]]></name>…</root>`, members in the order given.
    ///
    /// A value containing `]]>` is split across two CDATA sections, and a carriage return is
    /// written as `&#13;` (a reader turns a literal one into `\n`), so the reader gets back
    /// exactly the value written. Refused ([`Error::Encode`]): a name that is not an XML name
    /// (or has a `:`), a name given twice, a character XML cannot carry (most C0 controls,
    /// U+FFFE, U+FFFF).
    pub fn encode<N, V>(&self, pairs: impl IntoIterator<Item = (N, V)>) -> Result<Vec<u8>, Error>
    where
        N: AsRef<str>,
        V: AsRef<str>,
    {
        if !is_name(self.root) {
            return Err(Error::Encode(format!(
                "`{}` is not an XML element name",
                shown(self.root)
            )));
        }
        let mut out = String::with_capacity(256);
        let mut names: Vec<String> = Vec::new();
        out.push('<');
        out.push_str(self.root);
        out.push('>');
        for (name, value) in pairs {
            let (name, value) = (name.as_ref(), value.as_ref());
            if !is_name(name) {
                return Err(Error::Encode(format!(
                    "`{}` is not an XML element name",
                    shown(name)
                )));
            }
            if names.iter().any(|n| n == name) {
                return Err(Error::Encode(format!(
                    "member `{}` given twice",
                    shown(name)
                )));
            }
            if let Some(c) = value.chars().find(|&c| !is_xml_char(c)) {
                return Err(Error::Encode(format!(
                    "the value of `{}` holds U+{:04X}, which XML cannot carry",
                    shown(name),
                    u32::from(c)
                )));
            }
            names.push(name.to_owned());
            out.push('<');
            out.push_str(name);
            out.push_str("><![CDATA[");
            let mut rest = value;
            while let Some(i) = rest.find([']', '\r']) {
                let (before, after) = rest.split_at(i);
                out.push_str(before);
                if let Some(after) = after.strip_prefix("]]>") {
                    // End the section between `]]` and `>`: `]]` here, `>` in the next one.
                    out.push_str("]]]]><![CDATA[>");
                    rest = after;
                } else if let Some(after) = after.strip_prefix('\r') {
                    out.push_str("]]>&#13;<![CDATA[");
                    rest = after;
                } else {
                    // A `]` that does not end the section.
                    out.push(']');
                    rest = &after[1..];
                }
            }
            out.push_str(rest);
            out.push_str("]]></");
            out.push_str(name);
            out.push('>');
        }
        out.push_str("</");
        out.push_str(self.root);
        out.push('>');
        Ok(out.into_bytes())
    }

    /// The members of a received body in document order (see the module documentation for
    /// what is read and what is refused).
    pub fn decode<'a>(&self, body: &'a [u8]) -> Result<Fields<'a>, Error> {
        if body.len() > self.max_bytes {
            return Err(Error::Malformed(format!(
                "XML body of {} bytes, more than the limit of {}",
                body.len(),
                self.max_bytes
            )));
        }
        let text = std::str::from_utf8(body).map_err(|e| {
            Error::Malformed(format!(
                "XML body is not UTF-8 (at byte {})",
                e.valid_up_to()
            ))
        })?;
        let mut reader = Reader {
            text,
            pos: 0,
            format: self,
        };
        reader.document()
    }
}

struct Reader<'a, 'f> {
    text: &'a str,
    pos: usize,
    format: &'f XmlFormat,
}

/// Appends a piece of a member's text: the text stays borrowed while it is one piece.
fn push_borrowed<'a>(text: &mut Cow<'a, str>, piece: &'a str) {
    if text.is_empty() {
        *text = Cow::Borrowed(piece);
    } else {
        text.to_mut().push_str(piece);
    }
}

/// A piece in which line ends are normalised as XML requires: `\r\n` and a lone `\r` become
/// `\n`.
fn push_normalised<'a>(text: &mut Cow<'a, str>, piece: &'a str) {
    if !piece.contains('\r') {
        return push_borrowed(text, piece);
    }
    let out = text.to_mut();
    let mut chars = piece.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            chars.next_if_eq(&'\n');
            out.push('\n');
        } else {
            out.push(c);
        }
    }
}

impl<'a> Reader<'a, '_> {
    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn starts_with(&self, prefix: &str) -> bool {
        self.rest().starts_with(prefix)
    }

    fn error(&self, what: impl std::fmt::Display) -> Error {
        Error::Malformed(format!("XML body: {what} (at byte {})", self.pos))
    }

    fn skip_space(&mut self) {
        let rest = self.rest();
        let trimmed = rest.trim_start_matches(is_space);
        self.pos += rest.len() - trimmed.len();
    }

    fn document(&mut self) -> Result<Fields<'a>, Error> {
        if self.starts_with("\u{feff}") {
            self.pos += '\u{feff}'.len_utf8();
        }
        if self.starts_with("<?xml")
            && self.rest()[5..].starts_with(|c: char| is_space(c) || c == '?')
        {
            self.declaration()?;
        }
        // Before the root: whitespace and comments.
        loop {
            self.skip_space();
            if !self.misc()? {
                break;
            }
        }
        if !self.starts_with("<") || self.starts_with("</") {
            return Err(self.error(format_args!(
                "expected the root element `<{}>`",
                self.format.root
            )));
        }
        self.pos += 1;
        let root = self.name()?;
        if root != self.format.root {
            return Err(self.error(format_args!(
                "the root element is `<{}>`, expected `<{}>`",
                shown(root),
                self.format.root
            )));
        }
        let mut fields = FieldsBuilder::new();
        if !self.start_tag_end(root)? {
            self.root_content(root, &mut fields)?;
        }
        // After the root: whitespace and comments only.
        loop {
            self.skip_space();
            if self.pos == self.text.len() {
                return Ok(fields.finish());
            }
            if !self.misc()? {
                return Err(self.error("content after the root element"));
            }
        }
    }

    /// A comment, or a refusal of the other markup that may appear outside elements; `false`
    /// when what follows is none of them.
    fn misc(&mut self) -> Result<bool, Error> {
        if self.starts_with("<!--") {
            self.comment()?;
            return Ok(true);
        }
        self.refuse_declarations()?;
        Ok(false)
    }

    /// Refuses `<!DOCTYPE`, `<!ENTITY` (and any other `<!` declaration) and processing
    /// instructions at the current position.
    fn refuse_declarations(&self) -> Result<(), Error> {
        let rest = self.rest();
        if rest.starts_with("<!DOCTYPE") {
            return Err(self.error(
                "a document type declaration (`<!DOCTYPE`) is refused: it could declare \
                 entities (external entities, entity expansion)",
            ));
        }
        if rest.starts_with("<!ENTITY") {
            return Err(self.error("an entity declaration (`<!ENTITY`) is refused"));
        }
        if rest.starts_with("<!") && !rest.starts_with("<!--") && !rest.starts_with("<![CDATA[") {
            return Err(self.error("a markup declaration (`<!`) is refused"));
        }
        if let Some(target) = rest.strip_prefix("<?") {
            let end = target
                .find(|c: char| is_space(c) || c == '?')
                .unwrap_or(target.len());
            return Err(self.error(format_args!(
                "processing instruction `<?{}` refused (only the XML declaration, first)",
                shown(&target[..end])
            )));
        }
        Ok(())
    }

    /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`, at the start of the body.
    fn declaration(&mut self) -> Result<(), Error> {
        self.pos += "<?xml".len();
        let mut seen: Vec<&str> = Vec::new();
        loop {
            let before = self.pos;
            self.skip_space();
            if let Some(rest) = self.rest().strip_prefix("?>") {
                if seen.first() != Some(&"version") {
                    return Err(self.error("the XML declaration has no version"));
                }
                self.pos = self.text.len() - rest.len();
                return Ok(());
            }
            if self.pos == before {
                return Err(self.error("malformed XML declaration"));
            }
            let start = self.pos;
            let name = self.rest().split(['=', ' ', '\t', '\r', '\n']).next();
            let name = name.unwrap_or_default();
            self.pos += name.len();
            self.skip_space();
            if !self.starts_with("=") {
                return Err(self.error("malformed XML declaration"));
            }
            self.pos += 1;
            self.skip_space();
            let quote = match self.rest().chars().next() {
                Some(q @ ('"' | '\'')) => q,
                _ => return Err(self.error("malformed XML declaration")),
            };
            self.pos += 1;
            let Some(len) = self.rest().find(quote) else {
                return Err(self.error("malformed XML declaration"));
            };
            let value = &self.rest()[..len];
            self.pos += len + 1;
            let order = ["version", "encoding", "standalone"];
            let Some(rank) = order.iter().position(|&n| n == name) else {
                self.pos = start;
                return Err(self.error(format_args!(
                    "unknown XML declaration item `{}`",
                    shown(name)
                )));
            };
            if seen
                .last()
                .is_some_and(|last| order.iter().position(|n| n == last) >= Some(rank))
                || (rank > 0 && seen.is_empty())
            {
                self.pos = start;
                return Err(self.error("XML declaration items out of order"));
            }
            seen.push(order[rank]);
            let valid = match rank {
                0 => value.strip_prefix("1.").is_some_and(|minor| {
                    !minor.is_empty() && minor.bytes().all(|b| b.is_ascii_digit())
                }),
                1 => {
                    if !value.eq_ignore_ascii_case("UTF-8") {
                        self.pos = start;
                        return Err(self.error(format_args!(
                            "encoding `{}` is not supported (only UTF-8)",
                            shown(value)
                        )));
                    }
                    true
                }
                _ => value == "yes" || value == "no",
            };
            if !valid {
                self.pos = start;
                return Err(self.error(format_args!("invalid XML declaration `{name}`")));
            }
        }
    }

    /// `<!-- … -->`; `--` inside is not allowed.
    fn comment(&mut self) -> Result<(), Error> {
        let body = &self.rest()[4..];
        let Some(end) = body.find("--") else {
            return Err(self.error("unterminated comment"));
        };
        if !body[end..].starts_with("-->") {
            return Err(self.error("`--` inside a comment"));
        }
        if let Some(c) = body[..end].chars().find(|&c| !is_xml_char(c)) {
            return Err(self.error(format_args!(
                "character U+{:04X} in a comment",
                u32::from(c)
            )));
        }
        self.pos += 4 + end + 3;
        Ok(())
    }

    /// An element name at the current position.
    fn name(&mut self) -> Result<&'a str, Error> {
        let rest = self.rest();
        let mut chars = rest.char_indices();
        match chars.next() {
            Some((_, c)) if is_name_start(c) => {}
            _ => return Err(self.error("expected an element name")),
        }
        let end = chars
            .find(|&(_, c)| !is_name_char(c))
            .map_or(rest.len(), |(i, _)| i);
        let name = &rest[..end];
        if rest[end..].starts_with(':') {
            return Err(self.error(format_args!(
                "namespace prefix `{}:` refused (flat XML has no namespaces)",
                shown(name)
            )));
        }
        self.pos += end;
        Ok(name)
    }

    /// The end of a start tag after its name: `true` for `/>` (an empty element), `false` for
    /// `>`. Attributes are refused.
    fn start_tag_end(&mut self, name: &str) -> Result<bool, Error> {
        self.skip_space();
        if self.starts_with("/>") {
            self.pos += 2;
            return Ok(true);
        }
        if self.starts_with(">") {
            self.pos += 1;
            return Ok(false);
        }
        if self.rest().starts_with(is_name_start) {
            return Err(self.error(format_args!(
                "attributes are not allowed (on `<{}>`)",
                shown(name)
            )));
        }
        Err(self.error(format_args!("malformed start tag `<{}`", shown(name))))
    }

    /// `</name>` at the current position, which must close `name`.
    fn end_tag(&mut self, name: &str) -> Result<(), Error> {
        self.pos += 2;
        let at = self.pos;
        let closing = self.name()?;
        if closing != name {
            self.pos = at;
            return Err(self.error(format_args!(
                "`</{}>` closes `<{}>`",
                shown(closing),
                shown(name)
            )));
        }
        self.skip_space();
        if !self.starts_with(">") {
            return Err(self.error(format_args!("malformed end tag `</{}`", shown(name))));
        }
        self.pos += 1;
        Ok(())
    }

    fn root_content(&mut self, root: &str, fields: &mut FieldsBuilder<'a>) -> Result<(), Error> {
        loop {
            self.skip_space();
            if self.pos == self.text.len() {
                return Err(self.error(format_args!("`<{root}>` is not closed")));
            }
            if self.starts_with("</") {
                return self.end_tag(root);
            }
            if self.misc()? {
                continue;
            }
            if self.starts_with("<![CDATA[") || !self.starts_with("<") {
                return Err(self.error("text outside a member"));
            }
            self.pos += 1;
            let at = self.pos;
            let name = self.name()?;
            let value = if self.start_tag_end(name)? {
                Cow::Borrowed("")
            } else {
                self.member_content(name)?
            };
            if fields.len() == self.format.max_members {
                self.pos = at;
                return Err(self.error(format_args!(
                    "more than {} members",
                    self.format.max_members
                )));
            }
            if let Err(name) = fields.push(Cow::Borrowed(name), value) {
                self.pos = at;
                return Err(self.error(format_args!("member `{}` appears twice", shown(&name))));
            }
        }
    }

    /// The text of member `name`, up to and including its end tag.
    fn member_content(&mut self, name: &str) -> Result<Cow<'a, str>, Error> {
        let mut text = Cow::Borrowed("");
        loop {
            let rest = self.rest();
            let run = rest.find(['<', '&']).unwrap_or(rest.len());
            if run > 0 {
                let piece = &rest[..run];
                if let Some(c) = piece.chars().find(|&c| !is_xml_char(c)) {
                    return Err(self.error(format_args!(
                        "character U+{:04X} in member `{}`",
                        u32::from(c),
                        shown(name)
                    )));
                }
                if piece.contains("]]>") {
                    return Err(self.error(format_args!(
                        "`]]>` outside a CDATA section in member `{}`",
                        shown(name)
                    )));
                }
                push_normalised(&mut text, piece);
                self.pos += run;
                continue;
            }
            if rest.is_empty() {
                return Err(self.error(format_args!("member `{}` is not closed", shown(name))));
            }
            if rest.starts_with('&') {
                let c = self.reference()?;
                text.to_mut().push(c);
            } else if let Some(section) = rest.strip_prefix("<![CDATA[") {
                let Some(end) = section.find("]]>") else {
                    return Err(self.error("unterminated CDATA section"));
                };
                let piece = &section[..end];
                if let Some(c) = piece.chars().find(|&c| !is_xml_char(c)) {
                    return Err(self.error(format_args!(
                        "character U+{:04X} in member `{}`",
                        u32::from(c),
                        shown(name)
                    )));
                }
                push_normalised(&mut text, piece);
                self.pos += "<![CDATA[".len() + end + "]]>".len();
            } else if rest.starts_with("<!--") {
                self.comment()?;
            } else if rest.starts_with("</") {
                self.end_tag(name)?;
                return Ok(text);
            } else {
                self.refuse_declarations()?;
                self.pos += 1;
                let inner = self.name()?;
                self.pos -= 1 + inner.len();
                return Err(self.error(format_args!(
                    "member `{}` holds an element `<{}>`: only flat XML (text members) is read",
                    shown(name),
                    shown(inner)
                )));
            }
        }
    }

    /// `&lt;` and the other predefined entities, `&#NN;`, `&#xHH;`.
    fn reference(&mut self) -> Result<char, Error> {
        let rest = &self.rest()[1..];
        let end = rest
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        let Some(end) = end else {
            return Err(self.error("`&` that starts no entity or character reference"));
        };
        let reference = &rest[..end];
        let c = match reference {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "apos" => '\'',
            "quot" => '"',
            _ => {
                let code = if let Some(hex) = reference.strip_prefix("#x") {
                    hex.bytes()
                        .all(|b| b.is_ascii_hexdigit())
                        .then(|| u32::from_str_radix(hex, 16).ok())
                } else if let Some(dec) = reference.strip_prefix('#') {
                    dec.bytes()
                        .all(|b| b.is_ascii_digit())
                        .then(|| dec.parse::<u32>().ok())
                } else {
                    return Err(self.error(format_args!(
                        "undefined entity `&{};` (only the five predefined entities and \
                         character references are read)",
                        shown(reference)
                    )));
                };
                // `from_str_radix` and `parse` refuse an empty string.
                match code.flatten().and_then(char::from_u32) {
                    Some(c) if is_xml_char(c) => c,
                    _ => {
                        return Err(self.error(format_args!(
                            "invalid character reference `&{};`",
                            shown(reference)
                        )))
                    }
                }
            }
        };
        self.pos += 1 + end + 1;
        Ok(c)
    }
}

/// XML's white space (`S`).
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

/// XML 1.0's `Char`: what a document may hold at all.
fn is_xml_char(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// XML 1.0's `NameStartChar`, less `:` (no namespaces in flat XML).
fn is_name_start(c: char) -> bool {
    matches!(c,
        'A'..='Z' | '_' | 'a'..='z'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}'
        | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

/// XML 1.0's `NameChar`, less `:`.
fn is_name_char(c: char) -> bool {
    is_name_start(c)
        || matches!(c,
            '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// Whether `name` is an element name this format writes and reads.
fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(is_name_start) && chars.all(is_name_char)
}

#[cfg(test)]
mod tests;
