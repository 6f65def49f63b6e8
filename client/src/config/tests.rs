use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

const KEYS: &[ConfigKey] = &[
    ConfigKey {
        key: "merchant_id",
        sensitive: false,
        optional: false,
        doc: "merchant id",
    },
    ConfigKey {
        key: "key",
        sensitive: true,
        optional: false,
        doc: "signing key",
    },
];

/// A settings file in the temp directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(text: &str) -> TempFile {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("payspec-config-{}-{n}.toml", std::process::id()));
        std::fs::write(&path, text).unwrap();
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
    move |name| {
        pairs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| (*v).to_owned())
    }
}

fn load(
    file: Option<&TempFile>,
    pairs: &'static [(&'static str, &'static str)],
) -> Result<ProviderSettings, ConfigError> {
    load_credentials_with(
        file.map(|f| f.0.as_path()),
        "PAYSPEC_TEST",
        KEYS,
        &env(pairs),
    )
}

#[test]
fn the_file_alone_suffices() {
    let file =
        TempFile::new("base_url = \"https://gw.test\"\nmerchant_id = \"M100\"\nkey = \"SECRET\"\n");
    let settings = load(Some(&file), &[]).unwrap();
    assert_eq!(settings.base_url, "https://gw.test");
    assert_eq!(settings.value("merchant_id"), Some("M100"));
    assert_eq!(settings.value("key"), Some("SECRET"));
    assert_eq!(settings.value("other"), None);
}

#[test]
fn the_environment_overrides_the_file() {
    let file = TempFile::new("base_url = \"https://gw.test\"\nmerchant_id = \"M100\"\n");
    let settings = load(
        Some(&file),
        &[
            ("PAYSPEC_TEST_KEY", "FROM_ENV"),
            ("PAYSPEC_TEST_BASE_URL", "https://other.test"),
        ],
    )
    .unwrap();
    assert_eq!(settings.base_url, "https://other.test");
    assert_eq!(settings.value("merchant_id"), Some("M100"));
    assert_eq!(settings.value("key"), Some("FROM_ENV"));
}

#[test]
fn the_environment_alone_suffices() {
    let settings = load(
        None,
        &[
            ("PAYSPEC_TEST_BASE_URL", "https://gw.test"),
            ("PAYSPEC_TEST_MERCHANT_ID", "M1"),
            ("PAYSPEC_TEST_KEY", "K"),
        ],
    )
    .unwrap();
    assert_eq!(settings.value("merchant_id"), Some("M1"));
}

#[test]
fn every_missing_key_is_listed_with_where_to_set_it() {
    let file = TempFile::new("merchant_id = \"\"\n");
    let error = load(Some(&file), &[("PAYSPEC_TEST_KEY", "")]).unwrap_err();
    let ConfigError::Missing(missing) = &error else {
        panic!("{error:?}")
    };
    let keys: Vec<&str> = missing.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(keys, ["base_url", "merchant_id", "key"]);
    assert_eq!(
        error.to_string(),
        "missing settings: `base_url` (file key `base_url` or env PAYSPEC_TEST_BASE_URL), \
         `merchant_id` (file key `merchant_id` or env PAYSPEC_TEST_MERCHANT_ID), \
         `key` (file key `key` or env PAYSPEC_TEST_KEY)"
    );
}

#[test]
fn a_key_the_spec_does_not_name_is_refused() {
    let file = TempFile::new("base_url = \"u\"\nmerchant_id = \"M\"\nkye = \"K\"\n");
    let error = load(Some(&file), &[("PAYSPEC_TEST_KEY", "K")]).unwrap_err();
    assert!(
        matches!(&error, ConfigError::UnknownKey { key, .. } if key == "kye"),
        "{error:?}"
    );
    assert!(error
        .to_string()
        .ends_with("`kye` is not a setting of this provider (known: base_url, merchant_id, key)"));
}

#[test]
fn values_must_be_strings() {
    let file = TempFile::new("merchant_id = 100\n");
    let error = load(Some(&file), &[]).unwrap_err();
    assert!(matches!(&error, ConfigError::NotText { key, .. } if key == "merchant_id"));
}

#[test]
fn unreadable_and_invalid_files_are_reported() {
    let missing = Path::new("/nonexistent/payspec.toml");
    let error = load_credentials_with(Some(missing), "P", KEYS, &|_| None).unwrap_err();
    assert!(matches!(error, ConfigError::Read { .. }), "{error:?}");
    let file = TempFile::new("base_url = \n");
    assert!(matches!(
        load(Some(&file), &[]).unwrap_err(),
        ConfigError::Parse { .. }
    ));
}

#[test]
fn debug_never_prints_values() {
    let settings = load(
        None,
        &[
            ("PAYSPEC_TEST_BASE_URL", "https://gw.test"),
            ("PAYSPEC_TEST_MERCHANT_ID", "M100"),
            ("PAYSPEC_TEST_KEY", "SECRET"),
        ],
    )
    .unwrap();
    let printed = format!("{settings:?}");
    assert!(!printed.contains("SECRET"));
    assert!(!printed.contains("M100"));
    assert!(printed.contains("<redacted>"));
}

#[test]
fn env_names() {
    assert_eq!(
        env_var_name("PAYSPEC_POOUL", "merchant_id"),
        "PAYSPEC_POOUL_MERCHANT_ID"
    );
    assert_eq!(env_var_name("P", "app-id.v2"), "P_APP_ID_V2");
}

// issue 8, finding 10: a base URL nothing can be sent to is refused at load, naming the key and
// where it was set.
#[test]
fn a_base_url_without_http_or_a_host_is_refused_naming_the_file() {
    for (url, problem) in [
        ("gw.test/api", "no scheme"),
        ("ftp://gw.test", "`ftp` is not http or https"),
        ("https://", "does not parse"),
        ("file:///etc/passwd", "is not http or https"),
    ] {
        let file = TempFile::new(&format!(
            "base_url = \"{url}\"\nmerchant_id = \"M\"\nkey = \"K\"\n"
        ));
        let err = load(Some(&file), &[]).unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, ConfigError::BaseUrl { .. }), "{url}: {text}");
        assert!(text.contains("`base_url`"), "{text}");
        assert!(text.contains(&file.0.display().to_string()), "{text}");
        assert!(text.contains(problem), "{url}: {text}");
    }
}

#[test]
fn a_bad_base_url_from_the_environment_names_the_variable() {
    let err = load(
        None,
        &[
            ("PAYSPEC_TEST_BASE_URL", "ftp://gw.test"),
            ("PAYSPEC_TEST_MERCHANT_ID", "M1"),
            ("PAYSPEC_TEST_KEY", "K"),
        ],
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("environment variable PAYSPEC_TEST_BASE_URL: `base_url`"),
        "{err}"
    );
}

#[test]
fn http_and_https_base_urls_with_a_host_pass() {
    for url in [
        "http://127.0.0.1:8600/pooul",
        "https://gw.test",
        "HTTPS://GW.test/x",
    ] {
        assert_eq!(check_base_url(url), Ok(()), "{url}");
    }
}

#[test]
fn an_optional_key_may_be_left_out_and_is_taken_when_given() {
    const WITH_OPTIONAL: &[ConfigKey] = &[
        KEYS[0],
        KEYS[1],
        ConfigKey {
            key: "sign_type",
            sensitive: false,
            optional: true,
            doc: "MD5 or HMAC-SHA256; left out, MD5",
        },
    ];
    let file =
        TempFile::new("base_url = \"https://gw.test\"\nmerchant_id = \"M100\"\nkey = \"SECRET\"\n");
    let load = |pairs: &'static [(&'static str, &'static str)]| {
        load_credentials_with(Some(&file.0), "PAYSPEC_TEST", WITH_OPTIONAL, &env(pairs))
    };
    let settings = load(&[]).expect("an optional key is no missing setting");
    assert_eq!(settings.value("sign_type"), None);
    let settings = load(&[("PAYSPEC_TEST_SIGN_TYPE", "HMAC-SHA256")]).unwrap();
    assert_eq!(settings.value("sign_type"), Some("HMAC-SHA256"));
    // A required key is still reported missing, the optional one never.
    let missing =
        load_credentials_with(None, "PAYSPEC_TEST", WITH_OPTIONAL, &env(&[])).unwrap_err();
    let text = missing.to_string();
    assert!(
        text.contains("merchant_id") && !text.contains("sign_type"),
        "{text}"
    );
}
