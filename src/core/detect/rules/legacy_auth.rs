//! `legacy_auth`: sign-ins over legacy protocols (IMAP, POP, SMTP, ActiveSync…) or ROPC,
//! which cannot do MFA. Known (user, client, network) combinations are routine (Info).

use hashbrown::{HashMap, HashSet};

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, Subject},
        lists,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{DAY_MS, HOUR_MS, distinct, episodes, judged_history, place},
        text::{contains_ci, hm, list},
    },
    kql::hunt::Hunt,
    model::{NO_TIME, SignInField as S},
};

pub struct LegacyAuth;

pub struct Params {
    pub learning_days: u32,
    pub min_signins: u32,
    pub min_days: u32,
    pub v4: u8,
    pub v6: u8,
    pub clients: Vec<&'static str>,
    pub agents: Vec<&'static str>,
    pub allow: Allow,
}

impl Rule for LegacyAuth {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::LegacyAuth,
        title: "Legacy protocol or ROPC sign-in",
        description: "IMAP4, POP3, SMTP, Exchange ActiveSync, other legacy clients, the BAV2ROPC user agent or the ROPC protocol: no MFA possible. Known (user, client, network) combinations are Info.",
        mitre: &["T1078", "T1110"],
        severity: "Info when only failed or routine; Low when too little of the account's history is loaded to judge; Medium for a new client/network combination; High from a network the account never used",
        config: &[
            "learning_days",
            "min_history_signins",
            "min_history_days",
            "prefix_v4_bits",
            "prefix_v6_bits",
            "allow_users",
            "allow_apps",
        ],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Sentinel LegacyAuthAttempt and Sigma BAV2ROPC (D1)",
        lookback_days: 15,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            learning_days: cfg.learning_days,
            min_signins: cfg.min_history_signins,
            min_days: cfg.min_history_days,
            v4: cfg.prefix_v4_bits,
            v6: cfg.prefix_v6_bits,
            clients: lists::legacy_clients(),
            agents: lists::legacy_agents(),
            allow: Allow::none().users(cfg).apps(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "client app in the legacy list ({} names), user agent {}, or protocol ROPC; Info when only failed or the (client \
             app, /{} or /{} network) succeeded in the previous {} days; Low when the account has fewer than {} successful \
             sign-ins on {} days between {} days and 1 day before and the logs begin less than that many days before \
             (too little history to judge); a cloud, hosting or VPN address counts alone, not with its network; High from \
             a network the account never signed in from{}",
            p.clients.len(),
            p.agents.join("/"),
            p.v4,
            p.v6,
            p.learning_days,
            p.min_signins,
            p.min_days,
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
            if rows.is_empty() {
                continue;
            }
            let rated = novelty(p, cx, s, &legacy);
            for ep in episodes(cx, &rows, DAY_MS) {
                let d = episode(cx, s, &rated, ep);
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
        h.line(&format!(
            "let legacy = {q}\n| extend Net = iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {}), format_ipv4_mask(IPAddress, {}));",
            p.v6, p.v4
        ));
        h.line(&format!(
            "let history = signins\n    | where ResultType == \"0\" and TimeGenerated between ((endTime - 1d - {}d) .. (endTime - 1d))\n    | summarize HistSignIns = count(), HistDays = dcount(bin(TimeGenerated, 1d)) by UserPrincipalName;",
            p.learning_days
        ));
        h.line(&format!(
            "let known = legacy\n    | where ResultType == \"0\" and TimeGenerated < endTime - 1d and TimeGenerated >= endTime - 1d - {l}d\n    | distinct UserPrincipalName, ClientAppUsed, Net;\nlet userNets = signins\n    | where ResultType == \"0\" and TimeGenerated < endTime - 1d\n    | extend Net = iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {v6}), format_ipv4_mask(IPAddress, {v4}))\n    | summarize Nets = make_set(Net, 1000) by UserPrincipalName;\nlet logStart = toscalar(signins | summarize min(TimeGenerated));\nlegacy\n| where TimeGenerated >= endTime - 1d and ResultType == \"0\"\n| join kind=leftanti known on UserPrincipalName, ClientAppUsed, Net\n| summarize SignIns = count(), UserAgents = make_set(UserAgent, 5), Ips = make_set(IPAddress, 10), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, ClientAppUsed, AppDisplayName, Net\n| join kind=leftouter history on UserPrincipalName\n| join kind=leftouter userNets on UserPrincipalName\n| extend Judged = HistSignIns >= {ms} and HistDays >= {md} or logStart <= FirstSeen - {l}d\n| extend Severity = case(not(Judged), \"low\", not(set_has_element(Nets, Net)), \"high\", \"medium\")\n| sort by SignIns desc",
            l = p.learning_days,
            ms = p.min_signins,
            md = p.min_days,
            v4 = p.v4,
            v6 = p.v6
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

/// How one legacy success compares with what came before it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Novelty {
    /// The same client app and network succeeded within the learning window before.
    Routine,
    /// New, but too little of the account's history is loaded before it to say "never".
    Unjudged,
    /// A client/network combination not seen in the learning window.
    NewCombination,
    /// From a network the account never signed in from before.
    NewNetwork,
}

/// Each legacy success of the subject rated against everything before it, in one pass.
fn novelty(p: &Params, cx: &Ctx, s: &Subject, legacy: &[bool]) -> HashMap<u32, Novelty> {
    let learn_ms = p.learning_days as i64 * DAY_MS;
    // Where the loaded sign-ins begin: a thin history is only "too little to judge" when the logs
    // do not reach back the whole learning window (a quiet account's new network is still new).
    let start = cx.by_time.iter().map(|&r| cx.st(r)).find(|&t| t != NO_TIME).unwrap_or(NO_TIME);
    // Networks, not single addresses: an office's NAT pool rotates within one /24 (or /64).
    let mut combo_last: HashMap<(u32, u128), i64> = HashMap::new();
    let mut nets: HashSet<u128> = HashSet::new();
    // Whether the history is thick enough only changes slowly: judged once per hour.
    let mut judged_at: Option<(i64, bool)> = None;
    let mut out = HashMap::new();
    for &r in &s.rows {
        if !cx.ok(r) {
            continue;
        }
        let (t, net) = (cx.st(r), network(cx, r));
        let combo = (cx.sym(r, S::ClientApp).0, net);
        if legacy[r as usize] && !cx.app_ok(r) {
            let hour = t.div_euclid(HOUR_MS);
            let judged = match judged_at {
                Some((h, j)) if h == hour => j,
                _ => {
                    let j = judged_history(cx, s, t).is_some();
                    judged_at = Some((hour, j));
                    j
                }
            };
            let n = if combo_last.get(&combo).is_some_and(|&last| t - last <= learn_ms) {
                Novelty::Routine
            } else if !judged && t.saturating_sub(start) < learn_ms {
                Novelty::Unjudged
            } else if !nets.contains(&net) {
                Novelty::NewNetwork
            } else {
                Novelty::NewCombination
            };
            out.insert(r, n);
            combo_last.insert(combo, t);
        }
        nets.insert(net);
    }
    out
}

/// Row `r`'s network (the deviation prefix), or its address when it cannot be read as one or
/// belongs to a cloud, hosting or VPN network (a neighbour there is anyone who rents one).
fn network(cx: &Ctx, r: u32) -> u128 {
    let ip = cx.ip[r as usize];
    match cx.ip_net.get(ip as usize) {
        Some(&n) if n != 0 && !lists::hosting_asn(cx.asn(r)) => n,
        _ => u128::MAX - ip as u128,
    }
}

/// A run of a user's legacy sign-ins (no day without one), rated by its most novel success.
fn episode(cx: &Ctx, s: &Subject, rated: &HashMap<u32, Novelty>, ep: Vec<u32>) -> Draft {
    let t0 = cx.st(ep[0]);
    let oks: Vec<u32> = ep.iter().copied().filter(|&r| cx.ok(r)).collect();
    let worst = oks.iter().filter_map(|r| rated.get(r)).copied().max();
    let sev = match worst {
        None | Some(Novelty::Routine) => Severity::Info,
        Some(Novelty::Unjudged) => Severity::Low,
        Some(Novelty::NewCombination) => Severity::Medium,
        Some(Novelty::NewNetwork) => Severity::High,
    };
    let new_ips: Vec<u32> = oks.iter().copied().filter(|r| rated.get(r) == Some(&Novelty::NewNetwork)).collect();
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
            String::new()
        } else {
            match worst {
                None | Some(Novelty::Routine) => "; the same client app and network succeeded before (routine)".to_owned(),
                Some(Novelty::Unjudged) => "; the logs loaded hold too little of this account's history before it to tell \
                                            whether this is its routine (legacy protocols skip MFA)"
                    .to_owned(),
                Some(Novelty::NewCombination) => "; a client/network combination not seen before".to_owned(),
                Some(Novelty::NewNetwork) => {
                    let ips = distinct(cx, &new_ips, S::Ip);
                    format!(
                        "; from {} ({}) — legacy protocols skip MFA",
                        list(&ips, 3),
                        if ips.len() == 1 {
                            "a network this account never signed in from before"
                        } else {
                            "networks this account never signed in from before"
                        }
                    )
                }
            }
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
