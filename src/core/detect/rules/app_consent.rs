//! `app_consent`: consent granted to an application, weighed by its permissions
//! ([`crate::core::detect::permissions`]): the worst permission's tier, tenant-wide reach and
//! `offline_access` with data permissions.

use crate::core::{
    detect::{
        DetectConfig,
        Severity,
        audit::{
            activity, actor, added_words, base, by, clean, consent_keys, is, kql_activities, kql_source, principal, prop, rows_where, success,
            targets, tkind,
        },
        ctx::Ctx,
        permissions::{Reach, Tier, Tiers, assess, mailbox, scope_words},
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::DAY_MS,
        text::hm,
    },
    kql::hunt::Hunt,
    model::NO_TIME,
};
use hashbrown::HashMap;

pub struct AppConsent;

pub struct Params {
    pub tiers: Tiers,
    pub allow: Allow,
}

impl Rule for AppConsent {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::AppConsent,
        title: "Consent granted to an application",
        description: "Consent to an application (by a user or an admin, for one user or tenant-wide), weighed by the tier of its worst permission, tenant-wide reach and offline_access with data permissions.",
        mitre: &["T1528", "T1098.003"],
        severity: "by weight: the worst permission's tier (low 1 … critical 4), +1 tenant-wide (AllPrincipals), +1 offline_access with a medium-or-worse permission; 1 Info, 2 Low, 3 Medium, 4 High, 5+ Critical with a critical permission (else High); Low for a user's consent to an app another user consented to a day or more before with these permissions or more (not admin, not critical); the first consent names the users who followed",
        config: &["permission_tiers", "allow_users", "allow_apps"],
        reads: Reads::Audits,
        needs: Needs::Nothing,
        source: "Sentinel RareApplicationConsent / SuspiciousOAuthApp_OfflineAccess / EndUserConsentMailboxOfflineAccess, Microsoft's app-consent investigation playbook, Sigma end-user consent (AU5)",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params { tiers: Tiers::from_config(cfg), allow: Allow::none().users(cfg).apps(cfg) }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "weight = worst permission's tier ({}) + 1 tenant-wide + 1 offline_access with a medium-or-worse permission; \
             1 Info, 2 Low, 3 Medium, 4 High, 5+ Critical with a critical permission (else High); scopes from ConsentAction.Permissions and the delegated grants \
             of the same action; Low when another user consented to the same app (its app id, else its name) a day or more \
             before and this is a user's own consent with no critical permission, asking for nothing that consent did not (no worse tier, \
             no medium-or-worse scope it lacked, no mailbox scope — Mail.*, MailboxSettings.*, EWS, EAS, IMAP, POP, SMTP — when it \
             had none); the first consent lists the users who followed{}",
            p.tiers.sentence(),
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let consents = rows_where(cx, |r, a| is("consent", a) && success(cx, r));
        let firsts = Firsts::of(cx, &consents);
        let mut drafts: Vec<(u32, Draft)> = Vec::new();
        for &r in &consents {
            let app = app_name(cx, r);
            if cx.app_name_allowed(&app) || cx.upn_allowed(&actor(cx, r)) {
                continue;
            }
            let prior = firsts.before(cx, r);
            drafts.push((r, consent(p, cx, r, &app, prior)));
        }
        // The first consent to an app names the colleagues who consented to it after (a campaign's
        // victims over days, or the organisation adopting the app): one story to vet at once.
        let later: Vec<(u32, String)> = drafts
            .iter()
            .filter(|(_, d)| d.severity == Severity::Low && d.why.contains(ALREADY_USED))
            .map(|(r, _)| (*r, actor(cx, *r).to_lowercase()))
            .collect();
        for (r, d) in &mut drafts {
            if d.why.contains(ALREADY_USED) {
                continue;
            }
            let (keys, t, who) = (app_keys(cx, *r), cx.at(*r), actor(cx, *r).to_lowercase());
            let followers: Vec<&(u32, String)> = later
                .iter()
                .filter(|(q, by)| *by != who && cx.at(*q) > t && app_keys(cx, *q).iter().any(|k| keys.contains(k)))
                .filter(|(q, _)| firsts.before(cx, *q).is_some_and(|(f, _, _)| f == *r))
                .collect();
            if followers.is_empty() {
                continue;
            }
            let mut names: Vec<String> = Vec::new();
            for (q, by) in &followers {
                if !d.users.contains(by) {
                    d.users.push(by.clone());
                }
                d.audits.push(*q);
                names.push(format!("{by} at {}", hm(cx.at(*q))));
            }
            let n = followers.len();
            d.why.push_str(&format!(
                " Later {n} other user{} consented to the same app with no wider permissions (each a Low finding of its own): {}.",
                if n == 1 { "" } else { "s" },
                names.join(", ")
            ));
        }
        for (_, d) in drafts {
            out.add(cx, d);
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.audits();
        // Consents to the same app (its service principal) by someone else a day or more
        // before, as in the app: the organisation already uses it. Looked up over 30 days, as
        // Sentinel's high-risk-scope rule does.
        h.line(&format!(
            "let priorConsents = AuditLogs\n    | where TimeGenerated between ((startTime - 30d) .. endTime) and {} and Result =~ \"success\"\n    | project AppObjectId = tostring(TargetResources[0].id), PriorActor = tostring(InitiatedBy.user.userPrincipalName), PriorTime = TimeGenerated,\n        PriorMailbox = tostring(TargetResources[0].modifiedProperties) matches regex @\"(?i)(\\bmail\\.(read|readwrite|send)\\b|mailboxsettings\\.|\\b(ews|eas|imap|pop|smtp)\\.|full_access_as_app)\";",
            kql_activities("consent", "OperationName")
        ));
        h.line(&kql_source("consent", &[]));
        h.line("| extend AppName = tostring(TargetResources[0].displayName), AppObjectId = tostring(TargetResources[0].id)");
        for c in p.allow.audit_clauses(&["Actor"], &["AppName"]) {
            h.line(&c);
        }
        h.line(&format!(
            "| mv-apply Property = TargetResources[0].modifiedProperties on (\n    summarize IsAdminConsent = take_anyif(tostring(Property.newValue), tostring(Property.displayName) =~ \"ConsentContext.IsAdminConsent\"),\n        Permissions = take_anyif(tostring(Property.newValue), tostring(Property.displayName) =~ \"ConsentAction.Permissions\")\n    )\n| extend AllPrincipals = Permissions has \"AllPrincipals\", Admin = IsAdminConsent has \"True\" or Permissions has \"AllPrincipals\"\n| extend Scopes = extract_all(@\"Scope:\\s*([^,\\]]*)\", Permissions)\n| mv-apply Scope = Scopes to typeof(string) on (\n    mv-expand Word = split(trim(@\"\\s\", Scope), \" \") to typeof(string)\n    | extend Tier = max_of({}, 1)\n    | summarize MaxTier = max(Tier), Worst = make_set_if(Word, Tier >= 3, 20), Offline = countif(Word =~ \"offline_access\"), DataScopes = countif(Tier >= 2)\n    )\n| extend Weight = max_of(MaxTier, 1) + toint(AllPrincipals) + toint(Offline > 0 and DataScopes > 0)\n| extend Severity = case(Weight >= 5, \"critical\", Weight == 4, \"high\", Weight == 3, \"medium\", Weight == 2, \"low\", \"info\")\n| join kind=leftouter priorConsents on AppObjectId\n| extend IsPrior = toint(PriorActor contains \"@\" and Actor contains \"@\" and PriorActor !~ Actor and PriorTime <= TimeGenerated - 1d)\n| extend PriorMailbox = IsPrior == 1 and PriorMailbox\n| summarize arg_max(IsPrior, *) by Id\n| extend Mailbox = Permissions matches regex @\"(?i)(\\bmail\\.(read|readwrite|send)\\b|mailboxsettings\\.|\\b(ews|eas|imap|pop|smtp)\\.|full_access_as_app)\"\n| extend Severity = iff(IsPrior == 1 and not(Admin) and MaxTier < 4 and Weight >= 3 and (not(Mailbox) or PriorMailbox), \"low\", Severity)\n| project TimeGenerated, Severity, Weight, Actor, ActorIp, AppName, AppObjectId, Admin, AllPrincipals, Worst, Permissions, PriorActor = iff(IsPrior == 1, PriorActor, \"\"), CorrelationId, Id\n| sort by Weight desc, TimeGenerated desc",
            p.tiers.kql_tier("Word")
        ));
    }
}

/// The scopes of `ConsentAction.Permissions` text:
/// `"[] => [[ConsentType: AllPrincipals, Scope:  Mail.ReadWrite offline_access, …]]"` (the
/// part after `=>`, the new grant, when both sides are listed).
fn scopes(perm_text: &str) -> Vec<String> {
    let text = perm_text.rsplit("=>").next().unwrap_or(perm_text);
    let mut out: Vec<String> = Vec::new();
    for part in text.split("Scope:").skip(1) {
        let part = part.split([',', ']']).next().unwrap_or("");
        for s in scope_words(part) {
            if !out.iter().any(|x| x.eq_ignore_ascii_case(&s)) {
                out.push(s);
            }
        }
    }
    out
}

/// How long before a consent another user's consent to the same app must be for the app to count
/// as one the organisation already uses: a phishing campaign's consents come within hours.
pub(crate) const PRIOR_CONSENT_MS: i64 = DAY_MS;


/// The keys of the app consent `r` was granted to: its app ids when the audit names them, else
/// its service principal's object id (one per app in the tenant), else its name.
fn app_keys(cx: &Ctx, r: u32) -> Vec<String> {
    let keys = consent_keys(cx, r);
    if keys.iter().any(|k| !k.starts_with("name:")) {
        return keys;
    }
    let ids: Vec<String> = targets(cx, r)
        .iter()
        .filter(|t| tkind(cx, t) == "serviceprincipal")
        .map(|t| cx.ds.strings.get(t.id).trim().to_lowercase())
        .filter(|id| !id.is_empty())
        .map(|id| format!("sp:{id}"))
        .collect();
    if ids.is_empty() { keys } else { ids }
}

/// A consent: when, its row, by whom (lower-cased).
type Consent = (i64, u32, String);

/// Per app key, the earliest timed consent by a user, and the earliest by another user than
/// that one: enough to answer [`Firsts::before`] for any consent in one look per key.
struct Firsts(HashMap<String, [Option<Consent>; 2]>);

impl Firsts {
    fn of(cx: &Ctx, consents: &[u32]) -> Firsts {
        let mut m: HashMap<String, [Option<Consent>; 2]> = HashMap::new();
        for &r in consents {
            let (t, who) = (cx.at(r), actor(cx, r).to_lowercase());
            if t == NO_TIME || !who.contains('@') {
                continue;
            }
            for k in app_keys(cx, r) {
                let e = m.entry(k).or_default();
                let earlier = |x: &Option<Consent>| x.as_ref().is_none_or(|x| t < x.0);
                if earlier(&e[0]) {
                    // The old first moves down when it was someone else's.
                    if e[0].as_ref().is_some_and(|x| x.2 != who) {
                        e[1] = e[0].take();
                    }
                    e[0] = Some((t, r, who.clone()));
                } else if e[0].as_ref().is_some_and(|x| x.2 != who) && earlier(&e[1]) {
                    e[1] = Some((t, r, who.clone()));
                }
            }
        }
        Firsts(m)
    }

    /// The earliest consent to the same app as consent `r` (a shared key) by another user,
    /// [`PRIOR_CONSENT_MS`] or more before it, as (row, time, actor). Sentinel's rare-consent
    /// and high-risk-scope rules likewise alert only on an app the tenant has not consented to
    /// before; the first consent is the one to vet, and it keeps its weight.
    fn before(&self, cx: &Ctx, r: u32) -> Option<(u32, i64, &str)> {
        let (t, who) = (cx.at(r), actor(cx, r).to_lowercase());
        if t == NO_TIME || !who.contains('@') {
            return None;
        }
        app_keys(cx, r)
            .iter()
            .filter_map(|k| self.0.get(k))
            .filter_map(|e| e.iter().flatten().find(|x| x.2 != who))
            .filter(|x| x.0 <= t - PRIOR_CONSENT_MS)
            .min_by_key(|x| x.0)
            .map(|x| (x.1, x.0, x.2.as_str()))
    }
}

/// The name of the app consent `r` was granted to (its service principal's, else the target's).
fn app_name(cx: &Ctx, r: u32) -> String {
    targets(cx, r)
        .iter()
        .find(|t| tkind(cx, t) == "serviceprincipal")
        .map(|t| cx.ds.strings.get(t.name).to_owned())
        .unwrap_or_else(|| principal(cx, r))
}

/// The words that mark a later consent to an app the organisation already uses.
const ALREADY_USED: &str = "the organisation already uses this app";

/// The scopes consent `r` granted: `ConsentAction.Permissions` and the delegated grants of the
/// same action (an amended consent shows the old scope on both sides).
pub(crate) fn granted(cx: &Ctx, r: u32) -> Vec<String> {
    let perms = prop(cx, r, "ConsentAction.Permissions").map(|p| p.1).unwrap_or_default();
    let mut sc = scopes(&perms);
    for &g in cx.correlated(r).iter().filter(|&&g| g != r && is("delegated_grant", &activity(cx, g))) {
        for w in added_words(cx, g, "DelegatedPermissionGrant.Scope").1 {
            if !sc.iter().any(|x| x.eq_ignore_ascii_case(&w)) {
                sc.push(w);
            }
        }
    }
    sc
}

fn consent(p: &Params, cx: &Ctx, r: u32, app: &str, prior: Option<(u32, i64, &str)>) -> Draft {
    let flag = |n: &str| prop(cx, r, n).is_some_and(|p| clean(&p.1).eq_ignore_ascii_case("true"));
    let perms = prop(cx, r, "ConsentAction.Permissions").map(|p| p.1).unwrap_or_default();
    let all = flag("ConsentContext.OnBehalfOfAll") || perms.contains("AllPrincipals");
    let admin = flag("ConsentContext.IsAdminConsent") || all;
    let sc = granted(cx, r);
    let reach = if all { Reach::AllUsers } else { Reach::OneUser };
    let a = assess(&p.tiers, &sc, reach, &[]);
    let who = actor(cx, r);
    // An app another user consented to more than a day before: the organisation already uses
    // it. A user's own consent to it is Low (the first one keeps its weight and names the
    // colleagues who followed: a campaign spread over days is told there, with every victim);
    // an admin's, tenant-wide or critical grant, or one asking for more than that earlier consent
    // did (a worse tier, or the mailbox where it had none: an app the organisation uses for
    // files that now wants mail), is judged on its own.
    let wider = |q: u32| {
        let before = granted(cx, q);
        let b = assess(&p.tiers, &before, Reach::OneUser, &[]);
        a.tier > b.tier
            || sc.iter().any(|s| mailbox(s)) && !before.iter().any(|s| mailbox(s))
            || sc.iter().any(|s| !before.iter().any(|x| x.eq_ignore_ascii_case(s)) && p.tiers.tier(s, Reach::OneUser) >= Tier::Medium)
    };
    let used = prior.filter(|&(q, _, _)| !admin && a.tier < Tier::Critical && a.severity > Severity::Low && !wider(q));
    let sev = if used.is_some() { Severity::Low } else { a.severity };
    let mut d = base(cx, &format!("{app}-{who}"), sev, r);
    d.title = format!("{} consent to “{}”", if admin { "Admin" } else { "User" }, if app.is_empty() { "an app" } else { app });
    d.why = format!(
        "{} granted {}consent to “{}” at {}; scopes: {}{}{}{}.",
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
        if sc.is_empty() { "not listed".to_owned() } else { sc.join(" ") },
        if a.tier >= Tier::Medium { format!(" ({} tier: {})", a.tier.label(), a.worst.join(", ")) } else { String::new() },
        if a.reasons.is_empty() { String::new() } else { format!("; {}", a.reasons.join("; ")) },
        used.map_or(String::new(), |(_, at, by)| format!(
            "; {ALREADY_USED}: {by} consented to it at {} (a day or more before) with these permissions or more, so Low — the \
             first consent is the one to vet",
            hm(at)
        ))
    );
    d.next_steps = "Check the app's publisher and reply URLs in Enterprise applications; if unknown, revoke its grants and \
                    disable the service principal, then review what it accessed."
        .into();
    d.users = vec![who];
    d
}
