// Offline and verifiable: with the service worker active the page loads and works with
// zero requests, also with the server gone; the CSP still refuses a deliberate fetch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, writeFile, mkdir, rm } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { startServer, launch, waitLoaded, DIST, OUT } from './harness.mjs';

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

/** The entries of a zip, read from its central directory (stored or deflated). */
function unzip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'end of central directory');
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const at = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const data = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const packed = buf.subarray(data, data + size);
    out.set(name, method === 8 ? inflateRawSync(packed) : Buffer.from(packed));
    p += 46 + nameLen + extra;
  }
  return out;
}

test('the offline zip: its SHA-256 matches, it holds the whole app, and served from a folder it runs the demo with zero outside requests', async () => {
  const zip = await readFile(join(DIST, 'lantern-offline.zip'));
  const listed = (await readFile(join(DIST, 'lantern-offline.zip.sha256'), 'utf8')).split(/\s+/)[0];
  assert.equal(createHash('sha256').update(zip).digest('hex'), listed);
  const entries = unzip(zip);
  for (const f of ['index.html', 'boot.js', 'sw.js', 'lantern-app_bg.wasm', 'lantern-worker_bg.wasm', 'app.css']) {
    assert.ok(entries.has(`lantern/${f}`), `lantern/${f} in the zip`);
    assert.ok(entries.get(`lantern/${f}`).equals(await readFile(join(DIST, f))), `${f} is the built file`);
  }
  assert.ok(![...entries.keys()].some((k) => k.includes('lantern-offline.zip')), 'the zip does not hold itself');
  const dir = join(OUT, 'unzipped');
  await rm(dir, { recursive: true, force: true });
  for (const [name, data] of entries) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), data);
  }
  const own = await startServer(join(dir, 'lantern'));
  const context = await browser.newContext({ viewport: { width: 1300, height: 850 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(own.url);
    await page.waitForSelector('body[data-ready=true]');
    const before = own.requests.length;
    await page.click('[data-testid=demo-welcome]');
    const c = await waitLoaded(page, 3);
    assert.ok(c.signins > 20000);
    assert.equal(own.requests.length, before, JSON.stringify(own.requests.slice(before)));
  } finally {
    await context.close();
    await own.close();
  }
});
