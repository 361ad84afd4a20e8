//! The registry: every built-in rule, once, in run order. Each line names the rule's
//! [`RuleId`] variant, its one spelling (the `rule` of findings exports, KQL, URL state and
//! tests) and its module; the module holds the whole rule (see [`super::rule::Rule`]).
//!
//! Adding a rule: write `rules/<key>.rs` (copy a rule of the same shape), add its line below,
//! add its positive and negative fixture to `tests/core/detect/fixtures.rs` (the match there
//! is exhaustive, so the build fails until you do), and run `cargo test --test core rules`.

use std::marker::PhantomData;

use super::rule::{Detector, Meta, Registered};

macro_rules! registry {
    ($($(#[$doc:meta])* $variant:ident = $key:literal => $module:ident,)*) => {
        $(pub mod $module;)*

        /// A built-in rule, by its one spelling.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuleId {
            $($(#[$doc])* $variant,)*
        }

        impl RuleId {
            /// Every rule, in run order (rules over other findings last).
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant,)*];

            /// The rule's one spelling, e.g. `password_spray_ip`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $key,)*
                }
            }

            /// The rule itself.
            pub fn detector(self) -> &'static dyn Detector {
                match self {
                    $(RuleId::$variant => {
                        static D: Registered<$module::$variant> = Registered(PhantomData);
                        &D
                    })*
                }
            }
        }
    };
}

registry! {
    /// Sign-ins unlike the user's own history.
    SigninDeviation = "signin_deviation" => signin_deviation,
    /// A day when a user fails far more often than usual.
    FailureSpike = "failure_spike" => failure_spike,
    PasswordSprayIp = "password_spray_ip" => password_spray_ip,
    PasswordSprayTenant = "password_spray_tenant" => password_spray_tenant,
    BruteForceUser = "brute_force_user" => brute_force_user,
    SuccessAfterFailures = "success_after_failures" => success_after_failures,
    SmartLockout = "smart_lockout" => smart_lockout,
    DisabledAccount = "disabled_account" => disabled_account,
    MfaFatigue = "mfa_fatigue" => mfa_fatigue,
    MfaDenied = "mfa_denied" => mfa_denied,
    ImpossibleTravel = "impossible_travel" => impossible_travel,
    LegacyAuth = "legacy_auth" => legacy_auth,
    DeviceCode = "device_code" => device_code,
    /// A Microsoft developer tool reaching Graph / Exchange for a user who never used it.
    FirstPartyClient = "first_party_client" => first_party_client,
    /// A session's token used from a country and network its interactive sign-ins never had.
    TokenReplay = "token_replay" => token_replay,
    RiskySignin = "risky_signin" => risky_signin,
    ToolUserAgent = "tool_user_agent" => tool_user_agent,
    PrivilegedRole = "privileged_role" => privileged_role,
    AppConsent = "app_consent" => app_consent,
    /// Delegated permission grants and app role assignments outside a consent.
    PermissionGrant = "permission_grant" => permission_grant,
    AppCredentials = "app_credentials" => app_credentials,
    /// An owner added to an application or service principal.
    AppOwner = "app_owner" => app_owner,
    SecurityInfo = "security_info" => security_info,
    CaPolicyChange = "ca_policy_change" => ca_policy_change,
    BulkUserChange = "bulk_user_change" => bulk_user_change,
    AdminPasswordReset = "admin_password_reset" => admin_password_reset,
    GuestChange = "guest_change" => guest_change,
    /// A guest removed from a group that signs in afterwards from a network it never used.
    GuestAfterRemoval = "guest_after_removal" => guest_after_removal,
    FederationChange = "federation_change" => federation_change,
    ActorFirstActivity = "actor_first_activity" => actor_first_activity,
    /// The person's Sigma rules (loaded beside the logs, never in the link).
    Sigma = "sigma" => sigma,
    /// A suspicious sign-in followed by a sensitive change (reads the other findings).
    Chain = "chain" => chain,
}

impl RuleId {
    /// The rule with this spelling.
    pub fn parse(s: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|r| r.as_str() == s.trim())
    }

    /// The rule's metadata.
    pub fn meta(self) -> &'static Meta {
        self.detector().meta()
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RuleId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        RuleId::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown rule {s:?}")))
    }
}
