// holdout15 — "VRM - Vercors Robinetterie Mécanique", a French valve and actuator maker (Voiron HQ and plant,
// Saint-Etienne plant, VRM Polska in Bielsko-Biala, a Casablanca office, an outsourced help desk in Tunis),
// exported from the Entra admin center with the portal in French: three CSV downloads (interactive sign-ins,
// non-interactive sign-ins, audit log), ';'-separated, every cell quoted, UTF-8 with BOM, CRLF.
//   node tests/holdout15/generate.mjs --out /tmp/h15 [--seed 15] [--quiet]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/prng.mjs';
import { TENANT } from './lib/world.mjs';
import { buildDirectory } from './lib/people.mjs';
import { Log, T0, T_END, iso } from './lib/engine.mjs';
import { Benign } from './lib/benign.mjs';
import { planTrips, services, helpdesk, afterHelpdesk, admins, developers, guests, lifecycle } from './lib/specials.mjs';
import { scenarios } from './lib/scenarios.mjs';
import { signinCsv, auditCsv } from './lib/csv.mjs';

export const FILES = {
  signins: 'InteractiveSignIns_2026-11-09_2026-11-22.csv',
  noninteractive: 'NonInteractiveSignIns_2026-11-09_2026-11-22.csv',
  audits: 'AuditLogs_2026-12-07.csv',
};
const CAP_SIGNIN = 100_000, CAP_AUDIT = 250_000; // the portal's per-file download limits

export function generate(arg, seedArg) {
  const opts = typeof arg === 'string' ? { out: arg, seed: seedArg } : { ...(arg || {}) };
  const seed = opts.seed ?? 15;
  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(opts.out ?? join(here, '..', '..', 'target', 'holdout15'));
  const say = opts.quiet ? () => {} : (m) => console.log(m);

  const rng = new Rng(`holdout15/${seed}`);
  const dir = buildDirectory(rng);
  const log = new Log(rng.fork('ids'));
  const B = new Benign({ log, rng, dir, reserved: new Set() });
  B.assignLeave();
  const trips = planTrips(B);
  lifecycle(B);
  B.run();
  for (const t of trips) t.run();
  services(B);
  afterHelpdesk(B, helpdesk(B));
  admins(B);
  developers(B);
  guests(B);
  const planted = scenarios({ log, dir, B, rng });

  // the download window: 9–22 November (UTC); the portal lists the newest first
  const keep = (x) => x._t >= T0 && x._t < T_END;
  const desc = (a, b) => b._t - a._t;
  const inter = log.interactive.filter(keep).sort(desc);
  const non = log.noninteractive.filter(keep).sort(desc);
  const aud = log.audits.filter(keep).sort(desc);
  if (inter.length >= CAP_SIGNIN || non.length >= CAP_SIGNIN || aud.length >= CAP_AUDIT) throw new Error('over the portal download cap');

  mkdirSync(out, { recursive: true });
  const files = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, join(out, f)]));
  writeFileSync(files.signins, signinCsv(inter));
  writeFileSync(files.noninteractive, signinCsv(non));
  writeFileSync(files.audits, auditCsv(aud));

  const benignI = inter.filter((x) => !x._attack).length, benignN = non.filter((x) => !x._attack).length;
  const stats = { users: dir.users.length, interactive: inter.length, noninteractive: non.length, audits: aud.length };
  const truth = {
    population: 'holdout15',
    seed,
    tenant: { name: TENANT.name, id: TENANT.id, domain: TENANT.domain },
    shape: 'Entra admin center CSV downloads, French UI (";" separator, quoted cells, UTF-8 BOM, CRLF)',
    window: { start: iso(T0), end: iso(T_END - 1000) },
    files: FILES,
    stats,
    benign: { signins: benignI + benignN, interactive: benignI, noninteractive: benignN, audits: aud.filter((x) => !x._attack).length },
    scenarios: planted,
  };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  say(`holdout15 seed ${seed}: ${stats.users} accounts; ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins, ${stats.audits} audit events; ${planted.length} scenarios -> ${out}`);
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const a = process.argv.slice(2);
  const val = (k) => { const i = a.indexOf(k); return i >= 0 ? a[i + 1] : undefined; };
  const t0 = Date.now();
  generate({ out: val('--out'), seed: val('--seed') !== undefined ? Number(val('--seed')) : undefined, quiet: a.includes('--quiet') });
  if (!a.includes('--quiet')) console.log(`generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
