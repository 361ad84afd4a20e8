// Sigma rules in the tab: a folder of the project's own rules (tests/data/sigma) beside the demo
// tenant — the Rules panel, the problems named by file and line, the hits in Findings, the same
// hits as `lantern findings --rules`, dropped rule files, and nothing of the rules in the link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, withDemo, generate, CLI } from './harness.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RULES = join(ROOT, 'tests', 'data', 'sigma');
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
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), click()]);
  return readFile(await dl.path(), 'utf8');
}

/** Sigma findings as comparable lines: rule, severity, title, evidence ids (the app's export is
 *  an array with `evidence_ids`, the command line's an object with `findings[].evidence`). */
const sigmaLines = (json) =>
  (Array.isArray(json) ? json : json.findings)
    .filter((f) => f.rule.startsWith('sigma:'))
    .map((f) => `${f.rule} ${f.severity} ${f.title} [${[...(f.evidence_ids ?? f.evidence)].sort().join(',')}]`)
    .sort();

test('a folder of rules beside the demo tenant: panel, problems, findings, and the command line agrees', async () => {
  await withDemo(browser, server.url, async (page) => {
    await page.click('[data-testid=tab-rules]');
    assert.match(await page.textContent('[data-testid=rules-summary]'), /No rules loaded/);
    await page.setInputFiles('[data-testid=rules-folder-input]', RULES);
    await page.waitForSelector('[data-testid=sigma-rule]');
    assert.match(await page.textContent('[data-testid=rules-summary]'), /6 files · 9 rules · 4 problems/);
    const problems = await page.locator('[data-testid=sigma-problem]').allTextContents();
    for (const want of [
      /broken_rules\.yml: line 8: Unknown modifier 'sounds_like'/,
      /broken_rules\.yml: line 20: rule “A field Lantern does not know”: field `FavouriteColour` is not mapped/,
      /broken_rules\.yml: line 26: rule “A Windows rule” is for windows \/ security logs/,
      /broken_yaml\.yml: line 8: YAML parse error/,
    ]) {
      assert.ok(problems.some((p) => want.test(p)), `${want} not in ${JSON.stringify(problems)}`);
    }
    const imap = page.locator('[data-testid=sigma-rule][data-key="5b1f0a4e-0c1d-4c6e-9d7a-000000000001"]');
    assert.match(await imap.textContent(), /Legacy IMAP sign-in succeeded/);
    assert.match(await imap.locator('[data-testid=sigma-hits]').textContent(), /^1 finding · 4 records$/);
    assert.equal(await page.locator('[data-testid=count-rules]').textContent(), '9');

    await page.click('[data-testid=tab-findings]');
    const titles = await page.locator('[data-testid=finding] .finding__title').allTextContents();
    for (const want of [
      'Sigma: Legacy IMAP sign-in succeeded — joni.sherman@contoso.example',
      'Sigma: Many wrong passwords from one address — IPAddress=185.220.101.47',
    ]) {
      assert.ok(titles.includes(want), `${want} not among the findings`);
    }
    const app = JSON.parse(await download(page, () => page.click('[data-testid=findings-json]')));

    // The command line, on the same three demo files and the same rules.
    const dir = await generate('demo', ['--seed', '7']);
    const files = ['InteractiveSignIns', 'NonInteractiveSignIns', 'AuditLogs'].map((p) => {
      const ext = p === 'InteractiveSignIns' ? '.json' : '.csv';
      return join(dir, execFileSync('ls', [dir]).toString().split('\n').find((n) => n.startsWith(`${p}_`) && n.endsWith(ext)));
    });
    const cli = JSON.parse(execFileSync(CLI, ['findings', '--rules', RULES, ...files], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 }));
    const [a, c] = [sigmaLines(app), sigmaLines(cli)];
    assert.ok(a.length > 10, `${a.length} Sigma findings in the app`);
    assert.deepEqual(a, c, 'the app and `lantern findings --rules` give the same Sigma hits');
  });
});

test('dropped rule files run beside the logs; a broken one shows its message and the others still run', async () => {
  await withDemo(browser, server.url, async (page) => {
    const good = await readFile(join(RULES, 'legacy_imap.yml'), 'utf8');
    const bad = await readFile(join(RULES, 'broken_yaml.yml'), 'utf8');
    await page.evaluate(([g, b]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([g], 'legacy_imap.yml', { type: 'application/yaml' }));
      dt.items.add(new File([b], 'broken_yaml.yml', { type: 'application/yaml' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      }
    }, [good, bad]);
    await page.click('[data-testid=tab-rules]');
    await page.waitForSelector('[data-testid=sigma-rule]');
    assert.match(await page.textContent('[data-testid=rules-summary]'), /2 files · 1 rule · 1 problem/);
    assert.match(await page.textContent('[data-testid=sigma-problem]'), /^broken_yaml\.yml: line 8: YAML parse error/);
    // The drop added rules, not log files: still the demo's 3 files.
    assert.match(await page.textContent('[data-testid=totals]'), /^3 files/);
    await page.click('[data-testid=tab-findings]');
    const titles = await page.locator('[data-testid=finding] .finding__title').allTextContents();
    assert.ok(titles.some((t) => t.startsWith('Sigma: Legacy IMAP sign-in succeeded')));
    // Rules never reach the link; removing them removes their findings.
    const hash = await page.evaluate(() => decodeURIComponent(location.hash));
    assert.ok(!/IMAP|5b1f0a4e|title:/i.test(hash), hash);
    await page.click('[data-testid=tab-rules]');
    await page.click('[data-testid=remove-rules]');
    await page.click('[data-testid=tab-findings]');
    const after = await page.locator('[data-testid=finding] .finding__title').allTextContents();
    assert.ok(!after.some((t) => t.startsWith('Sigma:')), 'no Sigma finding once the rules are removed');
  });
});
