//! Named SQL fragments: each rule the store's queries need, written once.
//!
//! A contribution's table is always aliased `c`, its kind `k` and the rate
//! version in force `v`, so every query that asks "which rate?" or "does
//! it count?" says it with the same words.

/// Joins to contributions `c` their kind `k` and the rate version `v` in
/// force on the contribution's date: the latest starting on or before it.
pub(super) const RATE_IN_FORCE: &str = "JOIN kinds k ON k.code = c.kind
     JOIN kind_versions v ON v.kind = c.kind AND v.from_day = (
        SELECT max(v2.from_day) FROM kind_versions v2 WHERE v2.kind = c.kind AND v2.from_day <= c.day)";

/// Contribution `c` was done: not void and not rejected since its latest
/// correction (pending ones included).
pub(super) const DONE: &str = "c.void = 0 AND c.rejections = 0";

/// Contribution `c` counts (SPEC §2): done, with at least `approvals`
/// approvals since its latest correction. `approvals` is an SQL
/// expression: a parameter (`?4`) or an integer.
pub(super) fn counts(approvals: &str) -> String {
    format!("{DONE} AND c.approvals >= {approvals}")
}

/// `sum(expr)` exact beyond SQLite's 64-bit sums: the sums of the high and
/// low 32 bits of a non-negative integer `expr`, each of which fits i64 for
/// up to 2³¹ rows. Two result columns; [`combine`] joins them.
pub(super) fn exact_sum(expr: &str) -> String {
    format!("sum(({expr}) >> 32), sum(({expr}) & 4294967295)")
}

/// The sum that [`exact_sum`]'s two columns hold.
pub(super) fn combine(high: i64, low: i64) -> i128 {
    (i128::from(high) << 32) + i128::from(low)
}

/// The SQL condition on kind `k` matching [`KindClass::of`]: the kinds a
/// bucket of that class counts.
///
/// [`KindClass::of`]: crate::model::KindClass::of
pub(super) fn class_is(class: crate::model::KindClass) -> &'static str {
    use crate::model::KindClass;
    match class {
        KindClass::Shared => "(k.gift = 0 AND k.reimbursable = 0 AND k.deferred = 0)",
        KindClass::Reimbursable => "(k.gift = 0 AND k.reimbursable = 1)",
        KindClass::Deferred => "(k.gift = 0 AND k.reimbursable = 0 AND k.deferred = 1)",
    }
}

/// Drops the secondary indexes of `tables` for a bulk write and returns
/// their definitions, for [`create_indexes`] at its end.
pub(super) fn drop_indexes(
    conn: &rusqlite::Connection,
    tables: &[&str],
) -> Result<Vec<String>, super::StoreError> {
    let mut definitions = Vec::new();
    for table in tables {
        let indexes: Vec<(String, String)> = conn
            .prepare_cached(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL",
            )?
            .query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (name, sql) in indexes {
            conn.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
            definitions.push(sql);
        }
    }
    Ok(definitions)
}

/// Builds again the indexes [`drop_indexes`] dropped. Each definition is
/// run as one `CREATE INDEX` statement, never as a script: the file's
/// schema holds them, and a damaged or crafted file could append other
/// statements (`ATTACH` writes files) that SQLite itself never runs.
pub(super) fn create_indexes(
    conn: &rusqlite::Connection,
    definitions: &[String],
) -> Result<(), super::StoreError> {
    for sql in definitions {
        let words: Vec<String> = sql
            .split_whitespace()
            .take(3)
            .map(str::to_ascii_uppercase)
            .collect();
        let is_index = matches!(
            words
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .as_slice(),
            ["CREATE", "INDEX", _] | ["CREATE", "UNIQUE", "INDEX"]
        );
        if !is_index {
            return Err(super::StoreError::Corrupt(format!(
                "an index of the books is not defined by one CREATE INDEX statement ({})",
                crate::text::quote(&sql.chars().take(80).collect::<String>())
            )));
        }
        // `execute` prepares the whole text and runs only a lone statement:
        // more than one is an error (rusqlite checks the rest by preparing
        // it, never by running it).
        conn.execute(sql, []).map_err(|e| {
            super::StoreError::Corrupt(format!(
                "an index of the books cannot be built again from its definition in the file ({e}: {})",
                crate::text::quote(&sql.chars().take(80).collect::<String>())
            ))
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_sums_go_beyond_i64() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (9223372036854775807), (9223372036854775807), (5);",
        )
        .unwrap();
        let (high, low): (i64, i64) = conn
            .query_row(&format!("SELECT {} FROM t", exact_sum("x")), [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(combine(high, low), 2 * i128::from(i64::MAX) + 5);
        assert!(conn
            .query_row("SELECT sum(x) FROM t", [], |r| r.get::<_, i64>(0))
            .is_err());
    }
}
