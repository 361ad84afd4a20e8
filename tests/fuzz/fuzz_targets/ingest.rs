//! A whole file through the ingest: container (gzip, zip), charset (UTF-16), CSV or JSON,
//! fed in chunks. The first byte picks a wrapping and a chunk size. Every file must end
//! settled (never "loading"), every record's byte range must lie inside the decoded
//! text, and the chunk size must not change what was loaded.
#![no_main]

use std::io::Write as _;

use lantern::core::{
    ingest::FileIngest,
    model::{Dataset, LoadState},
};
use libfuzzer_sys::fuzz_target;

fn gzip(b: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let _ = e.write_all(b);
    e.finish().unwrap_or_default()
}

fn zip_stored(b: &[u8]) -> Vec<u8> {
    let mut out = b"PK\x03\x04".to_vec();
    for v in [20u16, 0, 0, 0, 0] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    for v in [0u32, b.len() as u32, b.len() as u32] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&5u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(b"a.csv");
    out.extend_from_slice(b);
    out.extend_from_slice(b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0");
    out
}

fn utf16le(b: &[u8]) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    for u in String::from_utf8_lossy(b).encode_utf16() {
        out.extend_from_slice(&u.to_le_bytes());
    }
    out
}

fn load(bytes: &[u8], chunk: usize) -> (Dataset, Vec<String>) {
    let mut ds = Dataset::new();
    let mut ing = FileIngest::new("fuzz", bytes.len() as u64, &mut ds);
    for c in bytes.chunks(chunk.max(1)) {
        ing.feed(c, &mut ds);
    }
    ing.finish(&mut ds);
    let mut summary: Vec<String> = ds
        .files
        .iter()
        .map(|f| {
            assert_ne!(f.state, LoadState::Loading, "{} left loading", f.name);
            let mut w: Vec<String> = f.warnings.iter().map(|w| format!("{:?} {:?} {:?} {}", w.severity, w.line, w.record, w.message)).collect();
            w.sort();
            format!("{} {} {} {} {} {:?} {:?} {w:?}", f.name, f.signins, f.audits, f.steps, f.duplicates, f.error, f.state)
        })
        .collect();
    summary.push(format!("{} {}", ds.signin_count(), ds.audit_count()));
    (ds, summary)
}

fuzz_target!(|input: &[u8]| {
    let Some((&k, data)) = input.split_first() else { return };
    let wrapped = match k % 8 {
        0 => gzip(data),
        1 => zip_stored(data),
        2 => utf16le(data),
        _ => data.to_vec(),
    };
    let (ds, whole) = load(&wrapped, 1 << 20);
    // Plain text: every record's bytes are inside the file.
    if k % 8 >= 3 {
        for i in 0..ds.signin_count() {
            if let Some(s) = ds.signins.src.get(i) {
                assert!(s.offset + s.len as u64 <= wrapped.len() as u64, "source range past the end");
            }
        }
    }
    let (_, chunked) = load(&wrapped, 1 + (k as usize >> 3) % 31);
    assert_eq!(whole, chunked, "chunking changed the load");
});
