// @generated from tests/golden/json_string_envelope/spec.yaml by `codegen generate`; do not edit.

//! Operation `paid` (notify, inbound).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PaidMessage {
    /// `merchant_order_sn`
    pub merchant_order_sn: ::std::string::String,
    /// `trade_state`
    pub trade_state: super::types::TradeState,
}
impl PaidMessage {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        merchant_order_sn: impl ::std::convert::Into<::std::string::String>,
        trade_state: super::types::TradeState,
    ) -> Self {
        PaidMessage {
            merchant_order_sn: merchant_order_sn.into(),
            trade_state,
        }
    }
}
impl ::payspec_core::Validate for PaidMessage {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "merchant_order_sn",
            &self.merchant_order_sn,
        );
    }
}
impl PaidMessage {
    /// The plain-text acknowledgement to answer once the notification is recorded.
    pub const ACK: &'static str = "success";
    /// Verifies the provider's signature over the bytes as received, then parses the
    /// notification.
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
    /// Validates, then encodes a signed notification (the provider's side, for a
    /// simulator).
    #[cfg(feature = "server")]
    pub fn encode(
        &self,
        config: &dyn ::payspec_core::Credentials,
        ctx: &::payspec_core::EncodeContext,
    ) -> ::std::result::Result<::payspec_core::Message, ::payspec_core::Error> {
        ::payspec_core::Validate::validate(self)
            .map_err(::payspec_core::Error::Invalid)?;
        let _ = ctx;
        let _ = config;
        let f_merchant_order_sn = self.merchant_order_sn.as_str();
        let f_trade_state = {
            let x = &self.trade_state;
            ::payspec_core::write::enum_text(x, "paid")
        }?;
        let len: usize = f_merchant_order_sn.len() + f_trade_state.len();
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(50usize + len);
        out.extend_from_slice(b"{\"data\":{\"merchant_order_sn\":");
        ::payspec_core::write::str(&mut out, f_merchant_order_sn);
        out.extend_from_slice(b",\"trade_state\":");
        ::payspec_core::write::str(&mut out, f_trade_state);
        out.extend_from_slice(b"}");
        out.push(b'}');
        ::std::result::Result::Ok(::payspec_core::Message {
            body: out,
            headers: ::std::vec::Vec::new(),
        })
    }
}
/// This operation, as the runtime reads it.
pub static OPERATION: ::payspec_core::descriptor::OperationDescriptor = ::payspec_core::descriptor::OperationDescriptor {
    name: "paid",
    role: ::payspec_core::descriptor::OperationRole::Notify,
    direction: ::payspec_core::descriptor::Direction::Inbound,
    path: "/notify",
    http_method: "POST",
    method_constant: ::std::option::Option::None,
    constants: &[],
    request: &super::LAYOUT_NOTIFICATION,
    response: ::std::option::Option::None,
    ack: ::std::option::Option::Some("success"),
    delivery: ::std::option::Option::Some(::payspec_core::descriptor::Delivery {
        answer_within: ::core::time::Duration::from_millis(5000),
        redelivery: &[
            ::core::time::Duration::from_millis(15000),
            ::core::time::Duration::from_millis(60000),
        ],
    }),
    client_certificate: ::std::option::Option::None,
    request_fields: &["merchant_order_sn", "trade_state"],
    response_fields: &[],
    request_required: &["merchant_order_sn", "trade_state"],
    response_required: &[],
    outcome: ::payspec_core::descriptor::OutcomeRules {
        signals: &[
            ::payspec_core::descriptor::Signal {
                name: "trade_state",
                path: &["data", "trade_state"],
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
    request_unified: &[],
    response_unified: &[],
    request_defaults: &[],
    response_defaults: &[],
    updates_config: &[],
};
