//! Filters in words: field headings and one sentence per condition, shared by the filter
//! chips, the report and the KQL notes.

use crate::core::{
    model::{AuditField as A, Dataset, Log, SignInField as S, time},
    query::filter::{Cond, Filter},
};

/// `2026-11-14 09:00:00 UTC`.
pub fn when(ms: i64) -> String {
    time::format_iso_s(ms).replace('T', " ").replace('Z', " UTC")
}

/// The filters offered, in menu order: the portal's first, then more.
pub fn filter_fields(log: Log) -> &'static [(&'static str, &'static str)] {
    match log {
        Log::SignIns => &[
            ("user_any", "User"),
            ("app", "Application"),
            ("status", "Status"),
            ("ca", "Conditional Access"),
            ("id", "Request ID"),
            ("corr", "Correlation ID"),
            ("code", "Error code"),
            ("code_class", "Result class (success / interrupt / failure)"),
            ("ip", "IP address or CIDR"),
            ("country", "Country"),
            ("city", "City"),
            ("client_app", "Client app"),
            ("mfa_result", "MFA result"),
            ("mfa_method", "MFA method"),
            ("auth_req", "Authentication requirement"),
            ("risk_during", "Risk level during sign-in"),
            ("risk_agg", "Aggregated risk level"),
            ("risk_state", "Risk state"),
            ("risk_types", "Risk event types"),
            ("event_type", "Interactive / non-interactive"),
            ("os", "Device operating system"),
            ("browser", "Device browser"),
            ("compliant", "Device compliant"),
            ("managed", "Device managed"),
            ("join_type", "Device join type"),
            ("ca_policy", "Conditional Access policy"),
            ("ca_result", "Conditional Access policy result"),
            ("user_agent", "User agent"),
            ("resource", "Resource"),
            ("auth_protocol", "Authentication protocol"),
            ("asn", "Autonomous system number"),
            ("user_type", "User type"),
            ("cross_tenant", "Cross tenant access type"),
        ],
        Log::Audits => &[
            ("service", "Service"),
            ("category", "Category"),
            ("activity", "Activity"),
            ("result", "Status"),
            ("target_any", "Target"),
            ("actor", "Initiated by (actor)"),
            ("user_agent", "User Agent"),
            ("actor_type", "Actor type"),
            ("op_type", "Operation type"),
            ("actor_ip", "IP address or CIDR"),
            ("corr", "Correlation ID"),
            ("id", "Activity ID"),
        ],
    }
}

/// The label of a field in the filter menu and on its chips: the menu's wording, else
/// [`field_label`].
pub fn menu_label(log: Log, key: &str) -> String {
    match filter_fields(log).iter().find(|(k, _)| *k == key) {
        Some((_, l)) => (*l).to_owned(),
        None => field_label(log, key),
    }
}

/// The heading of a field in reports and KQL notes: the schema label, or the virtual field's
/// name.
pub fn field_label(log: Log, key: &str) -> String {
    match (log, key) {
        (Log::SignIns, "user_any") => "User (name or username)".into(),
        (Log::SignIns, "ca_policy") => "Conditional Access policy".into(),
        (Log::SignIns, "ca_result") => "Conditional Access policy result".into(),
        (Log::SignIns, "code_class") => "Result class".into(),
        (Log::Audits, "target_any") => "Target (name, UPN or id)".into(),
        (_, "time") => "Date".into(),
        (Log::SignIns, k) => S::from_key(k).map_or_else(|| k.to_owned(), |f| f.def().label.to_owned()),
        (Log::Audits, k) => A::from_key(k).map_or_else(|| k.to_owned(), |f| f.def().label.to_owned()),
    }
}

fn quoted_list(values: &[String]) -> String {
    let q: Vec<String> = values.iter().map(|v| format!("\u{201c}{v}\u{201d}")).collect();
    match q.len() {
        0 => "(nothing)".into(),
        1 => q[0].clone(),
        _ => format!("{} or {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// One condition in words, e.g. `Status is “Failure”`, `IP address in 10.0.0.0/8`,
/// `Date in the last 24 hours before the newest record (from 2026-11-14 09:00 UTC)`.
pub fn describe_cond(log: Log, cond: &Cond, ds: &Dataset) -> String {
    match cond {
        Cond::In { field, values } => {
            format!("{} is {}", field_label(log, field), quoted_list(values))
        }
        Cond::NotIn { field, values } => {
            format!("{} is not {}", field_label(log, field), quoted_list(values))
        }
        Cond::Contains { field, text, case_sensitive } => format!(
            "{} contains \u{201c}{text}\u{201d}{}",
            field_label(log, field),
            if *case_sensitive { " (case-sensitive)" } else { "" }
        ),
        Cond::Range { from_ms, to_ms } => match (from_ms, to_ms) {
            (Some(a), Some(b)) => format!("Date from {} to before {}", when(*a), when(*b)),
            (Some(a), None) => format!("Date from {}", when(*a)),
            (None, Some(b)) => format!("Date before {}", when(*b)),
            (None, None) => "Date: any".into(),
        },
        Cond::Last { hours } => {
            let newest = crate::core::query::filter::newest_ms(log.table(ds), log.time_col());
            match newest {
                Some(n) => format!(
                    "Date in the last {hours} hours before the newest record (from {})",
                    when(n.saturating_sub(*hours as i64 * 3_600_000))
                ),
                None => format!("Date in the last {hours} hours before the newest record"),
            }
        }
        Cond::Ip { field, cidr } => format!("{} in {cidr}", field_label(log, field)),
        Cond::Records { ids } => format!("Only {} chosen record{}", ids.len(), if ids.len() == 1 { "" } else { "s" }),
    }
}

/// The whole filter in words, one line per condition (plus the free-text search).
pub fn describe_filter(log: Log, filter: &Filter, ds: &Dataset) -> Vec<String> {
    let mut out: Vec<String> = filter.conds.iter().map(|c| describe_cond(log, c, ds)).collect();
    if !filter.text.trim().is_empty() {
        out.push(format!("Any field contains \u{201c}{}\u{201d}", filter.text.trim()));
    }
    out
}

/// A condition as the short text of its chip (`Status: Failure`, `Date: last 7 days`);
/// `show_time` formats a time (the page passes local or UTC).
pub fn chip(log: Log, c: &Cond, show_time: impl Fn(i64) -> String) -> String {
    match c {
        Cond::In { field, values } => format!(
            "{}: {}",
            menu_label(log, field),
            values.iter().map(|v| if v.is_empty() { "(empty)" } else { v }).collect::<Vec<_>>().join(", ")
        ),
        Cond::NotIn { field, values } => {
            format!("{} is not {}", menu_label(log, field), values.join(", "))
        }
        Cond::Contains { field, text, case_sensitive } => {
            format!(
                "{} contains \"{}\"{}",
                menu_label(log, field),
                text,
                if *case_sensitive { " (match case)" } else { "" }
            )
        }
        Cond::Ip { cidr, .. } => format!("IP in {cidr}"),
        Cond::Last { hours } => match hours {
            24 => "Date: last 24 hours".into(),
            168 => "Date: last 7 days".into(),
            720 => "Date: last month".into(),
            h => format!("Date: last {h} hours"),
        },
        Cond::Range { from_ms, to_ms } => format!(
            "Date: {} → {}",
            from_ms.map(&show_time).unwrap_or_else(|| "…".into()),
            to_ms.map(&show_time).unwrap_or_else(|| "…".into())
        ),
        Cond::Records { ids } => format!("{} selected record{}", ids.len(), if ids.len() == 1 { "" } else { "s" }),
    }
}
