// `make bench-huge`: the 8 GB Graph JSON in the real app (headless Chromium): 880,000 sign-ins
// with 30 Conditional Access policies each, in Graph's key order. It must load, or stop with a
// message naming the limit it met — never a crashed tab. Prints what happened, how long it took,
// and the page's JS heap. Not part of `make test` (8 GB of disk, minutes to write).
//
//   node tests/bench/browser/huge.mjs                 # 880,000 records (≈ 8 GB)
//   HUGE_RECORDS=440000 node tests/bench/browser/huge.mjs   # ≈ 4 GB
import { stat } from 'node:fs/promises';
import { launch, openApp, startServer, generate, counts } from '../../e2e/harness.mjs';

const n = Number(process.env.HUGE_RECORDS || 880000);
const file = await generate(`signins-${Math.round(n / 1000)}k-p30-real.json`, ['--only', 'signins-json', '--records', String(n), '--ca-policies', '30', '--realistic']);
const size = (await stat(file)).size;
const server = await startServer();
const browser = await launch();
const app = await openApp(browser, server.url);
const { page } = app;
let crashed = null;
page.on('crash', () => { crashed = 'the tab crashed'; });
const t0 = Date.now();
await page.setInputFiles('[data-testid=file-input]', [file]);
// Done when no load is running any more (loaded, stopped or failed), or the tab died.
await page.waitForFunction(() => {
  const rows = document.querySelectorAll('[data-testid=file-row]');
  return !document.querySelector('[data-testid=progress]') && rows.length >= 1 && [...rows].every((f) => f.dataset.state !== 'loading');
}, null, { timeout: 1_800_000, polling: 500 }).catch((e) => { crashed ??= `no end: ${e.message.split('\n')[0]}`; });
const ms = Date.now() - t0;
if (crashed) {
  console.log(`${(size / 1e9).toFixed(2)} GB, ${n} records: ${crashed} after ${(ms / 1000).toFixed(1)} s`);
  process.exitCode = 1;
} else {
  const c = await counts(page);
  const state = await page.getAttribute('[data-testid=file-row]', 'data-state');
  const notice = await page.locator('[data-testid=notice]').allTextContents().catch(() => []);
  const row = (await page.textContent('[data-testid=file-row]')).replace(/\s+/g, ' ').trim();
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  console.log(`${(size / 1e9).toFixed(2)} GB, ${n} records: file ${state} in ${(ms / 1000).toFixed(1)} s (${(size / 1e6 / (ms / 1000)).toFixed(0)} MB/s), ${c.signins} sign-ins shown; JS heap ${(heap / 1e6).toFixed(0)} MB`);
  console.log(`  file row: ${row}`);
  for (const t of notice) console.log(`  notice: ${t}`);
}
await browser.close();
await server.close();
