//! Binding: an answer changes only the payment it is about.
//!
//! A reply to pay or query, and a provider's notification, may close a payment only when it is
//! bound to that payment: the same provider, the same merchant order id, and — when the answer
//! states an amount — the same amount in the same currency as the journal recorded before the
//! pay call was sent. Anything else is a conflict for a person, never "paid".
//!
//! This is the one place the comparison is written: the saga checks replies with it, the
//! journal policy checks notifications with it.

use std::fmt;

/// The payment an answer must be about: what was recorded before its pay call was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expected<'a> {
    /// The provider's spec name (`pooul`).
    pub provider: &'a str,
    pub order_id: &'a str,
    pub amount_minor: i64,
    /// ISO code of the amount's currency.
    pub currency: &'a str,
}

/// What an answer says about itself. `None` members were not stated (a provider that does not
/// echo the amount); they cannot contradict, and a spec that requires them refuses the answer
/// before it gets here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claimed<'a> {
    pub provider: &'a str,
    pub order_id: Option<&'a str>,
    /// Minor units and ISO currency code.
    pub amount: Option<(i64, &'a str)>,
}

/// Why an answer is not bound to the payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    Provider {
        expected: String,
        got: String,
    },
    OrderId {
        expected: String,
        got: String,
    },
    Amount {
        expected_minor: i64,
        expected_currency: String,
        got_minor: i64,
        got_currency: String,
    },
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mismatch::Provider { expected, got } => {
                write!(f, "answer from provider `{got}` for a `{expected}` payment")
            }
            Mismatch::OrderId { expected, got } => {
                write!(f, "answer about order `{got}`, not `{expected}`")
            }
            Mismatch::Amount {
                expected_minor,
                expected_currency,
                got_minor,
                got_currency,
            } => write!(
                f,
                "answer states {got_minor} {got_currency} (minor units), the payment is \
                 {expected_minor} {expected_currency}"
            ),
        }
    }
}

impl std::error::Error for Mismatch {}

/// `Ok` when `claimed` may change the payment `expected`; the first mismatch otherwise.
pub fn check(expected: &Expected<'_>, claimed: &Claimed<'_>) -> Result<(), Mismatch> {
    if claimed.provider != expected.provider {
        return Err(Mismatch::Provider {
            expected: expected.provider.to_owned(),
            got: claimed.provider.to_owned(),
        });
    }
    if let Some(order_id) = claimed.order_id {
        if order_id != expected.order_id {
            return Err(Mismatch::OrderId {
                expected: expected.order_id.to_owned(),
                got: order_id.to_owned(),
            });
        }
    }
    if let Some((minor, currency)) = claimed.amount {
        if minor != expected.amount_minor || !currency.eq_ignore_ascii_case(expected.currency) {
            return Err(Mismatch::Amount {
                expected_minor: expected.amount_minor,
                expected_currency: expected.currency.to_owned(),
                got_minor: minor,
                got_currency: currency.to_owned(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAYMENT: Expected<'static> = Expected {
        provider: "pooul",
        order_id: "o-1",
        amount_minor: 1,
        currency: "CNY",
    };

    fn claimed(provider: &'static str, amount: Option<(i64, &'static str)>) -> Claimed<'static> {
        Claimed {
            provider,
            order_id: Some("o-1"),
            amount,
        }
    }

    #[test]
    fn the_same_payment_is_bound() {
        assert_eq!(check(&PAYMENT, &claimed("pooul", Some((1, "CNY")))), Ok(()));
        // Not stated: cannot contradict.
        assert_eq!(check(&PAYMENT, &claimed("pooul", None)), Ok(()));
    }

    #[test]
    fn another_provider_is_refused() {
        let err = check(&PAYMENT, &claimed("bjrcb", Some((1, "CNY")))).unwrap_err();
        assert!(matches!(err, Mismatch::Provider { .. }), "{err}");
    }

    #[test]
    fn another_order_is_refused() {
        let mut other = claimed("pooul", None);
        other.order_id = Some("o-2");
        assert!(matches!(
            check(&PAYMENT, &other),
            Err(Mismatch::OrderId { .. })
        ));
    }

    #[test]
    fn another_amount_or_currency_is_refused() {
        for amount in [(100, "CNY"), (-1, "CNY"), (0, "CNY"), (1, "USD")] {
            let err = check(&PAYMENT, &claimed("pooul", Some(amount))).unwrap_err();
            assert!(matches!(err, Mismatch::Amount { .. }), "{amount:?}: {err}");
        }
    }
}
