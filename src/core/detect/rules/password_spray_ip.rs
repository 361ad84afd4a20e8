//! `password_spray_ip`: many distinct users failing with wrong-password codes from one IP in
//! a short window; successes from that IP show who fell.

use hashbrown::HashSet;

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, IpInfo, NONE},
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{HOUR_MS, MIN_MS, codes_of, distinct, episodes, max_in_window, password_ok, place, users_of},
        text::{codes, hm, list, minutes, plural},
    },
    kql::hunt::Hunt,
    model::SignInField as S,
};

pub struct PasswordSprayIp;

pub struct Params {
    pub codes: Vec<u32>,
    pub min_users: u32,
    pub window_min: u32,
    pub ok_codes: Vec<u32>,
    /// Successes this long after the spray still show who fell.
    pub after_hours: u32,
    pub allow: Allow,
}

impl Rule for PasswordSprayIp {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::PasswordSprayIp,
        title: "Password spray from one IP",
        description: "Many distinct users fail with wrong-password codes from one IP in a short window, more failing than succeeding users; successes from that IP show who fell.",
        mitre: &["T1110.003"],
        severity: "High; Critical when a targeted password then worked from the same IP",
        config: &["spray_codes", "spray_min_users", "spray_window_min", "password_ok_codes", "chain_window_hours", "allow_ips", "allow_asns"],
        reads: Reads::SignIns,
        needs: Needs::Time,
        source: "Sentinel SigninPasswordSpray (C1)",
        lookback_days: 3,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            codes: cfg.spray_codes.clone(),
            min_users: cfg.spray_min_users,
            window_min: cfg.spray_window_min,
            ok_codes: cfg.password_ok_codes.clone(),
            after_hours: cfg.chain_window_hours,
            allow: Allow::none().nets(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "≥ {} distinct users failing with codes {} from one IP within {} min, and more failing users than users who ever \
             succeed from that IP; the password was right with codes {} (within {} h after){}",
            p.min_users,
            codes(&p.codes),
            p.window_min,
            codes(&p.ok_codes),
            p.after_hours,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        for ipi in &cx.ips {
            let fails: Vec<u32> = ipi
                .rows
                .iter()
                .copied()
                .filter(|&r| p.codes.contains(&cx.code(r)) && !cx.net_ok(r) && cx.subj(r) != NONE)
                .collect();
            if (fails.len() as u32) < p.min_users {
                continue;
            }
            // Users who succeed from this IP anywhere in the data (a shared egress has many).
            let ok_users: HashSet<u32> =
                ipi.rows.iter().copied().filter(|&r| password_ok(cx, &p.ok_codes, r)).map(|r| cx.subj(r)).collect();
            for ep in episodes(cx, &fails, p.window_min as i64 * MIN_MS) {
                spray(p, cx, ipi, ep, ok_users.len(), out);
            }
        }
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
        h.line(&format!(
            "let attempts = {src};\nlet sprayIps = attempts\n    | where ResultType in (failureCodes)\n    | summarize FailedUsers = dcount(UserPrincipalName) by IPAddress, bin(TimeGenerated, {}m)\n    | where FailedUsers >= {}\n    | summarize SprayEnd = max(TimeGenerated) by IPAddress;",
            p.window_min.max(1),
            p.min_users
        ));
        h.line(&format!(
            "attempts\n| join kind=inner sprayIps on IPAddress\n| where TimeGenerated <= SprayEnd + {}m + {}h\n| summarize FailedUsers = dcountif(UserPrincipalName, ResultType in (failureCodes)),\n    SucceededUsers = dcountif(UserPrincipalName, ResultType in (successCodes)),\n    Failures = countif(ResultType in (failureCodes)),\n    SucceededAs = make_set_if(UserPrincipalName, ResultType in (successCodes), 50),\n    Apps = make_set(AppDisplayName, 20),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by IPAddress\n| where FailedUsers > SucceededUsers\n| sort by FailedUsers desc",
            p.window_min.max(1),
            p.after_hours
        ));
    }
}

/// One episode of failures from one IP: a finding when enough users fail within the window.
fn spray(p: &Params, cx: &Ctx, ipi: &IpInfo, ep: Vec<u32>, ok_users: usize, out: &mut Out) {
    let win = p.window_min as i64 * MIN_MS;
    let (peak, _) = max_in_window(cx, &ep, win, |r| cx.subj(r));
    if (peak as u32) < p.min_users {
        return;
    }
    let failed: HashSet<u32> = ep.iter().map(|&r| cx.subj(r)).collect();
    if failed.len() <= ok_users {
        return;
    }
    let (t0, t1) = (cx.st(ep[0]), cx.st(ep[ep.len() - 1]));
    let after = p.after_hours as i64 * HOUR_MS;
    let wins: Vec<u32> = ipi
        .rows
        .iter()
        .copied()
        .filter(|&r| {
            let t = cx.st(r);
            t >= t0 - win && t <= t1 + after && password_ok(cx, &p.ok_codes, r)
        })
        .collect();
    let winners: Vec<String> = users_of(cx, &wins);
    let ip = cx.s(ep[0], S::Ip);
    let mut d = Draft::new(ip, if winners.is_empty() { Severity::High } else { Severity::Critical });
    d.title = if winners.is_empty() {
        format!("Password spray from {ip}")
    } else {
        format!("Password spray from {ip}: {} signed in", list(&winners, 2))
    };
    let ua = distinct(cx, &ep, S::UserAgent);
    d.why = format!(
        "{} failed {} sign-ins (codes {}) from {ip} ({}) between {} and {} ({} min), at most {} distinct users in {} min{}; \
         {} succeed from this IP in the whole log.{}",
        plural(failed.len(), "user", "users"),
        ep.len(),
        codes_of(cx, &ep).join(", "),
        place(cx, ep[0]),
        hm(t0),
        hm(t1),
        minutes(t0, t1),
        peak,
        p.window_min,
        if ua.is_empty() { String::new() } else { format!(", user agent {}", list(&ua, 2)) },
        plural(ok_users, "user", "users"),
        if winners.is_empty() {
            " No account signed in from this IP.".to_owned()
        } else {
            format!(
                " The password was right for {} from the same IP ({}).",
                list(&winners, 5),
                plural(wins.len(), "sign-in", "sign-ins")
            )
        }
    );
    d.next_steps = format!(
        "Block {ip} (named location / firewall). {}Check the targeted users for MFA registration and any later sign-ins from \
         this address.",
        if winners.is_empty() {
            String::new()
        } else {
            format!(
                "Treat {} as compromised: reset the password, revoke sessions, require MFA, review their activity. ",
                list(&winners, 3)
            )
        }
    );
    d.users = winners;
    d.users.extend(users_of(cx, &ep));
    d.ips = vec![ip.to_owned()];
    d.signins = ep;
    d.signins.extend(wins);
    out.add(cx, d);
}
