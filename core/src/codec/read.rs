//! The generated replies' one-pass reader: what a generated `Response::decode` stands on.
//!
//! [`reply`] reads a received reply once: the body's members are scanned as raw text borrowed
//! from the input (a strict scan that refuses a repeated member name at any depth, bounds depth,
//! and checks every string escape), the signature is computed over those bytes as received and
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
use std::collections::BTreeMap;

use ctutils::CtEq;
use hmac::{Hmac, KeyInit, Mac};
use md5::{Digest, Md5};
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use sha2::Sha256;

use super::{coverage, must_sign, EnvelopeStatus, Message, Reply, Signer};
use crate::credentials::Credentials;
use crate::descriptor::{
    Algorithm, ContentPlacement, Coverage, EmptyRule, EnvelopeNode, NodeKind, OperationDescriptor,
    Placement, ProviderDescriptor, SigningRecipe, StatusPart,
};
use crate::json::Json;
use crate::signing::{self, WireMember};
use crate::status::Classification;

/// How deep the exact reader ([`Json::parse`]) lets values nest below a top-level member.
const MAX_DEPTH: usize = 128;

/// Names per object the strict scan keeps on the stack (more are kept in a `Vec`; an object
/// of more than [`MAX_MEMBERS`] is left to the interpreter).
const NAMES_ON_STACK: usize = 32;

/// One JSON object's members, in order, as raw text borrowed from the received bytes. Every
/// name is escape-free (a name with escapes is left to the interpreter).
#[derive(Debug)]
pub struct Scan<'a> {
    raw: &'a str,
    members: Vec<(&'a str, &'a RawValue)>,
}

impl<'a> Scan<'a> {
    /// The body as an object whose every value passes the strict scan.
    pub fn body(bytes: &'a [u8]) -> Option<Scan<'a>> {
        let raw = std::str::from_utf8(bytes).ok()?;
        let scan = Scan::of(raw)?;
        scan.members
            .iter()
            .all(|(_, value)| strict(value.get()))
            .then_some(scan)
    }

    /// A member that is itself an object (its values strict-checked with its parent's).
    fn object(raw: &'a RawValue) -> Option<Scan<'a>> {
        let text = raw.get();
        if !text.starts_with('{') {
            return None;
        }
        Scan::of(text)
    }

    fn of(raw: &'a str) -> Option<Scan<'a>> {
        let mut deserializer = serde_json::Deserializer::from_str(raw);
        let members = deserializer
            .deserialize_map(MembersVisitor(raw.len()))
            .ok()?;
        deserializer.end().ok()?;
        Some(Scan { raw, members })
    }

    pub fn get(&self, name: &str) -> Option<&'a RawValue> {
        self.members
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, v)| v)
    }
}

/// Members per object this reader takes; more are left to the interpreter.
const MAX_MEMBERS: usize = 128;

/// One object's members borrowed from the input: a name with escapes (which cannot be
/// borrowed), a repeated name or more than [`MAX_MEMBERS`] members is an error (left to the
/// interpreter, which refuses or reads it).
struct MembersVisitor(usize);

impl<'de> Visitor<'de> for MembersVisitor {
    type Value = Vec<(&'de str, &'de RawValue)>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // Each member takes at least 6 bytes (`"a":1,`): sized once.
        let mut out: Self::Value = Vec::with_capacity((self.0 / 6 + 1).min(MAX_MEMBERS));
        // A cheap hash of each name; only names with equal hashes are compared.
        let mut hashes = [0u8; MAX_MEMBERS];
        let mut seen = 0u64;
        while let Some(name) = map.next_key::<&'de str>()? {
            let bytes = name.as_bytes();
            let hash = (bytes.len() as u32)
                .wrapping_mul(31)
                .wrapping_add(u32::from(bytes.first().copied().unwrap_or(0)))
                .wrapping_add(u32::from(bytes.last().copied().unwrap_or(0)).wrapping_mul(7))
                as u8
                & 63;
            if out.len() == MAX_MEMBERS {
                return Err(de::Error::custom("too many members"));
            }
            if seen & (1 << hash) != 0
                && out
                    .iter()
                    .zip(&hashes)
                    .any(|((n, _), h)| *h == hash && *n == name)
            {
                return Err(de::Error::custom("repeated member"));
            }
            seen |= 1 << hash;
            hashes[out.len()] = hash;
            let value: &'de RawValue = map.next_value()?;
            out.push((name, value));
        }
        Ok(out)
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
            if inner.contains('\\') {
                serde_json::from_str::<String>(raw)
                    .ok()
                    .map(|s| Some(Cow::Owned(s)))
            } else {
                Some(Some(Cow::Borrowed(inner)))
            }
        }
        _ => Some(Some(Cow::Borrowed(raw))),
    }
}

/// `true` when the valid JSON value `raw` names no member twice in any object, nests no deeper
/// than the exact reader allows, and every string reads as text (no lone surrogate). `false`
/// also for what this scan leaves to the interpreter (an object name with escapes, an object
/// with more than [`MAX_MEMBERS`] members).
fn strict(raw: &str) -> bool {
    let mut at = 0;
    value(raw.as_bytes(), &mut at, 0)
}

fn skip_ws(b: &[u8], at: &mut usize) {
    while matches!(b.get(*at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        *at += 1;
    }
}

fn value(b: &[u8], at: &mut usize, depth: usize) -> bool {
    skip_ws(b, at);
    match b.get(*at) {
        Some(b'{') => {
            if depth >= MAX_DEPTH {
                return false;
            }
            *at += 1;
            let mut names: [&[u8]; NAMES_ON_STACK] = [&[]; NAMES_ON_STACK];
            let mut more: Vec<&[u8]> = Vec::new();
            let mut count = 0;
            skip_ws(b, at);
            if b.get(*at) == Some(&b'}') {
                *at += 1;
                return true;
            }
            loop {
                skip_ws(b, at);
                let start = *at + 1;
                let Some(escaped) = string(b, at) else {
                    return false;
                };
                let name = &b[start..*at - 1];
                if escaped
                    || count == MAX_MEMBERS
                    || names[..count.min(NAMES_ON_STACK)].contains(&name)
                    || more.contains(&name)
                {
                    return false;
                }
                match names.get_mut(count) {
                    Some(slot) => *slot = name,
                    None => more.push(name),
                }
                count += 1;
                skip_ws(b, at);
                if b.get(*at) != Some(&b':') {
                    return false;
                }
                *at += 1;
                if !value(b, at, depth + 1) {
                    return false;
                }
                skip_ws(b, at);
                match b.get(*at) {
                    Some(b',') => *at += 1,
                    Some(b'}') => {
                        *at += 1;
                        return true;
                    }
                    _ => return false,
                }
            }
        }
        Some(b'[') => {
            if depth >= MAX_DEPTH {
                return false;
            }
            *at += 1;
            skip_ws(b, at);
            if b.get(*at) == Some(&b']') {
                *at += 1;
                return true;
            }
            loop {
                if !value(b, at, depth + 1) {
                    return false;
                }
                skip_ws(b, at);
                match b.get(*at) {
                    Some(b',') => *at += 1,
                    Some(b']') => {
                        *at += 1;
                        return true;
                    }
                    _ => return false,
                }
            }
        }
        Some(b'"') => string(b, at).is_some(),
        Some(_) => {
            while !matches!(
                b.get(*at),
                None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            ) {
                *at += 1;
            }
            true
        }
        None => false,
    }
}

/// Past the string starting at `at` (a `"`); whether it had escapes; `None` for a `\u` escape
/// that is not text (a lone surrogate) or a broken literal.
fn string(b: &[u8], at: &mut usize) -> Option<bool> {
    if b.get(*at) != Some(&b'"') {
        return None;
    }
    *at += 1;
    let mut escaped = false;
    loop {
        match *b.get(*at)? {
            b'"' => {
                *at += 1;
                return Some(escaped);
            }
            b'\\' => {
                escaped = true;
                if *b.get(*at + 1)? == b'u' {
                    let unit = hex4(b, *at + 2)?;
                    *at += 6;
                    if (0xD800..0xDC00).contains(&unit) {
                        if b.get(*at) != Some(&b'\\') || b.get(*at + 1) != Some(&b'u') {
                            return None;
                        }
                        let low = hex4(b, *at + 2)?;
                        if !(0xDC00..0xE000).contains(&low) {
                            return None;
                        }
                        *at += 6;
                    } else if (0xDC00..0xE000).contains(&unit) {
                        return None;
                    }
                } else {
                    *at += 2;
                }
            }
            _ => *at += 1,
        }
    }
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let digits = std::str::from_utf8(b.get(at..at + 4)?).ok()?;
    u32::from_str_radix(digits, 16).ok()
}

/// The digest a recipe names, fed piece by piece.
enum Hasher {
    Md5(Md5),
    Sha256(Sha256),
    Hmac(Box<Hmac<Sha256>>),
}

impl Hasher {
    fn new(recipe: &SigningRecipe, key: &str) -> Option<Hasher> {
        Some(match recipe.algorithm {
            Algorithm::Md5 => Hasher::Md5(Md5::new()),
            Algorithm::Sha256 => Hasher::Sha256(Sha256::new()),
            Algorithm::HmacSha256 => Hasher::Hmac(Box::new(
                <Hmac<Sha256> as KeyInit>::new_from_slice(key.as_bytes()).ok()?,
            )),
        })
    }

    fn update(&mut self, bytes: &[u8]) {
        match self {
            Hasher::Md5(h) => Digest::update(h, bytes),
            Hasher::Sha256(h) => Digest::update(h, bytes),
            Hasher::Hmac(h) => h.update(bytes),
        }
    }

    /// The key per the recipe's rule, then the digest into `out`; its length.
    fn finish(mut self, recipe: &SigningRecipe, key: &str, out: &mut [u8; 32]) -> usize {
        crate::signing::feed_key(recipe, key, |bytes| self.update(bytes));
        match self {
            Hasher::Md5(h) => {
                out[..16].copy_from_slice(&h.finalize());
                16
            }
            Hasher::Sha256(h) => {
                out.copy_from_slice(&h.finalize());
                32
            }
            Hasher::Hmac(h) => {
                out.copy_from_slice(&h.finalize().into_bytes());
                32
            }
        }
    }
}

/// Streams sorted `name<sep>text` pairs (each member's raw JSON text, `""` for absent) into the
/// digest, as [`signing::string_to_sign`] joins them: names sorted byte-wise through an index
/// array on the stack, each text unescaped only when it has escapes.
fn pairs<'m>(
    recipe: &SigningRecipe,
    hasher: &mut Hasher,
    len: usize,
    member: impl Fn(usize) -> Option<(&'m str, &'m str)>,
) -> Option<()> {
    let mut order = [0u8; MAX_MEMBERS];
    let mut count = 0;
    for i in 0..len {
        let Some((_, raw)) = member(i) else {
            continue;
        };
        let raw = raw.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r'));
        let empty = raw.is_empty() || raw == "null" || raw == "\"\"";
        if empty && recipe.empty == EmptyRule::Skip {
            continue;
        }
        *order.get_mut(count)? = u8::try_from(i).ok()?;
        count += 1;
    }
    let order = &mut order[..count];
    let name_of = |i: u8| member(usize::from(i)).map_or("", |(n, _)| n);
    order.sort_unstable_by(|&a, &b| name_of(a).cmp(name_of(b)));
    for (i, &at) in order.iter().enumerate() {
        let (name, raw_json) = member(usize::from(at))?;
        let text = signing::member_text(&WireMember { name, raw_json }).ok()?;
        if i > 0 {
            hasher.update(recipe.pairs_joiner.as_bytes());
        }
        hasher.update(name.as_bytes());
        hasher.update(recipe.pair_separator.as_bytes());
        hasher.update(text.as_bytes());
    }
    Some(())
}

/// `Some(())` when the received signature verifies over the bytes as received; `None` for
/// anything else (absent, malformed, mismatched: the interpreter says which).
fn verify(
    provider: &ProviderDescriptor,
    layout_coverage: Coverage,
    top: &Scan<'_>,
    content: Option<&Scan<'_>>,
    message: &Message,
    creds: &dyn Credentials,
) -> Option<()> {
    let recipe = &provider.signing;
    let key = creds.value(recipe.key_config)?;
    let received = match recipe.placement {
        Placement::Field(name) => {
            let raw = top.get(name)?.get();
            let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
            if inner.contains('\\') {
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
    let mut hasher = Hasher::new(recipe, key)?;
    let signature = coverage::signature_field(recipe);
    match layout_coverage {
        Coverage::TopLevelExcept(except) => {
            pairs(recipe, &mut hasher, top.members.len(), |i| {
                let (name, raw) = top.members[i];
                (Some(name) != signature && !except.contains(&name)).then(|| (name, raw.get()))
            })?;
        }
        Coverage::Fields(names) => {
            pairs(recipe, &mut hasher, names.len(), |i| {
                let name = names[i];
                (Some(name) != signature).then(|| (name, top.get(name).map_or("", RawValue::get)))
            })?;
        }
        Coverage::PairsOf(name) => {
            let raw = top.get(name)?;
            let scanned;
            let inner = match content {
                Some(content) if std::ptr::eq(content.raw, raw.get()) => content,
                _ => {
                    scanned = Scan::object(raw)?;
                    &scanned
                }
            };
            pairs(recipe, &mut hasher, inner.members.len(), |i| {
                let (name, raw) = inner.members[i];
                Some((name, raw.get()))
            })?;
        }
        Coverage::RawObject(name) => {
            if Some(name) == signature {
                return None;
            }
            hasher.update(top.get(name)?.get().as_bytes());
        }
        Coverage::RawBody => {
            if signature.is_some() {
                return None;
            }
            hasher.update(&message.body);
        }
    }
    let mut expected = [0u8; 32];
    let n = hasher.finish(recipe, key, &mut expected);
    (n == len && bool::from(expected[..n].ct_eq(&got[..n]))).then_some(())
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
    nodes: &'static [EnvelopeNode],
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
                    Some(raw) => scalar_text(raw.get())?.map(Cow::into_owned),
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
                let inner = Scan::object(scan.get(node.wire)?)?;
                walk(children, &inner, level + 1, status, site)?;
                if let Some(found) = site.as_mut() {
                    if found.level == level + 1 && found.container.is_none() {
                        found.container = Some(inner);
                    }
                }
            }
            NodeKind::Content(_) if site.is_none() => {
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
        match value.get().as_bytes().first()? {
            b'{' => raw = Scan::object(value)?.get(segment),
            b'"' => return None,
            _ => return Some(None),
        }
    }
    match raw {
        None => Some(None),
        Some(value) => scalar_text(value.get()),
    }
}

/// The generated `Response::decode`'s fast path: the reply read in one pass and classified by
/// `classify`, the operation's rules compiled to a `match` over the signals' text (in the order
/// of `op.outcome.signals`). `None`: left to the interpreter, which answers exactly.
pub fn reply<T: DeserializeOwned>(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    message: &Message,
    creds: &dyn Credentials,
    classify: impl Fn(&[Option<Cow<'_, str>>]) -> Classification,
) -> Option<Reply<T>> {
    let layout = op.response?;
    // JSON bodies only, signed always and with the recipe's one algorithm: anything else is
    // the interpreter's.
    let recipe = &provider.signing;
    if layout.format.is_flat()
        || !recipe.signed_codes.is_empty()
        || recipe.algorithm_choice.is_some()
    {
        return None;
    }
    let top = Scan::body(&message.body)?;
    let mut status = EnvelopeStatus::default();
    let mut site = None;
    walk(layout.nodes, &top, 0, &mut status, &mut site)?;
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
        object = Scan::object(container.get(site.node.wire)?)?;
        &object
    };
    if must_sign(provider, Signer::Provider) {
        verify(
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
    if inline && content.members.iter().all(|(n, _)| envelope(n)) {
        return None;
    }
    const SIGNALS: usize = 8;
    if op.outcome.signals.len() > SIGNALS {
        return None;
    }
    let mut signals: [Option<Cow<'_, str>>; SIGNALS] = Default::default();
    let mut trade_state = None;
    for (slot, s) in signals.iter_mut().zip(op.outcome.signals) {
        let text = signal(&top, content, at_content, s.path)?;
        if s.name == crate::classify::TRADE_STATE && trade_state.is_none() {
            trade_state = Some(text.as_ref().map(|t| t.clone().into_owned()));
        }
        *slot = text;
    }
    let classification = classify(&signals[..op.outcome.signals.len()]);
    let listed = |name: &str| op.response_fields.contains(&name);
    if matches!(
        classification,
        Classification::Success | Classification::Pending
    ) && op
        .response_required
        .iter()
        .any(|r| matches!(content.get(r).map(RawValue::get), None | Some("null")))
    {
        return None;
    }
    let body: T = serde_json::from_str(content.raw).ok()?;
    let mut extra = BTreeMap::new();
    for &(name, raw) in &content.members {
        if !listed(name) && !envelope(name) {
            extra.insert(name.to_owned(), Json::from_raw(raw).ok()?);
        }
    }
    Some(Reply {
        classification,
        status,
        trade_state: trade_state.flatten(),
        body: Some(body),
        body_error: None,
        extra,
    })
}
