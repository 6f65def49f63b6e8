//! Timestamps: unix seconds or milliseconds, RFC 3339 with offset, and a local
//! `yyyyMMddHHmmss` or `yyyy-MM-dd HH:mm:ss`.

use super::opt::opt_twin;

/// One timestamp adapter: `serialize` writes `$ts` with `$write`, and `deserialize` (from serde)
/// and `from_raw` (from one member's raw JSON text, the generated reply decode's reader) both
/// read through the one `from_scalar`, `$read` over the scalar `$value`.
macro_rules! moment {
    ($(#[$doc:meta])* $name:ident: $ty:ident,
     write |$ts:ident, $serializer:ident| $write:expr,
     read |$value:ident| $read:expr) => {
        $(#[$doc])*
        pub mod $name {
            use serde::de::Error as _;
            #[allow(unused_imports)]
            use serde::ser::Error as _;
            use serde::{Deserialize, Deserializer, Serializer};

            use crate::timestamp::$ty;

            pub fn serialize<S: Serializer>($ts: &$ty, $serializer: S) -> Result<S::Ok, S::Error> {
                $write
            }

            pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<$ty, D::Error> {
                from_scalar(&crate::json::Scalar::deserialize(deserializer)?)
                    .map_err(D::Error::custom)
            }

            /// The value from one member's raw JSON text, read as `deserialize` reads it from
            /// serde_json's text (the generated reply decode's reader).
            pub fn from_raw(raw: &str) -> Result<$ty, String> {
                from_scalar(&crate::json::Scalar::from_raw(raw)?)
            }

            pub(crate) fn from_scalar($value: &crate::json::Scalar<'_>) -> Result<$ty, String> {
                $read
            }
        }
    };
}

/// The text of a string scalar, or an error naming what the wire format expected.
fn text<'a>(value: &'a crate::json::Scalar<'_>, expected: &str) -> Result<&'a str, String> {
    super::string_scalar(value).map_err(|kind| format!("expected {expected} string, got {kind}"))
}

moment! {
    /// `Timestamp` ↔ a JSON integer of seconds (decode accepts a numeric string).
    unix_seconds: Timestamp,
    write |ts, serializer| serializer.serialize_i64(ts.unix()),
    read |value| {
        let secs = super::super::amount::int::from_scalar(value)?;
        Timestamp::from_unix(secs).map_err(|e| e.to_string())
    }
}

moment! {
    /// `Timestamp` ↔ `"2018-07-25T18:06:05+08:00"`, the offset kept as written.
    rfc3339: Timestamp,
    write |ts, serializer| serializer.serialize_str(&ts.to_rfc3339().map_err(S::Error::custom)?),
    read |value| {
        Timestamp::parse_rfc3339(super::text(value, "an RFC 3339")?).map_err(|e| e.to_string())
    }
}

moment! {
    /// `LocalTimestamp` ↔ `"20091227091010"`.
    compact: LocalTimestamp,
    write |ts, serializer| serializer.serialize_str(&ts.to_compact().map_err(S::Error::custom)?),
    read |value| {
        LocalTimestamp::parse_compact(super::text(value, "a yyyyMMddHHmmss")?)
            .map_err(|e| e.to_string())
    }
}

moment! {
    /// `Timestamp` ↔ a JSON integer of milliseconds (decode accepts a numeric string).
    unix_millis: Timestamp,
    write |ts, serializer| serializer.serialize_i64(ts.unix_millis()),
    read |value| {
        let millis = super::super::amount::int::from_scalar(value)?;
        Timestamp::from_unix_millis(millis).map_err(|e| e.to_string())
    }
}

moment! {
    /// `LocalTimestamp` ↔ `"2014-07-24 03:07:50"`.
    datetime: LocalTimestamp,
    write |ts, serializer| serializer.serialize_str(&ts.to_datetime().map_err(S::Error::custom)?),
    read |value| {
        LocalTimestamp::parse_datetime(super::text(value, "a yyyy-MM-dd HH:mm:ss")?)
            .map_err(|e| e.to_string())
    }
}

opt_twin!(unix_seconds_opt, unix_seconds, crate::timestamp::Timestamp);
opt_twin!(rfc3339_opt, rfc3339, crate::timestamp::Timestamp);
opt_twin!(compact_opt, compact, crate::timestamp::LocalTimestamp);
opt_twin!(unix_millis_opt, unix_millis, crate::timestamp::Timestamp);
opt_twin!(datetime_opt, datetime, crate::timestamp::LocalTimestamp);
