// @generated from specs/fubei.yaml by `codegen generate`; do not edit.

//! Operation `reverse` (reverse, outbound).
//!
//! 订单撤销 openapi.payment.order.reverse（assumed）。
//!
//! Assumed (not in the provider's document): Not in the document. Assumed: method openapi.payment.order.reverse (Fubei's public SDKs name
//! it; only for barcode orders) on the same envelope and signing, biz_content
//! `{merchant_order_sn | order_sn}` (at least one); 200 means reversed, 400 refused. No "call
//! again" flag is assumed; anything else is retried per the poll policy.
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_runtime::descriptor::OperationDescriptor = ::payspec_runtime::descriptor::OperationDescriptor {
    name: "reverse",
    role: ::payspec_runtime::descriptor::OperationRole::Reverse,
    direction: ::payspec_runtime::descriptor::Direction::Outbound,
    path: "/gateway",
    http_method: "POST",
    method_constant: ::std::option::Option::Some("openapi.payment.order.reverse"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    request_fields: &["merchant_order_sn", "order_sn"],
    response_fields: &["merchant_order_sn", "order_sn"],
    request_required: &[],
    response_required: &[],
    outcome: ::payspec_runtime::descriptor::OutcomeRules {
        signals: &[
            ::payspec_runtime::descriptor::Signal {
                name: "result_code",
                path: &["result_code"],
            },
        ],
        rules: &[
            ::payspec_runtime::descriptor::Rule {
                when: &[
                    ::payspec_runtime::descriptor::Condition {
                        signal: "result_code",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["200"]),
                    },
                ],
                then: ::payspec_runtime::descriptor::RuleResult::Is(
                    ::payspec_runtime::Classification::Success,
                ),
            },
            ::payspec_runtime::descriptor::Rule {
                when: &[
                    ::payspec_runtime::descriptor::Condition {
                        signal: "result_code",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["400"]),
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
            wire: "merchant_order_sn",
            format: ::payspec_runtime::descriptor::ValueFormat::Text,
        },
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::ProviderTradeId,
            wire: "order_sn",
            format: ::payspec_runtime::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::OrderId,
            wire: "merchant_order_sn",
            format: ::payspec_runtime::descriptor::ValueFormat::Text,
        },
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::ProviderTradeId,
            wire: "order_sn",
            format: ::payspec_runtime::descriptor::ValueFormat::Text,
        },
    ],
    request_defaults: &[],
    response_defaults: &[],
};
/// 订单撤销 openapi.payment.order.reverse（assumed）。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReverseRequest {
    /// `merchant_order_sn`: 第三方商户订单号（与 order_sn 至少一个）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_order_sn: ::std::option::Option<::std::string::String>,
    /// `order_sn`: 付呗订单号（与 merchant_order_sn 至少一个）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_sn: ::std::option::Option<::std::string::String>,
}
impl ::payspec_runtime::Validate for ReverseRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_runtime::Violations) {
        if let ::std::option::Option::Some(v) = &self.merchant_order_sn {
            ::payspec_runtime::validate::max_chars(
                out,
                path,
                "merchant_order_sn",
                v,
                32,
            );
        }
        if let ::std::option::Option::Some(v) = &self.order_sn {
            ::payspec_runtime::validate::max_chars(out, path, "order_sn", v, 20);
        }
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
pub struct ReverseResponse {
    /// `merchant_order_sn`: 第三方商户订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_order_sn: ::std::option::Option<::std::string::String>,
    /// `order_sn`: 付呗订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_sn: ::std::option::Option<::std::string::String>,
}
impl ::payspec_runtime::Validate for ReverseResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_runtime::Violations) {
        if let ::std::option::Option::Some(v) = &self.merchant_order_sn {
            ::payspec_runtime::validate::max_chars(
                out,
                path,
                "merchant_order_sn",
                v,
                32,
            );
        }
        if let ::std::option::Option::Some(v) = &self.order_sn {
            ::payspec_runtime::validate::max_chars(out, path, "order_sn", v, 20);
        }
    }
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
