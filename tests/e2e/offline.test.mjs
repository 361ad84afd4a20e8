// Offline and verifiable: with the service worker active the page loads and works with
// zero requests, also with the server gone; the CSP still refuses a deliberate fetch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitLoaded } from './harness.mjs';

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close().catch(() => {});
});

test('after the first visit the service worker serves everything: zero requests, even offline', async () => {
  const context = await browser.newContext({ viewport: { width: 1300, height: 850 } });
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready=true]');
    // Wait until the worker has cached the app and controls the page.
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'controlled by the service worker');
    const before = server.requests.length;
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    await page.click('[data-testid=demo-welcome]');
    await waitLoaded(page, 3);
    assert.equal(server.requests.length, before, `requests with the worker active: ${JSON.stringify(server.requests.slice(before))}`);
    const outcome = await page.evaluate(async () => {
      try { await fetch('./index.html'); return 'sent'; } catch { return 'blocked'; }
    });
    assert.equal(outcome, 'blocked', 'the CSP refuses a deliberate fetch even with the worker there');
    // The server goes away: the app still starts and reads files.
    await server.close();
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    await page.click('[data-testid=demo-welcome]');
    const c = await waitLoaded(page, 3);
    assert.ok(c.signins > 20000);
    // Installable: the manifest is linked and readable from the cache.
    const manifest = await page.evaluate(async () => document.querySelector('link[rel=manifest]').href);
    assert.match(manifest, /manifest\.webmanifest$/);
  } finally {
    await context.close();
  }
});
