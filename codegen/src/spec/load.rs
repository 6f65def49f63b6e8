//! Reading a spec file: YAML text → [`ProviderSpec`] plus a [`LocationIndex`] of its values.
//!
//! One parse (`spec::yaml`) gives a tree of located values; the spec is read from it
//! (`spec::de`) and its positions indexed (`spec::locate`). YAML errors, the loader's limits,
//! repeated keys and structure errors (an unknown field, an unknown type name, a wrong type)
//! become located [`Diagnostic`]s here; semantic checks are `validate`'s.

use std::io::Read;
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::spec::de::{self, DeError};
use crate::spec::locate::{self, LocationIndex};
use crate::spec::model::ProviderSpec;
use crate::spec::yaml::{self, YamlError, MAX_BYTES};

/// A parsed spec and what is needed to point into its text.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    /// The path as given for display, e.g. `specs/pooul.yaml`.
    pub file: String,
    pub source: String,
    pub spec: ProviderSpec,
    pub index: locate::LocationIndex,
}

/// Reads and parses `path`; diagnostics name the file `display`. Reads no more than one byte
/// past [`MAX_BYTES`], whatever the file's size.
pub fn load_file(path: &Path, display: &str) -> Result<LoadedSpec, Vec<Diagnostic>> {
    let bytes = read_at_most(path, MAX_BYTES + 1).map_err(|e| {
        vec![Diagnostic::new(
            display,
            1,
            1,
            format!("cannot read the spec file: {e}"),
        )]
    })?;
    if bytes.len() > MAX_BYTES {
        return Err(vec![too_large(display, &bytes)]);
    }
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
            )
            .with_hint("save the spec as UTF-8")])
        }
    }
}

fn read_at_most(path: &Path, limit: usize) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(limit).unwrap_or(u64::MAX);
    std::fs::File::open(path)?
        .take(limit)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Parses `source`; diagnostics name the file `display`.
pub fn load_str(display: &str, source: &str) -> Result<LoadedSpec, Vec<Diagnostic>> {
    if source.len() > MAX_BYTES {
        return Err(vec![too_large(display, source.as_bytes())]);
    }
    let root = yaml::parse(source).map_err(|e| vec![from_yaml_error(display, e)])?;
    let index = LocationIndex::of(&root);
    if !index.duplicates().is_empty() {
        return Err(duplicate_keys(display, &index));
    }
    match de::from_tree::<ProviderSpec>(&root) {
        Ok(spec) => Ok(LoadedSpec {
            file: display.to_string(),
            source: source.to_string(),
            spec,
            index,
        }),
        Err(e) => Err(vec![from_de_error(display, e)]),
    }
}

/// Line and column just after `text`.
fn end_position(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let last = text.rsplit('\n').next().unwrap_or_default();
    (line, last.chars().count() + 1)
}

/// Refuses a file over [`MAX_BYTES`], pointing where the limit is crossed.
fn too_large(display: &str, bytes: &[u8]) -> Diagnostic {
    let head = String::from_utf8_lossy(bytes.get(..MAX_BYTES).unwrap_or(bytes));
    let (line, column) = end_position(&head);
    Diagnostic::new(
        display,
        line,
        column,
        format!("the spec file is larger than {MAX_BYTES} bytes (1 MiB); it is not read past here"),
    )
    .with_hint("a provider spec has tens of KiB; the limit keeps codegen fast whatever it is given")
}

fn from_yaml_error(display: &str, e: YamlError) -> Diagnostic {
    let d = Diagnostic::new(display, e.at.line, e.at.column, e.message);
    match e.hint {
        Some(h) => d.with_hint(h),
        None => d,
    }
}

/// Every repeated key, at the repeat, naming where the key was first given.
fn duplicate_keys(display: &str, index: &LocationIndex) -> Vec<Diagnostic> {
    index
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
        .collect()
}

fn from_de_error(display: &str, e: DeError) -> Diagnostic {
    let (path, at) = e.at.unwrap_or((String::new(), locate::Loc::START));
    // serde's text for untagged enums names a Rust type; say what the spec may write.
    let message = if e.message.contains("untagged enum TestSpec") {
        "a `when` test is a list of values (`[A, B]`), `present`, `absent`, `{one_of: [..]}` or \
         `{none_of: [..]}`"
            .to_string()
    } else if e.message.contains("untagged enum ScalarSpec") {
        "expected a string, an integer or a boolean".to_string()
    } else {
        e.message
    };
    let hint = e.hint.or_else(|| {
        message
            .contains("expected map with a single key")
            .then(|| "write this value as a map with one key, like `fill: {config: app_id}`".into())
    });
    let d = Diagnostic::new(display, at.line, at.column, message).at_path(path);
    match hint {
        Some(h) => d.with_hint(h),
        None => d,
    }
}

/// Names longer than this get no did-you-mean: the edit distance costs the product of the two
/// lengths, and no spec name is this long.
const MAX_SUGGESTED_LEN: usize = 64;

/// The candidate nearest to `got` by edit distance (Levenshtein, over chars), when it is close
/// enough to be a typo. Linear in the number of candidates, each costing at most
/// `MAX_SUGGESTED_LEN²`.
pub(crate) fn closest<'a>(got: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let got_len = got.chars().count();
    if got_len > MAX_SUGGESTED_LEN {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let c_len = c.chars().count();
        // The length difference is a lower bound of the distance: skip what cannot be a typo.
        let limit = (got_len.max(c_len) / 3).max(1);
        if c_len > MAX_SUGGESTED_LEN || got_len.abs_diff(c_len) > limit {
            continue;
        }
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
    fn suggestions() {
        assert_eq!(closest("strng", &["string", "integer"]), Some("string"));
        assert_eq!(closest("zzz", &["string", "integer"]), None);
        let long = "x".repeat(100_000);
        assert_eq!(closest(&long, &["string", long.as_str()]), None);
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
