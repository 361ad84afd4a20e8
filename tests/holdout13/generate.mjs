#!/usr/bin/env node
// holdout13 — "Harrow & Quill Partners" (AU/NZ accounting & tax advisory), an incident responder's
// Microsoft-Extractor-Suite-style Graph collection: SignInLogs-<eventType>-Combined.json and AuditLogs-Combined.json.
//   node tests/holdout13/generate.mjs --out DIR [--seed N]      (default seed 13)
// Exports generate(outDir, seed) / generate({ out, seed, quiet }) -> { files, truth, stats }.
import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/prng.mjs';
import { START, END, isoSec } from './lib/calendar.mjs';
import { buildTenant } from './lib/tenant.mjs';
import { Sink } from './lib/events.mjs';
import { Honest } from './lib/benign.mjs';
import { manila, bengaluru, scannerRelay, practiceSync, rooms, leavers, breakglassTest, admins, developers, auditors, mspEngineers } from './lib/populations.mjs';
import { planFortnight } from './lib/plan.mjs';
import { Auditor } from './lib/audits.mjs';
import { honestExtras } from './lib/extras.mjs';
import { pickVictims, plantAttacks } from './lib/attacks.mjs';
import { signIn, directoryAudit } from './lib/records.mjs';
import { collect, writeRawPages, writeCombinedJson, writeCombinedZip, resetMemo, RUN_A, RUN_B } from './lib/writer.mjs';

function hash32(str) { let h = 2166136261; for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 16777619); } return h >>> 0; }

export function generate(a, b) {
  const opts = typeof a === 'object' && a !== null ? a : { out: a, seed: b };
  const out = resolve(opts.out || 'target/holdout13');
  const seed = opts.seed === undefined || opts.seed === null ? 13 : Number(opts.seed);
  const log = opts.quiet ? () => {} : (...m) => console.error(...m);
  const rng = new Rng(seed, 'holdout13');
  resetMemo();

  // ------------------------------------------------------------------ world and honest population
  const T = buildTenant(rng);
  const V = pickVictims(T, rng);
  const plans = planFortnight(T, rng);
  const sink = new Sink();
  const H = new Honest(T, rng, sink);
  for (const p of T.staff) { if (p === V.spray) p.firstDay = '2026-10-22'; H.staff(p); }
  for (const p of T.people.filter((x) => x.kind === 'manila')) manila(H, p);
  for (const p of T.people.filter((x) => x.kind === 'blr')) bengaluru(H, p);
  scannerRelay(H); practiceSync(H); rooms(H); leavers(H); breakglassTest(H); admins(H); developers(H); auditors(H); mspEngineers(H);
  const A = new Auditor(T, rng.fork('audit'), sink);
  const extras = honestExtras(H, A, plans);

  // ------------------------------------------------------------------ the intrusions
  V.insider.disabledAt = Date.UTC(2026, 9, 23, 7, 45);
  const scenarios = plantAttacks({ T, rng, sink, A, H }, V);

  // ------------------------------------------------------------------ checks
  const ownerOf = (ip) => T.book.owner.get(ip);
  const all = [...sink.inter, ...sink.non, ...sink.sp];
  for (const e of all) {
    const o = ownerOf(e.ip);
    if (!o) throw new Error(`unregistered address ${e.ip} ${e.account.upnLog} ${e.app.name} ${e.interactive} ${e.scenario} ${new Date(e.t).toISOString()}`);
    if (!e.scenario && o !== 'benign') throw new Error(`benign row uses scenario address ${e.ip} (${o})`);
    if (e.scenario && o !== 'benign' && o !== e.scenario) throw new Error(`scenario ${e.scenario} uses ${o}'s address ${e.ip}`);
  }
  for (const au of sink.audits) { if (au.ip && ownerOf(au.ip) && ownerOf(au.ip) !== 'benign' && ownerOf(au.ip) !== au.scenario) throw new Error(`audit ${au.activity} uses scenario address ${au.ip}`); }
  for (const s of scenarios) {
    for (const ip of s.ips) if (!all.some((e) => e.scenario === s.name && e.ip === ip) && !sink.audits.some((x) => x.scenario === s.name && x.ip === ip)) throw new Error(`scenario ${s.name} never uses ${ip}`);
    if (Date.parse(s.start) < START || Date.parse(s.end) > END) throw new Error(`scenario ${s.name} outside the window`);
  }

  // ------------------------------------------------------------------ records, collection, files
  const ctx = {
    tenantId: T.tenantId, caIds: T.caIds, resSpId: T.resSpId, book: T.book,
    geoJitter: (ip, k) => (((hash32(`${ip}#${k}`) % 2000) - 1000) / 1000) * 0.045,
    namedNetworks: (ip) => T.namedNetworks.get(ip) || [],
  };
  const order = (xs) => { xs.sort((x, y) => x.t - y.t || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)); xs.forEach((x, i) => { x._ord = i; }); return xs; };
  order(sink.inter); order(sink.non); order(sink.sp); order(sink.audits);
  const sec = (x) => Math.floor(x.t / 1000) * 1000;
  const crng = rng.fork('collection');
  const pagesI = collect(sink.inter, sec, crng), pagesN = collect(sink.non, sec, crng), pagesS = collect(sink.sp, sec, crng), pagesA = collect(sink.audits, sec, crng);
  const flat = (pages) => pages.flatMap((p) => p.page);
  const combI = flat(pagesI), combN = flat(pagesN), combS = flat(pagesS), combA = flat(pagesA);
  const toSignIn = (e) => signIn(e, ctx);
  const toAudit = (e) => directoryAudit(e);

  if (existsSync(out)) for (const f of ['raw', 'SignInLogs-interactiveUser-Combined.zip', 'SignInLogs-nonInteractiveUser-Combined.zip', 'SignInLogs-servicePrincipal-Combined.json', 'AuditLogs-Combined.json', 'truth.json']) rmSync(join(out, f), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = {
    signins: join(out, 'SignInLogs-interactiveUser-Combined.zip'),
    noninteractive: join(out, 'SignInLogs-nonInteractiveUser-Combined.zip'),
    audits: join(out, 'AuditLogs-Combined.json'),
    serviceprincipal: join(out, 'SignInLogs-servicePrincipal-Combined.json'),
  };
  log(`holdout13: ${combI.length} interactive, ${combN.length} non-interactive, ${combS.length} service principal, ${combA.length} audit records (with re-fetched duplicates); writing ${out}`);
  const zi = writeCombinedZip(files.signins, 'SignInLogs-interactiveUser-Combined.json', combI, toSignIn, RUN_B.at + 11 * 3600e3 + 9 * 60e3, 5);
  const zn = writeCombinedZip(files.noninteractive, 'SignInLogs-nonInteractiveUser-Combined.json', combN, toSignIn, RUN_B.at + 11 * 3600e3 + 9 * 60e3, 5);
  writeCombinedJson(files.audits, combA, toAudit);
  writeCombinedJson(files.serviceprincipal, combS, toSignIn);
  const rawDir = join(out, 'raw', 'EntraID');
  files.raw = [
    ...writeRawPages(join(rawDir, 'SignInLogs-servicePrincipal'), 'servicePrincipal-SignInLogs', pagesS, toSignIn),
    ...writeRawPages(join(rawDir, 'AuditLogs'), 'AuditLogs', pagesA, toAudit),
  ].sort();

  // ------------------------------------------------------------------ truth and stats
  const dup = (pages) => { const seen = new Set(); let d = 0; for (const p of pages) for (const x of p.page) { if (seen.has(x)) d++; else seen.add(x); } return d; };
  const benign = (xs) => xs.filter((e) => !e.scenario).length;
  const stats = {
    users: T.people.filter((p) => p.kind !== 'msp').length,
    interactive: benign(sink.inter), noninteractive: benign(sink.non), servicePrincipal: benign(sink.sp), audits: benign(sink.audits),
    attack: { interactive: sink.inter.length - benign(sink.inter), noninteractive: sink.non.length - benign(sink.non), servicePrincipal: sink.sp.length - benign(sink.sp), audits: sink.audits.length - benign(sink.audits) },
    duplicates: { interactive: dup(pagesI), noninteractive: dup(pagesN), servicePrincipal: dup(pagesS), audits: dup(pagesA) },
    fileRecords: { interactive: combI.length, noninteractive: combN.length, servicePrincipal: combS.length, audits: combA.length },
    uncompressedBytes: { interactive: zi.uncompressed, noninteractive: zn.uncompressed },
    distinctAddresses: new Set(all.filter((e) => !e.scenario).map((e) => e.ip)).size,
  };
  const truth = {
    population: 'holdout13', seed, tenant: { name: T.name, domain: T.domain, tenantId: T.tenantId },
    period: { start: isoSec(START), end: isoSec(END) },
    shape: 'Microsoft-Extractor-Suite-style Graph beta sign-in and v1.0 audit collection (PowerShell 7 ConvertTo-Json, UTF-8 BOM, CRLF); the two sign-in Combined files are delivered inside single-member zips',
    files: { signins: 'SignInLogs-interactiveUser-Combined.zip', noninteractive: 'SignInLogs-nonInteractiveUser-Combined.zip', audits: 'AuditLogs-Combined.json', serviceprincipal: 'SignInLogs-servicePrincipal-Combined.json (not scored)' },
    collection: { runA: [isoSec(RUN_A.from), isoSec(RUN_A.to)], runB: [isoSec(RUN_B.from), isoSec(RUN_B.to)], note: 'per-day windows with inclusive ge/le bounds; run B starts five minutes before run A ended, so records in the overlap (and any stamped exactly on a day boundary) appear twice in the Combined files' },
    scenarios,
    benign: { signins: stats.interactive + stats.noninteractive, interactive: stats.interactive, noninteractive: stats.noninteractive, servicePrincipal: stats.servicePrincipal, audits: stats.audits },
    attack: stats.attack,
    duplicates: stats.duplicates,
    honest: { trips: plans.trips, fieldwork: plans.field, onboarding: extras.onboarding.length },
  };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  log(`holdout13: ${stats.users} accounts; benign ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins, ${stats.audits} audits; attacks ${JSON.stringify(stats.attack)}; duplicates ${JSON.stringify(stats.duplicates)}`);
  return { files, truth, stats };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const get = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const out = get('--out');
  if (!out) { console.error('usage: node tests/holdout13/generate.mjs --out DIR [--seed N]'); process.exit(2); }
  const t0 = process.hrtime.bigint();
  generate({ out, seed: get('--seed') ?? 13 });
  console.error(`done in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`);
}
