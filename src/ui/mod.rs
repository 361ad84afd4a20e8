//! Leptos components. Thin: they bind signals and call `core`; all logic lives there.
//!
//! One `Copy` [`AppState`] is provided by context at the root.

mod app;
mod import;
mod state;
mod summary;
mod table;

pub use app::App;
pub use state::AppState;

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
