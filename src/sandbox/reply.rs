//! Replies built as data: the spec's sandbox answer for the situation, the unified members from
//! the ledger, members echoed from the request, the spec's response defaults; then encoded and
//! signed by the spec's own rule.

use payspec_core::codec::{self, EncodeContext, EnvelopeStatus, Message, StatusLevel};
use payspec_core::descriptor::{
    Answer, AnswerLevel, OperationDescriptor, ProviderDescriptor, ProviderModule, SandboxAnswers,
    StateEntry, UnifiedField, UnifiedRole, ValueFormat,
};
use payspec_core::json::{Json, Number, Object};
use payspec_core::money::{Currency, Money};
use payspec_core::timestamp::Timestamp;
use payspec_core::{Credentials, Error, TradeStatus};

use super::ledger::{Trade, WireAmount};

/// Which of the spec's sandbox answers a reply uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Situation {
    Ok,
    Paying,
    Failed,
    SystemError,
    /// The request's signature does not verify (or no operation of the path takes it).
    BadSignature,
    /// A field is missing or does not fit the operation (a parameter error).
    Invalid,
    /// A pay with an order id the provider already has.
    DuplicateOrder,
    NotFound,
    Reversed,
    CallAgain,
}

impl Situation {
    /// Failure answers describe the request, not a trade: they carry no trade members and send
    /// content only when the spec gives the answer fields.
    fn is_failure(self) -> bool {
        matches!(
            self,
            Situation::SystemError
                | Situation::BadSignature
                | Situation::Invalid
                | Situation::DuplicateOrder
                | Situation::NotFound
        )
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Situation::Ok => "ok",
            Situation::Paying => "paying",
            Situation::Failed => "failed",
            Situation::SystemError => "system_error",
            Situation::BadSignature => "bad_signature",
            Situation::Invalid => "invalid",
            Situation::DuplicateOrder => "duplicate_order",
            Situation::NotFound => "not_found",
            Situation::Reversed => "reversed",
            Situation::CallAgain => "call_again",
        }
    }
}

/// An answer with the situations that are "merged over `ok`" (`paying`, `reversed`,
/// `call_again`) already merged; the others (`failed` included) stand as the spec writes them.
/// Each answer is the one the operation gives (`by_operation`), `ok` included.
struct Merged {
    code: Option<&'static str>,
    message: Option<&'static str>,
    sub_code: Option<&'static str>,
    business: Option<AnswerLevel>,
    fields: Vec<(&'static str, &'static str)>,
}

fn merged(answers: &'static SandboxAnswers, situation: Situation, op: &str) -> Merged {
    let ok = answers.ok.for_operation(op);
    let own = |a: &'static Answer| {
        let a = a.for_operation(op);
        Merged {
            code: a.code,
            message: a.message,
            sub_code: a.sub_code,
            business: a.business,
            fields: a.fields.to_vec(),
        }
    };
    let over_ok = |a: &'static Answer| {
        let a = a.for_operation(op);
        let mut fields: Vec<_> = ok
            .fields
            .iter()
            .filter(|(name, _)| !a.fields.iter().any(|(n, _)| n == name))
            .copied()
            .collect();
        fields.extend_from_slice(a.fields);
        Merged {
            code: a.code.or(ok.code),
            message: a.message.or(ok.message),
            sub_code: a.sub_code.or(ok.sub_code),
            business: a.business.or(ok.business),
            fields,
        }
    };
    match situation {
        Situation::Ok => own(&answers.ok),
        Situation::Paying => over_ok(&answers.paying),
        Situation::Reversed => over_ok(&answers.reversed),
        Situation::CallAgain => over_ok(&answers.call_again),
        Situation::Failed => own(&answers.failed),
        Situation::SystemError => own(&answers.system_error),
        Situation::BadSignature => own(&answers.bad_signature),
        Situation::Invalid => own(&answers.invalid),
        Situation::DuplicateOrder => own(&answers.duplicate_order),
        Situation::NotFound => own(&answers.not_found),
    }
}

/// Everything one reply is made from.
pub(crate) struct ReplyInput<'a> {
    pub module: &'static ProviderModule,
    pub op: &'static OperationDescriptor,
    pub situation: Situation,
    /// The trade the reply describes (absent for failure answers without one).
    pub trade: Option<&'a Trade>,
    /// The request's content, as decoded.
    pub request: Option<&'a Object>,
    /// The request's whole document (its top-level envelope members are echoed too).
    pub envelope: Option<&'a Json>,
    pub creds: &'a dyn Credentials,
}

/// The reply, signed by the spec's rule.
pub(crate) fn encode(input: &ReplyInput<'_>) -> Result<Message, Error> {
    let provider = input.module.provider;
    let answer = merged(
        super::answers(input.module)?,
        input.situation,
        input.op.name,
    );
    let status = EnvelopeStatus {
        code: answer.code.map(payspec_core::Text::from),
        message: answer.message.map(payspec_core::Text::from),
        sub_code: answer.sub_code.map(payspec_core::Text::from),
        business: answer.business.map(|level| StatusLevel {
            code: level.code.map(payspec_core::Text::from),
            message: level.message.map(payspec_core::Text::from),
            sub_code: level.sub_code.map(payspec_core::Text::from),
        }),
    };
    let content = content(input, &answer);
    let ctx = EncodeContext::try_fresh()?;
    match codec::encode_response(
        provider,
        input.op,
        &status,
        content.as_ref(),
        input.creds,
        &ctx,
    ) {
        // A layout whose signature covers the content object (Pooul signs the members of `data`)
        // cannot sign a reply without one; such a reply carries an empty content object instead.
        Err(_) if content.is_none() => codec::encode_response(
            provider,
            input.op,
            &status,
            Some(&Object::new()),
            input.creds,
            &ctx,
        ),
        other => other,
    }
}

/// The content object, or `None` for a failure answer that has no fields.
///
/// Precedence, first wins: the ledger's unified members (order id, provider trade id, amount,
/// trade state, paid time: the trade's truth); the answer's fields; the recall flag; members
/// echoed from the request (by wire name, or by unified role when the names differ), from the
/// pay request the trade was made by, from the request envelope and from non-secret config; the
/// response currency an amount names; the spec's response defaults. Only members the
/// operation's response lists are sent.
fn content(input: &ReplyInput<'_>, answer: &Merged) -> Option<Object> {
    let failure = input.situation.is_failure();
    if failure && answer.fields.is_empty() {
        return None;
    }
    let op = input.op;
    let listed = |wire: &str| op.response_fields.contains(&wire);
    let mut out = Object::new();
    let put = |out: &mut Object, wire: &str, value: Json| {
        if listed(wire) && !out.contains_key(wire) {
            out.insert(wire.to_owned(), value);
        }
    };

    let trade = input.trade.filter(|_| !failure);
    if let Some(trade) = trade {
        for field in op.response_unified {
            if let Some(value) = unified_value(input, trade, field) {
                put(&mut out, field.wire, value);
            }
        }
    }
    for (wire, json) in &answer.fields {
        if let Ok(value) = Json::parse(json) {
            put(&mut out, wire, value);
        }
    }
    if !failure {
        for field in op.response_unified {
            if field.role == UnifiedRole::Recall && field.format == ValueFormat::Flag {
                let again = input.situation == Situation::CallAgain;
                put(
                    &mut out,
                    field.wire,
                    Json::String(if again { "Y" } else { "N" }.into()),
                );
            }
        }
    }
    for (wire, value) in echoes(input, trade) {
        put(&mut out, &wire, value);
    }
    if let Some(trade) = trade {
        for field in op.response_unified {
            if let (UnifiedRole::Amount, ValueFormat::Minor { currency_field, .. }) =
                (field.role, field.format)
            {
                let currency = trade.amount.as_ref().and_then(|a| a.money);
                if let (Some(name), Some(money)) = (currency_field, currency) {
                    put(&mut out, name, Json::String(money.currency().code().into()));
                }
            }
        }
    }
    if !failure {
        for default in op.response_defaults {
            if let Ok(value) = Json::parse(default.json) {
                put(&mut out, default.wire, value);
            }
        }
    }
    Some(out)
}

/// A unified member from the ledger, in the response's wire format.
fn unified_value(input: &ReplyInput<'_>, trade: &Trade, field: &UnifiedField) -> Option<Json> {
    let provider = input.module.provider;
    match field.role {
        UnifiedRole::OrderId => Some(text_as(&trade.order_id, field.format)),
        UnifiedRole::ProviderTradeId => Some(text_as(&trade.provider_trade_id, field.format)),
        UnifiedRole::Amount => trade
            .amount
            .as_ref()
            .and_then(|a| amount_as(a, field.format)),
        UnifiedRole::TradeState => {
            let entry = state_entry(provider, trade.status)?;
            Some(code_value(entry.wire, field.format))
        }
        UnifiedRole::PaidAt => trade
            .paid_at
            .and_then(|unix| time_value(unix, field.format, provider.utc_offset_minutes)),
        _ => None,
    }
}

/// Text written in a format: a JSON integer where the format says so and the text is one.
fn text_as(text: &str, format: ValueFormat) -> Json {
    match format {
        ValueFormat::Integer | ValueFormat::Code { integer: true } => code_value(text, format),
        _ => Json::String(text.to_owned()),
    }
}

/// A code (trade state, enum) as the format writes it.
fn code_value(wire: &str, format: ValueFormat) -> Json {
    let integer = matches!(
        format,
        ValueFormat::Integer | ValueFormat::Code { integer: true }
    );
    match wire.parse::<i64>() {
        Ok(n) if integer => Json::Number(n.into()),
        _ => Json::String(wire.to_owned()),
    }
}

/// The provider's state value for a status; when the provider has no state for it, the nearest
/// one that reads the same way (a reversed trade is `closed` or `failed`, both "nothing held").
pub(crate) fn state_entry(
    provider: &ProviderDescriptor,
    status: TradeStatus,
) -> Option<&'static StateEntry> {
    use TradeStatus::*;
    let order: &[TradeStatus] = match status {
        Success => &[Success],
        Refunded => &[Refunded, Success],
        Paying => &[Paying, NotPaid],
        NotPaid => &[NotPaid, Paying],
        Failed => &[Failed, Closed],
        Closed => &[Closed, Failed],
        Reversed => &[Reversed, Closed, Failed],
        // No nearer state: a trade for a person reads as nothing else.
        Attention => &[Attention],
    };
    order
        .iter()
        .find_map(|s| provider.states.iter().find(|e| e.status == *s))
}

/// The received amount in the response's format: verbatim when the formats agree ("as sent"),
/// else rendered from the parsed money.
fn amount_as(amount: &WireAmount, format: ValueFormat) -> Option<Json> {
    let same = match (amount.format, format) {
        (ValueFormat::Minor { .. }, ValueFormat::Minor { .. }) => true,
        (a, b) => a == b,
    };
    if same {
        return Some(amount.value.clone());
    }
    let Some(money) = amount.money else {
        return Some(amount.value.clone());
    };
    Some(match format {
        ValueFormat::Fen | ValueFormat::Minor { .. } | ValueFormat::Integer => {
            Json::Number(money.minor().into())
        }
        ValueFormat::YuanNumber => Json::Number(Number::from_literal(&money.render_major()).ok()?),
        ValueFormat::YuanString | ValueFormat::Text => Json::String(money.render_major()),
        _ => amount.value.clone(),
    })
}

/// The amount a request member carries, as money, when its currency is known.
pub(crate) fn money_of(
    value: &Json,
    format: ValueFormat,
    request: &Object,
    creds: &dyn Credentials,
) -> Option<Money> {
    let text = match value {
        Json::Number(n) => n.to_string(),
        Json::String(s) => s.clone(),
        _ => return None,
    };
    let integer = || -> Option<i64> {
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        text.parse().ok()
    };
    match format {
        ValueFormat::Fen => Some(Money::fen(integer()?)),
        ValueFormat::YuanNumber | ValueFormat::YuanString => {
            Money::parse_major(&text, Currency::CNY).ok()
        }
        ValueFormat::Minor {
            currency_field,
            currency_config,
        } => {
            let code = currency_field
                .and_then(|f| request.get(f))
                .and_then(Json::as_str)
                .or_else(|| currency_config.and_then(|k| creds.value(k)))?;
            let currency = Currency::from_code(code).ok()?;
            Some(Money::from_minor(integer()?, currency))
        }
        _ => None,
    }
}

/// A time in a format, in the provider's offset.
pub(super) fn time_value(unix: i64, format: ValueFormat, offset_minutes: i16) -> Option<Json> {
    let ts = Timestamp::from_unix_in_offset(unix, offset_minutes).ok()?;
    Some(match format {
        ValueFormat::UnixSeconds | ValueFormat::Integer => Json::Number(unix.into()),
        ValueFormat::Rfc3339 => Json::String(ts.to_rfc3339().ok()?),
        ValueFormat::Compact | ValueFormat::Text => Json::String(ts.local().to_compact().ok()?),
        ValueFormat::DateTime => Json::String(ts.local().to_datetime().ok()?),
        ValueFormat::UnixMillis => Json::Number(ts.unix_millis().into()),
        _ => return None,
    })
}

/// Request members a reply may echo, first wins: the request's content (by wire name, then by
/// unified role under the response's name), the pay request the trade was made by, the request
/// envelope's top-level scalars, the merchant's non-secret config. Never an auth code.
fn echoes(input: &ReplyInput<'_>, trade: Option<&Trade>) -> Vec<(String, Json)> {
    let op = input.op;
    let mut out = Vec::new();
    let secret = |wire: &str| {
        op.request_unified
            .iter()
            .any(|f| f.role == UnifiedRole::AuthCode && f.wire == wire)
    };
    let mut from_content = |content: &Object, request_unified: &[UnifiedField]| {
        for (wire, value) in content {
            if !secret(wire) {
                out.push((wire.clone(), value.clone()));
            }
        }
        for field in op.response_unified {
            let same_role = request_unified
                .iter()
                .find(|f| f.role == field.role && f.role != UnifiedRole::AuthCode);
            if let Some(value) = same_role.and_then(|f| content.get(f.wire)) {
                out.push((field.wire.to_owned(), value.clone()));
            }
        }
    };
    if let Some(request) = input.request {
        from_content(request, op.request_unified);
    }
    if let Some(trade) = trade {
        let pay_unified = input
            .module
            .operations
            .iter()
            .find(|o| o.role == payspec_core::descriptor::OperationRole::Pay)
            .map_or(&[][..], |o| o.request_unified);
        from_content(&trade.request, pay_unified);
    }
    if let Some(Json::Object(top)) = input.envelope {
        for (wire, value) in top {
            if matches!(value, Json::String(_) | Json::Number(_)) && !secret(wire) {
                out.push((wire.clone(), value.clone()));
            }
        }
    }
    for key in input.module.config.iter().filter(|k| !k.sensitive) {
        if let Some(value) = input.creds.value(key.key) {
            out.push((key.key.to_owned(), Json::String(value.to_owned())));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn money_from_each_format() {
        let creds: BTreeMap<String, String> = [("currency".into(), "JPY".into())].into();
        let empty = Object::new();
        let n = |t: &str| Json::Number(Number::from_literal(t).unwrap());
        assert_eq!(
            money_of(&n("12"), ValueFormat::Fen, &empty, &creds),
            Some(Money::fen(12))
        );
        assert_eq!(
            money_of(&Json::String("12".into()), ValueFormat::Fen, &empty, &creds),
            Some(Money::fen(12))
        );
        assert_eq!(
            money_of(&n("80.00"), ValueFormat::YuanNumber, &empty, &creds),
            Some(Money::fen(8000))
        );
        let minor = ValueFormat::Minor {
            currency_field: None,
            currency_config: Some("currency"),
        };
        assert_eq!(
            money_of(&n("2100"), minor, &empty, &creds),
            Some(Money::from_minor(2100, Currency::JPY))
        );
        assert_eq!(money_of(&n("-1"), ValueFormat::Fen, &empty, &creds), None);
    }

    #[test]
    fn amounts_cross_formats_exactly() {
        let amount = WireAmount {
            value: Json::Number(1.into()),
            format: ValueFormat::Fen,
            money: Some(Money::fen(1)),
        };
        assert_eq!(
            amount_as(&amount, ValueFormat::YuanString),
            Some(Json::String("0.01".into()))
        );
        assert_eq!(
            amount_as(&amount, ValueFormat::YuanNumber).map(|v| v.to_string()),
            Some("0.01".into())
        );
        assert_eq!(
            amount_as(&amount, ValueFormat::Fen),
            Some(Json::Number(1.into()))
        );
    }

    #[test]
    fn codes_are_integers_only_where_the_format_says() {
        assert_eq!(
            code_value("6", ValueFormat::Code { integer: true }),
            Json::Number(6.into())
        );
        assert_eq!(
            code_value("6", ValueFormat::Code { integer: false }),
            Json::String("6".into())
        );
        assert_eq!(
            code_value("USERPAYING", ValueFormat::Code { integer: true }),
            Json::String("USERPAYING".into())
        );
    }
}
