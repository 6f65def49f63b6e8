// @generated from specs/fubei.yaml by `codegen generate`; do not edit.

//! The descriptor tables of 付呗 Fubei 开放平台 — 付款码支付 (openapi.payment.order.swipe), as the runtime reads them.
/// Everything the runtime needs to know about this provider.
pub static PROVIDER: ::payspec_core::descriptor::ProviderDescriptor = ::payspec_core::descriptor::ProviderDescriptor {
    name: "fubei",
    signing: ::payspec_core::descriptor::SigningRecipe {
        algorithm: ::payspec_core::descriptor::Algorithm::Md5,
        hex_case: ::payspec_core::descriptor::HexCase::Upper,
        placement: ::payspec_core::descriptor::Placement::Field("sign"),
        empty: ::payspec_core::descriptor::EmptyRule::Skip,
        pair_separator: "=",
        pairs_joiner: "&",
        key: ::payspec_core::descriptor::KeyRule::Suffix,
        key_config: "app_secret",
        verify_key_config: ::std::option::Option::None,
        replies: ::payspec_core::descriptor::ReplySigning::Unsigned,
        signed_codes: &[],
        algorithm_choice: ::std::option::Option::None,
    },
    states: &[
        ::payspec_core::descriptor::StateEntry {
            wire: "USERPAYING",
            status: ::payspec_core::TradeStatus::Paying,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "SUCCESS",
            status: ::payspec_core::TradeStatus::Success,
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
            wire: "PAYERROR",
            status: ::payspec_core::TradeStatus::Failed,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "REFUND",
            status: ::payspec_core::TradeStatus::Refunded,
        },
    ],
    poll: ::payspec_core::descriptor::PollPolicy {
        first_query_after: ::core::time::Duration::from_millis(5000),
        query_interval: ::core::time::Duration::from_millis(5000),
        max_queries: 6,
        deadline: ::core::time::Duration::from_millis(35000),
        reverse: ::payspec_core::descriptor::ReversePolicy {
            earliest_after_pay: ::core::time::Duration::from_millis(15000),
            max_attempts: 3,
            retry_interval: ::core::time::Duration::from_millis(5000),
        },
    },
    utc_offset_minutes: 480,
    rotating_config: &[],
};
/// How this provider answers, in its own wire values (spec `sandbox:`), for simulators.
#[cfg(feature = "sandbox")]
pub static SANDBOX: ::payspec_core::descriptor::SandboxAnswers = ::payspec_core::descriptor::SandboxAnswers {
    ok: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("200"),
        message: ::std::option::Option::Some("成功"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    paying: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    failed: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("400"),
        message: ::std::option::Option::Some("失败"),
        sub_code: ::std::option::Option::Some("NOTENOUGH"),
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    system_error: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("500"),
        message: ::std::option::Option::Some("系统繁忙"),
        sub_code: ::std::option::Option::Some("SYSTEM_ERROR"),
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    bad_signature: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("400"),
        message: ::std::option::Option::Some("签名错误"),
        sub_code: ::std::option::Option::Some("SIGN_ERROR"),
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    invalid: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("400"),
        message: ::std::option::Option::Some("参数错误"),
        sub_code: ::std::option::Option::Some("INVALID_PARAMETER"),
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    duplicate_order: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("400"),
        message: ::std::option::Option::Some("订单号重复"),
        sub_code: ::std::option::Option::Some("ORDER_EXISTS"),
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    not_found: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("400"),
        message: ::std::option::Option::Some("订单不存在"),
        sub_code: ::std::option::Option::Some("ORDER_NOT_EXIST"),
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    reversed: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    call_again: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
};
/// This provider as one value: gateways, simulators and tools drive any provider through it.
pub static MODULE: ::payspec_core::descriptor::ProviderModule = ::payspec_core::descriptor::ProviderModule {
    provider: &PROVIDER,
    title: "付呗 Fubei 开放平台 — 付款码支付 (openapi.payment.order.swipe)",
    operations: &[
        &super::swipe::OPERATION,
        &super::query::OPERATION,
        &super::reverse::OPERATION,
    ],
    config: &[
        ::payspec_core::descriptor::ConfigKey {
            key: "app_id",
            sensitive: false,
            optional: false,
            doc: "开放平台 app_id（付呗分配）。",
        },
        ::payspec_core::descriptor::ConfigKey {
            key: "app_secret",
            sensitive: true,
            optional: false,
            doc: "开放平台 app_secret（签名密钥）。",
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
        "swipe" => {
            ::payspec_core::validate::typed::<super::swipe::SwipeRequest>(content)
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
        "swipe" => {
            ::payspec_core::validate::check_typed::<super::swipe::SwipeRequest>(content)
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
            wire: "app_id",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Config("app_id"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "method",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::OperationMethod,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "format",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Const("json"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign_method",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Const("md5"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "nonce",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Nonce(16),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "version",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Const("1.0"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "biz_content",
            kind: ::payspec_core::descriptor::NodeKind::Content(
                ::payspec_core::descriptor::ContentPlacement::JsonString,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign",
            kind: ::payspec_core::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::Fields(
        &["app_id", "method", "format", "sign_method", "nonce", "version", "biz_content"],
    ),
    format: ::payspec_core::descriptor::BodyFormat::Json,
    content_type: ::std::option::Option::None,
};
pub static LAYOUT_RESPONSE: ::payspec_core::descriptor::Layout = ::payspec_core::descriptor::Layout {
    name: "response",
    nodes: &[
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "result_code",
            kind: ::payspec_core::descriptor::NodeKind::Status(::payspec_core::descriptor::StatusPart::Code {
                integer: true,
            }),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "result_message",
            kind: ::payspec_core::descriptor::NodeKind::Status(
                ::payspec_core::descriptor::StatusPart::Message,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "data",
            kind: ::payspec_core::descriptor::NodeKind::Content(
                ::payspec_core::descriptor::ContentPlacement::Object,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sub_code",
            kind: ::payspec_core::descriptor::NodeKind::Status(
                ::payspec_core::descriptor::StatusPart::SubCode,
            ),
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::TopLevelExcept(&[]),
    format: ::payspec_core::descriptor::BodyFormat::Json,
    content_type: ::std::option::Option::None,
};
