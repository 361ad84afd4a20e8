//! `device_code`: sign-ins through the device-code flow, the device-code phishing pattern.

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, Subject},
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{DAY_MS, distinct, episodes, place},
        text::{contains_ci, hm, list},
    },
    kql::hunt::Hunt,
    model::SignInField as S,
};

pub struct DeviceCode;

pub struct Params {
    pub allow: Allow,
}

/// The Microsoft Authentication Broker (device registration; PRT phishing).
pub(crate) const BROKER_APP_ID: &str = "29d9ed98-a469-4536-ade2-f981bc1d605e";

impl Rule for DeviceCode {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::DeviceCode,
        title: "Device-code flow",
        description: "Authentication protocol deviceCode or transfer method deviceCodeFlow — the device-code phishing pattern; High with the Authentication Broker.",
        mitre: &["T1528", "T1566.002"],
        severity: "Low when none succeeded; Medium for a success or the Broker; High for a success with the Broker",
        config: &["allow_users", "allow_apps"],
        reads: Reads::SignIns,
        needs: Needs::Time,
        source: "Splunk device code authentication and MAS device-code alerts (D2)",
        lookback_days: 1,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params { allow: Allow::none().users(cfg).apps(cfg) }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "authentication protocol deviceCode or original transfer method deviceCodeFlow; High when a success used the \
             Authentication Broker ({BROKER_APP_ID}){}",
            p.allow.sentence()
        )
    }

    fn run(_: &Params, cx: &Ctx, out: &mut Out) {
        for s in cx.subjects.iter().filter(|s| !s.allowed) {
            let rows: Vec<u32> = s
                .rows
                .iter()
                .copied()
                .filter(|&r| {
                    !cx.app_ok(r)
                        && (cx.s(r, S::AuthProtocol).eq_ignore_ascii_case("deviceCode")
                            || cx.s(r, S::TransferMethod).eq_ignore_ascii_case("deviceCodeFlow"))
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
        let mut q = String::from("signins\n| where AuthenticationProtocol =~ \"deviceCode\"");
        for c in p.allow.signin_clauses() {
            q.push('\n');
            q.push_str(&c);
        }
        h.line(&format!(
            "{q}\n| extend ViaBroker = AppId == \"{BROKER_APP_ID}\"\n| summarize SignIns = count(), Successes = countif(ResultType == \"0\"), BrokerSignIns = countif(ViaBroker),\n    Apps = make_set(AppDisplayName, 10), Ips = make_set(IPAddress, 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, bin(TimeGenerated, 1d)\n| sort by SignIns desc"
        ));
    }
}

fn episode(cx: &Ctx, s: &Subject, ep: Vec<u32>) -> Draft {
    let ok = ep.iter().any(|&r| cx.ok(r));
    let broker = ep.iter().any(|&r| {
        cx.s(r, S::AppId).eq_ignore_ascii_case(BROKER_APP_ID) || contains_ci(cx.s(r, S::App), "Authentication Broker")
    });
    let sev = match (ok, broker) {
        (true, true) => Severity::High,
        (true, false) | (false, true) => Severity::Medium,
        (false, false) => Severity::Low,
    };
    let mut d = Draft::new(s.name.clone(), sev);
    d.title = format!("Device-code sign-in for {}", s.name);
    d.why = format!(
        "{} device-code flow sign-ins by {} to {} between {} and {} from {} ({}); {}{}.",
        ep.len(),
        s.name,
        list(&distinct(cx, &ep, S::App), 3),
        hm(cx.st(ep[0])),
        hm(cx.st(ep[ep.len() - 1])),
        list(&distinct(cx, &ep, S::Ip), 3),
        place(cx, ep[0]),
        if ok { "the sign-in succeeded" } else { "none succeeded" },
        if broker { "; the client is the Microsoft Authentication Broker (device registration / PRT phishing)" } else { "" }
    );
    d.next_steps = "Ask the user whether they entered a code on microsoft.com/devicelogin; if not, revoke sessions, remove \
                    any device registered afterwards, and block device-code flow with Conditional Access."
        .into();
    d.users = vec![s.name.clone()];
    d.ips = distinct(cx, &ep, S::Ip);
    d.signins = ep;
    d
}
