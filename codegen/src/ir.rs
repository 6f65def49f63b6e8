//! The intermediate representation: every decision the emitters need, made once.
//!
//! Lowering runs on a spec that `validate` accepted; it still returns an error rather than
//! panicking if it meets something validation should have refused.

use std::collections::BTreeMap;

use crate::names::{field_name, type_name};
use crate::spec::model::*;
use crate::validate::{parse_duration, parse_utc_offset};

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct LowerError(pub String);

fn fail<T>(message: impl Into<String>) -> Result<T, LowerError> {
    Err(LowerError(message.into()))
}

#[derive(Debug, Clone)]
pub struct Provider {
    /// `specs/pooul.yaml`, for the `@generated` header.
    pub source_file: String,
    /// Module and feature name.
    pub module: String,
    pub title: String,
    pub doc: Option<String>,
    pub utc_offset_minutes: i16,
    pub utc_offset: String,
    pub config: Vec<ConfigEntry>,
    pub signing: SigningSpec,
    pub layouts: Vec<Layout>,
    pub enums: Vec<Enum>,
    pub states: Enum,
    pub poll: Poll,
    pub operations: Vec<Operation>,
    /// Nested structs of all operations, by Rust name.
    pub structs: BTreeMap<String, Struct>,
    pub sandbox: SandboxSpec,
}

#[derive(Debug, Clone)]
pub struct ConfigEntry {
    pub key: String,
    pub rust: String,
    pub doc: Option<String>,
    pub sensitive: bool,
    pub optional: bool,
}

#[derive(Debug, Clone)]
pub struct Layout {
    pub name: String,
    /// `LAYOUT_REQUEST`.
    pub static_name: String,
    pub doc: Option<String>,
    pub format: crate::spec::model::FormatSpec,
    /// The request's `Content-Type` header: the spec's, else the format's own (`None` for
    /// JSON, which the transport sends as `application/json`).
    pub content_type: Option<String>,
    pub nodes: Vec<NodeSpec>,
    pub covers: CoverageSpec,
}

impl Layout {
    /// Whether the body is flat text members (XML, form) rather than JSON.
    pub fn is_flat(&self) -> bool {
        self.format != crate::spec::model::FormatSpec::Json
    }
}

#[derive(Debug, Clone)]
pub struct Enum {
    pub name: String,
    pub doc: Option<String>,
    pub integer: bool,
    pub variants: Vec<Variant>,
}

#[derive(Debug, Clone)]
pub struct Variant {
    pub wire: String,
    pub rust: String,
    pub doc: Option<String>,
    /// Only for trade states.
    pub status: Option<StatusNameSpec>,
}

#[derive(Debug, Clone, Copy)]
pub struct Poll {
    pub first_query_after_ms: u64,
    pub query_interval_ms: u64,
    pub max_queries: u32,
    pub deadline_ms: u64,
    pub earliest_reverse_ms: u64,
    pub reverse_attempts: u32,
    pub reverse_interval_ms: u64,
}

#[derive(Debug, Clone)]
pub struct Operation {
    pub name: String,
    /// Module name.
    pub module: String,
    /// `Micropay`: prefix of `MicropayRequest` / `MicropayResponse`.
    pub type_prefix: String,
    pub doc: Option<String>,
    pub assumption: Option<String>,
    pub role: RoleSpec,
    pub direction: DirectionSpec,
    pub path: String,
    pub http_method: String,
    pub method_constant: Option<String>,
    pub constants: BTreeMap<String, String>,
    pub request_layout: String,
    pub response_layout: Option<String>,
    pub ack: Option<String>,
    /// Inbound operations: the answer time and the redelivery waits, in milliseconds.
    pub delivery: Option<Delivery>,
    /// Outbound operations presenting a client certificate: its config key and its key's.
    pub client_certificate: Option<(String, String)>,
    /// Reply fields whose values become config values: (field wire name, config key).
    pub updates_config: Vec<(String, String)>,
    pub request: Struct,
    pub response: Option<Struct>,
    pub outcome: OutcomeSpec,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub answer_within_ms: u64,
    pub redelivery_ms: Vec<u64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    pub name: String,
    pub doc: Option<String>,
    pub fields: Vec<Field>,
    /// Groups of fields (wire names) of which at least one must be given.
    pub at_least_one_of: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub wire: String,
    pub rust: String,
    pub doc: Option<String>,
    pub required: bool,
    pub sensitive: bool,
    pub unified: Option<UnifiedSpec>,
    pub default: Option<ScalarSpec>,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    String {
        max_len: Option<u32>,
        pattern: Option<String>,
        charset: Option<CharsetSpec>,
    },
    Integer {
        min: Option<i64>,
        max: Option<i64>,
    },
    Boolean,
    Money {
        unit: MoneyUnitSpec,
        wire_as: WireAsSpec,
        /// Wire name of the field holding the currency.
        currency_field: Option<String>,
        currency_config: Option<String>,
        /// Zero is a valid amount; without it the amount must be positive.
        allow_zero: bool,
    },
    Timestamp(TimestampFormatSpec),
    Flag,
    Enum(String),
    State,
    Object(String),
    List(Box<Kind>),
    JsonString(Box<Kind>),
}

impl Provider {
    pub fn layout(&self, name: &str) -> Option<&Layout> {
        self.layouts.iter().find(|l| l.name == name)
    }
}

/// Lowers a validated spec.
pub fn lower(source_file: &str, spec: &ProviderSpec) -> Result<Provider, LowerError> {
    let utc_offset_minutes = parse_utc_offset(&spec.utc_offset)
        .ok_or_else(|| LowerError(format!("bad utc_offset `{}`", spec.utc_offset)))?;
    let config = spec
        .config
        .iter()
        .map(|c| ConfigEntry {
            key: c.key.clone(),
            rust: field_name(&c.key),
            doc: c.doc.clone(),
            sensitive: c.sensitive,
            optional: c.optional,
        })
        .collect();
    let layouts = spec
        .layouts
        .iter()
        .map(|(name, l)| Layout {
            name: name.clone(),
            static_name: format!("LAYOUT_{}", field_name(name).to_uppercase()),
            doc: l.doc.clone(),
            format: l.format.clone(),
            content_type: l.content_type.clone().or_else(|| {
                use crate::spec::model::FormatSpec;
                match l.format {
                    FormatSpec::Json => None,
                    FormatSpec::Xml(_) => Some("application/xml; charset=utf-8".to_owned()),
                    FormatSpec::Form => {
                        Some("application/x-www-form-urlencoded; charset=utf-8".to_owned())
                    }
                }
            }),
            nodes: l.nodes.clone(),
            covers: l.covers.clone(),
        })
        .collect();
    let enums = spec
        .enums
        .iter()
        .map(|e| {
            lower_enum(
                &e.name,
                &e.doc,
                e.wire,
                e.values.iter().map(|v| (&v.code, &v.variant, &v.doc, None)),
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let states = lower_enum(
        "TradeState",
        &spec.states.doc,
        spec.states.wire,
        spec.states
            .values
            .iter()
            .map(|v| (&v.code, &v.variant, &v.doc, Some(v.status))),
    )?;
    let poll = lower_poll(&spec.poll)?;
    let mut structs = BTreeMap::new();
    let mut operations = Vec::new();
    for op in &spec.operations {
        operations.push(lower_operation(op, &mut structs)?);
    }
    Ok(Provider {
        source_file: source_file.to_string(),
        module: field_name(&spec.provider),
        title: spec.title.clone(),
        doc: spec.doc.clone(),
        utc_offset_minutes,
        utc_offset: spec.utc_offset.clone(),
        config,
        signing: spec.signing.clone(),
        layouts,
        enums,
        states,
        poll,
        operations,
        structs,
        sandbox: spec.sandbox.clone(),
    })
}

type VariantSource<'a> = (
    &'a ScalarSpec,
    &'a Option<String>,
    &'a Option<String>,
    Option<Option<StatusNameSpec>>,
);

fn lower_enum<'a>(
    name: &str,
    doc: &Option<String>,
    wire: WireScalarSpec,
    values: impl Iterator<Item = VariantSource<'a>>,
) -> Result<Enum, LowerError> {
    let mut variants = Vec::new();
    for (code, variant, vdoc, status) in values {
        let wire_text = code.as_text();
        let rust = type_name(variant.as_deref().unwrap_or(&wire_text));
        let status = match status {
            None => None,
            Some(Some(s)) => Some(s),
            Some(None) => return fail(format!("state `{wire_text}` has no status")),
        };
        variants.push(Variant {
            wire: wire_text,
            rust,
            doc: vdoc.clone(),
            status,
        });
    }
    Ok(Enum {
        name: type_name(name),
        doc: doc.clone(),
        integer: wire == WireScalarSpec::Integer,
        variants,
    })
}

fn millis(text: &str, what: &str) -> Result<u64, LowerError> {
    match parse_duration(text) {
        Some(d) => Ok(u64::try_from(d.as_millis()).unwrap_or(u64::MAX)),
        None => fail(format!("bad duration `{text}` for {what}")),
    }
}

fn lower_poll(p: &PollSpec) -> Result<Poll, LowerError> {
    Ok(Poll {
        first_query_after_ms: millis(&p.first_query_after, "first_query_after")?,
        query_interval_ms: millis(&p.query_interval, "query_interval")?,
        max_queries: p.max_queries,
        deadline_ms: millis(&p.deadline, "deadline")?,
        earliest_reverse_ms: millis(&p.reverse.earliest_after_pay, "earliest_after_pay")?,
        reverse_attempts: p.reverse.max_attempts,
        reverse_interval_ms: millis(&p.reverse.retry_interval, "retry_interval")?,
    })
}

fn lower_operation(
    op: &OperationSpec,
    structs: &mut BTreeMap<String, Struct>,
) -> Result<Operation, LowerError> {
    let prefix = type_name(&op.name);
    let inbound = op.direction == DirectionSpec::Inbound;
    let request_layout = op.request_layout.clone().unwrap_or_else(|| {
        if inbound {
            "notification".into()
        } else {
            "request".into()
        }
    });
    let response_layout = if inbound {
        None
    } else {
        Some(
            op.response_layout
                .clone()
                .unwrap_or_else(|| "response".into()),
        )
    };
    let request_name = if inbound {
        format!("{prefix}Message")
    } else {
        format!("{prefix}Request")
    };
    let mut request = lower_struct(&request_name, &op.doc, &op.request, structs)?;
    request.at_least_one_of = op.at_least_one_of.clone();
    let response = if inbound {
        None
    } else {
        Some(lower_struct(
            &format!("{prefix}Response"),
            &None,
            &op.response,
            structs,
        )?)
    };
    Ok(Operation {
        name: op.name.clone(),
        module: field_name(&op.name),
        type_prefix: prefix,
        doc: op.doc.clone(),
        assumption: op.assumption.clone(),
        role: op.role,
        direction: op.direction,
        path: op.path.clone(),
        http_method: op.http_method.clone(),
        method_constant: op.method_constant.clone(),
        constants: op.constants.clone(),
        request_layout,
        response_layout,
        ack: op.ack.clone(),
        delivery: op
            .delivery
            .as_ref()
            .map(|d| -> Result<Delivery, LowerError> {
                Ok(Delivery {
                    answer_within_ms: millis(&d.answer_within, "answer_within")?,
                    redelivery_ms: d
                        .redelivery
                        .iter()
                        .map(|w| millis(w, "redelivery"))
                        .collect::<Result<_, _>>()?,
                })
            })
            .transpose()?,
        client_certificate: op
            .client_certificate
            .as_ref()
            .map(|c| (c.certificate.clone(), c.key.clone())),
        updates_config: op
            .updates_config
            .iter()
            .map(|u| (u.field.clone(), u.config.clone()))
            .collect(),
        request,
        response,
        outcome: op.outcome.clone(),
    })
}

fn lower_struct(
    name: &str,
    doc: &Option<String>,
    fields: &[FieldSpec],
    structs: &mut BTreeMap<String, Struct>,
) -> Result<Struct, LowerError> {
    let mut out = Vec::new();
    for f in fields {
        let Some(wire) = f.wire.clone() else {
            return fail(format!("a field of `{name}` has no wire name"));
        };
        let rust = f.rust_name.clone().unwrap_or_else(|| field_name(&wire));
        out.push(Field {
            kind: lower_kind(f, structs)?,
            wire,
            rust,
            doc: f.doc.clone(),
            required: f.required,
            sensitive: f.sensitive,
            unified: f.unified,
            default: f.default.clone(),
        });
    }
    Ok(Struct {
        name: name.to_string(),
        doc: doc.clone(),
        fields: out,
        at_least_one_of: Vec::new(),
    })
}

fn lower_nested(
    f: &FieldSpec,
    structs: &mut BTreeMap<String, Struct>,
) -> Result<String, LowerError> {
    let (Some(name), Some(fields)) = (&f.struct_name, &f.fields) else {
        return fail("an object field needs `struct` and `fields`");
    };
    let name = type_name(name);
    let lowered = lower_struct(&name, &f.doc, fields, structs)?;
    match structs.get(&name) {
        Some(existing) if existing.fields != lowered.fields => {
            fail(format!("struct `{name}` is defined twice, differently"))
        }
        Some(_) => Ok(name),
        None => {
            structs.insert(name.clone(), lowered);
            Ok(name)
        }
    }
}

fn lower_kind(f: &FieldSpec, structs: &mut BTreeMap<String, Struct>) -> Result<Kind, LowerError> {
    Ok(match f.ty {
        TypeSpec::String => Kind::String {
            max_len: f.max_len,
            pattern: f.pattern.clone(),
            charset: f.charset,
        },
        TypeSpec::Integer => Kind::Integer {
            min: f.min,
            max: f.max,
        },
        TypeSpec::Boolean => Kind::Boolean,
        TypeSpec::Money => {
            let Some(unit) = f.unit else {
                return fail("money without unit");
            };
            Kind::Money {
                unit,
                wire_as: f.wire_as.unwrap_or(WireAsSpec::Number),
                currency_field: f.currency_field.clone(),
                currency_config: f.currency_config.clone(),
                allow_zero: f.allow_zero,
            }
        }
        TypeSpec::Timestamp => match f.format {
            Some(fmt) => Kind::Timestamp(fmt),
            None => return fail("timestamp without format"),
        },
        TypeSpec::Flag => Kind::Flag,
        TypeSpec::Enum => match &f.enum_name {
            Some(e) => Kind::Enum(type_name(e)),
            None => return fail("enum field without `enum`"),
        },
        TypeSpec::State => Kind::State,
        TypeSpec::Object => Kind::Object(lower_nested(f, structs)?),
        TypeSpec::List => match &f.items {
            Some(items) => Kind::List(Box::new(lower_kind(items, structs)?)),
            None => return fail("list without items"),
        },
        TypeSpec::JsonString => {
            if let Some(items) = &f.items {
                Kind::JsonString(Box::new(Kind::List(Box::new(lower_kind(items, structs)?))))
            } else {
                Kind::JsonString(Box::new(Kind::Object(lower_nested(f, structs)?)))
            }
        }
    })
}
