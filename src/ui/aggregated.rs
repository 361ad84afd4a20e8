//! The portal's aggregated sign-ins view: identical sign-ins (user, application, IP address,
//! status, resource) within a time aggregate of 1, 6 or 24 hours, counted; a group expands to
//! its sign-ins, each opening the details pane. Grouping is `core::query::aggregate::signin_groups`.

use leptos::prelude::*;

use super::state::AppState;
use crate::core::{
    model::{Log, NO_TIME, time},
    query::{aggregate, view::thousands},
};

/// Groups shown at first, and added by "Show more".
const PAGE: usize = 200;

fn when(ms: i64) -> String {
    if ms == NO_TIME { "(no time)".into() } else { time::format_display(ms) }
}

/// The "Group identical sign-ins" choice of the sign-ins toolbar.
#[component]
pub fn GroupChoice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = move || state.log_view(Log::SignIns, |v| v.group_hours.map_or("0".to_owned(), |h| h.to_string()));
    view! {
        <label class="grid__group" title="As the portal's non-interactive sign-ins: identical user, application, IP address, status and resource within the time aggregate, counted">
            "Group identical sign-ins "
            <select data-testid="group-hours" prop:value=current on:change=move |e| {
                let h: u32 = event_target_value(&e).parse().unwrap_or(0);
                state.update_log(Log::SignIns, |v| v.group_hours = (h > 0).then_some(h));
            }>
                <option value="0">"off"</option>
                {aggregate::GROUP_HOURS.iter().map(|h| view! { <option value=h.to_string()>{format!("{h} h")}</option> }).collect_view()}
            </select>
        </label>
    }
}

/// The aggregated table, in place of the grid while a time aggregate is chosen.
#[component]
pub fn SigninGroups(hours: u32) -> impl IntoView {
    let state = expect_context::<AppState>();
    let groups = Memo::new(move |_| {
        let rows = state.signin_rows.get();
        state.with_data(|ds| aggregate::signin_groups(ds, &rows, hours))
    });
    let shown = RwSignal::new(PAGE);
    let open = RwSignal::new(None::<usize>);
    view! {
        <div class="grid__body grid__body--groups" data-testid="signin-groups">
            <table class="table">
                <thead><tr>
                    <th>"Date (aggregate start)"</th><th>"User"</th><th>"Application"</th><th>"IP address"</th>
                    <th>"Status"</th><th>"Resource"</th><th class="num">"# sign-ins"</th>
                </tr></thead>
                <tbody>
                    {move || groups.with(|gs| gs.iter().take(shown.get()).enumerate().map(|(i, g)| {
                        let n = g.rows.len();
                        let rows = g.rows.clone();
                        let is_open = move || open.get() == Some(i);
                        view! {
                            <tr class="table__row--click" data-testid="signin-group" data-count=n.to_string()
                                tabindex="0" aria-expanded=move || is_open().to_string()
                                on:click=move |_| open.update(|o| *o = if *o == Some(i) { None } else { Some(i) })
                                on:keydown=move |e| if e.key() == "Enter" || e.key() == " " {
                                    e.prevent_default();
                                    open.update(|o| *o = if *o == Some(i) { None } else { Some(i) });
                                }>
                                <td>{when(g.start_ms)}</td><td class="strong">{g.user.clone()}</td><td>{g.app.clone()}</td>
                                <td>{g.ip.clone()}</td><td>{g.status.clone()}</td><td>{g.resource.clone()}</td>
                                <td class="num">{thousands(n as u64)}</td>
                            </tr>
                            <Show when=is_open>
                                <tr class="groups__members"><td colspan="7">
                                    <GroupMembers rows=rows.clone()/>
                                </td></tr>
                            </Show>
                        }
                    }).collect_view())}
                </tbody>
            </table>
            <p class="muted" data-testid="signin-groups-summary">{move || {
                let (g, r) = groups.with(|gs| (gs.len(), gs.iter().map(|g| g.rows.len()).sum::<usize>()));
                format!("{} groups of {} sign-ins (time aggregate {hours} h)", thousands(g as u64), thousands(r as u64))
            }}</p>
            <Show when=move || groups.with(|g| g.len() > shown.get())>
                <button class="btn" data-testid="signin-groups-more" on:click=move |_| shown.update(|s| *s += PAGE)>"Show more groups"</button>
            </Show>
        </div>
    }
}

/// A group's sign-ins: time, status, code, client app; a click opens the details.
#[component]
fn GroupMembers(rows: Vec<u32>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let items = state.with_data(|ds| {
        let t = &ds.signins.table;
        let text = |f: crate::core::model::SignInField, r: usize| {
            crate::core::query::view::cell_text(t, f as usize, r, &ds.strings, 0)
        };
        rows.iter()
            .take(500)
            .map(|&r| {
                use crate::core::model::SignInField as S;
                let ri = r as usize;
                (
                    super::state::record_id(ds, Log::SignIns, ri),
                    text(S::Time, ri),
                    text(S::Code, ri),
                    text(S::ClientApp, ri),
                    text(S::RequestId, ri),
                )
            })
            .collect::<Vec<_>>()
    });
    let more = rows.len().saturating_sub(500);
    view! {
        <table class="table table--inner" data-testid="signin-group-rows">
            <thead><tr><th>"Date (UTC)"</th><th>"Sign-in error code"</th><th>"Client app"</th><th>"Request ID"</th></tr></thead>
            <tbody>
                {items.into_iter().map(|(rid, t, code, client, req)| view! {
                    <tr class="table__row--click" data-testid="signin-group-row" tabindex="0"
                        on:click={let rid = rid.clone(); move |e: leptos::ev::MouseEvent| { e.stop_propagation(); state.view.update(|v| v.record = Some(rid.clone())); }}
                        on:keydown=move |e| if e.key() == "Enter" { state.view.update(|v| v.record = Some(rid.clone())); }>
                        <td>{t}</td><td>{code}</td><td>{client}</td><td class="mono">{req}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        {(more > 0).then(|| view! { <p class="muted">{format!("… and {more} more: filter the grid to see them all")}</p> })}
    }
}
