//! `lantern`: the command-line entry point on the same `core` as the browser app.
//!
//! The browser app is the `lantern-app` binary (built by Trunk); this one runs on the host.

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::{
        fs::File,
        io::{BufWriter, Write},
        path::{Path, PathBuf},
        process::ExitCode,
    };

    use lantern::core::{
        ingest,
        model::{Dataset, LoadState, SourceFile},
        workspace::demo::{self, DemoConfig, Interactivity},
    };
    use serde_json::{Value, json};

    const HELP: &str = "\
lantern — Microsoft Entra ID sign-in and audit log exports, read locally.

USAGE:
    lantern summary FILE...
        Reads every FILE (portal CSV/JSON, Graph JSON, Azure Monitor NDJSON, Log Analytics
        CSV/JSON, PowerShell exports, or .gz/.zip holding them) into one de-duplicated
        dataset and prints one JSON object to stdout:
          {\"files\":[{\"path\":…,\"format\":…,\"log\":\"signin\"|\"audit\",\"records\":N,
                      \"duplicates\":N,\"warnings\":[{\"line\":N|\"record\":N,\"message\":…}]}],
           \"totals\":{\"signin\":N,\"audit\":N}}
        A file that cannot be read at all has \"error\". Members of a .zip are listed as
        files of their own (\"path\": \"archive.zip › member.csv\").
        Exit status is non-zero only when no file could be read.

    lantern generate --out DIR [--seed N] [--records N] [--ca-policies N]
        Writes the demo tenant (the same generator as the app's \"Try the demo tenant\"):
        interactive sign-ins as portal JSON and CSV, non-interactive sign-ins CSV, the
        authentication-details CSV, the audit log as CSV and JSON, and truth.json (the
        planted attacks). --records scales the tenant to about N sign-ins.

    lantern generate --only KIND --out FILE [--seed N] [--records N] [--ca-policies N] [--realistic] [--scattered] [--pretty]
        Writes one file: KIND is signins-csv (interactive + non-interactive, 57 columns),
        signins-json (Graph signIn array), audit-csv, audit-json or truth.
        --realistic shapes the sign-ins like a real tenant's (every row its own ids, one user
        per ~40 sign-ins, each keeping the places and networks of one of the tenant's people,
        tens of thousands of addresses, Graph's key order; for benchmarks); --scattered is
        --realistic with every row given a random user (each signs in from several countries
        a week: an attack-heavy tenant, detection's stress case);
        --pretty indents the JSON.

    lantern findings [--config FILE.json] [--rules PATH]... FILE...
        Reads the files like `summary`, runs the detection rules and prints
          {\"findings\":[{\"key\",\"rule\",\"severity\",\"title\",\"why\",\"thresholds\",\"next_steps\",
                        \"users\":[…],\"ips\":[…],\"first\":ISO,\"last\":ISO,\"evidence\":[record ids],\"parts\":[…]}],
           \"notes\":[…]}
        ranked most severe first. --config takes a JSON object of detection settings
        (thresholds, allow_ips, allow_asns, allow_users, allow_apps…); missing ones keep
        their defaults. --rules adds Sigma rules (a .yml / .yaml file, a folder of them read
        recursively, or a zip; a FILE ending in .yml / .yaml counts as one too): their hits
        are findings with \"rule\": \"sigma:<rule id>\", and the JSON gains
          \"sigma\": {\"rules\": [{\"file\",\"key\",\"title\",\"level\",\"status\",\"author\",…}],
                    \"problems\": [{\"file\",\"line\",\"message\"}]}
        (each problem is also printed to stderr).

    lantern coverage
        Prints the README's coverage table: each Microsoft Sentinel \"Microsoft Entra ID\"
        analytic rule and Entra ID Protection risk detection, and the Lantern rules that
        evaluate it on exported logs (or why none can).

    lantern --help
        This text.

Nothing is sent anywhere: Lantern never opens a network connection.
";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            None | Some("-h" | "--help" | "help") => {
                print!("{HELP}");
                ExitCode::SUCCESS
            }
            Some("summary") => summary(&args[1..]),
            Some("generate") => generate(&args[1..]),
            Some("findings") => findings(&args[1..]),
            Some("coverage") => {
                print!("{}", lantern::core::detect::coverage::markdown());
                ExitCode::SUCCESS
            }
            Some(other) => {
                eprintln!("lantern: unknown command {other:?}; see `lantern --help`");
                ExitCode::from(2)
            }
        }
    }

    /// Loads files into one dataset (used by `summary` and later commands).
    pub fn load(paths: &[String]) -> (Dataset, Vec<(String, usize)>) {
        let mut ds = Dataset::new();
        let mut firsts = Vec::new();
        for p in paths {
            let first = ds.files.len();
            match File::open(p) {
                Ok(f) => {
                    let size = f.metadata().map(|m| m.len()).unwrap_or(0);
                    load_file(p, f, size, &mut ds);
                }
                Err(e) => {
                    let mut sf = SourceFile::new(p, 0);
                    sf.error = Some(format!("cannot open the file: {e}"));
                    sf.state = LoadState::Failed;
                    ds.files.push(sf);
                }
            }
            firsts.push((p.clone(), first));
        }
        (ds, firsts)
    }

    /// One file, with a reader per core on a large one (`ingest::split`; `LANTERN_READERS=N`
    /// sets how many, 1 reads as before).
    fn load_file(path: &str, f: File, size: u64, ds: &mut Dataset) {
        use ingest::split;
        let readers = std::env::var("LANTERN_READERS")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .clamp(1, 16);
        if readers < 2 || size < split::MIN_SPLIT_BYTES {
            let _ = ingest::load_reader(path, size, f, ds, 4 << 20);
            return;
        }
        let mut file = f;
        let mut read_at = |at: u64, n: u64| read_range(&mut file, at, n);
        let mut spawn = |job: split::PartJob| -> split::PartWait {
            let path = path.to_owned();
            let handle = std::thread::spawn(move || {
                let mut f = File::open(&path)?;
                split::read_part(&job, 4 << 20, &mut |at, n| read_range(&mut f, at, n))
            });
            Box::new(move || handle.join().unwrap_or_else(|_| Err(std::io::Error::other("the part's reader stopped"))))
        };
        let out = split::load_in_parts(path, size, &mut read_at, ds, &split::Cuts::readers(readers), &mut spawn);
        if std::env::var_os("LANTERN_SPLIT_DEBUG").is_some() {
            eprintln!("{path}: {out:?}");
        }
    }

    /// `n` bytes of `f` from offset `at` (fewer at its end).
    fn read_range(f: &mut File, at: u64, n: u64) -> std::io::Result<Vec<u8>> {
        use std::io::{Read, Seek, SeekFrom};
        f.seek(SeekFrom::Start(at))?;
        let mut buf = Vec::with_capacity(n as usize);
        f.take(n).read_to_end(&mut buf)?;
        Ok(buf)
    }

    fn file_json(f: &SourceFile, path: &str) -> Value {
        let warnings: Vec<Value> = f
            .warnings
            .iter()
            .map(|w| {
                let mut o = serde_json::Map::new();
                if let Some(l) = w.line {
                    o.insert("line".into(), json!(l));
                }
                if let Some(r) = w.record {
                    o.insert("record".into(), json!(r));
                }
                o.insert("severity".into(), json!(w.severity));
                o.insert("message".into(), json!(w.message));
                Value::Object(o)
            })
            .collect();
        let mut o = json!({
            "path": path,
            "format": f.format,
            "log": f.log(),
            "records": f.signins + f.audits,
            "signins": f.signins,
            "audits": f.audits,
            "duplicates": f.duplicates,
            "warnings": warnings,
        });
        if f.steps > 0 {
            o["authentication_steps"] = json!(f.steps);
        }
        if f.warnings_dropped > 0 {
            o["warnings_not_listed"] = json!(f.warnings_dropped);
        }
        if let Some(e) = &f.error {
            o["error"] = json!(e);
        }
        o
    }

    fn summary(paths: &[String]) -> ExitCode {
        if paths.is_empty() {
            eprintln!("lantern summary: give at least one FILE; see `lantern --help`");
            return ExitCode::from(2);
        }
        let (ds, _) = load(paths);
        let files: Vec<Value> = ds
            .files
            .iter()
            .map(|f| {
                // Zip members carry "archive › member" names already.
                file_json(f, &f.name)
            })
            .collect();
        let out = json!({
            "files": files,
            "totals": { "signin": ds.signin_count(), "audit": ds.audit_count() },
        });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
        let any_read = ds
            .files
            .iter()
            .any(|f| f.error.is_none() && f.member.is_none() || (f.member.is_some() && f.error.is_none()));
        if any_read { ExitCode::SUCCESS } else { ExitCode::from(1) }
    }

    /// Sigma rule files under `path`: the file itself (`.yml`, `.yaml`, or a zip of them), or
    /// every rule file in a folder, recursively, in name order.
    fn rule_files(path: &Path, out: &mut Vec<(String, String)>) -> Result<(), String> {
        if path.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("{}: {e}", path.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect();
            entries.sort();
            for p in entries {
                if p.is_dir() || lantern::core::sigma::is_rule_file(&p.to_string_lossy()) {
                    rule_files(&p, out)?;
                }
            }
            return Ok(());
        }
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path.to_string_lossy().into_owned();
        let files = lantern::core::sigma::rule_files(&name, &bytes);
        if files.is_empty() {
            return Err(format!("{name}: neither a .yml / .yaml rule file nor a zip holding some"));
        }
        out.extend(files);
        Ok(())
    }

    fn findings(args: &[String]) -> ExitCode {
        let mut cfg = lantern::core::detect::DetectConfig::default();
        let mut paths = Vec::new();
        let mut rules: Vec<(String, String)> = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if a == "--rules" {
                let Some(p) = it.next() else {
                    eprintln!("lantern findings: --rules needs a file or folder; see `lantern --help`");
                    return ExitCode::from(2);
                };
                if let Err(e) = rule_files(Path::new(p), &mut rules) {
                    eprintln!("lantern findings: {e}");
                    return ExitCode::from(2);
                }
            } else if lantern::core::sigma::is_rule_file(a) {
                if let Err(e) = rule_files(Path::new(a), &mut rules) {
                    eprintln!("lantern findings: {e}");
                    return ExitCode::from(2);
                }
            } else if a == "--config" {
                let Some(p) = it.next() else {
                    eprintln!("lantern findings: --config needs a file; see `lantern --help`");
                    return ExitCode::from(2);
                };
                match std::fs::read_to_string(p)
                    .map_err(|e| e.to_string())
                    .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
                {
                    Ok(c) => cfg = c,
                    Err(e) => {
                        eprintln!("lantern findings: cannot read the settings in {p}: {e}");
                        return ExitCode::from(2);
                    }
                }
            } else {
                paths.push(a.clone());
            }
        }
        if paths.is_empty() {
            eprintln!("lantern findings: give at least one FILE; see `lantern --help`");
            return ExitCode::from(2);
        }
        let started = std::time::Instant::now();
        let (ds, _) = load(&paths);
        let loaded = started.elapsed();
        for f in ds.files.iter().filter(|f| f.error.is_some()) {
            eprintln!("lantern findings: {}: {}", f.name, f.error.as_deref().unwrap_or(""));
        }
        let sigma = (!rules.is_empty()).then(|| lantern::core::sigma::RuleSet::load(&rules));
        for p in sigma.iter().flat_map(|s| s.problems.iter()) {
            eprintln!("lantern findings: {}", p.text());
        }
        let started = std::time::Instant::now();
        let analysis = lantern::core::detect::analyse_with(&ds, &cfg, sigma.as_ref());
        eprintln!(
            "lantern findings: {} sign-ins, {} audit events loaded in {} ms; {} findings in {} ms",
            ds.signin_count(),
            ds.audit_count(),
            loaded.as_millis(),
            analysis.findings.len(),
            started.elapsed().as_millis()
        );
        let mut out = lantern::core::detect::findings_json(&ds, &analysis.findings);
        out["notes"] = json!(analysis.notes);
        if let Some(s) = &sigma {
            out[lantern::core::detect::RuleId::Sigma.as_str()] = json!({ "rules": s.rules, "problems": s.problems });
        }
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
        if ds.signin_count() + ds.audit_count() > 0 { ExitCode::SUCCESS } else { ExitCode::from(1) }
    }

    fn flag(args: &[String], name: &str) -> Option<String> {
        args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
    }

    fn generate(args: &[String]) -> ExitCode {
        let num = |name: &str| -> Result<Option<u64>, String> {
            flag(args, name)
                .map(|v| v.parse::<u64>().map_err(|_| format!("{name} needs a number, got {v:?}")))
                .transpose()
        };
        let parsed = (|| -> Result<(DemoConfig, Option<String>, PathBuf), String> {
            let mut cfg = DemoConfig::default();
            if let Some(s) = num("--seed")? {
                cfg.seed = s;
            }
            if let Some(n) = num("--records")? {
                cfg.target_signins = Some(n as usize);
            }
            if let Some(n) = num("--ca-policies")? {
                cfg.ca_policies = n as usize;
            }
            cfg.scattered = args.iter().any(|a| a == "--scattered");
            cfg.realistic = cfg.scattered || args.iter().any(|a| a == "--realistic");
            cfg.pretty = args.iter().any(|a| a == "--pretty");
            let out = flag(args, "--out").ok_or("--out is required")?;
            Ok((cfg, flag(args, "--only"), PathBuf::from(out)))
        })();
        let (cfg, only, out) = match parsed {
            Ok(p) => p,
            Err(e) => {
                eprintln!("lantern generate: {e}; see `lantern --help`");
                return ExitCode::from(2);
            }
        };
        let tenant = demo::generate(&cfg);
        let result = match only.as_deref() {
            Some(kind) => write_one(&tenant, kind, &out),
            None => write_all(&tenant, &out),
        };
        match result {
            Ok(()) => {
                eprintln!("lantern generate: {} sign-ins, {} audit events", tenant.signins.len(), tenant.audits.len());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("lantern generate: {e}");
                ExitCode::from(1)
            }
        }
    }

    fn create(path: &Path) -> std::io::Result<BufWriter<File>> {
        Ok(BufWriter::with_capacity(1 << 20, File::create(path)?))
    }

    fn write_one(t: &demo::Tenant, kind: &str, path: &Path) -> Result<(), String> {
        let mut w = create(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        let r = match kind {
            "signins-csv" => t.write_signins_csv(Interactivity::Interactive, &mut w).and_then(|_| {
                // Both kinds in one file: append the non-interactive rows without a header.
                let mut rest = Vec::new();
                t.write_signins_csv(Interactivity::NonInteractive, &mut rest)?;
                let body = rest.splitn(2, |&b| b == b'\n').nth(1).unwrap_or(&[]);
                w.write_all(body)
            }),
            "signins-json" => t.write_signins_json(None, &mut w),
            "audit-csv" => t.write_audit_csv(&mut w),
            "audit-json" => t.write_audit_json(&mut w),
            "truth" => w.write_all(t.truth_json().as_bytes()),
            other => return Err(format!("unknown --only kind {other:?}")),
        };
        r.and_then(|_| w.flush()).map_err(|e| format!("writing {}: {e}", path.display()))
    }

    fn write_all(t: &demo::Tenant, dir: &Path) -> Result<(), String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let (a, b) = (
            lantern::core::model::time::format_date(t.start_ms),
            lantern::core::model::time::format_date(t.end_ms - 1),
        );
        type Writer<'w> = &'w dyn Fn(&mut BufWriter<File>) -> std::io::Result<()>;
        let files: [(String, Writer); 7] = [
            (format!("InteractiveSignIns_{a}_{b}.json"), &|w| t.write_signins_json(Some(true), w)),
            (format!("InteractiveSignIns_{a}_{b}.csv"), &|w| t.write_signins_csv(Interactivity::Interactive, w)),
            (format!("InteractiveSignIns_AuthDetails_{a}_{b}.csv"), &|w| t.write_auth_details_csv(w)),
            (format!("NonInteractiveSignIns_{a}_{b}.csv"), &|w| t.write_signins_csv(Interactivity::NonInteractive, w)),
            (format!("AuditLogs_{a}_{b}.csv"), &|w| t.write_audit_csv(w)),
            (format!("AuditLogs_{a}_{b}.json"), &|w| t.write_audit_json(w)),
            ("truth.json".to_owned(), &|w| w.write_all(t.truth_json().as_bytes())),
        ];
        for (name, write) in files {
            let path = dir.join(&name);
            let mut w = create(&path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
            write(&mut w).and_then(|_| w.flush()).map_err(|e| format!("writing {}: {e}", path.display()))?;
        }
        Ok(())
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
