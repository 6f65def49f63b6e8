//! Open enums: the listed variants plus `Unknown`, which holds any other value as received (a
//! `payspec_core::wire::UnknownValue`, which nothing but `from_wire` makes, so it never holds a
//! listed value). The wire text round-trips; every text is a value.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::types::doc_attr;
use crate::ir::Enum;
use crate::rt;
use crate::spec::model::StatusNameSpec;

pub fn emit_enum(e: &Enum) -> TokenStream {
    let name = format_ident!("{}", e.name);
    let open = "Open: a value the spec does not list decodes as `Unknown`, kept as received,\n\
                and new variants may be added: match with a wildcard arm, or compare `as_str()`.";
    let doc = doc_attr(&Some(match &e.doc {
        Some(d) => format!("{}\n\n{open}", d.trim()),
        None => open.to_string(),
    }));
    let root = rt::root();
    let variants = e.variants.iter().map(|v| {
        let ident = format_ident!("{}", v.rust);
        let text = match &v.doc {
            Some(d) => format!("`{}`: {}", v.wire, d),
            None => format!("`{}`", v.wire),
        };
        let doc = doc_attr(&Some(text));
        quote!(#doc #ident,)
    });
    let methods = inherent_methods(e);
    let wire_enum = wire_enum_impl(e);
    let conversions = conversions(e);
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value the spec does not list, as received (never one it lists).
            Unknown(#root::wire::UnknownValue<#name>),
        }

        #methods
        #wire_enum
        #conversions
    }
}

/// `as_str` and, for trade states, `status`.
fn inherent_methods(e: &Enum) -> TokenStream {
    let name = format_ident!("{}", e.name);
    let as_str = e.variants.iter().map(|v| {
        let ident = format_ident!("{}", v.rust);
        let wire = &v.wire;
        quote!(#name::#ident => #wire,)
    });
    let status = e
        .variants
        .iter()
        .any(|v| v.status.is_some())
        .then(|| status_method(e));
    quote! {
        impl #name {
            /// The wire text.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#as_str)*
                    #name::Unknown(value) => value.as_str(),
                }
            }
            #status
        }
    }
}

fn status_method(e: &Enum) -> TokenStream {
    let root = rt::root();
    let name = format_ident!("{}", e.name);
    let arms = e.variants.iter().filter_map(|v| {
        let ident = format_ident!("{}", v.rust);
        let status = format_ident!("{}", status_variant(v.status?));
        Some(quote!(#name::#ident => ::std::option::Option::Some(#root::TradeStatus::#status),))
    });
    quote! {
        /// The unified status; `None` for a value the spec does not list (treat as unknown).
        pub fn status(&self) -> ::std::option::Option<#root::TradeStatus> {
            match self {
                #(#arms)*
                #name::Unknown(_) => ::std::option::Option::None,
            }
        }
    }
}

fn wire_enum_impl(e: &Enum) -> TokenStream {
    let root = rt::root();
    let name = format_ident!("{}", e.name);
    let listed = e.variants.iter().map(|v| {
        let ident = format_ident!("{}", v.rust);
        let wire = &v.wire;
        quote!(#wire => ::std::option::Option::Some(#name::#ident),)
    });
    let integer = e.integer;
    quote! {
        impl #root::WireEnum for #name {
            const INTEGER: bool = #integer;
            fn as_wire(&self) -> &str {
                self.as_str()
            }
            fn listed(raw: &str) -> ::std::option::Option<Self> {
                match raw {
                    #(#listed)*
                    _ => ::std::option::Option::None,
                }
            }
            fn unknown(value: #root::wire::UnknownValue<Self>) -> Self {
                #name::Unknown(value)
            }
        }
    }
}

/// From and to text (`From<&str>`, `FromStr`, `Display`) and serde, all through `WireEnum`.
fn conversions(e: &Enum) -> TokenStream {
    let root = rt::root();
    let name = format_ident!("{}", e.name);
    quote! {
        /// Every text is a value: a listed one its variant, any other `Unknown`.
        impl ::std::convert::From<&str> for #name {
            fn from(raw: &str) -> Self {
                #root::WireEnum::from_wire(raw)
            }
        }

        /// Never fails: see `From<&str>`.
        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(raw: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(#root::WireEnum::from_wire(raw))
            }
        }

        /// The wire text.
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
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
        StatusNameSpec::Attention => "Attention",
    }
}
