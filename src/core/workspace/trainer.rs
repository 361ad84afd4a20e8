//! Trainer mode: a guided investigation of the demo tenant.
//!
//! Each question is answered by *doing* something in the UI — filtering, opening a record,
//! opening a profile or a finding — and [`check`] decides from the view state (what the
//! URL holds) and the demo's ground truth whether it has been done. The trainer's progress
//! is the question index in `ViewState::trainer`, so a link resumes the exercise.

use crate::core::detect::RuleId;
use crate::core::{
    model::{Dataset, SignInField as S, id},
    query::filter::Cond,
    workspace::demo::Scenario,
    workspace::viewstate::ViewState,
};

/// One step of the exercise.
#[derive(Clone, Copy, Debug)]
pub struct Question {
    pub id: &'static str,
    pub prompt: &'static str,
    pub hint: &'static str,
    /// Shown once the question is answered.
    pub explanation: &'static str,
}

/// The questions, in order.
pub const QUESTIONS: &[Question] = &[
    Question {
        id: "spray",
        prompt: "A password spray hit the tenant. Which account did it compromise? Open that account's successful sign-in from the spraying address.",
        hint: "Error codes → 50126 shows a burst of wrong passwords; filter the IP address they came from and look for the one sign-in that succeeded.",
        explanation: "One address tried one or two passwords against dozens of accounts (50126) within minutes; the account without MFA (Lee Gu) let it in, and the attacker read its mail from the same address right after.",
    },
    Question {
        id: "mfa_method",
        prompt: "Which log tells you which MFA method was used? Open a sign-in whose details show the method (for example \"Mobile app notification\").",
        hint: "Open any successful interactive sign-in and read its Authentication details.",
        explanation: "The sign-in log: each sign-in's authentication details list every step (password, push notification, text message…) and whether it succeeded. The audit log only records registrations of methods.",
    },
    Question {
        id: "risk",
        prompt: "Which log holds Identity Protection risk? Filter the sign-ins to those with a high risk level during sign-in.",
        hint: "Add filter → Risk level during sign-in → high.",
        explanation: "The sign-in log (riskLevelDuringSignIn, riskState, riskEventTypes). Only JSON exports (Graph, portal JSON, Azure Monitor) carry it — the portal's CSV has no risk columns.",
    },
    Question {
        id: "fatigue",
        prompt: "Someone kept sending MFA push prompts until a user gave in. Open the sign-in where the prompt was finally approved (or the MFA-fatigue finding).",
        hint: "Filter the error code 500121 and look for the user with a dozen denials in twenty minutes at night; the approval follows.",
        explanation: "Twelve denied or unanswered pushes from one foreign address, then an approval: classic MFA fatigue. The password was already known — reset it and review the user's sessions.",
    },
    Question {
        id: "travel",
        prompt: "One user signed in from Seattle and, 70 minutes later, from Lagos. Open that user's profile.",
        hint: "Users → look for someone with two countries; or the impossible-travel finding.",
        explanation: "About 12,000 km in 70 minutes needs a speed no plane has: one of the two sign-ins is not the user. The profile's map shows both places.",
    },
    Question {
        id: "consent",
        prompt: "After taking over an account, the attacker granted an application access to everyone's mail. Open that consent in the audit log.",
        hint: "Audit log → search \"Consent to application\" and look for an admin consent for all principals.",
        explanation: "An admin consent for all principals with Mail.ReadWrite and offline_access gives the app lasting access to every mailbox — revoke the grant and the app's credentials, and review who consented.",
    },
    Question {
        id: "disabled",
        prompt: "A former employee's disabled account was tried from abroad. Filter the sign-ins to the error code that says so.",
        hint: "AADSTS50057: the user account is disabled.",
        explanation: "Nobody legitimate signs in to a disabled account: repeated 50057s mean someone holds the leaver's password. Make sure it stays disabled and check where else it was reused.",
    },
    Question {
        id: "legacy",
        prompt: "Which client protocols let an attacker in without MFA here? Filter the sign-ins to the legacy client apps used.",
        hint: "Add filter → Client app → IMAP4 and Authenticated SMTP.",
        explanation: "IMAP and SMTP AUTH cannot do MFA; a password alone is enough. Block legacy authentication with Conditional Access.",
    },
];

/// What a check can see.
pub struct Ctx<'a> {
    pub ds: &'a Dataset,
    pub view: &'a ViewState,
    pub truth: &'a [Scenario],
    /// Keys of the findings the detection engine produced, with their rule.
    pub findings: &'a [(String, RuleId)],
}

fn scenario<'a>(ctx: &'a Ctx<'_>, key: &str) -> Option<&'a Scenario> {
    ctx.truth.iter().find(|s| s.key == key)
}

/// The id of the planted sign-in of `key` that succeeded (the last one, by time).
fn successful_signin(ctx: &Ctx<'_>, key: &str) -> Option<String> {
    let s = scenario(ctx, key)?;
    let t = &ctx.ds.signins.table;
    let mut best: Option<(i64, String)> = None;
    for r in 0..t.len() {
        let rid = id::id_to_text(t.id(S::RequestId as usize, r), &ctx.ds.strings);
        if s.signin_ids.contains(&rid) && t.int(S::Code as usize, r) == 0 {
            let ts = t.time(S::Time as usize, r);
            if best.as_ref().is_none_or(|(b, _)| ts < *b) {
                best = Some((ts, rid));
            }
        }
    }
    best.map(|b| b.1)
}

fn open_signin(ctx: &Ctx<'_>) -> Option<usize> {
    if ctx.view.tab != "signins" {
        return None;
    }
    let rid = ctx.view.record.as_deref()?;
    let want = id::id_lookup(rid, &ctx.ds.strings)?;
    let t = &ctx.ds.signins.table;
    (0..t.len()).find(|&r| t.id(S::RequestId as usize, r) == want)
}

fn open_audit(ctx: &Ctx<'_>) -> Option<usize> {
    use crate::core::model::AuditField as A;
    if ctx.view.tab != "audit" {
        return None;
    }
    let rid = ctx.view.record.as_deref()?;
    let t = &ctx.ds.audits.table;
    if let Some(n) = rid.strip_prefix('#') {
        return n.parse().ok().filter(|&r| r < t.len());
    }
    let want = id::id_lookup(rid, &ctx.ds.strings)?;
    (0..t.len()).find(|&r| t.id(A::Id as usize, r) == want)
}

fn filtered_to(conds: &[Cond], field: &str, any_of: &[&str]) -> bool {
    conds.iter().any(|c| match c {
        Cond::In { field: f, values } if f == field => {
            values.iter().any(|v| any_of.iter().any(|a| v.eq_ignore_ascii_case(a)))
        }
        Cond::Contains { field: f, text, .. } if f == field => {
            any_of.iter().any(|a| a.to_lowercase().contains(&text.to_lowercase()) && !text.is_empty())
        }
        _ => false,
    })
}

/// Whether question `index` has been answered by what the view shows.
pub fn check(index: usize, ctx: &Ctx<'_>) -> bool {
    let Some(q) = QUESTIONS.get(index) else {
        return false;
    };
    let conds = &ctx.view.signins.filter.conds;
    match q.id {
        "spray" => successful_signin(ctx, "password_spray")
            .is_some_and(|rid| ctx.view.tab == "signins" && ctx.view.record.as_deref() == Some(&rid)),
        "mfa_method" => open_signin(ctx).is_some_and(|r| {
            let m = ctx.ds.strings.get(ctx.ds.signins.table.sym(S::MfaMethod as usize, r));
            !m.is_empty() && !m.eq_ignore_ascii_case("Previously satisfied")
        }),
        "risk" => filtered_to(conds, "risk_during", &["high"]) || filtered_to(conds, "risk_agg", &["high"]),
        "fatigue" => {
            let by_record = successful_signin(ctx, "push_bombing")
                .is_some_and(|rid| ctx.view.tab == "signins" && ctx.view.record.as_deref() == Some(&rid));
            let by_finding = ctx.view.tab == "findings"
                && ctx.view.finding.as_ref().is_some_and(|k| {
                    ctx.findings
                        .iter()
                        .any(|(key, rule)| key == k && scenario(ctx, "push_bombing").is_some_and(|s| s.rule == *rule))
                });
            by_record || by_finding
        }
        "travel" => scenario(ctx, "traveller").is_some_and(|s| {
            ctx.view.user.as_deref().is_some_and(|u| s.users.iter().any(|x| x.eq_ignore_ascii_case(u)))
        }),
        "consent" => open_audit(ctx).is_some_and(|r| {
            use crate::core::model::AuditField as A;
            let t = &ctx.ds.audits.table;
            ctx.ds.strings.get(t.sym(A::Activity as usize, r)) == "Consent to application"
                && ctx.ds.targets_of(r).iter().any(|tg| ctx.ds.strings.get(tg.name) == "Mail Sync Pro")
        }),
        "disabled" => {
            filtered_to(conds, "code", &["50057", "AADSTS50057"]) || ctx.view.signins.filter.text.trim() == "50057"
        }
        "legacy" => filtered_to(conds, "client_app", &["IMAP4", "Authenticated SMTP", "POP3", "Exchange ActiveSync"]),
        _ => false,
    }
}
