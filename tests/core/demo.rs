//! The demo tenant: deterministic bytes, realistic size, the planted story present.

use lantern::core::{
    ingest::load_bytes,
    model::Dataset,
    workspace::demo::{self, DemoConfig},
};

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let a = demo::generate(&DemoConfig::default()).demo_files();
    let b = demo::generate(&DemoConfig::default()).demo_files();
    let c = demo::generate(&DemoConfig { seed: 8, ..Default::default() }).demo_files();
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn the_tenant_looks_like_a_real_one() {
    let t = demo::generate(&DemoConfig::default());
    let users: std::collections::BTreeSet<&str> = t.signins.iter().map(|s| s.upn.as_str()).collect();
    assert!((190..=210).contains(&users.len()), "{} users", users.len());
    assert!(t.signins.len() > 20_000);
    assert!(t.signins.iter().filter(|s| !s.interactive).count() > 10_000);
    let days = (t.end_ms - t.start_ms) / 86_400_000;
    assert_eq!(days, 21);
    assert!(t.signins.iter().all(|s| s.time_ms >= t.start_ms && s.time_ms < t.end_ms + 86_400_000));
    let activities: std::collections::BTreeSet<&str> = t.audits.iter().map(|a| a.activity).collect();
    for a in [
        "Update user",
        "Add member to group",
        "Add member to role",
        "Consent to application",
        "User registered security info",
        "Disable account",
    ] {
        assert!(activities.contains(a), "audit activity {a}");
    }
}

#[test]
fn every_planted_scenario_is_there_with_its_records() {
    let t = demo::generate(&DemoConfig::default());
    let keys: Vec<&str> = t.truth.iter().map(|s| s.key).collect();
    assert_eq!(
        keys,
        ["password_spray", "traveller", "push_bombing", "legacy_mailbox", "former_employee", "account_takeover"]
    );
    for s in &t.truth {
        assert!(!s.users.is_empty() && !s.ips.is_empty() && s.first_ms <= s.last_ms, "{}", s.key);
        for id in &s.signin_ids {
            assert!(t.signins.iter().any(|e| &e.id == id), "{}: sign-in {id}", s.key);
        }
        for id in &s.audit_ids {
            assert!(t.audits.iter().any(|e| &e.id == id), "{}: audit {id}", s.key);
        }
    }
    let spray = &t.truth[0];
    let spray_events: Vec<_> = t.signins.iter().filter(|e| spray.signin_ids.contains(&e.id)).collect();
    assert!(spray_events.iter().filter(|e| e.code == 50126).count() >= 40);
    assert_eq!(
        spray_events
            .iter()
            .filter(|e| e.code == 0)
            .map(|e| e.upn.as_str())
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        1
    );
    let fatigue: Vec<_> = t.signins.iter().filter(|e| t.truth[2].signin_ids.contains(&e.id)).collect();
    assert_eq!(fatigue.iter().filter(|e| e.code == 500121).count(), 12);
    assert_eq!(fatigue.iter().filter(|e| e.code == 0).count(), 1);
}

#[test]
fn the_demo_files_load_through_the_normal_ingest_path() {
    let t = demo::generate(&DemoConfig::default());
    let mut ds = Dataset::new();
    for (name, bytes) in t.demo_files() {
        let f = load_bytes(&name, &bytes, &mut ds);
        let f = &ds.files[f as usize];
        assert!(f.error.is_none() && f.warnings.is_empty(), "{name}: {:?} {:?}", f.error, f.warnings);
    }
    assert_eq!(ds.signin_count(), t.signins.len());
    assert_eq!(ds.audit_count(), t.audits.len());
}

#[test]
fn scaled_tenants_reach_the_requested_size() {
    let t = demo::generate(&DemoConfig { target_signins: Some(50_000), ..Default::default() });
    assert!((50_000..50_100).contains(&t.signins.len()), "{}", t.signins.len());
    assert_eq!(t.truth.len(), 6);
}

/// The benchmarks' realistic mode: unique ids per row, many users and addresses, Graph's key
/// order, compact or indented; Lantern reads both the same.
#[test]
fn the_realistic_generator_looks_like_a_real_tenant_and_loads() {
    use std::collections::HashSet;
    for pretty in [false, true] {
        let t =
            demo::generate(&DemoConfig { target_signins: Some(20_000), realistic: true, pretty, ..Default::default() });
        let n = t.signins.len();
        let ids: HashSet<&str> = t.signins.iter().map(|e| e.id.as_str()).collect();
        let corr: HashSet<&str> = t.signins.iter().map(|e| e.correlation_id.as_str()).collect();
        let users: HashSet<&str> = t.signins.iter().map(|e| e.upn.as_str()).collect();
        let ips: HashSet<&str> = t.signins.iter().map(|e| e.ip.as_str()).collect();
        assert_eq!(ids.len(), n, "a request id per row");
        assert_eq!(corr.len(), n, "a correlation id per row");
        assert!(users.len() >= 1_900, "{} users", users.len());
        assert!(ips.len() >= n / 5, "{} addresses for {n} sign-ins", ips.len());
        // A person's places stay their own (a tenant whose every user signs in from several
        // countries a week is an attack-heavy tenant, not a real one): most users are seen in
        // one country, and a few travel.
        let mut countries: std::collections::HashMap<&str, HashSet<&str>> = Default::default();
        for e in &t.signins {
            countries.entry(e.upn.as_str()).or_default().insert(e.country);
        }
        let one = countries.values().filter(|c| c.len() == 1).count();
        assert!(one * 10 >= users.len() * 8, "{one} of {} users in one country", users.len());
        assert!(one < users.len(), "some users travel");
        let mut json = Vec::new();
        t.write_signins_json(None, &mut json).unwrap();
        let text = String::from_utf8(json.clone()).unwrap();
        let head: String = text.chars().filter(|c| !c.is_whitespace()).take(8).collect();
        assert_eq!(head, "[{\"id\":\"", "Graph's order: id first (pretty {pretty})");
        assert_eq!(text.contains("\n    \"createdDateTime\": "), pretty);
        let mut ds = Dataset::new();
        load_bytes("signins.json", &json, &mut ds);
        assert_eq!(ds.signin_count(), n, "pretty {pretty}: {:?}", ds.files[0].warnings);
    }
}
