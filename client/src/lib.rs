//! payspec-client: the payment flow of any provider described by `payspec-core`'s descriptors.
//!
//! [`transport`] moves signed messages over HTTP (one object-safe seam, [`Transport`]);
//! [`exchange`] is the one way a call is made (encode and sign, send, verify and decode);
//! [`gateway`] drives pay, query and reverse of any provider from its
//! [`ProviderModule`](payspec_core::descriptor::ProviderModule); [`saga`] runs
//! pay → query → reverse until the trade is final; [`config`] reads settings from a file and the
//! environment.

pub mod config;
pub mod exchange;
pub mod gateway;
pub mod saga;
#[cfg(feature = "test-support")]
pub mod testing;
pub mod transport;

pub use config::{load_credentials, ConfigError, ProviderSettings};
pub use gateway::{Gateway, PayIntent, SpecGateway, TradeView};
pub use saga::{pay_and_wait, FinalOutcome, Progress};
pub use transport::{
    BoxFuture, ClientIdentity, HttpCall, HttpTransport, RootCertificate, TlsConfig, TlsConfigError,
    Transport, TransportConfig, TransportError,
};
