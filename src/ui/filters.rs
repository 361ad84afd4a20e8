//! The filter bar: free-text search, date range, "Add filter" with facets (values present,
//! with counts, following the other filters), active filters as removable chips, and the
//! Local/UTC switch.

use std::time::Duration;

use leptos::{ev, prelude::*};

use super::state::AppState;
use crate::core::{
    model::Log,
    model::time,
    query::describe::{self, filter_fields},
    query::filter::{self, Cond},
};

/// A short description of a condition, for its chip (times in local time when `local`).
fn describe(log: Log, c: &Cond, local: bool) -> String {
    describe::chip(log, c, |ms| {
        let off = if local { crate::web::url::local_offset_min(ms) as i64 * 60_000 } else { 0 };
        time::format_display(ms + off)
    })
}

/// The filter bar of one log.
#[component]
pub fn FilterBar(log: Log) -> impl IntoView {
    let state = expect_context::<AppState>();
    let editing = RwSignal::new(None::<String>);
    let conds = Memo::new(move |_| state.log_view(log, |lv| lv.filter.conds.clone()));
    let text = Memo::new(move |_| state.log_view(log, |lv| lv.filter.text.clone()));
    let typed = RwSignal::new(String::new());
    // The search box follows the view (Back, shared links) unless the person is typing.
    Effect::new(move |_| typed.set(text.get()));
    // The typed text waits for a 180 ms pause; leaving the box (a tab, Clear, Tab key) applies
    // it at once, so nothing typed is lost when the bar goes away before the pause ends.
    let pending = StoredValue::new((0u32, None::<String>));
    let apply = move |n: Option<u32>| {
        let Some((current, text)) = pending.try_get_value() else { return };
        if n.is_some_and(|n| n != current) {
            return;
        }
        if let Some(value) = text {
            pending.set_value((current + 1, None));
            state.update_log(log, |lv| lv.filter.text = value);
        }
    };
    let on_search = move |value: String| {
        typed.set(value.clone());
        let n = pending.get_value().0 + 1;
        pending.set_value((n, Some(value)));
        set_timeout(move || apply(Some(n)), Duration::from_millis(180));
    };
    let date_value = move || {
        conds.with(|cs| {
            cs.iter()
                .find_map(|c| match c {
                    Cond::Last { hours: 24 } => Some("24h"),
                    Cond::Last { hours: 168 } => Some("7d"),
                    Cond::Last { hours: 720 } => Some("30d"),
                    Cond::Last { .. } | Cond::Range { .. } => Some("custom"),
                    _ => None,
                })
                .unwrap_or("all")
        })
    };
    let custom = RwSignal::new(false);
    let set_date = move |v: String| {
        custom.set(v == "custom");
        state.update_log(log, |lv| {
            lv.filter.conds.retain(|c| c.field() != "time");
            match v.as_str() {
                "24h" => lv.filter.conds.push(Cond::Last { hours: 24 }),
                "7d" => lv.filter.conds.push(Cond::Last { hours: 168 }),
                "30d" => lv.filter.conds.push(Cond::Last { hours: 720 }),
                _ => {}
            }
        });
    };
    let set_range = move |from: Option<i64>, to: Option<i64>| {
        state.update_log(log, |lv| {
            let (mut f, mut t) = (None, None);
            for c in &lv.filter.conds {
                if let Cond::Range { from_ms, to_ms } = c {
                    f = *from_ms;
                    t = *to_ms;
                }
            }
            lv.filter.conds.retain(|c| c.field() != "time");
            let (f, t) = (from.or(f), to.or(t));
            lv.filter.conds.push(Cond::Range { from_ms: f, to_ms: t });
        });
    };
    let parse_local_input = move |s: String| -> Option<i64> {
        // <input type=datetime-local> gives "2026-11-02T13:45"; the zone is the view's.
        let ms = time::parse_ts_ms(&s)?;
        let local = state.view.with_untracked(|v| v.local_time);
        Some(if local { ms - crate::web::url::local_offset_min(ms) as i64 * 60_000 } else { ms })
    };
    view! {
        <div class="filterbar" data-testid=format!("filters-{}", log.key())>
            <input
                class="filterbar__search"
                type="search"
                placeholder="Search all fields…"
                aria-label="Search all fields"
                data-testid="search"
                prop:value=move || typed.get()
                on:input:target=move |e| on_search(e.target().value())
                on:blur=move |_| apply(None)
            />
            <label class="filterbar__date">
                <span class="visually-hidden">"Date"</span>
                <select data-testid="date-range" aria-label="Date range" prop:value=date_value on:change:target=move |e| set_date(e.target().value())>
                    <option value="all">"All dates"</option>
                    <option value="24h">"Last 24 hours"</option>
                    <option value="7d">"Last 7 days"</option>
                    <option value="30d">"Last 1 month"</option>
                    <option value="custom">"Custom range…"</option>
                </select>
            </label>
            <Show when=move || custom.get() || date_value() == "custom">
                <label class="filterbar__range">"From "
                    <input type="datetime-local" data-testid="date-from" on:change:target=move |e| set_range(parse_local_input(e.target().value()), None)/>
                </label>
                <label class="filterbar__range">"To "
                    <input type="datetime-local" data-testid="date-to" on:change:target=move |e| set_range(None, parse_local_input(e.target().value()))/>
                </label>
            </Show>
            <AddFilter log=log editing=editing/>
            <button
                class="btn btn--small filterbar__tz"
                data-testid="tz"
                title="Show dates in UTC or in this browser's time zone (the whole app)"
                on:click=move |_| state.view.update(|v| v.local_time = !v.local_time)
            >
                {move || if state.view.with(|v| v.local_time) { "Times: local" } else { "Times: UTC" }}
            </button>
            <Chips log=log editing=editing/>
            {move || editing.get().map(|field| view! { <FacetPanel log=log field=field on_close=Callback::new(move |_| editing.set(None))/> })}
        </div>
    }
}

/// "+ Add filter": the menu of filterable fields (Esc closes it).
#[component]
fn AddFilter(log: Log, editing: RwSignal<Option<String>>) -> impl IntoView {
    let menu = RwSignal::new(false);
    view! {
        <div class="popover-anchor" on:keydown=move |e: ev::KeyboardEvent| if e.key() == "Escape" { menu.set(false); }>
            <button class="btn btn--small" data-testid="add-filter" aria-haspopup="menu" aria-expanded=move || menu.get().to_string() on:click=move |_| menu.update(|m| *m = !*m)>
                "+ Add filter"
            </button>
            <Show when=move || menu.get()>
                <ul class="popover menu" role="menu" data-testid="filter-menu">
                    {filter_fields(log).iter().map(|(key, label)| {
                        let key = *key;
                        view! {
                            <li role="none">
                                <button role="menuitem" class="menu__item" data-field=key on:click=move |_| {
                                    menu.set(false);
                                    editing.set(Some(key.to_owned()));
                                }>{*label}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}

/// The active filters as removable chips; a chip's label opens its facet.
#[component]
fn Chips(log: Log, editing: RwSignal<Option<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let conds = Memo::new(move |_| state.log_view(log, |lv| lv.filter.conds.clone()));
    let text = Memo::new(move |_| state.log_view(log, |lv| lv.filter.text.clone()));
    view! {
        <ul class="chips" aria-label="Active filters">
            <For each=move || conds.get().into_iter().enumerate() key=|(i, c)| (*i, format!("{c:?}")) let((i, c))>
                {
                    let field = c.field().to_owned();
                    let editable = !field.is_empty() && field != "time";
                    let label = describe(log, &c, state.view.with_untracked(|v| v.local_time));
                    view! {
                        <li class="chip" data-testid="chip">
                            <button class="chip__label" disabled=!editable on:click=move |_| if editable { editing.set(Some(field.clone())) }>{label}</button>
                            <button class="chip__x" aria-label="Remove filter" data-testid="chip-remove" on:click=move |_| {
                                state.update_log(log, |lv| { if i < lv.filter.conds.len() { lv.filter.conds.remove(i); } });
                            }>"✕"</button>
                        </li>
                    }
                }
            </For>
            <Show when=move || !conds.with(|c| c.is_empty()) || !text.with(|t| t.is_empty())>
                <li><button class="btn btn--ghost btn--small" data-testid="clear-filters" on:click=move |_| state.update_log(log, |lv| lv.filter = Default::default())>"Clear all"</button></li>
            </Show>
        </ul>
    }
}

/// Values of one field with their counts (following the other filters), to pick from; or a
/// "contains" text; or, for IP fields, a CIDR range.
#[component]
fn FacetPanel(log: Log, field: String, on_close: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let field_key = field.clone();
    let facets = Memo::new(move |_| {
        let f = state.log_view(log, |lv| lv.filter.without(&field_key));
        state.with_data(|ds| {
            let rows = filter::apply(ds, log, &f);
            filter::facet(ds, log, &rows, &field_key)
        })
    });
    let current: Vec<String> = state.log_view(log, |lv| {
        lv.filter
            .conds
            .iter()
            .find_map(|c| match c {
                Cond::In { field: f, values } if *f == field => Some(values.clone()),
                _ => None,
            })
            .unwrap_or_default()
    });
    let checked = RwSignal::new(current);
    let narrow = RwSignal::new(String::new());
    let contains = RwSignal::new(String::new());
    // The portal's "Initiated by (actor)" filter is case-sensitive; a toggle relaxes it.
    let case_sensitive = RwSignal::new(field == "actor");
    let cidr = RwSignal::new(String::new());
    let is_ip = field == "ip" || field == "actor_ip";
    let title = describe::menu_label(log, &field);
    let f1 = field.clone();
    let apply = move || {
        let field = f1.clone();
        let vals = checked.get_untracked();
        let text = contains.get_untracked();
        let net = cidr.get_untracked();
        state.update_log(log, |lv| {
            lv.filter.conds.retain(|c| c.field() != field);
            if !net.trim().is_empty() {
                lv.filter.conds.push(Cond::Ip { field: field.clone(), cidr: net.trim().to_owned() });
            } else if !text.trim().is_empty() {
                lv.filter.conds.push(Cond::Contains {
                    field: field.clone(),
                    text: text.trim().to_owned(),
                    case_sensitive: case_sensitive.get_untracked(),
                });
            } else if !vals.is_empty() {
                lv.filter.conds.push(Cond::In { field: field.clone(), values: vals });
            }
        });
        on_close.run(());
    };
    let apply2 = apply.clone();
    let cidr_ok = move || cidr.with(|c| c.trim().is_empty() || filter::IpNet::parse(c).is_some());
    view! {
        <div class="popover facet" role="dialog" aria-label=format!("Filter by {title}") data-testid="facet-panel" on:keydown=move |e: ev::KeyboardEvent| {
            if e.key() == "Escape" { on_close.run(()); }
            if e.key() == "Enter" { apply2(); }
        }>
            <div class="popover__head">
                <strong>{title.clone()}</strong>
                <button class="btn btn--ghost btn--small" aria-label="Close" on:click=move |_| on_close.run(())>"✕"</button>
            </div>
            {is_ip.then(|| view! {
                <label class="facet__row">"In range (CIDR) or equal to "
                    <input type="text" placeholder="10.0.0.0/8 or 2001:db8::/32" data-testid="facet-cidr" prop:value=move || cidr.get() on:input:target=move |e| cidr.set(e.target().value())/>
                </label>
                <Show when=move || !cidr_ok()><p class="facet__error">"Not an IP address or CIDR range"</p></Show>
            })}
            <label class="facet__row">"Contains "
                <input type="text" data-testid="facet-contains" prop:value=move || contains.get() on:input:target=move |e| contains.set(e.target().value())/>
            </label>
            {(field == "actor").then(|| view! {
                <label class="facet__row"><input type="checkbox" data-testid="facet-case" prop:checked=move || case_sensitive.get() on:change:target=move |e| case_sensitive.set(e.target().checked())/>" Match case (as the portal does)"</label>
            })}
            <p class="facet__hint">"Or pick values (counts follow the other filters):"</p>
            <input type="search" class="facet__narrow" placeholder="Narrow the list…" aria-label="Narrow the list" prop:value=move || narrow.get() on:input:target=move |e| narrow.set(e.target().value())/>
            <ul class="facet__values" data-testid="facet-values">
                {move || {
                    let n = narrow.get().to_lowercase();
                    facets.get().into_iter().filter(|v| n.is_empty() || v.value.to_lowercase().contains(&n)).take(300).map(|v| {
                        let value = v.value.clone();
                        let value2 = v.value.clone();
                        let shown = if v.value.is_empty() { "(empty)".to_owned() } else { v.value.clone() };
                        view! {
                            <li>
                                <label class="facet__value">
                                    <input type="checkbox" data-value=value.clone() prop:checked=move || checked.with(|c| c.contains(&value)) on:change=move |_| {
                                        let v = value2.clone();
                                        checked.update(|c| if let Some(i) = c.iter().position(|x| *x == v) { c.remove(i); } else { c.push(v); });
                                    }/>
                                    <span class="facet__text">{shown}</span>
                                    <span class="facet__count">{v.count.to_string()}</span>
                                </label>
                            </li>
                        }
                    }).collect_view()
                }}
            </ul>
            <div class="popover__foot">
                <button class="btn btn--primary btn--small" data-testid="facet-apply" disabled=move || !cidr_ok() on:click=move |_| apply()>"Apply"</button>
                <button class="btn btn--small" on:click=move |_| on_close.run(())>"Cancel"</button>
            </div>
        </div>
    }
}
