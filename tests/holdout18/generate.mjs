// Holdout-18 population: "Ebro Radiotelevisión" (ERTV), a fictional public regional broadcaster in the Ebro valley,
// exported from the Microsoft Entra admin center (Download → CSV) with the portal in Spanish.
//   node tests/holdout18/generate.mjs --out DIR [--seed N] [--quiet]
import { mkdirSync, openSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng } from './lib/prng.mjs';
import { T, buildUsers } from './lib/tenant.mjs';
import { START, END } from './lib/model.mjs';
import { honest } from './lib/honest.mjs';
import { chooseVictims, scenarios } from './lib/scenarios.mjs';
import { SIGNIN_HEADER, AUDIT_HEADER, BOM, csvLine, signinCells, auditCells, iso } from './lib/format.mjs';

function writeCsv(path, header, rows, cellsOf) {
  const fd = openSync(path, 'w');
  let buf = BOM + csvLine(header);
  for (const r of rows) {
    buf += csvLine(cellsOf(r));
    if (buf.length > 1 << 20) { writeSync(fd, buf); buf = ''; }
  }
  writeSync(fd, buf);
  closeSync(fd);
}

export function generate({ out, seed = 18, quiet = false } = {}) {
  if (!out) throw new Error('generate: out directory required');
  mkdirSync(out, { recursive: true });
  const rng = makeRng(seed);
  const users = buildUsers(rng);
  const victims = chooseVictims(rng, users);
  const data = { interactive: [], noninteractive: [], audits: [], meta: {} };
  honest(rng, users, data);
  const scen = scenarios(makeRng(seed * 7919 + 18), users, victims, data);

  const inWin = (r) => r.t >= START && r.t < END;
  const order = (a, b) => b.t - a.t || (a.reqId || a.corr || '').localeCompare(b.reqId || b.corr || ''); // newest first, as the portal lists
  const interactive = data.interactive.filter(inWin).sort(order);
  const noninteractive = data.noninteractive.filter(inWin).sort(order);
  const audits = data.audits.filter(inWin).sort(order);
  const benign = (xs) => xs.filter((r) => !r.atk).length;

  const files = {
    signins: join(out, 'InteractiveSignIns_2026-11-23_2026-12-07.csv'),
    noninteractive: join(out, 'NonInteractiveSignIns_2026-11-23_2026-12-07.csv'),
    audits: join(out, 'AuditLogs_2026-12-07.csv'),
  };
  writeCsv(files.signins, SIGNIN_HEADER, interactive, (r) => signinCells(r, T));
  writeCsv(files.noninteractive, SIGNIN_HEADER, noninteractive, (r) => signinCells(r, T));
  writeCsv(files.audits, AUDIT_HEADER, audits, (r) => auditCells(r, T));

  const seenUsers = new Set();
  for (const r of interactive) seenUsers.add(r.user.upn);
  for (const r of noninteractive) seenUsers.add(r.user.upn);
  const stats = { users: users.length + 1 /* backdoor created during the window */, interactive: interactive.length, noninteractive: noninteractive.length, audits: audits.length };
  const truth = {
    population: 'holdout18', seed, tenant: { name: T.name, domain: T.domain, id: T.id },
    window: { start: iso(START), end: iso(END) },
    format: 'Entra admin center Download → CSV, portal in Spanish (es-ES): UTF-8 BOM, ";" separator, all cells quoted, CRLF',
    files: { signins: 'InteractiveSignIns_2026-11-23_2026-12-07.csv', noninteractive: 'NonInteractiveSignIns_2026-11-23_2026-12-07.csv', audits: 'AuditLogs_2026-12-07.csv' },
    benign: { signins: benign(interactive) + benign(noninteractive), interactive: benign(interactive), noninteractive: benign(noninteractive), audits: benign(audits), accountsSeen: seenUsers.size },
    attack: { signins: interactive.length + noninteractive.length - benign(interactive) - benign(noninteractive), audits: audits.length - benign(audits) },
    scenarios: scen,
  };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  if (!quiet) {
    console.log(`holdout18 seed ${seed}: ${stats.users} accounts (${seenUsers.size} signing in), ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins, ${stats.audits} audit events`);
    console.log(`benign sign-ins ${truth.benign.signins}, attack sign-ins ${truth.attack.signins}, attack audits ${truth.attack.audits}, ${scen.length} scenarios`);
    console.log(`wrote ${Object.values(files).join(', ')}`);
  }
  return { files, truth, stats };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const get = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const out = get('--out');
  if (!out) { console.error('usage: node tests/holdout18/generate.mjs --out DIR [--seed N] [--quiet]'); process.exit(2); }
  generate({ out, seed: get('--seed') !== undefined ? Number(get('--seed')) : 18, quiet: args.includes('--quiet') });
}
