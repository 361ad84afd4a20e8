// Findings in real Chromium on the demo tenant: every planted scenario appears, a click
// filters the grid to exactly its evidence, settings and allow-lists re-run detection and
// live in the link; and the trainer mode can be walked to the end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, withDemo as withDemoAt, demoTruth, shown } from './harness.mjs';

let server, browser, truth;

before(async () => {
  server = await startServer();
  browser = await launch();
  truth = await demoTruth();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const withDemo = (fn) => withDemoAt(browser, server.url, fn);

async function findings(page) {
  await page.click('[data-testid=tab-findings]');
  await page.waitForSelector('[data-testid=finding]');
  return page.$$eval('[data-testid=finding]', (fs) => fs.map((f) => ({
    rule: f.dataset.rule, key: f.dataset.key, title: f.querySelector('.finding__title').textContent,
    severity: f.querySelector('.sev').textContent, why: f.querySelector('.finding__why').textContent,
  })));
}


test('every planted scenario is a finding, ranked, with a why-sentence; a click filters to its evidence', async () => {
  await withDemo(async (page) => {
    const fs = await findings(page);
    // The rule that must find each scenario comes from the demo's truth (one table, in core).
    for (const [scenario, { rule, users }] of Object.entries(truth)) {
      const user = users[0];
      const hit = fs.find((f) => f.rule === rule && (f.title.includes(user) || f.why.includes(user)));
      assert.ok(hit, `${scenario}: a ${rule} finding about ${user}`);
      assert.ok(['critical', 'high', 'medium'].includes(hit.severity.toLowerCase()), `${scenario}: ${hit.severity}`);
      assert.ok(hit.why.length > 40);
    }
    // Ranked by severity: no Critical after a High.
    const order = ['critical', 'high', 'medium', 'low', 'info'];
    const ranks = fs.map((f) => order.indexOf(f.severity.toLowerCase()));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
    // The chain is ranked first and tells the story in parts.
    assert.equal(fs[0].rule, truth.account_takeover.rule);
    await page.click('[data-testid=finding] >> nth=0 >> .finding__head');
    assert.ok(await page.locator('[data-testid=finding-body] .story li').count() >= 3);
    // The spray finding's evidence, in the grid.
    const spray = fs.findIndex((f) => f.rule === truth.password_spray.rule);
    await page.click(`[data-testid=finding] >> nth=${spray} >> .finding__head`);
    const label = await page.textContent(`[data-testid=finding] >> nth=${spray} >> [data-testid=evidence-signins]`);
    const n = Number(label.match(/(\d+)/)[1]);
    await page.click(`[data-testid=finding] >> nth=${spray} >> [data-testid=evidence-signins]`);
    await page.waitForSelector('[data-testid=grid-signins]');
    await page.waitForTimeout(200);
    assert.equal(await shown(page), n);
    const ips = await page.$$eval('[data-testid=grid-signins] [data-testid=row]', (rs) => rs.map((r) => r.querySelectorAll('[role=gridcell]')[4].textContent));
    assert.ok(ips.every((ip) => ip === truth.password_spray.ips[0]), ips.join(','));
    // The takeover's audit evidence, in the audit grid.
    await page.click('[data-testid=tab-findings]');
    await page.click('[data-testid=finding] >> nth=0 >> .finding__head');
    await page.click('[data-testid=finding] >> nth=0 >> [data-testid=evidence-audits]');
    await page.waitForTimeout(200);
    assert.equal(await shown(page, 'audit'), 3);
  });
});

test('settings and allow-lists re-run detection and are kept in the link', async () => {
  await withDemo(async (page) => {
    let fs = await findings(page);
    assert.ok(fs.some((f) => f.rule === truth.password_spray.rule));
    await page.click('[data-testid=detect-settings]');
    await page.fill('[data-testid=settings] textarea[data-field=allow_ips]', '185.220.101.0/24');
    await page.press('[data-testid=settings] textarea[data-field=allow_ips]', 'Tab');
    await page.waitForTimeout(300);
    fs = await page.$$eval('[data-testid=finding]', (x) => x.map((f) => f.dataset.rule));
    assert.ok(!fs.includes(truth.password_spray.rule), 'an allow-listed address is never flagged');
    assert.match(decodeURIComponent(page.url()), /"allow_ips":\["185\.220\.101\.0\/24"\]/);
    await page.click('[data-testid=settings-reset]');
    await page.waitForTimeout(300);
    await page.fill('[data-testid=settings] input[data-field=mfa_fatigue_min_denials]', '20');
    await page.press('[data-testid=settings] input[data-field=mfa_fatigue_min_denials]', 'Tab');
    await page.waitForTimeout(300);
    fs = await page.$$eval('[data-testid=finding]', (x) => x.map((f) => f.dataset.rule));
    assert.ok(!fs.includes(truth.push_bombing.rule), 'twelve denials are below a threshold of twenty');
    await page.click('[data-testid=settings-reset]');
    await page.waitForTimeout(300);
    fs = await page.$$eval('[data-testid=finding]', (x) => x.map((f) => f.dataset.rule));
    assert.ok(fs.includes(truth.push_bombing.rule) && fs.includes(truth.password_spray.rule));
    assert.ok(!decodeURIComponent(page.url()).includes('"detect"'));
  });
});

async function facet(page, field, values) {
  await page.click('[data-testid=add-filter]');
  await page.click(`[data-testid=filter-menu] [data-field=${field}]`);
  for (const v of values) {
    const sel = `[data-testid=facet-values] input[data-value="${v}"]`;
    if (!(await page.locator(sel).count())) {
      const have = await page.locator('[data-testid=facet-values] input').evaluateAll((x) => x.map((i) => i.dataset.value));
      throw new Error(`facet ${field} has no ${v}: ${have.join(', ')} (${page.url()})`);
    }
    await page.click(sel);
  }
  await page.click('[data-testid=facet-apply]');
  await page.waitForTimeout(200);
}

async function next(page, n) {
  await page.waitForFunction(() => !document.querySelector('[data-testid=trainer-next]')?.disabled, null, { timeout: 5000 });
  assert.match(await page.textContent('[data-testid=trainer-status]'), /^Correct/);
  await page.click('[data-testid=trainer-next]');
  if (n) assert.match(await page.textContent('.trainer__step'), new RegExp(`Question ${n} of`));
}

test('trainer mode: every question answered by doing it, to the end; progress is in the link', async () => {
  await withDemo(async (page) => {
    await page.click('[data-testid=trainer-start]');
    assert.match(await page.textContent('[data-testid=trainer-question]'), /password spray/);
    assert.ok(await page.isDisabled('[data-testid=trainer-next]'));
    await page.click('[data-testid=trainer-hint]');
    assert.ok((await page.textContent('.trainer__hint')).length > 20);
    // 1. The spray's success.
    await page.click('[data-testid=add-filter]');
    await page.click('[data-testid=filter-menu] [data-field=ip]');
    await page.fill('[data-testid=facet-cidr]', truth.password_spray.ips[0]);
    await page.click('[data-testid=facet-apply]');
    await facet(page, 'status', ['Success']);
    const rows = await page.$$eval('[data-testid=grid-signins] [data-testid=row]', (rs) => rs.map((r) => r.querySelectorAll('[role=gridcell]')[2].textContent));
    await page.click(`[data-testid=grid-signins] [data-testid=row] >> nth=${rows.indexOf('Microsoft Office')}`);
    await next(page, 2);
    assert.match(decodeURIComponent(page.url()), /"trainer":1/);
    // 2. A sign-in showing the MFA method.
    await page.click('[data-testid=clear-filters]');
    await facet(page, 'mfa_method', ['Mobile app notification']);
    await page.click('[data-testid=grid-signins] [data-testid=row] >> nth=0');
    await next(page, 3);
    // 3. High risk.
    await page.click('[data-testid=clear-filters]');
    await facet(page, 'risk_during', ['high']);
    await next(page, 4);
    // 4. The MFA-fatigue finding.
    await page.click('[data-testid=clear-filters]');
    await page.click('[data-testid=tab-findings]');
    await page.click(`[data-testid=finding][data-rule=${truth.push_bombing.rule}] .finding__head`);
    await next(page, 5);
    // 5. The traveller's profile.
    await page.click('[data-testid=tab-users]');
    await page.fill('[data-testid=users-view] input[type=search]', truth.traveller.users[0]);
    await page.click('[data-testid=user-row] >> nth=0');
    await next(page, 6);
    // 6. The consent in the audit log.
    await page.click('[data-testid=tab-audit]');
    await page.fill('[data-testid=search]', 'Mail Sync Pro');
    await page.waitForTimeout(500);
    await page.click('[data-testid=grid-audit] [data-testid=row] >> nth=0');
    await next(page, 7);
    // 7. The disabled account's code.
    await page.click('[data-testid=tab-signins]');
    await facet(page, 'code', ['50057']);
    await next(page, 8);
    // 8. Legacy protocols.
    await page.click('[data-testid=clear-filters]');
    await facet(page, 'client_app', ['IMAP4']);
    await next(page);
    assert.match(await page.textContent('[data-testid=trainer-done]'), /answered all 8/);
  });
});
