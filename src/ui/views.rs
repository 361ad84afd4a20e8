//! Views through users, applications, groups and error codes, and the user profile.
//! Each follows the active sign-in (or audit) filters; clicking a row filters the grid.

use leptos::prelude::*;

use super::state::AppState;
use crate::core::{
    codes,
    model::Log,
    model::time,
    model::{NO_TIME, schema::RISK},
    query::aggregate,
    query::filter::Cond,
};

fn when(ms: i64) -> String {
    if ms == NO_TIME || ms == i64::MIN { String::new() } else { time::format_display(ms) }
}

/// A small bar chart as SVG (counts → bars), for sparklines; `max` is the count a full-height
/// bar stands for (shared by every sparkline of a table, so their heights compare).
#[component]
pub fn Sparkline(values: Vec<u32>, max: u32) -> impl IntoView {
    let max = max.max(1) as f64;
    let n = values.len().max(1) as f64;
    let w = 120.0;
    let h = 22.0;
    let bw = w / n;
    let d: String = values
        .iter()
        .enumerate()
        .filter(|(_, v)| **v > 0)
        .map(|(i, v)| {
            let bh = (*v as f64 / max * h).max(1.0);
            format!(
                "M{:.1},{:.1}h{:.1}v{:.1}h{:.1}z",
                i as f64 * bw,
                h - bh,
                (bw - 0.5).max(0.5),
                bh,
                -(bw - 0.5).max(0.5)
            )
        })
        .collect();
    view! {
        <svg class="sparkline" viewBox=format!("0 0 {w} {h}") width=w height=h role="img" aria-label="counts over time">
            <path d=d/>
        </svg>
    }
}

/// The Users list.
#[component]
pub fn UsersView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let users = Memo::new(move |_| {
        let rows = state.signin_rows.get();
        state.with_data(|ds| aggregate::users(ds, &rows))
    });
    let narrow = RwSignal::new(String::new());
    view! {
        <Show when=move || state.view.with(|v| v.user.is_none()) fallback=|| view! { <ProfileView/> }>
            <section class="panel" data-testid="users-view">
                <div class="panel__head">
                    <h2>"Users"</h2>
                    <span class="muted">"One row per user in the current sign-in selection. Click a user for the profile."</span>
                    <input type="search" placeholder="Find a user…" aria-label="Find a user" prop:value=move || narrow.get() on:input:target=move |e| narrow.set(e.target().value())/>
                </div>
                <div class="table-wrap">
                    <table class="table" data-testid="users-table">
                        <thead><tr>
                            <th>"User"</th><th class="num">"Sign-ins"</th><th class="num">"Failures"</th><th class="num">"Interrupts"</th>
                            <th class="num">"Countries"</th><th class="num">"IPs"</th><th class="num">"Devices"</th><th class="num">"MFA coverage"</th>
                            <th>"Last sign-in"</th><th>"Risk"</th>
                        </tr></thead>
                        <tbody>
                            {move || {
                                let n = narrow.get().to_lowercase();
                                users.get().into_iter().filter(|u| n.is_empty() || u.upn.to_lowercase().contains(&n) || u.name.to_lowercase().contains(&n)).take(1000).map(|u| {
                                    let upn = u.upn.clone();
                                    let risk = if u.max_risk <= 1 { String::new() } else { RISK.get(u.max_risk as usize - 1).copied().unwrap_or("").to_owned() };
                                    view! {
                                        <tr class="table__row--click" data-testid="user-row" on:click=move |_| state.view.update(|v| v.user = Some(upn.clone()))>
                                            <td><span class="strong">{u.name.clone()}</span><br/><span class="muted small">{u.upn.clone()}</span></td>
                                            <td class="num">{u.signins}</td><td class="num">{u.failures}</td><td class="num">{u.interrupts}</td>
                                            <td class="num">{u.countries}</td><td class="num">{u.ips}</td><td class="num">{u.devices}</td>
                                            <td class="num">{u.mfa_share.map(|m| format!("{:.0}%", m * 100.0)).unwrap_or_else(|| "—".into())}</td>
                                            <td>{when(u.last_ms)}</td>
                                            <td class={if u.max_risk >= 3 { "bad" } else { "" }}>{risk}</td>
                                        </tr>
                                    }
                                }).collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
            </section>
        </Show>
    }
}

fn bars(items: Vec<(String, u32)>, limit: usize) -> impl IntoView {
    let max = items.first().map_or(1, |x| x.1).max(1) as f64;
    view! {
        <ul class="bars">
            {items.into_iter().take(limit).map(|(k, n)| view! {
                <li class="bars__row">
                    <span class="bars__label" title=k.clone()>{k.clone()}</span>
                    <span class="bars__bar"><span class="bars__fill" style:width=format!("{:.0}%", n as f64 / max * 100.0)></span></span>
                    <span class="bars__n">{n}</span>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// Hour-of-week heat map (7 × 24 cells).
#[component]
pub fn HourGrid(hours: Vec<u32>) -> impl IntoView {
    let max = hours.iter().copied().max().unwrap_or(0).max(1) as f64;
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    view! {
        <svg class="hourgrid" viewBox="0 0 290 93" role="img" aria-label="Sign-ins by weekday and hour (UTC)">
            {[0usize, 6, 12, 18].into_iter().map(|h| view! {
                <text x=format!("{}", 28 + h * 11) y="7" class="hourgrid__label">{format!("{h:02}")}</text>
            }).collect_view()}
            {(0..7).map(|d| view! {
                <text x="0" y=format!("{}", d * 11 + 18) class="hourgrid__label">{days[d]}</text>
                {(0..24).map(|h| {
                    let v = hours.get(d * 24 + h).copied().unwrap_or(0);
                    let op = if v == 0 { 0.06 } else { 0.2 + 0.8 * v as f64 / max };
                    view! { <rect x=format!("{}", 28 + h * 11) y=format!("{}", d * 11 + 9) width="10" height="10" class="hourgrid__cell" fill-opacity=format!("{op:.2}")><title>{format!("{} {:02}:00 UTC — {v}", days[d], h)}</title></rect> }
                }).collect_view()}
            }).collect_view()}
        </svg>
    }
}

/// A user's profile: usual countries, devices, apps and hours, and a timeline.
#[component]
pub fn ProfileView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let profile = Memo::new(move |_| {
        let user = state.view.with(|v| v.user.clone()).unwrap_or_default();
        state.with_data(|ds| aggregate::profile(ds, &user))
    });
    let timeline = Memo::new(move |_| {
        let p = profile.get();
        state.with_data(|ds| {
            let st = &ds.signins.table;
            let at = &ds.audits.table;
            use crate::core::model::{AuditField as A, SignInField as S};
            let mut items: Vec<(i64, String, String, String)> = p
                .signins
                .iter()
                .take(400)
                .map(|&r| {
                    let r = r as usize;
                    let g = |f: S| crate::core::query::view::cell_text(st, f as usize, r, &ds.strings, 0);
                    (
                        st.time(S::Time as usize, r),
                        "sign-in".to_owned(),
                        format!("{} · {} · {}", g(S::App), g(S::Status), g(S::Code)),
                        format!("{} · {}", g(S::Ip), g(S::Location)),
                    )
                })
                .collect();
            items.extend(p.audits.iter().take(400).map(|&r| {
                let r = r as usize;
                let g = |f: A| crate::core::query::view::cell_text(at, f as usize, r, &ds.strings, 0);
                (
                    at.time(A::Time as usize, r),
                    "audit".to_owned(),
                    g(A::Activity),
                    format!("by {} · target {}", g(A::Actor), g(A::Targets)),
                )
            }));
            items.sort_by_key(|b| std::cmp::Reverse(b.0));
            items.truncate(400);
            items
        })
    });
    let back = move |_| state.view.update(|v| v.user = None);
    view! {
        <section class="panel profile" data-testid="profile">
            <div class="panel__head">
                <button class="btn btn--small" on:click=back>"‹ All users"</button>
                <h2>{move || { let p = profile.get(); if p.name.is_empty() { p.upn.clone() } else { format!("{} — {}", p.name, p.upn) } }}</h2>
                <button class="btn btn--small" data-testid="profile-signins" on:click=move |_| {
                    let u = profile.get_untracked().upn;
                    state.filter_to(Log::SignIns, Cond::Contains { field: "user_any".into(), text: u, case_sensitive: false });
                }>"Show their sign-ins in the grid"</button>
            </div>
            <p class="muted">{move || { let p = profile.get(); format!("{} sign-ins · {} audit events as actor or target", p.signins.len(), p.audits.len()) }}</p>
            <div class="profile__grid">
                <div class="card"><h3>"Countries"</h3>{move || bars(profile.get().countries, 8)}</div>
                <div class="card"><h3>"Locations"</h3>{move || bars(profile.get().cities, 8)}</div>
                <div class="card"><h3>"Devices"</h3>{move || bars(profile.get().devices, 8)}</div>
                <div class="card"><h3>"Applications"</h3>{move || bars(profile.get().apps, 8)}</div>
                <div class="card"><h3>"IP addresses"</h3>{move || bars(profile.get().ips, 8)}</div>
                <div class="card"><h3>"Client apps"</h3>{move || bars(profile.get().client_apps, 8)}</div>
                <div class="card card--wide"><h3>"Hours of the week (UTC)"</h3>{move || view! { <HourGrid hours=profile.get().hours/> }}</div>
                {move || view! { <super::charts::UserMap upn=profile.get().upn/> }}
            </div>
            <h3>"Timeline"</h3>
            <table class="table" data-testid="timeline">
                <thead><tr><th>"When (UTC)"</th><th>"Log"</th><th>"What"</th><th>"Where / who"</th></tr></thead>
                <tbody>
                    {move || timeline.get().into_iter().map(|(t, kind, what, where_)| {
                        let class = format!("timeline--{kind}");
                        view! { <tr class=class><td>{when(t)}</td><td>{kind}</td><td>{what}</td><td>{where_}</td></tr> }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// The Applications list.
#[component]
pub fn AppsView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let apps = Memo::new(move |_| {
        let rows = state.signin_rows.get();
        state.with_data(|ds| aggregate::apps(ds, &rows))
    });
    view! {
        <section class="panel" data-testid="apps-view">
            <div class="panel__head"><h2>"Applications"</h2><span class="muted">"Click an application to filter the sign-ins."</span></div>
            <table class="table" data-testid="apps-table">
                <thead><tr><th>"Application"</th><th>"Application ID"</th><th class="num">"Sign-ins"</th><th class="num">"Failures"</th><th class="num">"Users"</th><th>"Last sign-in"</th></tr></thead>
                <tbody>
                    {move || apps.get().into_iter().map(|a| {
                        let app = a.app.clone();
                        view! {
                            <tr class="table__row--click" data-testid="app-row" on:click=move |_| state.filter_to(Log::SignIns, Cond::In { field: "app".into(), values: vec![app.clone()] })>
                                <td class="strong">{if a.app.is_empty() { "(none)".into() } else { a.app.clone() }}</td><td class="mono small">{a.app_id.clone()}</td>
                                <td class="num">{a.signins}</td><td class="num">{a.failures}</td><td class="num">{a.users}</td><td>{when(a.last_ms)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// Groups seen in audit events (membership and ownership changes).
#[component]
pub fn GroupsView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let groups = Memo::new(move |_| {
        let rows = state.audit_rows.get();
        state.with_data(|ds| aggregate::groups(ds, &rows))
    });
    view! {
        <section class="panel" data-testid="groups-view">
            <div class="panel__head"><h2>"Groups"</h2><span class="muted">"From audit events that target groups. Click a group to see its events."</span></div>
            <Show when=move || !groups.with(|g| g.is_empty())
                fallback=|| view! { <p class="muted">"No audit events about groups in the current selection."</p> }>
                <table class="table" data-testid="groups-table">
                    <thead><tr><th>"Group"</th><th class="num">"Members added"</th><th class="num">"Members removed"</th><th class="num">"Owner changes"</th><th class="num">"Other changes"</th><th>"Last change"</th></tr></thead>
                    <tbody>
                        {move || groups.get().into_iter().map(|g| {
                            let key = if g.name.is_empty() { g.id.clone() } else { g.name.clone() };
                            view! {
                                <tr class="table__row--click" data-testid="group-row" on:click=move |_| state.filter_to(Log::Audits, Cond::Contains { field: "target_any".into(), text: key.clone(), case_sensitive: false })>
                                    <td class="strong">{if g.name.is_empty() { g.id.clone() } else { g.name.clone() }}</td>
                                    <td class="num">{g.members_added}</td><td class="num">{g.members_removed}</td><td class="num">{g.owner_changes}</td><td class="num">{g.other_changes}</td>
                                    <td>{when(g.last_ms)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </Show>
        </section>
    }
}

/// One row per error code in the selection, and a lookup of any code.
#[component]
pub fn CodesView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = Memo::new(move |_| {
        let sel = state.signin_rows.get();
        state.with_data(|ds| aggregate::error_codes(ds, &sel, 30))
    });
    let query = RwSignal::new(String::new());
    let found = move || {
        let q = query.get();
        let q = q.trim();
        if q.is_empty() {
            return Vec::new();
        }
        if let Some(c) = codes::parse_code(q) {
            return codes::lookup(c).into_iter().collect();
        }
        let ql = q.to_lowercase();
        codes::all()
            .iter()
            .filter(|c| c.name.to_lowercase().contains(&ql) || c.meaning.to_lowercase().contains(&ql))
            .take(20)
            .collect()
    };
    view! {
        <section class="panel" data-testid="codes-view">
            <div class="panel__head">
                <h2>"Error codes"</h2>
                <input type="search" placeholder="Look up any code (e.g. 50126) or word…" aria-label="Look up an error code" data-testid="code-lookup"
                    prop:value=move || query.get() on:input:target=move |e| query.set(e.target().value())/>
            </div>
            <Show when=move || !query.with(|q| q.trim().is_empty())>
                <div class="lookup" data-testid="code-lookup-result">
                    {move || {
                        let f = found();
                        if f.is_empty() {
                            view! { <p class="muted">"No AADSTS code matches. (The table holds the codes Microsoft documents.)"</p> }.into_any()
                        } else {
                            f.into_iter().map(|c| view! {
                                <div class=format!("codecard codecard--{}", c.class.label())>
                                    <p class="codecard__code">{format!("AADSTS{} · {} · {}{}", c.code, c.name, c.class.label(), if c.cause.is_empty() { String::new() } else { format!(" · cause: {}", c.cause) })}</p>
                                    <p>{c.meaning}</p>
                                    {(!c.advice.is_empty()).then(|| view! { <p class="codecard__advice"><strong>"What it usually means: "</strong>{c.advice}</p> })}
                                </div>
                            }).collect_view().into_any()
                        }
                    }}
                </div>
            </Show>
            <p class="muted">
                "Codes in the current sign-in selection"
                {move || { let n = state.log_view(Log::SignIns, |lv| lv.filter.conds.len() + usize::from(!lv.filter.text.is_empty())); (n > 0).then(|| format!(" ({n} sign-in filter{} active)", if n == 1 { "" } else { "s" })) }}
                ". Interrupts (such as 50074, 50076, 50140) are steps of a sign-in, not failures. Click a row to filter the sign-ins."
            </p>
            <table class="table" data-testid="codes-table">
                <thead><tr><th>"Code"</th><th>"Class"</th><th>"Meaning"</th><th class="num">"Count"</th><th class="num">"Users"</th><th>"First seen"</th><th>"Last seen"</th><th>{move || format!("Over time (bar height: up to {} per bin)", rows.with(|rs| rs.iter().flat_map(|r| r.spark.iter().copied()).max().unwrap_or(0)))}</th></tr></thead>
                <tbody>
                    {move || {
                    let rows = rows.get();
                    let peak = rows.iter().flat_map(|r| r.spark.iter().copied()).max().unwrap_or(1);
                    rows.into_iter().map(|r| {
                        let info = codes::lookup(r.code);
                        let code = r.code.to_string();
                        view! {
                            <tr class="table__row--click" data-testid="code-row" data-code=code.clone() on:click=move |_| state.filter_to(Log::SignIns, Cond::In { field: "code".into(), values: vec![code.clone()] })>
                                <td class="mono strong">{r.code}</td>
                                <td class=format!("class--{}", r.class.label())>{r.class.label()}</td>
                                <td class="small" title=info.map(|i| i.advice).unwrap_or("")>{info.map(|i| i.meaning).unwrap_or("Not in the AADSTS table")}</td>
                                <td class="num">{r.count}</td><td class="num">{r.users}</td>
                                <td>{when(r.first_ms)}</td><td>{when(r.last_ms)}</td>
                                <td><Sparkline values=r.spark.clone() max=peak/></td>
                            </tr>
                        }
                    }).collect_view()}}
                </tbody>
            </table>
        </section>
    }
}
