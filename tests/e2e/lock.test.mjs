// The privacy lock without help from the host: the test server sends no Content-Security-Policy
// header at all, so the only locks are the ones the app puts on itself — the page's meta policy
// and the worker removing its own network entry points before it reads a byte.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, withApp, waitLoaded } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('with no CSP header from the host, neither the page nor the worker can reach the network', async () => {
  await withApp(browser, server.url, async (page, app) => {
    app.allowErrors(/Content Security Policy|Refused to connect|Failed to fetch|probe/);
    const res = await page.evaluate(() => fetch('/page-probe').then(() => 'fetched', (e) => `refused: ${e}`));
    assert.match(res, /^refused/, 'the page refuses');
    const worker = page.workers()[0] ?? (await page.waitForEvent('worker'));
    const probe = await worker.evaluate(async () => {
      const out = {};
      for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'WebTransport']) {
        out[name] = typeof self[name];
      }
      try {
        await fetch('/worker-probe');
        out.attempt = 'fetched';
      } catch (e) {
        out.attempt = `refused: ${e}`;
      }
      try {
        self.fetch = globalThis.constructor.prototype.fetch;
        out.restored = typeof self.fetch;
      } catch (e) {
        out.restored = `no: ${e}`;
      }
      return out;
    });
    for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'WebTransport']) {
      assert.equal(probe[name], 'undefined', `${name} in the worker: ${JSON.stringify(probe)}`);
    }
    assert.match(probe.attempt, /^refused/);
    assert.notEqual(probe.restored, 'function', `the worker's lock cannot be undone by assignment: ${JSON.stringify(probe)}`);
    // The worker still reads files after locking itself.
    await page.click('[data-testid=demo-welcome]');
    await waitLoaded(page, 3);
    assert.ok(!server.requests.some((r) => /probe/.test(r.url)), 'no probe reached the server');
  });
});
