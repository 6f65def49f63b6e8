// @generated from specs/wechatpay.yaml by `codegen generate`; do not edit.

//! The descriptor tables of 微信支付 商户平台 API v2 — 付款码支付 (micropay, orderquery, reverse), as the runtime reads them.
/// Everything the runtime needs to know about this provider.
pub static PROVIDER: ::payspec_core::descriptor::ProviderDescriptor = ::payspec_core::descriptor::ProviderDescriptor {
    name: "wechatpay",
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
        signed_codes: &["SUCCESS"],
        algorithm_choice: ::std::option::Option::Some(::payspec_core::descriptor::AlgorithmChoice {
            config: "sign_type",
            values: &[
                ("HMAC-SHA256", ::payspec_core::descriptor::Algorithm::HmacSha256),
                ("MD5", ::payspec_core::descriptor::Algorithm::Md5),
            ],
        }),
    },
    states: &[
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
            wire: "ACCEPT",
            status: ::payspec_core::TradeStatus::Paying,
        },
    ],
    poll: ::payspec_core::descriptor::PollPolicy {
        first_query_after: ::core::time::Duration::from_millis(5000),
        query_interval: ::core::time::Duration::from_millis(10000),
        max_queries: 5,
        deadline: ::core::time::Duration::from_millis(45000),
        reverse: ::payspec_core::descriptor::ReversePolicy {
            earliest_after_pay: ::core::time::Duration::from_millis(15000),
            max_attempts: 10,
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
        code: ::std::option::Option::Some("SUCCESS"),
        message: ::std::option::Option::Some("OK"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::Some(::payspec_core::descriptor::AnswerLevel {
            code: ::std::option::Option::Some("SUCCESS"),
            message: ::std::option::Option::None,
            sub_code: ::std::option::Option::None,
        }),
        by_operation: &[],
        fields: &[],
    },
    paying: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("SUCCESS"),
        message: ::std::option::Option::Some("OK"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::Some(::payspec_core::descriptor::AnswerLevel {
            code: ::std::option::Option::Some("FAIL"),
            message: ::std::option::Option::Some("需要用户输入支付密码"),
            sub_code: ::std::option::Option::Some("USERPAYING"),
        }),
        by_operation: &[
            (
                "orderquery",
                &::payspec_core::descriptor::Answer {
                    code: ::std::option::Option::Some("SUCCESS"),
                    message: ::std::option::Option::Some("OK"),
                    sub_code: ::std::option::Option::None,
                    business: ::std::option::Option::Some(::payspec_core::descriptor::AnswerLevel {
                        code: ::std::option::Option::Some("SUCCESS"),
                        message: ::std::option::Option::None,
                        sub_code: ::std::option::Option::None,
                    }),
                    by_operation: &[],
                    fields: &[],
                },
            ),
        ],
        fields: &[],
    },
    failed: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("SUCCESS"),
        message: ::std::option::Option::Some("OK"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::Some(::payspec_core::descriptor::AnswerLevel {
            code: ::std::option::Option::Some("FAIL"),
            message: ::std::option::Option::Some("余额不足"),
            sub_code: ::std::option::Option::Some("NOTENOUGH"),
        }),
        by_operation: &[
            (
                "orderquery",
                &::payspec_core::descriptor::Answer {
                    code: ::std::option::Option::Some("SUCCESS"),
                    message: ::std::option::Option::Some("OK"),
                    sub_code: ::std::option::Option::None,
                    business: ::std::option::Option::Some(::payspec_core::descriptor::AnswerLevel {
                        code: ::std::option::Option::Some("SUCCESS"),
                        message: ::std::option::Option::None,
                        sub_code: ::std::option::Option::None,
                    }),
                    by_operation: &[],
                    fields: &[
                        ("trade_state_desc", "\"支付失败，请重新下单支付\""),
                    ],
                },
            ),
        ],
        fields: &[],
    },
    system_error: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("SUCCESS"),
        message: ::std::option::Option::Some("OK"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::Some(::payspec_core::descriptor::AnswerLevel {
            code: ::std::option::Option::Some("FAIL"),
            message: ::std::option::Option::Some("接口返回错误"),
            sub_code: ::std::option::Option::Some("SYSTEMERROR"),
        }),
        by_operation: &[
            (
                "orderquery",
                &::payspec_core::descriptor::Answer {
                    code: ::std::option::Option::Some("SUCCESS"),
                    message: ::std::option::Option::Some("OK"),
                    sub_code: ::std::option::Option::None,
                    business: ::std::option::Option::Some(::payspec_core::descriptor::AnswerLevel {
                        code: ::std::option::Option::Some("FAIL"),
                        message: ::std::option::Option::Some("系统错误"),
                        sub_code: ::std::option::Option::Some("SYSTEMERROR"),
                    }),
                    by_operation: &[],
                    fields: &[],
                },
            ),
        ],
        fields: &[],
    },
    bad_signature: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("FAIL"),
        message: ::std::option::Option::Some("签名失败"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    invalid: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("FAIL"),
        message: ::std::option::Option::Some("参数格式校验错误"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    duplicate_order: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("SUCCESS"),
        message: ::std::option::Option::Some("OK"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::Some(::payspec_core::descriptor::AnswerLevel {
            code: ::std::option::Option::Some("FAIL"),
            message: ::std::option::Option::Some("商户订单号重复"),
            sub_code: ::std::option::Option::Some("OUT_TRADE_NO_USED"),
        }),
        by_operation: &[],
        fields: &[],
    },
    not_found: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("SUCCESS"),
        message: ::std::option::Option::Some("OK"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::Some(::payspec_core::descriptor::AnswerLevel {
            code: ::std::option::Option::Some("FAIL"),
            message: ::std::option::Option::Some("此交易订单号不存在"),
            sub_code: ::std::option::Option::Some("ORDERNOTEXIST"),
        }),
        by_operation: &[],
        fields: &[],
    },
    reversed: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[("recall", "\"N\"")],
    },
    call_again: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[("recall", "\"Y\"")],
    },
};
/// This provider as one value: gateways, simulators and tools drive any provider through it.
pub static MODULE: ::payspec_core::descriptor::ProviderModule = ::payspec_core::descriptor::ProviderModule {
    provider: &PROVIDER,
    title: "微信支付 商户平台 API v2 — 付款码支付 (micropay, orderquery, reverse)",
    operations: &[
        &super::micropay::OPERATION,
        &super::orderquery::OPERATION,
        &super::reverse::OPERATION,
    ],
    config: &[
        ::payspec_core::descriptor::ConfigKey {
            key: "appid",
            sensitive: false,
            optional: false,
            doc: "公众账号ID：微信支付分配的公众账号ID（企业号corpid即为此appId），与 mch_id 绑定。",
        },
        ::payspec_core::descriptor::ConfigKey {
            key: "mch_id",
            sensitive: false,
            optional: false,
            doc: "商户号：微信支付分配的商户号。",
        },
        ::payspec_core::descriptor::ConfigKey {
            key: "key",
            sensitive: true,
            optional: false,
            doc: "API 密钥（商户平台 → 账户设置 → API安全 → 密钥设置），MD5 和 HMAC-SHA256 签名都用它。",
        },
        ::payspec_core::descriptor::ConfigKey {
            key: "sign_type",
            sensitive: false,
            optional: true,
            doc: "签名类型 `MD5` 或 `HMAC-SHA256`（商户自选）；left out, MD5 (the pages: \"默认为MD5\"). Sent as\n`sign_type` with every request; replies are verified with the same algorithm.\n",
        },
        ::payspec_core::descriptor::ConfigKey {
            key: "client_cert",
            sensitive: false,
            optional: false,
            doc: "商户 API 证书 apiclient_cert.pem（撤销订单需要双向证书），PEM。",
        },
        ::payspec_core::descriptor::ConfigKey {
            key: "client_key",
            sensitive: true,
            optional: false,
            doc: "商户 API 证书私钥 apiclient_key.pem，PEM，未加密。",
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
        "orderquery" => {
            ::payspec_core::validate::typed::<
                super::orderquery::OrderqueryRequest,
            >(content)
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
        "orderquery" => {
            ::payspec_core::validate::check_typed::<
                super::orderquery::OrderqueryRequest,
            >(content)
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
            wire: "appid",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Config("appid"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "mch_id",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Config("mch_id"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "nonce_str",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Nonce(32),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign_type",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::SigningAlgorithm,
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
    coverage: ::payspec_core::descriptor::Coverage::TopLevelExcept(&[]),
    format: ::payspec_core::descriptor::BodyFormat::Xml(::payspec_core::format::xml::XmlFormat {
        root: "xml",
        max_bytes: ::payspec_core::format::xml::XmlFormat::DEFAULT_MAX_BYTES,
        max_members: ::payspec_core::format::xml::XmlFormat::DEFAULT_MAX_MEMBERS,
    }),
    content_type: ::std::option::Option::Some("text/xml; charset=utf-8"),
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
            wire: "appid",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Config("appid"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "mch_id",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Config("mch_id"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "nonce_str",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Nonce(32),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "result_code",
            kind: ::payspec_core::descriptor::NodeKind::BusinessStatus(::payspec_core::descriptor::StatusPart::Code {
                integer: false,
            }),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "err_code",
            kind: ::payspec_core::descriptor::NodeKind::BusinessStatus(
                ::payspec_core::descriptor::StatusPart::SubCode,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "err_code_des",
            kind: ::payspec_core::descriptor::NodeKind::BusinessStatus(
                ::payspec_core::descriptor::StatusPart::Message,
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
    coverage: ::payspec_core::descriptor::Coverage::TopLevelExcept(&[]),
    format: ::payspec_core::descriptor::BodyFormat::Xml(::payspec_core::format::xml::XmlFormat {
        root: "xml",
        max_bytes: ::payspec_core::format::xml::XmlFormat::DEFAULT_MAX_BYTES,
        max_members: ::payspec_core::format::xml::XmlFormat::DEFAULT_MAX_MEMBERS,
    }),
    content_type: ::std::option::Option::Some("application/xml; charset=utf-8"),
};
