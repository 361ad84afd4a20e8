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

use super::parts::{Helpers, PartResult};
use crate::core::{
    ingest::{
        FileIngest, fail,
        split::{self, PartJob},
    },
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
    /// Part readers, one per spare core (`super::parts`).
    helpers: Option<Helpers>,
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
    if super::parts::is_part_reader() {
        super::parts::part_main();
        return;
    }
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
    // Ready once the part readers have started (or failed to): their code is fetched before
    // the page forbids the network.
    let helpers = Helpers::start(super::parts::wanted(), || {
        let ready = Object::new();
        set(&ready, "type", &"ready".into());
        let _ = scope().post_message(&ready);
    });
    state.borrow_mut().helpers = Some(helpers);
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

/// A part of the file being read by a part reader.
struct Part {
    start: f64,
    end: f64,
    seq: u32,
}

/// The file being read, as `load` goes.
struct Reading {
    id: u32,
    first_file: usize,
    size: f64,
    started: f64,
    offset: f64,
    parts: VecDeque<Part>,
    /// Parts planned, adopted, and why one was not.
    planned: usize,
    adopted: usize,
    refused: Option<String>,
}

impl Reading {
    /// Bytes read so far, the part readers' included.
    fn done_bytes(&self, s: &State) -> f64 {
        let seqs: Vec<u32> = self.parts.iter().map(|p| p.seq).collect();
        self.offset + s.helpers.as_ref().map_or(0.0, |h| h.progress(&seqs))
    }

    fn post(&self, s: &mut State, done: bool) {
        let bytes = if done { self.offset } else { self.done_bytes(s) };
        post_delta(s, self, bytes, done);
    }

    /// Stops the parts not read yet.
    fn drop_parts(&mut self, s: &mut State) {
        let seqs: Vec<u32> = self.parts.drain(..).map(|p| p.seq).collect();
        if let Some(h) = s.helpers.as_mut() {
            h.cancel(&seqs);
        }
    }
}

async fn load(state: &Rc<RefCell<State>>, job: Job) {
    let size = job.blob.size();
    let (mut ing, first_file) = {
        let mut s = state.borrow_mut();
        let ing = FileIngest::new(&job.name, size as u64, &mut s.ds);
        let f = ing.file as usize;
        (ing, f)
    };
    let mut r = Reading {
        id: job.id,
        first_file,
        size,
        started: super::now_ms(),
        offset: 0.0,
        parts: VecDeque::new(),
        planned: 1,
        adopted: 0,
        refused: None,
    };
    let mut slice = FIRST_SLICE;
    // The read of the next slice runs while the current one is parsed.
    let mut next: Option<(f64, wasm_bindgen_futures::JsFuture)> = None;
    state.borrow_mut().current = Some(job.id);
    loop {
        if state.borrow().dropped.contains(&job.id) {
            r.drop_parts(&mut state.borrow_mut());
            return;
        }
        let cancelled = state.borrow().cancelled.contains(&job.id);
        if cancelled {
            let mut s = state.borrow_mut();
            r.drop_parts(&mut s);
            let State { ds, .. } = &mut *s;
            ing.cancel(ds);
            r.post(&mut s, true);
            return;
        }
        if r.offset >= size {
            let mut s = state.borrow_mut();
            ing.finish(&mut s.ds);
            r.post(&mut s, true);
            return;
        }
        if r.parts.front().is_some_and(|p| r.offset >= p.start) {
            next = None;
            if !take_part(state, &mut ing, &mut r).await {
                return;
            }
            continue;
        }
        let limit = r.parts.front().map_or(size, |p| p.start);
        let read = match next.take() {
            Some(rd) => Ok(rd),
            None => {
                let end = (r.offset + slice).min(limit);
                super::file::start_read(&job.blob, r.offset, end).map(|f| (end, f))
            }
        };
        let bytes = match read {
            Ok((end, f)) => super::file::finish_read(f).await.map(|b| (end, b)),
            Err(e) => Err(e),
        };
        match bytes {
            _ if state.borrow().dropped.contains(&job.id) => {
                r.drop_parts(&mut state.borrow_mut());
                return;
            }
            Ok((end, bytes)) => {
                let first = r.offset == 0.0;
                slice = SLICE;
                {
                    let mut s = state.borrow_mut();
                    ing.feed(&bytes, &mut s.ds);
                }
                r.offset = end;
                if first {
                    plan_parts(state, &ing, &bytes, &job, &mut r).await;
                }
                let limit = r.parts.front().map_or(size, |p| p.start);
                if end < limit {
                    let after = (end + slice).min(limit);
                    next = super::file::start_read(&job.blob, end, after).ok().map(|f| (after, f));
                }
                r.post(&mut state.borrow_mut(), false);
            }
            Err(e) => {
                let mut s = state.borrow_mut();
                r.drop_parts(&mut s);
                fail(&mut s.ds, ing.file, &format!("the browser could not read the file ({e})"));
                ing.finish(&mut s.ds);
                r.post(&mut s, true);
                return;
            }
        }
    }
}

/// After the first slice: cuts a large file into parts for the part readers (`core::ingest::split`).
async fn plan_parts(state: &Rc<RefCell<State>>, ing: &FileIngest, first: &[u8], job: &Job, r: &mut Reading) {
    let readers = state.borrow().helpers.as_ref().map_or(0, Helpers::count);
    if readers == 0 || (r.size as u64) < split::MIN_SPLIT_BYTES {
        return;
    }
    let Some(splitter) = ing.splitter(first) else {
        return;
    };
    let mut starts: Vec<f64> = Vec::new();
    let left = (r.size as u64).saturating_sub(r.offset as u64);
    let parts = split::readers_for(left, readers + 1, split::MIN_PART_BYTES);
    if parts < 2 {
        return;
    }
    for at in splitter.nominal_cuts(r.offset as u64, r.size as u64, parts) {
        let (from, to) = (at as f64, (at + split::WINDOW_BYTES) as f64);
        let Ok(window) = super::file::read_range(&job.blob, from, to.min(r.size)).await else {
            return;
        };
        if let Some(s) = splitter.find_start(&window, at).map(|s| s as f64)
            && s > starts.last().copied().unwrap_or(r.offset)
            && s < r.size
        {
            starts.push(s);
        }
    }
    let ends: Vec<f64> = starts.iter().skip(1).copied().chain(std::iter::once(r.size)).collect();
    let mut s = state.borrow_mut();
    let Some(helpers) = s.helpers.as_mut() else {
        return;
    };
    for (k, (start, end)) in starts.into_iter().zip(ends).enumerate() {
        let part = PartJob {
            name: job.name.clone(),
            size: r.size as u64,
            head: splitter.head().to_vec(),
            start: start as u64,
            end: end as u64,
        };
        match helpers.send(k, &part, &job.blob) {
            Some(seq) => r.parts.push_back(Part { start, end, seq }),
            None => break,
        }
    }
    r.planned = 1 + r.parts.len();
}

/// At the start of the next part: waits for its reader, then adopts its rows (shipped to the
/// page a few thousand at a time) or, when it cannot be adopted, goes on reading it here.
/// False when the load was cancelled or dropped meanwhile (and is over).
async fn take_part(state: &Rc<RefCell<State>>, ing: &mut FileIngest, r: &mut Reading) -> bool {
    let Some(part) = r.parts.pop_front() else {
        return true;
    };
    let mut last_post = super::now_ms();
    let result = loop {
        {
            let mut s = state.borrow_mut();
            if s.dropped.contains(&r.id) || s.cancelled.contains(&r.id) {
                // Put it back: the load loop stops it with the others.
                r.parts.push_front(part);
                return !s.dropped.contains(&r.id) || {
                    r.drop_parts(&mut s);
                    false
                };
            }
            if let Some(res) = s.helpers.as_mut().and_then(|h| h.take(part.seq)) {
                break res;
            }
            if super::now_ms() - last_post > 250.0 {
                last_post = super::now_ms();
                // Progress while waiting (no rows).
                let later: Vec<u32> = std::iter::once(part.seq).chain(r.parts.iter().map(|p| p.seq)).collect();
                let bytes = r.offset + s.helpers.as_ref().map_or(0.0, |h| h.progress(&later));
                post_delta(&mut s, r, bytes, false);
            }
        }
        super::sleep_ms(4).await;
    };
    let adopted = match result {
        PartResult::Done(buf, report) => {
            let mut received = Dataset::new();
            match wire::apply_delta(&mut received, &buf) {
                Ok(_) => {
                    drop(buf);
                    adopt(state, ing, r, received, report)
                }
                Err(e) => Err(format!("the part's rows did not arrive whole ({e})")),
            }
        }
        PartResult::Failed(m) => Err(m),
    };
    match adopted {
        Ok(()) => {
            r.offset = part.end;
            r.adopted += 1;
        }
        Err(why) => {
            r.refused = Some(why);
            r.drop_parts(&mut state.borrow_mut());
        }
    }
    true
}

/// Adopts a part's rows, shipping them to the page in batches.
fn adopt(
    state: &Rc<RefCell<State>>,
    ing: &mut FileIngest,
    r: &Reading,
    part: Dataset,
    report: split::PartReport,
) -> Result<(), String> {
    let mut s = state.borrow_mut();
    let mut adoption = ing.begin_adoption(&mut s.ds, part, report)?;
    let (start, end) = (r.offset, adoption.report().end as f64);
    let total = (adoption.report().end - adoption.report().start).max(1) as f64;
    let rows = adoption.rows().max(1) as f64;
    let mut taken = 0.0;
    loop {
        let done = adoption.step(ing, &mut s.ds, ADOPT_ROWS);
        taken += ADOPT_ROWS as f64;
        let at = if done { end } else { start + total * (taken / rows).min(1.0) };
        post_delta(&mut s, r, at, false);
        if done {
            return Ok(());
        }
    }
}

/// Rows of an adopted part per delta (about what a 4 MiB slice gives).
const ADOPT_ROWS: usize = 4096;

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

fn post_delta(s: &mut State, r: &Reading, bytes_done: f64, done: bool) {
    let delta = wire::encode_delta(&s.ds, &mut s.mark);
    s.ds.clear_rows();
    if let Some(b) = s.bench.as_mut() {
        b.pending.push(delta.clone());
    }
    let files = s.ds.files.get(r.first_file..).unwrap_or(&[]);
    let files_json = serde_json::to_string(files).unwrap_or_else(|_| "[]".into());
    let buf = Uint8Array::from(delta.as_slice()).buffer();
    let msg = Object::new();
    set(&msg, "type", &"delta".into());
    set(&msg, "id", &JsValue::from(r.id));
    set(&msg, "buf", &buf);
    set(&msg, "files", &JsValue::from_str(&files_json));
    set(&msg, "firstFile", &JsValue::from(r.first_file as u32));
    set(&msg, "bytesDone", &JsValue::from(bytes_done));
    set(&msg, "bytesTotal", &JsValue::from(r.size));
    set(&msg, "elapsedMs", &JsValue::from(super::now_ms() - r.started));
    set(&msg, "done", &JsValue::from(done));
    // How the file was read: parts planned and adopted (`core::ingest::split`).
    set(&msg, "parts", &JsValue::from(r.planned as u32));
    set(&msg, "adopted", &JsValue::from(r.adopted as u32));
    if let Some(why) = &r.refused {
        set(&msg, "refused", &JsValue::from_str(why));
    }
    let _ = scope().post_message_with_transfer(&msg, &Array::of1(&buf));
}
