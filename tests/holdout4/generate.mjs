// holdout4: a seeded, deterministic generator of 14 days of Entra ID logs for "Harbour & Rail
// Logistics" with planted intrusions.   node tests/holdout4/generate.mjs --out DIR [--seed N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/rng.mjs';
import { T0, T1, iso } from './lib/clock.mjs';
import { city } from './lib/geo.mjs';
import { buildWorld } from './lib/world.mjs';
import { ATTACK } from './lib/signin.mjs';
import { prepareAdmin, adminWork, countryPolicy } from './lib/benign-admin.mjs';
import { planTrips, officeAndSales, itStaff, guests } from './lib/benign-office.mjs';
import { warehouse, drivers, contactCentre } from './lib/benign-frontline.mjs';
import { machines } from './lib/benign-machines.mjs';
import { attacks } from './lib/attacks.mjs';
import { writeCsv, writeJsonArray } from './lib/output.mjs';

export function generate({ out, seed = 4, quiet = false } = {}) {
  if (!out) throw new Error('generate: out directory required');
  const started = Date.now();
  const root = new Rng(seed, 'holdout4');
  const w = buildWorld(root);
  const named = new Map();
  const nameId = (kind, name) => { const k = `${kind}:${name}`; if (!named.has(k)) named.set(k, root.fork(k).guid()); return named.get(k); };
  const groupNames = new Map();
  const ctx = {
    root, rng: root.fork('events'), w, geo: w.geo, tenant: w.tenant, inter: [], non: [], audits: [], caIds: w.caIds, resSp: w.resSp,
    local: new Map(), geoCity: city, countryAllowed: countryPolicy(), appOwners: new Map(),
    roleId: (role) => nameId('role', role.name),
    groupId: (name) => { const id = nameId('group', name); groupNames.set(id, name); return id; },
    groupName: (id) => groupNames.get(id),
  };
  for (const a of Object.values(w.apps)) ctx.appOwners.set(a.id, w.tenant.id);
  for (const a of Object.values(w.consentApps)) ctx.appOwners.set(a.id, root.fork(`vendor:${a.key}`).guid());
  prepareAdmin(ctx);
  planTrips(ctx);
  const scenarios = attacks(ctx);
  warehouse(ctx);
  drivers(ctx);
  contactCentre(ctx);
  officeAndSales(ctx);
  itStaff(ctx);
  guests(ctx);
  machines(ctx);
  adminWork(ctx);

  const inWin = (s) => { const t = Date.parse(s); return t >= T0 && t < T1; };
  const newestFirst = (key) => (a, b) => (a[key] < b[key] ? 1 : a[key] > b[key] ? -1 : 0);
  const inter = ctx.inter.filter((r) => inWin(r.createdDateTime)).sort(newestFirst('createdDateTime'));
  const non = ctx.non.filter((r) => inWin(r.createdDateTime)).sort(newestFirst('createdDateTime'));
  const audits = ctx.audits.filter((r) => inWin(r.activityDateTime)).sort(newestFirst('activityDateTime'));
  const planted = (r) => r[ATTACK] !== undefined;
  const benignInter = inter.filter((r) => !planted(r)).length;
  const benignNon = non.filter((r) => !planted(r)).length;

  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  const files = { signins: join(dir, 'signins.csv'), noninteractive: join(dir, 'noninteractive.json'), audits: join(dir, 'audits.json'), truth: join(dir, 'truth.json') };
  writeCsv(files.signins, inter, ctx.appOwners);
  writeJsonArray(files.noninteractive, non);
  writeJsonArray(files.audits, audits);
  const accounts = w.users.filter((u) => !u.guest).length + w.guests.length;
  const stats = { users: accounts, interactive: inter.length, noninteractive: non.length, audits: audits.length, ms: 0 };
  const truth = {
    seed, tenant: { id: w.tenant.id, name: w.tenant.name, domain: w.tenant.domain },
    window: { start: iso(T0), end: iso(T1) },
    scenarios,
    benign: { signins: benignInter + benignNon, interactive: benignInter, noninteractive: benignNon, audits: audits.filter((r) => !planted(r)).length },
    planted: { signins: inter.length + non.length - benignInter - benignNon, audits: audits.filter(planted).length },
  };
  writeFileSync(files.truth, JSON.stringify(truth, null, 2) + '\n');
  stats.ms = Date.now() - started;
  if (!quiet) {
    console.log(`holdout4 seed ${seed}: ${stats.users} accounts, ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins, ${stats.audits} audit events, ${scenarios.length} scenarios, ${(stats.ms / 1000).toFixed(1)} s → ${dir}`);
  }
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const out = get('--out');
  if (!out) { console.error('usage: node tests/holdout4/generate.mjs --out DIR [--seed N]'); process.exit(2); }
  const seed = get('--seed') !== undefined ? Number(get('--seed')) : 4;
  generate({ out, seed });
}
