//! Open enums: what every generated enum shares. A generated enum lists the spec's values as
//! variants and keeps any other value in an `Unknown(UnknownValue<Self>)` variant, so decoding
//! never fails on a value a provider adds later, and the value round-trips unchanged.
//!
//! An unknown value can never stand for a listed one: [`UnknownValue`] has no public
//! constructor, and [`WireEnum::from_wire`] (the one way to make one) maps every listed text to
//! its variant first. So `TradeState::from("SUCCESS")` is `TradeState::Success`, and no
//! `Unknown` holding `SUCCESS` exists to compare unequal to it. The type parameter ties a value
//! to its enum: one read as `Scene` cannot be moved into a `TradeState` that lists its text.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serializer};

/// Implemented by generated open enums; generated code also derives `From<&str>`, `FromStr`,
/// `Display`, `Serialize` and `Deserialize` from it.
pub trait WireEnum: Sized {
    /// Whether the wire carries the value as a JSON integer (else a string).
    const INTEGER: bool;
    /// The value's wire text.
    fn as_wire(&self) -> &str;
    /// The listed variant with this wire text; `None` when the spec does not list it.
    fn listed(raw: &str) -> Option<Self>;
    /// The `Unknown` variant holding `value`.
    fn unknown(value: UnknownValue<Self>) -> Self;
    /// Never fails: a listed text becomes its variant, any other text `Unknown`, as received.
    fn from_wire(raw: &str) -> Self {
        Self::listed(raw).unwrap_or_else(|| Self::unknown(UnknownValue::new(raw)))
    }
}

/// A value of enum `E` that its spec does not list, kept exactly as received. Only
/// [`WireEnum::from_wire`] makes one, and only for a text `E` does not list, so it never stands
/// for a listed value:
///
/// ```compile_fail
/// // No constructor outside payspec-core: an `Unknown("SUCCESS")` cannot be written.
/// let raw = payspec_core::wire::UnknownValue::<()>::new("SUCCESS");
/// ```
pub struct UnknownValue<E> {
    raw: Box<str>,
    enum_type: PhantomData<fn() -> E>,
}

impl<E> UnknownValue<E> {
    fn new(raw: &str) -> Self {
        UnknownValue {
            raw: raw.into(),
            enum_type: PhantomData,
        }
    }

    /// The wire text, as received.
    pub fn as_str(&self) -> &str {
        &self.raw
    }
}

// By hand rather than derived: a derive would require `E` itself to be `Clone`, `Eq`, ….
impl<E> Clone for UnknownValue<E> {
    fn clone(&self) -> Self {
        UnknownValue {
            raw: self.raw.clone(),
            enum_type: PhantomData,
        }
    }
}

impl<E> PartialEq for UnknownValue<E> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}

impl<E> Eq for UnknownValue<E> {}

impl<E> Hash for UnknownValue<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw.hash(state);
    }
}

impl<E> fmt::Debug for UnknownValue<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("UnknownValue").field(&self.raw).finish()
    }
}

impl<E> fmt::Display for UnknownValue<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

/// For a generated open enum's `Serialize`: integer enums write a JSON integer, string enums a
/// string. An integer enum holding anything but an integer's own text (an unlisted value received
/// as the string `"x"` or `"07"`) is an error rather than a silent change of the wire type or
/// value: `"07"` written as `7` would read back as the listed `7`.
pub fn serialize_enum<E: WireEnum, S: Serializer>(
    value: &E,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let raw = value.as_wire();
    if E::INTEGER {
        let n = super::parse_int(raw).map_err(S::Error::custom)?;
        if n.to_string() != raw {
            return Err(S::Error::custom(format_args!(
                "`{raw}` is not written as the integer {n} is"
            )));
        }
        serializer.serialize_i64(n)
    } else {
        serializer.serialize_str(raw)
    }
}

/// For a generated open enum's `Deserialize`: accepts a JSON string or number (providers write
/// `"0"` and `0` for the same state) and never fails on an unlisted value; a number is taken as
/// its literal (`1.0` stays `1.0`: an unlisted value, not `1`).
pub fn deserialize_enum<'de, E: WireEnum, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    let value = crate::json::Scalar::deserialize(deserializer)?;
    super::scalar_str(&value)
        .map(E::from_wire)
        .map_err(D::Error::custom)
}
