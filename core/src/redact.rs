//! A wrapper that keeps secrets and payment codes out of `Debug` output and logs.

use core::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Holds a value that must never be printed: a signing key or a customer's payment code.
///
/// `Debug` and `Display` print `"<redacted>"`; the wire (serde) sees the value itself, so a
/// redacted field encodes and decodes like the plain value.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Redacted<T>(T);

impl<T> Redacted<T> {
    pub const fn new(value: T) -> Self {
        Redacted(value)
    }

    /// The secret itself. Named so that every use is easy to find in review.
    pub fn expose(&self) -> &T {
        &self.0
    }

    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> From<T> for Redacted<T> {
    fn from(value: T) -> Self {
        Redacted(value)
    }
}

impl From<&str> for Redacted<String> {
    fn from(value: &str) -> Self {
        Redacted(value.to_owned())
    }
}

impl<T> fmt::Debug for Redacted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<T> fmt::Display for Redacted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<T: Serialize> Serialize for Redacted<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Redacted<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(Redacted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_hide_the_value() {
        let code = Redacted::new("284447106610060508".to_string());
        assert_eq!(format!("{code:?}"), "<redacted>");
        assert_eq!(format!("{code}"), "<redacted>");
        assert!(!format!("{:?}", Some(&code)).contains("2844"));
    }

    #[test]
    fn serde_sees_the_value() {
        let code = Redacted::new("284447106610060508".to_string());
        assert_eq!(
            serde_json::to_string(&code).unwrap(),
            "\"284447106610060508\""
        );
        let back: Redacted<String> = serde_json::from_str("\"x\"").unwrap();
        assert_eq!(back.expose(), "x");
    }
}
