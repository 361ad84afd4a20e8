// A new user's walk: Clear at awkward moments (right after typing, while files load) never
// breaks the page or leaks state; why a file was not read is said where the eye is; the
// demo points to its attack; the link says what it holds and offers one without log values;
// maps, details, error codes and small screens show what they should; after start nothing —
// not even an image — reaches the host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer, launch, openApp, waitLoaded, counts, generate, withApp, withDemo as withDemoAt, demoTruth, shown, OUT, dataRequests } from './harness.mjs';

let server, browser, demoDir, truth;
const SIGNINS = 'InteractiveSignIns_2026-10-26_2026-11-15.json';

before(async () => {
  server = await startServer();
  browser = await launch();
  demoDir = await generate('demo', ['--seed', '7']);
  truth = await demoTruth();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const withDemo = (fn, opts) => withDemoAt(browser, server.url, fn, opts);

/** Totals line, tab count and grid count agree, and no error banner is up. */
async function consistent(page) {
  const totals = await page.textContent('[data-testid=totals]');
  const inTotals = Number(totals.match(/([\d,]+) sign-ins/)[1].replace(/,/g, ''));
  const c = await counts(page);
  assert.equal(c.signins, inTotals, `tab ${c.signins} vs totals ${totals}`);
  assert.equal(await shown(page), c.signins, 'the grid shows every record, no filter left over');
  assert.equal(await page.locator('[data-testid=chip]').count(), 0, 'no chip left over');
  assert.equal(await page.locator('[data-testid=notice]').count(), 0, 'no banner');
  return c.signins;
}

test('Clear right after typing a search: 20 timings, no panic, nothing left over', async () => {
  await withApp(browser, server.url, async (page) => {
    const file = join(demoDir, SIGNINS);
    let expected;
    for (let i = 0; i < 20; i++) {
      await page.setInputFiles('[data-testid=file-input]', [file]);
      await waitLoaded(page, 1);
      expected ??= await consistent(page);
      await page.fill('[data-testid=search]', i % 2 ? 'adele' : '');
      if (i % 3 === 0) await page.press('[data-testid=search]', 'Escape');
      await page.waitForTimeout(i * 50);
      await page.click('[data-testid=clear]');
      await page.waitForSelector('[data-testid=drop-zone]');
    }
    await page.setInputFiles('[data-testid=file-input]', [file]);
    await waitLoaded(page, 1);
    assert.equal(await consistent(page), expected);
    assert.equal(await page.inputValue('[data-testid=search]'), '', 'the search box starts empty');
  });
});

test('Clear while files load: 20 timings, no internal error, the next load is whole', async () => {
  await withApp(browser, server.url, async (page) => {
    const file = join(demoDir, SIGNINS);
    let expected;
    for (let i = 0; i < 20; i++) {
      await page.click('[data-testid=demo-welcome]');
      await page.waitForTimeout(i * 50);
      // The button is there as soon as a load has started.
      await page.click('[data-testid=clear]');
      await page.waitForSelector('[data-testid=drop-zone]');
      await page.waitForTimeout(100);
      assert.equal(await page.locator('[data-testid=notice]').count(), 0, `timing ${i * 50} ms: no banner`);
      await page.setInputFiles('[data-testid=file-input]', [file]);
      const c = await waitLoaded(page, 1);
      expected ??= c.signins;
      assert.equal(await page.locator('[data-testid=file-row]').count(), 1, `timing ${i * 50} ms: only the new file`);
      assert.equal(await consistent(page), expected, `timing ${i * 50} ms`);
      await page.click('[data-testid=clear]');
      await page.waitForSelector('[data-testid=drop-zone]');
    }
  });
});

test('filters, selection, the open finding and trainer mode do not survive Clear', async () => {
  await withDemo(async (page) => {
    await page.click('[data-testid=trainer-start]');
    await page.waitForSelector('[data-testid=trainer]');
    await page.fill('[data-testid=search]', 'Seattle');
    await page.waitForTimeout(400);
    await page.click('[data-testid=grid-signins] [data-testid=row] >> nth=0');
    await page.waitForSelector('[data-testid=details]');
    assert.ok((await shown(page)) < (await counts(page)).signins);
    await page.click('[data-testid=clear]');
    await page.waitForSelector('[data-testid=drop-zone]');
    assert.equal(await page.locator('[data-testid=trainer]').count(), 0, 'trainer mode ends with the demo');
    assert.equal(await page.locator('[data-testid=clear]').count(), 0, 'nothing to clear on the welcome page');
    await page.setInputFiles('[data-testid=file-input]', [join(demoDir, SIGNINS)]);
    await waitLoaded(page, 1);
    await consistent(page);
    assert.equal(await page.locator('[data-testid=details]').count(), 0, 'no record open');
    assert.equal(await page.locator('[data-testid=trainer]').count(), 0);
    assert.doesNotMatch(decodeURIComponent(await page.evaluate(() => location.hash)), /Seattle|trainer|record/);
  });
});

test('a file that is not read says why where the eye is, and counts in the summary line', async () => {
  const junk = join(OUT, 'random.bin');
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
  await writeFile(junk, bytes);
  const empty = join(OUT, 'header-only.csv');
  await writeFile(empty, '"Date (UTC)","Request ID","User","Username","Application","Status","IP address","Location"\r\n');
  await withApp(browser, server.url, async (page) => {
    await page.setInputFiles('[data-testid=file-input]', [junk, empty]);
    await waitLoaded(page, 2);
    const alert = page.locator('[data-testid=unread]');
    assert.ok(await alert.isVisible(), 'visible without opening "Files"');
    const text = await alert.textContent();
    assert.match(text, /random\.bin was not read: .{20,}/);
    assert.match(text, /header-only\.csv was read but held no records/);
    assert.match(await page.textContent('[data-testid=totals]'), /1 file not read/);
  });
});

test('after the demo loads, the Findings tab shows its severities and a lead points to the top finding', async () => {
  await withDemo(async (page) => {
    const badge = await page.getAttribute('[data-testid=count-findings]', 'aria-label');
    assert.match(badge, /\d+ critical/);
    const lead = await page.textContent('[data-testid=findings-lead]');
    assert.match(lead, /critical/i);
    assert.match(lead, /Account takeover chain/);
    await page.click('[data-testid=findings-lead-open]');
    assert.equal(await page.getAttribute('[data-testid=tab-findings]', 'aria-selected'), 'true');
    await page.waitForSelector('[data-testid=finding-body]');
    assert.equal(await page.getAttribute('[data-testid=finding] >> nth=0', 'data-rule'), truth.account_takeover.rule);
  });
});

test('the link says what it holds; the clean link holds no search text, filter value or selection', async () => {
  await withDemo(async (page) => {
    const user = truth.password_spray.users[0];
    await page.fill('[data-testid=search]', user);
    await page.waitForTimeout(400);
    await page.click('[data-testid=grid-signins] [data-testid=row] >> nth=0');
    await page.waitForSelector('[data-testid=details]');
    const hash = decodeURIComponent(await page.evaluate(() => location.hash));
    assert.ok(hash.includes(user), 'the address bar keeps the view, and the note says so');
    assert.match(await page.textContent('[data-testid=share-note]'), /search text, filter values and the selected record/);
    await page.click('[data-testid=copy-clean-link]');
    const copied = decodeURIComponent(await page.evaluate(() => navigator.clipboard.readText()));
    assert.ok(copied.startsWith(server.url), copied);
    assert.ok(!copied.includes(user) && !copied.includes('"record"') && !copied.includes('"text"'), copied);
  }, { permissions: ['clipboard-read', 'clipboard-write'] });
});

test('maps: no dot at a country centre, one dot per city, a legend with numbers', async () => {
  await withDemo(async (page) => {
    await page.click('[data-testid=tab-map]');
    await page.waitForSelector('[data-testid=world-map] [data-testid=map-dot]');
    const labels = await page.$$eval('[data-testid=world-map] [data-testid=map-dot] title', (ts) => ts.map((t) => t.textContent.split(':')[0]));
    assert.equal(new Set(labels).size, labels.length, `one dot per place: ${labels.join(' | ')}`);
    assert.match(await page.textContent('[data-testid=shade-legend]'), /\d+–\d+/);
    assert.match(await page.textContent('[data-testid=dot-legend]'), /size = sign-ins.*1/);
    // A user who signs in from Redmond: the profile map has no dot in Kansas (the US centre).
    await page.click('[data-testid=tab-users]');
    await page.fill('[data-testid=users-view] input[type=search]', truth.account_takeover.users[0]);
    await page.click('[data-testid=user-row] >> nth=0');
    await page.waitForSelector('[data-testid=user-map]');
    const dots = await page.$$eval('[data-testid=user-map] [data-testid=map-dot] title', (ts) => ts.map((t) => t.textContent));
    assert.ok(dots.length >= 1, 'the user has places');
    assert.ok(dots.every((d) => !/^US:/.test(d) && !/^United States/.test(d)), `no country-only dot: ${dots.join(' | ')}`);
  });
});

test('column chooser closes with Esc; the selected row keeps its text', async () => {
  await withDemo(async (page) => {
    await page.click('[data-testid=columns]');
    await page.waitForSelector('[data-testid=column-chooser]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=column-chooser]', { state: 'detached' });
    await page.click('[data-testid=grid-signins] [data-testid=row] >> nth=0');
    const weight = await page.$eval('.grid__row--selected', (r) => getComputedStyle(r).fontWeight);
    assert.equal(weight, '400', 'a selected row is not bold (its date would not fit)');
  });
});

test('at 1440 px the columns fill the grid; at 390 px the page fits the phone', async () => {
  await withDemo(async (page) => {
    const fill = await page.evaluate(() => {
      const body = document.querySelector('[data-testid=grid-signins] .grid__body');
      const cells = [...document.querySelectorAll('[data-testid=grid-signins] .grid__hcell')];
      const right = Math.max(...cells.map((c) => c.getBoundingClientRect().right));
      return { gap: body.getBoundingClientRect().right - right, width: body.clientWidth };
    });
    assert.ok(fill.gap < 24, `empty space right of the last column: ${fill.gap}px of ${fill.width}`);
  }, { viewport: { width: 1440, height: 900 } });
  await withDemo(async (page) => {
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(w <= 392, `page width at 390 px: ${w}`);
    const tabs = await page.$eval('.tabs', (t) => t.getBoundingClientRect().height);
    assert.ok(tabs < 60, `tabs on one line: ${tabs}px`);
    assert.ok(await page.isVisible('[data-testid=clear]'), 'Clear is reachable');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=grid-signins] [data-testid=row]').length >= 10);
    const rows = await page.locator('[data-testid=grid-signins] [data-testid=row]').count();
    assert.ok(rows >= 10 && rows < 100, `grid rows in the DOM: ${rows} (the grid stays virtual on a phone)`);
    await page.click('[data-testid=grid-signins] [data-testid=row] >> nth=0');
    const pane = await page.$eval('[data-testid=details]', (d) => d.getBoundingClientRect());
    assert.ok(pane.width <= 390 && pane.left >= 0, `details pane fits: ${JSON.stringify(pane)}`);
    const profile = await page.$eval('[data-testid=open-profile]', (b) => b.getBoundingClientRect().right);
    assert.ok(profile <= 390, `profile button inside the pane: ${profile}`);
    const open = await page.locator('[data-testid=grid-signins] [data-testid=row]').count();
    assert.ok(open < 100, `grid rows in the DOM with details open: ${open}`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 3000, `page height with details open: ${height}px`);
    await page.click('[data-testid=details-close]');
    assert.equal(await page.locator('[data-testid=details]').count(), 0, 'details closed');
  }, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
});

test('after start an image cannot reach the host, and the icon is fetched at most once', async () => {
  const start = server.requests.length;
  await withApp(browser, server.url, async (page, app) => {
    app.allowErrors(/Content Security Policy|img-src|Refused to load/);
    const before = server.requests.length;
    await page.click('[data-testid=demo-welcome]');
    await waitLoaded(page, 3);
    for (const t of ['findings', 'users', 'map', 'signins']) await page.click(`[data-testid=tab-${t}]`);
    await page.evaluate(() => new Promise((resolve) => {
      const img = new Image();
      img.onload = img.onerror = () => resolve();
      img.src = '/leak.png?data=secret';
      document.body.appendChild(img);
    }));
    await page.waitForTimeout(300);
    const after = dataRequests(server.requests.slice(before));
    assert.deepEqual(after, [], `requests after start: ${JSON.stringify(after)}`);
    // The tab icon is inline; the manifest's icon may be read once, at start.
    const icons = server.requests.slice(start).filter((r) => /icon\.svg|favicon/.test(r.url));
    assert.ok(icons.length <= 1, `icon requests: ${JSON.stringify(icons)}`);
  });
});
