// @generated from specs/bjrcb.yaml by `codegen generate`; do not edit.

//! Operation `reverse` (reverse, outbound).
//!
//! 撤销订单（assumed）。
//!
//! Assumed (not in the provider's document): Not in the document (its state table lists REVOKED 已撤销 for barcode payments, so the
//! gateway reverses). Assumed: service_type ALIPAY_REVERSE on /gateway, same envelope, by
//! out_trade_no; the answer carries result_code SUCCESS/FAIL and the WeChat Pay v2 `recall`
//! flag (Y = call reverse again). Why: the gateway copies WeChat Pay v2, and a barcode payment
//! whose outcome stays unknown must be reversed (the project notes "Barcode payment (付款码 / micropay) flows").
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_runtime::descriptor::OperationDescriptor = ::payspec_runtime::descriptor::OperationDescriptor {
    name: "reverse",
    role: ::payspec_runtime::descriptor::OperationRole::Reverse,
    direction: ::payspec_runtime::descriptor::Direction::Outbound,
    path: "/gateway",
    http_method: "POST",
    method_constant: ::std::option::Option::Some("ALIPAY_REVERSE"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    request_fields: &["out_trade_no", "transaction_id"],
    response_fields: &["err_code_des", "out_trade_no", "recall", "result_code"],
    request_required: &["out_trade_no"],
    response_required: &[],
    outcome: ::payspec_runtime::descriptor::OutcomeRules {
        signals: &[
            ::payspec_runtime::descriptor::Signal {
                name: "recall",
                path: &["recall"],
            },
            ::payspec_runtime::descriptor::Signal {
                name: "result_code",
                path: &["result_code"],
            },
            ::payspec_runtime::descriptor::Signal {
                name: "return_code",
                path: &["return_code"],
            },
        ],
        rules: &[
            ::payspec_runtime::descriptor::Rule {
                when: &[
                    ::payspec_runtime::descriptor::Condition {
                        signal: "recall",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["Y"]),
                    },
                    ::payspec_runtime::descriptor::Condition {
                        signal: "return_code",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["SUCCESS"]),
                    },
                ],
                then: ::payspec_runtime::descriptor::RuleResult::Is(
                    ::payspec_runtime::Classification::Pending,
                ),
            },
            ::payspec_runtime::descriptor::Rule {
                when: &[
                    ::payspec_runtime::descriptor::Condition {
                        signal: "result_code",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["SUCCESS"]),
                    },
                    ::payspec_runtime::descriptor::Condition {
                        signal: "return_code",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["SUCCESS"]),
                    },
                ],
                then: ::payspec_runtime::descriptor::RuleResult::Is(
                    ::payspec_runtime::Classification::Success,
                ),
            },
            ::payspec_runtime::descriptor::Rule {
                when: &[
                    ::payspec_runtime::descriptor::Condition {
                        signal: "recall",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["N"]),
                    },
                    ::payspec_runtime::descriptor::Condition {
                        signal: "result_code",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["FAIL"]),
                    },
                    ::payspec_runtime::descriptor::Condition {
                        signal: "return_code",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["SUCCESS"]),
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
            wire: "out_trade_no",
            format: ::payspec_runtime::descriptor::ValueFormat::Text,
        },
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::ProviderTradeId,
            wire: "transaction_id",
            format: ::payspec_runtime::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::OrderId,
            wire: "out_trade_no",
            format: ::payspec_runtime::descriptor::ValueFormat::Text,
        },
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::Recall,
            wire: "recall",
            format: ::payspec_runtime::descriptor::ValueFormat::Flag,
        },
    ],
    request_defaults: &[],
    response_defaults: &[],
};
/// 撤销订单（assumed）。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReverseRequest {
    /// `out_trade_no`: 商户订单号。
    pub out_trade_no: ::std::string::String,
    /// `transaction_id`: 银行订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_id: ::std::option::Option<::std::string::String>,
}
impl ::payspec_runtime::Validate for ReverseRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_runtime::Violations) {
        ::payspec_runtime::validate::required_text(
            out,
            path,
            "out_trade_no",
            &self.out_trade_no,
        );
        {
            let v = &self.out_trade_no;
            ::payspec_runtime::validate::max_chars(out, path, "out_trade_no", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.transaction_id {
            ::payspec_runtime::validate::max_chars(out, path, "transaction_id", v, 32);
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
    /// `result_code`: 业务结果 SUCCESS/FAIL（assumed）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub result_code: ::std::option::Option<::std::string::String>,
    /// `err_code_des`: 错误代码描述。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub err_code_des: ::std::option::Option<::std::string::String>,
    /// `out_trade_no`: 商户订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub out_trade_no: ::std::option::Option<::std::string::String>,
    /// `recall`: 是否需要继续调用撤销，Y 需要，N 不需要（assumed, WeChat Pay v2）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub recall: ::std::option::Option<::payspec_runtime::Flag>,
}
impl ::payspec_runtime::Validate for ReverseResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_runtime::Violations) {
        if let ::std::option::Option::Some(v) = &self.result_code {
            ::payspec_runtime::validate::max_chars(out, path, "result_code", v, 16);
        }
        if let ::std::option::Option::Some(v) = &self.err_code_des {
            ::payspec_runtime::validate::max_chars(out, path, "err_code_des", v, 128);
        }
        if let ::std::option::Option::Some(v) = &self.out_trade_no {
            ::payspec_runtime::validate::max_chars(out, path, "out_trade_no", v, 32);
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
