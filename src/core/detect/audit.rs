//! Audit-log rules: privileged roles, consent, app credentials, authentication methods,
//! policies, bulk user changes, admin password resets, guests, federation and domains, and
//! "first time this actor did this".
//!
//! Modified-property values are JSON-encoded text (`"\"Global Administrator\""`,
//! `[true]`); [`clean`] strips the quoting. Activities are matched case-insensitively by
//! their display names, as every peer rule does.

use hashbrown::{HashMap, HashSet};

use super::{DetectConfig, Draft, Finding, Severity, ctx::Ctx, hm, list, plural};
use crate::core::model::{AuditField as A, Target};

const MIN_MS: i64 = 60_000;
const DAY_MS: i64 = 86_400_000;

/// Runs every audit rule.
pub(crate) fn all(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    privileged_role(cx, cfg, out);
    app_consent(cx, cfg, out);
    app_credentials(cx, cfg, out);
    security_info(cx, cfg, out);
    ca_policy(cx, cfg, out);
    bulk_user_change(cx, cfg, out);
    admin_password_reset(cx, cfg, out);
    guest_change(cx, cfg, out);
    federation_change(cx, cfg, out);
    actor_first_activity(cx, cfg, out);
}

// ---------------------------------------------------------------------------------------
// Helpers.

/// Strips JSON quoting from a modified-property value: `"[\"x\"]"` → `x`.
pub fn clean(v: &str) -> String {
    v.replace("\\\"", "\"")
        .trim()
        .trim_matches(|c| c == '[' || c == ']' || c == '"' || c == ' ')
        .to_owned()
}

fn activity(cx: &Ctx, r: u32) -> String {
    cx.a(r, A::Activity).to_lowercase()
}

fn success(cx: &Ctx, r: u32) -> bool {
    // AUDIT_RESULT: 1 Success, 2 Failure, 3 Timeout; 0 = not given.
    matches!(
        cx.ds.audits.table.enum_code(A::Result as usize, r as usize),
        0 | 1
    )
}

/// The actor: UPN, else display name, else service principal name, else id.
pub(crate) fn actor(cx: &Ctx, r: u32) -> String {
    for f in [
        A::ActorUpn,
        A::ActorName,
        A::ActorSpName,
        A::Actor,
        A::ActorId,
    ] {
        let s = cx.a(r, f).trim();
        if !s.is_empty() {
            return s.to_owned();
        }
    }
    String::new()
}

fn targets<'c>(cx: &'c Ctx, r: u32) -> &'c [Target] {
    cx.ds.targets_of(r as usize)
}

fn tname(cx: &Ctx, t: &Target) -> String {
    for s in [t.upn, t.name, t.id] {
        let v = cx.ds.strings.get(s).trim();
        if !v.is_empty() {
            return v.to_owned();
        }
    }
    String::new()
}

fn tkind(cx: &Ctx, t: &Target) -> String {
    cx.ds.strings.get(t.kind).to_lowercase()
}

/// The first user or service-principal target's name (UPN preferred).
pub(crate) fn principal(cx: &Ctx, r: u32) -> String {
    let ts = targets(cx, r);
    ts.iter()
        .find(|t| matches!(tkind(cx, t).as_str(), "user" | "serviceprincipal"))
        .or_else(|| {
            ts.iter().find(|t| {
                !matches!(
                    tkind(cx, t).as_str(),
                    "role" | "request" | "policy" | "other"
                )
            })
        })
        .map(|t| tname(cx, t))
        .unwrap_or_default()
}

/// User UPNs among the targets.
pub(crate) fn target_users(cx: &Ctx, r: u32) -> Vec<String> {
    targets(cx, r)
        .iter()
        .filter(|t| tkind(cx, t) == "user" || !t.upn.is_empty())
        .map(|t| tname(cx, t))
        .filter(|s| !s.is_empty())
        .collect()
}

/// (old, new) of the first modified property named `name` (case-insensitive) on any target.
fn prop(cx: &Ctx, r: u32, name: &str) -> Option<(String, String)> {
    for t in targets(cx, r) {
        for p in cx.ds.props_of(t) {
            if cx.ds.strings.get(p.name).trim().eq_ignore_ascii_case(name) {
                return Some((
                    cx.ds.strings.get(p.old).to_owned(),
                    cx.ds.strings.get(p.new).to_owned(),
                ));
            }
        }
    }
    None
}

/// All modified properties' text (name old new) joined, lower-cased, for contains-checks.
fn props_text(cx: &Ctx, r: u32) -> String {
    let mut s = String::new();
    for t in targets(cx, r) {
        for p in cx.ds.props_of(t) {
            for sym in [p.name, p.old, p.new] {
                s.push_str(cx.ds.strings.get(sym));
                s.push(' ');
            }
        }
    }
    s.to_lowercase()
}

/// Value of additional detail `key`.
fn detail(cx: &Ctx, r: u32, key: &str) -> String {
    cx.ds
        .details_of(r as usize)
        .iter()
        .find(|kv| cx.ds.strings.get(kv.key).eq_ignore_ascii_case(key))
        .map(|kv| cx.ds.strings.get(kv.value).to_owned())
        .unwrap_or_default()
}

fn rows_where(cx: &Ctx, f: impl Fn(u32, &str) -> bool) -> Vec<u32> {
    cx.audits_by_time
        .iter()
        .copied()
        .filter(|&r| f(r, &activity(cx, r)))
        .collect()
}

fn base(cx: &Ctx, rule: &'static str, subject: &str, sev: Severity, r: u32) -> Draft {
    let mut d = Draft::new(rule, subject, sev);
    d.audits = vec![r];
    let ip = cx.a(r, A::ActorIp);
    if !ip.is_empty() {
        d.ips.push(ip.to_owned());
    }
    d
}

fn by(cx: &Ctx, r: u32) -> String {
    let a = actor(cx, r);
    let ip = cx.a(r, A::ActorIp);
    match (a.is_empty(), ip.is_empty()) {
        (true, _) => "an unknown actor".to_owned(),
        (false, true) => a,
        (false, false) => format!("{a} (from {ip})"),
    }
}

/// Distinct targets per actor within `window_ms`, as (actor, rows) groups that reach `min`.
fn bulk_groups(cx: &Ctx, rows: &[u32], window_ms: i64, min: u32) -> Vec<(String, Vec<u32>)> {
    let mut per_actor: HashMap<String, Vec<u32>> = HashMap::new();
    for &r in rows {
        per_actor
            .entry(actor(cx, r).to_lowercase())
            .or_default()
            .push(r);
    }
    let mut actors: Vec<String> = per_actor.keys().cloned().collect();
    actors.sort();
    let mut out = Vec::new();
    for a in actors {
        let rows = per_actor.remove(&a).unwrap_or_default();
        // Episodes: gaps ≤ window; keep when some window holds ≥ min distinct targets.
        let mut eps: Vec<Vec<u32>> = Vec::new();
        let mut last = i64::MIN;
        for r in rows {
            let t = cx.at(r);
            match eps.last_mut() {
                Some(e) if t.saturating_sub(last) <= window_ms => e.push(r),
                _ => eps.push(vec![r]),
            }
            last = t;
        }
        for ep in eps {
            let mut best = 0usize;
            let mut lo = 0usize;
            let mut counts: HashMap<String, u32> = HashMap::new();
            for hi in 0..ep.len() {
                for t in target_users(cx, ep[hi])
                    .into_iter()
                    .chain(std::iter::once(principal(cx, ep[hi])))
                    .filter(|s| !s.is_empty())
                    .collect::<HashSet<_>>()
                {
                    *counts.entry(t.to_lowercase()).or_insert(0) += 1;
                }
                while lo < hi && cx.at(ep[hi]) - cx.at(ep[lo]) > window_ms {
                    for t in target_users(cx, ep[lo])
                        .into_iter()
                        .chain(std::iter::once(principal(cx, ep[lo])))
                        .filter(|s| !s.is_empty())
                        .collect::<HashSet<_>>()
                    {
                        let k = t.to_lowercase();
                        if let Some(n) = counts.get_mut(&k) {
                            *n -= 1;
                            if *n == 0 {
                                counts.remove(&k);
                            }
                        }
                    }
                    lo += 1;
                }
                best = best.max(counts.len());
            }
            if best as u32 >= min {
                out.push((a.clone(), ep));
            }
        }
    }
    out
}

fn distinct_targets(cx: &Ctx, rows: &[u32]) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for &r in rows {
        let p = principal(cx, r);
        if !p.is_empty() && !v.iter().any(|x| x.eq_ignore_ascii_case(&p)) {
            v.push(p);
        }
    }
    v
}

// ---------------------------------------------------------------------------------------
// Privileged roles.

fn is_role_add(a: &str) -> bool {
    (a.contains("add member to role")
        || a.contains("add eligible member to role")
        || a.contains("add scoped member to role"))
        && !a.contains("requested")
        && !a.contains("failed")
        && !a.contains("canceled")
}

/// The role of a role-assignment event.
pub(crate) fn role_name(cx: &Ctx, r: u32) -> String {
    if let Some((_, new)) = prop(cx, r, "Role.DisplayName") {
        let v = clean(&new);
        if !v.is_empty() {
            return v;
        }
    }
    if let Some(t) = targets(cx, r).iter().find(|t| tkind(cx, t) == "role") {
        let v = cx.ds.strings.get(t.name).trim();
        if !v.is_empty() {
            return v.to_owned();
        }
    }
    if prop(cx, r, "Role.WellKnownObjectName")
        .is_some_and(|(_, new)| clean(&new).eq_ignore_ascii_case("CompanyAdministrator"))
    {
        return "Global Administrator".into();
    }
    let tid = prop(cx, r, "Role.TemplateId")
        .map(|p| clean(&p.1))
        .unwrap_or_else(|| detail(cx, r, "TemplateId"));
    match tid.to_lowercase().as_str() {
        "62e90394-69f5-4237-9190-012177145e10" => "Global Administrator".into(),
        "e8611ab8-c189-46e8-94e1-60213ab1f814" => "Privileged Role Administrator".into(),
        "7be44c8a-adaf-4e2a-84d6-ab2649e08a13" => "Privileged Authentication Administrator".into(),
        _ => String::new(),
    }
}

/// Privileged role assigned (first time, outside PIM, bulk) and subscription access elevation.
pub(crate) fn privileged_role(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    let learn_ms = cfg.learning_days as i64 * DAY_MS;
    let adds = rows_where(cx, |r, a| is_role_add(a) && success(cx, r));
    let is_priv = |role: &str| {
        cfg.privileged_roles
            .iter()
            .any(|p| p.eq_ignore_ascii_case(role.trim()))
    };
    let mut last_seen: HashMap<(String, String), i64> = HashMap::new();
    let mut priv_rows = Vec::new();
    for &r in &adds {
        let role = role_name(cx, r);
        let who = principal(cx, r);
        let a = activity(cx, r);
        let t = cx.at(r);
        let key = (who.to_lowercase(), role.to_lowercase());
        let first = last_seen.get(&key).is_none_or(|&t0| t - t0 > learn_ms);
        last_seen.insert(key, t);
        if cx.upn_allowed(&who) {
            continue;
        }
        let pim = a.contains("pim")
            || cx.a(r, A::Service).eq_ignore_ascii_case("PIM")
            || actor(cx, r).eq_ignore_ascii_case("MS-PIM");
        let privileged = is_priv(&role);
        if privileged {
            priv_rows.push(r);
        }
        let sev = match (privileged, pim, first) {
            (true, false, _) => Severity::High,
            (true, true, true) => Severity::Low,
            (false, false, _) if role.to_lowercase().contains("admin") => Severity::Low,
            _ => Severity::Info,
        };
        let role_txt = if role.is_empty() {
            "a role".to_owned()
        } else {
            role.clone()
        };
        let mut d = base(cx, "privileged_role", &format!("{who}-{role}"), sev, r);
        d.title = format!(
            "{} assigned to {}",
            role_txt,
            if who.is_empty() {
                "an unknown principal"
            } else {
                &who
            }
        );
        d.why = format!(
            "{} {} {role_txt} at {}: “{}” by {}{}{}.",
            if who.is_empty() { "A principal" } else { &who },
            if a.contains("eligible") {
                "was made eligible for"
            } else {
                "was given"
            },
            hm(t),
            cx.a(r, A::Activity),
            by(cx, r),
            if pim {
                ", through PIM"
            } else {
                ", outside PIM"
            },
            if first {
                format!(
                    ", the first time this principal got this role in {} days",
                    cfg.learning_days
                )
            } else {
                String::new()
            },
        );
        d.thresholds = format!(
            "role in the privileged list ({} roles): High outside PIM; Low the first time through PIM in {} days; other \
             admin roles Low",
            cfg.privileged_roles.len(),
            cfg.learning_days
        );
        d.next_steps = "Confirm the assignment with the actor through another channel; if unexpected, remove it, revoke the \
                        principal's sessions and review what it did with the role."
            .into();
        d.users = vec![who.clone(), actor(cx, r)];
        out.push(d.done(cx));
    }
    for (a, rows) in bulk_groups(
        cx,
        &priv_rows,
        cfg.bulk_window_min as i64 * MIN_MS,
        cfg.bulk_role_min_targets,
    ) {
        let targets = distinct_targets(cx, &rows);
        let mut d = Draft::new("privileged_role", format!("bulk-{a}"), Severity::High);
        d.title = format!("Bulk privileged role assignments by {a}");
        d.why = format!(
            "{a} assigned privileged roles to {} between {} and {}: {}.",
            plural(targets.len(), "principal", "principals"),
            hm(cx.at(rows[0])),
            hm(cx.at(rows[rows.len() - 1])),
            list(&targets, 6)
        );
        d.thresholds = format!(
            "≥ {} distinct targets by one actor within {} min",
            cfg.bulk_role_min_targets, cfg.bulk_window_min
        );
        d.next_steps = "Verify the change with the actor; remove unexpected assignments.".into();
        d.users = vec![a.clone()];
        d.users.extend(targets);
        d.audits = rows;
        out.push(d.done(cx));
    }
    // Subscription access elevation (Global Administrator → User Access Administrator at root).
    for r in rows_where(cx, |r, a| {
        success(cx, r)
            && ((a.contains("elevat") && a.contains("access"))
                || a.contains("assigns the caller to user access admin"))
            || detail(cx, r, "Action")
                .to_lowercase()
                .contains("elevateaccess")
    }) {
        let who = actor(cx, r);
        let mut d = base(
            cx,
            "privileged_role",
            &format!("elevate-{who}"),
            Severity::High,
            r,
        );
        d.title = format!("{who} elevated to User Access Administrator");
        d.why = format!(
            "{} used “{}” at {}: a Global Administrator gave themselves control over every Azure subscription.",
            by(cx, r),
            cx.a(r, A::Activity),
            hm(cx.at(r))
        );
        d.thresholds = "any access elevation (Microsoft.Authorization/elevateAccess)".into();
        d.next_steps = "Confirm with the administrator; remove the root-scope User Access Administrator assignment when done.".into();
        d.users = vec![who];
        out.push(d.done(cx));
    }
}

// ---------------------------------------------------------------------------------------
// Applications.

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

/// Consent to applications: admin / tenant-wide, high-risk scopes, offline_access + data.
pub(crate) fn app_consent(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    for r in rows_where(cx, |r, a| {
        a.contains("consent to application") && success(cx, r)
    }) {
        let app = targets(cx, r)
            .iter()
            .find(|t| tkind(cx, t) == "serviceprincipal")
            .map(|t| cx.ds.strings.get(t.name).to_owned())
            .unwrap_or_else(|| principal(cx, r));
        if cx.app_name_allowed(&app) || cx.upn_allowed(&actor(cx, r)) {
            continue;
        }
        let flag =
            |n: &str| prop(cx, r, n).is_some_and(|p| clean(&p.1).eq_ignore_ascii_case("true"));
        let perms = prop(cx, r, "ConsentAction.Permissions")
            .map(|p| p.1)
            .unwrap_or_default();
        let all = flag("ConsentContext.OnBehalfOfAll") || perms.contains("AllPrincipals");
        let admin = flag("ConsentContext.IsAdminConsent") || all;
        let sc = scopes(&perms);
        let high: Vec<String> = sc
            .iter()
            .filter(|s| {
                cfg.high_risk_scopes
                    .iter()
                    .any(|h| h.eq_ignore_ascii_case(s))
            })
            .cloned()
            .collect();
        let offline = sc.iter().any(|s| s.eq_ignore_ascii_case("offline_access"));
        let data: Vec<String> = sc
            .iter()
            .filter(|s| {
                cfg.data_scope_prefixes
                    .iter()
                    .any(|p| s.to_lowercase().starts_with(&p.to_lowercase()))
            })
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
        let mut d = base(cx, "app_consent", &format!("{app}-{who}"), sev, r);
        d.title = format!(
            "{} consent to “{}”",
            if admin { "Admin" } else { "User" },
            if app.is_empty() { "an app" } else { &app }
        );
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
            if sc.is_empty() {
                "not listed".to_owned()
            } else {
                sc.join(" ")
            },
            match (high.is_empty(), persistent_data) {
                (false, _) => format!(" (high-risk: {})", high.join(", ")),
                (true, true) => format!(
                    " (offline_access with {}: lasting access to data)",
                    data.join(", ")
                ),
                _ => String::new(),
            }
        );
        d.thresholds = "High: admin/AllPrincipals consent with high-risk scopes or offline_access + mail/file scopes; Medium: \
                        such scopes by one user; Low: admin consent with low-risk scopes; Info: user consent to basic scopes"
            .into();
        d.next_steps = "Check the app's publisher and reply URLs in Enterprise applications; if unknown, revoke its grants \
                        and disable the service principal, then review what it accessed."
            .into();
        d.users = vec![who];
        out.push(d.done(cx));
    }
}

/// Credentials (secrets, certificates) added to an application or service principal.
pub(crate) fn app_credentials(cx: &Ctx, _cfg: &DetectConfig, out: &mut Vec<Finding>) {
    for r in rows_where(cx, |r, a| {
        success(cx, r)
            && (a.contains("add service principal credentials")
                || a.contains("certificates and secrets management")
                || (a.contains("update application")
                    && props_text(cx, r).contains("keydescription")))
    }) {
        let app = principal(cx, r);
        if cx.app_name_allowed(&app) {
            continue;
        }
        let kd = prop(cx, r, "KeyDescription");
        let first = kd.as_ref().is_none_or(|(old, _)| clean(old).is_empty());
        let sev = if first {
            Severity::High
        } else {
            Severity::Medium
        };
        let who = actor(cx, r);
        let mut d = base(cx, "app_credentials", &format!("{app}-{who}"), sev, r);
        d.title = format!(
            "Credential added to {}",
            if app.is_empty() {
                "an application"
            } else {
                &app
            }
        );
        d.why = format!(
            "{} added a credential to “{}” at {} (“{}”){}.",
            by(cx, r),
            app,
            hm(cx.at(r)),
            cx.a(r, A::Activity),
            if first {
                "; the app had no credential before (or none was listed)"
            } else {
                "; it already had credentials"
            }
        );
        d.thresholds =
            "any secret or certificate added; High when the previous key list is empty".into();
        d.next_steps = "Confirm with the app owner; an unexpected secret lets its holder act as the app — remove it and \
                        review the app's sign-ins (service principal sign-in log)."
            .into();
        d.users = vec![who];
        out.push(d.done(cx));
    }
}

// ---------------------------------------------------------------------------------------
// Authentication methods, policies.

const SECURITY_INFO: &[&str] = &[
    "user registered security info",
    "user changed default security info",
    "user deleted security info",
    "admin updated security info",
    "user reviewed security info",
    "admin deleted security info",
    "admin registered security info",
    "user registered all required security info",
    "disable strong authentication",
    "create temporary access pass method for user",
    "delete authentication method",
    "update authentication method",
];

/// Authentication methods registered, changed or deleted; TAP; MFA disabled.
pub(crate) fn security_info(cx: &Ctx, _cfg: &DetectConfig, out: &mut Vec<Finding>) {
    for r in rows_where(cx, |r, a| {
        success(cx, r)
            && (SECURITY_INFO.iter().any(|s| a.contains(s))
                || (a.contains("update user")
                    && props_text(cx, r).contains("strongauthentication")))
    }) {
        let a = activity(cx, r);
        let reason = cx.a(r, A::Reason);
        let pt = props_text(cx, r);
        let tap = a.contains("temporary access pass")
            || contains(reason, "temporary access pass")
            || pt.contains("temporaryaccesspass");
        let mfa_off = a.contains("disable strong authentication")
            || prop(cx, r, "StrongAuthenticationRequirement").is_some_and(|(o, n)| {
                let n = n.replace(' ', "");
                n.contains("\"State\":0")
                    || n.contains("State\\\":0")
                    || (!clean(&o).is_empty() && clean(&n).is_empty())
            });
        let sev = if mfa_off || tap {
            Severity::Medium
        } else if a.starts_with("admin") || a.contains("deleted") || a.contains("delete ") {
            Severity::Low
        } else {
            Severity::Info
        };
        let who = target_users(cx, r)
            .into_iter()
            .next()
            .unwrap_or_else(|| actor(cx, r));
        if cx.upn_allowed(&who) {
            continue;
        }
        let mut d = base(cx, "security_info", &who, sev, r);
        d.title = if mfa_off {
            format!("MFA disabled for {who}")
        } else if tap {
            format!("Temporary Access Pass for {who}")
        } else {
            format!("{} for {who}", cx.a(r, A::Activity))
        };
        d.why = format!(
            "“{}” for {who} by {} at {}{}.",
            cx.a(r, A::Activity),
            by(cx, r),
            hm(cx.at(r)),
            if reason.is_empty() {
                String::new()
            } else {
                format!(": {reason}")
            }
        );
        d.thresholds = "security-info activities; Medium for MFA disabled or a Temporary Access Pass, Low for admin changes \
                        and deletions, Info for a user's own registration"
            .into();
        d.next_steps = "Confirm with the user that they made this change from a device they own; an attacker who registers \
                        a method keeps access after a password reset — remove unknown methods."
            .into();
        d.users = vec![who, actor(cx, r)];
        out.push(d.done(cx));
    }
}

/// True when a (lower-cased, unescaped) policy text lists MFA among its grant controls.
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

fn contains(hay: &str, needle: &str) -> bool {
    hay.to_lowercase().contains(&needle.to_lowercase())
}

/// Conditional Access (and other directory) policy created, updated, disabled or deleted.
pub(crate) fn ca_policy(cx: &Ctx, _cfg: &DetectConfig, out: &mut Vec<Finding>) {
    for r in rows_where(cx, |r, a| {
        success(cx, r)
            && (a.contains("conditional access policy")
                || ((a == "delete policy" || a == "update policy")
                    && cx.a(r, A::Category).eq_ignore_ascii_case("Policy")))
    }) {
        let a = activity(cx, r);
        let ca = a.contains("conditional access");
        let (mut old, mut new) = (String::new(), String::new());
        for t in targets(cx, r) {
            for p in cx.ds.props_of(t) {
                old.push_str(
                    &cx.ds
                        .strings
                        .get(p.old)
                        .to_lowercase()
                        .replace(['\\', ' '], ""),
                );
                new.push_str(
                    &cx.ds
                        .strings
                        .get(p.new)
                        .to_lowercase()
                        .replace(['\\', ' '], ""),
                );
            }
        }
        let disabled = old.contains("\"state\":\"enabled\"")
            && (new.contains("\"state\":\"disabled\"")
                || new.contains("\"state\":\"enabledforreportingbutnotenforced\""));
        let mfa_removed = a.contains("update") && grant_has_mfa(&old) && !grant_has_mfa(&new);
        let deleted = a.starts_with("delete");
        let sev = if ca && (deleted || disabled || mfa_removed) {
            Severity::Medium
        } else if ca || deleted {
            Severity::Low
        } else {
            Severity::Info
        };
        let name = targets(cx, r)
            .iter()
            .map(|t| cx.ds.strings.get(t.name).to_owned())
            .find(|s| !s.is_empty())
            .unwrap_or_default();
        let who = actor(cx, r);
        let mut d = base(cx, "ca_policy", &format!("{name}-{who}"), sev, r);
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
        d.thresholds = "Conditional Access policy add/update/delete; Medium when deleted, disabled or MFA removed; generic \
                        policy delete Low, update Info"
            .into();
        d.next_steps = "Compare the old and new policy in the details view and confirm the change with its author; restore \
                        the policy if it was not planned."
            .into();
        d.users = vec![who];
        out.push(d.done(cx));
    }
}

// ---------------------------------------------------------------------------------------
// Users.

/// One actor deleting or disabling many users in a short window.
pub(crate) fn bulk_user_change(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    let rows = rows_where(cx, |r, a| {
        success(cx, r)
            && (a == "delete user"
                || a == "disable account"
                || (a == "update user"
                    && prop(cx, r, "AccountEnabled")
                        .is_some_and(|(_, n)| clean(&n).eq_ignore_ascii_case("false"))))
    });
    for (a, rows) in bulk_groups(
        cx,
        &rows,
        cfg.bulk_window_min as i64 * MIN_MS,
        cfg.bulk_user_min_targets,
    ) {
        let targets = distinct_targets(cx, &rows);
        let mut d = Draft::new("bulk_user_change", a.clone(), Severity::High);
        d.title = format!("{a} deleted or disabled {} users", targets.len());
        d.why = format!(
            "{a} deleted or disabled {} between {} and {}: {}.",
            plural(targets.len(), "user", "users"),
            hm(cx.at(rows[0])),
            hm(cx.at(rows[rows.len() - 1])),
            list(&targets, 6)
        );
        d.thresholds = format!(
            "≥ {} distinct users by one actor within {} min",
            cfg.bulk_user_min_targets, cfg.bulk_window_min
        );
        d.next_steps = "Confirm it was a planned off-boarding; otherwise restore the users (deleted users stay restorable for \
                        30 days) and secure the actor's account."
            .into();
        d.users = vec![a.clone()];
        d.users.extend(targets);
        d.audits = rows;
        out.push(d.done(cx));
    }
}

/// Password resets by an administrator (bulk, or of a privileged user, rank higher).
pub(crate) fn admin_password_reset(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    let rows = rows_where(cx, |r, a| {
        success(cx, r)
            && (a == "reset user password"
                || a.contains("reset password (by admin)")
                || a == "reset password")
            && target_users(cx, r)
                .first()
                .is_some_and(|t| !t.eq_ignore_ascii_case(&actor(cx, r)))
    });
    let privileged: HashSet<String> = rows_where(cx, |r, a| is_role_add(a) && success(cx, r))
        .into_iter()
        .filter(|&r| {
            cfg.privileged_roles
                .iter()
                .any(|p| p.eq_ignore_ascii_case(&role_name(cx, r)))
        })
        .map(|r| principal(cx, r).to_lowercase())
        .collect();
    let bulk = bulk_groups(
        cx,
        &rows,
        cfg.bulk_window_min as i64 * MIN_MS,
        cfg.bulk_reset_min_targets,
    );
    let in_bulk: HashSet<u32> = bulk.iter().flat_map(|(_, v)| v.iter().copied()).collect();
    for (a, rows) in bulk {
        let targets = distinct_targets(cx, &rows);
        let mut d = Draft::new(
            "admin_password_reset",
            format!("bulk-{a}"),
            Severity::Medium,
        );
        d.title = format!("{a} reset {} passwords", targets.len());
        d.why = format!(
            "{a} reset the passwords of {} between {} and {}: {}.",
            plural(targets.len(), "user", "users"),
            hm(cx.at(rows[0])),
            hm(cx.at(rows[rows.len() - 1])),
            list(&targets, 6)
        );
        d.thresholds = format!(
            "≥ {} distinct users by one actor within {} min",
            cfg.bulk_reset_min_targets, cfg.bulk_window_min
        );
        d.next_steps = "Confirm the resets with the helpdesk ticket queue; resets that hand an attacker other accounts look \
                        exactly like this."
            .into();
        d.users = vec![a.clone()];
        d.users.extend(targets);
        d.audits = rows;
        out.push(d.done(cx));
    }
    for r in rows.into_iter().filter(|r| !in_bulk.contains(r)) {
        let target = target_users(cx, r).into_iter().next().unwrap_or_default();
        if cx.upn_allowed(&target) {
            continue;
        }
        let is_priv = privileged.contains(&target.to_lowercase());
        let mut d = base(
            cx,
            "admin_password_reset",
            &target,
            if is_priv {
                Severity::Medium
            } else {
                Severity::Info
            },
            r,
        );
        d.title = format!("Password of {target} reset by {}", actor(cx, r));
        d.why = format!(
            "{} reset the password of {target} at {}{}.",
            by(cx, r),
            hm(cx.at(r)),
            if is_priv {
                "; the target holds a privileged role"
            } else {
                ""
            }
        );
        d.thresholds = "any admin reset; Medium when the target holds a privileged role".into();
        d.next_steps = "Routine when a ticket asked for it; watch for privileged actions by the target soon after.".into();
        d.users = vec![target, actor(cx, r)];
        out.push(d.done(cx));
    }
}

fn domain_of(s: &str) -> String {
    let s = s.trim().to_lowercase();
    // Guest UPNs: name_partner.example#EXT#@tenant → partner.example.
    if let Some(i) = s.find("#ext#") {
        let local = &s[..i];
        return local.rsplit('_').next().unwrap_or("").to_owned();
    }
    s.rsplit_once('@')
        .map(|(_, d)| d.to_owned())
        .unwrap_or_default()
}

/// External users invited, and guests turned into members.
pub(crate) fn guest_change(cx: &Ctx, _cfg: &DetectConfig, out: &mut Vec<Finding>) {
    for r in rows_where(cx, |r, a| {
        a.contains("invite external user") && success(cx, r)
    }) {
        let invitee = {
            let e = detail(cx, r, "invitedUserEmailAddress");
            if e.is_empty() {
                target_users(cx, r).into_iter().next().unwrap_or_default()
            } else {
                e
            }
        };
        let who = actor(cx, r);
        let (da, di) = (domain_of(&who), domain_of(&invitee));
        if !da.is_empty() && da == di {
            continue; // an address of the inviter's own organisation: not external
        }
        let mut d = base(cx, "guest_change", &invitee, Severity::Low, r);
        d.title = format!(
            "External user {} invited",
            if invitee.is_empty() {
                "(unknown)"
            } else {
                &invitee
            }
        );
        d.why = format!(
            "{} invited the external user {invitee} at {}.",
            by(cx, r),
            hm(cx.at(r))
        );
        d.thresholds =
            "any successful invitation of an address outside the inviter's domain".into();
        d.next_steps =
            "Check that a business reason exists; remove guests nobody asked for.".into();
        d.users = vec![invitee, who];
        out.push(d.done(cx));
    }
    for r in rows_where(cx, |r, a| {
        success(cx, r)
            && a.contains("update user")
            && prop(cx, r, "UserType").is_some_and(|(o, n)| {
                clean(&o).eq_ignore_ascii_case("guest") && clean(&n).eq_ignore_ascii_case("member")
            })
    }) {
        let target = target_users(cx, r).into_iter().next().unwrap_or_default();
        let mut d = base(
            cx,
            "guest_change",
            &format!("member-{target}"),
            Severity::Medium,
            r,
        );
        d.title = format!("Guest {target} turned into a member");
        d.why = format!(
            "{} changed {target}'s user type from Guest to Member at {}.",
            by(cx, r),
            hm(cx.at(r))
        );
        d.thresholds = "UserType Guest → Member".into();
        d.next_steps = "Members see the whole directory; confirm the change was intended.".into();
        d.users = vec![target, actor(cx, r)];
        out.push(d.done(cx));
    }
}

/// Federation settings, domain authentication, new domains, external OIDC providers.
pub(crate) fn federation_change(cx: &Ctx, _cfg: &DetectConfig, out: &mut Vec<Finding>) {
    for r in rows_where(cx, |r, a| {
        a.contains("set federation settings on domain")
            || (success(cx, r)
                && (a.contains("set domain authentication")
                    || a.contains("add unverified domain")
                    || a.contains("add verified domain")
                    || a == "verify domain"
                    || a.contains("add domain to company")
                    || (a.contains("authentication methods policy")
                        && (props_text(cx, r).contains("openidconnect")
                            || props_text(cx, r).contains("discoveryurl")))))
    }) {
        let a = activity(cx, r);
        let pt = props_text(cx, r);
        let (sev, what) = if a.contains("federation settings") {
            (Severity::High, "Federation settings changed")
        } else if a.contains("set domain authentication") && pt.contains("federated") {
            (
                Severity::High,
                "Domain switched to federated authentication",
            )
        } else if a.contains("authentication methods policy") {
            (Severity::High, "External identity provider (OIDC) changed")
        } else if a.contains("set domain authentication") {
            (Severity::Info, "Domain authentication updated")
        } else {
            (Severity::Low, "Domain added")
        };
        let target = targets(cx, r)
            .iter()
            .map(|t| cx.ds.strings.get(t.name).to_owned())
            .find(|s| !s.is_empty())
            .unwrap_or_default();
        let who = actor(cx, r);
        let mut d = base(cx, "federation_change", &format!("{target}-{who}"), sev, r);
        d.title = format!(
            "{what}{}",
            if target.is_empty() {
                String::new()
            } else {
                format!(": {target}")
            }
        );
        d.why = format!(
            "{} — “{}”{} at {}{}.",
            by(cx, r),
            cx.a(r, A::Activity),
            if target.is_empty() {
                String::new()
            } else {
                format!(" on {target}")
            },
            hm(cx.at(r)),
            if success(cx, r) {
                ""
            } else {
                " (the operation failed)"
            }
        );
        d.thresholds = "federation settings (any result), domain authentication set to Federated, OIDC discovery URL change: \
                        High; domain added: Low"
            .into();
        d.next_steps = "A new or changed federation trust lets its owner mint tokens for your users (Golden SAML): confirm \
                        the change with the identity team immediately and revert it if unknown."
            .into();
        d.users = vec![who];
        out.push(d.done(cx));
    }
}

// ---------------------------------------------------------------------------------------
// Actor baseline.

const WATCHED_CATEGORIES: &[&str] = &[
    "rolemanagement",
    "applicationmanagement",
    "policy",
    "directorymanagement",
];

/// The first time an actor performs a role / application / policy / directory activity.
pub(crate) fn actor_first_activity(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    let learn_ms = cfg.learning_days as i64 * DAY_MS;
    let Some(&first_row) = cx.audits_by_time.first() else {
        return;
    };
    let log_start = cx.at(first_row);
    let mut seen: HashMap<(String, String), i64> = HashMap::new();
    let mut actor_last: HashMap<String, i64> = HashMap::new();
    for &r in &cx.audits_by_time {
        let who = actor(cx, r).to_lowercase();
        if who.is_empty() {
            continue;
        }
        let t = cx.at(r);
        let a = activity(cx, r);
        let key = (who.clone(), a.clone());
        let before = seen.insert(key, t);
        let acted_before = actor_last
            .insert(who.clone(), t)
            .is_some_and(|t0| t - t0 <= learn_ms);
        let cat = cx.a(r, A::Category).to_lowercase();
        // Consent has its own rule; a PIM self-activation is the routine use of an eligible role.
        let routine = a.contains("consent to application")
            || (a.contains("pim activation") && principal(cx, r).eq_ignore_ascii_case(&who));
        if routine
            || !success(cx, r)
            || !WATCHED_CATEGORIES.contains(&cat.as_str())
            || cx.upn_allowed(&who)
        {
            continue;
        }
        // The log must cover enough time before this event for "first" to mean something.
        if t - log_start < cfg.min_history_days as i64 * DAY_MS {
            continue;
        }
        if before.is_some_and(|t0| t - t0 <= learn_ms) {
            continue;
        }
        let name = actor(cx, r);
        let mut d = base(
            cx,
            "actor_first_activity",
            &format!("{name}-{a}"),
            Severity::Low,
            r,
        );
        d.title = format!("First “{}” by {name}", cx.a(r, A::Activity));
        d.why = format!(
            "{} performed “{}” ({}) at {} — {} in the {} days before.",
            by(cx, r),
            cx.a(r, A::Activity),
            cx.a(r, A::Category),
            hm(t),
            if acted_before {
                "an activity this actor never performed"
            } else {
                "the actor's first audited activity at all"
            },
            cfg.learning_days
        );
        d.thresholds = format!(
            "(actor, activity) unseen in the previous {} days; categories RoleManagement, ApplicationManagement, Policy, \
             DirectoryManagement; the audit log must cover ≥ {} days before",
            cfg.learning_days, cfg.min_history_days
        );
        d.next_steps = "Check that the actor's role and duties include this; a compromised account often does things its \
                        owner never did."
            .into();
        d.users = vec![name];
        out.push(d.done(cx));
    }
}
