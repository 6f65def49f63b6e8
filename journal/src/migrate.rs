//! The one migration policy both stores follow; each store runs it in its own transaction
//! (SQLite `BEGIN IMMEDIATE`, PostgreSQL under an advisory lock) and keeps its own SQL.
//!
//! A store's migrations are a list: version `i + 1` is `migrations[i]`. Append only; never edit
//! one that has shipped (journals in the field already ran it). The store records each version
//! it applied in a version table, in the same transaction as the change.

use crate::JournalError;

/// The migrations a journal at version `current` still needs, with the version each brings it
/// to, in order. A journal newer than this build (written by a later payspec), or a version
/// that is not one (negative), is an error: this build must not write to it.
pub fn pending(
    current: i64,
    migrations: &'static [&'static str],
) -> Result<impl Iterator<Item = (i32, &'static str)>, JournalError> {
    let known = migrations.len();
    let applied = usize::try_from(current).map_err(|_| {
        JournalError::Store(format!(
            "migrate: the journal's schema version {current} is not a version: its version \
             table is damaged"
        ))
    })?;
    if applied > known {
        return Err(JournalError::Store(format!(
            "migrate: the journal's schema is at version {current}, newer than this build \
             knows ({known}): upgrade payspec"
        )));
    }
    Ok(migrations
        .iter()
        .enumerate()
        .skip(applied)
        .map(|(index, &sql)| (i32::try_from(index + 1).unwrap_or(i32::MAX), sql)))
}

#[cfg(test)]
mod tests {
    use super::pending;

    static LIST: &[&str] = &["one", "two", "three"];

    #[test]
    fn only_what_the_journal_has_not_seen_runs_in_order() {
        let all: Vec<_> = pending(0, LIST).unwrap().collect();
        assert_eq!(all, [(1, "one"), (2, "two"), (3, "three")]);
        let rest: Vec<_> = pending(2, LIST).unwrap().collect();
        assert_eq!(rest, [(3, "three")]);
        assert_eq!(pending(3, LIST).unwrap().count(), 0);
    }

    #[test]
    fn a_newer_or_impossible_version_is_refused() {
        let newer = pending(4, LIST).err().expect("refused").to_string();
        assert!(
            newer.contains("version 4, newer than this build knows (3)"),
            "{newer}"
        );
        let damaged = pending(-1, LIST).err().expect("refused").to_string();
        assert!(damaged.contains("version -1 is not a version"), "{damaged}");
    }
}
