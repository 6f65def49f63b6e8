//! Money as integer minor units. No floats anywhere.
//!
//! Providers write amounts as yuan decimals (`"80.00"`), fen integers (`12`) or minor units of a
//! currency named elsewhere; all of them meet here as an exact `i64` of minor units, so no
//! rounding can ever move a fen.

use core::fmt;

/// An ISO 4217 currency with its minor-unit exponent (CNY 2, JPY 0).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency {
    code: [u8; 3],
    exponent: u8,
}

/// An amount of money: integer minor units of a currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Money {
    minor: i64,
    currency: Currency,
}

/// An amount in minor units whose currency is carried by another field (ScanForPay's
/// `orderAmount` with `currency`). Combine with [`MinorAmount::in_currency`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct MinorAmount(pub i64);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("`{0}` is not a decimal amount (digits, optionally `.` and at most {1} decimals)")]
    Syntax(String, u8),
    #[error("`{0}` is out of range")]
    Overflow(String),
    #[error("unknown currency `{0}`")]
    UnknownCurrency(String),
    #[error("expected {expected}, got {got}")]
    CurrencyMismatch { expected: Currency, got: Currency },
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The currencies a barcode-payment provider may name; the exponent is what ISO 4217 assigns.
const KNOWN: &[Currency] = &[
    Currency::CNY,
    Currency::HKD,
    Currency::USD,
    Currency::EUR,
    Currency::GBP,
    Currency::JPY,
    Currency::KRW,
    Currency::SGD,
    Currency::AUD,
    Currency::CAD,
    Currency::TWD,
    Currency::THB,
    Currency::MOP,
    Currency::NZD,
    Currency::CHF,
    Currency::MYR,
];

impl Currency {
    pub const CNY: Currency = Currency::new(*b"CNY", 2);
    pub const HKD: Currency = Currency::new(*b"HKD", 2);
    pub const USD: Currency = Currency::new(*b"USD", 2);
    pub const EUR: Currency = Currency::new(*b"EUR", 2);
    pub const GBP: Currency = Currency::new(*b"GBP", 2);
    pub const JPY: Currency = Currency::new(*b"JPY", 0);
    pub const KRW: Currency = Currency::new(*b"KRW", 0);
    pub const SGD: Currency = Currency::new(*b"SGD", 2);
    pub const AUD: Currency = Currency::new(*b"AUD", 2);
    pub const CAD: Currency = Currency::new(*b"CAD", 2);
    pub const TWD: Currency = Currency::new(*b"TWD", 2);
    pub const THB: Currency = Currency::new(*b"THB", 2);
    pub const MOP: Currency = Currency::new(*b"MOP", 2);
    pub const NZD: Currency = Currency::new(*b"NZD", 2);
    pub const CHF: Currency = Currency::new(*b"CHF", 2);
    pub const MYR: Currency = Currency::new(*b"MYR", 2);

    const fn new(code: [u8; 3], exponent: u8) -> Currency {
        Currency { code, exponent }
    }

    pub fn code(&self) -> &str {
        core::str::from_utf8(&self.code).unwrap_or("???")
    }

    pub fn exponent(&self) -> u8 {
        self.exponent
    }

    /// Looks up a currency by ISO code (at least CNY, HKD, USD, EUR, GBP, JPY, KRW, SGD, AUD, CAD, TWD, THB, MOP).
    ///
    /// Exact, upper-case match only: a provider sending `cny` is sending something the spec does
    /// not describe, and guessing would hide it.
    pub fn from_code(code: &str) -> Result<Currency, MoneyError> {
        KNOWN
            .iter()
            .copied()
            .find(|c| c.code.as_slice() == code.as_bytes())
            .ok_or_else(|| MoneyError::UnknownCurrency(code.to_owned()))
    }
}

impl MinorAmount {
    pub const fn in_currency(self, currency: Currency) -> Money {
        Money::from_minor(self.0, currency)
    }
}

impl Money {
    pub const fn from_minor(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }
    /// `Money::fen(1)` is 0.01 CNY.
    pub const fn fen(fen: i64) -> Money {
        Money::from_minor(fen, Currency::CNY)
    }
    pub const fn minor(&self) -> i64 {
        self.minor
    }
    pub const fn currency(&self) -> Currency {
        self.currency
    }

    /// Fails unless the currency is `expected`: the fen and yuan wire forms only exist for CNY, and
    /// writing another currency's minor units there would misstate the amount.
    pub fn expect_currency(&self, expected: Currency) -> Result<Money, MoneyError> {
        if self.currency == expected {
            Ok(*self)
        } else {
            Err(MoneyError::CurrencyMismatch {
                expected,
                got: self.currency,
            })
        }
    }

    /// Parses a major-unit decimal exactly: `"0.01"` CNY → 1 fen; `"1.005"`, `"1e2"`, `".5"`,
    /// `"1."`, `"+1"`, `""` are rejected.
    ///
    /// The grammar is deliberately narrow (`-?digits(.digits)?`, at most `exponent` decimals):
    /// anything looser is a sign the provider wrote something the spec does not describe.
    pub fn parse_major(text: &str, currency: Currency) -> Result<Money, MoneyError> {
        let exponent = currency.exponent;
        let syntax = || MoneyError::Syntax(text.to_owned(), exponent);
        let (negative, unsigned) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (whole, fraction) = match unsigned.split_once('.') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (unsigned, None),
        };
        if !all_digits(whole) {
            return Err(syntax());
        }
        let fraction = match fraction {
            None => "",
            Some(f) if all_digits(f) && f.len() <= usize::from(exponent) => f,
            Some(_) => return Err(syntax()),
        };
        let overflow = || MoneyError::Overflow(text.to_owned());
        let mut minor: i128 = 0;
        let padded = fraction
            .bytes()
            .chain(core::iter::repeat(b'0'))
            .take(usize::from(exponent));
        for digit in whole.bytes().chain(padded) {
            minor = minor
                .checked_mul(10)
                .and_then(|m| m.checked_add(i128::from(digit - b'0')))
                .ok_or_else(overflow)?;
        }
        if negative {
            minor = -minor;
        }
        let minor = i64::try_from(minor).map_err(|_| overflow())?;
        Ok(Money { minor, currency })
    }

    /// Renders in major units with exactly `exponent` decimals: 1 fen → `"0.01"`, 8000 → `"80.00"`.
    pub fn render_major(&self) -> String {
        let exponent = u32::from(self.currency.exponent);
        let abs = i128::from(self.minor).unsigned_abs();
        let scale = 10u128.pow(exponent);
        let sign = if self.minor < 0 { "-" } else { "" };
        let whole = abs / scale;
        if exponent == 0 {
            return format!("{sign}{whole}");
        }
        let fraction = abs % scale;
        let width = exponent as usize;
        format!("{sign}{whole}.{fraction:0width$}")
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.render_major(), self.currency)
    }
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cny(text: &str) -> Result<i64, MoneyError> {
        Money::parse_major(text, Currency::CNY).map(|m| m.minor())
    }

    #[test]
    fn parses_yuan_exactly() {
        assert_eq!(cny("0.01"), Ok(1));
        assert_eq!(cny("80.00"), Ok(8000));
        assert_eq!(cny("0.1"), Ok(10));
        assert_eq!(cny("12"), Ok(1200));
        assert_eq!(cny("-0.01"), Ok(-1));
        assert_eq!(cny("92233720368547758.07"), Ok(i64::MAX));
        assert_eq!(cny("-92233720368547758.08"), Ok(i64::MIN));
    }

    #[test]
    fn jpy_has_no_decimals() {
        let jpy = |t: &str| Money::parse_major(t, Currency::JPY).map(|m| m.minor());
        assert_eq!(jpy("2100"), Ok(2100));
        assert_eq!(jpy("21.5"), Err(MoneyError::Syntax("21.5".into(), 0)));
        assert!(jpy("21.").is_err());
    }

    #[test]
    fn rejects_anything_but_plain_decimals() {
        for bad in [
            "1.005", "1e2", ".5", "1.", "+1", "", "-", " 1", "1 ", "1,00", "0x10", "1.-1", "--1",
            "1..0", "١",
        ] {
            assert!(
                matches!(cny(bad), Err(MoneyError::Syntax(..))),
                "`{bad}` should be a syntax error, got {:?}",
                cny(bad)
            );
        }
    }

    #[test]
    fn rejects_overflow() {
        assert!(matches!(
            cny("92233720368547758.08"),
            Err(MoneyError::Overflow(_))
        ));
        assert!(matches!(
            cny("99999999999999999999999999999999999999999999999"),
            Err(MoneyError::Overflow(_))
        ));
        assert!(matches!(
            Money::parse_major("9223372036854775808", Currency::JPY),
            Err(MoneyError::Overflow(_))
        ));
    }

    #[test]
    fn renders_exactly_exponent_decimals() {
        assert_eq!(Money::fen(1).render_major(), "0.01");
        assert_eq!(Money::fen(8000).render_major(), "80.00");
        assert_eq!(Money::fen(-1).render_major(), "-0.01");
        assert_eq!(Money::fen(0).render_major(), "0.00");
        assert_eq!(
            Money::from_minor(2100, Currency::JPY).render_major(),
            "2100"
        );
        assert_eq!(Money::fen(i64::MIN).render_major(), "-92233720368547758.08");
    }

    #[test]
    fn currencies_by_code() {
        assert_eq!(Currency::from_code("JPY"), Ok(Currency::JPY));
        assert_eq!(Currency::from_code("MOP").map(|c| c.exponent()), Ok(2));
        assert_eq!(
            Currency::from_code("cny"),
            Err(MoneyError::UnknownCurrency("cny".into()))
        );
        assert_eq!(
            Money::from_minor(5, Currency::JPY).expect_currency(Currency::CNY),
            Err(MoneyError::CurrencyMismatch {
                expected: Currency::CNY,
                got: Currency::JPY
            })
        );
    }

    proptest! {
        #[test]
        fn render_then_parse_round_trips(minor in any::<i64>(), jpy in any::<bool>()) {
            let currency = if jpy { Currency::JPY } else { Currency::CNY };
            let money = Money::from_minor(minor, currency);
            prop_assert_eq!(Money::parse_major(&money.render_major(), currency), Ok(money));
        }

        #[test]
        fn parse_never_panics(text in ".{0,40}") {
            let _ = Money::parse_major(&text, Currency::CNY);
            let _ = Money::parse_major(&text, Currency::JPY);
        }

        #[test]
        fn parse_never_panics_on_numberish(text in "[-+0-9.eE ]{0,30}") {
            let _ = Money::parse_major(&text, Currency::CNY);
        }
    }
}
