// @generated from tests/golden/nested_envelope/spec.yaml by `codegen generate`; do not edit.

//! Operation `pay` (pay, outbound).
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_runtime::descriptor::OperationDescriptor = ::payspec_runtime::descriptor::OperationDescriptor {
    name: "pay",
    role: ::payspec_runtime::descriptor::OperationRole::Pay,
    direction: ::payspec_runtime::descriptor::Direction::Outbound,
    path: "/api/offline/pay",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    request_fields: &["barcode", "currency", "orderAmount", "partnerOrderNo"],
    response_fields: &["code", "currency", "orderAmount", "payTime", "status", "wallet"],
    request_required: &["barcode", "orderAmount", "partnerOrderNo"],
    response_required: &["code"],
    outcome: ::payspec_runtime::descriptor::OutcomeRules {
        signals: &[
            ::payspec_runtime::descriptor::Signal {
                name: "code",
                path: &["response", "body", "code"],
            },
            ::payspec_runtime::descriptor::Signal {
                name: "trade_state",
                path: &["response", "body", "status"],
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
                then: ::payspec_runtime::descriptor::RuleResult::FromState,
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
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::AuthCode,
            wire: "barcode",
            format: ::payspec_runtime::descriptor::ValueFormat::Text,
        },
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::Amount,
            wire: "orderAmount",
            format: ::payspec_runtime::descriptor::ValueFormat::Minor {
                currency_field: ::std::option::Option::Some("currency"),
                currency_config: ::std::option::Option::None,
            },
        },
    ],
    response_unified: &[
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::TradeState,
            wire: "status",
            format: ::payspec_runtime::descriptor::ValueFormat::Code {
                integer: true,
            },
        },
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::PaidAt,
            wire: "payTime",
            format: ::payspec_runtime::descriptor::ValueFormat::Rfc3339,
        },
    ],
    request_defaults: &[],
    response_defaults: &[
        ::payspec_runtime::descriptor::FieldDefault {
            wire: "wallet",
            json: "\"Alipay\"",
        },
    ],
};
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PayRequest {
    /// `partnerOrderNo`
    #[serde(rename = "partnerOrderNo")]
    pub partner_order_no: ::std::string::String,
    /// `barcode`
    pub barcode: ::payspec_runtime::Redacted<::std::string::String>,
    /// `orderAmount`
    #[serde(rename = "orderAmount", with = "::payspec_runtime::wire::minor")]
    pub order_amount: ::payspec_runtime::MinorAmount,
    /// `currency`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency: ::std::option::Option<::std::string::String>,
}
impl ::payspec_runtime::Validate for PayRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_runtime::Violations) {
        ::payspec_runtime::validate::required_text(
            out,
            path,
            "partnerOrderNo",
            &self.partner_order_no,
        );
        {
            let v = &self.partner_order_no;
            ::payspec_runtime::validate::max_chars(out, path, "partnerOrderNo", v, 32);
        }
        ::payspec_runtime::validate::required_text(
            out,
            path,
            "barcode",
            self.barcode.expose(),
        );
        {
            let v = &self.barcode;
            ::payspec_runtime::validate::max_chars(out, path, "barcode", v.expose(), 20);
        }
        {
            let v = &self.order_amount;
            ::payspec_runtime::validate::amount_positive(out, path, "orderAmount", v);
        }
        if let ::std::option::Option::Some(v) = &self.currency {
            ::payspec_runtime::validate::max_chars(out, path, "currency", v, 3);
        }
    }
}
impl PayRequest {
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
pub struct PayResponse {
    /// `code`
    #[serde(with = "::payspec_runtime::wire::int")]
    pub code: i64,
    /// `orderAmount`
    #[serde(
        rename = "orderAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_runtime::wire::minor_opt"
    )]
    pub order_amount: ::std::option::Option<::payspec_runtime::MinorAmount>,
    /// `currency`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<super::types::TradeState>,
    /// `wallet`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub wallet: ::std::option::Option<super::types::Wallet>,
    /// `payTime`
    #[serde(
        rename = "payTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_runtime::wire::rfc3339_opt"
    )]
    pub pay_time: ::std::option::Option<::payspec_runtime::Timestamp>,
}
impl ::payspec_runtime::Validate for PayResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_runtime::Violations) {
        if let ::std::option::Option::Some(v) = &self.order_amount {
            ::payspec_runtime::validate::amount_positive(out, path, "orderAmount", v);
        }
    }
}
impl PayResponse {
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
        self.status.as_ref()
    }
    /// The unified status; `None` when absent or not listed in the spec (unknown).
    pub fn trade_status(&self) -> ::std::option::Option<::payspec_runtime::TradeStatus> {
        self.trade_state().and_then(super::types::TradeState::status)
    }
}
