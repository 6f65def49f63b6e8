//! Where encoding looks up configuration values (merchant id, app id, keys) by spec key, and
//! where values a provider hands out or rotates at run time are kept.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{PoisonError, RwLock};

use crate::redact::Redacted;
use crate::BoxFuture;

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

/// Configuration values that an operation's reply sets or rotates (a device key from an
/// activation call, a key checked in daily, a platform certificate's serial): kept where every
/// instance of the merchant's backend finds them, and laid over the static configuration for
/// each call ([`overlay`]), so the next call signs with the new value.
///
/// Object safe: a gateway holds `Arc<dyn CredentialStore>`. [`MemoryCredentialStore`] keeps
/// values for one process; the journal's stores keep them durably beside the payments.
pub trait CredentialStore: Send + Sync {
    /// The current value of `key` for `provider`, if one was stored.
    fn current<'a>(
        &'a self,
        provider: &'a str,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<Redacted<String>>, CredentialError>>;

    /// Makes `value` the current value of `key` for `provider`, replacing any earlier one.
    fn update<'a>(
        &'a self,
        provider: &'a str,
        key: &'a str,
        value: Redacted<String>,
    ) -> BoxFuture<'a, Result<(), CredentialError>>;
}

/// A credential store could not be read or written. Nothing was sent: a call that needs a
/// rotated value and cannot read it is not made (`Error::MissingConfig` follows if it is absent).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("credential store: {0}")]
pub struct CredentialError(pub String);

/// A [`CredentialStore`] in this process's memory: for tests, and for a single instance whose
/// rotated values may be fetched again after a restart.
#[derive(Default)]
pub struct MemoryCredentialStore {
    values: RwLock<BTreeMap<(String, String), Redacted<String>>>,
}

impl MemoryCredentialStore {
    pub fn new() -> MemoryCredentialStore {
        MemoryCredentialStore::default()
    }
}

/// The keys held, never their values.
impl fmt::Debug for MemoryCredentialStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let values = self.values.read().unwrap_or_else(PoisonError::into_inner);
        f.debug_struct("MemoryCredentialStore")
            .field("keys", &values.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl CredentialStore for MemoryCredentialStore {
    fn current<'a>(
        &'a self,
        provider: &'a str,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<Redacted<String>>, CredentialError>> {
        // A poisoned lock still holds whole values: each write replaces one entry.
        let values = self.values.read().unwrap_or_else(PoisonError::into_inner);
        let found = values.get(&(provider.to_owned(), key.to_owned())).cloned();
        Box::pin(std::future::ready(Ok(found)))
    }

    fn update<'a>(
        &'a self,
        provider: &'a str,
        key: &'a str,
        value: Redacted<String>,
    ) -> BoxFuture<'a, Result<(), CredentialError>> {
        let mut values = self.values.write().unwrap_or_else(PoisonError::into_inner);
        values.insert((provider.to_owned(), key.to_owned()), value);
        Box::pin(std::future::ready(Ok(())))
    }
}

/// The static configuration with a store's current values laid over it, for one call: a key
/// the store holds a value for reads that value; every other key reads the configuration's.
pub struct Overlay<'a> {
    base: &'a (dyn Credentials + Sync),
    current: BTreeMap<String, Redacted<String>>,
}

/// The keys overlaid, never a value.
impl fmt::Debug for Overlay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Overlay")
            .field("overlaid", &self.current.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

impl<'a> Overlay<'a> {
    /// `base` with nothing laid over it: for a caller without a store, or a provider whose
    /// configuration never rotates.
    pub fn plain(base: &'a (dyn Credentials + Sync)) -> Overlay<'a> {
        Overlay {
            base,
            current: BTreeMap::new(),
        }
    }
}

impl Credentials for Overlay<'_> {
    fn value(&self, key: &str) -> Option<&str> {
        match self.current.get(key) {
            Some(value) => Some(value.expose().as_str()),
            None => self.base.value(key),
        }
    }
}

/// Reads the current values of `keys` (the spec's rotating keys) for `provider` from `store`
/// and lays them over `base`. A store that cannot be read is an error: signing with a value the
/// provider has already replaced would be refused at best.
pub async fn overlay<'a>(
    store: &dyn CredentialStore,
    provider: &str,
    keys: &[&str],
    base: &'a (dyn Credentials + Sync),
) -> Result<Overlay<'a>, CredentialError> {
    let mut current = BTreeMap::new();
    for &key in keys {
        if let Some(value) = store.current(provider, key).await? {
            current.insert(key.to_owned(), value);
        }
    }
    Ok(Overlay { base, current })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        // The memory store's futures are ready at once.
        let waker = std::task::Waker::noop();
        let mut cx = std::task::Context::from_waker(waker);
        let mut future = std::pin::pin!(future);
        match future.as_mut().poll(&mut cx) {
            std::task::Poll::Ready(out) => out,
            std::task::Poll::Pending => panic!("the memory store never waits"),
        }
    }

    #[test]
    fn a_rotated_value_is_read_over_the_configuration_and_others_are_not() {
        let store = MemoryCredentialStore::new();
        let base: BTreeMap<String, String> = [("device_key", "old"), ("merchant_id", "M1")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let before = block_on(overlay(&store, "acme", &["device_key"], &base)).unwrap();
        assert_eq!(before.value("device_key"), Some("old"));

        block_on(store.update("acme", "device_key", Redacted::new("new".into()))).unwrap();
        block_on(store.update("other", "device_key", Redacted::new("theirs".into()))).unwrap();
        let after = block_on(overlay(&store, "acme", &["device_key"], &base)).unwrap();
        assert_eq!(after.value("device_key"), Some("new"));
        assert_eq!(after.value("merchant_id"), Some("M1"));
        assert_eq!(after.value("absent"), None);

        // Only the keys asked for are overlaid.
        let narrow = block_on(overlay(&store, "acme", &[], &base)).unwrap();
        assert_eq!(narrow.value("device_key"), Some("old"));
    }

    #[test]
    fn debug_shows_keys_never_values() {
        let store = MemoryCredentialStore::new();
        block_on(store.update("acme", "device_key", Redacted::new("s3cret".into()))).unwrap();
        let base = BTreeMap::new();
        let view = block_on(overlay(&store, "acme", &["device_key"], &base)).unwrap();
        for text in [format!("{store:?}"), format!("{view:?}")] {
            assert!(text.contains("device_key"), "{text}");
            assert!(!text.contains("s3cret"), "{text}");
        }
    }
}
