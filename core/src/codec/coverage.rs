//! What a layout's signature covers, applied to top-level member texts: the same code serves the
//! bytes about to be sent and the bytes just received, so both sides hash the same thing.

use crate::descriptor::{Coverage, Layout, Placement, SigningRecipe};
use crate::error::Error;
use crate::signing::{self, WireMember};

use super::members::RawMembers;

/// The signature's member name, when the signature travels in the body.
pub(super) fn signature_field(recipe: &SigningRecipe) -> Option<&'static str> {
    match recipe.placement {
        Placement::Field(name) => Some(name),
        Placement::Header { .. } => None,
    }
}

/// The bytes to hash. `members` are the top-level members' JSON texts as on the wire (the
/// signature member, if present, is skipped); `body` is the whole body, used only by `RawBody`.
/// `absent` builds the error for a signed member that is not there (a malformed reply when
/// decoding, an inconsistent layout when encoding).
pub(super) fn bytes_to_sign(
    recipe: &SigningRecipe,
    layout: &Layout,
    members: &[(&str, &str)],
    body: &[u8],
    key: &str,
    absent: impl Fn(&str) -> Error,
) -> Result<Vec<u8>, Error> {
    let signature = signature_field(recipe);
    let lookup = |name: &str| {
        members
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, raw)| *raw)
    };
    match layout.coverage {
        Coverage::TopLevelExcept(except) => {
            let covered: Vec<WireMember<'_>> = members
                .iter()
                .filter(|(name, _)| Some(*name) != signature && !except.contains(name))
                .map(|&(name, raw_json)| WireMember { name, raw_json })
                .collect();
            signing::string_to_sign(recipe, &covered, key)
        }
        Coverage::Fields(names) => {
            let covered: Vec<WireMember<'_>> = names
                .iter()
                .filter(|name| Some(**name) != signature)
                .map(|&name| WireMember {
                    name,
                    raw_json: lookup(name).unwrap_or(""),
                })
                .collect();
            signing::string_to_sign(recipe, &covered, key)
        }
        Coverage::PairsOf(name) => {
            let raw = lookup(name).ok_or_else(|| absent(name))?;
            let inner = RawMembers::parse_member(name, raw)?;
            let covered: Vec<WireMember<'_>> = inner
                .0
                .iter()
                .map(|(name, raw)| WireMember {
                    name,
                    raw_json: raw.get(),
                })
                .collect();
            signing::string_to_sign(recipe, &covered, key)
        }
        Coverage::RawObject(name) => {
            if Some(name) == signature {
                return Err(Error::Descriptor(format!(
                    "layout `{}` signs `{name}`, which is where the signature goes",
                    layout.name
                )));
            }
            let raw = lookup(name).ok_or_else(|| absent(name))?;
            Ok(signing::raw_to_sign(recipe, raw.as_bytes(), key))
        }
        Coverage::RawBody => {
            if let Some(field) = signature {
                return Err(Error::Descriptor(format!(
                    "layout `{}` signs the whole body; the signature cannot go in member `{field}`",
                    layout.name
                )));
            }
            Ok(signing::raw_to_sign(recipe, body, key))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::descriptor::{EnvelopeNode, NodeKind};

    static RECIPE: SigningRecipe = crate::testing::MD5_SORTED_PAIRS;
    static NODES: &[EnvelopeNode] = &[EnvelopeNode {
        wire: "sign",
        kind: NodeKind::Signature,
    }];
    static LAYOUT: Layout = Layout {
        name: "response",
        nodes: NODES,
        coverage: Coverage::PairsOf("data"),
        format: crate::descriptor::BodyFormat::Json,
        content_type: None,
    };

    #[test]
    fn pairs_of_signs_the_members_of_the_named_object_only() {
        let members = [
            ("code", "0"),
            (
                "data",
                r#"{"trade_state":0,"mch_trade_id":"a.b","attach":"","fee":"0.01"}"#,
            ),
            ("sign", "\"X\""),
        ];
        let bytes = bytes_to_sign(&RECIPE, &LAYOUT, &members, b"", "K", |n| {
            Error::Malformed(n.into())
        })
        .unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "fee=0.01&mch_trade_id=a.b&trade_state=0&key=K"
        );
    }

    #[test]
    fn pairs_of_an_absent_or_non_object_member_is_malformed() {
        for members in [&[("code", "0")][..], &[("data", "[1]")][..]] {
            let err = bytes_to_sign(&RECIPE, &LAYOUT, members, b"", "K", |n| {
                Error::Malformed(format!("absent {n}"))
            })
            .unwrap_err();
            assert!(matches!(err, Error::Malformed(_)), "{err}");
        }
    }
}
