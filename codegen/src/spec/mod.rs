//! The spec language and its loading.
pub mod de;
pub mod load;
pub mod locate;
pub mod model;
pub mod yaml;
