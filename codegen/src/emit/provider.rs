//! A provider's `mod.rs` (descriptor, layouts, `Config`) and `types.rs` (enums, nested structs).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::descriptors;
use crate::emit::enums::emit_enum;
use crate::emit::types::{doc_attr, emit_struct, Scope};
use crate::ir::{LowerError, Provider};
use crate::rt;

pub fn module_file(p: &Provider) -> TokenStream {
    let mut doc = format!("{}\n\nGenerated from `{}`.", p.title, p.source_file);
    if let Some(d) = &p.doc {
        doc = format!(
            "{}\n\n{}\n\nGenerated from `{}`.",
            p.title,
            d.trim(),
            p.source_file
        );
    }
    let lines = doc.lines().map(|l| format!(" {l}"));
    let provider = descriptors::provider(p);
    let layouts = p.layouts.iter().map(descriptors::layout);
    let config = config(p);
    let modules = p.operations.iter().map(|op| {
        let m = format_ident!("{}", op.module);
        let doc = doc_attr(&op.doc);
        quote!(#doc pub mod #m;)
    });
    quote! {
        #(#![doc = #lines])*
        pub mod types;
        #(#modules)*
        pub use types::*;

        #provider
        #(#layouts)*
        #config
    }
}

fn config(p: &Provider) -> TokenStream {
    let root = rt::root();
    let fields = p.config.iter().map(|c| {
        let ident = format_ident!("{}", c.rust);
        let doc = doc_attr(&c.doc);
        let ty = if c.sensitive {
            quote!(#root::Redacted<::std::string::String>)
        } else {
            quote!(::std::string::String)
        };
        quote!(#doc pub #ident: #ty,)
    });
    let arms = p.config.iter().map(|c| {
        let ident = format_ident!("{}", c.rust);
        let key = &c.key;
        if c.sensitive {
            quote!(#key => ::std::option::Option::Some(self.#ident.expose().as_str()),)
        } else {
            quote!(#key => ::std::option::Option::Some(self.#ident.as_str()),)
        }
    });
    quote! {
        /// The merchant's configuration for this provider. Secrets are redacted in `Debug`.
        #[derive(Clone, Debug, PartialEq, Eq, ::serde::Deserialize)]
        pub struct Config {
            #(#fields)*
        }

        impl #root::Credentials for Config {
            fn value(&self, key: &str) -> ::std::option::Option<&str> {
                match key {
                    #(#arms)*
                    _ => ::std::option::Option::None,
                }
            }
        }
    }
}

pub fn types_file(p: &Provider) -> Result<TokenStream, LowerError> {
    let title = format!(" Types shared by the operations of {}.", p.title);
    let states = emit_enum(&p.states);
    let enums = p.enums.iter().map(emit_enum);
    let structs = p
        .structs
        .values()
        .map(|s| emit_struct(s, Scope::Types))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(quote! {
        #![doc = #title]
        #states
        #(#enums)*
        #(#structs)*
    })
}
