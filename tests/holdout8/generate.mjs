// Holdout-8 population: "Tallawang Resources Group", an Australian / Chilean / South African mining and
// engineering group with FIFO mine sites, crib-room kiosks, camp Starlink and an offshore IT outsourcer.
//   node tests/holdout8/generate.mjs --out DIR [--seed N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng } from './lib/rng.mjs';
import { AddressBook } from './lib/world.mjs';
import { buildTenant } from './lib/tenant.mjs';
import { Emitter } from './lib/emit.mjs';
import { planTrips, planHolidays } from './lib/travel.mjs';
import { officeUser, guestUser } from './lib/office.mjs';
import { fifoUser, residentUser, mspUser, svcUser, smtpScanner } from './lib/site.mjs';
import { benignAudits } from './lib/admin.mjs';
import { CSV_HEADER, csvRow } from './lib/record.mjs';
import * as A1 from './lib/attacks1.mjs';
import * as A2 from './lib/attacks2.mjs';

export function generate({ out, seed = 8, quiet = false } = {}) {
  const t0 = Date.now();
  const rng = makeRng(seed, 'holdout8');
  const T = buildTenant(rng.fork('tenant'));
  const book = new AddressBook();
  const E = new Emitter(rng.fork('records'), book);
  planTrips(T.execs, rng.fork('trips'));
  planHolidays(T.users, rng.fork('holidays'));

  for (const u of T.users) {
    const r = rng.fork('u/' + u.id);
    if (u.kind === 'office' || u.kind === 'exec') officeUser(E, r, u);
    else if (u.kind === 'guest') guestUser(E, r, u);
    else if (u.kind === 'fifo') fifoUser(E, r, u, T.sites);
    else if (u.kind === 'resident') residentUser(E, r, u, T.sites);
    else if (u.kind === 'msp') mspUser(E, r, u);
    else if (u.kind === 'svc') svcUser(E, r, u);
    else if (u.kind === 'smtp') smtpScanner(E, r, u);
  }
  const benignInter = E.inter.length, benignNon = E.non.length;
  const audits = benignAudits(E, rng.fork('admin'), T);

  // victims and attackers' footholds
  const ra = rng.fork('attacks');
  const office = (city, pred = () => true) => T.users.filter((u) => u.kind === 'office' && u.homeKey === city && !u.onLeave && pred(u));
  const admins = T.msp.filter((u) => u.role === 'cloudadmin'), desk = T.msp.filter((u) => u.role === 'helpdesk'), noc = T.msp.filter((u) => u.role === 'noc');
  const scen = [
    A1.aitmPerfectData(E, ra.fork('1'), office('perth', (u) => !u.engineer)[3]),
    A1.aitmNewMethodGuest(E, ra.fork('2'), office('brisbane', (u) => !u.engineer)[5]),
    A1.passwordSpray(E, ra.fork('3'), T),
    A1.mfaFatigue(E, ra.fork('4'), office('santiago', (u) => u.engineer)[2]),
    A2.consentPhishing(E, ra.fork('5'), office('johannesburg', (u) => !u.engineer)[4]),
    A2.deviceCode(E, ra.fork('6'), office('perth', (u) => !u.engineer)[11]),
    A2.smtpAbuse(E, ra.fork('7'), T.shared[1]),
    A2.tokenReplay(E, ra.fork('8'), office('johannesburg', (u) => u.engineer)[1]),
    A2.spCredential(E, ra.fork('9'), admins[3]),
    A2.helpdeskTakeover(E, ra.fork('10'), desk[7], T.execs[5]),
    A2.insiderRole(E, ra.fork('11'), noc[4]),
    A2.federatedDomain(E, ra.fork('12'), admins[5], admins[6]),
  ];
  for (const s of scen) audits.push(...s.audits);

  // no honest sign-in or audit may come from a scenario address
  const attackIps = new Set(scen.flatMap((s) => [...s.ips]));
  for (const [, xs] of E.seen) for (const [, a] of xs) if (attackIps.has(a.ip)) throw new Error('benign use of attacker IP ' + a.ip);

  const byTime = (a, b) => (a.createdDateTime < b.createdDateTime ? -1 : a.createdDateTime > b.createdDateTime ? 1 : a.id < b.id ? -1 : 1);
  E.inter.sort(byTime); E.non.sort(byTime);
  audits.sort((a, b) => (a.activityDateTime < b.activityDateTime ? -1 : a.activityDateTime > b.activityDateTime ? 1 : a.id < b.id ? -1 : 1));

  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  const files = {
    signins: join(dir, 'InteractiveSignIns_2025-08-04_2025-08-17.csv'),
    noninteractive: join(dir, 'NonInteractiveSignIns_2025-08-04_2025-08-17.json'),
    audits: join(dir, 'AuditLogs_2025-08-04_2025-08-17.json'),
    truth: join(dir, 'truth.json'),
  };
  writeFileSync(files.signins, CSV_HEADER + '\r\n' + E.inter.map(csvRow).join('\r\n') + '\r\n');
  writeFileSync(files.noninteractive, '[\n' + E.non.map((s) => JSON.stringify(s)).join(',\n') + '\n]\n');
  writeFileSync(files.audits, '[\n' + audits.map((a) => JSON.stringify(a)).join(',\n') + '\n]\n');
  const truth = {
    seed,
    tenant: 'Tallawang Resources Group (mining & engineering: Perth HQ, Brisbane, Santiago, Antofagasta, Johannesburg; Pilbara, Bowen Basin, Atacama and Rustenburg sites)',
    window: { start: '2025-08-04T00:00:00Z', end: '2025-08-18T00:00:00Z' },
    scenarios: scen.map((s) => s.truth()),
    benign: { signins: benignInter + benignNon, interactive: benignInter, noninteractive: benignNon },
  };
  writeFileSync(files.truth, JSON.stringify(truth, null, 2) + '\n');
  const stats = { users: T.users.length, interactive: E.inter.length, noninteractive: E.non.length, audits: audits.length };
  if (!quiet) {
    console.log(`holdout8 seed ${seed}: ${stats.users} accounts, ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins, ${stats.audits} audit events; benign sign-ins ${truth.benign.signins}`);
    for (const s of truth.scenarios) console.log(`  ${s.name}: ${s.signins} sign-ins, ${s.audits} audits, ${s.users.length} users, ${s.ips.length} ips, ${s.start} → ${s.end}`);
    console.log(`written to ${dir} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const out = get('--out');
  if (!out) { console.error('usage: node tests/holdout8/generate.mjs --out DIR [--seed N]'); process.exit(2); }
  generate({ out, seed: get('--seed') ? Number(get('--seed')) : 8 });
}
