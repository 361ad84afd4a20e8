//! The Rules tab: the person's Sigma rules — add files, a folder or a zip; each rule with its
//! level, status, the logs it reads and its hits; every problem named by file and line.
//! Rules stay in this tab: they are never sent anywhere and never put in the link.

use leptos::{html, prelude::*};

use super::{findings::FindingsState, import::files_of, state::AppState};
use crate::core::sigma::{Problem, RuleInfo};

/// Findings and evidence records per rule key.
fn hits(f: &FindingsState, key: &str) -> (usize, usize) {
    if !f.current() {
        return (0, 0);
    }
    f.analysis.with(|a| {
        let of: Vec<_> = a.findings.iter().filter(|x| x.sigma.as_deref() == Some(key)).collect();
        (of.len(), of.iter().map(|x| x.signins.len() + x.audits.len()).sum())
    })
}

#[component]
pub fn RulesView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let files = NodeRef::<html::Input>::new();
    let folder = NodeRef::<html::Input>::new();
    let rules = move || state.sigma.get().map(|s| s.rules.clone()).unwrap_or_default();
    let problems = move || state.sigma.get().map(|s| s.problems.clone()).unwrap_or_default();
    let count = move || state.rule_files.with(|f| f.len());
    // A folder picker (the attribute has no typed setter).
    Effect::new(move |_| {
        if let Some(el) = folder.get() {
            let _ = el.set_attribute("webkitdirectory", "");
        }
    });
    let pick = move |input: NodeRef<html::Input>| {
        if let Some(el) = input.get() {
            state.load_files(files_of(el.files()));
            el.set_value("");
        }
    };
    view! {
        <section class="panel rules" data-testid="rules-view">
            <div class="panel__head">
                <h2>"Sigma rules"</h2>
                <input node_ref=files type="file" multiple class="visually-hidden" accept=".yml,.yaml,.zip"
                    data-testid="rules-input" aria-label="Add Sigma rule files" on:change=move |_| pick(files)/>
                <input node_ref=folder type="file" multiple class="visually-hidden"
                    data-testid="rules-folder-input" aria-label="Add a folder of Sigma rules" on:change=move |_| pick(folder)/>
                <button class="btn btn--primary" data-testid="add-rules" on:click=move |_| { if let Some(el) = files.get() { el.click(); } }>
                    "Add rule files…"
                </button>
                <button class="btn" data-testid="add-rules-folder" on:click=move |_| { if let Some(el) = folder.get() { el.click(); } }>
                    "Add a rules folder…"
                </button>
                <Show when=move || { count() > 0 }>
                    <button class="btn btn--ghost" data-testid="remove-rules" on:click=move |_| state.rule_files.set(Vec::new())>
                        "Remove all rules"
                    </button>
                </Show>
            </div>
            <p class="muted">
                "Drop or add Sigma rules (.yml / .yaml, a folder, or a zip of them) — SigmaHQ's Azure rules or your own. They run "
                "in this tab on the loaded logs, beside Lantern's own detections; their hits appear in Findings as "
                "“Sigma: <title>” with the rule's level. Rules are never sent anywhere and never put in the link. Field names are "
                "read through Lantern's Sigma field table (see the README)."
            </p>
            <p class="small" data-testid="rules-summary">{move || {
                let (r, p, n) = (rules().len(), problems().len(), count());
                if n == 0 { "No rules loaded.".to_owned() } else {
                    format!("{n} file{} · {r} rule{} · {p} problem{}", if n == 1 { "" } else { "s" }, if r == 1 { "" } else { "s" }, if p == 1 { "" } else { "s" })
                }
            }}</p>
            <Show when=move || !problems().is_empty()>
                <div class="alert alert--warn" role="alert" data-testid="rules-problems">
                    <strong>"Problems (the other rules still run)"</strong>
                    <ul>
                        {move || problems().into_iter().map(|p: Problem| view! { <li data-testid="sigma-problem">{p.text()}</li> }).collect_view()}
                    </ul>
                </div>
            </Show>
            <Show when=move || !rules().is_empty()>
                <RulesTable rules=Signal::derive(rules)/>
            </Show>
        </section>
    }
}

#[component]
fn RulesTable(rules: Signal<Vec<RuleInfo>>) -> impl IntoView {
    let f = expect_context::<FindingsState>();
    view! {
        <div class="table-wrap">
            <table class="table" data-testid="rules-table">
                <thead><tr>
                    <th>"Title"</th><th>"Level"</th><th>"Status"</th><th>"Reads"</th><th>"Kind"</th><th>"Hits"</th><th>"File"</th><th>"Author"</th>
                </tr></thead>
                <tbody>
                    {move || rules.get().into_iter().map(|r| {
                        let key = r.key.clone();
                        let hits = move || {
                            let (n, rec) = hits(&f, &key);
                            if n == 0 { "0".to_owned() } else { format!("{n} finding{} · {rec} record{}", if n == 1 { "" } else { "s" }, if rec == 1 { "" } else { "s" }) }
                        };
                        view! {
                            <tr data-testid="sigma-rule" data-key=r.key.clone()>
                                <td>{r.title.clone()}<div class="small muted">{r.description.clone()}</div></td>
                                <td><span class=format!("sev sev--{}", r.level)>{r.level.clone()}</span></td>
                                <td>{r.status.clone()}</td>
                                <td>{r.applies.label()}<div class="small muted">{r.logsource.clone()}</div></td>
                                <td>{r.kind.clone()}</td>
                                <td data-testid="sigma-hits">{hits}</td>
                                <td class="small">{r.file.clone()}</td>
                                <td class="small">{r.author.clone()}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
