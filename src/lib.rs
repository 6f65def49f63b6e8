//! payspec: the workspace root package. It holds the cross-crate tests (`tests/`) and benches.
pub use payspec_generated as providers;
pub use payspec_runtime as runtime;
pub mod chaos;
pub mod cli;
pub mod notify;
mod routes;
pub mod sandbox;
