// @generated from specs/bjrcb.yaml by `codegen generate`; do not edit.

//! Operation `query` (query, outbound).
//!
//! 查询订单（assumed）。
//!
//! Assumed (not in the provider's document): The document shows only ALIPAY_MICRO. Assumed: service_type ALIPAY_QUERY on the same
//! /gateway with the same signed flat envelope, by out_trade_no (or the bank's transaction_id),
//! answering the pay response's fields. Why: the gateway copies the WeChat Pay v2 shape
//! (return_code/result_code/trade_state) whose query takes the merchant order id, and the
//! barcode flow cannot be run safely without a query (the project notes "Barcode payment (付款码 / micropay) flows").
/// 查询订单（assumed）。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryRequest {
    /// `out_trade_no`: 商户订单号（assumed 必填：查询总按商户自己的订单号进行）。
    pub out_trade_no: ::std::string::String,
    /// `transaction_id`: 银行订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_id: ::std::option::Option<::std::string::String>,
}
impl QueryRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(out_trade_no: impl ::std::convert::Into<::std::string::String>) -> Self {
        QueryRequest {
            out_trade_no: out_trade_no.into(),
            transaction_id: ::std::option::Option::None,
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
}
impl ::payspec_core::Validate for QueryRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "out_trade_no",
            &self.out_trade_no,
        );
        {
            let v = &self.out_trade_no;
            ::payspec_core::validate::max_chars(out, path, "out_trade_no", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.transaction_id {
            ::payspec_core::validate::max_chars(out, path, "transaction_id", v, 32);
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
        let f_out_trade_no = self.out_trade_no.as_str();
        let f_transaction_id = self.transaction_id.as_deref();
        let c_merchant_id: &str = ::payspec_core::write::config(config, "merchant_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 32, "request")?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_out_trade_no.len() + f_transaction_id.map_or(0, str::len)
            + c_merchant_id.len() + nonce.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            174usize + len,
        );
        out.extend_from_slice(b"{\"service_type\":\"ALIPAY_QUERY\",\"mch_id\":");
        ::payspec_core::write::str(&mut out, c_merchant_id);
        out.extend_from_slice(b",\"nonce_str\":");
        ::payspec_core::write::str(&mut out, nonce);
        out.extend_from_slice(b",\"out_trade_no\":");
        ::payspec_core::write::str(&mut out, f_out_trade_no);
        if let ::std::option::Option::Some(v) = f_transaction_id {
            out.extend_from_slice(b",\"transaction_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        signer.pair(b"&mch_id=", c_merchant_id);
        signer.pair(b"&nonce_str=", nonce);
        signer.pair(b"&out_trade_no=", f_out_trade_no);
        signer.pair_fixed(b"&service_type=ALIPAY_QUERY");
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
    /// `device_info`: 终端设备号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub device_info: ::std::option::Option<::payspec_core::Text>,
    /// `result_code`: 业务结果，数据与 trade_state 同步，建议以 trade_state 作为订单状态的判断。
    pub result_code: ::payspec_core::Text,
    /// `err_code_des`: 错误代码描述。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub err_code_des: ::std::option::Option<::payspec_core::Text>,
    /// `trade_state`: 订单状态（varchar(32)），见 states。
    pub trade_state: super::types::TradeState,
    /// `out_trade_no`: 商户订单号。
    pub out_trade_no: ::payspec_core::Text,
    /// `total_fee`: 订单总金额，单位：分。The document types it varchar(11); the fen decoder accepts a number or a numeric string.
    #[serde(with = "::payspec_core::wire::fen")]
    pub total_fee: ::payspec_core::Money,
    /// `alipay_transaction_id`: 支付宝订单号。文档标必填，但支付完成前可能没有，按可选解码。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alipay_transaction_id: ::std::option::Option<::payspec_core::Text>,
    /// `transaction_id`: 银行订单号。
    pub transaction_id: ::payspec_core::Text,
    /// `buyer_logon_id`: 买家支付宝账号（文档此行类型与必填两列错位：varchar(100)，必填）。支付完成前没有，按可选解码。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_logon_id: ::std::option::Option<::payspec_core::Text>,
    /// `store_name`: 发生支付交易的商户门店名称。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_name: ::std::option::Option<::payspec_core::Text>,
    /// `time_end`: 支付完成时间，格式 yyyyMMddHHmmss。文档标必填，但支付完成前没有，按可选解码。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::compact_opt"
    )]
    pub time_end: ::std::option::Option<::payspec_core::LocalTimestamp>,
}
impl QueryResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        result_code: impl ::std::convert::Into<::payspec_core::Text>,
        trade_state: super::types::TradeState,
        out_trade_no: impl ::std::convert::Into<::payspec_core::Text>,
        total_fee: ::payspec_core::Money,
        transaction_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        QueryResponse {
            device_info: ::std::option::Option::None,
            result_code: result_code.into(),
            err_code_des: ::std::option::Option::None,
            trade_state,
            out_trade_no: out_trade_no.into(),
            total_fee,
            alipay_transaction_id: ::std::option::Option::None,
            transaction_id: transaction_id.into(),
            buyer_logon_id: ::std::option::Option::None,
            store_name: ::std::option::Option::None,
            time_end: ::std::option::Option::None,
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
    /// Sets `err_code_des`.
    pub fn with_err_code_des(
        mut self,
        err_code_des: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.err_code_des = ::std::option::Option::Some(err_code_des.into());
        self
    }
    /// Sets `alipay_transaction_id`.
    pub fn with_alipay_transaction_id(
        mut self,
        alipay_transaction_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.alipay_transaction_id = ::std::option::Option::Some(
            alipay_transaction_id.into(),
        );
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
    /// Sets `store_name`.
    pub fn with_store_name(
        mut self,
        store_name: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.store_name = ::std::option::Option::Some(store_name.into());
        self
    }
    /// Sets `time_end`.
    pub fn with_time_end(mut self, time_end: ::payspec_core::LocalTimestamp) -> Self {
        self.time_end = ::std::option::Option::Some(time_end);
        self
    }
}
impl ::payspec_core::Validate for QueryResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.device_info {
            ::payspec_core::validate::max_chars(out, path, "device_info", v, 32);
        }
        ::payspec_core::validate::required_text(
            out,
            path,
            "result_code",
            &self.result_code,
        );
        {
            let v = &self.result_code;
            ::payspec_core::validate::max_chars(out, path, "result_code", v, 16);
        }
        if let ::std::option::Option::Some(v) = &self.err_code_des {
            ::payspec_core::validate::max_chars(out, path, "err_code_des", v, 128);
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
        if let ::std::option::Option::Some(v) = &self.alipay_transaction_id {
            ::payspec_core::validate::max_chars(
                out,
                path,
                "alipay_transaction_id",
                v,
                64,
            );
        }
        ::payspec_core::validate::required_text(
            out,
            path,
            "transaction_id",
            &self.transaction_id,
        );
        {
            let v = &self.transaction_id;
            ::payspec_core::validate::max_chars(out, path, "transaction_id", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.buyer_logon_id {
            ::payspec_core::validate::max_chars(out, path, "buyer_logon_id", v, 100);
        }
        if let ::std::option::Option::Some(v) = &self.store_name {
            ::payspec_core::validate::max_chars(out, path, "store_name", v, 512);
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
            let s_return_code: ::std::option::Option<&str> = signals[0usize].as_deref();
            #[allow(unused_variables)]
            let s_trade_state: ::std::option::Option<&str> = signals[1usize].as_deref();
            if ::std::matches!(s_return_code, ::std::option::Option::Some("SUCCESS"))
                && s_trade_state.is_some()
            {
                match s_trade_state {
                    ::std::option::Option::Some("INIT") => {
                        ::payspec_core::TradeStatus::NotPaid.classification()
                    }
                    ::std::option::Option::Some("SUCCESS") => {
                        ::payspec_core::TradeStatus::Success.classification()
                    }
                    ::std::option::Option::Some("REFUND") => {
                        ::payspec_core::TradeStatus::Refunded.classification()
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
                    ::std::option::Option::Some("USERPAYING") => {
                        ::payspec_core::TradeStatus::Paying.classification()
                    }
                    ::std::option::Option::Some("PAYERROR") => {
                        ::payspec_core::TradeStatus::Failed.classification()
                    }
                    ::std::option::Option::Some("FAIL") => {
                        ::payspec_core::TradeStatus::Failed.classification()
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
        let f_device_info = body.device_info.as_deref();
        let f_result_code = body.result_code.as_str();
        let f_err_code_des = body.err_code_des.as_deref();
        let f_trade_state = {
            let x = &body.trade_state;
            ::payspec_core::write::enum_text(x, "query")
        }?;
        let f_out_trade_no = body.out_trade_no.as_str();
        let h_total_fee = {
            let x = &body.total_fee;
            ::payspec_core::write::cny(x, "query")
                .map(|m| ::payspec_core::write::int(m.minor()))
        }?;
        let f_total_fee = h_total_fee.as_str();
        let f_alipay_transaction_id = body.alipay_transaction_id.as_deref();
        let f_transaction_id = body.transaction_id.as_str();
        let f_buyer_logon_id = body.buyer_logon_id.as_deref();
        let f_store_name = body.store_name.as_deref();
        let h_time_end = body
            .time_end
            .as_ref()
            .map(::payspec_core::write::compact)
            .transpose()?;
        let f_time_end = h_time_end.as_ref().map(|h| h.as_str());
        let status_return_code = status.code.as_deref();
        let status_return_msg = status.message.as_deref();
        let status_err_code = status.sub_code.as_deref();
        let c_merchant_id: &str = ::payspec_core::write::config(config, "merchant_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 32, "response")?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_device_info.map_or(0, str::len) + f_result_code.len()
            + f_err_code_des.map_or(0, str::len) + f_trade_state.len()
            + f_out_trade_no.len() + f_total_fee.len()
            + f_alipay_transaction_id.map_or(0, str::len) + f_transaction_id.len()
            + f_buyer_logon_id.map_or(0, str::len) + f_store_name.map_or(0, str::len)
            + f_time_end.map_or(0, str::len) + status_return_code.map_or(0, str::len)
            + status_return_msg.map_or(0, str::len) + status_err_code.map_or(0, str::len)
            + c_merchant_id.len() + nonce.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            357usize + len,
        );
        out.extend_from_slice(b"{");
        if let ::std::option::Option::Some(v) = status_return_code {
            out.extend_from_slice(b"\"return_code\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = status_return_msg {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"return_msg\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = status_err_code {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"err_code\":");
            ::payspec_core::write::str(&mut out, v);
        }
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"mch_id\":");
        ::payspec_core::write::str(&mut out, c_merchant_id);
        out.extend_from_slice(b",\"nonce_str\":");
        ::payspec_core::write::str(&mut out, nonce);
        if let ::std::option::Option::Some(v) = f_alipay_transaction_id {
            out.extend_from_slice(b",\"alipay_transaction_id\":");
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
        if let ::std::option::Option::Some(v) = f_err_code_des {
            out.extend_from_slice(b",\"err_code_des\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"out_trade_no\":");
        ::payspec_core::write::str(&mut out, f_out_trade_no);
        out.extend_from_slice(b",\"result_code\":");
        ::payspec_core::write::str(&mut out, f_result_code);
        if let ::std::option::Option::Some(v) = f_store_name {
            out.extend_from_slice(b",\"store_name\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_time_end {
            out.extend_from_slice(b",\"time_end\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"total_fee\":");
        out.extend_from_slice(f_total_fee.as_bytes());
        out.extend_from_slice(b",\"trade_state\":");
        ::payspec_core::write::str(&mut out, f_trade_state);
        out.extend_from_slice(b",\"transaction_id\":");
        ::payspec_core::write::str(&mut out, f_transaction_id);
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        if let ::std::option::Option::Some(v) = f_alipay_transaction_id {
            signer.pair(b"&alipay_transaction_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_buyer_logon_id {
            signer.pair(b"&buyer_logon_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_device_info {
            signer.pair(b"&device_info=", v);
        }
        if let ::std::option::Option::Some(v) = status_err_code {
            signer.pair(b"&err_code=", v);
        }
        if let ::std::option::Option::Some(v) = f_err_code_des {
            signer.pair(b"&err_code_des=", v);
        }
        signer.pair(b"&mch_id=", c_merchant_id);
        signer.pair(b"&nonce_str=", nonce);
        signer.pair(b"&out_trade_no=", f_out_trade_no);
        signer.pair(b"&result_code=", f_result_code);
        if let ::std::option::Option::Some(v) = status_return_code {
            signer.pair(b"&return_code=", v);
        }
        if let ::std::option::Option::Some(v) = status_return_msg {
            signer.pair(b"&return_msg=", v);
        }
        if let ::std::option::Option::Some(v) = f_store_name {
            signer.pair(b"&store_name=", v);
        }
        if let ::std::option::Option::Some(v) = f_time_end {
            signer.pair(b"&time_end=", v);
        }
        signer.pair(b"&total_fee=", f_total_fee);
        signer.pair(b"&trade_state=", f_trade_state);
        signer.pair(b"&transaction_id=", f_transaction_id);
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
        let mut f_device_info = ::std::option::Option::None;
        let mut f_result_code = ::std::option::Option::None;
        let mut f_err_code_des = ::std::option::Option::None;
        let mut f_trade_state = ::std::option::Option::None;
        let mut f_out_trade_no = ::std::option::Option::None;
        let mut f_total_fee = ::std::option::Option::None;
        let mut f_alipay_transaction_id = ::std::option::Option::None;
        let mut f_transaction_id = ::std::option::Option::None;
        let mut f_buyer_logon_id = ::std::option::Option::None;
        let mut f_store_name = ::std::option::Option::None;
        let mut f_time_end = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "device_info" => f_device_info = content.text_opt(raw)?,
                "result_code" => {
                    f_result_code = ::std::option::Option::Some(content.text(raw)?);
                }
                "err_code_des" => f_err_code_des = content.text_opt(raw)?,
                "trade_state" => {
                    f_trade_state = ::std::option::Option::Some(
                        ::payspec_core::codec::read::open_enum(raw)?,
                    );
                }
                "out_trade_no" => {
                    f_out_trade_no = ::std::option::Option::Some(content.text(raw)?);
                }
                "total_fee" => {
                    f_total_fee = ::std::option::Option::Some(
                        ::payspec_core::wire::fen::from_raw(raw).ok()?,
                    );
                }
                "alipay_transaction_id" => {
                    f_alipay_transaction_id = content.text_opt(raw)?;
                }
                "transaction_id" => {
                    f_transaction_id = ::std::option::Option::Some(content.text(raw)?);
                }
                "buyer_logon_id" => f_buyer_logon_id = content.text_opt(raw)?,
                "store_name" => f_store_name = content.text_opt(raw)?,
                "time_end" => {
                    f_time_end = ::payspec_core::wire::compact_opt::from_raw(raw).ok()?;
                }
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(QueryResponse {
            device_info: f_device_info,
            result_code: f_result_code?,
            err_code_des: f_err_code_des,
            trade_state: f_trade_state?,
            out_trade_no: f_out_trade_no?,
            total_fee: f_total_fee?,
            alipay_transaction_id: f_alipay_transaction_id,
            transaction_id: f_transaction_id?,
            buyer_logon_id: f_buyer_logon_id,
            store_name: f_store_name,
            time_end: f_time_end,
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
    method_constant: ::std::option::Option::Some("ALIPAY_QUERY"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["out_trade_no", "transaction_id"],
    response_fields: &[
        "alipay_transaction_id",
        "buyer_logon_id",
        "device_info",
        "err_code_des",
        "out_trade_no",
        "result_code",
        "store_name",
        "time_end",
        "total_fee",
        "trade_state",
        "transaction_id",
    ],
    request_required: &["out_trade_no"],
    response_required: &[
        "out_trade_no",
        "result_code",
        "total_fee",
        "trade_state",
        "transaction_id",
    ],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
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
            role: ::payspec_core::descriptor::UnifiedRole::OrderId,
            wire: "out_trade_no",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "transaction_id",
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
            role: ::payspec_core::descriptor::UnifiedRole::ProviderTradeId,
            wire: "transaction_id",
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
