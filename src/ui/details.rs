//! The details pane of one record: the portal's snapshot and more — the error code's
//! official meaning and what it usually means, location, device, authentication steps,
//! each Conditional Access policy, audit targets with modified properties (old → new,
//! JSON pretty-printed), additional details, and the original record re-read from the file.
//! Copy buttons, and previous/next without closing.

use crate::core::model::Log;
use leptos::{ev, prelude::*, task::spawn_local};

use super::state::{AppState, record_id, row_of_id};
use crate::{
    core::{
        codes, geo,
        ingest::raw,
        model::time,
        model::{AuditField as A, Dataset, Group, Kind, NO_INT, SignInField as S},
        query::view::cell_text,
    },
    web::{self, url::copy_text},
};

/// (label, value) pairs of a section.
type Section = (String, Vec<(String, String)>);

fn pretty_json(s: &str) -> String {
    let t = s.trim();
    if (t.starts_with('{') || t.starts_with('[')) && t.len() > 2 {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(t) {
            return serde_json::to_string_pretty(&v).unwrap_or_else(|_| s.to_owned());
        }
        // Graph's modified-property values are JSON inside a JSON string.
        if let Ok(serde_json::Value::String(inner)) =
            serde_json::from_str::<serde_json::Value>(&format!("\"{}\"", t.replace('"', "\\\"")))
        {
            return inner;
        }
    }
    s.to_owned()
}

fn signin_sections(ds: &Dataset, row: usize, local: bool) -> (Vec<Section>, Option<(u32, &'static codes::CodeInfo)>) {
    let t = &ds.signins.table;
    let off = if local { web::url::local_offset_min(t.time(S::Time as usize, row)) } else { 0 };
    let cell = |f: S| cell_text(t, f as usize, row, &ds.strings, off);
    let mut groups: Vec<(Group, Vec<(String, String)>)> = Vec::new();
    for f in S::ALL {
        let v = cell(*f);
        if v.is_empty() {
            continue;
        }
        let d = f.def();
        let label = if d.kind == Kind::Time && local { "Date (local)".to_owned() } else { d.label.to_owned() };
        let v = if *f == S::Country { format!("{v} ({})", geo::country_name(&v)) } else { v };
        match groups.iter_mut().find(|(g, _)| *g == d.group) {
            Some((_, items)) => items.push((label, v)),
            None => groups.push((d.group, vec![(label, v)])),
        }
    }
    let code = t.int(S::Code as usize, row);
    let info = (code != NO_INT).then(|| codes::lookup(code).map(|i| (code, i))).flatten();
    let order = [
        Group::Basic,
        Group::Location,
        Group::Device,
        Group::Auth,
        Group::Access,
        Group::Risk,
        Group::Identity,
        Group::Other,
    ];
    let sections = order
        .iter()
        .filter_map(|g| groups.iter().find(|(x, _)| x == g).map(|(g, items)| (g.title().to_owned(), items.clone())))
        .collect();
    (sections, info)
}

fn audit_sections(ds: &Dataset, row: usize, local: bool) -> Vec<Section> {
    let t = &ds.audits.table;
    let off = if local { web::url::local_offset_min(t.time(A::Time as usize, row)) } else { 0 };
    let mut basic = Vec::new();
    let mut actor = Vec::new();
    for f in A::ALL {
        let v = cell_text(t, *f as usize, row, &ds.strings, off);
        if v.is_empty() || *f == A::Targets {
            continue;
        }
        let d = f.def();
        let label = if d.kind == Kind::Time && local { "Date (local)".to_owned() } else { d.label.to_owned() };
        if d.group == Group::Identity { actor.push((label, v)) } else { basic.push((label, v)) }
    }
    let mut out = vec![("Activity".to_owned(), basic), ("Initiated by (actor)".to_owned(), actor)];
    let details: Vec<(String, String)> = ds
        .details_of(row)
        .iter()
        .map(|kv| (ds.strings.get(kv.key).to_owned(), pretty_json(ds.strings.get(kv.value))))
        .collect();
    if !details.is_empty() {
        out.push(("Additional details".to_owned(), details));
    }
    out
}

/// The pane, shown beside the grid when a record is open.
#[component]
pub fn DetailsPane(log: Log) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = state.rows(log);
    let row = Memo::new(move |_| {
        let rid = state.view.with(|v| v.record.clone())?;
        state.with_data(|ds| row_of_id(ds, log, &rid))
    });
    let pos = Memo::new(move |_| row.get().and_then(|r| rows.with(|sel| sel.iter().position(|&x| x as usize == r))));
    let go = move |delta: isize| {
        let Some(p) = pos.get_untracked() else { return };
        let Some(next) = p.checked_add_signed(delta) else {
            return;
        };
        if let Some(r) = rows.with_untracked(|sel| sel.get(next).copied()) {
            let rid = state.data.with_value(|ds| record_id(ds, log, r as usize));
            state.view.update(|v| v.record = Some(rid));
        }
    };
    let close = move || state.view.update(|v| v.record = None);
    let raw_view = RwSignal::new(None::<Result<raw::RawView, String>>);
    let show_raw = RwSignal::new(false);
    // Re-read the original record from the file when asked.
    Effect::new(move |_| {
        let (Some(r), true) = (row.get(), show_raw.get()) else {
            raw_view.set(None);
            return;
        };
        let src = state.data.with_value(|ds| {
            let srcs = if log == Log::SignIns { &ds.signins.src } else { &ds.audits.src };
            srcs.get(r).map(|s| (s, ds.files.get(s.file as usize).cloned()))
        });
        let Some((src, Some(file))) = src else {
            raw_view.set(Some(Err("the record's source is unknown".into())));
            return;
        };
        let Some(blob) = web::bridge::file_for(src.file) else {
            raw_view.set(Some(Err(format!(
                "the original of this record is inside a compressed or re-encoded file ({}); every field Lantern read is shown above",
                file.name
            ))));
            return;
        };
        spawn_local(async move {
            let start = src.offset as f64;
            let res = web::file::read_range(&blob, start, start + src.len as f64).await;
            raw_view.set(Some(match res {
                Ok(bytes) => raw::view_record(&file, &bytes),
                Err(e) => Err(format!("the browser could not read the file again ({e})")),
            }));
        });
    });
    let on_key = move |e: ev::KeyboardEvent| match e.key().as_str() {
        "Escape" => close(),
        "ArrowLeft" => go(-1),
        "ArrowRight" => go(1),
        _ => {}
    };
    view! {
        <aside class="details" role="complementary" aria-label="Record details" data-testid="details" tabindex="-1" on:keydown=on_key>
            <div class="details__head">
                <strong>{match log { Log::SignIns => "Sign-in details", Log::Audits => "Audit event details" }}</strong>
                <span class="details__pos">{move || pos.get().map(|p| format!("{} of {}", crate::core::query::view::thousands(p as u64 + 1), crate::core::query::view::thousands(rows.with(|r| r.len()) as u64))).unwrap_or_default()}</span>
                <button class="btn btn--small" data-testid="details-prev" title="Previous record (←)" disabled=move || pos.get().is_none_or(|p| p == 0) on:click=move |_| go(-1)>"‹ Previous"</button>
                <button class="btn btn--small" data-testid="details-next" title="Next record (→)" disabled=move || pos.get().is_none_or(|p| p + 1 >= rows.with(|r| r.len())) on:click=move |_| go(1)>"Next ›"</button>
                <button class="btn btn--ghost btn--small" data-testid="details-close" aria-label="Close details (Esc)" on:click=move |_| close()>"✕"</button>
            </div>
            <div class="details__body">
                {move || {
                    let Some(r) = row.get() else { return view! { <p class="muted">"This record is not in the loaded files."</p> }.into_any() };
                    let local = state.view.with(|v| v.local_time);
                    state.with_data(|ds| match log {
                        Log::SignIns => {
                            let (sections, info) = signin_sections(ds, r, local);
                            let request = ds.signins.table.id(S::RequestId as usize, r);
                            let steps: Vec<[String; 6]> = ds.steps_of(request).into_iter().map(|i| {
                                let st = &ds.steps;
                                let when = if st.time[i] == crate::core::model::NO_TIME { String::new() } else { time::format_display(st.time[i]) };
                                [when, ds.strings.get(st.method[i]).to_owned(), ds.strings.get(st.detail[i]).to_owned(),
                                 match st.succeeded[i] { 2 => "Yes".to_owned(), 1 => "No".to_owned(), _ => String::new() },
                                 ds.strings.get(st.result[i]).to_owned(), ds.strings.get(st.requirement[i]).to_owned()]
                            }).collect();
                            let policies: Vec<[String; 4]> = ds.ca_of(r).iter().map(|a| {
                                let p = ds.policies.get(a.policy as usize);
                                [p.map(|p| ds.strings.get(p.name)).unwrap_or("").to_owned(), ds.strings.get(a.result).to_owned(),
                                 p.map(|p| ds.strings.get(p.grant)).unwrap_or("").to_owned(), p.map(|p| ds.strings.get(p.session)).unwrap_or("").to_owned()]
                            }).collect();
                            let upn = crate::core::query::aggregate::user_key(ds, r).to_owned();
                            view! {
                                {info.map(|(code, i)| view! { <CodeCard code=code info=i/> })}
                                {(!upn.is_empty()).then(|| {
                                    let u = upn.clone();
                                    view! { <p><button class="btn btn--small" data-testid="open-profile" on:click=move |_| state.view.update(|v| { v.user = Some(u.clone()); v.tab = "users".into(); v.record = None; })>{format!("Open the profile of {upn}")}</button></p> }
                                })}
                                {sections.into_iter().map(|(title, items)| view! { <Fields title=title items=items/> }).collect_view()}
                                <h3 class="details__title">"Authentication details"</h3>
                                {if steps.is_empty() {
                                    view! { <p class="muted">"No authentication steps in the loaded files (the portal keeps them in the *_AuthDetails_* download)."</p> }.into_any()
                                } else {
                                    view! {
                                        <table class="mini" data-testid="auth-steps"><thead><tr><th>"Time"</th><th>"Method"</th><th>"Detail"</th><th>"Succeeded"</th><th>"Result"</th><th>"Requirement"</th></tr></thead>
                                        <tbody>{steps.into_iter().map(|s| view! { <tr>{s.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }).collect_view()}</tbody></table>
                                    }.into_any()
                                }}
                                <h3 class="details__title">"Conditional Access"</h3>
                                {if policies.is_empty() {
                                    view! { <p class="muted">"No per-policy results in this record (the portal's CSV carries only the overall status)."</p> }.into_any()
                                } else {
                                    view! {
                                        <table class="mini" data-testid="ca-policies"><thead><tr><th>"Policy"</th><th>"Result"</th><th>"Grant controls"</th><th>"Session controls"</th></tr></thead>
                                        <tbody>{policies.into_iter().map(|p| view! { <tr>{p.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }).collect_view()}</tbody></table>
                                    }.into_any()
                                }}
                            }.into_any()
                        }
                        Log::Audits => {
                            let sections = audit_sections(ds, r, local);
                            let targets: Vec<(String, Vec<(String, String, String)>)> = ds.targets_of(r).iter().map(|t| {
                                let name = [t.upn, t.name, t.id].iter().map(|s| ds.strings.get(*s)).find(|s| !s.is_empty()).unwrap_or("").to_owned();
                                let head = format!("{} {}", ds.strings.get(t.kind), name);
                                let id = ds.strings.get(t.id);
                                let head = if id.is_empty() || id == name { head } else { format!("{head} ({id})") };
                                (head, ds.props_of(t).iter().map(|p| (ds.strings.get(p.name).to_owned(), pretty_json(ds.strings.get(p.old)), pretty_json(ds.strings.get(p.new)))).collect())
                            }).collect();
                            view! {
                                {sections.into_iter().map(|(title, items)| view! { <Fields title=title items=items/> }).collect_view()}
                                <h3 class="details__title">"Targets"</h3>
                                {targets.into_iter().map(|(head, props)| view! {
                                    <div class="target" data-testid="target">
                                        <p class="target__head">{head}</p>
                                        {(!props.is_empty()).then(|| view! {
                                            <table class="mini"><thead><tr><th>"Property"</th><th>"Old value"</th><th>"New value"</th></tr></thead>
                                            <tbody>{props.into_iter().map(|(n, o, v)| view! { <tr><td>{n}</td><td><pre class="pre">{o}</pre></td><td><pre class="pre">{v}</pre></td></tr> }).collect_view()}</tbody></table>
                                        })}
                                    </div>
                                }).collect_view()}
                            }.into_any()
                        }
                    })
                }}
                <h3 class="details__title">"Original record"</h3>
                <button class="btn btn--small" data-testid="show-raw" on:click=move |_| show_raw.update(|s| *s = !*s)>
                    {move || if show_raw.get() { "Hide the original record" } else { "Show the original record from the file" }}
                </button>
                {move || raw_view.get().map(|r| match r {
                    Ok(v) => {
                        let text = v.text.clone();
                        view! {
                            <div class="raw" data-testid="raw">
                                <button class="btn btn--small" on:click=move |_| copy_text(&text)>"Copy"</button>
                                <pre class="pre pre--raw">{v.text.clone()}</pre>
                            </div>
                        }.into_any()
                    }
                    Err(e) => view! { <p class="muted" data-testid="raw">{e}</p> }.into_any(),
                })}
            </div>
        </aside>
    }
}

#[component]
fn CodeCard(code: u32, info: &'static codes::CodeInfo) -> impl IntoView {
    let class = info.class.label();
    view! {
        <div class=format!("codecard codecard--{class}") data-testid="code-card">
            <p class="codecard__code">{format!("AADSTS{code} · {} · {}", info.name, class)}</p>
            <p>{info.meaning}</p>
            {(!info.advice.is_empty()).then(|| view! { <p class="codecard__advice"><strong>"What it usually means: "</strong>{info.advice}</p> })}
        </div>
    }
}

#[component]
fn Fields(title: String, items: Vec<(String, String)>) -> impl IntoView {
    view! {
        <h3 class="details__title">{title}</h3>
        <dl class="fields">
            {items.into_iter().map(|(k, v)| {
                let copy = v.clone();
                view! {
                    <div class="fields__row">
                        <dt>{k}</dt>
                        <dd>
                            <span class="fields__value">{v}</span>
                            <button class="btn btn--ghost btn--tiny fields__copy" title="Copy" aria-label="Copy value" on:click=move |_| copy_text(&copy)>"copy"</button>
                        </dd>
                    </div>
                }
            }).collect_view()}
        </dl>
    }
}
