//! Structs (request, response, nested) and their `Validate` impls.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Field, Kind, LowerError, Struct};
use crate::rt;
use crate::spec::model::{CharsetSpec, MoneyUnitSpec, TimestampFormatSpec, WireAsSpec};

/// Where provider-level types (enums, nested structs) are reached from the emitting module.
#[derive(Clone, Copy)]
pub enum Scope {
    /// Inside `types.rs`.
    Types,
    /// Inside an operation module: `super::types::`.
    Operation,
}

impl Scope {
    fn path(self, name: &str) -> TokenStream {
        let ident = format_ident!("{}", name);
        match self {
            Scope::Types => quote!(#ident),
            Scope::Operation => quote!(super::types::#ident),
        }
    }
}

pub fn doc_attr(doc: &Option<String>) -> Option<TokenStream> {
    doc.as_ref().map(|d| {
        let lines = d.trim().lines().map(|l| format!(" {}", l.trim_end()));
        quote!(#(#[doc = #lines])*)
    })
}

/// A struct with serde derives, every field's wire attributes, and its `Validate` impl.
pub fn emit_struct(s: &Struct, scope: Scope) -> Result<TokenStream, LowerError> {
    let name = format_ident!("{}", s.name);
    let doc = doc_attr(&s.doc);
    let fields = s
        .fields
        .iter()
        .map(|f| emit_field(f, scope))
        .collect::<Result<Vec<_>, _>>()?;
    let validate = emit_validate(s);
    Ok(quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        pub struct #name {
            #(#fields)*
        }
        #validate
    })
}

fn field_ident(f: &Field) -> proc_macro2::Ident {
    format_ident!("{}", f.rust)
}

fn emit_field(f: &Field, scope: Scope) -> Result<TokenStream, LowerError> {
    let ident = field_ident(f);
    let inner = rust_type(&f.kind, f.sensitive, scope)?;
    let ty = if f.required {
        inner
    } else {
        quote!(::std::option::Option<#inner>)
    };
    let mut doc_text = f.doc.clone().unwrap_or_default();
    if doc_text.is_empty() {
        doc_text = format!("`{}`", f.wire);
    } else {
        doc_text = format!("`{}`: {}", f.wire, doc_text);
    }
    let doc = doc_attr(&Some(doc_text));
    let mut serde_args: Vec<TokenStream> = Vec::new();
    if f.rust != f.wire {
        let wire = &f.wire;
        serde_args.push(quote!(rename = #wire));
    }
    if !f.required {
        serde_args.push(quote!(default));
        serde_args.push(quote!(
            skip_serializing_if = "::std::option::Option::is_none"
        ));
    }
    if let Some(module) = wire_adapter(&f.kind)? {
        let with = rt::wire_module(module, !f.required);
        serde_args.push(quote!(with = #with));
    }
    let serde = (!serde_args.is_empty()).then(|| quote!(#[serde(#(#serde_args),*)]));
    Ok(quote! {
        #doc
        #serde
        pub #ident: #ty,
    })
}

/// The runtime serde adapter a kind needs, if any.
fn wire_adapter(kind: &Kind) -> Result<Option<&'static str>, LowerError> {
    Ok(match kind {
        Kind::Integer { .. } => Some("int"),
        Kind::Money { unit, wire_as, .. } => Some(match (unit, wire_as) {
            (MoneyUnitSpec::Fen, _) => "fen",
            (MoneyUnitSpec::Yuan, WireAsSpec::Number) => "yuan_number",
            (MoneyUnitSpec::Yuan, WireAsSpec::String) => "yuan_string",
            (MoneyUnitSpec::Minor, _) => "minor",
        }),
        Kind::Timestamp(fmt) => Some(match fmt {
            TimestampFormatSpec::Unix => "unix_seconds",
            TimestampFormatSpec::Rfc3339 => "rfc3339",
            TimestampFormatSpec::Compact => "compact",
        }),
        Kind::JsonString(_) => Some("json_string"),
        Kind::List(item) => {
            if wire_adapter(item)?.is_some() {
                return Err(LowerError(
                    "lists of integers, money, timestamps or JSON strings are not supported; \
                     use a list of objects"
                        .into(),
                ));
            }
            None
        }
        Kind::String { .. }
        | Kind::Boolean
        | Kind::Flag
        | Kind::Enum(_)
        | Kind::State
        | Kind::Object(_) => None,
    })
}

fn rust_type(kind: &Kind, sensitive: bool, scope: Scope) -> Result<TokenStream, LowerError> {
    let root = rt::root();
    Ok(match kind {
        Kind::String { .. } if sensitive => {
            quote!(#root::Redacted<::std::string::String>)
        }
        Kind::String { .. } => quote!(::std::string::String),
        Kind::Integer { .. } => quote!(i64),
        Kind::Boolean => quote!(bool),
        Kind::Money {
            unit: MoneyUnitSpec::Minor,
            ..
        } => quote!(#root::MinorAmount),
        Kind::Money { .. } => quote!(#root::Money),
        Kind::Timestamp(TimestampFormatSpec::Compact) => quote!(#root::LocalTimestamp),
        Kind::Timestamp(_) => quote!(#root::Timestamp),
        Kind::Flag => quote!(#root::Flag),
        Kind::Enum(name) | Kind::Object(name) => scope.path(name),
        Kind::State => scope.path("TradeState"),
        Kind::List(item) => {
            let item = rust_type(item, false, scope)?;
            quote!(::std::vec::Vec<#item>)
        }
        Kind::JsonString(inner) => rust_type(inner, false, scope)?,
    })
}

fn emit_validate(s: &Struct) -> TokenStream {
    let name = format_ident!("{}", s.name);
    let checks: Vec<TokenStream> = s
        .fields
        .iter()
        .filter_map(|f| {
            let value = quote!(v);
            let body = checks_for(f, &f.kind, &value);
            let ident = field_ident(f);
            let wire = &f.wire;
            let required_text = rt::validate("required_text");
            let text = if f.sensitive {
                quote!(self.#ident.expose())
            } else {
                quote!(&self.#ident)
            };
            let presence = (f.required && matches!(f.kind, Kind::String { .. }))
                .then(|| quote!(#required_text(out, path, #wire, #text);));
            if body.is_empty() && presence.is_none() {
                return None;
            }
            let body = (!body.is_empty()).then(|| {
                if f.required {
                    quote!({ let v = &self.#ident; #(#body)* })
                } else {
                    quote!(if let ::std::option::Option::Some(v) = &self.#ident { #(#body)* })
                }
            });
            Some(quote!(#presence #body))
        })
        .collect();
    let root = rt::root();
    let (path_arg, out_arg) = if checks.is_empty() {
        (quote!(_path), quote!(_out))
    } else {
        (quote!(path), quote!(out))
    };
    quote! {
        impl #root::Validate for #name {
            fn collect_violations(&self, #path_arg: &str, #out_arg: &mut #root::Violations) {
                #(#checks)*
            }
        }
    }
}

/// Checks for one value `v` (a reference to the field's inner type).
fn checks_for(f: &Field, kind: &Kind, v: &TokenStream) -> Vec<TokenStream> {
    let wire = &f.wire;
    let root = rt::root();
    let mut out = Vec::new();
    match kind {
        Kind::String {
            max_len,
            pattern,
            charset,
        } => {
            let text = if f.sensitive {
                quote!(#v.expose())
            } else {
                quote!(#v)
            };
            if let Some(max) = max_len {
                let max = proc_macro2::Literal::u32_unsuffixed(*max);
                let check = rt::validate("max_chars");
                out.push(quote!(#check(out, path, #wire, #text, #max);));
            }
            if let Some(p) = pattern {
                let check = rt::validate("pattern");
                let ty = rt::validate("Pattern");
                out.push(quote! {
                    static PATTERN: #ty = #ty::new(#p);
                    #check(out, path, #wire, #text, &PATTERN);
                });
            }
            if let Some(c) = charset {
                let check = rt::validate("charset");
                let variant = format_ident!(
                    "{}",
                    match c {
                        CharsetSpec::Ascii => "Ascii",
                        CharsetSpec::Digits => "Digits",
                        CharsetSpec::Alphanumeric => "Alphanumeric",
                    }
                );
                let ty = rt::validate("Charset");
                out.push(quote!(#check(out, path, #wire, #text, #ty::#variant);));
            }
        }
        Kind::Integer { min, max } if min.is_some() || max.is_some() => {
            let check = rt::validate("int_range");
            let min = opt_i64(*min);
            let max = opt_i64(*max);
            out.push(quote!(#check(out, path, #wire, *#v, #min, #max);));
        }
        Kind::Money {
            unit, allow_zero, ..
        } => {
            if *unit != MoneyUnitSpec::Minor {
                let check = rt::validate("money_currency");
                out.push(quote!(#check(out, path, #wire, #v, #root::Currency::CNY);));
            }
            // Every amount is positive unless the spec allows zero; never negative.
            let check = rt::validate(if *allow_zero {
                "amount_not_negative"
            } else {
                "amount_positive"
            });
            out.push(quote!(#check(out, path, #wire, #v);));
        }
        Kind::Object(_) => {
            let check = rt::validate("nested");
            out.push(quote!(#check(out, path, #wire, #v);));
        }
        Kind::List(item) if matches!(**item, Kind::Object(_)) => {
            let check = rt::validate("each");
            out.push(quote!(#check(out, path, #wire, #v);));
        }
        Kind::JsonString(inner) => return checks_for(f, inner, v),
        _ => {}
    }
    out
}

fn opt_i64(v: Option<i64>) -> TokenStream {
    match v {
        Some(v) => {
            let v = proc_macro2::Literal::i64_unsuffixed(v);
            quote!(::std::option::Option::Some(#v))
        }
        None => quote!(::std::option::Option::None),
    }
}
