//! `app_consent`: consent granted to an application — admin or tenant-wide consent,
//! high-risk scopes, or `offline_access` with mail / file scopes (lasting data access).

use crate::core::{
    detect::{
        DetectConfig, Severity,
        audit::{actor, base, by, clean, is, kql_source, principal, prop, rows_where, success, targets, tkind},
        ctx::Ctx,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        text::hm,
    },
    kql::hunt::Hunt,
};

pub struct AppConsent;

pub struct Params {
    pub high_risk: Vec<String>,
    pub data_prefixes: Vec<String>,
    pub allow: Allow,
}

impl Rule for AppConsent {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::AppConsent,
        title: "Consent granted to an application",
        description: "Admin or tenant-wide (AllPrincipals) consent, high-risk scopes, or offline_access with mail/file scopes.",
        mitre: &["T1528", "T1098.003"],
        severity: "High: admin/AllPrincipals consent with high-risk scopes or offline_access + data scopes; Medium: such scopes by one user; Low: admin consent with low-risk scopes; Info: user consent to basic scopes",
        config: &["high_risk_scopes", "data_scope_prefixes", "allow_users", "allow_apps"],
        reads: Reads::Audits,
        needs: Needs::Nothing,
        source: "Sentinel RareApplicationConsent / SuspiciousOAuthApp_OfflineAccess and Sigma end-user consent (AU5)",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            high_risk: cfg.high_risk_scopes.clone(),
            data_prefixes: cfg.data_scope_prefixes.clone(),
            allow: Allow::none().users(cfg).apps(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "High: admin/AllPrincipals consent with high-risk scopes ({} listed) or offline_access + data scopes ({} prefixes); \
             Medium: such scopes by one user; Low: admin consent with low-risk scopes; Info: user consent to basic scopes{}",
            p.high_risk.len(),
            p.data_prefixes.len(),
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        for r in rows_where(cx, |r, a| is("consent", a) && success(cx, r)) {
            let app = targets(cx, r)
                .iter()
                .find(|t| tkind(cx, t) == "serviceprincipal")
                .map(|t| cx.ds.strings.get(t.name).to_owned())
                .unwrap_or_else(|| principal(cx, r));
            if cx.app_name_allowed(&app) || cx.upn_allowed(&actor(cx, r)) {
                continue;
            }
            let d = consent(p, cx, r, &app);
            out.add(cx, d);
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.audits();
        h.let_strings("highRiskScopes", &p.high_risk);
        h.let_strings("dataScopePrefixes", &p.data_prefixes);
        h.line(&kql_source("consent", &[]));
        h.line("| extend AppName = tostring(TargetResources[0].displayName), AppObjectId = tostring(TargetResources[0].id)");
        for c in p.allow.audit_clauses(&["Actor"], &["AppName"]) {
            h.line(&c);
        }
        h.line("| mv-apply Property = TargetResources[0].modifiedProperties on (\n    summarize IsAdminConsent = take_anyif(tostring(Property.newValue), tostring(Property.displayName) =~ \"ConsentContext.IsAdminConsent\"),\n        Permissions = take_anyif(tostring(Property.newValue), tostring(Property.displayName) =~ \"ConsentAction.Permissions\")\n    )\n| extend Scopes = extract_all(@\"Scope:\\s*([^,\\]]*)\", Permissions)\n| mv-apply Scope = Scopes to typeof(string) on (\n    mv-expand Word = split(trim(@\"\\s\", Scope), \" \") to typeof(string)\n    | summarize HighRisk = make_set_if(Word, Word in~ (highRiskScopes)),\n        Data = make_set_if(Word, Word has_any (dataScopePrefixes)), Offline = countif(Word =~ \"offline_access\")\n    )\n| extend AllPrincipals = Permissions has \"AllPrincipals\", Admin = IsAdminConsent has \"True\" or Permissions has \"AllPrincipals\"\n| extend Severity = case(Admin and (array_length(HighRisk) > 0 or (Offline > 0 and array_length(Data) > 0)), \"high\",\n    array_length(HighRisk) > 0 or (Offline > 0 and array_length(Data) > 0), \"medium\", Admin, \"low\", \"info\")\n| project TimeGenerated, Severity, Actor, ActorIp, AppName, AppObjectId, Admin, AllPrincipals, HighRisk, Data, Permissions, CorrelationId, Id\n| sort by TimeGenerated desc");
    }
}

fn scopes(perm_text: &str) -> Vec<String> {
    // "[[ConsentType: AllPrincipals, Scope: Mail.ReadWrite offline_access, …]]"
    let mut out = Vec::new();
    for part in perm_text.split("Scope:").skip(1) {
        let part = part.split([',', ']']).next().unwrap_or("");
        for s in part.split_whitespace() {
            let s = s.trim_matches(|c: char| c == '"' || c == '\'' || c == ',');
            if !s.is_empty() && !out.iter().any(|x: &String| x == s) {
                out.push(s.to_owned());
            }
        }
    }
    out
}

fn consent(p: &Params, cx: &Ctx, r: u32, app: &str) -> Draft {
    let flag = |n: &str| prop(cx, r, n).is_some_and(|p| clean(&p.1).eq_ignore_ascii_case("true"));
    let perms = prop(cx, r, "ConsentAction.Permissions").map(|p| p.1).unwrap_or_default();
    let all = flag("ConsentContext.OnBehalfOfAll") || perms.contains("AllPrincipals");
    let admin = flag("ConsentContext.IsAdminConsent") || all;
    let sc = scopes(&perms);
    let high: Vec<String> = sc.iter().filter(|s| p.high_risk.iter().any(|h| h.eq_ignore_ascii_case(s))).cloned().collect();
    let offline = sc.iter().any(|s| s.eq_ignore_ascii_case("offline_access"));
    let data: Vec<String> = sc
        .iter()
        .filter(|s| p.data_prefixes.iter().any(|x| s.to_lowercase().starts_with(&x.to_lowercase())))
        .cloned()
        .collect();
    let persistent_data = offline && !data.is_empty();
    let sev = if admin && (!high.is_empty() || persistent_data) {
        Severity::High
    } else if !high.is_empty() || persistent_data {
        Severity::Medium
    } else if admin {
        Severity::Low
    } else {
        Severity::Info
    };
    let who = actor(cx, r);
    let mut d = base(cx, &format!("{app}-{who}"), sev, r);
    d.title = format!("{} consent to “{}”", if admin { "Admin" } else { "User" }, if app.is_empty() { "an app" } else { app });
    d.why = format!(
        "{} granted {}consent to “{}” at {}{}; scopes: {}{}.",
        by(cx, r),
        if all {
            "tenant-wide (AllPrincipals) "
        } else if admin {
            "admin "
        } else {
            ""
        },
        app,
        hm(cx.at(r)),
        if all { " — every user's data" } else { "" },
        if sc.is_empty() { "not listed".to_owned() } else { sc.join(" ") },
        match (high.is_empty(), persistent_data) {
            (false, _) => format!(" (high-risk: {})", high.join(", ")),
            (true, true) => format!(" (offline_access with {}: lasting access to data)", data.join(", ")),
            _ => String::new(),
        }
    );
    d.next_steps = "Check the app's publisher and reply URLs in Enterprise applications; if unknown, revoke its grants and \
                    disable the service principal, then review what it accessed."
        .into();
    d.users = vec![who];
    d
}
