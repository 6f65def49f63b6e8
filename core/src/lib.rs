//! payspec-core: what payspec's generated provider code stands on, with no I/O.
//!
//! Generated code is thin: structs, open enums and `&'static` descriptor tables
//! ([`descriptor`]). Everything that *does* something to a message — money, canonicalisation and
//! signing, envelopes, verification, classification, validation — is written once, here, and
//! names no provider. Nothing here opens a socket, a file or a database, or needs an async
//! runtime: a merchant who only wants the typed requests and replies compiles this crate alone.
//!
//! The payment flow built on it lives in `payspec-client` (transport, gateway, saga,
//! configuration), the durable journal in `payspec-journal`, the notification handler in
//! `payspec-notify`.

use core::future::Future;
use core::pin::Pin;

pub mod asymmetric;
pub mod binding;
pub mod classify;
pub mod codec;
pub mod credentials;
pub mod descriptor;
pub mod error;
pub mod format;
pub mod json;
pub mod money;
pub mod redact;
pub mod signing;
pub mod status;
#[cfg(feature = "test-support")]
pub mod testing;
pub mod text;
pub mod timestamp;
pub mod unified;
pub mod validate;
pub mod wire;
pub mod write;

pub use codec::{EncodeContext, EnvelopeStatus, Inbound, Message, Reply, StatusLevel};
pub use credentials::{CredentialError, CredentialStore, Credentials, MemoryCredentialStore};
pub use error::{Error, ErrorKind, TransportError};
pub use json::Json;
pub use money::{Currency, MinorAmount, Money, MoneyError};
pub use redact::Redacted;
pub use status::{Classification, TradeStatus};
pub use text::Text;
pub use timestamp::{LocalTimestamp, Timestamp, TimestampError};
pub use validate::{Validate, Violation, Violations};
pub use wire::{Flag, WireEnum};

/// A boxed, `Send` future: what the object-safe async traits built on this crate (a transport, a
/// journal) return.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
