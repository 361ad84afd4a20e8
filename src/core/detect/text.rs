//! Small text helpers the rules share for their sentences.

use crate::core::model::time;

/// Removes later duplicates (ignoring ASCII case), keeping the first occurrence's position.
pub(crate) fn dedup_keep_order(v: &mut Vec<String>) {
    if v.len() < 2 {
        return;
    }
    // Most findings name a handful: compare in place, without lower-cased copies.
    if v.len() <= 16 {
        let mut i = 1;
        while i < v.len() {
            if v[..i].iter().any(|x| x.eq_ignore_ascii_case(&v[i])) {
                v.remove(i);
            } else {
                i += 1;
            }
        }
        return;
    }
    let mut seen = hashbrown::HashSet::new();
    v.retain(|x| seen.insert(x.to_ascii_lowercase()));
}

/// "3 users" / "1 user".
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

/// Minutes between two times, rounded.
pub(crate) fn minutes(a: i64, b: i64) -> i64 {
    ((b - a) as f64 / 60_000.0).round() as i64
}

/// Human time `2026-11-03 02:10 UTC`.
pub(crate) fn hm(t: i64) -> String {
    Hm(t).to_string()
}

/// [`hm`] written straight into a sentence being formatted (no string of its own).
pub(crate) struct Hm(pub i64);

impl std::fmt::Display for Hm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0 == crate::core::model::NO_TIME {
            return f.write_str("an unknown time (the record has none)");
        }
        let (y, mo, d, h, mi, ..) = time::split(self.0);
        write!(f, "{y:04}-{mo:02}-{d:02} {h:02}:{mi:02} UTC")
    }
}

/// A short list "a, b, c and 4 more".
pub(crate) fn list(items: &[String], max: usize) -> String {
    let mut out = String::new();
    write_list(&mut out, items, max);
    out
}

/// [`list`] written into `out` (items of any displayable kind, no strings of their own).
pub(crate) fn write_list<T: std::fmt::Display>(out: &mut String, items: &[T], max: usize) {
    use std::fmt::Write as _;
    for (k, item) in items.iter().take(max).enumerate() {
        let _ = write!(out, "{}{item}", if k > 0 { ", " } else { "" });
    }
    if items.len() > max {
        let _ = write!(out, " and {} more", items.len() - max);
    }
}

/// Codes as text: `50126, 50053`.
pub(crate) fn codes(c: &[u32]) -> String {
    c.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", ")
}

/// ASCII-case-insensitive substring test.
pub(crate) fn contains_ci(hay: &str, needle: &str) -> bool {
    hay.to_ascii_lowercase().contains(&needle.to_ascii_lowercase())
}
