//! A value carried as a JSON *string* holding its JSON (an envelope's `biz_content`, nested
//! details).

/// Any `T: Serialize + DeserializeOwned` ↔ a JSON string holding `T`'s JSON.
pub mod json_string {
    use serde::de::{DeserializeOwned, Error as _};
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(
        value: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let text = serde_json::to_string(value).map_err(S::Error::custom)?;
        serializer.serialize_str(&text)
    }

    pub fn deserialize<'de, T: DeserializeOwned, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        let text = String::deserialize(deserializer)?;
        from_text(&text).map_err(D::Error::custom)
    }

    /// The value from one member's raw JSON text, read as `deserialize` reads it from
    /// serde_json's text (the generated reply decode's reader).
    pub fn from_raw<T: DeserializeOwned>(raw: &str) -> Result<T, String> {
        let text: std::borrow::Cow<'_, str> =
            serde_json::from_str(raw).map_err(|e| e.to_string())?;
        from_text(&text)
    }

    /// Checked by the one duplicate-refusing reader ([`crate::json::Json::parse`]) first: a JSON
    /// string is signed as text, so two equal member names inside it must be refused, not
    /// resolved (a derived struct refuses them, but a map or a `Json` field would keep one).
    /// Then `T` is read from the text itself, so its amounts are the literals received.
    pub(crate) fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, String> {
        crate::json::Json::parse(text)
            .map_err(|e| format!("JSON string does not hold valid JSON: {e}"))?;
        serde_json::from_str(text).map_err(|e| {
            format!(
                "JSON string does not hold the expected value: {}",
                crate::json::without_position(&e)
            )
        })
    }
}

/// `Option<T>` twin of [`json_string`]: `null` is `None`.
pub mod json_string_opt {
    use serde::de::{DeserializeOwned, Error as _};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(
        value: &Option<T>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        struct Inner<'a, T>(&'a T);
        impl<T: Serialize> Serialize for Inner<'_, T> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                super::json_string::serialize(self.0, serializer)
            }
        }
        match value {
            Some(v) => serializer.serialize_some(&Inner(v)),
            None => serializer.serialize_none(),
        }
    }

    /// `null` as `None`, else [`super::json_string::from_raw`].
    pub fn from_raw<T: DeserializeOwned>(raw: &str) -> Result<Option<T>, String> {
        match raw {
            "null" => Ok(None),
            raw => super::json_string::from_raw(raw).map(Some),
        }
    }

    pub fn deserialize<'de, T: DeserializeOwned, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<T>, D::Error> {
        match Option::<String>::deserialize(deserializer)? {
            None => Ok(None),
            Some(text) => super::json_string::from_text(&text)
                .map(Some)
                .map_err(D::Error::custom),
        }
    }
}
