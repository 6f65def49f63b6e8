// @generated from tests/golden/hostile_names/spec.yaml by `codegen generate`; do not edit.

//! The descriptor tables of Hostile names fixture, as the runtime reads them.
/// Everything the runtime needs to know about this provider.
pub static PROVIDER: ::payspec_core::descriptor::ProviderDescriptor = ::payspec_core::descriptor::ProviderDescriptor {
    name: "hostile_names",
    signing: ::payspec_core::descriptor::SigningRecipe {
        algorithm: ::payspec_core::descriptor::Algorithm::HmacSha256,
        hex_case: ::payspec_core::descriptor::HexCase::Lower,
        placement: ::payspec_core::descriptor::Placement::Header {
            name: "Authorization",
            prefix_config: ::std::option::Option::Some("key_id"),
        },
        empty: ::payspec_core::descriptor::EmptyRule::Skip,
        pair_separator: "=",
        pairs_joiner: "&",
        key: ::payspec_core::descriptor::KeyRule::HmacKey,
        key_config: "secret",
        verify_key_config: ::std::option::Option::None,
        replies: ::payspec_core::descriptor::ReplySigning::Signed,
        signed_codes: &[],
        algorithm_choice: ::std::option::Option::None,
    },
    states: &[
        ::payspec_core::descriptor::StateEntry {
            wire: "ok",
            status: ::payspec_core::TradeStatus::Success,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "none",
            status: ::payspec_core::TradeStatus::Failed,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "wait-for-it",
            status: ::payspec_core::TradeStatus::Paying,
        },
    ],
    poll: ::payspec_core::descriptor::PollPolicy {
        first_query_after: ::core::time::Duration::from_millis(500),
        query_interval: ::core::time::Duration::from_millis(1000),
        max_queries: 3,
        deadline: ::core::time::Duration::from_millis(3000),
        reverse: ::payspec_core::descriptor::ReversePolicy {
            earliest_after_pay: ::core::time::Duration::from_millis(1000),
            max_attempts: 1,
            retry_interval: ::core::time::Duration::from_millis(1000),
        },
    },
    utc_offset_minutes: -330,
    rotating_config: &[],
};
/// How this provider answers, in its own wire values (spec `sandbox:`), for simulators.
#[cfg(feature = "sandbox")]
pub static SANDBOX: ::payspec_core::descriptor::SandboxAnswers = ::payspec_core::descriptor::SandboxAnswers {
    ok: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
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
        fields: &[("where", "\"Y\"")],
    },
    failed: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[("where", "\"N\"")],
    },
    system_error: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    bad_signature: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    invalid: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    duplicate_order: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        business: ::std::option::Option::None,
        by_operation: &[],
        fields: &[],
    },
    not_found: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
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
    title: "Hostile names fixture",
    operations: &[
        &super::pay::OPERATION,
        &super::query::OPERATION,
        &super::reverse::OPERATION,
    ],
    config: &[
        ::payspec_core::descriptor::ConfigKey {
            key: "key_id",
            sensitive: false,
            optional: false,
            doc: "",
        },
        ::payspec_core::descriptor::ConfigKey {
            key: "secret",
            sensitive: true,
            optional: false,
            doc: "",
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
        "pay" => ::payspec_core::validate::check_typed::<super::pay::PayRequest>(content),
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
            wire: "",
            kind: ::payspec_core::descriptor::NodeKind::Content(
                ::payspec_core::descriptor::ContentPlacement::Inline,
            ),
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::RawBody,
    format: ::payspec_core::descriptor::BodyFormat::Json,
    content_type: ::std::option::Option::None,
};
pub static LAYOUT_RESPONSE: ::payspec_core::descriptor::Layout = ::payspec_core::descriptor::Layout {
    name: "response",
    nodes: &[
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "",
            kind: ::payspec_core::descriptor::NodeKind::Content(
                ::payspec_core::descriptor::ContentPlacement::Inline,
            ),
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::RawBody,
    format: ::payspec_core::descriptor::BodyFormat::Json,
    content_type: ::std::option::Option::None,
};
