//! The one error type of the runtime.
//!
//! Every failure says what it means for money ([`ErrorKind`]): the payment flow decides between
//! "report failure", "retry" and "query, then reverse" from that alone.

use crate::money::MoneyError;
use crate::validate::Violations;

/// How the payment flow must treat an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Nothing was sent, or the provider definitely did not act: safe to report as not done.
    Definite,
    /// Transient; the same idempotent call (query, reverse) may be retried.
    Retryable,
    /// The provider may have acted (a reply that was lost, malformed or badly signed): query.
    Unknown,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The request breaks the spec's rules; it was not sent.
    #[error("invalid request: {0}")]
    Invalid(Violations),
    /// A configuration value the spec needs is missing.
    #[error("missing configuration value `{0}`")]
    MissingConfig(String),
    /// A configuration value is there but unusable (a key that does not read), or this build
    /// cannot use it (an RSA recipe without payspec-core's crate feature `rsa`). Never shows
    /// the value.
    #[error("configuration: {0}")]
    Config(String),
    /// The request could not be encoded (a value that cannot be put on the wire).
    #[error("cannot encode: {0}")]
    Encode(String),
    /// The reply (or inbound request) is not what the spec describes.
    #[error("malformed message: {0}")]
    Malformed(String),
    /// The message carries no signature although the provider signs.
    #[error("signature missing")]
    SignatureMissing,
    /// The signature does not verify.
    #[error("signature does not verify")]
    SignatureMismatch,
    #[error(transparent)]
    Money(#[from] MoneyError),
    /// The generated tables contradict themselves (a generator bug, not the provider's fault).
    #[error("inconsistent descriptor: {0}")]
    Descriptor(String),
    /// The exchange with the provider failed; only a failed connection proves nothing was sent.
    #[error("transport: {0}")]
    Transport(#[from] TransportError),
    /// The provider has no operation for this step (its spec lists none); nothing was sent.
    #[error("provider `{provider}` has no {step} operation")]
    Unsupported {
        provider: &'static str,
        step: &'static str,
    },
}

impl Error {
    /// What the failure means for money: see [`ErrorKind`].
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Invalid(_)
            | Error::MissingConfig(_)
            | Error::Config(_)
            | Error::Encode(_)
            | Error::Money(_)
            | Error::Unsupported { .. }
            | Error::Transport(TransportError::Connect(_)) => ErrorKind::Definite,
            // Timed out, a 5xx, a cut connection: the request may have arrived and been acted on.
            Error::Transport(_) => ErrorKind::Unknown,
            // A descriptor problem can surface while reading a reply to a pay call: the provider
            // may have acted, so it is never reported as a definite failure.
            Error::Malformed(_)
            | Error::SignatureMissing
            | Error::SignatureMismatch
            | Error::Descriptor(_) => ErrorKind::Unknown,
        }
    }
}

/// Why an exchange produced no usable reply. Only [`TransportError::Connect`] proves that the
/// provider never saw the request; every other failure may follow a request the provider acted on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    /// No connection could be made (DNS, refused, TLS handshake): nothing was sent.
    #[error("cannot connect: {0}")]
    Connect(String),
    /// No complete answer within the time allowed; the request may have arrived.
    #[error("no answer in time")]
    Timeout,
    /// The provider answered with a non-2xx HTTP status.
    #[error("HTTP status {code} ({} body bytes)", body.len())]
    Status { code: u16, body: Vec<u8> },
    /// The reply body is larger than the configured limit; reading stopped there.
    #[error("reply body larger than {limit} bytes")]
    TooLarge { limit: usize },
    /// The connection failed after the request may have been sent.
    #[error("I/O error: {0}")]
    Io(String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;
    use crate::validate::Violation;

    #[test]
    fn display_texts() {
        let invalid = Error::Invalid(Violations(vec![Violation {
            field: "total_fee".into(),
            message: "must be positive, is 0.00".into(),
        }]));
        assert_eq!(
            invalid.to_string(),
            "invalid request: total_fee: must be positive, is 0.00"
        );
        assert_eq!(
            Error::MissingConfig("key".into()).to_string(),
            "missing configuration value `key`"
        );
        assert_eq!(Error::SignatureMissing.to_string(), "signature missing");
        assert_eq!(
            Error::SignatureMismatch.to_string(),
            "signature does not verify"
        );
        let money = Error::from(MoneyError::CurrencyMismatch {
            expected: Currency::CNY,
            got: Currency::JPY,
        });
        assert_eq!(money.to_string(), "expected CNY, got JPY");
        assert_eq!(
            Error::Descriptor("x".into()).to_string(),
            "inconsistent descriptor: x"
        );
    }

    #[test]
    fn kinds() {
        assert_eq!(
            Error::MissingConfig("key".into()).kind(),
            ErrorKind::Definite
        );
        assert_eq!(Error::Encode("x".into()).kind(), ErrorKind::Definite);
        assert_eq!(Error::Malformed("x".into()).kind(), ErrorKind::Unknown);
        assert_eq!(Error::SignatureMismatch.kind(), ErrorKind::Unknown);
        assert_eq!(Error::SignatureMissing.kind(), ErrorKind::Unknown);
        assert_eq!(Error::Descriptor("x".into()).kind(), ErrorKind::Unknown);
        let unsupported = Error::Unsupported {
            provider: "p",
            step: "reverse",
        };
        assert_eq!(unsupported.kind(), ErrorKind::Definite);
        assert_eq!(
            unsupported.to_string(),
            "provider `p` has no reverse operation"
        );
    }

    #[test]
    fn transport_kinds_only_a_failed_connection_is_definite() {
        let connect = Error::from(TransportError::Connect("refused".into()));
        assert_eq!(connect.kind(), ErrorKind::Definite);
        assert_eq!(connect.to_string(), "transport: cannot connect: refused");
        for unknown in [
            TransportError::Timeout,
            TransportError::Status {
                code: 502,
                body: b"bad gateway".to_vec(),
            },
            TransportError::TooLarge { limit: 10 },
            TransportError::Io("reset".into()),
        ] {
            assert_eq!(Error::from(unknown).kind(), ErrorKind::Unknown);
        }
        let status = Error::from(TransportError::Status {
            code: 502,
            body: b"secret".to_vec(),
        });
        assert_eq!(
            status.to_string(),
            "transport: HTTP status 502 (6 body bytes)"
        );
    }
}
