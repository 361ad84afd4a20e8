//! Detection time per rule (`cargo bench --bench detect`; LANTERN_BENCH_FILE=FILE for an
//! export, else the generator's 250,000-sign-in demo tenant). Prints the shared context's time,
//! each rule's, and the findings each rule made, slowest first. Timing lives here, never in tests.

use std::time::Instant;

use lantern::core::{
    detect::{self, DetectConfig, RuleId},
    ingest::load_bytes,
    model::Dataset,
    workspace::demo::{self, DemoConfig, Interactivity},
};

fn main() {
    let mut ds = Dataset::new();
    match std::env::var("LANTERN_BENCH_FILE") {
        Ok(path) => {
            let bytes = std::fs::read(&path).expect("LANTERN_BENCH_FILE is readable");
            load_bytes(&path, &bytes, &mut ds);
        }
        Err(_) => {
            let t = demo::generate(&DemoConfig { target_signins: Some(250_000), ..Default::default() });
            let mut csv = Vec::new();
            t.write_signins_csv(Interactivity::Interactive, &mut csv).unwrap();
            load_bytes("interactive.csv", &csv, &mut ds);
        }
    }
    let cfg = DetectConfig::default();
    let start = Instant::now();
    let mut last = start;
    let mut times: Vec<(String, f64)> = Vec::new();
    let a = detect::analyse_probed(&ds, &cfg, None, &mut |id: Option<RuleId>| {
        let now = Instant::now();
        let name = id.map_or_else(|| "(shared context)".to_owned(), |i| i.to_string());
        times.push((name, (now - last).as_secs_f64() * 1000.0));
        last = now;
    });
    let total = start.elapsed().as_secs_f64() * 1000.0;
    println!(
        "detection over {} sign-ins, {} audit events: {total:.0} ms, {} findings",
        ds.signin_count(),
        ds.audit_count(),
        a.findings.len()
    );
    times.sort_by(|x, y| y.1.total_cmp(&x.1));
    for (name, ms) in times.iter().take(12) {
        let n = a.findings.iter().filter(|f| f.rule.to_string() == *name).count();
        println!("  {name:<28} {ms:>8.1} ms  {n:>6} findings");
    }
}
