// @generated from specs/scanforpay.yaml by `codegen generate`; do not edit.

//! Types shared by the operations of ScanForPay — Barcode payment（商家扫用户微信/支付宝付款码）.
/// 订单状态 status（整数）。
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TradeState {
    /// `0`: 待支付 — the customer has not confirmed yet (password on the phone); query until final.
    Pending,
    /// `1`: 支付成功
    Success,
    /// `2`: 支付失败
    Failed,
    /// `3`: 已退款
    Refunded,
    /// A value the spec does not list, kept as received.
    Unknown(::std::string::String),
}
impl ::payspec_core::WireEnum for TradeState {
    const INTEGER: bool = true;
    fn as_wire(&self) -> &str {
        match self {
            TradeState::Pending => "0",
            TradeState::Success => "1",
            TradeState::Failed => "2",
            TradeState::Refunded => "3",
            TradeState::Unknown(raw) => raw,
        }
    }
    fn from_wire(raw: &str) -> Self {
        match raw {
            "0" => TradeState::Pending,
            "1" => TradeState::Success,
            "2" => TradeState::Failed,
            "3" => TradeState::Refunded,
            other => TradeState::Unknown(::std::string::ToString::to_string(other)),
        }
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
impl TradeState {
    /// The unified status; `None` for a value the spec does not list (treat as unknown).
    pub fn status(&self) -> ::std::option::Option<::payspec_core::TradeStatus> {
        match self {
            TradeState::Pending => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Paying)
            }
            TradeState::Success => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Success)
            }
            TradeState::Failed => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Failed)
            }
            TradeState::Refunded => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Refunded)
            }
            TradeState::Unknown(_) => ::std::option::Option::None,
        }
    }
}
/// 支付钱包。
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Wallet {
    /// `Wechat`: 微信支付
    Wechat,
    /// `Alipay`: 支付宝
    Alipay,
    /// A value the spec does not list, kept as received.
    Unknown(::std::string::String),
}
impl ::payspec_core::WireEnum for Wallet {
    const INTEGER: bool = false;
    fn as_wire(&self) -> &str {
        match self {
            Wallet::Wechat => "Wechat",
            Wallet::Alipay => "Alipay",
            Wallet::Unknown(raw) => raw,
        }
    }
    fn from_wire(raw: &str) -> Self {
        match raw {
            "Wechat" => Wallet::Wechat,
            "Alipay" => Wallet::Alipay,
            other => Wallet::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
impl ::serde::Serialize for Wallet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        ::payspec_core::wire::serialize_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Wallet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        ::payspec_core::wire::deserialize_enum(deserializer)
    }
}
