//! `failure_spike`: a UTC day on which a user's sign-ins fail far more often than in their
//! learning window (a password being guessed, or a stale password on a device).

use crate::core::{
    codes::{self, CodeClass},
    detect::{
        DetectConfig, Severity,
        baseline::{BaselineParams, Profile},
        ctx::{Ctx, Subject},
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{DAY_MS, codes_of, distinct, is_user_signin},
        text::list,
    },
    kql::hunt::Hunt,
    model::{SignInField as S, time},
};

pub struct FailureSpike;

pub struct Params {
    pub base: BaselineParams,
    pub min_failures: u32,
    pub factor: f64,
    pub allow: Allow,
}

impl Rule for FailureSpike {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::FailureSpike,
        title: "Failure spike for one user",
        description: "A day on which a user's sign-ins fail far more often than in their learning window; interrupts (MFA prompts, keep-me-signed-in) are steps, not failures.",
        mitre: &["T1110"],
        severity: "Low (the spike is a lead; a spray or brute-force rule rates the attack itself)",
        config: &[
            "failure_spike_min",
            "failure_spike_factor",
            "learning_days",
            "min_history_signins",
            "min_history_days",
            "allow_users",
            "allow_ips",
            "allow_asns",
        ],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Sentinel's anomalous failed sign-in rules and Splunk's failure-rate baselines",
        lookback_days: 15,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params {
            base: BaselineParams::from(cfg),
            min_failures: cfg.failure_spike_min,
            factor: cfg.failure_spike_factor,
            allow: Allow::none().users(cfg).nets(cfg),
        }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "≥ {} failures (interrupts excluded) on one UTC day, a failure rate ≥ 50 % and ≥ {}× the rate of the previous {} \
             days; the user needs ≥ {} successful sign-ins on ≥ {} days before{}",
            p.min_failures,
            p.factor,
            p.base.learning_days,
            p.base.min_history_signins,
            p.base.min_history_days,
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        for s in cx.subjects.iter().filter(|s| !s.allowed) {
            let rows: Vec<u32> = s.rows.iter().copied().filter(|&r| is_user_signin(cx, r)).collect();
            user_days(p, cx, s, &rows, out);
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&[]);
        h.let_codes("interrupts", &codes::of_class(CodeClass::Interrupt));
        h.let_codes("successes", &codes::of_class(CodeClass::Success));
        let mut src = String::from("signins\n    | where ResultType !in (interrupts)");
        for c in p.allow.signin_clauses() {
            src.push_str("\n    ");
            src.push_str(&c);
        }
        h.line(&format!(
            "let outcomes = {src}\n    | extend Failed = ResultType !in (successes);\nlet baseline = outcomes\n    | where TimeGenerated < endTime - 1d and TimeGenerated >= endTime - 1d - {}d\n    | summarize BaseOk = countif(not(Failed)), BaseDays = dcountif(bin(TimeGenerated, 1d), not(Failed)), BaseRate = todouble(countif(Failed)) / count() by UserPrincipalName\n    | where BaseOk >= {} and BaseDays >= {};",
            p.base.learning_days, p.base.min_history_signins, p.base.min_history_days
        ));
        h.line(&format!(
            "outcomes\n| summarize Failures = countif(Failed), Total = count(), Codes = make_set_if(ResultType, Failed, 10), Ips = make_set_if(IPAddress, Failed, 20)\n    by UserPrincipalName, Day = bin(TimeGenerated, 1d)\n| join kind=inner baseline on UserPrincipalName\n| extend Rate = todouble(Failures) / Total\n| where Failures >= {} and Rate >= 0.5 and Rate >= BaseRate * {}\n| sort by Failures desc",
            p.min_failures, p.factor
        ));
    }
}

/// One user's days: the profile moves with the learning window; each day's failures are
/// compared with the rate the profile had at the day's start.
fn user_days(p: &Params, cx: &Ctx, s: &Subject, rows: &[u32], out: &mut Out) {
    let learn_ms = p.base.learning_days as i64 * DAY_MS;
    let mut prof = Profile::default();
    let mut day = i64::MIN;
    let mut fails: Vec<u32> = Vec::new();
    let (mut day_ok, mut day_base) = (0u32, None);
    for &r in rows {
        let t = cx.st(r);
        prof.advance(t, learn_ms);
        let this_day = t.div_euclid(DAY_MS);
        if this_day != day {
            flush(p, cx, s, &mut fails, day_ok, day_base, out);
            day = this_day;
            day_ok = 0;
            day_base = prof.enough(&p.base).then(|| prof.failure_rate());
        }
        match cx.class(r) {
            CodeClass::Failure => {
                prof.failure(t);
                if !cx.net_ok(r) {
                    fails.push(r);
                }
            }
            CodeClass::Interrupt => {}
            CodeClass::Success => {
                day_ok += 1;
                prof.count_success(t);
            }
        }
    }
    flush(p, cx, s, &mut fails, day_ok, day_base, out);
}

fn flush(p: &Params, cx: &Ctx, s: &Subject, fails: &mut Vec<u32>, day_ok: u32, base: Option<f64>, out: &mut Out) {
    let n = fails.len() as u32;
    let rate = n as f64 / (n + day_ok).max(1) as f64;
    if let (Some(base), Some(&r0)) = (base, fails.first())
        && n >= p.min_failures && rate >= 0.5 && rate >= base * p.factor {
            let mut d = Draft::new(format!("{}-failures", s.name), Severity::Low);
            d.title = format!("Failure spike for {}", s.name);
            d.why = format!(
                "{} of {}'s {} sign-ins on {} failed ({:.0} %), against {:.0} % in the previous {} days; codes: {}.",
                n,
                s.name,
                n + day_ok,
                time::format_date(cx.st(r0)),
                rate * 100.0,
                base * 100.0,
                p.base.learning_days,
                list(&codes_of(cx, fails), 5)
            );
            d.next_steps = "See which IPs and apps failed; a spike from unfamiliar IPs is an attack on this account, one \
                            from the user's own device is usually a stale password."
                .into();
            d.users = vec![s.name.clone()];
            d.ips = distinct(cx, fails, S::Ip);
            d.signins = std::mem::take(fails);
            out.add(cx, d);
        }
    fails.clear();
}
