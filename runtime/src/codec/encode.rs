//! Building and signing an envelope: each top-level member is serialized once, and the signature
//! is computed over exactly those texts before it is put in place.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{coverage, signing_key, EncodeContext, EnvelopeStatus, Message};
use crate::credentials::Credentials;
use crate::descriptor::{
    ContentPlacement, EnvelopeNode, Fill, Layout, NodeKind, OperationDescriptor, Placement,
    ProviderDescriptor, StatusPart, TimestampFormat,
};
use crate::error::Error;
use crate::signing;
use crate::timestamp::Timestamp;

/// Everything one outgoing message is made from.
pub(super) struct Outgoing<'a> {
    pub provider: &'a ProviderDescriptor,
    pub op: &'a OperationDescriptor,
    pub layout: &'a Layout,
    /// The content object; `None` for a reply without content.
    pub content: Option<Map<String, Value>>,
    /// The envelope status (responses only).
    pub status: Option<&'a EnvelopeStatus>,
    pub sign: bool,
    pub creds: &'a dyn Credentials,
    pub ctx: &'a EncodeContext,
}

/// The content as a JSON object (numbers keep their literal text).
pub(super) fn content_object<T: Serialize>(
    op: &OperationDescriptor,
    content: &T,
) -> Result<Map<String, Value>, Error> {
    match serde_json::to_value(content) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(Error::Encode(format!(
            "content of `{}` must serialize to a JSON object",
            op.name
        ))),
        Err(e) => Err(Error::Encode(format!("content of `{}`: {e}", op.name))),
    }
}

/// Adds the operation's constant fields as strings. A content value that contradicts a constant
/// is an error: one of the two would otherwise be silently ignored.
pub(super) fn merge_constants(
    op: &OperationDescriptor,
    content: &mut Map<String, Value>,
) -> Result<(), Error> {
    for &(name, value) in op.constants {
        match content.get(name) {
            None => {
                content.insert(name.to_owned(), Value::String(value.to_owned()));
            }
            Some(Value::String(given)) if given == value => {}
            Some(given) => {
                return Err(Error::Encode(format!(
                "content member `{name}` is {given}, but operation `{}` fixes it to \"{value}\"",
                op.name
            )))
            }
        }
    }
    Ok(())
}

pub(super) fn encode(out: &Outgoing<'_>) -> Result<Message, Error> {
    let mut builder = Builder {
        out,
        content: out.content.clone(),
        signature_slot: None,
    };
    let members = builder.level(out.layout.nodes, true)?;
    let mut texts: Vec<(String, String)> = members
        .into_iter()
        .map(|(name, value)| (name, value.to_string()))
        .collect();
    let mut message = Message {
        body: assemble(&texts),
        headers: Vec::new(),
    };
    if !out.sign {
        return Ok(message);
    }

    let recipe = &out.provider.signing;
    let key = signing_key(out.provider, out.creds)?;
    let covered: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let to_sign =
        coverage::bytes_to_sign(recipe, out.layout, &covered, &message.body, key, |name| {
            Error::Descriptor(format!(
                "layout `{}` signs `{name}`, which it does not produce",
                out.layout.name
            ))
        })?;
    let signature = signing::digest_hex(recipe, &to_sign, key);
    match recipe.placement {
        Placement::Field(name) => {
            if texts.iter().any(|(n, _)| n == name) {
                return Err(Error::Encode(format!(
                    "member `{name}` of layout `{}` collides with the signature",
                    out.layout.name
                )));
            }
            let slot = builder
                .signature_slot
                .unwrap_or(texts.len())
                .min(texts.len());
            texts.insert(
                slot,
                (name.to_owned(), Value::String(signature).to_string()),
            );
            message.body = assemble(&texts);
        }
        Placement::Header {
            name,
            prefix_config,
        } => {
            let value = match prefix_config {
                Some(config) => format!("{} {signature}", config_value(out.creds, config)?),
                None => signature,
            };
            message.headers.push((name.to_owned(), value));
        }
    }
    Ok(message)
}

struct Builder<'a, 'o> {
    out: &'a Outgoing<'o>,
    /// Taken by the (single) content node.
    content: Option<Map<String, Value>>,
    /// Where the top-level signature node sits, so the signature lands where the layout says.
    signature_slot: Option<usize>,
}

impl Builder<'_, '_> {
    fn level(&mut self, nodes: &[EnvelopeNode], top: bool) -> Result<Vec<(String, Value)>, Error> {
        let mut members = Vec::new();
        for node in nodes {
            match &node.kind {
                NodeKind::Fill(fill) => {
                    let value = self.fill(*fill)?;
                    self.push(&mut members, node.wire, value)?;
                }
                NodeKind::Content(placement) => {
                    self.content(&mut members, node.wire, *placement)?
                }
                NodeKind::Object(children) => {
                    let inner = self.level(children, false)?;
                    self.push(
                        &mut members,
                        node.wire,
                        Value::Object(inner.into_iter().collect()),
                    )?;
                }
                NodeKind::Signature => self.signature_node(node.wire, top, members.len())?,
                NodeKind::Status(part) => {
                    if let Some(value) = self.status(node.wire, *part)? {
                        self.push(&mut members, node.wire, value)?;
                    }
                }
            }
        }
        Ok(members)
    }

    fn push(
        &self,
        members: &mut Vec<(String, Value)>,
        name: &str,
        value: Value,
    ) -> Result<(), Error> {
        if members.iter().any(|(n, _)| n == name) {
            return Err(Error::Encode(format!(
                "member `{name}` appears twice in layout `{}` (content colliding with the envelope?)",
                self.out.layout.name
            )));
        }
        members.push((name.to_owned(), value));
        Ok(())
    }

    fn content(
        &mut self,
        members: &mut Vec<(String, Value)>,
        wire: &str,
        placement: ContentPlacement,
    ) -> Result<(), Error> {
        let Some(content) = self.content.take() else {
            return Ok(());
        };
        match placement {
            ContentPlacement::Inline => {
                for (name, value) in content {
                    self.push(members, &name, value)?;
                }
                Ok(())
            }
            ContentPlacement::Object => self.push(members, wire, Value::Object(content)),
            ContentPlacement::JsonString => {
                let text = Value::Object(content).to_string();
                self.push(members, wire, Value::String(text))
            }
        }
    }

    fn signature_node(&mut self, wire: &str, top: bool, position: usize) -> Result<(), Error> {
        let layout = self.out.layout.name;
        if !top {
            return Err(Error::Descriptor(format!(
                "signature member `{wire}` of layout `{layout}` must be top-level"
            )));
        }
        if let Placement::Field(name) = self.out.provider.signing.placement {
            if name != wire {
                return Err(Error::Descriptor(format!(
                    "layout `{layout}` puts the signature in `{wire}`, the recipe in `{name}`"
                )));
            }
        }
        self.signature_slot = Some(position);
        Ok(())
    }

    fn status(&self, wire: &str, part: StatusPart) -> Result<Option<Value>, Error> {
        let Some(status) = self.out.status else {
            return Ok(None);
        };
        let text = match part {
            StatusPart::Code { .. } => status.code.as_deref(),
            StatusPart::Message => status.message.as_deref(),
            StatusPart::SubCode => status.sub_code.as_deref(),
        };
        let Some(text) = text else {
            return Ok(None);
        };
        match part {
            StatusPart::Code { integer: true } => text
                .parse::<serde_json::Number>()
                .map(|n| Some(Value::Number(n)))
                .map_err(|_| {
                    Error::Encode(format!(
                        "status member `{wire}` must be a number, got `{text}`"
                    ))
                }),
            _ => Ok(Some(Value::String(text.to_owned()))),
        }
    }

    fn fill(&self, fill: Fill) -> Result<Value, Error> {
        let Outgoing {
            provider,
            op,
            ctx,
            creds,
            ..
        } = self.out;
        Ok(match fill {
            Fill::Const(text) => Value::String(text.to_owned()),
            Fill::ConstInt(n) => Value::Number(n.into()),
            Fill::Config(key) => Value::String(config_value(*creds, key)?.to_owned()),
            Fill::Nonce(len) => {
                let nonce: String = ctx.nonce.chars().take(len).collect();
                if nonce.chars().count() < len {
                    return Err(Error::Encode(format!(
                        "the context's nonce has {} characters, layout `{}` needs {len}",
                        ctx.nonce.chars().count(),
                        self.out.layout.name
                    )));
                }
                Value::String(nonce)
            }
            Fill::Timestamp(format) => {
                timestamp(ctx.unix_time, provider.utc_offset_minutes, format)?
            }
            Fill::MessageId => Value::String(ctx.message_id.clone()),
            Fill::OperationMethod => match op.method_constant {
                Some(method) => Value::String(method.to_owned()),
                None => {
                    return Err(Error::Descriptor(format!(
                        "layout `{}` needs the method constant of operation `{}`, which has none",
                        self.out.layout.name, op.name
                    )))
                }
            },
        })
    }
}

fn config_value<'a>(creds: &'a dyn Credentials, key: &str) -> Result<&'a str, Error> {
    creds
        .value(key)
        .ok_or_else(|| Error::MissingConfig(key.to_owned()))
}

/// The context's time in the provider's own offset, in the layout's format.
fn timestamp(unix_time: i64, offset_minutes: i16, format: TimestampFormat) -> Result<Value, Error> {
    let encode = |e: crate::timestamp::TimestampError| Error::Encode(format!("request time: {e}"));
    let ts = Timestamp::from_unix_in_offset(unix_time, offset_minutes).map_err(encode)?;
    Ok(match format {
        TimestampFormat::UnixSeconds => Value::Number(unix_time.into()),
        TimestampFormat::Rfc3339 => Value::String(ts.to_rfc3339().map_err(encode)?),
        TimestampFormat::Compact => Value::String(ts.local().to_compact().map_err(encode)?),
    })
}

/// `{"name":text,...}` from member texts already serialized, so the body holds exactly the bytes
/// that were signed.
fn assemble(members: &[(String, String)]) -> Vec<u8> {
    let mut body = String::from("{");
    for (i, (name, text)) in members.iter().enumerate() {
        if i > 0 {
            body.push(',');
        }
        body.push_str(&Value::String(name.clone()).to_string());
        body.push(':');
        body.push_str(text);
    }
    body.push('}');
    body.into_bytes()
}
