//! Filter re-evaluation latency over 250,000 sign-ins (`make bench-filter`).
//!
//! Loads the generator's 250,000-sign-in tenant, then times each filter the UI re-runs on a
//! keystroke or a click — over the table already sorted newest-first, as the app does — and
//! prints p50 / p95 / max per filter and over all of them. Timing lives here, never in tests.

use std::time::Instant;

mod common;

use lantern::core::{
    model::Log,
    query::filter::{self, Cond, Filter},
};

fn main() {
    let ds = common::dataset();
    let mut order: Vec<u32> = (0..ds.signin_count() as u32).collect();
    filter::sort_rows(&ds, Log::SignIns, &mut order, "time", filter::Order::Descending);
    println!("filter latency over {} sign-ins (native, release)", ds.signin_count());

    let cases: Vec<(&str, Filter)> = vec![
        (
            "status = Failure",
            Filter {
                conds: vec![Cond::In { field: "status".into(), values: vec!["Failure".into()] }],
                text: String::new(),
            },
        ),
        (
            "app = Microsoft Teams",
            Filter {
                conds: vec![Cond::In { field: "app".into(), values: vec!["Microsoft Teams".into()] }],
                text: String::new(),
            },
        ),
        (
            "user contains 'adele'",
            Filter {
                conds: vec![Cond::Contains { field: "user_any".into(), text: "adele".into(), case_sensitive: false }],
                text: String::new(),
            },
        ),
        (
            "code in 50126,50053",
            Filter {
                conds: vec![Cond::In { field: "code".into(), values: vec!["50126".into(), "50053".into()] }],
                text: String::new(),
            },
        ),
        (
            "ip in 185.220.101.0/24",
            Filter {
                conds: vec![Cond::Ip { field: "ip".into(), cidr: "185.220.101.0/24".into() }],
                text: String::new(),
            },
        ),
        ("last 7 days", Filter { conds: vec![Cond::Last { hours: 168 }], text: String::new() }),
        (
            "status + app + country",
            Filter {
                conds: vec![
                    Cond::In { field: "status".into(), values: vec!["Failure".into()] },
                    Cond::In { field: "app".into(), values: vec!["OfficeHome".into()] },
                    Cond::NotIn { field: "country".into(), values: vec!["US".into()] },
                ],
                text: String::new(),
            },
        ),
        ("free text 'teams'", Filter { conds: vec![], text: "teams".into() }),
        ("free text 'a'", Filter { conds: vec![], text: "a".into() }),
        ("free text '50126'", Filter { conds: vec![], text: "50126".into() }),
        ("free text 'Seattle'", Filter { conds: vec![], text: "Seattle".into() }),
        ("free text '10.'", Filter { conds: vec![], text: "10.".into() }),
        ("free text 'Microsoft'", Filter { conds: vec![], text: "Microsoft".into() }),
        ("free text 'x'", Filter { conds: vec![], text: "x".into() }),
        // A piece of a GUID: every id column (request, correlation, device, session) is read.
        ("free text '4a6b2c'", Filter { conds: vec![], text: "4a6b2c".into() }),
        ("free text 'ab12'", Filter { conds: vec![], text: "ab12".into() }),
        (
            "device id contains 'ab12'",
            Filter {
                conds: vec![Cond::Contains { field: "device_id".into(), text: "ab12".into(), case_sensitive: false }],
                text: String::new(),
            },
        ),
    ];
    let mut all = Vec::new();
    for (name, f) in &cases {
        let mut times = Vec::new();
        let mut hits = 0;
        for _ in 0..15 {
            let t0 = Instant::now();
            hits = filter::apply_in_order(&ds, Log::SignIns, f, &order).len();
            times.push(t0.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        let q = |p: f64| times[((times.len() - 1) as f64 * p) as usize];
        println!("  {name:<28} {hits:>7} rows   p50 {:>6.2} ms   p95 {:>6.2} ms", q(0.5), q(0.95));
        all.extend(times);
    }
    all.sort_by(f64::total_cmp);
    let q = |p: f64| all[((all.len() - 1) as f64 * p) as usize];
    println!("all filters: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms", q(0.5), q(0.95), q(1.0));
}
