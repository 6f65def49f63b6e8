//! The spec language and its loading.
pub mod model;
