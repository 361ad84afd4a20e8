//! `mfa_fatigue`: many denied or unanswered MFA prompts for one user in a window (push
//! bombing); Critical when an approval follows.

use hashbrown::HashSet;

use crate::core::{
    codes::CodeClass,
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, Subject},
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{MIN_MS, distinct, episodes, max_in_window, place},
        text::{contains_ci, hm, list, minutes},
    },
    kql::hunt::Hunt,
    model::SignInField as S,
};

pub struct MfaFatigue;

/// The parameters of both MFA rules (`mfa_denied` leaves out what a fatigue burst covers).
pub struct Params {
    pub min_denials: u32,
    pub window_min: u32,
    pub allow: Allow,
}

impl Params {
    pub fn from(cfg: &DetectConfig) -> Self {
        Params { min_denials: cfg.mfa_fatigue_min_denials, window_min: cfg.mfa_fatigue_window_min, allow: Allow::none().users(cfg) }
    }

    /// The `where` lines of the allow-lists, for the queries.
    pub fn clauses(&self) -> String {
        self.allow.signin_clauses().iter().map(|c| format!("\n{c}")).collect()
    }
}

/// "MFA request denied" / no response: the error code of a denied push.
pub(crate) const MFA_DENIED: u32 = 500121;

/// A denied or unanswered MFA prompt.
pub(crate) fn mfa_denial(cx: &Ctx, r: u32) -> bool {
    if cx.class(r) != CodeClass::Failure {
        return false;
    }
    let texts = cx.mfa_texts(r);
    if texts.iter().any(|t| contains_ci(t, "duplicate authentication")) {
        return false;
    }
    cx.code(r) == MFA_DENIED
        || texts.iter().any(|t| {
            let l = t.to_ascii_lowercase();
            l.contains("mfa denied")
                || l.contains("did not respond")
                || l.contains("declined")
                || l.contains("fraud")
                || l.contains("timed out")
        })
}

fn mfa_completed(cx: &Ctx, r: u32) -> bool {
    cx.mfa_texts(r).iter().any(|t| contains_ci(t, "MFA successfully completed") || contains_ci(t, "MFA completed"))
}

/// A burst of denials for one user, and the approval after it.
pub(crate) struct Burst {
    pub rows: Vec<u32>,
    pub approval: Option<u32>,
}

/// The user's bursts of ≥ `min_denials` denials within the window.
pub(crate) fn bursts(p: &Params, cx: &Ctx, s: &Subject) -> Vec<Burst> {
    let win = p.window_min as i64 * MIN_MS;
    let den: Vec<u32> = s.rows.iter().copied().filter(|&r| mfa_denial(cx, r)).collect();
    if s.allowed || (den.len() as u32) < p.min_denials {
        return Vec::new();
    }
    let mut out = Vec::new();
    for ep in episodes(cx, &den, win) {
        let (_, peak) = max_in_window(cx, &ep, win, |r| r);
        if (peak as u32) < p.min_denials {
            continue;
        }
        let (t0, t1) = (cx.st(ep[0]), cx.st(ep[ep.len() - 1]));
        let ep_ips: HashSet<u32> = ep.iter().map(|&r| cx.ip[r as usize]).collect();
        let approval = s.rows.iter().copied().find(|&r| {
            let t = cx.st(r);
            t > t0 && t <= t1 + win && cx.ok(r) && (mfa_completed(cx, r) || ep_ips.contains(&cx.ip[r as usize]))
        });
        out.push(Burst { rows: ep, approval });
    }
    out
}

impl Rule for MfaFatigue {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::MfaFatigue,
        title: "MFA fatigue (push bombing)",
        description: "Many denied or unanswered MFA prompts for one user in a window; Critical when an approval follows.",
        mitre: &["T1621"],
        severity: "High; Critical when a prompt is approved after the burst",
        config: &["mfa_fatigue_min_denials", "mfa_fatigue_window_min", "allow_users"],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Sentinel MFASpammingfollowedbySuccessfullogin (M3)",
        lookback_days: 1,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params::from(cfg)
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "≥ {} MFA denials / no-responses ({MFA_DENIED} or MFA-denied results, duplicates excluded) for one user within {} \
             min; approval = a success within {} min after the last with MFA completed or from a denial's IP{}",
            p.min_denials,
            p.window_min,
            p.window_min,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        for s in &cx.subjects {
            for b in bursts(p, cx, s) {
                let d = fatigue(cx, s, b);
                out.add(cx, d);
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&["Status"]);
        h.line(&format!(
            "signins\n| where ResultType in (\"{MFA_DENIED}\", \"0\"){}\n| extend MfaResult = tostring(Status.additionalDetails)\n| summarize Denied = countif(ResultType == \"{MFA_DENIED}\"), Approved = countif(ResultType == \"0\"),\n    FirstDenied = minif(TimeGenerated, ResultType == \"{MFA_DENIED}\"), LastDenied = maxif(TimeGenerated, ResultType == \"{MFA_DENIED}\"),\n    LastApproved = maxif(TimeGenerated, ResultType == \"0\"),\n    Results = make_set_if(MfaResult, ResultType == \"{MFA_DENIED}\", 10), Ips = make_set(IPAddress, 10)\n    by UserPrincipalName, bin(TimeGenerated, {}m)\n| where Denied >= {}\n| extend ApprovedAfterDenials = LastApproved > FirstDenied\n| sort by Denied desc",
            p.clauses(),
            p.window_min.max(1),
            p.min_denials
        ));
    }
}

fn fatigue(cx: &Ctx, s: &Subject, b: Burst) -> Draft {
    let ep = b.rows;
    let (t0, t1) = (cx.st(ep[0]), cx.st(ep[ep.len() - 1]));
    let count = |needle: &str| ep.iter().filter(|&&r| cx.mfa_texts(r).iter().any(|t| contains_ci(t, needle))).count();
    let (declined, fraud) = (count("declined"), count("fraud"));
    let mut d = Draft::new(s.name.clone(), if b.approval.is_some() { Severity::Critical } else { Severity::High });
    d.title = match b.approval {
        Some(_) => format!("MFA fatigue on {}: prompt approved after {} denials", s.name, ep.len()),
        None => format!("MFA fatigue on {}: {} prompts denied", s.name, ep.len()),
    };
    d.why = format!(
        "{} MFA prompts for {} were denied or not answered between {} and {} ({} min; {} declined, {} reported as fraud, {} \
         unanswered) from {} ({}){}.",
        ep.len(),
        s.name,
        hm(t0),
        hm(t1),
        minutes(t0, t1),
        declined,
        fraud,
        ep.len().saturating_sub(declined + fraud),
        list(&distinct(cx, &ep, S::Ip), 3),
        place(cx, ep[0]),
        match b.approval {
            Some(r) => format!(
                "; at {} a prompt was approved and the sign-in from {} succeeded — the password is known and the attacker \
                 is in",
                hm(cx.st(r)),
                cx.ip_text(r)
            ),
            None => String::new(),
        }
    );
    d.next_steps = "The password is known to someone else: reset it, revoke sessions, switch the user to number matching / \
                    phishing-resistant MFA, and review what happened after any approval."
        .into();
    d.users = vec![s.name.clone()];
    d.ips = distinct(cx, &ep, S::Ip);
    d.signins = ep;
    if let Some(r) = b.approval {
        d.signins.push(r);
    }
    d
}
