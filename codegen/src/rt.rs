//! The one registry of runtime paths generated code uses, written in full.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// `::payspec_runtime`.
pub fn root() -> TokenStream {
    quote!(::payspec_runtime)
}

/// `::payspec_runtime::descriptor::NAME`.
pub fn descriptor(name: &str) -> TokenStream {
    let name = format_ident!("{}", name);
    quote!(::payspec_runtime::descriptor::#name)
}

/// `::payspec_runtime::wire::MODULE` as a string, for `#[serde(with = "...")]`.
pub fn wire_module(module: &str, optional: bool) -> String {
    if optional {
        format!("::payspec_runtime::wire::{module}_opt")
    } else {
        format!("::payspec_runtime::wire::{module}")
    }
}

/// `::payspec_runtime::validate::NAME`.
pub fn validate(name: &str) -> TokenStream {
    let name = format_ident!("{}", name);
    quote!(::payspec_runtime::validate::#name)
}

/// `::payspec_runtime::codec::NAME`.
pub fn codec(name: &str) -> TokenStream {
    let name = format_ident!("{}", name);
    quote!(::payspec_runtime::codec::#name)
}
