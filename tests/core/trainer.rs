//! Trainer mode: each question is answered by the view it asks for, and not by others.

use std::sync::LazyLock;

use lantern::core::detect::RuleId;
use lantern::core::{
    ingest::load_bytes,
    model::{AuditField as A, Dataset, SignInField as S, id},
    query::filter::Cond,
    workspace::demo,
    workspace::trainer::{self, Ctx, QUESTIONS},
    workspace::viewstate::ViewState,
};

static DEMO: LazyLock<(Dataset, demo::Tenant)> = LazyLock::new(|| {
    let t = demo::generate(&demo::DemoConfig::default());
    let mut ds = Dataset::new();
    for (name, bytes) in t.demo_files() {
        load_bytes(&name, &bytes, &mut ds);
    }
    (ds, t)
});

fn ok(i: usize, view: &ViewState) -> bool {
    let (ds, t) = &*DEMO;
    trainer::check(
        i,
        &Ctx { ds, view, truth: &t.truth, findings: &[("mfa_fatigue|nestor|1".into(), RuleId::MfaFatigue)] },
    )
}

fn signin_id(pred: impl Fn(usize) -> bool) -> String {
    let (ds, _) = &*DEMO;
    let t = &ds.signins.table;
    let r = (0..t.len()).find(|&r| pred(r)).expect("a matching sign-in");
    id::id_to_text(t.id(S::RequestId as usize, r), &ds.strings)
}

#[test]
fn each_question_is_answered_by_the_right_action_only() {
    let (ds, t) = &*DEMO;
    let idx = |id: &str| QUESTIONS.iter().position(|q| q.id == id).unwrap();
    let empty = ViewState::default();
    for (i, q) in QUESTIONS.iter().enumerate() {
        assert!(!ok(i, &empty), "{} is not answered by doing nothing", q.id);
    }
    let st = &ds.signins.table;
    let text = |f: S, r: usize| ds.strings.get(st.sym(f as usize, r)).to_owned();

    // Spray: the successful sign-in from the spraying address.
    let spray = &t.truth[0];
    let success = signin_id(|r| {
        text(S::Ip, r) == spray.ips[0] && st.int(S::Code as usize, r) == 0 && text(S::App, r) == "Microsoft Office"
    });
    let wrong = signin_id(|r| text(S::Ip, r) == spray.ips[0] && st.int(S::Code as usize, r) == 50126);
    let v = |rid: &str| ViewState { tab: "signins".into(), record: Some(rid.to_owned()), ..Default::default() };
    assert!(ok(idx("spray"), &v(&success)));
    assert!(!ok(idx("spray"), &v(&wrong)));

    // MFA method: any sign-in whose details show a real method.
    let push = signin_id(|r| text(S::MfaMethod, r) == "Mobile app notification");
    let none = signin_id(|r| text(S::MfaMethod, r).is_empty());
    assert!(ok(idx("mfa_method"), &v(&push)));
    assert!(!ok(idx("mfa_method"), &v(&none)));

    // Risk: a filter on high risk.
    let mut risk = ViewState::default();
    risk.signins.filter.conds.push(Cond::In { field: "risk_during".into(), values: vec!["high".into()] });
    assert!(ok(idx("risk"), &risk));
    risk.signins.filter.conds[0] = Cond::In { field: "risk_during".into(), values: vec!["low".into()] };
    assert!(!ok(idx("risk"), &risk));

    // Fatigue: the approving sign-in, or the finding.
    let approve = signin_id(|r| text(S::Ip, r) == "45.137.21.9" && st.int(S::Code as usize, r) == 0);
    assert!(ok(idx("fatigue"), &v(&approve)));
    let finding =
        ViewState { tab: "findings".into(), finding: Some("mfa_fatigue|nestor|1".into()), ..Default::default() };
    assert!(ok(idx("fatigue"), &finding));
    let deny = signin_id(|r| text(S::Ip, r) == "45.137.21.9" && st.int(S::Code as usize, r) == 500121);
    assert!(!ok(idx("fatigue"), &v(&deny)));

    // Travel: the right profile.
    let who = ViewState { tab: "users".into(), user: Some(t.truth[1].users[0].clone()), ..Default::default() };
    assert!(ok(idx("travel"), &who));
    let other = ViewState { tab: "users".into(), user: Some(t.truth[0].users[0].clone()), ..Default::default() };
    assert!(!ok(idx("travel"), &other));

    // Consent: the admin consent to "Mail Sync Pro".
    let at = &ds.audits.table;
    let row = (0..at.len())
        .find(|&r| {
            ds.strings.get(at.sym(A::Activity as usize, r)) == "Consent to application"
                && ds.targets_of(r).iter().any(|x| ds.strings.get(x.name) == "Mail Sync Pro")
        })
        .unwrap();
    let rid = id::id_to_text(at.id(A::Id as usize, row), &ds.strings);
    assert!(!rid.is_empty(), "audit CSV rows get a stable synthetic id");
    let open = ViewState { tab: "audit".into(), record: Some(rid), ..Default::default() };
    assert!(ok(idx("consent"), &open));
    let zoom = (0..at.len()).find(|&r| ds.targets_of(r).iter().any(|x| ds.strings.get(x.name) == "Zoom")).unwrap();
    let open = ViewState {
        tab: "audit".into(),
        record: Some(id::id_to_text(at.id(A::Id as usize, zoom), &ds.strings)),
        ..Default::default()
    };
    assert!(!ok(idx("consent"), &open));

    // Disabled account and legacy protocols: the filters.
    let mut f = ViewState::default();
    f.signins.filter.conds.push(Cond::In { field: "code".into(), values: vec!["50057".into()] });
    assert!(ok(idx("disabled"), &f));
    assert!(!ok(idx("legacy"), &f));
    f.signins.filter.conds.push(Cond::In { field: "client_app".into(), values: vec!["IMAP4".into()] });
    assert!(ok(idx("legacy"), &f));
}
