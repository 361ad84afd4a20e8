//! The URL hash: read it, write it (as a history entry, so Back steps through views).

use wasm_bindgen::JsValue;

/// The current `location.hash` (with its `#`), or "".
pub fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Sets the hash without reloading: a new history entry, or replacing the current one.
pub fn set_hash(hash: &str, replace: bool) {
    let Some(w) = web_sys::window() else { return };
    let Ok(history) = w.history() else { return };
    let url = if hash.is_empty() {
        w.location().pathname().unwrap_or_else(|_| "./".into()) + &w.location().search().unwrap_or_default()
    } else {
        hash.to_owned()
    };
    let _ = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Minutes to add to UTC for the browser's local time at `ts_ms` (DST-aware).
pub fn local_offset_min(ts_ms: i64) -> i32 {
    let d = js_sys::Date::new(&JsValue::from_f64(ts_ms as f64));
    -(d.get_timezone_offset() as i32)
}

/// Copies text to the clipboard (a local browser API, not the network).
pub fn copy_text(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}
