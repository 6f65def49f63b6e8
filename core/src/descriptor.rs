//! The `&'static` tables that generated code emits and the runtime interprets.
//!
//! Generated code describes a provider as data (envelope layout, signing recipe, state table,
//! classification rules, poll policy); every behaviour that reads those tables lives once, here in
//! the runtime. Nothing in this module names a provider.

use core::time::Duration;

use crate::status::{Classification, TradeStatus};

/// Everything the runtime needs to know about one provider.
#[derive(Debug)]
pub struct ProviderDescriptor {
    /// The spec's file stem, e.g. `"pooul"`.
    pub name: &'static str,
    pub signing: SigningRecipe,
    /// Provider trade-state wire values and the unified status each one means.
    pub states: &'static [StateEntry],
    pub poll: PollPolicy,
    /// Offset, in minutes east of UTC, used to render request timestamps (`+08:00` = 480).
    pub utc_offset_minutes: i16,
    /// The configuration keys some operation's reply sets or rotates ([`ConfigUpdate`]): read
    /// from a credential store, when the caller has one, over the static configuration for
    /// every call.
    pub rotating_config: &'static [&'static str],
}

/// One operation of a provider.
#[derive(Debug)]
pub struct OperationDescriptor {
    /// The spec's operation key, e.g. `"micropay"`.
    pub name: &'static str,
    pub role: OperationRole,
    pub direction: Direction,
    /// Path appended to the base URL, e.g. `"/gateway"`.
    pub path: &'static str,
    /// HTTP method, e.g. `"POST"`.
    pub http_method: &'static str,
    /// Value used by envelope nodes filled with [`Fill::OperationMethod`] (Fubei's `method`).
    pub method_constant: Option<&'static str>,
    /// Constant content fields merged into every request of this operation (`pay_type=alipay.micro`).
    pub constants: &'static [(&'static str, &'static str)],
    /// Layout of the request (for an inbound operation: of the notification).
    pub request: &'static Layout,
    /// Layout of the response; `None` for inbound operations, which answer `ack`.
    pub response: Option<&'static Layout>,
    /// Plain-text acknowledgement an inbound operation answers once the message is recorded.
    pub ack: Option<&'static str>,
    /// How the provider delivers an inbound operation (a notification); `None` for outbound
    /// operations.
    pub delivery: Option<Delivery>,
    /// The merchant's client certificate an outbound operation presents (mutual TLS); `None`
    /// when it presents none.
    pub client_certificate: Option<ClientCertificate>,
    /// Wire names of the request's content fields (constants included): anything else received is
    /// kept as an extra field, never silently dropped.
    pub request_fields: &'static [&'static str],
    /// Wire names of the response's content fields.
    pub response_fields: &'static [&'static str],
    /// Wire names of the request's top-level content fields the spec marks `required`. A
    /// decoded request (a notification, a request to a simulator) without one is refused, on
    /// the untyped path as on the typed one.
    pub request_required: &'static [&'static str],
    /// Wire names of the response's top-level content fields the spec marks `required`. A reply
    /// classified success or pending without one is malformed (its outcome unknown), never
    /// paid; a failure reply may omit them (error replies often carry no data).
    pub response_required: &'static [&'static str],
    /// How a response (or, for inbound operations, a notification) is classified.
    pub outcome: OutcomeRules,
    /// Request content fields with a unified meaning.
    pub request_unified: &'static [UnifiedField],
    /// Response content fields with a unified meaning.
    pub response_unified: &'static [UnifiedField],
    /// Request values used when a request is built from a unified intent.
    pub request_defaults: &'static [FieldDefault],
    /// Response values a simulator uses when nothing else supplies them.
    pub response_defaults: &'static [FieldDefault],
    /// Configuration values a successful reply of this operation sets or rotates (a device key
    /// from an activation, a key checked in daily): each is written to the caller's credential
    /// store, so the next call signs with it.
    pub updates_config: &'static [ConfigUpdate],
}

/// A reply member whose value becomes a configuration value: the top-level content field
/// `field` of a successful reply sets config key `config`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConfigUpdate {
    pub field: &'static str,
    pub config: &'static str,
}

/// How a provider delivers a notification: the time it gives the merchant to answer, and the
/// waits before each redelivery while no acknowledgement came back (its published schedule).
/// The number of deliveries is one more than `redelivery.len()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delivery {
    pub answer_within: Duration,
    pub redelivery: &'static [Duration],
}

/// Where an operation's client certificate comes from: the configuration keys of the
/// certificate chain (PEM, the client's own first) and of its private key (PEM, unencrypted; a
/// secret). The client builds the TLS identity from them once and reuses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientCertificate {
    pub certificate: &'static str,
    pub key: &'static str,
}

/// What an operation does in the payment flow; the saga finds its steps by role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OperationRole {
    /// Charge a payment code (micropay).
    Pay,
    /// Ask for a trade's state by merchant order id.
    Query,
    /// Reverse (撤销) a trade whose outcome is unknown or unwanted.
    Reverse,
    /// Create an order the customer pays elsewhere (jsapi unified order).
    UnifiedOrder,
    /// An asynchronous payment notification the provider sends to the merchant.
    Notify,
    /// Anything else.
    Other,
}

/// Who sends the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Direction {
    /// The merchant calls the provider.
    Outbound,
    /// The provider calls the merchant (notifications).
    Inbound,
}

/// An envelope layout and what its signature covers.
#[derive(Debug)]
pub struct Layout {
    pub name: &'static str,
    pub nodes: &'static [EnvelopeNode],
    pub coverage: Coverage,
    /// How a message in this layout is written on the wire.
    pub format: BodyFormat,
    /// The `Content-Type` a request in this layout is sent with; `None` leaves it to the
    /// transport (`application/json`).
    pub content_type: Option<&'static str>,
}

/// How a body is written: a JSON object, or a flat list of named text values. In the flat
/// formats every value is text: a number is written as its literal and read back from it, so
/// an amount of `1` fen travels as `1` and is read as exactly 1 fen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyFormat {
    /// One JSON object (every layout before flat formats existed).
    Json,
    /// `<root><name>text</name>…</root>` ([`crate::format::xml`]), with the spec's root name
    /// and limits.
    Xml(crate::format::xml::XmlFormat),
    /// `application/x-www-form-urlencoded` ([`crate::format::form`]).
    Form,
}

impl BodyFormat {
    /// Whether members are text values in a flat list (no nesting, no JSON types).
    pub fn is_flat(&self) -> bool {
        !matches!(self, BodyFormat::Json)
    }
}

/// One member of an envelope object.
#[derive(Debug)]
pub struct EnvelopeNode {
    pub wire: &'static str,
    pub kind: NodeKind,
}

#[derive(Debug)]
pub enum NodeKind {
    /// The operation's content (its request or response fields) goes here.
    Content(ContentPlacement),
    /// A value the runtime fills in when encoding (ignored, but kept as received, when decoding).
    Fill(Fill),
    /// A nested envelope object.
    Object(&'static [EnvelopeNode]),
    /// The signature goes here (when the recipe's placement is this field).
    Signature,
    /// Part of the envelope's status (`code`, `msg`, `sub_code`): read when decoding, supplied by
    /// the caller when a server encodes a response.
    Status(StatusPart),
    /// Part of the second status level, beneath the first: a business result reported inside a
    /// reply whose first level only says the call was received (WeChat Pay's `result_code`
    /// beneath its `return_code`). Read into [`crate::codec::EnvelopeStatus::business`].
    BusinessStatus(StatusPart),
}

/// Where an operation's content sits in its envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentPlacement {
    /// Merged into the enclosing object (flat APIs). `wire` of the node is ignored.
    Inline,
    /// A nested JSON object under the node's wire name.
    Object,
    /// A JSON *string* holding the serialized object (Fubei's `biz_content`).
    JsonString,
}

/// Values the runtime generates or looks up when encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    /// A fixed string value.
    Const(&'static str),
    /// A fixed integer value (rendered as a JSON number).
    ConstInt(i64),
    /// A value from the client's configuration, by the spec's config key.
    Config(&'static str),
    /// A random alphanumeric nonce of this many characters.
    Nonce(usize),
    /// The current time in this format.
    Timestamp(TimestampFormat),
    /// A fresh unique message id (UUID v4 text).
    MessageId,
    /// The operation's [`OperationDescriptor::method_constant`].
    OperationMethod,
    /// The name of the signing algorithm in use, when the recipe lets configuration choose it
    /// ([`SigningRecipe::algorithm_choice`]): the configured name, else the default's.
    SigningAlgorithm,
}

/// How a timestamp is written on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampFormat {
    /// Seconds since the Unix epoch, a JSON integer.
    UnixSeconds,
    /// RFC 3339 with offset, e.g. `2018-07-25T18:06:05+08:00`.
    Rfc3339,
    /// `yyyyMMddHHmmss` in the provider's local time (no offset on the wire).
    Compact,
    /// `yyyy-MM-dd HH:mm:ss` in the provider's local time (no offset on the wire).
    DateTime,
    /// Milliseconds since the Unix epoch, a JSON integer. A request time is the context's
    /// second, so its last three digits are zeros.
    UnixMillis,
}

/// Which part of the envelope status a [`NodeKind::Status`] node carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusPart {
    /// The envelope code; `integer` says whether it is a JSON number on the wire.
    Code {
        integer: bool,
    },
    Message,
    SubCode,
}

/// A provider's signing rule, as data (see the project notes "Signing rules").
#[derive(Debug)]
pub struct SigningRecipe {
    pub algorithm: Algorithm,
    /// The case of a digest's hex text (unused by an asymmetric algorithm: base64).
    pub hex_case: HexCase,
    /// Where the signature is carried.
    pub placement: Placement,
    /// Treatment of empty values (absent, null, `""`) in pair-based coverage.
    pub empty: EmptyRule,
    /// Between name and value, e.g. `"="`.
    pub pair_separator: &'static str,
    /// Between pairs, e.g. `"&"`.
    pub pairs_joiner: &'static str,
    /// How the key joins the string to sign.
    pub key: KeyRule,
    /// The config key holding the signing secret: the shared key of a digest, or, for an
    /// [`Algorithm::Asymmetric`] recipe, the private key this side signs with (the merchant's in
    /// a client, the provider's in a simulator).
    pub key_config: &'static str,
    /// For an [`Algorithm::Asymmetric`] recipe: the config key holding the public key this side
    /// verifies with (the provider's in a client, to check its replies and notifications; the
    /// merchant's in a simulator, to check requests). `None` for digests, which verify with
    /// `key_config`.
    pub verify_key_config: Option<&'static str>,
    /// Whether the provider signs its responses (and notifications).
    pub replies: ReplySigning,
    /// When not empty: a reply is signed only when its first-level status code is one of these
    /// (WeChat Pay signs a reply only when `return_code` is `SUCCESS`). Any other reply is read
    /// without a signature and, since nothing vouches for it, always classified unknown.
    pub signed_codes: &'static [&'static str],
    /// The algorithm chosen by configuration instead of fixed; [`SigningRecipe::algorithm`] is
    /// then the default, used when the configuration names none.
    pub algorithm_choice: Option<AlgorithmChoice>,
}

/// A signing algorithm the merchant chooses in configuration (WeChat Pay's `sign_type`: MD5 or
/// HMAC-SHA256). The request says which it used (a [`Fill::SigningAlgorithm`] member); replies
/// are verified with the same one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlgorithmChoice {
    /// The config key naming the algorithm.
    pub config: &'static str,
    /// Each accepted name (as configured and as sent) and its algorithm.
    pub values: &'static [(&'static str, Algorithm)],
}

impl SigningRecipe {
    /// The algorithm named `name` by the recipe's choice; `None` when the name is not listed or
    /// the recipe has no choice.
    pub fn algorithm_named(&self, name: &str) -> Option<Algorithm> {
        let choice = self.algorithm_choice.as_ref()?;
        choice
            .values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, a)| a)
    }

    /// The wire name of the default algorithm under the recipe's choice.
    pub fn default_algorithm_name(&self) -> Option<&'static str> {
        let choice = self.algorithm_choice.as_ref()?;
        choice
            .values
            .iter()
            .find(|(_, a)| *a == self.algorithm)
            .map(|&(n, _)| n)
    }

    /// Whether a reply with first-level status `code` must carry a signature that verifies.
    pub fn reply_signed(&self, code: Option<&str>) -> bool {
        self.replies == ReplySigning::Signed
            && (self.signed_codes.is_empty()
                || code.is_some_and(|c| self.signed_codes.contains(&c)))
    }
}

/// How a signature is made. The digests give hex text in the recipe's [`HexCase`], checked by
/// computing it again; an asymmetric scheme gives base64 text, signed with a private key
/// ([`KeyRule::PrivateKey`]) and checked with the other side's public key
/// ([`SigningRecipe::verify_key_config`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    Md5,
    Sha256,
    HmacSha256,
    /// A public-key signature ([`crate::asymmetric`]); using it needs payspec-core's crate
    /// feature `rsa` (without it, signing and verifying are configuration errors).
    Asymmetric(crate::asymmetric::AsymmetricAlgorithm),
}

impl Algorithm {
    /// Whether this is a public-key scheme (base64 signatures, verified with a public key).
    pub fn is_asymmetric(&self) -> bool {
        matches!(self, Algorithm::Asymmetric(_))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HexCase {
    Upper,
    Lower,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    /// Every top-level member except these wire names (the signature field is always excluded).
    TopLevelExcept(&'static [&'static str]),
    /// Exactly these top-level members.
    Fields(&'static [&'static str]),
    /// The members of this top-level object, as sorted pairs (Pooul signs only the members of
    /// `data`): each member's text as in `TopLevelExcept`, taken from the object as sent/received.
    PairsOf(&'static str),
    /// The raw JSON bytes of this top-level member, exactly as sent or received.
    RawObject(&'static str),
    /// The whole raw body.
    RawBody,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// A top-level member of the body with this wire name.
    Field(&'static str),
    /// An HTTP header; the value is `"<prefix config value> <signature>"` when `prefix_config` is set.
    Header {
        name: &'static str,
        prefix_config: Option<&'static str>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmptyRule {
    /// Leave out members whose value is absent, null or `""`.
    Skip,
    /// Keep them as `name=`.
    Keep,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyRule {
    /// Append `<joiner><name><separator><key>`, e.g. `&key=SECRET`.
    AppendPair(&'static str),
    /// Append the key directly, e.g. `...SECRET`.
    Suffix,
    /// Use the key as the HMAC key; nothing is appended.
    HmacKey,
    /// The key is a private key that signs the string ([`Algorithm::Asymmetric`]); nothing is
    /// appended.
    PrivateKey,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplySigning {
    /// Responses and notifications carry a signature that must verify.
    Signed,
    /// The provider does not sign its replies: the client relies on TLS alone. Stated in the spec.
    Unsigned,
}

/// One provider trade-state value.
#[derive(Debug)]
pub struct StateEntry {
    /// The value as text (`"0"`, `"USERPAYING"`).
    pub wire: &'static str,
    pub status: TradeStatus,
}

/// Rules that classify a response; first matching rule wins, else `otherwise`. `Copy` (static
/// references and a value), so a descriptor can be derived from another with `..OTHER`.
#[derive(Debug, Clone, Copy)]
pub struct OutcomeRules {
    pub signals: &'static [Signal],
    pub rules: &'static [Rule],
    pub otherwise: Classification,
}

/// A named value read from the decoded document by path (`["data", "trade_state"]`).
#[derive(Debug)]
pub struct Signal {
    pub name: &'static str,
    pub path: &'static [&'static str],
}

#[derive(Debug)]
pub struct Rule {
    /// All conditions must hold.
    pub when: &'static [Condition],
    pub then: RuleResult,
}

#[derive(Debug)]
pub struct Condition {
    pub signal: &'static str,
    pub test: Test,
}

#[derive(Debug, Clone, Copy)]
pub enum Test {
    /// The signal is present and its text is one of these.
    OneOf(&'static [&'static str]),
    /// The signal is absent, or present with a text not among these.
    NoneOf(&'static [&'static str]),
    Present,
    Absent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleResult {
    Is(Classification),
    /// Classify by the `trade_state` signal through the provider's state table
    /// ([`TradeStatus::classification`]); an unlisted state is `Unknown`.
    FromState,
}

/// The provider's published polling policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PollPolicy {
    /// Wait this long after a paying/unknown pay answer before the first query.
    pub first_query_after: Duration,
    /// Between queries.
    pub query_interval: Duration,
    /// At most this many queries.
    pub max_queries: u32,
    /// Give up querying (and reverse) this long after the pay call.
    pub deadline: Duration,
    pub reverse: ReversePolicy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReversePolicy {
    /// Never reverse earlier than this after the pay call.
    pub earliest_after_pay: Duration,
    /// Reverse attempts in all (the provider's "call again" flag counts as one more attempt).
    pub max_attempts: u32,
    /// Between reverse attempts.
    pub retry_interval: Duration,
}

impl PollPolicy {
    /// The same schedule with every duration divided by `divisor` (at least 1): for demos and
    /// tests against a local simulator, where waiting the provider's real seconds helps nobody.
    /// Counts (queries, reverse attempts) stay as published.
    pub fn compressed(&self, divisor: u32) -> PollPolicy {
        let d = divisor.max(1);
        PollPolicy {
            first_query_after: self.first_query_after / d,
            query_interval: self.query_interval / d,
            max_queries: self.max_queries,
            deadline: self.deadline / d,
            reverse: ReversePolicy {
                earliest_after_pay: self.reverse.earliest_after_pay / d,
                max_attempts: self.reverse.max_attempts,
                retry_interval: self.reverse.retry_interval / d,
            },
        }
    }
}

/// A content field with a meaning in the unified payment model: how a request is built from a
/// unified intent, and how a reply is read into a unified view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnifiedField {
    pub role: UnifiedRole,
    /// Wire name of a top-level content member.
    pub wire: &'static str,
    pub format: ValueFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnifiedRole {
    /// The merchant's order id (out_trade_no / mch_trade_id).
    OrderId,
    /// The provider's trade id.
    ProviderTradeId,
    /// The amount charged.
    Amount,
    /// The customer's payment code.
    AuthCode,
    Subject,
    Description,
    TradeState,
    PaidAt,
    DeviceId,
    NotifyUrl,
    /// The provider's "call reverse again" flag.
    Recall,
}

/// How a value is written on the wire, for the runtime to render or read a unified value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueFormat {
    /// A JSON string.
    Text,
    /// A JSON integer.
    Integer,
    /// Integer fen (CNY).
    Fen,
    /// Yuan with two decimals as a JSON number.
    YuanNumber,
    /// Yuan with two decimals as a JSON string.
    YuanString,
    /// Integer minor units; the currency is in this content field or this config key.
    Minor {
        currency_field: Option<&'static str>,
        currency_config: Option<&'static str>,
    },
    UnixSeconds,
    Rfc3339,
    Compact,
    /// `yyyy-MM-dd HH:mm:ss`, provider local time.
    DateTime,
    /// Milliseconds since the epoch, a JSON integer.
    UnixMillis,
    /// `Y`/`N`.
    Flag,
    /// An open enum or trade state; `true` when written as a JSON integer.
    Code {
        integer: bool,
    },
    /// Anything else (objects, lists, booleans): not used for unified values.
    Other,
}

/// A value written into a message when nobody else supplies it: by a gateway building a request
/// from a unified intent, by a simulator building a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldDefault {
    pub wire: &'static str,
    /// The value as JSON text (`"bar_code"`, `1`).
    pub json: &'static str,
}

/// One config entry of a provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConfigKey {
    pub key: &'static str,
    pub sensitive: bool,
    /// The merchant may leave it out (the spec says what then applies, e.g. the default
    /// signing algorithm).
    pub optional: bool,
    pub doc: &'static str,
}

/// Everything generated for one provider, as one value: what a gateway, a simulator or a CLI
/// needs to drive any provider by configuration alone.
#[derive(Debug)]
pub struct ProviderModule {
    pub provider: &'static ProviderDescriptor,
    pub title: &'static str,
    pub operations: &'static [&'static OperationDescriptor],
    pub config: &'static [ConfigKey],
    /// Parses `content` as operation `op`'s typed request and validates it: exactly the checks
    /// the typed API makes before sending. `Err` lists every violation (or the parse error as one).
    /// The content is read exactly, numbers from their literals (see [`crate::json`]).
    pub check_request: fn(op: &str, content: &crate::json::Json) -> Result<(), crate::Violations>,
    /// Reads `content` as operation `op`'s typed request, validates it (every violation is
    /// [`crate::Error::Invalid`], nothing encoded) and encodes it signed with the typed
    /// request's generated encoder: what a gateway holding JSON content sends, made exactly as
    /// the typed API makes it. An operation the merchant does not send is
    /// [`crate::Error::Encode`].
    pub encode_request: fn(
        op: &str,
        content: &crate::json::Json,
        creds: &dyn crate::credentials::Credentials,
        ctx: &crate::codec::EncodeContext,
    ) -> Result<crate::codec::Message, crate::Error>,
    /// How the provider answers, in its own wire values, for a simulator; `None` when the
    /// generated crate is built without its `sandbox` feature.
    pub sandbox: Option<&'static SandboxAnswers>,
}

impl ProviderModule {
    /// The operation with this role, if the provider has one.
    pub fn operation(&self, role: OperationRole) -> Option<&'static OperationDescriptor> {
        self.operations.iter().copied().find(|op| op.role == role)
    }
}

/// A provider's answers by situation, in its own wire values (spec `sandbox:` section).
#[derive(Debug)]
pub struct SandboxAnswers {
    /// A call processed normally (the trade state and unified members are added).
    pub ok: Answer,
    /// Merged over `ok` while the customer is paying.
    pub paying: Answer,
    /// A definite failure: insufficient funds.
    pub failed: Answer,
    /// A system error: the outcome is unknown to the caller.
    pub system_error: Answer,
    /// The request's signature does not verify (or it names no operation of the path).
    pub bad_signature: Answer,
    /// The request's signature verifies but a field is missing or wrong: a parameter error.
    pub invalid: Answer,
    /// A pay (or order) call with a merchant order id the provider already has: refused, the
    /// existing trade unchanged.
    pub duplicate_order: Answer,
    /// Query or reverse of an order the provider does not know.
    pub not_found: Answer,
    /// Reverse done.
    pub reversed: Answer,
    /// Reverse not done yet: call again.
    pub call_again: Answer,
}

/// An envelope status plus content members (JSON text), for one situation.
#[derive(Debug)]
pub struct Answer {
    pub code: Option<&'static str>,
    pub message: Option<&'static str>,
    pub sub_code: Option<&'static str>,
    /// The second status level ([`NodeKind::BusinessStatus`]), when the layout has one.
    pub business: Option<AnswerLevel>,
    /// The same situation answered differently by some operations: `(operation name, answer)`,
    /// taken instead of this one for that operation.
    pub by_operation: &'static [(&'static str, &'static Answer)],
    /// Content members as JSON text; only those the operation's response lists are sent.
    pub fields: &'static [(&'static str, &'static str)],
}

/// One status level of an [`Answer`] beneath the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerLevel {
    pub code: Option<&'static str>,
    pub message: Option<&'static str>,
    pub sub_code: Option<&'static str>,
}

impl Answer {
    /// This answer as operation `op` gives it.
    pub fn for_operation(&self, op: &str) -> &Answer {
        self.by_operation
            .iter()
            .find(|(name, _)| *name == op)
            .map_or(self, |(_, answer)| answer)
    }
}
