//! Fixed wire values a spec writes for a field (`default`, sandbox answer `fields`): whether a
//! value fits the field's type and constraints, exactly as a generated request or response would
//! carry it.

use std::collections::HashSet;

use super::{listed, Ctx};
use crate::spec::model::{
    CharsetSpec, FieldSpec, MoneyUnitSpec, ScalarSpec, TypeSpec, WireScalarSpec,
};

/// Why a value does not fit a field: the end of a sentence ("is not a string") and a hint.
pub(crate) struct Misfit {
    pub reason: String,
    pub hint: Option<String>,
}

fn misfit(reason: impl Into<String>, hint: impl Into<Option<String>>) -> Option<Misfit> {
    Some(Misfit {
        reason: reason.into(),
        hint: hint.into(),
    })
}

/// The type of a field in words, for messages: `string`, `money (yuan)`.
pub(crate) fn type_label(f: &FieldSpec) -> String {
    let base = match f.ty {
        TypeSpec::String => "string",
        TypeSpec::Integer => "integer",
        TypeSpec::Boolean => "boolean",
        TypeSpec::Money => "money",
        TypeSpec::Timestamp => "timestamp",
        TypeSpec::Flag => "flag",
        TypeSpec::Enum => "enum",
        TypeSpec::State => "state",
        TypeSpec::Object => "object",
        TypeSpec::List => "list",
        TypeSpec::JsonString => "json_string",
    };
    match (f.ty, f.unit) {
        (TypeSpec::Money, Some(MoneyUnitSpec::Fen)) => "money (fen)".into(),
        (TypeSpec::Money, Some(MoneyUnitSpec::Yuan)) => "money (yuan)".into(),
        (TypeSpec::Money, Some(MoneyUnitSpec::Minor)) => "money (minor)".into(),
        _ => base.into(),
    }
}

/// Whether a field of this type can be given a fixed value at all.
pub(crate) fn takes_fixed_value(f: &FieldSpec) -> bool {
    !matches!(
        f.ty,
        TypeSpec::Timestamp | TypeSpec::Object | TypeSpec::List | TypeSpec::JsonString
    )
}

pub(crate) const FIXED_VALUE_HINT: &str =
    "a fixed value is for string, integer, boolean, money, flag, \
     enum and state fields; times, objects and lists are built by the caller";

/// `"0.01"`, `12.50`: digits, a point, exactly two decimals, no sign, no leading zero.
fn is_yuan_text(s: &str) -> bool {
    let Some((int, dec)) = s.split_once('.') else {
        return false;
    };
    let int_ok = !int.is_empty()
        && int.chars().all(|c| c.is_ascii_digit())
        && (int == "0" || !int.starts_with('0'));
    int_ok && dec.len() == 2 && dec.chars().all(|c| c.is_ascii_digit())
}

fn kind_of(v: &ScalarSpec) -> &'static str {
    match v {
        ScalarSpec::Int(_) => "an integer",
        ScalarSpec::Bool(_) => "a boolean",
        ScalarSpec::Text(_) => "a string",
    }
}

/// An amount of this sign (`-1`, `0`, `1`) in money field `f`: positive, or zero where the
/// field has `allow_zero`.
fn sign_misfit(f: &FieldSpec, sign: i64) -> Option<Misfit> {
    match sign {
        1.. => None,
        0 if f.allow_zero => None,
        0 => misfit(
            "is zero, but the field's amounts are positive",
            "give a positive amount, like `1`; or, if the provider's document says this amount \
             can be zero (a fee, a discount), mark the field `allow_zero: true`"
                .to_string(),
        ),
        _ => misfit(
            "is negative",
            "money amounts are never negative; give a positive amount, like `1`".to_string(),
        ),
    }
}

/// `None` when `value` is a value of field `f` as it travels on the wire; else why not.
pub(crate) fn misfit_of(cx: &Ctx, f: &FieldSpec, value: &ScalarSpec) -> Option<Misfit> {
    let text = value.as_text();
    match f.ty {
        TypeSpec::String => {
            let ScalarSpec::Text(s) = value else {
                return misfit(
                    format!("is {}, not a string", kind_of(value)),
                    format!("quote it: `\"{text}\"`"),
                );
            };
            if f.required && s.is_empty() {
                return misfit(
                    "is empty, but the field is required",
                    "a required string must not be empty".to_string(),
                );
            }
            if let Some(max) = f.max_len {
                let n = s.chars().count();
                if n > max as usize {
                    return misfit(
                        format!("has {n} characters, more than its max_len {max}"),
                        None,
                    );
                }
            }
            if let Some(cs) = f.charset {
                let (allows, words): (fn(char) -> bool, &str) = match cs {
                    CharsetSpec::Ascii => (|c| c.is_ascii(), "ASCII characters"),
                    CharsetSpec::Digits => (|c| c.is_ascii_digit(), "digits"),
                    CharsetSpec::Alphanumeric => {
                        (|c| c.is_ascii_alphanumeric(), "ASCII letters and digits")
                    }
                };
                if let Some(bad) = s.chars().find(|c| !allows(*c)) {
                    return misfit(
                        format!("holds {bad:?}, but its charset allows only {words}"),
                        None,
                    );
                }
            }
            if let Some(p) = &f.pattern {
                // A pattern that does not compile is reported on its own.
                if let Ok(re) = regex_lite::Regex::new(&format!("^(?:{p})$")) {
                    if !re.is_match(s) {
                        return misfit(
                            format!("does not match its pattern `{p}`"),
                            "the generated request refuses it before sending".to_string(),
                        );
                    }
                }
            }
            None
        }
        TypeSpec::Integer => {
            let ScalarSpec::Int(i) = value else {
                return misfit(
                    format!("is {}, not an integer", kind_of(value)),
                    "write the number without quotes".to_string(),
                );
            };
            let below = f.min.is_some_and(|m| *i < m);
            let above = f.max.is_some_and(|m| *i > m);
            if below || above {
                let min = f.min.map(|m| m.to_string()).unwrap_or_default();
                let max = f.max.map(|m| m.to_string()).unwrap_or_default();
                return misfit(format!("is outside its bounds {min}..={max}"), None);
            }
            None
        }
        TypeSpec::Boolean => match value {
            ScalarSpec::Bool(_) => None,
            _ => misfit(
                format!("is {}, not `true` or `false`", kind_of(value)),
                None,
            ),
        },
        TypeSpec::Money => match (f.unit, value) {
            (None, _) => None, // reported as a money field without a unit
            (Some(MoneyUnitSpec::Fen | MoneyUnitSpec::Minor), ScalarSpec::Int(i)) => {
                sign_misfit(f, i.signum())
            }
            (Some(MoneyUnitSpec::Fen | MoneyUnitSpec::Minor), _) => misfit(
                format!("is {}, not an integer amount", kind_of(value)),
                "fen and minor amounts are integers of the smallest unit, like `1`".to_string(),
            ),
            (Some(MoneyUnitSpec::Yuan), ScalarSpec::Text(s)) if is_yuan_text(s) => {
                let zero = s.chars().all(|c| c == '0' || c == '.');
                sign_misfit(f, if zero { 0 } else { 1 })
            }
            (Some(MoneyUnitSpec::Yuan), _) => misfit(
                "is not yuan with exactly two decimals",
                "write yuan as a quoted decimal with two decimals, like `\"0.01\"`".to_string(),
            ),
        },
        TypeSpec::Flag => match value {
            ScalarSpec::Text(s) if s == "Y" || s == "N" => None,
            _ => misfit(
                "is not \"Y\" or \"N\"",
                "write `\"Y\"` or `\"N\"`, quoted".to_string(),
            ),
        },
        TypeSpec::Enum => {
            let Some((e, codes)) = f.enum_name.as_deref().and_then(|n| cx.enum_codes(n)) else {
                return None; // reported as an unknown enum
            };
            let listing = || listed(e.values.iter().map(|v| v.code.as_text()));
            code_misfit(value, codes, listing, e.wire, &format!("enum `{}`", e.name))
        }
        TypeSpec::State => {
            let states = &cx.spec().states;
            let listing = || listed(states.values.iter().map(|v| v.code.as_text()));
            code_misfit(value, cx.state_codes(), listing, states.wire, "`states`")
        }
        TypeSpec::Timestamp | TypeSpec::Object | TypeSpec::List | TypeSpec::JsonString => misfit(
            format!("is given to a {} field", type_label(f)),
            FIXED_VALUE_HINT.to_string(),
        ),
    }
}

/// `codes`: the codes of the enum (or of `states`); `listing` lists them for a hint.
fn code_misfit(
    value: &ScalarSpec,
    codes: &HashSet<String>,
    listing: impl FnOnce() -> String,
    wire: WireScalarSpec,
    what: &str,
) -> Option<Misfit> {
    let text = value.as_text();
    if !codes.contains(&text) {
        return misfit(
            format!("is not a code of {what}"),
            format!("codes: {}", listing()),
        );
    }
    match (wire, value) {
        (WireScalarSpec::Integer, ScalarSpec::Int(_))
        | (WireScalarSpec::String, ScalarSpec::Text(_)) => None,
        (WireScalarSpec::Integer, _) => misfit(
            format!("is {}, but {what} is written as integers", kind_of(value)),
            format!("write `{text}` without quotes"),
        ),
        (WireScalarSpec::String, _) => misfit(
            format!("is {}, but {what} is written as strings", kind_of(value)),
            format!("quote it: `\"{text}\"`"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::is_yuan_text;

    #[test]
    fn yuan_texts() {
        for good in ["0.01", "0.00", "12.50", "100.00"] {
            assert!(is_yuan_text(good), "{good}");
        }
        for bad in [
            "", "1", "1.0", "1.005", ".50", "1.", "01.00", "+1.00", "-1.00", "1e2", " 1.00", "1,00",
        ] {
            assert!(!is_yuan_text(bad), "{bad}");
        }
    }
}
