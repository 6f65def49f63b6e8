//! A located spec error, as `load` and `validate` report it.
//!
//! ```text
//! specs/x.yaml:12:7: error: money field `total_fee` has no `unit` (at operations[0].request[3])
//!   = hint: add `unit: fen`, `unit: yuan` or `unit: minor` (with `currency_field`)
//! ```

use std::fmt;

/// One error in a spec file, with where it is and, when useful, what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The path as given by the caller, e.g. `specs/pooul.yaml`.
    pub file: String,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
    /// Where in the spec, e.g. `operations[0].request[3].unit`.
    pub spec_path: Option<String>,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn new(file: &str, line: usize, column: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            line: line.max(1),
            column: column.max(1),
            message: message.into(),
            spec_path: None,
            hint: None,
        }
    }

    /// Sets the spec path; an empty path (the document itself) is left out.
    pub fn at_path(mut self, path: impl Into<String>) -> Diagnostic {
        let path = path.into();
        self.spec_path = if path.is_empty() { None } else { Some(path) };
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: error: {}",
            self.file, self.line, self.column, self.message
        )?;
        if let Some(path) = &self.spec_path {
            write!(f, " (at {path})")?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  = hint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// Sorts by position (stable, so errors at one place keep the order they were found in) and
/// drops exact repeats.
pub fn sort_and_dedup(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by_key(|d| (d.line, d.column));
    let mut kept: Vec<Diagnostic> = Vec::with_capacity(diagnostics.len());
    for d in diagnostics.drain(..) {
        // Repeats share a position, so only the kept ones at that position need comparing.
        let repeat = kept
            .iter()
            .rev()
            .take_while(|k| (k.line, k.column) == (d.line, d.column))
            .any(|k| *k == d);
        if !repeat {
            kept.push(d);
        }
    }
    *diagnostics = kept;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display() {
        let d = Diagnostic::new(
            "specs/x.yaml",
            12,
            7,
            "money field `total_fee` has no `unit`",
        )
        .at_path("operations[0].request[3]");
        assert_eq!(
            d.to_string(),
            "specs/x.yaml:12:7: error: money field `total_fee` has no `unit` (at operations[0].request[3])"
        );
        let d = Diagnostic::new("specs/x.yaml", 1, 1, "bad").with_hint("do this");
        assert_eq!(
            d.to_string(),
            "specs/x.yaml:1:1: error: bad\n  = hint: do this"
        );
    }

    #[test]
    fn sorting() {
        let mut v = vec![
            Diagnostic::new("f", 3, 1, "c"),
            Diagnostic::new("f", 1, 5, "b"),
            Diagnostic::new("f", 1, 2, "a"),
            Diagnostic::new("f", 3, 1, "c"),
            Diagnostic::new("f", 3, 1, "d"),
        ];
        sort_and_dedup(&mut v);
        let m: Vec<_> = v.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(m, ["a", "b", "c", "d"]);
    }
}
