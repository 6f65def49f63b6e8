//! Reading the PostgreSQL journal's connection string, and securing its connections.
//!
//! Two forms are accepted, as libpq accepts them: a URL (`postgres://…` or `postgresql://…`)
//! and a key=value string (`host=db.internal dbname=payspec user=cashier password=…`).
//! [`is_libpq_string`] tells the CLI which `--journal` values are the second form, so such a
//! string is never taken for a SQLite file name (with the password in the name).
//!
//! `sslmode` decides TLS ([`TlsMode`]):
//! - `disable`: plain TCP.
//! - `prefer`: TLS when the server offers it, plain when it does not.
//! - `require`, `verify-ca`, `verify-full`: TLS or no connection.
//! - absent: plain TCP when every host is on this machine (loopback addresses, `localhost`, a
//!   Unix socket: the traffic never leaves it, and a local server's certificate is usually one
//!   nothing verifies); otherwise `require`. libpq's default there is `prefer`, which a
//!   network attacker downgrades to plain text by answering "no TLS"; a journal of payments
//!   must not cross a network in clear by accident.
//!
//! Whenever TLS is used the server's certificate is **verified** (chain and host name), in
//! every mode: stricter than libpq, whose `require` and `prefer` accept any certificate — an
//! unverified TLS session is open to whoever sits in the middle. The roots are the file named
//! by `sslrootcert=` (PEM; e.g. a managed database's CA), else the bundled Mozilla roots.
//!
//! Error messages never repeat the password: every message made here goes through
//! [`Redactor`], which knows the string's password in all the forms it may appear in.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio_postgres::config::{Host, SslMode};
use tokio_postgres::Config;

use super::JournalError;

/// How the journal's connections use TLS (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    Disable,
    Prefer,
    Require,
}

/// A parsed connection string: the driver's configuration and how TLS is used.
#[derive(Clone)]
pub struct Target {
    pub config: Config,
    pub tls: TlsMode,
    /// `sslrootcert=`: the roots to verify the server with, instead of the bundled ones.
    pub root_cert: Option<PathBuf>,
}

impl std::fmt::Debug for Target {
    // The configuration holds the password: show the TLS choice only.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Target")
            .field("tls", &self.tls)
            .field("root_cert", &self.root_cert)
            .finish_non_exhaustive()
    }
}

/// `postgres://…` or `postgresql://…`.
pub fn is_postgres_url(text: &str) -> bool {
    text.starts_with("postgres://") || text.starts_with("postgresql://")
}

/// The keys libpq knows (those a person is likely to write): a string that sets one of them
/// with `key=value` is a connection string, not a file name.
const LIBPQ_KEYS: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "passfile",
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "application_name",
    "options",
    "connect_timeout",
    "target_session_attrs",
    "keepalives",
    "channel_binding",
    "service",
];

/// Whether `text` is (meant as) a libpq key=value connection string (`host=… dbname=…`): it
/// parses as `key=value` pairs setting at least one key libpq knows, or — broken quoting and
/// all — one of its words starts with such a key and `=`. The second case is then refused by
/// [`parse`] with a message, rather than taken for a file name that holds a password.
pub fn is_libpq_string(text: &str) -> bool {
    if is_postgres_url(text) || !text.contains('=') {
        return false;
    }
    let known = |key: &str| LIBPQ_KEYS.contains(&key);
    pairs(text).is_ok_and(|pairs| pairs.iter().any(|(key, _)| known(key)))
        || text
            .split_whitespace()
            .any(|word| word.split_once('=').is_some_and(|(key, _)| known(key)))
}

/// Parses a URL or a key=value string; `sslmode` and `sslrootcert` are read here (the driver
/// knows neither `verify-full` nor root files), everything else by the driver.
pub fn parse(text: &str) -> Result<Target, JournalError> {
    let redactor = Redactor::for_string(text);
    let fail = |message: String| JournalError::Store(redactor.redact(&message));
    let (rest, sslmode, root_cert) = if is_postgres_url(text) {
        split_url(text)
    } else {
        split_pairs(text).map_err(|e| fail(format!("postgres connect: {e}")))?
    };
    let mut config: Config = rest
        .parse()
        .map_err(|e: tokio_postgres::Error| fail(format!("postgres connect: {}", chain(&e))))?;
    let tls = match sslmode.as_deref() {
        None if all_local(&config) => TlsMode::Disable,
        None => TlsMode::Require,
        Some("disable") => TlsMode::Disable,
        Some("prefer") => TlsMode::Prefer,
        Some("require" | "verify-ca" | "verify-full") => TlsMode::Require,
        Some(other) => {
            return Err(fail(format!(
                "postgres connect: sslmode `{other}`: use disable, prefer, require, verify-ca \
                 or verify-full"
            )))
        }
    };
    config.ssl_mode(match tls {
        TlsMode::Disable => SslMode::Disable,
        TlsMode::Prefer => SslMode::Prefer,
        TlsMode::Require => SslMode::Require,
    });
    Ok(Target {
        config,
        tls,
        root_cert: root_cert.map(PathBuf::from),
    })
}

/// The rustls client configuration: the ring provider (as the HTTP transport), safe default
/// protocol versions, and the roots from `root_cert` or the bundled Mozilla set.
pub fn client_config(root_cert: Option<&Path>) -> Result<rustls::ClientConfig, JournalError> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::CertificateDer;
    let mut roots = rustls::RootCertStore::empty();
    match root_cert {
        Some(path) => {
            let unreadable = |e: &dyn std::fmt::Display| {
                JournalError::Store(format!(
                    "postgres connect: sslrootcert `{}`: {e}",
                    path.display()
                ))
            };
            let certs = CertificateDer::pem_file_iter(path)
                .map_err(|e| unreadable(&e))?
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| unreadable(&e))?;
            if certs.is_empty() {
                return Err(unreadable(&"no PEM certificate in the file"));
            }
            for cert in certs {
                roots.add(cert).map_err(|e| unreadable(&e))?;
            }
        }
        None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| JournalError::Store(format!("postgres connect: TLS: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

/// Every host on this machine: loopback addresses, `localhost`, Unix sockets (or no host at
/// all, which the driver refuses anyway).
fn all_local(config: &Config) -> bool {
    let hosts_local = config.get_hosts().iter().all(|host| match host {
        #[cfg(unix)]
        Host::Unix(_) => true,
        Host::Tcp(name) => is_loopback_name(name),
    });
    let addrs_local = config.get_hostaddrs().iter().all(IpAddr::is_loopback);
    hosts_local && addrs_local
}

fn is_loopback_name(name: &str) -> bool {
    let bare = name.trim_start_matches('[').trim_end_matches(']');
    name.eq_ignore_ascii_case("localhost")
        || bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// The URL without its `sslmode` and `sslrootcert` query parameters, and their values.
fn split_url(url: &str) -> (String, Option<String>, Option<String>) {
    let Some((base, query)) = url.split_once('?') else {
        return (url.to_owned(), None, None);
    };
    let (mut sslmode, mut root_cert) = (None, None);
    let mut kept = Vec::new();
    for param in query.split('&') {
        match param.split_once('=') {
            Some(("sslmode", value)) => sslmode = Some(percent_decode(value)),
            Some(("sslrootcert", value)) => root_cert = Some(percent_decode(value)),
            _ => kept.push(param),
        }
    }
    let rest = if kept.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    (rest, sslmode, root_cert)
}

/// The key=value string without `sslmode` and `sslrootcert`, and their values.
fn split_pairs(text: &str) -> Result<(String, Option<String>, Option<String>), String> {
    let (mut sslmode, mut root_cert) = (None, None);
    let mut kept = Vec::new();
    for (key, value) in pairs(text)? {
        match key.as_str() {
            "sslmode" => sslmode = Some(value),
            "sslrootcert" => root_cert = Some(value),
            _ => kept.push(format!(
                "{key}='{}'",
                value.replace('\\', "\\\\").replace('\'', "\\'")
            )),
        }
    }
    Ok((kept.join(" "), sslmode, root_cert))
}

/// libpq's key=value grammar: `key = value` pairs separated by whitespace; a value is a run of
/// non-space characters or a single-quoted string, `\` escaping the next character in both.
fn pairs(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.peek().is_none() {
            return Ok(out);
        }
        let mut key = String::new();
        while let Some(c) = chars.next_if(|c| *c != '=' && !c.is_whitespace()) {
            key.push(c);
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.next() != Some('=') {
            // The text is not named: it may be a piece of a password.
            return Err("expected `key=value` pairs".to_owned());
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if_eq(&'\'').is_some() {
            loop {
                match chars.next() {
                    None => return Err(format!("the value of `{key}` has no closing quote")),
                    Some('\'') => break,
                    Some('\\') => value.extend(chars.next()),
                    Some(c) => value.push(c),
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                if c == '\\' {
                    value.extend(chars.next());
                } else {
                    value.push(c);
                }
            }
        }
        out.push((key, value));
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// An error with its causes, `a: b: c`, on one line.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text.replace('\n', "; ")
}

/// Removes a connection string's password from messages about it.
#[derive(Clone, Default)]
pub struct Redactor {
    secrets: Vec<String>,
}

/// Never the secrets it hides: only how many.
impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Redactor")
            .field("secrets", &self.secrets.len())
            .finish()
    }
}

impl Redactor {
    /// The password of `text` (URL user info, a `password` query parameter or key), as written
    /// and percent-decoded.
    pub fn for_string(text: &str) -> Redactor {
        let mut raw = Vec::new();
        if is_postgres_url(text) {
            let after_scheme = text.split_once("://").map_or(text, |(_, rest)| rest);
            let authority = after_scheme
                .split(['/', '?'])
                .next()
                .unwrap_or(after_scheme);
            if let Some((userinfo, _)) = authority.rsplit_once('@') {
                if let Some((_, password)) = userinfo.split_once(':') {
                    raw.push(password.to_owned());
                }
            }
            if let Some((_, query)) = text.split_once('?') {
                for param in query.split('&') {
                    if let Some(("password", value)) = param.split_once('=') {
                        raw.push(value.to_owned());
                    }
                }
            }
        } else if let Ok(pairs) = pairs(text) {
            raw.extend(
                pairs
                    .into_iter()
                    .filter(|(key, _)| key == "password")
                    .map(|(_, value)| value),
            );
        }
        let mut secrets: Vec<String> = raw
            .iter()
            .flat_map(|s| [s.clone(), percent_decode(s)])
            .filter(|s| !s.is_empty())
            .collect();
        // Longest first, so a password containing another is removed whole.
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        secrets.dedup();
        Redactor { secrets }
    }

    /// `message` with every form of the password replaced by `***`.
    pub fn redact(&self, message: &str) -> String {
        self.secrets
            .iter()
            .fold(message.to_owned(), |text, secret| {
                text.replace(secret, "***")
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // issue 8, finding 11: the TLS choice for each form and sslmode.
    #[test]
    fn sslmode_decides_tls_and_loopback_without_sslmode_is_plain() {
        let cases = [
            ("postgres://u@127.0.0.1:5432/db", TlsMode::Disable),
            ("postgres://u@localhost/db", TlsMode::Disable),
            ("postgresql://u@[::1]:5432/db", TlsMode::Disable),
            ("postgres://u@db.example.com/db", TlsMode::Require),
            ("postgres://u@10.0.0.5/db", TlsMode::Require),
            (
                "postgres://u@db.example.com/db?sslmode=disable",
                TlsMode::Disable,
            ),
            (
                "postgres://u@db.example.com/db?sslmode=prefer",
                TlsMode::Prefer,
            ),
            (
                "postgres://u@127.0.0.1/db?sslmode=require",
                TlsMode::Require,
            ),
            (
                "postgres://u@db.example.com/db?sslmode=verify-full",
                TlsMode::Require,
            ),
            (
                "postgres://u@db.example.com/db?sslmode=verify-ca",
                TlsMode::Require,
            ),
            ("host=127.0.0.1 dbname=db user=u", TlsMode::Disable),
            ("host=/var/run/postgresql dbname=db", TlsMode::Disable),
            ("host=db.example.com dbname=db user=u", TlsMode::Require),
            ("host=db.example.com sslmode=disable", TlsMode::Disable),
            (
                "host=db.example.com sslmode = 'verify-full'",
                TlsMode::Require,
            ),
            ("host=localhost hostaddr=10.1.1.1", TlsMode::Require),
        ];
        for (text, tls) in cases {
            let target = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(target.tls, tls, "{text}");
            let driver = match tls {
                TlsMode::Disable => SslMode::Disable,
                TlsMode::Prefer => SslMode::Prefer,
                TlsMode::Require => SslMode::Require,
            };
            assert_eq!(target.config.get_ssl_mode(), driver, "{text}");
        }
    }

    #[test]
    fn the_rest_of_the_string_reaches_the_driver_and_sslrootcert_is_read() {
        let target = parse(
            "postgres://cashier@db.example.com:6543/pay?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem&application_name=till",
        )
        .unwrap();
        assert_eq!(target.root_cert, Some(PathBuf::from("/etc/ca.pem")));
        assert_eq!(target.config.get_ports(), [6543]);
        assert_eq!(target.config.get_application_name(), Some("till"));
        let target =
            parse("host=db.example.com port=6543 dbname=pay user=cashier password='it''s' sslrootcert=/ca.pem")
                .map(|t| (t.root_cert, t.config.get_dbname().map(str::to_owned)));
        // `''` is not an escape in libpq: the value ends at the second quote, then `s'` opens
        // an unterminated one.
        assert!(target.is_err());
        let target = parse(
            "host=db.example.com port=6543 dbname=pay user=cashier password='it\\'s x' sslrootcert=/ca.pem",
        )
        .unwrap();
        assert_eq!(target.root_cert, Some(PathBuf::from("/ca.pem")));
        assert_eq!(target.config.get_dbname(), Some("pay"));
        assert_eq!(target.config.get_password(), Some(&b"it's x"[..]));
    }

    #[test]
    fn libpq_strings_are_recognised_and_file_names_are_not() {
        for text in [
            "host=db password=s3cret",
            "dbname=payspec",
            "  user = cashier  host=localhost",
            // Broken quoting is still a connection string (refused by `parse`), never a file.
            "host=db password='s3cret",
        ] {
            assert!(is_libpq_string(text), "{text}");
        }
        for text in [
            "payspec-journal.sqlite",
            "/var/lib/payspec/journal.sqlite",
            "weird=name.sqlite",
            "postgres://u@h/db",
        ] {
            assert!(!is_libpq_string(text), "{text}");
        }
    }

    #[test]
    fn errors_never_repeat_the_password() {
        for text in [
            "host=db.example.com password=s3cret-pw sslmode=sometimes",
            "postgres://cashier:s3cret-pw@db.example.com/db?sslmode=sometimes",
            "postgres://cashier:s3cret%2Dpw@db.example.com/db?sslmode=sometimes",
            "host=db.example.com password='s3cret-pw' port=notaport",
            "postgres://cashier:s3cret-pw@db.example.com:notaport/db",
            "host=db.example.com password='s3cret-pw",
        ] {
            let err = parse(text).expect_err(text).to_string();
            assert!(!err.contains("s3cret"), "{text}: {err}");
            assert!(err.contains("postgres connect"), "{text}: {err}");
        }
        let redactor = Redactor::for_string("postgres://u:p%40ss@h/db");
        assert_eq!(redactor.redact("x p%40ss y p@ss"), "x *** y ***");
    }

    #[test]
    fn the_tls_configuration_builds_with_bundled_roots_and_refuses_a_missing_root_file() {
        client_config(None).expect("bundled roots");
        let err = client_config(Some(Path::new("/nonexistent/ca.pem")))
            .unwrap_err()
            .to_string();
        assert!(err.contains("sslrootcert `/nonexistent/ca.pem`"), "{err}");
    }
}
