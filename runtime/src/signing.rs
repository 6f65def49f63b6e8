//! Canonicalisation and signing primitives, driven by a [`SigningRecipe`].
//! CONTRACT — to implement (see docs/design.md).

use crate::descriptor::SigningRecipe;
use crate::error::Error;

/// One top-level member as it is (or will be) on the wire, for pair-based coverage:
/// a JSON string contributes its unescaped text, a number its literal text, `true`/`false`,
/// an object or array its raw JSON text as sent/received; `null` counts as empty.
pub struct WireMember<'a> {
    pub name: &'a str,
    pub raw_json: &'a str,
}

/// The exact string (bytes) that is hashed, for pair-based coverage (`TopLevelExcept`, `Fields`):
/// sorted by name (byte-wise), empty values per `recipe.empty`, joined, key appended per `recipe.key`.
/// For HMAC the key is not appended. Exposed so tests can show what was hashed.
pub fn string_to_sign(
    recipe: &SigningRecipe,
    members: &[WireMember<'_>],
    key: &str,
) -> Result<Vec<u8>, Error> {
    let _ = (recipe, members, key);
    unimplemented!()
}

/// The bytes hashed for raw coverage (`RawObject`, `RawBody`): the raw bytes, then the key per
/// `recipe.key` (nothing for HMAC).
pub fn raw_to_sign(recipe: &SigningRecipe, raw: &[u8], key: &str) -> Vec<u8> {
    let _ = (recipe, raw, key);
    unimplemented!()
}

/// Digest per `recipe.algorithm` (HMAC keyed with `key`), hex in `recipe.hex_case`.
pub fn digest_hex(recipe: &SigningRecipe, to_sign: &[u8], key: &str) -> String {
    let _ = (recipe, to_sign, key);
    unimplemented!()
}

/// Constant-time comparison of hex signatures, case-insensitive for hex digits.
pub fn signatures_match(expected: &str, received: &str) -> bool {
    let _ = (expected, received);
    unimplemented!()
}
