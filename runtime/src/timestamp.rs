//! Timestamps: an instant with offset, and a local date-time without one.
//! CONTRACT — to implement.

/// An instant (unix seconds on the wire, or RFC 3339 with offset).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp(pub time::OffsetDateTime);

/// A wall-clock time in the provider's local zone, as `yyyyMMddHHmmss` carries it (no offset).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalTimestamp(pub time::PrimitiveDateTime);
