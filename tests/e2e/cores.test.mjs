// Every core: a large file is cut into parts and read by the ingest worker and its part
// readers at once (core::ingest::split). The page must end up with exactly what one reader
// gives: the same records, the same findings (compared with the command line forced to one
// reader), no warning, and the file row says how many cores read it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { startServer, launch, waitLoaded, generate, withApp, CLI } from './harness.mjs';

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 120000 }), click()]);
  return readFile(await dl.path(), 'utf8');
}

/** Findings as comparable lines (the app's export is an array with `evidence_ids`, the command
 *  line's an object with `findings[].evidence`). The app's list leaves out the "info" ones by
 *  default; so does this. */
const lines = (json) =>
  (Array.isArray(json) ? json : json.findings)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.severity} ${f.title} [${[...(f.evidence_ids ?? f.evidence)].join(',')}]`);

const ONE_READER = { ...process.env, LANTERN_READERS: '1' };

// --scattered: the realistic shape with every row a random user, an attack-heavy tenant whose
// hundreds of findings also fill the Findings list's first page of 200.
for (const [kind, name, args] of [
  ['portal CSV', 'cores-60k-scattered.csv', ['--only', 'signins-csv', '--records', '60000', '--scattered']],
  ['Graph JSON', 'cores-40k-scattered.json', ['--only', 'signins-json', '--records', '40000', '--scattered', '--ca-policies', '4']],
]) {
  test(`a large ${kind} is read on every core, with one reader's records and findings`, async () => {
    const file = await generate(name, args);
    const cli = JSON.parse(execFileSync(CLI, ['summary', file], { env: ONE_READER, maxBuffer: 1 << 26 }));
    await withApp(browser, server.url, async (page, app) => {
      const cores = await page.evaluate(() => navigator.hardwareConcurrency);
      const t0 = Date.now();
      await page.setInputFiles('[data-testid=file-input]', [file]);
      const c = await waitLoaded(page, 1, 240000);
      const row = await page.$eval('[data-testid=file-row]', (r) => ({ readers: +r.dataset.readers, text: r.textContent }));
      console.log(`# ${kind}: ${cores} cores, read by ${row.readers} readers in ${Date.now() - t0} ms (pick to loaded)`);
      if (cores >= 2) {
        assert.ok(row.readers >= 2, `a ${cores}-core machine reads the file with more than one reader: ${row.readers}`);
        assert.match(row.text, /Read on \d cores/);
      }
      assert.equal(c.signins, cli.totals.signin, 'the same sign-ins as one reader');
      assert.equal(cli.files[0].warnings?.length ?? 0, 0, 'the generated file reads without warnings');
      assert.doesNotMatch(row.text, /warning/i);

      await page.click('[data-testid=tab-findings]');
      await page.waitForSelector('[data-testid=finding]', { timeout: 120000 });
      const inApp = lines(JSON.parse(await download(page, () => page.click('[data-testid=findings-json]'))));
      const byOne = lines(JSON.parse(execFileSync(CLI, ['findings', file], { env: ONE_READER, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] })));
      assert.ok(inApp.length > 100, `${inApp.length} findings`);
      assert.deepEqual(inApp, byOne, 'the same findings, in the same order, with the same evidence');
      // The cards and the grid's rows are built a few per turn (ui::Later, cards_in_turns,
      // GridRows): the list still fills its page of 200 and the grid its height.
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=finding]').length === 200, null, { timeout: 30000 });
      assert.match(await page.textContent('[data-testid=findings-paged]'), /200 of \d+ findings shown/);
      await page.click('[data-testid=tab-signins]');
      await page.waitForFunction(() => {
        const body = document.querySelector('[data-testid=grid-signins] .grid__body');
        return body && body.clientHeight > 200 && document.querySelectorAll('[data-testid=row]').length >= Math.floor((body.clientHeight - 34) / 30);
      }, null, { timeout: 30000 });
      assert.deepEqual(app.errors, []);
    });
  });
}
