//! One JSON record through the lenient record types and the mapping onto the model.
#![no_main]

use lantern::core::{
    ingest::record::{Rec, to_audit, to_signin},
    model::{Dataset, Log, SourceRef},
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut ds = Dataset::new();
    let src = SourceRef { file: 0, offset: 0, len: data.len() as u32 };
    if let Ok(rec) = serde_json::from_str::<Rec<'_>>(text) {
        match rec.log_kind() {
            Ok(Log::SignIns) => {
                let row = to_signin(&rec, &mut ds, src);
                ds.push_signin(row);
            }
            Ok(Log::Audits) => {
                let (row, key) = to_audit(&rec, &mut ds, src);
                ds.push_audit(row, key);
            }
            Err(_) => {}
        }
    }
    // The same text through a parsed value (the Log Analytics CSV / REST path).
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(text) {
        if let Ok(rec) = Rec::deserialize_value(v) {
            if let Ok(Log::SignIns) = rec.log_kind() {
                let row = to_signin(&rec, &mut ds, src);
                ds.push_signin(row);
            }
        }
    }
    let _ = lantern::core::model::time::parse_ts_ms(text);
    let _ = lantern::core::ingest::raw::strip_trailing_commas(data);
});
