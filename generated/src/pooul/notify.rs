// @generated from specs/pooul.yaml by `codegen generate`; do not edit.

//! Operation `notify` (notify, inbound).
//!
//! 6.3.2 统一下单通知：支付完成后平台 POST 到 notify_url。Answer the plain text `success` once
//! the result is durably recorded; anything else (or no answer within 5 s) makes the platform
//! retry on its schedule (`delivery`), so the same notification arrives many times and must
//! be applied once. `path` is the merchant's own choice: the one sent as `notify_url` in
//! unified_order.
/// 6.3.2 统一下单通知：支付完成后平台 POST 到 notify_url。Answer the plain text `success` once
/// the result is durably recorded; anything else (or no answer within 5 s) makes the platform
/// retry on its schedule (`delivery`), so the same notification arrives many times and must
/// be applied once. `path` is the merchant's own choice: the one sent as `notify_url` in
/// unified_order.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NotifyMessage {
    /// `result_code`: 业务结果（示例中出现，表中未列）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::int_opt"
    )]
    pub result_code: ::std::option::Option<i64>,
    /// `merchant_id`: 商户号。
    pub merchant_id: ::std::string::String,
    /// `device_info`: 终端设备号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub device_info: ::std::option::Option<::std::string::String>,
    /// `nonce_str`: 随机字符串，不长于 32 位。
    pub nonce_str: ::std::string::String,
    /// `err_code`: 错误代码。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub err_code: ::std::option::Option<::std::string::String>,
    /// `err_msg`: 错误代码描述。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub err_msg: ::std::option::Option<::std::string::String>,
    /// `openid`: 用户支付宝的账号名。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub openid: ::std::option::Option<::std::string::String>,
    /// `pay_type`: 交易类型（表中写 alipay.api，示例为 alipay.jsapi）。
    pub pay_type: ::std::string::String,
    /// `mch_trade_id`: 商户订单号。
    pub mch_trade_id: ::std::string::String,
    /// `ch_trade_id`: 上游渠道订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ch_trade_id: ::std::option::Option<::std::string::String>,
    /// `trade_id`: 平台交易单号。
    pub trade_id: ::std::string::String,
    /// `out_trade_id`: 第三方订单号（微信、支付宝原始订单号）。
    pub out_trade_id: ::std::string::String,
    /// `total_fee`: 总金额，以分为单位。
    #[serde(with = "::payspec_core::wire::fen")]
    pub total_fee: ::payspec_core::Money,
    /// `currency_type`: 货币类型，默认 CNY。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_type: ::std::option::Option<::std::string::String>,
    /// `attach`: 商家数据包，原样返回。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attach: ::std::option::Option<::std::string::String>,
    /// `time_end`: 支付完成时间，10 位秒级时间戳（表中必填，示例未返回）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::unix_seconds_opt"
    )]
    pub time_end: ::std::option::Option<::payspec_core::Timestamp>,
    /// `bank_type`: 付款银行（示例中出现）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_type: ::std::option::Option<::std::string::String>,
    /// `fee_type`: 货币类型（示例中出现）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fee_type: ::std::option::Option<::std::string::String>,
    /// `buyer_logon_id`: 买家支付宝账号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_logon_id: ::std::option::Option<::std::string::String>,
    /// `fund_bill_list`: 交易支付使用的资金渠道（JSON 数组文本，保留为字符串）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fund_bill_list: ::std::option::Option<::std::string::String>,
    /// `buyer_user_id`: 买家在支付宝的用户 id。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_user_id: ::std::option::Option<::std::string::String>,
    /// `trade_state`: 交易状态（表中未列，示例中有；据此判断通知结果）。
    pub trade_state: super::types::TradeState,
}
impl NotifyMessage {
    /// With the required fields, in the spec's order; the others start absent.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        merchant_id: impl ::std::convert::Into<::std::string::String>,
        nonce_str: impl ::std::convert::Into<::std::string::String>,
        pay_type: impl ::std::convert::Into<::std::string::String>,
        mch_trade_id: impl ::std::convert::Into<::std::string::String>,
        trade_id: impl ::std::convert::Into<::std::string::String>,
        out_trade_id: impl ::std::convert::Into<::std::string::String>,
        total_fee: ::payspec_core::Money,
        trade_state: super::types::TradeState,
    ) -> Self {
        NotifyMessage {
            result_code: ::std::option::Option::None,
            merchant_id: merchant_id.into(),
            device_info: ::std::option::Option::None,
            nonce_str: nonce_str.into(),
            err_code: ::std::option::Option::None,
            err_msg: ::std::option::Option::None,
            openid: ::std::option::Option::None,
            pay_type: pay_type.into(),
            mch_trade_id: mch_trade_id.into(),
            ch_trade_id: ::std::option::Option::None,
            trade_id: trade_id.into(),
            out_trade_id: out_trade_id.into(),
            total_fee,
            currency_type: ::std::option::Option::None,
            attach: ::std::option::Option::None,
            time_end: ::std::option::Option::None,
            bank_type: ::std::option::Option::None,
            fee_type: ::std::option::Option::None,
            buyer_logon_id: ::std::option::Option::None,
            fund_bill_list: ::std::option::Option::None,
            buyer_user_id: ::std::option::Option::None,
            trade_state,
        }
    }
    /// Sets `result_code`.
    pub fn with_result_code(mut self, result_code: i64) -> Self {
        self.result_code = ::std::option::Option::Some(result_code);
        self
    }
    /// Sets `device_info`.
    pub fn with_device_info(
        mut self,
        device_info: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_info = ::std::option::Option::Some(device_info.into());
        self
    }
    /// Sets `err_code`.
    pub fn with_err_code(
        mut self,
        err_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.err_code = ::std::option::Option::Some(err_code.into());
        self
    }
    /// Sets `err_msg`.
    pub fn with_err_msg(
        mut self,
        err_msg: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.err_msg = ::std::option::Option::Some(err_msg.into());
        self
    }
    /// Sets `openid`.
    pub fn with_openid(
        mut self,
        openid: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.openid = ::std::option::Option::Some(openid.into());
        self
    }
    /// Sets `ch_trade_id`.
    pub fn with_ch_trade_id(
        mut self,
        ch_trade_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ch_trade_id = ::std::option::Option::Some(ch_trade_id.into());
        self
    }
    /// Sets `currency_type`.
    pub fn with_currency_type(
        mut self,
        currency_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_type = ::std::option::Option::Some(currency_type.into());
        self
    }
    /// Sets `attach`.
    pub fn with_attach(
        mut self,
        attach: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attach = ::std::option::Option::Some(attach.into());
        self
    }
    /// Sets `time_end`.
    pub fn with_time_end(mut self, time_end: ::payspec_core::Timestamp) -> Self {
        self.time_end = ::std::option::Option::Some(time_end);
        self
    }
    /// Sets `bank_type`.
    pub fn with_bank_type(
        mut self,
        bank_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_type = ::std::option::Option::Some(bank_type.into());
        self
    }
    /// Sets `fee_type`.
    pub fn with_fee_type(
        mut self,
        fee_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_type = ::std::option::Option::Some(fee_type.into());
        self
    }
    /// Sets `buyer_logon_id`.
    pub fn with_buyer_logon_id(
        mut self,
        buyer_logon_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.buyer_logon_id = ::std::option::Option::Some(buyer_logon_id.into());
        self
    }
    /// Sets `fund_bill_list`.
    pub fn with_fund_bill_list(
        mut self,
        fund_bill_list: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fund_bill_list = ::std::option::Option::Some(fund_bill_list.into());
        self
    }
    /// Sets `buyer_user_id`.
    pub fn with_buyer_user_id(
        mut self,
        buyer_user_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.buyer_user_id = ::std::option::Option::Some(buyer_user_id.into());
        self
    }
}
impl ::payspec_core::Validate for NotifyMessage {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "merchant_id",
            &self.merchant_id,
        );
        ::payspec_core::validate::required_text(out, path, "nonce_str", &self.nonce_str);
        {
            let v = &self.nonce_str;
            ::payspec_core::validate::max_chars(out, path, "nonce_str", v, 32);
        }
        ::payspec_core::validate::required_text(out, path, "pay_type", &self.pay_type);
        ::payspec_core::validate::required_text(
            out,
            path,
            "mch_trade_id",
            &self.mch_trade_id,
        );
        {
            let v = &self.mch_trade_id;
            ::payspec_core::validate::max_chars(out, path, "mch_trade_id", v, 32);
        }
        ::payspec_core::validate::required_text(out, path, "trade_id", &self.trade_id);
        ::payspec_core::validate::required_text(
            out,
            path,
            "out_trade_id",
            &self.out_trade_id,
        );
        {
            let v = &self.total_fee;
            ::payspec_core::validate::money_currency(
                out,
                path,
                "total_fee",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "total_fee", v);
        }
    }
}
impl NotifyMessage {
    /// The plain-text acknowledgement to answer once the notification is recorded.
    pub const ACK: &'static str = "success";
    /// Verifies the provider's signature over the bytes as received, then parses the
    /// notification.
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
    /// Validates, then encodes a signed notification (the provider's side, for a
    /// simulator).
    #[cfg(feature = "server")]
    pub fn encode(
        &self,
        config: &dyn ::payspec_core::Credentials,
        ctx: &::payspec_core::EncodeContext,
    ) -> ::std::result::Result<::payspec_core::Message, ::payspec_core::Error> {
        ::payspec_core::Validate::validate(self)
            .map_err(::payspec_core::Error::Invalid)?;
        let _ = ctx;
        let h_result_code = self
            .result_code
            .as_ref()
            .map(|x| ::payspec_core::write::int(*x));
        let f_result_code = h_result_code.as_ref().map(|h| h.as_str());
        let f_merchant_id = self.merchant_id.as_str();
        let f_device_info = self.device_info.as_deref();
        let f_nonce_str = self.nonce_str.as_str();
        let f_err_code = self.err_code.as_deref();
        let f_err_msg = self.err_msg.as_deref();
        let f_openid = self.openid.as_deref();
        let f_pay_type = self.pay_type.as_str();
        let f_mch_trade_id = self.mch_trade_id.as_str();
        let f_ch_trade_id = self.ch_trade_id.as_deref();
        let f_trade_id = self.trade_id.as_str();
        let f_out_trade_id = self.out_trade_id.as_str();
        let h_total_fee = {
            let x = &self.total_fee;
            ::payspec_core::write::cny(x, "notify")
                .map(|m| ::payspec_core::write::int(m.minor()))
        }?;
        let f_total_fee = h_total_fee.as_str();
        let f_currency_type = self.currency_type.as_deref();
        let f_attach = self.attach.as_deref();
        let h_time_end = self
            .time_end
            .as_ref()
            .map(|x| ::payspec_core::write::int(x.unix()));
        let f_time_end = h_time_end.as_ref().map(|h| h.as_str());
        let f_bank_type = self.bank_type.as_deref();
        let f_fee_type = self.fee_type.as_deref();
        let f_buyer_logon_id = self.buyer_logon_id.as_deref();
        let f_fund_bill_list = self.fund_bill_list.as_deref();
        let f_buyer_user_id = self.buyer_user_id.as_deref();
        let f_trade_state = {
            let x = &self.trade_state;
            ::payspec_core::write::enum_text(x, "notify")
        }?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_result_code.map_or(0, str::len) + f_merchant_id.len()
            + f_device_info.map_or(0, str::len) + f_nonce_str.len()
            + f_err_code.map_or(0, str::len) + f_err_msg.map_or(0, str::len)
            + f_openid.map_or(0, str::len) + f_pay_type.len() + f_mch_trade_id.len()
            + f_ch_trade_id.map_or(0, str::len) + f_trade_id.len() + f_out_trade_id.len()
            + f_total_fee.len() + f_currency_type.map_or(0, str::len)
            + f_attach.map_or(0, str::len) + f_time_end.map_or(0, str::len)
            + f_bank_type.map_or(0, str::len) + f_fee_type.map_or(0, str::len)
            + f_buyer_logon_id.map_or(0, str::len) + f_fund_bill_list.map_or(0, str::len)
            + f_buyer_user_id.map_or(0, str::len) + f_trade_state.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            475usize + len,
        );
        out.extend_from_slice(b"{\"data\":{");
        if let ::std::option::Option::Some(v) = f_attach {
            out.extend_from_slice(b"\"attach\":");
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
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"mch_trade_id\":");
        ::payspec_core::write::str(&mut out, f_mch_trade_id);
        out.extend_from_slice(b",\"merchant_id\":");
        ::payspec_core::write::str(&mut out, f_merchant_id);
        out.extend_from_slice(b",\"nonce_str\":");
        ::payspec_core::write::str(&mut out, f_nonce_str);
        if let ::std::option::Option::Some(v) = f_openid {
            out.extend_from_slice(b",\"openid\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"out_trade_id\":");
        ::payspec_core::write::str(&mut out, f_out_trade_id);
        out.extend_from_slice(b",\"pay_type\":");
        ::payspec_core::write::str(&mut out, f_pay_type);
        if let ::std::option::Option::Some(v) = f_result_code {
            out.extend_from_slice(b",\"result_code\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_time_end {
            out.extend_from_slice(b",\"time_end\":");
            out.extend_from_slice(v.as_bytes());
        }
        out.extend_from_slice(b",\"total_fee\":");
        out.extend_from_slice(f_total_fee.as_bytes());
        out.extend_from_slice(b",\"trade_id\":");
        ::payspec_core::write::str(&mut out, f_trade_id);
        out.extend_from_slice(b",\"trade_state\":");
        out.extend_from_slice(f_trade_state.as_bytes());
        out.extend_from_slice(b"},\"version\":\"1.0\",\"sign_type\":\"md5\"");
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        if let ::std::option::Option::Some(v) = f_attach {
            signer.pair(b"&attach=", v);
        }
        if let ::std::option::Option::Some(v) = f_bank_type {
            signer.pair(b"&bank_type=", v);
        }
        if let ::std::option::Option::Some(v) = f_buyer_logon_id {
            signer.pair(b"&buyer_logon_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_buyer_user_id {
            signer.pair(b"&buyer_user_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_ch_trade_id {
            signer.pair(b"&ch_trade_id=", v);
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
        signer.pair(b"&mch_trade_id=", f_mch_trade_id);
        signer.pair(b"&merchant_id=", f_merchant_id);
        signer.pair(b"&nonce_str=", f_nonce_str);
        if let ::std::option::Option::Some(v) = f_openid {
            signer.pair(b"&openid=", v);
        }
        signer.pair(b"&out_trade_id=", f_out_trade_id);
        signer.pair(b"&pay_type=", f_pay_type);
        if let ::std::option::Option::Some(v) = f_result_code {
            signer.pair(b"&result_code=", v);
        }
        if let ::std::option::Option::Some(v) = f_time_end {
            signer.pair(b"&time_end=", v);
        }
        signer.pair(b"&total_fee=", f_total_fee);
        signer.pair(b"&trade_id=", f_trade_id);
        signer.pair(b"&trade_state=", f_trade_state);
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
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "notify",
    role: ::payspec_core::descriptor::OperationRole::Notify,
    direction: ::payspec_core::descriptor::Direction::Inbound,
    path: "/notify/pooul",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_NOTIFICATION,
    response: ::std::option::Option::None,
    ack: ::std::option::Option::Some("success"),
    delivery: ::std::option::Option::Some(::payspec_core::descriptor::Delivery {
        answer_within: ::core::time::Duration::from_millis(5000),
        redelivery: &[
            ::core::time::Duration::from_millis(15000),
            ::core::time::Duration::from_millis(15000),
            ::core::time::Duration::from_millis(30000),
            ::core::time::Duration::from_millis(180000),
            ::core::time::Duration::from_millis(1800000),
            ::core::time::Duration::from_millis(1800000),
            ::core::time::Duration::from_millis(1800000),
            ::core::time::Duration::from_millis(1800000),
            ::core::time::Duration::from_millis(3600000),
        ],
    }),
    client_certificate: ::std::option::Option::None,
    request_fields: &[
        "attach",
        "bank_type",
        "buyer_logon_id",
        "buyer_user_id",
        "ch_trade_id",
        "currency_type",
        "device_info",
        "err_code",
        "err_msg",
        "fee_type",
        "fund_bill_list",
        "mch_trade_id",
        "merchant_id",
        "nonce_str",
        "openid",
        "out_trade_id",
        "pay_type",
        "result_code",
        "time_end",
        "total_fee",
        "trade_id",
        "trade_state",
    ],
    response_fields: &[],
    request_required: &[
        "mch_trade_id",
        "merchant_id",
        "nonce_str",
        "out_trade_id",
        "pay_type",
        "total_fee",
        "trade_id",
        "trade_state",
    ],
    response_required: &[],
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
            role: ::payspec_core::descriptor::UnifiedRole::DeviceId,
            wire: "device_info",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
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
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "total_fee",
            format: ::payspec_core::descriptor::ValueFormat::Fen,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::PaidAt,
            wire: "time_end",
            format: ::payspec_core::descriptor::ValueFormat::UnixSeconds,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::TradeState,
            wire: "trade_state",
            format: ::payspec_core::descriptor::ValueFormat::Code {
                integer: true,
            },
        },
    ],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
