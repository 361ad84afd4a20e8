//! `app_credentials`: a secret, certificate or federated identity credential added to an
//! application or service principal — persistence as the app.

use crate::core::{
    detect::{
        DetectConfig, Severity, lists,
        baseline::BaselineParams,
        audit::{
            activity, actor, at_desk, base, by, clean, is, kql_activities, new_place_off_site, org_site, own_new_app, principal, prop, props_text, role_outside_pim, rows_where, MS_PIM_APP_ID, PIM_APPLIED_MS, targets, tkind,
            success, usual_network, USUAL_NET_DAYS,
        },
        ctx::Ctx,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::HOUR_MS,
        text::{hm, minutes},
    },
    kql::hunt::Hunt,
    model::{AuditField as A, NO_TIME},
};

pub struct AppCredentials;

pub struct Params {
    pub window_hours: u32,
    pub base: BaselineParams,
    pub site_users: u32,
    pub allow: Allow,
}

impl Rule for AppCredentials {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::AppCredentials,
        title: "Credentials added to an application or service principal",
        description: "A secret, certificate or federated identity credential added to an application or service principal; the first one, or one on an application created shortly before, is High; a rotation (a key replaced) or a change made by an application is Low.",
        mitre: &["T1098.001"],
        severity: "High for the first credential, a federated credential or a credential on an app created within the window; Medium for another credential added by a person; Low for a rotation, an app's own change, an application that adds keys to the same app on days five or more apart at the same hour (a scheduled rotation), or a person's credential on the app registration they created within the window, from an address where their own compliant or managed device signed in within 12 hours, from the network their sign-ins use on most days or from one of the organisation's own sites, on a network that is not new for them (the organisation's sites count as known), or a person's secret or certificate on an existing app from an address where their own compliant or managed device signed in within 12 hours, on a network that is not new for them (or too little history to judge), unless they were given a role other than by a PIM activation within the window (an administrator at their desk); none when no key was added",
        config: &["chain_window_hours", "learning_days", "min_history_signins", "min_history_days", "prefix_v4_bits", "prefix_v6_bits", "shared_egress_min_users", "allow_apps"],
        reads: Reads::Audits,
        needs: Needs::Nothing,
        source: "Sentinel FirstAppOrServicePrincipalCredential / NewAppOrServicePrincipalCredential / CredentialAddedAfterAdminConsent (AU6)",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            window_hours: cfg.chain_window_hours,
            base: BaselineParams::from(cfg),
            site_users: cfg.shared_egress_min_users,
            allow: Allow::none().apps(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "a key added (KeyDescription entries new in newValue) or a federated identity credential; High when the previous \
             key list is empty, the credential is federated, or the app was added ≤ {} h before; Low when a key was also \
             removed (rotation) or the actor is an application, when an application added keys (not a federated \
             credential, not to an app added within the window) to the same app on 2 days or more, the first and last ≥ 5 \
             days apart, all within {SCHEDULE_CLOCK_MIN} min of one time of day in the loaded logs, or when the actor added the application ≤ {} h before and acted \
             from an address where they signed in on a compliant or managed device within 12 hours or from a network their \
             successful sign-ins use on ≥ {USUAL_NET_DAYS} days and on half their days in the loaded logs or from one of the \
             organisation's sites (a network where ≥ {} users signed in on compliant or managed devices, off hosting and VPN \
             networks; it counts as known), not a cloud, hosting \
             or VPN network nor a /{} or /{} network absent from their sign-ins ({}), or when a person added a secret or \
             certificate to an app not added within the window from an address where they signed in on a compliant or \
             managed device within 12 hours, off cloud, hosting and VPN networks, on such a network present in their sign-ins \
             (or with too little history to judge), and no role was given to them within the window other than by a PIM \
             activation{}",
            p.window_hours,
            p.window_hours,
            p.site_users,
            p.base.prefix_v4_bits,
            p.base.prefix_v6_bits,
            p.base.sentence(),
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let added_apps: Vec<u32> = rows_where(cx, |r, a| is("sp_added", a) && success(cx, r));
        let rows = rows_where(cx, |r, a| {
            success(cx, r)
                && (is("credentials", a)
                    || a.contains("federated identity credential")
                    || (a.contains("update application") && {
                        let t = props_text(cx, r);
                        t.contains("keydescription") || t.contains("federatedidentitycredential")
                    }))
        });
        let schedules = schedules(cx, &rows);
        for r in rows {
            let app = principal(cx, r);
            if cx.app_name_allowed(&app) {
                continue;
            }
            let days = schedule_key(cx, r).and_then(|k| schedules.get(&k).copied());
            if let Some(d) = credential(p, cx, r, &app, &added_apps, days) {
                out.add(cx, d);
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.audits();
        h.desk_times(None, &lists::hosting_asns());
        let b = &p.base;
        h.usual_networks(b.prefix_v4_bits, b.prefix_v6_bits, USUAL_NET_DAYS, &lists::hosting_asns());
        h.known_networks(b.learning_days, b.min_history_signins, b.min_history_days, b.prefix_v4_bits, b.prefix_v6_bits);
        h.org_sites(b.prefix_v4_bits, b.prefix_v6_bits, p.site_users, &lists::hosting_asns());
        // The actor's own app registration, as in the app: "Add application" by the same actor
        // (one row per app name and creator, so the join adds no rows).
        h.line("let ownCreated = audits\n    | where OperationName =~ \"Add application\" and Result =~ \"success\"\n    | summarize OwnCreatedAt = max(TimeGenerated) by AppName = tostring(TargetResources[0].displayName), Creator = tolower(Actor)\n    | where isnotempty(AppName);");
        h.line(&format!(
            "let created = audits\n    | where {} and Result =~ \"success\"\n    | project CreatedAt = TimeGenerated, AppName = tostring(TargetResources[0].displayName);\nlet creds = audits\n| where ({} or OperationName has \"federated identity credential\" or OperationName =~ \"Update application\") and Result =~ \"success\"\n| extend AppName = tostring(TargetResources[0].displayName), AppObjectId = tostring(TargetResources[0].id),\n    AppKey = strcat(tostring(TargetResources[0].type), \":\", iff(isempty(tostring(TargetResources[0].displayName)), tostring(TargetResources[0].id), tolower(tostring(TargetResources[0].displayName))))",
            kql_activities("sp_added", "OperationName"),
            kql_activities("credentials", "OperationName")
        ));
        for c in p.allow.audit_clauses(&[], &["AppName"]) {
            h.line(&c);
        }
        h.line("| mv-apply Property = TargetResources[0].modifiedProperties on (\n    summarize OldKeys = take_anyif(tostring(Property.oldValue), tostring(Property.displayName) =~ \"KeyDescription\"),\n        NewKeys = take_anyif(tostring(Property.newValue), tostring(Property.displayName) =~ \"KeyDescription\"),\n        Federated = countif(tostring(Property.displayName) has \"FederatedIdentityCredential\")\n    )\n| extend Federated = Federated > 0 or OperationName has \"federated identity credential\"\n| where isnotempty(NewKeys) or Federated or OperationName has \"credentials\"\n| extend Old = extract_all(@\"KeyIdentifier=([^,]+)\", OldKeys), New = extract_all(@\"KeyIdentifier=([^,]+)\", NewKeys)\n| extend Added = set_difference(New, Old), Removed = set_difference(Old, New)\n| where array_length(Added) > 0 or Federated or isempty(NewKeys);");
        // An application adding keys to one app on days five or more apart, at one hour: a
        // scheduled rotation, as in the app.
        h.line(&format!(
            "let schedules = creds\n    | where isnotempty(Actor) and Actor !contains \"@\" and not(Federated) and array_length(Added) > 0\n    | extend ClockMin = (TimeGenerated - startofday(TimeGenerated)) / 1m\n    | summarize ScheduleDays = dcount(bin(TimeGenerated, 1d)), Spread = max(TimeGenerated) - min(TimeGenerated), ClockSpread = max(ClockMin) - min(ClockMin) by Actor, AppKey\n    | where ScheduleDays >= 2 and Spread >= 5d and ClockSpread <= {SCHEDULE_CLOCK_MIN}\n    | project Actor, AppKey, ScheduleDays;"
        ));
        // Roles given outside PIM (an account making itself powerful), by their holder.
        h.line(&format!(
            "let pimActivations = audits\n    | where OperationName has \"PIM activation\"\n    | mv-expand Target = TargetResources\n    | where tostring(Target.type) =~ \"User\"\n    | project ActivatedAt = TimeGenerated, RoleUser = tolower(tostring(Target.userPrincipalName));\nlet rolesOutsidePim = audits\n    | where {} and Result =~ \"success\" and not(OperationName has_any (\"requested\", \"failed\", \"canceled\", \"PIM activation\"))\n    | mv-expand Target = TargetResources\n    | where tostring(Target.type) =~ \"User\"\n    | extend RoleUser = tolower(tostring(Target.userPrincipalName)), ByPim = (Actor =~ \"MS-PIM\" or tostring(InitiatedBy.app.appId) == \"{MS_PIM_APP_ID}\") and OperationName !has \"outside of PIM\"\n    | join kind=leftouter pimActivations on RoleUser\n    | summarize Applied = countif(ByPim and isnotnull(ActivatedAt) and abs(ActivatedAt - TimeGenerated) <= {}m) > 0 by RoleAt = TimeGenerated, RoleUser, Id\n    | where not(Applied)\n    | summarize RoleTimes = make_list(RoleAt, 100) by RoleUser;",
            kql_activities("role_add", "OperationName"),
            PIM_APPLIED_MS / 60_000
        ));
        h.line(&format!("creds\n| join kind=leftouter created on AppName\n| extend NewApp = isnotempty(CreatedAt) and TimeGenerated between (CreatedAt .. (CreatedAt + {}h))\n| extend FirstCredential = array_length(Old) == 0\n| lookup kind=leftouter schedules on Actor, AppKey\n| extend Rotation = isnotnull(ScheduleDays) and not(Federated) and not(NewApp)\n| extend JoinActor = tolower(Actor)\n| join kind=leftouter ownCreated on AppName, $left.JoinActor == $right.Creator\n{}\n{}\n{}\n| extend OrgSite = ActorNet in (orgNets)\n| extend NewNetwork = NewNetwork and not(OrgSite)\n| extend OwnApp = isnotnull(OwnCreatedAt) and TimeGenerated between ((OwnCreatedAt - 1m) .. (OwnCreatedAt + {}h)) and Actor contains \"@\" and (AtDesk or Usual or OrgSite) and not(NewNetwork)\n// An administrator at their desk: a secret or certificate on an existing app from where their own managed device is.\n| join kind=leftouter rolesOutsidePim on $left.JoinActor == $right.RoleUser\n| mv-apply RoleAt = iff(array_length(RoleTimes) > 0, RoleTimes, dynamic([null])) to typeof(datetime) on (\n    summarize RoleBefore = countif(RoleAt between ((TimeGenerated - {}h) .. TimeGenerated)) > 0)\n| extend Kept = Actor contains \"@\" and not(OwnApp) and not(Federated) and not(NewApp) and AtDesk and not(NewNetwork) and not(RoleBefore)\n| extend Severity = case(OwnApp or Rotation or Kept, \"low\", FirstCredential or Federated or NewApp, \"high\", array_length(Removed) > 0 or Actor !contains \"@\", \"low\", \"medium\")\n| project TimeGenerated, Severity, OperationName, Actor, ActorIp, AppName, AppObjectId, FirstCredential, Federated, NewApp, OwnApp, Rotation, Kept, Added, Removed, CorrelationId, Id\n| sort by TimeGenerated desc", p.window_hours, Hunt::desk_line("Actor", "ActorIp", "TimeGenerated"), Hunt::new_network_line(b.prefix_v4_bits, b.prefix_v6_bits, "Actor", "ActorIp"), Hunt::usual_line("JoinUser", "ActorNet"), p.window_hours, p.window_hours));
    }
}

/// Key identifiers of a `KeyDescription` list
/// (`[\"[KeyIdentifier=59ea…,KeyType=Password,KeyUsage=Verify,DisplayName=x]\"]`); the whole
/// entries when they carry no identifier.
fn keys(list: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in list.split("KeyIdentifier=").skip(1) {
        let id = part.split([',', ']', '"', '\\']).next().unwrap_or("").trim().to_lowercase();
        if !id.is_empty() && !out.contains(&id) {
            out.push(id);
        }
    }
    if out.is_empty() {
        let c = clean(list);
        if !c.is_empty() && c != "null" {
            out.push(c.to_lowercase());
        }
    }
    out
}

/// How far apart an automation's credential changes to one app must fall to be a schedule.
const SCHEDULE_GAP_MS: i64 = 5 * 24 * HOUR_MS;

/// How close in the time of day an automation's credential changes must be to be one schedule.
const SCHEDULE_CLOCK_MIN: i64 = 120;

/// The key of a credential change for [`schedules`]: the acting application (its service
/// principal or app id, else its name) and the target app (its name, else its id: exports do
/// not always give an app one object id from week to week), lower-case; `None` when a person
/// acted.
fn schedule_key(cx: &Ctx, r: u32) -> Option<(String, String)> {
    let who = actor(cx, r);
    if who.is_empty() || who.contains('@') {
        return None;
    }
    let id = [A::ActorSpId, A::ActorAppId, A::ActorId].into_iter().map(|f| cx.a(r, f).trim()).find(|v| !v.is_empty());
    let name = principal(cx, r);
    // The target's kind too: an application and its service principal share a name.
    let kind = targets(cx, r).first().map(|t| tkind(cx, t)).unwrap_or_default();
    let target = if name.trim().is_empty() {
        targets(cx, r).first().map(|t| cx.ds.strings.get(t.id).trim().to_owned()).unwrap_or_default()
    } else {
        name
    };
    Some((id.map_or_else(|| who.to_lowercase(), str::to_lowercase), format!("{kind}:{}", target.trim().to_lowercase())))
}

/// Per [`schedule_key`]: the number of days on which the application added a key (not a
/// federated credential) to the app, when the first and the last are [`SCHEDULE_GAP_MS`] or
/// more apart and every one fell within [`SCHEDULE_CLOCK_MIN`] minutes of the same time of day —
/// a rotation job renewing the app's secret week after week at its hour. The whole loaded log
/// counts, so the first renewal is judged by the ones after it; a key added at another hour is
/// off the schedule, and the pair is then no schedule at all.
fn schedules(cx: &Ctx, rows: &[u32]) -> hashbrown::HashMap<(String, String), usize> {
    let mut times: hashbrown::HashMap<(String, String), Vec<i64>> = hashbrown::HashMap::new();
    for &r in rows {
        let t = cx.at(r);
        let federated =
            activity(cx, r).contains("federated identity credential") || props_text(cx, r).contains("federatedidentitycredential");
        let added = prop(cx, r, "KeyDescription").is_some_and(|(o, n)| {
            let old = keys(&o);
            keys(&n).iter().any(|k| !old.contains(k))
        });
        if let Some(k) = schedule_key(cx, r).filter(|_| t != NO_TIME && !federated && added) {
            times.entry(k).or_default().push(t);
        }
    }
    times
        .into_iter()
        .filter_map(|(k, mut ts)| {
            ts.sort_unstable();
            let mut days: Vec<i64> = ts.iter().map(|t| t.div_euclid(24 * HOUR_MS)).collect();
            days.dedup();
            let spread = ts.last().zip(ts.first()).map_or(0, |(b, a)| b - a);
            let clock: Vec<i64> = ts.iter().map(|t| t.rem_euclid(24 * HOUR_MS) / 60_000).collect();
            let on_clock = clock.iter().max().zip(clock.iter().min()).is_some_and(|(hi, lo)| hi - lo <= SCHEDULE_CLOCK_MIN);
            (days.len() >= 2 && spread >= SCHEDULE_GAP_MS && on_clock).then_some((k, days.len()))
        })
        .collect()
}

fn credential(p: &Params, cx: &Ctx, r: u32, app: &str, added_apps: &[u32], schedule: Option<usize>) -> Option<Draft> {
    let a = activity(cx, r);
    let federated = a.contains("federated identity credential") || props_text(cx, r).contains("federatedidentitycredential");
    let (old, new) = prop(cx, r, "KeyDescription").map(|(o, n)| (keys(&o), keys(&n))).unwrap_or_default();
    let added: Vec<&String> = new.iter().filter(|k| !old.contains(k)).collect();
    let removed = old.iter().any(|k| !new.contains(k));
    // A key list that only reorders (a managed identity's certificate roll) adds nothing.
    if !federated && !new.is_empty() && added.is_empty() {
        return None;
    }
    let first = !federated && old.is_empty();
    let t = cx.at(r);
    let created = added_apps.iter().copied().find(|&c| {
        let dt = t.saturating_sub(cx.at(c));
        t != NO_TIME && (0..=p.window_hours as i64 * HOUR_MS).contains(&dt) && principal(cx, c).eq_ignore_ascii_case(app)
    });
    let who = actor(cx, r);
    let by_app = !who.contains('@');
    // The actor's own app, created in the window, from where their own managed device was: a
    // developer giving the app registration they just made its first secret or a pipeline's
    // federated credential. From anywhere else it stays High (a backdoor on a fresh app).
    let desk = !by_app && at_desk(cx, &who, cx.a(r, A::ActorIp), t);
    let own = !by_app
        && own_new_app(cx, added_apps, app, r, p.window_hours as i64 * HOUR_MS).is_some()
        && (desk || usual_network(cx, &who, cx.a(r, A::ActorIp)) || org_site(cx, cx.a(r, A::ActorIp)))
        && new_place_off_site(cx, &who, cx.a(r, A::ActorIp), t).is_none();
    // An automation renewing the app's key on a schedule (not a federated credential, which
    // needs no renewal).
    let rotation = schedule.filter(|_| by_app && !federated && created.is_none());
    // An administrator at their desk: a secret or certificate (not a federated credential) on an
    // existing app, from an address where their own compliant or managed device signed in within
    // 12 hours, on a network that is not new for them. A stolen admin session is replayed from
    // the intruder's network, where no device of the admin's signs in.
    // Not after a role given outside PIM in the window (an account that just made itself powerful).
    let kept = !by_app
        && !own
        && !federated
        && created.is_none()
        && desk
        && new_place_off_site(cx, &who, cx.a(r, A::ActorIp), t).is_none()
        && !role_outside_pim(cx, &who, t.saturating_sub(p.window_hours as i64 * HOUR_MS), t);
    let sev = if own || rotation.is_some() || kept {
        Severity::Low
    } else if first || federated || created.is_some() {
        Severity::High
    } else if removed || by_app {
        Severity::Low
    } else {
        Severity::Medium
    };
    let mut d = base(cx, &format!("{app}-{who}"), sev, r);
    let what = if federated { "Federated identity credential" } else { "Credential" };
    d.title = format!("{what} added to {}", if app.is_empty() { "an application" } else { app });
    let mut notes: Vec<String> = Vec::new();
    if let Some(c) = created {
        notes.push(format!("the app was added {} min earlier (“{}”)", minutes(cx.at(c), t), cx.a(c, A::Activity)));
    }
    if federated {
        notes.push("a federated credential lets tokens from another identity provider act as the app".into());
    } else if first {
        notes.push("the app had no credential before (or none was listed)".into());
    } else if removed {
        notes.push("a key was removed at the same time (a rotation)".into());
    } else {
        notes.push("it already had credentials".into());
    }
    if by_app && !first && !federated {
        notes.push("the actor is an application (automation)".into());
    }
    if let Some(days) = rotation {
        notes.push(format!(
            "the same application added keys to this app on {days} days in the loaded logs, the first and the last five \
             days or more apart, each within two hours of the same time of day (a scheduled rotation), so Low"
        ));
    }
    if kept {
        notes.push(
            "the actor acted from an address where their own compliant or managed device signed in within 12 hours, on a \
             network that is not new for them (an administrator at their desk), so Low"
                .into(),
        );
    }
    if own {
        notes.push(format!(
            "the actor created the app themselves and acted from {} (a developer setting up their own app), so Low",
            if desk {
                "an address where their own compliant or managed device signed in within 12 hours"
            } else if org_site(cx, cx.a(r, A::ActorIp)) {
                "one of the organisation's own sites (where many colleagues sign in on compliant or managed devices)"
            } else {
                "the network their own sign-ins use on most days of the loaded logs"
            }
        ));
    }
    d.why = format!("{} added a credential to “{}” at {} (“{}”); {}.", by(cx, r), app, hm(t), cx.a(r, A::Activity), notes.join("; "));
    d.next_steps = "Confirm with the app owner; an unexpected secret lets its holder act as the app — remove it and \
                    review the app's sign-ins (service principal sign-in log)."
        .into();
    d.users = vec![who];
    if let Some(c) = created {
        d.audits.push(c);
    }
    Some(d)
}
