//! The builder every detection rule writes its hunting query with: a header naming the rule
//! and the public logic it follows, the time window, the sign-in and audit sources read the
//! same way in every query, lists as `let … = dynamic([…])`, and the allow-list clauses.
//!
//! A rule's query is written from the rule's own parameters (`detect::rules`), so the query
//! and the finding it reproduces cannot disagree on a threshold.

use std::fmt::Write as _;

use super::{INTERACTIVE, NON_INTERACTIVE, comment_text, kql_datetime, kql_string};

/// The time a hunting query covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    /// The last `n` days before now.
    Days(u32),
    /// An explicit window (UTC ms), e.g. a finding's days.
    Between { from_ms: i64, to_ms: i64 },
}

/// A hunting query being written.
pub struct Hunt {
    out: String,
}

impl Hunt {
    /// The header (`// title (Lantern rule key)`, `// Logic after …`) and `startTime` /
    /// `endTime`.
    pub fn new(title: &str, rule: &str, source: &str, span: Span) -> Self {
        let mut out = String::new();
        let _ = writeln!(out, "// {} (Lantern rule {rule})", comment_text(title));
        let _ = writeln!(out, "// Logic after {}", comment_text(source));
        match span {
            Span::Between { from_ms, to_ms } if from_ms < to_ms => {
                let _ =
                    writeln!(out, "let startTime = {};\nlet endTime = {};", kql_datetime(from_ms), kql_datetime(to_ms));
            }
            Span::Between { to_ms, .. } => {
                let _ = writeln!(out, "let endTime = {};\nlet startTime = endTime - 1d;", kql_datetime(to_ms));
            }
            Span::Days(d) => {
                let _ = writeln!(out, "let startTime = ago({}d);\nlet endTime = now();", d.max(1));
            }
        }
        Hunt { out }
    }

    /// `let signins = union …` over both user sign-in tables, with the dynamic columns in
    /// `roots` read the same way in both (`todynamic`).
    pub fn signins(&mut self, roots: &[&str]) {
        let extend = if roots.is_empty() {
            String::new()
        } else {
            format!(
                " | extend {}",
                roots.iter().map(|r| format!("{r} = todynamic({r})")).collect::<Vec<_>>().join(", ")
            )
        };
        let _ = writeln!(
            self.out,
            "let signins = union isfuzzy=true\n    ({INTERACTIVE} | where TimeGenerated between (startTime .. endTime){extend}),\n    ({NON_INTERACTIVE} | where TimeGenerated between (startTime .. endTime){extend});"
        );
    }

    /// `let audits = AuditLogs …` with `Actor` (UPN, else app) and `ActorIp` extended.
    pub fn audits(&mut self) {
        self.line(
            "let audits = AuditLogs\n    | where TimeGenerated between (startTime .. endTime)\n    | extend Actor = coalesce(tostring(InitiatedBy.user.userPrincipalName), tostring(InitiatedBy.user.displayName), tostring(InitiatedBy.app.servicePrincipalName), tostring(InitiatedBy.app.displayName)), ActorIp = tostring(InitiatedBy.user.ipAddress);",
        );
    }

    /// `let knownNets = …`: per user (lower-case UPN in `User`), the networks of their
    /// successful sign-ins from `learning_days` before the window to one day before its end,
    /// for users with at least `min_signins` of them on `min_days` days — the baseline the
    /// engine's "from a network they never signed in from" judges against.
    pub fn known_networks(&mut self, learning_days: u32, min_signins: u32, min_days: u32, v4: u8, v6: u8) {
        let _ = writeln!(
            self.out,
            "let knownNets = union isfuzzy=true {INTERACTIVE}, {NON_INTERACTIVE}
    | where TimeGenerated between ((startTime - {learning_days}d) .. (endTime - 1d)) and ResultType == \"0\"
    | extend Net = iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {v6}), format_ipv4_mask(IPAddress, {v4}))
    | summarize SignIns = count(), Days = dcount(bin(TimeGenerated, 1d)), Nets = make_set(Net, 500) by User = tolower(UserPrincipalName)
    | where SignIns >= {min_signins} and Days >= {min_days};"
        );
    }

    /// `let sharedNets = …`: the networks (`/v4`, `/v6`) with successful sign-ins by at least
    /// `min_users` users in `signins` (needs [`Hunt::signins`]); none when `min_users` is 0.
    pub fn shared_egress(&mut self, v4: u8, v6: u8, min_users: u32) {
        if min_users == 0 {
            self.line("let sharedNets = datatable(Net: string) [];");
            return;
        }
        let _ = writeln!(
            self.out,
            "let sharedNets = signins\n    | where ResultType == \"0\"\n    | extend Net = iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {v6}), format_ipv4_mask(IPAddress, {v4}))\n    | summarize Users = dcount(UserPrincipalName) by Net\n    | where Users >= {min_users}\n    | project Net;"
        );
    }

    /// `let orgNets = …`: the organisation's own sites — networks (`/v4`, `/v6`) from which at
    /// least `min_users` users signed in successfully on a compliant or managed device, not
    /// through a cloud, hosting or VPN network (`hosting_asns`); none when `min_users` is 0.
    pub fn org_sites(&mut self, v4: u8, v6: u8, min_users: u32, hosting_asns: &[u32]) {
        if min_users == 0 {
            self.line("let orgNets = datatable(Net: string) [];");
            return;
        }
        self.let_codes("siteHosting", hosting_asns);
        let _ = writeln!(
            self.out,
            "let orgNets = union isfuzzy=true ({INTERACTIVE} | extend DeviceDetail = todynamic(DeviceDetail)), ({NON_INTERACTIVE} | extend DeviceDetail = todynamic(DeviceDetail))
    | where TimeGenerated between (startTime .. endTime) and ResultType == \"0\" and isnotempty(tostring(DeviceDetail.deviceId))
        and (tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\")
        and not(tostring(AutonomousSystemNumber) in (siteHosting))
    | extend Net = iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {v6}), format_ipv4_mask(IPAddress, {v4}))
    | summarize Users = dcount(UserPrincipalName) by Net
    | where Users >= {min_users}
    | project Net;"
        );
    }

    /// `let shellStarts = …`: per (user, session, app), the sessions begun interactively on a
    /// compliant or managed device off the `hosting` networks, with an authentication protocol
    /// that is not the device code (`ShellStart` true): a developer tool's non-interactive
    /// sign-ins in such a session from Microsoft's cloud are the user's own cloud shell
    /// (the detection index's `cloud_dev`). Looked up with [`Hunt::shell_line`].
    /// `link_hours`: how long after such a start Lantern links the tool's rows without a session id.
    pub fn shell_starts(&mut self, hosting: &[u32], link_hours: i64) {
        self.let_codes("shellHosting", hosting);
        let _ = writeln!(
            self.out,
            "let shellStarts = union isfuzzy=true ({INTERACTIVE} | extend DeviceDetail = todynamic(DeviceDetail)), ({NON_INTERACTIVE} | extend DeviceDetail = todynamic(DeviceDetail))
    | where TimeGenerated between (startTime .. endTime) and ResultType == \"0\" and IsInteractive == true and isnotempty(SessionId)
        and isnotempty(tostring(DeviceDetail.deviceId)) and (tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\")
        and not(tostring(AutonomousSystemNumber) in (shellHosting)) and isnotempty(AuthenticationProtocol) and AuthenticationProtocol !~ \"deviceCode\"
    | distinct ShellUser = tolower(UserPrincipalName), ShellSession = SessionId, ShellApp = AppId
    | extend ShellStart = true;
// (Lantern also counts a device-code start for a user whose own compliant or managed device used the tool,
// not by a device code, on two days before it; and, on a file without session ids, links such a start to the
// tool's rows from Microsoft's cloud within {}h after it, by user and tool. Not part of this query.)",
            link_hours
        );
    }

    /// The lines that mark a row of a `shellStarts` session ([`Hunt::shell_starts`]) as `Shell`:
    /// a tool of `tools` (a `let` of app ids), non-interactively, from Microsoft's cloud (`asn`).
    pub fn shell_line(tools: &str, asn: u32) -> String {
        format!(
            "| extend ShellUser = tolower(UserPrincipalName), ShellSession = SessionId, ShellApp = AppId\n| lookup kind=leftouter shellStarts on ShellUser, ShellSession, ShellApp\n| extend Shell = ShellStart == true and IsInteractive == false and tostring(AutonomousSystemNumber) == \"{asn}\" and AppId in~ ({tools})\n| project-away ShellUser, ShellSession, ShellApp, ShellStart"
        )
    }

    /// `let adoptedApps = …`: per (consenting user, app name), the apps two users or more
    /// consented to with `adoption_days` days or more between the first and the last consent
    /// (`AdoptedApp` true): an app's non-interactive sign-ins for such a user are its own
    /// servers acting for them (the detection index's consented back-ends; by the
    /// app's name here, where the app matches the consent by its app id when the audit names one,
    /// and wants a cloud or hosting network or one the app uses for two users or more).
    pub fn adopted_apps(&mut self, adoption_days: i64) {
        let _ = writeln!(
            self.out,
            "let adoptedApps = AuditLogs
    | where TimeGenerated between (startTime .. endTime) and OperationName has \"Consent to application\" and Result =~ \"success\"
    | extend Consenter = tolower(tostring(InitiatedBy.user.userPrincipalName))
    | mv-expand T = TargetResources
    | where tostring(T.type) =~ \"ServicePrincipal\" and isnotempty(Consenter)
    | extend App = tolower(tostring(T.displayName))
    | summarize Consenters = make_set(Consenter, 1000), First = min(TimeGenerated), Last = max(TimeGenerated) by App
    | where array_length(Consenters) >= 2 and bin(Last, 1d) - bin(First, 1d) >= {adoption_days}d
    | mv-expand Consenter = Consenters to typeof(string)
    | project ConsentUser = Consenter, ConsentApp = App, AdoptedApp = true;"
        );
    }

    /// `let orgEgress = …`: the organisation's own egress addresses — those from which at least
    /// `min_users` users signed in successfully on a compliant or managed device, over a day or
    /// more, on any network (virtual desktops on a cloud network too) but the shared relays
    /// `relay_asns`; none when `min_users` is 0.
    pub fn org_egress(&mut self, min_users: u32, relay_asns: &[u32]) {
        if min_users == 0 {
            self.line("let orgEgress = datatable(IPAddress: string) [];");
            return;
        }
        self.let_codes("egressRelays", relay_asns);
        let _ = writeln!(
            self.out,
            "let orgEgress = union isfuzzy=true ({INTERACTIVE} | extend DeviceDetail = todynamic(DeviceDetail)), ({NON_INTERACTIVE} | extend DeviceDetail = todynamic(DeviceDetail))
    | where TimeGenerated between (startTime .. endTime) and ResultType == \"0\" and isnotempty(tostring(DeviceDetail.deviceId))
        and (tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\")
        and not(tostring(AutonomousSystemNumber) in (egressRelays))
    | summarize Users = dcount(tolower(UserPrincipalName)), First = min(TimeGenerated), Last = max(TimeGenerated) by IPAddress
    | where Users >= {min_users} and Last - First >= 1d
    | project IPAddress;"
        );
    }

    /// `let usualNets = …`: per user, the networks (`/v4`, `/v6`) their successful sign-ins use,
    /// off `hosting_asns`, on `min_days` days or more of the range and on half the days they
    /// sign in at all (the app's usual network of an actor).
    pub fn usual_networks(&mut self, v4: u8, v6: u8, min_days: usize, hosting_asns: &[u32]) {
        self.let_codes("usualHosting", hosting_asns);
        let _ = writeln!(
            self.out,
            "let usualOk = union isfuzzy=true {INTERACTIVE}, {NON_INTERACTIVE}
    | where TimeGenerated between (startTime .. endTime) and ResultType == \"0\"
    | extend UsualUser = tolower(UserPrincipalName), Day = bin(TimeGenerated, 1d);
let usualNets = usualOk
    | where not(tostring(AutonomousSystemNumber) in (usualHosting))
    | extend UsualNet = iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {v6}), format_ipv4_mask(IPAddress, {v4}))
    | summarize NetDays = dcount(Day) by UsualUser, UsualNet
    | join kind=inner (usualOk | summarize UserDays = dcount(Day) by UsualUser) on UsualUser
    | where NetDays >= {min_days} and NetDays * 2 >= UserDays
    | project UsualUser, UsualNet, Usual = true;"
        );
    }

    /// `| extend UsualNet = …` for the row's user and network columns (needs
    /// [`Hunt::usual_networks`]).
    pub fn usual_line(user_col: &str, net_col: &str) -> String {
        format!(
            "| join kind=leftouter usualNets on $left.{user_col} == $right.UsualUser, $left.{net_col} == $right.UsualNet\n| extend Usual = coalesce(Usual, false)"
        )
    }

    /// `let ipPlaces = …`, `let homePlaces = …` and `let proxyTimes = …`: where each user's
    /// successful sign-ins off cloud, hosting and VPN networks (`hosting_asns`) were placed by a
    /// named city — per address (with its first and last time), and the places of their history
    /// (`learning_days` before the window on) with the days each was used and when first — and the
    /// times of their sign-ins through a hosting network or from a country their history lacks.
    /// With [`Hunt::near_home_line`], the engine's home line near where the user signs in.
    pub fn home_places(&mut self, learning_days: u32, hosting_asns: &[u32]) {
        self.let_codes("homeHosting", hosting_asns);
        let _ = writeln!(
            self.out,
            "let anyOk = union isfuzzy=true ({INTERACTIVE} | extend LocationDetails = todynamic(LocationDetails)), ({NON_INTERACTIVE} | extend LocationDetails = todynamic(LocationDetails))
    | where TimeGenerated between ((startTime - {learning_days}d) .. (endTime + 1d)) and ResultType == \"0\"
    | extend HomeUser = tolower(UserPrincipalName), PLat = toreal(LocationDetails.geoCoordinates.latitude), PLon = toreal(LocationDetails.geoCoordinates.longitude),
        PCountry = tostring(LocationDetails.countryOrRegion), PCity = tostring(LocationDetails.city), PAsn = tostring(AutonomousSystemNumber);
let placedOk = anyOk
    | where isnotempty(PAsn) and PAsn != \"0\" and not(PAsn in (homeHosting))
        and isnotnull(PLat) and isnotnull(PLon) and not(PLat == 0 and PLon == 0) and isnotempty(PCountry) and isnotempty(PCity);
let ipPlaces = placedOk
    | summarize IpLat = take_any(PLat), IpLon = take_any(PLon), IpCountry = take_any(PCountry), IpFirst = min(TimeGenerated), IpLast = max(TimeGenerated)
        by HomeUser, HomeIp = IPAddress;
let homePlaces = placedOk
    | summarize PlaceDays = dcount(bin(TimeGenerated, 1d)), PlaceFirst = min(TimeGenerated) by HomeUser, HLon = round(PLon, 2), HLat = round(PLat, 2), HCountry = PCountry
    | summarize HomePlaces = make_set(pack_array(HLon, HLat, HCountry, PlaceFirst, PlaceDays), 200) by HomeUser;
let proxyTimes = anyOk
    | join kind=leftouter (anyOk | where TimeGenerated <= endTime - 1d | summarize HomeCountries = make_set(PCountry, 50) by HomeUser) on HomeUser
    | where PAsn in (homeHosting) or not(set_has_element(HomeCountries, PCountry))
    | summarize ProxyTimes = make_list(TimeGenerated, 1000) by HomeUser;"
        );
    }

    /// `let rentedTimes = …` (after [`Hunt::home_places`]): per lower-case user and address, the
    /// times of their successful sign-ins through a cloud, hosting or VPN network on an unmanaged
    /// device, and (`SpareTimes`) of those on a compliant or managed device or through iCloud
    /// Private Relay (`relay_asns`) on an Apple device; addresses where `min_users` or more users
    /// signed in on compliant or managed devices (a corporate egress) are left out.
    pub fn rented_times(&mut self, min_users: u32, relay_asns: &[u32]) {
        self.let_codes("rentRelay", relay_asns);
        let min = if min_users == 0 { u32::MAX } else { min_users };
        let _ = writeln!(
            self.out,
            "let rentOk = union isfuzzy=true ({INTERACTIVE} | extend DeviceDetail = todynamic(DeviceDetail)), ({NON_INTERACTIVE} | extend DeviceDetail = todynamic(DeviceDetail))
    | where TimeGenerated between ((startTime - 1d) .. (endTime + 1d)) and ResultType == \"0\"
    | extend RentManaged = isnotempty(tostring(DeviceDetail.deviceId)) and (tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\"),
        RentAsn = tostring(AutonomousSystemNumber);
let corpEgress = rentOk | where RentManaged | summarize EgressUsers = dcount(UserPrincipalName) by IPAddress | where EgressUsers >= {min} | project IPAddress;
let rentedTimes = rentOk
    | where RentAsn in (homeHosting) and not(IPAddress in (corpEgress))
    | extend Spare = RentManaged or (RentAsn in (rentRelay) and tostring(DeviceDetail.operatingSystem) matches regex @\"(?i)^\\s*(ios|ipados|mac ?os)\")
    | summarize RentedTimes = make_list_if(TimeGenerated, not(Spare), 1000), SpareTimes = make_list_if(TimeGenerated, Spare, 1000)
        by RentedUser = tolower(UserPrincipalName), RentedIp = IPAddress;"
        );
    }

    /// `| extend Rented = …` for the row's user and address columns at `TimeGenerated` (needs
    /// [`Hunt::rented_times`]): the user signed in through a rented network on an unmanaged device
    /// from that address within an hour, and not on a managed device or the relay there.
    pub fn rented_line(user_col: &str, ip_col: &str) -> String {
        format!(
            "| join kind=leftouter rentedTimes on $left.{user_col} == $right.RentedUser, $left.{ip_col} == $right.RentedIp\n| mv-apply RentedAt = iff(array_length(RentedTimes) > 0, RentedTimes, dynamic([null])) to typeof(datetime) on (\n    summarize Rented = countif(abs(RentedAt - TimeGenerated) <= 1h) > 0)\n| mv-apply SpareAt = iff(array_length(SpareTimes) > 0, SpareTimes, dynamic([null])) to typeof(datetime) on (\n    summarize Spared = countif(abs(SpareAt - TimeGenerated) <= 1h) > 0)\n// Lantern also spares a network the user's sign-ins in that country used on 3 days or more (spanning two) and half their\n// days before the change (their VPN), and judges \"too new\" per change (history up to a day before it, rented-only histories\n// not counting); isempty(Nets) approximates it for the whole window.\n| extend Rented = Rented and not(Spared)"
        )
    }

    /// `| extend NearHome = …` for the row's user and address columns at `TimeGenerated` (needs
    /// [`Hunt::home_places`]): the user's own sign-in from the address within a day places it within
    /// `km` of places of their history (in the same country, first used more than a day before) on
    /// two days or more, and they did not sign in through a hosting network or from a new country in
    /// the day before.
    pub fn near_home_line(user_col: &str, ip_col: &str, km: f64) -> String {
        format!(
            "| join kind=leftouter ipPlaces on $left.{user_col} == $right.HomeUser, $left.{ip_col} == $right.HomeIp\n| extend IpLat = iff(TimeGenerated between ((IpFirst - 1d) .. (IpLast + 1d)), IpLat, real(null))\n| join kind=leftouter homePlaces on $left.{user_col} == $right.HomeUser\n| mv-apply HomePlace = iff(array_length(HomePlaces) > 0, HomePlaces, dynamic([null])) to typeof(dynamic) on (\n    extend D = iff(tostring(HomePlace[2]) == IpCountry and todatetime(HomePlace[3]) < TimeGenerated - 1d, geo_distance_2points(toreal(HomePlace[0]), toreal(HomePlace[1]), IpLon, IpLat) / 1000.0, real(null))\n    | summarize NearKm = min(D), NearDays = sumif(toint(HomePlace[4]), D < {km}))\n| join kind=leftouter proxyTimes on $left.{user_col} == $right.HomeUser\n| mv-apply ProxyAt = iff(array_length(ProxyTimes) > 0, ProxyTimes, dynamic([null])) to typeof(datetime) on (\n    summarize Proxied = countif(ProxyAt between ((TimeGenerated - 1d) .. TimeGenerated)) > 0)\n| extend NearHome = isnotnull(NearKm) and NearKm < {km} and NearDays >= 2 and not(Proxied)"
        )
    }

    /// `let deviceMarks = …`: per lower-case user and address, each successful sign-in there by
    /// a device id, off cloud, hosting and VPN networks (`hosting_asns`), as [time, the second
    /// day that device signed in at all] — with [`Hunt::own_device_line`], the engine's "the
    /// line their phone is on".
    pub fn own_devices(&mut self, learning_days: u32, hosting_asns: &[u32]) {
        self.let_codes("devHosting", hosting_asns);
        let _ = writeln!(
            self.out,
            "let ownDevices = union isfuzzy=true ({INTERACTIVE} | extend DeviceDetail = todynamic(DeviceDetail)), ({NON_INTERACTIVE} | extend DeviceDetail = todynamic(DeviceDetail))
    | where TimeGenerated between ((startTime - {learning_days}d) .. (endTime + 1d)) and ResultType == \"0\" and isnotempty(tostring(DeviceDetail.deviceId))
        and not(tostring(AutonomousSystemNumber) in (devHosting))
    | extend DevUser = tolower(UserPrincipalName), DevId = tostring(DeviceDetail.deviceId);
let deviceDays = ownDevices
    | summarize by DevUser, DevId, Day = bin(TimeGenerated, 1d)
    | summarize FirstDay = min(Day), Days = make_list(Day, 100) by DevUser, DevId
    | mv-apply D = Days to typeof(datetime) on (summarize SecondDay = minif(D, D > FirstDay));
let deviceMarks = ownDevices
    | join kind=inner deviceDays on DevUser, DevId
    | summarize DevMarks = make_list(pack_array(TimeGenerated, SecondDay), 1000) by DevUser, DevIp = IPAddress;"
        );
    }

    /// `| extend PhoneLine = …` for the user in `user_col` and the address in `ip_col` (needs
    /// [`Hunt::own_devices`] and, before it, [`Hunt::near_home_line`]'s `Proxied`): a device of
    /// theirs that signed in on two days before the day before signed in from that very address
    /// in the 12 h before (the app also wants that sign-in's operator on two days of their history).
    pub fn own_device_line(user_col: &str, ip_col: &str) -> String {
        format!(
            "| join kind=leftouter deviceMarks on $left.{user_col} == $right.DevUser, $left.{ip_col} == $right.DevIp\n| mv-apply DevMark = iff(array_length(DevMarks) > 0, DevMarks, dynamic([null])) to typeof(dynamic) on (\n    summarize PhoneNear = countif((TimeGenerated - todatetime(DevMark[0])) between (0h .. 12h) and todatetime(DevMark[1]) < TimeGenerated - 1d) > 0)\n| extend PhoneLine = PhoneNear and not(Proxied)"
        )
    }

    /// `| extend NewNetwork = …` for `ip_col` of the user in `user_col` (needs
    /// [`Hunt::known_networks`]): true when the user has a judged baseline without that network.
    pub fn new_network_line(v4: u8, v6: u8, user_col: &str, ip_col: &str) -> String {
        format!(
            "| extend JoinUser = tolower({user_col}), ActorNet = iff({ip_col} contains \":\", parse_ipv6_mask({ip_col}, {v6}), format_ipv4_mask({ip_col}, {v4}))\n| join kind=leftouter knownNets on $left.JoinUser == $right.User\n| extend NewNetwork = isnotempty({ip_col}) and isnotempty(Nets) and not(set_has_element(Nets, ActorNet))"
        )
    }

    /// `let deskTimes = …`: per lower-case user and address, the times of their successful
    /// sign-ins on a compliant or managed device, not through a cloud, hosting or VPN network,
    /// leaving out rows where `except` (a predicate on the sign-in tables), if any, holds
    /// (`hosting_asns`: the cloud, hosting and VPN networks); with [`Hunt::desk_line`], the engine's "from where the user's own
    /// managed device signed in within 12 hours".
    pub fn desk_times(&mut self, except: Option<&str>, hosting_asns: &[u32]) {
        let except = except.map(|e| format!("\n    | where not({e})")).unwrap_or_default();
        self.let_codes("deskHosting", hosting_asns);
        let _ = writeln!(
            self.out,
            "let deskTimes = union isfuzzy=true ({INTERACTIVE} | extend DeviceDetail = todynamic(DeviceDetail)), ({NON_INTERACTIVE} | extend DeviceDetail = todynamic(DeviceDetail))
    | where TimeGenerated between ((startTime - 1d) .. (endTime + 1d)) and ResultType == \"0\" and isnotempty(tostring(DeviceDetail.deviceId))
        and (tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\")
        and not(tostring(AutonomousSystemNumber) in (deskHosting)){except}
    | summarize DeskTimes = make_list(TimeGenerated, 1000) by DeskUser = tolower(UserPrincipalName), DeskIp = IPAddress;"
        );
    }

    /// `| extend AtDesk = …` for the row's user, address and time columns (needs
    /// [`Hunt::desk_times`]): the user's own managed device signed in from that address within 12
    /// hours.
    pub fn desk_line(user_col: &str, ip_col: &str, time_col: &str) -> String {
        format!(
            "| extend JoinDeskUser = tolower({user_col}), JoinDeskIp = {ip_col}\n| join kind=leftouter deskTimes on $left.JoinDeskUser == $right.DeskUser, $left.JoinDeskIp == $right.DeskIp\n| mv-apply d = DeskTimes to typeof(datetime) on (summarize AtDesk = countif(abs(d - {time_col}) <= 12h) > 0)"
        )
    }

    /// `let name = dynamic(["a", "b"]);`
    pub fn let_strings<S: AsRef<str>>(&mut self, name: &str, values: &[S]) {
        let items: Vec<String> = values.iter().map(|v| kql_string(v.as_ref())).collect();
        let _ = writeln!(self.out, "let {name} = dynamic([{}]);", items.join(", "));
    }

    /// `let name = dynamic(["50126", …]);` — codes as strings, as `ResultType` is a string.
    pub fn let_codes(&mut self, name: &str, codes: &[u32]) {
        let v: Vec<String> = codes.iter().map(|c| c.to_string()).collect();
        self.let_strings(name, &v);
    }

    /// Appends a line (or several).
    pub fn line(&mut self, s: &str) {
        self.out.push_str(s);
        if !s.ends_with('\n') {
            self.out.push('\n');
        }
    }

    /// The query.
    pub fn done(self) -> String {
        self.out
    }
}

/// `| where tolower(col) !in (…)` for allow-listed names (case-insensitive); `None` when
/// the list is empty.
pub fn exclude_names(cols: &[&str], names: &[String]) -> Option<String> {
    let names: Vec<String> = names.iter().map(|n| n.trim().to_lowercase()).filter(|n| !n.is_empty()).collect();
    if names.is_empty() || cols.is_empty() {
        return None;
    }
    let list = names.iter().map(|n| kql_string(n)).collect::<Vec<_>>().join(", ");
    let parts: Vec<String> = cols.iter().map(|c| format!("tolower({c}) !in (dynamic([{list}]))")).collect();
    Some(format!("| where {}", parts.join(" and ")))
}

/// `| where` the address in `col` is in none of the allow-listed ranges (IPv4 and IPv6
/// lists apart: each function answers only for its own family); `None` when empty.
pub fn exclude_ranges(col: &str, ranges: &[String]) -> Option<String> {
    let (v6, v4): (Vec<&String>, Vec<&String>) =
        ranges.iter().filter(|r| !r.trim().is_empty()).partition(|r| r.contains(':'));
    let lit = |v: &[&String]| v.iter().map(|r| kql_string(r.trim())).collect::<Vec<_>>().join(", ");
    let mut parts = Vec::new();
    if !v4.is_empty() {
        parts.push(format!("not(coalesce(ipv4_is_in_any_range({col}, dynamic([{}])), false))", lit(&v4)));
    }
    if !v6.is_empty() {
        parts.push(format!("not(coalesce(ipv6_is_in_any_range({col}, dynamic([{}])), false))", lit(&v6)));
    }
    (!parts.is_empty()).then(|| format!("| where {}", parts.join(" and ")))
}

/// `| where col !in ("8075", …)` for allow-listed autonomous systems; `None` when empty.
pub fn exclude_asns(col: &str, asns: &[u32]) -> Option<String> {
    if asns.is_empty() {
        return None;
    }
    let v: Vec<String> = asns.iter().map(|a| kql_string(&a.to_string())).collect();
    Some(format!("| where tostring({col}) !in (dynamic([{}]))", v.join(", ")))
}

/// Escapes the RE2 metacharacters of `s`.
pub fn regex_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "\\.+*?()|[]{}^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
