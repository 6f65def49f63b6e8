//! Amounts and integers: fen, yuan (number or string), minor units, plain integers.

use super::opt::opt_twin;

/// `Money` (CNY only) ↔ a JSON integer of fen; decode also accepts `"12"` (Pooul's query sends
/// `"total_fee": "12"`).
pub mod fen {
    use serde::de::Error as _;
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::json::Json;
    use crate::money::{Currency, Money};

    pub fn serialize<S: Serializer>(money: &Money, serializer: S) -> Result<S::Ok, S::Error> {
        let money = money
            .expect_currency(Currency::CNY)
            .map_err(S::Error::custom)?;
        serializer.serialize_i64(money.minor())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Money, D::Error> {
        from_scalar(&crate::json::Scalar::deserialize(deserializer)?).map_err(D::Error::custom)
    }

    pub(crate) fn from_json(value: &Json) -> Result<Money, String> {
        from_text(super::super::scalar_text(value)?)
    }

    /// The value from one member's raw JSON text, read as `deserialize` reads it from
    /// serde_json's text (the generated reply decode's reader).
    pub fn from_raw(raw: &str) -> Result<Money, String> {
        from_scalar(&crate::json::Scalar::from_raw(raw)?)
    }

    pub(crate) fn from_scalar(value: &crate::json::Scalar<'_>) -> Result<Money, String> {
        from_text(super::super::scalar_str(value)?)
    }

    fn from_text(text: &str) -> Result<Money, String> {
        super::super::parse_int(text).map(Money::fen)
    }
}

/// `Money` CNY ↔ `0.01` as a JSON number literal (decode accepts a number or a string, exactly).
pub mod yuan_number {
    use serde::de::Error as _;
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::json::{Json, Number};
    use crate::money::{Currency, Money};

    pub fn serialize<S: Serializer>(money: &Money, serializer: S) -> Result<S::Ok, S::Error> {
        let money = money
            .expect_currency(Currency::CNY)
            .map_err(S::Error::custom)?;
        // The literal itself (a raw value): `0.01` stays `0.01`, `80.00` stays `80.00`.
        let number = Number::from_literal(&money.render_major()).map_err(S::Error::custom)?;
        number.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Money, D::Error> {
        from_scalar(&crate::json::Scalar::deserialize(deserializer)?).map_err(D::Error::custom)
    }

    pub(crate) fn from_json(value: &Json) -> Result<Money, String> {
        from_text(super::super::scalar_text(value)?)
    }

    /// The value from one member's raw JSON text, read as `deserialize` reads it from
    /// serde_json's text (the generated reply decode's reader).
    pub fn from_raw(raw: &str) -> Result<Money, String> {
        from_scalar(&crate::json::Scalar::from_raw(raw)?)
    }

    pub(crate) fn from_scalar(value: &crate::json::Scalar<'_>) -> Result<Money, String> {
        from_text(super::super::scalar_str(value)?)
    }

    fn from_text(text: &str) -> Result<Money, String> {
        Money::parse_major(text, Currency::CNY).map_err(|e| e.to_string())
    }
}

/// `Money` CNY ↔ `"0.01"` as a JSON string (decode accepts a number or a string, exactly).
pub mod yuan_string {
    use serde::de::Error as _;
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::money::{Currency, Money};

    pub fn serialize<S: Serializer>(money: &Money, serializer: S) -> Result<S::Ok, S::Error> {
        let money = money
            .expect_currency(Currency::CNY)
            .map_err(S::Error::custom)?;
        serializer.serialize_str(&money.render_major())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Money, D::Error> {
        from_scalar(&crate::json::Scalar::deserialize(deserializer)?).map_err(D::Error::custom)
    }

    /// The value from one member's raw JSON text, read as `deserialize` reads it from
    /// serde_json's text (the generated reply decode's reader).
    pub fn from_raw(raw: &str) -> Result<Money, String> {
        from_scalar(&crate::json::Scalar::from_raw(raw)?)
    }

    pub(crate) fn from_scalar(value: &crate::json::Scalar<'_>) -> Result<Money, String> {
        super::yuan_number::from_scalar(value)
    }
}

/// `MinorAmount` ↔ a JSON integer (decode accepts a numeric string).
pub mod minor {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::json::Json;
    use crate::money::MinorAmount;

    pub fn serialize<S: Serializer>(
        amount: &MinorAmount,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(amount.0)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<MinorAmount, D::Error> {
        from_scalar(&crate::json::Scalar::deserialize(deserializer)?).map_err(D::Error::custom)
    }

    pub(crate) fn from_json(value: &Json) -> Result<MinorAmount, String> {
        super::int::from_json(value).map(MinorAmount)
    }

    /// The value from one member's raw JSON text, read as `deserialize` reads it from
    /// serde_json's text (the generated reply decode's reader).
    pub fn from_raw(raw: &str) -> Result<MinorAmount, String> {
        from_scalar(&crate::json::Scalar::from_raw(raw)?)
    }

    pub(crate) fn from_scalar(value: &crate::json::Scalar<'_>) -> Result<MinorAmount, String> {
        super::int::from_scalar(value).map(MinorAmount)
    }
}

/// `i64` ↔ a JSON integer (decode accepts a numeric string).
pub mod int {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::json::Json;

    pub fn serialize<S: Serializer>(value: &i64, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(*value)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
        from_scalar(&crate::json::Scalar::deserialize(deserializer)?).map_err(D::Error::custom)
    }

    pub(crate) fn from_json(value: &Json) -> Result<i64, String> {
        super::super::parse_int(super::super::scalar_text(value)?)
    }

    /// The value from one member's raw JSON text, read as `deserialize` reads it from
    /// serde_json's text (the generated reply decode's reader).
    pub fn from_raw(raw: &str) -> Result<i64, String> {
        from_scalar(&crate::json::Scalar::from_raw(raw)?)
    }

    pub(crate) fn from_scalar(value: &crate::json::Scalar<'_>) -> Result<i64, String> {
        super::super::parse_int(super::super::scalar_str(value)?)
    }
}

opt_twin!(fen_opt, fen, crate::money::Money);
opt_twin!(yuan_number_opt, yuan_number, crate::money::Money);
opt_twin!(yuan_string_opt, yuan_string, crate::money::Money);
opt_twin!(minor_opt, minor, crate::money::MinorAmount);
opt_twin!(int_opt, int, i64);
