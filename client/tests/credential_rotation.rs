//! Issue 11: a configuration value an operation's reply hands out (a device key from an
//! activation, a key checked in daily) is kept in the caller's credential store, and the next
//! call signs — and verifies — with it. Played against a scripted provider that rotates its key
//! after the activation and refuses anything signed with the old one, through the one
//! `exchange` every typed client uses.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use payspec_client::exchange::exchange;
use payspec_client::transport::{BoxFuture, HttpCall, Transport, TransportError};
use payspec_core::codec::{decode_request, encode_response};
use payspec_core::credentials::{CredentialError, CredentialStore};
use payspec_core::descriptor::*;
use payspec_core::testing::micro;
use payspec_core::{
    Classification, EncodeContext, EnvelopeStatus, Error, MemoryCredentialStore, Message, Redacted,
    Reply,
};
use serde_json::{json, Value};

/// The micro test provider, whose signing key (`key`) its activation rotates.
static PROVIDER: ProviderDescriptor = ProviderDescriptor {
    name: "micro",
    // micro's own recipe: sorted pairs, `&key=KEY`, MD5.
    signing: payspec_core::testing::MD5_SORTED_PAIRS,
    states: micro::PROVIDER.states,
    poll: micro::PROVIDER.poll,
    utc_offset_minutes: 480,
    rotating_config: &["key"],
};

/// `activate`: code 0 hands out `device_key`, the key every later call signs with.
static ACTIVATE: OperationDescriptor = OperationDescriptor {
    name: "activate",
    role: OperationRole::Other,
    path: "/device/activate",
    request_fields: &["device_id"],
    response_fields: &["device_key"],
    request_required: &[],
    response_required: &[],
    outcome: OutcomeRules {
        signals: &[Signal {
            name: "code",
            path: &["code"],
        }],
        rules: &[Rule {
            when: &[Condition {
                signal: "code",
                test: Test::OneOf(&["0"]),
            }],
            then: RuleResult::Is(Classification::Success),
        }],
        otherwise: Classification::Unknown,
    },
    request_unified: &[],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[ConfigUpdate {
        field: "device_key",
        config: "key",
    }],
    ..micro::QUERY
};

/// A provider that signs with, and accepts only, its current key; an activation answered with
/// code 0 switches it to `next`.
struct RotatingProvider {
    key: Mutex<String>,
    next: String,
    /// Whether the activation succeeds (code 0) or is refused (code 1).
    activates: bool,
    sent: AtomicUsize,
}

impl RotatingProvider {
    fn new(activates: bool) -> RotatingProvider {
        RotatingProvider {
            key: Mutex::new("K".into()),
            next: "K2-device".into(),
            activates,
            sent: AtomicUsize::new(0),
        }
    }

    fn creds(key: &str) -> std::collections::BTreeMap<String, String> {
        payspec_core::testing::creds(&[("merchant_id", "M100"), ("key", key)])
    }

    fn answer(&self, call: &HttpCall) -> Message {
        let key = self.key.lock().unwrap().clone();
        let creds = Self::creds(&key);
        let op = if call.operation == "activate" {
            &ACTIVATE
        } else {
            &micro::QUERY
        };
        let status = |code: &str, message: &str| EnvelopeStatus {
            code: Some(code.into()),
            message: Some(message.into()),
            sub_code: None,
            business: None,
        };
        let ctx = EncodeContext::fresh();
        let request = decode_request::<Value>(&PROVIDER, op, &call.message, &creds);
        let (status, content) = match (&request, op.name) {
            (Err(_), _) => (status("1", "bad signature"), None),
            (Ok(_), "activate") if self.activates => {
                (status("0", "ok"), Some(json!({"device_key": self.next})))
            }
            (Ok(_), "activate") => (status("1", "device unknown"), None),
            (Ok(_), _) => (
                status("0", "ok"),
                Some(json!({
                    "out_trade_no": "o1",
                    "transaction_id": "4200",
                    "total_fee": 1,
                    "trade_state": "SUCCESS",
                })),
            ),
        };
        let reply = encode_response(&PROVIDER, op, &status, content.as_ref(), &creds, &ctx)
            .expect("the provider encodes");
        // The activation's reply is signed with the key it was called with; the new one holds
        // from the next call on.
        if op.name == "activate" && request.is_ok() && self.activates {
            *self.key.lock().unwrap() = self.next.clone();
        }
        reply
    }
}

impl Transport for RotatingProvider {
    fn send<'a>(&'a self, call: HttpCall) -> BoxFuture<'a, Result<Message, TransportError>> {
        self.sent.fetch_add(1, Ordering::SeqCst);
        let reply = self.answer(&call);
        Box::pin(async move { Ok(reply) })
    }
}

/// One call of `op` with the static configuration (key "K") and `store`, if any.
async fn call(
    provider: &RotatingProvider,
    op: &'static OperationDescriptor,
    content: Value,
    store: Option<&dyn CredentialStore>,
) -> Result<Reply<Value>, Error> {
    let creds = RotatingProvider::creds("K");
    let base_url = "http://provider.test";
    exchange(&PROVIDER, op, base_url, &content, &creds, store, provider).await
}

async fn activate(
    provider: &RotatingProvider,
    store: Option<&dyn CredentialStore>,
) -> Result<Reply<Value>, Error> {
    call(provider, &ACTIVATE, json!({"device_id": "POS-1"}), store).await
}

async fn query(
    provider: &RotatingProvider,
    store: Option<&dyn CredentialStore>,
) -> Result<Reply<Value>, Error> {
    call(
        provider,
        &micro::QUERY,
        json!({"out_trade_no": "o1"}),
        store,
    )
    .await
}

#[tokio::test]
async fn the_key_an_activation_hands_out_signs_and_verifies_the_next_call() {
    let provider = RotatingProvider::new(true);
    let store = MemoryCredentialStore::new();
    let activated = activate(&provider, Some(&store)).await.expect("activates");
    assert_eq!(activated.classification, Classification::Success);
    let kept = store
        .current("micro", "key")
        .await
        .unwrap()
        .expect("stored");
    assert_eq!(kept.expose(), "K2-device");

    // The configuration still says "K"; the provider now accepts only the new key, and signs
    // its reply with it.
    let paid = query(&provider, Some(&store)).await.expect("verifies");
    assert_eq!(paid.classification, Classification::Success);
    assert_eq!(provider.sent.load(Ordering::SeqCst), 2);

    // Without the store, the static key is used: the provider refuses it, and its reply
    // (signed with the new key) does not verify either — never a success.
    let stale = query(&provider, None).await;
    assert!(matches!(stale, Err(Error::SignatureMismatch)), "{stale:?}");
}

#[tokio::test]
async fn a_refused_activation_changes_nothing() {
    let provider = RotatingProvider::new(false);
    let store = MemoryCredentialStore::new();
    let refused = activate(&provider, Some(&store)).await.expect("a reply");
    assert_eq!(refused.classification, Classification::Unknown);
    assert!(store.current("micro", "key").await.unwrap().is_none());
    let paid = query(&provider, Some(&store))
        .await
        .expect("still the old key");
    assert_eq!(paid.classification, Classification::Success);
}

/// A store that can neither be read nor written.
#[derive(Debug)]
struct Broken {
    reads: bool,
}

impl CredentialStore for Broken {
    fn current<'a>(
        &'a self,
        _: &'a str,
        _: &'a str,
    ) -> BoxFuture<'a, Result<Option<Redacted<String>>, CredentialError>> {
        let reads = self.reads;
        Box::pin(async move {
            if reads {
                Ok(None)
            } else {
                Err(CredentialError("database unavailable".into()))
            }
        })
    }

    fn update<'a>(
        &'a self,
        _: &'a str,
        _: &'a str,
        _: Redacted<String>,
    ) -> BoxFuture<'a, Result<(), CredentialError>> {
        Box::pin(async { Err(CredentialError("disk full".into())) })
    }
}

#[tokio::test]
async fn a_store_that_cannot_be_read_sends_nothing() {
    let provider = RotatingProvider::new(true);
    let result = query(&provider, Some(&Broken { reads: false })).await;
    match result {
        Err(Error::Config(text)) => {
            assert!(text.contains("database unavailable"), "{text}");
            assert!(text.contains("nothing was sent"), "{text}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(provider.sent.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn a_new_key_that_cannot_be_stored_is_an_error_naming_the_key_not_its_value() {
    let provider = RotatingProvider::new(true);
    let result = activate(&provider, Some(&Broken { reads: true })).await;
    match result {
        Err(Error::Config(text)) => {
            assert!(
                text.contains("`key`") && text.contains("disk full"),
                "{text}"
            );
            assert!(text.contains("call `activate` again"), "{text}");
            assert!(!text.contains("K2-device"), "{text}");
        }
        other => panic!("{other:?}"),
    }
}

// The store is shared: a gateway made from another handle sees the rotated value too.
#[tokio::test]
async fn a_shared_store_carries_the_key_to_another_caller() {
    let provider = RotatingProvider::new(true);
    let store: Arc<dyn CredentialStore> = Arc::new(MemoryCredentialStore::new());
    activate(&provider, Some(&*store)).await.expect("activates");
    let other = Arc::clone(&store);
    let paid = query(&provider, Some(&*other)).await.expect("verifies");
    assert_eq!(paid.classification, Classification::Success);
}
