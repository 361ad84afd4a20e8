//! The worker→page delta and state formats: arbitrary bytes never panic the page, and a
//! real delta always applies to a page that mirrors the worker.
#![no_main]

use lantern::core::{
    ingest::load_bytes,
    model::{Dataset, wire},
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Garbage: an error, never a panic, on an empty page and on one with content.
    let mut page = Dataset::new();
    let _ = wire::apply_delta(&mut page, data);
    let _ = wire::apply_state(data);
    // A real delta built from the input read as a file, then damaged in one byte.
    let mut worker = Dataset::new();
    let mut mark = wire::Watermark::default();
    load_bytes("fuzz.json", data, &mut worker);
    let delta = wire::encode_delta(&worker, &mut mark);
    let mut page = Dataset::new();
    let (s, a) = wire::apply_delta(&mut page, &delta).expect("a real delta applies");
    assert_eq!((s, a), (worker.signin_count(), worker.audit_count()));
    assert_eq!(page.strings.len(), worker.strings.len());
    if !delta.is_empty() {
        let mut bad = delta.clone();
        let i = data.first().copied().unwrap_or(0) as usize * 7919 % bad.len();
        bad[i] ^= 0xA5;
        let _ = wire::apply_delta(&mut Dataset::new(), &bad);
        let _ = wire::apply_delta(&mut page, &bad);
    }
    let state = wire::encode_state(&worker);
    let (ds, _) = wire::apply_state(&state).expect("a real state applies");
    assert_eq!(ds.strings.len(), worker.strings.len());
});
