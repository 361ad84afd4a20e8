//! What a detection rule is: one type implementing [`Rule`] — its metadata ([`Meta`]), its
//! typed parameters read from [`DetectConfig`], the engine ([`Rule::run`]), the thresholds
//! sentence and the hunting query, all three computed from the **same** parameter value.
//!
//! The engine sees rules through the object-safe [`Detector`] (implemented for every
//! [`Rule`] by [`Registered`]); the registry (`rules/mod.rs`) lists them once, in run order.

use std::{any::Any, marker::PhantomData, ops::Range};

use super::{DetectConfig, Finding, Note, Severity, ctx::Ctx, finding_key, rules::RuleId, text::dedup_keep_order};
use crate::core::kql::hunt::{Hunt, Span};

/// Which records a rule reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Reads {
    SignIns,
    Audits,
    Both,
    /// Other rules' findings (chains).
    Findings,
}

/// What a rule needs of each record; rows without it are left out and counted in a note
/// naming the rule and the files ([`coverage_note`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    /// A time (windows, baselines, sequences).
    Time,
    /// A time and a user (per-user windows and baselines).
    TimeAndUser,
    /// Nothing beyond the record itself (a credential added is a finding at any time).
    Nothing,
}

/// The note saying which rows a rule left out because they lack what it needs, per file
/// (None when it left out nothing).
pub fn coverage_note(cx: &Ctx, m: &Meta) -> Option<String> {
    if m.needs == Needs::Nothing || m.reads == Reads::Findings {
        return None;
    }
    let signins = matches!(m.reads, Reads::SignIns | Reads::Both);
    let audits = matches!(m.reads, Reads::Audits | Reads::Both);
    let name = |f: usize| cx.ds.files.get(f).map_or("?", |f| f.name.as_str()).to_owned();
    let mut parts = Vec::new();
    let mut part = |what: &str, count: &dyn Fn(&super::ctx::LeftOut) -> u32| {
        let per_file: Vec<(usize, u32)> =
            cx.left_out.iter().enumerate().map(|(f, l)| (f, count(l))).filter(|(_, n)| *n > 0).collect();
        let total: u32 = per_file.iter().map(|(_, n)| n).sum();
        if total > 0 {
            let files: Vec<String> = per_file.iter().map(|&(f, n)| format!("{}: {n}", name(f))).collect();
            parts.push(format!("{total} {what} ({})", super::text::list(&files, 4)));
        }
    };
    if signins {
        part("sign-ins without a time", &|l| l.signins_untimed);
        if m.needs == Needs::TimeAndUser {
            part("sign-ins without a user", &|l| l.signins_no_user);
        }
    }
    if audits {
        part("audit events without a time", &|l| l.audits_untimed);
    }
    (!parts.is_empty()).then(|| format!("“{}” left out {}: it needs them to judge.", m.title, parts.join(" and ")))
}

/// A rule's description, for the settings panel, the docs and the exports.
#[derive(Clone, Copy, Debug)]
pub struct Meta {
    pub id: RuleId,
    pub title: &'static str,
    pub description: &'static str,
    /// MITRE ATT&CK technique ids.
    pub mitre: &'static [&'static str],
    /// How the rule picks a severity, in one sentence.
    pub severity: &'static str,
    /// The [`DetectConfig`] fields the rule reads (allow-lists included).
    pub config: &'static [&'static str],
    pub reads: Reads,
    pub needs: Needs,
    /// The public detections its logic and hunting query follow.
    pub source: &'static str,
    /// Days a hunting query looks back when no window is given.
    pub lookback_days: u32,
}

/// One detection rule, as one type.
pub trait Rule: 'static {
    /// The rule's thresholds, typed, read from [`DetectConfig`] once per run.
    type Params;
    const META: Meta;
    fn params(cfg: &DetectConfig) -> Self::Params;
    /// Finds and adds findings (and notes) to `out`.
    fn run(p: &Self::Params, cx: &Ctx, out: &mut Out);
    /// The thresholds as applied, in one sentence naming every parameter.
    fn thresholds(p: &Self::Params) -> String;
    /// Writes the hunting query's body after the header (`h` has the window set).
    fn hunting(p: &Self::Params, h: &mut Hunt);
    /// A rule that judges each subject on its own says so and implements [`Rule::run_slice`]
    /// and [`Rule::end_slices`] (its `run` is then [`run_sliced`]): the page runs it a slice of
    /// subjects at a time and stays responsive between slices ([`super::Stepped`]).
    const SLICED: bool = false;
    /// Judges the subjects `cx.subjects[range]`, keeping what later slices need in `carry`.
    /// Slices come in order and cover every subject once.
    fn run_slice(_p: &Self::Params, _cx: &Ctx, _out: &mut Out, _carry: &mut Carry, _range: Range<usize>) {}
    /// After the last slice (notes about every subject).
    fn end_slices(_p: &Self::Params, _cx: &Ctx, _out: &mut Out, _carry: &mut Carry) {}
    /// A sliced rule whose judging needs something of every subject first (the tenant's
    /// carriers) says so and implements [`Rule::prepare_slice`]: every subject passes through it,
    /// a slice at a time, before the first is judged.
    const PREPARES: bool = false;
    /// The first pass over `cx.subjects[range]`, keeping what judging needs in `carry`.
    fn prepare_slice(_p: &Self::Params, _cx: &Ctx, _carry: &mut Carry, _range: Range<usize>) {}
}

/// `run` of a [`Rule::SLICED`] rule: every subject as one slice, then the end.
pub fn run_sliced<R: Rule>(p: &R::Params, cx: &Ctx, out: &mut Out) {
    let mut carry = Carry::default();
    if R::PREPARES {
        R::prepare_slice(p, cx, &mut carry, 0..cx.subjects.len());
    }
    R::run_slice(p, cx, out, &mut carry, 0..cx.subjects.len());
    R::end_slices(p, cx, out, &mut carry);
}

/// What a sliced rule carries from one slice of subjects to the next (its caches, the users it
/// could not judge), of a type the rule chooses.
#[derive(Default)]
pub struct Carry(Option<Box<dyn Any>>);

impl Carry {
    /// The carried value (made with `T::default()` on first use).
    pub fn get<T: Default + 'static>(&mut self) -> &mut T {
        if !self.0.as_ref().is_some_and(|b| b.is::<T>()) {
            self.0 = Some(Box::new(T::default()));
        }
        match self.0.as_mut().and_then(|b| b.downcast_mut::<T>()) {
            Some(t) => t,
            None => unreachable!("set just above"),
        }
    }
}

/// A rule as the engine, the UI and the exports use it (object-safe).
pub trait Detector: Sync {
    fn meta(&self) -> &'static Meta;
    fn run(&self, cx: &Ctx, out: &mut Out);
    /// Whether the rule can run a slice of subjects at a time ([`Rule::SLICED`]).
    fn sliced(&self) -> bool;
    /// Stamps what `out` receives next with this rule and its thresholds.
    fn begin(&self, cx: &Ctx, out: &mut Out);
    /// One slice of a sliced rule, after [`Detector::begin`].
    fn run_slice(&self, cx: &Ctx, out: &mut Out, carry: &mut Carry, range: Range<usize>);
    /// Whether the rule passes over every subject before judging ([`Rule::PREPARES`]).
    fn prepares(&self) -> bool;
    /// One slice of that first pass.
    fn prepare_slice(&self, cx: &Ctx, carry: &mut Carry, range: Range<usize>);
    /// After the last slice: the rule's closing notes and its coverage note.
    fn end(&self, cx: &Ctx, out: &mut Out, carry: &mut Carry);
    fn thresholds(&self, cfg: &DetectConfig) -> String;
    /// The hunting query with `cfg`'s thresholds, over `window` (UTC ms) or the rule's
    /// default look-back.
    fn hunting(&self, cfg: &DetectConfig, window: Option<(i64, i64)>) -> String;
}

/// The [`Detector`] of a [`Rule`] (holds nothing; `fn() -> R` keeps it `Sync`).
pub struct Registered<R>(pub PhantomData<fn() -> R>);

impl<R: Rule> Detector for Registered<R> {
    fn meta(&self) -> &'static Meta {
        const { &R::META }
    }

    fn run(&self, cx: &Ctx, out: &mut Out) {
        let p = R::params(cx.cfg);
        out.begin(R::META.id, R::thresholds(&p));
        R::run(&p, cx, out);
        if let Some(text) = coverage_note(cx, &R::META) {
            out.note(text, Vec::new());
        }
    }

    fn sliced(&self) -> bool {
        R::SLICED
    }

    fn begin(&self, cx: &Ctx, out: &mut Out) {
        out.begin(R::META.id, R::thresholds(&R::params(cx.cfg)));
    }

    fn run_slice(&self, cx: &Ctx, out: &mut Out, carry: &mut Carry, range: Range<usize>) {
        R::run_slice(&R::params(cx.cfg), cx, out, carry, range);
    }

    fn prepares(&self) -> bool {
        R::PREPARES
    }

    fn prepare_slice(&self, cx: &Ctx, carry: &mut Carry, range: Range<usize>) {
        R::prepare_slice(&R::params(cx.cfg), cx, carry, range);
    }

    fn end(&self, cx: &Ctx, out: &mut Out, carry: &mut Carry) {
        R::end_slices(&R::params(cx.cfg), cx, out, carry);
        if let Some(text) = coverage_note(cx, &R::META) {
            out.note(text, Vec::new());
        }
    }

    fn thresholds(&self, cfg: &DetectConfig) -> String {
        R::thresholds(&R::params(cfg))
    }

    fn hunting(&self, cfg: &DetectConfig, window: Option<(i64, i64)>) -> String {
        let span = match window {
            Some((from_ms, to_ms)) => Span::Between { from_ms, to_ms },
            None => Span::Days(R::META.lookback_days),
        };
        let m = &R::META;
        let mut h = Hunt::new(m.title, m.id.as_str(), m.source, span);
        R::hunting(&R::params(cfg), &mut h);
        h.done()
    }
}

/// Where rules put what they find: findings (stamped with the running rule and its
/// thresholds sentence) and notes.
#[derive(Default)]
pub struct Out {
    pub findings: Vec<Finding>,
    pub notes: Vec<Note>,
    rule: Option<RuleId>,
    thresholds: std::sync::Arc<str>,
}

impl Out {
    fn begin(&mut self, rule: RuleId, thresholds: String) {
        self.rule = Some(rule);
        self.thresholds = thresholds.into();
    }

    /// The rule running now.
    pub fn rule(&self) -> RuleId {
        self.rule.unwrap_or(RuleId::ALL[0])
    }

    /// Completes `d` (evidence sorted and de-duplicated, times, key) and adds it.
    pub fn add(&mut self, cx: &Ctx, d: Draft) {
        let f = d.finish(cx, self.rule(), &self.thresholds);
        self.findings.push(f);
    }

    /// Adds a finding built whole (chains build theirs from other findings): stamps the
    /// rule, the thresholds sentence and the key from `subject` and `key_ms`.
    pub fn add_finding(&mut self, subject: &str, key_ms: i64, mut f: Finding) {
        f.rule = self.rule();
        f.thresholds = self.thresholds.clone();
        f.key = finding_key(f.rule.as_str(), subject, key_ms);
        self.findings.push(f);
    }

    /// Adds a note of the running rule.
    pub fn note(&mut self, text: String, users: Vec<String>) {
        self.notes.push(Note { rule: self.rule(), text, users });
    }
}

/// A finding being written by a rule: subject, severity, words and evidence.
pub struct Draft {
    /// What the finding is about (a user, an IP, …): part of its key.
    pub subject: String,
    pub severity: Severity,
    pub title: String,
    pub why: String,
    pub next_steps: String,
    pub users: Vec<String>,
    pub ips: Vec<String>,
    pub signins: Vec<u32>,
    pub audits: Vec<u32>,
}

impl Draft {
    pub fn new(subject: impl Into<String>, severity: Severity) -> Self {
        Self {
            subject: subject.into(),
            severity,
            title: String::new(),
            why: String::new(),
            next_steps: String::new(),
            users: Vec::new(),
            ips: Vec::new(),
            signins: Vec::new(),
            audits: Vec::new(),
        }
    }

    fn finish(mut self, cx: &Ctx, rule: RuleId, thresholds: &std::sync::Arc<str>) -> Finding {
        self.signins.sort_by_key(|&r| (cx.st(r), r));
        self.signins.dedup();
        self.audits.sort_by_key(|&r| (cx.at(r), r));
        self.audits.dedup();
        dedup_keep_order(&mut self.users);
        dedup_keep_order(&mut self.ips);
        self.users.retain(|u| !u.is_empty());
        self.ips.retain(|u| !u.is_empty());
        let times = self.signins.iter().map(|&r| cx.st(r)).chain(self.audits.iter().map(|&r| cx.at(r)));
        let (mut first, mut last) = (i64::MAX, i64::MIN);
        for t in times.filter(|&t| t != crate::core::model::NO_TIME) {
            first = first.min(t);
            last = last.max(t);
        }
        if first == i64::MAX {
            first = 0;
            last = 0;
        }
        Finding {
            rule,
            key: finding_key(rule.as_str(), &self.subject, first),
            severity: self.severity,
            title: self.title,
            why: self.why,
            thresholds: thresholds.clone(),
            next_steps: self.next_steps,
            users: self.users,
            ips: self.ips,
            first_ms: first,
            last_ms: last,
            signins: self.signins,
            audits: self.audits,
            parts: Vec::new(),
            sigma: None,
        }
    }
}

/// The allow-lists a rule honours, with their sentence and KQL clauses.
#[derive(Clone, Debug, Default)]
pub struct Allow {
    pub users: Option<Vec<String>>,
    pub ips: Option<Vec<String>>,
    pub asns: Option<Vec<u32>>,
    pub apps: Option<Vec<String>>,
}

impl Allow {
    /// None of the allow-lists.
    pub fn none() -> Self {
        Self::default()
    }

    /// With the allow-listed users.
    pub fn users(mut self, cfg: &DetectConfig) -> Self {
        self.users = Some(cfg.allow_users.clone());
        self
    }

    /// With the allow-listed IP ranges and autonomous systems.
    pub fn nets(mut self, cfg: &DetectConfig) -> Self {
        self.ips = Some(cfg.allow_ips.clone());
        self.asns = Some(cfg.allow_asns.clone());
        self
    }

    /// With the allow-listed applications.
    pub fn apps(mut self, cfg: &DetectConfig) -> Self {
        self.apps = Some(cfg.allow_apps.clone());
        self
    }

    /// `"; allow-listed: users a, b; IPs 10.0.0.0/8"` (empty when nothing is listed).
    pub fn sentence(&self) -> String {
        let mut parts = Vec::new();
        let show = |what: &str, v: &[String]| format!("{what} {}", super::text::list(v, 4));
        if let Some(v) = self.users.as_ref().filter(|v| !v.is_empty()) {
            parts.push(show("users", v));
        }
        if let Some(v) = self.ips.as_ref().filter(|v| !v.is_empty()) {
            parts.push(show("IP ranges", v));
        }
        if let Some(v) = self.asns.as_ref().filter(|v| !v.is_empty()) {
            parts.push(show("ASNs", &v.iter().map(|a| format!("AS{a}")).collect::<Vec<_>>()));
        }
        if let Some(v) = self.apps.as_ref().filter(|v| !v.is_empty()) {
            parts.push(show("apps", v));
        }
        if parts.is_empty() { String::new() } else { format!("; allow-listed (ignored): {}", parts.join("; ")) }
    }

    /// The `where` lines that drop allow-listed sign-ins from `signins`-shaped rows.
    pub fn signin_clauses(&self) -> Vec<String> {
        use crate::core::kql::hunt::{exclude_asns, exclude_names, exclude_ranges};
        let mut v = Vec::new();
        if let Some(u) = &self.users {
            v.extend(exclude_names(&["UserPrincipalName"], u));
        }
        if let Some(ips) = &self.ips {
            v.extend(exclude_ranges("IPAddress", ips));
        }
        if let Some(a) = &self.asns {
            v.extend(exclude_asns("AutonomousSystemNumber", a));
        }
        if let Some(apps) = &self.apps {
            v.extend(exclude_names(&["AppDisplayName", "AppId"], apps));
        }
        v
    }

    /// The `where` lines that drop allow-listed actors (`Actor`) and apps (`AppName`) from
    /// audit rows.
    pub fn audit_clauses(&self, user_cols: &[&str], app_cols: &[&str]) -> Vec<String> {
        use crate::core::kql::hunt::exclude_names;
        let mut v = Vec::new();
        if let Some(u) = &self.users {
            v.extend(exclude_names(user_cols, u));
        }
        if let Some(a) = &self.apps {
            v.extend(exclude_names(app_cols, a));
        }
        v
    }
}
