//! `permission_grant`: API permissions given to an application outside a "Consent to
//! application" event — *Add / Update delegated permission grant* (new scopes, `ConsentType`
//! Principal or AllPrincipals) and *Add app role assignment to service principal* / *… grant
//! to user* (application permissions such as `full_access_as_app` or `SMTP.SendAsApp`).
//! Weighed like consents ([`crate::core::detect::permissions`]), one more when the actor acts
//! from a network or country they never signed in from.
//!
//! A grant written by the same action as a consent (same correlation id) is left to
//! `app_consent`, which reads its scopes.

use crate::core::{
    detect::{
        DetectConfig,
        audit::{
            activity, actor, added_words, base, by, clean, is, kql_activities, new_place, prop, rows_where, success,
            targets, tname,
        },
        baseline::BaselineParams,
        ctx::Ctx,
        permissions::{Reach, Tier, Tiers, assess},
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        text::hm,
    },
    kql::hunt::Hunt,
    model::AuditField as A,
};

pub struct PermissionGrant;

pub struct Params {
    pub tiers: Tiers,
    pub base: BaselineParams,
    pub allow: Allow,
}

/// App ids of the APIs whose names a grant's `TargetId.ServicePrincipalNames` may carry.
const APIS: &[(&str, &str)] = &[
    ("00000003-0000-0000-c000-000000000000", "Microsoft Graph"),
    ("00000002-0000-0ff1-ce00-000000000000", "Office 365 Exchange Online"),
    ("00000002-0000-0000-c000-000000000000", "Windows Azure Active Directory"),
    ("00000003-0000-0ff1-ce00-000000000000", "Office 365 SharePoint Online"),
    ("797f4846-ba00-4fd7-ba43-dac1f8f63013", "Windows Azure Service Management API"),
];

impl Rule for PermissionGrant {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::PermissionGrant,
        title: "API permissions granted to an application",
        description: "Delegated permission grants (new scopes, one user or AllPrincipals) and app role assignments (application permissions such as full_access_as_app or SMTP.SendAsApp) logged outside a consent, weighed by the worst permission's tier, their reach and where the actor acted from.",
        mitre: &["T1098.003", "T1528"],
        severity: "by weight: the worst new permission's tier (low 1 … critical 4), +1 tenant-wide or application permission, +1 offline_access with a medium-or-worse permission, +1 actor from a network they never signed in from; 1 Info, 2 Low, 3 Medium, 4 High, 5+ Critical with a critical permission (else High)",
        config: &[
            "permission_tiers",
            "learning_days",
            "min_history_signins",
            "min_history_days",
            "prefix_v4_bits",
            "prefix_v6_bits",
            "allow_users",
            "allow_apps",
        ],
        reads: Reads::Both,
        needs: Needs::Nothing,
        source: "Sentinel MailPermissionsAddedToApplication / ExchangeFullAccessGrantedToApp / AzureADRoleManagementPermissionGrant, Splunk privileged Graph API permission assigned, Microsoft's app-consent playbook",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params { tiers: Tiers::from_config(cfg), base: BaselineParams::from(cfg), allow: Allow::none().users(cfg).apps(cfg) }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "new scopes of a delegated grant, or the app role of an assignment; weight = worst permission's tier ({}) + 1 \
             tenant-wide or application permission + 1 offline_access with a medium-or-worse permission + 1 actor from a \
             network they never signed in from ({}; /{} or /{} networks); 1 Info, 2 Low, 3 Medium, 4 High, 5+ Critical with a critical permission (else High); \
             grants of a consent's own action are left to the consent rule{}",
            p.tiers.sentence(),
            p.base.sentence(),
            p.base.prefix_v4_bits,
            p.base.prefix_v6_bits,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        for r in rows_where(cx, |r, a| (is("delegated_grant", a) || is("app_role_grant", a)) && success(cx, r)) {
            let part_of_consent = cx.correlated(r).iter().any(|&c| c != r && is("consent", &activity(cx, c)));
            if part_of_consent || cx.upn_allowed(&actor(cx, r)) {
                continue;
            }
            let Some(g) = grant(cx, r) else { continue };
            if cx.app_name_allowed(&g.client) {
                continue;
            }
            let d = finding(p, cx, r, g);
            out.add(cx, d);
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.audits();
        let b = &p.base;
        h.known_networks(b.learning_days, b.min_history_signins, b.min_history_days, b.prefix_v4_bits, b.prefix_v6_bits);
        let mut q = format!(
            "audits\n| where ({} or {}) and Result =~ \"success\"",
            kql_activities("delegated_grant", "OperationName"),
            kql_activities("app_role_grant", "OperationName")
        );
        q.push_str("\n| mv-apply Property = TargetResources[0].modifiedProperties on (\n    summarize OldScope = take_anyif(tostring(Property.oldValue), tostring(Property.displayName) =~ \"DelegatedPermissionGrant.Scope\"),\n        NewScope = take_anyif(tostring(Property.newValue), tostring(Property.displayName) =~ \"DelegatedPermissionGrant.Scope\"),\n        ConsentType = take_anyif(tostring(Property.newValue), tostring(Property.displayName) =~ \"DelegatedPermissionGrant.ConsentType\"),\n        AppRole = take_anyif(tostring(Property.newValue), tostring(Property.displayName) =~ \"AppRole.Value\"),\n        Client = take_anyif(tostring(Property.newValue), tostring(Property.displayName) =~ \"ServicePrincipal.DisplayName\")\n    )\n| extend Client = coalesce(trim(@'[\"\\s]', Client), tostring(TargetResources[1].displayName)), Resource = tostring(TargetResources[0].displayName)");
        for c in p.allow.audit_clauses(&["Actor"], &["Client"]) {
            q.push('\n');
            q.push_str(&c);
        }
        h.line(&q);
        h.line(&Hunt::new_network_line(b.prefix_v4_bits, b.prefix_v6_bits, "Actor", "ActorIp"));
        h.line(&format!(
            "| extend AppOnly = OperationName has \"to service principal\", AllPrincipals = ConsentType has \"AllPrincipals\"\n| extend Added = iff(isnotempty(AppRole), pack_array(trim(@'[\"\\s]', AppRole)),\n    set_difference(split(trim(@'[\"\\s]', NewScope), \" \"), split(trim(@'[\"\\s]', OldScope), \" \")))\n| mv-apply Word = Added to typeof(string) on (\n    where isnotempty(Word)\n    | extend Listed = {}\n    | extend Tier = iff(Listed == 0 and AppOnly and Word contains \"write\", 2, max_of(Listed, 1))\n    | summarize MaxTier = max(Tier), Worst = make_set_if(Word, Tier >= 3, 20), Offline = countif(Word =~ \"offline_access\"), DataScopes = countif(Tier >= 2), Permissions = make_set(Word, 50)\n    )\n| where array_length(Permissions) > 0\n| extend Weight = max_of(MaxTier, 1) + toint(AppOnly or AllPrincipals) + toint(not(AppOnly) and Offline > 0 and DataScopes > 0) + toint(NewNetwork)\n| extend Severity = case(Weight >= 5, \"critical\", Weight == 4, \"high\", Weight == 3, \"medium\", Weight == 2, \"low\", \"info\")\n| project TimeGenerated, Severity, Weight, OperationName, Actor, ActorIp, NewNetwork, Client, Resource, Permissions, Worst, AllPrincipals, AppOnly, CorrelationId, Id\n| sort by Weight desc, TimeGenerated desc",
            p.tiers.kql_tier("Word")
        ));
    }
}

/// What one grant event gave.
struct Grant {
    client: String,
    resource: String,
    /// The permissions it added.
    added: Vec<String>,
    reach: Reach,
}

/// The grant of row `r`, or None when it added nothing (a re-grant of the same scopes, a
/// default-access assignment).
fn grant(cx: &Ctx, r: u32) -> Option<Grant> {
    let a = activity(cx, r);
    let value = |name: &str| prop(cx, r, name).map(|(_, n)| clean(&n)).filter(|v| !v.is_empty() && v != "null");
    let ts = targets(cx, r);
    let resource = ts.first().map(|t| tname(cx, t)).filter(|n| !n.is_empty() && !looks_like_id(n)).or_else(|| {
        let spns = value("TargetId.ServicePrincipalNames").unwrap_or_default().to_lowercase();
        APIS.iter().find(|(id, _)| spns.contains(id)).map(|(_, n)| (*n).to_owned())
    });
    let client = value("ServicePrincipal.DisplayName")
        .or_else(|| ts.get(1).map(|t| tname(cx, t)).filter(|n| !n.is_empty()))
        .or_else(|| value("ServicePrincipal.ObjectID"))
        .unwrap_or_default();
    let (added, reach) = if is("app_role_grant", &a) {
        let role = value("AppRole.Value").or_else(|| value("AppRole.DisplayName"))?;
        let to_user = a.contains("grant to user");
        (vec![role], if to_user { Reach::OneUser } else { Reach::AppOnly })
    } else {
        let (_, added) = added_words(cx, r, "DelegatedPermissionGrant.Scope");
        let all = value("DelegatedPermissionGrant.ConsentType").is_some_and(|c| c.eq_ignore_ascii_case("AllPrincipals"));
        (added, if all { Reach::AllUsers } else { Reach::OneUser })
    };
    (!added.is_empty()).then_some(Grant { client, resource: resource.unwrap_or_default(), added, reach })
}

fn looks_like_id(s: &str) -> bool {
    s.len() == 36 && s.chars().filter(|&c| c == '-').count() == 4
}

fn finding(p: &Params, cx: &Ctx, r: u32, g: Grant) -> Draft {
    let who = actor(cx, r);
    let place = new_place(cx, &who, cx.a(r, A::ActorIp), cx.at(r));
    let bump: Vec<String> = place.iter().map(|w| format!("by {who} {w}")).collect();
    let a = assess(&p.tiers, &g.added, g.reach, &bump);
    let app = if g.client.is_empty() { "an application".to_owned() } else { format!("“{}”", g.client) };
    let on = if g.resource.is_empty() { String::new() } else { format!(" on {}", g.resource) };
    let mut d = base(cx, &format!("{}-{who}", g.client), a.severity, r);
    d.title = match g.reach {
        Reach::AppOnly => format!("Application permission {}{on} granted to {app}", g.added.join(", ")),
        Reach::AllUsers => format!("Tenant-wide delegated permissions{on} for {app}: {}", g.added.join(" ")),
        Reach::OneUser => format!("Delegated permissions{on} for {app}: {}", g.added.join(" ")),
    };
    d.why = format!(
        "{} — “{}” at {}: {} {}{on} to {app}{}{}.",
        by(cx, r),
        cx.a(r, A::Activity),
        hm(cx.at(r)),
        if g.reach == Reach::AppOnly { "assigned the app role" } else { "granted the scopes" },
        g.added.join(" "),
        if a.tier >= Tier::Medium { format!(" ({} tier: {})", a.tier.label(), a.worst.join(", ")) } else { String::new() },
        if a.reasons.is_empty() { String::new() } else { format!("; {}", a.reasons.join("; ")) }
    );
    d.next_steps = "Confirm with the actor and the app's owner; if unexpected, remove the grant or assignment, disable the \
                    service principal and review its sign-ins (service principal sign-in log) and what it read."
        .into();
    d.users = vec![who];
    d
}
