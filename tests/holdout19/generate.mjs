// holdout19: "Dünenwind Offshore SE" — a German–Dutch offshore wind operator (HQ Hamburg, Groningen/Eemshaven, an O&M
// base in Esbjerg, a 24/7 control room, offshore technicians on satellite / 4G-at-sea links, a Krakow service desk).
// Export shape: Microsoft Graph REST pages saved by a script, one zip per kind (see README.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from './lib/prng.mjs';
import { ZipWriter } from './lib/zip.mjs';
import { pages } from './lib/graph.mjs';
import { buildPeople } from './lib/people.mjs';
import { honest } from './lib/benign.mjs';
import { honestAdmin } from './lib/admin.mjs';
import { plant } from './lib/attacks.mjs';
import { POOL, SITE } from './lib/world.mjs';
import { T0, DAY, HOUR } from './lib/emit.mjs';

export const SEED = 190019;

export function generate({ out = 'target/holdout19', quiet = false } = {}) {
  const t0 = Date.now();
  const rng = new Rng(SEED);
  const people = buildPeople(rng.fork('people'));
  const W = { rng: rng.fork('events'), people, S: [], N: [], P: [], A: [], reserved: new Set(), skipHonest: new Set(), deskDay: [], adminDay: [] };
  const r = rng.fork('setup');

  // applications (service principals) of the tenant
  const app = (name, type) => ({ name, appId: r.guid(), spId: r.guid(), objId: r.guid(), cred: { type, keyId: r.guid(), thumb: type === 'certificate' ? r.hex(40).toUpperCase() : '' } });
  W.apps = { scada: app('SCADA-Export-Prod', 'certificate'), pbi: app('PowerBI-Gateway-Connector', 'clientSecret'), meter: app('Metering-API-Gateway', 'certificate'),
    veeam: app('Veeam-M365-Backup', 'certificate'), devops: app('DevOps-Pipeline-Deploy', 'clientSecret'), rotator: app('KeyVault-Secret-Rotator', 'certificate') };
  W.apps.pbi.cred2 = { type: 'clientSecret', keyId: r.guid(), thumb: '' };
  W.apps.scada.lib = 'Family: MSAL Library: MSAL.NET 4.66.1 Platform: .NET';
  W.webex = { spId: r.guid() };
  W.pbiExpiry = T0 + 3 * DAY; W.pbiRotated = T0 + 3 * DAY + 8.3 * HOUR;

  // shared devices
  W.consoles = [1, 2, 3, 4].map((i) => ({ id: r.guid(), name: `HAM-LEIT-OPS0${i}`, os: 'Windows 10', compliant: true, managed: true, trust: 'Hybrid Azure AD joined' }));
  W.workshopPc = { id: r.guid(), name: 'ESB-WERKSTATT-01', os: 'Windows 10', compliant: true, managed: true, trust: 'Azure AD joined' };
  W.cloudPcs = new Map(people.users.filter((u) => u.role === 'desk').map((u) => [u.upn, { id: r.guid(), name: `CPC-${u.upn.split('@')[0].replace('.', '').slice(0, 6)}-${r.hex(5).toUpperCase()}`, os: 'Windows 10', compliant: true, managed: true, trust: 'Azure AD joined' }]));
  W.hetznerIp = new Map(people.users.filter((u) => u.hetzner).map((u) => [u.upn, POOL.hetznerFsn.ip(r)]));
  people.rooms.slice(-2).forEach((x) => { x.android = true; });

  // victims and special people
  const by = (pred) => people.users.filter(pred);
  const office = (site) => by((u) => u.role === 'office' && u.site === site && !u.upn.startsWith('adm-') && !people.admins.some((a) => a.daily === u));
  const take = (xs) => { for (;;) { const u = r.pick(xs); if (!W.reserved.has(u.upn)) { W.reserved.add(u.upn); u.leave = new Set(); return u; } } };
  const V = {};
  V.aitm = take(office(SITE.HQ)); V.consent = take(office(SITE.GRO)); V.devcode = take(office(SITE.HQ)); V.fatigue = take(office(SITE.ESB));
  V.replay = take(office(SITE.HQ)); V.replay.officeRate = 1; V.spray1 = take(office(SITE.GRO)); V.dormant = take(office(SITE.HQ)); V.dormant.activeFrom = 99;
  V.roleTarget = take(by((u) => u.role === 'contractor')); V.caExcluded = take(office(SITE.HQ)); V.ficOwner = take(by((u) => u.role === 'contractor'));
  V.roleAdmin = people.admins[2]; V.caAdmin = people.admins[3]; V.ficAdmin = people.admins[1];
  V.sprayShared = people.svc.workshop;
  V.guest = people.guests[3]; V.guest.activity = 0.8; W.reserved.add(V.guest.upn);
  W.victims = V;
  W.leavers = []; for (let i = 0; i < 6; i++) { const u = take(office(r.pick([SITE.HQ, SITE.GRO, SITE.ESB]))); u.disabledDay = 3 + i + r.int(0, 2); W.leavers.push(u); }
  W.returning = take(office(SITE.HQ)); W.returning.activeFrom = 9;
  W.newHireAdmin = take(office(SITE.HQ));
  for (const g of r.sample(people.guests.filter((g) => g !== V.guest), 22)) { g.invitedDay = r.int(0, 12); g.activeFrom = g.invitedDay + 1; }

  honest(W);
  honestAdmin(W);
  const before = { S: W.S.length, N: W.N.length, P: W.P.length, A: W.A.length };
  const scenarios = plant(W);
  const planted = { S: W.S.length - before.S, N: W.N.length - before.N, P: W.P.length - before.P, A: W.A.length - before.A };

  const desc = (k) => (a, b) => (a[k] < b[k] ? 1 : a[k] > b[k] ? -1 : 0);
  W.S.sort(desc('createdDateTime')); W.N.sort(desc('createdDateTime')); W.P.sort(desc('createdDateTime')); W.A.sort(desc('activityDateTime'));

  mkdirSync(out, { recursive: true });
  const mtime = new Date('2026-12-07T06:12:40Z');
  const pr = rng.fork('pages');
  const zipOf = (path, docs) => { const z = new ZipWriter(mtime); docs.forEach((d, i) => z.add(`page-${String(i + 1).padStart(4, '0')}.json`, d)); z.write(path); };
  const files = { signins: join(out, 'signins.zip'), noninteractive: join(out, 'noninteractive.zip'), audits: join(out, 'audits.zip') };
  const B = 'https://graph.microsoft.com/beta/auditLogs/signIns';
  const CTX = 'https://graph.microsoft.com/beta/$metadata#auditLogs/signIns';
  zipOf(files.signins, pages(pr, W.S, { context: CTX, base: B }));
  zipOf(files.noninteractive, [
    ...pages(pr, W.N, { context: CTX, base: B, filter: 'signInEventTypes%2fany(t%3a+t+eq+%27nonInteractiveUser%27)' }),
    ...pages(pr, W.P, { context: CTX, base: B, filter: 'signInEventTypes%2fany(t%3a+t+eq+%27servicePrincipal%27)' }),
  ]);
  zipOf(files.audits, pages(pr, W.A, { context: 'https://graph.microsoft.com/v1.0/$metadata#auditLogs/directoryAudits', base: 'https://graph.microsoft.com/v1.0/auditLogs/directoryAudits' }));

  const benign = { interactive: W.S.length - planted.S, noninteractive: W.N.length - planted.N, servicePrincipal: W.P.length - planted.P, audits: W.A.length - planted.A };
  benign.signins = benign.interactive + benign.noninteractive + benign.servicePrincipal;
  const truth = { seed: SEED, tenant: 'Dünenwind Offshore SE (duenenwind.com)', window: { start: '2026-11-23T00:00:00Z', end: '2026-12-07T00:00:00Z' }, benign, planted, scenarios };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const stats = { users: people.users.length, interactive: W.S.length, noninteractive: W.N.length + W.P.length, servicePrincipal: W.P.length, audits: W.A.length, ms: Date.now() - t0 };
  if (!quiet) console.log(JSON.stringify({ stats, benign, planted }, null, 2));
  return { files, truth, stats };
}

if (import.meta.url === `file://${process.argv[1]}`) generate({ out: process.argv[2] || 'target/holdout19' });
