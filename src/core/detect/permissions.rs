//! Permission tiers and how much a grant of permissions weighs: one assessment shared by
//! `app_consent` and `permission_grant` (and their hunting queries), from the tier table
//! `lists/permissions.tsv` (the default of [`DetectConfig::permission_tiers`]).
//!
//! The weight of a grant is its worst permission's tier (Low 1 … Critical 4), plus one when
//! it reaches every user (tenant-wide `AllPrincipals` consent, or an application permission,
//! which works without any user), plus one when `offline_access` comes with a Medium-or-worse
//! data permission (access that outlives the user's session). 1 → Info, 2 → Low, 3 → Medium,
//! 4 → High, 5 and more → Critical when the worst permission is critical (else High).

use hashbrown::HashMap;

use super::{DetectConfig, Severity, lists};

/// How dangerous a permission is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}

impl Tier {
    pub fn parse(s: &str) -> Option<Tier> {
        match s.trim().to_ascii_lowercase().as_str() {
            "low" => Some(Tier::Low),
            "medium" => Some(Tier::Medium),
            "high" => Some(Tier::High),
            "critical" => Some(Tier::Critical),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Tier::Low => "low",
            Tier::Medium => "medium",
            Tier::High => "high",
            Tier::Critical => "critical",
        }
    }

    pub const ALL: [Tier; 4] = [Tier::Low, Tier::Medium, Tier::High, Tier::Critical];
}

/// The default tier table as `Name=tier` entries (`Files.*` matches a prefix).
pub fn default_entries() -> Vec<String> {
    lists::permissions().iter().map(|(name, tier)| format!("{name}={tier}")).collect()
}

/// Who a grant reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Delegated, consented for one user.
    OneUser,
    /// Delegated, tenant-wide (`ConsentType: AllPrincipals`).
    AllUsers,
    /// An application permission (app role on an API): no user needed.
    AppOnly,
}

/// The tier table of a run, parsed from [`DetectConfig::permission_tiers`].
#[derive(Clone, Debug, Default)]
pub struct Tiers {
    exact: HashMap<String, Tier>,
    /// (lower-case prefix without the `*`, tier), longest first.
    prefixes: Vec<(String, Tier)>,
}

impl Tiers {
    pub fn from_config(cfg: &DetectConfig) -> Self {
        Self::from_entries(&cfg.permission_tiers)
    }

    /// From `Name=tier` entries; malformed entries are skipped.
    pub fn from_entries(entries: &[String]) -> Self {
        let mut t = Tiers::default();
        for e in entries {
            let Some((name, tier)) = e.rsplit_once('=') else { continue };
            let (Some(tier), name) = (Tier::parse(tier), name.trim().to_lowercase()) else { continue };
            match name.strip_suffix('*') {
                Some(prefix) if !prefix.is_empty() => t.prefixes.push((prefix.to_owned(), tier)),
                Some(_) => {}
                None if !name.is_empty() => {
                    t.exact.insert(name, tier);
                }
                None => {}
            }
        }
        t.prefixes.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        t
    }

    /// The table's tier of `name` (None when it is not listed).
    pub fn listed(&self, name: &str) -> Option<Tier> {
        let n = name.trim().to_lowercase();
        self.exact
            .get(&n)
            .copied()
            .or_else(|| self.prefixes.iter().find(|(p, _)| n.starts_with(p.as_str())).map(|x| x.1))
    }

    /// The tier of `name`: the table's, else Medium for an unlisted application permission
    /// that writes (Microsoft's playbook rates "all other AppOnly permissions that allow write
    /// access" highest), else Low.
    pub fn tier(&self, name: &str, reach: Reach) -> Tier {
        self.listed(name).unwrap_or(if reach == Reach::AppOnly && name.to_lowercase().contains("write") {
            Tier::Medium
        } else {
            Tier::Low
        })
    }

    /// The exact names and the prefixes of one tier, for the hunting queries.
    pub fn of(&self, tier: Tier) -> (Vec<String>, Vec<String>) {
        let mut exact: Vec<String> = self.exact.iter().filter(|(_, t)| **t == tier).map(|(n, _)| n.clone()).collect();
        exact.sort();
        let prefixes = self.prefixes.iter().filter(|(_, t)| *t == tier).map(|(p, _)| p.clone()).collect();
        (exact, prefixes)
    }

    /// "14 critical, 40 high, 15 medium and 8 low permissions".
    pub fn sentence(&self) -> String {
        let count = |tier| {
            self.exact.values().filter(|t| **t == tier).count() + self.prefixes.iter().filter(|p| p.1 == tier).count()
        };
        format!(
            "{} critical, {} high, {} medium and {} low permissions listed",
            count(Tier::Critical),
            count(Tier::High),
            count(Tier::Medium),
            count(Tier::Low)
        )
    }

    /// A KQL expression giving the tier number (1–4) of the string column `col` (0 when
    /// unlisted), matching the engine's [`Tiers::listed`].
    pub fn kql_tier(&self, col: &str) -> String {
        use crate::core::kql::kql_string;
        let mut arms = Vec::new();
        for tier in Tier::ALL.iter().rev() {
            let (exact, prefixes) = self.of(*tier);
            let mut conds: Vec<String> = Vec::new();
            if !exact.is_empty() {
                conds.push(format!(
                    "{col} in~ ({})",
                    exact.iter().map(|n| kql_string(n)).collect::<Vec<_>>().join(", ")
                ));
            }
            conds.extend(prefixes.iter().map(|p| format!("{col} startswith {}", kql_string(p))));
            if !conds.is_empty() {
                arms.push(format!("{}, {}", conds.join(" or "), *tier as u8));
            }
        }
        if arms.is_empty() { "0".to_owned() } else { format!("case({}, 0)", arms.join(",\n        ")) }
    }
}

/// How much one grant weighs, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub severity: Severity,
    /// The permissions at the worst tier.
    pub worst: Vec<String>,
    pub tier: Tier,
    /// Why the severity is what it is, in words ("tenant-wide", "offline_access with Mail.Read").
    pub reasons: Vec<String>,
}

/// True when `scope` reaches a mailbox: Mail.* (not Mail.ReadBasic*), MailboxSettings.*, EWS,
/// EAS, IMAP, POP and SMTP access, full_access_as_app — what consent phishing is after
/// (Microsoft's app-consent playbook, Sentinel's mailbox rules).
pub fn mailbox(scope: &str) -> bool {
    let s = scope.trim().to_ascii_lowercase();
    (s.starts_with("mail.") && !s.starts_with("mail.readbasic"))
        || ["mailboxsettings.", "ews.", "eas.", "imap.", "pop.", "smtp."].iter().any(|p| s.starts_with(p))
        || s == "full_access_as_app"
}

/// Weighs a grant of `scopes` reaching `reach`; `bump` adds reasons of the caller (for
/// example "by an actor from a network they never used") that each add one.
pub fn assess(tiers: &Tiers, scopes: &[String], reach: Reach, bump: &[String]) -> Assessment {
    let tiered: Vec<(String, Tier)> = scopes.iter().map(|s| (s.clone(), tiers.tier(s, reach))).collect();
    let tier = tiered.iter().map(|x| x.1).max().unwrap_or(Tier::Low);
    let worst: Vec<String> = tiered.iter().filter(|x| x.1 == tier).map(|x| x.0.clone()).collect();
    let mut score = tier as u8;
    let mut reasons = Vec::new();
    match reach {
        Reach::AllUsers => {
            score += 1;
            reasons.push("tenant-wide (AllPrincipals): every user's data".to_owned());
        }
        Reach::AppOnly => {
            score += 1;
            reasons.push("an application permission: no user needed, every mailbox or user it covers".to_owned());
        }
        Reach::OneUser => {}
    }
    let offline = scopes.iter().any(|s| s.eq_ignore_ascii_case("offline_access"));
    let data: Vec<&String> = tiered.iter().filter(|x| x.1 >= Tier::Medium).map(|x| &x.0).collect();
    if offline && !data.is_empty() && reach != Reach::AppOnly {
        score += 1;
        reasons.push(format!(
            "offline_access with {}: access that outlives the session",
            data.iter().take(4).map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
        ));
    }
    for b in bump {
        score += 1;
        reasons.push(b.clone());
    }
    // Critical needs a critical permission (a path to Global Administrator or every
    // mailbox); otherwise a heavy grant is High.
    let severity = match score {
        0 | 1 => Severity::Info,
        2 => Severity::Low,
        3 => Severity::Medium,
        4 => Severity::High,
        _ if tier == Tier::Critical => Severity::Critical,
        _ => Severity::High,
    };
    Assessment { severity, worst, tier, reasons }
}

/// The words of a scope text (`"\"User.Read Mail.Send\""` → `User.Read`, `Mail.Send`).
pub fn scope_words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in text.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
        let w = w.trim_matches(|c: char| c == '"' || c == '\'' || c == '[' || c == ']' || c == '\\');
        if !w.is_empty() && !out.iter().any(|x| x.eq_ignore_ascii_case(w)) {
            out.push(w.to_owned());
        }
    }
    out
}
