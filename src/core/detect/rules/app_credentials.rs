//! `app_credentials`: a secret or certificate added to an application or service principal.

use crate::core::{
    detect::{
        DetectConfig, Severity,
        audit::{actor, base, by, clean, is, kql_activities, principal, prop, props_text, rows_where, success},
        ctx::Ctx,
        rule::{Allow, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        text::hm,
    },
    kql::hunt::Hunt,
    model::AuditField as A,
};

pub struct AppCredentials;

pub struct Params {
    pub allow: Allow,
}

impl Rule for AppCredentials {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::AppCredentials,
        title: "Credentials added to an application or service principal",
        description: "A secret or certificate added; the first one of an app is High.",
        mitre: &["T1098.001"],
        severity: "High when the app had no credential before; Medium otherwise",
        config: &["allow_apps"],
        reads: Reads::Audits,
        needs: Needs::Nothing,
        source: "Sentinel FirstAppOrServicePrincipalCredential / NewAppOrServicePrincipalCredential (AU6)",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params { allow: Allow::none().apps(cfg) }
    }

    fn thresholds(p: &Params) -> String {
        format!("any secret or certificate added; High when the previous key list is empty{}", p.allow.sentence())
    }

    fn run(_: &Params, cx: &Ctx, out: &mut Out) {
        for r in rows_where(cx, |r, a| {
            success(cx, r)
                && (is("credentials", a) || (a.contains("update application") && props_text(cx, r).contains("keydescription")))
        }) {
            let app = principal(cx, r);
            if cx.app_name_allowed(&app) {
                continue;
            }
            let kd = prop(cx, r, "KeyDescription");
            let first = kd.as_ref().is_none_or(|(old, _)| clean(old).is_empty());
            let who = actor(cx, r);
            let mut d = base(cx, &format!("{app}-{who}"), if first { Severity::High } else { Severity::Medium }, r);
            d.title = format!("Credential added to {}", if app.is_empty() { "an application" } else { &app });
            d.why = format!(
                "{} added a credential to “{}” at {} (“{}”){}.",
                by(cx, r),
                app,
                hm(cx.at(r)),
                cx.a(r, A::Activity),
                if first { "; the app had no credential before (or none was listed)" } else { "; it already had credentials" }
            );
            d.next_steps = "Confirm with the app owner; an unexpected secret lets its holder act as the app — remove it and \
                            review the app's sign-ins (service principal sign-in log)."
                .into();
            d.users = vec![who];
            out.add(cx, d);
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.audits();
        h.line(&format!(
            "audits\n| where ({} or OperationName =~ \"Update application\") and Result =~ \"success\"\n| extend AppName = tostring(TargetResources[0].displayName), AppObjectId = tostring(TargetResources[0].id)",
            kql_activities("credentials", "OperationName")
        ));
        for c in p.allow.audit_clauses(&[], &["AppName"]) {
            h.line(&c);
        }
        h.line("| mv-apply Property = TargetResources[0].modifiedProperties on (\n    summarize OldKeys = take_anyif(tostring(Property.oldValue), tostring(Property.displayName) =~ \"KeyDescription\"),\n        NewKeys = take_anyif(tostring(Property.newValue), tostring(Property.displayName) =~ \"KeyDescription\")\n    )\n| where isnotempty(NewKeys) or OperationName has \"credentials\"\n| extend FirstCredential = isempty(OldKeys) or OldKeys == \"[]\"\n| project TimeGenerated, OperationName, Actor, ActorIp, AppName, AppObjectId, FirstCredential, NewKeys, CorrelationId, Id\n| sort by TimeGenerated desc");
    }
}
