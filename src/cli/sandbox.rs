//! `payspec sandbox`: the simulator on 127.0.0.1, and what a client needs to reach it.
//!
//! A provider with an operation that requires the merchant's client certificate is served over
//! HTTPS with the simulator's own test CA, and its credentials include a client certificate and
//! key made at start. Keys are never printed, so the command writes, for every provider, a
//! client configuration file (`<provider>.toml`: `base_url` and every credential, the
//! certificate and key as PEM text) and the test CA (`ca.pem`), and prints where they are:
//! `payspec pay --provider P --config DIR/P.toml --ca-certificate DIR/ca.pem …` then works
//! unchanged against it.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use payspec_core::descriptor::ProviderModule;

use crate::sandbox::{self, Sandbox};

/// Where the client files of one run were written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientFiles {
    pub dir: PathBuf,
    /// The test CA (PEM), when a provider is served over HTTPS.
    pub ca_certificate: Option<PathBuf>,
    /// `<provider>.toml` by provider.
    pub configs: BTreeMap<&'static str, PathBuf>,
}

/// Whether the run writes client files without being asked: when a provider needs its client
/// certificate, which a client has no other way to get.
pub fn needs_client_files(sandbox: &Sandbox) -> bool {
    sandbox.ca_certificate_pem().is_some()
}

/// The default directory of the client files: one per port, in the system's temp directory.
pub fn default_dir(addr: SocketAddr) -> PathBuf {
    std::env::temp_dir().join(format!("payspec-sandbox-{}", addr.port()))
}

/// Writes `dir/ca.pem` (when a provider is over HTTPS) and `dir/<provider>.toml` for every
/// module: its base URL at `addr` and the credentials the simulator expects. The files are
/// readable by their owner only: they hold the (test) keys.
pub fn write_client_files(
    dir: &Path,
    sandbox: &Sandbox,
    addr: SocketAddr,
) -> io::Result<ClientFiles> {
    std::fs::create_dir_all(dir)?;
    let ca_certificate = match sandbox.ca_certificate_pem() {
        Some(pem) => {
            let path = dir.join("ca.pem");
            write_private(&path, pem.as_bytes())?;
            Some(path)
        }
        None => None,
    };
    let mut configs = BTreeMap::new();
    for module in sandbox.modules() {
        let name = module.provider.name;
        let mut values: BTreeMap<String, String> =
            sandbox.credentials(name).cloned().unwrap_or_default();
        values.insert(
            payspec_client::config::BASE_URL.to_owned(),
            sandbox.base_url(addr, name),
        );
        let text = toml::to_string(&values).map_err(io::Error::other)?;
        let path = dir.join(format!("{name}.toml"));
        write_private(&path, text.as_bytes())?;
        configs.insert(name, path);
    }
    Ok(ClientFiles {
        dir: dir.to_owned(),
        ca_certificate,
        configs,
    })
}

/// The text printed at start: the address, each provider's base URL (and which of its
/// operations go over mutual TLS), the credentials, the client files, the scenarios. Never a
/// key.
pub fn banner(sandbox: &Sandbox, addr: SocketAddr, files: Option<&ClientFiles>) -> String {
    let mut banner = format!("payspec sandbox on http://{addr}\n");
    for m in sandbox.modules() {
        let name = m.provider.name;
        banner.push_str(&format!(
            "  {name:<11} base_url = \"{}\"{}\n",
            sandbox.base_url(addr, name),
            mutual_tls_note(m)
        ));
    }
    banner.push_str(
        "credentials: every config key K has the value `sandbox-K` (a `currency` key: CNY)",
    );
    if needs_client_files(sandbox) {
        banner.push_str(
            "; a client certificate and key: made by the simulator at start, in the \
             provider's configuration file",
        );
    }
    banner.push('\n');
    if let Some(files) = files {
        banner.push_str(&format!(
            "client configuration files (`--config`): {}/<provider>.toml\n",
            files.dir.display()
        ));
        if let Some(ca) = &files.ca_certificate {
            banner.push_str(&format!(
                "test CA of the HTTPS providers (`--ca-certificate`): {}\n",
                ca.display()
            ));
        }
    }
    banner.push_str("scenarios by the last four digits of an 18-digit auth code starting 28:\n");
    for (code, meaning) in sandbox::describe() {
        banner.push_str(&format!("  {code:<5} {meaning}\n"));
    }
    banner
}

/// `  (mutual TLS: reverse)` for a provider whose operations need the client certificate.
fn mutual_tls_note(module: &ProviderModule) -> String {
    let names: Vec<&str> = module
        .operations
        .iter()
        .filter(|op| op.client_certificate.is_some())
        .map(|op| op.name)
        .collect();
    if names.is_empty() {
        String::new()
    } else {
        format!("  (mutual TLS: {})", names.join(", "))
    }
}

/// Creates or replaces `path`, readable and writable by its owner only (on Unix).
fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        // An existing file keeps its mode through `open`: set it.
        if path.exists() {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)
}
