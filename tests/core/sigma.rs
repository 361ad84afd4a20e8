//! Sigma rules: loading (problems named by file and line), each modifier and construct the
//! own rules in `tests/data/sigma` use, correlations, grouping into findings, zips, and the
//! field table's own lint.

use lantern::core::{
    detect::{self, DetectConfig, RuleId, Severity},
    ingest::load_bytes,
    model::Dataset,
    sigma::{self, Applies, RuleSet},
    workspace::demo::{self, DemoConfig},
};
use serde_json::{Value, json};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/sigma");

fn own_rules() -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(DIR).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).unwrap()))
        .collect()
}

fn rule_set(files: &[(&str, &str)]) -> RuleSet {
    RuleSet::load(&files.iter().map(|(n, t)| ((*n).to_owned(), (*t).to_owned())).collect::<Vec<_>>())
}

const T0: &str = "2026-01-05T10:00:00Z";

fn signin(id: u32, extra: Value) -> Value {
    let mut v = json!({
        "id": format!("00000000-0000-4000-8000-{id:012}"),
        "createdDateTime": T0,
        "userPrincipalName": "ada@contoso.example",
        "appDisplayName": "Office 365 Exchange Online",
        "ipAddress": "73.97.1.10",
        "clientAppUsed": "Browser",
        "userAgent": "Mozilla/5.0",
        "isInteractive": true,
        "status": { "errorCode": 0 },
        "deviceDetail": { "deviceId": "" },
    });
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    v
}

fn dataset(signins: Vec<Value>, audits: Vec<Value>) -> Dataset {
    let mut ds = Dataset::new();
    if !signins.is_empty() {
        load_bytes("signins.json", &serde_json::to_vec(&signins).unwrap(), &mut ds);
    }
    if !audits.is_empty() {
        load_bytes("audits.json", &serde_json::to_vec(&audits).unwrap(), &mut ds);
    }
    ds
}

/// Titles of the Sigma rules that hit, per hit.
fn hit_titles(ds: &Dataset, set: &RuleSet) -> Vec<String> {
    sigma::run(ds, set).iter().map(|h| set.rules[h.rule].title.clone()).collect()
}

#[test]
fn the_field_table_is_well_formed() {
    assert_eq!(sigma::fields::table_problems(), Vec::<String>::new());
}

#[test]
fn own_rules_load_and_broken_ones_are_named_by_file_and_line() {
    let set = RuleSet::load(&own_rules());
    let problems: Vec<String> = set.problems.iter().map(|p| p.text()).collect();
    let expect = [
        "broken_rules.yml: line 8: Unknown modifier 'sounds_like'",
        "broken_rules.yml: line 20: rule “A field Lantern does not know”: field `FavouriteColour` is not mapped",
        "broken_rules.yml: line 26: rule “A Windows rule” is for windows / security logs",
        "broken_yaml.yml: line 8: YAML parse error",
    ];
    for e in expect {
        assert!(problems.iter().any(|p| p.starts_with(e)), "missing {e:?} in {problems:#?}");
    }
    assert_eq!(problems.len(), expect.len(), "{problems:#?}");
    // Every good rule loaded, with its metadata; the Windows rule is listed but never runs.
    let titles: Vec<&str> = set.rules.iter().map(|r| r.title.as_str()).collect();
    for t in [
        "Legacy IMAP sign-in succeeded",
        "Scripted sign-in from a listed range",
        "Consent to a mail app, every word",
        "Non-interactive sign-in from a device with an id",
        "Someone names Mimikatz",
        "Wrong password",
        "Many wrong passwords from one address",
        "A field Lantern does not know",
        "A Windows rule",
    ] {
        assert!(titles.contains(&t), "{t} not loaded: {titles:?}");
    }
    let imap = set.rules.iter().find(|r| r.title.starts_with("Legacy IMAP")).unwrap();
    assert_eq!((imap.level.as_str(), imap.status.as_str(), imap.author.as_str()), ("high", "test", "Lantern tests"));
    assert_eq!(imap.applies, Applies::SignIns);
    assert_eq!(set.rules.iter().find(|r| r.title == "A Windows rule").unwrap().applies, Applies::Neither);
    let corr = set.rules.iter().find(|r| r.title.starts_with("Many wrong")).unwrap();
    assert_eq!((corr.kind.as_str(), corr.applies), ("event_count", Applies::SignIns));
}

#[test]
fn equality_numbers_and_case() {
    let set = rule_set(&[("imap.yml", include_str!("../data/sigma/legacy_imap.yml"))]);
    let ds = dataset(
        vec![
            signin(1, json!({"clientAppUsed": "imap4"})), // case-insensitive
            signin(2, json!({"clientAppUsed": "IMAP4", "status": {"errorCode": 50126}})), // failed
            signin(3, json!({"clientAppUsed": "POP3"})),
        ],
        vec![],
    );
    let hits = sigma::run(&ds, &set);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].rows, vec![(lantern::core::model::Log::SignIns, 0)]);
    assert!(hits[0].matched.iter().any(|(f, v)| f == "ClientAppUsed" && v == "imap4"), "{:?}", hits[0].matched);
}

#[test]
fn startswith_endswith_cidr_re_and_one_of() {
    let set = rule_set(&[("m.yml", include_str!("../data/sigma/modifiers.yml"))]);
    let bad =
        json!({"userAgent": "python-requests/2.31", "ipAddress": "185.220.101.47", "status": {"errorCode": 50126}});
    let ds = dataset(
        vec![
            signin(1, bad.clone()),
            signin(
                2,
                json!({"userAgent": "scanner (curl)", "ipAddress": "185.220.9.9", "status": {"errorCode": 50125}}),
            ),
            signin(
                3,
                json!({"userAgent": "python-requests/2.31", "ipAddress": "185.221.0.1", "status": {"errorCode": 50126}}),
            ), // out of range
            signin(
                4,
                json!({"userAgent": "python-requests/2.31", "ipAddress": "185.220.1.1", "status": {"errorCode": 50053}}),
            ), // code
            signin(
                5,
                json!({"userAgent": "curl/8 python-requests", "ipAddress": "185.220.1.1", "status": {"errorCode": 50126}}),
            ), // neither
        ],
        vec![],
    );
    let hits: Vec<_> =
        sigma::run(&ds, &set).into_iter().filter(|h| set.rules[h.rule].title.starts_with("Scripted")).collect();
    let rows: Vec<u32> = hits.iter().map(|h| h.rows[0].1).collect();
    assert_eq!(rows, vec![0, 1]);
}

#[test]
fn exists_booleans_and_not() {
    let set = rule_set(&[("m.yml", include_str!("../data/sigma/modifiers.yml"))]);
    let ds = dataset(
        vec![
            signin(1, json!({"isInteractive": false, "deviceDetail": {"deviceId": "dev-9"}})),
            signin(2, json!({"isInteractive": true, "deviceDetail": {"deviceId": "dev-9"}})),
            signin(3, json!({"isInteractive": false, "deviceDetail": {"deviceId": ""}})),
        ],
        vec![],
    );
    let rows: Vec<u32> = sigma::run(&ds, &set)
        .into_iter()
        .filter(|h| set.rules[h.rule].title.starts_with("Non-interactive"))
        .map(|h| h.rows[0].1)
        .collect();
    assert_eq!(rows, vec![0]);
}

/// The device and session ids are ids in the model but text in the export: a rule's `''` still
/// means "no device" (Graph writes `"deviceId": ""` for an unmanaged one), and a keyword still
/// finds a session id.
#[test]
fn an_empty_device_id_and_a_session_id_keyword() {
    let rule = |title: &str, detection: &str| {
        format!(
            "title: {title}\nid: 6d1c3a70-0000-4000-8000-00000000000{}\nlogsource:\n  product: azure\n  service: signinlogs\ndetection:\n{detection}\nlevel: medium\n",
            title.len() % 10
        )
    };
    let unknown = rule("Unknown device", "  sel:\n    DeviceDetail.deviceId: ''\n  condition: sel");
    let keyword =
        rule("Session keyword", "  keywords:\n    - '5ea51011-0000-4000-8000-00000000beef'\n  condition: keywords");
    let set = rule_set(&[("u.yml", &unknown), ("k.yml", &keyword)]);
    assert!(set.problems.is_empty(), "{:?}", set.problems);
    let ds = dataset(
        vec![
            signin(1, json!({"deviceDetail": {"deviceId": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"}})),
            signin(2, json!({"deviceDetail": {"deviceId": ""}, "sessionId": "5EA51011-0000-4000-8000-00000000BEEF"})),
        ],
        vec![],
    );
    let hits = sigma::run(&ds, &set);
    let rows_of = |title: &str| -> Vec<u32> {
        hits.iter().filter(|h| set.rules[h.rule].title == title).flat_map(|h| h.rows.iter().map(|r| r.1)).collect()
    };
    assert_eq!(rows_of("Unknown device"), vec![1]);
    assert_eq!(rows_of("Session keyword"), vec![1]);
}

fn consent(n: u32, perms: &str, extra_text: &str) -> Value {
    json!({
        "id": format!("Directory_5b1f0a4e-0c1d-4c6e-9d7a-{n:012}_AUMVX_1"),
        "activityDateTime": format!("2026-01-05T10:0{n}:00Z"),
        "activityDisplayName": "Consent to application",
        "category": "ApplicationManagement",
        "loggedByService": "Core Directory",
        "result": "success",
        "resultReason": extra_text,
        "initiatedBy": {"user": {"userPrincipalName": "ada@contoso.example", "ipAddress": "73.97.1.10"}},
        "targetResources": [{"type": "ServicePrincipal", "displayName": "Mail Sync", "modifiedProperties": [
            {"displayName": "ConsentAction.Permissions", "oldValue": "", "newValue": perms}]}],
        "additionalDetails": [],
    })
}

#[test]
fn contains_all_on_modified_properties_and_keywords_on_audits() {
    let set = RuleSet::load(&own_rules());
    let ds = dataset(
        vec![],
        vec![
            consent(1, "\"[[Scope: Mail.Read offline_access]]\"", ""),
            consent(2, "\"[[Scope: Mail.Read]]\"", ""),
            consent(3, "\"[[Scope: User.Read]]\"", "seen with MimiKatz.exe"),
        ],
    );
    let titles = hit_titles(&ds, &set);
    assert_eq!(titles.iter().filter(|t| t.starts_with("Consent to a mail app")).count(), 1, "{titles:?}");
    assert_eq!(titles.iter().filter(|t| t.starts_with("Someone names Mimikatz")).count(), 1, "{titles:?}");
}

#[test]
fn a_correlation_counts_per_group_in_its_window_and_hides_its_base_rule() {
    let set = RuleSet::load(&own_rules());
    let mut rows = Vec::new();
    // 12 failures from one IP within 6 minutes; 9 from another (below the threshold).
    for k in 0..12 {
        let t = format!("2026-01-05T10:{:02}:{:02}Z", k / 2, (k % 2) * 30);
        rows.push(signin(
            100 + k,
            json!({"createdDateTime": t, "ipAddress": "203.0.113.7", "status": {"errorCode": 50126},
                                          "userPrincipalName": format!("u{k}@contoso.example")}),
        ));
    }
    for k in 0..9 {
        let t = format!("2026-01-05T11:{:02}:00Z", k);
        rows.push(signin(
            200 + k,
            json!({"createdDateTime": t, "ipAddress": "203.0.113.8", "status": {"errorCode": 50126}}),
        ));
    }
    let ds = dataset(rows, vec![]);
    let a = detect::analyse_with(&ds, &DetectConfig::default(), Some(&set));
    let sig: Vec<_> = a.findings.iter().filter(|f| f.rule == RuleId::Sigma).collect();
    let corr: Vec<_> = sig.iter().filter(|f| f.title.contains("Many wrong passwords")).collect();
    assert_eq!(corr.len(), 1, "{:#?}", sig.iter().map(|f| &f.title).collect::<Vec<_>>());
    assert!(corr[0].title.contains("203.0.113.7") && corr[0].severity == Severity::High, "{}", corr[0].title);
    assert_eq!(corr[0].signins.len(), 12, "every failure of the run is evidence");
    assert!(sig.iter().all(|f| !f.title.contains("Wrong password")), "the base rule only feeds the correlation");
    // Exports name the rule `sigma:<id>`.
    let json = detect::findings_json(&ds, &a.findings);
    let rules: Vec<&str> = json["findings"].as_array().unwrap().iter().map(|f| f["rule"].as_str().unwrap()).collect();
    assert!(rules.contains(&"sigma:5b1f0a4e-0c1d-4c6e-9d7a-000000000007"), "{rules:?}");
}

#[test]
fn hits_are_grouped_per_rule_subject_and_day_with_author_and_fields() {
    let set = rule_set(&[("imap.yml", include_str!("../data/sigma/legacy_imap.yml"))]);
    let imap = |id, t: &str, u: &str| {
        signin(id, json!({"clientAppUsed": "IMAP4", "createdDateTime": t, "userPrincipalName": u}))
    };
    let ds = dataset(
        vec![
            imap(1, "2026-01-05T10:00:00Z", "ada@contoso.example"),
            imap(2, "2026-01-05T18:00:00Z", "ada@contoso.example"),
            imap(3, "2026-01-09T10:00:00Z", "ada@contoso.example"), // a new episode
            imap(4, "2026-01-05T10:00:00Z", "bob@contoso.example"),
        ],
        vec![],
    );
    let a = detect::analyse_with(&ds, &DetectConfig::default(), Some(&set));
    let f: Vec<_> = a.findings.iter().filter(|f| f.rule == RuleId::Sigma).collect();
    assert_eq!(f.len(), 3, "{:#?}", f.iter().map(|f| &f.title).collect::<Vec<_>>());
    let ada = f.iter().find(|f| f.users == ["ada@contoso.example"] && f.signins.len() == 2).expect("ada's first day");
    assert_eq!(ada.title, "Sigma: Legacy IMAP sign-in succeeded — ada@contoso.example");
    assert_eq!(ada.severity, Severity::High);
    assert!(ada.why.contains("author Lantern tests") && ada.why.contains("ClientAppUsed = IMAP4"), "{}", ada.why);
    assert!(ada.next_steps.contains("cannot do MFA"), "{}", ada.next_steps);
    assert_eq!(ada.sigma.as_deref(), Some("5b1f0a4e-0c1d-4c6e-9d7a-000000000001"));
}

#[test]
fn rules_from_a_zip_and_duplicates() {
    // A stored (method 0) zip with one rule and a README, written by hand.
    let rule = include_str!("../data/sigma/legacy_imap.yml").as_bytes();
    let zip = stored_zip(&[("rules/imap.yml", rule), ("README.md", b"not a rule")]);
    let files = sigma::rule_files("team-rules.zip", &zip);
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].0, "team-rules.zip › rules/imap.yml");
    let set = RuleSet::load(&[files[0].clone(), ("copy.yml".into(), String::from_utf8_lossy(rule).into_owned())]);
    assert_eq!(set.rules.len(), 1);
    assert!(
        set.problems[0].message.contains("already loaded from team-rules.zip › rules/imap.yml"),
        "{:?}",
        set.problems
    );
    assert!(sigma::rule_files("notes.txt", b"title: x").is_empty());
}

/// A zip archive with stored members (CRC left 0: the reader does not check it).
fn stored_zip(members: &[(&str, &[u8])]) -> Vec<u8> {
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (name, data) in members {
        let offset = out.len() as u32;
        let local = |v: &mut Vec<u8>, sig: &[u8]| {
            v.extend_from_slice(sig);
        };
        local(&mut out, b"PK\x03\x04");
        out.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        out.extend_from_slice(&0u32.to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        central.extend_from_slice(b"PK\x01\x02");
        central.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        central.extend_from_slice(&0u32.to_le_bytes());
        central.extend_from_slice(&(data.len() as u32).to_le_bytes());
        central.extend_from_slice(&(data.len() as u32).to_le_bytes());
        central.extend_from_slice(&(name.len() as u16).to_le_bytes());
        central.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0, 0]);
        central.extend_from_slice(&0u32.to_le_bytes());
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let at = out.len() as u32;
    let size = central.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(&(members.len() as u16).to_le_bytes());
    out.extend_from_slice(&(members.len() as u16).to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&at.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[test]
fn the_demo_tenant_with_the_own_rules() {
    let t = demo::generate(&DemoConfig::default());
    let mut ds = Dataset::new();
    for (name, bytes) in t.demo_files() {
        load_bytes(&name, &bytes, &mut ds);
    }
    let set = RuleSet::load(&own_rules());
    let a = detect::analyse_with(&ds, &DetectConfig::default(), Some(&set));
    let titles: Vec<&str> = a.findings.iter().filter(|f| f.rule == RuleId::Sigma).map(|f| f.title.as_str()).collect();
    for want in [
        "Sigma: Legacy IMAP sign-in succeeded",
        "Sigma: Many wrong passwords from one address",
        "Sigma: Consent to a mail app",
    ] {
        assert!(titles.iter().any(|t| t.starts_with(want)), "{want} not among {} Sigma findings", titles.len());
    }
    // The built-in findings are the same with or without Sigma rules.
    let plain = detect::analyse(&ds, &DetectConfig::default());
    let builtin: Vec<&str> = a.findings.iter().filter(|f| f.rule != RuleId::Sigma).map(|f| f.key.as_str()).collect();
    assert_eq!(builtin, plain.findings.iter().map(|f| f.key.as_str()).collect::<Vec<_>>());
    assert!(a.notes.iter().any(|n| n.rule == RuleId::Sigma && n.text.contains("4 problems")), "{:?}", a.notes);
}

#[test]
fn the_readme_shows_the_field_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let (start, end) = ("<!-- sigma-fields:start -->\n", "<!-- sigma-fields:end -->");
    let table = readme.split(start).nth(1).and_then(|t| t.split(end).next()).expect("the README's Sigma field markers");
    let want = sigma::fields::markdown();
    if table != want {
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/target/sigma-fields.md"), &want).unwrap();
        panic!("README's Sigma field table is out of date: the new one is in target/sigma-fields.md");
    }
}
