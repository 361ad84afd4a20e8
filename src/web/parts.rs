//! Part readers: the ingest worker's own workers, one per spare core (`core::ingest::split`).
//!
//! The ingest worker starts `navigator.hardwareConcurrency - 1` (at most 3) copies of itself
//! named [`NAME`] before it says it is ready, so their code is fetched before the page locks
//! the network. It sends one a part of a large file (`{type:"part", seq, job, file}`: the
//! `File` crosses by reference); the part reader reads its byte range slice by slice into a
//! dataset of its own and answers `{type:"part-done", seq, report, buf}` (`buf` a wire delta of
//! all its rows, transferred) or `{type:"part-failed", seq, message}`, with
//! `{type:"part-progress", seq, bytes}` after every slice. `{type:"part-cancel", seq}` stops it
//! at the next slice.

use std::{
    cell::{Cell, RefCell},
    collections::HashMap,
    rc::Rc,
};

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast as _, JsValue, closure::Closure};
use web_sys::{Blob, DedicatedWorkerGlobalScope, ErrorEvent, MessageEvent, Worker, WorkerOptions};

use crate::core::{
    ingest::split::{PartJob, PartReader, PartReport},
    model::wire,
};

/// The name part readers are started with (`self.name` tells a worker what it is).
pub const NAME: &str = "lantern-part";
/// Slice read at a time by a part reader.
const SLICE: f64 = 4.0 * 1024.0 * 1024.0;

fn set(o: &Object, k: &str, v: &JsValue) {
    let _ = Reflect::set(o, &JsValue::from_str(k), v);
}

fn get(o: &JsValue, k: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// True in a worker started as a part reader.
pub fn is_part_reader() -> bool {
    get(&js_sys::global(), "name").as_string().as_deref() == Some(NAME)
}

/// Part readers to start here: one per core beyond the first, at most 3; none where a worker
/// cannot start workers.
pub fn wanted() -> usize {
    let global = js_sys::global();
    if !Reflect::has(&global, &"Worker".into()).unwrap_or(false) {
        return 0;
    }
    let cores = get(&get(&global, "navigator"), "hardwareConcurrency").as_f64().unwrap_or(1.0);
    (cores as usize).saturating_sub(1).min(3)
}

/// What became of a part.
pub enum PartResult {
    Done(Vec<u8>, PartReport),
    Failed(String),
}

#[derive(Default)]
struct Shared {
    results: HashMap<u32, PartResult>,
    progress: HashMap<u32, f64>,
    /// Parts still awaited (answers for others are dropped), with the reader of each.
    wanted: Vec<(u32, usize)>,
}

impl Shared {
    fn wants(&self, seq: u32) -> bool {
        self.wanted.iter().any(|(w, _)| *w == seq)
    }
}

struct Helper {
    worker: Worker,
    alive: Rc<Cell<bool>>,
    index: usize,
    _onmessage: Closure<dyn FnMut(MessageEvent)>,
    _onerror: Closure<dyn FnMut(ErrorEvent)>,
}

/// Said once every part reader has started or failed to.
type OnReady = Box<dyn FnOnce()>;

/// The part readers of the ingest worker.
pub struct Helpers {
    list: Vec<Helper>,
    shared: Rc<RefCell<Shared>>,
    next_seq: u32,
}

impl Helpers {
    /// Starts `n` part readers; `ready` runs once every one has answered or failed to start.
    pub fn start(n: usize, ready: impl FnOnce() + 'static) -> Self {
        let shared = Rc::new(RefCell::new(Shared::default()));
        let ready: Rc<RefCell<Option<OnReady>>> = Rc::new(RefCell::new(Some(Box::new(ready))));
        let pending = Rc::new(Cell::new(n));
        let settle = {
            let ready = ready.clone();
            let pending = pending.clone();
            move || {
                pending.set(pending.get().saturating_sub(1));
                if pending.get() == 0
                    && let Some(f) = ready.borrow_mut().take()
                {
                    f();
                }
            }
        };
        let settle = Rc::new(settle);
        let mut list = Vec::new();
        for index in 0..n {
            let opts = WorkerOptions::new();
            opts.set_name(NAME);
            let Ok(worker) = Worker::new_with_options("./lantern-worker_loader.js", &opts) else {
                settle();
                continue;
            };
            let alive = Rc::new(Cell::new(false));
            let (sh, al, st) = (shared.clone(), alive.clone(), settle.clone());
            let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |m: MessageEvent| {
                on_answer(&sh, &al, &*st, &m.data());
            });
            let (sh, al, st) = (shared.clone(), alive.clone(), settle.clone());
            let onerror = Closure::<dyn FnMut(ErrorEvent)>::new(move |e: ErrorEvent| {
                e.prevent_default();
                let was_starting = !al.get();
                al.set(false);
                // A part it was reading fails; the ingest worker reads that part itself.
                let mut s = sh.borrow_mut();
                let mine: Vec<u32> = s.wanted.iter().filter(|(_, h)| *h == index).map(|(q, _)| *q).collect();
                for seq in mine {
                    s.results.insert(seq, PartResult::Failed(format!("the part reader stopped ({})", e.message())));
                }
                drop(s);
                if was_starting {
                    st();
                }
            });
            worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
            worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
            list.push(Helper { worker, alive, index, _onmessage: onmessage, _onerror: onerror });
        }
        if n == 0
            && let Some(f) = ready.borrow_mut().take()
        {
            f();
        }
        Self { list, shared, next_seq: 1 }
    }

    /// Part readers that started and still run.
    pub fn count(&self) -> usize {
        self.list.iter().filter(|h| h.alive.get()).count()
    }

    /// Sends `job` (a part of `file`) to the `k`-th running part reader; its sequence number.
    pub fn send(&mut self, k: usize, job: &PartJob, file: &Blob) -> Option<u32> {
        let helper = self.list.iter().filter(|h| h.alive.get()).nth(k)?;
        let seq = self.next_seq;
        self.next_seq += 1;
        let msg = Object::new();
        set(&msg, "type", &"part".into());
        set(&msg, "seq", &JsValue::from(seq));
        set(&msg, "job", &JsValue::from_str(&serde_json::to_string(job).ok()?));
        set(&msg, "file", file);
        helper.worker.post_message(&msg).ok()?;
        self.shared.borrow_mut().wanted.push((seq, helper.index));
        Some(seq)
    }

    /// Stops the parts `seqs` (their answers are dropped).
    pub fn cancel(&mut self, seqs: &[u32]) {
        let mut s = self.shared.borrow_mut();
        s.wanted.retain(|(w, _)| !seqs.contains(w));
        for seq in seqs {
            s.results.remove(seq);
            s.progress.remove(seq);
        }
        drop(s);
        for h in self.list.iter().filter(|h| h.alive.get()) {
            for &seq in seqs {
                let msg = Object::new();
                set(&msg, "type", &"part-cancel".into());
                set(&msg, "seq", &JsValue::from(seq));
                let _ = h.worker.post_message(&msg);
            }
        }
    }

    /// The answer for part `seq`, once it came.
    pub fn take(&mut self, seq: u32) -> Option<PartResult> {
        let mut s = self.shared.borrow_mut();
        let r = s.results.remove(&seq)?;
        s.wanted.retain(|(w, _)| *w != seq);
        s.progress.remove(&seq);
        Some(r)
    }

    /// Bytes the readers of `seqs` have read so far.
    pub fn progress(&self, seqs: &[u32]) -> f64 {
        let s = self.shared.borrow();
        seqs.iter().filter_map(|q| s.progress.get(q)).sum()
    }
}

/// A part reader's message, as the ingest worker receives it.
fn on_answer(shared: &Rc<RefCell<Shared>>, alive: &Cell<bool>, settle: &dyn Fn(), d: &JsValue) {
    let seq = get(d, "seq").as_f64().unwrap_or(0.0) as u32;
    let mut s = shared.borrow_mut();
    match get(d, "type").as_string().as_deref() {
        Some("ready") => {
            alive.set(true);
            drop(s);
            settle();
        }
        Some("part-progress") if s.wants(seq) => {
            s.progress.insert(seq, get(d, "bytes").as_f64().unwrap_or(0.0));
        }
        Some("part-done") if s.wants(seq) => {
            let report = get(d, "report").as_string().and_then(|r| serde_json::from_str::<PartReport>(&r).ok());
            let result = match report {
                Some(r) => PartResult::Done(Uint8Array::new(&get(d, "buf")).to_vec(), r),
                None => PartResult::Failed("the part reader's report was unreadable".into()),
            };
            s.results.insert(seq, result);
        }
        Some("part-failed") if s.wants(seq) => {
            let m = get(d, "message").as_string().unwrap_or_default();
            s.results.insert(seq, PartResult::Failed(m));
        }
        _ => {}
    }
}

/// The part reader's side (a worker named [`NAME`]).
pub fn part_main() {
    let cancelled: Rc<RefCell<Vec<u32>>> = Rc::default();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |msg: MessageEvent| {
        let d = msg.data();
        let seq = get(&d, "seq").as_f64().unwrap_or(0.0) as u32;
        match get(&d, "type").as_string().as_deref() {
            Some("part") => {
                let job = get(&d, "job").as_string().and_then(|j| serde_json::from_str::<PartJob>(&j).ok());
                match (job, get(&d, "file").dyn_into::<Blob>()) {
                    (Some(job), Ok(blob)) => {
                        wasm_bindgen_futures::spawn_local(read(seq, job, blob, cancelled.clone()));
                    }
                    _ => fail(seq, "the part's job was unreadable"),
                }
            }
            Some("part-cancel") => cancelled.borrow_mut().push(seq),
            _ => {}
        }
    });
    scope().set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    let ready = Object::new();
    set(&ready, "type", &"ready".into());
    let _ = scope().post_message(&ready);
}

fn fail(seq: u32, message: &str) {
    let msg = Object::new();
    set(&msg, "type", &"part-failed".into());
    set(&msg, "seq", &JsValue::from(seq));
    set(&msg, "message", &JsValue::from_str(message));
    let _ = scope().post_message(&msg);
}

/// Reads part `seq` and answers with its rows (the next slice is read while one is parsed).
async fn read(seq: u32, job: PartJob, blob: Blob, cancelled: Rc<RefCell<Vec<u32>>>) {
    let mut reader = PartReader::new(&job);
    let (start, end) = (job.start as f64, job.end as f64);
    let mut at = start;
    let mut next = super::file::start_read(&blob, at, (at + SLICE).min(end)).ok();
    while at < end {
        if cancelled.borrow().contains(&seq) {
            cancelled.borrow_mut().retain(|c| *c != seq);
            return fail(seq, "cancelled");
        }
        let Some(read) = next.take() else {
            return fail(seq, "the browser could not read the file");
        };
        let bytes = match super::file::finish_read(read).await {
            Ok(b) if !b.is_empty() => b,
            Ok(_) => return fail(seq, "the file ended early"),
            Err(e) => return fail(seq, &format!("the browser could not read the file ({e})")),
        };
        at += bytes.len() as f64;
        if at < end {
            next = super::file::start_read(&blob, at, (at + SLICE).min(end)).ok();
        }
        reader.feed(&bytes);
        let msg = Object::new();
        set(&msg, "type", &"part-progress".into());
        set(&msg, "seq", &JsValue::from(seq));
        set(&msg, "bytes", &JsValue::from(at - start));
        let _ = scope().post_message(&msg);
    }
    let (ds, report) = reader.finish();
    let delta = wire::encode_delta(&ds, &mut wire::Watermark::default());
    drop(ds);
    let buf = Uint8Array::from(delta.as_slice()).buffer();
    drop(delta);
    let msg = Object::new();
    set(&msg, "type", &"part-done".into());
    set(&msg, "seq", &JsValue::from(seq));
    set(&msg, "report", &JsValue::from_str(&serde_json::to_string(&report).unwrap_or_default()));
    set(&msg, "buf", &buf);
    let _ = scope().post_message_with_transfer(&msg, &Array::of1(&buf));
}
