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
        query::window::{fill_widths, scroll_to_show, slot_count, slot_index, visible_rows},
    },
    web::url::local_offset_min,
};

pub const ROW_PX: f64 = 30.0;
/// Rows a new grid builds per turn.
const ROWS_PER_TURN: usize = 8;
const HEADER_PX: f64 = 34.0;
/// Rows kept in the DOM above and below the visible ones.
const OVERSCAN: usize = 6;

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

/// Everything the parts of one grid share (all `Copy` handles).
#[derive(Clone, Copy)]
struct GridCtx {
    log: Log,
    rows: Memo<std::sync::Arc<Vec<u32>>>,
    columns: Memo<Vec<usize>>,
    /// Widths a person dragged, by column.
    dragged: RwSignal<HashMap<usize, f64>>,
    /// The width each shown column gets: its own, and the room left over shared by the
    /// text columns nobody resized, so that the columns fill the grid.
    widths: Memo<Vec<f64>>,
    scroller: NodeRef<html::Div>,
    scroll_top: RwSignal<f64>,
    viewport: RwSignal<f64>,
    /// The focused position (keyboard cursor) in the selection.
    focus: RwSignal<usize>,
    selected_row: Memo<Option<usize>>,
    /// The positions of the selection in the DOM.
    window: Memo<std::ops::Range<usize>>,
    /// Row elements kept (see `core::query::window::slot_count`).
    slots: Memo<usize>,
    /// Times in local time rather than UTC.
    local: Memo<bool>,
}

impl GridCtx {
    fn new(state: AppState, log: Log) -> Self {
        let rows = state.rows(log);
        let columns = Memo::new(move |_| shown_columns(&state, log));
        let dragged = RwSignal::new(HashMap::<usize, f64>::new());
        let avail = RwSignal::new(0.0_f64);
        let widths = Memo::new(move |_| {
            let cols = columns.get();
            let own: Vec<f64> = cols
                .iter()
                .map(|&c| dragged.with(|w| w.get(&c).copied()).unwrap_or_else(|| default_width(&log.fields()[c])))
                .collect();
            fill_widths(
                &own,
                &cols
                    .iter()
                    .map(|&c| growable(&log.fields()[c]) && !dragged.with(|w| w.contains_key(&c)))
                    .collect::<Vec<_>>(),
                avail.get(),
            )
        });
        let scroller = NodeRef::<html::Div>::new();
        let viewport = RwSignal::new(600.0_f64);
        // Also called from an animation frame: the grid may be gone by then (Clear).
        let size = move || {
            scroller
                .try_get_untracked()
                .flatten()
                .map(|el| ((f64::from(el.client_height()) - HEADER_PX).max(ROW_PX), f64::from(el.client_width())))
        };
        let apply = move |(height, width): (f64, f64)| {
            let _ = viewport.try_set(height);
            let _ = avail.try_set(width);
        };
        let measure = move || {
            if let Some(s) = size() {
                apply(s);
            }
        };
        // Read in the next frame, not now: reading a size right after the grid was built would
        // force the browser to lay out the whole page inside the task that built it. What was read
        // is applied in a task after that frame, so that the frame lays the page out once.
        let later = move || {
            request_animation_frame(move || {
                if let Some(s) = size() {
                    leptos::task::spawn_local(async move {
                        crate::web::yield_now().await;
                        apply(s);
                    });
                }
            })
        };
        Effect::new(move |_| {
            if scroller.get().is_some() {
                later();
            }
        });
        // The details pane opening or closing changes the grid's width too (applied in that
        // frame: a frame of old widths would show); the portal's grouped view hides the grid, and
        // a grid built hidden measured nothing.
        Effect::new(move |_| {
            state.view.with(|v| v.record.is_some());
            state.log_view(log, |v| v.group_hours.is_some());
            request_animation_frame(measure);
        });
        let resize = window_event_listener(ev::resize, move |_| measure());
        on_cleanup(move || resize.remove());
        let selected_row = Memo::new(move |_| {
            let rid = state.view.with(|v| v.record.clone())?;
            state.with_data(|ds| super::state::row_of_id(ds, log, &rid))
        });
        let scroll_top = RwSignal::new(0.0_f64);
        let window = Memo::new(move |_| {
            let n = rows.with(|r| r.len());
            visible_rows((scroll_top.get() - HEADER_PX).max(0.0), viewport.get(), ROW_PX, n, OVERSCAN)
        });
        GridCtx {
            log,
            rows,
            columns,
            dragged,
            widths,
            scroller,
            scroll_top,
            viewport,
            focus: RwSignal::new(0),
            selected_row,
            window,
            slots: Memo::new(move |_| slot_count(viewport.get(), ROW_PX, OVERSCAN)),
            local: Memo::new(move |_| state.view.with(|v| v.local_time)),
        }
    }

    fn template(self) -> String {
        self.widths.get().iter().map(|w| format!("{w:.0}px")).collect::<Vec<_>>().join(" ")
    }

    fn total_width(self) -> String {
        format!("{:.0}px", self.widths.get().iter().sum::<f64>().max(300.0))
    }

    /// Opens the record at position `pos` of the selection in the details pane.
    fn open(self, state: AppState, pos: usize) {
        let Some(row) = self.rows.with_untracked(|r| r.get(pos).copied()) else { return };
        let rid = state.data.with_value(|ds| record_id(ds, self.log, row as usize));
        self.focus.set(pos);
        state.view.update(|v| v.record = Some(rid));
    }

    fn move_focus(self, state: AppState, to: usize) {
        let n = self.rows.with_untracked(|r| r.len());
        if n == 0 {
            return;
        }
        let to = to.min(n - 1);
        self.focus.set(to);
        if let Some(el) = self.scroller.get_untracked()
            && let Some(y) = scroll_to_show(to, f64::from(el.scroll_top()), self.viewport.get_untracked(), ROW_PX)
        {
            el.set_scroll_top(y as i32);
        }
        // With the details pane open, the cursor also moves the shown record.
        if state.view.with_untracked(|v| v.record.is_some()) {
            self.open(state, to);
        }
    }
}

/// Text columns that may grow to fill the grid (dates, ids and numbers keep their width).
fn growable(d: &FieldDef) -> bool {
    matches!(d.kind, Kind::Text)
}

/// The text of column `c` of `row`, times in local time when `local`.
fn cell(ds: &crate::core::model::Dataset, log: Log, row: usize, c: usize, local: bool) -> String {
    let t = log.table(ds);
    let off = if local && matches!(t.defs()[c].kind, Kind::Time) { local_offset_min(t.time(c, row)) } else { 0 };
    cell_text(t, c, row, &ds.strings, off)
}

/// Shows a cell's whole text as its tooltip when it is cut short (set on hover, not kept on
/// every cell: scrolling would rewrite it with the text). [`Hover::Out`] takes it away: the
/// cell element shows other rows later.
fn tip_if_cut(e: &ev::MouseEvent, hover: Hover) {
    use leptos::wasm_bindgen::JsCast;
    let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    if !el.class_name().starts_with("grid__cell") {
        return;
    }
    if hover == Hover::In && el.scroll_width() > el.client_width() {
        let _ = el.set_attribute("title", &el.text_content().unwrap_or_default());
    } else {
        let _ = el.remove_attribute("title");
    }
}

/// The pointer entering or leaving a cell.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hover {
    In,
    Out,
}

/// The grid of one log.
#[component]
pub fn Grid(log: Log) -> impl IntoView {
    let state = expect_context::<AppState>();
    let g = GridCtx::new(state, log);
    let rows = g.rows;
    // A tooltip set on hover belongs to the text the cell had then: a cell that now shows
    // another row (the data, selection or times changed under a still pointer) loses it.
    Effect::new(move |_| {
        g.window.track();
        g.rows.track();
        g.local.track();
        state.with_data(|_| ());
        if let Some(el) = g.scroller.get_untracked()
            && let Ok(Some(cell)) = el.query_selector(".grid__cell[title]")
        {
            let _ = cell.remove_attribute("title");
        }
    });
    let on_key = move |e: ev::KeyboardEvent| {
        let page = (g.viewport.get_untracked() / ROW_PX).floor().max(1.0) as usize;
        let f = g.focus.get_untracked();
        match e.key().as_str() {
            "ArrowDown" => g.move_focus(state, f + 1),
            "ArrowUp" => g.move_focus(state, f.saturating_sub(1)),
            "PageDown" => g.move_focus(state, f + page),
            "PageUp" => g.move_focus(state, f.saturating_sub(page)),
            "Home" => g.move_focus(state, 0),
            "End" => g.move_focus(state, usize::MAX),
            "Enter" => g.open(state, f),
            "Escape" => state.view.update(|v| v.record = None),
            _ => return,
        }
        e.prevent_default();
    };
    // The portal's aggregated view replaces the grid while a time aggregate is chosen.
    let grouped_memo =
        Memo::new(move |_| if log == Log::SignIns { state.log_view(log, |v| v.group_hours) } else { None });
    let grouped = move || grouped_memo.get();
    let label = match log {
        Log::SignIns => "Sign-ins",
        Log::Audits => "Audit log",
    };
    view! {
        <section class="grid" data-testid=format!("grid-{}", log.key())>
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
                    {(log == Log::SignIns).then(|| view! { <super::aggregated::GroupChoice/> })}
                    <super::takeaway::GridTakeaway log=log/>
                    <ColumnChooser log=log/>
                </span>
            </div>
            {move || grouped().map(|h| view! { <super::aggregated::SigninGroups hours=h/> })}
            // The body a turn after the toolbar, its rows a few per turn (see GridRows).
            <super::Later>
            <div
                class="grid__body"
                class:grid__body--hidden=move || grouped().is_some()
                node_ref=g.scroller
                tabindex="0"
                role="grid"
                aria-label=label
                aria-rowcount=move || (rows.with(|r| r.len()) + 1).to_string()
                aria-colcount=move || g.columns.with(|c| c.len()).to_string()
                aria-activedescendant=move || format!("{}-row-{}", log.key(), g.focus.get())
                on:keydown=on_key
                on:mouseover=move |e| tip_if_cut(&e, Hover::In)
                on:mouseout=move |e| tip_if_cut(&e, Hover::Out)
                // The rows in position order for assistive technology (the row elements are
                // reused out of order, see GridRows).
                aria-owns=move || {
                    let head = format!("{}-head", log.key());
                    std::iter::once(head).chain(g.window.get().map(|p| format!("{}-row-{p}", log.key()))).collect::<Vec<_>>().join(" ")
                }
                on:scroll=move |_| {
                    if let Some(el) = g.scroller.get() {
                        g.scroll_top.set(f64::from(el.scroll_top()));
                    }
                }
            >
                <div class="grid__spacer" style:height=move || format!("{}px", rows.with(|r| r.len()) as f64 * ROW_PX + HEADER_PX) style:width=move || g.total_width()>
                    <GridHeader g=g/>
                    <Show when=move || rows.with(|r| r.is_empty())>
                        <p class="grid__empty">{move || if state.with_data(|d| log.table(d).is_empty()) {
                            match log { Log::SignIns => "No sign-ins loaded.", Log::Audits => "No audit events loaded." }
                        } else { "No records match the filters." }}</p>
                    </Show>
                    <GridRows g=g/>
                </div>
            </div>
            </super::Later>
        </section>
    }
}

/// The sticky header: sort buttons and resize handles.
#[component]
fn GridHeader(g: GridCtx) -> impl IntoView {
    let state = expect_context::<AppState>();
    let log = g.log;
    // Column resizing: drag the handle at a header cell's right edge.
    let dragging = StoredValue::new(None::<(usize, f64, f64)>);
    let h_move = window_event_listener(ev::pointermove, move |e| {
        if let Some((c, x0, w0)) = dragging.get_value() {
            let w = (w0 + f64::from(e.client_x()) - x0).clamp(60.0, 1200.0);
            g.dragged.update(|m| {
                m.insert(c, w);
            });
        }
    });
    let h_up = window_event_listener(ev::pointerup, move |_| dragging.set_value(None));
    on_cleanup(move || {
        h_move.remove();
        h_up.remove();
    });
    let sort_of = move |key: &'static str| state.log_view(log, |lv| sort_of_view(lv, key));
    let toggle_sort = move |key: &'static str| {
        state.update_log(log, |lv| {
            // None → ascending → descending → back to the default order (newest first).
            lv.sort = match sort_of_view(lv, key) {
                None => Some((key.to_owned(), false)),
                Some(false) => Some((key.to_owned(), true)),
                Some(true) => None,
            };
            if lv.sort.as_ref().is_some_and(|(k, d)| k == "time" && *d) {
                lv.sort = None;
            }
        });
    };
    view! {
        <div class="grid__header" role="row" aria-rowindex="1" id=format!("{}-head", log.key()) style:grid-template-columns=move || g.template() style:width=move || g.total_width()>
            <For each=move || g.columns.get() key=|c| *c let(c)>
                {
                    let d = &log.fields()[c];
                    let key = d.key;
                    view! {
                        <div class="grid__hcell" role="columnheader" data-key=key
                            aria-sort=move || match sort_of(key) { Some(true) => "descending", Some(false) => "ascending", None => "none" }>
                            <button class="grid__sort" title="Sort" on:click=move |_| toggle_sort(key)>
                                {move || if d.kind == Kind::Time && state.view.with(|v| v.local_time) { "Date (local)" } else { d.label }}
                                <span class="grid__arrow" aria-hidden="true">{move || match sort_of(key) { Some(true) => " ▼", Some(false) => " ▲", None => "" }}</span>
                            </button>
                            <span class="grid__resizer" role="separator" aria-orientation="vertical" aria-label=format!("Resize {}", d.label)
                                on:pointerdown=move |e: ev::PointerEvent| {
                                    e.prevent_default();
                                    let w = g.columns.with_untracked(|cs| cs.iter().position(|&x| x == c)).and_then(|i| g.widths.with_untracked(|w| w.get(i).copied())).unwrap_or(120.0);
                                    dragging.set_value(Some((c, f64::from(e.client_x()), w)));
                                }></span>
                        </div>
                    }
                }
            </For>
        </div>
    }
}

/// The sort direction of `key` in a log view (`None` = not sorted by it).
fn sort_of_view(lv: &crate::core::workspace::viewstate::LogView, key: &str) -> Option<bool> {
    match &lv.sort {
        Some((k, d)) if k == key => Some(*d),
        None if key == "time" => Some(true),
        _ => None,
    }
}

/// The visible rows. Each row element is a slot that shows the positions `p` with
/// `p % slots == slot` (`core::query::window::slot_index`): scrolling by a few rows rewrites
/// only the rows that came into view, the others keep their element and text.
#[component]
fn GridRows(g: GridCtx) -> impl IntoView {
    let state = expect_context::<AppState>();
    let log = g.log;
    // A new grid's rows are built a few per turn (each is some 30 reactive cells): built at once
    // with the rest of the view they held the page for ~80 ms on their own.
    let mounted =
        super::built_in_turns(0, ROWS_PER_TURN, || (), move || g.window.try_with_untracked(|w| w.len()).unwrap_or(0));
    let shown_slots = move || {
        let (range, k) = (g.window.get(), g.slots.get());
        // In slot order, not by position: a new order would make the browser move every row
        // element (and lay all of them out again) at each scroll. The rows are placed by their
        // transform; a screen reader has their aria-rowindex. (A new grid starts at the top, so
        // its rows are still built top down.)
        (0..k).filter(|&s| slot_index(s, range.clone(), k).is_some()).take(mounted.get()).collect::<Vec<_>>()
    };
    view! {
        <For each=shown_slots key=|slot| *slot let(slot)>
            {
                // (position in the selection, row) this slot shows; its cells follow it alone.
                let item = Memo::new(move |_| {
                    let (range, k) = (g.window.get(), g.slots.get());
                    let pos = range.start + slot_index(slot, range, k)?;
                    g.rows.with(|sel| sel.get(pos).map(|&r| (pos, r as usize)))
                });
                let pos = move || item.get().map_or(0, |x| x.0);
                let row = move || item.get().map_or(usize::MAX, |x| x.1);
                let text = move |c: usize| {
                    let local = g.local.get();
                    item.get().map(|(_, r)| state.with_data(|ds| cell(ds, log, r, c, local))).unwrap_or_default()
                };
                view! {
                    <div
                        class="grid__row"
                        class:grid__row--focus=move || g.focus.get() == pos()
                        class:grid__row--selected=move || g.selected_row.get() == Some(row())
                        role="row"
                        id=move || format!("{}-row-{}", log.key(), pos())
                        aria-rowindex=move || (pos() + 2).to_string()
                        aria-selected=move || (g.selected_row.get() == Some(row())).to_string()
                        data-testid="row"
                        data-row=move || row().to_string()
                        style:grid-template-columns=move || g.template()
                        style:width=move || g.total_width()
                        style:transform=move || format!("translateY({}px)", HEADER_PX + pos() as f64 * ROW_PX)
                        on:click=move |_| g.open(state, pos())
                    >
                        {move || {
                            g.columns.get().into_iter().map(|c| {
                                let d = &log.fields()[c];
                                if matches!(d.key, "status" | "result" | "ca") {
                                    let t = Memo::new(move |_| text(c));
                                    let class = move || t.with(|t| cell_class(d, t));
                                    view! { <div class=class role="gridcell">{move || t.get()}</div> }.into_any()
                                } else {
                                    view! { <div class="grid__cell" role="gridcell">{move || text(c)}</div> }.into_any()
                                }
                            }).collect_view()
                        }}
                    </div>
                }
            }
        </For>
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
            <button class="btn btn--small" data-testid="columns" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)
                on:keydown=move |e: ev::KeyboardEvent| if e.key() == "Escape" { open.set(false); }>
                "Columns"
            </button>
            <Show when=move || open.get()>
                <div class="popover popover--right column-chooser" role="dialog" aria-label="Choose columns" data-testid="column-chooser"
                    on:keydown=move |e: ev::KeyboardEvent| if e.key() == "Escape" { e.stop_propagation(); open.set(false); }>
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
