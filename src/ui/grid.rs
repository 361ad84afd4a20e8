//! The record grid: virtual rows (only the visible ones are in the DOM; the range maths
//! is `core::query::window`), a column chooser, sorting, column resizing, a sticky header and
//! keyboard navigation (arrows, Page Up/Down, Home/End, Enter opens details, Esc closes).

use crate::core::model::Log;
use std::collections::HashMap;

use leptos::{ev, html, prelude::*};

use super::state::{AppState, record_id};
use crate::{
    core::{
        model::{FieldDef, Kind},
        query::view::{cell_text, thousands},
        query::window::{scroll_to_show, visible_rows},
    },
    web::url::local_offset_min,
};

pub const ROW_PX: f64 = 30.0;
const HEADER_PX: f64 = 34.0;

/// The columns shown in `log`'s grid.
pub fn shown_columns(state: &AppState, log: Log) -> Vec<usize> {
    state.log_view(log, |lv| lv.shown_columns(log))
}

fn default_width(d: &FieldDef) -> f64 {
    match (d.kind, d.key) {
        (Kind::Time, _) => 178.0,
        (_, "user_agent") => 320.0,
        (_, "reason") => 280.0,
        (_, "activity" | "target" | "actor" | "location" | "user" | "app") => 200.0,
        (Kind::Enum(_), _) | (Kind::Int, _) | (Kind::Float, _) => 120.0,
        (Kind::Id, _) => 290.0,
        _ => 170.0,
    }
}

/// Status-like cells get a colour class.
fn cell_class(d: &FieldDef, text: &str) -> &'static str {
    if !matches!(d.key, "status" | "result" | "ca") {
        return "grid__cell";
    }
    match text {
        "Success" => "grid__cell grid__cell--ok",
        "Failure" | "Timeout" => "grid__cell grid__cell--bad",
        "Interrupted" => "grid__cell grid__cell--warn",
        _ => "grid__cell",
    }
}

/// The grid of one log.
#[component]
pub fn Grid(log: Log) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = state.rows(log);
    let columns = Memo::new(move |_| shown_columns(&state, log));
    let widths = RwSignal::new(HashMap::<usize, f64>::new());
    let width_of =
        move |c: usize| widths.with(|w| w.get(&c).copied()).unwrap_or_else(|| default_width(&log.fields()[c]));
    let template = move || columns.get().iter().map(|&c| format!("{}px", width_of(c))).collect::<Vec<_>>().join(" ");
    let total_width = move || format!("{}px", columns.get().iter().map(|&c| width_of(c)).sum::<f64>().max(600.0));

    let scroller = NodeRef::<html::Div>::new();
    let scroll_top = RwSignal::new(0.0_f64);
    let viewport = RwSignal::new(600.0_f64);
    let measure = move || {
        if let Some(el) = scroller.get_untracked() {
            viewport.set((f64::from(el.client_height()) - HEADER_PX).max(ROW_PX));
        }
    };
    Effect::new(move |_| {
        if scroller.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    // The focused position (keyboard cursor) in the selection.
    let focus = RwSignal::new(0usize);
    let selected_row = Memo::new(move |_| {
        let rid = state.view.with(|v| v.record.clone())?;
        state.with_data(|ds| super::state::row_of_id(ds, log, &rid))
    });

    let window = Memo::new(move |_| {
        let n = rows.with(|r| r.len());
        visible_rows((scroll_top.get() - HEADER_PX).max(0.0), viewport.get(), ROW_PX, n, 6)
    });
    let view_rows = Memo::new(move |_| {
        let range = window.get();
        let cols = columns.get();
        let local = state.view.with(|v| v.local_time);
        rows.with(|sel| {
            state.with_data(|ds| {
                let t = log.table(ds);
                range
                    .clone()
                    .filter_map(|pos| {
                        let row = *sel.get(pos)? as usize;
                        let cells: Vec<(usize, String)> = cols
                            .iter()
                            .map(|&c| {
                                let off = if local && matches!(t.defs()[c].kind, Kind::Time) {
                                    local_offset_min(t.time(c, row))
                                } else {
                                    0
                                };
                                (c, cell_text(t, c, row, &ds.strings, off))
                            })
                            .collect();
                        Some((pos, row, cells))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });

    let open = move |pos: usize| {
        let Some(row) = rows.with_untracked(|r| r.get(pos).copied()) else {
            return;
        };
        let rid = state.data.with_value(|ds| record_id(ds, log, row as usize));
        focus.set(pos);
        state.view.update(|v| v.record = Some(rid));
    };
    let move_focus = move |to: usize| {
        let n = rows.with_untracked(|r| r.len());
        if n == 0 {
            return;
        }
        let to = to.min(n - 1);
        focus.set(to);
        if let Some(el) = scroller.get_untracked() {
            let top = f64::from(el.scroll_top());
            if let Some(y) = scroll_to_show(to, top, viewport.get_untracked(), ROW_PX) {
                el.set_scroll_top(y as i32);
            }
        }
        // With the details pane open, the cursor also moves the shown record.
        if state.view.with_untracked(|v| v.record.is_some()) {
            open(to);
        }
    };
    let on_key = move |e: ev::KeyboardEvent| {
        let page = (viewport.get_untracked() / ROW_PX).floor().max(1.0) as usize;
        let f = focus.get_untracked();
        match e.key().as_str() {
            "ArrowDown" => move_focus(f + 1),
            "ArrowUp" => move_focus(f.saturating_sub(1)),
            "PageDown" => move_focus(f + page),
            "PageUp" => move_focus(f.saturating_sub(page)),
            "Home" => move_focus(0),
            "End" => move_focus(usize::MAX),
            "Enter" => open(f),
            "Escape" => state.view.update(|v| v.record = None),
            _ => return,
        }
        e.prevent_default();
    };

    // Column resizing: drag the handle at a header cell's right edge.
    let dragging = StoredValue::new(None::<(usize, f64, f64)>);
    let h_move = window_event_listener(ev::pointermove, move |e| {
        if let Some((c, x0, w0)) = dragging.get_value() {
            let w = (w0 + f64::from(e.client_x()) - x0).clamp(60.0, 1200.0);
            widths.update(|m| {
                m.insert(c, w);
            });
        }
    });
    let h_up = window_event_listener(ev::pointerup, move |_| dragging.set_value(None));
    on_cleanup(move || {
        h_move.remove();
        h_up.remove();
    });

    let sort_of = move |key: &'static str| {
        state.log_view(log, |lv| match &lv.sort {
            Some((k, desc)) if k == key => Some(*desc),
            None if key == "time" => Some(true),
            _ => None,
        })
    };
    let toggle_sort = move |key: &'static str| {
        state.update_log(log, |lv| {
            let cur = match &lv.sort {
                Some((k, d)) if k == key => Some(*d),
                None if key == "time" => Some(true),
                _ => None,
            };
            // None → ascending → descending → back to the default order.
            lv.sort = match cur {
                None => Some((key.to_owned(), false)),
                Some(false) => Some((key.to_owned(), true)),
                Some(true) => None,
            };
            if lv.sort.as_ref().is_some_and(|(k, d)| k == "time" && *d) {
                lv.sort = None;
            }
        });
    };

    let grid_id = format!("grid-{}", log.key());
    let label = match log {
        Log::SignIns => "Sign-ins",
        Log::Audits => "Audit log",
    };
    let active_id = move || format!("{}-row-{}", log.key(), focus.get());
    view! {
        <section class="grid" data-testid=grid_id.clone()>
            <div class="grid__toolbar">
                <span class="grid__count" data-testid=format!("{}-shown", log.key())>
                    {move || {
                        let n = rows.with(|r| r.len());
                        let total = state.with_data(|d| log.table(d).len());
                        let ms = state.filter_ms.get();
                        if n == total { format!("{} records", thousands(n as u64)) } else { format!("{} of {} records · filtered in {:.0} ms", thousands(n as u64), thousands(total as u64), ms) }
                    }}
                </span>
                <span class="grid__tools">
                    <super::takeaway::GridTakeaway log=log/>
                    <ColumnChooser log=log/>
                </span>
            </div>
            <div
                class="grid__body"
                node_ref=scroller
                tabindex="0"
                role="grid"
                aria-label=label
                aria-rowcount=move || (rows.with(|r| r.len()) + 1).to_string()
                aria-colcount=move || columns.with(|c| c.len()).to_string()
                aria-activedescendant=active_id
                on:keydown=on_key
                on:scroll=move |_| {
                    if let Some(el) = scroller.get() {
                        scroll_top.set(f64::from(el.scroll_top()));
                    }
                }
            >
                <div class="grid__spacer" style:height=move || format!("{}px", rows.with(|r| r.len()) as f64 * ROW_PX + HEADER_PX) style:width=total_width>
                    <div class="grid__header" role="row" aria-rowindex="1" style:grid-template-columns=template style:width=total_width>
                        <For each=move || columns.get() key=|c| *c let(c)>
                            {
                                let d = &log.fields()[c];
                                let key = d.key;
                                let label = if d.kind == Kind::Time && state.view.with_untracked(|v| v.local_time) { "Date (local)" } else { d.label };
                                view! {
                                    <div
                                        class="grid__hcell"
                                        role="columnheader"
                                        data-key=key
                                        aria-sort=move || match sort_of(key) { Some(true) => "descending", Some(false) => "ascending", None => "none" }
                                    >
                                        <button class="grid__sort" title="Sort" on:click=move |_| toggle_sort(key)>
                                            {move || if d.kind == Kind::Time && state.view.with(|v| v.local_time) { "Date (local)" } else { label }}
                                            <span class="grid__arrow" aria-hidden="true">{move || match sort_of(key) { Some(true) => " ▼", Some(false) => " ▲", None => "" }}</span>
                                        </button>
                                        <span
                                            class="grid__resizer"
                                            role="separator"
                                            aria-orientation="vertical"
                                            aria-label=format!("Resize {}", d.label)
                                            on:pointerdown=move |e: ev::PointerEvent| {
                                                e.prevent_default();
                                                dragging.set_value(Some((c, f64::from(e.client_x()), width_of(c))));
                                            }
                                        ></span>
                                    </div>
                                }
                            }
                        </For>
                    </div>
                    <Show when=move || rows.with(|r| r.is_empty())>
                        <p class="grid__empty">{move || if state.with_data(|d| log.table(d).is_empty()) {
                            match log { Log::SignIns => "No sign-ins loaded.", Log::Audits => "No audit events loaded." }
                        } else { "No records match the filters." }}</p>
                    </Show>
                    // Rows are keyed by slot, not by record: scrolling rewrites the text of
                    // the same few dozen row elements instead of creating new ones.
                    <For each=move || 0..view_rows.with(|v| v.len()) key=|slot| *slot let(slot)>
                        {
                            let item = move || view_rows.with(|v| v.get(slot).map(|(p, r, _)| (*p, *r)));
                            let pos = move || item().map_or(0, |x| x.0);
                            let row = move || item().map_or(usize::MAX, |x| x.1);
                            view! {
                                <div
                                    class="grid__row"
                                    class:grid__row--focus=move || focus.get() == pos()
                                    class:grid__row--selected=move || selected_row.get() == Some(row())
                                    role="row"
                                    id=move || format!("{}-row-{}", log.key(), pos())
                                    aria-rowindex=move || (pos() + 2).to_string()
                                    aria-selected=move || (selected_row.get() == Some(row())).to_string()
                                    data-testid="row"
                                    data-row=move || row().to_string()
                                    style:grid-template-columns=template
                                    style:width=total_width
                                    style:transform=move || format!("translateY({}px)", HEADER_PX + pos() as f64 * ROW_PX)
                                    on:click=move |_| open(pos())
                                >
                                    {move || {
                                        let n = columns.with(|c| c.len());
                                        (0..n).map(|ci| {
                                            let cell = move || view_rows.with(|v| v.get(slot).and_then(|(_, _, cells)| cells.get(ci).cloned()));
                                            let text = move || cell().map(|c| c.1).unwrap_or_default();
                                            let class = move || cell().map_or("grid__cell", |(c, t)| cell_class(&log.fields()[c], &t));
                                            view! { <div class=class role="gridcell">{text}</div> }
                                        }).collect_view()
                                    }}
                                </div>
                            }
                        }
                    </For>
                </div>
            </div>
        </section>
    }
}

/// "Columns": add, remove and reorder any field; reset to the portal's defaults.
#[component]
fn ColumnChooser(log: Log) -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = RwSignal::new(false);
    let shown = Memo::new(move |_| shown_columns(&state, log));
    let set = move |cols: Vec<usize>| {
        let keys: Vec<String> = cols.iter().map(|&c| log.fields()[c].key.to_owned()).collect();
        state.update_log(log, |lv| lv.columns = if cols == log.default_columns() { None } else { Some(keys) });
    };
    view! {
        <div class="popover-anchor">
            <button class="btn btn--small" data-testid="columns" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                "Columns"
            </button>
            <Show when=move || open.get()>
                <div class="popover popover--right column-chooser" role="dialog" aria-label="Choose columns" data-testid="column-chooser">
                    <div class="popover__head">
                        <strong>"Columns"</strong>
                        <button class="btn btn--small" data-testid="columns-reset" on:click=move |_| set(log.default_columns())>"Reset to portal defaults"</button>
                        <button class="btn btn--ghost btn--small" aria-label="Close" on:click=move |_| open.set(false)>"✕"</button>
                    </div>
                    <ul class="column-chooser__list">
                        {move || {
                            let cols = shown.get();
                            let mut order: Vec<usize> = cols.clone();
                            order.extend((0..log.fields().len()).filter(|c| !cols.contains(c)));
                            order.into_iter().map(|c| {
                                let d = &log.fields()[c];
                                let on = cols.contains(&c);
                                let pos = cols.iter().position(|&x| x == c);
                                let cols_a = cols.clone();
                                let cols_b = cols.clone();
                                let cols_c = cols.clone();
                                view! {
                                    <li class="column-chooser__item">
                                        <label>
                                            <input type="checkbox" data-key=d.key prop:checked=on on:change=move |_| {
                                                let mut v = cols_a.clone();
                                                if on { v.retain(|&x| x != c); } else { v.push(c); }
                                                if !v.is_empty() { set(v); }
                                            }/>
                                            {d.label}
                                        </label>
                                        {pos.map(|p| view! {
                                            <span class="column-chooser__move">
                                                <button class="btn btn--ghost btn--small" aria-label=format!("Move {} up", d.label) disabled=p == 0 on:click=move |_| {
                                                    let mut v = cols_b.clone();
                                                    if p > 0 { v.swap(p, p - 1); set(v); }
                                                }>"↑"</button>
                                                <button class="btn btn--ghost btn--small" aria-label=format!("Move {} down", d.label) disabled=p + 1 == cols_c.len() on:click=move |_| {
                                                    let mut v = cols_c.clone();
                                                    if p + 1 < v.len() { v.swap(p, p + 1); set(v); }
                                                }>"↓"</button>
                                            </span>
                                        })}
                                    </li>
                                }
                            }).collect_view()
                        }}
                    </ul>
                </div>
            </Show>
        </div>
    }
}
