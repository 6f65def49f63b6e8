// @generated from specs/pooul.yaml by `codegen generate`; do not edit.

//! Operation `unified_order` (unifiedorder, outbound).
//!
//! 6.3.1 统一下单 API（alipay.jsapi 服务窗支付）：下单后由用户在支付宝内付款，结果经 notify 通知。
/// 6.3.1 统一下单 API（alipay.jsapi 服务窗支付）：下单后由用户在支付宝内付款，结果经 notify 通知。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UnifiedOrderRequest {
    /// `mch_trade_id`: 商户订单号，32 个字符内、可包含字母，商户系统内唯一。
    pub mch_trade_id: ::std::string::String,
    /// `device_info`: 终端设备号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub device_info: ::std::option::Option<::std::string::String>,
    /// `body`: 商品描述。
    pub body: ::std::string::String,
    /// `attach`: 商户附加信息。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attach: ::std::option::Option<::std::string::String>,
    /// `total_fee`: 总金额，以分为单位。
    #[serde(with = "::payspec_core::wire::fen")]
    pub total_fee: ::payspec_core::Money,
    /// `spbill_create_ip`: 终端 IP。Default 127.0.0.1 when the intent has none (as for micropay).
    pub spbill_create_ip: ::std::string::String,
    /// `notify_url`: 接收平台通知的 URL，绝对路径，255 字符内。
    pub notify_url: ::std::string::String,
    /// `limit_pay`: 限制信用卡：1 禁用信用卡，0 或不传则不禁用。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit_pay: ::std::option::Option<::std::string::String>,
    /// `time_start`: 订单发起时间，10 位秒级时间戳。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::unix_seconds_opt"
    )]
    pub time_start: ::std::option::Option<::payspec_core::Timestamp>,
    /// `time_expire`: 订单失效时间，10 位秒级时间戳。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::unix_seconds_opt"
    )]
    pub time_expire: ::std::option::Option<::payspec_core::Timestamp>,
    /// `op_user_id`: 操作员账号，默认为商户号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub op_user_id: ::std::option::Option<::std::string::String>,
    /// `goods_tag`: 商品标记，用于优惠券或者满减。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_tag: ::std::option::Option<::std::string::String>,
    /// `product_id`: 商品 ID（预留字段）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_id: ::std::option::Option<::std::string::String>,
    /// `buyer_logon_id`: 买家支付宝账号，和 buyer_id 不能同时为空。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_logon_id: ::std::option::Option<::std::string::String>,
    /// `buyer_id`: 买家支付宝用户 ID，和 buyer_logon_id 不能同时为空。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_id: ::std::option::Option<::std::string::String>,
    /// `settle_type`: 是否采用 D0 通道，默认 1；1 否，0 是。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub settle_type: ::std::option::Option<super::types::SettleType>,
}
impl UnifiedOrderRequest {
    /// With the required fields, in the spec's order; the others start absent, except those
    /// with a spec default, which start at it:
    /// - `spbill_create_ip`: `"127.0.0.1"`
    pub fn new(
        mch_trade_id: impl ::std::convert::Into<::std::string::String>,
        body: impl ::std::convert::Into<::std::string::String>,
        total_fee: ::payspec_core::Money,
        notify_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        UnifiedOrderRequest {
            mch_trade_id: mch_trade_id.into(),
            device_info: ::std::option::Option::None,
            body: body.into(),
            attach: ::std::option::Option::None,
            total_fee,
            spbill_create_ip: ::std::string::String::from("127.0.0.1"),
            notify_url: notify_url.into(),
            limit_pay: ::std::option::Option::None,
            time_start: ::std::option::Option::None,
            time_expire: ::std::option::Option::None,
            op_user_id: ::std::option::Option::None,
            goods_tag: ::std::option::Option::None,
            product_id: ::std::option::Option::None,
            buyer_logon_id: ::std::option::Option::None,
            buyer_id: ::std::option::Option::None,
            settle_type: ::std::option::Option::None,
        }
    }
    /// Sets `device_info`.
    pub fn with_device_info(
        mut self,
        device_info: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_info = ::std::option::Option::Some(device_info.into());
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
    /// Sets `spbill_create_ip` (from its default `"127.0.0.1"`).
    pub fn with_spbill_create_ip(
        mut self,
        spbill_create_ip: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spbill_create_ip = spbill_create_ip.into();
        self
    }
    /// Sets `limit_pay`.
    pub fn with_limit_pay(
        mut self,
        limit_pay: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.limit_pay = ::std::option::Option::Some(limit_pay.into());
        self
    }
    /// Sets `time_start`.
    pub fn with_time_start(mut self, time_start: ::payspec_core::Timestamp) -> Self {
        self.time_start = ::std::option::Option::Some(time_start);
        self
    }
    /// Sets `time_expire`.
    pub fn with_time_expire(mut self, time_expire: ::payspec_core::Timestamp) -> Self {
        self.time_expire = ::std::option::Option::Some(time_expire);
        self
    }
    /// Sets `op_user_id`.
    pub fn with_op_user_id(
        mut self,
        op_user_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op_user_id = ::std::option::Option::Some(op_user_id.into());
        self
    }
    /// Sets `goods_tag`.
    pub fn with_goods_tag(
        mut self,
        goods_tag: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.goods_tag = ::std::option::Option::Some(goods_tag.into());
        self
    }
    /// Sets `product_id`.
    pub fn with_product_id(
        mut self,
        product_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_id = ::std::option::Option::Some(product_id.into());
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
    /// Sets `buyer_id`.
    pub fn with_buyer_id(
        mut self,
        buyer_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.buyer_id = ::std::option::Option::Some(buyer_id.into());
        self
    }
    /// Sets `settle_type`.
    pub fn with_settle_type(mut self, settle_type: super::types::SettleType) -> Self {
        self.settle_type = ::std::option::Option::Some(settle_type);
        self
    }
}
impl ::payspec_core::Validate for UnifiedOrderRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
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
        ::payspec_core::validate::required_text(out, path, "body", &self.body);
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
        ::payspec_core::validate::required_text(
            out,
            path,
            "spbill_create_ip",
            &self.spbill_create_ip,
        );
        ::payspec_core::validate::required_text(
            out,
            path,
            "notify_url",
            &self.notify_url,
        );
        {
            let v = &self.notify_url;
            ::payspec_core::validate::max_chars(out, path, "notify_url", v, 255);
        }
    }
}
impl UnifiedOrderRequest {
    /// Validates, then encodes the signed request (client side). Nothing is encoded when
    /// validation fails: every violation is returned.
    pub fn encode(
        &self,
        config: &dyn ::payspec_core::Credentials,
        ctx: &::payspec_core::EncodeContext,
    ) -> ::std::result::Result<::payspec_core::Message, ::payspec_core::Error> {
        ::payspec_core::Validate::validate(self)
            .map_err(::payspec_core::Error::Invalid)?;
        let f_mch_trade_id = self.mch_trade_id.as_str();
        let f_device_info = self.device_info.as_deref();
        let f_body = self.body.as_str();
        let f_attach = self.attach.as_deref();
        let h_total_fee = {
            let x = &self.total_fee;
            ::payspec_core::write::cny(x, "unified_order")
                .map(|m| ::payspec_core::write::int(m.minor()))
        }?;
        let f_total_fee = h_total_fee.as_str();
        let f_spbill_create_ip = self.spbill_create_ip.as_str();
        let f_notify_url = self.notify_url.as_str();
        let f_limit_pay = self.limit_pay.as_deref();
        let h_time_start = self
            .time_start
            .as_ref()
            .map(|x| ::payspec_core::write::int(x.unix()));
        let f_time_start = h_time_start.as_ref().map(|h| h.as_str());
        let h_time_expire = self
            .time_expire
            .as_ref()
            .map(|x| ::payspec_core::write::int(x.unix()));
        let f_time_expire = h_time_expire.as_ref().map(|h| h.as_str());
        let f_op_user_id = self.op_user_id.as_deref();
        let f_goods_tag = self.goods_tag.as_deref();
        let f_product_id = self.product_id.as_deref();
        let f_buyer_logon_id = self.buyer_logon_id.as_deref();
        let f_buyer_id = self.buyer_id.as_deref();
        let f_settle_type = self
            .settle_type
            .as_ref()
            .map(|x| ::payspec_core::write::enum_text(x, "unified_order"))
            .transpose()?;
        let c_merchant_id: &str = ::payspec_core::write::config(config, "merchant_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 32, "request")?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_mch_trade_id.len() + f_device_info.map_or(0, str::len)
            + f_body.len() + f_attach.map_or(0, str::len) + f_total_fee.len()
            + f_spbill_create_ip.len() + f_notify_url.len()
            + f_limit_pay.map_or(0, str::len) + f_time_start.map_or(0, str::len)
            + f_time_expire.map_or(0, str::len) + f_op_user_id.map_or(0, str::len)
            + f_goods_tag.map_or(0, str::len) + f_product_id.map_or(0, str::len)
            + f_buyer_logon_id.map_or(0, str::len) + f_buyer_id.map_or(0, str::len)
            + f_settle_type.map_or(0, str::len) + c_merchant_id.len() + nonce.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            437usize + len,
        );
        out.extend_from_slice(
            b"{\"version\":\"1.0\",\"sign_type\":\"md5\",\"merchant_id\":",
        );
        ::payspec_core::write::str(&mut out, c_merchant_id);
        out.extend_from_slice(b",\"nonce_str\":");
        ::payspec_core::write::str(&mut out, nonce);
        if let ::std::option::Option::Some(v) = f_attach {
            out.extend_from_slice(b",\"attach\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"body\":");
        ::payspec_core::write::str(&mut out, f_body);
        if let ::std::option::Option::Some(v) = f_buyer_id {
            out.extend_from_slice(b",\"buyer_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_buyer_logon_id {
            out.extend_from_slice(b",\"buyer_logon_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_device_info {
            out.extend_from_slice(b",\"device_info\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_goods_tag {
            out.extend_from_slice(b",\"goods_tag\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_limit_pay {
            out.extend_from_slice(b",\"limit_pay\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"mch_trade_id\":");
        ::payspec_core::write::str(&mut out, f_mch_trade_id);
        out.extend_from_slice(b",\"notify_url\":");
        ::payspec_core::write::str(&mut out, f_notify_url);
        if let ::std::option::Option::Some(v) = f_op_user_id {
            out.extend_from_slice(b",\"op_user_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"pay_type\":\"alipay.jsapi\"");
        if let ::std::option::Option::Some(v) = f_product_id {
            out.extend_from_slice(b",\"product_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_settle_type {
            out.extend_from_slice(b",\"settle_type\":");
            out.extend_from_slice(v.as_bytes());
        }
        out.extend_from_slice(b",\"spbill_create_ip\":");
        ::payspec_core::write::str(&mut out, f_spbill_create_ip);
        if let ::std::option::Option::Some(v) = f_time_expire {
            out.extend_from_slice(b",\"time_expire\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_time_start {
            out.extend_from_slice(b",\"time_start\":");
            out.extend_from_slice(v.as_bytes());
        }
        out.extend_from_slice(b",\"total_fee\":");
        out.extend_from_slice(f_total_fee.as_bytes());
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        if let ::std::option::Option::Some(v) = f_attach {
            signer.pair(b"&attach=", v);
        }
        signer.pair(b"&body=", f_body);
        if let ::std::option::Option::Some(v) = f_buyer_id {
            signer.pair(b"&buyer_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_buyer_logon_id {
            signer.pair(b"&buyer_logon_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_device_info {
            signer.pair(b"&device_info=", v);
        }
        if let ::std::option::Option::Some(v) = f_goods_tag {
            signer.pair(b"&goods_tag=", v);
        }
        if let ::std::option::Option::Some(v) = f_limit_pay {
            signer.pair(b"&limit_pay=", v);
        }
        signer.pair(b"&mch_trade_id=", f_mch_trade_id);
        signer.pair(b"&merchant_id=", c_merchant_id);
        signer.pair(b"&nonce_str=", nonce);
        signer.pair(b"&notify_url=", f_notify_url);
        if let ::std::option::Option::Some(v) = f_op_user_id {
            signer.pair(b"&op_user_id=", v);
        }
        signer.pair_fixed(b"&pay_type=alipay.jsapi");
        if let ::std::option::Option::Some(v) = f_product_id {
            signer.pair(b"&product_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_settle_type {
            signer.pair(b"&settle_type=", v);
        }
        signer.pair_fixed(b"&sign_type=md5");
        signer.pair(b"&spbill_create_ip=", f_spbill_create_ip);
        if let ::std::option::Option::Some(v) = f_time_expire {
            signer.pair(b"&time_expire=", v);
        }
        if let ::std::option::Option::Some(v) = f_time_start {
            signer.pair(b"&time_start=", v);
        }
        signer.pair(b"&total_fee=", f_total_fee);
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
pub struct UnifiedOrderResponse {
    /// `merchant_id`: 商户号（表中必填，示例未返回）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_id: ::std::option::Option<::payspec_core::Text>,
    /// `device_info`: 平台支付分配的终端设备号。
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
    /// `pay_url`: 支付链接，直接使用此链接请求支付宝支付。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pay_url: ::std::option::Option<::payspec_core::Text>,
    /// `out_trade_id`: 第三方订单号（支付成功后会返回）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub out_trade_id: ::std::option::Option<::payspec_core::Text>,
    /// `mch_trade_id`: 商户订单号。
    pub mch_trade_id: ::payspec_core::Text,
    /// `appid`: 服务商公众号 appid。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub appid: ::std::option::Option<::payspec_core::Text>,
    /// `token_id`: 调用财付通后台接口生成的订单号（表中写作 Token_Id，示例为 token_id）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub token_id: ::std::option::Option<::payspec_core::Text>,
    /// `trade_id`: 平台订单号（表中必填，示例未返回；示例返回 transaction_id）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_id: ::std::option::Option<::payspec_core::Text>,
    /// `transaction_id`: 平台订单号（示例中出现，表中未列）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_id: ::std::option::Option<::payspec_core::Text>,
}
impl UnifiedOrderResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(mch_trade_id: impl ::std::convert::Into<::payspec_core::Text>) -> Self {
        UnifiedOrderResponse {
            merchant_id: ::std::option::Option::None,
            device_info: ::std::option::Option::None,
            nonce_str: ::std::option::Option::None,
            err_code: ::std::option::Option::None,
            err_msg: ::std::option::Option::None,
            pay_url: ::std::option::Option::None,
            out_trade_id: ::std::option::Option::None,
            mch_trade_id: mch_trade_id.into(),
            appid: ::std::option::Option::None,
            token_id: ::std::option::Option::None,
            trade_id: ::std::option::Option::None,
            transaction_id: ::std::option::Option::None,
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
    /// Sets `pay_url`.
    pub fn with_pay_url(
        mut self,
        pay_url: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.pay_url = ::std::option::Option::Some(pay_url.into());
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
    /// Sets `appid`.
    pub fn with_appid(
        mut self,
        appid: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.appid = ::std::option::Option::Some(appid.into());
        self
    }
    /// Sets `token_id`.
    pub fn with_token_id(
        mut self,
        token_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.token_id = ::std::option::Option::Some(token_id.into());
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
    /// Sets `transaction_id`.
    pub fn with_transaction_id(
        mut self,
        transaction_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.transaction_id = ::std::option::Option::Some(transaction_id.into());
        self
    }
}
impl ::payspec_core::Validate for UnifiedOrderResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.nonce_str {
            ::payspec_core::validate::max_chars(out, path, "nonce_str", v, 32);
        }
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
    }
}
impl UnifiedOrderResponse {
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
            let s_err_code: ::std::option::Option<&str> = signals[1usize].as_deref();
            if (::std::matches!(s_code, ::std::option::Option::Some("0"))
                && s_err_code.is_none())
                || (::std::matches!(s_code, ::std::option::Option::Some("0"))
                    && ::std::matches!(s_err_code, ::std::option::Option::Some("")))
            {
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
        let f_device_info = body.device_info.as_deref();
        let f_nonce_str = body.nonce_str.as_deref();
        let f_err_code = body.err_code.as_deref();
        let f_err_msg = body.err_msg.as_deref();
        let f_pay_url = body.pay_url.as_deref();
        let f_out_trade_id = body.out_trade_id.as_deref();
        let f_mch_trade_id = body.mch_trade_id.as_str();
        let f_appid = body.appid.as_deref();
        let f_token_id = body.token_id.as_deref();
        let f_trade_id = body.trade_id.as_deref();
        let f_transaction_id = body.transaction_id.as_deref();
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
            + f_pay_url.map_or(0, str::len) + f_out_trade_id.map_or(0, str::len)
            + f_mch_trade_id.len() + f_appid.map_or(0, str::len)
            + f_token_id.map_or(0, str::len) + f_trade_id.map_or(0, str::len)
            + f_transaction_id.map_or(0, str::len) + status_code.map_or(0, str::len)
            + status_msg.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            331usize + len,
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
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"mch_trade_id\":");
        ::payspec_core::write::str(&mut out, f_mch_trade_id);
        if let ::std::option::Option::Some(v) = f_merchant_id {
            out.extend_from_slice(b",\"merchant_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_nonce_str {
            out.extend_from_slice(b",\"nonce_str\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_out_trade_id {
            out.extend_from_slice(b",\"out_trade_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_pay_url {
            out.extend_from_slice(b",\"pay_url\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_token_id {
            out.extend_from_slice(b",\"token_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_trade_id {
            out.extend_from_slice(b",\"trade_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
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
        if let ::std::option::Option::Some(v) = f_device_info {
            signer.pair(b"&device_info=", v);
        }
        if let ::std::option::Option::Some(v) = f_err_code {
            signer.pair(b"&err_code=", v);
        }
        if let ::std::option::Option::Some(v) = f_err_msg {
            signer.pair(b"&err_msg=", v);
        }
        signer.pair(b"&mch_trade_id=", f_mch_trade_id);
        if let ::std::option::Option::Some(v) = f_merchant_id {
            signer.pair(b"&merchant_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_nonce_str {
            signer.pair(b"&nonce_str=", v);
        }
        if let ::std::option::Option::Some(v) = f_out_trade_id {
            signer.pair(b"&out_trade_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_pay_url {
            signer.pair(b"&pay_url=", v);
        }
        if let ::std::option::Option::Some(v) = f_token_id {
            signer.pair(b"&token_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_trade_id {
            signer.pair(b"&trade_id=", v);
        }
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
}
/// Read from the reply's members as received (`codec::read::reply`).
impl ::payspec_core::codec::read::Content for UnifiedOrderResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_merchant_id = ::std::option::Option::None;
        let mut f_device_info = ::std::option::Option::None;
        let mut f_nonce_str = ::std::option::Option::None;
        let mut f_err_code = ::std::option::Option::None;
        let mut f_err_msg = ::std::option::Option::None;
        let mut f_pay_url = ::std::option::Option::None;
        let mut f_out_trade_id = ::std::option::Option::None;
        let mut f_mch_trade_id = ::std::option::Option::None;
        let mut f_appid = ::std::option::Option::None;
        let mut f_token_id = ::std::option::Option::None;
        let mut f_trade_id = ::std::option::Option::None;
        let mut f_transaction_id = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "merchant_id" => f_merchant_id = content.text_opt(raw)?,
                "device_info" => f_device_info = content.text_opt(raw)?,
                "nonce_str" => f_nonce_str = content.text_opt(raw)?,
                "err_code" => f_err_code = content.text_opt(raw)?,
                "err_msg" => f_err_msg = content.text_opt(raw)?,
                "pay_url" => f_pay_url = content.text_opt(raw)?,
                "out_trade_id" => f_out_trade_id = content.text_opt(raw)?,
                "mch_trade_id" => {
                    f_mch_trade_id = ::std::option::Option::Some(content.text(raw)?);
                }
                "appid" => f_appid = content.text_opt(raw)?,
                "token_id" => f_token_id = content.text_opt(raw)?,
                "trade_id" => f_trade_id = content.text_opt(raw)?,
                "transaction_id" => f_transaction_id = content.text_opt(raw)?,
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(UnifiedOrderResponse {
            merchant_id: f_merchant_id,
            device_info: f_device_info,
            nonce_str: f_nonce_str,
            err_code: f_err_code,
            err_msg: f_err_msg,
            pay_url: f_pay_url,
            out_trade_id: f_out_trade_id,
            mch_trade_id: f_mch_trade_id?,
            appid: f_appid,
            token_id: f_token_id,
            trade_id: f_trade_id,
            transaction_id: f_transaction_id,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "unified_order",
    role: ::payspec_core::descriptor::OperationRole::UnifiedOrder,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/paygate/merchant_info/pay",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[("pay_type", "alipay.jsapi")],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &[
        "attach",
        "body",
        "buyer_id",
        "buyer_logon_id",
        "device_info",
        "goods_tag",
        "limit_pay",
        "mch_trade_id",
        "notify_url",
        "op_user_id",
        "pay_type",
        "product_id",
        "settle_type",
        "spbill_create_ip",
        "time_expire",
        "time_start",
        "total_fee",
    ],
    response_fields: &[
        "appid",
        "device_info",
        "err_code",
        "err_msg",
        "mch_trade_id",
        "merchant_id",
        "nonce_str",
        "out_trade_id",
        "pay_url",
        "token_id",
        "trade_id",
        "transaction_id",
    ],
    request_required: &[
        "body",
        "mch_trade_id",
        "notify_url",
        "spbill_create_ip",
        "total_fee",
    ],
    response_required: &["mch_trade_id"],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "err_code",
                path: &["data", "err_code"],
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
                        signal: "err_code",
                        test: ::payspec_core::descriptor::Test::Absent,
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
                        test: ::payspec_core::descriptor::Test::OneOf(&["0"]),
                    },
                    ::payspec_core::descriptor::Condition {
                        signal: "err_code",
                        test: ::payspec_core::descriptor::Test::OneOf(&[""]),
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
            role: ::payspec_core::descriptor::UnifiedRole::DeviceId,
            wire: "device_info",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Description,
            wire: "body",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "total_fee",
            format: ::payspec_core::descriptor::ValueFormat::Fen,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::NotifyUrl,
            wire: "notify_url",
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
    request_defaults: &[
        ::payspec_core::descriptor::FieldDefault {
            wire: "spbill_create_ip",
            json: "\"127.0.0.1\"",
        },
    ],
    response_defaults: &[],
    updates_config: &[],
};
