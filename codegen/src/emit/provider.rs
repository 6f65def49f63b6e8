//! A provider's `mod.rs` (`Config`, the typed `Client`), `types.rs` (enums, nested structs) and
//! `descriptors.rs` (the provider's tables: descriptor, layouts, module, sandbox answers).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::descriptors;
use crate::emit::enums::emit_enum;
use crate::emit::types::{doc_attr, emit_struct, Scope, Side};
use crate::ir::{LowerError, Provider};
use crate::rt;
use crate::spec::model::DirectionSpec;

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
    let config = config(p);
    let client = client(p);
    let modules = p.operations.iter().map(|op| {
        let m = format_ident!("{}", op.module);
        let doc = doc_attr(&op.doc);
        quote!(#doc pub mod #m;)
    });
    let layouts = p.layouts.iter().map(|l| format_ident!("{}", l.static_name));
    quote! {
        #(#![doc = #lines])*
        pub mod types;
        #(#modules)*
        mod descriptors;

        pub use types::*;
        pub use descriptors::{PROVIDER, MODULE, #(#layouts),*};
        #[cfg(feature = "sandbox")]
        pub use descriptors::SANDBOX;

        #config
        #client
    }
}

/// The provider's own tables, after the types a reader looks for first: what the runtime
/// interprets (descriptor, layouts) and the provider as one value (`MODULE`, `SANDBOX`).
pub fn descriptors_file(p: &Provider) -> TokenStream {
    let title = format!(
        " The descriptor tables of {}, as the runtime reads them.",
        p.title
    );
    let provider = descriptors::provider(p);
    let module = descriptors::module(p);
    let layouts = p.layouts.iter().map(descriptors::layout);
    quote! {
        #![doc = #title]
        #provider
        #module
        #(#layouts)*
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
        if c.optional {
            return quote!(#doc #[serde(default)] pub #ident: ::std::option::Option<#ty>,);
        }
        quote!(#doc pub #ident: #ty,)
    });
    let arms = p.config.iter().map(|c| {
        let ident = format_ident!("{}", c.rust);
        let key = &c.key;
        if c.optional {
            return if c.sensitive {
                quote!(#key => self.#ident.as_ref().map(|v| v.expose().as_str()),)
            } else {
                quote!(#key => self.#ident.as_deref(),)
            };
        }
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

/// The typed client: one async method per outbound operation, each calling the runtime's one
/// `exchange_with` with the operation's generated encoder (which validates first) and reply
/// decoder; and the way to the unified `Gateway`.
fn client(p: &Provider) -> TokenStream {
    let root = rt::root();
    let client = rt::client();
    let exchange = quote!(#client::exchange::exchange_with);
    let methods = p
        .operations
        .iter()
        .filter(|op| op.direction == DirectionSpec::Outbound)
        .filter_map(|op| {
            let response = op.response.as_ref()?;
            let m = format_ident!("{}", op.module);
            let request = format_ident!("{}", op.request.name);
            let response = format_ident!("{}", response.name);
            let doc = format!(
                " `{}`: validates the request (every violation, nothing sent), then sends it \
                 signed and returns the verified, classified reply.",
                op.name
            );
            Some(quote! {
                #[doc = #doc]
                pub async fn #m(&self, request: &#m::#request) -> ::std::result::Result<#root::Reply<#m::#response>, #root::Error> {
                    #exchange(
                        &PROVIDER,
                        &#m::OPERATION,
                        &self.base_url,
                        |config, ctx| request.encode(config, ctx),
                        #m::#response::decode,
                        &self.config,
                        self.store.as_deref(),
                        &*self.transport,
                    )
                    .await
                }
            })
        });
    let title = format!(" A typed client for {}.", p.title);
    quote! {
        #[doc = #title]
        #[cfg(feature = "client")]
        #[derive(Clone)]
        pub struct Client {
            config: Config,
            store: ::std::option::Option<::std::sync::Arc<dyn #root::CredentialStore>>,
            base_url: ::std::string::String,
            transport: ::std::sync::Arc<dyn #client::transport::Transport>,
        }

        #[cfg(feature = "client")]
        impl ::std::fmt::Debug for Client {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("Client")
                    .field("config", &self.config)
                    .field("base_url", &self.base_url)
                    .finish_non_exhaustive()
            }
        }

        #[cfg(feature = "client")]
        impl Client {
            /// `base_url` is the provider's host (and any prefix); operation paths are appended.
            pub fn new(config: Config, base_url: impl ::std::convert::Into<::std::string::String>, transport: ::std::sync::Arc<dyn #client::transport::Transport>) -> Self {
                Client { config, store: ::std::option::Option::None, base_url: base_url.into(), transport }
            }

            /// Keeps the configuration values an operation's reply hands out or rotates in
            /// `store` (in memory, or the journal's, shared by every instance), and reads them
            /// over `Config` for every call, so the next call signs with the new value.
            pub fn with_credential_store(mut self, store: ::std::sync::Arc<dyn #root::CredentialStore>) -> Self {
                self.store = ::std::option::Option::Some(store);
                self
            }

            #(#methods)*

            /// The same provider behind the unified, object-safe `Gateway`, so a cashier backend
            /// can switch providers by configuration alone.
            pub fn into_gateway(self) -> #client::SpecGateway {
                let gateway = #client::SpecGateway::new(&MODULE, ::std::sync::Arc::new(self.config), self.base_url, self.transport);
                match self.store {
                    ::std::option::Option::Some(store) => gateway.with_credential_store(store),
                    ::std::option::Option::None => gateway,
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
        .map(|s| emit_struct(p, s, Scope::Types, Side::Built))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(quote! {
        #![doc = #title]
        #states
        #(#enums)*
        #(#structs)*
    })
}
