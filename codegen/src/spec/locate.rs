//! Where each value of a spec sits in its YAML text.
//!
//! Semantic errors are found after loading, on plain values; they point into the text through a
//! [`LocationIndex`], built from the same parse as the values (`spec::yaml`'s tree of located
//! nodes). It records, for every spec path (`operations[0].request[3].unit`), the line and column
//! of its key and of its value. Paths are map keys joined by `.`, sequence items as `[i]`; a key
//! that is not a plain word is quoted, `["a.b"]`. Building the index also finds mapping keys
//! written twice, which loading refuses.

use std::collections::{BTreeMap, HashMap};

use crate::spec::yaml::{Node, Value};

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
struct Entry {
    /// The key, for a member of a mapping.
    key: Option<Loc>,
    /// The value (for a block mapping: its first key; for a block sequence: its first `-`).
    value: Loc,
    /// The value is a scalar or an alias, not a mapping or sequence.
    scalar: bool,
}

/// A mapping key written twice (loading refuses it: which value was meant is unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicateKey {
    /// Path of the second occurrence.
    pub path: String,
    pub key: String,
    pub first: Loc,
    pub again: Loc,
}

/// Spec path → location. A repeated key's value is not indexed: the first one keeps its place.
#[derive(Debug, Clone, Default)]
pub struct LocationIndex {
    entries: BTreeMap<String, Entry>,
    duplicates: Vec<DuplicateKey>,
}

impl LocationIndex {
    /// Where to point at `path`: for a mapping member whose value is a mapping or sequence, the
    /// key; otherwise the value. A path that is not in the index falls back to its nearest
    /// existing parent, and finally to the start of the file.
    pub fn at(&self, path: &str) -> Loc {
        match self.nearest(path) {
            Some(e) => match (e.scalar, e.key) {
                (false, Some(key)) => key,
                _ => e.value,
            },
            None => Loc::START,
        }
    }

    /// The key of a mapping member (its value for a sequence item), with the same fallback.
    pub fn key_at(&self, path: &str) -> Loc {
        match self.nearest(path) {
            Some(e) => e.key.unwrap_or(e.value),
            None => Loc::START,
        }
    }

    /// The value, with the same fallback.
    pub fn value_at(&self, path: &str) -> Loc {
        match self.nearest(path) {
            Some(e) => e.value,
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

impl LocationIndex {
    /// Indexes the tree rooted at `root`. Recursion is as deep as the tree, which the loader
    /// bounds (`yaml::MAX_DEPTH`).
    pub fn of(root: &Node) -> LocationIndex {
        let mut index = LocationIndex::default();
        index.insert(String::new(), None, root);
        index.walk("", root);
        index
    }

    fn insert(&mut self, path: String, key: Option<Loc>, node: &Node) {
        let scalar = matches!(node.value, Value::Scalar(_));
        self.entries.entry(path).or_insert(Entry {
            key,
            value: node.at,
            scalar,
        });
    }

    fn walk(&mut self, path: &str, node: &Node) {
        match &node.value {
            Value::Scalar(_) => {}
            Value::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    let item_path = child_index(path, i);
                    self.insert(item_path.clone(), None, item);
                    self.walk(&item_path, item);
                }
            }
            Value::Map(entries) => {
                let mut seen: HashMap<&str, Loc> = HashMap::with_capacity(entries.len());
                for (key, value) in entries {
                    // A mapping or sequence used as a key names no spec path.
                    let Some(text) = key.scalar_text() else {
                        continue;
                    };
                    let key_path = child_key(path, text);
                    if let Some(first) = seen.get(text) {
                        self.duplicates.push(DuplicateKey {
                            path: key_path,
                            key: text.to_string(),
                            first: *first,
                            again: key.at,
                        });
                        continue;
                    }
                    seen.insert(text, key.at);
                    self.insert(key_path.clone(), Some(key.at), value);
                    self.walk(&key_path, value);
                }
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

    fn index(text: &str) -> LocationIndex {
        LocationIndex::of(&crate::spec::yaml::parse(text).expect("valid YAML"))
    }

    #[test]
    fn locates_keys_and_values() {
        let ix = index(TEXT);
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
        let ix = index(TEXT);
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
    fn duplicates() {
        let ix = index("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n");
        let d: Vec<_> = ix
            .duplicates()
            .iter()
            .map(|d| (d.path.as_str(), lc(d.first), lc(d.again)))
            .collect();
        assert_eq!(d, [("b.c", (3, 3), (4, 3)), ("a", (1, 1), (5, 1))]);
        // The first occurrence keeps the path.
        assert_eq!(lc(ix.at("b.c")), (3, 6));
        assert_eq!(lc(ix.at("a")), (1, 4));
    }

    #[test]
    fn byte_order_mark_and_wide_characters() {
        let ix = index("\u{feff}provider: x\ndoc: {中文: 1, bar: 2}\n");
        assert_eq!(lc(ix.at("provider")), (1, 11));
        // Columns count characters, not bytes.
        assert_eq!(lc(ix.at("doc.bar")), (2, 19));
    }

    #[test]
    fn complex_keys_and_aliases() {
        let ix = index("? [x, y]\n: 1\nk: &a {p: 1}\nm: *a\nn: 2\n");
        assert_eq!(lc(ix.at("n")), (5, 4));
        // An alias's copy is indexed like the value it copies (a mapping member holding a
        // mapping points at its key), its members at the alias.
        assert_eq!(lc(ix.at("m")), (4, 1));
        assert_eq!(lc(ix.value_at("m")), (4, 4));
        assert_eq!(lc(ix.at("m.p")), (4, 4));
        assert_eq!(lc(ix.at("k.p")), (3, 11));
    }
}
