//! serde adapters for wire formats the specs name (money units, timestamps, lenient integers,
//! JSON strings), the Y/N flag, and open enums.
//! CONTRACT — to implement (see docs/design.md for the module list).

/// Y/N flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    Yes,
    No,
}

/// Implemented by generated open enums (`Unknown(String)` keeps unlisted values).
pub trait WireEnum: Sized {
    /// Whether the wire carries the value as a JSON integer (else a string).
    const INTEGER: bool;
    fn as_wire(&self) -> &str;
    /// Never fails: an unlisted value becomes `Unknown(raw)`.
    fn from_wire(raw: &str) -> Self;
}
