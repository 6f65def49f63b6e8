// @generated from specs/alipay.yaml by `codegen generate`; do not edit.

//! Operation `trade_query` (query, outbound).
//!
//! 统一收单线下交易查询：调用支付接口后返回系统错误或未知交易状态、返回 10003 (等待用户付款)，或撤销前需确认支付状态时调用。
/// 统一收单线下交易查询：调用支付接口后返回系统错误或未知交易状态、返回 10003 (等待用户付款)，或撤销前需确认支付状态时调用。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TradeQueryRequest {
    /// `out_trade_no`: 订单支付时传入的商户订单号，和支付宝交易号不能同时为空。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub out_trade_no: ::std::option::Option<::std::string::String>,
    /// `trade_no`: 支付宝交易号；trade_no,out_trade_no如果同时存在优先取trade_no。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_no: ::std::option::Option<::std::string::String>,
}
impl TradeQueryRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        TradeQueryRequest {
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
impl ::std::default::Default for TradeQueryRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::payspec_core::Validate for TradeQueryRequest {
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
impl TradeQueryRequest {
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
pub struct TradeQueryResponse {
    /// `trade_no`: 支付宝交易号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_no: ::std::option::Option<::payspec_core::Text>,
    /// `out_trade_no`: 商家订单号。
    pub out_trade_no: ::payspec_core::Text,
    /// `buyer_logon_id`: 买家支付宝账号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_logon_id: ::std::option::Option<::payspec_core::Text>,
    /// `trade_status`: 交易状态：WAIT_BUYER_PAY, TRADE_CLOSED, TRADE_SUCCESS, TRADE_FINISHED。
    pub trade_status: super::types::TradeState,
    /// `total_amount`: 交易的订单金额，元。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub total_amount: ::std::option::Option<::payspec_core::Money>,
    /// `buyer_pay_amount`: 买家实付金额，元（交易成功后返回）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub buyer_pay_amount: ::std::option::Option<::payspec_core::Money>,
    /// `point_amount`: 积分支付的金额，元。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub point_amount: ::std::option::Option<::payspec_core::Money>,
    /// `invoice_amount`: 交易中用户支付的可开具发票的金额，元。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub invoice_amount: ::std::option::Option<::payspec_core::Money>,
    /// `receipt_amount`: 实收金额，元。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub receipt_amount: ::std::option::Option<::payspec_core::Money>,
    /// `send_pay_date`: 本次交易打款给卖家的时间，yyyy-MM-dd HH:mm:ss。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::datetime_opt"
    )]
    pub send_pay_date: ::std::option::Option<::payspec_core::LocalTimestamp>,
    /// `store_id`: 商户门店编号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_id: ::std::option::Option<::payspec_core::Text>,
    /// `terminal_id`: 商户机具终端编号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub terminal_id: ::std::option::Option<::payspec_core::Text>,
    /// `store_name`: 请求交易支付中的商户店铺的名称。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_name: ::std::option::Option<::payspec_core::Text>,
    /// `fund_bill_list`: 交易支付使用的资金渠道。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fund_bill_list: ::std::option::Option<::std::vec::Vec<super::types::FundBill>>,
    /// `buyer_user_id`: 买家在支付宝的用户id。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_user_id: ::std::option::Option<::payspec_core::Text>,
    /// `buyer_open_id`: 买家支付宝用户唯一标识。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_open_id: ::std::option::Option<::payspec_core::Text>,
    /// `buyer_user_type`: 买家用户类型：CORPORATE 企业用户，PRIVATE 个人用户。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_user_type: ::std::option::Option<::payspec_core::Text>,
    /// `mdiscount_amount`: 商家优惠金额，元。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub mdiscount_amount: ::std::option::Option<::payspec_core::Money>,
    /// `discount_amount`: 平台优惠金额，元。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub discount_amount: ::std::option::Option<::payspec_core::Money>,
}
impl TradeQueryResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        out_trade_no: impl ::std::convert::Into<::payspec_core::Text>,
        trade_status: super::types::TradeState,
    ) -> Self {
        TradeQueryResponse {
            trade_no: ::std::option::Option::None,
            out_trade_no: out_trade_no.into(),
            buyer_logon_id: ::std::option::Option::None,
            trade_status,
            total_amount: ::std::option::Option::None,
            buyer_pay_amount: ::std::option::Option::None,
            point_amount: ::std::option::Option::None,
            invoice_amount: ::std::option::Option::None,
            receipt_amount: ::std::option::Option::None,
            send_pay_date: ::std::option::Option::None,
            store_id: ::std::option::Option::None,
            terminal_id: ::std::option::Option::None,
            store_name: ::std::option::Option::None,
            fund_bill_list: ::std::option::Option::None,
            buyer_user_id: ::std::option::Option::None,
            buyer_open_id: ::std::option::Option::None,
            buyer_user_type: ::std::option::Option::None,
            mdiscount_amount: ::std::option::Option::None,
            discount_amount: ::std::option::Option::None,
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
    /// Sets `buyer_logon_id`.
    pub fn with_buyer_logon_id(
        mut self,
        buyer_logon_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.buyer_logon_id = ::std::option::Option::Some(buyer_logon_id.into());
        self
    }
    /// Sets `total_amount`.
    pub fn with_total_amount(mut self, total_amount: ::payspec_core::Money) -> Self {
        self.total_amount = ::std::option::Option::Some(total_amount);
        self
    }
    /// Sets `buyer_pay_amount`.
    pub fn with_buyer_pay_amount(
        mut self,
        buyer_pay_amount: ::payspec_core::Money,
    ) -> Self {
        self.buyer_pay_amount = ::std::option::Option::Some(buyer_pay_amount);
        self
    }
    /// Sets `point_amount`.
    pub fn with_point_amount(mut self, point_amount: ::payspec_core::Money) -> Self {
        self.point_amount = ::std::option::Option::Some(point_amount);
        self
    }
    /// Sets `invoice_amount`.
    pub fn with_invoice_amount(mut self, invoice_amount: ::payspec_core::Money) -> Self {
        self.invoice_amount = ::std::option::Option::Some(invoice_amount);
        self
    }
    /// Sets `receipt_amount`.
    pub fn with_receipt_amount(mut self, receipt_amount: ::payspec_core::Money) -> Self {
        self.receipt_amount = ::std::option::Option::Some(receipt_amount);
        self
    }
    /// Sets `send_pay_date`.
    pub fn with_send_pay_date(
        mut self,
        send_pay_date: ::payspec_core::LocalTimestamp,
    ) -> Self {
        self.send_pay_date = ::std::option::Option::Some(send_pay_date);
        self
    }
    /// Sets `store_id`.
    pub fn with_store_id(
        mut self,
        store_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.store_id = ::std::option::Option::Some(store_id.into());
        self
    }
    /// Sets `terminal_id`.
    pub fn with_terminal_id(
        mut self,
        terminal_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.terminal_id = ::std::option::Option::Some(terminal_id.into());
        self
    }
    /// Sets `store_name`.
    pub fn with_store_name(
        mut self,
        store_name: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.store_name = ::std::option::Option::Some(store_name.into());
        self
    }
    /// Sets `fund_bill_list`.
    pub fn with_fund_bill_list(
        mut self,
        fund_bill_list: ::std::vec::Vec<super::types::FundBill>,
    ) -> Self {
        self.fund_bill_list = ::std::option::Option::Some(fund_bill_list);
        self
    }
    /// Sets `buyer_user_id`.
    pub fn with_buyer_user_id(
        mut self,
        buyer_user_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.buyer_user_id = ::std::option::Option::Some(buyer_user_id.into());
        self
    }
    /// Sets `buyer_open_id`.
    pub fn with_buyer_open_id(
        mut self,
        buyer_open_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.buyer_open_id = ::std::option::Option::Some(buyer_open_id.into());
        self
    }
    /// Sets `buyer_user_type`.
    pub fn with_buyer_user_type(
        mut self,
        buyer_user_type: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.buyer_user_type = ::std::option::Option::Some(buyer_user_type.into());
        self
    }
    /// Sets `mdiscount_amount`.
    pub fn with_mdiscount_amount(
        mut self,
        mdiscount_amount: ::payspec_core::Money,
    ) -> Self {
        self.mdiscount_amount = ::std::option::Option::Some(mdiscount_amount);
        self
    }
    /// Sets `discount_amount`.
    pub fn with_discount_amount(
        mut self,
        discount_amount: ::payspec_core::Money,
    ) -> Self {
        self.discount_amount = ::std::option::Option::Some(discount_amount);
        self
    }
}
impl ::payspec_core::Validate for TradeQueryResponse {
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
        if let ::std::option::Option::Some(v) = &self.buyer_logon_id {
            ::payspec_core::validate::max_chars(out, path, "buyer_logon_id", v, 100);
        }
        if let ::std::option::Option::Some(v) = &self.total_amount {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "total_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "total_amount", v);
        }
        if let ::std::option::Option::Some(v) = &self.buyer_pay_amount {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "buyer_pay_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(
                out,
                path,
                "buyer_pay_amount",
                v,
            );
        }
        if let ::std::option::Option::Some(v) = &self.point_amount {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "point_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(out, path, "point_amount", v);
        }
        if let ::std::option::Option::Some(v) = &self.invoice_amount {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "invoice_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(
                out,
                path,
                "invoice_amount",
                v,
            );
        }
        if let ::std::option::Option::Some(v) = &self.receipt_amount {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "receipt_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(
                out,
                path,
                "receipt_amount",
                v,
            );
        }
        if let ::std::option::Option::Some(v) = &self.store_id {
            ::payspec_core::validate::max_chars(out, path, "store_id", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.terminal_id {
            ::payspec_core::validate::max_chars(out, path, "terminal_id", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.store_name {
            ::payspec_core::validate::max_chars(out, path, "store_name", v, 512);
        }
        if let ::std::option::Option::Some(v) = &self.fund_bill_list {
            ::payspec_core::validate::each(out, path, "fund_bill_list", v);
        }
        if let ::std::option::Option::Some(v) = &self.buyer_user_id {
            ::payspec_core::validate::max_chars(out, path, "buyer_user_id", v, 28);
        }
        if let ::std::option::Option::Some(v) = &self.buyer_open_id {
            ::payspec_core::validate::max_chars(out, path, "buyer_open_id", v, 128);
        }
        if let ::std::option::Option::Some(v) = &self.buyer_user_type {
            ::payspec_core::validate::max_chars(out, path, "buyer_user_type", v, 18);
        }
        if let ::std::option::Option::Some(v) = &self.mdiscount_amount {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "mdiscount_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(
                out,
                path,
                "mdiscount_amount",
                v,
            );
        }
        if let ::std::option::Option::Some(v) = &self.discount_amount {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "discount_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(
                out,
                path,
                "discount_amount",
                v,
            );
        }
    }
}
impl TradeQueryResponse {
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
        ::std::option::Option::Some(&self.trade_status)
    }
    /// The unified status; `None` when absent or not listed in the spec (unknown).
    pub fn trade_status(&self) -> ::std::option::Option<::payspec_core::TradeStatus> {
        self.trade_state().and_then(super::types::TradeState::status)
    }
}
/// Read from the reply's members as received (`codec::read::reply`).
impl ::payspec_core::codec::read::Content for TradeQueryResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_trade_no = ::std::option::Option::None;
        let mut f_out_trade_no = ::std::option::Option::None;
        let mut f_buyer_logon_id = ::std::option::Option::None;
        let mut f_trade_status = ::std::option::Option::None;
        let mut f_total_amount = ::std::option::Option::None;
        let mut f_buyer_pay_amount = ::std::option::Option::None;
        let mut f_point_amount = ::std::option::Option::None;
        let mut f_invoice_amount = ::std::option::Option::None;
        let mut f_receipt_amount = ::std::option::Option::None;
        let mut f_send_pay_date = ::std::option::Option::None;
        let mut f_store_id = ::std::option::Option::None;
        let mut f_terminal_id = ::std::option::Option::None;
        let mut f_store_name = ::std::option::Option::None;
        let mut f_fund_bill_list = ::std::option::Option::None;
        let mut f_buyer_user_id = ::std::option::Option::None;
        let mut f_buyer_open_id = ::std::option::Option::None;
        let mut f_buyer_user_type = ::std::option::Option::None;
        let mut f_mdiscount_amount = ::std::option::Option::None;
        let mut f_discount_amount = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "trade_no" => f_trade_no = content.text_opt(raw)?,
                "out_trade_no" => {
                    f_out_trade_no = ::std::option::Option::Some(content.text(raw)?);
                }
                "buyer_logon_id" => f_buyer_logon_id = content.text_opt(raw)?,
                "trade_status" => {
                    f_trade_status = ::std::option::Option::Some(
                        ::payspec_core::codec::read::open_enum(raw)?,
                    );
                }
                "total_amount" => {
                    f_total_amount = ::payspec_core::wire::yuan_string_opt::from_raw(raw)
                        .ok()?;
                }
                "buyer_pay_amount" => {
                    f_buyer_pay_amount = ::payspec_core::wire::yuan_string_opt::from_raw(
                            raw,
                        )
                        .ok()?;
                }
                "point_amount" => {
                    f_point_amount = ::payspec_core::wire::yuan_string_opt::from_raw(raw)
                        .ok()?;
                }
                "invoice_amount" => {
                    f_invoice_amount = ::payspec_core::wire::yuan_string_opt::from_raw(
                            raw,
                        )
                        .ok()?;
                }
                "receipt_amount" => {
                    f_receipt_amount = ::payspec_core::wire::yuan_string_opt::from_raw(
                            raw,
                        )
                        .ok()?;
                }
                "send_pay_date" => {
                    f_send_pay_date = ::payspec_core::wire::datetime_opt::from_raw(raw)
                        .ok()?;
                }
                "store_id" => f_store_id = content.text_opt(raw)?,
                "terminal_id" => f_terminal_id = content.text_opt(raw)?,
                "store_name" => f_store_name = content.text_opt(raw)?,
                "fund_bill_list" => {
                    f_fund_bill_list = ::payspec_core::codec::read::other(raw)?;
                }
                "buyer_user_id" => f_buyer_user_id = content.text_opt(raw)?,
                "buyer_open_id" => f_buyer_open_id = content.text_opt(raw)?,
                "buyer_user_type" => f_buyer_user_type = content.text_opt(raw)?,
                "mdiscount_amount" => {
                    f_mdiscount_amount = ::payspec_core::wire::yuan_string_opt::from_raw(
                            raw,
                        )
                        .ok()?;
                }
                "discount_amount" => {
                    f_discount_amount = ::payspec_core::wire::yuan_string_opt::from_raw(
                            raw,
                        )
                        .ok()?;
                }
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(TradeQueryResponse {
            trade_no: f_trade_no,
            out_trade_no: f_out_trade_no?,
            buyer_logon_id: f_buyer_logon_id,
            trade_status: f_trade_status?,
            total_amount: f_total_amount,
            buyer_pay_amount: f_buyer_pay_amount,
            point_amount: f_point_amount,
            invoice_amount: f_invoice_amount,
            receipt_amount: f_receipt_amount,
            send_pay_date: f_send_pay_date,
            store_id: f_store_id,
            terminal_id: f_terminal_id,
            store_name: f_store_name,
            fund_bill_list: f_fund_bill_list,
            buyer_user_id: f_buyer_user_id,
            buyer_open_id: f_buyer_open_id,
            buyer_user_type: f_buyer_user_type,
            mdiscount_amount: f_mdiscount_amount,
            discount_amount: f_discount_amount,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "trade_query",
    role: ::payspec_core::descriptor::OperationRole::Query,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/gateway.do",
    http_method: "POST",
    method_constant: ::std::option::Option::Some("alipay.trade.query"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_QUERY_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["out_trade_no", "trade_no"],
    response_fields: &[
        "buyer_logon_id",
        "buyer_open_id",
        "buyer_pay_amount",
        "buyer_user_id",
        "buyer_user_type",
        "discount_amount",
        "fund_bill_list",
        "invoice_amount",
        "mdiscount_amount",
        "out_trade_no",
        "point_amount",
        "receipt_amount",
        "send_pay_date",
        "store_id",
        "store_name",
        "terminal_id",
        "total_amount",
        "trade_no",
        "trade_status",
    ],
    request_required: &[],
    response_required: &["out_trade_no", "trade_status"],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["alipay_trade_query_response", "code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "trade_state",
                path: &["alipay_trade_query_response", "trade_status"],
            },
        ],
        rules: &[
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["10000"]),
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
            role: ::payspec_core::descriptor::UnifiedRole::TradeState,
            wire: "trade_status",
            format: ::payspec_core::descriptor::ValueFormat::Code {
                integer: false,
            },
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "total_amount",
            format: ::payspec_core::descriptor::ValueFormat::YuanString,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::DeviceId,
            wire: "terminal_id",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
