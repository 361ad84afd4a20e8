// Accessibility: axe-core (npm, pinned) on every view of the demo tenant — the welcome screen,
// each tab, the details pane, the settings — in light and dark, with zero serious or critical
// violations; and a keyboard-only walk: load → filter → details → findings → download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startServer, launch, withApp, waitLoaded, shown, generate } from './harness.mjs';

const require = createRequire(import.meta.url);
let server, browser, axeSource, demoDir;

before(async () => {
  server = await startServer();
  browser = await launch();
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  demoDir = await generate('demo', ['--seed', '7']);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const TABS = ['signins', 'audit', 'findings', 'rules', 'users', 'apps', 'groups', 'codes', 'trends', 'map'];

/** Serious and critical axe violations on the page as it is now, one line each. */
async function violations(page, view) {
  // Injected through the debugging protocol (not a <script>): the page's CSP stays as it is.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${view}: ${v.id} (${v.impact}, ${v.nodes.length}×) ${v.help} — e.g. ${v.nodes[0].target.join(' ')}`);
}

for (const scheme of ['light', 'dark']) {
  test(`axe: no serious or critical violation on any view of the demo (${scheme})`, async () => {
    await withApp(browser, server.url, async (page) => {
      const found = [...await violations(page, 'welcome')];
      await page.click('[data-testid=demo-welcome]');
      await waitLoaded(page, 3);
      for (const tab of TABS) {
        await page.click(`[data-testid=tab-${tab}]`);
        await page.waitForTimeout(250);
        found.push(...await violations(page, tab));
      }
      await page.click('[data-testid=tab-signins]');
      await page.locator('[data-testid=row]').first().click();
      await page.waitForSelector('[data-testid=details]');
      found.push(...await violations(page, 'details'));
      await page.keyboard.press('Escape');
      await page.click('[data-testid=tab-findings]');
      await page.locator('[data-testid=finding]').first().click();
      await page.waitForTimeout(250);
      found.push(...await violations(page, 'finding'));
      assert.deepEqual(found, [], `axe found:\n${found.join('\n')}`);
    }, { colorScheme: scheme });
  });
}

/** Presses Tab until the focused element matches `selector` (fails when it is never reached). */
async function tabTo(page, selector, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} is not reachable with Tab`);
}

test('keyboard only: load by the picker, filter, details, findings, download', async () => {
  await withApp(browser, server.url, async (page) => {
    // Load: the picker opens with Enter.
    await tabTo(page, '[data-testid=open-files]');
    // Enter activates a focused button; Space too (the fallback, should a busy first start drop
    // the first key press).
    const chooserOpened = page.waitForEvent('filechooser', { timeout: 20000 });
    await page.keyboard.press('Enter');
    let chooser = await Promise.race([chooserOpened, new Promise((r) => setTimeout(() => r(null), 5000))]);
    if (!chooser) {
      await page.keyboard.press('Space');
      chooser = await chooserOpened;
    }
    const files = ['InteractiveSignIns_2026-10-26_2026-11-15.json', 'NonInteractiveSignIns_2026-10-26_2026-11-15.csv', 'AuditLogs_2026-10-26_2026-11-15.json'];
    await chooser.setFiles(files.map((f) => join(demoDir, f)));
    await waitLoaded(page, 3);
    const total = await shown(page);
    // Filter: type into the search box.
    await tabTo(page, '[data-testid=search]');
    await page.keyboard.type('BAV2ROPC');
    await page.waitForTimeout(600);
    const filtered = await shown(page);
    assert.ok(filtered > 0 && filtered < total, `search filters: ${filtered} of ${total}`);
    // Details: into the grid, a row, Enter; Esc closes.
    await tabTo(page, '[data-testid=grid-signins] .grid__body');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=details]');
    assert.match(await page.textContent('[data-testid=details]'), /BAV2ROPC|Authenticated SMTP|Exchange/i);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=details]', { state: 'detached' });
    // Download what is shown: the menu opens with Enter, its first item too.
    await tabTo(page, '[data-testid=download]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=download-menu]');
    await tabTo(page, '[data-testid=download-csv]', 10);
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.keyboard.press('Enter')]);
    const csv = await readFile(await dl.path(), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines.length - 1, filtered, 'the download holds the rows shown');
    // Findings: the tab, then the first finding opens with Enter.
    await tabTo(page, '[data-testid=tab-findings]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=findings-list]');
    await tabTo(page, '[data-testid=finding] .finding__head');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=finding-body]');
    // The mouse was never used: nothing was clicked.
  });
});
