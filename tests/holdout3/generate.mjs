// Holdout-3 generator: "Nordlys Health", a Norwegian hospital group, 14 days of Entra ID logs.
//   node tests/holdout3/generate.mjs --out DIR [--seed 3] [--scale 1]
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { makeRng, DAY, HOUR, MIN } from './lib/rng.mjs';
import { buildPeople } from './lib/people.mjs';
import { makeCtx, ev, spotMobile } from './lib/session.mjs';
import { clinicalActivity, teleradActivity } from './lib/benign-clinical.mjs';
import { officeActivity } from './lib/benign-office.mjs';
import { planTravel, travelActivity } from './lib/travel.mjs';
import { serviceAccounts, serviceActivity, managedIdentityActivity } from './lib/services.mjs';
import { mkAudits } from './lib/audit.mjs';
import { setupApps, benignAudits } from './lib/adminwork.mjs';
import { aitm, spray, devToken, illicitConsent } from './lib/attacks.mjs';
import { insider, mfaFatigue, dormant, deviceCode } from './lib/attacks2.mjs';
import { APPS, RESOURCES } from './lib/world.mjs';
import { writeAll } from './lib/output.mjs';

export const PERIOD_START = '2026-02-09T00:00:00Z';
const CLINICAL = new Set(['nurse', 'physician', 'radiologist', 'support', 'student']);
const OFFICE = new Set(['admin', 'exec', 'developer', 'itops', 'helpdesk', 'identity', 'research']);

export function generate({ out, quiet = false, seed = 3, scale = 1, days = 14 } = {}) {
  const log = quiet ? () => {} : (...a) => console.error(...a);
  const rng = makeRng(seed);
  const start = Date.parse(PERIOD_START), end = start + days * DAY;
  const { people } = buildPeople(rng.fork('people'), { start, days, scale });
  const svc = serviceAccounts(rng.fork('svc'));
  const trips = planTravel(rng.fork('travel'), people, start);
  const apps = setupApps(rng.fork('apps'), people);
  const pr = rng.fork('roles');
  const free = (p) => !p.trip && !p.startAt && !p.endAt && !p.victim;
  const take = (pred) => { const p = pr.pick(people.filter((x) => free(x) && pred(x))); p.victim = true; return p; };

  // attack victims first, so that joiners / leavers never collide with them
  const dwh = apps.find((a) => a.name === 'Nordlys Data Warehouse Export');
  const reports = apps.find((a) => a.name === 'Nordlys Directory Reports');
  const v = {
    aitm: take((p) => p.role === 'admin' && p.site !== 'oslo'),
    porter: take((p) => p.role === 'support'),
    student: take((p) => p.role === 'student'),
    dev: dwh.ownerP.trip ? null : dwh.ownerP,
    doctor: take((p) => p.role === 'physician' && !p.laptop),
    insider: take((p) => p.role === 'helpdesk'),
    nurse: take((p) => p.role === 'nurse' && p.phone && p.roster.some((s) => s.night && s.end > start + 9 * DAY && s.end < start + 13 * DAY)),
    gone: take((p) => p.role === 'departed'),
    helpdesk2: take((p) => p.role === 'helpdesk'),
    exec: take((p) => p.role === 'exec'),
  };
  if (!v.dev) { dwh.ownerP = take((p) => p.role === 'developer'); v.dev = dwh.ownerP; }
  v.dev.victim = true;
  v.student.phone = null; // never registered MFA: only ever signs in on ward kiosks
  v.helpdesk2.victim = false; // the social-engineered helpdesk agent is not an attacker: keep them ordinary

  // joiners and leavers
  const joiners = pr.sample(people.filter((p) => free(p) && (p.role === 'nurse' || p.role === 'admin')), 10);
  joiners.forEach((p, i) => { p.startAt = start + (1 + (i % 9)) * DAY + 6 * HOUR + pr.int(0, 90) * MIN; });
  const leavers = pr.sample(people.filter((p) => free(p) && (p.role === 'nurse' || p.role === 'admin' || p.role === 'physician')), 5);
  leavers.forEach((p, i) => { p.endAt = start + (2 + 2 * i) * DAY + 15 * HOUR; });

  const ctx = makeCtx(rng.fork('benign'));
  const span = { start, days, end };
  for (const p of people) {
    if (CLINICAL.has(p.role)) clinicalActivity(ctx, p, span);
    else if (p.role === 'teleradiologist') teleradActivity(ctx, p, span);
    else if (OFFICE.has(p.role)) officeActivity(ctx, p, span);
  }
  for (const t of trips) travelActivity(ctx, t);
  for (const a of svc) serviceActivity(ctx, a, span);
  managedIdentityActivity(ctx, span);
  const A = mkAudits(rng.fork('audit'));
  benignAudits(A, ctx, people, span, { joiners, leavers });
  // joiners do not exist before their first day; leavers' phones keep trying after the account is disabled
  const startOf = new Map(joiners.map((p) => [p, p.startAt]));
  const endOf = new Map(leavers.map((p) => [p, p.endAt]));
  const early = (e) => startOf.has(e.user) && e.t < startOf.get(e.user) + 3 * HOUR && e.session !== e.user.tapSession;
  let events = ctx.events.filter((e) => !early(e) && !(endOf.has(e.user) && e.t > endOf.get(e.user) + 3 * HOUR));
  for (const p of leavers) {
    if (!p.phone) continue;
    for (let i = 0; i < 3; i++) {
      ev(ctx, p, p.endAt + (4 + i * 7) * HOUR, { spot: spotMobile(ctx, p), dev: p.phone, app: APPS.teams, res: RESOURCES.teamsSvc, ua: p.phone.teamsUa, inter: false, code: 50057, client: 'Mobile Apps and Desktop clients' });
      events.push(ctx.events[ctx.events.length - 1]);
    }
  }

  // attacks
  const actx = makeCtx(rng.fork('attacks'), 'attack');
  const scenarios = [
    aitm(actx, A, v.aitm, start),
    spray(actx, A, people.filter((p) => !p.startAt), v.porter, v.student, start),
    devToken(actx, A, v.dev, dwh, start),
    illicitConsent(actx, A, v.doctor, start),
    insider(actx, A, v.insider, reports, start),
    mfaFatigue(actx, A, v.nurse, start),
    dormant(actx, A, v.gone, v.helpdesk2, start),
    deviceCode(actx, A, v.exec, start),
  ];
  // newest first, as both the portal download and Graph list them
  events = events.concat(actx.events).filter((e) => e.t >= start && e.t < end).sort((a, b) => b.t - a.t);
  const interactive = events.filter((e) => e.inter);
  const noninteractive = events.filter((e) => !e.inter);
  const audits = A.list.filter((a) => Date.parse(a.activityDateTime) < end).sort((a, b) => (a.activityDateTime < b.activityDateTime ? 1 : -1));
  const benign = events.filter((e) => e.tag === 'benign');
  const truth = {
    seed, tenant: 'Nordlys Health (nordlyshealth.example)', period: { start: new Date(start).toISOString(), end: new Date(end).toISOString() },
    scenarios: scenarios.map((s) => ({ ...s, from: s.start, to: s.end })),
    benign: { signins: benign.length, interactive: benign.filter((e) => e.inter).length, noninteractive: benign.filter((e) => !e.inter).length, audits: audits.filter((a) => a._tag === 'benign').length },
  };
  const stats = { users: people.length + svc.length, interactive: interactive.length, noninteractive: noninteractive.length, audits: audits.length };
  const files = writeAll(out, { interactive, noninteractive, audits, truth });
  log(`holdout3: ${stats.users} accounts, ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins, ${stats.audits} audits -> ${out}`);
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (k, d) => { const i = process.argv.indexOf(`--${k}`); return i > 0 ? process.argv[i + 1] : d; };
  generate({ out: resolve(arg('out', 'target/holdout3')), seed: Number(arg('seed', 3)), scale: Number(arg('scale', 1)) });
}
