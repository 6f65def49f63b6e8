// @generated from specs/alipay.yaml by `codegen generate`; do not edit.

//! Types shared by the operations of 支付宝开放平台 当面付 条码支付 (alipay.trade.pay, alipay.trade.query, alipay.trade.cancel).
/// 交易状态 trade_status (统一收单线下交易查询): "WAIT_BUYER_PAY（交易创建，等待买家付款）、TRADE_CLOSED
/// （未付款交易超时关闭，或支付完成后全额退款）、TRADE_SUCCESS（交易支付成功）、TRADE_FINISHED（交易结束，
/// 不可退款）". Only TRADE_SUCCESS and TRADE_FINISHED mean paid (轮询机制: "只有调用返回 trade_status
/// 为 trade_success 或者 trade_finished，才可判断用户付款成功").
///
/// Open: a value the spec does not list decodes as `Unknown`, kept as received,
/// and new variants may be added: match with a wildcard arm, or compare `as_str()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TradeState {
    /// `WAIT_BUYER_PAY`: 交易创建，等待买家付款
    WaitBuyerPay,
    /// `TRADE_CLOSED`: 未付款交易超时关闭，或支付完成后全额退款. No money is held either way; a trade the journal
    /// saw paid and then reads closed was refunded (or cancelled with action refund), which the
    /// journal keeps as such.
    TradeClosed,
    /// `TRADE_SUCCESS`: 交易支付成功
    TradeSuccess,
    /// `TRADE_FINISHED`: 交易结束，不可退款
    TradeFinished,
    /// A value the spec does not list, as received (never one it lists).
    Unknown(::payspec_core::wire::UnknownValue<TradeState>),
}
impl TradeState {
    /// The wire text.
    pub fn as_str(&self) -> &str {
        match self {
            TradeState::WaitBuyerPay => "WAIT_BUYER_PAY",
            TradeState::TradeClosed => "TRADE_CLOSED",
            TradeState::TradeSuccess => "TRADE_SUCCESS",
            TradeState::TradeFinished => "TRADE_FINISHED",
            TradeState::Unknown(value) => value.as_str(),
        }
    }
    /// The unified status; `None` for a value the spec does not list (treat as unknown).
    pub fn status(&self) -> ::std::option::Option<::payspec_core::TradeStatus> {
        match self {
            TradeState::WaitBuyerPay => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Paying)
            }
            TradeState::TradeClosed => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Closed)
            }
            TradeState::TradeSuccess => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Success)
            }
            TradeState::TradeFinished => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Success)
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
            "WAIT_BUYER_PAY" => ::std::option::Option::Some(TradeState::WaitBuyerPay),
            "TRADE_CLOSED" => ::std::option::Option::Some(TradeState::TradeClosed),
            "TRADE_SUCCESS" => ::std::option::Option::Some(TradeState::TradeSuccess),
            "TRADE_FINISHED" => ::std::option::Option::Some(TradeState::TradeFinished),
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
/// 支付场景。
///
/// Open: a value the spec does not list decodes as `Unknown`, kept as received,
/// and new variants may be added: match with a wildcard arm, or compare `as_str()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scene {
    /// `bar_code`: 当面付条码支付场景
    BarCode,
    /// `security_code`: 当面付刷脸支付场景（auth_code 为 fp 开头的刷脸标识串）
    SecurityCode,
    /// A value the spec does not list, as received (never one it lists).
    Unknown(::payspec_core::wire::UnknownValue<Scene>),
}
impl Scene {
    /// The wire text.
    pub fn as_str(&self) -> &str {
        match self {
            Scene::BarCode => "bar_code",
            Scene::SecurityCode => "security_code",
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
            "security_code" => ::std::option::Option::Some(Scene::SecurityCode),
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
/// 本次撤销触发的交易动作，接口调用成功且交易存在时返回；未返回：未查询到交易，或接口调用失败。
///
/// Open: a value the spec does not list decodes as `Unknown`, kept as received,
/// and new variants may be added: match with a wildcard arm, or compare `as_str()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CancelAction {
    /// `close`: 交易未支付，触发关闭交易动作，无退款
    Close,
    /// `refund`: 交易已支付，触发交易退款动作
    Refund,
    /// A value the spec does not list, as received (never one it lists).
    Unknown(::payspec_core::wire::UnknownValue<CancelAction>),
}
impl CancelAction {
    /// The wire text.
    pub fn as_str(&self) -> &str {
        match self {
            CancelAction::Close => "close",
            CancelAction::Refund => "refund",
            CancelAction::Unknown(value) => value.as_str(),
        }
    }
}
impl ::payspec_core::WireEnum for CancelAction {
    const INTEGER: bool = false;
    fn as_wire(&self) -> &str {
        self.as_str()
    }
    fn listed(raw: &str) -> ::std::option::Option<Self> {
        match raw {
            "close" => ::std::option::Option::Some(CancelAction::Close),
            "refund" => ::std::option::Option::Some(CancelAction::Refund),
            _ => ::std::option::Option::None,
        }
    }
    fn unknown(value: ::payspec_core::wire::UnknownValue<Self>) -> Self {
        CancelAction::Unknown(value)
    }
}
/// Every text is a value: a listed one its variant, any other `Unknown`.
impl ::std::convert::From<&str> for CancelAction {
    fn from(raw: &str) -> Self {
        ::payspec_core::WireEnum::from_wire(raw)
    }
}
/// Never fails: see `From<&str>`.
impl ::std::str::FromStr for CancelAction {
    type Err = ::std::convert::Infallible;
    fn from_str(raw: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(::payspec_core::WireEnum::from_wire(raw))
    }
}
/// The wire text.
impl ::std::fmt::Display for CancelAction {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CancelAction {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        ::payspec_core::wire::serialize_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for CancelAction {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        ::payspec_core::wire::deserialize_enum(deserializer)
    }
}
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct FundBill {
    /// `fund_channel`: 交易使用的资金渠道（ALIPAYACCOUNT, BANKCARD, PCREDIT, …）。
    pub fund_channel: ::std::string::String,
    /// `bank_code`: 银行卡支付时的银行代码。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_code: ::std::option::Option<::std::string::String>,
    /// `amount`: 该支付工具类型所使用的金额，元。
    #[serde(with = "::payspec_core::wire::yuan_string")]
    pub amount: ::payspec_core::Money,
    /// `real_amount`: 渠道实际付款金额，元。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::yuan_string_opt"
    )]
    pub real_amount: ::std::option::Option<::payspec_core::Money>,
    /// `fund_type`: 渠道所使用的资金类型（银行卡渠道：DEBIT_CARD, CREDIT_CARD, MIXED_CARD）。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fund_type: ::std::option::Option<::std::string::String>,
}
impl FundBill {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        fund_channel: impl ::std::convert::Into<::std::string::String>,
        amount: ::payspec_core::Money,
    ) -> Self {
        FundBill {
            fund_channel: fund_channel.into(),
            bank_code: ::std::option::Option::None,
            amount,
            real_amount: ::std::option::Option::None,
            fund_type: ::std::option::Option::None,
        }
    }
    /// Sets `bank_code`.
    pub fn with_bank_code(
        mut self,
        bank_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_code = ::std::option::Option::Some(bank_code.into());
        self
    }
    /// Sets `real_amount`.
    pub fn with_real_amount(mut self, real_amount: ::payspec_core::Money) -> Self {
        self.real_amount = ::std::option::Option::Some(real_amount);
        self
    }
    /// Sets `fund_type`.
    pub fn with_fund_type(
        mut self,
        fund_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fund_type = ::std::option::Option::Some(fund_type.into());
        self
    }
}
impl ::payspec_core::Validate for FundBill {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(
            out,
            path,
            "fund_channel",
            &self.fund_channel,
        );
        {
            let v = &self.fund_channel;
            ::payspec_core::validate::max_chars(out, path, "fund_channel", v, 32);
        }
        if let ::std::option::Option::Some(v) = &self.bank_code {
            ::payspec_core::validate::max_chars(out, path, "bank_code", v, 10);
        }
        {
            let v = &self.amount;
            ::payspec_core::validate::money_currency(
                out,
                path,
                "amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(out, path, "amount", v);
        }
        if let ::std::option::Option::Some(v) = &self.real_amount {
            ::payspec_core::validate::money_currency(
                out,
                path,
                "real_amount",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_not_negative(out, path, "real_amount", v);
        }
        if let ::std::option::Option::Some(v) = &self.fund_type {
            ::payspec_core::validate::max_chars(out, path, "fund_type", v, 32);
        }
    }
}
