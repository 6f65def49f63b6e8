//! WeChat Pay v2's signing rule (sorted `name=value` pairs, empty values left out, `&key=KEY`
//! appended; MD5 or HMAC-SHA256 keyed with the same key, upper-case hex) against independent
//! vectors: the example on WeChat Pay's signing-algorithm page, and HMAC-SHA256 values computed
//! by Python's `hmac` module in the test itself.

use std::process::Command;

use payspec_core::descriptor::{Algorithm, SigningRecipe};
use payspec_core::format::xml;
use payspec_core::signing::{
    digest_hex, pairs_to_sign, signatures_match, string_to_sign, WireMember,
};

/// WeChat Pay v2's rule: sorted pairs, `&key=KEY`, upper-case hex in `sign`; MD5 or
/// HMAC-SHA256 as the merchant configures it.
const MD5: SigningRecipe = payspec_core::testing::MD5_SORTED_PAIRS;
const HMAC_SHA256: SigningRecipe = SigningRecipe {
    algorithm: Algorithm::HmacSha256,
    ..MD5
};

/// The signing-algorithm page's example: its parameters, key and the signatures it states.
const EXAMPLE: [(&str, &str); 5] = [
    ("appid", "wxd930ea5d5a258f4f"),
    ("mch_id", "10000100"),
    ("device_info", "1000"),
    ("body", "test"),
    ("nonce_str", "ibuaiVcKdpRxkhJA"),
];
const EXAMPLE_KEY: &str = "192006250b4c09247ec02edce69f6a2d";
const EXAMPLE_STRING: &str = "appid=wxd930ea5d5a258f4f&body=test&device_info=1000\
    &mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA&key=192006250b4c09247ec02edce69f6a2d";
const EXAMPLE_MD5: &str = "9A0A8659F005D6984697E2CA0A9CF3B7";
const EXAMPLE_HMAC_SHA256: &str =
    "6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6";

#[test]
fn wechat_md5_example_from_the_signing_page() {
    let to_sign = pairs_to_sign(&MD5, EXAMPLE, EXAMPLE_KEY);
    assert_eq!(String::from_utf8(to_sign.clone()).unwrap(), EXAMPLE_STRING);
    assert_eq!(
        digest_hex(&MD5, &to_sign, EXAMPLE_KEY).expect("a digest"),
        EXAMPLE_MD5
    );
}

#[test]
fn wechat_hmac_sha256_example_from_the_signing_page() {
    // The same string (`&key=` appended) with the key as the HMAC key.
    let to_sign = pairs_to_sign(&HMAC_SHA256, EXAMPLE, EXAMPLE_KEY);
    assert_eq!(String::from_utf8(to_sign.clone()).unwrap(), EXAMPLE_STRING);
    assert_eq!(
        digest_hex(&HMAC_SHA256, &to_sign, EXAMPLE_KEY).expect("a digest"),
        EXAMPLE_HMAC_SHA256
    );
}

#[test]
fn the_json_member_path_signs_the_same_string() {
    // The codec's JSON path (each value as a JSON string literal) reaches the same bytes.
    let literals: Vec<String> = EXAMPLE
        .iter()
        .map(|(_, v)| serde_json::to_string(v).unwrap())
        .collect();
    let members: Vec<WireMember<'_>> = EXAMPLE
        .iter()
        .zip(&literals)
        .map(|(&(name, _), raw_json)| WireMember { name, raw_json })
        .collect();
    let to_sign = string_to_sign(&MD5, &members, EXAMPLE_KEY).unwrap();
    assert_eq!(String::from_utf8(to_sign).unwrap(), EXAMPLE_STRING);
}

#[test]
fn the_example_verifies_from_its_xml_body() {
    // The page's request as XML, read back by `format::xml` and verified without `sign`.
    let mut members = EXAMPLE.to_vec();
    members.push(("sign", EXAMPLE_MD5));
    let body = xml::XmlFormat::with_root("xml").encode(members).unwrap();
    let fields = xml::XmlFormat::with_root("xml").decode(&body).unwrap();
    let received = fields.get("sign").unwrap();
    let covered = fields.iter().filter(|&(name, _)| name != "sign");
    let expected = digest_hex(
        &MD5,
        &pairs_to_sign(&MD5, covered, EXAMPLE_KEY),
        EXAMPLE_KEY,
    )
    .expect("a digest");
    assert!(signatures_match(&expected, received));
    assert!(signatures_match(
        &expected,
        &EXAMPLE_MD5.to_ascii_lowercase()
    ));
    let tampered = fields
        .iter()
        .filter(|&(name, _)| name != "sign")
        .map(|(n, v)| if n == "body" { (n, "tesT") } else { (n, v) });
    let forged = digest_hex(
        &MD5,
        &pairs_to_sign(&MD5, tampered, EXAMPLE_KEY),
        EXAMPLE_KEY,
    )
    .expect("a digest");
    assert!(!signatures_match(&forged, received));
}

/// HMAC-SHA256 of `message` keyed with `key`, upper-case hex, by Python's `hmac`; `None` (and
/// a note) when python3 is not there.
fn python_hmac_sha256(key: &str, message: &[u8]) -> Option<String> {
    let script = "import hmac, hashlib, sys\n\
        key = sys.argv[1].encode('utf-8')\n\
        message = sys.stdin.buffer.read()\n\
        print(hmac.new(key, message, hashlib.sha256).hexdigest().upper())";
    let child = Command::new("python3")
        .args(["-c", script, key])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) => {
            eprintln!("SKIPPED: python3 is not available ({e}); HMAC vectors not cross-checked");
            return None;
        }
    };
    use std::io::Write;
    child.stdin.take().unwrap().write_all(message).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "python3 failed");
    Some(String::from_utf8(output.stdout).unwrap().trim().to_owned())
}

#[test]
fn wechat_hmac_sha256_against_python_hmac() {
    let cases: [(&[(&str, &str)], &str); 4] = [
        (&EXAMPLE, EXAMPLE_KEY),
        (
            &[
                ("appid", "wx2421b1c4370ec43b"),
                ("mch_id", "10000100"),
                ("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS"),
                ("body", "门店 1号-刷卡 & 测试"),
                ("out_trade_no", "1217752501201407033233368018"),
                ("total_fee", "888"),
                ("spbill_create_ip", "8.8.8.8"),
                ("auth_code", "120061098828009406"),
                ("sign_type", "HMAC-SHA256"),
                // Left out: empty.
                ("attach", ""),
            ],
            "8934e7d15453e97507ef794cf7b0519d",
        ),
        (
            &[("Zeta", "upper case sorts first"), ("alpha", "a=b&c")],
            "a key with spaces and 中文",
        ),
        // A key longer than SHA-256's block is hashed first: HMAC's own rule, not WeChat's.
        (
            &[("a", "1")],
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789",
        ),
    ];
    for (pairs, key) in cases {
        let to_sign = pairs_to_sign(&HMAC_SHA256, pairs.iter().copied(), key);
        assert!(to_sign.ends_with(format!("&key={key}").as_bytes()));
        assert!(!String::from_utf8_lossy(&to_sign).contains("attach="));
        let Some(expected) = python_hmac_sha256(key, &to_sign) else {
            return;
        };
        assert_eq!(
            digest_hex(&HMAC_SHA256, &to_sign, key).expect("a digest"),
            expected
        );
    }
}
