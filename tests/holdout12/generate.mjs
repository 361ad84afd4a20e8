#!/usr/bin/env node
// Holdout-12 population: "Kestrel Relief International", an international humanitarian NGO, 2-15 Mar 2026,
// exported from Log Analytics (Logs blade "Export to CSV"): one file per table per day.
//   node tests/holdout12/generate.mjs --out DIR [--seed N]      (default seed 12)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import { Rng } from './lib/prng.mjs';
import { T0, T_END, DAY, NDAYS, TENANT_ID, DOMAIN } from './lib/world.mjs';
import { Registry, buildTenant } from './lib/tenant.mjs';
import { planTravel, benignSignins, serviceSignins } from './lib/benign.mjs';
import { makeAuditKit, prepareHR, benignAudits } from './lib/audits.mjs';
import { plantAttacks, honestAftermath } from './lib/attacks.mjs';
import { SIGNIN_COLUMNS, AUDIT_COLUMNS, signinLine, auditLine } from './lib/records.mjs';

const MAX_ROWS = 30_000; // the Logs blade exports at most 30,000 rows per query
const BOM = '\ufeff', CRLF = '\r\n';
const ymd = (t) => new Date(t).toISOString().slice(0, 10);
const iso = (t) => new Date(t).toISOString();

// ---- minimal deterministic zip writer (deflate, fixed timestamps)
const CRC = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
function crc32(buf) { if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0; let c = 0xffffffff; for (let i = 0; i < buf.length; i++) c = CRC[(c ^ buf[i]) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
function zip(entries) { // entries: [{name, data: Buffer}]
  const parts = [], central = []; let off = 0;
  const dosTime = (9 << 11) | (30 << 5), dosDate = ((2026 - 1980) << 9) | (3 << 5) | 16;
  for (const { name, data } of entries) {
    const nm = Buffer.from(name, 'utf8'), comp = zlib.deflateRawSync(data, { level: 1 }), crc = crc32(data);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0); h.writeUInt16LE(20, 4); h.writeUInt16LE(0x0800, 6); h.writeUInt16LE(8, 8); h.writeUInt16LE(dosTime, 10); h.writeUInt16LE(dosDate, 12);
    h.writeUInt32LE(crc, 14); h.writeUInt32LE(comp.length, 18); h.writeUInt32LE(data.length, 22); h.writeUInt16LE(nm.length, 26); h.writeUInt16LE(0, 28);
    parts.push(h, nm, comp);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(0x0800, 8); c.writeUInt16LE(8, 10); c.writeUInt16LE(dosTime, 12); c.writeUInt16LE(dosDate, 14);
    c.writeUInt32LE(crc, 16); c.writeUInt32LE(comp.length, 20); c.writeUInt32LE(data.length, 24); c.writeUInt16LE(nm.length, 28); c.writeUInt32LE(off, 42);
    central.push(c, nm);
    off += 30 + nm.length + comp.length;
  }
  const cd = Buffer.concat(central), e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0); e.writeUInt16LE(entries.length, 8); e.writeUInt16LE(entries.length, 10); e.writeUInt32LE(cd.length, 12); e.writeUInt32LE(off, 16);
  return Buffer.concat([...parts, cd, e]);
}

export function generate(a, b) {
  let out, seed = 12, quiet = false;
  if (a && typeof a === 'object') ({ out, seed = 12, quiet = false } = a); else { out = a; if (b !== undefined) seed = b; }
  seed = Number(seed);
  out = resolve(out);
  mkdirSync(out, { recursive: true });
  const rng = new Rng(`holdout12/kestrel-relief/${seed}`);
  const reg = new Registry(rng.fork('registry'));
  const T = buildTenant(rng.fork('tenant'), reg);
  planTravel(T, rng.fork('travel'));
  prepareHR(T, rng.fork('hr'));
  const signins = [], audits = [];
  const kit = makeAuditKit(T, rng.fork('kit'), reg, audits);
  benignSignins(T, rng.fork('benign'), reg, signins, audits, kit);
  serviceSignins(T, rng.fork('service'), reg, signins);
  benignAudits(T, rng.fork('audits'), reg, signins, kit);
  const scen = plantAttacks(T, rng.fork('attacks'), reg, signins, audits, kit);
  honestAftermath(T, rng.fork('aftermath'), reg, signins, kit);

  // keep the fortnight only
  const inP = (x) => x.t >= T0 && x.t < T_END;
  const S = signins.filter(inP), A = audits.filter(inP);
  // honesty checks: no benign row carries an intruder address; every scenario address is used by its scenario and only there
  const badIps = new Set(scen.flatMap((s) => [...s.ips]));
  for (const x of S) if (!x.attack && badIps.has(x.ip)) throw new Error(`benign row with intruder address ${x.ip}`);
  for (const x of A) if (!x.attack && badIps.has(x.initiator?.ip)) throw new Error(`benign audit with intruder address`);
  for (const s of scen) {
    const used = new Set(S.filter((x) => x.attack === s.name).map((x) => x.ip));
    for (const ip of s.ips) if (!used.has(ip)) throw new Error(`${s.name}: address ${ip} never used`);
    if (Math.min(...s.times) < T0 || Math.max(...s.times) >= T_END) throw new Error(`${s.name} outside the period`);
  }
  S.sort((x, y) => x.t - y.t);
  A.sort((x, y) => x.t - y.t);

  // write: one file per table per day
  const idr = rng.fork('ids');
  const files = { daily: [] };
  const zipS = [], zipN = [];
  const byDay = Array.from({ length: NDAYS }, () => [[], []]);
  for (const x of S) byDay[Math.floor((x.t - T0) / DAY)][x.inter ? 0 : 1].push(x);
  for (let d = 0; d < NDAYS; d++) {
    const lo = T0 + d * DAY, day = ymd(lo);
    for (const [table, inter, bucket] of [['SigninLogs', true, zipS], ['AADNonInteractiveUserSignInLogs', false, zipN]]) {
      const rows = byDay[d][inter ? 0 : 1];
      const nParts = Math.max(1, Math.ceil(rows.length / MAX_ROWS));
      for (let k = 0; k < nParts; k++) {
        const part = rows.slice(k * MAX_ROWS, (k + 1) * MAX_ROWS);
        const name = nParts === 1 ? `${table}_${day}.csv` : `${table}_${day}_part${k + 1}.csv`;
        const lines = [BOM + SIGNIN_COLUMNS.join(',') + CRLF];
        for (const r of part) lines.push(signinLine(r, idr) + CRLF);
        const buf = Buffer.from(lines.join(''), 'utf8');
        writeFileSync(join(out, name), buf);
        files.daily.push(join(out, name));
        bucket.push({ name, data: buf });
      }
    }
  }
  const span = `${ymd(T0)}_${ymd(T_END - 1)}`;
  const auditName = `AuditLogs_${span}.csv`;
  writeFileSync(join(out, auditName), BOM + AUDIT_COLUMNS.join(',') + CRLF + A.map((x) => auditLine(x, idr) + CRLF).join(''));
  files.audits = join(out, auditName);
  files.daily.push(files.audits);
  files.signins = join(out, `SigninLogs_${span}.zip`);
  files.noninteractive = join(out, `AADNonInteractiveUserSignInLogs_${span}.zip`);
  writeFileSync(files.signins, zip(zipS));
  writeFileSync(files.noninteractive, zip(zipN));

  const benignI = S.filter((x) => !x.attack && x.inter).length, benignN = S.filter((x) => !x.attack && !x.inter).length, benignA = A.filter((x) => !x.attack).length;
  const attackI = S.length - benignI - benignN ? S.filter((x) => x.attack && x.inter).length : 0;
  const attackN = S.filter((x) => x.attack && !x.inter).length, attackA = A.filter((x) => x.attack).length;
  const truth = {
    population: 'holdout12', seed, tenant: { name: 'Kestrel Relief International', domain: DOMAIN, tenantId: TENANT_ID },
    period: { start: iso(T0), end: iso(T_END - 1) },
    format: 'log-analytics-csv: one Export-to-CSV file per table per day (SigninLogs, AADNonInteractiveUserSignInLogs), AuditLogs in one file; the two sign-in tables also zipped',
    scenarios: scen.map((s) => ({ name: s.name, users: [...s.users].sort(), ips: [...s.ips].sort(), start: iso(Math.min(...s.times)), end: iso(Math.max(...s.times)),
      description: s.description, source: s.source, records: s.rows })),
    benign: { signins: benignI + benignN, interactive: benignI, noninteractive: benignN, audits: benignA },
    attack: { interactive: attackI, noninteractive: attackN, audits: attackA },
  };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const stats = { users: T.people.length, interactive: benignI, noninteractive: benignN, audits: benignA,
    attackInteractive: attackI, attackNoninteractive: attackN, attackAudits: attackA, distinctIps: new Set(S.filter((x) => !x.attack).map((x) => x.ip)).size };
  if (!quiet) console.log(JSON.stringify({ out, stats, files: { signins: files.signins, noninteractive: files.noninteractive, audits: files.audits, daily: files.daily.length } }, null, 1));
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const out = get('--out');
  if (!out) { console.error('usage: node tests/holdout12/generate.mjs --out DIR [--seed N]'); process.exit(2); }
  generate(out, get('--seed') ?? 12);
}
