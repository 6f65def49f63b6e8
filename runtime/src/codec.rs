//! Envelopes: content ↔ signed wire bytes, in both directions, driven by descriptors.
//! CONTRACT — to implement (see docs/design.md).

use std::collections::BTreeMap;

use serde::{de::DeserializeOwned, Serialize};

use crate::credentials::Credentials;
use crate::descriptor::{OperationDescriptor, ProviderDescriptor};
use crate::error::Error;
use crate::status::Classification;

/// A message on the wire: body bytes and the headers that matter (signature placement).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message {
    pub body: Vec<u8>,
    pub headers: Vec<(String, String)>,
}

/// Per-call generated values: time, nonce, message id. `fresh()` in production; fixed in tests so
/// output is reproducible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeContext {
    pub unix_time: i64,
    /// At least 32 alphanumeric characters; `Fill::Nonce(n)` takes the first `n`.
    pub nonce: String,
    pub message_id: String,
}

impl EncodeContext {
    /// Now, a random nonce and a random UUID v4 message id.
    pub fn fresh() -> EncodeContext {
        unimplemented!()
    }
}

/// The envelope's status members (`code`, `msg`, `sub_code`) as text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EnvelopeStatus {
    pub code: Option<String>,
    pub message: Option<String>,
    pub sub_code: Option<String>,
}

/// A verified, decoded response.
#[derive(Debug, Clone)]
pub struct Reply<T> {
    /// What the answer means, by the operation's rules.
    pub classification: Classification,
    pub status: EnvelopeStatus,
    /// The raw trade-state text, when the rules' `trade_state` signal is present.
    pub trade_state: Option<String>,
    /// The typed content. `None` only when the classification is `Failed` or `Unknown` and the
    /// content is absent or does not parse (a failure reply often carries no data).
    pub body: Option<T>,
    /// Why `body` is `None` (parse error text), if it is.
    pub body_error: Option<String>,
    /// Content members the spec does not list, kept as received.
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A verified, decoded inbound request (server direction, or a notification).
#[derive(Debug, Clone)]
pub struct Inbound<T> {
    pub content: T,
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Client: validate-free encoding of `content` into the signed request message.
pub fn encode_request<T: Serialize>(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    content: &T,
    creds: &dyn Credentials,
    ctx: &EncodeContext,
) -> Result<Message, Error> {
    let _ = (provider, op, content, creds, ctx);
    unimplemented!()
}

/// Client: verify the signature over the bytes as received, then parse and classify.
pub fn decode_response<T: DeserializeOwned>(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    message: &Message,
    creds: &dyn Credentials,
) -> Result<Reply<T>, Error> {
    let _ = (provider, op, message, creds);
    unimplemented!()
}

/// Server: verify and parse a request (or a provider's notification).
pub fn decode_request<T: DeserializeOwned>(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    message: &Message,
    creds: &dyn Credentials,
) -> Result<Inbound<T>, Error> {
    let _ = (provider, op, message, creds);
    unimplemented!()
}

/// Server: encode a signed response with the given envelope status; `content` may be absent
/// (a failure reply).
pub fn encode_response<T: Serialize>(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    status: &EnvelopeStatus,
    content: Option<&T>,
    creds: &dyn Credentials,
    ctx: &EncodeContext,
) -> Result<Message, Error> {
    let _ = (provider, op, status, content, creds, ctx);
    unimplemented!()
}
