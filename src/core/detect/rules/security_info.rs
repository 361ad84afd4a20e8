//! `security_info`: authentication methods registered, changed or deleted, a Temporary
//! Access Pass issued, MFA disabled.

use crate::core::{
    detect::{
        DetectConfig, Severity, lists,
        audit::{activity, actor, at_desk, base, by, clean, is, kql_source, near_home, new_place, org_site, own_device_at, rented_origin, OWN_DEVICE_DAYS, NEAR_HOME_KM, prop, props_text, rows_where, success, target_users, usual_network, USUAL_NET_DAYS},
        ctx::Ctx,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{HABIT_DAYS, HOUR_MS, judged_history},
        text::{contains_ci, hm, minutes},
    },
    kql::hunt::Hunt,
    model::{AuditField as A, NO_TIME},
};

pub struct SecurityInfo;

pub struct Params {
    pub learning_days: u32,
    pub min_signins: u32,
    pub min_days: u32,
    pub v4: u8,
    pub v6: u8,
    pub site_users: u32,
    pub allow: Allow,
}

impl Rule for SecurityInfo {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::SecurityInfo,
        title: "Authentication methods changed",
        description: "Security info registered, changed or deleted, Temporary Access Pass issued, MFA disabled.",
        mitre: &["T1098.005", "T1556.006"],
        severity: "Medium for MFA disabled, a Temporary Access Pass, a user's own first registration on an account with no sign-in in the 7 days or more of loaded sign-ins before, right after its sign-in from that address (one no colleague uses, not a managed device) was interrupted to enrol a first method, with no account creation, enabling or password reset for it in the audit log, a change made from a network or country the actor never signed in from (the organisation's own sites, and any address the actor's own cloud PC signed in from in the loaded logs, count as known), or a user's own change (not a review), by a user too new to judge, within an hour of their own sign-in from that address through a cloud, hosting or VPN network that is not their daily VPN nor a corporate egress (not a compliant or managed device, not iCloud Private Relay on an Apple device), even after a pass; Low for admin changes and deletions, for a pass an admin with a judged history issued from a network they already use or from an address their own cloud PC (a managed device only ever on one cloud network, on 3 days or more) signed in from in the loaded logs (when the audit names no address: where the admin's own sign-ins nearest to it came from, if all of theirs from 12 h before to 1 h after are on their networks, the organisation's sites or their own compliant or managed device), or, by an admin too new to judge, from where their own compliant or managed device signed in within 12 h or their own cloud PC signed in, from one of the organisation's sites or from the network their sign-ins use on 3 days or more (spanning two) and on half their days of the loaded logs (unless the account was enabled again in the 24 h before), for a user's own change from a network they already use within 12 h after someone issued them a Temporary Access Pass, and for a user's own change from a new network that their own sign-in within a day places under 100 km from where they signed in on two days or more, in the same country, off hosting and VPN networks, with no sign-in through a hosting or VPN network or from a new country in the day before (a home line), or from the very address, off hosting and VPN networks and through an operator of their history on two days, where a device of theirs with sign-ins on two days or more before signed in in the 12 h before, with no such sign-in in the day before (the line their phone is on); Info for a user's own registration",
        config: &[
            "learning_days",
            "min_history_signins",
            "min_history_days",
            "prefix_v4_bits",
            "prefix_v6_bits",
            "shared_egress_min_users",
            "allow_users",
        ],
        reads: Reads::Both,
        needs: Needs::Nothing,
        source: "Sentinel AuthenticationMethodsChangedforPrivilegedAccount / AccountMFAModifications (AU8)",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            learning_days: cfg.learning_days,
            min_signins: cfg.min_history_signins,
            min_days: cfg.min_history_days,
            v4: cfg.prefix_v4_bits,
            v6: cfg.prefix_v6_bits,
            site_users: cfg.shared_egress_min_users,
            allow: Allow::none().users(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "security-info activities; Medium for MFA disabled, a Temporary Access Pass, a user's own registration on an account \
             with no successful sign-in in the ≥ {DORMANT_DAYS} days of loaded sign-ins before (but the day before), ≤ 1 h after its \
             sign-in from that address was interrupted to enrol a first method (codes {:?}; not on a compliant or managed device; \
             an address no other user signed in from, not an organisation's site or egress), with no account creation, \
             enabling, restore, password reset or pass for it in the loaded audit log in the {DORMANT_DAYS} days before, \
             a user's own change (not a review) by \
             a user too new to judge (a history of sign-ins only through such networks on unmanaged devices does not judge) \
             within 1 h of their own successful sign-ins from that address through a cloud, hosting or VPN network — none of \
             them on a compliant or managed device or through iCloud Private Relay on an Apple device, the network not one \
             their sign-ins in that country used on ≥ {HABIT_DAYS} days spanning ≥ 2 days and half their days before the \
             change, the address not one where ≥ {} other users signed in on compliant or managed devices — even after a \
             pass, or a change from a network absent \
             from the actor's sign-ins between {} days and 1 day before (judged with ≥ {} sign-ins on ≥ {} days; /{} or /{} \
             networks; one where ≥ {} users signed in on compliant or managed devices, off hosting and VPN networks, is the \
             organisation's own site and counts as known, as does an address the actor's own cloud PC signed in from \
             in the loaded logs), Low for admin changes and deletions, for a pass issued by an admin \
             from a network of their judged history or from an address their own cloud PC (a compliant or managed device \
             id every successful sign-in of which came through one cloud ASN, on ≥ 3 days) signed in from in the loaded logs, or, by an admin too new to judge, from where their own compliant or \
             managed device signed in within 12 h or their own cloud PC signed in, from one of the organisation's sites or from a network their successful sign-ins \
             use, off hosting and VPN networks, on ≥ {USUAL_NET_DAYS} days spanning ≥ 2 days and on half the days they sign \
             in in the loaded logs, not on a hosting or VPN network (not ≤ {REVIVED_H} h after the account was enabled again; when \
             the audit event names no address, the address of the admin's successful sign-in nearest to it, if every one of theirs \
             from 12 h before to 1 h after is on such a network, an organisation's site or egress address, or their own compliant \
             or managed device off hosting and VPN networks), and for the user's own change from a network of \
             their history ≤ {TAP_FOLLOW_H} h after someone \
             issued them a Temporary Access Pass, and for the user's own change from a new network that their own sign-in within a \
             day places < {NEAR_HOME_KM} km from places of their judged history in the same country on ≥ 2 days, off cloud, \
             hosting and VPN networks (a home line; places without a city do not count), unless they signed in through a \
             cloud, hosting or VPN network or from a country new to them in the day before, or from the very address, off \
             cloud, hosting and VPN networks, where a device id of theirs with successful sign-ins on ≥ {OWN_DEVICE_DAYS} \
             days more than a day before signed in in the 12 h before, through a network operator of their history on ≥ 2 \
             days (same proviso), Info for a user's own registration{}",
            lists::code_set("enrol"),
            p.site_users,
            p.learning_days,
            p.min_signins,
            p.min_days,
            p.v4,
            p.v6,
            p.site_users,
            p.allow.sentence()
        )
    }

    fn run(_: &Params, cx: &Ctx, out: &mut Out) {
        let rows = rows_where(cx, |r, a| {
            success(cx, r)
                && (is("auth_methods", a) || (a.contains("update user") && props_text(cx, r).contains("strongauthentication")))
        });
        let target = |r: u32| target_users(cx, r).into_iter().next().unwrap_or_else(|| actor(cx, r));
        // Accounts switched back on: (user, time). A pass right after it revives a dormant
        // account (the helpdesk-pretext takeover), never routine.
        let enabled: Vec<(String, i64)> = rows_where(cx, |r, a| {
            success(cx, r)
                && (a == "enable account"
                    || (a == "update user"
                        && prop(cx, r, "AccountEnabled").is_some_and(|(o, n)| {
                            clean(&o).eq_ignore_ascii_case("false") && clean(&n).eq_ignore_ascii_case("true")
                        })))
        })
        .into_iter()
        .filter(|&r| cx.at(r) != NO_TIME)
        .map(|r| (target(r).to_lowercase(), cx.at(r)))
        .collect();
        let revived = |who: &str, t: i64| {
            enabled.iter().any(|(u, at)| u == &who.to_lowercase() && *at <= t && t - at <= REVIVED_H * HOUR_MS)
        };
        // Passes issued by someone else: (user, time, row), for the recovery flow that follows.
        let passes: Vec<(String, i64, u32)> = rows
            .iter()
            .filter(|&&r| is_tap(cx, r) && cx.at(r) != NO_TIME && !actor(cx, r).eq_ignore_ascii_case(&target(r)))
            .map(|&r| (target(r).to_lowercase(), cx.at(r), r))
            .collect();
        for r in rows {
            let who = target(r);
            if cx.upn_allowed(&who) {
                continue;
            }
            let t = cx.at(r);
            let pass = passes
                .iter()
                .filter(|(u, at, _)| *u == who.to_lowercase() && t != NO_TIME && *at <= t && t - at <= TAP_FOLLOW_H * HOUR_MS)
                .map(|p| p.2)
                .next_back();
            let d = change(cx, r, who, pass, revived);
            out.add(cx, d);
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.audits();
        h.known_networks(p.learning_days, p.min_signins, p.min_days, p.v4, p.v6);
        h.desk_times(None, &lists::hosting_asns());
        h.org_sites(p.v4, p.v6, p.site_users, &lists::hosting_asns());
        h.usual_networks(p.v4, p.v6, USUAL_NET_DAYS, &lists::hosting_asns());
        h.home_places(p.learning_days, &lists::hosting_asns());
        h.rented_times(p.site_users, &crate::core::detect::signin::RELAY_ASNS);
        h.own_devices(p.learning_days, &lists::hosting_asns());
        h.line(&kql_source("auth_methods", &[]));
        h.line("| extend Target = coalesce(tostring(TargetResources[0].userPrincipalName), tostring(TargetResources[0].displayName)), JoinTarget = tolower(coalesce(tostring(TargetResources[0].userPrincipalName), tostring(TargetResources[0].displayName)))");
        for c in p.allow.audit_clauses(&["Target"], &[]) {
            h.line(&c);
        }
        h.line(&Hunt::new_network_line(p.v4, p.v6, "Actor", "ActorIp"));
        h.line(&Hunt::usual_line("JoinUser", "ActorNet"));
        h.line(&Hunt::near_home_line("JoinUser", "ActorIp", NEAR_HOME_KM));
        h.line(&Hunt::rented_line("JoinUser", "ActorIp"));
        h.line(&Hunt::own_device_line("JoinUser", "ActorIp"));
        // A pass someone else issued the target in the 12 h before: the change may be the caller who
        // talked the helpdesk into it, never a home line.
        h.line(&format!(
            "| join kind=leftouter (audits\n    | where (OperationName has \"Temporary Access Pass\" or ResultReason has \"Temporary Access Pass\") and Result =~ \"success\"\n    | extend PassTarget = tolower(coalesce(tostring(TargetResources[0].userPrincipalName), tostring(TargetResources[0].displayName)))\n    | where tolower(tostring(InitiatedBy.user.userPrincipalName)) != PassTarget\n    | summarize PassTimes = make_list(TimeGenerated, 100) by PassTarget) on $left.JoinTarget == $right.PassTarget\n| mv-apply PassAt = iff(array_length(PassTimes) > 0, PassTimes, dynamic([null])) to typeof(datetime) on (\n    summarize AfterPass = countif(PassAt between ((TimeGenerated - {TAP_FOLLOW_H}h) .. TimeGenerated)) > 0)"
        ));
        h.line("| extend OrgSite = ActorNet in (orgNets)\n| extend NewNetwork = NewNetwork and not(OrgSite)");
        h.line(&Hunt::desk_line("Actor", "ActorIp", "TimeGenerated"));
        h.line(&format!(
            "| join kind=leftouter (audits\n    | where OperationName =~ \"Enable account\" and Result =~ \"success\"\n    | summarize RevivedAt = max(TimeGenerated) by Target = coalesce(tostring(TargetResources[0].userPrincipalName), tostring(TargetResources[0].displayName))) on Target\n| extend Tap = OperationName has \"Temporary Access Pass\" or ResultReason has \"Temporary Access Pass\",\n    Revived = isnotnull(RevivedAt) and TimeGenerated between (RevivedAt .. (RevivedAt + {REVIVED_H}h))\n| extend Severity = case(Tap and not(Revived) and isnotempty(ActorIp) and ((isnotempty(Nets) and not(NewNetwork)) or ((AtDesk or OrgSite or Usual) and isempty(Nets))) and Actor !~ Target, \"low\",\n    NewNetwork and (NearHome or (PhoneLine and not(Rented and isempty(Nets)))) and not(AfterPass) and Actor =~ Target and not(Tap) and not(OperationName has \"Disable Strong Authentication\"), \"low\",\n    NewNetwork or Tap or OperationName has \"Disable Strong Authentication\" or (Rented and isempty(Nets) and Actor =~ Target and not(OperationName has \"reviewed\")), \"medium\",\n    OperationName startswith \"Admin\" or OperationName has \"delete\", \"low\", \"info\")\n// Lantern also makes a user's own registration Medium on an account with no sign-in in the {DORMANT_DAYS} days or more of\n// sign-ins before, right after its sign-in from that address (no colleague's) was interrupted to enrol (50072, 50079),\n// unless the audit log shows it created, enabled, restored or its password reset in the {DORMANT_DAYS} days before.\n// Lantern also makes a pass Low when an admin (judged or too new to judge) issued it from an address their own cloud PC\n// (a compliant or managed device only ever on one cloud ASN, on 3 days or more) signed in from in the loaded logs.\n// Lantern also judges a pass whose audit event names no address by the admin's own sign-in nearest to it, when all of\n// theirs from 12 h before to 1 h after came from their networks, the organisation's sites or their own managed device.\n// Lantern also makes a user's own change from a network of their history Low when it comes up to {TAP_FOLLOW_H} h after someone\n// issued them a pass (the recovery it was for), unless the account was enabled again in the {REVIVED_H} h before the pass.\n| summarize Changes = count(), Operations = make_set(OperationName, 10), Methods = make_set(ResultReason, 10), Worst = make_set(Severity, 3),\n    Actors = make_set(Actor, 10), ActorIps = make_set(ActorIp, 10), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by Target\n| sort by LastSeen desc"
        ));
    }
}

/// How long after a Temporary Access Pass the user's own method changes are the recovery it
/// was issued for.
const TAP_FOLLOW_H: i64 = 12;

/// How long after an account is enabled again a pass for it is a revival, never routine.
const REVIVED_H: i64 = 24;

/// How many days of sign-in log before a registration must be loaded for an account with no
/// sign-in in them to count as unused ([`dormant_enrolment`]).
const DORMANT_DAYS: i64 = 7;

/// Why a user's own first registration is an unused account taken over: the sign-in that was
/// interrupted to enrol it, how many days of sign-ins before it were loaded, and how many failed
/// passwords came from that address first.
struct Dormant {
    prompt: u32,
    days: i64,
    failures: usize,
}

/// A user's own registration at `t` from `ip` on an account nobody used: the loaded sign-ins reach
/// [`DORMANT_DAYS`] or more before it and hold no successful one of theirs earlier than a day
/// before; in the hour before, their sign-in from that very address was interrupted to enrol a
/// first method (`enrol` codes: the account had none), on a device neither compliant nor managed;
/// no colleague signed in from that address, which is none of the organisation's sites; and the
/// loaded audit log holds no account creation, enabling, restore or password reset for them in the
/// [`DORMANT_DAYS`] before (a new joiner, a colleague back from leave). Whoever held the password
/// of a forgotten account has just bound their own MFA to it.
fn dormant_enrolment(cx: &Ctx, r: u32, who: &str, ip: &str) -> Option<Dormant> {
    use crate::core::detect::signin::{DAY_MS, managed_device};
    let t = cx.at(r);
    let first = cx.by_time.first().map(|&q| cx.st(q))?;
    if t == NO_TIME || t - first < DORMANT_DAYS * DAY_MS || ip.trim().is_empty() || org_site(cx, ip) {
        return None;
    }
    let s = cx.subject_named(who)?;
    if s.rows.iter().any(|&q| cx.ok(q) && cx.st(q) < t - DAY_MS) {
        return None;
    }
    let enrol = lists::code_set("enrol");
    let near = |q: u32| cx.st(q) <= t && t - cx.st(q) <= HOUR_MS && cx.ip_text(q).trim() == ip.trim();
    let prompt = s.rows.iter().copied().find(|&q| near(q) && enrol.contains(&cx.code(q)))?;
    if managed_device(cx, prompt) {
        return None;
    }
    let i = *cx.ip.get(prompt as usize)?;
    let mine = cx.subj(prompt);
    let shared = cx.ips.get(i as usize).is_some_and(|info| info.rows.iter().any(|&q| cx.subj(q) != mine && cx.ok(q)));
    if shared || cx.org_egress.contains(&i) {
        return None;
    }
    let prepared = rows_where(cx, |q, a| {
        (is("account_ready", a) || is("password_reset", a) || is_tap(cx, q))
            && success(cx, q)
            && cx.at(q) != NO_TIME
            && cx.at(q) <= t
            && t - cx.at(q) <= DORMANT_DAYS * DAY_MS
            && target_users(cx, q).iter().any(|u| u.eq_ignore_ascii_case(who))
    });
    if !prepared.is_empty() {
        return None;
    }
    let failures = s
        .rows
        .iter()
        .filter(|&&q| cx.st(q) <= cx.st(prompt) && cx.st(prompt) - cx.st(q) <= HOUR_MS && cx.ip_text(q).trim() == ip.trim())
        .filter(|&&q| cx.cfg.brute_force_codes.contains(&cx.code(q)))
        .count();
    Some(Dormant { prompt, days: (t - first) / DAY_MS, failures })
}

/// The why-words of a [`Dormant`] registration.
fn dormant_words(cx: &Ctx, d: &Dormant, who: &str) -> String {
    format!(
        " {who} had no successful sign-in in the {} days of sign-ins loaded before it; at {} their sign-in from that \
         address was interrupted to register a first method (AADSTS{}: the account had none){} — an unused account \
         whose password someone had, now bound to their MFA. No account creation, enabling or password reset for \
         {who} is in the loaded audit log (a new joiner, a colleague back from leave): confirm with the person.",
        d.days,
        hm(cx.st(d.prompt)),
        cx.code(d.prompt),
        match d.failures {
            0 => String::new(),
            1 => ", after a failed password from it".to_owned(),
            n => format!(", after {n} failed passwords from it"),
        }
    )
}

/// Row `r` issued a Temporary Access Pass.
fn is_tap(cx: &Ctx, r: u32) -> bool {
    activity(cx, r).contains("temporary access pass")
        || contains_ci(cx.a(r, A::Reason), "temporary access pass")
        || props_text(cx, r).contains("temporaryaccesspass")
}

/// The address action `r` came from: the audit's, or — for a pass issued for someone else whose
/// event names none — that of the admin's session ([`session_ip`]), with true.
fn acted_from(cx: &Ctx, r: u32, tap: bool, actor: &str, who: &str) -> (String, bool) {
    let logged = cx.a(r, A::ActorIp);
    if tap
        && logged.trim().is_empty()
        && !actor.eq_ignore_ascii_case(who)
        && let Some(ip) = session_ip(cx, actor, cx.at(r))
    {
        return (ip, true);
    }
    (logged.to_owned(), false)
}

/// For an audit event that names no address, the address of `user`'s own successful sign-in
/// nearest to `t`, from 12 hours before to an hour after (the portal session the admin acted in),
/// when every one of their successful sign-ins in that span is on a network of their judged
/// history, one of the organisation's sites or egress addresses, or their own compliant or
/// managed device off cloud, hosting and VPN networks. A session replayed from
/// elsewhere in that span shows its own address and leaves the event unplaced.
fn session_ip(cx: &Ctx, user: &str, t: i64) -> Option<String> {
    use crate::core::detect::signin::{VOUCH_MS, managed_device, on_known_network};
    if t == NO_TIME {
        return None;
    }
    let s = cx.subject_named(user)?;
    let rows: Vec<u32> =
        s.rows.iter().copied().filter(|&q| cx.ok(q) && cx.st(q) >= t - VOUCH_MS && cx.st(q) <= t + HOUR_MS).collect();
    let ours = |q: u32| {
        let i = cx.ip.get(q as usize).copied().unwrap_or(crate::core::detect::ctx::NONE);
        on_known_network(cx, s, q)
            || cx.org_egress.contains(&i)
            || cx.ip_net.get(i as usize).is_some_and(|n| cx.org_nets.contains(n))
            || managed_device(cx, q) && !lists::hosting_asn(cx.asn(q))
    };
    let nearest = rows.iter().copied().min_by_key(|&q| (cx.st(q) - t).abs())?;
    rows.iter().all(|&q| ours(q)).then(|| cx.ip_text(nearest).to_owned())
}

/// True when `user`'s own cloud PC ([`crate::core::detect::signin::cloud_pc`]) signed in
/// successfully from `ip` itself, at any time of the loaded logs: a cloud PC keeps an address for
/// days, and the admin at work on it may act on a day their sign-ins fall outside the export (a
/// session begun the day before) or before it signs in from there again. The same address, not
/// its network: anyone can rent another address of the same cloud, and an attacker replaying the
/// admin's session acts from their own.
fn at_cloud_pc(cx: &Ctx, user: &str, ip: &str) -> bool {
    use crate::core::detect::signin::cloud_pc;
    let ip = ip.trim();
    !ip.is_empty()
        && cx
            .subject_named(user)
            .is_some_and(|s| s.rows.iter().any(|&q| cx.ok(q) && cx.ip_text(q).trim() == ip && cloud_pc(cx, s, q)))
}

/// Where a routine pass was issued from, in words.
fn pass_place(site: bool, usual: bool, judged: bool) -> &'static str {
    if site {
        "one of the organisation's own networks (where many colleagues sign in on compliant or managed devices)"
    } else if usual {
        "the network their own sign-ins use on most days of the loaded logs"
    } else if !judged {
        "where their own compliant or managed device signed in within 12 h"
    } else {
        "a network they already sign in from"
    }
}

/// What made a user's own change Medium (a rented network) or Low (a home line, the line their
/// phone is on), in words.
fn own_change_words(why: &mut String, rented: Option<u32>, home: Option<&(String, f64)>, phone: Option<(String, i64)>) {
    if let Some(asn) = rented {
        why.push_str(&format!(
            " Their own sign-in from that address came through AS{asn}, a cloud, hosting or VPN network they do not use \
             day to day: where passwords are guessed and phishing proxies run, not where a person replaces a phone."
        ));
    }
    if let Some((place, km)) = home {
        why.push_str(&format!(
            " Low: their own sign-in from that address places it in {place}, {km:.0} km from the nearest place they signed \
             in from on two days or more of their history, on a broadband or mobile network (not a cloud, hosting or VPN \
             one) — a home line; confirm the change with them."
        ));
    }
    if let Some((os, at)) = phone {
        why.push_str(&format!(
            " Low: a device of their own{}, which they signed in with on two days or more before, signed in from that very \
             address at {} — the line their phone is on; confirm the change with them.",
            if os.is_empty() { String::new() } else { format!(" ({os})") },
            hm(at)
        ));
    }
}

/// The ASN of the rented network a user's own change `r` came from ([`rented_origin`]), for a
/// user too new to judge — or whose history is only sign-ins through rented networks on
/// unmanaged devices (an intruder's own, a day old, judges nothing). `own` says the change is the
/// user's own and neither MFA disabled nor a pass; a review of methods changes nothing.
fn rented_change(cx: &Ctx, r: u32, who: &str, own: bool) -> Option<u32> {
    if !own || activity(cx, r).contains("reviewed") {
        return None;
    }
    let t = cx.at(r);
    let judged = cx.subject_named(who).and_then(|s| judged_history(cx, s, t)).is_some_and(|h| {
        h.iter().any(|&q| !lists::hosting_asn(cx.asn(q)) || crate::core::detect::signin::managed_device(cx, q))
    });
    if judged {
        return None;
    }
    rented_origin(cx, who, cx.a(r, A::ActorIp), t)
}

/// A home line: where it is placed, and how far (km) from the user's usual places.
type HomeLine = (String, f64);

/// The line a user's own phone is on: its operating system, and when it signed in there.
type PhoneLine = (String, i64);

/// For a user's own change `r` from a network new to them: the home line it is on
/// ([`near_home`]), else — unless it came right after a sign-in through a rented network — the
/// line their own phone is on ([`own_device_at`]: the old phone signed in from that very address).
fn own_lines(cx: &Ctx, r: u32, who: &str, rented: bool) -> (Option<HomeLine>, Option<PhoneLine>) {
    let (ip, t) = (cx.a(r, A::ActorIp), cx.at(r));
    match near_home(cx, who, ip, t) {
        Some(h) => (Some(h), None),
        None if rented => (None, None),
        None => (None, own_device_at(cx, who, ip, t)),
    }
}

/// The why-words of a user's own change after a pass someone issued them: `after` one that may
/// be the caller's (from a new network), `recovery` the recovery it was for.
fn pass_words(cx: &Ctx, r: u32, why: &mut String, who: &str, after: Option<u32>, recovery: Option<u32>) {
    if let Some(p) = after {
        why.push_str(&format!(
            " It came {} min after {} issued {who} a Temporary Access Pass (at {}): confirm the caller who asked for \
             the pass was verified.",
            minutes(cx.at(p), cx.at(r)),
            actor(cx, p),
            hm(cx.at(p))
        ));
    }
    if let Some(p) = recovery {
        why.push_str(&format!(
            " Low: {} min after {} issued {who} a Temporary Access Pass (at {}) — the recovery the pass was for; confirm \
             that request instead.",
            minutes(cx.at(p), cx.at(r)),
            actor(cx, p),
            hm(cx.at(p))
        ));
    }
}

/// One change; `pass` is a Temporary Access Pass someone else issued for the user up to
/// [`TAP_FOLLOW_H`] hours before it.
fn change(cx: &Ctx, r: u32, who: String, pass: Option<u32>, revived: impl Fn(&str, i64) -> bool) -> Draft {
    let a = activity(cx, r);
    let reason = cx.a(r, A::Reason);
    let tap = is_tap(cx, r);
    let mfa_off = a.contains("disable strong authentication")
        || prop(cx, r, "StrongAuthenticationRequirement").is_some_and(|(o, n)| {
            let n = n.replace(' ', "");
            n.contains("\"State\":0") || n.contains("State\\\":0") || (!clean(&o).is_empty() && clean(&n).is_empty())
        });
    let actor_upn = actor(cx, r);
    // An audit event that names no address (some admin actions do not): a pass issued for someone
    // else is judged by the admin's own session, when their sign-ins around it came from one network.
    let (ip, session) = acted_from(cx, r, tap, &actor_upn, &who);
    let ip = ip.as_str();
    // One of the organisation's own sites (a network where many colleagues' compliant or managed
    // devices sign in) is no new place for anyone: an admin at another hospital of the group.
    let site = org_site(cx, ip);
    // Nor is an address the actor's own cloud PC signed in from (a new one every few days): the
    // outsourced service desk working from Windows 365.
    let cloud_pc_here = !site && at_cloud_pc(cx, &actor_upn, ip);
    let new = if site || cloud_pc_here { None } else { new_place(cx, &actor_upn, ip, cx.at(r)) };
    // An admin too new to judge acting for someone else from the network their own sign-ins use
    // on most days of the loaded logs (an outsourced service desk on unmanaged laptops at its
    // office). Never for a user's own change: a takeover's attacker soon owns the victim's days.
    let usual = !site && !actor_upn.eq_ignore_ascii_case(&who) && usual_network(cx, &actor_upn, ip);
    // The user's own change after a pass the helpdesk issued for it is the recovery the pass
    // was for (a new phone): the pass is the finding to confirm, not this.
    let after_pass = pass.filter(|&p| !mfa_off && !tap && actor_upn.eq_ignore_ascii_case(&who) && !revived(&who, cx.at(p)));
    // From a network the user already uses it is the recovery; from a new one it may be the
    // caller who talked the helpdesk into the pass (the helpdesk-pretext takeover): Medium.
    // The user's own change (not a review) by a user too new to judge, within an hour of their own
    // sign-in from that address through a rented network: even after a pass (a pass for a dormant
    // account, then an intruder's enrolment from a cloud server, is no recovery).
    let rented = rented_change(cx, r, &who, !mfa_off && !tap && actor_upn.eq_ignore_ascii_case(&who));
    let recovery = after_pass.filter(|_| new.is_none() && rented.is_none());
    let revived_now = tap && revived(&who, cx.at(r));
    // A pass issued for someone else by an admin judged to be at a usual place of theirs is the
    // helpdesk's routine; from a new place, or by an admin too new to judge, it stays Medium.
    let actor_ip_known = crate::core::detect::net::parse_ip(ip.trim()).is_some();
    // At the start of the loaded logs the admin has no history to judge: the pass is routine too
    // when their own compliant or managed device signed in from the same address within 12 h
    // (their desk, not a stolen session replayed elsewhere).
    let desk = tap && at_desk(cx, &actor_upn, ip, cx.at(r));
    let history = cx.at(r) != NO_TIME
        && cx.subject_named(&actor_upn).is_some_and(|s| judged_history(cx, s, cx.at(r)).is_some());
    let cloud_desk = tap && cloud_pc_here;
    let judged = history && new.is_none();
    // The user's own change from a home line near where they work: a network new to them (they
    // only ever signed in at the hospital), but a broadband or mobile operator in their own
    // country, placed within NEAR_HOME_KM of where they sign in — replacing a phone from home.
    // Not after a pass: from a new network that may be the caller who talked the helpdesk into it.
    let own_new = new.is_some() && !mfa_off && !tap && actor_upn.eq_ignore_ascii_case(&who) && after_pass.is_none();
    let (home, phone) = if own_new { own_lines(cx, r, &who, rented.is_some()) } else { (None, None) };
    // An admin whose history is loaded is judged by it: their device seen at a network new to
    // them (a replayed device token shows its id there) does not make that network usual.
    let routine_pass = tap
        && !revived_now
        && !mfa_off
        && !actor_upn.eq_ignore_ascii_case(&who)
        && actor_ip_known
        && (judged || ((desk || cloud_desk || site || usual) && !history));
    // A forgotten account's first method, bound right after a sign-in that had to enrol it.
    let dormant = (!mfa_off && !tap && after_pass.is_none() && actor_upn.eq_ignore_ascii_case(&who) && a.contains("registered"))
        .then(|| dormant_enrolment(cx, r, &who, ip))
        .flatten();
    let sev = if dormant.is_some() {
        Severity::Medium
    } else if recovery.is_some() || routine_pass || home.is_some() || phone.is_some() {
        Severity::Low
    } else if mfa_off || tap || new.is_some() || rented.is_some() {
        Severity::Medium
    } else if a.starts_with("admin") || a.contains("deleted") || a.contains("delete ") {
        Severity::Low
    } else {
        Severity::Info
    };
    let mut d = base(cx, &who, sev, r);
    d.title = if mfa_off {
        format!("MFA disabled for {who}")
    } else if tap {
        format!("Temporary Access Pass for {who}")
    } else {
        format!("{} for {who}", cx.a(r, A::Activity))
    };
    d.why = format!(
        "“{}” for {who} by {} at {}{}{}.",
        cx.a(r, A::Activity),
        by(cx, r),
        hm(cx.at(r)),
        if reason.is_empty() { String::new() } else { format!(": {reason}") },
        new.map(|w| format!("; made {w}")).unwrap_or_default()
    );
    if revived_now {
        d.why.push_str(" The account had been switched back on shortly before: a pass for a revived account is how a \
                        helpdesk-pretext takeover starts — confirm with the person through a known channel.");
    }
    if routine_pass {
        d.why.push_str(&format!(
            " Low: {actor_upn} issued it from {} (routine helpdesk work){}; confirm the request was verified, and watch \
             what the pass is used for.",
            if cloud_desk {
                "the address their own cloud PC (a managed device only ever on one cloud network) signed in from in the loaded logs"
            } else {
                pass_place(site, usual, judged)
            },
            if session { format!(" — the audit names no address: their sign-ins around it came from their networks, the nearest from {ip}") } else { String::new() }
        ));
    }
    own_change_words(&mut d.why, rented, home.as_ref(), phone);
    if let Some(dm) = &dormant {
        d.why.push_str(&dormant_words(cx, dm, &who));
    }
    pass_words(cx, r, &mut d.why, &who, after_pass.filter(|_| recovery.is_none()), recovery);
    d.next_steps = "Confirm with the user that they made this change from a device they own; an attacker who registers a \
                    method keeps access after a password reset — remove unknown methods."
        .into();
    d.users = vec![who, actor_upn];
    d
}
