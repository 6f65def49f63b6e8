//! Timestamps: unix seconds or milliseconds, RFC 3339 with offset, and a local
//! `yyyyMMddHHmmss` or `yyyy-MM-dd HH:mm:ss`.

use super::opt::opt_twin;

/// `Timestamp` ↔ a JSON integer of seconds (decode accepts a numeric string).
pub mod unix_seconds {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::timestamp::Timestamp;

    pub fn serialize<S: Serializer>(ts: &Timestamp, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(ts.unix())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
        from_scalar(&crate::json::Scalar::deserialize(deserializer)?).map_err(D::Error::custom)
    }

    /// The value from one member's raw JSON text, read as `deserialize` reads it from
    /// serde_json's text (the generated reply decode's reader).
    pub fn from_raw(raw: &str) -> Result<Timestamp, String> {
        from_scalar(&crate::json::Scalar::from_raw(raw)?)
    }

    pub(crate) fn from_scalar(value: &crate::json::Scalar<'_>) -> Result<Timestamp, String> {
        let secs = super::super::amount::int::from_scalar(value)?;
        Timestamp::from_unix(secs).map_err(|e| e.to_string())
    }
}

/// `Timestamp` ↔ `"2018-07-25T18:06:05+08:00"`, the offset kept as written.
pub mod rfc3339 {
    use serde::de::Error as _;
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::timestamp::Timestamp;

    pub fn serialize<S: Serializer>(ts: &Timestamp, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&ts.to_rfc3339().map_err(S::Error::custom)?)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
        from_scalar(&crate::json::Scalar::deserialize(deserializer)?).map_err(D::Error::custom)
    }

    /// The value from one member's raw JSON text, read as `deserialize` reads it from
    /// serde_json's text (the generated reply decode's reader).
    pub fn from_raw(raw: &str) -> Result<Timestamp, String> {
        from_scalar(&crate::json::Scalar::from_raw(raw)?)
    }

    pub(crate) fn from_scalar(value: &crate::json::Scalar<'_>) -> Result<Timestamp, String> {
        let text = super::super::string_scalar(value)
            .map_err(|kind| format!("expected an RFC 3339 string, got {kind}"))?;
        Timestamp::parse_rfc3339(text).map_err(|e| e.to_string())
    }
}

/// `LocalTimestamp` ↔ `"20091227091010"`.
pub mod compact {
    use serde::de::Error as _;
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::timestamp::LocalTimestamp;

    pub fn serialize<S: Serializer>(ts: &LocalTimestamp, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&ts.to_compact().map_err(S::Error::custom)?)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<LocalTimestamp, D::Error> {
        from_scalar(&crate::json::Scalar::deserialize(deserializer)?).map_err(D::Error::custom)
    }

    /// The value from one member's raw JSON text, read as `deserialize` reads it from
    /// serde_json's text (the generated reply decode's reader).
    pub fn from_raw(raw: &str) -> Result<LocalTimestamp, String> {
        from_scalar(&crate::json::Scalar::from_raw(raw)?)
    }

    pub(crate) fn from_scalar(value: &crate::json::Scalar<'_>) -> Result<LocalTimestamp, String> {
        let text = super::super::string_scalar(value)
            .map_err(|kind| format!("expected a yyyyMMddHHmmss string, got {kind}"))?;
        LocalTimestamp::parse_compact(text).map_err(|e| e.to_string())
    }
}

/// `Timestamp` ↔ a JSON integer of milliseconds (decode accepts a numeric string).
pub mod unix_millis {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::timestamp::Timestamp;

    pub fn serialize<S: Serializer>(ts: &Timestamp, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(ts.unix_millis())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
        from_scalar(&crate::json::Scalar::deserialize(deserializer)?).map_err(D::Error::custom)
    }

    /// The value from one member's raw JSON text, read as `deserialize` reads it from
    /// serde_json's text (the generated reply decode's reader).
    pub fn from_raw(raw: &str) -> Result<Timestamp, String> {
        from_scalar(&crate::json::Scalar::from_raw(raw)?)
    }

    pub(crate) fn from_scalar(value: &crate::json::Scalar<'_>) -> Result<Timestamp, String> {
        let millis = super::super::amount::int::from_scalar(value)?;
        Timestamp::from_unix_millis(millis).map_err(|e| e.to_string())
    }
}

/// `LocalTimestamp` ↔ `"2014-07-24 03:07:50"`.
pub mod datetime {
    use serde::de::Error as _;
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::timestamp::LocalTimestamp;

    pub fn serialize<S: Serializer>(ts: &LocalTimestamp, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&ts.to_datetime().map_err(S::Error::custom)?)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<LocalTimestamp, D::Error> {
        from_scalar(&crate::json::Scalar::deserialize(deserializer)?).map_err(D::Error::custom)
    }

    /// The value from one member's raw JSON text, read as `deserialize` reads it from
    /// serde_json's text (the generated reply decode's reader).
    pub fn from_raw(raw: &str) -> Result<LocalTimestamp, String> {
        from_scalar(&crate::json::Scalar::from_raw(raw)?)
    }

    pub(crate) fn from_scalar(value: &crate::json::Scalar<'_>) -> Result<LocalTimestamp, String> {
        let text = super::super::string_scalar(value)
            .map_err(|kind| format!("expected a yyyy-MM-dd HH:mm:ss string, got {kind}"))?;
        LocalTimestamp::parse_datetime(text).map_err(|e| e.to_string())
    }
}

opt_twin!(unix_seconds_opt, unix_seconds, crate::timestamp::Timestamp);
opt_twin!(rfc3339_opt, rfc3339, crate::timestamp::Timestamp);
opt_twin!(compact_opt, compact, crate::timestamp::LocalTimestamp);
opt_twin!(unix_millis_opt, unix_millis, crate::timestamp::Timestamp);
opt_twin!(datetime_opt, datetime, crate::timestamp::LocalTimestamp);
