//! What the audit rules share: actors, targets, modified properties, additional details,
//! activities, bulk windows.
//!
//! Modified-property values are JSON-encoded text (`"\"Global Administrator\""`, `[true]`);
//! [`clean`] strips the quoting. Activities are matched case-insensitively by their display
//! names, as every peer rule does.

use hashbrown::{HashMap, HashSet};

use super::{Severity, ctx::Ctx, lists, rule::Draft};
use crate::core::model::{AuditField as A, Target};

/// Strips JSON quoting from a modified-property value: `"[\"x\"]"` → `x`.
pub fn clean(v: &str) -> String {
    v.replace("\\\"", "\"").trim().trim_matches(|c| c == '[' || c == ']' || c == '"' || c == ' ').to_owned()
}

pub(crate) fn activity(cx: &Ctx, r: u32) -> String {
    cx.a(r, A::Activity).to_lowercase()
}

pub(crate) fn success(cx: &Ctx, r: u32) -> bool {
    // AUDIT_RESULT: 1 Success, 2 Failure, 3 Timeout; 0 = not given.
    matches!(cx.ds.audits.table.enum_code(A::Result as usize, r as usize), 0 | 1)
}

/// The actor: UPN, else display name, else service principal name, else id.
pub(crate) fn actor(cx: &Ctx, r: u32) -> String {
    for f in [A::ActorUpn, A::ActorName, A::ActorSpName, A::Actor, A::ActorId] {
        let s = cx.a(r, f).trim();
        if !s.is_empty() {
            return s.to_owned();
        }
    }
    String::new()
}

pub(crate) fn targets<'c>(cx: &'c Ctx, r: u32) -> &'c [Target] {
    cx.ds.targets_of(r as usize)
}

pub(crate) fn tname(cx: &Ctx, t: &Target) -> String {
    for s in [t.upn, t.name, t.id] {
        let v = cx.ds.strings.get(s).trim();
        if !v.is_empty() {
            return v.to_owned();
        }
    }
    String::new()
}

pub(crate) fn tkind(cx: &Ctx, t: &Target) -> String {
    cx.ds.strings.get(t.kind).to_lowercase()
}

/// The first user or service-principal target's name (UPN preferred).
pub(crate) fn principal(cx: &Ctx, r: u32) -> String {
    let ts = targets(cx, r);
    ts.iter()
        .find(|t| matches!(tkind(cx, t).as_str(), "user" | "serviceprincipal"))
        .or_else(|| ts.iter().find(|t| !matches!(tkind(cx, t).as_str(), "role" | "request" | "policy" | "other")))
        .map(|t| tname(cx, t))
        .unwrap_or_default()
}

/// User UPNs among the targets.
pub(crate) fn target_users(cx: &Ctx, r: u32) -> Vec<String> {
    targets(cx, r)
        .iter()
        .filter(|t| tkind(cx, t) == "user" || !t.upn.is_empty())
        .map(|t| tname(cx, t))
        .filter(|s| !s.is_empty())
        .collect()
}

/// (old, new) of the first modified property named `name` (case-insensitive) on any target.
pub(crate) fn prop(cx: &Ctx, r: u32, name: &str) -> Option<(String, String)> {
    for t in targets(cx, r) {
        for p in cx.ds.props_of(t) {
            if cx.ds.strings.get(p.name).trim().eq_ignore_ascii_case(name) {
                return Some((cx.ds.strings.get(p.old).to_owned(), cx.ds.strings.get(p.new).to_owned()));
            }
        }
    }
    None
}

/// All modified properties' text (name old new) joined, lower-cased, for contains-checks.
pub(crate) fn props_text(cx: &Ctx, r: u32) -> String {
    let mut s = String::new();
    for t in targets(cx, r) {
        for p in cx.ds.props_of(t) {
            for sym in [p.name, p.old, p.new] {
                s.push_str(cx.ds.strings.get(sym));
                s.push(' ');
            }
        }
    }
    s.to_lowercase()
}

/// Value of additional detail `key`.
pub(crate) fn detail(cx: &Ctx, r: u32, key: &str) -> String {
    cx.ds
        .details_of(r as usize)
        .iter()
        .find(|kv| cx.ds.strings.get(kv.key).eq_ignore_ascii_case(key))
        .map(|kv| cx.ds.strings.get(kv.value).to_owned())
        .unwrap_or_default()
}

/// The audit rows for which `f(row, lower-case activity)` holds: the timed ones in time
/// order, then those without a time (a credential added is a finding at any time; rules
/// that need a time use [`timed_rows_where`]).
pub(crate) fn rows_where(cx: &Ctx, f: impl Fn(u32, &str) -> bool) -> Vec<u32> {
    cx.audits_all().filter(|&r| f(r, &activity(cx, r))).collect()
}

/// [`rows_where`] over the rows with a time only, in time order.
pub(crate) fn timed_rows_where(cx: &Ctx, f: impl Fn(u32, &str) -> bool) -> Vec<u32> {
    cx.audits_by_time.iter().copied().filter(|&r| f(r, &activity(cx, r))).collect()
}

pub(crate) fn base(cx: &Ctx, subject: &str, sev: Severity, r: u32) -> Draft {
    let mut d = Draft::new(subject, sev);
    d.audits = vec![r];
    let ip = cx.a(r, A::ActorIp);
    if !ip.is_empty() {
        d.ips.push(ip.to_owned());
    }
    d
}

pub(crate) fn by(cx: &Ctx, r: u32) -> String {
    let a = actor(cx, r);
    let ip = cx.a(r, A::ActorIp);
    match (a.is_empty(), ip.is_empty()) {
        (true, _) => "an unknown actor".to_owned(),
        (false, true) => a,
        (false, false) => format!("{a} (from {ip})"),
    }
}

/// Distinct targets per actor within `window_ms`, as (actor, rows) groups that reach `min`.
pub(crate) fn bulk_groups(cx: &Ctx, rows: &[u32], window_ms: i64, min: u32) -> Vec<(String, Vec<u32>)> {
    let mut per_actor: HashMap<String, Vec<u32>> = HashMap::new();
    // Bursts need times: rows without one are never part of a bulk group.
    for &r in rows.iter().filter(|&&r| cx.at(r) != crate::core::model::NO_TIME) {
        per_actor.entry(actor(cx, r).to_lowercase()).or_default().push(r);
    }
    let mut actors: Vec<String> = per_actor.keys().cloned().collect();
    actors.sort();
    let mut out = Vec::new();
    for a in actors {
        let rows = per_actor.remove(&a).unwrap_or_default();
        // Episodes: gaps ≤ window; keep when some window holds ≥ min distinct targets.
        let mut eps: Vec<Vec<u32>> = Vec::new();
        let mut last = i64::MIN;
        for r in rows {
            let t = cx.at(r);
            match eps.last_mut() {
                Some(e) if t.saturating_sub(last) <= window_ms => e.push(r),
                _ => eps.push(vec![r]),
            }
            last = t;
        }
        for ep in eps {
            let mut best = 0usize;
            let mut lo = 0usize;
            let mut counts: HashMap<String, u32> = HashMap::new();
            for hi in 0..ep.len() {
                for t in target_users(cx, ep[hi])
                    .into_iter()
                    .chain(std::iter::once(principal(cx, ep[hi])))
                    .filter(|s| !s.is_empty())
                    .collect::<HashSet<_>>()
                {
                    *counts.entry(t.to_lowercase()).or_insert(0) += 1;
                }
                while lo < hi && cx.at(ep[hi]) - cx.at(ep[lo]) > window_ms {
                    for t in target_users(cx, ep[lo])
                        .into_iter()
                        .chain(std::iter::once(principal(cx, ep[lo])))
                        .filter(|s| !s.is_empty())
                        .collect::<HashSet<_>>()
                    {
                        let k = t.to_lowercase();
                        if let Some(n) = counts.get_mut(&k) {
                            *n -= 1;
                            if *n == 0 {
                                counts.remove(&k);
                            }
                        }
                    }
                    lo += 1;
                }
                best = best.max(counts.len());
            }
            if best as u32 >= min {
                out.push((a.clone(), ep));
            }
        }
    }
    out
}

pub(crate) fn distinct_targets(cx: &Ctx, rows: &[u32]) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for &r in rows {
        let p = principal(cx, r);
        if !p.is_empty() && !v.iter().any(|x| x.eq_ignore_ascii_case(&p)) {
            v.push(p);
        }
    }
    v
}

pub(crate) fn is_role_add(a: &str) -> bool {
    is("role_add", a) && !a.contains("requested") && !a.contains("failed") && !a.contains("canceled")
}

/// The application id of MS-PIM, Privileged Identity Management's own first-party service
/// principal (Microsoft's list of first-party applications); an app id cannot be taken by
/// another app, unlike a display name.
pub(crate) const MS_PIM_APP_ID: &str = "01fc33a7-78ba-4d2f-a4b7-768e336e890e";

/// True when `user` was given a directory role between `from` and `to` other than by activating
/// one they were made eligible for: an account that just made itself (or was made) powerful, not
/// an administrator at work. An activation is a "(PIM activation)" row, or the directory's own
/// row applying it (initiated by MS-PIM) within [`PIM_APPLIED_MS`] of such a row for the same
/// user; "outside of PIM" and PIM's direct ("permanent", "timebound") assignments are not.
pub(crate) fn role_outside_pim(cx: &Ctx, user: &str, from: i64, to: i64) -> bool {
    let rows = &cx.audits_by_time;
    let span = |a: i64, b: i64| {
        let lo = rows.partition_point(|&r| cx.at(r) < a);
        rows.get(lo..).unwrap_or(&[]).iter().copied().take_while(move |&r| cx.at(r) <= b)
    };
    let mine = |r: u32| target_users(cx, r).iter().any(|u| u.eq_ignore_ascii_case(user));
    let activation = |a: &str| a.contains("pim activation");
    span(from, to).any(|r| {
        let a = activity(cx, r);
        if !is_role_add(&a) || activation(&a) || !success(cx, r) || !mine(r) {
            return false;
        }
        let by_pim = actor(cx, r).eq_ignore_ascii_case("MS-PIM")
            || cx.a(r, A::ActorAppId).trim().eq_ignore_ascii_case(MS_PIM_APP_ID);
        let t = cx.at(r);
        !(by_pim
            && !a.contains("outside of pim")
            && span(t - PIM_APPLIED_MS, t + PIM_APPLIED_MS).any(|q| activation(&activity(cx, q)) && mine(q)))
    })
}

/// How near in time the directory's row applying a PIM activation is to the activation's own.
pub(crate) const PIM_APPLIED_MS: i64 = 5 * 60_000;

/// The role of a role-assignment event.
pub(crate) fn role_name(cx: &Ctx, r: u32) -> String {
    if let Some((_, new)) = prop(cx, r, "Role.DisplayName") {
        let v = clean(&new);
        if !v.is_empty() {
            return v;
        }
    }
    if let Some(t) = targets(cx, r).iter().find(|t| tkind(cx, t) == "role") {
        let v = cx.ds.strings.get(t.name).trim();
        if !v.is_empty() {
            return v.to_owned();
        }
    }
    if prop(cx, r, "Role.WellKnownObjectName")
        .is_some_and(|(_, new)| clean(&new).eq_ignore_ascii_case("CompanyAdministrator"))
    {
        return "Global Administrator".into();
    }
    let tid = prop(cx, r, "Role.TemplateId").map(|p| clean(&p.1)).unwrap_or_else(|| detail(cx, r, "TemplateId"));
    lists::role_by_template(&tid).map(str::to_owned).unwrap_or_default()
}

/// True when the (lower-case) activity `a` of row `r` is one of `group`'s in `activities.tsv`.
pub(crate) fn is(group: &str, a: &str) -> bool {
    lists::is_activity(group, a)
}

/// A KQL condition on `col` matching the activities of `group` as the engine does (exact
/// names with `in~`, contained ones with `contains`).
pub(crate) fn kql_activities(group: &str, col: &str) -> String {
    use crate::core::kql::kql_string;
    let acts = lists::activities(group);
    let exact: Vec<String> =
        acts.iter().filter(|(_, m)| *m == lists::Match::Exact).map(|(n, _)| kql_string(n)).collect();
    let mut parts: Vec<String> = acts
        .iter()
        .filter(|(_, m)| *m == lists::Match::Contains)
        .map(|(n, _)| format!("{col} contains {}", kql_string(n)))
        .collect();
    if !exact.is_empty() {
        parts.push(format!("{col} in~ ({})", exact.join(", ")));
    }
    if parts.is_empty() { "false".to_owned() } else { format!("({})", parts.join(" or ")) }
}

/// `audits` (see `Hunt::audits`) filtered to successful events of `group`, plus `more` lines.
pub(crate) fn kql_source(group: &str, clauses: &[String]) -> String {
    let mut q = format!("audits\n| where {} and Result =~ \"success\"", kql_activities(group, "OperationName"));
    for c in clauses {
        q.push('\n');
        q.push_str(c);
    }
    q
}

/// The keys of the app a consent `r` was granted to: its app ids when the audit names them
/// (`TargetId.ServicePrincipalNames`, lower-cased), else `name:` and its service principal's
/// name; empty when neither.
pub(crate) fn consent_keys(cx: &Ctx, r: u32) -> Vec<String> {
    let keys: Vec<String> = prop(cx, r, "TargetId.ServicePrincipalNames")
        .map(|(_, ids)| {
            ids.split(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
                .filter(|x| x.len() == 36 && x.matches('-').count() == 4)
                .map(str::to_lowercase)
                .collect()
        })
        .unwrap_or_default();
    if !keys.is_empty() {
        return keys;
    }
    targets(cx, r)
        .iter()
        .filter(|t| tkind(cx, t) == "serviceprincipal")
        .map(|t| format!("name:{}", cx.ds.strings.get(t.name).trim().to_lowercase()))
        .filter(|k| k.len() > "name:".len())
        .collect()
}

/// How long after someone else reset a user's password the user's own failures are expected
/// ([`reset_before`]).
pub(crate) const RESET_EXPECTS_MS: i64 = 24 * 3_600_000;

/// The latest successful reset of `user`'s password by someone else within
/// [`RESET_EXPECTS_MS`] before `t` (an administrator, a teacher, a rotation script), as
/// (actor, time): the user does not know the new password yet, so failures follow.
pub(crate) fn reset_before(cx: &Ctx, user: &str, t: i64) -> Option<(String, i64)> {
    if t == crate::core::model::NO_TIME {
        return None;
    }
    reset_between(cx, user, t.saturating_sub(RESET_EXPECTS_MS), t).pop()
}

/// The successful resets of `user`'s password by someone else from `from` to `to`, in time
/// order, as (actor, time).
pub(crate) fn reset_between(cx: &Ctx, user: &str, from: i64, to: i64) -> Vec<(String, i64)> {
    let mut found = Vec::new();
    let by_time = &cx.audits_by_time;
    let lo = by_time.partition_point(|&r| cx.at(r) < from);
    let hi = by_time.partition_point(|&r| cx.at(r) <= to);
    for &r in by_time.get(lo..hi).unwrap_or(&[]) {
        let at = cx.at(r);
        if !success(cx, r) {
            continue;
        }
        if !is("password_reset", &activity(cx, r)) {
            continue;
        }
        let target = target_users(cx, r).into_iter().next().unwrap_or_default();
        let who = actor(cx, r);
        if target.to_lowercase() == user.to_lowercase() && who.to_lowercase() != user.to_lowercase() {
            found.push((who, at));
        }
    }
    found
}

/// True when `user` signed in successfully from `ip` (or, when `ip` is one of the organisation's
/// sites, from its network) on a compliant or managed device within 12 hours of `t`
/// ([`super::signin::VOUCH_MS`]), and `ip` is not on a cloud, hosting or VPN network unless that
/// device is their own cloud PC ([`super::signin::cloud_pc`]; [`super::signin::managed_times`]
/// says why): the action came from where their own device was, not from a stolen session
/// replayed elsewhere.
pub(crate) fn at_desk(cx: &Ctx, user: &str, ip: &str, t: i64) -> bool {
    use super::signin::{VOUCH_MS, managed_device};
    let parsed = super::net::parse_ip(ip.trim());
    if parsed.is_none() || t == crate::core::model::NO_TIME {
        return false;
    }
    // The same address, or another of the organisation's own site whose network it is (an
    // office's pool of exit addresses: the portal's request leaves by one, the sign-in by another).
    let site = org_site(cx, ip).then(|| {
        let cfg = cx.cfg;
        parsed.map(|p| super::net::prefix_key(p, cfg.prefix_v4_bits, cfg.prefix_v6_bits))
    });
    cx.subject_named(user).is_some_and(|s| {
        s.rows.iter().any(|&q| {
            (cx.st(q) - t).abs() <= VOUCH_MS
                && cx.ok(q)
                && managed_device(cx, q)
                && (super::net::parse_ip(cx.ip_text(q).trim()) == parsed
                    || site.flatten().is_some_and(|k| cx.ip_net.get(cx.ip[q as usize] as usize) == Some(&k)))
                && (!lists::hosting_asn(cx.asn(q)) || super::signin::cloud_pc(cx, s, q))
        })
    })
}

/// [`new_place`], except that one of the organisation's own sites ([`org_site`]) is no new place
/// for anyone: the audit's address is the office's exit, where the actor's colleagues' managed
/// devices sign in, even when the actor's own sign-ins leave by another site.
pub(crate) fn new_place_off_site(cx: &Ctx, user: &str, ip: &str, t: i64) -> Option<String> {
    if org_site(cx, ip) { None } else { new_place(cx, user, ip, t) }
}

/// Days of the loaded logs on which a user's successful sign-ins must come from one network
/// for it to be their usual one ([`usual_network`]).
pub(crate) const USUAL_NET_DAYS: usize = 3;

/// True when `user`'s successful sign-ins came from `ip`'s network (/24, /64 by default) on
/// [`USUAL_NET_DAYS`] days or more of the whole loaded log, the first and the last two days or
/// more apart, and on at least half the days they signed in at all, and it is not a cloud,
/// hosting or VPN network: their desk, whatever their
/// device (an outsourced service desk on unmanaged laptops), even before a history can be
/// judged. The days after `t` count too — an investigation reads the whole export — and a
/// stolen session shows on a few days of many, from the attacker's network.
pub(crate) fn usual_network(cx: &Ctx, user: &str, ip: &str) -> bool {
    use super::{
        net::{parse_ip, prefix_key},
        signin::DAY_MS,
    };
    let cfg = cx.cfg;
    let Some(key) = parse_ip(ip.trim()).map(|p| prefix_key(p, cfg.prefix_v4_bits, cfg.prefix_v6_bits)) else {
        return false;
    };
    let Some(s) = cx.subject_named(user) else { return false };
    let (on, all, span) = super::signin::habit(cx, &s.rows, |q| {
        let here = cx
            .ips
            .get(cx.ip[q as usize] as usize)
            .and_then(|i| i.parsed)
            .is_some_and(|p| prefix_key(p, cfg.prefix_v4_bits, cfg.prefix_v6_bits) == key);
        here && !lists::hosting_asn(cx.asn(q))
    });
    on >= USUAL_NET_DAYS && span >= 2 * DAY_MS && on * 2 >= all
}

/// How near (km) places of the user's judged history a network new to them must be for
/// [`near_home`]: the region they live and work in.
pub(crate) const NEAR_HOME_KM: f64 = 100.0;

/// Where `user`'s own successful sign-in from `ip` within a day of `t` was placed, and how far
/// (km) it lies from the nearest place, in the same country, of their judged history
/// ([`super::signin::judged_history`]), when their history has sign-ins under [`NEAR_HOME_KM`]
/// from it on two days or more: a home broadband or mobile line in the region where they work
/// (a nurse who only ever signed in on ward PCs, replacing her phone from home). `None` when
/// `ip` is a cloud, hosting or VPN network, either end is placed only by its country (no city
/// named), no history can be judged, or in the day before `t` the user signed in successfully
/// through a cloud, hosting or VPN network or from a country their history lacks (a phishing
/// proxy's own sign-in, before its operator acts from a residential proxy near the victim).
pub(crate) fn near_home(cx: &Ctx, user: &str, ip: &str, t: i64) -> Option<(String, f64)> {
    use super::signin::{DAY_MS, Locator, judged_history, place};
    use crate::core::{geo, model::SignInField as S};
    let off_hosting = |asn: u32| asn != crate::core::model::NO_INT && asn != 0 && !lists::hosting_asn(asn);
    if t == crate::core::model::NO_TIME || ip.trim().is_empty() {
        return None;
    }
    let s = cx.subject_named(user)?;
    let window = judged_history(cx, s, t)?;
    if rented_or_abroad(cx, s, t, &window) {
        return None;
    }
    let mut loc = Locator::default();
    let mut fine =
        |q: u32| loc.at(cx, q).filter(|p| p.2 != geo::Precision::Country && !cx.s(q, S::City).trim().is_empty());
    let here = s.rows.iter().copied().find(|&q| {
        (cx.st(q) - t).abs() <= DAY_MS && cx.ok(q) && cx.ip_text(q).trim() == ip.trim() && off_hosting(cx.asn(q))
    })?;
    let at = fine(here)?;
    let country = cx.sym(here, S::Country);
    let near: Vec<(i64, f64)> = window
        .iter()
        .copied()
        .filter(|&h| cx.ok(h) && off_hosting(cx.asn(h)) && !country.is_empty() && cx.sym(h, S::Country) == country)
        .filter_map(|h| fine(h).map(|p| (cx.st(h).div_euclid(DAY_MS), geo::distance_km((p.0, p.1), (at.0, at.1)))))
        .filter(|&(_, km)| km < NEAR_HOME_KM)
        .collect();
    let mut days: Vec<i64> = near.iter().map(|n| n.0).collect();
    days.sort_unstable();
    days.dedup();
    let km = near.iter().map(|n| n.1).fold(f64::INFINITY, f64::min);
    (days.len() >= 2).then(|| (place(cx, here), km))
}

/// True when, in the day before `t`, the subject signed in successfully through a cloud, hosting
/// or VPN network, or from a country none of `history` came from: a phishing proxy's own sign-in,
/// before its operator acts from a residential proxy near the victim ([`near_home`],
/// [`own_device_at`]).
fn rented_or_abroad(cx: &Ctx, s: &super::ctx::Subject, t: i64, history: &[u32]) -> bool {
    use crate::core::model::SignInField as S;
    let from = t.saturating_sub(super::signin::DAY_MS);
    let lo = s.rows.partition_point(|&q| cx.st(q) < from);
    s.rows.get(lo..).unwrap_or(&[]).iter().take_while(|&&q| cx.st(q) <= t).any(|&q| {
        cx.ok(q)
            && (lists::hosting_asn(cx.asn(q))
                || history.iter().all(|&h| cx.sym(h, S::Country) != cx.sym(q, S::Country)))
    })
}

/// Days before a change on which a device must have signed in for [`own_device_at`]: it is the
/// user's own, not one an intruder registered that morning.
pub(crate) const OWN_DEVICE_DAYS: usize = 2;

/// The operating system of `user`'s own device — a device id whose successful sign-ins fall on
/// [`OWN_DEVICE_DAYS`] days or more, all more than a day before `t` — that signed in successfully
/// from exactly `ip` in the 12 hours before `t` ([`super::signin::VOUCH_MS`]), through a network
/// operator their history shows on two days ([`super::signin::established_asn`]: a stolen device
/// token replayed through a residential proxy rarely lands on the victim's own carrier), and when: a person
/// replacing a phone on the carrier line their old phone is on. An intruder's phishing proxy or
/// residential proxy is never on the victim's own phone's address. `None` when `ip` is a cloud,
/// hosting or VPN network, or in the day before `t` the user signed in successfully through one
/// of those or from a country their history lacks (as [`near_home`]).
pub(crate) fn own_device_at(cx: &Ctx, user: &str, ip: &str, t: i64) -> Option<(String, i64)> {
    use super::signin::{VOUCH_MS, a_day_before, days_and_span};
    use crate::core::model::SignInField as S;
    if t == crate::core::model::NO_TIME || ip.trim().is_empty() {
        return None;
    }
    let s = cx.subject_named(user)?;
    let before = a_day_before(cx, s, t);
    if rented_or_abroad(cx, s, t, before) {
        return None;
    }
    s.rows.iter().copied().find_map(|q| {
        let dev = cx.id(q, S::DeviceId);
        let here = (0..=VOUCH_MS).contains(&(t - cx.st(q)))
            && cx.ok(q)
            && super::signin::established_asn(cx, s, t, cx.asn(q))
            && dev != 0
            && cx.ip_text(q).trim() == ip.trim()
            && !lists::hosting_asn(cx.asn(q));
        if !here {
            return None;
        }
        let times: Vec<i64> =
            before.iter().copied().filter(|&h| cx.ok(h) && cx.id(h, S::DeviceId) == dev).map(|h| cx.st(h)).collect();
        (days_and_span(&times).0 >= OWN_DEVICE_DAYS).then(|| (cx.s(q, S::Os).to_owned(), cx.st(q)))
    })
}

/// The cloud, hosting or VPN network operator (its ASN) through which `user`'s own successful
/// sign-ins from `ip` within an hour of `t` came: a change made from a rented server (a password
/// guessed from cloud machines, a phishing proxy's session), not from where a person is. `None`
/// when any of those sign-ins was on a compliant or managed device (a cloud PC or virtual desktop;
/// the trade-off: a stolen device token carries the id there too) or was iCloud Private Relay on
/// an Apple device; when the operator is one the user's sign-ins in that country used on
/// [`super::signin::HABIT_DAYS`] days or more (spanning two) and half their days *before* `t`
/// (their VPN — days after it could be the intruder's own); or when the address is a corporate
/// egress: `shared_egress_min_users` or more other users signed in from it on compliant or
/// managed devices (a new hire's first day behind the company's cloud proxy).
pub(crate) fn rented_origin(cx: &Ctx, user: &str, ip: &str, t: i64) -> Option<u32> {
    use super::signin::{DAY_MS, HABIT_DAYS, HOUR_MS, a_day_before, habit, managed_device};
    use crate::core::model::SignInField as S;
    if t == crate::core::model::NO_TIME || ip.trim().is_empty() {
        return None;
    }
    let s = cx.subject_named(user)?;
    let here: Vec<u32> = s
        .rows
        .iter()
        .copied()
        .filter(|&q| (cx.st(q) - t).abs() <= HOUR_MS && cx.ok(q) && cx.ip_text(q).trim() == ip.trim())
        .collect();
    let &q = here.iter().find(|&&q| lists::hosting_asn(cx.asn(q)))?;
    let relay = |q: u32| super::signin::RELAY_ASNS.contains(&cx.asn(q)) && super::signin::apple_os(cx.s(q, S::Os));
    if here.iter().any(|&x| managed_device(cx, x) || relay(x)) {
        return None;
    }
    let (asn, country) = (cx.asn(q), cx.sym(q, S::Country));
    let (on, all, span) = habit(cx, a_day_before(cx, s, t), |x| cx.asn(x) == asn && cx.sym(x, S::Country) == country);
    if on >= HABIT_DAYS && span >= 2 * DAY_MS && on * 2 >= all {
        return None;
    }
    let ipx = cx.ip[q as usize];
    let mut others: Vec<u32> = cx
        .by_time
        .iter()
        .copied()
        .filter(|&x| cx.ip[x as usize] == ipx && cx.ok(x) && cx.subj(x) != cx.subj(q) && managed_device(cx, x))
        .map(|x| cx.subj(x))
        .collect();
    others.sort_unstable();
    others.dedup();
    let min = cx.cfg.shared_egress_min_users as usize;
    (min == 0 || others.len() < min).then_some(asn)
}

/// True when `ip` is on one of the organisation's own sites ([`super::ctx::Index::org_nets`]):
/// a network where `shared_egress_min_users` users or more signed in on their compliant or
/// managed devices, off cloud, hosting and VPN networks.
pub(crate) fn org_site(cx: &Ctx, ip: &str) -> bool {
    let cfg = cx.cfg;
    super::net::parse_ip(ip.trim())
        .is_some_and(|p| cx.org_nets.contains(&super::net::prefix_key(p, cfg.prefix_v4_bits, cfg.prefix_v6_bits)))
}

/// True when sign-in `r` came from one of the organisation's own egress addresses
/// ([`super::ctx::Index::org_egress`]): an address where `shared_egress_min_users` users or more
/// signed in on compliant or managed devices, on any network — its virtual desktops or cloud PCs
/// on a cloud network, its proxy's exit. A stranger with the password, or with a token stolen
/// from one of those machines, signs in from an address of their own, not the organisation's.
pub(crate) fn org_egress(cx: &Ctx, r: u32) -> bool {
    cx.ip.get(r as usize).is_some_and(|i| cx.org_egress.contains(i))
}

/// The "Add application" row among `added` that created `app` at most `within_ms` before audit
/// row `r` (or a minute after: the owner row can be logged first), by `r`'s own actor: a developer
/// setting up their own app registration. Not "Add service principal": a user's consent to
/// another organisation's app logs that, with the user as its actor.
pub(crate) fn own_new_app(cx: &Ctx, added: &[u32], app: &str, r: u32, within_ms: i64) -> Option<u32> {
    let (t, who) = (cx.at(r), actor(cx, r));
    if app.is_empty() || who.is_empty() || t == crate::core::model::NO_TIME {
        return None;
    }
    added.iter().copied().find(|&c| {
        let dt = t.saturating_sub(cx.at(c));
        (-60_000..=within_ms).contains(&dt)
            && activity(cx, c).trim() == "add application"
            && principal(cx, c).eq_ignore_ascii_case(app)
            && actor(cx, c).eq_ignore_ascii_case(&who)
    })
}

/// Why an action by `user` from `ip` at `t` came from somewhere new for them: `Some` when
/// they have enough successful sign-ins between `learning_days` and one day before `t` to
/// judge (the baseline's minimums), and none of them came from the IP's network (/24, /64
/// by default). Names the country when the user's own sign-ins from that IP around `t` give
/// one they never used. `None` when it cannot be judged or is familiar.
pub(crate) fn new_place(cx: &Ctx, user: &str, ip: &str, t: i64) -> Option<String> {
    use super::{
        net::{parse_ip, prefix_key},
        signin::{DAY_MS, judged_history},
    };
    use crate::core::model::{NO_TIME, SignInField as S};
    let cfg = cx.cfg;
    let parsed = parse_ip(ip.trim())?;
    if t == NO_TIME {
        return None;
    }
    let s = cx.subject_named(user)?;
    let window = judged_history(cx, s, t)?;
    let key = prefix_key(parsed, cfg.prefix_v4_bits, cfg.prefix_v6_bits);
    let familiar = window.iter().any(|&r| {
        cx.ips
            .get(cx.ip[r as usize] as usize)
            .and_then(|i| i.parsed)
            .is_some_and(|p| prefix_key(p, cfg.prefix_v4_bits, cfg.prefix_v6_bits) == key)
    });
    if familiar {
        return None;
    }
    let country = s
        .rows
        .iter()
        .copied()
        .filter(|&r| (cx.st(r) - t).abs() <= DAY_MS && cx.ip_text(r).trim() == ip.trim())
        .map(|r| cx.sym(r, S::Country))
        .find(|c| !c.is_empty())
        .filter(|&c| window.iter().all(|&r| cx.sym(r, S::Country) != c));
    Some(match country {
        Some(c) => format!(
            "from {ip} ({}), a country {user} never signed in from in the {} days before",
            crate::core::geo::country_name(cx.ds.strings.get(c)),
            cfg.learning_days
        ),
        None => format!("from {ip}, a network {user} never signed in from in the {} days before", cfg.learning_days),
    })
}

/// The (old, new) values of property `name` split into permission words, and the words
/// that are new.
pub(crate) fn added_words(cx: &Ctx, r: u32, name: &str) -> (Vec<String>, Vec<String>) {
    use super::permissions::scope_words;
    let Some((old, new)) = prop(cx, r, name) else { return (Vec::new(), Vec::new()) };
    let (old, new) = (scope_words(&clean(&old)), scope_words(&clean(&new)));
    let added = new.iter().filter(|w| !old.iter().any(|o| o.eq_ignore_ascii_case(w))).cloned().collect();
    (new, added)
}
