//! Conformance over the real public exports in `../shared/samples/` (when that folder
//! exists): every file loads with the record count and log type stated in `SOURCES.md`,
//! with no error-level warnings, and key fields read as a person would read them.

use lantern::core::model::Log;
use std::path::{Path, PathBuf};

use lantern::core::{
    model::{AuditField as A, Dataset, Severity, SignInField as S, SourceFile},
    query::view::cell_text,
};

fn samples() -> Option<PathBuf> {
    crate::util::shared_samples()
}

/// (file, records, signins, audits) as SOURCES.md states them.
struct Expected {
    file: String,
    records: u64,
    signins: Option<u64>,
    audits: Option<u64>,
}

fn first_number(s: &str) -> Option<u64> {
    let digits: String = s
        .trim()
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(|c| *c != ',')
        .collect();
    digits.parse().ok()
}

/// Reads the table rows of SOURCES.md.
fn expected(dir: &Path) -> Vec<Expected> {
    let text = std::fs::read_to_string(dir.join("SOURCES.md")).unwrap();
    let mut out = Vec::new();
    for line in text.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| File") && !l.starts_with("|---")) {
        let cells: Vec<&str> = line.split(" | ").collect();
        if cells.len() < 10 {
            continue;
        }
        let records_cell = cells[6];
        let kind = cells[7].trim();
        // "other/a.txt, other/b.txt, other/c.txt" → each file alone ("1 each").
        for file in cells[0].trim_start_matches("| ").split(", ") {
            let file = file.split(" (+").next().unwrap_or(file).trim().to_owned();
            if !file.contains('/') {
                continue;
            }
            let records = first_number(records_cell).unwrap_or(0);
            let (signins, audits) = if kind.starts_with("sign-in") {
                (Some(records), Some(0))
            } else if kind.starts_with("audit") {
                (Some(0), Some(records))
            } else {
                // A mixed file ("32 sign-in (…) + 15 audit + 6 Graph-style audit"): the
                // breakdown in SOURCES.md does not add up to its own total (the Panther file
                // holds 26 sign-ins and 21 audit events by category), so only the total and
                // the presence of both kinds are checked.
                (None, None)
            };
            out.push(Expected { file, records, signins, audits });
        }
    }
    out
}

fn load(path: &Path) -> (Dataset, SourceFile) {
    let bytes = std::fs::read(path).unwrap();
    let mut ds = Dataset::new();
    let f = lantern::core::ingest::load_bytes(&path.to_string_lossy(), &bytes, &mut ds);
    let sf = ds.files[f as usize].clone();
    (ds, sf)
}

fn s(ds: &Dataset, f: S, row: usize) -> String {
    cell_text(Log::SignIns.table(ds), f as usize, row, &ds.strings, 0)
}

fn a(ds: &Dataset, f: A, row: usize) -> String {
    cell_text(Log::Audits.table(ds), f as usize, row, &ds.strings, 0)
}

#[test]
fn every_sample_loads_with_the_stated_count_and_type() {
    let Some(dir) = samples() else { return };
    let exp = expected(&dir);
    assert!(exp.len() >= 17, "SOURCES.md lists {} files", exp.len());
    for e in &exp {
        let (ds, f) = load(&dir.join(&e.file));
        let what = &e.file;
        assert!(f.error.is_none(), "{what}: {:?}", f.error);
        assert!(f.warnings.iter().all(|w| w.severity != Severity::Error), "{what}: {:?}", f.warnings);
        // Duplicates are records too: some test files repeat a record on purpose.
        assert_eq!(f.signins + f.audits + f.duplicates, e.records, "{what}: records");
        if e.signins.is_none() {
            assert!(f.signins > 0 && f.audits > 0, "{what}: both sign-ins and audit events");
        }
        if let (Some(si), Some(au)) = (e.signins, e.audits) {
            if f.duplicates == 0 {
                assert_eq!((f.signins, f.audits), (si, au), "{what}: sign-ins / audit events");
            } else {
                assert!(f.signins <= si && f.audits <= au, "{what}: {} / {} of {si} / {au}", f.signins, f.audits);
            }
        }
        // Key fields as a person would read them.
        for row in 0..ds.signin_count() {
            let who = [S::Upn, S::User, S::SpName, S::SpId, S::UserId].iter().any(|f| !s(&ds, *f, row).is_empty());
            assert!(who, "{what} sign-in {row}: nobody");
            // Documentation examples show `"status": {}`: no status to read there.
            if !what.contains("graphdocs") {
                assert!(!s(&ds, S::Status, row).is_empty(), "{what} sign-in {row}: status");
                assert!(!s(&ds, S::Code, row).is_empty(), "{what} sign-in {row}: error code");
            }
            // Panther's rule-test events are trimmed to the fields each rule reads.
            if !what.contains("panther") {
                assert!(
                    !s(&ds, S::App, row).is_empty() || !s(&ds, S::Resource, row).is_empty(),
                    "{what} sign-in {row}: app"
                );
            }
            assert!(!s(&ds, S::Time, row).is_empty(), "{what} sign-in {row}: time");
        }
        for row in 0..ds.audit_count() {
            assert!(!a(&ds, A::Activity, row).is_empty(), "{what} audit {row}: activity");
            assert!(
                !a(&ds, A::Actor, row).is_empty() || !a(&ds, A::ActorType, row).is_empty(),
                "{what} audit {row}: actor"
            );
        }
    }
}

#[test]
fn sample_values_read_as_a_person_would() {
    let Some(dir) = samples() else { return };
    // The Sentinel lab's disabled-account attack: 50057 from North Korea.
    let (ds, _) = load(&dir.join("log-analytics-csv/disable_accounts.csv"));
    for row in 0..ds.signin_count() {
        assert_eq!(s(&ds, S::Code, row), "50057");
        assert_eq!(s(&ds, S::Status, row), "Failure");
        assert_eq!(s(&ds, S::Ip, row), "175.45.176.99");
        assert_eq!(s(&ds, S::Country, row), "KP");
        assert_eq!(s(&ds, S::App, row), "Azure Portal");
    }
    // Log Analytics display dates, union columns, multi-line JSON cells.
    let (ds, _) = load(&dir.join("log-analytics-csv/sign-in_adelete.csv"));
    assert_eq!(ds.signin_count(), 56);
    let times: Vec<String> = (0..56).map(|r| s(&ds, S::Time, r)).collect();
    assert!(times.iter().all(|t| t.starts_with("2021-04-28")), "{times:?}");
    assert!((0..56).all(|r| s(&ds, S::Ip, r) == "175.45.176.99"));
    assert!((0..56).filter(|&r| s(&ds, S::Code, r) == "16000").count() == 2);
    assert!(
        (0..56).all(|r| !s(&ds, S::City, r).is_empty() && !s(&ds, S::Lat, r).is_empty()),
        "LocationDetails_dynamic read"
    );
    assert!((0..56).any(|r| !s(&ds, S::Browser, r).is_empty()), "DeviceDetail_dynamic read");
    // Azure Monitor: -05:00 offset, Level as a string, 50140 interrupt.
    let (ds, _) = load(&dir.join("diagnostic-ndjson/elastic-signinlogs-test-signinlogs-raw.log"));
    assert_eq!(s(&ds, S::Time, 0), "2019-10-18 09:45:48");
    assert_eq!(s(&ds, S::Code, 0), "50140");
    assert_eq!(s(&ds, S::Status, 0), "Interrupted");
    let kinds: Vec<String> = (0..ds.signin_count()).map(|r| s(&ds, S::EventType, r)).collect();
    assert!(
        kinds.contains(&"Non-interactive".to_owned()) && kinds.contains(&"Managed identity".to_owned()),
        "{kinds:?}"
    );
    // Service principal sign-ins.
    let (ds, _) =
        load(&dir.join("diagnostic-ndjson/elastic-signinlogs-test-service-principal-signinlogs-sample.PREFIX3.log"));
    assert!(
        (0..ds.signin_count())
            .all(|r| s(&ds, S::SpName, r) == "Terraform-Datadog-CLI" && s(&ds, S::EventType, r) == "Service principal")
    );
    // Managed identity: no IP, no location, 0/0 coordinates read as none.
    let (ds, _) = load(&dir.join("diagnostic-ndjson/elastic-signinlogs-test-managed-identity-sample.PREFIX3.log"));
    assert!((0..ds.signin_count()).all(|r| s(&ds, S::Ip, r).is_empty() && s(&ds, S::Lat, r).is_empty()));
    // The 2019 record with three Conditional Access policies.
    let (ds, _) = load(&dir.join("diagnostic-ndjson/beats-signin_log.json"));
    assert_eq!(ds.ca_of(0).len(), 3);
    // Audit: app credentials by users with AZURECLI/python agents (LA CSV, JSON in CSV).
    let (ds, _) = load(&dir.join("log-analytics-csv/AuditLogs_Hunting.csv"));
    for row in 0..ds.audit_count() {
        assert!(a(&ds, A::Activity, row).starts_with("Update application – Certificates and secrets management"));
        assert!(!a(&ds, A::Actor, row).is_empty());
        assert!(!a(&ds, A::Targets, row).is_empty(), "targets from the TargetResources JSON");
    }
    // Golden SAML lab: a delegated permission grant to all principals.
    let (ds, _) = load(&dir.join("log-analytics-json/OTRF-GoldenSAMLADFSMailAccess-AADAuditEvents.json"));
    let grant =
        (0..ds.audit_count()).find(|&r| a(&ds, A::Activity, r) == "Add delegated permission grant").expect("grant");
    let props: Vec<String> =
        ds.targets_of(grant).iter().flat_map(|t| ds.props_of(t)).map(|p| ds.strings.get(p.new).to_owned()).collect();
    assert!(props.iter().any(|v| v.contains("Mail.ReadWrite")), "{props:?}");
    // Graph documentation examples with trailing commas are read leniently.
    let (ds, f) = load(&dir.join("other/graphdocs-v1.0-signin-list-example1.invalid-json.txt"));
    assert_eq!(ds.signin_count(), 1);
    assert!(f.warnings.iter().any(|w| w.message.contains("trailing commas")));
}
