//! JSON framing: any bytes, any chunking. Records and rows are the exact byte ranges
//! their offsets name, and the chunk size changes nothing.
#![no_main]

use lantern::core::ingest::json_split::{Event, JsonFramer};
use libfuzzer_sys::fuzz_target;

fn frame(data: &[u8], chunk: usize) -> Vec<String> {
    let mut f = JsonFramer::new();
    let mut events = Vec::new();
    let mut handle = |e: Event<'_>| match e {
        Event::Record { bytes, offset, line, number } | Event::Row { bytes, offset, line, number } => {
            let a = offset as usize;
            assert!(a + bytes.len() <= data.len(), "record past the end");
            assert_eq!(&data[a..a + bytes.len()], bytes, "record bytes = its byte range");
            assert!(line >= 1 && number >= 1);
            events.push(format!("R {offset} {line} {number} {}", bytes.len()));
        }
        Event::Problem { line, record, message } => events.push(format!("P {line} {record:?} {message}")),
        Event::Table { line } => events.push(format!("T {line}")),
        Event::Columns { bytes, line } => events.push(format!("C {line} {}", String::from_utf8_lossy(bytes))),
    };
    for c in data.chunks(chunk.max(1)) {
        f.feed(c, &mut handle);
    }
    f.finish(&mut handle);
    events
}

fuzz_target!(|input: &[u8]| {
    let Some((&k, data)) = input.split_first() else { return };
    let whole = frame(data, data.len().max(1));
    let chunked = frame(data, 1 + k as usize % 13);
    assert_eq!(whole, chunked, "chunking changed the events");
});
