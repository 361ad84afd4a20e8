// Starts the app. Kept as a file (not an inline script) so that the page's
// Content-Security-Policy can forbid inline scripts entirely.
import init from './lantern-app.js';

// The app is built with WebAssembly SIMD. This 30-byte module (one function returning a
// v128 constant) validates only where SIMD is supported.
const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // type: () -> v128
  0x03, 0x02, 0x01, 0x00, // one function of that type
  0x0a, 0x16, 0x01, 0x14, 0x00, 0xfd, 0x0c, ...new Array(16).fill(0), 0x0b, // v128.const 0
]);

if (typeof WebAssembly !== 'object' || !WebAssembly.validate(SIMD_PROBE)) {
  document.body.textContent = 'Lantern needs a browser with WebAssembly SIMD '
    + '(Chrome or Edge 91+, Firefox 89+, Safari 16.4+). Nothing was loaded or sent.';
} else {
  init({ module_or_path: new URL('./lantern-app_bg.wasm', import.meta.url) }).catch((e) => {
    document.body.textContent = 'Lantern could not start: ' + e;
  });
}

// Offline after the first visit: the service worker keeps the app's own files.
// Registered once: a page it already controls makes no request for it again.
if ('serviceWorker' in navigator && location.protocol !== 'file:' && !navigator.serviceWorker.controller) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
