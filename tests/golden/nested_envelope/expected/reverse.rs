// @generated from tests/golden/nested_envelope/spec.yaml by `codegen generate`; do not edit.

//! Operation `reverse` (reverse, outbound).
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_runtime::descriptor::OperationDescriptor = ::payspec_runtime::descriptor::OperationDescriptor {
    name: "reverse",
    role: ::payspec_runtime::descriptor::OperationRole::Reverse,
    direction: ::payspec_runtime::descriptor::Direction::Outbound,
    path: "/api/offline/reverse",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    request_fields: &["partnerOrderNo"],
    response_fields: &[],
    request_required: &["partnerOrderNo"],
    response_required: &[],
    outcome: ::payspec_runtime::descriptor::OutcomeRules {
        signals: &[
            ::payspec_runtime::descriptor::Signal {
                name: "code",
                path: &["response", "body", "code"],
            },
        ],
        rules: &[
            ::payspec_runtime::descriptor::Rule {
                when: &[
                    ::payspec_runtime::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["1"]),
                    },
                ],
                then: ::payspec_runtime::descriptor::RuleResult::Is(
                    ::payspec_runtime::Classification::Success,
                ),
            },
            ::payspec_runtime::descriptor::Rule {
                when: &[
                    ::payspec_runtime::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["50"]),
                    },
                ],
                then: ::payspec_runtime::descriptor::RuleResult::Is(
                    ::payspec_runtime::Classification::Failed,
                ),
            },
        ],
        otherwise: ::payspec_runtime::Classification::Unknown,
    },
    request_unified: &[
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::OrderId,
            wire: "partnerOrderNo",
            format: ::payspec_runtime::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
};
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReverseRequest {
    /// `partnerOrderNo`
    #[serde(rename = "partnerOrderNo")]
    pub partner_order_no: ::std::string::String,
}
impl ::payspec_runtime::Validate for ReverseRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_runtime::Violations) {
        ::payspec_runtime::validate::required_text(
            out,
            path,
            "partnerOrderNo",
            &self.partner_order_no,
        );
    }
}
impl ReverseRequest {
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
pub struct ReverseResponse {}
impl ::payspec_runtime::Validate for ReverseResponse {
    fn collect_violations(&self, _path: &str, _out: &mut ::payspec_runtime::Violations) {}
}
impl ReverseResponse {
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
}
