//! `risky_signin`: Microsoft's own Identity Protection verdicts on sign-ins (risk level,
//! risk state, risk event types); dismissed and remediated risk is ignored.

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, Subject},
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{DAY_MS, distinct, episodes, place},
        text::{hm, list},
    },
    kql::hunt::Hunt,
    model::SignInField as S,
};

pub struct RiskySignin;

pub struct Params {
    pub allow: Allow,
}

// RISK: 1 none, 2 low, 3 medium, 4 high, 5 hidden. RISK_STATE: 2 confirmedSafe, 3 remediated,
// 4 dismissed, 5 atRisk, 6 confirmedCompromised.
const AT_RISK: u8 = 5;
const COMPROMISED: u8 = 6;

impl Rule for RiskySignin {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::RiskySignin,
        title: "Risky sign-in (Identity Protection)",
        description: "Microsoft's own risk verdict: risk level during sign-in or aggregated, risk state atRisk / confirmedCompromised, risk event types; dismissed and remediated risk is ignored.",
        mitre: &["T1078"],
        severity: "High for high risk or confirmedCompromised; Medium for medium risk, or atRisk with the level hidden; otherwise Low (a low-risk detection stays Low)",
        config: &["allow_users"],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Hawk and MAS risky sign-ins (R1, R2)",
        lookback_days: 7,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params { allow: Allow::none().users(cfg) }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "risk level during sign-in or aggregated low/medium/high, risk state atRisk or confirmedCompromised, or risk event \
             types; dismissed, remediated and confirmed-safe risk ignored{}",
            p.allow.sentence()
        )
    }

    fn run(_: &Params, cx: &Ctx, out: &mut Out) {
        let t = &cx.ds.signins.table;
        let state = |r: u32| t.enum_code(S::RiskState as usize, r as usize);
        for s in cx.subjects.iter().filter(|s| !s.allowed) {
            let rows: Vec<u32> = s
                .rows
                .iter()
                .copied()
                .filter(|&r| {
                    !matches!(state(r), 2..=4) && (level(cx, r) > 0 || matches!(state(r), AT_RISK | COMPROMISED) || !types(cx, r).is_empty())
                })
                .collect();
            for ep in episodes(cx, &rows, DAY_MS) {
                let d = episode(cx, s, ep);
                out.add(cx, d);
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&[]);
        let mut q = String::from(
            "signins\n| where RiskLevelDuringSignIn in~ (\"low\", \"medium\", \"high\") or RiskLevelAggregated in~ (\"low\", \"medium\", \"high\")\n    or RiskState in~ (\"atRisk\", \"confirmedCompromised\") or RiskEventTypes_V2 !in (\"\", \"[]\")\n| where RiskState !in~ (\"dismissed\", \"remediated\", \"confirmedSafe\")",
        );
        for c in p.allow.signin_clauses() {
            q.push('\n');
            q.push_str(&c);
        }
        h.line(&format!("{q}\n| summarize SignIns = count(), Successes = countif(ResultType == \"0\"), Levels = make_set(RiskLevelDuringSignIn, 5),\n    States = make_set(RiskState, 5), RiskTypes = make_set(RiskEventTypes_V2, 10), Ips = make_set(IPAddress, 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, bin(TimeGenerated, 1d)\n| sort by SignIns desc"));
    }
}

/// 0 none, 1 low, 2 medium, 3 high (the higher of the two levels).
fn level(cx: &Ctx, r: u32) -> u8 {
    let t = &cx.ds.signins.table;
    let f = |x: u8| if (2..=4).contains(&x) { x - 1 } else { 0 };
    f(t.enum_code(S::RiskDuring as usize, r as usize)).max(f(t.enum_code(S::RiskAggregated as usize, r as usize)))
}

/// The risk event types of a row ("" when none).
fn types<'a>(cx: &Ctx<'a>, r: u32) -> &'a str {
    let s = cx.s(r, S::RiskEventTypes).trim();
    if s.is_empty() || s.eq_ignore_ascii_case("none") || s == "[]" { "" } else { s }
}

fn episode(cx: &Ctx, s: &Subject, ep: Vec<u32>) -> Draft {
    let t = &cx.ds.signins.table;
    let state = |r: u32| t.enum_code(S::RiskState as usize, r as usize);
    let max_level = ep.iter().map(|&r| level(cx, r)).max().unwrap_or(0);
    let compromised = ep.iter().any(|&r| state(r) == COMPROMISED);
    let at_risk = ep.iter().any(|&r| state(r) == AT_RISK);
    // The level decides; "at risk" without a level (hidden) counts as Medium. A low-risk
    // detection is at risk too until remediated, and stays Low (Microsoft's own risk policies
    // act from Medium).
    let sev = if compromised || max_level == 3 {
        Severity::High
    } else if max_level == 2 || (at_risk && max_level == 0) {
        Severity::Medium
    } else {
        Severity::Low
    };
    let ok = ep.iter().filter(|&&r| cx.ok(r)).count();
    let mut ty: Vec<String> = Vec::new();
    for &r in &ep {
        for x in types(cx, r).split([',', ';']).map(|x| x.trim().trim_matches(|c| c == '"' || c == '[' || c == ']')) {
            if !x.is_empty() && !ty.iter().any(|y| y == x) {
                ty.push(x.to_owned());
            }
        }
    }
    let lv = ["none", "low", "medium", "high"].get(max_level as usize).copied().unwrap_or("none");
    let mut d = Draft::new(s.name.clone(), sev);
    d.title = format!("Risky sign-in for {} ({lv} risk)", s.name);
    d.why = format!(
        "Identity Protection rated {} sign-in{} of {} between {} and {} as risky (highest level {lv}{}{}) from {} ({}); {} \
         succeeded.",
        ep.len(),
        if ep.len() == 1 { "" } else { "s" },
        s.name,
        hm(cx.st(ep[0])),
        hm(cx.st(ep[ep.len() - 1])),
        if compromised {
            ", state confirmedCompromised"
        } else if at_risk {
            ", state atRisk"
        } else {
            ""
        },
        if ty.is_empty() { String::new() } else { format!(", detections: {}", ty.join(", ")) },
        list(&distinct(cx, &ep, S::Ip), 3),
        place(cx, ep[0]),
        ok
    );
    d.next_steps = "Open the user in Identity Protection; confirm compromised or safe. If compromised: reset the password, \
                    revoke sessions and review the audit log after this time."
        .into();
    d.users = vec![s.name.clone()];
    d.ips = distinct(cx, &ep, S::Ip);
    d.signins = ep;
    d
}
