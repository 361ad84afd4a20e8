// Lantern's service worker: keeps the app's own files so the page works with no network
// after the first visit. It caches nothing else and sends nothing anywhere: log files are
// never fetched (they are read from disk by the page), so they never pass through here.
const CACHE = 'lantern-__BUILD__';
const FILES = [
  './', './index.html', './boot.js', './app.css', './manifest.webmanifest', './icon.svg',
  './lantern-app.js', './lantern-app_bg.wasm',
  './lantern-worker_loader.js', './lantern-worker.js', './lantern-worker_bg.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('lantern-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  // Cache first (the app's files only); the page's own hash/query never matter.
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const url = new URL(req.url);
      url.hash = '';
      url.search = '';
      const hit = await cache.match(url.pathname.endsWith('/') ? new URL('./index.html', url) : url);
      return hit || fetch(req);
    }),
  );
});
