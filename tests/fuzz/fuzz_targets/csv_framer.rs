//! CSV framing and field splitting: any bytes, any chunking. Checks that every record is
//! the exact byte range its offset names, and that the chunk size changes nothing.
#![no_main]

use lantern::core::ingest::csv_input::{CsvFramer, RawRecord, split_fields};
use libfuzzer_sys::fuzz_target;

type Framed = (Vec<(Vec<u8>, u64, u64, u64)>, Vec<(u64, String)>);

fn frame(data: &[u8], chunk: usize) -> Framed {
    let mut f = CsvFramer::new(0, 1);
    let mut recs = Vec::new();
    let mut probs = Vec::new();
    {
        let mut out = |r: RawRecord<'_>| {
            if r.lines != u64::MAX {
                let (a, n) = (r.offset as usize, r.bytes.len());
                assert!(a + n <= data.len(), "record past the end");
                assert_eq!(&data[a..a + n], r.bytes, "record bytes = its byte range");
                assert!(r.line >= 1);
            }
            recs.push((r.bytes.to_vec(), r.offset, r.line, r.lines));
        };
        let mut problem = |l: u64, m: String| probs.push((l, m));
        for c in data.chunks(chunk.max(1)) {
            f.feed(c, &mut out, &mut problem);
        }
        f.finish(&mut out, &mut problem);
    }
    probs.sort();
    (recs, probs)
}

fuzz_target!(|input: &[u8]| {
    let Some((&k, data)) = input.split_first() else { return };
    let whole = frame(data, data.len().max(1));
    let chunked = frame(data, 1 + k as usize % 17);
    assert_eq!(whole, chunked, "chunking changed the records");
    let mut fields = Vec::new();
    for (bytes, ..) in &whole.0 {
        for delim in [b',', b';', b'\t'] {
            split_fields(bytes, delim, &mut fields);
            assert!(!fields.is_empty());
            let total: usize = fields.iter().map(|f| f.len()).sum();
            assert!(total <= bytes.len(), "fields never grow the record");
        }
    }
    let _ = lantern::core::ingest::csv_input::sniff_delimiter(data);
});
