//! The codec over `application/x-www-form-urlencoded` layouts: the same provider as
//! `codec_flat` (sorted-parameters MD5), its request and reply written as forms. Every value
//! travels as text and is read back exactly (an amount from its literal), and the signature
//! covers the members' decoded texts.

mod common;

use common::flat::{self, PayRequest, PayResponse, PROVIDER};
use common::{ctx, text};
use payspec_core::codec::{self, EnvelopeStatus, Message};
use payspec_core::descriptor::*;
use payspec_core::format::form;
use payspec_core::{Classification, Error, Money};

static FORM_REQUEST: Layout = Layout {
    name: "request",
    nodes: &[
        EnvelopeNode {
            wire: "merchant_id",
            kind: NodeKind::Fill(Fill::Config("merchant_id")),
        },
        EnvelopeNode {
            wire: "nonce_str",
            kind: NodeKind::Fill(Fill::Nonce(16)),
        },
        EnvelopeNode {
            wire: "",
            kind: NodeKind::Content(ContentPlacement::Inline),
        },
        EnvelopeNode {
            wire: "sign",
            kind: NodeKind::Signature,
        },
    ],
    coverage: Coverage::TopLevelExcept(&[]),
    format: BodyFormat::Form,
    content_type: Some("application/x-www-form-urlencoded; charset=utf-8"),
};

static FORM_RESPONSE: Layout = Layout {
    name: "response",
    nodes: &[
        EnvelopeNode {
            wire: "code",
            kind: NodeKind::Status(StatusPart::Code { integer: false }),
        },
        EnvelopeNode {
            wire: "msg",
            kind: NodeKind::Status(StatusPart::Message),
        },
        EnvelopeNode {
            wire: "",
            kind: NodeKind::Content(ContentPlacement::Inline),
        },
        EnvelopeNode {
            wire: "sign",
            kind: NodeKind::Signature,
        },
    ],
    coverage: Coverage::TopLevelExcept(&[]),
    format: BodyFormat::Form,
    content_type: None,
};

static FORM_PAY: OperationDescriptor = OperationDescriptor {
    request: &FORM_REQUEST,
    response: Some(&FORM_RESPONSE),
    outcome: OutcomeRules {
        signals: &[
            Signal {
                name: "code",
                path: &["code"],
            },
            Signal {
                name: "trade_state",
                path: &["trade_state"],
            },
        ],
        rules: &[Rule {
            when: &[Condition {
                signal: "code",
                test: Test::OneOf(&["0"]),
            }],
            then: RuleResult::FromState,
        }],
        otherwise: Classification::Unknown,
    },
    ..flat::MICROPAY
};

fn request() -> PayRequest {
    PayRequest {
        out_trade_no: "T 1&中文=+%".into(),
        ..flat::request()
    }
}

#[test]
fn a_form_request_is_written_as_text_members_and_verifies_back() {
    let message =
        codec::encode_request(&PROVIDER, &FORM_PAY, &request(), &flat::creds(), &ctx()).unwrap();
    assert_eq!(
        message.header("content-type"),
        Some("application/x-www-form-urlencoded; charset=utf-8")
    );
    let body = text(&message.body);
    assert!(body.starts_with("merchant_id=M100&nonce_str="), "{body}");
    // The amount as its literal, the order id escaped as the urlencoded serializer writes it.
    assert!(body.contains("&total_fee=1&"), "{body}");
    assert!(
        body.contains("out_trade_no=T+1%26%E4%B8%AD%E6%96%87%3D%2B%25"),
        "{body}"
    );
    let fields = form::decode(&message.body).unwrap();
    assert_eq!(fields.get("pay_type"), Some("micro"));
    assert_eq!(fields.iter().last().map(|(n, _)| n), Some("sign"));

    let back = codec::decode_request::<PayRequest>(&PROVIDER, &FORM_PAY, &message, &flat::creds())
        .unwrap();
    assert_eq!(back.content, request());
}

#[test]
fn a_changed_value_or_a_repeated_member_is_refused() {
    let message =
        codec::encode_request(&PROVIDER, &FORM_PAY, &request(), &flat::creds(), &ctx()).unwrap();
    let body = text(&message.body);
    let changed = Message {
        body: body.replace("total_fee=1&", "total_fee=100&").into_bytes(),
        headers: Vec::new(),
    };
    let refused =
        codec::decode_request::<PayRequest>(&PROVIDER, &FORM_PAY, &changed, &flat::creds())
            .unwrap_err();
    assert!(matches!(refused, Error::SignatureMismatch), "{refused}");
    let repeated = Message {
        body: format!("total_fee=100&{body}").into_bytes(),
        headers: Vec::new(),
    };
    let refused =
        codec::decode_request::<PayRequest>(&PROVIDER, &FORM_PAY, &repeated, &flat::creds())
            .unwrap_err();
    assert!(
        matches!(&refused, Error::Malformed(m) if m.contains("twice")),
        "{refused}"
    );
}

#[test]
fn a_form_reply_reads_amounts_from_their_text() {
    let status = EnvelopeStatus {
        code: Some("0".into()),
        message: Some("ok".into()),
        ..EnvelopeStatus::default()
    };
    let content = flat::response();
    let message = codec::encode_response(
        &PROVIDER,
        &FORM_PAY,
        &status,
        Some(&content),
        &flat::creds(),
        &ctx(),
    )
    .unwrap();
    let body = text(&message.body);
    // `paid` is yuan written as a number in JSON: here its literal text.
    assert!(body.contains("paid=0.01"), "{body}");
    let reply =
        codec::decode_response::<PayResponse>(&PROVIDER, &FORM_PAY, &message, &flat::creds())
            .unwrap();
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(reply.status, status);
    let body = reply.body.expect("content");
    assert_eq!(body, content);
    assert_eq!(body.paid, Some(Money::fen(1)));
}
