//! Getting files in: the file picker, drag and drop anywhere on the page, the demo tenant.

use leptos::{ev, html, prelude::*};
use wasm_bindgen::JsCast as _;
use web_sys::{Blob, File, FileList};

use super::state::AppState;
use crate::core::workspace::demo;

/// The files of a list with their names (the path inside the folder when one was picked).
pub fn files_of(list: Option<FileList>) -> Vec<(Blob, String)> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(|f: File| {
            let rel = js_sys::Reflect::get(&f, &"webkitRelativePath".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            (f.clone().unchecked_into::<Blob>(), if rel.is_empty() { f.name() } else { rel })
        })
        .collect()
}

/// Builds the demo tenant and loads its files like dropped ones.
pub fn load_demo(state: AppState) {
    state.notice.set(None);
    let tenant = demo::generate(&demo::DemoConfig::default());
    let mut files = Vec::new();
    for (name, bytes) in tenant.demo_files() {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
        let opts = web_sys::FilePropertyBag::new();
        opts.set_type(if name.ends_with(".json") { "application/json" } else { "text/csv" });
        match File::new_with_u8_array_sequence_and_options(&parts, &name, &opts) {
            Ok(f) => files.push((f.unchecked_into::<Blob>(), name)),
            Err(e) => state.notice.set(Some(format!("Could not build the demo file {name}: {:?}", e))),
        }
    }
    state.demo_truth.set(Some(tenant.truth.clone()));
    state.load_files(files);
}

/// "Open files…", "Try the demo tenant" and "Clear".
#[component]
pub fn ImportButtons() -> impl IntoView {
    let state = expect_context::<AppState>();
    let input = NodeRef::<html::Input>::new();
    let busy = move || state.loads.with(|l| l.iter().any(|x| !x.done));
    view! {
        <div class="actions">
            <input
                node_ref=input
                type="file"
                multiple
                class="visually-hidden"
                data-testid="file-input"
                aria-label="Open export files"
                accept=".csv,.json,.log,.txt,.ndjson,.jsonl,.gz,.zip,.yml,.yaml"
                on:change=move |_| {
                    if let Some(el) = input.get() {
                        state.load_files(files_of(el.files()));
                        el.set_value("");
                    }
                }
            />
            <button class="btn btn--primary" data-testid="open-files" on:click=move |_| {
                if let Some(el) = input.get() {
                    el.click();
                }
            }>"Open files…"</button>
            <button class="btn" data-testid="demo" disabled=busy on:click=move |_| load_demo(state)>
                "Try the demo tenant"
            </button>
            <Show when=move || state.demo_truth.with(|t| t.is_some())>
                <button class="btn" data-testid="trainer-start" title="A guided investigation of the demo tenant"
                    on:click=move |_| state.view.update(|v| v.trainer = Some(v.trainer.unwrap_or(0)))>"Trainer mode"</button>
            </Show>
            <Show when=move || state.with_data(|d| !d.files.is_empty()) || state.loads.with(|l| !l.is_empty())>
                <button class="btn btn--ghost" data-testid="clear" on:click=move |_| state.clear()>"Clear"</button>
            </Show>
        </div>
    }
}

/// Drop files anywhere: an overlay says where they go.
#[component]
pub fn DropOverlay() -> impl IntoView {
    let state = expect_context::<AppState>();
    let over = RwSignal::new(false);
    let h1 = window_event_listener(ev::dragover, move |e| {
        e.prevent_default();
        if let Some(dt) = e.data_transfer() {
            dt.set_drop_effect("copy");
        }
        over.set(true);
    });
    let h2 = window_event_listener(ev::dragleave, move |e| {
        // Leaving the window (no related target) ends the hover.
        if e.related_target().is_none() {
            over.set(false);
        }
    });
    let h3 = window_event_listener(ev::drop, move |e| {
        e.prevent_default();
        over.set(false);
        let Some(dt) = e.data_transfer() else { return };
        let entries = crate::web::file::dropped_entries(&dt);
        if entries.iter().any(|x| x.is_directory()) {
            // A dropped folder (of rules, or of exports): walk it, then read what it holds.
            wasm_bindgen_futures::spawn_local(async move {
                let files = crate::web::file::walk_entries(entries).await;
                state.load_files(files);
            });
        } else {
            state.load_files(files_of(dt.files()));
        }
    });
    on_cleanup(move || {
        h1.remove();
        h2.remove();
        h3.remove();
    });
    view! {
        <div class="drop-overlay" class:drop-overlay--on=over aria-hidden="true">
            <div class="drop-overlay__box">"Drop to read the files here, in this tab"</div>
        </div>
    }
}

/// The empty state: what Lantern reads, and the two ways in.
#[component]
pub fn Welcome() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section class="welcome" data-testid="drop-zone">
            <div class="welcome__zone">
                <h1>"Drop Entra ID sign-in or audit log exports here"</h1>
                <p>
                    "CSV or JSON from the Entra admin center, Microsoft Graph JSON, Azure Monitor diagnostic records, "
                    "Log Analytics / Sentinel CSV or JSON, PowerShell exports — also inside .gz or .zip. Several files at once."
                </p>
                <div class="welcome__buttons">
                    <button class="btn btn--primary btn--large" on:click=move |_| {
                        if let Some(el) = document().query_selector("[data-testid=file-input]").ok().flatten()
                            && let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                el.click();
                            }
                    }>"Choose files…"</button>
                    <button class="btn btn--large" data-testid="demo-welcome" on:click=move |_| load_demo(state)>
                        "Try the demo tenant"
                    </button>
                </div>
                <p class="small">"Sigma rules (.yml / .yaml, a folder or a zip of them) can be dropped too: they run on the logs in this tab."</p>
                <Show when=move || state.rule_files.with(|f| !f.is_empty())>
                    <p class="alert" data-testid="welcome-rules">{move || format!(
                        "{} Sigma rule file(s) loaded — drop or open log exports to run them.",
                        state.rule_files.with(|f| f.len())
                    )}</p>
                </Show>
                <p class="welcome__privacy">
                    "Everything happens in this browser tab: the files are parsed here, and the page is locked so that it cannot "
                    "send anything anywhere (a Content-Security-Policy forbids every connection once it has started)."
                </p>
                <p class="welcome__privacy small">
                    "Prefer to host it yourself? "
                    <a href="lantern-offline.zip" download="lantern-offline.zip" data-testid="offline-zip">"Download the whole app as one zip"</a>
                    " (its SHA-256 is in "<a href="lantern-offline.zip.sha256" data-testid="offline-zip-sha">"lantern-offline.zip.sha256"</a>
                    " and the README); unzip it and serve the folder from any static web server."
                </p>
            </div>
        </section>
    }
}
