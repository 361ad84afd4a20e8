//! `success_after_failures`: a burst of wrong-password failures for one user followed by a
//! sign-in where the password was right.

use crate::core::{
    detect::{
        DetectConfig,
        ctx::Ctx,
        rule::{Meta, Needs, Out, Reads, Rule},
        rules::{
            RuleId,
            brute_force_user::{BurstEnd, Params, burst_finding, bursts},
        },
    },
    kql::hunt::Hunt,
};

pub struct SuccessAfterFailures;

impl Rule for SuccessAfterFailures {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::SuccessAfterFailures,
        title: "Success after many failures",
        description: "A burst of wrong-password failures for one user followed by a sign-in where the password was right.",
        mitre: &["T1110.001", "T1078"],
        severity: "High; Low when every attempt and the success came from addresses the user had signed in from, from one of the organisation's own devices at its sites, or after someone else reset the password",
        config: &[
            "brute_force_codes",
            "brute_force_min_failures",
            "brute_force_window_min",
            "success_after_min",
            "password_ok_codes",
            "allow_users",
            "allow_ips",
            "allow_asns",
        ],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Sentinel SigninBruteForce-AzurePortal (S1)",
        lookback_days: 1,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params::from(cfg)
    }

    fn thresholds(p: &Params) -> String {
        p.sentence()
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        for s in &cx.subjects {
            for b in bursts(p, cx, s).into_iter().filter(|b| b.success.is_some()) {
                let d = burst_finding(cx, s, b);
                out.add(cx, d);
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        p.hunting(h, BurstEnd::Success);
    }
}
