//! Pictures: the offline world map (per user here; the tenant map and trends come with
//! their own view). Geometry comes from `core::geo`; this file only binds it to SVG.

use leptos::prelude::*;

use super::state::AppState;
use crate::core::{geo, output::chart, query::aggregate};

/// The world outline, drawn once per map.
#[component]
pub fn WorldPaths() -> impl IntoView {
    view! {
        <g class="map__land">
            {geo::countries().iter().map(|c| view! { <path d=c.path data-iso=c.iso2><title>{c.name}</title></path> }).collect_view()}
        </g>
    }
}

/// A user's sign-in places on the world map: dots where the logs say a city or give
/// coordinates (merged by place; size = sign-ins, red when most failed), and the countries
/// of sign-ins known only by their country shaded — never a dot at a country's centre.
#[component]
pub fn UserMap(upn: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let upn2 = upn.clone();
    let rows = Memo::new(move |_| state.with_data(|ds| aggregate::profile(ds, &upn).signins));
    let points = Memo::new(move |_| rows.with(|r| state.with_data(|ds| chart::points(ds, r, 500, 360.0, 180.0))));
    let countries = Memo::new(move |_| {
        rows.with(|r| state.with_data(|ds| chart::choropleth(ds, r).into_iter().map(|c| c.iso2).collect::<Vec<_>>()))
    });
    view! {
        <div class="card card--wide">
            <h3>"Where they signed in from"</h3>
            <svg class="map map--small" viewBox="0 0 360 180" role="img" aria-label="Sign-in locations on a world map" data-testid="user-map">
                <g class="map__land">
                    {move || {
                        let seen = countries.get();
                        geo::countries().iter().map(|c| {
                            let class = if seen.iter().any(|x| x == c.iso2) { "map__c map__c--2" } else { "map__c" };
                            view! { <path d=c.path class=class data-iso=c.iso2><title>{c.name}</title></path> }
                        }).collect_view()
                    }}
                </g>
                {move || {
                    // Impossible-travel findings for this user: a line between the two places.
                    let f = expect_context::<super::findings::FindingsState>();
                    // Row numbers of an analysis of other data would point at other rows.
                    let fs = if f.current() { f.analysis.get() } else { Default::default() };
                    let d: String = state.with_data(|ds| {
                        fs.findings
                            .iter()
                            .filter(|f| f.rule == crate::core::detect::RuleId::ImpossibleTravel && f.users.iter().any(|u| u.eq_ignore_ascii_case(&upn2)))
                            .map(|f| {
                                let pts: Vec<(f64, f64)> = f.signins.iter().filter_map(|&r| chart::signin_position(ds, r as usize)).map(|(la, lo, _)| (la, lo)).collect();
                                chart::travel_lines(&pts, 360.0, 180.0)
                            })
                            .collect::<Vec<_>>()
                            .join(" ")
                    });
                    (!d.is_empty()).then(|| view! { <path class="map__travel" d=d data-testid="travel-line"><title>"Impossible travel"</title></path> })
                }}
                {move || points.get().into_iter().map(|p| view! { <MapDot p=p/> }).collect_view()}
            </svg>
            <DotLegend max=Signal::derive(move || points.with(|p| p.first().map_or(0, |x| x.count)))/>
        </div>
    }
}

/// One place on a map.
#[component]
fn MapDot(p: chart::MapPoint, #[prop(optional)] on_pick: Option<Callback<String>>) -> impl IntoView {
    let r = chart::dot_radius(p.count);
    let class = if p.failures * 2 > p.count { "map__pt map__pt--bad" } else { "map__pt" };
    let country = p.country.clone();
    view! {
        <circle cx=format!("{:.2}", p.x) cy=format!("{:.2}", p.y) r=format!("{r:.2}") class=class data-testid="map-dot"
            on:click=move |_| if let (Some(cb), false) = (on_pick, country.is_empty()) { cb.run(country.clone()) }>
            <title>{format!("{}: {} sign-ins, {} failed", p.label, p.count, p.failures)}</title>
        </circle>
    }
}

/// What a dot's size and colour mean, with numbers.
#[component]
fn DotLegend(max: Signal<u32>) -> impl IntoView {
    view! {
        <div class="legend" data-testid="dot-legend">
            <span class="muted small">"Dots: places from city names or coordinates; size = sign-ins"</span>
            {move || {
                let m = max.get().max(1);
                let mut sizes = vec![1u32];
                for s in [10, 100, 1_000, 10_000] {
                    if s < m {
                        sizes.push(s);
                    }
                }
                if m > 1 {
                    sizes.push(m);
                }
                sizes.into_iter().map(|n| {
                    let r = chart::dot_radius(n) * 3.0;
                    view! {
                        <span class="legend__dot">
                            <svg width=format!("{:.0}", r * 2.0 + 2.0) height=format!("{:.0}", r * 2.0 + 2.0) aria-hidden="true">
                                <circle cx=format!("{:.1}", r + 1.0) cy=format!("{:.1}", r + 1.0) r=format!("{r:.1}") class="map__pt"/>
                            </svg>
                            {chart::compact_count(n as u64)}
                        </span>
                    }
                }).collect_view()
            }}
            <span class="legend__dot"><svg width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="4" class="map__pt"/></svg>"mostly successful"</span>
            <span class="legend__dot"><svg width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="4" class="map__pt map__pt--bad"/></svg>"more than half failed"</span>
        </div>
    }
}

use leptos::ev;

use crate::core::{
    model::Log,
    output::chart::{Margins, TopBy},
    query::filter::Cond,
};

const CHART_W: f64 = 960.0;
const CHART_H: f64 = 240.0;

/// The hour-of-day × weekday heat map of the current selection.
#[component]
fn Heatmap(log: RwSignal<Log>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let heat = Memo::new(move |_| {
        let l = log.get();
        let rows = state.rows(l).get();
        state.with_data(|ds| {
            let g = chart::heatmap_of(ds, l, &rows, 0);
            chart::heatmap_geometry(&g, CHART_W, 210.0, Margins { top: 24.0, right: 12.0, bottom: 8.0, left: 44.0 })
        })
    });
    view! {
        <div class="card card--chart">
            <h3>"Hour of day × weekday (UTC)"</h3>
            <svg class="chart" viewBox=format!("0 0 {CHART_W} 210") role="img" aria-label="Records by hour and weekday" data-testid="heatmap">
                {move || heat.with(|h| view! {
                    {h.row_labels.iter().map(|(y, l)| view! { <text x="0" y=(y + 4.0).to_string() class="chart__ylabel chart__ylabel--left">{*l}</text> }).collect_view()}
                    {h.col_labels.iter().map(|(x, l)| view! { <text x=x.to_string() y="14" class="chart__xlabel">{l.clone()}</text> }).collect_view()}
                    {h.cells.iter().map(|c| view! {
                        <rect x=c.x.to_string() y=c.y.to_string() width=c.w.to_string() height=c.h.to_string() class=format!("heat heat--{}", c.level)>
                            <title>{format!("{} {:02}:00 — {}", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][c.weekday as usize % 7], c.hour, c.count)}</title>
                        </rect>
                    }).collect_view()}
                })}
            </svg>
        </div>
    }
}

/// SVG x (in viewBox units) of a pointer event over an SVG element.
fn svg_x(e: &ev::PointerEvent, width: f64) -> f64 {
    use wasm_bindgen::JsCast as _;
    let Some(el) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return 0.0;
    };
    let r = el.get_bounding_client_rect();
    if r.width() <= 0.0 { 0.0 } else { (f64::from(e.client_x()) - r.left()) / r.width() * width }
}

/// The Trends view: time chart with a brush, hour × weekday heat map, top-N bars.
#[component]
pub fn TrendsView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let log = RwSignal::new(Log::SignIns);
    let bars = Memo::new(move |_| {
        let l = log.get();
        let rows = state.rows(l).get();
        state.with_data(|ds| {
            let ts = if l == Log::SignIns {
                chart::time_series(ds, &rows, 96)
            } else {
                chart::audit_series(ds, &rows, 96, 0)
            };
            chart::stacked_bars(&ts, CHART_W, CHART_H, Margins { top: 12.0, right: 12.0, bottom: 30.0, left: 52.0 })
        })
    });
    let brush = RwSignal::new(None::<(f64, f64)>);
    let on_down = move |e: ev::PointerEvent| {
        let x = svg_x(&e, CHART_W);
        brush.set(Some((x, x)));
    };
    let on_move = move |e: ev::PointerEvent| {
        if let Some((a, _)) = brush.get_untracked() {
            brush.set(Some((a, svg_x(&e, CHART_W))));
        }
    };
    let on_up = move |_| {
        let Some((a, b)) = brush.get_untracked() else {
            return;
        };
        brush.set(None);
        if (a - b).abs() < 3.0 {
            return;
        }
        if let Some((from, to)) = bars.with_untracked(|sb| chart::brush_range(sb, a, b)) {
            let l = log.get_untracked();
            state.update_log(l, |lv| {
                lv.filter.conds.retain(|c| c.field() != "time");
                lv.filter.conds.push(Cond::Range { from_ms: Some(from), to_ms: Some(to) });
            });
        }
    };
    let has_range = move || state.log_view(log.get(), |lv| lv.filter.conds.iter().any(|c| c.field() == "time"));
    let tops = move || match log.get() {
        Log::SignIns => {
            vec![TopBy::Apps, TopBy::Countries, TopBy::ErrorCodes, TopBy::ClientApps, TopBy::UsersWithFailures]
        }
        Log::Audits => vec![TopBy::Activities, TopBy::Actors],
    };
    view! {
        <section class="panel trends" data-testid="trends-view">
            <div class="panel__head">
                <h2>"Trends"</h2>
                <div class="segmented" role="radiogroup" aria-label="Log">
                    <button role="radio" aria-checked=move || (log.get() == Log::SignIns).to_string() on:click=move |_| log.set(Log::SignIns)>"Sign-ins"</button>
                    <button role="radio" data-testid="trends-audit" aria-checked=move || (log.get() == Log::Audits).to_string() on:click=move |_| log.set(Log::Audits)>"Audit log"</button>
                </div>
                <span class="muted small">"Follows the current filters. Drag across the chart to set the date range; click a bar to filter."</span>
                <Show when=has_range>
                    <button class="btn btn--small" data-testid="clear-range" on:click=move |_| state.update_log(log.get_untracked(), |lv| lv.filter.conds.retain(|c| c.field() != "time"))>"Clear the date range"</button>
                </Show>
            </div>
            <div class="card card--chart">
                <div class="legend">
                    <span class="legend__item legend__item--ok">"Success"</span>
                    <span class="legend__item legend__item--warn">{move || if log.get() == Log::SignIns { "Interrupted" } else { "Timeout" }}</span>
                    <span class="legend__item legend__item--bad">"Failure"</span>
                    <span class="muted small">{move || bars.with(|b| format!("{} per bar", human_bin(b.bin_ms)))}</span>
                </div>
                <svg class="chart" viewBox=format!("0 0 {CHART_W} {CHART_H}") role="img" aria-label="Records over time" data-testid="time-chart"
                    on:pointerdown=on_down on:pointermove=on_move on:pointerup=on_up on:pointerleave=move |_| brush.set(None)>
                    {move || bars.with(|sb| {
                        let p = sb.plot;
                        view! {
                            <g class="chart__grid">
                                {sb.y_ticks.iter().map(|(y, l)| view! {
                                    <line x1=p.x.to_string() x2=(p.x + p.w).to_string() y1=y.to_string() y2=y.to_string()/>
                                    <text x=(p.x - 6.0).to_string() y=(y + 4.0).to_string() class="chart__ylabel">{l.clone()}</text>
                                }).collect_view()}
                                {sb.x_ticks.iter().map(|(x, l)| view! {
                                    <text x=x.to_string() y=(p.y + p.h + 18.0).to_string() class="chart__xlabel">{l.clone()}</text>
                                }).collect_view()}
                            </g>
                            <g>
                                {sb.bars.iter().map(|b| {
                                    let title = format!("{} — {} success, {} interrupted, {} failure", crate::core::model::time::format_display(b.bin_start_ms), b.counts[0], b.counts[1], b.counts[2]);
                                    view! {
                                        <g class="chart__bar">
                                            <title>{title}</title>
                                            {b.segments.iter().enumerate().filter(|(_, (_, h))| *h > 0.0).map(|(i, (y, h))| view! {
                                                <rect x=b.x.to_string() y=y.to_string() width=b.w.max(0.5).to_string() height=h.to_string() class=["chart__ok", "chart__warn", "chart__bad"][i]/>
                                            }).collect_view()}
                                        </g>
                                    }
                                }).collect_view()}
                            </g>
                        }
                    })}
                    {move || brush.get().map(|(a, b)| view! {
                        <rect class="chart__brush" x=a.min(b).to_string() y="0" width=(a - b).abs().to_string() height=CHART_H.to_string()/>
                    })}
                </svg>
            </div>
            <Heatmap log=log/>
            <div class="tops">
                {move || tops().into_iter().map(|by| view! { <TopBars by=by/> }).collect_view()}
            </div>
        </section>
    }
}

fn human_bin(ms: i64) -> String {
    match ms {
        m if m >= 7 * 86_400_000 => format!("{} week(s)", m / (7 * 86_400_000)),
        m if m >= 86_400_000 => format!("{} day(s)", m / 86_400_000),
        m if m >= 3_600_000 => format!("{} hour(s)", m / 3_600_000),
        m => format!("{} minute(s)", (m / 60_000).max(1)),
    }
}

/// One top-N bar chart; a click on a bar filters the grid.
#[component]
fn TopBars(by: TopBy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let items = Memo::new(move |_| {
        let rows = state.rows(by.log()).get();
        state.with_data(|ds| chart::top_n(ds, &rows, by, 10))
    });
    let click = move |value: String| {
        let log = by.log();
        if by == TopBy::UsersWithFailures {
            state.update_log(log, |lv| {
                lv.filter.conds.retain(|c| c.field() != "code_class");
                lv.filter.conds.push(Cond::In { field: "code_class".into(), values: vec!["failure".into()] });
            });
        }
        state.filter_to(log, Cond::In { field: by.field().into(), values: vec![value] });
    };
    view! {
        <div class="card top" data-testid=format!("top-{}", by.field())>
            <h3>{by.title()}</h3>
            {move || {
                let items = items.get();
                let max = items.first().map_or(1, |x| x.1).max(1) as f64;
                view! {
                    <ul class="bars">
                        {items.into_iter().map(|(value, n)| {
                            let label = by.label(&value);
                            let v = value.clone();
                            view! {
                                <li>
                                    <button class="bars__row bars__row--click" data-testid="top-bar" data-value=value.clone() title=format!("Filter to {label}") on:click=move |_| click(v.clone())>
                                        <span class="bars__label">{if label.is_empty() { "(empty)".to_owned() } else { label.clone() }}</span>
                                        <span class="bars__bar"><span class="bars__fill" style:width=format!("{:.0}%", n as f64 / max * 100.0)></span></span>
                                        <span class="bars__n">{n}</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
            }}
        </div>
    }
}

/// The Map view: countries shaded by sign-ins (or failure share), points from coordinates.
#[component]
pub fn MapView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let by_failures = RwSignal::new(false);
    let stats = Memo::new(move |_| {
        let rows = state.signin_rows.get();
        state.with_data(|ds| chart::choropleth(ds, &rows))
    });
    let points = Memo::new(move |_| {
        let rows = state.signin_rows.get();
        state.with_data(|ds| chart::points(ds, &rows, 3000, 360.0, 180.0))
    });
    let classes = Memo::new(move |_| {
        let s = stats.get();
        let breaks = chart::quantile_breaks(&s.iter().map(|c| c.signins).collect::<Vec<_>>(), 5);
        let fail = by_failures.get();
        s.iter()
            .map(|c| {
                (
                    c.iso2.clone(),
                    if fail { chart::share_class(c.failure_share) } else { chart::shade(c.signins, &breaks) },
                    c.clone(),
                )
            })
            .collect::<Vec<_>>()
    });
    view! {
        <section class="panel" data-testid="map-view">
            <div class="panel__head">
                <h2>"Map"</h2>
                <div class="segmented" role="radiogroup" aria-label="Shade countries by">
                    <button role="radio" aria-checked=move || (!by_failures.get()).to_string() on:click=move |_| by_failures.set(false)>"Sign-ins"</button>
                    <button role="radio" data-testid="map-failures" aria-checked=move || by_failures.get().to_string() on:click=move |_| by_failures.set(true)>"Failure share"</button>
                </div>
                <span class="muted small">"Offline outline (Natural Earth, public domain); positions come from the logs' own coordinates or city names — no IP address is looked up anywhere. Click a country to filter."</span>
            </div>
            <svg class="map map--large" viewBox="0 0 360 180" role="img" aria-label="Sign-ins by country" data-testid="world-map">
                <g class="map__land">
                    {move || {
                        let cls = classes.get();
                        let fail = by_failures.get();
                        crate::core::geo::countries().iter().map(|c| {
                            let hit = cls.iter().find(|(iso, _, _)| iso == c.iso2);
                            let (class, title) = match hit {
                                Some((_, k, s)) => (
                                    format!("map__c map__c--{}{}", if fail { "f" } else { "" }, k),
                                    format!("{}: {} sign-ins, {} failures ({:.0}%)", s.name, s.signins, s.failures, s.failure_share * 100.0),
                                ),
                                None => ("map__c".to_owned(), c.name.to_owned()),
                            };
                            let iso = c.iso2.to_owned();
                            let has = hit.is_some();
                            view! {
                                <path d=c.path class=class data-iso=c.iso2 data-testid=if has { "map-country" } else { "" }
                                    on:click=move |_| if has { state.filter_to(Log::SignIns, Cond::In { field: "country".into(), values: vec![iso.clone()] }) }>
                                    <title>{title}</title>
                                </path>
                            }
                        }).collect_view()
                    }}
                </g>
                {move || {
                    // A dot sits on its country: clicking it filters to that country too.
                    let pick = Callback::new(move |country: String| state.filter_to(Log::SignIns, Cond::In { field: "country".into(), values: vec![country] }));
                    points.get().into_iter().map(|p| view! { <MapDot p=p on_pick=pick/> }).collect_view()
                }}
            </svg>
            <div class="legend" data-testid="shade-legend">
                {move || if by_failures.get() {
                    let labels = ["under 5 %", "5–20 %", "20–50 %", "50–80 %", "80 % or more"];
                    view! { <span class="muted small">"Countries by failure share:"</span>{labels.into_iter().enumerate().map(|(k, l)| view! { <span class="legend__item"><span class=format!("legend__swatch map__c--f{k}")></span>{l}</span> }).collect_view()} }.into_any()
                } else {
                    let breaks = chart::quantile_breaks(&stats.with(|s| s.iter().map(|c| c.signins).collect::<Vec<_>>()), 5);
                    view! { <span class="muted small">"Countries by sign-ins:"</span>{chart::break_labels(&breaks).into_iter().enumerate().map(|(k, l)| view! { <span class="legend__item"><span class=format!("legend__swatch map__c--{}", k + 1)></span>{l}</span> }).collect_view()} }.into_any()
                }}
            </div>
            <DotLegend max=Signal::derive(move || points.with(|p| p.first().map_or(0, |x| x.count)))/>
            <table class="table" data-testid="country-table">
                <thead><tr><th>"Country"</th><th class="num">"Sign-ins"</th><th class="num">"Failures"</th><th class="num">"Failure share"</th></tr></thead>
                <tbody>
                    {move || stats.get().into_iter().take(30).map(|c| {
                        let iso = c.iso2.clone();
                        view! {
                            <tr class="table__row--click" on:click=move |_| state.filter_to(Log::SignIns, Cond::In { field: "country".into(), values: vec![iso.clone()] })>
                                <td>{format!("{} ({})", c.name, c.iso2)}</td><td class="num">{c.signins}</td><td class="num">{c.failures}</td><td class="num">{format!("{:.1}%", c.failure_share * 100.0)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
