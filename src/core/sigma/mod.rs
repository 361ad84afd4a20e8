//! Sigma rules, run in the tab on the loaded logs: rules a team keeps (SigmaHQ's Azure rules
//! or its own) are parsed and evaluated by the ecosystem's engine (`rsigma-parser`,
//! `rsigma-eval`); [`fields`] maps their field names onto Lantern's model.
//!
//! [`RuleSet::load`] reads rule files (text) into rules, with one [`Problem`] per file, line
//! and fault (YAML or Sigma errors, unknown modifiers, unmapped fields, rules for logs
//! Lantern does not read) — the other rules still run. [`run`] evaluates every rule on every
//! record of the logs it applies to (correlation rules over the records in time order) and
//! returns [`Hit`]s; the detection engine turns them into findings (`detect::rules::sigma`).
//! Nothing here reads a clock or touches the network.

pub mod fields;

use hashbrown::{HashMap, HashSet};
use rsigma_eval::{
    CorrelationConfig, CorrelationEngine, CorrelationEventMode, Engine, EvaluationResult, MatchDetailLevel, ResultBody,
    TimestampFallback,
};
use rsigma_parser::{CorrelationRule, Detection, Level, Modifier, SigmaRule, lint_yaml_str, parse_sigma_yaml};
use serde::Serialize;

use crate::core::model::{AuditField as A, Dataset, Log, NO_TIME, SignInField as S};
use fields::{FieldMap, Resolution, RowEvent};

/// Which of Lantern's logs a rule reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applies {
    SignIns,
    Audits,
    Both,
    /// A rule for another log (Windows, PIM alerts, Azure activity…): listed, never run.
    Neither,
}

impl Applies {
    pub fn reads(self, log: Log) -> bool {
        matches!((self, log), (Applies::Both, _) | (Applies::SignIns, Log::SignIns) | (Applies::Audits, Log::Audits))
    }

    pub fn label(self) -> &'static str {
        match self {
            Applies::SignIns => "sign-ins",
            Applies::Audits => "audit log",
            Applies::Both => "sign-ins and audit log",
            Applies::Neither => "none of the loaded logs",
        }
    }

    fn union(self, other: Applies) -> Applies {
        match (self, other) {
            (Applies::Neither, x) | (x, Applies::Neither) => x,
            (a, b) if a == b => a,
            _ => Applies::Both,
        }
    }
}

/// A loaded rule, as the Rules panel and the findings describe it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct RuleInfo {
    pub file: String,
    /// The rule's `id`, else `<file>#<n>`: what findings name it by (`sigma:<key>`).
    pub key: String,
    pub title: String,
    /// `informational`, `low`, `medium`, `high` or `critical` (`medium` when not given).
    pub level: String,
    pub status: String,
    pub author: String,
    pub description: String,
    pub applies: Applies,
    /// `detection`, or the correlation type (`event_count`, `value_count`, `temporal`…).
    pub kind: String,
    /// `product / service` of the rule's logsource.
    pub logsource: String,
}

/// Why (part of) a rule file could not be used.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based line in the file, when known.
    pub line: Option<u32>,
    pub message: String,
}

impl Problem {
    /// `file: line 12: message`.
    pub fn text(&self) -> String {
        match self.line {
            Some(l) => format!("{}: line {l}: {}", self.file, self.message),
            None => format!("{}: {}", self.file, self.message),
        }
    }
}

/// The loaded rules.
#[derive(Clone, Default)]
pub struct RuleSet {
    pub rules: Vec<RuleInfo>,
    pub problems: Vec<Problem>,
    /// The files read, in order.
    pub files: Vec<String>,
    detections: Vec<(usize, SigmaRule)>,
    correlations: Vec<(usize, CorrelationRule)>,
    fields: FieldMap,
}

/// Two rule sets are equal when they were read from the same files with the same outcome.
impl PartialEq for RuleSet {
    fn eq(&self, other: &Self) -> bool {
        self.files == other.files && self.rules == other.rules && self.problems == other.problems
    }
}

impl std::fmt::Debug for RuleSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuleSet").field("rules", &self.rules).field("problems", &self.problems).finish()
    }
}

/// One match: a record a detection rule matched, or a correlation rule's firing.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Index into [`RuleSet::rules`].
    pub rule: usize,
    /// The records: one for a detection, the referenced ones for a correlation.
    pub rows: Vec<(Log, u32)>,
    /// Matched fields as (field, value) (detections).
    pub matched: Vec<(String, String)>,
    /// Correlations: the group-by values, the aggregated value and the window (s).
    pub group: Vec<(String, String)>,
    pub value: Option<f64>,
    pub window_secs: u64,
}

/// The 1-based line range of the YAML document of `text` whose `title:` is `title` (the
/// whole text when there is one document or none matches).
fn doc_of(text: &str, title: &str) -> (usize, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let starts: Vec<usize> = std::iter::once(0)
        .chain(lines.iter().enumerate().filter(|(_, l)| l.starts_with("---")).map(|(i, _)| i + 1))
        .collect();
    for (k, &a) in starts.iter().enumerate() {
        let b = starts.get(k + 1).copied().unwrap_or(lines.len());
        let has = lines.get(a..b).unwrap_or(&[]).iter().any(|l| {
            l.strip_prefix("title:").is_some_and(|t| t.trim().trim_matches(|c| c == '"' || c == '\'') == title)
        });
        if has {
            return (a, b);
        }
    }
    (0, lines.len())
}

/// The first 1-based line within `doc` where `needle` is a YAML key (`needle:` or `needle|`).
fn line_in(text: &str, doc: (usize, usize), needle: &str) -> Option<u32> {
    text.lines().enumerate().skip(doc.0).take(doc.1.saturating_sub(doc.0)).find_map(|(i, l)| {
        let t = l.trim_start().trim_start_matches("- ");
        (t.starts_with(needle) && matches!(t[needle.len()..].chars().next(), Some(':' | '|'))).then_some(i as u32 + 1)
    })
}

/// The first 1-based line of `text` that contains `needle`.
fn line_containing(text: &str, needle: &str) -> Option<u32> {
    (!needle.is_empty()).then(|| text.lines().position(|l| l.contains(needle)).map(|i| i as u32 + 1)).flatten()
}

/// A quoted word in a parser message (`Unknown modifier 'x'` → `x`).
fn quoted(m: &str) -> Option<&str> {
    let a = m.find('\'')?;
    let b = m[a + 1..].find('\'')?;
    Some(&m[a + 1..a + 1 + b])
}

/// "line 12" in a parser message.
fn line_in_message(m: &str) -> Option<u32> {
    let i = m.find("line ")?;
    m[i + 5..].split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

fn level_name(l: Option<Level>) -> String {
    l.map_or("medium", |l| l.as_str()).to_owned()
}

/// Which logs a logsource reads: Entra sign-ins (`signinlogs`; `riskdetection` rules match
/// the risk event types recorded on sign-ins) or audits (`auditlogs`); a rule without product
/// and service reads both.
fn applies(product: Option<&str>, service: Option<&str>) -> Applies {
    let product_ok = product.is_none_or(|p| p.eq_ignore_ascii_case("azure") || p.eq_ignore_ascii_case("entra"));
    match (product_ok, service.map(str::to_ascii_lowercase).as_deref()) {
        (false, _) => Applies::Neither,
        (true, None) => Applies::Both,
        (true, Some("signinlogs" | "riskdetection" | "signin" | "signins")) => Applies::SignIns,
        (true, Some("auditlogs" | "audit")) => Applies::Audits,
        (true, Some(_)) => Applies::Neither,
    }
}

/// Field names a detection uses (and the unsupported constructs it has).
fn walk(d: &Detection, names: &mut Vec<String>, unsupported: &mut Vec<String>) {
    match d {
        Detection::AllOf(items) => {
            for it in items {
                if let Some(n) = &it.field.name {
                    names.push(n.clone());
                }
                if it.field.modifiers.contains(&Modifier::Expand) {
                    unsupported.push(format!(
                        "the |expand modifier (placeholders) is not supported{}",
                        it.field.name.as_ref().map(|n| format!(" (field `{n}`)")).unwrap_or_default()
                    ));
                }
                if it.field.modifiers.contains(&Modifier::FieldRef) {
                    names.extend(it.values.iter().map(|v| v.to_string()));
                }
            }
        }
        Detection::AnyOf(ds) | Detection::And(ds) => ds.iter().for_each(|d| walk(d, names, unsupported)),
        Detection::Keywords(_) => {}
        Detection::ArrayMatch { field, .. } => {
            unsupported.push(format!("array object-scope blocks (`{field}[any]` / `[all]`) are not supported"))
        }
        Detection::Conditional { named, .. } => named.values().for_each(|d| walk(d, names, unsupported)),
    }
}

impl RuleSet {
    /// Reads rule files: (file name, text). Never fails: what cannot be used is a [`Problem`].
    pub fn load(files: &[(String, String)]) -> RuleSet {
        let mut set = RuleSet::default();
        let mut field_names: Vec<String> = Vec::new();
        let mut pending: Vec<(String, String, CorrelationRule)> = Vec::new();
        for (file, text) in files {
            set.files.push(file.clone());
            set.load_file(file, text, &mut field_names, &mut pending);
        }
        for (file, text, c) in pending {
            set.add_correlation(&file, &text, c, &mut field_names);
        }
        set.fields = FieldMap::new(field_names.iter().map(String::as_str));
        set.check_correlations();
        set
    }

    /// True when no rule can run.
    pub fn is_empty(&self) -> bool {
        self.detections.is_empty() && self.correlations.is_empty()
    }

    fn problem(&mut self, file: &str, line: Option<u32>, message: impl Into<String>) {
        self.problems.push(Problem { file: file.to_owned(), line, message: message.into() });
    }

    fn load_file(
        &mut self,
        file: &str,
        text: &str,
        names: &mut Vec<String>,
        pending: &mut Vec<(String, String, CorrelationRule)>,
    ) {
        let col = match parse_sigma_yaml(text) {
            Ok(c) => c,
            Err(e) => {
                let m = e.to_string();
                self.problem(file, line_in_message(&m), m);
                return;
            }
        };
        if !col.errors.is_empty() {
            // The parser's messages carry no position; the linter's spans give the line.
            let lint: Vec<_> = lint_yaml_str(text)
                .into_iter()
                .filter(|w| w.severity == rsigma_parser::lint::Severity::Error)
                .collect();
            for (i, e) in col.errors.iter().enumerate() {
                let line = line_in_message(e)
                    .or_else(|| {
                        quoted(e)
                            .and_then(|w| line_containing(text, &format!("|{w}")).or_else(|| line_containing(text, w)))
                    })
                    .or_else(|| lint.get(i).or(lint.first()).and_then(|w| w.span).map(|s| s.start_line + 1));
                self.problem(file, line, e.clone());
            }
        }
        if col.rules.is_empty() && col.correlations.is_empty() && col.errors.is_empty() {
            self.problem(file, None, "no Sigma rule in this file (a rule needs title, logsource and detection)");
        }
        for (n, rule) in col.rules.into_iter().enumerate() {
            self.add_detection(file, text, n, rule, names);
        }
        for c in col.correlations {
            pending.push((file.to_owned(), text.to_owned(), c));
        }
    }

    fn unique_key(&mut self, file: &str, line: Option<u32>, id: Option<&str>, n: usize) -> Option<String> {
        let key = id.map(str::to_owned).unwrap_or_else(|| format!("{file}#{}", n + 1));
        if let Some(other) = self.rules.iter().find(|r| r.key == key) {
            let m = format!("rule id {key} was already loaded from {}; this copy is skipped", other.file);
            self.problem(file, line, m);
            return None;
        }
        Some(key)
    }

    fn add_detection(&mut self, file: &str, text: &str, n: usize, mut rule: SigmaRule, names: &mut Vec<String>) {
        let doc = doc_of(text, &rule.title);
        let title_line = line_in(text, doc, "title");
        let Some(key) = self.unique_key(file, title_line, rule.id.as_deref(), n) else { return };
        rule.id = Some(key.clone());
        if let Err(e) = rsigma_eval::compile_rule(&rule) {
            self.problem(file, title_line, format!("rule “{}”: {e}", rule.title));
            return;
        }
        let (mut used, mut unsupported) = (Vec::new(), Vec::new());
        for d in rule.detection.named.values() {
            walk(d, &mut used, &mut unsupported);
        }
        if let Some(u) = unsupported.first() {
            self.problem(file, title_line, format!("rule “{}”: {u}; the rule is not run", rule.title));
            return;
        }
        let ls = &rule.logsource;
        let applies = applies(ls.product.as_deref(), ls.service.as_deref());
        if applies == Applies::Neither {
            self.problem(
                file,
                line_in(text, doc, "logsource"),
                format!(
                    "rule “{}” is for {} logs; Lantern reads Entra ID sign-in and audit logs, so it is listed but not run",
                    rule.title,
                    logsource_text(ls.product.as_deref(), ls.service.as_deref(), ls.category.as_deref())
                ),
            );
        } else {
            self.lint_fields(file, text, doc, &rule.title, applies, &used);
        }
        names.extend(used);
        self.rules.push(RuleInfo {
            file: file.to_owned(),
            key,
            title: rule.title.clone(),
            level: level_name(rule.level),
            status: rule.status.map(|s| format!("{s:?}").to_lowercase()).unwrap_or_default(),
            author: rule.author.clone().unwrap_or_default(),
            description: rule.description.clone().unwrap_or_default(),
            applies,
            kind: "detection".into(),
            logsource: logsource_text(ls.product.as_deref(), ls.service.as_deref(), ls.category.as_deref()),
        });
        if applies != Applies::Neither {
            self.detections.push((self.rules.len() - 1, rule));
        }
    }

    /// A problem for each field the rule's logs cannot answer (the rule still runs; those
    /// items never match).
    fn lint_fields(
        &mut self,
        file: &str,
        text: &str,
        doc: (usize, usize),
        title: &str,
        applies: Applies,
        used: &[String],
    ) {
        let mut seen = HashSet::new();
        for f in used.iter().filter(|f| seen.insert(f.as_str())) {
            let logs: Vec<Log> = [Log::SignIns, Log::Audits].into_iter().filter(|&l| applies.reads(l)).collect();
            let res: Vec<Resolution> = logs.iter().map(|&l| fields::resolve(l, f)).collect();
            if res.iter().any(|r| matches!(r, Resolution::Mapped(_))) {
                continue;
            }
            let why = if res.contains(&Resolution::Absent) {
                "is not carried by any export Lantern reads"
            } else {
                "is not mapped to Lantern's model (see the README's Sigma field table)"
            };
            let m = format!("rule “{title}”: field `{f}` {why}; conditions on it never match");
            self.problem(file, line_in(text, doc, f), m);
        }
    }

    fn add_correlation(&mut self, file: &str, text: &str, mut c: CorrelationRule, names: &mut Vec<String>) {
        let doc = doc_of(text, &c.title);
        let title_line = line_in(text, doc, "title");
        let Some(key) = self.unique_key(file, title_line, c.id.as_deref(), self.rules.len()) else { return };
        c.id = Some(key.clone());
        let mut apply = Applies::Neither;
        for r in &c.rules {
            match self
                .detections
                .iter()
                .find(|(i, d)| d.id.as_deref() == Some(r) || d.name.as_deref() == Some(r) || self.rules[*i].key == *r)
            {
                Some((i, _)) => apply = apply.union(self.rules[*i].applies),
                None => {
                    let m =
                        format!("correlation “{}” refers to rule {r:?}, which is not loaded; it is not run", c.title);
                    self.problem(file, line_in(text, doc, "rules"), m);
                    return;
                }
            }
        }
        names.extend(c.group_by.iter().cloned());
        self.lint_fields(file, text, doc, &c.title, apply, &c.group_by);
        self.rules.push(RuleInfo {
            file: file.to_owned(),
            key,
            title: c.title.clone(),
            level: level_name(c.level),
            status: c.status.map(|s| format!("{s:?}").to_lowercase()).unwrap_or_default(),
            author: c.author.clone().unwrap_or_default(),
            description: c.description.clone().unwrap_or_default(),
            applies: apply,
            kind: format!("{:?}", c.correlation_type).chars().fold(String::new(), |mut s, ch| {
                if ch.is_uppercase() && !s.is_empty() {
                    s.push('_');
                }
                s.push(ch.to_ascii_lowercase());
                s
            }),
            logsource: "correlation".into(),
        });
        self.correlations.push((self.rules.len() - 1, c));
    }

    /// Builds the correlation engine once, so that a correlation it refuses is a problem at
    /// load time, not a silent gap at run time.
    fn check_correlations(&mut self) {
        let mut bad = Vec::new();
        let mut engine = correlation_engine();
        for (_, d) in &self.detections {
            let _ = engine.add_rule(d);
        }
        for (k, (i, c)) in self.correlations.iter().enumerate() {
            if let Err(e) = engine.add_correlation(c) {
                bad.push((k, *i, e.to_string()));
            }
        }
        for (k, i, e) in bad.into_iter().rev() {
            self.correlations.remove(k);
            let r = self.rules[i].clone();
            self.problem(&r.file, None, format!("correlation “{}”: {e}; it is not run", r.title));
        }
    }

    /// Rule indices with hits… (see [`run`]); the rules that apply to `log`.
    fn engine(&self, log: Log) -> Engine {
        let mut e = Engine::new();
        e.set_match_detail(MatchDetailLevel::Off);
        let rules: Vec<&SigmaRule> =
            self.detections.iter().filter(|(i, _)| self.rules[*i].applies.reads(log)).map(|(_, r)| r).collect();
        let _ = e.add_rules(rules);
        e
    }

    /// Keys of detection rules that only feed correlations (`generate: false`): their own
    /// matches are not reported.
    fn correlation_only(&self) -> HashSet<String> {
        let mut out = HashSet::new();
        for (_, c) in self.correlations.iter().filter(|(_, c)| !c.generate) {
            for r in &c.rules {
                if let Some((_, d)) =
                    self.detections.iter().find(|(_, d)| d.id.as_deref() == Some(r) || d.name.as_deref() == Some(r))
                {
                    out.extend(d.id.clone());
                }
            }
        }
        out
    }
}

fn logsource_text(product: Option<&str>, service: Option<&str>, category: Option<&str>) -> String {
    let parts: Vec<&str> = [product, category, service].into_iter().flatten().collect();
    if parts.is_empty() { "any".into() } else { parts.join(" / ") }
}

fn correlation_engine() -> CorrelationEngine {
    let config = CorrelationConfig {
        // Never the wall clock: every event is fed with its own time.
        timestamp_fallback: TimestampFallback::Skip,
        emit_detections: false,
        correlation_event_mode: CorrelationEventMode::Refs,
        max_correlation_events: 1000,
        ..CorrelationConfig::default()
    };
    CorrelationEngine::new(config)
}

/// The records of `log` in time order (records without a time first).
fn order(ds: &Dataset, log: Log) -> Vec<(i64, Log, u32)> {
    let (t, col) = match log {
        Log::SignIns => (&ds.signins.table, S::Time as usize),
        Log::Audits => (&ds.audits.table, A::Time as usize),
    };
    (0..t.len() as u32).map(|r| (t.time(col, r as usize), log, r)).collect()
}

/// Evaluates every rule on the records of the logs it applies to; correlations over the
/// records in time order (sign-ins and audit events interleaved). Hits come in record order.
pub fn run(ds: &Dataset, set: &RuleSet) -> Vec<Hit> {
    if set.is_empty() {
        return Vec::new();
    }
    let engines = [(Log::SignIns, set.engine(Log::SignIns)), (Log::Audits, set.engine(Log::Audits))];
    let mut corr = (!set.correlations.is_empty()).then(|| {
        let mut e = correlation_engine();
        for (_, d) in &set.detections {
            let _ = e.add_rule(d);
        }
        for (_, c) in &set.correlations {
            let _ = e.add_correlation(c);
        }
        e
    });
    let quiet = set.correlation_only();
    let mut steps: HashMap<u128, Vec<u32>> = HashMap::new();
    for (i, &req) in ds.steps.request.iter().enumerate().filter(|(_, q)| **q != 0) {
        steps.entry(req).or_default().push(i as u32);
    }
    let mut events = order(ds, Log::SignIns);
    events.extend(order(ds, Log::Audits));
    events.sort_by_key(|e| (e.0, e.1 == Log::Audits, e.2));
    let mut hits = Vec::new();
    let mut detail: HashMap<(usize, u32), u8> = HashMap::new();
    let index: HashMap<&str, usize> = set.rules.iter().enumerate().map(|(i, r)| (r.key.as_str(), i)).collect();
    for (t, log, row) in events {
        let Some((_, engine)) = engines.iter().find(|(l, _)| *l == log) else { continue };
        let ev = RowEvent { ds, log, row: row as usize, fields: &set.fields, steps: &steps };
        let dets = engine.evaluate(&ev);
        if dets.is_empty() {
            continue;
        }
        let results = match corr.as_mut() {
            Some(c) if t != NO_TIME => c.process_with_detections(&ev, dets, t.div_euclid(1000)),
            _ => dets,
        };
        // A detection rule that only feeds correlations (`generate: false`) reports nothing itself.
        let shown =
            |r: &EvaluationResult| !r.is_detection() || r.header.rule_id.as_ref().is_none_or(|id| !quiet.contains(id));
        for r in results.into_iter().filter(shown) {
            // The matched fields of a few hits per rule and subject are enough for the
            // why-sentence; the rest keep only their record.
            let who = match log {
                Log::SignIns => ds.signins.table.sym(S::Upn as usize, row as usize).0,
                Log::Audits => ds.audits.table.sym(A::ActorUpn as usize, row as usize).0,
            };
            let Some(&rule) = r.header.rule_id.as_deref().and_then(|id| index.get(id)) else { continue };
            let seen = detail.entry((rule, who)).or_insert(0u8);
            *seen = seen.saturating_add(1);
            hits.push(hit(rule, r, log, row, *seen <= 3));
        }
    }
    hits
}

fn text_of(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn hit(rule: usize, r: EvaluationResult, log: Log, row: u32, with_fields: bool) -> Hit {
    match r.body {
        ResultBody::Detection(d) => Hit {
            rule,
            rows: vec![(log, row)],
            matched: if with_fields {
                d.matched_fields.iter().map(|m| (m.field.clone(), text_of(&m.value))).collect()
            } else {
                Vec::new()
            },
            group: Vec::new(),
            value: None,
            window_secs: 0,
        },
        ResultBody::Correlation(c) => {
            let mut rows: Vec<(Log, u32)> = c
                .event_refs
                .unwrap_or_default()
                .iter()
                .filter_map(|e| {
                    let id = e.id.as_deref()?;
                    let (k, n) = id.split_at(1);
                    let log = if k == "s" { Log::SignIns } else { Log::Audits };
                    Some((log, n.parse().ok()?))
                })
                .collect();
            if rows.is_empty() {
                rows.push((log, row));
            }
            Hit {
                rule,
                rows,
                matched: Vec::new(),
                group: c.group_key,
                value: Some(c.aggregated_value),
                window_secs: c.timespan_secs,
            }
        }
    }
}

/// True for a file name Lantern reads as Sigma rules (`.yml`, `.yaml`).
pub fn is_rule_file(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.ends_with(".yml") || n.ends_with(".yaml")
}

/// The rule files in a dropped file: itself when it is YAML, its `.yml` / `.yaml` members
/// when it is a zip archive (`archive.zip › member.yml`), nothing otherwise. Text is read as
/// UTF-8 (invalid bytes replaced).
pub fn rule_files(name: &str, bytes: &[u8]) -> Vec<(String, String)> {
    if bytes.starts_with(b"PK\x03\x04") {
        return zip_members(bytes)
            .into_iter()
            .filter(|(m, _)| is_rule_file(m))
            .map(|(m, b)| (format!("{name} › {m}"), String::from_utf8_lossy(&b).into_owned()))
            .collect();
    }
    if is_rule_file(name) { vec![(name.to_owned(), String::from_utf8_lossy(bytes).into_owned())] } else { Vec::new() }
}

/// The members of a zip archive (stored or deflated), read through its central directory;
/// members that cannot be read are skipped.
fn zip_members(b: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Read;
    let u16_at = |i: usize| b.get(i..i + 2).map(|s| u16::from_le_bytes([s[0], s[1]]) as usize);
    let u32_at = |i: usize| b.get(i..i + 4).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize);
    let Some(eocd) = (0..b.len().saturating_sub(21)).rev().take(65_557).find(|&i| b[i..].starts_with(b"PK\x05\x06"))
    else {
        return Vec::new();
    };
    let (Some(count), Some(mut at)) = (u16_at(eocd + 10), u32_at(eocd + 16)) else { return Vec::new() };
    let mut out = Vec::new();
    for _ in 0..count {
        if !b.get(at..).is_some_and(|s| s.starts_with(b"PK\x01\x02")) {
            break;
        }
        let (Some(method), Some(csize), Some(nlen), Some(xlen), Some(clen), Some(local)) =
            (u16_at(at + 10), u32_at(at + 20), u16_at(at + 28), u16_at(at + 30), u16_at(at + 32), u32_at(at + 42))
        else {
            break;
        };
        let name = b.get(at + 46..at + 46 + nlen).map(|n| String::from_utf8_lossy(n).into_owned()).unwrap_or_default();
        at += 46 + nlen + xlen + clen;
        let (Some(lnlen), Some(lxlen)) = (u16_at(local + 26), u16_at(local + 28)) else { continue };
        let start = local + 30 + lnlen + lxlen;
        let Some(data) = b.get(start..start + csize) else { continue };
        let bytes = match method {
            0 => data.to_vec(),
            8 => {
                let mut v = Vec::new();
                if flate2::read::DeflateDecoder::new(data).read_to_end(&mut v).is_err() {
                    continue;
                }
                v
            }
            _ => continue,
        };
        if !name.ends_with('/') {
            out.push((name, bytes));
        }
    }
    out
}

/// True when a zip archive holds Sigma rules and no log exports (members ending in `.yml` /
/// `.yaml`, none that the log reader would take: `.csv`, `.json`, `.ndjson`, `.jsonl`,
/// `.log`, `.txt`, `.gz`).
pub fn is_rule_zip(bytes: &[u8]) -> bool {
    let members = zip_members(bytes);
    let logs = [".csv", ".json", ".ndjson", ".jsonl", ".log", ".txt", ".gz"];
    members.iter().any(|(m, _)| is_rule_file(m))
        && !members.iter().any(|(m, _)| logs.iter().any(|e| m.to_ascii_lowercase().ends_with(e)))
}
