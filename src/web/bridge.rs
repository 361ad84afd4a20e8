//! The page's side of the ingest worker.
//!
//! [`spawn`] starts the worker; [`load`] hands it a `File`; every message comes back as
//! an [`Update`] to the callback given to `spawn` (the UI applies deltas to its dataset).
//! The `File`s stay here too, indexed by dataset file number, so that a record's original
//! bytes can be re-read for the details view ([`file_for`]).

use std::cell::RefCell;

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast as _, JsValue, closure::Closure};
use web_sys::{Blob, ErrorEvent, MessageEvent, Worker};

use super::WebError;
use crate::core::model::SourceFile;

/// A message from the worker.
pub enum Update {
    /// The worker is running.
    Ready,
    /// New records (a `model::wire` delta) and the state of the load's files.
    Delta {
        id: u32,
        bytes: Vec<u8>,
        first_file: usize,
        files: Vec<SourceFile>,
        bytes_done: f64,
        bytes_total: f64,
        elapsed_ms: f64,
        done: bool,
    },
    /// The worker stopped (a crash); the message says why.
    Crashed(String),
}

struct Inner {
    worker: Worker,
    /// The worker has posted "ready"; messages sent before that would be lost.
    ready: bool,
    /// Messages waiting for "ready".
    outbox: Vec<JsValue>,
    on_update: std::rc::Rc<dyn Fn(Update)>,
    next_id: u32,
    /// Blobs by load id, until the first delta tells their dataset file number.
    pending: Vec<(u32, Blob)>,
    /// Blobs by dataset file number.
    files: Vec<Option<Blob>>,
    /// For every file (decoded ones too): the outer blob, its name, and the file's place after
    /// the outer file (0, or k for a zip's k-th member), to find a record again by decoding.
    sources: Vec<Option<(Blob, String, u16)>>,
    _onmessage: Closure<dyn FnMut(MessageEvent)>,
    _onerror: Closure<dyn FnMut(ErrorEvent)>,
}

thread_local! {
    static INNER: RefCell<Option<Inner>> = const { RefCell::new(None) };
}

fn get(o: &JsValue, k: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

/// Starts the worker (`lantern-worker_loader.js`, next to the page).
pub fn spawn(on_update: impl Fn(Update) + 'static) -> Result<(), WebError> {
    let on_update: std::rc::Rc<dyn Fn(Update)> = std::rc::Rc::new(on_update);
    let (worker, onmessage, onerror) = start_worker(on_update.clone())?;
    INNER.with(|i| {
        *i.borrow_mut() = Some(Inner {
            worker,
            ready: false,
            outbox: Vec::new(),
            on_update,
            next_id: 1,
            pending: Vec::new(),
            files: Vec::new(),
            sources: Vec::new(),
            _onmessage: onmessage,
            _onerror: onerror,
        });
    });
    Ok(())
}

type Handlers = (Worker, Closure<dyn FnMut(MessageEvent)>, Closure<dyn FnMut(ErrorEvent)>);

fn start_worker(on_update: std::rc::Rc<dyn Fn(Update)>) -> Result<Handlers, WebError> {
    let worker = Worker::new("./lantern-worker_loader.js")?;
    let cb = on_update.clone();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |msg: MessageEvent| {
        let d = msg.data();
        match get(&d, "type").as_string().as_deref() {
            Some("ready") => {
                flush_outbox();
                cb(Update::Ready)
            }
            Some("delta") => {
                let id = get(&d, "id").as_f64().unwrap_or(0.0) as u32;
                let bytes = Uint8Array::new(&get(&d, "buf")).to_vec();
                let first_file = get(&d, "firstFile").as_f64().unwrap_or(0.0) as usize;
                let files: Vec<SourceFile> =
                    get(&d, "files").as_string().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default();
                remember_files(id, first_file, &files);
                cb(Update::Delta {
                    id,
                    bytes,
                    first_file,
                    files,
                    bytes_done: get(&d, "bytesDone").as_f64().unwrap_or(0.0),
                    bytes_total: get(&d, "bytesTotal").as_f64().unwrap_or(0.0),
                    elapsed_ms: get(&d, "elapsedMs").as_f64().unwrap_or(0.0),
                    done: get(&d, "done").as_bool().unwrap_or(false),
                });
            }
            _ => {}
        }
    });
    let cb = on_update;
    let onerror = Closure::<dyn FnMut(ErrorEvent)>::new(move |e: ErrorEvent| {
        e.prevent_default();
        cb(Update::Crashed(e.message()));
    });
    worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
    Ok((worker, onmessage, onerror))
}

fn flush_outbox() {
    INNER.with(|i| {
        if let Some(inner) = i.borrow_mut().as_mut() {
            inner.ready = true;
            for m in inner.outbox.drain(..) {
                let _ = inner.worker.post_message(&m);
            }
        }
    });
}

fn post(inner: &mut Inner, msg: JsValue) -> Result<(), WebError> {
    if inner.ready {
        inner.worker.post_message(&msg)?;
    } else {
        inner.outbox.push(msg);
    }
    Ok(())
}

/// Replaces a crashed worker with a new one that continues from `state`
/// (`model::wire::encode_state` of the page's dataset). Loads that were running are lost.
pub fn restart(state: &[u8]) -> Result<(), WebError> {
    let on_update = INNER.with(|i| i.borrow().as_ref().map(|x| x.on_update.clone()));
    let Some(on_update) = on_update else {
        return Err(WebError("the reader never started".into()));
    };
    let (worker, onmessage, onerror) = start_worker(on_update)?;
    INNER.with(|i| {
        if let Some(inner) = i.borrow_mut().as_mut() {
            inner.worker.terminate();
            inner.worker = worker;
            inner.ready = false;
            inner.outbox.clear();
            inner.pending.clear();
            inner._onmessage = onmessage;
            inner._onerror = onerror;
            let msg = Object::new();
            let _ = Reflect::set(&msg, &"type".into(), &"sync".into());
            let _ = Reflect::set(&msg, &"buf".into(), &Uint8Array::from(state).buffer());
            inner.outbox.push(msg.into());
        }
    });
    Ok(())
}

fn remember_files(id: u32, first_file: usize, files: &[SourceFile]) {
    INNER.with(|i| {
        let mut guard = i.borrow_mut();
        let Some(inner) = guard.as_mut() else { return };
        let Some(pos) = inner.pending.iter().position(|(pid, _)| *pid == id) else {
            return;
        };
        let blob = inner.pending[pos].1.clone();
        let n = first_file + files.len();
        if inner.files.len() < n {
            inner.files.resize(n, None);
        }
        if inner.sources.len() < n {
            inner.sources.resize(n, None);
        }
        let outer = files.first().map_or_else(String::new, |f| f.name.clone());
        for k in 0..files.len() {
            inner.sources[first_file + k] = Some((blob.clone(), outer.clone(), k as u16));
        }
        // The outer file is readable by byte range unless it was decoded (gzip, UTF-16);
        // zip members are decoded streams of the archive.
        for (k, f) in files.iter().enumerate() {
            inner.files[first_file + k] = (!f.compressed && f.member.is_none()).then(|| blob.clone());
        }
    });
}

/// Queues a file for loading; returns the load id.
pub fn load(blob: &Blob, name: &str) -> Result<u32, WebError> {
    INNER.with(|i| {
        let mut guard = i.borrow_mut();
        let inner = guard.as_mut().ok_or_else(|| WebError("the reader has not started".into()))?;
        let id = inner.next_id;
        inner.next_id += 1;
        let msg = Object::new();
        Reflect::set(&msg, &"type".into(), &"load".into())?;
        Reflect::set(&msg, &"id".into(), &JsValue::from(id))?;
        Reflect::set(&msg, &"file".into(), blob)?;
        Reflect::set(&msg, &"name".into(), &JsValue::from_str(name))?;
        post(inner, msg.into())?;
        inner.pending.push((id, blob.clone()));
        Ok(id)
    })
}

/// Asks the worker to stop a load (it keeps what it has read).
pub fn cancel(id: u32) {
    INNER.with(|i| {
        if let Some(inner) = i.borrow_mut().as_mut() {
            let msg = Object::new();
            let _ = Reflect::set(&msg, &"type".into(), &"cancel".into());
            let _ = Reflect::set(&msg, &"id".into(), &JsValue::from(id));
            let _ = post(inner, msg.into());
        }
    });
}

/// Forgets everything loaded (the worker starts a fresh dataset).
pub fn reset() {
    INNER.with(|i| {
        if let Some(inner) = i.borrow_mut().as_mut() {
            let msg = Object::new();
            let _ = Reflect::set(&msg, &"type".into(), &"reset".into());
            let _ = post(inner, msg.into());
            inner.files.clear();
            inner.sources.clear();
            inner.pending.clear();
        }
    });
}

/// The outer blob of dataset file `file`, its name and the file's place after it (see
/// `core::ingest::raw::Reread`): how a record of a decoded file is found again.
pub fn decoded_source(file: u16) -> Option<(Blob, String, u16)> {
    INNER.with(|i| i.borrow().as_ref().and_then(|inner| inner.sources.get(file as usize).cloned().flatten()))
}

/// The blob holding dataset file `file`, when its records can be re-read by byte range.
pub fn file_for(file: u16) -> Option<Blob> {
    INNER.with(|i| i.borrow().as_ref().and_then(|inner| inner.files.get(file as usize).cloned().flatten()))
}
