// @generated from tests/golden/json_string_envelope/spec.yaml by `codegen generate`; do not edit.

//! Operation `swipe` (pay, outbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SwipeRequest {
    /// `merchant_order_sn`
    pub merchant_order_sn: ::std::string::String,
    /// `auth_code`
    pub auth_code: ::payspec_core::Redacted<::std::string::String>,
    /// `total_fee`
    #[serde(with = "::payspec_core::wire::yuan_number")]
    pub total_fee: ::payspec_core::Money,
    /// `expire_ms`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::unix_millis_opt"
    )]
    pub expire_ms: ::std::option::Option<::payspec_core::Timestamp>,
}
impl SwipeRequest {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        merchant_order_sn: impl ::std::convert::Into<::std::string::String>,
        auth_code: impl ::std::convert::Into<::std::string::String>,
        total_fee: ::payspec_core::Money,
    ) -> Self {
        SwipeRequest {
            merchant_order_sn: merchant_order_sn.into(),
            auth_code: ::payspec_core::Redacted::new(auth_code.into()),
            total_fee,
            expire_ms: ::std::option::Option::None,
        }
    }
    /// Sets `expire_ms`.
    pub fn with_expire_ms(mut self, expire_ms: ::payspec_core::Timestamp) -> Self {
        self.expire_ms = ::std::option::Option::Some(expire_ms);
        self
    }
}
impl ::payspec_core::Validate for SwipeRequest {
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
        ::payspec_core::validate::required_text(
            out,
            path,
            "auth_code",
            self.auth_code.expose(),
        );
        {
            let v = &self.auth_code;
            ::payspec_core::validate::max_chars(out, path, "auth_code", v.expose(), 18);
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
    }
}
impl SwipeRequest {
    /// Validates, then encodes the signed request (client side). Nothing is encoded when
    /// validation fails: every violation is returned.
    pub fn encode(
        &self,
        config: &dyn ::payspec_core::Credentials,
        ctx: &::payspec_core::EncodeContext,
    ) -> ::std::result::Result<::payspec_core::Message, ::payspec_core::Error> {
        ::payspec_core::Validate::validate(self)
            .map_err(::payspec_core::Error::Invalid)?;
        let f_merchant_order_sn = self.merchant_order_sn.as_str();
        let f_auth_code = self.auth_code.expose().as_str();
        let h_total_fee = {
            let x = &self.total_fee;
            ::payspec_core::write::cny(x, "swipe")
                .map(|m| ::payspec_core::write::major(&m))
        }?;
        let f_total_fee = h_total_fee.as_str();
        let h_expire_ms = self
            .expire_ms
            .as_ref()
            .map(|x| ::payspec_core::write::int(x.unix_millis()));
        let f_expire_ms = h_expire_ms.as_ref().map(|h| h.as_str());
        let c_app_id: &str = ::payspec_core::write::config(config, "app_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 8, "request")?;
        let now = ::payspec_core::write::request_time(ctx.unix_time, 480)?;
        let h_now = now.datetime()?;
        let time = h_now.as_str();
        let c_app_secret: &str = ::payspec_core::write::config(config, "app_secret")?;
        let len: usize = f_merchant_order_sn.len() + f_auth_code.len()
            + f_total_fee.len() + f_expire_ms.map_or(0, str::len) + c_app_id.len()
            + nonce.len() + time.len();
        let mut inner_1: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            70usize + len,
        );
        inner_1.extend_from_slice(b"{\"auth_code\":");
        ::payspec_core::write::str(&mut inner_1, f_auth_code);
        if let ::std::option::Option::Some(v) = f_expire_ms {
            inner_1.extend_from_slice(b",\"expire_ms\":");
            inner_1.extend_from_slice(v.as_bytes());
        }
        inner_1.extend_from_slice(b",\"merchant_order_sn\":");
        ::payspec_core::write::str(&mut inner_1, f_merchant_order_sn);
        inner_1.extend_from_slice(b",\"total_fee\":");
        inner_1.extend_from_slice(f_total_fee.as_bytes());
        inner_1.extend_from_slice(b"}");
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            204usize + len + ::payspec_core::write::escaped_len(&inner_1),
        );
        out.extend_from_slice(b"{\"app_id\":");
        ::payspec_core::write::str(&mut out, c_app_id);
        out.extend_from_slice(
            b",\"method\":\"openapi.payment.order.swipe\",\"format\":\"json\",\"nonce\":",
        );
        ::payspec_core::write::str(&mut out, nonce);
        out.extend_from_slice(b",\"version\":\"1.0\",\"timestamp\":");
        ::payspec_core::write::str(&mut out, time);
        out.extend_from_slice(b",\"biz_content\":");
        ::payspec_core::write::str_bytes(&mut out, &inner_1);
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_app_secret)?;
        signer.pair(b"&app_id=", c_app_id);
        signer.pair_bytes(b"&biz_content=", &inner_1);
        signer.pair_fixed(b"&format=json");
        signer.pair_fixed(b"&method=openapi.payment.order.swipe");
        signer.pair(b"&nonce=", nonce);
        signer.pair(b"&timestamp=", time);
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
pub struct SwipeResponse {
    /// `merchant_order_sn`
    pub merchant_order_sn: ::payspec_core::Text,
    /// `trade_state`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_state: ::std::option::Option<super::types::TradeState>,
    /// `total_fee`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_number_opt"
    )]
    pub total_fee: ::std::option::Option<::payspec_core::Money>,
    /// `pay_time`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::unix_seconds_opt"
    )]
    pub pay_time: ::std::option::Option<::payspec_core::Timestamp>,
    /// `paid_ms`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::unix_millis_opt"
    )]
    pub paid_ms: ::std::option::Option<::payspec_core::Timestamp>,
    /// `gmt_payment`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::datetime_opt"
    )]
    pub gmt_payment: ::std::option::Option<::payspec_core::LocalTimestamp>,
}
impl SwipeResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        merchant_order_sn: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        SwipeResponse {
            merchant_order_sn: merchant_order_sn.into(),
            trade_state: ::std::option::Option::None,
            total_fee: ::std::option::Option::None,
            pay_time: ::std::option::Option::None,
            paid_ms: ::std::option::Option::None,
            gmt_payment: ::std::option::Option::None,
        }
    }
    /// Sets `trade_state`.
    pub fn with_trade_state(mut self, trade_state: super::types::TradeState) -> Self {
        self.trade_state = ::std::option::Option::Some(trade_state);
        self
    }
    /// Sets `total_fee`.
    pub fn with_total_fee(mut self, total_fee: ::payspec_core::Money) -> Self {
        self.total_fee = ::std::option::Option::Some(total_fee);
        self
    }
    /// Sets `pay_time`.
    pub fn with_pay_time(mut self, pay_time: ::payspec_core::Timestamp) -> Self {
        self.pay_time = ::std::option::Option::Some(pay_time);
        self
    }
    /// Sets `paid_ms`.
    pub fn with_paid_ms(mut self, paid_ms: ::payspec_core::Timestamp) -> Self {
        self.paid_ms = ::std::option::Option::Some(paid_ms);
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
}
impl ::payspec_core::Validate for SwipeResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "merchant_order_sn",
            &self.merchant_order_sn,
        );
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
    }
}
impl SwipeResponse {
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
            if ::std::matches!(s_code, ::std::option::Option::Some("200")) {
                match s_trade_state {
                    ::std::option::Option::Some("SUCCESS") => {
                        ::payspec_core::TradeStatus::Success.classification()
                    }
                    ::std::option::Option::Some("USERPAYING") => {
                        ::payspec_core::TradeStatus::Paying.classification()
                    }
                    _ => ::payspec_core::Classification::Unknown,
                }
            } else if ::std::matches!(s_code, ::std::option::Option::Some("400")) {
                ::payspec_core::Classification::Failed
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
        let f_trade_state = body
            .trade_state
            .as_ref()
            .map(|x| ::payspec_core::write::enum_text(x, "swipe"))
            .transpose()?;
        let h_total_fee = body
            .total_fee
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "swipe")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_total_fee = h_total_fee.as_ref().map(|h| h.as_str());
        let h_pay_time = body
            .pay_time
            .as_ref()
            .map(|x| ::payspec_core::write::int(x.unix()));
        let f_pay_time = h_pay_time.as_ref().map(|h| h.as_str());
        let h_paid_ms = body
            .paid_ms
            .as_ref()
            .map(|x| ::payspec_core::write::int(x.unix_millis()));
        let f_paid_ms = h_paid_ms.as_ref().map(|h| h.as_str());
        let h_gmt_payment = body
            .gmt_payment
            .as_ref()
            .map(::payspec_core::write::datetime)
            .transpose()?;
        let f_gmt_payment = h_gmt_payment.as_ref().map(|h| h.as_str());
        let status_result_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "result_code"))
            .transpose()?;
        let status_result_message = status.message.as_deref();
        let status_sub_code = status.sub_code.as_deref();
        let len: usize = f_merchant_order_sn.len() + f_trade_state.map_or(0, str::len)
            + f_total_fee.map_or(0, str::len) + f_pay_time.map_or(0, str::len)
            + f_paid_ms.map_or(0, str::len) + f_gmt_payment.map_or(0, str::len)
            + status_result_code.map_or(0, str::len)
            + status_result_message.map_or(0, str::len)
            + status_sub_code.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            164usize + len,
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
        if let ::std::option::Option::Some(v) = status_sub_code {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"sub_code\":");
            ::payspec_core::write::str(&mut out, v);
        }
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"data\":{");
        if let ::std::option::Option::Some(v) = f_gmt_payment {
            out.extend_from_slice(b"\"gmt_payment\":");
            ::payspec_core::write::str(&mut out, v);
        }
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"merchant_order_sn\":");
        ::payspec_core::write::str(&mut out, f_merchant_order_sn);
        if let ::std::option::Option::Some(v) = f_paid_ms {
            out.extend_from_slice(b",\"paid_ms\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_pay_time {
            out.extend_from_slice(b",\"pay_time\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_total_fee {
            out.extend_from_slice(b",\"total_fee\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_trade_state {
            out.extend_from_slice(b",\"trade_state\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b"}");
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
impl ::payspec_core::codec::read::Content for SwipeResponse {
    fn read(
        content: &::payspec_core::codec::read::Members<'_>,
    ) -> ::std::option::Option<Self> {
        let mut f_merchant_order_sn = ::std::option::Option::None;
        let mut f_trade_state = ::std::option::Option::None;
        let mut f_total_fee = ::std::option::Option::None;
        let mut f_pay_time = ::std::option::Option::None;
        let mut f_paid_ms = ::std::option::Option::None;
        let mut f_gmt_payment = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "merchant_order_sn" => {
                    f_merchant_order_sn = ::std::option::Option::Some(content.text(raw)?);
                }
                "trade_state" => {
                    f_trade_state = ::payspec_core::codec::read::open_enum_opt(raw)?;
                }
                "total_fee" => {
                    f_total_fee = ::payspec_core::wire::yuan_number_opt::from_raw(raw)
                        .ok()?;
                }
                "pay_time" => {
                    f_pay_time = ::payspec_core::wire::unix_seconds_opt::from_raw(raw)
                        .ok()?;
                }
                "paid_ms" => {
                    f_paid_ms = ::payspec_core::wire::unix_millis_opt::from_raw(raw)
                        .ok()?;
                }
                "gmt_payment" => {
                    f_gmt_payment = ::payspec_core::wire::datetime_opt::from_raw(raw)
                        .ok()?;
                }
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(SwipeResponse {
            merchant_order_sn: f_merchant_order_sn?,
            trade_state: f_trade_state,
            total_fee: f_total_fee,
            pay_time: f_pay_time,
            paid_ms: f_paid_ms,
            gmt_payment: f_gmt_payment,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "swipe",
    role: ::payspec_core::descriptor::OperationRole::Pay,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/gateway",
    http_method: "POST",
    method_constant: ::std::option::Option::Some("openapi.payment.order.swipe"),
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["auth_code", "expire_ms", "merchant_order_sn", "total_fee"],
    response_fields: &[
        "gmt_payment",
        "merchant_order_sn",
        "paid_ms",
        "pay_time",
        "total_fee",
        "trade_state",
    ],
    request_required: &["auth_code", "merchant_order_sn", "total_fee"],
    response_required: &["merchant_order_sn"],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "code",
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
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["200"]),
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::FromState,
            },
            ::payspec_core::descriptor::Rule {
                when: &[
                    ::payspec_core::descriptor::Condition {
                        signal: "code",
                        test: ::payspec_core::descriptor::Test::OneOf(&["400"]),
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
            wire: "merchant_order_sn",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::AuthCode,
            wire: "auth_code",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "total_fee",
            format: ::payspec_core::descriptor::ValueFormat::YuanNumber,
        },
    ],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
