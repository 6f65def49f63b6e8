// @generated from specs/pooul.yaml by `codegen generate`; do not edit.

//! Operation `micropay` (pay, outbound).
//!
//! 6.2.1 提交刷卡支付 API：收银员扫描用户付款码后由商户后台发起支付。
/// 6.2.1 提交刷卡支付 API：收银员扫描用户付款码后由商户后台发起支付。
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MicropayRequest {
    /// `mch_trade_id`: 商户订单号，5 到 32 个字符，只能包含字母数字或下划线，区分大小写，商户系统内唯一。
    /// No pattern: the document's own example (`alex.alipay.14…8`) contains dots.
    pub mch_trade_id: ::std::string::String,
    /// `device_info`: 终端设备号，商户自定义（表中必填，示例未传）。
    pub device_info: ::std::string::String,
    /// `subject`: 订单标题（表中必填，示例未传）。
    pub subject: ::std::string::String,
    /// `body`: 商品描述。
    pub body: ::std::string::String,
    /// `attach`: 商户附加信息，可做扩展参数。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attach: ::std::option::Option<::std::string::String>,
    /// `total_fee`: 总金额，以分为单位，不允许包含任何字、符号。
    #[serde(with = "::payspec_core::wire::fen")]
    pub total_fee: ::payspec_core::Money,
    /// `spbill_create_ip`: 终端 IP，订单生成的机器 IP。Default 127.0.0.1 (the example masks its value): a gateway
    /// building the request from a payment intent has no terminal IP; set the real one when
    /// known.
    pub spbill_create_ip: ::std::string::String,
    /// `auth_code`: 授权码，设备读取用户展示的条码或者二维码信息（文档未给格式规则，故无 pattern）。
    pub auth_code: ::payspec_core::Redacted<::std::string::String>,
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
    /// `op_user_id`: 操作员帐号，默认为商户号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub op_user_id: ::std::option::Option<::std::string::String>,
    /// `store_id`: 门店编号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_id: ::std::option::Option<::std::string::String>,
    /// `op_device_id`: 设备编号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub op_device_id: ::std::option::Option<::std::string::String>,
    /// `goods_tag`: 商品标记。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_tag: ::std::option::Option<::std::string::String>,
    /// `scene`: 支付场景：条码 bar_code，声波 wave_code，默认 bar_code。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scene: ::std::option::Option<super::types::Scene>,
    /// `settle_type`: 是否采用 D0 通道，默认 1；1 否，0 是。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub settle_type: ::std::option::Option<super::types::SettleType>,
}
impl MicropayRequest {
    /// With the required fields, in the spec's order; the others start absent, except those
    /// with a spec default, which start at it:
    /// - `spbill_create_ip`: `"127.0.0.1"`
    pub fn new(
        mch_trade_id: impl ::std::convert::Into<::std::string::String>,
        device_info: impl ::std::convert::Into<::std::string::String>,
        subject: impl ::std::convert::Into<::std::string::String>,
        body: impl ::std::convert::Into<::std::string::String>,
        total_fee: ::payspec_core::Money,
        auth_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        MicropayRequest {
            mch_trade_id: mch_trade_id.into(),
            device_info: device_info.into(),
            subject: subject.into(),
            body: body.into(),
            attach: ::std::option::Option::None,
            total_fee,
            spbill_create_ip: ::std::string::String::from("127.0.0.1"),
            auth_code: ::payspec_core::Redacted::new(auth_code.into()),
            time_start: ::std::option::Option::None,
            time_expire: ::std::option::Option::None,
            op_user_id: ::std::option::Option::None,
            store_id: ::std::option::Option::None,
            op_device_id: ::std::option::Option::None,
            goods_tag: ::std::option::Option::None,
            scene: ::std::option::Option::None,
            settle_type: ::std::option::Option::None,
        }
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
    /// Sets `store_id`.
    pub fn with_store_id(
        mut self,
        store_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.store_id = ::std::option::Option::Some(store_id.into());
        self
    }
    /// Sets `op_device_id`.
    pub fn with_op_device_id(
        mut self,
        op_device_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op_device_id = ::std::option::Option::Some(op_device_id.into());
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
    /// Sets `scene`.
    pub fn with_scene(mut self, scene: super::types::Scene) -> Self {
        self.scene = ::std::option::Option::Some(scene);
        self
    }
    /// Sets `settle_type`.
    pub fn with_settle_type(mut self, settle_type: super::types::SettleType) -> Self {
        self.settle_type = ::std::option::Option::Some(settle_type);
        self
    }
}
impl ::payspec_core::Validate for MicropayRequest {
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
        ::payspec_core::validate::required_text(
            out,
            path,
            "device_info",
            &self.device_info,
        );
        ::payspec_core::validate::required_text(out, path, "subject", &self.subject);
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
            "auth_code",
            self.auth_code.expose(),
        );
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
        let f_mch_trade_id = self.mch_trade_id.as_str();
        let f_device_info = self.device_info.as_str();
        let f_subject = self.subject.as_str();
        let f_body = self.body.as_str();
        let f_attach = self.attach.as_deref();
        let h_total_fee = {
            let x = &self.total_fee;
            ::payspec_core::write::cny(x, "micropay")
                .map(|m| ::payspec_core::write::int(m.minor()))
        }?;
        let f_total_fee = h_total_fee.as_str();
        let f_spbill_create_ip = self.spbill_create_ip.as_str();
        let f_auth_code = self.auth_code.expose().as_str();
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
        let f_store_id = self.store_id.as_deref();
        let f_op_device_id = self.op_device_id.as_deref();
        let f_goods_tag = self.goods_tag.as_deref();
        let f_scene = self
            .scene
            .as_ref()
            .map(|x| ::payspec_core::write::enum_text(x, "micropay"))
            .transpose()?;
        let f_settle_type = self
            .settle_type
            .as_ref()
            .map(|x| ::payspec_core::write::enum_text(x, "micropay"))
            .transpose()?;
        let c_merchant_id: &str = ::payspec_core::write::config(config, "merchant_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 32, "request")?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_mch_trade_id.len() + f_device_info.len() + f_subject.len()
            + f_body.len() + f_attach.map_or(0, str::len) + f_total_fee.len()
            + f_spbill_create_ip.len() + f_auth_code.len()
            + f_time_start.map_or(0, str::len) + f_time_expire.map_or(0, str::len)
            + f_op_user_id.map_or(0, str::len) + f_store_id.map_or(0, str::len)
            + f_op_device_id.map_or(0, str::len) + f_goods_tag.map_or(0, str::len)
            + f_scene.map_or(0, str::len) + f_settle_type.map_or(0, str::len)
            + c_merchant_id.len() + nonce.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            425usize + len,
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
        out.extend_from_slice(b",\"auth_code\":");
        ::payspec_core::write::str(&mut out, f_auth_code);
        out.extend_from_slice(b",\"body\":");
        ::payspec_core::write::str(&mut out, f_body);
        out.extend_from_slice(b",\"device_info\":");
        ::payspec_core::write::str(&mut out, f_device_info);
        if let ::std::option::Option::Some(v) = f_goods_tag {
            out.extend_from_slice(b",\"goods_tag\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"mch_trade_id\":");
        ::payspec_core::write::str(&mut out, f_mch_trade_id);
        if let ::std::option::Option::Some(v) = f_op_device_id {
            out.extend_from_slice(b",\"op_device_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_op_user_id {
            out.extend_from_slice(b",\"op_user_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"pay_type\":\"alipay.micro\"");
        if let ::std::option::Option::Some(v) = f_scene {
            out.extend_from_slice(b",\"scene\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_settle_type {
            out.extend_from_slice(b",\"settle_type\":");
            out.extend_from_slice(v.as_bytes());
        }
        out.extend_from_slice(b",\"spbill_create_ip\":");
        ::payspec_core::write::str(&mut out, f_spbill_create_ip);
        if let ::std::option::Option::Some(v) = f_store_id {
            out.extend_from_slice(b",\"store_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"subject\":");
        ::payspec_core::write::str(&mut out, f_subject);
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
        signer.pair(b"&auth_code=", f_auth_code);
        signer.pair(b"&body=", f_body);
        signer.pair(b"&device_info=", f_device_info);
        if let ::std::option::Option::Some(v) = f_goods_tag {
            signer.pair(b"&goods_tag=", v);
        }
        signer.pair(b"&mch_trade_id=", f_mch_trade_id);
        signer.pair(b"&merchant_id=", c_merchant_id);
        signer.pair(b"&nonce_str=", nonce);
        if let ::std::option::Option::Some(v) = f_op_device_id {
            signer.pair(b"&op_device_id=", v);
        }
        if let ::std::option::Option::Some(v) = f_op_user_id {
            signer.pair(b"&op_user_id=", v);
        }
        signer.pair_fixed(b"&pay_type=alipay.micro");
        if let ::std::option::Option::Some(v) = f_scene {
            signer.pair(b"&scene=", v);
        }
        if let ::std::option::Option::Some(v) = f_settle_type {
            signer.pair(b"&settle_type=", v);
        }
        signer.pair_fixed(b"&sign_type=md5");
        signer.pair(b"&spbill_create_ip=", f_spbill_create_ip);
        if let ::std::option::Option::Some(v) = f_store_id {
            signer.pair(b"&store_id=", v);
        }
        signer.pair(b"&subject=", f_subject);
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
pub struct MicropayResponse {
    /// `merchant_id`: 商户号。
    pub merchant_id: ::payspec_core::Text,
    /// `device_info`: 终端设备号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub device_info: ::std::option::Option<::payspec_core::Text>,
    /// `nonce_str`: 随机字符串，不长于 32 位（表中必填，示例未返回）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nonce_str: ::std::option::Option<::payspec_core::Text>,
    /// `err_code`: 错误代码。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub err_code: ::std::option::Option<::payspec_core::Text>,
    /// `err_msg`: 错误代码描述。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub err_msg: ::std::option::Option<::payspec_core::Text>,
    /// `need_query`: 查询判断：Y 需要调用查询接口，N 不需要。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub need_query: ::std::option::Option<::payspec_core::Flag>,
    /// `openid`: 用户在商户 appid 下的唯一标识。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub openid: ::std::option::Option<::payspec_core::Text>,
    /// `pay_type`: 交易类型 alipay.micro（also the default the simulator sends）。
    pub pay_type: ::payspec_core::Text,
    /// `is_subscribe`: 是否关注公众账号，Y/N，仅公众账号类型支付有效。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_subscribe: ::std::option::Option<::payspec_core::Flag>,
    /// `mch_trade_id`: 商户订单号。
    pub mch_trade_id: ::payspec_core::Text,
    /// `ch_trade_id`: 上游渠道订单号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ch_trade_id: ::std::option::Option<::payspec_core::Text>,
    /// `trade_id`: 平台交易单号。
    pub trade_id: ::payspec_core::Text,
    /// `out_trade_id`: 第三方订单号（微信、支付宝原始订单号）。表中必填，但支付成功前没有，按可选解码。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub out_trade_id: ::std::option::Option<::payspec_core::Text>,
    /// `sub_is_subscribe`: 子商户是否关注，仅公众账号类型支付有效。This table says Int (0 关注，1 未关注); the query
    /// table says Y/N and Pooul's public notification example sends "Y": typed as the Y/N flag,
    /// since a mistyped member would make a successful reply undecodable.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_is_subscribe: ::std::option::Option<::payspec_core::Flag>,
    /// `sub_appid`: 子商户 appid。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_appid: ::std::option::Option<::payspec_core::Text>,
    /// `total_fee`: 总金额，以分为单位。
    #[serde(with = "::payspec_core::wire::fen")]
    pub total_fee: ::payspec_core::Money,
    /// `coupon_fee`: 现金券金额（分），<= 订单总金额；0 without a coupon.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::fen_opt"
    )]
    pub coupon_fee: ::std::option::Option<::payspec_core::Money>,
    /// `currency_type`: 货币类型，ISO 4217 三位字母，默认 CNY。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_type: ::std::option::Option<::payspec_core::Text>,
    /// `attach`: 商家数据包，原样返回。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attach: ::std::option::Option<::payspec_core::Text>,
    /// `bank_type`: 付款银行。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_type: ::std::option::Option<::payspec_core::Text>,
    /// `bank_billno`: 银行订单号，若为微信支付则为空。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_billno: ::std::option::Option<::payspec_core::Text>,
    /// `time_end`: 支付完成时间，10 位秒级时间戳（表中必填，示例未返回）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::unix_seconds_opt"
    )]
    pub time_end: ::std::option::Option<::payspec_core::Timestamp>,
    /// `appid`: 服务商公众号 appid。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub appid: ::std::option::Option<::payspec_core::Text>,
    /// `fee_type`: 货币类型，ISO 4217，默认 CNY。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fee_type: ::std::option::Option<::payspec_core::Text>,
    /// `buyer_logon_id`: 买家支付宝账号。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_logon_id: ::std::option::Option<::payspec_core::Text>,
    /// `fund_bill_list`: 交易支付使用的资金渠道：a JSON array as text (`[{"amount":"0.01","fundChannel":…,"fundType":…}]`), kept as a string because the examples mask its inside.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fund_bill_list: ::std::option::Option<::payspec_core::Text>,
    /// `buyer_user_id`: 买家在支付宝的用户 id（表中此行写作 "id buyer_user_id"）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_user_id: ::std::option::Option<::payspec_core::Text>,
    /// `buyer_pay_amount`: 买家付款的金额。The type column says Int but the example sends "0.01" (yuan as a string); this follows the example.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub buyer_pay_amount: ::std::option::Option<::payspec_core::Money>,
    /// `invoice_amount`: 交易中可给用户开具发票的金额。Int in the table, "0.01" in the example, so yuan as a string.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub invoice_amount: ::std::option::Option<::payspec_core::Money>,
    /// `point_amount`: 使用积分宝付款的金额。Int in the table, "0.00" in the example, so yuan as a string.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub point_amount: ::std::option::Option<::payspec_core::Money>,
    /// `receipt_amount`: 实收金额（String，示例 "0.01"：元）。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub receipt_amount: ::std::option::Option<::payspec_core::Money>,
    /// `trade_state`: 交易状态，见 states。
    pub trade_state: super::types::TradeState,
}
impl MicropayResponse {
    /// With the required fields, in the spec's order; the others start absent, except those
    /// with a spec default, which start at it:
    /// - `pay_type`: `"alipay.micro"`
    pub fn new(
        merchant_id: impl ::std::convert::Into<::payspec_core::Text>,
        mch_trade_id: impl ::std::convert::Into<::payspec_core::Text>,
        trade_id: impl ::std::convert::Into<::payspec_core::Text>,
        total_fee: ::payspec_core::Money,
        trade_state: super::types::TradeState,
    ) -> Self {
        MicropayResponse {
            merchant_id: merchant_id.into(),
            device_info: ::std::option::Option::None,
            nonce_str: ::std::option::Option::None,
            err_code: ::std::option::Option::None,
            err_msg: ::std::option::Option::None,
            need_query: ::std::option::Option::None,
            openid: ::std::option::Option::None,
            pay_type: ::payspec_core::Text::from("alipay.micro"),
            is_subscribe: ::std::option::Option::None,
            mch_trade_id: mch_trade_id.into(),
            ch_trade_id: ::std::option::Option::None,
            trade_id: trade_id.into(),
            out_trade_id: ::std::option::Option::None,
            sub_is_subscribe: ::std::option::Option::None,
            sub_appid: ::std::option::Option::None,
            total_fee,
            coupon_fee: ::std::option::Option::None,
            currency_type: ::std::option::Option::None,
            attach: ::std::option::Option::None,
            bank_type: ::std::option::Option::None,
            bank_billno: ::std::option::Option::None,
            time_end: ::std::option::Option::None,
            appid: ::std::option::Option::None,
            fee_type: ::std::option::Option::None,
            buyer_logon_id: ::std::option::Option::None,
            fund_bill_list: ::std::option::Option::None,
            buyer_user_id: ::std::option::Option::None,
            buyer_pay_amount: ::std::option::Option::None,
            invoice_amount: ::std::option::Option::None,
            point_amount: ::std::option::Option::None,
            receipt_amount: ::std::option::Option::None,
            trade_state,
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
    /// Sets `need_query`.
    pub fn with_need_query(mut self, need_query: ::payspec_core::Flag) -> Self {
        self.need_query = ::std::option::Option::Some(need_query);
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
    /// Sets `pay_type` (from its default `"alipay.micro"`).
    pub fn with_pay_type(
        mut self,
        pay_type: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.pay_type = pay_type.into();
        self
    }
    /// Sets `is_subscribe`.
    pub fn with_is_subscribe(mut self, is_subscribe: ::payspec_core::Flag) -> Self {
        self.is_subscribe = ::std::option::Option::Some(is_subscribe);
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
    /// Sets `out_trade_id`.
    pub fn with_out_trade_id(
        mut self,
        out_trade_id: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.out_trade_id = ::std::option::Option::Some(out_trade_id.into());
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
    /// Sets `sub_appid`.
    pub fn with_sub_appid(
        mut self,
        sub_appid: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.sub_appid = ::std::option::Option::Some(sub_appid.into());
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
    /// Sets `appid`.
    pub fn with_appid(
        mut self,
        appid: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.appid = ::std::option::Option::Some(appid.into());
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
}
impl ::payspec_core::Validate for MicropayResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "merchant_id",
            &self.merchant_id,
        );
        if let ::std::option::Option::Some(v) = &self.nonce_str {
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
impl MicropayResponse {
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
            let s_need_query: ::std::option::Option<&str> = signals[1usize].as_deref();
            #[allow(unused_variables)]
            let s_trade_state: ::std::option::Option<&str> = signals[2usize].as_deref();
            if ::std::matches!(s_code, ::std::option::Option::Some("0"))
                && ::std::matches!(s_trade_state, ::std::option::Option::Some("0"))
            {
                ::payspec_core::Classification::Success
            } else if ::std::matches!(s_code, ::std::option::Option::Some("0"))
                && ::std::matches!(s_need_query, ::std::option::Option::Some("N"))
                && ::std::matches!(
                    s_trade_state, ::std::option::Option::Some("2" | "3" | "4" | "7")
                )
            {
                ::payspec_core::Classification::Failed
            } else if ::std::matches!(s_code, ::std::option::Option::Some("0"))
                && ::std::matches!(
                    s_trade_state, ::std::option::Option::Some("2" | "5" | "6")
                )
            {
                ::payspec_core::Classification::Pending
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
        let f_merchant_id = body.merchant_id.as_str();
        let f_device_info = body.device_info.as_deref();
        let f_nonce_str = body.nonce_str.as_deref();
        let f_err_code = body.err_code.as_deref();
        let f_err_msg = body.err_msg.as_deref();
        let f_need_query = body.need_query.as_ref().map(|x| x.as_wire());
        let f_openid = body.openid.as_deref();
        let f_pay_type = body.pay_type.as_str();
        let f_is_subscribe = body.is_subscribe.as_ref().map(|x| x.as_wire());
        let f_mch_trade_id = body.mch_trade_id.as_str();
        let f_ch_trade_id = body.ch_trade_id.as_deref();
        let f_trade_id = body.trade_id.as_str();
        let f_out_trade_id = body.out_trade_id.as_deref();
        let f_sub_is_subscribe = body.sub_is_subscribe.as_ref().map(|x| x.as_wire());
        let f_sub_appid = body.sub_appid.as_deref();
        let h_total_fee = {
            let x = &body.total_fee;
            ::payspec_core::write::cny(x, "micropay")
                .map(|m| ::payspec_core::write::int(m.minor()))
        }?;
        let f_total_fee = h_total_fee.as_str();
        let h_coupon_fee = body
            .coupon_fee
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "micropay")
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
        let f_appid = body.appid.as_deref();
        let f_fee_type = body.fee_type.as_deref();
        let f_buyer_logon_id = body.buyer_logon_id.as_deref();
        let f_fund_bill_list = body.fund_bill_list.as_deref();
        let f_buyer_user_id = body.buyer_user_id.as_deref();
        let h_buyer_pay_amount = body
            .buyer_pay_amount
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "micropay")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_buyer_pay_amount = h_buyer_pay_amount.as_ref().map(|h| h.as_str());
        let h_invoice_amount = body
            .invoice_amount
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "micropay")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_invoice_amount = h_invoice_amount.as_ref().map(|h| h.as_str());
        let h_point_amount = body
            .point_amount
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "micropay")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_point_amount = h_point_amount.as_ref().map(|h| h.as_str());
        let h_receipt_amount = body
            .receipt_amount
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "micropay")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_receipt_amount = h_receipt_amount.as_ref().map(|h| h.as_str());
        let f_trade_state = {
            let x = &body.trade_state;
            ::payspec_core::write::enum_text(x, "micropay")
        }?;
        let status_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "code"))
            .transpose()?;
        let status_msg = status.message.as_deref();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_merchant_id.len() + f_device_info.map_or(0, str::len)
            + f_nonce_str.map_or(0, str::len) + f_err_code.map_or(0, str::len)
            + f_err_msg.map_or(0, str::len) + f_need_query.map_or(0, str::len)
            + f_openid.map_or(0, str::len) + f_pay_type.len()
            + f_is_subscribe.map_or(0, str::len) + f_mch_trade_id.len()
            + f_ch_trade_id.map_or(0, str::len) + f_trade_id.len()
            + f_out_trade_id.map_or(0, str::len) + f_sub_is_subscribe.map_or(0, str::len)
            + f_sub_appid.map_or(0, str::len) + f_total_fee.len()
            + f_coupon_fee.map_or(0, str::len) + f_currency_type.map_or(0, str::len)
            + f_attach.map_or(0, str::len) + f_bank_type.map_or(0, str::len)
            + f_bank_billno.map_or(0, str::len) + f_time_end.map_or(0, str::len)
            + f_appid.map_or(0, str::len) + f_fee_type.map_or(0, str::len)
            + f_buyer_logon_id.map_or(0, str::len) + f_fund_bill_list.map_or(0, str::len)
            + f_buyer_user_id.map_or(0, str::len)
            + f_buyer_pay_amount.map_or(0, str::len)
            + f_invoice_amount.map_or(0, str::len) + f_point_amount.map_or(0, str::len)
            + f_receipt_amount.map_or(0, str::len) + f_trade_state.len()
            + status_code.map_or(0, str::len) + status_msg.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            678usize + len,
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
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"mch_trade_id\":");
        ::payspec_core::write::str(&mut out, f_mch_trade_id);
        out.extend_from_slice(b",\"merchant_id\":");
        ::payspec_core::write::str(&mut out, f_merchant_id);
        if let ::std::option::Option::Some(v) = f_need_query {
            out.extend_from_slice(b",\"need_query\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_nonce_str {
            out.extend_from_slice(b",\"nonce_str\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_openid {
            out.extend_from_slice(b",\"openid\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_out_trade_id {
            out.extend_from_slice(b",\"out_trade_id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"pay_type\":");
        ::payspec_core::write::str(&mut out, f_pay_type);
        if let ::std::option::Option::Some(v) = f_point_amount {
            out.extend_from_slice(b",\"point_amount\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_receipt_amount {
            out.extend_from_slice(b",\"receipt_amount\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_sub_appid {
            out.extend_from_slice(b",\"sub_appid\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_sub_is_subscribe {
            out.extend_from_slice(b",\"sub_is_subscribe\":");
            ::payspec_core::write::str(&mut out, v);
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
        signer.pair(b"&mch_trade_id=", f_mch_trade_id);
        signer.pair(b"&merchant_id=", f_merchant_id);
        if let ::std::option::Option::Some(v) = f_need_query {
            signer.pair(b"&need_query=", v);
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
        signer.pair(b"&pay_type=", f_pay_type);
        if let ::std::option::Option::Some(v) = f_point_amount {
            signer.pair(b"&point_amount=", v);
        }
        if let ::std::option::Option::Some(v) = f_receipt_amount {
            signer.pair(b"&receipt_amount=", v);
        }
        if let ::std::option::Option::Some(v) = f_sub_appid {
            signer.pair(b"&sub_appid=", v);
        }
        if let ::std::option::Option::Some(v) = f_sub_is_subscribe {
            signer.pair(b"&sub_is_subscribe=", v);
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
impl ::payspec_core::codec::read::Content for MicropayResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_merchant_id = ::std::option::Option::None;
        let mut f_device_info = ::std::option::Option::None;
        let mut f_nonce_str = ::std::option::Option::None;
        let mut f_err_code = ::std::option::Option::None;
        let mut f_err_msg = ::std::option::Option::None;
        let mut f_need_query = ::std::option::Option::None;
        let mut f_openid = ::std::option::Option::None;
        let mut f_pay_type = ::std::option::Option::None;
        let mut f_is_subscribe = ::std::option::Option::None;
        let mut f_mch_trade_id = ::std::option::Option::None;
        let mut f_ch_trade_id = ::std::option::Option::None;
        let mut f_trade_id = ::std::option::Option::None;
        let mut f_out_trade_id = ::std::option::Option::None;
        let mut f_sub_is_subscribe = ::std::option::Option::None;
        let mut f_sub_appid = ::std::option::Option::None;
        let mut f_total_fee = ::std::option::Option::None;
        let mut f_coupon_fee = ::std::option::Option::None;
        let mut f_currency_type = ::std::option::Option::None;
        let mut f_attach = ::std::option::Option::None;
        let mut f_bank_type = ::std::option::Option::None;
        let mut f_bank_billno = ::std::option::Option::None;
        let mut f_time_end = ::std::option::Option::None;
        let mut f_appid = ::std::option::Option::None;
        let mut f_fee_type = ::std::option::Option::None;
        let mut f_buyer_logon_id = ::std::option::Option::None;
        let mut f_fund_bill_list = ::std::option::Option::None;
        let mut f_buyer_user_id = ::std::option::Option::None;
        let mut f_buyer_pay_amount = ::std::option::Option::None;
        let mut f_invoice_amount = ::std::option::Option::None;
        let mut f_point_amount = ::std::option::Option::None;
        let mut f_receipt_amount = ::std::option::Option::None;
        let mut f_trade_state = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "merchant_id" => {
                    f_merchant_id = ::std::option::Option::Some(content.text(raw)?);
                }
                "device_info" => f_device_info = content.text_opt(raw)?,
                "nonce_str" => f_nonce_str = content.text_opt(raw)?,
                "err_code" => f_err_code = content.text_opt(raw)?,
                "err_msg" => f_err_msg = content.text_opt(raw)?,
                "need_query" => {
                    f_need_query = ::payspec_core::codec::read::flag_opt(raw)?;
                }
                "openid" => f_openid = content.text_opt(raw)?,
                "pay_type" => {
                    f_pay_type = ::std::option::Option::Some(content.text(raw)?);
                }
                "is_subscribe" => {
                    f_is_subscribe = ::payspec_core::codec::read::flag_opt(raw)?;
                }
                "mch_trade_id" => {
                    f_mch_trade_id = ::std::option::Option::Some(content.text(raw)?);
                }
                "ch_trade_id" => f_ch_trade_id = content.text_opt(raw)?,
                "trade_id" => {
                    f_trade_id = ::std::option::Option::Some(content.text(raw)?);
                }
                "out_trade_id" => f_out_trade_id = content.text_opt(raw)?,
                "sub_is_subscribe" => {
                    f_sub_is_subscribe = ::payspec_core::codec::read::flag_opt(raw)?;
                }
                "sub_appid" => f_sub_appid = content.text_opt(raw)?,
                "total_fee" => {
                    f_total_fee = ::std::option::Option::Some(
                        ::payspec_core::wire::fen::from_raw(raw).ok()?,
                    );
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
                "appid" => f_appid = content.text_opt(raw)?,
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
                "trade_state" => {
                    f_trade_state = ::std::option::Option::Some(
                        ::payspec_core::codec::read::open_enum(raw)?,
                    );
                }
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(MicropayResponse {
            merchant_id: f_merchant_id?,
            device_info: f_device_info,
            nonce_str: f_nonce_str,
            err_code: f_err_code,
            err_msg: f_err_msg,
            need_query: f_need_query,
            openid: f_openid,
            pay_type: f_pay_type?,
            is_subscribe: f_is_subscribe,
            mch_trade_id: f_mch_trade_id?,
            ch_trade_id: f_ch_trade_id,
            trade_id: f_trade_id?,
            out_trade_id: f_out_trade_id,
            sub_is_subscribe: f_sub_is_subscribe,
            sub_appid: f_sub_appid,
            total_fee: f_total_fee?,
            coupon_fee: f_coupon_fee,
            currency_type: f_currency_type,
            attach: f_attach,
            bank_type: f_bank_type,
            bank_billno: f_bank_billno,
            time_end: f_time_end,
            appid: f_appid,
            fee_type: f_fee_type,
            buyer_logon_id: f_buyer_logon_id,
            fund_bill_list: f_fund_bill_list,
            buyer_user_id: f_buyer_user_id,
            buyer_pay_amount: f_buyer_pay_amount,
            invoice_amount: f_invoice_amount,
            point_amount: f_point_amount,
            receipt_amount: f_receipt_amount,
            trade_state: f_trade_state?,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "micropay",
    role: ::payspec_core::descriptor::OperationRole::Pay,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/paygate/merchant_info/pay",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[("pay_type", "alipay.micro")],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &[
        "attach",
        "auth_code",
        "body",
        "device_info",
        "goods_tag",
        "mch_trade_id",
        "op_device_id",
        "op_user_id",
        "pay_type",
        "scene",
        "settle_type",
        "spbill_create_ip",
        "store_id",
        "subject",
        "time_expire",
        "time_start",
        "total_fee",
    ],
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
        "need_query",
        "nonce_str",
        "openid",
        "out_trade_id",
        "pay_type",
        "point_amount",
        "receipt_amount",
        "sub_appid",
        "sub_is_subscribe",
        "time_end",
        "total_fee",
        "trade_id",
        "trade_state",
    ],
    request_required: &[
        "auth_code",
        "body",
        "device_info",
        "mch_trade_id",
        "spbill_create_ip",
        "subject",
        "total_fee",
    ],
    response_required: &[
        "mch_trade_id",
        "merchant_id",
        "pay_type",
        "total_fee",
        "trade_id",
        "trade_state",
    ],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
                path: &["code"],
            },
            ::payspec_core::descriptor::Signal {
                name: "need_query",
                path: &["data", "need_query"],
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
                        test: ::payspec_core::descriptor::Test::OneOf(&["0"]),
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
                        signal: "need_query",
                        test: ::payspec_core::descriptor::Test::OneOf(&["N"]),
                    },
                    ::payspec_core::descriptor::Condition {
                        signal: "trade_state",
                        test: ::payspec_core::descriptor::Test::OneOf(
                            &["2", "3", "4", "7"],
                        ),
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Failed,
                ),
            },
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["0"]),
                    },
                    ::payspec_core::descriptor::Condition {
                        signal: "trade_state",
                        test: ::payspec_core::descriptor::Test::OneOf(&["2", "5", "6"]),
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Pending,
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
            role: ::payspec_core::descriptor::UnifiedRole::Subject,
            wire: "subject",
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
    request_defaults: &[
        ::payspec_core::descriptor::FieldDefault {
            wire: "spbill_create_ip",
            json: "\"127.0.0.1\"",
        },
    ],
    response_defaults: &[
        ::payspec_core::descriptor::FieldDefault {
            wire: "pay_type",
            json: "\"alipay.micro\"",
        },
    ],
    updates_config: &[],
};
