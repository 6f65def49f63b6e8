// @generated from tests/golden/form_rsa/spec.yaml by `codegen generate`; do not edit.

//! Operation `pay` (pay, outbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayRequest {
    /// `out_trade_no`
    pub out_trade_no: ::std::string::String,
    /// `total_amount`
    #[serde(with = "::payspec_core::wire::yuan_string")]
    pub total_amount: ::payspec_core::Money,
    /// `auth_code`
    pub auth_code: ::payspec_core::Redacted<::std::string::String>,
    /// `subject`
    pub subject: ::std::string::String,
}
impl PayRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        out_trade_no: impl ::std::convert::Into<::std::string::String>,
        total_amount: ::payspec_core::Money,
        auth_code: impl ::std::convert::Into<::std::string::String>,
        subject: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        PayRequest {
            out_trade_no: out_trade_no.into(),
            total_amount,
            auth_code: ::payspec_core::Redacted::new(auth_code.into()),
            subject: subject.into(),
        }
    }
}
impl ::payspec_core::Validate for PayRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "out_trade_no",
            &self.out_trade_no,
        );
        {
            let v = &self.out_trade_no;
            ::payspec_core::validate::max_chars(out, path, "out_trade_no", v, 64);
        }
        {
            let v = &self.total_amount;
            ::payspec_core::validate::money_currency(
                out,
                path,
                "total_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "total_amount", v);
        }
        ::payspec_core::validate::required_text(
            out,
            path,
            "auth_code",
            self.auth_code.expose(),
        );
        ::payspec_core::validate::required_text(out, path, "subject", &self.subject);
        {
            let v = &self.subject;
            ::payspec_core::validate::max_chars(out, path, "subject", v, 256);
        }
    }
}
impl PayRequest {
    /// Validates, then encodes the signed request (client side). Nothing is encoded when
    /// validation fails: every violation is returned.
    pub fn encode(
        &self,
        config: &dyn ::payspec_core::Credentials,
        ctx: &::payspec_core::EncodeContext,
    ) -> ::std::result::Result<::payspec_core::Message, ::payspec_core::Error> {
        ::payspec_core::Validate::validate(self)
            .map_err(::payspec_core::Error::Invalid)?;
        ::payspec_core::codec::encode_request(
            &super::PROVIDER,
            &OPERATION,
            self,
            config,
            ctx,
        )
    }
    /// Verifies the merchant's signature and parses a received request (server side,
    /// for a simulator).
    #[cfg(feature = "server")]
    pub fn decode(
        message: &::payspec_core::Message,
        config: &dyn ::payspec_core::Credentials,
    ) -> ::std::result::Result<::payspec_core::Inbound<Self>, ::payspec_core::Error> {
        ::payspec_core::codec::decode_request(
            &super::PROVIDER,
            &OPERATION,
            message,
            config,
        )
    }
}
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayResponse {
    /// `out_trade_no`
    pub out_trade_no: ::payspec_core::Text,
    /// `trade_no`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_no: ::std::option::Option<::payspec_core::Text>,
    /// `total_amount`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_number_opt"
    )]
    pub total_amount: ::std::option::Option<::payspec_core::Money>,
}
impl PayResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(out_trade_no: impl ::std::convert::Into<::payspec_core::Text>) -> Self {
        PayResponse {
            out_trade_no: out_trade_no.into(),
            trade_no: ::std::option::Option::None,
            total_amount: ::std::option::Option::None,
        }
    }
    /// Sets `trade_no`.
    pub fn with_trade_no(
        mut self,
        trade_no: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.trade_no = ::std::option::Option::Some(trade_no.into());
        self
    }
    /// Sets `total_amount`.
    pub fn with_total_amount(mut self, total_amount: ::payspec_core::Money) -> Self {
        self.total_amount = ::std::option::Option::Some(total_amount);
        self
    }
}
impl ::payspec_core::Validate for PayResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "out_trade_no",
            &self.out_trade_no,
        );
        if let ::std::option::Option::Some(v) = &self.total_amount {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "total_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "total_amount", v);
        }
    }
}
impl PayResponse {
    /// Verifies the provider's signature over the bytes as received, then parses and
    /// classifies the reply (client side): in one pass over the received bytes, with the
    /// operation's rules compiled in; what that pass does not settle itself is answered
    /// by the runtime's interpreter, exactly.
    pub fn decode(
        message: &::payspec_core::Message,
        config: &dyn ::payspec_core::Credentials,
    ) -> ::std::result::Result<::payspec_core::Reply<Self>, ::payspec_core::Error> {
        ::payspec_core::codec::decode_response(
            &super::PROVIDER,
            &OPERATION,
            message,
            config,
        )
    }
    /// Encodes a signed reply with this envelope status; `content` may be absent for a
    /// failure (server side, for a simulator).
    #[cfg(feature = "server")]
    pub fn encode(
        content: ::std::option::Option<&Self>,
        status: &::payspec_core::EnvelopeStatus,
        config: &dyn ::payspec_core::Credentials,
        ctx: &::payspec_core::EncodeContext,
    ) -> ::std::result::Result<::payspec_core::Message, ::payspec_core::Error> {
        ::payspec_core::codec::encode_response(
            &super::PROVIDER,
            &OPERATION,
            status,
            content,
            config,
            ctx,
        )
    }
}
/// Read from the reply's members as received (`codec::read::reply`).
impl ::payspec_core::codec::read::Content for PayResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_out_trade_no = ::std::option::Option::None;
        let mut f_trade_no = ::std::option::Option::None;
        let mut f_total_amount = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "out_trade_no" => {
                    f_out_trade_no = ::std::option::Option::Some(content.text(raw)?);
                }
                "trade_no" => f_trade_no = content.text_opt(raw)?,
                "total_amount" => {
                    f_total_amount = ::payspec_core::wire::yuan_number_opt::from_raw(raw)
                        .ok()?;
                }
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(PayResponse {
            out_trade_no: f_out_trade_no?,
            trade_no: f_trade_no,
            total_amount: f_total_amount,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "pay",
    role: ::payspec_core::descriptor::OperationRole::Pay,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/gateway.do",
    http_method: "POST",
    method_constant: ::std::option::Option::Some("trade.pay"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_PAY_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["auth_code", "out_trade_no", "subject", "total_amount"],
    response_fields: &["out_trade_no", "total_amount", "trade_no"],
    request_required: &["auth_code", "out_trade_no", "subject", "total_amount"],
    response_required: &["out_trade_no"],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["trade_pay_response", "code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "sub_code",
                path: &["trade_pay_response", "sub_code"],
            },
        ],
        rules: &[
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["10000"]),
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Success,
                ),
            },
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["10003"]),
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Pending,
                ),
            },
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["40004"]),
                    },
                    ::payspec_core::descriptor::Condition {
                        signal: "sub_code",
                        test: ::payspec_core::descriptor::Test::OneOf(
                            &["BALANCE_NOT_ENOUGH"],
                        ),
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Failed,
                ),
            },
        ],
        otherwise: ::payspec_core::Classification::Unknown,
    },
    request_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "out_trade_no",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "total_amount",
            format: ::payspec_core::descriptor::ValueFormat::YuanString,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::AuthCode,
            wire: "auth_code",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Subject,
            wire: "subject",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "out_trade_no",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "trade_no",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "total_amount",
            format: ::payspec_core::descriptor::ValueFormat::YuanNumber,
        },
    ],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
