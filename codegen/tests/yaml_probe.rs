fn from<T: serde::de::DeserializeOwned>(y: &str) -> Result<T, serde_yaml::Error> {
    serde_yaml::with::singleton_map_recursive::deserialize(serde_yaml::Deserializer::from_str(y))
}
#[test]
fn probe() {
    let y = r#"
algorithm: md5
hex: upper
placement: {field: sign}
key: {append_pair: key}
key_config: key
replies: signed
"#;
    let s: payspec_codegen::spec::model::SigningSpec = from(y).unwrap();
    println!("{s:?}");
    let y2 = "fill: operation_method\nwire: x\n";
    let n: payspec_codegen::spec::model::NodeSpec = from(y2).unwrap();
    println!("{n:?}");
    let y3 = "fill: {timestamp: rfc3339}\nwire: x\n";
    let n: payspec_codegen::spec::model::NodeSpec = from(y3).unwrap();
    println!("{n:?}");
    let y4 = "when: {code: [0], need_query: {none_of: [N]}, x: present}\nthen: failed\n";
    let n: payspec_codegen::spec::model::RuleSpec = from(y4).unwrap();
    println!("{n:?}");
    let y5 = "key: suffix\nalgorithm: md5\nhex: upper\nplacement: {field: sign}\nkey_config: key\nreplies: signed\nbogus: 1\n";
    let e = from::<payspec_codegen::spec::model::SigningSpec>(y5).unwrap_err();
    println!("{e}");
}
