// @generated from tests/golden/form_rsa/spec.yaml by `codegen generate`; do not edit.

//! The descriptor tables of Form and RSA fixture, as the runtime reads them.
/// Everything the runtime needs to know about this provider.
pub static PROVIDER: ::payspec_core::descriptor::ProviderDescriptor = ::payspec_core::descriptor::ProviderDescriptor {
    name: "form_rsa",
    signing: ::payspec_core::descriptor::SigningRecipe {
        algorithm: ::payspec_core::descriptor::Algorithm::Asymmetric(
            ::payspec_core::asymmetric::AsymmetricAlgorithm::RsaPkcs1Sha256,
        ),
        hex_case: ::payspec_core::descriptor::HexCase::Lower,
        placement: ::payspec_core::descriptor::Placement::Field("sign"),
        empty: ::payspec_core::descriptor::EmptyRule::Skip,
        pair_separator: "=",
        pairs_joiner: "&",
        key: ::payspec_core::descriptor::KeyRule::PrivateKey,
        key_config: "app_private_key",
        verify_key_config: ::std::option::Option::Some("peer_public_key"),
        replies: ::payspec_core::descriptor::ReplySigning::Signed,
        signed_codes: &[],
        algorithm_choice: ::std::option::Option::None,
    },
    states: &[
        ::payspec_core::descriptor::StateEntry {
            wire: "TRADE_SUCCESS",
            status: ::payspec_core::TradeStatus::Success,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "WAIT_BUYER_PAY",
            status: ::payspec_core::TradeStatus::Paying,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "TRADE_CLOSED",
            status: ::payspec_core::TradeStatus::Closed,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "TRADE_FROZEN",
            status: ::payspec_core::TradeStatus::Attention,
        },
    ],
    poll: ::payspec_core::descriptor::PollPolicy {
        first_query_after: ::core::time::Duration::from_millis(5000),
        query_interval: ::core::time::Duration::from_millis(5000),
        max_queries: 6,
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
        code: ::std::option::Option::Some("10000"),
        message: ::std::option::Option::Some("Success"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    paying: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("10003"),
        message: ::std::option::Option::Some("in process"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[
            (
                "query",
                &::payspec_core::descriptor::Answer {
                    code: ::std::option::Option::Some("10000"),
                    message: ::std::option::Option::Some("Success"),
                    sub_code: ::std::option::Option::None,
                    business: ::std::option::Option::None,
                    by_operation: &[],
                    fields: &[],
                },
            ),
        ],
        fields: &[],
    },
    failed: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("40004"),
        message: ::std::option::Option::Some("Business Failed"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::Some(::payspec_core::descriptor::AnswerLevel {
            code: ::std::option::Option::Some("BALANCE_NOT_ENOUGH"),
            message: ::std::option::Option::Some("no funds"),
            sub_code: ::std::option::Option::None,
        }),
        by_operation: &[
            (
                "query",
                &::payspec_core::descriptor::Answer {
                    code: ::std::option::Option::Some("10000"),
                    message: ::std::option::Option::Some("Success"),
                    sub_code: ::std::option::Option::None,
                    business: ::std::option::Option::None,
                    by_operation: &[],
                    fields: &[],
                },
            ),
        ],
        fields: &[],
    },
    system_error: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("20000"),
        message: ::std::option::Option::Some("Service Unavailable"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    bad_signature: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("40002"),
        message: ::std::option::Option::Some("Invalid Arguments"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    invalid: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("40004"),
        message: ::std::option::Option::Some("Business Failed"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    duplicate_order: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("40004"),
        message: ::std::option::Option::Some("Business Failed"),
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    not_found: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("40004"),
        message: ::std::option::Option::Some("Business Failed"),
        sub_code: ::std::option::Option::None,
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
    title: "Form and RSA fixture",
    operations: &[
        &super::pay::OPERATION,
        &super::query::OPERATION,
        &super::cancel::OPERATION,
    ],
    config: &[
        ::payspec_core::descriptor::ConfigKey {
            key: "app_id",
            sensitive: false,
            optional: false,
            doc: "",
        },
        ::payspec_core::descriptor::ConfigKey {
            key: "app_private_key",
            sensitive: true,
            optional: false,
            doc: "This side's RSA private key (PEM).",
        },
        ::payspec_core::descriptor::ConfigKey {
            key: "peer_public_key",
            sensitive: false,
            optional: false,
            doc: "The other side's RSA public key (PEM).",
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
        "pay" => {
            ::payspec_core::validate::typed::<super::pay::PayRequest>(content)
                .map_err(::payspec_core::Error::Invalid)?
                .encode(config, ctx)
        }
        "query" => {
            ::payspec_core::validate::typed::<super::query::QueryRequest>(content)
                .map_err(::payspec_core::Error::Invalid)?
                .encode(config, ctx)
        }
        "cancel" => {
            ::payspec_core::validate::typed::<super::cancel::CancelRequest>(content)
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
        "pay" => ::payspec_core::validate::check_typed::<super::pay::PayRequest>(content),
        "query" => {
            ::payspec_core::validate::check_typed::<super::query::QueryRequest>(content)
        }
        "cancel" => {
            ::payspec_core::validate::check_typed::<
                super::cancel::CancelRequest,
            >(content)
        }
        other => {
            let mut out = ::payspec_core::Violations::default();
            out.push("", "(operation)", ::std::format!("no operation `{other}`"));
            ::std::result::Result::Err(out)
        }
    }
}
pub static LAYOUT_CANCEL_RESPONSE: ::payspec_core::descriptor::Layout = ::payspec_core::descriptor::Layout {
    name: "cancel_response",
    nodes: &[
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "trade_cancel_response",
            kind: ::payspec_core::descriptor::NodeKind::Object(
                &[
                    ::payspec_core::descriptor::EnvelopeNode {
                        wire: "code",
                        kind: ::payspec_core::descriptor::NodeKind::Status(::payspec_core::descriptor::StatusPart::Code {
                            integer: false,
                        }),
                    },
                    ::payspec_core::descriptor::EnvelopeNode {
                        wire: "msg",
                        kind: ::payspec_core::descriptor::NodeKind::Status(
                            ::payspec_core::descriptor::StatusPart::Message,
                        ),
                    },
                    ::payspec_core::descriptor::EnvelopeNode {
                        wire: "sub_code",
                        kind: ::payspec_core::descriptor::NodeKind::BusinessStatus(::payspec_core::descriptor::StatusPart::Code {
                            integer: false,
                        }),
                    },
                    ::payspec_core::descriptor::EnvelopeNode {
                        wire: "sub_msg",
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
                ],
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign",
            kind: ::payspec_core::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::RawObject("trade_cancel_response"),
    format: ::payspec_core::descriptor::BodyFormat::Json,
    content_type: ::std::option::Option::None,
};
pub static LAYOUT_PAY_RESPONSE: ::payspec_core::descriptor::Layout = ::payspec_core::descriptor::Layout {
    name: "pay_response",
    nodes: &[
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "trade_pay_response",
            kind: ::payspec_core::descriptor::NodeKind::Object(
                &[
                    ::payspec_core::descriptor::EnvelopeNode {
                        wire: "code",
                        kind: ::payspec_core::descriptor::NodeKind::Status(::payspec_core::descriptor::StatusPart::Code {
                            integer: false,
                        }),
                    },
                    ::payspec_core::descriptor::EnvelopeNode {
                        wire: "msg",
                        kind: ::payspec_core::descriptor::NodeKind::Status(
                            ::payspec_core::descriptor::StatusPart::Message,
                        ),
                    },
                    ::payspec_core::descriptor::EnvelopeNode {
                        wire: "sub_code",
                        kind: ::payspec_core::descriptor::NodeKind::BusinessStatus(::payspec_core::descriptor::StatusPart::Code {
                            integer: false,
                        }),
                    },
                    ::payspec_core::descriptor::EnvelopeNode {
                        wire: "sub_msg",
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
                ],
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign",
            kind: ::payspec_core::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::RawObject("trade_pay_response"),
    format: ::payspec_core::descriptor::BodyFormat::Json,
    content_type: ::std::option::Option::None,
};
pub static LAYOUT_QUERY_RESPONSE: ::payspec_core::descriptor::Layout = ::payspec_core::descriptor::Layout {
    name: "query_response",
    nodes: &[
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "trade_query_response",
            kind: ::payspec_core::descriptor::NodeKind::Object(
                &[
                    ::payspec_core::descriptor::EnvelopeNode {
                        wire: "code",
                        kind: ::payspec_core::descriptor::NodeKind::Status(::payspec_core::descriptor::StatusPart::Code {
                            integer: false,
                        }),
                    },
                    ::payspec_core::descriptor::EnvelopeNode {
                        wire: "msg",
                        kind: ::payspec_core::descriptor::NodeKind::Status(
                            ::payspec_core::descriptor::StatusPart::Message,
                        ),
                    },
                    ::payspec_core::descriptor::EnvelopeNode {
                        wire: "sub_code",
                        kind: ::payspec_core::descriptor::NodeKind::BusinessStatus(::payspec_core::descriptor::StatusPart::Code {
                            integer: false,
                        }),
                    },
                    ::payspec_core::descriptor::EnvelopeNode {
                        wire: "sub_msg",
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
                ],
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign",
            kind: ::payspec_core::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::RawObject("trade_query_response"),
    format: ::payspec_core::descriptor::BodyFormat::Json,
    content_type: ::std::option::Option::None,
};
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
            wire: "sign_type",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Const("RSA2"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "timestamp",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Timestamp(
                    ::payspec_core::descriptor::TimestampFormat::DateTime,
                ),
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
    coverage: ::payspec_core::descriptor::Coverage::TopLevelExcept(&[]),
    format: ::payspec_core::descriptor::BodyFormat::Form,
    content_type: ::std::option::Option::Some(
        "application/x-www-form-urlencoded; charset=utf-8",
    ),
};
