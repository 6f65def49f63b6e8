// @generated from specs/pooul.yaml by `codegen generate`; do not edit.

//! Operation `query` (query, outbound).
//!
//! 6.2.2 / 6.3.3 查询订单 API：根据商户订单号或平台订单号查询订单。
/// 6.2.2 / 6.3.3 查询订单 API：根据商户订单号或平台订单号查询订单。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryRequest {
    /// `mch_trade_id`: 商户订单号；mch_trade_id 和 trade_id 至少一个必填，同时存在时 trade_id 优先。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mch_trade_id: ::std::option::Option<::std::string::String>,
    /// `trade_id`: 平台交易号；mch_trade_id 和 trade_id 至少一个必填。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_id: ::std::option::Option<::std::string::String>,
}
impl QueryRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        QueryRequest {
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
impl ::std::default::Default for QueryRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::payspec_core::Validate for QueryRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.mch_trade_id {
            ::payspec_core::validate::max_chars(out, path, "mch_trade_id", v, 32);
        }
    }
}
impl QueryRequest {
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
pub struct QueryResponse {
    /// `merchant_id`: 商户号（表中必填，6.3.3 查询示例未返回）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_id: ::std::option::Option<::payspec_core::Text>,
    /// `device_info`: 终端设备号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub device_info: ::std::option::Option<::payspec_core::Text>,
    /// `nonce_str`: 随机字符串（表中必填，示例未返回）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nonce_str: ::std::option::Option<::payspec_core::Text>,
    /// `err_code`: 错误代码。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub err_code: ::std::option::Option<::payspec_core::Text>,
    /// `err_msg`: 错误代码描述。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub err_msg: ::std::option::Option<::payspec_core::Text>,
    /// `trade_state`: 交易状态，见 states。
    pub trade_state: super::types::TradeState,
    /// `pay_type`: 交易类型（trade_state 为 0 时返回）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pay_type: ::std::option::Option<::payspec_core::Text>,
    /// `appid`: 受理商户 appid。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub appid: ::std::option::Option<::payspec_core::Text>,
    /// `sub_appid`: 子商户 appid。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_appid: ::std::option::Option<::payspec_core::Text>,
    /// `openid`: 用户在受理商户 appid 下的唯一标识。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub openid: ::std::option::Option<::payspec_core::Text>,
    /// `sub_openid`: 用户在子商户 appid 下的唯一标识。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_openid: ::std::option::Option<::payspec_core::Text>,
    /// `is_subscribe`: 是否关注公众账号，Y/N。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_subscribe: ::std::option::Option<::payspec_core::Flag>,
    /// `sub_is_subscribe`: 是否关注子商户公众账号，Y/N（此表为字符串）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_is_subscribe: ::std::option::Option<::payspec_core::Flag>,
    /// `trade_id`: 平台交易号（trade_state 为 0 时必返回）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_id: ::std::option::Option<::payspec_core::Text>,
    /// `out_trade_id`: 第三方订单号（支付成功后会返回，没支付则不会）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub out_trade_id: ::std::option::Option<::payspec_core::Text>,
    /// `mch_trade_id`: 商户订单号（trade_state 为 0 时必返回）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mch_trade_id: ::std::option::Option<::payspec_core::Text>,
    /// `ch_trade_id`: 上游渠道订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ch_trade_id: ::std::option::Option<::payspec_core::Text>,
    /// `transaction_id`: 平台订单号（6.3.3 示例中出现，表中未列）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_id: ::std::option::Option<::payspec_core::Text>,
    /// `out_transaction_id`: 第三方订单号（6.3.3 示例中出现，表中未列）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub out_transaction_id: ::std::option::Option<::payspec_core::Text>,
    /// `total_fee`: 总金额，以分为单位（trade_state 为 0 时必返回；6.3.3 示例为字符串 "12"）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::fen_opt"
    )]
    pub total_fee: ::std::option::Option<::payspec_core::Money>,
    /// `coupon_fee`: 现金券金额（分）；0 without a coupon.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::fen_opt"
    )]
    pub coupon_fee: ::std::option::Option<::payspec_core::Money>,
    /// `currency_type`: 货币类型，默认 CNY。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_type: ::std::option::Option<::payspec_core::Text>,
    /// `attach`: 商家数据包，原样返回。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attach: ::std::option::Option<::payspec_core::Text>,
    /// `bank_type`: 付款银行。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_type: ::std::option::Option<::payspec_core::Text>,
    /// `bank_billno`: 银行订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_billno: ::std::option::Option<::payspec_core::Text>,
    /// `time_end`: 支付完成时间，10 位秒级时间戳（trade_state 为 0 时必返回）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::unix_seconds_opt"
    )]
    pub time_end: ::std::option::Option<::payspec_core::Timestamp>,
    /// `fee_type`: 货币类型，默认 CNY。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fee_type: ::std::option::Option<::payspec_core::Text>,
    /// `buyer_logon_id`: 买家支付宝账号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_logon_id: ::std::option::Option<::payspec_core::Text>,
    /// `fund_bill_list`: 交易支付使用的资金渠道（JSON 数组文本，保留为字符串）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fund_bill_list: ::std::option::Option<::payspec_core::Text>,
    /// `buyer_user_id`: 买家在支付宝的用户 id。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_user_id: ::std::option::Option<::payspec_core::Text>,
    /// `buyer_pay_amount`: 买家付款的金额（表中 Int，示例 "0.01"：元字符串）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub buyer_pay_amount: ::std::option::Option<::payspec_core::Money>,
    /// `invoice_amount`: 可开具发票的金额（表中 Int，示例 "0.01"：元字符串）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub invoice_amount: ::std::option::Option<::payspec_core::Money>,
    /// `point_amount`: 积分宝付款的金额（表中 Int，示例 "0.00"：元字符串）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub point_amount: ::std::option::Option<::payspec_core::Money>,
    /// `receipt_amount`: 实收金额（示例 "0.01"：元字符串）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub receipt_amount: ::std::option::Option<::payspec_core::Money>,
    /// `result_code`: 业务结果（6.3.3 响应示例中出现，表中未列）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::int_opt"
    )]
    pub result_code: ::std::option::Option<i64>,
}
impl QueryResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(trade_state: super::types::TradeState) -> Self {
        QueryResponse {
            merchant_id: ::std::option::Option::None,
            device_info: ::std::option::Option::None,
            nonce_str: ::std::option::Option::None,
            err_code: ::std::option::Option::None,
            err_msg: ::std::option::Option::None,
            trade_state,
            pay_type: ::std::option::Option::None,
            appid: ::std::option::Option::None,
            sub_appid: ::std::option::Option::None,
            openid: ::std::option::Option::None,
            sub_openid: ::std::option::Option::None,
            is_subscribe: ::std::option::Option::None,
            sub_is_subscribe: ::std::option::Option::None,
            trade_id: ::std::option::Option::None,
            out_trade_id: ::std::option::Option::None,
            mch_trade_id: ::std::option::Option::None,
            ch_trade_id: ::std::option::Option::None,
            transaction_id: ::std::option::Option::None,
            out_transaction_id: ::std::option::Option::None,
            total_fee: ::std::option::Option::None,
            coupon_fee: ::std::option::Option::None,
            currency_type: ::std::option::Option::None,
            attach: ::std::option::Option::None,
            bank_type: ::std::option::Option::None,
            bank_billno: ::std::option::Option::None,
            time_end: ::std::option::Option::None,
            fee_type: ::std::option::Option::None,
            buyer_logon_id: ::std::option::Option::None,
            fund_bill_list: ::std::option::Option::None,
            buyer_user_id: ::std::option::Option::None,
            buyer_pay_amount: ::std::option::Option::None,
            invoice_amount: ::std::option::Option::None,
            point_amount: ::std::option::Option::None,
            receipt_amount: ::std::option::Option::None,
            result_code: ::std::option::Option::None,
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
    /// Sets `device_info`.
    pub fn with_device_info(
        mut self,
        device_info: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.device_info = ::std::option::Option::Some(device_info.into());
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
    /// Sets `err_code`.
    pub fn with_err_code(
        mut self,
        err_code: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.err_code = ::std::option::Option::Some(err_code.into());
        self
    }
    /// Sets `err_msg`.
    pub fn with_err_msg(
        mut self,
        err_msg: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.err_msg = ::std::option::Option::Some(err_msg.into());
        self
    }
    /// Sets `pay_type`.
    pub fn with_pay_type(
        mut self,
        pay_type: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.pay_type = ::std::option::Option::Some(pay_type.into());
        self
    }
    /// Sets `appid`.
    pub fn with_appid(
        mut self,
        appid: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.appid = ::std::option::Option::Some(appid.into());
        self
    }
    /// Sets `sub_appid`.
    pub fn with_sub_appid(
        mut self,
        sub_appid: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.sub_appid = ::std::option::Option::Some(sub_appid.into());
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
    /// Sets `sub_openid`.
    pub fn with_sub_openid(
        mut self,
        sub_openid: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.sub_openid = ::std::option::Option::Some(sub_openid.into());
        self
    }
    /// Sets `is_subscribe`.
    pub fn with_is_subscribe(mut self, is_subscribe: ::payspec_core::Flag) -> Self {
        self.is_subscribe = ::std::option::Option::Some(is_subscribe);
        self
    }
    /// Sets `sub_is_subscribe`.
    pub fn with_sub_is_subscribe(
        mut self,
        sub_is_subscribe: ::payspec_core::Flag,
    ) -> Self {
        self.sub_is_subscribe = ::std::option::Option::Some(sub_is_subscribe);
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
    /// Sets `out_trade_id`.
    pub fn with_out_trade_id(
        mut self,
        out_trade_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.out_trade_id = ::std::option::Option::Some(out_trade_id.into());
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
    /// Sets `ch_trade_id`.
    pub fn with_ch_trade_id(
        mut self,
        ch_trade_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.ch_trade_id = ::std::option::Option::Some(ch_trade_id.into());
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
    /// Sets `out_transaction_id`.
    pub fn with_out_transaction_id(
        mut self,
        out_transaction_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.out_transaction_id = ::std::option::Option::Some(out_transaction_id.into());
        self
    }
    /// Sets `total_fee`.
    pub fn with_total_fee(mut self, total_fee: ::payspec_core::Money) -> Self {
        self.total_fee = ::std::option::Option::Some(total_fee);
        self
    }
    /// Sets `coupon_fee`.
    pub fn with_coupon_fee(mut self, coupon_fee: ::payspec_core::Money) -> Self {
        self.coupon_fee = ::std::option::Option::Some(coupon_fee);
        self
    }
    /// Sets `currency_type`.
    pub fn with_currency_type(
        mut self,
        currency_type: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.currency_type = ::std::option::Option::Some(currency_type.into());
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
    /// Sets `bank_type`.
    pub fn with_bank_type(
        mut self,
        bank_type: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.bank_type = ::std::option::Option::Some(bank_type.into());
        self
    }
    /// Sets `bank_billno`.
    pub fn with_bank_billno(
        mut self,
        bank_billno: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.bank_billno = ::std::option::Option::Some(bank_billno.into());
        self
    }
    /// Sets `time_end`.
    pub fn with_time_end(mut self, time_end: ::payspec_core::Timestamp) -> Self {
        self.time_end = ::std::option::Option::Some(time_end);
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
    /// Sets `buyer_logon_id`.
    pub fn with_buyer_logon_id(
        mut self,
        buyer_logon_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.buyer_logon_id = ::std::option::Option::Some(buyer_logon_id.into());
        self
    }
    /// Sets `fund_bill_list`.
    pub fn with_fund_bill_list(
        mut self,
        fund_bill_list: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.fund_bill_list = ::std::option::Option::Some(fund_bill_list.into());
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
    /// Sets `buyer_pay_amount`.
    pub fn with_buyer_pay_amount(
        mut self,
        buyer_pay_amount: ::payspec_core::Money,
    ) -> Self {
        self.buyer_pay_amount = ::std::option::Option::Some(buyer_pay_amount);
        self
    }
    /// Sets `invoice_amount`.
    pub fn with_invoice_amount(mut self, invoice_amount: ::payspec_core::Money) -> Self {
        self.invoice_amount = ::std::option::Option::Some(invoice_amount);
        self
    }
    /// Sets `point_amount`.
    pub fn with_point_amount(mut self, point_amount: ::payspec_core::Money) -> Self {
        self.point_amount = ::std::option::Option::Some(point_amount);
        self
    }
    /// Sets `receipt_amount`.
    pub fn with_receipt_amount(mut self, receipt_amount: ::payspec_core::Money) -> Self {
        self.receipt_amount = ::std::option::Option::Some(receipt_amount);
        self
    }
    /// Sets `result_code`.
    pub fn with_result_code(mut self, result_code: i64) -> Self {
        self.result_code = ::std::option::Option::Some(result_code);
        self
    }
}
impl ::payspec_core::Validate for QueryResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.nonce_str {
            ::payspec_core::validate::max_chars(out, path, "nonce_str", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.mch_trade_id {
            ::payspec_core::validate::max_chars(out, path, "mch_trade_id", v, 32);
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
        if let ::std::option::Option::Some(v) = &self.buyer_pay_amount {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "buyer_pay_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "buyer_pay_amount", v);
        }
        if let ::std::option::Option::Some(v) = &self.invoice_amount {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "invoice_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "invoice_amount", v);
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
        if let ::std::option::Option::Some(v) = &self.receipt_amount {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "receipt_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "receipt_amount", v);
        }
    }
}
impl QueryResponse {
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
            let s_trade_state: ::std::option::Option<&str> = signals[1usize].as_deref();
            if ::std::matches!(s_code, ::std::option::Option::Some("0"))
                && s_trade_state.is_some()
            {
                match s_trade_state {
                    ::std::option::Option::Some("0") => {
                        ::payspec_core::TradeStatus::Success.classification()
                    }
                    ::std::option::Option::Some("1") => {
                        ::payspec_core::TradeStatus::Refunded.classification()
                    }
                    ::std::option::Option::Some("2") => {
                        ::payspec_core::TradeStatus::NotPaid.classification()
                    }
                    ::std::option::Option::Some("3") => {
                        ::payspec_core::TradeStatus::Closed.classification()
                    }
                    ::std::option::Option::Some("4") => {
                        ::payspec_core::TradeStatus::Reversed.classification()
                    }
                    ::std::option::Option::Some("6") => {
                        ::payspec_core::TradeStatus::Paying.classification()
                    }
                    ::std::option::Option::Some("5") => {
                        ::payspec_core::TradeStatus::Paying.classification()
                    }
                    ::std::option::Option::Some("7") => {
                        ::payspec_core::TradeStatus::Failed.classification()
                    }
                    ::std::option::Option::Some("-1") => {
                        ::payspec_core::TradeStatus::NotPaid.classification()
                    }
                    _ => ::payspec_core::Classification::Unknown,
                }
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
        let f_device_info = body.device_info.as_deref();
        let f_nonce_str = body.nonce_str.as_deref();
        let f_err_code = body.err_code.as_deref();
        let f_err_msg = body.err_msg.as_deref();
        let f_trade_state = {
            let x = &body.trade_state;
            ::payspec_core::write::enum_text(x, "query")
        }?;
        let f_pay_type = body.pay_type.as_deref();
        let f_appid = body.appid.as_deref();
        let f_sub_appid = body.sub_appid.as_deref();
        let f_openid = body.openid.as_deref();
        let f_sub_openid = body.sub_openid.as_deref();
        let f_is_subscribe = body.is_subscribe.as_ref().map(|x| x.as_wire());
        let f_sub_is_subscribe = body.sub_is_subscribe.as_ref().map(|x| x.as_wire());
        let f_trade_id = body.trade_id.as_deref();
        let f_out_trade_id = body.out_trade_id.as_deref();
        let f_mch_trade_id = body.mch_trade_id.as_deref();
        let f_ch_trade_id = body.ch_trade_id.as_deref();
        let f_transaction_id = body.transaction_id.as_deref();
        let f_out_transaction_id = body.out_transaction_id.as_deref();
        let h_total_fee = body
            .total_fee
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "query")
                    .map(|m| ::payspec_core::write::int(m.minor()))
            })
            .transpose()?;
        let f_total_fee = h_total_fee.as_ref().map(|h| h.as_str());
        let h_coupon_fee = body
            .coupon_fee
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "query")
                    .map(|m| ::payspec_core::write::int(m.minor()))
            })
            .transpose()?;
        let f_coupon_fee = h_coupon_fee.as_ref().map(|h| h.as_str());
        let f_currency_type = body.currency_type.as_deref();
        let f_attach = body.attach.as_deref();
        let f_bank_type = body.bank_type.as_deref();
        let f_bank_billno = body.bank_billno.as_deref();
        let h_time_end = body
            .time_end
            .as_ref()
            .map(|x| ::payspec_core::write::int(x.unix()));
        let f_time_end = h_time_end.as_ref().map(|h| h.as_str());
        let f_fee_type = body.fee_type.as_deref();
        let f_buyer_logon_id = body.buyer_logon_id.as_deref();
        let f_fund_bill_list = body.fund_bill_list.as_deref();
        let f_buyer_user_id = body.buyer_user_id.as_deref();
        let h_buyer_pay_amount = body
            .buyer_pay_amount
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "query")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_buyer_pay_amount = h_buyer_pay_amount.as_ref().map(|h| h.as_str());
        let h_invoice_amount = body
            .invoice_amount
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "query")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_invoice_amount = h_invoice_amount.as_ref().map(|h| h.as_str());
        let h_point_amount = body
            .point_amount
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "query")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_point_amount = h_point_amount.as_ref().map(|h| h.as_str());
        let h_receipt_amount = body
            .receipt_amount
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "query")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_receipt_amount = h_receipt_amount.as_ref().map(|h| h.as_str());
        let h_result_code = body
            .result_code
            .as_ref()
            .map(|x| ::payspec_core::write::int(*x));
        let f_result_code = h_result_code.as_ref().map(|h| h.as_str());
        let status_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "code"))
            .transpose()?;
        let status_msg = status.message.as_deref();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_merchant_id.map_or(0, str::len)
            + f_device_info.map_or(0, str::len) + f_nonce_str.map_or(0, str::len)
            + f_err_code.map_or(0, str::len) + f_err_msg.map_or(0, str::len)
            + f_trade_state.len() + f_pay_type.map_or(0, str::len)
            + f_appid.map_or(0, str::len) + f_sub_appid.map_or(0, str::len)
            + f_openid.map_or(0, str::len) + f_sub_openid.map_or(0, str::len)
            + f_is_subscribe.map_or(0, str::len) + f_sub_is_subscribe.map_or(0, str::len)
            + f_trade_id.map_or(0, str::len) + f_out_trade_id.map_or(0, str::len)
            + f_mch_trade_id.map_or(0, str::len) + f_ch_trade_id.map_or(0, str::len)
            + f_transaction_id.map_or(0, str::len)
            + f_out_transaction_id.map_or(0, str::len) + f_total_fee.map_or(0, str::len)
            + f_coupon_fee.map_or(0, str::len) + f_currency_type.map_or(0, str::len)
            + f_attach.map_or(0, str::len) + f_bank_type.map_or(0, str::len)
            + f_bank_billno.map_or(0, str::len) + f_time_end.map_or(0, str::len)
            + f_fee_type.map_or(0, str::len) + f_buyer_logon_id.map_or(0, str::len)
            + f_fund_bill_list.map_or(0, str::len) + f_buyer_user_id.map_or(0, str::len)
            + f_buyer_pay_amount.map_or(0, str::len)
            + f_invoice_amount.map_or(0, str::len) + f_point_amount.map_or(0, str::len)
            + f_receipt_amount.map_or(0, str::len) + f_result_code.map_or(0, str::len)
            + status_code.map_or(0, str::len) + status_msg.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            731usize + len,
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
        if let ::std::option::Option::Some(v) = f_appid {
            out.extend_from_slice(b"\"appid\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_attach {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"attach\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_bank_billno {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"bank_billno\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_bank_type {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"bank_type\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_buyer_logon_id {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"buyer_logon_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_buyer_pay_amount {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"buyer_pay_amount\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_buyer_user_id {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"buyer_user_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_ch_trade_id {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"ch_trade_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_coupon_fee {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"coupon_fee\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_currency_type {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"currency_type\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_device_info {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"device_info\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_err_code {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"err_code\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_err_msg {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"err_msg\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_fee_type {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"fee_type\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_fund_bill_list {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"fund_bill_list\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_invoice_amount {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"invoice_amount\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_is_subscribe {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"is_subscribe\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_mch_trade_id {
            ::payspec_core::write::comma(&mut out);
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
        if let ::std::option::Option::Some(v) = f_openid {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"openid\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_out_trade_id {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"out_trade_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_out_transaction_id {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"out_transaction_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_pay_type {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"pay_type\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_point_amount {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"point_amount\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_receipt_amount {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"receipt_amount\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_result_code {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"result_code\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_sub_appid {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"sub_appid\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_sub_is_subscribe {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"sub_is_subscribe\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_sub_openid {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"sub_openid\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_time_end {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"time_end\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_total_fee {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"total_fee\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_trade_id {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"trade_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"trade_state\":");
        out.extend_from_slice(f_trade_state.as_bytes());
        if let ::std::option::Option::Some(v) = f_transaction_id {
            out.extend_from_slice(b",\"transaction_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b"},\"version\":\"1.0\",\"sign_type\":\"md5\"");
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        if let ::std::option::Option::Some(v) = f_appid {
            signer.pair(b"&appid=", v);
        }
        if let ::std::option::Option::Some(v) = f_attach {
            signer.pair(b"&attach=", v);
        }
        if let ::std::option::Option::Some(v) = f_bank_billno {
            signer.pair(b"&bank_billno=", v);
        }
        if let ::std::option::Option::Some(v) = f_bank_type {
            signer.pair(b"&bank_type=", v);
        }
        if let ::std::option::Option::Some(v) = f_buyer_logon_id {
            signer.pair(b"&buyer_logon_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_buyer_pay_amount {
            signer.pair(b"&buyer_pay_amount=", v);
        }
        if let ::std::option::Option::Some(v) = f_buyer_user_id {
            signer.pair(b"&buyer_user_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_ch_trade_id {
            signer.pair(b"&ch_trade_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_coupon_fee {
            signer.pair(b"&coupon_fee=", v);
        }
        if let ::std::option::Option::Some(v) = f_currency_type {
            signer.pair(b"&currency_type=", v);
        }
        if let ::std::option::Option::Some(v) = f_device_info {
            signer.pair(b"&device_info=", v);
        }
        if let ::std::option::Option::Some(v) = f_err_code {
            signer.pair(b"&err_code=", v);
        }
        if let ::std::option::Option::Some(v) = f_err_msg {
            signer.pair(b"&err_msg=", v);
        }
        if let ::std::option::Option::Some(v) = f_fee_type {
            signer.pair(b"&fee_type=", v);
        }
        if let ::std::option::Option::Some(v) = f_fund_bill_list {
            signer.pair(b"&fund_bill_list=", v);
        }
        if let ::std::option::Option::Some(v) = f_invoice_amount {
            signer.pair(b"&invoice_amount=", v);
        }
        if let ::std::option::Option::Some(v) = f_is_subscribe {
            signer.pair(b"&is_subscribe=", v);
        }
        if let ::std::option::Option::Some(v) = f_mch_trade_id {
            signer.pair(b"&mch_trade_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_merchant_id {
            signer.pair(b"&merchant_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_nonce_str {
            signer.pair(b"&nonce_str=", v);
        }
        if let ::std::option::Option::Some(v) = f_openid {
            signer.pair(b"&openid=", v);
        }
        if let ::std::option::Option::Some(v) = f_out_trade_id {
            signer.pair(b"&out_trade_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_out_transaction_id {
            signer.pair(b"&out_transaction_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_pay_type {
            signer.pair(b"&pay_type=", v);
        }
        if let ::std::option::Option::Some(v) = f_point_amount {
            signer.pair(b"&point_amount=", v);
        }
        if let ::std::option::Option::Some(v) = f_receipt_amount {
            signer.pair(b"&receipt_amount=", v);
        }
        if let ::std::option::Option::Some(v) = f_result_code {
            signer.pair(b"&result_code=", v);
        }
        if let ::std::option::Option::Some(v) = f_sub_appid {
            signer.pair(b"&sub_appid=", v);
        }
        if let ::std::option::Option::Some(v) = f_sub_is_subscribe {
            signer.pair(b"&sub_is_subscribe=", v);
        }
        if let ::std::option::Option::Some(v) = f_sub_openid {
            signer.pair(b"&sub_openid=", v);
        }
        if let ::std::option::Option::Some(v) = f_time_end {
            signer.pair(b"&time_end=", v);
        }
        if let ::std::option::Option::Some(v) = f_total_fee {
            signer.pair(b"&total_fee=", v);
        }
        if let ::std::option::Option::Some(v) = f_trade_id {
            signer.pair(b"&trade_id=", v);
        }
        signer.pair(b"&trade_state=", f_trade_state);
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
impl ::payspec_core::codec::read::Content for QueryResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_merchant_id = ::std::option::Option::None;
        let mut f_device_info = ::std::option::Option::None;
        let mut f_nonce_str = ::std::option::Option::None;
        let mut f_err_code = ::std::option::Option::None;
        let mut f_err_msg = ::std::option::Option::None;
        let mut f_trade_state = ::std::option::Option::None;
        let mut f_pay_type = ::std::option::Option::None;
        let mut f_appid = ::std::option::Option::None;
        let mut f_sub_appid = ::std::option::Option::None;
        let mut f_openid = ::std::option::Option::None;
        let mut f_sub_openid = ::std::option::Option::None;
        let mut f_is_subscribe = ::std::option::Option::None;
        let mut f_sub_is_subscribe = ::std::option::Option::None;
        let mut f_trade_id = ::std::option::Option::None;
        let mut f_out_trade_id = ::std::option::Option::None;
        let mut f_mch_trade_id = ::std::option::Option::None;
        let mut f_ch_trade_id = ::std::option::Option::None;
        let mut f_transaction_id = ::std::option::Option::None;
        let mut f_out_transaction_id = ::std::option::Option::None;
        let mut f_total_fee = ::std::option::Option::None;
        let mut f_coupon_fee = ::std::option::Option::None;
        let mut f_currency_type = ::std::option::Option::None;
        let mut f_attach = ::std::option::Option::None;
        let mut f_bank_type = ::std::option::Option::None;
        let mut f_bank_billno = ::std::option::Option::None;
        let mut f_time_end = ::std::option::Option::None;
        let mut f_fee_type = ::std::option::Option::None;
        let mut f_buyer_logon_id = ::std::option::Option::None;
        let mut f_fund_bill_list = ::std::option::Option::None;
        let mut f_buyer_user_id = ::std::option::Option::None;
        let mut f_buyer_pay_amount = ::std::option::Option::None;
        let mut f_invoice_amount = ::std::option::Option::None;
        let mut f_point_amount = ::std::option::Option::None;
        let mut f_receipt_amount = ::std::option::Option::None;
        let mut f_result_code = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "merchant_id" => f_merchant_id = content.text_opt(raw)?,
                "device_info" => f_device_info = content.text_opt(raw)?,
                "nonce_str" => f_nonce_str = content.text_opt(raw)?,
                "err_code" => f_err_code = content.text_opt(raw)?,
                "err_msg" => f_err_msg = content.text_opt(raw)?,
                "trade_state" => {
                    f_trade_state = ::std::option::Option::Some(
                        ::payspec_core::codec::read::open_enum(raw)?,
                    );
                }
                "pay_type" => f_pay_type = content.text_opt(raw)?,
                "appid" => f_appid = content.text_opt(raw)?,
                "sub_appid" => f_sub_appid = content.text_opt(raw)?,
                "openid" => f_openid = content.text_opt(raw)?,
                "sub_openid" => f_sub_openid = content.text_opt(raw)?,
                "is_subscribe" => {
                    f_is_subscribe = ::payspec_core::codec::read::flag_opt(raw)?;
                }
                "sub_is_subscribe" => {
                    f_sub_is_subscribe = ::payspec_core::codec::read::flag_opt(raw)?;
                }
                "trade_id" => f_trade_id = content.text_opt(raw)?,
                "out_trade_id" => f_out_trade_id = content.text_opt(raw)?,
                "mch_trade_id" => f_mch_trade_id = content.text_opt(raw)?,
                "ch_trade_id" => f_ch_trade_id = content.text_opt(raw)?,
                "transaction_id" => f_transaction_id = content.text_opt(raw)?,
                "out_transaction_id" => f_out_transaction_id = content.text_opt(raw)?,
                "total_fee" => {
                    f_total_fee = ::payspec_core::wire::fen_opt::from_raw(raw).ok()?;
                }
                "coupon_fee" => {
                    f_coupon_fee = ::payspec_core::wire::fen_opt::from_raw(raw).ok()?;
                }
                "currency_type" => f_currency_type = content.text_opt(raw)?,
                "attach" => f_attach = content.text_opt(raw)?,
                "bank_type" => f_bank_type = content.text_opt(raw)?,
                "bank_billno" => f_bank_billno = content.text_opt(raw)?,
                "time_end" => {
                    f_time_end = ::payspec_core::wire::unix_seconds_opt::from_raw(raw)
                        .ok()?;
                }
                "fee_type" => f_fee_type = content.text_opt(raw)?,
                "buyer_logon_id" => f_buyer_logon_id = content.text_opt(raw)?,
                "fund_bill_list" => f_fund_bill_list = content.text_opt(raw)?,
                "buyer_user_id" => f_buyer_user_id = content.text_opt(raw)?,
                "buyer_pay_amount" => {
                    f_buyer_pay_amount = ::payspec_core::wire::yuan_string_opt::from_raw(
                            raw,
                        )
                        .ok()?;
                }
                "invoice_amount" => {
                    f_invoice_amount = ::payspec_core::wire::yuan_string_opt::from_raw(
                            raw,
                        )
                        .ok()?;
                }
                "point_amount" => {
                    f_point_amount = ::payspec_core::wire::yuan_string_opt::from_raw(raw)
                        .ok()?;
                }
                "receipt_amount" => {
                    f_receipt_amount = ::payspec_core::wire::yuan_string_opt::from_raw(
                            raw,
                        )
                        .ok()?;
                }
                "result_code" => {
                    f_result_code = ::payspec_core::wire::int_opt::from_raw(raw).ok()?;
                }
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(QueryResponse {
            merchant_id: f_merchant_id,
            device_info: f_device_info,
            nonce_str: f_nonce_str,
            err_code: f_err_code,
            err_msg: f_err_msg,
            trade_state: f_trade_state?,
            pay_type: f_pay_type,
            appid: f_appid,
            sub_appid: f_sub_appid,
            openid: f_openid,
            sub_openid: f_sub_openid,
            is_subscribe: f_is_subscribe,
            sub_is_subscribe: f_sub_is_subscribe,
            trade_id: f_trade_id,
            out_trade_id: f_out_trade_id,
            mch_trade_id: f_mch_trade_id,
            ch_trade_id: f_ch_trade_id,
            transaction_id: f_transaction_id,
            out_transaction_id: f_out_transaction_id,
            total_fee: f_total_fee,
            coupon_fee: f_coupon_fee,
            currency_type: f_currency_type,
            attach: f_attach,
            bank_type: f_bank_type,
            bank_billno: f_bank_billno,
            time_end: f_time_end,
            fee_type: f_fee_type,
            buyer_logon_id: f_buyer_logon_id,
            fund_bill_list: f_fund_bill_list,
            buyer_user_id: f_buyer_user_id,
            buyer_pay_amount: f_buyer_pay_amount,
            invoice_amount: f_invoice_amount,
            point_amount: f_point_amount,
            receipt_amount: f_receipt_amount,
            result_code: f_result_code,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "query",
    role: ::payspec_core::descriptor::OperationRole::Query,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/paygate/merchant_info/query",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["mch_trade_id", "trade_id"],
    response_fields: &[
        "appid",
        "attach",
        "bank_billno",
        "bank_type",
        "buyer_logon_id",
        "buyer_pay_amount",
        "buyer_user_id",
        "ch_trade_id",
        "coupon_fee",
        "currency_type",
        "device_info",
        "err_code",
        "err_msg",
        "fee_type",
        "fund_bill_list",
        "invoice_amount",
        "is_subscribe",
        "mch_trade_id",
        "merchant_id",
        "nonce_str",
        "openid",
        "out_trade_id",
        "out_transaction_id",
        "pay_type",
        "point_amount",
        "receipt_amount",
        "result_code",
        "sub_appid",
        "sub_is_subscribe",
        "sub_openid",
        "time_end",
        "total_fee",
        "trade_id",
        "trade_state",
        "transaction_id",
    ],
    request_required: &[],
    response_required: &["trade_state"],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "trade_state",
                path: &["data", "trade_state"],
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
            role: ::payspec_core::descriptor::UnifiedRole::DeviceId,
            wire: "device_info",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::TradeState,
            wire: "trade_state",
            format: ::payspec_core::descriptor::ValueFormat::Code {
                integer: true,
            },
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "trade_id",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "mch_trade_id",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "total_fee",
            format: ::payspec_core::descriptor::ValueFormat::Fen,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::PaidAt,
            wire: "time_end",
            format: ::payspec_core::descriptor::ValueFormat::UnixSeconds,
        },
    ],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
