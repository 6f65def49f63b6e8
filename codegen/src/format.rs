//! The one formatter: tokens → `syn::File` → prettyplease, behind an `@generated` header.

use proc_macro2::TokenStream;

use crate::ir::LowerError;

/// Formats a whole file. `source` is the spec it came from (`specs/pooul.yaml`).
pub fn rust_file(source: &str, tokens: TokenStream) -> Result<String, LowerError> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| LowerError(format!("generated tokens do not parse: {e}")))?;
    Ok(format!(
        "// @generated from {source} by `codegen generate`; do not edit.\n\n{}",
        prettyplease::unparse(&file)
    ))
}
