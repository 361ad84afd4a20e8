//! The findings report: one self-contained HTML document (also printable to PDF).
//!
//! [`findings_report`] turns a [`ReportInput`] — plain data the caller assembles: the
//! tenant, the time range, the filters in words, counts, charts as data and the findings
//! with their evidence — into a single HTML page:
//!
//! - an inline `<style>` (screen and `@media print`, a page break before each finding),
//!   inline SVG charts drawn by [`crate::core::output::chart`], and **nothing else**: no script,
//!   no external URL, font or image, and a `Content-Security-Policy` meta tag
//!   (`default-src 'none'; style-src 'unsafe-inline'`) so that even a browser that opens
//!   a tampered copy runs nothing and fetches nothing;
//! - every text, whether it comes from the logs (user agents, display names, app names,
//!   audit targets…) or from the caller, goes through [`escape_html`] (`& < > " '`), and
//!   control characters are dropped. Charts are passed as data, never as markup, so no
//!   caller-supplied string reaches the document unescaped.
//!
//! Helpers build the parts from a dataset: [`describe_filter`] (the filters in words),
//! [`standard_charts`] (time chart, heatmap, top-N bars, map) and [`signin_evidence`] /
//! [`audit_evidence`] (evidence tables: time, user, app, IP, location, status/code, or
//! time, activity, actor, target, result).

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::core::{
    codes,
    model::{AuditField as A, Dataset, NO_INT, SignInField as S},
    output::chart::{self, CountryStat, TimeSeries, TopBy},
    output::svg,
    query::view::cell_text,
};

/// A chart of the report, as data (drawn here, so every label is escaped).
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum ReportChart {
    /// Stacked bars per time bin; `audit` names the classes Success / Timeout / Failure.
    Time { title: String, series: TimeSeries, audit: bool },
    /// A top-N bar chart.
    Top { by: TopBy, items: Vec<(String, u32)> },
    /// Sign-ins per local weekday × hour.
    Heatmap { title: String, grid: [[u32; 24]; 7] },
    /// Countries shaded by sign-ins.
    Map { title: String, countries: Vec<CountryStat> },
}

/// One finding, as the report shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReportFinding {
    /// `high`, `medium`, `low` or `info` (any case; other words sort last).
    pub severity: String,
    pub title: String,
    /// The rule key (`password_spray_ip`…), shown small.
    pub rule: String,
    /// Why it fired, in a sentence or two.
    pub why: String,
    /// The thresholds that applied, as (name, value).
    pub thresholds: Vec<(String, String)>,
    /// What to do next, one step per entry.
    pub next_steps: Vec<String>,
    /// The hunting query that reproduces it at scale ("" for none).
    pub kql: String,
    pub users: Vec<String>,
    pub ips: Vec<String>,
    pub first_ms: Option<i64>,
    pub last_ms: Option<i64>,
    /// Column headings of the evidence table.
    pub evidence_header: Vec<String>,
    /// Evidence rows (cells as text).
    pub evidence: Vec<Vec<String>>,
    /// How many evidence records there are in all (when `evidence` is a sample).
    pub evidence_total: usize,
}

/// Everything the report shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReportInput {
    /// Document title, e.g. "Lantern findings — contoso".
    pub title: String,
    /// Tenant name or domain.
    pub tenant: String,
    /// First and last record time of the data the report covers (UTC ms).
    pub range: Option<(i64, i64)>,
    /// When the report was made (UTC ms; passed in, the core has no clock).
    pub generated_at_ms: i64,
    /// The filters in force, in words (see [`describe_filter`]); empty = none.
    pub filters: Vec<String>,
    pub signins_loaded: u64,
    pub audits_loaded: u64,
    pub signins_selected: u64,
    pub audits_selected: u64,
    /// Names of the files loaded.
    pub files: Vec<String>,
    pub charts: Vec<ReportChart>,
    pub findings: Vec<ReportFinding>,
}

/// Sort rank of a severity word: high 0, medium 1, low 2, info 3, other 4.
pub fn severity_rank(s: &str) -> u8 {
    match s.trim().to_ascii_lowercase().as_str() {
        "critical" | "high" => 0,
        "medium" => 1,
        "low" => 2,
        "info" | "informational" => 3,
        _ => 4,
    }
}

const STYLE: &str = r#"
:root { color-scheme: light; --ink: #1f2933; --muted: #5f6b7a; --line: #d0d4da; --soft: #f3f5f8; --high: #b3261e; --medium: #b26a00; --low: #2f5f9e; --info: #5f6b7a; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 24px; background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; } h3 { font-size: 15px; margin: 16px 0 6px; }
.meta { color: var(--muted); margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; table-layout: auto; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
th { background: var(--soft); font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
table.evidence { font-size: 12px; }
table.summary, table.severity, table.facts, table.thresholds { width: auto; min-width: 360px; }
.sev { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; background: var(--info); }
.sev-high { background: var(--high); } .sev-medium { background: var(--medium); } .sev-low { background: var(--low); }
.rule { color: var(--muted); font-family: ui-monospace, Consolas, monospace; font-size: 12px; }
pre { background: var(--soft); border: 1px solid var(--line); padding: 8px; white-space: pre-wrap; overflow-wrap: anywhere; font: 12px/1.4 ui-monospace, Consolas, "Courier New", monospace; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 12px 24px; }
.chart-box h3 { margin-top: 8px; } svg { max-width: 100%; height: auto; }
svg text { fill: #374151; font-family: system-ui, sans-serif; }
.finding { border-top: 2px solid var(--line); margin-top: 24px; padding-top: 8px; }
.note { color: var(--muted); font-size: 12px; }
ul.toc { padding-left: 20px; }
@page { size: A4; margin: 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  .finding { break-before: page; border-top: none; }
  h2, h3 { break-after: avoid; }
  tr, svg, pre { break-inside: avoid; }
  .charts { display: block; }
  .toc { display: none; }
  .sev { border: 1px solid #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

use crate::core::output::html::escape_html;

fn esc(s: &str) -> Cow<'_, str> {
    escape_html(s)
}

use crate::core::query::describe::when;

/// The findings report as one self-contained HTML document (see the module docs).
pub fn findings_report(input: &ReportInput) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let title = if input.title.trim().is_empty() { "Lantern findings report" } else { input.title.trim() };
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Lantern\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(title)
    );

    // Header.
    let _ = writeln!(h, "<h1>{}</h1>", esc(title));
    let mut meta = Vec::new();
    if !input.tenant.trim().is_empty() {
        meta.push(format!("Tenant <b>{}</b>", esc(input.tenant.trim())));
    }
    if let Some((a, b)) = input.range {
        meta.push(format!("records from {} to {}", esc(&when(a)), esc(&when(b))));
    }
    meta.push(format!("generated {}", esc(&when(input.generated_at_ms))));
    let _ = writeln!(h, "<p class=\"meta\">{}</p>", meta.join(" · "));

    // Filters.
    h.push_str("<h2>Filters used</h2>\n");
    if input.filters.is_empty() {
        h.push_str("<p>None: every loaded record.</p>\n");
    } else {
        h.push_str("<ul>\n");
        for f in &input.filters {
            let _ = writeln!(h, "<li>{}</li>", esc(f));
        }
        h.push_str("</ul>\n");
    }

    // Summary.
    h.push_str("<h2>Summary</h2>\n<table class=\"summary\">\n<tr><th></th><th class=\"n\">Loaded</th><th class=\"n\">In the report</th></tr>\n");
    let _ = writeln!(
        h,
        "<tr><th>Sign-ins</th><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n<tr><th>Audit events</th><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n</table>",
        input.signins_loaded, input.signins_selected, input.audits_loaded, input.audits_selected
    );
    let mut sev: Vec<(u8, String, usize)> = Vec::new();
    for f in &input.findings {
        let key = f.severity.trim().to_ascii_lowercase();
        let key = if key.is_empty() { "unrated".to_owned() } else { key };
        match sev.iter_mut().find(|s| s.1 == key) {
            Some(s) => s.2 += 1,
            None => sev.push((severity_rank(&key), key, 1)),
        }
    }
    sev.sort();
    h.push_str("<table class=\"severity\">\n<tr><th>Severity</th><th class=\"n\">Findings</th></tr>\n");
    for (_, k, n) in &sev {
        let _ = writeln!(
            h,
            "<tr><td><span class=\"sev sev-{}\">{}</span></td><td class=\"n\">{n}</td></tr>",
            esc(&css_word(k)),
            esc(k)
        );
    }
    let _ = writeln!(h, "<tr><th>Total</th><td class=\"n\">{}</td></tr>\n</table>", input.findings.len());
    if !input.files.is_empty() {
        h.push_str("<p class=\"note\">Files: ");
        h.push_str(&input.files.iter().map(|f| esc(f).into_owned()).collect::<Vec<_>>().join(", "));
        h.push_str("</p>\n");
    }

    // Charts.
    if !input.charts.is_empty() {
        h.push_str("<h2>Charts</h2>\n<div class=\"charts\">\n");
        for c in &input.charts {
            let (t, svg) = match c {
                ReportChart::Time { title, series, audit } => {
                    let sb = chart::stacked_bars(series, 520.0, 200.0, chart::Margins::default());
                    let classes = if *audit { svg::AUDIT_CLASSES } else { svg::SIGNIN_CLASSES };
                    (title.clone(), svg::stacked_bars_svg(&sb, title, classes))
                }
                ReportChart::Top { by, items } => (by.title().to_owned(), svg::top_n_svg(items, *by, 520.0)),
                ReportChart::Heatmap { title, grid } => {
                    let hm = chart::heatmap_geometry(
                        grid,
                        520.0,
                        170.0,
                        chart::Margins { top: 4.0, right: 4.0, bottom: 16.0, left: 34.0 },
                    );
                    (title.clone(), svg::heatmap_svg(&hm, title))
                }
                ReportChart::Map { title, countries } => (title.clone(), svg::choropleth_svg(countries, 520.0, title)),
            };
            let _ = writeln!(h, "<div class=\"chart-box\"><h3>{}</h3>{svg}</div>", esc(&t));
        }
        h.push_str("</div>\n");
    }

    // Findings.
    let _ = writeln!(h, "<h2>Findings ({})</h2>", input.findings.len());
    if input.findings.is_empty() {
        h.push_str("<p>No finding.</p>\n");
    } else {
        h.push_str("<ul class=\"toc\">\n");
        for (i, f) in input.findings.iter().enumerate() {
            let _ = writeln!(
                h,
                "<li><a href=\"#f{}\">{}</a> <span class=\"sev sev-{}\">{}</span></li>",
                i + 1,
                esc(&f.title),
                esc(&css_word(&f.severity)),
                esc(f.severity.trim())
            );
        }
        h.push_str("</ul>\n");
    }
    for (i, f) in input.findings.iter().enumerate() {
        finding_html(&mut h, i + 1, f);
    }
    h.push_str("<p class=\"note\">Made by Lantern in the browser from exported Microsoft Entra ID logs; nothing was sent anywhere. Times are UTC.</p>\n</body>\n</html>\n");
    h
}

/// A severity as a CSS class word (letters only, lower case).
fn css_word(s: &str) -> String {
    let w: String = s.trim().to_ascii_lowercase().chars().filter(|c| c.is_ascii_lowercase()).collect();
    if w.is_empty() { "unrated".into() } else { w }
}

fn finding_html(h: &mut String, n: usize, f: &ReportFinding) {
    let _ = writeln!(
        h,
        "<section class=\"finding\" id=\"f{n}\">\n<h2><span class=\"sev sev-{}\">{}</span> {}</h2>",
        esc(&css_word(&f.severity)),
        esc(f.severity.trim()),
        esc(&f.title)
    );
    if !f.rule.is_empty() {
        let _ = writeln!(h, "<p class=\"rule\">{}</p>", esc(&f.rule));
    }
    if !f.why.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", esc(&f.why));
    }
    let mut facts: Vec<(String, String)> = Vec::new();
    if !f.users.is_empty() {
        facts.push(("Users".into(), f.users.join(", ")));
    }
    if !f.ips.is_empty() {
        facts.push(("IP addresses".into(), f.ips.join(", ")));
    }
    match (f.first_ms, f.last_ms) {
        (Some(a), Some(b)) => facts.push(("When".into(), format!("{} – {}", when(a), when(b)))),
        (Some(a), None) | (None, Some(a)) => facts.push(("When".into(), when(a))),
        _ => {}
    }
    if !facts.is_empty() {
        h.push_str("<table class=\"facts\">\n");
        for (k, v) in &facts {
            let _ = writeln!(h, "<tr><th>{}</th><td>{}</td></tr>", esc(k), esc(v));
        }
        h.push_str("</table>\n");
    }
    if !f.thresholds.is_empty() {
        h.push_str("<h3>Thresholds</h3>\n<table class=\"thresholds\">\n");
        for (k, v) in &f.thresholds {
            let _ = writeln!(h, "<tr><th>{}</th><td>{}</td></tr>", esc(k), esc(v));
        }
        h.push_str("</table>\n");
    }
    if !f.next_steps.is_empty() {
        h.push_str("<h3>What to do next</h3>\n<ol>\n");
        for s in &f.next_steps {
            let _ = writeln!(h, "<li>{}</li>", esc(s));
        }
        h.push_str("</ol>\n");
    }
    if !f.kql.trim().is_empty() {
        let _ = writeln!(h, "<h3>Hunting query (KQL)</h3>\n<pre><code>{}</code></pre>", esc(f.kql.trim_end()));
    }
    let _ = writeln!(h, "<h3>Evidence ({})</h3>", f.evidence_total.max(f.evidence.len()));
    if f.evidence.is_empty() {
        h.push_str("<p class=\"note\">No evidence records attached.</p>\n");
    } else {
        h.push_str("<table class=\"evidence\">\n<tr>");
        for c in &f.evidence_header {
            let _ = write!(h, "<th>{}</th>", esc(c));
        }
        h.push_str("</tr>\n");
        for row in &f.evidence {
            h.push_str("<tr>");
            for c in row {
                let _ = write!(h, "<td>{}</td>", esc(c));
            }
            h.push_str("</tr>\n");
        }
        h.push_str("</table>\n");
        if f.evidence_total > f.evidence.len() {
            let _ = writeln!(
                h,
                "<p class=\"note\">Showing {} of {} records; the findings export (CSV / JSON) lists every record id.</p>",
                f.evidence.len(),
                f.evidence_total
            );
        }
    }
    h.push_str("</section>\n");
}

// ---------------------------------------------------------------------------------------
// Helpers that build report parts from a dataset.

/// The report's usual charts: sign-ins over time, audit events over time (when there are
/// any), the weekday × hour heatmap, top applications, countries, error codes, users with
/// most failures, and the country map.
pub fn standard_charts(ds: &Dataset, signin_rows: &[u32], audit_rows: &[u32], tz_offset_min: i32) -> Vec<ReportChart> {
    let mut v = Vec::new();
    if !signin_rows.is_empty() {
        v.push(ReportChart::Time {
            title: "Sign-ins over time".into(),
            series: chart::time_series_tz(ds, signin_rows, 60, tz_offset_min),
            audit: false,
        });
    }
    if !audit_rows.is_empty() {
        v.push(ReportChart::Time {
            title: "Audit events over time".into(),
            series: chart::audit_series(ds, audit_rows, 60, tz_offset_min),
            audit: true,
        });
    }
    if !signin_rows.is_empty() {
        let tz = crate::core::output::export::tz_label(tz_offset_min);
        v.push(ReportChart::Heatmap {
            title: format!("Sign-ins by weekday and hour ({tz})"),
            grid: chart::heatmap(ds, signin_rows, tz_offset_min),
        });
        for by in [TopBy::Apps, TopBy::Countries, TopBy::ErrorCodes, TopBy::UsersWithFailures] {
            v.push(ReportChart::Top { by, items: chart::top_n(ds, signin_rows, by, 10) });
        }
        let countries = chart::choropleth(ds, signin_rows);
        if !countries.is_empty() {
            v.push(ReportChart::Map { title: "Sign-ins by country".into(), countries });
        }
    }
    if !audit_rows.is_empty() {
        v.push(ReportChart::Top { by: TopBy::Activities, items: chart::top_n(ds, audit_rows, TopBy::Activities, 10) });
    }
    v
}

/// Evidence table of sign-ins: Time (UTC), User, Application, IP address, Location,
/// Status, Code (with its name), at most `max` rows (in the order given).
pub fn signin_evidence(ds: &Dataset, rows: &[u32], max: usize) -> (Vec<String>, Vec<Vec<String>>) {
    let header =
        ["Time (UTC)", "User", "Application", "IP address", "Location", "Status", "Code"].map(String::from).to_vec();
    let t = &ds.signins.table;
    let cell = |f: S, r: usize| cell_text(t, f as usize, r, &ds.strings, 0);
    let body = rows
        .iter()
        .map(|&r| r as usize)
        .filter(|&r| r < t.len())
        .take(max)
        .map(|r| {
            let user = crate::core::query::aggregate::user_key(ds, r).to_owned();
            let code = t.int(S::Code as usize, r);
            let code = if code == NO_INT {
                String::new()
            } else {
                codes::lookup(code).map_or_else(|| code.to_string(), |c| format!("{} {}", c.code, c.name))
            };
            vec![
                cell(S::Time, r),
                user,
                cell(S::App, r),
                cell(S::Ip, r),
                cell(S::Location, r),
                cell(S::Status, r),
                code,
            ]
        })
        .collect();
    (header, body)
}

/// Evidence table of audit events: Time (UTC), Activity, Initiated by, Target, IP
/// address, Result, at most `max` rows.
pub fn audit_evidence(ds: &Dataset, rows: &[u32], max: usize) -> (Vec<String>, Vec<Vec<String>>) {
    let header =
        ["Time (UTC)", "Activity", "Initiated by", "Target", "IP address", "Result"].map(String::from).to_vec();
    let t = &ds.audits.table;
    let cell = |f: A, r: usize| cell_text(t, f as usize, r, &ds.strings, 0);
    let body = rows
        .iter()
        .map(|&r| r as usize)
        .filter(|&r| r < t.len())
        .take(max)
        .map(|r| {
            vec![
                cell(A::Time, r),
                cell(A::Activity, r),
                cell(A::Actor, r),
                cell(A::Targets, r),
                cell(A::ActorIp, r),
                cell(A::Result, r),
            ]
        })
        .collect();
    (header, body)
}

/// Detection findings as report sections: evidence tables (up to `max_evidence` rows each)
/// and the hunting query that reproduces each at scale.
pub fn report_findings(
    ds: &Dataset,
    findings: &[crate::core::detect::Finding],
    cfg: &crate::core::detect::DetectConfig,
    max_evidence: usize,
) -> Vec<ReportFinding> {
    findings
        .iter()
        .map(|f| {
            let (mut header, mut rows) = signin_evidence(ds, &f.signins, max_evidence);
            if f.signins.is_empty() {
                (header, rows) = audit_evidence(ds, &f.audits, max_evidence);
            } else if !f.audits.is_empty() {
                // Audit events of a chain follow its sign-ins, in the sign-in columns' width.
                let (_, audit_rows) = audit_evidence(ds, &f.audits, max_evidence);
                let width = header.len();
                rows.extend(audit_rows.into_iter().map(|mut r| {
                    r.resize(width, String::new());
                    r
                }));
            }
            ReportFinding {
                severity: f.severity.label().to_owned(),
                title: f.title.clone(),
                rule: f.rule_name(),
                why: f.why.clone(),
                thresholds: vec![("As applied".to_owned(), f.thresholds.to_string())],
                next_steps: vec![f.next_steps.clone()],
                kql: crate::core::detect::hunting_query(f, cfg),
                users: f.users.clone(),
                ips: f.ips.clone(),
                first_ms: (f.first_ms > i64::MIN).then_some(f.first_ms),
                last_ms: (f.last_ms > i64::MIN).then_some(f.last_ms),
                evidence_header: header,
                evidence: rows,
                evidence_total: f.signins.len() + f.audits.len(),
            }
        })
        .collect()
}
