// @generated from tests/golden/nested_envelope/spec.yaml by `codegen generate`; do not edit.

//! Operation `query` (query, outbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryRequest {
    /// `partnerOrderNo`
    #[serde(rename = "partnerOrderNo")]
    pub partner_order_no: ::std::string::String,
}
impl QueryRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        partner_order_no: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        QueryRequest {
            partner_order_no: partner_order_no.into(),
        }
    }
}
impl ::payspec_core::Validate for QueryRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "partnerOrderNo",
            &self.partner_order_no,
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
        let f_partner_order_no = self.partner_order_no.as_str();
        let now = ::payspec_core::write::request_time(ctx.unix_time, 540)?;
        let h_now = now.rfc3339()?;
        let time = h_now.as_str();
        let c_partner_no: &str = ::payspec_core::write::config(config, "partner_no")?;
        let message_id = ctx.message_id.as_str();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_partner_order_no.len() + time.len() + c_partner_no.len()
            + message_id.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            201usize + len,
        );
        out.extend_from_slice(b"{\"request\":");
        let start_1 = out.len();
        out.extend_from_slice(b"{\"body\":{\"partnerOrderNo\":");
        ::payspec_core::write::str(&mut out, f_partner_order_no);
        out.extend_from_slice(b"},\"header\":{\"partnerNo\":");
        ::payspec_core::write::str(&mut out, c_partner_no);
        out.extend_from_slice(b",\"reqMsgId\":");
        ::payspec_core::write::str(&mut out, message_id);
        out.extend_from_slice(b",\"requestTime\":");
        ::payspec_core::write::str(&mut out, time);
        out.extend_from_slice(b",\"signType\":\"SHA256\"}}");
        let end_1 = out.len();
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Sha256,
        >::new(&super::PROVIDER.signing, c_key)?;
        signer.update(&out[start_1..end_1]);
        let signature = signer.finish();
        out.extend_from_slice(b",\"signature\":\"");
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
    /// `status`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<super::types::TradeState>,
}
impl QueryResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        QueryResponse {
            status: ::std::option::Option::None,
        }
    }
    /// Sets `status`.
    pub fn with_status(mut self, status: super::types::TradeState) -> Self {
        self.status = ::std::option::Option::Some(status);
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
            if ::std::matches!(s_code, ::std::option::Option::Some("1")) {
                match s_trade_state {
                    ::std::option::Option::Some("0") => {
                        ::payspec_core::TradeStatus::Paying.classification()
                    }
                    ::std::option::Option::Some("1") => {
                        ::payspec_core::TradeStatus::Success.classification()
                    }
                    ::std::option::Option::Some("2") => {
                        ::payspec_core::TradeStatus::Failed.classification()
                    }
                    ::std::option::Option::Some("3") => {
                        ::payspec_core::TradeStatus::Refunded.classification()
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
        let f_status = body
            .status
            .as_ref()
            .map(|x| ::payspec_core::write::enum_text(x, "query"))
            .transpose()?;
        let now = ::payspec_core::write::request_time(ctx.unix_time, 540)?;
        let h_now = now.rfc3339()?;
        let time = h_now.as_str();
        let message_id = ctx.message_id.as_str();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_status.map_or(0, str::len) + time.len() + message_id.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            157usize + len,
        );
        out.extend_from_slice(b"{\"response\":");
        let start_1 = out.len();
        out.extend_from_slice(b"{\"body\":{");
        if let ::std::option::Option::Some(v) = f_status {
            out.extend_from_slice(b"\"status\":");
            out.extend_from_slice(v.as_bytes());
        }
        out.extend_from_slice(b"},\"header\":{\"reqMsgId\":");
        ::payspec_core::write::str(&mut out, message_id);
        out.extend_from_slice(b",\"respTime\":");
        ::payspec_core::write::str(&mut out, time);
        out.extend_from_slice(b"}}");
        let end_1 = out.len();
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Sha256,
        >::new(&super::PROVIDER.signing, c_key)?;
        signer.update(&out[start_1..end_1]);
        let signature = signer.finish();
        out.extend_from_slice(b",\"signature\":\"");
        out.extend_from_slice(signature.as_bytes());
        out.extend_from_slice(b"\"}");
        ::std::result::Result::Ok(::payspec_core::Message {
            body: out,
            headers: ::std::vec::Vec::new(),
        })
    }
    /// The provider's trade state, if the reply carries one.
    pub fn trade_state(&self) -> ::std::option::Option<&super::types::TradeState> {
        self.status.as_ref()
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
        let mut f_status = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "status" => f_status = ::payspec_core::codec::read::open_enum_opt(raw)?,
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(QueryResponse { status: f_status })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "query",
    role: ::payspec_core::descriptor::OperationRole::Query,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/api/offline/query",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["partnerOrderNo"],
    response_fields: &["status"],
    request_required: &["partnerOrderNo"],
    response_required: &[],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["response", "body", "code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "trade_state",
                path: &["response", "body", "status"],
            },
        ],
        rules: &[
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["1"]),
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
            wire: "partnerOrderNo",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
