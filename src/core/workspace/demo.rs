//! The demo tenant: a deterministic, realistic Entra tenant with a hidden attack story.
//!
//! `generate(&DemoConfig)` builds ~200 users (home country and city, work hours, devices,
//! apps) and three weeks of interactive and non-interactive sign-ins and audit events,
//! with the error codes a real tenant shows (typos 50126, MFA prompts 50074/50076, the
//! keep-me-signed-in question 50140, token expiry 70043, consent 65001, Conditional Access
//! blocks 53003…). Planted in it, at known times, are the attacks listed in
//! [`Tenant::truth`] (the ground truth kept beside the generator):
//!
//! - a **password spray** from one IP against many users, with one success;
//! - an **impossible-travel** pair of successful sign-ins;
//! - **MFA fatigue**: a burst of denied / unanswered push prompts, then an approval;
//! - **legacy-protocol** (IMAP / SMTP, BAV2ROPC) successes;
//! - **sign-in attempts on a disabled account** (50057);
//! - an **account-takeover chain**: a risky sign-in from a new country → a new MFA
//!   method registered → the user added to a privileged role → consent to an app.
//!
//! The same seed gives the same bytes (only the seeded generator below is used; no
//! clock, no hash-map order). The tenant is written in the admin center's exact formats:
//! the 57-column sign-in CSV, the 86-column audit CSV, and Graph JSON arrays.

use std::io::{self, Write};

use crate::core::{codes, detect::RuleId, model::id::format_guid, model::time};

/// What to generate.
#[derive(Clone, Debug)]
pub struct DemoConfig {
    pub seed: u64,
    /// Number of ordinary users (the attack victims are among them).
    pub users: usize,
    pub days: u32,
    /// Conditional Access policies listed on every sign-in (JSON output).
    pub ca_policies: usize,
    /// If set, benign sign-ins are scaled so that the tenant has about this many sign-ins.
    pub target_signins: Option<usize>,
    /// Shaped like a real tenant's export for benchmarks (see [`Tenant::make_realistic`]).
    pub realistic: bool,
    /// With `realistic`: every row a random user, so that each user signs in from several
    /// countries and networks a week (an attack-heavy tenant: detection's stress case).
    pub scattered: bool,
    /// JSON written indented, as some tools save it.
    pub pretty: bool,
}

impl Default for DemoConfig {
    fn default() -> Self {
        Self {
            seed: 7,
            users: 200,
            days: 21,
            ca_policies: 4,
            target_signins: None,
            realistic: false,
            scattered: false,
            pretty: false,
        }
    }
}

/// Top-level keys of a Graph `signIn`, in the order Graph returns them.
const SIGNIN_KEYS: &[&str] = &[
    "id",
    "createdDateTime",
    "userDisplayName",
    "userPrincipalName",
    "userId",
    "appId",
    "appDisplayName",
    "ipAddress",
    "ipAddressFromResourceProvider",
    "clientAppUsed",
    "userAgent",
    "correlationId",
    "conditionalAccessStatus",
    "originalRequestId",
    "isInteractive",
    "tokenIssuerName",
    "tokenIssuerType",
    "clientCredentialType",
    "processingTimeInMilliseconds",
    "riskDetail",
    "riskLevelAggregated",
    "riskLevelDuringSignIn",
    "riskState",
    "riskEventTypes",
    "riskEventTypes_v2",
    "resourceDisplayName",
    "resourceId",
    "resourceTenantId",
    "homeTenantId",
    "homeTenantName",
    "authenticationMethodsUsed",
    "authenticationRequirement",
    "signInIdentifier",
    "signInIdentifierType",
    "servicePrincipalName",
    "signInEventTypes",
    "servicePrincipalId",
    "federatedCredentialId",
    "userType",
    "flaggedForReview",
    "isTenantRestricted",
    "autonomousSystemNumber",
    "crossTenantAccessType",
    "servicePrincipalCredentialKeyId",
    "servicePrincipalCredentialThumbprint",
    "uniqueTokenIdentifier",
    "incomingTokenType",
    "authenticationProtocol",
    "resourceServicePrincipalId",
    "sessionId",
    "originalTransferMethod",
    "isThroughGlobalSecureAccess",
    "status",
    "deviceDetail",
    "location",
    "appliedConditionalAccessPolicies",
    "authenticationContextClassReferences",
    "authenticationProcessingDetails",
    "networkLocationDetails",
    "authenticationDetails",
    "authenticationRequirementPolicies",
];

/// The first instant of the demo period: Monday 2026-10-26 00:00 UTC.
pub const START_MS: i64 = 1_792_972_800_000;
const HOUR: i64 = 3_600_000;
const MIN: i64 = 60_000;
const DAY: i64 = 24 * HOUR;

/// The tenant's domain.
pub const DOMAIN: &str = "contoso.example";
const TENANT_ID: &str = "72f988bf-0000-4e2a-9c1e-3f6d2b8a5c11";

/// A planted scenario: what happened, to whom, when (ground truth for tests and trainers).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Stable key: `password_spray`, `traveller`, `push_bombing`, `legacy_mailbox`,
    /// `former_employee`, `account_takeover`.
    pub key: &'static str,
    /// The rule that must find it (at Medium or above, with the victim first).
    pub rule: RuleId,
    pub title: &'static str,
    /// User principal names involved (the victim first).
    pub users: Vec<String>,
    /// Attacker IPs.
    pub ips: Vec<String>,
    pub first_ms: i64,
    pub last_ms: i64,
    /// Request ids of the planted sign-ins.
    pub signin_ids: Vec<String>,
    /// Ids of the planted audit events.
    pub audit_ids: Vec<String>,
}

/// One authentication step of a sign-in.
#[derive(Clone, Debug)]
pub struct Step {
    pub time_ms: i64,
    pub method: &'static str,
    pub detail: &'static str,
    pub succeeded: bool,
    pub result: &'static str,
    pub requirement: &'static str,
}

/// A generated sign-in.
#[derive(Clone, Debug)]
pub struct SignInEvent {
    pub time_ms: i64,
    pub id: String,
    pub correlation_id: String,
    pub user_name: String,
    pub upn: String,
    pub user_id: String,
    pub user_type: &'static str,
    pub app: &'static str,
    pub app_id: &'static str,
    pub resource: &'static str,
    pub resource_id: &'static str,
    pub ip: String,
    pub city: &'static str,
    pub state: &'static str,
    pub country: &'static str,
    pub lat: f64,
    pub lon: f64,
    pub asn: u32,
    pub code: u32,
    pub client_app: &'static str,
    pub user_agent: &'static str,
    pub device_id: String,
    pub device_name: String,
    pub os: &'static str,
    pub browser: &'static str,
    pub compliant: bool,
    pub managed: bool,
    pub join_type: &'static str,
    pub mfa_result: &'static str,
    pub mfa_method: &'static str,
    pub mfa_detail: &'static str,
    pub auth_requirement: &'static str,
    pub interactive: bool,
    pub incoming_token: &'static str,
    pub protocol: &'static str,
    pub transfer: &'static str,
    pub session_id: String,
    pub latency_ms: u32,
    pub ca_status: &'static str,
    /// Result per tenant policy (index into the policy list).
    pub ca_results: Vec<&'static str>,
    pub risk_during: &'static str,
    pub risk_aggregated: &'static str,
    pub risk_state: &'static str,
    pub risk_detail: &'static str,
    pub risk_types: Vec<&'static str>,
    pub steps: Vec<Step>,
}

/// A generated audit event.
#[derive(Clone, Debug)]
pub struct AuditEvent {
    pub time_ms: i64,
    pub id: String,
    pub correlation_id: String,
    pub service: &'static str,
    pub category: &'static str,
    pub activity: &'static str,
    pub result: &'static str,
    pub reason: String,
    pub user_agent: String,
    pub operation_type: &'static str,
    /// `User` or `App`.
    pub actor_type: &'static str,
    pub actor_name: String,
    pub actor_id: String,
    pub actor_upn: String,
    pub actor_ip: String,
    pub targets: Vec<AuditTarget>,
    pub details: Vec<(String, String)>,
}

/// A target of an audit event.
#[derive(Clone, Debug)]
pub struct AuditTarget {
    pub kind: &'static str,
    pub name: String,
    pub id: String,
    pub upn: String,
    pub props: Vec<(String, String, String)>,
}

/// A Conditional Access policy of the tenant.
#[derive(Clone, Debug)]
pub struct Policy {
    pub id: String,
    pub name: String,
    pub grant: Vec<&'static str>,
}

/// The generated tenant.
#[derive(Clone, Debug)]
pub struct Tenant {
    pub signins: Vec<SignInEvent>,
    pub audits: Vec<AuditEvent>,
    pub policies: Vec<Policy>,
    pub truth: Vec<Scenario>,
    pub start_ms: i64,
    pub end_ms: i64,
    /// JSON keys in Graph's order (`id` first) instead of alphabetical.
    pub graph_order: bool,
    /// JSON written indented.
    pub pretty: bool,
}

// ---------------------------------------------------------------------------------------
// Randomness.

/// SplitMix64: small, fast, and the same on every platform.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo).max(1) as u64) as i64
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
    fn guid(&mut self) -> String {
        let v = ((self.next() as u128) << 64) | self.next() as u128;
        // Version 4, variant 10.
        let v = (v & !(0xF << 76) | (0x4 << 76)) & !(0x3 << 62) | (0x2 << 62);
        format_guid(v)
    }
}

// ---------------------------------------------------------------------------------------
// Data of the fictional tenant.

#[derive(Clone, Copy)]
struct Place {
    city: &'static str,
    state: &'static str,
    country: &'static str,
    lat: f64,
    lon: f64,
    /// Offset of local time from UTC in minutes (in November).
    tz_min: i64,
    /// First two octets of the office egress / home ISP ranges.
    office: (u8, u8),
    isp: (u8, u8),
    asn_office: u32,
    asn_isp: u32,
}

#[allow(clippy::too_many_arguments)] // a row of the places table, written inline
const fn place(
    city: &'static str,
    state: &'static str,
    country: &'static str,
    lat: f64,
    lon: f64,
    tz_min: i64,
    office: (u8, u8),
    isp: (u8, u8),
    asn_isp: u32,
) -> Place {
    Place { city, state, country, lat, lon, tz_min, office, isp, asn_office: 8075, asn_isp }
}

static OFFICES: &[(Place, u32)] = &[
    (place("Seattle", "Washington", "US", 47.61, -122.33, -480, (20, 59), (73, 97), 7922), 26),
    (place("Redmond", "Washington", "US", 47.67, -122.12, -480, (20, 59), (67, 183), 7922), 14),
    (place("New York", "New York", "US", 40.71, -74.01, -300, (20, 88), (96, 232), 701), 16),
    (place("Chicago", "Illinois", "US", 41.88, -87.63, -360, (20, 98), (98, 213), 7922), 8),
    (place("Austin", "Texas", "US", 30.27, -97.74, -360, (20, 97), (70, 113), 11427), 6),
    (place("London", "England", "GB", 51.51, -0.13, 0, (51, 140), (86, 171), 2856), 12),
    (place("Manchester", "England", "GB", 53.48, -2.24, 0, (51, 141), (81, 98), 5089), 4),
    (place("Berlin", "Berlin", "DE", 52.52, 13.40, 60, (20, 79), (91, 64), 3320), 6),
    (place("Munich", "Bavaria", "DE", 48.14, 11.58, 60, (20, 79), (84, 149), 3320), 4),
    (place("Bengaluru", "Karnataka", "IN", 12.97, 77.59, 330, (20, 192), (106, 51), 24560), 8),
    (place("Toronto", "Ontario", "CA", 43.65, -79.38, -300, (20, 151), (99, 232), 577), 6),
    (place("Dublin", "Dublin", "IE", 53.35, -6.26, 0, (20, 105), (89, 101), 5466), 4),
    (place("Sydney", "New South Wales", "AU", -33.87, 151.21, 660, (20, 211), (101, 160), 1221), 4),
];

const FIRST: &[&str] = &[
    "Adele",
    "Alex",
    "Allan",
    "Ana",
    "Ben",
    "Bianca",
    "Carlos",
    "Chen",
    "Christie",
    "Daniel",
    "Debra",
    "Diego",
    "Elena",
    "Emily",
    "Enrico",
    "Fatima",
    "Gareth",
    "Grady",
    "Hana",
    "Henrietta",
    "Isaiah",
    "Ivan",
    "Jana",
    "Johanna",
    "Joni",
    "Jordan",
    "Kai",
    "Karin",
    "Lee",
    "Lidia",
    "Liam",
    "Lynne",
    "Maya",
    "Megan",
    "Miriam",
    "Nestor",
    "Nina",
    "Omar",
    "Patti",
    "Pradeep",
    "Priya",
    "Raul",
    "Rosa",
    "Sakura",
    "Samir",
    "Sofia",
    "Tomas",
    "Uma",
    "Victor",
    "Wen",
    "Yusuf",
    "Zoe",
];
const LAST: &[&str] = &[
    "Vance",
    "Wilber",
    "Deyoung",
    "Bowen",
    "Siciliani",
    "Wilke",
    "Sherman",
    "Gu",
    "Holloway",
    "Fernandez",
    "Langer",
    "Harris",
    "Patel",
    "Nguyen",
    "Okafor",
    "Schmidt",
    "Kowalski",
    "Rossi",
    "Tanaka",
    "Dubois",
    "Larsen",
    "Murphy",
    "Silva",
    "Cohen",
    "Haddad",
    "Ivanova",
    "Brennan",
    "Moreau",
    "Khan",
    "Lindqvist",
    "Adeyemi",
    "Novak",
    "Costa",
    "Fischer",
    "Yamamoto",
    "O'Neil",
    "Andersen",
    "Kim",
    "Rahman",
    "Garcia",
    "Mueller",
    "Baker",
];

#[derive(Clone, Copy)]
struct App {
    name: &'static str,
    id: &'static str,
    resource: &'static str,
    resource_id: &'static str,
    weight: u32,
}

const GRAPH: (&str, &str) = ("Microsoft Graph", "00000003-0000-0000-c000-000000000000");
const EXO: (&str, &str) = ("Office 365 Exchange Online", "00000002-0000-0ff1-ce00-000000000000");
const SPO: (&str, &str) = ("Office 365 SharePoint Online", "00000003-0000-0ff1-ce00-000000000000");

static APPS: &[App] = &[
    App {
        name: "Microsoft Teams",
        id: "1fec8e78-bce4-4aaf-ab1b-5451cc387264",
        resource: "Microsoft Teams Services",
        resource_id: "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe",
        weight: 30,
    },
    App {
        name: "Microsoft Office",
        id: "d3590ed6-52b3-4102-aeff-aad2292ab01c",
        resource: EXO.0,
        resource_id: EXO.1,
        weight: 22,
    },
    App {
        name: "OfficeHome",
        id: "4765445b-32c6-49b0-83e6-1d93765276ca",
        resource: "OfficeHome",
        resource_id: "4765445b-32c6-49b0-83e6-1d93765276ca",
        weight: 14,
    },
    App {
        name: "Outlook Mobile",
        id: "27922004-5251-4030-b22d-91ecd9a37ea4",
        resource: EXO.0,
        resource_id: EXO.1,
        weight: 10,
    },
    App { name: "Office 365 SharePoint Online", id: SPO.1, resource: SPO.0, resource_id: SPO.1, weight: 10 },
    App {
        name: "My Apps",
        id: "2793995e-0a7d-40d7-bd35-6968ba142197",
        resource: GRAPH.0,
        resource_id: GRAPH.1,
        weight: 4,
    },
    App {
        name: "Salesforce",
        id: "5cf7b2c9-0e3b-4ac7-b4f0-6d4e1c2a9f10",
        resource: "Salesforce",
        resource_id: "5cf7b2c9-0e3b-4ac7-b4f0-6d4e1c2a9f10",
        weight: 5,
    },
    App {
        name: "Workday",
        id: "8a1c2f44-7d1e-4b9a-a3e2-1f5b7c9d0e21",
        resource: "Workday",
        resource_id: "8a1c2f44-7d1e-4b9a-a3e2-1f5b7c9d0e21",
        weight: 3,
    },
    App {
        name: "Azure Portal",
        id: "c44b4083-3bb0-49c1-b47d-974e53cbdf3c",
        resource: "Windows Azure Service Management API",
        resource_id: "797f4846-ba00-4fd7-ba43-dac1f8f63013",
        weight: 2,
    },
];

#[derive(Clone, Copy)]
struct Device {
    os: &'static str,
    browser: &'static str,
    ua: &'static str,
    client_app: &'static str,
    managed: bool,
    join: &'static str,
}

static DEVICES: &[Device] = &[
    Device {
        os: "Windows 11",
        browser: "Edge 130.0.0",
        ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
        client_app: "Browser",
        managed: true,
        join: "Microsoft Entra joined",
    },
    Device {
        os: "Windows 10",
        browser: "Chrome 130.0.0",
        ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
        client_app: "Browser",
        managed: true,
        join: "Microsoft Entra hybrid joined",
    },
    Device {
        os: "Windows 11",
        browser: "Rich Client 5.2.4.0",
        ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Teams/24295.606.3238.6194",
        client_app: "Mobile Apps and Desktop clients",
        managed: true,
        join: "Microsoft Entra joined",
    },
    Device {
        os: "MacOs",
        browser: "Safari 18.1",
        ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        client_app: "Browser",
        managed: false,
        join: "",
    },
    Device {
        os: "Ios 18.1",
        browser: "Mobile Safari 18.1",
        ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
        client_app: "Mobile Apps and Desktop clients",
        managed: false,
        join: "",
    },
    Device {
        os: "Android 15",
        browser: "Chrome Mobile 130.0.0",
        ua: "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
        client_app: "Mobile Apps and Desktop clients",
        managed: false,
        join: "",
    },
];

const POLICY_NAMES: &[(&str, &[&str])] = &[
    ("Require MFA for all users", &["Mfa"]),
    ("Block legacy authentication", &["Block"]),
    ("Require compliant device for admins", &["RequireCompliantDevice"]),
    ("Require MFA for Azure management", &["Mfa"]),
    ("Block high-risk sign-ins", &["Block"]),
    ("Require terms of use for guests", &["TermsOfUse"]),
    ("Session timeout for unmanaged devices", &[]),
    ("Require password change for high user risk", &["PasswordChange"]),
];

struct User {
    name: String,
    upn: String,
    id: String,
    home: Place,
    /// Devices: (device index, device id, name).
    devices: Vec<(usize, String, String)>,
    start_hour: i64,
    apps: Vec<usize>,
    mfa: bool,
    guest: bool,
    /// Octets 3 and 4 of the user's home ISP address.
    home_ip: (u8, u8),
}

fn ip(prefix: (u8, u8), c: u8, d: u8) -> String {
    format!("{}.{}.{}.{}", prefix.0, prefix.1, c, d)
}

// ---------------------------------------------------------------------------------------
// Generation.

struct Gen<'c> {
    cfg: &'c DemoConfig,
    rng: Rng,
    users: Vec<User>,
    policies: Vec<Policy>,
    signins: Vec<SignInEvent>,
    audits: Vec<AuditEvent>,
    truth: Vec<Scenario>,
}

/// Builds the tenant.
pub fn generate(cfg: &DemoConfig) -> Tenant {
    let mut g = Gen {
        cfg,
        rng: Rng(cfg.seed ^ 0x4c41_4e54_4552_4e00),
        users: Vec::new(),
        policies: Vec::new(),
        signins: Vec::new(),
        audits: Vec::new(),
        truth: Vec::new(),
    };
    let users = match cfg.target_signins {
        Some(n) => cfg.users.max(n / 120 + 10),
        None => cfg.users,
    };
    g.make_policies();
    g.make_users(users);
    g.benign_signins();
    g.benign_audits();
    g.plant_attacks();
    if let Some(n) = cfg.target_signins {
        g.trim_to(n);
    }
    // Newest first, as the portal downloads them.
    g.signins.sort_by(|a, b| b.time_ms.cmp(&a.time_ms).then_with(|| a.id.cmp(&b.id)));
    g.audits.sort_by(|a, b| b.time_ms.cmp(&a.time_ms).then_with(|| a.id.cmp(&b.id)));
    let mut t = Tenant {
        signins: g.signins,
        audits: g.audits,
        policies: g.policies,
        truth: g.truth,
        start_ms: START_MS,
        end_ms: START_MS + cfg.days as i64 * DAY,
        graph_order: false,
        pretty: cfg.pretty,
    };
    if cfg.realistic {
        t.make_realistic(cfg);
    }
    t
}

impl Tenant {
    /// Reshapes the sign-ins like a real tenant's export, for benchmarks: every row its own
    /// request, correlation and token id; one user per ~40 sign-ins (at least 2,000), each with
    /// an id, a device and a home address of their own, and the places, apps and networks of
    /// one of the tenant's people (its rows shared by ~3 users at 250,000 sign-ins, more on
    /// smaller tenants: there are at least 2,000 users); a third of the sign-ins from any of
    /// ~50,000 other addresses; sessions of a few sign-ins; JSON keys in Graph's order. The
    /// planted attacks keep their rows but lose their ground truth (not for detection tests).
    /// `cfg.scattered` gives every row a random user instead (see [`DemoConfig::scattered`]).
    pub fn make_realistic(&mut self, cfg: &DemoConfig) {
        let (seed, scattered) = (cfg.seed, cfg.scattered);
        let mut rng = Rng(seed ^ 0x5245_414c_4953_5449);
        let n_users = (self.signins.len() / 40).max(2_000);
        let first = [
            "ana", "ben", "chen", "dara", "eli", "fatima", "goran", "hana", "ivan", "jo", "kai", "lena", "milo", "nia",
            "omar", "pia",
        ];
        let last = [
            "alvarez",
            "brown",
            "costa",
            "dubois",
            "eriksen",
            "fischer",
            "garcia",
            "hughes",
            "ito",
            "jensen",
            "kowalski",
            "lindqvist",
            "moreau",
            "novak",
            "okafor",
            "patel",
        ];
        let users: Vec<(String, String, String, String, String)> = (0..n_users)
            .map(|i| {
                let (f, l) = (first[i % first.len()], last[(i / first.len()) % last.len()]);
                let home =
                    format!("{}.{}.{}.{}", 20 + rng.below(180), rng.below(256), rng.below(256), 1 + rng.below(254));
                (format!("{} {} {i}", f, l), format!("{f}.{l}{i}@{DOMAIN}"), rng.guid(), rng.guid(), home)
            })
            .collect();
        // Each user lives the life of one of the tenant's people (a persona: their offices,
        // trips, apps and networks), so places and networks stay a person's own as in a real
        // tenant; ~3 users share a persona's rows.
        let mut personas: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for e in &self.signins {
            let next = personas.len();
            personas.entry(e.upn.clone()).or_insert(next);
        }
        let n_personas = personas.len().clamp(1, n_users);
        let mut session = String::new();
        for (k, e) in self.signins.iter_mut().enumerate() {
            let u = if scattered {
                &users[rng.below(n_users as u64) as usize]
            } else {
                let p = personas.get(&e.upn).copied().unwrap_or(0) % n_personas;
                let share = (n_users - p).div_ceil(n_personas) as u64;
                &users[p + n_personas * rng.below(share) as usize]
            };
            e.user_name = u.0.clone();
            e.upn = u.1.clone();
            e.user_id = u.2.clone();
            e.device_id = u.3.clone();
            e.device_name = format!("PC-{}", &u.3[..8]);
            e.ip = if rng.chance(0.67) {
                u.4.clone()
            } else {
                format!("{}.{}.{}.{}", 20 + rng.below(180), rng.below(256), rng.below(256), 1 + rng.below(254))
            };
            e.id = rng.guid();
            e.correlation_id = rng.guid();
            if k % 4 == 0 || session.is_empty() {
                session = rng.guid();
            }
            e.session_id = session.clone();
        }
        self.truth.clear();
        self.graph_order = true;
    }
}

impl Gen<'_> {
    fn make_policies(&mut self) {
        for i in 0..self.cfg.ca_policies {
            let (name, grant) = POLICY_NAMES[i % POLICY_NAMES.len()];
            let name = if i < POLICY_NAMES.len() {
                name.to_owned()
            } else {
                format!("{name} ({})", i / POLICY_NAMES.len() + 1)
            };
            let id = self.rng.guid();
            self.policies.push(Policy { id, name, grant: grant.to_vec() });
        }
    }

    fn make_users(&mut self, n: usize) {
        let total_weight: u32 = OFFICES.iter().map(|o| o.1).sum();
        let mut taken = std::collections::BTreeSet::new();
        for i in 0..n {
            // The story's cast gets fixed names; everybody else is drawn.
            let (first, last) = match i {
                0 => ("Adele", "Vance"),
                1 => ("Lee", "Gu"),
                2 => ("Diego", "Siciliani"),
                3 => ("Nestor", "Wilke"),
                4 => ("Joni", "Sherman"),
                5 => ("Irvin", "Sayers"),
                6 => ("Patti", "Fernandez"),
                7 => ("Isaiah", "Langer"),
                8 => ("Megan", "Bowen"),
                _ => (*self.rng.pick(FIRST), *self.rng.pick(LAST)),
            };
            let mut local = format!("{}.{}", first.to_lowercase(), last.to_lowercase().replace('\'', ""));
            let mut k = 2;
            while !taken.insert(local.clone()) {
                local = format!("{}.{}{k}", first.to_lowercase(), last.to_lowercase().replace('\'', ""));
                k += 1;
            }
            let mut w = self.rng.below(total_weight as u64) as u32;
            let mut home = OFFICES[0].0;
            for (p, weight) in OFFICES {
                if w < *weight {
                    home = *p;
                    break;
                }
                w -= weight;
            }
            if i <= 8 {
                home = OFFICES[if i == 2 { 0 } else { i % 3 }].0;
            }
            let ndev = 1 + self.rng.below(3) as usize;
            let mut devices = Vec::new();
            // Everyone has a corporate Windows device first; then personal ones.
            let mut kinds = vec![self.rng.below(3) as usize];
            for _ in 1..ndev {
                kinds.push(3 + self.rng.below(3) as usize);
            }
            for kind in kinds {
                let id = self.rng.guid();
                let dev_name = if DEVICES[kind].managed {
                    format!("CONTOSO-{:05}", self.rng.below(99_999))
                } else {
                    String::new()
                };
                devices.push((kind, id, dev_name));
            }
            let mut apps = vec![0, 1, 2];
            for (a, app) in APPS.iter().enumerate().skip(3) {
                if self.rng.below(100) < app.weight as u64 * 5 {
                    apps.push(a);
                }
            }
            if i == 6 || i == 7 || i == 8 {
                apps.push(8);
            }
            let guest = i > 8 && self.rng.chance(0.03);
            let upn =
                if guest { format!("{local}_partner.example#ext#@{DOMAIN}") } else { format!("{local}@{DOMAIN}") };
            self.users.push(User {
                name: format!("{first} {last}"),
                upn,
                id: self.rng.guid(),
                home,
                devices,
                start_hour: 7 + self.rng.below(3) as i64,
                apps,
                // The spray victim (Lee Gu) never registered MFA; that is how the spray succeeds.
                mfa: i != 1,
                guest,
                home_ip: (1 + self.rng.below(250) as u8, 2 + self.rng.below(250) as u8),
            });
        }
    }

    /// A sign-in with the user's usual context filled in.
    fn base(&mut self, u: usize, t: i64, app: usize, from_home: bool, dev: usize) -> SignInEvent {
        let user = &self.users[u];
        let a = APPS[user.apps[app % user.apps.len()]];
        let (kind, dev_id, dev_name) = user.devices[dev % user.devices.len()].clone();
        let d = DEVICES[kind];
        let p = user.home;
        let (ip, asn) = if from_home || !d.managed {
            (ip(p.isp, user.home_ip.0, user.home_ip.1), p.asn_isp)
        } else {
            (ip(p.office, 10 + (u % 8) as u8, 4 + (u % 50) as u8), p.asn_office)
        };
        let correlation_id = self.rng.guid();
        let id = self.rng.guid();
        // One session per user, device and day, as Entra keeps a session across sign-ins.
        let day = (t - START_MS).div_euclid(DAY);
        let session_id = format_guid(
            (0x5e55_0000_0000_4000_8000_0000_0000_0000u128
                | ((u as u128) << 40)
                | ((dev as u128 & 0xff) << 32)
                | (day as u128 & 0xffff_ffff))
                ^ (self.cfg.seed as u128) << 64,
        );
        let n = self.policies.len();
        SignInEvent {
            time_ms: t,
            id,
            correlation_id,
            user_name: user.name.clone(),
            upn: user.upn.clone(),
            user_id: user.id.clone(),
            user_type: if user.guest { "Guest" } else { "Member" },
            app: a.name,
            app_id: a.id,
            resource: a.resource,
            resource_id: a.resource_id,
            ip,
            city: p.city,
            state: p.state,
            country: p.country,
            lat: p.lat,
            lon: p.lon,
            asn,
            code: 0,
            client_app: d.client_app,
            user_agent: d.ua,
            device_id: if d.managed { dev_id } else { String::new() },
            device_name: dev_name,
            os: d.os,
            browser: d.browser,
            compliant: d.managed,
            managed: d.managed,
            join_type: d.join,
            mfa_result: "",
            mfa_method: "",
            mfa_detail: "",
            auth_requirement: "singleFactorAuthentication",
            interactive: true,
            incoming_token: "none",
            protocol: "none",
            transfer: "none",
            session_id,
            latency_ms: 40 + self.rng.below(160) as u32,
            ca_status: "notApplied",
            ca_results: vec!["notApplied"; n],
            risk_during: "none",
            risk_aggregated: "none",
            risk_state: "none",
            risk_detail: "none",
            risk_types: Vec::new(),
            steps: Vec::new(),
        }
    }

    /// Marks a successful interactive sign-in as MFA-satisfied (prompted or by claim).
    fn with_mfa(&mut self, e: &mut SignInEvent, prompted: bool) {
        e.auth_requirement = "multiFactorAuthentication";
        e.ca_status = "success";
        if !e.ca_results.is_empty() {
            e.ca_results[0] = "success";
        }
        e.steps.push(Step {
            time_ms: e.time_ms - 20_000,
            method: "Password",
            detail: "Password in the cloud",
            succeeded: true,
            result: "Correct password",
            requirement: "Primary authentication",
        });
        if prompted {
            let method = if self.rng.chance(0.8) { "Mobile app notification" } else { "Text message" };
            e.mfa_method = method;
            e.mfa_result = "MFA successfully completed";
            e.steps.push(Step {
                time_ms: e.time_ms - 5_000,
                method,
                detail: "",
                succeeded: true,
                result: "MFA successfully completed",
                requirement: "Multifactor authentication",
            });
        } else {
            e.mfa_method = "Previously satisfied";
            e.mfa_result = "MFA requirement satisfied by claim in the token";
            e.steps.push(Step {
                time_ms: e.time_ms,
                method: "Previously satisfied",
                detail: "",
                succeeded: true,
                result: "MFA requirement satisfied by claim in the token",
                requirement: "Multifactor authentication",
            });
        }
    }

    fn set_failure(e: &mut SignInEvent, code: u32) {
        e.code = code;
        if matches!(codes::class_of(code), codes::CodeClass::Failure) {
            e.ca_status = if code == 53003 { "failure" } else { "notApplied" };
            if code == 53003
                && let Some(r) = e.ca_results.get_mut(2)
            {
                *r = "failure";
            }
        }
    }

    fn benign_signins(&mut self) {
        let days = self.cfg.days as i64;
        let target = self.cfg.target_signins;
        // Non-interactive refreshes per user per day.
        let refresh = if target.is_some() { 5 } else { 6 };
        for u in 0..self.users.len() {
            if u == 5 {
                // Irvin Sayers left the company on day 3; the account is disabled then.
                self.user_days(u, 0..3, refresh);
                continue;
            }
            self.user_days(u, 0..days, refresh);
        }
        // Users east of UTC start their first day before the period does: keep the period.
        self.signins.retain(|e| e.time_ms >= START_MS);
    }

    fn user_days(&mut self, u: usize, days: std::ops::Range<i64>, refresh: usize) {
        for day in days {
            let weekday = time::weekday(START_MS + day * DAY);
            let workday = weekday < 5;
            if !workday && !self.rng.chance(0.25) {
                continue;
            }
            let tz = self.users[u].home.tz_min * MIN;
            let start = self.users[u].start_hour * HOUR + self.rng.range(-30, 45) * MIN;
            let length = if workday { self.rng.range(7 * 60, 10 * 60) * MIN } else { self.rng.range(20, 120) * MIN };
            let day0 = START_MS + day * DAY - tz;
            let n_interactive = if workday { 2 + self.rng.below(4) as usize } else { 1 };
            for k in 0..n_interactive {
                let t = day0 + start + self.rng.range(0, length);
                let from_home = !workday || self.rng.chance(0.3);
                let dev = if k == 0 { 0 } else { self.rng.below(3) as usize };
                let app = self.rng.below(16) as usize;
                let mut e = self.base(u, t, app, from_home, dev);
                let mfa_user = self.users[u].mfa;
                // Realistic noise: typos, MFA prompts, keep-me-signed-in, CA blocks, consent.
                let roll = self.rng.below(1000);
                if roll < 22 {
                    // A mistyped password, then the right one.
                    let mut fail = e.clone();
                    fail.id = self.rng.guid();
                    fail.time_ms = t - self.rng.range(20, 90) * 1000;
                    Self::set_failure(&mut fail, 50126);
                    fail.steps = vec![Step {
                        time_ms: fail.time_ms,
                        method: "Password",
                        detail: "Password in the cloud",
                        succeeded: false,
                        result: "Invalid username or password or Invalid on-premise username or password.",
                        requirement: "Primary authentication",
                    }];
                    self.signins.push(fail);
                } else if roll < 60 && mfa_user {
                    // The MFA prompt itself is logged as an interrupt before the success.
                    let mut ask = e.clone();
                    ask.id = self.rng.guid();
                    ask.time_ms = t - self.rng.range(15, 60) * 1000;
                    Self::set_failure(&mut ask, if self.rng.chance(0.5) { 50074 } else { 50076 });
                    ask.auth_requirement = "multiFactorAuthentication";
                    self.signins.push(ask);
                } else if roll < 80 {
                    let mut kmsi = e.clone();
                    kmsi.id = self.rng.guid();
                    kmsi.time_ms = t - 8_000;
                    Self::set_failure(&mut kmsi, 50140);
                    self.signins.push(kmsi);
                } else if roll < 84 && !e.managed {
                    // Unmanaged device blocked from a sensitive app by Conditional Access.
                    Self::set_failure(&mut e, 53003);
                } else if roll < 86 {
                    Self::set_failure(&mut e, 65001);
                } else if roll < 87 && mfa_user {
                    // A genuine MFA failure (the user fumbled the prompt), later success.
                    let mut f = e.clone();
                    f.id = self.rng.guid();
                    f.time_ms = t - 120_000;
                    Self::set_failure(&mut f, 500121);
                    f.mfa_result = "MFA denied; user did not respond to mobile app notification";
                    f.mfa_method = "Mobile app notification";
                    f.auth_requirement = "multiFactorAuthentication";
                    self.signins.push(f);
                } else if roll < 88 {
                    Self::set_failure(&mut e, 50055);
                }
                if e.code == 0 && mfa_user {
                    let prompted = k == 0 || self.rng.chance(0.2);
                    self.with_mfa(&mut e, prompted);
                }
                self.signins.push(e);
            }
            // Token refreshes by Office clients, all day long while working.
            for _ in 0..refresh {
                let t = day0 + start + self.rng.range(0, length + 2 * HOUR);
                let from_home = !workday || self.rng.chance(0.3);
                let app = self.rng.below(8) as usize;
                let mut e = self.base(u, t, app, from_home, 0);
                e.interactive = false;
                e.incoming_token = "refreshToken";
                e.steps.clear();
                if self.users[u].mfa {
                    e.auth_requirement = "multiFactorAuthentication";
                    e.mfa_result = "MFA requirement satisfied by claim in the token";
                    e.mfa_method = "Previously satisfied";
                    e.ca_status = "success";
                    if let Some(r) = e.ca_results.get_mut(0) {
                        *r = "success";
                    }
                }
                let roll = self.rng.below(1000);
                if roll < 25 {
                    Self::set_failure(&mut e, 70043);
                } else if roll < 40 {
                    Self::set_failure(&mut e, 50058);
                } else if roll < 45 {
                    Self::set_failure(&mut e, 16000);
                }
                self.signins.push(e);
            }
        }
    }

    fn audit(
        &mut self,
        t: i64,
        activity: &'static str,
        category: &'static str,
        service: &'static str,
        actor: Option<usize>,
        ip: &str,
    ) -> AuditEvent {
        let corr = self.rng.guid();
        let n = self.rng.below(99_999_999);
        let suffix: String = (0..5).map(|_| (b'A' + self.rng.below(26) as u8) as char).collect();
        let (actor_type, actor_name, actor_id, actor_upn) = match actor {
            Some(a) => ("User", self.users[a].name.clone(), self.users[a].id.clone(), self.users[a].upn.clone()),
            None => (
                "App",
                "Microsoft Substrate Management".to_owned(),
                "98db8bd6-0cc0-4e67-9de5-f187f1cd1b41".to_owned(),
                String::new(),
            ),
        };
        let operation_type = match activity {
            a if a.starts_with("Add")
                || a.contains("registered")
                || a.starts_with("Invite")
                || a.starts_with("Consent") =>
            {
                "Add"
            }
            a if a.starts_with("Delete") || a.starts_with("Remove") || a.contains("deleted") => "Delete",
            a if a.starts_with("Disable") || a.starts_with("Update") || a.starts_with("Set") => "Update",
            _ => "Update",
        };
        AuditEvent {
            time_ms: t,
            id: format!("Directory_{corr}_{suffix}_{n}"),
            correlation_id: corr,
            service,
            category,
            activity,
            result: "success",
            reason: String::new(),
            user_agent: String::new(),
            operation_type,
            actor_type,
            actor_name,
            actor_id,
            actor_upn,
            actor_ip: ip.to_owned(),
            targets: Vec::new(),
            details: Vec::new(),
        }
    }

    fn user_target(&self, u: usize) -> AuditTarget {
        AuditTarget {
            kind: "User",
            name: String::new(),
            id: self.users[u].id.clone(),
            upn: self.users[u].upn.clone(),
            props: Vec::new(),
        }
    }

    fn office_ip(&self, u: usize) -> String {
        ip(self.users[u].home.office, 10 + (u % 8) as u8, 4 + (u % 50) as u8)
    }

    fn benign_audits(&mut self) {
        self.benign_user_updates();
        self.benign_password_resets();
        self.benign_security_info();
        self.benign_consent();
        self.benign_pim();
        self.the_leaver();
    }

    /// Routine user updates and group membership changes by the user administrator.
    fn benign_user_updates(&mut self) {
        let days = self.cfg.days as i64;
        let admin = 6; // Patti Fernandez, User Administrator.
        let n_users = self.users.len();
        let groups = ["Sales Team", "Marketing", "Engineering", "All Company", "Finance Approvers", "VPN Users"];
        let scale = (n_users / 200).max(1);

        for i in 0..(60 * scale) {
            let day = self.rng.range(0, days);
            if time::weekday(START_MS + day * DAY) >= 5 {
                continue;
            }
            let t = START_MS + day * DAY + self.rng.range(14 * 60, 22 * 60) * MIN;
            let target = 9 + self.rng.below((n_users - 9) as u64) as usize;
            let ip = self.office_ip(admin);
            if i % 2 == 0 {
                let mut e = self.audit(t, "Update user", "UserManagement", "Core Directory", Some(admin), &ip);
                let mut tg = self.user_target(target);
                let dept = *self.rng.pick(&["Sales", "Marketing", "Engineering", "Finance", "Legal"]);
                tg.props.push(("Department".into(), "[]".into(), format!("[\"{dept}\"]")));
                tg.props.push(("Included Updated Properties".into(), String::new(), "\"Department\"".into()));
                e.targets.push(tg);
                self.audits.push(e);
            } else {
                let add = self.rng.chance(0.7);
                let act = if add { "Add member to group" } else { "Remove member from group" };
                let mut e = self.audit(t, act, "GroupManagement", "Core Directory", Some(admin), &ip);
                let group = *self.rng.pick(&groups);
                let mut tg = self.user_target(target);
                tg.props.push((
                    "Group.DisplayName".into(),
                    if add { String::new() } else { format!("\"{group}\"") },
                    if add { format!("\"{group}\"") } else { String::new() },
                ));
                e.targets.push(tg);
                let gid = self.rng.guid();
                e.targets.push(AuditTarget {
                    kind: "Group",
                    name: group.to_owned(),
                    id: gid,
                    upn: String::new(),
                    props: Vec::new(),
                });
                self.audits.push(e);
            }
        }
    }

    /// Self-service password resets and helpdesk resets.
    fn benign_password_resets(&mut self) {
        let days = self.cfg.days as i64;
        let helpdesk = 7; // Isaiah Langer, Helpdesk Administrator.
        let n_users = self.users.len();
        let scale = (n_users / 200).max(1);

        for _ in 0..(10 * scale) {
            let day = self.rng.range(0, days);
            let u = 9 + self.rng.below((n_users - 9) as u64) as usize;
            let t = START_MS + day * DAY + self.rng.range(8 * 60, 20 * 60) * MIN - self.users[u].home.tz_min * MIN;
            let ip = ip(self.users[u].home.isp, self.users[u].home_ip.0, self.users[u].home_ip.1);
            let mut e = self.audit(
                t,
                "Reset password (self-service)",
                "UserManagement",
                "Self-service Password Management",
                Some(u),
                &ip,
            );
            e.reason = "Successfully completed reset.".into();
            e.targets.push(self.user_target(u));
            self.audits.push(e);
        }
        for _ in 0..(4 * scale) {
            let day = self.rng.range(0, days);
            let u = 9 + self.rng.below((n_users - 9) as u64) as usize;
            let t = START_MS + day * DAY + self.rng.range(15 * 60, 21 * 60) * MIN;
            let ip = self.office_ip(helpdesk);
            let mut e = self.audit(t, "Reset user password", "UserManagement", "Core Directory", Some(helpdesk), &ip);
            e.targets.push(self.user_target(u));
            self.audits.push(e);
        }
    }

    /// Security info changes by users (phone replaced, app reinstalled).
    fn benign_security_info(&mut self) {
        let days = self.cfg.days as i64;
        let n_users = self.users.len();
        let scale = (n_users / 200).max(1);

        for _ in 0..(8 * scale) {
            let day = self.rng.range(0, days);
            let u = 9 + self.rng.below((n_users - 9) as u64) as usize;
            let t = START_MS + day * DAY + self.rng.range(9 * 60, 17 * 60) * MIN - self.users[u].home.tz_min * MIN;
            let ip = self.office_ip(u);
            let mut e = self.audit(
                t,
                "User registered security info",
                "UserManagement",
                "Authentication Methods",
                Some(u),
                &ip,
            );
            e.reason = "User registered Authenticator App with Notification and Code".into();
            e.targets.push(self.user_target(u));
            self.audits.push(e);
        }
    }

    /// User consent to a low-risk app (sign-in and profile only).
    fn benign_consent(&mut self) {
        let days = self.cfg.days as i64;
        let n_users = self.users.len();
        let scale = (n_users / 200).max(1);

        for _ in 0..(3 * scale) {
            let day = self.rng.range(0, days);
            let u = 9 + self.rng.below((n_users - 9) as u64) as usize;
            let t = START_MS + day * DAY + self.rng.range(14 * 60, 20 * 60) * MIN;
            let ip = self.office_ip(u);
            let mut e =
                self.audit(t, "Consent to application", "ApplicationManagement", "Core Directory", Some(u), &ip);
            let sp = self.rng.guid();
            e.targets.push(AuditTarget {
                kind: "ServicePrincipal",
                name: "Zoom".into(),
                id: sp,
                upn: String::new(),
                props: vec![
                    ("ConsentContext.IsAdminConsent".into(), String::new(), "\"False\"".into()),
                    ("ConsentContext.OnBehalfOfAll".into(), String::new(), "\"False\"".into()),
                    (
                        "ConsentAction.Permissions".into(),
                        String::new(),
                        "\"[[ConsentType: Principal, Scope: openid profile User.Read email]]\"".into(),
                    ),
                ],
            });
            self.audits.push(e);
        }
    }

    /// PIM activations by the helpdesk admin (eligible → active, routine).
    fn benign_pim(&mut self) {
        let days = self.cfg.days as i64;
        let helpdesk = 7; // Isaiah Langer, Helpdesk Administrator.
        let n_users = self.users.len();
        let scale = (n_users / 200).max(1);

        for _ in 0..(4 * scale) {
            let day = self.rng.range(0, days);
            let t = START_MS + day * DAY + self.rng.range(15 * 60, 18 * 60) * MIN;
            let ip = self.office_ip(helpdesk);
            let mut e = self.audit(
                t,
                "Add member to role completed (PIM activation)",
                "RoleManagement",
                "PIM",
                Some(helpdesk),
                &ip,
            );
            let mut tg = self.user_target(helpdesk);
            tg.props.push(("Role.DisplayName".into(), String::new(), "\"Helpdesk Administrator\"".into()));
            e.targets.push(tg);
            e.details.push(("Justification".into(), "Weekly password reset queue".into()));
            self.audits.push(e);
        }
    }

    /// The leaver: Irvin Sayers' account is disabled on day 3.
    fn the_leaver(&mut self) {
        let admin = 6; // Patti Fernandez, User Administrator.

        let t = START_MS + 3 * DAY + 16 * HOUR + 12 * MIN;
        let ip = self.office_ip(admin);
        let mut e = self.audit(t, "Disable account", "UserManagement", "Core Directory", Some(admin), &ip);
        let mut tg = self.user_target(5);
        tg.props.push(("AccountEnabled".into(), "[true]".into(), "[false]".into()));
        e.targets.push(tg);
        self.audits.push(e);
        let mut e = self.audit(t + 2_000, "Update user", "UserManagement", "Core Directory", Some(admin), &ip);
        let mut tg = self.user_target(5);
        tg.props.push(("AccountEnabled".into(), "[true]".into(), "[false]".into()));
        tg.props.push(("Included Updated Properties".into(), String::new(), "\"AccountEnabled\"".into()));
        e.targets.push(tg);
        self.audits.push(e);
    }

    /// An attacker's sign-in: the victim's identity, the attacker's place and tool.
    #[allow(clippy::too_many_arguments)]
    fn attack(
        &mut self,
        u: usize,
        t: i64,
        ip: &str,
        place: Place,
        asn: u32,
        ua: &'static str,
        os: &'static str,
        browser: &'static str,
    ) -> SignInEvent {
        let mut e = self.base(u, t, 1, true, 0);
        e.ip = ip.to_owned();
        e.city = place.city;
        e.state = place.state;
        e.country = place.country;
        e.lat = place.lat;
        e.lon = place.lon;
        e.asn = asn;
        e.user_agent = ua;
        e.os = os;
        e.browser = browser;
        e.device_id = String::new();
        e.device_name = String::new();
        e.compliant = false;
        e.managed = false;
        e.join_type = "";
        e.client_app = "Browser";
        e
    }

    fn plant_attacks(&mut self) {
        self.plant_spray();
        self.plant_travel();
        self.plant_fatigue();
        self.plant_legacy();
        self.plant_disabled();
        self.plant_takeover();
    }

    /// 1. Password spray: 45 users in 35 minutes from one VPS, then the one without MFA falls.
    fn plant_spray(&mut self) {
        let n = self.users.len();
        let day = |d: i64| START_MS + d * DAY;

        let spray_ip = "185.220.101.47";
        let ams = place("Amsterdam", "North Holland", "NL", 52.37, 4.90, 60, (0, 0), (0, 0), 0);
        let t0 = day(8) + 2 * HOUR + 10 * MIN;
        let mut ids = Vec::new();
        let mut victims = vec![self.users[1].upn.clone()];
        let mut targets: Vec<usize> = (9..n).step_by((n / 44).max(1)).take(44).collect();
        targets.push(1);
        for (k, &u) in targets.iter().enumerate() {
            let t = t0 + k as i64 * 45_000 + self.rng.range(0, 20_000);
            let mut e = self.attack(u, t, spray_ip, ams, 60_729, "python-requests/2.31.0", "", "");
            e.app = "Microsoft Office";
            e.client_app = "Mobile Apps and Desktop clients";
            if u == 1 {
                // Lee Gu's password was in the list, and Lee never registered MFA.
                e.code = 0;
                e.auth_requirement = "singleFactorAuthentication";
                e.steps = vec![Step {
                    time_ms: t,
                    method: "Password",
                    detail: "Password in the cloud",
                    succeeded: true,
                    result: "Correct password",
                    requirement: "Primary authentication",
                }];
            } else {
                Self::set_failure(&mut e, 50126);
                e.steps = vec![Step {
                    time_ms: t,
                    method: "Password",
                    detail: "Password in the cloud",
                    succeeded: false,
                    result: "Invalid username or password or Invalid on-premise username or password.",
                    requirement: "Primary authentication",
                }];
                if k < 3 {
                    victims.push(self.users[u].upn.clone());
                }
            }
            ids.push(e.id.clone());
            self.signins.push(e);
        }
        // The attacker then reads Lee's mail from the same address.
        let t = t0 + 46 * 45_000 + 4 * MIN;
        let mut e = self.attack(1, t, spray_ip, ams, 60_729, "python-requests/2.31.0", "", "");
        e.app = "Office 365 Exchange Online";
        e.client_app = "Mobile Apps and Desktop clients";
        ids.push(e.id.clone());
        self.signins.push(e);
        self.truth.push(Scenario {
            key: "password_spray",
            rule: RuleId::PasswordSprayIp,
            title: "Password spray from one IP; Lee Gu (no MFA) compromised",
            users: victims,
            ips: vec![spray_ip.into()],
            first_ms: t0,
            last_ms: t,
            signin_ids: ids,
            audit_ids: Vec::new(),
        });
    }

    /// 2. Impossible travel: Diego in Seattle, then 70 minutes later in Lagos.
    fn plant_travel(&mut self) {
        let day = |d: i64| START_MS + d * DAY;

        let t1 = day(10) + 22 * HOUR + 5 * MIN; // 14:05 in Seattle
        let mut a = self.base(2, t1, 0, false, 0);
        self.with_mfa(&mut a, false);
        let lagos = place("Lagos", "Lagos", "NG", 6.52, 3.38, 60, (0, 0), (0, 0), 0);
        let t2 = t1 + 70 * MIN;
        let mut b = self.attack(2, t2, "102.89.34.17", lagos, 29_465, DEVICES[0].ua, "Windows 10", "Chrome 130.0.0");
        b.app = "OfficeHome";
        self.with_mfa(&mut b, false);
        self.truth.push(Scenario {
            key: "traveller",
            rule: RuleId::ImpossibleTravel,
            title: "Impossible travel: Seattle → Lagos in 70 minutes (Diego Siciliani)",
            users: vec![self.users[2].upn.clone()],
            ips: vec!["102.89.34.17".into()],
            first_ms: t1,
            last_ms: t2,
            signin_ids: vec![a.id.clone(), b.id.clone()],
            audit_ids: Vec::new(),
        });
        self.signins.push(a);
        self.signins.push(b);
    }

    /// 3. MFA fatigue: Nestor's password is known; 12 pushes at night, the 13th approved.
    fn plant_fatigue(&mut self) {
        let day = |d: i64| START_MS + d * DAY;

        let buch = place("Bucharest", "Bucuresti", "RO", 44.43, 26.10, 120, (0, 0), (0, 0), 0);
        let t0 = day(12) + 4 * HOUR + 2 * MIN; // 23:02 in New York
        let mut ids = Vec::new();
        let mut last = t0;
        for k in 0..13 {
            let t = t0 + k * 95_000 + self.rng.range(0, 30_000);
            last = t;
            let mut e = self.attack(3, t, "45.137.21.9", buch, 9_009, DEVICES[1].ua, "Windows 10", "Chrome 130.0.0");
            e.app = "OfficeHome";
            e.auth_requirement = "multiFactorAuthentication";
            e.steps.push(Step {
                time_ms: t - 10_000,
                method: "Password",
                detail: "Password in the cloud",
                succeeded: true,
                result: "Correct password",
                requirement: "Primary authentication",
            });
            e.mfa_method = "Mobile app notification";
            if k < 12 {
                Self::set_failure(&mut e, 500121);
                let denied = k % 3 == 1;
                let result = if denied {
                    "MFA denied; user declined the authentication"
                } else {
                    "MFA denied; user did not respond to mobile app notification"
                };
                e.mfa_result = result;
                e.steps.push(Step {
                    time_ms: t,
                    method: "Mobile app notification",
                    detail: "",
                    succeeded: false,
                    result,
                    requirement: "Multifactor authentication",
                });
            } else {
                e.code = 0;
                e.mfa_result = "MFA successfully completed";
                e.ca_status = "success";
                e.steps.push(Step {
                    time_ms: t,
                    method: "Mobile app notification",
                    detail: "",
                    succeeded: true,
                    result: "MFA successfully completed",
                    requirement: "Multifactor authentication",
                });
            }
            ids.push(e.id.clone());
            self.signins.push(e);
        }
        self.truth.push(Scenario {
            key: "push_bombing",
            rule: RuleId::MfaFatigue,
            title: "MFA fatigue: 12 push prompts denied or ignored, then approved (Nestor Wilke)",
            users: vec![self.users[3].upn.clone()],
            ips: vec!["45.137.21.9".into()],
            first_ms: t0,
            last_ms: last,
            signin_ids: ids,
            audit_ids: Vec::new(),
        });
    }

    /// 4. Legacy protocols: Joni's mailbox read over IMAP and used over SMTP (no MFA possible).
    fn plant_legacy(&mut self) {
        let day = |d: i64| START_MS + d * DAY;

        let msk = place("Moscow", "Moscow", "RU", 55.76, 37.62, 180, (0, 0), (0, 0), 0);
        let t0 = day(14) + 9 * HOUR;
        let mut ids = Vec::new();
        let mut last = t0;
        for k in 0..8 {
            let t = t0 + k * 17 * MIN + self.rng.range(0, 60_000);
            last = t;
            let mut e = self.attack(4, t, "91.203.5.166", msk, 49_505, "BAV2ROPC", "", "");
            e.client_app = if k % 2 == 0 { "IMAP4" } else { "Authenticated SMTP" };
            e.app = "Office 365 Exchange Online";
            e.app_id = EXO.1;
            e.protocol = "ropc";
            e.steps = vec![Step {
                time_ms: t,
                method: "Password",
                detail: "Password in the cloud",
                succeeded: true,
                result: "Correct password",
                requirement: "Primary authentication",
            }];
            ids.push(e.id.clone());
            self.signins.push(e);
        }
        self.truth.push(Scenario {
            key: "legacy_mailbox",
            rule: RuleId::LegacyAuth,
            title: "Legacy authentication (IMAP4 / SMTP, BAV2ROPC) successes from Moscow (Joni Sherman)",
            users: vec![self.users[4].upn.clone()],
            ips: vec!["91.203.5.166".into()],
            first_ms: t0,
            last_ms: last,
            signin_ids: ids,
            audit_ids: Vec::new(),
        });
    }

    /// 5. A disabled account: Irvin left on day 3; someone tries his credentials on day 10.
    fn plant_disabled(&mut self) {
        let day = |d: i64| START_MS + d * DAY;

        let pyo = place("Pyongyang", "Pyongyang", "KP", 39.03, 125.75, 540, (0, 0), (0, 0), 0);
        let t0 = day(10) + 3 * HOUR + 40 * MIN;
        let mut ids = Vec::new();
        let mut last = t0;
        for k in 0..6 {
            let t = t0 + k * 4 * MIN + self.rng.range(0, 30_000);
            last = t;
            let mut e = self.attack(5, t, "175.45.176.99", pyo, 131_279, DEVICES[1].ua, "Windows 10", "Chrome 130.0.0");
            e.app = "Azure Portal";
            e.app_id = "c44b4083-3bb0-49c1-b47d-974e53cbdf3c";
            Self::set_failure(&mut e, 50057);
            e.steps = vec![Step {
                time_ms: t,
                method: "Password",
                detail: "Password in the cloud",
                succeeded: false,
                result: "User account is disabled.",
                requirement: "Primary authentication",
            }];
            ids.push(e.id.clone());
            self.signins.push(e);
        }
        self.truth.push(Scenario {
            key: "former_employee",
            rule: RuleId::DisabledAccount,
            title: "Sign-in attempts on a disabled account (Irvin Sayers, 50057) from Pyongyang",
            users: vec![self.users[5].upn.clone()],
            ips: vec!["175.45.176.99".into()],
            first_ms: t0,
            last_ms: last,
            signin_ids: ids,
            audit_ids: Vec::new(),
        });
    }

    /// 6. Account takeover: Adele, risky sign-in from a new country → new MFA method →
    fn plant_takeover(&mut self) {
        let day = |d: i64| START_MS + d * DAY;
        let msk = place("Moscow", "Moscow", "RU", 55.76, 37.62, 180, (0, 0), (0, 0), 0);

        //    Global Administrator → admin consent to a mail-reading app.
        let atk_ip = "5.188.206.14";
        let t0 = day(16) + HOUR + 17 * MIN;
        let mut s = self.attack(0, t0, atk_ip, msk, 49_505, DEVICES[0].ua, "Windows 10", "Edge 130.0.0");
        s.app = "My Apps";
        s.risk_during = "high";
        s.risk_aggregated = "high";
        s.risk_state = "atRisk";
        s.risk_detail = "none";
        s.risk_types = vec!["unfamiliarFeatures", "anonymizedIPAddress"];
        self.with_mfa(&mut s, true);
        let sid = s.id.clone();
        self.signins.push(s);
        let mut audit_ids = Vec::new();
        let mut e = self.audit(
            t0 + 19 * MIN,
            "User registered security info",
            "UserManagement",
            "Authentication Methods",
            Some(0),
            atk_ip,
        );
        e.reason = "User registered Authenticator App with Notification and Code".into();
        e.targets.push(self.user_target(0));
        audit_ids.push(e.id.clone());
        self.audits.push(e);
        let mut e =
            self.audit(t0 + 64 * MIN, "Add member to role", "RoleManagement", "Core Directory", Some(0), atk_ip);
        let mut tg = self.user_target(0);
        tg.props.push(("Role.ObjectID".into(), String::new(), "\"8b2a6b3e-1c6f-4c1a-9d7e-2f3a4b5c6d7e\"".into()));
        tg.props.push(("Role.DisplayName".into(), String::new(), "\"Global Administrator\"".into()));
        tg.props.push(("Role.TemplateId".into(), String::new(), "\"62e90394-69f5-4237-9190-012177145e10\"".into()));
        tg.props.push(("Role.WellKnownObjectName".into(), String::new(), "\"CompanyAdministrator\"".into()));
        e.targets.push(tg);
        audit_ids.push(e.id.clone());
        self.audits.push(e);
        let t3 = t0 + 101 * MIN;
        let mut e =
            self.audit(t3, "Consent to application", "ApplicationManagement", "Core Directory", Some(0), atk_ip);
        let sp = self.rng.guid();
        e.targets.push(AuditTarget {
            kind: "ServicePrincipal",
            name: "Mail Sync Pro".into(),
            id: sp,
            upn: String::new(),
            props: vec![
                ("ConsentContext.IsAdminConsent".into(), String::new(), "\"True\"".into()),
                ("ConsentContext.OnBehalfOfAll".into(), String::new(), "\"True\"".into()),
                ("ConsentAction.Permissions".into(), String::new(), "\"[[ConsentType: AllPrincipals, Scope: Mail.ReadWrite Files.ReadWrite.All offline_access User.Read]]\"".into()),
            ],
        });
        e.user_agent = DEVICES[0].ua.into();
        audit_ids.push(e.id.clone());
        self.audits.push(e);
        self.truth.push(Scenario {
            key: "account_takeover",
            rule: RuleId::Chain,
            title: "Account takeover (Adele Vance): risky sign-in from Russia → new Authenticator → Global Administrator → admin consent to \"Mail Sync Pro\"",
            users: vec![self.users[0].upn.clone()],
            ips: vec![atk_ip.into()],
            first_ms: t0,
            last_ms: t3,
            signin_ids: vec![sid],
            audit_ids,
        });
    }

    /// Drops benign sign-ins (never planted ones) until about `n` remain.
    fn trim_to(&mut self, n: usize) {
        if self.signins.len() <= n {
            return;
        }
        let planted: std::collections::BTreeSet<String> =
            self.truth.iter().flat_map(|s| s.signin_ids.iter().cloned()).collect();
        let mut excess = self.signins.len() - n;
        let mut keep = Vec::with_capacity(n);
        // Drop evenly spread benign records.
        let stride = (self.signins.len() as f64 / excess as f64).max(1.0);
        let mut next_drop = 0.0;
        for (i, e) in std::mem::take(&mut self.signins).into_iter().enumerate() {
            if excess > 0 && i as f64 >= next_drop && !planted.contains(&e.id) {
                excess -= 1;
                next_drop += stride;
                continue;
            }
            keep.push(e);
        }
        self.signins = keep;
    }
}

// ---------------------------------------------------------------------------------------
// Writers: the admin center's exact formats.

/// The 57-column sign-in CSV header (variant C), verbatim.
pub const SIGNIN_CSV_HEADER: &str = r#""Date (UTC)","Request ID","User agent","Correlation ID","User ID","User","Username","User type","Cross tenant access type","Incoming token type","Authentication Protocol","Unique token identifier","Original transfer method","Client credential type","Token Protection - Sign In Session","Token Protection - Sign In Session StatusCode","Application","Application ID ","App owner tenant ID","Resource","Resource ID ","Resource tenant ID","Resource owner tenant ID","Home tenant ID","Home tenant name","IP address","Location","Status","Sign-in error code","Failure reason","Client app","Device ID","Browser","Operating System","Compliant","Managed","Join Type","Multifactor authentication result","Multifactor authentication auth method","Multifactor authentication auth detail","Authentication requirement","Sign-in identifier","Session ID","IP address (seen by resource)","Through Global Secure Access","Global Secure Access IP address","Autonomous system  number","Flagged for review","Token issuer type","Incoming token type","Token issuer name","Latency","Conditional Access","Managed Identity type","Associated Resource Id","Federated Token Id","Federated Token Issuer""#;

/// Writes one CSV line, quoting every cell as the portal does.
fn csv_line(w: &mut impl Write, cells: &[&str]) -> io::Result<()> {
    let mut line = String::with_capacity(cells.iter().map(|c| c.len() + 3).sum());
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        line.push('"');
        if c.contains('"') {
            line.push_str(&c.replace('"', "\"\""));
        } else {
            line.push_str(c);
        }
        line.push('"');
    }
    line.push_str("\r\n");
    w.write_all(line.as_bytes())
}

fn status_word(code: u32) -> &'static str {
    match codes::class_of(code) {
        codes::CodeClass::Success => "Success",
        codes::CodeClass::Interrupt => "Interrupted",
        codes::CodeClass::Failure => "Failure",
    }
}

fn failure_reason(code: u32) -> &'static str {
    if code == 0 { "" } else { codes::lookup(code).map_or("Other.", |c| c.meaning) }
}

fn ca_word(s: &str) -> &'static str {
    match s {
        "success" => "Success",
        "failure" => "Failure",
        _ => "Not Applied",
    }
}

fn unique_token(id: &str) -> String {
    // base64url of the id's bytes, as the real logs have it.
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let hex: Vec<u8> = id.bytes().filter(|b| b.is_ascii_hexdigit()).collect();
    let bytes: Vec<u8> =
        hex.chunks(2).map(|p| u8::from_str_radix(std::str::from_utf8(p).unwrap_or("0"), 16).unwrap_or(0)).collect();
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &b)| acc | (b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Which of the portal's two user sign-in files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Interactivity {
    Interactive,
    NonInteractive,
}

impl Tenant {
    /// Writes sign-ins (interactive or non-interactive ones) as the portal's 57-column CSV.
    pub fn write_signins_csv(&self, which: Interactivity, w: &mut impl Write) -> io::Result<()> {
        let interactive = which == Interactivity::Interactive;
        w.write_all(SIGNIN_CSV_HEADER.as_bytes())?;
        w.write_all(b"\r\n")?;
        for e in self.signins.iter().filter(|e| e.interactive == interactive) {
            let date = time::format_iso_s(e.time_ms);
            let code = e.code.to_string();
            let loc = format!("{}, {}, {}", e.city, e.state, e.country);
            let latency = e.latency_ms.to_string();
            let asn = e.asn.to_string();
            let uti = unique_token(&e.id);
            let compliant = if e.compliant { "True" } else { "False" };
            let managed = if e.managed { "True" } else { "False" };
            let status = status_word(e.code);
            let reason = failure_reason(e.code);
            let requirement = if e.auth_requirement == "multiFactorAuthentication" {
                "Multifactor authentication"
            } else {
                "Single-factor authentication"
            };
            let protocol = if e.protocol == "ropc" { "ROPC" } else { "None" };
            csv_line(
                w,
                &[
                    &date,
                    &e.id,
                    e.user_agent,
                    &e.correlation_id,
                    &e.user_id,
                    &e.user_name,
                    &e.upn,
                    e.user_type,
                    "None",
                    if e.incoming_token == "refreshToken" { "Refresh token" } else { "None" },
                    protocol,
                    &uti,
                    "None",
                    "None",
                    "",
                    "",
                    e.app,
                    e.app_id,
                    TENANT_ID,
                    e.resource,
                    e.resource_id,
                    TENANT_ID,
                    TENANT_ID,
                    TENANT_ID,
                    "Contoso",
                    &e.ip,
                    &loc,
                    status,
                    &code,
                    reason,
                    e.client_app,
                    &e.device_id,
                    e.browser,
                    e.os,
                    compliant,
                    managed,
                    e.join_type,
                    e.mfa_result,
                    e.mfa_method,
                    e.mfa_detail,
                    requirement,
                    &e.upn,
                    &e.session_id,
                    "",
                    "False",
                    "",
                    &asn,
                    "False",
                    "AzureAD",
                    if e.incoming_token == "refreshToken" { "Refresh token" } else { "None" },
                    "",
                    &latency,
                    ca_word(e.ca_status),
                    "",
                    "",
                    "",
                    "",
                ],
            )?;
        }
        Ok(())
    }

    /// Writes the authentication details of interactive sign-ins (`*_AuthDetails_*` CSV).
    pub fn write_auth_details_csv(&self, w: &mut impl Write) -> io::Result<()> {
        csv_line(
            w,
            &[
                "Request ID",
                "Date (UTC)",
                "Authentication method",
                "Authentication method detail",
                "Succeeded",
                "Result detail",
                "Requirement",
            ],
        )?;
        for e in self.signins.iter().filter(|e| e.interactive) {
            for s in &e.steps {
                let date = time::format_iso_s(s.time_ms);
                csv_line(
                    w,
                    &[
                        &e.id,
                        &date,
                        s.method,
                        s.detail,
                        if s.succeeded { "True" } else { "False" },
                        s.result,
                        s.requirement,
                    ],
                )?;
            }
        }
        Ok(())
    }

    /// Writes sign-ins as a JSON array of Graph `signIn` objects (the portal's JSON download).
    pub fn write_signins_json(&self, interactive: Option<bool>, w: &mut impl Write) -> io::Result<()> {
        w.write_all(b"[")?;
        let mut first = true;
        for e in self.signins.iter().filter(|e| interactive.is_none_or(|i| e.interactive == i)) {
            if !first {
                w.write_all(b",")?;
            }
            first = false;
            let v = self.signin_json(e);
            self.write_record(&v, w)?;
        }
        w.write_all(if self.pretty { b"\n]" } else { b"]" })
    }

    /// One JSON record: keys alphabetical (serde_json's map) or, for a realistic tenant, in
    /// Graph's order (`SIGNIN_KEYS`); compact or indented.
    fn write_record(&self, v: &serde_json::Value, w: &mut impl Write) -> io::Result<()> {
        let to = |v: &serde_json::Value| {
            if self.pretty { serde_json::to_string_pretty(v) } else { serde_json::to_string(v) }
        };
        if !self.graph_order {
            if self.pretty {
                w.write_all(b"\n  ")?;
                return w.write_all(to(v).map_err(io::Error::other)?.replace('\n', "\n  ").as_bytes());
            }
            return serde_json::to_writer(&mut *w, v).map_err(io::Error::other);
        }
        let Some(map) = v.as_object() else { return serde_json::to_writer(&mut *w, v).map_err(io::Error::other) };
        let keys = SIGNIN_KEYS
            .iter()
            .copied()
            .filter(|k| map.contains_key(*k))
            .chain(map.keys().map(String::as_str).filter(|k| !SIGNIN_KEYS.contains(k)));
        let (open, sep, colon, close) =
            if self.pretty { ("\n  {\n    ", ",\n    ", ": ", "\n  }") } else { ("{", ",", ":", "}") };
        w.write_all(open.as_bytes())?;
        for (i, k) in keys.enumerate() {
            if i > 0 {
                w.write_all(sep.as_bytes())?;
            }
            let value = to(&map[k]).map_err(io::Error::other)?;
            let value = if self.pretty { value.replace('\n', "\n    ") } else { value };
            write!(w, "{}{colon}{value}", serde_json::Value::from(k))?;
        }
        w.write_all(close.as_bytes())
    }

    fn signin_json(&self, e: &SignInEvent) -> serde_json::Value {
        use serde_json::json;
        let policies: Vec<serde_json::Value> = self
            .policies
            .iter()
            .zip(e.ca_results.iter())
            .map(|(p, r)| {
                json!({
                    "id": p.id, "displayName": p.name,
                    "enforcedGrantControls": if *r == "notApplied" { Vec::new() } else { p.grant.clone() },
                    "enforcedSessionControls": [], "result": r,
                    "conditionsSatisfied": if *r == "notApplied" { 0 } else { 3 }, "conditionsNotSatisfied": if *r == "notApplied" { 1 } else { 0 }
                })
            })
            .collect();
        let steps: Vec<serde_json::Value> = e
            .steps
            .iter()
            .map(|s| {
                json!({
                    "authenticationStepDateTime": time::format_iso_s(s.time_ms), "authenticationMethod": s.method,
                    "authenticationMethodDetail": s.detail, "succeeded": s.succeeded,
                    "authenticationStepResultDetail": s.result, "authenticationStepRequirement": s.requirement
                })
            })
            .collect();
        json!({
            "id": e.id,
            "createdDateTime": time::format_iso_s(e.time_ms),
            "userDisplayName": e.user_name,
            "userPrincipalName": e.upn,
            "userId": e.user_id,
            "userType": e.user_type.to_lowercase(),
            "appId": e.app_id,
            "appDisplayName": e.app,
            "ipAddress": e.ip,
            "clientAppUsed": e.client_app,
            "userAgent": e.user_agent,
            "correlationId": e.correlation_id,
            "conditionalAccessStatus": e.ca_status,
            "originalRequestId": e.id,
            "isInteractive": e.interactive,
            "tokenIssuerName": "",
            "tokenIssuerType": "AzureAD",
            "processingTimeInMilliseconds": e.latency_ms,
            "riskDetail": e.risk_detail,
            "riskLevelAggregated": e.risk_aggregated,
            "riskLevelDuringSignIn": e.risk_during,
            "riskState": e.risk_state,
            "riskEventTypes_v2": e.risk_types,
            "resourceDisplayName": e.resource,
            "resourceId": e.resource_id,
            "resourceTenantId": TENANT_ID,
            "homeTenantId": TENANT_ID,
            "homeTenantName": "Contoso",
            "authenticationMethodsUsed": e.steps.iter().filter(|s| s.succeeded).map(|s| s.method).collect::<Vec<_>>(),
            "authenticationRequirement": e.auth_requirement,
            "signInIdentifier": e.upn,
            "signInEventTypes": [if e.interactive { "interactiveUser" } else { "nonInteractiveUser" }],
            "servicePrincipalId": "",
            "uniqueTokenIdentifier": unique_token(&e.id),
            "sessionId": e.session_id,
            "autonomousSystemNumber": e.asn,
            "authenticationProtocol": e.protocol,
            "incomingTokenType": e.incoming_token,
            "originalTransferMethod": e.transfer,
            "crossTenantAccessType": "none",
            "flaggedForReview": false,
            "isTenantRestricted": false,
            "isThroughGlobalSecureAccess": false,
            "status": { "errorCode": e.code, "failureReason": failure_reason(e.code), "additionalDetails": "" },
            "deviceDetail": { "deviceId": e.device_id, "displayName": e.device_name, "operatingSystem": e.os, "browser": e.browser,
                              "isCompliant": e.compliant, "isManaged": e.managed, "trustType": e.join_type },
            "location": { "city": e.city, "state": e.state, "countryOrRegion": e.country,
                          "geoCoordinates": { "altitude": null, "latitude": e.lat, "longitude": e.lon } },
            "appliedConditionalAccessPolicies": policies,
            "authenticationDetails": steps,
            "authenticationProcessingDetails": [],
            "networkLocationDetails": [],
        })
    }

    /// The 86-column audit CSV header, verbatim.
    pub fn audit_csv_header() -> String {
        let mut h: Vec<String> = [
            "Date (UTC)",
            "CorrelationId",
            "Service",
            "Category",
            "Activity",
            "Result",
            "ResultReason",
            "User Agent",
            "ActorType",
            "ActorDisplayName",
            "ActorObjectId",
            "ActorUserPrincipalName",
            "IPAddress",
            "ActorHomeTenantId",
            "ActorHomeTenantName",
            "ActorServicePrincipalId",
            "ActorServicePrincipalName",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for t in 1..=3 {
            for p in ["Type", "DisplayName", "ObjectId", "UserPrincipalName"] {
                h.push(format!("Target{t}{p}"));
            }
            for m in 1..=5 {
                for p in ["Name", "OldValue", "NewValue"] {
                    h.push(format!("Target{t}ModifiedProperty{m}{p}"));
                }
            }
        }
        for d in 1..=6 {
            h.push(format!("AdditionalDetail{d}Key"));
            h.push(format!("AdditionalDetail{d}Value"));
        }
        h.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(",")
    }

    /// Writes audit events as the portal's 86-column CSV.
    pub fn write_audit_csv(&self, w: &mut impl Write) -> io::Result<()> {
        w.write_all(Self::audit_csv_header().as_bytes())?;
        w.write_all(b"\r\n")?;
        for e in &self.audits {
            let date = time::format_iso_s(e.time_ms);
            let (sp_id, sp_name) =
                if e.actor_type == "App" { (e.actor_id.as_str(), e.actor_name.as_str()) } else { ("", "") };
            let (uid, uname) =
                if e.actor_type == "User" { (e.actor_id.as_str(), e.actor_name.as_str()) } else { ("", "") };
            let result = if e.result == "success" { "Success" } else { "Failure" };
            let mut cells: Vec<&str> = vec![
                &date,
                &e.correlation_id,
                e.service,
                e.category,
                e.activity,
                result,
                &e.reason,
                &e.user_agent,
                e.actor_type,
                uname,
                uid,
                &e.actor_upn,
                &e.actor_ip,
                if e.actor_type == "User" { TENANT_ID } else { "" },
                if e.actor_type == "User" { "Contoso" } else { "" },
                sp_id,
                sp_name,
            ];
            for t in 0..3 {
                match e.targets.get(t) {
                    Some(tg) => {
                        cells.extend([tg.kind, tg.name.as_str(), tg.id.as_str(), tg.upn.as_str()]);
                        for m in 0..5 {
                            match tg.props.get(m) {
                                Some((n, o, v)) => cells.extend([n.as_str(), o.as_str(), v.as_str()]),
                                None => cells.extend(["", "", ""]),
                            }
                        }
                    }
                    None => cells.extend(std::iter::repeat_n("", 19)),
                }
            }
            for d in 0..6 {
                match e.details.get(d) {
                    Some((k, v)) => cells.extend([k.as_str(), v.as_str()]),
                    None => cells.extend(["", ""]),
                }
            }
            csv_line(w, &cells)?;
        }
        Ok(())
    }

    /// Writes audit events as a JSON array of Graph `directoryAudit` objects.
    pub fn write_audit_json(&self, w: &mut impl Write) -> io::Result<()> {
        use serde_json::json;
        let items: Vec<serde_json::Value> = self
            .audits
            .iter()
            .map(|e| {
                let initiated = if e.actor_type == "User" {
                    json!({"user": {"id": e.actor_id, "displayName": e.actor_name, "userPrincipalName": e.actor_upn, "ipAddress": e.actor_ip}})
                } else {
                    json!({"app": {"appId": null, "displayName": e.actor_name, "servicePrincipalId": e.actor_id, "servicePrincipalName": null}})
                };
                json!({
                    "id": e.id, "category": e.category, "correlationId": e.correlation_id, "result": e.result, "resultReason": e.reason,
                    "activityDisplayName": e.activity, "activityDateTime": time::format_iso_s(e.time_ms), "loggedByService": e.service,
                    "operationType": e.operation_type, "userAgent": e.user_agent, "initiatedBy": initiated,
                    "targetResources": e.targets.iter().map(|t| json!({
                        "id": t.id, "displayName": if t.name.is_empty() { serde_json::Value::Null } else { json!(t.name) },
                        "type": t.kind, "userPrincipalName": if t.upn.is_empty() { serde_json::Value::Null } else { json!(t.upn) },
                        "modifiedProperties": t.props.iter().map(|(n, o, v)| json!({"displayName": n, "oldValue": o, "newValue": v})).collect::<Vec<_>>()
                    })).collect::<Vec<_>>(),
                    "additionalDetails": e.details.iter().map(|(k, v)| json!({"key": k, "value": v})).collect::<Vec<_>>(),
                })
            })
            .collect();
        serde_json::to_writer(w, &items).map_err(io::Error::other)
    }

    /// The files the demo button loads: interactive sign-ins as the portal's JSON download
    /// (it carries risk, Conditional Access and authentication steps), non-interactive
    /// sign-ins and the audit log as the portal's CSVs.
    pub fn demo_files(&self) -> Vec<(String, Vec<u8>)> {
        let (a, b) = (time::format_date(self.start_ms), time::format_date(self.end_ms - 1));
        let mut out = Vec::new();
        let mut buf = Vec::new();
        let _ = self.write_signins_json(Some(true), &mut buf);
        out.push((format!("InteractiveSignIns_{a}_{b}.json"), std::mem::take(&mut buf)));
        let _ = self.write_signins_csv(Interactivity::NonInteractive, &mut buf);
        out.push((format!("NonInteractiveSignIns_{a}_{b}.csv"), std::mem::take(&mut buf)));
        let _ = self.write_audit_csv(&mut buf);
        out.push((format!("AuditLogs_{a}_{b}.csv"), buf));
        out
    }

    /// The ground truth as JSON (for trainers and tests).
    pub fn truth_json(&self) -> String {
        let v: Vec<serde_json::Value> = self
            .truth
            .iter()
            .map(|s| {
                serde_json::json!({
                    "key": s.key, "rule": s.rule, "title": s.title, "users": s.users, "ips": s.ips,
                    "first": time::format_iso_s(s.first_ms), "last": time::format_iso_s(s.last_ms),
                    "signins": s.signin_ids, "audits": s.audit_ids,
                })
            })
            .collect();
        serde_json::to_string_pretty(&v).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_is_a_monday_midnight() {
        assert_eq!(time::format_iso_s(START_MS), "2026-10-26T00:00:00Z");
        assert_eq!(time::weekday(START_MS), 0);
    }

    #[test]
    fn unique_token_is_base64url_of_the_id() {
        assert_eq!(unique_token("00000000-0000-0000-0000-000000000000"), "AAAAAAAAAAAAAAAAAAAAAA");
    }
}
