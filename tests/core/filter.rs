//! Filters, facets, sorting and the aggregate views, on the demo tenant.

use lantern::core::model::Log;
use std::sync::LazyLock;

use lantern::core::{
    ingest::load_bytes,
    model::{Dataset, SignInField as S},
    query::aggregate,
    query::filter::{self, Cond, Filter},
    query::view::cell_text,
    workspace::demo,
};

static DS: LazyLock<(Dataset, demo::Tenant)> = LazyLock::new(|| {
    let t = demo::generate(&demo::DemoConfig::default());
    let mut ds = Dataset::new();
    for (name, bytes) in t.demo_files() {
        load_bytes(&name, &bytes, &mut ds);
    }
    (ds, t)
});

fn text(ds: &Dataset, f: S, r: u32) -> String {
    cell_text(&ds.signins.table, f as usize, r as usize, &ds.strings, 0)
}

fn run(conds: Vec<Cond>) -> Vec<u32> {
    filter::apply(&DS.0, Log::SignIns, &Filter { conds, text: String::new() })
}

#[test]
fn empty_filter_selects_everything() {
    let (ds, _) = &*DS;
    assert_eq!(filter::apply(ds, Log::SignIns, &Filter::default()).len(), ds.signin_count());
}

#[test]
fn categorical_text_enum_and_code_conditions() {
    let (ds, _) = &*DS;
    let rows = run(vec![Cond::In { field: "status".into(), values: vec!["Failure".into()] }]);
    assert!(!rows.is_empty() && rows.iter().all(|&r| text(ds, S::Status, r) == "Failure"));
    let rows = run(vec![Cond::In { field: "code".into(), values: vec!["50126".into(), "AADSTS50057".into()] }]);
    assert!(rows.iter().all(|&r| ["50126", "50057"].contains(&text(ds, S::Code, r).as_str())));
    assert!(rows.iter().any(|&r| text(ds, S::Code, r) == "50057"));
    let apps = run(vec![Cond::In { field: "app".into(), values: vec!["microsoft teams".into()] }]);
    assert!(!apps.is_empty() && apps.iter().all(|&r| text(ds, S::App, r) == "Microsoft Teams"), "case-insensitive");
    let not = run(vec![Cond::NotIn { field: "app".into(), values: vec!["Microsoft Teams".into()] }]);
    assert_eq!(apps.len() + not.len(), ds.signin_count());
    // AND across conditions.
    let both = run(vec![
        Cond::In { field: "status".into(), values: vec!["Failure".into()] },
        Cond::In { field: "app".into(), values: vec!["Microsoft Teams".into()] },
    ]);
    assert!(both.iter().all(|r| apps.contains(r)));
}

#[test]
fn user_filter_matches_display_name_or_upn() {
    let by_name = run(vec![Cond::Contains { field: "user_any".into(), text: "adele v".into(), case_sensitive: false }]);
    let by_upn =
        run(vec![Cond::Contains { field: "user_any".into(), text: "adele.vance@".into(), case_sensitive: false }]);
    assert!(!by_name.is_empty());
    assert_eq!(by_name, by_upn);
}

#[test]
fn ip_cidr_time_and_records() {
    let (ds, t) = &*DS;
    let rows = run(vec![Cond::Ip { field: "ip".into(), cidr: "185.220.101.0/24".into() }]);
    assert_eq!(rows.len(), t.truth[0].signin_ids.len(), "the spray and the follow-up read");
    let spray = &t.truth[0];
    let rows = run(vec![Cond::Range { from_ms: Some(spray.first_ms), to_ms: Some(spray.last_ms + 1) }]);
    assert!(rows.iter().all(|&r| {
        let ts = ds.signins.table.time(S::Time as usize, r as usize);
        ts >= spray.first_ms && ts <= spray.last_ms
    }));
    let last = run(vec![Cond::Last { hours: 24 }]);
    assert!(!last.is_empty() && last.len() < ds.signin_count() / 5);
    let evidence = run(vec![Cond::Records { ids: t.truth[2].signin_ids.clone() }]);
    assert_eq!(evidence.len(), t.truth[2].signin_ids.len());
}

#[test]
fn free_text_searches_every_field() {
    let (ds, _) = &*DS;
    let hits = filter::apply(ds, Log::SignIns, &Filter { conds: vec![], text: "BAV2ROPC".into() });
    assert_eq!(hits.len(), 8, "the legacy-protocol scenario's user agent");
    let hits = filter::apply(ds, Log::SignIns, &Filter { conds: vec![], text: "50057".into() });
    // The six attempts on the disabled account, plus any id that happens to contain the digits.
    assert_eq!(hits.iter().filter(|&&r| text(ds, S::Code, r) == "50057").count(), 6);
    let hits = filter::apply(ds, Log::Audits, &Filter { conds: vec![], text: "Mail.ReadWrite".into() });
    assert_eq!(hits.len(), 1, "modified properties are searched");
}

#[test]
fn facets_count_the_selection() {
    let (ds, _) = &*DS;
    let all: Vec<u32> = (0..ds.signin_count() as u32).collect();
    let f = filter::facet(ds, Log::SignIns, &all, "status");
    assert_eq!(f.iter().map(|v| v.count as usize).sum::<usize>(), ds.signin_count());
    assert!(f[0].count >= f[f.len() - 1].count);
    let codes = filter::facet(ds, Log::SignIns, &all, "code_class");
    assert!(codes.iter().any(|v| v.value == "interrupt"));
    let pol = filter::facet(ds, Log::SignIns, &all, "ca_policy");
    assert!(pol.iter().any(|v| v.value == "Require MFA for all users"));
}

#[test]
fn sorting_is_a_stable_permutation() {
    let (ds, _) = &*DS;
    let mut rows = run(vec![Cond::In { field: "status".into(), values: vec!["Failure".into()] }]);
    let before = rows.clone();
    filter::sort_rows(ds, Log::SignIns, &mut rows, "user", filter::Order::Ascending);
    let mut a = rows.clone();
    a.sort_unstable();
    let mut b = before.clone();
    b.sort_unstable();
    assert_eq!(a, b, "same rows");
    for w in rows.windows(2) {
        let (x, y) = (text(ds, S::User, w[0]).to_lowercase(), text(ds, S::User, w[1]).to_lowercase());
        assert!(x <= y, "{x} <= {y}");
        if x == y {
            assert!(before.iter().position(|r| *r == w[0]) < before.iter().position(|r| *r == w[1]), "stable");
        }
    }
    filter::sort_rows(ds, Log::SignIns, &mut rows, "time", filter::Order::Descending);
    for w in rows.windows(2) {
        assert!(
            ds.signins.table.time(S::Time as usize, w[0] as usize)
                >= ds.signins.table.time(S::Time as usize, w[1] as usize)
        );
    }
}

#[test]
fn aggregate_views() {
    let (ds, t) = &*DS;
    let all: Vec<u32> = (0..ds.signin_count() as u32).collect();
    let users = aggregate::users(ds, &all);
    assert!((190..=210).contains(&users.len()));
    let lee = users.iter().find(|u| u.upn == t.truth[0].users[0]).unwrap();
    assert!(lee.mfa_share.unwrap() < 0.01, "Lee Gu never uses MFA");
    let apps = aggregate::apps(ds, &all);
    assert!(apps.iter().any(|a| a.app == "Microsoft Teams" && a.users > 100));
    let codes = aggregate::error_codes(ds, &all, 20);
    let spray = codes.iter().find(|c| c.code == 50126).unwrap();
    assert!(spray.count >= 44 && spray.spark.iter().sum::<u32>() == spray.count);
    assert!(codes.iter().all(|c| c.code != 0), "success is not an error code");
    let audits: Vec<u32> = (0..ds.audit_count() as u32).collect();
    let groups = aggregate::groups(ds, &audits);
    assert!(groups.iter().any(|g| g.members_added > 0));
    let p = aggregate::profile(ds, &t.truth[5].users[0]);
    assert!(p.signins.len() > 50);
    assert_eq!(p.countries[0].0, "US");
    assert!(p.audits.len() >= 3, "the takeover's audit events, as actor and target");
    assert_eq!(p.hours.iter().sum::<u32>() as usize, p.signins.len());
}

#[test]
fn the_portals_aggregated_view_groups_identical_sign_ins_per_time_aggregate() {
    let (ds, _) = &*DS;
    let all: Vec<u32> = (0..ds.signin_count() as u32).collect();
    let mut previous = usize::MAX;
    for hours in aggregate::GROUP_HOURS {
        let groups = aggregate::signin_groups(ds, &all, hours);
        // Every sign-in is in exactly one group; a longer aggregate never makes more groups.
        let mut seen: Vec<u32> = groups.iter().flat_map(|g| g.rows.iter().copied()).collect();
        seen.sort_unstable();
        assert_eq!(seen, all, "{hours} h");
        assert!(groups.len() <= previous, "{hours} h: {} groups", groups.len());
        previous = groups.len();
        let span = i64::from(hours) * 3_600_000;
        for g in &groups {
            assert_eq!(g.start_ms % span, 0, "buckets start on the hour grid");
            for &r in &g.rows {
                assert_eq!(text(ds, S::App, r), g.app);
                assert_eq!(text(ds, S::Ip, r), g.ip);
                assert_eq!(text(ds, S::Status, r), g.status);
                assert_eq!(text(ds, S::Resource, r), g.resource);
                let t = ds.signins.table.time(S::Time as usize, r as usize);
                assert!(t >= g.start_ms && t < g.start_ms + span && t <= g.last_ms);
            }
        }
        // Newest bucket first, the bigger group first within a bucket.
        assert!(
            groups.windows(2).all(|w| w[0].start_ms > w[1].start_ms
                || w[0].start_ms == w[1].start_ms && w[0].rows.len() >= w[1].rows.len())
        );
    }
    // The demo's service accounts sign in non-interactively many times an hour: groups of many.
    let day = aggregate::signin_groups(ds, &all, 24);
    assert!(day.iter().any(|g| g.rows.len() >= 10), "largest: {:?}", day.iter().map(|g| g.rows.len()).max());
    assert!(day.len() * 10 < all.len() * 9, "{} groups of {} sign-ins", day.len(), all.len());
}

#[test]
fn request_and_correlation_id_filters() {
    let (ds, t) = &*DS;
    let id = &t.truth[0].signin_ids[0];
    let exact = run(vec![Cond::In { field: "id".into(), values: vec![id.clone()] }]);
    assert_eq!(exact.len(), 1, "{id}");
    assert_eq!(&text(ds, S::RequestId, exact[0]), id);
    let part = run(vec![Cond::Contains { field: "id".into(), text: id[..13].to_uppercase(), case_sensitive: false }]);
    assert_eq!(part, exact, "a pasted prefix, any case");
    let corr = text(ds, S::CorrelationId, exact[0]);
    let by_corr = run(vec![Cond::In { field: "corr".into(), values: vec![corr.clone()] }]);
    assert!(by_corr.contains(&exact[0]) && by_corr.iter().all(|&r| text(ds, S::CorrelationId, r) == corr));
}

/// Device and session ids are stored as 16 bytes; a device id that is not a GUID (some tools
/// name the device) is still text to every filter and to the search.
#[test]
fn device_and_session_id_filters_read_guids_and_names() {
    let rec = |id: &str, dev: &str, sid: &str| {
        format!(
            r#"{{"id":"{id}","createdDateTime":"2026-11-02T10:00:00Z","userPrincipalName":"adele@contoso.example","appDisplayName":"Office","ipAddress":"203.0.113.9","status":{{"errorCode":0}},"deviceDetail":{{"deviceId":"{dev}","displayName":"","operatingSystem":"Windows"}},"sessionId":"{sid}"}}"#
        )
    };
    let body = format!(
        r#"{{"value":[{},{},{}]}}"#,
        rec("11111111-1111-4111-8111-111111111111", "Device-Attacker-456", "aaaaaaaa-0000-4000-8000-000000000001"),
        rec(
            "22222222-2222-4222-8222-222222222222",
            "ABCDEF01-2345-4678-9ABC-DEF012345678",
            "aaaaaaaa-0000-4000-8000-000000000001"
        ),
        rec("33333333-3333-4333-8333-333333333333", "", "")
    );
    let mut ds = Dataset::new();
    load_bytes("signins.json", body.as_bytes(), &mut ds);
    assert_eq!(ds.signin_count(), 3);
    let go = |conds: Vec<Cond>, text: &str| filter::apply(&ds, Log::SignIns, &Filter { conds, text: text.into() });
    let row_of = |id: &str| (0..3u32).find(|&r| text(&ds, S::RequestId, r) == id).unwrap();
    let (named, guid, none) = (
        row_of("11111111-1111-4111-8111-111111111111"),
        row_of("22222222-2222-4222-8222-222222222222"),
        row_of("33333333-3333-4333-8333-333333333333"),
    );
    // Shown as stored: a GUID in lower case, a name as written.
    assert_eq!(text(&ds, S::DeviceId, guid), "abcdef01-2345-4678-9abc-def012345678");
    assert_eq!(text(&ds, S::DeviceId, named), "Device-Attacker-456");
    assert_eq!(text(&ds, S::DeviceId, none), "");
    let contains = |t: &str, cs: bool| {
        go(vec![Cond::Contains { field: "device_id".into(), text: t.into(), case_sensitive: cs }], "")
    };
    assert_eq!(contains("attacker", false), vec![named]);
    assert_eq!(contains("attacker", true), Vec::<u32>::new());
    assert_eq!(contains("DEF01234", false), vec![guid]);
    let is = |v: &str| go(vec![Cond::In { field: "device_id".into(), values: vec![v.into()] }], "");
    assert_eq!(is("ABCDEF01-2345-4678-9ABC-DEF012345678"), vec![guid]);
    assert_eq!(is("Device-Attacker-456"), vec![named]);
    let mut not = go(
        vec![Cond::NotIn { field: "device_id".into(), values: vec!["abcdef01-2345-4678-9abc-def012345678".into()] }],
        "",
    );
    not.sort();
    let mut want = vec![named, none];
    want.sort();
    assert_eq!(not, want, "excluding one device keeps the others and the rows without one");
    let mut same = go(
        vec![Cond::In { field: "session_id".into(), values: vec!["AAAAAAAA-0000-4000-8000-000000000001".into()] }],
        "",
    );
    same.sort();
    let mut want = vec![named, guid];
    want.sort();
    assert_eq!(same, want);
    // The facet's "(empty)", and a name in another case, as for a text column.
    assert_eq!(is(""), vec![none]);
    assert_eq!(is("device-attacker-456"), vec![named]);
    let mut some = go(vec![Cond::NotIn { field: "device_id".into(), values: vec!["".into()] }], "");
    some.sort();
    let mut want = vec![named, guid];
    want.sort();
    assert_eq!(some, want);
    // The search box: a device's name, a piece of a GUID (four characters or more).
    assert_eq!(go(vec![], "ATTACKER-4"), vec![named]);
    assert_eq!(go(vec![], "9abc-def0"), vec![guid]);
    assert_eq!(go(vec![], "EF01"), vec![guid]);
}

/// The grid's row elements: every range the grid shows puts each position on its own slot, and
/// scrolling by a few rows keeps every position that stays in view on the same slot (so its
/// element and text are not rewritten).
#[test]
fn grid_slots_keep_rows_that_stay_in_view() {
    use lantern::core::query::window::{slot_count, slot_index, visible_rows};
    for (viewport, n) in [(600.0, 250_000usize), (600.0, 12), (95.0, 3), (1200.0, 40)] {
        let slots = slot_count(viewport, 30.0, 6);
        let where_is = |top: f64| {
            let range = visible_rows(top, viewport, 30.0, n, 6);
            assert!(range.len() <= slots, "{range:?} longer than {slots} slots");
            let mut at = std::collections::HashMap::new();
            for s in 0..slots {
                if let Some(i) = slot_index(s, range.clone(), slots) {
                    assert!(at.insert(range.start + i, s).is_none(), "two slots show one position");
                }
            }
            assert_eq!(at.len(), range.len(), "every position of {range:?} has a slot");
            at
        };
        let mut prev = where_is(0.0);
        for step in 1..400 {
            let top = step as f64 * 30.0 * 0.7;
            let now = where_is(top);
            for (pos, s) in &now {
                if let Some(old) = prev.get(pos) {
                    assert_eq!(old, s, "position {pos} moved from slot {old} to {s} at top {top}");
                }
            }
            prev = now;
        }
    }
}
