// @generated from specs/scanforpay.yaml by `codegen generate`; do not edit.

//! Operation `reverse` (reverse, outbound).
//!
//! 撤销订单（assumed）。
//!
//! Assumed (not in the provider's document): Not in the document. Assumed: POST /api/offline/reverse with the same envelope, body
//! `{storeNo, partnerOrderNo}` (orderNo optional); the reply body's `code` 1 means reversed.
//! No "call again" flag is assumed: a reply that is not code 1 is retried per the poll policy.
/// 撤销订单（assumed）。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReverseRequest {
    /// `partnerOrderNo`: 商户订单号。
    #[serde(rename = "partnerOrderNo")]
    pub partner_order_no: ::std::string::String,
    /// `orderNo`: 支付订单号。
    #[serde(
        rename = "orderNo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_no: ::std::option::Option<::std::string::String>,
}
impl ReverseRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        partner_order_no: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        ReverseRequest {
            partner_order_no: partner_order_no.into(),
            order_no: ::std::option::Option::None,
        }
    }
    /// Sets `orderNo`.
    pub fn with_order_no(
        mut self,
        order_no: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_no = ::std::option::Option::Some(order_no.into());
        self
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
        {
            let v = &self.partner_order_no;
            ::payspec_core::validate::max_chars(out, path, "partnerOrderNo", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.order_no {
            ::payspec_core::validate::max_chars(out, path, "orderNo", v, 32);
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
        let f_partner_order_no = self.partner_order_no.as_str();
        let f_order_no = self.order_no.as_deref();
        let now = ::payspec_core::write::request_time(ctx.unix_time, 480)?;
        let h_now = now.rfc3339()?;
        let time = h_now.as_str();
        let c_partner_no: &str = ::payspec_core::write::config(config, "partner_no")?;
        let message_id = ctx.message_id.as_str();
        let c_store_no: &str = ::payspec_core::write::config(config, "store_no")?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_partner_order_no.len() + f_order_no.map_or(0, str::len)
            + time.len() + c_partner_no.len() + message_id.len() + c_store_no.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            243usize + len,
        );
        out.extend_from_slice(b"{\"request\":");
        let start_1 = out.len();
        out.extend_from_slice(b"{\"body\":{");
        if let ::std::option::Option::Some(v) = f_order_no {
            out.extend_from_slice(b"\"orderNo\":");
            ::payspec_core::write::str(&mut out, v);
        }
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"partnerOrderNo\":");
        ::payspec_core::write::str(&mut out, f_partner_order_no);
        out.extend_from_slice(b",\"storeNo\":");
        ::payspec_core::write::str(&mut out, c_store_no);
        out.extend_from_slice(b"},\"header\":{\"partnerNo\":");
        ::payspec_core::write::str(&mut out, c_partner_no);
        out.extend_from_slice(b",\"reqMsgId\":");
        ::payspec_core::write::str(&mut out, message_id);
        out.extend_from_slice(b",\"requestTime\":");
        ::payspec_core::write::str(&mut out, time);
        out.extend_from_slice(b",\"signType\":\"SHA256\",\"version\":\"1.0\"}}");
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
pub struct ReverseResponse {
    /// `orderNo`: 支付订单号。
    #[serde(
        rename = "orderNo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_no: ::std::option::Option<::payspec_core::Text>,
    /// `partnerOrderNo`: 商户订单号。
    #[serde(
        rename = "partnerOrderNo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partner_order_no: ::std::option::Option<::payspec_core::Text>,
}
impl ReverseResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        ReverseResponse {
            order_no: ::std::option::Option::None,
            partner_order_no: ::std::option::Option::None,
        }
    }
    /// Sets `orderNo`.
    pub fn with_order_no(
        mut self,
        order_no: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.order_no = ::std::option::Option::Some(order_no.into());
        self
    }
    /// Sets `partnerOrderNo`.
    pub fn with_partner_order_no(
        mut self,
        partner_order_no: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.partner_order_no = ::std::option::Option::Some(partner_order_no.into());
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
        if let ::std::option::Option::Some(v) = &self.order_no {
            ::payspec_core::validate::max_chars(out, path, "orderNo", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.partner_order_no {
            ::payspec_core::validate::max_chars(out, path, "partnerOrderNo", v, 32);
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
            let s_code: ::std::option::Option<&str> = signals[0usize].as_deref();
            if ::std::matches!(s_code, ::std::option::Option::Some("1")) {
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
        let f_order_no = body.order_no.as_deref();
        let f_partner_order_no = body.partner_order_no.as_deref();
        let c_partner_no: &str = ::payspec_core::write::config(config, "partner_no")?;
        let now = ::payspec_core::write::request_time(ctx.unix_time, 480)?;
        let h_now = now.rfc3339()?;
        let time = h_now.as_str();
        let message_id = ctx.message_id.as_str();
        let status_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "code"))
            .transpose()?;
        let status_msg = status.message.as_deref();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_order_no.map_or(0, str::len)
            + f_partner_order_no.map_or(0, str::len) + c_partner_no.len() + time.len()
            + message_id.len() + status_code.map_or(0, str::len)
            + status_msg.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            248usize + len,
        );
        out.extend_from_slice(b"{\"response\":");
        let start_1 = out.len();
        out.extend_from_slice(b"{\"body\":{");
        if let ::std::option::Option::Some(v) = status_code {
            out.extend_from_slice(b"\"code\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = status_msg {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"msg\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_order_no {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"orderNo\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_partner_order_no {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"partnerOrderNo\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b"},\"header\":{\"partnerNo\":");
        ::payspec_core::write::str(&mut out, c_partner_no);
        out.extend_from_slice(b",\"reqMsgId\":");
        ::payspec_core::write::str(&mut out, message_id);
        out.extend_from_slice(b",\"respTime\":");
        ::payspec_core::write::str(&mut out, time);
        out.extend_from_slice(b",\"signType\":\"SHA256\",\"version\":\"1.0\"}}");
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
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_order_no = ::std::option::Option::None;
        let mut f_partner_order_no = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "orderNo" => f_order_no = content.text_opt(raw)?,
                "partnerOrderNo" => f_partner_order_no = content.text_opt(raw)?,
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(ReverseResponse {
            order_no: f_order_no,
            partner_order_no: f_partner_order_no,
        })
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
    request_fields: &["orderNo", "partnerOrderNo"],
    response_fields: &["orderNo", "partnerOrderNo"],
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
        ],
        otherwise: ::payspec_core::Classification::Unknown,
    },
    request_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "partnerOrderNo",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "orderNo",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "orderNo",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "partnerOrderNo",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
