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

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
