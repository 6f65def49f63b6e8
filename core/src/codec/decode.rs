//! Reading a received envelope: verify over the bytes as received, then classify the whole
//! document, then parse the typed content.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;

use super::members::Received;
use super::{coverage, signing_key, EnvelopeStatus, Inbound, Message, Reply, StatusLevel};
use crate::classify::{self, TRADE_STATE};
use crate::credentials::Credentials;
use crate::descriptor::{
    Algorithm, ContentPlacement, EnvelopeNode, Fill, KeyRule, Layout, NodeKind,
    OperationDescriptor, Placement, ProviderDescriptor, StatusPart,
};
use crate::error::Error;
use crate::json::{Json, Object};
use crate::signing;
use crate::status::Classification;

/// Everything one received message is read with.
pub(super) struct Incoming<'a> {
    pub provider: &'a ProviderDescriptor,
    pub layout: &'a Layout,
    pub message: &'a Message,
    pub creds: &'a dyn Credentials,
    /// Whether a signature must be present and verify.
    pub verify: bool,
    /// Whether the provider signed the message (a reply or a notification): then a provider
    /// that signs only replies with some status codes ([`SigningRecipe::signed_codes`]) may
    /// have left it unsigned.
    ///
    /// [`SigningRecipe::signed_codes`]: crate::descriptor::SigningRecipe::signed_codes
    pub provider_signed: bool,
    /// The content members the spec lists; any other content member is extra.
    pub fields: &'a [&'static str],
    /// The content members the spec marks required.
    pub required: &'a [&'static str],
}

pub(super) fn reply<T: DeserializeOwned>(
    op: &OperationDescriptor,
    incoming: &Incoming<'_>,
) -> Result<Reply<T>, Error> {
    let mut opened = open(incoming)?;
    // A reply read without its signature (the provider signs only some status codes) proves
    // nothing about money: whatever it says, it is unknown.
    let classification = if opened.unverified {
        Classification::Unknown
    } else {
        classify::classify(&op.outcome, incoming.provider.states, &opened.doc)
    };
    let trade_state = classify::signal(&op.outcome, TRADE_STATE, &opened.doc);
    // Classified: the document's content can now be moved out rather than copied. A repeated
    // member name inside it is refused whatever the classification: which of the two values
    // the provider meant cannot be known.
    let content = extract(incoming, &mut opened.doc)
        .map_err(|e| Error::Malformed(format!("reply to `{}`: {e}", op.name)))?;
    // Success or pending means money moved (or may yet): the caller must see the content, so
    // content that cannot be read is an error rather than a quiet `None`.
    let money_moved = matches!(
        classification,
        Classification::Success | Classification::Pending
    );
    let must_parse = |error: String| {
        Error::Malformed(format!(
            "reply to `{}` is {} but its content cannot be read: {error}",
            op.name,
            classification.as_str()
        ))
    };
    // The same for a member the spec requires: a typed body would not parse without it, and a
    // map body (the unified gateway's) must not be read as complete either. A failure reply
    // is not held to it: error replies often carry no data, and their classification comes
    // from the envelope.
    // (Content that cannot be read at all is reported as such below.)
    let readable = match &content {
        Content::Present { known, .. } => Some(Some(known)),
        Content::Absent => Some(None),
        Content::Invalid(_) => None,
    };
    if let (true, Some(known)) = (money_moved, readable) {
        if let Some(member) = missing_required(incoming.required, known) {
            return Err(must_parse(format!(
                "the required member `{member}` is absent"
            )));
        }
    }
    let (body, body_error, extra) = match content {
        Content::Present { known, extra } => match typed::<T>(known) {
            Ok(body) => (Some(body), None, extra),
            Err(error) if money_moved => return Err(must_parse(error)),
            Err(error) => (None, Some(error), extra),
        },
        Content::Absent if money_moved => {
            let body =
                typed::<T>(Object::new()).map_err(|e| must_parse(format!("no content ({e})")))?;
            (Some(body), None, BTreeMap::new())
        }
        Content::Absent => (
            None,
            Some("the reply carries no content".to_owned()),
            BTreeMap::new(),
        ),
        Content::Invalid(error) if money_moved => return Err(must_parse(error)),
        Content::Invalid(error) => (None, Some(error), BTreeMap::new()),
    };
    Ok(Reply {
        classification,
        status: opened.status,
        trade_state: trade_state.map(crate::text::Text::from),
        body,
        body_error,
        extra,
    })
}

pub(super) fn inbound<T: DeserializeOwned>(
    op: &OperationDescriptor,
    incoming: &Incoming<'_>,
) -> Result<Inbound<T>, Error> {
    let mut opened = open(incoming)?;
    if opened.unverified {
        return Err(Error::SignatureMissing);
    }
    // What is left of the document (the envelope) still names the operation's method.
    let malformed = |error: String| Error::Malformed(format!("request to `{}`: {error}", op.name));
    let (known, extra) = match extract(incoming, &mut opened.doc).map_err(malformed)? {
        Content::Present { known, extra } => (known, extra),
        Content::Absent => (Object::new(), BTreeMap::new()),
        Content::Invalid(error) => return Err(malformed(error)),
    };
    check_identity(op, incoming.layout.nodes, &opened.doc, &known)?;
    // A notification is read as a map by the handler: without this, one lacking a member the
    // spec requires (the amount, the trade id) would be applied with it missing.
    if let Some(member) = missing_required(incoming.required, Some(&known)) {
        return Err(malformed(format!(
            "the required member `{member}` is absent"
        )));
    }
    let content =
        typed(known).map_err(|e| Error::Malformed(format!("request to `{}`: {e}", op.name)))?;
    Ok(Inbound { content, extra })
}

/// A request names its operation through the operation's method member (Fubei's `method`) and
/// constants (Pooul's `pay_type`): a server must not read a query as a pay. Several operations
/// can share one path, so this is also how a server tells them apart.
fn check_identity(
    op: &OperationDescriptor,
    nodes: &[EnvelopeNode],
    doc: &Json,
    content: &Object,
) -> Result<(), Error> {
    let not_this = |member: &str, got: Option<&Json>, expected: &str| {
        let got = match got {
            Some(Json::String(s)) => format!("`{s}`"),
            Some(other) => format!("`{other}`"),
            None => "absent".to_owned(),
        };
        Err(Error::Malformed(format!(
            "not operation `{}`: `{member}` is {got}, expected `{expected}`",
            op.name
        )))
    };
    for (name, expected) in op.constants {
        let got = content.get(*name);
        if got.and_then(Json::as_str) != Some(*expected) {
            return not_this(name, got, expected);
        }
    }
    if let Some(expected) = op.method_constant {
        if let Some((member, got)) = find_method(nodes, doc) {
            if got.and_then(Json::as_str) != Some(expected) {
                return not_this(member, got, expected);
            }
        }
    }
    Ok(())
}

/// The member filled with the operation's method, and its received value.
fn find_method<'d>(
    nodes: &[EnvelopeNode],
    doc: &'d Json,
) -> Option<(&'static str, Option<&'d Json>)> {
    for node in nodes {
        match &node.kind {
            NodeKind::Fill(Fill::OperationMethod) => return Some((node.wire, doc.get(node.wire))),
            NodeKind::Object(children) => {
                let inner = doc.get(node.wire).unwrap_or(&Json::Null);
                if let Some(found) = find_method(children, inner) {
                    return Some(found);
                }
            }
            _ => {}
        }
    }
    None
}

struct Opened {
    doc: Json,
    status: EnvelopeStatus,
    /// A signature was due but the status code says the provider signs no such reply.
    unverified: bool,
}

enum Content {
    Absent,
    Present {
        known: Object,
        extra: BTreeMap<String, Json>,
    },
    /// The content member is there but is not an object (or a JSON string holding one).
    Invalid(String),
}

/// Parse, verify, then build the value views.
fn open(incoming: &Incoming<'_>) -> Result<Opened, Error> {
    let received = Received::parse(&incoming.layout.format, &incoming.message.body)?;
    let recipe = &incoming.provider.signing;
    // Whether the message is signed may depend on its status code: then the status is read
    // first, and the rest is verified exactly as always.
    let by_code = incoming.provider_signed && !recipe.signed_codes.is_empty();
    if incoming.verify && !by_code {
        verify(incoming, &received)?;
    }
    let doc = received.to_json()?;
    let mut status = EnvelopeStatus::default();
    if let Json::Object(top) = &doc {
        read_status(incoming.layout.nodes, top, &mut status);
    }
    let mut unverified = false;
    if incoming.verify && by_code {
        if recipe.reply_signed(status.code.as_deref()) {
            verify(incoming, &received)?;
        } else {
            unverified = true;
        }
    }
    Ok(Opened {
        doc,
        status,
        unverified,
    })
}

fn verify(incoming: &Incoming<'_>, received: &Received<'_>) -> Result<(), Error> {
    let recipe = &incoming.provider.signing;
    let signature = received_signature(recipe, incoming.message, received)?;
    let algorithm = algorithm_of(incoming.provider, incoming.layout, received, incoming.creds)?;
    // A private key signs, the other side's public key verifies: the text to sign holds no key.
    let key = match recipe.key {
        KeyRule::PrivateKey => "",
        _ => signing_key(incoming.provider, incoming.creds)?,
    };
    let to_sign = covered(
        incoming.provider,
        incoming.layout,
        received,
        &incoming.message.body,
        key,
    )?;
    signing::verify(recipe, algorithm, &to_sign, &signature, key, incoming.creds)
}

/// The signature `body` (already split into `received`) must carry under `layout`, made with
/// this side's key (`key_config`): a digest's hex, or an asymmetric signature's base64.
pub(super) fn expected_signature(
    provider: &ProviderDescriptor,
    layout: &Layout,
    received: &Received<'_>,
    body: &[u8],
    creds: &dyn Credentials,
) -> Result<String, Error> {
    let key = signing_key(provider, creds)?;
    let algorithm = algorithm_of(provider, layout, received, creds)?;
    let to_sign = covered(provider, layout, received, body, key)?;
    signing::sign(&provider.signing, algorithm, &to_sign, key)
}

/// The bytes a received message's signature covers under `layout`.
fn covered(
    provider: &ProviderDescriptor,
    layout: &Layout,
    received: &Received<'_>,
    body: &[u8],
    key: &str,
) -> Result<Vec<u8>, Error> {
    let texts = received.texts();
    coverage::bytes_to_sign(&provider.signing, layout, &texts, body, key, |name| {
        Error::Malformed(format!("the signed member `{name}` is absent"))
    })
}

/// The algorithm a received message is verified with. Where configuration chooses it, a
/// message that says which one it used (a layout member filled with the algorithm's name, as a
/// request does) is verified with that one — absent, the default — and any other message with
/// the configured one: a reply never chooses its own algorithm.
fn algorithm_of(
    provider: &ProviderDescriptor,
    layout: &Layout,
    received: &Received<'_>,
    creds: &dyn Credentials,
) -> Result<Algorithm, Error> {
    let recipe = &provider.signing;
    if recipe.algorithm_choice.is_none() {
        return Ok(recipe.algorithm);
    }
    let named = layout
        .nodes
        .iter()
        .find(|n| matches!(n.kind, NodeKind::Fill(Fill::SigningAlgorithm)));
    let Some(node) = named else {
        return signing::configured_algorithm(recipe, creds);
    };
    match received.string(node.wire)? {
        Some(name) if !name.is_empty() => recipe.algorithm_named(&name).ok_or_else(|| {
            Error::Malformed(format!(
                "member `{}` is `{name}`, which names no signing algorithm of this provider",
                node.wire
            ))
        }),
        _ => Ok(recipe.algorithm),
    }
}

/// The signature as received; absent, `null` and `""` are all "missing".
fn received_signature(
    recipe: &crate::descriptor::SigningRecipe,
    message: &Message,
    received: &Received<'_>,
) -> Result<String, Error> {
    let text = match recipe.placement {
        Placement::Field(name) => match received.string(name) {
            Ok(None) => return Err(Error::SignatureMissing),
            Ok(Some(text)) => text.into_owned(),
            Err(_) => {
                return Err(Error::Malformed(format!(
                    "signature member `{name}` is not a string"
                )))
            }
        },
        Placement::Header {
            name,
            prefix_config,
        } => {
            let value = message.header(name).ok_or(Error::SignatureMissing)?;
            // `<key id> <signature>`: the key id names whose key signed; the signature check
            // itself is what authenticates, so only the last token is compared.
            let token = match prefix_config {
                Some(_) => value.split_whitespace().last().unwrap_or(""),
                None => value.trim(),
            };
            token.to_owned()
        }
    };
    if text.is_empty() {
        Err(Error::SignatureMissing)
    } else {
        Ok(text)
    }
}

/// Fills `status` from the layout's status nodes, wherever they are nested.
fn read_status(nodes: &[EnvelopeNode], object: &Object, status: &mut EnvelopeStatus) {
    for node in nodes {
        match &node.kind {
            NodeKind::Status(part) => {
                let text = object
                    .get(node.wire)
                    .and_then(|v| classify::signal_text(v, &[]))
                    .map(crate::text::Text::from);
                match part {
                    StatusPart::Code { .. } => status.code = text,
                    StatusPart::Message => status.message = text,
                    StatusPart::SubCode => status.sub_code = text,
                }
            }
            NodeKind::BusinessStatus(part) => {
                let Some(text) = object
                    .get(node.wire)
                    .and_then(|v| classify::signal_text(v, &[]))
                    .map(crate::text::Text::from)
                else {
                    continue;
                };
                let level = status.business.get_or_insert_with(StatusLevel::default);
                match part {
                    StatusPart::Code { .. } => level.code = Some(text),
                    StatusPart::Message => level.message = Some(text),
                    StatusPart::SubCode => level.sub_code = Some(text),
                }
            }
            NodeKind::Object(children) => {
                if let Some(Json::Object(inner)) = object.get(node.wire) {
                    read_status(children, inner, status);
                }
            }
            NodeKind::Content(_) | NodeKind::Fill(_) | NodeKind::Signature => {}
        }
    }
}

/// Where the content node sits: the wire path of its enclosing object, the node, its siblings.
struct ContentSite<'n> {
    path: Vec<&'static str>,
    wire: &'static str,
    placement: ContentPlacement,
    siblings: &'n [EnvelopeNode],
}

fn locate(nodes: &[EnvelopeNode]) -> Option<ContentSite<'_>> {
    for node in nodes {
        match &node.kind {
            NodeKind::Content(placement) => {
                return Some(ContentSite {
                    path: Vec::new(),
                    wire: node.wire,
                    placement: *placement,
                    siblings: nodes,
                })
            }
            NodeKind::Object(children) => {
                if let Some(mut site) = locate(children) {
                    site.path.insert(0, node.wire);
                    return Some(site);
                }
            }
            NodeKind::Fill(_)
            | NodeKind::Signature
            | NodeKind::Status(_)
            | NodeKind::BusinessStatus(_) => {}
        }
    }
    None
}

/// The first of `required` that `content` lacks (absent or `null`), if any.
pub(super) fn missing_required(
    required: &[&'static str],
    content: Option<&Object>,
) -> Option<&'static str> {
    required
        .iter()
        .copied()
        .find(|name| matches!(content.and_then(|c| c.get(*name)), None | Some(Json::Null)))
}

/// Moves the content members out of `doc`; the envelope members stay. `Err` (a repeated member
/// name inside a JSON-string content) is fatal to the message, whatever it says.
fn extract(incoming: &Incoming<'_>, doc: &mut Json) -> Result<Content, String> {
    let Some(site) = locate(incoming.layout.nodes) else {
        return Ok(Content::Absent);
    };
    let Json::Object(top) = doc else {
        return Ok(Content::Absent);
    };
    let mut container = top;
    for (depth, segment) in site.path.iter().enumerate() {
        match container.get_mut(*segment) {
            Some(Json::Object(inner)) => container = inner,
            None | Some(Json::Null) => return Ok(Content::Absent),
            Some(_) => {
                return Ok(Content::Invalid(format!(
                    "envelope member `{}` is not an object",
                    site.path
                        .iter()
                        .take(depth + 1)
                        .copied()
                        .collect::<Vec<_>>()
                        .join(".")
                )))
            }
        }
    }
    let at = |wire: &str| {
        let mut path = site.path.clone();
        path.push(wire);
        path.join(".")
    };
    match site.placement {
        ContentPlacement::Inline => {
            let mut envelope: Vec<&str> = site
                .siblings
                .iter()
                .filter(|n| !matches!(n.kind, NodeKind::Content(_)))
                .map(|n| n.wire)
                .collect();
            if site.path.is_empty() {
                envelope.extend(coverage::signature_field(&incoming.provider.signing));
            }
            if container
                .keys()
                .all(|name| envelope.contains(&name.as_str()))
            {
                return Ok(Content::Absent);
            }
            // Envelope members stay (a listed one is also copied into the content).
            let mut content = Object::new();
            for (name, value) in std::mem::take(container) {
                if !envelope.contains(&name.as_str()) {
                    content.insert(name, value);
                } else {
                    if incoming.fields.contains(&name.as_str()) {
                        content.insert(name.clone(), value.clone());
                    }
                    container.insert(name, value);
                }
            }
            Ok(split(content, incoming.fields))
        }
        ContentPlacement::Object => Ok(match container.get_mut(site.wire) {
            None | Some(Json::Null) => Content::Absent,
            Some(Json::Object(content)) => split(std::mem::take(content), incoming.fields),
            Some(_) => Content::Invalid(format!(
                "content member `{}` is not an object",
                at(site.wire)
            )),
        }),
        ContentPlacement::JsonString => Ok(match container.get(site.wire) {
            None | Some(Json::Null) => Content::Absent,
            Some(Json::String(text)) if text.is_empty() => Content::Absent,
            // The string is signed as text: a name repeated inside it is refused like one in
            // the envelope (see `Json::parse`).
            Some(Json::String(text)) => match Json::parse(text) {
                Ok(Json::Object(content)) => split(content, incoming.fields),
                Ok(_) => Content::Invalid(format!(
                    "content member `{}` does not hold a JSON object",
                    at(site.wire)
                )),
                Err(e) if e.is_duplicate() => {
                    return Err(format!("content member `{}`: {e}", at(site.wire)))
                }
                Err(e) => Content::Invalid(format!(
                    "content member `{}` does not hold valid JSON: {e}",
                    at(site.wire)
                )),
            },
            Some(_) => Content::Invalid(format!(
                "content member `{}` is not a JSON string",
                at(site.wire)
            )),
        }),
    }
}

/// Listed members are the typed content; everything else is extra, kept as received.
fn split(mut members: Object, fields: &[&str]) -> Content {
    let listed = |name: &str| fields.contains(&name);
    let mut extra = BTreeMap::new();
    if members.keys().all(|name| listed(name)) {
        return Content::Present {
            known: members,
            extra,
        };
    }
    members.retain(|name, value| {
        let keep = listed(name);
        if !keep {
            extra.insert(name.clone(), std::mem::take(value));
        }
        keep
    });
    Content::Present {
        known: members,
        extra,
    }
}

/// The typed content, read from the members' exact text (amounts reach the `wire` adapters as the
/// literals received).
fn typed<T: DeserializeOwned>(known: Object) -> Result<T, String> {
    Json::Object(known).to_typed()
}
