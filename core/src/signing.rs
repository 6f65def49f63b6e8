//! Canonicalisation and signing primitives, driven by a [`SigningRecipe`].
//!
//! These functions know nothing about envelopes: the codec decides *which* members or bytes are
//! covered and hands them here. Keeping the string to sign separate from the digest lets tests
//! show exactly what was hashed.

use std::borrow::Cow;

use ctutils::CtEq;
use hmac::{Hmac, KeyInit, Mac};
use md5::{Digest, Md5};
use sha2::Sha256;

use crate::asymmetric::AsymmetricAlgorithm;
use crate::credentials::Credentials;
use crate::descriptor::{Algorithm, EmptyRule, HexCase, KeyRule, SigningRecipe};
use crate::error::Error;

/// One top-level member as it is (or will be) on the wire, for pair-based coverage:
/// a JSON string contributes its unescaped text, a number its literal text, `true`/`false`,
/// an object or array its raw JSON text as sent/received; `null` counts as empty.
pub struct WireMember<'a> {
    pub name: &'a str,
    /// The member's JSON text; `""` stands for an absent member.
    pub raw_json: &'a str,
}

/// The name only: a member's text may be a payment code or other secret.
impl core::fmt::Debug for WireMember<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("WireMember")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// The exact string (bytes) that is hashed, for pair-based coverage (`TopLevelExcept`, `Fields`):
/// sorted by name (byte-wise), empty values per `recipe.empty`, joined, key appended per `recipe.key`.
/// Nothing is appended under [`KeyRule::HmacKey`] (the key keys the MAC instead) nor
/// [`KeyRule::PrivateKey`] (the key signs the string); an HMAC recipe
/// with [`KeyRule::AppendPair`] appends it as well, as the HMAC-SHA256 variant of the
/// sorted-parameters family does.
pub fn string_to_sign(
    recipe: &SigningRecipe,
    members: &[WireMember<'_>],
    key: &str,
) -> Result<Vec<u8>, Error> {
    let mut pairs: Vec<(&str, Cow<'_, str>)> = Vec::with_capacity(members.len());
    for member in members {
        let text = member_text(member)?;
        if text.is_empty() && recipe.empty == EmptyRule::Skip {
            continue;
        }
        pairs.push((member.name, text));
    }
    Ok(join_sorted(recipe, pairs, key))
}

/// [`string_to_sign`] for members whose values are plain text, not JSON: the members of a flat
/// XML or form body ([`crate::format`]), each value exactly as decoded (no trimming, no reading
/// of quotes). Sorting, empty values and the key follow `recipe` as there.
pub fn pairs_to_sign<'a>(
    recipe: &SigningRecipe,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    key: &str,
) -> Vec<u8> {
    let pairs = pairs
        .into_iter()
        .filter(|(_, value)| !(value.is_empty() && recipe.empty == EmptyRule::Skip))
        .map(|(name, value)| (name, Cow::Borrowed(value)))
        .collect();
    join_sorted(recipe, pairs, key)
}

/// `name<separator>value` pairs sorted by name (byte-wise), joined, the key appended per
/// `recipe.key`.
fn join_sorted(recipe: &SigningRecipe, mut pairs: Vec<(&str, Cow<'_, str>)>, key: &str) -> Vec<u8> {
    // `str` ordering is byte-wise: `Zeta` sorts before `attach`, as the providers' rule says.
    pairs.sort_by(|a, b| a.0.cmp(b.0));
    let len: usize = pairs.iter().map(|(n, v)| n.len() + v.len()).sum();
    let separators = recipe.pairs_joiner.len() + recipe.pair_separator.len();
    let key_len = separators + key_rule_len(recipe) + key.len();
    let mut out = String::with_capacity(len + pairs.len() * separators + key_len);
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push_str(recipe.pairs_joiner);
        }
        out.push_str(name);
        out.push_str(recipe.pair_separator);
        out.push_str(value);
    }
    let mut out = out.into_bytes();
    feed_key(recipe, key, |bytes| out.extend_from_slice(bytes));
    out
}

/// The bytes hashed for raw coverage (`RawObject`, `RawBody`): the raw bytes, then the key per
/// `recipe.key` (nothing for HMAC).
pub fn raw_to_sign(recipe: &SigningRecipe, raw: &[u8], key: &str) -> Vec<u8> {
    let mut out = raw.to_vec();
    feed_key(recipe, key, |bytes| out.extend_from_slice(bytes));
    out
}

/// Digest per `recipe.algorithm` (HMAC keyed with `key`), hex in `recipe.hex_case`. An
/// asymmetric recipe has no digest: [`Error::Descriptor`] (it signs through [`sign`]).
pub fn digest_hex(recipe: &SigningRecipe, to_sign: &[u8], key: &str) -> Result<String, Error> {
    digest_hex_with(recipe, recipe.algorithm, to_sign, key)
}

/// [`digest_hex`] with `algorithm` in place of the recipe's own: the one configuration chose
/// ([`configured_algorithm`]) or a received message named.
pub fn digest_hex_with(
    recipe: &SigningRecipe,
    algorithm: Algorithm,
    to_sign: &[u8],
    key: &str,
) -> Result<String, Error> {
    let digest = match algorithm {
        Algorithm::Asymmetric(scheme) => {
            return Err(Error::Descriptor(format!(
                "{scheme} is not a digest: its signatures are made with a private key"
            )))
        }
        Algorithm::Md5 => Md5::digest(to_sign).to_vec(),
        Algorithm::Sha256 => Sha256::digest(to_sign).to_vec(),
        Algorithm::HmacSha256 => {
            // HMAC is defined for keys of every length (long keys are hashed first); the
            // `Result` only exists because the constructor is shared with fixed-key MACs.
            let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key.as_bytes())
                .expect("HMAC accepts keys of any length");
            mac.update(to_sign);
            mac.finalize().into_bytes().to_vec()
        }
    };
    Ok(match recipe.hex_case {
        HexCase::Upper => hex::encode_upper(digest),
        HexCase::Lower => hex::encode(digest),
    })
}

/// The signature text of `to_sign` under `algorithm`: a digest's hex (keyed or suffixed with
/// `key` per the recipe), or an asymmetric signature in base64 made with the private key whose
/// text `key` is (the value of `recipe.key_config`; read once per process, see
/// [`crate::asymmetric`]). A private key that does not read, or a build without the crate
/// feature `rsa`, is [`Error::Config`]: nothing can be signed, so nothing is sent.
pub fn sign(
    recipe: &SigningRecipe,
    algorithm: Algorithm,
    to_sign: &[u8],
    key: &str,
) -> Result<String, Error> {
    match algorithm {
        Algorithm::Asymmetric(scheme) => asymmetric_sign(recipe, scheme, to_sign, key),
        _ => digest_hex_with(recipe, algorithm, to_sign, key),
    }
}

/// Whether `received` is the signature of `to_sign` under `algorithm`: a digest is computed
/// again with `key` and compared in constant time; an asymmetric signature (base64) is
/// verified with the public key in configuration `recipe.verify_key_config`. Not matching, or
/// not base64, is [`Error::SignatureMismatch`]; a public key that is not configured is
/// [`Error::MissingConfig`], one that does not read (or a build without the crate feature
/// `rsa`) [`Error::Config`]. Never `Ok` unless the signature verifies.
pub fn verify(
    recipe: &SigningRecipe,
    algorithm: Algorithm,
    to_sign: &[u8],
    received: &str,
    key: &str,
    creds: &dyn Credentials,
) -> Result<(), Error> {
    match algorithm {
        Algorithm::Asymmetric(scheme) => {
            let public = verify_key_text(recipe, creds)?;
            asymmetric_verify(recipe, scheme, to_sign, received, public)
        }
        _ => {
            let expected = digest_hex_with(recipe, algorithm, to_sign, key)?;
            if signatures_match(&expected, received) {
                Ok(())
            } else {
                Err(Error::SignatureMismatch)
            }
        }
    }
}

/// The public key's configuration text of an asymmetric recipe: [`Error::Descriptor`] when the
/// recipe names no config key for it, [`Error::MissingConfig`] when the value is absent or
/// blank.
pub fn verify_key_text<'a>(
    recipe: &SigningRecipe,
    creds: &'a dyn Credentials,
) -> Result<&'a str, Error> {
    let name = recipe.verify_key_config.ok_or_else(|| {
        Error::Descriptor(
            "an asymmetric signing recipe without `verify_key_config` cannot verify".into(),
        )
    })?;
    creds
        .value(name)
        .filter(|v| !v.trim().is_empty())
        .ok_or_else(|| Error::MissingConfig(name.to_owned()))
}

/// Reads both keys of an asymmetric recipe from `creds` (each once per process), so that a
/// key that is missing or does not read is refused before a request is sent rather than after
/// (a reply that cannot be verified leaves a payment unknown). Digests: nothing to check.
pub fn check_keys(
    recipe: &SigningRecipe,
    algorithm: Algorithm,
    key: &str,
    creds: &dyn Credentials,
) -> Result<(), Error> {
    let Algorithm::Asymmetric(scheme) = algorithm else {
        return Ok(());
    };
    keys::private(recipe, scheme, key)?;
    if recipe.replies == crate::descriptor::ReplySigning::Signed {
        keys::public(recipe, scheme, verify_key_text(recipe, creds)?)?;
    }
    Ok(())
}

fn asymmetric_sign(
    recipe: &SigningRecipe,
    scheme: AsymmetricAlgorithm,
    to_sign: &[u8],
    key: &str,
) -> Result<String, Error> {
    keys::private(recipe, scheme, key)?.sign_base64(to_sign)
}

fn asymmetric_verify(
    recipe: &SigningRecipe,
    scheme: AsymmetricAlgorithm,
    to_sign: &[u8],
    received: &str,
    public: &str,
) -> Result<(), Error> {
    // Text that is not base64 cannot be the provider's signature: it does not verify.
    keys::public(recipe, scheme, public)?
        .verify_base64(to_sign, received)
        .map_err(|_| Error::SignatureMismatch)
}

/// The recipe's keys read from their configuration text (cached), or why not.
#[cfg(feature = "rsa")]
mod keys {
    use std::sync::Arc;

    use crate::asymmetric::{self, AsymmetricAlgorithm, KeyError, SigningKey, VerifyingKey};
    use crate::descriptor::SigningRecipe;
    use crate::error::Error;

    pub(super) fn private(
        recipe: &SigningRecipe,
        scheme: AsymmetricAlgorithm,
        text: &str,
    ) -> Result<Arc<SigningKey>, Error> {
        asymmetric::cached_signing_key(scheme, text).map_err(|e| unusable(recipe.key_config, e))
    }

    pub(super) fn public(
        recipe: &SigningRecipe,
        scheme: AsymmetricAlgorithm,
        text: &str,
    ) -> Result<Arc<VerifyingKey>, Error> {
        let name = recipe.verify_key_config.unwrap_or("verify_key_config");
        asymmetric::cached_verifying_key(scheme, text).map_err(|e| unusable(name, e))
    }

    fn unusable(config: &str, error: KeyError) -> Error {
        Error::Config(format!("configuration `{config}`: {error}"))
    }
}

/// Without the crate feature `rsa` no key can be read: every use is a configuration error.
#[cfg(not(feature = "rsa"))]
mod keys {
    use crate::asymmetric::AsymmetricAlgorithm;
    use crate::descriptor::SigningRecipe;
    use crate::error::Error;

    /// What stands in for a key: nothing can be done with it.
    pub(super) enum Never {}

    impl Never {
        pub(super) fn sign_base64(&self, _: &[u8]) -> Result<String, Error> {
            match *self {}
        }

        pub(super) fn verify_base64(&self, _: &[u8], _: &str) -> Result<(), Error> {
            match *self {}
        }
    }

    pub(super) fn private(
        _: &SigningRecipe,
        scheme: AsymmetricAlgorithm,
        _: &str,
    ) -> Result<Never, Error> {
        Err(needs_feature(scheme))
    }

    pub(super) fn public(
        _: &SigningRecipe,
        scheme: AsymmetricAlgorithm,
        _: &str,
    ) -> Result<Never, Error> {
        Err(needs_feature(scheme))
    }

    fn needs_feature(scheme: AsymmetricAlgorithm) -> Error {
        Error::Config(format!(
            "signing with {scheme} needs payspec-core built with its crate feature `rsa`"
        ))
    }
}

/// The algorithm a message is signed with under `recipe`: its own, or, when configuration may
/// choose ([`crate::descriptor::AlgorithmChoice`]), the one the configuration names — the
/// default when it names none. A name the recipe does not list is an error: signing with
/// another algorithm than the merchant configured would fail at the provider, or, in a reply,
/// accept what the merchant did not ask for.
pub fn configured_algorithm(
    recipe: &SigningRecipe,
    creds: &dyn Credentials,
) -> Result<Algorithm, Error> {
    let Some(choice) = &recipe.algorithm_choice else {
        return Ok(recipe.algorithm);
    };
    match creds.value(choice.config).filter(|v| !v.is_empty()) {
        None => Ok(recipe.algorithm),
        Some(name) => recipe.algorithm_named(name).ok_or_else(|| {
            unknown_algorithm(recipe, &format!("configuration `{}`", choice.config), name)
        }),
    }
}

/// The wire name of the algorithm configuration chooses (the default's when it names none);
/// `None` without a choice.
pub fn configured_algorithm_name<'a>(
    recipe: &SigningRecipe,
    creds: &'a dyn Credentials,
) -> Result<Option<&'a str>, Error> {
    let Some(choice) = &recipe.algorithm_choice else {
        return Ok(None);
    };
    configured_algorithm(recipe, creds)?;
    Ok(creds
        .value(choice.config)
        .filter(|v| !v.is_empty())
        .or(recipe.default_algorithm_name()))
}

/// "`what` is `name`, which names none of the algorithms (`A`, `B`)".
pub(crate) fn unknown_algorithm(recipe: &SigningRecipe, what: &str, name: &str) -> Error {
    let listed: Vec<String> = recipe
        .algorithm_choice
        .iter()
        .flat_map(|c| c.values.iter().map(|(n, _)| format!("`{n}`")))
        .collect();
    Error::Encode(format!(
        "{what} is `{name}`, which names no signing algorithm (expected one of {})",
        listed.join(", ")
    ))
}

/// Constant-time comparison of hex signatures, case-insensitive for hex digits.
pub fn signatures_match(expected: &str, received: &str) -> bool {
    let expected = expected.to_ascii_lowercase();
    let received = received.to_ascii_lowercase();
    expected.as_bytes().ct_eq(received.as_bytes()).into()
}

/// The text a member contributes; `""` for absent, `null` or `""`.
pub(crate) fn member_text<'a>(member: &WireMember<'a>) -> Result<Cow<'a, str>, Error> {
    let raw = member
        .raw_json
        .trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r'));
    if raw.is_empty() || raw == "null" {
        return Ok(Cow::Borrowed(""));
    }
    if raw.starts_with('"') {
        if let Some(text) = unescaped_string(raw) {
            return Ok(Cow::Borrowed(text));
        }
        let text: String = serde_json::from_str(raw).map_err(|e| {
            Error::Malformed(format!(
                "member `{}` is not a valid JSON string: {e}",
                member.name
            ))
        })?;
        return Ok(Cow::Owned(text));
    }
    Ok(Cow::Borrowed(raw))
}

/// The contents of a JSON string literal that has nothing to unescape (no `\`), which read as
/// themselves; `None` for anything else, which is then parsed in full.
fn unescaped_string(raw: &str) -> Option<&str> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    // A `"` inside would end the literal early and a control character is invalid: both are
    // left to the parser, which reports them.
    inner
        .bytes()
        .all(|b| b != b'"' && b != b'\\' && b >= 0x20)
        .then_some(inner)
}

/// The length of what [`append_key`] adds before the key itself.
fn key_rule_len(recipe: &SigningRecipe) -> usize {
    match recipe.key {
        KeyRule::AppendPair(name) => {
            recipe.pairs_joiner.len() + name.len() + recipe.pair_separator.len()
        }
        KeyRule::Suffix | KeyRule::HmacKey | KeyRule::PrivateKey => 0,
    }
}

/// What the key adds to the signed text, by the recipe's rule (`&key=K`, `K`, or nothing when
/// the key keys an HMAC), fed to `feed` piece by piece: the one statement of the rule, shared by
/// the buffered signing here, the generated encoders' streaming signer and the one-pass reader.
#[inline]
pub(crate) fn feed_key(recipe: &SigningRecipe, key: &str, mut feed: impl FnMut(&[u8])) {
    match recipe.key {
        KeyRule::AppendPair(name) => {
            feed(recipe.pairs_joiner.as_bytes());
            feed(name.as_bytes());
            feed(recipe.pair_separator.as_bytes());
            feed(key.as_bytes());
        }
        KeyRule::Suffix => feed(key.as_bytes()),
        KeyRule::HmacKey | KeyRule::PrivateKey => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_without_escapes_reads_as_the_parser_reads_it() {
        for raw in [
            "\"\"",
            "\"abc\"",
            "\"门店 1.00\"",
            "\"a\u{7f}b\"",
            "\"0.01\"",
        ] {
            let parsed: String = serde_json::from_str(raw).expect("valid literal");
            assert_eq!(unescaped_string(raw), Some(parsed.as_str()), "{raw}");
        }
        // Escapes, a quote inside, control characters and broken literals go to the parser.
        for raw in [
            r#""a\"b""#,
            r#""a\\b""#,
            r#""\u00e9""#,
            "\"a\tb\"",
            "\"a\"b\"",
            "\"",
            "\"a",
        ] {
            assert_eq!(unescaped_string(raw), None, "{raw}");
        }
    }
}
