//! Open enums: listed variants plus `Unknown(String)`, wire text round-trips.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::types::doc_attr;
use crate::ir::Enum;
use crate::rt;
use crate::spec::model::StatusNameSpec;

pub fn emit_enum(e: &Enum) -> TokenStream {
    let root = rt::root();
    let name = format_ident!("{}", e.name);
    let doc = doc_attr(&e.doc);
    let variants = e.variants.iter().map(|v| {
        let ident = format_ident!("{}", v.rust);
        let text = match &v.doc {
            Some(d) => format!("`{}`: {}", v.wire, d),
            None => format!("`{}`", v.wire),
        };
        let doc = doc_attr(&Some(text));
        quote!(#doc #ident,)
    });
    let as_wire = e.variants.iter().map(|v| {
        let ident = format_ident!("{}", v.rust);
        let wire = &v.wire;
        quote!(#name::#ident => #wire,)
    });
    let from_wire = e.variants.iter().map(|v| {
        let ident = format_ident!("{}", v.rust);
        let wire = &v.wire;
        quote!(#wire => #name::#ident,)
    });
    let integer = e.integer;
    let status = e
        .variants
        .iter()
        .any(|v| v.status.is_some())
        .then(|| emit_status(e));
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum #name {
            #(#variants)*
            /// A value the spec does not list, kept as received.
            Unknown(::std::string::String),
        }

        impl #root::WireEnum for #name {
            const INTEGER: bool = #integer;
            fn as_wire(&self) -> &str {
                match self {
                    #(#as_wire)*
                    #name::Unknown(raw) => raw,
                }
            }
            fn from_wire(raw: &str) -> Self {
                match raw {
                    #(#from_wire)*
                    other => #name::Unknown(::std::string::ToString::to_string(other)),
                }
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                #root::wire::serialize_enum(self, serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                #root::wire::deserialize_enum(deserializer)
            }
        }

        #status
    }
}

fn emit_status(e: &Enum) -> TokenStream {
    let root = rt::root();
    let name = format_ident!("{}", e.name);
    let arms = e.variants.iter().filter_map(|v| {
        let ident = format_ident!("{}", v.rust);
        let status = format_ident!("{}", status_variant(v.status?));
        Some(quote!(#name::#ident => ::std::option::Option::Some(#root::TradeStatus::#status),))
    });
    quote! {
        impl #name {
            /// The unified status; `None` for a value the spec does not list (treat as unknown).
            pub fn status(&self) -> ::std::option::Option<#root::TradeStatus> {
                match self {
                    #(#arms)*
                    #name::Unknown(_) => ::std::option::Option::None,
                }
            }
        }
    }
}

pub fn status_variant(s: StatusNameSpec) -> &'static str {
    match s {
        StatusNameSpec::Success => "Success",
        StatusNameSpec::Paying => "Paying",
        StatusNameSpec::NotPaid => "NotPaid",
        StatusNameSpec::Closed => "Closed",
        StatusNameSpec::Reversed => "Reversed",
        StatusNameSpec::Refunded => "Refunded",
        StatusNameSpec::Failed => "Failed",
    }
}
