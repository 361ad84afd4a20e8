//! `chain`: a suspicious sign-in of a user, then — for the same user within the window — a
//! sensitive change in the audit log (security info, roles, consent, app credentials,
//! policies, federation). One Critical finding per story, listing the keys of the findings
//! it links (`parts`), ranked above them.
//!
//! Built from the other rules' findings, so every threshold of a part applies; this rule
//! only decides which findings belong together.

use crate::core::{
    detect::{
        DetectConfig, Finding, Severity,
        ctx::Ctx,
        rule::{Allow, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        ctx::NONE,
        signin::{HOUR_MS, MIN_MS, is_user_signin, place},
        text::{hm, minutes},
    },
    kql::hunt::Hunt,
};

pub struct Chain;

pub struct Params {
    pub window_hours: u32,
    pub allow: Allow,
}

/// How much earlier than the sign-in an audit change may be and still belong to it
/// (Sentinel X3 uses −30 min: the portal sometimes logs the change before the sign-in).
const LEAD_MIN: i64 = 30;

/// When the changes came relative to the sign-in at `t0`: "then within 40 min", or, when the
/// portal logged one up to [`LEAD_MIN`] earlier, "from 6 min before to 20 min after it".
fn span_text(t0: i64, first: i64, last: i64) -> String {
    if first >= t0 {
        format!("then within {} min", minutes(t0, last))
    } else if last <= t0 {
        format!("within {} min before it", minutes(first, t0))
    } else {
        format!("from {} min before to {} min after it", minutes(first, t0), minutes(t0, last))
    }
}

/// The finding rules a chain starts from, and what each is called in the chain's title.
fn trigger_label(f: &Finding) -> Option<&'static str> {
    use RuleId as R;
    match (f.rule, f.severity) {
        (R::RiskySignin, s) if s >= Severity::Medium => Some("risky sign-in"),
        (R::SigninDeviation, s) if s >= Severity::Medium => Some("unfamiliar sign-in"),
        (R::ImpossibleTravel, s) if s >= Severity::Medium => Some("impossible travel"),
        (R::MfaFatigue, Severity::Critical) => Some("MFA prompt approved after fatigue"),
        (R::PasswordSprayIp | R::PasswordSprayTenant, Severity::Critical) => Some("password-spray success"),
        (R::SuccessAfterFailures, s) if s >= Severity::Medium => Some("success after failures"),
        (R::LegacyAuth, s) if s >= Severity::Medium => Some("legacy-protocol sign-in"),
        (R::DeviceCode, s) if s >= Severity::Medium => Some("device-code sign-in"),
        (R::ToolUserAgent, s) if s >= Severity::Medium => Some("scripted sign-in"),
        (R::FirstPartyClient, s) if s >= Severity::Medium => Some("first-party tool token (OAuth phishing)"),
        (R::TokenReplay, s) if s >= Severity::Medium => Some("session token replayed"),
        _ => None,
    }
}

/// The audit findings that can follow a suspicious sign-in in a chain.
const FOLLOW_UPS: &[RuleId] = &[
    RuleId::SecurityInfo,
    RuleId::PrivilegedRole,
    RuleId::AppConsent,
    RuleId::PermissionGrant,
    RuleId::AppCredentials,
    RuleId::AppOwner,
    RuleId::CaPolicyChange,
    RuleId::FederationChange,
    RuleId::AdminPasswordReset,
    RuleId::GuestChange,
    RuleId::BulkUserChange,
    RuleId::ActorFirstActivity,
];

impl Rule for Chain {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::Chain,
        title: "Suspicious sign-in followed by a sensitive change",
        description: "A risky, deviating, impossible-travel, fatigue-approved, sprayed (or from a spraying address), legacy, device-code, first-party-tool or token-replay sign-in, then — for the same user or from the same address within the window — security info registered, a role assigned, consent or permissions granted, a credential or owner added or a policy changed. One story, ranked above its parts.",
        mitre: &["T1078", "T1098"],
        severity: "Critical",
        config: &["chain_window_hours", "allow_users"],
        reads: Reads::Findings,
        needs: Needs::Time,
        source: "Sentinel riskSignInWithNewMFAMethod / SuspiciousSignInFollowedByMFAModification (X1, X3, X7)",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params { window_hours: cfg.chain_window_hours, allow: Allow::none().users(cfg) }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "a suspicious successful sign-in (risky ≥ medium, unfamiliar ≥ medium, impossible travel ≥ medium, fatigue \
             approved, spray success, brute-force success ≥ medium, a success from a spraying address up to \
             {SPRAY_FOLLOW_DAYS} days after the spray, legacy / device-code / scripted / first-party-tool success ≥ medium, a \
             replayed session token ≥ medium) and an audit change \
             involving the same user or made from the same rare address (successful sign-ins by at most two users), from \
             {LEAD_MIN} min before to {} h after{}",
            p.window_hours,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let followups: Vec<usize> = (0..out.findings.len()).filter(|&i| FOLLOW_UPS.contains(&out.findings[i].rule)).collect();
        if followups.is_empty() {
            // A chain needs a change after the sign-in.
            return;
        }
        let triggers = triggers(cx, &out.findings);
        let window = p.window_hours as i64 * HOUR_MS;
        let mut new = Vec::new();
        let mut i = 0;
        while i < triggers.len() {
            // A cluster: this user's triggers each within the window of the previous one.
            let mut j = i + 1;
            while j < triggers.len()
                && triggers[j].user.eq_ignore_ascii_case(&triggers[i].user)
                && triggers[j].t - triggers[j - 1].t <= window
            {
                j += 1;
            }
            if let Some(f) = story(cx, &out.findings, &triggers[i..j], &followups, window) {
                new.push(f);
            }
            i = j;
        }
        for (user, t0, f) in new {
            out.add_finding(&user, t0, f);
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&["LocationDetails"]);
        h.audits();
        h.line("let suspicious = signins\n    | where ResultType == \"0\"\n    | where RiskLevelDuringSignIn in~ (\"medium\", \"high\") or RiskLevelAggregated in~ (\"medium\", \"high\") or RiskState =~ \"atRisk\"\n    | project SigninTime = TimeGenerated, User = tolower(UserPrincipalName), SigninIp = IPAddress,\n        SigninCountry = tostring(LocationDetails.countryOrRegion), Risk = RiskLevelDuringSignIn;");
        let mut q = String::from("audits\n| where Result =~ \"success\" and Category in~ (\"UserManagement\", \"RoleManagement\", \"ApplicationManagement\", \"Policy\", \"DirectoryManagement\")\n| extend Target = tolower(tostring(TargetResources[0].userPrincipalName))\n| extend Who = pack_array(tolower(Actor), Target)\n| mv-expand Who to typeof(string)\n| where isnotempty(Who)");
        for c in p.allow.audit_clauses(&["Who"], &[]) {
            q.push('\n');
            q.push_str(&c);
        }
        h.line(&format!(
            "{q}\n| join kind=inner (suspicious) on $left.Who == $right.User\n| where TimeGenerated between ((SigninTime - {LEAD_MIN}m) .. (SigninTime + {}h))\n| summarize Steps = make_set(OperationName, 20), StepCount = dcount(OperationName), FirstSignin = min(SigninTime),\n    SigninIps = make_set(SigninIp, 10), Countries = make_set(SigninCountry, 10), LastStep = max(TimeGenerated)\n    by User\n| sort by FirstSignin asc",
            p.window_hours
        ));
    }
}

struct Trigger {
    finding: usize,
    label: &'static str,
    user: String,
    t: i64,
    rows: Vec<u32>,
}

/// How long after a password spray a success from one of its addresses still starts a chain.
const SPRAY_FOLLOW_DAYS: i64 = 7;

/// The successful evidence sign-ins of suspicious sign-in findings, and the successful
/// sign-ins from a spraying address after the spray, per user, sorted by user and time.
fn triggers(cx: &Ctx, findings: &[Finding]) -> Vec<Trigger> {
    let mut out: Vec<Trigger> = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        if let Some(label) = trigger_label(f) {
            let mut rows = f.signins.clone();
            // A travel finding's first row is where the user came from, not the suspicious end.
            if f.rule == RuleId::ImpossibleTravel && rows.len() > 1 {
                rows.remove(0);
            }
            push_per_user(cx, &mut out, i, label, rows);
        }
        if matches!(f.rule, RuleId::PasswordSprayIp | RuleId::PasswordSprayTenant) && f.severity >= Severity::Medium {
            push_per_user(cx, &mut out, i, "sign-in from a spraying address", from_spray_ips(cx, f));
        }
    }
    out.sort_by_cached_key(|a| (a.user.to_lowercase(), a.t));
    out
}

/// Successful user sign-ins from the addresses of spray finding `f`, from its start to
/// [`SPRAY_FOLLOW_DAYS`] after its end.
fn from_spray_ips(cx: &Ctx, f: &Finding) -> Vec<u32> {
    let mut ips: Vec<u32> = f.signins.iter().map(|&r| cx.ip[r as usize]).filter(|&i| i != NONE).collect();
    ips.sort_unstable();
    ips.dedup();
    let until = f.last_ms.saturating_add(SPRAY_FOLLOW_DAYS * 24 * HOUR_MS);
    ips.iter()
        .filter_map(|&i| cx.ips.get(i as usize))
        .flat_map(|info| info.rows.iter().copied())
        .filter(|&r| cx.ok(r) && is_user_signin(cx, r) && (f.first_ms..=until).contains(&cx.st(r)))
        .collect()
}

/// One trigger per user among `rows` (their successful, not allow-listed sign-ins).
fn push_per_user(cx: &Ctx, out: &mut Vec<Trigger>, finding: usize, label: &'static str, rows: Vec<u32>) {
    let mut per_user: Vec<(String, Vec<u32>)> = Vec::new();
    for r in rows {
        let who = cx.who(r);
        if !cx.ok(r) || cx.user_allowed(r) || who.is_empty() {
            continue;
        }
        match per_user.iter_mut().find(|(u, _)| u.eq_ignore_ascii_case(who)) {
            Some((_, v)) => v.push(r),
            None => per_user.push((who.to_owned(), vec![r])),
        }
    }
    for (user, rows) in per_user {
        let t = rows.iter().map(|&r| cx.st(r)).min().unwrap_or(i64::MIN);
        out.push(Trigger { finding, label, user, t, rows });
    }
}

/// The chain of one cluster of triggers, with the user it is about, when changes follow.
fn story(cx: &Ctx, out: &[Finding], cluster: &[Trigger], followups: &[usize], window: i64) -> Option<(String, i64, Finding)> {
    let user = cluster[0].user.clone();
    let (t0, t_last) = (cluster[0].t, cluster[cluster.len() - 1].t);
    // The suspicious sign-ins' addresses: a change made from one of them belongs to the story
    // even when the audit log names another account.
    // Only a rare address (successful sign-ins by at most two users in the loaded logs) links
    // by address: an office or VPN egress would join everyone's changes to the story.
    let in_window = |f: &Finding| f.first_ms >= t0 - LEAD_MIN * MIN_MS && f.first_ms <= t_last + window;
    let near: Vec<usize> = followups.iter().copied().filter(|&k| in_window(&out[k])).collect();
    if near.is_empty() {
        return None;
    }
    let trigger_ips: Vec<&str> = cluster
        .iter()
        .flat_map(|t| t.rows.iter())
        .filter(|&&r| rare_ip(cx, r))
        .map(|&r| cx.ip_text(r))
        .filter(|ip| !ip.is_empty())
        .collect();
    let mut fol: Vec<usize> = near
        .into_iter()
        .filter(|&k| {
            let f = &out[k];
            let same_user = f.users.iter().any(|u| u.eq_ignore_ascii_case(&user));
            let same_ip = f.ips.iter().any(|ip| trigger_ips.contains(&ip.as_str()));
            same_user || same_ip
        })
        .collect();
    if fol.is_empty() {
        return None;
    }
    fol.sort_by_key(|&k| (out[k].first_ms, out[k].key.clone()));
    // Drop "first activity" parts that only repeat an audit event another part already shows.
    let shown: Vec<u32> =
        fol.iter().filter(|&&k| out[k].rule != RuleId::ActorFirstActivity).flat_map(|&k| out[k].audits.iter().copied()).collect();
    fol.retain(|&k| out[k].rule != RuleId::ActorFirstActivity || out[k].audits.iter().any(|a| !shown.contains(a)));
    let mut trig_idx: Vec<usize> = cluster.iter().map(|t| t.finding).collect();
    trig_idx.sort_unstable();
    trig_idx.dedup();
    let mut labels: Vec<&str> = Vec::new();
    for t in cluster {
        if !labels.contains(&t.label) {
            labels.push(t.label);
        }
    }
    let r0 = cluster[0].rows[0];
    let steps: Vec<String> = fol.iter().map(|&k| format!("{} {}", hm(out[k].first_ms), out[k].title)).collect();
    let last = fol.iter().map(|&k| out[k].last_ms).max().unwrap_or(t_last);
    let mut f = Finding {
        rule: RuleId::Chain,
        key: String::new(),
        severity: Severity::Critical,
        title: format!(
            "Account takeover chain for {user}: {} → {}",
            labels.join(" + "),
            fol.iter().map(|&k| short(&out[k])).collect::<Vec<_>>().join(" → ")
        ),
        why: format!(
            "At {} {user} signed in successfully from {} ({}) — {}; {}: {}.",
            hm(t0),
            cx.ip_text(r0),
            place(cx, r0),
            labels.join(", "),
            span_text(t0, fol.iter().map(|&k| out[k].first_ms).min().unwrap_or(t0), last),
            steps.join("; ")
        ),
        thresholds: "".into(),
        next_steps: "Treat the account as compromised: disable it or revoke sessions, reset the password, remove MFA methods, \
                     role assignments, consents and credentials added in this chain, then hunt for other activity from the \
                     same IPs."
            .into(),
        users: vec![user.clone()],
        ips: Vec::new(),
        first_ms: t0.min(fol.iter().map(|&k| out[k].first_ms).min().unwrap_or(t0)),
        last_ms: last.max(t_last),
        signins: cluster.iter().flat_map(|t| t.rows.iter().copied()).collect(),
        audits: fol.iter().flat_map(|&k| out[k].audits.iter().copied()).collect(),
        parts: trig_idx.iter().chain(fol.iter()).map(|&k| out[k].key.clone()).collect(),
        sigma: None,
    };
    f.signins.sort_by_key(|&r| (cx.st(r), r));
    f.signins.dedup();
    f.audits.sort_by_key(|&r| (cx.at(r), r));
    f.audits.dedup();
    for &r in &f.signins {
        let ip = cx.ip_text(r).to_owned();
        if !ip.is_empty() && !f.ips.contains(&ip) {
            f.ips.push(ip);
        }
    }
    for ip in fol.iter().flat_map(|&k| out[k].ips.iter()) {
        if !f.ips.contains(ip) {
            f.ips.push(ip.clone());
        }
    }
    Some((user, t0, f))
}

fn short(f: &Finding) -> String {
    match f.rule {
        RuleId::SecurityInfo => "security info changed".into(),
        RuleId::PrivilegedRole => f.title.split(" assigned").next().map_or_else(|| f.title.clone(), |r| format!("{r} assigned")),
        RuleId::AppConsent => f.title.replacen("Admin consent", "admin consent", 1).replacen("User consent", "user consent", 1),
        RuleId::AppCredentials => "app credential added".into(),
        RuleId::PermissionGrant => format!("permissions granted ({})", f.title.rsplit(": ").next().unwrap_or("")),
        RuleId::AppOwner => "app owner added".into(),
        RuleId::CaPolicyChange => "policy changed".into(),
        RuleId::FederationChange => "federation changed".into(),
        _ => f.title.clone(),
    }
}

/// True when the address of sign-in `r` had successful sign-ins by at most two users.
fn rare_ip(cx: &Ctx, r: u32) -> bool {
    let Some(info) = cx.ips.get(cx.ip[r as usize] as usize) else { return false };
    let mut users: Vec<u32> = Vec::new();
    for &q in info.rows.iter().filter(|&&q| cx.ok(q)) {
        let s = cx.subj(q);
        if !users.contains(&s) {
            users.push(s);
            if users.len() > 2 {
                return false;
            }
        }
    }
    true
}
