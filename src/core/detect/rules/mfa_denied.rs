//! `mfa_denied`: the user explicitly denied an MFA prompt or reported it as fraud (outside a
//! fatigue burst, which `mfa_fatigue` reports).

use hashbrown::HashSet;

use crate::core::{
    codes::CodeClass,
    detect::{
        DetectConfig, Severity,
        audit::org_site,
        ctx::{Ctx, Subject},
        lists,
        rule::{Draft, Meta, Needs, Out, Reads, Rule},
        rules::{
            RuleId,
            mfa_fatigue::{self, MFA_DENIED, bursts},
        },
        signin::{
            DAY_MS, VOUCH_MS, a_day_before, distinct, episodes, established_asn, managed_device, managed_times, place,
            vouched,
        },
        text::{contains_ci, hm, list, plural},
    },
    kql::hunt::Hunt,
    model::{NO_INT, SignInField as S},
};

pub struct MfaDenied;

pub struct Params {
    pub fatigue: mfa_fatigue::Params,
    pub learning_days: u32,
    pub site_users: u32,
    pub v4: u8,
    pub v6: u8,
}

impl Rule for MfaDenied {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::MfaDenied,
        title: "MFA explicitly denied or reported as fraud",
        description: "The user pressed Deny or reported the prompt as fraud: someone else had the password.",
        mitre: &["T1621", "T1078"],
        severity: "Medium; High when reported as fraud; Low when every denial came from an address the user signed in from successfully in the learning window or where their own compliant or managed device signed in within 12 hours, from a registered device they already used, or from their native app through the carrier or ISP it already used, or from one of the organisation's sites (a network where many users' compliant or managed devices sign in: the office, the company's proxy) where their own compliant or managed device signed in from a site within 12 hours, or from an address (not a shared egress, not a hosting or VPN network) where a registered device of theirs signing in on two days or more, also through another network operator, signed in successfully later — a missed or mistaken prompt at home, at work or on their phone",
        config: &["mfa_fatigue_min_denials", "mfa_fatigue_window_min", "learning_days", "shared_egress_min_users", "prefix_v4_bits", "prefix_v6_bits", "allow_users"],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Sentinel ExplicitMFADeny (M4)",
        lookback_days: 1,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            fatigue: mfa_fatigue::Params::from(cfg),
            learning_days: cfg.learning_days,
            site_users: cfg.shared_egress_min_users,
            v4: cfg.prefix_v4_bits,
            v6: cfg.prefix_v6_bits,
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "any failed sign-in whose MFA result says the user declined or reported fraud, outside a fatigue burst (≥ {} \
             denials within {} min); Low when every denial came from an address where the user signed in successfully \
             between {} days and 1 day before or on a compliant or managed device within 12 hours, on a registered device (device id) of theirs with a success more than a day before, or \
             from the same native app through a carrier or ISP established for them (≥ 2 days, not hosting or VPN) that it \
             already used, or from a network (/{} or /{}) where ≥ {} users sign in on compliant or managed devices, not \
             a cloud, hosting or VPN network (the organisation's site), their own compliant or managed device signing in \
             from such a site within 12 hours, or from an address (not a shared egress, not a cloud, hosting or VPN network) \
             where a device id of theirs with successful sign-ins on ≥ 2 days, also through another network operator (not a \
             cloud, hosting or VPN one), signed in successfully after the denial{}",
            p.fatigue.min_denials,
            p.fatigue.window_min,
            p.learning_days,
            p.v4,
            p.v6,
            p.site_users,
            p.fatigue.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        for s in cx.subjects.iter().filter(|s| !s.allowed) {
            let covered: HashSet<u32> =
                bursts(&p.fatigue, cx, s).into_iter().flat_map(|b| b.rows.into_iter().chain(b.approval)).collect();
            let rows: Vec<u32> = s
                .rows
                .iter()
                .copied()
                .filter(|&r| {
                    !covered.contains(&r)
                        && cx.class(r) == CodeClass::Failure
                        && cx.mfa_texts(r).iter().any(|t| {
                            (contains_ci(t, "declined") || contains_ci(t, "fraud")) && !contains_ci(t, "consent")
                        })
                })
                .collect();
            for ep in episodes(cx, &rows, DAY_MS) {
                let learn = p.learning_days as i64 * DAY_MS;
                let known = ep.iter().all(|&r| {
                    known_address(cx, s, r, learn)
                        || own_device(cx, s, r)
                        || vouched(&managed_times(cx, r, |_| false), cx.st(r))
                        || at_the_organisation(cx, s, r)
                        || own_device_there_later(cx, s, r)
                });
                let d = denied(cx, s, ep, known);
                out.add(cx, d);
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&["Status", "DeviceDetail"]);
        h.line(&format!(
            "let known = union isfuzzy=true SigninLogs, AADNonInteractiveUserSignInLogs\n    | where ResultType == \"0\" and TimeGenerated between ((startTime - {}d) .. (endTime - 1d))\n    | summarize KnownFrom = min(TimeGenerated) + 1d by UserPrincipalName, IPAddress;",
            p.learning_days
        ));
        // The user's own device, as in the app: a device id that signed in successfully a day or
        // more before (a stranger with the password does not have the device's key).
        h.line(&format!(
            "let knownDevices = union isfuzzy=true (SigninLogs | extend DeviceDetail = todynamic(DeviceDetail)), (AADNonInteractiveUserSignInLogs | extend DeviceDetail = todynamic(DeviceDetail))\n    | where ResultType == \"0\" and TimeGenerated between ((startTime - {}d) .. (endTime - 1d))\n    | extend Device = tostring(DeviceDetail.deviceId)\n    | where isnotempty(Device)\n    | summarize DeviceKnownFrom = min(TimeGenerated) + 1d by UserPrincipalName, Device;",
            p.learning_days
        ));
        // Or their phone's native app (a user agent that is not a browser's, no device id) through
        // a carrier or ISP it used a day or more before and the user used on 2 days or more.
        h.let_codes("hostingAsns", &lists::hosting_asns());
        h.line(&format!(
            "let nativeApps = union isfuzzy=true SigninLogs, AADNonInteractiveUserSignInLogs\n    | where ResultType == \"0\" and TimeGenerated between ((startTime - {l}d) .. (endTime - 1d))\n    | where isnotempty(UserAgent) and not(UserAgent startswith \"Mozilla/\")\n    | summarize AppKnownFrom = min(TimeGenerated) + 1d by UserPrincipalName, Asn = tostring(AutonomousSystemNumber), UserAgent;\nlet carriers = union isfuzzy=true SigninLogs, AADNonInteractiveUserSignInLogs\n    | where ResultType == \"0\" and TimeGenerated between ((startTime - {l}d) .. (endTime - 1d))\n    | extend Asn = tostring(AutonomousSystemNumber)\n    | where isnotempty(Asn) and Asn != \"0\" and not(Asn in (hostingAsns))\n    | summarize CarrierDays = dcount(bin(TimeGenerated, 1d)) by UserPrincipalName, Asn\n    | where CarrierDays >= 2;",
            l = p.learning_days
        ));
        // Where the user's own managed device signed in within 12 hours, or the same registered
        // device succeeded from the same address within 12 hours (the user's own retry).
        h.desk_times(None, &lists::hosting_asns());
        // The organisation's sites: the office, the company's proxy (its addresses rotate).
        h.org_sites(p.v4, p.v6, p.site_users, &lists::hosting_asns());
        h.line(&format!("let siteDesks = signins\n    | where ResultType == \"0\" and isnotempty(tostring(DeviceDetail.deviceId)) and (tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\")\n    | where iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {}), format_ipv4_mask(IPAddress, {})) in (orgNets)\n    | summarize SiteTimes = make_list(TimeGenerated, 1000) by UserPrincipalName;", p.v6, p.v4));
        // Or where a registered device of theirs (two days or more, two network operators or more)
        // signed in successfully after the denial: their own device at that address, their home.
        h.line("let roamingDevices = signins\n    | where ResultType == \"0\" and isnotempty(tostring(DeviceDetail.deviceId))\n    | extend Asn = tostring(AutonomousSystemNumber)\n    | where isnotempty(Asn) and Asn != \"0\" and not(Asn in (hostingAsns))\n    | summarize DevDays = dcount(bin(TimeGenerated, 1d)), DevAsns = dcount(Asn) by UserPrincipalName, LaterDevice = tostring(DeviceDetail.deviceId)\n    | where DevDays >= 2 and DevAsns >= 2;\nlet deviceLater = signins\n    | where ResultType == \"0\"\n    | extend LaterDevice = tostring(DeviceDetail.deviceId)\n    | join kind=inner roamingDevices on UserPrincipalName, LaterDevice\n    | summarize OwnDeviceLast = max(TimeGenerated) by UserPrincipalName, IPAddress;");
        h.line("let deviceRetries = signins\n    | where ResultType == \"0\"\n    | extend Device = tostring(DeviceDetail.deviceId)\n    | where isnotempty(Device)\n    | summarize RetryTimes = make_list(TimeGenerated, 1000) by UserPrincipalName, IPAddress, Device;");
        let (v4, v6) = (p.v4, p.v6);
        let p = &p.fatigue;
        h.line(&format!(
            "signins\n| where ResultType == \"{MFA_DENIED}\"{}\n| extend MfaResult = tostring(Status.additionalDetails)\n| where MfaResult has_any (\"declined\", \"fraud\") or AuthenticationDetails has_any (\"declined\", \"fraud\")\n| join kind=leftouter known on UserPrincipalName, IPAddress\n| extend Device = tostring(DeviceDetail.deviceId)\n| join kind=leftouter knownDevices on UserPrincipalName, Device\n| extend Asn = tostring(AutonomousSystemNumber)\n| join kind=leftouter nativeApps on UserPrincipalName, Asn, UserAgent\n| join kind=leftouter carriers on UserPrincipalName, Asn\n// (Lantern also leaves out an address many users share, a shared egress, from the native-app case.)\n| extend OwnApp = isempty(Device) and isnotnull(AppKnownFrom) and AppKnownFrom <= TimeGenerated and isnotnull(CarrierDays)\n{}\n| join kind=leftouter deviceRetries on UserPrincipalName, IPAddress, Device\n| join kind=leftouter siteDesks on UserPrincipalName\n| join kind=leftouter deviceLater on UserPrincipalName, IPAddress\n| mv-apply st = SiteTimes to typeof(datetime) on (summarize SiteNear = countif(abs(st - TimeGenerated) <= 12h) > 0)\n| extend AtSite = SiteNear and iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {v6}), format_ipv4_mask(IPAddress, {v4})) in (orgNets)\n| mv-apply rt = RetryTimes to typeof(datetime) on (summarize Retried = countif(abs(rt - TimeGenerated) <= 12h) > 0)\n| extend KnownAddress = isnotempty(KnownFrom) and KnownFrom <= TimeGenerated or isnotempty(Device) and isnotempty(DeviceKnownFrom) and DeviceKnownFrom <= TimeGenerated or OwnApp or AtDesk or Retried\n    or AtSite or (isnotnull(OwnDeviceLast) and OwnDeviceLast > TimeGenerated and not(Asn in (hostingAsns)))\n| summarize Denials = count(), Fraud = countif(MfaResult has \"fraud\" or AuthenticationDetails has \"fraud\"), AllKnown = min(KnownAddress),\n    Ips = make_set(IPAddress, 10), Apps = make_set(AppDisplayName, 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, bin(TimeGenerated, {}m)\n| where Denials < {} // a burst of {} or more is MFA fatigue\n| extend Severity = case(Fraud > 0, \"high\", AllKnown, \"low\", \"medium\")\n| sort by Denials desc",
            p.clauses(),
            Hunt::desk_line("UserPrincipalName", "IPAddress", "TimeGenerated"),
            p.window_min.max(1),
            p.min_denials,
            p.min_denials
        ));
    }
}

/// Row `r` came from one of the organisation's sites ([`org_site`]) and the user's own compliant
/// or managed device signed in successfully from one of them within 12 hours: the user at the
/// office or behind the company's proxy, whose exits rotate. A site alone is not enough: a
/// security proxy's exits serve other customers too.
fn at_the_organisation(cx: &Ctx, s: &Subject, r: u32) -> bool {
    let t = cx.st(r);
    org_site(cx, cx.ip_text(r))
        && s.rows.iter().any(|&q| {
            q != r
                && (cx.st(q) - t).abs() <= VOUCH_MS
                && cx.ok(q)
                && managed_device(cx, q)
                && org_site(cx, cx.ip_text(q))
        })
}

/// A registered device of the user (a device id) signs in successfully from `r`'s address after
/// the denial, and that device signs in on two days or more, also through another network
/// operator (not a cloud, hosting or VPN network): the user's own phone or laptop at the place
/// the prompt was denied from — their home line, a first prompt there answered No by mistake. A
/// stranger's address does not later host the user's own device; a shared egress or a hosting
/// network vouches for nothing.
fn own_device_there_later(cx: &Ctx, s: &Subject, r: u32) -> bool {
    let (t, ip, asn) = (cx.st(r), cx.ip[r as usize], cx.asn(r));
    if cx.ip_text(r).is_empty() || cx.shared(r) || asn == NO_INT || lists::hosting_asn(asn) {
        return false;
    }
    let roams = |dev: u128| {
        let (mut days, mut elsewhere) = (HashSet::new(), false);
        for &o in s.rows.iter().filter(|&&o| cx.ok(o) && cx.id(o, S::DeviceId) == dev) {
            days.insert(cx.st(o).div_euclid(DAY_MS));
            let a = cx.asn(o);
            elsewhere |= a != asn && a != NO_INT && a != 0 && !lists::hosting_asn(a);
        }
        days.len() >= 2 && elsewhere
    };
    s.rows.iter().any(|&q| {
        let dev = cx.id(q, S::DeviceId);
        dev != 0 && cx.st(q) > t && cx.ok(q) && cx.ip[q as usize] == ip && roams(dev)
    })
}

/// The user signed in successfully from `r`'s address between `learn_ms` and a day before `r`.
fn known_address(cx: &Ctx, s: &Subject, r: u32, learn_ms: i64) -> bool {
    let (t, ip) = (cx.st(r), cx.ip[r as usize]);
    !cx.ip_text(r).is_empty()
        && !cx.shared(r)
        && s.rows.iter().any(|&q| {
            let tq = cx.st(q);
            cx.ip[q as usize] == ip && tq >= t - learn_ms && tq <= t - DAY_MS && cx.ok(q)
        })
}

/// The prompt's sign-in is the user's own: on a registered device (its id) that already signed
/// in successfully more than a day before — a device id is the device's own key, which a
/// stranger with the password does not have — or on the same native app (its user agent with
/// its build; a browser's agent is shared by millions) through a carrier or ISP established for
/// the user ([`established_asn`]) that the app already used: their phone on mobile data, whose
/// address changes every day.
fn own_device(cx: &Ctx, s: &Subject, r: u32) -> bool {
    let (t, asn, dev, ua) = (cx.st(r), cx.asn(r), cx.id(r, S::DeviceId), cx.sym(r, S::UserAgent));
    let earlier = |f: &dyn Fn(u32) -> bool| a_day_before(cx, s, t).iter().any(|&q| cx.ok(q) && f(q));
    if dev != 0 {
        // Or the same registered device signed in successfully from the same address within 12
        // hours (a denial, then the user's own retry): a device id exists only once the device
        // was registered, which a stranger with only the password has not done.
        let ip = cx.ip[r as usize];
        return earlier(&|q| cx.id(q, S::DeviceId) == dev)
            || s.rows.iter().any(|&q| {
                q != r
                    && cx.ok(q)
                    && cx.id(q, S::DeviceId) == dev
                    && cx.ip[q as usize] == ip
                    && (cx.st(q) - t).abs() <= VOUCH_MS
            });
    }
    let app_agent = !ua.is_empty() && !cx.s(r, S::UserAgent).starts_with("Mozilla/");
    app_agent
        && !cx.shared(r)
        && earlier(&|q| cx.asn(q) == asn && cx.sym(q, S::UserAgent) == ua)
        && established_asn(cx, s, t, asn)
}

fn denied(cx: &Ctx, s: &Subject, ep: Vec<u32>, known: bool) -> Draft {
    let fraud = ep.iter().any(|&r| cx.mfa_texts(r).iter().any(|t| contains_ci(t, "fraud")));
    let sev = match (fraud, known) {
        (true, _) => Severity::High,
        (false, true) => Severity::Low,
        (false, false) => Severity::Medium,
    };
    let mut d = Draft::new(s.name.clone(), sev);
    d.title = if fraud {
        format!("{} reported an MFA prompt as fraud", s.name)
    } else {
        format!("{} denied an MFA prompt", s.name)
    };
    d.why = format!(
        "{} {} an MFA prompt {} between {} and {} for a sign-in from {} ({}) to {}: {}.",
        s.name,
        if fraud { "reported" } else { "declined" },
        plural(ep.len(), "time", "times"),
        hm(cx.st(ep[0])),
        hm(cx.st(ep[ep.len() - 1])),
        list(&distinct(cx, &ep, S::Ip), 3),
        place(cx, ep[0]),
        list(&distinct(cx, &ep, S::App), 2),
        if known && !fraud {
            "the prompt came from an address where they had signed in successfully before (home or work) or where their own \
             compliant or managed device signed in within 12 hours, or from their own registered device, or their phone's \
             app on a carrier it used on other days, or from one of the organisation's sites (where many users' managed \
             devices sign in) while their own managed device signed in at one, or from an address where their own registered device \
             (on two days, also on another network) signed in later, so more likely a missed or mistaken prompt than someone else \
             with the password: Low"
        } else {
            "someone else entered the password"
        }
    );
    d.next_steps = "Ask the user; unless they denied by mistake, reset the password and revoke sessions, and look for \
                    other sign-ins from the same IP."
        .into();
    d.users = vec![s.name.clone()];
    d.ips = distinct(cx, &ep, S::Ip);
    d.signins = ep;
    d
}
