//! The ingest Web Worker (built by Trunk: `data-type="worker"`).

#[cfg(target_arch = "wasm32")]
fn main() {
    lantern::web::worker::worker_main();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("lantern-worker runs inside the browser app.");
}
