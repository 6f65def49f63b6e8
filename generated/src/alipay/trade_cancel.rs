// @generated from specs/alipay.yaml by `codegen generate`; do not edit.

//! Operation `trade_cancel` (reverse, outbound).
//!
//! 统一收单交易撤销接口：支付交易返回失败或支付系统超时，调用该接口撤销交易。如果此订单用户支付失败，支付宝系统会将此订单关闭；
//! 如果用户支付成功，支付宝系统会将此订单资金退还给用户。只有发生支付系统超时或者支付结果未知时可调用撤销；订单创建后 24 小时内有效。
/// 统一收单交易撤销接口：支付交易返回失败或支付系统超时，调用该接口撤销交易。如果此订单用户支付失败，支付宝系统会将此订单关闭；
/// 如果用户支付成功，支付宝系统会将此订单资金退还给用户。只有发生支付系统超时或者支付结果未知时可调用撤销；订单创建后 24 小时内有效。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TradeCancelRequest {
    /// `out_trade_no`: 原支付请求的商户订单号，和支付宝交易号不能同时为空。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub out_trade_no: ::std::option::Option<::std::string::String>,
    /// `trade_no`: 支付宝交易号；和商户订单号不能同时为空（同时存在时优先 trade_no）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_no: ::std::option::Option<::std::string::String>,
}
impl TradeCancelRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        TradeCancelRequest {
            out_trade_no: ::std::option::Option::None,
            trade_no: ::std::option::Option::None,
        }
    }
    /// Sets `out_trade_no`.
    pub fn with_out_trade_no(
        mut self,
        out_trade_no: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.out_trade_no = ::std::option::Option::Some(out_trade_no.into());
        self
    }
    /// Sets `trade_no`.
    pub fn with_trade_no(
        mut self,
        trade_no: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trade_no = ::std::option::Option::Some(trade_no.into());
        self
    }
}
impl ::std::default::Default for TradeCancelRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::payspec_core::Validate for TradeCancelRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.out_trade_no {
            ::payspec_core::validate::max_chars(out, path, "out_trade_no", v, 64);
        }
        if let ::std::option::Option::Some(v) = &self.trade_no {
            ::payspec_core::validate::max_chars(out, path, "trade_no", v, 64);
        }
        ::payspec_core::validate::at_least_one(
            out,
            path,
            &[
                (
                    "out_trade_no",
                    self.out_trade_no.as_ref().is_some_and(|v| !v.is_empty()),
                ),
                ("trade_no", self.trade_no.as_ref().is_some_and(|v| !v.is_empty())),
            ],
        );
    }
}
impl TradeCancelRequest {
    /// Validates, then encodes the signed request (client side). Nothing is encoded when
    /// validation fails: every violation is returned.
    pub fn encode(
        &self,
        config: &dyn ::payspec_core::Credentials,
        ctx: &::payspec_core::EncodeContext,
    ) -> ::std::result::Result<::payspec_core::Message, ::payspec_core::Error> {
        ::payspec_core::Validate::validate(self)
            .map_err(::payspec_core::Error::Invalid)?;
        ::payspec_core::codec::encode_request(
            &super::PROVIDER,
            &OPERATION,
            self,
            config,
            ctx,
        )
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
pub struct TradeCancelResponse {
    /// `trade_no`: 支付宝交易号；当发生交易关闭或交易退款时返回。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_no: ::std::option::Option<::payspec_core::Text>,
    /// `out_trade_no`: 商户订单号。
    pub out_trade_no: ::payspec_core::Text,
    /// `retry_flag`: 是否需要重试：Y 需要再次调用撤销，N 不需要。
    pub retry_flag: ::payspec_core::Flag,
    /// `action`: 本次撤销触发的交易动作：close 关闭交易（无退款），refund 产生了退款；未返回：未查询到交易。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub action: ::std::option::Option<super::types::CancelAction>,
    /// `gmt_refund_pay`: 当撤销产生了退款时，返回退款时间（默认不返回）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::datetime_opt"
    )]
    pub gmt_refund_pay: ::std::option::Option<::payspec_core::LocalTimestamp>,
}
impl TradeCancelResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        out_trade_no: impl ::std::convert::Into<::payspec_core::Text>,
        retry_flag: ::payspec_core::Flag,
    ) -> Self {
        TradeCancelResponse {
            trade_no: ::std::option::Option::None,
            out_trade_no: out_trade_no.into(),
            retry_flag,
            action: ::std::option::Option::None,
            gmt_refund_pay: ::std::option::Option::None,
        }
    }
    /// Sets `trade_no`.
    pub fn with_trade_no(
        mut self,
        trade_no: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.trade_no = ::std::option::Option::Some(trade_no.into());
        self
    }
    /// Sets `action`.
    pub fn with_action(mut self, action: super::types::CancelAction) -> Self {
        self.action = ::std::option::Option::Some(action);
        self
    }
    /// Sets `gmt_refund_pay`.
    pub fn with_gmt_refund_pay(
        mut self,
        gmt_refund_pay: ::payspec_core::LocalTimestamp,
    ) -> Self {
        self.gmt_refund_pay = ::std::option::Option::Some(gmt_refund_pay);
        self
    }
}
impl ::payspec_core::Validate for TradeCancelResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.trade_no {
            ::payspec_core::validate::max_chars(out, path, "trade_no", v, 64);
        }
        ::payspec_core::validate::required_text(
            out,
            path,
            "out_trade_no",
            &self.out_trade_no,
        );
        {
            let v = &self.out_trade_no;
            ::payspec_core::validate::max_chars(out, path, "out_trade_no", v, 64);
        }
    }
}
impl TradeCancelResponse {
    /// Verifies the provider's signature over the bytes as received, then parses and
    /// classifies the reply (client side): in one pass over the received bytes, with the
    /// operation's rules compiled in; what that pass does not settle itself is answered
    /// by the runtime's interpreter, exactly.
    pub fn decode(
        message: &::payspec_core::Message,
        config: &dyn ::payspec_core::Credentials,
    ) -> ::std::result::Result<::payspec_core::Reply<Self>, ::payspec_core::Error> {
        ::payspec_core::codec::decode_response(
            &super::PROVIDER,
            &OPERATION,
            message,
            config,
        )
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
        ::payspec_core::codec::encode_response(
            &super::PROVIDER,
            &OPERATION,
            status,
            content,
            config,
            ctx,
        )
    }
}
/// Read from the reply's members as received (`codec::read::reply`).
impl ::payspec_core::codec::read::Content for TradeCancelResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_trade_no = ::std::option::Option::None;
        let mut f_out_trade_no = ::std::option::Option::None;
        let mut f_retry_flag = ::std::option::Option::None;
        let mut f_action = ::std::option::Option::None;
        let mut f_gmt_refund_pay = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "trade_no" => f_trade_no = content.text_opt(raw)?,
                "out_trade_no" => {
                    f_out_trade_no = ::std::option::Option::Some(content.text(raw)?);
                }
                "retry_flag" => {
                    f_retry_flag = ::std::option::Option::Some(
                        ::payspec_core::codec::read::flag(raw)?,
                    );
                }
                "action" => f_action = ::payspec_core::codec::read::open_enum_opt(raw)?,
                "gmt_refund_pay" => {
                    f_gmt_refund_pay = ::payspec_core::wire::datetime_opt::from_raw(raw)
                        .ok()?;
                }
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(TradeCancelResponse {
            trade_no: f_trade_no,
            out_trade_no: f_out_trade_no?,
            retry_flag: f_retry_flag?,
            action: f_action,
            gmt_refund_pay: f_gmt_refund_pay,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "trade_cancel",
    role: ::payspec_core::descriptor::OperationRole::Reverse,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/gateway.do",
    http_method: "POST",
    method_constant: ::std::option::Option::Some("alipay.trade.cancel"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_CANCEL_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["out_trade_no", "trade_no"],
    response_fields: &[
        "action",
        "gmt_refund_pay",
        "out_trade_no",
        "retry_flag",
        "trade_no",
    ],
    request_required: &[],
    response_required: &["out_trade_no", "retry_flag"],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["alipay_trade_cancel_response", "code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "retry_flag",
                path: &["alipay_trade_cancel_response", "retry_flag"],
            },
            ::payspec_core::descriptor::Signal {
                name: "sub_code",
                path: &["alipay_trade_cancel_response", "sub_code"],
            },
        ],
        rules: &[
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "retry_flag",
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
                        test: ::payspec_core::descriptor::Test::OneOf(&["10000"]),
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
                        test: ::payspec_core::descriptor::Test::OneOf(&["40004"]),
                    },
                    ::payspec_core::descriptor::Condition {
                        signal: "sub_code",
                        test: ::payspec_core::descriptor::Test::OneOf(
                            &[
                                "ACQ.TRADE_CANCEL_TIME_OUT",
                                "ACQ.CANCEL_NOT_ALLOWED",
                                "ACQ.REASON_TRADE_BEEN_FREEZEN",
                                "ACQ.SELLER_BALANCE_NOT_ENOUGH",
                                "ACQ.TRADE_HAS_FINISHED",
                            ],
                        ),
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
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "trade_no",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "trade_no",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "out_trade_no",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Recall,
            wire: "retry_flag",
            format: ::payspec_core::descriptor::ValueFormat::Flag,
        },
    ],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
