//! Reading parts of a `File` (never `File.text()`: it silently returns "" above ~512 MiB).

use js_sys::Uint8Array;
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

use super::WebError;

/// Reads bytes `[start, end)` of a blob.
pub async fn read_range(blob: &Blob, start: f64, end: f64) -> Result<Vec<u8>, WebError> {
    let slice = blob.slice_with_f64_and_f64(start, end.min(blob.size()))?;
    let buf = JsFuture::from(slice.array_buffer()).await?;
    Ok(Uint8Array::new(&buf).to_vec())
}

/// Starts reading bytes `[start, end)` of a blob; [`finish_read`] waits for them. Reading
/// the next slice while the current one is parsed keeps the file I/O off the critical path.
pub fn start_read(blob: &Blob, start: f64, end: f64) -> Result<JsFuture, WebError> {
    let slice = blob.slice_with_f64_and_f64(start, end.min(blob.size()))?;
    Ok(JsFuture::from(slice.array_buffer()))
}

/// The bytes of a read started by [`start_read`].
pub async fn finish_read(read: JsFuture) -> Result<Vec<u8>, WebError> {
    let buf = read.await?;
    Ok(Uint8Array::new(&buf).to_vec())
}

/// The files of dropped items, folders walked recursively (names are their paths inside the
/// dropped folder, `rules/azure/x.yml`). Must be called inside the drop event (the items are
/// gone after it); the walk itself is asynchronous.
pub fn dropped_entries(dt: &web_sys::DataTransfer) -> Vec<web_sys::FileSystemEntry> {
    let items = dt.items();
    (0..items.length()).filter_map(|i| items.get(i)).filter_map(|it| it.webkit_get_as_entry().ok().flatten()).collect()
}

/// Walks entries (files and folders) into `(blob, path)` pairs.
pub async fn walk_entries(entries: Vec<web_sys::FileSystemEntry>) -> Vec<(Blob, String)> {
    use wasm_bindgen::JsCast;
    let mut out = Vec::new();
    let mut todo = entries;
    while let Some(e) = todo.pop() {
        if e.is_directory() {
            let dir: web_sys::FileSystemDirectoryEntry = e.unchecked_into();
            let reader = dir.create_reader();
            // readEntries returns the entries in batches until an empty one.
            loop {
                let batch = callback_promise(|ok, err| {
                    let _ = reader.read_entries_with_callback_and_callback(ok, err);
                });
                let Ok(batch) = JsFuture::from(batch).await else { break };
                let arr: js_sys::Array = batch.unchecked_into();
                if arr.length() == 0 {
                    break;
                }
                todo.extend(arr.iter().map(|x| x.unchecked_into::<web_sys::FileSystemEntry>()));
            }
        } else if e.is_file() {
            let path = e.full_path().trim_start_matches('/').to_owned();
            let fe: web_sys::FileSystemFileEntry = e.unchecked_into();
            let file = callback_promise(|ok, err| fe.file_with_callback_and_callback(ok, err));
            if let Ok(f) = JsFuture::from(file).await {
                out.push((f.unchecked_into::<Blob>(), path));
            }
        }
    }
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

/// A promise settled by a callback-style API.
fn callback_promise(call: impl FnOnce(&js_sys::Function, &js_sys::Function)) -> js_sys::Promise {
    let mut call = Some(call);
    js_sys::Promise::new(&mut |resolve, reject| {
        if let Some(c) = call.take() {
            c(&resolve, &reject);
        }
    })
}
