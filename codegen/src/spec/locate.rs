//! Where each value of a spec sits in its YAML text.
//!
//! serde_yaml gives a location only for the error that stops it; semantic errors are found after
//! parsing, on plain values. So a second pass over the text with yaml-rust2's event parser (whose
//! events carry [`Marker`]s) records, for every spec path (`operations[0].request[3].unit`), the
//! line and column of its key and of its value. Paths are written as serde_yaml writes them in its
//! own errors: map keys joined by `.`, sequence items as `[i]`; a key that is not a plain word is
//! quoted, `["a.b"]`.

use std::collections::BTreeMap;

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::Marker;

/// A position in the text: 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Loc {
    pub line: usize,
    pub column: usize,
}

impl Loc {
    /// The start of the file, used when nothing better is known.
    pub const START: Loc = Loc { line: 1, column: 1 };
}

#[derive(Debug, Clone, Copy)]
struct Pos {
    loc: Loc,
    /// Character offset, to order positions.
    index: usize,
}

impl Pos {
    fn of(m: &Marker) -> Pos {
        Pos {
            loc: Loc {
                line: m.line().max(1),
                // yaml-rust2 markers count columns from 0.
                column: m.col().saturating_add(1),
            },
            index: m.index(),
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    /// The key, for a member of a mapping.
    key: Option<Pos>,
    /// The value (for a block mapping: its first key; for a block sequence: its first `-`).
    value: Pos,
    /// The value is a scalar or an alias, not a mapping or sequence.
    scalar: bool,
}

/// A mapping key written twice; serde would keep only one of the values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicateKey {
    /// Path of the second occurrence.
    pub path: String,
    pub key: String,
    pub first: Loc,
    pub again: Loc,
}

/// Spec path → location, for the first YAML document of a text.
#[derive(Debug, Clone, Default)]
pub struct LocationIndex {
    entries: BTreeMap<String, Entry>,
    duplicates: Vec<DuplicateKey>,
    complete: bool,
}

impl LocationIndex {
    /// Indexes `source`. Never fails: on a YAML error the index holds what came before it.
    pub fn build(source: &str) -> LocationIndex {
        // A byte-order mark is not part of the first key; editors do not count it as a column.
        Builder::default().run(source.strip_prefix('\u{feff}').unwrap_or(source))
    }

    /// Where to point at `path`: for a mapping member whose value is a mapping or sequence, the
    /// key; otherwise the value. A path that is not in the index falls back to its nearest
    /// existing parent, and finally to the start of the file.
    pub fn at(&self, path: &str) -> Loc {
        match self.nearest(path) {
            Some(e) => match (e.scalar, e.key) {
                (false, Some(key)) => key.loc,
                _ => e.value.loc,
            },
            None => Loc::START,
        }
    }

    /// The key of a mapping member (its value for a sequence item), with the same fallback.
    pub fn key_at(&self, path: &str) -> Loc {
        match self.nearest(path) {
            Some(e) => e.key.unwrap_or(e.value).loc,
            None => Loc::START,
        }
    }

    /// The value, with the same fallback.
    pub fn value_at(&self, path: &str) -> Loc {
        match self.nearest(path) {
            Some(e) => e.value.loc,
            None => Loc::START,
        }
    }

    /// Whether the text spells out `path` (a defaulted member is not there).
    pub fn contains(&self, path: &str) -> bool {
        self.entries.contains_key(path)
    }

    /// Mapping keys written twice.
    pub fn duplicates(&self) -> &[DuplicateKey] {
        &self.duplicates
    }

    /// False when the event parser stopped early on an error.
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    fn nearest(&self, path: &str) -> Option<&Entry> {
        let mut p = path;
        loop {
            if let Some(e) = self.entries.get(p) {
                return Some(e);
            }
            p = parent(p)?;
        }
    }
}

/// `parent.key`, quoting a key that is not a plain word.
pub fn child_key(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if plain {
        if parent.is_empty() {
            key.to_string()
        } else {
            format!("{parent}.{key}")
        }
    } else {
        let mut out = String::with_capacity(parent.len() + key.len() + 4);
        out.push_str(parent);
        out.push_str("[\"");
        for c in key.chars() {
            if c == '"' || c == '\\' {
                out.push('\\');
            }
            out.push(c);
        }
        out.push_str("\"]");
        out
    }
}

/// `parent[index]`.
pub fn child_index(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

/// The path without its last segment; `None` for the root (`""`).
pub fn parent(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    let mut last_start = 0;
    let bytes = path.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i) {
            Some(b'.') => {
                last_start = i;
                i += 1;
            }
            Some(b'[') => {
                last_start = i;
                if bytes.get(i + 1) == Some(&b'"') {
                    // Quoted key: skip to the closing `"]`, honouring `\` escapes.
                    i += 2;
                    while i < bytes.len() {
                        match bytes.get(i) {
                            Some(b'\\') => i += 2,
                            Some(b'"') if bytes.get(i + 1) == Some(&b']') => {
                                i += 2;
                                break;
                            }
                            _ => i += 1,
                        }
                    }
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    path.get(..last_start)
}

#[derive(Debug)]
enum Frame {
    Map {
        path: Option<String>,
        state: MapState,
        /// The pending key: its path (None for a key that is not a scalar) and position.
        key: Option<(Option<String>, Pos)>,
        seen: BTreeMap<String, Loc>,
        first_key_done: bool,
    },
    Seq {
        path: Option<String>,
        next: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MapState {
    ExpectKey,
    /// Inside a key that is a mapping or sequence.
    InComplexKey,
    /// The next node is the value of the pending key.
    ExpectValue,
}

#[derive(Debug, Default)]
struct Builder {
    index: LocationIndex,
    stack: Vec<Frame>,
    documents: usize,
}

/// What the next node is, seen from its parent.
enum Slot {
    Root,
    Key,
    Value {
        path: Option<String>,
        key: Option<Pos>,
    },
}

impl Builder {
    fn run(mut self, source: &str) -> LocationIndex {
        let mut parser = Parser::new_from_str(source);
        // Bounded: every event consumes input, and the parser ends with StreamEnd or an error.
        loop {
            let (event, marker) = match parser.next_token() {
                Ok(x) => x,
                Err(_) => return self.index,
            };
            let pos = Pos::of(&marker);
            match event {
                Event::StreamEnd => break,
                Event::DocumentStart => {
                    self.documents += 1;
                    if self.documents > 1 {
                        break;
                    }
                }
                Event::DocumentEnd => {
                    self.stack.clear();
                }
                Event::Nothing | Event::StreamStart => {}
                Event::Scalar(text, ..) => match self.slot() {
                    Slot::Key => self.key(Some(text), pos),
                    slot => {
                        self.value(slot, pos, true);
                        self.node_done();
                    }
                },
                Event::Alias(_) => match self.slot() {
                    Slot::Key => self.key(None, pos),
                    slot => {
                        self.value(slot, pos, true);
                        self.node_done();
                    }
                },
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let is_map = matches!(event, Event::MappingStart(..));
                    let path = match self.slot() {
                        Slot::Key => {
                            // A mapping or sequence used as a key: not a spec path.
                            self.key(None, pos);
                            if let Some(Frame::Map { state, .. }) = self.stack.last_mut() {
                                *state = MapState::InComplexKey;
                            }
                            None
                        }
                        slot => self.value(slot, pos, false),
                    };
                    self.stack.push(if is_map {
                        Frame::Map {
                            path,
                            state: MapState::ExpectKey,
                            key: None,
                            seen: BTreeMap::new(),
                            first_key_done: false,
                        }
                    } else {
                        Frame::Seq { path, next: 0 }
                    });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    self.stack.pop();
                    self.node_done();
                }
            }
        }
        self.index.complete = true;
        self.index
    }

    fn slot(&mut self) -> Slot {
        match self.stack.last_mut() {
            None => Slot::Root,
            Some(Frame::Map {
                state: MapState::ExpectKey | MapState::InComplexKey,
                ..
            }) => Slot::Key,
            Some(Frame::Map { key, .. }) => match key {
                Some((path, pos)) => Slot::Value {
                    path: path.clone(),
                    key: Some(*pos),
                },
                None => Slot::Value {
                    path: None,
                    key: None,
                },
            },
            Some(Frame::Seq { path, next }) => {
                let item = path.as_ref().map(|p| child_index(p, *next));
                *next += 1;
                Slot::Value {
                    path: item,
                    key: None,
                }
            }
        }
    }

    /// A key was read (`text` None: not a scalar); the frame now expects its value.
    fn key(&mut self, text: Option<String>, pos: Pos) {
        let mut fix_first: Option<String> = None;
        if let Some(Frame::Map {
            path,
            state,
            key,
            seen,
            first_key_done,
        }) = self.stack.last_mut()
        {
            let key_path = match (&*path, &text) {
                (Some(p), Some(t)) => Some(child_key(p, t)),
                _ => None,
            };
            if let (Some(kp), Some(t)) = (&key_path, &text) {
                match seen.get(t) {
                    Some(first) => self.index.duplicates.push(DuplicateKey {
                        path: kp.clone(),
                        key: t.clone(),
                        first: *first,
                        again: pos.loc,
                    }),
                    None => {
                        seen.insert(t.clone(), pos.loc);
                    }
                }
            }
            if !*first_key_done {
                *first_key_done = true;
                fix_first = path.clone();
            }
            // The value of a repeated key is not indexed: the first one keeps its place.
            let duplicate =
                matches!((&key_path, &text), (Some(_), Some(t)) if seen.get(t) != Some(&pos.loc));
            *key = Some((if duplicate { None } else { key_path }, pos));
            *state = MapState::ExpectValue;
        }
        // A block mapping's start marker comes after its first key: point at the key instead.
        if let Some(p) = fix_first {
            if let Some(e) = self.index.entries.get_mut(&p) {
                if pos.index < e.value.index {
                    e.value = pos;
                }
            }
        }
    }

    /// Records a value; returns its path.
    fn value(&mut self, slot: Slot, pos: Pos, scalar: bool) -> Option<String> {
        let (path, key) = match slot {
            Slot::Root => (Some(String::new()), None),
            Slot::Key => (None, None),
            Slot::Value { path, key } => (path, key),
        };
        if let Some(p) = &path {
            self.index.entries.entry(p.clone()).or_insert(Entry {
                key,
                value: pos,
                scalar,
            });
        }
        path
    }

    /// A whole node (scalar or collection) ended: its parent map expects a key again.
    fn node_done(&mut self) {
        if let Some(Frame::Map { state, key, .. }) = self.stack.last_mut() {
            match state {
                MapState::ExpectValue | MapState::ExpectKey => {
                    *state = MapState::ExpectKey;
                    *key = None;
                }
                // The node was a complex key; its value comes next.
                MapState::InComplexKey => *state = MapState::ExpectValue,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
provider: demo
layouts:
  request:
    nodes:
      - {wire: sign, signature: true}
      - content: inline
operations:
  - name: pay
    request:
      - wire: total_fee
        type: money
      - wire: \"odd.name\"
        type: string
    constants: {\"a.b\": x}
";

    fn lc(loc: Loc) -> (usize, usize) {
        (loc.line, loc.column)
    }

    #[test]
    fn locates_keys_and_values() {
        let ix = LocationIndex::build(TEXT);
        assert!(ix.is_complete());
        assert_eq!(lc(ix.at("provider")), (1, 11));
        assert_eq!(lc(ix.key_at("provider")), (1, 1));
        // A member holding a mapping points at its key.
        assert_eq!(lc(ix.at("layouts.request")), (3, 3));
        // A block mapping's value is its first key.
        assert_eq!(lc(ix.value_at("layouts.request")), (4, 5));
        // A flow mapping in a block sequence.
        assert_eq!(lc(ix.at("layouts.request.nodes[0]")), (5, 9));
        assert_eq!(lc(ix.at("layouts.request.nodes[0].signature")), (5, 33));
        assert_eq!(lc(ix.at("layouts.request.nodes[1].content")), (6, 18));
        assert_eq!(lc(ix.at("operations[0]")), (8, 5));
        assert_eq!(lc(ix.at("operations[0].request[0].type")), (11, 15));
        assert_eq!(lc(ix.at("operations[0].request[1].wire")), (12, 15));
        assert_eq!(lc(ix.at("operations[0].constants[\"a.b\"]")), (14, 24));
        assert!(ix.contains("operations[0].request[1].type"));
        assert!(!ix.contains("operations[0].request[1].unit"));
    }

    #[test]
    fn falls_back_to_parent() {
        let ix = LocationIndex::build(TEXT);
        assert_eq!(lc(ix.at("operations[0].request[0].unit")), (10, 9));
        assert_eq!(lc(ix.at("operations[0].response")), (8, 5));
        assert_eq!(lc(ix.at("operations[0].constants[\"x.y\"]")), (14, 5));
        assert_eq!(lc(ix.at("nothing.here[3]")), (1, 1));
        assert_eq!(lc(ix.at("")), (1, 1));
    }

    #[test]
    fn paths() {
        assert_eq!(child_key("", "a"), "a");
        assert_eq!(child_key("a", "b_c-d"), "a.b_c-d");
        assert_eq!(child_key("a", "b.c"), "a[\"b.c\"]");
        assert_eq!(child_key("a", "q\"]x"), "a[\"q\\\"]x\"]");
        assert_eq!(parent("a.b[3].c"), Some("a.b[3]"));
        assert_eq!(parent("a.b[3]"), Some("a.b"));
        assert_eq!(parent("a"), Some(""));
        assert_eq!(parent(""), None);
        assert_eq!(parent("a[\"b.c\"]"), Some("a"));
        assert_eq!(parent("a[\"q\\\"]x\"].d"), Some("a[\"q\\\"]x\"]"));
        assert_eq!(parent("a[\"q\\\"]x\"]"), Some("a"));
    }

    #[test]
    fn duplicates_and_errors() {
        let ix = LocationIndex::build("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n");
        let d: Vec<_> = ix
            .duplicates()
            .iter()
            .map(|d| (d.path.as_str(), lc(d.first), lc(d.again)))
            .collect();
        assert_eq!(d, [("b.c", (3, 3), (4, 3)), ("a", (1, 1), (5, 1))]);
        // The first occurrence keeps the path.
        assert_eq!(lc(ix.at("b.c")), (3, 6));
        assert_eq!(lc(ix.at("a")), (1, 4));

        let ix = LocationIndex::build("a: 1\nb: 2\nc: [1, 2\nd: 3\n");
        assert!(!ix.is_complete());
        assert_eq!(lc(ix.at("b")), (2, 4));
        assert_eq!(lc(ix.at("d")), (1, 1));
    }

    #[test]
    fn byte_order_mark_and_wide_characters() {
        let ix = LocationIndex::build("\u{feff}provider: x\ndoc: {中文: 1, bar: 2}\n");
        assert_eq!(lc(ix.at("provider")), (1, 11));
        // Columns count characters, not bytes.
        assert_eq!(lc(ix.at("doc.bar")), (2, 19));
    }

    #[test]
    fn complex_keys_and_aliases() {
        let ix = LocationIndex::build("? [x, y]\n: 1\nk: &a {p: 1}\nm: *a\nn: 2\n");
        assert!(ix.is_complete());
        assert_eq!(lc(ix.at("n")), (5, 4));
        assert_eq!(lc(ix.at("m")), (4, 4));
        assert_eq!(lc(ix.at("m.p")), (4, 4));
        assert_eq!(lc(ix.at("k.p")), (3, 11));
    }
}
