//! Taking results away: downloads of the filtered view (CSV of the columns shown or of all
//! columns, JSON of the original records), findings (CSV, JSON, a self-contained HTML
//! report), and KQL to continue in Sentinel / Log Analytics. The bytes are produced by
//! `core::output::export`, `core::output::report` and `core::kql`; this file only moves them into Blobs.

use std::time::Duration;

use leptos::{prelude::*, task::spawn_local};

use super::state::AppState;
use crate::{
    core::{detect::Finding, kql, model::Log, model::SourceRef, output::export, output::report},
    web::{self, download::Parts, url::copy_text},
};

const PART_ROWS: usize = 10_000;

async fn yield_now() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

fn tz_of(state: &AppState, log: Log, rows: &[u32]) -> i32 {
    if !state.view.with_untracked(|v| v.local_time) {
        return 0;
    }
    let newest = state.data.with_value(|ds| rows.first().map(|&r| log.table(ds).time(log.time_col(), r as usize)));
    newest.map_or(0, web::url::local_offset_min)
}

/// Writes the selection as CSV, part by part, and offers it.
async fn export_csv(state: AppState, log: Log, all_columns: bool, progress: RwSignal<Option<String>>) {
    let rows = state.rows(log).get_untracked();
    let cols = if all_columns { export::all_columns(log) } else { state.log_view(log, |lv| lv.shown_columns(log)) };
    let tz = tz_of(&state, log, &rows);
    let mut exp = export::CsvExport::new(log, cols, tz, PART_ROWS);
    let mut parts = Parts::new();
    let mut buf = Vec::with_capacity(1 << 20);
    loop {
        let more = state.data.with_value(|ds| exp.next_part(ds, &rows, &mut buf));
        parts.push(&mut buf);
        progress.set(Some(format!("Writing CSV: {} of {} records…", exp.rows_done(), rows.len())));
        if !more {
            break;
        }
        yield_now().await;
    }
    let name = state.data.with_value(|ds| export::file_name(log.key(), "csv", ds, log, &rows));
    finish(parts.save(&name, "text/csv;charset=utf-8"), progress);
}

/// Writes the selection's original records as JSON (in file order, so the files are read
/// sequentially, a window at a time), and offers it.
async fn export_json(state: AppState, log: Log, progress: RwSignal<Option<String>>) {
    let sel = state.rows(log).get_untracked();
    let mut rows: Vec<(SourceRef, u32)> = state.data.with_value(|ds| {
        let srcs = if log == Log::SignIns { &ds.signins.src } else { &ds.audits.src };
        sel.iter().filter_map(|&r| srcs.get(r as usize).map(|s| (s, r))).collect()
    });
    rows.sort_by_key(|(s, r)| (s.file, s.offset, *r));
    let mut exp = export::JsonExport::new();
    let mut parts = Parts::new();
    let mut out = Vec::with_capacity(1 << 20);
    // The current window of a file: (file, start offset, bytes).
    let mut window: Option<(u16, u64, Vec<u8>)> = None;
    const WINDOW: u64 = 8 << 20;
    for (done, chunk) in rows.chunks(PART_ROWS / 2).enumerate() {
        let mut originals: Vec<Option<Vec<u8>>> = Vec::with_capacity(chunk.len());
        for (src, _) in chunk {
            let Some(blob) = web::bridge::file_for(src.file) else {
                originals.push(None);
                continue;
            };
            let end = src.offset + src.len as u64;
            let inside = window
                .as_ref()
                .is_some_and(|(f, start, b)| *f == src.file && src.offset >= *start && end <= start + b.len() as u64);
            if !inside {
                let len = WINDOW.max(src.len as u64);
                match web::file::read_range(&blob, src.offset as f64, (src.offset + len) as f64).await {
                    Ok(b) => window = Some((src.file, src.offset, b)),
                    Err(_) => {
                        originals.push(None);
                        continue;
                    }
                }
            }
            originals.push(window.as_ref().and_then(|(_, start, b)| {
                b.get((src.offset - start) as usize..(end - start) as usize).map(<[u8]>::to_vec)
            }));
        }
        let part_rows: Vec<u32> = chunk.iter().map(|(_, r)| *r).collect();
        let refs: Vec<Option<&[u8]>> = originals.iter().map(|o| o.as_deref()).collect();
        state.data.with_value(|ds| exp.part(ds, log, &part_rows, &refs, &mut out));
        parts.push(&mut out);
        progress.set(Some(format!(
            "Writing JSON: {} of {} records…",
            (done * PART_ROWS / 2 + chunk.len()).min(rows.len()),
            rows.len()
        )));
        yield_now().await;
    }
    exp.finish(&mut out);
    parts.push(&mut out);
    let name = state.data.with_value(|ds| export::file_name(log.key(), "json", ds, log, &sel));
    finish(parts.save(&name, "application/json"), progress);
}

fn finish(r: Result<(), web::WebError>, progress: RwSignal<Option<String>>) {
    match r {
        Ok(()) => {
            progress.set(Some("Download ready.".into()));
            set_timeout(move || drop(progress.try_set(None)), Duration::from_secs(3));
        }
        Err(e) => progress.set(Some(format!("The download failed: {e}"))),
    }
}

/// "Download" and "KQL" for a log's grid.
#[component]
pub fn GridTakeaway(log: Log) -> impl IntoView {
    let state = expect_context::<AppState>();
    let menu = RwSignal::new(false);
    let kql_open = RwSignal::new(false);
    let progress = RwSignal::new(None::<String>);
    let run = move |what: &'static str| {
        menu.set(false);
        spawn_local(async move {
            match what {
                "csv" => export_csv(state, log, false, progress).await,
                "csv-all" => export_csv(state, log, true, progress).await,
                _ => export_json(state, log, progress).await,
            }
        });
    };
    let kql_text = Memo::new(move |_| {
        let f = state.log_view(log, |lv| lv.filter.clone());
        state.with_data(|ds| kql::filter_kql(log, &f, ds))
    });
    view! {
        <span class="grid__progress" data-testid="export-progress">{move || progress.get()}</span>
        <div class="popover-anchor">
            <button class="btn btn--small" data-testid="kql" aria-expanded=move || kql_open.get().to_string() on:click=move |_| kql_open.update(|o| *o = !*o)>"KQL"</button>
            <Show when=move || kql_open.get()>
                <div class="popover popover--right kql" role="dialog" aria-label="KQL for this filter" data-testid="kql-panel">
                    <div class="popover__head">
                        <strong>"The same selection in Sentinel / Log Analytics"</strong>
                        <button class="btn btn--small" data-testid="kql-copy" on:click=move |_| copy_text(&kql_text.get_untracked())>"Copy"</button>
                        <button class="btn btn--ghost btn--small" aria-label="Close" on:click=move |_| kql_open.set(false)>"✕"</button>
                    </div>
                    <pre class="pre pre--raw" data-testid="kql-text">{move || kql_text.get()}</pre>
                </div>
            </Show>
        </div>
        <div class="popover-anchor">
            <button class="btn btn--small" data-testid="download" aria-haspopup="menu" aria-expanded=move || menu.get().to_string() on:click=move |_| menu.update(|m| *m = !*m)>"Download"</button>
            <Show when=move || menu.get()>
                <ul class="popover popover--right menu" role="menu" data-testid="download-menu">
                    <li role="none"><button role="menuitem" class="menu__item" data-testid="download-csv" on:click=move |_| run("csv")>"CSV — the columns shown"</button></li>
                    <li role="none"><button role="menuitem" class="menu__item" data-testid="download-csv-all" on:click=move |_| run("csv-all")>"CSV — all columns"</button></li>
                    <li role="none"><button role="menuitem" class="menu__item" data-testid="download-json" on:click=move |_| run("json")>"JSON — the original records"</button></li>
                </ul>
            </Show>
        </div>
    }
}

/// Findings as CSV / JSON, and the HTML report.
#[component]
pub fn FindingsTakeaway(findings: Signal<Vec<Finding>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let save = move |kind: &'static str| {
        let fs = findings.get_untracked();
        let res = state.data.with_value(|ds| {
            let rows = export::finding_rows(ds, &fs);
            let mut out = Vec::new();
            let (ext, mime) = match kind {
                "csv" => {
                    export::findings_csv(&rows, &mut out);
                    ("csv", "text/csv;charset=utf-8")
                }
                "json" => {
                    export::findings_json(&rows, &mut out);
                    ("json", "application/json")
                }
                _ => {
                    out = report_html(&state, ds, &fs).into_bytes();
                    ("html", "text/html;charset=utf-8")
                }
            };
            let all: Vec<u32> = (0..ds.signin_count() as u32).collect();
            let name = export::file_name(
                if kind == "report" { "findings-report" } else { "findings" },
                ext,
                ds,
                Log::SignIns,
                &all,
            );
            web::download::save_bytes(&out, &name, mime)
        });
        if let Err(e) = res {
            state.notice.set(Some(format!("The download failed: {e}")));
        }
    };
    view! {
        <span class="takeaway">
            "Download: "
            <button class="btn btn--small" data-testid="findings-csv" on:click=move |_| save("csv")>"CSV"</button>
            <button class="btn btn--small" data-testid="findings-json" on:click=move |_| save("json")>"JSON"</button>
            <button class="btn btn--small btn--primary" data-testid="findings-report" title="A self-contained page (print it to PDF)" on:click=move |_| save("report")>"Report (HTML)"</button>
        </span>
    }
}

fn report_html(state: &AppState, ds: &crate::core::model::Dataset, findings: &[Finding]) -> String {
    let cfg =
        crate::core::detect::DetectConfig::from_overrides(state.view.with_untracked(|v| v.detect.clone()).as_ref());
    let signin_rows = state.signin_rows.get_untracked();
    let audit_rows = state.audit_rows.get_untracked();
    let mut filters: Vec<String> = Vec::new();
    for (log, name) in [(Log::SignIns, "Sign-ins"), (Log::Audits, "Audit log")] {
        let f = state.log_view(log, |lv| lv.filter.clone());
        for d in crate::core::query::describe::describe_filter(log, &f, ds) {
            filters.push(format!("{name}: {d}"));
        }
    }
    let all: Vec<u32> = (0..ds.signin_count() as u32).collect();
    let input = report::ReportInput {
        title: "Lantern findings report".into(),
        tenant: export::tenant_name(ds),
        range: crate::core::query::aggregate::time_range(ds, Log::SignIns, &all),
        generated_at_ms: js_sys::Date::now() as i64,
        filters,
        signins_loaded: ds.signin_count() as u64,
        audits_loaded: ds.audit_count() as u64,
        signins_selected: signin_rows.len() as u64,
        audits_selected: audit_rows.len() as u64,
        files: ds.files.iter().map(|f| format!("{} — {}", f.name, f.format)).collect(),
        charts: report::standard_charts(ds, &signin_rows, &audit_rows, 0),
        findings: report::report_findings(ds, findings, &cfg, 25),
    };
    report::findings_report(&input)
}

/// The hunting query of one finding, with a copy button.
#[component]
pub fn HuntingKql(finding: Finding) -> impl IntoView {
    let state = expect_context::<AppState>();
    let q = crate::core::detect::hunting_query(
        &finding,
        &crate::core::detect::DetectConfig::from_overrides(state.view.with_untracked(|v| v.detect.clone()).as_ref()),
    );
    let copy = q.clone();
    view! {
        <details class="hunting" data-testid="hunting-kql">
            <summary>"KQL to hunt for this at scale (Sentinel / Log Analytics)"</summary>
            <button class="btn btn--small" on:click=move |_| copy_text(&copy)>"Copy"</button>
            <pre class="pre pre--raw">{q}</pre>
        </details>
    }
}
