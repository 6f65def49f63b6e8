use std::borrow::Cow;

use proptest::prelude::*;

use super::*;

fn pairs<'a>(fields: &'a Fields<'_>) -> Vec<(&'a str, &'a str)> {
    fields.iter().collect()
}

#[track_caller]
fn refused(body: &[u8], expected: &str) {
    match decode(body) {
        Err(Error::Malformed(text)) => assert!(
            text.contains(expected),
            "refusal of {body:?} is {text:?}, expected it to say {expected:?}"
        ),
        other => panic!("expected a refusal of {body:?}, got {other:?}"),
    }
}

#[test]
fn encodes_as_the_urlencoded_serializer() {
    let body = encode([
        ("app_id", "2014072300007148"),
        ("method", "alipay.trade.pay"),
        ("timestamp", "2014-07-24 03:07:50"),
        (
            "biz_content",
            r#"{"subject":"门店 1号","total_amount":"88.88"}"#,
        ),
        ("sign", "a+b/c=="),
        ("kept", "AZaz09*-._"),
        ("escaped", "~!'()&=%"),
    ])
    .unwrap();
    assert_eq!(
        body,
        "app_id=2014072300007148&method=alipay.trade.pay&timestamp=2014-07-24+03%3A07%3A50\
         &biz_content=%7B%22subject%22%3A%22%E9%97%A8%E5%BA%97+1%E5%8F%B7%22%2C%22total_amount\
         %22%3A%2288.88%22%7D&sign=a%2Bb%2Fc%3D%3D&kept=AZaz09*-._&escaped=%7E%21%27%28%29%26%3D%25"
    );
    assert_eq!(encode::<&str, &str>([]).unwrap(), "");
    assert_eq!(encode([("a", "")]).unwrap(), "a=");
}

#[test]
fn encode_refuses_empty_and_repeated_names() {
    match encode([("", "v")]) {
        Err(Error::Encode(text)) => assert_eq!(text, "a form member with an empty name"),
        other => panic!("{other:?}"),
    }
    match encode([("a", "1"), ("b", "2"), ("a", "3")]) {
        Err(Error::Encode(text)) => assert_eq!(text, "form member `a` given twice"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn decodes_pairs_in_order_borrowing_what_needs_no_decoding() {
    let body = b"trade_status=TRADE_SUCCESS&subject=%E9%97%A8%E5%BA%97+1%E5%8F%B7\
        &total_amount=88.88&flag&eq=a=b&empty=&lower=%e4%b8%ad&&";
    let fields = decode(body).unwrap();
    assert_eq!(
        pairs(&fields),
        [
            ("trade_status", "TRADE_SUCCESS"),
            ("subject", "门店 1号"),
            ("total_amount", "88.88"),
            ("flag", ""),
            ("eq", "a=b"),
            ("empty", ""),
            ("lower", "中"),
        ]
    );
    let slice = fields.as_slice();
    assert!(matches!(slice[0].0, Cow::Borrowed(_)));
    assert!(matches!(slice[0].1, Cow::Borrowed(_)));
    assert!(matches!(slice[1].1, Cow::Owned(_)));
    assert!(decode(b"").unwrap().is_empty());
    assert!(decode(b"&&&").unwrap().is_empty());
    // A name may be escaped too; raw UTF-8 is read as it is.
    assert_eq!(
        pairs(&decode("a%20b=1&名=值".as_bytes()).unwrap()),
        [("a b", "1"), ("名", "值")]
    );
}

#[test]
fn refuses_malformed_escapes_bad_utf8_and_names() {
    refused(
        b"a=%",
        "malformed percent escape (at byte 2), in member `a`",
    );
    refused(b"a=%4", "malformed percent escape");
    refused(b"a=%zz", "malformed percent escape");
    refused(b"a=1&b=x%4g", "malformed percent escape (at byte 7)");
    refused(b"%=1", "malformed percent escape (at byte 0)");
    refused(b"a=%ff", "do not decode to UTF-8");
    refused(b"a=%C3", "do not decode to UTF-8");
    refused(b"a=\xff", "form body is not UTF-8 (at byte 2)");
    refused(b"=v", "a member with an empty name (at byte 0)");
    refused(b"a=1&=v", "a member with an empty name (at byte 4)");
    refused(b"a=1&a=2", "member `a` appears twice (at byte 4)");
    refused(b"a=1&%61=2", "member `a` appears twice");
    refused(b"a+b=1&a%20b=2", "member `a b` appears twice");
    refused(b"a&a", "member `a` appears twice");
}

#[test]
fn errors_never_show_a_value() {
    match decode(b"auth_code=134567890123456789%zz") {
        Err(Error::Malformed(text)) => {
            assert!(
                text.contains("auth_code") && !text.contains("1345"),
                "{text}"
            )
        }
        other => panic!("{other:?}"),
    }
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z0-9 *._~+%&=-]{0,16}",
        "[\u{4e00}-\u{4e10} {}\":,]{0,8}",
    ]
}

fn members() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec(
        (text().prop_filter("a name", |n| !n.is_empty()), text()),
        0..10,
    )
    .prop_map(|mut members| {
        let mut seen = std::collections::HashSet::new();
        members.retain(|(n, _)| seen.insert(n.clone()));
        members
    })
}

proptest! {
    #[test]
    fn encode_then_decode_is_the_identity(members in members()) {
        let body = encode(members.iter().map(|(n, v)| (n, v))).unwrap();
        let fields = decode(body.as_bytes()).unwrap();
        let decoded: Vec<(String, String)> = fields
            .iter()
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
            .collect();
        prop_assert_eq!(decoded, members);
    }

    /// The serializer writes what `form_urlencoded`'s (servo's, the WHATWG standard's) does.
    #[test]
    fn encode_agrees_with_form_urlencoded(members in members()) {
        let ours = encode(members.iter().map(|(n, v)| (n, v))).unwrap();
        let theirs = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(members.iter())
            .finish();
        prop_assert_eq!(ours, theirs);
    }

    /// Whatever the strict reader accepts, the standard's reader reads the same way.
    #[test]
    fn decode_agrees_with_form_urlencoded(body in "([a-zA-Z0-9%+=&*._~-]|%[0-9a-fA-F]{2}|é){0,40}") {
        if let Ok(fields) = decode(body.as_bytes()) {
            let ours: Vec<(String, String)> = fields
                .iter()
                .map(|(n, v)| (n.to_owned(), v.to_owned()))
                .collect();
            let theirs: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes())
                .map(|(n, v)| (n.into_owned(), v.into_owned()))
                .collect();
            prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn decode_never_panics(body in prop::collection::vec(any::<u8>(), 0..100)) {
        let _ = decode(&body);
    }
}
