// @generated from tests/golden/json_string_envelope/spec.yaml by `codegen generate`; do not edit.

//! Types shared by the operations of JSON-string envelope fixture.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TradeState {
    /// `SUCCESS`
    Success,
    /// `USERPAYING`
    Userpaying,
    /// A value the spec does not list, kept as received.
    Unknown(::std::string::String),
}
impl ::payspec_core::WireEnum for TradeState {
    const INTEGER: bool = false;
    fn as_wire(&self) -> &str {
        match self {
            TradeState::Success => "SUCCESS",
            TradeState::Userpaying => "USERPAYING",
            TradeState::Unknown(raw) => raw,
        }
    }
    fn from_wire(raw: &str) -> Self {
        match raw {
            "SUCCESS" => TradeState::Success,
            "USERPAYING" => TradeState::Userpaying,
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
            TradeState::Userpaying => {
                ::std::option::Option::Some(::payspec_core::TradeStatus::Paying)
            }
            TradeState::Unknown(_) => ::std::option::Option::None,
        }
    }
}
