//! Small hand-written descriptors in the shapes the real specs use, and their content structs.
#![allow(dead_code)] // each test file uses a part

pub mod flat;
pub mod fubei;
pub mod header;
pub mod micro;
pub mod nested;

use std::collections::BTreeMap;

use payspec_runtime::descriptor::{PollPolicy, ReversePolicy};
use payspec_runtime::EncodeContext;

pub const POLL: PollPolicy = PollPolicy {
    first_query_after: core::time::Duration::from_secs(5),
    query_interval: core::time::Duration::from_secs(5),
    max_queries: 6,
    deadline: core::time::Duration::from_secs(30),
    reverse: ReversePolicy {
        earliest_after_pay: core::time::Duration::from_secs(15),
        max_attempts: 3,
        retry_interval: core::time::Duration::from_secs(2),
    },
};

/// A fixed context so that bodies and signatures are reproducible.
pub fn ctx() -> EncodeContext {
    EncodeContext {
        unix_time: 1_532_513_165,
        nonce: "ibuaiVcKdpRxkhJAabcdefghijklmnop".into(),
        message_id: "7f1c2a4e-8b3d-4c5e-9f60-123456789abc".into(),
    }
}

pub fn creds(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}
