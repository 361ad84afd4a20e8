//! `brute_force_user`: many wrong-password failures for one user in a short window, not
//! followed by a sign-in with the right password (that is `success_after_failures`).

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, Subject},
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        audit::{kql_activities, org_site, reset_before, reset_between},
        lists::hosting_asn,
        signin::{DAY_MS, MIN_MS, OWN_LINE_DAYS, codes_of, days_and_span, distinct, episodes, managed_device, max_in_window, own_line, password_ok},
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
             after; Low when every attempt came from addresses the user signed in from on ≥ 2 days more than 12 h before (for \
             a success, not an address many users share), or (outside clouds) within 24 h after someone else reset the \
             password (a success then from such an address or one of the organisation's sites), or, with no success, someone \
             else reset it within 2 h after and the user then signed in from an address of the burst at one of the \
             organisation's sites, or every attempt (and the success) came from one device at the organisation's sites, \
             compliant or managed, that signed in successfully for the user on ≥ 2 days (spanning ≥ 24 h) more than 12 h \
             before, or at the burst's address for ≥ {SHARED_DEVICE_USERS} other users before (a shared handheld){}",
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
        h.signins(&["DeviceDetail"]);
        h.let_codes("failureCodes", &self.codes);
        h.let_codes("okCodes", &self.ok_codes);
        let mut src = String::from("signins");
        for c in self.allow.signin_clauses() {
            src.push_str("\n    ");
            src.push_str(&c);
        }
        h.line(&format!("let attempts = {src};"));
        h.line(&format!(
            "let bursts = attempts\n    | where ResultType in (failureCodes)\n    | summarize Failures = count(), Ips = make_set(IPAddress, 20), Apps = make_set(AppDisplayName, 10),\n        Devices = make_set(tostring(DeviceDetail.deviceId), 5), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n        by UserPrincipalName, bin(TimeGenerated, {}m)\n    | where Failures >= {};",
            self.window_min.max(1),
            self.min_failures
        ));
        h.line(&format!(
            "let successes = attempts\n    | where ResultType in (okCodes) and ResultType !in (failureCodes)\n    | project UserPrincipalName, SuccessTime = TimeGenerated, SuccessIp = IPAddress, SuccessCode = ResultType;\nlet found = bursts\n| join kind=leftouter successes on UserPrincipalName\n| extend After = SuccessTime > LastSeen and SuccessTime <= LastSeen + {}m\n| summarize Success = max(After), SuccessAt = minif(SuccessTime, After), SuccessFrom = take_anyif(SuccessIp, After)\n    by UserPrincipalName, FirstSeen, LastSeen, Failures, tostring(Ips), tostring(Apps), tostring(Devices)\n| where Success == {};",
            self.success_after_min,
            if end == BurstEnd::Success { "true" } else { "false" }
        ));
        // Low, as in the app: every address of the burst is one the user signed in from
        // successfully on two days, more than 12 h before (outside clouds), or someone else reset
        // the password within 24 h before (the app also wants no attempt through a cloud then,
        // and a success from the user's own line or an organisation's site). The app keeps a
        // success behind an address many users share above Low, and lowers a lockout someone
        // answered only when the user's success after the reset came from an address of the burst
        // at one of the organisation's sites; here only the reset shows.
        h.let_codes("ownLineHosting", &crate::core::detect::lists::hosting_asns());
        h.audits();
        h.line(&format!(
            "let resets = audits\n    | where {} and Result =~ \"success\"\n    | extend ResetUser = tolower(tostring(TargetResources[0].userPrincipalName))\n    | where tolower(Actor) != ResetUser\n    | project ResetUser, ResetAt = TimeGenerated, ResetBy = Actor;",
            kql_activities("password_reset", "OperationName")
        ));
        h.line(
            "let orgDevices = signins\n    | where ResultType == \"0\" and (tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\")\n    | extend DevId = tostring(DeviceDetail.deviceId)\n    | where isnotempty(DevId)\n    | summarize DevDays = make_set(bin(TimeGenerated, 1d), 100), DevUsers = dcount(UserPrincipalName) by DevId;",
        );
        h.line(&format!(
            "let ownLines = attempts\n    | where ResultType == \"0\" and not(tostring(AutonomousSystemNumber) in (ownLineHosting))\n    | summarize by LineUser = tolower(UserPrincipalName), LineIp = IPAddress, Day = bin(TimeGenerated, 1d)\n    | summarize FirstDay = min(Day), Days = make_list(Day, 100) by LineUser, LineIp\n    | mv-apply D = Days to typeof(datetime) on (summarize SecondDay = minif(D, D > FirstDay));\nfound\n| extend JoinUser = tolower(UserPrincipalName), Tried = set_union(todynamic(Ips), iff(isnotempty(SuccessFrom), pack_array(SuccessFrom), dynamic([])))\n| join kind=leftouter ownLines on $left.JoinUser == $right.LineUser\n// Two days with a success from the address, the second before the burst (by day: up to a day more lenient than the app).\n| extend OwnIp = set_has_element(Tried, LineIp) and SecondDay < FirstSeen - 12h\n| summarize OwnIps = make_set_if(LineIp, OwnIp)\n    by UserPrincipalName, JoinUser, FirstSeen, LastSeen, Failures, Ips, Apps, Devices, SuccessAt, SuccessFrom, tostring(Tried)\n| extend OwnLine = array_length(todynamic(Tried)) > 0 and array_length(set_difference(todynamic(Tried), OwnIps)) == 0\n| join kind=leftouter resets on $left.JoinUser == $right.ResetUser\n| extend ResetBefore = ResetAt between ((FirstSeen - 24h) .. FirstSeen), ResetAfter = ResetAt between (LastSeen .. (LastSeen + 2h))\n| summarize ResetBefore = max(ResetBefore), ResetAfter = max(ResetAfter), ResetBy = take_anyif(ResetBy, ResetBefore or ResetAfter)\n    by UserPrincipalName, FirstSeen, LastSeen, Failures, Ips, Apps, Devices, SuccessAt, SuccessFrom, OwnLine\n| extend OneDevice = iff(array_length(todynamic(Devices)) == 1, tostring(todynamic(Devices)[0]), \"\")\n| join kind=leftouter orgDevices on $left.OneDevice == $right.DevId\n// The days the device signed in on, before the burst (by day: the app also wants the\n// device's days more than 12 h before, every address at one of the organisation's sites, and\n// the user's own device or one at the burst's address; a shared device's other users before the burst, there).\n| mv-apply D = iff(array_length(DevDays) > 0, DevDays, dynamic([null])) to typeof(datetime) on (summarize DevDaysBefore = countif(D < FirstSeen - 12h))\n| extend OrgDevice = isnotempty(OneDevice) and (DevDaysBefore >= 2 or DevUsers > {SHARED_DEVICE_USERS})\n| extend Severity = iff(OwnLine or ResetBefore or OrgDevice{}, \"Low\", \"{}\")\n| sort by Failures desc",
            if end == BurstEnd::Success { "" } else { " or ResetAfter" },
            if end == BurstEnd::Success { "High" } else { "Medium" }
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

/// Why a burst is the user's own, when it is: every failure (and the success) came from
/// addresses they had signed in from before ([`own_line`]), or someone else had reset their
/// password within a day before ([`reset_before`]) and no attempt came through a cloud, hosting
/// or VPN network. The sentence that says so, or None.
fn expected(cx: &Ctx, s: &Subject, ep: &[u32], success: Option<u32>) -> Option<String> {
    let rows: Vec<u32> = ep.iter().copied().chain(success).collect();
    let shared_at = rows.iter().any(|&r| cx.shared(r));
    let shared = if shared_at { " (an address other people share, so someone there could also be guessing)" } else { "" };
    // Behind an address many people share (an office, a school), a password that then worked may
    // be a colleague's guess: that stays above Low.
    if let Some(days) = own_line(cx, s, &rows).filter(|_| !(shared_at && success.is_some())) {
        return Some(format!(
            "Low: every attempt came from an address {} had signed in from (on {}, more than 12 hours before){shared}: \
             their own device with a forgotten or changed password, most likely.",
            s.name,
            plural(days, "day", "days")
        ));
    }
    if rows.iter().any(|&r| cx.ip[r as usize] == crate::core::detect::ctx::NONE || hosting_asn(cx.asn(r))) {
        return None;
    }
    if let Some(known) = org_device(cx, s, &rows) {
        return Some(known);
    }
    let t0 = cx.st(*rows.first()?);
    let Some((actor, at)) = reset_before(cx, &s.name, t0) else {
        return if success.is_none() { answered(cx, s, ep, shared) } else { None };
    };
    // A success right after a reset must come from where the user signs in (their own line, one
    // of the organisation's sites): a guessed temporary password is used from the guesser's.
    if let Some(r) = success
        && !(own_line(cx, s, &[r]).is_some() || org_site(cx, cx.ip_text(r)))
    {
        return None;
    }
    Some(format!(
        "Low: {actor} had reset the password of {} at {}, {} before, and no attempt came through a cloud, hosting or VPN \
         network{shared}: the user trying the old password, most likely.",
        s.name,
        hm(at),
        span_text(at, t0)
    ))
}

/// The sentence for a burst (and its success) that all came from one device of the
/// organisation's, at its sites: every row carries the same device id, every address is one of
/// the organisation's sites ([`org_site`]), and that device id signed in successfully, as a
/// compliant or managed device, for the user on two days or more spanning a day, all more than
/// 12 hours before the burst (their own laptop, from any address off clouds), or for
/// [`SHARED_DEVICE_USERS`] other users at the burst's first address before it (a shared
/// handheld, a kiosk). A device id comes with the device's own key: a
/// stranger guessing from outside has none, and a stolen device token is replayed from the
/// thief's network, never from the organisation's site. Someone else at a shared device stays
/// possible, and the sentence says so.
fn org_device(cx: &Ctx, s: &Subject, rows: &[u32]) -> Option<String> {
    let first = *rows.first()?;
    let dev = cx.id(first, S::DeviceId);
    if dev == 0 || rows.iter().any(|&r| cx.id(r, S::DeviceId) != dev || !org_site(cx, cx.ip_text(r))) {
        return None;
    }
    // The user's own: their successes on it, off clouds, on two days spanning a day or more,
    // all more than 12 hours before.
    let before = cx.st(first) - DEVICE_BEFORE_MS;
    let mine: Vec<i64> = s.rows[..s.rows.partition_point(|&q| cx.st(q) < before)]
        .iter()
        .copied()
        .filter(|&q| cx.ok(q) && cx.id(q, S::DeviceId) == dev && managed_device(cx, q) && !hosting_asn(cx.asn(q)))
        .map(|q| cx.st(q))
        .collect();
    let (days, span) = days_and_span(&mine);
    let whose = if days >= OWN_LINE_DAYS && span >= DAY_MS {
        format!("for {} on {} (more than 12 hours before)", s.name, plural(days, "day", "days"))
    } else {
        // A shared handheld or kiosk: colleagues' successes on it there before the burst.
        let at = cx.ips.get(cx.ip[first as usize] as usize).map_or(&[][..], |i| &i.rows[..]);
        let mut others: Vec<u32> = Vec::new();
        for &q in &at[..at.partition_point(|&q| cx.st(q) < cx.st(first))] {
            if cx.ok(q)
                && cx.subj(q) != cx.subj(first)
                && cx.id(q, S::DeviceId) == dev
                && managed_device(cx, q)
                && !others.contains(&cx.subj(q))
            {
                others.push(cx.subj(q));
                if others.len() >= SHARED_DEVICE_USERS {
                    break;
                }
            }
        }
        if others.len() < SHARED_DEVICE_USERS {
            return None;
        }
        format!("at {} for {SHARED_DEVICE_USERS} other users or more before", cx.ip_text(first))
    };
    Some(format!(
        "Low: every attempt came from one device (id {}) at the organisation's own site{}, a compliant or managed device \
         that had signed in {whose}: someone at the organisation's own device typing a wrong or old password, most likely — \
         a stranger guessing from outside has no such device. If {} says it was not them, ask who else had the device then.",
        cx.id_text(first, S::DeviceId),
        if distinct(cx, rows, S::Ip).len() > 1 { "s" } else { "" },
        s.name
    ))
}

/// How many other users' successes on a device at the burst's address make it a shared device
/// of the organisation's ([`org_device`]).
const SHARED_DEVICE_USERS: usize = 3;

/// How long before a burst the device's sign-ins that vouch for it must be ([`org_device`]).
const DEVICE_BEFORE_MS: i64 = 12 * 3_600_000;

/// "25 min", or "14 h" from two hours on: the time from `a` to `b`.
fn span_text(a: i64, b: i64) -> String {
    match minutes(a, b) {
        m if m < 120 => format!("{m} min"),
        m => format!("{} h", m / 60),
    }
}

/// How soon after a burst someone else's reset, and after it the user's success from the
/// burst's address, answer a lockout ([`answered`]).
const ANSWER_MS: i64 = 2 * 3_600_000;

/// The sentence for a burst without a success that someone else answered: they reset the
/// password within [`ANSWER_MS`] after the last failure, and within as long after the reset the
/// user signed in from an address of the burst that is one of the organisation's own sites (a
/// teacher resetting a locked-out pupil at the next desk). A stranger's guessing that locks the user out ends with the user's success
/// from their own place, not the stranger's.
fn answered(cx: &Ctx, s: &Subject, ep: &[u32], shared: &str) -> Option<String> {
    let t1 = cx.st(*ep.last()?);
    let (actor, at) = reset_between(cx, &s.name, t1, t1 + ANSWER_MS).into_iter().next()?;
    let from = s.rows.partition_point(|&q| cx.st(q) < at);
    let next = s.rows.get(from..)?.iter().copied().take_while(|&q| cx.st(q) <= at + ANSWER_MS).find(|&q| cx.ok(q))?;
    // At one of the organisation's own sites (a teacher at the next desk): a caller who talked the
    // help desk into a reset signs in from their own address, never from there.
    if !ep.iter().any(|&r| cx.ip[r as usize] == cx.ip[next as usize]) || !org_site(cx, cx.ip_text(next)) {
        return None;
    }
    Some(format!(
        "Low: {actor} reset the password of {} at {}, {} after the last failure, and {} then signed in from {}, an \
         address of the failures{shared}: a lockout someone answered, most likely.",
        s.name,
        hm(at),
        span_text(t1, at),
        s.name,
        cx.ip_text(next)
    ))
}

/// The finding of one burst (either rule).
pub(crate) fn burst_finding(cx: &Ctx, s: &Subject, b: Burst) -> Draft {
    let ep = b.rows;
    let (t0, t1) = (cx.st(ep[0]), cx.st(ep[ep.len() - 1]));
    let ips = distinct(cx, &ep, S::Ip);
    let known = expected(cx, s, &ep, b.success);
    let sev = match (&known, b.success) {
        (Some(_), _) => Severity::Low,
        (None, Some(_)) => Severity::High,
        (None, None) => Severity::Medium,
    };
    let mut d = Draft::new(s.name.clone(), sev);
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
    if let Some(k) = known {
        d.why.push(' ');
        d.why.push_str(&k);
    }
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
        severity: "Medium (High once the password works: success_after_failures); Low when every attempt came from addresses the user had signed in from, from one of the organisation's own devices at its sites, or after someone else reset the password",
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
