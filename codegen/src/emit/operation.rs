//! One operation module: its request and response structs with their thin codec methods first,
//! then the descriptor table the runtime reads. The server's half of the codec (what only a
//! simulator does) is behind the generated crate's `server` feature.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::types::{emit_struct, Scope, Side};
use crate::emit::{descriptors, encode};
use crate::ir::{Kind, LowerError, Operation, Provider};
use crate::rt;
use crate::spec::model::DirectionSpec;

pub fn operation_file(p: &Provider, op: &Operation) -> Result<TokenStream, LowerError> {
    let mut doc = format!("`{}` ({:?}, {:?}).", op.name, op.role, op.direction).to_lowercase();
    doc = format!("Operation {doc}");
    if let Some(d) = &op.doc {
        doc.push_str(&format!("\n\n{}", d.trim()));
    }
    if let Some(a) = &op.assumption {
        doc.push_str(&format!(
            "\n\nAssumed (not in the provider's document): {}",
            a.trim()
        ));
    }
    let lines = doc.lines().map(|l| format!(" {l}"));
    let descriptor = descriptors::operation(p, op);
    let request = emit_struct(p, &op.request, Scope::Operation, Side::Built)?;
    let request_impl = request_methods(p, op);
    let (response, response_impl) = match &op.response {
        Some(s) => (
            Some(emit_struct(p, s, Scope::Operation, Side::Reply)?),
            Some({
                let methods = response_methods(p, op, s);
                let reader = crate::emit::decode::content_reader(s)?;
                quote!(#methods #reader)
            }),
        ),
        None => (None, None),
    };
    Ok(quote! {
        #(#![doc = #lines])*
        #request
        #request_impl
        #response
        #response_impl
        #descriptor
    })
}

/// `#[cfg(feature = "server")]`: the provider's side of an exchange.
fn server_only() -> TokenStream {
    quote!(#[cfg(feature = "server")])
}

fn request_methods(p: &Provider, op: &Operation) -> TokenStream {
    let root = rt::root();
    let name = format_ident!("{}", op.request.name);
    let encode_request = rt::codec("encode_request");
    let decode_request = rt::codec("decode_request");
    // Specialised at generation time where the layout allows (`emit::encode`), else the
    // interpreter.
    let body = encode::request(p, op).unwrap_or_else(
        || quote!(#encode_request(&super::PROVIDER, &OPERATION, self, config, ctx)),
    );
    let encode = quote! {
        pub fn encode(&self, config: &dyn #root::Credentials, ctx: &#root::EncodeContext) -> ::std::result::Result<#root::Message, #root::Error> {
            #root::Validate::validate(self).map_err(#root::Error::Invalid)?;
            #body
        }
    };
    let decode = quote! {
        pub fn decode(message: &#root::Message, config: &dyn #root::Credentials) -> ::std::result::Result<#root::Inbound<Self>, #root::Error> {
            #decode_request(&super::PROVIDER, &OPERATION, message, config)
        }
    };
    let server = server_only();
    // The merchant encodes its requests and decodes the notifications it receives; the other
    // direction of each is the provider's.
    let methods = match op.direction {
        DirectionSpec::Outbound => quote! {
            /// Validates, then encodes the signed request (client side). Nothing is encoded when
            /// validation fails: every violation is returned.
            #encode
            /// Verifies the merchant's signature and parses a received request (server side,
            /// for a simulator).
            #server
            #decode
        },
        DirectionSpec::Inbound => quote! {
            /// Verifies the provider's signature over the bytes as received, then parses the
            /// notification.
            #decode
            /// Validates, then encodes a signed notification (the provider's side, for a
            /// simulator).
            #server
            #encode
        },
    };
    let ack = op.ack.as_ref().map(|a| {
        quote! {
            /// The plain-text acknowledgement to answer once the notification is recorded.
            pub const ACK: &'static str = #a;
        }
    });
    quote! {
        impl #name {
            #ack
            #methods
        }
    }
}

fn response_methods(p: &Provider, op: &Operation, s: &crate::ir::Struct) -> TokenStream {
    let root = rt::root();
    let name = format_ident!("{}", s.name);
    let decode = crate::emit::decode::response_decode(p, op);
    let encode_response = rt::codec("encode_response");
    let server = server_only();
    // Specialised when there is content and the layout allows (`emit::encode`); a reply
    // without content (a failure) and other layouts go through the interpreter.
    let interpreted =
        quote!(#encode_response(&super::PROVIDER, &OPERATION, status, content, config, ctx));
    let encode_reply = match encode::reply(p, op) {
        Some(body) => quote! {
            let ::std::option::Option::Some(body) = content else {
                return #interpreted;
            };
            #body
        },
        None => interpreted,
    };
    let state = s.fields.iter().find(|f| f.kind == Kind::State).map(|f| {
        let ident = format_ident!("{}", f.rust);
        let value = if f.required {
            quote!(::std::option::Option::Some(&self.#ident))
        } else {
            quote!(self.#ident.as_ref())
        };
        quote! {
            /// The provider's trade state, if the reply carries one.
            pub fn trade_state(&self) -> ::std::option::Option<&super::types::TradeState> {
                #value
            }
            /// The unified status; `None` when absent or not listed in the spec (unknown).
            pub fn trade_status(&self) -> ::std::option::Option<#root::TradeStatus> {
                self.trade_state().and_then(super::types::TradeState::status)
            }
        }
    });
    quote! {
        impl #name {
            /// Verifies the provider's signature over the bytes as received, then parses and
            /// classifies the reply (client side): in one pass over the received bytes, with the
            /// operation's rules compiled in; what that pass does not settle itself is answered
            /// by the runtime's interpreter, exactly.
            pub fn decode(message: &#root::Message, config: &dyn #root::Credentials) -> ::std::result::Result<#root::Reply<Self>, #root::Error> {
                #decode
            }
            /// Encodes a signed reply with this envelope status; `content` may be absent for a
            /// failure (server side, for a simulator).
            #server
            pub fn encode(content: ::std::option::Option<&Self>, status: &#root::EnvelopeStatus, config: &dyn #root::Credentials, ctx: &#root::EncodeContext) -> ::std::result::Result<#root::Message, #root::Error> {
                #encode_reply
            }
            #state
        }
    }
}
