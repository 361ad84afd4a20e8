//! The ingest Web Worker (built as the `lantern-worker` binary).
//!
//! The page posts `{type:"load", id, file}` (a `File` crosses by reference; no bytes are
//! copied). The worker reads it slice by slice, feeds `core::ingest`, and after every
//! slice posts `{type:"delta", id, buf, files, …}`: `buf` is a `model::wire` delta in an
//! `ArrayBuffer` that is *transferred*. Reading awaits between slices, so a
//! `{type:"cancel", id}` message is seen within one slice (a few ms of parsing).
//!
//! The worker keeps a [`Dataset`] with no rows: only the interner, the Conditional Access
//! policies and the ids already seen (for de-duplication across files). The page keeps
//! the rows.
//!
//! For the benchmark page only (`tests/bench/browser/`; the app never sends these):
//! `{type:"bench-mirror"}` makes the worker keep a copy of every delta it posts, and
//! `{type:"stats", id}` answers `{type:"stats", id, wasmBytes, workerHeapBytes,
//! modelHeapBytes, signins, audits}` — the model's size being that of a page-side dataset
//! rebuilt from those deltas (`Dataset::heap_bytes`), exactly what the app's page holds.

use std::{cell::RefCell, collections::VecDeque, rc::Rc};

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast as _, JsValue, closure::Closure};
use web_sys::{Blob, DedicatedWorkerGlobalScope, MessageEvent};

use crate::core::{
    ingest::{FileIngest, fail},
    model::{Dataset, wire},
};

/// First slice is small so that the first rows show quickly; later slices are larger.
const FIRST_SLICE: f64 = 256.0 * 1024.0;
const SLICE: f64 = 4.0 * 1024.0 * 1024.0;

struct Job {
    id: u32,
    blob: Blob,
    name: String,
}

#[derive(Default)]
struct State {
    ds: Dataset,
    mark: wire::Watermark,
    queue: VecDeque<Job>,
    running: bool,
    cancelled: Vec<u32>,
    /// Loads a reset dropped: they stop at once and post nothing more (their file numbers and
    /// strings belong to the dataset that was thrown away).
    dropped: Vec<u32>,
    /// The load being read.
    current: Option<u32>,
    /// Benchmark page only: the deltas posted so far and the page-side model built from them.
    bench: Option<BenchMirror>,
}

#[derive(Default)]
struct BenchMirror {
    pending: Vec<Vec<u8>>,
    model: Dataset,
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn set(o: &Object, k: &str, v: &JsValue) {
    let _ = Reflect::set(o, &JsValue::from_str(k), v);
}

fn get(o: &JsValue, k: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

/// Removes the worker's network entry points for good (defined as `undefined`, neither
/// writable nor configurable): a worker loaded from a URL gets its CSP from its own response, so
/// on a host that sends no header nothing else would stop it. Called once the wasm is loaded and
/// before any message is read.
fn lock_network() {
    let global: Object = js_sys::global().unchecked_into();
    let desc = Object::new();
    set(&desc, "value", &JsValue::UNDEFINED);
    set(&desc, "writable", &JsValue::FALSE);
    set(&desc, "configurable", &JsValue::FALSE);
    for name in
        ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts", "WebTransport", "WebSocketStream"]
    {
        // Own property on the global: shadows the prototype's and cannot be reassigned.
        let _ = Reflect::define_property(&global, &JsValue::from_str(name), &desc);
    }
}

/// The worker's entry point.
pub fn worker_main() {
    console_error_panic_hook::set_once();
    lock_network();
    let state = Rc::new(RefCell::new(State::default()));
    let st = state.clone();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |msg: MessageEvent| {
        let data = msg.data();
        match get(&data, "type").as_string().as_deref() {
            Some("load") => {
                let id = get(&data, "id").as_f64().unwrap_or(0.0) as u32;
                let Ok(blob) = get(&data, "file").dyn_into::<Blob>() else {
                    return;
                };
                let name = get(&data, "name").as_string().unwrap_or_else(|| "file".into());
                st.borrow_mut().queue.push_back(Job { id, blob, name });
                let start = {
                    let mut s = st.borrow_mut();
                    !std::mem::replace(&mut s.running, true)
                };
                if start {
                    wasm_bindgen_futures::spawn_local(run(st.clone()));
                }
            }
            Some("cancel") => {
                let id = get(&data, "id").as_f64().unwrap_or(0.0) as u32;
                st.borrow_mut().cancelled.push(id);
            }
            Some("sync") => {
                // A restarted worker: continue from the page's strings, policies and ids.
                let bytes = Uint8Array::new(&get(&data, "buf")).to_vec();
                if let Ok((ds, mark)) = wire::apply_state(&bytes) {
                    let mut s = st.borrow_mut();
                    s.ds = ds;
                    s.mark = mark;
                }
            }
            Some("bench-mirror") => st.borrow_mut().bench = Some(BenchMirror::default()),
            Some("stats") => {
                let id = get(&data, "id");
                post_stats(&mut st.borrow_mut(), &id);
            }
            Some("reset") => {
                let mut s = st.borrow_mut();
                s.ds = Dataset::new();
                s.mark = wire::Watermark::default();
                let ids: Vec<u32> = s.queue.iter().map(|j| j.id).chain(s.current).collect();
                s.dropped.extend(ids);
                s.queue.clear();
            }
            _ => {}
        }
    });
    scope().set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    let ready = Object::new();
    set(&ready, "type", &"ready".into());
    let _ = scope().post_message(&ready);
}

async fn run(state: Rc<RefCell<State>>) {
    loop {
        let job = {
            let mut s = state.borrow_mut();
            match s.queue.pop_front() {
                Some(j) => j,
                None => {
                    s.running = false;
                    return;
                }
            }
        };
        load(&state, job).await;
    }
}

async fn load(state: &Rc<RefCell<State>>, job: Job) {
    let size = job.blob.size();
    let started = super::now_ms();
    let (mut ing, first_file) = {
        let mut s = state.borrow_mut();
        let ing = FileIngest::new(&job.name, size as u64, &mut s.ds);
        let f = ing.file as usize;
        (ing, f)
    };
    let mut offset = 0.0;
    let mut slice = FIRST_SLICE;
    // The read of the next slice runs while the current one is parsed.
    let mut next: Option<(f64, wasm_bindgen_futures::JsFuture)> = None;
    state.borrow_mut().current = Some(job.id);
    loop {
        if state.borrow().dropped.contains(&job.id) {
            return;
        }
        let cancelled = state.borrow().cancelled.contains(&job.id);
        if cancelled {
            let mut s = state.borrow_mut();
            let State { ds, .. } = &mut *s;
            ing.cancel(ds);
            post_delta(&mut s, job.id, first_file, offset, size, started, true);
            return;
        }
        if offset >= size {
            let mut s = state.borrow_mut();
            ing.finish(&mut s.ds);
            post_delta(&mut s, job.id, first_file, offset, size, started, true);
            return;
        }
        let read = match next.take() {
            Some(r) => Ok(r),
            None => {
                let end = (offset + slice).min(size);
                super::file::start_read(&job.blob, offset, end).map(|f| (end, f))
            }
        };
        let bytes = match read {
            Ok((end, f)) => super::file::finish_read(f).await.map(|b| (end, b)),
            Err(e) => Err(e),
        };
        match bytes {
            _ if state.borrow().dropped.contains(&job.id) => return,
            Ok((end, bytes)) => {
                slice = SLICE;
                if end < size {
                    let after = (end + slice).min(size);
                    next = super::file::start_read(&job.blob, end, after).ok().map(|f| (after, f));
                }
                let mut s = state.borrow_mut();
                ing.feed(&bytes, &mut s.ds);
                offset = end;
                post_delta(&mut s, job.id, first_file, offset, size, started, false);
            }
            Err(e) => {
                let mut s = state.borrow_mut();
                fail(&mut s.ds, ing.file, &format!("the browser could not read the file ({e})"));
                ing.finish(&mut s.ds);
                post_delta(&mut s, job.id, first_file, offset, size, started, true);
                return;
            }
        }
    }
}

/// Benchmark page only: sizes of the worker's memory and of the page-side model.
fn post_stats(s: &mut State, id: &JsValue) {
    let mut model_heap = 0.0;
    let (mut signins, mut audits) = (0.0, 0.0);
    if let Some(b) = s.bench.as_mut() {
        for d in std::mem::take(&mut b.pending) {
            let _ = wire::apply_delta(&mut b.model, &d);
        }
        model_heap = b.model.heap_bytes() as f64;
        signins = b.model.signin_count() as f64;
        audits = b.model.audit_count() as f64;
    }
    let wasm_bytes = Reflect::get(&wasm_bindgen::memory(), &"buffer".into())
        .ok()
        .and_then(|b| Reflect::get(&b, &"byteLength".into()).ok())
        .and_then(|n| n.as_f64())
        .unwrap_or(0.0);
    let msg = Object::new();
    set(&msg, "type", &"stats".into());
    set(&msg, "id", id);
    set(&msg, "wasmBytes", &JsValue::from(wasm_bytes));
    set(&msg, "workerHeapBytes", &JsValue::from(s.ds.heap_bytes() as f64));
    set(&msg, "modelHeapBytes", &JsValue::from(model_heap));
    set(&msg, "signins", &JsValue::from(signins));
    set(&msg, "audits", &JsValue::from(audits));
    let _ = scope().post_message(&msg);
}

fn post_delta(s: &mut State, id: u32, first_file: usize, bytes_done: f64, bytes_total: f64, started: f64, done: bool) {
    let delta = wire::encode_delta(&s.ds, &mut s.mark);
    s.ds.clear_rows();
    if let Some(b) = s.bench.as_mut() {
        b.pending.push(delta.clone());
    }
    let files = s.ds.files.get(first_file..).unwrap_or(&[]);
    let files_json = serde_json::to_string(files).unwrap_or_else(|_| "[]".into());
    let buf = Uint8Array::from(delta.as_slice()).buffer();
    let msg = Object::new();
    set(&msg, "type", &"delta".into());
    set(&msg, "id", &JsValue::from(id));
    set(&msg, "buf", &buf);
    set(&msg, "files", &JsValue::from_str(&files_json));
    set(&msg, "firstFile", &JsValue::from(first_file as u32));
    set(&msg, "bytesDone", &JsValue::from(bytes_done));
    set(&msg, "bytesTotal", &JsValue::from(bytes_total));
    set(&msg, "elapsedMs", &JsValue::from(super::now_ms() - started));
    set(&msg, "done", &JsValue::from(done));
    let _ = scope().post_message_with_transfer(&msg, &Array::of1(&buf));
}
