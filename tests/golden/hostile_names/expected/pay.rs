// @generated from tests/golden/hostile_names/spec.yaml by `codegen generate`; do not edit.

//! Operation `pay` (pay, outbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayRequest {
    /// `type`
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    /// `in`
    #[serde(
        rename = "in",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::fen_opt"
    )]
    pub in_: ::std::option::Option<::payspec_core::Money>,
    /// `self`
    #[serde(
        rename = "self",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub self_: ::std::option::Option<::std::string::String>,
    /// `2fa`
    #[serde(
        rename = "2fa",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::int_opt"
    )]
    pub _2fa: ::std::option::Option<i64>,
    /// `Token-Id`
    #[serde(
        rename = "Token-Id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_id: ::std::option::Option<::std::string::String>,
    /// `loop`
    #[serde(
        rename = "loop",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub loop_: ::std::option::Option<super::types::Match>,
    /// `fn`
    #[serde(
        rename = "fn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fn_: ::std::option::Option<bool>,
}
impl PayRequest {
    /// With the required fields, in the spec's order; the others start absent, except those
    /// with a spec default, which start at it:
    /// - `2fa`: `2`
    /// - `Token-Id`: `"a \"quoted\" \\ value"`
    /// - `loop`: `1`
    /// - `fn`: `true`
    pub fn new(type_: impl ::std::convert::Into<::std::string::String>) -> Self {
        PayRequest {
            type_: type_.into(),
            in_: ::std::option::Option::None,
            self_: ::std::option::Option::None,
            _2fa: ::std::option::Option::Some(2),
            token_id: ::std::option::Option::Some(
                ::std::string::String::from("a \"quoted\" \\ value"),
            ),
            loop_: ::std::option::Option::Some(super::types::Match::SelfValue),
            fn_: ::std::option::Option::Some(true),
        }
    }
    /// Sets `in`.
    pub fn with_in(mut self, in_: ::payspec_core::Money) -> Self {
        self.in_ = ::std::option::Option::Some(in_);
        self
    }
    /// Sets `self`.
    pub fn with_self(
        mut self,
        self_: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.self_ = ::std::option::Option::Some(self_.into());
        self
    }
    /// Sets `2fa` (from its default `2`).
    pub fn with_2fa(mut self, _2fa: i64) -> Self {
        self._2fa = ::std::option::Option::Some(_2fa);
        self
    }
    /// Sets `Token-Id` (from its default `"a \"quoted\" \\ value"`).
    pub fn with_token_id(
        mut self,
        token_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.token_id = ::std::option::Option::Some(token_id.into());
        self
    }
    /// Sets `loop` (from its default `1`).
    pub fn with_loop(mut self, loop_: super::types::Match) -> Self {
        self.loop_ = ::std::option::Option::Some(loop_);
        self
    }
    /// Sets `fn` (from its default `true`).
    pub fn with_fn(mut self, fn_: bool) -> Self {
        self.fn_ = ::std::option::Option::Some(fn_);
        self
    }
}
impl ::payspec_core::Validate for PayRequest {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(out, path, "type", &self.type_);
        if let ::std::option::Option::Some(v) = &self.in_ {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "in",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "in", v);
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
        let _ = ctx;
        let f_type_ = self.type_.as_str();
        let h_in_ = self
            .in_
            .as_ref()
            .map(|x| {
                ::payspec_core::write::cny(x, "pay")
                    .map(|m| ::payspec_core::write::int(m.minor()))
            })
            .transpose()?;
        let f_in_ = h_in_.as_ref().map(|h| h.as_str());
        let f_self_ = self.self_.as_deref();
        let h_2fa = self._2fa.as_ref().map(|x| ::payspec_core::write::int(*x));
        let f_2fa = h_2fa.as_ref().map(|h| h.as_str());
        let f_token_id = self.token_id.as_deref();
        let f_loop_ = self
            .loop_
            .as_ref()
            .map(|x| ::payspec_core::write::enum_text(x, "pay"))
            .transpose()?;
        let f_fn_ = self.fn_.as_ref().map(|x| if *x { "true" } else { "false" });
        let c_secret: &str = ::payspec_core::write::config(config, "secret")?;
        let c_key_id: &str = ::payspec_core::write::config(config, "key_id")?;
        let len: usize = f_type_.len() + f_in_.map_or(0, str::len)
            + f_self_.map_or(0, str::len) + f_2fa.map_or(0, str::len)
            + f_token_id.map_or(0, str::len) + f_loop_.map_or(0, str::len)
            + f_fn_.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(70usize + len);
        out.extend_from_slice(b"{");
        if let ::std::option::Option::Some(v) = f_2fa {
            out.extend_from_slice(b"\"2fa\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_token_id {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"Token-Id\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_fn_ {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"fn\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_in_ {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"in\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_loop_ {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"loop\":");
            out.extend_from_slice(v.as_bytes());
        }
        if let ::std::option::Option::Some(v) = f_self_ {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"self\":");
            ::payspec_core::write::str(&mut out, v);
        }
        ::payspec_core::write::comma(&mut out);
        out.extend_from_slice(b"\"type\":");
        ::payspec_core::write::str(&mut out, f_type_);
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::HmacSha256,
        >::new(&super::PROVIDER.signing, c_secret)?;
        out.push(b'}');
        signer.update(&out);
        let signature = signer.finish();
        ::std::result::Result::Ok(::payspec_core::Message {
            body: out,
            headers: ::std::vec![
                (::std::string::String::from("Authorization"), ::std::format!("{} {}",
                c_key_id, signature.as_str()))
            ],
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
    /// `async`
    #[serde(
        rename = "async",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub async_: ::std::option::Option<super::types::TradeState>,
    /// `where`
    #[serde(
        rename = "where",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub where_: ::std::option::Option<::payspec_core::Flag>,
}
impl PayResponse {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new() -> Self {
        PayResponse {
            async_: ::std::option::Option::None,
            where_: ::std::option::Option::None,
        }
    }
    /// Sets `async`.
    pub fn with_async(mut self, async_: super::types::TradeState) -> Self {
        self.async_ = ::std::option::Option::Some(async_);
        self
    }
    /// Sets `where`.
    pub fn with_where(mut self, where_: ::payspec_core::Flag) -> Self {
        self.where_ = ::std::option::Option::Some(where_);
        self
    }
}
impl ::std::default::Default for PayResponse {
    fn default() -> Self {
        Self::new()
    }
}
impl ::payspec_core::Validate for PayResponse {
    fn collect_violations(&self, _path: &str, _out: &mut ::payspec_core::Violations) {}
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
            let s_trade_state: ::std::option::Option<&str> = signals[0usize].as_deref();
            if s_trade_state.is_some() {
                match s_trade_state {
                    ::std::option::Option::Some("ok") => {
                        ::payspec_core::TradeStatus::Success.classification()
                    }
                    ::std::option::Option::Some("none") => {
                        ::payspec_core::TradeStatus::Failed.classification()
                    }
                    ::std::option::Option::Some("wait-for-it") => {
                        ::payspec_core::TradeStatus::Paying.classification()
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
        let f_async_ = body
            .async_
            .as_ref()
            .map(|x| ::payspec_core::write::enum_text(x, "pay"))
            .transpose()?;
        let f_where_ = body.where_.as_ref().map(|x| x.as_wire());
        let c_secret: &str = ::payspec_core::write::config(config, "secret")?;
        let c_key_id: &str = ::payspec_core::write::config(config, "key_id")?;
        let len: usize = f_async_.map_or(0, str::len) + f_where_.map_or(0, str::len);
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(24usize + len);
        out.extend_from_slice(b"{");
        if let ::std::option::Option::Some(v) = f_async_ {
            out.extend_from_slice(b"\"async\":");
            ::payspec_core::write::str(&mut out, v);
        }
        if let ::std::option::Option::Some(v) = f_where_ {
            ::payspec_core::write::comma(&mut out);
            out.extend_from_slice(b"\"where\":");
            ::payspec_core::write::str(&mut out, v);
        }
        let mut signer = ::payspec_core::write::Signer::<
            ::payspec_core::write::HmacSha256,
        >::new(&super::PROVIDER.signing, c_secret)?;
        out.push(b'}');
        signer.update(&out);
        let signature = signer.finish();
        ::std::result::Result::Ok(::payspec_core::Message {
            body: out,
            headers: ::std::vec![
                (::std::string::String::from("Authorization"), ::std::format!("{} {}",
                c_key_id, signature.as_str()))
            ],
        })
    }
    /// The provider's trade state, if the reply carries one.
    pub fn trade_state(&self) -> ::std::option::Option<&super::types::TradeState> {
        self.async_.as_ref()
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
        let mut f_async_ = ::std::option::Option::None;
        let mut f_where_ = ::std::option::Option::None;
        let mut listed = 0;
        for (name, raw) in content.iter() {
            match name {
                "async" => f_async_ = ::payspec_core::codec::read::open_enum_opt(raw)?,
                "where" => f_where_ = ::payspec_core::codec::read::flag_opt(raw)?,
                _ => continue,
            }
            listed += 1;
        }
        content.listed(listed);
        ::std::option::Option::Some(PayResponse {
            async_: f_async_,
            where_: f_where_,
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "pay",
    role: ::payspec_core::descriptor::OperationRole::Pay,
    direction: ::payspec_core::descriptor::Direction::Outbound,
    path: "/pay",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_REQUEST,
    response: ::std::option::Option::Some(&super::LAYOUT_RESPONSE),
    ack: ::std::option::Option::None,
    delivery: ::std::option::Option::None,
    client_certificate: ::std::option::Option::None,
    request_fields: &["2fa", "Token-Id", "fn", "in", "loop", "self", "type"],
    response_fields: &["async", "where"],
    request_required: &["type"],
    response_required: &[],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "trade_state",
                path: &["async"],
            },
        ],
        rules: &[
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
            wire: "type",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::Amount,
            wire: "in",
            format: ::payspec_core::descriptor::ValueFormat::Fen,
        },
        ::payspec_core::descriptor::UnifiedField {
            role: ::payspec_core::descriptor::UnifiedRole::AuthCode,
            wire: "self",
            format: ::payspec_core::descriptor::ValueFormat::Text,
        },
    ],
    response_unified: &[],
    request_defaults: &[
        ::payspec_core::descriptor::FieldDefault {
            wire: "2fa",
            json: "2",
        },
        ::payspec_core::descriptor::FieldDefault {
            wire: "Token-Id",
            json: "\"a \\\"quoted\\\" \\\\ value\"",
        },
        ::payspec_core::descriptor::FieldDefault {
            wire: "loop",
            json: "1",
        },
        ::payspec_core::descriptor::FieldDefault {
            wire: "fn",
            json: "true",
        },
    ],
    response_defaults: &[],
    updates_config: &[],
};
