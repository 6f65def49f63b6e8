//! Request validation: every violation, by wire name, before anything is sent.
//!
//! Generated `Validate` impls call the helpers below, one per spec rule. A helper never stops at
//! the first problem: the caller sees every broken rule of a request at once, named by the wire
//! path the provider's documentation uses.

use core::fmt;
use std::sync::OnceLock;

use crate::money::{Currency, MinorAmount, Money};

/// One broken rule, named by wire path (`biz_content.total_fee`, `detail.goods_detail[0].price`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub field: String,
    pub message: String,
}

/// All the violations of one value.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Violations(pub Vec<Violation>);

impl fmt::Display for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, v) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{}: {}", v.field, v.message)?;
        }
        Ok(())
    }
}

impl Violations {
    pub fn push(&mut self, path: &str, wire: &str, message: impl Into<String>) {
        self.0.push(Violation {
            field: field_name(path, wire),
            message: message.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Implemented by every generated request/content struct.
pub trait Validate {
    /// Pushes every violation, with wire names prefixed by `path` (`""` at top level).
    fn collect_violations(&self, path: &str, out: &mut Violations);

    /// `Ok` or every violation at once.
    fn validate(&self) -> Result<(), Violations> {
        let mut out = Violations::default();
        self.collect_violations("", &mut out);
        if out.0.is_empty() {
            Ok(())
        } else {
            Err(out)
        }
    }
}

/// `path.wire`, or `wire` at top level.
pub fn field_name(path: &str, wire: &str) -> String {
    if path.is_empty() {
        wire.to_owned()
    } else {
        format!("{path}.{wire}")
    }
}

/// A regular expression that must match the whole value. `const` so generated code can keep one
/// in a `static`; compiled on first use and then reused.
pub struct Pattern {
    source: &'static str,
    compiled: OnceLock<Result<regex_lite::Regex, String>>,
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pattern").field(&self.source).finish()
    }
}

impl Pattern {
    pub const fn new(source: &'static str) -> Pattern {
        Pattern {
            source,
            compiled: OnceLock::new(),
        }
    }

    pub fn as_str(&self) -> &'static str {
        self.source
    }

    /// Whole-value match; `Err` if the expression itself does not compile (reported as a
    /// violation rather than a panic, since it comes from a spec).
    pub fn is_match(&self, value: &str) -> Result<bool, String> {
        let compiled = self.compiled.get_or_init(|| {
            regex_lite::Regex::new(&format!("^(?:{})$", self.source))
                .map_err(|e| format!("pattern `{}` does not compile: {e}", self.source))
        });
        match compiled {
            Ok(re) => Ok(re.is_match(value)),
            Err(e) => Err(e.clone()),
        }
    }
}

/// Character classes providers restrict identifiers and codes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    /// Any ASCII character.
    Ascii,
    /// `0`–`9` only.
    Digits,
    /// ASCII letters and digits.
    Alphanumeric,
}

impl Charset {
    pub fn allows(self, c: char) -> bool {
        match self {
            Charset::Ascii => c.is_ascii(),
            Charset::Digits => c.is_ascii_digit(),
            Charset::Alphanumeric => c.is_ascii_alphanumeric(),
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Charset::Ascii => "ASCII characters",
            Charset::Digits => "digits 0-9",
            Charset::Alphanumeric => "ASCII letters and digits",
        }
    }
}

/// At least one of a group of optional fields must be given (`(wire, given)` pairs, in the
/// spec's order); the violation names the first and lists the others.
pub fn at_least_one(out: &mut Violations, path: &str, group: &[(&str, bool)]) {
    if group.iter().any(|&(_, given)| given) {
        return;
    }
    let Some(&(first, _)) = group.first() else {
        return;
    };
    let names: Vec<String> = group.iter().map(|(wire, _)| format!("`{wire}`")).collect();
    out.push(
        path,
        first,
        format!("at least one of {} is required", names.join(", ")),
    );
}

/// A required text must be non-empty: providers treat `""` as absent.
#[inline]
pub fn required_text(out: &mut Violations, path: &str, wire: &str, value: &str) {
    if value.is_empty() {
        out.push(path, wire, "is required and must not be empty");
    }
}

/// Length in characters (not bytes): providers count 汉字 as one each.
// Inlined into the generated checks (the common case is one comparison); the counting and the
// message are not.
#[inline]
pub fn max_chars(out: &mut Violations, path: &str, wire: &str, value: &str, max: usize) {
    // Bytes bound characters from above: most values need no counting.
    if value.len() > max {
        max_chars_counted(out, path, wire, value, max);
    }
}

#[inline(never)]
fn max_chars_counted(out: &mut Violations, path: &str, wire: &str, value: &str, max: usize) {
    let count = value.chars().count();
    if count > max {
        out.push(
            path,
            wire,
            format!("must be at most {max} characters, has {count}"),
        );
    }
}

pub fn pattern(out: &mut Violations, path: &str, wire: &str, value: &str, pattern: &Pattern) {
    match pattern.is_match(value) {
        Ok(true) => {}
        Ok(false) => out.push(path, wire, format!("must match `{}`", pattern.as_str())),
        Err(e) => out.push(path, wire, e),
    }
}

pub fn charset(out: &mut Violations, path: &str, wire: &str, value: &str, charset: Charset) {
    if let Some(bad) = value.chars().find(|c| !charset.allows(*c)) {
        out.push(
            path,
            wire,
            format!("must contain only {}, found {bad:?}", charset.describe()),
        );
    }
}

/// Either bound may be absent (a spec can give only `min` or only `max`).
pub fn int_range(
    out: &mut Violations,
    path: &str,
    wire: &str,
    value: i64,
    min: Option<i64>,
    max: Option<i64>,
) {
    let message = match (min, max) {
        (Some(min), Some(max)) if value < min || value > max => {
            format!("must be between {min} and {max}, is {value}")
        }
        (Some(min), None) if value < min => format!("must be at least {min}, is {value}"),
        (None, Some(max)) if value > max => format!("must be at most {max}, is {value}"),
        _ => return,
    };
    out.push(path, wire, message);
}

/// A charge of zero or less is never what the caller meant.
pub fn money_positive(out: &mut Violations, path: &str, wire: &str, value: &Money) {
    if value.minor() <= 0 {
        out.push(
            path,
            wire,
            format!("must be positive, is {}", value.render_major()),
        );
    }
}

/// An amount the sign checks read: its value in the smallest unit, and how to show it.
pub trait Amount {
    fn minor_units(&self) -> i64;
    fn shown(&self) -> String;
}

impl Amount for Money {
    fn minor_units(&self) -> i64 {
        self.minor()
    }
    fn shown(&self) -> String {
        self.render_major()
    }
}

impl Amount for MinorAmount {
    fn minor_units(&self) -> i64 {
        self.0
    }
    fn shown(&self) -> String {
        self.0.to_string()
    }
}

/// Every money field is positive unless its spec says `allow_zero`: an amount of zero or less
/// is refused before it is sent (and reported in a reply that is checked).
pub fn amount_positive<A: Amount + ?Sized>(
    out: &mut Violations,
    path: &str,
    wire: &str,
    value: &A,
) {
    if value.minor_units() <= 0 {
        out.push(
            path,
            wire,
            format!("must be positive, is {}", value.shown()),
        );
    }
}

/// A money field the spec marks `allow_zero` (a fee, a discount): zero is allowed, a negative
/// amount never.
pub fn amount_not_negative<A: Amount + ?Sized>(
    out: &mut Violations,
    path: &str,
    wire: &str,
    value: &A,
) {
    if value.minor_units() < 0 {
        out.push(
            path,
            wire,
            format!("must not be negative, is {}", value.shown()),
        );
    }
}

pub fn money_currency(
    out: &mut Violations,
    path: &str,
    wire: &str,
    value: &Money,
    expected: Currency,
) {
    if value.currency() != expected {
        out.push(
            path,
            wire,
            format!("must be in {expected}, is in {}", value.currency()),
        );
    }
}

/// A required list must have at least one item.
pub fn required_items<T>(out: &mut Violations, path: &str, wire: &str, items: &[T]) {
    if items.is_empty() {
        out.push(path, wire, "is required and must have at least one item");
    }
}

/// Validates a nested object under `path.wire`.
pub fn nested<T: Validate + ?Sized>(out: &mut Violations, path: &str, wire: &str, value: &T) {
    value.collect_violations(&field_name(path, wire), out);
}

/// Validates every item of a list under `path.wire[i]`.
pub fn each<T: Validate>(out: &mut Violations, path: &str, wire: &str, items: &[T]) {
    let base = field_name(path, wire);
    for (i, item) in items.iter().enumerate() {
        item.collect_violations(&format!("{base}[{i}]"), out);
    }
}

/// Parses `content` as the typed value `T` and validates it: the checks the typed API makes,
/// for code that holds content as JSON (a gateway driven by descriptors, a simulator). A parse
/// failure is reported as one violation naming what did not fit.
pub fn check_typed<T: serde::de::DeserializeOwned + Validate>(
    content: &crate::json::Json,
) -> Result<(), Violations> {
    typed::<T>(content)?.validate()
}

/// `content` read as the typed request `T` (not yet validated); content that does not fit its
/// fields is one violation saying why.
pub fn typed<T: serde::de::DeserializeOwned>(content: &crate::json::Json) -> Result<T, Violations> {
    content.to_typed::<T>().map_err(|e| {
        let mut out = Violations::default();
        out.push(
            "",
            "(content)",
            format!("does not fit the operation's fields: {e}"),
        );
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Goods {
        goods_id: String,
        price: Money,
    }

    impl Validate for Goods {
        fn collect_violations(&self, path: &str, out: &mut Violations) {
            required_text(out, path, "goods_id", &self.goods_id);
            max_chars(out, path, "goods_id", &self.goods_id, 4);
            money_positive(out, path, "price", &self.price);
        }
    }

    struct Detail {
        goods_detail: Vec<Goods>,
    }

    impl Validate for Detail {
        fn collect_violations(&self, path: &str, out: &mut Violations) {
            required_items(out, path, "goods_detail", &self.goods_detail);
            each(out, path, "goods_detail", &self.goods_detail);
        }
    }

    static ORDER_ID: Pattern = Pattern::new("[A-Za-z0-9_]{5,32}");

    struct Pay {
        out_trade_no: String,
        auth_code: String,
        total_fee: Money,
        kind: i64,
        detail: Detail,
    }

    impl Validate for Pay {
        fn collect_violations(&self, path: &str, out: &mut Violations) {
            pattern(out, path, "out_trade_no", &self.out_trade_no, &ORDER_ID);
            charset(out, path, "auth_code", &self.auth_code, Charset::Digits);
            money_currency(out, path, "total_fee", &self.total_fee, Currency::CNY);
            int_range(out, path, "type", self.kind, Some(1), Some(5));
            nested(out, path, "detail", &self.detail);
        }
    }

    #[test]
    fn reports_every_violation_by_wire_path() {
        let pay = Pay {
            out_trade_no: "no!".into(),
            auth_code: "2844x".into(),
            total_fee: Money::from_minor(1, Currency::JPY),
            kind: 9,
            detail: Detail {
                goods_detail: vec![
                    Goods {
                        goods_id: "g1".into(),
                        price: Money::fen(1),
                    },
                    Goods {
                        goods_id: "".into(),
                        price: Money::fen(0),
                    },
                    Goods {
                        goods_id: "商品编号五".into(),
                        price: Money::fen(1),
                    },
                ],
            },
        };
        let fields: Vec<String> = pay
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|v| v.field)
            .collect();
        assert_eq!(
            fields,
            [
                "out_trade_no",
                "auth_code",
                "total_fee",
                "type",
                "detail.goods_detail[1].goods_id",
                "detail.goods_detail[1].price",
                "detail.goods_detail[2].goods_id",
            ]
        );
    }

    #[test]
    fn messages_say_what_is_wrong() {
        let mut out = Violations::default();
        max_chars(&mut out, "biz_content", "body", "商品商品", 3);
        charset(&mut out, "", "auth_code", "28 44", Charset::Digits);
        int_range(&mut out, "", "type", 0, Some(1), Some(5));
        int_range(&mut out, "", "min_only", 0, Some(1), None);
        int_range(&mut out, "", "max_only", 6, None, Some(5));
        int_range(&mut out, "", "unbounded", i64::MIN, None, None);
        assert_eq!(
            out.to_string(),
            "biz_content.body: must be at most 3 characters, has 4; \
             auth_code: must contain only digits 0-9, found ' '; \
             type: must be between 1 and 5, is 0; \
             min_only: must be at least 1, is 0; max_only: must be at most 5, is 6"
        );
    }

    #[test]
    fn pattern_matches_the_whole_value() {
        assert_eq!(ORDER_ID.is_match("abc_123"), Ok(true));
        assert_eq!(ORDER_ID.is_match("abc_123!"), Ok(false));
        let anchored = Pattern::new("^[0-9]{3}$");
        assert_eq!(anchored.is_match("123"), Ok(true));
        let alternation = Pattern::new("a|b");
        assert_eq!(alternation.is_match("ab"), Ok(false));
        let broken = Pattern::new("(");
        let mut out = Violations::default();
        pattern(&mut out, "", "x", "(", &broken);
        assert!(out.0[0].message.contains("does not compile"));
    }

    #[test]
    fn charsets() {
        assert!(Charset::Alphanumeric.allows('Z') && !Charset::Alphanumeric.allows('_'));
        assert!(Charset::Ascii.allows('~') && !Charset::Ascii.allows('元'));
        let mut out = Violations::default();
        charset(&mut out, "", "a", "abc123", Charset::Alphanumeric);
        charset(&mut out, "", "b", "", Charset::Digits);
        assert!(out.is_empty());
    }
}
