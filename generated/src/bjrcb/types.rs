// @generated from specs/bjrcb.yaml by `codegen generate`; do not edit.

//! Types shared by the operations of 北京农商银行聚合支付网关 — 支付宝条码支付 (ALIPAY_MICRO).
/// 交易订单状态（trade_state，字符串）。
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TradeState {
    /// `INIT`: 订单初始化
    Init,
    /// `SUCCESS`: 支付成功
    Success,
    /// `REFUND`: 转入退款
    Refund,
    /// `NOTPAY`: 未支付
    Notpay,
    /// `CLOSED`: 已关闭（扫码、公众号）
    Closed,
    /// `REVOKED`: 已撤销（条码：微信收付款、支付宝付钱）
    Revoked,
    /// `USERPAYING`: 用户支付中
    Userpaying,
    /// `PAYERROR`: 支付失败（其他原因）
    Payerror,
    /// `FAIL`: 处理失败（其他原因）
    Fail,
    /// A value the spec does not list, kept as received.
    Unknown(::std::string::String),
}
impl ::payspec_core::WireEnum for TradeState {
    const INTEGER: bool = false;
    fn as_wire(&self) -> &str {
        match self {
            TradeState::Init => "INIT",
            TradeState::Success => "SUCCESS",
            TradeState::Refund => "REFUND",
            TradeState::Notpay => "NOTPAY",
            TradeState::Closed => "CLOSED",
            TradeState::Revoked => "REVOKED",
            TradeState::Userpaying => "USERPAYING",
            TradeState::Payerror => "PAYERROR",
            TradeState::Fail => "FAIL",
            TradeState::Unknown(raw) => raw,
        }
    }
    fn from_wire(raw: &str) -> Self {
        match raw {
            "INIT" => TradeState::Init,
            "SUCCESS" => TradeState::Success,
            "REFUND" => TradeState::Refund,
            "NOTPAY" => TradeState::Notpay,
            "CLOSED" => TradeState::Closed,
            "REVOKED" => TradeState::Revoked,
            "USERPAYING" => TradeState::Userpaying,
            "PAYERROR" => TradeState::Payerror,
            "FAIL" => TradeState::Fail,
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
            TradeState::Init => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::NotPaid)
            }
            TradeState::Success => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Success)
            }
            TradeState::Refund => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Refunded)
            }
            TradeState::Notpay => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::NotPaid)
            }
            TradeState::Closed => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Closed)
            }
            TradeState::Revoked => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Reversed)
            }
            TradeState::Userpaying => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Paying)
            }
            TradeState::Payerror => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Failed)
            }
            TradeState::Fail => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Failed)
            }
            TradeState::Unknown(_) => ::std::option::Option::None,
        }
    }
}
/// 支付场景。
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
/// 指定支付方式。
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LimitPay {
    /// `no_credit`: 不支持信用类支付
    NoCredit,
    /// `no_pcredit`: 只支持信用卡，不支持花呗信用支付
    NoPcredit,
    /// `only_pcredit`: 只支持花呗一种信用支付方式
    OnlyPcredit,
    /// A value the spec does not list, kept as received.
    Unknown(::std::string::String),
}
impl ::payspec_core::WireEnum for LimitPay {
    const INTEGER: bool = false;
    fn as_wire(&self) -> &str {
        match self {
            LimitPay::NoCredit => "no_credit",
            LimitPay::NoPcredit => "no_pcredit",
            LimitPay::OnlyPcredit => "only_pcredit",
            LimitPay::Unknown(raw) => raw,
        }
    }
    fn from_wire(raw: &str) -> Self {
        match raw {
            "no_credit" => LimitPay::NoCredit,
            "no_pcredit" => LimitPay::NoPcredit,
            "only_pcredit" => LimitPay::OnlyPcredit,
            other => LimitPay::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
impl ::serde::Serialize for LimitPay {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        ::payspec_core::wire::serialize_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for LimitPay {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        ::payspec_core::wire::deserialize_enum(deserializer)
    }
}
