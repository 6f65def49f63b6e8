//! Request validation: every violation, by wire name, before anything is sent.
//! CONTRACT — to implement: helpers generated `Validate` impls call.

use core::fmt;

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
