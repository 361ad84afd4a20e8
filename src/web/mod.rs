//! Browser glue: reading `File` slices, the ingest worker and its bridge, CSP locking,
//! downloads. `JsValue` errors are converted to [`WebError`] here, once, so `ui` never
//! sees a `JsValue`.

pub mod bridge;
pub mod download;
pub mod file;
pub mod parts;
pub mod url;
pub mod worker;

use std::fmt;

use wasm_bindgen::{JsCast as _, JsValue};

/// A browser API call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebError(pub String);

impl fmt::Display for WebError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<JsValue> for WebError {
    fn from(v: JsValue) -> Self {
        if let Some(e) = v.dyn_ref::<js_sys::Error>() {
            return WebError(String::from(e.message()));
        }
        WebError(v.as_string().unwrap_or_else(|| format!("{v:?}")))
    }
}

/// Waits `ms` milliseconds (a timer of the window or worker).
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let global = js_sys::global();
        if let Ok(f) = js_sys::Reflect::get(&global, &"setTimeout".into())
            && let Ok(f) = f.dyn_into::<js_sys::Function>()
        {
            let _ = f.call2(&global, &resolve, &JsValue::from(ms));
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Gives the event loop a turn (input, rendering, messages) and resumes at once after it: a
/// message to itself through a `MessageChannel` (a timer would wait at least 4 ms once nested),
/// or a timer where there is no channel.
pub async fn yield_now() {
    let global = js_sys::global();
    let channel = js_sys::Reflect::get(&global, &"MessageChannel".into())
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
        .and_then(|c| js_sys::Reflect::construct(&c, &js_sys::Array::new()).ok());
    let Some(channel) = channel else {
        return sleep_ms(0).await;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let port = |name: &str| js_sys::Reflect::get(&channel, &name.into()).unwrap_or(JsValue::UNDEFINED);
        let (receive, send) = (port("port1"), port("port2"));
        let _ = js_sys::Reflect::set(&receive, &"onmessage".into(), &resolve);
        let posted = js_sys::Reflect::get(&send, &"postMessage".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .is_some_and(|post| post.call1(&send, &JsValue::NULL).is_ok());
        if !posted {
            // Never wait for a message that was not sent.
            let _ = resolve.call0(&JsValue::UNDEFINED);
        } else if let Ok(f) =
            js_sys::Reflect::get(&global, &"setTimeout".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
        {
            // A backstop should a browser ever drop the channel before its message: resolving
            // twice does nothing.
            let _ = f.call2(&global, &resolve, &JsValue::from(250));
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Milliseconds from a monotonic clock (for progress rates and timings).
pub fn now_ms() -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
        .map_or(0.0, |p| p.now())
}

/// The size of the loaded data (`Dataset::heap_bytes`) beyond which no more records are read:
/// wasm32 addresses at most 4 GiB, which is also what browsers give a tab's WebAssembly, and the
/// columns' growth, the views and detection need room beside the data. (The linear memory itself
/// never shrinks, so after Clear it says nothing about what is free.) `<body
/// data-memory-limit="BYTES">` lowers it (the e2e test of this limit sets it; nothing in the app
/// does).
pub fn memory_limit_bytes() -> f64 {
    const LIMIT: f64 = 2.5 * 1024.0 * 1024.0 * 1024.0;
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .and_then(|b| b.get_attribute("data-memory-limit"))
        .and_then(|v| v.parse::<f64>().ok())
        .map_or(LIMIT, |v| v.min(LIMIT))
}

/// Adds a second Content-Security-Policy that forbids every connection from now on.
///
/// Browsers enforce a CSP `<meta>` inserted after load, and several policies combine so
/// that the strictest wins: once this runs, `fetch`, XHR, web sockets and beacons to any
/// address fail, and images may only come from `data:` and `blob:` URLs (an image request
/// to the host could carry data in its URL), so no code in the page can send data anywhere.
pub fn lock_network() -> Result<(), WebError> {
    let doc = web_sys::window().and_then(|w| w.document()).ok_or_else(|| WebError("no document".into()))?;
    let head = doc.head().ok_or_else(|| WebError("no <head>".into()))?;
    let meta: web_sys::HtmlMetaElement = doc.create_element("meta")?.unchecked_into();
    meta.set_http_equiv("Content-Security-Policy");
    meta.set_content("connect-src 'none'; img-src data: blob:; form-action 'none'");
    meta.set_attribute("data-lantern-lock", "")?;
    head.append_child(&meta)?;
    Ok(())
}

/// Lays out a few characters in each of `fonts` (CSS `font` shorthands), one font per turn,
/// in an element nobody sees, then removes it. The first text in a new family, size and weight
/// costs the browser a font lookup (5–15 ms each in Chromium on Linux, where it asks the browser
/// process); done while the page waits for a file, it no longer lands in the task that shows the
/// first records.
pub async fn warm_fonts(fonts: &[&str]) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Some(body), Ok(room)) = (doc.body(), doc.create_element("div")) else { return };
    let _ = room.set_attribute("aria-hidden", "true");
    room.set_class_name("font-warmup");
    if body.append_child(&room).is_err() {
        return;
    }
    for font in fonts {
        yield_now().await;
        let Ok(span) = doc.create_element("span") else { break };
        let span: web_sys::HtmlElement = span.unchecked_into();
        // Through the CSSOM: the page's CSP forbids style attributes.
        let _ = span.style().set_property("font", font);
        span.set_text_content(Some("Aa1 ·"));
        if room.append_child(&span).is_ok() {
            // Reading a size makes the browser lay the text out (and look the font up) now.
            let _ = span.offset_width();
        }
    }
    room.remove();
}
