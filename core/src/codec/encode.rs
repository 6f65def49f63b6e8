//! Building and signing an envelope: each top-level member is serialized once, and the signature
//! is computed over exactly those texts before it is put in place.

use std::ops::Range;

use serde::Serialize;

use super::{coverage, signing_key, EncodeContext, EnvelopeStatus, Message};
use crate::credentials::Credentials;
use crate::descriptor::{
    BodyFormat, ContentPlacement, EnvelopeNode, Fill, Layout, NodeKind, OperationDescriptor,
    Placement, ProviderDescriptor, StatusPart, TimestampFormat,
};
use crate::error::Error;
use crate::format::form;
use crate::json::{Json, Number, Object};
use crate::signing;
use crate::timestamp::Timestamp;

/// Everything one outgoing message is made from.
pub(super) struct Outgoing<'a> {
    pub provider: &'a ProviderDescriptor,
    pub op: &'a OperationDescriptor,
    pub layout: &'a Layout,
    /// The content object; `None` for a reply without content.
    pub content: Option<Object>,
    /// The envelope status (responses only).
    pub status: Option<&'a EnvelopeStatus>,
    pub sign: bool,
    pub creds: &'a dyn Credentials,
    pub ctx: &'a EncodeContext,
}

/// The content as a JSON object, exactly: written as JSON text (the `wire` adapters write amounts
/// as their literals, `80.00` stays `80.00`) and read back as [`Json`].
pub(super) fn content_object<T: Serialize>(
    op: &OperationDescriptor,
    content: &T,
) -> Result<Object, Error> {
    match Json::from_serialize(content) {
        Ok(Json::Object(map)) => Ok(map),
        Ok(_) => Err(Error::Encode(format!(
            "content of `{}` must serialize to a JSON object",
            op.name
        ))),
        Err(e) => Err(Error::Encode(format!("content of `{}`: {e}", op.name))),
    }
}

/// Adds the operation's constant fields as strings. A content value that contradicts a constant
/// is an error: one of the two would otherwise be silently ignored.
pub(super) fn merge_constants(op: &OperationDescriptor, content: &mut Object) -> Result<(), Error> {
    for &(name, value) in op.constants {
        match content.get(name) {
            None => {
                content.insert(name.to_owned(), Json::String(value.to_owned()));
            }
            Some(Json::String(given)) if given == value => {}
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

pub(super) fn encode(mut out: Outgoing<'_>) -> Result<Message, Error> {
    let content = out.content.take();
    let out = &out;
    let mut builder = Builder {
        out,
        content,
        signature_slot: None,
    };
    let members = builder.level(out.layout.nodes, true)?;
    let headers: Vec<(String, String)> = out
        .layout
        .content_type
        .map(|t| ("Content-Type".to_owned(), t.to_owned()))
        .into_iter()
        .collect();
    if out.layout.format.is_flat() {
        return flat(out, &members, builder.signature_slot, headers);
    }
    let body = Body::assemble(&members)?;
    if !out.sign {
        return Ok(Message {
            body: body.text.into_bytes(),
            headers,
        });
    }

    let recipe = &out.provider.signing;
    let key = signing_key(out.provider, out.creds)?;
    let algorithm = signing::configured_algorithm(recipe, out.creds)?;
    signing::check_keys(recipe, algorithm, key, out.creds)?;
    let covered: Vec<(&str, &str)> = members
        .iter()
        .zip(&body.values)
        .map(|((n, _), range)| (n.as_str(), &body.text[range.clone()]))
        .collect();
    let to_sign = coverage::bytes_to_sign(
        recipe,
        out.layout,
        &covered,
        body.text.as_bytes(),
        key,
        |name| {
            Error::Descriptor(format!(
                "layout `{}` signs `{name}`, which it does not produce",
                out.layout.name
            ))
        },
    )?;
    let signature = signing::sign(recipe, algorithm, &to_sign, key)?;
    match recipe.placement {
        Placement::Field(name) => {
            let slot = signature_slot(out, &members, name, builder.signature_slot)?;
            Ok(Message {
                body: body.with_member(slot, name, &signature)?,
                headers,
            })
        }
        Placement::Header {
            name,
            prefix_config,
        } => {
            let mut headers = headers;
            headers.push(signature_header(out, name, prefix_config, signature)?);
            Ok(Message {
                body: body.text.into_bytes(),
                headers,
            })
        }
    }
}

/// Where a signature member goes: where the layout's signature node is (else last). A content
/// member of the same name is an error: one of the two would be lost.
fn signature_slot(
    out: &Outgoing<'_>,
    members: &[(String, Json)],
    name: &str,
    slot: Option<usize>,
) -> Result<usize, Error> {
    if members.iter().any(|(n, _)| n == name) {
        return Err(Error::Encode(format!(
            "member `{name}` of layout `{}` collides with the signature",
            out.layout.name
        )));
    }
    Ok(slot.unwrap_or(members.len()).min(members.len()))
}

fn signature_header(
    out: &Outgoing<'_>,
    name: &str,
    prefix_config: Option<&str>,
    signature: String,
) -> Result<(String, String), Error> {
    let value = match prefix_config {
        Some(config) => format!("{} {signature}", crate::write::config(out.creds, config)?),
        None => signature,
    };
    Ok((name.to_owned(), value))
}

/// A flat body (XML, form): every member a text value. A number is written as its literal, a
/// boolean as `true`/`false`; a null member is left out; an object or array cannot be written
/// flat (the spec's validation refuses such fields; a JSON-string field is already text). The
/// signature covers exactly these texts, as the receiver reads them.
fn flat(
    out: &Outgoing<'_>,
    members: &[(String, Json)],
    slot: Option<usize>,
    mut headers: Vec<(String, String)>,
) -> Result<Message, Error> {
    let mut texts: Vec<(&str, std::borrow::Cow<'_, str>)> = Vec::with_capacity(members.len() + 1);
    for (name, value) in members {
        let text = match value {
            Json::Null => continue,
            Json::String(s) => std::borrow::Cow::Borrowed(s.as_str()),
            Json::Number(n) => std::borrow::Cow::Borrowed(n.as_str()),
            Json::Bool(b) => std::borrow::Cow::Borrowed(if *b { "true" } else { "false" }),
            Json::Array(_) | Json::Object(_) => {
                return Err(Error::Encode(format!(
                    "member `{name}` of layout `{}` is a structure, which a flat body cannot \
                     carry (send it as a JSON string)",
                    out.layout.name
                )))
            }
        };
        texts.push((name.as_str(), text));
    }
    let write = |texts: &[(&str, std::borrow::Cow<'_, str>)]| -> Result<Vec<u8>, Error> {
        let pairs = texts.iter().map(|(n, v)| (*n, v.as_ref()));
        match &out.layout.format {
            BodyFormat::Xml(xml) => xml.encode(pairs),
            BodyFormat::Form => form::encode(pairs).map(String::into_bytes),
            BodyFormat::Json => Err(Error::Descriptor(format!(
                "layout `{}` is not flat",
                out.layout.name
            ))),
        }
    };
    if !out.sign {
        return Ok(Message {
            body: write(&texts)?,
            headers,
        });
    }
    let recipe = &out.provider.signing;
    let key = signing_key(out.provider, out.creds)?;
    let algorithm = signing::configured_algorithm(recipe, out.creds)?;
    signing::check_keys(recipe, algorithm, key, out.creds)?;
    // Pair coverage reads JSON texts: each value as the string it is on the wire.
    let literals: Vec<String> = texts
        .iter()
        .map(|(_, v)| Json::String(v.as_ref().to_owned()).to_string())
        .collect();
    let covered: Vec<(&str, &str)> = texts
        .iter()
        .zip(&literals)
        .map(|((n, _), l)| (*n, l.as_str()))
        .collect();
    let unsigned = write(&texts)?;
    let to_sign = coverage::bytes_to_sign(recipe, out.layout, &covered, &unsigned, key, |name| {
        Error::Descriptor(format!(
            "layout `{}` signs `{name}`, which it does not produce",
            out.layout.name
        ))
    })?;
    let signature = signing::sign(recipe, algorithm, &to_sign, key)?;
    match recipe.placement {
        Placement::Field(name) => {
            let slot = signature_slot(out, members, name, slot)?;
            // The slot counts the members before the signature node, nulls included.
            let before = members[..slot]
                .iter()
                .filter(|(_, v)| !matches!(v, Json::Null))
                .count();
            texts.insert(before, (name, std::borrow::Cow::Owned(signature)));
            Ok(Message {
                body: write(&texts)?,
                headers,
            })
        }
        Placement::Header {
            name,
            prefix_config,
        } => {
            headers.push(signature_header(out, name, prefix_config, signature)?);
            Ok(Message {
                body: unsigned,
                headers,
            })
        }
    }
}

/// `{"name":value,...}`, each member serialized once, with where each member and its value
/// text sit: the signature is computed over exactly these texts, and they are the body sent.
struct Body {
    text: String,
    /// Where each member (`"name":value`) starts.
    starts: Vec<usize>,
    /// Each member's value text.
    values: Vec<Range<usize>>,
}

impl Body {
    fn assemble(members: &[(String, Json)]) -> Result<Body, Error> {
        let mut text = Vec::with_capacity(512);
        let mut starts = Vec::with_capacity(members.len());
        let mut values = Vec::with_capacity(members.len());
        text.push(b'{');
        for (i, (name, value)) in members.iter().enumerate() {
            if i > 0 {
                text.push(b',');
            }
            starts.push(text.len());
            write_json(&mut text, name)?;
            text.push(b':');
            let from = text.len();
            write_json(&mut text, value)?;
            values.push(from..text.len());
        }
        text.push(b'}');
        let text = String::from_utf8(text)
            .map_err(|e| Error::Encode(format!("serialized body is not UTF-8: {e}")))?;
        Ok(Body {
            text,
            starts,
            values,
        })
    }

    /// The body with the string member `name: value` inserted as member number `slot`.
    fn with_member(self, slot: usize, name: &str, value: &str) -> Result<Vec<u8>, Error> {
        let mut member = Vec::with_capacity(name.len() + value.len() + 8);
        write_json(&mut member, name)?;
        member.push(b':');
        write_json(&mut member, value)?;
        let text = self.text.as_bytes();
        let at = match self.starts.get(slot) {
            Some(&start) => {
                member.push(b',');
                start
            }
            // After the last member, before the closing brace.
            None => {
                if !self.starts.is_empty() {
                    member.insert(0, b',');
                }
                text.len() - 1
            }
        };
        let mut body = Vec::with_capacity(text.len() + member.len());
        body.extend_from_slice(&text[..at]);
        body.extend_from_slice(&member);
        body.extend_from_slice(&text[at..]);
        Ok(body)
    }
}

/// Compact JSON, as `Json`'s `Display` writes it.
fn write_json<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    serde_json::to_writer(out, value).map_err(|e| Error::Encode(format!("serializing: {e}")))
}

struct Builder<'a, 'o> {
    out: &'a Outgoing<'o>,
    /// Taken by the (single) content node.
    content: Option<Object>,
    /// Where the top-level signature node sits, so the signature lands where the layout says.
    signature_slot: Option<usize>,
}

impl Builder<'_, '_> {
    fn level(&mut self, nodes: &[EnvelopeNode], top: bool) -> Result<Vec<(String, Json)>, Error> {
        let inline = self.content.as_ref().map_or(0, Object::len);
        let mut members = Vec::with_capacity(nodes.len() + inline);
        for node in nodes {
            match &node.kind {
                NodeKind::Fill(fill) => {
                    let value = self.fill(*fill)?;
                    self.push(&mut members, node.wire.to_owned(), value)?;
                }
                NodeKind::Content(placement) => {
                    self.content(&mut members, node.wire, *placement)?
                }
                NodeKind::Object(children) => {
                    let inner = self.level(children, false)?;
                    self.push(
                        &mut members,
                        node.wire.to_owned(),
                        Json::Object(inner.into_iter().collect()),
                    )?;
                }
                NodeKind::Signature => self.signature_node(node.wire, top, members.len())?,
                NodeKind::Status(part) => {
                    if let Some(value) = self.status(node.wire, *part, false)? {
                        self.push(&mut members, node.wire.to_owned(), value)?;
                    }
                }
                NodeKind::BusinessStatus(part) => {
                    if let Some(value) = self.status(node.wire, *part, true)? {
                        self.push(&mut members, node.wire.to_owned(), value)?;
                    }
                }
            }
        }
        Ok(members)
    }

    fn push(
        &self,
        members: &mut Vec<(String, Json)>,
        name: String,
        value: Json,
    ) -> Result<(), Error> {
        if members.iter().any(|(n, _)| *n == name) {
            return Err(Error::Encode(format!(
                "member `{name}` appears twice in layout `{}` (content colliding with the envelope?)",
                self.out.layout.name
            )));
        }
        members.push((name, value));
        Ok(())
    }

    fn content(
        &mut self,
        members: &mut Vec<(String, Json)>,
        wire: &str,
        placement: ContentPlacement,
    ) -> Result<(), Error> {
        let Some(content) = self.content.take() else {
            return Ok(());
        };
        match placement {
            ContentPlacement::Inline => {
                for (name, value) in content {
                    self.push(members, name, value)?;
                }
                Ok(())
            }
            ContentPlacement::Object => self.push(members, wire.to_owned(), Json::Object(content)),
            ContentPlacement::JsonString => {
                let text = Json::Object(content).to_string();
                self.push(members, wire.to_owned(), Json::String(text))
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

    fn status(&self, wire: &str, part: StatusPart, business: bool) -> Result<Option<Json>, Error> {
        let Some(status) = self.out.status else {
            return Ok(None);
        };
        let (code, message, sub_code) = match (business, &status.business) {
            (false, _) => (&status.code, &status.message, &status.sub_code),
            (true, Some(level)) => (&level.code, &level.message, &level.sub_code),
            (true, None) => return Ok(None),
        };
        let text = match part {
            StatusPart::Code { .. } => code.as_deref(),
            StatusPart::Message => message.as_deref(),
            StatusPart::SubCode => sub_code.as_deref(),
        };
        let Some(text) = text else {
            return Ok(None);
        };
        match part {
            StatusPart::Code { integer: true } => Number::from_literal(text)
                .map(|n| Some(Json::Number(n)))
                .map_err(|_| {
                    Error::Encode(format!(
                        "status member `{wire}` must be a number, got `{text}`"
                    ))
                }),
            _ => Ok(Some(Json::String(text.to_owned()))),
        }
    }

    fn fill(&self, fill: Fill) -> Result<Json, Error> {
        let Outgoing {
            provider,
            op,
            ctx,
            creds,
            ..
        } = self.out;
        Ok(match fill {
            Fill::Const(text) => Json::String(text.to_owned()),
            Fill::ConstInt(n) => Json::from(n),
            Fill::Config(key) => Json::String(crate::write::config(*creds, key)?.to_owned()),
            Fill::Nonce(len) => {
                // The first `len` characters (all of them if there are fewer).
                let end = ctx
                    .nonce
                    .char_indices()
                    .nth(len)
                    .map_or(ctx.nonce.len(), |(at, _)| at);
                let nonce = &ctx.nonce[..end];
                if nonce.chars().count() < len {
                    return Err(Error::Encode(format!(
                        "the context's nonce has {} characters, layout `{}` needs {len}",
                        ctx.nonce.chars().count(),
                        self.out.layout.name
                    )));
                }
                Json::String(nonce.to_owned())
            }
            Fill::Timestamp(format) => {
                timestamp(ctx.unix_time, provider.utc_offset_minutes, format)?
            }
            Fill::MessageId => Json::String(ctx.message_id.clone()),
            Fill::SigningAlgorithm => {
                match signing::configured_algorithm_name(&provider.signing, *creds)? {
                    Some(name) => Json::String(name.to_owned()),
                    None => {
                        return Err(Error::Descriptor(format!(
                            "layout `{}` names the signing algorithm, but the recipe has no choice",
                            self.out.layout.name
                        )))
                    }
                }
            }
            Fill::OperationMethod => match op.method_constant {
                Some(method) => Json::String(method.to_owned()),
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

/// The context's time in the provider's own offset, in the layout's format.
fn timestamp(unix_time: i64, offset_minutes: i16, format: TimestampFormat) -> Result<Json, Error> {
    let encode = |e: crate::timestamp::TimestampError| Error::Encode(format!("request time: {e}"));
    let ts = Timestamp::from_unix_in_offset(unix_time, offset_minutes).map_err(encode)?;
    Ok(match format {
        TimestampFormat::UnixSeconds => Json::from(unix_time),
        TimestampFormat::Rfc3339 => Json::String(ts.to_rfc3339().map_err(encode)?),
        TimestampFormat::Compact => Json::String(ts.local().to_compact().map_err(encode)?),
        TimestampFormat::DateTime => Json::String(ts.local().to_datetime().map_err(encode)?),
        TimestampFormat::UnixMillis => Json::from(ts.unix_millis()),
    })
}
