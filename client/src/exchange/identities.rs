//! Client identities built from configuration, kept for reuse: a transport keeps one connection
//! pool per identity, so building one per call would open a new pool (and a new TLS session)
//! every time.

use std::sync::{Arc, Mutex, PoisonError};

use sha2::{Digest, Sha256};

use crate::transport::{ClientIdentity, TlsConfigError};

/// The most identities kept; the oldest goes first (a deployment has one per provider, or a
/// few while a certificate is being rotated).
const KEPT: usize = 16;

/// Identities by the SHA-256 of provider, certificate and key: the key's text is not kept here.
static IDENTITIES: Mutex<Vec<([u8; 32], Arc<ClientIdentity>)>> = Mutex::new(Vec::new());

/// The identity for this certificate and key, built on first use.
pub(super) fn get_or_build(
    provider: &str,
    certificate: &str,
    key: &str,
) -> Result<Arc<ClientIdentity>, TlsConfigError> {
    let fingerprint: [u8; 32] = {
        let mut digest = Sha256::new();
        for part in [provider, certificate, key] {
            digest.update((part.len() as u64).to_be_bytes());
            digest.update(part.as_bytes());
        }
        digest.finalize().into()
    };
    {
        // A poisoned lock still holds whole entries: each is pushed complete.
        let kept = IDENTITIES.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((_, identity)) = kept.iter().find(|(f, _)| *f == fingerprint) {
            return Ok(Arc::clone(identity));
        }
    }
    let identity = Arc::new(ClientIdentity::from_pem(
        certificate.as_bytes(),
        key.as_bytes(),
    )?);
    let mut kept = IDENTITIES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, existing)) = kept.iter().find(|(f, _)| *f == fingerprint) {
        // Built twice at once: keep the first, so both callers share one pool.
        return Ok(Arc::clone(existing));
    }
    if kept.len() == KEPT {
        kept.remove(0);
    }
    kept.push((fingerprint, Arc::clone(&identity)));
    Ok(identity)
}
