// @generated from tests/golden/json_string_envelope/spec.yaml by `codegen generate`; do not edit.

//! Operation `query` (query, outbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryRequest {
    /// `merchant_order_sn`
    pub merchant_order_sn: ::std::string::String,
}
impl QueryRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        merchant_order_sn: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        QueryRequest {
            merchant_order_sn: merchant_order_sn.into(),
        }
    }
}
impl ::payspec_core::Validate for QueryRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "merchant_order_sn",
            &self.merchant_order_sn,
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
        let f_merchant_order_sn = self.merchant_order_sn.as_str();
        let c_app_id: &str = ::payspec_core::write::config(config, "app_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 8, "request")?;
        let now = ::payspec_core::write::request_time(ctx.unix_time, 480)?;
        let h_now = now.datetime()?;
        let time = h_now.as_str();
        let c_app_secret: &str = ::payspec_core::write::config(config, "app_secret")?;
        let len: usize = f_merchant_order_sn.len() + c_app_id.len() + nonce.len()
            + time.len();
        let mut inner_1: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            24usize + len,
        );
        inner_1.extend_from_slice(b"{\"merchant_order_sn\":");
        ::payspec_core::write::str(&mut inner_1, f_merchant_order_sn);
        inner_1.extend_from_slice(b"}");
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            204usize + len + ::payspec_core::write::escaped_len(&inner_1),
        );
        out.extend_from_slice(b"{\"app_id\":");
        ::payspec_core::write::str(&mut out, c_app_id);
        out.extend_from_slice(
            b",\"method\":\"openapi.payment.order.query\",\"format\":\"json\",\"nonce\":",
        );
        ::payspec_core::write::str(&mut out, nonce);
        out.extend_from_slice(b",\"version\":\"1.0\",\"timestamp\":");
        ::payspec_core::write::str(&mut out, time);
        out.extend_from_slice(b",\"biz_content\":");
        ::payspec_core::write::str_bytes(&mut out, &inner_1);
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_app_secret)?;
        signer.pair(b"&app_id=", c_app_id);
        signer.pair_bytes(b"&biz_content=", &inner_1);
        signer.pair_fixed(b"&format=json");
        signer.pair_fixed(b"&method=openapi.payment.order.query");
        signer.pair(b"&nonce=", nonce);
        signer.pair(b"&timestamp=", time);
        signer.pair_fixed(b"&version=1.0");
        let signature = signer.finish();
        out.extend_from_slice(b",\"sign\":\"");
        out.extend_from_slice(signature.as_bytes());
        out.extend_from_slice(b"\"}");
        ::std::result::Result::Ok(::payspec_core::Message {
            body: out,
            headers: ::std::vec::Vec::new(),
        })
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
    /// `trade_state`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_state: ::std::option::Option<super::types::TradeState>,
}
impl QueryResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        QueryResponse {
            trade_state: ::std::option::Option::None,
        }
    }
    /// Sets `trade_state`.
    pub fn with_trade_state(mut self, trade_state: super::types::TradeState) -> Self {
        self.trade_state = ::std::option::Option::Some(trade_state);
        self
    }
}
impl ::std::default::Default for QueryResponse {
    fn default() -> Self {
        Self::new()
    }
}
impl ::payspec_core::Validate for QueryResponse {
    fn collect_violations(&self, _path: &str, _out: &mut ::payspec_core::Violations) {}
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
        /// The operation's classification rules, compiled: first match wins.
        #[allow(clippy::nonminimal_bool)]
        fn classify(
            signals: &[::std::option::Option<::std::borrow::Cow<'_, str>>],
        ) -> ::payspec_core::Classification {
            #[allow(unused_variables)]
            let s_code: ::std::option::Option<&str> = signals[0usize].as_deref();
            #[allow(unused_variables)]
            let s_trade_state: ::std::option::Option<&str> = signals[1usize].as_deref();
            if ::std::matches!(s_code, ::std::option::Option::Some("200")) {
                match s_trade_state {
                    ::std::option::Option::Some("SUCCESS") => {
                        ::payspec_core::TradeStatus::Success.classification()
                    }
                    ::std::option::Option::Some("USERPAYING") => {
                        ::payspec_core::TradeStatus::Paying.classification()
                    }
                    _ => ::payspec_core::Classification::Unknown,
                }
            } else {
                ::payspec_core::Classification::Unknown
            }
        }
        match ::payspec_core::codec::read::reply::<
            Self,
        >(&super::PROVIDER, &OPERATION, message, config, classify) {
            ::std::option::Option::Some(reply) => ::std::result::Result::Ok(reply),
            ::std::option::Option::None => {
                ::payspec_core::codec::decode_response(
                    &super::PROVIDER,
                    &OPERATION,
                    message,
                    config,
                )
            }
        }
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
        let ::std::option::Option::Some(body) = content else {
            return ::payspec_core::codec::encode_response(
                &super::PROVIDER,
                &OPERATION,
                status,
                content,
                config,
                ctx,
            );
        };
        let _ = ctx;
        let _ = config;
        let f_trade_state = body
            .trade_state
            .as_ref()
            .map(|x| ::payspec_core::write::enum_text(x, "query"))
            .transpose()?;
        let status_result_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "result_code"))
            .transpose()?;
        let status_result_message = status.message.as_deref();
        let status_sub_code = status.sub_code.as_deref();
        let len: usize = f_trade_state.map_or(0, str::len)
            + status_result_code.map_or(0, str::len)
            + status_result_message.map_or(0, str::len)
            + status_sub_code.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(79usize + len);
        out.extend_from_slice(b"{");
        if let ::std::option::Option::Some(v) = status_result_code {
            out.extend_from_slice(b"\"result_code\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = status_result_message {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"result_message\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = status_sub_code {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"sub_code\":");
            ::payspec_core::write::str(&mut out, v);
        }
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"data\":{");
        if let ::std::option::Option::Some(v) = f_trade_state {
            out.extend_from_slice(b"\"trade_state\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b"}");
        out.push(b'}');
        ::std::result::Result::Ok(::payspec_core::Message {
            body: out,
            headers: ::std::vec::Vec::new(),
        })
    }
    /// The provider's trade state, if the reply carries one.
    pub fn trade_state(&self) -> ::std::option::Option<&super::types::TradeState> {
        self.trade_state.as_ref()
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
        let mut f_trade_state = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "trade_state" => {
                    f_trade_state = ::payspec_core::codec::read::open_enum_opt(raw)?;
                }
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(QueryResponse {
            trade_state: f_trade_state,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "query",
    role: ::payspec_core::descriptor::OperationRole::Query,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/gateway",
    http_method: "POST",
    method_constant: ::std::option::Option::Some("openapi.payment.order.query"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["merchant_order_sn"],
    response_fields: &["trade_state"],
    request_required: &["merchant_order_sn"],
    response_required: &[],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["result_code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "trade_state",
                path: &["data", "trade_state"],
            },
        ],
        rules: &[
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["200"]),
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
            wire: "merchant_order_sn",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
