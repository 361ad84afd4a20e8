//! `first_party_client`: a Microsoft first-party public client — a developer or admin tool
//! such as Visual Studio Code, Azure CLI or Azure PowerShell — used to get tokens for
//! Microsoft Graph, Exchange Online or Azure AD Graph by a user who never used it: the
//! OAuth-phishing pattern where the victim pastes an authorization code or URL for a client
//! that needs no consent ("ConsentFix"). Family-of-client-ids apps count when they reach the
//! legacy Azure AD Graph.

use hashbrown::HashMap;

use crate::core::{
    detect::{
        DetectConfig, Severity,
        audit::{new_place, org_egress},
        baseline::BaselineParams,
        ctx::{Ctx, Subject},
        lists::{self, ClientKind},
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{
            DAY_MS, device_code_row, distinct, episodes, established_asn, is_user_signin, judged_history, managed_times, own_device_own_net,
            phone_os, place, vouched,
        },
        text::{contains_ci, hm, list},
    },
    geo,
    kql::{hunt::Hunt, kql_string},
    model::{NO_INT, SignInField as S, intern::Sym},
};

pub struct FirstPartyClient;

pub struct Params {
    pub base: BaselineParams,
    pub site_users: u32,
    pub allow: Allow,
}

/// The legacy Azure AD Graph.
const AAD_GRAPH: &str = "00000002-0000-0000-c000-000000000000";

/// The Microsoft Authentication Broker, the client that registers devices (the Company Portal,
/// also a broker, enrols phones into Intune).
const AUTH_BROKER: &str = "29d9ed98-a469-4536-ade2-f981bc1d605e";

impl Rule for FirstPartyClient {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::FirstPartyClient,
        title: "First-party tool used to reach Microsoft Graph",
        description: "A Microsoft developer or admin public client (VS Code, Azure CLI, Azure PowerShell, Graph CLI…, or a token broker — the Authentication Broker, Authenticator or Company Portal — without a device) reaching Microsoft Graph, Exchange Online or Azure AD Graph — or the Authentication Broker without a device reaching the Device Registration Service (an intruder's device registered with a phished code), or a family-of-client-ids app reaching Azure AD Graph — for a user who never used it: the OAuth / authorization-code phishing pattern.",
        mitre: &["T1528", "T1550.001", "T1566.002"],
        severity: "Medium when the user's history shows they never used the client (nor any other developer/admin tool); High when it came from a network they never used; Low when they use other such tools, when every sign-in came from an address where their own compliant or managed device signed in through another app within 12 hours, when a token broker's every sign-in was a non-interactive refresh (for the phone-only Authenticator, any sign-in on a phone but a device code) through the user's own carrier or ISP (their phone), when the Authenticator's (or the Authentication Broker's, with no device id) every sign-in was a non-interactive refresh on a phone through a carrier or ISP (not a cloud, hosting or VPN network) of a country the user signed in from on two days or more, off cloud networks (their phone on home Wi-Fi or mobile data), when every sign-in came from the user's own compliant or managed device (signed in on two days or more before) through a network operator their sign-ins used on two days or more, at one of the organisation's sites (the organisation's proxy, whose addresses rotate), when every sign-in came from one of the organisation's egress addresses (where many users' compliant or managed devices sign in, on any network: its virtual desktops), when the sign-ins away from the desk were the tool, non-interactively, from Microsoft's cloud in a session the user began through it on their own compliant or managed device (a codespace, Cloud Shell), or when there is too little history to judge",
        config: &["learning_days", "min_history_signins", "min_history_days", "prefix_v4_bits", "prefix_v6_bits", "shared_egress_min_users", "allow_users", "allow_apps", "allow_ips", "allow_asns"],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Elastic OAuth phishing via first-party Microsoft application, Panther VS Code OAuth phishing, NVISO ConsentFix, Sentinel Entra ID PowerShell accessing non-AAD resources",
        lookback_days: 1,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            base: BaselineParams::from(cfg),
            site_users: cfg.shared_egress_min_users,
            allow: Allow::none().users(cfg).apps(cfg).nets(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        let clients = lists::first_party();
        let count = |k| clients.iter().filter(|c| c.2 == k).count();
        format!(
            "{} developer/admin clients to Microsoft Graph, Exchange Online or Azure AD Graph, {} token broker{} only \
             without a device id (the Authentication Broker also to the Device Registration Service), {} \
             family-of-client-ids apps to Azure AD Graph; a successful sign-in for a user with no success through that client between {} days and 1 \
             day before ({}; else Low); Low when they used another developer/admin client then; High from a /{} or /{} \
             network absent from that history; Low when every sign-in came from an address where the same user signed in \
             on a compliant or managed device through another app within 12 hours, or a token broker's every sign-in was a \
             non-interactive refresh (the phone-only Authenticator's: any sign-in on an iOS or Android OS but a device code) through a carrier or \
             ISP of that history on ≥ 2 days (not a cloud, hosting or VPN network), or the phone-only Authenticator's \
             (or the Authentication Broker's, with no device id) every sign-in was a non-interactive refresh on an iOS or Android OS through a carrier or ISP (not a cloud, \
             hosting or VPN network) in a country of that history (off cloud, hosting and VPN networks, on ≥ 2 days), or \
             every sign-in came from a compliant or managed device id of the user with successful sign-ins on ≥ 2 days more \
             than a day before, through a network operator (not a cloud, hosting or VPN one) of that history on ≥ 2 days, from a \
             network (/{} or /{}) where ≥ {} users sign in on compliant or managed devices (the organisation's site), or \
             every sign-in came from an address (any network) where ≥ {} users sign in on compliant or managed devices (the \
             organisation's egress: virtual desktops, cloud PCs, proxy){}",
            count(ClientKind::Tool),
            count(ClientKind::Broker) + count(ClientKind::PhoneBroker),
            if count(ClientKind::Broker) + count(ClientKind::PhoneBroker) == 1 { "" } else { "s" },
            count(ClientKind::Foci),
            p.base.learning_days,
            p.base.sentence(),
            p.base.prefix_v4_bits,
            p.base.prefix_v6_bits,
            p.base.prefix_v4_bits,
            p.base.prefix_v6_bits,
            p.site_users,
            p.site_users,
            p.allow.sentence()
        )
    }

    fn run(_: &Params, cx: &Ctx, out: &mut Out) {
        let clients: HashMap<String, (&str, ClientKind)> =
            lists::first_party().into_iter().map(|(id, name, k)| (id.to_owned(), (name, k))).collect();
        // Most sign-ins are of apps no list names: each app id is looked up once, not per row.
        let mut seen = Seen::default();
        let mut vs_code: HashMap<Sym, bool> = HashMap::new();
        let mut per_client: HashMap<u32, Vec<u32>> = HashMap::new();
        for s in cx.subjects.iter().filter(|s| !s.allowed) {
            for &r in &s.rows {
                if !cx.ok(r) || !is_user_signin(cx, r) || cx.app_ok(r) || cx.net_ok(r) {
                    continue;
                }
                let app = seen.app(cx, &clients, cx.sym(r, S::AppId));
                if app.kind.is_none()
                    && !*vs_code
                        .entry(cx.sym(r, S::UserAgent))
                        .or_insert_with_key(|&ua| contains_ci(cx.ds.strings.get(ua), "Visual Studio Code"))
                {
                    continue;
                }
                if watched(cx, &clients, &mut seen, app, r) {
                    per_client.entry(app.name).or_default().push(r);
                }
            }
            let mut ids: Vec<(u32, Vec<u32>)> = per_client.drain().collect();
            ids.sort_unstable_by(|a, b| seen.names[a.0 as usize].cmp(&seen.names[b.0 as usize]));
            for (id, rows) in ids {
                for ep in episodes(cx, &rows, DAY_MS) {
                    if let Some(d) = episode(cx, s, &clients, &seen.names[id as usize], ep) {
                        out.add(cx, d);
                    }
                }
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&["DeviceDetail", "LocationDetails"]);
        let clients = lists::first_party();
        let ids = |k| clients.iter().filter(|c| c.2 == k).map(|c| kql_string(c.0)).collect::<Vec<_>>().join(", ");
        h.line(&format!(
            "let tools = dynamic([{}]);\nlet brokers = dynamic([{}]);\nlet phoneBrokers = dynamic([{}]);\nlet foci = dynamic([{}]);\nlet apis = dynamic([{}]);\nlet registration = dynamic([{}]);\nlet learning = {}d;\nlet recentStart = endTime - 1d;",
            ids(ClientKind::Tool),
            [ids(ClientKind::Broker), ids(ClientKind::PhoneBroker)].join(", "),
            ids(ClientKind::PhoneBroker),
            ids(ClientKind::Foci),
            ids(ClientKind::Api),
            ids(ClientKind::Registration),
            p.base.learning_days
        ));
        let mut q = String::from(
            "signins\n| where ResultType == \"0\"\n| where (AppId in (tools) or AppId in (brokers) and isempty(tostring(DeviceDetail.deviceId)) or UserAgent has \"Visual Studio Code\") and (ResourceIdentity in (apis) or ResourceDisplayName has_any (\"Microsoft Graph\", \"Exchange\", \"Windows Azure Active Directory\"))\n    or AppId in (foci) and ResourceIdentity == \"00000002-0000-0000-c000-000000000000\" and IsInteractive == true\n    or AppId == \"29d9ed98-a469-4536-ade2-f981bc1d605e\" and isempty(tostring(DeviceDetail.deviceId)) and (ResourceIdentity in (registration) or ResourceDisplayName has \"Device Registration Service\")",
        );
        for c in p.allow.signin_clauses() {
            q.push('\n');
            q.push_str(&c);
        }
        h.line(&format!("let uses = {q};"));
        let b = &p.base;
        h.known_networks(b.learning_days, b.min_history_signins, b.min_history_days, b.prefix_v4_bits, b.prefix_v6_bits);
        h.desk_times(Some("AppId in (tools) or AppId in (brokers)"), &lists::hosting_asns());
        h.org_sites(b.prefix_v4_bits, b.prefix_v6_bits, p.site_users, &lists::hosting_asns());
        h.org_egress(p.site_users, &crate::core::detect::signin::RELAY_ASNS);
        // ShellRows: at the desk, or the tool non-interactively from Microsoft's cloud in a session
        // the user began through it on a compliant or managed device (a codespace, Cloud Shell).
        h.shell_starts(&lists::hosting_asns(), crate::core::detect::ctx::SHELL_LINK_HOURS);
        let shell = Hunt::shell_line("tools", crate::core::detect::signin::MICROSOFT_CLOUD_ASN);
        h.line(&format!("let before = union isfuzzy=true (SigninLogs | extend DeviceDetail = todynamic(DeviceDetail)), (AADNonInteractiveUserSignInLogs | extend DeviceDetail = todynamic(DeviceDetail))\n    | where ResultType == \"0\" and TimeGenerated between ((recentStart - learning) .. (recentStart - 1d))\n    | where not(AppId in (brokers) and isnotempty(tostring(DeviceDetail.deviceId)))\n    | distinct UserPrincipalName, AppId;\nlet toolUsers = union isfuzzy=true SigninLogs, AADNonInteractiveUserSignInLogs\n    | where ResultType == \"0\" and AppId in (tools) and TimeGenerated between ((recentStart - learning) .. (recentStart - 1d))\n    | distinct UserPrincipalName;\nlet homeAsns = union isfuzzy=true SigninLogs, AADNonInteractiveUserSignInLogs\n    | where ResultType == \"0\" and TimeGenerated between ((recentStart - learning) .. (recentStart - 1d))\n    | extend Asn = tostring(AutonomousSystemNumber)\n    | where isnotempty(Asn) and Asn != \"0\" and not(Asn in (deskHosting))\n    | summarize AsnDays = dcount(bin(TimeGenerated, 1d)) by UserPrincipalName, Asn\n    | where AsnDays >= 2;\nlet homeCountries = union isfuzzy=true (SigninLogs | extend LocationDetails = todynamic(LocationDetails)), (AADNonInteractiveUserSignInLogs | extend LocationDetails = todynamic(LocationDetails))\n    | where ResultType == \"0\" and TimeGenerated between ((recentStart - learning) .. (recentStart - 1d))\n    | extend Country = tostring(LocationDetails.countryOrRegion)\n    | where isnotempty(Country) and not(tostring(AutonomousSystemNumber) in (deskHosting))\n    | summarize CountryDays = dcount(bin(TimeGenerated, 1d)) by UserPrincipalName, Country\n    | where CountryDays >= 2\n    | summarize HomeCountries = make_set(Country, 50) by UserPrincipalName;\nlet laptops = union isfuzzy=true (SigninLogs | extend DeviceDetail = todynamic(DeviceDetail)), (AADNonInteractiveUserSignInLogs | extend DeviceDetail = todynamic(DeviceDetail))\n    | where ResultType == \"0\" and TimeGenerated between ((recentStart - learning) .. (recentStart - 1d)) and isnotempty(tostring(DeviceDetail.deviceId))\n        and (tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\")\n    | summarize DevDays = dcount(bin(TimeGenerated, 1d)) by UserPrincipalName, DevId = tostring(DeviceDetail.deviceId)\n    | where DevDays >= 2;\nuses\n| where TimeGenerated >= recentStart\n| join kind=leftanti before on UserPrincipalName, AppId\n{}\n{}\n| extend Asn = tostring(AutonomousSystemNumber)\n| join kind=leftouter homeAsns on UserPrincipalName, Asn\n| extend DevId = tostring(DeviceDetail.deviceId), Managed = tostring(DeviceDetail.isCompliant) =~ \"true\" or tostring(DeviceDetail.isManaged) =~ \"true\"\n| join kind=leftouter laptops on UserPrincipalName, DevId\n| join kind=leftouter homeCountries on UserPrincipalName\n| extend PhoneRefresh = (AppId in (phoneBrokers) or AppId in (brokers) and isempty(tostring(DeviceDetail.deviceId))) and IsInteractive == false and tolower(tostring(DeviceDetail.operatingSystem)) matches regex @\"^\\s*(ios|ipados|android)\" and isnotempty(Asn) and Asn != \"0\" and not(Asn in (deskHosting)) and isnotempty(tostring(LocationDetails.countryOrRegion)) and set_has_element(HomeCountries, tostring(LocationDetails.countryOrRegion))\n| extend SiteNet = iff(IPAddress contains \":\", parse_ipv6_mask(IPAddress, {}), format_ipv4_mask(IPAddress, {}))\n{shell}\n| summarize SignIns = count(), DeskRows = countif(AtDesk), LaptopRows = countif(Managed and isnotnull(DevDays) and isnotnull(AsnDays) and SiteNet in (orgNets)), EgressRows = countif(IPAddress in (orgEgress)), ShellRows = countif(AtDesk or Shell), PhoneRows = countif(PhoneRefresh), HomeRows = countif(AppId in (brokers) and (IsInteractive == false or AppId in (phoneBrokers) and tolower(tostring(DeviceDetail.operatingSystem)) matches regex @\"^\\s*(ios|ipados|android)\" and AuthenticationProtocol !~ \"deviceCode\") and isnotnull(AsnDays)), Ips = make_set(IPAddress, 10), Resources = make_set(ResourceDisplayName, 5), Judged = max(isnotempty(Nets)),\n    NewNetwork = max(NewNetwork), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, AppDisplayName, AppId\n| extend UsedTools = UserPrincipalName in (toolUsers)\n| extend Severity = case(not(Judged), \"low\", DeskRows == SignIns or HomeRows == SignIns or LaptopRows == SignIns or EgressRows == SignIns or PhoneRows == SignIns or ShellRows == SignIns, \"low\", NewNetwork, \"high\", UsedTools, \"low\", \"medium\")\n| sort by FirstSeen asc", Hunt::new_network_line(b.prefix_v4_bits, b.prefix_v6_bits, "UserPrincipalName", "IPAddress"), Hunt::desk_line("UserPrincipalName", "IPAddress", "TimeGenerated"), b.prefix_v6_bits, b.prefix_v4_bits));
    }
}

/// Why an episode is Low although the user never used the client: the first that holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Excuse {
    /// Every sign-in from an address where the user's own compliant or managed device signed in
    /// through another app within 12 hours.
    Desk,
    /// A broker's token refreshes (or the Authenticator on a phone) through a carrier or ISP the
    /// user's sign-ins used on two days or more.
    HomeCarrier,
    /// The Authenticator (or the Authentication Broker with no device id) on a phone refreshing its token through a carrier or ISP of a country the
    /// user signs in from.
    PhoneRefresh,
    /// The user's own managed device through their own network operator, at an organisation site.
    OwnLaptop,
    /// The organisation's own egress address (its virtual desktops, its proxy).
    Egress,
    /// The tool in the user's own cloud shell (a codespace, Cloud Shell), in a session begun on
    /// their own managed device; the rest at their desk.
    CloudShell,
}

/// Appends to `why` the reason an episode is Low (`excuse`), given the network operator `asn`
/// and country of its first sign-in and whether the network was new (`place_new`).
fn low_words(why: &mut String, place_new: bool, excuse: Excuse, asn: u32, country: &str) {
    why.pop();
    why.push_str(if place_new { ", but" } else { ";" });
    why.push_str(&match excuse {
        Excuse::Desk => " every sign-in came from an address where the user's own compliant or managed device signed in \
                         through another app within 12 hours (the user at their desk), so Low."
            .to_owned(),
        Excuse::HomeCarrier => format!(
            " every sign-in was a token refresh (or the phone-only Authenticator on a phone) through AS{asn}, a carrier or \
             ISP their own sign-ins used on two days or more before (the app on their own phone), so Low."
        ),
        Excuse::PhoneRefresh => format!(
            " every sign-in was a token broker on a phone (the Authenticator, or the Authentication Broker with no device \
             id: a phone's Teams or Outlook) refreshing its token, non-interactively, through AS{asn}, a \
             carrier or ISP (not a cloud, hosting or VPN network) in {}, a country their own sign-ins came from on two \
             days or more (the app on their phone, on home Wi-Fi or mobile data), so Low.",
            geo::country_name(country)
        ),
        Excuse::OwnLaptop => format!(
            " every sign-in came from their own compliant or managed device (signed in on two days or more before) \
             through AS{asn}, a network their own sign-ins used on two days or more before, so Low."
        ),
        Excuse::Egress => " every sign-in came from one of the organisation's own egress addresses, where many colleagues \
                           sign in on compliant or managed devices (its virtual desktops, cloud PCs or proxy), so Low."
            .to_owned(),
        Excuse::CloudShell => " the sign-ins away from the user's desk were the tool itself, non-interactively, from \
                               Microsoft's own cloud (AS8075), in a session the user began through it on their own \
                               compliant or managed device, not by device code: a codespace, Azure Cloud Shell or an Azure VM \
                               redeeming the user's own sign-in, most likely, so Low. A phished authorization code redeemed \
                               from Azure looks the same: ask the user."
            .to_owned(),
    });
}

/// Per-value answers of [`watched`], kept for the run: the same few apps and resources
/// recur on most rows.
#[derive(Default)]
struct Seen {
    /// Each app id symbol's client, decided once.
    apps: HashMap<Sym, App>,
    /// The app ids as written, trimmed and lower-cased, once each (`App::name` indexes them):
    /// two spellings of one id are one client.
    names: Vec<String>,
    name_ix: HashMap<String, u32>,
    /// (a watched API, Azure AD Graph, the Device Registration Service) by (resource id, resource name).
    api: HashMap<(Sym, Sym), (bool, bool, bool)>,
}

/// What the lists say of an app id.
#[derive(Clone, Copy)]
struct App {
    name: u32,
    kind: Option<ClientKind>,
    auth_broker: bool,
}

impl Seen {
    fn app(&mut self, cx: &Ctx, clients: &HashMap<String, (&str, ClientKind)>, sym: Sym) -> App {
        if let Some(&a) = self.apps.get(&sym) {
            return a;
        }
        let id = cx.ds.strings.get(sym).trim().to_lowercase();
        let (kind, auth_broker) = (clients.get(&id).map(|c| c.1), id == AUTH_BROKER);
        let next = self.names.len() as u32;
        let names = &mut self.names;
        let name = *self.name_ix.entry(id).or_insert_with_key(|id| {
            names.push(id.clone());
            next
        });
        let a = App { name, kind, auth_broker };
        self.apps.insert(sym, a);
        a
    }
}

/// True when a resource (its lower-case id, its name) is the Device Registration Service.
fn registration(clients: &HashMap<String, (&str, ClientKind)>, res_id: &str, res: &str) -> bool {
    clients.get(res_id).is_some_and(|c| c.1 == ClientKind::Registration) || contains_ci(res, "Device Registration Service")
}

/// Whether row `r` (of `app`) is a watched client reaching a watched API (or, for the
/// Authentication Broker, the Device Registration Service).
fn watched(cx: &Ctx, clients: &HashMap<String, (&str, ClientKind)>, seen: &mut Seen, app: App, r: u32) -> bool {
    let (api, aad_graph, drs) =
        *seen.api.entry((cx.sym(r, S::ResourceId), cx.sym(r, S::Resource))).or_insert_with_key(|&(id, name)| {
            let res_id = cx.ds.strings.get(id).trim().to_lowercase();
            let res = cx.ds.strings.get(name);
            let kind = clients.get(&res_id).map(|c| c.1);
            let api = kind == Some(ClientKind::Api)
                || ["Microsoft Graph", "Office 365 Exchange Online", "Windows Azure Active Directory"]
                    .iter()
                    .any(|n| contains_ci(res, n));
            let drs = registration(clients, &res_id, res);
            (api, res_id == AAD_GRAPH || contains_ci(res, "Windows Azure Active Directory"), drs)
        });
    // The device id only for a broker (a row's 16 bytes, far from its other columns).
    let no_device = || cx.id(r, S::DeviceId) == 0;
    match app.kind {
        Some(ClientKind::Tool) => api,
        // The broker on an enrolled phone or PC is the platform's own sign-in; without a device it
        // is someone redeeming a code or token for it elsewhere.
        Some(ClientKind::Broker | ClientKind::PhoneBroker) if api && no_device() => true,
        // The Authentication Broker registering a device: the user's new laptop at their desk, or
        // an intruder's machine with a phished code (judged like the rest: history, desk, network).
        Some(ClientKind::Broker) => drs && app.auth_broker && no_device(),
        // A family app's own refreshes to Azure AD Graph are routine; the phishing moment is the
        // interactive authorization.
        Some(ClientKind::Foci) => aad_graph && cx.ds.signins.table.enum_code(S::EventType as usize, r as usize) == 1,
        None => api && contains_ci(cx.s(r, S::UserAgent), "Visual Studio Code"),
        _ => false,
    }
}

/// Why episode `ep` of client `kind` is Low for a user with judged `history` although they never
/// used it (`used` marks a use of it), if it is.
fn excuse_for(
    cx: &Ctx,
    s: &Subject,
    kind: Option<ClientKind>,
    history: &[u32],
    ep: &[u32],
    used: &dyn Fn(u32) -> bool,
) -> Option<Excuse> {
    let broker = matches!(kind, Some(ClientKind::Broker | ClientKind::PhoneBroker));
    // Every sign-in from an address where the user's own compliant or managed device signed in
    // (through another app) within 12 hours: the user at their desk trying the tool. A phished
    // code or URL is redeemed and refreshed from the attacker's address, where that device never was.
    let desk: Vec<bool> = {
        let mut times: HashMap<u32, Vec<i64>> = HashMap::new();
        ep.iter()
            .map(|&r| {
                let t = times.entry(cx.ip[r as usize]).or_insert_with(|| managed_times(cx, r, used));
                vouched(t, cx.st(r))
            })
            .collect()
    };
    let at_desk = desk.iter().all(|&v| v);
    // Every sign-in at the desk (as above) or the same tool in the user's own cloud shell, in a
    // session they began through it on their own managed device ([`Ctx::mark_cloud_dev`]).
    let shell = || {
        ep.iter().any(|&r| cx.cloud_dev(r)) && ep.iter().zip(&desk).all(|(&r, &v)| v || cx.cloud_dev(r))
    };
    // A broker (the Authenticator, the Authentication Broker) without a device refreshing its
    // tokens through the carrier or ISP the user's own apps have used on two days before: the
    // app on their own phone, not a token redeemed for it on someone else's network. Only
    // non-interactive uses say who holds the tokens: an interactive sign-in (a device code, an
    // authorization code pasted to a phisher) is logged from where the victim entered it, even
    // when a phisher redeems it — except for the Authenticator, a phone-only app whose code
    // returns into the app, on a phone and not by device code: the user adding their work
    // account to it.
    let non_interactive = |r: u32| cx.ds.signins.table.enum_code(S::EventType as usize, r as usize) == 2;
    let phone_broker = kind == Some(ClientKind::PhoneBroker);
    let home_carrier = || {
        broker
            && ep.iter().all(|&r| {
                (non_interactive(r)
                    || phone_broker
                        && phone_os(cx.s(r, S::Os))
                        && !device_code_row(cx, r))
                    && established_asn(cx, s, cx.st(r), cx.asn(r))
            })
    };
    // The Authenticator (a phone-only app whose tokens live in the phone's keychain) refreshing
    // on a phone through a carrier or ISP of a country the user signs in from: their phone on
    // home Wi-Fi or mobile data, whose network is often new to their other sign-ins. Redeeming a
    // stolen family token for it from elsewhere comes through the thief's servers, or another
    // country, unless they rent a residential proxy in the user's country (the README's
    // trade-offs say so).
    let phone_refresh = || {
        // The countries of the history's sign-ins off cloud, hosting and VPN networks, on two
        // days or more: one earlier success (an intruder's own) does not make a country theirs.
        let mut days: HashMap<Sym, Vec<i64>> = HashMap::new();
        for &q in history.iter().filter(|&&q| !lists::hosting_asn(cx.asn(q))) {
            days.entry(cx.sym(q, S::Country)).or_default().push(cx.st(q).div_euclid(DAY_MS));
        }
        let home = |c: Sym| days.get(&c).is_some_and(|d| d.iter().any(|&x| x != d[0]));
        // The Authentication Broker too, on a phone with no device id: a phone's Teams or Outlook
        // refreshing through it on mobile data (a device registered through a phished broker
        // token has an id, and its thief's network is not a carrier of the user's country).
        broker
            && ep.iter().all(|&r| {
                let (asn, country) = (cx.asn(r), cx.sym(r, S::Country));
                non_interactive(r)
                    && (phone_broker || cx.id(r, S::DeviceId) == 0)
                    && phone_os(cx.s(r, S::Os))
                    && asn != NO_INT
                    && asn != 0
                    && !lists::hosting_asn(asn)
                    && !country.is_empty()
                    && home(country)
            })
    };
    // Every sign-in on the user's own managed device through their own network operator (the
    // organisation's proxy, whose exit addresses rotate): the admin at their laptop.
    let own_laptop = || ep.iter().all(|&r| own_device_own_net(cx, s, r));
    // Every sign-in from the organisation's own egress (its virtual desktops on a cloud network,
    // its proxy): an admin's tool on the company's jump host, not a phished token redeemed elsewhere.
    let egress = || ep.iter().all(|&r| org_egress(cx, r));
    if at_desk {
        Some(Excuse::Desk)
    } else if home_carrier() {
        Some(Excuse::HomeCarrier)
    } else if phone_refresh() {
        Some(Excuse::PhoneRefresh)
    } else if own_laptop() {
        Some(Excuse::OwnLaptop)
    } else if egress() {
        Some(Excuse::Egress)
    } else {
        shell().then_some(Excuse::CloudShell)
    }
}

fn episode(
    cx: &Ctx,
    s: &Subject,
    clients: &HashMap<String, (&str, ClientKind)>,
    id: &str,
    ep: Vec<u32>,
) -> Option<Draft> {
    let name = clients.get(id).map_or("", |c| c.0);
    let r0 = ep[0];
    let t0 = cx.st(r0);
    let history = judged_history(cx, s, t0);
    // For the broker only its device-less use is the pattern, so only that use is a habit.
    let kind = clients.get(id).map(|c| c.1);
    let broker = matches!(kind, Some(ClientKind::Broker | ClientKind::PhoneBroker));
    let used = |q: u32| {
        cx.s(q, S::AppId).trim().eq_ignore_ascii_case(id) && (!broker || (cx.id(q, S::DeviceId) == 0))
    };
    if history.as_ref().is_some_and(|h| h.iter().any(|&q| used(q))) {
        return None;
    }
    // Someone who already works with Microsoft's developer or admin tools trying another one is
    // not the phished user the pattern is about; from a network they never used, it still is.
    let tools_used: Vec<String> = history.as_ref().map_or_else(Vec::new, |h| {
        let mut names: Vec<String> = h
            .iter()
            .filter_map(|&q| clients.get(&cx.s(q, S::AppId).trim().to_lowercase()))
            .filter(|c| c.1 == ClientKind::Tool)
            .map(|c| c.0.to_owned())
            .collect();
        names.sort();
        names.dedup();
        names
    });
    let place_new = history.as_ref().and_then(|_| new_place(cx, &s.name, cx.ip_text(r0), t0));
    let excuse = history.as_deref().and_then(|h| excuse_for(cx, s, kind, h, &ep, &used));
    let sev = match (&history, &place_new) {
        (None, _) => Severity::Low,
        (Some(_), _) if excuse.is_some() => Severity::Low,
        (Some(_), None) if !tools_used.is_empty() => Severity::Low,
        (Some(_), None) => Severity::Medium,
        (Some(_), Some(_)) => Severity::High,
    };
    let app = if name.is_empty() { cx.s(r0, S::App).to_owned() } else { name.to_owned() };
    let mut d = Draft::new(format!("{}-{id}", s.name), sev);
    let res = cx.s(r0, S::Resource).trim();
    d.title = format!("{app} used to reach {} for {}", if res.is_empty() { "an API" } else { res }, s.name);
    d.why = format!(
        "{} signed in successfully through {app} ({id}) to {} at {} from {} ({}){}; {}{}.",
        s.name,
        list(&distinct(cx, &ep, S::Resource), 3),
        hm(t0),
        cx.ip_text(r0),
        place(cx, r0),
        if ep.len() > 1 { format!(", {} sign-ins in all", ep.len()) } else { String::new() },
        match &history {
            Some(h) if !tools_used.is_empty() => format!(
                "none of their {} successful sign-ins in the previous days used this client, but they use {} (a developer \
                 or admin trying another tool{})",
                h.len(),
                list(&tools_used, 3),
                if excuse == Some(Excuse::Desk) { "" } else { ", so Low unless the network is new" }
            ),
            Some(h) => format!("none of their {} successful sign-ins in the previous days used this client", h.len()),
            None => "there is too little history to tell whether they use it".to_owned(),
        },
        place_new.as_ref().map(|w| format!("; it came {w}")).unwrap_or_default()
    );
    if let Some(e) = excuse {
        low_words(&mut d.why, place_new.is_some(), e, cx.asn(r0), cx.s(r0, S::Country));
    }
    let registers = ep
        .iter()
        .any(|&r| registration(clients, &cx.s(r, S::ResourceId).trim().to_lowercase(), cx.s(r, S::Resource)));
    d.next_steps = if registers {
        "Ask the user whether they enrolled a new device at that time and place. If not, someone registered their own \
         with a phished code: find the device in the audit log (“Register device” by this user from this address), delete \
         it, revoke the user's sessions and refresh tokens, and require a compliant device for registration."
    } else {
        "Ask the user whether they use this tool. If not, they may have pasted a sign-in URL or code for an attacker \
         (OAuth phishing): revoke their sessions and refresh tokens, and block the client with Conditional Access if no \
         one needs it."
    }
    .into();
    d.users = vec![s.name.clone()];
    d.ips = distinct(cx, &ep, S::Ip);
    d.signins = ep;
    Some(d)
}
