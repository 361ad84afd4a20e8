// Seeing and taking away, in real Chromium: every download's content (formula cells
// neutralised), a chart bar and a map country that filter, the brush on the time chart,
// and the findings report as a page of its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer, launch, openApp, waitLoaded, withDemo as withDemoAt, shown, OUT } from './harness.mjs';

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const withDemo = (fn) => withDemoAt(browser, server.url, fn);

async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), click()]);
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), 'utf8') };
}

/** A tiny RFC 4180 reader (quoted cells, "" escapes, CRLF). */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') q = false; else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test('grid downloads: CSV of the columns shown, CSV of all columns, JSON of the original records', async () => {
  await withDemo(async (page) => {
    await page.fill('[data-testid=search]', 'Azure Portal');
    await page.waitForTimeout(500);
    const n = await shown(page);
    await page.click('[data-testid=download]');
    const csv = await download(page, () => page.click('[data-testid=download-csv]'));
    assert.match(csv.name, /^lantern-signins_contoso_2026-1\d-\d\d_2026-1\d-\d\d\.csv$/);
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    assert.deepEqual(rows[0], ['Date (UTC)', 'User', 'Application', 'Status', 'IP address', 'Location', 'Conditional Access']);
    assert.equal(rows.length - 1, n);
    assert.ok(rows.slice(1).every((r) => r[2] === 'Azure Portal'));
    await page.click('[data-testid=download]');
    const all = await download(page, () => page.click('[data-testid=download-csv-all]'));
    const allRows = parseCsv(all.text.replace(/^\uFEFF/, ''));
    assert.ok(allRows[0].length > 60, `${allRows[0].length} columns`);
    assert.equal(allRows.length - 1, n);
    await page.click('[data-testid=download]');
    const json = await download(page, () => page.click('[data-testid=download-json]'));
    assert.match(json.name, /\.json$/);
    const records = JSON.parse(json.text);
    assert.equal(records.length, n);
    // Interactive sign-ins came from the portal JSON download: the original objects.
    const original = records.find((r) => r.appliedConditionalAccessPolicies);
    assert.ok(original && original.createdDateTime && original.status, 'original Graph records');
    // Non-interactive ones came from the portal CSV: header → cell objects.
    assert.ok(records.some((r) => r['Request ID'] && r['Date (UTC)']), 'CSV-sourced records as header → cell');
  });
});

test('CSV downloads neutralise spreadsheet formulas in attacker-controlled fields', async () => {
  await mkdir(OUT, { recursive: true });
  const file = join(OUT, 'evil.json');
  await writeFile(file, JSON.stringify([
    { id: '11111111-1111-4111-8111-111111111111', createdDateTime: '2026-11-02T10:00:00Z', userPrincipalName: 'eve@contoso.example',
      userDisplayName: '@SUM(1+1)', appDisplayName: '+cmd|\' /C calc\'!A0', ipAddress: '198.51.100.7',
      userAgent: '=HYPERLINK("http://attacker.example","click")', clientAppUsed: '-2+3', status: { errorCode: 0 },
      location: { city: '\t=1', state: '\r=2', countryOrRegion: 'US' } },
  ]));
  const app = await openApp(browser, server.url);
  try {
    const page = app.page;
    await page.setInputFiles('[data-testid=file-input]', [file]);
    await waitLoaded(page);
    await page.click('[data-testid=download]');
    const csv = await download(page, () => page.click('[data-testid=download-csv-all]'));
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    const header = rows[0];
    const cell = (name) => rows[1][header.indexOf(name)];
    assert.equal(cell('User agent'), '\'=HYPERLINK("http://attacker.example","click")');
    assert.equal(cell('User'), "'@SUM(1+1)");
    assert.equal(cell('Application'), "'+cmd|' /C calc'!A0");
    assert.equal(cell('Client app'), "'-2+3");
    // Surrounding whitespace is trimmed on import, so the tab-prefixed city is '=1' → neutralised.
    assert.equal(cell('City'), "'=1");
    assert.ok(rows.slice(1).every((r) => r.every((c) => !/^[=+\-@\t\r]/.test(c))), 'no cell starts with a formula character');
    // And the page shows the text as text, never as markup.
    await page.click('[data-testid=grid-signins] [data-testid=row] >> nth=0');
    await page.click('[data-testid=details-tab-device]');
    assert.match(await page.textContent('[data-testid=details]'), /=HYPERLINK\("http:\/\/attacker\.example","click"\)/);
  } finally {
    await app.close();
  }
});

test('findings: CSV, JSON and the self-contained HTML report (also a screenshot of it)', async () => {
  await withDemo(async (page, app) => {
    await page.click('[data-testid=tab-findings]');
    await page.waitForSelector('[data-testid=finding]');
    const titles = await page.$$eval('[data-testid=finding] .finding__title', (t) => t.map((x) => x.textContent));
    const csv = await download(page, () => page.click('[data-testid=findings-csv]'));
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    assert.equal(rows.length - 1, titles.length);
    assert.ok(rows[0].includes('rule') || rows[0].includes('Rule'), rows[0].join());
    const json = JSON.parse((await download(page, () => page.click('[data-testid=findings-json]'))).text);
    const list = Array.isArray(json) ? json : json.findings;
    assert.equal(list.length, titles.length);
    assert.ok(list.some((f) => f.rule === 'password_spray_ip' && f.evidence_ids?.length >= 40 || f.evidence?.length >= 40));
    const report = await download(page, () => page.click('[data-testid=findings-report]'));
    assert.match(report.name, /^lantern-findings-report_contoso_.*\.html$/);
    assert.ok(!/<script/i.test(report.text), 'no script in the report');
    assert.ok(!/(src|href)=["']?https?:/i.test(report.text), 'nothing loaded from elsewhere');
    for (const t of titles.slice(0, 5)) assert.ok(report.text.includes(t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')) || report.text.includes(t), `report has "${t}"`);
    assert.match(report.text, /SigninLogs/, 'hunting KQL in the report');
    // The report is a page of its own: render it and keep a screenshot for review.
    const path = join(OUT, 'report.html');
    await writeFile(path, report.text);
    const view = await app.context.newPage();
    await view.goto('file://' + path);
    await view.screenshot({ path: join(OUT, 'report.png'), fullPage: false });
    assert.ok((await view.textContent('body')).includes('Password spray'));
    await view.close();
  });
});

test('a chart bar, a map country and the brush filter the grid; KQL for the filter', async () => {
  await withDemo(async (page) => {
    const total = await shown(page);
    await page.click('[data-testid=tab-trends]');
    await page.waitForSelector('[data-testid=time-chart] rect');
    await page.screenshot({ path: join(OUT, 'trends.png') });
    // A bar of the top applications.
    const value = await page.getAttribute('[data-testid=top-app] [data-testid=top-bar] >> nth=1', 'data-value');
    await page.click('[data-testid=top-app] [data-testid=top-bar] >> nth=1');
    await page.waitForTimeout(300);
    assert.equal(await page.getAttribute('[data-testid=tab-signins]', 'aria-selected'), 'true');
    const rows = await page.$$eval('[data-testid=grid-signins] [data-testid=row]', (rs) => rs.map((r) => r.querySelectorAll('[role=gridcell]')[2].textContent));
    assert.ok(rows.length > 0 && rows.every((a) => a === value), `${value}: ${rows.slice(0, 3)}`);
    // The KQL of this filter names the application.
    await page.click('[data-testid=kql]');
    const kql = await page.textContent('[data-testid=kql-text]');
    assert.match(kql, /SigninLogs/);
    assert.ok(kql.includes(value), kql);
    await page.click('[data-testid=clear-filters]');
    // The brush: drag across the middle third of the time chart.
    await page.click('[data-testid=tab-trends]');
    const box = await page.locator('[data-testid=time-chart]').boundingBox();
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    assert.ok(await page.isVisible('[data-testid=clear-range]'));
    await page.click('[data-testid=tab-signins]');
    const chips = await page.$$eval('[data-testid=chip]', (c) => c.map((x) => x.textContent));
    assert.ok(chips.some((c) => c.startsWith('Date:')), chips.join());
    const inRange = await shown(page);
    assert.ok(inRange > 0 && inRange < total);
    await page.click('[data-testid=clear-filters]');
    // A country on the map.
    await page.click('[data-testid=tab-map]');
    await page.waitForSelector('[data-testid=map-country]');
    await page.screenshot({ path: join(OUT, 'map.png') });
    // Click where a user would: the middle of Great Britain, where London's dot sits (a dot filters to its country too).
    await page.click('[data-testid=world-map] path[data-iso=GB]', { force: true });
    await page.waitForTimeout(300);
    const loc = await page.$$eval('[data-testid=grid-signins] [data-testid=row]', (rs) => rs.map((r) => r.querySelectorAll('[role=gridcell]')[5].textContent));
    assert.ok(loc.length > 0 && loc.every((l) => l.endsWith(', GB')), loc.slice(0, 3).join(' | '));
  });
});
