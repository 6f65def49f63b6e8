// @generated from tests/golden/hostile_names/spec.yaml by `codegen generate`; do not edit.

//! Types shared by the operations of Hostile names fixture.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TradeState {
    /// `ok`
    Ok,
    /// `none`
    None,
    /// `wait-for-it`
    WaitForIt,
    /// A value the spec does not list, kept as received.
    Unknown(::std::string::String),
}
impl ::payspec_core::WireEnum for TradeState {
    const INTEGER: bool = false;
    fn as_wire(&self) -> &str {
        match self {
            TradeState::Ok => "ok",
            TradeState::None => "none",
            TradeState::WaitForIt => "wait-for-it",
            TradeState::Unknown(raw) => raw,
        }
    }
    fn from_wire(raw: &str) -> Self {
        match raw {
            "ok" => TradeState::Ok,
            "none" => TradeState::None,
            "wait-for-it" => TradeState::WaitForIt,
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
            TradeState::Ok => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Success)
            }
            TradeState::None => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Failed)
            }
            TradeState::WaitForIt => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Paying)
            }
            TradeState::Unknown(_) => ::std::option::Option::None,
        }
    }
}
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Match {
    /// `1`
    SelfValue,
    /// `2`
    Type,
    /// A value the spec does not list, kept as received.
    Unknown(::std::string::String),
}
impl ::payspec_core::WireEnum for Match {
    const INTEGER: bool = true;
    fn as_wire(&self) -> &str {
        match self {
            Match::SelfValue => "1",
            Match::Type => "2",
            Match::Unknown(raw) => raw,
        }
    }
    fn from_wire(raw: &str) -> Self {
        match raw {
            "1" => Match::SelfValue,
            "2" => Match::Type,
            other => Match::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
impl ::serde::Serialize for Match {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        ::payspec_core::wire::serialize_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Match {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        ::payspec_core::wire::deserialize_enum(deserializer)
    }
}
