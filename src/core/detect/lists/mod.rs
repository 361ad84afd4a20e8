//! The detection engine's lists, held once as data (`*.tsv` beside this file) and read by
//! the rules, their hunting queries, the defaults of [`DetectConfig`](super::DetectConfig)
//! and the docs alike. Each file has a header line and tab-separated cells; `-` is empty.
//!
//! | file | what | used by |
//! |---|---|---|
//! | `legacy_clients.tsv` | client-app names of legacy protocols | `legacy_auth` |
//! | `legacy_agents.tsv` | user-agent fragments of legacy / ROPC bridges | `legacy_auth` |
//! | `tool_agents.tsv` | user-agent fragments of scripts and attack tools | `tool_user_agent` |
//! | `privileged_roles.tsv` | privileged directory roles (+ template ids) | default of `privileged_roles` |
//! | `code_sets.tsv` | error-code sets (`spray`, `brute_force`, `password_ok`; `enrol`: MFA registration required) | defaults of the code settings; `enrol` in `security_info` |
//! | `permissions.tsv` | permissions and app roles by risk tier (`Files.*` = prefix), with sources | default of `permission_tiers` |
//! | `first_party_clients.tsv` | Microsoft public clients abused for token theft, and the APIs they target | `first_party_client` |
//! | `activities.tsv` | audit activity names by group | the audit rules and their queries |
//! | `hosting_asns.tsv` | ASNs of clouds, hosting, CDNs and VPN / relay networks (operators per the RIRs' whois and PeeringDB) | `signin_deviation`, `impossible_travel` |
//! | `generic_cctlds.tsv` | two-letter top-level domains used as generic names (`.io`, `.co`, `.me`…), which say nothing of a guest's country | `signin_deviation` ([`guest_country`]) |
//! | `moving_asns.tsv` | ASNs of in-flight Wi-Fi and satellite networks, whose addresses are placed at the operator's gateway, not where the user is (operators per the RIRs' whois and PeeringDB) | every rule that places a sign-in ([`super::signin::unplaced`]) |
//!
//! A test lints every file (cell counts, no duplicates, known groups); adding an entry is
//! adding a line.

use std::sync::LazyLock;

/// One parsed file: its rows of cells (header dropped, `-` read as empty).
struct Table {
    rows: Vec<Vec<&'static str>>,
}

fn parse(raw: &'static str) -> Table {
    let rows = raw
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').map(|c| if c == "-" { "" } else { c }).collect())
        .collect();
    Table { rows }
}

static LEGACY_CLIENTS: LazyLock<Table> = LazyLock::new(|| parse(include_str!("legacy_clients.tsv")));
static LEGACY_AGENTS: LazyLock<Table> = LazyLock::new(|| parse(include_str!("legacy_agents.tsv")));
static TOOL_AGENTS: LazyLock<Table> = LazyLock::new(|| parse(include_str!("tool_agents.tsv")));
static PRIVILEGED_ROLES: LazyLock<Table> = LazyLock::new(|| parse(include_str!("privileged_roles.tsv")));
static CODE_SETS: LazyLock<Table> = LazyLock::new(|| parse(include_str!("code_sets.tsv")));
static PERMISSIONS: LazyLock<Table> = LazyLock::new(|| parse(include_str!("permissions.tsv")));
static FIRST_PARTY: LazyLock<Table> = LazyLock::new(|| parse(include_str!("first_party_clients.tsv")));
static ACTIVITIES: LazyLock<Table> = LazyLock::new(|| parse(include_str!("activities.tsv")));
static HOSTING_ASNS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    column(&parse(include_str!("hosting_asns.tsv")), 0).iter().filter_map(|a| a.parse().ok()).collect()
});
static GENERIC_CCTLDS: LazyLock<Table> = LazyLock::new(|| parse(include_str!("generic_cctlds.tsv")));
static MOVING_ASNS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    column(&parse(include_str!("moving_asns.tsv")), 0).iter().filter_map(|a| a.parse().ok()).collect()
});
/// Both lists sorted, for the per-row questions (asked for most sign-ins by several rules).
static HOSTING_SORTED: LazyLock<Vec<u32>> = LazyLock::new(|| sorted(&HOSTING_ASNS));
static MOVING_SORTED: LazyLock<Vec<u32>> = LazyLock::new(|| sorted(&MOVING_ASNS));

fn sorted(v: &[u32]) -> Vec<u32> {
    let mut v = v.to_vec();
    v.sort_unstable();
    v
}

/// Every file with its expected number of cells, for the lint.
pub fn files() -> Vec<(&'static str, &'static str, usize)> {
    vec![
        ("legacy_clients.tsv", include_str!("legacy_clients.tsv"), 2),
        ("legacy_agents.tsv", include_str!("legacy_agents.tsv"), 2),
        ("tool_agents.tsv", include_str!("tool_agents.tsv"), 3),
        ("privileged_roles.tsv", include_str!("privileged_roles.tsv"), 2),
        ("code_sets.tsv", include_str!("code_sets.tsv"), 3),
        ("permissions.tsv", include_str!("permissions.tsv"), 3),
        ("first_party_clients.tsv", include_str!("first_party_clients.tsv"), 3),
        ("activities.tsv", include_str!("activities.tsv"), 3),
        ("hosting_asns.tsv", include_str!("hosting_asns.tsv"), 2),
        ("moving_asns.tsv", include_str!("moving_asns.tsv"), 2),
        ("generic_cctlds.tsv", include_str!("generic_cctlds.tsv"), 2),
    ]
}

/// A cloud, hosting, CDN or VPN / relay network: its addresses are in many countries and
/// anyone can rent one, so sharing it says nothing about being the same person or place.
pub fn hosting_asn(asn: u32) -> bool {
    HOSTING_SORTED.binary_search(&asn).is_ok()
}

/// An in-flight Wi-Fi or satellite network: its addresses are geolocated at the operator's
/// gateway (Viasat's in Carlsbad, US, for a flight over the Atlantic), so a sign-in through it
/// has no place — not a new country, not one end of a trip.
pub fn moving_asn(asn: u32) -> bool {
    MOVING_SORTED.binary_search(&asn).is_ok()
}

/// The country (ISO 3166 alpha-2, upper case) a user name's domain names by its top-level domain:
/// `lerato@knp.co.za` → `ZA`, `ann_contoso.co.uk#EXT#@fabrikam.onmicrosoft.com` → `GB` (a guest's
/// directory name keeps the home address before `#EXT#`, its `@` written as `_`). None for a
/// generic domain (`.com`, `.org`) or a two-letter one used as a generic name (`generic_cctlds.tsv`).
pub fn guest_country(upn: &str) -> Option<String> {
    let home = match upn.find("#EXT#") {
        Some(i) => upn[..i].rsplit_once('_').map(|(_, d)| d)?,
        None => upn.rsplit_once('@').map(|(_, d)| d)?,
    };
    let tld = home.trim_end_matches('.').rsplit('.').next()?.to_ascii_lowercase();
    if tld.len() != 2
        || !tld.bytes().all(|b| b.is_ascii_lowercase())
        || column(&GENERIC_CCTLDS, 0).contains(&tld.as_str())
    {
        return None;
    }
    Some(if tld == "uk" { "GB".to_owned() } else { tld.to_ascii_uppercase() })
}

/// Every ASN of `moving_asns.tsv`, in file order.
pub fn moving_asns() -> Vec<u32> {
    MOVING_ASNS.clone()
}

/// Every ASN of `hosting_asns.tsv`, in file order.
pub fn hosting_asns() -> Vec<u32> {
    HOSTING_ASNS.clone()
}

fn column(t: &Table, i: usize) -> Vec<&'static str> {
    t.rows.iter().filter_map(|r| r.get(i).copied()).collect()
}

/// Client-app names of legacy protocols (Sentinel's list and Sigma's additions).
pub fn legacy_clients() -> Vec<&'static str> {
    column(&LEGACY_CLIENTS, 0)
}

/// User-agent fragments of legacy-protocol / ROPC bridges (`BAV2ROPC`…).
pub fn legacy_agents() -> Vec<&'static str> {
    column(&LEGACY_AGENTS, 0)
}

/// A script or attack tool recognised by a user-agent fragment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tool {
    /// Lower-case fragment of the user agent.
    pub fragment: &'static str,
    pub label: &'static str,
    pub kind: ToolKind,
}

/// Whether a tool is an offensive tool or a general scripting client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToolKind {
    AttackTool,
    Scripting,
}

/// Every tool user agent, in file order (the first matching fragment wins).
pub fn tool_agents() -> Vec<Tool> {
    TOOL_AGENTS
        .rows
        .iter()
        .filter(|r| r.len() >= 3)
        .map(|r| Tool {
            fragment: r[0],
            label: r[1],
            kind: if r[2] == "attack-tool" { ToolKind::AttackTool } else { ToolKind::Scripting },
        })
        .collect()
}

/// Privileged directory roles (Sentinel's "outside PIM" list and a few more).
pub fn privileged_roles() -> Vec<&'static str> {
    column(&PRIVILEGED_ROLES, 0)
}

/// The role with this template id, when the list knows it.
pub fn role_by_template(template_id: &str) -> Option<&'static str> {
    PRIVILEGED_ROLES
        .rows
        .iter()
        .find(|r| r.get(1).is_some_and(|t| !t.is_empty() && t.eq_ignore_ascii_case(template_id.trim())))
        .map(|r| r[0])
}

/// The codes of a set (`spray`, `brute_force`, `password_ok`, `enrol`).
pub fn code_set(set: &str) -> Vec<u32> {
    CODE_SETS.rows.iter().filter(|r| r.first() == Some(&set)).filter_map(|r| r.get(1)?.parse().ok()).collect()
}

/// (permission, tier) of `permissions.tsv`, in file order.
pub fn permissions() -> Vec<(&'static str, &'static str)> {
    PERMISSIONS.rows.iter().filter(|r| r.len() >= 2).map(|r| (r[0], r[1])).collect()
}

/// What a row of `first_party_clients.tsv` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClientKind {
    /// A developer or admin tool (VS Code, Azure CLI, PowerShell modules…).
    Tool,
    /// A family-of-client-ids member (its refresh tokens redeem for the others).
    Foci,
    /// A token broker: the Authentication Broker of Windows and the Company Portal app that
    /// brokers sign-ins on iOS and Android (Microsoft identity platform docs, "brokered
    /// authentication"). Every enrolled phone and PC uses one, so only sign-ins *without* a
    /// device (the device-code / PRT phishing pattern) count.
    Broker,
    /// A token broker that exists only as a phone app (the Microsoft Authenticator): judged like
    /// [`ClientKind::Broker`], but its sign-ins, interactive ones too, on a phone through the
    /// user's own carrier are the app on their phone. Its sign-in returns the code into the app
    /// (an `msauth` redirect), so no public reporting has it phished (as the Authentication
    /// Broker's and VS Code's codes are), and personal phones (no device id) add work accounts
    /// to it every day.
    PhoneBroker,
    /// An API the abused clients are after (Microsoft Graph, Exchange, Azure AD Graph).
    Api,
    /// The Device Registration Service (a resource, not a client): the Authentication Broker
    /// reaching it without a device registers a new one — with a phished authorization code or device code, the intruder's
    /// own (Volexity's UTA0355, Microsoft's Storm-2372), whose primary refresh token then opens
    /// the user's mail.
    Registration,
    /// One of Microsoft's own web and sign-in clients (OfficeHome, Outlook on the web, the Azure
    /// portal, Windows Sign In…): never a third party's servers acting for users.
    Web,
}

/// The kind of app id `app_id` in `first_party_clients.tsv` (case-insensitive), if it is listed.
pub fn first_party_kind(app_id: &str) -> Option<ClientKind> {
    static KINDS: LazyLock<Vec<(String, ClientKind)>> =
        LazyLock::new(|| first_party().into_iter().map(|(id, _, k)| (id.to_lowercase(), k)).collect());
    let id = app_id.trim();
    KINDS.iter().find(|(x, _)| x.eq_ignore_ascii_case(id)).map(|x| x.1)
}

/// The app ids of the developer and admin tools of `first_party_clients.tsv` (kind `tool`).
pub fn tool_ids() -> Vec<String> {
    first_party().into_iter().filter(|c| c.2 == ClientKind::Tool).map(|c| c.0.to_owned()).collect()
}

/// (app id, name, kind) of `first_party_clients.tsv`.
pub fn first_party() -> Vec<(&'static str, &'static str, ClientKind)> {
    FIRST_PARTY
        .rows
        .iter()
        .filter(|r| r.len() >= 3)
        .filter_map(|r| {
            let kind = match r[2] {
                "tool" => ClientKind::Tool,
                "foci" => ClientKind::Foci,
                "broker" => ClientKind::Broker,
                "phone-broker" => ClientKind::PhoneBroker,
                "api" => ClientKind::Api,
                "registration" => ClientKind::Registration,
                "web" => ClientKind::Web,
                _ => return None,
            };
            Some((r[0], r[1], kind))
        })
        .collect()
}

/// How an activity name of `activities.tsv` is matched against an event's activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// Equal, ignoring case.
    Exact,
    /// Contained, ignoring case.
    Contains,
}

type Groups = Vec<(&'static str, Vec<(&'static str, Match)>)>;

static ACTIVITY_GROUPS: LazyLock<Groups> = LazyLock::new(|| {
    let mut g: Groups = Vec::new();
    for r in ACTIVITIES.rows.iter().filter(|r| r.len() >= 3) {
        let m = if r[2] == "exact" { Match::Exact } else { Match::Contains };
        match g.iter_mut().find(|(k, _)| *k == r[0]) {
            Some((_, v)) => v.push((r[1], m)),
            None => g.push((r[0], vec![(r[1], m)])),
        }
    }
    g
});

/// The activities of a group, as (lower-case name, how it is matched).
pub fn activities(group: &str) -> &'static [(&'static str, Match)] {
    ACTIVITY_GROUPS.iter().find(|(k, _)| *k == group).map_or(&[], |(_, v)| v.as_slice())
}

/// The names of every group of `activities.tsv`.
pub fn activity_groups() -> Vec<&'static str> {
    ACTIVITY_GROUPS.iter().map(|(k, _)| *k).collect()
}

/// True when the (lower-case) activity `a` is one of `group`'s.
pub fn is_activity(group: &str, a: &str) -> bool {
    activities(group).iter().any(|(n, m)| match m {
        Match::Exact => a == *n,
        Match::Contains => a.contains(n),
    })
}
