// Screenshots of every view on the demo tenant, light and dark, at 1440 px (desktop) and at
// 390 px (a phone), for checking by eye (`make screenshots`; not part of `make test`).
// Written to target/e2e/screens/<name>-<scheme>-<width>.png.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer, launch, openApp, waitLoaded, OUT } from './harness.mjs';

const dir = join(OUT, 'screens');
await mkdir(dir, { recursive: true });
const server = await startServer();
const browser = await launch();
const settle = (page) => page.waitForTimeout(400);

const runs = [
  { scheme: 'light', width: 1440, height: 900 },
  { scheme: 'dark', width: 1440, height: 900 },
  { scheme: 'light', width: 390, height: 844, phone: true },
];
for (const { scheme, width, height, phone } of runs) {
  const opts = { colorScheme: scheme, viewport: { width, height }, ...(phone ? { isMobile: true, hasTouch: true } : {}) };
  const { page, context, errors } = await openApp(browser, server.url, opts);
  const shot = async (name) => {
    await settle(page);
    const path = join(dir, `${name}-${scheme}-${width}.png`);
    await page.screenshot({ path, fullPage: !!phone });
    console.log(path);
  };
  await shot('welcome');
  await page.click('[data-testid=demo-welcome]');
  await waitLoaded(page, 1);
  await shot('grid');
  await page.click('[data-testid=grid-signins] [data-testid=row] >> nth=3');
  await page.waitForSelector('[data-testid=details]');
  await shot('details');
  await page.click('[data-testid=details-tab-auth]');
  await shot('details-auth');
  await page.click('[data-testid=details-close]');
  await page.click('[data-testid=tab-audit]');
  await page.click('[data-testid=grid-audit] [data-testid=row] >> nth=0');
  await page.waitForSelector('[data-testid=details]');
  await shot('audit-details');
  await page.click('[data-testid=details-close]');
  await page.click('[data-testid=tab-codes]');
  await shot('codes');
  await page.click('[data-testid=tab-users]');
  await page.fill('[data-testid=users-view] input[type=search]', 'adele.vance');
  await page.click('[data-testid=user-row] >> nth=0');
  await page.waitForSelector('[data-testid=profile]');
  await shot('profile');
  await page.locator('[data-testid=timeline]').scrollIntoViewIfNeeded();
  await shot('profile-timeline');
  await page.click('[data-testid=tab-findings]');
  await page.waitForSelector('[data-testid=finding]');
  await shot('findings');
  await page.click('[data-testid=finding] >> nth=0 >> .finding__head');
  await shot('finding-open');
  await page.click('[data-testid=tab-trends]');
  await page.waitForSelector('[data-testid=time-chart] rect');
  await shot('trends');
  await page.locator('[data-testid=heatmap]').scrollIntoViewIfNeeded();
  await shot('heatmap');
  await page.click('[data-testid=tab-map]');
  await shot('map');
  if (errors.length) console.log('page errors:', errors);
  await context.close();
}
await browser.close();
await server.close();
