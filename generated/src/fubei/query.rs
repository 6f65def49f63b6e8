// @generated from specs/fubei.yaml by `codegen generate`; do not edit.

//! Operation `query` (query, outbound).
//!
//! 订单查询 openapi.payment.order.query（assumed）。
//!
//! Assumed (not in the provider's document): Not in the document, which says only that USERPAYING or an undecidable answer must be
//! followed by the query interface. Assumed: method openapi.payment.order.query on the same
//! envelope and signing, biz_content `{merchant_order_sn | order_sn}` (at least one), and a
//! `data` with the pay answer's fields, trade_state including the assumed states.
/// 订单查询 openapi.payment.order.query（assumed）。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryRequest {
    /// `merchant_order_sn`: 第三方商户订单号（与 order_sn 至少一个）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_order_sn: ::std::option::Option<::std::string::String>,
    /// `order_sn`: 付呗订单号（与 merchant_order_sn 至少一个）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_sn: ::std::option::Option<::std::string::String>,
}
impl QueryRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        QueryRequest {
            merchant_order_sn: ::std::option::Option::None,
            order_sn: ::std::option::Option::None,
        }
    }
    /// Sets `merchant_order_sn`.
    pub fn with_merchant_order_sn(
        mut self,
        merchant_order_sn: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_order_sn = ::std::option::Option::Some(merchant_order_sn.into());
        self
    }
    /// Sets `order_sn`.
    pub fn with_order_sn(
        mut self,
        order_sn: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_sn = ::std::option::Option::Some(order_sn.into());
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
        if let ::std::option::Option::Some(v) = &self.merchant_order_sn {
            ::payspec_core::validate::max_chars(out, path, "merchant_order_sn", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.order_sn {
            ::payspec_core::validate::max_chars(out, path, "order_sn", v, 20);
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
        let f_merchant_order_sn = self.merchant_order_sn.as_deref();
        let f_order_sn = self.order_sn.as_deref();
        let c_app_id: &str = ::payspec_core::write::config(config, "app_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 16, "request")?;
        let c_app_secret: &str = ::payspec_core::write::config(config, "app_secret")?;
        let len: usize = f_merchant_order_sn.map_or(0, str::len)
            + f_order_sn.map_or(0, str::len) + c_app_id.len() + nonce.len();
        let mut inner_1: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            39usize + len,
        );
        inner_1.extend_from_slice(b"{");
        if let ::std::option::Option::Some(v) = f_merchant_order_sn {
            inner_1.extend_from_slice(b"\"merchant_order_sn\":");
            ::payspec_core::write::str(&mut inner_1, v);
        }
        if let ::std::option::Option::Some(v) = f_order_sn {
            ::payspec_core::write::comma(&mut inner_1);
            inner_1.extend_from_slice(b"\"order_sn\":");
            ::payspec_core::write::str(&mut inner_1, v);
        }
        inner_1.extend_from_slice(b"}");
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            209usize + len + ::payspec_core::write::escaped_len(&inner_1),
        );
        out.extend_from_slice(b"{\"app_id\":");
        ::payspec_core::write::str(&mut out, c_app_id);
        out.extend_from_slice(
            b",\"method\":\"openapi.payment.order.query\",\"format\":\"json\",\"sign_method\":\"md5\",\"nonce\":",
        );
        ::payspec_core::write::str(&mut out, nonce);
        out.extend_from_slice(b",\"version\":\"1.0\",\"biz_content\":");
        ::payspec_core::write::str_bytes(&mut out, &inner_1);
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_app_secret)?;
        signer.pair(b"&app_id=", c_app_id);
        signer.pair_bytes(b"&biz_content=", &inner_1);
        signer.pair_fixed(b"&format=json");
        signer.pair_fixed(b"&method=openapi.payment.order.query");
        signer.pair(b"&nonce=", nonce);
        signer.pair_fixed(b"&sign_method=md5");
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
    /// `merchant_order_sn`: 第三方商户的订单号。
    pub merchant_order_sn: ::payspec_core::Text,
    /// `order_sn`: 付呗订单号。
    pub order_sn: ::payspec_core::Text,
    /// `trade_no`: 商户单号。The default is only the simulator's placeholder (not a document value), so
    /// that its replies decode.
    pub trade_no: ::payspec_core::Text,
    /// `trade_state`: 交易状态：USERPAYING 用户支付中，SUCCESS 交易成功。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_state: ::std::option::Option<super::types::TradeState>,
    /// `total_fee`: 实收金额（元）。
    #[serde(with = "::payspec_core::wire::yuan_number")]
    pub total_fee: ::payspec_core::Money,
    /// `net_money`: 净收金额（元）= 实收金额 - 手续费，交易成功状态下返回。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_number_opt"
    )]
    pub net_money: ::std::option::Option<::payspec_core::Money>,
    /// `order_price`: 订单金额（元）（表中必填，示例未返回）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_number_opt"
    )]
    pub order_price: ::std::option::Option<::payspec_core::Money>,
    /// `pay_time`: 支付时间（秒级时间戳）。表中必填，但支付完成前不可能有，按可选解码。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::unix_seconds_opt"
    )]
    pub pay_time: ::std::option::Option<::payspec_core::Timestamp>,
    /// `type`: 1 微信付款码，2 支付宝付款码，5 银联。
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_: ::std::option::Option<super::types::PayType>,
    /// `discount_money`: 折扣减掉的金额（元），trade_state 为 SUCCESS 才返回；0 without a discount.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_number_opt"
    )]
    pub discount_money: ::std::option::Option<::payspec_core::Money>,
    /// `buyer_pay_amount`: 买家实际支付的金额（元），trade_state 为 SUCCESS 才返回。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_number_opt"
    )]
    pub buyer_pay_amount: ::std::option::Option<::payspec_core::Money>,
    /// `attach`: 附加数据。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attach: ::std::option::Option<::payspec_core::Text>,
    /// `store_id`: 付呗系统的门店 id（Fubei assigns it to the merchant）。The simulator echoes the request's
    /// `store_id`; the default 0 is only its placeholder when the request names none (a
    /// merchant with one store).
    #[serde(with = "::payspec_core::wire::int")]
    pub store_id: i64,
    /// `cashier_id`: 付呗系统的收银员 id（最长 16 位）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::int_opt"
    )]
    pub cashier_id: ::std::option::Option<i64>,
    /// `device_no`: 设备终端号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub device_no: ::std::option::Option<::payspec_core::Text>,
    /// `body`: 对交易或商品的描述。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub body: ::std::option::Option<::payspec_core::Text>,
    /// `user_id`: 微信顾客 open_id 或支付宝顾客 buyer_user_id。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_id: ::std::option::Option<::payspec_core::Text>,
    /// `user_logon_id`: 支付宝顾客的账号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_logon_id: ::std::option::Option<::payspec_core::Text>,
    /// `cash_coupon_fee`: 预充值代金券金额（元）（示例 0.1）；0 without a coupon.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_number_opt"
    )]
    pub cash_coupon_fee: ::std::option::Option<::payspec_core::Money>,
    /// `no_cash_coupon_fee`: 免充值代金券金额（元）；0 without a coupon.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_number_opt"
    )]
    pub no_cash_coupon_fee: ::std::option::Option<::payspec_core::Money>,
    /// `fee`: 交易手续费（元），精确到小数点后 2 位；0 for a fee-free merchant.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_number_opt"
    )]
    pub fee: ::std::option::Option<::payspec_core::Money>,
    /// `platform_order_no`: 平台方订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_order_no: ::std::option::Option<::payspec_core::Text>,
}
impl QueryResponse {
    /// With the required fields, in the spec's order; the others start absent, except those
    /// with a spec default, which start at it:
    /// - `trade_no`: `"0"`
    /// - `store_id`: `0`
    pub fn new(
        merchant_order_sn: impl ::std::convert::Into<::payspec_core::Text>,
        order_sn: impl ::std::convert::Into<::payspec_core::Text>,
        total_fee: ::payspec_core::Money,
    ) -> Self {
        QueryResponse {
            merchant_order_sn: merchant_order_sn.into(),
            order_sn: order_sn.into(),
            trade_no: ::payspec_core::Text::from("0"),
            trade_state: ::std::option::Option::None,
            total_fee,
            net_money: ::std::option::Option::None,
            order_price: ::std::option::Option::None,
            pay_time: ::std::option::Option::None,
            type_: ::std::option::Option::None,
            discount_money: ::std::option::Option::None,
            buyer_pay_amount: ::std::option::Option::None,
            attach: ::std::option::Option::None,
            store_id: 0,
            cashier_id: ::std::option::Option::None,
            device_no: ::std::option::Option::None,
            body: ::std::option::Option::None,
            user_id: ::std::option::Option::None,
            user_logon_id: ::std::option::Option::None,
            cash_coupon_fee: ::std::option::Option::None,
            no_cash_coupon_fee: ::std::option::Option::None,
            fee: ::std::option::Option::None,
            platform_order_no: ::std::option::Option::None,
        }
    }
    /// Sets `trade_no` (from its default `"0"`).
    pub fn with_trade_no(
        mut self,
        trade_no: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.trade_no = trade_no.into();
        self
    }
    /// Sets `trade_state`.
    pub fn with_trade_state(mut self, trade_state: super::types::TradeState) -> Self {
        self.trade_state = ::std::option::Option::Some(trade_state);
        self
    }
    /// Sets `net_money`.
    pub fn with_net_money(mut self, net_money: ::payspec_core::Money) -> Self {
        self.net_money = ::std::option::Option::Some(net_money);
        self
    }
    /// Sets `order_price`.
    pub fn with_order_price(mut self, order_price: ::payspec_core::Money) -> Self {
        self.order_price = ::std::option::Option::Some(order_price);
        self
    }
    /// Sets `pay_time`.
    pub fn with_pay_time(mut self, pay_time: ::payspec_core::Timestamp) -> Self {
        self.pay_time = ::std::option::Option::Some(pay_time);
        self
    }
    /// Sets `type`.
    pub fn with_type(mut self, type_: super::types::PayType) -> Self {
        self.type_ = ::std::option::Option::Some(type_);
        self
    }
    /// Sets `discount_money`.
    pub fn with_discount_money(mut self, discount_money: ::payspec_core::Money) -> Self {
        self.discount_money = ::std::option::Option::Some(discount_money);
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
    /// Sets `attach`.
    pub fn with_attach(
        mut self,
        attach: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.attach = ::std::option::Option::Some(attach.into());
        self
    }
    /// Sets `store_id` (from its default `0`).
    pub fn with_store_id(mut self, store_id: i64) -> Self {
        self.store_id = store_id;
        self
    }
    /// Sets `cashier_id`.
    pub fn with_cashier_id(mut self, cashier_id: i64) -> Self {
        self.cashier_id = ::std::option::Option::Some(cashier_id);
        self
    }
    /// Sets `device_no`.
    pub fn with_device_no(
        mut self,
        device_no: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.device_no = ::std::option::Option::Some(device_no.into());
        self
    }
    /// Sets `body`.
    pub fn with_body(
        mut self,
        body: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.body = ::std::option::Option::Some(body.into());
        self
    }
    /// Sets `user_id`.
    pub fn with_user_id(
        mut self,
        user_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.user_id = ::std::option::Option::Some(user_id.into());
        self
    }
    /// Sets `user_logon_id`.
    pub fn with_user_logon_id(
        mut self,
        user_logon_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.user_logon_id = ::std::option::Option::Some(user_logon_id.into());
        self
    }
    /// Sets `cash_coupon_fee`.
    pub fn with_cash_coupon_fee(
        mut self,
        cash_coupon_fee: ::payspec_core::Money,
    ) -> Self {
        self.cash_coupon_fee = ::std::option::Option::Some(cash_coupon_fee);
        self
    }
    /// Sets `no_cash_coupon_fee`.
    pub fn with_no_cash_coupon_fee(
        mut self,
        no_cash_coupon_fee: ::payspec_core::Money,
    ) -> Self {
        self.no_cash_coupon_fee = ::std::option::Option::Some(no_cash_coupon_fee);
        self
    }
    /// Sets `fee`.
    pub fn with_fee(mut self, fee: ::payspec_core::Money) -> Self {
        self.fee = ::std::option::Option::Some(fee);
        self
    }
    /// Sets `platform_order_no`.
    pub fn with_platform_order_no(
        mut self,
        platform_order_no: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.platform_order_no = ::std::option::Option::Some(platform_order_no.into());
        self
    }
}
impl ::payspec_core::Validate for QueryResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "merchant_order_sn",
            &self.merchant_order_sn,
        );
        {
            let v = &self.merchant_order_sn;
            ::payspec_core::validate::max_chars(out, path, "merchant_order_sn", v, 32);
        }
        ::payspec_core::validate::required_text(out, path, "order_sn", &self.order_sn);
        {
            let v = &self.order_sn;
            ::payspec_core::validate::max_chars(out, path, "order_sn", v, 20);
        }
        ::payspec_core::validate::required_text(out, path, "trade_no", &self.trade_no);
        {
            let v = &self.trade_no;
            ::payspec_core::validate::max_chars(out, path, "trade_no", v, 32);
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
        if let ::std::option::Option::Some(v) = &self.net_money {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "net_money",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "net_money", v);
        }
        if let ::std::option::Option::Some(v) = &self.order_price {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "order_price",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "order_price", v);
        }
        if let ::std::option::Option::Some(v) = &self.discount_money {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "discount_money",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(
                out,
                path,
                "discount_money",
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
            ::payspec_core::validate::amount_positive(out, path, "buyer_pay_amount", v);
        }
        if let ::std::option::Option::Some(v) = &self.attach {
            ::payspec_core::validate::max_chars(out, path, "attach", v, 127);
        }
        {
            let v = &self.store_id;
            ::payspec_core::validate::int_range(
                out,
                path,
                "store_id",
                *v,
                ::std::option::Option::Some(0),
                ::std::option::Option::Some(9999999999),
            );
        }
        if let ::std::option::Option::Some(v) = &self.cashier_id {
            ::payspec_core::validate::int_range(
                out,
                path,
                "cashier_id",
                *v,
                ::std::option::Option::Some(0),
                ::std::option::Option::Some(9999999999999999),
            );
        }
        if let ::std::option::Option::Some(v) = &self.device_no {
            ::payspec_core::validate::max_chars(out, path, "device_no", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.body {
            ::payspec_core::validate::max_chars(out, path, "body", v, 128);
        }
        if let ::std::option::Option::Some(v) = &self.user_id {
            ::payspec_core::validate::max_chars(out, path, "user_id", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.user_logon_id {
            ::payspec_core::validate::max_chars(out, path, "user_logon_id", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.cash_coupon_fee {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "cash_coupon_fee",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(
                out,
                path,
                "cash_coupon_fee",
                v,
            );
        }
        if let ::std::option::Option::Some(v) = &self.no_cash_coupon_fee {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "no_cash_coupon_fee",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(
                out,
                path,
                "no_cash_coupon_fee",
                v,
            );
        }
        if let ::std::option::Option::Some(v) = &self.fee {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "fee",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(out, path, "fee", v);
        }
        if let ::std::option::Option::Some(v) = &self.platform_order_no {
            ::payspec_core::validate::max_chars(out, path, "platform_order_no", v, 32);
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
            let s_result_code: ::std::option::Option<&str> = signals[0usize].as_deref();
            #[allow(unused_variables)]
            let s_trade_state: ::std::option::Option<&str> = signals[1usize].as_deref();
            if ::std::matches!(s_result_code, ::std::option::Option::Some("200"))
                && s_trade_state.is_some()
            {
                match s_trade_state {
                    ::std::option::Option::Some("USERPAYING") => {
                        ::payspec_core::TradeStatus::Paying.classification()
                    }
                    ::std::option::Option::Some("SUCCESS") => {
                        ::payspec_core::TradeStatus::Success.classification()
                    }
                    ::std::option::Option::Some("NOTPAY") => {
                        ::payspec_core::TradeStatus::NotPaid.classification()
                    }
                    ::std::option::Option::Some("CLOSED") => {
                        ::payspec_core::TradeStatus::Closed.classification()
                    }
                    ::std::option::Option::Some("REVOKED") => {
                        ::payspec_core::TradeStatus::Reversed.classification()
                    }
                    ::std::option::Option::Some("PAYERROR") => {
                        ::payspec_core::TradeStatus::Failed.classification()
                    }
                    ::std::option::Option::Some("REFUND") => {
                        ::payspec_core::TradeStatus::Refunded.classification()
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
        let _ = config;
        let f_merchant_order_sn = body.merchant_order_sn.as_str();
        let f_order_sn = body.order_sn.as_str();
        let f_trade_no = body.trade_no.as_str();
        let f_trade_state = body
            .trade_state
            .as_ref()
            .map(|x| ::payspec_core::write::enum_text(x, "query"))
            .transpose()?;
        let h_total_fee = {
            let x = &body.total_fee;
            ::payspec_core::write::cny(x, "query")
                .map(|m| ::payspec_core::write::major(&m))
        }?;
        let f_total_fee = h_total_fee.as_str();
        let h_net_money = body
            .net_money
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "query")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_net_money = h_net_money.as_ref().map(|h| h.as_str());
        let h_order_price = body
            .order_price
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "query")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_order_price = h_order_price.as_ref().map(|h| h.as_str());
        let h_pay_time = body
            .pay_time
            .as_ref()
            .map(|x| ::payspec_core::write::int(x.unix()));
        let f_pay_time = h_pay_time.as_ref().map(|h| h.as_str());
        let f_type_ = body
            .type_
            .as_ref()
            .map(|x| ::payspec_core::write::enum_text(x, "query"))
            .transpose()?;
        let h_discount_money = body
            .discount_money
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "query")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_discount_money = h_discount_money.as_ref().map(|h| h.as_str());
        let h_buyer_pay_amount = body
            .buyer_pay_amount
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "query")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_buyer_pay_amount = h_buyer_pay_amount.as_ref().map(|h| h.as_str());
        let f_attach = body.attach.as_deref();
        let h_store_id = {
            let x = &body.store_id;
            ::payspec_core::write::int(*x)
        };
        let f_store_id = h_store_id.as_str();
        let h_cashier_id = body
            .cashier_id
            .as_ref()
            .map(|x| ::payspec_core::write::int(*x));
        let f_cashier_id = h_cashier_id.as_ref().map(|h| h.as_str());
        let f_device_no = body.device_no.as_deref();
        let f_body = body.body.as_deref();
        let f_user_id = body.user_id.as_deref();
        let f_user_logon_id = body.user_logon_id.as_deref();
        let h_cash_coupon_fee = body
            .cash_coupon_fee
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "query")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_cash_coupon_fee = h_cash_coupon_fee.as_ref().map(|h| h.as_str());
        let h_no_cash_coupon_fee = body
            .no_cash_coupon_fee
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "query")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_no_cash_coupon_fee = h_no_cash_coupon_fee.as_ref().map(|h| h.as_str());
        let h_fee = body
            .fee
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "query")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_fee = h_fee.as_ref().map(|h| h.as_str());
        let f_platform_order_no = body.platform_order_no.as_deref();
        let status_result_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "result_code"))
            .transpose()?;
        let status_result_message = status.message.as_deref();
        let status_sub_code = status.sub_code.as_deref();
        let len: usize = f_merchant_order_sn.len() + f_order_sn.len() + f_trade_no.len()
            + f_trade_state.map_or(0, str::len) + f_total_fee.len()
            + f_net_money.map_or(0, str::len) + f_order_price.map_or(0, str::len)
            + f_pay_time.map_or(0, str::len) + f_type_.map_or(0, str::len)
            + f_discount_money.map_or(0, str::len)
            + f_buyer_pay_amount.map_or(0, str::len) + f_attach.map_or(0, str::len)
            + f_store_id.len() + f_cashier_id.map_or(0, str::len)
            + f_device_no.map_or(0, str::len) + f_body.map_or(0, str::len)
            + f_user_id.map_or(0, str::len) + f_user_logon_id.map_or(0, str::len)
            + f_cash_coupon_fee.map_or(0, str::len)
            + f_no_cash_coupon_fee.map_or(0, str::len) + f_fee.map_or(0, str::len)
            + f_platform_order_no.map_or(0, str::len)
            + status_result_code.map_or(0, str::len)
            + status_result_message.map_or(0, str::len)
            + status_sub_code.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            428usize + len,
        );
        out.extend_from_slice(b"{");
        if let ::std::option::Option::Some(v) = status_result_code {
            out.extend_from_slice(b"\"result_code\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = status_result_message {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"result_message\":");
            ::payspec_core::write::str(&mut out, v);
        }
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"data\":{");
        if let ::std::option::Option::Some(v) = f_attach {
            out.extend_from_slice(b"\"attach\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_body {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"body\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_buyer_pay_amount {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"buyer_pay_amount\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_cash_coupon_fee {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"cash_coupon_fee\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_cashier_id {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"cashier_id\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_device_no {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"device_no\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_discount_money {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"discount_money\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_fee {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"fee\":");
            out.extend_from_slice(v.as_bytes());
        }
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"merchant_order_sn\":");
        ::payspec_core::write::str(&mut out, f_merchant_order_sn);
        if let ::std::option::Option::Some(v) = f_net_money {
            out.extend_from_slice(b",\"net_money\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_no_cash_coupon_fee {
            out.extend_from_slice(b",\"no_cash_coupon_fee\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_order_price {
            out.extend_from_slice(b",\"order_price\":");
            out.extend_from_slice(v.as_bytes());
        }
        out.extend_from_slice(b",\"order_sn\":");
        ::payspec_core::write::str(&mut out, f_order_sn);
        if let ::std::option::Option::Some(v) = f_pay_time {
            out.extend_from_slice(b",\"pay_time\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_platform_order_no {
            out.extend_from_slice(b",\"platform_order_no\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"store_id\":");
        out.extend_from_slice(f_store_id.as_bytes());
        out.extend_from_slice(b",\"total_fee\":");
        out.extend_from_slice(f_total_fee.as_bytes());
        out.extend_from_slice(b",\"trade_no\":");
        ::payspec_core::write::str(&mut out, f_trade_no);
        if let ::std::option::Option::Some(v) = f_trade_state {
            out.extend_from_slice(b",\"trade_state\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_type_ {
            out.extend_from_slice(b",\"type\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_user_id {
            out.extend_from_slice(b",\"user_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_user_logon_id {
            out.extend_from_slice(b",\"user_logon_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b"}");
        if let ::std::option::Option::Some(v) = status_sub_code {
            out.extend_from_slice(b",\"sub_code\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.push(b'}');
        ::std::result::Result::Ok(::payspec_core::Message {
            body: out,
            headers: ::std::vec::Vec::new(),
        })
    }
    /// The provider's trade state, if the reply carries one.
    pub fn trade_state(&self) -> ::std::option::Option<&super::types::TradeState> {
        self.trade_state.as_ref()
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
        let mut f_merchant_order_sn = ::std::option::Option::None;
        let mut f_order_sn = ::std::option::Option::None;
        let mut f_trade_no = ::std::option::Option::None;
        let mut f_trade_state = ::std::option::Option::None;
        let mut f_total_fee = ::std::option::Option::None;
        let mut f_net_money = ::std::option::Option::None;
        let mut f_order_price = ::std::option::Option::None;
        let mut f_pay_time = ::std::option::Option::None;
        let mut f_type_ = ::std::option::Option::None;
        let mut f_discount_money = ::std::option::Option::None;
        let mut f_buyer_pay_amount = ::std::option::Option::None;
        let mut f_attach = ::std::option::Option::None;
        let mut f_store_id = ::std::option::Option::None;
        let mut f_cashier_id = ::std::option::Option::None;
        let mut f_device_no = ::std::option::Option::None;
        let mut f_body = ::std::option::Option::None;
        let mut f_user_id = ::std::option::Option::None;
        let mut f_user_logon_id = ::std::option::Option::None;
        let mut f_cash_coupon_fee = ::std::option::Option::None;
        let mut f_no_cash_coupon_fee = ::std::option::Option::None;
        let mut f_fee = ::std::option::Option::None;
        let mut f_platform_order_no = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "merchant_order_sn" => {
                    f_merchant_order_sn = ::std::option::Option::Some(content.text(raw)?);
                }
                "order_sn" => {
                    f_order_sn = ::std::option::Option::Some(content.text(raw)?);
                }
                "trade_no" => {
                    f_trade_no = ::std::option::Option::Some(content.text(raw)?);
                }
                "trade_state" => {
                    f_trade_state = ::payspec_core::codec::read::open_enum_opt(raw)?;
                }
                "total_fee" => {
                    f_total_fee = ::std::option::Option::Some(
                        ::payspec_core::wire::yuan_number::from_raw(raw).ok()?,
                    );
                }
                "net_money" => {
                    f_net_money = ::payspec_core::wire::yuan_number_opt::from_raw(raw)
                        .ok()?;
                }
                "order_price" => {
                    f_order_price = ::payspec_core::wire::yuan_number_opt::from_raw(raw)
                        .ok()?;
                }
                "pay_time" => {
                    f_pay_time = ::payspec_core::wire::unix_seconds_opt::from_raw(raw)
                        .ok()?;
                }
                "type" => f_type_ = ::payspec_core::codec::read::open_enum_opt(raw)?,
                "discount_money" => {
                    f_discount_money = ::payspec_core::wire::yuan_number_opt::from_raw(
                            raw,
                        )
                        .ok()?;
                }
                "buyer_pay_amount" => {
                    f_buyer_pay_amount = ::payspec_core::wire::yuan_number_opt::from_raw(
                            raw,
                        )
                        .ok()?;
                }
                "attach" => f_attach = content.text_opt(raw)?,
                "store_id" => {
                    f_store_id = ::std::option::Option::Some(
                        ::payspec_core::wire::int::from_raw(raw).ok()?,
                    );
                }
                "cashier_id" => {
                    f_cashier_id = ::payspec_core::wire::int_opt::from_raw(raw).ok()?;
                }
                "device_no" => f_device_no = content.text_opt(raw)?,
                "body" => f_body = content.text_opt(raw)?,
                "user_id" => f_user_id = content.text_opt(raw)?,
                "user_logon_id" => f_user_logon_id = content.text_opt(raw)?,
                "cash_coupon_fee" => {
                    f_cash_coupon_fee = ::payspec_core::wire::yuan_number_opt::from_raw(
                            raw,
                        )
                        .ok()?;
                }
                "no_cash_coupon_fee" => {
                    f_no_cash_coupon_fee = ::payspec_core::wire::yuan_number_opt::from_raw(
                            raw,
                        )
                        .ok()?;
                }
                "fee" => {
                    f_fee = ::payspec_core::wire::yuan_number_opt::from_raw(raw).ok()?;
                }
                "platform_order_no" => f_platform_order_no = content.text_opt(raw)?,
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(QueryResponse {
            merchant_order_sn: f_merchant_order_sn?,
            order_sn: f_order_sn?,
            trade_no: f_trade_no?,
            trade_state: f_trade_state,
            total_fee: f_total_fee?,
            net_money: f_net_money,
            order_price: f_order_price,
            pay_time: f_pay_time,
            type_: f_type_,
            discount_money: f_discount_money,
            buyer_pay_amount: f_buyer_pay_amount,
            attach: f_attach,
            store_id: f_store_id?,
            cashier_id: f_cashier_id,
            device_no: f_device_no,
            body: f_body,
            user_id: f_user_id,
            user_logon_id: f_user_logon_id,
            cash_coupon_fee: f_cash_coupon_fee,
            no_cash_coupon_fee: f_no_cash_coupon_fee,
            fee: f_fee,
            platform_order_no: f_platform_order_no,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "query",
    role: ::payspec_core::descriptor::OperationRole::Query,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/gateway",
    http_method: "POST",
    method_constant: ::std::option::Option::Some("openapi.payment.order.query"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["merchant_order_sn", "order_sn"],
    response_fields: &[
        "attach",
        "body",
        "buyer_pay_amount",
        "cash_coupon_fee",
        "cashier_id",
        "device_no",
        "discount_money",
        "fee",
        "merchant_order_sn",
        "net_money",
        "no_cash_coupon_fee",
        "order_price",
        "order_sn",
        "pay_time",
        "platform_order_no",
        "store_id",
        "total_fee",
        "trade_no",
        "trade_state",
        "type",
        "user_id",
        "user_logon_id",
    ],
    request_required: &[],
    response_required: &[
        "merchant_order_sn",
        "order_sn",
        "store_id",
        "total_fee",
        "trade_no",
    ],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "result_code",
                path: &["result_code"],
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
                        signal: "result_code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["200"]),
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
            wire: "merchant_order_sn",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "order_sn",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "merchant_order_sn",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "order_sn",
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
            format: ::payspec_core::descriptor::ValueFormat::YuanNumber,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::PaidAt,
            wire: "pay_time",
            format: ::payspec_core::descriptor::ValueFormat::UnixSeconds,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::DeviceId,
            wire: "device_no",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Subject,
            wire: "body",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    request_defaults: &[],
    response_defaults: &[
        ::payspec_core::descriptor::FieldDefault {
            wire: "trade_no",
            json: "\"0\"",
        },
        ::payspec_core::descriptor::FieldDefault {
            wire: "store_id",
            json: "0",
        },
    ],
    updates_config: &[],
};
