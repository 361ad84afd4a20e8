//! `token_replay`: a session's tokens used from somewhere its interactive sign-ins never were
//! — a non-interactive sign-in with the same session id from a country and an autonomous
//! system (or network) that none of the session's interactive sign-ins had. The pattern of
//! stolen refresh / session tokens (adversary-in-the-middle, infostealers, "ConsentFix").
//!
//! A traveller's own session is not a replay: when the non-interactive sign-in comes from
//! the same compliant or managed device as the interactive one, at a speed a trip allows,
//! or through the user's own home carrier or ISP (one of their judged history on two days, not
//! a hosting network) at a speed a trip allows — the session came home with its user — the
//! rule stays quiet.

use hashbrown::HashSet;

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, NONE, Subject},
        lists, net,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        baseline::BaselineParams,
        signin::{HOUR_MS, Locator, a_day_before, daily_asn, distinct, established_asn, managed_device, place, unplaced, apple_os, HABIT_DAYS},
        text::{hm, list},
    },
    kql::hunt::Hunt,
    model::{NO_INT, SignInField as S, intern::Sym},
};

pub struct TokenReplay;

pub struct Params {
    pub max_kmh: f64,
    pub min_km: f64,
    pub prefix_v4_bits: u8,
    pub prefix_v6_bits: u8,
    pub base: BaselineParams,
    pub allow: Allow,
}

impl Rule for TokenReplay {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::TokenReplay,
        title: "Session token used from elsewhere",
        description: "A non-interactive sign-in of a session (same session id) from a country and an autonomous system or network none of the session's interactive sign-ins came from — a stolen token replayed; quiet when the same compliant or managed device travelled at a plausible speed, or the session came home with its user (their own carrier or ISP, at a plausible speed).",
        mitre: &["T1550.001", "T1539", "T1528"],
        severity: "High",
        config: &[
            "travel_max_kmh",
            "travel_min_km",
            "prefix_v4_bits",
            "prefix_v6_bits",
            "learning_days",
            "min_history_signins",
            "min_history_days",
            "allow_users",
            "allow_ips",
            "allow_asns",
            "allow_apps",
        ],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "NVISO ConsentFix (interactive then non-interactive of the same session from another IP and country), Panther Graph session from multiple IPs, Elastic PRT replay",
        lookback_days: 1,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            max_kmh: cfg.travel_max_kmh,
            min_km: cfg.travel_min_km,
            prefix_v4_bits: cfg.prefix_v4_bits,
            prefix_v6_bits: cfg.prefix_v6_bits,
            base: BaselineParams::from(cfg),
            allow: Allow::none().users(cfg).nets(cfg).apps(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "a successful non-interactive sign-in whose session id an interactive sign-in of the same user also has, from a \
             country none of the interactive ones came from and an ASN (else /{} or /{} network) none of them had; not when \
             the device is the interactive one's, compliant or managed, and the trip is ≤ {} km/h (≤ {LONG_HAUL_KMH} km/h for a trip of \
             ≥ {LONG_HAUL_KM} km to a network that is not a cloud, hosting or VPN one: a long-haul flight with a tailwind) or < {} km \
             to such a network (carriers place their addresses at gateways that far apart), nor when the interactive sign-ins' own \
             iPhone, iPad or Mac refreshes through iCloud Private Relay (AS{PRIVATE_RELAY_ASN}) < {} km away — either short hop \
             only between places named by their city, on a device that signed in through that network operator more than a day \
             before — nor when the ASN is a \
             carrier or ISP of the user's judged history on ≥ 2 days (not a cloud, hosting or VPN network; {}) and the trip from \
             the latest interactive sign-in off cloud, hosting and VPN networks is ≤ {} km/h (or every interactive sign-in \
             before it went through such a network), nor when it is a cloud, hosting or VPN network the user's successful \
             sign-ins in that country use, in other sessions, on ≥ {HABIT_DAYS} days spanning ≥ 2 days and on half the days \
             they sign in in the loaded logs (their own VPN){}",
            p.prefix_v4_bits,
            p.prefix_v6_bits,
            p.max_kmh,
            p.min_km,
            p.min_km,
            p.base.sentence(),
            p.max_kmh,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let mut loc = Locator::default();
        for s in cx.subjects.iter().filter(|s| !s.allowed) {
            // (session, place in the user's time-ordered rows), grouped by sorting: no map of
            // vectors (exports with a session id per sign-in have as many sessions as rows).
            let mut pairs: Vec<(Sym, u32)> = s
                .rows
                .iter()
                .enumerate()
                .filter(|&(_, &r)| cx.ok(r) && !cx.app_ok(r))
                .map(|(i, &r)| (cx.sym(r, S::SessionId), i as u32))
                .filter(|(sid, _)| !sid.is_empty())
                .collect();
            pairs.sort_unstable();
            // A replay needs an interactive and a non-interactive use: two rows at least.
            let mut groups: Vec<&[(Sym, u32)]> = pairs.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1).collect();
            groups.sort_unstable_by_key(|g| s.rows[g[0].1 as usize]);
            let mut rows = Vec::new();
            for g in groups {
                rows.clear();
                rows.extend(g.iter().map(|&(_, i)| s.rows[i as usize]));
                if let Some(d) = session(p, cx, &mut loc, s, &rows) {
                    out.add(cx, d);
                }
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&["LocationDetails", "DeviceDetail"]);
        let mut q = String::from("signins\n| where ResultType == \"0\" and isnotempty(SessionId)");
        for c in p.allow.signin_clauses() {
            q.push('\n');
            q.push_str(&c);
        }
        h.let_codes("movingAsns", &lists::moving_asns());
        h.line(&format!(
            "let ok = {q}\n    | extend Country = iff(tostring(AutonomousSystemNumber) in (movingAsns), \"\", tostring(LocationDetails.countryOrRegion)), Asn = tostring(AutonomousSystemNumber),\n        Net = iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {}), format_ipv4_mask(IPAddress, {})),\n        Device = tostring(DeviceDetail.deviceId), Os = tostring(DeviceDetail.operatingSystem), City = tostring(LocationDetails.city), Managed = tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\",\n        Lat = toreal(LocationDetails.geoCoordinates.latitude), Lon = toreal(LocationDetails.geoCoordinates.longitude);",
            p.prefix_v6_bits, p.prefix_v4_bits
        ));
        // The session came home with its user: their carrier or ISP of the history on two days.
        h.let_codes("hostingAsns", &lists::hosting_asns());
        let b = &p.base;
        h.line(&format!("let history = signins\n    | where ResultType == \"0\" and TimeGenerated between ((startTime - {}d) .. (endTime - 1d));\nlet judgedUsers = history\n    | summarize HistorySignIns = count(), HistoryDays = dcount(bin(TimeGenerated, 1d)) by UserPrincipalName\n    | where HistorySignIns >= {} and HistoryDays >= {};\nlet homeAsns = history\n    | extend Asn = tostring(AutonomousSystemNumber)\n    | where isnotempty(Asn) and Asn != \"0\" and not(Asn in (hostingAsns))\n    | summarize AsnDays = dcount(bin(TimeGenerated, 1d)) by UserPrincipalName, Asn\n    | where AsnDays >= 2\n    | join kind=inner judgedUsers on UserPrincipalName\n    | summarize HomeAsns = make_set(Asn, 100) by UserPrincipalName;", b.learning_days, b.min_history_signins, b.min_history_days));
        h.line("let deviceAsns = ok\n    | where isnotempty(Device)\n    | summarize FirstOnAsn = min(TimeGenerated) by Device, Asn;");
        h.line(&format!("let interactive = ok\n    | where IsInteractive == true\n    | summarize Countries = make_set(Country, 50), Asns = make_set(Asn, 50), Nets = make_set(Net, 50), Devices = make_set(Device, 20),\n        FirstInteractive = min(TimeGenerated), LastInteractive = max(TimeGenerated),\n        Where = take_any(pack_array(Lon, Lat, City)), WhereHome = take_anyif(pack_array(Lon, Lat), not(Asn in (hostingAsns))),\n        Placed = countif(not(Asn in (hostingAsns)))\n        by UserPrincipalName, SessionId;\n// A cloud, hosting or VPN network the user's sign-ins in one country use on 3 days or more (spanning two) and on half\n// their days: their own VPN (the app also leaves out the judged session's own sign-ins).\nlet userDays = signins\n    | where ResultType == \"0\"\n    | summarize UserDays = dcount(bin(TimeGenerated, 1d)) by UserPrincipalName;\nlet dailyVpns = signins\n    | where ResultType == \"0\" and tostring(AutonomousSystemNumber) in (hostingAsns)\n    | summarize VpnDays = dcount(bin(TimeGenerated, 1d)), FirstVpn = min(TimeGenerated), LastVpn = max(TimeGenerated)\n        by UserPrincipalName, VpnKey = strcat(tostring(AutonomousSystemNumber), \"/\", tostring(LocationDetails.countryOrRegion))\n    | join kind=inner userDays on UserPrincipalName\n    | where VpnDays >= {HABIT_DAYS} and LastVpn - FirstVpn >= 2d and VpnDays * 2 >= UserDays\n    | summarize DailyVpns = make_set(VpnKey, 20) by UserPrincipalName;\nok\n| where IsInteractive == false\n| join kind=inner interactive on UserPrincipalName, SessionId\n| where TimeGenerated >= FirstInteractive\n| where isnotempty(Country) and not(set_has_element(Countries, Country))\n| where not(set_has_element(Asns, Asn)) and not(set_has_element(Nets, Net))\n| extend Km = geo_distance_2points(toreal(Where[0]), toreal(Where[1]), Lon, Lat) / 1000.0\n| extend Kmh = Km / max_of(abs(TimeGenerated - LastInteractive) / 1h, 1.0 / 60)\n| extend KmHome = geo_distance_2points(toreal(WhereHome[0]), toreal(WhereHome[1]), Lon, Lat) / 1000.0\n| extend KmhHome = KmHome / max_of(abs(TimeGenerated - LastInteractive) / 1h, 1.0 / 60)\n| extend AppleOs = Os matches regex @\"(?i)^\\s*(ios|ipados|mac ?os)\"\n| join kind=leftouter deviceAsns on Device, Asn\n// A short hop (carriers' gateways, iCloud Private Relay's exits): both ends named by their city, on a device that used\n// that network operator more than a day before. (The app measures from the latest interactive sign-in; Where is any.)\n| where not(set_has_element(Devices, Device) and isnotnull(Kmh)\n    and ((Managed and (Kmh <= {} or (not(Asn in (hostingAsns)) and Km >= {LONG_HAUL_KM} and Kmh <= {LONG_HAUL_KMH})))\n        or (isnotempty(Device) and Km < {} and isnotempty(City) and isnotempty(tostring(Where[2])) and FirstOnAsn < TimeGenerated - 1d\n            and ((Managed and not(Asn in (hostingAsns))) or (Asn == \"{PRIVATE_RELAY_ASN}\" and AppleOs)))))\n| join kind=leftouter homeAsns on UserPrincipalName\n| where not(set_has_element(HomeAsns, Asn) and ((isnotnull(KmhHome) and KmhHome <= {}) or Placed == 0))\n| join kind=leftouter dailyVpns on UserPrincipalName\n| where not(Asn in (hostingAsns) and set_has_element(DailyVpns, strcat(Asn, \"/\", Country)))\n| summarize Replays = count(), Ips = make_set(IPAddress, 10), ReplayCountries = make_set(Country, 5), SessionCountries = take_any(Countries),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, SessionId\n| sort by FirstSeen asc", p.max_kmh, p.min_km, p.max_kmh));
    }
}

/// Where an interactive sign-in came from.
struct Origin {
    countries: HashSet<Sym>,
    asns: HashSet<u32>,
    nets: HashSet<u128>,
    devices: HashSet<Sym>,
}

fn session(p: &Params, cx: &Ctx, loc: &mut Locator, s: &Subject, rows: &[u32]) -> Option<Draft> {
    let event = |r: u32| cx.ds.signins.table.enum_code(S::EventType as usize, r as usize);
    // Replays are non-interactive uses after an interactive sign-in: a session with only one
    // kind has nothing to compare (most sessions of an interactive-only export).
    if !rows.iter().any(|&r| event(r) == 2) {
        return None;
    }
    let interactive: Vec<u32> = rows.iter().copied().filter(|&r| event(r) == 1).collect();
    let first = *interactive.first()?;
    let net_of = |r: u32| {
        cx.ips
            .get(cx.ip[r as usize] as usize)
            .and_then(|i| i.parsed)
            .map(|ip| net::prefix_key(ip, p.prefix_v4_bits, p.prefix_v6_bits))
    };
    let origin = Origin {
        // An in-flight or satellite network's gateway country stays in the session's countries:
        // for a user whose home line is satellite, it is where their sessions start.
        countries: interactive.iter().map(|&r| cx.sym(r, S::Country)).filter(|c| !c.is_empty()).collect(),
        asns: interactive.iter().map(|&r| cx.asn(r)).filter(|&a| a != NO_INT).collect(),
        nets: interactive.iter().filter_map(|&r| net_of(r)).collect(),
        devices: interactive.iter().map(|&r| cx.sym(r, S::DeviceId)).filter(|d| !d.is_empty()).collect(),
    };
    let replays: Vec<u32> = rows
        .iter()
        .copied()
        .filter(|&r| event(r) == 2 && cx.st(r) >= cx.st(first) && !cx.net_ok(r) && cx.ip[r as usize] != NONE)
        .filter(|&r| {
            // An in-flight or satellite network's country is its gateway's, not the user's.
            let country = if unplaced(cx, r) { Sym::EMPTY } else { cx.sym(r, S::Country) };
            let asn = cx.asn(r);
            let new_country = !country.is_empty() && !origin.countries.is_empty() && !origin.countries.contains(&country);
            let new_asn = if asn != NO_INT && !origin.asns.is_empty() {
                !origin.asns.contains(&asn)
            } else {
                net_of(r).is_some_and(|n| !origin.nets.contains(&n))
            };
            new_country
                && new_asn
                && !honest(p, cx, loc, s, &origin, &interactive, r)
                && !home(p, cx, loc, s, &interactive, r)
                && !(lists::hosting_asn(asn) && daily_asn(cx, s, r).is_some())
        })
        .collect();
    let r0 = *replays.first()?;
    let mut d = Draft::new(format!("{}-{}", s.name, cx.s(first, S::SessionId)), Severity::High);
    d.title = format!("Session of {} used from {}", s.name, place(cx, r0));
    d.why = format!(
        "{} signed in interactively at {} from {} ({}); {} of the same session (id {}) came from {} ({}{}) at {}{} — a \
         country and network the session's interactive sign-ins never used, on {}.",
        s.name,
        hm(cx.st(first)),
        cx.ip_text(first),
        place(cx, first),
        if replays.len() == 1 { "a non-interactive sign-in".to_owned() } else { format!("{} non-interactive sign-ins", replays.len()) },
        cx.s(first, S::SessionId),
        list(&distinct(cx, &replays, S::Ip), 3),
        place(cx, r0),
        if cx.asn(r0) == NO_INT { String::new() } else { format!(", AS{}", cx.asn(r0)) },
        hm(cx.st(r0)),
        trip(cx, loc, first, r0),
        list(&distinct(cx, &replays, S::App), 3)
    );
    d.next_steps = "Revoke the user's sessions and refresh tokens now, reset the password, check the device for an \
                    infostealer, and require token protection or compliant devices for this user's apps."
        .into();
    d.users = vec![s.name.clone()];
    d.signins = std::iter::once(first).chain(replays.iter().copied()).collect();
    d.ips = distinct(cx, &d.signins, S::Ip);
    Some(d)
}

/// The same compliant or managed device as the interactive sign-ins, at a plausible speed
/// from the latest interactive sign-in before `r`.
/// Or a short hop between carriers' gateways: both ends placed by their city less than `min_km`
/// apart (the impossible-travel floor), the later one not on a cloud, hosting or VPN network — a
/// managed tablet of a home-care round switching between two countries' mobile networks, whose
/// addresses are placed at gateways a hundred kilometres or more apart. Or the session's own
/// Apple device refreshing through iCloud Private Relay, whose exits are placed only near the
/// user (`min_km` again). Either short hop needs the device to have signed in successfully
/// through `r`'s network operator more than a day before: a stolen token carries the device's id,
/// not its days on that network.
fn honest(p: &Params, cx: &Ctx, loc: &mut Locator, s: &Subject, origin: &Origin, interactive: &[u32], r: u32) -> bool {
    let dev = cx.sym(r, S::DeviceId);
    if dev.is_empty() || !origin.devices.contains(&dev) {
        return false;
    }
    let managed = managed_device(cx, r);
    let relay = cx.asn(r) == PRIVATE_RELAY_ASN && apple_os(cx.s(r, S::Os));
    if !managed && !relay {
        return false;
    }
    let Some(&q) = interactive.iter().rev().find(|&&q| cx.st(q) <= cx.st(r)) else { return false };
    // An arrival is on a carrier or the airport's network, never a rented server (where a stolen
    // device token carries the device's id).
    let landed = !lists::hosting_asn(cx.asn(r));
    let Some((km, kmh)) = loc.trip(cx, q, r) else { return false };
    if managed && (kmh <= p.max_kmh || (landed && km >= LONG_HAUL_KM && kmh <= LONG_HAUL_KMH)) {
        return true;
    }
    let mut by_city = |x: u32| {
        !cx.s(x, S::City).trim().is_empty() && loc.at(cx, x).is_some_and(|w| w.2 != crate::core::geo::Precision::Country)
    };
    let usual = || {
        a_day_before(cx, s, cx.st(r)).iter().any(|&e| cx.ok(e) && cx.sym(e, S::DeviceId) == dev && cx.asn(e) == cx.asn(r))
    };
    km < p.min_km && (relay || landed) && by_city(q) && by_city(r) && usual()
}

/// iCloud Private Relay's egress operator for apps' traffic (Akamai's AS36183; Apple's partner list).
const PRIVATE_RELAY_ASN: u32 = 36183;


/// A trip at least this long (km) is a long-haul flight for [`honest`]: the sign-ins bracket the
/// time in the air (the gate before departure, the arrival hall), and jet-stream tailwinds carry
/// airliners faster than the cruising speed the travel limit is set to.
const LONG_HAUL_KM: f64 = 3_000.0;

/// The speed (km/h) a long-haul flight may average between a session's sign-ins on the same
/// compliant or managed device: above the usual 900 km/h limit, within airliners' ground speeds
/// with a tailwind.
const LONG_HAUL_KMH: f64 = 1_100.0;

/// The session came home with its user: `r`'s network operator is a carrier or ISP of their
/// judged history on two days ([`established_asn`]: never a cloud, hosting or VPN network), and
/// the trip from the latest interactive sign-in before `r` is plausible (a traveller's phone
/// still refreshing the session they opened abroad, days later at home).
/// An interactive sign-in through a cloud, hosting or VPN network is no place to start that trip
/// from (a VPN's exit, not the user): the latest one off such networks counts, and when the
/// session's every interactive sign-in went through one, the established carrier alone does
/// (the user switched their VPN off).
fn home(p: &Params, cx: &Ctx, loc: &mut Locator, s: &Subject, interactive: &[u32], r: u32) -> bool {
    if !established_asn(cx, s, cx.st(r), cx.asn(r)) {
        return false;
    }
    let before: Vec<u32> = interactive.iter().copied().filter(|&q| cx.st(q) <= cx.st(r)).collect();
    match before.iter().rev().find(|&&q| !lists::hosting_asn(cx.asn(q))) {
        Some(&q) => loc.trip(cx, q, r).is_some_and(|(_, kmh)| kmh <= p.max_kmh),
        None => !before.is_empty(),
    }
}

/// ", 8,200 km from the interactive sign-in 2.0 h later" when both can be placed.
fn trip(cx: &Ctx, loc: &mut Locator, a: u32, b: u32) -> String {
    loc.trip(cx, a, b)
        .map(|(km, _)| format!(", {km:.0} km away {:.1} h later", (cx.st(b) - cx.st(a)) as f64 / HOUR_MS as f64))
        .unwrap_or_default()
}
