//! Lantern: investigate Microsoft Entra ID sign-in and audit log exports in the browser.
//!
//! Three layers, dependencies pointing one way (`ui` → `web` → `core`):
//! - [`core`]: pure Rust, no browser crates; builds and tests on the host.
//! - `web` (wasm32 only): browser glue — file slices, the ingest worker, downloads, URL state.
//! - `ui` (wasm32 only): Leptos components, thin: bind signals, call `core`.
#![recursion_limit = "256"]

pub mod core;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
