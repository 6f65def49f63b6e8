//! The simulator's RSA test keys (`src/sandbox/test_keys/`, see its README): two key pairs,
//! the merchant's and the provider's, for providers whose spec signs with a public-key
//! algorithm (`signing.algorithm: rsa-sha256`). They are public, so they protect nothing; they
//! exist so that the simulator, the demo and the tests sign and verify as with real keys.
//!
//! Each side signs with its own private key (the recipe's `key_config`) and verifies with the
//! other side's public key (`verify_key_config`): [`client_keys`] are the merchant's view (its
//! private key, the provider's public key), [`server_keys`] the simulator's (the provider's
//! private key, the merchant's public key). A digest recipe has neither: its one shared key is
//! the same on both sides.

use std::collections::BTreeMap;

use payspec_core::descriptor::SigningRecipe;

/// The merchant's private key (PKCS#8 PEM): signs requests.
pub const MERCHANT_PRIVATE_PEM: &str = include_str!("test_keys/merchant_private.pem");
/// The merchant's public key (SubjectPublicKeyInfo PEM): the simulator verifies requests.
pub const MERCHANT_PUBLIC_PEM: &str = include_str!("test_keys/merchant_public.pem");
/// The provider's private key (PKCS#8 PEM): the simulator signs replies and notifications.
pub const PROVIDER_PRIVATE_PEM: &str = include_str!("test_keys/provider_private.pem");
/// The provider's public key (SubjectPublicKeyInfo PEM): the merchant verifies replies.
pub const PROVIDER_PUBLIC_PEM: &str = include_str!("test_keys/provider_public.pem");

/// The merchant's keys under `recipe`'s config keys: `key_config` → [`MERCHANT_PRIVATE_PEM`],
/// `verify_key_config` → [`PROVIDER_PUBLIC_PEM`]. Empty for a digest recipe.
pub fn client_keys(recipe: &SigningRecipe) -> Vec<(&'static str, &'static str)> {
    keys(recipe, MERCHANT_PRIVATE_PEM, PROVIDER_PUBLIC_PEM)
}

/// The simulator's keys under `recipe`'s config keys: `key_config` →
/// [`PROVIDER_PRIVATE_PEM`], `verify_key_config` → [`MERCHANT_PUBLIC_PEM`]. Empty for a digest
/// recipe.
pub fn server_keys(recipe: &SigningRecipe) -> Vec<(&'static str, &'static str)> {
    keys(recipe, PROVIDER_PRIVATE_PEM, MERCHANT_PUBLIC_PEM)
}

/// One view that both signs and verifies, for a test that encodes and decodes with the same
/// credentials (a reply it builds itself and reads back): `key_config` →
/// [`MERCHANT_PRIVATE_PEM`], `verify_key_config` → [`MERCHANT_PUBLIC_PEM`], its own public
/// half. Empty for a digest recipe.
pub fn loopback_keys(recipe: &SigningRecipe) -> Vec<(&'static str, &'static str)> {
    keys(recipe, MERCHANT_PRIVATE_PEM, MERCHANT_PUBLIC_PEM)
}

/// Lays `keys` (from [`client_keys`] or [`server_keys`]) over `creds`.
pub fn insert(creds: &mut BTreeMap<String, String>, keys: &[(&str, &str)]) {
    for (key, pem) in keys {
        creds.insert((*key).to_owned(), (*pem).to_owned());
    }
}

fn keys(
    recipe: &SigningRecipe,
    private: &'static str,
    public: &'static str,
) -> Vec<(&'static str, &'static str)> {
    if !recipe.algorithm.is_asymmetric() {
        return Vec::new();
    }
    let mut keys = vec![(recipe.key_config, private)];
    keys.extend(recipe.verify_key_config.map(|k| (k, public)));
    keys
}
