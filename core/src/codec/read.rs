//! The generated replies' one-pass reader: what a generated `Response::decode` stands on.
//!
//! [`reply`] reads a received reply once: one strict, validating scan of the body
//! ([`super::scan`]: it refuses a repeated member name at any depth, bounds depth, and checks
//! every string escape) keeps the envelope objects' members as raw text borrowed from the input,
//! the signature is computed over those bytes as received and
//! streamed into the digest, the received hex is decoded into a fixed array and compared as
//! bytes in constant time, the status members and classification signals are read as text
//! borrowed from the input, and the typed content is read by its serde derive straight from the
//! received content object (its `wire` adapters see every number's literal). The classification
//! itself is the generated code's: the rules compiled to a `match` over the signals' text.
//!
//! It is a fast path, not a second set of rules: whenever it meets something it does not settle
//! itself (a refusal of any kind, a signature that does not verify, content that does not parse,
//! a required member missing, a name with escapes, a signal inside a JSON string, a JSON-string
//! content), it answers `None` and the generated code calls the interpreter
//! ([`super::decode_response`]), which gives the exact error or reading. So every reply is
//! answered exactly as the interpreter answers it; the tests decode random and mutated replies
//! both ways and compare. Nothing here names a provider.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::sync::Arc;

use ctutils::CtEq;
use serde::de::DeserializeOwned;
use smallvec::SmallVec;

use super::scan::{has_escape, Doc, Member, MAX_MEMBERS, MEMBERS_ON_STACK};
use super::{coverage, must_sign, EnvelopeStatus, Message, Reply, Signer};
use crate::credentials::Credentials;
use crate::descriptor::{
    Algorithm, ContentPlacement, Coverage, EmptyRule, EnvelopeNode, NodeKind, OperationDescriptor,
    Placement, ProviderDescriptor, SigningRecipe, StatusPart,
};
use crate::json::Json;
use crate::status::Classification;
use crate::text::Text;
use crate::wire::{Flag, WireEnum};
use crate::write::{self, SignDigest};

/// One object's members as scanned, borrowed from the body's scan ([`Doc`]) or, for an
/// object deeper than it keeps, from a scan of that object alone.
// (A `Scan` lives on the stack for one reply and is never collected: boxing the owned scan
// would cost an allocation to save a copy.)
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
enum List<'a> {
    Kept(&'a [Member<'a>]),
    Own(Doc<'a>),
}

/// One JSON object's members, in order, as raw text borrowed from the received bytes. Every
/// name is escape-free, none repeated, and the whole body has been validated (strictly: see
/// [`scan`](super::scan)) before any object is looked at.
#[derive(Debug)]
struct Scan<'a> {
    raw: &'a str,
    list: List<'a>,
}

impl<'a> Scan<'a> {
    /// The body's own object.
    fn body(doc: &'a Doc<'_>) -> Option<Scan<'a>> {
        let (raw, members) = doc.body()?;
        Some(Scan {
            raw,
            list: List::Kept(members),
        })
    }

    /// A member's value that is an object: its members as the body's scan kept them, or split
    /// now when it sits deeper than the scan keeps.
    fn object(doc: &'a Doc<'_>, raw: &'a str) -> Option<Scan<'a>> {
        if !raw.starts_with('{') {
            return None;
        }
        let list = match doc.object(raw) {
            Some(members) => List::Kept(members),
            None => {
                // Rare (a signal path deeper than the body's scan keeps): the object read
                // again on its own, by the same reader.
                let mut own = Doc::default();
                own.read(raw)?;
                List::Own(own)
            }
        };
        Some(Scan { raw, list })
    }

    fn members(&self) -> &[Member<'a>] {
        match &self.list {
            List::Kept(members) => members,
            List::Own(doc) => doc.body().map_or(&[], |(_, members)| members),
        }
    }

    fn get(&self, name: &str) -> Option<&'a str> {
        self.members()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, v)| v)
    }
}

/// The text of a scalar as a signal reads it ([`crate::classify::signal_text`]): a string's
/// text, a number's literal, `true`/`false`; `Some(None)` for null; `None` (left to the
/// interpreter) for an object or array.
fn scalar_text(raw: &str) -> Option<Option<Cow<'_, str>>> {
    match raw.as_bytes().first()? {
        b'n' => Some(None),
        b'{' | b'[' => None,
        b'"' => {
            let inner = &raw[1..raw.len() - 1];
            if has_escape(inner) {
                unescaped(inner).map(|s| Some(Cow::Owned(s)))
            } else {
                Some(Some(Cow::Borrowed(inner)))
            }
        }
        _ => Some(Some(Cow::Borrowed(raw))),
    }
}

/// Undoes the escapes of the inside of a valid JSON string literal, handing the text to `out`
/// piece by piece (runs without escapes as they are, each escape as its character). `None` for
/// an escape that is not text (a lone surrogate; the strict scan refuses those first).
fn unescape(inner: &str, mut out: impl FnMut(&str)) -> Option<()> {
    let mut rest = inner;
    while let Some(at) = rest.find('\\') {
        out(&rest[..at]);
        let escape = *rest.as_bytes().get(at + 1)?;
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
                let unit = |text: &str| u32::from_str_radix(text.get(..4)?, 16).ok();
                let first = unit(rest)?;
                rest = &rest[4..];
                let code = match first {
                    0xD800..=0xDBFF => {
                        let low = unit(rest.strip_prefix("\\u")?)?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return None;
                        }
                        rest = &rest[6..];
                        0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
                    }
                    0xDC00..=0xDFFF => return None,
                    _ => first,
                };
                char::from_u32(code)?
            }
            _ => return None,
        };
        out(c.encode_utf8(&mut [0; 4]));
    }
    out(rest);
    Some(())
}

/// The text of a string literal's inside with its escapes undone, in one allocation (the text
/// is never longer than its literal).
fn unescaped(inner: &str) -> Option<String> {
    let mut text = String::with_capacity(inner.len());
    unescape(inner, |piece| text.push_str(piece))?;
    Some(text)
}

/// Streams sorted `name<sep>text` pairs (each member's raw JSON text, `""` for absent) into the
/// digest, as [`crate::signing::string_to_sign`] joins them: the pairs the rule signs are picked
/// once into a list on the stack and sorted by name byte-wise (the picking rule is not asked
/// again for every comparison), each text unescaped only when it has escapes.
fn pairs<'m, D: SignDigest>(
    recipe: &SigningRecipe,
    hasher: &mut D,
    len: usize,
    member: impl Fn(usize) -> Option<(&'m str, &'m str)>,
) -> Option<()> {
    let mut signed: SmallVec<[(&'m str, &'m str); MEMBERS_ON_STACK]> = SmallVec::new();
    for i in 0..len {
        let Some((name, raw)) = member(i) else {
            continue;
        };
        let empty = raw.is_empty() || raw == "null" || raw == "\"\"";
        if empty && recipe.empty == EmptyRule::Skip {
            continue;
        }
        if signed.len() == MAX_MEMBERS {
            return None;
        }
        signed.push((name, raw));
    }
    signed.sort_unstable_by(|a, b| a.0.cmp(b.0));
    for (i, &(name, raw)) in signed.iter().enumerate() {
        if i > 0 {
            hasher.feed(recipe.pairs_joiner.as_bytes());
        }
        hasher.feed(name.as_bytes());
        hasher.feed(recipe.pair_separator.as_bytes());
        // The member's text as `signing::member_text` gives it: a string's text (its escapes
        // undone piece by piece into the digest, nothing allocated), `""` for null or absent,
        // anything else as received.
        match raw.as_bytes().first() {
            None | Some(b'n') => {}
            Some(b'"') => {
                let inner = &raw[1..raw.len() - 1];
                if has_escape(inner) {
                    unescape(inner, |piece| hasher.feed(piece.as_bytes()))?;
                } else {
                    hasher.feed(inner.as_bytes());
                }
            }
            Some(_) => hasher.feed(raw.as_bytes()),
        }
    }
    Some(())
}

/// `Some(())` when the received signature verifies over the bytes as received; `None` for
/// anything else (absent, malformed, mismatched: the interpreter says which).
fn verify<'a>(
    doc: &'a Doc<'_>,
    provider: &ProviderDescriptor,
    layout_coverage: Coverage,
    top: &Scan<'a>,
    content: Option<&Scan<'a>>,
    message: &Message,
    creds: &dyn Credentials,
) -> Option<()> {
    let recipe = &provider.signing;
    let key = creds.value(recipe.key_config)?;
    let received = match recipe.placement {
        Placement::Field(name) => {
            let raw = top.get(name)?;
            let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
            if has_escape(inner) {
                return None;
            }
            inner
        }
        Placement::Header {
            name,
            prefix_config,
        } => {
            let value = message.header(name)?;
            match prefix_config {
                Some(_) => value.split_whitespace().last().unwrap_or(""),
                None => value.trim(),
            }
        }
    };
    let mut got = [0u8; 32];
    let len = received.len() / 2;
    if received.is_empty() || received.len() % 2 != 0 || len > 32 {
        return None;
    }
    hex::decode_to_slice(received, &mut got[..len]).ok()?;
    let mut expected = [0u8; 32];
    let covered = Covered {
        doc,
        recipe,
        coverage: layout_coverage,
        top,
        content,
        message,
    };
    // The recipe's digest, named once here so that every piece fed below is a direct call.
    let n = match recipe.algorithm {
        Algorithm::Md5 => covered.digest(write::Md5::start(key), key, &mut expected)?,
        Algorithm::Sha256 => covered.digest(write::Sha256::start(key), key, &mut expected)?,
        Algorithm::HmacSha256 => {
            covered.digest(write::HmacSha256::start(key), key, &mut expected)?
        }
        // Not a digest: [`reply`] leaves such replies to the interpreter.
        Algorithm::Asymmetric(_) => return None,
    };
    (n == len && bool::from(expected[..n].ct_eq(&got[..n]))).then_some(())
}

/// What a reply's signature covers, as received.
struct Covered<'s, 'a, 'd> {
    doc: &'a Doc<'d>,
    recipe: &'s SigningRecipe,
    coverage: Coverage,
    top: &'s Scan<'a>,
    content: Option<&'s Scan<'a>>,
    message: &'s Message,
}

impl Covered<'_, '_, '_> {
    /// The covered text streamed into `hasher`, then the key per the recipe's rule; the
    /// digest into `out`, its length.
    fn digest<D: SignDigest>(&self, mut hasher: D, key: &str, out: &mut [u8; 32]) -> Option<usize> {
        let (recipe, top) = (self.recipe, self.top);
        let signature = coverage::signature_field(recipe);
        match self.coverage {
            Coverage::TopLevelExcept(except) => {
                pairs(recipe, &mut hasher, top.members().len(), |i| {
                    let (name, raw) = top.members()[i];
                    (Some(name) != signature && !except.contains(&name)).then_some((name, raw))
                })?;
            }
            Coverage::Fields(names) => {
                pairs(recipe, &mut hasher, names.len(), |i| {
                    let name = names[i];
                    (Some(name) != signature).then(|| (name, top.get(name).unwrap_or("")))
                })?;
            }
            Coverage::PairsOf(name) => {
                let raw = top.get(name)?;
                let scanned;
                let inner = match self.content {
                    Some(content) if std::ptr::eq(content.raw, raw) => content,
                    _ => {
                        scanned = Scan::object(self.doc, raw)?;
                        &scanned
                    }
                };
                pairs(recipe, &mut hasher, inner.members().len(), |i| {
                    let (name, raw) = inner.members()[i];
                    Some((name, raw))
                })?;
            }
            Coverage::RawObject(name) => {
                if Some(name) == signature {
                    return None;
                }
                hasher.feed(top.get(name)?.as_bytes());
            }
            Coverage::RawBody => {
                if signature.is_some() {
                    return None;
                }
                hasher.feed(&self.message.body);
            }
        }
        crate::signing::feed_key(recipe, key, |bytes| hasher.feed(bytes));
        Some(hasher.bytes(out))
    }
}

/// Where the content is: its node, its siblings, and the object holding it (`None` until the
/// level that scanned that object claims it; the body's own scan when `level` is 0).
struct Site<'a> {
    container: Option<Scan<'a>>,
    node: &'static EnvelopeNode,
    siblings: &'static [EnvelopeNode],
    level: usize,
}

fn has_reads(nodes: &[EnvelopeNode]) -> bool {
    nodes.iter().any(|n| match &n.kind {
        NodeKind::Status(_) | NodeKind::BusinessStatus(_) | NodeKind::Content(_) => true,
        NodeKind::Object(children) => has_reads(children),
        NodeKind::Fill(_) | NodeKind::Signature => false,
    })
}

/// Reads the status members and finds the content, wherever they are nested. `None` when an
/// envelope object that holds either is not an object, or a status is not a scalar.
fn walk<'a>(
    doc: &'a Doc<'_>,
    nodes: &'static [EnvelopeNode],
    body: &Arc<str>,
    scan: &Scan<'a>,
    level: usize,
    status: &mut EnvelopeStatus,
    site: &mut Option<Site<'a>>,
) -> Option<()> {
    for node in nodes {
        match &node.kind {
            NodeKind::Status(part) => {
                let text = match scan.get(node.wire) {
                    None => None,
                    Some(raw) => scalar_text(raw)?.map(|text| shared(body, text)),
                };
                match part {
                    StatusPart::Code { .. } => status.code = text,
                    StatusPart::Message => status.message = text,
                    StatusPart::SubCode => status.sub_code = text,
                }
            }
            // A second status level is the interpreter's to read.
            NodeKind::BusinessStatus(_) => return None,
            NodeKind::Object(children) if has_reads(children) => {
                let inner = Scan::object(doc, scan.get(node.wire)?)?;
                walk(doc, children, body, &inner, level + 1, status, site)?;
                if let Some(found) = site.as_mut() {
                    if found.level == level + 1 && found.container.is_none() {
                        found.container = Some(inner);
                    }
                }
            }
            NodeKind::Content(placement) if site.is_none() => {
                *site = Some(Site {
                    container: None,
                    node,
                    siblings: nodes,
                    level,
                });
            }
            _ => {}
        }
    }
    Some(())
}

/// `text` as a [`Text`]: sharing `body` when borrowed from it, else owned.
fn shared(body: &Arc<str>, text: Cow<'_, str>) -> Text {
    match text {
        Cow::Borrowed(part) => Text::shared(body, part),
        Cow::Owned(text) => Text::from(text),
    }
}

/// The wire path of the content object (for inline content, of the object it is merged into),
/// written into `path` from `depth`; its length.
fn content_path(
    nodes: &'static [EnvelopeNode],
    path: &mut [&'static str; 8],
    depth: usize,
) -> Option<usize> {
    for node in nodes {
        match &node.kind {
            NodeKind::Content(ContentPlacement::Inline) => return Some(depth),
            NodeKind::Content(_) => {
                *path.get_mut(depth)? = node.wire;
                return Some(depth + 1);
            }
            NodeKind::Object(children) => {
                *path.get_mut(depth)? = node.wire;
                if let Some(len) = content_path(children, path, depth + 1) {
                    return Some(len);
                }
            }
            NodeKind::Fill(_)
            | NodeKind::Signature
            | NodeKind::Status(_)
            | NodeKind::BusinessStatus(_) => {}
        }
    }
    None
}

/// The signal at `path`: `Some(None)` when absent or null, `None` when it is left to the
/// interpreter (inside a JSON string, at an object or array). A path into the content object
/// is read from its scan, not scanned again.
fn signal<'a>(
    doc: &'a Doc<'_>,
    top: &Scan<'a>,
    content: &Scan<'a>,
    at_content: &[&str],
    path: &[&str],
) -> Option<Option<Cow<'a, str>>> {
    let (mut raw, rest) = match path.strip_prefix(at_content) {
        Some([first, rest @ ..]) => (content.get(first), rest),
        _ => (top.get(path.first()?), &path[1..]),
    };
    for segment in rest {
        let Some(value) = raw else {
            return Some(None);
        };
        match value.as_bytes().first()? {
            b'{' => raw = Scan::object(doc, value)?.get(segment),
            b'"' => return None,
            _ => return Some(None),
        }
    }
    match raw {
        None => Some(None),
        Some(value) => scalar_text(value),
    }
}

/// The generated `Response::decode`'s fast path: the reply read in one pass and classified by
/// `classify`, the operation's rules compiled to a `match` over the signals' text (in the order
/// of `op.outcome.signals`), the content read by the generated [`Content::read`]. The body is
/// copied once into a shared buffer that every text of the reply points into (the one
/// allocation of a reply without escapes or unlisted members). `None`: left to the
/// interpreter, which answers exactly.
pub fn reply<T: Content>(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    message: &Message,
    creds: &dyn Credentials,
    classify: impl Fn(&[Option<Cow<'_, str>>]) -> Classification,
) -> Option<Reply<T>> {
    read_reply(provider, op, message, creds, classify, None)
}

/// [`reply`]; with `keep`, the content's reader is told which members its caller reads
/// ([`Members::kept`]), unlisted members are not kept as `extra`, and a success or pending
/// reply without a member the spec requires is left to the interpreter (which refuses it).
fn read_reply<T: Content>(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    message: &Message,
    creds: &dyn Credentials,
    classify: impl Fn(&[Option<Cow<'_, str>>]) -> Classification,
    keep: Option<&dyn Fn(&str) -> bool>,
) -> Option<Reply<T>> {
    let layout = op.response?;
    // JSON bodies only, signed always and with the recipe's one digest: anything else is the
    // interpreter's. An asymmetric signature is too: one RSA verification costs far more than
    // reading the reply twice, so a second, streaming path would save nothing worth its code.
    let recipe = &provider.signing;
    if layout.format.is_flat()
        || !recipe.signed_codes.is_empty()
        || recipe.algorithm_choice.is_some()
        || recipe.algorithm.is_asymmetric()
    {
        return None;
    }
    let body: Arc<str> = Arc::from(std::str::from_utf8(&message.body).ok()?);
    let mut doc = Doc::default();
    doc.read(&body)?;
    let top = Scan::body(&doc)?;
    let mut status = EnvelopeStatus::default();
    let mut site = None;
    walk(&doc, layout.nodes, &body, &top, 0, &mut status, &mut site)?;
    let site = site?;
    let container = match site.container {
        Some(ref scan) => scan,
        None if site.level == 0 => &top,
        None => return None,
    };
    let inline = match &site.node.kind {
        NodeKind::Content(ContentPlacement::Object) => false,
        NodeKind::Content(ContentPlacement::Inline) => true,
        _ => return None,
    };
    let object;
    let content = if inline {
        container
    } else {
        object = Scan::object(&doc, container.get(site.node.wire)?)?;
        &object
    };
    if must_sign(provider, Signer::Provider) {
        verify(
            &doc,
            provider,
            layout.coverage,
            &top,
            Some(content),
            message,
            creds,
        )?;
    }
    let mut at_content = [""; 8];
    let depth = content_path(layout.nodes, &mut at_content, 0)?;
    let at_content = &at_content[..depth];
    let envelope = |name: &str| {
        inline
            && (site
                .siblings
                .iter()
                .any(|n| n.wire == name && !matches!(n.kind, NodeKind::Content(_)))
                || (site.level == 0 && coverage::signature_field(&provider.signing) == Some(name)))
    };
    if inline && content.members().iter().all(|(n, _)| envelope(n)) {
        return None;
    }
    const SIGNALS: usize = 8;
    if op.outcome.signals.len() > SIGNALS {
        return None;
    }
    let mut signals: [Option<Cow<'_, str>>; SIGNALS] = Default::default();
    let mut trade_state = None;
    for (slot, s) in signals.iter_mut().zip(op.outcome.signals) {
        let text = signal(&doc, &top, content, at_content, s.path)?;
        if s.name == crate::classify::TRADE_STATE && trade_state.is_none() {
            trade_state = Some(text.clone().map(|t| shared(&body, t)));
        }
        *slot = text;
    }
    let classification = classify(&signals[..op.outcome.signals.len()]);
    // A required member absent or `null` fails `T::read` (the interpreter then refuses a
    // Success or Pending reply, and gives a failure its body error).
    let members = Members {
        members: content.members(),
        body: &body,
        listed: Cell::new(0),
        keep,
    };
    let typed = T::read(&members)?;
    let mut extra = BTreeMap::new();
    if keep.is_some() {
        // The caller's map may lack required members, so they are looked for here.
        let money_moved = matches!(
            classification,
            Classification::Success | Classification::Pending
        );
        let present = |name: &str| content.get(name).is_some_and(|raw| raw != "null");
        if money_moved && !op.response_required.iter().all(|name| present(name)) {
            return None;
        }
    } else {
        extra = unlisted(op, content, inline, &members, envelope)?;
    }
    Some(Reply {
        classification,
        status,
        trade_state: trade_state.flatten(),
        body: Some(typed),
        body_error: None,
        extra,
    })
}

/// The content's members neither the reader took (`members.listed`) nor the envelope holds, as
/// [`Reply::extra`]; `None` for one that does not parse.
fn unlisted(
    op: &OperationDescriptor,
    content: &Scan<'_>,
    inline: bool,
    members: &Members<'_>,
    envelope: impl Fn(&str) -> bool,
) -> Option<BTreeMap<String, Json>> {
    let mut extra = BTreeMap::new();
    let in_envelope = if inline {
        // (an envelope member the content also lists was counted by `T`)
        content
            .members()
            .iter()
            .filter(|(n, _)| envelope(n) && !op.response_fields.contains(n))
            .count()
    } else {
        0
    };
    // Every member read by `T` or the envelope's: nothing unlisted to keep (the common case,
    // settled without comparing names).
    if members.listed.get() + in_envelope != content.members().len() {
        let listed = |name: &str| op.response_fields.contains(&name);
        for &(name, raw) in content.members() {
            if !listed(name) && !envelope(name) {
                extra.insert(name.to_owned(), Json::parse(raw).ok()?);
            }
        }
    }
    Some(extra)
}

/// A reply's typed content, read by its generated code from the content object's members as
/// received: a `match` on each member's name, each value read by its type's reader below (or
/// its `wire` adapter's `from_raw`), with the same result as the type's serde derive reading
/// the same text. `None` when the derive would fail (a required member absent or `null`, a
/// value of the wrong type): the reply is left to the interpreter, which says why.
pub trait Content: Sized {
    fn read(content: &Members<'_>) -> Option<Self>;
}

/// A verified, classified reply with its content as a map (a caller without the typed struct:
/// the unified gateway), read in one pass by [`reply`] (classified by
/// [`crate::classify::classify_signals`] over the signals the pass read), the map kept to the
/// members the operation lists (the others are in `extra`), and the reply left to the
/// interpreter ([`super::decode_response`], which gives the exact error or reading) whenever the
/// pass does not settle it — including a success or pending reply without a member the spec
/// requires, which the interpreter refuses (a map, unlike a typed struct, would read without it).
pub fn reply_object(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    message: &Message,
    config: &dyn Credentials,
) -> Result<Reply<BTreeMap<String, Json>>, super::Error> {
    let one_pass = reply::<BTreeMap<String, Json>>(provider, op, message, config, |signals| {
        crate::classify::classify_signals(&op.outcome, provider.states, signals)
    });
    if let Some(mut decoded) = one_pass {
        if let Some(body) = &mut decoded.body {
            body.retain(|name, _| op.response_fields.contains(&name.as_str()));
        }
        let money_moved = matches!(
            decoded.classification,
            Classification::Success | Classification::Pending
        );
        let complete = decoded.body.is_some()
            && super::decode::missing_required(op.response_required, decoded.body.as_ref())
                .is_none();
        if !money_moved || complete {
            return Ok(decoded);
        }
    }
    super::decode_response(provider, op, message, config)
}

/// [`reply_object`] for a caller that reads only some members (the gateway's unified view):
/// the one pass puts in the map only the members `keep` accepts and keeps no `extra`, so no
/// other member is parsed or copied. Classification, status and errors are
/// [`reply_object`]'s; a reply the pass leaves to the interpreter comes back in full.
pub fn reply_members(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    message: &Message,
    config: &dyn Credentials,
    keep: &dyn Fn(&str) -> bool,
) -> Result<Reply<BTreeMap<String, Json>>, super::Error> {
    let classify = |signals: &[Option<Cow<'_, str>>]| {
        crate::classify::classify_signals(&op.outcome, provider.states, signals)
    };
    match read_reply::<BTreeMap<String, Json>>(provider, op, message, config, classify, Some(keep))
    {
        Some(decoded) => Ok(decoded),
        None => super::decode_response(provider, op, message, config),
    }
}

/// The content as a map, for a caller without the typed struct (the gateway's untyped path):
/// every member of the content object, each value read exactly ([`Json::parse`]: numbers as
/// their literals). It lists none of them as its own, so the members the spec does not list
/// are also kept in `Reply::extra`, as the interpreter keeps them; the caller keeps in the map
/// what the operation lists.
impl Content for BTreeMap<String, Json> {
    fn read(content: &Members<'_>) -> Option<Self> {
        content
            .iter()
            .filter(|(name, _)| content.kept(name))
            .map(|(name, raw)| Some((name.to_owned(), Json::parse(raw).ok()?)))
            .collect()
    }
}

/// The content object's members as received, for [`Content::read`]: names and raw JSON texts
/// borrowed from the body, which texts share.
pub struct Members<'a> {
    members: &'a [(&'a str, &'a str)],
    body: &'a Arc<str>,
    /// How many members the reader took as its own ([`Members::listed`]).
    listed: Cell<usize>,
    /// The members the caller reads, when it says ([`reply_members`]).
    keep: Option<&'a dyn Fn(&str) -> bool>,
}

impl std::fmt::Debug for Members<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Members")
            .field("members", &self.members)
            .field("listed", &self.listed)
            .field("keep", &self.keep.map(|_| "<fn>"))
            .finish_non_exhaustive()
    }
}

impl<'a> Members<'a> {
    /// `(name, raw JSON text)` in the order received (names are unique: the scan refused
    /// repeats).
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.members.iter().copied()
    }

    /// Whether the caller reads member `name` (always, unless it named the members it reads):
    /// a reader into a map may leave the others out.
    pub fn kept(&self, name: &str) -> bool {
        self.keep.is_none_or(|keep| keep(name))
    }

    /// Records that the reader took `count` of the members as fields it lists (the others are
    /// kept as `Reply::extra`); lets the common reply, every member listed, skip looking for
    /// unlisted ones.
    pub fn listed(&self, count: usize) {
        self.listed.set(count);
    }

    /// A JSON string's text, sharing the body (owned when it had escapes to undo); `None` for
    /// anything else.
    pub fn text(&self, raw: &str) -> Option<Text> {
        let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
        if has_escape(inner) {
            unescaped(inner).map(Text::from)
        } else {
            Some(Text::shared(self.body, inner))
        }
    }

    /// [`Members::text`] of an optional member: `null` is `None`.
    pub fn text_opt(&self, raw: &str) -> Option<Option<Text>> {
        match raw {
            "null" => Some(None),
            raw => self.text(raw).map(Some),
        }
    }
}

/// A Y/N flag ([`Flag::from_raw`]).
pub fn flag(raw: &str) -> Option<Flag> {
    Flag::from_raw(raw).ok()
}

/// An optional Y/N flag: `null` is `None`.
pub fn flag_opt(raw: &str) -> Option<Option<Flag>> {
    match raw {
        "null" => Some(None),
        raw => flag(raw).map(Some),
    }
}

/// An open enum ([`crate::wire::enum_from_raw`]): an unlisted value is its `Unknown`.
pub fn open_enum<E: WireEnum>(raw: &str) -> Option<E> {
    crate::wire::enum_from_raw(raw).ok()
}

/// An optional open enum: `null` is `None`.
pub fn open_enum_opt<E: WireEnum>(raw: &str) -> Option<Option<E>> {
    match raw {
        "null" => Some(None),
        raw => open_enum(raw).map(Some),
    }
}

/// Any other type (a boolean, a plain integer, a nested object, a list, a redacted text) by its
/// own `Deserialize`, from the member's text.
pub fn other<T: DeserializeOwned>(raw: &str) -> Option<T> {
    serde_json::from_str(raw).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The streaming unescape gives what serde_json gives, and refuses a lone surrogate.
    #[test]
    fn unescape_reads_as_serde_json_does() {
        for literal in [
            r#""plain""#,
            r#""a\"b\\c\/d\b\f\n\r\t""#,
            r#""\u00e9\u4e2d\ud83d\ude00x""#,
            r#""[{\"amount\":\"25.80\"}]""#,
            r#""\\u0041""#,
        ] {
            let expected: String = serde_json::from_str(literal).unwrap();
            let mut got = String::new();
            unescape(&literal[1..literal.len() - 1], |piece| got.push_str(piece)).unwrap();
            assert_eq!(got, expected, "{literal}");
        }
        for lone in [r"\ud800", r"\udc00", r"\ud800\u0041"] {
            assert!(unescape(lone, |_| {}).is_none(), "{lone}");
        }
    }

    /// An object deeper than the body's scan keeps is read on its own by the same reader,
    /// which refuses what the body's reader refuses (a repeated name, a name with escapes) and
    /// reads members with whitespace around them.
    #[test]
    fn a_deeper_object_reads_its_members_on_its_own() {
        // The body's scan kept nothing: every object is read on its own.
        let kept = Doc::default();
        let members = |raw: &'static str| {
            let scan = Scan::object(&kept, raw)?;
            let owned: Vec<(String, String)> = scan
                .members()
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect();
            Some(owned)
        };
        let got = members("{ \"a\" : 1 , \"b\":{\"x\":[1,\"}\"]},\"c\":\"\\\"\" }").unwrap();
        let got: Vec<(&str, &str)> = got.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        assert_eq!(
            got,
            [("a", "1"), ("b", "{\"x\":[1,\"}\"]}"), ("c", "\"\\\"\"")]
        );
        assert!(members("{\"a\":1,\"a\":2}").is_none());
        assert!(members("{\"\\u0061\":1}").is_none());
        assert!(members("{}").unwrap().is_empty());
    }
}
