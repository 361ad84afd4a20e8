//! `password_spray_tenant`: a distributed spray — many users failing with wrong-password
//! codes across many IPs in a short window, typos excluded (failures from the user's known
//! IPs, or followed by the user's own success within minutes).

use hashbrown::{HashMap, HashSet};

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, NONE},
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{HOUR_MS, MIN_MS, codes_of, distinct, password_ok, users_of},
        text::{codes, hm, list, minutes},
    },
    kql::hunt::Hunt,
    model::{SignInField as S, intern::Sym},
};

pub struct PasswordSprayTenant;

pub struct Params {
    pub codes: Vec<u32>,
    pub min_users: u32,
    pub min_attempts: u32,
    pub min_ips: u32,
    pub window_min: u32,
    pub slow_min_users: u32,
    pub slow_window_h: u32,
    pub typo_grace_min: u32,
    pub ok_codes: Vec<u32>,
    pub after_hours: u32,
    pub allow: Allow,
}

impl Rule for PasswordSprayTenant {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::PasswordSprayTenant,
        title: "Distributed password spray",
        description: "Many users fail with wrong-password codes across many IPs in a short window, ignoring typos (failures from the user's known IPs or followed by their own success); or, slowly, over a day with one user agent none of the tenant's users signs in with.",
        mitre: &["T1110.003"],
        severity: "High; Critical when a targeted password then worked from a spraying IP",
        config: &[
            "spray_codes",
            "spray_tenant_min_users",
            "spray_tenant_min_attempts",
            "spray_tenant_min_ips",
            "spray_tenant_window_min",
            "spray_slow_min_users",
            "spray_slow_window_hours",
            "typo_grace_min",
            "password_ok_codes",
            "chain_window_hours",
            "allow_ips",
            "allow_asns",
        ],
        reads: Reads::SignIns,
        needs: Needs::Time,
        source: "Elastic Entra ID brute force (C1, tenant-wide)",
        lookback_days: 1,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            codes: cfg.spray_codes.clone(),
            min_users: cfg.spray_tenant_min_users,
            min_attempts: cfg.spray_tenant_min_attempts,
            min_ips: cfg.spray_tenant_min_ips,
            window_min: cfg.spray_tenant_window_min,
            slow_min_users: cfg.spray_slow_min_users,
            slow_window_h: cfg.spray_slow_window_hours,
            typo_grace_min: cfg.typo_grace_min,
            ok_codes: cfg.password_ok_codes.clone(),
            after_hours: cfg.chain_window_hours,
            allow: Allow::none().nets(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "≥ {} users, ≥ {} attempts and ≥ {} IPs failing with codes {} within {} min, or ≥ {} users with one user agent \
             (fewer than {SLOW_UA_USERS} users succeed with it from other addresses) within {} h; failures from the user's known \
             IPs or followed by their success within {} min are typos; the password was right with codes {} (within {} h after){}",
            p.min_users,
            p.min_attempts,
            p.min_ips,
            codes(&p.codes),
            p.window_min,
            p.slow_min_users,
            p.slow_window_h,
            p.typo_grace_min,
            codes(&p.ok_codes),
            p.after_hours,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let cand = candidates(p, cx);
        let fast = Bin { window_ms: p.window_min as i64 * MIN_MS, min_users: p.min_users };
        let mut sprayed: HashSet<u32> = HashSet::new();
        for (a, b) in spans(p, cx, &cand, fast) {
            if let Some(ep) = cand.get(a..=b).filter(|e| !e.is_empty()) {
                sprayed.extend(ep.iter().copied());
                finding(p, cx, ep.to_vec(), None, out);
            }
        }
        slow(p, cx, &cand, &sprayed, out);
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&[]);
        h.let_codes("failureCodes", &p.codes);
        h.let_codes("successCodes", &p.ok_codes);
        let mut src = String::from("signins");
        for c in p.allow.signin_clauses() {
            src.push_str("\n    ");
            src.push_str(&c);
        }
        h.line(&format!("let attempts = {src};"));
        h.line("let knownIps = attempts | where ResultType == \"0\" | summarize FirstOk = min(TimeGenerated) by UserPrincipalName, IPAddress;\nlet corrected = attempts | where ResultType == \"0\" | project UserPrincipalName, IPAddress, OkTime = TimeGenerated;");
        h.line(&format!(
            "let sprays = attempts\n    | where ResultType in (failureCodes)\n    | join kind=leftouter knownIps on UserPrincipalName, IPAddress\n    | where isnull(FirstOk) or FirstOk > TimeGenerated\n    | join kind=leftouter corrected on UserPrincipalName, IPAddress\n    | extend Typo = isnotnull(OkTime) and OkTime between (TimeGenerated .. (TimeGenerated + {}m))\n    | summarize Typo = max(Typo) by UserPrincipalName, IPAddress, TimeGenerated, ResultType\n    | where not(Typo)\n    | summarize Users = dcount(UserPrincipalName), Attempts = count(), Ips = dcount(IPAddress),\n        IpSet = make_set(IPAddress, 500), UserSet = make_set(UserPrincipalName, 500),\n        FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n        by bin(TimeGenerated, {}m)\n    | where Users >= {} and Attempts >= {} and Ips >= {};",
            p.typo_grace_min, p.window_min.max(1), p.min_users, p.min_attempts, p.min_ips
        ));
        h.line(&format!(
            "let slowSprays = attempts\n    | where ResultType in (failureCodes) and isnotempty(UserAgent)\n    | join kind=leftouter knownIps on UserPrincipalName, IPAddress\n    | where isnull(FirstOk) or FirstOk > TimeGenerated\n    | summarize Users = dcount(UserPrincipalName), Attempts = count(), Ips = dcount(IPAddress), IpSet = make_set(IPAddress, 500),\n        FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated) by UserAgent, bin(TimeGenerated, {}h)\n    | where Users >= {} and Attempts >= {} and Ips >= {}\n    | join kind=leftanti (attempts | where ResultType == \"0\" | summarize OkUsers = dcount(UserPrincipalName) by UserAgent | where OkUsers >= {SLOW_UA_USERS}) on UserAgent\n    | project TimeGenerated, Users, Attempts, Ips, FirstSeen, LastSeen, SlowSprayUserAgent = UserAgent;",
            p.slow_window_h.max(1),
            p.slow_min_users,
            p.min_attempts,
            p.min_ips
        ));
        h.line(&format!(
            "sprays\n| mv-expand SprayIp = IpSet to typeof(string)\n| join kind=leftouter (attempts | where ResultType in (successCodes) | project SprayIp = IPAddress, OkUser = UserPrincipalName, OkTime = TimeGenerated) on SprayIp\n| extend Won = isnotnull(OkTime) and OkTime between (FirstSeen .. (LastSeen + {}h)) and set_has_element(UserSet, OkUser)\n| summarize Users = take_any(Users), Attempts = take_any(Attempts), Ips = take_any(Ips), SucceededAs = make_set_if(OkUser, Won, 50),\n    FirstSeen = min(FirstSeen), LastSeen = max(LastSeen) by TimeGenerated\n| union slowSprays\n| sort by Users desc",
            p.after_hours
        ));
    }
}

/// The wrong-password failures that are not typos, in time order.
fn candidates(p: &Params, cx: &Ctx) -> Vec<u32> {
    let grace = p.typo_grace_min as i64 * MIN_MS;
    // First success per (subject, ip) and each row's position in its subject's list.
    let mut first_ok: HashMap<(u32, u32), i64> = HashMap::new();
    let mut pos: Vec<u32> = vec![0; cx.time.len()];
    for s in &cx.subjects {
        for (i, &r) in s.rows.iter().enumerate() {
            if let Some(x) = pos.get_mut(r as usize) {
                *x = i as u32;
            }
        }
    }
    for &r in &cx.by_time {
        if cx.ok(r) {
            first_ok.entry((cx.subj(r), cx.ip[r as usize])).or_insert(cx.st(r));
        }
    }
    let typo = |r: u32| {
        let (s, ip, t) = (cx.subj(r), cx.ip[r as usize], cx.st(r));
        if first_ok.get(&(s, ip)).is_some_and(|&t0| t0 < t) {
            return true; // a known IP of this user
        }
        let rows = &cx.subjects[s as usize].rows;
        rows.iter()
            .skip(pos[r as usize] as usize + 1)
            .take_while(|&&n| cx.st(n) <= t + grace)
            .any(|&n| cx.ok(n) && cx.ip[n as usize] == ip) // corrected within minutes
    };
    cx.by_time
        .iter()
        .copied()
        .filter(|&r| p.codes.contains(&cx.code(r)) && !cx.net_ok(r) && cx.subj(r) != NONE && !typo(r))
        .collect()
}

/// Users that may sign in successfully with a spraying tool's user agent from addresses it did
/// not spray from, and it still counts as foreign to the tenant.
const SLOW_UA_USERS: usize = 3;

/// A sliding window and its user threshold.
#[derive(Clone, Copy)]
struct Bin {
    window_ms: i64,
    min_users: u32,
}

/// The slow spray: the failures of `cand` not in a fast spray, per user agent that fewer than
/// [`SLOW_UA_USERS`] users sign in with successfully from addresses outside its failures (the
/// spraying tool's fingerprint, not the tenant's browsers or mail clients), in windows of
/// `slow_window_h` with `slow_min_users` users.
fn slow(p: &Params, cx: &Ctx, cand: &[u32], sprayed: &HashSet<u32>, out: &mut Out) {
    let mut by_ua: HashMap<Sym, Vec<u32>> = HashMap::new();
    for &r in cand.iter().filter(|&r| !sprayed.contains(r)) {
        let ua = cx.sym(r, S::UserAgent);
        if !ua.is_empty() {
            by_ua.entry(ua).or_default().push(r);
        }
    }
    let bin = Bin { window_ms: p.slow_window_h as i64 * HOUR_MS, min_users: p.slow_min_users };
    let mut uas: Vec<(Sym, Vec<u32>)> = by_ua.into_iter().filter(|(_, v)| v.len() as u32 >= p.slow_min_users).collect();
    uas.sort_unstable_by_key(|(_, v)| v[0]);
    for (ua, rows) in uas {
        let from: HashSet<u32> = rows.iter().map(|&r| cx.ip[r as usize]).collect();
        let mut own: HashSet<u32> = HashSet::new();
        for &r in &cx.by_time {
            if cx.ok(r) && cx.sym(r, S::UserAgent) == ua && !from.contains(&cx.ip[r as usize]) {
                own.insert(cx.subj(r));
                if own.len() >= SLOW_UA_USERS {
                    break;
                }
            }
        }
        if own.len() >= SLOW_UA_USERS {
            continue;
        }
        for (a, b) in spans(p, cx, &rows, bin) {
            if let Some(ep) = rows.get(a..=b).filter(|e| !e.is_empty()) {
                finding(p, cx, ep.to_vec(), Some(cx.ds.strings.get(ua)), out);
            }
        }
    }
}

/// Spans of `cand` (index ranges) whose sliding windows meet every threshold, merged.
fn spans(p: &Params, cx: &Ctx, cand: &[u32], bin: Bin) -> Vec<(usize, usize)> {
    let win = bin.window_ms;
    let mut users: HashMap<u32, u32> = HashMap::new();
    let mut ips: HashMap<u32, u32> = HashMap::new();
    let mut lo = 0usize;
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (hi, &r) in cand.iter().enumerate() {
        *users.entry(cx.subj(r)).or_insert(0) += 1;
        *ips.entry(cx.ip[r as usize]).or_insert(0) += 1;
        while lo < hi && cx.st(r) - cx.st(cand[lo]) > win {
            let o = cand[lo];
            for (m, k) in [(&mut users, cx.subj(o)), (&mut ips, cx.ip[o as usize])] {
                if let Some(n) = m.get_mut(&k) {
                    *n -= 1;
                    if *n == 0 {
                        m.remove(&k);
                    }
                }
            }
            lo += 1;
        }
        if users.len() as u32 >= bin.min_users && (hi + 1 - lo) as u32 >= p.min_attempts && ips.len() as u32 >= p.min_ips {
            match spans.last_mut() {
                Some(sp) if lo <= sp.1 + 1 => sp.1 = hi,
                _ => spans.push((lo, hi)),
            }
        }
    }
    spans
}

/// One spray over the failures `ep`; `ua` is the slow spray's shared user agent.
fn finding(p: &Params, cx: &Ctx, ep: Vec<u32>, ua: Option<&str>, out: &mut Out) {
    let (t0, t1) = (cx.st(ep[0]), cx.st(ep[ep.len() - 1]));
    let targeted: HashSet<u32> = ep.iter().map(|&r| cx.subj(r)).collect();
    let ep_ips: HashSet<u32> = ep.iter().map(|&r| cx.ip[r as usize]).collect();
    // Targeted users whose password then worked from one of the spraying IPs.
    let after = p.after_hours as i64 * HOUR_MS;
    let mut wins: Vec<u32> = ep_ips
        .iter()
        .filter_map(|&i| cx.ips.get(i as usize))
        .flat_map(|ipi| ipi.rows.iter().copied())
        .filter(|&r| {
            let t = cx.st(r);
            t >= t0 && t <= t1 + after && password_ok(cx, &p.ok_codes, r) && targeted.contains(&cx.subj(r))
        })
        .collect();
    // In time order: the set of addresses above has no order of its own (and differs per run).
    wins.sort_unstable_by_key(|&r| (cx.st(r), r));
    let winners = users_of(cx, &wins);
    let sev = if winners.is_empty() { Severity::High } else { Severity::Critical };
    let mut d = Draft::new(if ua.is_some() { "tenant-slow" } else { "tenant" }, sev);
    d.title = format!(
        "{} password spray: {} users from {} IPs",
        if ua.is_some() { "Slow" } else { "Distributed" },
        targeted.len(),
        ep_ips.len()
    );
    d.why = format!(
        "Between {} and {} ({} min) {} users failed {} sign-ins (codes {}) from {} IPs none of them had used before, none \
         corrected within {} min.{}",
        hm(t0),
        hm(t1),
        minutes(t0, t1),
        targeted.len(),
        ep.len(),
        codes_of(cx, &ep).join(", "),
        ep_ips.len(),
        p.typo_grace_min,
        if winners.is_empty() {
            String::new()
        } else {
            format!(" The password then worked for {} from a spraying IP.", list(&winners, 5))
        }
    );
    if let Some(ua) = ua {
        d.why.push_str(&format!(
            " Every failure had the user agent “{ua}”, which fewer than {SLOW_UA_USERS} of the tenant's users sign in with \
             from other addresses: one tool, paced to stay under per-minute thresholds."
        ));
    }
    d.next_steps = "Look for a shared user agent, ASN or app among the failures; block them; make sure every targeted \
                    account has MFA; treat any account that then succeeded as compromised."
        .into();
    d.users = winners;
    d.users.extend(users_of(cx, &ep));
    d.ips = distinct(cx, &ep, S::Ip);
    d.signins = ep;
    d.signins.extend(wins);
    out.add(cx, d);
}
