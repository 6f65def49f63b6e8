//! RSA2 (RSA PKCS#1 v1.5 with SHA-256) cross-checked with the `openssl` command: keys generated
//! by `openssl genpkey`, payspec's signatures verified by `openssl dgst -sha256 -verify`, and
//! openssl's signatures (`openssl dgst -sha256 -sign`) verified by payspec. Skipped, with a note,
//! where the `openssl` command is missing.
#![cfg(feature = "rsa")]

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use payspec_core::asymmetric::{AsymmetricAlgorithm, SigningKey, VerifyingKey};
use payspec_core::testing::openssl;
use payspec_core::Error;

const RSA2: AsymmetricAlgorithm = AsymmetricAlgorithm::RsaPkcs1Sha256;

/// A string to sign as Alipay builds one: sorted pairs, a JSON `biz_content`, non-ASCII text.
const MESSAGE: &str =
    "app_id=2014072300007148&biz_content={\"out_trade_no\":\"20150320010101001\",\
    \"scene\":\"bar_code\",\"auth_code\":\"28763443825664394\",\"subject\":\"门店 1号\",\
    \"total_amount\":\"88.88\"}&charset=UTF-8&method=alipay.trade.pay&sign_type=RSA2\
    &timestamp=2014-07-24 03:07:50&version=1.0";

/// A scratch directory removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "payspec-rsa-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A fresh 2048-bit key pair in `dir`: `key.pem` (PKCS#8), `rsa.pem` (PKCS#1), `pub.pem`
/// (SubjectPublicKeyInfo), `rsapub.pem` (PKCS#1 public). `None` without openssl.
fn key_pair(dir: &Scratch) -> Option<()> {
    let steps: [&[&str]; 4] = [
        &[
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:2048",
            "-out",
            "key.pem",
        ],
        &["rsa", "-in", "key.pem", "-traditional", "-out", "rsa.pem"],
        &["pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem"],
        &[
            "rsa",
            "-in",
            "key.pem",
            "-RSAPublicKey_out",
            "-out",
            "rsapub.pem",
        ],
    ];
    for args in steps {
        let output = openssl(&dir.0, args)?;
        assert!(
            output.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Some(())
}

/// The base64 between a PEM block's armour lines, as Alipay's key tool hands keys out.
fn bare(pem: &str) -> String {
    pem.lines().filter(|l| !l.starts_with("-----")).collect()
}

#[test]
fn payspec_signs_and_openssl_verifies() {
    let dir = Scratch::new();
    let Some(()) = key_pair(&dir) else { return };
    std::fs::write(dir.path("message.txt"), MESSAGE).unwrap();
    let pkcs8 = dir.read("key.pem");
    let pkcs1 = dir.read("rsa.pem");
    assert!(pkcs8.starts_with("-----BEGIN PRIVATE KEY-----"));
    assert!(pkcs1.starts_with("-----BEGIN RSA PRIVATE KEY-----"));
    for (form, text) in [
        ("PKCS#8 PEM", pkcs8.clone()),
        ("PKCS#1 PEM", pkcs1.clone()),
        ("bare PKCS#8 base64", bare(&pkcs8)),
        ("bare PKCS#1 base64", bare(&pkcs1)),
        ("PKCS#8 PEM with CRLF", pkcs8.replace('\n', "\r\n")),
    ] {
        let key = SigningKey::from_text(RSA2, &text).unwrap_or_else(|e| panic!("{form}: {e}"));
        assert_eq!(key.bits(), 2048);
        let signature = key.sign_base64(MESSAGE.as_bytes()).unwrap();
        // PKCS#1 v1.5 is deterministic: every form of the key signs the same.
        std::fs::write(dir.path("sig.bin"), STANDARD.decode(&signature).unwrap()).unwrap();
        let Some(output) = openssl(
            &dir.0,
            &[
                "dgst",
                "-sha256",
                "-verify",
                "pub.pem",
                "-signature",
                "sig.bin",
                "message.txt",
            ],
        ) else {
            return;
        };
        assert!(
            output.status.success(),
            "{form}: openssl refused payspec's signature: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&output.stdout).trim(),
            "Verified OK"
        );
    }
}

#[test]
fn openssl_signs_and_payspec_verifies() {
    let dir = Scratch::new();
    let Some(()) = key_pair(&dir) else { return };
    std::fs::write(dir.path("message.txt"), MESSAGE).unwrap();
    let Some(output) = openssl(
        &dir.0,
        &[
            "dgst",
            "-sha256",
            "-sign",
            "key.pem",
            "-out",
            "sig.bin",
            "message.txt",
        ],
    ) else {
        return;
    };
    assert!(output.status.success());
    let signature = STANDARD.encode(std::fs::read(dir.path("sig.bin")).unwrap());
    let spki = dir.read("pub.pem");
    let pkcs1 = dir.read("rsapub.pem");
    assert!(pkcs1.starts_with("-----BEGIN RSA PUBLIC KEY-----"));
    for (form, text) in [
        ("SubjectPublicKeyInfo PEM", spki.clone()),
        ("PKCS#1 PEM", pkcs1.clone()),
        ("bare SubjectPublicKeyInfo base64", bare(&spki)),
        ("bare PKCS#1 base64", bare(&pkcs1)),
    ] {
        let key = VerifyingKey::from_text(RSA2, &text).unwrap_or_else(|e| panic!("{form}: {e}"));
        assert_eq!(key.bits(), 2048);
        key.verify_base64(MESSAGE.as_bytes(), &signature)
            .unwrap_or_else(|e| panic!("{form}: {e}"));
    }
    let key = VerifyingKey::from_text(RSA2, &spki).unwrap();

    // A message changed by one character, or a signature changed by one bit, does not verify.
    let tampered = MESSAGE.replace("88.88", "88.89");
    assert!(matches!(
        key.verify_base64(tampered.as_bytes(), &signature),
        Err(Error::SignatureMismatch)
    ));
    let mut raw = STANDARD.decode(&signature).unwrap();
    raw[100] ^= 1;
    assert!(matches!(
        key.verify_base64(MESSAGE.as_bytes(), &STANDARD.encode(&raw)),
        Err(Error::SignatureMismatch)
    ));
    assert!(matches!(
        key.verify(MESSAGE.as_bytes(), &raw[..255]),
        Err(Error::SignatureMismatch)
    ));
    assert!(matches!(
        key.verify_base64(MESSAGE.as_bytes(), "not base64!"),
        Err(Error::Malformed(text)) if text == "the signature is not base64"
    ));
    assert!(matches!(
        key.verify_base64(MESSAGE.as_bytes(), ""),
        Err(Error::SignatureMismatch)
    ));

    // Another key pair's public key refuses it; its own private key's public half accepts.
    let other = Scratch::new();
    let Some(()) = key_pair(&other) else { return };
    let wrong = VerifyingKey::from_text(RSA2, &other.read("pub.pem")).unwrap();
    assert!(matches!(
        wrong.verify_base64(MESSAGE.as_bytes(), &signature),
        Err(Error::SignatureMismatch)
    ));
    let signer = SigningKey::from_text(RSA2, &dir.read("key.pem")).unwrap();
    signer
        .verifying_key()
        .verify_base64(MESSAGE.as_bytes(), &signature)
        .unwrap();
    let other_signer = SigningKey::from_text(RSA2, &other.read("key.pem")).unwrap();
    let other_signature = other_signer.sign_base64(MESSAGE.as_bytes()).unwrap();
    assert!(matches!(
        key.verify_base64(MESSAGE.as_bytes(), &other_signature),
        Err(Error::SignatureMismatch)
    ));
}

#[test]
fn keys_that_cannot_be_used_are_clear_errors_that_show_nothing_of_the_key() {
    let dir = Scratch::new();
    let Some(()) = key_pair(&dir) else { return };
    let pkcs8 = dir.read("key.pem");
    let spki = dir.read("pub.pem");
    let body = bare(&pkcs8);
    let private_error = |text: &str| SigningKey::from_text(RSA2, text).unwrap_err().to_string();
    let public_error = |text: &str| VerifyingKey::from_text(RSA2, text).unwrap_err().to_string();

    let cases = [
        (private_error(""), "the private key is empty"),
        (
            private_error("not a key, at all!"),
            "the private key is neither PEM nor base64",
        ),
        (
            private_error(&pkcs8.replace("-----END PRIVATE KEY-----", "")),
            "the PEM block `PRIVATE KEY` has no END line",
        ),
        (
            private_error(&pkcs8.replacen('M', "*", 1)),
            "the PEM private key is not valid base64",
        ),
        (
            private_error(&spki),
            "a PEM `PUBLIC KEY` block was given where a private key",
        ),
        (
            private_error(&pkcs8.replace("PRIVATE KEY", "ENCRYPTED PRIVATE KEY")),
            "encrypted private keys are not supported",
        ),
        (
            private_error("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----\n"),
            "encrypted private keys are not supported",
        ),
        (
            private_error(&pkcs8.replace("PRIVATE KEY", "RSA PRIVATE KEY")),
            "not a usable PKCS#1 RSA private key",
        ),
        (
            private_error(&dir.read("rsa.pem").replace("RSA PRIVATE KEY", "PRIVATE KEY")),
            "not a usable PKCS#8 RSA private key",
        ),
        (
            private_error(&format!("{}={}", &body[..100], &body[100..])),
            "the private key is not valid base64",
        ),
        (
            private_error(&bare(&spki)),
            "the base64 private key is neither a PKCS#8 RSA key",
        ),
        (public_error(""), "the public key is empty"),
        (
            public_error(&pkcs8),
            "a PEM `PRIVATE KEY` block was given where a public key",
        ),
        (
            public_error(&body),
            "the base64 public key is neither a SubjectPublicKeyInfo",
        ),
        (
            public_error("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
            "a certificate was given where a public key is expected",
        ),
        (
            public_error("----- BEGIN PUBLIC KEY -----"),
            "malformed PEM: no BEGIN line",
        ),
    ];
    for (error, expected) in cases {
        assert!(
            error.contains(expected),
            "{error:?} should say {expected:?}"
        );
        // No run of the key's base64 appears in any error.
        for window in body.as_bytes().chunks(16) {
            let window = std::str::from_utf8(window).unwrap();
            assert!(!error.contains(window), "{error:?} shows part of the key");
        }
    }

    // A key smaller than 2048 bits is refused, to sign and to verify.
    let Some(output) = openssl(
        &dir.0,
        &[
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:1024",
            "-out",
            "small.pem",
        ],
    ) else {
        return;
    };
    assert!(output.status.success());
    openssl(
        &dir.0,
        &[
            "pkey",
            "-in",
            "small.pem",
            "-pubout",
            "-out",
            "smallpub.pem",
        ],
    );
    let error = private_error(&dir.read("small.pem"));
    assert!(
        error.contains("not a usable PKCS#8 RSA private key"),
        "{error}"
    );
    let error = public_error(&dir.read("smallpub.pem"));
    assert_eq!(
        error,
        "an RSA public key of 1024 bits: 2048 to 8192 are accepted"
    );

    // An EC key is not an RSA key.
    openssl(
        &dir.0,
        &[
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-out",
            "ec.pem",
        ],
    );
    openssl(
        &dir.0,
        &["pkey", "-in", "ec.pem", "-pubout", "-out", "ecpub.pem"],
    );
    let error = private_error(&dir.read("ec.pem"));
    assert!(
        error.contains("not a usable PKCS#8 RSA private key"),
        "{error}"
    );
    let error = public_error(&dir.read("ecpub.pem"));
    assert!(error.contains("not an RSA key"), "{error}");
}

#[test]
fn debug_shows_the_algorithm_and_size_only() {
    let dir = Scratch::new();
    let Some(()) = key_pair(&dir) else { return };
    let pkcs8 = dir.read("key.pem");
    let key = SigningKey::from_text(RSA2, &pkcs8).unwrap();
    let debug = format!("{key:?}");
    assert_eq!(
        debug,
        "SigningKey { algorithm: RsaPkcs1Sha256, bits: 2048, .. }"
    );
    let public = VerifyingKey::from_text(RSA2, &dir.read("pub.pem")).unwrap();
    assert_eq!(
        format!("{public:?}"),
        "VerifyingKey { algorithm: RsaPkcs1Sha256, bits: 2048, .. }"
    );
    assert_eq!(RSA2.to_string(), "RSA PKCS#1 v1.5 with SHA-256");
}
