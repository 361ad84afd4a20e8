//! Trainer mode: a panel that asks the questions of `core::workspace::trainer` one by one and checks
//! each against what the person does (the view state), with a hint on request.

use leptos::prelude::*;

use super::state::AppState;
use crate::core::workspace::trainer::{self, QUESTIONS};

/// The floating trainer panel (shown while `ViewState::trainer` is set).
#[component]
pub fn TrainerPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let index = Memo::new(move |_| state.view.with(|v| v.trainer));
    let hint = RwSignal::new(false);
    let answered = Memo::new(move |_| {
        let Some(i) = index.get() else { return false };
        let view = state.view.get();
        let findings = state.finding_keys.get();
        state.demo_truth.with(|truth| {
            let Some(truth) = truth else { return false };
            state.with_data(|ds| {
                trainer::check(i as usize, &trainer::Ctx { ds, view: &view, truth, findings: &findings })
            })
        })
    });
    // Once answered, a question stays answered even if the view moves on.
    let solved = RwSignal::new(Vec::<u32>::new());
    Effect::new(move |_| {
        if answered.get()
            && let Some(i) = index.get_untracked()
        {
            solved.update(|s| {
                if !s.contains(&i) {
                    s.push(i)
                }
            });
        }
    });
    let next = move |_| {
        hint.set(false);
        state.view.update(|v| v.trainer = v.trainer.map(|i| i + 1));
    };
    view! {
        <Show when=move || index.get().is_some()>
            <aside class="trainer" role="dialog" aria-label="Trainer mode" data-testid="trainer">
                {move || {
                    let i = index.get().unwrap_or(0) as usize;
                    let no_truth = state.demo_truth.with(|t| t.is_none());
                    if no_truth {
                        return view! {
                            <p class="trainer__q">"Trainer mode works on the demo tenant: load it to start (your progress is kept)."</p>
                        }.into_any();
                    }
                    match QUESTIONS.get(i) {
                        None => view! {
                            <p class="trainer__step">"Done"</p>
                            <p class="trainer__q" data-testid="trainer-done">{format!("You answered all {} questions. The Findings view lists the whole attack story.", QUESTIONS.len())}</p>
                        }.into_any(),
                        Some(q) => {
                            let done = move || answered.get() || solved.with(|s| s.contains(&(i as u32)));
                            view! {
                                <p class="trainer__step">{format!("Question {} of {}", i + 1, QUESTIONS.len())}</p>
                                <p class="trainer__q" data-testid="trainer-question">{q.prompt}</p>
                                <Show when=move || hint.get()><p class="trainer__hint">{q.hint}</p></Show>
                                <Show when=done fallback=move || view! {
                                    <p class="trainer__status muted" data-testid="trainer-status">"Do it in the app; this panel notices when you have."</p>
                                }>
                                    <p class="trainer__status trainer__status--ok" data-testid="trainer-status">"Correct. "{q.explanation}</p>
                                </Show>
                                <div class="trainer__buttons">
                                    <button class="btn btn--small" data-testid="trainer-hint" on:click=move |_| hint.set(true)>"Hint"</button>
                                    <button class="btn btn--primary btn--small" data-testid="trainer-next" disabled=move || !done() on:click=next>"Next question"</button>
                                </div>
                            }.into_any()
                        }
                    }
                }}
                <button class="btn btn--ghost btn--small trainer__close" aria-label="Leave trainer mode" on:click=move |_| state.view.update(|v| v.trainer = None)>"✕"</button>
            </aside>
        </Show>
    }
}
