//! `legacy_auth`: sign-ins over legacy protocols (IMAP, POP, SMTP, ActiveSync…) or ROPC,
//! which cannot do MFA. Known (user, client, IP) combinations are routine (Info).

use hashbrown::{HashMap, HashSet};

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, Subject},
        lists,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{DAY_MS, distinct, episodes, place},
        text::{contains_ci, hm, list},
    },
    kql::hunt::Hunt,
    model::SignInField as S,
};

pub struct LegacyAuth;

pub struct Params {
    pub learning_days: u32,
    pub clients: Vec<&'static str>,
    pub agents: Vec<&'static str>,
    pub allow: Allow,
}

impl Rule for LegacyAuth {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::LegacyAuth,
        title: "Legacy protocol or ROPC sign-in",
        description: "IMAP4, POP3, SMTP, Exchange ActiveSync, other legacy clients, the BAV2ROPC user agent or the ROPC protocol: no MFA possible. Known (user, client, IP) combinations are Info.",
        mitre: &["T1078", "T1110"],
        severity: "Info when only failed or routine; Medium for a new client/IP combination; High from an IP the account never used",
        config: &["learning_days", "allow_users", "allow_apps"],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Sentinel LegacyAuthAttempt and Sigma BAV2ROPC (D1)",
        lookback_days: 15,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            learning_days: cfg.learning_days,
            clients: lists::legacy_clients(),
            agents: lists::legacy_agents(),
            allow: Allow::none().users(cfg).apps(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "client app in the legacy list ({} names), user agent {}, or protocol ROPC; Info when only failed or the (client \
             app, IP) succeeded in the previous {} days; High from a new IP{}",
            p.clients.len(),
            p.agents.join("/"),
            p.learning_days,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let mut cache: HashMap<(u32, u32, u32), bool> = HashMap::new();
        let legacy: Vec<bool> = (0..cx.time.len() as u32)
            .map(|r| {
                let k = (cx.sym(r, S::ClientApp).0, cx.sym(r, S::UserAgent).0, cx.sym(r, S::AuthProtocol).0);
                *cache.entry(k).or_insert_with(|| is_legacy(p, cx, r))
            })
            .collect();
        for s in cx.subjects.iter().filter(|s| !s.allowed) {
            let rows: Vec<u32> = s.rows.iter().copied().filter(|&r| !cx.app_ok(r) && legacy[r as usize]).collect();
            for ep in episodes(cx, &rows, DAY_MS) {
                let d = episode(p, cx, s, &legacy, ep);
                out.add(cx, d);
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&[]);
        h.let_strings("legacyClients", &p.clients);
        h.let_strings("legacyAgents", &p.agents);
        let mut q = String::from(
            "signins\n| where ClientAppUsed in~ (legacyClients) or UserAgent has_any (legacyAgents) or AuthenticationProtocol =~ \"ropc\"",
        );
        for c in p.allow.signin_clauses() {
            q.push('\n');
            q.push_str(&c);
        }
        h.line(&format!("let legacy = {q};"));
        h.line(&format!(
            "let known = legacy\n    | where ResultType == \"0\" and TimeGenerated < endTime - 1d and TimeGenerated >= endTime - 1d - {}d\n    | distinct UserPrincipalName, ClientAppUsed, IPAddress;\nlegacy\n| where TimeGenerated >= endTime - 1d and ResultType == \"0\"\n| join kind=leftanti known on UserPrincipalName, ClientAppUsed, IPAddress\n| summarize SignIns = count(), UserAgents = make_set(UserAgent, 5), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, ClientAppUsed, AppDisplayName, IPAddress\n| sort by SignIns desc",
            p.learning_days
        ));
    }
}

fn is_legacy(p: &Params, cx: &Ctx, r: u32) -> bool {
    let client = cx.s(r, S::ClientApp).trim();
    let ua = cx.s(r, S::UserAgent);
    p.clients.iter().any(|c| c.eq_ignore_ascii_case(client))
        || p.agents.iter().any(|n| contains_ci(ua, n))
        || cx.s(r, S::AuthProtocol).eq_ignore_ascii_case("ropc")
}

/// One day's legacy sign-ins of a user, rated against the user's earlier ones.
fn episode(p: &Params, cx: &Ctx, s: &Subject, legacy: &[bool], ep: Vec<u32>) -> Draft {
    let learn_ms = p.learning_days as i64 * DAY_MS;
    let t0 = cx.st(ep[0]);
    let oks: Vec<u32> = ep.iter().copied().filter(|&r| cx.ok(r)).collect();
    let earlier = || s.rows.iter().copied().filter(|&r| cx.st(r) < t0 && cx.ok(r));
    // Earlier legacy successes with the same client app and IP make this routine.
    let known: HashSet<(u32, u32)> = earlier()
        .filter(|&r| cx.st(r) >= t0 - learn_ms && legacy[r as usize])
        .map(|r| (cx.sym(r, S::ClientApp).0, cx.ip[r as usize]))
        .collect();
    let earlier_ips: HashSet<u32> = earlier().map(|r| cx.ip[r as usize]).collect();
    let new_combo = oks.iter().any(|&r| !known.contains(&(cx.sym(r, S::ClientApp).0, cx.ip[r as usize])));
    let new_ip = oks.iter().any(|&r| !earlier_ips.contains(&cx.ip[r as usize]));
    let sev = if oks.is_empty() || !new_combo {
        Severity::Info
    } else if new_ip {
        Severity::High
    } else {
        Severity::Medium
    };
    let ropc = ep.iter().any(|&r| {
        cx.s(r, S::AuthProtocol).eq_ignore_ascii_case("ropc") || contains_ci(cx.s(r, S::UserAgent), "BAV2ROPC")
    });
    let mut d = Draft::new(s.name.clone(), sev);
    d.title = format!(
        "{} {} for {}",
        if ropc { "Legacy / ROPC sign-in" } else { "Legacy-protocol sign-in" },
        if oks.is_empty() { "attempts" } else { "successes" },
        s.name
    );
    let ua = distinct(cx, &ep, S::UserAgent);
    d.why = format!(
        "{} sign-ins by {} with {}{} between {} and {} from {} ({}); {} succeeded{}.",
        ep.len(),
        s.name,
        list(&distinct(cx, &ep, S::ClientApp), 4),
        if ua.is_empty() { String::new() } else { format!(" (user agent {})", list(&ua, 2)) },
        hm(t0),
        hm(cx.st(ep[ep.len() - 1])),
        list(&distinct(cx, &ep, S::Ip), 3),
        place(cx, ep[0]),
        oks.len(),
        if oks.is_empty() {
            ""
        } else if !new_combo {
            "; the same client app and IP succeeded before (routine)"
        } else if new_ip {
            "; from an IP this account never signed in from before — legacy protocols skip MFA"
        } else {
            "; a client/IP combination not seen before"
        }
    );
    d.next_steps = "Block legacy authentication with Conditional Access; if this was not a known device or service, reset \
                    the password and check the mailbox for forwarding rules and sent mail."
        .into();
    d.users = vec![s.name.clone()];
    d.ips = distinct(cx, &ep, S::Ip);
    d.signins = ep;
    d
}
