// Holdout 9 — Scheldezorg Ziekenhuisgroep: 14 days (Mon 6 – Sun 19 Oct 2025) of Entra ID logs for a
// public hospital group on both sides of the Dutch-Belgian border with a research institute, and 12
// planted intrusions. Seeded, no clock, no dependencies.
//   node tests/holdout9/generate.mjs --out /tmp/h9 [--seed N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/prng.mjs';
import { Addresses, T0, T1 } from './lib/records.mjs';
import { buildTenant } from './lib/tenant.mjs';
import { makeKit } from './lib/kit.mjs';
import { routines } from './lib/routines.mjs';
import { planSpecial, runSpecial } from './lib/special.mjs';
import { chooseVictims, plantAttacks } from './lib/attacks.mjs';
import { writeCsv, writeJsonArray, jsonRecord, auditRecord } from './lib/emit.mjs';

const day = (t) => new Date(t).toISOString().slice(0, 10);

export function generate({ out, quiet = false, seed = 9 } = {}) {
  if (!out) throw new Error('generate: `out` is required');
  mkdirSync(out, { recursive: true });
  const root = new Rng(seed);
  const addr = new Addresses(root.fork('addresses'));
  const T = buildTenant(root.fork('tenant'), addr);
  const victims = chooseVictims(root.fork('victims'), T);
  const rows = [], audits = [];
  const kit = makeKit(root.fork('honest'), addr, rows, audits);
  const plan = planSpecial(kit, T);
  const R = routines(kit, T, plan.travel);
  runSpecial(kit, T, plan, R);
  // honest rows outside the fortnight (a night shift ending after Sunday midnight) are dropped
  const inWindow = (x) => x.t >= T0 && x.t < T1;
  const benignRows = rows.filter(inWindow), benignAudits = audits.filter(inWindow);
  const atkRows = [], atkAudits = [];
  const akit = makeKit(root.fork('attacks'), addr, atkRows, atkAudits);
  const scenarios = plantAttacks(akit, T, victims);
  for (const x of [...atkRows, ...atkAudits]) if (!inWindow(x)) throw new Error(`attack record outside the window: ${new Date(x.t).toISOString()}`);
  // intruder addresses never appear on an honest row
  const honestIps = new Set(benignRows.map((r) => r.ip));
  for (const s of scenarios) for (const ip of s.ips) if (honestIps.has(ip)) throw new Error(`attacker address ${ip} also honest`);

  const all = [...benignRows, ...atkRows];
  const inter = all.filter((r) => r.interactive), non = all.filter((r) => !r.interactive);
  const span = `${day(T0)}_${day(T1 - 1)}`;
  const files = {
    signins: join(out, `InteractiveSignIns_${span}.csv`),
    noninteractive: join(out, `NonInteractiveSignIns_${span}.json`),
    audits: join(out, `AuditLogs_${span}.json`),
  };
  writeCsv(files.signins, inter);
  writeJsonArray(files.noninteractive, non, (r) => jsonRecord(r));
  writeJsonArray(files.audits, [...benignAudits, ...atkAudits], (a, i) => auditRecord(a, i * 7919 + 13));

  const accounts = new Set(benignRows.map((r) => r.user.id));
  const stats = {
    users: accounts.size,
    interactive: benignRows.filter((r) => r.interactive).length,
    noninteractive: benignRows.filter((r) => !r.interactive).length,
    audits: benignAudits.length,
  };
  const truth = { seed, tenant: 'Scheldezorg Ziekenhuisgroep', period: { start: new Date(T0).toISOString(), end: new Date(T1).toISOString() }, scenarios, benign: { signins: benignRows.length, audits: benignAudits.length, accounts: accounts.size, directoryAccounts: T.users.length } };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  if (!quiet) {
    console.log(`holdout9 seed ${seed}: ${stats.users} accounts signing in (${T.users.length} in the directory), ${stats.interactive} interactive + ${stats.noninteractive} non-interactive benign sign-ins, ${stats.audits} benign audit events`);
    console.log(`planted: ${scenarios.length} scenarios, ${atkRows.length} sign-ins, ${atkAudits.length} audit events`);
    for (const f of Object.values(files)) console.log(`  ${f}`);
  }
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const out = get('--out');
  if (!out) { console.error('usage: node tests/holdout9/generate.mjs --out DIR [--seed N]'); process.exit(2); }
  generate({ out, seed: get('--seed') !== undefined ? Number(get('--seed')) : 9 });
}
