//! The `&'static` descriptor tables the runtime interprets: layouts, signing recipe, states,
//! poll policy, operations and their classification rules.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::emit::enums::status_variant;
use crate::ir::{Layout, Operation, Provider, Struct};
use crate::rt;
use crate::spec::model::*;

pub fn layout(l: &Layout) -> TokenStream {
    let ty = rt::descriptor("Layout");
    let ident = format_ident!("{}", l.static_name);
    let name = &l.name;
    let nodes = nodes(&l.nodes);
    let coverage = coverage(&l.covers);
    quote! {
        pub static #ident: #ty = #ty {
            name: #name,
            nodes: #nodes,
            coverage: #coverage,
        };
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
        return match status {
            StatusSpec::Code => quote!(#kind::Status(#part::Code { integer: #integer })),
            StatusSpec::Message => quote!(#kind::Status(#part::Message)),
            StatusSpec::SubCode => quote!(#kind::Status(#part::SubCode)),
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
    }
}

fn timestamp_format(f: TimestampFormatSpec) -> TokenStream {
    let ty = rt::descriptor("TimestampFormat");
    match f {
        TimestampFormatSpec::Unix => quote!(#ty::UnixSeconds),
        TimestampFormatSpec::Rfc3339 => quote!(#ty::Rfc3339),
        TimestampFormatSpec::Compact => quote!(#ty::Compact),
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

pub fn signing(s: &SigningSpec) -> TokenStream {
    let ty = rt::descriptor("SigningRecipe");
    let algorithm = rt::descriptor("Algorithm");
    let algorithm = match s.algorithm {
        AlgorithmSpec::Md5 => quote!(#algorithm::Md5),
        AlgorithmSpec::Sha256 => quote!(#algorithm::Sha256),
        AlgorithmSpec::HmacSha256 => quote!(#algorithm::HmacSha256),
    };
    let hex = rt::descriptor("HexCase");
    let hex = match s.hex {
        HexSpec::Upper => quote!(#hex::Upper),
        HexSpec::Lower => quote!(#hex::Lower),
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
            replies: #replies,
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
    quote! {
        /// Everything the runtime needs to know about this provider.
        pub static PROVIDER: #ty = #ty {
            name: #name,
            signing: #signing,
            states: &[#(#states),*],
            poll: #poll,
            utc_offset_minutes: #offset,
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
    let outcome = outcome(&op.outcome);
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
            request_fields: #request_fields,
            response_fields: #response_fields,
            outcome: #outcome,
        };
    }
}

fn classification(r: ResultSpec) -> TokenStream {
    let root = rt::root();
    let rule_result = rt::descriptor("RuleResult");
    let c = match r {
        ResultSpec::Success => "Success",
        ResultSpec::Pending => "Pending",
        ResultSpec::Failed => "Failed",
        ResultSpec::Unknown => "Unknown",
        ResultSpec::FromState => return quote!(#rule_result::FromState),
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
    let otherwise = match o.otherwise {
        ResultSpec::FromState => {
            // `otherwise` is a plain classification; validation refuses from_state here.
            let root = rt::root();
            quote!(#root::Classification::Unknown)
        }
        r => {
            let root = rt::root();
            let c = format_ident!(
                "{}",
                match r {
                    ResultSpec::Success => "Success",
                    ResultSpec::Pending => "Pending",
                    ResultSpec::Failed => "Failed",
                    _ => "Unknown",
                }
            );
            quote!(#root::Classification::#c)
        }
    };
    quote! {
        #ty {
            signals: &[#(#signals),*],
            rules: &[#(#rules),*],
            otherwise: #otherwise,
        }
    }
}
