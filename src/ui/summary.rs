//! What was loaded: per file its format, records, duplicates and warnings; progress and
//! Cancel while files are being read.

use leptos::prelude::*;

use super::state::AppState;
use crate::core::{
    model::{LoadState, Severity, SourceFile},
    query::view::thousands,
};

fn human_bytes(b: f64) -> String {
    if b >= 1e9 {
        format!("{:.2} GB", b / 1e9)
    } else if b >= 1e6 {
        format!("{:.1} MB", b / 1e6)
    } else if b >= 1e3 {
        format!("{:.0} kB", b / 1e3)
    } else {
        format!("{b:.0} B")
    }
}

/// Progress of running loads and the list of loaded files.
#[component]
pub fn LoadSummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let files = Memo::new(move |_| state.with_data(|d| d.files.clone()));
    let running = move || state.loads.with(|l| l.iter().any(|x| !x.done));
    let progress = move || {
        state.loads.with(|l| {
            let live: Vec<_> = l.iter().filter(|x| !x.done).collect();
            let done: f64 = live.iter().map(|x| x.bytes_done).sum();
            let total: f64 = live.iter().map(|x| x.bytes_total).sum::<f64>().max(1.0);
            let records: u64 = live.iter().map(|x| x.records).sum();
            let ms = live.iter().map(|x| x.elapsed_ms).fold(0.0, f64::max).max(1.0);
            (done, total, records, ms)
        })
    };
    let totals = move || {
        files.with(|fs| {
            let s: u64 = fs.iter().map(|f| f.signins).sum();
            let a: u64 = fs.iter().map(|f| f.audits).sum();
            let d: u64 = fs.iter().map(|f| f.duplicates).sum();
            let w: u64 = fs.iter().map(SourceFile::warning_count).sum();
            (s, a, d, w, fs.len())
        })
    };
    // Files that gave nothing, and why: said where the eye is, not only in "Files".
    let problems = Memo::new(move |_| files.with(|fs| fs.iter().filter_map(unread_reason).collect::<Vec<_>>()));
    view! {
        // The reader's own time for the latest loads (the benchmark compares the whole load with it).
        <section
            class="summary"
            data-testid="load-summary"
            aria-label="Loaded files"
            data-worker-ms=move || state.loads.with(|l| l.iter().map(|x| x.elapsed_ms).fold(0.0, f64::max).round())
        >
            <div class="summary__head">
                <span class="summary__totals" data-testid="totals">
                    {move || {
                        let (s, a, d, w, n) = totals();
                        let mut t = format!(
                            "{} file{} · {} sign-ins · {} audit events",
                            n,
                            if n == 1 { "" } else { "s" },
                            thousands(s),
                            thousands(a)
                        );
                        if d > 0 {
                            t.push_str(&format!(" · {} duplicates dropped", thousands(d)));
                        }
                        if w > 0 {
                            t.push_str(&format!(" · {} warning{}", thousands(w), if w == 1 { "" } else { "s" }));
                        }
                        let u = problems.with(|p| p.iter().filter(|x| x.1 == Unread::NotRead).count());
                        if u > 0 {
                            t.push_str(&format!(" · {u} file{} not read", if u == 1 { "" } else { "s" }));
                        }
                        t
                    }}
                </span>
                {move || state.first_rows_ms.get().map(|ms| view! {
                    <span class="summary__timing" data-testid="first-rows-ms">{format!("first rows after {ms:.0} ms")}</span>
                })}
            </div>
            <Show when=move || !problems.with(|p| p.is_empty())>
                <ul class="unread" role="alert" data-testid="unread">
                    {move || problems.get().into_iter().map(|(name, kind, why)| view! {
                        <li class=if kind == Unread::NotRead { "unread__item unread__item--error" } else { "unread__item" }>
                            <strong>{name}</strong>
                            {match kind { Unread::NotRead => " was not read: ", Unread::Empty => " was read but held no records: " }}
                            {why}
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
            <Show when=running>
                <div class="progress" data-testid="progress" role="status">
                    {move || {
                        let (done, total, records, ms) = progress();
                        let pct = (done / total * 100.0).min(100.0);
                        view! {
                            <div class="progress__bar">
                                <div class="progress__fill" style:width=format!("{pct:.1}%")></div>
                            </div>
                            <span class="progress__text" data-testid="progress-text">
                                {format!(
                                    "{} of {} · {} records · {} records/s",
                                    human_bytes(done),
                                    human_bytes(total),
                                    thousands(records),
                                    thousands((records as f64 / ms * 1000.0) as u64)
                                )}
                            </span>
                        }
                    }}
                    <button class="btn btn--danger" data-testid="cancel" on:click=move |_| state.cancel_loads()>"Cancel"</button>
                </div>
            </Show>
            // The file table a turn later (see ui::Later).
            <super::Later>
                <FilesTable files=files/>
            </super::Later>
        </section>
    }
}

/// Each file read: its format, counts and state, with its warnings.
#[component]
fn FilesTable(files: Memo<Vec<SourceFile>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let running = move || state.loads.with(|l| l.iter().any(|x| !x.done));
    view! {
        <details class="files" open=running>
            <summary>"Files"</summary>
            <table class="files__table" data-testid="files">
                <thead>
                    <tr>
                        <th scope="col">"File"</th>
                        <th scope="col">"Format detected"</th>
                        <th scope="col" class="num">"Sign-ins"</th>
                        <th scope="col" class="num">"Audit"</th>
                        <th scope="col" class="num">"Duplicates"</th>
                        <th scope="col">"Status"</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || files.get().into_iter().enumerate() key=|(i, f)| (*i, f.name.clone(), f.bytes_done, f.state.clone(), f.warning_count()) let((i, f))>
                        <FileRow index=i file=f/>
                    </For>
                </tbody>
            </table>
        </details>
    }
}

/// Why a file gave no records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unread {
    /// Refused or failed: nothing of it was read.
    NotRead,
    /// Read to the end, but no record came out of it.
    Empty,
}

/// (file name, kind, reason) of a file that gave nothing; `None` for a good or loading file.
fn unread_reason(f: &SourceFile) -> Option<(String, Unread, String)> {
    match (&f.state, &f.error) {
        (_, Some(e)) => Some((f.name.clone(), Unread::NotRead, e.clone())),
        (LoadState::Failed, None) => Some((f.name.clone(), Unread::NotRead, "the reader failed".into())),
        // A zip archive's own row: its members' rows carry the records (one without a readable
        // member already has an error).
        (LoadState::Done, None) if f.format_id == "zip" => None,
        (LoadState::Done, None) if f.signins + f.audits + f.duplicates == 0 => {
            let why = f
                .warnings
                .iter()
                .find(|w| w.severity >= Severity::Warning)
                .map_or_else(|| "it contains no sign-in or audit record".to_owned(), |w| w.message.clone());
            Some((f.name.clone(), Unread::Empty, why))
        }
        _ => None,
    }
}

#[component]
fn FileRow(index: usize, file: SourceFile) -> impl IntoView {
    let state_text = match (&file.state, &file.error) {
        (_, Some(e)) => format!("Not read: {e}"),
        (LoadState::Loading, _) => "Reading…".to_owned(),
        (LoadState::Cancelled, _) => "Cancelled — records read before the cancel are kept".to_owned(),
        (LoadState::Failed, None) => "Failed".to_owned(),
        (LoadState::Done, _) if file.warning_count() == 0 && file.readers > 1 => {
            format!("Read on {} cores", file.readers)
        }
        (LoadState::Done, _) if file.warning_count() == 0 => "Read".to_owned(),
        (LoadState::Done, _) => {
            format!("Read with {} warning{}", file.warning_count(), if file.warning_count() == 1 { "" } else { "s" })
        }
    };
    let class = match (&file.state, &file.error) {
        (_, Some(_)) | (LoadState::Failed, _) => "files__state files__state--error",
        (LoadState::Cancelled, _) => "files__state files__state--warn",
        _ if file.warning_count() > 0 => "files__state files__state--warn",
        _ => "files__state",
    };
    let state_key = match file.state {
        LoadState::Loading => "loading",
        LoadState::Done => "done",
        LoadState::Cancelled => "cancelled",
        LoadState::Failed => "failed",
    };
    let warnings = file.warnings.clone();
    let dropped = file.warnings_dropped;
    view! {
        <tr data-testid="file-row" data-index=index.to_string() data-state=state_key data-readers=file.readers.to_string()>
            <td class="files__name">{file.name.clone()}</td>
            <td>{if file.format.is_empty() { "…".to_owned() } else { file.format.clone() }}</td>
            <td class="num">{thousands(file.signins)}</td>
            <td class="num">{thousands(file.audits)}</td>
            <td class="num">{thousands(file.duplicates)}</td>
            <td class=class>
                {state_text}
                {(!warnings.is_empty()).then(|| view! {
                    <details class="warnings">
                        <summary>"Show warnings"</summary>
                        <ul>
                            {warnings.into_iter().map(|w| {
                                let sev = match w.severity { Severity::Info => "info", Severity::Warning => "warning", Severity::Error => "error" };
                                let place = match (w.line, w.record) {
                                    (Some(l), _) => format!("line {l}: "),
                                    (None, Some(r)) => format!("record {r}: "),
                                    _ => String::new(),
                                };
                                view! { <li class=format!("warnings__item warnings__item--{sev}")>{place}{w.message}</li> }
                            }).collect_view()}
                            {(dropped > 0).then(|| view! { <li>{format!("… and {dropped} more")}</li> })}
                        </ul>
                    </details>
                })}
            </td>
        </tr>
    }
}
