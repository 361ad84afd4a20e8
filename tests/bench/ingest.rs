//! Ingest benchmarks (criterion): the portal CSV and Graph JSON of the demo generator in its
//! realistic mode (`LANTERN_BENCH_DATA=demo` for the demo's own, repeating shape), framing
//! alone, framing + record parsing, and the whole ingest into the model.
//!
//!   cargo bench --bench ingest                       # criterion, 20,000-record files
//!   LANTERN_BENCH_FILE=big.json cargo bench --bench ingest
//!                                                    # one pass over a real file, per phase
//!
//! The second form prints seconds and MB/s for each phase of one big file (the numbers
//! the README's Performance section quotes for the native build).

use std::{hint::black_box, time::Instant};

use criterion::{Criterion, Throughput};
use lantern::core::{
    ingest::{
        csv_input::{CsvFramer, split_fields},
        json_split::{Event, JsonFramer},
        load_bytes,
        record::Rec,
    },
    model::Dataset,
    workspace::demo::{self, DemoConfig},
};

const CHUNK: usize = 4 << 20;

fn files(records: usize, ca_policies: usize) -> (Vec<u8>, Vec<u8>) {
    let realistic = std::env::var("LANTERN_BENCH_DATA").map_or(true, |v| v != "demo");
    let tenant =
        demo::generate(&DemoConfig { target_signins: Some(records), ca_policies, realistic, ..DemoConfig::default() });
    let mut csv = Vec::new();
    tenant.write_signins_csv(lantern::core::workspace::demo::Interactivity::Interactive, &mut csv).expect("in memory");
    let mut json = Vec::new();
    tenant.write_signins_json(Some(true), &mut json).expect("in memory");
    (csv, json)
}

fn frame_csv(bytes: &[u8]) -> usize {
    let mut f = CsvFramer::new(0, 1);
    let mut n = 0;
    for c in bytes.chunks(CHUNK) {
        f.feed(
            c,
            &mut |r| {
                let mut fields = Vec::with_capacity(64);
                split_fields(r.bytes, b',', &mut fields);
                n += fields.len();
            },
            &mut |_, _| {},
        );
    }
    f.finish(&mut |_| {}, &mut |_, _| {});
    n
}

fn frame_json(bytes: &[u8], parse: bool) -> usize {
    let mut f = JsonFramer::new();
    let mut n = 0;
    for c in bytes.chunks(CHUNK) {
        f.feed(c, &mut |e| {
            if let Event::Record { bytes, .. } = e {
                if parse {
                    let text = std::str::from_utf8(bytes).unwrap_or("");
                    if let Ok(r) = serde_json::from_str::<Rec<'_>>(text) {
                        n += black_box(&r).id.as_str().len();
                    }
                } else {
                    n += bytes.len();
                }
            }
        });
    }
    n
}

fn ingest(name: &str, bytes: &[u8]) -> usize {
    let mut ds = Dataset::new();
    load_bytes(name, bytes, &mut ds);
    ds.signin_count()
}

/// One timed pass per phase over a file on disk.
fn phases(path: &str) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mb = bytes.len() as f64 / 1e6;
    let json = bytes.iter().find(|c| !c.is_ascii_whitespace()).is_some_and(|c| matches!(c, b'[' | b'{'));
    let time = |what: &str, f: &dyn Fn() -> usize| {
        let t = Instant::now();
        let n = black_box(f());
        let s = t.elapsed().as_secs_f64();
        println!("{what:<28} {s:>7.3} s {:>8.0} MB/s   ({n})", mb / s);
    };
    println!("{path}: {mb:.1} MB");
    if json {
        time("frame", &|| frame_json(&bytes, false));
        time("frame + parse records", &|| frame_json(&bytes, true));
    } else {
        time("frame + split fields", &|| frame_csv(&bytes));
    }
    time("whole ingest", &|| ingest(path, &bytes));
    // The worker's side of the wire: deltas after every 8 MiB slice, and the page applying them;
    // a part reader's one delta of everything, applied into a fresh dataset (the adoption's input).
    let mut worker = Dataset::new();
    let mut mark = lantern::core::model::wire::Watermark::default();
    let mut deltas = Vec::new();
    let mut encode_s = 0.0;
    let mut ing = lantern::core::ingest::FileIngest::new(path, bytes.len() as u64, &mut worker);
    for c in bytes.chunks(8 << 20) {
        ing.feed(c, &mut worker);
        let t = Instant::now();
        deltas.push(lantern::core::model::wire::encode_delta(&worker, &mut mark));
        encode_s += t.elapsed().as_secs_f64();
        worker.clear_rows();
    }
    ing.finish(&mut worker);
    deltas.push(lantern::core::model::wire::encode_delta(&worker, &mut mark));
    let total: usize = deltas.iter().map(Vec::len).sum();
    println!(
        "{:<28} {encode_s:>7.3} s   ({} deltas, {:.1} MB)",
        "encode deltas (8 MiB slices)",
        deltas.len(),
        total as f64 / 1e6
    );
    time("apply deltas (the page)", &|| {
        let mut page = Dataset::new();
        deltas.iter().for_each(|d| {
            lantern::core::model::wire::apply_delta(&mut page, d).unwrap_or_default();
        });
        page.signin_count()
    });
    let mut whole = Dataset::new();
    load_bytes(path, &bytes, &mut whole);
    let t = Instant::now();
    let one = lantern::core::model::wire::encode_delta(&whole, &mut Default::default());
    println!(
        "{:<28} {:>7.3} s   ({:.1} MB)",
        "encode one delta (a part)",
        t.elapsed().as_secs_f64(),
        one.len() as f64 / 1e6
    );
    time("apply it into a fresh set", &|| {
        let mut received = Dataset::new();
        lantern::core::model::wire::apply_delta(&mut received, &one).unwrap_or_default();
        received.signin_count()
    });
    let mut ds = Dataset::new();
    load_bytes(path, &bytes, &mut ds);
    println!(
        "model: {} sign-ins, Dataset::heap_bytes {:.1} MB = {:.3}× the file",
        ds.signin_count(),
        ds.heap_bytes() as f64 / 1e6,
        ds.heap_bytes() as f64 / bytes.len() as f64
    );
}

fn main() {
    if let Ok(path) = std::env::var("LANTERN_BENCH_FILE") {
        phases(&path);
        return;
    }
    let mut c = Criterion::default().sample_size(10).configure_from_args();
    // `cargo test --all-targets` runs each benchmark once (`--test`): keep that quick.
    let records = if std::env::args().any(|a| a == "--test") { 2_000 } else { 20_000 };
    for (label, policies) in [("", 0usize), ("-ca8", 8)] {
        let (csv, json) = files(records, policies);
        let mut g = c.benchmark_group(format!("ingest{label}"));
        if policies == 0 {
            g.throughput(Throughput::Bytes(csv.len() as u64));
            g.bench_function("csv/frame+split", |b| b.iter(|| frame_csv(black_box(&csv))));
            g.bench_function("csv/ingest", |b| b.iter(|| ingest("InteractiveSignIns.csv", black_box(&csv))));
        }
        g.throughput(Throughput::Bytes(json.len() as u64));
        g.bench_function("json/frame", |b| b.iter(|| frame_json(black_box(&json), false)));
        g.bench_function("json/frame+parse", |b| b.iter(|| frame_json(black_box(&json), true)));
        g.bench_function("json/ingest", |b| b.iter(|| ingest("InteractiveSignIns.json", black_box(&json))));
        g.finish();
    }
    c.final_summary();
}
