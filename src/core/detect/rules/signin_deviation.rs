//! `signin_deviation`: a successful sign-in unlike the user's own history (new country, city,
//! network prefix, ASN, device, client app or app, or an unusual hour), judged against the
//! user's successful sign-ins in the learning window before it.

use hashbrown::{HashMap, HashSet};

use std::ops::Range;

use crate::core::{
    codes::CodeClass,
    detect::{
        DetectConfig, Severity,
        baseline::{BaselineParams, Keyer, Novelty, Profile, RowKeys},
        ctx::{ADOPTION_DAYS, Ctx, NONE, Subject},
        lists, net,
        rule::{Allow, Carry, Draft, Meta, Needs, Out, Reads, Rule, run_sliced},
        rules::RuleId,
        signin::{browser, DAY_MS, FAR_KM, HOUR_MS, Locator, MICROSOFT_CLOUD_ASN, PlaceText, a_day_before, distinct, established_asn, habit, is_user_signin, judged_history, managed_device, own_cloud, place, unplaced, OWN_CLOUD_DAYS, RELAY_ASNS},
        text::{Hm, contains_ci, hm, list, plural, write_list},
    },
    geo,
    kql::hunt::Hunt,
    model::{NO_INT, SignInField as S, intern::Sym},
};

pub struct SigninDeviation;

pub struct Params {
    pub base: BaselineParams,
    pub min_signals: u32,
    pub group_hours: u32,
    /// A trip at or below this speed is plausible (the travel rule's limit).
    pub max_kmh: f64,
    pub shared_min_users: u32,
    pub allow: Allow,
}

/// What one slice of users hands to the next: the caches and the users too new to judge.
#[derive(Default)]
struct Carried {
    keyer: Keyer,
    /// Every sign-in's keys, gathered in table order during the first pass ([`Row`]).
    rows: Vec<Row>,
    /// The gathering was skipped (more than [`GATHER_MAX_ROWS`] sign-ins): keys are computed as
    /// each user's pass reaches them.
    direct: bool,
    loc: Locator,
    thin: Vec<String>,
    /// The tenant's carriers per country ([`Carriers`]), gathered in the first pass.
    carriers: Carriers,
    /// The first pass is over and the carriers are kept ([`finish_carriers`]).
    carriers_done: bool,
}

/// What a user's pass reads of a sign-in, gathered once for every row in table order: a user's
/// rows are spread over the whole table, and reading a dozen columns at each of them cost a
/// dozen cache misses a row (most of this rule's time on 250,000 sign-ins); one packed row is one.
#[derive(Clone, Copy)]
struct Row {
    k: RowKeys,
    t: i64,
    ip: u32,
    class: CodeClass,
    /// A person's sign-in, not a developer tool in their own cloud shell nor a consented app's
    /// servers ([`SigninDeviation::run_slice`]).
    person: bool,
    app_ok: bool,
    /// Through an in-flight or satellite network ([`unplaced`]).
    unplaced: bool,
}

/// Above this many sign-ins the rows are not gathered (56 bytes each would be more memory than
/// a tab near its limit can spare); each user's pass then computes them as it goes.
const GATHER_MAX_ROWS: usize = 4_000_000;

fn row(keyer: &mut Keyer, cx: &Ctx, r: u32) -> Row {
    Row {
        k: keyer.keys(cx, r as usize),
        t: cx.st(r),
        ip: cx.ip.get(r as usize).copied().unwrap_or(NONE),
        class: cx.class(r),
        person: is_user_signin(cx, r) && !cx.cloud_dev(r) && !cx.app_backend(r),
        app_ok: cx.app_ok(r),
        unplaced: unplaced(cx, r),
    }
}

/// Where a user's pass gets its rows: gathered, or computed as it goes.
enum Rows<'a> {
    Gathered(&'a [Row]),
    Direct(&'a mut Keyer),
}

impl Rows<'_> {
    fn get(&mut self, cx: &Ctx, r: u32) -> Row {
        match self {
            Rows::Gathered(v) => v[r as usize],
            Rows::Direct(keyer) => row(keyer, cx, r),
        }
    }
}

/// Users a carrier must be established for, in one country, to be one of the tenant's own there.
const PEER_USERS: u32 = 10;

/// How far apart a user's first sign-in through a carrier and the one on another day that
/// establishes it must be: ten accounts sprayed through one proxy ISP at 23:59 and 00:01 are no
/// workforce living there.
const CARRIER_SPAN_MS: i64 = 12 * HOUR_MS;

/// The tenant's carriers per country: (ASN, country) → (user, time) for each user whose
/// successful sign-ins came through that network operator from that country on two days or
/// more, with the time of the sign-in that made it two days (in time order); only operators
/// [`PEER_USERS`] users reach over the loaded logs are kept, and cloud, hosting and VPN networks
/// are never counted (anyone can rent them). A workforce that lives across a border (warehouse
/// staff going home for their days off) makes its home carriers the tenant's own there.
type Carriers = HashMap<(u32, Sym), Vec<(u32, i64)>>;

/// Adds the subjects `cx.subjects[range]` to the tenant's carriers (every subject passes once,
/// a slice at a time, before any is judged: [`Rule::prepare_slice`]).
fn add_carriers(cx: &Ctx, range: Range<usize>, users: &mut Carriers) {
    // One user's operators so far: (ASN, country, first time, counted, hosting). A person has a
    // handful, so a short list beats hashing every row (this pass reads every sign-in).
    let mut mine: Vec<(u32, Sym, i64, bool, bool)> = Vec::new();
    let first = range.start;
    for (k, s) in cx.subjects.get(range).unwrap_or_default().iter().enumerate() {
        mine.clear();
        for &r in &s.rows {
            let asn = cx.asn(r);
            if asn == NO_INT || asn == 0 || !cx.ok(r) || !is_user_signin(cx, r) {
                continue;
            }
            let (country, t) = (cx.sym(r, S::Country), cx.st(r));
            let i = match mine.iter().position(|m| m.0 == asn && m.1 == country) {
                Some(i) => i,
                None => {
                    let skip = country.is_empty() || lists::hosting_asn(asn);
                    mine.push((asn, country, t, false, skip));
                    continue;
                }
            };
            let m = &mut mine[i];
            // Two days, and at least half a day apart: not 23:59 and 00:01.
            if !m.3 && !m.4 && m.2.div_euclid(DAY_MS) != t.div_euclid(DAY_MS) && t - m.2 >= CARRIER_SPAN_MS {
                m.3 = true;
                users.entry((asn, country)).or_default().push(((first + k) as u32, cx.st(r)));
            }
        }
    }
}

/// Keeps the operators [`PEER_USERS`] users reach, each list in time order.
fn finish_carriers(users: &mut Carriers) {
    users.retain(|_, v| v.len() >= PEER_USERS as usize);
    for v in users.values_mut() {
        v.sort_unstable_by_key(|x| x.1);
    }
}

impl Rule for SigninDeviation {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::SigninDeviation,
        title: "Sign-in unlike the user's history",
        description: "A successful sign-in from a country, city, network prefix, ASN, device, client app or app the user never used in the learning window, or at an unusual hour. Users with too little history are noted, not flagged; a developer tool in their own cloud shell (a codespace, Cloud Shell) and an app the organisation's people consented to over days, acting from its own servers, are neither history nor a deviation.",
        mitre: &["T1078", "T1078.004"],
        severity: "new country → Medium, + new ASN or device → High; new ASN + network + device → Low, Medium for a browser on an unmanaged device through a cloud, hosting or VPN network (not Safari through iCloud Private Relay); weaker combinations Info; before a history can be judged, a browser on an unmanaged device through a cloud, hosting or VPN network the user's sign-ins use on fewer than 3 days (or half their days) → Medium; Low when the user is on their own known compliant or managed device after a plausible trip, or on a known device through a known network operator that is not a hosting or VPN network, or on their own registered device (a device id with a success more than a day before) through a network that is not a hosting or VPN network — or through one, when it is not a browser and the device's own trail is a plausible journey from its previous sign-in and on to its next, or a developer tool on a known device through a cloud network (not a new ASN) where it signed in on other days, or a carrier or ISP that 10 or more other users of the tenant had signed in through from that country on two days or more (12 h apart or more) before it, reached on a plausible trip, or a guest signing in from the country its own organisation's domain names (.co.za: South Africa; not a generic domain) through a network that is not a hosting or VPN network",
        config: &[
            "learning_days",
            "min_history_signins",
            "min_history_days",
            "prefix_v4_bits",
            "prefix_v6_bits",
            "unusual_hour_margin_h",
            "deviation_min_signals",
            "deviation_group_hours",
            "travel_max_kmh",
            "shared_egress_min_users",
            "allow_users",
            "allow_ips",
            "allow_asns",
            "allow_apps",
        ],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Entra ID Protection's unfamiliar sign-in properties and Sentinel's new-location rules (L2)",
        lookback_days: 15,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            base: BaselineParams::from(cfg),
            min_signals: cfg.deviation_min_signals,
            group_hours: cfg.deviation_group_hours,
            max_kmh: cfg.travel_max_kmh,
            shared_min_users: cfg.shared_egress_min_users,
            allow: Allow::none().users(cfg).nets(cfg).apps(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "{}; network = /{} (IPv4) or /{} (IPv6); unusual hour = no successful sign-in within ± {} h of it; \
             neither history nor judged: a first-party developer tool's non-interactive sign-ins from AS{MICROSOFT_CLOUD_ASN} in a \
             session the user began through it on a compliant or managed device (not by device code), and the non-interactive \
             sign-ins of an app (not a listed Microsoft client) the user consented to, one ≥ 2 users consented to with \
             ≥ {ADOPTION_DAYS} days between the first and the last consent; \
             a finding needs a new country or ≥ {} signals; new country → Medium, + new ASN or device → High; \
             before a history can be judged, a browser on an unmanaged device through a hosting network used on < {RENTED_HABIT_DAYS} \
             days (or half the user's days) → Medium; new ASN + network + device → Low (Medium for a browser on an unmanaged device through a cloud, hosting or VPN network, not Safari on an Apple device through iCloud Private Relay's operators); otherwise Info; Low instead when the device is one the user already used, \
             compliant or managed, and the trip from the previous sign-in is ≤ {} km/h, or when only the country is new (the \
             device is known and the ASN is in the user's judged history on ≥ 2 days, not a cloud, hosting or VPN network), or when the device id is one the user signed in with successfully more \
             than a day before (theirs from the start of the loaded history, or first seen on a network operator their other \
             devices use) and the network is not a cloud, hosting or VPN network (or is one, for a client that is not a browser \
             whose device's trips from its previous successful sign-in and on to its next are both ≤ {} km/h), or when a developer tool signs in on a known device through a cloud \
             network (not a new ASN) where it signed in for this user on ≥ {OWN_CLOUD_DAYS} days of the judged history (of the whole loaded log when that \
             use began before the user had a judged history), or when the sign-in's \
             carrier or ISP (not a cloud, hosting or VPN network) is one ≥ {PEER_USERS} of the tenant's users sign in through from \
             that country on ≥ 2 days each (≥ 12 h apart) before the sign-in and the trip from the user's previous sign-in is ≤ {} km/h, or when a guest (user type \
             Guest, B2B cross-tenant access, a home tenant other than the resource tenant, or an #EXT# name) signs in from the country \
             its own domain's top-level domain names (not .com or a two-letter domain used as a generic name) through a network that \
             is not a cloud, hosting or VPN network; a shared egress (a network with \
             successful sign-ins by ≥ {} users), an in-flight or satellite network (placed at its gateway) or the user's own cloud PC (a compliant or managed device only ever on one cloud ASN, on ≥ 3 days: placed at its region) brings no place signal, and a country is new only to a history that has places; later deviating sign-ins from the same IP or new \
             country within {} h join it{}",
            p.base.sentence(),
            p.base.prefix_v4_bits,
            p.base.prefix_v6_bits,
            p.base.unusual_hour_margin_h,
            p.min_signals,
            p.max_kmh,
            p.max_kmh,
            p.max_kmh,
            p.shared_min_users,
            p.group_hours,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        run_sliced::<Self>(p, cx, out);
    }

    const SLICED: bool = true;
    const PREPARES: bool = true;

    fn prepare_slice(_: &Params, cx: &Ctx, carry: &mut Carry, range: Range<usize>) {
        let c: &mut Carried = carry.get();
        // The rows in table order, a share of them per slice (the slices cover every subject in
        // order, so the shares cover every row once).
        let (n, of) = (cx.time.len(), cx.subjects.len().max(1));
        c.direct = n > GATHER_MAX_ROWS;
        if !c.direct {
            let end = if range.end >= cx.subjects.len() { n } else { range.end * n / of };
            c.rows.reserve_exact(n.saturating_sub(c.rows.len()));
            for r in c.rows.len()..end {
                let x = row(&mut c.keyer, cx, r as u32);
                c.rows.push(x);
            }
        }
        add_carriers(cx, range, &mut c.carriers);
    }

    fn run_slice(p: &Params, cx: &Ctx, out: &mut Out, carry: &mut Carry, range: Range<usize>) {
        let c: &mut Carried = carry.get();
        if !c.carriers_done {
            finish_carriers(&mut c.carriers);
            c.carriers_done = true;
        }
        let carriers = &c.carriers;
        let mut src = if c.direct { Rows::Direct(&mut c.keyer) } else { Rows::Gathered(&c.rows) };
        for s in cx.subjects.get(range).unwrap_or_default().iter().filter(|s| !s.allowed) {
            // A developer's tool in their own cloud shell (a codespace, Cloud Shell), and an app
            // the user consented to acting from its own servers, are not where the user is:
            // neither history nor a deviation.
            let rows: Vec<(u32, Row)> =
                s.rows.iter().map(|&r| (r, src.get(cx, r))).filter(|(_, x)| x.person).collect();
            if rows.is_empty() {
                continue;
            }
            if judge_user(p, cx, (&mut c.loc, carriers), s, &rows, out) == Verdict::TooLittleHistory {
                c.thin.push(s.name.clone());
            }
            let rows: Vec<u32> = rows.into_iter().map(|(r, _)| r).collect();
            day_one(cx, s, &rows, out);
        }
    }

    fn end_slices(p: &Params, _cx: &Ctx, out: &mut Out, carry: &mut Carry) {
        let thin = std::mem::take(&mut carry.get::<Carried>().thin);
        if !thin.is_empty() {
            let text = format!(
                "{} had too little history to judge deviations (fewer than {} successful sign-ins on {} days within {} days \
                 before each sign-in): {}.",
                plural(thin.len(), "user", "users"),
                p.base.min_history_signins,
                p.base.min_history_days,
                p.base.learning_days,
                list(&thin, 8)
            );
            out.note(text, thin);
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        let b = &p.base;
        h.signins(&["LocationDetails", "DeviceDetail"]);
        h.line(&format!(
            "let learning = {}d;\nlet recentStart = endTime - 1d;\nlet minSignIns = {};\nlet minDays = {};\nlet minSignals = {};\nlet hourMargin = {};",
            b.learning_days, b.min_history_signins, b.min_history_days, p.min_signals, b.unusual_hour_margin_h
        ));
        // A developer tool in their own cloud shell is not where the user is (the app also wants the
        // session begun through the same tool on the user's compliant or managed device).
        h.let_strings("toolClients", &lists::tool_ids());
        // Nor an app the user and colleagues consented to over days, acting from its own servers.
        h.adopted_apps(crate::core::detect::ctx::ADOPTION_DAYS);
        h.shell_starts(&lists::hosting_asns(), crate::core::detect::ctx::SHELL_LINK_HOURS);
        let listed: Vec<String> = lists::first_party().into_iter().map(|c| c.0.to_owned()).collect();
        h.let_strings("listedClients", &listed);
        let mut ok = format!(
            "signins\n    | where ResultType == \"0\"\n{}\n    | where not(Shell)\n    | project-away Shell\n    | extend ConsentUser = tolower(UserPrincipalName), ConsentApp = tolower(AppDisplayName)\n    | lookup kind=leftouter adoptedApps on ConsentUser, ConsentApp\n    | where not(AdoptedApp == true and IsInteractive == false and not(AppId in~ (listedClients)))\n    | project-away ConsentUser, ConsentApp, AdoptedApp",
            Hunt::shell_line("toolClients", crate::core::detect::signin::MICROSOFT_CLOUD_ASN)
        );
        for c in p.allow.signin_clauses() {
            ok.push_str("\n    ");
            ok.push_str(&c);
        }
        h.let_codes("movingAsns", &lists::moving_asns());
        h.line(&format!(
            "let ok = {ok}\n    | extend Country = iff(tostring(AutonomousSystemNumber) in (movingAsns), \"\", tostring(LocationDetails.countryOrRegion)), Asn = tostring(AutonomousSystemNumber),\n        Net = iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {v6}), format_ipv4_mask(IPAddress, {v4})),\n        Device = coalesce(tostring(DeviceDetail.deviceId), strcat(tostring(DeviceDetail.operatingSystem), \"/\", tostring(DeviceDetail.browser))),\n        Hour = hourofday(TimeGenerated), Lat = toreal(LocationDetails.geoCoordinates.latitude), Lon = toreal(LocationDetails.geoCoordinates.longitude),\n        Managed = isnotempty(tostring(DeviceDetail.deviceId)) and (tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\");",
            v4 = b.prefix_v4_bits,
            v6 = b.prefix_v6_bits
        ));
        h.shared_egress(b.prefix_v4_bits, b.prefix_v6_bits, p.shared_min_users);
        h.let_codes("hostingAsns", &lists::hosting_asns());
        h.let_codes("relayAsns", &RELAY_ASNS);
        h.line("let establishedAsns = ok\n    | where TimeGenerated between ((recentStart - learning) .. (recentStart - 1d)) and isnotempty(Asn) and Asn != \"0\" and not(Asn in (hostingAsns))\n    | summarize AsnDays = dcount(bin(TimeGenerated, 1d)) by UserPrincipalName, Asn\n    | where AsnDays >= 2\n    | summarize EstablishedAsns = make_set(Asn, 100) by UserPrincipalName;");
        // The app's third excuse: the user's own registered device (its id signed in successfully
        // more than a day before; theirs from the start of the loaded history, or first seen
        // through a network operator, not a hosting one, that the user's other devices use).
        h.line("let userStart = signins\n    | summarize UserStart = min(TimeGenerated) by UserPrincipalName;\nlet asnDevices = ok\n    | summarize AsnDevices = make_set(tostring(DeviceDetail.deviceId), 100) by UserPrincipalName, Asn;\nlet ownDevices = ok\n    | where isnotempty(tostring(DeviceDetail.deviceId))\n    | summarize arg_min(TimeGenerated, Asn) by UserPrincipalName, DeviceId = tostring(DeviceDetail.deviceId)\n    | project UserPrincipalName, DeviceId, DeviceFirst = TimeGenerated, DeviceFirstAsn = Asn\n    | join kind=leftouter userStart on UserPrincipalName\n    | join kind=leftouter asnDevices on UserPrincipalName, $left.DeviceFirstAsn == $right.Asn\n    | where DeviceFirst - UserStart <= 1d\n        or (isnotempty(DeviceFirstAsn) and DeviceFirstAsn != \"0\" and not(DeviceFirstAsn in (hostingAsns))\n            and array_length(set_difference(AsnDevices, pack_array(DeviceId))) > 0)\n    | project UserPrincipalName, DeviceId, DeviceFirst;");
        // The fourth: a carrier the tenant's own people use from that country (PEER_USERS users on two
        // days each, never a hosting network), on a plausible trip; the fifth: a developer tool on a
        // cloud network where it signed in for the user on two days of the history.
        h.line(&format!("let tenantCarriers = ok\n    | where TimeGenerated < recentStart and isnotempty(Asn) and Asn != \"0\" and not(Asn in (hostingAsns)) and isnotempty(Country)\n    | summarize CarrierDays = dcount(bin(TimeGenerated, 1d)), CarrierSpan = max(TimeGenerated) - min(TimeGenerated) by UserPrincipalName, Asn, Country\n    | where CarrierDays >= 2 and CarrierSpan >= 12h\n    | summarize CarrierUsers = dcount(UserPrincipalName) by Asn, Country\n    | where CarrierUsers >= {PEER_USERS};"));
        h.let_strings("cloudTools", &lists::tool_ids());
        h.line("// (The app also counts the whole loaded files when that use began before the user had a judged history; a\n// workspace has the days before the window as that history.)");
        h.line(&format!("let ownClouds = ok\n    | where TimeGenerated between ((recentStart - learning) .. (recentStart - 1d)) and Asn in (hostingAsns) and AppId in~ (cloudTools)\n    | summarize CloudDays = dcount(bin(TimeGenerated, 1d)) by UserPrincipalName, AppId, Asn\n    | where CloudDays >= {OWN_CLOUD_DAYS};"));
        h.line("let baseline = ok\n    | where TimeGenerated between ((recentStart - learning) .. recentStart)\n    | summarize SignIns = count(), Days = dcount(bin(TimeGenerated, 1d)), Countries = make_set(Country, 100), Asns = make_set(Asn, 100),\n        Nets = make_set(Net, 200), Devices = make_set(Device, 100), Apps = make_set(AppDisplayName, 200), Hours = make_set(Hour, 24)\n        by UserPrincipalName\n    | where SignIns >= minSignIns and Days >= minDays;");
        h.line(&format!(
            "// Lantern also rates Medium, for a user with too little history to judge, a browser on an unmanaged device \
             through a cloud, hosting or VPN network that their sign-ins use on fewer than {RENTED_HABIT_DAYS} days of the \
             loaded logs, or on fewer than half the days they sign in (not part of this query)."
        ));
        h.line(
            "// Lantern also makes Low a new country reached through a cloud, hosting or VPN network by the user's own \
             registered device (not a browser) when that device's own trail is a journey: a plausible trip from its \
             previous sign-in and on to its next (not part of this query).",
        );
        h.line(&format!(
            "ok\n| sort by UserPrincipalName asc, TimeGenerated asc\n| extend SameUser = prev(UserPrincipalName) == UserPrincipalName\n| extend TripKm = iff(SameUser, geo_distance_2points(prev(Lon), prev(Lat), Lon, Lat) / 1000.0, real(null)),\n    TripHours = iff(SameUser, (TimeGenerated - prev(TimeGenerated)) / 1h, real(null))\n| where TimeGenerated >= recentStart\n| join kind=inner baseline on UserPrincipalName\n| extend Shared = Net in (sharedNets)\n| extend NewCountry = not(Shared) and not(set_has_element(Countries, Country)), NewAsn = not(Shared) and not(set_has_element(Asns, Asn)),\n    NewNet = not(Shared) and not(set_has_element(Nets, Net)), NewDevice = not(set_has_element(Devices, Device)),\n    NewApp = not(set_has_element(Apps, AppDisplayName)),\n    OddHour = not(set_has_element(Hours, Hour) or set_has_element(Hours, (Hour + hourMargin) % 24) or set_has_element(Hours, (Hour + 24 - hourMargin) % 24))\n| extend Signals = toint(NewCountry) + toint(NewAsn) + toint(NewNet) + toint(NewDevice) + toint(NewApp) + toint(OddHour)\n| where NewCountry or Signals >= minSignals\n| extend HonestTrip = not(NewDevice) and Managed and TripKm / max_of(TripHours, 1.0 / 60) <= {}\n| join kind=leftouter establishedAsns on UserPrincipalName\n| extend KnownOperator = NewCountry and not(NewAsn) and not(NewDevice) and set_has_element(EstablishedAsns, Asn)\n| extend DeviceId = tostring(DeviceDetail.deviceId)\n| join kind=leftouter ownDevices on UserPrincipalName, DeviceId\n| extend OwnDevice = not(NewDevice) and isnotempty(DeviceId) and DeviceFirst <= TimeGenerated - 1d and isnotempty(Asn) and Asn != \"0\" and not(Asn in (hostingAsns))\n// 3 high, 2 medium, 1 low, 0 info, as the app rates the signals; a known excuse makes a medium or high low.\n| extend Rank = case(NewCountry and (NewAsn or NewDevice), 3, NewCountry, 2, NewAsn and NewNet and NewDevice and Asn in (hostingAsns) and not(Managed)\n        and (ClientAppUsed =~ \"Browser\" or UserAgent startswith \"Mozilla/\")\n        and not(Asn in (relayAsns) and UserAgent has_any (\"iPhone\", \"iPad\", \"Macintosh\") and UserAgent has \"Safari\" and not(UserAgent has_any (\"Chrome\", \"CriOS\", \"Edg\", \"Firefox\", \"FxiOS\"))), 2, NewAsn and NewNet and NewDevice, 1, 0)\n| join kind=leftouter tenantCarriers on Asn, Country\n| extend TenantCarrier = isnotnull(CarrierUsers) and TripKm / max_of(TripHours, 1.0 / 60) <= {}\n| join kind=leftouter ownClouds on UserPrincipalName, AppId, Asn\n| extend OwnCloud = not(NewAsn) and not(NewDevice) and isnotnull(CloudDays)\n| extend Rank = iff(Rank >= 2 and (HonestTrip or KnownOperator or OwnDevice or TenantCarrier or OwnCloud), 1, Rank)\n| summarize SignIns = count(), HonestTrips = countif(HonestTrip), KnownOperators = countif(KnownOperator), OwnDevices = countif(OwnDevice),\n    TenantCarriers = countif(TenantCarrier), OwnClouds = countif(OwnCloud), Rank = max(Rank),\n    Ips = make_set(IPAddress, 10), Countries = make_set(Country, 5), NewCountry = max(NewCountry),\n    NewAsn = max(NewAsn), NewDevice = max(NewDevice), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, bin(TimeGenerated, {}h)\n| extend Severity = case(Rank == 3, \"high\", Rank == 2, \"medium\", Rank == 1, \"low\", \"info\")\n| sort by FirstSeen asc",
            p.max_kmh,
            p.max_kmh,
            p.group_hours.max(1)
        ));
    }
}

/// Whether a user's sign-ins could be judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    Judged,
    /// Successes, but never enough history before any of them.
    TooLittleHistory,
    /// No success at all (nothing to judge).
    NoSuccess,
}

/// A deviation finding being grown: later sign-ins from the same IP or new country join it.
struct Open {
    d: Draft,
    last_t: i64,
    ips: HashSet<u32>,
    countries: HashSet<Sym>,
    signals: Vec<String>,
    first_t: i64,
    history: String,
    /// What made the finding Low, and its severity without it.
    excuse: Option<(Excuse, Severity)>,
}

/// Why a deviation was made Low, from the least to the most a later sign-in must match to stay
/// covered ([`rejudge`]): a trip covers the device, an operator also the network operator, a
/// cloud also the developer tool.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Excuse {
    /// The user's own compliant or managed device after a plausible trip.
    Trip,
    /// A carrier or ISP established in the user's history.
    Operator,
    /// The user's developer tool on their own cloud ([`own_cloud`]).
    Cloud,
}

/// Where an honest trip to a sign-in would have started: the previous successful sign-in of
/// the same device (not another of the user's devices signing in from home meanwhile), or of
/// the user when the device has no id — the last one that had a place (not a flight's Wi-Fi).
#[derive(Default)]
struct Trail {
    prev_ok: Option<u32>,
    /// By device key (a registered device's; 0 for none, see [`device_of`]).
    last_on: HashMap<u64, u32>,
}

/// A row's registered device as its key (`Keyer` numbers device ids, with the top bit set), or 0.
fn device_of(x: &Row) -> u64 {
    if x.k.device >> 63 == 1 { x.k.device } else { 0 }
}

impl Trail {
    fn start_of(&self, x: &Row) -> Option<u32> {
        match device_of(x) {
            0 => self.prev_ok,
            d => self.last_on.get(&d).copied(),
        }
    }

    fn note(&mut self, r: u32, x: &Row) {
        if !x.unplaced {
            self.prev_ok = Some(r);
            self.last_on.insert(device_of(x), r);
        }
    }
}

/// One user's pass: the profile moves with the learning window; each success is judged
/// against it before it is learned.
fn judge_user(
    p: &Params,
    cx: &Ctx,
    (loc, carriers): (&mut Locator, &Carriers),
    s: &Subject,
    rows: &[(u32, Row)],
    out: &mut Out,
) -> Verdict {
    let learn_ms = p.base.learning_days as i64 * DAY_MS;
    let group_ms = p.group_hours as i64 * HOUR_MS;
    let mut prof = Profile::default();
    let (mut tail, mut judged_any, mut any_success) = (0usize, false, false);
    let mut open: Option<Open> = None;
    let mut trail = Trail::default();
    for (i, &(r, ref x)) in rows.iter().enumerate() {
        let t = x.t;
        prof.advance(t, learn_ms);
        while tail < i && rows[tail].1.t < prof.since {
            tail += 1;
        }
        match x.class {
            CodeClass::Failure => {
                prof.failure(t);
                continue;
            }
            CodeClass::Interrupt => continue,
            CodeClass::Success => any_success = true,
        }
        let (k, ip) = (x.k, x.ip);
        // Join an open finding: same IP or same new country within the group window.
        if let Some(o) = open.as_mut().filter(|o| {
            t - o.last_t <= group_ms
                && ((ip != NONE && o.ips.contains(&ip)) || (!k.country.is_empty() && o.countries.contains(&k.country)))
        }) {
            o.d.signins.push(r);
            o.last_t = t;
            let nv = prof.learn(&k, t, p.base.unusual_hour_margin_h);
            let prev = (trail.start_of(x), trail.prev_ok);
            rejudge(p, cx, (loc, carriers), s, (prev, r, k.asn), &nv, o);
            trail.note(r, x);
            continue;
        }
        let judge = prof.enough(&p.base) && !x.app_ok;
        let (n_ok, n_days) = (prof.successes(), prof.days());
        let nv = prof.learn(&k, t, p.base.unusual_hour_margin_h);
        // Where this device was last (for its trip), and where the user was last (any device).
        let prev = (trail.start_of(x), trail.prev_ok);
        trail.note(r, x);
        if !judge {
            continue;
        }
        judged_any = true;
        let sig = signals(cx, r, &nv);
        let Some(mut sev) = sig.severity(p.min_signals) else { continue };
        let mut words = sig.words(p, cx, r, &k);
        let mut excuse = None;
        if let Some((why, words_why)) = (sev > Severity::Low).then(|| excuse_for(p, cx, (loc, carriers), s, prev, r, &nv, &sig, k.asn)).flatten() {
            excuse = Some((why, sev));
            sev = Severity::Low;
            words.push(words_why);
        }
        let merge = open.as_ref().is_some_and(|o| t - o.last_t <= group_ms && sig.new_country && o.countries.contains(&k.country));
        if !merge {
            if let Some(o) = open.take() {
                out.add(cx, finish(cx, o));
            }
            // The history sentence only for a finding that starts here (most deviations join one).
            let window: Vec<u32> = rows.get(tail..i).unwrap_or(&[]).iter().map(|x| x.0).collect();
            let history = history(p, cx, &window, n_ok, n_days);
            open = Some(start(s, sev, sig.new_country.then_some(k.country), t, history));
            if let Some(o) = open.as_mut() {
                o.excuse = excuse;
            }
        }
        if let Some(o) = open.as_mut() {
            o.d.signins.push(r);
            o.d.severity = o.d.severity.max(sev);
            o.last_t = t;
            if ip != NONE && (sig.new_prefix || sig.new_asn || sig.new_country) {
                o.ips.insert(ip);
            }
            for sg in words {
                if !o.signals.contains(&sg) {
                    o.signals.push(sg);
                }
            }
        }
    }
    if let Some(o) = open.take() {
        out.add(cx, finish(cx, o));
    }
    match (any_success, judged_any) {
        (false, _) => Verdict::NoSuccess,
        (true, false) => Verdict::TooLittleHistory,
        (true, true) => Verdict::Judged,
    }
}

/// A later sign-in joining an open finding `o` that an explanation made Low (their own managed
/// device on a plausible trip, their own carrier, their own cloud): when the explanation does not
/// cover it — another device, (for a carrier or a cloud) another network operator, or (for a
/// cloud) anything but their developer tool there — and it has no explanation of its own (the
/// user's phone through the carrier the tenant's people use there, after their laptop's trip),
/// the finding is raised again.
fn rejudge(
    p: &Params,
    cx: &Ctx,
    (loc, carriers): (&mut Locator, &Carriers),
    s: &Subject,
    (prev, r, asn): ((Option<u32>, Option<u32>), u32, u32),
    nv: &Novelty,
    o: &mut Open,
) {
    let Some((why, before)) = o.excuse else { return };
    let not_tool = why == Excuse::Cloud && !own_cloud(cx, s, r);
    if !(nv.device || (why != Excuse::Trip && nv.asn) || not_tool) {
        return;
    }
    let what = if nv.device {
        "another device"
    } else if nv.asn {
        "another network operator"
    } else {
        "an app that is not their developer tool"
    };
    let t = cx.st(r);
    if let Some((own, words)) = excuse_for(p, cx, (loc, carriers), s, prev, r, nv, &signals(cx, r, nv), asn) {
        if !o.signals.iter().any(|x| x.starts_with("then at ")) {
            o.signals.push(format!("then at {} a sign-in from the same place on {what}, {words}", hm(t)));
        }
        // The stricter explanation judges what follows: after a phone let in by its carrier, that
        // phone's next sign-in through another operator (a proxy relaying its user agent) is not
        // covered by the laptop's trip.
        o.excuse = Some((why.max(own), before));
        return;
    }
    o.d.severity = o.d.severity.max(before);
    o.excuse = None;
    o.signals.push(format!("then at {} a sign-in from the same place on {what} the explanation above does not cover", hm(t)));
}

/// What makes a deviation Low, in order: the user's own managed device on a plausible trip,
/// their own carrier placed abroad, their own registered device, their developer tool on their
/// own cloud ([`own_cloud`]).
#[allow(clippy::too_many_arguments)]
fn excuse_for(
    p: &Params,
    cx: &Ctx,
    (loc, carriers): (&mut Locator, &Carriers),
    s: &Subject,
    (prev, prev_any): (Option<u32>, Option<u32>),
    r: u32,
    nv: &Novelty,
    sig: &Signals,
    asn: u32,
) -> Option<(Excuse, String)> {
    honest_trip(p, cx, loc, prev, r, nv)
        .map(|w| (Excuse::Trip, w))
        .or_else(|| known_operator(cx, s, r, sig, asn).map(|w| (Excuse::Operator, w)))
        .or_else(|| {
            // Not a device that jumped to another continent onto a network operator it never used:
            // its tokens replayed from a stranger's home line there carry its id.
            let jumped = prev.is_some_and(|q| {
                cx.sym(q, S::Country) != cx.sym(r, S::Country)
                    && loc.trip(cx, q, r).is_some_and(|(km, kmh)| kmh > p.max_kmh && km >= FAR_KM)
                    && !a_day_before(cx, s, cx.st(r)).iter().any(|&e| cx.ok(e) && cx.asn(e) == asn && cx.id(e, S::DeviceId) == cx.id(r, S::DeviceId))
            });
            (!jumped).then(|| registered_device(cx, s, r, nv, asn)).flatten().map(|w| (Excuse::Trip, w))
        })
        .or_else(|| device_on_vpn(p, cx, loc, s, prev, r, nv, asn).map(|w| (Excuse::Trip, w)))
        .or_else(|| tenant_carrier(p, cx, (loc, carriers), prev_any, r, asn).map(|w| (Excuse::Operator, w)))
        .or_else(|| guest_at_home(cx, r, asn).map(|w| (Excuse::Operator, w)))
        .or_else(|| {
            (!nv.asn && !nv.device && own_cloud(cx, s, r)).then(|| {
                (
                    Excuse::Cloud,
                    format!(
                        "but {} through AS{asn}, a cloud network where this user's tool signed in on other days (their own \
                         virtual machines or cloud shell, not where they are)",
                        cx.s(r, S::App)
                    ),
                )
            })
        })
}

/// The reason a new country is likely the user at home across a border: the sign-in came through
/// a network operator that [`PEER_USERS`] or more of the tenant's users sign in through from that
/// country on two days or more (never a cloud, hosting or VPN network), and the user could have
/// got there from their previous sign-in at `max_kmh`. A phishing proxy or a stolen session
/// replayed at once from abroad fails the trip; an attacker would have to pick an exit on the
/// very carrier the tenant's own people use there (the README says so).
fn tenant_carrier(
    p: &Params,
    cx: &Ctx,
    (loc, carriers): (&mut Locator, &Carriers),
    prev: Option<u32>,
    r: u32,
    asn: u32,
) -> Option<String> {
    // Only other users, and only those established there before this sign-in. (A campaign
    // through one residential ISP would need ten accounts of the tenant signing in through it on
    // two days each to make it familiar; the first days of a log have no day before to wait for.)
    let (me, before) = (cx.subj(r), cx.st(r));
    let peers = carriers.get(&(asn, cx.sym(r, S::Country)))?;
    let users = peers.iter().take_while(|x| x.1 <= before).filter(|x| x.0 != me).count();
    if users < PEER_USERS as usize {
        return None;
    }
    let q = prev?;
    let (km, kmh) = loc.trip(cx, q, r)?;
    (kmh <= p.max_kmh).then(|| {
        format!(
            "but through AS{asn}, a carrier or ISP {users} other users of this tenant had signed in through from {} on two \
             days or more before (not a hosting or VPN network), {km:.0} km from the previous sign-in ({}) {:.1} h earlier — a plausible trip",
            geo::country_name(cx.s(r, S::Country)),
            place(cx, q),
            (cx.st(r) - cx.st(q)) as f64 / HOUR_MS as f64
        )
    })
}

/// The reason a deviation is likely a guest at home: the user is the tenant's guest ([`guest`])
/// and signs in from the country its own organisation's domain names ([`lists::guest_country`]:
/// `knp.co.za` → South Africa), through a network that is not a cloud, hosting or VPN network —
/// an auditor back at their own office after a visit. A guest's stolen password used from
/// elsewhere, or through a rented server, stays as it was (the README's trade-offs say an
/// attacker in the guest's own country through a local ISP is judged Low).
fn guest_at_home(cx: &Ctx, r: u32, asn: u32) -> Option<String> {
    if asn == NO_INT || asn == 0 || lists::hosting_asn(asn) || !guest(cx, r) {
        return None;
    }
    let (upn, country) = (cx.s(r, S::Upn), cx.s(r, S::Country));
    let home = lists::guest_country(upn)?;
    country.eq_ignore_ascii_case(&home).then(|| {
        format!(
            "but {upn} is a guest whose own organisation's domain is in {} (.{}), and signs in from there through AS{asn}, \
             not a hosting or VPN network: a guest at home",
            geo::country_name(country),
            home.to_ascii_lowercase().replace("gb", "uk")
        )
    })
}

/// Sign-in `r` is a guest's: user type Guest, a B2B cross-tenant access type, a home tenant that
/// is not the resource tenant, or a directory name with `#EXT#`.
fn guest(cx: &Ctx, r: u32) -> bool {
    let (home, resource) = (cx.s(r, S::HomeTenant), cx.s(r, S::ResourceTenant));
    cx.s(r, S::UserType).eq_ignore_ascii_case("guest")
        || contains_ci(cx.s(r, S::CrossTenant), "b2b")
        || !home.is_empty() && !resource.is_empty() && !home.eq_ignore_ascii_case(resource)
        || cx.s(r, S::Upn).contains("#EXT#")
}

/// Sign-in `r`'s device is the user's own registered device: its id already signed in
/// successfully more than a day before (the last such sign-in is returned), and the device was
/// the user's from the start of their loaded history or first signed in through a network
/// operator the user's other devices use (not a hosting or VPN network) — a device someone
/// registered after phishing the user carries an id too.
fn own_registered(cx: &Ctx, s: &Subject, r: u32, nv: &Novelty) -> Option<u32> {
    let dev = cx.id(r, S::DeviceId);
    if nv.device || dev == 0 {
        return None;
    }
    let earlier = a_day_before(cx, s, cx.st(r));
    let q = earlier.iter().rev().copied().find(|&q| cx.ok(q) && cx.id(q, S::DeviceId) == dev)?;
    let first = earlier.iter().copied().find(|&q| cx.ok(q) && cx.id(q, S::DeviceId) == dev)?;
    let from_start = s.rows.first().is_some_and(|&q0| cx.st(first) - cx.st(q0) <= DAY_MS);
    let a0 = cx.asn(first);
    let at_home = a0 != NO_INT
        && !lists::hosting_asn(a0)
        && s.rows.iter().any(|&o| cx.ok(o) && cx.asn(o) == a0 && cx.id(o, S::DeviceId) != dev);
    (from_start || at_home).then_some(q)
}

/// The reason a deviation through a cloud, hosting or VPN network is likely the user's own
/// phone or laptop behind a VPN app or an airport's or hotel's provider: not a browser, on their
/// own registered device ([`own_registered`]), whose own trail is a journey — a plausible trip
/// from the device's previous sign-in to this one, and from this one to its next, which exists.
/// A device token replayed from a rented server while the device itself keeps signing in at home
/// makes the device jump one way or the other; a browser there is how a stolen cookie or a
/// phishing proxy arrives, and stays suspicious.
#[allow(clippy::too_many_arguments)]
fn device_on_vpn(
    p: &Params,
    cx: &Ctx,
    loc: &mut Locator,
    s: &Subject,
    prev: Option<u32>,
    r: u32,
    nv: &Novelty,
    asn: u32,
) -> Option<String> {
    if asn == NO_INT || !lists::hosting_asn(asn) || browser(cx, r) {
        return None;
    }
    own_registered(cx, s, r, nv)?;
    let (q, dev, t) = (prev?, cx.id(r, S::DeviceId), cx.st(r));
    let (km, kmh) = loc.trip(cx, q, r)?;
    let next = s.rows.iter().copied().find(|&n| cx.st(n) > t && cx.ok(n) && cx.id(n, S::DeviceId) == dev && !unplaced(cx, n))?;
    let (_, next_kmh) = loc.trip(cx, r, next)?;
    (kmh <= p.max_kmh && next_kmh <= p.max_kmh).then(|| {
        format!(
            "but on their own registered device {} (not a browser) through AS{asn}, a VPN, hosting or cloud network, {km:.0} km \
             from this device's previous sign-in ({}) {:.1} h earlier and on to its next ({}) at a plausible speed — the \
             device's own journey",
            cx.id_text(r, S::DeviceId),
            place(cx, q),
            (t - cx.st(q)) as f64 / HOUR_MS as f64,
            place(cx, next)
        )
    })
}

/// The reason a deviation is likely the user on their own registered device: its device id
/// (the device's own key, which a stranger with the password or a phishing proxy does not
/// have) already signed in successfully more than a day before, through a network that is not
/// a cloud, hosting or VPN network, and the device was the user's from the start of the loaded
/// history or first appeared on a network operator their other devices use. The place is then the device's, however odd the geolocation
/// (a driver's phone whose carrier places it at the capital's gateway).
fn registered_device(cx: &Ctx, s: &Subject, r: u32, nv: &Novelty, asn: u32) -> Option<String> {
    if asn == NO_INT || lists::hosting_asn(asn) {
        return None;
    }
    let q = own_registered(cx, s, r, nv)?;
    Some(format!(
        "but on their own registered device {} (its id, which signed in from {} at {}), through AS{asn}, not a hosting \
         or VPN network",
        cx.id_text(r, S::DeviceId),
        place(cx, q),
        hm(cx.st(q))
    ))
}

/// The reason a deviation is likely an honest trip: the user is on a device they already
/// used, the directory knows it as compliant or managed, and the trip from that device's
/// previous successful sign-in is possible at `max_kmh`.
fn honest_trip(p: &Params, cx: &Ctx, loc: &mut Locator, prev: Option<u32>, r: u32, nv: &Novelty) -> Option<String> {
    if nv.device || !managed_device(cx, r) {
        return None;
    }
    let q = prev?;
    let (km, kmh) = loc.trip(cx, q, r)?;
    (kmh <= p.max_kmh).then(|| {
        format!(
            "but on their own known {} device {} and {:.0} km from this device's previous sign-in ({}) {:.1} h earlier \
             — a plausible trip",
            if cx.ds.signins.table.enum_code(S::Compliant as usize, r as usize) == 2 { "compliant" } else { "managed" },
            cx.id_text(r, S::DeviceId),
            km,
            place(cx, q),
            (cx.st(r) - cx.st(q)) as f64 / HOUR_MS as f64
        )
    })
}

/// The reason a new country alone is likely the map, not the person: the device and the
/// network operator are ones the user already signs in with — a carrier or ISP established in
/// their history on two days or more, not a cloud, hosting or VPN network anyone can rent — and
/// carriers' addresses are often placed at gateways in another country.
fn known_operator(cx: &Ctx, s: &Subject, r: u32, sig: &Signals, asn: u32) -> Option<String> {
    (sig.new_country && !sig.new_asn && !sig.new_device && established_asn(cx, s, cx.st(r), asn)).then(|| {
        format!(
            "but on {} and through AS{asn}, a carrier or ISP they have signed in through on other days (not a hosting or \
             VPN network): carriers' addresses are often placed in another country",
            if cx.id(r, S::DeviceId) == 0 { "a device type they already use" } else { "a device they already use" }
        )
    })
}

/// What was new about one sign-in (flags only: the words are written by [`Signals::words`]
/// for the few sign-ins that make or join a finding).
struct Signals {
    new_country: bool,
    new_city: bool,
    new_asn: bool,
    new_prefix: bool,
    new_device: bool,
    new_client: bool,
    new_app: bool,
    odd_hour: bool,
    /// The new ASN is a cloud, hosting or VPN network (`lists/hosting_asns.tsv`).
    hosting: bool,
}

impl Signals {
    fn count(&self) -> u32 {
        [
            self.new_country || self.new_city,
            self.new_asn,
            self.new_prefix,
            self.new_device,
            self.new_client,
            self.new_app,
            self.odd_hour,
        ]
        .iter()
        .filter(|&&b| b)
        .count() as u32
    }

    /// The severity of a finding for these signals, or `None` when they are too weak.
    fn severity(&self, min_signals: u32) -> Option<Severity> {
        let strong = self.new_country || (self.new_asn && self.new_prefix && self.new_device);
        let n = self.count();
        if n == 0 || !(strong || n >= min_signals) {
            return None;
        }
        Some(if self.new_country {
            if self.new_asn || self.new_device { Severity::High } else { Severity::Medium }
        } else if self.new_asn && self.new_prefix && self.new_device {
            // A rented server in the user's own country on a device never seen: how session
            // replays and phishing proxies avoid a new-country alert.
            if self.hosting { Severity::Medium } else { Severity::Low }
        } else {
            Severity::Info
        })
    }

    /// "new country France, new ASN AS3215, …" for the why-sentence.
    fn words(&self, p: &Params, cx: &Ctx, r: u32, k: &RowKeys) -> Vec<String> {
        let mut list = Vec::new();
        if self.new_country {
            list.push(format!("new country {}", geo::country_name(cx.s(r, S::Country))));
        } else if self.new_city {
            list.push(format!("new city {}", cx.s(r, S::City)));
        }
        if self.new_asn {
            list.push(format!("new ASN AS{}", k.asn));
        }
        if self.new_prefix {
            let pfx = net::parse_ip(cx.ip_text(r))
                .map(|ip| net::prefix_text(ip, p.base.prefix_v4_bits, p.base.prefix_v6_bits))
                .unwrap_or_default();
            list.push(format!("new network {pfx}"));
        }
        if self.new_device {
            let dev = cx.id_text(r, S::DeviceId);
            list.push(if dev.is_empty() {
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
        if self.new_client {
            list.push(format!("new client app {}", cx.s(r, S::ClientApp)));
        }
        if self.new_app {
            list.push(format!("new app {}", cx.s(r, S::App)));
        }
        if self.odd_hour {
            list.push(format!("unusual hour {:02}:00 UTC", k.hour));
        }
        list
    }
}

fn signals(cx: &Ctx, r: u32, nv: &Novelty) -> Signals {
    let net = !cx.net_ok(r) && !cx.shared(r);
    Signals {
        new_country: net && nv.country,
        new_city: net && !nv.country && nv.city,
        new_asn: net && nv.asn,
        new_prefix: net && nv.prefix,
        new_device: nv.device,
        new_client: nv.client,
        new_app: nv.app,
        odd_hour: nv.hour,
        hosting: net && nv.asn && rented_browser(cx, r),
    }
}

/// Days on which a user's unmanaged browsers use one hosting network that make it theirs (a VPN
/// or relay they use every day), even before any history can be judged — and at least half the
/// days they sign in at all in the loaded logs (a replayed cookie shows on a few days of many).
const RENTED_HABIT_DAYS: usize = 3;

/// Before a user has a judged history (the logs' first days, a new account), nothing is new to
/// them; but a browser on an unmanaged device through a cloud, hosting or VPN network
/// ([`rented_browser`]) that their sign-ins in the whole loaded log use on fewer than
/// [`RENTED_HABIT_DAYS`] days, or on fewer than half the days they sign in, is where a stolen
/// cookie is replayed from: Medium, once per network operator.
fn day_one(cx: &Ctx, s: &Subject, rows: &[u32], out: &mut Out) {
    let mut seen: Vec<u32> = Vec::new();
    for &r in rows {
        if !cx.ok(r) || cx.net_ok(r) || cx.shared(r) || cx.app_ok(r) || !rented_browser(cx, r) {
            continue;
        }
        let asn = cx.asn(r);
        if seen.contains(&asn) || judged_history(cx, s, cx.st(r)).is_some() {
            continue;
        }
        seen.push(asn);
        let on: Vec<u32> = rows.iter().copied().filter(|&q| cx.ok(q) && cx.asn(q) == asn && rented_browser(cx, q)).collect();
        let (days, active, _) = habit(cx, rows, |q| cx.asn(q) == asn && rented_browser(cx, q));
        if days >= RENTED_HABIT_DAYS && days * 2 >= active {
            continue;
        }
        let mut d = Draft::new(format!("{}-rented-{asn}", s.name), Severity::Medium);
        d.title = format!("Browser on a rented server for {} ({})", s.name, PlaceText(cx, r));
        d.why = format!(
            "{} signed in successfully at {} from {} ({}, AS{asn}, a cloud, hosting or VPN network) with a browser on an \
             unmanaged device (“{}”), on {} day{} of the {} they signed in on in the loaded logs; there is too little history to judge what is usual \
             for them, and their own devices do not use this network daily — a stolen session cookie or a phishing proxy \
             signs in like this.",
            s.name,
            hm(cx.st(r)),
            cx.ip_text(r),
            PlaceText(cx, r),
            cx.s(r, S::UserAgent),
            days,
            if days == 1 { "" } else { "s" },
            active
        );
        d.next_steps = "Ask the user whether they use a VPN or cloud browser; if not, revoke their sessions and refresh \
                        tokens and check their devices for an infostealer."
            .into();
        d.users = vec![s.name.clone()];
        d.ips = distinct(cx, &on, S::Ip);
        d.signins = on;
        out.add(cx, d);
    }
}

/// Sign-in `r` is a browser on an unmanaged device through a cloud, hosting or VPN network, and
/// not Safari through iCloud Private Relay: how a phishing proxy or a stolen session cookie
/// reaches the apps (a developer's tool on their cloud VM is no browser; a Cloud PC is managed).
fn rented_browser(cx: &Ctx, r: u32) -> bool {
    let asn = cx.asn(r);
    if !lists::hosting_asn(asn) || managed_device(cx, r) {
        return false;
    }
    let ua = cx.s(r, S::UserAgent);
    let browser = cx.s(r, S::ClientApp).eq_ignore_ascii_case("browser") || ua.starts_with("Mozilla/");
    let apple = ["iPhone", "iPad", "Macintosh"].iter().any(|d| ua.contains(d));
    let safari = ua.contains("Safari") && !["Chrome", "CriOS", "Edg", "Firefox", "FxiOS"].iter().any(|b| ua.contains(b));
    browser && !(RELAY_ASNS.contains(&asn) && apple && safari)
}

/// "This user's 40 earlier successful sign-ins on 10 days … came from US (90 %), CA (10 %)".
fn history(p: &Params, cx: &Ctx, window: &[u32], n_ok: u32, n_days: u32) -> String {
    // A user's countries are few: a short list scanned in place beats a hash map here.
    let mut counts: Vec<(Sym, u32)> = Vec::new();
    for &e in window.iter().filter(|&&e| cx.ok(e) && !unplaced(cx, e)) {
        let c = cx.sym(e, S::Country);
        if c.is_empty() {
            continue;
        }
        match counts.iter_mut().find(|(x, _)| *x == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    let mut top: Vec<(u32, &str)> = counts.into_iter().map(|(c, n)| (n, cx.ds.strings.get(c))).collect();
    top.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    let total: u32 = top.iter().map(|(n, _)| *n).sum();
    use std::fmt::Write as _;
    let mut out = String::with_capacity(160);
    let _ = write!(
        out,
        "This user's {n_ok} earlier successful sign-ins on {n_days} days in the previous {} days came from ",
        p.base.learning_days
    );
    if top.is_empty() {
        out.push_str("no known country");
    }
    let shares: Vec<Share> = top.iter().map(|&(n, c)| Share(c, n as f64 * 100.0 / total.max(1) as f64)).collect();
    write_list(&mut out, &shares, 4);
    out
}

/// "US (90 %)": a country's share of the history.
struct Share<'a>(&'a str, f64);

impl std::fmt::Display for Share<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({:.0} %)", self.0, self.1)
    }
}

fn start(s: &Subject, sev: Severity, new_country: Option<Sym>, t: i64, history: String) -> Open {
    let mut d = Draft::new(s.name.clone(), sev);
    d.users = vec![s.name.clone()];
    d.next_steps = if sev >= Severity::Medium {
        "Ask the user whether this was them (travel, new phone, VPN). If not: revoke sessions, reset the password, review \
         MFA methods and the audit log for changes made after this sign-in."
            .into()
    } else {
        "Usually benign (new device, new app, working late); check it against the user's other findings.".into()
    };
    Open {
        d,
        last_t: t,
        ips: HashSet::new(),
        countries: new_country.into_iter().collect(),
        signals: Vec::new(),
        first_t: t,
        history,
        excuse: None,
    }
}

fn finish(cx: &Ctx, mut o: Open) -> Draft {
    use std::fmt::Write as _;
    let r0 = o.d.signins.first().copied().unwrap_or(0);
    let user = o.d.users.first().map_or("", String::as_str);
    let ua = cx.s(r0, S::UserAgent);
    o.d.title = format!("Unfamiliar sign-in for {user} from {}", PlaceText(cx, r0));
    // One buffer, written in order (this runs for every finding of the most frequent rule).
    let mut why = String::with_capacity(320 + o.history.len());
    let _ = write!(why, "{user} signed in successfully at {} from {} ({}", Hm(o.first_t), cx.ip_text(r0), PlaceText(cx, r0));
    let asn = cx.asn(r0);
    if asn != NO_INT {
        let _ = write!(why, ", AS{asn}");
    }
    let _ = write!(why, ") to {}", cx.s(r0, S::App));
    if !ua.is_empty() {
        why.push_str(" with “");
        why.extend(ua.chars().take(60));
        why.push('”');
    }
    why.push_str(": ");
    for (k, sg) in o.signals.iter().enumerate() {
        if k > 0 {
            why.push_str(", ");
        }
        why.push_str(sg);
    }
    why.push_str(". ");
    why.push_str(&o.history);
    why.push('.');
    if o.d.signins.len() > 1 {
        let _ = write!(why, " {} more sign-ins followed from the same place or address.", o.d.signins.len() - 1);
    }
    o.d.why = why;
    o.d.ips = distinct(cx, &o.d.signins, S::Ip);
    o.d
}
