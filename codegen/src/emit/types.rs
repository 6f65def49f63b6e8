//! Structs (request, response, nested) and their `Validate` impls.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Enum, Field, Kind, LowerError, Provider, Struct};
use crate::names::setter_name;
use crate::rt;
use crate::spec::model::{CharsetSpec, MoneyUnitSpec, ScalarSpec, TimestampFormatSpec, WireAsSpec};

/// Where provider-level types (enums, nested structs) are reached from the emitting module.
#[derive(Clone, Copy)]
pub enum Scope {
    /// Inside `types.rs`.
    Types,
    /// Inside an operation module: `super::types::`.
    Operation,
}

/// Which side reads a struct: a reply's text fields are [`Text`](payspec_core::Text), sharing
/// the received body (the generated decode reads them without a copy each); everything callers
/// build (requests, notifications, nested objects) keeps `String`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Built,
    Reply,
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

/// A struct with serde derives and every field's wire attributes, its constructor and setters,
/// and its `Validate` impl. `#[non_exhaustive]`: built with `new` and the `with_` setters, never
/// a struct literal, so a field the spec adds later (optional, or required with a default)
/// breaks no caller.
pub fn emit_struct(
    p: &Provider,
    s: &Struct,
    scope: Scope,
    side: Side,
) -> Result<TokenStream, LowerError> {
    let name = format_ident!("{}", s.name);
    let doc = doc_attr(&s.doc);
    let fields = s
        .fields
        .iter()
        .map(|f| emit_field(f, scope, side))
        .collect::<Result<Vec<_>, _>>()?;
    let constructor = emit_constructor(p, s, scope, side)?;
    let validate = emit_validate(s);
    Ok(quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
        }
        #constructor
        #validate
    })
}

/// `new` takes the required fields without a default, in spec order. A field with a default
/// starts at it, as a gateway fills it; any other optional field starts absent. Every field `new`
/// does not take gets a `with_` setter.
fn emit_constructor(
    p: &Provider,
    s: &Struct,
    scope: Scope,
    side: Side,
) -> Result<TokenStream, LowerError> {
    let name = format_ident!("{}", s.name);
    let mut params = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    let mut defaults = Vec::new();
    for f in &s.fields {
        let ident = field_ident(f);
        let (param, value) = argument(f, scope, side)?;
        let value = optional(f, value);
        match &f.default {
            None if f.required => {
                params.push(quote!(#ident: #param));
                // `total_fee`, not `total_fee: total_fee`, where the parameter is the value.
                inits.push(if takes_text(f) {
                    quote!(#ident: #value)
                } else {
                    quote!(#ident)
                });
            }
            None => {
                inits.push(quote!(#ident: ::std::option::Option::None));
                let doc = format!(" Sets `{}`.", f.wire);
                setters.push(setter(f, &param, &value, &doc));
            }
            Some(default) => {
                let start = optional(f, default_value(p, f, default, scope, side)?);
                inits.push(quote!(#ident: #start));
                let json = default.as_json();
                let doc = format!(" Sets `{}` (from its default `{json}`).", f.wire);
                setters.push(setter(f, &param, &value, &doc));
                defaults.push(format!(" - `{}`: `{json}`", f.wire));
            }
        }
    }
    let doc = constructor_doc(defaults);
    let many = (params.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    // Clippy asks a `new()` without arguments for a `Default` too.
    let default = params.is_empty().then(|| {
        quote! {
            impl ::std::default::Default for #name {
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    });
    Ok(quote! {
        impl #name {
            #(#[doc = #doc])*
            #many
            pub fn new(#(#params),*) -> Self {
                #name { #(#inits),* }
            }
            #(#setters)*
        }
        #default
    })
}

/// `new`'s doc lines, listing the fields that start at their spec default.
fn constructor_doc(defaults: Vec<String>) -> Vec<String> {
    if defaults.is_empty() {
        return vec![
            " With the required fields, in the spec's order; the others start absent.".into(),
        ];
    }
    let mut doc = vec![
        " With the required fields, in the spec's order; the others start absent, except those"
            .to_string(),
        " with a spec default, which start at it:".to_string(),
    ];
    doc.extend(defaults);
    doc
}

/// `Some(value)` for an optional field.
fn optional(f: &Field, value: TokenStream) -> TokenStream {
    if f.required {
        value
    } else {
        quote!(::std::option::Option::Some(#value))
    }
}

/// Text fields take `impl Into<String>` (a reply's `impl Into<Text>`); every other field takes
/// its own type.
fn takes_text(f: &Field) -> bool {
    matches!(f.kind, Kind::String { .. })
}

/// The parameter type a constructor or setter takes for field `f`, and the field's value made
/// from the parameter (named as the field).
fn argument(f: &Field, scope: Scope, side: Side) -> Result<(TokenStream, TokenStream), LowerError> {
    let ident = field_ident(f);
    if !takes_text(f) {
        return Ok((
            rust_type(&f.kind, f.sensitive, scope, side)?,
            quote!(#ident),
        ));
    }
    let root = rt::root();
    let text = if side == Side::Reply && !f.sensitive {
        quote!(impl ::std::convert::Into<#root::Text>)
    } else {
        quote!(impl ::std::convert::Into<::std::string::String>)
    };
    Ok(if f.sensitive {
        (text, quote!(#root::Redacted::new(#ident.into())))
    } else {
        (text, quote!(#ident.into()))
    })
}

fn setter(f: &Field, param: &TokenStream, value: &TokenStream, doc: &str) -> TokenStream {
    let ident = field_ident(f);
    let method = format_ident!("{}", setter_name(&f.rust));
    quote! {
        #[doc = #doc]
        pub fn #method(mut self, #ident: #param) -> Self {
            self.#ident = #value;
            self
        }
    }
}

/// A field's spec `default` (its wire value, validated to fit) as a Rust value.
fn default_value(
    p: &Provider,
    f: &Field,
    default: &ScalarSpec,
    scope: Scope,
    side: Side,
) -> Result<TokenStream, LowerError> {
    let root = rt::root();
    let unfit = || LowerError(format!("default of `{}` does not fit its type", f.wire));
    let value = match (&f.kind, default) {
        (Kind::String { .. }, ScalarSpec::Text(text)) if side == Side::Reply && !f.sensitive => {
            quote!(#root::Text::from(#text))
        }
        (Kind::String { .. }, ScalarSpec::Text(text)) => {
            quote!(::std::string::String::from(#text))
        }
        (Kind::Integer { .. }, ScalarSpec::Int(n)) => {
            let n = proc_macro2::Literal::i64_unsuffixed(*n);
            quote!(#n)
        }
        (Kind::Boolean, ScalarSpec::Bool(b)) => quote!(#b),
        (Kind::Money { unit, .. }, _) => {
            let minor = match (unit, default) {
                (MoneyUnitSpec::Yuan, ScalarSpec::Text(text)) => yuan_to_fen(text),
                (_, ScalarSpec::Int(n)) => Some(*n),
                _ => None,
            }
            .ok_or_else(unfit)?;
            let minor = proc_macro2::Literal::i64_unsuffixed(minor);
            match unit {
                MoneyUnitSpec::Minor => quote!(#root::MinorAmount(#minor)),
                _ => quote!(#root::Money::fen(#minor)),
            }
        }
        (Kind::Flag, ScalarSpec::Text(text)) => match text.as_str() {
            "Y" => quote!(#root::Flag::Yes),
            "N" => quote!(#root::Flag::No),
            _ => return Err(unfit()),
        },
        (Kind::Enum(name), _) => {
            let e = p.enums.iter().find(|e| e.name == *name).ok_or_else(unfit)?;
            variant_path(e, default, scope).ok_or_else(unfit)?
        }
        (Kind::State, _) => variant_path(&p.states, default, scope).ok_or_else(unfit)?,
        _ => return Err(unfit()),
    };
    Ok(if f.sensitive && matches!(f.kind, Kind::String { .. }) {
        quote!(#root::Redacted::new(#value))
    } else {
        value
    })
}

/// `12.50` → 1250 (validation allows exactly two decimals).
fn yuan_to_fen(text: &str) -> Option<i64> {
    let (int, dec) = text.split_once('.')?;
    let int: i64 = int.parse().ok()?;
    let dec: i64 = dec.parse().ok()?;
    int.checked_mul(100)?.checked_add(dec)
}

fn variant_path(e: &Enum, code: &ScalarSpec, scope: Scope) -> Option<TokenStream> {
    let v = e.variants.iter().find(|v| v.wire == code.as_text())?;
    let ty = scope.path(&e.name);
    let variant = format_ident!("{}", v.rust);
    Some(quote!(#ty::#variant))
}

fn field_ident(f: &Field) -> proc_macro2::Ident {
    format_ident!("{}", f.rust)
}

fn emit_field(f: &Field, scope: Scope, side: Side) -> Result<TokenStream, LowerError> {
    let ident = field_ident(f);
    let inner = rust_type(&f.kind, f.sensitive, scope, side)?;
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
pub(crate) fn wire_adapter(kind: &Kind) -> Result<Option<&'static str>, LowerError> {
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
            TimestampFormatSpec::Datetime => "datetime",
            TimestampFormatSpec::UnixMs => "unix_millis",
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

/// A field's Rust type. `side` decides only a top-level text's: a list's items and a JSON
/// string's inner value are read by their serde derive, and keep `String`.
pub fn rust_type(
    kind: &Kind,
    sensitive: bool,
    scope: Scope,
    side: Side,
) -> Result<TokenStream, LowerError> {
    let root = rt::root();
    Ok(match kind {
        Kind::String { .. } if sensitive => {
            quote!(#root::Redacted<::std::string::String>)
        }
        Kind::String { .. } if side == Side::Reply => quote!(#root::Text),
        Kind::String { .. } => quote!(::std::string::String),
        Kind::Integer { .. } => quote!(i64),
        Kind::Boolean => quote!(bool),
        Kind::Money {
            unit: MoneyUnitSpec::Minor,
            ..
        } => quote!(#root::MinorAmount),
        Kind::Money { .. } => quote!(#root::Money),
        Kind::Timestamp(TimestampFormatSpec::Compact | TimestampFormatSpec::Datetime) => {
            quote!(#root::LocalTimestamp)
        }
        Kind::Timestamp(_) => quote!(#root::Timestamp),
        Kind::Flag => quote!(#root::Flag),
        Kind::Enum(name) | Kind::Object(name) => scope.path(name),
        Kind::State => scope.path("TradeState"),
        Kind::List(item) => {
            let item = rust_type(item, false, scope, Side::Built)?;
            quote!(::std::vec::Vec<#item>)
        }
        Kind::JsonString(inner) => rust_type(inner, false, scope, Side::Built)?,
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
    let groups = at_least_one_checks(s);
    let checks: Vec<TokenStream> = checks.into_iter().chain(groups).collect();
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

/// `at_least_one_of` groups: whether each field is given (a text: present and not empty, as
/// providers treat `""` as absent; anything else: present), then one check per group.
fn at_least_one_checks(s: &Struct) -> Vec<TokenStream> {
    let at_least_one = rt::validate("at_least_one");
    s.at_least_one_of
        .iter()
        .map(|group| {
            let given = group.iter().filter_map(|wire| {
                let f = s.fields.iter().find(|f| &f.wire == wire)?;
                let ident = field_ident(f);
                let test = match (&f.kind, f.sensitive) {
                    (Kind::String { .. }, true) => {
                        quote!(self.#ident.as_ref().is_some_and(|v| !v.expose().is_empty()))
                    }
                    (Kind::String { .. }, false) => {
                        quote!(self.#ident.as_ref().is_some_and(|v| !v.is_empty()))
                    }
                    _ => quote!(self.#ident.is_some()),
                };
                Some(quote!((#wire, #test)))
            });
            quote!(#at_least_one(out, path, &[#(#given),*]);)
        })
        .collect()
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
