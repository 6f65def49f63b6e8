//! Unified status and classification types every provider maps into.

/// A trade's state, unified across providers. Each provider's own state codes map to one of these
/// through its spec's state table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TradeStatus {
    /// Money taken.
    Success,
    /// The customer still has to confirm (password on the phone), or the provider is processing.
    Paying,
    /// Not paid (yet): created or initialised, no money taken.
    NotPaid,
    /// Closed without payment.
    Closed,
    /// Reversed (撤销/冲正): any money taken was returned.
    Reversed,
    /// Paid, then (partly) refunded.
    Refunded,
    /// Failed: no money taken.
    Failed,
    /// The provider cannot tell, or says a person must check (a trade frozen for review, a
    /// cancel it will not make): no automatic step is safe.
    Attention,
}

impl TradeStatus {
    /// How the payment flow reads this status when it is the answer to pay or query.
    ///
    /// `Refunded` counts as success: the charge happened, and a refund is a separate act the
    /// merchant made; reversing it would be wrong. `NotPaid` is pending: right after a pay call
    /// it means the customer has not confirmed yet.
    pub fn classification(self) -> Classification {
        match self {
            TradeStatus::Success | TradeStatus::Refunded => Classification::Success,
            TradeStatus::Paying | TradeStatus::NotPaid => Classification::Pending,
            TradeStatus::Closed | TradeStatus::Reversed | TradeStatus::Failed => {
                Classification::Failed
            }
            TradeStatus::Attention => Classification::Attention,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            TradeStatus::Success => "success",
            TradeStatus::Paying => "paying",
            TradeStatus::NotPaid => "not_paid",
            TradeStatus::Closed => "closed",
            TradeStatus::Reversed => "reversed",
            TradeStatus::Refunded => "refunded",
            TradeStatus::Failed => "failed",
            TradeStatus::Attention => "attention",
        }
    }
}

/// What a single answer from the provider means for the payment flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Classification {
    /// Done: for pay/query the money is taken; for reverse the trade is reversed.
    Success,
    /// Not final yet: for pay/query the customer is still paying (query again); for reverse the
    /// provider asks to call again.
    Pending,
    /// Definite failure: nothing was taken (pay/query) or the reverse was refused.
    Failed,
    /// Cannot tell: money may or may not be taken. Query; reverse at the deadline. Never failure.
    Unknown,
    /// The provider says no automatic step is safe: money may be held, and neither a query nor
    /// a reverse will settle it (a trade under review, a cancel refused for good). The payment
    /// ends needing a person; it is never read as paid or failed, and nothing is reversed.
    Attention,
}

impl Classification {
    pub fn as_str(self) -> &'static str {
        match self {
            Classification::Success => "success",
            Classification::Pending => "pending",
            Classification::Failed => "failed",
            Classification::Unknown => "unknown",
            Classification::Attention => "attention",
        }
    }
}
