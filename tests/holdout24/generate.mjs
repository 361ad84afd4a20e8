// Holdout-24 generator: "Harbourlight" (remote-first customer-support SaaS vendor, HQ Amsterdam, hubs in Manila and
// Lisbon), 14 days of Entra ID logs exported from Log Analytics as three "Export to CSV" query results.
//   node tests/holdout24/generate.mjs --out DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng } from './lib/rng.mjs';
import { Net } from './lib/net.mjs';
import { buildTenant, T0, DAY, DAYS } from './lib/tenant.mjs';
import { Log } from './lib/events.mjs';
import { benign } from './lib/benign.mjs';
import { prepareAttacks, plantAttacks } from './lib/attacks.mjs';
import { exportAll } from './lib/export.mjs';

export const SEED = 240202;
const here = dirname(fileURLToPath(import.meta.url));

export function generate({ out = resolve(here, '..', '..', 'target', 'holdout24'), quiet = false } = {}) {
  const rng = makeRng(SEED);
  const net = new Net(rng);
  const T = buildTenant(rng, net);
  const P = prepareAttacks(T, net, rng);
  const log = new Log(T, rng);
  benign(T, net, log, rng);
  const scenarios = plantAttacks(T, net, log, P);

  // The analyst's queries cover exactly 2 Feb 00:00 – 16 Feb 00:00 UTC (local-time habits spill over the edges).
  const inRange = (x) => x.t >= T0 && x.t < T0 + DAYS * DAY;
  for (const x of [...log.signins, ...log.audits]) if (x.tag !== 'benign' && !inRange(x)) throw new Error(`${x.tag} event outside the period`);
  log.signins = log.signins.filter(inRange);
  log.audits = log.audits.filter(inRange);

  // Every address listed in a scenario's `ips` is used by that scenario only.
  const owner = new Map();
  for (const s of scenarios) for (const ip of s.ips) owner.set(ip, s.name);
  for (const e of log.signins) { const o = owner.get(e.place.ip); if (o && e.tag !== o) throw new Error(`attack address ${e.place.ip} of ${o} used by ${e.tag}`); }
  for (const a of log.audits) { const o = a.by.ip && owner.get(a.by.ip); if (o && a.tag !== o) throw new Error(`attack address ${a.by.ip} of ${o} used by ${a.tag} (audit)`); }

  mkdirSync(out, { recursive: true });
  const files = {
    signins: join(out, 'SigninLogs_query_data.csv'),
    noninteractive: join(out, 'AADNonInteractiveUserSignInLogs_query_data.csv'),
    audits: join(out, 'AuditLogs_query_data.csv'),
  };
  const { counts } = exportAll(T, log, files, rng);
  const benignIn = log.signins.filter((e) => e.tag === 'benign');
  const truth = {
    seed: SEED,
    tenant: { name: 'Harbourlight B.V.', domain: 'harbourlight.io', tenantId: T.tenantId, period: { start: '2026-02-02T00:00:00.000Z', end: '2026-02-16T00:00:00.000Z' } },
    benign: {
      signins: benignIn.length,
      interactive: benignIn.filter((e) => e.inter).length,
      noninteractive: benignIn.filter((e) => !e.inter).length,
      audits: log.audits.filter((a) => a.tag === 'benign').length,
    },
    scenarios,
  };
  const stats = { users: T.users.length, interactive: counts.interactive, noninteractive: counts.noninteractive, audits: counts.audits };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  if (!quiet) console.log(JSON.stringify({ files, stats, benign: truth.benign, scenarios: scenarios.map((s) => s.name) }, null, 2));
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  generate({ out: i > 0 ? resolve(process.argv[i + 1]) : undefined });
}
