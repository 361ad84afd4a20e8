//! The record table: only the visible rows are in the DOM (fixed row height; the range
//! maths is `core::window::visible_rows`).

use std::sync::Arc;

use leptos::{html, prelude::*};

use super::state::AppState;
use crate::core::{
    model::{AuditField, SignInField},
    view::{Log, cell_text, newest_first},
    window::visible_rows,
};

const ROW_PX: f64 = 30.0;

fn default_columns(log: Log) -> Vec<(usize, &'static str, &'static str)> {
    match log {
        Log::SignIns => vec![
            (SignInField::Time as usize, "Date (UTC)", "11rem"),
            (SignInField::User as usize, "User", "minmax(9rem, 1.2fr)"),
            (SignInField::App as usize, "Application", "minmax(9rem, 1.2fr)"),
            (SignInField::Status as usize, "Status", "7rem"),
            (SignInField::Ip as usize, "IP address", "minmax(8rem, 0.9fr)"),
            (SignInField::Location as usize, "Location", "minmax(9rem, 1.1fr)"),
            (SignInField::Ca as usize, "Conditional Access", "9rem"),
        ],
        Log::Audits => vec![
            (AuditField::Time as usize, "Date (UTC)", "11rem"),
            (AuditField::Service as usize, "Service", "minmax(8rem, 0.8fr)"),
            (AuditField::Category as usize, "Category", "minmax(8rem, 0.8fr)"),
            (AuditField::Activity as usize, "Activity", "minmax(10rem, 1.4fr)"),
            (AuditField::Result as usize, "Status", "6rem"),
            (AuditField::Targets as usize, "Target", "minmax(10rem, 1.2fr)"),
            (AuditField::Actor as usize, "Initiated by (actor)", "minmax(10rem, 1.2fr)"),
        ],
    }
}

/// A status cell gets a colour class.
fn cell_class(log: Log, col: usize, text: &str) -> &'static str {
    let status_col = match log {
        Log::SignIns => SignInField::Status as usize,
        Log::Audits => AuditField::Result as usize,
    };
    if col != status_col {
        return "grid__cell";
    }
    match text {
        "Success" => "grid__cell grid__cell--ok",
        "Failure" | "Timeout" => "grid__cell grid__cell--bad",
        "Interrupted" => "grid__cell grid__cell--warn",
        _ => "grid__cell",
    }
}

/// The table of one log.
#[component]
pub fn RecordTable(log: Log) -> impl IntoView {
    let state = expect_context::<AppState>();
    let columns = default_columns(log);
    let template = columns.iter().map(|c| c.2).collect::<Vec<_>>().join(" ");
    let order: Memo<Arc<Vec<u32>>> = Memo::new(move |_| {
        state.with_data(|d| {
            let t = log.table(d);
            Arc::new(newest_first(t, log.time_col()))
        })
    });
    let scroller = NodeRef::<html::Div>::new();
    let scroll_top = RwSignal::new(0.0_f64);
    let viewport = RwSignal::new(600.0_f64);
    Effect::new(move |_| {
        if let Some(el) = scroller.get() {
            viewport.set(f64::from(el.client_height()).max(ROW_PX));
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        if let Some(el) = scroller.get_untracked() {
            viewport.set(f64::from(el.client_height()).max(ROW_PX));
        }
    });
    on_cleanup(move || resize.remove());
    let cols = columns.clone();
    let window = Memo::new(move |_| {
        let n = order.with(|o| o.len());
        let range = visible_rows(scroll_top.get(), viewport.get(), ROW_PX, n, 8);
        let rows: Vec<(usize, u32, Vec<String>)> = state.with_data(|d| {
            let t = log.table(d);
            order.with(|o| {
                range
                    .clone()
                    .filter_map(|pos| {
                        let row = *o.get(pos)?;
                        let cells = cols.iter().map(|(c, _, _)| cell_text(t, *c, row as usize, &d.strings, 0)).collect();
                        Some((pos, row, cells))
                    })
                    .collect()
            })
        });
        rows
    });
    let total_px = move || format!("{}px", order.with(|o| o.len()) as f64 * ROW_PX);
    let header_cols = columns.clone();
    let t1 = template.clone();
    let label = match log {
        Log::SignIns => "Sign-ins",
        Log::Audits => "Audit log",
    };
    view! {
        <section class="grid" role="grid" aria-label=label aria-rowcount=move || (order.with(|o| o.len()) + 1).to_string() data-testid=format!("grid-{}", log.key())>
            <div class="grid__header" role="row" aria-rowindex="1" style:grid-template-columns=t1>
                {header_cols.into_iter().map(|(_, name, _)| view! { <div class="grid__hcell" role="columnheader">{name}</div> }).collect_view()}
            </div>
            <div class="grid__body" node_ref=scroller on:scroll=move |_| {
                if let Some(el) = scroller.get() {
                    scroll_top.set(f64::from(el.scroll_top()));
                }
            }>
                <Show when=move || order.with(|o| o.is_empty())>
                    <p class="grid__empty">{match log {
                        Log::SignIns => "No sign-ins loaded.",
                        Log::Audits => "No audit events loaded.",
                    }}</p>
                </Show>
                <div class="grid__spacer" style:height=total_px>
                    <For each=move || window.get() key=|(pos, row, cells)| (*pos, *row, cells.clone()) let((pos, _row, cells))>
                        <div
                            class="grid__row"
                            role="row"
                            aria-rowindex=(pos + 2).to_string()
                            data-testid="row"
                            style:grid-template-columns=template.clone()
                            style:transform=format!("translateY({}px)", pos as f64 * ROW_PX)
                        >
                            {cells.into_iter().enumerate().map(|(i, text)| {
                                let class = cell_class(log, columns[i].0, &text);
                                let title = text.clone();
                                view! { <div class=class role="gridcell" title=title>{text}</div> }
                            }).collect_view()}
                        </div>
                    </For>
                </div>
            </div>
        </section>
    }
}
