//! `smart_lockout`: accounts locked by smart lockout (50053) — per user, and tenant-wide
//! bursts of many accounts at once.

use hashbrown::{HashMap, HashSet};

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::Ctx,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        audit::reset_before,
        lists::hosting_asn,
        rules::RuleId,
        signin::{DAY_MS, MIN_MS, distinct, episodes, max_in_window, own_line, users_of},
        text::{contains_ci, hm, list, minutes, plural},
    },
    kql::hunt::Hunt,
    model::SignInField as S,
};

pub struct SmartLockout;

pub struct Params {
    pub min_users: u32,
    pub min_events: u32,
    pub window_min: u32,
    pub ignore_asns: Vec<u32>,
    pub allow: Allow,
}

/// The smart-lockout code.
const LOCKED: u32 = 50053;

impl Rule for SmartLockout {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::SmartLockout,
        title: "Smart lockout (50053)",
        description: "Accounts locked by smart lockout or sign-ins blocked from a malicious IP; a tenant-wide burst is High.",
        mitre: &["T1110"],
        severity: "tenant-wide burst High (Low when every account was locked on an address it had signed in from, or after someone else reset its password); one account Low, Medium when the reason names a malicious IP",
        config: &[
            "lockout_burst_min_users",
            "lockout_burst_min_events",
            "lockout_burst_window_min",
            "lockout_ignore_asns",
            "allow_users",
            "allow_ips",
            "allow_asns",
        ],
        reads: Reads::SignIns,
        needs: Needs::Time,
        source: "Elastic excessive account lockouts (C4)",
        lookback_days: 1,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            min_users: cfg.lockout_burst_min_users,
            min_events: cfg.lockout_burst_min_events,
            window_min: cfg.lockout_burst_window_min,
            ignore_asns: cfg.lockout_ignore_asns.clone(),
            allow: Allow::none().users(cfg).nets(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "burst: ≥ {} accounts and ≥ {} events with {LOCKED} within {} min; any other {LOCKED} is a single lockout; ASNs \
             {} ignored{}",
            p.min_users,
            p.min_events,
            p.window_min,
            list(&p.ignore_asns.iter().map(|a| format!("AS{a}")).collect::<Vec<_>>(), 5),
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let lock: Vec<u32> = cx
            .by_time
            .iter()
            .copied()
            .filter(|&r| cx.code(r) == LOCKED && !p.ignore_asns.contains(&cx.asn(r)) && !cx.net_ok(r))
            .collect();
        if lock.is_empty() {
            return;
        }
        let in_burst = bursts(p, cx, &lock, out);
        singles(cx, &lock, &in_burst, out);
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&[]);
        let mut q = format!("signins\n| where ResultType == \"{LOCKED}\"");
        if !p.ignore_asns.is_empty() {
            let v: Vec<String> = p.ignore_asns.iter().map(|a| format!("\"{a}\"")).collect();
            q.push_str(&format!("\n| where tostring(AutonomousSystemNumber) !in (dynamic([{}]))", v.join(", ")));
        }
        for c in p.allow.signin_clauses() {
            q.push('\n');
            q.push_str(&c);
        }
        h.line(
            "// The app lowers a burst to Low when every locked account was locked on an address it signed in from more \
             than 12 h before, or within 24 h after someone else reset its password: the brute-force hunting query's \
             OwnLine and ResetBefore columns, for the accounts in UserSet.",
        );
        h.line(&format!(
            "{q}\n| summarize Events = count(), Users = dcount(UserPrincipalName), UserSet = make_set(UserPrincipalName, 50),\n    Ips = make_set(IPAddress, 50), Reasons = make_set(ResultDescription, 5),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by bin(TimeGenerated, {}m)\n| extend Burst = Users >= {} and Events >= {}\n| sort by Events desc",
            p.window_min.max(1),
            p.min_users,
            p.min_events
        ));
    }
}

/// Tenant-wide bursts; returns the rows they cover.
fn bursts(p: &Params, cx: &Ctx, lock: &[u32], out: &mut Out) -> HashSet<u32> {
    let win = p.window_min as i64 * MIN_MS;
    let mut burst_rows = HashSet::new();
    for ep in episodes(cx, lock, win) {
        let (users, events) = max_in_window(cx, &ep, win, |r| cx.subj(r));
        if (users as u32) < p.min_users || (events as u32) < p.min_events {
            continue;
        }
        burst_rows.extend(ep.iter().copied());
        let (t0, t1) = (cx.st(ep[0]), cx.st(ep[ep.len() - 1]));
        let all_users = users_of(cx, &ep);
        let own = all_own(cx, &ep);
        let mut d = Draft::new("tenant", if own { Severity::Low } else { Severity::High });
        d.title = format!("Smart-lockout burst: {} accounts locked", all_users.len());
        d.why = format!(
            "{} {LOCKED} lockouts of {} accounts between {} and {} ({} min), up to {} accounts in {} min, from {}.",
            ep.len(),
            all_users.len(),
            hm(t0),
            hm(t1),
            minutes(t0, t1),
            users,
            p.window_min,
            plural(distinct(cx, &ep, S::Ip).len(), "IP", "IPs")
        );
        if own {
            d.why.push_str(
                " Low: each account was locked on an address of its own (not one many people share) it had signed \
                 in from on two days or more, or within a day after someone else reset its password, outside clouds: people who forgot or were just \
                 given a new password (a reset, a rotation), not a stranger guessing.",
            );
        }
        d.next_steps = "A password-guessing campaign is hitting the lockout threshold: find the source IPs/ASNs, block \
                        them, and check for successes from them."
            .into();
        d.users = all_users;
        d.ips = distinct(cx, &ep, S::Ip);
        d.signins = ep;
        out.add(cx, d);
    }
    burst_rows
}

/// True when every account in `rows` was locked only on addresses it had signed in from
/// ([`own_line`]) that many people do not share (a spray from an office or school workstation
/// locks accounts that all sign in there), or, outside clouds, within a day after someone else
/// reset its password ([`reset_before`]).
fn all_own(cx: &Ctx, rows: &[u32]) -> bool {
    let mut per: HashMap<u32, Vec<u32>> = HashMap::new();
    for &r in rows {
        per.entry(cx.subj(r)).or_default().push(r);
    }
    per.iter().all(|(&s, rs)| {
        cx.subjects.get(s as usize).is_some_and(|s| {
            (own_line(cx, s, rs).is_some() && !rs.iter().any(|&r| cx.shared(r)))
                || (rs.iter().all(|&r| !hosting_asn(cx.asn(r)))
                    && reset_before(cx, &s.name, rs.first().map_or(0, |&r| cx.st(r))).is_some())
        })
    })
}

/// Lockouts outside bursts, per user and day.
fn singles(cx: &Ctx, lock: &[u32], in_burst: &HashSet<u32>, out: &mut Out) {
    let mut per_user: HashMap<u32, Vec<u32>> = HashMap::new();
    for &r in lock {
        if !in_burst.contains(&r) && !cx.user_allowed(r) {
            per_user.entry(cx.subj(r)).or_default().push(r);
        }
    }
    let mut subjects: Vec<u32> = per_user.keys().copied().collect();
    subjects.sort_unstable();
    for s in subjects {
        let rows = per_user.remove(&s).unwrap_or_default();
        for ep in episodes(cx, &rows, DAY_MS) {
            let r0 = ep[0];
            let malicious = ep.iter().any(|&r| contains_ci(cx.s(r, S::Reason), "malicious"));
            let mut d = Draft::new(cx.who(r0), if malicious { Severity::Medium } else { Severity::Low });
            d.title = format!("{} locked out ({LOCKED})", cx.who(r0));
            d.why = format!(
                "{} {LOCKED} {} for {} between {} and {} from {}{}.",
                ep.len(),
                if ep.len() == 1 { "event" } else { "events" },
                cx.who(r0),
                hm(cx.st(r0)),
                hm(cx.st(ep[ep.len() - 1])),
                list(&distinct(cx, &ep, S::Ip), 3),
                if malicious { "; the reason names a malicious IP" } else { "" }
            );
            d.next_steps = "Look at the failures before the lockout: from the user's own devices it is a forgotten \
                            password; from foreign IPs someone is guessing."
                .into();
            d.users = vec![cx.who(r0).to_owned()];
            d.ips = distinct(cx, &ep, S::Ip);
            d.signins = ep;
            out.add(cx, d);
        }
    }
}
