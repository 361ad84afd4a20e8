//! Shared helpers for the host tests.

use lantern::core::{
    ingest::FileIngest,
    model::{Dataset, SourceFile},
};

/// Loads `bytes` as file `name`, feeding chunks of `chunk` bytes.
pub fn load_chunked(ds: &mut Dataset, name: &str, bytes: &[u8], chunk: usize) -> u16 {
    let mut ing = FileIngest::new(name, bytes.len() as u64, ds);
    for c in bytes.chunks(chunk.max(1)) {
        ing.feed(c, ds);
    }
    ing.finish(ds);
    ing.file
}

/// Loads files as the app's worker does: rows are shipped to the page as wire deltas and
/// cleared after every `chunk` bytes. Returns (the worker's dataset, the page's).
pub fn load_like_worker<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>, chunk: usize) -> (Dataset, Dataset) {
    use lantern::core::model::wire;
    let mut worker = Dataset::new();
    let mut mark = wire::Watermark::default();
    let mut page = Dataset::new();
    let mut ship = |worker: &mut Dataset, page: &mut Dataset| {
        let delta = wire::encode_delta(worker, &mut mark);
        worker.clear_rows();
        wire::apply_delta(page, &delta).expect("a delta applies");
    };
    for (name, bytes) in files {
        let mut ing = FileIngest::new(name, bytes.len() as u64, &mut worker);
        for c in bytes.chunks(chunk.max(1)) {
            ing.feed(c, &mut worker);
            ship(&mut worker, &mut page);
        }
        ing.finish(&mut worker);
        ship(&mut worker, &mut page);
    }
    (worker, page)
}

/// Loads one file from memory in 64 KiB chunks and returns its summary.
pub fn load(name: &str, bytes: &[u8]) -> (Dataset, SourceFile) {
    let mut ds = Dataset::new();
    let f = load_chunked(&mut ds, name, bytes, 64 * 1024);
    let sf = ds.files[f as usize].clone();
    (ds, sf)
}

/// A fixture from `tests/data/`.
pub fn data(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `../shared/samples` (the real public exports), or `None` when this clone has none. Under CI
/// (`LANTERN_REQUIRE_SAMPLES=1`, set by `.ci/run`) a missing folder fails the test instead of
/// skipping it.
pub fn shared_samples() -> Option<std::path::PathBuf> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/samples");
    if p.join("SOURCES.md").exists() {
        return Some(p);
    }
    assert!(
        std::env::var_os("LANTERN_REQUIRE_SAMPLES").is_none(),
        "../shared/samples is missing but LANTERN_REQUIRE_SAMPLES is set: the conformance tests cannot run"
    );
    eprintln!("../shared/samples not present: skipped");
    None
}
