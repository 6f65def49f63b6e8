// @generated from specs/wechatpay.yaml by `codegen generate`; do not edit.

//! Operation `micropay` (pay, outbound).
//!
//! 付款码支付：收银员使用扫码设备读取微信用户付款码以后，二维码或条码信息会传送至商户收银台，由商户收银台或者
//! 商户后台调用该接口发起支付。不需要证书。
/// 付款码支付：收银员使用扫码设备读取微信用户付款码以后，二维码或条码信息会传送至商户收银台，由商户收银台或者
/// 商户后台调用该接口发起支付。不需要证书。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MicropayRequest {
    /// `device_info`: 终端设备号(商户自定义，如门店编号)。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub device_info: ::std::option::Option<::std::string::String>,
    /// `body`: 商品描述：门店品牌名-城市分店名-实际商品名称。
    pub body: ::std::string::String,
    /// `detail`: 商品详情（单品优惠），JSON 文本，放在 CDATA 中传送。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
    /// `attach`: 附加数据，在查询API和支付通知中原样返回。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attach: ::std::option::Option<::std::string::String>,
    /// `out_trade_no`: 商户订单号，32个字符内，只能是数字、大小写字母_-|*，同一商户号下唯一（参数规定 6）。Pattern:
    /// the page's own rule. A retried pay reuses it; after a reverse it cannot pay again.
    pub out_trade_no: ::std::string::String,
    /// `total_fee`: 订单总金额，单位为分，只能为整数。
    #[serde(with = "::payspec_core::wire::fen")]
    pub total_fee: ::payspec_core::Money,
    /// `fee_type`: 货币类型，符合ISO 4217标准的三位字母代码，默认人民币：CNY（境内商户号仅支持人民币）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fee_type: ::std::option::Option<::std::string::String>,
    /// `spbill_create_ip`: 终端IP：调用微信支付API的机器IP。String(16) on older pages, wider for IPv6 on newer ones:
    /// 64 is assumed. Default 127.0.0.1 (only the simulator's placeholder): a gateway building
    /// the request from a payment intent has no terminal IP; set the real one.
    pub spbill_create_ip: ::std::string::String,
    /// `goods_tag`: 订单优惠标记，代金券或立减优惠功能的参数。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_tag: ::std::option::Option<::std::string::String>,
    /// `limit_pay`: 指定支付方式：no_credit 指定不能使用信用卡支付。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit_pay: ::std::option::Option<::std::string::String>,
    /// `time_start`: 交易起始时间，格式为yyyyMMddHHmmss（北京时间）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::compact_opt"
    )]
    pub time_start: ::std::option::Option<::payspec_core::LocalTimestamp>,
    /// `time_expire`: 交易结束时间，格式为yyyyMMddHHmmss；最短失效时间间隔需大于1分钟。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::compact_opt"
    )]
    pub time_expire: ::std::option::Option<::payspec_core::LocalTimestamp>,
    /// `receipt`: 电子发票入口开放标识：Y。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub receipt: ::std::option::Option<::payspec_core::Flag>,
    /// `auth_code`: 付款码：扫码支付付款码，设备读取用户微信中的条码或者二维码信息（18位纯数字，以10、11、12、13、14、15开头）。
    /// No pattern: a prefix WeChat adds later must not be refused here.
    pub auth_code: ::payspec_core::Redacted<::std::string::String>,
    /// `profit_sharing`: 是否需要分账：Y 是，N 否，默认不分账。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub profit_sharing: ::std::option::Option<::payspec_core::Flag>,
    /// `scene_info`: 场景信息：JSON 文本 `{"store_info":{"id","name","area_code","address"}}`。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scene_info: ::std::option::Option<::std::string::String>,
}
impl MicropayRequest {
    /// With the required fields, in the spec's order; the others start absent, except those
    /// with a spec default, which start at it:
    /// - `spbill_create_ip`: `"127.0.0.1"`
    pub fn new(
        body: impl ::std::convert::Into<::std::string::String>,
        out_trade_no: impl ::std::convert::Into<::std::string::String>,
        total_fee: ::payspec_core::Money,
        auth_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        MicropayRequest {
            device_info: ::std::option::Option::None,
            body: body.into(),
            detail: ::std::option::Option::None,
            attach: ::std::option::Option::None,
            out_trade_no: out_trade_no.into(),
            total_fee,
            fee_type: ::std::option::Option::None,
            spbill_create_ip: ::std::string::String::from("127.0.0.1"),
            goods_tag: ::std::option::Option::None,
            limit_pay: ::std::option::Option::None,
            time_start: ::std::option::Option::None,
            time_expire: ::std::option::Option::None,
            receipt: ::std::option::Option::None,
            auth_code: ::payspec_core::Redacted::new(auth_code.into()),
            profit_sharing: ::std::option::Option::None,
            scene_info: ::std::option::Option::None,
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
    /// Sets `detail`.
    pub fn with_detail(
        mut self,
        detail: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.detail = ::std::option::Option::Some(detail.into());
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
    /// Sets `fee_type`.
    pub fn with_fee_type(
        mut self,
        fee_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_type = ::std::option::Option::Some(fee_type.into());
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
    /// Sets `goods_tag`.
    pub fn with_goods_tag(
        mut self,
        goods_tag: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.goods_tag = ::std::option::Option::Some(goods_tag.into());
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
    pub fn with_time_start(
        mut self,
        time_start: ::payspec_core::LocalTimestamp,
    ) -> Self {
        self.time_start = ::std::option::Option::Some(time_start);
        self
    }
    /// Sets `time_expire`.
    pub fn with_time_expire(
        mut self,
        time_expire: ::payspec_core::LocalTimestamp,
    ) -> Self {
        self.time_expire = ::std::option::Option::Some(time_expire);
        self
    }
    /// Sets `receipt`.
    pub fn with_receipt(mut self, receipt: ::payspec_core::Flag) -> Self {
        self.receipt = ::std::option::Option::Some(receipt);
        self
    }
    /// Sets `profit_sharing`.
    pub fn with_profit_sharing(mut self, profit_sharing: ::payspec_core::Flag) -> Self {
        self.profit_sharing = ::std::option::Option::Some(profit_sharing);
        self
    }
    /// Sets `scene_info`.
    pub fn with_scene_info(
        mut self,
        scene_info: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scene_info = ::std::option::Option::Some(scene_info.into());
        self
    }
}
impl ::payspec_core::Validate for MicropayRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.device_info {
            ::payspec_core::validate::max_chars(out, path, "device_info", v, 32);
        }
        ::payspec_core::validate::required_text(out, path, "body", &self.body);
        {
            let v = &self.body;
            ::payspec_core::validate::max_chars(out, path, "body", v, 127);
        }
        if let ::std::option::Option::Some(v) = &self.detail {
            ::payspec_core::validate::max_chars(out, path, "detail", v, 6000);
        }
        if let ::std::option::Option::Some(v) = &self.attach {
            ::payspec_core::validate::max_chars(out, path, "attach", v, 127);
        }
        ::payspec_core::validate::required_text(
            out,
            path,
            "out_trade_no",
            &self.out_trade_no,
        );
        {
            let v = &self.out_trade_no;
            ::payspec_core::validate::max_chars(out, path, "out_trade_no", v, 32);
            static PATTERN: ::payspec_core::validate::Pattern = ::payspec_core::validate::Pattern::new(
                "^[A-Za-z0-9_\\-|*]{1,32}$",
            );
            ::payspec_core::validate::pattern(out, path, "out_trade_no", v, &PATTERN);
        }
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
        if let ::std::option::Option::Some(v) = &self.fee_type {
            ::payspec_core::validate::max_chars(out, path, "fee_type", v, 16);
        }
        ::payspec_core::validate::required_text(
            out,
            path,
            "spbill_create_ip",
            &self.spbill_create_ip,
        );
        {
            let v = &self.spbill_create_ip;
            ::payspec_core::validate::max_chars(out, path, "spbill_create_ip", v, 64);
        }
        if let ::std::option::Option::Some(v) = &self.goods_tag {
            ::payspec_core::validate::max_chars(out, path, "goods_tag", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.limit_pay {
            ::payspec_core::validate::max_chars(out, path, "limit_pay", v, 32);
        }
        ::payspec_core::validate::required_text(
            out,
            path,
            "auth_code",
            self.auth_code.expose(),
        );
        {
            let v = &self.auth_code;
            ::payspec_core::validate::max_chars(out, path, "auth_code", v.expose(), 128);
        }
        if let ::std::option::Option::Some(v) = &self.scene_info {
            ::payspec_core::validate::max_chars(out, path, "scene_info", v, 256);
        }
    }
}
impl MicropayRequest {
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
pub struct MicropayResponse {
    /// `device_info`: 设备号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub device_info: ::std::option::Option<::payspec_core::Text>,
    /// `openid`: 用户在商户appid下的唯一标识（return_code 和 result_code 都为 SUCCESS 时返回，下同）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub openid: ::std::option::Option<::payspec_core::Text>,
    /// `is_subscribe`: 是否关注公众账号，Y/N。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_subscribe: ::std::option::Option<::payspec_core::Flag>,
    /// `trade_type`: 交易类型：MICROPAY 付款码支付。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_type: ::std::option::Option<::payspec_core::Text>,
    /// `bank_type`: 付款银行，采用字符串类型的银行标识。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_type: ::std::option::Option<::payspec_core::Text>,
    /// `fee_type`: 货币类型，默认人民币：CNY。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fee_type: ::std::option::Option<::payspec_core::Text>,
    /// `total_fee`: 订单总金额，单位为分，只能为整数。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::fen_opt"
    )]
    pub total_fee: ::std::option::Option<::payspec_core::Money>,
    /// `settlement_total_fee`: 应结订单金额（使用免充值代金券时返回），分。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::fen_opt"
    )]
    pub settlement_total_fee: ::std::option::Option<::payspec_core::Money>,
    /// `coupon_fee`: 代金券金额，分；0 without a coupon (the page's own example).
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::fen_opt"
    )]
    pub coupon_fee: ::std::option::Option<::payspec_core::Money>,
    /// `cash_fee_type`: 现金支付货币类型，默认人民币：CNY。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cash_fee_type: ::std::option::Option<::payspec_core::Text>,
    /// `cash_fee`: 现金支付金额，分（表中必填，文档示例未返回）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::fen_opt"
    )]
    pub cash_fee: ::std::option::Option<::payspec_core::Money>,
    /// `transaction_id`: 微信支付订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_id: ::std::option::Option<::payspec_core::Text>,
    /// `out_trade_no`: 商户订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub out_trade_no: ::std::option::Option<::payspec_core::Text>,
    /// `attach`: 商家数据包，原样返回。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attach: ::std::option::Option<::payspec_core::Text>,
    /// `time_end`: 支付完成时间，格式为yyyyMMddHHmmss。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::compact_opt"
    )]
    pub time_end: ::std::option::Option<::payspec_core::LocalTimestamp>,
    /// `promotion_detail`: 营销详情，JSON 文本。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub promotion_detail: ::std::option::Option<::payspec_core::Text>,
}
impl MicropayResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        MicropayResponse {
            device_info: ::std::option::Option::None,
            openid: ::std::option::Option::None,
            is_subscribe: ::std::option::Option::None,
            trade_type: ::std::option::Option::None,
            bank_type: ::std::option::Option::None,
            fee_type: ::std::option::Option::None,
            total_fee: ::std::option::Option::None,
            settlement_total_fee: ::std::option::Option::None,
            coupon_fee: ::std::option::Option::None,
            cash_fee_type: ::std::option::Option::None,
            cash_fee: ::std::option::Option::None,
            transaction_id: ::std::option::Option::None,
            out_trade_no: ::std::option::Option::None,
            attach: ::std::option::Option::None,
            time_end: ::std::option::Option::None,
            promotion_detail: ::std::option::Option::None,
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
    /// Sets `fee_type`.
    pub fn with_fee_type(
        mut self,
        fee_type: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.fee_type = ::std::option::Option::Some(fee_type.into());
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
    /// Sets `coupon_fee`.
    pub fn with_coupon_fee(mut self, coupon_fee: ::payspec_core::Money) -> Self {
        self.coupon_fee = ::std::option::Option::Some(coupon_fee);
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
    /// Sets `cash_fee`.
    pub fn with_cash_fee(mut self, cash_fee: ::payspec_core::Money) -> Self {
        self.cash_fee = ::std::option::Option::Some(cash_fee);
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
    /// Sets `promotion_detail`.
    pub fn with_promotion_detail(
        mut self,
        promotion_detail: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.promotion_detail = ::std::option::Option::Some(promotion_detail.into());
        self
    }
}
impl ::std::default::Default for MicropayResponse {
    fn default() -> Self {
        Self::new()
    }
}
impl ::payspec_core::Validate for MicropayResponse {
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
        if let ::std::option::Option::Some(v) = &self.fee_type {
            ::payspec_core::validate::max_chars(out, path, "fee_type", v, 16);
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
        if let ::std::option::Option::Some(v) = &self.cash_fee_type {
            ::payspec_core::validate::max_chars(out, path, "cash_fee_type", v, 16);
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
        if let ::std::option::Option::Some(v) = &self.transaction_id {
            ::payspec_core::validate::max_chars(out, path, "transaction_id", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.out_trade_no {
            ::payspec_core::validate::max_chars(out, path, "out_trade_no", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.attach {
            ::payspec_core::validate::max_chars(out, path, "attach", v, 128);
        }
        if let ::std::option::Option::Some(v) = &self.promotion_detail {
            ::payspec_core::validate::max_chars(out, path, "promotion_detail", v, 6000);
        }
    }
}
impl MicropayResponse {
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
impl ::payspec_core::codec::read::Content for MicropayResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_device_info = ::std::option::Option::None;
        let mut f_openid = ::std::option::Option::None;
        let mut f_is_subscribe = ::std::option::Option::None;
        let mut f_trade_type = ::std::option::Option::None;
        let mut f_bank_type = ::std::option::Option::None;
        let mut f_fee_type = ::std::option::Option::None;
        let mut f_total_fee = ::std::option::Option::None;
        let mut f_settlement_total_fee = ::std::option::Option::None;
        let mut f_coupon_fee = ::std::option::Option::None;
        let mut f_cash_fee_type = ::std::option::Option::None;
        let mut f_cash_fee = ::std::option::Option::None;
        let mut f_transaction_id = ::std::option::Option::None;
        let mut f_out_trade_no = ::std::option::Option::None;
        let mut f_attach = ::std::option::Option::None;
        let mut f_time_end = ::std::option::Option::None;
        let mut f_promotion_detail = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "device_info" => f_device_info = content.text_opt(raw)?,
                "openid" => f_openid = content.text_opt(raw)?,
                "is_subscribe" => {
                    f_is_subscribe = ::payspec_core::codec::read::flag_opt(raw)?;
                }
                "trade_type" => f_trade_type = content.text_opt(raw)?,
                "bank_type" => f_bank_type = content.text_opt(raw)?,
                "fee_type" => f_fee_type = content.text_opt(raw)?,
                "total_fee" => {
                    f_total_fee = ::payspec_core::wire::fen_opt::from_raw(raw).ok()?;
                }
                "settlement_total_fee" => {
                    f_settlement_total_fee = ::payspec_core::wire::fen_opt::from_raw(raw)
                        .ok()?;
                }
                "coupon_fee" => {
                    f_coupon_fee = ::payspec_core::wire::fen_opt::from_raw(raw).ok()?;
                }
                "cash_fee_type" => f_cash_fee_type = content.text_opt(raw)?,
                "cash_fee" => {
                    f_cash_fee = ::payspec_core::wire::fen_opt::from_raw(raw).ok()?;
                }
                "transaction_id" => f_transaction_id = content.text_opt(raw)?,
                "out_trade_no" => f_out_trade_no = content.text_opt(raw)?,
                "attach" => f_attach = content.text_opt(raw)?,
                "time_end" => {
                    f_time_end = ::payspec_core::wire::compact_opt::from_raw(raw).ok()?;
                }
                "promotion_detail" => f_promotion_detail = content.text_opt(raw)?,
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(MicropayResponse {
            device_info: f_device_info,
            openid: f_openid,
            is_subscribe: f_is_subscribe,
            trade_type: f_trade_type,
            bank_type: f_bank_type,
            fee_type: f_fee_type,
            total_fee: f_total_fee,
            settlement_total_fee: f_settlement_total_fee,
            coupon_fee: f_coupon_fee,
            cash_fee_type: f_cash_fee_type,
            cash_fee: f_cash_fee,
            transaction_id: f_transaction_id,
            out_trade_no: f_out_trade_no,
            attach: f_attach,
            time_end: f_time_end,
            promotion_detail: f_promotion_detail,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "micropay",
    role: ::payspec_core::descriptor::OperationRole::Pay,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/pay/micropay",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &[
        "attach",
        "auth_code",
        "body",
        "detail",
        "device_info",
        "fee_type",
        "goods_tag",
        "limit_pay",
        "out_trade_no",
        "profit_sharing",
        "receipt",
        "scene_info",
        "spbill_create_ip",
        "time_expire",
        "time_start",
        "total_fee",
    ],
    response_fields: &[
        "attach",
        "bank_type",
        "cash_fee",
        "cash_fee_type",
        "coupon_fee",
        "device_info",
        "fee_type",
        "is_subscribe",
        "openid",
        "out_trade_no",
        "promotion_detail",
        "settlement_total_fee",
        "time_end",
        "total_fee",
        "trade_type",
        "transaction_id",
    ],
    request_required: &[
        "auth_code",
        "body",
        "out_trade_no",
        "spbill_create_ip",
        "total_fee",
    ],
    response_required: &[],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "err_code",
                path: &["err_code"],
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
                        signal: "err_code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["USERPAYING"]),
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
                    ::payspec_core::Classification::Pending,
                ),
            },
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "err_code",
                        test: ::payspec_core::descriptor::Test::OneOf(
                            &[
                                "NOTENOUGH",
                                "NOTSUPORTCARD",
                                "AUTHCODEEXPIRE",
                                "AUTH_CODE_ERROR",
                                "AUTH_CODE_INVALID",
                                "TRADE_ERROR",
                            ],
                        ),
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
            role: ::payspec_core::descriptor::UnifiedRole::DeviceId,
            wire: "device_info",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Subject,
            wire: "body",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "out_trade_no",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "total_fee",
            format: ::payspec_core::descriptor::ValueFormat::Fen,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::AuthCode,
            wire: "auth_code",
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
    request_defaults: &[
        ::payspec_core::descriptor::FieldDefault {
            wire: "spbill_create_ip",
            json: "\"127.0.0.1\"",
        },
    ],
    response_defaults: &[],
    updates_config: &[],
};
