//! Sign-in rules: one function per rule, thresholds from [`DetectConfig`] only.
//!
//! Each rule reads the shared [`Ctx`] (rows in time order per user and per IP) and pushes
//! [`Finding`]s. Windows slide over time-sorted rows with two pointers; nothing is quadratic
//! in the number of sign-ins.

use hashbrown::{HashMap, HashSet};

use super::{
    DetectConfig, Draft, Finding, Note, Severity,
    baseline::{Keyer, Profile},
    ctx::{Ctx, NONE},
    hm, list, minutes, plural,
};
use crate::core::{
    codes::CodeClass,
    geo,
    model::{NO_INT, SignInField as S},
};

const MIN_MS: i64 = 60_000;
const HOUR_MS: i64 = 3_600_000;
const DAY_MS: i64 = 86_400_000;

/// Runs every sign-in rule.
pub(crate) fn all(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>, notes: &mut Vec<Note>) {
    signin_deviation(cx, cfg, out, notes);
    password_spray_ip(cx, cfg, out);
    password_spray_tenant(cx, cfg, out);
    brute_force(cx, cfg, out);
    smart_lockout(cx, cfg, out);
    disabled_account(cx, cfg, out);
    let covered = mfa_fatigue(cx, cfg, out);
    mfa_denied(cx, cfg, out, &covered);
    impossible_travel(cx, cfg, out);
    legacy_auth(cx, cfg, out);
    device_code(cx, cfg, out);
    risky_signin(cx, cfg, out);
    tool_user_agent(cx, cfg, out);
}

// ---------------------------------------------------------------------------------------
// Helpers.

/// Splits time-sorted rows into runs whose consecutive gaps are ≤ `gap_ms`.
fn episodes(cx: &Ctx, rows: &[u32], gap_ms: i64) -> Vec<Vec<u32>> {
    let mut out: Vec<Vec<u32>> = Vec::new();
    let mut last = i64::MIN;
    for &r in rows {
        let t = cx.st(r);
        match out.last_mut() {
            Some(cur) if t.saturating_sub(last) <= gap_ms => cur.push(r),
            _ => out.push(vec![r]),
        }
        last = t;
    }
    out
}

/// The largest number of distinct `key`s among rows within any `window_ms` span, and the
/// largest number of rows in such a span.
fn max_in_window<K: std::hash::Hash + Eq + Copy>(
    cx: &Ctx,
    rows: &[u32],
    window_ms: i64,
    key: impl Fn(u32) -> K,
) -> (usize, usize) {
    let mut counts: HashMap<K, u32> = HashMap::new();
    let (mut best_keys, mut best_rows, mut lo) = (0, 0, 0);
    for (hi, &r) in rows.iter().enumerate() {
        *counts.entry(key(r)).or_insert(0) += 1;
        while lo < hi && cx.st(r) - cx.st(rows[lo]) > window_ms {
            let k = key(rows[lo]);
            if let Some(n) = counts.get_mut(&k) {
                *n -= 1;
                if *n == 0 {
                    counts.remove(&k);
                }
            }
            lo += 1;
        }
        best_keys = best_keys.max(counts.len());
        best_rows = best_rows.max(hi + 1 - lo);
    }
    (best_keys, best_rows)
}

/// Distinct non-empty values of `f` over rows, in first-seen order.
fn distinct(cx: &Ctx, rows: &[u32], f: S) -> Vec<String> {
    let mut seen = HashSet::new();
    rows.iter()
        .map(|&r| cx.s(r, f))
        .filter(|s| !s.is_empty() && seen.insert(*s))
        .map(str::to_owned)
        .collect()
}

/// Distinct error codes over rows, in first-seen order.
fn codes_of(cx: &Ctx, rows: &[u32]) -> Vec<String> {
    let mut seen = HashSet::new();
    rows.iter()
        .map(|&r| cx.code(r))
        .filter(|&c| c != NO_INT && seen.insert(c))
        .map(|c| c.to_string())
        .collect()
}

/// Distinct subjects (UPNs) over rows, in first-seen order.
fn users_of(cx: &Ctx, rows: &[u32]) -> Vec<String> {
    let mut seen = HashSet::new();
    rows.iter()
        .filter(|&&r| seen.insert(cx.subj(r)))
        .map(|&r| cx.who(r).to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

fn is_user_signin(cx: &Ctx, r: u32) -> bool {
    // Service principal (3) and managed identity (4) sign-ins have no person behind them.
    !matches!(
        cx.ds
            .signins
            .table
            .enum_code(S::EventType as usize, r as usize),
        3 | 4
    )
}

fn place(cx: &Ctx, r: u32) -> String {
    let (city, country) = (cx.s(r, S::City), cx.s(r, S::Country));
    match (city.is_empty(), country.is_empty()) {
        (false, false) => format!("{city}, {country}"),
        (true, false) => country.to_owned(),
        (false, true) => city.to_owned(),
        (true, true) => "unknown place".to_owned(),
    }
}

fn contains_ci(hay: &str, needle: &str) -> bool {
    hay.to_ascii_lowercase()
        .contains(&needle.to_ascii_lowercase())
}

/// A row where the password was right (the catalogue's success list).
fn password_ok(cx: &Ctx, cfg: &DetectConfig, r: u32) -> bool {
    let c = cx.code(r);
    cx.ok(r) || (c != NO_INT && cfg.password_ok_codes.contains(&c))
}

// ---------------------------------------------------------------------------------------
// Per-user deviations.

struct Open {
    d: Draft,
    last_t: i64,
    ips: HashSet<u32>,
    countries: HashSet<crate::core::model::intern::Sym>,
    signals: Vec<String>,
    first_t: i64,
    history: String,
}

/// Sign-ins unlike the user's own history (new country / city / network / ASN / device /
/// client app / app, unusual hour) and days with a failure-rate spike.
pub(crate) fn signin_deviation(
    cx: &Ctx,
    cfg: &DetectConfig,
    out: &mut Vec<Finding>,
    notes: &mut Vec<Note>,
) {
    let learn_ms = cfg.learning_days as i64 * DAY_MS;
    let group_ms = cfg.deviation_group_hours as i64 * HOUR_MS;
    let mut keyer = Keyer::default();
    let mut thin: Vec<String> = Vec::new();
    let thresholds = format!(
        "baseline = the user's successful sign-ins in the previous {} days (≥ {} on ≥ {} days needed); \
         new country → Medium, + new ASN or device → High; new ASN + network + device → Low; otherwise Info",
        cfg.learning_days, cfg.min_history_signins, cfg.min_history_days
    );
    for s in &cx.subjects {
        if s.allowed {
            continue;
        }
        let rows: Vec<u32> = s
            .rows
            .iter()
            .copied()
            .filter(|&r| is_user_signin(cx, r))
            .collect();
        if rows.is_empty() {
            continue;
        }
        let mut prof = Profile::default();
        let mut tail = 0usize;
        let mut judged_any = false;
        let mut any_success = false;
        let mut open: Option<Open> = None;
        // Failure-rate spike: per UTC day.
        let mut day = i64::MIN;
        let mut day_rows: Vec<u32> = Vec::new();
        let mut day_ok = 0u32;
        let mut day_base: Option<f64> = None;
        let flush_day = |day_rows: &mut Vec<u32>,
                         day_ok: u32,
                         day_base: Option<f64>,
                         out: &mut Vec<Finding>| {
            let fails = day_rows.len() as u32;
            if let Some(base) = day_base {
                let rate = fails as f64 / (fails + day_ok).max(1) as f64;
                if fails >= cfg.failure_spike_min
                    && rate >= 0.5
                    && rate >= base * cfg.failure_spike_factor
                {
                    let r0 = day_rows[0];
                    let mut d = Draft::new(
                        "signin_deviation",
                        format!("{}-failures", s.name),
                        Severity::Low,
                    );
                    d.title = format!("Failure spike for {}", s.name);
                    d.why = format!(
                        "{} of {}'s {} sign-ins on {} failed ({:.0} %), against {:.0} % in the previous {} days; codes: {}.",
                        fails,
                        s.name,
                        fails + day_ok,
                        crate::core::model::time::format_date(cx.st(r0)),
                        rate * 100.0,
                        base * 100.0,
                        cfg.learning_days,
                        list(&codes_of(cx, day_rows), 5)
                    );
                    d.thresholds = format!(
                        "≥ {} failures (interrupts excluded) on one UTC day, rate ≥ 50 % and ≥ {}× the baseline rate",
                        cfg.failure_spike_min, cfg.failure_spike_factor
                    );
                    d.next_steps = "See which IPs and apps failed; a spike from unfamiliar IPs is an attack on this account, \
                                    one from the user's own device is usually a stale password."
                        .into();
                    d.users = vec![s.name.clone()];
                    d.ips = distinct(cx, day_rows, S::Ip);
                    d.signins = std::mem::take(day_rows);
                    out.push(d.done(cx));
                }
            }
            day_rows.clear();
        };
        for (i, &r) in rows.iter().enumerate() {
            let t = cx.st(r);
            // Leave the learning window.
            prof.advance(t, learn_ms);
            while tail < i && cx.st(rows[tail]) < prof.since {
                tail += 1;
            }
            let this_day = t.div_euclid(DAY_MS);
            if this_day != day {
                flush_day(&mut day_rows, day_ok, day_base, out);
                day = this_day;
                day_ok = 0;
                day_base = prof.enough(cfg).then(|| prof.failure_rate());
            }
            match cx.class(r) {
                CodeClass::Failure => {
                    prof.failure(t);
                    if !cx.net_ok(r) {
                        day_rows.push(r);
                    }
                    continue;
                }
                CodeClass::Interrupt => continue,
                CodeClass::Success => {}
            }
            day_ok += 1;
            any_success = true;
            let k = keyer.keys(cx.ds, cfg, r as usize);
            let ip = cx.ip.get(r as usize).copied().unwrap_or(NONE);
            let country = k.country;
            // Join an open finding: same IP or same new country within the group window.
            if let Some(o) = open.as_mut().filter(|o| {
                t - o.last_t <= group_ms
                    && ((ip != NONE && o.ips.contains(&ip))
                        || (!country.is_empty() && o.countries.contains(&country)))
            }) {
                o.d.signins.push(r);
                o.last_t = t;
                prof.success(&k, t);
                continue;
            }
            let judge = prof.enough(cfg) && !cx.app_ok(r);
            let (n_ok, n_days) = (prof.successes(), prof.days());
            let nv = prof.learn(&k, t, cfg.unusual_hour_margin_h);
            if judge {
                judged_any = true;
                let mut signals: Vec<String> = Vec::new();
                let (mut new_country, mut new_asn, mut new_prefix, mut new_device) =
                    (false, false, false, false);
                if !cx.net_ok(r) {
                    if nv.country {
                        new_country = true;
                        signals.push(format!(
                            "new country {}",
                            geo::country_name(cx.s(r, S::Country))
                        ));
                    } else if nv.city {
                        signals.push(format!("new city {}", cx.s(r, S::City)));
                    }
                    if nv.asn {
                        new_asn = true;
                        signals.push(format!("new ASN AS{}", k.asn));
                    }
                    if nv.prefix {
                        new_prefix = true;
                        let p = super::net::parse_ip(cx.ip_text(r))
                            .map(|p| {
                                super::net::prefix_text(p, cfg.prefix_v4_bits, cfg.prefix_v6_bits)
                            })
                            .unwrap_or_default();
                        signals.push(format!("new network {p}"));
                    }
                }
                if nv.device {
                    new_device = true;
                    let dev = cx.s(r, S::DeviceId);
                    signals.push(if dev.is_empty() {
                        let (os, br) = (cx.s(r, S::Os), cx.s(r, S::Browser));
                        format!(
                            "new device ({} / {})",
                            if os.is_empty() { "unknown OS" } else { os },
                            if br.is_empty() { "unknown browser" } else { br }
                        )
                    } else {
                        format!("new device {dev}")
                    });
                }
                if nv.client {
                    signals.push(format!("new client app {}", cx.s(r, S::ClientApp)));
                }
                if nv.app {
                    signals.push(format!("new app {}", cx.s(r, S::App)));
                }
                if nv.hour {
                    signals.push(format!("unusual hour {:02}:00 UTC", k.hour));
                }
                let strong = new_country || (new_asn && new_prefix && new_device);
                if !signals.is_empty()
                    && (strong || signals.len() as u32 >= cfg.deviation_min_signals)
                {
                    let sev = if new_country {
                        if new_asn || new_device {
                            Severity::High
                        } else {
                            Severity::Medium
                        }
                    } else if new_asn && new_prefix && new_device {
                        Severity::Low
                    } else {
                        Severity::Info
                    };
                    // Country shares of the window's successes (only when a finding is made).
                    let mut counts: HashMap<crate::core::model::intern::Sym, u32> = HashMap::new();
                    for &e in rows.get(tail..i).unwrap_or(&[]) {
                        if cx.ok(e) {
                            *counts.entry(cx.sym(e, S::Country)).or_insert(0) += 1;
                        }
                    }
                    let mut top_countries: Vec<(u32, String)> = counts
                        .into_iter()
                        .filter(|(c, _)| !c.is_empty())
                        .map(|(c, n)| (n, cx.ds.strings.get(c).to_owned()))
                        .collect();
                    top_countries.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
                    let total: u32 = top_countries.iter().map(|(n, _)| *n).sum();
                    let history = format!(
                        "This user's {} earlier successful sign-ins on {} days in the previous {} days came from {}",
                        n_ok,
                        n_days,
                        cfg.learning_days,
                        if top_countries.is_empty() {
                            "no known country".to_owned()
                        } else {
                            list(
                                &top_countries
                                    .iter()
                                    .map(|(n, c)| {
                                        format!(
                                            "{c} ({:.0} %)",
                                            *n as f64 * 100.0 / total.max(1) as f64
                                        )
                                    })
                                    .collect::<Vec<_>>(),
                                4,
                            )
                        }
                    );
                    let merge = open.as_ref().is_some_and(|o| {
                        t - o.last_t <= group_ms && new_country && o.countries.contains(&country)
                    });
                    if !merge {
                        if let Some(o) = open.take() {
                            out.push(finish_deviation(cx, o));
                        }
                        let mut d = Draft::new("signin_deviation", s.name.clone(), sev);
                        d.users = vec![s.name.clone()];
                        d.thresholds = thresholds.clone();
                        d.next_steps = if sev >= Severity::Medium {
                            "Ask the user whether this was them (travel, new phone, VPN). If not: revoke sessions, reset the \
                             password, review MFA methods and the audit log for changes made after this sign-in."
                                .into()
                        } else {
                            "Usually benign (new device, new app, working late); check it against the user's other findings."
                                .into()
                        };
                        let mut countries = HashSet::new();
                        if new_country {
                            countries.insert(country);
                        }
                        open = Some(Open {
                            d,
                            last_t: t,
                            ips: HashSet::new(),
                            countries,
                            signals: Vec::new(),
                            first_t: t,
                            history,
                        });
                    }
                    if let Some(o) = open.as_mut() {
                        o.d.signins.push(r);
                        o.d.severity = o.d.severity.max(sev);
                        o.last_t = t;
                        if ip != NONE && (new_prefix || new_asn || new_country) {
                            o.ips.insert(ip);
                        }
                        for sg in signals {
                            if !o.signals.contains(&sg) {
                                o.signals.push(sg);
                            }
                        }
                    }
                }
            }
        }
        flush_day(&mut day_rows, day_ok, day_base, out);
        if let Some(o) = open.take() {
            out.push(finish_deviation(cx, o));
        }
        if any_success && !judged_any {
            thin.push(s.name.clone());
        }
    }
    if !thin.is_empty() {
        notes.push(Note {
            rule: "signin_deviation",
            text: format!(
                "{} had too little history to judge deviations (fewer than {} successful sign-ins on {} days within {} days \
                 before each sign-in): {}.",
                plural(thin.len(), "user", "users"),
                cfg.min_history_signins,
                cfg.min_history_days,
                cfg.learning_days,
                list(&thin, 8)
            ),
            users: thin,
        });
    }
}

fn finish_deviation(cx: &Ctx, mut o: Open) -> Finding {
    let r0 = o.d.signins.first().copied().unwrap_or(0);
    let user = o.d.users.first().cloned().unwrap_or_default();
    let ua = cx.s(r0, S::UserAgent);
    o.d.title = format!("Unfamiliar sign-in for {user} from {}", place(cx, r0));
    let asn = cx.asn(r0);
    o.d.why = format!(
        "{user} signed in successfully at {} from {} ({}{}) to {}{}: {}. {}.{}",
        hm(o.first_t),
        cx.ip_text(r0),
        place(cx, r0),
        if asn == NO_INT {
            String::new()
        } else {
            format!(", AS{asn}")
        },
        cx.s(r0, S::App),
        if ua.is_empty() {
            String::new()
        } else {
            format!(" with “{}”", ua.chars().take(60).collect::<String>())
        },
        o.signals.join(", "),
        o.history,
        if o.d.signins.len() > 1 {
            format!(
                " {} more sign-ins followed from the same place or address.",
                o.d.signins.len() - 1
            )
        } else {
            String::new()
        }
    );
    o.d.ips = distinct(cx, &o.d.signins, S::Ip);
    o.d.done(cx)
}

// ---------------------------------------------------------------------------------------
// Password spray.

/// Many users failing with wrong-password codes from one IP.
pub(crate) fn password_spray_ip(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    let win = cfg.spray_window_min as i64 * MIN_MS;
    let chain = cfg.chain_window_hours as i64 * HOUR_MS;
    for ipi in &cx.ips {
        let fails: Vec<u32> = ipi
            .rows
            .iter()
            .copied()
            .filter(|&r| {
                cfg.spray_codes.contains(&cx.code(r)) && !cx.net_ok(r) && cx.subj(r) != NONE
            })
            .collect();
        if (fails.len() as u32) < cfg.spray_min_users {
            continue;
        }
        // Users who succeed from this IP anywhere in the data (a shared egress has many).
        let ok_users: HashSet<u32> = ipi
            .rows
            .iter()
            .copied()
            .filter(|&r| password_ok(cx, cfg, r))
            .map(|r| cx.subj(r))
            .collect();
        for ep in episodes(cx, &fails, win) {
            let (peak, _) = max_in_window(cx, &ep, win, |r| cx.subj(r));
            if (peak as u32) < cfg.spray_min_users {
                continue;
            }
            let failed: HashSet<u32> = ep.iter().map(|&r| cx.subj(r)).collect();
            if failed.len() <= ok_users.len() {
                continue;
            }
            let (t0, t1) = (cx.st(ep[0]), cx.st(ep[ep.len() - 1]));
            let wins: Vec<u32> = ipi
                .rows
                .iter()
                .copied()
                .filter(|&r| {
                    let t = cx.st(r);
                    t >= t0 - win && t <= t1 + chain && password_ok(cx, cfg, r)
                })
                .collect();
            let winners: Vec<String> = users_of(cx, &wins);
            let ip = cx.s(ep[0], S::Ip);
            let sev = if winners.is_empty() {
                Severity::High
            } else {
                Severity::Critical
            };
            let mut d = Draft::new("password_spray_ip", ip, sev);
            d.title = if winners.is_empty() {
                format!("Password spray from {ip}")
            } else {
                format!("Password spray from {ip}: {} signed in", list(&winners, 2))
            };
            let codes = codes_of(cx, &ep);
            d.why = format!(
                "{} failed {} sign-ins (codes {}) from {ip} ({}) between {} and {} ({} min), at most {} distinct users in {} \
                 min{}.{}",
                plural(failed.len(), "user", "users"),
                ep.len(),
                codes.join(", "),
                place(cx, ep[0]),
                hm(t0),
                hm(t1),
                minutes(t0, t1),
                peak,
                cfg.spray_window_min,
                {
                    let ua = distinct(cx, &ep, S::UserAgent);
                    if ua.is_empty() {
                        String::new()
                    } else {
                        format!(", user agent {}", list(&ua, 2))
                    }
                },
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
            d.thresholds = format!(
                "≥ {} distinct users with codes {:?} from one IP within {} min, and more failing users than users who ever \
                 succeed from that IP ({} succeed)",
                cfg.spray_min_users,
                cfg.spray_codes,
                cfg.spray_window_min,
                ok_users.len()
            );
            d.next_steps = format!(
                "Block {ip} (named location / firewall). {}Check the targeted users for MFA registration and any later sign-ins \
                 from this address.",
                if winners.is_empty() {
                    String::new()
                } else {
                    format!(
                        "Treat {} as compromised: reset the password, revoke sessions, require MFA, review their activity. ",
                        list(&winners, 3)
                    )
                }
            );
            d.users = winners.clone();
            d.users.extend(users_of(cx, &ep));
            d.ips = vec![ip.to_owned()];
            d.signins = ep;
            d.signins.extend(wins);
            out.push(d.done(cx));
        }
    }
}

/// Many users failing across many IPs (distributed spray), typos excluded.
pub(crate) fn password_spray_tenant(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    let win = cfg.spray_tenant_window_min as i64 * MIN_MS;
    let grace = cfg.typo_grace_min as i64 * MIN_MS;
    let chain = cfg.chain_window_hours as i64 * HOUR_MS;
    // First success per (subject, ip) and each row's position in its subject's list.
    let mut first_ok: HashMap<(u32, u32), i64> = HashMap::new();
    let mut pos: Vec<u32> = vec![0; cx.time.len()];
    for s in &cx.subjects {
        for (i, &r) in s.rows.iter().enumerate() {
            if let Some(p) = pos.get_mut(r as usize) {
                *p = i as u32;
            }
        }
    }
    for &r in &cx.by_time {
        if cx.ok(r) {
            first_ok
                .entry((cx.subj(r), cx.ip[r as usize]))
                .or_insert(cx.st(r));
        }
    }
    let cand: Vec<u32> = cx
        .by_time
        .iter()
        .copied()
        .filter(|&r| {
            if !cfg.spray_codes.contains(&cx.code(r)) || cx.net_ok(r) || cx.subj(r) == NONE {
                return false;
            }
            let (s, ip, t) = (cx.subj(r), cx.ip[r as usize], cx.st(r));
            if first_ok.get(&(s, ip)).is_some_and(|&t0| t0 < t) {
                return false; // a known IP of this user: a typo
            }
            let rows = &cx.subjects[s as usize].rows;
            let mut i = pos[r as usize] as usize + 1;
            while let Some(&n) = rows.get(i) {
                if cx.st(n) > t + grace {
                    break;
                }
                if cx.ok(n) && cx.ip[n as usize] == ip {
                    return false; // corrected within minutes: a typo
                }
                i += 1;
            }
            true
        })
        .collect();
    // Sliding window; mark the windows that meet every threshold and merge them.
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
        if users.len() as u32 >= cfg.spray_tenant_min_users
            && (hi + 1 - lo) as u32 >= cfg.spray_tenant_min_attempts
            && ips.len() as u32 >= cfg.spray_tenant_min_ips
        {
            match spans.last_mut() {
                Some(sp) if lo <= sp.1 + 1 => sp.1 = hi,
                _ => spans.push((lo, hi)),
            }
        }
    }
    for (a, b) in spans {
        let ep: Vec<u32> = cand.get(a..=b).map(<[u32]>::to_vec).unwrap_or_default();
        if ep.is_empty() {
            continue;
        }
        let (t0, t1) = (cx.st(ep[0]), cx.st(ep[ep.len() - 1]));
        let targeted: HashSet<u32> = ep.iter().map(|&r| cx.subj(r)).collect();
        let ep_ips: HashSet<u32> = ep.iter().map(|&r| cx.ip[r as usize]).collect();
        // Targeted users whose password then worked from one of the spraying IPs.
        let wins: Vec<u32> = ep_ips
            .iter()
            .filter_map(|&i| cx.ips.get(i as usize))
            .flat_map(|ipi| ipi.rows.iter().copied())
            .filter(|&r| {
                let t = cx.st(r);
                t >= t0
                    && t <= t1 + chain
                    && password_ok(cx, cfg, r)
                    && targeted.contains(&cx.subj(r))
            })
            .collect();
        let winners = users_of(cx, &wins);
        let mut d = Draft::new(
            "password_spray_tenant",
            "tenant",
            if winners.is_empty() {
                Severity::High
            } else {
                Severity::Critical
            },
        );
        d.title = format!(
            "Distributed password spray: {} users from {} IPs",
            targeted.len(),
            ep_ips.len()
        );
        d.why = format!(
            "Between {} and {} ({} min) {} users failed {} sign-ins (codes {}) from {} IPs none of them had used before, \
             none corrected within {} min.{}",
            hm(t0),
            hm(t1),
            minutes(t0, t1),
            targeted.len(),
            ep.len(),
            codes_of(cx, &ep).join(", "),
            ep_ips.len(),
            cfg.typo_grace_min,
            if winners.is_empty() {
                String::new()
            } else {
                format!(
                    " The password then worked for {} from a spraying IP.",
                    list(&winners, 5)
                )
            }
        );
        d.thresholds = format!(
            "≥ {} users, ≥ {} attempts and ≥ {} IPs within {} min; failures from the user's known IPs or followed by their \
             success within {} min are typos",
            cfg.spray_tenant_min_users,
            cfg.spray_tenant_min_attempts,
            cfg.spray_tenant_min_ips,
            cfg.spray_tenant_window_min,
            cfg.typo_grace_min
        );
        d.next_steps = "Look for a shared user agent, ASN or app among the failures; block them; make sure every targeted \
                        account has MFA; treat any account that then succeeded as compromised."
            .into();
        d.users = winners;
        d.users.extend(users_of(cx, &ep));
        d.ips = distinct(cx, &ep, S::Ip);
        d.signins = ep;
        d.signins.extend(wins);
        out.push(d.done(cx));
    }
}

// ---------------------------------------------------------------------------------------
// Brute force, lockout, disabled accounts.

/// Many wrong-password failures for one user (`brute_force_user`), and the same followed
/// by a sign-in with the right password (`success_after_failures`).
pub(crate) fn brute_force(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    let win = cfg.brute_force_window_min as i64 * MIN_MS;
    let after = cfg.success_after_min as i64 * MIN_MS;
    for s in &cx.subjects {
        if s.allowed {
            continue;
        }
        let fails: Vec<u32> = s
            .rows
            .iter()
            .copied()
            .filter(|&r| cfg.brute_force_codes.contains(&cx.code(r)) && !cx.net_ok(r))
            .collect();
        if (fails.len() as u32) < cfg.brute_force_min_failures {
            continue;
        }
        for ep in episodes(cx, &fails, win) {
            let (_, peak) = max_in_window(cx, &ep, win, |r| r);
            if (peak as u32) < cfg.brute_force_min_failures {
                continue;
            }
            let (t0, t1) = (cx.st(ep[0]), cx.st(ep[ep.len() - 1]));
            let success = s.rows.iter().copied().find(|&r| {
                let t = cx.st(r);
                t > t1
                    && t <= t1 + after
                    && password_ok(cx, cfg, r)
                    && !cfg.brute_force_codes.contains(&cx.code(r))
            });
            let ips = distinct(cx, &ep, S::Ip);
            let rule = if success.is_some() {
                "success_after_failures"
            } else {
                "brute_force_user"
            };
            let mut d = Draft::new(
                rule,
                s.name.clone(),
                if success.is_some() {
                    Severity::High
                } else {
                    Severity::Medium
                },
            );
            d.title = match success {
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
                match success {
                    Some(r) => format!(
                        "; then at {} the password was right (code {}) from {}",
                        hm(cx.st(r)),
                        cx.code(r),
                        cx.ip_text(r)
                    ),
                    None => ", with no success afterwards".to_owned(),
                }
            );
            d.thresholds = format!(
                "≥ {} failures with codes {:?} for one user within {} min; success = a password-correct code within {} min after",
                cfg.brute_force_min_failures,
                cfg.brute_force_codes,
                cfg.brute_force_window_min,
                cfg.success_after_min
            );
            d.next_steps = match success {
                Some(_) => "Confirm with the user that the final sign-in was theirs; if not, reset the password, revoke \
                            sessions and review what the account did afterwards."
                    .into(),
                None => "Check whether the IPs are the user's own (stale password on a device) or foreign (guessing); \
                         block foreign IPs and make sure the account has MFA."
                    .into(),
            };
            d.users = vec![s.name.clone()];
            d.ips = ips;
            d.signins = ep;
            if let Some(r) = success {
                d.signins.push(r);
            }
            out.push(d.done(cx));
        }
    }
}

/// Smart lockout (50053): per user, and tenant-wide bursts.
pub(crate) fn smart_lockout(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    let lock: Vec<u32> = cx
        .by_time
        .iter()
        .copied()
        .filter(|&r| {
            cx.code(r) == 50053 && !cfg.lockout_ignore_asns.contains(&cx.asn(r)) && !cx.net_ok(r)
        })
        .collect();
    if lock.is_empty() {
        return;
    }
    let win = cfg.lockout_burst_window_min as i64 * MIN_MS;
    let mut burst_rows: HashSet<u32> = HashSet::new();
    for ep in episodes(cx, &lock, win) {
        let (users, events) = max_in_window(cx, &ep, win, |r| cx.subj(r));
        if (users as u32) < cfg.lockout_burst_min_users
            || (events as u32) < cfg.lockout_burst_min_events
        {
            continue;
        }
        burst_rows.extend(ep.iter().copied());
        let (t0, t1) = (cx.st(ep[0]), cx.st(ep[ep.len() - 1]));
        let mut d = Draft::new("smart_lockout", "tenant", Severity::High);
        let all_users = users_of(cx, &ep);
        d.title = format!("Smart-lockout burst: {} accounts locked", all_users.len());
        d.why = format!(
            "{} 50053 lockouts of {} accounts between {} and {} ({} min), up to {} accounts in {} min, from {}.",
            ep.len(),
            all_users.len(),
            hm(t0),
            hm(t1),
            minutes(t0, t1),
            users,
            cfg.lockout_burst_window_min,
            plural(distinct(cx, &ep, S::Ip).len(), "IP", "IPs")
        );
        d.thresholds = format!(
            "≥ {} accounts and ≥ {} events with 50053 within {} min (ASNs {:?} ignored)",
            cfg.lockout_burst_min_users,
            cfg.lockout_burst_min_events,
            cfg.lockout_burst_window_min,
            cfg.lockout_ignore_asns
        );
        d.next_steps = "A password-guessing campaign is hitting the lockout threshold: find the source IPs/ASNs, block them, \
                        and check for successes from them."
            .into();
        d.users = all_users;
        d.ips = distinct(cx, &ep, S::Ip);
        d.signins = ep;
        out.push(d.done(cx));
    }
    let mut per_user: HashMap<u32, Vec<u32>> = HashMap::new();
    for &r in &lock {
        if !burst_rows.contains(&r) && !cx.user_allowed(r) {
            per_user.entry(cx.subj(r)).or_default().push(r);
        }
    }
    let mut subjects: Vec<u32> = per_user.keys().copied().collect();
    subjects.sort_unstable();
    for s in subjects {
        let rows = per_user.remove(&s).unwrap_or_default();
        for ep in episodes(cx, &rows, DAY_MS) {
            let r0 = ep[0];
            let malicious = ep
                .iter()
                .any(|&r| contains_ci(cx.s(r, S::Reason), "malicious"));
            let mut d = Draft::new(
                "smart_lockout",
                cx.who(r0),
                if malicious {
                    Severity::Medium
                } else {
                    Severity::Low
                },
            );
            d.title = format!("{} locked out (50053)", cx.who(r0));
            d.why = format!(
                "{} 50053 {} for {} between {} and {} from {}{}.",
                ep.len(),
                if ep.len() == 1 { "event" } else { "events" },
                cx.who(r0),
                hm(cx.st(r0)),
                hm(cx.st(ep[ep.len() - 1])),
                list(&distinct(cx, &ep, S::Ip), 3),
                if malicious {
                    "; the reason names a malicious IP"
                } else {
                    ""
                }
            );
            d.thresholds = format!("any 50053 (ASNs {:?} ignored)", cfg.lockout_ignore_asns);
            d.next_steps = "Look at the failures before the lockout: from the user's own devices it is a forgotten password; \
                            from foreign IPs someone is guessing."
                .into();
            d.users = vec![cx.who(r0).to_owned()];
            d.ips = distinct(cx, &ep, S::Ip);
            d.signins = ep;
            out.push(d.done(cx));
        }
    }
}

/// Attempts to sign in to a disabled account (50057).
pub(crate) fn disabled_account(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    for s in &cx.subjects {
        if s.allowed {
            continue;
        }
        let rows: Vec<u32> = s
            .rows
            .iter()
            .copied()
            .filter(|&r| cx.code(r) == 50057)
            .collect();
        for ep in episodes(cx, &rows, DAY_MS) {
            let t0 = cx.st(ep[0]);
            let apps = distinct(cx, &ep, S::App);
            let ips = distinct(cx, &ep, S::Ip);
            // A stale token on the user's own device: non-interactive and from IPs the account used successfully before.
            let known_ips: HashSet<u32> = s
                .rows
                .iter()
                .copied()
                .filter(|&r| cx.st(r) < t0 && cx.ok(r))
                .map(|r| cx.ip[r as usize])
                .collect();
            let stale = ep.iter().all(|&r| {
                cx.ds
                    .signins
                    .table
                    .enum_code(S::EventType as usize, r as usize)
                    == 2
                    && known_ips.contains(&cx.ip[r as usize])
            });
            let sev = if stale {
                Severity::Low
            } else if apps.len() as u32 >= cfg.disabled_min_apps {
                Severity::High
            } else {
                Severity::Medium
            };
            let mut d = Draft::new("disabled_account", s.name.clone(), sev);
            d.title = format!("Sign-in attempts on disabled account {}", s.name);
            d.why = format!(
                "{} sign-in {} to the disabled account {} between {} and {} from {} ({}) to {}{}.",
                ep.len(),
                if ep.len() == 1 { "attempt" } else { "attempts" },
                s.name,
                hm(t0),
                hm(cx.st(ep[ep.len() - 1])),
                list(&ips, 3),
                place(cx, ep[0]),
                list(&apps, 3),
                if stale {
                    "; all non-interactive from addresses the account used before (a device still holding a token)"
                } else {
                    ""
                }
            );
            d.thresholds = format!(
                "any 50057; High across ≥ {} apps; Low when only a known device retries",
                cfg.disabled_min_apps
            );
            d.next_steps = "The password of a former user is being used: find who still has it (shared mailbox, script, \
                            attacker), block the IPs, and make sure the account stays disabled and its sessions revoked."
                .into();
            d.users = vec![s.name.clone()];
            d.ips = ips;
            d.signins = ep;
            out.push(d.done(cx));
        }
    }
}

// ---------------------------------------------------------------------------------------
// MFA.

/// A denied or unanswered MFA prompt.
fn mfa_denial(cx: &Ctx, r: u32) -> bool {
    if cx.class(r) != CodeClass::Failure {
        return false;
    }
    let texts = cx.mfa_texts(r);
    if texts
        .iter()
        .any(|t| contains_ci(t, "duplicate authentication"))
    {
        return false;
    }
    cx.code(r) == 500121
        || texts.iter().any(|t| {
            let l = t.to_ascii_lowercase();
            l.contains("mfa denied")
                || l.contains("did not respond")
                || l.contains("declined")
                || l.contains("fraud")
                || l.contains("timed out")
        })
}

fn mfa_completed(cx: &Ctx, r: u32) -> bool {
    cx.mfa_texts(r)
        .iter()
        .any(|t| contains_ci(t, "MFA successfully completed") || contains_ci(t, "MFA completed"))
}

/// Many denied / unanswered MFA prompts for one user; Critical when approved afterwards.
/// Returns the rows it used, so that `mfa_denied` does not report them again.
pub(crate) fn mfa_fatigue(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) -> HashSet<u32> {
    let win = cfg.mfa_fatigue_window_min as i64 * MIN_MS;
    let mut covered = HashSet::new();
    for s in &cx.subjects {
        if s.allowed {
            continue;
        }
        let den: Vec<u32> = s
            .rows
            .iter()
            .copied()
            .filter(|&r| mfa_denial(cx, r))
            .collect();
        if (den.len() as u32) < cfg.mfa_fatigue_min_denials {
            continue;
        }
        for ep in episodes(cx, &den, win) {
            let (_, peak) = max_in_window(cx, &ep, win, |r| r);
            if (peak as u32) < cfg.mfa_fatigue_min_denials {
                continue;
            }
            let (t0, t1) = (cx.st(ep[0]), cx.st(ep[ep.len() - 1]));
            let ep_ips: HashSet<u32> = ep.iter().map(|&r| cx.ip[r as usize]).collect();
            let approval = s.rows.iter().copied().find(|&r| {
                let t = cx.st(r);
                t > t0
                    && t <= t1 + win
                    && cx.ok(r)
                    && (mfa_completed(cx, r) || ep_ips.contains(&cx.ip[r as usize]))
            });
            let declined = ep
                .iter()
                .filter(|&&r| cx.mfa_texts(r).iter().any(|t| contains_ci(t, "declined")))
                .count();
            let fraud = ep
                .iter()
                .filter(|&&r| cx.mfa_texts(r).iter().any(|t| contains_ci(t, "fraud")))
                .count();
            let mut d = Draft::new(
                "mfa_fatigue",
                s.name.clone(),
                if approval.is_some() {
                    Severity::Critical
                } else {
                    Severity::High
                },
            );
            d.title = match approval {
                Some(_) => format!(
                    "MFA fatigue on {}: prompt approved after {} denials",
                    s.name,
                    ep.len()
                ),
                None => format!("MFA fatigue on {}: {} prompts denied", s.name, ep.len()),
            };
            d.why = format!(
                "{} MFA prompts for {} were denied or not answered between {} and {} ({} min; {} declined, {} reported as \
                 fraud, {} unanswered) from {} ({}){}.",
                ep.len(),
                s.name,
                hm(t0),
                hm(t1),
                minutes(t0, t1),
                declined,
                fraud,
                ep.len().saturating_sub(declined + fraud),
                list(&distinct(cx, &ep, S::Ip), 3),
                place(cx, ep[0]),
                match approval {
                    Some(r) => format!(
                        "; at {} a prompt was approved and the sign-in from {} succeeded — the password is known and the \
                         attacker is in",
                        hm(cx.st(r)),
                        cx.ip_text(r)
                    ),
                    None => String::new(),
                }
            );
            d.thresholds = format!(
                "≥ {} MFA denials / no-responses (500121 or MFA-denied results, duplicates excluded) for one user within {} \
                 min; approval = a success within {} min after the last with MFA completed or from a denial's IP",
                cfg.mfa_fatigue_min_denials, cfg.mfa_fatigue_window_min, cfg.mfa_fatigue_window_min
            );
            d.next_steps = "The password is known to someone else: reset it, revoke sessions, switch the user to number \
                            matching / phishing-resistant MFA, and review what happened after any approval."
                .into();
            d.users = vec![s.name.clone()];
            d.ips = distinct(cx, &ep, S::Ip);
            covered.extend(ep.iter().copied());
            d.signins = ep;
            if let Some(r) = approval {
                covered.insert(r);
                d.signins.push(r);
            }
            out.push(d.done(cx));
        }
    }
    covered
}

/// The user explicitly denied an MFA prompt or reported it as fraud.
pub(crate) fn mfa_denied(
    cx: &Ctx,
    _cfg: &DetectConfig,
    out: &mut Vec<Finding>,
    covered: &HashSet<u32>,
) {
    for s in &cx.subjects {
        if s.allowed {
            continue;
        }
        let rows: Vec<u32> = s
            .rows
            .iter()
            .copied()
            .filter(|&r| {
                !covered.contains(&r)
                    && cx.class(r) == CodeClass::Failure
                    && cx.mfa_texts(r).iter().any(|t| {
                        (contains_ci(t, "declined") || contains_ci(t, "fraud"))
                            && !contains_ci(t, "consent")
                    })
            })
            .collect();
        for ep in episodes(cx, &rows, DAY_MS) {
            let fraud = ep
                .iter()
                .any(|&r| cx.mfa_texts(r).iter().any(|t| contains_ci(t, "fraud")));
            let mut d = Draft::new(
                "mfa_denied",
                s.name.clone(),
                if fraud {
                    Severity::High
                } else {
                    Severity::Medium
                },
            );
            d.title = if fraud {
                format!("{} reported an MFA prompt as fraud", s.name)
            } else {
                format!("{} denied an MFA prompt", s.name)
            };
            d.why = format!(
                "{} {} an MFA prompt {} between {} and {} for a sign-in from {} ({}) to {}: someone else entered the password.",
                s.name,
                if fraud { "reported" } else { "declined" },
                plural(ep.len(), "time", "times"),
                hm(cx.st(ep[0])),
                hm(cx.st(ep[ep.len() - 1])),
                list(&distinct(cx, &ep, S::Ip), 3),
                place(cx, ep[0]),
                list(&distinct(cx, &ep, S::App), 2)
            );
            d.thresholds =
                "any failed sign-in whose MFA result says the user declined or reported fraud"
                    .into();
            d.next_steps = "Ask the user; unless they denied by mistake, reset the password and revoke sessions, and look for \
                            other sign-ins from the same IP."
                .into();
            d.users = vec![s.name.clone()];
            d.ips = distinct(cx, &ep, S::Ip);
            d.signins = ep;
            out.push(d.done(cx));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Travel.

struct Hop {
    a: u32,
    b: u32,
    km: f64,
    kmh: f64,
    coarse: bool,
}

/// Consecutive successful sign-ins of one user too far apart for the time between them.
pub(crate) fn impossible_travel(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    let t = &cx.ds.signins.table;
    type Place = Option<(f64, f64, geo::Precision)>;
    let mut cache: HashMap<(u32, u32, u32, u32), Place> = HashMap::new();
    let mut locate = |r: u32| {
        let (lat, lon) = (
            t.float(S::Lat as usize, r as usize),
            t.float(S::Lon as usize, r as usize),
        );
        let (city, country) = (cx.sym(r, S::City), cx.sym(r, S::Country));
        *cache
            .entry((lat.to_bits(), lon.to_bits(), city.0, country.0))
            .or_insert_with(|| {
                geo::locate(
                    lat,
                    lon,
                    cx.ds.strings.get(city),
                    cx.ds.strings.get(country),
                )
            })
    };
    let group_ms = cfg.travel_group_hours as i64 * HOUR_MS;
    for s in &cx.subjects {
        if s.allowed {
            continue;
        }
        let mut prev: Option<(u32, (f64, f64, geo::Precision))> = None;
        let mut hops: Vec<Hop> = Vec::new();
        for &r in &s.rows {
            if !cx.ok(r) || cx.net_ok(r) || !is_user_signin(cx, r) {
                continue;
            }
            let Some(here) = locate(r) else { continue };
            if let Some((p, there)) = prev {
                let same_ip = cx.ip[p as usize] == cx.ip[r as usize] && cx.ip[r as usize] != NONE;
                let coarse =
                    there.2 == geo::Precision::Country || here.2 == geo::Precision::Country;
                let same_country = cx.sym(p, S::Country) == cx.sym(r, S::Country)
                    && !cx.sym(r, S::Country).is_empty();
                if !(same_ip || coarse && same_country) {
                    let km = geo::distance_km((there.0, there.1), (here.0, here.1));
                    let dt_h = ((cx.st(r) - cx.st(p)).max(MIN_MS)) as f64 / HOUR_MS as f64;
                    let kmh = km / dt_h;
                    if km >= cfg.travel_min_km && kmh > cfg.travel_max_kmh {
                        hops.push(Hop {
                            a: p,
                            b: r,
                            km,
                            kmh,
                            coarse,
                        });
                    }
                }
            }
            prev = Some((r, here));
        }
        // Group hops close in time into one finding.
        let mut groups: Vec<Vec<Hop>> = Vec::new();
        for h in hops {
            match groups.last_mut() {
                Some(g)
                    if g.last()
                        .is_some_and(|l| cx.st(h.a) - cx.st(l.b) <= group_ms) =>
                {
                    g.push(h)
                }
                _ => groups.push(vec![h]),
            }
        }
        for g in groups {
            let Some(worst) = g.iter().max_by(|x, y| x.kmh.total_cmp(&y.kmh)) else {
                continue;
            };
            let coarse = g.iter().all(|h| h.coarse);
            let mut d = Draft::new(
                "impossible_travel",
                s.name.clone(),
                if coarse {
                    Severity::Medium
                } else {
                    Severity::High
                },
            );
            d.title = format!(
                "Impossible travel for {}: {} → {}",
                s.name,
                place(cx, worst.a),
                place(cx, worst.b)
            );
            d.why = format!(
                "{} signed in successfully from {} ({}) at {} and from {} ({}) at {}: {:.0} km in {} min, {:.0} km/h{}.{}",
                s.name,
                place(cx, worst.a),
                cx.ip_text(worst.a),
                hm(cx.st(worst.a)),
                place(cx, worst.b),
                cx.ip_text(worst.b),
                hm(cx.st(worst.b)),
                worst.km,
                minutes(cx.st(worst.a), cx.st(worst.b)),
                worst.kmh,
                if worst.coarse {
                    " (one end known only by its country)"
                } else {
                    ""
                },
                if g.len() > 1 {
                    format!(" {} such hops in this episode.", g.len())
                } else {
                    String::new()
                }
            );
            d.thresholds = format!(
                "> {} km/h between consecutive successful sign-ins, ≥ {} km apart; same-IP pairs, same-country pairs known only \
                 by country, and allow-listed egress ignored",
                cfg.travel_max_kmh, cfg.travel_min_km
            );
            d.next_steps = "Check whether one side is a VPN, proxy or mobile carrier egress (add it to allow_ips / \
                            allow_asns); otherwise the far-away sign-in is someone else: revoke sessions and reset the password."
                .into();
            d.users = vec![s.name.clone()];
            for h in &g {
                d.signins.push(h.a);
                d.signins.push(h.b);
            }
            d.ips = distinct(cx, &d.signins, S::Ip);
            out.push(d.done(cx));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Protocols and clients.

/// Client app names of legacy protocols (Sentinel's list + Sigma's).
pub const LEGACY_CLIENTS: &[&str] = &[
    "Authenticated SMTP",
    "AutoDiscover",
    "Exchange ActiveSync",
    "Exchange Online PowerShell",
    "Exchange Web Services",
    "IMAP4",
    "IMAP",
    "MAPI Over HTTP",
    "Outlook Anywhere (RPC over HTTP)",
    "Outlook Service",
    "POP3",
    "POP",
    "Reporting Web Services",
    "Other clients",
    "SMTP",
];

/// Legacy verdict per (client app, user agent, protocol) symbol triple.
#[derive(Default)]
struct LegacyCache(HashMap<(u32, u32, u32), bool>);

impl LegacyCache {
    fn get(&mut self, cx: &Ctx, r: u32) -> bool {
        let k = (
            cx.sym(r, S::ClientApp).0,
            cx.sym(r, S::UserAgent).0,
            cx.sym(r, S::AuthProtocol).0,
        );
        *self.0.entry(k).or_insert_with(|| is_legacy(cx, r))
    }
}

fn is_legacy(cx: &Ctx, r: u32) -> bool {
    let client = cx.s(r, S::ClientApp);
    let ua = cx.s(r, S::UserAgent);
    LEGACY_CLIENTS
        .iter()
        .any(|c| c.eq_ignore_ascii_case(client.trim()))
        || ["BAV2ROPC", "CBAinPROD", "CBAinTAR"]
            .iter()
            .any(|n| contains_ci(ua, n))
        || cx.s(r, S::AuthProtocol).eq_ignore_ascii_case("ropc")
}

/// Legacy protocols and ROPC: no MFA possible.
pub(crate) fn legacy_auth(cx: &Ctx, cfg: &DetectConfig, out: &mut Vec<Finding>) {
    let learn_ms = cfg.learning_days as i64 * DAY_MS;
    let mut cache = LegacyCache::default();
    let legacy: Vec<bool> = (0..cx.time.len() as u32)
        .map(|r| cache.get(cx, r))
        .collect();
    let is_legacy = |r: u32| legacy.get(r as usize).copied().unwrap_or(false);
    for s in &cx.subjects {
        if s.allowed {
            continue;
        }
        let rows: Vec<u32> = s
            .rows
            .iter()
            .copied()
            .filter(|&r| !cx.app_ok(r) && is_legacy(r))
            .collect();
        for ep in episodes(cx, &rows, DAY_MS) {
            let t0 = cx.st(ep[0]);
            let oks: Vec<u32> = ep.iter().copied().filter(|&r| cx.ok(r)).collect();
            // Earlier legacy successes with the same client app and IP make this routine.
            let known: HashSet<(u32, u32)> = s
                .rows
                .iter()
                .copied()
                .filter(|&r| cx.st(r) < t0 && cx.st(r) >= t0 - learn_ms && cx.ok(r) && is_legacy(r))
                .map(|r| (cx.sym(r, S::ClientApp).0, cx.ip[r as usize]))
                .collect();
            let earlier_ips: HashSet<u32> = s
                .rows
                .iter()
                .copied()
                .filter(|&r| cx.st(r) < t0 && cx.ok(r))
                .map(|r| cx.ip[r as usize])
                .collect();
            let new_combo = oks
                .iter()
                .any(|&r| !known.contains(&(cx.sym(r, S::ClientApp).0, cx.ip[r as usize])));
            let new_ip = oks
                .iter()
                .any(|&r| !earlier_ips.contains(&cx.ip[r as usize]));
            let sev = if oks.is_empty() || !new_combo {
                Severity::Info
            } else if new_ip {
                Severity::High
            } else {
                Severity::Medium
            };
            let clients = distinct(cx, &ep, S::ClientApp);
            let ropc = ep.iter().any(|&r| {
                cx.s(r, S::AuthProtocol).eq_ignore_ascii_case("ropc")
                    || contains_ci(cx.s(r, S::UserAgent), "BAV2ROPC")
            });
            let mut d = Draft::new("legacy_auth", s.name.clone(), sev);
            d.title = format!(
                "{} {} for {}",
                if ropc {
                    "Legacy / ROPC sign-in"
                } else {
                    "Legacy-protocol sign-in"
                },
                if oks.is_empty() {
                    "attempts"
                } else {
                    "successes"
                },
                s.name
            );
            d.why = format!(
                "{} sign-ins by {} with {}{} between {} and {} from {} ({}); {} succeeded{}.",
                ep.len(),
                s.name,
                list(&clients, 4),
                {
                    let ua = distinct(cx, &ep, S::UserAgent);
                    if ua.is_empty() {
                        String::new()
                    } else {
                        format!(" (user agent {})", list(&ua, 2))
                    }
                },
                hm(t0),
                hm(cx.st(ep[ep.len() - 1])),
                list(&distinct(cx, &ep, S::Ip), 3),
                place(cx, ep[0]),
                oks.len(),
                if oks.is_empty() {
                    String::new()
                } else if !new_combo {
                    "; the same client app and IP succeeded before (routine)".to_owned()
                } else if new_ip {
                    "; from an IP this account never signed in from before — legacy protocols skip MFA".to_owned()
                } else {
                    "; a client/IP combination not seen before".to_owned()
                }
            );
            d.thresholds = format!(
                "client app in the legacy list, user agent BAV2ROPC/CBAinPROD/CBAinTAR, or protocol ROPC; Info when only failed \
                 or the (client app, IP) succeeded in the previous {} days; High from a new IP",
                cfg.learning_days
            );
            d.next_steps = "Block legacy authentication with Conditional Access; if this was not a known device or \
                            service, reset the password and check the mailbox for forwarding rules and sent mail."
                .into();
            d.users = vec![s.name.clone()];
            d.ips = distinct(cx, &ep, S::Ip);
            d.signins = ep;
            out.push(d.done(cx));
        }
    }
}

const BROKER_APP_ID: &str = "29d9ed98-a469-4536-ade2-f981bc1d605e";

/// Device-code flow sign-ins.
pub(crate) fn device_code(cx: &Ctx, _cfg: &DetectConfig, out: &mut Vec<Finding>) {
    for s in &cx.subjects {
        if s.allowed {
            continue;
        }
        let rows: Vec<u32> = s
            .rows
            .iter()
            .copied()
            .filter(|&r| {
                !cx.app_ok(r)
                    && (cx.s(r, S::AuthProtocol).eq_ignore_ascii_case("deviceCode")
                        || cx
                            .s(r, S::TransferMethod)
                            .eq_ignore_ascii_case("deviceCodeFlow"))
            })
            .collect();
        for ep in episodes(cx, &rows, DAY_MS) {
            let ok = ep.iter().any(|&r| cx.ok(r));
            let broker = ep.iter().any(|&r| {
                cx.s(r, S::AppId).eq_ignore_ascii_case(BROKER_APP_ID)
                    || contains_ci(cx.s(r, S::App), "Authentication Broker")
            });
            let sev = match (ok, broker) {
                (true, true) => Severity::High,
                (true, false) => Severity::Medium,
                (false, true) => Severity::Medium,
                (false, false) => Severity::Low,
            };
            let mut d = Draft::new("device_code", s.name.clone(), sev);
            d.title = format!("Device-code sign-in for {}", s.name);
            d.why = format!(
                "{} device-code flow sign-ins by {} to {} between {} and {} from {} ({}); {}{}.",
                ep.len(),
                s.name,
                list(&distinct(cx, &ep, S::App), 3),
                hm(cx.st(ep[0])),
                hm(cx.st(ep[ep.len() - 1])),
                list(&distinct(cx, &ep, S::Ip), 3),
                place(cx, ep[0]),
                if ok {
                    "the sign-in succeeded"
                } else {
                    "none succeeded"
                },
                if broker {
                    "; the client is the Microsoft Authentication Broker (device registration / PRT phishing)"
                } else {
                    ""
                }
            );
            d.thresholds = "authentication protocol deviceCode or original transfer method deviceCodeFlow; High when a \
                            success used the Authentication Broker"
                .into();
            d.next_steps = "Ask the user whether they entered a code on microsoft.com/devicelogin; if not, revoke sessions, \
                            remove any device registered afterwards, and block device-code flow with Conditional Access."
                .into();
            d.users = vec![s.name.clone()];
            d.ips = distinct(cx, &ep, S::Ip);
            d.signins = ep;
            out.push(d.done(cx));
        }
    }
}

/// Identity Protection's own risk verdicts.
pub(crate) fn risky_signin(cx: &Ctx, _cfg: &DetectConfig, out: &mut Vec<Finding>) {
    let t = &cx.ds.signins.table;
    // RISK: 1 none, 2 low, 3 medium, 4 high, 5 hidden. RISK_STATE: 2 confirmedSafe, 3 remediated,
    // 4 dismissed, 5 atRisk, 6 confirmedCompromised.
    let level = |r: u32| {
        let a = t.enum_code(S::RiskDuring as usize, r as usize);
        let b = t.enum_code(S::RiskAggregated as usize, r as usize);
        let f = |x: u8| if (2..=4).contains(&x) { x - 1 } else { 0 };
        f(a).max(f(b))
    };
    let types = |r: u32| {
        let s = cx.s(r, S::RiskEventTypes).trim();
        if s.is_empty() || s.eq_ignore_ascii_case("none") || s == "[]" {
            ""
        } else {
            s
        }
    };
    for s in &cx.subjects {
        if s.allowed {
            continue;
        }
        let rows: Vec<u32> = s
            .rows
            .iter()
            .copied()
            .filter(|&r| {
                let state = t.enum_code(S::RiskState as usize, r as usize);
                !matches!(state, 2..=4)
                    && (level(r) > 0 || matches!(state, 5 | 6) || !types(r).is_empty())
            })
            .collect();
        for ep in episodes(cx, &rows, DAY_MS) {
            let max_level = ep.iter().map(|&r| level(r)).max().unwrap_or(0);
            let compromised = ep
                .iter()
                .any(|&r| t.enum_code(S::RiskState as usize, r as usize) == 6);
            let at_risk = ep
                .iter()
                .any(|&r| t.enum_code(S::RiskState as usize, r as usize) == 5);
            let sev = if compromised || max_level == 3 {
                Severity::High
            } else if max_level == 2 || at_risk {
                Severity::Medium
            } else {
                Severity::Low
            };
            let ok = ep.iter().filter(|&&r| cx.ok(r)).count();
            let mut ty: Vec<String> = Vec::new();
            for &r in &ep {
                for x in types(r)
                    .split([',', ';'])
                    .map(|x| x.trim().trim_matches(|c| c == '"' || c == '[' || c == ']'))
                {
                    if !x.is_empty() && !ty.iter().any(|y| y == x) {
                        ty.push(x.to_owned());
                    }
                }
            }
            let lv = ["none", "low", "medium", "high"]
                .get(max_level as usize)
                .copied()
                .unwrap_or("none");
            let mut d = Draft::new("risky_signin", s.name.clone(), sev);
            d.title = format!("Risky sign-in for {} ({lv} risk)", s.name);
            d.why = format!(
                "Identity Protection rated {} sign-in{} of {} between {} and {} as risky (highest level {lv}{}{}) from {} ({}); \
                 {} succeeded.",
                ep.len(),
                if ep.len() == 1 { "" } else { "s" },
                s.name,
                hm(cx.st(ep[0])),
                hm(cx.st(ep[ep.len() - 1])),
                if compromised {
                    ", state confirmedCompromised"
                } else if at_risk {
                    ", state atRisk"
                } else {
                    ""
                },
                if ty.is_empty() {
                    String::new()
                } else {
                    format!(", detections: {}", ty.join(", "))
                },
                list(&distinct(cx, &ep, S::Ip), 3),
                place(cx, ep[0]),
                ok
            );
            d.thresholds = "risk level during sign-in or aggregated low/medium/high, risk state atRisk or \
                            confirmedCompromised, or risk event types; dismissed, remediated and confirmed-safe risk ignored"
                .into();
            d.next_steps = "Open the user in Identity Protection; confirm compromised or safe. If compromised: reset the \
                            password, revoke sessions and review the audit log after this time."
                .into();
            d.users = vec![s.name.clone()];
            d.ips = distinct(cx, &ep, S::Ip);
            d.signins = ep;
            out.push(d.done(cx));
        }
    }
}

/// User-agent fragments of scripts and attack tools: (needle, label, offensive tool).
pub const TOOL_AGENTS: &[(&str, &str, bool)] = &[
    ("aadinternals", "AADInternals", true),
    ("azurehound", "AzureHound", true),
    ("roadtools", "ROADtools", true),
    ("roadrecon", "ROADtools", true),
    ("teamfiltration", "TeamFiltration", true),
    ("msspray", "MSSpray", true),
    ("trevorspray", "TREVORspray", true),
    ("graphrunner", "GraphRunner", true),
    ("python-requests", "python-requests", false),
    ("python-urllib", "python-urllib", false),
    ("python/", "Python", false),
    ("aiohttp", "aiohttp", false),
    ("httpx", "httpx", false),
    ("curl/", "curl", false),
    ("wget/", "Wget", false),
    ("axios", "axios", false),
    ("node-fetch", "node-fetch", false),
    ("go-http-client", "Go-http-client", false),
    ("okhttp", "okhttp", false),
    ("java/", "Java", false),
    ("libwww-perl", "libwww-perl", false),
    ("postmanruntime", "Postman", false),
    ("windowspowershell", "PowerShell", false),
    ("powershell/", "PowerShell", false),
    ("azurepowershell", "Azure PowerShell", false),
];

/// Sign-ins whose user agent is a script or an attack tool, per tool and IP.
pub(crate) fn tool_user_agent(cx: &Ctx, _cfg: &DetectConfig, out: &mut Vec<Finding>) {
    let mut label_of: HashMap<u32, Option<usize>> = HashMap::new();
    let mut groups: HashMap<(usize, u32), Vec<u32>> = HashMap::new();
    for &r in &cx.by_time {
        if cx.app_ok(r) || cx.net_ok(r) || cx.user_allowed(r) {
            continue;
        }
        let ua = cx.sym(r, S::UserAgent);
        if ua.is_empty() {
            continue;
        }
        let hit = *label_of.entry(ua.0).or_insert_with(|| {
            let l = cx.ds.strings.get(ua).to_ascii_lowercase();
            TOOL_AGENTS.iter().position(|(n, _, _)| l.contains(n))
        });
        if let Some(i) = hit {
            groups.entry((i, cx.ip[r as usize])).or_default().push(r);
        }
    }
    let mut keys: Vec<(usize, u32)> = groups.keys().copied().collect();
    keys.sort_unstable();
    for k in keys {
        let rows = groups.remove(&k).unwrap_or_default();
        let (_, label, offensive) = TOOL_AGENTS[k.0];
        for ep in episodes(cx, &rows, DAY_MS) {
            let oks: Vec<u32> = ep.iter().copied().filter(|&r| cx.ok(r)).collect();
            let sev = match (offensive, oks.is_empty()) {
                (true, false) => Severity::High,
                (true, true) | (false, false) => Severity::Medium,
                (false, true) => Severity::Low,
            };
            let ip = cx.s(ep[0], S::Ip);
            let users = users_of(cx, &ep);
            let winners = users_of(cx, &oks);
            let mut d = Draft::new("tool_user_agent", format!("{label}-{ip}"), sev);
            d.title = format!(
                "{label} sign-ins from {}",
                if ip.is_empty() { "an unknown IP" } else { ip }
            );
            d.why = format!(
                "{} sign-ins with a {} user agent (“{}”) from {} ({}) between {} and {}, for {}; {} succeeded{}.",
                ep.len(),
                if offensive {
                    "known attack-tool"
                } else {
                    "scripting"
                },
                cx.s(ep[0], S::UserAgent)
                    .chars()
                    .take(60)
                    .collect::<String>(),
                if ip.is_empty() { "an unknown IP" } else { ip },
                place(cx, ep[0]),
                hm(cx.st(ep[0])),
                hm(cx.st(ep[ep.len() - 1])),
                plural(users.len(), "user", "users"),
                oks.len(),
                if winners.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", list(&winners, 3))
                }
            );
            d.thresholds = "user agent contains a scripting-library or attack-tool name; Medium with a success or for an \
                            attack tool, High for an attack tool that succeeded"
                .into();
            d.next_steps = "Find out whether this is a known automation (then allow-list its app or IP); otherwise treat the \
                            accounts that succeeded as compromised."
                .into();
            d.users = winners;
            d.users.extend(users);
            d.ips = vec![ip.to_owned()];
            d.signins = ep;
            out.push(d.done(cx));
        }
    }
}
