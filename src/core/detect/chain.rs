//! Chains across the two logs: a suspicious sign-in of a user, then — for the same user
//! within `chain_window_hours` — a sensitive change in the audit log (security info,
//! roles, consent, app credentials, policies, federation). One Critical finding per story,
//! listing the keys of the findings it links (`parts`), ranked above them.
//!
//! Built from the other rules' findings, so every threshold of a part applies; this file
//! only decides which findings belong together.

use super::{DetectConfig, Finding, Severity, ctx::Ctx, hm, minutes};

const MIN_MS: i64 = 60_000;
const HOUR_MS: i64 = 3_600_000;

/// How much earlier than the sign-in an audit change may be and still belong to it
/// (Sentinel X3 uses −30 min: the portal sometimes logs the change before the sign-in).
const LEAD_MS: i64 = 30 * MIN_MS;

/// Label of a trigger finding, or `None` when the finding cannot start a chain.
fn trigger_label(f: &Finding) -> Option<&'static str> {
    match (f.rule, f.severity) {
        ("risky_signin", s) if s >= Severity::Medium => Some("risky sign-in"),
        ("signin_deviation", s) if s >= Severity::Medium => Some("unfamiliar sign-in"),
        ("impossible_travel", _) => Some("impossible travel"),
        ("mfa_fatigue", Severity::Critical) => Some("MFA prompt approved after fatigue"),
        ("password_spray_ip" | "password_spray_tenant", Severity::Critical) => {
            Some("password-spray success")
        }
        ("success_after_failures", _) => Some("success after failures"),
        ("legacy_auth", s) if s >= Severity::Medium => Some("legacy-protocol sign-in"),
        ("device_code", s) if s >= Severity::Medium => Some("device-code sign-in"),
        ("tool_user_agent", s) if s >= Severity::Medium => Some("scripted sign-in"),
        _ => None,
    }
}

fn is_followup(f: &Finding) -> bool {
    matches!(
        f.rule,
        "security_info"
            | "privileged_role"
            | "app_consent"
            | "app_credentials"
            | "ca_policy"
            | "federation_change"
            | "admin_password_reset"
            | "guest_change"
            | "bulk_user_change"
            | "actor_first_activity"
    )
}

struct Trigger {
    finding: usize,
    user: String,
    t: i64,
    rows: Vec<u32>,
}

/// Adds one chain finding per user story.
pub(crate) fn chains(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    let window = cfg.chain_window_hours as i64 * HOUR_MS;
    // Triggers: the successful evidence sign-ins of suspicious sign-in findings, per user.
    let mut triggers: Vec<Trigger> = Vec::new();
    for (i, f) in out.iter().enumerate() {
        if trigger_label(f).is_none() {
            continue;
        }
        let mut per_user: Vec<(String, Vec<u32>)> = Vec::new();
        for &r in &f.signins {
            if !cx.ok(r) || cx.user_allowed(r) {
                continue;
            }
            let who = cx.who(r).to_owned();
            if who.is_empty() {
                continue;
            }
            match per_user
                .iter_mut()
                .find(|(u, _)| u.eq_ignore_ascii_case(&who))
            {
                Some((_, v)) => v.push(r),
                None => per_user.push((who, vec![r])),
            }
        }
        for (user, mut rows) in per_user {
            // A travel finding's first row is where the user came from, not the suspicious end.
            if f.rule == "impossible_travel" && rows.len() > 1 {
                rows.remove(0);
            }
            let t = rows.iter().map(|&r| cx.st(r)).min().unwrap_or(f.first_ms);
            triggers.push(Trigger {
                finding: i,
                user,
                t,
                rows,
            });
        }
    }
    triggers.sort_by(|a, b| {
        a.user
            .to_lowercase()
            .cmp(&b.user.to_lowercase())
            .then(a.t.cmp(&b.t))
    });
    let followups: Vec<usize> = (0..out.len()).filter(|&i| is_followup(&out[i])).collect();

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
        let cluster = &triggers[i..j];
        i = j;
        let user = cluster[0].user.clone();
        let (t0, t_last) = (cluster[0].t, cluster[cluster.len() - 1].t);
        let mut fol: Vec<usize> = followups
            .iter()
            .copied()
            .filter(|&k| {
                let f = &out[k];
                f.first_ms >= t0 - LEAD_MS
                    && f.first_ms <= t_last + window
                    && f.users.iter().any(|u| u.eq_ignore_ascii_case(&user))
            })
            .collect();
        if fol.is_empty() {
            continue;
        }
        fol.sort_by_key(|&k| (out[k].first_ms, out[k].key.clone()));
        // Drop "first activity" parts that only repeat an audit event another part already shows.
        let shown: Vec<u32> = fol
            .iter()
            .filter(|&&k| out[k].rule != "actor_first_activity")
            .flat_map(|&k| out[k].audits.iter().copied())
            .collect();
        fol.retain(|&k| {
            out[k].rule != "actor_first_activity"
                || out[k].audits.iter().any(|a| !shown.contains(a))
        });

        let mut trig_idx: Vec<usize> = cluster.iter().map(|t| t.finding).collect();
        trig_idx.dedup();
        let mut labels: Vec<&str> = Vec::new();
        for &k in &trig_idx {
            if let Some(l) = trigger_label(&out[k]).filter(|l| !labels.contains(l)) {
                labels.push(l);
            }
        }
        let r0 = cluster[0].rows[0];
        let steps: Vec<String> = fol
            .iter()
            .map(|&k| format!("{} {}", hm(out[k].first_ms), out[k].title))
            .collect();
        let last = fol.iter().map(|&k| out[k].last_ms).max().unwrap_or(t_last);
        let mut f = Finding {
            rule: "chain",
            key: super::finding_key("chain", &user, t0),
            severity: Severity::Critical,
            title: format!(
                "Account takeover chain for {user}: {} → {}",
                labels.join(" + "),
                fol.iter().map(|&k| short(&out[k])).collect::<Vec<_>>().join(" → ")
            ),
            why: format!(
                "At {} {user} signed in successfully from {} ({}) — {}; then within {} min: {}.",
                hm(t0),
                cx.ip_text(r0),
                place(cx, r0),
                labels.join(", "),
                minutes(t0, last),
                steps.join("; ")
            ),
            thresholds: format!(
                "a suspicious successful sign-in (risky ≥ medium, unfamiliar ≥ medium, impossible travel, fatigue approved, \
                 spray or brute-force success, legacy / device-code / scripted success) and an audit change involving the same \
                 user from {} min before to {} h after",
                LEAD_MS / MIN_MS,
                cfg.chain_window_hours
            ),
            next_steps: "Treat the account as compromised: disable it or revoke sessions, reset the password, remove MFA \
                         methods, role assignments, consents and credentials added in this chain, then hunt for other \
                         activity from the same IPs."
                .into(),
            users: vec![user.clone()],
            ips: Vec::new(),
            first_ms: t0.min(fol.iter().map(|&k| out[k].first_ms).min().unwrap_or(t0)),
            last_ms: last.max(t_last),
            signins: cluster.iter().flat_map(|t| t.rows.iter().copied()).collect(),
            audits: fol.iter().flat_map(|&k| out[k].audits.iter().copied()).collect(),
            parts: trig_idx.iter().chain(fol.iter()).map(|&k| out[k].key.clone()).collect(),
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
        for &k in &fol {
            for ip in &out[k].ips {
                if !f.ips.contains(ip) {
                    f.ips.push(ip.clone());
                }
            }
        }
        new.push(f);
    }
    out.extend(new);
}

fn short(f: &Finding) -> String {
    match f.rule {
        "security_info" => "security info changed".into(),
        "privileged_role" => f
            .title
            .split(" assigned")
            .next()
            .map_or_else(|| f.title.clone(), |r| format!("{r} assigned")),
        "app_consent" => f
            .title
            .replacen("Admin consent", "admin consent", 1)
            .replacen("User consent", "user consent", 1),
        "app_credentials" => "app credential added".into(),
        "ca_policy" => "policy changed".into(),
        "federation_change" => "federation changed".into(),
        _ => f.title.clone(),
    }
}

fn place(cx: &Ctx, r: u32) -> String {
    use crate::core::model::SignInField as S;
    let (city, country) = (cx.s(r, S::City), cx.s(r, S::Country));
    match (city.is_empty(), country.is_empty()) {
        (false, false) => format!("{city}, {country}"),
        (true, false) => country.to_owned(),
        (false, true) => city.to_owned(),
        _ => "unknown place".into(),
    }
}
