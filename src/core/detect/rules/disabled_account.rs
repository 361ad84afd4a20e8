//! `disabled_account`: sign-in attempts on a disabled account (50057).

use hashbrown::{HashMap, HashSet};

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, NONE, Subject},
        lists,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{DAY_MS, distinct, episodes, place},
        text::{hm, list},
    },
    kql::{
        hunt::{Hunt, regex_escape},
        kql_verbatim,
    },
    model::{NO_INT, SignInField as S, intern::Sym},
};

pub struct DisabledAccount;

pub struct Params {
    pub min_apps: u32,
    pub allow: Allow,
}

/// "The user account is disabled."
const DISABLED: u32 = 50057;

impl Rule for DisabledAccount {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::DisabledAccount,
        title: "Sign-in attempts on a disabled account (50057)",
        description: "Someone tries a disabled account; High across several apps, Low when every attempt comes from the account's own addresses (not hosting or VPN), devices or home networks, or is a device still refreshing the former user's token (each attempt non-interactive, from a native app through a carrier or ISP whose retries there span a day or more).",
        mitre: &["T1078"],
        severity: "Low when every attempt came from an address, device or home network the account used a day or more before, or from an address or a registered device (off hosting and VPN networks) from which, or with which, the account was tried on another day (its former user's devices or the person), or every attempt was non-interactive from a native app (not a browser or scripting tool) through a carrier or ISP whose attempts on the account recur a day or more apart (a device still holding the former user's token); otherwise High across several apps, Medium",
        config: &["disabled_min_apps", "allow_users"],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Sentinel SigninAttemptsByIPviaDisabledAccounts / DisabledAccountSigninsAcrossManyApplications (C5)",
        lookback_days: 1,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params { min_apps: cfg.disabled_min_apps, allow: Allow::none().users(cfg) }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "any {DISABLED}; Low when every attempt came from IPs, device ids or home networks — ASN and country on ≥ 2 \
             days, not cloud, hosting or VPN — the account used successfully a day or more before, or from IPs, or with device \
             ids, that a device id of the account tried from or with on another UTC day, off cloud, hosting and VPN networks \
             (its former user's devices or the person), or every attempt was non-interactive from a native app (neither a browser's nor a \
             scripting tool's user agent) through a carrier or ISP (not cloud, hosting or VPN) with that app's attempts \
             there on the account spanning ≥ 24 h (a device still holding its token); otherwise High across ≥ {} apps, else Medium{}",
            p.min_apps,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        for s in cx.subjects.iter().filter(|s| !s.allowed) {
            let rows: Vec<u32> = s.rows.iter().copied().filter(|&r| cx.code(r) == DISABLED).collect();
            let stale = stale_apps(cx, &rows);
            for ep in episodes(cx, &rows, DAY_MS) {
                let d = attempts(p, cx, s, ep, &stale);
                out.add(cx, d);
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&["LocationDetails", "DeviceDetail"]);
        h.let_codes("hostingAsns", &lists::hosting_asns());
        // The account's successes before the window too (the app reads all it was given): an
        // address, device or home network it used a day or more before an attempt makes the
        // attempt its own (Low when every attempt of the group is).
        h.line(&format!(
            "let okBefore = union isfuzzy=true (SigninLogs | extend LocationDetails = todynamic(LocationDetails), DeviceDetail = todynamic(DeviceDetail)),\n        (AADNonInteractiveUserSignInLogs | extend LocationDetails = todynamic(LocationDetails), DeviceDetail = todynamic(DeviceDetail))\n    | where TimeGenerated between ((startTime - {OWN_LOOKBACK_DAYS}d) .. endTime) and ResultType == \"0\"\n    | extend User = tolower(UserPrincipalName), Asn = tostring(AutonomousSystemNumber), Country = tostring(LocationDetails.countryOrRegion), Device = tostring(DeviceDetail.deviceId);"
        ));
        h.line("let ownIps = okBefore | where not(Asn in (hostingAsns)) | summarize FirstOkFromIp = min(TimeGenerated) by User, IPAddress;");
        h.line("let ownDevices = okBefore | where isnotempty(Device) | summarize FirstOkOnDevice = min(TimeGenerated) by User, Device;");
        // A device still refreshing the former user's token: the same native app through the
        // same carrier or ISP retrying a day or more apart, all non-interactive, not a script.
        let tools: Vec<String> = lists::tool_agents().iter().map(|t| regex_escape(t.fragment)).collect();
        h.line(&format!(
            "let staleApps = union isfuzzy=true (SigninLogs | extend LocationDetails = todynamic(LocationDetails)), (AADNonInteractiveUserSignInLogs | extend LocationDetails = todynamic(LocationDetails))\n    | where TimeGenerated between ((startTime - {OWN_LOOKBACK_DAYS}d) .. endTime) and ResultType == \"{DISABLED}\" and not(IsInteractive)\n    | where isnotempty(UserAgent) and not(UserAgent matches regex \"^Mozilla/\") and not(UserAgent matches regex {})\n    | extend User = tolower(UserPrincipalName), Asn = tostring(AutonomousSystemNumber), Country = tostring(LocationDetails.countryOrRegion)\n    | where isnotempty(Asn) and Asn != \"0\" and not(Asn in (hostingAsns))\n    | summarize StaleFirst = min(TimeGenerated), StaleLast = max(TimeGenerated) by User, UserAgent, Asn, Country\n    | where StaleLast - StaleFirst >= 1d;",
            kql_verbatim(&format!("(?i)({})", tools.join("|")))
        ));
        h.line("let homeNets = okBefore | where isnotempty(Asn) and Asn != \"0\" and isnotempty(Country) and not(Asn in (hostingAsns))\n    | summarize NetDays = make_set(bin(TimeGenerated, 1d), 400) by User, Asn, Country;");
        let mut q = format!("signins\n| where ResultType == \"{DISABLED}\"");
        for c in p.allow.signin_clauses() {
            q.push('\n');
            q.push_str(&c);
        }
        h.line(&format!(
            "{q}\n| extend User = tolower(UserPrincipalName), Asn = tostring(AutonomousSystemNumber), Country = tostring(LocationDetails.countryOrRegion), Device = tostring(DeviceDetail.deviceId)\n| join kind=leftouter ownIps on User, IPAddress\n| join kind=leftouter ownDevices on User, Device\n| join kind=leftouter homeNets on User, Asn, Country\n| join kind=leftouter staleApps on User, UserAgent, Asn, Country\n| mv-apply NetDay = iff(isnull(NetDays), dynamic([]), NetDays) to typeof(datetime) on (summarize HomeDays = countif(NetDay < TimeGenerated - 1d))\n| extend Own = FirstOkFromIp < TimeGenerated - 1d or (isnotempty(Device) and FirstOkOnDevice < TimeGenerated - 1d) or HomeDays >= 2\n| summarize Attempts = count(), AppCount = dcount(AppDisplayName), Apps = make_set(AppDisplayName, 20),\n    NonInteractive = countif(not(IsInteractive)), OwnAttempts = countif(Own), StaleAttempts = countif(isnotnull(StaleFirst) and not(IsInteractive)), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, IPAddress, bin(TimeGenerated, 1d)\n| extend ManyApps = AppCount >= {}\n| extend Severity = case(OwnAttempts == Attempts or StaleAttempts == Attempts, \"low\", ManyApps, \"high\", \"medium\")\n| lookup kind=leftouter (signins\n    | where ResultType == \"0\"\n    | summarize SuccessfulAccounts = dcount(UserPrincipalName), SuccessfulAs = make_set(UserPrincipalName, 20) by IPAddress) on IPAddress\n| sort by Attempts desc",
            p.min_apps
        ));
    }
}

/// How far apart the same app's retries through the same network must be for a stale token to
/// explain them (a stranger's one burst across midnight is not two days).
const STALE_SPAN_MS: i64 = DAY_MS;

/// How far before the window the hunting query looks for the account's own addresses, devices
/// and home networks (the app reads every sign-in it was given).
const OWN_LOOKBACK_DAYS: u32 = 30;

/// The stale-token keys of an account's attempts whose attempts span [`STALE_SPAN_MS`] or more:
/// a non-interactive 50057 from a native app (a user agent that is neither a browser's nor a
/// scripting tool's) through a carrier or ISP (not a cloud, hosting or VPN network), keyed by
/// that user agent, ASN and country.
type StaleApps = HashSet<(Sym, u32, Sym)>;

/// Key of row `r` in [`StaleApps`], when it is such an attempt (its user agent not yet checked
/// against the scripting tools: [`stale_apps`] does that once per agent).
fn stale_key(cx: &Ctx, r: u32) -> Option<(Sym, u32, Sym)> {
    let (ua, asn) = (cx.sym(r, S::UserAgent), cx.asn(r));
    let native = !ua.is_empty() && !cx.s(r, S::UserAgent).starts_with("Mozilla/");
    let carrier = asn != NO_INT && asn != 0 && !lists::hosting_asn(asn);
    let non_interactive = cx.ds.signins.table.enum_code(S::EventType as usize, r as usize) == 2;
    (native && carrier && non_interactive).then(|| (ua, asn, cx.sym(r, S::Country)))
}

/// The stale-token keys of the account's 50057 attempts (`rows`) that recur a day or more
/// apart, leaving out scripting tools' agents (a spray logged as non-interactive sign-ins).
fn stale_apps(cx: &Ctx, rows: &[u32]) -> StaleApps {
    let tools = lists::tool_agents();
    let mut span: HashMap<(Sym, u32, Sym), (i64, i64)> = HashMap::new();
    for &r in rows {
        if let Some(k) = stale_key(cx, r) {
            let e = span.entry(k).or_insert((i64::MAX, i64::MIN));
            *e = (e.0.min(cx.st(r)), e.1.max(cx.st(r)));
        }
    }
    span.into_iter()
        .filter(|(k, (a, b))| {
            let ua = cx.ds.strings.get(k.0).to_ascii_lowercase();
            b - a >= STALE_SPAN_MS && !tools.iter().any(|t| ua.contains(t.fragment))
        })
        .map(|(k, _)| k)
        .collect()
}

fn attempts(p: &Params, cx: &Ctx, s: &Subject, ep: Vec<u32>, stale_apps: &StaleApps) -> Draft {
    let t0 = cx.st(ep[0]);
    let apps = distinct(cx, &ep, S::App);
    let ips = distinct(cx, &ep, S::Ip);
    // A stale token on the user's own device: non-interactive, and from an address, a device, or
    // a home carrier / ISP (same ASN and country, not a cloud, hosting or VPN network) the account
    // used successfully before: residential and mobile addresses change daily.
    // Only successes a day or more before: an attacker's own sign-ins just before the account
    // was disabled (often why it was) must not vouch for their retries.
    let before: Vec<u32> = s.rows.iter().copied().filter(|&r| cx.st(r) < t0 - DAY_MS && cx.ok(r)).collect();
    // A cloud, hosting or VPN address vouches for nothing: an attacker's server used for days
    // before the account was disabled is not the former user's device.
    let known_ips: HashSet<u32> = before
        .iter()
        .filter(|&&r| cx.ip[r as usize] != NONE && !lists::hosting_asn(cx.asn(r)))
        .map(|&r| cx.ip[r as usize])
        .collect();
    let known_devices: HashSet<u128> =
        before.iter().map(|&r| cx.id(r, S::DeviceId)).filter(|d| *d != 0).collect();
    // Addresses (off cloud, hosting and VPN networks) where the account's own registered devices
    // (a device id) tried on another day, succeeded or not: a former user's phone retrying with
    // its token from their home line, where they later open the portal in a browser themselves.
    let day0 = t0.div_euclid(DAY_MS);
    let elsewhere: Vec<u32> = s
        .rows
        .iter()
        .copied()
        .filter(|&r| {
            cx.id(r, S::DeviceId) != 0
                && cx.ip[r as usize] != NONE
                && cx.asn(r) != NO_INT
                && !lists::hosting_asn(cx.asn(r))
                && cx.st(r).div_euclid(DAY_MS) != day0
                && !ep.contains(&r)
        })
        .collect();
    let device_ips: HashSet<u32> = elsewhere.iter().map(|&r| cx.ip[r as usize]).collect();
    // And those devices themselves, off cloud, hosting and VPN networks: the phone on new mobile
    // addresses of its carrier.
    let device_ids: HashSet<u128> = elsewhere.iter().map(|&r| cx.id(r, S::DeviceId)).collect();
    let operator = |r: u32| (cx.asn(r), cx.sym(r, S::Country));
    // A home carrier or ISP: seen on two days or more, not a cloud, hosting or VPN network.
    let mut operator_days: HashMap<(u32, Sym), HashSet<i64>> = HashMap::new();
    for &r in &before {
        let (a, c) = operator(r);
        if a != NO_INT && a != 0 && !c.is_empty() && !lists::hosting_asn(a) {
            operator_days.entry((a, c)).or_default().insert(cx.st(r).div_euclid(DAY_MS));
        }
    }
    let known_operators: HashSet<(u32, Sym)> =
        operator_days.into_iter().filter(|(_, d)| d.len() >= 2).map(|(k, _)| k).collect();
    // Every attempt from the account's own addresses, devices or home networks: its former
    // user's phone and laptop (several apps each) still trying, or the person themselves.
    let own = ep.iter().all(|&r| {
        known_ips.contains(&cx.ip[r as usize])
            || device_ips.contains(&cx.ip[r as usize])
            || device_ids.contains(&cx.id(r, S::DeviceId)) && cx.asn(r) != NO_INT && !lists::hosting_asn(cx.asn(r))
            || known_devices.contains(&cx.id(r, S::DeviceId))
            || known_operators.contains(&operator(r))
    });
    let stale = own && ep.iter().all(|&r| cx.ds.signins.table.enum_code(S::EventType as usize, r as usize) == 2);
    // Or a phone or laptop still holding the former user's refresh token, with no success left
    // in the log (the account was disabled before it starts): every attempt non-interactive,
    // each from a native app through a carrier or ISP whose retries through that network span a
    // day or more. A token redeemed by a stranger comes from their servers, and a password
    // tried by one is an interactive sign-in.
    let retrying = !own
        && ep.iter().all(|&r| stale_key(cx, r).is_some_and(|k| stale_apps.contains(&k)));
    let sev = if own || retrying {
        Severity::Low
    } else if apps.len() as u32 >= p.min_apps {
        Severity::High
    } else {
        Severity::Medium
    };
    let mut d = Draft::new(s.name.clone(), sev);
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
        if retrying {
            "; all non-interactive, each from a native app through a carrier or ISP (not hosting or VPN) whose attempts \
             on this account recur a day or more apart: a phone or laptop still holding the former user's token, \
             retrying — not a stranger with the password"
        } else if stale {
            "; all non-interactive, from addresses, devices or home networks the account used before (a device still \
             holding a token)"
        } else if own {
            "; all from addresses, devices or home networks the account used before it was disabled, or from addresses or \
             registered devices with which it was tried on other days: its former user's devices or the person themselves, not a \
             stranger with the password — confirm they were told"
        } else {
            ""
        }
    );
    d.next_steps = "The password of a former user is being used: find who still has it (shared mailbox, script, \
                    attacker), block the IPs, and make sure the account stays disabled and its sessions revoked."
        .into();
    d.users = vec![s.name.clone()];
    d.ips = ips;
    d.signins = ep;
    d
}
