// Holdout-23 population generator: "Chebucto University", a fictional research university in Halifax, Nova Scotia,
// 14 days (UTC dates 2026-10-19 .. 2026-11-01) exported from the Entra admin center as CSV downloads
// (interactive sign-ins, non-interactive sign-ins, audit log), with thirteen planted attacks.
//   node tests/holdout23/generate.mjs --out DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/rng.mjs';
import { NetRegistry } from './lib/net.mjs';
import { buildTenant } from './lib/tenant.mjs';
import { RowFactory } from './lib/rows.mjs';
import { Audit } from './lib/audit.mjs';
import { makeHelpers, runHumans } from './lib/benign.mjs';
import { plannedPeople, services, backgroundAudit } from './lib/services.mjs';
import { extras } from './lib/extras.mjs';
import { attacks, attackEffects, AN, sprayNets } from './lib/attacks.mjs';
import { SIGNIN_HEADER, AUDIT_HEADER, writeCsv } from './lib/csv.mjs';
import { START, END } from './lib/calendar.mjs';

export const SEED = 20261023;

/** Benign look-alikes of attacks, listed in truth.json for whoever reads a false finding. */
function describeLookalikes(ctx) {
  const { T } = ctx, N = T.named, L = ctx.lookalikes;
  const trip = (u) => u.trips.map((t) => `${t.kind} ${new Date(t.start).toISOString().slice(0, 16)}Z..${new Date(t.end).toISOString().slice(0, 16)}Z ${t.net.loc.city} ${t.net.loc.cc}${t.phoneRoams ? ' (phone roams through its Canadian carrier)' : ''}`).join('; ');
  for (const u of [N.catriona, N.weiz, N.megan, N.scott, N.alasdair]) L.push(`${u.upn}: ${trip(u)}`);
  for (const u of T.users.filter((x) => x.kind === 'acad' && x.trips.length && ![N.catriona, N.weiz, N.megan, N.alasdair].includes(x))) L.push(`${u.upn}: ${trip(u)}`);
  L.push(`${N.nathan.upn}: developer working remotely from Calgary (Telus), campus VPN, Azure CLI device-code login and refreshes from an Azure build VM`);
  L.push(`${N.ian.upn}: PIM activation of Global Administrator on Saturday 31 Oct 22:06 ADT over the campus VPN (${ctx.ianMaintenance.ip}) for an approved Entra Connect upgrade`);
  L.push(`${N.mfpChem.upn}: password rotated Tue 20 Oct 16:21 ADT, printer not updated until Wed 11:06 ADT: every scan fails three times (50126, Authenticated SMTP) from the printer NAT`);
  L.push(`${T.mailArchiveApp.name}: client secrets rotated by the cu-secret-rotator managed identity at 03:00 ADT (also CU SIS Export Connector, HPC Globus Connector, Library Alma Integration, Brightspace Roster Sync)`);
  for (const { u, app } of ctx.appRegs) L.push(`${u.upn}: registered app ${app.name} and added its first client secret from campus`);
  const risky = ctx.consents.filter((c) => c.a.scopes.includes('offline_access'));
  L.push(`user consents to verified apps with offline_access (${[...new Set(risky.map((c) => c.a.name))].join(', ')}) by ${[...new Set(risky.map((c) => c.u.upn))].length} users; the vendors' back ends refresh the tokens from AWS/GCP in the US with a client secret`);
  const vpnStudents = T.users.filter((u) => u.vpn && u.mode !== 'remote');
  L.push(`${vpnStudents.length} students use a commercial VPN (M247 / Datacamp exits in Toronto, Montreal, New York) for part of their home sign-ins`);
  L.push(`${T.users.filter((u) => u.mode === 'remote').length} international students study remotely from home (CN, IN, NG, IR, ...); ${T.users.filter((u) => u.mode === 'remote' && u.vpn).length} Chinese students use a VPN exit in Hong Kong or Canada`);
  L.push(`${T.users.filter((u) => u.trips.some((t) => t.kind === 'home-visit')).length} students travel home for the reading week (domestic and international flights, no sign-ins in the air)`);
  L.push(`${T.users.filter((u) => u.devices.phone?.privateRelay).length} iPhone users browse through iCloud Private Relay (Cloudflare / Akamai exits geolocated to Halifax)`);
  L.push(`${T.users.filter((u) => (u.kind === 'leaver' && u.staleDevice) || u.leaves).length} disabled accounts whose old phones keep trying to refresh mail (50057)`);
  L.push('mobile carriers (Rogers, Bell, Telus) use CGNAT pools shared by hundreds of subscribers, some addresses geolocated to Toronto, Montreal, Moncton or Calgary');
}
const FILES = {
  signins: 'InteractiveSignIns_2026-10-19_2026-11-01.csv',
  noninteractive: 'NonInteractiveSignIns_2026-10-19_2026-11-01.csv',
  audits: 'AuditLogs_2026-10-19_2026-11-01.csv',
};

export function generate({ out, quiet = false } = {}) {
  const root = new Rng(SEED);
  const reg = new NetRegistry(root.fork('net'));
  for (const n of Object.values(AN)) reg.reserve(n.ip, 'attack');
  const spray = sprayNets(root.fork('spray'));
  for (const n of spray) reg.reserve(n.ip, 'attack');

  const T = buildTenant(root.fork('tenant'), reg);
  const tr = root.fork('tenant-apps');
  T.graphSpId = tr.guid();
  T.thunderbirdSpId = tr.guid();
  for (const e of Object.values(T.ent)) e.spId = tr.guid();
  const key = (name) => `[KeyIdentifier=${tr.guid()},KeyType=Password,KeyUsage=Verify,DisplayName=${name}]`;
  T.mailArchiveApp = { name: 'CU Mail Archive Connector', id: tr.guid(), objectId: tr.guid(), spId: tr.guid(), keys: [key('rotated-2026-09')] };
  T.rotatedApps = [
    { name: 'CU SIS Export Connector', id: T.ent.sisExport.id, objectId: tr.guid(), spId: T.ent.sisExport.spId, keys: [key('rotated-2026-09')] },
    T.mailArchiveApp,
    { name: 'HPC Globus Connector', id: tr.guid(), objectId: tr.guid(), spId: tr.guid(), keys: [key('rotated-2026-09')] },
    { name: 'Library Alma Integration', id: tr.guid(), objectId: tr.guid(), spId: tr.guid(), keys: [key('rotated-2026-09')] },
    { name: 'Brightspace Roster Sync', id: T.ent.lmsSync.id, objectId: tr.guid(), spId: T.ent.lmsSync.spId, keys: [key('rotated-2026-09')] },
  ];
  T.mailArchiveApp.current = [key('rotated-2026-10')];

  const F = new RowFactory(root.fork('rows'), T);
  const A = new Audit(root.fork('audit'), T, F);
  const stats = { sspr: 0, mfaRegistrations: 0, lapsed: 0, tap: 0 };
  const rates = { winI: 0.75, winN: 2.2, macI: 0.75, macN: 1.6, linI: 0.9, linN: 0.45, lapI: 0.65, lapN: 0.5, phoneI: 0.12, phoneN: 0.65, tabN: 0.4, staffMul: 1.6, studentMul: 0.7 };
  const ctx = { rng: root.fork('benign'), T, reg, F, A, stats, rates, lookalikes: [] };
  ctx.H = makeHelpers(ctx);
  attackEffects(T);
  plannedPeople({ ...ctx, rng: root.fork('planned') });
  backgroundAudit(Object.assign(ctx, { rng: root.fork('background') }));
  runHumans(Object.assign(ctx, { rng: root.fork('humans') }));
  services(Object.assign(ctx, { rng: root.fork('services') }));
  extras(Object.assign(ctx, { rng: root.fork('extras') }));
  const scenarios = attacks({ ...ctx, rng: root.fork('attacks'), sprayNets: spray });
  describeLookalikes(ctx);

  // clip to the export window, newest first (as the portal lists and downloads them)
  const inWin = (r) => r.t >= START && r.t < END;
  const order = (a, b) => b.t - a.t;
  const si = F.signins.filter(inWin);
  const inter = si.filter((r) => !r.ni).sort(order);
  const nonint = si.filter((r) => r.ni).sort(order);
  const aud = F.audits.filter(inWin).sort(order);

  // every address in a scenario's `ips` must be attack-only
  const benignIps = new Set(si.filter((r) => !r.attack).map((r) => r.cells[25]));
  for (const s of scenarios) for (const ip of s.ips) if (benignIps.has(ip)) throw new Error(`attack IP ${ip} of ${s.name} is also used by benign traffic`);

  mkdirSync(out, { recursive: true });
  const files = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, join(out, f)]));
  const bytes = {
    signins: writeCsv(files.signins, SIGNIN_HEADER, inter.map((r) => r.cells)),
    noninteractive: writeCsv(files.noninteractive, SIGNIN_HEADER, nonint.map((r) => r.cells)),
    audits: writeCsv(files.audits, AUDIT_HEADER, aud.map((r) => r.cells)),
  };
  const count = (rows, f) => rows.filter(f).length;
  const users = T.users.length + ctx.newGuests.length;
  const truth = {
    seed: SEED,
    tenant: { name: T.name, id: T.id, accounts: Object.fromEntries([...T.users.reduce((m, u) => m.set(u.kind, (m.get(u.kind) ?? 0) + 1), new Map())].concat([['invited-guests', ctx.newGuests.length]])), domains: [T.domain, T.studentDomain, 'alumni.chebucto.ca'], timezone: 'America/Halifax', window: { start: new Date(START).toISOString(), end: new Date(END).toISOString() } },
    benign: {
      signins: count(si, (r) => !r.attack),
      interactive: count(inter, (r) => !r.attack),
      noninteractive: count(nonint, (r) => !r.attack),
      audits: count(aud, (r) => !r.attack),
      accounts: users,
      selfServiceResets: stats.sspr,
      firstMfaRegistrations: stats.mfaRegistrations,
      lapsedTokens: stats.lapsed,
      temporaryAccessPasses: stats.tap,
    },
    attack: { signins: count(si, (r) => r.attack), interactive: count(inter, (r) => r.attack), noninteractive: count(nonint, (r) => r.attack), audits: count(aud, (r) => r.attack) },
    scenarios,
    lookalikes: ctx.lookalikes,
  };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const result = { files, truth, stats: { users, interactive: inter.length, noninteractive: nonint.length, audits: aud.length, bytes } };
  if (!quiet) {
    console.log(`holdout23 (seed ${SEED}): ${users} accounts, ${inter.length} interactive + ${nonint.length} non-interactive sign-ins, ${aud.length} audit events`);
    console.log(`benign: ${truth.benign.signins} sign-ins (${truth.benign.interactive} interactive, ${truth.benign.noninteractive} non-interactive), ${truth.benign.audits} audit events; attack: ${truth.attack.signins} sign-ins, ${truth.attack.audits} audit events`);
    for (const [k, p] of Object.entries(files)) console.log(`  ${p} (${(bytes[k] / 1e6).toFixed(1)} MB)`);
  }
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1] : resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'target', 'holdout23');
  generate({ out, quiet: process.argv.includes('--quiet') });
}
