// Windows PowerShell 5.1 `ConvertTo-Json -Depth 100` output, reproduced.
//
// PS 5.1 builds the JSON with System.Web.Script.Serialization.JavaScriptSerializer and then re-indents it with its
// own formatter. What that gives (see README, "Shape at byte level"):
//   * CRLF line breaks; a member is `"Key":  value` (colon and TWO spaces);
//   * members / elements sit 4 columns to the right of the column of their opening bracket, and the closing
//     bracket goes back to the opening bracket's column (so nesting drifts right by the key's width);
//   * an empty array or object is the bracket, an empty line, and the closing bracket at the bracket's column;
//   * DateTime values are "\/Date(<ms since 1970 UTC>)\/";
//   * strings escape  "  \  and control characters, and also  '  <  >  &  as \u0027 \u003c \u003e \u0026.
// Values: null, boolean, number, string, PSDate, arrays, plain objects (key order kept).

import { openSync, writeSync, closeSync } from 'node:fs';

export class PSDate {
  constructor(ms) { this.ms = Math.round(ms); }
}

const NL = '\r\n';
const pads = [];
const pad = (n) => pads[n] ?? (pads[n] = ' '.repeat(n));

const ESC = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', "'": '\\u0027', '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u0085': '\\u0085', '\u2028': '\\u2028', '\u2029': '\\u2029' };
// eslint-disable-next-line no-control-regex
const NEEDS = /["\\'<>&\u0000-\u001f\u0085\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const NEEDS_G = /["\\'<>&\u0000-\u001f\u0085\u2028\u2029]/g;

export function quote(s) {
  if (!NEEDS.test(s)) return '"' + s + '"';
  return '"' + s.replace(NEEDS_G, (c) => ESC[c] ?? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + '"';
}

/** .NET double.ToString("R") for the values used here (finite, not tiny) equals JS's shortest form. */
function num(n) {
  if (!Number.isFinite(n)) return 'null';
  return String(n);
}

/** Serialize `v` whose first character lands at column `col`. */
export function ps(v, col = 0) {
  const parts = [];
  emit(v, col, parts);
  return parts.join('');
}

function emit(v, col, out) {
  if (v === null || v === undefined) { out.push('null'); return; }
  switch (typeof v) {
    case 'string': out.push(quote(v)); return;
    case 'number': out.push(num(v)); return;
    case 'boolean': out.push(v ? 'true' : 'false'); return;
  }
  if (v instanceof PSDate) { out.push('"\\/Date(' + v.ms + ')\\/"'); return; }
  const inner = col + 4;
  if (Array.isArray(v)) {
    if (v.length === 0) { out.push('[' + NL + NL + pad(col) + ']'); return; }
    out.push('[' + NL);
    for (let i = 0; i < v.length; i++) {
      out.push(pad(inner));
      emit(v[i], inner, out);
      out.push(i < v.length - 1 ? ',' + NL : NL);
    }
    out.push(pad(col) + ']');
    return;
  }
  const keys = Object.keys(v);
  if (keys.length === 0) { out.push('{' + NL + NL + pad(col) + '}'); return; }
  out.push('{' + NL);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const head = quote(k) + ':  ';
    out.push(pad(inner) + head);
    emit(v[k], inner + head.length, out);
    out.push(i < keys.length - 1 ? ',' + NL : NL);
  }
  out.push(pad(col) + '}');
}

/** Stream writer for `... | ConvertTo-Json -Depth 100 | Out-File -Encoding UTF8 [-Append]`:
 *  UTF-8 BOM once at the start of the file, each ConvertTo-Json result followed by CRLF (Out-File's line end). */
export class PSJsonFile {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.buf = [];
    this.len = 0;
    this.bytes = 0;
    this.raw('\ufeff');
  }
  raw(s) {
    this.buf.push(s);
    this.len += s.length;
    if (this.len > 4_000_000) this.flush();
  }
  flush() {
    if (!this.buf.length) return;
    const b = Buffer.from(this.buf.join(''), 'utf8');
    writeSync(this.fd, b);
    this.bytes += b.length;
    this.buf = []; this.len = 0;
  }
  /** One ConvertTo-Json call over `items` (an array when more than one; a bare object when exactly one). */
  writeConvertTo(items) {
    if (items.length === 0) return; // ConvertTo-Json writes nothing for no input; Out-File then writes nothing
    if (items.length === 1) { this.raw(ps(items[0], 0) + NL); return; }
    this.raw('[' + NL);
    for (let i = 0; i < items.length; i++) {
      this.raw(pad(4) + ps(items[i], 4) + (i < items.length - 1 ? ',' + NL : NL));
    }
    this.raw(']' + NL);
  }
  /** Same as writeConvertTo, for a lazily built sequence: `count` items, `make(i)` builds the i-th. */
  writeConvertToLazy(count, make) {
    if (count === 0) return;
    if (count === 1) { this.raw(ps(make(0), 0) + NL); return; }
    this.raw('[' + NL);
    for (let i = 0; i < count; i++) this.raw(pad(4) + ps(make(i), 4) + (i < count - 1 ? ',' + NL : NL));
    this.raw(']' + NL);
  }
  close() { this.flush(); closeSync(this.fd); return this.bytes; }
}
