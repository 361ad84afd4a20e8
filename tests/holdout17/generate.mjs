// Holdout-17 population: "Tasmarine Lines Pty Ltd" (fictional), a trans-Tasman / South Pacific shipping line with
// offices in Melbourne (HQ), Sydney, Brisbane, Fremantle, Auckland and Singapore, three container terminals with
// shared kiosks, and twelve ships on Starlink. Export shape: what an incident responder gets from the Microsoft
// Graph PowerShell SDK in Windows PowerShell 5.1, Hawk-style (see README):
//   InteractiveSignIns.json     Get-MgBetaAuditLogSignIn -All | ConvertTo-Json -Depth 100 | Out-File -Encoding UTF8
//   NonInteractiveSignIns.json  the same with a signInEventTypes filter, one call per UTC day, Out-File -Append
//   EntraIDAuditLogs.json       Get-MgAuditLogDirectoryAudit -All | ConvertTo-Json -Depth 100 | Out-File -Encoding UTF8
//   truth.json                  the planted intrusions
// Usage: node tests/holdout17/generate.mjs --out DIR [--seed N] [--quiet]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/prng.mjs';
import { buildTenant, TENANT } from './lib/tenant.mjs';
import { Ctx, T0, T1, DAY } from './lib/context.mjs';
import { honest } from './lib/honest.mjs';
import { reserve, scenarios } from './lib/scenarios.mjs';
import { signinRecord, CA_STATE } from './lib/signin.mjs';
import { auditRecord } from './lib/audit.mjs';
import { PSJsonFile } from './lib/psjson.mjs';

export const FILES = { signins: 'InteractiveSignIns.json', noninteractive: 'NonInteractiveSignIns.json', audits: 'EntraIDAuditLogs.json' };

export function generate({ out, seed = 17, quiet = false } = {}) {
  if (!out) throw new Error('generate: out directory required');
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  CA_STATE.legacyBlockOff = [Infinity, Infinity];
  const rng = new Rng(seed);
  const tenant = buildTenant(rng.fork('tenant'));
  const ctx = new Ctx(rng.fork('events'), tenant);
  const plan = reserve(ctx);
  const info = honest(ctx);
  const truthScenarios = scenarios(ctx, plan);

  // attack addresses must never appear in honest rows (the scoring matches findings by user or address)
  const attackIps = new Set(truthScenarios.flatMap((s) => s.ips));
  for (const e of ctx.signins) if (!e.attack && attackIps.has(e.ip)) throw new Error(`honest sign-in uses attack address ${e.ip}`);
  for (const s of truthScenarios) for (const ip of s.ips) if (!ctx.signins.some((e) => e.attack === s.name && e.ip === ip) && !ctx.audits.some((a) => a.attack === s.name && a.actor && a.actor.ip === ip)) throw new Error(`${s.name}: address ${ip} unused`);

  const byTimeDesc = (a, b) => b.t - a.t || (a.id < b.id ? -1 : 1);
  const inter = ctx.signins.filter((e) => e.inter).sort(byTimeDesc);
  const nonInter = ctx.signins.filter((e) => !e.inter).sort(byTimeDesc);
  const audits = ctx.audits.sort((a, b) => b.t - a.t || (a.corr < b.corr ? -1 : 1));

  const paths = { signins: join(dir, FILES.signins), noninteractive: join(dir, FILES.noninteractive), audits: join(dir, FILES.audits) };
  // interactive: one Get-MgBetaAuditLogSignIn -All call, one ConvertTo-Json, newest first
  const f1 = new PSJsonFile(paths.signins);
  f1.writeConvertToLazy(inter.length, (i) => signinRecord(inter[i]));
  const b1 = f1.close();
  // non-interactive: the responder's loop, oldest UTC day first, each day's call newest first, appended
  const f2 = new PSJsonFile(paths.noninteractive);
  for (let d = 0; d * DAY < T1 - T0; d++) {
    const lo = T0 + d * DAY, hi = lo + DAY;
    const day = nonInter.filter((e) => e.t >= lo && e.t < hi);
    f2.writeConvertToLazy(day.length, (i) => signinRecord(day[i]));
  }
  const b2 = f2.close();
  const arng = rng.fork('audit-ids');
  const f3 = new PSJsonFile(paths.audits);
  f3.writeConvertToLazy(audits.length, (i) => auditRecord(audits[i], arng));
  const b3 = f3.close();

  const benignInter = inter.filter((e) => !e.attack).length, benignNon = nonInter.filter((e) => !e.attack).length;
  const truth = {
    population: 'holdout17',
    seed,
    tenant: { name: 'Tasmarine Lines Pty Ltd (fictional)', id: TENANT.id, domain: TENANT.domain },
    window: { start: new Date(T0).toISOString(), end: new Date(T1).toISOString() },
    files: FILES,
    benign: { signins: benignInter + benignNon, interactive: benignInter, noninteractive: benignNon, audits: audits.filter((a) => !a.attack).length },
    scenarios: truthScenarios,
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const stats = { users: tenant.users.length + ctx.extraUsers.length, interactive: inter.length, noninteractive: nonInter.length, audits: audits.length };
  if (!quiet) {
    console.log(`holdout17 seed ${seed}: ${stats.users} accounts; ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins (${truth.benign.signins} honest); ${stats.audits} audit events; ${truthScenarios.length} scenarios`);
    console.log(`  ${FILES.signins} ${(b1 / 1e6).toFixed(1)} MB, ${FILES.noninteractive} ${(b2 / 1e6).toFixed(1)} MB, ${FILES.audits} ${(b3 / 1e6).toFixed(1)} MB -> ${dir}`);
  }
  return { files: paths, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const a = process.argv.slice(2);
  const get = (k) => { const i = a.indexOf(k); return i >= 0 ? a[i + 1] : undefined; };
  const out = get('--out');
  if (!out) { console.error('usage: node tests/holdout17/generate.mjs --out DIR [--seed N] [--quiet]'); process.exit(2); }
  const seed = get('--seed') !== undefined ? Number(get('--seed')) : 17;
  generate({ out, seed, quiet: a.includes('--quiet') });
}
