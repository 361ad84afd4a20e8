//! Browser tests (wasm-bindgen-test in headless Chromium): the parts of `web` and `ui`
//! that only exist in a browser.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use lantern::{
    core::{ingest, model::Dataset, workspace::demo},
    web,
};
use wasm_bindgen::JsCast as _;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn blob(bytes: &[u8]) -> web_sys::Blob {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    web_sys::Blob::new_with_u8_array_sequence(&parts).unwrap()
}

#[wasm_bindgen_test]
async fn read_range_reads_exactly_the_slice() {
    let b = blob(b"0123456789");
    assert_eq!(web::file::read_range(&b, 2.0, 5.0).await.unwrap(), b"234");
    assert_eq!(web::file::read_range(&b, 8.0, 100.0).await.unwrap(), b"89");
}

#[wasm_bindgen_test]
async fn the_core_ingest_runs_in_wasm_on_blob_slices() {
    let tenant = demo::generate(&demo::DemoConfig { users: 20, days: 3, ..Default::default() });
    let mut ds = Dataset::new();
    let mut expected = (0, 0);
    for (name, bytes) in tenant.demo_files() {
        let b = blob(&bytes);
        let mut ing = ingest::FileIngest::new(&name, bytes.len() as u64, &mut ds);
        let mut off = 0.0;
        while off < b.size() {
            let chunk = web::file::read_range(&b, off, off + 65_536.0).await.unwrap();
            off += chunk.len() as f64;
            ing.feed(&chunk, &mut ds);
        }
        ing.finish(&mut ds);
        let f = &ds.files[ing.file as usize];
        expected = (expected.0 + f.signins, expected.1 + f.audits);
        assert!(f.error.is_none(), "{name}: {:?}", f.error);
    }
    assert_eq!(ds.signin_count() as u64, expected.0);
    assert_eq!(ds.audit_count(), tenant.audits.len());
    assert_eq!(ds.signin_count(), tenant.signins.len());
}

#[wasm_bindgen_test]
async fn after_the_lock_every_fetch_is_refused() {
    web::lock_network().unwrap();
    let meta = gloo_document().query_selector("meta[data-lantern-lock]").unwrap();
    assert!(meta.is_some());
    let window = web_sys::window().unwrap();
    let promise = window.fetch_with_str("/");
    let outcome = JsFuture::from(promise).await;
    assert!(outcome.is_err(), "a fetch after the lock must fail");
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_shows_the_empty_state() {
    let doc = gloo_document();
    let host = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), lantern::ui::App);
    // Leptos renders synchronously on mount; effects run on the next tick.
    gloo_sleep(50).await;
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains("Files are read in this tab; nothing is uploaded."), "{text}");
    assert!(text.contains("Try the demo tenant"));
    assert!(host.query_selector("[data-testid=file-input]").unwrap().is_some());
    drop(handle);
}

fn gloo_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn gloo_sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    JsFuture::from(p).await.unwrap();
}
