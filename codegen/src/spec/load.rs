//! Reading a spec file: YAML text → [`ProviderSpec`] plus a [`LocationIndex`] of its values.
//!
//! Syntax and structure errors (bad YAML, an unknown field, an unknown type name, a wrong type)
//! come from serde_yaml with their location and become [`Diagnostic`]s; semantic checks are
//! `validate`'s.

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::spec::locate::{self, LocationIndex};
use crate::spec::model::ProviderSpec;

/// A parsed spec and what is needed to point into its text.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    /// The path as given for display, e.g. `specs/pooul.yaml`.
    pub file: String,
    pub source: String,
    pub spec: ProviderSpec,
    pub index: locate::LocationIndex,
}

/// Reads and parses `path`; diagnostics name the file `display`.
pub fn load_file(path: &Path, display: &str) -> Result<LoadedSpec, Vec<Diagnostic>> {
    let bytes = std::fs::read(path).map_err(|e| {
        vec![Diagnostic::new(
            display,
            1,
            1,
            format!("cannot read the spec file: {e}"),
        )]
    })?;
    match String::from_utf8(bytes) {
        Ok(source) => load_str(display, &source),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes().get(..valid).unwrap_or_default());
            let (line, column) = end_position(&text);
            Err(vec![Diagnostic::new(
                display,
                line,
                column,
                "the spec file is not valid UTF-8",
            )])
        }
    }
}

/// Parses `source`; diagnostics name the file `display`.
pub fn load_str(display: &str, source: &str) -> Result<LoadedSpec, Vec<Diagnostic>> {
    let parsed: Result<ProviderSpec, serde_yaml::Error> =
        serde_yaml::with::singleton_map_recursive::deserialize(serde_yaml::Deserializer::from_str(
            source,
        ));
    let index = LocationIndex::build(source);
    match parsed {
        Ok(spec) => Ok(LoadedSpec {
            file: display.to_string(),
            source: source.to_string(),
            spec,
            index,
        }),
        Err(e) => Err(from_yaml_error(display, &e, &index)),
    }
}

/// Line and column just after `text`.
fn end_position(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let last = text.rsplit('\n').next().unwrap_or_default();
    (line, last.chars().count() + 1)
}

fn from_yaml_error(display: &str, e: &serde_yaml::Error, index: &LocationIndex) -> Vec<Diagnostic> {
    let full = strip_locations(&e.to_string());
    let (path, message) = split_path(&full);

    // serde reports a repeated struct field at the start of its mapping; the index knows
    // exactly where each repeated key is.
    if message.starts_with("duplicate field `") && !index.duplicates().is_empty() {
        return index
            .duplicates()
            .iter()
            .map(|d| {
                Diagnostic::new(
                    display,
                    d.again.line,
                    d.again.column,
                    format!("duplicate key `{}`", d.key),
                )
                .at_path(d.path.clone())
                .with_hint(format!(
                    "`{}` is first given at line {}",
                    d.key, d.first.line
                ))
            })
            .collect();
    }

    let (line, column, message) = match e.location() {
        Some(l) => (l.line(), l.column(), message.to_string()),
        None => (
            1,
            1,
            format!("{message} (the YAML parser gave no location)"),
        ),
    };
    // serde's text for untagged enums names a Rust type; say what the spec may write.
    let message = if message.contains("untagged enum TestSpec") {
        "a `when` test is a list of values (`[A, B]`), `present`, `absent`, `{one_of: [..]}` or \
         `{none_of: [..]}`"
            .to_string()
    } else if message.contains("untagged enum ScalarSpec") {
        "expected a string, an integer or a boolean".to_string()
    } else {
        message
    };
    let mut d = Diagnostic::new(display, line, column, message.clone());
    if let Some(p) = path {
        d = d.at_path(p);
    }
    if let Some(h) = hint_for(&message) {
        d = d.with_hint(h);
    }
    vec![d]
}

/// Removes serde_yaml's ` at line N column M` (the diagnostic says where, in front).
fn strip_locations(text: &str) -> String {
    const AT: &str = " at line ";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(AT) {
        let (before, from) = rest.split_at(i);
        out.push_str(before);
        let after = from.get(AT.len()..).unwrap_or_default();
        let line_digits =
            after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let tail = after.get(line_digits..).unwrap_or_default();
        let col_digits = tail
            .strip_prefix(" column ")
            .map(|t| t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len())
            .unwrap_or(0);
        if line_digits > 0 && col_digits > 0 {
            rest = tail
                .get(" column ".len() + col_digits..)
                .unwrap_or_default();
        } else {
            out.push_str(AT);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// serde_yaml writes `path: message`; the path has no spaces or backticks.
fn split_path(text: &str) -> (Option<String>, &str) {
    if let Some((head, tail)) = text.split_once(": ") {
        let is_path = !head.is_empty()
            && !head.contains(char::is_whitespace)
            && !head.contains('`')
            && !head.contains('"');
        if is_path {
            let path = head.strip_prefix('.').unwrap_or(head);
            return (Some(path.to_string()).filter(|p| !p.is_empty()), tail);
        }
    }
    (None, text)
}

fn hint_for(message: &str) -> Option<String> {
    if let Some(rest) = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("unknown variant `"))
    {
        let (got, expected) = rest.split_once('`')?;
        let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let best = closest(got, &candidates)?;
        return Some(format!("did you mean `{best}`?"));
    }
    if message.contains("expected map with a single key") {
        return Some(
            "write this value as a map with one key, like `fill: {config: app_id}`".into(),
        );
    }
    None
}

/// The candidate nearest to `got` by edit distance (Levenshtein, over chars), when it is close
/// enough to be a typo.
pub(crate) fn closest<'a>(got: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = strsim::levenshtein(got, c);
        let better = match best {
            None => true,
            Some((bd, _)) => d < bd,
        };
        if better {
            best = Some((d, c));
        }
    }
    let (d, c) = best?;
    let limit = (got.chars().count().max(c.chars().count()) / 3).max(1);
    (d <= limit).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_locations() {
        assert_eq!(
            strip_locations("found a tab at line 2 column 1, while scanning at line 1 column 9"),
            "found a tab, while scanning"
        );
        assert_eq!(
            strip_locations("at line x at line 3"),
            "at line x at line 3"
        );
    }

    #[test]
    fn splits_paths() {
        assert_eq!(
            split_path("operations[0].request[1]: unknown field `x`"),
            (Some("operations[0].request[1]".into()), "unknown field `x`")
        );
        assert_eq!(split_path(".[1]: boom"), (Some("[1]".into()), "boom"));
        assert_eq!(
            split_path("invalid type: map, expected a sequence"),
            (None, "invalid type: map, expected a sequence")
        );
    }

    #[test]
    fn suggestions() {
        assert_eq!(closest("strng", &["string", "integer"]), Some("string"));
        assert_eq!(closest("zzz", &["string", "integer"]), None);
    }

    #[test]
    fn unreadable_file() {
        let e = load_file(Path::new("/nonexistent/x.yaml"), "specs/x.yaml").unwrap_err();
        assert_eq!(e.len(), 1);
        assert!(e[0]
            .to_string()
            .starts_with("specs/x.yaml:1:1: error: cannot read"));
    }
}
