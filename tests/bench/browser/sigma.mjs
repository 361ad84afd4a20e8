// `make bench-sigma`: 50 Sigma rules over 250,000 sign-ins in the real app (headless Chromium).
// Loads the generator's 250k portal CSV, reads the Findings tab's own clock ("detection ran in
// N ms") without rules, adds 50 rules written here (equality, |contains, |startswith, |cidr,
// |re, 1 of, not; sign-in fields the way SigmaHQ's Azure rules spell them), and reads it again.
// The difference is what the Sigma rules cost. The same rules and file through the command line
// (`lantern findings --rules`) give the native time.
//
//   node tests/bench/browser/sigma.mjs        # BENCH_RUNS=3 for the median of 3 (default 2)
import { mkdir, writeFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, openApp, startServer, waitLoaded, generate, OUT, CLI } from '../../e2e/harness.mjs';
// Realistic inputs by default (see run.mjs); BENCH_DATA=demo for the demo generator's shape.
const REALISTIC = process.env.BENCH_DATA === 'demo' ? [] : ['--realistic'];

const RUNS = Number(process.env.BENCH_RUNS || 2);
const file = await generate(`signins-250k${REALISTIC.length ? '-real' : ''}.csv`, ['--only', 'signins-csv', '--records', '250000', ...REALISTIC]);
const dir = join(OUT, 'sigma-bench-rules');
await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });

const rule = (n, title, level, detection) => `title: ${title}
id: 00000000-0000-4000-8000-${String(n).padStart(12, '0')}
status: test
author: Lantern benchmark
logsource:
    product: azure
    service: signinlogs
detection:
${detection}
level: ${level}
`;
// Rules shaped like SigmaHQ's Azure sign-in rules (two or three conditions each, so that they
// match rarely, as detections do); BENCH_SIGMA=broad uses single broad conditions instead (about
// five hits per sign-in: a stress case for the hit path).
const rules = [];
const codes = [50126, 50053, 50057, 50074, 50076, 50140, 53003, 50055, 50056, 50034, 500121, 50158, 50097, 50155, 70043, 50058, 16000, 65001, 90072, 81010];
const agents = ['python-requests', 'curl', 'axios', 'Go-http-client', 'PowerShell', 'azurehound', 'BAV2ROPC', 'okhttp', 'node-fetch', 'aiohttp'];
const apps = ['Azure Portal', 'Microsoft Teams', 'Office 365 Exchange Online', 'OfficeHome', 'My Apps', 'Microsoft Office', 'Azure CLI', 'Graph Explorer', 'Visual Studio Code', 'Microsoft Authentication Broker'];
const ranges = ['185.220.0.0/16', '5.188.0.0/16', '45.137.0.0/16', '91.203.0.0/16', '203.0.113.0/24'];
const countries = ['RU', 'KP', 'IR', 'NG', 'CN'];
const broad = process.env.BENCH_SIGMA === 'broad';
codes.forEach((c, i) => rules.push(['ResultType', broad
  ? `    selection:\n        ResultType: ${c}\n    condition: selection`
  : `    selection:\n        ResultType: ${c}\n        userAgent|contains: '${agents[i % agents.length]}'\n    condition: selection`]));
agents.forEach((u) => rules.push(['UserAgent', broad
  ? `    selection:\n        userAgent|contains: '${u}'\n    filter:\n        ResultType: 0\n    condition: selection and not filter`
  : `    selection:\n        userAgent|contains: '${u}'\n        ResultType: 0\n        IPAddress|cidr: '${ranges[u.length % ranges.length]}'\n    condition: selection`]));
apps.forEach((a, i) => rules.push(['AppDisplayName', broad
  ? `    selection:\n        AppDisplayName|startswith: '${a}'\n        AuthenticationRequirement: singleFactorAuthentication\n    condition: selection`
  : `    selection:\n        AppDisplayName|startswith: '${a}'\n        IPAddress|cidr: '${ranges[i % ranges.length]}'\n    filter:\n        ResultType: 50126\n    condition: selection and not filter`]));
ranges.forEach((r) => rules.push(['IPAddress', `    selection:\n        IPAddress|cidr: '${r}'\n        ResultType: 0\n    condition: selection`]));
countries.forEach((c) => rules.push(['Location', broad
  ? `    sel_country:\n        LocationDetails.countryOrRegion: '${c}'\n    sel_code:\n        status.errorCode|re: '^(0|50074)$'\n    condition: 1 of sel_*`
  : `    selection:\n        LocationDetails.countryOrRegion: '${c}'\n        status.errorCode|re: '^(0|50074)$'\n        AuthenticationRequirement: singleFactorAuthentication\n    condition: selection`]));
for (const [i, [what, det]] of rules.entries()) {
  await writeFile(join(dir, `rule-${String(i + 1).padStart(2, '0')}.yml`), rule(i + 1, `Bench ${what} ${i + 1}`, i % 3 ? 'medium' : 'high', det));
}
console.log(`${rules.length} rules (${broad ? 'broad' : 'SigmaHQ-like'}) in ${dir}`);

const server = await startServer();
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = async (page) => Number((await page.textContent('[data-testid=detect-ms]')).replace(/[^\d.]/g, ''));
const [plain, withRules, sigmaFindings] = [[], [], []];
for (let i = 0; i < RUNS; i++) {
  const { page, context } = await openApp(browser, server.url);
  await page.setInputFiles('[data-testid=file-input]', [file]);
  await waitLoaded(page, 1, 600000);
  await page.click('[data-testid=tab-findings]');
  await page.waitForSelector('[data-testid=detect-ms]', { timeout: 120000 });
  plain.push(await ms(page));
  const before = await page.textContent('[data-testid=detect-ms]');
  await page.click('[data-testid=tab-rules]');
  await page.setInputFiles('[data-testid=rules-folder-input]', dir);
  await page.waitForSelector('[data-testid=sigma-rule]', { timeout: 600000 });
  await page.click('[data-testid=tab-findings]');
  await page.waitForFunction((b) => document.querySelector('[data-testid=detect-ms]')?.textContent !== b, before, { timeout: 300000 });
  withRules.push(await ms(page));
  sigmaFindings.push(await page.locator('[data-testid=finding][data-rule^="sigma:"]').count());
  await context.close();
}
const t0 = Date.now();
const cli = execFileSync(CLI, ['findings', '--rules', dir, file], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
console.log(`native (lantern findings --rules, whole command): ${Date.now() - t0} ms`);
const a = median(plain), b = median(withRules);
console.log(`Chromium, 250,000 sign-ins: detection without rules ${a.toFixed(0)} ms, with 50 Sigma rules ${b.toFixed(0)} ms ` +
  `(medians of ${RUNS}: ${plain.join(', ')} / ${withRules.join(', ')}); the rules cost ${(b - a).toFixed(0)} ms; ${sigmaFindings[0]} Sigma findings`);
await browser.close();
await server.close();
