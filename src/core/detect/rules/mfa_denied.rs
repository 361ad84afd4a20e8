//! `mfa_denied`: the user explicitly denied an MFA prompt or reported it as fraud (outside a
//! fatigue burst, which `mfa_fatigue` reports).

use hashbrown::HashSet;

use crate::core::{
    codes::CodeClass,
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, Subject},
        rule::{Draft, Meta, Needs, Out, Reads, Rule},
        rules::{
            RuleId,
            mfa_fatigue::{MFA_DENIED, Params, bursts},
        },
        signin::{DAY_MS, distinct, episodes, place},
        text::{contains_ci, hm, list, plural},
    },
    kql::hunt::Hunt,
    model::SignInField as S,
};

pub struct MfaDenied;

impl Rule for MfaDenied {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::MfaDenied,
        title: "MFA explicitly denied or reported as fraud",
        description: "The user pressed Deny or reported the prompt as fraud: someone else had the password.",
        mitre: &["T1621", "T1078"],
        severity: "Medium; High when reported as fraud",
        config: &["mfa_fatigue_min_denials", "mfa_fatigue_window_min", "allow_users"],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Sentinel ExplicitMFADeny (M4)",
        lookback_days: 1,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params::from(cfg)
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "any failed sign-in whose MFA result says the user declined or reported fraud, outside a fatigue burst (≥ {} \
             denials within {} min){}",
            p.min_denials,
            p.window_min,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        for s in cx.subjects.iter().filter(|s| !s.allowed) {
            let covered: HashSet<u32> =
                bursts(p, cx, s).into_iter().flat_map(|b| b.rows.into_iter().chain(b.approval)).collect();
            let rows: Vec<u32> = s
                .rows
                .iter()
                .copied()
                .filter(|&r| {
                    !covered.contains(&r)
                        && cx.class(r) == CodeClass::Failure
                        && cx.mfa_texts(r).iter().any(|t| {
                            (contains_ci(t, "declined") || contains_ci(t, "fraud")) && !contains_ci(t, "consent")
                        })
                })
                .collect();
            for ep in episodes(cx, &rows, DAY_MS) {
                let d = denied(cx, s, ep);
                out.add(cx, d);
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&["Status"]);
        h.line(&format!(
            "signins\n| where ResultType == \"{MFA_DENIED}\"{}\n| extend MfaResult = tostring(Status.additionalDetails)\n| where MfaResult has_any (\"declined\", \"fraud\") or AuthenticationDetails has_any (\"declined\", \"fraud\")\n| summarize Denials = count(), Fraud = countif(MfaResult has \"fraud\" or AuthenticationDetails has \"fraud\"),\n    Ips = make_set(IPAddress, 10), Apps = make_set(AppDisplayName, 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, bin(TimeGenerated, {}m)\n| where Denials < {} // a burst of {} or more is MFA fatigue\n| sort by Denials desc",
            p.clauses(),
            p.window_min.max(1),
            p.min_denials,
            p.min_denials
        ));
    }
}

fn denied(cx: &Ctx, s: &Subject, ep: Vec<u32>) -> Draft {
    let fraud = ep.iter().any(|&r| cx.mfa_texts(r).iter().any(|t| contains_ci(t, "fraud")));
    let mut d = Draft::new(s.name.clone(), if fraud { Severity::High } else { Severity::Medium });
    d.title = if fraud {
        format!("{} reported an MFA prompt as fraud", s.name)
    } else {
        format!("{} denied an MFA prompt", s.name)
    };
    d.why = format!(
        "{} {} an MFA prompt {} between {} and {} for a sign-in from {} ({}) to {}: someone else entered the password.",
        s.name,
        if fraud { "reported" } else { "declined" },
        plural(ep.len(), "time", "times"),
        hm(cx.st(ep[0])),
        hm(cx.st(ep[ep.len() - 1])),
        list(&distinct(cx, &ep, S::Ip), 3),
        place(cx, ep[0]),
        list(&distinct(cx, &ep, S::App), 2)
    );
    d.next_steps = "Ask the user; unless they denied by mistake, reset the password and revoke sessions, and look for \
                    other sign-ins from the same IP."
        .into();
    d.users = vec![s.name.clone()];
    d.ips = distinct(cx, &ep, S::Ip);
    d.signins = ep;
    d
}
