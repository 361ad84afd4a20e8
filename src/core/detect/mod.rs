//! The detection engine: findings over a loaded [`Dataset`], pure Rust.
//!
//! [`run`] builds a [`ctx::Ctx`] once (per-user and per-IP time-sorted row lists, decoded
//! codes, allow-list verdicts, authentication steps by request id) and runs every rule of
//! the registry ([`rules::RuleId::ALL`]) in order. A rule is one module under `rules/`
//! implementing [`rule::Rule`]: its metadata, its typed parameters read from
//! [`DetectConfig`], the engine, the thresholds sentence and the hunting query — the last
//! three from the same parameter value. Findings carry the evidence rows, a sentence a
//! person can check ("why"), the thresholds as applied and what to do next;
//! [`findings_json`] renders them with record ids; [`hunting_query`] gives the KQL that
//! reproduces one.
//!
//! Files:
//! - `mod.rs` — the public types ([`Severity`], [`Finding`], [`Note`], [`Analysis`]),
//!   [`run`] / [`analyse`], ranking, keys, JSON, [`hunting_query`];
//! - `config.rs` — [`DetectConfig`]; `lists/` — the lists as data (`*.tsv`);
//! - `rule.rs` — what a rule is ([`rule::Rule`], [`rule::Meta`], [`rule::Out`]);
//! - `rules/` — the registry (`mod.rs`) and one file per rule;
//! - `ctx.rs` — the per-run index (no rule logic); `net.rs` — IPs, CIDR allow-lists, prefixes;
//! - `baseline.rs` — per-user baselines ([`UserBaseline`], [`baseline_for`]) and the
//!   incremental profile the deviation rules use;
//! - `signin.rs`, `audit.rs`, `text.rs` — what the sign-in rules, the audit rules and every
//!   rule's sentences share.
//!
//! Conventions: codes are classed by [`crate::core::codes::class_of`]; interrupts
//! (50074, 50076, 50140, 50125, 70043, 70044, 50058, 16000…) are steps of a sign-in, never
//! failures. Nothing here panics on any input, allocates per row beyond the index, or reads a
//! clock.

pub(crate) mod audit;
pub mod baseline;
pub mod config;
pub mod coverage;
pub(crate) mod ctx;
pub mod lists;
pub mod net;
pub mod permissions;
pub mod rule;
pub mod rules;
pub(crate) mod signin;
mod steps;
pub(crate) mod text;

use serde::{Deserialize, Serialize};

pub use baseline::{UserBaseline, baseline_for};
pub use config::DetectConfig;
pub use rules::RuleId;
pub use steps::{Step, Stepped};

use crate::core::model::{AuditField, Dataset, SignInField, id, time};

/// How urgent a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    /// Lower-case label.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

/// One finding: what a rule saw, with its evidence rows.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Finding {
    /// The rule that found it.
    pub rule: RuleId,
    /// Stable id of this finding (rule, subject, first time), safe in URLs.
    pub key: String,
    pub severity: Severity,
    /// Short title, e.g. "Password spray from 185.220.101.47".
    pub title: String,
    /// A sentence a person can check, with numbers.
    pub why: String,
    /// The rule's thresholds as applied (one sentence per rule and run, shared by its findings).
    pub thresholds: std::sync::Arc<str>,
    /// What to do next.
    pub next_steps: String,
    /// UPNs (victim first).
    pub users: Vec<String>,
    pub ips: Vec<String>,
    pub first_ms: i64,
    pub last_ms: i64,
    /// Evidence rows in `ds.signins.table`, time order.
    pub signins: Vec<u32>,
    /// Evidence rows in `ds.audits.table`, time order.
    pub audits: Vec<u32>,
    /// For chains: keys of the findings it links.
    pub parts: Vec<String>,
    /// For a Sigma rule's finding: the rule's key (its `id`, else `<file>#<n>`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sigma: Option<String>,
}

impl Finding {
    /// The rule as exports name it: `password_spray_ip`, or `sigma:<id>` for a Sigma rule.
    pub fn rule_name(&self) -> String {
        match &self.sigma {
            Some(k) => format!("{}:{k}", RuleId::Sigma.as_str()),
            None => self.rule.as_str().to_owned(),
        }
    }
}

/// Something the engine wants the investigator to know that is not a finding (for example
/// users whose history was too short to judge deviations).
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Note {
    pub rule: RuleId,
    pub text: String,
    /// The users concerned (may be empty).
    pub users: Vec<String>,
}

/// Findings plus notes.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Analysis {
    pub findings: Vec<Finding>,
    pub notes: Vec<Note>,
}

/// Runs every rule; findings ranked by severity (high first), chains before other findings
/// of the same severity, then newest first; deterministic.
pub fn run(ds: &Dataset, cfg: &DetectConfig) -> Vec<Finding> {
    analyse(ds, cfg).findings
}

/// [`run`] plus notes (users with too little history, rules that had no data).
pub fn analyse(ds: &Dataset, cfg: &DetectConfig) -> Analysis {
    analyse_with(ds, cfg, None)
}

/// [`analyse`] with the person's Sigma rules run beside the built-in ones.
pub fn analyse_with(ds: &Dataset, cfg: &DetectConfig, sigma: Option<&crate::core::sigma::RuleSet>) -> Analysis {
    analyse_probed(ds, cfg, sigma, &mut |_| {})
}

/// [`analyse_with`], calling `probe(None)` once the shared context is built and `probe(Some(id))`
/// after each rule ran: the benchmark's clock (`cargo bench --bench detect`), since `core` has none.
pub fn analyse_probed(
    ds: &Dataset,
    cfg: &DetectConfig,
    sigma: Option<&crate::core::sigma::RuleSet>,
    probe: &mut dyn FnMut(Option<RuleId>),
) -> Analysis {
    let mut run = Stepped::new(cfg.clone(), usize::MAX);
    loop {
        match run.step(ds, sigma) {
            Step::Index => probe(None),
            Step::Rule(id) => probe(Some(id)),
            Step::Slice { .. } | Step::Indexing { .. } | Step::Ranking => {}
            Step::Done(a) => return a,
        }
    }
}

/// Ranks the findings (severity, chains first, newest first, key) and makes the analysis; keys
/// are unique already.
/// The findings' order in the analysis (indices into `all`): most severe first, chains first
/// among equals, newest first, then by key. Sorted by index, then moved once ([`ranked_by`]): a
/// finding is a few hundred bytes, and a sort moves each of them many times. The fields it
/// orders by side by side (a finding's own are far apart in memory); keys, unique by now, only
/// break ties.
fn rank_order(all: &[Finding]) -> Vec<u32> {
    let mut order: Vec<(Severity, bool, i64, u32)> =
        all.iter().enumerate().map(|(i, f)| (f.severity, f.rule == RuleId::Chain, f.first_ms, i as u32)).collect();
    order.sort_unstable_by(|a, b| {
        (b.0, b.1, b.2).cmp(&(a.0, a.1, a.2)).then_with(|| all[a.3 as usize].key.cmp(&all[b.3 as usize].key))
    });
    order.into_iter().map(|o| o.3).collect()
}

/// The analysis: `out`'s findings put into `order` ([`rank_order`], a permutation of their
/// indices) in place: a new vector of them (~17 MB for 58,000 findings) cost more in fresh
/// pages than in moving.
fn ranked_by(out: rule::Out, order: &[u32]) -> Analysis {
    let mut findings = out.findings;
    if order.len() == findings.len() {
        permute(&mut findings, order);
    }
    Analysis { findings, notes: out.notes }
}

/// Reorders `v` so that `v[k]` becomes the old `v[order[k]]`, following each cycle of the
/// permutation with swaps (each element is moved once, no copy of `v`).
fn permute<T>(v: &mut [T], order: &[u32]) {
    let mut placed = vec![false; v.len()];
    for start in 0..v.len() {
        let mut k = start;
        while !placed[k] {
            placed[k] = true;
            let from = order[k] as usize;
            if from == start {
                break;
            }
            v.swap(k, from);
            k = from;
        }
    }
}

/// The hunting query that reproduces finding `f` at scale with the thresholds it was found
/// with, over its days (a day either side).
pub fn hunting_query(f: &Finding, cfg: &DetectConfig) -> String {
    const DAY: i64 = 86_400_000;
    let window = (f.first_ms > i64::MIN && f.last_ms > i64::MIN)
        .then(|| (f.first_ms.saturating_sub(DAY), f.last_ms.saturating_add(DAY)));
    f.rule.detector().hunting(cfg, window)
}

/// Makes keys unique (a second finding with the same rule, subject and time gets `~2`).
fn finish_keys(out: &mut [Finding]) {
    // Counted on borrowed keys (no copies); the few repeats are renamed after.
    let mut seen = hashbrown::HashMap::<&str, u32>::with_capacity(out.len());
    let mut repeats: Vec<(usize, u32)> = Vec::new();
    for (i, f) in out.iter().enumerate() {
        let n = seen.entry(f.key.as_str()).or_insert(0);
        *n += 1;
        if *n > 1 {
            repeats.push((i, *n));
        }
    }
    drop(seen);
    for (i, n) in repeats {
        let f = &mut out[i];
        f.key = format!("{}~{}", f.key, n);
    }
}

/// A URL-safe stable key: `rule:subject:first_ms` with anything but `[A-Za-z0-9._@-]`
/// in the subject replaced by `-`.
pub fn finding_key(rule: &str, subject: &str, first_ms: i64) -> String {
    use std::fmt::Write as _;
    let mut key = String::with_capacity(rule.len() + subject.len() + 16);
    key.push_str(rule);
    key.push(':');
    key.extend(
        subject.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '@' | '-') { c } else { '-' }),
    );
    let _ = write!(key, ":{first_ms}");
    key
}

/// The findings as JSON:
/// `{"findings":[{"key","rule","severity","title","why","thresholds","next_steps","users","ips","first","last","evidence":[ids],"parts"}]}`
/// where evidence lists the request ids of the sign-ins, then the ids of the audit events
/// (`<correlation id>~<hash>` for audit exports without an id column, such as the portal's CSV).
pub fn findings_json(ds: &Dataset, findings: &[Finding]) -> serde_json::Value {
    let sid = SignInField::RequestId as usize;
    let aid = AuditField::Id as usize;
    let iso = |t: i64| {
        if t == i64::MIN { String::new() } else { time::format_iso_s(t) }
    };
    let items: Vec<serde_json::Value> = findings
        .iter()
        .map(|f| {
            let mut evidence: Vec<String> = Vec::with_capacity(f.signins.len() + f.audits.len());
            for &r in &f.signins {
                let t = id::id_to_text(ds.signins.table.id(sid, r as usize), &ds.strings);
                if !t.is_empty() && !evidence.contains(&t) {
                    evidence.push(t);
                }
            }
            for &r in &f.audits {
                // Exports without an audit id (the portal's CSV) get `<correlation id>~<hash>`.
                let v = ds.audits.table.id(aid, r as usize);
                let t = id::id_to_text(v, &ds.strings);
                if !t.is_empty() && !evidence.contains(&t) {
                    evidence.push(t);
                }
            }
            serde_json::json!({
                "key": f.key,
                "rule": f.rule_name(),
                "severity": f.severity,
                "title": f.title,
                "why": f.why,
                "thresholds": f.thresholds,
                "next_steps": f.next_steps,
                "users": f.users,
                "ips": f.ips,
                "first": iso(f.first_ms),
                "last": iso(f.last_ms),
                "evidence": evidence,
                "parts": f.parts,
            })
        })
        .collect();
    serde_json::json!({ "findings": items })
}

#[cfg(test)]
mod tests {
    use super::permute;

    #[test]
    fn permute_gathers_in_place() {
        // Fixed points, one long cycle, several cycles, and a pseudo-random permutation.
        let mut seed = 7u64;
        let mut random: Vec<u32> = (0..1000).collect();
        for i in (1..random.len()).rev() {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            random.swap(i, (seed >> 33) as usize % (i + 1));
        }
        for order in [vec![], vec![0], vec![0, 1, 2], vec![1, 2, 3, 0], vec![2, 0, 1, 4, 3, 5], random] {
            let old: Vec<String> = (0..order.len()).map(|i| format!("f{i}")).collect();
            let mut v = old.clone();
            permute(&mut v, &order);
            let want: Vec<String> = order.iter().map(|&i| old[i as usize].clone()).collect();
            assert_eq!(v, want, "{order:?}");
        }
    }
}
