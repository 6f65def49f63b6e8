use std::borrow::Cow;

use proptest::prelude::*;

use super::*;

/// The shape the tests read and write: root `xml`, default limits.
const FORMAT: XmlFormat = XmlFormat::with_root("xml");

fn encode<N: AsRef<str>, V: AsRef<str>>(
    pairs: impl IntoIterator<Item = (N, V)>,
) -> Result<Vec<u8>, Error> {
    FORMAT.encode(pairs)
}

fn decode(body: &[u8]) -> Result<Fields<'_>, Error> {
    FORMAT.decode(body)
}

fn pairs<'a>(fields: &'a Fields<'_>) -> Vec<(&'a str, &'a str)> {
    fields.iter().collect()
}

/// The refusal text of `body`; panics if it decodes.
fn refusal(body: &str) -> String {
    match decode(body.as_bytes()) {
        Err(Error::Malformed(text)) => text,
        other => panic!("expected a refusal of {body:?}, got {other:?}"),
    }
}

#[track_caller]
fn refused(body: &str, expected: &str) {
    let text = refusal(body);
    assert!(
        text.contains(expected),
        "refusal of {body:?} is {text:?}, expected it to say {expected:?}"
    );
}

#[test]
fn encodes_members_in_order_as_cdata() {
    let body = encode([
        ("appid", "wxd930ea5d5a258f4f"),
        ("mch_id", "10000100"),
        ("body", "门店 1号"),
        ("total_fee", "1"),
    ])
    .unwrap();
    assert_eq!(
        String::from_utf8(body).unwrap(),
        "<xml><appid><![CDATA[wxd930ea5d5a258f4f]]></appid><mch_id><![CDATA[10000100]]></mch_id>\
         <body><![CDATA[门店 1号]]></body><total_fee><![CDATA[1]]></total_fee></xml>"
    );
    assert_eq!(encode::<&str, &str>([]).unwrap(), b"<xml></xml>");
}

#[test]
fn a_value_with_the_cdata_end_or_a_carriage_return_comes_back_unchanged() {
    for value in [
        "]]>",
        "a]]>b]]>c",
        "]]]]>>",
        "]",
        "]]",
        "]>",
        "x]",
        "line\r\nnext\rlast\n",
        "\r",
        "<&>\"'",
        "&amp; is not unescaped twice",
        "",
        "  spaces kept  ",
    ] {
        let body = encode([("v", value)]).unwrap();
        let fields = decode(&body).unwrap();
        assert_eq!(
            fields.get("v"),
            Some(value),
            "{}",
            String::from_utf8_lossy(&body)
        );
    }
    assert_eq!(
        encode([("v", "a]]>b")]).unwrap(),
        b"<xml><v><![CDATA[a]]]]><![CDATA[>b]]></v></xml>"
    );
    assert_eq!(
        encode([("v", "a\r\nb")]).unwrap(),
        b"<xml><v><![CDATA[a]]>&#13;<![CDATA[\nb]]></v></xml>"
    );
}

#[test]
fn encode_refuses_what_xml_cannot_carry() {
    for (name, value, expected) in [
        ("1abc", "v", "not an XML element name"),
        ("", "v", "not an XML element name"),
        ("a b", "v", "not an XML element name"),
        ("ns:a", "v", "not an XML element name"),
        ("a<", "v", "not an XML element name"),
        ("a", "nul\u{0}", "U+0000"),
        ("a", "bell\u{7}", "U+0007"),
        ("a", "\u{FFFE}", "U+FFFE"),
    ] {
        match encode([(name, value)]) {
            Err(Error::Encode(text)) => assert!(text.contains(expected), "{text}"),
            other => panic!("{name:?} {value:?}: {other:?}"),
        }
    }
    match encode([("a", "1"), ("a", "2")]) {
        Err(Error::Encode(text)) => assert_eq!(text, "member `a` given twice"),
        other => panic!("{other:?}"),
    }
    let odd_root = XmlFormat {
        root: "not a name",
        ..FORMAT
    };
    assert!(matches!(
        odd_root.encode([("a", "1")]),
        Err(Error::Encode(_))
    ));
}

#[test]
fn decodes_a_wechat_reply() {
    // The shape of a WeChat Pay v2 micropay reply: declaration-less, CDATA values, numbers as
    // plain text, a newline after each member.
    let body = "<xml>\n<return_code><![CDATA[SUCCESS]]></return_code>\n\
        <return_msg><![CDATA[OK]]></return_msg>\n\
        <appid><![CDATA[wx2421b1c4370ec43b]]></appid>\n\
        <mch_id><![CDATA[10000100]]></mch_id>\n\
        <nonce_str><![CDATA[IITRi8Iabbblz1Jc]]></nonce_str>\n\
        <sign><![CDATA[7921E432F65EB8ED0CE9755F0E86D72F]]></sign>\n\
        <result_code><![CDATA[SUCCESS]]></result_code>\n\
        <openid><![CDATA[oUpF8uN95-Ptaags6E_roPHg7AG0]]></openid>\n\
        <is_subscribe><![CDATA[Y]]></is_subscribe>\n\
        <trade_type><![CDATA[MICROPAY]]></trade_type>\n\
        <bank_type><![CDATA[CCB_DEBIT]]></bank_type>\n\
        <total_fee>1</total_fee>\n\
        <fee_type><![CDATA[CNY]]></fee_type>\n\
        <transaction_id><![CDATA[1008450740201411110005820873]]></transaction_id>\n\
        <out_trade_no><![CDATA[1415757673]]></out_trade_no>\n\
        <attach><![CDATA[订单额外描述]]></attach>\n\
        <time_end><![CDATA[20141111170043]]></time_end>\n\
        </xml>";
    let fields = decode(body.as_bytes()).unwrap();
    assert_eq!(fields.len(), 17);
    assert_eq!(fields.get("return_code"), Some("SUCCESS"));
    assert_eq!(fields.get("total_fee"), Some("1"));
    assert_eq!(fields.get("attach"), Some("订单额外描述"));
    assert_eq!(fields.get("missing"), None);
    let names: Vec<&str> = fields.iter().map(|(n, _)| n).collect();
    assert_eq!(&names[..3], ["return_code", "return_msg", "appid"]);
    // Nothing had to be decoded: every name and value is borrowed from the body.
    for (name, value) in fields.as_slice() {
        assert!(matches!(name, Cow::Borrowed(_)), "{name}");
        assert!(matches!(value, Cow::Borrowed(_)), "{name}");
    }
}

#[test]
fn decodes_text_entities_references_and_mixed_content() {
    let body = "\u{feff}<?xml version=\"1.0\" encoding=\"utf-8\" standalone='yes' ?>\r\n\
        <!-- a comment before the root -->\n\
        <xml >\
        <plain>a &lt;b&gt; &amp; &apos;c&apos; &quot;d&quot;</plain>\
        <refs>&#38;&#x26;&#20013;&#x1F600;</refs>\
        <mixed>one<![CDATA[<two>]]>three<!-- skipped -->four</mixed>\
        <crlf>a\r\nb\rc</crlf>\
        <cdata_crlf><![CDATA[a\r\nb]]></cdata_crlf>\
        <char_ref_cr>a&#13;&#xD;b</char_ref_cr>\
        <empty/><empty2></empty2><empty3 /><empty4><![CDATA[]]></empty4>\
        <spaces>  kept  </spaces>\
        <名字>中文</名字>\
        <x.y-z_1>ok</x.y-z_1 >\
        </xml>\n<!-- after -->\n";
    let fields = decode(body.as_bytes()).unwrap();
    assert_eq!(
        pairs(&fields),
        [
            ("plain", "a <b> & 'c' \"d\""),
            ("refs", "&&中😀"),
            ("mixed", "one<two>threefour"),
            ("crlf", "a\nb\nc"),
            ("cdata_crlf", "a\nb"),
            ("char_ref_cr", "a\r\rb"),
            ("empty", ""),
            ("empty2", ""),
            ("empty3", ""),
            ("empty4", ""),
            ("spaces", "  kept  "),
            ("名字", "中文"),
            ("x.y-z_1", "ok"),
        ]
    );
    let slice = fields.as_slice();
    assert!(matches!(slice[0].1, Cow::Owned(_)));
    assert!(matches!(slice[10].1, Cow::Borrowed(_)));
    assert_eq!(decode(b"<xml/>").unwrap().len(), 0);
    assert_eq!(
        decode(b"<?xml version='1.1'?><xml></xml>").unwrap().len(),
        0
    );
}

#[test]
fn refuses_document_type_and_entity_declarations() {
    let billion_laughs = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<xml><a>&lol2;</a></xml>"#;
    refused(
        billion_laughs,
        "document type declaration (`<!DOCTYPE`) is refused",
    );
    let xxe =
        r#"<!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><a>&xxe;</a></xml>"#;
    refused(xxe, "document type declaration");
    refused(
        "<xml><!DOCTYPE xml><a>1</a></xml>",
        "document type declaration",
    );
    refused(
        "<xml><!ENTITY e \"x\"><a>1</a></xml>",
        "entity declaration (`<!ENTITY`) is refused",
    );
    refused("<xml><a><!ENTITY e \"x\"></a></xml>", "entity declaration");
    refused(
        "<xml><a><!DOCTYPE x></a></xml>",
        "document type declaration",
    );
    refused("<xml><!ELEMENT a ANY><a>1</a></xml>", "markup declaration");
    refused("<xml><a>&xxe;</a></xml>", "undefined entity `&xxe;`");
    refused("<xml><a>&nbsp;</a></xml>", "undefined entity `&nbsp;`");
}

#[test]
fn refuses_processing_instructions_but_the_declaration() {
    refused(
        "<?php echo 1; ?><xml></xml>",
        "processing instruction `<?php`",
    );
    refused(
        "<?xml-stylesheet href='a'?><xml></xml>",
        "processing instruction `<?xml-stylesheet`",
    );
    refused(
        "<xml><?pi x?><a>1</a></xml>",
        "processing instruction `<?pi`",
    );
    refused("<xml><a>1<?pi?></a></xml>", "processing instruction `<?pi`");
    refused("<xml></xml><?pi?>", "processing instruction `<?pi`");
    // The declaration only first: after whitespace it is a processing instruction.
    refused(
        " <?xml version=\"1.0\"?><xml></xml>",
        "processing instruction `<?xml`",
    );
    refused(
        "<?xml version=\"1.0\"?><?xml version=\"1.0\"?><xml></xml>",
        "processing instruction `<?xml`",
    );
}

#[test]
fn refuses_a_malformed_or_unsupported_declaration() {
    refused("<?xml?><xml></xml>", "has no version");
    refused("<?xml encoding='UTF-8'?><xml></xml>", "out of order");
    refused(
        "<?xml version='1.0' standalone='yes' encoding='UTF-8'?><xml></xml>",
        "out of order",
    );
    refused(
        "<?xml version='1.0' encoding='GBK'?><xml></xml>",
        "encoding `GBK` is not supported (only UTF-8)",
    );
    refused(
        "<?xml version='2.0'?><xml></xml>",
        "invalid XML declaration `version`",
    );
    refused(
        "<?xml version='1.0' standalone='maybe'?><xml></xml>",
        "invalid XML declaration",
    );
    refused(
        "<?xml version='1.0' foo='bar'?><xml></xml>",
        "unknown XML declaration item `foo`",
    );
    refused("<?xml version='1.0'", "malformed XML declaration");
    refused(
        "<?xml version=1.0?><xml></xml>",
        "malformed XML declaration",
    );
    refused(
        "<?xml version='1.0'encoding='UTF-8'?><xml></xml>",
        "malformed XML declaration",
    );
}

#[test]
fn refuses_structure_other_than_flat_members() {
    refused(
        "<xml><a><b>1</b></a></xml>",
        "member `a` holds an element `<b>`: only flat XML",
    );
    refused("<xml><a>1<b/></a></xml>", "holds an element `<b>`");
    refused(
        "<xml><a id=\"1\">1</a></xml>",
        "attributes are not allowed (on `<a>`)",
    );
    refused(
        "<xml version=\"2\"><a>1</a></xml>",
        "attributes are not allowed (on `<xml>`)",
    );
    refused("<xml><a>1</a><a>2</a></xml>", "member `a` appears twice");
    refused("<xml><a/><a>2</a></xml>", "member `a` appears twice");
    refused("<xml>text<a>1</a></xml>", "text outside a member");
    refused("<xml><a>1</a>&amp;</xml>", "text outside a member");
    refused("<xml><![CDATA[x]]><a>1</a></xml>", "text outside a member");
    refused(
        "<root><a>1</a></root>",
        "the root element is `<root>`, expected `<xml>`",
    );
    refused("<xml></xml><xml></xml>", "content after the root element");
    refused("<xml></xml>trailing", "content after the root element");
    refused("<xml><a>1</b></xml>", "`</b>` closes `<a>`");
    refused("<xml><a>1</a></root>", "`</root>` closes `<xml>`");
    refused("<xml><a>1</a >", "`<xml>` is not closed");
    refused("<xml><a>1", "member `a` is not closed");
    refused("<xml><a>1</a", "malformed end tag `</a`");
    refused("<xml><a", "malformed start tag `<a`");
    refused(
        "<xml><ns:a>1</ns:a></xml>",
        "namespace prefix `ns:` refused",
    );
    refused("<xml><1a>1</1a></xml>", "expected an element name");
    refused("<xml><a>1< /a></xml>", "expected an element name");
    refused("", "expected the root element `<xml>`");
    refused("   ", "expected the root element `<xml>`");
    refused("SUCCESS", "expected the root element `<xml>`");
    refused("{\"a\":1}", "expected the root element `<xml>`");
    refused("</xml>", "expected the root element `<xml>`");
}

#[test]
fn refuses_bad_characters_references_and_sections() {
    refused("<xml><a>&</a></xml>", "`&` that starts no entity");
    refused("<xml><a>a & b</a></xml>", "`&` that starts no entity");
    refused(
        "<xml><a>&#0;</a></xml>",
        "invalid character reference `&#0;`",
    );
    refused("<xml><a>&#xD800;</a></xml>", "invalid character reference");
    refused(
        "<xml><a>&#x110000;</a></xml>",
        "invalid character reference",
    );
    refused("<xml><a>&#X41;</a></xml>", "invalid character reference");
    refused("<xml><a>&#;</a></xml>", "invalid character reference");
    refused("<xml><a>&#x;</a></xml>", "invalid character reference");
    refused("<xml><a>&#1a;</a></xml>", "invalid character reference");
    refused(
        "<xml><a>&#99999999999;</a></xml>",
        "`&` that starts no entity",
    );
    refused("<xml><a>\u{1}</a></xml>", "character U+0001 in member `a`");
    refused("<xml><a><![CDATA[\u{0}]]></a></xml>", "character U+0000");
    refused("<xml><a>\u{FFFF}</a></xml>", "character U+FFFF");
    refused("<xml><a>x]]>y</a></xml>", "`]]>` outside a CDATA section");
    refused("<xml><a><![CDATA[x</a></xml>", "unterminated CDATA section");
    refused("<xml><!-- x</xml>", "unterminated comment");
    refused(
        "<xml><!-- a -- b --><a>1</a></xml>",
        "`--` inside a comment",
    );
    refused("<xml><!-- \u{1} --></xml>", "character U+0001 in a comment");
    match decode(b"<xml><a>\xff</a></xml>") {
        Err(Error::Malformed(text)) => {
            assert_eq!(text, "XML body is not UTF-8 (at byte 8)")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn refuses_bodies_over_the_limits() {
    let small = XmlFormat {
        max_bytes: 40,
        max_members: 2,
        ..FORMAT
    };
    let body = b"<xml><a>1</a><b>2</b></xml>";
    assert_eq!(small.decode(body).unwrap().len(), 2);
    match small.decode(b"<xml><a>1</a><b>2</b><c>3</c></xml>") {
        Err(Error::Malformed(text)) => assert!(text.contains("more than 2 members"), "{text}"),
        other => panic!("{other:?}"),
    }
    let long = format!("<xml><a>{}</a></xml>", "x".repeat(40));
    match small.decode(long.as_bytes()) {
        Err(Error::Malformed(text)) => {
            assert_eq!(text, "XML body of 58 bytes, more than the limit of 40")
        }
        other => panic!("{other:?}"),
    }
    let too_many: String = (0..=FORMAT.max_members)
        .map(|i| format!("<m{i}>1</m{i}>"))
        .collect();
    refused(&format!("<xml>{too_many}</xml>"), "more than 512 members");
    let huge = format!("<xml><a>{}</a></xml>", "x".repeat(FORMAT.max_bytes));
    refused(&huge, "more than the limit of 262144");
}

#[test]
fn errors_name_the_member_never_its_value() {
    let text = refusal("<xml><auth_code>134567890123456789&bad;</auth_code></xml>");
    assert!(!text.contains("1345678"), "{text}");
    let text = refusal("<xml><auth_code>134567890123456789\u{1}</auth_code></xml>");
    assert!(
        text.contains("auth_code") && !text.contains("1345678"),
        "{text}"
    );
}

#[test]
fn a_custom_root() {
    let format = XmlFormat {
        root: "request",
        ..FORMAT
    };
    let body = format.encode([("a", "1")]).unwrap();
    assert_eq!(body, b"<request><a><![CDATA[1]]></a></request>");
    assert_eq!(format.decode(&body).unwrap().get("a"), Some("1"));
    assert!(decode(&body).is_err());
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z_][A-Za-z0-9_.-]{0,12}",
        "[\u{4e00}-\u{4e10}][\u{4e00}-\u{4e10}0-9]{0,3}",
    ]
}

fn value() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("]]>".to_owned()),
        Just("]".to_owned()),
        Just("\r".to_owned()),
        Just("\r\n".to_owned()),
        Just("\n".to_owned()),
        Just("&".to_owned()),
        Just("<".to_owned()),
        Just("<![CDATA[".to_owned()),
        Just("&amp;".to_owned()),
        any::<char>()
            .prop_filter("an XML character", |&c| is_xml_char(c))
            .prop_map(String::from),
        "[a-z0-9 ]{0,8}",
    ];
    prop::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
}

fn members() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec((name(), value()), 0..12).prop_map(|mut members| {
        let mut seen = std::collections::HashSet::new();
        members.retain(|(n, _)| seen.insert(n.clone()));
        members
    })
}

proptest! {
    #[test]
    fn encode_then_decode_is_the_identity(members in members()) {
        let body = encode(members.iter().map(|(n, v)| (n, v))).unwrap();
        let fields = decode(&body).unwrap();
        let decoded: Vec<(String, String)> = fields
            .iter()
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
            .collect();
        prop_assert_eq!(decoded, members);
    }

    #[test]
    fn decode_never_panics_on_arbitrary_bytes(body in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = decode(&body);
    }

    #[test]
    fn decode_never_panics_on_a_damaged_document(
        members in members(),
        cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..4),
    ) {
        let mut body = encode(members.iter().map(|(n, v)| (n, v))).unwrap();
        for (index, byte, action) in cuts {
            if body.is_empty() {
                break;
            }
            let i = index.index(body.len());
            match action {
                0 => { body.remove(i); }
                1 => body.insert(i, byte),
                _ => body[i] = byte,
            }
        }
        let _ = decode(&body);
    }

    #[test]
    fn decode_never_panics_on_markup_soup(
        pieces in prop::collection::vec(prop_oneof![
            Just("<xml>"), Just("</xml>"), Just("<a>"), Just("</a>"), Just("<a/>"),
            Just("<![CDATA["), Just("]]>"), Just("<!--"), Just("-->"), Just("&"), Just(";"),
            Just("&#x"), Just("&#"), Just("<?xml version='1.0'?>"), Just("<?"), Just("?>"),
            Just("<!DOCTYPE"), Just("<"), Just(">"), Just("/"), Just(" "), Just("\r"),
            Just("é"), Just("1"), Just("="), Just("'"),
        ], 0..30),
    ) {
        let body = pieces.concat();
        let _ = decode(body.as_bytes());
    }
}
