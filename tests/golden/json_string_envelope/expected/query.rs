// @generated from tests/golden/json_string_envelope/spec.yaml by `codegen generate`; do not edit.

//! Operation `query` (query, outbound).
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_runtime::descriptor::OperationDescriptor = ::payspec_runtime::descriptor::OperationDescriptor {
    name: "query",
    role: ::payspec_runtime::descriptor::OperationRole::Query,
    direction: ::payspec_runtime::descriptor::Direction::Outbound,
    path: "/gateway",
    http_method: "POST",
    method_constant: ::std::option::Option::Some("openapi.payment.order.query"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    request_fields: &["merchant_order_sn"],
    response_fields: &["trade_state"],
    request_required: &["merchant_order_sn"],
    response_required: &[],
    outcome: ::payspec_runtime::descriptor::OutcomeRules {
        signals: &[
            ::payspec_runtime::descriptor::Signal {
                name: "code",
                path: &["result_code"],
            },
            ::payspec_runtime::descriptor::Signal {
                name: "trade_state",
                path: &["data", "trade_state"],
            },
        ],
        rules: &[
            ::payspec_runtime::descriptor::Rule {
                when: &[
                    ::payspec_runtime::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["200"]),
                    },
                ],
                then: ::payspec_runtime::descriptor::RuleResult::FromState,
            },
        ],
        otherwise: ::payspec_runtime::Classification::Unknown,
    },
    request_unified: &[
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::OrderId,
            wire: "merchant_order_sn",
            format: ::payspec_runtime::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
};
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryRequest {
    /// `merchant_order_sn`
    pub merchant_order_sn: ::std::string::String,
}
impl ::payspec_runtime::Validate for QueryRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_runtime::Violations) {
        ::payspec_runtime::validate::required_text(
            out,
            path,
            "merchant_order_sn",
            &self.merchant_order_sn,
        );
    }
}
impl QueryRequest {
    /// Validates, then encodes the signed request (client side). Nothing is encoded when validation fails: every violation is returned.
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
    /// Verifies the merchant's signature and parses a received request (server side).
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
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryResponse {
    /// `trade_state`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_state: ::std::option::Option<super::types::TradeState>,
}
impl ::payspec_runtime::Validate for QueryResponse {
    fn collect_violations(&self, _path: &str, _out: &mut ::payspec_runtime::Violations) {}
}
impl QueryResponse {
    /// Verifies the provider's signature over the bytes as received, then parses and
    /// classifies the reply (client side).
    pub fn decode(
        message: &::payspec_runtime::Message,
        config: &super::Config,
    ) -> ::std::result::Result<
        ::payspec_runtime::Reply<Self>,
        ::payspec_runtime::Error,
    > {
        ::payspec_runtime::codec::decode_response(
            &super::PROVIDER,
            &OPERATION,
            message,
            config,
        )
    }
    /// Encodes a signed reply with this envelope status; `content` may be absent for a
    /// failure (server side, for a simulator).
    pub fn encode(
        content: ::std::option::Option<&Self>,
        status: &::payspec_runtime::EnvelopeStatus,
        config: &super::Config,
        ctx: &::payspec_runtime::EncodeContext,
    ) -> ::std::result::Result<::payspec_runtime::Message, ::payspec_runtime::Error> {
        ::payspec_runtime::codec::encode_response(
            &super::PROVIDER,
            &OPERATION,
            status,
            content,
            config,
            ctx,
        )
    }
    /// The provider's trade state, if the reply carries one.
    pub fn trade_state(&self) -> ::std::option::Option<&super::types::TradeState> {
        self.trade_state.as_ref()
    }
    /// The unified status; `None` when absent or not listed in the spec (unknown).
    pub fn trade_status(&self) -> ::std::option::Option<::payspec_runtime::TradeStatus> {
        self.trade_state().and_then(super::types::TradeState::status)
    }
}
