// Holdout 10 — City of Whitmore Bay and Whitmore Bay Public Schools (Michigan), 12–25 January 2026.
// Writes interactive sign-ins (portal CSV), non-interactive sign-ins and the audit log (Graph JSON
// arrays) and truth.json with the planted scenarios.
//   node tests/holdout10/generate.mjs --out DIR [--seed N]      (default seed 10)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, hash32 } from './lib/prng.mjs';
import { Registry } from './lib/registry.mjs';
import { buildTenant } from './lib/tenant.mjs';
import { Kit } from './lib/kit.mjs';
import { makeRoutines } from './lib/routines.mjs';
import { makeSpecial } from './lib/special.mjs';
import { makeEvents } from './lib/audits.mjs';
import { attacks1, scenarioRunner } from './lib/attacks1.mjs';
import { attacks2, prepareAttacks } from './lib/attacks2.mjs';
import { writeCsv, writeJsonArray } from './lib/emit.mjs';

const ROLE_IDS = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10', 'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  'Exchange Administrator': '29232cdf-9323-42fd-ade2-1d097af3e4de', 'Intune Administrator': '3a2c62db-5318-420d-8d74-23affee5d9d5',
  'Conditional Access Administrator': 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', 'Application Administrator': '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  'Groups Administrator': 'fdd7a751-b60b-444a-984c-02652fe8fa1c', 'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814',
};
/** A stable GUID-shaped id for a named directory object. */
const idFor = (kind, name) => {
  const h = [0, 1, 2, 3].map((i) => hash32(`${kind}/${name}/${i}`).toString(16).padStart(8, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** generate(outDir, seed) or generate({ out, seed, quiet }) → { files, truth, stats } */
export function generate(arg = {}, seedArg) {
  const o = typeof arg === 'string' ? { out: arg, seed: seedArg } : { ...arg, seed: arg.seed ?? seedArg };
  const seed = Number.isFinite(Number(o.seed)) && o.seed !== undefined ? Number(o.seed) : 10;
  const out = resolve(o.out || 'holdout10-out');
  mkdirSync(out, { recursive: true });

  const rng = new Rng(seed, 'holdout10');
  const reg = new Registry(rng.fork('addresses'));
  const T = buildTenant(rng.fork('tenant'), reg);
  const k = new Kit(rng.fork('rows'), reg);
  const W = { k, rng: rng.fork('life'), reg, T, site: T.site, roleId: (r) => ROLE_IDS[r], appObjectId: (n) => idFor('app', n), groupId: (n) => idFor('group', n) };
  prepareAttacks(W);
  W.E = makeEvents(W); W.events = W.E.events;
  W.R = makeRoutines(W);
  W.S = makeSpecial(W); W.trip = W.S.trip; W.travel = W.S.travel;

  const R = W.R, S = W.S;
  const byKind = {
    student: R.student, teacher: R.schoolStaff, schoolstaff: R.schoolStaff, sub: R.schoolStaff, it: S.itAdmin,
    office: R.cityOffice, elections: R.cityOffice, field: R.field, library: R.libraryStaff, police: R.police, fire: R.fire,
    dispatch: R.dispatcher, council: R.council, msp: S.msp, guest: R.guest,
  };
  const people = T.people.slice();
  for (let d = -1; d < 14; d++) {
    for (const p of people) {
      if (p.kind === 'service') { if (p.scanner) R.scanner(p, d); else if (p.ropc) { if (d >= 0) R.ropcService(p, d); } else if (p.kiosk) R.kiosk(p, d); continue; }
      const f = byKind[p.kind];
      if (f) f(p, d);
    }
  }
  W.E.bulk();

  const benignCounts = { interactive: k.inter.length, noninteractive: k.non.length, audits: k.audits.length };
  const truth = { seed, tenant: 'City of Whitmore Bay and Whitmore Bay Public Schools (Michigan)', period: { start: '2026-01-12T00:00:00Z', end: '2026-01-25T23:59:59Z' }, scenarios: [] };
  const run = scenarioRunner(W, truth.scenarios);
  attacks1(W, run);
  attacks2(W, run);

  // Every planted address is intruder-only: no benign row, sign-in or audit, carries one.
  const attackIps = new Set(truth.scenarios.flatMap((s) => s.ips));
  for (const list of [k.inter, k.non]) for (const x of list) if (!x.attack && attackIps.has(x.ip)) throw new Error(`benign row uses intruder address ${x.ip}`);
  for (const x of k.audits) if (!x.attack && [...attackIps].some((ip) => x.s.includes(`"ipAddress":"${ip}"`))) throw new Error('benign audit carries an intruder address');

  const count = (xs, attack) => xs.filter((x) => x.attack === attack).length;
  const stats = {
    users: T.people.length,
    signingIn: k.signedIn.size,
    interactive: count(k.inter, false), noninteractive: count(k.non, false), audits: count(k.audits, false),
    attackInteractive: count(k.inter, true), attackNoninteractive: count(k.non, true), attackAudits: count(k.audits, true),
  };
  // Rows an attack scenario wrote for the honest victims themselves (their own devices) are benign.
  if (stats.interactive < benignCounts.interactive || stats.noninteractive < benignCounts.noninteractive) throw new Error('benign rows lost');
  truth.benign = { signins: stats.interactive + stats.noninteractive, interactive: stats.interactive, noninteractive: stats.noninteractive, audits: stats.audits, accounts: stats.users };
  truth.attack = { interactive: stats.attackInteractive, noninteractive: stats.attackNoninteractive, audits: stats.attackAudits };

  const files = {
    signins: join(out, 'InteractiveSignIns_2026-01-12_2026-01-25.csv'),
    noninteractive: join(out, 'NonInteractiveSignIns_2026-01-12_2026-01-25.json'),
    audits: join(out, 'AuditLogs_2026-01-12_2026-01-25.json'),
    truth: join(out, 'truth.json'),
  };
  writeCsv(files.signins, k.inter);
  writeJsonArray(files.noninteractive, k.non);
  writeJsonArray(files.audits, k.audits);
  writeFileSync(files.truth, JSON.stringify(truth, null, 2) + '\n');
  if (!o.quiet) {
    console.log(`holdout10 seed ${seed}: ${stats.users} accounts (${stats.signingIn} sign in), ${stats.interactive} interactive + ${stats.noninteractive} non-interactive benign sign-ins (${truth.benign.signins}), ${stats.audits} benign audit events`);
    console.log(`attacks: ${truth.scenarios.length} scenarios, ${stats.attackInteractive} interactive + ${stats.attackNoninteractive} non-interactive sign-ins, ${stats.attackAudits} audit events`);
    console.log(`wrote ${out}`);
  }
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const out = get('--out');
  if (!out) { console.error('usage: node tests/holdout10/generate.mjs --out DIR [--seed N]'); process.exit(2); }
  generate({ out, seed: get('--seed') ?? 10 });
}
