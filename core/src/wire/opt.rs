//! The `_opt` twins: the same wire form for `Option` fields, with `null` read as `None`.

/// Defines `pub mod $opt` for `Option<$ty>` in terms of `$base::serialize` and `$base::from_json`
/// (the value read exactly, as [`crate::json::Json`]).
macro_rules! opt_twin {
    ($opt:ident, $base:ident, $ty:ty) => {
        pub mod $opt {
            use serde::de::Error as _;
            use serde::{Deserialize, Deserializer, Serialize, Serializer};

            pub fn serialize<S: Serializer>(
                value: &Option<$ty>,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                struct Inner<'a>(&'a $ty);
                impl Serialize for Inner<'_> {
                    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                        super::$base::serialize(self.0, serializer)
                    }
                }
                match value {
                    Some(v) => serializer.serialize_some(&Inner(v)),
                    None => serializer.serialize_none(),
                }
            }

            /// `null` as `None`, else the base adapter's `from_raw`.
            pub fn from_raw(raw: &str) -> Result<Option<$ty>, String> {
                match raw {
                    "null" => Ok(None),
                    raw => super::$base::from_raw(raw).map(Some),
                }
            }

            pub fn deserialize<'de, D: Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Option<$ty>, D::Error> {
                match Option::<crate::json::Scalar<'de>>::deserialize(deserializer)? {
                    None => Ok(None),
                    Some(value) => super::$base::from_scalar(&value)
                        .map(Some)
                        .map_err(D::Error::custom),
                }
            }
        }
    };
}

pub(crate) use opt_twin;
