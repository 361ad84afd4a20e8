//! The page: top bar, import, load summary, tabs and the record table.

use leptos::prelude::*;

use super::{
    import::{DropOverlay, ImportButtons, Welcome},
    state::{AppState, Tab},
    summary::LoadSummary,
    table::RecordTable,
};
use crate::{core::view::Log, web};

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    match web::bridge::spawn(move |u| state.on_update(u)) {
        Ok(()) => {}
        Err(e) => state.notice.set(Some(format!("The file reader could not start: {e}"))),
    }
    // Once the worker runs, nothing needs the network any more: forbid it for good.
    Effect::new(move |_| {
        if state.worker_ready.get() {
            if let Err(e) = web::lock_network() {
                state.notice.set(Some(format!("Could not lock the network: {e}")));
            }
            if let Some(body) = document().body() {
                let _ = body.set_attribute("data-ready", "true");
            }
        }
    });
    let has_data = move || state.with_data(|d| !d.files.is_empty());
    let counts = Memo::new(move |_| state.with_data(|d| (d.signin_count(), d.audit_count())));
    view! {
        <div class="app">
            <header class="topbar">
                <div class="brand">
                    <span class="brand__mark" aria-hidden="true"></span>
                    <span class="brand__name">"Lantern"</span>
                    <span class="brand__tag">"Entra ID sign-in & audit log investigator"</span>
                </div>
                <p class="privacy" data-testid="privacy">
                    "Files are read in this tab; nothing is uploaded."
                </p>
                <ImportButtons/>
            </header>
            <DropOverlay/>
            {move || state.notice.get().map(|n| view! {
                <div class="notice" role="alert">
                    <span>{n}</span>
                    <button class="btn btn--ghost" on:click=move |_| state.notice.set(None)>"Dismiss"</button>
                </div>
            })}
            <main class="main">
                <Show when=has_data fallback=|| view! { <Welcome/> }>
                    <LoadSummary/>
                    <nav class="tabs" role="tablist" aria-label="Log">
                        <button
                            role="tab"
                            class="tabs__tab"
                            data-testid="tab-signins"
                            aria-selected=move || (state.tab.get() == Tab::SignIns).to_string()
                            on:click=move |_| state.tab.set(Tab::SignIns)
                        >
                            "Sign-ins "
                            <span class="tabs__count" data-testid="count-signins">{move || counts.get().0.to_string()}</span>
                        </button>
                        <button
                            role="tab"
                            class="tabs__tab"
                            data-testid="tab-audit"
                            aria-selected=move || (state.tab.get() == Tab::Audits).to_string()
                            on:click=move |_| state.tab.set(Tab::Audits)
                        >
                            "Audit log "
                            <span class="tabs__count" data-testid="count-audit">{move || counts.get().1.to_string()}</span>
                        </button>
                    </nav>
                    {move || match state.tab.get() {
                        Tab::SignIns => view! { <RecordTable log=Log::SignIns/> }.into_any(),
                        Tab::Audits => view! { <RecordTable log=Log::Audits/> }.into_any(),
                    }}
                </Show>
            </main>
        </div>
    }
}
