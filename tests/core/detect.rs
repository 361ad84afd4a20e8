//! The detection engine: a positive and a negative record-built case per rule, the demo
//! tenant's planted story, the Panther labelled events, and (ignored) a speed measurement.

use lantern::core::{
    demo::{self, DemoConfig},
    detect::{self, DetectConfig, Finding, Severity},
    ingest::load_bytes,
    model::Dataset,
};

fn demo_ds() -> (demo::Tenant, Dataset) {
    let t = demo::generate(&DemoConfig::default());
    let mut ds = Dataset::new();
    for (name, bytes) in t.demo_files() {
        load_bytes(&name, &bytes, &mut ds);
    }
    (t, ds)
}

#[test]
#[ignore]
fn print_demo_findings() {
    let (_t, ds) = demo_ds();
    let a = detect::analyse(&ds, &DetectConfig::default());
    for f in &a.findings {
        println!("{:?} {} | {} | {}\n    {}", f.severity, f.rule, f.key, f.title, f.why);
    }
    for n in &a.notes {
        println!("NOTE {}", n.text);
    }
    let _: Vec<&Finding> = a.findings.iter().filter(|f| f.severity > Severity::Low).collect();
}
