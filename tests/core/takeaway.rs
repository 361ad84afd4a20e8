//! "See and take away": chart geometry, exports, KQL and the findings report — on a small
//! hand-made tenant (snapshots) and on the demo tenant.
//!
//! Snapshots live in `tests/core/snapshots/`. On a mismatch the new output is written
//! next to the file as `*.new` and the test fails; `LANTERN_BLESS=1 cargo test --test
//! core` accepts every new output.

use std::{path::PathBuf, sync::LazyLock};

use lantern::core::detect::{DetectConfig, RuleId};
use lantern::core::output::svg;
use lantern::core::{
    geo::Precision,
    ingest::load_bytes,
    kql,
    model::Log,
    model::time::parse_ts_ms,
    model::{Dataset, SignInField as S},
    output::chart::{self, DAY_MS, HOUR_MS, MINUTE_MS, Margins, TopBy, WEEK_MS},
    output::export::{self, CsvExport, FindingRow, JsonExport},
    output::report::{self, ReportChart, ReportFinding, ReportInput},
    query::filter::{self, Cond, Filter},
    workspace::demo,
};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------
// Helpers.

/// Compares `actual` with `tests/core/snapshots/{name}`; see the module docs.
fn snapshot(name: &str, actual: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/core/snapshots");
    let path = dir.join(name);
    let new = dir.join(format!("{name}.new"));
    let bless = std::env::var_os("LANTERN_BLESS").is_some();
    match std::fs::read_to_string(&path) {
        Ok(expected) if expected.replace("\r\n", "\n") == actual => {
            let _ = std::fs::remove_file(&new);
        }
        _ if bless => {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, actual).unwrap();
            let _ = std::fs::remove_file(&new);
        }
        found => {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&new, actual).unwrap();
            panic!(
                "snapshot {name} {}: the new output is in {}; run with LANTERN_BLESS=1 to accept it",
                if found.is_ok() { "differs" } else { "is missing" },
                new.display()
            );
        }
    }
}

fn ms(iso: &str) -> i64 {
    parse_ts_ms(iso).unwrap()
}

const ATTACK_UA: &str = "=HYPERLINK(\"http://x\",\"click\")";
const SCRIPT_UA: &str = "<script>alert(1)</script>";
const IMG_NAME: &str = "\"><img src=x onerror=alert(1)>";

#[allow(clippy::too_many_arguments)]
fn signin(
    id: u32,
    time: &str,
    upn: &str,
    name: &str,
    app: &str,
    ip: &str,
    loc: (&str, &str, &str, Option<(f64, f64)>),
    code: u32,
    ua: &str,
    interactive: bool,
) -> Value {
    let (city, state, country, geo) = loc;
    let mut location = json!({ "city": city, "state": state, "countryOrRegion": country });
    if let Some((lat, lon)) = geo {
        location["geoCoordinates"] = json!({ "latitude": lat, "longitude": lon });
    }
    json!({
        "id": format!("00000000-0000-4000-8000-{id:012}"),
        "createdDateTime": time,
        "userDisplayName": name,
        "userPrincipalName": upn,
        "appDisplayName": app,
        "ipAddress": ip,
        "clientAppUsed": if app == "Office 365 Exchange Online" { "IMAP4" } else { "Browser" },
        "userAgent": ua,
        "isInteractive": interactive,
        "homeTenantName": "Contoso",
        "status": {
            "errorCode": code,
            "failureReason": if code == 0 { "" } else { "Failure" },
            "additionalDetails": if code == 500121 { "MFA denied; user declined the authentication" } else { "" }
        },
        "location": location,
        "appliedConditionalAccessPolicies": [
            { "id": "11111111-0000-4000-8000-000000000001", "displayName": "Require MFA", "result": if code == 0 { "success" } else { "failure" },
              "enforcedGrantControls": ["Mfa"], "enforcedSessionControls": [] }
        ]
    })
}

fn audit(id: u32, time: &str, activity: &str, actor: &str, target: &str, result: &str, props: Value) -> Value {
    json!({
        "id": format!("Directory_{id:08}"),
        "category": if activity.contains("role") { "RoleManagement" } else { "UserManagement" },
        "correlationId": format!("00000000-0000-4000-9000-{id:012}"),
        "result": result,
        "resultReason": "",
        "activityDisplayName": activity,
        "activityDateTime": time,
        "loggedByService": "Core Directory",
        "initiatedBy": { "user": { "userPrincipalName": actor, "displayName": actor, "id": "a1", "ipAddress": "203.0.113.10" } },
        "targetResources": [ { "id": "t1", "displayName": target, "type": "User", "userPrincipalName": target, "modifiedProperties": props } ],
        "additionalDetails": [ { "key": "User-Agent", "value": SCRIPT_UA } ]
    })
}

/// A small tenant: 12 sign-ins over two days (four countries with coordinates, one city
/// from the gazetteer, one record without a place), hostile strings, 3 audit events.
fn fixture_json() -> String {
    let seattle = ("Seattle", "Washington", "US", Some((47.61, -122.33)));
    let london = ("London", "England", "GB", Some((51.51, -0.13)));
    let berlin = ("Berlin", "Berlin", "DE", None);
    let sydney = ("Sydney", "New South Wales", "AU", Some((-33.87, 151.21)));
    let nowhere = ("", "", "", None);
    let (adele, megan, alex) =
        ("adele.vance@contoso.example", "megan.bowen@contoso.example", "alex.wilber@contoso.example");
    let edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edge/130";
    let records = vec![
        signin(
            1,
            "2026-03-02T08:05:00Z",
            adele,
            "Adele Vance",
            "Microsoft Teams",
            "203.0.113.10",
            seattle,
            0,
            edge,
            true,
        ),
        signin(
            2,
            "2026-03-02T08:20:00Z",
            adele,
            "Adele Vance",
            "Office 365 Exchange Online",
            "203.0.113.10",
            seattle,
            50074,
            edge,
            true,
        ),
        signin(
            3,
            "2026-03-02T09:10:00Z",
            megan,
            "Megan Bowen",
            "Microsoft Teams",
            "198.51.100.7",
            london,
            0,
            edge,
            true,
        ),
        signin(
            4,
            "2026-03-02T10:00:00Z",
            megan,
            "Megan Bowen",
            "Office 365 Exchange Online",
            "185.220.101.4",
            berlin,
            50126,
            ATTACK_UA,
            true,
        ),
        signin(
            5,
            "2026-03-02T10:01:00Z",
            adele,
            "Adele Vance",
            "Office 365 Exchange Online",
            "185.220.101.4",
            berlin,
            50126,
            "python-requests/2.31",
            true,
        ),
        signin(
            6,
            "2026-03-02T10:02:00Z",
            alex,
            "Alex Wilber",
            "Office 365 Exchange Online",
            "185.220.101.4",
            berlin,
            50126,
            "python-requests/2.31",
            true,
        ),
        signin(
            7,
            "2026-03-02T10:03:00Z",
            alex,
            "Alex Wilber",
            "Office 365 Exchange Online",
            "185.220.101.4",
            berlin,
            50053,
            "python-requests/2.31",
            true,
        ),
        signin(
            8,
            "2026-03-02T13:30:00Z",
            alex,
            "Alex Wilber",
            "Microsoft Teams",
            "203.0.113.99",
            sydney,
            0,
            edge,
            true,
        ),
        signin(9, "2026-03-03T01:15:00Z", alex, "Alex Wilber", "Azure Portal", "192.0.2.50", seattle, 0, edge, true),
        signin(
            10,
            "2026-03-03T02:00:00Z",
            adele,
            IMG_NAME,
            "Microsoft Teams",
            "2001:db8::5",
            london,
            500121,
            SCRIPT_UA,
            true,
        ),
        signin(
            11,
            "2026-03-03T09:00:00Z",
            megan,
            "Megan Bowen",
            "Microsoft Teams",
            "198.51.100.7",
            nowhere,
            0,
            edge,
            false,
        ),
        signin(
            12,
            "2026-03-03T23:59:00Z",
            megan,
            "Megan Bowen",
            "Microsoft Teams",
            "198.51.100.7",
            london,
            50140,
            edge,
            false,
        ),
        audit(
            1,
            "2026-03-02T11:00:00Z",
            "Add member to role",
            "admin@contoso.example",
            alex,
            "success",
            json!([{ "displayName": "Role.DisplayName", "oldValue": "", "newValue": "\"Global Administrator\"" }]),
        ),
        audit(2, "2026-03-02T11:05:00Z", "User registered security info", alex, alex, "success", json!([])),
        audit(
            3,
            "2026-03-03T12:00:00Z",
            "Consent to application",
            alex,
            "Evil App",
            "failure",
            json!([{ "displayName": "ConsentAction.Permissions", "oldValue": "", "newValue": "Mail.Read offline_access" }]),
        ),
    ];
    serde_json::to_string_pretty(&Value::Array(records)).unwrap()
}

static FIX: LazyLock<(Dataset, Vec<u8>)> = LazyLock::new(|| {
    let bytes = fixture_json().into_bytes();
    let mut ds = Dataset::new();
    let f = load_bytes("fixture.json", &bytes, &mut ds);
    let file = &ds.files[f as usize];
    assert!(file.error.is_none() && file.warnings.is_empty(), "{:?} {:?}", file.error, file.warnings);
    assert_eq!((ds.signin_count(), ds.audit_count()), (12, 3));
    (ds, bytes)
});

struct Demo {
    ds: Dataset,
    files: Vec<(String, Vec<u8>)>,
}

static DEMO: LazyLock<Demo> = LazyLock::new(|| {
    let files = demo::generate(&demo::DemoConfig::default()).demo_files();
    let mut ds = Dataset::new();
    for (name, bytes) in &files {
        load_bytes(name, bytes, &mut ds);
    }
    Demo { ds, files }
});

fn all(ds: &Dataset, log: Log) -> Vec<u32> {
    (0..log.table(ds).len() as u32).collect()
}

/// The row of the fixture with request id ending in `n`.
fn row(ds: &Dataset, n: u32) -> u32 {
    let want = format!("00000000-0000-4000-8000-{n:012}");
    (0..ds.signin_count() as u32)
        .find(|&r| {
            lantern::core::query::view::cell_text(&ds.signins.table, S::RequestId as usize, r as usize, &ds.strings, 0)
                == want
        })
        .unwrap()
}

// ---------------------------------------------------------------------------------------
// Charts.

#[test]
fn bins_are_nice_and_fit() {
    let cases = [
        (0, 10, MINUTE_MS),
        (9 * MINUTE_MS, 10, MINUTE_MS),
        (11 * MINUTE_MS, 10, 2 * MINUTE_MS),
        (HOUR_MS, 60, MINUTE_MS),
        (HOUR_MS, 10, 10 * MINUTE_MS),
        (DAY_MS, 24, HOUR_MS),
        (DAY_MS, 100, 15 * MINUTE_MS),
        (21 * DAY_MS, 100, 6 * HOUR_MS),
        (21 * DAY_MS, 21, DAY_MS),
        (21 * DAY_MS, 20, 2 * DAY_MS),
        (30 * DAY_MS, 10, WEEK_MS),
        (365 * DAY_MS, 10, 8 * WEEK_MS),
        (-5, 0, MINUTE_MS),
    ];
    for (span, max, want) in cases {
        assert_eq!(chart::auto_bin_ms(span, max), want, "span {span} max {max}");
    }
    for span in [1, 59_999, 7 * DAY_MS + 1, 400 * DAY_MS, i64::MAX / 2, i64::MAX] {
        for max in [1, 7, 60, 200] {
            let b = chart::auto_bin_ms(span, max);
            assert!(b > 0);
            if span < i64::MAX / 4 {
                assert!((span as i128 + b as i128 - 1) / b as i128 <= max as i128, "span {span} max {max} bin {b}");
            }
        }
    }
}

#[test]
fn time_series_of_the_fixture_and_its_bars() {
    let (ds, _) = &*FIX;
    let rows = all(ds, Log::SignIns);
    let ts = chart::time_series(ds, &rows, 48);
    assert_eq!(ts.bin_ms, HOUR_MS);
    assert_eq!(ts.start_ms, ms("2026-03-02T08:00:00Z"));
    assert_eq!(ts.len(), 40);
    // 5 successes; interrupts 50074, 50140; failures 50126 ×3, 50053, 500121.
    assert_eq!(ts.sums(), [5, 2, 5]);
    assert_eq!(ts.other, 0);
    assert_eq!((ts.success[0], ts.interrupted[0]), (1, 1));
    assert_eq!(ts.failure[2], 4, "10:00–11:00 holds the spray");

    // Local bins: UTC+10 moves the start to local midnight boundaries of the hour.
    let local = chart::time_series_tz(ds, &rows, 4, 600);
    assert_eq!(local.bin_ms, 12 * HOUR_MS);
    assert_eq!(local.start_ms, ms("2026-03-02T02:00:00Z"), "12:00 local (UTC+10)");
    assert_eq!(local.sums(), ts.sums());

    let sb = chart::stacked_bars(&ts, 640.0, 200.0, Margins::default());
    let mut text =
        format!("plot {:?}\ny_max {}\ny_ticks {:?}\nx_ticks {:?}\n", sb.plot, sb.y_max, sb.y_ticks, sb.x_ticks);
    for b in sb.bars.iter().filter(|b| b.total > 0) {
        text.push_str(&format!(
            "bar x={} w={} seg={:?} counts={:?} start={}\n",
            b.x, b.w, b.segments, b.counts, b.bin_start_ms
        ));
    }
    snapshot("chart_stacked_bars.txt", &text);
    snapshot("chart_stacked_bars.svg", &svg::stacked_bars_svg(&sb, "Sign-ins over time", svg::SIGNIN_CLASSES));

    // Brushing and the inverse mapping.
    let x_10h = chart::time_to_x(&sb, ms("2026-03-02T10:00:00Z"));
    assert_eq!(chart::x_to_time(&sb, x_10h), ms("2026-03-02T10:00:00Z"));
    assert_eq!(
        chart::brush_range(&sb, x_10h + 1.0, x_10h + 2.0),
        Some((ms("2026-03-02T10:00:00Z"), ms("2026-03-02T11:00:00Z")))
    );
    let (a, b) = chart::brush_range(&sb, sb.plot.x + sb.plot.w, sb.plot.x - 50.0).unwrap();
    assert_eq!((a, b), (sb.start_ms, sb.end_ms), "a reversed, overlong brush selects everything");
    assert_eq!(chart::bar_at(&sb, x_10h + 1.0), Some(2));
    assert_eq!(chart::bar_at(&sb, -3.0), None);
    // The brushed range, as a filter, selects exactly that hour's records.
    let hour = filter::apply(
        ds,
        Log::SignIns,
        &Filter { conds: vec![Cond::Range { from_ms: Some(a), to_ms: Some(a + HOUR_MS) }], text: String::new() },
    );
    assert_eq!(hour.len() as u32, sb.bars[0].total);
}

#[test]
fn audit_series_and_empty_or_odd_input_never_panic() {
    let (ds, _) = &*FIX;
    let a = chart::audit_series(ds, &all(ds, Log::Audits), 10, 0);
    assert_eq!(a.sums(), [2, 0, 1]);
    let empty = chart::time_series(ds, &[], 50);
    assert!(empty.is_empty());
    let sb = chart::stacked_bars(
        &empty,
        f64::NAN,
        -5.0,
        Margins { top: f64::INFINITY, right: -1.0, bottom: 0.0, left: 0.0 },
    );
    assert!(sb.bars.is_empty() && sb.x_ticks.is_empty());
    assert_eq!(chart::brush_range(&sb, 0.0, 10.0), None);
    assert_eq!(chart::x_to_time(&sb, f64::NAN), sb.start_ms);
    let odd = chart::time_series(ds, &[0, 99_999, u32::MAX], 0);
    assert_eq!(odd.len(), 1);
    assert_eq!(odd.other, 2, "rows that do not exist are counted as not drawn");
    assert!(chart::top_n(ds, &[u32::MAX], TopBy::Apps, 5).is_empty());
    assert!(chart::points(ds, &[u32::MAX], 5, 360.0, 180.0).is_empty());
    assert_eq!(chart::heatmap(ds, &[u32::MAX], 0), [[0; 24]; 7]);
    assert_eq!(chart::nice_step(f64::NAN, 5, 1.0), 1.0);
    assert_eq!(chart::compact_count(1_500), "1.5k");
    assert_eq!(chart::compact_count(20_000), "20k");
    assert_eq!(chart::compact_count(999), "999");
}

#[test]
fn extreme_values_never_panic() {
    let (ds, _) = &*FIX;
    for (start, bin, n) in
        [(i64::MIN, 1, 3), (i64::MAX - 10, i64::MAX, 2), (0, 0, 1), (-5, -5, 2), (i64::MIN, i64::MAX, 2)]
    {
        let ts = chart::TimeSeries {
            start_ms: start,
            bin_ms: bin,
            tz_offset_min: i32::MIN,
            success: vec![u32::MAX; n],
            interrupted: vec![u32::MAX; n],
            failure: vec![1; n],
            other: 0,
        };
        let sb = chart::stacked_bars(&ts, 1e12, 1e-9, Margins::default());
        let _ = svg::stacked_bars_svg(&sb, "x", svg::SIGNIN_CLASSES);
        for x in [f64::NEG_INFINITY, -1.0, 0.0, 50.0, 1e300, f64::NAN] {
            let _ = chart::x_to_time(&sb, x);
            let _ = chart::brush_range(&sb, x, 10.0);
            let _ = chart::bar_at(&sb, x);
        }
        let _ = chart::time_to_x(&sb, i64::MIN);
        let _ = chart::time_ticks(start, i64::MAX, i32::MAX, sb.plot, 0.0);
    }
    let q = kql::filter_kql(
        Log::SignIns,
        &Filter {
            conds: vec![Cond::Range { from_ms: Some(i64::MIN), to_ms: Some(i64::MAX) }, Cond::Last { hours: u32::MAX }],
            text: "\u{0}".into(),
        },
        ds,
    );
    assert_lint(&q);
    let _ = kql::filter_kql(
        Log::Audits,
        &Filter { conds: vec![Cond::Range { from_ms: Some(i64::MAX), to_ms: Some(i64::MIN) }], text: String::new() },
        &Dataset::new(),
    );
    let html = report::findings_report(&ReportInput {
        generated_at_ms: i64::MIN,
        range: Some((i64::MIN, i64::MAX)),
        findings: vec![ReportFinding { first_ms: Some(i64::MAX), evidence_total: usize::MAX, ..Default::default() }],
        charts: vec![ReportChart::Top { by: TopBy::Apps, items: vec![("\u{0}".into(), u32::MAX)] }],
        ..Default::default()
    });
    assert!(!html.contains('\u{0}'), "control characters are dropped");
    let _ = export::file_name_for("k", "e", "t", Some((i64::MIN, i64::MAX)));
    let _ = chart::travel_lines(&[(90.0, 180.0), (-90.0, -180.0), (90.0, -180.0)], f64::MAX, f64::MIN);
}

#[test]
fn heatmap_counts_local_weekday_and_hour() {
    let (ds, _) = &*FIX;
    let rows = all(ds, Log::SignIns);
    let g = chart::heatmap(ds, &rows, 0);
    // 2026-03-02 is a Monday.
    assert_eq!(g[0][10], 4);
    assert_eq!(g[0][8], 2);
    assert_eq!(g[1][23], 1);
    assert_eq!(g.iter().flatten().sum::<u32>(), 12);
    let east = chart::heatmap(ds, &rows, 60);
    assert_eq!(east[2][0], 1, "23:59 UTC Tuesday is 00:59 Wednesday at UTC+1");
    let hm = chart::heatmap_geometry(&g, 480.0, 160.0, Margins { top: 0.0, right: 0.0, bottom: 20.0, left: 40.0 });
    assert_eq!(hm.cells.len(), 168);
    assert_eq!(hm.max, 4);
    let busiest = hm.cells.iter().find(|c| c.weekday == 0 && c.hour == 10).unwrap();
    assert_eq!((busiest.level, busiest.opacity), (5, 1.0));
    assert_eq!((busiest.x, busiest.y, busiest.w, busiest.h), (223.83, 0.5, 17.33, 19.0));
    assert_eq!(hm.cells.iter().filter(|c| c.level == 0).count(), 168 - 8);
    assert_eq!(chart::level(1, 4, 5), 2);
    assert_eq!(hm.row_labels[6].1, "Sun");
    assert_eq!(hm.col_labels.len(), 8);
    snapshot("chart_heatmap.svg", &svg::heatmap_svg(&hm, "Sign-ins by weekday and hour (UTC)"));
}

#[test]
fn top_n_bars_and_their_filters() {
    let (ds, _) = &*FIX;
    let rows = all(ds, Log::SignIns);
    let s = |v: &[(&str, u32)]| v.iter().map(|(a, b)| (a.to_string(), *b)).collect::<Vec<_>>();
    assert_eq!(
        chart::top_n(ds, &rows, TopBy::Apps, 2),
        s(&[("Microsoft Teams", 6), ("Office 365 Exchange Online", 5)])
    );
    assert_eq!(chart::top_n(ds, &rows, TopBy::Countries, 10), s(&[("DE", 4), ("GB", 3), ("US", 3), ("AU", 1)]));
    assert_eq!(
        chart::top_n(ds, &rows, TopBy::ErrorCodes, 10),
        s(&[("50126", 3), ("50053", 1), ("50074", 1), ("50140", 1), ("500121", 1)])
    );
    assert_eq!(chart::top_n(ds, &rows, TopBy::ClientApps, 10), s(&[("Browser", 7), ("IMAP4", 5)]));
    assert_eq!(
        chart::top_n(ds, &rows, TopBy::UsersWithFailures, 10),
        s(&[
            ("adele.vance@contoso.example", 2),
            ("alex.wilber@contoso.example", 2),
            ("megan.bowen@contoso.example", 1)
        ])
    );
    assert_eq!(chart::top_n(ds, &rows, TopBy::Ips, 1), s(&[("185.220.101.4", 4)]));
    let audits = all(ds, Log::Audits);
    assert_eq!(chart::top_n(ds, &audits, TopBy::Actors, 1), s(&[("alex.wilber@contoso.example", 2)]));
    assert_eq!(TopBy::Countries.label("DE"), "Germany (DE)");
    assert_eq!(TopBy::ErrorCodes.label("50126"), "50126 InvalidUserNameOrPassword");
    // A click on a bar is a filter on `field` with the value: it selects the bar's records.
    for by in TopBy::ALL {
        let log = by.log();
        let rows = all(ds, log);
        for (value, count) in chart::top_n(ds, &rows, by, 3) {
            let mut conds = vec![Cond::In { field: by.field().into(), values: vec![value.clone()] }];
            if by == TopBy::UsersWithFailures {
                conds.push(Cond::In { field: "code_class".into(), values: vec!["failure".into()] });
            }
            let hit = filter::apply(ds, log, &Filter { conds, text: String::new() });
            assert_eq!(hit.len() as u32, count, "{by:?} {value}");
        }
    }
    let items = chart::top_n(ds, &rows, TopBy::Apps, 3);
    let bars = chart::bars_geometry(&items, 400.0, 150.0, 20.0);
    assert_eq!(bars.len(), 3);
    assert_eq!((bars[0].x, bars[0].w, bars[0].count_x), (150.0, 202.0, 356.0));
    assert_eq!((bars[1].y, bars[1].w), (20.0, 168.33));
    assert!(chart::bars_geometry(&[], f64::NAN, -1.0, 0.0).is_empty());
    snapshot("chart_top_apps.svg", &svg::top_n_svg(&items, TopBy::Apps, 400.0));
}

#[test]
fn countries_points_and_travel_lines() {
    let (ds, _) = &*FIX;
    let rows = all(ds, Log::SignIns);
    let c = chart::choropleth(ds, &rows);
    let got: Vec<(&str, &str, u32, u32)> =
        c.iter().map(|s| (s.iso2.as_str(), s.name.as_str(), s.signins, s.failures)).collect();
    assert_eq!(
        got,
        [
            ("DE", "Germany", 4, 4),
            ("GB", "United Kingdom", 3, 1),
            ("US", "United States", 3, 0),
            ("AU", "Australia", 1, 0)
        ]
    );
    assert_eq!(c[1].failure_share, 1.0 / 3.0);
    let breaks = chart::quantile_breaks(&c.iter().map(|s| s.signins).collect::<Vec<_>>(), 5);
    assert_eq!(breaks, [1, 3, 4]);
    assert_eq!(chart::shade(4, &breaks), 3);
    assert_eq!(chart::shade(2, &breaks), 2);
    assert_eq!(chart::shade(0, &breaks), 0);
    assert_eq!(chart::shade(99, &breaks), 3);
    assert_eq!(chart::quantile_breaks(&[5, 1, 9, 0, 3], 2), [3, 9]);
    assert!(chart::quantile_breaks(&[0, 0], 5).is_empty());
    assert_eq!([0.0, 0.1, 0.3, 0.6, 0.9, f64::NAN].map(chart::share_class), [0, 1, 2, 3, 4, 0]);
    assert_eq!(chart::country_iso("united kingdom"), Some("GB"));

    let pts = chart::points(ds, &rows, 10, 360.0, 180.0);
    let got: Vec<(String, u32, u32, Precision, f64, f64)> =
        pts.iter().map(|p| (p.label.clone(), p.count, p.failures, p.precision, p.x, p.y)).collect();
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!(got[0], ("Berlin, Berlin, DE".into(), 4, 4, Precision::City, got[0].4, got[0].5));
    assert!((got[0].4 - 193.4).abs() < 0.5 && (got[0].5 - 37.5).abs() < 0.5, "Berlin from the gazetteer: {:?}", got[0]);
    assert_eq!(got[1], ("London, England, GB".into(), 3, 1, Precision::Exact, 179.87, 38.49));
    assert_eq!(chart::points(ds, &rows, 1, 360.0, 180.0).len(), 1);

    // One place is one dot, even when the records' coordinates differ; a country alone is
    // no dot (it shades its country instead).
    let rec = |lat: f64, lon: f64, city: &str| {
        json!({"id": format!("{:08x}-0000-4000-8000-{:012x}", (lat * 1000.0) as u32, city.len() as u64 * 7 + (lon.abs() * 100.0) as u64), "createdDateTime": "2026-03-02T10:00:00Z",
               "userPrincipalName": "a@contoso.example", "ipAddress": "1.2.3.4", "status": {"errorCode": 0},
               "location": {"city": city, "state": "", "countryOrRegion": "US", "geoCoordinates": {"latitude": lat, "longitude": lon}}})
    };
    let mut one = Dataset::new();
    let bytes =
        serde_json::to_vec(&json!([rec(47.67, -122.12, "Redmond"), rec(47.64, -122.13, "Redmond"), rec(0.0, 0.0, "")]))
            .unwrap();
    lantern::core::ingest::load_bytes("places.json", &bytes, &mut one);
    let r3 = all(&one, Log::SignIns);
    assert_eq!(r3.len(), 3);
    let pts = chart::points(&one, &r3, 10, 360.0, 180.0);
    assert_eq!(pts.len(), 1, "{pts:?}");
    assert_eq!((pts[0].label.as_str(), pts[0].count), ("Redmond, US", 2));
    assert!((pts[0].lat - 47.655).abs() < 1e-4, "the dot sits at the mean: {}", pts[0].lat);
    assert_eq!(chart::break_labels(&[1, 3, 12, 250]), ["1", "2–3", "4–12", "13–250"]);
    assert!(chart::dot_radius(1000) > chart::dot_radius(10) && chart::dot_radius(u32::MAX) <= 4.0);

    // Sydney → Seattle crosses the antimeridian: the line leaves at the right edge and
    // comes back on the left.
    let d = chart::travel_lines(&[(-33.87, 151.21), (47.61, -122.33)], 360.0, 180.0);
    assert_eq!(d.matches('M').count(), 2, "{d}");
    assert!(d.starts_with("M331.21,123.87 L"), "{d}");
    assert!(d.contains("L360,") && d.contains(" M0,"), "{d}");
    assert!(d.ends_with("L57.67,42.39"), "{d}");
    // London → Seattle does not.
    let d2 = chart::travel_lines(&[(51.51, -0.13), (47.61, -122.33)], 720.0, 360.0);
    assert_eq!(d2.matches('M').count(), 1);
    assert!(d2.starts_with("M359.74,76.98 L"), "{d2}");
    // Three places, a bad point in the middle, repeated points, nothing at all.
    let d3 =
        chart::travel_lines(&[(51.51, -0.13), (f64::NAN, 0.0), (10.0, 10.0), (10.0, 10.0), (20.0, 20.0)], 360.0, 180.0);
    assert_eq!(d3.matches('M').count(), 1, "{d3}");
    assert!(d3.starts_with("M190,80"), "{d3}");
    assert_eq!(chart::travel_lines(&[], 360.0, 180.0), "");
    assert_eq!(chart::travel_lines(&[(0.0, 0.0)], 360.0, 180.0), "");
    assert!(!chart::travel_lines(&[(0.0, 0.0), (0.0, 180.0)], 360.0, 180.0).contains("NaN"));
    let fixed = format!("{d}\n{d2}\n{d3}\n");
    snapshot("chart_travel_lines.txt", &fixed);
}

#[test]
fn charts_of_the_demo_tenant() {
    let d = &*DEMO;
    let ds = &d.ds;
    let rows = all(ds, Log::SignIns);
    let ts = chart::time_series(ds, &rows, 100);
    assert_eq!(ts.bin_ms, 6 * HOUR_MS);
    assert!(ts.len() <= 100);
    let [s, i, f] = ts.sums();
    assert_eq!(s + i + f + ts.other as u64, rows.len() as u64);
    assert_eq!(ts.other, 0);
    assert_eq!(ts.start_ms, demo::START_MS);
    let sb = chart::stacked_bars(&ts, 900.0, 240.0, Margins::default());
    assert!(
        sb.bars
            .iter()
            .all(|b| b.segments[2].0 >= sb.plot.y - 0.01 && b.x >= sb.plot.x && b.x + b.w <= sb.plot.right() + 0.01)
    );
    assert!(sb.x_ticks.len() >= 3 && sb.x_ticks.len() <= 12, "{:?}", sb.x_ticks);
    assert!(sb.x_ticks[0].1.ends_with("2026"), "{:?}", sb.x_ticks);
    let heat = chart::heatmap(ds, &rows, 0);
    assert_eq!(heat.iter().flatten().map(|x| *x as usize).sum::<usize>(), rows.len());
    let countries = chart::choropleth(ds, &rows);
    assert_eq!(countries.iter().map(|c| c.signins as usize).sum::<usize>(), rows.len() - countries_missing(ds));
    assert!(countries.iter().all(|c| lantern::core::geo::country(&c.iso2).is_some()), "every demo country is known");
    let pts = chart::points(ds, &rows, 500, 360.0, 180.0);
    assert!(pts.len() > 5 && pts.iter().all(|p| (0.0..=360.0).contains(&p.x) && (0.0..=180.0).contains(&p.y)));
    for by in TopBy::ALL {
        let rows = all(ds, by.log());
        let top = chart::top_n(ds, &rows, by, 10);
        assert!(!top.is_empty(), "{by:?}");
        assert!(top.windows(2).all(|w| w[0].1 >= w[1].1));
    }
}

fn countries_missing(ds: &Dataset) -> usize {
    (0..ds.signin_count())
        .filter(|&r| ds.strings.get(ds.signins.table.sym(S::Country as usize, r)).trim().is_empty())
        .count()
}

// ---------------------------------------------------------------------------------------
// Exports.

#[test]
fn neutralize_each_case() {
    let cases: &[(&str, &str)] = &[
        ("=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("-2+3", "'-2+3"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("\n=1", "'\n=1"),
        ("\t", "'\t"),
        ("  =1+1", "'  =1+1"),
        ("\u{a0}@x", "'\u{a0}@x"),
        (" \t hello", "' \t hello"),
        ("\u{ff1d}1+1", "'\u{ff1d}1+1"),
        ("\u{ff0b}1", "'\u{ff0b}1"),
        ("\u{ff0d}1", "'\u{ff0d}1"),
        ("\u{ff20}SUM(A1)", "'\u{ff20}SUM(A1)"),
        ("\u{fe66}1", "'\u{fe66}1"),
        ("-122.33", "'-122.33"),
        ("", ""),
        ("   ", "   "),
        ("Mozilla/5.0 (X11; Linux x86_64)", "Mozilla/5.0 (X11; Linux x86_64)"),
        ("a=b", "a=b"),
        ("'=already", "'=already"),
        ("Zürich", "Zürich"),
        ("50126", "50126"),
    ];
    for (input, want) in cases {
        assert_eq!(export::neutralize(input), *want, "{input:?}");
    }
    assert!(matches!(export::neutralize("plain"), std::borrow::Cow::Borrowed(_)));
}

/// A minimal RFC 4180 reader for the round-trip checks (quoted cells, CRLF).
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => panic!("unquoted character {c:?}"),
        }
    }
    assert!(cell.is_empty() && row.is_empty(), "the file ends with CRLF");
    rows
}

#[test]
fn csv_parts_are_quoted_neutralised_and_concatenate() {
    let (ds, _) = &*FIX;
    let rows = all(ds, Log::SignIns);
    let cols = vec![
        S::Time as usize,
        S::Upn as usize,
        S::User as usize,
        S::UserAgent as usize,
        S::Code as usize,
        S::Lon as usize,
        999,
    ];
    let mut one = Vec::new();
    export::write_csv_part(ds, Log::SignIns, &rows, &cols, 60, export::Header::Write, &mut one);
    assert!(one.starts_with(export::BOM));
    let text = std::str::from_utf8(&one[3..]).unwrap();
    assert!(!text.replace("\r\n", "").contains('\n') || text.contains("\r\n"));
    let table = read_csv(text);
    assert_eq!(table.len(), 13);
    assert_eq!(table[0], ["Date (UTC+01:00)", "Username", "User", "User agent", "Sign-in error code", "Longitude"]);
    let r4 = &table[1 + row(ds, 4) as usize];
    assert_eq!(r4[0], "2026-03-02 11:00:00", "times shown in the chosen zone");
    assert_eq!(r4[3], format!("'{ATTACK_UA}"));
    assert_eq!(r4[5], "", "no coordinates");
    let r1 = &table[1 + row(ds, 1) as usize];
    assert_eq!(r1[5], "'-122.3300", "negative numbers are neutralised too");
    let r10 = &table[1 + row(ds, 10) as usize];
    assert_eq!((r10[2].as_str(), r10[3].as_str()), (IMG_NAME, SCRIPT_UA));
    // Every cell is quoted and every line ends in CRLF.
    for line in text.split_terminator("\r\n") {
        assert!(line.starts_with('"') && line.ends_with('"'), "{line}");
    }
    // Parts of 5 rows concatenate to the same bytes.
    let mut exp = CsvExport::new(Log::SignIns, cols.clone(), 60, 5);
    let mut parts = Vec::new();
    let mut n = 0;
    loop {
        let mut part = Vec::new();
        if !exp.next_part(ds, &rows, &mut part) {
            break;
        }
        n += 1;
        parts.extend(part);
    }
    assert_eq!(n, 3);
    assert_eq!(exp.rows_done(), 12);
    assert_eq!(parts, one);
    // An empty selection still gets its header, once.
    let mut e = CsvExport::new(Log::Audits, export::all_columns(Log::Audits), 0, 0);
    let mut out = Vec::new();
    assert!(e.next_part(ds, &[], &mut out));
    assert!(!e.next_part(ds, &[], &mut out));
    assert_eq!(read_csv(std::str::from_utf8(&out[3..]).unwrap()).len(), 1);
    assert_eq!(export::csv_header(Log::SignIns, &[0], -330), ["Date (UTC-05:30)"]);
}

#[test]
fn csv_of_the_whole_demo_in_parts() {
    let d = &*DEMO;
    let rows = all(&d.ds, Log::SignIns);
    let cols = export::all_columns(Log::SignIns);
    let mut exp = CsvExport::new(Log::SignIns, cols.clone(), 0, 10_000);
    let mut parts: Vec<Vec<u8>> = Vec::new();
    loop {
        let mut p = Vec::new();
        if !exp.next_part(&d.ds, &rows, &mut p) {
            break;
        }
        parts.push(p);
    }
    assert_eq!(parts.len(), rows.len().div_ceil(10_000));
    let joined: Vec<u8> = parts.concat();
    let table = read_csv(std::str::from_utf8(&joined[3..]).unwrap());
    assert_eq!(table.len(), rows.len() + 1);
    assert!(table.iter().all(|r| r.len() == cols.len()));
    for r in &table[1..] {
        for c in r {
            let first = c.chars().next();
            assert!(!matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')), "{c:?}");
        }
    }
}

#[test]
fn json_export_keeps_json_records_and_maps_csv_records() {
    let d = &*DEMO;
    let ds = &d.ds;
    let bytes_of = |log: Log, r: u32| -> Option<&[u8]> {
        let src = match log {
            Log::SignIns => ds.signins.src.get(r as usize)?,
            Log::Audits => ds.audits.src.get(r as usize)?,
        };
        let (_, b) = d.files.get(src.file as usize)?;
        b.get(src.offset as usize..src.offset as usize + src.len as usize)
    };
    // One JSON-sourced, one CSV-sourced, one without its bytes, in parts (an empty one too).
    let json_row = (0..ds.signin_count() as u32)
        .find(|&r| ds.files[ds.signins.src.get(r as usize).unwrap().file as usize].delimiter == 0)
        .unwrap();
    let csv_row = (0..ds.signin_count() as u32)
        .find(|&r| ds.files[ds.signins.src.get(r as usize).unwrap().file as usize].delimiter != 0)
        .unwrap();
    let rows = [json_row, csv_row, json_row];
    let originals = [bytes_of(Log::SignIns, json_row), bytes_of(Log::SignIns, csv_row), None];
    let mut exp = JsonExport::new();
    let mut out = Vec::new();
    exp.part(ds, Log::SignIns, &[], &[], &mut out);
    exp.part(ds, Log::SignIns, &rows[..1], &originals[..1], &mut out);
    exp.part(ds, Log::SignIns, &rows[1..], &originals[1..], &mut out);
    exp.finish(&mut out);
    assert_eq!(exp.records(), 3);
    let v: Vec<Value> = serde_json::from_slice(&out).unwrap();
    assert_eq!(v.len(), 3);
    let original: Value = serde_json::from_slice(originals[0].unwrap()).unwrap();
    assert_eq!(v[0], original, "a JSON record is emitted as it was");
    assert!(v[1].get("Request ID").is_some() && v[1].get("Date (UTC)").is_some(), "CSV → header: cell: {}", v[1]);
    assert!(v[1].get("Incoming token type (2)").is_some(), "a repeated header is numbered");
    let rebuilt = &v[2];
    for k in ["time", "id", "user", "upn", "app", "status", "ip", "ca_policies"] {
        assert!(rebuilt.get(k).is_some(), "model JSON has {k}: {rebuilt}");
    }
    assert!(rebuilt["time"].as_str().unwrap().ends_with('Z'));
    assert!(rebuilt["code"].is_number());
    assert!(rebuilt["ca_policies"][0]["name"].is_string());

    // Audit events rebuilt from the model: targets, properties and details.
    let mut out = Vec::new();
    export::write_json_part(ds, Log::Audits, &[0, 1, u32::MAX], &[], export::Part::First, &mut out);
    export::write_json_part(ds, Log::Audits, &[2], &[], export::Part::Later, &mut out);
    export::write_json_end(&mut out);
    let v: Vec<Value> = serde_json::from_slice(&out).unwrap();
    assert_eq!(v.len(), 3, "the row that does not exist is skipped");
    assert!(v.iter().all(|a| a["activity"].is_string() && a["targets"].is_array()));

    // Garbage "original" bytes fall back to the model.
    let mut out = Vec::new();
    export::write_json_part(
        ds,
        Log::SignIns,
        &[json_row],
        &[Some(b"{not json".as_slice())],
        export::Part::First,
        &mut out,
    );
    export::write_json_end(&mut out);
    let v: Vec<Value> = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        v[0]["upn"],
        Value::String(ds.strings.get(ds.signins.table.sym(S::Upn as usize, json_row as usize)).into())
    );
    // The step index used by the exports gives what the per-record lookup gives.
    let with_steps: Vec<u32> = (0..ds.signin_count() as u32)
        .filter(|&r| !ds.steps_of(ds.signins.table.id(S::RequestId as usize, r as usize)).is_empty())
        .take(50)
        .collect();
    assert!(!with_steps.is_empty());
    let mut fast = Vec::new();
    export::write_json_part(ds, Log::SignIns, &with_steps, &[], export::Part::First, &mut fast);
    let mut slow = b"[\n".to_vec();
    for (i, &r) in with_steps.iter().enumerate() {
        if i > 0 {
            slow.extend_from_slice(b",\n");
        }
        export::write_model_json(ds, Log::SignIns, r as usize, &mut slow);
    }
    assert_eq!(String::from_utf8(fast).unwrap(), String::from_utf8(slow).unwrap());
    let mut empty = Vec::new();
    JsonExport::new().finish(&mut empty);
    assert_eq!(serde_json::from_slice::<Vec<Value>>(&empty).unwrap().len(), 0);
}

#[test]
fn json_export_of_the_fixture_with_originals_matches_the_source() {
    let (ds, bytes) = &*FIX;
    let rows = all(ds, Log::SignIns);
    let originals: Vec<Option<&[u8]>> = rows
        .iter()
        .map(|&r| {
            let s = ds.signins.src.get(r as usize).unwrap();
            Some(&bytes[s.offset as usize..s.offset as usize + s.len as usize])
        })
        .collect();
    let mut out = Vec::new();
    export::write_json_part(ds, Log::SignIns, &rows, &originals, export::Part::First, &mut out);
    export::write_json_end(&mut out);
    let got: Vec<Value> = serde_json::from_slice(&out).unwrap();
    let src: Vec<Value> = serde_json::from_str(&fixture_json()).unwrap();
    let want: Vec<&Value> = rows.iter().map(|&r| &src[r as usize]).collect();
    assert_eq!(got.iter().collect::<Vec<_>>(), want);
}

#[test]
fn findings_export_and_file_names() {
    let f = vec![
        FindingRow {
            rule: RuleId::PasswordSprayIp.as_str().into(),
            severity: "high".into(),
            title: "Password spray from 185.220.101.4".into(),
            why: "=4 users failed from one IP in 20 minutes".into(),
            users: vec!["adele@contoso.example".into(), "-megan@contoso.example".into()],
            ips: vec!["185.220.101.4".into()],
            first_ms: Some(ms("2026-03-02T10:00:00Z")),
            last_ms: Some(ms("2026-03-02T10:03:00Z")),
            evidence_ids: vec!["a".into(), "b".into()],
        },
        FindingRow { rule: "chain".into(), severity: "medium".into(), ..Default::default() },
    ];
    let mut csv = Vec::new();
    export::findings_csv(&f, &mut csv);
    let table = read_csv(std::str::from_utf8(&csv[3..]).unwrap());
    assert_eq!(table[0], export::FINDINGS_CSV_HEADER);
    assert_eq!(table[1][3], "'=4 users failed from one IP in 20 minutes");
    assert_eq!(table[1][4], "adele@contoso.example; -megan@contoso.example");
    assert_eq!((table[1][6].as_str(), table[1][8].as_str()), ("2026-03-02T10:00:00Z", "2"));
    assert_eq!(table[2][6], "");
    let mut json = Vec::new();
    export::findings_json(&f, &mut json);
    let v: Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v[0]["first"], "2026-03-02T10:00:00Z");
    assert_eq!(v[0]["why"], "=4 users failed from one IP in 20 minutes", "JSON is not neutralised");
    assert_eq!(v[1]["first"], Value::Null);
    snapshot("findings.json", std::str::from_utf8(&json).unwrap());

    let d = &*DEMO;
    let rows = all(&d.ds, Log::SignIns);
    assert_eq!(export::tenant_name(&d.ds), "Contoso");
    assert_eq!(
        export::file_name("signins", "csv", &d.ds, Log::SignIns, &rows),
        "lantern-signins_contoso_2026-10-26_2026-11-15.csv"
    );
    assert_eq!(
        export::file_name("findings report", ".HTML", &d.ds, Log::SignIns, &[]),
        "lantern-findings-report_contoso.html"
    );
    assert_eq!(export::file_name_for("", "json", "Ünïcode Tenant/../x", None), "lantern-export_n-code-tenant-x.json");
    let (fix, _) = &*FIX;
    assert_eq!(
        export::file_name("audit", "json", fix, Log::Audits, &all(fix, Log::Audits)),
        "lantern-audit_contoso_2026-03-02_2026-03-03.json"
    );
    let empty = Dataset::new();
    assert_eq!(export::tenant_name(&empty), "");
    assert_eq!(export::domain_label("contoso.onmicrosoft.com"), "contoso");
    assert_eq!(export::domain_label("mail.fabrikam.co.uk"), "fabrikam");
    assert_eq!(export::domain_label("contoso.example"), "contoso");
    assert_eq!(export::domain_label(""), "");
}

// ---------------------------------------------------------------------------------------
// KQL.

fn f(conds: Vec<Cond>, text: &str) -> Filter {
    Filter { conds, text: text.into() }
}

fn cin(field: &str, values: &[&str]) -> Cond {
    Cond::In { field: field.into(), values: values.iter().map(|s| s.to_string()).collect() }
}

fn ccontains(field: &str, text: &str, cs: bool) -> Cond {
    Cond::Contains { field: field.into(), text: text.into(), case_sensitive: cs }
}

/// With `LANTERN_DUMP_KQL=DIR`, appends `q` to `DIR/{file}` under a `// ===== name =====`
/// line, for checking with Microsoft's Kusto parser (`tests/kql/check.cjs`).
fn dump_kql(file: &str, name: &str, q: &str) {
    if let Some(dir) = std::env::var_os("LANTERN_DUMP_KQL") {
        use std::io::Write;
        let path = PathBuf::from(dir).join(file);
        let mut f = std::fs::OpenOptions::new().create(true).append(true).open(path).unwrap();
        writeln!(f, "// ===== {name} =====\n{q}").unwrap();
    }
}

fn assert_lint(q: &str) {
    let p = kql::lint::lint(q);
    assert!(p.is_empty(), "lint problems {p:?} in\n{q}");
}

#[test]
fn filter_kql_snapshots() {
    let (ds, _) = &*FIX;
    let cases: Vec<(&str, Log, Filter)> = vec![
        ("kql_filter_empty.kql", Log::SignIns, Filter::default()),
        (
            "kql_filter_signins.kql",
            Log::SignIns,
            f(
                vec![
                    cin("status", &["Failure"]),
                    cin("code", &["50126", "AADSTS50053"]),
                    ccontains("user_any", "adele", false),
                    Cond::Ip { field: "ip".into(), cidr: "185.220.101.0/24".into() },
                    cin("country", &["DE", "NL"]),
                    Cond::NotIn { field: "app".into(), values: vec!["Microsoft Teams".into(), "".into()] },
                    ccontains("os", "Windows", false),
                    ccontains("user_agent", "python", true),
                    cin("compliant", &["No"]),
                    cin("ca", &["Not Applied"]),
                    cin("ca_policy", &["Require MFA"]),
                    Cond::NotIn { field: "ca_policy".into(), values: vec!["Block legacy".into()] },
                    cin("ca_result", &["failure"]),
                    cin("code_class", &["failure", "interrupt"]),
                    Cond::Last { hours: 24 },
                ],
                "python-requests",
            ),
        ),
        (
            "kql_filter_noninteractive.kql",
            Log::SignIns,
            f(
                vec![
                    cin("event_type", &["Non-interactive"]),
                    Cond::Range { from_ms: Some(ms("2026-03-03T00:00:00Z")), to_ms: None },
                    Cond::Ip { field: "ip".into(), cidr: "2001:db8::/32".into() },
                    cin("flagged", &["Yes"]),
                    cin("latency", &["120"]),
                    cin("session_id", &["abc"]),
                    cin("mfa_result", &["MFA denied; user declined the authentication"]),
                    Cond::Records { ids: vec!["00000000-0000-4000-8000-000000000011".into()] },
                ],
                "",
            ),
        ),
        (
            "kql_filter_escaping.kql",
            Log::SignIns,
            f(
                vec![
                    cin("user", &[IMG_NAME, "back\\slash \"quoted\"\nnew line\ttab"]),
                    ccontains("user_agent", ATTACK_UA, false),
                    Cond::Ip { field: "ip".into(), cidr: "203.0.113.10".into() },
                    Cond::Ip { field: "ip".into(), cidr: "not an ip".into() },
                ],
                "\"); drop | where 1==1 //",
            ),
        ),
        (
            "kql_filter_audit.kql",
            Log::Audits,
            f(
                vec![
                    cin("activity", &["Add member to role", "Consent to application"]),
                    cin("result", &["Success"]),
                    ccontains("actor", "alex", false),
                    cin("target_any", &["alex.wilber@contoso.example"]),
                    Cond::NotIn { field: "target".into(), values: vec!["Evil App".into()] },
                    ccontains("user_agent", "script", false),
                    Cond::Ip { field: "actor_ip".into(), cidr: "203.0.113.0/24".into() },
                    cin("actor_type", &["User"]),
                    Cond::Range { from_ms: Some(ms("2026-03-02T00:00:00Z")), to_ms: Some(ms("2026-03-03T00:00:00Z")) },
                ],
                "Global Administrator",
            ),
        ),
    ];
    for (name, log, filter) in cases {
        let q = kql::filter_kql(log, &filter, ds);
        assert_lint(&q);
        assert!(
            q.lines().all(|l| l.starts_with("//") || !l.contains("ago(")),
            "{name}: exported data needs explicit times"
        );
        snapshot(name, &q);
    }
}

#[test]
fn filter_kql_details() {
    let (ds, _) = &*FIX;
    let q = kql::filter_kql(Log::SignIns, &f(vec![Cond::Last { hours: 2 }], ""), ds);
    // Newest sign-in 2026-03-03T23:59:00Z; two hours before it.
    assert!(q.contains("| where CreatedDateTime >= datetime(2026-03-03T21:59:00.000Z) and CreatedDateTime < datetime(2026-03-03T23:59:00.001Z)"), "{q}");
    assert!(q.contains("// \"last 2 hours\" is relative to the newest exported record (2026-03-03T23:59:00Z)"), "{q}");
    assert!(q.starts_with("// Lantern: sign-ins where Date in the last 2 hours"), "{q}");
    let q = kql::filter_kql(Log::SignIns, &f(vec![cin("event_type", &["Interactive"])], ""), ds);
    assert!(
        q.contains("\nSigninLogs\n| where TimeGenerated between")
            && !q.contains("union")
            && !q.contains(kql::NON_INTERACTIVE),
        "{q}"
    );
    let q = kql::filter_kql(Log::SignIns, &f(vec![cin("event_type", &["Managed identity"])], ""), ds);
    assert!(q.contains("| where false") && q.contains("AADManagedIdentitySignInLogs"), "{q}");
    assert_lint(&q);
    let q = kql::filter_kql(Log::SignIns, &f(vec![cin("user_any", &["Adele Vance"])], ""), ds);
    assert!(
        q.contains("| where UserPrincipalName in~ (\"Adele Vance\") or UserDisplayName in~ (\"Adele Vance\")"),
        "{q}"
    );
    let q = kql::filter_kql(Log::SignIns, &f(vec![ccontains("user_any", "Adele", true)], ""), ds);
    assert!(q.contains("UserPrincipalName contains_cs \"Adele\""), "{q}");
    let q =
        kql::filter_kql(Log::SignIns, &f(vec![Cond::Ip { field: "ip".into(), cidr: "2001:db8::/32".into() }], ""), ds);
    assert!(q.contains("ipv6_is_in_range(IPAddress, \"2001:db8::/32\")"), "{q}");
    // Every field key of both logs and every virtual one translates to valid KQL (or a
    // comment), for each kind of condition.
    for log in [Log::SignIns, Log::Audits] {
        let keys: Vec<&str> = match log {
            Log::SignIns => {
                S::ALL.iter().map(|s| s.def().key).chain(["user_any", "ca_policy", "ca_result", "code_class"]).collect()
            }
            Log::Audits => {
                lantern::core::model::AuditField::ALL.iter().map(|s| s.def().key).chain(["target_any"]).collect()
            }
        };
        for key in keys {
            for cond in [
                cin(key, &["x\"y", ""]),
                Cond::NotIn { field: key.into(), values: vec!["Success".into()] },
                ccontains(key, "a\\b", false),
                ccontains(key, "A", true),
                Cond::Ip { field: key.into(), cidr: "10.0.0.0/8".into() },
            ] {
                let q = kql::filter_kql(log, &f(vec![cond.clone()], ""), ds);
                dump_kql("filters.kql", &format!("{log:?} {cond:?}"), &q);
                let p = kql::lint::lint(&q);
                assert!(p.is_empty(), "{log:?} {cond:?}: {p:?}\n{q}");
            }
        }
    }
    // A dataset without times: no window, still valid.
    let q = kql::filter_kql(Log::Audits, &Filter::default(), &Dataset::new());
    assert!(q.contains("No record has a time"), "{q}");
    assert_lint(&q);
}

#[test]
fn filter_kql_on_the_demo_tenant() {
    let d = &*DEMO;
    let q = kql::filter_kql(
        Log::SignIns,
        &f(vec![cin("code", &["50126"]), Cond::Ip { field: "ip".into(), cidr: "185.220.101.0/24".into() }], ""),
        &d.ds,
    );
    assert!(q.contains("datetime(2026-10-26"), "{q}");
    assert!(q.contains("| where ResultType in (\"50126\")"), "{q}");
    assert_lint(&q);
}

#[test]
fn hunting_queries_snapshots_and_lint() {
    let cfg = DetectConfig::default();
    let mut all = String::new();
    for &rule in RuleId::ALL {
        let d = rule.detector();
        let q = d.hunting(&cfg, None);
        assert_lint(&q);
        all.push_str(&format!("// ===== {rule} =====\n{q}\n"));
        // Over an explicit window.
        let q2 = d.hunting(&cfg, Some((ms("2026-10-26T00:00:00Z"), ms("2026-11-16T00:00:00Z"))));
        dump_kql("hunting.kql", rule.as_str(), &q);
        dump_kql("hunting.kql", &format!("{rule} (window)"), &q2);
        assert_lint(&q2);
        assert!(
            q2.contains(
                "let startTime = datetime(2026-10-26T00:00:00.000Z);\nlet endTime = datetime(2026-11-16T00:00:00.000Z);"
            ),
            "{rule}\n{q2}"
        );
    }
    snapshot("kql_hunting.kql", &all);
    let c = DetectConfig { spray_min_users: 10, spray_window_min: 60, ..cfg.clone() };
    let q = RuleId::PasswordSprayIp.detector().hunting(&c, None);
    assert!(q.contains("bin(TimeGenerated, 60m)") && q.contains("| where FailedUsers >= 10"), "{q}");
    let c = DetectConfig { travel_max_kmh: 1200.0, ..cfg.clone() };
    assert!(RuleId::ImpossibleTravel.detector().hunting(&c, None).contains("SpeedKmh > 1200"));
    let c = DetectConfig {
        allow_users: vec!["Ada@Contoso.example".into()],
        allow_ips: vec!["10.0.0.0/8".into(), "2001:db8::/32".into()],
        ..cfg
    };
    let q = RuleId::BruteForceUser.detector().hunting(&c, None);
    assert!(q.contains(r#"tolower(UserPrincipalName) !in (dynamic(["ada@contoso.example"]))"#), "{q}");
    assert!(
        q.contains(r#"ipv4_is_in_any_range(IPAddress, dynamic(["10.0.0.0/8"]))"#) && q.contains("ipv6_is_in_any_range"),
        "{q}"
    );
}

#[test]
fn the_lint_catches_mistakes() {
    let bad = [
        ("SigninLogs | where UserPrincipalNam == \"x\"", "unknown column or table UserPrincipalNam"),
        ("SigninLogs | where (ResultType == \"0\"", "unclosed"),
        ("SigninLogs | where ResultType == \"0)", "unterminated"),
        ("SignInLogs | take 1", "no known table"),
        ("AuditLogs | where UserPrincipalName == \"x\"", "unknown column or table UserPrincipalName"),
        ("SigninLogs | where foo(ResultType)", "unknown function foo()"),
        ("SigninLogs | where ResultType == \"\\q\"", "unknown escape"),
        ("SigninLogs | extend x = column_ifexists(\"Nope\", \"\")", "unknown column Nope"),
        ("SigninLogs | where ResultType == \"0\"]", "unbalanced"),
    ];
    for (q, want) in bad {
        let p = kql::lint::lint(q);
        assert!(p.iter().any(|m| m.contains(want)), "{q}: {p:?}");
    }
    assert!(
        kql::lint::lint("SigninLogs | where LocationDetails.countryOrRegion == @'x\"y' // note\n| take 10").is_empty()
    );
}

// ---------------------------------------------------------------------------------------
// Report.

fn report_input(ds: &Dataset, with_map: bool) -> ReportInput {
    let srows = all(ds, Log::SignIns);
    let arows = all(ds, Log::Audits);
    let mut charts = report::standard_charts(ds, &srows, &arows, 0);
    if !with_map {
        charts.retain(|c| !matches!(c, ReportChart::Map { .. }));
    }
    let spray: Vec<u32> = [4, 5, 6, 7].map(|n| row(ds, n)).to_vec();
    let (header, evidence) = report::signin_evidence(ds, &spray, 3);
    let bomb = vec![row(ds, 10)];
    let (h2, e2) = report::signin_evidence(ds, &bomb, 10);
    let (h3, e3) = report::audit_evidence(ds, &arows, 10);
    let filter = f(vec![cin("status", &["Failure"]), ccontains("user_agent", SCRIPT_UA, false)], IMG_NAME);
    ReportInput {
        title: "Lantern findings — contoso".into(),
        tenant: export::tenant_name(ds),
        range: lantern::core::query::aggregate::time_range(ds, Log::SignIns, &srows),
        generated_at_ms: ms("2026-03-05T09:30:00Z"),
        filters: lantern::core::query::describe::describe_filter(Log::SignIns, &filter, ds),
        signins_loaded: ds.signin_count() as u64,
        audits_loaded: ds.audit_count() as u64,
        signins_selected: srows.len() as u64,
        audits_selected: arows.len() as u64,
        files: vec!["fixture.json".into(), "<b>evil</b>.csv".into()],
        charts,
        findings: vec![
            ReportFinding {
                severity: "High".into(),
                title: "Password spray from 185.220.101.4".into(),
                rule: RuleId::PasswordSprayIp.as_str().into(),
                why: "3 users failed with 50126 from one IP within 20 minutes.".into(),
                thresholds: vec![("min_users".into(), "3".into()), ("window_minutes".into(), "20".into())],
                next_steps: vec!["Block the IP.".into(), "Reset passwords of users who then signed in.".into()],
                kql: RuleId::PasswordSprayIp
                    .detector()
                    .hunting(&DetectConfig { spray_min_users: 3, ..Default::default() }, None),
                users: vec!["adele.vance@contoso.example".into()],
                ips: vec!["185.220.101.4".into()],
                first_ms: Some(ms("2026-03-02T10:00:00Z")),
                last_ms: Some(ms("2026-03-02T10:03:00Z")),
                evidence_header: header,
                evidence,
                evidence_total: 4,
            },
            ReportFinding {
                severity: "medium".into(),
                title: format!("MFA denied for {IMG_NAME}"),
                rule: RuleId::MfaDenied.as_str().into(),
                why: format!("User agent {SCRIPT_UA} https://evil.example/x"),
                kql: RuleId::MfaDenied.detector().hunting(&DetectConfig::default(), None),
                evidence_header: h2,
                evidence: e2,
                evidence_total: 1,
                ..Default::default()
            },
            ReportFinding {
                severity: "low".into(),
                title: "Role assignment".into(),
                evidence_header: h3,
                evidence: e3,
                ..Default::default()
            },
        ],
    }
}

/// True when every occurrence of `needle` lies in text, not inside a tag: log text is
/// escaped, so a raw `<` always starts markup.
fn only_in_text(html: &str, needle: &str) -> bool {
    html.match_indices(needle).all(|(i, _)| {
        let before = &html[..i];
        match (before.rfind('<'), before.rfind('>')) {
            (Some(lt), Some(gt)) => gt > lt,
            (Some(_), None) => false,
            _ => true,
        }
    })
}

#[test]
fn the_report_is_self_contained_and_escapes_log_text() {
    let (ds, _) = &*FIX;
    let html = report::findings_report(&report_input(ds, true));
    // LANTERN_DUMP_REPORT=/tmp/report.html writes the full report, to look at it.
    if let Some(path) = std::env::var_os("LANTERN_DUMP_REPORT") {
        std::fs::write(path, &html).unwrap();
    }
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "no script element");
    assert!(!lower.contains("<img"), "no img element");
    assert!(only_in_text(&lower, "onerror"), "no event handler attribute");
    assert!(lower.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(lower.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&lt;b&gt;evil&lt;/b&gt;.csv"));
    for bad in ["url(", "@import", "<link", "<iframe", "<object", "<embed", "javascript:", "xmlns"] {
        assert!(!lower.contains(bad), "{bad}");
    }
    assert!(only_in_text(&lower, "src="), "no src attribute");
    for url in ["http://", "https://"] {
        assert!(only_in_text(&html, url), "{url} outside text");
    }
    assert!(html.contains("https://evil.example/x"), "URLs from logs stay readable, as text");
    // Links only to the report's own sections.
    for (i, _) in html.match_indices("href=\"") {
        assert!(html[i + 6..].starts_with('#'), "{}", &html[i..i + 40]);
    }
    assert!(html.contains("Content-Security-Policy") && html.contains("default-src 'none'"));
    assert!(html.contains("@media print") && html.contains("break-before: page"));
    assert!(html.contains("<svg class=\"chart chart--map\""));
    assert!(html.contains("Showing 3 of 4 records"));
    assert!(html.contains("<span class=\"sev sev-high\">High</span>"));
    assert_eq!(html.matches("<section class=\"finding\"").count(), 3);
    assert!(html.contains("FailedUsers &gt;= 3"), "the hunting query is in the report, escaped");
    // Balanced markup for the elements the report writes.
    for tag in ["section", "table", "svg", "pre", "ul", "ol", "h2", "h3", "style"] {
        assert_eq!(html.matches(&format!("<{tag}")).count(), html.matches(&format!("</{tag}>")).count(), "<{tag}>");
    }
    // A report without findings or data still renders.
    let empty = report::findings_report(&ReportInput::default());
    assert!(empty.contains("No finding.") && empty.contains("None: every loaded record."));
}

#[test]
fn report_snapshot_without_the_map() {
    let (ds, _) = &*FIX;
    let html = report::findings_report(&report_input(ds, false));
    snapshot("report.html", &html);
}

#[test]
fn report_of_the_demo_tenant() {
    let d = &*DEMO;
    let ds = &d.ds;
    let srows = filter::apply(ds, Log::SignIns, &f(vec![cin("code", &["50126"])], ""));
    let arows = all(ds, Log::Audits);
    let input = ReportInput {
        title: "Demo".into(),
        tenant: export::tenant_name(ds),
        range: lantern::core::query::aggregate::time_range(ds, Log::SignIns, &srows),
        generated_at_ms: 0,
        filters: lantern::core::query::describe::describe_filter(
            Log::SignIns,
            &f(vec![cin("code", &["50126"]), Cond::Last { hours: 48 }], ""),
            ds,
        ),
        charts: report::standard_charts(ds, &srows, &arows, 60),
        ..Default::default()
    };
    let html = report::findings_report(&input);
    assert!(html.contains("Sign-ins by weekday and hour (UTC+01:00)"));
    assert!(html.contains("Sign-in error code is “50126”"));
    assert!(html.contains("Date in the last 48 hours before the newest record (from 2026-11-"));
    assert!(!html.to_lowercase().contains("<script"));
}

#[test]
fn every_demo_finding_has_a_valid_hunting_query_and_report_section() {
    let t = lantern::core::workspace::demo::generate(&lantern::core::workspace::demo::DemoConfig::default());
    let mut ds = lantern::core::model::Dataset::new();
    for (name, bytes) in t.demo_files() {
        lantern::core::ingest::load_bytes(&name, &bytes, &mut ds);
    }
    let cfg = lantern::core::detect::DetectConfig::default();
    let findings = lantern::core::detect::run(&ds, &cfg);
    assert!(findings.len() > 10);
    for f in &findings {
        let q = lantern::core::detect::hunting_query(f, &cfg);
        assert_lint(&q);
        assert!(q.contains("datetime("), "the finding's own days: {q}");
        dump_kql("findings.kql", &f.key, &q);
    }
    let sections = report::report_findings(&ds, &findings, &cfg, 20);
    assert_eq!(sections.len(), findings.len());
    assert!(sections.iter().all(|s| !s.kql.is_empty() && !s.evidence.is_empty()));
    let rows = lantern::core::output::export::finding_rows(&ds, &findings);
    let spray = rows.iter().find(|r| r.rule == RuleId::PasswordSprayIp.as_str()).unwrap();
    assert!(spray.evidence_ids.len() >= 40);
}
