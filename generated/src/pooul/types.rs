// @generated from specs/pooul.yaml by `codegen generate`; do not edit.

//! Types shared by the operations of 普尔 Pooul 聚合支付 — 支付宝条码支付 (alipay.micro) 与服务窗支付 (alipay.jsapi).
/// 交易状态 trade_state（整数）。
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TradeState {
    /// `0`: 支付成功
    Success,
    /// `1`: 转入退款
    Refund,
    /// `2`: 未支付
    NotPaid,
    /// `3`: 已关闭
    Closed,
    /// `4`: 已冲正
    Reversed,
    /// `6`: 支付中 — listed before 5 so that it is the state a simulator sends for a paying trade.
    Paying,
    /// `5`: 已撤销中 — a reversal is under way, not final. Mapped to `paying` (pending) rather than
    /// `reversed`: until the reversal completes the money may still be taken, and `reversed`
    /// would report a definite failure too early. As pending, the flow keeps querying until 4
    /// (已冲正) or the deadline, and then calls reverse itself, which is safe to repeat.
    Reversing,
    /// `7`: 支付失败（其他原因，如银行返回失败）
    PayError,
    /// `-1`: 初始状态 — not in the provider document; listed in Pooul's public docs (9.3 交易状态).
    Init,
    /// A value the spec does not list, kept as received.
    Unknown(::std::string::String),
}
impl ::payspec_core::WireEnum for TradeState {
    const INTEGER: bool = true;
    fn as_wire(&self) -> &str {
        match self {
            TradeState::Success => "0",
            TradeState::Refund => "1",
            TradeState::NotPaid => "2",
            TradeState::Closed => "3",
            TradeState::Reversed => "4",
            TradeState::Paying => "6",
            TradeState::Reversing => "5",
            TradeState::PayError => "7",
            TradeState::Init => "-1",
            TradeState::Unknown(raw) => raw,
        }
    }
    fn from_wire(raw: &str) -> Self {
        match raw {
            "0" => TradeState::Success,
            "1" => TradeState::Refund,
            "2" => TradeState::NotPaid,
            "3" => TradeState::Closed,
            "4" => TradeState::Reversed,
            "6" => TradeState::Paying,
            "5" => TradeState::Reversing,
            "7" => TradeState::PayError,
            "-1" => TradeState::Init,
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
            TradeState::Success => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Success)
            }
            TradeState::Refund => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Refunded)
            }
            TradeState::NotPaid => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::NotPaid)
            }
            TradeState::Closed => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Closed)
            }
            TradeState::Reversed => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Reversed)
            }
            TradeState::Paying => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Paying)
            }
            TradeState::Reversing => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Paying)
            }
            TradeState::PayError => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Failed)
            }
            TradeState::Init => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::NotPaid)
            }
            TradeState::Unknown(_) => ::std::option::Option::None,
        }
    }
}
/// 支付场景，默认条码 bar_code。
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Scene {
    /// `bar_code`: 条码
    BarCode,
    /// `wave_code`: 声波
    WaveCode,
    /// A value the spec does not list, kept as received.
    Unknown(::std::string::String),
}
impl ::payspec_core::WireEnum for Scene {
    const INTEGER: bool = false;
    fn as_wire(&self) -> &str {
        match self {
            Scene::BarCode => "bar_code",
            Scene::WaveCode => "wave_code",
            Scene::Unknown(raw) => raw,
        }
    }
    fn from_wire(raw: &str) -> Self {
        match raw {
            "bar_code" => Scene::BarCode,
            "wave_code" => Scene::WaveCode,
            other => Scene::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
impl ::serde::Serialize for Scene {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        ::payspec_core::wire::serialize_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Scene {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        ::payspec_core::wire::deserialize_enum(deserializer)
    }
}
/// 是否采用 D0 通道，默认 1。
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SettleType {
    /// `0`: 是（D0 通道）
    D0,
    /// `1`: 否
    Standard,
    /// A value the spec does not list, kept as received.
    Unknown(::std::string::String),
}
impl ::payspec_core::WireEnum for SettleType {
    const INTEGER: bool = true;
    fn as_wire(&self) -> &str {
        match self {
            SettleType::D0 => "0",
            SettleType::Standard => "1",
            SettleType::Unknown(raw) => raw,
        }
    }
    fn from_wire(raw: &str) -> Self {
        match raw {
            "0" => SettleType::D0,
            "1" => SettleType::Standard,
            other => SettleType::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
impl ::serde::Serialize for SettleType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        ::payspec_core::wire::serialize_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for SettleType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        ::payspec_core::wire::deserialize_enum(deserializer)
    }
}
