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

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
