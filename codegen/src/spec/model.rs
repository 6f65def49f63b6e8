//! The spec language: what `specs/<provider>.yaml` may say, as serde types.
//!
//! Everything here is data about a provider; `validate` checks it, `ir` lowers it, the emitters
//! read only the IR. `codegen schema` prints a JSON Schema of these types for editors.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

/// One provider's API.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProviderSpec {
    /// Module and feature name, snake_case; must equal the file stem.
    pub provider: String,
    /// Human name of the provider and product.
    pub title: String,
    /// What this spec describes and which document it comes from.
    #[serde(default)]
    pub doc: Option<String>,
    /// UTC offset the provider's local times are in, `+08:00`.
    pub utc_offset: String,
    /// Values taken from the client's configuration (merchant id, app id, keys).
    pub config: Vec<ConfigSpec>,
    pub signing: SigningSpec,
    /// Named envelope layouts; operations refer to them by name.
    pub layouts: BTreeMap<String, LayoutSpec>,
    /// Open enums used by fields (`type: enum`, `enum: Name`).
    #[serde(default)]
    pub enums: Vec<EnumSpec>,
    /// Trade states and the unified status each means (`type: state` fields).
    pub states: StatesSpec,
    pub poll: PollSpec,
    pub operations: Vec<OperationSpec>,
    /// How the provider answers, in its own wire values: what the simulator (`payspec sandbox`)
    /// sends. Where the document is silent, say what is assumed in `doc`.
    pub sandbox: SandboxSpec,
}

/// The provider's answers by situation. The simulator adds the unified members (order id,
/// amount, trade ids, trade state), echoes request members the response also has, and fills
/// the rest from field `default`s.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SandboxSpec {
    #[serde(default)]
    pub doc: Option<String>,
    /// A call processed normally.
    pub ok: AnswerSpec,
    /// Merged over `ok` while the customer is paying (e.g. `need_query: Y`).
    #[serde(default)]
    pub paying: AnswerSpec,
    /// A definite failure: insufficient funds.
    pub failed: AnswerSpec,
    /// A system error: the caller cannot tell what happened.
    pub system_error: AnswerSpec,
    /// The request's signature does not verify: the provider's signature-error answer.
    pub bad_signature: AnswerSpec,
    /// A field is missing or wrong (a non-positive amount, a value too long): the provider's
    /// parameter-error answer.
    pub invalid: AnswerSpec,
    /// A pay with a merchant order id the provider already has: the provider's duplicate-order
    /// answer. The existing trade stays as it was.
    pub duplicate_order: AnswerSpec,
    /// Query or reverse of an order the provider does not know.
    pub not_found: AnswerSpec,
    /// Reverse done; merged over `ok`.
    #[serde(default)]
    pub reversed: AnswerSpec,
    /// Reverse not done yet: call again; merged over `ok`.
    #[serde(default)]
    pub call_again: AnswerSpec,
}

/// An envelope status and content members for one situation.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerSpec {
    /// Envelope status code (for layouts with a `status: code` node).
    #[serde(default)]
    pub code: Option<ScalarSpec>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub sub_code: Option<String>,
    /// The second status level (for layouts with `level: business` status nodes).
    #[serde(default)]
    pub business: Option<AnswerLevelSpec>,
    /// Content members by wire name; only those an operation's response lists are sent.
    #[serde(default)]
    pub fields: BTreeMap<String, ScalarSpec>,
    /// The same situation answered otherwise by some operations: operation name → answer
    /// (given in full; it does not inherit from this one).
    #[serde(default)]
    pub by_operation: BTreeMap<String, AnswerSpec>,
}

/// One status level of an answer beneath the first.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerLevelSpec {
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub sub_code: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfigSpec {
    /// Key used by `fill: {config: KEY}` and the signing section; snake_case.
    pub key: String,
    #[serde(default)]
    pub doc: Option<String>,
    /// A secret: never printed.
    #[serde(default)]
    pub sensitive: bool,
    /// The merchant may leave it out; `doc` says what then applies (a signing algorithm's
    /// default, named in `signing.algorithm`).
    #[serde(default)]
    pub optional: bool,
}

/// The signing rule. Where the provider's document leaves it out, `assumption` says what is
/// assumed and why.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SigningSpec {
    /// Text stating what the spec assumes about the rule, and its source.
    #[serde(default)]
    pub assumption: Option<String>,
    pub algorithm: AlgorithmSpec,
    /// The case of a digest's hex text; required for digests, left out for `rsa-sha256`
    /// (whose signature is base64).
    #[serde(default)]
    pub hex: Option<HexSpec>,
    pub placement: PlacementSpec,
    #[serde(default)]
    pub empty: EmptySpec,
    /// Between a name and its value; default `=`.
    #[serde(default = "default_pair_separator")]
    pub pair_separator: String,
    /// Between pairs; default `&`.
    #[serde(default = "default_pairs_joiner")]
    pub pairs_joiner: String,
    pub key: KeySpec,
    /// Config key of the secret: a digest's shared key, or the private key that signs
    /// (`key: private_key`).
    pub key_config: String,
    /// `rsa-sha256` only: config key of the provider's public key, which verifies its replies
    /// and notifications.
    #[serde(default)]
    pub verify_key_config: Option<String>,
    /// Whether the provider signs its responses and notifications.
    pub replies: RepliesSpec,
    /// When set: the provider signs a reply only when its first-level status code is one of
    /// these; any other reply is read without a signature and classified unknown.
    #[serde(default)]
    pub signed_codes: Option<Vec<String>>,
    /// The merchant chooses the algorithm in configuration; `algorithm` is the default.
    #[serde(default)]
    pub algorithm_choice: Option<AlgorithmChoiceSpec>,
}

/// A signing algorithm chosen by configuration.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AlgorithmChoiceSpec {
    /// Config key naming the algorithm (an `optional` config entry: absent means the default).
    pub config: String,
    /// Each name (as configured and as sent) and its algorithm.
    pub values: BTreeMap<String, AlgorithmSpec>,
}

fn default_pair_separator() -> String {
    "=".into()
}
fn default_pairs_joiner() -> String {
    "&".into()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AlgorithmSpec {
    Md5,
    Sha256,
    HmacSha256,
    /// RSASSA-PKCS1-v1_5 with SHA-256 (Alipay's `RSA2`, `SHA256withRSA`): signed with the
    /// private key of `key_config` (`key: private_key`), verified with the public key of
    /// `verify_key_config`, base64.
    RsaSha256,
}

impl AlgorithmSpec {
    /// Whether this is a public-key signature (no digest, no hex, no shared key).
    pub fn is_asymmetric(self) -> bool {
        matches!(self, AlgorithmSpec::RsaSha256)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HexSpec {
    Upper,
    Lower,
}

/// Where the signature travels.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum PlacementSpec {
    /// A top-level body member with this wire name (it must be a `signature: true` node).
    Field(String),
    /// An HTTP header.
    Header(HeaderPlacementSpec),
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HeaderPlacementSpec {
    pub name: String,
    /// Config key whose value precedes the signature (`Authorization: <key id> <signature>`).
    #[serde(default)]
    pub prefix_config: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EmptySpec {
    /// Leave out absent, null and "" values.
    #[default]
    Skip,
    /// Keep them as `name=`.
    Keep,
}

/// How the key joins the string to sign.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum KeySpec {
    /// Append `&NAME=KEY` (joiner and separator from this section).
    AppendPair(String),
    /// Append the key directly.
    Suffix,
    /// HMAC key; nothing appended.
    Hmac,
    /// A private key that signs the string (`rsa-sha256`); nothing appended.
    PrivateKey,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RepliesSpec {
    Signed,
    /// The provider does not sign replies; the client relies on TLS. Say so in `assumption`.
    Unsigned,
}

/// An envelope layout and what its signature covers.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LayoutSpec {
    #[serde(default)]
    pub doc: Option<String>,
    /// How the body is written; default `json`.
    #[serde(default)]
    pub format: FormatSpec,
    /// The request's `Content-Type`, instead of the format's own.
    #[serde(default)]
    pub content_type: Option<String>,
    pub nodes: Vec<NodeSpec>,
    pub covers: CoverageSpec,
}

/// A body format.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum FormatSpec {
    /// One JSON object.
    #[default]
    Json,
    /// Flat XML: one element per member under a root element, every value text.
    Xml(XmlFormatSpec),
    /// `application/x-www-form-urlencoded`, every value text.
    Form,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct XmlFormatSpec {
    /// The root element's name.
    pub root: String,
    /// Largest body read, in bytes; default 262144.
    #[serde(default)]
    pub max_bytes: Option<u64>,
    /// Most members read; default 512.
    #[serde(default)]
    pub max_members: Option<u64>,
}

/// What a signature covers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum CoverageSpec {
    /// Every top-level member except these (the signature member is always left out).
    AllExcept(Vec<String>),
    /// Exactly these top-level members.
    Fields(Vec<String>),
    /// The members of this top-level object as sorted pairs (Pooul signs the members of `data`).
    PairsOf(String),
    /// The raw JSON bytes of this top-level member as sent/received.
    RawObject(String),
    /// The whole raw body.
    RawBody(bool),
}

/// One member of an envelope. Exactly one of `fill`, `content`, `signature`, `status`, `object`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NodeSpec {
    /// Wire name (not for `content: inline`).
    #[serde(default)]
    pub wire: Option<String>,
    #[serde(default)]
    pub doc: Option<String>,
    #[serde(default)]
    pub fill: Option<FillSpec>,
    #[serde(default)]
    pub content: Option<ContentSpec>,
    #[serde(default)]
    pub signature: bool,
    #[serde(default)]
    pub status: Option<StatusSpec>,
    /// For `status: code`: the code is a JSON number on the wire.
    #[serde(default)]
    pub integer: bool,
    /// For `status`: which status level the member belongs to; default `first`.
    #[serde(default)]
    pub level: StatusLevelSpec,
    #[serde(default)]
    pub object: Option<Vec<NodeSpec>>,
}

/// A value the runtime fills in.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum FillSpec {
    /// A fixed string.
    Const(String),
    /// A fixed integer.
    ConstInt(i64),
    /// A config value by key.
    Config(String),
    /// A random alphanumeric nonce of this length (1..=32).
    Nonce(u32),
    /// The current time in this format.
    Timestamp(TimestampFormatSpec),
    /// A fresh UUID v4.
    MessageId,
    /// The operation's `method_constant`.
    OperationMethod,
    /// The name of the signing algorithm in use (`signing.algorithm_choice`).
    SigningAlgorithm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContentSpec {
    /// Fields merged into the enclosing object.
    Inline,
    /// A nested object.
    Object,
    /// A JSON string holding the object.
    JsonString,
}

/// Status levels: the first (or only) one, and a business result beneath it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatusLevelSpec {
    #[default]
    First,
    Business,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatusSpec {
    Code,
    Message,
    SubCode,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TimestampFormatSpec {
    /// Seconds since the epoch, a JSON integer.
    Unix,
    /// RFC 3339 with offset.
    Rfc3339,
    /// `yyyyMMddHHmmss`, provider local time.
    Compact,
    /// `yyyy-MM-dd HH:mm:ss`, provider local time.
    Datetime,
    /// Milliseconds since the epoch, a JSON integer.
    UnixMs,
}

/// An open enum: values not listed decode as `Unknown(raw)`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnumSpec {
    /// Rust type name, PascalCase.
    pub name: String,
    #[serde(default)]
    pub doc: Option<String>,
    #[serde(default)]
    pub wire: WireScalarSpec,
    pub values: Vec<EnumValueSpec>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WireScalarSpec {
    #[default]
    String,
    Integer,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnumValueSpec {
    /// The value as on the wire (integers written as text or number).
    pub code: ScalarSpec,
    /// Rust variant name; derived from `code` when it is a word.
    #[serde(default)]
    pub variant: Option<String>,
    #[serde(default)]
    pub doc: Option<String>,
}

/// The trade states of the provider.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatesSpec {
    #[serde(default)]
    pub doc: Option<String>,
    #[serde(default)]
    pub wire: WireScalarSpec,
    pub values: Vec<StateValueSpec>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StateValueSpec {
    pub code: ScalarSpec,
    #[serde(default)]
    pub variant: Option<String>,
    /// The unified status; every listed code must have one.
    #[serde(default)]
    pub status: Option<StatusNameSpec>,
    #[serde(default)]
    pub doc: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatusNameSpec {
    Success,
    Paying,
    NotPaid,
    Closed,
    Reversed,
    Refunded,
    Failed,
    /// The provider cannot tell, or says a person must check: no automatic step is safe.
    Attention,
}

/// A YAML scalar used as a wire value: string, integer or boolean, compared as text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum ScalarSpec {
    Int(i64),
    Bool(bool),
    Text(String),
}

impl ScalarSpec {
    /// The value as JSON text: a YAML string is a JSON string, numbers and booleans stay bare.
    pub fn as_json(&self) -> String {
        match self {
            ScalarSpec::Int(i) => i.to_string(),
            ScalarSpec::Bool(b) => b.to_string(),
            ScalarSpec::Text(s) => serde_json::Value::String(s.clone()).to_string(),
        }
    }

    pub fn as_text(&self) -> String {
        match self {
            ScalarSpec::Int(i) => i.to_string(),
            ScalarSpec::Bool(b) => b.to_string(),
            ScalarSpec::Text(s) => s.clone(),
        }
    }
}

/// The provider's polling policy. Durations are written `500ms`, `5s`, `2m`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PollSpec {
    #[serde(default)]
    pub doc: Option<String>,
    pub first_query_after: String,
    pub query_interval: String,
    pub max_queries: u32,
    /// Stop querying and reverse this long after the pay call; not shorter than `query_interval`.
    pub deadline: String,
    pub reverse: ReversePollSpec,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReversePollSpec {
    pub earliest_after_pay: String,
    pub max_attempts: u32,
    pub retry_interval: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RoleSpec {
    Pay,
    Query,
    Reverse,
    UnifiedOrder,
    Notify,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DirectionSpec {
    /// The merchant calls the provider.
    Outbound,
    /// The provider calls the merchant (a notification).
    Inbound,
}

/// One operation.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OperationSpec {
    /// snake_case; the Rust module and type prefix derive from it.
    pub name: String,
    #[serde(default)]
    pub doc: Option<String>,
    /// Set when the provider's document does not show this operation: what is assumed, and why.
    #[serde(default)]
    pub assumption: Option<String>,
    pub role: RoleSpec,
    pub direction: DirectionSpec,
    /// Path appended to the base URL (outbound) or where the merchant receives it (inbound).
    pub path: String,
    #[serde(default = "default_http_method")]
    pub http_method: String,
    /// Value of envelope nodes with `fill: operation_method` (Fubei `method`).
    #[serde(default)]
    pub method_constant: Option<String>,
    /// Constant content members sent with every request (`pay_type: alipay.micro`).
    #[serde(default)]
    pub constants: BTreeMap<String, String>,
    /// Layout of the request; default `request` (outbound) or `notification` (inbound).
    #[serde(default)]
    pub request_layout: Option<String>,
    /// Layout of the response; default `response`. Not for inbound operations (they answer `ack`).
    #[serde(default)]
    pub response_layout: Option<String>,
    /// The plain-text acknowledgement an inbound operation answers after recording it.
    #[serde(default)]
    pub ack: Option<String>,
    /// How the provider delivers an inbound operation: required for inbound operations, not
    /// allowed on outbound ones.
    #[serde(default)]
    pub delivery: Option<DeliverySpec>,
    /// The merchant's client certificate this outbound operation presents (mutual TLS), by the
    /// `config` keys that hold it.
    #[serde(default)]
    pub client_certificate: Option<ClientCertificateSpec>,
    /// Configuration values a successful reply of this (outbound, role `other`) operation sets
    /// or rotates: a device key from an activation, a key checked in daily. The runtime writes
    /// each to the caller's credential store, and every later call reads it over the static
    /// configuration.
    #[serde(default)]
    pub updates_config: Vec<ConfigUpdateSpec>,
    pub request: Vec<FieldSpec>,
    /// Groups of optional top-level request fields of which at least one must be given (a
    /// query by merchant order id or by provider trade id): checked before sending.
    #[serde(default)]
    pub at_least_one_of: Vec<Vec<String>>,
    #[serde(default)]
    pub response: Vec<FieldSpec>,
    /// How an answer (or a notification) is classified.
    pub outcome: OutcomeSpec,
}

/// The `config` keys holding a client certificate (PEM, the chain with the client's own first)
/// and its private key (PEM, unencrypted; the key must be `sensitive`).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClientCertificateSpec {
    pub certificate: String,
    pub key: String,
}

/// A top-level string field of the reply (`field`, its wire name) that becomes the value of
/// the `config` key.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfigUpdateSpec {
    pub field: String,
    pub config: String,
}

/// How the provider delivers a notification. Durations are written `500ms`, `5s`, `2m`, `1h`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeliverySpec {
    #[serde(default)]
    pub doc: Option<String>,
    /// How long the provider waits for the merchant's answer to one delivery.
    pub answer_within: String,
    /// The waits before each redelivery while no delivery was acknowledged, in order (the
    /// provider's published schedule); empty when it delivers once.
    pub redelivery: Vec<String>,
}

fn default_http_method() -> String {
    "POST".into()
}

/// Classification rules: first match wins.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeSpec {
    /// Signal name → dotted path in the decoded document (`data.trade_state`). The signal named
    /// `trade_state` is looked up in `states` by `from_state`.
    pub signals: BTreeMap<String, String>,
    pub rules: Vec<RuleSpec>,
    /// What the classification assumes where the document is silent or contradicts itself
    /// (which codes prove a failure), and why.
    #[serde(default)]
    pub assumption: Option<String>,
    /// When no rule matches; `unknown` unless the provider says otherwise.
    #[serde(default = "default_otherwise")]
    pub otherwise: ResultSpec,
}

fn default_otherwise() -> ResultSpec {
    ResultSpec::Unknown
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    #[serde(default)]
    pub doc: Option<String>,
    /// Signal → test; all must hold. A list is shorthand for `one_of`.
    pub when: BTreeMap<String, TestSpec>,
    pub then: ResultSpec,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum TestSpec {
    OneOfList(Vec<ScalarSpec>),
    Keyword(TestKeyword),
    Tagged(TaggedTest),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TestKeyword {
    Present,
    Absent,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum TaggedTest {
    OneOf(Vec<ScalarSpec>),
    NoneOf(Vec<ScalarSpec>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ResultSpec {
    Success,
    Pending,
    Failed,
    Unknown,
    /// The provider says a person must check (a trade under review, a cancel refused for
    /// good): the payment ends needing attention, with no query or reverse after it.
    Attention,
    /// By the `trade_state` signal through `states`.
    FromState,
}

impl ResultSpec {
    /// The `payspec_core::Classification` variant this result names; `None` for `from_state`,
    /// which is decided per answer.
    pub fn classification(self) -> Option<&'static str> {
        Some(match self {
            ResultSpec::Success => "Success",
            ResultSpec::Pending => "Pending",
            ResultSpec::Failed => "Failed",
            ResultSpec::Unknown => "Unknown",
            ResultSpec::Attention => "Attention",
            ResultSpec::FromState => return None,
        })
    }
}

/// One field of a request, response or nested object.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    /// Wire name (not for list `items`).
    #[serde(default)]
    pub wire: Option<String>,
    /// Rust name, when the one derived from `wire` is not wanted.
    #[serde(default)]
    pub rust_name: Option<String>,
    #[serde(default)]
    pub doc: Option<String>,
    #[serde(default)]
    pub required: bool,
    #[serde(rename = "type")]
    pub ty: TypeSpec,
    /// string: most characters.
    #[serde(default)]
    pub max_len: Option<u32>,
    /// string: a regular expression the whole value must match.
    #[serde(default)]
    pub pattern: Option<String>,
    #[serde(default)]
    pub charset: Option<CharsetSpec>,
    /// integer: bounds.
    #[serde(default)]
    pub min: Option<i64>,
    #[serde(default)]
    pub max: Option<i64>,
    /// money: the unit on the wire.
    #[serde(default)]
    pub unit: Option<MoneyUnitSpec>,
    /// money with `unit: minor`: the field (same object) holding the ISO currency code.
    #[serde(default)]
    pub currency_field: Option<String>,
    /// money with `unit: minor`, when no field carries the currency: the config key holding the
    /// merchant's ISO currency code (ScanForPay requests are in the merchant's currency).
    #[serde(default)]
    pub currency_config: Option<String>,
    /// money with `unit: yuan`: a JSON number (default) or a JSON string on the wire.
    #[serde(default)]
    pub wire_as: Option<WireAsSpec>,
    /// timestamp: the wire format.
    #[serde(default)]
    pub format: Option<TimestampFormatSpec>,
    /// enum: the `enums` entry.
    #[serde(rename = "enum", default)]
    pub enum_name: Option<String>,
    /// object (or json_string of an object): Rust struct name, PascalCase.
    #[serde(rename = "struct", default)]
    pub struct_name: Option<String>,
    /// object / json_string: the members.
    #[serde(default)]
    pub fields: Option<Vec<FieldSpec>>,
    /// list / json_string of a list: the element type.
    #[serde(default)]
    pub items: Option<Box<FieldSpec>>,
    /// Auth codes, keys: redacted in `Debug`.
    #[serde(default)]
    pub sensitive: bool,
    /// What this field means in the unified payment model.
    #[serde(default)]
    pub unified: Option<UnifiedSpec>,
    /// money: zero is a valid amount (a fee, a discount, a coupon). Without it every money
    /// field must be positive; a negative amount is never valid.
    #[serde(default)]
    pub allow_zero: bool,
    /// The value used when nobody supplies one: by a gateway building a request from a unified
    /// intent, by the simulator building a reply. Written as on the wire (`bar_code`, `1`).
    #[serde(default)]
    pub default: Option<ScalarSpec>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TypeSpec {
    String,
    Integer,
    Boolean,
    Money,
    Timestamp,
    /// `Y`/`N`.
    Flag,
    Enum,
    /// The provider's trade state (see `states`).
    State,
    Object,
    List,
    /// A JSON string holding an object (`fields`) or a list (`items`).
    JsonString,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CharsetSpec {
    Ascii,
    Digits,
    Alphanumeric,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MoneyUnitSpec {
    /// Integer fen (CNY minor units).
    Fen,
    /// Yuan with exactly two decimals.
    Yuan,
    /// Integer minor units of the currency in `currency_field` (or config `currency_config`).
    Minor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WireAsSpec {
    Number,
    String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UnifiedSpec {
    /// The merchant's order id (out_trade_no / mch_trade_id).
    OrderId,
    /// The provider's trade id.
    ProviderTradeId,
    /// The charged amount.
    Amount,
    /// The customer's payment code.
    AuthCode,
    /// Order title / subject.
    Subject,
    /// Goods description.
    Description,
    /// The trade state.
    TradeState,
    /// Time of payment.
    PaidAt,
    /// Terminal / device id.
    DeviceId,
    /// Where notifications are sent.
    NotifyUrl,
    /// The "call reverse again" flag.
    Recall,
}
