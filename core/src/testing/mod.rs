//! Fixtures for the tests of the crates built on this one (feature `test-support`): a small
//! hand-written provider in the shape the real specs use ([`micro`]), a poll policy short enough
//! for paused-clock tests, and a fixed encode context so that bodies and signatures are
//! reproducible. Never part of a default build.

use std::collections::BTreeMap;

use crate::descriptor::{
    Algorithm, EmptyRule, HexCase, KeyRule, Placement, PollPolicy, ReplySigning, ReversePolicy,
    SigningRecipe,
};
use crate::EncodeContext;

pub mod micro;

/// Query after 5 s, every 5 s, up to 6 times within 30 s; reverse no earlier than 15 s.
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

/// The test providers' signing: members sorted by name as `k=v` joined with `&`, empty ones
/// left out, `&key=KEY` appended, MD5 in upper-case hex in member `sign`; replies signed.
pub const MD5_SORTED_PAIRS: SigningRecipe = SigningRecipe {
    algorithm: Algorithm::Md5,
    hex_case: HexCase::Upper,
    placement: Placement::Field("sign"),
    empty: EmptyRule::Skip,
    pair_separator: "=",
    pairs_joiner: "&",
    key: KeyRule::AppendPair("key"),
    key_config: "key",
    verify_key_config: None,
    replies: ReplySigning::Signed,
    signed_codes: &[],
    algorithm_choice: None,
};

/// A fixed context so that bodies and signatures are reproducible.
pub fn ctx() -> EncodeContext {
    EncodeContext {
        unix_time: 1_532_513_165,
        nonce: "ibuaiVcKdpRxkhJAabcdefghijklmnop".into(),
        message_id: "7f1c2a4e-8b3d-4c5e-9f60-123456789abc".into(),
    }
}

/// Runs the `openssl` command with `args` in `dir`, for cross-checks of signatures: `None`,
/// and a `SKIPPED` note on stderr, when the command is not there.
pub fn openssl(dir: &std::path::Path, args: &[&str]) -> Option<std::process::Output> {
    match std::process::Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
    {
        Ok(output) => Some(output),
        Err(e) => {
            eprintln!("SKIPPED: the openssl command is not available ({e}); RSA not cross-checked");
            None
        }
    }
}

/// Credentials from `(key, value)` pairs.
pub fn creds(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}
