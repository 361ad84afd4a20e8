//! The worker → page delta round trip: what the page ends up with equals a direct load.

use lantern::core::model::Log;
use lantern::core::{
    ingest::FileIngest,
    model::{Dataset, SignInField, wire},
    query::view::cell_text,
    workspace::demo,
};

#[test]
fn page_mirror_equals_direct_load_for_the_demo_tenant() {
    let tenant = demo::generate(&demo::DemoConfig { users: 40, days: 5, ..Default::default() });
    let files = tenant.demo_files();

    let mut direct = Dataset::new();
    for (name, bytes) in &files {
        super::util::load_chunked(&mut direct, name, bytes, 1 << 20);
    }

    // The worker: a dataset whose rows are shipped and cleared after every chunk.
    let (_, page) = super::util::load_like_worker(files.iter().map(|(n, b)| (n.as_str(), &b[..])), 7_777);
    assert_eq!(page.signin_count(), direct.signin_count());
    assert_eq!(page.audit_count(), direct.audit_count());
    assert_eq!(page.steps.len(), direct.steps.len());
    assert_eq!(page.policies.len(), direct.policies.len());
    for row in (0..page.signin_count()).step_by(97) {
        for f in SignInField::ALL {
            let a = cell_text(Log::SignIns.table(&page), *f as usize, row, &page.strings, 0);
            let b = cell_text(Log::SignIns.table(&direct), *f as usize, row, &direct.strings, 0);
            assert_eq!(a, b, "row {row} field {f:?}");
        }
        assert_eq!(page.ca_of(row).len(), direct.ca_of(row).len());
    }
}

#[test]
fn a_lost_delta_is_an_error_not_corruption() {
    let mut worker = Dataset::new();
    let mut mark = wire::Watermark::default();
    let (name, bytes) = &demo::generate(&demo::DemoConfig { users: 20, days: 2, ..Default::default() }).demo_files()[1];
    let mut ing = FileIngest::new(name, bytes.len() as u64, &mut worker);
    ing.feed(&bytes[..bytes.len() / 2], &mut worker);
    let _first = wire::encode_delta(&worker, &mut mark);
    worker.clear_rows();
    ing.feed(&bytes[bytes.len() / 2..], &mut worker);
    let second = wire::encode_delta(&worker, &mut mark);
    let mut page = Dataset::new();
    assert!(matches!(wire::apply_delta(&mut page, &second), Err(wire::WireError::OutOfOrder { .. })));
}

#[test]
fn a_restarted_worker_continues_from_the_page_state() {
    let files = demo::generate(&demo::DemoConfig { users: 30, days: 3, ..Default::default() }).demo_files();
    let mut worker = Dataset::new();
    let mut mark = wire::Watermark::default();
    let mut page = Dataset::new();
    // First file through the first worker.
    let (name, bytes) = &files[0];
    super::util::load_chunked(&mut worker, name, bytes, 1 << 16);
    wire::apply_delta(&mut page, &wire::encode_delta(&worker, &mut mark)).unwrap();
    page.files.clone_from(&worker.files); // The bridge mirrors the file list like this.
    // The worker dies; a new one is rebuilt from the page.
    let (mut worker, mut mark) = wire::apply_state(&wire::encode_state(&page)).unwrap();
    for (name, bytes) in &files {
        super::util::load_chunked(&mut worker, name, bytes, 1 << 16);
        wire::apply_delta(&mut page, &wire::encode_delta(&worker, &mut mark)).unwrap();
        worker.clear_rows();
        page.files.clone_from(&worker.files);
    }
    let mut direct = Dataset::new();
    for (name, bytes) in &files {
        super::util::load_chunked(&mut direct, name, bytes, 1 << 16);
    }
    // The first file was loaded twice: its second copy is all duplicates.
    assert_eq!(page.signin_count(), direct.signin_count());
    assert_eq!(page.audit_count(), direct.audit_count());
    assert_eq!(page.files.len(), files.len() + 1);
    assert_eq!(page.files[1].duplicates, page.files[0].signins);
}

/// Fuzzing found it (`wire` target): a delta whose row count was damaged made the page
/// allocate for billions of rows before reading any of them. Every one-byte damage of a
/// real delta must now be an error or a clean apply, never an allocation failure.
#[test]
fn a_damaged_row_count_is_corrupt_not_an_allocation() {
    // The fuzzer's input: 54 × "j" and a UTF-8 BOM, read as a file (a rejected CSV).
    let input: Vec<u8> = std::iter::repeat_n(b'j', 54).chain([0xEF, 0xBB, 0xBF]).collect();
    let files = demo::generate(&demo::DemoConfig { users: 20, days: 2, ..Default::default() }).demo_files();
    for (name, bytes) in [("fuzz.json", input.as_slice()), (files[1].0.as_str(), files[1].1.as_slice())] {
        let mut worker = Dataset::new();
        let mut mark = wire::Watermark::default();
        lantern::core::ingest::load_bytes(name, &bytes[..bytes.len().min(20_000)], &mut worker);
        let delta = wire::encode_delta(&worker, &mut mark);
        for i in 0..delta.len() {
            for flip in [0xA5u8, 0xFF, 0x80] {
                let mut bad = delta.clone();
                bad[i] ^= flip;
                let _ = wire::apply_delta(&mut Dataset::new(), &bad);
            }
        }
        // The fuzzer's exact damage.
        let mut bad = delta.clone();
        let i = input[0] as usize * 7919 % bad.len();
        bad[i] ^= 0xA5;
        let _ = wire::apply_delta(&mut Dataset::new(), &bad);
        assert!(wire::apply_delta(&mut Dataset::new(), &delta).is_ok());
    }
}

/// A text column is shipped as 1–4-byte symbols, as wide as its largest: a worker that has
/// interned more than 65,536 strings ships the new values in three bytes, and the page reads
/// them back as the same text; the columns whose values came first stay one byte a cell.
#[test]
fn text_columns_ship_as_wide_as_their_largest_symbol() {
    let files = demo::generate(&demo::DemoConfig { users: 12, days: 2, ..Default::default() }).demo_files();
    let (name, bytes) = &files[0];
    let mut direct = Dataset::new();
    super::util::load_chunked(&mut direct, name, bytes, 1 << 16);

    // A worker whose first 70,000 strings came from earlier files.
    let mut worker = Dataset::new();
    for i in 0..70_000 {
        worker.strings.intern(&format!("earlier value {i}"));
    }
    let mut mark = wire::Watermark::default();
    let mut page = Dataset::new();
    let shipped_strings = wire::encode_delta(&worker, &mut mark);
    wire::apply_delta(&mut page, &shipped_strings).unwrap();
    super::util::load_chunked(&mut worker, name, bytes, 1 << 16);
    let delta = wire::encode_delta(&worker, &mut mark);
    wire::apply_delta(&mut page, &delta).unwrap();

    let n = direct.signin_count();
    assert!(n > 100);
    assert_eq!(page.signin_count(), n);
    for row in 0..n {
        for f in SignInField::ALL {
            let a = cell_text(Log::SignIns.table(&page), *f as usize, row, &page.strings, 0);
            let b = cell_text(Log::SignIns.table(&direct), *f as usize, row, &direct.strings, 0);
            assert_eq!(a, b, "row {row} field {f:?}");
        }
    }
    // The same rows from a fresh worker (every symbol below 65,536) ship in fewer bytes.
    let mut fresh = Dataset::new();
    super::util::load_chunked(&mut fresh, name, bytes, 1 << 16);
    let small = wire::encode_delta(&fresh, &mut wire::Watermark::default());
    assert!(small.len() < delta.len(), "{} vs {}", small.len(), delta.len());
}
