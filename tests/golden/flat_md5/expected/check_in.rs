// @generated from tests/golden/flat_md5/spec.yaml by `codegen generate`; do not edit.

//! Operation `check_in` (other, outbound).
//!
//! The daily key check-in; its reply hands out the key every later call signs with.
/// The daily key check-in; its reply hands out the key every later call signs with.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CheckInRequest {
    /// `device_id`
    pub device_id: ::std::string::String,
}
impl CheckInRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(device_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        CheckInRequest {
            device_id: device_id.into(),
        }
    }
}
impl ::payspec_core::Validate for CheckInRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(out, path, "device_id", &self.device_id);
        {
            let v = &self.device_id;
            ::payspec_core::validate::max_chars(out, path, "device_id", v, 32);
        }
    }
}
impl CheckInRequest {
    /// Validates, then encodes the signed request (client side). Nothing is encoded when
    /// validation fails: every violation is returned.
    pub fn encode(
        &self,
        config: &dyn ::payspec_core::Credentials,
        ctx: &::payspec_core::EncodeContext,
    ) -> ::std::result::Result<::payspec_core::Message, ::payspec_core::Error> {
        ::payspec_core::Validate::validate(self)
            .map_err(::payspec_core::Error::Invalid)?;
        let f_device_id = self.device_id.as_str();
        let c_merchant_id: &str = ::payspec_core::write::config(config, "merchant_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 16, "request")?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_device_id.len() + c_merchant_id.len() + nonce.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            125usize + len,
        );
        out.extend_from_slice(b"{\"merchant_id\":");
        ::payspec_core::write::str(&mut out, c_merchant_id);
        out.extend_from_slice(b",\"nonce_str\":");
        ::payspec_core::write::str(&mut out, nonce);
        out.extend_from_slice(b",\"device_id\":");
        ::payspec_core::write::str(&mut out, f_device_id);
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        signer.pair(b"&device_id=", f_device_id);
        signer.pair(b"&merchant_id=", c_merchant_id);
        signer.pair(b"&nonce_str=", nonce);
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
pub struct CheckInResponse {
    /// `signing_key`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signing_key: ::std::option::Option<
        ::payspec_core::Redacted<::std::string::String>,
    >,
}
impl CheckInResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        CheckInResponse {
            signing_key: ::std::option::Option::None,
        }
    }
    /// Sets `signing_key`.
    pub fn with_signing_key(
        mut self,
        signing_key: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.signing_key = ::std::option::Option::Some(
            ::payspec_core::Redacted::new(signing_key.into()),
        );
        self
    }
}
impl ::std::default::Default for CheckInResponse {
    fn default() -> Self {
        Self::new()
    }
}
impl ::payspec_core::Validate for CheckInResponse {
    fn collect_violations(&self, _path: &str, _out: &mut ::payspec_core::Violations) {}
}
impl CheckInResponse {
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
            if ::std::matches!(s_code, ::std::option::Option::Some("0")) {
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
        let f_signing_key = body.signing_key.as_ref().map(|x| x.expose().as_str());
        let status_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "code"))
            .transpose()?;
        let status_msg = status.message.as_deref();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_signing_key.map_or(0, str::len)
            + status_code.map_or(0, str::len) + status_msg.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            124usize + len,
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
        out.extend_from_slice(b"{");
        if let ::std::option::Option::Some(v) = f_signing_key {
            out.extend_from_slice(b"\"signing_key\":");
            ::payspec_core::write::str(&mut out, v);
        }
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
}
/// Read from the reply's members as received (`codec::read::reply`).
impl ::payspec_core::codec::read::Content for CheckInResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_signing_key = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "signing_key" => f_signing_key = ::payspec_core::codec::read::other(raw)?,
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(CheckInResponse {
            signing_key: f_signing_key,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "check_in",
    role: ::payspec_core::descriptor::OperationRole::Other,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/key/check_in",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["device_id"],
    response_fields: &["signing_key"],
    request_required: &["device_id"],
    response_required: &[],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["code"],
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
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Success,
                ),
            },
        ],
        otherwise: ::payspec_core::Classification::Unknown,
    },
    request_unified: &[],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[
        ::payspec_core::descriptor::ConfigUpdate {
            field: "signing_key",
            config: "key",
        },
    ],
};
