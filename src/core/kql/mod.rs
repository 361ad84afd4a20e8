//! KQL as text: literals, the Log Analytics tables Lantern writes for ([`tables`], from
//! `tables.tsv`, Microsoft's table reference), the query for a filter ([`filter`]), the
//! builder every detection rule writes its hunting query with ([`hunt`]) and a small lint
//! ([`lint`]).
//!
//! - [`filter::filter_kql`] translates a [`Filter`] on sign-ins into a query over `SigninLogs` and
//!   `AADNonInteractiveUserSignInLogs` (a `union`; one table when the filter picks a
//!   sign-in type), or on audit events into one over `AuditLogs`. Every field key of the
//!   schema and the virtual ones (`user_any`, `ca_policy`, `ca_result`, `code_class`,
//!   `target_any`) maps to a column or a dynamic path (see [`filter::signin_expr`] and
//!   [`filter::audit_expr`]); the few that Log Analytics does not carry become a `// not
//!   translated:` comment line, so the query is then broader than the filter, and says so.
//!   Times are explicit `datetime()` instants taken from the dataset — never `ago()`: an
//!   export is in the past, and Lantern's "last N hours" means before the newest record.
//! - each detection rule (`detect::rules`) gives, through [`hunt::Hunt`], the query that finds
//!   the same pattern at scale, modelled on the public Sentinel / Splunk / Elastic logic
//!   (`reference/detections.md`), with the thresholds passed in.
//! - [`lint::lint`] is a small checker used by the tests: balanced brackets and quotes, only
//!   known tables, and every column name in the lists below (from Microsoft's table
//!   reference, 2024). Beyond it, `tests/kql/check.cjs` runs Microsoft's own Kusto parser
//!   and semantic analyser (Kusto.Language) over every generated query with these table
//!   schemas — optional, as it needs an npm package the project does not depend on.
//!
//! ## Conventions
//! - Strings are KQL double-quoted literals: `\` and `"` are escaped, tab / LF / CR are
//!   written `\t` `\n` `\r`, other control characters are dropped ([`kql_string`]).
//! - `SigninLogs` has `LocationDetails`, `DeviceDetail`, `Status`, `MfaDetail` and
//!   `ConditionalAccessPolicies` as `dynamic`; `AADNonInteractiveUserSignInLogs` has them
//!   as JSON text. Each table is therefore read through `extend X = todynamic(X)` before
//!   the union (as Microsoft's Sentinel rules do), for the columns the query uses.
//! - `ResultType` is a **string** (`"50126"`).
//! - A coarse `TimeGenerated` window (one day of margin) keeps the workspace's time
//!   picker out of the way and lets the table's time index prune; the exact window is on
//!   `CreatedDateTime` (sign-ins) / `ActivityDateTime` (audit).
//! - Lantern's text matches are case-insensitive substrings → `contains`; exact values are
//!   case-insensitive → `in~`; case-sensitive contains → `contains_cs`; free text →
//!   `where * contains "…"`.
//! - Conditions on Conditional Access policies, audit targets and audit user agents are
//!   `mv-apply` over the array with a `countif` (`> 0` for "some element matches",
//!   `== 0` for "no element matches", an empty array then counting as one empty element).
//!
//! ## Limits
//! - Hunting windows are fixed bins (`bin(TimeGenerated, 20m)`): a burst that straddles a
//!   bin boundary is split, where a sliding window would keep it whole, so a query can
//!   find slightly less than the engine did on the same data.
//! - A few exported fields have no Log Analytics column (token protection, session id,
//!   Global Secure Access, service-principal credential fields…): see [`filter::signin_expr`].

pub mod filter;
pub mod hunt;
pub mod lint;

use std::sync::LazyLock;

use crate::core::model::time;

pub use filter::filter_kql;

// ---------------------------------------------------------------------------------------
// Tables and columns (`tables.tsv`: Microsoft's Azure Monitor table reference).

/// A column of a Log Analytics table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    /// The Kusto type as the reference gives it (`string`, `datetime`, `dynamic`, …).
    pub kind: &'static str,
}

static TABLES: LazyLock<Vec<(&'static str, Vec<Column>)>> = LazyLock::new(|| {
    let mut out: Vec<(&'static str, Vec<Column>)> = Vec::new();
    for line in include_str!("tables.tsv").lines().filter(|l| !l.starts_with('#')).skip(1) {
        let mut c = line.split('\t');
        let (Some(table), Some(name), Some(kind)) = (c.next(), c.next(), c.next()) else {
            continue;
        };
        let col = Column { name, kind };
        match out.iter_mut().find(|(t, _)| *t == table) {
            Some((_, v)) => v.push(col),
            None => out.push((table, vec![col])),
        }
    }
    out
});

/// The tables a Lantern query may name, with their columns.
pub fn tables() -> &'static [(&'static str, Vec<Column>)] {
    &TABLES
}

/// The columns of `table` (empty for an unknown table).
pub fn columns(table: &str) -> &'static [Column] {
    TABLES.iter().find(|(t, _)| *t == table).map_or(&[], |(_, c)| c.as_slice())
}

/// The interactive sign-in table.
pub const INTERACTIVE: &str = "SigninLogs";
/// The non-interactive sign-in table.
pub const NON_INTERACTIVE: &str = "AADNonInteractiveUserSignInLogs";
/// The audit table.
pub const AUDIT: &str = "AuditLogs";

// ---------------------------------------------------------------------------------------
// Literals.

/// A KQL string literal for `s`: `"…"` with `\` `"` escaped, tab / LF / CR as `\t` `\n`
/// `\r`, other control characters dropped.
///
/// ```
/// use lantern::core::kql::kql_string;
/// assert_eq!(kql_string(r#"a "b" \c"#), r#""a \"b\" \\c""#);
/// assert_eq!(kql_string("x\ny"), r#""x\ny""#);
/// ```
pub fn kql_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A KQL verbatim string (`@"…"`, `"` doubled) — for regular expressions.
pub fn kql_verbatim(s: &str) -> String {
    let body: String = s.chars().filter(|c| !c.is_control()).collect::<String>().replace('"', "\"\"");
    format!("@\"{body}\"")
}

/// `datetime(2026-10-26T00:00:00.000Z)`.
pub fn kql_datetime(ms: i64) -> String {
    format!("datetime({})", time::format_iso_ms(ms))
}

/// A comma-separated list of string literals.
pub fn list(values: &[String]) -> String {
    values.iter().map(|v| kql_string(v)).collect::<Vec<_>>().join(", ")
}

/// Text for a `//` comment: one line, no control characters.
pub fn comment_text(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}
