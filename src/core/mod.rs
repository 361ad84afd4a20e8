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

pub mod aggregate;
pub mod chart;
pub mod codes;
pub mod demo;
pub mod detect;
pub mod export;
pub mod filter;
pub mod geo;
pub mod ingest;
pub mod intern;
pub mod kql;
pub mod model;
pub mod report;
pub mod time;
pub mod trainer;
pub mod view;
pub mod viewstate;
pub mod window;
