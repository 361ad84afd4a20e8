// The analyst's files, byte for byte:
//  - `az rest` against the Log Analytics query API: {"tables":[{"name","columns","rows"}]}, printed by the Azure CLI
//    as JSON with a 2-space indent, non-ASCII kept as UTF-8 (ensure_ascii=False), a final newline;
//  - `az monitor log-analytics query`: a JSON array of row objects whose first key is "TableName" and whose every
//    value is Python's str() of the API value (numbers and booleans become "0"/"True", nulls become "None");
//  - a zip of several of those (stored with deflate, as `zip` writes it).
import zlib from 'node:zlib';

const IND = (n) => ' '.repeat(n);

class BufWriter {
  constructor(size) { this.buf = Buffer.allocUnsafe(size); this.off = 0; }
  ensure(n) {
    if (this.off + n <= this.buf.length) return;
    const nb = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.off + n + 1024));
    this.buf.copy(nb, 0, 0, this.off);
    this.buf = nb;
  }
  str(s) { this.ensure(s.length * 3); this.off += this.buf.write(s, this.off); }
  raw(b) { this.ensure(b.length); b.copy(this.buf, this.off); this.off += b.length; }
  result() { return this.buf.subarray(0, this.off); }
}

/** the REST response as `az rest` prints it, as a Buffer */
export function restResponse(columns, rows) {
  const w = new BufWriter(rows.length * 5000 + 65536);
  w.str('{\n  "tables": [\n    {\n      "name": "PrimaryResult",\n      "columns": [\n');
  w.str(columns.map(([name, type]) => `        {\n          "name": ${JSON.stringify(name)},\n          "type": ${JSON.stringify(type)}\n        }`).join(',\n'));
  w.str('\n      ],\n      "rows": [\n');
  const open = Buffer.from('        [\n'), pad = Buffer.from('          '), sepMid = Buffer.from(',\n'), nl = Buffer.from('\n');
  const closeMid = Buffer.from('        ],\n'), closeLast = Buffer.from('        ]\n');
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    w.raw(open);
    for (let j = 0; j < r.length; j++) {
      w.raw(pad);
      const v = r[j];
      w.str(typeof v === 'string' ? jstr(v) : JSON.stringify(v));
      w.raw(j < r.length - 1 ? sepMid : nl);
    }
    w.raw(i < rows.length - 1 ? closeMid : closeLast);
  }
  w.str('      ]\n    }\n  ]\n}\n');
  return w.result();
}

/** compact size of the API response (what the query API's ~100 MB response cap applies to) */
export function restCompactSize(columns, rows) {
  let n = JSON.stringify({ tables: [{ name: 'PrimaryResult', columns: columns.map(([name, type]) => ({ name, type })), rows: [] }] }).length;
  for (const r of rows) n += Buffer.byteLength(JSON.stringify(r)) + 1;
  return n;
}

/** Python str() of a JSON value as the API returned it */
export function pyStr(v) {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  return String(v);
}

const JCACHE = new Map();
function jstr(s) {
  if (s.length < 120) return JSON.stringify(s);
  let v = JCACHE.get(s);
  if (v === undefined) { v = JSON.stringify(s); if (JCACHE.size < 200000) JCACHE.set(s, v); }
  return v;
}

/** the Azure CLI's table output of `az monitor log-analytics query`, as a Buffer */
export function azCliRows(columns, rows) {
  const w = new BufWriter(rows.length * 7000 + 1024);
  const keys = columns.map(([n]) => ',\n    ' + JSON.stringify(n) + ': ');
  const n = keys.length;
  w.str('[');
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    let s = (i === 0 ? '\n' : ',\n') + '  {\n    "TableName": "PrimaryResult"';
    for (let j = 0; j < n; j++) s += keys[j] + jstr(pyStr(r[j]));
    s += '\n  }';
    w.str(s);
  }
  w.str(rows.length ? '\n]\n' : ']\n');
  return w.result();
}

// --- zip ------------------------------------------------------------------------------------------------------
let CRC_TABLE = null;
function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0;
  if (!CRC_TABLE) { CRC_TABLE = new Int32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; CRC_TABLE[n] = c; } }
  let c = -1;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 255] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function dosTime(d) { return ((d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1)) & 0xffff; }
function dosDate(d) { return (((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate()) & 0xffff; }

/** compress one member now (so the raw text can be dropped): { name, data: Buffer, mtime: Date } */
export function zipMember({ name, data, mtime }, level = 6) {
  return { name, mtime, comp: zlib.deflateRawSync(data, { level }), crc: crc32(data), size: data.length };
}
/** members: from zipMember */
export function zip(members) {
  const parts = [], central = [];
  let off = 0;
  for (const { name, comp, crc: c, size, mtime } of members) {
    const nb = Buffer.from(name, 'utf8');
    const data = { length: size };
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0, 6); lh.writeUInt16LE(8, 8);
    lh.writeUInt16LE(dosTime(mtime), 10); lh.writeUInt16LE(dosDate(mtime), 12); lh.writeUInt32LE(c, 14);
    lh.writeUInt32LE(comp.length, 18); lh.writeUInt32LE(data.length, 22); lh.writeUInt16LE(nb.length, 26); lh.writeUInt16LE(0, 28);
    parts.push(lh, nb, comp);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(0x031e, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(0, 8); ch.writeUInt16LE(8, 10);
    ch.writeUInt16LE(dosTime(mtime), 12); ch.writeUInt16LE(dosDate(mtime), 14); ch.writeUInt32LE(c, 16); ch.writeUInt32LE(comp.length, 20);
    ch.writeUInt32LE(data.length, 24); ch.writeUInt16LE(nb.length, 28); ch.writeUInt16LE(0, 30); ch.writeUInt16LE(0, 32); ch.writeUInt16LE(0, 34);
    ch.writeUInt16LE(0, 36); ch.writeUInt32LE((0o100644 * 65536) >>> 0, 38); ch.writeUInt32LE(off, 42);
    central.push(ch, nb);
    off += 30 + nb.length + comp.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(members.length, 8); end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(off, 16);
  return Buffer.concat([...parts, cd, end]);
}
