//! `federation_change`: federation settings, domain authentication, new domains and
//! external OIDC identity providers changed (the Golden SAML / rogue-IdP persistence).

use crate::core::{
    detect::{
        DetectConfig, Severity,
        audit::{activity, actor, base, by, is, kql_activities, props_text, rows_where, success, targets},
        ctx::Ctx,
        rule::{Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        text::hm,
    },
    kql::hunt::Hunt,
    model::AuditField as A,
};

pub struct FederationChange;

/// This rule has no parameters.
pub struct Params;

impl Rule for FederationChange {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::FederationChange,
        title: "Federation, domain or identity-provider change",
        description: "Federation settings or domain authentication changed, domains added, external OIDC identity provider changed.",
        mitre: &["T1484.002"],
        severity: "High for federation settings, a switch to federated authentication or an OIDC provider change; Low for a domain added; Info otherwise",
        config: &[],
        reads: Reads::Audits,
        needs: Needs::Nothing,
        source: "Sentinel ADFSDomainTrustMods and Splunk new federated domain (AU17)",
        lookback_days: 7,
    };

    fn params(_: &DetectConfig) -> Params {
        Params
    }

    fn thresholds(_: &Params) -> String {
        "federation settings (any result), domain authentication set to Federated, OIDC discovery URL change: High; domain \
         added: Low"
            .into()
    }

    fn run(_: &Params, cx: &Ctx, out: &mut Out) {
        for r in rows_where(cx, |r, a| {
            a.contains("set federation settings on domain")
                || (success(cx, r)
                    && (is("federation", a)
                        || (a.contains("authentication methods policy")
                            && (props_text(cx, r).contains("openidconnect") || props_text(cx, r).contains("discoveryurl")))))
        }) {
            let d = change(cx, r);
            out.add(cx, d);
        }
    }

    fn hunting(_: &Params, h: &mut Hunt) {
        h.audits();
        h.line(&format!(
            "audits\n| where {}\n| extend Domain = tostring(TargetResources[0].displayName), Changes = tostring(TargetResources[0].modifiedProperties)\n| extend ToFederated = Changes has \"Federated\"\n| project TimeGenerated, OperationName, Result, Actor, ActorIp, Domain, ToFederated, CorrelationId, Id\n| sort by TimeGenerated desc",
            kql_activities("federation", "OperationName")
        ));
    }
}

fn change(cx: &Ctx, r: u32) -> Draft {
    let a = activity(cx, r);
    let pt = props_text(cx, r);
    let (sev, what) = if a.contains("federation settings") {
        (Severity::High, "Federation settings changed")
    } else if a.contains("set domain authentication") && pt.contains("federated") {
        (Severity::High, "Domain switched to federated authentication")
    } else if a.contains("authentication methods policy") {
        (Severity::High, "External identity provider (OIDC) changed")
    } else if a.contains("set domain authentication") {
        (Severity::Info, "Domain authentication updated")
    } else {
        (Severity::Low, "Domain added")
    };
    let target = targets(cx, r).iter().map(|t| cx.ds.strings.get(t.name).to_owned()).find(|s| !s.is_empty()).unwrap_or_default();
    let who = actor(cx, r);
    let mut d = base(cx, &format!("{target}-{who}"), sev, r);
    d.title = format!("{what}{}", if target.is_empty() { String::new() } else { format!(": {target}") });
    d.why = format!(
        "{} — “{}”{} at {}{}.",
        by(cx, r),
        cx.a(r, A::Activity),
        if target.is_empty() { String::new() } else { format!(" on {target}") },
        hm(cx.at(r)),
        if success(cx, r) { "" } else { " (the operation failed)" }
    );
    d.next_steps = "A new or changed federation trust lets its owner mint tokens for your users (Golden SAML): confirm the \
                    change with the identity team immediately and revert it if unknown."
        .into();
    d.users = vec![who];
    d
}
