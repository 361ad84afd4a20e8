// Shared pieces of the end-to-end suite: a static server that counts every request it
// receives (the proof that the page makes none after load), headless Chromium through
// playwright-core, and fixtures written by the `lantern generate` command.
import { createServer } from 'node:http';
import { readFile, stat, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, extname, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.LANTERN_DIST || join(ROOT, 'dist');
export const OUT = join(ROOT, 'target', 'e2e');
export const CLI = join(ROOT, 'target', 'release', 'lantern');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** Serves `dir` on 127.0.0.1 and records every request. */
export async function startServer(dir = DIST) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push({ url: req.url, method: req.method, at: Date.now() });
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, path);
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, requests, close: () => new Promise((r) => server.close(r)) };
}

/** Headless Debian Chromium with the flags that keep it off the network. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--js-flags=--max-old-space-size=8192'],
  });
}

/**
 * Opens the app and waits until it has started (worker ready, network locked). Every page
 * error and console error is recorded; `close()` fails the test on any that the test did not
 * expect with `allowErrors(pattern)` (a wasm panic is never allowed).
 */
export async function openApp(browser, url, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, ...opts });
  const page = await context.newPage();
  const errors = [];
  const allowed = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(url);
  await page.waitForSelector('body[data-ready=true]', { timeout: 30000 });
  // Start includes the service worker's one fetch of sw.js (boot.js registers it): wait for it,
  // so that "no request after start" is not a race with a busy machine.
  if (opts.serviceWorkers !== 'block') {
    await page.evaluate(() => ('serviceWorker' in navigator
      ? Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 5000))]) : null));
  }
  const unexpected = () => errors.filter((e) => /panicked|unreachable|RuntimeError/.test(e) || !allowed.some((re) => re.test(e)));
  return {
    context, page, errors,
    allowErrors: (re) => allowed.push(re),
    unexpected,
    async close() {
      const bad = unexpected();
      await context.close();
      if (bad.length) throw new Error(`page or console errors:\n${bad.join('\n')}`);
    },
  };
}

/** Waits until at least `files` files are listed, none still loading, and returns the tab counts. */
export async function waitLoaded(page, files = 1, timeout = 120000) {
  await page.waitForFunction((n) => {
    const rows = document.querySelectorAll('[data-testid=file-row]');
    return !document.querySelector('[data-testid=progress]') && rows.length >= n
      && [...rows].every((f) => f.dataset.state !== 'loading');
  }, files, { timeout, polling: 50 });
  return counts(page);
}

export async function counts(page) {
  const n = async (id) => Number((await page.textContent(`[data-testid=count-${id}]`)).replace(/\D/g, ''));
  return { signins: await n('signins'), audit: await n('audit') };
}

/**
 * Requests that could carry data: everything except the browser's own update check of the
 * app's service worker script (exactly `GET /sw.js`, no query, no body), which Chromium and
 * Firefox may make at any time after the worker took control.
 */
export function dataRequests(requests) {
  return requests.filter((r) => !(r.method === 'GET' && r.url === '/sw.js'));
}

/** Writes the demo tenant (or one kind of file) with the command-line generator. */
export async function generate(name, args) {
  await mkdir(OUT, { recursive: true });
  const out = join(OUT, name);
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run cargo build --release --bin lantern first`);
  // Kept between runs, but never older than the generator that wrote it.
  if (existsSync(out) && (await stat(out)).mtimeMs < (await stat(CLI)).mtimeMs) await rm(out, { recursive: true, force: true });
  if (!existsSync(out)) {
    execFileSync(CLI, ['generate', ...args, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return out;
}

/** The demo tenant's ground truth (`truth.json` of `lantern generate --seed 7`), by scenario key. */
export async function demoTruth() {
  const dir = await generate('demo', ['--seed', '7']);
  return Object.fromEntries(JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')).map((s) => [s.key, s]));
}

/** Opens the app at `url`, loads the demo tenant (its 3 files), runs `fn(page, app)`, always closes. */
export async function withDemo(browser, url, fn, opts) {
  return withApp(browser, url, async (page, app) => {
    await page.click('[data-testid=demo-welcome]');
    await waitLoaded(page, 3);
    return fn(page, app);
  }, opts);
}

/** The number of records the grid of `log` shows after filtering ("1,234 of 5,678 records…"). */
export async function shown(page, log = 'signins') {
  const t = await page.textContent(`[data-testid=${log}-shown]`);
  return Number(t.match(/^([\d,]+)/)[1].replace(/,/g, ''));
}

/** Runs `fn(page, app)` and always closes the context; a page error fails the test. */
export async function withApp(browser, url, fn, opts) {
  const app = await openApp(browser, url, opts);
  let result;
  try {
    result = await fn(app.page, app);
  } catch (e) {
    await app.context.close();
    const bad = app.unexpected();
    if (bad.length) e.message += `\npage or console errors:\n${bad.join('\n')}`;
    throw e;
  }
  await app.close();
  return result;
}

export async function size(path) {
  return (await stat(path)).size;
}
