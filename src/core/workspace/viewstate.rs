//! The shareable view: what the URL's `#hash` carries.
//!
//! A view is *how* the data is looked at — the tab, filters, columns, sort, the selected
//! record or user, detection settings — and never the data itself: a record is named by its
//! id, a user by their UPN, and those only mean something to someone who loads the same
//! files. The hash is `#v=` followed by the percent-encoded JSON of [`ViewState`]; unknown
//! or malformed hashes give the default view.

use serde::{Deserialize, Serialize};

use crate::core::model::Log;
use crate::core::query::filter::Filter;

/// How one log's grid is set up.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LogView {
    #[serde(skip_serializing_if = "Filter::is_empty")]
    pub filter: Filter,
    /// Column keys in order; `None` = the portal's default columns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<String>>,
    /// Sort field and whether descending; `None` = newest first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<(String, bool)>,
    /// Sign-ins grouped as the portal's aggregated view does, with this time aggregate (hours).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_hours: Option<u32>,
}

impl LogView {
    /// The columns shown (indices into `log.fields()`): the view's, or the portal's defaults.
    pub fn shown_columns(&self, log: Log) -> Vec<usize> {
        let defs = log.fields();
        match &self.columns {
            Some(keys) => keys.iter().filter_map(|k| defs.iter().position(|d| d.key == k)).collect(),
            None => log.default_columns(),
        }
    }
}

/// Everything the URL restores.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    pub tab: String,
    #[serde(skip_serializing_if = "is_default")]
    pub signins: LogView,
    #[serde(skip_serializing_if = "is_default")]
    pub audit: LogView,
    /// The open record (request id or audit id), in the current tab's log.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    /// The open user profile.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Show times in the browser's local zone instead of UTC.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub local_time: bool,
    /// Detection settings that differ from the defaults (JSON object of `DetectConfig` fields).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detect: Option<serde_json::Value>,
    /// The open finding (its key).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finding: Option<String>,
    /// Trainer mode: the question reached, when on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trainer: Option<u32>,
}

fn is_default(v: &LogView) -> bool {
    *v == LogView::default()
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            tab: "signins".into(),
            signins: LogView::default(),
            audit: LogView::default(),
            record: None,
            user: None,
            local_time: false,
            detect: None,
            finding: None,
            trainer: None,
        }
    }
}

const UNRESERVED: &[u8] = b"-_.~!*'()";

/// Percent-encodes everything but letters, digits and `-_.~!*'()`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3 / 2);
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || UNRESERVED.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes (invalid escapes are kept as they are).
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(v) = u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl ViewState {
    /// The view after Clear: nothing of the old data's investigation (tab, filters, search,
    /// selection, open user or finding, trainer progress) survives; the person's settings
    /// (columns, sort, time zone, detection settings) do.
    pub fn cleared(&self) -> ViewState {
        let keep = |lv: &LogView| LogView { filter: Filter::default(), ..lv.clone() };
        ViewState {
            signins: keep(&self.signins),
            audit: keep(&self.audit),
            local_time: self.local_time,
            detect: self.detect.clone(),
            ..ViewState::default()
        }
    }

    /// This view without any value that comes from the logs: no search text, no filter
    /// conditions (their values are user names, IPs, apps…), no selected record, user or
    /// finding, no trainer progress, and detection settings without their allow-lists. What
    /// is left — the tab, columns, sort, time zone and thresholds — says nothing about a tenant.
    pub fn shareable(&self) -> ViewState {
        let strip = |lv: &LogView| LogView { filter: Filter::default(), ..lv.clone() };
        let detect = self.detect.as_ref().and_then(|d| {
            let mut d = d.as_object()?.clone();
            d.retain(|k, _| !k.starts_with("allow_"));
            (!d.is_empty()).then_some(serde_json::Value::Object(d))
        });
        ViewState {
            tab: self.tab.clone(),
            signins: strip(&self.signins),
            audit: strip(&self.audit),
            local_time: self.local_time,
            detect,
            ..ViewState::default()
        }
    }

    /// The URL hash for this view (`#v=…`), or "" for the default view.
    pub fn to_hash(&self) -> String {
        if *self == ViewState::default() {
            return String::new();
        }
        let json = serde_json::to_string(self).unwrap_or_default();
        format!("#v={}", percent_encode(&json))
    }

    /// Reads a hash (with or without the leading `#`); anything unreadable is the default.
    pub fn from_hash(hash: &str) -> ViewState {
        let h = hash.trim_start_matches('#');
        let Some(v) = h.strip_prefix("v=") else {
            return ViewState::default();
        };
        serde_json::from_str(&percent_decode(v)).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::query::filter::Cond;

    #[test]
    fn round_trip_and_defaults() {
        assert_eq!(ViewState::default().to_hash(), "");
        let mut v =
            ViewState { tab: "audit".into(), local_time: true, record: Some("abc".into()), ..Default::default() };
        v.signins
            .filter
            .conds
            .push(Cond::In { field: "status".into(), values: vec!["Failure".into(), "a\"b#c%".into()] });
        v.signins.filter.text = "héllo wörld".into();
        v.audit.sort = Some(("activity".into(), true));
        v.audit.columns = Some(vec!["time".into(), "activity".into()]);
        let h = v.to_hash();
        assert!(h.starts_with("#v=") && !h[3..].contains('#') && !h.contains(' '));
        assert_eq!(ViewState::from_hash(&h), v);
        assert_eq!(ViewState::from_hash("#v=%7Bbroken"), ViewState::default());
        assert_eq!(ViewState::from_hash(""), ViewState::default());
        assert_eq!(ViewState::from_hash("#something-else"), ViewState::default());
    }

    #[test]
    fn cleared_and_shareable_views_hold_no_log_values() {
        let mut v = ViewState {
            tab: "findings".into(),
            record: Some("b65d…".into()),
            user: Some("adele.vance@contoso.example".into()),
            finding: Some(format!("{}:adele.vance@contoso.example:1", crate::core::detect::RuleId::Chain.as_str())),
            trainer: Some(3),
            local_time: true,
            detect: Some(serde_json::json!({"allow_ips": ["10.0.0.0/8"], "spray_min_users": 7})),
            ..Default::default()
        };
        v.signins.filter.text = "adele.vance@".into();
        v.signins.filter.conds.push(Cond::In { field: "ip".into(), values: vec!["185.220.101.47".into()] });
        v.audit.columns = Some(vec!["time".into()]);
        for (w, shared) in [(v.cleared(), false), (v.shareable(), true)] {
            let h = percent_decode(&w.to_hash());
            for secret in ["adele", "b65d", "185.220", ":1"] {
                assert!(!h.contains(secret), "{secret} in {h}");
            }
            // The person's own allow-list is a setting, kept after Clear; a shared link leaves it out.
            assert_eq!(h.contains("10.0.0.0"), !shared, "{h}");
            assert!(w.local_time && w.audit.columns.is_some() && w.trainer.is_none());
        }
        assert_eq!(v.shareable().tab, "findings");
        assert_eq!(v.cleared().tab, "signins");
        assert_eq!(v.shareable().detect, Some(serde_json::json!({"spray_min_users": 7})));
        assert_eq!(v.cleared().detect, v.detect, "Clear keeps the person's settings");
    }

    #[test]
    fn percent_coding() {
        assert_eq!(percent_decode(&percent_encode("a b/ü%")), "a b/ü%");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
