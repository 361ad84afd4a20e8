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
    // The page runs detection in steps (`Stepped`, 8,000 sign-ins per slice as in `ui::findings`)
    // and gives the browser a turn between them: its longest steps bound the page's long tasks.
    let mut run = detect::Stepped::new(cfg.clone(), 8_000);
    let mut steps: Vec<(String, f64)> = Vec::new();
    loop {
        let t = Instant::now();
        let step = run.step(&ds, None);
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        match step {
            detect::Step::Done(_) => {
                steps.push(("(ranking: findings moved)".into(), ms));
                break;
            }
            detect::Step::Index => steps.push(("(shared context, last pass)".into(), ms)),
            detect::Step::Ranking => steps.push(("(ranking: order)".into(), ms)),
            // (The chunk holding the last rows counts as a pass: one of ~30.)
            detect::Step::Indexing { done, of } if done < of => steps.push(("(shared context, rows)".into(), ms)),
            detect::Step::Indexing { .. } => steps.push(("(shared context, a pass)".into(), ms)),
            detect::Step::Rule(id) => steps.push((id.to_string(), ms)),
            detect::Step::Slice { rule, .. } => steps.push((format!("{rule} (a slice)"), ms)),
        }
    }
    let n = steps.len();
    // Summed per kind: the row pass of the shared context, its whole-table passes, the rules.
    let sum = |f: &dyn Fn(&str) -> bool| steps.iter().filter(|(k, _)| f(k)).map(|(_, ms)| ms).sum::<f64>();
    println!(
        "stepped: index rows {:.1} ms, index passes {:.1} ms, rules and ranking {:.1} ms",
        sum(&|k| k == "(shared context, rows)"),
        sum(&|k| k == "(shared context, a pass)" || k == "(shared context, last pass)"),
        sum(&|k| !k.starts_with("(shared context"))
    );
    steps.sort_by(|x, y| y.1.total_cmp(&x.1));
    println!("in steps of 8,000 sign-ins: {n} steps, the longest:");
    for (name, ms) in steps.iter().take(6) {
        println!("  {name:<28} {ms:>8.1} ms");
    }
    let ranking: Vec<String> =
        steps.iter().filter(|(n, _)| n.starts_with("(ranking")).map(|(n, ms)| format!("{n} {ms:.1} ms")).collect();
    println!("  {}", ranking.join(", "));
}
