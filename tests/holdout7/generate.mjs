// Holdout-7 population: "Meridianloop", a remote-first software & consulting company (~2,000 staff in
// 26 countries), 14 days of Entra ID sign-in and audit logs with 12 planted intrusions.
//   node tests/holdout7/generate.mjs --out DIR [--seed N]
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { Rng } from './lib/rng.mjs';
import { Registry } from './lib/net.mjs';
import { buildTenant, buildPeople, buildGuests, DOMAIN } from './lib/people.mjs';
import { makePlans, DAYS } from './lib/plans.mjs';
import { makeCtx } from './lib/emit.mjs';
import { makeRoutine } from './lib/routine.mjs';
import { makeSpecial, serviceAccounts } from './lib/special.mjs';
import { adminAudits } from './lib/admin.mjs';
import { actorApps } from './lib/audit.mjs';
import { aitmTycoon, spray, mfaFatigue, deviceCode } from './lib/attacks1.mjs';
import { illicitConsent, spBackdoor, guestBackdoor, legacyImap } from './lib/attacks2.mjs';
import { cookieReplay, insiderRole, federationBackdoor, evilProxyMfa } from './lib/attacks3.mjs';
import { writeAll } from './lib/write.mjs';

const DAY = 86_400_000;
const SCENARIOS = [aitmTycoon, spray, mfaFatigue, deviceCode, illicitConsent, spBackdoor, guestBackdoor, legacyImap, cookieReplay, insiderRole, federationBackdoor, evilProxyMfa];

function serviceAccountsOf(rng, reg, T) {
  const acct = (local, name, ip, tz, dev = null) => ({ id: rng.uuid(), upn: `${local}@${DOMAIN}`, name, type: 'member', homeTenantId: T.tenant.id, ip, tz, dev });
  const room = (local, name, office, tz) => acct(local, name, office, tz, { kind: 'android', id: rng.uuid(), name: `MTR-${rng.alnum(6)}`, os: 'Android 12', browser: 'Rich Client 1.0', compliant: true, managed: true, trust: 'Azure AD registered' });
  return {
    mfpLis: acct('svc-mfp-lisbon', 'Scanner Lisbon office', T.offices.lis.ip, 1), mfpAus: acct('svc-mfp-austin', 'Scanner Austin office', T.offices.aus.ip, -5),
    archive: acct('svc-mailarchive', 'Mail archive connector', reg.shared('aws', 'fra'), 2), pbi: acct('svc-pbi-gateway', 'Power BI data gateway', reg.shared('azure', 'ams'), 2),
    rooms: [room('room-lisbon-atlantico', 'Lisbon - Atlantico room', T.offices.lis.ip, 1), room('room-lisbon-tejo', 'Lisbon - Tejo room', T.offices.lis.ip, 1), room('room-austin-pecan', 'Austin - Pecan room', T.offices.aus.ip, -5)],
    testAdmin: acct('test.sso.admin', 'TEST SSO Admin (2021)', null, 0), breakglass: [acct('bg-admin-01', 'Break Glass 01', null, 0), acct('bg-admin-02', 'Break Glass 02', null, 0)],
  };
}

export function generate({ out, seed = 7, quiet = false } = {}) {
  const began = Date.now();
  const START = Date.UTC(2025, 8, 8); // Monday 8 September 2025, 00:00 UTC
  const reg = new Registry(new Rng(seed, 'addresses'));
  const T = buildTenant(new Rng(seed, 'tenant'), reg);
  T.START = START; T.graphSpId = new Rng(seed, 'sp').uuid(); T.exoSpId = new Rng(seed, 'sp2').uuid();
  const users = buildPeople(new Rng(seed, 'people'), reg, T, 2000);
  T.staff = { helpdesk: users.filter((u) => u.special === 'helpdesk') };
  const gr = new Rng(seed, 'guests'), guests = buildGuests(gr, T);
  for (const g of gr.sample(guests, 16)) g.newInvite = true;
  const svc = serviceAccountsOf(new Rng(seed, 'svc'), reg, T);
  const P = makePlans(new Rng(seed, 'plans'), reg, users, T);
  const ctx = makeCtx(new Rng(seed, 'benign'), reg, T.tenant);
  ctx.audits = [];
  const apps = actorApps(new Rng(seed, 'apps'));
  const gq = new Rng(seed, 'groups'), groups = ['all-staff', 'eng-all', 'consulting-emea', 'consulting-amer', 'sales-global', 'lic-m365-e5', 'lic-github', 'vpn-warp-users', 'mdm-autopilot'].map((name) => ({ id: gq.uuid(), name }));

  const R = makeRoutine(ctx, P, START);
  R.assignOnCall(users);
  for (const u of users) for (let d = -1; d <= DAYS; d++) R.day(u, d);
  R.onCallNights(users);
  const S = makeSpecial(ctx, P, R, T, apps, groups), er = new Rng(seed, 'events');
  for (const u of users) {
    if (u.special === 'joiner') S.joiner(u);
    if (u.special === 'leaver') S.leaver(u);
  }
  const steady = users.filter((u) => !u.special);
  for (let d = 0; d < DAYS; d++) if (d % 7 < 5) {
    for (const u of er.sample(steady, er.int(2, 6))) S.passwordChange(u, d);
    for (const u of er.sample(steady, er.int(1, 4))) S.newPhone(u, d);
  }
  for (const g of guests) S.guest(g);
  serviceAccounts(ctx, R, T, svc);
  adminAudits(ctx, R, T, users, apps, groups, guests);

  // Planted intrusions: own random stream, records tagged with the scenario's name.
  const actx = { ...makeCtx(new Rng(seed, 'attacks'), reg, T.tenant), inter: ctx.inter, non: ctx.non, audits: ctx.audits };
  const vr = new Rng(seed, 'victims'), taken = new Set();
  const E = {
    ctx: actx, reg, START, users, T, apps, svc,
    victim(pred) {
      const ok = users.filter((u) => pred(u) && !taken.has(u) && u.start === 0 && u.end === 99 && u.special !== 'nomad' && (u.special === 'itadmin' || u.days.every((p) => p.kind === 'home')));
      const v = vr.pick(ok); taken.add(v); return v;
    },
  };
  const scenarios = SCENARIOS.map((fn, i) => { actx.owner = `scenario-${i}`; const s = fn(E); s.tag = actx.owner; return s; });
  // The export window is [START, START + 14 days): drop the tails that spill over; attacks must fit inside.
  const END = START + DAYS * DAY, inWin = (r) => { const t = Date.parse(r.createdDateTime || r.activityDateTime); return t >= START && t < END; };
  for (const k of ['inter', 'non', 'audits']) {
    const bad = ctx[k].find((r) => r._owner !== 'benign' && !inWin(r));
    if (bad) throw new Error(`${bad._owner} record outside the window`);
    ctx[k] = ctx[k].filter(inWin);
  }
  const all = [...ctx.inter, ...ctx.non, ...ctx.audits];
  for (const s of scenarios) {
    const mine = all.filter((r) => r._owner === s.tag), ts = mine.map((r) => Date.parse(r.createdDateTime || r.activityDateTime));
    s.start = new Date(Math.min(...ts)).toISOString(); s.end = new Date(Math.max(...ts)).toISOString(); s.records = mine.length;
    delete s.tag;
  }
  const attackIps = new Set(scenarios.flatMap((s) => s.ips));
  const benign = [...ctx.inter, ...ctx.non].filter((r) => r._owner === 'benign');
  const leak = benign.find((r) => attackIps.has(r.ipAddress)) || ctx.audits.find((r) => r._owner === 'benign' && attackIps.has(r.initiatedBy.user?.ipAddress));
  if (leak) throw new Error(`benign record uses a scenario address ${leak.ipAddress}`);
  for (const ip of attackIps) if (reg.info(ip).owner === 'benign') throw new Error(`scenario address ${ip} is a benign allocation`);

  const truth = {
    seed, population: 'holdout7 — Meridianloop (remote-first software & consulting, 26 countries)',
    window: { start: new Date(START).toISOString(), end: new Date(START + DAYS * DAY).toISOString() },
    scenarios: scenarios.map(({ name, users: us, ips, start, end, description, records }) => ({ name, users: us, ips, start, end, records, description })),
    benign: { signins: benign.length, interactive: benign.filter((r) => r.isInteractive).length, noninteractive: benign.filter((r) => !r.isInteractive).length, audits: ctx.audits.filter((r) => r._owner === 'benign').length },
  };
  const stats = { users: users.length + guests.length + 5 + svc.rooms.length + 1, interactive: ctx.inter.length, noninteractive: ctx.non.length, audits: ctx.audits.length };
  const files = writeAll(out, ctx.inter, ctx.non, ctx.audits, truth);
  if (!quiet) {
    console.log(`holdout7 seed ${seed}: ${stats.users} accounts, ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins, ${stats.audits} audit events; ${truth.benign.signins} benign sign-ins`);
    for (const s of truth.scenarios) console.log(`  ${s.name}: ${s.records} records, ${s.start} .. ${s.end}`);
    console.log(`generated in ${((Date.now() - began) / 1000).toFixed(1)} s -> ${out}`);
  }
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (k) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : undefined; };
  const out = arg('--out');
  if (!out) { console.error('usage: node tests/holdout7/generate.mjs --out DIR [--seed N]'); process.exit(2); }
  generate({ out: resolve(out), seed: arg('--seed') ? Number(arg('--seed')) : 7 });
}
