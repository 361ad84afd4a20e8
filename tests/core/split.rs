//! One file read by several readers (`ingest::split`): the result is exactly one reader's —
//! same rows, same order, same offsets, same warnings, same summary — on every shape, with
//! cuts at many places, and parts are really adopted on clean files.

use std::fmt::Write as _;

use lantern::core::{
    ingest::split::{self, Cuts},
    model::{AuditField, Dataset, Log, SignInField, wire},
    query::view::cell_text,
    workspace::demo::{self, DemoConfig, Interactivity},
};

/// Everything a user could see of a dataset, as text (symbol numbers left out).
fn dump(ds: &Dataset) -> String {
    let mut out = String::new();
    for f in &ds.files {
        let _ = writeln!(
            out,
            "file {} | {} | {} | s{} a{} st{} d{} mt{} | {:?} | {:?} | {:?} | {:?} | {} | {}",
            f.name,
            f.format,
            f.format_id,
            f.signins,
            f.audits,
            f.steps,
            f.duplicates,
            f.missing_time,
            f.state,
            f.error,
            f.kind,
            f.header,
            f.bytes_done,
            f.warnings_dropped
        );
        for w in &f.warnings {
            let _ = writeln!(out, "  warning {:?} {:?} {:?} {}", w.severity, w.line, w.record, w.message);
        }
    }
    let t = Log::SignIns.table(ds);
    for row in 0..ds.signin_count() {
        let cells: Vec<String> =
            SignInField::ALL.iter().map(|f| cell_text(t, *f as usize, row, &ds.strings, 0)).collect();
        let src = ds.signins.src.get(row).unwrap();
        let _ = write!(out, "s {row} @{}:{}+{} {}", src.file, src.offset, src.len, cells.join("|"));
        for a in ds.ca_of(row) {
            let p = &ds.policies[a.policy as usize];
            let _ =
                write!(out, " ca[{} {} {}]", ds.strings.get(p.id), ds.strings.get(p.name), ds.strings.get(a.result));
        }
        out.push('\n');
    }
    let t = Log::Audits.table(ds);
    for row in 0..ds.audit_count() {
        let cells: Vec<String> =
            AuditField::ALL.iter().map(|f| cell_text(t, *f as usize, row, &ds.strings, 0)).collect();
        let src = ds.audits.src.get(row).unwrap();
        let _ = write!(out, "a {row} @{}:{}+{} {}", src.file, src.offset, src.len, cells.join("|"));
        for tg in ds.targets_of(row) {
            let _ = write!(out, " t[{} {} {}", ds.strings.get(tg.kind), ds.strings.get(tg.name), ds.strings.get(tg.id));
            for p in ds.props_of(tg) {
                let _ = write!(out, " {}={}>{}", ds.strings.get(p.name), ds.strings.get(p.old), ds.strings.get(p.new));
            }
            out.push(']');
        }
        for kv in ds.details_of(row) {
            let _ = write!(out, " d[{}={}]", ds.strings.get(kv.key), ds.strings.get(kv.value));
        }
        out.push('\n');
    }
    for i in 0..ds.steps.len() {
        let st = &ds.steps;
        let _ = writeln!(
            out,
            "step {:032x} {} {} {} {} {} {}",
            st.request[i],
            st.time[i],
            ds.strings.get(st.method[i]),
            ds.strings.get(st.detail[i]),
            st.succeeded[i],
            ds.strings.get(st.result[i]),
            ds.strings.get(st.requirement[i])
        );
    }
    out
}

/// One reader, as the app reads a file without parts.
fn one_reader(before: &[(&str, &[u8])], name: &str, bytes: &[u8]) -> Dataset {
    let mut ds = Dataset::new();
    for (n, b) in before {
        super::util::load_chunked(&mut ds, n, b, 1 << 16);
    }
    super::util::load_chunked(&mut ds, name, bytes, 1 << 16);
    ds
}

/// Several readers (parts read at once, one after the other), cut as `cuts` says.
fn in_parts(before: &[(&str, &[u8])], name: &str, bytes: &[u8], cuts: &Cuts) -> (Dataset, usize) {
    let mut ds = Dataset::new();
    for (n, b) in before {
        super::util::load_chunked(&mut ds, n, b, 1 << 16);
    }
    let read = |at: u64, n: u64| -> std::io::Result<Vec<u8>> {
        let a = (at as usize).min(bytes.len());
        Ok(bytes[a..(a + n as usize).min(bytes.len())].to_vec())
    };
    let mut read_mut = read;
    let owned = bytes.to_vec();
    let mut spawn = |job: split::PartJob| -> split::PartWait {
        let bytes = owned.clone();
        // Slices of an odd size, so that records are cut between slices inside a part too.
        let (part, report) = split::read_part(&job, 7_919, &mut |at, n| {
            let a = (at as usize).min(bytes.len());
            Ok(bytes[a..(a + n as usize).min(bytes.len())].to_vec())
        })
        .unwrap();
        // As between workers: the rows as one wire delta, the report as JSON.
        let delta = wire::encode_delta(&part, &mut wire::Watermark::default());
        let mut received = Dataset::new();
        wire::apply_delta(&mut received, &delta).unwrap();
        let report: split::PartReport = serde_json::from_str(&serde_json::to_string(&report).unwrap()).unwrap();
        Box::new(move || Ok((received, report)))
    };
    let out = split::load_in_parts(name, bytes.len() as u64, &mut read_mut, &mut ds, cuts, &mut spawn);
    if std::env::var_os("SPLIT_DEBUG").is_some() {
        eprintln!("{name} {cuts:?}: {out:?}");
    }
    (ds, out.adopted)
}

/// Compares one reader with parts at many cut positions; returns the most parts adopted.
fn same_in_parts(before: &[(&str, &[u8])], name: &str, bytes: &[u8]) -> usize {
    let expected = dump(&one_reader(before, name, bytes));
    let mut most = 0;
    let len = bytes.len() as u64;
    for parts in [2, 3, 4] {
        // Different first reads move every cut: many places, records cut at part edges. (A file
        // without a byte order mark is judged UTF-8 or not on its first 64 KiB: the first read
        // holds them.)
        for first in [66_000, 70_321, len / 7, len / 3 + 11] {
            let cuts = Cuts { parts, min_bytes: 0, first_bytes: first.max(66_000), min_part_bytes: 0, batch_rows: 97 };
            let (ds, adopted) = in_parts(before, name, bytes, &cuts);
            let got = dump(&ds);
            if got != expected {
                let (i, (a, b)) =
                    got.lines().zip(expected.lines()).enumerate().find(|(_, (a, b))| a != b).unwrap_or((0, ("", "")));
                panic!(
                    "{name}: {parts} parts after {first} bytes differ from one reader at line {i}:\n parts: {a}\n one:   {b}\n({} vs {} lines)",
                    got.lines().count(),
                    expected.lines().count()
                );
            }
            most = most.max(adopted);
        }
    }
    most
}

fn tenant(realistic: bool, pretty: bool) -> demo::Tenant {
    demo::generate(&DemoConfig {
        users: 30,
        days: 3,
        realistic,
        pretty,
        ca_policies: 3,
        target_signins: Some(1500),
        ..Default::default()
    })
}

fn write(f: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> Vec<u8> {
    let mut v = Vec::new();
    f(&mut v).unwrap();
    v
}

/// JSON lines and a Graph page from a JSON array of records.
fn reshaped(array: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let records: Vec<serde_json::Value> = serde_json::from_slice(array).unwrap();
    let mut lines = Vec::new();
    for r in &records {
        lines.extend_from_slice(serde_json::to_string(r).unwrap().as_bytes());
        lines.push(b'\n');
    }
    let page = serde_json::to_vec(&serde_json::json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns",
        "value": records,
        "@odata.nextLink": "https://graph.microsoft.com/v1.0/auditLogs/signIns?$skiptoken=x"
    }))
    .unwrap();
    (lines, page)
}

#[test]
fn every_clean_shape_reads_the_same_in_parts_and_parts_are_adopted() {
    for (realistic, pretty) in [(true, false), (true, true), (false, false)] {
        let t = tenant(realistic, pretty);
        let csv = write(|w| t.write_signins_csv(Interactivity::Interactive, w));
        let json = write(|w| t.write_signins_json(None, w));
        let audit_csv = write(|w| t.write_audit_csv(w));
        let audit_json = write(|w| t.write_audit_json(w));
        let steps = write(|w| t.write_auth_details_csv(w));
        let (lines, page) = reshaped(&json);
        for (name, bytes) in [
            ("signins.csv", &csv),
            ("signins.json", &json),
            ("audit.csv", &audit_csv),
            ("audit.json", &audit_json),
            ("steps.csv", &steps),
            ("signins.ndjson", &lines),
            ("page.json", &page),
        ] {
            let adopted = same_in_parts(&[], name, bytes);
            if bytes.len() > 200 * 1024 {
                assert!(adopted >= 1, "{name} (realistic {realistic}, pretty {pretty}): no part was adopted");
            }
        }
    }
}

#[test]
fn records_loaded_before_make_the_rest_read_by_one_reader_with_the_same_duplicates() {
    let t = tenant(true, false);
    let csv = write(|w| t.write_signins_csv(Interactivity::Interactive, w));
    let json = write(|w| t.write_signins_json(None, w));
    // The same sign-ins were loaded from the CSV first: every record of the JSON is a duplicate.
    same_in_parts(&[("first.csv", &csv)], "signins.json", &json);
    // The file itself twice in a row: the second half repeats the first.
    let mut twice = json[..json.len() - 2].to_vec();
    twice.extend_from_slice(b",\n");
    twice.extend_from_slice(&json[1..]);
    let twice = String::from_utf8(twice).unwrap().replace("]\n,\n", ",\n").into_bytes();
    same_in_parts(&[], "twice.json", &twice);
}

#[test]
fn damaged_records_near_the_cuts_give_one_readers_warnings() {
    let t = tenant(true, false);
    let csv = write(|w| t.write_signins_csv(Interactivity::Interactive, w));
    let json = write(|w| t.write_signins_json(None, w));
    // A quoted cell with line breaks, an unbalanced quote, a short row, a bad date, a cut-off
    // record: spread over the file so that some land in later parts.
    let mut lines: Vec<Vec<u8>> = csv.split(|&b| b == b'\n').map(|l| l.to_vec()).collect();
    let n = lines.len();
    lines[n / 3].extend_from_slice(b",\"multi\nline\ncell\"");
    lines[n / 2] = b"2026-01-01,short,row".to_vec();
    lines[2 * n / 3].insert(0, b'"');
    let bad = lines.join(&b'\n');
    same_in_parts(&[], "damaged.csv", &bad);
    let mut cut = json.clone();
    cut.truncate(json.len() * 4 / 5);
    same_in_parts(&[], "cut.json", &cut);
    let mut broken = json.clone();
    let at = json.len() * 3 / 4;
    broken[at] = b'#';
    same_in_parts(&[], "broken.json", &broken);
}

#[test]
fn slash_dates_in_a_later_part_wait_as_with_one_reader() {
    // Excel's re-save: dates like 3/4/2026 15:04, the order settled only near the end.
    let mut csv = String::from("Date (UTC),Request ID,User,Username,Application,IP address,Status\n");
    for i in 0..4000 {
        let (d, m) = if i == 3900 { (25, 3) } else { (1 + i % 12, 1 + (i / 12) % 12) };
        let _ = writeln!(
            csv,
            "{d}/{m}/2026 10:{:02},{:08x}-0000-4000-8000-000000000000,User {},u{}@contoso.com,Office 365,10.0.{}.{},Success",
            i % 60,
            i,
            i % 40,
            i % 40,
            i % 200,
            i % 250
        );
    }
    same_in_parts(&[], "excel.csv", csv.as_bytes());
}

#[test]
fn nested_objects_that_look_like_records_are_not_taken_for_record_starts() {
    // Compact JSON whose records and Conditional Access entries both start with {"id":.
    let t = demo::generate(&DemoConfig {
        users: 20,
        days: 2,
        realistic: true,
        ca_policies: 8,
        target_signins: Some(800),
        ..Default::default()
    });
    let json = write(|w| t.write_signins_json(None, w));
    assert!(String::from_utf8_lossy(&json).contains("[{\"id\":"), "the fixture has nested {{\"id\": objects");
    let adopted = same_in_parts(&[], "nested.json", &json);
    assert!(adopted >= 1);
}

#[test]
fn real_exports_read_the_same_in_parts() {
    let Some(dir) = super::util::shared_samples() else { return };
    let mut files = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if matches!(p.extension().and_then(|x| x.to_str()), Some("csv" | "json" | "jsonl" | "ndjson")) {
                files.push(p);
            }
        }
    }
    files.sort();
    assert!(!files.is_empty());
    for p in files {
        let bytes = std::fs::read(&p).unwrap();
        if bytes.len() > 4 << 20 {
            continue;
        }
        same_in_parts(&[], &p.file_name().unwrap().to_string_lossy(), &bytes);
    }
}

/// Where the time of a split load goes (run by hand: `LANTERN_SPLIT_FILE=FILE cargo test
/// --release --test core split::timing -- --ignored --nocapture`).
#[test]
#[ignore]
fn timing() {
    use std::time::Instant;
    let Some(path) = std::env::var_os("LANTERN_SPLIT_FILE") else { return };
    let bytes = std::fs::read(path).unwrap();
    let t = Instant::now();
    let one = one_reader(&[], "f", &bytes);
    eprintln!("one reader: {:?} ({} sign-ins)", t.elapsed(), one.signin_count());
    drop(one);
    let mut ds = Dataset::new();
    let mut ing = lantern::core::ingest::FileIngest::new("f", bytes.len() as u64, &mut ds);
    let half = bytes.len() / 2;
    let first = &bytes[..1 << 20];
    ing.feed(first, &mut ds);
    let sp = ing.splitter(first).unwrap();
    let start = sp.find_start(&bytes[half..], half as u64).unwrap() as usize;
    let job = split::PartJob {
        name: "f".into(),
        size: bytes.len() as u64,
        head: sp.head().to_vec(),
        start: start as u64,
        end: bytes.len() as u64,
    };
    let t = Instant::now();
    ing.feed(&bytes[1 << 20..start], &mut ds);
    eprintln!("first part: {:?}", t.elapsed());
    let t = Instant::now();
    let (part, report) =
        split::read_part(&job, 4 << 20, &mut |at, n| Ok(bytes[at as usize..(at + n) as usize].to_vec())).unwrap();
    eprintln!("second part: {:?}", t.elapsed());
    let t = Instant::now();
    let delta = wire::encode_delta(&part, &mut wire::Watermark::default());
    eprintln!("encode part: {:?} ({} MB)", t.elapsed(), delta.len() >> 20);
    let t = Instant::now();
    let mut received = Dataset::new();
    wire::apply_delta(&mut received, &delta).unwrap();
    eprintln!("decode part: {:?}", t.elapsed());
    let t = Instant::now();
    ing.adopt(&mut ds, received, report).unwrap();
    eprintln!("adopt: {:?}", t.elapsed());
    let t = Instant::now();
    let d = wire::encode_delta(&ds, &mut wire::Watermark::default());
    eprintln!("encode all for the page: {:?} ({} MB)", t.elapsed(), d.len() >> 20);
}

/// A part is at least `MIN_PART_BYTES`: a 43 MB file is read by two readers even where the
/// browser reports four cores; a file just over the split size by one.
#[test]
fn parts_are_never_smaller_than_the_minimum() {
    use lantern::core::ingest::split::{MIN_PART_BYTES, readers_for};
    assert_eq!(readers_for(43 << 20, 4, MIN_PART_BYTES), 2);
    assert_eq!(readers_for(283 << 20, 4, MIN_PART_BYTES), 4);
    assert_eq!(readers_for(20 << 20, 4, MIN_PART_BYTES), 1);
    assert_eq!(readers_for(1 << 20, 4, 0), 4);
    assert_eq!(readers_for(0, 0, MIN_PART_BYTES), 1);
}
