// @generated from tests/golden/flat_md5/spec.yaml by `codegen generate`; do not edit.

//! Operation `query` (query, outbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryRequest {
    /// `out_trade_no`
    pub out_trade_no: ::std::string::String,
}
impl QueryRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(out_trade_no: impl ::std::convert::Into<::std::string::String>) -> Self {
        QueryRequest {
            out_trade_no: out_trade_no.into(),
        }
    }
}
impl ::payspec_core::Validate for QueryRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "out_trade_no",
            &self.out_trade_no,
        );
        {
            let v = &self.out_trade_no;
            ::payspec_core::validate::max_chars(out, path, "out_trade_no", v, 32);
        }
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
        let f_out_trade_no = self.out_trade_no.as_str();
        let c_merchant_id: &str = ::payspec_core::write::config(config, "merchant_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 16, "request")?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_out_trade_no.len() + c_merchant_id.len() + nonce.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            128usize + len,
        );
        out.extend_from_slice(b"{\"merchant_id\":");
        ::payspec_core::write::str(&mut out, c_merchant_id);
        out.extend_from_slice(b",\"nonce_str\":");
        ::payspec_core::write::str(&mut out, nonce);
        out.extend_from_slice(b",\"out_trade_no\":");
        ::payspec_core::write::str(&mut out, f_out_trade_no);
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        signer.pair(b"&merchant_id=", c_merchant_id);
        signer.pair(b"&nonce_str=", nonce);
        signer.pair(b"&out_trade_no=", f_out_trade_no);
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
    pub trade_state: super::types::TradeState,
}
impl QueryResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(trade_state: super::types::TradeState) -> Self {
        QueryResponse { trade_state }
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
            if ::std::matches!(s_code, ::std::option::Option::Some("0")) {
                match s_trade_state {
                    ::std::option::Option::Some("0") => {
                        ::payspec_core::TradeStatus::Success.classification()
                    }
                    ::std::option::Option::Some("6") => {
                        ::payspec_core::TradeStatus::Paying.classification()
                    }
                    ::std::option::Option::Some("7") => {
                        ::payspec_core::TradeStatus::Failed.classification()
                    }
                    ::std::option::Option::Some("9") => {
                        ::payspec_core::TradeStatus::Attention.classification()
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
        let f_trade_state = {
            let x = &body.trade_state;
            ::payspec_core::write::enum_text(x, "query")
        }?;
        let status_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "code"))
            .transpose()?;
        let status_msg = status.message.as_deref();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_trade_state.len() + status_code.map_or(0, str::len)
            + status_msg.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            123usize + len,
        );
        out.extend_from_slice(b"{");
        if let ::std::option::Option::Some(v) = status_code {
            out.extend_from_slice(b"\"code\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = status_msg {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"msg\":");
            ::payspec_core::write::str(&mut out, v);
        }
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"data\":");
        let start_1 = out.len();
        out.extend_from_slice(b"{\"trade_state\":");
        out.extend_from_slice(f_trade_state.as_bytes());
        out.extend_from_slice(b"}");
        let end_1 = out.len();
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        if let ::std::option::Option::Some(v) = status_code {
            signer.pair(b"&code=", v);
        }
        signer.pair_bytes(b"&data=", &out[start_1..end_1]);
        if let ::std::option::Option::Some(v) = status_msg {
            signer.pair(b"&msg=", v);
        }
        let signature = signer.finish();
        out.extend_from_slice(b",\"sign\":\"");
        out.extend_from_slice(signature.as_bytes());
        out.extend_from_slice(b"\"}");
        ::std::result::Result::Ok(::payspec_core::Message {
            body: out,
            headers: ::std::vec::Vec::new(),
        })
    }
    /// The provider's trade state, if the reply carries one.
    pub fn trade_state(&self) -> ::std::option::Option<&super::types::TradeState> {
        ::std::option::Option::Some(&self.trade_state)
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
                    f_trade_state = ::std::option::Option::Some(
                        ::payspec_core::codec::read::open_enum(raw)?,
                    );
                }
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(QueryResponse {
            trade_state: f_trade_state?,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "query",
    role: ::payspec_core::descriptor::OperationRole::Query,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/query",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["out_trade_no"],
    response_fields: &["trade_state"],
    request_required: &["out_trade_no"],
    response_required: &["trade_state"],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["code"],
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
                        test: ::payspec_core::descriptor::Test::OneOf(&["0"]),
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
    ],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
