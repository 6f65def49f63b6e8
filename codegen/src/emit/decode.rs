//! The generated reply `decode`: the runtime's one-pass reader
//! (`payspec_core::codec::read::reply`) with the operation's classification rules compiled to a
//! `match` over the signals' text, and the interpreter (`codec::decode_response`) for whatever
//! the reader leaves to it (refusals, failures to read, shapes it does not read itself), so every
//! reply is answered exactly as the interpreter answers it.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::enums::status_variant;
use crate::emit::types::wire_adapter;
use crate::ir::{Kind, LowerError, Operation, Provider, Struct};
use crate::rt;
use crate::spec::model::{ResultSpec, ScalarSpec, TaggedTest, TestKeyword, TestSpec};

/// The body of `Response::decode`.
pub fn response_decode(p: &Provider, op: &Operation) -> TokenStream {
    let read = rt::codec("read");
    let decode_response = rt::codec("decode_response");
    // The one-pass reader reads JSON signed with one fixed algorithm and one status level;
    // anything else goes to the interpreter alone.
    if !crate::emit::encode::one_pass_reply(p, op) {
        return quote!(#decode_response(&super::PROVIDER, &OPERATION, message, config));
    }
    let root = rt::root();
    let classify = classifier(p, op);
    quote! {
        /// The operation's classification rules, compiled: first match wins.
        #[allow(clippy::nonminimal_bool)]
        fn classify(signals: &[::std::option::Option<::std::borrow::Cow<'_, str>>]) -> #root::Classification {
            #classify
        }
        match #read::reply::<Self>(&super::PROVIDER, &OPERATION, message, config, classify) {
            ::std::option::Option::Some(reply) => ::std::result::Result::Ok(reply),
            ::std::option::Option::None => #decode_response(&super::PROVIDER, &OPERATION, message, config),
        }
    }
}

/// `impl Content for <Op>Response`: the reply's content read from its members as received, a
/// `match` on each member's name that reads its value by the field's type (texts sharing the
/// body, amounts and times by their `wire` adapter's `from_raw`, enums and flags by the core's
/// readers, anything else by its serde derive); a member the struct does not list is skipped
/// (the reader keeps it as `extra`), and the count of those it took tells the reader whether
/// there are any. What the struct's serde derive would refuse answers `None`.
pub fn content_reader(s: &Struct) -> Result<TokenStream, LowerError> {
    let read = rt::codec("read");
    let name = format_ident!("{}", s.name);
    let some = quote!(::std::option::Option::Some);
    let mut locals = Vec::new();
    let mut arms = Vec::new();
    let mut inits = Vec::new();
    for f in &s.fields {
        let ident = format_ident!("{}", f.rust);
        let local = format_ident!("f_{}", f.rust);
        let wire = &f.wire;
        let required = f.required;
        let value = match (&f.kind, wire_adapter(&f.kind)?) {
            (_, Some(module)) => {
                let path: TokenStream = rt::wire_module(module, !required)
                    .parse()
                    .map_err(|_| LowerError(format!("bad adapter path for `{wire}`")))?;
                quote!(#path::from_raw(raw).ok()?)
            }
            (Kind::String { .. }, None) if !f.sensitive => {
                if required {
                    quote!(content.text(raw)?)
                } else {
                    quote!(content.text_opt(raw)?)
                }
            }
            (Kind::Flag, None) => {
                if required {
                    quote!(#read::flag(raw)?)
                } else {
                    quote!(#read::flag_opt(raw)?)
                }
            }
            (Kind::Enum(_) | Kind::State, None) => {
                if required {
                    quote!(#read::open_enum(raw)?)
                } else {
                    quote!(#read::open_enum_opt(raw)?)
                }
            }
            _ => quote!(#read::other(raw)?),
        };
        let value = if required {
            quote!(#some(#value))
        } else {
            value
        };
        locals.push(quote!(let mut #local = ::std::option::Option::None;));
        arms.push(quote!(#wire => #local = #value,));
        inits.push(if required {
            quote!(#ident: #local?)
        } else {
            quote!(#ident: #local)
        });
    }
    let (content, walk) = if s.fields.is_empty() {
        (quote!(_content), None)
    } else {
        let walk = quote! {
            let mut listed = 0;
            for (name, raw) in content.iter() {
                match name {
                    #(#arms)*
                    _ => continue,
                }
                listed += 1;
            }
            content.listed(listed);
        };
        (quote!(content), Some(walk))
    };
    Ok(quote! {
        /// Read from the reply's members as received (`codec::read::reply`).
        impl #read::Content for #name {
            fn read(#content: &#read::Members<'_>) -> ::std::option::Option<Self> {
                #(#locals)*
                #walk
                #some(#name { #(#inits),* })
            }
        }
    })
}

/// The body of `fn classify(signals) -> Classification`: the rules, first match wins, over the signals' text in the
/// descriptor's order (the spec's signal names, sorted).
fn classifier(p: &Provider, op: &Operation) -> TokenStream {
    let root = rt::root();
    let class = |name: &str| {
        let c = format_ident!("{}", name);
        quote!(#root::Classification::#c)
    };
    let names: Vec<&String> = op.outcome.signals.keys().collect();
    let bindings = names.iter().enumerate().map(|(i, name)| {
        let ident = format_ident!("s_{}", crate::names::field_name(name));
        quote!(#[allow(unused_variables)] let #ident: ::std::option::Option<&str> = signals[#i].as_deref();)
    });
    let signal = |name: &str| {
        if names.iter().any(|n| n.as_str() == name) {
            let ident = format_ident!("s_{}", crate::names::field_name(name));
            quote!(#ident)
        } else {
            quote!(::std::option::Option::<&str>::None)
        }
    };
    let texts = |list: &Vec<ScalarSpec>| {
        let items: Vec<String> = list.iter().map(ScalarSpec::as_text).collect();
        quote!(::std::option::Option::Some(#(#items)|*))
    };
    let from_state = {
        let state = signal("trade_state");
        let arms = p.states.variants.iter().filter_map(|v| {
            let wire = &v.wire;
            let status = format_ident!("{}", status_variant(v.status?));
            Some(quote!(::std::option::Option::Some(#wire) => #root::TradeStatus::#status.classification(),))
        });
        let unknown = class("Unknown");
        quote!(match #state { #(#arms)* _ => #unknown })
    };
    let result = |r: ResultSpec| match r.classification() {
        Some(name) => class(name),
        None => from_state.clone(),
    };
    // An if-else chain, first match wins. Consecutive rules with the same result share one
    // branch (`||`), a rule without conditions ends the chain, and rules at the end that give
    // what `otherwise` gives are left out: each changes nothing.
    let mut groups: Vec<(ResultSpec, Vec<Vec<TokenStream>>)> = Vec::new();
    let mut unconditional = None;
    for rule in &op.outcome.rules {
        let conditions: Vec<TokenStream> = rule
            .when
            .iter()
            .map(|(name, test)| {
                let s = signal(name);
                match test {
                    TestSpec::OneOfList(list) | TestSpec::Tagged(TaggedTest::OneOf(list)) => {
                        let pattern = texts(list);
                        quote!(::std::matches!(#s, #pattern))
                    }
                    TestSpec::Tagged(TaggedTest::NoneOf(list)) => {
                        let pattern = texts(list);
                        quote!(!::std::matches!(#s, #pattern))
                    }
                    TestSpec::Keyword(TestKeyword::Present) => quote!(#s.is_some()),
                    TestSpec::Keyword(TestKeyword::Absent) => quote!(#s.is_none()),
                }
            })
            .collect();
        if conditions.is_empty() {
            unconditional = Some(rule.then);
            break;
        }
        match groups.last_mut() {
            Some((then, any)) if *then == rule.then => any.push(conditions),
            _ => groups.push((rule.then, vec![conditions])),
        }
    }
    let last = unconditional.unwrap_or(match op.outcome.otherwise {
        ResultSpec::FromState => ResultSpec::Unknown,
        r => r,
    });
    while groups.last().is_some_and(|(then, _)| *then == last) {
        groups.pop();
    }
    let mut chain = result(last);
    for (i, (then, any)) in groups.iter().enumerate().rev() {
        let then = result(*then);
        let any: Vec<TokenStream> = if any.len() == 1 {
            let all = &any[0];
            vec![quote!(#(#all)&&*)]
        } else {
            any.iter()
                .map(|all| {
                    if all.len() == 1 {
                        all[0].clone()
                    } else {
                        quote!((#(#all)&&*))
                    }
                })
                .collect()
        };
        chain = if i + 1 == groups.len() {
            quote!(if #(#any)||* { #then } else { #chain })
        } else {
            quote!(if #(#any)||* { #then } else #chain)
        };
    }
    quote! {
        #(#bindings)*
        #chain
    }
}
