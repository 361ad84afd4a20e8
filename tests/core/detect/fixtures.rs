//! One positive and one negative hand-written fixture per rule. The match is exhaustive: a
//! new rule does not build until it has both.

use lantern::core::detect::RuleId;
use serde_json::{Value, json};

use super::{
    DAY, HOUR, MIN, MOSCOW, T0, at_place, au, consent, failures, history, mfa_fail, next_id, role_add, si, spray,
    user_target,
};

/// Sign-ins and audit events.
pub type Records = (Vec<Value>, Vec<Value>);

/// What must raise the rule, and what is close to it but must not.
pub struct Fixture {
    pub positive: Records,
    pub negative: Records,
}

const U: &str = "ada@contoso.example";
const ADMIN: &str = "admin@contoso.example";

/// The Sigma rules every fixture runs with (only the `sigma` rule's fixture matches them).
pub fn sigma_rules() -> lantern::core::sigma::RuleSet {
    let text = include_str!("../../data/sigma/legacy_imap.yml");
    lantern::core::sigma::RuleSet::load(&[("legacy_imap.yml".to_owned(), text.to_owned())])
}

/// Visual Studio Code's client id and Microsoft Graph's app id.
pub const VSCODE: &str = "aebc6443-996d-45c2-90f0-388ff96faa56";
pub const GRAPH: &str = "00000003-0000-0000-c000-000000000000";

/// "Add delegated permission grant" to `client` on Microsoft Graph, scope `old` → `new`
/// (JSON-encoded as Entra writes them), consent type `kind`.
pub fn grant(t: i64, client: &str, old: &str, new: &str, kind: &str) -> Value {
    au(
        t,
        "Add delegated permission grant",
        "ApplicationManagement",
        ADMIN,
        json!([
            { "type": "ServicePrincipal", "id": next_id(), "displayName": "Microsoft Graph", "modifiedProperties": [
                {"displayName": "DelegatedPermissionGrant.Scope", "oldValue": old, "newValue": new},
                {"displayName": "DelegatedPermissionGrant.ConsentType", "oldValue": null, "newValue": format!("\"{kind}\"")},
                {"displayName": "ServicePrincipal.DisplayName", "oldValue": null, "newValue": format!("\"{client}\"")}
            ]},
            { "type": "ServicePrincipal", "id": next_id(), "displayName": client, "modifiedProperties": [] }
        ]),
        json!({}),
    )
}

fn signins(v: Vec<Value>) -> Records {
    (v, Vec::new())
}

fn audits(v: Vec<Value>) -> Records {
    (Vec::new(), v)
}

fn with(mut base: Vec<Value>, more: impl IntoIterator<Item = Value>) -> Vec<Value> {
    base.extend(more);
    base
}

fn sp_target(name: &str) -> Value {
    json!({ "type": "ServicePrincipal", "id": next_id(), "displayName": name, "modifiedProperties": [] })
}

/// The fixture pair of `rule`.
pub fn fixture(rule: RuleId) -> Fixture {
    let t = T0 + 6 * DAY + 3 * HOUR;
    match rule {
        RuleId::SigninDeviation => Fixture {
            positive: signins(with(
                history(U, 6),
                [si(
                    t,
                    U,
                    "5.188.206.14",
                    0,
                    json!({"autonomousSystemNumber": 49505, "location": at_place(MOSCOW)["location"], "deviceDetail": {"deviceId": ""}}),
                )],
            )),
            negative: signins(with(history(U, 6), [si(T0 + 6 * DAY + 17 * HOUR, U, "73.97.1.10", 0, json!({}))])),
        },
        RuleId::FailureSpike => Fixture {
            positive: signins(with(history(U, 6), (0..12).map(|k| si(t + k * MIN, U, "73.97.1.10", 50126, json!({}))))),
            negative: signins(with(history(U, 6), (0..3).map(|k| si(t + k * MIN, U, "73.97.1.10", 50126, json!({}))))),
        },
        RuleId::PasswordSprayIp => Fixture {
            positive: signins(spray(8, |_| "185.220.101.47".into())),
            negative: signins(spray(3, |_| "185.220.101.47".into())),
        },
        RuleId::PasswordSprayTenant => Fixture {
            positive: signins(spray(20, |k| format!("203.0.113.{}", k + 1))),
            negative: signins(spray(4, |k| format!("203.0.113.{}", k + 1))),
        },
        RuleId::BruteForceUser => Fixture {
            positive: signins(failures(U, 12, 50126, "45.137.21.9")),
            negative: signins(failures(U, 3, 50126, "45.137.21.9")),
        },
        RuleId::SuccessAfterFailures => Fixture {
            positive: signins(with(
                failures(U, 12, 50126, "45.137.21.9"),
                [si(T0 + DAY + 15 * MIN, U, "45.137.21.9", 0, json!({}))],
            )),
            negative: signins(failures(U, 12, 50126, "45.137.21.9")),
        },
        RuleId::SmartLockout => Fixture {
            positive: signins(vec![si(t, U, "45.137.21.9", 50053, json!({}))]),
            negative: signins(vec![si(t, U, "45.137.21.9", 50126, json!({}))]),
        },
        RuleId::DisabledAccount => Fixture {
            positive: signins(vec![si(t, U, "45.137.21.9", 50057, json!({}))]),
            negative: signins(vec![si(t, U, "45.137.21.9", 0, json!({}))]),
        },
        RuleId::MfaFatigue => Fixture {
            positive: signins(
                (0..6)
                    .map(|k| {
                        mfa_fail(t + k * 5 * MIN, U, "MFA denied; user did not respond to mobile app notification")
                    })
                    .collect(),
            ),
            negative: signins(
                (0..2)
                    .map(|k| {
                        mfa_fail(t + k * 5 * MIN, U, "MFA denied; user did not respond to mobile app notification")
                    })
                    .collect(),
            ),
        },
        RuleId::MfaDenied => Fixture {
            positive: signins(vec![mfa_fail(t, U, "MFA denied; user declined the authentication")]),
            negative: signins(vec![mfa_fail(t, U, "MFA denied; duplicate authentication attempt")]),
        },
        RuleId::ImpossibleTravel => Fixture {
            positive: signins(vec![
                si(t, U, "73.97.1.10", 0, json!({})),
                si(t + HOUR, U, "5.188.206.14", 0, at_place(MOSCOW)),
            ]),
            negative: signins(vec![si(t, U, "73.97.1.10", 0, json!({})), si(t + HOUR, U, "73.97.1.11", 0, json!({}))]),
        },
        RuleId::LegacyAuth => Fixture {
            positive: signins(vec![si(t, U, "45.137.21.9", 0, json!({"clientAppUsed": "IMAP4"}))]),
            negative: signins(vec![si(
                t,
                U,
                "45.137.21.9",
                0,
                json!({"clientAppUsed": "Mobile Apps and Desktop clients"}),
            )]),
        },
        RuleId::DeviceCode => Fixture {
            positive: signins(vec![si(t, U, "45.137.21.9", 0, json!({"authenticationProtocol": "deviceCode"}))]),
            negative: signins(vec![si(t, U, "45.137.21.9", 0, json!({"authenticationProtocol": "none"}))]),
        },
        RuleId::FirstPartyClient => Fixture {
            // VS Code reaching Microsoft Graph for a user who never used it, after a week of history.
            positive: signins(with(
                history(U, 6),
                [si(
                    t,
                    U,
                    "73.97.1.10",
                    0,
                    json!({"appId": VSCODE, "appDisplayName": "Visual Studio Code", "resourceId": GRAPH, "resourceDisplayName": "Microsoft Graph", "isInteractive": false}),
                )],
            )),
            // The same tool to Azure DevOps (not a mail / directory API) is not the pattern.
            negative: signins(with(
                history(U, 6),
                [si(
                    t,
                    U,
                    "73.97.1.10",
                    0,
                    json!({"appId": VSCODE, "appDisplayName": "Visual Studio Code", "resourceId": "499b84ac-1321-427f-aa17-267ca6975798", "resourceDisplayName": "Azure DevOps"}),
                )],
            )),
        },
        RuleId::TokenReplay => Fixture {
            // Interactive in Seattle, then the same session's refresh from Moscow 20 minutes later.
            positive: signins(vec![
                si(t, U, "73.97.1.10", 0, json!({"sessionId": "s-1"})),
                si(
                    t + 20 * MIN,
                    U,
                    "5.188.206.14",
                    0,
                    json!({"sessionId": "s-1", "isInteractive": false, "autonomousSystemNumber": 49505, "location": at_place(MOSCOW)["location"], "deviceDetail": {"deviceId": ""}}),
                ),
            ]),
            // The same session refreshed from the same network.
            negative: signins(vec![
                si(t, U, "73.97.1.10", 0, json!({"sessionId": "s-1"})),
                si(t + 20 * MIN, U, "73.97.1.11", 0, json!({"sessionId": "s-1", "isInteractive": false})),
            ]),
        },
        // The fixture rule is `tests/data/sigma/legacy_imap.yml` (see [`sigma_rules`]).
        RuleId::Sigma => Fixture {
            positive: signins(vec![si(t, U, "45.137.21.9", 0, json!({"clientAppUsed": "IMAP4"}))]),
            negative: signins(vec![si(t, U, "45.137.21.9", 0, json!({"clientAppUsed": "Browser"}))]),
        },
        RuleId::RiskySignin => Fixture {
            positive: signins(vec![si(
                t,
                U,
                "45.137.21.9",
                0,
                json!({"riskLevelDuringSignIn": "high", "riskState": "atRisk"}),
            )]),
            negative: signins(vec![si(
                t,
                U,
                "45.137.21.9",
                0,
                json!({"riskLevelDuringSignIn": "high", "riskState": "dismissed"}),
            )]),
        },
        RuleId::ToolUserAgent => Fixture {
            positive: signins(vec![si(t, U, "45.137.21.9", 0, json!({"userAgent": "python-requests/2.31.0"}))]),
            negative: signins(vec![si(t, U, "45.137.21.9", 0, json!({}))]),
        },
        RuleId::PrivilegedRole => Fixture {
            positive: audits(vec![role_add(t, U, "Global Administrator", "Add member to role")]),
            negative: audits(vec![role_add(
                t,
                U,
                "Global Administrator",
                "Add member to role requested (PIM activation)",
            )]),
        },
        RuleId::AppConsent => Fixture {
            positive: audits(vec![consent(
                t,
                U,
                true,
                "[[ConsentType: AllPrincipals, Scope: Mail.ReadWrite offline_access]]",
            )]),
            negative: audits(vec![{
                let mut c = consent(t, U, true, "[[ConsentType: AllPrincipals, Scope: Mail.ReadWrite offline_access]]");
                c["result"] = json!("failure");
                c
            }]),
        },
        RuleId::AppCredentials => Fixture {
            positive: audits(vec![au(
                t,
                "Add service principal credentials",
                "ApplicationManagement",
                ADMIN,
                json!([sp_target("Payroll Sync")]),
                json!({}),
            )]),
            negative: audits(vec![au(
                t,
                "Update application",
                "ApplicationManagement",
                ADMIN,
                json!([sp_target("Payroll Sync")]),
                json!({}),
            )]),
        },
        RuleId::PermissionGrant => Fixture {
            positive: audits(vec![grant(
                t,
                "Mail Sync",
                "\"User.Read\"",
                "\"User.Read Mail.ReadWrite Mail.Send\"",
                "Principal",
            )]),
            // A re-grant of the scopes the app already had adds nothing.
            negative: audits(vec![grant(
                t,
                "Mail Sync",
                "\"User.Read Mail.Read\"",
                "\"User.Read Mail.Read\"",
                "Principal",
            )]),
        },
        RuleId::AppOwner => Fixture {
            positive: audits(vec![au(
                t,
                "Add owner to application",
                "ApplicationManagement",
                ADMIN,
                json!([user_target(U, &[("Application.DisplayName", "", "\"Payroll Sync\"")])]),
                json!({}),
            )]),
            negative: audits(vec![au(
                t,
                "Remove owner from application",
                "ApplicationManagement",
                ADMIN,
                json!([user_target(U, &[("Application.DisplayName", "", "\"Payroll Sync\"")])]),
                json!({}),
            )]),
        },
        RuleId::SecurityInfo => Fixture {
            positive: audits(vec![au(
                t,
                "User registered security info",
                "UserManagement",
                U,
                json!([user_target(U, &[])]),
                json!({}),
            )]),
            negative: audits(vec![au(
                t,
                "User started security info registration",
                "UserManagement",
                U,
                json!([user_target(U, &[])]),
                json!({}),
            )]),
        },
        RuleId::CaPolicyChange => Fixture {
            positive: audits(vec![au(
                t,
                "Update conditional access policy",
                "Policy",
                ADMIN,
                json!([{"type": "Policy", "id": next_id(), "displayName": "Require MFA", "modifiedProperties": []}]),
                json!({}),
            )]),
            negative: audits(vec![au(
                t,
                "Update policy",
                "Other",
                ADMIN,
                json!([{"type": "Policy", "id": next_id(), "displayName": "Require MFA", "modifiedProperties": []}]),
                json!({}),
            )]),
        },
        RuleId::BulkUserChange => Fixture {
            positive: audits(
                (0..6)
                    .map(|k| {
                        au(
                            t + k * MIN,
                            "Delete user",
                            "UserManagement",
                            ADMIN,
                            json!([user_target(&format!("u{k}@contoso.example"), &[])]),
                            json!({}),
                        )
                    })
                    .collect(),
            ),
            negative: audits(
                (0..2)
                    .map(|k| {
                        au(
                            t + k * MIN,
                            "Delete user",
                            "UserManagement",
                            ADMIN,
                            json!([user_target(&format!("u{k}@contoso.example"), &[])]),
                            json!({}),
                        )
                    })
                    .collect(),
            ),
        },
        RuleId::AdminPasswordReset => Fixture {
            positive: audits(vec![au(
                t,
                "Reset user password",
                "UserManagement",
                ADMIN,
                json!([user_target(U, &[])]),
                json!({}),
            )]),
            negative: audits(vec![au(
                t,
                "Reset user password",
                "UserManagement",
                U,
                json!([user_target(U, &[])]),
                json!({}),
            )]),
        },
        RuleId::GuestChange => Fixture {
            positive: audits(vec![au(
                t,
                "Invite external user",
                "UserManagement",
                ADMIN,
                json!([user_target("eve@partner.example", &[])]),
                json!({}),
            )]),
            negative: audits(vec![au(
                t,
                "Invite external user",
                "UserManagement",
                ADMIN,
                json!([user_target("bob@contoso.example", &[])]),
                json!({}),
            )]),
        },
        RuleId::GuestAfterRemoval => {
            // A partner's guest, at home on AS7922 until a project's end removed it from its group.
            const GUEST: &str = "ada@partner.example";
            let removal = au(
                t,
                "Remove member from group",
                "GroupManagement",
                ADMIN,
                json!([user_target("ada_partner.example#EXT#@contoso.onmicrosoft.com", &[])]),
                json!({}),
            );
            let later = |asn: u32| si(t + 3 * DAY, GUEST, "86.124.37.219", 0, json!({"autonomousSystemNumber": asn}));
            Fixture {
                positive: (with(history(GUEST, 6), [later(8708)]), vec![removal.clone()]),
                negative: (with(history(GUEST, 6), [later(7922)]), vec![removal]),
            }
        }
        RuleId::FederationChange => Fixture {
            positive: audits(vec![au(
                t,
                "Set federation settings on domain",
                "DirectoryManagement",
                ADMIN,
                json!([{"type": "Other", "id": next_id(), "displayName": "contoso.example", "modifiedProperties": []}]),
                json!({}),
            )]),
            negative: audits(vec![au(
                t,
                "Add verified domain",
                "DirectoryManagement",
                ADMIN,
                json!([{"type": "Other", "id": next_id(), "displayName": "contoso.example", "modifiedProperties": []}]),
                json!({"result": "failure"}),
            )]),
        },
        RuleId::ActorFirstActivity => Fixture {
            // The loaded log covers the 14-day look-back before the new activity.
            positive: audits(
                [0, 8]
                    .iter()
                    .map(|d| {
                        au(
                            T0 + d * DAY,
                            "Update application",
                            "ApplicationManagement",
                            ADMIN,
                            json!([sp_target("Payroll Sync")]),
                            json!({}),
                        )
                    })
                    .chain([au(
                        T0 + 15 * DAY,
                        "Add application",
                        "ApplicationManagement",
                        ADMIN,
                        json!([sp_target("Payroll Sync 2")]),
                        json!({}),
                    )])
                    .collect(),
            ),
            negative: audits(
                [0, 8, 15]
                    .iter()
                    .map(|d| {
                        au(
                            T0 + d * DAY,
                            "Update application",
                            "ApplicationManagement",
                            ADMIN,
                            json!([sp_target("Payroll Sync")]),
                            json!({}),
                        )
                    })
                    .collect(),
            ),
        },
        RuleId::Chain => {
            let risky = si(t, U, "45.137.21.9", 0, json!({"riskLevelDuringSignIn": "high", "riskState": "atRisk"}));
            let change = |at: i64| {
                au(at, "User registered security info", "UserManagement", U, json!([user_target(U, &[])]), json!({}))
            };
            Fixture {
                positive: (vec![risky.clone()], vec![change(t + HOUR)]),
                negative: (vec![risky], vec![change(t + 2 * DAY)]),
            }
        }
    }
}
