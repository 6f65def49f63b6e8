//! payspec-runtime: what the generated provider code stands on.
//!
//! Generated code is thin: structs, open enums and `&'static` descriptor tables
//! ([`descriptor`]). Everything that *does* something — money, canonicalisation and signing,
//! envelopes, verification, classification, validation — is written once, here, and names no
//! provider.
//!
//! On top of the codec sit the payment flow's parts, equally generic: [`transport`] (HTTP),
//! [`gateway`] (pay/query/reverse of any provider from its [`descriptor::ProviderModule`]),
//! [`saga`] (pay → query → reverse until the trade is final) and [`config`] (settings from a
//! file and the environment).

pub mod binding;
pub mod classify;
pub mod client;
pub mod codec;
pub mod config;
pub mod credentials;
pub mod descriptor;
pub mod error;
pub mod gateway;
pub mod journal;
pub mod money;
pub mod redact;
pub mod saga;
pub mod signing;
pub mod status;
pub mod timestamp;
pub mod transport;
pub mod unified;
pub mod validate;
pub mod wire;

pub use codec::{EncodeContext, EnvelopeStatus, Inbound, Message, Reply};
pub use config::{load_credentials, ConfigError, ProviderSettings};
pub use credentials::Credentials;
pub use error::{Error, ErrorKind};
pub use gateway::{Gateway, PayIntent, SpecGateway, TradeView};
pub use money::{Currency, MinorAmount, Money, MoneyError};
pub use redact::Redacted;
pub use saga::{pay_and_wait, FinalOutcome, Progress};
pub use status::{Classification, TradeStatus};
pub use timestamp::{LocalTimestamp, Timestamp, TimestampError};
pub use transport::{
    BoxFuture, HttpCall, ReqwestTransport, Transport, TransportConfig, TransportError,
};
pub use validate::{Validate, Violation, Violations};
pub use wire::{Flag, WireEnum};
