// Holdout-6 generator: 14 days of Entra ID logs for "Boreal Pacific Airways", a Canadian airline with
// crews crossing continents, airport ground staff on shared devices, a maintenance organisation with
// contractors, an HQ, an IT department with an outsourced service desk, and partner guests.
//   node tests/holdout6/generate.mjs --out DIR [--seed N]
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { Rng } from './lib/rng.mjs';
import { buildTenant, tenantApps } from './lib/tenant.mjs';
import { World, T0, T1, DAYS } from './lib/world.mjs';
import { PLANTED } from './lib/record.mjs';
import { officeWorker, adminAccount, deskAgent, laptop } from './lib/office.mjs';
import { engineer, contractor, resetPools } from './lib/maintenance.mjs';
import { crewMember } from './lib/crew.mjs';
import { groundAgent, serviceAccount, guest, resetShared } from './lib/ground.mjs';
import { assignLife, lifeEvents } from './lib/lifecycle.mjs';
import { pimActivations, background, helpdesk, lostPhone } from './lib/adminwork.mjs';
import { appWork, guestInvites } from './lib/adminwork2.mjs';
import { plantAttacks } from './lib/attacks.mjs';
import { writeAll } from './lib/write.mjs';

export function generate({ out, seed = 6, quiet = false } = {}) {
  const rng = new Rng(seed);
  resetPools(); resetShared();
  const ten = buildTenant(rng.fork());
  const apps = tenantApps(rng.fork(), ten.tenant);
  const w = new World(rng.fork(), ten);
  const life = assignLife(w);
  const desk = w.users.filter((u) => u.role === 'desk');
  const pimLog = [];
  // routines, in a fixed order
  for (const u of w.users) {
    if (u.role === 'hq' || u.role === 'it') officeWorker(w, u, apps);
    else if (u.role === 'desk') deskAgent(w, u, apps);
    else if (u.role === 'mx') engineer(w, u, apps);
    else if (u.role === 'mxc') contractor(w, u, apps);
    else if (u.role === 'pilot' || u.role === 'cabin') crewMember(w, u, apps);
    else if (u.role === 'ground') groundAgent(w, u, apps);
    else if (u.role === 'svc') serviceAccount(w, u, apps);
    else if (u.role === 'guest') guest(w, u, apps);
  }
  for (const a of w.admins) { laptop(w.rng, a.owner); adminAccount(w, a, pimLog); }
  pimLog.sort((x, y) => x.t - y.t);
  lifeEvents(w, life, desk, { lostPhone: (u) => lostPhone(w, desk, u) });
  pimActivations(w, pimLog);
  background(w);
  helpdesk(w, desk);
  const spIds = {};
  const next = appWork(w, pimLog, apps, spIds);
  guestInvites(w, next);
  const benign = { signins: w.I.length + w.N.length, interactive: w.I.length, noninteractive: w.N.length, audits: w.A.length };
  const scenarios = plantAttacks(w, apps, { desk, spIds });
  const planted = (xs) => xs.filter((x) => x[PLANTED]).length;
  const stats = { users: w.users.length, interactive: w.I.length, noninteractive: w.N.length, audits: w.A.length };
  const truth = {
    seed, tenant: { name: ten.tenant.name, id: ten.tenant.id, domain: ten.tenant.domain },
    window: { start: new Date(T0).toISOString(), end: new Date(T1).toISOString(), days: DAYS },
    stats,
    benign: { signins: benign.signins, interactive: benign.interactive, noninteractive: benign.noninteractive, audits: benign.audits },
    planted: { signins: planted(w.I) + planted(w.N), interactive: planted(w.I), noninteractive: planted(w.N), audits: planted(w.A) },
    scenarios,
  };
  const files = writeAll(out, w, truth, {
    signins: 'InteractiveSignIns_2026-01-12_2026-01-25.csv', noninteractive: 'NonInteractiveSignIns_2026-01-12_2026-01-25.json', audits: 'AuditLogs_2026-01-12_2026-01-25.json',
  });
  if (!quiet) console.log(`holdout6 seed ${seed}: ${stats.users} accounts, ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins, ${stats.audits} audit events; ${scenarios.length} scenarios → ${out}`);
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const out = get('--out');
  if (!out) { console.error('usage: node tests/holdout6/generate.mjs --out DIR [--seed N]'); process.exit(2); }
  const seed = get('--seed') !== undefined ? Number(get('--seed')) : 6;
  generate({ out: resolve(out), seed });
}
