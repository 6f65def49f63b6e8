//! One call to a provider: encode and sign, send, verify and decode. Typed generated clients and
//! the descriptor-driven gateway both go through [`exchange`], so every call is made one way.

use serde::{de::DeserializeOwned, Serialize};

use std::sync::Arc;

use payspec_core::descriptor::ClientCertificate;

use crate::transport::{ClientIdentity, HttpCall, Transport};

mod identities;
use payspec_core::codec::{self, read, EncodeContext, Message, Reply};
use payspec_core::credentials::{self, CredentialStore, Credentials, Overlay};
use payspec_core::descriptor::{OperationDescriptor, ProviderDescriptor};
use payspec_core::error::Error;
use payspec_core::json::Json;
use payspec_core::status::Classification;
use payspec_core::Redacted;

/// Sends `content` as operation `op` to `base_url` and returns the verified, classified reply.
/// The caller validates first: nothing here decides whether a request may be sent.
///
/// With a credential `store`, the provider's rotating configuration values are read from it
/// over `creds` for this call ([`current_credentials`]), and a successful reply of an operation
/// that hands out a new value ([`ConfigUpdate`]) has it written there before the reply is
/// returned, so the next call signs with it.
///
/// Encoded and read by the runtime's interpreter (any serializable content); the typed clients
/// call [`exchange_with`] with their operation's generated encoder and decoder instead.
pub async fn exchange<Req, Resp>(
    provider: &'static ProviderDescriptor,
    op: &'static OperationDescriptor,
    base_url: &str,
    content: &Req,
    creds: &(dyn Credentials + Sync),
    store: Option<&dyn CredentialStore>,
    transport: &dyn Transport,
) -> Result<Reply<Resp>, Error>
where
    Req: Serialize + Sync,
    Resp: DeserializeOwned,
{
    exchange_with(
        provider,
        op,
        base_url,
        |creds, ctx| codec::encode_request(provider, op, content, creds, ctx),
        |reply, creds| codec::decode_response(provider, op, reply, creds),
        creds,
        store,
        transport,
    )
    .await
}

/// [`exchange`] with the request made by `encode` (given this call's configuration, rotated
/// values included, and a fresh [`EncodeContext`]; nothing is sent when it fails) and the reply
/// read by `decode`: a generated operation's own encoder (which validates first) and one-pass
/// reply decoder.
#[allow(clippy::too_many_arguments)]
pub async fn exchange_with<Resp>(
    provider: &'static ProviderDescriptor,
    op: &'static OperationDescriptor,
    base_url: &str,
    encode: impl FnOnce(&dyn Credentials, &EncodeContext) -> Result<Message, Error>,
    decode: impl FnOnce(&Message, &dyn Credentials) -> Result<Reply<Resp>, Error>,
    creds: &(dyn Credentials + Sync),
    store: Option<&dyn CredentialStore>,
    transport: &dyn Transport,
) -> Result<Reply<Resp>, Error> {
    let creds = current_credentials(provider, creds, store).await?;
    let message = encode(&creds, &EncodeContext::try_fresh()?)?;
    let reply = send_message(provider, op, base_url, message, &creds, transport).await?;
    let decoded = decode(&reply, &creds)?;
    if let Some(store) = store {
        if decoded.classification == Classification::Success && !op.updates_config.is_empty() {
            remember(provider, op, &reply, &creds, store).await?;
        }
    }
    Ok(decoded)
}

/// `creds` with the current values of the provider's rotating keys from `store` laid over
/// them. A store that cannot be read is a configuration error before anything is sent:
/// signing with a value the provider has already replaced would be refused at best.
pub async fn current_credentials<'a>(
    provider: &ProviderDescriptor,
    creds: &'a (dyn Credentials + Sync),
    store: Option<&dyn CredentialStore>,
) -> Result<Overlay<'a>, Error> {
    match store {
        Some(store) if !provider.rotating_config.is_empty() => {
            credentials::overlay(store, provider.name, provider.rotating_config, creds)
                .await
                .map_err(|e| Error::Config(format!("{e}; nothing was sent")))
        }
        _ => Ok(Overlay::plain(creds)),
    }
}

/// Writes the values a successful reply hands out to `store`. The reply was verified already;
/// it is read again as members (an operation that sets configuration is never a payment, so
/// the second reading costs nothing that matters). A value that cannot be stored is an error
/// naming the key, never its value: the provider has issued it, so the caller must call again.
async fn remember(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    reply: &Message,
    creds: &(dyn Credentials + Sync),
    store: &dyn CredentialStore,
) -> Result<(), Error> {
    let members = read::reply_object(provider, op, reply, creds)?;
    let Some(content) = members.body else {
        return Ok(());
    };
    for update in op.updates_config {
        let Some(value) = content.get(update.field).and_then(Json::as_str) else {
            continue;
        };
        store
            .update(
                provider.name,
                update.config,
                Redacted::new(value.to_owned()),
            )
            .await
            .map_err(|e| {
                Error::Config(format!(
                    "`{}` answered a new `{}` that could not be stored ({e}); call `{}` again",
                    op.name, update.config, op.name
                ))
            })?;
        tracing::info!(
            provider = provider.name,
            operation = op.name,
            key = update.config,
            "configuration value updated"
        );
    }
    Ok(())
}

/// Sends an encoded, signed request as operation `op` (with the client certificate the
/// operation names, if any) and returns the reply as received, not yet verified.
pub async fn send_message(
    provider: &'static ProviderDescriptor,
    op: &'static OperationDescriptor,
    base_url: &str,
    message: Message,
    creds: &(dyn Credentials + Sync),
    transport: &dyn Transport,
) -> Result<Message, Error> {
    let call = HttpCall {
        provider: provider.name,
        operation: op.name,
        method: op.http_method,
        url: join_url(base_url, op.path),
        message,
    };
    Ok(match op.client_certificate {
        None => transport.send(call).await?,
        Some(certificate) => {
            let identity = client_identity(provider, certificate, creds)?;
            transport.send_with_identity(call, identity).await?
        }
    })
}

/// The TLS identity an operation presents, from the configuration values its spec names: built
/// once per distinct certificate and key, then shared (so its connections are reused). A value
/// that is missing, or a certificate and key that cannot be used, is an error before anything
/// is sent.
pub fn client_identity(
    provider: &ProviderDescriptor,
    certificate: ClientCertificate,
    creds: &(dyn Credentials + Sync),
) -> Result<Arc<ClientIdentity>, Error> {
    let value = |key: &str| {
        creds
            .value(key)
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| Error::MissingConfig(key.to_owned()))
    };
    let (chain, key) = (value(certificate.certificate)?, value(certificate.key)?);
    identities::get_or_build(provider.name, chain, key).map_err(|e| Error::Transport(e.into()))
}

/// `base` (host and any prefix) joined with an operation path, with exactly one `/` between.
pub fn join_url(base: &str, path: &str) -> String {
    let base = base.trim_end_matches('/');
    let path = path.trim_start_matches('/');
    if path.is_empty() {
        base.to_owned()
    } else {
        format!("{base}/{path}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_join_with_one_slash() {
        assert_eq!(join_url("http://h/", "/pay"), "http://h/pay");
        assert_eq!(
            join_url("http://h/pooul", "gateway"),
            "http://h/pooul/gateway"
        );
        assert_eq!(join_url("http://h", ""), "http://h");
        assert_eq!(join_url("https://h/api", "/v1/pay"), "https://h/api/v1/pay");
    }
}
