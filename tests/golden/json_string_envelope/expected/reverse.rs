// @generated from tests/golden/json_string_envelope/spec.yaml by `codegen generate`; do not edit.

//! Operation `reverse` (reverse, outbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReverseRequest {
    /// `merchant_order_sn`
    pub merchant_order_sn: ::std::string::String,
}
impl ReverseRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        merchant_order_sn: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        ReverseRequest {
            merchant_order_sn: merchant_order_sn.into(),
        }
    }
}
impl ::payspec_core::Validate for ReverseRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "merchant_order_sn",
            &self.merchant_order_sn,
        );
    }
}
impl ReverseRequest {
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
            206usize + len + ::payspec_core::write::escaped_len(&inner_1),
        );
        out.extend_from_slice(b"{\"app_id\":");
        ::payspec_core::write::str(&mut out, c_app_id);
        out.extend_from_slice(
            b",\"method\":\"openapi.payment.order.reverse\",\"format\":\"json\",\"nonce\":",
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
        signer.pair_fixed(b"&method=openapi.payment.order.reverse");
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
pub struct ReverseResponse {}
impl ReverseResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        ReverseResponse {}
    }
}
impl ::std::default::Default for ReverseResponse {
    fn default() -> Self {
        Self::new()
    }
}
impl ::payspec_core::Validate for ReverseResponse {
    fn collect_violations(&self, _path: &str, _out: &mut ::payspec_core::Violations) {}
}
impl ReverseResponse {
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
            if ::std::matches!(s_code, ::std::option::Option::Some("200")) {
                ::payspec_core::Classification::Success
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
        let _ = body;
        let status_result_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "result_code"))
            .transpose()?;
        let status_result_message = status.message.as_deref();
        let status_sub_code = status.sub_code.as_deref();
        let len: usize = status_result_code.map_or(0, str::len)
            + status_result_message.map_or(0, str::len)
            + status_sub_code.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(62usize + len);
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
        out.extend_from_slice(b"\"data\":{}");
        out.push(b'}');
        ::std::result::Result::Ok(::payspec_core::Message {
            body: out,
            headers: ::std::vec::Vec::new(),
        })
    }
}
/// Read from the reply's members as received (`codec::read::reply`).
impl ::payspec_core::codec::read::Content for ReverseResponse {
    fn read(
        _content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(ReverseResponse {})
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "reverse",
    role: ::payspec_core::descriptor::OperationRole::Reverse,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/gateway",
    http_method: "POST",
    method_constant: ::std::option::Option::Some("openapi.payment.order.reverse"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["merchant_order_sn"],
    response_fields: &[],
    request_required: &["merchant_order_sn"],
    response_required: &[],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["result_code"],
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
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Success,
                ),
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
