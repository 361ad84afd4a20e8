//! The detection engine: findings over a loaded [`Dataset`], pure Rust.
//!
//! [`run`] builds a [`ctx::Ctx`] once (per-user and per-IP time-sorted row lists, decoded
//! codes, positions, allow-list verdicts, authentication steps by request id) and calls one
//! function per rule. Every threshold lives in [`DetectConfig`] (serde, all fields
//! defaulted, so a settings panel can store a partial object). Findings carry the evidence
//! rows, a sentence a person can check ("why"), the thresholds as applied and what to do
//! next; [`findings_json`] renders them with record ids.
//!
//! Files:
//! - `mod.rs` — the public types ([`DetectConfig`], [`Severity`], [`Finding`], [`RuleInfo`]),
//!   [`run`] / [`analyse`], ranking, keys and JSON;
//! - `ctx.rs` — the per-run index (no rule logic);
//! - `net.rs` — IP parsing, CIDR allow-lists, /24 and /64 prefixes;
//! - `baseline.rs` — per-user baselines ([`UserBaseline`], [`baseline_for`]) and the
//!   incremental profile the deviation rule uses;
//! - `signin.rs` — sign-in rules; `audit.rs` — audit-log rules; `chain.rs` — cross-log chains.
//!
//! Conventions: codes are classed by [`crate::core::codes::class_of`]; interrupts
//! (50074, 50076, 50140, 50125, 70043, 70044, 50058, 16000…) are steps of a sign-in, never
//! failures. Nothing here panics on any input, allocates per row beyond the index, or reads a
//! clock.

pub mod audit;
pub mod baseline;
pub mod chain;
pub(crate) mod ctx;
pub mod net;
pub mod signin;

use serde::{Deserialize, Serialize};

pub use baseline::{UserBaseline, baseline_for};

use crate::core::{
    model::{AuditField, Dataset, SignInField, id},
    model::time,
};

/// Every threshold, window and allow-list of the engine. Defaults follow the detection
/// catalogue (Sentinel / Splunk / Sigma / Elastic / Panther / Microsoft-Analyzer-Suite),
/// adjusted where the catalogue records false positives (noted per field).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct DetectConfig {
    // ---- Allow-lists ------------------------------------------------------------------
    /// Trusted egress IPs or CIDRs (IPv4 and IPv6), e.g. corporate NAT or VPN. Sign-ins
    /// from them are ignored by the spray, brute-force, travel, tool and deviation rules and
    /// never become part of a user's baseline novelty.
    pub allow_ips: Vec<String>,
    /// Trusted autonomous systems (same effect as `allow_ips`).
    pub allow_asns: Vec<u32>,
    /// UPNs whose activity raises no finding (e.g. monitored break-glass accounts). They
    /// still count in tenant-wide aggregates such as a spray's number of targeted users.
    pub allow_users: Vec<String>,
    /// Application display names or ids: sign-ins to them raise no tool / legacy /
    /// device-code / deviation finding; consents and credentials for them raise none.
    pub allow_apps: Vec<String>,

    // ---- Baselines --------------------------------------------------------------------
    /// Days of a user's earlier sign-ins that form the baseline (Elastic new-terms: 7,
    /// Sentinel look-backs: 14).
    pub learning_days: u32,
    /// Earlier successful sign-ins a user needs in the learning window before deviations are
    /// judged (ID Protection learns "14 days or 10 logins").
    pub min_history_signins: u32,
    /// …spread over at least this many distinct days.
    pub min_history_days: u32,
    /// IPv4 prefix length that counts as "the same network" for the IP-prefix deviation.
    pub prefix_v4_bits: u8,
    /// IPv6 prefix length for the same.
    pub prefix_v6_bits: u8,
    /// An hour of day is unusual when the baseline has no successful sign-in within ± this
    /// many hours of it.
    pub unusual_hour_margin_h: u32,
    /// Sign-ins with fewer deviation signals than this raise no finding unless they are
    /// Low or above (a single new app or an odd hour alone is noise; the profile still shows it).
    pub deviation_min_signals: u32,
    /// Later deviating sign-ins of the same user from the same IP or country within this
    /// many hours join the first one's finding.
    pub deviation_group_hours: u32,
    /// Failure-rate spike: at least this many failures (not interrupts) on one UTC day…
    pub failure_spike_min: u32,
    /// …and a failure rate at least this many times the baseline rate (and ≥ 50 %).
    pub failure_spike_factor: f64,

    // ---- Password spray / brute force -------------------------------------------------
    /// Failure codes that count as wrong-password attempts for spray rules (Sentinel:
    /// 50126, 50053, 50055).
    pub spray_codes: Vec<u32>,
    /// Per-IP spray: at least this many distinct users failing from one IP… (Sentinel: 5)
    pub spray_min_users: u32,
    /// …within a sliding window of this many minutes (Sentinel: 20).
    pub spray_window_min: u32,
    /// Tenant-wide spray (many IPs): at least this many distinct users… (Elastic: 15)
    pub spray_tenant_min_users: u32,
    /// …and at least this many attempts… (Elastic: 10)
    pub spray_tenant_min_attempts: u32,
    /// …and at least this many distinct IPs… (so the per-IP rule does not repeat itself)
    pub spray_tenant_min_ips: u32,
    /// …within this many minutes (Elastic: 30). Failures from an IP where that user had
    /// succeeded before, and failures followed by the user's own success within
    /// `typo_grace_min`, are typos, not spray (fix for the benign-typo noise Elastic notes).
    pub spray_tenant_window_min: u32,
    /// A failure followed by the same user's success from the same IP within this many
    /// minutes is a typo.
    pub typo_grace_min: u32,
    /// Codes that show the password was right (Sentinel's spray success list).
    pub password_ok_codes: Vec<u32>,
    /// Failure codes of the per-user brute-force rules (Sentinel distributed cracking set).
    pub brute_force_codes: Vec<u32>,
    /// Brute force on one account: at least this many failures… (Sentinel S1: 10)
    pub brute_force_min_failures: u32,
    /// …within this many minutes (Sentinel S1 session window: 20).
    pub brute_force_window_min: u32,
    /// A success within this many minutes after such a burst makes it "success after failures".
    pub success_after_min: u32,

    // ---- Lockout / disabled -----------------------------------------------------------
    /// Smart-lockout burst tenant-wide: at least this many distinct locked users… (Elastic: 15)
    pub lockout_burst_min_users: u32,
    /// …and at least this many 50053 events… (Elastic: 20)
    pub lockout_burst_min_events: u32,
    /// …within this many minutes (Elastic: 30).
    pub lockout_burst_window_min: u32,
    /// 50053 events from these ASNs are ignored (Elastic excludes Microsoft's own, 8075).
    pub lockout_ignore_asns: Vec<u32>,
    /// Disabled-account attempts across at least this many apps are High (Sentinel: 3).
    pub disabled_min_apps: u32,

    // ---- MFA ------------------------------------------------------------------------
    /// MFA fatigue: at least this many denied / unanswered MFA prompts for one user…
    /// (Sentinel: > 10 within 5 min; real bombing is often spaced to dodge throttling, so we
    /// count fewer prompts over a longer window)
    pub mfa_fatigue_min_denials: u32,
    /// …within this many minutes.
    pub mfa_fatigue_window_min: u32,

    // ---- Travel ---------------------------------------------------------------------
    /// Impossible travel: speed between consecutive successful sign-ins above this (Panther: 900).
    pub travel_max_kmh: f64,
    /// Hops shorter than this are ignored (geolocation error, mobile carriers).
    pub travel_min_km: f64,
    /// Hops of one user within this many hours of each other form one finding.
    pub travel_group_hours: u32,

    // ---- Privileged roles / audit -----------------------------------------------------
    /// Roles treated as privileged (Sentinel's outside-PIM list + a few).
    pub privileged_roles: Vec<String>,
    /// Bulk role changes: at least this many distinct targets by one actor per window (Sentinel: > 9 / h).
    pub bulk_role_min_targets: u32,
    /// Bulk user deletion / disablement: at least this many distinct users by one actor…
    pub bulk_user_min_targets: u32,
    /// Bulk admin password resets: at least this many distinct targets by one actor (Sentinel: 3)…
    pub bulk_reset_min_targets: u32,
    /// …within this many minutes (all bulk audit rules).
    pub bulk_window_min: u32,
    /// Consent scopes that are high-risk on their own.
    pub high_risk_scopes: Vec<String>,
    /// Scope prefixes that, together with `offline_access`, mean persistent mail/file access.
    pub data_scope_prefixes: Vec<String>,

    // ---- Chains ---------------------------------------------------------------------
    /// A suspicious sign-in and a sensitive change of the same user within this many hours
    /// form one chain (Sentinel X1: 6 h).
    pub chain_window_hours: u32,
}

impl Default for DetectConfig {
    fn default() -> Self {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        Self {
            allow_ips: Vec::new(),
            allow_asns: Vec::new(),
            allow_users: Vec::new(),
            allow_apps: Vec::new(),
            learning_days: 14,
            min_history_signins: 10,
            min_history_days: 2,
            prefix_v4_bits: 24,
            prefix_v6_bits: 64,
            unusual_hour_margin_h: 1,
            deviation_min_signals: 2,
            deviation_group_hours: 24,
            failure_spike_min: 10,
            failure_spike_factor: 3.0,
            spray_codes: vec![50126, 50053, 50055],
            spray_min_users: 5,
            spray_window_min: 20,
            spray_tenant_min_users: 15,
            spray_tenant_min_attempts: 10,
            spray_tenant_min_ips: 5,
            spray_tenant_window_min: 30,
            typo_grace_min: 10,
            password_ok_codes: vec![
                0, 50057, 50155, 50105, 50133, 50005, 50076, 50079, 50173, 50158, 50072, 50074,
                53003, 53000, 53001, 50129,
            ],
            brute_force_codes: vec![50126, 50053, 50055, 50056],
            brute_force_min_failures: 10,
            brute_force_window_min: 20,
            success_after_min: 20,
            lockout_burst_min_users: 15,
            lockout_burst_min_events: 20,
            lockout_burst_window_min: 30,
            lockout_ignore_asns: vec![8075],
            disabled_min_apps: 3,
            mfa_fatigue_min_denials: 5,
            mfa_fatigue_window_min: 60,
            travel_max_kmh: 900.0,
            travel_min_km: 500.0,
            travel_group_hours: 24,
            privileged_roles: s(&[
                "Global Administrator",
                "Company Administrator",
                "Privileged Role Administrator",
                "Privileged Authentication Administrator",
                "Application Administrator",
                "Cloud Application Administrator",
                "Security Administrator",
                "Exchange Administrator",
                "SharePoint Administrator",
                "User Administrator",
                "User Account Administrator",
                "Authentication Administrator",
                "Hybrid Identity Administrator",
                "Conditional Access Administrator",
                "Intune Administrator",
                "Helpdesk Administrator",
                "Domain Name Administrator",
                "External Identity Provider Administrator",
            ]),
            bulk_role_min_targets: 10,
            bulk_user_min_targets: 5,
            bulk_reset_min_targets: 3,
            bulk_window_min: 60,
            high_risk_scopes: s(&[
                "Mail.ReadWrite",
                "Mail.Send",
                "Files.ReadWrite.All",
                "full_access_as_app",
                "Directory.ReadWrite.All",
                "EWS.AccessAsUser.All",
                "Exchange.ManageAsApp",
                "RoleManagement.ReadWrite.Directory",
                "AppRoleAssignment.ReadWrite.All",
                "Application.ReadWrite.All",
                "Sites.FullControl.All",
            ]),
            data_scope_prefixes: s(&[
                "Mail.",
                "Files.",
                "Chat.",
                "ChannelMessage.",
                "Notes.",
                "Sites.",
                "Group.Read",
                "EAS.AccessAsUser",
                "EWS.AccessAsUser",
                "TeamsActivity.Read",
                "MailboxSettings.",
            ]),
            chain_window_hours: 6,
        }
    }
}

impl DetectConfig {
    /// The defaults with `overrides` (a JSON object as [`DetectConfig::overrides`] writes it)
    /// applied; unknown keys and values of the wrong type are ignored.
    pub fn from_overrides(overrides: Option<&serde_json::Value>) -> Self {
        let mut base = serde_json::to_value(Self::default()).unwrap_or_default();
        if let (Some(serde_json::Value::Object(o)), serde_json::Value::Object(b)) = (overrides, &mut base) {
            for (k, v) in o {
                let Some(old) = b.get(k).cloned() else { continue };
                b.insert(k.clone(), v.clone());
                if serde_json::from_value::<Self>(serde_json::Value::Object(b.clone())).is_err() {
                    b.insert(k.clone(), old);
                }
            }
        }
        serde_json::from_value(base).unwrap_or_default()
    }

    /// Only the fields that differ from the defaults, as a JSON object (compact URL / settings
    /// state; deserialising it gives this config back because every field defaults).
    pub fn overrides(&self) -> serde_json::Value {
        let (Ok(serde_json::Value::Object(me)), Ok(serde_json::Value::Object(def))) = (
            serde_json::to_value(self),
            serde_json::to_value(Self::default()),
        ) else {
            return serde_json::json!({});
        };
        serde_json::Value::Object(
            me.into_iter()
                .filter(|(k, v)| def.get(k) != Some(v))
                .collect(),
        )
    }
}

/// How urgent a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    /// Lower-case label.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

/// One finding: what a rule saw, with its evidence rows.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Finding {
    /// Stable rule key, e.g. `password_spray_ip`.
    pub rule: &'static str,
    /// Stable id of this finding (rule, subject, first time), safe in URLs.
    pub key: String,
    pub severity: Severity,
    /// Short title, e.g. "Password spray from 185.220.101.47".
    pub title: String,
    /// A sentence a person can check, with numbers.
    pub why: String,
    /// The rule's thresholds as applied.
    pub thresholds: String,
    /// What to do next.
    pub next_steps: String,
    /// UPNs (victim first).
    pub users: Vec<String>,
    pub ips: Vec<String>,
    pub first_ms: i64,
    pub last_ms: i64,
    /// Evidence rows in `ds.signins.table`, time order.
    pub signins: Vec<u32>,
    /// Evidence rows in `ds.audits.table`, time order.
    pub audits: Vec<u32>,
    /// For chains: keys of the findings it links.
    pub parts: Vec<String>,
}

/// A rule, for the settings panel.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct RuleInfo {
    pub key: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    /// Names of the [`DetectConfig`] fields the rule reads.
    pub config: &'static [&'static str],
}

/// Something the engine wants the investigator to know that is not a finding (for example
/// users whose history was too short to judge deviations).
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Note {
    pub rule: &'static str,
    pub text: String,
    /// The users concerned (may be empty).
    pub users: Vec<String>,
}

/// Findings plus notes.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Analysis {
    pub findings: Vec<Finding>,
    pub notes: Vec<Note>,
}

const ALLOW: &[&str] = &["allow_ips", "allow_asns", "allow_users", "allow_apps"];

static RULES: &[RuleInfo] = &[
    RuleInfo {
        key: "chain",
        title: "Suspicious sign-in followed by a sensitive change",
        description: "A risky, deviating, impossible-travel, fatigue-approved, sprayed or legacy sign-in, then — for the same user within the window — security info registered, a role assigned, consent granted, a credential added or a policy changed. One story, ranked above its parts.",
        config: &["chain_window_hours"],
    },
    RuleInfo {
        key: "signin_deviation",
        title: "Sign-in unlike the user's history",
        description: "A successful sign-in from a country, city, network prefix, ASN, device, client app or app the user never used in the learning window, at an unusual hour, or a day with a failure-rate spike. Users with too little history are noted, not flagged.",
        config: &[
            "learning_days",
            "min_history_signins",
            "min_history_days",
            "prefix_v4_bits",
            "prefix_v6_bits",
            "unusual_hour_margin_h",
            "deviation_min_signals",
            "deviation_group_hours",
            "failure_spike_min",
            "failure_spike_factor",
        ],
    },
    RuleInfo {
        key: "password_spray_ip",
        title: "Password spray from one IP",
        description: "Many distinct users fail with wrong-password codes from one IP in a short window, more failing than succeeding users; successes from that IP show who fell.",
        config: &[
            "spray_codes",
            "spray_min_users",
            "spray_window_min",
            "password_ok_codes",
            "allow_ips",
            "allow_asns",
        ],
    },
    RuleInfo {
        key: "password_spray_tenant",
        title: "Distributed password spray",
        description: "Many users fail with wrong-password codes across many IPs in a short window, ignoring typos (failures from the user's known IPs or followed by their own success).",
        config: &[
            "spray_codes",
            "spray_tenant_min_users",
            "spray_tenant_min_attempts",
            "spray_tenant_min_ips",
            "spray_tenant_window_min",
            "typo_grace_min",
        ],
    },
    RuleInfo {
        key: "brute_force_user",
        title: "Brute force on one account",
        description: "Many wrong-password failures for one user in a short window, not followed by a success.",
        config: &[
            "brute_force_codes",
            "brute_force_min_failures",
            "brute_force_window_min",
        ],
    },
    RuleInfo {
        key: "success_after_failures",
        title: "Success after many failures",
        description: "A burst of wrong-password failures for one user followed by a sign-in where the password was right.",
        config: &[
            "brute_force_codes",
            "brute_force_min_failures",
            "brute_force_window_min",
            "success_after_min",
            "password_ok_codes",
        ],
    },
    RuleInfo {
        key: "smart_lockout",
        title: "Smart lockout (50053)",
        description: "Accounts locked by smart lockout or sign-ins blocked from a malicious IP; a tenant-wide burst is High.",
        config: &[
            "lockout_burst_min_users",
            "lockout_burst_min_events",
            "lockout_burst_window_min",
            "lockout_ignore_asns",
        ],
    },
    RuleInfo {
        key: "disabled_account",
        title: "Sign-in attempts on a disabled account (50057)",
        description: "Someone tries a disabled account; High across several apps or from an IP that signs other users in.",
        config: &["disabled_min_apps"],
    },
    RuleInfo {
        key: "mfa_fatigue",
        title: "MFA fatigue (push bombing)",
        description: "Many denied or unanswered MFA prompts for one user in a window; Critical when an approval follows.",
        config: &["mfa_fatigue_min_denials", "mfa_fatigue_window_min"],
    },
    RuleInfo {
        key: "mfa_denied",
        title: "MFA explicitly denied or reported as fraud",
        description: "The user pressed Deny or reported the prompt as fraud: someone else had the password.",
        config: &[],
    },
    RuleInfo {
        key: "impossible_travel",
        title: "Impossible travel",
        description: "Consecutive successful sign-ins of one user too far apart for the time between them (coordinates, else city, else country centroid); short hops, same-IP pairs and allow-listed egress are ignored.",
        config: &[
            "travel_max_kmh",
            "travel_min_km",
            "travel_group_hours",
            "allow_ips",
            "allow_asns",
        ],
    },
    RuleInfo {
        key: "legacy_auth",
        title: "Legacy protocol or ROPC sign-in",
        description: "IMAP4, POP3, SMTP, Exchange ActiveSync, other legacy clients, the BAV2ROPC user agent or the ROPC protocol: no MFA possible. Known (user, client, IP) combinations are Info.",
        config: &["learning_days", "allow_apps"],
    },
    RuleInfo {
        key: "device_code",
        title: "Device-code flow",
        description: "Authentication protocol deviceCode or transfer method deviceCodeFlow — the device-code phishing pattern; High with the Authentication Broker.",
        config: &["allow_apps"],
    },
    RuleInfo {
        key: "risky_signin",
        title: "Risky sign-in (Identity Protection)",
        description: "Microsoft's own risk verdict: risk level during sign-in or aggregated, risk state atRisk / confirmedCompromised, risk event types; dismissed and remediated risk is ignored.",
        config: &[],
    },
    RuleInfo {
        key: "tool_user_agent",
        title: "Scripted client or attack tool",
        description: "User agents of scripts and offensive tools (python-requests, curl, axios, Go-http-client, PowerShell, AADInternals, azurehound…) per IP.",
        config: &["allow_apps", "allow_ips", "allow_asns"],
    },
    RuleInfo {
        key: "privileged_role",
        title: "Privileged role assigned",
        description: "A privileged directory role assigned; High outside PIM or the first time for that principal, High in bulk; also subscription access elevation.",
        config: &[
            "privileged_roles",
            "bulk_role_min_targets",
            "bulk_window_min",
            "learning_days",
        ],
    },
    RuleInfo {
        key: "app_consent",
        title: "Consent granted to an application",
        description: "Admin or tenant-wide (AllPrincipals) consent, high-risk scopes, or offline_access with mail/file scopes.",
        config: &["high_risk_scopes", "data_scope_prefixes", "allow_apps"],
    },
    RuleInfo {
        key: "app_credentials",
        title: "Credentials added to an application or service principal",
        description: "A secret or certificate added; the first one of an app is High.",
        config: &["allow_apps"],
    },
    RuleInfo {
        key: "security_info",
        title: "Authentication methods changed",
        description: "Security info registered, changed or deleted, Temporary Access Pass issued, MFA disabled.",
        config: &[],
    },
    RuleInfo {
        key: "ca_policy",
        title: "Conditional Access policy changed",
        description: "A Conditional Access policy created, updated, disabled or deleted.",
        config: &[],
    },
    RuleInfo {
        key: "bulk_user_change",
        title: "Bulk user deletion or disablement",
        description: "One actor deletes or disables many users in a short window.",
        config: &["bulk_user_min_targets", "bulk_window_min"],
    },
    RuleInfo {
        key: "admin_password_reset",
        title: "Password reset by an administrator",
        description: "An administrator reset another user's password; bulk resets or resets of privileged users rank higher.",
        config: &["bulk_reset_min_targets", "bulk_window_min"],
    },
    RuleInfo {
        key: "guest_change",
        title: "Guest invited or turned into a member",
        description: "External users invited from another domain, and guest accounts converted to members.",
        config: &[],
    },
    RuleInfo {
        key: "federation_change",
        title: "Federation, domain or identity-provider change",
        description: "Federation settings or domain authentication changed, domains added, external OIDC identity provider changed.",
        config: &[],
    },
    RuleInfo {
        key: "actor_first_activity",
        title: "First time this actor did this",
        description: "An actor performed a role, application, policy or directory management activity it never performed before in the learning window.",
        config: &["learning_days"],
    },
];

/// Every rule, for the settings panel.
pub fn rules() -> &'static [RuleInfo] {
    RULES
}

/// The allow-list fields every rule honours (listed once for the settings panel).
pub fn allow_list_fields() -> &'static [&'static str] {
    ALLOW
}

/// Runs every rule; findings ranked by severity (high first), chains before other findings
/// of the same severity, then newest first; deterministic.
pub fn run(ds: &Dataset, cfg: &DetectConfig) -> Vec<Finding> {
    analyse(ds, cfg).findings
}

/// [`run`] plus notes (users with too little history, rules that had no data).
pub fn analyse(ds: &Dataset, cfg: &DetectConfig) -> Analysis {
    let cx = ctx::Ctx::new(ds, cfg);
    let mut out = Vec::new();
    let mut notes = Vec::new();
    signin::all(&cx, cfg, &mut out, &mut notes);
    audit::all(&cx, cfg, &mut out);
    finish_keys(&mut out);
    chain::chains(&cx, cfg, &mut out);
    finish_keys(&mut out);
    out.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| (b.rule == "chain").cmp(&(a.rule == "chain")))
            .then_with(|| b.first_ms.cmp(&a.first_ms))
            .then_with(|| a.key.cmp(&b.key))
    });
    Analysis {
        findings: out,
        notes,
    }
}

/// Makes keys unique (a second finding with the same rule, subject and time gets `~2`).
fn finish_keys(out: &mut [Finding]) {
    let mut seen = hashbrown::HashMap::<String, u32>::new();
    for f in out.iter_mut() {
        let n = seen.entry(f.key.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            f.key = format!("{}~{}", f.key, n);
        }
    }
}

/// A URL-safe stable key: `rule:subject:first_ms` with anything but `[A-Za-z0-9._@-]`
/// in the subject replaced by `-`.
pub fn finding_key(rule: &str, subject: &str, first_ms: i64) -> String {
    let subject: String = subject
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '@' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{rule}:{subject}:{first_ms}")
}

/// The findings as JSON:
/// `{"findings":[{"key","rule","severity","title","why","thresholds","next_steps","users","ips","first","last","evidence":[ids],"parts"}]}`
/// where evidence lists the request ids of the sign-ins, then the ids of the audit events
/// (`<correlation id>~<hash>` for audit exports without an id column, such as the portal's CSV).
pub fn findings_json(ds: &Dataset, findings: &[Finding]) -> serde_json::Value {
    let sid = SignInField::RequestId as usize;
    let aid = AuditField::Id as usize;
    let iso = |t: i64| {
        if t == i64::MIN {
            String::new()
        } else {
            time::format_iso_s(t)
        }
    };
    let items: Vec<serde_json::Value> = findings
        .iter()
        .map(|f| {
            let mut evidence: Vec<String> = Vec::with_capacity(f.signins.len() + f.audits.len());
            for &r in &f.signins {
                let t = id::id_to_text(ds.signins.table.id(sid, r as usize), &ds.strings);
                if !t.is_empty() && !evidence.contains(&t) {
                    evidence.push(t);
                }
            }
            for &r in &f.audits {
                // Exports without an audit id (the portal's CSV) get `<correlation id>~<hash>`.
                let v = ds.audits.table.id(aid, r as usize);
                let t = id::id_to_text(v, &ds.strings);
                if !t.is_empty() && !evidence.contains(&t) {
                    evidence.push(t);
                }
            }
            serde_json::json!({
                "key": f.key,
                "rule": f.rule,
                "severity": f.severity,
                "title": f.title,
                "why": f.why,
                "thresholds": f.thresholds,
                "next_steps": f.next_steps,
                "users": f.users,
                "ips": f.ips,
                "first": iso(f.first_ms),
                "last": iso(f.last_ms),
                "evidence": evidence,
                "parts": f.parts,
            })
        })
        .collect();
    serde_json::json!({ "findings": items })
}

/// Builder used by the rules: fills times from the evidence and the key from the subject.
pub(crate) struct Draft {
    pub rule: &'static str,
    pub subject: String,
    pub severity: Severity,
    pub title: String,
    pub why: String,
    pub thresholds: String,
    pub next_steps: String,
    pub users: Vec<String>,
    pub ips: Vec<String>,
    pub signins: Vec<u32>,
    pub audits: Vec<u32>,
}

impl Draft {
    pub fn new(rule: &'static str, subject: impl Into<String>, severity: Severity) -> Self {
        Self {
            rule,
            subject: subject.into(),
            severity,
            title: String::new(),
            why: String::new(),
            thresholds: String::new(),
            next_steps: String::new(),
            users: Vec::new(),
            ips: Vec::new(),
            signins: Vec::new(),
            audits: Vec::new(),
        }
    }

    /// Completes the finding (sorts and de-duplicates evidence by time, sets first/last).
    pub fn done(mut self, cx: &ctx::Ctx) -> Finding {
        self.signins.sort_by_key(|&r| (cx.st(r), r));
        self.signins.dedup();
        self.audits.sort_by_key(|&r| (cx.at(r), r));
        self.audits.dedup();
        dedup_keep_order(&mut self.users);
        dedup_keep_order(&mut self.ips);
        self.users.retain(|u| !u.is_empty());
        self.ips.retain(|u| !u.is_empty());
        let times = self
            .signins
            .iter()
            .map(|&r| cx.st(r))
            .chain(self.audits.iter().map(|&r| cx.at(r)));
        let (mut first, mut last) = (i64::MAX, i64::MIN);
        for t in times.filter(|&t| t != crate::core::model::NO_TIME) {
            first = first.min(t);
            last = last.max(t);
        }
        if first == i64::MAX {
            first = 0;
            last = 0;
        }
        Finding {
            rule: self.rule,
            key: finding_key(self.rule, &self.subject, first),
            severity: self.severity,
            title: self.title,
            why: self.why,
            thresholds: self.thresholds,
            next_steps: self.next_steps,
            users: self.users,
            ips: self.ips,
            first_ms: first,
            last_ms: last,
            signins: self.signins,
            audits: self.audits,
            parts: Vec::new(),
        }
    }
}

/// Removes later duplicates, keeping the first occurrence's position.
pub(crate) fn dedup_keep_order(v: &mut Vec<String>) {
    let mut seen = hashbrown::HashSet::new();
    v.retain(|x| seen.insert(x.to_ascii_lowercase()));
}

/// "3 users" / "1 user".
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Minutes between two times, rounded.
pub(crate) fn minutes(a: i64, b: i64) -> i64 {
    ((b - a) as f64 / 60_000.0).round() as i64
}

/// Human time `2026-11-03 02:10 UTC`.
pub(crate) fn hm(t: i64) -> String {
    let s = time::format_display(t);
    format!("{} UTC", s.get(..16).unwrap_or(&s))
}

/// A short list "a, b, c and 4 more".
pub(crate) fn list(items: &[String], max: usize) -> String {
    if items.len() <= max {
        items.join(", ")
    } else {
        format!("{} and {} more", items[..max].join(", "), items.len() - max)
    }
}
