//! `sigma`: the person's own Sigma rules ([`crate::core::sigma`]), run beside the built-in
//! rules. A detection rule's matches become one finding per rule, subject (the user of a
//! sign-in, the actor of an audit event) and day-long episode; a correlation rule's firing is
//! one finding. The severity is the rule's `level`; the why-sentence names the rule, its file
//! and author (the Detection Rule License asks for the author beside matches) and the matched
//! fields.

use hashbrown::HashMap;

use crate::core::{
    detect::{
        DetectConfig, Finding, Severity,
        audit::actor,
        ctx::Ctx,
        rule::{Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::DAY_MS,
        text::{hm, list, plural},
    },
    kql::hunt::Hunt,
    model::{Log, NO_TIME},
    sigma::{self, Hit, RuleInfo},
};

pub struct Sigma;

pub struct Params;

impl Rule for Sigma {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::Sigma,
        title: "Your Sigma rules",
        description: "Sigma rules you load beside the logs (SigmaHQ's Azure rules or your own), evaluated in the tab by rsigma; their matches appear as “Sigma: <title>” findings with the rule's level.",
        mitre: &[],
        severity: "the rule's level (informational → Info … critical → Critical; medium when not given)",
        config: &[],
        reads: Reads::Both,
        needs: Needs::Nothing,
        source: "the Sigma specification (sigmahq.io) and the rules you load",
        lookback_days: 1,
    };

    fn params(_: &DetectConfig) -> Params {
        Params
    }

    fn thresholds(_: &Params) -> String {
        "each rule's detection and condition as written (correlations: their group-by, timespan and condition); field \
         names read through Lantern's Sigma field table"
            .into()
    }

    fn run(_: &Params, cx: &Ctx, out: &mut Out) {
        let Some(set) = cx.sigma else { return };
        let hits = sigma::run(cx.ds, set);
        // (rule, subject, correlation?) → hits, in first-seen order; a subject is a number
        // (the sign-in's subject, the audit actor's string symbol, a correlation's group)
        // so that a million hits cost no string each.
        let mut groups: HashMap<(usize, Subj), Vec<Hit>> = HashMap::new();
        let mut order: Vec<(usize, Subj)> = Vec::new();
        let mut group_names: Vec<String> = Vec::new();
        for h in hits {
            let k = (h.rule, subject_key(cx, &h, &mut group_names));
            let v = groups.entry(k).or_insert_with(|| {
                order.push(k);
                Vec::new()
            });
            v.push(h);
        }
        for k in order {
            let hits = groups.remove(&k).unwrap_or_default();
            let rule = &set.rules[k.0];
            let name = match k.1 {
                Subj::Group(i) => group_names.get(i as usize).cloned().unwrap_or_default(),
                _ => subject(cx, &hits[0]),
            };
            let k = (k.0, name, matches!(k.1, Subj::Group(_)));
            if k.2 {
                // A correlation fires again on every further event in its window: one finding
                // per run of firings, with every record they kept.
                let gap = hits[0].window_secs as i64 * 1000;
                for run in runs(cx, hits, gap) {
                    let f = correlation(cx, rule, &run);
                    out.add_finding(&format!("{}-{}", rule.key, k.1), first_time(cx, &run[0]), f);
                }
            } else {
                for ep in runs(cx, hits, DAY_MS) {
                    let f = detection(cx, rule, &k.1, &ep);
                    out.add_finding(&format!("{}-{}", rule.key, k.1), first_time(cx, &ep[0]), f);
                }
            }
        }
        if !set.problems.is_empty() {
            out.note(
                format!(
                    "{} in the loaded Sigma rules (see the Rules panel): {}.",
                    plural(set.problems.len(), "problem", "problems"),
                    list(&set.problems.iter().map(|p| p.text()).collect::<Vec<_>>(), 3)
                ),
                Vec::new(),
            );
        }
    }

    fn hunting(_: &Params, h: &mut Hunt) {
        // The rule's text is the person's; its query comes from Sigma's own converter.
        h.signins(&[]);
        h.line("// Sigma rules run in Lantern as written. To hunt with one in Sentinel or Log Analytics, convert it\n// with pySigma's Kusto backend: `sigma convert -t kusto -p azure_monitor <rule.yml>`.\n// This query only opens the sign-in tables over the finding's days.\nsignins\n| take 0");
    }
}

fn time_of(cx: &Ctx, (log, r): (Log, u32)) -> i64 {
    if log == Log::SignIns { cx.st(r) } else { cx.at(r) }
}

fn first_time(cx: &Ctx, h: &Hit) -> i64 {
    h.rows.iter().map(|&x| time_of(cx, x)).filter(|&t| t != NO_TIME).min().unwrap_or(0)
}

/// The subject of a hit, as a number.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Subj {
    SignIn(u32),
    /// A sign-in without a subject: its IP index.
    Ip(u32),
    /// The audit actor's UPN symbol (else the actor's symbol).
    Actor(u32),
    /// A correlation group (index into the group names).
    Group(u32),
}

fn subject_key(cx: &Ctx, h: &Hit, names: &mut Vec<String>) -> Subj {
    if h.value.is_some() {
        let g = group_text(h);
        let i = names.iter().position(|n| *n == g).unwrap_or_else(|| {
            names.push(g);
            names.len() - 1
        });
        return Subj::Group(i as u32);
    }
    match h.rows.first() {
        Some(&(Log::SignIns, r)) if cx.subj(r) != crate::core::detect::ctx::NONE => Subj::SignIn(cx.subj(r)),
        Some(&(Log::SignIns, r)) => Subj::Ip(cx.ip[r as usize]),
        Some(&(Log::Audits, r)) => {
            let t = &cx.ds.audits.table;
            let upn = t.sym(crate::core::model::AuditField::ActorUpn as usize, r as usize);
            let s = if upn.is_empty() { t.sym(crate::core::model::AuditField::Actor as usize, r as usize) } else { upn };
            Subj::Actor(s.0)
        }
        None => Subj::Group(u32::MAX),
    }
}

/// Who a detection hit is about: the sign-in's user (else its IP), the audit event's actor.
fn subject(cx: &Ctx, h: &Hit) -> String {
    let Some(&(log, r)) = h.rows.first() else { return String::new() };
    match log {
        Log::SignIns => {
            let who = cx.who(r);
            if who.is_empty() { cx.ip_text(r).to_owned() } else { who.to_owned() }
        }
        Log::Audits => actor(cx, r),
    }
}

/// Runs of hits whose times are within `gap_ms` of the previous one (untimed hits: one run).
fn runs(cx: &Ctx, mut hits: Vec<Hit>, gap_ms: i64) -> Vec<Vec<Hit>> {
    let last_time = |h: &Hit| h.rows.iter().map(|&x| time_of(cx, x)).max().unwrap_or(0);
    hits.sort_by_key(|h| first_time(cx, h));
    let mut out: Vec<Vec<Hit>> = Vec::new();
    let mut last = i64::MIN;
    for h in hits {
        let t = first_time(cx, &h);
        let end = last_time(&h);
        match out.last_mut() {
            Some(cur) if t.saturating_sub(last) <= gap_ms => cur.push(h),
            _ => out.push(vec![h]),
        }
        last = last.max(end);
    }
    out
}

fn severity(level: &str) -> Severity {
    match level {
        "informational" => Severity::Info,
        "low" => Severity::Low,
        "high" => Severity::High,
        "critical" => Severity::Critical,
        _ => Severity::Medium,
    }
}

fn by(rule: &RuleInfo) -> String {
    let author = if rule.author.is_empty() { String::new() } else { format!("; author {}", rule.author) };
    format!("“{}” ({}, level {}{author})", rule.title, rule.file, rule.level)
}

fn base(cx: &Ctx, rule: &RuleInfo, rows: &[(Log, u32)]) -> Finding {
    let mut signins: Vec<u32> = rows.iter().filter(|x| x.0 == Log::SignIns).map(|x| x.1).collect();
    let mut audits: Vec<u32> = rows.iter().filter(|x| x.0 == Log::Audits).map(|x| x.1).collect();
    signins.sort_by_key(|&r| (cx.st(r), r));
    signins.dedup();
    audits.sort_by_key(|&r| (cx.at(r), r));
    audits.dedup();
    let times: Vec<i64> = rows.iter().map(|&x| time_of(cx, x)).filter(|&t| t != NO_TIME).collect();
    let mut ips: Vec<String> = Vec::new();
    for &r in &signins {
        let ip = cx.ip_text(r);
        if !ip.is_empty() && !ips.iter().any(|x| x == ip) {
            ips.push(ip.to_owned());
        }
    }
    Finding {
        rule: RuleId::Sigma,
        key: String::new(),
        severity: severity(&rule.level),
        title: String::new(),
        why: String::new(),
        thresholds: "".into(),
        next_steps: if rule.description.is_empty() {
            "Read the rule's description and false-positive notes in its file, then check the evidence rows.".into()
        } else {
            format!("The rule says: {}", rule.description.trim())
        },
        users: Vec::new(),
        ips,
        first_ms: times.iter().copied().min().unwrap_or(0),
        last_ms: times.iter().copied().max().unwrap_or(0),
        signins,
        audits,
        parts: Vec::new(),
        sigma: Some(rule.key.clone()),
    }
}

fn detection(cx: &Ctx, rule: &RuleInfo, subject: &str, hits: &[Hit]) -> Finding {
    let rows: Vec<(Log, u32)> = hits.iter().flat_map(|h| h.rows.iter().copied()).collect();
    let mut f = base(cx, rule, &rows);
    let what = match rows.first().map(|x| x.0) {
        Some(Log::Audits) => plural(rows.len(), "audit event", "audit events"),
        _ => plural(rows.len(), "sign-in", "sign-ins"),
    };
    let mut matched: Vec<String> = Vec::new();
    for (field, value) in hits.iter().flat_map(|h| h.matched.iter()) {
        let m = format!("{field} = {}", value.chars().take(80).collect::<String>());
        if !matched.contains(&m) {
            matched.push(m);
        }
    }
    f.title = format!("Sigma: {} — {}", rule.title, if subject.is_empty() { "unknown" } else { subject });
    f.why = format!(
        "{what} of {} matched the Sigma rule {} {}{}.",
        if subject.is_empty() { "an unknown subject" } else { subject },
        by(rule),
        if f.first_ms == f.last_ms { format!("at {}", hm(f.first_ms)) } else { format!("between {} and {}", hm(f.first_ms), hm(f.last_ms)) },
        if matched.is_empty() { String::new() } else { format!("; matched: {}", list(&matched, 5)) }
    );
    f.users = if subject.is_empty() { Vec::new() } else { vec![subject.to_owned()] };
    f
}

fn group_text(h: &Hit) -> String {
    h.group.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(", ")
}

fn correlation(cx: &Ctx, rule: &RuleInfo, run: &[Hit]) -> Finding {
    let rows: Vec<(Log, u32)> = run.iter().flat_map(|h| h.rows.iter().copied()).collect();
    let mut f = base(cx, rule, &rows);
    let h = &run[0];
    let peak = run.iter().filter_map(|h| h.value).fold(f64::MIN, f64::max);
    let group = group_text(h);
    f.title = format!("Sigma: {}{}", rule.title, if group.is_empty() { String::new() } else { format!(" — {group}") });
    f.why = format!(
        "The Sigma correlation {} ({}) fired {}: up to {peak} within {} s{}; {} kept as evidence, {} to {}.",
        by(rule),
        rule.kind,
        plural(run.len(), "time", "times"),
        h.window_secs,
        if group.is_empty() { String::new() } else { format!(" for {group}") },
        plural(f.signins.len() + f.audits.len(), "record", "records"),
        hm(f.first_ms),
        hm(f.last_ms)
    );
    let mut users: Vec<String> = f.signins.iter().map(|&r| cx.who(r).to_owned()).filter(|u| !u.is_empty()).collect();
    users.sort();
    users.dedup();
    f.users = users;
    f
}
