// Starts the app. Kept as a file (not an inline script) so that the page's
// Content-Security-Policy can forbid inline scripts entirely.
import init from './lantern-app.js';

init({ module_or_path: new URL('./lantern-app_bg.wasm', import.meta.url) }).catch((e) => {
  document.body.textContent = 'Lantern could not start: ' + e;
});

// Offline after the first visit: the service worker keeps the app's own files.
// Registered once: a page it already controls makes no request for it again.
if ('serviceWorker' in navigator && location.protocol !== 'file:' && !navigator.serviceWorker.controller) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
