//! Money as integer minor units. No floats anywhere.
//! CONTRACT — to implement (see docs/design.md):

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

impl Currency {
    pub const CNY: Currency = Currency { code: *b"CNY", exponent: 2 };
    pub const JPY: Currency = Currency { code: *b"JPY", exponent: 0 };
    pub fn code(&self) -> &str {
        core::str::from_utf8(&self.code).unwrap_or("???")
    }
    pub fn exponent(&self) -> u8 {
        self.exponent
    }
    /// Looks up a currency by ISO code (at least CNY, HKD, USD, EUR, GBP, JPY, KRW, SGD, AUD, CAD, TWD, THB, MOP).
    pub fn from_code(code: &str) -> Result<Currency, MoneyError> {
        let _ = code;
        unimplemented!()
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
    /// Parses a major-unit decimal exactly: `"0.01"` CNY → 1 fen; `"1.005"`, `"1e2"`, `".5"`,
    /// `"1."`, `"+1"`, `""` are rejected.
    pub fn parse_major(text: &str, currency: Currency) -> Result<Money, MoneyError> {
        let _ = (text, currency);
        unimplemented!()
    }
    /// Renders in major units with exactly `exponent` decimals: 1 fen → `"0.01"`, 8000 → `"80.00"`.
    pub fn render_major(&self) -> String {
        unimplemented!()
    }
}
