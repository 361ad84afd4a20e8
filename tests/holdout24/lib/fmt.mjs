// Output formatting for Log Analytics "Export to CSV": UTF-8 BOM, CRLF, "" escaping, " [UTC]" datetime cells.
import { writeFileSync } from 'node:fs';

/** 4/28/2021, 2:08:45.221 PM (the Logs blade's en-US display format). */
export function fmtLA(ms) {
  const d = new Date(ms);
  let h = d.getUTCHours();
  const ap = h >= 12 ? 'PM' : 'AM';
  h = h % 12; if (h === 0) h = 12;
  const p2 = (n) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}, ${h}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')} ${ap}`;
}

/** ISO with 7 fractional digits and +00:00 (as inside AuthenticationDetails). `sub` = 4 extra digits. */
export function iso7(ms, sub = 0) {
  const s = new Date(ms).toISOString(); // 2026-02-05T14:12:03.123Z
  return `${s.slice(0, 23)}${String(sub).padStart(4, '0')}+00:00`;
}
export function isoZ(ms) { return new Date(ms).toISOString(); }

export function cell(v) {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : String(v);
  if (/[",\r\n]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** Compact JSON (dynamic columns). */
export const jc = (o) => JSON.stringify(o);
/** Pretty JSON with 2-space indent and CRLF (string columns such as AuthenticationDetails). */
export const jp = (o) => (Array.isArray(o) && o.length === 0 ? '[]' : JSON.stringify(o, null, 2).replace(/\n/g, '\r\n'));

export function writeCsv(path, header, rows) {
  const parts = ['\uFEFF' + header.join(',')];
  for (const r of rows) parts.push(r.map(cell).join(','));
  const text = parts.join('\r\n') + '\r\n';
  writeFileSync(path, text, 'utf8');
  return Buffer.byteLength(text);
}
