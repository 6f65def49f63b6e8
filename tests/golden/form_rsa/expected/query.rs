// @generated from tests/golden/form_rsa/spec.yaml by `codegen generate`; do not edit.

//! Operation `query` (query, outbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryRequest {
    /// `out_trade_no`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub out_trade_no: ::std::option::Option<::std::string::String>,
    /// `trade_no`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_no: ::std::option::Option<::std::string::String>,
}
impl QueryRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        QueryRequest {
            out_trade_no: ::std::option::Option::None,
            trade_no: ::std::option::Option::None,
        }
    }
    /// Sets `out_trade_no`.
    pub fn with_out_trade_no(
        mut self,
        out_trade_no: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.out_trade_no = ::std::option::Option::Some(out_trade_no.into());
        self
    }
    /// Sets `trade_no`.
    pub fn with_trade_no(
        mut self,
        trade_no: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trade_no = ::std::option::Option::Some(trade_no.into());
        self
    }
}
impl ::std::default::Default for QueryRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::payspec_core::Validate for QueryRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.out_trade_no {
            ::payspec_core::validate::max_chars(out, path, "out_trade_no", v, 64);
        }
        if let ::std::option::Option::Some(v) = &self.trade_no {
            ::payspec_core::validate::max_chars(out, path, "trade_no", v, 64);
        }
        ::payspec_core::validate::at_least_one(
            out,
            path,
            &[
                (
                    "out_trade_no",
                    self.out_trade_no.as_ref().is_some_and(|v| !v.is_empty()),
                ),
                ("trade_no", self.trade_no.as_ref().is_some_and(|v| !v.is_empty())),
            ],
        );
    }
}
impl QueryRequest {
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
pub struct QueryResponse {
    /// `out_trade_no`
    pub out_trade_no: ::payspec_core::Text,
    /// `trade_status`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_status: ::std::option::Option<super::types::TradeState>,
}
impl QueryResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(out_trade_no: impl ::std::convert::Into<::payspec_core::Text>) -> Self {
        QueryResponse {
            out_trade_no: out_trade_no.into(),
            trade_status: ::std::option::Option::None,
        }
    }
    /// Sets `trade_status`.
    pub fn with_trade_status(mut self, trade_status: super::types::TradeState) -> Self {
        self.trade_status = ::std::option::Option::Some(trade_status);
        self
    }
}
impl ::payspec_core::Validate for QueryResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "out_trade_no",
            &self.out_trade_no,
        );
    }
}
impl QueryResponse {
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
    /// The provider's trade state, if the reply carries one.
    pub fn trade_state(&self) -> ::std::option::Option<&super::types::TradeState> {
        self.trade_status.as_ref()
    }
    /// The unified status; `None` when absent or not listed in the spec (unknown).
    pub fn trade_status(&self) -> ::std::option::Option<::payspec_core::TradeStatus> {
        self.trade_state().and_then(super::types::TradeState::status)
    }
}
/// Read from the reply's members as received (`codec::read::reply`).
impl ::payspec_core::codec::read::Content for QueryResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_out_trade_no = ::std::option::Option::None;
        let mut f_trade_status = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "out_trade_no" => {
                    f_out_trade_no = ::std::option::Option::Some(content.text(raw)?);
                }
                "trade_status" => {
                    f_trade_status = ::payspec_core::codec::read::open_enum_opt(raw)?;
                }
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(QueryResponse {
            out_trade_no: f_out_trade_no?,
            trade_status: f_trade_status,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "query",
    role: ::payspec_core::descriptor::OperationRole::Query,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/gateway.do",
    http_method: "POST",
    method_constant: ::std::option::Option::Some("trade.query"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_QUERY_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["out_trade_no", "trade_no"],
    response_fields: &["out_trade_no", "trade_status"],
    request_required: &[],
    response_required: &["out_trade_no"],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["trade_query_response", "code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "trade_state",
                path: &["trade_query_response", "trade_status"],
            },
        ],
        rules: &[
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["10000"]),
                    },
                    ::payspec_core::descriptor::Condition {
                        signal: "trade_state",
                        test: ::payspec_core::descriptor::Test::Present,
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::FromState,
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
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "trade_no",
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
            role: ::payspec_core::descriptor::UnifiedRole::TradeState,
            wire: "trade_status",
            format: ::payspec_core::descriptor::ValueFormat::Code {
                integer: false,
            },
        },
    ],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
