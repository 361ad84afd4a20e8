// The core walk in every engine Lantern supports: Chromium (chromedriver), Firefox ESR
// (geckodriver) and WebKitGTK, the engine of Safari (WebKitWebDriver under a virtual display).
// Each: open, the demo tenant, files by the picker and by a drop, a filter, the details pane,
// findings, a download (its content checked), zero requests after start and a deliberate
// fetch refused. Driven by plain W3C WebDriver (tests/e2e/webdriver.mjs): playwright-core
// drives only its own builds of Firefox and WebKit, and these are the distribution's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, generate, ROOT, dataRequests } from './harness.mjs';
import { startDriver, Session } from './webdriver.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const which = (cmd) => { try { return execFileSync('which', [cmd], { encoding: 'utf8' }).trim(); } catch { return ''; } };

const ENGINES = [
  {
    name: 'Chromium',
    driver: () => startDriver(process.env.CHROMEDRIVER || '/usr/bin/chromedriver'),
    caps: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    },
  },
  {
    name: 'Firefox ESR',
    driver: () => startDriver(which('geckodriver') || 'geckodriver'),
    caps: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          // Nothing of Firefox's own reaches out during the test (updates, telemetry, pings).
          'app.update.enabled': false, 'network.captive-portal-service.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false,
          'network.connectivity-service.enabled': false, 'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
        },
      },
    },
  },
  {
    name: 'WebKitGTK',
    driver: () => startDriver('WebKitWebDriver', [], { wrap: ['xvfb-run', '-a', '-s', '-screen 0 1400x900x24'] }),
    caps: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  },
];

let server, demoDir;

before(async () => {
  server = await startServer();
  demoDir = await generate('demo', ['--seed', '7']);
});

after(async () => {
  await server?.close();
});

const loaded = (n) => `() => {
  const rows = document.querySelectorAll('[data-testid=file-row]');
  return !document.querySelector('[data-testid=progress]') && rows.length >= ${n}
    && [...rows].every((f) => f.dataset.state !== 'loading')
    && Number((document.querySelector('[data-testid=count-signins]')?.textContent || '0').replace(/\\D/g, ''));
}`;
const shownCount = `() => {
  const t = document.querySelector('[data-testid=signins-shown]')?.textContent || '';
  const m = t.match(/^([\\d,]+)/);
  return m ? Number(m[1].replace(/,/g, '')) : null;
}`;

async function walk(engine) {
  const driver = await engine.driver();
  let s;
  try {
    s = await Session.create(driver, engine.caps);
    await s.cmd('POST', '/window/rect', { width: 1400, height: 900 }).catch(() => {});
    await s.goto(server.url);
    await s.waitFor(`() => document.body.dataset.ready === 'true'`, { what: 'the app to start' });
    // Start ends with the service worker's registration (one fetch of sw.js).
    await s.runAsync(`() => 'serviceWorker' in navigator
      ? Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 5000))]).then(() => true) : true`);
    // Firefox checks the service worker for an update once, about a second after it took
    // control (a GET of sw.js, no data): start ends when the host has heard nothing for 2 s.
    for (let quiet = 0, seen = server.requests.length, end = Date.now() + 15000; quiet < 2000 && Date.now() < end;) {
      await new Promise((r) => setTimeout(r, 250));
      if (server.requests.length === seen) quiet += 250; else { seen = server.requests.length; quiet = 0; }
    }
    const before = server.requests.length;

    // The demo tenant.
    const t0 = Date.now();
    await s.click('[data-testid=demo-welcome]');
    // Under a virtual display WebKitGTK's driver has (once in many runs) delivered no click at
    // all: nothing started and the welcome page stayed. A click that started nothing is made
    // again, said in the output; a load that started and then stalled still fails below.
    const started = `() => !document.querySelector('[data-testid=demo-welcome]')
      || !!document.querySelector('[data-testid=progress], [data-testid=file-row], [data-testid=notice]')`;
    if (!(await s.waitFor(started, { what: 'the demo to start', timeout: 20000 }).catch(() => false))) {
      console.log(`${engine.name}: the demo click started nothing in 20 s (${await s.state()}); clicking again`);
      await s.click('[data-testid=demo-welcome]');
    }
    const demo = await s.waitFor(loaded(3), { what: 'the demo tenant', timeout: 120000 });
    console.log(`${engine.name}: the demo tenant loaded in ${Date.now() - t0} ms`);
    assert.ok(demo > 1000, `${engine.name}: demo sign-ins ${demo}`);
    await s.click('[data-testid=clear]');
    await s.waitFor(`() => !document.querySelector('[data-testid=file-row]')`, { what: 'Clear' });

    // Files by the picker: a French portal export and the demo's interactive CSV.
    const picked = [join(ROOT, 'tests/data/locale/fr-signins.csv'), join(demoDir, 'InteractiveSignIns_2026-10-26_2026-11-15.csv')];
    await s.type('[data-testid=file-input]', picked.join('\n'));
    const viaPicker = await s.waitFor(loaded(2), { what: 'the picked files', timeout: 120000 });
    const formats = await s.run(`() => [...document.querySelectorAll('[data-testid=file-row]')].map((r) => r.textContent).join(' | ')`);
    assert.match(formats, /French headers/, `${engine.name}: ${formats}`);

    // A file by a drop (a DataTransfer built in the page, dispatched as the browser does).
    const audit = await readFile(join(ROOT, 'tests/data/locale/fr-audit.csv'), 'utf8');
    await s.run(`(text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'AuditLogs_dropped.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      }
    }`, audit);
    await s.waitFor(loaded(3), { what: 'the dropped file', timeout: 60000 });
    const auditCount = await s.run(`() => Number(document.querySelector('[data-testid=count-audit]').textContent.replace(/\\D/g, ''))`);
    assert.ok(auditCount >= 1, `${engine.name}: dropped audit rows ${auditCount}`);

    // A filter: the search box.
    const total = await s.waitFor(shownCount, { what: 'the grid count' });
    assert.equal(total, viaPicker);
    await s.type('[data-testid=search]', 'Élodie');
    const filtered = await s.waitFor(`() => { const n = (${shownCount})(); return n !== null && n < ${total} ? n : 0; }`, { what: 'the search to filter' });
    assert.equal(filtered, 2, `${engine.name}: the French user's rows`);

    // The details pane.
    // A real click on the first row. Once in ten runs (CI, 2026-12-05, a loaded machine)
    // WebKitGTK lost that click: the files were read, and no pane opened in 60 s. A second real
    // click is allowed, and the run says so (the closing note counts it as a rough edge).
    const pane = `() => document.querySelector('[data-testid=details]')?.textContent`;
    await s.click('[data-testid=grid-signins] [data-testid=row]');
    let details = await s.waitFor(pane, { what: 'the details pane', timeout: 15000 }).catch(() => null);
    if (!details) {
      console.log(`# ${engine.name}: the first click on a row opened no details pane; clicking again`);
      await s.click('[data-testid=grid-signins] [data-testid=row]');
      details = await s.waitFor(pane, { what: 'the details pane' });
    }
    assert.match(details, /elodie\.marchand@contoso\.example/);
    await s.click('[data-testid=details-close]');

    // A download: the CSV of what is shown, caught as the blob the browser saves.
    await s.run(`() => {
      window.__saved = [];
      const orig = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b) => { if (b instanceof Blob) window.__saved.push(b); return orig(b); };
    }`);
    await s.click('[data-testid=download]');
    await s.click('[data-testid=download-csv]');
    const csv = await s.waitFor(`() => window.__saved.length ? true : false`, { what: 'the download', timeout: 60000 })
      .then(() => s.runAsync(`() => window.__saved[window.__saved.length - 1].text()`));
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines.length - 1, filtered, `${engine.name}: the CSV holds the rows shown`);
    assert.match(csv, /"Élodie Marchand","Microsoft Teams","Success"/, `${engine.name}: the CSV content`);

    // Findings over what is loaded.
    await s.click('[data-testid=tab-findings]');
    await s.waitFor(`() => document.querySelector('[data-testid=findings-view]')`, { what: 'the findings view' });

    // Zero requests after start; a deliberate fetch is refused and never reaches the host.
    const probe = await s.runAsync(`() => fetch('/probe-${engine.name.replace(/\W/g, '')}').then(() => 'reached', () => 'refused')`);
    assert.equal(probe, 'refused', `${engine.name}: fetch after start`);
    // The browser's own update check of the service worker script (exactly GET /sw.js, no data)
    // may come at any time; nothing else may.
    const after = dataRequests(server.requests.slice(before));
    assert.deepEqual(after, [], `${engine.name}: requests after start: ${JSON.stringify(after)}`);
    assert.ok(!server.requests.some((r) => r.url.startsWith('/probe')), `${engine.name}: the refused fetch reached the host`);
  } finally {
    await s?.close();
    await driver.stop();
  }
}

for (const engine of ENGINES) {
  test(`${engine.name}: open, demo, picker, drop, filter, details, findings, download, network silence`, { timeout: 300000 }, async () => {
    await walk(engine);
  });
}

test('the engines are those of this machine', () => {
  assert.ok(existsSync('/usr/bin/chromium'), 'chromium');
  assert.ok(existsSync('/usr/bin/firefox-esr'), 'firefox-esr');
  assert.ok(existsSync(MINIBROWSER), 'WebKitGTK MiniBrowser');
});
