// @generated from tests/golden/flat_md5/spec.yaml by `codegen generate`; do not edit.

//! Operation `micropay` (pay, outbound).
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_runtime::descriptor::OperationDescriptor = ::payspec_runtime::descriptor::OperationDescriptor {
    name: "micropay",
    role: ::payspec_runtime::descriptor::OperationRole::Pay,
    direction: ::payspec_runtime::descriptor::Direction::Outbound,
    path: "/pay",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[("pay_type", "micro")],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    request_fields: &[
        "auth_code",
        "detail",
        "out_trade_no",
        "pay_type",
        "scene",
        "time_start",
        "total_fee",
        "type",
    ],
    response_fields: &[
        "need_query",
        "out_trade_no",
        "paid",
        "paid_at",
        "total_fee",
        "trade_state",
    ],
    request_required: &["auth_code", "out_trade_no", "total_fee"],
    response_required: &["out_trade_no", "trade_state"],
    outcome: ::payspec_runtime::descriptor::OutcomeRules {
        signals: &[
            ::payspec_runtime::descriptor::Signal {
                name: "code",
                path: &["code"],
            },
            ::payspec_runtime::descriptor::Signal {
                name: "need_query",
                path: &["data", "need_query"],
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
                        test: ::payspec_runtime::descriptor::Test::NoneOf(&["0"]),
                    },
                ],
                then: ::payspec_runtime::descriptor::RuleResult::Is(
                    ::payspec_runtime::Classification::Unknown,
                ),
            },
            ::payspec_runtime::descriptor::Rule {
                when: &[
                    ::payspec_runtime::descriptor::Condition {
                        signal: "trade_state",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["0"]),
                    },
                ],
                then: ::payspec_runtime::descriptor::RuleResult::Is(
                    ::payspec_runtime::Classification::Success,
                ),
            },
            ::payspec_runtime::descriptor::Rule {
                when: &[
                    ::payspec_runtime::descriptor::Condition {
                        signal: "need_query",
                        test: ::payspec_runtime::descriptor::Test::OneOf(&["N"]),
                    },
                ],
                then: ::payspec_runtime::descriptor::RuleResult::Is(
                    ::payspec_runtime::Classification::Failed,
                ),
            },
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
    request_unified: &[
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::OrderId,
            wire: "out_trade_no",
            format: ::payspec_runtime::descriptor::ValueFormat::Text,
        },
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::Amount,
            wire: "total_fee",
            format: ::payspec_runtime::descriptor::ValueFormat::Fen,
        },
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::AuthCode,
            wire: "auth_code",
            format: ::payspec_runtime::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[
        ::payspec_runtime::descriptor::UnifiedField {
            role: ::payspec_runtime::descriptor::UnifiedRole::TradeState,
            wire: "trade_state",
            format: ::payspec_runtime::descriptor::ValueFormat::Code {
                integer: true,
            },
        },
    ],
    request_defaults: &[
        ::payspec_runtime::descriptor::FieldDefault {
            wire: "scene",
            json: "\"bar_code\"",
        },
    ],
    response_defaults: &[],
};
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MicropayRequest {
    /// `out_trade_no`
    pub out_trade_no: ::std::string::String,
    /// `total_fee`
    #[serde(with = "::payspec_runtime::wire::fen")]
    pub total_fee: ::payspec_runtime::Money,
    /// `auth_code`
    pub auth_code: ::payspec_runtime::Redacted<::std::string::String>,
    /// `scene`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scene: ::std::option::Option<super::types::Scene>,
    /// `type`
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_runtime::wire::int_opt"
    )]
    pub type_: ::std::option::Option<i64>,
    /// `time_start`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_runtime::wire::compact_opt"
    )]
    pub time_start: ::std::option::Option<::payspec_runtime::LocalTimestamp>,
    /// `detail`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_runtime::wire::json_string_opt"
    )]
    pub detail: ::std::option::Option<super::types::Detail>,
}
impl ::payspec_runtime::Validate for MicropayRequest {
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
            static PATTERN: ::payspec_runtime::validate::Pattern = ::payspec_runtime::validate::Pattern::new(
                "^[A-Za-z0-9_]{5,32}$",
            );
            ::payspec_runtime::validate::pattern(out, path, "out_trade_no", v, &PATTERN);
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
        ::payspec_runtime::validate::required_text(
            out,
            path,
            "auth_code",
            self.auth_code.expose(),
        );
        {
            let v = &self.auth_code;
            ::payspec_runtime::validate::charset(
                out,
                path,
                "auth_code",
                v.expose(),
                ::payspec_runtime::validate::Charset::Digits,
            );
        }
        if let ::std::option::Option::Some(v) = &self.type_ {
            ::payspec_runtime::validate::int_range(
                out,
                path,
                "type",
                *v,
                ::std::option::Option::Some(1),
                ::std::option::Option::Some(5),
            );
        }
        if let ::std::option::Option::Some(v) = &self.detail {
            ::payspec_runtime::validate::nested(out, path, "detail", v);
        }
    }
}
impl MicropayRequest {
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
pub struct MicropayResponse {
    /// `out_trade_no`
    pub out_trade_no: ::std::string::String,
    /// `trade_state`
    pub trade_state: super::types::TradeState,
    /// `total_fee`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_runtime::wire::fen_opt"
    )]
    pub total_fee: ::std::option::Option<::payspec_runtime::Money>,
    /// `paid`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_runtime::wire::yuan_string_opt"
    )]
    pub paid: ::std::option::Option<::payspec_runtime::Money>,
    /// `need_query`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub need_query: ::std::option::Option<::payspec_runtime::Flag>,
    /// `paid_at`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_runtime::wire::unix_seconds_opt"
    )]
    pub paid_at: ::std::option::Option<::payspec_runtime::Timestamp>,
}
impl ::payspec_runtime::Validate for MicropayResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_runtime::Violations) {
        ::payspec_runtime::validate::required_text(
            out,
            path,
            "out_trade_no",
            &self.out_trade_no,
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
        if let ::std::option::Option::Some(v) = &self.paid {
            ::payspec_runtime::validate::money_currency(
                out,
                path,
                "paid",
                v,
                ::payspec_runtime::Currency::CNY,
            );
            ::payspec_runtime::validate::amount_positive(out, path, "paid", v);
        }
    }
}
impl MicropayResponse {
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
        ::std::option::Option::Some(&self.trade_state)
    }
    /// The unified status; `None` when absent or not listed in the spec (unknown).
    pub fn trade_status(&self) -> ::std::option::Option<::payspec_runtime::TradeStatus> {
        self.trade_state().and_then(super::types::TradeState::status)
    }
}
