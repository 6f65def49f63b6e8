// @generated from specs/scanforpay.yaml by `codegen generate`; do not edit.

//! Operation `pay` (pay, outbound).
//!
//! 商家收款接口：商户扫描用户付款码后发起交易。
/// 商家收款接口：商户扫描用户付款码后发起交易。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayRequest {
    /// `partnerOrderNo`: 商户订单号，由商户生成（如 20180802100000001）。
    #[serde(rename = "partnerOrderNo")]
    pub partner_order_no: ::std::string::String,
    /// `barcode`: 付款码，由扫码工具扫描用户钱包付款码获得（文档未给格式规则，故无 pattern）。
    pub barcode: ::payspec_core::Redacted<::std::string::String>,
    /// `orderAmount`: 交易金额，交易币种的最小单位（人民币 100 = 100 分 = 1 元；日元 100 = 100 日元）。No currency
    /// field travels with it: the amount is in the merchant's currency, config `currency`.
    #[serde(rename = "orderAmount", with = "::payspec_core::wire::minor")]
    pub order_amount: ::payspec_core::MinorAmount,
    /// `orderTitle`: 交易说明。
    #[serde(
        rename = "orderTitle",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_title: ::std::option::Option<::std::string::String>,
    /// `operatorId`: 操作员，由商户填写。
    #[serde(
        rename = "operatorId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// `terminalNo`: 终端编号，由商户填写。
    #[serde(
        rename = "terminalNo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terminal_no: ::std::option::Option<::std::string::String>,
    /// `notifyUrl`: 支付成功通知地址；不填则不通知。商户需处理重复通知。
    #[serde(
        rename = "notifyUrl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notify_url: ::std::option::Option<::std::string::String>,
}
impl PayRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        partner_order_no: impl ::std::convert::Into<::std::string::String>,
        barcode: impl ::std::convert::Into<::std::string::String>,
        order_amount: ::payspec_core::MinorAmount,
    ) -> Self {
        PayRequest {
            partner_order_no: partner_order_no.into(),
            barcode: ::payspec_core::Redacted::new(barcode.into()),
            order_amount,
            order_title: ::std::option::Option::None,
            operator_id: ::std::option::Option::None,
            terminal_no: ::std::option::Option::None,
            notify_url: ::std::option::Option::None,
        }
    }
    /// Sets `orderTitle`.
    pub fn with_order_title(
        mut self,
        order_title: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_title = ::std::option::Option::Some(order_title.into());
        self
    }
    /// Sets `operatorId`.
    pub fn with_operator_id(
        mut self,
        operator_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operator_id = ::std::option::Option::Some(operator_id.into());
        self
    }
    /// Sets `terminalNo`.
    pub fn with_terminal_no(
        mut self,
        terminal_no: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.terminal_no = ::std::option::Option::Some(terminal_no.into());
        self
    }
    /// Sets `notifyUrl`.
    pub fn with_notify_url(
        mut self,
        notify_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.notify_url = ::std::option::Option::Some(notify_url.into());
        self
    }
}
impl ::payspec_core::Validate for PayRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "partnerOrderNo",
            &self.partner_order_no,
        );
        {
            let v = &self.partner_order_no;
            ::payspec_core::validate::max_chars(out, path, "partnerOrderNo", v, 32);
        }
        ::payspec_core::validate::required_text(
            out,
            path,
            "barcode",
            self.barcode.expose(),
        );
        {
            let v = &self.barcode;
            ::payspec_core::validate::max_chars(out, path, "barcode", v.expose(), 20);
        }
        {
            let v = &self.order_amount;
            ::payspec_core::validate::amount_positive(out, path, "orderAmount", v);
        }
        if let ::std::option::Option::Some(v) = &self.order_title {
            ::payspec_core::validate::max_chars(out, path, "orderTitle", v, 100);
        }
        if let ::std::option::Option::Some(v) = &self.operator_id {
            ::payspec_core::validate::max_chars(out, path, "operatorId", v, 20);
        }
        if let ::std::option::Option::Some(v) = &self.terminal_no {
            ::payspec_core::validate::max_chars(out, path, "terminalNo", v, 20);
        }
        if let ::std::option::Option::Some(v) = &self.notify_url {
            ::payspec_core::validate::max_chars(out, path, "notifyUrl", v, 200);
        }
    }
}
impl PayRequest {
    /// Validates, then encodes the signed request (client side). Nothing is encoded when
    /// validation fails: every violation is returned.
    pub fn encode(
        &self,
        config: &dyn ::payspec_core::Credentials,
        ctx: &::payspec_core::EncodeContext,
    ) -> ::std::result::Result<::payspec_core::Message, ::payspec_core::Error> {
        ::payspec_core::Validate::validate(self)
            .map_err(::payspec_core::Error::Invalid)?;
        let f_partner_order_no = self.partner_order_no.as_str();
        let f_barcode = self.barcode.expose().as_str();
        let h_order_amount = {
            let x = &self.order_amount;
            ::payspec_core::write::int(x.0)
        };
        let f_order_amount = h_order_amount.as_str();
        let f_order_title = self.order_title.as_deref();
        let f_operator_id = self.operator_id.as_deref();
        let f_terminal_no = self.terminal_no.as_deref();
        let f_notify_url = self.notify_url.as_deref();
        let now = ::payspec_core::write::request_time(ctx.unix_time, 480)?;
        let h_now = now.rfc3339()?;
        let time = h_now.as_str();
        let c_partner_no: &str = ::payspec_core::write::config(config, "partner_no")?;
        let message_id = ctx.message_id.as_str();
        let c_store_no: &str = ::payspec_core::write::config(config, "store_no")?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_partner_order_no.len() + f_barcode.len()
            + f_order_amount.len() + f_order_title.map_or(0, str::len)
            + f_operator_id.map_or(0, str::len) + f_terminal_no.map_or(0, str::len)
            + f_notify_url.map_or(0, str::len) + time.len() + c_partner_no.len()
            + message_id.len() + c_store_no.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            327usize + len,
        );
        out.extend_from_slice(b"{\"request\":");
        let start_1 = out.len();
        out.extend_from_slice(b"{\"body\":{\"barcode\":");
        ::payspec_core::write::str(&mut out, f_barcode);
        if let ::std::option::Option::Some(v) = f_notify_url {
            out.extend_from_slice(b",\"notifyUrl\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_operator_id {
            out.extend_from_slice(b",\"operatorId\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"orderAmount\":");
        out.extend_from_slice(f_order_amount.as_bytes());
        if let ::std::option::Option::Some(v) = f_order_title {
            out.extend_from_slice(b",\"orderTitle\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"partnerOrderNo\":");
        ::payspec_core::write::str(&mut out, f_partner_order_no);
        out.extend_from_slice(b",\"storeNo\":");
        ::payspec_core::write::str(&mut out, c_store_no);
        if let ::std::option::Option::Some(v) = f_terminal_no {
            out.extend_from_slice(b",\"terminalNo\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b"},\"header\":{\"partnerNo\":");
        ::payspec_core::write::str(&mut out, c_partner_no);
        out.extend_from_slice(b",\"reqMsgId\":");
        ::payspec_core::write::str(&mut out, message_id);
        out.extend_from_slice(b",\"requestTime\":");
        ::payspec_core::write::str(&mut out, time);
        out.extend_from_slice(b",\"signType\":\"SHA256\",\"version\":\"1.0\"}}");
        let end_1 = out.len();
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Sha256,
        >::new(&super::PROVIDER.signing, c_key)?;
        signer.update(&out[start_1..end_1]);
        let signature = signer.finish();
        out.extend_from_slice(b",\"signature\":\"");
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
pub struct PayResponse {
    /// `orderNo`: 支付订单号，由 ScanForPay 生成。
    #[serde(rename = "orderNo")]
    pub order_no: ::payspec_core::Text,
    /// `partnerOrderNo`: 商户订单号。
    #[serde(rename = "partnerOrderNo")]
    pub partner_order_no: ::payspec_core::Text,
    /// `orderAmount`: 交易金额，交易币种的最小单位（表中必填，成功示例未返回）。
    #[serde(
        rename = "orderAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::minor_opt"
    )]
    pub order_amount: ::std::option::Option<::payspec_core::MinorAmount>,
    /// `wallet`: 支付钱包：Wechat 微信支付，Alipay 支付宝。The default is only what the simulator sends.
    pub wallet: super::types::Wallet,
    /// `status`: 订单状态：0 待支付，1 支付成功，2 支付失败，3 已退款。
    pub status: super::types::TradeState,
    /// `payTime`: 支付时间，RFC 3339 带时区（如 2018-07-25T17:54:00+08:00），String(25)。
    #[serde(
        rename = "payTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::rfc3339_opt"
    )]
    pub pay_time: ::std::option::Option<::payspec_core::Timestamp>,
    /// `currency`: 支付币种（如 JPY），varchar(5)。The default CNY is only the simulator's fallback: a real
    /// reply carries the merchant's currency (config `currency`), which a default cannot name,
    /// and the simulator sends the paid amount's currency when it knows it.
    pub currency: ::payspec_core::Text,
    /// `buyer`: 付款人账号（如 c*@gmail.com）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer: ::std::option::Option<::payspec_core::Text>,
    /// `buyerId`: 付款 ID（如 208xxxxxxxxxx012）。
    #[serde(
        rename = "buyerId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub buyer_id: ::std::option::Option<::payspec_core::Text>,
}
impl PayResponse {
    /// With the required fields, in the spec's order; the others start absent, except those
    /// with a spec default, which start at it:
    /// - `wallet`: `"Alipay"`
    /// - `currency`: `"CNY"`
    pub fn new(
        order_no: impl ::std::convert::Into<::payspec_core::Text>,
        partner_order_no: impl ::std::convert::Into<::payspec_core::Text>,
        status: super::types::TradeState,
    ) -> Self {
        PayResponse {
            order_no: order_no.into(),
            partner_order_no: partner_order_no.into(),
            order_amount: ::std::option::Option::None,
            wallet: super::types::Wallet::Alipay,
            status,
            pay_time: ::std::option::Option::None,
            currency: ::payspec_core::Text::from("CNY"),
            buyer: ::std::option::Option::None,
            buyer_id: ::std::option::Option::None,
        }
    }
    /// Sets `orderAmount`.
    pub fn with_order_amount(
        mut self,
        order_amount: ::payspec_core::MinorAmount,
    ) -> Self {
        self.order_amount = ::std::option::Option::Some(order_amount);
        self
    }
    /// Sets `wallet` (from its default `"Alipay"`).
    pub fn with_wallet(mut self, wallet: super::types::Wallet) -> Self {
        self.wallet = wallet;
        self
    }
    /// Sets `payTime`.
    pub fn with_pay_time(mut self, pay_time: ::payspec_core::Timestamp) -> Self {
        self.pay_time = ::std::option::Option::Some(pay_time);
        self
    }
    /// Sets `currency` (from its default `"CNY"`).
    pub fn with_currency(
        mut self,
        currency: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.currency = currency.into();
        self
    }
    /// Sets `buyer`.
    pub fn with_buyer(
        mut self,
        buyer: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.buyer = ::std::option::Option::Some(buyer.into());
        self
    }
    /// Sets `buyerId`.
    pub fn with_buyer_id(
        mut self,
        buyer_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.buyer_id = ::std::option::Option::Some(buyer_id.into());
        self
    }
}
impl ::payspec_core::Validate for PayResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(out, path, "orderNo", &self.order_no);
        {
            let v = &self.order_no;
            ::payspec_core::validate::max_chars(out, path, "orderNo", v, 32);
        }
        ::payspec_core::validate::required_text(
            out,
            path,
            "partnerOrderNo",
            &self.partner_order_no,
        );
        {
            let v = &self.partner_order_no;
            ::payspec_core::validate::max_chars(out, path, "partnerOrderNo", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.order_amount {
            ::payspec_core::validate::amount_positive(out, path, "orderAmount", v);
        }
        ::payspec_core::validate::required_text(out, path, "currency", &self.currency);
        {
            let v = &self.currency;
            ::payspec_core::validate::max_chars(out, path, "currency", v, 5);
        }
        if let ::std::option::Option::Some(v) = &self.buyer {
            ::payspec_core::validate::max_chars(out, path, "buyer", v, 30);
        }
        if let ::std::option::Option::Some(v) = &self.buyer_id {
            ::payspec_core::validate::max_chars(out, path, "buyerId", v, 30);
        }
    }
}
impl PayResponse {
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
            if ::std::matches!(s_code, ::std::option::Option::Some("1"))
                && s_trade_state.is_some()
            {
                match s_trade_state {
                    ::std::option::Option::Some("0") => {
                        ::payspec_core::TradeStatus::Paying.classification()
                    }
                    ::std::option::Option::Some("1") => {
                        ::payspec_core::TradeStatus::Success.classification()
                    }
                    ::std::option::Option::Some("2") => {
                        ::payspec_core::TradeStatus::Failed.classification()
                    }
                    ::std::option::Option::Some("3") => {
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
        let f_order_no = body.order_no.as_str();
        let f_partner_order_no = body.partner_order_no.as_str();
        let h_order_amount = body
            .order_amount
            .as_ref()
            .map(|x| ::payspec_core::write::int(x.0));
        let f_order_amount = h_order_amount.as_ref().map(|h| h.as_str());
        let f_wallet = {
            let x = &body.wallet;
            ::payspec_core::write::enum_text(x, "pay")
        }?;
        let f_status = {
            let x = &body.status;
            ::payspec_core::write::enum_text(x, "pay")
        }?;
        let h_pay_time = body
            .pay_time
            .as_ref()
            .map(::payspec_core::write::rfc3339)
            .transpose()?;
        let f_pay_time = h_pay_time.as_ref().map(|h| h.as_str());
        let f_currency = body.currency.as_str();
        let f_buyer = body.buyer.as_deref();
        let f_buyer_id = body.buyer_id.as_deref();
        let c_partner_no: &str = ::payspec_core::write::config(config, "partner_no")?;
        let now = ::payspec_core::write::request_time(ctx.unix_time, 480)?;
        let h_now = now.rfc3339()?;
        let time = h_now.as_str();
        let message_id = ctx.message_id.as_str();
        let status_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "code"))
            .transpose()?;
        let status_msg = status.message.as_deref();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_order_no.len() + f_partner_order_no.len()
            + f_order_amount.map_or(0, str::len) + f_wallet.len() + f_status.len()
            + f_pay_time.map_or(0, str::len) + f_currency.len()
            + f_buyer.map_or(0, str::len) + f_buyer_id.map_or(0, str::len)
            + c_partner_no.len() + time.len() + message_id.len()
            + status_code.map_or(0, str::len) + status_msg.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            342usize + len,
        );
        out.extend_from_slice(b"{\"response\":");
        let start_1 = out.len();
        out.extend_from_slice(b"{\"body\":{");
        if let ::std::option::Option::Some(v) = f_buyer {
            out.extend_from_slice(b"\"buyer\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_buyer_id {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"buyerId\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = status_code {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"code\":");
            out.extend_from_slice(v.as_bytes());
        }
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"currency\":");
        ::payspec_core::write::str(&mut out, f_currency);
        if let ::std::option::Option::Some(v) = status_msg {
            out.extend_from_slice(b",\"msg\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_order_amount {
            out.extend_from_slice(b",\"orderAmount\":");
            out.extend_from_slice(v.as_bytes());
        }
        out.extend_from_slice(b",\"orderNo\":");
        ::payspec_core::write::str(&mut out, f_order_no);
        out.extend_from_slice(b",\"partnerOrderNo\":");
        ::payspec_core::write::str(&mut out, f_partner_order_no);
        if let ::std::option::Option::Some(v) = f_pay_time {
            out.extend_from_slice(b",\"payTime\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"status\":");
        out.extend_from_slice(f_status.as_bytes());
        out.extend_from_slice(b",\"wallet\":");
        ::payspec_core::write::str(&mut out, f_wallet);
        out.extend_from_slice(b"},\"header\":{\"partnerNo\":");
        ::payspec_core::write::str(&mut out, c_partner_no);
        out.extend_from_slice(b",\"reqMsgId\":");
        ::payspec_core::write::str(&mut out, message_id);
        out.extend_from_slice(b",\"respTime\":");
        ::payspec_core::write::str(&mut out, time);
        out.extend_from_slice(b",\"signType\":\"SHA256\",\"version\":\"1.0\"}}");
        let end_1 = out.len();
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Sha256,
        >::new(&super::PROVIDER.signing, c_key)?;
        signer.update(&out[start_1..end_1]);
        let signature = signer.finish();
        out.extend_from_slice(b",\"signature\":\"");
        out.extend_from_slice(signature.as_bytes());
        out.extend_from_slice(b"\"}");
        ::std::result::Result::Ok(::payspec_core::Message {
            body: out,
            headers: ::std::vec::Vec::new(),
        })
    }
    /// The provider's trade state, if the reply carries one.
    pub fn trade_state(&self) -> ::std::option::Option<&super::types::TradeState> {
        ::std::option::Option::Some(&self.status)
    }
    /// The unified status; `None` when absent or not listed in the spec (unknown).
    pub fn trade_status(&self) -> ::std::option::Option<::payspec_core::TradeStatus> {
        self.trade_state().and_then(super::types::TradeState::status)
    }
}
/// Read from the reply's members as received (`codec::read::reply`).
impl ::payspec_core::codec::read::Content for PayResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_order_no = ::std::option::Option::None;
        let mut f_partner_order_no = ::std::option::Option::None;
        let mut f_order_amount = ::std::option::Option::None;
        let mut f_wallet = ::std::option::Option::None;
        let mut f_status = ::std::option::Option::None;
        let mut f_pay_time = ::std::option::Option::None;
        let mut f_currency = ::std::option::Option::None;
        let mut f_buyer = ::std::option::Option::None;
        let mut f_buyer_id = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "orderNo" => f_order_no = ::std::option::Option::Some(content.text(raw)?),
                "partnerOrderNo" => {
                    f_partner_order_no = ::std::option::Option::Some(content.text(raw)?);
                }
                "orderAmount" => {
                    f_order_amount = ::payspec_core::wire::minor_opt::from_raw(raw).ok()?;
                }
                "wallet" => {
                    f_wallet = ::std::option::Option::Some(
                        ::payspec_core::codec::read::open_enum(raw)?,
                    );
                }
                "status" => {
                    f_status = ::std::option::Option::Some(
                        ::payspec_core::codec::read::open_enum(raw)?,
                    );
                }
                "payTime" => {
                    f_pay_time = ::payspec_core::wire::rfc3339_opt::from_raw(raw).ok()?;
                }
                "currency" => {
                    f_currency = ::std::option::Option::Some(content.text(raw)?);
                }
                "buyer" => f_buyer = content.text_opt(raw)?,
                "buyerId" => f_buyer_id = content.text_opt(raw)?,
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(PayResponse {
            order_no: f_order_no?,
            partner_order_no: f_partner_order_no?,
            order_amount: f_order_amount,
            wallet: f_wallet?,
            status: f_status?,
            pay_time: f_pay_time,
            currency: f_currency?,
            buyer: f_buyer,
            buyer_id: f_buyer_id,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "pay",
    role: ::payspec_core::descriptor::OperationRole::Pay,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/api/offline/pay",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &[
        "barcode",
        "notifyUrl",
        "operatorId",
        "orderAmount",
        "orderTitle",
        "partnerOrderNo",
        "terminalNo",
    ],
    response_fields: &[
        "buyer",
        "buyerId",
        "currency",
        "orderAmount",
        "orderNo",
        "partnerOrderNo",
        "payTime",
        "status",
        "wallet",
    ],
    request_required: &["barcode", "orderAmount", "partnerOrderNo"],
    response_required: &["currency", "orderNo", "partnerOrderNo", "status", "wallet"],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["response", "body", "code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "trade_state",
                path: &["response", "body", "status"],
            },
        ],
        rules: &[
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["1"]),
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
            wire: "partnerOrderNo",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::AuthCode,
            wire: "barcode",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "orderAmount",
            format: ::payspec_core::descriptor::ValueFormat::Minor {
                currency_field: ::std::option::Option::None,
                currency_config: ::std::option::Option::Some("currency"),
            },
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Subject,
            wire: "orderTitle",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::DeviceId,
            wire: "terminalNo",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::NotifyUrl,
            wire: "notifyUrl",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "orderNo",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "partnerOrderNo",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "orderAmount",
            format: ::payspec_core::descriptor::ValueFormat::Minor {
                currency_field: ::std::option::Option::Some("currency"),
                currency_config: ::std::option::Option::None,
            },
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::TradeState,
            wire: "status",
            format: ::payspec_core::descriptor::ValueFormat::Code {
                integer: true,
            },
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::PaidAt,
            wire: "payTime",
            format: ::payspec_core::descriptor::ValueFormat::Rfc3339,
        },
    ],
    request_defaults: &[],
    response_defaults: &[
        ::payspec_core::descriptor::FieldDefault {
            wire: "wallet",
            json: "\"Alipay\"",
        },
        ::payspec_core::descriptor::FieldDefault {
            wire: "currency",
            json: "\"CNY\"",
        },
    ],
    updates_config: &[],
};
