// @generated from tests/golden/flat_md5/spec.yaml by `codegen generate`; do not edit.

//! Types shared by the operations of Flat MD5 fixture.
/// Open: a value the spec does not list decodes as `Unknown`, kept as received,
/// and new variants may be added: match with a wildcard arm, or compare `as_str()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TradeState {
    /// `0`: Paid.
    Success,
    /// `6`: Waiting for the customer.
    Paying,
    /// `7`
    Failed,
    /// `9`: Frozen for review; a person must check.
    Frozen,
    /// A value the spec does not list, as received (never one it lists).
    Unknown(::payspec_core::wire::UnknownValue<TradeState>),
}
impl TradeState {
    /// The wire text.
    pub fn as_str(&self) -> &str {
        match self {
            TradeState::Success => "0",
            TradeState::Paying => "6",
            TradeState::Failed => "7",
            TradeState::Frozen => "9",
            TradeState::Unknown(value) => value.as_str(),
        }
    }
    /// The unified status; `None` for a value the spec does not list (treat as unknown).
    pub fn status(&self) -> ::std::option::Option<::payspec_core::TradeStatus> {
        match self {
            TradeState::Success => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Success)
            }
            TradeState::Paying => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Paying)
            }
            TradeState::Failed => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Failed)
            }
            TradeState::Frozen => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Attention)
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
            "6" => ::std::option::Option::Some(TradeState::Paying),
            "7" => ::std::option::Option::Some(TradeState::Failed),
            "9" => ::std::option::Option::Some(TradeState::Frozen),
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
/// Open: a value the spec does not list decodes as `Unknown`, kept as received,
/// and new variants may be added: match with a wildcard arm, or compare `as_str()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scene {
    /// `bar_code`: Barcode.
    BarCode,
    /// `wave_code`: Sound wave.
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
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Detail {
    /// `receipt_id`
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub receipt_id: ::std::option::Option<::std::string::String>,
    /// `goods`
    pub goods: ::std::vec::Vec<Goods>,
}
impl Detail {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(goods: ::std::vec::Vec<Goods>) -> Self {
        Detail {
            receipt_id: ::std::option::Option::None,
            goods,
        }
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
impl ::payspec_core::Validate for Detail {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        if let ::std::option::Option::Some(v) = &self.receipt_id {
            ::payspec_core::validate::max_chars(out, path, "receipt_id", v, 32);
        }
        {
            let v = &self.goods;
            ::payspec_core::validate::each(out, path, "goods", v);
        }
    }
}
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Goods {
    /// `goods_id`
    pub goods_id: ::std::string::String,
    /// `price`
    #[serde(with = "::payspec_core::wire::fen")]
    pub price: ::payspec_core::Money,
}
impl Goods {
    /// With the required fields, in the spec's order; the others start absent.
    pub fn new(
        goods_id: impl ::std::convert::Into<::std::string::String>,
        price: ::payspec_core::Money,
    ) -> Self {
        Goods {
            goods_id: goods_id.into(),
            price,
        }
    }
}
impl ::payspec_core::Validate for Goods {
    fn collect_violations(&self, path: &str, out: &mut ::payspec_core::Violations) {
        ::payspec_core::validate::required_text(out, path, "goods_id", &self.goods_id);
        {
            let v = &self.goods_id;
            ::payspec_core::validate::max_chars(out, path, "goods_id", v, 32);
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
