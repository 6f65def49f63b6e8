//! The spec language and its loading.
pub mod load;
pub mod locate;
pub mod model;
