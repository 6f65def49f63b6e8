//! Flat body formats besides JSON: flat XML ([`xml`]) and
//! `application/x-www-form-urlencoded` ([`form`]), chosen per layout
//! ([`crate::descriptor::BodyFormat`]).
//!
//! Both carry a flat list of named text values, so both decode into [`Fields`]: the members in
//! document order, each borrowed from the body where nothing had to be decoded. As with the JSON
//! codec, a name given twice is refused: a signature covers the text in which both values
//! appear, and which one the sender meant cannot be known.
//!
//! Neither module depends on anything outside the standard library.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasher, RandomState};

pub mod form;
pub mod xml;

/// The members of a flat body in document order: each name with its text.
///
/// A name or value is borrowed from the body unless decoding changed it (an entity, a percent
/// escape, several text pieces joined). Names are unique.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Fields<'a> {
    members: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

impl<'a> Fields<'a> {
    /// The text of member `name`, if present.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.members
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_ref())
    }

    /// `(name, text)` in document order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &str)> + '_ {
        self.members.iter().map(|(n, v)| (n.as_ref(), v.as_ref()))
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The members as decoded, in document order.
    pub fn as_slice(&self) -> &[(Cow<'a, str>, Cow<'a, str>)] {
        &self.members
    }

    pub fn into_vec(self) -> Vec<(Cow<'a, str>, Cow<'a, str>)> {
        self.members
    }
}

/// Names only: a value may be a payment code or another secret.
impl fmt::Debug for Fields<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fields")
            .field(
                "names",
                &self.members.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

/// Up to this many members, a repeated name is found by comparing with each earlier one; past
/// it, through a set of name hashes (randomly keyed, so a sender cannot make names collide).
const LINEAR_DUPLICATE_CHECK: usize = 32;

/// Builds [`Fields`], refusing a name given twice.
struct FieldsBuilder<'a> {
    members: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    hasher: RandomState,
    hashes: HashSet<u64>,
}

impl<'a> FieldsBuilder<'a> {
    fn new() -> Self {
        FieldsBuilder {
            members: Vec::new(),
            hasher: RandomState::new(),
            hashes: HashSet::new(),
        }
    }

    fn len(&self) -> usize {
        self.members.len()
    }

    /// Adds a member; `Err` with the name if it is already there.
    fn push(&mut self, name: Cow<'a, str>, value: Cow<'a, str>) -> Result<(), Cow<'a, str>> {
        let repeated = if self.members.len() < LINEAR_DUPLICATE_CHECK {
            self.members.iter().any(|(n, _)| *n == name)
        } else {
            if self.hashes.is_empty() {
                for (n, _) in &self.members {
                    self.hashes.insert(self.hasher.hash_one(n.as_ref()));
                }
            }
            // A hash seen before is only a candidate: confirm by comparing names.
            !self.hashes.insert(self.hasher.hash_one(name.as_ref()))
                && self.members.iter().any(|(n, _)| *n == name)
        };
        if repeated {
            return Err(name);
        }
        self.members.push((name, value));
        Ok(())
    }

    fn finish(self) -> Fields<'a> {
        Fields {
            members: self.members,
        }
    }
}

/// A name as shown in an error: names come from the body, so a long one is cut short.
fn shown(name: &str) -> Cow<'_, str> {
    const MAX: usize = 64;
    match name.char_indices().nth(MAX) {
        Some((end, _)) => Cow::Owned(format!("{}…", &name[..end])),
        None => Cow::Borrowed(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_name_is_found_past_the_linear_check() {
        let names: Vec<String> = (0..100).map(|i| format!("m{i}")).collect();
        let mut builder = FieldsBuilder::new();
        for name in &names {
            builder
                .push(Cow::Borrowed(name), Cow::Borrowed("v"))
                .unwrap();
        }
        for name in [&names[0], &names[40], &names[99]] {
            assert_eq!(
                builder.push(Cow::Borrowed(name), Cow::Borrowed("w")),
                Err(Cow::Borrowed(name.as_str()))
            );
        }
        let fields = builder.finish();
        assert_eq!(fields.len(), 100);
        assert_eq!(fields.get("m40"), Some("v"));
    }

    #[test]
    fn debug_shows_names_only() {
        let mut builder = FieldsBuilder::new();
        builder
            .push(
                Cow::Borrowed("auth_code"),
                Cow::Borrowed("134567890123456789"),
            )
            .unwrap();
        let debug = format!("{:?}", builder.finish());
        assert!(debug.contains("auth_code"), "{debug}");
        assert!(!debug.contains("1345"), "{debug}");
    }

    #[test]
    fn long_names_are_cut_short_in_errors() {
        let long = "n".repeat(200);
        assert_eq!(shown(&long).chars().count(), 65);
        assert_eq!(shown("short"), "short");
    }
}
