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
        query::view::{self, cell_text},
    },
    web::{self, url::copy_text},
};

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

/// The portal's tabs of the details pane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pane {
    Basic,
    Location,
    Device,
    Auth,
    Access,
    ReportOnly,
    More,
    Targets,
    Modified,
    Raw,
}

impl Pane {
    fn title(self, log: Log) -> &'static str {
        match (self, log) {
            (Pane::Basic, Log::SignIns) => "Basic info",
            (Pane::Basic, Log::Audits) => "Activity",
            (Pane::Location, _) => "Location",
            (Pane::Device, _) => "Device info",
            (Pane::Auth, _) => "Authentication details",
            (Pane::Access, _) => "Conditional Access",
            (Pane::ReportOnly, _) => "Report-only",
            (Pane::More, _) => "Additional details",
            (Pane::Targets, _) => "Target(s)",
            (Pane::Modified, _) => "Modified properties",
            (Pane::Raw, _) => "Raw",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Pane::Basic => "basic",
            Pane::Location => "location",
            Pane::Device => "device",
            Pane::Auth => "auth",
            Pane::Access => "ca",
            Pane::ReportOnly => "report-only",
            Pane::More => "more",
            Pane::Targets => "targets",
            Pane::Modified => "modified",
            Pane::Raw => "raw",
        }
    }

    fn of(log: Log) -> &'static [Pane] {
        match log {
            Log::SignIns => &[
                Pane::Basic,
                Pane::Location,
                Pane::Device,
                Pane::Auth,
                Pane::Access,
                Pane::ReportOnly,
                Pane::More,
                Pane::Raw,
            ],
            Log::Audits => &[Pane::Basic, Pane::Targets, Pane::Modified, Pane::More, Pane::Raw],
        }
    }
}

/// The fields of a sign-in's schema groups, as (label, value), vocabulary values in words.
fn signin_fields(ds: &Dataset, row: usize, local: bool, groups: &[Group]) -> Vec<(String, String)> {
    let t = &ds.signins.table;
    let off = if local { web::url::local_offset_min(t.time(S::Time as usize, row)) } else { 0 };
    let mut out = Vec::new();
    for f in S::ALL.iter().filter(|f| groups.contains(&f.def().group)) {
        let v = cell_text(t, *f as usize, row, &ds.strings, off);
        if v.is_empty() {
            continue;
        }
        let d = f.def();
        let label = if d.kind == Kind::Time && local { "Date (local)".to_owned() } else { d.label.to_owned() };
        let v = match *f {
            S::Country => format!("{v} ({})", geo::country_name(&v)),
            _ if view::is_vocabulary(d.key) => view::humanize(&v),
            _ => v,
        };
        out.push((label, v));
    }
    out
}

/// The fields of an audit event (all but its targets) for `identity` (the actor) or not.
fn audit_fields(ds: &Dataset, row: usize, local: bool, actor: bool) -> Vec<(String, String)> {
    let t = &ds.audits.table;
    let off = if local { web::url::local_offset_min(t.time(A::Time as usize, row)) } else { 0 };
    A::ALL
        .iter()
        .filter(|f| **f != A::Targets && (f.def().group == Group::Identity) == actor)
        .filter_map(|f| {
            let v = cell_text(t, *f as usize, row, &ds.strings, off);
            let d = f.def();
            let label = if d.kind == Kind::Time && local { "Date (local)".to_owned() } else { d.label.to_owned() };
            let v = if view::is_vocabulary(d.key) { view::humanize(&v) } else { v };
            (!v.is_empty()).then_some((label, v))
        })
        .collect()
}

/// A sign-in's authentication steps: time, method, detail, succeeded, result, requirement.
fn signin_steps(ds: &Dataset, row: usize) -> Vec<[String; 6]> {
    let request = ds.signins.table.id(S::RequestId as usize, row);
    let st = &ds.steps;
    ds.steps_of(request)
        .into_iter()
        .map(|i| {
            let when = if st.time[i] == crate::core::model::NO_TIME {
                String::new()
            } else {
                time::format_display(st.time[i])
            };
            let yes = match st.succeeded[i] {
                2 => "Yes".to_owned(),
                1 => "No".to_owned(),
                _ => String::new(),
            };
            let g = |v: &Vec<crate::core::model::intern::Sym>| ds.strings.get(v[i]).to_owned();
            [when, g(&st.method), g(&st.detail), yes, g(&st.result), g(&st.requirement)]
        })
        .collect()
}

/// A sign-in's Conditional Access policies (name, result, grant, session), report-only ones
/// or the others.
fn signin_policies(ds: &Dataset, row: usize, report_only: bool) -> Vec<[String; 4]> {
    ds.ca_of(row)
        .iter()
        .filter(|a| ds.strings.get(a.result).to_ascii_lowercase().starts_with("reportonly") == report_only)
        .map(|a| {
            let p = ds.policies.get(a.policy as usize);
            let g = |f: fn(&crate::core::model::CaPolicy) -> crate::core::model::intern::Sym| {
                p.map(|p| ds.strings.get(f(p))).unwrap_or("").to_owned()
            };
            [g(|p| p.name), view::humanize(ds.strings.get(a.result)), g(|p| p.grant), g(|p| p.session)]
        })
        .collect()
}

/// Why a sign-in shows no per-policy results: the file it came from decides.
fn no_policies_note(ds: &Dataset, row: usize) -> String {
    let format = ds
        .signins
        .src
        .get(row)
        .and_then(|s| ds.files.get(s.file as usize))
        .map(|f| f.format.clone())
        .unwrap_or_default();
    if format.starts_with("portal-csv") {
        "The portal's CSV download carries only the overall Conditional Access status, not per-policy results.".into()
    } else {
        "This record lists no per-policy Conditional Access results.".into()
    }
}

/// An audit event's targets: a heading per target and its modified properties (name, old, new).
type Targets = Vec<(String, Vec<(String, String, String)>)>;

fn audit_targets(ds: &Dataset, row: usize) -> Targets {
    ds.targets_of(row)
        .iter()
        .map(|t| {
            let name = [t.upn, t.name, t.id]
                .iter()
                .map(|s| ds.strings.get(*s))
                .find(|s| !s.is_empty())
                .unwrap_or("")
                .to_owned();
            let head = format!("{} {}", ds.strings.get(t.kind), name);
            let id = ds.strings.get(t.id);
            let head = if id.is_empty() || id == name { head } else { format!("{head} ({id})") };
            let props = ds
                .props_of(t)
                .iter()
                .map(|p| {
                    (
                        ds.strings.get(p.name).to_owned(),
                        pretty_json(ds.strings.get(p.old)),
                        pretty_json(ds.strings.get(p.new)),
                    )
                })
                .collect();
            (head, props)
        })
        .collect()
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
        let Some(next) = pos.get_untracked().and_then(|p| p.checked_add_signed(delta)) else { return };
        if let Some(r) = rows.with_untracked(|sel| sel.get(next).copied()) {
            let rid = state.data.with_value(|ds| record_id(ds, log, r as usize));
            state.view.update(|v| v.record = Some(rid));
        }
    };
    let close = move || state.view.update(|v| v.record = None);
    let pane = RwSignal::new(Pane::Basic);
    let on_key = move |e: ev::KeyboardEvent| match e.key().as_str() {
        "Escape" => close(),
        "ArrowLeft" if !is_tab_key(&e) => go(-1),
        "ArrowRight" if !is_tab_key(&e) => go(1),
        _ => {}
    };
    let n = move || rows.with(|r| r.len());
    view! {
        <aside class="details" role="complementary" aria-label="Record details" data-testid="details" tabindex="-1" on:keydown=on_key>
            <div class="details__head">
                <strong>{match log { Log::SignIns => "Sign-in details", Log::Audits => "Audit event details" }}</strong>
                <span class="details__pos">{move || pos.get().map(|p| format!("{} of {}", view::thousands(p as u64 + 1), view::thousands(n() as u64))).unwrap_or_default()}</span>
                <button class="btn btn--small" data-testid="details-prev" title="Previous record (←)" disabled=move || pos.get().is_none_or(|p| p == 0) on:click=move |_| go(-1)>"‹ Previous"</button>
                <button class="btn btn--small" data-testid="details-next" title="Next record (→)" disabled=move || pos.get().is_none_or(|p| p + 1 >= n()) on:click=move |_| go(1)>"Next ›"</button>
                <button class="btn btn--ghost btn--small" data-testid="details-close" aria-label="Close details (Esc)" on:click=move |_| close()>"✕"</button>
            </div>
            <div class="details__tabs" role="tablist" aria-label="Details">
                {Pane::of(log).iter().map(|&p| view! {
                    <button role="tab" class="details__tab" data-testid=format!("details-tab-{}", p.key())
                        aria-selected=move || (pane.get() == p).to_string() on:click=move |_| pane.set(p)>{p.title(log)}</button>
                }).collect_view()}
            </div>
            <div class="details__body" role="tabpanel">
                {move || {
                    let Some(r) = row.get() else { return view! { <p class="muted">"This record is not in the loaded files."</p> }.into_any() };
                    match pane.get() {
                        Pane::Raw => view! { <RawRecord log=log row=r/> }.into_any(),
                        p => match log {
                            Log::SignIns => view! { <SigninPane row=r pane=p/> }.into_any(),
                            Log::Audits => view! { <AuditPane row=r pane=p/> }.into_any(),
                        },
                    }
                }}
            </div>
        </aside>
    }
}

/// Arrow keys move between details tabs when a tab has focus, between records otherwise.
fn is_tab_key(e: &ev::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast as _;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.get_attribute("role").as_deref() == Some("tab"))
}

/// One tab of a sign-in's details.
#[component]
fn SigninPane(row: usize, pane: Pane) -> impl IntoView {
    let state = expect_context::<AppState>();
    let local = state.view.with(|v| v.local_time);
    state.with_data(|ds| match pane {
        Pane::Basic => {
            let code = ds.signins.table.int(S::Code as usize, row);
            let info = (code != NO_INT).then(|| codes::lookup(code).map(|i| (code, i))).flatten();
            let upn = crate::core::query::aggregate::user_key(ds, row).to_owned();
            let fields = signin_fields(ds, row, local, &[Group::Basic, Group::Identity]);
            view! {
                {info.map(|(code, i)| view! { <CodeCard code=code info=i/> })}
                {(!upn.is_empty()).then(|| {
                    let u = upn.clone();
                    view! { <p><button class="btn btn--small details__profile" data-testid="open-profile" on:click=move |_| state.view.update(|v| { v.user = Some(u.clone()); v.tab = "users".into(); v.record = None; })>{format!("Open the profile of {upn}")}</button></p> }
                })}
                <Fields items=fields/>
            }
            .into_any()
        }
        Pane::Location => view! { <Fields items=signin_fields(ds, row, local, &[Group::Location])/> }.into_any(),
        Pane::Device => view! { <Fields items=signin_fields(ds, row, local, &[Group::Device])/> }.into_any(),
        Pane::Auth => {
            let steps = signin_steps(ds, row);
            view! {
                <Fields items=signin_fields(ds, row, local, &[Group::Auth])/>
                {if steps.is_empty() {
                    view! { <p class="muted">"No authentication steps in the loaded files (the portal keeps them in the *_AuthDetails_* download)."</p> }.into_any()
                } else {
                    view! { <Table testid="auth-steps" head=&["Time", "Method", "Detail", "Succeeded", "Result", "Requirement"] rows=steps.into_iter().map(|r| r.to_vec()).collect()/> }.into_any()
                }}
            }
            .into_any()
        }
        Pane::Access | Pane::ReportOnly => {
            let report_only = pane == Pane::ReportOnly;
            let policies = signin_policies(ds, row, report_only);
            let note = if policies.is_empty() && ds.ca_of(row).is_empty() {
                no_policies_note(ds, row)
            } else if report_only {
                "No report-only policy applied to this sign-in.".into()
            } else {
                "Every policy of this sign-in was in report-only mode.".into()
            };
            view! {
                {(!report_only).then(|| view! { <Fields items=signin_fields(ds, row, local, &[Group::Access])/> })}
                {if policies.is_empty() {
                    view! { <p class="muted" data-testid="ca-note">{note}</p> }.into_any()
                } else {
                    view! { <Table testid="ca-policies" head=&["Policy", "Result", "Grant controls", "Session controls"] rows=policies.into_iter().map(|r| r.to_vec()).collect()/> }.into_any()
                }}
            }
            .into_any()
        }
        _ => view! { <Fields items=signin_fields(ds, row, local, &[Group::Risk, Group::Other])/> }.into_any(),
    })
}

/// One tab of an audit event's details.
#[component]
fn AuditPane(row: usize, pane: Pane) -> impl IntoView {
    let state = expect_context::<AppState>();
    let local = state.view.with(|v| v.local_time);
    state.with_data(|ds| match pane {
        Pane::Targets => view! {
            {audit_targets(ds, row).into_iter().map(|(head, props)| view! {
                <div class="target" data-testid="target"><p class="target__head">{head}</p>{format!("{} modified propert{}", props.len(), if props.len() == 1 { "y" } else { "ies" })}</div>
            }).collect_view()}
        }
        .into_any(),
        Pane::Modified => view! {
            {audit_targets(ds, row).into_iter().filter(|(_, p)| !p.is_empty()).map(|(head, props)| view! {
                <div class="target"><p class="target__head">{head}</p>
                    <table class="mini"><thead><tr><th>"Property"</th><th>"Old value"</th><th>"New value"</th></tr></thead>
                    <tbody>{props.into_iter().map(|(n, o, v)| view! { <tr><td>{n}</td><td><pre class="pre">{o}</pre></td><td><pre class="pre">{v}</pre></td></tr> }).collect_view()}</tbody></table>
                </div>
            }).collect_view()}
        }
        .into_any(),
        Pane::More => {
            let details: Vec<(String, String)> = ds
                .details_of(row)
                .iter()
                .map(|kv| (ds.strings.get(kv.key).to_owned(), pretty_json(ds.strings.get(kv.value))))
                .collect();
            if details.is_empty() {
                view! { <p class="muted">"No additional details in this event."</p> }.into_any()
            } else {
                view! { <Fields items=details/> }.into_any()
            }
        }
        _ => view! {
            <Fields items=audit_fields(ds, row, local, false)/>
            <h3 class="details__title">"Initiated by (actor)"</h3>
            <Fields items=audit_fields(ds, row, local, true)/>
        }
        .into_any(),
    })
}

/// Finds a record of a decoded file again: the outer blob, read in slices from its start
/// through `raw::Reread`, until the record comes by.
async fn reread(
    blob: &web_sys::Blob,
    outer: &str,
    member: u16,
    offset: u64,
    closed: impl Fn() -> bool,
) -> Result<Option<Vec<u8>>, String> {
    const SLICE: f64 = 4.0 * 1024.0 * 1024.0;
    let mut r = raw::Reread::new(outer, member, offset);
    let size = blob.size();
    let mut at = 0.0;
    while at < size {
        if closed() {
            // The pane was closed (or shows another record): stop decoding.
            return Ok(None);
        }
        let bytes = web::file::read_range(blob, at, at + SLICE).await.map_err(|e| e.to_string())?;
        if let Some(found) = r.feed(&bytes) {
            return Ok(Some(found));
        }
        at += SLICE;
    }
    Ok(r.finish())
}

/// The original record, re-read from its file.
#[component]
fn RawRecord(log: Log, row: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let raw_view = RwSignal::new(None::<Result<raw::RawView, String>>);
    let src = state.data.with_value(|ds| {
        let srcs = if log == Log::SignIns { &ds.signins.src } else { &ds.audits.src };
        srcs.get(row).map(|s| (s, ds.files.get(s.file as usize).cloned()))
    });
    match src {
        Some((src, Some(file))) => match web::bridge::file_for(src.file) {
            Some(blob) => spawn_local(async move {
                let start = src.offset as f64;
                let res = web::file::read_range(&blob, start, start + src.len as f64).await;
                let _ = raw_view.try_set(Some(match res {
                    Ok(bytes) => raw::view_record(&file, &bytes),
                    Err(e) => Err(format!("the browser could not read the file again ({e})")),
                }));
            }),
            None => match web::bridge::decoded_source(src.file) {
                // Inside a .gz / .zip or re-encoded: decode the outer file again up to the record.
                Some((blob, outer, member)) => spawn_local(async move {
                    let res = reread(&blob, &outer, member, src.offset, move || raw_view.try_get_untracked().is_none()).await;
                    let _ = raw_view.try_set(Some(match res {
                        Ok(Some(bytes)) => raw::view_record(&file, &bytes),
                        Ok(None) => Err(format!("the record was not found again in {}", file.name)),
                        Err(e) => Err(format!("the browser could not read the file again ({e})")),
                    }));
                }),
                None => raw_view.set(Some(Err(format!(
                    "the original of this record is no longer available ({}); every field Lantern read is in the other tabs",
                    file.name
                )))),
            },
        },
        _ => raw_view.set(Some(Err("the record's source is unknown".into()))),
    }
    move || match raw_view.get() {
        None => view! { <p class="muted" data-testid="raw">"Reading the record from the file…"</p> }.into_any(),
        Some(Ok(v)) => {
            let text = v.text.clone();
            view! {
                <div class="raw" data-testid="raw">
                    <button class="btn btn--small" on:click=move |_| copy_text(&text)>"Copy"</button>
                    <pre class="pre pre--raw">{v.text.clone()}</pre>
                </div>
            }
            .into_any()
        }
        Some(Err(e)) => view! { <p class="muted" data-testid="raw">{e}</p> }.into_any(),
    }
}

/// A small table of text cells.
#[component]
fn Table(testid: &'static str, head: &'static [&'static str], rows: Vec<Vec<String>>) -> impl IntoView {
    view! {
        <table class="mini" data-testid=testid>
            <thead><tr>{head.iter().map(|h| view! { <th>{*h}</th> }).collect_view()}</tr></thead>
            <tbody>{rows.into_iter().map(|r| view! { <tr>{r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }).collect_view()}</tbody>
        </table>
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
fn Fields(items: Vec<(String, String)>) -> impl IntoView {
    if items.is_empty() {
        return view! { <p class="muted">"Nothing in this record."</p> }.into_any();
    }
    view! {
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
    .into_any()
}
