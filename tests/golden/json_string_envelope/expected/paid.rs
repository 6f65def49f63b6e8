// @generated from tests/golden/json_string_envelope/spec.yaml by `codegen generate`; do not edit.

//! Operation `paid` (notify, inbound).
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_runtime::descriptor::OperationDescriptor = ::payspec_runtime::descriptor::OperationDescriptor {
    name: "paid",
    role: ::payspec_runtime::descriptor::OperationRole::Notify,
    direction: ::payspec_runtime::descriptor::Direction::Inbound,
    path: "/notify",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_NOTIFICATION,
    response: ::std::option::Option::None,
    ack: ::std::option::Option::Some("success"),
    request_fields: &["merchant_order_sn", "trade_state"],
    response_fields: &[],
    request_required: &["merchant_order_sn", "trade_state"],
    response_required: &[],
    outcome: ::payspec_runtime::descriptor::OutcomeRules {
        signals: &[
            ::payspec_runtime::descriptor::Signal {
                name: "trade_state",
                path: &["data", "trade_state"],
            },
        ],
        rules: &[
            ::payspec_runtime::descriptor::Rule {
                when: &[
                    ::payspec_runtime::descriptor::Condition {
                        signal: "trade_state",
                        test: ::payspec_runtime::descriptor::Test::Present,
                    },
                ],
                then: ::payspec_runtime::descriptor::RuleResult::FromState,
            },
        ],
        otherwise: ::payspec_runtime::Classification::Unknown,
    },
    request_unified: &[],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
};
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaidMessage {
    /// `merchant_order_sn`
    pub merchant_order_sn: ::std::string::String,
    /// `trade_state`
    pub trade_state: super::types::TradeState,
}
impl ::payspec_runtime::Validate for PaidMessage {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_runtime::Violations) {
        ::payspec_runtime::validate::required_text(
            out,
            path,
            "merchant_order_sn",
            &self.merchant_order_sn,
        );
    }
}
impl PaidMessage {
    /// The plain-text acknowledgement to answer once the notification is recorded.
    pub const ACK: &'static str = "success";
    /// Encodes a signed notification (the provider's side, for a simulator).
    pub fn encode(
        &self,
        config: &super::Config,
        ctx: &::payspec_runtime::EncodeContext,
    ) -> ::std::result::Result<::payspec_runtime::Message, ::payspec_runtime::Error> {
        ::payspec_runtime::Validate::validate(self)
            .map_err(::payspec_runtime::Error::Invalid)?;
        ::payspec_runtime::codec::encode_request(
            &super::PROVIDER,
            &OPERATION,
            self,
            config,
            ctx,
        )
    }
    /// Verifies the provider's signature over the bytes as received, then parses the notification.
    pub fn decode(
        message: &::payspec_runtime::Message,
        config: &super::Config,
    ) -> ::std::result::Result<
        ::payspec_runtime::Inbound<Self>,
        ::payspec_runtime::Error,
    > {
        ::payspec_runtime::codec::decode_request(
            &super::PROVIDER,
            &OPERATION,
            message,
            config,
        )
    }
}
