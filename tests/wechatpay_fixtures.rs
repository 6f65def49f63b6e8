//! The WeChat Pay v2 documents' own examples (`tests/fixtures/wechatpay/`, sources in
//! tests/fixtures/README.md), read by the core's XML reader and signed by its pair signing, ahead
//! of the spec that will use them (issue 11): every example body reads as flat XML with no member
//! twice, and the signing page's example signs to the page's MD5 and HMAC-SHA256 values, which
//! the fixture's vector file states (computed independently with Python's hashlib and hmac).

use std::collections::BTreeMap;

use payspec_core::descriptor::{Algorithm, SigningRecipe};
use payspec_core::format::xml;
use payspec_core::signing::{digest_hex, pairs_to_sign};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/wechatpay/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// WeChat Pay v2's rule (sorted pairs, `&key=KEY`, upper-case hex in `sign`) with the merchant's
/// choice of digest.
const fn recipe(algorithm: Algorithm) -> SigningRecipe {
    SigningRecipe {
        algorithm,
        ..payspec_core::testing::MD5_SORTED_PAIRS
    }
}

#[test]
fn every_example_body_reads_as_flat_xml() {
    let dir = format!("{}/tests/fixtures/wechatpay", env!("CARGO_MANIFEST_DIR"));
    let mut read = 0;
    for entry in std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| e.ok())
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".xml") {
            continue;
        }
        let text = fixture(&name);
        let fields = xml::XmlFormat::with_root("xml")
            .decode(text.as_bytes())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!fields.is_empty(), "{name}: no members");
        read += 1;
    }
    assert!(read >= 6, "only {read} XML examples");
}

#[test]
fn the_signing_pages_example_signs_to_its_documented_values() {
    let vectors: BTreeMap<String, String> = fixture("sign_example_vectors.txt")
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    let body = fixture("sign_example.xml");
    let fields = xml::XmlFormat::with_root("xml")
        .decode(body.as_bytes())
        .expect("the example reads");
    let unsigned: Vec<(&str, &str)> = fields.iter().filter(|(n, _)| *n != "sign").collect();
    let key = &vectors["key"];
    for (algorithm, name) in [
        (Algorithm::Md5, "MD5"),
        (Algorithm::HmacSha256, "HMAC-SHA256"),
    ] {
        let recipe = recipe(algorithm);
        let to_sign = pairs_to_sign(&recipe, unsigned.iter().copied(), key);
        assert_eq!(
            String::from_utf8(to_sign.clone()).unwrap(),
            vectors["stringSignTemp"]
        );
        assert_eq!(
            digest_hex(&recipe, &to_sign, key).expect("a digest"),
            vectors[name],
            "{name}"
        );
    }
    assert_eq!(fields.get("sign"), Some(vectors["MD5"].as_str()));
}
