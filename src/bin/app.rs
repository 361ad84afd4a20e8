//! The browser app (built by Trunk: `data-bin="lantern-app"`).

#[cfg(target_arch = "wasm32")]
fn main() {
    lantern::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "lantern-app runs in the browser: build it with `trunk build` (see README), or use the `lantern` command."
    );
}
