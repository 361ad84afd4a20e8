// Screenshots of every view on the demo tenant, light and dark, for checking by eye
// (`make screenshots`; not part of `make test`). Written to target/e2e/screens/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer, launch, openApp, waitLoaded, OUT } from './harness.mjs';

const dir = join(OUT, 'screens');
await mkdir(dir, { recursive: true });
const server = await startServer();
const browser = await launch();
const settle = (page) => page.waitForTimeout(400);

for (const scheme of ['light', 'dark']) {
  const { page, context, errors } = await openApp(browser, server.url, { colorScheme: scheme });
  const shot = async (name) => {
    await settle(page);
    await page.screenshot({ path: join(dir, `${name}-${scheme}.png`) });
    console.log(`${name}-${scheme}.png`);
  };
  await shot('welcome');
  await page.click('[data-testid=demo-welcome]');
  await waitLoaded(page, 1);
  await shot('grid');
  await page.click('[data-testid=grid-signins] [data-testid=row] >> nth=3');
  await page.waitForSelector('[data-testid=details]');
  await shot('details');
  await page.keyboard.press('Escape');
  await page.click('[data-testid=tab-audit]');
  await page.click('[data-testid=grid-audit] [data-testid=row] >> nth=0');
  await page.waitForSelector('[data-testid=details]');
  await shot('audit-details');
  await page.keyboard.press('Escape');
  await page.click('[data-testid=tab-codes]');
  await shot('codes');
  await page.click('[data-testid=tab-users]');
  await page.fill('[data-testid=users-view] input[type=search]', 'adele.vance');
  await page.click('[data-testid=user-row] >> nth=0');
  await page.waitForSelector('[data-testid=profile]');
  await shot('profile');
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
