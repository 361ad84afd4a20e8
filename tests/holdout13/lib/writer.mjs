// Output: PowerShell 7 ConvertTo-Json rendering (2-space indent, CRLF), the Extractor-Suite-style collection runs
// (per-day windows, newest first, pages of 1000, inclusive ge/le bounds, two overlapping runs), the merged
// *-Combined.json files (UTF-8 BOM, CRLF) and a Compress-Archive style single-member zip for the large ones.
import { openSync, writeSync, closeSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import * as zlib from 'node:zlib';
import { START, END, DAY } from './calendar.mjs';

const NL = '\r\n';
const BOM = '\ufeff';

/** PowerShell 7 ConvertTo-Json -Depth 100 (Newtonsoft, Formatting.Indented, CRLF on Windows). */
const PADS = []; for (let i = 0; i < 64; i++) PADS.push(' '.repeat(i));
const KEYS = new Map();
const keyStr = (k) => { let s = KEYS.get(k); if (s === undefined) { s = JSON.stringify(k) + ': '; KEYS.set(k, s); } return s; };
const MEMO = new Map();
export function resetMemo() { MEMO.clear(); }
function emit(v, ind, out) {
  if (v === null || v === undefined) { out.push('null'); return; }
  const ty = typeof v;
  if (ty === 'string') { out.push(JSON.stringify(v)); return; }
  if (ty === 'number' || ty === 'boolean') { out.push(String(v)); return; }
  if (v.__k !== undefined) {   // sub-objects that repeat across records are rendered once per indentation
    const mk = ind + '|' + v.__k;
    let s = MEMO.get(mk);
    if (s === undefined) { const o = []; emitPlain(v, ind, o); s = o.join(''); if (MEMO.size < 200000) MEMO.set(mk, s); }
    out.push(s);
    return;
  }
  emitPlain(v, ind, out);
}
function emitPlain(v, ind, out) {
  const pad = PADS[ind + 2], end = PADS[ind];
  if (Array.isArray(v)) {
    if (!v.length) { out.push('[]'); return; }
    out.push('[\r\n');
    for (let i = 0; i < v.length; i++) { out.push(pad); emit(v[i], ind + 2, out); out.push(i < v.length - 1 ? ',\r\n' : '\r\n'); }
    out.push(end, ']');
    return;
  }
  const ks = Object.keys(v);
  if (!ks.length) { out.push('{}'); return; }
  out.push('{\r\n');
  for (let i = 0; i < ks.length; i++) { out.push(pad, keyStr(ks[i])); emit(v[ks[i]], ind + 2, out); out.push(i < ks.length - 1 ? ',\r\n' : '\r\n'); }
  out.push(end, '}');
}
export function ps7(v, ind = 0) { const out = []; emit(v, ind, out); return out.join(''); }

// ----------------------------------------------------------------------------------------- collection runs
export const RUN_A = { from: START, to: Date.UTC(2026, 9, 19, 2, 0, 0), at: Date.UTC(2026, 9, 19, 2, 3, 11) };
export const RUN_B = { from: Date.UTC(2026, 9, 19, 1, 55, 0), to: END, at: Date.UTC(2026, 9, 26, 0, 14, 37) };

function windows(run) {
  const w = [];
  for (let s = run.from; s < run.to; s = Math.min(run.to, Math.floor(s / DAY) * DAY + DAY)) w.push([s, Math.min(run.to, Math.floor(s / DAY) * DAY + DAY)]);
  return w;
}

/**
 * Simulates the collection: for each run and each day window [ge, le] (both inclusive, second precision),
 * the records newest first, split into pages of 1000. Returns [{run, window, page: [items], fetchedAt}].
 * `secOf(item)` gives the item's timestamp in whole-second ms.
 */
export function collect(items, secOf, rng, pageSize = 1000) {
  const sorted = items.slice().sort((a, b) => secOf(b) - secOf(a) || (a._ord - b._ord));
  const pages = [];
  for (const run of [RUN_A, RUN_B]) {
    let clock = run.at;
    for (const [ge, le] of windows(run)) {
      const inWin = sorted.filter((x) => { const s = secOf(x); return s >= ge && s <= le; });
      if (!inWin.length) { clock += rng.int(300, 900); continue; }
      for (let i = 0; i < inWin.length; i += pageSize) {
        clock += rng.int(350, 1900) + Math.floor(Math.min(pageSize, inWin.length - i) * 1.1);
        pages.push({ run: run === RUN_A ? 'A' : 'B', window: [ge, le], page: inWin.slice(i, i + pageSize), fetchedAt: clock });
      }
    }
  }
  return pages;
}

const stamp = (t) => { const d = new Date(t + 11 * 3600e3); return d.toISOString().replace(/[-:T]/g, '').slice(0, 14); }; // responder's workstation clock (AEDT)

/** Per-page files as the collector writes them: pages fetched in the same second share a file (concatenated arrays). */
export function writeRawPages(dir, suffix, pages, toObj) {
  mkdirSync(dir, { recursive: true });
  const files = new Map();
  for (const p of pages) {
    const name = `${stamp(p.fetchedAt)}-${suffix}.json`;
    const arr = p.page.map(toObj);
    const text = (arr.length === 1 ? ps7(arr[0], 0) : ps7(arr, 0)) + NL;
    files.set(name, (files.get(name) || BOM) + text);
  }
  const out = [];
  for (const [name, text] of files) { writeFileSync(join(dir, name), text, 'utf8'); out.push(join(dir, name)); }
  return out;
}

/** Render a merged Combined file (one array) as text pieces, calling sink(str) with multi-MB chunks. */
function renderCombined(records, toObj, sink) {
  let out = [BOM + '[' + NL];
  for (let i = 0; i < records.length; i++) {
    out.push('  ');
    emit(toObj(records[i]), 2, out);
    out.push(i < records.length - 1 ? ',' + NL : NL);
    if ((i & 1023) === 1023) { sink(out.join('')); out = []; }
  }
  out.push(']' + NL);
  sink(out.join(''));
}

export function writeCombinedJson(path, records, toObj) {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  let bytes = 0;
  renderCombined(records, toObj, (s) => { const b = Buffer.from(s, 'utf8'); writeSync(fd, b); bytes += b.length; });
  closeSync(fd);
  return bytes;
}

// ----------------------------------------------------------------------------------------- zip (Compress-Archive style)
let CRC_TABLE = null;
function crc32(buf, crc) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf, crc);
  if (!CRC_TABLE) { CRC_TABLE = new Int32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; CRC_TABLE[n] = c; } }
  let c = ~crc;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (~c) >>> 0;
}
function dosTime(t) {
  const d = new Date(t);
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

/** A single-member zip whose member is the rendered Combined file. Returns {bytes, uncompressed}. */
export function writeCombinedZip(zipPath, memberName, records, toObj, mtimeLocal, level = 6) {
  mkdirSync(dirname(zipPath), { recursive: true });
  const fd = openSync(zipPath, 'w');
  const name = Buffer.from(memberName, 'utf8');
  const hdrLen = 30 + name.length;
  writeSync(fd, Buffer.alloc(hdrLen), 0, hdrLen, 0);
  let pos = hdrLen, crc = 0, usize = 0, csize = 0;
  const opts = { level, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  renderCombined(records, toObj, (s) => {
    const b = Buffer.from(s, 'utf8');
    crc = crc32(b, crc); usize += b.length;
    const c = zlib.deflateRawSync(b, opts);
    writeSync(fd, c, 0, c.length, pos); pos += c.length; csize += c.length;
  });
  const fin = zlib.deflateRawSync(Buffer.alloc(0), { level });     // final empty block
  writeSync(fd, fin, 0, fin.length, pos); pos += fin.length; csize += fin.length;
  if (usize > 0xffffffff || csize > 0xffffffff) throw new Error('zip64 not implemented');
  const { time, date } = dosTime(mtimeLocal);
  const local = Buffer.alloc(hdrLen);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0, 6); local.writeUInt16LE(8, 8);
  local.writeUInt16LE(time, 10); local.writeUInt16LE(date, 12); local.writeUInt32LE(crc >>> 0, 14); local.writeUInt32LE(csize, 18); local.writeUInt32LE(usize, 22);
  local.writeUInt16LE(name.length, 26); local.writeUInt16LE(0, 28); name.copy(local, 30);
  writeSync(fd, local, 0, hdrLen, 0);
  const cen = Buffer.alloc(46 + name.length);
  cen.writeUInt32LE(0x02014b50, 0); cen.writeUInt16LE(20, 4); cen.writeUInt16LE(20, 6); cen.writeUInt16LE(0, 8); cen.writeUInt16LE(8, 10);
  cen.writeUInt16LE(time, 12); cen.writeUInt16LE(date, 14); cen.writeUInt32LE(crc >>> 0, 16); cen.writeUInt32LE(csize, 20); cen.writeUInt32LE(usize, 24);
  cen.writeUInt16LE(name.length, 28); cen.writeUInt16LE(0, 30); cen.writeUInt16LE(0, 32); cen.writeUInt16LE(0, 34); cen.writeUInt16LE(0, 36); cen.writeUInt32LE(0, 38); cen.writeUInt32LE(0, 42); name.copy(cen, 46);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0); eocd.writeUInt16LE(0, 4); eocd.writeUInt16LE(0, 6); eocd.writeUInt16LE(1, 8); eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(cen.length, 12); eocd.writeUInt32LE(pos, 16); eocd.writeUInt16LE(0, 20);
  writeSync(fd, cen, 0, cen.length, pos); pos += cen.length;
  writeSync(fd, eocd, 0, eocd.length, pos); pos += eocd.length;
  closeSync(fd);
  return { bytes: pos, uncompressed: usize };
}
