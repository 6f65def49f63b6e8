//! Envelopes: content ↔ signed wire bytes, in both directions, driven by descriptors.
//!
//! Encoding builds the envelope a layout describes around the content, serializes each top-level
//! member once and signs exactly those bytes. Decoding verifies the signature over the bytes *as
//! received* (never over a re-serialization), then classifies the whole document by the
//! operation's rules and only then parses the typed content, so a reply that moved money is never
//! lost to a parse error.

use std::collections::BTreeMap;

use serde::{de::DeserializeOwned, Serialize};

use crate::credentials::Credentials;
use crate::descriptor::{Direction, Layout, OperationDescriptor, ProviderDescriptor, ReplySigning};
use crate::error::Error;
use crate::json::Json;
use crate::status::Classification;
use crate::text::Text;

#[cfg(feature = "fresh")]
mod context;
mod coverage;
mod decode;
mod encode;
mod members;
pub mod read;
mod scan;

/// A message on the wire: body bytes and the headers that matter (signature placement).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message {
    pub body: Vec<u8>,
    pub headers: Vec<(String, String)>,
}

impl Message {
    /// The first header named `name`, compared case-insensitively as HTTP does.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
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

/// The envelope's status members (`code`, `msg`, `sub_code`) as text ([`Text`]: a decoded
/// reply's share its body; build one with `Some("0".into())`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EnvelopeStatus {
    pub code: Option<Text>,
    pub message: Option<Text>,
    pub sub_code: Option<Text>,
    /// The second status level, for layouts that have one
    /// ([`crate::descriptor::NodeKind::BusinessStatus`]): the business result beneath a first
    /// level that only says the call was received. `None` when the layout has none, and when
    /// the reply carries none of its members.
    pub business: Option<StatusLevel>,
}

/// One status level beneath the first: its code, message and sub-code as text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StatusLevel {
    pub code: Option<Text>,
    pub message: Option<Text>,
    pub sub_code: Option<Text>,
}

/// A verified, decoded response.
#[derive(Debug, Clone)]
pub struct Reply<T> {
    /// What the answer means, by the operation's rules.
    pub classification: Classification,
    pub status: EnvelopeStatus,
    /// The raw trade-state text, when the rules' `trade_state` signal is present.
    pub trade_state: Option<Text>,
    /// The typed content. `None` only when the classification is `Failed` or `Unknown` and the
    /// content is absent or does not parse (a failure reply often carries no data).
    pub body: Option<T>,
    /// Why `body` is `None` (parse error text), if it is.
    pub body_error: Option<String>,
    /// Content members the spec does not list, kept as received (numbers as their literals).
    pub extra: BTreeMap<String, Json>,
}

/// A verified, decoded inbound request (server direction, or a notification).
#[derive(Debug, Clone)]
pub struct Inbound<T> {
    pub content: T,
    /// Content members the spec does not list, kept as received (numbers as their literals).
    pub extra: BTreeMap<String, Json>,
}

/// Client: validate-free encoding of `content` into the signed request message.
pub fn encode_request<T: Serialize>(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    content: &T,
    creds: &dyn Credentials,
    ctx: &EncodeContext,
) -> Result<Message, Error> {
    let mut content = encode::content_object(op, content)?;
    encode::merge_constants(op, &mut content)?;
    encode::encode(encode::Outgoing {
        provider,
        op,
        layout: op.request,
        content: Some(content),
        status: None,
        sign: must_sign(provider, request_signer(op)),
        creds,
        ctx,
    })
}

/// Client: verify the signature over the bytes as received, then parse and classify.
pub fn decode_response<T: DeserializeOwned>(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    message: &Message,
    creds: &dyn Credentials,
) -> Result<Reply<T>, Error> {
    let layout = response_layout(op)?;
    let incoming = decode::Incoming {
        provider,
        layout,
        message,
        creds,
        verify: must_sign(provider, Signer::Provider),
        provider_signed: true,
        fields: op.response_fields,
        required: op.response_required,
    };
    decode::reply(op, &incoming)
}

/// Server: verify and parse a request (or a provider's notification).
pub fn decode_request<T: DeserializeOwned>(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    message: &Message,
    creds: &dyn Credentials,
) -> Result<Inbound<T>, Error> {
    let incoming = decode::Incoming {
        provider,
        layout: op.request,
        message,
        creds,
        verify: must_sign(provider, request_signer(op)),
        provider_signed: request_signer(op) == Signer::Provider,
        fields: op.request_fields,
        required: op.request_required,
    };
    decode::inbound(op, &incoming)
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
    let layout = response_layout(op)?;
    let content = content.map(|c| encode::content_object(op, c)).transpose()?;
    encode::encode(encode::Outgoing {
        provider,
        op,
        layout,
        content,
        status: Some(status),
        // A provider that signs only some replies (by their status code) leaves the others
        // unsigned, as its replies arrive.
        sign: must_sign(provider, Signer::Provider)
            && provider.signing.reply_signed(status.code.as_deref()),
        creds,
        ctx,
    })
}

/// Who signs a message, which decides whether a provider's `replies: Unsigned` applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Signer {
    Merchant,
    Provider,
}

/// A request to the provider is the merchant's; a notification (an inbound operation's request)
/// is the provider's.
fn request_signer(op: &OperationDescriptor) -> Signer {
    match op.direction {
        Direction::Outbound => Signer::Merchant,
        Direction::Inbound => Signer::Provider,
    }
}

/// The merchant always signs; the provider signs unless its spec says, explicitly, that it does
/// not.
fn must_sign(provider: &ProviderDescriptor, signer: Signer) -> bool {
    signer == Signer::Merchant || provider.signing.replies == ReplySigning::Signed
}

fn response_layout(op: &OperationDescriptor) -> Result<&'static Layout, Error> {
    op.response.ok_or_else(|| {
        Error::Descriptor(format!(
            "operation `{}` has no response layout (an inbound operation answers its ack text)",
            op.name
        ))
    })
}

/// The signing secret, looked up only when a signature is made or checked.
/// The signature a message with this `body` must carry under `layout` (hex, per the provider's
/// recipe; base64 for an asymmetric one, made with the private key of `key_config`), computed
/// from the bytes as they are. Verification of a digest compares against exactly this; tools
/// use it to sign a body they assembled or altered themselves (fixtures, fault injection).
pub fn signature_for(
    provider: &ProviderDescriptor,
    layout: &crate::descriptor::Layout,
    body: &[u8],
    creds: &dyn Credentials,
) -> Result<String, Error> {
    let received = members::Received::parse(&layout.format, body)?;
    decode::expected_signature(provider, layout, &received, body, creds)
}

/// The whole document of a `body` in `layout`'s format, read exactly (JSON numbers as their
/// literals, flat members as strings), unverified: for tools that look into a message they
/// already checked or built (a simulator echoing a request's envelope).
pub fn document(layout: &Layout, body: &[u8]) -> Result<Json, Error> {
    members::Received::parse(&layout.format, body)?.to_json()
}

/// The algorithm name a message in `layout` says it was signed with (its member filled with
/// [`crate::descriptor::Fill::SigningAlgorithm`]), when the recipe lets configuration choose
/// and the message carries one: a server answers with the algorithm the request used.
pub fn signing_algorithm_named<'d>(layout: &Layout, document: &'d Json) -> Option<&'d str> {
    let node = layout.nodes.iter().find(|n| {
        matches!(
            n.kind,
            crate::descriptor::NodeKind::Fill(crate::descriptor::Fill::SigningAlgorithm)
        )
    })?;
    document
        .get(node.wire)
        .and_then(Json::as_str)
        .filter(|s| !s.is_empty())
}

fn signing_key<'a>(
    provider: &ProviderDescriptor,
    creds: &'a dyn Credentials,
) -> Result<&'a str, Error> {
    crate::write::config(creds, provider.signing.key_config)
}
