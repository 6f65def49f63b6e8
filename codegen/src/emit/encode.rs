//! The body of a generated `encode`: the envelope, the member order and what the signature
//! covers are decided here, at generation time, and the emitted code writes the body straight
//! from the typed struct into one pre-sized buffer and streams the string to sign into the
//! digest (`payspec_core::write`). The bytes are the interpreter's
//! (`payspec_core::codec::encode_request`): the top level in layout order with inline content
//! at its node, every nested object (envelope objects, content objects, a content JSON string)
//! sorted by member name, operation constants merged into the content as strings, absent
//! optional members left out, numbers as their exact literals.
//!
//! A layout this module does not specialise (a member name given twice, a signature that is not
//! the last member, a coverage rule over something other than an envelope or content object)
//! keeps the interpreter: [`request`] returns `None` and the caller emits a call to it.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::ir::{Field, Kind, Operation, Provider};
use crate::names::field_name;
use crate::spec::model::{
    AlgorithmSpec, ContentSpec, CoverageSpec, DirectionSpec, EmptySpec, FillSpec, MoneyUnitSpec,
    NodeSpec, PlacementSpec, RepliesSpec, StatusLevelSpec, StatusSpec, TimestampFormatSpec,
    WireAsSpec,
};

/// A member's value.
enum Val {
    /// Known at generation time: its JSON text and the text it signs as.
    Static { json: Vec<u8>, text: String },
    /// A local holding the text (`&str`, or `Option<&str>` when `optional`); written as a JSON
    /// string when `string`, else as the literal itself.
    Local {
        ident: proc_macro2::Ident,
        optional: bool,
        string: bool,
    },
    /// An object: members in the order written.
    Object(Vec<Member>),
    /// The content as a JSON string (members sorted).
    JsonString(Vec<Member>),
}

struct Member {
    name: String,
    val: Val,
}

/// What the emitted function computes before writing: per-call values and field texts.
struct Prep<'a> {
    p: &'a Provider,
    op: &'a Operation,
    layout: &'a str,
    lets: Vec<TokenStream>,
    /// `+ self.x.len()`-like terms of the capacity.
    lens: Vec<TokenStream>,
    counter: usize,
    used: Vec<String>,
    /// The configuration values read into locals so far (`c_<key>`), by key.
    configs: Vec<(String, proc_macro2::Ident)>,
    /// What the fields are read from: `self` (a request), `body` (a reply's content).
    recv: TokenStream,
    /// Encoding a reply: its status members are written, no constants are merged.
    reply: bool,
    nonce: Vec<(u32, proc_macro2::Ident)>,
    now: Option<proc_macro2::Ident>,
    time: Vec<(TimestampFormatSpec, proc_macro2::Ident)>,
}

impl Prep<'_> {
    /// A local named after what it holds (`f_total_fee`), numbered only when needed.
    fn fresh(&mut self, name: &str) -> proc_macro2::Ident {
        // `f_` + `_2fa` would not be snake case.
        let name = name.replace("r#", "").replace("__", "_");
        let name = name.as_str();
        self.counter += 1;
        if self.used.iter().any(|u| u == name) {
            format_ident!("{}_{}", name, self.counter)
        } else {
            self.used.push(name.to_string());
            format_ident!("{}", name)
        }
    }

    fn local(&mut self, name: &str, expr: TokenStream, optional: bool, string: bool) -> Val {
        let ident = self.fresh(name);
        self.lets.push(quote!(let #ident = #expr;));
        self.lens.push(if optional {
            quote!(#ident.map_or(0, str::len))
        } else {
            quote!(#ident.len())
        });
        Val::Local {
            ident,
            optional,
            string,
        }
    }

    /// A value formatted on the stack (`holder`, of `x: &T`; a `Result` when `fallible`), its
    /// text borrowed from the holder.
    fn held(&mut self, f: &Field, holder: TokenStream, fallible: bool, string: bool) -> Val {
        let field = format_ident!("{}", f.rust);
        let recv = self.recv.clone();
        let h = self.fresh(&format!("h_{}", f.rust));
        let v = format!("f_{}", f.rust);
        let q = fallible.then(|| quote!(?));
        if f.required {
            self.lets.push(quote! {
                let #h = { let x = &#recv.#field; #holder }#q;
            });
            self.local(&v, quote!(#h.as_str()), false, string)
        } else {
            let transpose = fallible.then(|| quote!(.transpose()?));
            self.lets.push(quote! {
                let #h = #recv.#field.as_ref().map(|x| #holder)#transpose;
            });
            self.local(&v, quote!(#h.as_ref().map(|h| h.as_str())), true, string)
        }
    }

    /// [`Prep::held`] of a fallible `String` (its text borrowed with `as_deref`).
    fn held_string(&mut self, f: &Field, holder: TokenStream, string: bool) -> Val {
        let field = format_ident!("{}", f.rust);
        let recv = self.recv.clone();
        let h = self.fresh(&format!("h_{}", f.rust));
        let v = format!("f_{}", f.rust);
        if f.required {
            self.lets
                .push(quote!(let #h = { let x = &#recv.#field; #holder }?;));
            self.local(&v, quote!(#h.as_str()), false, string)
        } else {
            self.lets.push(quote! {
                let #h = #recv.#field.as_ref().map(|x| #holder).transpose()?;
            });
            self.local(&v, quote!(#h.as_deref()), true, string)
        }
    }

    /// [`Prep::held`] of a fallible function of `&T` (named, not wrapped in a closure).
    fn held_by(&mut self, f: &Field, function: TokenStream, string: bool) -> Val {
        let field = format_ident!("{}", f.rust);
        let recv = self.recv.clone();
        let h = self.fresh(&format!("h_{}", f.rust));
        let v = format!("f_{}", f.rust);
        if f.required {
            self.lets.push(quote!(let #h = #function(&#recv.#field)?;));
            self.local(&v, quote!(#h.as_str()), false, string)
        } else {
            self.lets.push(quote! {
                let #h = #recv.#field.as_ref().map(#function).transpose()?;
            });
            self.local(&v, quote!(#h.as_ref().map(|h| h.as_str())), true, string)
        }
    }

    /// A text borrowed from the struct (`text`, of `x: &T`; a `Result` when `fallible`).
    fn borrowed(&mut self, f: &Field, text: TokenStream, fallible: bool, string: bool) -> Val {
        let field = format_ident!("{}", f.rust);
        let recv = self.recv.clone();
        let v = format!("f_{}", f.rust);
        let q = fallible.then(|| quote!(?));
        let plain = matches!(f.kind, Kind::String { .. });
        if f.required && plain && f.sensitive {
            self.local(&v, quote!(#recv.#field.expose().as_str()), false, string)
        } else if f.required && plain {
            self.local(&v, quote!(#recv.#field.as_str()), false, string)
        } else if f.required {
            self.local(
                &v,
                quote!({ let x = &#recv.#field; #text }#q),
                false,
                string,
            )
        } else if plain && !f.sensitive {
            self.local(&v, quote!(#recv.#field.as_deref()), true, string)
        } else {
            let transpose = fallible.then(|| quote!(.transpose()?));
            self.local(
                &v,
                quote!(#recv.#field.as_ref().map(|x| #text)#transpose),
                true,
                string,
            )
        }
    }

    fn field(&mut self, f: &Field) -> Option<Val> {
        let w = quote!(::payspec_core::write);
        let op = &self.op.name;
        Some(match &f.kind {
            Kind::String { .. } if f.sensitive => {
                self.borrowed(f, quote!(x.expose().as_str()), false, true)
            }
            Kind::String { .. } => self.borrowed(f, quote!(x.as_str()), false, true),
            Kind::Integer { .. } => self.held(f, quote!(#w::int(*x)), false, false),
            Kind::Boolean => {
                self.borrowed(f, quote!(if *x { "true" } else { "false" }), false, false)
            }
            Kind::Money { unit, wire_as, .. } => match (unit, wire_as) {
                (MoneyUnitSpec::Fen, _) => self.held(
                    f,
                    quote!(#w::cny(x, #op).map(|m| #w::int(m.minor()))),
                    true,
                    false,
                ),
                (MoneyUnitSpec::Yuan, WireAsSpec::Number) => self.held(
                    f,
                    quote!(#w::cny(x, #op).map(|m| #w::major(&m))),
                    true,
                    false,
                ),
                (MoneyUnitSpec::Yuan, WireAsSpec::String) => self.held(
                    f,
                    quote!(#w::cny(x, #op).map(|m| #w::major(&m))),
                    true,
                    true,
                ),
                (MoneyUnitSpec::Minor, _) => self.held(f, quote!(#w::int(x.0)), false, false),
            },
            Kind::Timestamp(TimestampFormatSpec::Unix) => {
                self.held(f, quote!(#w::int(x.unix())), false, false)
            }
            Kind::Timestamp(TimestampFormatSpec::Rfc3339) => {
                self.held_by(f, quote!(#w::rfc3339), true)
            }
            Kind::Timestamp(TimestampFormatSpec::Compact) => {
                self.held_by(f, quote!(#w::compact), true)
            }
            Kind::Timestamp(TimestampFormatSpec::Datetime) => {
                self.held_by(f, quote!(#w::datetime), true)
            }
            Kind::Timestamp(TimestampFormatSpec::UnixMs) => {
                self.held(f, quote!(#w::int(x.unix_millis())), false, false)
            }
            Kind::Flag => self.borrowed(f, quote!(x.as_wire()), false, true),
            Kind::Enum(name) => {
                let integer = self.p.enums.iter().find(|e| &e.name == name)?.integer;
                self.borrowed(f, quote!(#w::enum_text(x, #op)), true, !integer)
            }
            Kind::State => {
                let integer = self.p.states.integer;
                self.borrowed(f, quote!(#w::enum_text(x, #op)), true, !integer)
            }
            // Rare shapes, written through serde (one allocation each): a nested object or
            // list as the interpreter's sorted JSON, a JSON string field as its adapter's text.
            Kind::Object(_) | Kind::List(_) => {
                self.held_string(f, quote!(#w::sorted_json(x, #op)), false)
            }
            Kind::JsonString(_) => self.held_string(f, quote!(#w::json_text(x, #op)), true),
        })
    }

    /// The configuration value `key` of this call, read once (`write::config`: a rotated value
    /// from a credential store is read like a static one).
    fn config(&mut self, key: &str) -> Option<proc_macro2::Ident> {
        self.p.config.iter().find(|c| c.key == key)?;
        if let Some((_, ident)) = self.configs.iter().find(|(k, _)| k == key) {
            return Some(ident.clone());
        }
        let ident = self.fresh(&format!("c_{}", field_name(key)));
        self.lets.push(quote! {
            let #ident: &str = ::payspec_core::write::config(config, #key)?;
        });
        self.configs.push((key.to_owned(), ident.clone()));
        Some(ident)
    }

    fn now(&mut self) -> proc_macro2::Ident {
        if let Some(now) = &self.now {
            return now.clone();
        }
        let now = format_ident!("now");
        let offset = Literal::i16_unsuffixed(self.p.utc_offset_minutes);
        self.lets.push(quote! {
            let now = ::payspec_core::write::request_time(ctx.unix_time, #offset)?;
        });
        self.now = Some(now.clone());
        now
    }

    fn fill(&mut self, fill: &FillSpec) -> Option<Val> {
        let w = quote!(::payspec_core::write);
        Some(match fill {
            FillSpec::Const(text) => Val::Static {
                json: serde_json::to_vec(text).ok()?,
                text: text.clone(),
            },
            FillSpec::ConstInt(n) => Val::Static {
                json: n.to_string().into_bytes(),
                text: n.to_string(),
            },
            FillSpec::Config(key) => {
                let ident = self.config(key)?;
                self.lens.push(quote!(#ident.len()));
                Val::Local {
                    ident,
                    optional: false,
                    string: true,
                }
            }
            // The algorithm's name is known only from configuration at run time.
            FillSpec::SigningAlgorithm => return None,
            FillSpec::Nonce(n) => {
                if let Some((_, ident)) = self.nonce.iter().find(|(len, _)| len == n) {
                    return Some(Val::Local {
                        ident: ident.clone(),
                        optional: false,
                        string: true,
                    });
                }
                let len = Literal::usize_unsuffixed(usize::try_from(*n).ok()?);
                let layout = self.layout;
                let val = self.local(
                    "nonce",
                    quote!(#w::nonce(&ctx.nonce, #len, #layout)?),
                    false,
                    true,
                );
                if let Val::Local { ident, .. } = &val {
                    self.nonce.push((*n, ident.clone()));
                }
                val
            }
            FillSpec::Timestamp(fmt) => {
                if let Some((_, ident)) = self.time.iter().find(|(f, _)| f == fmt) {
                    return Some(Val::Local {
                        ident: ident.clone(),
                        optional: false,
                        string: !matches!(
                            fmt,
                            TimestampFormatSpec::Unix | TimestampFormatSpec::UnixMs
                        ),
                    });
                }
                let now = self.now();
                let h = self.fresh("h_now");
                let (holder, string) = match fmt {
                    TimestampFormatSpec::Unix => (quote!(#now.unix()), false),
                    TimestampFormatSpec::Rfc3339 => (quote!(#now.rfc3339()?), true),
                    TimestampFormatSpec::Compact => (quote!(#now.compact()?), true),
                    TimestampFormatSpec::Datetime => (quote!(#now.datetime()?), true),
                    TimestampFormatSpec::UnixMs => (quote!(#now.unix_millis()), false),
                };
                self.lets.push(quote!(let #h = #holder;));
                let val = self.local("time", quote!(#h.as_str()), false, string);
                if let Val::Local { ident, .. } = &val {
                    self.time.push((*fmt, ident.clone()));
                }
                val
            }
            FillSpec::MessageId => {
                self.local("message_id", quote!(ctx.message_id.as_str()), false, true)
            }
            FillSpec::OperationMethod => {
                let method = self.op.method_constant.as_ref()?;
                Val::Static {
                    json: serde_json::to_vec(method).ok()?,
                    text: method.clone(),
                }
            }
        })
    }

    /// The content's members, sorted by name: the fields, then the constants merged in.
    fn content(&mut self) -> Option<Vec<Member>> {
        let mut members = Vec::new();
        let fields = if self.reply {
            &self.op.response.as_ref()?.fields
        } else {
            &self.op.request.fields
        };
        for f in fields {
            let val = self.field(f)?;
            members.push(Member {
                name: f.wire.clone(),
                val,
            });
        }
        let constants = if self.reply {
            Default::default()
        } else {
            self.op.constants.clone()
        };
        for (name, value) in &constants {
            members.push(Member {
                name: name.clone(),
                val: Val::Static {
                    json: serde_json::to_vec(value).ok()?,
                    text: value.clone(),
                },
            });
        }
        sort_unique(&mut members)?;
        Some(members)
    }

    /// The members of one envelope level; `content` is taken by the first content node.
    fn level(
        &mut self,
        nodes: &[NodeSpec],
        top: bool,
        content: &mut Option<Vec<Member>>,
        signature: &mut Option<usize>,
    ) -> Option<Vec<Member>> {
        let mut members: Vec<Member> = Vec::new();
        for node in nodes {
            if signature.is_some() && top && (self.reply || node.status.is_none()) {
                // Something after the signature: the interpreter inserts it; not specialised.
                return None;
            }
            if let Some(fill) = &node.fill {
                let val = self.fill(fill)?;
                members.push(Member {
                    name: node.wire.clone()?,
                    val,
                });
            } else if let Some(placement) = node.content {
                let inner = content.take()?;
                match placement {
                    ContentSpec::Inline => members.extend(inner),
                    ContentSpec::Object => members.push(Member {
                        name: node.wire.clone()?,
                        val: Val::Object(inner),
                    }),
                    ContentSpec::JsonString => members.push(Member {
                        name: node.wire.clone()?,
                        val: Val::JsonString(inner),
                    }),
                }
            } else if let Some(children) = &node.object {
                let inner = self.level(children, false, content, signature)?;
                members.push(Member {
                    name: node.wire.clone()?,
                    val: Val::Object(inner),
                });
            } else if let Some(part) = node.status {
                // A request carries no status; a reply its status members, when given.
                if self.reply {
                    let wire = node.wire.clone()?;
                    let text = match part {
                        StatusSpec::Code => quote!(status.code.as_deref()),
                        StatusSpec::Message => quote!(status.message.as_deref()),
                        StatusSpec::SubCode => quote!(status.sub_code.as_deref()),
                    };
                    let number = part == StatusSpec::Code && node.integer;
                    let expr = if number {
                        quote!(#text.map(|t| ::payspec_core::write::number(t, #wire)).transpose()?)
                    } else {
                        text
                    };
                    let name = format!("status_{}", field_name(&wire));
                    let val = self.local(&name, expr, true, !number);
                    members.push(Member { name: wire, val });
                }
            } else {
                // The signature.
                if !top || signature.is_some() {
                    return None;
                }
                *signature = Some(members.len());
            }
        }
        if top {
            let mut names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
            names.sort_unstable();
            if names.windows(2).any(|w| w[0] == w[1]) {
                return None;
            }
        } else {
            sort_unique(&mut members)?;
        }
        Some(members)
    }
}

fn sort_unique(members: &mut [Member]) -> Option<()> {
    members.sort_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
    if members.windows(2).any(|w| w[0].name == w[1].name) {
        return None;
    }
    Some(())
}

/// Emitted statements writing into the buffer `buf`.
struct Writer {
    buf: proc_macro2::Ident,
    steps: Vec<TokenStream>,
    pending: Vec<u8>,
    /// Bytes of literal text written, for the capacity.
    fixed: usize,
    counter: usize,
    /// Where each top-level object's value text lies: (member name, start, end) locals.
    ranges: Vec<(String, proc_macro2::Ident, proc_macro2::Ident)>,
    /// JSON-string members built in buffers of their own: (member name, buffer).
    inner: Vec<(String, proc_macro2::Ident)>,
    /// The top-level objects whose text the signature covers.
    want_ranges: Vec<String>,
}

impl Writer {
    fn new(buf: proc_macro2::Ident) -> Writer {
        Writer {
            buf,
            steps: Vec::new(),
            pending: Vec::new(),
            fixed: 0,
            counter: 0,
            ranges: Vec::new(),
            inner: Vec::new(),
            want_ranges: Vec::new(),
        }
    }

    fn lit(&mut self, bytes: &[u8]) {
        self.fixed += bytes.len();
        self.pending.extend_from_slice(bytes);
    }

    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let buf = &self.buf;
        let bytes = Literal::byte_string(&self.pending);
        self.steps.push(quote!(#buf.extend_from_slice(#bytes);));
        self.pending.clear();
    }

    fn code(&mut self, code: TokenStream) {
        self.flush();
        self.steps.push(code);
    }

    fn name_bytes(name: &str) -> Vec<u8> {
        let mut out = serde_json::to_vec(name).unwrap_or_default();
        out.push(b':');
        out
    }

    /// `{…}` of `members`; `pre` holds statements to run before (JSON strings' buffers).
    fn object(&mut self, members: &[Member], top: bool, pre: &mut Vec<TokenStream>) -> bool {
        self.lit(b"{");
        let mut known = false;
        let mut any = false;
        for m in members {
            let name = Self::name_bytes(&m.name);
            let buf = self.buf.clone();
            match &m.val {
                Val::Local {
                    ident,
                    optional: true,
                    string,
                } => {
                    let mut name = name;
                    let comma = if known {
                        name.insert(0, b',');
                        quote!()
                    } else if any {
                        quote!(::payspec_core::write::comma(&mut #buf);)
                    } else {
                        quote!()
                    };
                    self.fixed += name.len() + 3;
                    let name = Literal::byte_string(&name);
                    let value = write_value(&buf, &quote!(v), *string);
                    self.code(quote! {
                        if let ::std::option::Option::Some(v) = #ident {
                            #comma
                            #buf.extend_from_slice(#name);
                            #value
                        }
                    });
                }
                _ => {
                    if known {
                        self.lit(b",");
                    } else if any {
                        self.code(quote!(::payspec_core::write::comma(&mut #buf);));
                    }
                    self.lit(&name);
                    match &m.val {
                        Val::Static { json, .. } => self.lit(json),
                        Val::Local { ident, string, .. } => {
                            self.fixed += 2;
                            let value = write_value(&buf, &quote!(#ident), *string);
                            self.code(value);
                        }
                        Val::Object(inner) => {
                            if top && self.want_ranges.contains(&m.name) {
                                self.counter += 1;
                                let start = format_ident!("start_{}", self.counter);
                                let end = format_ident!("end_{}", self.counter);
                                self.code(quote!(let #start = #buf.len();));
                                self.object(inner, false, pre);
                                self.code(quote!(let #end = #buf.len();));
                                self.ranges.push((m.name.clone(), start, end));
                            } else {
                                self.object(inner, false, pre);
                            }
                        }
                        Val::JsonString(inner) => {
                            self.counter += 1;
                            let ident = format_ident!("inner_{}", self.counter);
                            let mut w = Writer::new(ident.clone());
                            w.counter = self.counter * 100;
                            w.object(inner, false, pre);
                            w.flush();
                            let fixed = w.fixed;
                            let steps = w.steps;
                            pre.push(quote! {
                                let mut #ident: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(#fixed + len);
                                #(#steps)*
                            });
                            self.fixed += 2;
                            self.code(quote! {
                                ::payspec_core::write::str_bytes(&mut #buf, &#ident);
                            });
                            self.inner.push((m.name.clone(), ident));
                        }
                    }
                    known = true;
                }
            }
            any = true;
        }
        self.lit(b"}");
        known
    }
}

fn write_value(buf: &proc_macro2::Ident, value: &TokenStream, string: bool) -> TokenStream {
    if string {
        quote!(::payspec_core::write::str(&mut #buf, #value);)
    } else {
        quote!(#buf.extend_from_slice(#value.as_bytes());)
    }
}

/// Statements feeding the signer one member as a pair (`name=text`).
fn pair(w: &Writer, p: &Provider, m: &Member, absent_as_empty: bool) -> Option<TokenStream> {
    let name = &m.name;
    let joined = joined(p, name, "");
    Some(match &m.val {
        Val::Static { text, .. } if text.is_empty() && p.signing.empty == EmptySpec::Skip => {
            quote!()
        }
        Val::Static { text, .. } => {
            let fixed = self::joined(p, name, text);
            quote!(signer.pair_fixed(#fixed);)
        }
        Val::Local {
            ident,
            optional: false,
            ..
        } => quote!(signer.pair(#joined, #ident);),
        Val::Local { ident, .. } if absent_as_empty => {
            quote!(signer.pair(#joined, #ident.unwrap_or(""));)
        }
        Val::Local { ident, .. } => quote! {
            if let ::std::option::Option::Some(v) = #ident {
                signer.pair(#joined, v);
            }
        },
        Val::Object(_) => {
            let (_, start, end) = w.ranges.iter().find(|(n, _, _)| n == name)?;
            let buf = &w.buf;
            quote!(signer.pair_bytes(#joined, &#buf[#start..#end]);)
        }
        Val::JsonString(_) => {
            let (_, ident) = w.inner.iter().find(|(n, _)| n == name)?;
            quote!(signer.pair_bytes(#joined, &#ident);)
        }
    })
}

/// `<joiner><name><separator><value>` as a byte string literal: what the signer feeds for a pair
/// (without the joiner before the first), written out at generation time.
fn joined(p: &Provider, name: &str, value: &str) -> Literal {
    Literal::byte_string(
        format!(
            "{}{name}{}{value}",
            p.signing.pairs_joiner, p.signing.pair_separator
        )
        .as_bytes(),
    )
}

/// Whether a reply of `op` can be read by the one-pass reader (`payspec_core::codec::read`):
/// a JSON body, one fixed digest, one status level, every reply signed alike.
pub fn one_pass_reply(p: &Provider, op: &Operation) -> bool {
    let Some(layout) = op.response_layout.as_deref().and_then(|l| p.layout(l)) else {
        return true;
    };
    !(layout.is_flat()
        || p.signing.algorithm_choice.is_some()
        || p.signing.algorithm.is_asymmetric()
        || p.signing.signed_codes.is_some()
        || layout
            .nodes
            .iter()
            .any(|n| n.level == StatusLevelSpec::Business))
}

/// The statements of `encode` after validation, ending in the `Ok(Message)`; `None` when the
/// operation's request layout is left to the interpreter.
pub fn request(p: &Provider, op: &Operation) -> Option<TokenStream> {
    let sign = match op.direction {
        DirectionSpec::Outbound => true,
        DirectionSpec::Inbound => p.signing.replies == RepliesSpec::Signed,
    };
    body(p, op, false, sign)
}

/// [`request`] for a reply's `encode` (server side): the statements after its content is known
/// to be present (`body`), the status members from `status`; `None` when left to the
/// interpreter.
pub fn reply(p: &Provider, op: &Operation) -> Option<TokenStream> {
    body(p, op, true, p.signing.replies == RepliesSpec::Signed)
}

fn body(p: &Provider, op: &Operation, reply: bool, sign: bool) -> Option<TokenStream> {
    let layout = if reply {
        p.layout(op.response_layout.as_deref()?)?
    } else {
        p.layout(&op.request_layout)?
    };
    // Flat bodies (XML, form), an algorithm configuration chooses, replies signed by their
    // status code and a second status level are the interpreter's. So is an asymmetric
    // signature (RSA): one private-key operation costs far more than the interpreter's
    // assembling of the body, so a streaming signer for it would save nothing measurable.
    let business = layout
        .nodes
        .iter()
        .any(|n| n.level == StatusLevelSpec::Business);
    if layout.is_flat()
        || p.signing.algorithm_choice.is_some()
        || (sign && p.signing.algorithm.is_asymmetric())
        || (reply && p.signing.signed_codes.is_some())
        || business
    {
        return None;
    }
    let mut prep = Prep {
        p,
        op,
        layout: &layout.name,
        lets: Vec::new(),
        lens: Vec::new(),
        counter: 0,
        used: Vec::new(),
        configs: Vec::new(),
        recv: if reply { quote!(body) } else { quote!(self) },
        reply,
        nonce: Vec::new(),
        now: None,
        time: Vec::new(),
    };
    let mut content = Some(prep.content()?);
    let mut slot = None;
    let members = prep.level(&layout.nodes, true, &mut content, &mut slot)?;
    let sig_field = match &p.signing.placement {
        PlacementSpec::Field(name) => Some(name.clone()),
        PlacementSpec::Header(_) => None,
    };
    if sign {
        if let Some(name) = &sig_field {
            // The signature node must be there, be the signature's member and come last.
            slot?;
            if members.iter().any(|m| &m.name == name) {
                return None;
            }
        }
    }

    let buf = format_ident!("out");
    let mut w = Writer::new(buf.clone());
    if sign {
        w.want_ranges = match &layout.covers {
            CoverageSpec::RawObject(name) => vec![name.clone()],
            CoverageSpec::AllExcept(except) => members
                .iter()
                .map(|m| m.name.clone())
                .filter(|n| !except.contains(n) && Some(n) != sig_field.as_ref())
                .collect(),
            CoverageSpec::Fields(names) => names.clone(),
            CoverageSpec::PairsOf(_) | CoverageSpec::RawBody(_) => Vec::new(),
        };
    }
    let mut pre = Vec::new();
    // The top level without its closing brace: the signature may follow.
    let known = w.object(&members, true, &mut pre);
    w.pending.pop();
    w.fixed -= 1;

    let mut signing = Vec::new();
    let mut tail = Vec::new();
    if sign {
        let key = prep.config(&p.signing.key_config)?;
        let digest = format_ident!(
            "{}",
            match p.signing.algorithm {
                AlgorithmSpec::Md5 => "Md5",
                AlgorithmSpec::Sha256 => "Sha256",
                AlgorithmSpec::HmacSha256 => "HmacSha256",
                // Left to the interpreter above.
                AlgorithmSpec::RsaSha256 => return None,
            }
        );
        signing.push(quote! {
            let mut signer = ::payspec_core::write::Signer::<::payspec_core::write::#digest>::new(&super::PROVIDER.signing, #key)?;
        });
        let sig = sig_field.as_deref();
        let by_name = |name: &str| members.iter().find(|m| m.name == name);
        match &layout.covers {
            CoverageSpec::AllExcept(except) => {
                let mut covered: Vec<&Member> = members
                    .iter()
                    .filter(|m| Some(m.name.as_str()) != sig && !except.contains(&m.name))
                    .collect();
                covered.sort_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
                for m in covered {
                    signing.push(pair(&w, p, m, false)?);
                }
            }
            CoverageSpec::Fields(names) => {
                let mut names: Vec<&String> =
                    names.iter().filter(|n| Some(n.as_str()) != sig).collect();
                names.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
                for name in names {
                    match by_name(name) {
                        Some(m) => signing.push(pair(&w, p, m, true)?),
                        None => {
                            let joined = joined(p, name, "");
                            signing.push(quote!(signer.pair(#joined, "");));
                        }
                    }
                }
            }
            CoverageSpec::PairsOf(name) => {
                let m = by_name(name)?;
                let Val::Object(inner) = &m.val else {
                    return None;
                };
                for m in inner {
                    if matches!(m.val, Val::Object(_) | Val::JsonString(_)) {
                        return None;
                    }
                    signing.push(pair(&w, p, m, false)?);
                }
            }
            CoverageSpec::RawObject(name) => {
                if Some(name.as_str()) == sig {
                    return None;
                }
                let (_, start, end) = w.ranges.iter().find(|(n, _, _)| n == name)?;
                signing.push(quote!(signer.update(&out[#start..#end]);));
            }
            CoverageSpec::RawBody(_) => {
                if sig.is_some() {
                    return None;
                }
            }
        }
        match &p.signing.placement {
            PlacementSpec::Field(name) => {
                let mut head = serde_json::to_vec(name).ok()?;
                head.extend_from_slice(b":\"");
                let comma = if known {
                    head.insert(0, b',');
                    quote!()
                } else {
                    quote!(::payspec_core::write::comma(&mut out);)
                };
                w.fixed += head.len() + 1 + 64 + 3;
                let head = Literal::byte_string(&head);
                tail.push(quote! {
                    let signature = signer.finish();
                    #comma
                    out.extend_from_slice(#head);
                    out.extend_from_slice(signature.as_bytes());
                    out.extend_from_slice(b"\"}");
                    ::std::result::Result::Ok(::payspec_core::Message {
                        body: out,
                        headers: ::std::vec::Vec::new(),
                    })
                });
            }
            PlacementSpec::Header(header) => {
                let raw_body = matches!(layout.covers, CoverageSpec::RawBody(_));
                let feed = raw_body.then(|| quote!(signer.update(&out);));
                let name = &header.name;
                let value = match &header.prefix_config {
                    Some(key) => {
                        let prefix = prep.config(key)?;
                        quote!(::std::format!("{} {}", #prefix, signature.as_str()))
                    }
                    None => quote!(::std::string::String::from(signature.as_str())),
                };
                tail.push(quote! {
                    out.push(b'}');
                    #feed
                    let signature = signer.finish();
                    ::std::result::Result::Ok(::payspec_core::Message {
                        body: out,
                        headers: ::std::vec![(::std::string::String::from(#name), #value)],
                    })
                });
            }
        }
    } else {
        tail.push(quote! {
            out.push(b'}');
            ::std::result::Result::Ok(::payspec_core::Message {
                body: out,
                headers: ::std::vec::Vec::new(),
            })
        });
    }
    w.flush();
    let fixed = w.fixed + 1;
    let steps = &w.steps;
    let lets = &prep.lets;
    let len = if prep.lens.is_empty() {
        quote!(0)
    } else {
        let lens = &prep.lens;
        quote!(#(#lens)+*)
    };
    let inner_len = w
        .inner
        .iter()
        .map(|(_, ident)| quote!(+ ::payspec_core::write::escaped_len(&#ident)));
    let uses_ctx =
        !prep.nonce.is_empty() || prep.now.is_some() || prep.used.iter().any(|u| u == "message_id");
    let ctx_unused = (!uses_ctx).then(|| quote!(let _ = ctx;));
    let config_unused = prep.configs.is_empty().then(|| quote!(let _ = config;));
    let body_unused = (reply && op.response.as_ref().is_none_or(|r| r.fields.is_empty()))
        .then(|| quote!(let _ = body;));
    Some(quote! {
        #ctx_unused
        #config_unused
        #body_unused
        #(#lets)*
        let len: usize = #len;
        #(#pre)*
        let mut out: ::std::vec::Vec<u8> = ::std::vec::Vec::with_capacity(#fixed + len #(#inner_len)*);
        #(#steps)*
        #(#signing)*
        #(#tail)*
    })
}
