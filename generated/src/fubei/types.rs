// @generated from specs/fubei.yaml by `codegen generate`; do not edit.

//! Types shared by the operations of 付呗 Fubei 开放平台 — 付款码支付 (openapi.payment.order.swipe).
/// 交易状态 trade_state. The document lists only USERPAYING and SUCCESS (the pay answers).
/// The others are assumed — what a query can return on Fubei's WeChat-Pay-style states — and
/// say so; any other value decodes as unknown and is queried, never taken as failure.
///
/// Open: a value the spec does not list decodes as `Unknown`, kept as received,
/// and new variants may be added: match with a wildcard arm, or compare `as_str()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TradeState {
    /// `USERPAYING`: 用户支付中（需调用查询接口查询最终支付状态）
    UserPaying,
    /// `SUCCESS`: 交易成功
    Success,
    /// `NOTPAY`: 未支付（assumed：查询可能返回）
    NotPay,
    /// `CLOSED`: 已关闭（assumed：查询可能返回）
    Closed,
    /// `REVOKED`: 已撤销（assumed：查询可能返回）
    Revoked,
    /// `PAYERROR`: 支付失败（assumed：查询可能返回）
    PayError,
    /// `REFUND`: 转入退款（assumed：查询可能返回）
    Refund,
    /// A value the spec does not list, as received (never one it lists).
    Unknown(::payspec_core::wire::UnknownValue<TradeState>),
}
impl TradeState {
    /// The wire text.
    pub fn as_str(&self) -> &str {
        match self {
            TradeState::UserPaying => "USERPAYING",
            TradeState::Success => "SUCCESS",
            TradeState::NotPay => "NOTPAY",
            TradeState::Closed => "CLOSED",
            TradeState::Revoked => "REVOKED",
            TradeState::PayError => "PAYERROR",
            TradeState::Refund => "REFUND",
            TradeState::Unknown(value) => value.as_str(),
        }
    }
    /// The unified status; `None` for a value the spec does not list (treat as unknown).
    pub fn status(&self) -> ::std::option::Option<::payspec_core::TradeStatus> {
        match self {
            TradeState::UserPaying => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Paying)
            }
            TradeState::Success => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Success)
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
            TradeState::PayError => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Failed)
            }
            TradeState::Refund => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Refunded)
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
            "USERPAYING" => ::std::option::Option::Some(TradeState::UserPaying),
            "SUCCESS" => ::std::option::Option::Some(TradeState::Success),
            "NOTPAY" => ::std::option::Option::Some(TradeState::NotPay),
            "CLOSED" => ::std::option::Option::Some(TradeState::Closed),
            "REVOKED" => ::std::option::Option::Some(TradeState::Revoked),
            "PAYERROR" => ::std::option::Option::Some(TradeState::PayError),
            "REFUND" => ::std::option::Option::Some(TradeState::Refund),
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
/// 支付方式。
///
/// Open: a value the spec does not list decodes as `Unknown`, kept as received,
/// and new variants may be added: match with a wildcard arm, or compare `as_str()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PayType {
    /// `1`: 微信
    Wechat,
    /// `2`: 支付宝
    Alipay,
    /// `5`: 银联
    Unionpay,
    /// A value the spec does not list, as received (never one it lists).
    Unknown(::payspec_core::wire::UnknownValue<PayType>),
}
impl PayType {
    /// The wire text.
    pub fn as_str(&self) -> &str {
        match self {
            PayType::Wechat => "1",
            PayType::Alipay => "2",
            PayType::Unionpay => "5",
            PayType::Unknown(value) => value.as_str(),
        }
    }
}
impl ::payspec_core::WireEnum for PayType {
    const INTEGER: bool = true;
    fn as_wire(&self) -> &str {
        self.as_str()
    }
    fn listed(raw: &str) -> ::std::option::Option<Self> {
        match raw {
            "1" => ::std::option::Option::Some(PayType::Wechat),
            "2" => ::std::option::Option::Some(PayType::Alipay),
            "5" => ::std::option::Option::Some(PayType::Unionpay),
            _ => ::std::option::Option::None,
        }
    }
    fn unknown(value: ::payspec_core::wire::UnknownValue<Self>) -> Self {
        PayType::Unknown(value)
    }
}
/// Every text is a value: a listed one its variant, any other `Unknown`.
impl ::std::convert::From<&str> for PayType {
    fn from(raw: &str) -> Self {
        ::payspec_core::WireEnum::from_wire(raw)
    }
}
/// Never fails: see `From<&str>`.
impl ::std::str::FromStr for PayType {
    type Err = ::std::convert::Infallible;
    fn from_str(raw: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(::payspec_core::WireEnum::from_wire(raw))
    }
}
/// The wire text.
impl ::std::fmt::Display for PayType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for PayType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        ::payspec_core::wire::serialize_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for PayType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        ::payspec_core::wire::deserialize_enum(deserializer)
    }
}
/// 是否享受商家折扣。The table types it int, the request example sends the string "1": this
/// follows the example (a string on the wire; decoding accepts either form).
///
/// Open: a value the spec does not list decodes as `Unknown`, kept as received,
/// and new variants may be added: match with a wildcard arm, or compare `as_str()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DiscountSwitch {
    /// `1`: 享受
    Enjoy,
    /// `0`: 不享受
    Decline,
    /// A value the spec does not list, as received (never one it lists).
    Unknown(::payspec_core::wire::UnknownValue<DiscountSwitch>),
}
impl DiscountSwitch {
    /// The wire text.
    pub fn as_str(&self) -> &str {
        match self {
            DiscountSwitch::Enjoy => "1",
            DiscountSwitch::Decline => "0",
            DiscountSwitch::Unknown(value) => value.as_str(),
        }
    }
}
impl ::payspec_core::WireEnum for DiscountSwitch {
    const INTEGER: bool = false;
    fn as_wire(&self) -> &str {
        self.as_str()
    }
    fn listed(raw: &str) -> ::std::option::Option<Self> {
        match raw {
            "1" => ::std::option::Option::Some(DiscountSwitch::Enjoy),
            "0" => ::std::option::Option::Some(DiscountSwitch::Decline),
            _ => ::std::option::Option::None,
        }
    }
    fn unknown(value: ::payspec_core::wire::UnknownValue<Self>) -> Self {
        DiscountSwitch::Unknown(value)
    }
}
/// Every text is a value: a listed one its variant, any other `Unknown`.
impl ::std::convert::From<&str> for DiscountSwitch {
    fn from(raw: &str) -> Self {
        ::payspec_core::WireEnum::from_wire(raw)
    }
}
/// Never fails: see `From<&str>`.
impl ::std::str::FromStr for DiscountSwitch {
    type Err = ::std::convert::Infallible;
    fn from_str(raw: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(::payspec_core::WireEnum::from_wire(raw))
    }
}
/// The wire text.
impl ::std::fmt::Display for DiscountSwitch {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DiscountSwitch {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        ::payspec_core::wire::serialize_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for DiscountSwitch {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        ::payspec_core::wire::deserialize_enum(deserializer)
    }
}
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GoodsDetail {
    /// `goods_id`: 商品编码。
    pub goods_id: ::std::string::String,
    /// `goods_name`: 商品名称。
    pub goods_name: ::std::string::String,
    /// `quantity`: 商品数量。
    #[serde(with = "::payspec_core::wire::int")]
    pub quantity: i64,
    /// `price`: 商品单价，单位为分。
    #[serde(with = "::payspec_core::wire::fen")]
    pub price: ::payspec_core::Money,
}
impl GoodsDetail {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        goods_id: impl ::std::convert::Into<::std::string::String>,
        goods_name: impl ::std::convert::Into<::std::string::String>,
        quantity: i64,
        price: ::payspec_core::Money,
    ) -> Self {
        GoodsDetail {
            goods_id: goods_id.into(),
            goods_name: goods_name.into(),
            quantity,
            price,
        }
    }
}
impl ::payspec_core::Validate for GoodsDetail {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(out, path, "goods_id", &self.goods_id);
        {
            let v = &self.goods_id;
            ::payspec_core::validate::max_chars(out, path, "goods_id", v, 32);
        }
        ::payspec_core::validate::required_text(
            out,
            path,
            "goods_name",
            &self.goods_name,
        );
        {
            let v = &self.goods_name;
            ::payspec_core::validate::max_chars(out, path, "goods_name", v, 256);
        }
        {
            let v = &self.quantity;
            ::payspec_core::validate::int_range(
                out,
                path,
                "quantity",
                *v,
                ::std::option::Option::Some(1),
                ::std::option::Option::None,
            );
        }
        {
            let v = &self.price;
            ::payspec_core::validate::money_currency(
                out,
                path,
                "price",
                v,
                ::payspec_core::Currency::CNY,
            );
            ::payspec_core::validate::amount_positive(out, path, "price", v);
        }
    }
}
/// 商品详细描述，JSON 格式，最长 6000（单品优惠商户必须按规范上传）。The language bounds only
/// plain strings, so the 6000 limit is not checked here.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SwipeDetail {
    /// `cost_price`: 订单原价（int，单位文档未说明）：防止同一张小票分多次支付以享受多次优惠。
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::payspec_core::wire::int_opt"
    )]
    pub cost_price: ::std::option::Option<i64>,
    /// `receipt_id`: 商家小票 ID。
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub receipt_id: ::std::option::Option<::std::string::String>,
    /// `goods_detail`: 单品信息，JSON 数组（表中类型写 String，说明为 Json 数组格式）。
    pub goods_detail: ::std::vec::Vec<GoodsDetail>,
}
impl SwipeDetail {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(goods_detail: ::std::vec::Vec<GoodsDetail>) -> Self {
        SwipeDetail {
            cost_price: ::std::option::Option::None,
            receipt_id: ::std::option::Option::None,
            goods_detail,
        }
    }
    /// Sets `cost_price`.
    pub fn with_cost_price(mut self, cost_price: i64) -> Self {
        self.cost_price = ::std::option::Option::Some(cost_price);
        self
    }
    /// Sets `receipt_id`.
    pub fn with_receipt_id(
        mut self,
        receipt_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.receipt_id = ::std::option::Option::Some(receipt_id.into());
        self
    }
}
impl ::payspec_core::Validate for SwipeDetail {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.receipt_id {
            ::payspec_core::validate::max_chars(out, path, "receipt_id", v, 32);
        }
        {
            let v = &self.goods_detail;
            ::payspec_core::validate::each(out, path, "goods_detail", v);
        }
    }
}
