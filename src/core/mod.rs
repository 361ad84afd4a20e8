//! The pure core of Lantern: everything that does not need a browser.
//!
//! `core` never imports leptos, web-sys, js-sys or wasm-bindgen (those crates are
//! wasm32-only dependencies, so a stray import fails the host build, and `.ci/run`
//! greps for it too). Everything here is tested on the host with plain `cargo test`.
//!
//! Data flow:
//!
//! ```text
//!  bytes of a file ──► ingest::FileIngest (sniff → container → CSV / JSON framing → field mapping)
//!                         │ rows, interned strings, warnings (Report)
//!                         ▼
//!                   model::Dataset (columnar, interned) ──► filter / detect / export / chart / geo
//!                         │
//!                         └─► model::wire (delta bytes: worker → page)
//! ```
//!
//! Units live in names (`ts_ms`, `bytes_done`); timestamps are UTC milliseconds since the
//! Unix epoch throughout.

pub mod codes;
pub mod detect;
pub mod geo;
pub mod ingest;
pub mod kql;
pub mod model;
pub mod output;
pub mod query;
pub mod sigma;
pub mod workspace;
