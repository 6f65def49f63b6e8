// @generated from tests/golden/nested_envelope/spec.yaml by `codegen generate`; do not edit.

//! Operation `pay` (pay, outbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayRequest {
    /// `partnerOrderNo`
    #[serde(rename = "partnerOrderNo")]
    pub partner_order_no: ::std::string::String,
    /// `barcode`
    pub barcode: ::payspec_core::Redacted<::std::string::String>,
    /// `orderAmount`
    #[serde(rename = "orderAmount", with = "::payspec_core::wire::minor")]
    pub order_amount: ::payspec_core::MinorAmount,
    /// `currency`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency: ::std::option::Option<::std::string::String>,
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
            currency: ::std::option::Option::None,
        }
    }
    /// Sets `currency`.
    pub fn with_currency(
        mut self,
        currency: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = ::std::option::Option::Some(currency.into());
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
        if let ::std::option::Option::Some(v) = &self.currency {
            ::payspec_core::validate::max_chars(out, path, "currency", v, 3);
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
        let f_currency = self.currency.as_deref();
        let now = ::payspec_core::write::request_time(ctx.unix_time, 540)?;
        let h_now = now.rfc3339()?;
        let time = h_now.as_str();
        let c_partner_no: &str = ::payspec_core::write::config(config, "partner_no")?;
        let message_id = ctx.message_id.as_str();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_partner_order_no.len() + f_barcode.len()
            + f_order_amount.len() + f_currency.map_or(0, str::len) + time.len()
            + c_partner_no.len() + message_id.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            246usize + len,
        );
        out.extend_from_slice(b"{\"request\":");
        let start_1 = out.len();
        out.extend_from_slice(b"{\"body\":{\"barcode\":");
        ::payspec_core::write::str(&mut out, f_barcode);
        if let ::std::option::Option::Some(v) = f_currency {
            out.extend_from_slice(b",\"currency\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"orderAmount\":");
        out.extend_from_slice(f_order_amount.as_bytes());
        out.extend_from_slice(b",\"partnerOrderNo\":");
        ::payspec_core::write::str(&mut out, f_partner_order_no);
        out.extend_from_slice(b"},\"header\":{\"partnerNo\":");
        ::payspec_core::write::str(&mut out, c_partner_no);
        out.extend_from_slice(b",\"reqMsgId\":");
        ::payspec_core::write::str(&mut out, message_id);
        out.extend_from_slice(b",\"requestTime\":");
        ::payspec_core::write::str(&mut out, time);
        out.extend_from_slice(b",\"signType\":\"SHA256\"}}");
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
    /// `code`
    #[serde(with = "::payspec_core::wire::int")]
    pub code: i64,
    /// `orderAmount`
    #[serde(
        rename = "orderAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::minor_opt"
    )]
    pub order_amount: ::std::option::Option<::payspec_core::MinorAmount>,
    /// `currency`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency: ::std::option::Option<::payspec_core::Text>,
    /// `status`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<super::types::TradeState>,
    /// `wallet`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub wallet: ::std::option::Option<super::types::Wallet>,
    /// `payTime`
    #[serde(
        rename = "payTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::rfc3339_opt"
    )]
    pub pay_time: ::std::option::Option<::payspec_core::Timestamp>,
}
impl PayResponse {
    /// With the required fields, in the spec's order; the others start absent, except those
    /// with a spec default, which start at it:
    /// - `wallet`: `"Alipay"`
    pub fn new(code: i64) -> Self {
        PayResponse {
            code,
            order_amount: ::std::option::Option::None,
            currency: ::std::option::Option::None,
            status: ::std::option::Option::None,
            wallet: ::std::option::Option::Some(super::types::Wallet::Alipay),
            pay_time: ::std::option::Option::None,
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
    /// Sets `currency`.
    pub fn with_currency(
        mut self,
        currency: impl ::std::convert::Into<::payspec_core::Text>,
    ) -> Self {
        self.currency = ::std::option::Option::Some(currency.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, status: super::types::TradeState) -> Self {
        self.status = ::std::option::Option::Some(status);
        self
    }
    /// Sets `wallet` (from its default `"Alipay"`).
    pub fn with_wallet(mut self, wallet: super::types::Wallet) -> Self {
        self.wallet = ::std::option::Option::Some(wallet);
        self
    }
    /// Sets `payTime`.
    pub fn with_pay_time(mut self, pay_time: ::payspec_core::Timestamp) -> Self {
        self.pay_time = ::std::option::Option::Some(pay_time);
        self
    }
}
impl ::payspec_core::Validate for PayResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.order_amount {
            ::payspec_core::validate::amount_positive(out, path, "orderAmount", v);
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
            if ::std::matches!(s_code, ::std::option::Option::Some("1")) {
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
        let h_code = {
            let x = &body.code;
            ::payspec_core::write::int(*x)
        };
        let f_code = h_code.as_str();
        let h_order_amount = body
            .order_amount
            .as_ref()
            .map(|x| ::payspec_core::write::int(x.0));
        let f_order_amount = h_order_amount.as_ref().map(|h| h.as_str());
        let f_currency = body.currency.as_deref();
        let f_status = body
            .status
            .as_ref()
            .map(|x| ::payspec_core::write::enum_text(x, "pay"))
            .transpose()?;
        let f_wallet = body
            .wallet
            .as_ref()
            .map(|x| ::payspec_core::write::enum_text(x, "pay"))
            .transpose()?;
        let h_pay_time = body
            .pay_time
            .as_ref()
            .map(::payspec_core::write::rfc3339)
            .transpose()?;
        let f_pay_time = h_pay_time.as_ref().map(|h| h.as_str());
        let now = ::payspec_core::write::request_time(ctx.unix_time, 540)?;
        let h_now = now.rfc3339()?;
        let time = h_now.as_str();
        let message_id = ctx.message_id.as_str();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_code.len() + f_order_amount.map_or(0, str::len)
            + f_currency.map_or(0, str::len) + f_status.map_or(0, str::len)
            + f_wallet.map_or(0, str::len) + f_pay_time.map_or(0, str::len) + time.len()
            + message_id.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            227usize + len,
        );
        out.extend_from_slice(b"{\"response\":");
        let start_1 = out.len();
        out.extend_from_slice(b"{\"body\":{\"code\":");
        out.extend_from_slice(f_code.as_bytes());
        if let ::std::option::Option::Some(v) = f_currency {
            out.extend_from_slice(b",\"currency\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_order_amount {
            out.extend_from_slice(b",\"orderAmount\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_pay_time {
            out.extend_from_slice(b",\"payTime\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_status {
            out.extend_from_slice(b",\"status\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_wallet {
            out.extend_from_slice(b",\"wallet\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b"},\"header\":{\"reqMsgId\":");
        ::payspec_core::write::str(&mut out, message_id);
        out.extend_from_slice(b",\"respTime\":");
        ::payspec_core::write::str(&mut out, time);
        out.extend_from_slice(b"}}");
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
        self.status.as_ref()
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
        let mut f_code = ::std::option::Option::None;
        let mut f_order_amount = ::std::option::Option::None;
        let mut f_currency = ::std::option::Option::None;
        let mut f_status = ::std::option::Option::None;
        let mut f_wallet = ::std::option::Option::None;
        let mut f_pay_time = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "code" => {
                    f_code = ::std::option::Option::Some(
                        ::payspec_core::wire::int::from_raw(raw).ok()?,
                    );
                }
                "orderAmount" => {
                    f_order_amount = ::payspec_core::wire::minor_opt::from_raw(raw).ok()?;
                }
                "currency" => f_currency = content.text_opt(raw)?,
                "status" => f_status = ::payspec_core::codec::read::open_enum_opt(raw)?,
                "wallet" => f_wallet = ::payspec_core::codec::read::open_enum_opt(raw)?,
                "payTime" => {
                    f_pay_time = ::payspec_core::wire::rfc3339_opt::from_raw(raw).ok()?;
                }
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(PayResponse {
            code: f_code?,
            order_amount: f_order_amount,
            currency: f_currency,
            status: f_status,
            wallet: f_wallet,
            pay_time: f_pay_time,
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
    request_fields: &["barcode", "currency", "orderAmount", "partnerOrderNo"],
    response_fields: &["code", "currency", "orderAmount", "payTime", "status", "wallet"],
    request_required: &["barcode", "orderAmount", "partnerOrderNo"],
    response_required: &["code"],
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
                currency_field: ::std::option::Option::Some("currency"),
                currency_config: ::std::option::Option::None,
            },
        },
    ],
    response_unified: &[
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
    ],
    updates_config: &[],
};
