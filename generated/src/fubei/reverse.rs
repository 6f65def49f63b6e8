// @generated from specs/fubei.yaml by `codegen generate`; do not edit.

//! Operation `reverse` (reverse, outbound).
//!
//! 订单撤销 openapi.payment.order.reverse（assumed）。
//!
//! Assumed (not in the provider's document): Not in the document. Assumed: method openapi.payment.order.reverse (Fubei's public SDKs name
//! it; only for barcode orders) on the same envelope and signing, biz_content
//! `{merchant_order_sn | order_sn}` (at least one); 200 means reversed, 400 refused. No "call
//! again" flag is assumed; anything else is retried per the poll policy.
/// 订单撤销 openapi.payment.order.reverse（assumed）。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReverseRequest {
    /// `merchant_order_sn`: 第三方商户订单号（与 order_sn 至少一个）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_order_sn: ::std::option::Option<::std::string::String>,
    /// `order_sn`: 付呗订单号（与 merchant_order_sn 至少一个）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_sn: ::std::option::Option<::std::string::String>,
}
impl ReverseRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        ReverseRequest {
            merchant_order_sn: ::std::option::Option::None,
            order_sn: ::std::option::Option::None,
        }
    }
    /// Sets `merchant_order_sn`.
    pub fn with_merchant_order_sn(
        mut self,
        merchant_order_sn: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_order_sn = ::std::option::Option::Some(merchant_order_sn.into());
        self
    }
    /// Sets `order_sn`.
    pub fn with_order_sn(
        mut self,
        order_sn: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_sn = ::std::option::Option::Some(order_sn.into());
        self
    }
}
impl ::std::default::Default for ReverseRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::payspec_core::Validate for ReverseRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.merchant_order_sn {
            ::payspec_core::validate::max_chars(out, path, "merchant_order_sn", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.order_sn {
            ::payspec_core::validate::max_chars(out, path, "order_sn", v, 20);
        }
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
        let f_merchant_order_sn = self.merchant_order_sn.as_deref();
        let f_order_sn = self.order_sn.as_deref();
        let c_app_id: &str = ::payspec_core::write::config(config, "app_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 16, "request")?;
        let c_app_secret: &str = ::payspec_core::write::config(config, "app_secret")?;
        let len: usize = f_merchant_order_sn.map_or(0, str::len)
            + f_order_sn.map_or(0, str::len) + c_app_id.len() + nonce.len();
        let mut inner_1: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            39usize + len,
        );
        inner_1.extend_from_slice(b"{");
        if let ::std::option::Option::Some(v) = f_merchant_order_sn {
            inner_1.extend_from_slice(b"\"merchant_order_sn\":");
            ::payspec_core::write::str(&mut inner_1, v);
        }
        if let ::std::option::Option::Some(v) = f_order_sn {
            ::payspec_core::write::comma(&mut inner_1);
            inner_1.extend_from_slice(b"\"order_sn\":");
            ::payspec_core::write::str(&mut inner_1, v);
        }
        inner_1.extend_from_slice(b"}");
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            211usize + len + ::payspec_core::write::escaped_len(&inner_1),
        );
        out.extend_from_slice(b"{\"app_id\":");
        ::payspec_core::write::str(&mut out, c_app_id);
        out.extend_from_slice(
            b",\"method\":\"openapi.payment.order.reverse\",\"format\":\"json\",\"sign_method\":\"md5\",\"nonce\":",
        );
        ::payspec_core::write::str(&mut out, nonce);
        out.extend_from_slice(b",\"version\":\"1.0\",\"biz_content\":");
        ::payspec_core::write::str_bytes(&mut out, &inner_1);
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_app_secret)?;
        signer.pair(b"&app_id=", c_app_id);
        signer.pair_bytes(b"&biz_content=", &inner_1);
        signer.pair_fixed(b"&format=json");
        signer.pair_fixed(b"&method=openapi.payment.order.reverse");
        signer.pair(b"&nonce=", nonce);
        signer.pair_fixed(b"&sign_method=md5");
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
pub struct ReverseResponse {
    /// `merchant_order_sn`: 第三方商户订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_order_sn: ::std::option::Option<::payspec_core::Text>,
    /// `order_sn`: 付呗订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_sn: ::std::option::Option<::payspec_core::Text>,
}
impl ReverseResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        ReverseResponse {
            merchant_order_sn: ::std::option::Option::None,
            order_sn: ::std::option::Option::None,
        }
    }
    /// Sets `merchant_order_sn`.
    pub fn with_merchant_order_sn(
        mut self,
        merchant_order_sn: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.merchant_order_sn = ::std::option::Option::Some(merchant_order_sn.into());
        self
    }
    /// Sets `order_sn`.
    pub fn with_order_sn(
        mut self,
        order_sn: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.order_sn = ::std::option::Option::Some(order_sn.into());
        self
    }
}
impl ::std::default::Default for ReverseResponse {
    fn default() -> Self {
        Self::new()
    }
}
impl ::payspec_core::Validate for ReverseResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.merchant_order_sn {
            ::payspec_core::validate::max_chars(out, path, "merchant_order_sn", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.order_sn {
            ::payspec_core::validate::max_chars(out, path, "order_sn", v, 20);
        }
    }
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
            let s_result_code: ::std::option::Option<&str> = signals[0usize].as_deref();
            if ::std::matches!(s_result_code, ::std::option::Option::Some("200")) {
                ::payspec_core::Classification::Success
            } else if ::std::matches!(
                s_result_code, ::std::option::Option::Some("400")
            ) {
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
        let _ = ctx;
        let _ = config;
        let f_merchant_order_sn = body.merchant_order_sn.as_deref();
        let f_order_sn = body.order_sn.as_deref();
        let status_result_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "result_code"))
            .transpose()?;
        let status_result_message = status.message.as_deref();
        let status_sub_code = status.sub_code.as_deref();
        let len: usize = f_merchant_order_sn.map_or(0, str::len)
            + f_order_sn.map_or(0, str::len) + status_result_code.map_or(0, str::len)
            + status_result_message.map_or(0, str::len)
            + status_sub_code.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            100usize + len,
        );
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
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"data\":{");
        if let ::std::option::Option::Some(v) = f_merchant_order_sn {
            out.extend_from_slice(b"\"merchant_order_sn\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_order_sn {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"order_sn\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b"}");
        if let ::std::option::Option::Some(v) = status_sub_code {
            out.extend_from_slice(b",\"sub_code\":");
            ::payspec_core::write::str(&mut out, v);
        }
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
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_merchant_order_sn = ::std::option::Option::None;
        let mut f_order_sn = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "merchant_order_sn" => f_merchant_order_sn = content.text_opt(raw)?,
                "order_sn" => f_order_sn = content.text_opt(raw)?,
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(ReverseResponse {
            merchant_order_sn: f_merchant_order_sn,
            order_sn: f_order_sn,
        })
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
    request_fields: &["merchant_order_sn", "order_sn"],
    response_fields: &["merchant_order_sn", "order_sn"],
    request_required: &[],
    response_required: &[],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "result_code",
                path: &["result_code"],
            },
        ],
        rules: &[
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "result_code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["200"]),
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Success,
                ),
            },
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "result_code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["400"]),
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
            wire: "merchant_order_sn",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "order_sn",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "merchant_order_sn",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "order_sn",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
