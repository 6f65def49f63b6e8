//! payspec: the provider simulator, the chaos engine and the `payspec` CLI; the workspace's
//! cross-crate tests (`tests/`) and benches live beside them.
pub use payspec_client as client;
pub use payspec_core as core;
pub use payspec_generated as providers;
pub use payspec_journal as journal;
pub use payspec_notify as notify;
pub mod chaos;
pub mod cli;
pub mod sandbox;
