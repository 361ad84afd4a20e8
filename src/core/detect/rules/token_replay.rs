//! `token_replay`: a session's tokens used from somewhere its interactive sign-ins never were
//! — a non-interactive sign-in with the same session id from a country and an autonomous
//! system (or network) that none of the session's interactive sign-ins had. The pattern of
//! stolen refresh / session tokens (adversary-in-the-middle, infostealers, "ConsentFix").
//!
//! A traveller's own session is not a replay: when the non-interactive sign-in comes from
//! the same compliant or managed device as the interactive one, or the session's own phone, at
//! a speed a trip allows; from the session's own device at a place where many colleagues'
//! managed devices sign in (a crew hotel, an office abroad); from the session's own phone
//! through the carrier their devices use at home (mobile data routed home from abroad); or
//! through the user's own home carrier or ISP (one of their judged history on two days, not a
//! hosting network) at a speed a trip allows — the session came home with its user — or beside
//! the user's own managed device (a personal phone with no device id on the hotel's line, where
//! the company laptop signs in too), the rule stays quiet.
//!
//! A refresh token stolen by an infostealer is often redeemed with no interactive sign-in at all,
//! so no session of the logs holds both ends ([`stray`]): the user's tokens, without a device id,
//! through a line that is new to them and theirs alone, while their own device signs in too far away
//! — or abroad, through an app whose every earlier sign-in of theirs carried their device's id.

use hashbrown::HashSet;

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, NONE, Subject},
        lists, net,
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        audit::{added_words, clean, consent_keys, is, prop, rows_where, success},
        permissions::{Reach, Tier, Tiers, mailbox, scope_words},
        rules::{RuleId, app_consent::granted},
        baseline::BaselineParams,
        signin::{BACKEND_USERS, DAY_MS, HOUR_MS, MICROSOFT_TENANT, Locator, app_backends, a_day_before, days_and_span, daily_asn, distinct, established_asn, managed_device, place, unplaced, apple_os, phone_os, HABIT_DAYS},
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
    pub site_min_users: u32,
    pub base: BaselineParams,
    pub allow: Allow,
    pub tiers: Tiers,
}

impl Rule for TokenReplay {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::TokenReplay,
        title: "Session token used from elsewhere",
        description: "A non-interactive sign-in of a session (same session id) from a country and an autonomous system or network none of the session's interactive sign-ins came from — a stolen token replayed; quiet for a third-party service's own servers (a transcription or scheduling service refreshing its users' tokens from its cloud, granted no mail or other high-risk scope), when the same compliant or managed device, or the session's own phone, travelled at a plausible speed, when the session's own device is at a place where many colleagues' managed devices sign in (a crew hotel, an office abroad), when the session's own phone comes through the carrier the user's devices use at home (mobile data routed home), or the session came home with its user (their own carrier or ISP, at a plausible speed), or when the user's own managed device signed in in the same city within 12 hours (a traveller's personal phone beside their company laptop or tablet). In the user's own country, a use far from where the session began while the user's own device signed in too far away to have travelled — the user in two places at once. Whatever the session (a stolen refresh token redeemed with no sign-in of its own): non-interactive sign-ins of one of Microsoft's clients without a device id, through a line new to the user, theirs alone, never used interactively or on a registered device, while the user's own device signed in too far away — or in a country the user never signed in from, through an app whose every earlier sign-in of theirs carried their device's id.",
        mitre: &["T1550.001", "T1539", "T1528"],
        severity: "High; Low when every use came from Microsoft's cloud through the developer tool the user began the session with on their own managed device (a codespace, Cloud Shell)",
        config: &[
            "travel_max_kmh",
            "travel_min_km",
            "prefix_v4_bits",
            "prefix_v6_bits",
            "shared_egress_min_users",
            "learning_days",
            "min_history_signins",
            "min_history_days",
            "allow_users",
            "allow_ips",
            "allow_asns",
            "allow_apps",
            "permission_tiers",
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
            site_min_users: cfg.shared_egress_min_users,
            base: BaselineParams::from(cfg),
            allow: Allow::none().users(cfg).nets(cfg).apps(cfg),
            tiers: Tiers::from_config(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "a successful non-interactive sign-in whose session id an interactive sign-in of the same user also has, from a \
             country none of the interactive ones came from and an ASN (else /{} or /{} network) none of them had; not when \
             the device is the interactive one's, compliant or managed, and the trip (from the latest interactive sign-in with a \
             place — not an in-flight or satellite network — else from the device's own latest placed success) is ≤ {} km/h (≤ {LONG_HAUL_KMH} km/h for a trip of \
             ≥ {LONG_HAUL_KM} km to a network that is not a cloud, hosting or VPN one: a long-haul flight with a tailwind) or < {} km \
             to such a network (carriers place their addresses at gateways that far apart), nor when the interactive sign-ins' own \
             iPhone, iPad or Mac refreshes through iCloud Private Relay (AS{PRIVATE_RELAY_ASN}) < {} km away — either short hop \
             only between places named by their city, on a device that signed in through that network operator more than a day \
             before — nor when the device is the interactive sign-ins' own and the address one where ≥ {} users sign in on \
             compliant or managed devices off cloud, hosting and VPN networks (a crew hotel, an office abroad), nor when it is \
             the session's own phone or tablet (an iOS, iPadOS or Android device by its interactive sign-ins and by this one) \
             off cloud, hosting and VPN networks, like a managed device above (the speeds, the short hop), or through a \
             carrier or ISP that the user signs in through in that country in other sessions (interactively, or on another \
             device) on ≥ 2 days of the loaded logs, one of them earlier (mobile data routed home) — nor when the ASN is a \
             carrier or ISP of the user's judged history on ≥ 2 days (not a cloud, hosting or VPN network; {}), or, on the session's \
             own device, a carrier or ISP the user signs in through so (as above), and the trip from \
             the latest interactive sign-in off cloud, hosting and VPN networks is ≤ {} km/h (or every interactive sign-in \
             before it went through such a network), nor when it is a third-party service's own servers (an app that is not one of \
             Microsoft's listed clients, signing in non-interactively from that cloud or hosting network for ≥ {BACKEND_USERS} users on \
             ≥ 2 days, to which no consent in the loaded audit log granted a mailbox scope or a High or Critical one; {}), nor when it is off cloud, hosting and VPN networks, \
             placed by its city, at a speed as above from the latest placed interactive sign-in, and within {} h a compliant or managed \
             device of the user (with a success more than a day before, off those networks, placed by its city) signed in < {BESIDE_KM} km \
             away, having come there from its own previous success at such a speed, nor when it is a cloud, hosting or VPN network the user's successful \
             sign-ins in that country use, in other sessions, on ≥ {HABIT_DAYS} days spanning ≥ 2 days and on half the days \
             they sign in in the loaded logs (their own VPN); in the user's own country, a use from an operator none \
             of the user's earlier sign-ins in other sessions had, without one of their devices, ≥ {} km (both places named by a city) from the latest \
             interactive sign-in, while a device id of the user with sign-ins more than a day before signed in, in another \
             session, within {} h, off cloud, hosting and VPN networks, in the same country, ≥ {} km away at > {} km/h; \
             whatever the session: ≥ {STRAY_MIN_ROWS} successful non-interactive sign-ins of one of Microsoft's clients (listed, or owned \
             by Microsoft's tenant) without a device id, not from a phone or tablet, through a network operator (not a cloud, hosting, VPN \
             or in-flight one) the user never signs in through successfully, interactively nor on a registered device, in the \
             loaded logs, first used more than a day after the user's first sign-in, from an address where no other user signs \
             in interactively or on a registered device and no shared egress, placed by its city; and within {} h a device id of the user with a success more than a day \
             before, off cloud, hosting and VPN networks, signed in ≥ {} km away at > {} km/h — or the country is one the user \
             never signed in from interactively nor on a registered device, and every sign-in of theirs to the same app more than \
             a day before carried a device id{}",
            p.prefix_v4_bits,
            p.prefix_v6_bits,
            p.max_kmh,
            p.min_km,
            p.min_km,
            p.site_min_users,
            p.base.sentence(),
            p.max_kmh,
            p.tiers.sentence(),
            BESIDE_MS / HOUR_MS,
            p.min_km,
            AT_ONCE_MS / HOUR_MS,
            p.min_km,
            p.max_kmh,
            AT_ONCE_MS / HOUR_MS,
            p.min_km,
            p.max_kmh,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let mut loc = Locator::default();
        let mut crowd = Crowd::default();
        for s in cx.subjects.iter().filter(|s| !s.allowed) {
            // (session, place in the user's time-ordered rows), grouped by sorting: no map of
            // vectors (exports with a session id per sign-in have as many sessions as rows).
            let mut pairs: Vec<(u128, u32)> = s
                .rows
                .iter()
                .enumerate()
                .filter(|&(_, &r)| cx.ok(r) && !cx.app_ok(r))
                .map(|(i, &r)| (cx.id(r, S::SessionId), i as u32))
                .filter(|(sid, _)| *sid != 0)
                .collect();
            pairs.sort_unstable();
            // A replay needs an interactive and a non-interactive use: two rows at least.
            let mut groups: Vec<&[(u128, u32)]> = pairs.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1).collect();
            groups.sort_unstable_by_key(|g| s.rows[g[0].1 as usize]);
            let mut rows = Vec::new();
            let mut found = false;
            for g in groups {
                rows.clear();
                rows.extend(g.iter().map(|&(_, i)| s.rows[i as usize]));
                if let Some(d) = session(p, cx, &mut loc, &mut crowd, s, &rows) {
                    out.add(cx, d);
                    found = true;
                }
            }
            // A session's finding already tells this user's story.
            if !found && let Some(d) = stray(p, cx, &mut loc, &mut crowd, s) {
                out.add(cx, d);
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&["LocationDetails", "DeviceDetail"]);
        let mut q = String::from("signins\n| where ResultType == \"0\"");
        for c in p.allow.signin_clauses() {
            q.push('\n');
            q.push_str(&c);
        }
        h.let_codes("movingAsns", &lists::moving_asns());
        h.line(&format!(
            "let okAny = {q}\n    | extend Country = iff(tostring(AutonomousSystemNumber) in (movingAsns), \"\", tostring(LocationDetails.countryOrRegion)), Asn = tostring(AutonomousSystemNumber),\n        Net = iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {}), format_ipv4_mask(IPAddress, {})),\n        Device = tostring(DeviceDetail.deviceId), Os = tostring(DeviceDetail.operatingSystem), City = tostring(LocationDetails.city), Managed = tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\",\n        Lat = toreal(LocationDetails.geoCoordinates.latitude), Lon = toreal(LocationDetails.geoCoordinates.longitude);\nlet ok = okAny | where isnotempty(SessionId);",
            p.prefix_v6_bits, p.prefix_v4_bits
        ));
        // The session came home with its user: their carrier or ISP of the history on two days.
        h.let_codes("hostingAsns", &lists::hosting_asns());
        // A third-party service's own servers (not one of Microsoft's listed clients,
        // non-interactive, from a hosting network, for several users on two days), granted no
        // mailbox or High scope by a consent in the audit log: where the service runs.
        let listed: Vec<String> = lists::first_party().into_iter().map(|c| c.0.to_owned()).collect();
        h.let_strings("listedClients", &listed);
        h.line(&format!("let appBackends = signins\n    | where ResultType == \"0\" and IsInteractive == false and tostring(AutonomousSystemNumber) in (hostingAsns) and isnotempty(AppId) and not(AppId in~ (listedClients))\n    | summarize BackendUsers = dcount(UserPrincipalName), BackendDays = dcount(bin(TimeGenerated, 1d)) by AppId, BackendAsn = tostring(AutonomousSystemNumber)\n    | where BackendUsers >= {BACKEND_USERS} and BackendDays >= 2\n    | project AppId, BackendAsn, Backend = true;"));
        h.line(&format!(
            "let riskyApps = AuditLogs\n    | where OperationName has_any (\"Consent to application\", \"delegated permission grant\") and Result =~ \"success\"\n    | mv-expand Target = TargetResources\n    | extend Granted = strcat(tostring(Target.modifiedProperties), \" \", tostring(AdditionalDetails))\n    | extend Scopes = extract_all(@\"([A-Za-z_]+(?:[.][A-Za-z_]+)+|full_access_as_app)\", Granted)\n    | mv-expand Scope = Scopes to typeof(string)\n    | extend ScopeTier = {}\n    | where ScopeTier >= 3 or (Scope startswith \"Mail.\" and not(Scope startswith \"Mail.ReadBasic\")) or Scope == \"full_access_as_app\"\n        or Scope has_any (\"MailboxSettings.\", \"EWS.\", \"EAS.\", \"IMAP.\", \"POP.\", \"SMTP.\")\n    | summarize by RiskyApp = tolower(tostring(Target.displayName));",
            p.tiers.kql_tier("Scope")
        ));
        let b = &p.base;
        h.line(&format!("let history = signins\n    | where ResultType == \"0\" and TimeGenerated between ((startTime - {}d) .. (endTime - 1d));\nlet judgedUsers = history\n    | summarize HistorySignIns = count(), HistoryDays = dcount(bin(TimeGenerated, 1d)) by UserPrincipalName\n    | where HistorySignIns >= {} and HistoryDays >= {};\nlet homeAsns = history\n    | extend Asn = tostring(AutonomousSystemNumber)\n    | where isnotempty(Asn) and Asn != \"0\" and not(Asn in (hostingAsns))\n    | summarize AsnDays = dcount(bin(TimeGenerated, 1d)) by UserPrincipalName, Asn\n    | where AsnDays >= 2\n    | join kind=inner judgedUsers on UserPrincipalName\n    | summarize HomeAsns = make_set(Asn, 100) by UserPrincipalName;", b.learning_days, b.min_history_signins, b.min_history_days));
        h.line("let deviceAsns = ok\n    | where isnotempty(Device)\n    | summarize FirstOnAsn = min(TimeGenerated) by Device, Asn;");
        h.line(&format!("let interactive = ok\n    | where IsInteractive == true\n    | summarize Countries = make_set(Country, 50), Asns = make_set(Asn, 50), Nets = make_set(Net, 50), Devices = make_set(Device, 20),\n        PhoneDevices = make_set_if(Device, Os matches regex @\"(?i)^\\s*(ios|ipados|android)\", 20),\n        FirstInteractive = min(TimeGenerated), LastInteractive = max(TimeGenerated),\n        Where = take_any(pack_array(Lon, Lat, City)), WhereHome = take_anyif(pack_array(Lon, Lat), not(Asn in (hostingAsns))),\n        Placed = countif(not(Asn in (hostingAsns)))\n        by UserPrincipalName, SessionId;\n// A cloud, hosting or VPN network the user's sign-ins in one country use on 3 days or more (spanning two) and on half\n// their days: their own VPN (the app also leaves out the judged session's own sign-ins).\nlet userDays = signins\n    | where ResultType == \"0\"\n    | summarize UserDays = dcount(bin(TimeGenerated, 1d)) by UserPrincipalName;\nlet dailyVpns = signins\n    | where ResultType == \"0\" and tostring(AutonomousSystemNumber) in (hostingAsns)\n    | summarize VpnDays = dcount(bin(TimeGenerated, 1d)), FirstVpn = min(TimeGenerated), LastVpn = max(TimeGenerated)\n        by UserPrincipalName, VpnKey = strcat(tostring(AutonomousSystemNumber), \"/\", tostring(LocationDetails.countryOrRegion))\n    | join kind=inner userDays on UserPrincipalName\n    | where VpnDays >= {HABIT_DAYS} and LastVpn - FirstVpn >= 2d and VpnDays * 2 >= UserDays\n    | summarize DailyVpns = make_set(VpnKey, 20) by UserPrincipalName;\n// A place of the organisation's people (a crew hotel, an office abroad): an address where {site} users or more sign in on\n// compliant or managed devices, off cloud, hosting and VPN networks.\nlet sites = signins\n    | where ResultType == \"0\" and isnotempty(tostring(DeviceDetail.deviceId)) and (tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\")\n        and not(tostring(AutonomousSystemNumber) in (hostingAsns))\n    | summarize SiteUsers = dcount(UserPrincipalName) by IPAddress\n    | where {site} > 0 and SiteUsers >= {site};\n// The carriers the user signs in through in a country, by day, session and device (their own carrier: a phone's mobile\n// data routed home); only interactive sign-ins or another device's count (replays of the same device vouch for nothing).\nlet carriers = signins\n    | where ResultType == \"0\" and isnotempty(tostring(DeviceDetail.deviceId)) and isnotempty(tostring(LocationDetails.countryOrRegion))\n    | summarize CarrierFirst = min(TimeGenerated), CarrierFirstI = minif(TimeGenerated, IsInteractive == true)\n        by UserPrincipalName, Asn = tostring(AutonomousSystemNumber), Country = tostring(LocationDetails.countryOrRegion), CarrierDay = bin(TimeGenerated, 1d),\n        CarrierSession = SessionId, CarrierDevice = tostring(DeviceDetail.deviceId)\n    | summarize Carrier = make_list(pack_array(CarrierDay, CarrierSession, CarrierFirst, CarrierFirstI, CarrierDevice), 1000) by UserPrincipalName, Asn, Country;\nlet replays = ok\n| where IsInteractive == false\n| join kind=inner interactive on UserPrincipalName, SessionId\n| where TimeGenerated >= FirstInteractive\n| where isnotempty(Country) and not(set_has_element(Countries, Country))\n| extend BackendAsn = Asn, RiskyApp = tolower(AppDisplayName)\n| join kind=leftouter appBackends on AppId, BackendAsn\n| join kind=leftouter (riskyApps | extend Risky = true) on RiskyApp\n| where not(Backend == true and isnull(Risky))\n| where not(set_has_element(Asns, Asn)) and not(set_has_element(Nets, Net))\n| join kind=leftouter sites on IPAddress\n| where not(isnotempty(Device) and set_has_element(Devices, Device) and isnotnull(SiteUsers))\n| join kind=leftouter carriers on UserPrincipalName, Asn, Country\n| mv-apply C = iff(array_length(Carrier) > 0, Carrier, dynamic([null])) to typeof(dynamic) on (\n    extend Counts = isnotnull(C[0]) and tostring(C[1]) != SessionId and (tostring(C[4]) != Device or isnotnull(C[3])),\n        At = iff(tostring(C[4]) != Device, todatetime(C[2]), todatetime(C[3]))\n    | summarize CarrierDays = dcountif(tostring(C[0]), Counts), CarrierBefore = countif(Counts and At < TimeGenerated) > 0)\n| extend DeviceHome = isnotempty(Device) and set_has_element(Devices, Device) and not(Asn in (hostingAsns)) and CarrierDays >= 2 and CarrierBefore\n| extend Km = geo_distance_2points(toreal(Where[0]), toreal(Where[1]), Lon, Lat) / 1000.0\n| extend Kmh = Km / max_of(abs(TimeGenerated - LastInteractive) / 1h, 1.0 / 60)\n| extend KmHome = geo_distance_2points(toreal(WhereHome[0]), toreal(WhereHome[1]), Lon, Lat) / 1000.0\n| extend KmhHome = KmHome / max_of(abs(TimeGenerated - LastInteractive) / 1h, 1.0 / 60)\n| extend AppleOs = Os matches regex @\"(?i)^\\s*(ios|ipados|mac ?os)\"\n// The session's own phone or tablet off rented networks: a phone abroad whose data is routed home through its own carrier.\n| extend Phone = Os matches regex @\"(?i)^\\s*(ios|ipados|android)\" and set_has_element(PhoneDevices, Device) and not(Asn in (hostingAsns))\n| where not(Phone and DeviceHome)\n| join kind=leftouter deviceAsns on Device, Asn\n// A short hop (carriers' gateways, iCloud Private Relay's exits): both ends named by their city, on a device that used\n// that network operator more than a day before. (The app measures from the latest interactive sign-in; Where is any.)\n| where not(set_has_element(Devices, Device) and isnotnull(Kmh)\n    and (((Managed or Phone) and (Kmh <= {} or (not(Asn in (hostingAsns)) and Km >= {LONG_HAUL_KM} and Kmh <= {LONG_HAUL_KMH})))\n        or (isnotempty(Device) and Km < {} and isnotempty(City) and isnotempty(tostring(Where[2])) and FirstOnAsn < TimeGenerated - 1d\n            and (((Managed or Phone) and not(Asn in (hostingAsns))) or (Asn == \"{PRIVATE_RELAY_ASN}\" and AppleOs)))))\n| join kind=leftouter homeAsns on UserPrincipalName\n| where not((set_has_element(HomeAsns, Asn) or DeviceHome) and ((isnotnull(KmhHome) and KmhHome <= {}) or Placed == 0))\n| join kind=leftouter dailyVpns on UserPrincipalName\n| where not(Asn in (hostingAsns) and set_has_element(DailyVpns, strcat(Asn, \"/\", Country)))\n// Lantern also leaves out a use off cloud, hosting and VPN networks, placed by its city, at a speed an airliner makes from\n// the session's latest placed interactive sign-in, when within 12 h a compliant or managed device of the user (with a\n// success more than a day before, off those networks) signed in under {BESIDE_KM} km away, having come there at such a speed.\n| summarize Replays = count(), Ips = make_set(IPAddress, 10), ReplayCountries = make_set(Country, 5), SessionCountries = take_any(Countries),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, SessionId;\n// In the user's own country: a use from an operator none of the user's earlier sign-ins had, without one of their\n// devices, {min} km or more from where the session began, while a device of the user first seen more than a day before\n// signed in, in another session, within 3 h from {min} km or more away at more than {kmh} km/h (the app measures from the\n// latest interactive sign-in; Where is any).\nlet userDevices = ok\n    | where isnotempty(Device) and not(Asn in (hostingAsns))\n    | summarize DevFirst = min(TimeGenerated) by UserPrincipalName, Device;\nlet ownDeviceTimes = ok\n    | where isnotempty(Device) and not(Asn in (hostingAsns)) and isnotempty(City)\n    | join kind=inner userDevices on UserPrincipalName, Device\n    | where DevFirst < TimeGenerated - 1d\n    | project UserPrincipalName, OwnAt = TimeGenerated, OwnSession = SessionId, OwnLon = Lon, OwnLat = Lat, OwnCountry = Country;\nlet userAsnSince = ok\n    | summarize AsnFirst = min(TimeGenerated) by UserPrincipalName, Asn, AsnSession = SessionId;\nlet atOnce = ok\n| where IsInteractive == false\n| join kind=leftouter (userAsnSince | summarize AsnFirsts = make_list(pack_array(AsnFirst, AsnSession), 100) by UserPrincipalName, Asn) on UserPrincipalName, Asn\n| mv-apply AF = iff(array_length(AsnFirsts) > 0, AsnFirsts, dynamic([null])) to typeof(dynamic) on (\n    summarize AsnBefore = countif(todatetime(AF[0]) < TimeGenerated and tostring(AF[1]) != SessionId) > 0)\n| where not(AsnBefore)\n| join kind=inner interactive on UserPrincipalName, SessionId\n| where TimeGenerated >= FirstInteractive and set_has_element(Countries, Country) and not(set_has_element(Asns, Asn)) and not(isnotempty(Device) and set_has_element(Devices, Device))\n    and isnotempty(City) and isnotempty(tostring(Where[2]))\n| extend Km = geo_distance_2points(toreal(Where[0]), toreal(Where[1]), Lon, Lat) / 1000.0\n| where Km >= {min}\n| join kind=inner ownDeviceTimes on UserPrincipalName\n| where OwnSession != SessionId and OwnCountry == Country and abs(OwnAt - TimeGenerated) <= 3h\n| extend OwnKm = geo_distance_2points(OwnLon, OwnLat, Lon, Lat) / 1000.0\n| extend OwnKmh = OwnKm / max_of(abs(OwnAt - TimeGenerated) / 1h, 1.0 / 60)\n| where OwnKm >= {min} and OwnKmh > {kmh}\n| summarize Replays = count(), Ips = make_set(IPAddress, 10), ReplayCountries = make_set(Country, 5), SessionCountries = take_any(Countries),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, SessionId;\n// The user's tokens from a stranger's line, whatever the session (a refresh token redeemed with no sign-in of its own):\n// non-interactive sign-ins of one of Microsoft's listed clients (Lantern also counts apps Microsoft's tenant owns)\n// without a device id, not from a phone or tablet, through a network operator (not cloud, hosting, VPN or in-flight)\n// the user never signs in through interactively or on a registered device, first used more than a day after the user's first sign-in and 2\n// times or more, from an address where no other user signs in interactively or on a registered device (Lantern also\n// leaves out the organisation's shared egress); and\n// within 3 h the user's own registered device (first seen more than a day before) {min} km or more away at more than\n// {kmh} km/h — or, in a country where the user never signed in interactively nor on a registered device, through an\n// app whose every sign-in of theirs more than a day before carried a device id.\nlet vouchedAsns = okAny\n    | where IsInteractive == true or isnotempty(Device)\n    | summarize by UserPrincipalName, Asn;\nlet vouchedCountries = okAny\n    | where IsInteractive == true or isnotempty(Device)\n    | summarize by UserPrincipalName, Country;\nlet userFirst = okAny\n    | summarize UserFirst = min(TimeGenerated) by UserPrincipalName;\nlet ipVouchers = okAny\n    | where IsInteractive == true or isnotempty(Device)\n    | summarize Vouchers = make_set(UserPrincipalName, 10) by IPAddress;\nlet strayRows = okAny\n    | where IsInteractive == false and isempty(Device) and isnotempty(Asn) and Asn != \"0\" and not(Asn in (hostingAsns)) and not(Asn in (movingAsns))\n        and isnotempty(City) and not(Os matches regex @\"(?i)^\\s*(ios|ipados|android)\") and AppId in~ (listedClients)\n    | join kind=leftouter ipVouchers on IPAddress\n    | where isnull(Vouchers) or array_length(set_difference(Vouchers, pack_array(UserPrincipalName))) == 0\n    | join kind=leftanti vouchedAsns on UserPrincipalName, Asn;\nlet strayAsns = strayRows\n    | summarize StrayFirst = min(TimeGenerated), StrayCount = count() by UserPrincipalName, Asn\n    | join kind=inner userFirst on UserPrincipalName\n    | where StrayFirst > UserFirst + 1d and StrayCount >= 2\n    | project UserPrincipalName, Asn;\nlet strays = strayRows\n    | join kind=inner strayAsns on UserPrincipalName, Asn\n    | join kind=inner ownDeviceTimes on UserPrincipalName\n    | where abs(OwnAt - TimeGenerated) <= 3h\n    | extend OwnKm = geo_distance_2points(OwnLon, OwnLat, Lon, Lat) / 1000.0\n    | extend OwnKmh = OwnKm / max_of(abs(OwnAt - TimeGenerated) / 1h, 1.0 / 60)\n    | where OwnKm >= {min} and OwnKmh > {kmh}\n    | summarize Replays = count(), Ips = make_set(IPAddress, 10), ReplayCountries = make_set(Country, 5),\n        FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n        by UserPrincipalName, SessionId;\nlet appHabits = okAny\n    | summarize WithDeviceFirst = minif(TimeGenerated, isnotempty(Device)), DevicelessFirst = minif(TimeGenerated, isempty(Device))\n        by UserPrincipalName, AppId;\nlet offDevice = strayRows\n    | join kind=inner strayAsns on UserPrincipalName, Asn\n    | join kind=leftanti vouchedCountries on UserPrincipalName, Country\n    | join kind=inner appHabits on UserPrincipalName, AppId\n    | where WithDeviceFirst < TimeGenerated - 1d and not(DevicelessFirst < TimeGenerated - 1d)\n    | summarize Replays = count(), Ips = make_set(IPAddress, 10), ReplayCountries = make_set(Country, 5),\n        FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n        by UserPrincipalName, SessionId;\nunion replays, atOnce, strays, offDevice\n| sort by FirstSeen asc", p.max_kmh, p.min_km, p.max_kmh, min = p.min_km, kmh = p.max_kmh, site = p.site_min_users));
    }
}

/// Why a session's uses from Microsoft's cloud are Low ([`Ctx::mark_cloud_dev`]).
pub(crate) const CLOUD_SHELL_WHY: &str = " Low: every such use was the same developer tool from Microsoft's own cloud \
     (AS8075), in a session the user began on their own compliant or managed device, not by device code — a codespace, \
     Azure Cloud Shell or an Azure VM redeeming the sign-in the user made in their browser, most likely. A phished \
     authorization code redeemed from Azure looks the same: ask the user.";

/// Where an interactive sign-in came from.
struct Origin {
    countries: HashSet<Sym>,
    asns: HashSet<u32>,
    nets: HashSet<u128>,
    devices: HashSet<u128>,
    /// Device ids of the interactive sign-ins made on a phone or tablet ([`phone_os`]): the OS
    /// of a replay's own row is its user agent's, which a replaying tool sets at will.
    phones: HashSet<u128>,
    sid: u128,
    /// [`device_home`]'s evidence per (ASN, country, device): the first time and the days.
    homes: std::cell::RefCell<Homes>,
}

/// [`device_home`]'s cache: (ASN, country, device) → (the first time, the days).
type Homes = hashbrown::HashMap<(u32, Sym, u128), (i64, usize)>;

fn session(p: &Params, cx: &Ctx, loc: &mut Locator, crowd: &mut Crowd, s: &Subject, rows: &[u32]) -> Option<Draft> {
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
        devices: interactive.iter().map(|&r| cx.id(r, S::DeviceId)).filter(|d| *d != 0).collect(),
        phones: interactive
            .iter()
            .filter(|&&r| phone_os(cx.s(r, S::Os)))
            .map(|&r| cx.id(r, S::DeviceId))
            .filter(|d| *d != 0)
            .collect(),
        sid: cx.id(first, S::SessionId),
        homes: Default::default(),
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
                && !(crowd.backend(cx, &p.tiers, r)
                    || honest(p, cx, loc, s, &origin, &interactive, r)
                    || home(p, cx, loc, s, &origin, &interactive, r)
                    || beside_own_device(p, cx, loc, s, &interactive, r)
                    || origin.devices.contains(&cx.id(r, S::DeviceId)) && crowd.site(cx, r, p.site_min_users)
                    || lists::hosting_asn(asn) && daily_asn(cx, s, r).is_some())
        })
        .collect();
    let Some(&r0) = replays.first() else { return at_once(p, cx, loc, crowd, s, &origin, &interactive, rows) };
    // Every use from a developer's own cloud shell ([`Ctx::mark_cloud_dev`]): Low, and said.
    let shell = replays.iter().all(|&r| cx.cloud_dev(r));
    let mut d = Draft::new(
        format!("{}-{}", s.name, cx.id_text(first, S::SessionId)),
        if shell { Severity::Low } else { Severity::High },
    );
    d.title = format!("Session of {} used from {}", s.name, place(cx, r0));
    d.why = format!(
        "{} signed in interactively at {} from {} ({}); {} of the same session (id {}) came from {} ({}{}) at {}{} — a \
         country and network the session's interactive sign-ins never used, on {}.",
        s.name,
        hm(cx.st(first)),
        cx.ip_text(first),
        place(cx, first),
        if replays.len() == 1 { "a non-interactive sign-in".to_owned() } else { format!("{} non-interactive sign-ins", replays.len()) },
        cx.id_text(first, S::SessionId),
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
    if shell {
        d.why.push_str(CLOUD_SHELL_WHY);
        d.next_steps = "Ask the user whether they ran the tool in a codespace, Cloud Shell or an Azure VM then; if not, \
                        revoke their sessions and refresh tokens (a phished authorization code redeemed from Azure)."
            .into();
    }
    d.users = vec![s.name.clone()];
    d.signins = std::iter::once(first).chain(replays.iter().copied()).collect();
    d.ips = distinct(cx, &d.signins, S::Ip);
    Some(d)
}

/// The (network operator, city) pairs other users sign in from successfully, built on first use:
/// a carrier whose addresses a national geolocation places in one city shows many users there,
/// a residential proxy's exit in a city where the organisation has nobody shows none. And, for
/// [`Crowd::site`], the users whose managed devices sign in from each exact address (up to the
/// number that makes it a site).
#[derive(Default)]
struct Crowd(
    Option<hashbrown::HashMap<(u32, Sym), (u32, bool)>>,
    Option<hashbrown::HashMap<u32, Vec<u32>>>,
    Option<Services>,
    hashbrown::HashMap<Sym, bool>,
);

/// [`Crowd::backend`]'s evidence: the (app id, ASN) pairs of apps' servers, and the keys of apps
/// granted a mailbox or High scope ([`risky_grants`]).
type Services = (HashSet<(Sym, u32)>, HashSet<String>);

impl Crowd {
    /// True when sign-in `r`'s app is one of Microsoft's clients: listed, or owned by Microsoft's
    /// tenant. A third-party app's tokens are refreshed by its own servers, wherever they are.
    fn microsoft(&mut self, cx: &Ctx, r: u32) -> bool {
        let app = cx.sym(r, S::AppId);
        let listed = *self.3.entry(app).or_insert_with(|| {
            let id = cx.ds.strings.get(app).trim().to_lowercase();
            !id.is_empty() && lists::first_party().iter().any(|c| c.0 == id)
        });
        listed || cx.s(r, S::AppOwnerTenant).trim().eq_ignore_ascii_case(MICROSOFT_TENANT)
    }

    /// True when a user other than `s` signed in successfully through `asn` from `city`.
    fn others(&mut self, cx: &Ctx, s: &Subject, asn: u32, city: Sym) -> bool {
        let map = self.0.get_or_insert_with(|| {
            let mut m: hashbrown::HashMap<(u32, Sym), (u32, bool)> = hashbrown::HashMap::new();
            for r in (0..cx.ip.len() as u32).filter(|&r| cx.ok(r) && cx.subj(r) != NONE) {
                let e = m.entry((cx.asn(r), cx.sym(r, S::City))).or_insert((cx.subj(r), false));
                e.1 |= e.0 != cx.subj(r);
            }
            m
        });
        let mine = s.rows.first().map(|&r| cx.subj(r));
        map.get(&(asn, city)).is_some_and(|&(first, many)| many || Some(first) != mine)
    }

    /// True when non-interactive sign-in `r` is a third-party service's own servers acting for
    /// the user: an app that signs in from that cloud or hosting network for [`BACKEND_USERS`]
    /// users or more on two days or more ([`app_backends`]: a transcription or scheduling service
    /// refreshing each user's token from its data centre), and that no consent in the loaded
    /// audit log granted a mailbox scope or a High or Critical one ([`risky_grants`]): an illicit
    /// app phished from a few users for their mail and files is judged as before. Where the
    /// service runs is not where the person is; a stolen token replayed from a rented server
    /// uses the user's own clients, which never count.
    fn backend(&mut self, cx: &Ctx, tiers: &Tiers, r: u32) -> bool {
        let (backends, risky) = self.2.get_or_insert_with(|| (app_backends(cx), risky_grants(cx, tiers)));
        backends.contains(&(cx.sym(r, S::AppId), cx.asn(r)))
            && !risky.contains(&cx.s(r, S::AppId).trim().to_lowercase())
            && !risky.contains(&format!("name:{}", cx.s(r, S::App).trim().to_lowercase()))
    }

    /// True when `min` users or more (0 = never) signed in successfully from `r`'s exact address
    /// on their compliant or managed devices, off cloud, hosting and VPN networks: a place of the
    /// organisation's people (a crew hotel, an office abroad), where a session's own device
    /// refreshing is its user arriving, not a stranger — an intruder replaying a stolen token
    /// from a network dozens of the organisation's managed devices use is not a pattern seen.
    /// The exact address, not its network: a carrier's pool holds strangers too.
    fn site(&mut self, cx: &Ctx, r: u32, min: u32) -> bool {
        let ip = cx.ip[r as usize];
        if min == 0 || ip == NONE {
            return false;
        }
        let map = self.1.get_or_insert_with(|| {
            let mut m: hashbrown::HashMap<u32, Vec<u32>> = hashbrown::HashMap::new();
            for q in (0..cx.ip.len() as u32).filter(|&q| cx.ip[q as usize] != NONE && cx.ok(q) && cx.subj(q) != NONE) {
                let u = m.entry(cx.ip[q as usize]).or_default();
                if u.len() < min as usize
                    && !u.contains(&cx.subj(q))
                    && managed_device(cx, q)
                    && !lists::hosting_asn(cx.asn(q))
                {
                    u.push(cx.subj(q));
                }
            }
            m
        });
        map.get(&ip).is_some_and(|u| u.len() >= min as usize)
    }
}

/// The keys ([`consent_keys`]: app ids, else `name:` and the app's name) of apps a successful
/// consent in the loaded audit log granted a mailbox scope ([`mailbox`]) or a High or Critical
/// one to.
fn risky_grants(cx: &Ctx, tiers: &Tiers) -> HashSet<String> {
    let mut out = HashSet::new();
    for r in rows_where(cx, |r, a| (is("consent", &a.to_lowercase()) || is("delegated_grant", &a.to_lowercase())) && success(cx, r)) {
        // The consent's scopes in every spelling: `[[… Scope: Mail.Read …]]`, a bare list, or the
        // delegated grant's new scope.
        let mut scopes = granted(cx, r);
        if let Some((_, perms)) = prop(cx, r, "ConsentAction.Permissions") {
            scopes.extend(scope_words(&clean(&perms)));
        }
        scopes.extend(added_words(cx, r, "DelegatedPermissionGrant.Scope").1);
        if scopes.iter().any(|s| mailbox(s) || tiers.tier(s, Reach::OneUser) >= Tier::High) {
            out.extend(consent_keys(cx, r));
        }
    }
    out
}

/// How near in time (either way) a sign-in of the user's own established device must be to a
/// session's use elsewhere in the country for [`at_once`].
const AT_ONCE_MS: i64 = 3 * HOUR_MS;

/// A session used in the user's own country, far from where it began, while the user's own
/// device was somewhere else: an infostealer's stolen browser session replayed through
/// residential proxies in the victim's country shows neither a new country nor a rented network,
/// only the user in two places. In a country of the session's interactive sign-ins (abroad is the
/// check above, with its excuses), a successful non-interactive use `r` of the session from a
/// network operator none of the user's sign-ins in other sessions before it had, without one of their devices, placed
/// by its city [`Params::min_km`] or more from the latest interactive sign-in before it; and a
/// successful sign-in within [`AT_ONCE_MS`] in another session, on a device id of the user with
/// sign-ins more than a day before, off clouds, in the same country, placed by its city `min_km` or more from `r` at
/// a speed above [`Params::max_kmh`]. A traveller's laptop session refreshing in another city has
/// its user's phone beside it.
#[allow(clippy::too_many_arguments)]
fn at_once(
    p: &Params,
    cx: &Ctx,
    loc: &mut Locator,
    crowd: &mut Crowd,
    s: &Subject,
    origin: &Origin,
    interactive: &[u32],
    rows: &[u32],
) -> Option<Draft> {
    let event = |r: u32| cx.ds.signins.table.enum_code(S::EventType as usize, r as usize);
    let sid = cx.id(*interactive.first()?, S::SessionId);
    for &r in rows.iter().filter(|&&r| event(r) == 2 && !cx.net_ok(r) && cx.ip[r as usize] != NONE) {
        let (asn, dev, country) = (cx.asn(r), cx.id(r, S::DeviceId), cx.sym(r, S::Country));
        // Only in the session's own country: a new country is the check above, with its excuses.
        if asn == NO_INT
            || origin.asns.contains(&asn)
            || (dev != 0 && origin.devices.contains(&dev))
            || country.is_empty()
            || !origin.countries.contains(&country)
        {
            continue;
        }
        let t = cx.st(r);
        let Some(&q) = interactive.iter().rev().find(|&&q| cx.st(q) <= t) else { continue };
        if !loc.by_city(cx, q) || !loc.by_city(cx, r) || loc.trip(cx, q, r).is_none_or(|(km, _)| km < p.min_km) {
            continue;
        }
        // An operator new to the user, not only to the session: their own ISP or carrier (whose
        // addresses a national geolocation may place a country's width away) is no stranger's.
        if s.rows.iter().take_while(|&&e| cx.st(e) < t).any(|&e| cx.asn(e) == asn && cx.id(e, S::SessionId) != sid) {
            continue;
        }
        // Where colleagues sign in too is no stranger's place: a carrier that places all its
        // mobile addresses in one city (its headquarters) puts half the staff there.
        if crowd.others(cx, s, asn, cx.sym(r, S::City)) {
            continue;
        }
        let before = a_day_before(cx, s, t);
        let lo = s.rows.partition_point(|&x| cx.st(x) < t - AT_ONCE_MS);
        let elsewhere = s.rows.get(lo..).unwrap_or(&[]).iter().copied().take_while(|&x| cx.st(x) <= t + AT_ONCE_MS).find(|&x| {
            let d = cx.id(x, S::DeviceId);
            cx.ok(x)
                && cx.sym(x, S::Country) == country
                && cx.id(x, S::SessionId) != sid
                && d != 0
                && !lists::hosting_asn(cx.asn(x))
                && before.iter().any(|&e| cx.ok(e) && cx.id(e, S::DeviceId) == d)
                && loc.by_city(cx, x)
                && {
                    let (a, b) = if cx.st(x) <= t { (x, r) } else { (r, x) };
                    loc.trip(cx, a, b).is_some_and(|(km, kmh)| km >= p.min_km && kmh > p.max_kmh)
                }
        });
        let Some(x) = elsewhere else { continue };
        let first = interactive[0];
        let mut d = Draft::new(format!("{}-{}", s.name, cx.id_text(first, S::SessionId)), Severity::High);
        d.title = format!("Session of {} used from {} while they were elsewhere", s.name, place(cx, r));
        let (a, b) = if cx.st(x) <= t { (x, r) } else { (r, x) };
        d.why = format!(
            "{} signed in interactively at {} from {} ({}); the same session (id {}) was used at {} from {} ({}, AS{asn}){} \
             — an operator the session's interactive sign-ins never used — while their own device ({}) signed in at {} from \
             {} ({}){}: one person cannot be in both places, so someone else holds the session (a stolen browser session \
             replayed through addresses in their own country).",
            s.name,
            hm(cx.st(q)),
            cx.ip_text(q),
            place(cx, q),
            cx.id_text(first, S::SessionId),
            hm(t),
            cx.ip_text(r),
            place(cx, r),
            trip(cx, loc, q, r),
            if cx.s(x, S::Os).is_empty() { "a registered device" } else { cx.s(x, S::Os) },
            hm(cx.st(x)),
            cx.ip_text(x),
            place(cx, x),
            loc.trip(cx, a, b).map(|(km, kmh)| format!(", {km:.0} km apart at {kmh:.0} km/h")).unwrap_or_default()
        );
        d.next_steps = "Revoke the user's sessions and refresh tokens now, reset the password, check their computer for \
                        an infostealer, and require token protection or compliant devices for this user's apps."
            .into();
        d.users = vec![s.name.clone()];
        let uses: Vec<u32> = rows.iter().copied().filter(|&u| event(u) == 2 && cx.ok(u) && cx.ip[u as usize] == cx.ip[r as usize]).collect();
        d.signins = std::iter::once(first).chain(uses).chain(std::iter::once(x)).collect();
        d.ips = distinct(cx, &[r], S::Ip);
        return Some(d);
    }
    None
}

/// How many of a user's non-interactive sign-ins through a network must be a stranger's for [`stray`]:
/// one sign-in alone may be a glitch of geolocation.
const STRAY_MIN_ROWS: usize = 2;

/// The user's tokens used by a stranger, whatever the session: a refresh token taken by an
/// infostealer is redeemed with no interactive sign-in at all (or one before the logs begin), so no
/// session of the logs holds both ends. A successful non-interactive sign-in `r` with no device id,
/// not from a phone or tablet (a personal phone's mail app refreshes only non-interactively, often on a
/// traveller's new local SIM; a replaying tool could name a phone's OS to pass: a known gap), through
/// a network operator that is not a cloud, hosting, VPN or in-flight one, placed by its city, that the
/// user never signs in through interactively nor on a registered device in the loaded logs, first used
/// more than a day after the user's first sign-in and for [`STRAY_MIN_ROWS`] sign-ins or more (a
/// stranger's line, new to the user); and within [`AT_ONCE_MS`] the user's own registered device (one with
/// a success more than a day before), off clouds, placed by its city, signed in successfully
/// [`Params::min_km`] or more away at a speed above [`Params::max_kmh`]: the user in two places at
/// once, and only the stranger's place has neither their device nor their password. Only a line no
/// colleague signs in from counts (a jump box or build server in the organisation's data centre runs
/// its developers' CLIs without a device id; a thief's proxy exit serves the victim alone), only one
/// of Microsoft's clients (a third-party app's servers refresh its users' tokens wherever they run).
/// Without that witness, abroad: a country the user never signed in from interactively nor on a
/// registered device, through an app whose every sign-in of theirs more than a day before carried a
/// device id — the app left the device without signing in anew (a traveller's own laptop carries
/// its id; a personal PC of theirs would have shown before).
fn stray(p: &Params, cx: &Ctx, loc: &mut Locator, crowd: &mut Crowd, s: &Subject) -> Option<Draft> {
    let event = |r: u32| cx.ds.signins.table.enum_code(S::EventType as usize, r as usize);
    let mut candidate = |r: u32| {
        let asn = cx.asn(r);
        event(r) == 2
            && cx.ok(r)
            && !cx.app_ok(r)
            && !cx.net_ok(r)
            && cx.ip[r as usize] != NONE
            && cx.id(r, S::DeviceId) == 0
            && asn != NO_INT
            && asn != 0
            && !lists::hosting_asn(asn)
            && !unplaced(cx, r)
            && !phone_os(cx.s(r, S::Os))
            && !cx.shared(r)
            && crowd.microsoft(cx, r)
    };
    // An address where a colleague signs in too — interactively or on a registered device — is the
    // organisation's own (a jump box, a build server, an office line), not a stranger's: a thief's proxy
    // exit serves the victim alone (several victims' replays through one exit vouch for none of them).
    let mut colleagues: hashbrown::HashMap<u32, bool> = hashbrown::HashMap::new();
    let mut alone = |r: u32| {
        let ip = cx.ip[r as usize];
        *colleagues.entry(ip).or_insert_with(|| {
            !cx.ips[ip as usize].rows.iter().any(|&q| {
                cx.ok(q) && cx.subj(q) != cx.subj(r) && (event(q) == 1 || cx.id(q, S::DeviceId) != 0)
            })
        })
    };
    let marks: Vec<bool> = s.rows.iter().map(|&r| candidate(r) && alone(r)).collect();
    if !marks.contains(&true) {
        return None;
    }
    let first_t = cx.st(*s.rows.first()?);
    // One pass over the user's rows: per network operator (vouched for by a successful interactive or
    // registered-device sign-in through it, the first use, the candidate sign-ins); the countries so
    // vouched for; each device's first success; per app, its first success with and without a device id.
    let mut nets: hashbrown::HashMap<u32, (bool, i64, usize)> = hashbrown::HashMap::new();
    let mut countries: HashSet<Sym> = HashSet::new();
    let mut devices: hashbrown::HashMap<u128, i64> = hashbrown::HashMap::new();
    let mut apps: hashbrown::HashMap<Sym, (i64, i64)> = hashbrown::HashMap::new();
    for (i, &r) in s.rows.iter().enumerate() {
        let (asn, dev, t, ok) = (cx.asn(r), cx.id(r, S::DeviceId), cx.st(r), cx.ok(r));
        let vouches = ok && (event(r) == 1 || dev != 0);
        if asn != NO_INT {
            let e = nets.entry(asn).or_insert((false, t, 0));
            e.0 |= vouches;
            e.2 += usize::from(marks[i]);
        }
        if vouches {
            countries.insert(cx.sym(r, S::Country));
        }
        if ok && dev != 0 {
            devices.entry(dev).or_insert(t);
        }
        if ok {
            let e = apps.entry(cx.sym(r, S::AppId)).or_insert((i64::MAX, i64::MAX));
            if dev != 0 {
                e.0 = e.0.min(t);
            } else {
                e.1 = e.1.min(t);
            }
        }
    }
    let stranger = |asn: u32| {
        nets.get(&asn).is_some_and(|&(vouched, first, n)| !vouched && first > first_t + DAY_MS && n >= STRAY_MIN_ROWS)
    };
    // The user in two places at once first (the stronger witness), then an app off its device abroad.
    for witness in [true, false] {
        for (i, &r) in s.rows.iter().enumerate() {
            if !marks[i] || !stranger(cx.asn(r)) || !loc.by_city(cx, r) {
                continue;
            }
            let t = cx.st(r);
            let found = if witness {
                let lo = s.rows.partition_point(|&x| cx.st(x) < t - AT_ONCE_MS);
                s.rows[lo..].iter().copied().take_while(|&x| cx.st(x) <= t + AT_ONCE_MS).find(|&x| {
                    let d = cx.id(x, S::DeviceId);
                    d != 0
                        && cx.ok(x)
                        && cx.asn(x) != cx.asn(r)
                        && !lists::hosting_asn(cx.asn(x))
                        && devices.get(&d).is_some_and(|&f| f < t - DAY_MS)
                        && loc.by_city(cx, x)
                        && {
                            let (a, b) = if cx.st(x) <= t { (x, r) } else { (r, x) };
                            loc.trip(cx, a, b).is_some_and(|(km, kmh)| km >= p.min_km && kmh > p.max_kmh)
                        }
                })
            } else {
                // Abroad with no witness at home: a country the user never signed in from interactively or on a
                // registered device, through a client app whose every sign-in of theirs more than a day before
                // carried a device id: the app moved off the user's device without a sign-in of its own.
                let (country, app) = (cx.sym(r, S::Country), cx.sym(r, S::AppId));
                let off = !country.is_empty()
                    && !app.is_empty()
                    && !countries.contains(&country)
                    && apps.get(&app).is_some_and(|&(with, without)| with < t - DAY_MS && without >= t - DAY_MS);
                off.then(|| {
                    a_day_before(cx, s, t)
                        .iter()
                        .rev()
                        .copied()
                        .find(|&e| cx.ok(e) && cx.sym(e, S::AppId) == app && cx.id(e, S::DeviceId) != 0)
                })
                .flatten()
            };
            let Some(x) = found else { continue };
            let asn = cx.asn(r);
            let uses: Vec<u32> =
                s.rows.iter().enumerate().filter(|&(k, &u)| marks[k] && cx.asn(u) == asn).map(|(_, &u)| u).collect();
            return Some(stray_draft(cx, loc, s, &uses, r, x, witness));
        }
    }
    None
}

/// [`stray`]'s finding: the stranger's uses `uses` (of `r`'s network operator), and the witness `x`
/// — the user's own device elsewhere at once (`witnessed`), else the app's latest sign-in on it.
fn stray_draft(cx: &Ctx, loc: &mut Locator, s: &Subject, uses: &[u32], r: u32, x: u32, witnessed: bool) -> Draft {
    let (t, asn) = (cx.st(r), cx.asn(r));
    let (a, b) = if cx.st(x) <= t { (x, r) } else { (r, x) };
    let mut d = Draft::new(format!("{}-AS{asn}", s.name), Severity::High);
    let head = format!(
        "{} non-interactive sign-in{} of {} ({}) came without a device id through AS{asn} from {} ({}), first at {} — a \
         network the user never signed in through interactively or on a registered device, new to them in these logs",
        uses.len(),
        if uses.len() == 1 { "" } else { "s" },
        s.name,
        list(&distinct(cx, uses, S::App), 3),
        list(&distinct(cx, uses, S::Ip), 3),
        place(cx, r),
        hm(cx.st(uses[0])),
    );
    let device = if cx.s(x, S::Os).is_empty() { "a registered device" } else { cx.s(x, S::Os) };
    if witnessed {
        d.title = format!("Tokens of {} used from {} while they were elsewhere", s.name, place(cx, r));
        d.why = format!(
            "{head}; at {} one of them came from {} while their own device ({device}) signed in at {} from {} ({}){}: one \
             person cannot be in both places, so someone else holds their tokens (a refresh token stolen from their \
             computer, redeemed with no sign-in of its own).",
            hm(t),
            cx.ip_text(r),
            hm(cx.st(x)),
            cx.ip_text(x),
            place(cx, x),
            loc.trip(cx, a, b).map(|(km, kmh)| format!(", {km:.0} km apart at {kmh:.0} km/h")).unwrap_or_default()
        );
    } else {
        d.title = format!("Tokens of {} used from {} without their device", s.name, place(cx, r));
        d.why = format!(
            "{head}, in a country where they never signed in interactively nor on a registered device. Every earlier \
             sign-in of theirs to {} came from their own device ({device}; the latest at {} from {}, {}): the app's token \
             left that device and is redeemed elsewhere with no sign-in of its own — a refresh token stolen from their \
             computer (an infostealer), not a trip (a traveller's own device carries its id).",
            cx.s(r, S::App),
            hm(cx.st(x)),
            cx.ip_text(x),
            place(cx, x),
        );
    }
    d.next_steps = "Revoke the user's sessions and refresh tokens now, reset the password, check their computers for \
                    an infostealer, and require token protection or compliant devices for this user's apps."
        .into();
    d.users = vec![s.name.clone()];
    d.signins = uses.iter().copied().chain(std::iter::once(x)).collect();
    d.ips = distinct(cx, &d.signins, S::Ip).into_iter().filter(|ip| *ip != cx.ip_text(x)).collect();
    d
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
    let dev = cx.id(r, S::DeviceId);
    if dev == 0 || !origin.devices.contains(&dev) {
        return false;
    }
    let managed = managed_device(cx, r);
    let relay = cx.asn(r) == PRIVATE_RELAY_ASN && apple_os(cx.s(r, S::Os));
    // An arrival is on a carrier or the airport's network, never a rented server (where a stolen
    // device token carries the device's id).
    let landed = !lists::hosting_asn(cx.asn(r));
    // A phone by its interactive sign-ins and by this row (a Windows laptop's token replayed with
    // an iPhone's user agent is no phone).
    let phone = landed && origin.phones.contains(&dev) && phone_os(cx.s(r, S::Os));
    if !managed && !relay && !phone {
        return false;
    }
    // A phone abroad whose mobile data is routed home leaves from its home carrier while the
    // hotel's Wi-Fi places it where it is: between the two no speed means anything.
    if phone && device_home(cx, s, origin, r) {
        return true;
    }
    // The trip starts at the latest interactive sign-in that has a place: a ship's satellite
    // link or an airliner's Wi-Fi is no place (the device's own latest placed success, in any
    // session, when the session began on one).
    let t = cx.st(r);
    let placed = |q: &&u32| cx.st(**q) <= t && !unplaced(cx, **q);
    let Some(q) = interactive.iter().rev().find(placed).copied().or_else(|| {
        s.rows.iter().rev().find(|q| placed(q) && **q != r && cx.ok(**q) && cx.id(**q, S::DeviceId) == dev).copied()
    }) else {
        return false;
    };
    let Some((km, kmh)) = loc.trip(cx, q, r) else { return false };
    if (managed || phone) && (kmh <= p.max_kmh || (landed && km >= LONG_HAUL_KM && kmh <= LONG_HAUL_KMH)) {
        return true;
    }
    let usual = || {
        a_day_before(cx, s, cx.st(r)).iter().any(|&e| cx.ok(e) && cx.id(e, S::DeviceId) == dev && cx.asn(e) == cx.asn(r))
    };
    km < p.min_km && (relay || landed) && loc.by_city(cx, q) && loc.by_city(cx, r) && usual()
}

/// How near in time (either way, ms) and place (km) a sign-in of the user's own managed device
/// must be to a session's use abroad for [`beside_own_device`].
const BESIDE_MS: i64 = 12 * HOUR_MS;
const BESIDE_KM: f64 = 100.0;

/// The user's own managed device was there: a traveller's personal phone (unregistered: no device
/// id to compare) refreshing the session they opened at home, from the hotel's line or a local
/// carrier abroad, while their company laptop or crew tablet signs in in the same city. True when
/// `r` is off cloud, hosting and VPN networks and placed by its city, the trip from the session's
/// latest placed interactive sign-in before it is one an airliner makes (as [`honest`]), and
/// within [`BESIDE_MS`] a compliant or managed device of the user — one with a success more than
/// a day before, off those networks, placed by its city — signed in successfully under
/// [`BESIDE_KM`] from `r`, having come there at a plausible speed from its own previous
/// success. A stolen token is replayed from where the thief is, not beside the victim's laptop;
/// a stolen device token replayed there too makes the device jump from where it really is.
fn beside_own_device(p: &Params, cx: &Ctx, loc: &mut Locator, s: &Subject, interactive: &[u32], r: u32) -> bool {
    let asn = cx.asn(r);
    if asn == NO_INT || asn == 0 || lists::hosting_asn(asn) || !loc.by_city(cx, r) {
        return false;
    }
    let t = cx.st(r);
    let Some(&q) = interactive.iter().rev().find(|&&q| cx.st(q) <= t && !unplaced(cx, q)) else { return false };
    let flown = |(km, kmh): (f64, f64)| kmh <= p.max_kmh || km >= LONG_HAUL_KM && kmh <= LONG_HAUL_KMH;
    if !loc.trip(cx, q, r).is_some_and(flown) {
        return false;
    }
    let before = a_day_before(cx, s, t - BESIDE_MS);
    let lo = s.rows.partition_point(|&x| cx.st(x) < t - BESIDE_MS);
    let own = |x: u32| {
        let d = cx.id(x, S::DeviceId);
        d != 0
            && x != r
            && cx.ok(x)
            && managed_device(cx, x)
            && !lists::hosting_asn(cx.asn(x))
            && cx.asn(x) != NO_INT
            && before.iter().any(|&e| cx.ok(e) && cx.id(e, S::DeviceId) == d)
    };
    s.rows[lo..].iter().copied().take_while(|&x| cx.st(x) <= t + BESIDE_MS).filter(|&x| own(x)).any(|x| {
        if !loc.by_city(cx, x) {
            return false;
        }
        let (a, b) = if cx.st(x) <= t { (x, r) } else { (r, x) };
        if !loc.trip(cx, a, b).is_some_and(|(km, _)| km < BESIDE_KM) {
            return false;
        }
        // The device came there from its own previous success at a plausible speed.
        let d = cx.id(x, S::DeviceId);
        let prev = s.rows.iter().copied().rev().find(|&e| cx.st(e) < cx.st(x) && cx.ok(e) && cx.id(e, S::DeviceId) == d);
        prev.is_some_and(|e| loc.trip(cx, e, x).is_none_or(flown))
    })
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
/// judged history on two days ([`established_asn`]: never a cloud, hosting or VPN network) — or,
/// on the session's own device, one the user signs in through so early in the logs
/// ([`device_home`]) — and the trip from the latest interactive sign-in before `r` is plausible (a traveller's phone
/// still refreshing the session they opened abroad, days later at home).
/// An interactive sign-in through a cloud, hosting or VPN network is no place to start that trip
/// from (a VPN's exit, not the user): the latest one off such networks counts, and when the
/// session's every interactive sign-in went through one, the established carrier alone does
/// (the user switched their VPN off).
fn home(p: &Params, cx: &Ctx, loc: &mut Locator, s: &Subject, origin: &Origin, interactive: &[u32], r: u32) -> bool {
    if !established_asn(cx, s, cx.st(r), cx.asn(r)) && !device_home(cx, s, origin, r) {
        return false;
    }
    let before: Vec<u32> = interactive.iter().copied().filter(|&q| cx.st(q) <= cx.st(r)).collect();
    match before.iter().rev().find(|&&q| !lists::hosting_asn(cx.asn(q))) {
        Some(&q) => loc.trip(cx, q, r).is_some_and(|(_, kmh)| kmh <= p.max_kmh),
        None => !before.is_empty(),
    }
}

/// True when `r` came from the session's own device (a device id of its interactive sign-ins)
/// through a carrier or ISP (not a cloud, hosting or VPN network) in the same country that the
/// user signs in through successfully in other sessions — interactively, or on another device —
/// on two days or more of the loaded logs, one of them before `r`: their own carrier, early in a
/// log where the user has too little history to judge ([`established_asn`]) — a phone abroad
/// whose mobile data is routed home leaves from its home carrier, in the home country, while the
/// hotel's Wi-Fi places it where it is. Replays of this device's other sessions through the same
/// proxy network vouch for nothing.
fn device_home(cx: &Ctx, s: &Subject, origin: &Origin, r: u32) -> bool {
    let (dev, asn, country) = (cx.id(r, S::DeviceId), cx.asn(r), cx.sym(r, S::Country));
    if dev == 0 || !origin.devices.contains(&dev) || asn == NO_INT || lists::hosting_asn(asn) || country.is_empty() {
        return false;
    }
    let event = |q: u32| cx.ds.signins.table.enum_code(S::EventType as usize, q as usize);
    let (first, days) = *origin.homes.borrow_mut().entry((asn, country, dev)).or_insert_with(|| {
        let times: Vec<i64> = s
            .rows
            .iter()
            .copied()
            .filter(|&q| {
                let d = cx.id(q, S::DeviceId);
                cx.ok(q)
                    && cx.asn(q) == asn
                    && cx.sym(q, S::Country) == country
                    && d != 0
                    && cx.id(q, S::SessionId) != origin.sid
                    && (event(q) == 1 || d != dev)
            })
            .map(|q| cx.st(q))
            .collect();
        (times.first().copied().unwrap_or(i64::MAX), days_and_span(&times).0)
    });
    first < cx.st(r) && days >= 2
}

/// ", 8,200 km from the interactive sign-in 2.0 h later" when both can be placed.
fn trip(cx: &Ctx, loc: &mut Locator, a: u32, b: u32) -> String {
    loc.trip(cx, a, b)
        .map(|(km, _)| format!(", {km:.0} km away {:.1} h later", (cx.st(b) - cx.st(a)) as f64 / HOUR_MS as f64))
        .unwrap_or_default()
}
