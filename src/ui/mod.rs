//! Leptos components. Thin: they bind signals and call `core`; all logic lives there.
//!
//! One `Copy` [`AppState`] is provided by context at the root; the view part of it
//! (`AppState::view`) is mirrored in the URL hash.

mod aggregated;
mod app;
mod charts;
mod details;
mod filters;
mod findings;
mod grid;
mod import;
mod rules;
mod state;
mod summary;
mod takeaway;
mod trainer;
mod views;

pub use app::App;
pub use state::AppState;

use leptos::{children::ChildrenFn, prelude::*};

/// Its children, built a turn after it is. A view shown for the first time costs the browser
/// compiling the WebAssembly behind it (V8 compiles each function when first called): the
/// data view built at once when the first records arrived held the page for ~150 ms; built a
/// part per turn, its parts take some 20–45 ms each.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        crate::web::yield_now().await;
        let _ = ready.try_set(true);
    });
    move || ready.get().then(|| children())
}

/// How many items of a list to build: `first`, then `step` more a turn until `len()` are built
/// (then `usize::MAX`), so that no turn builds many at once (each item of a grid or a list of
/// cards is dozens of reactive parts, and the browser compiles the code behind them the first
/// time). It starts over at `first` whenever what `restart` reads changes.
pub fn built_in_turns(
    first: usize,
    step: usize,
    restart: impl Fn() + 'static,
    len: impl Fn() -> usize + Copy + 'static,
) -> RwSignal<usize> {
    let built = RwSignal::new(first);
    let run = StoredValue::new(0u64);
    Effect::new(move |_| {
        restart();
        let this = run.get_value() + 1;
        run.set_value(this);
        built.set(first);
        leptos::task::spawn_local(async move {
            loop {
                crate::web::yield_now().await;
                // A newer run (or the view gone) ends this one.
                if run.try_get_value() != Some(this) {
                    return;
                }
                let more = built.get_untracked().saturating_add(step);
                let next = if more >= len() { usize::MAX } else { more };
                if built.try_set(next).is_some() || next == usize::MAX {
                    return;
                }
            }
        });
    });
    built
}

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
