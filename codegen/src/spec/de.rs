//! Reading the typed spec out of the YAML tree (`spec::yaml`), with every error located.
//!
//! A serde `Deserializer` over [`Node`]s: each error is tied to the node it is about (its spec
//! path and position). The rules are those the spec language always had:
//!
//! - a string field takes any scalar's text as written (`1.0` stays `1.0`);
//! - enums are written in singleton-map form: a unit variant is a bare string, a variant with a
//!   value a one-key map, `{variant: value}`;
//! - an empty document reads as an empty mapping (so it misses its first required key).

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, Unexpected, Visitor};

use crate::spec::load::closest;
use crate::spec::locate::{child_index, child_key, Loc};
use crate::spec::yaml::{Node, ScalarKind, Value};

/// A value that does not fit the spec's types.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct DeError {
    pub message: String,
    pub hint: Option<String>,
    /// The spec path and position of the value it is about; set by the innermost node.
    pub at: Option<(String, Loc)>,
}

impl DeError {
    fn new(message: String, hint: Option<String>) -> DeError {
        DeError {
            message,
            hint,
            at: None,
        }
    }

    fn located(mut self, path: &str, at: Loc) -> DeError {
        if self.at.is_none() {
            self.at = Some((path.to_string(), at));
        }
        self
    }
}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> DeError {
        DeError::new(msg.to_string(), None)
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> DeError {
        DeError::new(
            format!("unknown field `{field}`, {}", one_of(expected, "fields")),
            did_you_mean(field, expected),
        )
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> DeError {
        DeError::new(
            format!(
                "unknown variant `{variant}`, {}",
                one_of(expected, "variants")
            ),
            did_you_mean(variant, expected),
        )
    }
}

/// serde's own wording: "expected one of `a`, `b`".
fn one_of(expected: &[&str], what: &str) -> String {
    let quoted: Vec<String> = expected.iter().map(|e| format!("`{e}`")).collect();
    match quoted.as_slice() {
        [] => format!("there are no {what}"),
        [one] => format!("expected {one}"),
        [a, b] => format!("expected {a} or {b}"),
        _ => format!("expected one of {}", quoted.join(", ")),
    }
}

fn did_you_mean(got: &str, expected: &[&str]) -> Option<String> {
    closest(got, expected).map(|best| format!("did you mean `{best}`?"))
}

/// Reads a `T` from the tree rooted at `root`.
pub fn from_tree<'de, T: de::Deserialize<'de>>(root: &'de Node) -> Result<T, DeError> {
    T::deserialize(NodeDe {
        node: root,
        path: String::new(),
    })
    .map_err(|e| e.located("", root.at))
}

/// A node at a spec path.
struct NodeDe<'a> {
    node: &'a Node,
    path: String,
}

fn unexpected(node: &Node) -> Unexpected<'_> {
    match &node.value {
        Value::Scalar(s) => match s.kind {
            ScalarKind::Null => Unexpected::Unit,
            ScalarKind::Bool(b) => Unexpected::Bool(b),
            ScalarKind::Int(i) => match i64::try_from(i) {
                Ok(i) => Unexpected::Signed(i),
                Err(_) => Unexpected::Other("a large integer"),
            },
            ScalarKind::Float(f) => Unexpected::Float(f),
            ScalarKind::Str => Unexpected::Str(&s.text),
        },
        Value::Seq(_) => Unexpected::Seq,
        Value::Map(_) => Unexpected::Map,
    }
}

impl<'de> Deserializer<'de> for NodeDe<'de> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.value {
            Value::Scalar(s) => match s.kind {
                ScalarKind::Null => visitor.visit_unit(),
                ScalarKind::Bool(b) => visitor.visit_bool(b),
                ScalarKind::Int(i) => match (i64::try_from(i), u64::try_from(i)) {
                    (Ok(i), _) => visitor.visit_i64(i),
                    (_, Ok(u)) => visitor.visit_u64(u),
                    _ => visitor.visit_i128(i),
                },
                ScalarKind::Float(f) => visitor.visit_f64(f),
                ScalarKind::Str => visitor.visit_borrowed_str(&s.text),
            },
            Value::Seq(items) => visitor.visit_seq(SeqDe {
                items: items.iter(),
                path: self.path,
                next: 0,
            }),
            Value::Map(entries) => visitor.visit_map(MapDe {
                entries: entries.iter(),
                path: self.path,
                value: None,
            }),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.value {
            Value::Scalar(s) => visitor.visit_borrowed_str(&s.text),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.value {
            Value::Scalar(s) if s.kind == ScalarKind::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let empty_document = self.path.is_empty()
            && matches!(&self.node.value, Value::Scalar(s) if s.kind == ScalarKind::Null);
        if empty_document {
            return visitor.visit_map(MapDe {
                entries: [].iter(),
                path: self.path,
                value: None,
            });
        }
        self.deserialize_any(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match &self.node.value {
            Value::Scalar(s) => visitor.visit_enum(EnumDe {
                variant: &s.text,
                value: None,
                path: self.path,
            }),
            Value::Map(entries) => match entries.as_slice() {
                [(key, value)] => match key.scalar_text() {
                    Some(variant) => visitor.visit_enum(EnumDe {
                        variant,
                        value: Some(value),
                        path: self.path,
                    }),
                    None => Err(de::Error::invalid_type(Unexpected::Map, &"a variant name")),
                },
                _ => Err(de::Error::invalid_value(
                    Unexpected::Map,
                    &"map with a single key",
                )),
            },
            Value::Seq(_) => Err(de::Error::invalid_type(Unexpected::Seq, &visitor)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf unit
        unit_struct seq tuple tuple_struct
    }
}

struct SeqDe<'a> {
    items: std::slice::Iter<'a, Node>,
    path: String,
    next: usize,
}

impl<'de> de::SeqAccess<'de> for SeqDe<'de> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        let Some(node) = self.items.next() else {
            return Ok(None);
        };
        let path = child_index(&self.path, self.next);
        self.next += 1;
        seed.deserialize(NodeDe {
            node,
            path: path.clone(),
        })
        .map(Some)
        .map_err(|e| e.located(&path, node.at))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapDe<'a> {
    entries: std::slice::Iter<'a, (Node, Node)>,
    path: String,
    /// The value of the key just read, and its path.
    value: Option<(&'a Node, String)>,
}

impl<'de> de::MapAccess<'de> for MapDe<'de> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        let value_path = match key.scalar_text() {
            Some(text) => child_key(&self.path, text),
            None => self.path.clone(),
        };
        self.value = Some((value, value_path));
        // A key is reported at the key, as a problem of the mapping it is in.
        seed.deserialize(NodeDe {
            node: key,
            path: self.path.clone(),
        })
        .map(Some)
        .map_err(|e| e.located(&self.path, key.at))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let Some((node, path)) = self.value.take() else {
            return Err(de::Error::custom("a mapping value was read before its key"));
        };
        seed.deserialize(NodeDe {
            node,
            path: path.clone(),
        })
        .map_err(|e| e.located(&path, node.at))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// A variant: a bare string (`value` None) or the one key of a map.
struct EnumDe<'a> {
    variant: &'a str,
    value: Option<&'a Node>,
    /// The enum's path; the value's is `path.variant`.
    path: String,
}

impl<'de> de::EnumAccess<'de> for EnumDe<'de> {
    type Error = DeError;
    type Variant = VariantDe<'de>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, VariantDe<'de>), DeError> {
        let name = seed.deserialize(self.variant.into_deserializer())?;
        let value = self.value.map(|node| NodeDe {
            node,
            path: child_key(&self.path, self.variant),
        });
        Ok((name, VariantDe(value)))
    }
}

struct VariantDe<'a>(Option<NodeDe<'a>>);

impl VariantDe<'_> {
    fn located<T>(&self, r: Result<T, DeError>) -> Result<T, DeError> {
        match &self.0 {
            Some(v) => r.map_err(|e| e.located(&v.path, v.node.at)),
            None => r,
        }
    }
}

impl<'de> de::VariantAccess<'de> for VariantDe<'de> {
    type Error = DeError;

    fn unit_variant(self) -> Result<(), DeError> {
        match &self.0 {
            None => Ok(()),
            Some(v) => match &v.node.value {
                Value::Scalar(s) if s.kind == ScalarKind::Null => Ok(()),
                _ => self.located(Err(de::Error::invalid_type(
                    unexpected(v.node),
                    &"unit variant",
                ))),
            },
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, DeError> {
        match self.0 {
            Some(v) => {
                let (path, at) = (v.path.clone(), v.node.at);
                seed.deserialize(v).map_err(|e| e.located(&path, at))
            }
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"newtype variant",
            )),
        }
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, DeError> {
        match self.0 {
            Some(v) => {
                let (path, at) = (v.path.clone(), v.node.at);
                v.deserialize_any(visitor).map_err(|e| e.located(&path, at))
            }
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"tuple variant",
            )),
        }
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match self.0 {
            Some(v) => {
                let (path, at) = (v.path.clone(), v.node.at);
                v.deserialize_any(visitor).map_err(|e| e.located(&path, at))
            }
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"struct variant",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Deserialize;

    use super::*;
    use crate::spec::yaml::parse;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        name: String,
        #[serde(default)]
        count: Option<u32>,
        #[serde(default)]
        kinds: Vec<Kind>,
        #[serde(default)]
        map: BTreeMap<String, String>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case", deny_unknown_fields)]
    enum Kind {
        Plain,
        Named(String),
        Pair { a: u8 },
    }

    fn read(text: &str) -> Result<Doc, DeError> {
        from_tree(&parse(text).unwrap())
    }

    fn at(e: &DeError) -> (&str, usize, usize) {
        let (path, loc) = e.at.as_ref().unwrap();
        (path, loc.line, loc.column)
    }

    #[test]
    fn reads_values() {
        let doc = read(
            "name: 1.0\ncount: 3\nkinds: [plain, {named: x}, {pair: {a: 1}}]\nmap: {k: 0x1F}\n",
        )
        .unwrap();
        assert_eq!(doc.name, "1.0");
        assert_eq!(doc.count, Some(3));
        assert_eq!(
            doc.kinds,
            [Kind::Plain, Kind::Named("x".into()), Kind::Pair { a: 1 }]
        );
        assert_eq!(doc.map["k"], "0x1F");
    }

    #[test]
    fn errors_point_at_their_value() {
        let e = read("name: x\ncount: many\n").unwrap_err();
        assert_eq!(e.message, "invalid type: string \"many\", expected u32");
        assert_eq!(at(&e), ("count", 2, 8));

        let e = read("name: x\ncont: 3\n").unwrap_err();
        assert!(e.message.starts_with("unknown field `cont`"), "{e}");
        assert_eq!(e.hint.as_deref(), Some("did you mean `count`?"));
        assert_eq!(at(&e), ("", 2, 1));

        let e = read("name: x\nkinds:\n  - plain\n  - {nmed: y}\n").unwrap_err();
        assert!(e.message.starts_with("unknown variant `nmed`"), "{e}");
        assert_eq!(at(&e), ("kinds[1]", 4, 5));

        let e = read("name: x\nkinds: [{named: y, plain: z}]\n").unwrap_err();
        assert_eq!(
            e.message,
            "invalid value: map, expected map with a single key"
        );
        assert_eq!(at(&e), ("kinds[0]", 2, 9));

        let e = read("name: x\nkinds: [{pair: {a: 300}}]\n").unwrap_err();
        assert_eq!(at(&e), ("kinds[0].pair.a", 2, 20));

        let e = read("# nothing\n").unwrap_err();
        assert_eq!(e.message, "missing field `name`");
        assert_eq!(at(&e).0, "");
    }
}
