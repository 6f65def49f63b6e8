//! The one parse of a spec: YAML text → a tree of [`Node`]s, each with its value and where it is.
//!
//! serde-saphyr reads the text once into `Spanned` values (a value and its position together)
//! under the limits below, so no input makes the loader recurse without bound, expand aliases
//! without bound, or work for long. The typed spec is then read from the tree (`spec::de`) and
//! the positions of every value are indexed from it (`spec::locate`): nothing parses the text a
//! second time.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::granit_parser::ErrorKind;
use serde_saphyr::localizer::ExternalMessageSource;
use serde_saphyr::options::{DuplicateKeyPolicy, MergeKeyPolicy, NonFiniteFloatPolicy};
use serde_saphyr::{DefaultMessageFormatter, Location, MessageFormatter, Spanned};

use crate::spec::locate::Loc;

/// The largest spec file accepted, in bytes: 1 MiB. Specs are tens of KiB (the largest in
/// specs/ has 32 KiB); past this, a file is not a hand-written provider description, and the
/// limit keeps `codegen validate` fast on anything it is given.
pub const MAX_BYTES: usize = 1024 * 1024;
/// How deeply mappings and sequences may nest. Specs nest at most about 10 levels; the limit
/// also bounds the recursion of every pass over the tree, so no input overflows the stack.
pub const MAX_DEPTH: usize = 32;
/// How many values (scalars, mappings, sequences, aliases' copies included) a spec may hold.
/// The specs in specs/ hold a few thousand each.
pub const MAX_NODES: usize = 100_000;
/// How many aliases (`*name`) a spec may use.
pub const MAX_ALIASES: usize = 1_000;
/// How many YAML events aliases may copy in all: an alias of an alias of a list multiplies
/// (a "billion laughs" file); sharing a few field lists needs a few thousand.
pub const MAX_ALIAS_EVENTS: usize = 20_000;

/// One YAML value and where it is used (for an alias's copy: the `*name`).
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub at: Loc,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Scalar(Scalar),
    Seq(Vec<Node>),
    /// Entries in the order written, repeated keys included (`locate` finds them).
    Map(Vec<(Node, Node)>),
}

/// A scalar: what YAML resolves it to, and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Scalar {
    /// A string's value; for a plain scalar resolved to another kind, its text as written
    /// (`0x1F`, `1.0`, `~`, or empty), which is what a string field receives.
    pub text: String,
    pub kind: ScalarKind,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ScalarKind {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str,
}

impl Node {
    /// The scalar's text, for keys and paths; `None` for a mapping or sequence.
    pub fn scalar_text(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(s) => Some(&s.text),
            _ => None,
        }
    }
}

/// Why the text is not a YAML document the loader accepts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct YamlError {
    pub at: Loc,
    pub message: String,
    pub hint: Option<String>,
}

/// Parses `source` (one YAML document; an empty one is a null scalar).
pub fn parse(source: &str) -> Result<Node, YamlError> {
    let raw: Spanned<Raw> = serde_saphyr::from_str_with_options(source, options())
        .map_err(|e| at_the_tag(at_the_tab(describe(&e), source), source))?;
    Ok(convert(raw, source))
}

/// The loader reports a tag at the value after it; point at the tag (`!name`) itself.
fn at_the_tag(mut e: YamlError, source: &str) -> YamlError {
    let Some(tag) = e
        .message
        .strip_prefix("unsupported tag `")
        .and_then(|t| t.strip_suffix('`'))
    else {
        return e;
    };
    let line = source.split('\n').nth(e.at.line.saturating_sub(1));
    let before: Option<String> = line.map(|l| l.chars().take(e.at.column - 1).collect());
    if let Some(byte) = before.as_deref().and_then(|b| b.rfind(tag)) {
        let column = before
            .as_deref()
            .and_then(|b| b.get(..byte))
            .map(|b| b.chars().count());
        if let Some(column) = column {
            e.at.column = column + 1;
        }
    }
    e
}

/// The parser reports a tab where the token it was scanning starts; point at the tab itself.
fn at_the_tab(mut e: YamlError, source: &str) -> YamlError {
    if !e.message.contains("found a tab") {
        return e;
    }
    let lines = source
        .split('\n')
        .enumerate()
        .skip(e.at.line.saturating_sub(1));
    for (i, line) in lines {
        let from = if i + 1 == e.at.line {
            e.at.column - 1
        } else {
            0
        };
        if let Some(column) = line.chars().skip(from).position(|c| c == '\t') {
            e.at = Loc {
                line: i + 1,
                column: from + column + 1,
            };
            e.hint = Some("indent with spaces: YAML does not allow tabs in indentation".into());
            break;
        }
    }
    e
}

fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            // The parser's own limit for `[[[...`: its scanner reads ahead of the budget.
            flow_nesting_limit: MAX_DEPTH,
            max_nodes: MAX_NODES,
            max_aliases: MAX_ALIASES,
            // The alias/anchor ratio is judged at the end of the text, so it cannot point at
            // an alias; the counts above and the replay limit below bound the work anyway.
            enforce_alias_anchor_ratio: false,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: MAX_ALIAS_EVENTS,
        },
        // Every entry reaches the tree; `locate` reports each repeated key with where the key
        // was first given, and loading refuses the spec.
        duplicate_keys: DuplicateKeyPolicy::PassThrough,
        // `<<` is an ordinary key (an unknown field), as the spec language has no merge keys.
        merge_keys: MergeKeyPolicy::AsOrdinary,
        // YAML 1.2: `Y`, `N`, `yes` and `no` are strings (flag values are `Y`/`N`).
        strict_booleans: true,
        // `0755` and `1_000` stay text in untyped positions (enum codes, defaults).
        leading_zero_numbers_as_strings: true,
        underscored_numbers_as_strings: true,
        non_finite_float_policy: NonFiniteFloatPolicy::PassThrough,
        reject_unsupported_tags: true,
    }
}

/// A value as serde-saphyr hands it over, before positions are made [`Loc`]s.
#[derive(Debug)]
enum Raw {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<Raw>, Spanned<Raw>)>),
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Raw, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a YAML value")
    }

    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }

    fn visit_none<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Raw, D::Error> {
        Raw::deserialize(deserializer)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
        Ok(Raw::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw::Int(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Raw, E> {
        Ok(Raw::Int(v.into()))
    }

    fn visit_i128<E>(self, v: i128) -> Result<Raw, E> {
        Ok(Raw::Int(v))
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Raw, E> {
        i128::try_from(v)
            .map(Raw::Int)
            .map_err(|_| E::custom("the integer is too large"))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Raw, E> {
        Ok(Raw::Float(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw::Str(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Raw, E> {
        Ok(Raw::Str(v))
    }

    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Raw, E> {
        Err(E::custom(
            "binary values (`!!binary`) are not part of the spec language",
        ))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Raw::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key()? {
            let value = map.next_value()?;
            entries.push((key, value));
        }
        Ok(Raw::Map(entries))
    }
}

fn loc(l: &Location) -> Loc {
    Loc {
        line: usize::try_from(l.line()).unwrap_or(usize::MAX).max(1),
        column: usize::try_from(l.column()).unwrap_or(usize::MAX).max(1),
    }
}

/// The text of a plain scalar as written, from where it is defined (an alias's anchor).
fn written(l: &Location, source: &str) -> Option<String> {
    let span = l.span();
    let start = usize::try_from(span.byte_offset()?).ok()?;
    let len = usize::try_from(span.byte_len()?).ok()?;
    source
        .get(start..start.checked_add(len)?)
        .map(str::to_string)
}

fn convert(raw: Spanned<Raw>, source: &str) -> Node {
    let at = loc(&raw.referenced);
    let scalar = |kind: ScalarKind, fallback: String| {
        let text = written(&raw.defined, source).unwrap_or(fallback);
        Value::Scalar(Scalar { text, kind })
    };
    let value = match raw.value {
        Raw::Null => scalar(ScalarKind::Null, String::new()),
        Raw::Bool(b) => scalar(ScalarKind::Bool(b), b.to_string()),
        Raw::Int(i) => scalar(ScalarKind::Int(i), i.to_string()),
        Raw::Float(f) => scalar(ScalarKind::Float(f), f.to_string()),
        Raw::Str(text) => Value::Scalar(Scalar {
            text,
            kind: ScalarKind::Str,
        }),
        Raw::Seq(items) => Value::Seq(items.into_iter().map(|i| convert(i, source)).collect()),
        Raw::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(k, v)| (convert(k, source), convert(v, source)))
                .collect(),
        ),
    };
    Node { at, value }
}

/// serde-saphyr's error as a message (its own words, or ours for the limits) and a position.
fn describe(e: &serde_saphyr::Error) -> YamlError {
    let at = e.location().map(|l| loc(&l)).unwrap_or(Loc::START);
    let inner = original(e);
    let (message, hint) = match inner {
        serde_saphyr::Error::Budget { breach, .. } => breach_text(breach),
        _ if is_parser_depth_limit(inner) => too_deep(),
        serde_saphyr::Error::MultipleDocuments { .. } => (
            "a second YAML document: a spec file holds one".into(),
            Some("remove the `---` line and what follows, or move it to its own file".into()),
        ),
        serde_saphyr::Error::UnsupportedTag { tag, .. } => (
            format!("unsupported tag `{tag}`"),
            Some("the spec language uses no YAML tags: write the value without it".into()),
        ),
        serde_saphyr::Error::AliasReplayLimitExceeded { .. }
        | serde_saphyr::Error::AliasExpansionLimitExceeded { .. }
        | serde_saphyr::Error::AliasReplayStackDepthExceeded { .. } => alias_bomb(),
        other => (
            DefaultMessageFormatter.format_message(other).into_owned(),
            None,
        ),
    };
    YamlError { at, message, hint }
}

/// The error itself, without the snippet and alias wrappers.
fn original(e: &serde_saphyr::Error) -> &serde_saphyr::Error {
    let mut e = e.without_snippet();
    while let serde_saphyr::Error::AliasError { error, .. } = e {
        e = error.without_snippet();
    }
    e
}

fn is_parser_depth_limit(e: &serde_saphyr::Error) -> bool {
    match e {
        serde_saphyr::Error::ExternalMessage { source, .. } => matches!(
            &**source,
            ExternalMessageSource::Parser(scan)
                if matches!(scan.kind(), ErrorKind::RecursionLimitExceeded)
        ),
        _ => false,
    }
}

fn too_deep() -> (String, Option<String>) {
    (
        format!("the YAML nests more than {MAX_DEPTH} levels deep"),
        Some(
            "a spec nests about 10 levels (operations, fields, nested fields); flatten this value"
                .into(),
        ),
    )
}

fn alias_bomb() -> (String, Option<String>) {
    (
        format!("aliases expand to more than {MAX_ALIAS_EVENTS} YAML events"),
        Some(
            "each `*name` copies its anchor's whole value, so aliases of aliases multiply; \
             share a field list through one alias, not a chain"
                .into(),
        ),
    )
}

fn breach_text(breach: &BudgetBreach) -> (String, Option<String>) {
    match breach {
        BudgetBreach::Depth { .. } => too_deep(),
        BudgetBreach::Nodes { .. } => (
            format!("the YAML holds more than {MAX_NODES} values"),
            Some("a spec holds a few thousand values; split the provider or drop generated lists".into()),
        ),
        BudgetBreach::Aliases { .. } | BudgetBreach::AliasAnchorRatio { .. } => (
            format!("the YAML uses more than {MAX_ALIASES} aliases (`*name`)"),
            Some("aliases are for sharing a few identical field lists".into()),
        ),
        BudgetBreach::RecordedAnchorEvents { .. } | BudgetBreach::RecordedAnchorBytes { .. } => {
            alias_bomb()
        }
        other => (
            format!("the YAML is too large or too complex for a spec ({other:?})"),
            Some(format!("a spec file has at most {MAX_BYTES} bytes, {MAX_NODES} values and {MAX_DEPTH} levels of nesting")),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar(n: &Node) -> (&str, ScalarKind) {
        match &n.value {
            Value::Scalar(s) => (s.text.as_str(), s.kind),
            other => panic!("not a scalar: {other:?}"),
        }
    }

    fn entries(n: &Node) -> &[(Node, Node)] {
        match &n.value {
            Value::Map(e) => e,
            other => panic!("not a map: {other:?}"),
        }
    }

    #[test]
    fn scalars_keep_their_text() {
        let root = parse("a: 6\nb: \"6\"\nc: Y\nd: 1.0\ne:\nf: 0x1F\ng: 0755\nh: true\n").unwrap();
        let got: Vec<_> = entries(&root).iter().map(|(_, v)| scalar(v)).collect();
        assert_eq!(
            got,
            [
                ("6", ScalarKind::Int(6)),
                ("6", ScalarKind::Str),
                ("Y", ScalarKind::Str),
                ("1.0", ScalarKind::Float(1.0)),
                ("", ScalarKind::Null),
                ("0x1F", ScalarKind::Int(31)),
                ("0755", ScalarKind::Str),
                ("true", ScalarKind::Bool(true)),
            ]
        );
    }

    #[test]
    fn aliases_are_copies_located_at_their_use() {
        let root = parse("k: &a {p: 1}\nm: *a\n").unwrap();
        let e = entries(&root);
        let m = &e[1].1;
        assert_eq!((m.at.line, m.at.column), (2, 4));
        let (_, p) = &entries(m)[0];
        assert_eq!(scalar(p), ("1", ScalarKind::Int(1)));
        assert_eq!((p.at.line, p.at.column), (2, 4));
    }

    #[test]
    fn nesting_up_to_the_limit_is_read() {
        let deep = format!(
            "a: {}{}\n",
            "[".repeat(MAX_DEPTH - 1),
            "]".repeat(MAX_DEPTH - 1)
        );
        assert!(parse(&deep).is_ok());
    }

    #[test]
    fn tabs_are_pointed_at() {
        let e = parse("a:\n  - key: x\n\tb: 1\n").unwrap_err();
        assert_eq!((e.at.line, e.at.column), (3, 1), "{e:?}");
    }

    #[test]
    fn limits_are_located_errors() {
        let deep = format!("a: {}{}\n", "[".repeat(100), "]".repeat(100));
        let e = parse(&deep).unwrap_err();
        assert!(e.message.contains("nests more than"), "{e:?}");
        assert_eq!(e.at.line, 1);
        assert!(e.hint.is_some());
        let mut deep = String::new();
        for level in 0..100 {
            deep.push_str(&format!("{}k:\n", " ".repeat(level)));
        }
        let e = parse(&deep).unwrap_err();
        assert!(e.message.contains("nests more than"), "{e:?}");

        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let refs = vec![format!("*a{}", i - 1); 10].join(", ");
            bomb.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        let e = parse(&bomb).unwrap_err();
        assert!(e.message.contains("aliases expand"), "{e:?}");
        assert!(e.at.line > 1);
    }
}
