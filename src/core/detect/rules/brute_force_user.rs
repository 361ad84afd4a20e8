//! `brute_force_user`: many wrong-password failures for one user in a short window, not
//! followed by a sign-in with the right password (that is `success_after_failures`).

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, Subject},
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{MIN_MS, codes_of, distinct, episodes, max_in_window, password_ok},
        text::{codes, hm, minutes, plural},
    },
    kql::hunt::Hunt,
    model::SignInField as S,
};

pub struct BruteForceUser;

/// The parameters of both brute-force rules.
pub struct Params {
    pub codes: Vec<u32>,
    pub min_failures: u32,
    pub window_min: u32,
    pub success_after_min: u32,
    pub ok_codes: Vec<u32>,
    pub allow: Allow,
}

impl Params {
    pub fn from(cfg: &DetectConfig) -> Self {
        Params {
            codes: cfg.brute_force_codes.clone(),
            min_failures: cfg.brute_force_min_failures,
            window_min: cfg.brute_force_window_min,
            success_after_min: cfg.success_after_min,
            ok_codes: cfg.password_ok_codes.clone(),
            allow: Allow::none().users(cfg).nets(cfg),
        }
    }

    /// The thresholds sentence both rules share.
    pub fn sentence(&self) -> String {
        format!(
            "≥ {} failures with codes {} for one user within {} min; success = a password-correct code ({}) within {} min \
             after{}",
            self.min_failures,
            codes(&self.codes),
            self.window_min,
            codes(&self.ok_codes),
            self.success_after_min,
            self.allow.sentence()
        )
    }

    /// The hunting query both rules share, for the bursts `end` picks.
    pub fn hunting(&self, h: &mut Hunt, end: BurstEnd) {
        h.signins(&[]);
        h.let_codes("failureCodes", &self.codes);
        h.let_codes("okCodes", &self.ok_codes);
        let mut src = String::from("signins");
        for c in self.allow.signin_clauses() {
            src.push_str("\n    ");
            src.push_str(&c);
        }
        h.line(&format!("let attempts = {src};"));
        h.line(&format!(
            "let bursts = attempts\n    | where ResultType in (failureCodes)\n    | summarize Failures = count(), Ips = make_set(IPAddress, 20), Apps = make_set(AppDisplayName, 10),\n        FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n        by UserPrincipalName, bin(TimeGenerated, {}m)\n    | where Failures >= {};",
            self.window_min.max(1),
            self.min_failures
        ));
        h.line(&format!(
            "let successes = attempts\n    | where ResultType in (okCodes) and ResultType !in (failureCodes)\n    | project UserPrincipalName, SuccessTime = TimeGenerated, SuccessIp = IPAddress, SuccessCode = ResultType;\nbursts\n| join kind=leftouter successes on UserPrincipalName\n| extend After = SuccessTime > LastSeen and SuccessTime <= LastSeen + {}m\n| summarize Success = max(After), SuccessAt = minif(SuccessTime, After), SuccessFrom = take_anyif(SuccessIp, After)\n    by UserPrincipalName, FirstSeen, LastSeen, Failures, tostring(Ips), tostring(Apps)\n| where Success == {}\n| sort by Failures desc",
            self.success_after_min,
            if end == BurstEnd::Success { "true" } else { "false" }
        ));
    }
}

/// How a burst of failures ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BurstEnd {
    /// The password then worked.
    Success,
    /// It did not.
    NoSuccess,
}

/// A burst of failures for one user, and the sign-in with the right password after it.
pub(crate) struct Burst {
    pub rows: Vec<u32>,
    pub success: Option<u32>,
}

/// The user's bursts of ≥ `min_failures` wrong-password failures within the window.
pub(crate) fn bursts(p: &Params, cx: &Ctx, s: &Subject) -> Vec<Burst> {
    let win = p.window_min as i64 * MIN_MS;
    let after = p.success_after_min as i64 * MIN_MS;
    let fails: Vec<u32> = s.rows.iter().copied().filter(|&r| p.codes.contains(&cx.code(r)) && !cx.net_ok(r)).collect();
    if s.allowed || (fails.len() as u32) < p.min_failures {
        return Vec::new();
    }
    let mut out = Vec::new();
    for ep in episodes(cx, &fails, win) {
        let (_, peak) = max_in_window(cx, &ep, win, |r| r);
        if (peak as u32) < p.min_failures {
            continue;
        }
        let t1 = cx.st(ep[ep.len() - 1]);
        let success = s.rows.iter().copied().find(|&r| {
            let t = cx.st(r);
            t > t1 && t <= t1 + after && password_ok(cx, &p.ok_codes, r) && !p.codes.contains(&cx.code(r))
        });
        out.push(Burst { rows: ep, success });
    }
    out
}

/// The finding of one burst (either rule).
pub(crate) fn burst_finding(cx: &Ctx, s: &Subject, b: Burst) -> Draft {
    let ep = b.rows;
    let (t0, t1) = (cx.st(ep[0]), cx.st(ep[ep.len() - 1]));
    let ips = distinct(cx, &ep, S::Ip);
    let mut d = Draft::new(s.name.clone(), if b.success.is_some() { Severity::High } else { Severity::Medium });
    d.title = match b.success {
        Some(_) => format!("{} signed in after {} failures", s.name, ep.len()),
        None => format!("Brute force on {}", s.name),
    };
    d.why = format!(
        "{} wrong-password failures (codes {}) for {} between {} and {} ({} min) from {}{}.",
        ep.len(),
        codes_of(cx, &ep).join(", "),
        s.name,
        hm(t0),
        hm(t1),
        minutes(t0, t1),
        plural(ips.len(), "IP", "IPs"),
        match b.success {
            Some(r) => format!(
                "; then at {} the password was right (code {}) from {}",
                hm(cx.st(r)),
                cx.code(r),
                cx.ip_text(r)
            ),
            None => ", with no success afterwards".to_owned(),
        }
    );
    d.next_steps = match b.success {
        Some(_) => "Confirm with the user that the final sign-in was theirs; if not, reset the password, revoke sessions \
                    and review what the account did afterwards."
            .into(),
        None => "Check whether the IPs are the user's own (stale password on a device) or foreign (guessing); block \
                 foreign IPs and make sure the account has MFA."
            .into(),
    };
    d.users = vec![s.name.clone()];
    d.ips = ips;
    d.signins = ep;
    if let Some(r) = b.success {
        d.signins.push(r);
    }
    d
}

impl Rule for BruteForceUser {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::BruteForceUser,
        title: "Brute force on one account",
        description: "Many wrong-password failures for one user in a short window, not followed by a success.",
        mitre: &["T1110.001"],
        severity: "Medium (High once the password works: success_after_failures)",
        config: &[
            "brute_force_codes",
            "brute_force_min_failures",
            "brute_force_window_min",
            "success_after_min",
            "password_ok_codes",
            "allow_users",
            "allow_ips",
            "allow_asns",
        ],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Sentinel distributed password cracking and Splunk high number of failed authentications for user (C2)",
        lookback_days: 1,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params::from(cfg)
    }

    fn thresholds(p: &Params) -> String {
        p.sentence()
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        for s in &cx.subjects {
            for b in bursts(p, cx, s).into_iter().filter(|b| b.success.is_none()) {
                let d = burst_finding(cx, s, b);
                out.add(cx, d);
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        p.hunting(h, BurstEnd::NoSuccess);
    }
}
