// @generated from tests/golden/hostile_names/spec.yaml by `codegen generate`; do not edit.

//! Operation `reverse` (reverse, outbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReverseRequest {
    /// `type`
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
impl ReverseRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(type_: impl ::std::convert::Into<::std::string::String>) -> Self {
        ReverseRequest {
            type_: type_.into(),
        }
    }
}
impl ::payspec_core::Validate for ReverseRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(out, path, "type", &self.type_);
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
        let _ = ctx;
        let f_type_ = self.type_.as_str();
        let c_secret: &str = ::payspec_core::write::config(config, "secret")?;
        let c_key_id: &str = ::payspec_core::write::config(config, "key_id")?;
        let len: usize = f_type_.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(11usize + len);
        out.extend_from_slice(b"{\"type\":");
        ::payspec_core::write::str(&mut out, f_type_);
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::HmacSha256,
        >::new(&super::PROVIDER.signing, c_secret)?;
        out.push(b'}');
        signer.update(&out);
        let signature = signer.finish();
        ::std::result::Result::Ok(::payspec_core::Message {
            body: out,
            headers: ::std::vec![
                (::std::string::String::from("Authorization"), ::std::format!("{} {}",
                c_key_id, signature.as_str()))
            ],
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
            let s_x: ::std::option::Option<&str> = signals[0usize].as_deref();
            ::payspec_core::Classification::Unknown
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
        let _ = body;
        let c_secret: &str = ::payspec_core::write::config(config, "secret")?;
        let c_key_id: &str = ::payspec_core::write::config(config, "key_id")?;
        let len: usize = 0;
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(2usize + len);
        out.extend_from_slice(b"{");
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::HmacSha256,
        >::new(&super::PROVIDER.signing, c_secret)?;
        out.push(b'}');
        signer.update(&out);
        let signature = signer.finish();
        ::std::result::Result::Ok(::payspec_core::Message {
            body: out,
            headers: ::std::vec![
                (::std::string::String::from("Authorization"), ::std::format!("{} {}",
                c_key_id, signature.as_str()))
            ],
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
    path: "/reverse",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["type"],
    response_fields: &[],
    request_required: &["type"],
    response_required: &[],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "x",
                path: &["x"],
            },
        ],
        rules: &[
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "x",
                        test: ::payspec_core::descriptor::Test::Absent,
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Unknown,
                ),
            },
        ],
        otherwise: ::payspec_core::Classification::Unknown,
    },
    request_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "type",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
