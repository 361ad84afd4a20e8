//! `impossible_travel`: consecutive successful sign-ins of one user too far apart for the
//! time between them (coordinates, else city, else country centroid).


use std::ops::Range;

use hashbrown::HashSet;

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::{ADOPTION_DAYS, Ctx, NONE, Subject},
        lists,
        rule::{Allow, Carry, Draft, Meta, Needs, Out, Reads, Rule, run_sliced},
        rules::RuleId,
        baseline::BaselineParams,
        signin::{
            DAY_MS, HOUR_MS, Locator, MICROSOFT_CLOUD_ASN, MIN_MS, Place, PlaceText, a_day_before, distinct, established_asn, is_user_signin, managed_device,
            on_known_network, own_cloud, cloud_pc, phone_os, unplaced, app_backends, browser, non_interactive, BACKEND_USERS, FAR_KM, OWN_CLOUD_DAYS, CLOUD_PC_DAYS,
        },
        text::{Hm, minutes},
    },
    geo,
    kql::hunt::Hunt,
    model::{NO_INT, SignInField as S, intern::Sym},
};

pub struct ImpossibleTravel;

pub struct Params {
    pub max_kmh: f64,
    pub min_km: f64,
    pub group_hours: u32,
    pub shared_min_users: u32,
    pub v4: u8,
    pub v6: u8,
    pub base: BaselineParams,
    pub allow: Allow,
}

impl Rule for ImpossibleTravel {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::ImpossibleTravel,
        title: "Impossible travel",
        description: "Consecutive successful sign-ins of one user too far apart for the time between them (coordinates, else city, else country centroid); short hops, same-IP pairs, allow-listed egress, a developer tool in their own cloud shell (a codespace, Cloud Shell) and an app the organisation's people consented to over days, acting from its own servers, are ignored.",
        mitre: &["T1078"],
        severity: "High between countries (an app's own servers acting for its users are no place); Medium when one end is known only by its country; Low within one country, when both ends are the same compliant or managed device or registered devices the user already had (each on a network it did not jump to, or one it signs in through on other days: a roaming phone, a hotel line), when both ends are networks the user already signs in from, when each end is one or the other (or a cloud network where the user's developer tool signs in on other days, their phone's app on the home carrier it used before, or the user's own cloud PC: a compliant or managed device only ever on one cloud network, on 3 days or more), or when both ends are on one network operator that is not a hosting or VPN network",
        config: &[
            "travel_max_kmh",
            "travel_min_km",
            "travel_group_hours",
            "shared_egress_min_users",
            "prefix_v4_bits",
            "prefix_v6_bits",
            "learning_days",
            "min_history_signins",
            "min_history_days",
            "allow_users",
            "allow_ips",
            "allow_asns",
        ],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Panther impossible_travel_login and Entra ID Protection atypical travel (L3)",
        lookback_days: 1,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            max_kmh: cfg.travel_max_kmh,
            min_km: cfg.travel_min_km,
            group_hours: cfg.travel_group_hours,
            shared_min_users: cfg.shared_egress_min_users,
            v4: cfg.prefix_v4_bits,
            v6: cfg.prefix_v6_bits,
            base: BaselineParams::from(cfg),
            allow: Allow::none().users(cfg).nets(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "> {} km/h between consecutive successful sign-ins, ≥ {} km apart; hops within {} h form one finding; same-IP \
             pairs, same-country pairs known only by country, allow-listed egress, shared egress (a /{} or /{} network \
             with successful sign-ins by ≥ {} users), in-flight or satellite networks (placed at their gateway) and an app's own servers \
             (non-interactive sign-ins of an app that is neither a listed Microsoft client nor owned by Microsoft's tenant, \
             from a hosting network it uses for ≥ {BACKEND_USERS} users on ≥ 2 days, or of an app the user consented to, one ≥ 2 \
             users consented to with ≥ {ADOPTION_DAYS} days between the first and the last consent), a first-party developer tool's \
             non-interactive sign-ins from AS{MICROSOFT_CLOUD_ASN} in a session the user began through it on a compliant or managed \
             device (not by device code: a codespace, Cloud Shell) ignored; Low within one country, between sign-ins of one compliant \
             or managed device or of two registered devices (a device id) the user had more than a day before (within 24 h of the first loaded sign-in: \
             one that signs in on {LATER_DAYS} other days off hosting networks; its first sign-in there stays only through a carrier \
             it uses on later days), not on a hosting or VPN network (neither jumped, or it is back on \
             the home carrier it used before: roaming data, or on a network operator it signs in through on {OPERATOR_DAYS} other day of the \
             loaded logs, in a country the user signed in from more than a day before or where another of their devices signs \
             in within a day: hotel Wi-Fi and roaming data in turn; one compliant or managed device at both ends counts only on \
             one operator, in one country, with one end on a hosting or VPN network, less than {FAR_KM} km apart, or with both ends in such countries of the user), when both ends are networks of the user's history ({}), when \
             each end is such a network, such a device or a cloud network where the user's developer tool signed in on \
             ≥ {OWN_CLOUD_DAYS} days of that history (of the whole loaded log when that use began before the user had a judged \
             history), the user's own cloud PC (a compliant or managed device id every successful sign-in of which came \
             through one cloud or hosting ASN, on ≥ {CLOUD_PC_DAYS} days of the loaded logs), or the user's phone app (iOS, iPadOS or \
             Android, not a browser) through a carrier or ISP established for them that their phone apps signed in through more \
             than a day before, in a country of theirs, off shared egress (a roaming phone's data leaves from home), or when both ends share one ASN of the user's judged history on ≥ 2 days that is not a cloud, hosting or VPN network{}",
            p.max_kmh,
            p.min_km,
            p.group_hours,
            p.v4,
            p.v6,
            p.shared_min_users,
            p.base.sentence(),
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        run_sliced::<Self>(p, cx, out);
    }

    const SLICED: bool = true;

    fn run_slice(p: &Params, cx: &Ctx, out: &mut Out, carry: &mut Carry, range: Range<usize>) {
        let c: &mut Carried = carry.get();
        let backends = c.backends.get_or_insert_with(|| app_backends(cx));
        let locate = &mut c.loc;
        let group_ms = p.group_hours as i64 * HOUR_MS;
        for s in cx.subjects.get(range).unwrap_or_default().iter().filter(|s| !s.allowed) {
            let hops = hops(p, cx, locate, s, backends);
            // Group hops close in time into one finding.
            let mut groups: Vec<Vec<Hop>> = Vec::new();
            for mut h in hops {
                h.routine = on_known_network(cx, s, h.a) && on_known_network(cx, s, h.b);
                match groups.last_mut() {
                    Some(g) if g.last().is_some_and(|l| cx.st(h.a) - cx.st(l.b) <= group_ms) => g.push(h),
                    _ => groups.push(vec![h]),
                }
            }
            for g in groups {
                // Hops between two networks the user already signs in from (a VPN egress abroad,
                // a home and an office far apart) are routine: they only count when nothing
                // else in the episode does.
                let (routine, fresh): (Vec<Hop>, Vec<Hop>) =
                    g.into_iter().partition(|h| h.routine);
                let g = if fresh.is_empty() { routine } else { fresh };
                if let Some(d) = travel(p, cx, locate, s, &g) {
                    out.add(cx, d);
                }
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&["LocationDetails"]);
        h.shared_egress(p.v4, p.v6, p.shared_min_users);
        let mut q = format!(
            "signins\n| where ResultType == \"0\"\n| where not(iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {}), format_ipv4_mask(IPAddress, {})) in (sharedNets))",
            p.v6, p.v4
        );
        for c in p.allow.signin_clauses() {
            q.push('\n');
            q.push_str(&c);
        }
        let b = &p.base;
        h.known_networks(b.learning_days, b.min_history_signins, b.min_history_days, p.v4, p.v6);
        h.let_codes("hostingAsns", &lists::hosting_asns());
        h.let_codes("movingAsns", &lists::moving_asns());
        // An app's own servers acting for its users (not one of Microsoft's listed clients,
        // non-interactive, from a hosting network, for several users on two days): not where a
        // person is. (The app's owner tenant is not a column of these tables, so the app's
        // "owned by Microsoft" test has no counterpart here.)
        let listed: Vec<String> = lists::first_party().into_iter().map(|c| c.0.to_owned()).collect();
        h.let_strings("listedClients", &listed);
        h.let_strings("toolClients", &lists::tool_ids());
        h.adopted_apps(crate::core::detect::ctx::ADOPTION_DAYS);
        h.shell_starts(&lists::hosting_asns(), crate::core::detect::ctx::SHELL_LINK_HOURS);
        let shell = Hunt::shell_line("toolClients", crate::core::detect::signin::MICROSOFT_CLOUD_ASN);
        h.line(&format!("let appBackends = signins\n    | where ResultType == \"0\" and IsInteractive == false and tostring(AutonomousSystemNumber) in (hostingAsns) and isnotempty(AppId) and not(AppId in~ (listedClients))\n    | summarize BackendUsers = dcount(UserPrincipalName), BackendDays = dcount(bin(TimeGenerated, 1d)) by AppId, BackendAsn = tostring(AutonomousSystemNumber)\n    | where BackendUsers >= {BACKEND_USERS} and BackendDays >= 2\n    | project AppId, BackendAsn, Backend = true;"));
        h.line(&format!("let establishedAsns = signins\n    | where ResultType == \"0\" and TimeGenerated between ((startTime - {}d) .. (endTime - 1d))\n    | extend Asn = tostring(AutonomousSystemNumber)\n    | where isnotempty(Asn) and Asn != \"0\" and not(Asn in (hostingAsns))\n    | summarize AsnDays = dcount(bin(TimeGenerated, 1d)) by User = tolower(UserPrincipalName), Asn\n    | where AsnDays >= 2\n    | summarize EstablishedAsns = make_set(Asn, 100) by User;", b.learning_days));
        h.line(&format!(
            "{q}\n| extend Lat = toreal(LocationDetails.geoCoordinates.latitude), Lon = toreal(LocationDetails.geoCoordinates.longitude),\n    Country = tostring(LocationDetails.countryOrRegion), City = tostring(LocationDetails.city)\n| where isnotnull(Lat) and isnotnull(Lon) and not(Lat == 0 and Lon == 0)\n| where not(tostring(AutonomousSystemNumber) in (movingAsns))\n| extend BackendAsn = tostring(AutonomousSystemNumber)\n| join kind=leftouter appBackends on AppId, BackendAsn\n| where not(Backend == true and IsInteractive == false)\n// A developer tool in their own cloud shell (a codespace, Cloud Shell; the app also wants the session begun through the\n// same tool on the user's compliant or managed device).\n{shell}\n| where not(Shell)\n// An app the user and colleagues consented to over days, acting from its own servers.\n| extend ConsentUser = tolower(UserPrincipalName), ConsentApp = tolower(AppDisplayName)\n| lookup kind=leftouter adoptedApps on ConsentUser, ConsentApp\n| where not(AdoptedApp == true and IsInteractive == false and not(AppId in~ (listedClients)))\n| project TimeGenerated, UserPrincipalName, IPAddress, Country, City, Lat, Lon, AppDisplayName, Asn = tostring(AutonomousSystemNumber)\n| sort by UserPrincipalName asc, TimeGenerated asc\n| extend PrevUser = prev(UserPrincipalName), PrevTime = prev(TimeGenerated), PrevIp = prev(IPAddress),\n    PrevCountry = prev(Country), PrevCity = prev(City), PrevLat = prev(Lat), PrevLon = prev(Lon), PrevAsn = prev(Asn)\n| where PrevUser == UserPrincipalName and IPAddress != PrevIp\n| extend DistanceKm = geo_distance_2points(PrevLon, PrevLat, Lon, Lat) / 1000.0, Hours = max_of((TimeGenerated - PrevTime) / 1h, 1.0 / 60)\n| extend SpeedKmh = DistanceKm / Hours\n| where DistanceKm >= {} and SpeedKmh > {}\n| extend Net = iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {v6}), format_ipv4_mask(IPAddress, {v4})),\n    PrevNet = iff(PrevIp contains \":\", parse_ipv6_mask(PrevIp, {v6}), format_ipv4_mask(PrevIp, {v4})), JoinUser = tolower(UserPrincipalName)\n| join kind=leftouter knownNets on $left.JoinUser == $right.User\n| extend Routine = isnotempty(Nets) and set_has_element(Nets, Net) and set_has_element(Nets, PrevNet)\n| join kind=leftouter establishedAsns on $left.JoinUser == $right.User\n| extend OneOperator = Asn == PrevAsn and set_has_element(EstablishedAsns, Asn)\n| summarize Hops = count(), RoutineHops = countif(Routine), OperatorHops = countif(OneOperator), FastestKmh = round(max(SpeedKmh), 0), Ips = make_set(IPAddress, 10), Countries = make_set(Country, 10),\n    FirstSeen = min(PrevTime), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, bin(TimeGenerated, {}h)\n| extend Note = case(Hops == RoutineHops, \"low: every hop is between networks the user already signs in from\",\n    Hops == OperatorHops, \"low: every hop stays on one carrier or ISP the user has used on other days\", \"\")\n| sort by FastestKmh desc",
            p.min_km,
            p.max_kmh,
            p.group_hours.max(1),
            v4 = p.v4,
            v6 = p.v6
        ));
    }
}

struct Hop {
    a: u32,
    b: u32,
    km: f64,
    kmh: f64,
    coarse: bool,
    /// Both ends are networks of the user's judged history (filled in once per hop).
    routine: bool,
}

/// The user's too-fast hops between consecutive located successful sign-ins.
/// What the rule carries across slices: the geolocation cache and the apps' own servers.
#[derive(Default)]
struct Carried {
    loc: Locator,
    backends: Option<HashSet<(Sym, u32)>>,
}

fn hops(p: &Params, cx: &Ctx, locate: &mut Locator, s: &Subject, backends: &HashSet<(Sym, u32)>) -> Vec<Hop> {
    let mut prev: Option<(u32, Place)> = None;
    let mut hops = Vec::new();
    for &r in &s.rows {
        if !cx.ok(r) || cx.net_ok(r) || cx.shared(r) || !is_user_signin(cx, r) {
            continue;
        }
        // An app's own servers acting for the user are not where the user is.
        if !backends.is_empty() && non_interactive(cx, r) && backends.contains(&(cx.sym(r, S::AppId), cx.asn(r))) {
            continue;
        }
        // Nor is a developer's tool in their own cloud shell (a codespace, Cloud Shell), nor an
        // app the user consented to, acting from its own servers.
        if cx.cloud_dev(r) || cx.app_backend(r) {
            continue;
        }
        let Some(here) = locate.at(cx, r) else { continue };
        if let Some((q, there)) = prev {
            let same_ip = cx.ip[q as usize] == cx.ip[r as usize] && cx.ip[r as usize] != NONE;
            let coarse = there.2 == geo::Precision::Country || here.2 == geo::Precision::Country;
            let same_country = cx.sym(q, S::Country) == cx.sym(r, S::Country) && !cx.sym(r, S::Country).is_empty();
            if !(same_ip || coarse && same_country) {
                let km = geo::distance_km((there.0, there.1), (here.0, here.1));
                let dt_h = ((cx.st(r) - cx.st(q)).max(MIN_MS)) as f64 / HOUR_MS as f64;
                let kmh = km / dt_h;
                if km >= p.min_km && kmh > p.max_kmh {
                    hops.push(Hop { a: q, b: r, km, kmh, coarse, routine: false });
                }
            }
        }
        prev = Some((r, here));
    }
    hops
}

fn travel(p: &Params, cx: &Ctx, loc: &mut Locator, s: &Subject, g: &[Hop]) -> Option<Draft> {
    let worst = g.iter().max_by(|x, y| x.kmh.total_cmp(&y.kmh))?;
    let coarse = g.iter().all(|h| h.coarse);
    // Within one country, IP geolocation puts mobile and home networks at their gateways' cities:
    // a hop there is weak evidence. The same compliant or managed device at both ends cannot have
    // travelled: one end's location is wrong.
    let in_country = g.iter().all(|h| same_country(cx, h.a, h.b));
    let one_device = |h: &Hop| one_device(cx, s, h);
    let same_device = g.iter().all(one_device);
    // Both ends on networks the user already signs in from (a VPN egress abroad, a home and an
    // office far apart): the user is seen in both places routinely, not travelling now.
    let both_known = g.iter().all(|h| h.routine);
    // Two different registered devices the user already had (a laptop abroad and a
    // phone whose roaming data still leaves from home): each is where it is, nobody travelled.
    // Each hop explained one way or the other is explained.
    // Never on a cloud, hosting or VPN network: a token stolen from a device carries its id there.
    let mut own = |r: u32| {
        !lists::hosting_asn(cx.asn(r)) && known_device(cx, s, r) && device_stayed_plausible(p, cx, loc, s, r)
    };
    let own_devices = !same_device
        && !both_known
        && g.iter().all(|h| {
            one_device(h) || own(h.a) && own(h.b)
        });
    // Each end explained on its own: a network the user already signs in from (their cloud
    // desktop or VPN egress abroad) at one end, a registered device they already had,
    // which did not jump, at the other. Someone using a stolen token or password has neither.
    // Or the user's phone app on its home carrier while another end is a device of theirs (a
    // laptop abroad whose owner's phone roams: roaming data leaves through the home carrier).
    let mut explained = |r: u32| {
        on_known_network(cx, s, r) || own_cloud(cx, s, r) || cloud_pc(cx, s, r) || own(r) || home_phone(cx, s, r)
    };
    let each_end = !same_device
        && !both_known
        && !own_devices
        && g.iter().all(|h| h.routine || one_device(h) || explained(h.a) && explained(h.b));
    // Both ends on one carrier or ISP (not a cloud, hosting or VPN network anyone can rent):
    // its addresses are placed at gateways, sometimes abroad; the person did not move.
    let operator = |h: &Hop| {
        let a = cx.asn(h.a);
        a == cx.asn(h.b) && established_asn(cx, s, cx.st(h.b), a)
    };
    let one_operator = g.iter().all(operator);
    let sev = if in_country || same_device || both_known || own_devices || each_end || one_operator {
        Severity::Low
    } else if coarse {
        Severity::Medium
    } else {
        Severity::High
    };
    let mut d = Draft::new(s.name.clone(), sev);
    d.title = format!("Impossible travel for {}: {} → {}", s.name, PlaceText(cx, worst.a), PlaceText(cx, worst.b));
    d.why = format!(
        "{} signed in successfully from {} ({}) at {} and from {} ({}) at {}: {:.0} km in {} min, {:.0} km/h{}.{}{}",
        s.name,
        PlaceText(cx, worst.a),
        cx.ip_text(worst.a),
        Hm(cx.st(worst.a)),
        PlaceText(cx, worst.b),
        cx.ip_text(worst.b),
        Hm(cx.st(worst.b)),
        worst.km,
        minutes(cx.st(worst.a), cx.st(worst.b)),
        worst.kmh,
        if worst.coarse { " (one end known only by its country)" } else { "" },
        if g.len() > 1 { format!(" {} such hops in this episode.", g.len()) } else { String::new() },
        if same_device {
            format!(
                " Both ends are the same compliant or managed device ({}): one location is wrong, not travelled.",
                cx.id_text(worst.a, S::DeviceId)
            )
        } else if own_devices {
            format!(
                " Every hop is between registered devices this user already had (here {} and {}): their own \
                 devices in two places (a roaming phone's data often leaves from home), not one person travelling.",
                cx.id_text(worst.a, S::DeviceId),
                cx.id_text(worst.b, S::DeviceId)
            )
        } else if each_end {
            " Each end is either a network this user already signs in from in the previous days (a cloud desktop, \
             VPN or proxy egress), their own cloud PC (a managed device only ever on one cloud network), a cloud network where their developer tool signs in on other days (their own \
             virtual machines), a registered device they already had, which did not jump there, or their phone's app \
             on the home carrier it signed in through before (roaming data leaves through the home carrier's gateway): \
             their own routine in two places, not one person travelling."
                .to_owned()
        } else if both_known {
            " Both networks are ones this user already signs in from in the previous days (a VPN or proxy egress, \
             or two usual places): routine, not travel."
                .to_owned()
        } else if one_operator {
            format!(
                " Both ends are on one network operator (AS{}, not a hosting or VPN network), whose addresses \
                 geolocate to its gateways: not travel.",
                cx.asn(worst.a)
            )
        } else if in_country {
            " Both ends are in one country, where IP geolocation often places mobile and home networks at their gateways' \
             cities."
                .to_owned()
        } else {
            String::new()
        }
    );
    d.next_steps = "Check whether one side is a VPN, proxy or mobile carrier egress (add it to allow_ips / allow_asns); \
                    otherwise the far-away sign-in is someone else: revoke sessions and reset the password."
        .into();
    d.users = vec![s.name.clone()];
    for h in g {
        d.signins.push(h.a);
        d.signins.push(h.b);
    }
    d.ips = distinct(cx, &d.signins, S::Ip);
    Some(d)
}

/// Hop `h` is one compliant or managed device at both ends (one location is wrong, nobody
/// travelled) — not when the device is on two different operators' networks in two countries,
/// neither a cloud, hosting or VPN one, [`FAR_KM`] or more apart, one of them a country the user
/// was never in and none of their other devices is in ([`corroborated`]): a laptop's tokens
/// replayed from a stranger's home line on another continent carry its id and compliance.
fn one_device(cx: &Ctx, s: &Subject, h: &Hop) -> bool {
    managed_device(cx, h.a)
        && managed_device(cx, h.b)
        && cx.id(h.a, S::DeviceId) == cx.id(h.b, S::DeviceId)
        && (cx.asn(h.a) == cx.asn(h.b)
            || same_country(cx, h.a, h.b)
            || lists::hosting_asn(cx.asn(h.a))
            || lists::hosting_asn(cx.asn(h.b))
            || h.km < FAR_KM
            || corroborated(cx, s, h.a) && corroborated(cx, s, h.b))
}

/// Sign-in `r` is on a registered device (a device id: compliant, managed, or a personal phone
/// registered in the directory) the user already signed in with successfully more than a day
/// before (a device joined today vouches for nothing). A device id is the device's own key,
/// which a stranger with the password does not have.
///
/// On the first day the loaded logs cover nothing is "more than a day before": there the device
/// counts when it signs in successfully on [`LATER_DAYS`] other days of the loaded logs, never
/// through a cloud, hosting or VPN network (the user's laptop and phone, which the logs simply
/// began too late to show).
fn known_device(cx: &Ctx, s: &Subject, r: u32) -> bool {
    let dev = cx.id(r, S::DeviceId);
    if dev == 0 {
        return false;
    }
    let earlier = a_day_before(cx, s, cx.st(r));
    earlier.iter().any(|&q| cx.ok(q) && cx.id(q, S::DeviceId) == dev)
        || first_logged_day(cx, r) && {
            let day = cx.st(r).div_euclid(DAY_MS);
            let mut days: Vec<i64> = s
                .rows
                .iter()
                .copied()
                .filter(|&q| cx.ok(q) && cx.id(q, S::DeviceId) == dev && off_hosting(cx.asn(q)))
                .map(|q| cx.st(q).div_euclid(DAY_MS))
                .filter(|&d| d != day)
                .collect();
            days.dedup();
            days.len() >= LATER_DAYS
        }
}

/// A known network operator that is not a cloud, hosting or VPN network.
fn off_hosting(asn: u32) -> bool {
    asn != NO_INT && asn != 0 && !lists::hosting_asn(asn)
}

/// Other days a device must sign in on to count as the user's on the first day the logs cover.
const LATER_DAYS: usize = 2;

/// Sign-in `r` is less than a day after the first loaded sign-in: the logs hold no day before it.
fn first_logged_day(cx: &Ctx, r: u32) -> bool {
    cx.by_time.first().is_some_and(|&q0| cx.st(r) - cx.st(q0) < DAY_MS)
}

/// The device of sign-in `r` could have travelled from its own previous successful sign-in
/// (a stolen token replayed far away as the laptop fails this: the laptop itself jumped).
/// A device that "jumps" home onto its own home operator did not move: a phone abroad switching
/// from hotel Wi-Fi to roaming data, which leaves through the home carrier's gateway.
fn device_stayed_plausible(p: &Params, cx: &Ctx, loc: &mut Locator, s: &Subject, r: u32) -> bool {
    let (dev, t) = (cx.id(r, S::DeviceId), cx.st(r));
    let prev = s.rows.iter().copied().rev().find(|&q| cx.st(q) < t && cx.ok(q) && cx.id(q, S::DeviceId) == dev);
    // A device's first sign-in on the first day the logs cover has no earlier place to jump
    // from: it stayed when it came through a network operator (not a hosting one) the device
    // itself uses on its later days — a stolen device token replayed elsewhere does not.
    let asn = cx.asn(r);
    let later_on_it = || {
        off_hosting(asn)
            && s.rows.iter().any(|&q| {
                cx.st(q).div_euclid(DAY_MS) > t.div_euclid(DAY_MS) && cx.ok(q) && cx.id(q, S::DeviceId) == dev && cx.asn(q) == asn
            })
    };
    prev.map_or_else(|| first_logged_day(cx, r) && later_on_it(), |q| {
        loc.trip(cx, q, r).is_none_or(|(_, kmh)| kmh <= p.max_kmh) || home_operator(cx, s, r) || device_network(cx, s, r)
    })
}

/// Sign-in `r`'s device also signs in successfully through `r`'s network operator (not a
/// cloud, hosting or VPN network) on [`OPERATOR_DAYS`] other days of the loaded logs, before or
/// after: one of the networks it lives on (a roaming phone alternating between hotel Wi-Fi and
/// its home carrier's data, which leaves from home; a laptop on the hotel's line all week). Its
/// "jumps" between them are two networks, not a journey. A stolen device token replayed from a
/// stranger's network has no such days on it.
fn device_network(cx: &Ctx, s: &Subject, r: u32) -> bool {
    let (dev, asn) = (cx.id(r, S::DeviceId), cx.asn(r));
    if dev == 0 || !off_hosting(asn) {
        return false;
    }
    let day = cx.st(r).div_euclid(DAY_MS);
    let mut days: Vec<i64> = s
        .rows
        .iter()
        .copied()
        .filter(|&q| cx.asn(q) == asn && cx.id(q, S::DeviceId) == dev && cx.ok(q))
        .map(|q| cx.st(q).div_euclid(DAY_MS))
        .filter(|&d| d != day)
        .collect();
    days.dedup();
    days.len() >= OPERATOR_DAYS && corroborated(cx, s, r)
}

/// Sign-in `r`'s country is one of the user's: they signed in successfully from it more than a
/// day before (home, where a roaming phone's data is routed), or another of their devices (or a
/// sign-in with no device id) signs in successfully from it within a day (the hotel where the
/// laptop is too). A device token replayed abroad has the device alone in a country new to them.
fn corroborated(cx: &Ctx, s: &Subject, r: u32) -> bool {
    let (country, dev, t) = (cx.sym(r, S::Country), cx.id(r, S::DeviceId), cx.st(r));
    let placed_in = |q: u32| cx.ok(q) && !unplaced(cx, q) && cx.sym(q, S::Country) == country;
    !country.is_empty()
        && (a_day_before(cx, s, t).iter().any(|&q| placed_in(q))
            || s.rows.iter().any(|&q| (cx.st(q) - t).abs() <= DAY_MS && cx.id(q, S::DeviceId) != dev && placed_in(q)))
}

/// Other days a device must use a network operator on for it to be one of the device's own.
const OPERATOR_DAYS: usize = 1;

/// Sign-in `r`'s device already signed in through `r`'s network operator more than a day
/// before, and that operator is established for the user ([`established_asn`]: a carrier or
/// ISP on two days, not a hosting or VPN network) — the device's own home carrier.
fn home_operator(cx: &Ctx, s: &Subject, r: u32) -> bool {
    let (dev, asn) = (cx.id(r, S::DeviceId), cx.asn(r));
    let earlier = a_day_before(cx, s, cx.st(r));
    dev != 0
        && earlier.iter().any(|&q| cx.ok(q) && cx.id(q, S::DeviceId) == dev && cx.asn(q) == asn)
        && established_asn(cx, s, cx.st(r), asn)
}

/// Sign-in `r` is the user's phone app at home: a phone's operating system ([`phone_os`]), not a
/// browser, through a carrier or ISP established for the user ([`established_asn`]) that their
/// phone apps already signed in through more than a day before, in a country of theirs
/// ([`corroborated`]). A phone abroad on roaming data still leaves through its home carrier's
/// gateway, so it appears at home while the laptop is where its owner is. A stolen password or
/// token used from abroad is the other end, which this does not explain.
fn home_phone(cx: &Ctx, s: &Subject, r: u32) -> bool {
    let (asn, t) = (cx.asn(r), cx.st(r));
    let app = |q: u32| phone_os(cx.s(q, S::Os)) && !browser(cx, q);
    app(r)
        && !cx.shared(r)
        && established_asn(cx, s, t, asn)
        && a_day_before(cx, s, t).iter().any(|&q| cx.ok(q) && cx.asn(q) == asn && app(q))
        && corroborated(cx, s, r)
}

fn same_country(cx: &Ctx, a: u32, b: u32) -> bool {
    let (x, y) = (cx.sym(a, S::Country), cx.sym(b, S::Country));
    !x.is_empty() && x == y
}
