//! The `&'static` descriptor tables the runtime interprets: layouts, signing recipe, states,
//! poll policy, operations and their classification rules.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::emit::enums::status_variant;
use crate::ir::{Kind, Layout, Operation, Provider, Struct};
use crate::rt;
use crate::spec::model::*;

pub fn layout(l: &Layout) -> TokenStream {
    let ty = rt::descriptor("Layout");
    let ident = format_ident!("{}", l.static_name);
    let name = &l.name;
    let nodes = nodes(&l.nodes);
    let coverage = coverage(&l.covers);
    let format = body_format(&l.format);
    let content_type = match &l.content_type {
        Some(t) => quote!(::std::option::Option::Some(#t)),
        None => quote!(::std::option::Option::None),
    };
    quote! {
        pub static #ident: #ty = #ty {
            name: #name,
            nodes: #nodes,
            coverage: #coverage,
            format: #format,
            content_type: #content_type,
        };
    }
}

fn body_format(f: &FormatSpec) -> TokenStream {
    let ty = rt::descriptor("BodyFormat");
    match f {
        FormatSpec::Json => quote!(#ty::Json),
        FormatSpec::Form => quote!(#ty::Form),
        FormatSpec::Xml(x) => {
            let root = rt::root();
            let name = &x.root;
            let bytes = x.max_bytes.map_or_else(
                || quote!(#root::format::xml::XmlFormat::DEFAULT_MAX_BYTES),
                |n| {
                    let n = Literal::u64_unsuffixed(n);
                    quote!(#n)
                },
            );
            let members = x.max_members.map_or_else(
                || quote!(#root::format::xml::XmlFormat::DEFAULT_MAX_MEMBERS),
                |n| {
                    let n = Literal::u64_unsuffixed(n);
                    quote!(#n)
                },
            );
            quote!(#ty::Xml(#root::format::xml::XmlFormat { root: #name, max_bytes: #bytes, max_members: #members }))
        }
    }
}

fn nodes(list: &[NodeSpec]) -> TokenStream {
    let node_ty = rt::descriptor("EnvelopeNode");
    let items = list.iter().map(|n| {
        let wire = n.wire.clone().unwrap_or_default();
        let kind = node_kind(n);
        quote!(#node_ty { wire: #wire, kind: #kind })
    });
    quote!(&[#(#items),*])
}

fn node_kind(n: &NodeSpec) -> TokenStream {
    let kind = rt::descriptor("NodeKind");
    if let Some(fill) = &n.fill {
        let fill = self::fill(fill);
        return quote!(#kind::Fill(#fill));
    }
    if let Some(content) = n.content {
        let placement = rt::descriptor("ContentPlacement");
        let v = format_ident!(
            "{}",
            match content {
                ContentSpec::Inline => "Inline",
                ContentSpec::Object => "Object",
                ContentSpec::JsonString => "JsonString",
            }
        );
        return quote!(#kind::Content(#placement::#v));
    }
    if let Some(status) = n.status {
        let part = rt::descriptor("StatusPart");
        let integer = n.integer;
        let part = match status {
            StatusSpec::Code => quote!(#part::Code { integer: #integer }),
            StatusSpec::Message => quote!(#part::Message),
            StatusSpec::SubCode => quote!(#part::SubCode),
        };
        return match n.level {
            StatusLevelSpec::First => quote!(#kind::Status(#part)),
            StatusLevelSpec::Business => quote!(#kind::BusinessStatus(#part)),
        };
    }
    if let Some(children) = &n.object {
        let children = nodes(children);
        return quote!(#kind::Object(#children));
    }
    // Validation guarantees exactly one kind; what remains is the signature.
    quote!(#kind::Signature)
}

fn fill(f: &FillSpec) -> TokenStream {
    let fill = rt::descriptor("Fill");
    match f {
        FillSpec::Const(v) => quote!(#fill::Const(#v)),
        FillSpec::ConstInt(v) => {
            let v = Literal::i64_unsuffixed(*v);
            quote!(#fill::ConstInt(#v))
        }
        FillSpec::Config(k) => quote!(#fill::Config(#k)),
        FillSpec::Nonce(n) => {
            let n = Literal::u32_unsuffixed(*n);
            quote!(#fill::Nonce(#n))
        }
        FillSpec::Timestamp(fmt) => {
            let fmt = timestamp_format(*fmt);
            quote!(#fill::Timestamp(#fmt))
        }
        FillSpec::MessageId => quote!(#fill::MessageId),
        FillSpec::OperationMethod => quote!(#fill::OperationMethod),
        FillSpec::SigningAlgorithm => quote!(#fill::SigningAlgorithm),
    }
}

fn timestamp_format(f: TimestampFormatSpec) -> TokenStream {
    let ty = rt::descriptor("TimestampFormat");
    match f {
        TimestampFormatSpec::Unix => quote!(#ty::UnixSeconds),
        TimestampFormatSpec::Rfc3339 => quote!(#ty::Rfc3339),
        TimestampFormatSpec::Compact => quote!(#ty::Compact),
        TimestampFormatSpec::Datetime => quote!(#ty::DateTime),
        TimestampFormatSpec::UnixMs => quote!(#ty::UnixMillis),
    }
}

fn coverage(c: &CoverageSpec) -> TokenStream {
    let ty = rt::descriptor("Coverage");
    match c {
        CoverageSpec::AllExcept(list) => quote!(#ty::TopLevelExcept(&[#(#list),*])),
        CoverageSpec::Fields(list) => quote!(#ty::Fields(&[#(#list),*])),
        CoverageSpec::PairsOf(name) => quote!(#ty::PairsOf(#name)),
        CoverageSpec::RawObject(name) => quote!(#ty::RawObject(#name)),
        CoverageSpec::RawBody(_) => quote!(#ty::RawBody),
    }
}

fn algorithm(a: AlgorithmSpec) -> TokenStream {
    let algorithm = rt::descriptor("Algorithm");
    match a {
        AlgorithmSpec::Md5 => quote!(#algorithm::Md5),
        AlgorithmSpec::Sha256 => quote!(#algorithm::Sha256),
        AlgorithmSpec::HmacSha256 => quote!(#algorithm::HmacSha256),
        AlgorithmSpec::RsaSha256 => {
            let root = rt::root();
            quote!(#algorithm::Asymmetric(#root::asymmetric::AsymmetricAlgorithm::RsaPkcs1Sha256))
        }
    }
}

pub fn signing(s: &SigningSpec) -> TokenStream {
    let ty = rt::descriptor("SigningRecipe");
    let algorithm = algorithm(s.algorithm);
    let signed_codes = s.signed_codes.clone().unwrap_or_default();
    let algorithm_choice = match &s.algorithm_choice {
        Some(c) => {
            let choice = rt::descriptor("AlgorithmChoice");
            let config = &c.config;
            let values = c.values.iter().map(|(name, a)| {
                let a = self::algorithm(*a);
                quote!((#name, #a))
            });
            quote!(::std::option::Option::Some(#choice { config: #config, values: &[#(#values),*] }))
        }
        None => quote!(::std::option::Option::None),
    };
    let hex = rt::descriptor("HexCase");
    // An asymmetric signature is base64: its recipe has no hex case, and the core reads none.
    let hex = match s.hex {
        Some(HexSpec::Upper) => quote!(#hex::Upper),
        Some(HexSpec::Lower) | None => quote!(#hex::Lower),
    };
    let placement_ty = rt::descriptor("Placement");
    let placement = match &s.placement {
        PlacementSpec::Field(f) => quote!(#placement_ty::Field(#f)),
        PlacementSpec::Header(h) => {
            let name = &h.name;
            let prefix = match &h.prefix_config {
                Some(p) => quote!(::std::option::Option::Some(#p)),
                None => quote!(::std::option::Option::None),
            };
            quote!(#placement_ty::Header { name: #name, prefix_config: #prefix })
        }
    };
    let empty = rt::descriptor("EmptyRule");
    let empty = match s.empty {
        EmptySpec::Skip => quote!(#empty::Skip),
        EmptySpec::Keep => quote!(#empty::Keep),
    };
    let key = rt::descriptor("KeyRule");
    let key = match &s.key {
        KeySpec::AppendPair(name) => quote!(#key::AppendPair(#name)),
        KeySpec::Suffix => quote!(#key::Suffix),
        KeySpec::Hmac => quote!(#key::HmacKey),
        KeySpec::PrivateKey => quote!(#key::PrivateKey),
    };
    let verify_key_config = match &s.verify_key_config {
        Some(k) => quote!(::std::option::Option::Some(#k)),
        None => quote!(::std::option::Option::None),
    };
    let replies = rt::descriptor("ReplySigning");
    let replies = match s.replies {
        RepliesSpec::Signed => quote!(#replies::Signed),
        RepliesSpec::Unsigned => quote!(#replies::Unsigned),
    };
    let pair_separator = &s.pair_separator;
    let pairs_joiner = &s.pairs_joiner;
    let key_config = &s.key_config;
    quote! {
        #ty {
            algorithm: #algorithm,
            hex_case: #hex,
            placement: #placement,
            empty: #empty,
            pair_separator: #pair_separator,
            pairs_joiner: #pairs_joiner,
            key: #key,
            key_config: #key_config,
            verify_key_config: #verify_key_config,
            replies: #replies,
            signed_codes: &[#(#signed_codes),*],
            algorithm_choice: #algorithm_choice,
        }
    }
}

pub fn provider(p: &Provider) -> TokenStream {
    let ty = rt::descriptor("ProviderDescriptor");
    let name = &p.module;
    let signing = signing(&p.signing);
    let entry = rt::descriptor("StateEntry");
    let root = rt::root();
    let states = p.states.variants.iter().filter_map(|v| {
        let wire = &v.wire;
        let status = format_ident!("{}", status_variant(v.status?));
        Some(quote!(#entry { wire: #wire, status: #root::TradeStatus::#status }))
    });
    let offset = Literal::i16_unsuffixed(p.utc_offset_minutes);
    let poll = poll(p);
    let rotating: std::collections::BTreeSet<&str> = p
        .operations
        .iter()
        .flat_map(|op| op.updates_config.iter().map(|(_, config)| config.as_str()))
        .collect();
    let rotating = rotating.iter();
    quote! {
        /// Everything the runtime needs to know about this provider.
        pub static PROVIDER: #ty = #ty {
            name: #name,
            signing: #signing,
            states: &[#(#states),*],
            poll: #poll,
            utc_offset_minutes: #offset,
            rotating_config: &[#(#rotating),*],
        };
    }
}

fn poll(p: &Provider) -> TokenStream {
    let ty = rt::descriptor("PollPolicy");
    let reverse = rt::descriptor("ReversePolicy");
    let ms = |v: u64| {
        let v = Literal::u64_unsuffixed(v);
        quote!(::core::time::Duration::from_millis(#v))
    };
    let first = ms(p.poll.first_query_after_ms);
    let interval = ms(p.poll.query_interval_ms);
    let deadline = ms(p.poll.deadline_ms);
    let earliest = ms(p.poll.earliest_reverse_ms);
    let retry = ms(p.poll.reverse_interval_ms);
    let max_queries = Literal::u32_unsuffixed(p.poll.max_queries);
    let attempts = Literal::u32_unsuffixed(p.poll.reverse_attempts);
    quote! {
        #ty {
            first_query_after: #first,
            query_interval: #interval,
            max_queries: #max_queries,
            deadline: #deadline,
            reverse: #reverse {
                earliest_after_pay: #earliest,
                max_attempts: #attempts,
                retry_interval: #retry,
            },
        }
    }
}

fn wire_names(s: &Struct, constants: &[&String]) -> TokenStream {
    let mut names: Vec<&String> = s.fields.iter().map(|f| &f.wire).collect();
    names.extend(constants.iter().copied());
    names.sort();
    names.dedup();
    quote!(&[#(#names),*])
}

/// The wire names of the struct's required top-level fields, sorted: the runtime enforces them
/// on content it reads as a map (the typed structs enforce them by having no `Option`).
fn required_names(s: Option<&Struct>) -> TokenStream {
    let mut names: Vec<&String> = s
        .into_iter()
        .flat_map(|s| &s.fields)
        .filter(|f| f.required)
        .map(|f| &f.wire)
        .collect();
    names.sort();
    names.dedup();
    quote!(&[#(#names),*])
}

pub fn operation(p: &Provider, op: &Operation) -> TokenStream {
    let ty = rt::descriptor("OperationDescriptor");
    let name = &op.name;
    let role_ty = rt::descriptor("OperationRole");
    let role = format_ident!(
        "{}",
        match op.role {
            RoleSpec::Pay => "Pay",
            RoleSpec::Query => "Query",
            RoleSpec::Reverse => "Reverse",
            RoleSpec::UnifiedOrder => "UnifiedOrder",
            RoleSpec::Notify => "Notify",
            RoleSpec::Other => "Other",
        }
    );
    let direction_ty = rt::descriptor("Direction");
    let direction = match op.direction {
        DirectionSpec::Outbound => quote!(#direction_ty::Outbound),
        DirectionSpec::Inbound => quote!(#direction_ty::Inbound),
    };
    let path = &op.path;
    let http_method = &op.http_method;
    let opt_str = |v: &Option<String>| match v {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    };
    let method_constant = opt_str(&op.method_constant);
    let ack = opt_str(&op.ack);
    let delivery = match &op.delivery {
        Some(d) => {
            let ty = rt::descriptor("Delivery");
            let ms = |v: u64| {
                let v = Literal::u64_unsuffixed(v);
                quote!(::core::time::Duration::from_millis(#v))
            };
            let answer = ms(d.answer_within_ms);
            let waits = d.redelivery_ms.iter().map(|&w| ms(w));
            quote!(::std::option::Option::Some(#ty { answer_within: #answer, redelivery: &[#(#waits),*] }))
        }
        None => quote!(::std::option::Option::None),
    };
    let client_certificate = match &op.client_certificate {
        Some((certificate, key)) => {
            let ty = rt::descriptor("ClientCertificate");
            quote!(::std::option::Option::Some(#ty { certificate: #certificate, key: #key }))
        }
        None => quote!(::std::option::Option::None),
    };
    let constants = op.constants.iter().map(|(k, v)| quote!((#k, #v)));
    let layout_ref = |name: &str| {
        let ident = p
            .layout(name)
            .map(|l| format_ident!("{}", l.static_name))
            .unwrap_or_else(|| format_ident!("LAYOUT_MISSING"));
        quote!(&super::#ident)
    };
    let request = layout_ref(&op.request_layout);
    let response = match &op.response_layout {
        Some(name) => {
            let r = layout_ref(name);
            quote!(::std::option::Option::Some(#r))
        }
        None => quote!(::std::option::Option::None),
    };
    let constant_names: Vec<&String> = op.constants.keys().collect();
    let request_fields = wire_names(&op.request, &constant_names);
    let response_fields = match &op.response {
        Some(s) => wire_names(s, &[]),
        None => quote!(&[]),
    };
    let request_required = required_names(Some(&op.request));
    let response_required = required_names(op.response.as_ref());
    let outcome = outcome(&op.outcome);
    let request_unified = unified_fields(p, Some(&op.request));
    let response_unified = unified_fields(p, op.response.as_ref());
    let request_defaults = defaults(Some(&op.request));
    let response_defaults = defaults(op.response.as_ref());
    let update = rt::descriptor("ConfigUpdate");
    let updates_config = op
        .updates_config
        .iter()
        .map(|(field, config)| quote!(#update { field: #field, config: #config }));
    quote! {
        /// This operation, as the runtime reads it.
        pub static OPERATION: #ty = #ty {
            name: #name,
            role: #role_ty::#role,
            direction: #direction,
            path: #path,
            http_method: #http_method,
            method_constant: #method_constant,
            constants: &[#(#constants),*],
            request: #request,
            response: #response,
            ack: #ack,
            delivery: #delivery,
            client_certificate: #client_certificate,
            request_fields: #request_fields,
            response_fields: #response_fields,
            request_required: #request_required,
            response_required: #response_required,
            outcome: #outcome,
            request_unified: #request_unified,
            response_unified: #response_unified,
            request_defaults: #request_defaults,
            response_defaults: #response_defaults,
            updates_config: &[#(#updates_config),*],
        };
    }
}

fn unified_fields(p: &Provider, s: Option<&Struct>) -> TokenStream {
    let ty = rt::descriptor("UnifiedField");
    let role_ty = rt::descriptor("UnifiedRole");
    let items = s.into_iter().flat_map(|s| &s.fields).filter_map(|f| {
        let role = format_ident!("{}", unified_role(f.unified?));
        let wire = &f.wire;
        let format = value_format(p, &f.kind);
        Some(quote!(#ty { role: #role_ty::#role, wire: #wire, format: #format }))
    });
    quote!(&[#(#items),*])
}

fn unified_role(u: UnifiedSpec) -> &'static str {
    match u {
        UnifiedSpec::OrderId => "OrderId",
        UnifiedSpec::ProviderTradeId => "ProviderTradeId",
        UnifiedSpec::Amount => "Amount",
        UnifiedSpec::AuthCode => "AuthCode",
        UnifiedSpec::Subject => "Subject",
        UnifiedSpec::Description => "Description",
        UnifiedSpec::TradeState => "TradeState",
        UnifiedSpec::PaidAt => "PaidAt",
        UnifiedSpec::DeviceId => "DeviceId",
        UnifiedSpec::NotifyUrl => "NotifyUrl",
        UnifiedSpec::Recall => "Recall",
    }
}

fn value_format(p: &Provider, kind: &Kind) -> TokenStream {
    let ty = rt::descriptor("ValueFormat");
    let opt = |v: &Option<String>| match v {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    };
    match kind {
        Kind::String { .. } => quote!(#ty::Text),
        Kind::Integer { .. } => quote!(#ty::Integer),
        Kind::Money {
            unit,
            wire_as,
            currency_field,
            currency_config,
            ..
        } => match (unit, wire_as) {
            (MoneyUnitSpec::Fen, _) => quote!(#ty::Fen),
            (MoneyUnitSpec::Yuan, WireAsSpec::Number) => quote!(#ty::YuanNumber),
            (MoneyUnitSpec::Yuan, WireAsSpec::String) => quote!(#ty::YuanString),
            (MoneyUnitSpec::Minor, _) => {
                let field = opt(currency_field);
                let config = opt(currency_config);
                quote!(#ty::Minor { currency_field: #field, currency_config: #config })
            }
        },
        Kind::Timestamp(TimestampFormatSpec::Unix) => quote!(#ty::UnixSeconds),
        Kind::Timestamp(TimestampFormatSpec::Rfc3339) => quote!(#ty::Rfc3339),
        Kind::Timestamp(TimestampFormatSpec::Compact) => quote!(#ty::Compact),
        Kind::Timestamp(TimestampFormatSpec::Datetime) => quote!(#ty::DateTime),
        Kind::Timestamp(TimestampFormatSpec::UnixMs) => quote!(#ty::UnixMillis),
        Kind::Flag => quote!(#ty::Flag),
        Kind::State => {
            let integer = p.states.integer;
            quote!(#ty::Code { integer: #integer })
        }
        Kind::Enum(name) => {
            let integer = p.enums.iter().any(|e| &e.name == name && e.integer);
            quote!(#ty::Code { integer: #integer })
        }
        Kind::Boolean | Kind::Object(_) | Kind::List(_) | Kind::JsonString(_) => quote!(#ty::Other),
    }
}

fn defaults(s: Option<&Struct>) -> TokenStream {
    let ty = rt::descriptor("FieldDefault");
    let items = s.into_iter().flat_map(|s| &s.fields).filter_map(|f| {
        let json = f.default.as_ref()?.as_json();
        let wire = &f.wire;
        Some(quote!(#ty { wire: #wire, json: #json }))
    });
    quote!(&[#(#items),*])
}

fn classification(r: ResultSpec) -> TokenStream {
    let root = rt::root();
    let rule_result = rt::descriptor("RuleResult");
    let Some(c) = r.classification() else {
        return quote!(#rule_result::FromState);
    };
    let c = format_ident!("{}", c);
    quote!(#rule_result::Is(#root::Classification::#c))
}

fn outcome(o: &OutcomeSpec) -> TokenStream {
    let ty = rt::descriptor("OutcomeRules");
    let signal = rt::descriptor("Signal");
    let rule = rt::descriptor("Rule");
    let condition = rt::descriptor("Condition");
    let test = rt::descriptor("Test");
    let signals = o.signals.iter().map(|(name, path)| {
        let segments = path.split('.');
        quote!(#signal { name: #name, path: &[#(#segments),*] })
    });
    let rules = o.rules.iter().map(|r| {
        let conditions = r.when.iter().map(|(sig, t)| {
            let texts = |list: &Vec<ScalarSpec>| {
                let items = list.iter().map(ScalarSpec::as_text);
                quote!(&[#(#items),*])
            };
            let t = match t {
                TestSpec::OneOfList(list) | TestSpec::Tagged(TaggedTest::OneOf(list)) => {
                    let l = texts(list);
                    quote!(#test::OneOf(#l))
                }
                TestSpec::Tagged(TaggedTest::NoneOf(list)) => {
                    let l = texts(list);
                    quote!(#test::NoneOf(#l))
                }
                TestSpec::Keyword(TestKeyword::Present) => quote!(#test::Present),
                TestSpec::Keyword(TestKeyword::Absent) => quote!(#test::Absent),
            };
            quote!(#condition { signal: #sig, test: #t })
        });
        let then = classification(r.then);
        quote!(#rule { when: &[#(#conditions),*], then: #then })
    });
    // `otherwise` is a plain classification; validation refuses from_state here.
    let otherwise = format_ident!("{}", o.otherwise.classification().unwrap_or("Unknown"));
    let root = rt::root();
    let otherwise = quote!(#root::Classification::#otherwise);
    quote! {
        #ty {
            signals: &[#(#signals),*],
            rules: &[#(#rules),*],
            otherwise: #otherwise,
        }
    }
}

fn answer(a: &AnswerSpec) -> TokenStream {
    let ty = rt::descriptor("Answer");
    let opt = |v: Option<String>| match v {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    };
    let code = opt(a.code.as_ref().map(ScalarSpec::as_text));
    let message = opt(a.message.clone());
    let sub_code = opt(a.sub_code.clone());
    let fields = a.fields.iter().map(|(k, v)| {
        let json = v.as_json();
        quote!((#k, #json))
    });
    let business = match &a.business {
        Some(level) => {
            let level_ty = rt::descriptor("AnswerLevel");
            let code = opt(level.code.clone());
            let message = opt(level.message.clone());
            let sub_code = opt(level.sub_code.clone());
            quote!(::std::option::Option::Some(#level_ty { code: #code, message: #message, sub_code: #sub_code }))
        }
        None => quote!(::std::option::Option::None),
    };
    let by_operation = a.by_operation.iter().map(|(op, answer)| {
        let answer = self::answer(answer);
        quote!((#op, &#answer))
    });
    quote!(#ty { code: #code, message: #message, sub_code: #sub_code, business: #business, by_operation: &[#(#by_operation),*], fields: &[#(#fields),*] })
}

/// `MODULE`, the provider as one value for gateways, simulators and tools, and its `SANDBOX`
/// answers (feature `sandbox`).
pub fn module(p: &Provider) -> TokenStream {
    let root = rt::root();
    let answers_ty = rt::descriptor("SandboxAnswers");
    let module_ty = rt::descriptor("ProviderModule");
    let key_ty = rt::descriptor("ConfigKey");
    let sb = &p.sandbox;
    let [ok, paying, failed, system_error, bad_signature, invalid, duplicate_order, not_found, reversed, call_again] =
        [
            &sb.ok,
            &sb.paying,
            &sb.failed,
            &sb.system_error,
            &sb.bad_signature,
            &sb.invalid,
            &sb.duplicate_order,
            &sb.not_found,
            &sb.reversed,
            &sb.call_again,
        ]
        .map(answer);
    let title = &p.title;
    let operations = p.operations.iter().map(|op| {
        let m = format_ident!("{}", op.module);
        quote!(&super::#m::OPERATION)
    });
    let config = p.config.iter().map(|c| {
        let key = &c.key;
        let sensitive = c.sensitive;
        let optional = c.optional;
        let doc = c.doc.clone().unwrap_or_default();
        quote!(#key_ty { key: #key, sensitive: #sensitive, optional: #optional, doc: #doc })
    });
    let arms = p.operations.iter().map(|op| {
        let m = format_ident!("{}", op.module);
        let name = &op.name;
        let ty = format_ident!("{}", op.request.name);
        quote!(#name => #root::validate::check_typed::<super::#m::#ty>(content),)
    });
    let encode_arms = p.operations.iter().map(|op| {
        let m = format_ident!("{}", op.module);
        let name = &op.name;
        let ty = format_ident!("{}", op.request.name);
        match op.direction {
            DirectionSpec::Outbound => quote! {
                #name => #root::validate::typed::<super::#m::#ty>(content)
                    .map_err(#root::Error::Invalid)?
                    .encode(config, ctx),
            },
            DirectionSpec::Inbound => {
                let why = format!("`{}` is sent by the provider, not the merchant", op.name);
                quote!(#name => ::std::result::Result::Err(#root::Error::Encode(#why.to_owned())),)
            }
        }
    });
    quote! {
        /// How this provider answers, in its own wire values (spec `sandbox:`), for simulators.
        #[cfg(feature = "sandbox")]
        pub static SANDBOX: #answers_ty = #answers_ty {
            ok: #ok,
            paying: #paying,
            failed: #failed,
            system_error: #system_error,
            bad_signature: #bad_signature,
            invalid: #invalid,
            duplicate_order: #duplicate_order,
            not_found: #not_found,
            reversed: #reversed,
            call_again: #call_again,
        };

        /// This provider as one value: gateways, simulators and tools drive any provider through it.
        pub static MODULE: #module_ty = #module_ty {
            provider: &PROVIDER,
            title: #title,
            operations: &[#(#operations),*],
            config: &[#(#config),*],
            check_request,
            encode_request,
            #[cfg(feature = "sandbox")]
            sandbox: ::std::option::Option::Some(&SANDBOX),
            #[cfg(not(feature = "sandbox"))]
            sandbox: ::std::option::Option::None,
        };

        /// Operation `op`'s typed request read from JSON content, validated and encoded by its
        /// generated encoder.
        fn encode_request(
            op: &str,
            content: &#root::json::Json,
            config: &dyn #root::Credentials,
            ctx: &#root::EncodeContext,
        ) -> ::std::result::Result<#root::Message, #root::Error> {
            match op {
                #(#encode_arms)*
                other => ::std::result::Result::Err(#root::Error::Encode(::std::format!("no operation `{other}`"))),
            }
        }

        /// The checks the typed request of operation `op` makes, on JSON content.
        fn check_request(op: &str, content: &#root::json::Json) -> ::std::result::Result<(), #root::Violations> {
            match op {
                #(#arms)*
                other => {
                    let mut out = #root::Violations::default();
                    out.push("", "(operation)", ::std::format!("no operation `{other}`"));
                    ::std::result::Result::Err(out)
                }
            }
        }
    }
}
