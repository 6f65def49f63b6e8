//! Semantic checks of a loaded spec: every error at once, each located in the YAML text.
//!
//! After `validate` returns no diagnostics, lowering and emitting can rely on what is checked
//! here (references resolve, names are Rust identifiers, durations parse, ...) and must not panic.

mod enums;
mod fields;
mod layouts;
mod operations;
mod sandbox;
mod values;

use std::cell::Cell;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::path::Path;
use std::time::Duration;

use crate::diagnostic::{sort_and_dedup, Diagnostic};
use crate::names;
use crate::spec::load::{closest, LoadedSpec};
use crate::spec::locate::{Loc, LocationIndex};
use crate::spec::model::{
    AlgorithmSpec, EnumSpec, KeySpec, PlacementSpec, ProviderSpec, RepliesSpec, ScalarSpec,
    StatusLevelSpec, StatusSpec,
};

/// Every semantic error of `spec`, sorted by line and column.
pub fn validate(spec: &LoadedSpec) -> Vec<Diagnostic> {
    let mut cx = Ctx {
        file: &spec.file,
        index: &spec.index,
        spec: &spec.spec,
        out: Vec::new(),
        config_keys: spec.spec.config.iter().map(|c| c.key.as_str()).collect(),
        enums: spec
            .spec
            .enums
            .iter()
            .rev()
            .map(|e| {
                (
                    e.name.as_str(),
                    (e, codes(e.values.iter().map(|v| &v.code))),
                )
            })
            .collect(),
        state_codes: codes(spec.spec.states.values.iter().map(|v| &v.code)),
        suggestions: Cell::new(MAX_SUGGESTIONS),
    };
    cx.provider();
    cx.config();
    cx.signing();
    layouts::check(&mut cx);
    enums::check(&mut cx);
    operations::check(&mut cx);
    fields::check(&mut cx);
    sandbox::check(&mut cx);
    cx.poll();
    let mut out = cx.out;
    sort_and_dedup(&mut out);
    out
}

/// A duration as specs write it: an integer and a unit, `500ms`, `5s`, `2m` or `1h`.
pub fn parse_duration(text: &str) -> Option<Duration> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (number, unit) = text.split_at(digits);
    if number.is_empty() {
        return None;
    }
    let n: u64 = number.parse().ok()?;
    let millis = match unit {
        "ms" => Some(n),
        "s" => n.checked_mul(1_000),
        "m" => n.checked_mul(60_000),
        "h" => n.checked_mul(3_600_000),
        _ => None,
    }?;
    Some(Duration::from_millis(millis))
}

/// `+08:00` → 480 minutes east of UTC; `-05:30` → -330. Hours 00..=23, minutes 00..=59.
pub fn parse_utc_offset(text: &str) -> Option<i16> {
    let b = text.as_bytes();
    if b.len() != 6 || b.get(3) != Some(&b':') {
        return None;
    }
    let sign = match b.first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let two = |i: usize| -> Option<i16> {
        let (h, l) = (*b.get(i)?, *b.get(i + 1)?);
        (h.is_ascii_digit() && l.is_ascii_digit())
            .then(|| i16::from(h - b'0') * 10 + i16::from(l - b'0'))
    };
    let (h, m) = (two(1)?, two(4)?);
    (h <= 23 && m <= 59).then_some(sign * (h * 60 + m))
}

/// A snake_case name that is already the Rust identifier `names::field_name` makes of it.
pub fn is_snake_ident(name: &str) -> bool {
    let shape = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !name.contains("__")
        && !name.ends_with('_');
    shape && names::field_name(name) == name
}

/// A PascalCase name that is already the Rust identifier `names::type_name` makes of it.
pub fn is_pascal_ident(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase()) && names::type_name(name) == name
}

/// How many did-you-mean searches one validation run makes. Each compares a name with every
/// candidate; past this, hints list names without searching, so a spec with thousands of bad
/// references still validates in linear time.
const MAX_SUGGESTIONS: usize = 100;
/// Candidates a did-you-mean search looks at, at most.
const MAX_SUGGESTION_CANDIDATES: usize = 1_000;
/// Names a hint lists, at most.
pub(crate) const MAX_LISTED: usize = 10;

/// The collecting context of one validation run.
pub(crate) struct Ctx<'a> {
    file: &'a str,
    index: &'a LocationIndex,
    spec: &'a ProviderSpec,
    out: Vec<Diagnostic>,
    config_keys: HashSet<&'a str>,
    /// Enums by name (the first definition of a name wins), with their codes as text.
    enums: HashMap<&'a str, (&'a EnumSpec, HashSet<String>)>,
    state_codes: HashSet<String>,
    suggestions: Cell<usize>,
}

/// The first index at which each key was seen, so that "given twice" checks take one hash
/// lookup per item instead of a scan of the items before it.
pub(crate) struct FirstSeen<K>(HashMap<K, usize>);

impl<K: Hash + Eq> FirstSeen<K> {
    pub(crate) fn new() -> FirstSeen<K> {
        FirstSeen(HashMap::new())
    }

    /// The index `key` was first seen at, when before `index`; otherwise records `index`.
    pub(crate) fn seen(&mut self, key: K, index: usize) -> Option<usize> {
        match self.0.entry(key) {
            Entry::Occupied(e) => Some(*e.get()),
            Entry::Vacant(e) => {
                e.insert(index);
                None
            }
        }
    }
}

/// A diagnostic just pushed, to add a hint to.
pub(crate) struct Report<'r>(Option<&'r mut Diagnostic>);

impl Report<'_> {
    pub(crate) fn hint(self, hint: impl Into<String>) {
        if let Some(d) = self.0 {
            d.hint = Some(hint.into());
        }
    }
}

impl<'a> Ctx<'a> {
    /// An error pointing at `path` (see [`LocationIndex::at`]).
    pub(crate) fn err(&mut self, path: &str, message: impl Into<String>) -> Report<'_> {
        let loc = self.index.at(path);
        self.err_loc(loc, path, message)
    }

    /// An error pointing at the key of `path` (for errors about a name used as a map key).
    pub(crate) fn err_key(&mut self, path: &str, message: impl Into<String>) -> Report<'_> {
        let loc = self.index.key_at(path);
        self.err_loc(loc, path, message)
    }

    fn err_loc(&mut self, loc: Loc, path: &str, message: impl Into<String>) -> Report<'_> {
        self.out
            .push(Diagnostic::new(self.file, loc.line, loc.column, message).at_path(path));
        Report(self.out.last_mut())
    }

    /// The line of `path`, for "first given at line N" hints.
    pub(crate) fn line(&self, path: &str) -> usize {
        self.index.at(path).line
    }

    pub(crate) fn spec(&self) -> &'a ProviderSpec {
        self.spec
    }

    pub(crate) fn written(&self, path: &str) -> bool {
        self.index.contains(path)
    }

    fn config_hint(&self, got: &str) -> String {
        let keys: Vec<&str> = self.spec.config.iter().map(|c| c.key.as_str()).collect();
        self.known(got, &keys, "config keys")
    }

    /// The enum named `name` (its first definition).
    pub(crate) fn enum_named(&self, name: &str) -> Option<&'a EnumSpec> {
        self.enums.get(name).map(|(e, _)| *e)
    }

    /// The enum named `name` and its codes as text.
    pub(crate) fn enum_codes(&self, name: &str) -> Option<(&'a EnumSpec, &HashSet<String>)> {
        self.enums.get(name).map(|(e, codes)| (*e, codes))
    }

    /// The codes of `states` as text.
    pub(crate) fn state_codes(&self) -> &HashSet<String> {
        &self.state_codes
    }

    /// "did you mean `x`?", or (some of) the names that are defined.
    pub(crate) fn known(&self, got: &str, candidates: &[&str], what: &str) -> String {
        let left = self.suggestions.get();
        if left > 0 && candidates.len() <= MAX_SUGGESTION_CANDIDATES {
            self.suggestions.set(left - 1);
            if let Some(best) = closest(got, candidates) {
                return format!("did you mean `{best}`?");
            }
        }
        if candidates.is_empty() {
            return format!("no {what} are defined");
        }
        format!("{what}: {}", listed(candidates.iter()))
    }

    fn provider(&mut self) {
        let spec = self.spec;
        let name = spec.provider.as_str();
        if !is_snake_ident(name) {
            self.err(
                "provider",
                format!("provider name `{name}` is not snake_case"),
            )
            .hint(snake_hint(name));
        }
        let path = Path::new(self.file);
        let in_specs = path
            .parent()
            .and_then(|p| p.file_name())
            .is_some_and(|d| d == "specs");
        let yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
        if let (true, true, Some(stem)) =
            (in_specs, yaml, path.file_stem().and_then(|s| s.to_str()))
        {
            if stem != name {
                self.err(
                    "provider",
                    format!("provider `{name}` does not match the file name `{stem}`"),
                )
                .hint(format!(
                    "the provider name is the module and feature name: write `provider: {stem}` \
                     or rename the file to `specs/{name}.yaml`"
                ));
            }
        }
        if parse_utc_offset(&spec.utc_offset).is_none() {
            self.err(
                "utc_offset",
                format!("utc_offset `{}` is not `+HH:MM`", spec.utc_offset),
            )
            .hint("write the offset from UTC with a sign, like `+08:00` (hours 00-23)");
        }
    }

    fn config(&mut self) {
        let spec = self.spec;
        let mut keys = FirstSeen::new();
        for (i, c) in spec.config.iter().enumerate() {
            let path = format!("config[{i}].key");
            if !is_snake_ident(&c.key) {
                self.err(&path, format!("config key `{}` is not snake_case", c.key))
                    .hint(snake_hint(&c.key));
            }
            if let Some(first) = keys.seen(c.key.as_str(), i) {
                let line = self.line(&format!("config[{first}].key"));
                self.err(&path, format!("config key `{}` is given twice", c.key))
                    .hint(format!("first given at line {line}"));
            }
        }
    }

    pub(crate) fn has_config(&self, key: &str) -> bool {
        self.config_keys.contains(key)
    }

    pub(crate) fn check_config_ref(&mut self, path: &str, what: &str, key: &str) {
        if !self.has_config(key) {
            let hint = self.config_hint(key);
            self.err(
                path,
                format!("{what} names `{key}`, which is not a `config` key"),
            )
            .hint(hint);
        }
    }

    fn signing(&mut self) {
        let s = &self.spec.signing;
        self.check_config_ref("signing.key_config", "`signing.key_config`", &s.key_config);
        if let PlacementSpec::Header(h) = &s.placement {
            if let Some(prefix) = &h.prefix_config {
                self.check_config_ref(
                    "signing.placement.header.prefix_config",
                    "`prefix_config`",
                    prefix,
                );
            }
            let token = !h.name.is_empty()
                && h.name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c));
            if !token {
                self.err(
                    "signing.placement.header.name",
                    format!("`{}` is not an HTTP header name", h.name),
                )
                .hint("letters, digits and `-`, like `Authorization`");
            }
        }
        if let PlacementSpec::Field(f) = &s.placement {
            if f.is_empty() {
                self.err(
                    "signing.placement.field",
                    "the signature field name is empty",
                );
            }
        }
        if let KeySpec::AppendPair(name) = &s.key {
            if name.is_empty() {
                self.err(
                    "signing.key.append_pair",
                    "`append_pair` needs a name, like `key`",
                );
            }
        }
        self.asymmetric();
        let hmac_key = s.key == KeySpec::Hmac;
        let hmac_alg = s.algorithm == AlgorithmSpec::HmacSha256;
        if hmac_key && !hmac_alg {
            self.err("signing.key", "`key: hmac` needs `algorithm: hmac-sha256`")
                .hint("a plain digest appends the key: use `append_pair` or `suffix`");
        }
        // With a choice of algorithms the key joins every one of them alike: an HMAC then also
        // appends the pair (WeChat Pay's `&key=KEY` under HMAC-SHA256); without one, an HMAC
        // takes the key as its key only.
        if hmac_alg && !hmac_key && s.algorithm_choice.is_none() {
            self.err("signing.key", "`algorithm: hmac-sha256` needs `key: hmac`")
                .hint("an HMAC uses the key as its key; nothing is appended");
        }
        if let Some(choice) = &s.algorithm_choice {
            let config = choice.config.clone();
            self.check_config_ref(
                "signing.algorithm_choice.config",
                "`signing.algorithm_choice`",
                &config,
            );
            if let Some(entry) = self.spec.config.iter().find(|c| c.key == config) {
                if !entry.optional {
                    self.err(
                        "signing.algorithm_choice.config",
                        format!(
                            "config key `{config}` chooses the algorithm but is not `optional`"
                        ),
                    )
                    .hint("mark it `optional: true`: left out, `signing.algorithm` is the default");
                }
            }
            if !choice.values.values().any(|a| *a == s.algorithm) {
                self.err(
                    "signing.algorithm",
                    "the default algorithm is none of `signing.algorithm_choice.values`",
                )
                .hint("name the default among the values, so that a request can say it uses it");
            }
            for (name, a) in &choice.values {
                let path = crate::spec::locate::child_key("signing.algorithm_choice.values", name);
                if name.is_empty() || name.chars().any(char::is_control) {
                    self.err(&path, "an algorithm's name is empty or not one line");
                }
                if hmac_key && *a != AlgorithmSpec::HmacSha256 {
                    self.err(
                        &path,
                        format!("`{name}` is not an HMAC, but `key: hmac` appends no key"),
                    )
                    .hint("a plain digest needs the key appended: `key: {append_pair: key}`");
                }
            }
        }
        if let Some(codes) = &s.signed_codes {
            if codes.is_empty() {
                self.err("signing.signed_codes", "`signed_codes` is empty")
                    .hint("list the status codes of the replies that carry a signature, or leave the key out");
            }
            if s.replies == RepliesSpec::Unsigned {
                self.err(
                    "signing.signed_codes",
                    "`signed_codes` with `replies: unsigned`",
                )
                .hint(
                    "`signed_codes` says which replies are signed; an unsigned provider signs none",
                );
            }
            if s.assumption.is_none() {
                self.err(
                    "signing.signed_codes",
                    "`signed_codes` without an `assumption`",
                )
                .hint("say in `signing.assumption` why other replies carry no signature");
            }
            let has_code = self.spec.layouts.values().any(|l| {
                l.nodes.iter().any(|n| {
                    n.status == Some(StatusSpec::Code) && n.level == StatusLevelSpec::First
                })
            });
            if !has_code {
                self.err("signing.signed_codes", "no layout has a top-level `status: code` node")
                    .hint("replies are told apart by their first-level status code: add a `status: code` node");
            }
        }
        if s.replies == RepliesSpec::Unsigned && s.assumption.is_none() {
            self.err(
                "signing.replies",
                "`replies: unsigned` without an `assumption`",
            )
            .hint("say in `signing.assumption` why replies are trusted without a signature");
        }
    }

    /// A public-key signature (`rsa-sha256`) and a digest exclude each other's settings: the
    /// private key signs (no hex, no key in the text) and the provider's public key verifies.
    fn asymmetric(&mut self) {
        let s = &self.spec.signing;
        let rsa = s.algorithm.is_asymmetric();
        let private = s.key == KeySpec::PrivateKey;
        if rsa && !private {
            self.err(
                "signing.key",
                "`algorithm: rsa-sha256` needs `key: private_key`",
            )
            .hint("the merchant's private key signs the string; no key is appended to it");
        }
        if private && !rsa {
            self.err("signing.key", "`key: private_key` needs `algorithm: rsa-sha256`")
                .hint("a digest appends its shared key (`append_pair`, `suffix`) or keys an HMAC (`hmac`)");
        }
        match (rsa, s.hex) {
            (true, Some(_)) => {
                self.err("signing.hex", "`hex` with `algorithm: rsa-sha256`")
                    .hint("an RSA signature is carried in base64, not hex: leave `hex` out");
            }
            (false, None) => {
                self.err("signing.algorithm", "a digest needs `hex`")
                    .hint("say how the digest is written: `hex: upper` or `hex: lower`");
            }
            _ => {}
        }
        let choice_rsa = s
            .algorithm_choice
            .iter()
            .any(|c| c.values.values().any(|a| a.is_asymmetric()));
        if s.algorithm_choice.is_some() && (rsa || choice_rsa) {
            self.err(
                "signing.algorithm_choice",
                "`algorithm_choice` with `rsa-sha256` is not supported",
            )
            .hint("an RSA key cannot stand in for a digest's shared key: give one fixed algorithm");
        }
        self.verify_key_config(rsa);
        if (rsa || private)
            && self.has_config(&s.key_config)
            && !self.config_sensitive(&s.key_config)
        {
            self.err(
                "signing.key_config",
                format!(
                    "config key `{}` holds a private key but is not `sensitive`",
                    s.key_config
                ),
            )
            .hint("mark it `sensitive: true`, so it is never printed");
        }
    }

    /// `verify_key_config` names the provider's public key: needed by `rsa-sha256` when replies
    /// are signed, meaningless for a digest (verified with its shared key).
    fn verify_key_config(&mut self, rsa: bool) {
        let s = &self.spec.signing;
        let signed = s.replies == RepliesSpec::Signed;
        match &s.verify_key_config {
            None if rsa && signed => {
                self.err(
                    "signing.algorithm",
                    "`algorithm: rsa-sha256` with `replies: signed` needs `verify_key_config`",
                )
                .hint(
                    "name the config key of the provider's public key, which verifies its replies",
                );
            }
            Some(_) if !rsa => {
                self.err(
                    "signing.verify_key_config",
                    "`verify_key_config` with a digest algorithm",
                )
                .hint("a digest is verified with its shared key (`key_config`): leave `verify_key_config` out");
            }
            Some(key) => {
                let key = key.clone();
                self.check_config_ref(
                    "signing.verify_key_config",
                    "`signing.verify_key_config`",
                    &key,
                );
                if key == s.key_config {
                    self.err(
                        "signing.verify_key_config",
                        "`verify_key_config` is `key_config`",
                    )
                    .hint("the merchant's private key signs; the provider's public key, another config key, verifies");
                }
            }
            None => {}
        }
    }

    fn config_sensitive(&self, key: &str) -> bool {
        self.spec.config.iter().any(|c| c.key == key && c.sensitive)
    }

    fn poll(&mut self) {
        let p = &self.spec.poll;
        let dur = |cx: &mut Ctx, path: &str, text: &str| -> Option<Duration> {
            let d = parse_duration(text);
            if d.is_none() {
                cx.err(path, format!("`{text}` is not a duration"))
                    .hint("an integer and a unit: `500ms`, `5s`, `2m` or `1h`");
            }
            d
        };
        dur(self, "poll.first_query_after", &p.first_query_after);
        let interval = dur(self, "poll.query_interval", &p.query_interval);
        let deadline = dur(self, "poll.deadline", &p.deadline);
        dur(
            self,
            "poll.reverse.earliest_after_pay",
            &p.reverse.earliest_after_pay,
        );
        dur(
            self,
            "poll.reverse.retry_interval",
            &p.reverse.retry_interval,
        );
        if p.max_queries == 0 {
            self.err("poll.max_queries", "`max_queries` must be at least 1");
        }
        if let (Some(i), Some(d)) = (interval, deadline) {
            if d < i {
                self.err(
                    "poll.deadline",
                    format!(
                        "policy deadline `{}` is shorter than its interval `{}`",
                        p.deadline, p.query_interval
                    ),
                )
                .hint("the deadline must leave room for at least one `query_interval`");
            }
        }
        if p.reverse.max_attempts == 0 {
            self.err(
                "poll.reverse.max_attempts",
                "`max_attempts` must be at least 1",
            );
        }
    }
}

/// Codes as text (how values are compared with them).
fn codes<'s>(codes: impl Iterator<Item = &'s ScalarSpec>) -> HashSet<String> {
    codes.map(ScalarSpec::as_text).collect()
}

/// "`a`, `b`, `c`": the first [`MAX_LISTED`] names, and how many there are when there are more.
pub(crate) fn listed<T: std::fmt::Display>(names: impl ExactSizeIterator<Item = T>) -> String {
    let total = names.len();
    let shown: Vec<String> = names.take(MAX_LISTED).map(|n| format!("`{n}`")).collect();
    if total > MAX_LISTED {
        format!("{}, ... ({total} in all)", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

pub(crate) fn snake_hint(name: &str) -> String {
    let suggestion = names::field_name(name);
    if is_snake_ident(&suggestion) {
        format!("lowercase letters, digits and single `_`, not a Rust keyword, e.g. `{suggestion}`")
    } else {
        "lowercase letters, digits and single `_`, starting with a letter, not a Rust keyword"
            .into()
    }
}

pub(crate) fn pascal_hint(name: &str) -> String {
    let suggestion = names::type_name(name);
    if is_pascal_ident(&suggestion) {
        format!("e.g. `{suggestion}`")
    } else {
        "an uppercase letter, then letters and digits".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(parse_duration("5s"), Some(Duration::from_secs(5)));
        assert_eq!(parse_duration("2m"), Some(Duration::from_secs(120)));
        assert_eq!(parse_duration("1h"), Some(Duration::from_secs(3600)));
        assert_eq!(parse_duration("0s"), Some(Duration::ZERO));
        for bad in [
            "",
            "5",
            "s",
            "5 s",
            " 5s",
            "-5s",
            "+5s",
            "5sec",
            "1.5s",
            "5S",
            "99999999999999999999h",
            "٣s",
        ] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
    }

    #[test]
    fn offsets() {
        assert_eq!(parse_utc_offset("+08:00"), Some(480));
        assert_eq!(parse_utc_offset("-05:30"), Some(-330));
        assert_eq!(parse_utc_offset("+00:00"), Some(0));
        for bad in [
            "08:00", "+8:00", "+08:0", "+24:00", "+08:60", "+0800", "UTC", "", "+08:00 ", "+٠٨:00",
        ] {
            assert_eq!(parse_utc_offset(bad), None, "{bad}");
        }
    }

    #[test]
    fn identifiers() {
        for good in ["pooul", "pay_v2", "query", "a1"] {
            assert!(is_snake_ident(good), "{good}");
        }
        for bad in [
            "", "Pay", "pay-v2", "_pay", "pay_", "pay__v2", "type", "1pay", "self",
        ] {
            assert!(!is_snake_ident(bad), "{bad}");
        }
        for good in ["Goods", "TradeState", "V0"] {
            assert!(is_pascal_ident(good), "{good}");
        }
        for bad in ["", "goods", "GOODS", "Self", "Trade_State", "_A"] {
            assert!(!is_pascal_ident(bad), "{bad}");
        }
    }
}
