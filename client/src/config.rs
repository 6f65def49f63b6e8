//! A provider's settings (base URL, merchant ids, keys) from a TOML file and the environment.
//!
//! Secrets usually come from the environment (a deployment's secret store) and the rest from a
//! file, so each key may be in either: an environment variable overrides the file. What the
//! spec does not name is refused, so a typo is reported rather than silently leaving a key unset,
//! and every missing key is reported at once with where it may be set.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use payspec_core::credentials::Credentials;
use payspec_core::descriptor::ConfigKey;
use payspec_core::redact::Redacted;

/// The file key (and env suffix) of the provider's base URL.
pub const BASE_URL: &str = "base_url";

/// Everything needed to talk to one provider. `Debug` prints every value as `<redacted>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderSettings {
    pub base_url: String,
    /// Values by the spec's config key.
    pub values: BTreeMap<String, Redacted<String>>,
}

impl Credentials for ProviderSettings {
    fn value(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(|v| v.expose().as_str())
    }
}

/// A setting found nowhere, and where it may be given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingSetting {
    pub key: String,
    /// The environment variable that sets it.
    pub env_var: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read settings file {}: {message}", path.display())]
    Read { path: PathBuf, message: String },
    #[error("settings file {} is not valid TOML: {message}", path.display())]
    Parse { path: PathBuf, message: String },
    /// A key the provider's spec does not name (a typo guard).
    #[error("settings file {}: `{key}` is not a setting of this provider (known: {})", path.display(), known.join(", "))]
    UnknownKey {
        path: PathBuf,
        key: String,
        known: Vec<String>,
    },
    #[error("settings file {}: `{key}` must be a string (quote it)", path.display())]
    NotText { path: PathBuf, key: String },
    #[error("missing settings: {}", MissingList(.0))]
    Missing(Vec<MissingSetting>),
    /// `base_url` is not something a request can be sent to: refused at load, so that a saga
    /// never starts against it (it would only time out and report money as possibly held).
    #[error("{origin}: `base_url` must be an http:// or https:// URL with a host: {problem}")]
    BaseUrl {
        /// `settings file <path>` or `environment variable <NAME>`.
        origin: String,
        /// What is wrong with it (the value itself is not repeated: it may carry credentials).
        problem: String,
    },
}

/// `key` (file key `key` or env `PREFIX_KEY`), one after the other.
struct MissingList<'a>(&'a [MissingSetting]);

impl fmt::Display for MissingList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, missing) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(
                f,
                "`{}` (file key `{}` or env {})",
                missing.key, missing.key, missing.env_var
            )?;
        }
        Ok(())
    }
}

/// Loads `base_url` and every key in `keys` from `file` (if given) and the process environment
/// (`<env_prefix>_<KEY>`, e.g. `PAYSPEC_POOUL_KEY`), the environment winning.
pub fn load_credentials(
    file: Option<&Path>,
    env_prefix: &str,
    keys: &[ConfigKey],
) -> Result<ProviderSettings, ConfigError> {
    load_credentials_with(file, env_prefix, keys, &|name| std::env::var(name).ok())
}

/// [`load_credentials`] with the environment looked up through `env` (tests, or settings from
/// somewhere other than the process environment).
pub fn load_credentials_with(
    file: Option<&Path>,
    env_prefix: &str,
    keys: &[ConfigKey],
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<ProviderSettings, ConfigError> {
    let mut from_file = match file {
        Some(path) => read_file(path, keys)?,
        None => BTreeMap::new(),
    };
    let names = std::iter::once(BASE_URL).chain(keys.iter().map(|k| k.key));
    let base_url_origin = match (env(&env_var_name(env_prefix, BASE_URL)), file) {
        (Some(v), _) if !v.is_empty() => {
            format!(
                "environment variable {}",
                env_var_name(env_prefix, BASE_URL)
            )
        }
        (_, Some(path)) => format!("settings file {}", path.display()),
        (_, None) => "settings".to_owned(),
    };
    let mut values = BTreeMap::new();
    let mut missing = Vec::new();
    for key in names {
        let env_var = env_var_name(env_prefix, key);
        // An empty value is never a usable setting: treat it as unset.
        let value = env(&env_var)
            .filter(|v| !v.is_empty())
            .or_else(|| from_file.remove(key));
        match value {
            Some(value) => {
                values.insert(key.to_owned(), value);
            }
            // An optional key left out is the spec's default (its `doc` says which).
            None if keys.iter().any(|k| k.key == key && k.optional) => {}
            None => missing.push(MissingSetting {
                key: key.to_owned(),
                env_var,
            }),
        }
    }
    if !missing.is_empty() {
        return Err(ConfigError::Missing(missing));
    }
    let base_url = values.remove(BASE_URL).unwrap_or_default();
    check_base_url(&base_url).map_err(|problem| ConfigError::BaseUrl {
        origin: base_url_origin,
        problem,
    })?;
    Ok(ProviderSettings {
        base_url,
        values: values
            .into_iter()
            .map(|(k, v)| (k, Redacted::new(v)))
            .collect(),
    })
}

/// `Err(problem)` unless `base_url` is an absolute http or https URL with a host.
pub fn check_base_url(base_url: &str) -> Result<(), String> {
    let Some((scheme, _)) = base_url.split_once("://") else {
        return Err("it has no scheme (write it as `https://host/…`)".to_owned());
    };
    if !matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https") {
        return Err(format!("the scheme `{scheme}` is not http or https"));
    }
    let url = base_url
        .parse::<http::Uri>()
        .map_err(|e| format!("it does not parse ({e})"))?;
    match url.host() {
        Some(host) if !host.is_empty() => Ok(()),
        _ => Err("it has no host".to_owned()),
    }
}

/// `PAYSPEC_POOUL` + `merchant_id` → `PAYSPEC_POOUL_MERCHANT_ID` (anything not alphanumeric
/// becomes `_`).
pub fn env_var_name(prefix: &str, key: &str) -> String {
    let key: String = key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("{prefix}_{key}")
}

/// The file's non-empty string values, refusing keys the spec does not name.
fn read_file(path: &Path, keys: &[ConfigKey]) -> Result<BTreeMap<String, String>, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Read {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    let table: toml::Table = toml::from_str(&text).map_err(|e| ConfigError::Parse {
        path: path.to_owned(),
        message: e.message().to_owned(),
    })?;
    let mut values = BTreeMap::new();
    for (key, value) in table {
        if key != BASE_URL && !keys.iter().any(|k| k.key == key) {
            return Err(ConfigError::UnknownKey {
                path: path.to_owned(),
                key,
                known: std::iter::once(BASE_URL)
                    .chain(keys.iter().map(|k| k.key))
                    .map(str::to_owned)
                    .collect(),
            });
        }
        match value {
            toml::Value::String(text) if text.is_empty() => {}
            toml::Value::String(text) => {
                values.insert(key, text);
            }
            _ => {
                return Err(ConfigError::NotText {
                    path: path.to_owned(),
                    key,
                })
            }
        }
    }
    Ok(values)
}

#[cfg(test)]
mod tests;
