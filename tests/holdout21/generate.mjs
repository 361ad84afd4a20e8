// Holdout 21: "Rideau Valley Transit Authority" — a fictional Ontario provincial public-transit authority, written
// as Azure Monitor diagnostic-settings records streamed to an Event Hub and written to disk by a SIEM forwarder
// (NDJSON, one Event Hub message body {"records":[...]} per line). See README.md.
//   node tests/holdout21/generate.mjs [outDir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Rng } from './lib/prng.mjs';
import { buildPeople, START, END, TENANT_ID, TENANT_NAME } from './lib/tenant.mjs';
import { Sink, writeEventHub } from './lib/emit.mjs';
import { honest, assignTrips, travel } from './lib/benign.mjs';
import { others } from './lib/others.mjs';
import { chooseVictims, attacks } from './lib/attacks.mjs';

export const SEED = 'holdout21-rvta-20261207';

export function generate({ out = 'target/holdout21', quiet = false, seed = SEED } = {}) {
  const t0 = Date.now();
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  const rng = new Rng(seed);
  const P = buildPeople(rng.fork('people'));
  const trips = assignTrips(rng.fork('trips'), P);
  const V = chooseVictims(rng.fork('victims'), P);
  const sink = new Sink(rng.fork('records'));
  const H = honest(rng.fork('honest'), sink, P);
  travel(rng.fork('travel'), sink, P, trips, H.L, H.workday);
  others(rng.fork('others'), sink, P, H.L, H);
  const scenarios = attacks(rng.fork('attacks'), sink, P, V, H);

  const files = { signins: join(dir, 'signins.ndjson'), noninteractive: join(dir, 'noninteractive.ndjson'), audits: join(dir, 'audits.ndjson') };
  const wr = rng.fork('writer');
  const m1 = writeEventHub(files.signins, sink.interactive, wr);
  const m2 = writeEventHub(files.noninteractive, sink.noninteractive, wr);
  const m3 = writeEventHub(files.audits, sink.audits, wr);

  const benignI = sink.interactive.filter((x) => !x.tag).length;
  const benignN = sink.noninteractive.filter((x) => !x.tag).length;
  const benignA = sink.audits.filter((x) => !x.tag).length;
  const stats = {
    users: P.users.length + P.guests.length + P.rooms.length + Object.keys(P.svc).length,
    interactive: sink.interactive.length, noninteractive: sink.noninteractive.length, audits: sink.audits.length,
    messages: { signins: m1.messages, noninteractive: m2.messages, audits: m3.messages },
  };
  const truth = {
    population: 'holdout21', seed, tenant: { id: TENANT_ID, name: TENANT_NAME, domain: 'rvta.ca' },
    window: { start: new Date(START).toISOString(), end: new Date(END).toISOString() },
    format: 'Azure Monitor diagnostic settings -> Event Hub -> SIEM forwarder: NDJSON, one {"records":[...]} message body per line (SignInLogs, NonInteractiveUserSignInLogs, AuditLogs in three files)',
    scenarios,
    benign: { signins: benignI + benignN, interactive: benignI, noninteractive: benignN, audits: benignA },
    stats,
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  if (!quiet) {
    console.log(`holdout21: ${stats.users} accounts, ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins, ${stats.audits} audit events; ${scenarios.length} scenarios; ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${dir}`);
  }
  return { files, truth, stats };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  generate({ out: process.argv[2] || join(fileURLToPath(new URL('../..', import.meta.url)), 'target', 'holdout21') });
}
