//! [`DetectConfig`]: every threshold, window and allow-list of the engine, in one serde
//! struct (all fields defaulted, so a settings panel or a link can store only what differs).
//! Lists default to the data files in `lists/`. Each rule reads its typed parameters from
//! here (`rules::*::Params`).

use serde::{Deserialize, Serialize};

use super::lists;

/// The allow-list fields (every rule that honours one names it in its `config`).
pub const ALLOW_LISTS: &[&str] = &["allow_ips", "allow_asns", "allow_users", "allow_apps"];

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
    /// A slow spray: wrong-password failures (not typos) sharing one user agent that none of
    /// the tenant's users signs in with (fewer than 3 succeed with it from elsewhere), for at
    /// least this many distinct users… (a low-and-slow campaign through residential proxies
    /// stays under every per-minute bin: ~165 users in 31 hours from 60 addresses)
    pub spray_slow_min_users: u32,
    /// …within this many hours.
    pub spray_slow_window_hours: u32,
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
    /// A network (the deviation prefix) from which at least this many different users signed
    /// in successfully is the organisation's own egress (VPN, proxy, office): travel and
    /// new-place signals ignore it, as Entra ID Protection ignores "locations regularly used
    /// by other users in the organization". 0 turns this off.
    pub shared_egress_min_users: u32,
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
    /// Permissions (delegated scopes and app roles) by risk tier, `Name=tier` with tier
    /// low, medium, high or critical; `Files.*` matches a prefix. Consents and grants are
    /// weighed by their worst permission ([`super::permissions`]).
    pub permission_tiers: Vec<String>,

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
            spray_codes: lists::code_set("spray"),
            spray_min_users: 5,
            spray_window_min: 20,
            spray_tenant_min_users: 15,
            spray_tenant_min_attempts: 10,
            spray_tenant_min_ips: 5,
            spray_tenant_window_min: 30,
            spray_slow_min_users: 25,
            spray_slow_window_hours: 24,
            typo_grace_min: 10,
            password_ok_codes: lists::code_set("password_ok"),
            brute_force_codes: lists::code_set("brute_force"),
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
            shared_egress_min_users: 10,
            travel_group_hours: 24,
            privileged_roles: s(&lists::privileged_roles()),
            bulk_role_min_targets: 10,
            bulk_user_min_targets: 5,
            bulk_reset_min_targets: 3,
            bulk_window_min: 60,
            permission_tiers: super::permissions::default_entries(),
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
                let Some(old) = b.get(k).cloned() else {
                    continue;
                };
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
        let (Ok(serde_json::Value::Object(me)), Ok(serde_json::Value::Object(def))) =
            (serde_json::to_value(self), serde_json::to_value(Self::default()))
        else {
            return serde_json::json!({});
        };
        serde_json::Value::Object(me.into_iter().filter(|(k, v)| def.get(k) != Some(v)).collect())
    }
}
