// @generated from specs/pooul.yaml by `codegen generate`; do not edit.

//! Operation `reverse` (reverse, outbound).
//!
//! 撤销订单（assumed）。
//!
//! Assumed (not in the provider's document): The micropay document says to reverse (调用撤销接口进行撤销操作) but shows no reverse API, and
//! Pooul's public error table names 撤销订单 without documenting it. Assumed, by analogy with
//! the documented …/merchant_info/query, …/order_close and …/refund: POST
//! /paygate/merchant_info/reverse with the same signed flat envelope and
//! `mch_trade_id` / `trade_id` (at least one); the reply is the usual envelope whose `data`
//! carries merchant_id, mch_trade_id, trade_id, nonce_str and the WeChat Pay v2 `recall` flag
//! (Y = call reverse again).
/// 撤销订单（assumed）。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReverseRequest {
    /// `mch_trade_id`: 商户订单号（与 trade_id 至少一个）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mch_trade_id: ::std::option::Option<::std::string::String>,
    /// `trade_id`: 平台交易号（与 mch_trade_id 至少一个）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_id: ::std::option::Option<::std::string::String>,
}
impl ReverseRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        ReverseRequest {
            mch_trade_id: ::std::option::Option::None,
            trade_id: ::std::option::Option::None,
        }
    }
    /// Sets `mch_trade_id`.
    pub fn with_mch_trade_id(
        mut self,
        mch_trade_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mch_trade_id = ::std::option::Option::Some(mch_trade_id.into());
        self
    }
    /// Sets `trade_id`.
    pub fn with_trade_id(
        mut self,
        trade_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trade_id = ::std::option::Option::Some(trade_id.into());
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
        if let ::std::option::Option::Some(v) = &self.mch_trade_id {
            ::payspec_core::validate::max_chars(out, path, "mch_trade_id", v, 32);
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
        let f_mch_trade_id = self.mch_trade_id.as_deref();
        let f_trade_id = self.trade_id.as_deref();
        let c_merchant_id: &str = ::payspec_core::write::config(config, "merchant_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 32, "request")?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_mch_trade_id.map_or(0, str::len)
            + f_trade_id.map_or(0, str::len) + c_merchant_id.len() + nonce.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            178usize + len,
        );
        out.extend_from_slice(
            b"{\"version\":\"1.0\",\"sign_type\":\"md5\",\"merchant_id\":",
        );
        ::payspec_core::write::str(&mut out, c_merchant_id);
        out.extend_from_slice(b",\"nonce_str\":");
        ::payspec_core::write::str(&mut out, nonce);
        if let ::std::option::Option::Some(v) = f_mch_trade_id {
            out.extend_from_slice(b",\"mch_trade_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_trade_id {
            out.extend_from_slice(b",\"trade_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        if let ::std::option::Option::Some(v) = f_mch_trade_id {
            signer.pair(b"&mch_trade_id=", v);
        }
        signer.pair(b"&merchant_id=", c_merchant_id);
        signer.pair(b"&nonce_str=", nonce);
        signer.pair_fixed(b"&sign_type=md5");
        if let ::std::option::Option::Some(v) = f_trade_id {
            signer.pair(b"&trade_id=", v);
        }
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
    /// `merchant_id`: 商户号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_id: ::std::option::Option<::payspec_core::Text>,
    /// `mch_trade_id`: 商户订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mch_trade_id: ::std::option::Option<::payspec_core::Text>,
    /// `trade_id`: 平台交易号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_id: ::std::option::Option<::payspec_core::Text>,
    /// `nonce_str`: 随机字符串。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nonce_str: ::std::option::Option<::payspec_core::Text>,
    /// `recall`: 是否需要继续调用撤销，Y 需要，N 不需要（assumed）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub recall: ::std::option::Option<::payspec_core::Flag>,
}
impl ReverseResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        ReverseResponse {
            merchant_id: ::std::option::Option::None,
            mch_trade_id: ::std::option::Option::None,
            trade_id: ::std::option::Option::None,
            nonce_str: ::std::option::Option::None,
            recall: ::std::option::Option::None,
        }
    }
    /// Sets `merchant_id`.
    pub fn with_merchant_id(
        mut self,
        merchant_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.merchant_id = ::std::option::Option::Some(merchant_id.into());
        self
    }
    /// Sets `mch_trade_id`.
    pub fn with_mch_trade_id(
        mut self,
        mch_trade_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.mch_trade_id = ::std::option::Option::Some(mch_trade_id.into());
        self
    }
    /// Sets `trade_id`.
    pub fn with_trade_id(
        mut self,
        trade_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.trade_id = ::std::option::Option::Some(trade_id.into());
        self
    }
    /// Sets `nonce_str`.
    pub fn with_nonce_str(
        mut self,
        nonce_str: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.nonce_str = ::std::option::Option::Some(nonce_str.into());
        self
    }
    /// Sets `recall`.
    pub fn with_recall(mut self, recall: ::payspec_core::Flag) -> Self {
        self.recall = ::std::option::Option::Some(recall);
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
        if let ::std::option::Option::Some(v) = &self.mch_trade_id {
            ::payspec_core::validate::max_chars(out, path, "mch_trade_id", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.nonce_str {
            ::payspec_core::validate::max_chars(out, path, "nonce_str", v, 32);
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
            #[allow(unused_variables)]
            let s_recall: ::std::option::Option<&str> = signals[1usize].as_deref();
            if ::std::matches!(s_code, ::std::option::Option::Some("0"))
                && ::std::matches!(s_recall, ::std::option::Option::Some("Y"))
            {
                ::payspec_core::Classification::Pending
            } else if ::std::matches!(s_code, ::std::option::Option::Some("0")) {
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
        let f_merchant_id = body.merchant_id.as_deref();
        let f_mch_trade_id = body.mch_trade_id.as_deref();
        let f_trade_id = body.trade_id.as_deref();
        let f_nonce_str = body.nonce_str.as_deref();
        let f_recall = body.recall.as_ref().map(|x| x.as_wire());
        let status_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "code"))
            .transpose()?;
        let status_msg = status.message.as_deref();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_merchant_id.map_or(0, str::len)
            + f_mch_trade_id.map_or(0, str::len) + f_trade_id.map_or(0, str::len)
            + f_nonce_str.map_or(0, str::len) + f_recall.map_or(0, str::len)
            + status_code.map_or(0, str::len) + status_msg.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            217usize + len,
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
        out.extend_from_slice(b"\"data\":{");
        if let ::std::option::Option::Some(v) = f_mch_trade_id {
            out.extend_from_slice(b"\"mch_trade_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_merchant_id {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"merchant_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_nonce_str {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"nonce_str\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_recall {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"recall\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_trade_id {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"trade_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b"},\"version\":\"1.0\",\"sign_type\":\"md5\"");
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        if let ::std::option::Option::Some(v) = f_mch_trade_id {
            signer.pair(b"&mch_trade_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_merchant_id {
            signer.pair(b"&merchant_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_nonce_str {
            signer.pair(b"&nonce_str=", v);
        }
        if let ::std::option::Option::Some(v) = f_recall {
            signer.pair(b"&recall=", v);
        }
        if let ::std::option::Option::Some(v) = f_trade_id {
            signer.pair(b"&trade_id=", v);
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
impl ::payspec_core::codec::read::Content for ReverseResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_merchant_id = ::std::option::Option::None;
        let mut f_mch_trade_id = ::std::option::Option::None;
        let mut f_trade_id = ::std::option::Option::None;
        let mut f_nonce_str = ::std::option::Option::None;
        let mut f_recall = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "merchant_id" => f_merchant_id = content.text_opt(raw)?,
                "mch_trade_id" => f_mch_trade_id = content.text_opt(raw)?,
                "trade_id" => f_trade_id = content.text_opt(raw)?,
                "nonce_str" => f_nonce_str = content.text_opt(raw)?,
                "recall" => f_recall = ::payspec_core::codec::read::flag_opt(raw)?,
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(ReverseResponse {
            merchant_id: f_merchant_id,
            mch_trade_id: f_mch_trade_id,
            trade_id: f_trade_id,
            nonce_str: f_nonce_str,
            recall: f_recall,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "reverse",
    role: ::payspec_core::descriptor::OperationRole::Reverse,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/paygate/merchant_info/reverse",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["mch_trade_id", "trade_id"],
    response_fields: &["mch_trade_id", "merchant_id", "nonce_str", "recall", "trade_id"],
    request_required: &[],
    response_required: &[],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "recall",
                path: &["data", "recall"],
            },
        ],
        rules: &[
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["0"]),
                    },
                    ::payspec_core::descriptor::Condition {
                        signal: "recall",
                        test: ::payspec_core::descriptor::Test::OneOf(&["Y"]),
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Pending,
                ),
            },
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
    request_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "mch_trade_id",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "trade_id",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "mch_trade_id",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "trade_id",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Recall,
            wire: "recall",
            format: ::payspec_core::descriptor::ValueFormat::Flag,
        },
    ],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
