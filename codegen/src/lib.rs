//! payspec-codegen: `load → validate → lower → emit`. Only `main` writes files.
pub mod diagnostic;
pub mod emit;
pub mod format;
pub mod ir;
pub mod names;
pub mod pipeline;
pub mod rt;
pub mod schema;
pub mod spec;
pub mod validate;
