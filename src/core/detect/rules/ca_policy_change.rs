//! `ca_policy_change`: a Conditional Access (or other directory) policy created, updated,
//! disabled or deleted; disabling it or removing its MFA control ranks higher.

use crate::core::{
    detect::{
        DetectConfig, Severity,
        audit::{activity, actor, base, by, is, kql_activities, rows_where, success, targets},
        ctx::Ctx,
        rule::{Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        text::hm,
    },
    kql::hunt::Hunt,
    model::AuditField as A,
};

pub struct CaPolicyChange;

/// This rule has no parameters.
pub struct Params;

impl Rule for CaPolicyChange {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::CaPolicyChange,
        title: "Conditional Access policy changed",
        description: "A Conditional Access policy created, updated, disabled or deleted.",
        mitre: &["T1556.009", "T1562"],
        severity: "Medium when a CA policy is deleted, disabled or loses MFA; other CA changes and generic policy deletes Low; generic policy updates Info",
        config: &[],
        reads: Reads::Audits,
        needs: Needs::Nothing,
        source: "Sentinel Conditional Access policy deleted / disabled / exclusion added (AU11)",
        lookback_days: 7,
    };

    fn params(_: &DetectConfig) -> Params {
        Params
    }

    fn thresholds(_: &Params) -> String {
        "Conditional Access policy add/update/delete; Medium when deleted, disabled or MFA removed; generic policy delete \
         Low, update Info"
            .into()
    }

    fn run(_: &Params, cx: &Ctx, out: &mut Out) {
        for r in rows_where(cx, |r, a| {
            success(cx, r)
                && (is("conditional_access", a)
                    || ((a == "delete policy" || a == "update policy") && cx.a(r, A::Category).eq_ignore_ascii_case("Policy")))
        }) {
            let d = change(cx, r);
            out.add(cx, d);
        }
    }

    fn hunting(_: &Params, h: &mut Hunt) {
        h.audits();
        h.line(&format!(
            "audits\n| where ({} or (OperationName in~ (\"Delete policy\", \"Update policy\") and Category =~ \"Policy\")) and Result =~ \"success\"",
            kql_activities("conditional_access", "OperationName")
        ));
        h.line("| extend Policy = tostring(TargetResources[0].displayName), Old = tostring(TargetResources[0].modifiedProperties[0].oldValue), New = tostring(TargetResources[0].modifiedProperties[0].newValue)\n| extend Disabled = Old has \"\\\"state\\\":\\\"enabled\\\"\" and (New has \"disabled\" or New has \"enabledForReportingButNotEnforced\"),\n    MfaRemoved = Old has \"mfa\" and not(New has \"mfa\")\n| project TimeGenerated, OperationName, Result, Actor, ActorIp, Policy, Disabled, MfaRemoved, CorrelationId, Id\n| sort by TimeGenerated desc");
    }
}

/// True when a (lower-case, unescaped) policy text lists MFA among its grant controls.
fn grant_has_mfa(text: &str) -> bool {
    let mut rest = text;
    while let Some(i) = rest.find("builtincontrols\":[") {
        let seg = &rest[i..];
        let end = seg.find(']').unwrap_or(seg.len());
        if seg[..end].contains("mfa") || seg[..end].contains("multifactor") {
            return true;
        }
        rest = &seg[end..];
    }
    false
}

fn change(cx: &Ctx, r: u32) -> Draft {
    let a = activity(cx, r);
    let ca = a.contains("conditional access");
    let (mut old, mut new) = (String::new(), String::new());
    for t in targets(cx, r) {
        for p in cx.ds.props_of(t) {
            old.push_str(&cx.ds.strings.get(p.old).to_lowercase().replace(['\\', ' '], ""));
            new.push_str(&cx.ds.strings.get(p.new).to_lowercase().replace(['\\', ' '], ""));
        }
    }
    let disabled = old.contains("\"state\":\"enabled\"")
        && (new.contains("\"state\":\"disabled\"") || new.contains("\"state\":\"enabledforreportingbutnotenforced\""));
    let mfa_removed = a.contains("update") && grant_has_mfa(&old) && !grant_has_mfa(&new);
    let deleted = a.starts_with("delete");
    let sev = if ca && (deleted || disabled || mfa_removed) {
        Severity::Medium
    } else if ca || deleted {
        Severity::Low
    } else {
        Severity::Info
    };
    let name = targets(cx, r).iter().map(|t| cx.ds.strings.get(t.name).to_owned()).find(|s| !s.is_empty()).unwrap_or_default();
    let who = actor(cx, r);
    let mut d = base(cx, &format!("{name}-{who}"), sev, r);
    d.title = format!(
        "{} “{}”",
        if disabled {
            "Conditional Access policy disabled:".to_owned()
        } else if mfa_removed {
            "MFA removed from policy".to_owned()
        } else {
            cx.a(r, A::Activity).to_owned()
        },
        name
    );
    d.why = format!(
        "{} — “{}” on policy “{}” at {}{}.",
        by(cx, r),
        cx.a(r, A::Activity),
        name,
        hm(cx.at(r)),
        if disabled {
            "; its state changed from enabled to disabled / report-only"
        } else if mfa_removed {
            "; the MFA grant control is gone from the new version"
        } else {
            ""
        }
    );
    d.next_steps = "Compare the old and new policy in the details view and confirm the change with its author; restore the \
                    policy if it was not planned."
        .into();
    d.users = vec![who];
    d
}
