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
