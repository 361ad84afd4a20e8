//! `security_info`: authentication methods registered, changed or deleted, a Temporary
//! Access Pass issued, MFA disabled.

use crate::core::{
    detect::{
        DetectConfig, Severity,
        audit::{activity, actor, base, by, clean, is, kql_source, new_place, prop, props_text, rows_where, success, target_users},
        ctx::Ctx,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        text::{contains_ci, hm},
    },
    kql::hunt::Hunt,
    model::AuditField as A,
};

pub struct SecurityInfo;

pub struct Params {
    pub learning_days: u32,
    pub min_signins: u32,
    pub min_days: u32,
    pub v4: u8,
    pub v6: u8,
    pub allow: Allow,
}

impl Rule for SecurityInfo {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::SecurityInfo,
        title: "Authentication methods changed",
        description: "Security info registered, changed or deleted, Temporary Access Pass issued, MFA disabled.",
        mitre: &["T1098.005", "T1556.006"],
        severity: "Medium for MFA disabled, a Temporary Access Pass, or a change made from a network or country the actor never signed in from; Low for admin changes and deletions; Info for a user's own registration",
        config: &["learning_days", "min_history_signins", "min_history_days", "prefix_v4_bits", "prefix_v6_bits", "allow_users"],
        reads: Reads::Both,
        needs: Needs::Nothing,
        source: "Sentinel AuthenticationMethodsChangedforPrivilegedAccount / AccountMFAModifications (AU8)",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            learning_days: cfg.learning_days,
            min_signins: cfg.min_history_signins,
            min_days: cfg.min_history_days,
            v4: cfg.prefix_v4_bits,
            v6: cfg.prefix_v6_bits,
            allow: Allow::none().users(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "security-info activities; Medium for MFA disabled, a Temporary Access Pass, or a change from a network absent \
             from the actor's sign-ins between {} days and 1 day before (judged with ≥ {} sign-ins on ≥ {} days; /{} or /{} \
             networks), Low for admin changes and deletions, Info for a user's own registration{}",
            p.learning_days,
            p.min_signins,
            p.min_days,
            p.v4,
            p.v6,
            p.allow.sentence()
        )
    }

    fn run(_: &Params, cx: &Ctx, out: &mut Out) {
        for r in rows_where(cx, |r, a| {
            success(cx, r)
                && (is("auth_methods", a) || (a.contains("update user") && props_text(cx, r).contains("strongauthentication")))
        }) {
            let who = target_users(cx, r).into_iter().next().unwrap_or_else(|| actor(cx, r));
            if cx.upn_allowed(&who) {
                continue;
            }
            let d = change(cx, r, who);
            out.add(cx, d);
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.audits();
        h.known_networks(p.learning_days, p.min_signins, p.min_days, p.v4, p.v6);
        h.line(&kql_source("auth_methods", &[]));
        h.line("| extend Target = coalesce(tostring(TargetResources[0].userPrincipalName), tostring(TargetResources[0].displayName))");
        for c in p.allow.audit_clauses(&["Target"], &[]) {
            h.line(&c);
        }
        h.line(&Hunt::new_network_line(p.v4, p.v6, "Actor", "ActorIp"));
        h.line("| extend Severity = iff(NewNetwork or OperationName has_any (\"Disable Strong Authentication\", \"Temporary Access Pass\") or ResultReason has \"Temporary Access Pass\", \"medium\",\n    iff(OperationName startswith \"Admin\" or OperationName has \"delete\", \"low\", \"info\"))\n| summarize Changes = count(), Operations = make_set(OperationName, 10), Methods = make_set(ResultReason, 10), Worst = make_set(Severity, 3),\n    Actors = make_set(Actor, 10), ActorIps = make_set(ActorIp, 10), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by Target\n| sort by LastSeen desc");
    }
}

fn change(cx: &Ctx, r: u32, who: String) -> Draft {
    let a = activity(cx, r);
    let reason = cx.a(r, A::Reason);
    let pt = props_text(cx, r);
    let tap = a.contains("temporary access pass") || contains_ci(reason, "temporary access pass") || pt.contains("temporaryaccesspass");
    let mfa_off = a.contains("disable strong authentication")
        || prop(cx, r, "StrongAuthenticationRequirement").is_some_and(|(o, n)| {
            let n = n.replace(' ', "");
            n.contains("\"State\":0") || n.contains("State\\\":0") || (!clean(&o).is_empty() && clean(&n).is_empty())
        });
    let actor_upn = actor(cx, r);
    let new = new_place(cx, &actor_upn, cx.a(r, A::ActorIp), cx.at(r));
    let sev = if mfa_off || tap || new.is_some() {
        Severity::Medium
    } else if a.starts_with("admin") || a.contains("deleted") || a.contains("delete ") {
        Severity::Low
    } else {
        Severity::Info
    };
    let mut d = base(cx, &who, sev, r);
    d.title = if mfa_off {
        format!("MFA disabled for {who}")
    } else if tap {
        format!("Temporary Access Pass for {who}")
    } else {
        format!("{} for {who}", cx.a(r, A::Activity))
    };
    d.why = format!(
        "“{}” for {who} by {} at {}{}{}.",
        cx.a(r, A::Activity),
        by(cx, r),
        hm(cx.at(r)),
        if reason.is_empty() { String::new() } else { format!(": {reason}") },
        new.map(|w| format!("; made {w}")).unwrap_or_default()
    );
    d.next_steps = "Confirm with the user that they made this change from a device they own; an attacker who registers a \
                    method keeps access after a password reset — remove unknown methods."
        .into();
    d.users = vec![who, actor_upn];
    d
}
