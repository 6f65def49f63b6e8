//! payspec-codegen: `load → validate → lower → emit`. Only `main` writes files.
pub mod names;
pub mod spec;
