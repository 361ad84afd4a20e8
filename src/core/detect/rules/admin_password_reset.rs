//! `admin_password_reset`: an administrator reset another user's password; bulk resets or
//! resets of privileged users rank higher.

use hashbrown::HashSet;

use crate::core::{
    detect::{
        DetectConfig, Severity,
        audit::{actor, base, bulk_groups, org_site, by, distinct_targets, is, is_role_add, kql_source, principal, role_name, rows_where, success, target_users},
        ctx::Ctx,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{DAY_MS, MIN_MS, is_user_signin, managed_device, own_line, place},
        text::{hm, list, plural},
    },
    kql::hunt::Hunt,
};

pub struct AdminPasswordReset;

pub struct Params {
    pub min_targets: u32,
    pub window_min: u32,
    pub roles: Vec<String>,
    pub allow: Allow,
}

impl Rule for AdminPasswordReset {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::AdminPasswordReset,
        title: "Password reset by an administrator",
        description: "An administrator reset another user's password; bulk resets or resets of privileged users rank higher.",
        mitre: &["T1098"],
        severity: "Medium in bulk, for a privileged target, or when the account had just been enabled and its first sign-in after the reset came from an address it had never used (not one of the organisation's sites, not a managed device) (a bulk without a privileged target is Low when every target had failed with a wrong password or been locked out in the 12 h before its reset, from its own address or one of the organisation's sites); Info otherwise",
        config: &["bulk_reset_min_targets", "bulk_window_min", "privileged_roles", "allow_users"],
        reads: Reads::Audits,
        needs: Needs::Nothing,
        source: "Sentinel BulkPasswordResetByActor and Splunk enable-then-reset (AU14)",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            min_targets: cfg.bulk_reset_min_targets,
            window_min: cfg.bulk_window_min,
            roles: cfg.privileged_roles.clone(),
            allow: Allow::none().users(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "any admin reset of another user; bulk: ≥ {} distinct users by one actor within {} min (Medium; Low when no \
             target holds a privileged role and every target had a wrong-password failure or a lockout, codes 50126, 50053, \
             in the 12 h before its reset from an address it signed in from on ≥ 2 days before or one of the organisation's \
             sites); Medium \
             when the target holds a privileged role ({} roles), or when its account was enabled in the {} min before the reset \
             and its first successful sign-in in the {} h after came from an address it had not signed in from on ≥ 2 days \
             before, off the organisation's sites, on no compliant or managed device{}",
            p.min_targets,
            p.window_min,
            p.roles.len(),
            ENABLE_RESET_MS / MIN_MS,
            REVIVED_WITHIN_MS / 3_600_000,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let rows = rows_where(cx, |r, a| {
            success(cx, r)
                && is("password_reset", a)
                && target_users(cx, r).first().is_some_and(|t| !t.eq_ignore_ascii_case(&actor(cx, r)))
        });
        let privileged: HashSet<String> = rows_where(cx, |r, a| is_role_add(a) && success(cx, r))
            .into_iter()
            .filter(|&r| p.roles.iter().any(|x| x.eq_ignore_ascii_case(&role_name(cx, r))))
            .map(|r| principal(cx, r).to_lowercase())
            .collect();
        let bulk = bulk_groups(cx, &rows, p.window_min as i64 * MIN_MS, p.min_targets);
        let in_bulk: HashSet<u32> = bulk.iter().flat_map(|(_, v)| v.iter().copied()).collect();
        for (a, rows) in bulk {
            let d = bulk_finding(cx, a, rows, &privileged);
            out.add(cx, d);
        }
        let enables = rows_where(cx, |r, a| success(cx, r) && is("account_enable", a));
        for r in rows.into_iter().filter(|r| !in_bulk.contains(r)) {
            let target = target_users(cx, r).into_iter().next().unwrap_or_default();
            if cx.upn_allowed(&target) {
                continue;
            }
            if let Some(rv) = revival(cx, r, &target, &enables) {
                out.add(cx, revived(cx, r, &target, rv));
                continue;
            }
            let is_priv = privileged.contains(&target.to_lowercase());
            let mut d = base(cx, &target, if is_priv { Severity::Medium } else { Severity::Info }, r);
            d.title = format!("Password of {target} reset by {}", actor(cx, r));
            d.why = format!(
                "{} reset the password of {target} at {}{}.",
                by(cx, r),
                hm(cx.at(r)),
                if is_priv { "; the target holds a privileged role" } else { "" }
            );
            d.next_steps = "Routine when a ticket asked for it; watch for privileged actions by the target soon after.".into();
            d.users = vec![target, actor(cx, r)];
            out.add(cx, d);
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.audits();
        h.signins(&[]);
        // An account enabled shortly before its reset, then signed in from an address it had no
        // success from before (the app also leaves out the organisation's sites and managed devices).
        h.line(&format!(
            "let enabled = audits\n    | where OperationName =~ \"Enable account\" and Result =~ \"success\"\n    | project EnabledUser = tolower(tostring(TargetResources[0].userPrincipalName)), EnabledAt = TimeGenerated;\nlet okSignins = signins\n    | where ResultType == \"0\"\n    | project OkUser = tolower(UserPrincipalName), OkAt = TimeGenerated, OkIp = IPAddress;\nlet enableResetMinutes = {}m;",
            ENABLE_RESET_MS / MIN_MS
        ));
        h.line("let lockedOut = signins\n    | where ResultType in (\"50126\", \"50053\")\n    | project LockUser = tolower(UserPrincipalName), LockedAt = TimeGenerated;");
        h.let_strings("privilegedRoles", &p.roles);
        h.line("let privileged = audits\n    | where OperationName has \"member to role\" and Result =~ \"success\"\n    | mv-apply Property = TargetResources[0].modifiedProperties on (where tostring(Property.displayName) =~ \"Role.DisplayName\" | extend Role = trim(@'\"', tostring(Property.newValue)))\n    | where Role in~ (privilegedRoles)\n    | distinct Holder = tolower(tostring(TargetResources[0].userPrincipalName));");
        h.line(&kql_source("password_reset", &[]));
        h.line("| extend Target = tostring(TargetResources[0].userPrincipalName)\n| where tolower(Actor) != tolower(Target)");
        for c in p.allow.audit_clauses(&["Target"], &[]) {
            h.line(&c);
        }
        // A reset answers a lockout when its target failed with a wrong password or was locked
        // out in the 12 h before it; a bulk of such answers is Low.
        h.line(
            "| extend JoinTarget = tolower(Target)\n| join kind=leftouter lockedOut on $left.JoinTarget == $right.LockUser\n| summarize Answered = countif(LockedAt between ((TimeGenerated - 12h) .. TimeGenerated)) > 0 by TimeGenerated, Actor, Target, JoinTarget\n| join kind=leftouter enabled on $left.JoinTarget == $right.EnabledUser\n| summarize Answered = take_any(Answered), Enabled = countif(EnabledAt between ((TimeGenerated - enableResetMinutes) .. TimeGenerated)) > 0 by TimeGenerated, Actor, Target, JoinTarget\n| join kind=leftouter okSignins on $left.JoinTarget == $right.OkUser\n| summarize Answered = take_any(Answered), Enabled = take_any(Enabled), KnownIps = make_set_if(OkIp, OkAt < TimeGenerated, 1000),\n    AfterIps = make_set_if(OkIp, OkAt > TimeGenerated and OkAt <= TimeGenerated + 1d, 100) by TimeGenerated, Actor, Target\n| extend Revived = Enabled and array_length(set_difference(AfterIps, KnownIps)) > 0",
        );
        h.line(&format!(
            "| extend PrivilegedTarget = tolower(Target) in (privileged)\n| summarize Resets = count(), Targets = dcount(Target), TargetSet = make_set(Target, 50), PrivilegedTargets = make_set_if(Target, PrivilegedTarget, 20),\n    AnsweredTargets = dcountif(Target, Answered), RevivedTargets = make_set_if(Target, Revived, 20), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by Actor, bin(TimeGenerated, {}m)\n| extend Bulk = Targets >= {}\n| extend Severity = iff(Bulk, iff(AnsweredTargets == Targets, \"Low\", \"Medium\"), iff(array_length(PrivilegedTargets) > 0 or array_length(RevivedTargets) > 0, \"Medium\", \"Info\"))\n| sort by Targets desc",
            p.window_min.max(1),
            p.min_targets
        ));
    }
}

/// How long before a reset the enabling of the same account makes the two one act (Splunk's
/// enable-then-reset looks 2 minutes apart; a desk working one ticket takes a few more).
const ENABLE_RESET_MS: i64 = 30 * MIN_MS;

/// How long after such a reset the account's first successful sign-in is judged.
const REVIVED_WITHIN_MS: i64 = DAY_MS;

/// An account enabled and its password reset, then signed in from somewhere it never was.
struct Revival {
    /// The "Enable account" audit row.
    enabled: u32,
    /// The account's first successful sign-in after the reset.
    signin: u32,
}

/// When reset `r` of `target` came within [`ENABLE_RESET_MS`] after the account was enabled
/// (`enables`), and the account's first successful sign-in within [`REVIVED_WITHIN_MS`] after
/// came from an address it had not signed in from on two days or more before ([`own_line`]),
/// not one of the organisation's sites, on no compliant or managed device: a disabled account
/// (a leaver's) handed back with a new password and used from elsewhere. A returning employee
/// signs in at the office, from home or on the company's laptop.
fn revival(cx: &Ctx, r: u32, target: &str, enables: &[u32]) -> Option<Revival> {
    let t = cx.at(r);
    let enabled = enables.iter().copied().rfind(|&e| {
        let te = cx.at(e);
        te <= t && te >= t - ENABLE_RESET_MS && target_users(cx, e).first().is_some_and(|u| u.eq_ignore_ascii_case(target))
    })?;
    let s = cx.subject_named(target)?;
    let lo = s.rows.partition_point(|&q| cx.st(q) < t);
    let signin = s.rows.get(lo..)?.iter().copied().take_while(|&q| cx.st(q) <= t + REVIVED_WITHIN_MS).find(|&q| cx.ok(q) && is_user_signin(cx, q))?;
    let elsewhere = own_line(cx, s, &[signin]).is_none() && !org_site(cx, cx.ip_text(signin)) && !managed_device(cx, signin);
    elsewhere.then_some(Revival { enabled, signin })
}

fn revived(cx: &Ctx, r: u32, target: &str, rv: Revival) -> Draft {
    let mut d = base(cx, target, Severity::Medium, r);
    d.title = format!("{target} enabled, reset by {} and signed in from a new address", actor(cx, r));
    d.why = format!(
        "{} enabled the account {target} at {} and {} reset its password at {}. The account's first successful sign-in \
         after, at {}, came from {} ({}), an address it had not signed in from before, off the organisation's sites and \
         on no compliant or managed device: a disabled account handed back and used from elsewhere.",
        by(cx, rv.enabled),
        hm(cx.at(rv.enabled)),
        by(cx, r),
        hm(cx.at(r)),
        hm(cx.st(rv.signin)),
        cx.ip_text(rv.signin),
        place(cx, rv.signin)
    );
    d.next_steps = "Ask for the ticket that asked to enable the account: a leaver's account brought back outside one is \
                    someone's way in. Disable it again, revoke its sessions and review what it opened."
        .into();
    d.users = vec![target.to_owned(), actor(cx, r)];
    d.audits.push(rv.enabled);
    d.signins.push(rv.signin);
    let ip = cx.ip_text(rv.signin).to_owned();
    if !ip.is_empty() && !d.ips.contains(&ip) {
        d.ips.push(ip);
    }
    d
}

/// Codes of a user who cannot sign in with their password: wrong password, locked out.
const LOCKED_OUT: [u32; 2] = [50126, 50053];

/// How long before a reset a target's failed sign-ins make the reset an answer to them.
const ANSWERS_MS: i64 = 12 * 3_600_000;

/// True when reset `r`'s target failed to sign in with a wrong password or was locked out
/// within [`ANSWERS_MS`] before it, from an address of their own ([`own_line`]) or one of the
/// organisation's sites: a teacher or the help desk answering a locked-out user, not
/// someone taking accounts that were working.
fn answers_lockout(cx: &Ctx, r: u32) -> bool {
    let t = cx.at(r);
    let Some(target) = target_users(cx, r).into_iter().next() else { return false };
    let Some(s) = cx.subject_named(&target) else { return false };
    let lo = s.rows.partition_point(|&q| cx.st(q) < t - ANSWERS_MS);
    // From the target's own line or one of the organisation's sites: a password spray gives every
    // target a wrong password from the sprayer's addresses, not from theirs.
    s.rows.get(lo..).unwrap_or(&[]).iter().take_while(|&&q| cx.st(q) <= t).any(|&q| {
        LOCKED_OUT.contains(&cx.code(q)) && (own_line(cx, s, &[q]).is_some() || org_site(cx, cx.ip_text(q)))
    })
}

fn bulk_finding(cx: &Ctx, a: String, rows: Vec<u32>, privileged: &HashSet<String>) -> Draft {
    let targets = distinct_targets(cx, &rows);
    // A privileged target keeps a bulk at Medium, as it keeps a single reset.
    let answered = !targets.iter().any(|t| privileged.contains(&t.to_lowercase())) && rows.iter().all(|&r| answers_lockout(cx, r));
    let mut d = Draft::new(format!("bulk-{a}"), if answered { Severity::Low } else { Severity::Medium });
    d.title = format!("{a} reset {} passwords", targets.len());
    d.why = format!(
        "{a} reset the passwords of {} between {} and {}: {}.",
        plural(targets.len(), "user", "users"),
        hm(cx.at(rows[0])),
        hm(cx.at(rows[rows.len() - 1])),
        list(&targets, 6)
    );
    if answered {
        d.why.push_str(
            " Low: every one of them had failed with a wrong password or been locked out in the 12 hours before their reset: \
             someone answering locked-out users.",
        );
    }
    d.next_steps = "Confirm the resets with the helpdesk ticket queue; resets that hand an attacker other accounts look \
                    exactly like this."
        .into();
    d.users = vec![a];
    d.users.extend(targets);
    d.audits = rows;
    d
}
