//! `actor_first_activity`: the first time an actor performs a role, application, policy or
//! directory-management activity it never performed in the learning window.

use hashbrown::HashMap;

use crate::core::{
    detect::{
        DetectConfig, Severity,
        audit::{activity, actor, base, by, principal, success},
        ctx::Ctx,
        rule::{Allow, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::DAY_MS,
        text::hm,
    },
    kql::hunt::Hunt,
    model::AuditField as A,
};

pub struct ActorFirstActivity;

pub struct Params {
    pub learning_days: u32,
    pub allow: Allow,
}

const WATCHED_CATEGORIES: &[&str] = &["rolemanagement", "applicationmanagement", "policy", "directorymanagement"];

impl Rule for ActorFirstActivity {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::ActorFirstActivity,
        title: "First time this actor did this",
        description: "An actor performed a role, application, policy or directory management activity it never performed before in the learning window.",
        mitre: &["T1098", "T1078"],
        severity: "Low",
        config: &["learning_days", "allow_users"],
        reads: Reads::Audits,
        needs: Needs::Time,
        source: "the unseen-versus-baseline pattern of Sentinel's rare-consent and new-role rules (AU1, A1)",
        lookback_days: 15,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params { learning_days: cfg.learning_days, allow: Allow::none().users(cfg) }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "(actor, activity) unseen in the previous {} days; categories RoleManagement, ApplicationManagement, Policy, \
             DirectoryManagement; judged only where the loaded audit log covers those {} days without a gap{}",
            p.learning_days,
            p.learning_days,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let learn_ms = p.learning_days as i64 * DAY_MS;
        // Events that would be "first" but lie where the log does not cover the look-back:
        // (count, actors, the most days covered).
        let mut unjudged: (u32, Vec<String>, i64) = (0, Vec::new(), 0);
        let mut seen: HashMap<(String, String), i64> = HashMap::new();
        let mut actor_last: HashMap<String, i64> = HashMap::new();
        for &r in &cx.audits_by_time {
            let who = actor(cx, r).to_lowercase();
            if who.is_empty() {
                continue;
            }
            let (t, a) = (cx.at(r), activity(cx, r));
            let before = seen.insert((who.clone(), a.clone()), t);
            let acted_before = actor_last.insert(who.clone(), t).is_some_and(|t0| t - t0 <= learn_ms);
            let cat = cx.a(r, A::Category).to_lowercase();
            // Consent has its own rule; a PIM self-activation is the routine use of an eligible role.
            let routine = a.contains("consent to application") || (a.contains("pim activation") && principal(cx, r).eq_ignore_ascii_case(&who));
            if routine || !success(cx, r) || !WATCHED_CATEGORIES.contains(&cat.as_str()) || cx.upn_allowed(&who) {
                continue;
            }
            if before.is_some_and(|t0| t - t0 <= learn_ms) {
                continue;
            }
            let name = actor(cx, r);
            // The loaded log must cover the whole look-back before this event for "first" to
            // mean something (two files two years apart cover two short spans, not the gap).
            let covered = t - cx.audit_covered_since(t).unwrap_or(t);
            if covered < learn_ms {
                unjudged.0 += 1;
                if !unjudged.1.iter().any(|a| a.eq_ignore_ascii_case(&name)) {
                    unjudged.1.push(name);
                }
                unjudged.2 = unjudged.2.max(covered);
                continue;
            }
            let mut d = base(cx, &format!("{name}-{a}"), Severity::Low, r);
            d.title = format!("First “{}” by {name}", cx.a(r, A::Activity));
            d.why = format!(
                "{} performed “{}” ({}) at {} — {} in the {} days before.",
                by(cx, r),
                cx.a(r, A::Activity),
                cx.a(r, A::Category),
                hm(t),
                if acted_before { "an activity this actor never performed" } else { "the actor's first audited activity at all" },
                p.learning_days
            );
            d.next_steps = "Check that the actor's role and duties include this; a compromised account often does things its \
                            owner never did."
                .into();
            d.users = vec![name];
            out.add(cx, d);
        }
        if unjudged.0 > 0 {
            out.note(
                format!(
                    "{} activities by {} were not judged as first-time: the loaded audit log covers at most {} days before \
                     them without a gap, and this rule needs {} (load a longer export to judge them).",
                    unjudged.0,
                    super::super::text::plural(unjudged.1.len(), "actor", "actors"),
                    unjudged.2 / DAY_MS,
                    p.learning_days
                ),
                unjudged.1,
            );
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.audits();
        h.line(&format!(
            "let recentStart = endTime - 1d;\nlet watched = audits\n    | where Category in~ (\"RoleManagement\", \"ApplicationManagement\", \"Policy\", \"DirectoryManagement\") and isnotempty(Actor);\nlet baseline = watched | where TimeGenerated between ((recentStart - {}d) .. recentStart) | distinct Actor, OperationName;\nlet covered = toscalar(audits | summarize (recentStart - min(TimeGenerated)) >= {}d);",
            p.learning_days, p.learning_days
        ));
        let mut q = String::from("watched\n| where TimeGenerated >= recentStart and Result =~ \"success\" and covered\n| where OperationName !~ \"Consent to application\"");
        for c in p.allow.audit_clauses(&["Actor"], &[]) {
            q.push('\n');
            q.push_str(&c);
        }
        h.line(&format!("{q}\n| join kind=leftanti baseline on Actor, OperationName\n| summarize Events = count(), Targets = make_set(tostring(TargetResources[0].displayName), 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by Actor, OperationName\n| sort by FirstSeen asc"));
    }
}
