// @generated from tests/golden/form_rsa/spec.yaml by `codegen generate`; do not edit.

//! Types shared by the operations of Form and RSA fixture.
/// Open: a value the spec does not list decodes as `Unknown`, kept as received,
/// and new variants may be added: match with a wildcard arm, or compare `as_str()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TradeState {
    /// `TRADE_SUCCESS`
    Success,
    /// `WAIT_BUYER_PAY`
    Waiting,
    /// `TRADE_CLOSED`
    Closed,
    /// `TRADE_FROZEN`: Under review; a person must check.
    Frozen,
    /// A value the spec does not list, as received (never one it lists).
    Unknown(::payspec_core::wire::UnknownValue<TradeState>),
}
impl TradeState {
    /// The wire text.
    pub fn as_str(&self) -> &str {
        match self {
            TradeState::Success => "TRADE_SUCCESS",
            TradeState::Waiting => "WAIT_BUYER_PAY",
            TradeState::Closed => "TRADE_CLOSED",
            TradeState::Frozen => "TRADE_FROZEN",
            TradeState::Unknown(value) => value.as_str(),
        }
    }
    /// The unified status; `None` for a value the spec does not list (treat as unknown).
    pub fn status(&self) -> ::std::option::Option<::payspec_core::TradeStatus> {
        match self {
            TradeState::Success => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Success)
            }
            TradeState::Waiting => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Paying)
            }
            TradeState::Closed => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Closed)
            }
            TradeState::Frozen => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Attention)
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
            "TRADE_SUCCESS" => ::std::option::Option::Some(TradeState::Success),
            "WAIT_BUYER_PAY" => ::std::option::Option::Some(TradeState::Waiting),
            "TRADE_CLOSED" => ::std::option::Option::Some(TradeState::Closed),
            "TRADE_FROZEN" => ::std::option::Option::Some(TradeState::Frozen),
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
