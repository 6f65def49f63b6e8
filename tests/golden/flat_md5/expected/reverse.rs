// @generated from tests/golden/flat_md5/spec.yaml by `codegen generate`; do not edit.

//! Operation `reverse` (reverse, outbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReverseRequest {
    /// `out_trade_no`
    pub out_trade_no: ::std::string::String,
    /// `op_user_id`: The cashier who reverses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub op_user_id: ::std::option::Option<::std::string::String>,
    /// `op_device_id`: The till that reverses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub op_device_id: ::std::option::Option<::std::string::String>,
}
impl ReverseRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(out_trade_no: impl ::std::convert::Into<::std::string::String>) -> Self {
        ReverseRequest {
            out_trade_no: out_trade_no.into(),
            op_user_id: ::std::option::Option::None,
            op_device_id: ::std::option::Option::None,
        }
    }
    /// Sets `op_user_id`.
    pub fn with_op_user_id(
        mut self,
        op_user_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op_user_id = ::std::option::Option::Some(op_user_id.into());
        self
    }
    /// Sets `op_device_id`.
    pub fn with_op_device_id(
        mut self,
        op_device_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op_device_id = ::std::option::Option::Some(op_device_id.into());
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
        ::payspec_core::validate::at_least_one(
            out,
            path,
            &[
                ("op_user_id", self.op_user_id.as_ref().is_some_and(|v| !v.is_empty())),
                (
                    "op_device_id",
                    self.op_device_id.as_ref().is_some_and(|v| !v.is_empty()),
                ),
            ],
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
        let f_out_trade_no = self.out_trade_no.as_str();
        let f_op_user_id = self.op_user_id.as_deref();
        let f_op_device_id = self.op_device_id.as_deref();
        let c_merchant_id: &str = ::payspec_core::write::config(config, "merchant_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 16, "request")?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_out_trade_no.len() + f_op_user_id.map_or(0, str::len)
            + f_op_device_id.map_or(0, str::len) + c_merchant_id.len() + nonce.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            164usize + len,
        );
        out.extend_from_slice(b"{\"merchant_id\":");
        ::payspec_core::write::str(&mut out, c_merchant_id);
        out.extend_from_slice(b",\"nonce_str\":");
        ::payspec_core::write::str(&mut out, nonce);
        if let ::std::option::Option::Some(v) = f_op_device_id {
            out.extend_from_slice(b",\"op_device_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_op_user_id {
            out.extend_from_slice(b",\"op_user_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"out_trade_no\":");
        ::payspec_core::write::str(&mut out, f_out_trade_no);
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        signer.pair(b"&merchant_id=", c_merchant_id);
        signer.pair(b"&nonce_str=", nonce);
        if let ::std::option::Option::Some(v) = f_op_device_id {
            signer.pair(b"&op_device_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_op_user_id {
            signer.pair(b"&op_user_id=", v);
        }
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
pub struct ReverseResponse {
    /// `recall`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub recall: ::std::option::Option<::payspec_core::Flag>,
}
impl ReverseResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        ReverseResponse {
            recall: ::std::option::Option::None,
        }
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
            #[allow(unused_variables)]
            let s_recall: ::std::option::Option<&str> = signals[1usize].as_deref();
            if ::std::matches!(s_code, ::std::option::Option::Some("0"))
                && ::std::matches!(s_recall, ::std::option::Option::Some("Y"))
            {
                ::payspec_core::Classification::Pending
            } else if ::std::matches!(s_code, ::std::option::Option::Some("0")) {
                ::payspec_core::Classification::Success
            } else if ::std::matches!(s_code, ::std::option::Option::Some("42")) {
                ::payspec_core::Classification::Attention
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
        let f_recall = body.recall.as_ref().map(|x| x.as_wire());
        let status_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "code"))
            .transpose()?;
        let status_msg = status.message.as_deref();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_recall.map_or(0, str::len) + status_code.map_or(0, str::len)
            + status_msg.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            119usize + len,
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
        if let ::std::option::Option::Some(v) = f_recall {
            out.extend_from_slice(b"\"recall\":");
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
impl ::payspec_core::codec::read::Content for ReverseResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_recall = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "recall" => f_recall = ::payspec_core::codec::read::flag_opt(raw)?,
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(ReverseResponse {
            recall: f_recall,
        })
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
    request_fields: &["op_device_id", "op_user_id", "out_trade_no"],
    response_fields: &["recall"],
    request_required: &["out_trade_no"],
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
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["42"]),
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Attention,
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
    ],
    response_unified: &[
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
