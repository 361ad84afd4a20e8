//! Cell text for the grid, exports and the details view, in one place.

use crate::core::{
    model::intern::Interner,
    model::time,
    model::{Column, Kind, NO_INT, NO_TIME, Table, Value, id},
};

/// A count with thousands separators, as the page shows counts: `31731` → `31,731`.
pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Display text of a cell; times are shifted by `tz_offset_min` and shown as
/// `2024-01-31 13:05:09`.
pub fn cell_text(table: &Table, col: usize, row: usize, strings: &Interner, tz_offset_min: i32) -> String {
    let def = &table.defs()[col];
    let v = table.col(col).value(row);
    match v {
        Value::Time(t) if t == NO_TIME => String::new(),
        Value::Time(t) => time::format_display(t + tz_offset_min as i64 * 60_000),
        Value::Sym(s) => strings.get(s).to_owned(),
        Value::Int(i) if i == NO_INT => String::new(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) if f.is_nan() => String::new(),
        Value::Float(f) => format!("{f:.4}"),
        Value::Id(i) => id::id_to_text(i, strings),
        Value::Enum(0) => String::new(),
        Value::Enum(e) => match def.kind {
            Kind::Enum(labels) => labels.get(e as usize - 1).copied().unwrap_or("").to_owned(),
            _ => e.to_string(),
        },
    }
}

/// Rows of `table` ordered newest first (rows without a time last), as the portal lists them.
pub fn newest_first(table: &Table, time_col: usize) -> Vec<u32> {
    let Column::Time(times) = table.col(time_col) else {
        return (0..table.len() as u32).collect();
    };
    let mut rows: Vec<u32> = (0..table.len() as u32).collect();
    rows.sort_by(|&a, &b| {
        let (ta, tb) = (times[a as usize], times[b as usize]);
        tb.cmp(&ta).then(a.cmp(&b))
    });
    rows
}

/// Fields whose values are a fixed vocabulary written in Graph's camelCase
/// (`notApplied`, `singleFactorAuthentication`): the details view shows them as words.
const VOCABULARY: &[&str] = &[
    "user_type",
    "auth_req",
    "auth_protocol",
    "transfer",
    "incoming_token",
    "token_issuer_type",
    "cross_tenant",
    "cred_type",
    "mi_type",
    "risk_detail",
    "token_protection",
    "op_type",
    "actor_type",
    "ca_result",
];

/// Whether values of field `key` are a camelCase vocabulary (see [`humanize`]).
pub fn is_vocabulary(key: &str) -> bool {
    VOCABULARY.contains(&key)
}

/// A vocabulary value in words, one spelling whatever the export wrote: `notApplied` →
/// "Not applied", `none` / `None` → "None", `member` → "Member", `reportOnlyFailure` →
/// "Report-only: failure", `oAuth2` → "OAuth 2.0". Text with spaces is only capitalised.
pub fn humanize(value: &str) -> String {
    let v = value.trim();
    let known = [
        ("oauth2", "OAuth 2.0"),
        ("ropc", "ROPC"),
        ("saml20", "SAML 2.0"),
        ("wsfederation", "WS-Federation"),
        ("b2bcollaboration", "B2B collaboration"),
        ("b2bdirectconnect", "B2B direct connect"),
        ("azuread", "Azure AD"),
    ];
    if let Some((_, w)) = known.iter().find(|(k, _)| v.eq_ignore_ascii_case(k)) {
        return (*w).to_owned();
    }
    if let Some(rest) = v.strip_prefix("reportOnly").filter(|r| !r.is_empty()) {
        return format!("Report-only: {}", humanize(rest).to_lowercase());
    }
    let mut words = String::with_capacity(v.len() + 4);
    if v.contains(' ') || !v.chars().all(|c| c.is_ascii_alphanumeric()) {
        words.push_str(v);
    } else {
        for (i, c) in v.chars().enumerate() {
            if i > 0 && c.is_ascii_uppercase() {
                words.push(' ');
                words.push(c.to_ascii_lowercase());
            } else {
                words.push(c);
            }
        }
    }
    let mut chars = words.chars();
    match chars.next() {
        Some(f) => f.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod thousands_tests {
    use super::thousands;

    #[test]
    fn vocabulary_values_in_words() {
        use super::humanize;
        assert_eq!(humanize("notApplied"), "Not applied");
        assert_eq!(humanize("none"), humanize("None"));
        assert_eq!(humanize("member"), "Member");
        assert_eq!(humanize("Member"), "Member");
        assert_eq!(humanize("singleFactorAuthentication"), "Single factor authentication");
        assert_eq!(humanize("reportOnlyFailure"), "Report-only: failure");
        assert_eq!(humanize("oAuth2"), "OAuth 2.0");
        assert_eq!(humanize("Azure AD joined"), "Azure AD joined");
        assert_eq!(humanize(""), "");
    }

    #[test]
    fn groups_digits_by_three() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(31731), "31,731");
        assert_eq!(thousands(250_011), "250,011");
        assert_eq!(thousands(1_234_567_890), "1,234,567,890");
    }
}
