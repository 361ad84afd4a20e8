//! Detection time per rule (`cargo bench --bench detect`; what it loads: `common`). Prints the shared context's time,
//! each rule's, and the findings each rule made, slowest first. Timing lives here, never in tests.

use std::time::Instant;

mod common;

use lantern::core::detect::{self, DetectConfig, RuleId};

fn main() {
    let ds = common::dataset();
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
