// `make bench-scroll`: scrolling the grid of 250,000 realistic sign-ins in headless Chromium.
// Two measures per scroll kind, 241 frames each:
// - frame intervals (requestAnimationFrame to requestAnimationFrame); the page idle gives the
//   frame clock's own jitter, the floor any page can reach; a missed frame shows as ~33 ms;
// - the main thread's work per frame, from a Chromium trace (the top-level tasks between two
//   animation frames: the app's updates, style, layout, paint): what a frame costs the page.
// Kinds: 'wheel' moves 45 px (1.5 rows) a frame, as a mouse wheel or a trackpad does;
// 'jump' crosses the whole list in 240 steps, every row new at every frame.
//
//   node tests/bench/browser/scroll.mjs              # BENCH_RUNS=3 for three runs of each
import { readFileSync, rmSync } from 'node:fs';
import { launch, openApp, startServer, waitLoaded, generate } from '../../e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 2);
const file = await generate('signins-250k-real.csv', ['--only', 'signins-csv', '--records', '250000', '--realistic']);
// DIST_DIR=other/dist measures another build (an A/B of two commits).
const server = await startServer(process.env.DIST_DIR || undefined);
const browser = await launch();
const tracePath = 'target/bench/scroll-trace.json';
const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)].toFixed(1);

/** Scrolls one way for 241 frames; returns the frame intervals. */
const scroll = (page, kind) => page.evaluate(async (kind) => {
  const body = document.querySelector('[data-testid=grid-signins] .grid__body');
  const max = body.scrollHeight - body.clientHeight;
  body.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const times = [];
  let last = performance.now();
  for (let i = 0; i <= 240; i++) {
    if (kind === 'wheel') body.scrollTop = i * 45;
    if (kind === 'jump') body.scrollTop = (max * i) / 240;
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    times.push(now - last);
    last = now;
  }
  return times;
}, kind);

/** The main thread's busy time between consecutive animation frames, from a trace. */
function workPerFrame(path) {
  const t = JSON.parse(readFileSync(path, 'utf8'));
  const ev = t.traceEvents || t;
  const mains = new Set(ev.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const on = ev.filter((e) => mains.has(`${e.pid}:${e.tid}`));
  const frames = on.filter((e) => e.name === 'FireAnimationFrame').map((e) => e.ts).sort((a, b) => a - b);
  const tasks = on.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const work = [];
  for (let i = 1; i < frames.length; i++) {
    work.push(tasks.filter((k) => k.ts >= frames[i - 1] && k.ts < frames[i]).reduce((s, k) => s + k.dur, 0) / 1000);
  }
  return work;
}

const { page, context } = await openApp(browser, server.url);
await page.setInputFiles('[data-testid=file-input]', [file]);
const c = await waitLoaded(page, 1, 600000);
await page.waitForSelector('[data-testid=grid-signins] [data-testid=row]');
await page.waitForTimeout(1500);
console.log(`${c.signins.toLocaleString('en')} sign-ins in the grid; ${RUNS} runs of 241 frames per kind`);
for (const kind of ['idle', 'wheel', 'jump']) {
  for (let run = 0; run < RUNS; run++) {
    const times = await scroll(page, kind);
    await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await scroll(page, kind);
    await browser.stopTracing();
    const work = workPerFrame(tracePath);
    console.log(`${kind.padEnd(5)} frame interval p50 ${q(times, 0.5)} p95 ${q(times, 0.95)} max ${q(times, 1)} ms, ${times.filter((x) => x > 25).length} missed · work per frame p50 ${q(work, 0.5)} p95 ${q(work, 0.95)} max ${q(work, 1)} ms (traced run)`);
  }
}
rmSync(tracePath, { force: true });
await context.close();
await browser.close();
await server.close();
