// holdout5 — "Nordhav University Hospitals & Medical School": 14 days of Entra ID sign-in and
// audit logs for a hospital group and medical school in Norway, Sweden, Denmark and the UK, with
// planted attacks listed in truth.json.
//   node tests/holdout5/generate.mjs --out DIR [--seed N]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepare } from './lib/prepare.mjs';
import { clinical } from './lib/benign-clinical.mjs';
import { office } from './lib/benign-office.mjs';
import { planTravel, travellers } from './lib/benign-travel.mjs';
import { students } from './lib/benign-students.mjs';
import { itStaff, helpdesk } from './lib/benign-it.mjs';
import { services } from './lib/benign-services.mjs';
import { guests } from './lib/benign-guests.mjs';
import { lifecycle } from './lib/benign-lifecycle.mjs';
import { sprayToPersistence, consentPhishing, vendorSecret, tokenReplay } from './lib/attacks-a.mjs';
import { mfaFatigue, aitm, pimAbuse, deviceCodePhish } from './lib/attacks-b.mjs';
import { writeAll } from './lib/output.mjs';
import { PLANTED } from './lib/signin.mjs';
import { START, END } from './lib/time.mjs';

export function generate({ out, seed = 5, quiet = false } = {}) {
  const t0 = Date.now();
  const ctx = prepare(seed);
  planTravel(ctx);
  clinical(ctx);
  office(ctx);
  travellers(ctx);
  students(ctx);
  itStaff(ctx);
  helpdesk(ctx);
  services(ctx);
  guests(ctx);
  lifecycle(ctx);
  const benignSignins = ctx.signins.length, benignAudits = ctx.audits.length;
  const attacks = [sprayToPersistence, consentPhishing, vendorSecret, tokenReplay, mfaFatigue, aitm, pimAbuse, deviceCodePhish].map((f) => f(ctx));

  const scenarios = attacks.map((a) => {
    const times = [];
    for (const o of ctx.signins) if (o[PLANTED] === a.tag) times.push(Date.parse(o.createdDateTime));
    for (const o of ctx.audits) if (o[PLANTED] === a.tag) times.push(Date.parse(o.activityDateTime));
    times.sort((x, y) => x - y);
    return { name: a.name, users: a.users.map((u) => u.toLowerCase()), ips: a.ips, start: new Date(times[0]).toISOString(), end: new Date(times[times.length - 1]).toISOString(),
      technique: a.technique, summary: a.summary, records: times.length };
  });
  const benign = {
    signins: ctx.signins.filter((o) => !o[PLANTED]).length,
    interactive: ctx.signins.filter((o) => !o[PLANTED] && o.isInteractive).length,
    noninteractive: ctx.signins.filter((o) => !o[PLANTED] && !o.isInteractive).length,
    audits: ctx.audits.filter((o) => !o[PLANTED]).length,
  };
  if (benign.signins !== benignSignins || benign.audits !== benignAudits) throw new Error('benign counts changed after the attacks ran');
  const planted = { signins: ctx.signins.length - benign.signins, audits: ctx.audits.length - benign.audits };
  const accounts = ctx.users.length + ctx.guests.length;
  const truth = {
    seed, tenant: { name: 'Nordhav University Hospitals & Medical School', id: ctx.tenantId, domains: ['nordhav.org', 'student.nordhav.org', 'nordhav.onmicrosoft.com'], accounts },
    window: { start: new Date(START).toISOString(), end: new Date(END).toISOString() },
    scenarios, benign, planted,
  };
  const { files, counts } = writeAll(ctx, resolve(out), truth);
  const stats = { users: accounts, interactive: counts.interactive, noninteractive: counts.noninteractive, audits: counts.audits, ms: Date.now() - t0 };
  if (!quiet) {
    console.log(`holdout5 seed ${seed}: ${accounts} accounts, ${counts.interactive} interactive + ${counts.noninteractive} non-interactive sign-ins, ${counts.audits} audit events (${stats.ms} ms)`);
    for (const s of scenarios) console.log(`  ${s.name}: ${s.users.join(', ')} ${s.start} .. ${s.end} (${s.records} records)`);
  }
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const out = get('--out');
  if (!out) { console.error('usage: node tests/holdout5/generate.mjs --out DIR [--seed N]'); process.exit(2); }
  generate({ out, seed: get('--seed') !== undefined ? Number(get('--seed')) : 5 });
}
