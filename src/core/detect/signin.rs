//! What the sign-in rules share: episodes, sliding windows, distinct values, places.
//!
//! Windows slide over time-sorted rows with two pointers; nothing is quadratic in the
//! number of sign-ins.

use hashbrown::{HashMap, HashSet};

use super::ctx::Ctx;
use crate::core::model::{NO_INT, SignInField as S};

/// Splits time-sorted rows into runs whose consecutive gaps are ≤ `gap_ms`.
pub(crate) fn episodes(cx: &Ctx, rows: &[u32], gap_ms: i64) -> Vec<Vec<u32>> {
    let mut out: Vec<Vec<u32>> = Vec::new();
    let mut last = i64::MIN;
    for &r in rows {
        let t = cx.st(r);
        match out.last_mut() {
            Some(cur) if t.saturating_sub(last) <= gap_ms => cur.push(r),
            _ => out.push(vec![r]),
        }
        last = t;
    }
    out
}

/// The largest number of distinct `key`s among rows within any `window_ms` span, and the
/// largest number of rows in such a span.
pub(crate) fn max_in_window<K: std::hash::Hash + Eq + Copy>(
    cx: &Ctx,
    rows: &[u32],
    window_ms: i64,
    key: impl Fn(u32) -> K,
) -> (usize, usize) {
    let mut counts: HashMap<K, u32> = HashMap::new();
    let (mut best_keys, mut best_rows, mut lo) = (0, 0, 0);
    for (hi, &r) in rows.iter().enumerate() {
        *counts.entry(key(r)).or_insert(0) += 1;
        while lo < hi && cx.st(r) - cx.st(rows[lo]) > window_ms {
            let k = key(rows[lo]);
            if let Some(n) = counts.get_mut(&k) {
                *n -= 1;
                if *n == 0 {
                    counts.remove(&k);
                }
            }
            lo += 1;
        }
        best_keys = best_keys.max(counts.len());
        best_rows = best_rows.max(hi + 1 - lo);
    }
    (best_keys, best_rows)
}

/// Distinct non-empty values of `f` over rows, in first-seen order.
pub(crate) fn distinct(cx: &Ctx, rows: &[u32], f: S) -> Vec<String> {
    let mut seen = HashSet::new();
    rows.iter().map(|&r| cx.s(r, f)).filter(|s| !s.is_empty() && seen.insert(*s)).map(str::to_owned).collect()
}

/// Distinct error codes over rows, in first-seen order.
pub(crate) fn codes_of(cx: &Ctx, rows: &[u32]) -> Vec<String> {
    let mut seen = HashSet::new();
    rows.iter().map(|&r| cx.code(r)).filter(|&c| c != NO_INT && seen.insert(c)).map(|c| c.to_string()).collect()
}

/// Distinct subjects (UPNs) over rows, in first-seen order.
pub(crate) fn users_of(cx: &Ctx, rows: &[u32]) -> Vec<String> {
    let mut seen = HashSet::new();
    rows.iter().filter(|&&r| seen.insert(cx.subj(r))).map(|&r| cx.who(r).to_owned()).filter(|s| !s.is_empty()).collect()
}

pub(crate) fn is_user_signin(cx: &Ctx, r: u32) -> bool {
    // Service principal (3) and managed identity (4) sign-ins have no person behind them.
    !matches!(cx.ds.signins.table.enum_code(S::EventType as usize, r as usize), 3 | 4)
}

pub(crate) fn place(cx: &Ctx, r: u32) -> String {
    let (city, country) = (cx.s(r, S::City), cx.s(r, S::Country));
    match (city.is_empty(), country.is_empty()) {
        (false, false) => format!("{city}, {country}"),
        (true, false) => country.to_owned(),
        (false, true) => city.to_owned(),
        (true, true) => "unknown place".to_owned(),
    }
}

/// A row where the password was right: a success, or one of `ok_codes` (the catalogue's
/// success list: MFA or policy stopped a correct password).
pub(crate) fn password_ok(cx: &Ctx, ok_codes: &[u32], r: u32) -> bool {
    let c = cx.code(r);
    cx.ok(r) || (c != NO_INT && ok_codes.contains(&c))
}

/// A minute in ms.
pub(crate) const MIN_MS: i64 = 60_000;
/// An hour in ms.
pub(crate) const HOUR_MS: i64 = 3_600_000;
/// A day in ms.
pub(crate) const DAY_MS: i64 = 86_400_000;
