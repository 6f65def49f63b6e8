//! Where encoding looks up configuration values (merchant id, app id, keys) by spec key.

use std::collections::BTreeMap;

/// A source of configuration values named by the spec's `config` keys. Generated `Config`
/// structs implement it; tests can use a `BTreeMap`.
pub trait Credentials {
    fn value(&self, key: &str) -> Option<&str>;
}

impl Credentials for BTreeMap<String, String> {
    fn value(&self, key: &str) -> Option<&str> {
        self.get(key).map(String::as_str)
    }
}
