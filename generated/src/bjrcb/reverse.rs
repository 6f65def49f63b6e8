// @generated from specs/bjrcb.yaml by `codegen generate`; do not edit.

//! Operation `reverse` (reverse, outbound).
//!
//! 撤销订单（assumed）。
//!
//! Assumed (not in the provider's document): Not in the document (its state table lists REVOKED 已撤销 for barcode payments, so the
//! gateway reverses). Assumed: service_type ALIPAY_REVERSE on /gateway, same envelope, by
//! out_trade_no; the answer carries result_code SUCCESS/FAIL and the WeChat Pay v2 `recall`
//! flag (Y = call reverse again). Why: the gateway copies WeChat Pay v2, and a barcode payment
//! whose outcome stays unknown must be reversed (the project notes "Barcode payment (付款码 / micropay) flows").
/// 撤销订单（assumed）。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReverseRequest {
    /// `out_trade_no`: 商户订单号。
    pub out_trade_no: ::std::string::String,
    /// `transaction_id`: 银行订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_id: ::std::option::Option<::std::string::String>,
}
impl ReverseRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(out_trade_no: impl ::std::convert::Into<::std::string::String>) -> Self {
        ReverseRequest {
            out_trade_no: out_trade_no.into(),
            transaction_id: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_id`.
    pub fn with_transaction_id(
        mut self,
        transaction_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_id = ::std::option::Option::Some(transaction_id.into());
        self
    }
}
impl ::payspec_core::Validate for ReverseRequest {
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
        if let ::std::option::Option::Some(v) = &self.transaction_id {
            ::payspec_core::validate::max_chars(out, path, "transaction_id", v, 32);
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
        let f_out_trade_no = self.out_trade_no.as_str();
        let f_transaction_id = self.transaction_id.as_deref();
        let c_merchant_id: &str = ::payspec_core::write::config(config, "merchant_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 32, "request")?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_out_trade_no.len() + f_transaction_id.map_or(0, str::len)
            + c_merchant_id.len() + nonce.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            176usize + len,
        );
        out.extend_from_slice(b"{\"service_type\":\"ALIPAY_REVERSE\",\"mch_id\":");
        ::payspec_core::write::str(&mut out, c_merchant_id);
        out.extend_from_slice(b",\"nonce_str\":");
        ::payspec_core::write::str(&mut out, nonce);
        out.extend_from_slice(b",\"out_trade_no\":");
        ::payspec_core::write::str(&mut out, f_out_trade_no);
        if let ::std::option::Option::Some(v) = f_transaction_id {
            out.extend_from_slice(b",\"transaction_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        signer.pair(b"&mch_id=", c_merchant_id);
        signer.pair(b"&nonce_str=", nonce);
        signer.pair(b"&out_trade_no=", f_out_trade_no);
        signer.pair_fixed(b"&service_type=ALIPAY_REVERSE");
        if let ::std::option::Option::Some(v) = f_transaction_id {
            signer.pair(b"&transaction_id=", v);
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
    /// `result_code`: 业务结果 SUCCESS/FAIL（assumed）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub result_code: ::std::option::Option<::payspec_core::Text>,
    /// `err_code_des`: 错误代码描述。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub err_code_des: ::std::option::Option<::payspec_core::Text>,
    /// `out_trade_no`: 商户订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub out_trade_no: ::std::option::Option<::payspec_core::Text>,
    /// `recall`: 是否需要继续调用撤销，Y 需要，N 不需要（assumed, WeChat Pay v2）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub recall: ::std::option::Option<::payspec_core::Flag>,
}
impl ReverseResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        ReverseResponse {
            result_code: ::std::option::Option::None,
            err_code_des: ::std::option::Option::None,
            out_trade_no: ::std::option::Option::None,
            recall: ::std::option::Option::None,
        }
    }
    /// Sets `result_code`.
    pub fn with_result_code(
        mut self,
        result_code: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.result_code = ::std::option::Option::Some(result_code.into());
        self
    }
    /// Sets `err_code_des`.
    pub fn with_err_code_des(
        mut self,
        err_code_des: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.err_code_des = ::std::option::Option::Some(err_code_des.into());
        self
    }
    /// Sets `out_trade_no`.
    pub fn with_out_trade_no(
        mut self,
        out_trade_no: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.out_trade_no = ::std::option::Option::Some(out_trade_no.into());
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
        if let ::std::option::Option::Some(v) = &self.result_code {
            ::payspec_core::validate::max_chars(out, path, "result_code", v, 16);
        }
        if let ::std::option::Option::Some(v) = &self.err_code_des {
            ::payspec_core::validate::max_chars(out, path, "err_code_des", v, 128);
        }
        if let ::std::option::Option::Some(v) = &self.out_trade_no {
            ::payspec_core::validate::max_chars(out, path, "out_trade_no", v, 32);
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
            let s_recall: ::std::option::Option<&str> = signals[0usize].as_deref();
            #[allow(unused_variables)]
            let s_result_code: ::std::option::Option<&str> = signals[1usize].as_deref();
            #[allow(unused_variables)]
            let s_return_code: ::std::option::Option<&str> = signals[2usize].as_deref();
            if ::std::matches!(s_recall, ::std::option::Option::Some("Y"))
                && ::std::matches!(s_return_code, ::std::option::Option::Some("SUCCESS"))
            {
                ::payspec_core::Classification::Pending
            } else if ::std::matches!(
                s_result_code, ::std::option::Option::Some("SUCCESS")
            ) && ::std::matches!(s_return_code, ::std::option::Option::Some("SUCCESS"))
            {
                ::payspec_core::Classification::Success
            } else if ::std::matches!(s_recall, ::std::option::Option::Some("N"))
                && ::std::matches!(s_result_code, ::std::option::Option::Some("FAIL"))
                && ::std::matches!(s_return_code, ::std::option::Option::Some("SUCCESS"))
            {
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
        let f_result_code = body.result_code.as_deref();
        let f_err_code_des = body.err_code_des.as_deref();
        let f_out_trade_no = body.out_trade_no.as_deref();
        let f_recall = body.recall.as_ref().map(|x| x.as_wire());
        let status_return_code = status.code.as_deref();
        let status_return_msg = status.message.as_deref();
        let status_err_code = status.sub_code.as_deref();
        let c_merchant_id: &str = ::payspec_core::write::config(config, "merchant_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 32, "response")?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_result_code.map_or(0, str::len)
            + f_err_code_des.map_or(0, str::len) + f_out_trade_no.map_or(0, str::len)
            + f_recall.map_or(0, str::len) + status_return_code.map_or(0, str::len)
            + status_return_msg.map_or(0, str::len) + status_err_code.map_or(0, str::len)
            + c_merchant_id.len() + nonce.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            221usize + len,
        );
        out.extend_from_slice(b"{");
        if let ::std::option::Option::Some(v) = status_return_code {
            out.extend_from_slice(b"\"return_code\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = status_return_msg {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"return_msg\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = status_err_code {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"err_code\":");
            ::payspec_core::write::str(&mut out, v);
        }
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"mch_id\":");
        ::payspec_core::write::str(&mut out, c_merchant_id);
        out.extend_from_slice(b",\"nonce_str\":");
        ::payspec_core::write::str(&mut out, nonce);
        if let ::std::option::Option::Some(v) = f_err_code_des {
            out.extend_from_slice(b",\"err_code_des\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_out_trade_no {
            out.extend_from_slice(b",\"out_trade_no\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_recall {
            out.extend_from_slice(b",\"recall\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_result_code {
            out.extend_from_slice(b",\"result_code\":");
            ::payspec_core::write::str(&mut out, v);
        }
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        if let ::std::option::Option::Some(v) = status_err_code {
            signer.pair(b"&err_code=", v);
        }
        if let ::std::option::Option::Some(v) = f_err_code_des {
            signer.pair(b"&err_code_des=", v);
        }
        signer.pair(b"&mch_id=", c_merchant_id);
        signer.pair(b"&nonce_str=", nonce);
        if let ::std::option::Option::Some(v) = f_out_trade_no {
            signer.pair(b"&out_trade_no=", v);
        }
        if let ::std::option::Option::Some(v) = f_recall {
            signer.pair(b"&recall=", v);
        }
        if let ::std::option::Option::Some(v) = f_result_code {
            signer.pair(b"&result_code=", v);
        }
        if let ::std::option::Option::Some(v) = status_return_code {
            signer.pair(b"&return_code=", v);
        }
        if let ::std::option::Option::Some(v) = status_return_msg {
            signer.pair(b"&return_msg=", v);
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
        let mut f_result_code = ::std::option::Option::None;
        let mut f_err_code_des = ::std::option::Option::None;
        let mut f_out_trade_no = ::std::option::Option::None;
        let mut f_recall = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "result_code" => f_result_code = content.text_opt(raw)?,
                "err_code_des" => f_err_code_des = content.text_opt(raw)?,
                "out_trade_no" => f_out_trade_no = content.text_opt(raw)?,
                "recall" => f_recall = ::payspec_core::codec::read::flag_opt(raw)?,
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(ReverseResponse {
            result_code: f_result_code,
            err_code_des: f_err_code_des,
            out_trade_no: f_out_trade_no,
            recall: f_recall,
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
    method_constant: ::std::option::Option::Some("ALIPAY_REVERSE"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["out_trade_no", "transaction_id"],
    response_fields: &["err_code_des", "out_trade_no", "recall", "result_code"],
    request_required: &["out_trade_no"],
    response_required: &[],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "recall",
                path: &["recall"],
            },
            ::payspec_core::descriptor::Signal {
                name: "result_code",
                path: &["result_code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "return_code",
                path: &["return_code"],
            },
        ],
        rules: &[
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "recall",
                        test: ::payspec_core::descriptor::Test::OneOf(&["Y"]),
                    },
                    ::payspec_core::descriptor::Condition {
                        signal: "return_code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["SUCCESS"]),
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Pending,
                ),
            },
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "result_code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["SUCCESS"]),
                    },
                    ::payspec_core::descriptor::Condition {
                        signal: "return_code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["SUCCESS"]),
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Success,
                ),
            },
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "recall",
                        test: ::payspec_core::descriptor::Test::OneOf(&["N"]),
                    },
                    ::payspec_core::descriptor::Condition {
                        signal: "result_code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["FAIL"]),
                    },
                    ::payspec_core::descriptor::Condition {
                        signal: "return_code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["SUCCESS"]),
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
            wire: "out_trade_no",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "transaction_id",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "out_trade_no",
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
