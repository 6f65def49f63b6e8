//! payspec-codegen: `load → validate → lower → emit`. Only `main` writes files.
pub mod diagnostic;
pub mod names;
pub mod spec;
