//! `app_owner`: an owner added to an application or service principal — an owner can add
//! credentials to the app and act as it (persistence through an app). Higher when the actor
//! made themselves owner, the new owner is a guest, or the actor acted from a network they
//! never signed in from.

use crate::core::{
    detect::{
        DetectConfig, Severity, lists,
        audit::{
            actor, at_desk, base, by, clean, is, kql_source, new_place_off_site, org_site, own_new_app, prop, rows_where, success, targets, tkind,
            tname,
        },
        baseline::BaselineParams,
        ctx::Ctx,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        text::hm,
    },
    kql::hunt::Hunt,
    model::AuditField as A,
};

pub struct AppOwner;

pub struct Params {
    pub base: BaselineParams,
    pub site_users: u32,
    pub allow: Allow,
}

impl Rule for AppOwner {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::AppOwner,
        title: "Owner added to an application",
        description: "A new owner on an application or service principal; Medium when the actor made themselves owner, the owner is a guest, or the actor acted from a network they never signed in from.",
        mitre: &["T1098", "T1098.001"],
        severity: "Low; Medium for a self-added or guest owner, or an actor from a network they never signed in from (the organisation's own sites count as known); Low for the creator made owner with the app they created (within 10 minutes), from an address where their own compliant or managed device signed in within 12 hours (or its site's network) or from one of the organisation's sites",
        config: &["learning_days", "min_history_signins", "min_history_days", "prefix_v4_bits", "prefix_v6_bits", "shared_egress_min_users", "allow_users", "allow_apps"],
        reads: Reads::Both,
        needs: Needs::Nothing,
        source: "Sentinel ChangestoApplicationOwnership, Splunk azure_ad_service_principal_owner_added",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params { base: BaselineParams::from(cfg), site_users: cfg.shared_egress_min_users, allow: Allow::none().users(cfg).apps(cfg) }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "any owner added to an application or service principal; Medium when the actor is the new owner, the owner is \
             a guest (#EXT#), or the actor acted from a network absent from their sign-ins ({}; /{} or /{} networks; one \
             where ≥ {} users signed in on compliant or managed devices, off hosting and VPN networks, is the organisation's \
             own site and counts as known); Low when the new owner is the actor who added the app ≤ 10 min before, from an \
             address where they signed in on a compliant or managed device within 12 hours (on one of the organisation's \
             sites: from its network) or from one of the organisation's sites{}",
            p.base.sentence(),
            p.base.prefix_v4_bits,
            p.base.prefix_v6_bits,
            p.site_users,
            p.allow.sentence()
        )
    }

    fn run(_: &Params, cx: &Ctx, out: &mut Out) {
        let added: Vec<u32> = rows_where(cx, |r, a| is("sp_added", a) && success(cx, r));
        for r in rows_where(cx, |r, a| is("owner_add", a) && success(cx, r)) {
            let who = actor(cx, r);
            let app = app_name(cx, r);
            if cx.upn_allowed(&who) || cx.app_name_allowed(&app) {
                continue;
            }
            let d = owner_added(cx, r, who, app, &added);
            out.add(cx, d);
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.audits();
        h.desk_times(None, &lists::hosting_asns());
        let b = &p.base;
        h.known_networks(b.learning_days, b.min_history_signins, b.min_history_days, b.prefix_v4_bits, b.prefix_v6_bits);
        h.org_sites(b.prefix_v4_bits, b.prefix_v6_bits, p.site_users, &lists::hosting_asns());
        h.line(&kql_source("owner_add", &[]));
        h.line("| extend NewOwner = tostring(TargetResources[0].userPrincipalName)\n| mv-apply Property = TargetResources[0].modifiedProperties on (\n    summarize AppName = take_anyif(tostring(Property.newValue), tostring(Property.displayName) in~ (\"Application.DisplayName\", \"ServicePrincipal.DisplayName\"))\n    )\n| extend AppName = trim(@'[\"\\s]', AppName)");
        for c in p.allow.audit_clauses(&["Actor"], &["AppName"]) {
            h.line(&c);
        }
        h.line(&Hunt::new_network_line(b.prefix_v4_bits, b.prefix_v6_bits, "Actor", "ActorIp"));
        h.line("| extend OrgSite = ActorNet in (orgNets)\n| extend NewNetwork = NewNetwork and not(OrgSite)");
        // The creator made owner with the app they just added, from where their own managed
        // device was: Entra's default, Low as in the app.
        h.line("| extend JoinActor = tolower(Actor)\n| join kind=leftouter (audits\n    | where OperationName =~ \"Add application\" and Result =~ \"success\"\n    | summarize CreatedAt = max(TimeGenerated) by AppName = tostring(TargetResources[0].displayName), Creator = tolower(Actor)\n    | where isnotempty(AppName)) on AppName, $left.JoinActor == $right.Creator");
        h.line(&Hunt::desk_line("Actor", "ActorIp", "TimeGenerated"));
        h.line("| extend SelfAdded = NewOwner =~ Actor, Guest = NewOwner contains \"#EXT#\"\n| extend CreatorOwner = isnotnull(CreatedAt) and SelfAdded and not(Guest) and not(NewNetwork) and TimeGenerated between ((CreatedAt - 1m) .. (CreatedAt + 10m)) and (AtDesk or OrgSite)\n| extend Severity = iff((SelfAdded or Guest or NewNetwork) and not(CreatorOwner), \"medium\", \"low\")\n| project TimeGenerated, Severity, OperationName, Actor, ActorIp, NewNetwork, NewOwner, AppName, SelfAdded, Guest, CreatorOwner, CorrelationId, Id\n| sort by TimeGenerated desc");
    }
}

/// The application's name: from the modified properties, else a target that is not the user.
fn app_name(cx: &Ctx, r: u32) -> String {
    for name in ["Application.DisplayName", "ServicePrincipal.DisplayName"] {
        if let Some(v) = prop(cx, r, name).map(|(_, n)| clean(&n)).filter(|v| !v.is_empty() && v != "null") {
            return v;
        }
    }
    targets(cx, r)
        .iter()
        .find(|t| matches!(tkind(cx, t).as_str(), "application" | "serviceprincipal"))
        .map(|t| tname(cx, t))
        .unwrap_or_default()
}

/// How soon after "Add application" the creator's own ownership is logged.
const CREATOR_MS: i64 = 10 * 60_000;

fn owner_added(cx: &Ctx, r: u32, who: String, app: String, added: &[u32]) -> Draft {
    let owner = targets(cx, r).iter().find(|t| tkind(cx, t) == "user").map(|t| tname(cx, t)).unwrap_or_default();
    let self_added = !owner.is_empty() && owner.eq_ignore_ascii_case(&who);
    let guest = owner.to_uppercase().contains("#EXT#");
    let ip = cx.a(r, A::ActorIp);
    let place = new_place_off_site(cx, &who, ip, cx.at(r));
    // Entra makes the creator of an app registration its owner: the owner added with the app,
    // by its creator, from where their own managed device was, is that default, not a takeover.
    let creator = (self_added && !guest && place.is_none())
        .then(|| own_new_app(cx, added, &app, r, CREATOR_MS))
        .flatten()
        .filter(|_| at_desk(cx, &who, ip, cx.at(r)) || org_site(cx, ip));
    let sev = if creator.is_none() && (self_added || guest || place.is_some()) { Severity::Medium } else { Severity::Low };
    let app_txt = if app.is_empty() { "an application".to_owned() } else { format!("“{app}”") };
    let mut d = base(cx, &format!("{app}-{owner}"), sev, r);
    d.title = format!(
        "{} added as owner of {app_txt}",
        if owner.is_empty() { "Someone" } else { &owner }
    );
    let mut notes = Vec::new();
    if let Some(c) = creator {
        notes.push(format!(
            "the actor created the app at {} and became its owner with it (the creator of an app registration is made \
             its owner), from {}, so Low",
            hm(cx.at(c)),
            if org_site(cx, ip) {
                "one of the organisation's own sites (where many colleagues sign in on compliant or managed devices)"
            } else {
                "an address where their own compliant or managed device signed in within 12 hours"
            }
        ));
    } else if self_added {
        notes.push("the actor made themselves owner".to_owned());
    }
    if guest {
        notes.push("the new owner is a guest".to_owned());
    }
    if let Some(w) = place {
        notes.push(format!("the actor acted {w}"));
    }
    d.why = format!(
        "{} — “{}” at {}: {} became owner of {app_txt}{}.",
        by(cx, r),
        cx.a(r, A::Activity),
        hm(cx.at(r)),
        if owner.is_empty() { "a principal" } else { &owner },
        if notes.is_empty() { String::new() } else { format!("; {}", notes.join("; ")) }
    );
    d.next_steps = "Confirm with the app's owners; an owner can add secrets and act as the app — remove unexpected owners \
                    and check the app's credentials."
        .into();
    d.users = vec![who, owner];
    d
}
