// @generated from tests/golden/flat_md5/spec.yaml by `codegen generate`; do not edit.

//! Operation `micropay` (pay, outbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MicropayRequest {
    /// `out_trade_no`
    pub out_trade_no: ::std::string::String,
    /// `total_fee`
    #[serde(with = "::payspec_core::wire::fen")]
    pub total_fee: ::payspec_core::Money,
    /// `auth_code`
    pub auth_code: ::payspec_core::Redacted<::std::string::String>,
    /// `scene`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scene: ::std::option::Option<super::types::Scene>,
    /// `type`
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::int_opt"
    )]
    pub type_: ::std::option::Option<i64>,
    /// `time_start`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::compact_opt"
    )]
    pub time_start: ::std::option::Option<::payspec_core::LocalTimestamp>,
    /// `detail`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::json_string_opt"
    )]
    pub detail: ::std::option::Option<super::types::Detail>,
}
impl MicropayRequest {
    /// With the required fields, in the spec's order; the others start absent, except those
    /// with a spec default, which start at it:
    /// - `scene`: `"bar_code"`
    pub fn new(
        out_trade_no: impl ::std::convert::Into<::std::string::String>,
        total_fee: ::payspec_core::Money,
        auth_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        MicropayRequest {
            out_trade_no: out_trade_no.into(),
            total_fee,
            auth_code: ::payspec_core::Redacted::new(auth_code.into()),
            scene: ::std::option::Option::Some(super::types::Scene::BarCode),
            type_: ::std::option::Option::None,
            time_start: ::std::option::Option::None,
            detail: ::std::option::Option::None,
        }
    }
    /// Sets `scene` (from its default `"bar_code"`).
    pub fn with_scene(mut self, scene: super::types::Scene) -> Self {
        self.scene = ::std::option::Option::Some(scene);
        self
    }
    /// Sets `type`.
    pub fn with_type(mut self, type_: i64) -> Self {
        self.type_ = ::std::option::Option::Some(type_);
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
    /// Sets `detail`.
    pub fn with_detail(mut self, detail: super::types::Detail) -> Self {
        self.detail = ::std::option::Option::Some(detail);
        self
    }
}
impl ::payspec_core::Validate for MicropayRequest {
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
            static PATTERN: ::payspec_core::validate::Pattern = ::payspec_core::validate::Pattern::new(
                "^[A-Za-z0-9_]{5,32}$",
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
        ::payspec_core::validate::required_text(
            out,
            path,
            "auth_code",
            self.auth_code.expose(),
        );
        {
            let v = &self.auth_code;
            ::payspec_core::validate::charset(
                out,
                path,
                "auth_code",
                v.expose(),
                ::payspec_core::validate::Charset::Digits,
            );
        }
        if let ::std::option::Option::Some(v) = &self.type_ {
            ::payspec_core::validate::int_range(
                out,
                path,
                "type",
                *v,
                ::std::option::Option::Some(1),
                ::std::option::Option::Some(5),
            );
        }
        if let ::std::option::Option::Some(v) = &self.detail {
            ::payspec_core::validate::nested(out, path, "detail", v);
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
        let f_out_trade_no = self.out_trade_no.as_str();
        let h_total_fee = {
            let x = &self.total_fee;
            ::payspec_core::write::cny(x, "micropay")
                .map(|m| ::payspec_core::write::int(m.minor()))
        }?;
        let f_total_fee = h_total_fee.as_str();
        let f_auth_code = self.auth_code.expose().as_str();
        let f_scene = self
            .scene
            .as_ref()
            .map(|x| ::payspec_core::write::enum_text(x, "micropay"))
            .transpose()?;
        let h_type_ = self.type_.as_ref().map(|x| ::payspec_core::write::int(*x));
        let f_type_ = h_type_.as_ref().map(|h| h.as_str());
        let h_time_start = self
            .time_start
            .as_ref()
            .map(::payspec_core::write::compact)
            .transpose()?;
        let f_time_start = h_time_start.as_ref().map(|h| h.as_str());
        let h_detail = self
            .detail
            .as_ref()
            .map(|x| ::payspec_core::write::json_text(x, "micropay"))
            .transpose()?;
        let f_detail = h_detail.as_deref();
        let c_merchant_id: &str = ::payspec_core::write::config(config, "merchant_id")?;
        let nonce = ::payspec_core::write::nonce(&ctx.nonce, 16, "request")?;
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_out_trade_no.len() + f_total_fee.len() + f_auth_code.len()
            + f_scene.map_or(0, str::len) + f_type_.map_or(0, str::len)
            + f_time_start.map_or(0, str::len) + f_detail.map_or(0, str::len)
            + c_merchant_id.len() + nonce.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            230usize + len,
        );
        out.extend_from_slice(b"{\"merchant_id\":");
        ::payspec_core::write::str(&mut out, c_merchant_id);
        out.extend_from_slice(b",\"nonce_str\":");
        ::payspec_core::write::str(&mut out, nonce);
        out.extend_from_slice(b",\"auth_code\":");
        ::payspec_core::write::str(&mut out, f_auth_code);
        if let ::std::option::Option::Some(v) = f_detail {
            out.extend_from_slice(b",\"detail\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"out_trade_no\":");
        ::payspec_core::write::str(&mut out, f_out_trade_no);
        out.extend_from_slice(b",\"pay_type\":\"micro\"");
        if let ::std::option::Option::Some(v) = f_scene {
            out.extend_from_slice(b",\"scene\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_time_start {
            out.extend_from_slice(b",\"time_start\":");
            ::payspec_core::write::str(&mut out, v);
        }
        out.extend_from_slice(b",\"total_fee\":");
        out.extend_from_slice(f_total_fee.as_bytes());
        if let ::std::option::Option::Some(v) = f_type_ {
            out.extend_from_slice(b",\"type\":");
            out.extend_from_slice(v.as_bytes());
        }
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        signer.pair(b"&auth_code=", f_auth_code);
        if let ::std::option::Option::Some(v) = f_detail {
            signer.pair(b"&detail=", v);
        }
        signer.pair(b"&merchant_id=", c_merchant_id);
        signer.pair(b"&nonce_str=", nonce);
        signer.pair(b"&out_trade_no=", f_out_trade_no);
        signer.pair_fixed(b"&pay_type=micro");
        if let ::std::option::Option::Some(v) = f_scene {
            signer.pair(b"&scene=", v);
        }
        if let ::std::option::Option::Some(v) = f_time_start {
            signer.pair(b"&time_start=", v);
        }
        signer.pair(b"&total_fee=", f_total_fee);
        if let ::std::option::Option::Some(v) = f_type_ {
            signer.pair(b"&type=", v);
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
pub struct MicropayResponse {
    /// `out_trade_no`
    pub out_trade_no: ::payspec_core::Text,
    /// `trade_state`
    pub trade_state: super::types::TradeState,
    /// `total_fee`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::fen_opt"
    )]
    pub total_fee: ::std::option::Option<::payspec_core::Money>,
    /// `paid`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub paid: ::std::option::Option<::payspec_core::Money>,
    /// `need_query`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub need_query: ::std::option::Option<::payspec_core::Flag>,
    /// `paid_at`
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::unix_seconds_opt"
    )]
    pub paid_at: ::std::option::Option<::payspec_core::Timestamp>,
}
impl MicropayResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        out_trade_no: impl ::std::convert::Into<::payspec_core::Text>,
        trade_state: super::types::TradeState,
    ) -> Self {
        MicropayResponse {
            out_trade_no: out_trade_no.into(),
            trade_state,
            total_fee: ::std::option::Option::None,
            paid: ::std::option::Option::None,
            need_query: ::std::option::Option::None,
            paid_at: ::std::option::Option::None,
        }
    }
    /// Sets `total_fee`.
    pub fn with_total_fee(mut self, total_fee: ::payspec_core::Money) -> Self {
        self.total_fee = ::std::option::Option::Some(total_fee);
        self
    }
    /// Sets `paid`.
    pub fn with_paid(mut self, paid: ::payspec_core::Money) -> Self {
        self.paid = ::std::option::Option::Some(paid);
        self
    }
    /// Sets `need_query`.
    pub fn with_need_query(mut self, need_query: ::payspec_core::Flag) -> Self {
        self.need_query = ::std::option::Option::Some(need_query);
        self
    }
    /// Sets `paid_at`.
    pub fn with_paid_at(mut self, paid_at: ::payspec_core::Timestamp) -> Self {
        self.paid_at = ::std::option::Option::Some(paid_at);
        self
    }
}
impl ::payspec_core::Validate for MicropayResponse {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "out_trade_no",
            &self.out_trade_no,
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
        if let ::std::option::Option::Some(v) = &self.paid {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "paid",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "paid", v);
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
            if !::std::matches!(s_code, ::std::option::Option::Some("0")) {
                ::payspec_core::Classification::Unknown
            } else if ::std::matches!(s_trade_state, ::std::option::Option::Some("0")) {
                ::payspec_core::Classification::Success
            } else if ::std::matches!(s_need_query, ::std::option::Option::Some("N")) {
                ::payspec_core::Classification::Failed
            } else if s_trade_state.is_some() {
                match s_trade_state {
                    ::std::option::Option::Some("0") => {
                        ::payspec_core::TradeStatus::Success.classification()
                    }
                    ::std::option::Option::Some("6") => {
                        ::payspec_core::TradeStatus::Paying.classification()
                    }
                    ::std::option::Option::Some("7") => {
                        ::payspec_core::TradeStatus::Failed.classification()
                    }
                    ::std::option::Option::Some("9") => {
                        ::payspec_core::TradeStatus::Attention.classification()
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
        let f_out_trade_no = body.out_trade_no.as_str();
        let f_trade_state = {
            let x = &body.trade_state;
            ::payspec_core::write::enum_text(x, "micropay")
        }?;
        let h_total_fee = body
            .total_fee
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "micropay")
                    .map(|m| ::payspec_core::write::int(m.minor()))
            })
            .transpose()?;
        let f_total_fee = h_total_fee.as_ref().map(|h| h.as_str());
        let h_paid = body
            .paid
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "micropay")
                    .map(|m| ::payspec_core::write::major(&m))
            })
            .transpose()?;
        let f_paid = h_paid.as_ref().map(|h| h.as_str());
        let f_need_query = body.need_query.as_ref().map(|x| x.as_wire());
        let h_paid_at = body
            .paid_at
            .as_ref()
            .map(|x| ::payspec_core::write::int(x.unix()));
        let f_paid_at = h_paid_at.as_ref().map(|h| h.as_str());
        let status_code = status
            .code
            .as_deref()
            .map(|t| ::payspec_core::write::number(t, "code"))
            .transpose()?;
        let status_msg = status.message.as_deref();
        let c_key: &str = ::payspec_core::write::config(config, "key")?;
        let len: usize = f_out_trade_no.len() + f_trade_state.len()
            + f_total_fee.map_or(0, str::len) + f_paid.map_or(0, str::len)
            + f_need_query.map_or(0, str::len) + f_paid_at.map_or(0, str::len)
            + status_code.map_or(0, str::len) + status_msg.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(
            198usize + len,
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
        out.extend_from_slice(b"\"data\":");
        let start_1 = out.len();
        out.extend_from_slice(b"{");
        if let ::std::option::Option::Some(v) = f_need_query {
            out.extend_from_slice(b"\"need_query\":");
            ::payspec_core::write::str(&mut out, v);
        }
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"out_trade_no\":");
        ::payspec_core::write::str(&mut out, f_out_trade_no);
        if let ::std::option::Option::Some(v) = f_paid {
            out.extend_from_slice(b",\"paid\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_paid_at {
            out.extend_from_slice(b",\"paid_at\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_total_fee {
            out.extend_from_slice(b",\"total_fee\":");
            out.extend_from_slice(v.as_bytes());
        }
        out.extend_from_slice(b",\"trade_state\":");
        out.extend_from_slice(f_trade_state.as_bytes());
        out.extend_from_slice(b"}");
        let end_1 = out.len();
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::Md5,
        >::new(&super::PROVIDER.signing, c_key)?;
        if let ::std::option::Option::Some(v) = status_code {
            signer.pair(b"&code=", v);
        }
        signer.pair_bytes(b"&data=", &out[start_1..end_1]);
        if let ::std::option::Option::Some(v) = status_msg {
            signer.pair(b"&msg=", v);
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
        let mut f_out_trade_no = ::std::option::Option::None;
        let mut f_trade_state = ::std::option::Option::None;
        let mut f_total_fee = ::std::option::Option::None;
        let mut f_paid = ::std::option::Option::None;
        let mut f_need_query = ::std::option::Option::None;
        let mut f_paid_at = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "out_trade_no" => {
                    f_out_trade_no = ::std::option::Option::Some(content.text(raw)?);
                }
                "trade_state" => {
                    f_trade_state = ::std::option::Option::Some(
                        ::payspec_core::codec::read::open_enum(raw)?,
                    );
                }
                "total_fee" => {
                    f_total_fee = ::payspec_core::wire::fen_opt::from_raw(raw).ok()?;
                }
                "paid" => {
                    f_paid = ::payspec_core::wire::yuan_string_opt::from_raw(raw).ok()?;
                }
                "need_query" => {
                    f_need_query = ::payspec_core::codec::read::flag_opt(raw)?;
                }
                "paid_at" => {
                    f_paid_at = ::payspec_core::wire::unix_seconds_opt::from_raw(raw)
                        .ok()?;
                }
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(MicropayResponse {
            out_trade_no: f_out_trade_no?,
            trade_state: f_trade_state?,
            total_fee: f_total_fee,
            paid: f_paid,
            need_query: f_need_query,
            paid_at: f_paid_at,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "micropay",
    role: ::payspec_core::descriptor::OperationRole::Pay,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/pay",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[("pay_type", "micro")],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &[
        "auth_code",
        "detail",
        "out_trade_no",
        "pay_type",
        "scene",
        "time_start",
        "total_fee",
        "type",
    ],
    response_fields: &[
        "need_query",
        "out_trade_no",
        "paid",
        "paid_at",
        "total_fee",
        "trade_state",
    ],
    request_required: &["auth_code", "out_trade_no", "total_fee"],
    response_required: &["out_trade_no", "trade_state"],
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
                        test: ::payspec_core::descriptor::Test::NoneOf(&["0"]),
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Unknown,
                ),
            },
            ::payspec_core::descriptor::Rule {
                when: &[
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
                        signal: "need_query",
                        test: ::payspec_core::descriptor::Test::OneOf(&["N"]),
                    },
                ],
                then: ::payspec_core::descriptor::RuleResult::Is(
                    ::payspec_core::Classification::Failed,
                ),
            },
            ::payspec_core::descriptor::Rule {
                when: &[
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
            role: ::payspec_core::descriptor::UnifiedRole::TradeState,
            wire: "trade_state",
            format: ::payspec_core::descriptor::ValueFormat::Code {
                integer: true,
            },
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
