//! The page: top bar, import, load summary, tabs, and the view of the current tab.

use leptos::{ev, prelude::*};

use super::{
    Later,
    details::DetailsPane,
    filters::FilterBar,
    grid::Grid,
    import::{DropOverlay, ImportButtons, Welcome},
    state::{AppState, Tab},
    summary::LoadSummary,
    views::{AppsView, CodesView, GroupsView, UsersView},
};
use crate::{
    core::{model::Log, workspace::viewstate::ViewState},
    web::{self, url},
};

/// Keeps the view and the URL hash in step: view changes become history entries (typing
/// in the search box replaces the entry instead), and Back/Forward restore the view.
fn sync_url(state: AppState) {
    state.view.set(ViewState::from_hash(&url::current_hash()));
    let last = StoredValue::new(state.view.get_untracked());
    Effect::new(move |_| {
        let v = state.view.get();
        let hash = v.to_hash();
        if hash != url::current_hash() && !(hash.is_empty() && url::current_hash().is_empty()) {
            let prev = last.get_value();
            let only_text = {
                let (mut a, mut b) = (prev.clone(), v.clone());
                a.signins.filter.text.clear();
                a.audit.filter.text.clear();
                b.signins.filter.text.clear();
                b.audit.filter.text.clear();
                a == b
            };
            url::set_hash(&hash, only_text);
        }
        last.set_value(v);
    });
    let h = window_event_listener(ev::popstate, move |_| {
        let v = ViewState::from_hash(&url::current_hash());
        if v != state.view.get_untracked() {
            state.view.set(v);
        }
    });
    on_cleanup(move || h.remove());
}

/// The fonts (`font` shorthands of style/app.css's sizes and weights) that the data view uses
/// and the welcome page does not: fetched while the page waits for a file.
const DATA_VIEW_FONTS: &[&str] = &[
    "400 11.5px var(--font)",
    "600 12px var(--font)",
    "600 13px var(--font)",
    "700 11px var(--font)",
    "700 12px var(--font)",
    "400 12px var(--mono)",
    "700 12px var(--mono)",
];

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    provide_context(super::findings::findings_memo(state));
    super::findings::prime_detection(state);
    match web::bridge::spawn(move |u| state.on_update(u)) {
        Ok(()) => {}
        Err(e) => state.notice.set(Some(format!("The file reader could not start: {e}"))),
    }
    sync_url(state);
    // Once the worker runs, nothing needs the network any more: forbid it for good.
    Effect::new(move |_| {
        if state.worker_ready.get() {
            if let Err(e) = web::lock_network() {
                state.notice.set(Some(format!("Could not lock the network: {e}")));
            }
            if let Some(body) = document().body() {
                let _ = body.set_attribute("data-ready", "true");
            }
            leptos::task::spawn_local(web::warm_fonts(DATA_VIEW_FONTS));
        }
    });
    let has_data = move || state.with_data(|d| !d.files.is_empty());
    let counts = Memo::new(move |_| state.with_data(|d| (d.signin_count(), d.audit_count())));
    let tab = Memo::new(move |_| state.tab());
    view! {
        <div class="app">
            <header class="topbar">
                <div class="brand">
                    <span class="brand__mark" aria-hidden="true"></span>
                    <span class="brand__name">"Lantern"</span>
                    <span class="brand__tag">"Entra ID sign-in & audit log investigator"</span>
                </div>
                <p class="privacy" data-testid="privacy">"Files are read in this tab; nothing is uploaded."</p>
                <ImportButtons/>
            </header>
            <DropOverlay/>
            <super::trainer::TrainerPanel/>
            {move || state.notice.get().map(|n| view! {
                <div class="notice" role="alert" data-testid="notice">
                    <span>{n}</span>
                    <button class="btn btn--ghost" on:click=move |_| state.notice.set(None)>"Dismiss"</button>
                </div>
            })}
            <main class="main">
                <Show when=has_data fallback=|| view! { <Welcome/> }>
                    // Built a part per turn (see Later): the summary, then the tabs, then the
                    // current tab's view.
                    <LoadSummary/>
                    <Later>
                    <Later><super::findings::FindingsLead/></Later>
                    <nav class="tabs" aria-label="Views">
                        <div class="tabs__list" role="tablist" aria-label="Views">
                        {Tab::ALL.into_iter().map(|t| {
                            let label = t.label();
                            view! {
                                <button
                                    role="tab"
                                    class="tabs__tab"
                                    data-testid=format!("tab-{}", t.key())
                                    aria-selected=move || (tab.get() == t).to_string()
                                    on:click=move |_| { state.set_tab(t); state.view.update(|v| v.user = None); }
                                >
                                    {label}
                                    {match t {
                                        Tab::SignIns => Some(view! { <span class="tabs__count" data-testid="count-signins">{move || crate::core::query::view::thousands(counts.get().0 as u64)}</span> }.into_any()),
                                        Tab::Audits => Some(view! { <span class="tabs__count" data-testid="count-audit">{move || crate::core::query::view::thousands(counts.get().1 as u64)}</span> }.into_any()),
                                        Tab::Findings => Some(view! { <super::findings::SeverityCounts/> }.into_any()),
                                        Tab::Rules => Some(view! {
                                            <Show when=move || state.rule_files.with(|f| !f.is_empty())>
                                                <span class="tabs__count" data-testid="count-rules">{move || state.sigma.with(|s| s.as_ref().map_or(0, |s| s.rules.len()))}</span>
                                            </Show>
                                        }.into_any()),
                                        _ => None,
                                    }}
                                </button>
                            }
                        }).collect_view()}
                        </div>
                        <ShareNote/>
                    </nav>
                    <Later>
                    {move || match tab.get() {
                        Tab::SignIns => view! { <LogView log=Log::SignIns/> }.into_any(),
                        Tab::Audits => view! { <LogView log=Log::Audits/> }.into_any(),
                        Tab::Users => view! { <UsersView/> }.into_any(),
                        Tab::Apps => view! { <AppsView/> }.into_any(),
                        Tab::Groups => view! { <GroupsView/> }.into_any(),
                        Tab::Codes => view! { <CodesView/> }.into_any(),
                        Tab::Findings => view! { <super::findings::FindingsView/> }.into_any(),
                        Tab::Rules => view! { <super::rules::RulesView/> }.into_any(),
                        Tab::Trends => view! { <super::charts::TrendsView/> }.into_any(),
                        Tab::Map => view! { <super::charts::MapView/> }.into_any(),
                    }}
                    </Later>
                    </Later>
                </Show>
            </main>
        </div>
    }
}

/// What the address bar holds, said plainly, and a link without any value from the logs.
#[component]
fn ShareNote() -> impl IntoView {
    let state = expect_context::<AppState>();
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let hash = state.view.with_untracked(|v| v.shareable().to_hash());
        let base = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .map(|h| h.split('#').next().unwrap_or_default().to_owned())
            .unwrap_or_default();
        url::copy_text(&format!("{base}{hash}"));
        copied.set(true);
    };
    view! {
        <span class="tabs__note" data-testid="share-note">
            <span>"This page's link holds no records, but it does hold your search text, filter values and the selected record's id."</span>
            <button class="btn btn--ghost btn--tiny" data-testid="copy-clean-link" title="Tab, columns, sort, time zone and thresholds only: no search text, filters, selection or allow-lists" on:click=copy>
                {move || if copied.get() { "Copied" } else { "Copy a link without log values" }}
            </button>
        </span>
    }
}

/// Filters, grid and details of one log.
#[component]
fn LogView(log: Log) -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = move || state.view.with(|v| v.record.is_some());
    view! {
        <FilterBar log=log/>
        <super::Later>
        <div class="workspace" class:workspace--details=open>
            <Grid log=log/>
            <Show when=open>
                <DetailsPane log=log/>
            </Show>
        </div>
        </super::Later>
    }
}
