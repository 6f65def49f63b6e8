//! The one registry of runtime paths generated code uses, written in full: the I/O-free core
//! (`payspec_core`) and, behind the generated crate's `client` feature, the client
//! (`payspec_client`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// `::payspec_core`.
pub fn root() -> TokenStream {
    quote!(::payspec_core)
}

/// `::payspec_core::descriptor::NAME`.
pub fn descriptor(name: &str) -> TokenStream {
    let name = format_ident!("{}", name);
    quote!(::payspec_core::descriptor::#name)
}

/// `::payspec_core::wire::MODULE` as a string, for `#[serde(with = "...")]`.
pub fn wire_module(module: &str, optional: bool) -> String {
    if optional {
        format!("::payspec_core::wire::{module}_opt")
    } else {
        format!("::payspec_core::wire::{module}")
    }
}

/// `::payspec_core::validate::NAME`.
pub fn validate(name: &str) -> TokenStream {
    let name = format_ident!("{}", name);
    quote!(::payspec_core::validate::#name)
}

/// `::payspec_core::codec::NAME`.
pub fn codec(name: &str) -> TokenStream {
    let name = format_ident!("{}", name);
    quote!(::payspec_core::codec::#name)
}

/// `::payspec_client`: the transport, the one `exchange` and the unified gateway.
pub fn client() -> TokenStream {
    quote!(::payspec_client)
}
