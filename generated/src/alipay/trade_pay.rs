// @generated from specs/alipay.yaml by `codegen generate`; do not edit.

//! Operation `trade_pay` (pay, outbound).
//!
//! 统一收单交易支付接口：收银员使用扫码设备读取用户手机支付宝"付款码"后，将二维码或条码信息通过本接口上送至支付宝发起支付。
/// 统一收单交易支付接口：收银员使用扫码设备读取用户手机支付宝"付款码"后，将二维码或条码信息通过本接口上送至支付宝发起支付。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TradePayRequest {
    /// `out_trade_no`: 商户订单号，64个字符以内，仅支持字母、数字、下划线，需保证在商户端不重复。
    pub out_trade_no: ::std::string::String,
    /// `scene`: 支付场景：bar_code 条码支付（默认）；security_code 刷脸支付。
    pub scene: super::types::Scene,
    /// `auth_code`: 支付授权码：买家的付款码（25~30开头的16~24位数字）或刷脸标识串（fp开头的35位字符串）。No
    /// pattern: "实际字符串长度以开发者获取的付款码长度为准".
    pub auth_code: ::payspec_core::Redacted<::std::string::String>,
    /// `product_code`: 产品码：FACE_TO_FACE_PAYMENT（不传则默认）或 OFFLINE_PAYMENT（当面付快捷版）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// `subject`: 订单标题；不可使用特殊字符，如 /，=，& 等。
    pub subject: ::std::string::String,
    /// `total_amount`: 订单总金额，单位为元，精确到小数点后两位，取值范围[0.01,100000000]。
    #[serde(with = "::payspec_core::wire::yuan_string")]
    pub total_amount: ::payspec_core::Money,
    /// `seller_id`: 卖家支付宝用户ID（默认为商户签约账号）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub seller_id: ::std::option::Option<::std::string::String>,
    /// `body`: 订单描述。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub body: ::std::option::Option<::std::string::String>,
    /// `operator_id`: 商户操作员编号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// `store_id`: 商户门店编号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_id: ::std::option::Option<::std::string::String>,
    /// `terminal_id`: 商户机具终端编号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub terminal_id: ::std::option::Option<::std::string::String>,
    /// `timeout_express`: 该笔订单允许的最晚付款时间，逾期将关闭交易：1m～15d（m 分钟，h 小时，d 天，1c 当天）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timeout_express: ::std::option::Option<::std::string::String>,
    /// `time_expire`: 绝对超时时间，格式为yyyy-MM-dd HH:mm:ss。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::datetime_opt"
    )]
    pub time_expire: ::std::option::Option<::payspec_core::LocalTimestamp>,
}
impl TradePayRequest {
    /// With the required fields, in the spec's order; the others start absent, except those
    /// with a spec default, which start at it:
    /// - `scene`: `"bar_code"`
    pub fn new(
        out_trade_no: impl ::std::convert::Into<::std::string::String>,
        auth_code: impl ::std::convert::Into<::std::string::String>,
        subject: impl ::std::convert::Into<::std::string::String>,
        total_amount: ::payspec_core::Money,
    ) -> Self {
        TradePayRequest {
            out_trade_no: out_trade_no.into(),
            scene: super::types::Scene::BarCode,
            auth_code: ::payspec_core::Redacted::new(auth_code.into()),
            product_code: ::std::option::Option::None,
            subject: subject.into(),
            total_amount,
            seller_id: ::std::option::Option::None,
            body: ::std::option::Option::None,
            operator_id: ::std::option::Option::None,
            store_id: ::std::option::Option::None,
            terminal_id: ::std::option::Option::None,
            timeout_express: ::std::option::Option::None,
            time_expire: ::std::option::Option::None,
        }
    }
    /// Sets `scene` (from its default `"bar_code"`).
    pub fn with_scene(mut self, scene: super::types::Scene) -> Self {
        self.scene = scene;
        self
    }
    /// Sets `product_code`.
    pub fn with_product_code(
        mut self,
        product_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(product_code.into());
        self
    }
    /// Sets `seller_id`.
    pub fn with_seller_id(
        mut self,
        seller_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.seller_id = ::std::option::Option::Some(seller_id.into());
        self
    }
    /// Sets `body`.
    pub fn with_body(
        mut self,
        body: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body = ::std::option::Option::Some(body.into());
        self
    }
    /// Sets `operator_id`.
    pub fn with_operator_id(
        mut self,
        operator_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operator_id = ::std::option::Option::Some(operator_id.into());
        self
    }
    /// Sets `store_id`.
    pub fn with_store_id(
        mut self,
        store_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.store_id = ::std::option::Option::Some(store_id.into());
        self
    }
    /// Sets `terminal_id`.
    pub fn with_terminal_id(
        mut self,
        terminal_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.terminal_id = ::std::option::Option::Some(terminal_id.into());
        self
    }
    /// Sets `timeout_express`.
    pub fn with_timeout_express(
        mut self,
        timeout_express: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.timeout_express = ::std::option::Option::Some(timeout_express.into());
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
}
impl ::payspec_core::Validate for TradePayRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "out_trade_no",
            &self.out_trade_no,
        );
        {
            let v = &self.out_trade_no;
            ::payspec_core::validate::max_chars(out, path, "out_trade_no", v, 64);
            static PATTERN: ::payspec_core::validate::Pattern = ::payspec_core::validate::Pattern::new(
                "^[A-Za-z0-9_]{1,64}$",
            );
            ::payspec_core::validate::pattern(out, path, "out_trade_no", v, &PATTERN);
        }
        ::payspec_core::validate::required_text(
            out,
            path,
            "auth_code",
            self.auth_code.expose(),
        );
        {
            let v = &self.auth_code;
            ::payspec_core::validate::max_chars(out, path, "auth_code", v.expose(), 64);
        }
        if let ::std::option::Option::Some(v) = &self.product_code {
            ::payspec_core::validate::max_chars(out, path, "product_code", v, 64);
        }
        ::payspec_core::validate::required_text(out, path, "subject", &self.subject);
        {
            let v = &self.subject;
            ::payspec_core::validate::max_chars(out, path, "subject", v, 256);
        }
        {
            let v = &self.total_amount;
            ::payspec_core::validate::money_currency(
                out,
                path,
                "total_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "total_amount", v);
        }
        if let ::std::option::Option::Some(v) = &self.seller_id {
            ::payspec_core::validate::max_chars(out, path, "seller_id", v, 28);
        }
        if let ::std::option::Option::Some(v) = &self.body {
            ::payspec_core::validate::max_chars(out, path, "body", v, 128);
        }
        if let ::std::option::Option::Some(v) = &self.operator_id {
            ::payspec_core::validate::max_chars(out, path, "operator_id", v, 28);
        }
        if let ::std::option::Option::Some(v) = &self.store_id {
            ::payspec_core::validate::max_chars(out, path, "store_id", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.terminal_id {
            ::payspec_core::validate::max_chars(out, path, "terminal_id", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.timeout_express {
            ::payspec_core::validate::max_chars(out, path, "timeout_express", v, 6);
            static PATTERN: ::payspec_core::validate::Pattern = ::payspec_core::validate::Pattern::new(
                "^([1-9][0-9]{0,3}[mhd]|1c)$",
            );
            ::payspec_core::validate::pattern(out, path, "timeout_express", v, &PATTERN);
        }
    }
}
impl TradePayRequest {
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
pub struct TradePayResponse {
    /// `trade_no`: 支付宝交易号；在未生成真实交易时不返回。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_no: ::std::option::Option<::payspec_core::Text>,
    /// `out_trade_no`: 商户订单号。
    pub out_trade_no: ::payspec_core::Text,
    /// `buyer_logon_id`: 买家支付宝账号（脱敏，如 159****5620）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_logon_id: ::std::option::Option<::payspec_core::Text>,
    /// `total_amount`: 交易金额，元。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub total_amount: ::std::option::Option<::payspec_core::Money>,
    /// `receipt_amount`: 实收金额，元。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub receipt_amount: ::std::option::Option<::payspec_core::Money>,
    /// `buyer_pay_amount`: 买家付款的金额，元。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub buyer_pay_amount: ::std::option::Option<::payspec_core::Money>,
    /// `point_amount`: 使用集分宝付款的金额，元。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub point_amount: ::std::option::Option<::payspec_core::Money>,
    /// `invoice_amount`: 交易中可给用户开具发票的金额，元。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub invoice_amount: ::std::option::Option<::payspec_core::Money>,
    /// `gmt_payment`: 交易支付时间，yyyy-MM-dd HH:mm:ss（10003 时不返回）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::datetime_opt"
    )]
    pub gmt_payment: ::std::option::Option<::payspec_core::LocalTimestamp>,
    /// `fund_bill_list`: 交易支付使用的资金渠道（签约或 query_options 指定时返回）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fund_bill_list: ::std::option::Option<::std::vec::Vec<super::types::FundBill>>,
    /// `store_name`: 发生支付交易的商户门店名称。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_name: ::std::option::Option<::payspec_core::Text>,
    /// `buyer_user_id`: 买家在支付宝的用户id（2088…）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_user_id: ::std::option::Option<::payspec_core::Text>,
    /// `buyer_open_id`: 买家支付宝用户唯一标识。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_open_id: ::std::option::Option<::payspec_core::Text>,
    /// `discount_goods_detail`: 本次交易支付所使用的单品券优惠的商品优惠信息（JSON 文本）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub discount_goods_detail: ::std::option::Option<::payspec_core::Text>,
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
impl TradePayResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(out_trade_no: impl ::std::convert::Into<::payspec_core::Text>) -> Self {
        TradePayResponse {
            trade_no: ::std::option::Option::None,
            out_trade_no: out_trade_no.into(),
            buyer_logon_id: ::std::option::Option::None,
            total_amount: ::std::option::Option::None,
            receipt_amount: ::std::option::Option::None,
            buyer_pay_amount: ::std::option::Option::None,
            point_amount: ::std::option::Option::None,
            invoice_amount: ::std::option::Option::None,
            gmt_payment: ::std::option::Option::None,
            fund_bill_list: ::std::option::Option::None,
            store_name: ::std::option::Option::None,
            buyer_user_id: ::std::option::Option::None,
            buyer_open_id: ::std::option::Option::None,
            discount_goods_detail: ::std::option::Option::None,
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
    /// Sets `receipt_amount`.
    pub fn with_receipt_amount(mut self, receipt_amount: ::payspec_core::Money) -> Self {
        self.receipt_amount = ::std::option::Option::Some(receipt_amount);
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
    /// Sets `gmt_payment`.
    pub fn with_gmt_payment(
        mut self,
        gmt_payment: ::payspec_core::LocalTimestamp,
    ) -> Self {
        self.gmt_payment = ::std::option::Option::Some(gmt_payment);
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
    /// Sets `store_name`.
    pub fn with_store_name(
        mut self,
        store_name: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.store_name = ::std::option::Option::Some(store_name.into());
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
    /// Sets `discount_goods_detail`.
    pub fn with_discount_goods_detail(
        mut self,
        discount_goods_detail: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.discount_goods_detail = ::std::option::Option::Some(
            discount_goods_detail.into(),
        );
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
impl ::payspec_core::Validate for TradePayResponse {
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
        if let ::std::option::Option::Some(v) = &self.fund_bill_list {
            ::payspec_core::validate::each(out, path, "fund_bill_list", v);
        }
        if let ::std::option::Option::Some(v) = &self.store_name {
            ::payspec_core::validate::max_chars(out, path, "store_name", v, 512);
        }
        if let ::std::option::Option::Some(v) = &self.buyer_user_id {
            ::payspec_core::validate::max_chars(out, path, "buyer_user_id", v, 28);
        }
        if let ::std::option::Option::Some(v) = &self.buyer_open_id {
            ::payspec_core::validate::max_chars(out, path, "buyer_open_id", v, 128);
        }
        if let ::std::option::Option::Some(v) = &self.discount_goods_detail {
            ::payspec_core::validate::max_chars(
                out,
                path,
                "discount_goods_detail",
                v,
                5120,
            );
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
impl TradePayResponse {
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
impl ::payspec_core::codec::read::Content for TradePayResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_trade_no = ::std::option::Option::None;
        let mut f_out_trade_no = ::std::option::Option::None;
        let mut f_buyer_logon_id = ::std::option::Option::None;
        let mut f_total_amount = ::std::option::Option::None;
        let mut f_receipt_amount = ::std::option::Option::None;
        let mut f_buyer_pay_amount = ::std::option::Option::None;
        let mut f_point_amount = ::std::option::Option::None;
        let mut f_invoice_amount = ::std::option::Option::None;
        let mut f_gmt_payment = ::std::option::Option::None;
        let mut f_fund_bill_list = ::std::option::Option::None;
        let mut f_store_name = ::std::option::Option::None;
        let mut f_buyer_user_id = ::std::option::Option::None;
        let mut f_buyer_open_id = ::std::option::Option::None;
        let mut f_discount_goods_detail = ::std::option::Option::None;
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
                "total_amount" => {
                    f_total_amount = ::payspec_core::wire::yuan_string_opt::from_raw(raw)
                        .ok()?;
                }
                "receipt_amount" => {
                    f_receipt_amount = ::payspec_core::wire::yuan_string_opt::from_raw(
                            raw,
                        )
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
                "gmt_payment" => {
                    f_gmt_payment = ::payspec_core::wire::datetime_opt::from_raw(raw)
                        .ok()?;
                }
                "fund_bill_list" => {
                    f_fund_bill_list = ::payspec_core::codec::read::other(raw)?;
                }
                "store_name" => f_store_name = content.text_opt(raw)?,
                "buyer_user_id" => f_buyer_user_id = content.text_opt(raw)?,
                "buyer_open_id" => f_buyer_open_id = content.text_opt(raw)?,
                "discount_goods_detail" => {
                    f_discount_goods_detail = content.text_opt(raw)?;
                }
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
        ::std::option::Option::Some(TradePayResponse {
            trade_no: f_trade_no,
            out_trade_no: f_out_trade_no?,
            buyer_logon_id: f_buyer_logon_id,
            total_amount: f_total_amount,
            receipt_amount: f_receipt_amount,
            buyer_pay_amount: f_buyer_pay_amount,
            point_amount: f_point_amount,
            invoice_amount: f_invoice_amount,
            gmt_payment: f_gmt_payment,
            fund_bill_list: f_fund_bill_list,
            store_name: f_store_name,
            buyer_user_id: f_buyer_user_id,
            buyer_open_id: f_buyer_open_id,
            discount_goods_detail: f_discount_goods_detail,
            mdiscount_amount: f_mdiscount_amount,
            discount_amount: f_discount_amount,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "trade_pay",
    role: ::payspec_core::descriptor::OperationRole::Pay,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/gateway.do",
    http_method: "POST",
    method_constant: ::std::option::Option::Some("alipay.trade.pay"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_PAY_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &[
        "auth_code",
        "body",
        "operator_id",
        "out_trade_no",
        "product_code",
        "scene",
        "seller_id",
        "store_id",
        "subject",
        "terminal_id",
        "time_expire",
        "timeout_express",
        "total_amount",
    ],
    response_fields: &[
        "buyer_logon_id",
        "buyer_open_id",
        "buyer_pay_amount",
        "buyer_user_id",
        "discount_amount",
        "discount_goods_detail",
        "fund_bill_list",
        "gmt_payment",
        "invoice_amount",
        "mdiscount_amount",
        "out_trade_no",
        "point_amount",
        "receipt_amount",
        "store_name",
        "total_amount",
        "trade_no",
    ],
    request_required: &["auth_code", "out_trade_no", "scene", "subject", "total_amount"],
    response_required: &["out_trade_no"],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["alipay_trade_pay_response", "code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "sub_code",
                path: &["alipay_trade_pay_response", "sub_code"],
            },
        ],
        rules: &[
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
                        test: ::payspec_core::descriptor::Test::OneOf(&["10003"]),
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
                        test: ::payspec_core::descriptor::Test::OneOf(&["40004"]),
                    },
                    ::payspec_core::descriptor::Condition {
                        signal: "sub_code",
                        test: ::payspec_core::descriptor::Test::OneOf(
                            &[
                                "ACQ.PAYMENT_AUTH_CODE_INVALID",
                                "ACQ.BUYER_BALANCE_NOT_ENOUGH",
                                "ACQ.BUYER_BANKCARD_BALANCE_NOT_ENOUGH",
                                "ACQ.ERROR_BALANCE_PAYMENT_DISABLE",
                                "ACQ.BUYER_SELLER_EQUAL",
                                "ACQ.BUYER_ENABLE_STATUS_FORBID",
                                "ACQ.PULL_MOBILE_CASHIER_FAIL",
                                "ACQ.MOBILE_PAYMENT_SWITCH_OFF",
                                "ACQ.PAYMENT_FAIL",
                                "ACQ.BUYER_PAYMENT_AMOUNT_DAY_LIMIT_ERROR",
                                "ACQ.BUYER_PAYMENT_AMOUNT_MONTH_LIMIT_ERROR",
                                "ACQ.BEYOND_PAY_RESTRICTION",
                                "ACQ.BEYOND_PER_RECEIPT_RESTRICTION",
                                "ACQ.ERROR_BUYER_CERTIFY_LEVEL_LIMIT",
                                "ACQ.PAYMENT_REQUEST_HAS_RISK",
                                "ACQ.NO_PAYMENT_INSTRUMENTS_AVAILABLE",
                                "ACQ.USER_FACE_PAYMENT_SWITCH_OFF",
                            ],
                        ),
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
            role: ::payspec_core::descriptor::UnifiedRole::AuthCode,
            wire: "auth_code",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Subject,
            wire: "subject",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "total_amount",
            format: ::payspec_core::descriptor::ValueFormat::YuanString,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Description,
            wire: "body",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::DeviceId,
            wire: "terminal_id",
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
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "total_amount",
            format: ::payspec_core::descriptor::ValueFormat::YuanString,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::PaidAt,
            wire: "gmt_payment",
            format: ::payspec_core::descriptor::ValueFormat::DateTime,
        },
    ],
    request_defaults: &[
        ::payspec_core::descriptor::FieldDefault {
            wire: "scene",
            json: "\"bar_code\"",
        },
    ],
    response_defaults: &[],
    updates_config: &[],
};
