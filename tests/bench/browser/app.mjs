// `make bench-app`: whole loads in the real app (page + worker + grid + detection), from the
// file pick until every file is listed as loaded, in headless Chromium. The worker-only
// comparison with the peers is `make bench` (run.mjs); this one says what a user waits for.
//
//   node tests/bench/browser/app.mjs                 # the 250k portal CSV and Graph JSON
//   BENCH_RUNS=3 node tests/bench/browser/app.mjs    # runs per file (median; default 2)
import { launch, openApp, startServer, waitLoaded, generate } from '../../e2e/harness.mjs';
// Realistic inputs by default (see run.mjs); BENCH_DATA=demo for the demo generator's shape.
const REALISTIC = process.env.BENCH_DATA === 'demo' ? [] : ['--realistic'];

const RUNS = Number(process.env.BENCH_RUNS || 2);
const files = [
  ['portal CSV, 250,000 records', await generate(`signins-250k${REALISTIC.length ? '-real' : ''}.csv`, ['--only', 'signins-csv', '--records', '250000', ...REALISTIC])],
  ['Graph JSON, 250,000 records, 0 CA policies', await generate(`signins-250k-p0${REALISTIC.length ? '-real' : ''}.json`, ['--only', 'signins-json', '--records', '250000', '--ca-policies', '0', ...REALISTIC])],
];
const server = await startServer();
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const [label, file] of files) {
  const times = [];
  let detail = '';
  for (let i = 0; i < RUNS; i++) {
    const { page, context } = await openApp(browser, server.url);
    const t0 = Date.now();
    await page.setInputFiles('[data-testid=file-input]', [file]);
    const c = await waitLoaded(page, 1, 600000);
    const loaded = Date.now() - t0;
    // Detection runs once the load has settled; its own clock is shown on the Findings tab.
    await page.click('[data-testid=tab-findings]');
    await page.waitForSelector('[data-testid=detect-ms]', { timeout: 120000 });
    detail = `${c.signins.toLocaleString("en")} sign-ins; ${await page.textContent('[data-testid=detect-ms]')}`;
    times.push(loaded);
    await context.close();
  }
  console.log(`${label}: loaded in ${(median(times) / 1000).toFixed(2)} s (median of ${RUNS}: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s) · ${detail}`);
}
await browser.close();
await server.close();
