//! [`Gateway`] for any provider, driven by its generated descriptors.

use std::sync::Arc;

use tracing::Instrument;

use super::{Gateway, PayIntent, TradeView};
use crate::exchange;
use crate::transport::{BoxFuture, Transport};
use payspec_core::classify;
use payspec_core::codec::{read, Message, Reply};
use payspec_core::credentials::{CredentialStore, Credentials};
use payspec_core::descriptor::{
    OperationDescriptor, OperationRole, ProviderModule, UnifiedRole, ValueFormat,
};
use payspec_core::error::Error;
use payspec_core::json::{Json, Object};
use payspec_core::status::Classification;
use payspec_core::unified::{self, UnifiedValue};

/// Talks to one provider by its [`ProviderModule`]: requests are built from the operations'
/// unified fields and defaults, checked by the generated validation, signed, sent, verified and
/// read back into a [`TradeView`]. No code per provider.
pub struct SpecGateway {
    module: &'static ProviderModule,
    creds: Arc<dyn Credentials + Send + Sync>,
    /// Where the provider's rotating configuration values are kept, if anywhere.
    store: Option<Arc<dyn CredentialStore>>,
    base_url: String,
    transport: Arc<dyn Transport>,
}

impl core::fmt::Debug for SpecGateway {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("SpecGateway")
            .field("provider", &self.module.provider.name)
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl SpecGateway {
    /// `base_url` is the provider's host (and any path prefix); each operation's path is
    /// appended to it.
    pub fn new(
        module: &'static ProviderModule,
        creds: Arc<dyn Credentials + Send + Sync>,
        base_url: impl Into<String>,
        transport: Arc<dyn Transport>,
    ) -> SpecGateway {
        SpecGateway {
            module,
            creds,
            store: None,
            base_url: base_url.into(),
            transport,
        }
    }

    /// Reads the provider's rotating configuration values (a device key an activation handed
    /// out) from `store`, over the static configuration, for every call.
    pub fn with_credential_store(mut self, store: Arc<dyn CredentialStore>) -> SpecGateway {
        self.store = Some(store);
        self
    }

    /// One step: build, check, encode, send, decode, read.
    async fn call(
        &self,
        role: OperationRole,
        order_id: &str,
        values: Values<'_>,
    ) -> Result<TradeView, Error> {
        let provider = self.module.provider;
        let op = self
            .module
            .operation(role)
            .ok_or_else(|| Error::Unsupported {
                provider: provider.name,
                step: step_name(role),
            })?;
        let content = Json::Object(self.content(op, values)?);
        // The content becomes the typed request once, which validates and encodes itself; the
        // reply is read in one pass into the members the view reads.
        let decoded = exchange::exchange_with(
            provider,
            op,
            &self.base_url,
            |creds, ctx| (self.module.encode_request)(op.name, &content, creds, ctx),
            |reply, creds| self.decode(op, reply, creds),
            &*self.creds,
            self.store.as_deref(),
            &*self.transport,
        )
        .await?;
        let view = self.view(op, order_id, decoded)?;
        tracing::info!(
            classification = view.classification.as_str(),
            state = view.raw_state.as_deref(),
            "provider answered"
        );
        Ok(view)
    }

    /// The verified, classified reply, its content as a map, read in one pass over the bytes as
    /// received: verified there, classified by the operation's rules over the signals read on
    /// the way ([`payspec_core::classify::classify_signals`]), the content parsed once. Whatever that pass does
    /// not settle itself (any refusal, a signature that does not verify, content carried as a
    /// JSON string…) is read by the interpreter instead, which gives the exact error or reading:
    /// the pass only ever answers as the interpreter would (its own tests compare the two).
    /// `creds` is the configuration of this call (rotating values included).
    ///
    /// Not the operation's typed reply, on purpose: the typed struct must read every member it
    /// lists, so one member the view never reads (a date in an unexpected form) would turn a
    /// paid sale into an unknown one, which the saga may end by reversing it; and a failure
    /// reply lacking a member the struct requires would have no content, so the order it names
    /// could not be checked against the one asked about. The view is bound by the members it
    /// reads, and those are read exactly.
    fn decode(
        &self,
        op: &'static OperationDescriptor,
        reply: &Message,
        creds: &dyn Credentials,
    ) -> Result<Reply<Object>, Error> {
        // Only the members the unified view reads are put in the map ([`SpecGateway::view`]).
        let read_by_view = |name: &str| {
            op.response_unified.iter().any(|field| {
                field.wire == name
                    || matches!(
                        field.format,
                        ValueFormat::Minor { currency_field: Some(currency), .. } if currency == name
                    )
            })
        };
        read::reply_members(self.module.provider, op, reply, creds, &read_by_view)
    }

    /// The request content: every unified field the value source supplies, then the spec's
    /// defaults for members still unset.
    fn content(&self, op: &OperationDescriptor, values: Values<'_>) -> Result<Object, Error> {
        // Query and reverse find the trade by the merchant order id, so a pay without one must
        // not be sent; a pay without the amount or the code would be refused or, worse, guessed.
        for &role in values.required() {
            if !op.request_unified.iter().any(|f| f.role == role) {
                return Err(Error::Encode(format!(
                    "operation `{}` has no {role:?} field",
                    op.name
                )));
            }
        }
        let mut content = Object::new();
        for field in op.request_unified {
            if let Some(value) = values.value(field.role) {
                unified::write(&mut content, field, value, &*self.creds)?;
            }
        }
        for default in op.request_defaults {
            if content.contains_key(default.wire) {
                continue;
            }
            let value = Json::parse(default.json).map_err(|e| {
                Error::Encode(format!(
                    "default of `{}` in `{}` is not JSON: {e}",
                    default.wire, op.name
                ))
            })?;
            content.insert(default.wire.to_owned(), value);
        }
        Ok(content)
    }

    /// Reads the unified view of a verified reply.
    ///
    /// A pay or query answer that says the money moved (success) or may yet (pending) is what
    /// the saga binds to the payment ([`payspec_core::binding`]), so the members it binds by must be
    /// read, not guessed: on such an answer a missing order id (when the spec's reply has one)
    /// or an amount that is there but unreadable is [`Error::Malformed`] (unknown: the saga
    /// queries), never a view without them. The codec has already refused a success or pending
    /// reply lacking a member the spec requires.
    fn view(
        &self,
        op: &OperationDescriptor,
        order_id: &str,
        reply: Reply<Object>,
    ) -> Result<TradeView, Error> {
        let mut content = reply.body.unwrap_or_default();
        for (name, value) in reply.extra {
            content.entry(name).or_insert(value);
        }
        let mut view = TradeView {
            order_id: order_id.to_owned(),
            classification: reply.classification,
            status: None,
            raw_state: None,
            provider_trade_id: None,
            amount: None,
            message: human_message(
                reply.status.sub_code.map(String::from),
                reply.status.message.map(String::from),
            ),
        };
        let binds = matches!(op.role, OperationRole::Pay | OperationRole::Query)
            && matches!(
                reply.classification,
                Classification::Success | Classification::Pending
            );
        let malformed = |why: String| {
            Error::Malformed(format!(
                "reply to `{}` is {}, but {why}",
                op.name,
                reply.classification.as_str()
            ))
        };
        for field in op.response_unified {
            match field.role {
                UnifiedRole::OrderId => match unified::read_text(&content, field.wire) {
                    // An answer about another trade must never be read as this one's.
                    Some(other) if other != order_id => {
                        return Err(Error::Malformed(format!(
                            "reply to `{}` is about order `{other}`, not `{order_id}`",
                            op.name
                        )))
                    }
                    Some(_) => {}
                    // Without it nothing says the answer is about this order.
                    None if binds && reply.classification == Classification::Success => {
                        return Err(malformed(format!(
                            "it does not name the order (`{}` is absent)",
                            field.wire
                        )))
                    }
                    None => {}
                },
                UnifiedRole::ProviderTradeId => {
                    view.provider_trade_id = unified::read_text(&content, field.wire);
                }
                UnifiedRole::TradeState => {
                    view.raw_state = unified::read_text(&content, field.wire);
                }
                // The saga compares the amount with the payment's; one it cannot read must not
                // pass as "not stated". On a failure or an unknown answer it decides nothing,
                // so it is only logged there.
                UnifiedRole::Amount => match unified::read_money(&content, field, &*self.creds) {
                    Ok(amount) => view.amount = amount,
                    Err(error) if binds => {
                        return Err(malformed(format!("its amount cannot be read: {error}")))
                    }
                    Err(error) => {
                        tracing::warn!(member = field.wire, %error, "amount not readable");
                    }
                },
                _ => {}
            }
        }
        if view.raw_state.is_none() {
            view.raw_state = reply.trade_state.map(String::from);
        }
        view.status = view
            .raw_state
            .as_deref()
            .and_then(|raw| classify::status_of(self.module.provider.states, raw));
        Ok(view)
    }

    fn traced<'a>(
        &'a self,
        role: OperationRole,
        order_id: &'a str,
        values: Values<'a>,
    ) -> BoxFuture<'a, Result<TradeView, Error>> {
        let span = tracing::info_span!(
            "gateway",
            provider = self.module.provider.name,
            step = step_name(role),
            order_id,
        );
        Box::pin(self.call(role, order_id, values).instrument(span))
    }
}

impl Gateway for SpecGateway {
    fn module(&self) -> &'static ProviderModule {
        self.module
    }

    fn pay<'a>(&'a self, intent: &'a PayIntent) -> BoxFuture<'a, Result<TradeView, Error>> {
        self.traced(OperationRole::Pay, &intent.order_id, Values::Pay(intent))
    }

    fn query<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>> {
        self.traced(OperationRole::Query, order_id, Values::Order(order_id))
    }

    fn reverse<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>> {
        self.traced(OperationRole::Reverse, order_id, Values::Order(order_id))
    }
}

/// Where a step's unified request values come from.
#[derive(Clone, Copy)]
enum Values<'a> {
    Pay(&'a PayIntent),
    /// Query and reverse: the order id alone.
    Order(&'a str),
}

impl<'a> Values<'a> {
    fn value(self, role: UnifiedRole) -> Option<UnifiedValue<'a>> {
        let text = |s: &'a str| Some(UnifiedValue::Text(s));
        match (self, role) {
            (Values::Order(order_id), UnifiedRole::OrderId) => text(order_id),
            (Values::Order(_), _) => None,
            (Values::Pay(intent), role) => match role {
                UnifiedRole::OrderId => text(&intent.order_id),
                UnifiedRole::Amount => Some(UnifiedValue::Money(intent.amount)),
                UnifiedRole::AuthCode => text(intent.auth_code.expose()),
                UnifiedRole::Subject => text(&intent.subject),
                UnifiedRole::Description => intent.description.as_deref().and_then(text),
                UnifiedRole::DeviceId => intent.device_id.as_deref().and_then(text),
                UnifiedRole::NotifyUrl => intent.notify_url.as_deref().and_then(text),
                UnifiedRole::ProviderTradeId
                | UnifiedRole::TradeState
                | UnifiedRole::PaidAt
                | UnifiedRole::Recall => None,
            },
        }
    }

    /// The roles the operation's request must have a field for.
    fn required(self) -> &'static [UnifiedRole] {
        match self {
            Values::Pay(_) => &[
                UnifiedRole::OrderId,
                UnifiedRole::Amount,
                UnifiedRole::AuthCode,
            ],
            Values::Order(_) => &[UnifiedRole::OrderId],
        }
    }
}

/// The step's name in errors and logs.
fn step_name(role: OperationRole) -> &'static str {
    match role {
        OperationRole::Pay => "pay",
        OperationRole::Query => "query",
        OperationRole::Reverse => "reverse",
        OperationRole::UnifiedOrder => "unified order",
        OperationRole::Notify => "notify",
        OperationRole::Other => "other",
    }
}

/// `base` and `path` with exactly one `/` between them.
/// `SUB_CODE: message`, either part alone, or nothing.
fn human_message(sub_code: Option<String>, message: Option<String>) -> Option<String> {
    let sub_code = sub_code.filter(|s| !s.is_empty());
    let message = message.filter(|s| !s.is_empty());
    match (sub_code, message) {
        (Some(code), Some(message)) => Some(format!("{code}: {message}")),
        (code, message) => code.or(message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_for_humans() {
        let s = |t: &str| Some(t.to_owned());
        assert_eq!(
            human_message(s("SYSTEMERROR"), s("busy")).as_deref(),
            Some("SYSTEMERROR: busy")
        );
        assert_eq!(human_message(None, s("ok")).as_deref(), Some("ok"));
        assert_eq!(human_message(s("X"), s("")).as_deref(), Some("X"));
        assert_eq!(human_message(None, None), None);
    }
}
