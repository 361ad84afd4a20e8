//! The registry lint: every rule is one typed unit whose metadata, thresholds sentence,
//! hunting query and engine agree, with a positive and a negative fixture; the lists exist
//! once; no rule id is spelt outside the registry.

use lantern::core::{
    detect::{self, DetectConfig, RuleId, lists, rule::Reads},
    kql,
};
use serde_json::{Value, json};

use super::{
    fixtures::{Fixture, fixture},
    load,
};

#[test]
fn every_rule_is_registered_once_with_its_metadata() {
    let cfg = serde_json::to_value(DetectConfig::default()).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for &id in RuleId::ALL {
        assert!(seen.insert(id.as_str()), "{id}: spelt twice");
        assert_eq!(RuleId::parse(id.as_str()), Some(id));
        assert_eq!(serde_json::to_value(id).unwrap(), json!(id.as_str()));
        assert_eq!(serde_json::from_value::<RuleId>(json!(id.as_str())).unwrap(), id);
        let m = id.meta();
        assert_eq!(m.id, id, "{id}: the module registers another rule's metadata");
        for (what, text) in
            [("title", m.title), ("description", m.description), ("severity", m.severity), ("source", m.source)]
        {
            assert!(!text.trim().is_empty(), "{id}: empty {what}");
        }
        // The person's Sigma rules carry their own ATT&CK tags.
        assert!(!m.mitre.is_empty() || id == RuleId::Sigma, "{id}: no MITRE technique");
        for t in m.mitre {
            let ok = t.len() >= 5
                && t.starts_with('T')
                && t[1..5].chars().all(|c| c.is_ascii_digit())
                && (t.len() == 5 || (t.len() == 9 && &t[5..6] == "."));
            assert!(ok, "{id}: {t} is not a technique id");
        }
        for f in m.config {
            assert!(cfg.get(*f).is_some(), "{id}: config field {f} does not exist");
        }
        assert!(m.lookback_days >= 1);
    }
    assert!(RuleId::parse("no_such_rule").is_none());
    // Rules over findings run last.
    let first_findings = RuleId::ALL.iter().position(|r| r.meta().reads == Reads::Findings).unwrap();
    assert!(RuleId::ALL[first_findings..].iter().all(|r| r.meta().reads == Reads::Findings));
}

/// `cfg` with field `f` changed (numbers grow, lists gain an entry).
fn changed(cfg: &DetectConfig, f: &str) -> DetectConfig {
    let mut v = serde_json::to_value(cfg).unwrap();
    let x = v.get_mut(f).unwrap();
    *x = match x.take() {
        Value::Number(n) if n.is_f64() => json!(n.as_f64().unwrap() * 2.0 + 37.5),
        Value::Number(n) => json!(n.as_u64().unwrap() + 3),
        Value::Array(mut a) => {
            a.push(match a.first() {
                Some(Value::Number(_)) => json!(99_999),
                _ if f.ends_with("asns") => json!(64_512),
                _ if f.ends_with("ips") => json!("198.51.100.0/24"),
                _ if f == "permission_tiers" => json!("Lantern.Test.ReadWrite=critical"),
                _ => json!("lantern.test@example.org"),
            });
            Value::Array(a)
        }
        other => panic!("{f}: cannot change {other}"),
    };
    serde_json::from_value(v).unwrap()
}

/// The hunting query with and without a window, linted, and dumped for Kusto's parser.
fn queries(id: RuleId, cfg: &DetectConfig, tag: &str, dump: &mut String) -> String {
    let d = id.detector();
    let q = d.hunting(cfg, None);
    let windowed = d.hunting(cfg, Some((1_767_571_200_000, 1_767_657_600_000)));
    for (name, text) in [("lookback", &q), ("window", &windowed)] {
        let problems = kql::lint::lint(text);
        assert!(problems.is_empty(), "{id} ({tag}, {name}): {problems:?}\n{text}");
        dump.push_str(&format!("// ===== {id} {tag} {name} =====\n{text}\n"));
    }
    assert!(q.contains(&format!("Lantern rule {id}")), "{id}: the query names its rule");
    q
}

#[test]
fn thresholds_and_hunting_query_follow_every_parameter() {
    let base = DetectConfig::default();
    let mut dump = String::new();
    for &id in RuleId::ALL {
        let d = id.detector();
        let (t0, q0) = (d.thresholds(&base), queries(id, &base, "defaults", &mut dump));
        assert!(!t0.trim().is_empty(), "{id}: no thresholds sentence");
        for f in d.meta().config {
            let cfg = changed(&base, f);
            let (t1, q1) = (d.thresholds(&cfg), queries(id, &cfg, &format!("changed {f}"), &mut dump));
            assert_ne!(t0, t1, "{id}: the thresholds sentence does not follow {f}");
            assert_ne!(q0, q1, "{id}: the hunting query does not follow {f}");
        }
    }
    if let Some(dir) = std::env::var_os("LANTERN_DUMP_KQL") {
        std::fs::write(std::path::Path::new(&dir).join("rules.kql"), dump).unwrap();
    }
}

#[test]
fn the_finding_carries_its_rules_thresholds_sentence() {
    let cfg = DetectConfig { spray_min_users: 4, ..DetectConfig::default() };
    for &id in RuleId::ALL {
        let Fixture { positive: (s, a), .. } = fixture(id);
        let ds = load(s, a);
        for f in detect::run(&ds, &cfg).iter().filter(|f| f.rule == id) {
            assert_eq!(&*f.thresholds, id.detector().thresholds(&cfg), "{id}");
            assert!(
                detect::hunting_query(f, &cfg).contains("let startTime = datetime("),
                "{id}: a finding's query covers its days"
            );
        }
    }
}

#[test]
fn every_rule_has_a_positive_and_a_negative_fixture() {
    let cfg = DetectConfig::default();
    for &id in RuleId::ALL {
        let Fixture { positive, negative } = fixture(id);
        let rules = super::fixtures::sigma_rules();
        let found = |(s, a): (Vec<Value>, Vec<Value>)| {
            let ds = load(s, a);
            detect::analyse_with(&ds, &cfg, Some(&rules))
                .findings
                .into_iter()
                .filter(|f| f.rule == id)
                .collect::<Vec<_>>()
        };
        let p = found(positive);
        assert!(!p.is_empty(), "{id}: the positive fixture raises nothing");
        let n = found(negative);
        assert!(
            n.is_empty(),
            "{id}: the negative fixture raises {:#?}",
            n.iter().map(|f| &f.title).collect::<Vec<_>>()
        );
    }
}

#[test]
fn every_list_is_well_formed() {
    for (name, raw, cells) in lists::files() {
        let mut seen = std::collections::BTreeSet::new();
        for (n, line) in raw.lines().enumerate().skip(1).filter(|(_, l)| !l.trim().is_empty()) {
            let c: Vec<&str> = line.split('\t').collect();
            assert_eq!(c.len(), cells, "{name} line {}: {line:?}", n + 1);
            assert!(
                c.iter().all(|x| !x.trim().is_empty() && x.trim() == *x),
                "{name} line {}: an empty or padded cell",
                n + 1
            );
            assert!(seen.insert(line.to_lowercase()), "{name} line {}: a duplicate", n + 1);
        }
    }
    assert!(lists::activity_groups().len() >= 8);
    for g in lists::activity_groups() {
        assert!(lists::activities(g).iter().all(|(a, _)| *a == a.to_lowercase()), "{g}: activity names are lower-case");
    }
    // The defaults come from the lists.
    let d = DetectConfig::default();
    assert_eq!(d.spray_codes, lists::code_set("spray"));
    assert_eq!(d.privileged_roles.len(), lists::privileged_roles().len());
    assert!(lists::code_set("password_ok").contains(&0));
}

#[test]
fn no_rule_id_is_spelt_outside_the_registry() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let registry = root.join("core/detect/rules/mod.rs");
    let mut files = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") && p != registry {
                files.push(p);
            }
        }
    }
    let mut hits = Vec::new();
    for p in files {
        let text = std::fs::read_to_string(&p).unwrap();
        for &id in RuleId::ALL {
            if text.contains(&format!("\"{}\"", id.as_str())) {
                hits.push(format!("{}: \"{}\"", p.display(), id.as_str()));
            }
        }
    }
    assert!(hits.is_empty(), "rule ids spelt as string literals (use RuleId):\n{}", hits.join("\n"));
}

#[test]
fn the_coverage_table_is_well_formed_and_the_readme_shows_it() {
    let rows = lantern::core::detect::coverage::rows().unwrap();
    assert!(rows.iter().filter(|r| r.source == "sentinel").count() >= 70, "every Sentinel Entra ID rule");
    assert!(rows.iter().filter(|r| r.source == "idp").count() >= 20, "every ID Protection detection");
    let mut ids: Vec<(&str, &str, &str)> = rows.iter().map(|r| (r.source, r.id, r.name)).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), rows.len(), "a detection listed twice");
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let (start, end) = ("<!-- coverage:start (lantern coverage) -->\n", "<!-- coverage:end -->");
    let table = readme.split(start).nth(1).and_then(|t| t.split(end).next()).expect("the README's coverage markers");
    let want = lantern::core::detect::coverage::markdown();
    if table != want {
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/target/coverage.md"), &want).unwrap();
        panic!("README's coverage table is out of date: the new one is in target/coverage.md (`lantern coverage`)");
    }
}
