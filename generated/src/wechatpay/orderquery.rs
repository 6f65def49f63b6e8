// @generated from specs/wechatpay.yaml by `codegen generate`; do not edit.

//! Operation `orderquery` (query, outbound).
//!
//! 查询订单：商户系统未接收到支付结果，调用支付接口后返回系统错误或未知交易状态，付款码支付返回 USERPAYING，
//! 或调用撤销前需确认支付状态时，查询订单。不需要证书。
/// 查询订单：商户系统未接收到支付结果，调用支付接口后返回系统错误或未知交易状态，付款码支付返回 USERPAYING，
/// 或调用撤销前需确认支付状态时，查询订单。不需要证书。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OrderqueryRequest {
    /// `transaction_id`: 微信的订单号，优先使用（与 out_trade_no 二选一）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_id: ::std::option::Option<::std::string::String>,
    /// `out_trade_no`: 商户系统内部订单号（当没提供transaction_id时需要传这个）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub out_trade_no: ::std::option::Option<::std::string::String>,
}
impl OrderqueryRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        OrderqueryRequest {
            transaction_id: ::std::option::Option::None,
            out_trade_no: ::std::option::Option::None,
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
    /// Sets `out_trade_no`.
    pub fn with_out_trade_no(
        mut self,
        out_trade_no: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.out_trade_no = ::std::option::Option::Some(out_trade_no.into());
        self
    }
}
impl ::std::default::Default for OrderqueryRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::payspec_core::Validate for OrderqueryRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.transaction_id {
            ::payspec_core::validate::max_chars(out, path, "transaction_id", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.out_trade_no {
            ::payspec_core::validate::max_chars(out, path, "out_trade_no", v, 32);
        }
        ::payspec_core::validate::at_least_one(
            out,
            path,
            &[
                (
                    "transaction_id",
                    self.transaction_id.as_ref().is_some_and(|v| !v.is_empty()),
                ),
                (
                    "out_trade_no",
                    self.out_trade_no.as_ref().is_some_and(|v| !v.is_empty()),
                ),
            ],
        );
    }
}
impl OrderqueryRequest {
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
pub struct OrderqueryResponse {
    /// `device_info`: 设备号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub device_info: ::std::option::Option<::payspec_core::Text>,
    /// `openid`: 用户在商户appid下的唯一标识（trade_state 为 SUCCESS 时返回，下同，除 out_trade_no 和 attach）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub openid: ::std::option::Option<::payspec_core::Text>,
    /// `is_subscribe`: 是否关注公众账号，Y/N。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_subscribe: ::std::option::Option<::payspec_core::Flag>,
    /// `trade_type`: 交易类型：JSAPI，NATIVE，APP，MICROPAY。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_type: ::std::option::Option<::payspec_core::Text>,
    /// `trade_state`: 交易状态（result_code 为 SUCCESS 时总返回）。
    pub trade_state: super::types::TradeState,
    /// `bank_type`: 付款银行。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_type: ::std::option::Option<::payspec_core::Text>,
    /// `total_fee`: 标价金额，分。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::fen_opt"
    )]
    pub total_fee: ::std::option::Option<::payspec_core::Money>,
    /// `settlement_total_fee`: 应结订单金额，分。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::fen_opt"
    )]
    pub settlement_total_fee: ::std::option::Option<::payspec_core::Money>,
    /// `fee_type`: 标价币种，默认人民币：CNY。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fee_type: ::std::option::Option<::payspec_core::Text>,
    /// `cash_fee`: 现金支付金额，分。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::fen_opt"
    )]
    pub cash_fee: ::std::option::Option<::payspec_core::Money>,
    /// `cash_fee_type`: 现金支付币种。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cash_fee_type: ::std::option::Option<::payspec_core::Text>,
    /// `coupon_fee`: 代金券金额，分；0 without a coupon.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::fen_opt"
    )]
    pub coupon_fee: ::std::option::Option<::payspec_core::Money>,
    /// `coupon_count`: 代金券使用数量（coupon_type_$n, coupon_id_$n, coupon_fee_$n are kept as extra members）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::int_opt"
    )]
    pub coupon_count: ::std::option::Option<i64>,
    /// `transaction_id`: 微信支付订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_id: ::std::option::Option<::payspec_core::Text>,
    /// `out_trade_no`: 商户订单号（trade_state 不为 SUCCESS 时也返回）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub out_trade_no: ::std::option::Option<::payspec_core::Text>,
    /// `attach`: 附加数据，原样返回。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attach: ::std::option::Option<::payspec_core::Text>,
    /// `time_end`: 支付完成时间，格式为yyyyMMddHHmmss。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::compact_opt"
    )]
    pub time_end: ::std::option::Option<::payspec_core::LocalTimestamp>,
    /// `trade_state_desc`: 交易状态描述：对当前查询订单状态的描述和下一步操作的指引。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_state_desc: ::std::option::Option<::payspec_core::Text>,
}
impl OrderqueryResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(trade_state: super::types::TradeState) -> Self {
        OrderqueryResponse {
            device_info: ::std::option::Option::None,
            openid: ::std::option::Option::None,
            is_subscribe: ::std::option::Option::None,
            trade_type: ::std::option::Option::None,
            trade_state,
            bank_type: ::std::option::Option::None,
            total_fee: ::std::option::Option::None,
            settlement_total_fee: ::std::option::Option::None,
            fee_type: ::std::option::Option::None,
            cash_fee: ::std::option::Option::None,
            cash_fee_type: ::std::option::Option::None,
            coupon_fee: ::std::option::Option::None,
            coupon_count: ::std::option::Option::None,
            transaction_id: ::std::option::Option::None,
            out_trade_no: ::std::option::Option::None,
            attach: ::std::option::Option::None,
            time_end: ::std::option::Option::None,
            trade_state_desc: ::std::option::Option::None,
        }
    }
    /// Sets `device_info`.
    pub fn with_device_info(
        mut self,
        device_info: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.device_info = ::std::option::Option::Some(device_info.into());
        self
    }
    /// Sets `openid`.
    pub fn with_openid(
        mut self,
        openid: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.openid = ::std::option::Option::Some(openid.into());
        self
    }
    /// Sets `is_subscribe`.
    pub fn with_is_subscribe(mut self, is_subscribe: ::payspec_core::Flag) -> Self {
        self.is_subscribe = ::std::option::Option::Some(is_subscribe);
        self
    }
    /// Sets `trade_type`.
    pub fn with_trade_type(
        mut self,
        trade_type: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.trade_type = ::std::option::Option::Some(trade_type.into());
        self
    }
    /// Sets `bank_type`.
    pub fn with_bank_type(
        mut self,
        bank_type: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.bank_type = ::std::option::Option::Some(bank_type.into());
        self
    }
    /// Sets `total_fee`.
    pub fn with_total_fee(mut self, total_fee: ::payspec_core::Money) -> Self {
        self.total_fee = ::std::option::Option::Some(total_fee);
        self
    }
    /// Sets `settlement_total_fee`.
    pub fn with_settlement_total_fee(
        mut self,
        settlement_total_fee: ::payspec_core::Money,
    ) -> Self {
        self.settlement_total_fee = ::std::option::Option::Some(settlement_total_fee);
        self
    }
    /// Sets `fee_type`.
    pub fn with_fee_type(
        mut self,
        fee_type: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.fee_type = ::std::option::Option::Some(fee_type.into());
        self
    }
    /// Sets `cash_fee`.
    pub fn with_cash_fee(mut self, cash_fee: ::payspec_core::Money) -> Self {
        self.cash_fee = ::std::option::Option::Some(cash_fee);
        self
    }
    /// Sets `cash_fee_type`.
    pub fn with_cash_fee_type(
        mut self,
        cash_fee_type: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.cash_fee_type = ::std::option::Option::Some(cash_fee_type.into());
        self
    }
    /// Sets `coupon_fee`.
    pub fn with_coupon_fee(mut self, coupon_fee: ::payspec_core::Money) -> Self {
        self.coupon_fee = ::std::option::Option::Some(coupon_fee);
        self
    }
    /// Sets `coupon_count`.
    pub fn with_coupon_count(mut self, coupon_count: i64) -> Self {
        self.coupon_count = ::std::option::Option::Some(coupon_count);
        self
    }
    /// Sets `transaction_id`.
    pub fn with_transaction_id(
        mut self,
        transaction_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.transaction_id = ::std::option::Option::Some(transaction_id.into());
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
    /// Sets `attach`.
    pub fn with_attach(
        mut self,
        attach: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.attach = ::std::option::Option::Some(attach.into());
        self
    }
    /// Sets `time_end`.
    pub fn with_time_end(mut self, time_end: ::payspec_core::LocalTimestamp) -> Self {
        self.time_end = ::std::option::Option::Some(time_end);
        self
    }
    /// Sets `trade_state_desc`.
    pub fn with_trade_state_desc(
        mut self,
        trade_state_desc: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.trade_state_desc = ::std::option::Option::Some(trade_state_desc.into());
        self
    }
}
impl ::payspec_core::Validate for OrderqueryResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.device_info {
            ::payspec_core::validate::max_chars(out, path, "device_info", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.openid {
            ::payspec_core::validate::max_chars(out, path, "openid", v, 128);
        }
        if let ::std::option::Option::Some(v) = &self.trade_type {
            ::payspec_core::validate::max_chars(out, path, "trade_type", v, 16);
        }
        if let ::std::option::Option::Some(v) = &self.bank_type {
            ::payspec_core::validate::max_chars(out, path, "bank_type", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.total_fee {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "total_fee",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "total_fee", v);
        }
        if let ::std::option::Option::Some(v) = &self.settlement_total_fee {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "settlement_total_fee",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(
                out,
                path,
                "settlement_total_fee",
                v,
            );
        }
        if let ::std::option::Option::Some(v) = &self.fee_type {
            ::payspec_core::validate::max_chars(out, path, "fee_type", v, 8);
        }
        if let ::std::option::Option::Some(v) = &self.cash_fee {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "cash_fee",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(out, path, "cash_fee", v);
        }
        if let ::std::option::Option::Some(v) = &self.cash_fee_type {
            ::payspec_core::validate::max_chars(out, path, "cash_fee_type", v, 16);
        }
        if let ::std::option::Option::Some(v) = &self.coupon_fee {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "coupon_fee",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(out, path, "coupon_fee", v);
        }
        if let ::std::option::Option::Some(v) = &self.coupon_count {
            ::payspec_core::validate::int_range(
                out,
                path,
                "coupon_count",
                *v,
                ::std::option::Option::Some(0),
                ::std::option::Option::None,
            );
        }
        if let ::std::option::Option::Some(v) = &self.transaction_id {
            ::payspec_core::validate::max_chars(out, path, "transaction_id", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.out_trade_no {
            ::payspec_core::validate::max_chars(out, path, "out_trade_no", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.attach {
            ::payspec_core::validate::max_chars(out, path, "attach", v, 128);
        }
        if let ::std::option::Option::Some(v) = &self.trade_state_desc {
            ::payspec_core::validate::max_chars(out, path, "trade_state_desc", v, 256);
        }
    }
}
impl OrderqueryResponse {
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
    /// The provider's trade state, if the reply carries one.
    pub fn trade_state(&self) -> ::std::option::Option<&super::types::TradeState> {
        ::std::option::Option::Some(&self.trade_state)
    }
    /// The unified status; `None` when absent or not listed in the spec (unknown).
    pub fn trade_status(&self) -> ::std::option::Option<::payspec_core::TradeStatus> {
        self.trade_state().and_then(super::types::TradeState::status)
    }
}
/// Read from the reply's members as received (`codec::read::reply`).
impl ::payspec_core::codec::read::Content for OrderqueryResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_device_info = ::std::option::Option::None;
        let mut f_openid = ::std::option::Option::None;
        let mut f_is_subscribe = ::std::option::Option::None;
        let mut f_trade_type = ::std::option::Option::None;
        let mut f_trade_state = ::std::option::Option::None;
        let mut f_bank_type = ::std::option::Option::None;
        let mut f_total_fee = ::std::option::Option::None;
        let mut f_settlement_total_fee = ::std::option::Option::None;
        let mut f_fee_type = ::std::option::Option::None;
        let mut f_cash_fee = ::std::option::Option::None;
        let mut f_cash_fee_type = ::std::option::Option::None;
        let mut f_coupon_fee = ::std::option::Option::None;
        let mut f_coupon_count = ::std::option::Option::None;
        let mut f_transaction_id = ::std::option::Option::None;
        let mut f_out_trade_no = ::std::option::Option::None;
        let mut f_attach = ::std::option::Option::None;
        let mut f_time_end = ::std::option::Option::None;
        let mut f_trade_state_desc = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "device_info" => f_device_info = content.text_opt(raw)?,
                "openid" => f_openid = content.text_opt(raw)?,
                "is_subscribe" => {
                    f_is_subscribe = ::payspec_core::codec::read::flag_opt(raw)?;
                }
                "trade_type" => f_trade_type = content.text_opt(raw)?,
                "trade_state" => {
                    f_trade_state = ::std::option::Option::Some(
                        ::payspec_core::codec::read::open_enum(raw)?,
                    );
                }
                "bank_type" => f_bank_type = content.text_opt(raw)?,
                "total_fee" => {
                    f_total_fee = ::payspec_core::wire::fen_opt::from_raw(raw).ok()?;
                }
                "settlement_total_fee" => {
                    f_settlement_total_fee = ::payspec_core::wire::fen_opt::from_raw(raw)
                        .ok()?;
                }
                "fee_type" => f_fee_type = content.text_opt(raw)?,
                "cash_fee" => {
                    f_cash_fee = ::payspec_core::wire::fen_opt::from_raw(raw).ok()?;
                }
                "cash_fee_type" => f_cash_fee_type = content.text_opt(raw)?,
                "coupon_fee" => {
                    f_coupon_fee = ::payspec_core::wire::fen_opt::from_raw(raw).ok()?;
                }
                "coupon_count" => {
                    f_coupon_count = ::payspec_core::wire::int_opt::from_raw(raw).ok()?;
                }
                "transaction_id" => f_transaction_id = content.text_opt(raw)?,
                "out_trade_no" => f_out_trade_no = content.text_opt(raw)?,
                "attach" => f_attach = content.text_opt(raw)?,
                "time_end" => {
                    f_time_end = ::payspec_core::wire::compact_opt::from_raw(raw).ok()?;
                }
                "trade_state_desc" => f_trade_state_desc = content.text_opt(raw)?,
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(OrderqueryResponse {
            device_info: f_device_info,
            openid: f_openid,
            is_subscribe: f_is_subscribe,
            trade_type: f_trade_type,
            trade_state: f_trade_state?,
            bank_type: f_bank_type,
            total_fee: f_total_fee,
            settlement_total_fee: f_settlement_total_fee,
            fee_type: f_fee_type,
            cash_fee: f_cash_fee,
            cash_fee_type: f_cash_fee_type,
            coupon_fee: f_coupon_fee,
            coupon_count: f_coupon_count,
            transaction_id: f_transaction_id,
            out_trade_no: f_out_trade_no,
            attach: f_attach,
            time_end: f_time_end,
            trade_state_desc: f_trade_state_desc,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "orderquery",
    role: ::payspec_core::descriptor::OperationRole::Query,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/pay/orderquery",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["out_trade_no", "transaction_id"],
    response_fields: &[
        "attach",
        "bank_type",
        "cash_fee",
        "cash_fee_type",
        "coupon_count",
        "coupon_fee",
        "device_info",
        "fee_type",
        "is_subscribe",
        "openid",
        "out_trade_no",
        "settlement_total_fee",
        "time_end",
        "total_fee",
        "trade_state",
        "trade_state_desc",
        "trade_type",
        "transaction_id",
    ],
    request_required: &[],
    response_required: &["trade_state"],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "result_code",
                path: &["result_code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "return_code",
                path: &["return_code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "trade_state",
                path: &["trade_state"],
            },
        ],
        rules: &[
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
                    ::payspec_core::descriptor::Condition {
                        signal: "trade_state",
                        test: ::payspec_core::descriptor::Test::Present,
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::FromState,
            },
        ],
        otherwise: ::payspec_core::Classification::Unknown,
    },
    request_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "transaction_id",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "out_trade_no",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::DeviceId,
            wire: "device_info",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::TradeState,
            wire: "trade_state",
            format: ::payspec_core::descriptor::ValueFormat::Code {
                integer: false,
            },
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "total_fee",
            format: ::payspec_core::descriptor::ValueFormat::Fen,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "transaction_id",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "out_trade_no",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::PaidAt,
            wire: "time_end",
            format: ::payspec_core::descriptor::ValueFormat::Compact,
        },
    ],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
