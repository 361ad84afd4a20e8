//! Offering bytes as a download: a `Blob` built from parts (each part copied out of wasm
//! memory as soon as it is written, so a 250,000-record export never needs two full copies),
//! an object URL, a temporary `<a download>`, then the URL is revoked.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast as _;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

use super::WebError;

/// Collects the parts of a download.
pub struct Parts {
    parts: Array,
    bytes: usize,
}

impl Default for Parts {
    fn default() -> Self {
        Self::new()
    }
}

impl Parts {
    /// No parts yet.
    pub fn new() -> Self {
        Self { parts: Array::new(), bytes: 0 }
    }

    /// Copies `bytes` into a JS-owned part and clears the buffer for the next part.
    pub fn push(&mut self, bytes: &mut Vec<u8>) {
        if bytes.is_empty() {
            return;
        }
        self.bytes += bytes.len();
        self.parts.push(&Uint8Array::from(bytes.as_slice()));
        bytes.clear();
    }

    /// Total bytes so far.
    pub fn len(&self) -> usize {
        self.bytes
    }

    /// True when nothing was written.
    pub fn is_empty(&self) -> bool {
        self.bytes == 0
    }

    /// Offers the parts as one file.
    pub fn save(self, file_name: &str, mime: &str) -> Result<(), WebError> {
        let opts = BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = Blob::new_with_u8_array_sequence_and_options(&self.parts, &opts)?;
        save_blob(&blob, file_name)
    }
}

/// Offers a blob as a file called `file_name`.
pub fn save_blob(blob: &Blob, file_name: &str) -> Result<(), WebError> {
    let url = Url::create_object_url_with_blob(blob)?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or_else(|| WebError("no document".into()))?;
    let a: HtmlAnchorElement = doc.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    let body = doc.body().ok_or_else(|| WebError("no <body>".into()))?;
    body.append_child(&a)?;
    a.click();
    body.remove_child(&a)?;
    // Revoke after the click has been handled (the download has its own reference by then).
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// Offers one buffer as a file.
pub fn save_bytes(bytes: &[u8], file_name: &str, mime: &str) -> Result<(), WebError> {
    let mut p = Parts::new();
    let mut v = bytes.to_vec();
    p.push(&mut v);
    p.save(file_name, mime)
}
