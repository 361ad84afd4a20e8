//! The malformed corpus (`tests/data/malformed/`, plus very large inputs generated here):
//! every file loads without a panic, keeps its good records, and explains each problem in
//! one sentence that names the file and the line or record.

use lantern::core::model::Log;
use lantern::core::{
    model::{Dataset, LoadState, Severity, SignInField as S, SourceFile, Warning},
    query::view::cell_text,
};

use super::util::{data, load, load_chunked};

fn malformed(name: &str) -> Vec<u8> {
    data(&format!("malformed/{name}"))
}

/// Loads `name` at several chunk sizes (the results must not depend on them) and returns
/// the dataset and file of the last run.
fn load_all_ways(name: &str, bytes: &[u8]) -> (Dataset, SourceFile) {
    let mut first: Option<(usize, usize, Vec<Warning>, Option<String>)> = None;
    let mut last = None;
    let sizes: &[usize] = if bytes.len() > 1 << 20 { &[65_536, (4 << 20) + 3] } else { &[1, 7, 4096, 1 << 20] };
    for &chunk in sizes {
        let mut ds = Dataset::new();
        let f = load_chunked(&mut ds, name, bytes, chunk);
        let sf = ds.files[f as usize].clone();
        let seen = (ds.signin_count(), ds.audit_count(), sf.warnings.clone(), sf.error.clone());
        match &first {
            None => first = Some(seen),
            Some(f0) => assert_eq!(f0, &seen, "{name}: chunk size {chunk} changes the result"),
        }
        last = Some((ds, sf));
    }
    last.unwrap()
}

/// The warning containing `needle`; checks it names the file and the place.
fn warning<'f>(f: &'f SourceFile, needle: &str, line: Option<u64>, record: Option<u64>) -> &'f Warning {
    let w = f
        .warnings
        .iter()
        .find(|w| w.message.contains(needle))
        .unwrap_or_else(|| panic!("{}: no warning with {needle:?}: {:?}", f.name, f.warnings));
    if line.is_some() {
        assert_eq!(w.line, line, "{}: line of {:?}", f.name, w.message);
    }
    if record.is_some() {
        assert_eq!(w.record, record, "{}: record of {:?}", f.name, w.message);
    }
    let text = f.describe(w);
    assert!(text.starts_with(&f.name), "{text}");
    if let Some(l) = line {
        assert!(text.contains(&format!("line {l}")), "the place is in the sentence: {text}");
    }
    if let Some(r) = record {
        assert!(
            text.contains(&format!("record {r}")) || line.is_some_and(|l| text.contains(&format!("line {l}"))),
            "{text}"
        );
    }
    w
}

fn error(f: &SourceFile, needle: &str) {
    assert_eq!(f.state, LoadState::Failed, "{}: {:?}", f.name, f);
    let e = f.error.as_deref().unwrap_or("");
    assert!(e.contains(needle), "{}: {e:?}", f.name);
}

fn user(ds: &Dataset, row: usize) -> String {
    cell_text(Log::SignIns.table(ds), S::User as usize, row, &ds.strings, 0)
}

#[test]
fn json_truncated_in_the_middle_of_a_record_keeps_the_records_before_it() {
    let (ds, f) = load_all_ways("truncated-mid-record.json", &malformed("truncated-mid-record.json"));
    assert_eq!(ds.signin_count(), 3);
    let w = warning(&f, "the file ends in the middle of a record", Some(32), Some(4));
    assert!(w.message.contains("truncated file?"), "{}", w.message);
    // Cut between two records: nothing is lost, and the message says so.
    let text = String::from_utf8(malformed("truncated-mid-record.json")).unwrap();
    let cut = &text[..text.rfind(",\n{").unwrap() + 1];
    let (ds, f) = load_all_ways("cut-between.json", cut.as_bytes());
    assert_eq!(ds.signin_count(), 3);
    warning(&f, "the file ends before the JSON is closed", None, None);
}

#[test]
fn json_trailing_commas_are_read_leniently() {
    let (ds, f) = load_all_ways("trailing-commas.json", &malformed("trailing-commas.json"));
    assert_eq!(ds.signin_count(), 2);
    assert_eq!(ds.ca_of(0).len(), 1, "the policy list with trailing commas is read");
    let w = warning(&f, "trailing commas", Some(4), Some(1));
    assert_eq!(w.severity, Severity::Info);
    assert!(f.error.is_none());
}

#[test]
fn utf16_with_bom_is_transcoded() {
    let (ds, f) = load_all_ways("utf16le-bom.csv", &malformed("utf16le-bom.csv"));
    assert_eq!(ds.signin_count(), 2);
    assert_eq!(user(&ds, 0), "Zoë Ærøskøbing");
    assert!(f.warnings.iter().all(|w| w.severity == Severity::Info), "{:?}", f.warnings);
}

#[test]
fn binary_empty_and_bom_only_files_get_one_sentence() {
    let (_, f) = load_all_ways("binary.png", &malformed("binary.png"));
    error(&f, "this is a binary file, not a text export");
    let (_, f) = load_all_ways("empty.csv", &malformed("empty.csv"));
    error(&f, "the file is empty");
    let (_, f) = load_all_ways("bom-only.csv", &malformed("bom-only.csv"));
    error(&f, "the file is empty");
    // Random bytes of every kind: never a panic, always a verdict.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for len in [1usize, 2, 3, 4, 5, 17, 300, 5000, 70_000] {
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect();
        let (ds, f) = load(&format!("random-{len}.bin"), &bytes);
        assert_eq!(ds.signin_count() + ds.audit_count(), 0);
        assert_ne!(f.state, LoadState::Loading, "{len}");
        assert!(f.error.is_some() || !f.warnings.is_empty(), "{len}: {f:?}");
    }
}

#[test]
fn header_only_csv() {
    let (ds, f) = load_all_ways("header-only.csv", &malformed("header-only.csv"));
    assert_eq!(ds.signin_count(), 0);
    assert!(f.error.is_none());
    warning(&f, "the file has a header line but no records", Some(1), None);
}

#[test]
fn duplicate_and_empty_header_names() {
    let (ds, f) = load_all_ways("duplicate-headers.csv", &malformed("duplicate-headers.csv"));
    assert_eq!(ds.signin_count(), 2);
    let upn = |r| cell_text(Log::SignIns.table(&ds), S::Upn as usize, r, &ds.strings, 0);
    assert_eq!(
        (upn(0), upn(1)),
        ("lee.park@fabrikam.example".to_owned(), "mia.wong@fabrikam.example".to_owned()),
        "the first non-empty copy wins"
    );
    warning(&f, "the header repeats column(s) userprincipalname", Some(1), None);
    warning(&f, "the header has empty column names", Some(1), None);
}

#[test]
fn a_missing_header_line_is_named() {
    let (ds, f) = load_all_ways("missing-header.csv", &malformed("missing-header.csv"));
    assert_eq!(ds.signin_count(), 0);
    error(
        &f,
        "this CSV has no header line: its first line (2024-03-01T10:01:00Z, 7c000000-0000-4000-8000-000000000001",
    );
}

#[test]
fn unbalanced_quotes_cost_one_line() {
    let (ds, f) = load_all_ways("unbalanced-quotes.csv", &malformed("unbalanced-quotes.csv"));
    assert_eq!(ds.signin_count(), 3, "rows 1, 3 and 4; row 2 is the broken one");
    let users: Vec<String> =
        (0..3).map(|r| cell_text(Log::SignIns.table(&ds), S::RequestId as usize, r, &ds.strings, 0)).collect();
    assert!(users.iter().all(|u| !u.ends_with("000000000002")), "{users:?}");
    warning(&f, "a quoted cell is never closed (unbalanced quote)", Some(3), None);
}

#[test]
fn ragged_rows_and_a_truncated_last_line() {
    let (ds, f) = load_all_ways("ragged-rows.csv", &malformed("ragged-rows.csv"));
    assert_eq!(ds.signin_count(), 3);
    warning(&f, "2 fields where the header has 9; the missing ones were left empty", Some(3), Some(2));
    warning(&f, "10 fields where the header has 9; the extra ones were ignored", Some(4), Some(3));
    warning(&f, "the file ends inside a quoted cell (truncated file?)", Some(5), None);
}

#[test]
fn nul_bytes_are_removed_or_cost_their_record() {
    let (ds, f) = load_all_ways("nul-bytes.csv", &malformed("nul-bytes.csv"));
    assert_eq!(ds.signin_count(), 3);
    assert_eq!(user(&ds, 1), "LeePark");
    warning(&f, "the record contains NUL bytes; they were removed", Some(3), Some(2));
    let (ds, f) = load_all_ways("nul-bytes.ndjson", &malformed("nul-bytes.ndjson"));
    assert_eq!(ds.signin_count(), 2);
    warning(&f, "is not valid JSON: control character", Some(2), Some(2));
}

#[test]
fn a_file_that_is_not_utf8_is_read_as_windows_1252() {
    // Excel's "CSV" on a Western Windows: "Zoë" is the byte 0xEB.
    let (ds, f) = load_all_ways("latin1.csv", &malformed("latin1.csv"));
    assert_eq!(ds.signin_count(), 3);
    assert_eq!(user(&ds, 1), "Zo\u{EB}");
    warning(&f, "read as Windows-1252", None, None);
    assert!(!f.warnings.iter().any(|w| w.message.contains("not valid UTF-8")), "{:?}", f.warnings);
}

#[test]
fn invalid_utf8_after_a_utf8_start_is_replaced_and_reported_once() {
    // The first 64 KiB decide the charset: a bad byte after them is a damaged UTF-8 file.
    let bytes = malformed("latin1.csv");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    let good = lines.next().unwrap();
    let mut file = format!("{header}\n");
    let n = 70_000 / good.len() + 1;
    for i in 0..n {
        file += &good.replace("7c000000-0000-4000-8000-000000000001", &format!("7c000000-0000-4000-8000-{i:012}"));
        file += "\n";
    }
    let mut bytes = file.into_bytes();
    bytes.extend_from_slice(b"\"2024-03-01T10:02:00Z\",\"7c000000-0000-4000-8000-999999999999\",\"Zo\xEB\",\"z@x.example\",\"Azure Portal\",\"198.51.100.2\",\"Oslo, Oslo, NO\",\"Success\",\"0\"\n");
    let (ds, f) = load_all_ways("damaged.csv", &bytes);
    assert_eq!(ds.signin_count(), n + 1);
    assert_eq!(user(&ds, n), "Zo\u{FFFD}");
    warning(&f, "not valid UTF-8", Some(n as u64 + 2), Some(n as u64 + 1));
}

#[test]
fn ndjson_broken_lines_and_garbage() {
    let (ds, f) = load_all_ways("broken-lines.ndjson", &malformed("broken-lines.ndjson"));
    assert_eq!(ds.signin_count(), 3);
    warning(&f, "record 2 (line 2) is not valid JSON", Some(2), Some(2));
    warning(&f, "record 3 (line 3) is not valid JSON", Some(3), Some(3));
    warning(&f, "record 5 (line 5): neither a sign-in nor an audit event", Some(5), Some(5));
}

#[test]
fn stray_values_and_text_between_arrays() {
    let (ds, f) = load_all_ways("stray-values.json", &malformed("stray-values.json"));
    assert_eq!(ds.signin_count(), 3);
    warning(&f, "record 2 (line 1) is a string, not an object", Some(1), Some(2));
    warning(&f, "record 5 (line 1) is an array, not an object", Some(1), Some(5));
    warning(&f, "unexpected 'g' at line 2", Some(2), None);
}

#[test]
fn very_deep_nesting_does_not_overflow_the_stack() {
    let (ds, _) = load_all_ways("deep-nesting.json", &malformed("deep-nesting.json"));
    assert_eq!(ds.signin_count(), 2);
    // Nesting where a field is read (not skipped): a warning for that record only.
    let deep = format!(
        "[{{\"id\":\"7d000000-0000-4000-8000-000000000061\",\"createdDateTime\":\"2024-03-01T11:00:00Z\",\"status\":{}1{}}},{{\"id\":\"7d000000-0000-4000-8000-000000000062\",\"createdDateTime\":\"2024-03-01T11:00:00Z\",\"userPrincipalName\":\"a@b.example\"}}]",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let (ds, f) = load("deeper.json", deep.as_bytes());
    assert_eq!(ds.signin_count(), 2, "skipped nesting is walked without recursion");
    assert!(f.warnings.is_empty(), "{:?}", f.warnings);
    // Nesting through the one field whose type contains itself (an envelope inside an
    // envelope…): only the first level is read, the rest is skipped without recursion.
    let nested = format!(
        "{}{{\"createdDateTime\":\"2024-03-01T11:00:00Z\"}}{}\n{{\"id\":\"7d000000-0000-4000-8000-000000000063\",\"createdDateTime\":\"2024-03-01T11:00:00Z\",\"userPrincipalName\":\"a@b.example\"}}\n",
        "{\"properties\":".repeat(50_000),
        "}".repeat(50_000)
    );
    let (ds, f) = load("envelopes.json", nested.as_bytes());
    assert_eq!(ds.signin_count(), 1, "{:?}", f.warnings);
    warning(&f, "record 1 (line 1): neither a sign-in nor an audit event", Some(1), Some(1));
}

const HEADER: &str = "\"Date (UTC)\",\"Request ID\",\"User agent\",\"User\",\"Username\",\"Application\",\"Status\"";

fn csv_row(i: u32, agent: &str) -> String {
    format!(
        "\"2024-03-01T10:{i:02}:00Z\",\"7e000000-0000-4000-8000-{i:012}\",\"{agent}\",\"Lee Park\",\"lee.park@fabrikam.example\",\"Azure Portal\",\"Success\""
    )
}

#[test]
fn a_10_mb_cell_is_kept_whole() {
    let cell = "A".repeat(10 << 20);
    let text = format!("{HEADER}\r\n{}\r\n{}\r\n", csv_row(1, "x"), csv_row(2, &cell));
    let (ds, f) = load_all_ways("big-cell.csv", text.as_bytes());
    assert_eq!(ds.signin_count(), 2);
    assert_eq!(cell_text(Log::SignIns.table(&ds), S::UserAgent as usize, 1, &ds.strings, 0).len(), 10 << 20);
    assert!(f.warnings.is_empty(), "{:?}", f.warnings);
    let json = format!(
        "[{{\"id\":\"7e000000-0000-4000-8000-000000000003\",\"createdDateTime\":\"2024-03-01T10:00:00Z\",\"userAgent\":\"{cell}\"}},{{\"id\":\"7e000000-0000-4000-8000-000000000004\",\"createdDateTime\":\"2024-03-01T10:00:00Z\",\"userAgent\":\"y\"}}]"
    );
    let (ds, f) = load_all_ways("big-cell.json", json.as_bytes());
    assert_eq!(ds.signin_count(), 2);
    assert_eq!(cell_text(Log::SignIns.table(&ds), S::UserAgent as usize, 0, &ds.strings, 0).len(), 10 << 20);
    assert!(f.warnings.is_empty(), "{:?}", f.warnings);
}

#[test]
fn a_100_mb_line_without_a_newline_is_skipped_with_a_message() {
    let huge = "B".repeat(100 << 20);
    // In the middle of a CSV, then at its end (no newline after it).
    for tail in ["\r\n".to_owned() + &csv_row(3, "z") + "\r\n", String::new()] {
        let text = format!("{HEADER}\r\n{}\r\n{huge}{tail}", csv_row(1, "x"));
        let (ds, f) = load_all_ways("huge-line.csv", text.as_bytes());
        assert_eq!(ds.signin_count(), if tail.is_empty() { 1 } else { 2 });
        warning(&f, "the line is longer than 64 MiB", Some(3), None);
        assert!(f.error.is_none());
    }
    // As the very first line: no header can be read.
    let (_, f) = load_all_ways("huge-first-line.csv", huge.as_bytes());
    error(&f, "line 1: the first line is longer than 64 MiB");
    // A JSON line of 100 MB in NDJSON, and a 100 MB record in an array.
    let good = |i: u32| {
        format!(
            "{{\"id\":\"7e000000-0000-4000-8000-{i:012}\",\"createdDateTime\":\"2024-03-01T10:00:00Z\",\"userPrincipalName\":\"a@b.example\"}}"
        )
    };
    let text = format!("{}\n{{\"id\":\"x\",\"userAgent\":\"{huge}\"}}\n{}\n", good(5), good(6));
    let (ds, f) = load_all_ways("huge-line.ndjson", text.as_bytes());
    assert_eq!(ds.signin_count(), 2);
    warning(&f, "record 2 (line 2) is larger than 64 MiB", Some(2), Some(2));
    let text = format!("[{},{{\"id\":\"x\",\"userAgent\":\"{huge}\"}},{}]", good(7), good(8));
    let (ds, f) = load_all_ways("huge-record.json", text.as_bytes());
    assert_eq!(ds.signin_count(), 2);
    warning(&f, "record 2 (line 1) is larger than 64 MiB", Some(1), Some(2));
}
