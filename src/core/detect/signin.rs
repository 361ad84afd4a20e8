//! What the sign-in rules share: episodes, sliding windows, distinct values, places.
//!
//! Windows slide over time-sorted rows with two pointers; nothing is quadratic in the
//! number of sign-ins.

use hashbrown::{HashMap, HashSet};

use super::ctx::Ctx;
use crate::core::model::intern::Sym;
use crate::core::model::{NO_INT, SignInField as S};

/// Splits time-sorted rows into runs whose consecutive gaps are ≤ `gap_ms`.
pub(crate) fn episodes(cx: &Ctx, rows: &[u32], gap_ms: i64) -> Vec<Vec<u32>> {
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
pub(crate) fn max_in_window<K: std::hash::Hash + Eq + Copy>(
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
pub(crate) fn distinct(cx: &Ctx, rows: &[u32], f: S) -> Vec<String> {
    // Equal strings share one symbol: compare symbols; for a few rows a list beats a hash set.
    let small = rows.len() <= 32;
    let (mut seen, mut big): (Vec<Sym>, HashSet<Sym>) = (Vec::new(), HashSet::new());
    let mut out = Vec::new();
    for &r in rows {
        let s = cx.sym(r, f);
        if s.is_empty() {
            continue;
        }
        let new = if small {
            !seen.contains(&s) && {
                seen.push(s);
                true
            }
        } else {
            big.insert(s)
        };
        if new {
            out.push(cx.ds.strings.get(s).to_owned());
        }
    }
    out
}

/// Distinct error codes over rows, in first-seen order.
pub(crate) fn codes_of(cx: &Ctx, rows: &[u32]) -> Vec<String> {
    let mut seen = HashSet::new();
    rows.iter().map(|&r| cx.code(r)).filter(|&c| c != NO_INT && seen.insert(c)).map(|c| c.to_string()).collect()
}

/// Distinct subjects (UPNs) over rows, in first-seen order.
pub(crate) fn users_of(cx: &Ctx, rows: &[u32]) -> Vec<String> {
    let mut seen = HashSet::new();
    rows.iter().filter(|&&r| seen.insert(cx.subj(r))).map(|&r| cx.who(r).to_owned()).filter(|s| !s.is_empty()).collect()
}

pub(crate) fn is_user_signin(cx: &Ctx, r: u32) -> bool {
    // Service principal (3) and managed identity (4) sign-ins have no person behind them.
    !matches!(cx.ds.signins.table.enum_code(S::EventType as usize, r as usize), 3 | 4)
}

pub(crate) fn place(cx: &Ctx, r: u32) -> String {
    PlaceText(cx, r).to_string()
}

/// [`place`] written straight into a sentence being formatted.
pub(crate) struct PlaceText<'c, 'a>(pub &'c Ctx<'a>, pub u32);

impl std::fmt::Display for PlaceText<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (city, country) = (self.0.s(self.1, S::City), self.0.s(self.1, S::Country));
        if unplaced(self.0, self.1) {
            // The log's city is the operator's gateway: say what it is, not where.
            return f.write_str("an in-flight or satellite network");
        }
        match (city.is_empty(), country.is_empty()) {
            (false, false) => write!(f, "{city}, {country}"),
            (true, false) => f.write_str(country),
            (false, true) => f.write_str(city),
            (true, true) => f.write_str("unknown place"),
        }
    }
}

/// A row where the password was right: a success, or one of `ok_codes` (the catalogue's
/// success list: MFA or policy stopped a correct password).
pub(crate) fn password_ok(cx: &Ctx, ok_codes: &[u32], r: u32) -> bool {
    let c = cx.code(r);
    cx.ok(r) || (c != NO_INT && ok_codes.contains(&c))
}

/// A minute in ms.
pub(crate) const MIN_MS: i64 = 60_000;
/// An hour in ms.
pub(crate) const HOUR_MS: i64 = 3_600_000;
/// A day in ms.
pub(crate) const DAY_MS: i64 = 86_400_000;

/// A located sign-in: latitude, longitude and how precise they are.
pub(crate) type Place = (f64, f64, crate::core::geo::Precision);

/// Where a sign-in was, cached by its coordinates and place names.
#[derive(Default)]
pub(crate) struct Locator(HashMap<(u32, u32, u32, u32), Option<Place>>);

impl Locator {
    pub(crate) fn at(&mut self, cx: &Ctx, r: u32) -> Option<Place> {
        if unplaced(cx, r) {
            return None;
        }
        let t = &cx.ds.signins.table;
        let (lat, lon) = (t.float(S::Lat as usize, r as usize), t.float(S::Lon as usize, r as usize));
        let (city, country) = (cx.sym(r, S::City), cx.sym(r, S::Country));
        *self
            .0
            .entry((lat.to_bits(), lon.to_bits(), city.0, country.0))
            .or_insert_with(|| crate::core::geo::locate(lat, lon, cx.ds.strings.get(city), cx.ds.strings.get(country)))
    }

    /// True when sign-in `r` is placed by its city (named, and located finer than its country's
    /// middle): a place a distance can be measured from.
    pub(crate) fn by_city(&mut self, cx: &Ctx, r: u32) -> bool {
        !cx.s(r, S::City).trim().is_empty()
            && self.at(cx, r).is_some_and(|w| w.2 != crate::core::geo::Precision::Country)
    }

    /// Distance (km) and speed (km/h) from sign-in `a` to the later sign-in `b`, when both can
    /// be placed.
    pub(crate) fn trip(&mut self, cx: &Ctx, a: u32, b: u32) -> Option<(f64, f64)> {
        let (pa, pb) = (self.at(cx, a)?, self.at(cx, b)?);
        let km = crate::core::geo::distance_km((pa.0, pa.1), (pb.0, pb.1));
        let dt_h = (cx.st(b).saturating_sub(cx.st(a)).max(MIN_MS)) as f64 / HOUR_MS as f64;
        Some((km, km / dt_h))
    }
}

/// A hop at least this long (km) between two operators' networks is no geolocation error or
/// border crossing of one device: another continent.
pub(crate) const FAR_KM: f64 = 3_000.0;

/// Operators through which iCloud Private Relay leaves (Apple's published partners: Akamai's
/// AS36183, Cloudflare, Fastly): an Apple device there is the relay, not a server.
pub(crate) const RELAY_ASNS: [u32; 3] = [36183, 13335, 54113];

/// An iPhone, iPad or Mac, by the log's operating system ("Ios 26.0.1", "MacOs", "iPadOS").
pub(crate) fn apple_os(os: &str) -> bool {
    let os = os.trim_start().to_ascii_lowercase();
    ["ios", "ipados", "macos", "mac os"].iter().any(|a| os.starts_with(a))
}

/// True when sign-in `r` came through an in-flight Wi-Fi or satellite network
/// ([`super::lists::moving_asn`]): its city and country are the operator's gateway, not where
/// the user is, so it is no place at all — not a new country, not one end of a trip.
pub(crate) fn unplaced(cx: &Ctx, r: u32) -> bool {
    let asn = cx.asn(r);
    asn != NO_INT && super::lists::moving_asn(asn)
}

/// The subject's rows more than a day before `t` (their rows are in time order): what may vouch
/// for a sign-in at `t` — an attacker's own sign-ins of the last hours may not.
pub(crate) fn a_day_before<'s>(cx: &Ctx, s: &'s super::ctx::Subject, t: i64) -> &'s [u32] {
    let before = t - DAY_MS;
    s.rows.get(..s.rows.partition_point(|&q| cx.st(q) < before)).unwrap_or(&[])
}

/// How many distinct UTC days the times (in order) fall on, and the time from the first to the
/// last: a routine shows on several days, not in one burst.
pub(crate) fn days_and_span(times: &[i64]) -> (usize, i64) {
    let mut days: Vec<i64> = times.iter().map(|t| t.div_euclid(DAY_MS)).collect();
    days.dedup();
    (days.len(), times.last().zip(times.first()).map_or(0, |(b, a)| b - a))
}

/// True when sign-in `r` came from a device the directory knows as compliant or managed.
pub(crate) fn managed_device(cx: &Ctx, r: u32) -> bool {
    let t = &cx.ds.signins.table;
    // YES_NO: 1 = No, 2 = Yes.
    cx.id(r, S::DeviceId) != 0
        && (t.enum_code(S::Compliant as usize, r as usize) == 2 || t.enum_code(S::Managed as usize, r as usize) == 2)
}

/// True when sign-in `r` used the device-code flow: its authentication protocol is deviceCode
/// or its original transfer method deviceCodeFlow, however the export spells them (Graph's
/// `deviceCode`, the portal's "Device Code" and "Device code flow").
pub(crate) fn device_code_row(cx: &Ctx, r: u32) -> bool {
    device_code_protocol(cx, r) || squashed_is(cx.s(r, S::TransferMethod), "devicecodeflow")
}

/// True when sign-in `r`'s authentication protocol is the device code, however spelled (the
/// code entered; [`device_code_row`] also counts the tokens the flow issued).
pub(crate) fn device_code_protocol(cx: &Ctx, r: u32) -> bool {
    squashed_is(cx.s(r, S::AuthProtocol), "devicecode")
}

/// `v` with only its letters and digits, lower-cased, equals `want`.
fn squashed_is(v: &str, want: &str) -> bool {
    let mut it = v.bytes().filter(u8::is_ascii_alphanumeric).map(|b| b.to_ascii_lowercase());
    want.bytes().all(|w| it.next() == Some(w)) && it.next().is_none()
}

/// Microsoft's own cloud (Azure): where GitHub Codespaces, Azure Cloud Shell, Dev Box and the
/// developers' Azure VMs sign in from ([`super::ctx::Ctx::mark_cloud_dev`]).
pub(crate) const MICROSOFT_CLOUD_ASN: u32 = 8075;

/// The public clouds developers run their VMs, codespaces and dev boxes in, which give a machine a
/// new address each day: Azure, AWS and Google Cloud (`lists/hosting_asns.tsv`'s operators).
/// Not VPNs or relays, whose exits strangers share.
pub(crate) const DEV_CLOUD_ASNS: [u32; 5] = [8075, 16509, 14618, 396982, 15169];

/// Days of the loaded logs on which a compliant or managed device must sign in, every time through
/// one cloud network, to be its user's own cloud PC ([`cloud_pc`]).
pub(crate) const CLOUD_PC_DAYS: usize = 3;

/// True when sign-in `r` is on its user's own cloud PC or virtual desktop (Windows 365, Azure
/// Virtual Desktop): a compliant or managed device (by id) on a cloud or hosting network, every
/// successful sign-in of which in the loaded logs came through that same network (ASN), on
/// [`CLOUD_PC_DAYS`] days or more. Its address changes from day to day; it is where the user
/// works (an outsourced service desk on cloud PCs in another country). A laptop's or phone's
/// tokens replayed from a server carry the device's id, but that device's other sign-ins are on
/// its home and office lines: never a cloud PC.
pub(crate) fn cloud_pc(cx: &Ctx, s: &super::ctx::Subject, r: u32) -> bool {
    let (asn, dev) = (cx.asn(r), cx.id(r, S::DeviceId));
    if dev == 0 || asn == NO_INT || asn == 0 || !super::lists::hosting_asn(asn) || !managed_device(cx, r) {
        return false;
    }
    let mut days: Vec<i64> = Vec::new();
    for &q in &s.rows {
        if !cx.ok(q) || cx.id(q, S::DeviceId) != dev {
            continue;
        }
        if cx.asn(q) != asn {
            return false;
        }
        let day = cx.st(q).div_euclid(DAY_MS);
        if !days.contains(&day) {
            days.push(day);
        }
    }
    days.len() >= CLOUD_PC_DAYS
}

/// How near in time a sign-in on the user's own managed device vouches for another sign-in from
/// the same address.
pub(crate) const VOUCH_MS: i64 = 12 * 3_600_000;

/// The times (sorted) of the successful sign-ins of `r`'s user from `r`'s address on a compliant
/// or managed device, leaving out those `same_kind` marks (the thing being judged): an admin
/// running PowerShell from the hotel where their company laptop also signed in, not a stolen
/// password used from elsewhere. Empty when `r` has no user or no address. On a cloud, hosting or
/// VPN network only the user's own cloud PC ([`cloud_pc`]) vouches: a token stolen from a managed
/// device (an infostealer's refresh token, a replayed PRT) carries the device's id from wherever
/// the attacker runs it, mostly rented servers, so there other devices' sign-ins vouch for nothing.
pub(crate) fn managed_times(cx: &Ctx, r: u32, same_kind: impl Fn(u32) -> bool) -> Vec<i64> {
    let ip = cx.ip[r as usize];
    if ip == super::ctx::NONE {
        return Vec::new();
    }
    let rented = super::lists::hosting_asn(cx.asn(r));
    let Some(s) = cx.subjects.get(cx.subj(r) as usize) else { return Vec::new() };
    let mut times: Vec<i64> = s
        .rows
        .iter()
        .copied()
        .filter(|&q| cx.ip[q as usize] == ip && cx.ok(q) && managed_device(cx, q) && !same_kind(q))
        .filter(|&q| !rented || cloud_pc(cx, s, q))
        .map(|q| cx.st(q))
        .collect();
    times.sort_unstable();
    times
}

/// True when one of `times` (sorted) is within [`VOUCH_MS`] of `t`, before or after.
pub(crate) fn vouched(times: &[i64], t: i64) -> bool {
    let i = times.partition_point(|&x| x < t);
    [i.checked_sub(1), Some(i)].into_iter().flatten().filter_map(|k| times.get(k)).any(|&x| (x - t).abs() <= VOUCH_MS)
}

/// True when the subject has a judged history at row `r`'s time and `r`'s network (/24, /64 by
/// default) is in it — or `r` has no readable address: [`super::audit::new_place`]'s "nothing new"
/// for a sign-in, with one pass over the history instead of two.
pub(crate) fn on_known_network(cx: &Ctx, s: &super::ctx::Subject, r: u32) -> bool {
    // The context's network of every address (computed once per address, not per row here).
    let net = |q: u32| {
        let i = cx.ip.get(q as usize).copied().unwrap_or(super::ctx::NONE) as usize;
        cx.ips.get(i).and_then(|x| x.parsed).and_then(|_| cx.ip_net.get(i).copied())
    };
    let mine = net(r);
    let mut seen = false;
    judged_scan(cx, s, cx.st(r), |q| seen = seen || (mine.is_some() && net(q) == mine)) && (mine.is_none() || seen)
}

/// True when `asn` is a carrier or ISP the subject has established: not a cloud, hosting or VPN
/// network, and in their judged history (up to a day before `t`) on at least two days — so an
/// attacker's own earlier sign-ins through it cannot vouch for the next ones.
pub(crate) fn established_asn(cx: &Ctx, s: &super::ctx::Subject, t: i64, asn: u32) -> bool {
    if asn == NO_INT || asn == 0 || super::lists::hosting_asn(asn) {
        return false;
    }
    // Whether `asn` is in the judged history on two days.
    let (mut asn_day, mut two_days) = (None, false);
    let judged = judged_scan(cx, s, t, |q| {
        if cx.asn(q) == asn {
            let day = cx.st(q).div_euclid(DAY_MS);
            match asn_day {
                None => asn_day = Some(day),
                Some(d) if d != day => two_days = true,
                Some(_) => {}
            }
        }
    });
    judged && two_days
}

/// True when sign-in `r` is a developer or admin tool (`first_party_clients.tsv`, kind `tool`:
/// Azure CLI, PowerShell, VS Code…) through a cloud or hosting network (its ASN) that the subject's
/// judged history ([`judged_history`]: up to a day before) shows the same tool signing in through
/// on [`OWN_CLOUD_DAYS`] days or more — or, when that use began before the user had a judged
/// history, the whole loaded log does: the developer's own virtual machines or cloud shell, not a
/// place where they are. A stolen tool token replayed from another provider's servers has no such
/// history (the same provider's servers do: the README's trade-offs say so).
pub(crate) fn own_cloud(cx: &Ctx, s: &super::ctx::Subject, r: u32) -> bool {
    let asn = cx.asn(r);
    if asn == NO_INT || asn == 0 || !super::lists::hosting_asn(asn) {
        return false;
    }
    let app = cx.sym(r, S::AppId);
    if app.is_empty() || super::lists::first_party_kind(cx.s(r, S::AppId)) != Some(super::lists::ClientKind::Tool) {
        return false;
    }
    let mut days: Vec<i64> = Vec::new();
    let judged = judged_scan(cx, s, cx.st(r), |q| {
        let day = cx.st(q).div_euclid(DAY_MS);
        if cx.asn(q) == asn && cx.sym(q, S::AppId) == app && days.last() != Some(&day) {
            days.push(day);
        }
    });
    if judged && days.len() >= OWN_CLOUD_DAYS {
        return true;
    }
    // The loaded logs began too late for a history to show it: the tool signed in through this
    // network on as many days of the whole loaded log, the first before the user had a judged
    // history (one that starts later is judged by it, as above).
    let times: Vec<i64> = s
        .rows
        .iter()
        .copied()
        .filter(|&q| cx.ok(q) && cx.asn(q) == asn && cx.sym(q, S::AppId) == app)
        .map(|q| cx.st(q))
        .collect();
    let (all_days, span) = days_and_span(&times);
    all_days >= OWN_CLOUD_DAYS && span >= DAY_MS && times.first().is_some_and(|&t0| judged_history(cx, s, t0).is_none())
}

/// The days on which the subject's successful sign-ins went through sign-in `r`'s network
/// operator in `r`'s country, in other sessions than `r`'s, when they are [`HABIT_DAYS`] or more,
/// the first and the last two days or more apart, and at least half the days they signed in at
/// all in the whole loaded log: a network they use every day (their VPN, their relay), even when
/// the logs begin too late for a history to show it. A stolen session shows on a few days of
/// many, and its own refreshes do not count.
pub(crate) fn daily_asn(cx: &Ctx, s: &super::ctx::Subject, r: u32) -> Option<usize> {
    let (asn, country, session) = (cx.asn(r), cx.sym(r, S::Country), cx.id(r, S::SessionId));
    if asn == NO_INT || asn == 0 {
        return None;
    }
    let (on, all, span) = habit(cx, &s.rows, |q| {
        cx.asn(q) == asn && cx.sym(q, S::Country) == country && (session == 0 || cx.id(q, S::SessionId) != session)
    });
    (on >= HABIT_DAYS && span >= 2 * DAY_MS && on * 2 >= all).then_some(on)
}

/// A habit in a subject's time-ordered `rows`: the UTC days with a success for which `like`
/// holds, the days with any success, and the time from the first such success to the last.
pub(crate) fn habit(cx: &Ctx, rows: &[u32], like: impl Fn(u32) -> bool) -> (usize, usize, i64) {
    let (mut on, mut all) = (Vec::new(), Vec::new());
    let (mut first, mut last) = (None, 0);
    for &q in rows.iter().filter(|&&q| cx.ok(q) && cx.st(q) != crate::core::model::NO_TIME) {
        let day = cx.st(q).div_euclid(DAY_MS);
        all.push(day);
        if like(q) {
            on.push(day);
            first.get_or_insert(cx.st(q));
            last = cx.st(q);
        }
    }
    all.dedup();
    on.dedup();
    (on.len(), all.len(), first.map_or(0, |f| last - f))
}

/// Days of the loaded logs that make a network a user's daily one ([`daily_asn`]).
pub(crate) const HABIT_DAYS: usize = 3;

/// Days of a tool's use through one cloud network that make the network the user's own cloud.
pub(crate) const OWN_CLOUD_DAYS: usize = 2;

/// The subject's rows from `learning_days` to one day before `t` (all of them: callers keep the
/// successful user sign-ins).
fn judged_span<'s>(cx: &Ctx, s: &'s super::ctx::Subject, t: i64) -> &'s [u32] {
    let cfg = cx.cfg;
    let (from, to) = (t.saturating_sub(cfg.learning_days as i64 * DAY_MS), t.saturating_sub(DAY_MS));
    let lo = s.rows.partition_point(|&r| cx.st(r) < from);
    let hi = s.rows.partition_point(|&r| cx.st(r) < to);
    s.rows.get(lo..hi).unwrap_or(&[])
}

/// The subject's successful user sign-ins from `learning_days` to one day before `t` (the
/// attacker's own first hour must not make itself familiar), when they reach the baseline's
/// minimums (`min_history_signins` on `min_history_days`); None when there is too little
/// history to judge "never before".
pub(crate) fn judged_history(cx: &Ctx, s: &super::ctx::Subject, t: i64) -> Option<Vec<u32>> {
    let mut window = Vec::new();
    judged_scan(cx, s, t, |q| window.push(q)).then_some(window)
}

/// Calls `each` on the subject's successful user sign-ins from `learning_days` to one day before
/// `t`, in time order, and says whether they reach the baseline's minimums (the rule of
/// [`judged_history`], in one pass with nothing collected).
fn judged_scan(cx: &Ctx, s: &super::ctx::Subject, t: i64, mut each: impl FnMut(u32)) -> bool {
    let (mut n, mut days, mut last_day) = (0u32, 0u32, i64::MIN);
    for q in judged_span(cx, s, t).iter().copied().filter(|&q| cx.ok(q) && is_user_signin(cx, q)) {
        n += 1;
        let day = cx.st(q).div_euclid(DAY_MS);
        if day != last_day {
            days += 1;
            last_day = day;
        }
        each(q);
    }
    n >= cx.cfg.min_history_signins && days >= cx.cfg.min_history_days
}

/// How long before a burst of failures a user's own sign-ins from an address make it theirs
/// ([`own_line`]): long enough that an intruder's success in the same hour cannot.
pub(crate) const OWN_LINE_BEFORE_MS: i64 = 12 * 3_600_000;

/// The fewest days on which the subject signed in successfully, more than
/// [`OWN_LINE_BEFORE_MS`] before the first of `rows`, from the address of each of `rows` — when
/// every one of `rows` has such an address and none comes through a cloud, hosting or VPN
/// network. A pupil locked out at home, where their phone and their Chromebook sign in every
/// evening, not a stranger guessing: a stranger has neither the address nor (through a rented
/// server) the history. People behind one address (a school, an office) share it, so there a
/// colleague at the next desk is not ruled out; the finding says so.
pub(crate) fn own_line(cx: &Ctx, s: &super::ctx::Subject, rows: &[u32]) -> Option<usize> {
    let first = *rows.first()?;
    let before = cx.st(first) - OWN_LINE_BEFORE_MS;
    let hist = s.rows.get(..s.rows.partition_point(|&q| cx.st(q) < before)).unwrap_or(&[]);
    let mut ips: Vec<u32> = Vec::new();
    for &r in rows {
        let ip = cx.ip[r as usize];
        if ip == super::ctx::NONE || super::lists::hosting_asn(cx.asn(r)) {
            return None;
        }
        if !ips.contains(&ip) {
            ips.push(ip);
        }
    }
    let fewest = ips
        .into_iter()
        .map(|ip| {
            let times: Vec<i64> = hist
                .iter()
                .copied()
                .filter(|&q| cx.ip[q as usize] == ip && cx.ok(q) && is_user_signin(cx, q))
                .map(|q| cx.st(q))
                .collect();
            days_and_span(&times).0
        })
        .min()?;
    (fewest >= OWN_LINE_DAYS).then_some(fewest)
}

/// Days of successful sign-ins from an address that make it the user's own ([`own_line`]): one
/// earlier success may be an intruder's own.
pub(crate) const OWN_LINE_DAYS: usize = 2;

/// True when sign-in `r` came from the subject's own managed device — a compliant or managed
/// device id with successful sign-ins on two days or more, all more than a day before `r` — through
/// a network operator (not a cloud, hosting or VPN one) their sign-ins used on two days or more
/// before ([`established_asn`]), at one of the organisation's sites (a network where many
/// colleagues' compliant or managed devices sign in): an admin on their company laptop behind the
/// organisation's security proxy, whose exit addresses rotate. An ASN alone can be bought (proxy
/// services sell ASN targeting, and a security proxy's ASN serves other customers too). A token redeemed on an intruder's machine carries
/// no such device id, and a stolen device token is replayed from the intruder's network.
pub(crate) fn own_device_own_net(cx: &Ctx, s: &super::ctx::Subject, r: u32) -> bool {
    let dev = cx.id(r, S::DeviceId);
    if dev == 0
        || !managed_device(cx, r)
        || !established_asn(cx, s, cx.st(r), cx.asn(r))
        || !super::audit::org_site(cx, cx.ip_text(r))
    {
        return false;
    }
    let times: Vec<i64> = a_day_before(cx, s, cx.st(r))
        .iter()
        .copied()
        .filter(|&q| cx.ok(q) && cx.id(q, S::DeviceId) == dev && managed_device(cx, q))
        .map(|q| cx.st(q))
        .collect();
    days_and_span(&times).0 >= 2
}

/// True for a phone or tablet's operating system ("Ios 17.2", "iPadOS", "Android 14"): its apps'
/// refresh tokens sit in the device's keychain or its authentication broker, bound to it — an
/// infostealer takes desktop browsers' cookies and tokens, and a token phished through a proxy
/// or a device code carries no device id of the user's. A non-interactive sign-in with the
/// session's own phone's device id is that phone.
pub(crate) fn phone_os(os: &str) -> bool {
    let os = os.trim_start().to_ascii_lowercase();
    ["ios", "ipados", "android"].iter().any(|a| os.starts_with(a))
}

/// Users an app must reach from one cloud network for that network to be the app's servers.
pub(crate) const BACKEND_USERS: usize = 3;

/// (app id, ASN) pairs that are an app's own servers acting for its users: non-interactive
/// successes of an app that is neither one of Microsoft's listed clients nor owned by Microsoft's
/// tenant, from a cloud or hosting network, for [`BACKEND_USERS`] users or more on two days or
/// more (a scheduling or CRM service refreshing each user's token from its data centre); only
/// the pair's non-interactive sign-ins are left out. Such a sign-in is where the service runs, not where the
/// person is. A stolen token replayed from a rented server uses the user's own clients (Outlook,
/// Teams, the Office apps, the developer tools), which are listed and never count here.
pub(crate) fn app_backends(cx: &Ctx) -> HashSet<(Sym, u32)> {
    let listed: HashSet<String> = super::lists::first_party().into_iter().map(|c| c.0.to_owned()).collect();
    let mut users: HashMap<(Sym, u32), (HashSet<u32>, HashSet<i64>)> = HashMap::new();
    let mut known: HashMap<Sym, bool> = HashMap::new();
    let mut hosting: HashMap<u32, bool> = HashMap::new();
    for (u, s) in cx.subjects.iter().enumerate() {
        for &r in &s.rows {
            let asn = cx.asn(r);
            if asn == NO_INT
                || !cx.ok(r)
                || !non_interactive(cx, r)
                || !*hosting.entry(asn).or_insert_with(|| super::lists::hosting_asn(asn))
                || cx.s(r, S::AppOwnerTenant).trim().eq_ignore_ascii_case(MICROSOFT_TENANT)
            {
                continue;
            }
            let app = cx.sym(r, S::AppId);
            let ours =
                *known.entry(app).or_insert_with(|| listed.contains(&cx.ds.strings.get(app).trim().to_lowercase()));
            if !app.is_empty() && !ours {
                let e = users.entry((app, asn)).or_default();
                e.0.insert(u as u32);
                e.1.insert(cx.st(r).div_euclid(DAY_MS));
            }
        }
    }
    users.into_iter().filter(|(_, (u, d))| u.len() >= BACKEND_USERS && d.len() >= 2).map(|(k, _)| k).collect()
}

/// Microsoft's own tenant: an app it owns is one of Microsoft's clients, listed or not.
pub(crate) const MICROSOFT_TENANT: &str = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";

/// Sign-in `r` is a non-interactive one (a client refreshing a token, no person present).
pub(crate) fn non_interactive(cx: &Ctx, r: u32) -> bool {
    cx.ds.signins.table.enum_code(S::EventType as usize, r as usize) == 2
}

/// Sign-in `r` is a browser (the client app, or a Mozilla user agent).
pub(crate) fn browser(cx: &Ctx, r: u32) -> bool {
    cx.s(r, S::ClientApp).eq_ignore_ascii_case("browser") || cx.s(r, S::UserAgent).starts_with("Mozilla/")
}
