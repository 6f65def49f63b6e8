//! Small hand-written descriptors in the shapes the real specs use, and their content structs.
#![allow(dead_code)] // each test file uses a part

pub mod flat;
pub mod fubei;
pub mod header;
pub mod nested;

pub use payspec_core::testing::{creds, ctx, POLL};

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}
