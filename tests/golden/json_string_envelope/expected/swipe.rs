// @generated from tests/golden/json_string_envelope/spec.yaml by `codegen generate`; do not edit.

//! Operation `swipe` (pay, outbound).
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_runtime::descriptor::OperationDescriptor = ::payspec_runtime::descriptor::OperationDescriptor {
    name: "swipe",
    role: ::payspec_runtime::descriptor::OperationRole::Pay,
    direction: ::payspec_runtime::descriptor::Direction::Outbound,
    path: "/gateway",
    http_method: "POST",
    method_constant: ::std::option::Option::Some("openapi.payment.order.swipe"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    request_fields: &["auth_code", "merchant_order_sn", "total_fee"],
    response_fields: &["merchant_order_sn", "pay_time", "total_fee", "trade_state"],
    request_required: &["auth_code", "merchant_order_sn", "total_fee"],
    response_required: &["merchant_order_sn"],
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
            ::payspec_runtime::descriptor::Rule {
                when: &[
                    ::payspec_runtime::descriptor::Condition {
                        signal: "code",
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
            role: ::payspec_runtime::descriptor::UnifiedRole::AuthCode,
            wire: "auth_code",
            format: ::payspec_runtime::descriptor::ValueFormat::Text,
        },
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::Amount,
            wire: "total_fee",
            format: ::payspec_runtime::descriptor::ValueFormat::YuanNumber,
        },
    ],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
};
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SwipeRequest {
    /// `merchant_order_sn`
    pub merchant_order_sn: ::std::string::String,
    /// `auth_code`
    pub auth_code: ::payspec_runtime::Redacted<::std::string::String>,
    /// `total_fee`
    #[serde(with = "::payspec_runtime::wire::yuan_number")]
    pub total_fee: ::payspec_runtime::Money,
}
impl ::payspec_runtime::Validate for SwipeRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_runtime::Violations) {
        ::payspec_runtime::validate::required_text(
            out,
            path,
            "merchant_order_sn",
            &self.merchant_order_sn,
        );
        {
            let v = &self.merchant_order_sn;
            ::payspec_runtime::validate::max_chars(
                out,
                path,
                "merchant_order_sn",
                v,
                32,
            );
        }
        ::payspec_runtime::validate::required_text(
            out,
            path,
            "auth_code",
            self.auth_code.expose(),
        );
        {
            let v = &self.auth_code;
            ::payspec_runtime::validate::max_chars(
                out,
                path,
                "auth_code",
                v.expose(),
                18,
            );
        }
        {
            let v = &self.total_fee;
            ::payspec_runtime::validate::money_currency(
                out,
                path,
                "total_fee",
                v,
                ::payspec_runtime::Currency::CNY,
            );
            ::payspec_runtime::validate::amount_positive(out, path, "total_fee", v);
        }
    }
}
impl SwipeRequest {
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
pub struct SwipeResponse {
    /// `merchant_order_sn`
    pub merchant_order_sn: ::std::string::String,
    /// `trade_state`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_state: ::std::option::Option<super::types::TradeState>,
    /// `total_fee`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_runtime::wire::yuan_number_opt"
    )]
    pub total_fee: ::std::option::Option<::payspec_runtime::Money>,
    /// `pay_time`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_runtime::wire::unix_seconds_opt"
    )]
    pub pay_time: ::std::option::Option<::payspec_runtime::Timestamp>,
}
impl ::payspec_runtime::Validate for SwipeResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_runtime::Violations) {
        ::payspec_runtime::validate::required_text(
            out,
            path,
            "merchant_order_sn",
            &self.merchant_order_sn,
        );
        if let ::std::option::Option::Some(v) = &self.total_fee {
            ::payspec_runtime::validate::money_currency(
                out,
                path,
                "total_fee",
                v,
                ::payspec_runtime::Currency::CNY,
            );
            ::payspec_runtime::validate::amount_positive(out, path, "total_fee", v);
        }
    }
}
impl SwipeResponse {
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
