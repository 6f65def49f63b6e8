// @generated from specs/wechatpay.yaml by `codegen generate`; do not edit.

//! Types shared by the operations of 微信支付 商户平台 API v2 — 付款码支付 (micropay, orderquery, reverse).
/// 交易状态 trade_state (查询订单). The pages do not say which are final; NOTPAY, USERPAYING and
/// ACCEPT are intermediate (a WeChat Pay community answer), the rest final.
///
/// Open: a value the spec does not list decodes as `Unknown`, kept as received,
/// and new variants may be added: match with a wildcard arm, or compare `as_str()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TradeState {
    /// `SUCCESS`: 支付成功
    Success,
    /// `REFUND`: 转入退款
    Refund,
    /// `NOTPAY`: 未支付
    NotPay,
    /// `CLOSED`: 已关闭
    Closed,
    /// `REVOKED`: 已撤销（付款码支付）
    Revoked,
    /// `USERPAYING`: 用户支付中（付款码支付）
    UserPaying,
    /// `PAYERROR`: 支付失败(其他原因，如银行返回失败)
    PayError,
    /// `ACCEPT`: 已接收，等待扣款 — in newer versions of the list only; not final.
    Accept,
    /// A value the spec does not list, as received (never one it lists).
    Unknown(::payspec_core::wire::UnknownValue<TradeState>),
}
impl TradeState {
    /// The wire text.
    pub fn as_str(&self) -> &str {
        match self {
            TradeState::Success => "SUCCESS",
            TradeState::Refund => "REFUND",
            TradeState::NotPay => "NOTPAY",
            TradeState::Closed => "CLOSED",
            TradeState::Revoked => "REVOKED",
            TradeState::UserPaying => "USERPAYING",
            TradeState::PayError => "PAYERROR",
            TradeState::Accept => "ACCEPT",
            TradeState::Unknown(value) => value.as_str(),
        }
    }
    /// The unified status; `None` for a value the spec does not list (treat as unknown).
    pub fn status(&self) -> ::std::option::Option<::payspec_core::TradeStatus> {
        match self {
            TradeState::Success => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Success)
            }
            TradeState::Refund => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Refunded)
            }
            TradeState::NotPay => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::NotPaid)
            }
            TradeState::Closed => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Closed)
            }
            TradeState::Revoked => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Reversed)
            }
            TradeState::UserPaying => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Paying)
            }
            TradeState::PayError => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Failed)
            }
            TradeState::Accept => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Paying)
            }
            TradeState::Unknown(_) => ::std::option::Option::None,
        }
    }
}
impl ::payspec_core::WireEnum for TradeState {
    const INTEGER: bool = false;
    fn as_wire(&self) -> &str {
        self.as_str()
    }
    fn listed(raw: &str) -> ::std::option::Option<Self> {
        match raw {
            "SUCCESS" => ::std::option::Option::Some(TradeState::Success),
            "REFUND" => ::std::option::Option::Some(TradeState::Refund),
            "NOTPAY" => ::std::option::Option::Some(TradeState::NotPay),
            "CLOSED" => ::std::option::Option::Some(TradeState::Closed),
            "REVOKED" => ::std::option::Option::Some(TradeState::Revoked),
            "USERPAYING" => ::std::option::Option::Some(TradeState::UserPaying),
            "PAYERROR" => ::std::option::Option::Some(TradeState::PayError),
            "ACCEPT" => ::std::option::Option::Some(TradeState::Accept),
            _ => ::std::option::Option::None,
        }
    }
    fn unknown(value: ::payspec_core::wire::UnknownValue<Self>) -> Self {
        TradeState::Unknown(value)
    }
}
/// Every text is a value: a listed one its variant, any other `Unknown`.
impl ::std::convert::From<&str> for TradeState {
    fn from(raw: &str) -> Self {
        ::payspec_core::WireEnum::from_wire(raw)
    }
}
/// Never fails: see `From<&str>`.
impl ::std::str::FromStr for TradeState {
    type Err = ::std::convert::Infallible;
    fn from_str(raw: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(::payspec_core::WireEnum::from_wire(raw))
    }
}
/// The wire text.
impl ::std::fmt::Display for TradeState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for TradeState {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        ::payspec_core::wire::serialize_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for TradeState {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        ::payspec_core::wire::deserialize_enum(deserializer)
    }
}
