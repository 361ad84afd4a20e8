// Holdout-25 population: "Alpenflug Regional GmbH", an Austrian regional airline (Vienna hub, crew bases at
// Innsbruck, Graz and Salzburg, outstations in 14 European countries). 14 days of Entra ID logs as the admin
// center's JSON downloads (interactive sign-ins, non-interactive sign-ins, audit log), with 13 planted attacks.
//   node tests/holdout25/generate.mjs --out DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/rng.mjs';
import { START, DAYS, DAY, HOUR, MIN, TZ, ipOf, ATTACK_NETS, NETS } from './lib/world.mjs';
import { buildDirectory } from './lib/directory.mjs';
import { makeBenign } from './lib/benign.mjs';
import { benignAudits, SP } from './lib/audits.mjs';
import { plantAttacks } from './lib/attacks.mjs';
import { signIn, audit } from './lib/records.mjs';

export const SEED = 'holdout25-alpenflug-2026';
const local = (day, h) => START + day * DAY + (h - TZ) * HOUR;

function lifecycle(ctx, plan) {
  const { rng, users } = ctx;
  const A = (a) => ctx.A.push(audit(a, rng));
  const S = (ev) => { (ev.interactive ? ctx.I : ctx.NI).push(signIn(ev, rng)); ctx.benignIps.add(ev.ip); };
  const desk = users.filter((u) => u.group === 'servicedesk');
  const userT = (u) => ({ id: u.id, type: 'User', upn: u.upn });
  // Joiners: the new cabin-crew intake (created day 1, TAP day 2, first sign-in with the TAP on day 3 at HQ training)
  // and the seasonal ground staff (created day 5, TAP day 6, first sign-in day 7).
  const intake = users.filter((u) => u.joiner);
  const seasonal = users.filter((u) => u.seasonal && u.group === 'ground');
  for (const [list, dAdd, grp, site] of [[intake, 1, 'SG-Cabin-Crew-Intake-2026-03', 'corp-hq'], [seasonal, 5, 'SG-Ground-Seasonal-Summer-2026', 'corp-crew']]) {
    const gid = rng.guid();
    for (const u of list) {
      const t = local(dAdd, 2 + rng.float(0, 0.3));
      A({ t, category: 'UserManagement', activity: 'Add user', op: 'Add', app: SP.provisioning, targets: [{ ...userT(u), props: [['AccountEnabled', '[]', '[true]'], ['JobTitle', '[]', JSON.stringify([u.crew ? 'Cabin Crew Trainee' : 'Ground Operations Agent (seasonal)'])], ['Included Updated Properties', null, '"AccountEnabled, JobTitle"']] }] });
      A({ t: t + 60000, category: 'GroupManagement', activity: 'Add member to group', op: 'Assign', app: SP.provisioning, targets: [userT(u), { id: gid, name: grp, type: 'Group', props: [['Group.DisplayName', null, JSON.stringify(grp)]] }] });
      const agent = rng.pick(desk);
      const tt = local(dAdd + 1, rng.float(9, 16));
      A({ t: tt, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin registered security info', op: 'Add', actor: agent, ip: ipOf('corp-hq', 0), reason: 'Admin registered temporary access pass method for user', targets: [userT(u)] });
      const tf = local(dAdd + 2, rng.float(8.6, 10.5));
      const d = u.ipad || { id: '', os: 'Windows10', browser: 'Edge 133.0.0', kind: 'laptop', compliant: false, managed: false };
      const ip = ipOf(site, rng.int(0, 3));
      S({ user: u, dev: d, net: site, ip, appKey: 'mySignins', interactive: true, t: tf, auth: 'tap', clientApp: 'Browser', ua: 'Mozilla/5.0 (iPad; CPU OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148' });
      A({ t: tf + 4 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', op: 'Add', actor: u, ip, reason: 'User registered Authenticator App with Notification and Code', targets: [userT(u)] });
      A({ t: tf + 4 * MIN + 5000, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered all required security info', op: 'Add', actor: u, ip, reason: 'User registered all required security info', targets: [userT(u)] });
      S({ user: u, dev: d, net: site, ip, appKey: 'officeHome', interactive: true, t: tf + 6 * MIN, auth: 'mfa-push', clientApp: 'Browser', ua: 'Mozilla/5.0 (iPad; CPU OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148' });
    }
  }
  // Leavers: disabled by HR provisioning at the end of their last day, sessions revoked.
  for (const u of plan.leavers) {
    const t = u.disabledAt;
    A({ t, category: 'UserManagement', activity: 'Disable account', op: 'Update', app: SP.provisioning, targets: [{ ...userT(u), props: [['AccountEnabled', '[true]', '[false]'], ['Included Updated Properties', null, '"AccountEnabled"']] }] });
    A({ t: t + 2000, category: 'UserManagement', activity: 'Update user', op: 'Update', app: SP.provisioning, targets: [{ ...userT(u), props: [['AccountEnabled', '[true]', '[false]'], ['Included Updated Properties', null, '"AccountEnabled"']] }] });
    const agent = rng.pick(desk);
    A({ t: t + rng.int(20, 200) * MIN, category: 'UserManagement', activity: 'Update user', op: 'Update', actor: agent, ip: ipOf('corp-hq', 0), targets: [{ ...userT(u), props: [['StsRefreshTokensValidFrom', JSON.stringify([new Date(t - 86400000).toISOString()]), JSON.stringify([new Date(t + 600000).toISOString()])], ['Included Updated Properties', null, '"StsRefreshTokensValidFrom"']] }] });
  }
}

export function generate({ out = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'holdout25'), quiet = false } = {}) {
  const rng = new Rng(SEED);
  const users = buildDirectory(rng);
  const ctx = { rng, users, I: [], NI: [], A: [], benignIps: new Set(), ipOf };
  // Plan: leavers, the dormant guest, object ids of the integration apps.
  const plan = { groups: { summerLine: rng.guid() }, appObj: {}, spObj: {}, flightOpsKey: rng.guid() };
  for (const n of ['Flight Ops Integration', 'Crew Roster Sync', 'EFB Briefing', 'TechLog MRO', 'Revenue Management Suite', 'OCC Movement Control']) { plan.appObj[n] = rng.guid(); plan.spObj[n] = rng.guid(); }
  plan.leavers = rng.sample(users.filter((u) => ['hq', 'cabin', 'ground', 'maint'].includes(u.group) && !u.joiner && !u.seasonal), 15);
  for (const u of plan.leavers) u.disabledAt = local(rng.int(1, 10), rng.float(17, 19));
  plan.dormantGuest = users.filter((u) => u.group === 'mroguest')[7];
  plan.dormantGuest.dormant = true;

  makeBenign(ctx);
  lifecycle(ctx, plan);
  benignAudits(ctx, plan);
  const benign = { interactive: ctx.I.length, noninteractive: ctx.NI.length, audits: ctx.A.length };
  benign.signins = benign.interactive + benign.noninteractive;

  // A stolen device keeps its id; the owner's later benign activity moves to the spare she was issued.
  ctx.replaceDevice = (u, oldId, at) => {
    const spare = { id: rng.guid(), name: `AF-EFB-${rng.int(1000, 9999)}` };
    u.ipadSpareName = spare.name;
    for (const arr of [ctx.I, ctx.NI]) for (const r of arr) if (r.deviceDetail.deviceId === oldId && Date.parse(r.createdDateTime) >= at) { r.deviceDetail.deviceId = spare.id; r.deviceDetail.displayName = spare.name; }
  };
  const scenarios = plantAttacks(ctx, plan);

  // Attack addresses must be ones nothing benign uses.
  for (const s of scenarios) for (const ip of s.ips) if (ctx.benignIps.has(ip)) throw new Error(`attack ip ${ip} (${s.name}) used by benign traffic`);
  for (const ip of Object.keys(ATTACK_NETS)) if (ctx.benignIps.has(ip)) throw new Error(`attack ip ${ip} used by benign traffic`);

  const byTime = (k) => (a, b) => (a[k] < b[k] ? 1 : a[k] > b[k] ? -1 : a.id < b.id ? -1 : 1); // newest first, as the portal lists
  ctx.I.sort(byTime('createdDateTime'));
  ctx.NI.sort(byTime('createdDateTime'));
  ctx.A.sort(byTime('activityDateTime'));
  const dump = (xs) => `[\n${xs.map((x) => JSON.stringify(x)).join(',\n')}\n]\n`;
  mkdirSync(out, { recursive: true });
  const span = '2026-03-02_2026-03-15';
  const files = {
    signins: join(out, `InteractiveSignIns_${span}.json`),
    noninteractive: join(out, `NonInteractiveSignIns_${span}.json`),
    audits: join(out, `AuditLogs_${span}.json`),
  };
  writeFileSync(files.signins, dump(ctx.I));
  writeFileSync(files.noninteractive, dump(ctx.NI));
  writeFileSync(files.audits, dump(ctx.A));
  const stats = { users: users.length, interactive: ctx.I.length, noninteractive: ctx.NI.length, audits: ctx.A.length };
  const truth = {
    seed: SEED,
    tenant: 'Alpenflug Regional GmbH (alpenflug.at), Austrian regional airline; window 2026-03-02T00:00Z to 2026-03-16T00:00Z',
    format: 'Entra admin center JSON downloads: top-level array of beta signIn / directoryAudit objects, newest first',
    files: { signins: `InteractiveSignIns_${span}.json`, noninteractive: `NonInteractiveSignIns_${span}.json`, audits: `AuditLogs_${span}.json` },
    benign,
    scenarios,
  };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  if (!quiet) console.log(`holdout25: ${stats.users} accounts, ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins, ${stats.audits} audit events; benign sign-ins ${benign.signins}; ${scenarios.length} scenarios → ${out}`);
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  generate(i > 0 ? { out: resolve(process.argv[i + 1]) } : {});
}
