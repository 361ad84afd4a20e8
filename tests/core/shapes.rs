//! The remaining export shapes: the Log Analytics REST response, an aggregated hunting
//! result, PowerShell (Graph SDK) CSV and JSON, Graph pages split over files, and every
//! one of them inside .gz / .zip and as UTF-16. Fixtures are in `tests/data/` (written for
//! these tests); archives and re-encodings are built here.

use lantern::core::model::Log;
use std::io::Write as _;

use lantern::core::{
    ingest::{load_bytes, raw::view_record},
    model::{AuditField as A, Dataset, LoadState, Severity, SignInField as S},
    query::view::cell_text,
};

use super::util::{data, load, load_chunked};

fn s(ds: &Dataset, f: S, row: usize) -> String {
    cell_text(Log::SignIns.table(ds), f as usize, row, &ds.strings, 0)
}

fn a(ds: &Dataset, f: A, row: usize) -> String {
    cell_text(Log::Audits.table(ds), f as usize, row, &ds.strings, 0)
}

/// Row of the sign-in with request id `id`.
fn row_of(ds: &Dataset, id: &str) -> usize {
    (0..ds.signin_count()).find(|&r| s(ds, S::RequestId, r) == id).unwrap_or_else(|| panic!("no sign-in {id}"))
}

fn no_warnings_above_info(f: &lantern::core::model::SourceFile) {
    let bad: Vec<_> = f.warnings.iter().filter(|w| w.severity > Severity::Info).collect();
    assert!(bad.is_empty(), "{}: {bad:?}", f.name);
}

#[test]
fn log_analytics_rest_rows_stream_as_records_at_any_chunk_size() {
    let bytes = data("la-rest-response.json");
    for chunk in [1, 5, 64, 1 << 20] {
        let mut ds = Dataset::new();
        let file = load_chunked(&mut ds, "query.json", &bytes, chunk);
        let f = &ds.files[file as usize];
        assert_eq!(f.format_id, "log-analytics-api", "chunk {chunk}");
        assert!(f.format.starts_with("Log Analytics API response"), "{}", f.format);
        no_warnings_above_info(f);
        assert_eq!((f.signins, f.audits), (3, 1), "chunk {chunk}: one record per row, both tables");
        assert_eq!((ds.signin_count(), ds.audit_count()), (3, 1));

        let r = row_of(&ds, "a1000000-0000-4000-8000-000000000001");
        assert_eq!(s(&ds, S::Time, r), "2024-05-06 07:08:09", "CreatedDateTime wins over TimeGenerated");
        assert_eq!(s(&ds, S::Upn, r), "kim.ortiz@fabrikam.example");
        assert_eq!(s(&ds, S::App, r), "Office 365 Exchange Online");
        assert_eq!(s(&ds, S::Code, r), "50126");
        assert_eq!(s(&ds, S::Status, r), "Failure");
        assert_eq!(s(&ds, S::Location, r), "Lisbon, Lisboa, PT", "dynamic column given as JSON text");
        assert!((s(&ds, S::Lat, r).parse::<f64>().unwrap() - 38.72).abs() < 0.01);
        assert_eq!(s(&ds, S::Latency, r), "112");
        assert_eq!(ds.ca_of(r).len(), 1);
        assert_eq!(ds.strings.get(ds.policies[ds.ca_of(r)[0].policy as usize].name), "Block legacy auth");
        assert_eq!(s(&ds, S::EventType, r), "Interactive");

        let r = row_of(&ds, "a1000000-0000-4000-8000-000000000003");
        assert_eq!(s(&ds, S::EventType, r), "Non-interactive", "Type column = AADNonInteractiveUserSignInLogs");
        assert_eq!(s(&ds, S::User, r), "", "null value");
        assert_eq!(s(&ds, S::Status, r), "Success");

        assert_eq!(a(&ds, A::Activity, 0), "Add member to role");
        assert_eq!(a(&ds, A::Actor, 0), "kim.ortiz@fabrikam.example");
        assert_eq!(a(&ds, A::Targets, 0), "Global Administrator");
        assert_eq!(a(&ds, A::Time, 0), "2024-05-06 08:00:00");
    }
}

#[test]
fn a_log_analytics_row_is_re_read_with_its_column_names() {
    let bytes = data("la-rest-response.json");
    let (ds, f) = load("query.json", &bytes);
    let src = ds.signins.src.get(row_of(&ds, "a1000000-0000-4000-8000-000000000002")).unwrap();
    let raw = &bytes[src.offset as usize..src.offset as usize + src.len as usize];
    assert!(raw.starts_with(b"[") && raw.ends_with(b"]"), "the row's own bytes");
    let view = view_record(&f, raw).unwrap();
    assert!(view.fields.iter().any(|(k, v)| k == "AppDisplayName" && v == "Azure Portal"), "{:?}", view.fields);
    assert!(view.fields.iter().any(|(k, v)| k == "LocationDetails.city" && v == "Lisbon"), "{:?}", view.fields);
}

#[test]
fn log_analytics_rows_before_their_columns_are_reported_not_guessed() {
    let text = r#"{"tables":[{"name":"PrimaryResult","rows":[["2024-01-01T00:00:00Z","x@y.example"]],"columns":[{"name":"TimeGenerated","type":"datetime"},{"name":"UserPrincipalName","type":"string"}]}]}"#;
    let (ds, f) = load("odd.json", text.as_bytes());
    assert_eq!(ds.signin_count(), 0);
    assert!(
        f.warnings
            .iter()
            .any(|w| w.message.contains("\"columns\" were not given before its \"rows\"") && w.record == Some(1)),
        "{:?}",
        f.warnings
    );
    assert!(f.error.is_some(), "nothing could be read: {f:?}");
    // A row with fewer values than columns: kept, with a warning.
    let text = r#"{"tables":[{"name":"PrimaryResult","columns":[{"name":"CreatedDateTime","type":"datetime"},{"name":"UserPrincipalName","type":"string"},{"name":"AppDisplayName","type":"string"}],"rows":[["2024-01-01T00:00:00Z","x@y.example"]]}]}"#;
    let (ds, f) = load("short.json", text.as_bytes());
    assert_eq!(ds.signin_count(), 1);
    assert!(
        f.warnings.iter().any(|w| w.message.contains("2 values where the table has 3 columns")),
        "{:?}",
        f.warnings
    );
}

#[test]
fn an_aggregated_hunting_result_is_refused_naming_the_missing_columns() {
    let (ds, f) = load("disabled-accounts-hunting.csv", &data("hunting-aggregated.csv"));
    assert_eq!(ds.signin_count() + ds.audit_count(), 0);
    assert_eq!(f.state, LoadState::Failed);
    let e = f.error.clone().unwrap();
    assert!(e.contains("without sign-in or audit rows"), "{e}");
    for missing in [
        "CreatedDateTime or TimeGenerated",
        "UserPrincipalName",
        "AppDisplayName or AppId",
        "ResultType or Status",
        "ActivityDisplayName",
    ] {
        assert!(e.contains(missing), "names {missing:?}: {e}");
    }
    assert!(e.contains("StartTime [UTC], EndTime [UTC], IPAddress"), "shows the header it saw: {e}");
}

#[test]
fn a_log_analytics_csv_missing_some_required_columns_is_read_leniently() {
    let csv = "CreatedDateTime [UTC],UserPrincipalName,IPAddress\r\n\"5/2/2024, 9:14:02.000 AM\",kim.ortiz@fabrikam.example,203.0.113.77\r\n";
    let (ds, f) = load("projected.csv", csv.as_bytes());
    assert!(f.error.is_none(), "{:?}", f.error);
    assert_eq!(ds.signin_count(), 1);
    assert_eq!(s(&ds, S::Time, 0), "2024-05-02 09:14:02");
    assert_eq!(s(&ds, S::Ip, 0), "203.0.113.77");
    let w = f.warnings.iter().find(|w| w.message.contains("the header lacks")).expect("says what is missing");
    assert!(
        w.message.contains("AppDisplayName or AppId") && w.message.contains("ResultType or Status"),
        "{}",
        w.message
    );
    assert_eq!(w.severity, Severity::Info);
}

#[test]
fn powershell_export_csv_with_type_names_loads_what_it_has() {
    let (ds, f) = load("Entra_Sign_In_Log_ana.csv", &data("powershell-signins.csv"));
    assert!(f.error.is_none(), "{:?}", f.error);
    assert_eq!(f.format_id, "graph-csv");
    assert_eq!(ds.signin_count(), 2);
    let r = row_of(&ds, "d4000000-0000-4000-8000-000000000001");
    assert_eq!(s(&ds, S::Time, r), "2024-01-01 00:00:00", "culture-formatted DateTime");
    assert_eq!(s(&ds, S::Upn, r), "ana.silva@fabrikam.example");
    assert_eq!(s(&ds, S::App, r), "Microsoft Teams");
    assert_eq!(s(&ds, S::Ip, r), "192.0.2.44");
    assert_eq!(s(&ds, S::Ca, r), "Success");
    // The type names are not values.
    assert_eq!(s(&ds, S::Location, r), "");
    assert_eq!(s(&ds, S::Country, r), "");
    assert_eq!(s(&ds, S::RiskEventTypes, r), "");
    assert_eq!(ds.ca_of(r).len(), 0, "no phantom policy from the type name");
    let r = row_of(&ds, "d4000000-0000-4000-8000-000000000002");
    assert_eq!(s(&ds, S::Time, r), "2024-01-02 13:30:15");
    assert_eq!(s(&ds, S::App, r), "Microsoft.Azure.SyncFabric", "a dotted app name is a value, not a type name");
    assert_eq!(s(&ds, S::EventType, r), "Non-interactive", "IsInteractive False");
    let msgs: Vec<&str> = f.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(msgs.iter().any(|m| m.contains("\"#TYPE\" line was skipped")), "{msgs:?}");
    let tn = f.warnings.iter().find(|w| w.message.contains(".NET type names")).expect("type names reported once");
    assert!(tn.message.contains("Status") && tn.message.contains("Location"), "{}", tn.message);
    assert_eq!(f.warnings.iter().filter(|w| w.message.contains(".NET type names")).count(), 1);
    no_warnings_above_info(&f);
}

fn check_powershell_json(ds: &Dataset) {
    assert_eq!((ds.signin_count(), ds.audit_count()), (2, 1));
    let r = row_of(ds, "d4000000-0000-4000-8000-000000000011");
    assert_eq!(s(ds, S::Time, r), "2024-01-01 00:00:00", "\\/Date(ms)\\/");
    assert_eq!(s(ds, S::Upn, r), "ana.silva@fabrikam.example");
    assert_eq!(s(ds, S::Location, r), "Porto, Porto, PT");
    assert_eq!(s(ds, S::Lat, r), "", "GeoCoordinates past ConvertTo-Json's depth is a type name");
    assert_eq!(s(ds, S::Browser, r), "Rich Client 5.2.0");
    assert_eq!(s(ds, S::Status, r), "Success");
    assert_eq!(s(ds, S::StatusDetail, r), "MFA requirement satisfied by claim in the token");
    assert_eq!(s(ds, S::RiskEventTypes, r), "unfamiliarFeatures", "RiskEventTypesV2 (no underscore)");
    assert_eq!(s(ds, S::RiskDuring, r), "medium");
    assert_eq!(ds.ca_of(r).len(), 1);
    let p = &ds.policies[ds.ca_of(r)[0].policy as usize];
    assert_eq!((ds.strings.get(p.name), ds.strings.get(p.grant)), ("Require MFA for admins", "Mfa"));
    let r = row_of(ds, "d4000000-0000-4000-8000-000000000012");
    assert_eq!(s(ds, S::Time, r), "2024-01-01 01:00:00", "DateTime with notes: {{value, DisplayHint, DateTime}}");
    assert_eq!(s(ds, S::Code, r), "50126");
    assert_eq!(s(ds, S::Status, r), "Failure");
    assert_eq!(s(ds, S::Location, r), "", "type name, not a country");
    assert_eq!(s(ds, S::RiskEventTypes, r), "");
    assert_eq!(a(ds, A::Time, 0), "2024-01-01 02:00:00");
    assert_eq!(a(ds, A::Activity, 0), "Update user");
    assert_eq!(a(ds, A::Actor, 0), "ana.silva@fabrikam.example");
    assert_eq!(a(ds, A::Targets, 0), "bo.chen@fabrikam.example");
    let t = ds.targets_of(0);
    assert_eq!(ds.strings.get(ds.props_of(&t[0])[0].new), "[false]");
    assert_eq!(ds.strings.get(ds.details_of(0)[0].key), "UserType");
}

#[test]
fn powershell_json_pascal_case_dotnet_dates_and_concatenated_arrays() {
    let bytes = data("powershell-signins.json");
    for chunk in [1, 13, 1 << 20] {
        let mut ds = Dataset::new();
        let file = load_chunked(&mut ds, "Entra_Sign_In_Log_ana.json", &bytes, chunk);
        let f = &ds.files[file as usize];
        assert!(f.error.is_none(), "{:?}", f.error);
        assert_eq!(f.format_id, "portal-json");
        no_warnings_above_info(f);
        check_powershell_json(&ds);
    }
}

fn utf16(text: &[u8], le: bool) -> Vec<u8> {
    let text = std::str::from_utf8(text).unwrap();
    let mut out = if le { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
    for u in text.encode_utf16() {
        out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

#[test]
fn utf16_files_as_windows_powershell_writes_them() {
    for le in [true, false] {
        let bytes = utf16(&data("powershell-signins.json"), le);
        for chunk in [1, 3, 4096] {
            let mut ds = Dataset::new();
            let file = load_chunked(&mut ds, "out.json", &bytes, chunk);
            let f = &ds.files[file as usize];
            assert!(f.warnings.iter().any(|w| w.message.contains("UTF-16")), "{:?}", f.warnings);
            check_powershell_json(&ds);
        }
        // CSV too, with non-ASCII text and a character outside the BMP (a surrogate pair).
        let csv = "CreatedDateTime,UserPrincipalName,UserDisplayName,AppDisplayName,ResultType\r\n2024-01-01T00:00:00Z,zoë@fabrikam.example,Zoë 🦊 Ærøskøbing,Azure Portal,0\r\n";
        let bytes = utf16(csv.as_bytes(), le);
        for chunk in [1, 2, 3, 5, 1000] {
            let mut ds = Dataset::new();
            load_chunked(&mut ds, "out.csv", &bytes, chunk);
            assert_eq!(ds.signin_count(), 1);
            assert_eq!(s(&ds, S::User, 0), "Zoë 🦊 Ærøskøbing", "le={le} chunk={chunk}");
            assert_eq!(s(&ds, S::Upn, 0), "zoë@fabrikam.example");
        }
    }
}

#[test]
fn graph_pages_split_over_many_files_load_as_one_set() {
    let pages = [data("graph-page-1.json"), data("graph-page-2.json"), data("graph-page-3.json")];
    for order in [[0, 1, 2], [2, 0, 1], [1, 2, 0]] {
        let mut ds = Dataset::new();
        for &k in &order {
            let file = load_bytes(&format!("signIns-page-{}.json", k + 1), &pages[k], &mut ds);
            let f = &ds.files[file as usize];
            assert_eq!(f.format_id, "graph-json");
            assert!(f.warnings.is_empty(), "{:?}", f.warnings);
        }
        assert_eq!(ds.signin_count(), 7, "pages of 3 + 3 + 2, one record repeated on two pages");
        let dups: u64 = ds.files.iter().map(|f| f.duplicates).sum();
        assert_eq!(dups, 1);
        let r = row_of(&ds, "9a000000-0000-4000-8000-000000000004");
        assert_eq!(s(&ds, S::Code, r), "50126");
        assert_eq!(s(&ds, S::Status, r), "Failure");
        assert_eq!(s(&ds, S::Country, r), "NO");
    }
    // The same pages appended to one file (Out-File -Append of each response).
    let mut one = Vec::new();
    for p in &pages {
        one.extend_from_slice(p);
    }
    for chunk in [1, 100, 1 << 20] {
        let mut ds = Dataset::new();
        let file = load_chunked(&mut ds, "all-pages.json", &one, chunk);
        let f = &ds.files[file as usize];
        assert_eq!((f.signins, f.duplicates), (7, 1), "chunk {chunk}");
        assert!(f.warnings.is_empty(), "{:?}", f.warnings);
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn gzip_files_load_like_the_plain_file_even_split_and_concatenated() {
    let plain = data("powershell-signins.json");
    let gz = gzip(&plain);
    for chunk in [1, 7, 1 << 20] {
        let mut ds = Dataset::new();
        let file = load_chunked(&mut ds, "Entra_Sign_In_Log_ana.json.gz", &gz, chunk);
        let f = &ds.files[file as usize];
        assert!(f.compressed);
        assert!(f.error.is_none() && f.warnings.iter().all(|w| w.severity == Severity::Info), "{f:?}");
        check_powershell_json(&ds);
    }
    // `cat a.gz b.gz`: two members, one stream.
    let la = data("la-rest-response.json");
    let pages = [data("graph-page-1.json"), data("graph-page-3.json")];
    let mut two = gzip(&pages[0]);
    two.extend_from_slice(&gzip(&pages[1]));
    let (ds, f) = load("pages.json.gz", &two);
    assert_eq!((ds.signin_count(), f.warnings.len()), (5, 0), "{:?}", f.warnings);
    // Truncated: the records read so far stay, with a warning.
    let big: Vec<u8> = la.iter().copied().chain(std::iter::repeat_n(b' ', 1 << 16)).collect();
    let gz = gzip(&big);
    let (_, f) = load("cut.json.gz", &gz[..gz.len() - 20]);
    assert!(f.warnings.iter().any(|w| w.message.contains(".gz data ends early")), "{:?}", f.warnings);
    // Corrupt deflate data: a clear file-level message, no panic.
    let mut bad = gzip(&la);
    for b in bad.iter_mut().skip(12).take(40) {
        *b ^= 0x5a;
    }
    let (_, f) = load("bad.json.gz", &bad);
    assert!(f.error.as_deref().unwrap_or("").contains(".gz data is corrupt"), "{f:?}");
}

/// A zip archive written by hand: `(name, bytes, deflate?, data descriptor?)` per member.
fn zip(members: &[(&str, &[u8], bool, bool)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes, deflate, descriptor) in members {
        let mut crc = flate2::Crc::new();
        crc.update(bytes);
        let crc = crc.sum();
        let body = if *deflate {
            let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all(bytes).unwrap();
            e.finish().unwrap()
        } else {
            bytes.to_vec()
        };
        let offset = out.len() as u32;
        let flags: u16 = if *descriptor { 0x08 } else { 0 };
        let method: u16 = if *deflate { 8 } else { 0 };
        let (hcrc, hc, hu) = if *descriptor { (0, 0, 0) } else { (crc, body.len() as u32, bytes.len() as u32) };
        out.extend_from_slice(b"PK\x03\x04");
        for v in [20u16, flags, method, 0, 0] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for v in [hcrc, hc, hu] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&body);
        if *descriptor {
            out.extend_from_slice(b"PK\x07\x08");
            for v in [crc, body.len() as u32, bytes.len() as u32] {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        central.extend_from_slice(b"PK\x01\x02");
        for v in [20u16, 20, flags, method, 0, 0] {
            central.extend_from_slice(&v.to_le_bytes());
        }
        for v in [crc, body.len() as u32, bytes.len() as u32] {
            central.extend_from_slice(&v.to_le_bytes());
        }
        for v in [name.len() as u16, 0, 0, 0, 0] {
            central.extend_from_slice(&v.to_le_bytes());
        }
        central.extend_from_slice(&0u32.to_le_bytes());
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    let n = members.len() as u16;
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06");
    for v in [0u16, 0, n, n] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[test]
fn zip_members_are_files_of_their_own() {
    let json = data("powershell-signins.json");
    let la = data("la-rest-response.json");
    let csv = data("powershell-signins.csv");
    let archive = zip(&[
        ("export/", b"", false, false),
        ("export/signins.json", &json, true, true),
        ("export/query.json", &la, false, false),
        ("__MACOSX/export/._signins.json", b"\x00\x05\x16\x07junk", false, false),
        ("export/ps.csv", &csv, true, false),
    ]);
    for chunk in [1, 9, 1 << 20] {
        let mut ds = Dataset::new();
        let outer = load_chunked(&mut ds, "logs.zip", &archive, chunk);
        let names: Vec<&str> = ds.files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            ["logs.zip", "logs.zip › export/signins.json", "logs.zip › export/query.json", "logs.zip › export/ps.csv"],
            "chunk {chunk}"
        );
        assert_eq!(ds.files[outer as usize].format, "zip archive (3 members)");
        assert!(ds.files.iter().all(|f| f.state == LoadState::Done && f.error.is_none()), "{:?}", ds.files);
        let counts: Vec<(u64, u64)> = ds.files.iter().skip(1).map(|f| (f.signins, f.audits)).collect();
        assert_eq!(counts, [(2, 1), (3, 1), (2, 0)]);
        assert_eq!(ds.files[2].format_id, "log-analytics-api");
        assert_eq!(ds.files[3].format_id, "graph-csv");
    }
    // A truncated archive keeps what it read and says so.
    let stored = zip(&[("query.json", &la, false, false)]);
    let mut ds = Dataset::new();
    load_bytes("cut.zip", &stored[..stored.len() * 2 / 3], &mut ds);
    let member = &ds.files[1];
    assert!(
        member.warnings.iter().any(|w| w.message.contains("ends in the middle of this member")),
        "{:?}",
        member.warnings
    );
    assert!(member.signins > 0, "the rows before the cut are kept");
}

/// Every record of a file read through a decoder is found again by `Reread` — the same bytes
/// the plain file holds at that record's range — fed in any chunk size.
#[test]
fn records_inside_gz_zip_utf16_and_windows_1252_are_found_again() {
    use lantern::core::ingest::raw::Reread;
    let json = data("powershell-signins.json");
    let csv = data("powershell-signins.csv");
    let reread = |outer: &str, bytes: &[u8], member: u16, offset: u64, chunk: usize| {
        let mut r = Reread::new(outer, member, offset);
        for c in bytes.chunks(chunk) {
            if let Some(b) = r.feed(c) {
                return Some(b);
            }
        }
        r.finish()
    };
    // (outer name, outer bytes, plain text of the wanted file, its index after the outer file)
    let gz = gzip(&json);
    let archive = zip(&[
        ("a/readme.txt", b"hello", true, false),
        ("a/signins.json", &json, true, true),
        ("a/ps.csv", &csv, false, false),
    ]);
    let win: Vec<u8> =
        String::from_utf8_lossy(&csv).chars().map(|c| if (c as u32) < 256 { c as u8 } else { b'?' }).collect();
    let cases: Vec<(&str, Vec<u8>, Vec<u8>, u16)> = vec![
        ("signins.json.gz", gz, json.clone(), 0),
        ("logs.zip", archive.clone(), json.clone(), 2),
        ("logs.zip", archive, csv.clone(), 3),
        ("signins-utf16.json", utf16(&json, true), json.clone(), 0),
        ("signins-ansi.csv", win.iter().map(|&b| if b == b'?' { b'?' } else { b }).collect(), csv.clone(), 0),
    ];
    for (name, bytes, plain, member) in cases {
        let mut ds = Dataset::new();
        let outer = load_chunked(&mut ds, name, &bytes, 1 << 16);
        let file = outer + member;
        let rows: Vec<usize> = (0..ds.signin_count()).filter(|&r| ds.signins.src.file[r] == file).collect();
        assert!(!rows.is_empty(), "{name} #{member}: {:?}", ds.files);
        for &r in &rows {
            let s = ds.signins.src.get(r).unwrap();
            for chunk in [7, 4096, 1 << 20] {
                let got = reread(name, &bytes, member, s.offset, chunk)
                    .unwrap_or_else(|| panic!("{name} row {r} not found again"));
                if name.ends_with("-ansi.csv") || name.contains("utf16") {
                    // The decoded stream is UTF-8: compare as text with the plain file's record.
                    let text = String::from_utf8_lossy(&got);
                    assert!(String::from_utf8_lossy(&plain).contains(text.trim_end()), "{name} row {r}: {text}");
                } else {
                    assert_eq!(got, plain[s.offset as usize..s.offset as usize + s.len as usize], "{name} row {r}");
                }
                assert!(view_record(&ds.files[file as usize], &got).is_ok());
            }
        }
    }
}
