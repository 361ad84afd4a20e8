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
