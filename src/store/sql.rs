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
