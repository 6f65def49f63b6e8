//! The signing rules of the project notes "Signing rules", each with a vector whose digest was computed
//! independently of this crate (the Python command is next to each expected value).

use payspec_core::descriptor::{
    Algorithm, EmptyRule, HexCase, KeyRule, Placement, ReplySigning, SigningRecipe,
};
use payspec_core::signing::{
    digest_hex, raw_to_sign, signatures_match, string_to_sign, WireMember,
};

const fn recipe(algorithm: Algorithm, hex_case: HexCase, key: KeyRule) -> SigningRecipe {
    SigningRecipe {
        algorithm,
        hex_case,
        placement: Placement::Field("sign"),
        empty: EmptyRule::Skip,
        pair_separator: "=",
        pairs_joiner: "&",
        key,
        key_config: "key",
        verify_key_config: None,
        replies: ReplySigning::Signed,
        signed_codes: &[],
        algorithm_choice: None,
    }
}

static SORTED_MD5: SigningRecipe =
    recipe(Algorithm::Md5, HexCase::Upper, KeyRule::AppendPair("key"));
static FUBEI_MD5: SigningRecipe = recipe(Algorithm::Md5, HexCase::Upper, KeyRule::Suffix);
static RAW_SHA256: SigningRecipe = recipe(Algorithm::Sha256, HexCase::Lower, KeyRule::Suffix);
static WECHAT_HMAC: SigningRecipe = recipe(
    Algorithm::HmacSha256,
    HexCase::Upper,
    KeyRule::AppendPair("key"),
);
static PLAIN_HMAC: SigningRecipe = recipe(Algorithm::HmacSha256, HexCase::Lower, KeyRule::HmacKey);

fn m<'a>(name: &'a str, raw_json: &'a str) -> WireMember<'a> {
    WireMember { name, raw_json }
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap()
}

/// Rule 1 on WeChat Pay v2's own published example (its documented result is the same digest).
#[test]
fn sorted_params_md5_wechat_example() {
    let members = [
        m("mch_id", r#""10000100""#),
        m("appid", r#""wxd930ea5d5a258f4f""#),
        m("nonce_str", r#""ibuaiVcKdpRxkhJA""#),
        m("device_info", "1000"),
        m("body", r#""test""#),
    ];
    let key = "192006250b4c09247ec02edce69f6a2d";
    let to_sign = string_to_sign(&SORTED_MD5, &members, key).unwrap();
    assert_eq!(
        text(to_sign.clone()),
        "appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA\
         &key=192006250b4c09247ec02edce69f6a2d"
    );
    // python3 -c "import hashlib; print(hashlib.md5(b'appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA&key=192006250b4c09247ec02edce69f6a2d').hexdigest().upper())"
    assert_eq!(
        digest_hex(&SORTED_MD5, &to_sign, key).expect("a digest"),
        "9A0A8659F005D6984697E2CA0A9CF3B7"
    );
}

/// Rule 1 details: empty values skipped, byte-wise sort (uppercase first), numbers as on the
/// wire, nested objects as their raw JSON text, strings unescaped.
#[test]
fn sorted_params_md5_canonical_details() {
    let members = [
        m("total_fee", "3"),
        m("auth_code", r#""134567890123456789""#),
        m("attach", r#"{"a": [1, 2.50]}"#),
        m("Zeta", "1"),
        m("device_info", r#""""#),
        m("detail", "null"),
        m("absent", ""),
    ];
    let to_sign = string_to_sign(&SORTED_MD5, &members, "K").unwrap();
    assert_eq!(
        text(to_sign.clone()),
        r#"Zeta=1&attach={"a": [1, 2.50]}&auth_code=134567890123456789&total_fee=3&key=K"#
    );
    // python3 -c "import hashlib; print(hashlib.md5(b'Zeta=1&attach={\"a\": [1, 2.50]}&auth_code=134567890123456789&total_fee=3&key=K').hexdigest().upper())"
    assert_eq!(
        digest_hex(&SORTED_MD5, &to_sign, "K").expect("a digest"),
        "180033E1F108488E0D77B2E2BC6CC94C"
    );

    let escaped = [m("body", r#""a\"b\u00e9""#)];
    assert_eq!(
        text(string_to_sign(&SORTED_MD5, &escaped, "K").unwrap()),
        "body=a\"bé&key=K"
    );

    let keep = SigningRecipe {
        empty: EmptyRule::Keep,
        ..recipe(Algorithm::Md5, HexCase::Upper, KeyRule::AppendPair("key"))
    };
    let with_empty = [m("b", r#""""#), m("a", "null"), m("c", "1")];
    assert_eq!(
        text(string_to_sign(&keep, &with_empty, "K").unwrap()),
        "a=&b=&c=1&key=K"
    );

    let broken = [m("body", r#""unterminated"#)];
    let err = string_to_sign(&SORTED_MD5, &broken, "K")
        .unwrap_err()
        .to_string();
    assert!(err.contains("`body`"), "{err}");
}

/// Rule 2: Fubei, the named envelope fields with `biz_content` as the JSON string sent, secret
/// appended directly.
#[test]
fn fubei_md5_plain_suffix() {
    let members = [
        m("app_id", r#""20180101""#),
        m("method", r#""openapi.payment.order.swipe""#),
        m("format", r#""json""#),
        m("sign_method", r#""md5""#),
        m("nonce", r#""abc123""#),
        m("version", r#""1.0""#),
        m(
            "biz_content",
            r#""{\"merchant_order_sn\":\"M1\",\"total_amount\":0.01}""#,
        ),
    ];
    let to_sign = string_to_sign(&FUBEI_MD5, &members, "SECRET").unwrap();
    assert_eq!(
        text(to_sign.clone()),
        r#"app_id=20180101&biz_content={"merchant_order_sn":"M1","total_amount":0.01}&format=json&method=openapi.payment.order.swipe&nonce=abc123&sign_method=md5&version=1.0SECRET"#
    );
    // python3 -c "import hashlib; print(hashlib.md5(b'app_id=20180101&biz_content={\"merchant_order_sn\":\"M1\",\"total_amount\":0.01}&format=json&method=openapi.payment.order.swipe&nonce=abc123&sign_method=md5&version=1.0'+b'SECRET').hexdigest().upper())"
    assert_eq!(
        digest_hex(&FUBEI_MD5, &to_sign, "SECRET").expect("a digest"),
        "6ED79E99A0464997C21320A92DF167B2"
    );
}

/// Rule 3: ScanForPay, SHA-256 over the raw `request` object bytes followed by the key.
#[test]
fn scanforpay_sha256_raw_object() {
    let raw = br#"{"header":{"partnerNo":"P1"},"body":{"orderAmount":2100}}"#;
    let to_sign = raw_to_sign(&RAW_SHA256, raw, "KEY");
    assert_eq!(
        to_sign,
        br#"{"header":{"partnerNo":"P1"},"body":{"orderAmount":2100}}KEY"#
    );
    // python3 -c "import hashlib; print(hashlib.sha256(b'{\"header\":{\"partnerNo\":\"P1\"},\"body\":{\"orderAmount\":2100}}'+b'KEY').hexdigest())"
    assert_eq!(
        digest_hex(&RAW_SHA256, &to_sign, "KEY").expect("a digest"),
        "e1b97ce2ea3960765fc38c8f46a59eb2e18a0f506aae5b913497c482ee266672"
    );
}

/// HMAC-SHA256 as WeChat Pay v2 uses it: the `&key=` string, keyed with the same key.
#[test]
fn hmac_sha256_with_appended_key() {
    let members = [
        m("total_fee", "3"),
        m("out_trade_no", r#""T1""#),
        m("auth_code", r#""134567890123456789""#),
    ];
    let to_sign = string_to_sign(&WECHAT_HMAC, &members, "K").unwrap();
    assert_eq!(
        to_sign,
        b"auth_code=134567890123456789&out_trade_no=T1&total_fee=3&key=K"
    );
    // python3 -c "import hashlib,hmac; print(hmac.new(b'K', b'auth_code=134567890123456789&out_trade_no=T1&total_fee=3&key=K', hashlib.sha256).hexdigest().upper())"
    assert_eq!(
        digest_hex(&WECHAT_HMAC, &to_sign, "K").expect("a digest"),
        "2B7EAA8621E021B4B131CE9BDF02569132DBD309ED7C535B03C78BF5F4275C1D"
    );
}

/// HMAC-SHA256 with the key only as the MAC key: nothing appended.
#[test]
fn hmac_sha256_key_not_appended() {
    let members = [
        m("total_fee", "3"),
        m("out_trade_no", r#""T1""#),
        m("auth_code", r#""134567890123456789""#),
    ];
    let to_sign = string_to_sign(&PLAIN_HMAC, &members, "K").unwrap();
    assert_eq!(
        to_sign,
        b"auth_code=134567890123456789&out_trade_no=T1&total_fee=3"
    );
    // python3 -c "import hashlib,hmac; print(hmac.new(b'K', b'auth_code=134567890123456789&out_trade_no=T1&total_fee=3', hashlib.sha256).hexdigest())"
    assert_eq!(
        digest_hex(&PLAIN_HMAC, &to_sign, "K").expect("a digest"),
        "b45f45670ddc37e5dbca7a651c20832547c402279d5b91f81c61551b9ec9278d"
    );
    assert_eq!(raw_to_sign(&PLAIN_HMAC, b"{}", "K"), b"{}");
}

#[test]
fn signature_comparison() {
    assert!(signatures_match(
        "9A0A8659F005D6984697E2CA0A9CF3B7",
        "9a0a8659f005d6984697e2ca0a9cf3b7"
    ));
    assert!(!signatures_match(
        "9A0A8659F005D6984697E2CA0A9CF3B7",
        "9A0A8659F005D6984697E2CA0A9CF3B8"
    ));
    assert!(!signatures_match(
        "9A0A8659F005D6984697E2CA0A9CF3B7",
        "9A0A8659F005D6984697E2CA0A9CF3B"
    ));
    assert!(!signatures_match("9A0A8659F005D6984697E2CA0A9CF3B7", ""));
}
