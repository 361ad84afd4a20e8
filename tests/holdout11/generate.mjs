#!/usr/bin/env node
// Holdout 11 - "Nordlys Air": a Nordic regional airline's Entra ID logs as Azure Monitor
// diagnostic-settings records (storage-account JSON Lines), with 12 planted attacks.
//   node tests/holdout11/generate.mjs --out DIR [--seed N]
import { mkdirSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/prng.mjs';
import { Registry } from './lib/registry.mjs';
import { START, END, DAY, HOUR, MIN, TENANT_ID } from './lib/world.mjs';
import { buildTenant } from './lib/tenant.mjs';
import { Ctx } from './lib/kit.mjs';
import { atLocal } from './lib/routines.mjs';
import { buildTimelines, crewLife, groundLife, techLife, officeLife, sdeskLife, guestLife, serviceLife } from './lib/life.mjs';
import { honestAudits } from './lib/audits.mjs';
import { plantAttacks } from './lib/attacks.mjs';

export const FILES = {
  signins: 'insights-logs-signinlogs_2026-02-09_2026-02-22.json',
  noninteractive: 'insights-logs-noninteractiveusersigninlogs_2026-02-09_2026-02-22.json',
  audits: 'insights-logs-auditlogs_2026-02-09_2026-02-22.json',
};

export function generate(outOrOpts, seedArg) {
  const opts = typeof outOrOpts === 'object' && outOrOpts !== null ? outOrOpts : { out: outOrOpts, seed: seedArg };
  const out = resolve(opts.out);
  const seed = opts.seed ?? 11;
  const log = opts.quiet ? () => {} : (...a) => console.error(...a);
  const root = new Rng(`holdout11:${seed}`);
  const reg = new Registry(root.fork('registry'));
  const { people } = buildTenant(root.fork('tenant'), reg);
  const rng = root.fork('life');

  // lifecycle: leavers, new hires, Cloud PC hosts, WSL users, the visiting lessor engineer, new guests
  const pick = (f, n) => rng.sample(people.filter(f), n);
  const leavers = [...pick((p) => p.role === 'cabin' && !p.newHire, 3), ...pick((p) => p.role === 'office', 2), ...pick((p) => p.role === 'ground', 1)];
  leavers.forEach((p, i) => { p.leaveAt = atLocal(2 + i * 2, 15.5 + i * 0.3); });
  const newHires = people.filter((p) => p.newHire);
  newHires.forEach((p, i) => { p.startAt = atLocal(7, 8.4) + i * 7 * MIN; });
  for (const p of people) if (p.egress === 'avd') p.avdHost = { id: rng.guid(), name: `CPC-${p.local.split('.')[0].slice(0, 5)}-${rng.alnum(5)}`, os: 'Windows10', compliant: true, managed: true, trust: 'Azure AD joined' };
  people.filter((p) => p.role === 'it' && p.dev).slice(0, 2).forEach((p) => { p.wslDeviceCode = true; });
  people.filter((p) => p.role === 'guest-lessor')[0].visitor = true;
  const newGuests = people.filter((p) => p.role === 'guest-handling').slice(-2);
  for (const g of newGuests) g.startAt = atLocal(1, 12) + 3 * HOUR;

  // three head-office staff spend the second week's winter holiday in Thailand
  for (const p of pick((x) => x.role === 'office' && !x.finance && !x.hr && !x.leaveAt && !x.newHire, 3)) p.ferie = 'phuket';
  buildTimelines(rng, people);
  const ctx = new Ctx(rng, reg);
  ctx.from = START; ctx.to = END;

  const mkDev = (kind, tag) => ({ id: rng.guid(), name: `NLA-${kind}-${tag}-${rng.alnum(3)}`, os: 'Windows10', compliant: true, managed: true, trust: 'Azure AD joined' });
  const kiosks = { OSL: Array.from({ length: 22 }, () => mkDev('KSK', 'OSL')), BGO: Array.from({ length: 10 }, () => mkDev('KSK', 'BGO')), TRD: Array.from({ length: 8 }, () => mkDev('KSK', 'TRD')), TOS: Array.from({ length: 7 }, () => mkDev('KSK', 'TOS')), ARN: Array.from({ length: 6 }, () => mkDev('KSK', 'ARN')) };
  const stations = { OSL: Array.from({ length: 14 }, () => mkDev('HGR', 'OSL')), BGO: Array.from({ length: 6 }, () => mkDev('HGR', 'BGO')), TRD: Array.from({ length: 5 }, () => mkDev('HGR', 'TRD')) };

  for (const p of people) {
    switch (p.role) {
      case 'pilot': case 'cabin': crewLife(ctx, p); break;
      case 'ground': groundLife(ctx, p, kiosks); break;
      case 'tech': techLife(ctx, p, stations); break;
      case 'occ': case 'office': case 'it': officeLife(ctx, p); break;
      case 'sdesk': sdeskLife(ctx, p); break;
      case 'guest-handling': case 'guest-lessor': guestLife(ctx, p); break;
      default: break;
    }
  }
  serviceLife(ctx, null, people);
  honestAudits(ctx, people, { leavers, newHires, newGuests });
  const scenarios = plantAttacks(ctx, people, { leavers });

  // ---- checks: scenario addresses are intruder-only and never on an honest row or audit
  const intruder = new Set();
  for (const s of scenarios) for (const ip of s.ips) { reg.assertRole(ip, 'intruder'); intruder.add(ip); }
  for (const r of ctx.rows) if (r.benign && intruder.has(r.ip)) throw new Error(`benign row uses intruder address ${r.ip}`);
  for (const a of ctx.audits) if (a.benign && intruder.has(a.ip)) throw new Error(`benign audit uses intruder address ${a.ip}`);
  for (const [ip, e] of reg.byIp) if (e.role === 'intruder' && !intruder.has(ip)) throw new Error(`intruder address ${ip} not in truth`);

  const rows = ctx.rows.filter((r) => r.t >= START && r.t < END);
  const seen = new Set();
  for (const r of rows) if (!r.benign) seen.add(r.ip);
  for (const a of ctx.audits) if (!a.benign) seen.add(a.ip);
  for (const ip of intruder) if (!seen.has(ip)) throw new Error(`scenario address ${ip} appears in no attack row`);
  for (const s of scenarios) if (!(Date.parse(s.start) >= START && Date.parse(s.end) < END)) throw new Error(`scenario ${s.name} outside the period`);
  const audits = ctx.audits.filter((a) => a.t >= START && a.t < END);
  const byTime = (a, b) => a.t - b.t;
  const inter = rows.filter((r) => r.i).sort(byTime);
  const non = rows.filter((r) => !r.i).sort(byTime);
  audits.sort(byTime);

  mkdirSync(out, { recursive: true });
  const files = { signins: join(out, FILES.signins), noninteractive: join(out, FILES.noninteractive), audits: join(out, FILES.audits) };
  const write = (path, list) => {
    const fd = openSync(path, 'w');
    let buf = [];
    for (const r of list) { buf.push(r.line); if (buf.length >= 4000) { writeSync(fd, Buffer.concat(buf)); buf = []; } }
    if (buf.length) writeSync(fd, Buffer.concat(buf));
    closeSync(fd);
  };
  write(files.signins, inter); write(files.noninteractive, non); write(files.audits, audits);

  const count = (list, benign) => list.filter((r) => r.benign === benign).length;
  const stats = { users: people.length, interactive: count(inter, true), noninteractive: count(non, true), audits: count(audits, true) };
  const attackCounts = { interactive: count(inter, false), noninteractive: count(non, false), audits: count(audits, false) };
  const perScenario = {};
  for (const s of scenarios) perScenario[s.name] = { signins: rows.filter((r) => r.scen === s.name).length, audits: audits.filter((a) => a.scen === s.name).length };
  const truth = {
    population: 'holdout11', tenant: 'Nordlys Air (fictional Nordic regional airline)', tenantId: TENANT_ID, seed,
    period: { start: new Date(START).toISOString(), end: new Date(END).toISOString() },
    format: 'Azure Monitor diagnostic settings, storage-account JSON Lines (one record per line)',
    files: FILES,
    scenarios,
    benign: { signins: stats.interactive + stats.noninteractive, interactive: stats.interactive, noninteractive: stats.noninteractive, audits: stats.audits, accounts: people.length },
    attack: { ...attackCounts, perScenario },
  };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  log(`holdout11 seed ${seed}: ${stats.users} accounts, benign ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins, ${stats.audits} audits; attack ${attackCounts.interactive} + ${attackCounts.noninteractive} sign-ins, ${attackCounts.audits} audits`);
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const out = get('--out');
  if (!out) { console.error('usage: node tests/holdout11/generate.mjs --out DIR [--seed N]'); process.exit(2); }
  const seed = get('--seed') !== undefined ? Number(get('--seed')) : 11;
  generate({ out, seed });
}
