//! What the native benches load: the export named by `LANTERN_BENCH_FILE` (a realistic one from
//! `lantern generate --realistic`: unique ids, many users and addresses), else the generator's
//! demo tenant with `RECORDS` sign-ins (default 250,000), interactive and non-interactive.

use lantern::core::{
    ingest::load_bytes,
    model::Dataset,
    workspace::demo::{self, DemoConfig, Interactivity},
};

pub fn dataset() -> Dataset {
    let mut ds = Dataset::new();
    match std::env::var("LANTERN_BENCH_FILE") {
        Ok(path) => {
            let bytes = std::fs::read(&path).expect("LANTERN_BENCH_FILE is readable");
            load_bytes(&path, &bytes, &mut ds);
        }
        Err(_) => {
            let n: usize = std::env::var("RECORDS").ok().and_then(|v| v.parse().ok()).unwrap_or(250_000);
            let t = demo::generate(&DemoConfig { target_signins: Some(n), ..Default::default() });
            for (name, kind) in
                [("interactive.csv", Interactivity::Interactive), ("noninteractive.csv", Interactivity::NonInteractive)]
            {
                let mut csv = Vec::new();
                t.write_signins_csv(kind, &mut csv).expect("the demo tenant writes");
                load_bytes(name, &csv, &mut ds);
            }
        }
    }
    ds
}
