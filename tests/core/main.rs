//! Host integration tests: one binary, one module per area (ripgrep style).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

mod architecture;
mod codes;
mod conformance;
mod demo;
mod detect;
mod filter;
mod ingest;
mod locale;
mod malformed;
mod shapes;
mod sigma;
mod split;
mod takeaway;
mod trainer;
mod util;
mod wire;
