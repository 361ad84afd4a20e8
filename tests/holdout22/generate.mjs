// holdout22 generator: "Mavuno Cooperative Bank" — see README.md. Writes the Microsoft-Extractor-Suite /
// SOF-ELK style collection (Graph beta signIn objects and v1.0 directoryAudit objects, one compact JSON
// object per line, gzip) plus truth.json into `out`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/prng.mjs';
import { buildTenant } from './lib/tenant.mjs';
import { World } from './lib/world.mjs';
import { runBenign, planLifecycle, applyPhoneSwaps, runLifecycleSignins, runBenignAudit } from './lib/benign.mjs';
import { castScenarios, runScenarios } from './lib/scenarios.mjs';

export const SEED = 220_226;
const here = dirname(fileURLToPath(import.meta.url));

export const FILES = {
  signins: 'SignInLogs-interactiveUser.sof-elk.json.gz',
  noninteractive: 'SignInLogs-nonInteractiveUser.sof-elk.json.gz',
  audits: 'AuditLogs.sof-elk.json.gz',
};

function ndjsonGz(records, key) {
  records.sort((a, b) => (a[key] < b[key] ? 1 : a[key] > b[key] ? -1 : 0)); // Graph order: newest first
  const bufs = [];
  for (let i = 0; i < records.length; i += 4000) {
    let chunk = '';
    for (const r of records.slice(i, i + 4000)) chunk += JSON.stringify(r) + '\n';
    bufs.push(Buffer.from(chunk, 'utf8'));
  }
  return gzipSync(Buffer.concat(bufs), { level: 5 });
}

export function generate({ out = resolve(here, '..', '..', 'target', 'holdout22'), quiet = false } = {}) {
  const t0 = Date.now();
  const rng = new Rng(SEED);
  const tenant = buildTenant(rng.fork('tenant'));
  const W = new World(rng.fork('world'), tenant);
  const ctx = { reserved: new Set(), sspr: [] };
  W.ctx = ctx;
  const cast = castScenarios(W, ctx);
  planLifecycle(W, ctx);
  ctx.leavers.push(cast.leaver);
  applyPhoneSwaps(W, ctx);
  runBenign(W, ctx);
  runLifecycleSignins(W, ctx);
  runBenignAudit(W, ctx);
  const benign = { interactive: W.inter.length, noninteractive: W.nonint.length, audits: W.audits.length };
  benign.signins = benign.interactive + benign.noninteractive;
  const scenarios = runScenarios(W, ctx, cast);

  mkdirSync(out, { recursive: true });
  const files = {};
  const write = (name, recs, key) => { const p = join(out, FILES[name]); writeFileSync(p, ndjsonGz(recs, key)); files[name] = p; };
  write('signins', W.inter, 'createdDateTime');
  write('noninteractive', W.nonint, 'createdDateTime');
  write('audits', W.audits, 'activityDateTime');

  const truth = {
    population: 'holdout22',
    tenant: 'Mavuno Cooperative Bank (fictional)',
    seed: SEED,
    period: { start: '2026-02-15T21:00:00Z', end: '2026-03-01T21:00:00Z' },
    files: FILES,
    benign: { signins: benign.signins, interactive: benign.interactive, noninteractive: benign.noninteractive, audits: benign.audits },
    scenarios,
  };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const stats = { users: tenant.users.length, interactive: W.inter.length, noninteractive: W.nonint.length, audits: W.audits.length, ms: Date.now() - t0 };
  if (!quiet) {
    console.log(`holdout22: ${stats.users} accounts; ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins, ${stats.audits} audit events (benign ${benign.signins} sign-ins, ${benign.audits} audits); ${scenarios.length} scenarios; ${stats.ms} ms -> ${out}`);
    for (const s of scenarios) console.log(`  ${s.id}: ${s.signins} sign-ins, ${s.audits} audits, ${s.users.length} users, ${s.ips.length} ips, ${s.start} .. ${s.end}`);
  }
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outArg = process.argv.indexOf('--out');
  generate({ out: outArg > 0 ? resolve(process.argv[outArg + 1]) : undefined });
}
