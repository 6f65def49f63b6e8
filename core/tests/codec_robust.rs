//! Whatever arrives, decoding answers with a value or an `Error`, never a panic.

mod common;

use common::{ctx, fubei, header, nested};
use payspec_core::codec::{self, Message};
use proptest::prelude::*;
use serde_json::Value;

fn decode_everywhere(message: &Message) {
    let _ = codec::decode_response::<Value>(
        &common::flat::PROVIDER,
        &common::flat::MICROPAY,
        message,
        &common::flat::creds(),
    );
    let _ = codec::decode_request::<Value>(
        &common::flat::PROVIDER,
        &common::flat::MICROPAY,
        message,
        &common::flat::creds(),
    );
    let _ = codec::decode_response::<nested::PayResponse>(
        &nested::PROVIDER,
        &nested::PAY,
        message,
        &nested::creds(),
    );
    let _ = codec::decode_response::<fubei::SwipeResponse>(
        &fubei::PROVIDER,
        &fubei::SWIPE,
        message,
        &fubei::creds(),
    );
    let _ = codec::decode_request::<fubei::SwipeResponse>(
        &fubei::PROVIDER,
        &fubei::NOTIFY,
        message,
        &fubei::creds(),
    );
    let _ = codec::decode_response::<header::PayResponse>(
        &header::PROVIDER,
        &header::PAY,
        message,
        &header::creds(),
    );
}

fn valid_bodies() -> Vec<Vec<u8>> {
    let flat = codec::encode_request(
        &common::flat::PROVIDER,
        &common::flat::MICROPAY,
        &common::flat::request(),
        &common::flat::creds(),
        &ctx(),
    )
    .unwrap();
    let nested = codec::encode_response(
        &nested::PROVIDER,
        &nested::PAY,
        &Default::default(),
        Some(&nested::response()),
        &nested::creds(),
        &ctx(),
    )
    .unwrap();
    let fubei = codec::encode_request(
        &fubei::PROVIDER,
        &fubei::SWIPE,
        &fubei::request(),
        &fubei::creds(),
        &ctx(),
    )
    .unwrap();
    vec![flat.body, nested.body, fubei.body]
}

proptest! {
    #[test]
    fn random_bytes_never_panic(body in proptest::collection::vec(any::<u8>(), 0..200)) {
        decode_everywhere(&Message { body, headers: vec![] });
    }

    #[test]
    fn json_shaped_text_never_panics(body in r#"[{}\[\]":,0-9a-z .\\-]{0,120}"#) {
        decode_everywhere(&Message { body: body.into_bytes(), headers: vec![("Authorization".into(), "k x".into())] });
    }

    #[test]
    fn mutated_valid_messages_never_panic(which in 0usize..3, at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut body = valid_bodies().swap_remove(which);
        let i = at.index(body.len());
        body[i] = byte;
        decode_everywhere(&Message { body, headers: vec![] });
    }
}
