// @generated from specs/pooul.yaml by `codegen generate`; do not edit.

//! Types shared by the operations of 普尔 Pooul 聚合支付 — 支付宝条码支付 (alipay.micro) 与服务窗支付 (alipay.jsapi).
/// 交易状态 trade_state（整数）。
///
/// Open: a value the spec does not list decodes as `Unknown`, kept as received,
/// and new variants may be added: match with a wildcard arm, or compare `as_str()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
    /// A value the spec does not list, as received (never one it lists).
    Unknown(::payspec_core::wire::UnknownValue<TradeState>),
}
impl TradeState {
    /// The wire text.
    pub fn as_str(&self) -> &str {
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
impl ::payspec_core::WireEnum for TradeState {
    const INTEGER: bool = true;
    fn as_wire(&self) -> &str {
        self.as_str()
    }
    fn listed(raw: &str) -> ::std::option::Option<Self> {
        match raw {
            "0" => ::std::option::Option::Some(TradeState::Success),
            "1" => ::std::option::Option::Some(TradeState::Refund),
            "2" => ::std::option::Option::Some(TradeState::NotPaid),
            "3" => ::std::option::Option::Some(TradeState::Closed),
            "4" => ::std::option::Option::Some(TradeState::Reversed),
            "6" => ::std::option::Option::Some(TradeState::Paying),
            "5" => ::std::option::Option::Some(TradeState::Reversing),
            "7" => ::std::option::Option::Some(TradeState::PayError),
            "-1" => ::std::option::Option::Some(TradeState::Init),
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
/// 支付场景，默认条码 bar_code。
///
/// Open: a value the spec does not list decodes as `Unknown`, kept as received,
/// and new variants may be added: match with a wildcard arm, or compare `as_str()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scene {
    /// `bar_code`: 条码
    BarCode,
    /// `wave_code`: 声波
    WaveCode,
    /// A value the spec does not list, as received (never one it lists).
    Unknown(::payspec_core::wire::UnknownValue<Scene>),
}
impl Scene {
    /// The wire text.
    pub fn as_str(&self) -> &str {
        match self {
            Scene::BarCode => "bar_code",
            Scene::WaveCode => "wave_code",
            Scene::Unknown(value) => value.as_str(),
        }
    }
}
impl ::payspec_core::WireEnum for Scene {
    const INTEGER: bool = false;
    fn as_wire(&self) -> &str {
        self.as_str()
    }
    fn listed(raw: &str) -> ::std::option::Option<Self> {
        match raw {
            "bar_code" => ::std::option::Option::Some(Scene::BarCode),
            "wave_code" => ::std::option::Option::Some(Scene::WaveCode),
            _ => ::std::option::Option::None,
        }
    }
    fn unknown(value: ::payspec_core::wire::UnknownValue<Self>) -> Self {
        Scene::Unknown(value)
    }
}
/// Every text is a value: a listed one its variant, any other `Unknown`.
impl ::std::convert::From<&str> for Scene {
    fn from(raw: &str) -> Self {
        ::payspec_core::WireEnum::from_wire(raw)
    }
}
/// Never fails: see `From<&str>`.
impl ::std::str::FromStr for Scene {
    type Err = ::std::convert::Infallible;
    fn from_str(raw: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(::payspec_core::WireEnum::from_wire(raw))
    }
}
/// The wire text.
impl ::std::fmt::Display for Scene {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
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
///
/// Open: a value the spec does not list decodes as `Unknown`, kept as received,
/// and new variants may be added: match with a wildcard arm, or compare `as_str()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SettleType {
    /// `0`: 是（D0 通道）
    D0,
    /// `1`: 否
    Standard,
    /// A value the spec does not list, as received (never one it lists).
    Unknown(::payspec_core::wire::UnknownValue<SettleType>),
}
impl SettleType {
    /// The wire text.
    pub fn as_str(&self) -> &str {
        match self {
            SettleType::D0 => "0",
            SettleType::Standard => "1",
            SettleType::Unknown(value) => value.as_str(),
        }
    }
}
impl ::payspec_core::WireEnum for SettleType {
    const INTEGER: bool = true;
    fn as_wire(&self) -> &str {
        self.as_str()
    }
    fn listed(raw: &str) -> ::std::option::Option<Self> {
        match raw {
            "0" => ::std::option::Option::Some(SettleType::D0),
            "1" => ::std::option::Option::Some(SettleType::Standard),
            _ => ::std::option::Option::None,
        }
    }
    fn unknown(value: ::payspec_core::wire::UnknownValue<Self>) -> Self {
        SettleType::Unknown(value)
    }
}
/// Every text is a value: a listed one its variant, any other `Unknown`.
impl ::std::convert::From<&str> for SettleType {
    fn from(raw: &str) -> Self {
        ::payspec_core::WireEnum::from_wire(raw)
    }
}
/// Never fails: see `From<&str>`.
impl ::std::str::FromStr for SettleType {
    type Err = ::std::convert::Infallible;
    fn from_str(raw: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(::payspec_core::WireEnum::from_wire(raw))
    }
}
/// The wire text.
impl ::std::fmt::Display for SettleType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
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
