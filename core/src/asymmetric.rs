//! Asymmetric signatures: the merchant signs with its private key, the provider's replies are
//! verified with the provider's public key (Alipay's `RSA2`).
//!
//! [`AsymmetricAlgorithm`] names the scheme and is always compiled, so that descriptors can name
//! it; the keys themselves ([`SigningKey`], [`VerifyingKey`]) need the `rsa` feature, which
//! brings in *ring* (a C and assembly build, which the default build of this crate avoids).
//! Another scheme (SM2 with SM3) would be one more variant and one more key kind inside the
//! same two types, behind its own feature.
//!
//! Keys are read from configuration text in every form providers hand them out: PEM (`BEGIN
//! PRIVATE KEY`, PKCS#8; `BEGIN RSA PRIVATE KEY`, PKCS#1; `BEGIN PUBLIC KEY`,
//! SubjectPublicKeyInfo; `BEGIN RSA PUBLIC KEY`, PKCS#1) or bare base64 of the same DER without
//! the armour, as Alipay's key tool writes them. A key is a secret: neither `Debug` nor any
//! error shows any part of it.

use core::fmt;

/// An asymmetric signature scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AsymmetricAlgorithm {
    /// RSASSA-PKCS1-v1_5 with SHA-256 (RFC 8017): Alipay's `RSA2`, Java's `SHA256withRSA`.
    /// Keys of 2048 to 4096 bits sign; public keys of 2048 to 8192 bits verify.
    RsaPkcs1Sha256,
}

impl fmt::Display for AsymmetricAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AsymmetricAlgorithm::RsaPkcs1Sha256 => "RSA PKCS#1 v1.5 with SHA-256",
        })
    }
}

/// Why a key could not be read. The text says what is wrong with the key, never what it holds.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct KeyError(String);

#[cfg(feature = "rsa")]
pub use cache::{cached_signing_key, cached_verifying_key};
#[cfg(feature = "rsa")]
pub use keys::{SigningKey, VerifyingKey};

/// Keys read from configuration text, kept for the life of the process: reading a PEM key (and
/// *ring*'s checks of an RSA private key) costs far more than a signature, and the same few keys
/// sign every call. Entries are found by the SHA-256 of the key's kind, scheme and text, so the
/// text itself is not kept; the cache holds at most [`cache::CAPACITY`] keys and starts over
/// when full (keys rotate rarely; a process never holds more than a few).
#[cfg(feature = "rsa")]
mod cache {
    use std::collections::HashMap;
    use std::sync::{Arc, LazyLock, Mutex, PoisonError};

    use sha2::{Digest, Sha256};

    use super::{AsymmetricAlgorithm, KeyError, SigningKey, VerifyingKey};

    pub(super) const CAPACITY: usize = 64;

    type Cache<K> = LazyLock<Mutex<HashMap<[u8; 32], Arc<K>>>>;

    static SIGNING: Cache<SigningKey> = LazyLock::new(Default::default);
    static VERIFYING: Cache<VerifyingKey> = LazyLock::new(Default::default);

    /// [`SigningKey::from_text`], read once per distinct text.
    pub fn cached_signing_key(
        algorithm: AsymmetricAlgorithm,
        text: &str,
    ) -> Result<Arc<SigningKey>, KeyError> {
        cached(&SIGNING, b"private", algorithm, text, SigningKey::from_text)
    }

    /// [`VerifyingKey::from_text`], read once per distinct text.
    pub fn cached_verifying_key(
        algorithm: AsymmetricAlgorithm,
        text: &str,
    ) -> Result<Arc<VerifyingKey>, KeyError> {
        cached(
            &VERIFYING,
            b"public",
            algorithm,
            text,
            VerifyingKey::from_text,
        )
    }

    fn cached<K>(
        cache: &Cache<K>,
        kind: &[u8],
        algorithm: AsymmetricAlgorithm,
        text: &str,
        read: fn(AsymmetricAlgorithm, &str) -> Result<K, KeyError>,
    ) -> Result<Arc<K>, KeyError> {
        let mut hasher = Sha256::new();
        hasher.update(kind);
        hasher.update([0]);
        hasher.update(algorithm.to_string().as_bytes());
        hasher.update([0]);
        hasher.update(text.as_bytes());
        let id: [u8; 32] = hasher.finalize().into();
        // A poisoned lock still holds whole entries: each insert adds one finished key.
        if let Some(key) = cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&id)
        {
            return Ok(Arc::clone(key));
        }
        // Read outside the lock: two first calls may both read the key, and one insert wins.
        let key = Arc::new(read(algorithm, text)?);
        let mut entries = cache.lock().unwrap_or_else(PoisonError::into_inner);
        if entries.len() >= CAPACITY {
            entries.clear();
        }
        entries.insert(id, Arc::clone(&key));
        Ok(key)
    }
}

#[cfg(feature = "rsa")]
mod keys {
    use core::fmt;

    use base64::engine::general_purpose::STANDARD;
    use base64::Engine as _;
    use ring::rand::SystemRandom;
    use ring::signature::{self, RsaKeyPair, UnparsedPublicKey};
    use rustls_pki_types::pem::PemObject;
    use rustls_pki_types::{PrivatePkcs1KeyDer, PrivatePkcs8KeyDer};

    use super::{der, AsymmetricAlgorithm, KeyError};
    use crate::error::Error;

    /// A private key that signs (the merchant's).
    pub struct SigningKey {
        algorithm: AsymmetricAlgorithm,
        inner: Private,
    }

    enum Private {
        Rsa(RsaKeyPair),
    }

    /// A public key that verifies (the provider's).
    #[derive(Clone)]
    pub struct VerifyingKey {
        algorithm: AsymmetricAlgorithm,
        inner: Public,
    }

    #[derive(Clone)]
    enum Public {
        /// The DER of an `RSAPublicKey` (PKCS#1), as *ring* takes it, and its modulus size.
        Rsa { der: Vec<u8>, bits: usize },
    }

    impl SigningKey {
        /// Reads a private key from configuration text: PEM (`PRIVATE KEY`, `RSA PRIVATE KEY`)
        /// or bare base64 of PKCS#8 or PKCS#1 DER. Encrypted keys are refused.
        pub fn from_text(
            algorithm: AsymmetricAlgorithm,
            text: &str,
        ) -> Result<SigningKey, KeyError> {
            match algorithm {
                AsymmetricAlgorithm::RsaPkcs1Sha256 => {}
            }
            let pair = match armour(text)? {
                Some(block) => {
                    match block.label {
                        "PRIVATE KEY" => {
                            let der = PrivatePkcs8KeyDer::from_pem_slice(text.as_bytes()).map_err(
                                |_| KeyError::new("the PEM private key is not valid base64"),
                            )?;
                            RsaKeyPair::from_pkcs8(der.secret_pkcs8_der())
                                .map_err(|e| rejected("PKCS#8 RSA private key", e))?
                        }
                        "RSA PRIVATE KEY" => {
                            if block.body.contains("Proc-Type:") {
                                return Err(encrypted());
                            }
                            let der = PrivatePkcs1KeyDer::from_pem_slice(text.as_bytes()).map_err(
                                |_| KeyError::new("the PEM private key is not valid base64"),
                            )?;
                            RsaKeyPair::from_der(der.secret_pkcs1_der())
                                .map_err(|e| rejected("PKCS#1 RSA private key", e))?
                        }
                        "ENCRYPTED PRIVATE KEY" => return Err(encrypted()),
                        label => {
                            return Err(wrong_label(
                                label,
                                "a private key (PRIVATE KEY or RSA PRIVATE KEY)",
                            ))
                        }
                    }
                }
                None => {
                    // Bare base64: put the armour on, so that the secret is decoded by the
                    // same constant-time decoder as PEM, then try PKCS#8 and PKCS#1.
                    let body = bare_base64(text, "private key")?;
                    let pem =
                        format!("-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----\n");
                    let der = PrivatePkcs8KeyDer::from_pem_slice(pem.as_bytes())
                        .map_err(|_| KeyError::new("the private key is not valid base64"))?;
                    let der = der.secret_pkcs8_der();
                    match RsaKeyPair::from_pkcs8(der) {
                        Ok(pair) => pair,
                        Err(pkcs8) => RsaKeyPair::from_der(der).map_err(|pkcs1| {
                            KeyError(format!(
                                "the base64 private key is neither a PKCS#8 RSA key ({pkcs8}) \
                                 nor a PKCS#1 one ({pkcs1})"
                            ))
                        })?,
                    }
                }
            };
            Ok(SigningKey {
                algorithm,
                inner: Private::Rsa(pair),
            })
        }

        pub fn algorithm(&self) -> AsymmetricAlgorithm {
            self.algorithm
        }

        /// The key's size in bits.
        pub fn bits(&self) -> usize {
            match &self.inner {
                Private::Rsa(pair) => pair.public().modulus_len() * 8,
            }
        }

        /// The signature of `message` (its raw bytes).
        pub fn sign(&self, message: &[u8]) -> Result<Vec<u8>, Error> {
            match &self.inner {
                Private::Rsa(pair) => {
                    let mut signature = vec![0; pair.public().modulus_len()];
                    pair.sign(
                        &signature::RSA_PKCS1_SHA256,
                        &SystemRandom::new(),
                        message,
                        &mut signature,
                    )
                    .map_err(|_| Error::Encode(format!("{} signing failed", self.algorithm)))?;
                    Ok(signature)
                }
            }
        }

        /// The signature of `message` in standard base64 with padding, as Alipay carries it.
        pub fn sign_base64(&self, message: &[u8]) -> Result<String, Error> {
            self.sign(message)
                .map(|signature| STANDARD.encode(signature))
        }

        /// The public half, to verify this key's signatures (the simulator, tests).
        pub fn verifying_key(&self) -> VerifyingKey {
            match &self.inner {
                Private::Rsa(pair) => VerifyingKey {
                    algorithm: self.algorithm,
                    inner: Public::Rsa {
                        der: pair.public().as_ref().to_vec(),
                        bits: pair.public().modulus_len() * 8,
                    },
                },
            }
        }
    }

    /// The algorithm and size only.
    impl fmt::Debug for SigningKey {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("SigningKey")
                .field("algorithm", &self.algorithm)
                .field("bits", &self.bits())
                .finish_non_exhaustive()
        }
    }

    impl VerifyingKey {
        /// Reads a public key from configuration text: PEM (`PUBLIC KEY`, `RSA PUBLIC KEY`) or
        /// bare base64 of SubjectPublicKeyInfo or PKCS#1 `RSAPublicKey` DER.
        pub fn from_text(
            algorithm: AsymmetricAlgorithm,
            text: &str,
        ) -> Result<VerifyingKey, KeyError> {
            match algorithm {
                AsymmetricAlgorithm::RsaPkcs1Sha256 => {}
            }
            let (der, bits) = match armour(text)? {
                Some(block) => {
                    let der = STANDARD
                        .decode(strip_space(block.body))
                        .map_err(|_| KeyError::new("the PEM public key is not valid base64"))?;
                    match block.label {
                        "PUBLIC KEY" => {
                            let key = der::rsa_spki(&der).map_err(KeyError)?.to_vec();
                            let bits = der::rsa_modulus_bits(&key).map_err(KeyError)?;
                            (key, bits)
                        }
                        "RSA PUBLIC KEY" => {
                            let bits = der::rsa_modulus_bits(&der).map_err(KeyError)?;
                            (der, bits)
                        }
                        "CERTIFICATE" => {
                            return Err(KeyError::new(
                                "a certificate was given where a public key is expected: give \
                                 its public key (BEGIN PUBLIC KEY)",
                            ))
                        }
                        label => {
                            return Err(wrong_label(
                                label,
                                "a public key (PUBLIC KEY or RSA PUBLIC KEY)",
                            ))
                        }
                    }
                }
                None => {
                    let der = STANDARD
                        .decode(bare_base64(text, "public key")?)
                        .map_err(|_| KeyError::new("the public key is not valid base64"))?;
                    match der::rsa_spki(&der) {
                        Ok(key) => {
                            let key = key.to_vec();
                            let bits = der::rsa_modulus_bits(&key).map_err(KeyError)?;
                            (key, bits)
                        }
                        Err(spki) => match der::rsa_modulus_bits(&der) {
                            Ok(bits) => (der, bits),
                            Err(pkcs1) => {
                                return Err(KeyError(format!(
                                    "the base64 public key is neither a SubjectPublicKeyInfo \
                                     ({spki}) nor a PKCS#1 RSAPublicKey ({pkcs1})"
                                )))
                            }
                        },
                    }
                }
            };
            if !(2048..=8192).contains(&bits) {
                return Err(KeyError(format!(
                    "an RSA public key of {bits} bits: 2048 to 8192 are accepted"
                )));
            }
            Ok(VerifyingKey {
                algorithm,
                inner: Public::Rsa { der, bits },
            })
        }

        pub fn algorithm(&self) -> AsymmetricAlgorithm {
            self.algorithm
        }

        /// The key's size in bits.
        pub fn bits(&self) -> usize {
            match &self.inner {
                Public::Rsa { bits, .. } => *bits,
            }
        }

        /// Whether `signature` (raw bytes) is this key's signature of `message`:
        /// [`Error::SignatureMismatch`] if not.
        pub fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), Error> {
            match &self.inner {
                Public::Rsa { der, .. } => {
                    UnparsedPublicKey::new(&signature::RSA_PKCS1_2048_8192_SHA256, der)
                        .verify(message, signature)
                        .map_err(|_| Error::SignatureMismatch)
                }
            }
        }

        /// [`VerifyingKey::verify`] of a signature in standard base64 (padding required);
        /// text that is not base64 is [`Error::Malformed`].
        pub fn verify_base64(&self, message: &[u8], signature: &str) -> Result<(), Error> {
            let signature = STANDARD
                .decode(signature)
                .map_err(|_| Error::Malformed("the signature is not base64".into()))?;
            self.verify(message, &signature)
        }
    }

    impl fmt::Debug for VerifyingKey {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("VerifyingKey")
                .field("algorithm", &self.algorithm)
                .field("bits", &self.bits())
                .finish_non_exhaustive()
        }
    }

    /// One PEM block: its label and the text between its BEGIN and END lines.
    struct Block<'a> {
        label: &'a str,
        body: &'a str,
    }

    /// The first PEM block of `text`, or `None` when there is no armour at all.
    fn armour(text: &str) -> Result<Option<Block<'_>>, KeyError> {
        let Some(start) = text.find("-----BEGIN ") else {
            if text.contains("-----") {
                return Err(KeyError::new("malformed PEM: no BEGIN line"));
            }
            return Ok(None);
        };
        let rest = &text[start + "-----BEGIN ".len()..];
        let Some(end) = rest.find("-----") else {
            return Err(KeyError::new("malformed PEM BEGIN line"));
        };
        let label = &rest[..end];
        if label.is_empty()
            || !label
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b' ')
        {
            return Err(KeyError::new("malformed PEM BEGIN line"));
        }
        let rest = &rest[end + "-----".len()..];
        let marker = format!("-----END {label}-----");
        let Some(body_end) = rest.find(&marker) else {
            return Err(KeyError(format!("the PEM block `{label}` has no END line")));
        };
        Ok(Some(Block {
            label,
            body: &rest[..body_end],
        }))
    }

    /// The base64 text of a key given without armour, whitespace removed.
    fn bare_base64(text: &str, what: &str) -> Result<String, KeyError> {
        let body = strip_space(text);
        if body.is_empty() {
            return Err(KeyError(format!("the {what} is empty")));
        }
        if !body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        {
            return Err(KeyError(format!("the {what} is neither PEM nor base64")));
        }
        Ok(body)
    }

    fn strip_space(text: &str) -> String {
        text.chars().filter(|c| !c.is_ascii_whitespace()).collect()
    }

    fn rejected(what: &str, error: ring::error::KeyRejected) -> KeyError {
        KeyError(format!("not a usable {what} ({error})"))
    }

    fn encrypted() -> KeyError {
        KeyError::new("encrypted private keys are not supported: give the key unencrypted")
    }

    fn wrong_label(label: &str, expected: &str) -> KeyError {
        KeyError(format!(
            "a PEM `{label}` block was given where {expected} is expected"
        ))
    }
}

impl KeyError {
    #[cfg_attr(not(feature = "rsa"), allow(dead_code))]
    fn new(text: &'static str) -> KeyError {
        KeyError(text.to_owned())
    }
}

/// The few DER structures a public key is read from, read strictly (definite lengths, no
/// trailing bytes).
#[cfg(feature = "rsa")]
mod der {
    const SEQUENCE: u8 = 0x30;
    const INTEGER: u8 = 0x02;
    const BIT_STRING: u8 = 0x03;
    const OID: u8 = 0x06;
    const NULL: u8 = 0x05;
    /// 1.2.840.113549.1.1.1, rsaEncryption.
    const RSA_ENCRYPTION: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

    /// Reads one element with tag `tag` from the front of `input`: its contents and the rest.
    fn element(input: &[u8], tag: u8) -> Result<(&[u8], &[u8]), String> {
        let (&found, rest) = input.split_first().ok_or("truncated DER")?;
        if found != tag {
            return Err(format!(
                "DER tag {found:#04x} where {tag:#04x} was expected"
            ));
        }
        let (&first, mut rest) = rest.split_first().ok_or("truncated DER")?;
        let len = if first < 0x80 {
            usize::from(first)
        } else {
            let count = usize::from(first & 0x7f);
            if count == 0 || count > 4 || rest.len() < count {
                return Err("unsupported DER length".into());
            }
            let mut len = 0usize;
            for &b in &rest[..count] {
                len = (len << 8) | usize::from(b);
            }
            rest = &rest[count..];
            len
        };
        if rest.len() < len {
            return Err("truncated DER".into());
        }
        Ok(rest.split_at(len))
    }

    /// The `RSAPublicKey` inside an RSA SubjectPublicKeyInfo.
    pub(super) fn rsa_spki(input: &[u8]) -> Result<&[u8], String> {
        let (spki, trailing) = element(input, SEQUENCE)?;
        if !trailing.is_empty() {
            return Err("bytes after the key".into());
        }
        let (algorithm, rest) = element(spki, SEQUENCE)?;
        let (oid, parameters) = element(algorithm, OID)?;
        if oid != RSA_ENCRYPTION {
            return Err("not an RSA key (its algorithm is not rsaEncryption)".into());
        }
        if !parameters.is_empty() && parameters != [NULL, 0] {
            return Err("unexpected rsaEncryption parameters".into());
        }
        let (bits, trailing) = element(rest, BIT_STRING)?;
        if !trailing.is_empty() {
            return Err("bytes after the key".into());
        }
        match bits.split_first() {
            Some((0, key)) => Ok(key),
            _ => Err("malformed public key bit string".into()),
        }
    }

    /// The modulus size in bits of an `RSAPublicKey` (`SEQUENCE { n INTEGER, e INTEGER }`).
    pub(super) fn rsa_modulus_bits(input: &[u8]) -> Result<usize, String> {
        let (key, trailing) = element(input, SEQUENCE)?;
        if !trailing.is_empty() {
            return Err("bytes after the key".into());
        }
        let (modulus, rest) = element(key, INTEGER)?;
        let (exponent, rest) = element(rest, INTEGER)?;
        if !rest.is_empty() || exponent.is_empty() {
            return Err("malformed RSAPublicKey".into());
        }
        let modulus = match modulus {
            [0, rest @ ..] => rest,
            _ => modulus,
        };
        match modulus.first() {
            Some(&top) if top != 0 => {
                Ok((modulus.len() - 1) * 8 + (8 - top.leading_zeros() as usize))
            }
            _ => Err("malformed RSA modulus".into()),
        }
    }
}
