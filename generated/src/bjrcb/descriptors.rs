// @generated from specs/bjrcb.yaml by `codegen generate`; do not edit.

//! The descriptor tables of 北京农商银行聚合支付网关 — 支付宝条码支付 (ALIPAY_MICRO), as the runtime reads them.
/// Everything the runtime needs to know about this provider.
pub static PROVIDER: ::payspec_core::descriptor::ProviderDescriptor = ::payspec_core::descriptor::ProviderDescriptor {
    name: "bjrcb",
    signing: ::payspec_core::descriptor::SigningRecipe {
        algorithm: ::payspec_core::descriptor::Algorithm::Md5,
        hex_case: ::payspec_core::descriptor::HexCase::Upper,
        placement: ::payspec_core::descriptor::Placement::Field("sign"),
        empty: ::payspec_core::descriptor::EmptyRule::Skip,
        pair_separator: "=",
        pairs_joiner: "&",
        key: ::payspec_core::descriptor::KeyRule::AppendPair("key"),
        key_config: "key",
        verify_key_config: ::std::option::Option::None,
        replies: ::payspec_core::descriptor::ReplySigning::Signed,
        signed_codes: &[],
        algorithm_choice: ::std::option::Option::None,
    },
    states: &[
        ::payspec_core::descriptor::StateEntry {
            wire: "INIT",
            status: ::payspec_core::TradeStatus::NotPaid,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "SUCCESS",
            status: ::payspec_core::TradeStatus::Success,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "REFUND",
            status: ::payspec_core::TradeStatus::Refunded,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "NOTPAY",
            status: ::payspec_core::TradeStatus::NotPaid,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "CLOSED",
            status: ::payspec_core::TradeStatus::Closed,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "REVOKED",
            status: ::payspec_core::TradeStatus::Reversed,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "USERPAYING",
            status: ::payspec_core::TradeStatus::Paying,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "PAYERROR",
            status: ::payspec_core::TradeStatus::Failed,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "FAIL",
            status: ::payspec_core::TradeStatus::Failed,
        },
    ],
    poll: ::payspec_core::descriptor::PollPolicy {
        first_query_after: ::core::time::Duration::from_millis(5000),
        query_interval: ::core::time::Duration::from_millis(5000),
        max_queries: 5,
        deadline: ::core::time::Duration::from_millis(30000),
        reverse: ::payspec_core::descriptor::ReversePolicy {
            earliest_after_pay: ::core::time::Duration::from_millis(15000),
            max_attempts: 3,
            retry_interval: ::core::time::Duration::from_millis(2000),
        },
    },
    utc_offset_minutes: 480,
    rotating_config: &[],
};
/// How this provider answers, in its own wire values (spec `sandbox:`), for simulators.
#[cfg(feature = "sandbox")]
pub static SANDBOX: ::payspec_core::descriptor::SandboxAnswers = ::payspec_core::descriptor::SandboxAnswers {
    ok: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("SUCCESS"),
        message: ::std::option::Option::Some("OK"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[("result_code", "\"SUCCESS\"")],
    },
    paying: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::Some("USERPAYING"),
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[
            ("err_code_des", "\"需要用户输入支付密码\""),
            ("result_code", "\"FAIL\""),
        ],
    },
    failed: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("SUCCESS"),
        message: ::std::option::Option::Some("OK"),
        sub_code: ::std::option::Option::Some("NOTENOUGH"),
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[("err_code_des", "\"余额不足\""), ("result_code", "\"FAIL\"")],
    },
    system_error: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("SYSTEMERROR"),
        message: ::std::option::Option::Some("系统错误"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    bad_signature: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("SIGNERROR"),
        message: ::std::option::Option::Some("签名错误"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    invalid: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("PARAM_ERROR"),
        message: ::std::option::Option::Some("参数错误"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    duplicate_order: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("SUCCESS"),
        message: ::std::option::Option::Some("OK"),
        sub_code: ::std::option::Option::Some("OUT_TRADE_NO_USED"),
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[
            ("err_code_des", "\"商户订单号重复\""),
            ("result_code", "\"FAIL\""),
        ],
    },
    not_found: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("SUCCESS"),
        message: ::std::option::Option::Some("OK"),
        sub_code: ::std::option::Option::Some("ORDERNOTEXIST"),
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[("err_code_des", "\"订单不存在\""), ("result_code", "\"FAIL\"")],
    },
    reversed: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[("recall", "\"N\""), ("result_code", "\"SUCCESS\"")],
    },
    call_again: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::Some("SYSTEMERROR"),
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[
            ("err_code_des", "\"请再次调用撤销\""),
            ("recall", "\"Y\""),
            ("result_code", "\"FAIL\""),
        ],
    },
};
/// This provider as one value: gateways, simulators and tools drive any provider through it.
pub static MODULE: ::payspec_core::descriptor::ProviderModule = ::payspec_core::descriptor::ProviderModule {
    provider: &PROVIDER,
    title: "北京农商银行聚合支付网关 — 支付宝条码支付 (ALIPAY_MICRO)",
    operations: &[
        &super::micropay::OPERATION,
        &super::query::OPERATION,
        &super::reverse::OPERATION,
    ],
    config: &[
        ::payspec_core::descriptor::ConfigKey {
            key: "merchant_id",
            sensitive: false,
            optional: false,
            doc: "商户号 (mch_id)，由银行分配。",
        },
        ::payspec_core::descriptor::ConfigKey {
            key: "key",
            sensitive: true,
            optional: false,
            doc: "签名密钥 (MD5 key)，由银行分配。",
        },
    ],
    check_request,
    encode_request,
    #[cfg(feature = "sandbox")]
    sandbox: ::std::option::Option::Some(&SANDBOX),
    #[cfg(not(feature = "sandbox"))]
    sandbox: ::std::option::Option::None,
};
/// Operation `op`'s typed request read from JSON content, validated and encoded by its
/// generated encoder.
fn encode_request(
    op: &str,
    content: &::payspec_core::json::Json,
    config: &dyn ::payspec_core::Credentials,
    ctx: &::payspec_core::EncodeContext,
) -> ::std::result::Result<::payspec_core::Message, ::payspec_core::Error> {
    match op {
        "micropay" => {
            ::payspec_core::validate::typed::<super::micropay::MicropayRequest>(content)
                .map_err(::payspec_core::Error::Invalid)?
                .encode(config, ctx)
        }
        "query" => {
            ::payspec_core::validate::typed::<super::query::QueryRequest>(content)
                .map_err(::payspec_core::Error::Invalid)?
                .encode(config, ctx)
        }
        "reverse" => {
            ::payspec_core::validate::typed::<super::reverse::ReverseRequest>(content)
                .map_err(::payspec_core::Error::Invalid)?
                .encode(config, ctx)
        }
        other => {
            ::std::result::Result::Err(
                ::payspec_core::Error::Encode(::std::format!("no operation `{other}`")),
            )
        }
    }
}
/// The checks the typed request of operation `op` makes, on JSON content.
fn check_request(
    op: &str,
    content: &::payspec_core::json::Json,
) -> ::std::result::Result<(), ::payspec_core::Violations> {
    match op {
        "micropay" => {
            ::payspec_core::validate::check_typed::<
                super::micropay::MicropayRequest,
            >(content)
        }
        "query" => {
            ::payspec_core::validate::check_typed::<super::query::QueryRequest>(content)
        }
        "reverse" => {
            ::payspec_core::validate::check_typed::<
                super::reverse::ReverseRequest,
            >(content)
        }
        other => {
            let mut out = ::payspec_core::Violations::default();
            out.push("", "(operation)", ::std::format!("no operation `{other}`"));
            ::std::result::Result::Err(out)
        }
    }
}
pub static LAYOUT_REQUEST: ::payspec_core::descriptor::Layout = ::payspec_core::descriptor::Layout {
    name: "request",
    nodes: &[
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "service_type",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::OperationMethod,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "mch_id",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Config("merchant_id"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "nonce_str",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Nonce(32),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "",
            kind: ::payspec_core::descriptor::NodeKind::Content(
                ::payspec_core::descriptor::ContentPlacement::Inline,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign",
            kind: ::payspec_core::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::TopLevelExcept(&["sign"]),
    format: ::payspec_core::descriptor::BodyFormat::Json,
    content_type: ::std::option::Option::None,
};
pub static LAYOUT_RESPONSE: ::payspec_core::descriptor::Layout = ::payspec_core::descriptor::Layout {
    name: "response",
    nodes: &[
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "return_code",
            kind: ::payspec_core::descriptor::NodeKind::Status(::payspec_core::descriptor::StatusPart::Code {
                integer: false,
            }),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "return_msg",
            kind: ::payspec_core::descriptor::NodeKind::Status(
                ::payspec_core::descriptor::StatusPart::Message,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "err_code",
            kind: ::payspec_core::descriptor::NodeKind::Status(
                ::payspec_core::descriptor::StatusPart::SubCode,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "mch_id",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Config("merchant_id"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "nonce_str",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Nonce(32),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "",
            kind: ::payspec_core::descriptor::NodeKind::Content(
                ::payspec_core::descriptor::ContentPlacement::Inline,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign",
            kind: ::payspec_core::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::TopLevelExcept(&["sign"]),
    format: ::payspec_core::descriptor::BodyFormat::Json,
    content_type: ::std::option::Option::None,
};
