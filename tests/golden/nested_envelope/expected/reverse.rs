// @generated from tests/golden/nested_envelope/spec.yaml by `codegen generate`; do not edit.

//! Operation `reverse` (reverse, outbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReverseRequest {
    /// `partnerOrderNo`
    #[serde(rename = "partnerOrderNo")]
    pub partner_order_no: ::std::string::String,
}
impl ReverseRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        partner_order_no: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        ReverseRequest {
            partner_order_no: partner_order_no.into(),
        }
    }
}
impl ::payspec_core::Validate for ReverseRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "partnerOrderNo",
            &self.partner_order_no,
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
            if ::std::matches!(s_code, ::std::option::Option::Some("1")) {
                ::payspec_core::Classification::Success
            } else if ::std::matches!(s_code, ::std::option::Option::Some("50")) {
                ::payspec_core::Classification::Failed
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
        let _ = body;
        let now = ::payspec_core::write::request_time(ctx.unix_time, 540)?;
        let h_now = now.rfc3339()?;
        let time = h_now.as_str();
        let message_id = ctx.message_id.as_str();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = time.len() + message_id.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            145usize + len,
        );
        out.extend_from_slice(b"{\"response\":");
        let start_1 = out.len();
        out.extend_from_slice(b"{\"body\":{},\"header\":{\"reqMsgId\":");
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
    path: "/api/offline/reverse",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["partnerOrderNo"],
    response_fields: &[],
    request_required: &["partnerOrderNo"],
    response_required: &[],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["response", "body", "code"],
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
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Success,
                ),
            },
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["50"]),
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
            wire: "partnerOrderNo",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
