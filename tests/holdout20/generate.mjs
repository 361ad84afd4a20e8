// Holdout-20 population: "Hallwyl Brunner & Cie SA", a fictional Swiss private bank (see README.md).
// generate({ out, quiet }) writes the Entra admin center's three "Download → JSON" files into `out` plus truth.json and
// returns { files: { signins, noninteractive, audits }, truth, stats } for ../holdout3/score.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fork } from './lib/rng.mjs';
import { buildPeople } from './lib/people.mjs';
import { setCaOverrides, writeArray } from './lib/emit.mjs';
import { makeCtx, generateBenign, T1 } from './lib/benign.mjs';
import { generateAttacks, CA_TAMPER_T } from './lib/attacks.mjs';
import { TENANT } from './lib/world.mjs';

export const SEED = 2020;

export function generate({ out = 'target/holdout20', quiet = false } = {}) {
  const t0 = Date.now();
  mkdirSync(out, { recursive: true });
  const people = buildPeople(fork(SEED, 'people'));
  setCaOverrides([{ from: CA_TAMPER_T, to: T1, state: 'enabledForReportingButNotEnforced' }]);
  const G = makeCtx(fork(SEED, 'benign'), people);
  generateBenign(G);
  const benign = { signins: G.inter.length + G.non.length, interactive: G.inter.length, noninteractive: G.non.length, audits: G.aud.length };
  const A = makeCtx(fork(SEED, 'attacks'), people);
  const scenarios = generateAttacks(G, A);
  const attack = { interactive: A.inter.length, noninteractive: A.non.length, audits: A.aud.length };
  const inter = G.inter.concat(A.inter), non = G.non.concat(A.non), aud = G.aud.concat(A.aud);
  setCaOverrides([]);

  const files = {
    signins: join(out, 'InteractiveSignIns_2026-11-23_2026-12-07.json'),
    noninteractive: join(out, 'NonInteractiveSignIns_2026-11-23_2026-12-07.json'),
    audits: join(out, 'AuditLogs_2026-11-23_2026-12-07.json'),
  };
  writeArray(files.signins, inter, 'createdDateTime');
  writeArray(files.noninteractive, non, 'createdDateTime');
  writeArray(files.audits, aud, 'activityDateTime');

  const truth = {
    population: 'holdout20',
    tenant: { name: TENANT.name, id: TENANT.id, domain: TENANT.domain },
    seed: SEED,
    window: { start: '2026-11-23T00:00:00Z', end: '2026-12-07T00:00:00Z' },
    format: 'portal-json (Entra admin center Download → JSON: interactive, non-interactive, audit)',
    benign,
    attack,
    scenarios,
  };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const stats = { users: people.length + 1, interactive: inter.length, noninteractive: non.length, audits: aud.length, ms: Date.now() - t0 };
  if (!quiet) console.log(`holdout20: ${stats.users} accounts, ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins, ${stats.audits} audit events, ${scenarios.length} scenarios, ${(stats.ms / 1000).toFixed(1)} s`);
  return { files, truth, stats };
}

if (import.meta.url === `file://${process.argv[1]}`) generate({ out: process.argv[2] || 'target/holdout20' });
