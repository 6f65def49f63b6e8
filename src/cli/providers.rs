//! `payspec providers`: what is compiled in, from the generated modules: each provider's
//! operations, the operations that present the merchant's client certificate (mutual TLS) and
//! the config keys it comes from, the config keys an operation's reply rotates, and every
//! config key with its environment variable (marked secret, and optional when the spec gives
//! it a default, e.g. a signing algorithm choice).

use payspec_core::descriptor::{Direction, ProviderModule};

/// The listing, one block per provider.
pub fn listing(modules: &[&ProviderModule]) -> String {
    let mut out = String::new();
    for m in modules {
        let p = m.provider;
        out.push_str(&format!("{} — {}\n", p.name, m.title));
        let ops: Vec<String> = m
            .operations
            .iter()
            .map(|op| match op.direction {
                Direction::Outbound => format!("{} ({:?})", op.name, op.role).to_lowercase(),
                Direction::Inbound => format!("{} (inbound {:?})", op.name, op.role).to_lowercase(),
            })
            .collect();
        out.push_str(&format!("  operations: {}\n", ops.join(", ")));
        // Operations over mutual TLS, and the keys their certificate and key come from.
        for op in m.operations {
            if let Some(certificate) = op.client_certificate {
                out.push_str(&format!(
                    "  mutual TLS: {} presents the client certificate `{}` with its key `{}` \
                     (PEM text, the certificate's chain with the client's own first)\n",
                    op.name, certificate.certificate, certificate.key
                ));
            }
            for update in op.updates_config {
                out.push_str(&format!(
                    "  rotated: {} sets `{}` from its reply's `{}` (kept in the credential store; \
                     the configured value holds until then)\n",
                    op.name, update.config, update.field
                ));
            }
        }
        let keys: Vec<String> = m
            .config
            .iter()
            .map(|k| match (k.sensitive, k.optional) {
                (true, true) => format!("{} (secret, optional)", k.key),
                (true, false) => format!("{} (secret)", k.key),
                (false, true) => format!("{} (optional)", k.key),
                (false, false) => k.key.to_string(),
            })
            .collect();
        out.push_str(&format!("  config: base_url, {}\n", keys.join(", ")));
        out.push_str(&format!(
            "  env: {}_BASE_URL, {}_<KEY>\n",
            env_prefix(p.name),
            env_prefix(p.name)
        ));
    }
    out
}

/// `PAYSPEC_POOUL`: the prefix of a provider's environment variables.
pub fn env_prefix(provider: &str) -> String {
    format!("PAYSPEC_{}", provider.to_uppercase())
}

#[cfg(test)]
mod tests {
    use super::listing;

    /// A key the spec marks optional (WeChat Pay's `sign_type`: MD5 unless set) says so; a
    /// secret says it is secret; a plain required key carries no mark.
    #[test]
    fn optional_and_secret_keys_are_marked() {
        let text = listing(crate::providers::MODULES);
        let wechat = text
            .lines()
            .skip_while(|l| !l.starts_with("wechatpay "))
            .find(|l| l.trim_start().starts_with("config:"))
            .expect("wechatpay's config line");
        assert_eq!(
            wechat.trim(),
            "config: base_url, appid, mch_id, key (secret), sign_type (optional), client_cert, \
             client_key (secret)"
        );
        // Alipay: the merchant's RSA private key is secret; Alipay's public key is not.
        let alipay = text
            .lines()
            .skip_while(|l| !l.starts_with("alipay "))
            .find(|l| l.trim_start().starts_with("config:"))
            .expect("alipay's config line");
        assert_eq!(
            alipay.trim(),
            "config: base_url, app_id, app_private_key (secret), alipay_public_key"
        );
    }
}
