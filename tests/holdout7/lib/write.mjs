// Output files: portal CSV (interactive), Graph JSON arrays (non-interactive sign-ins, directory audits), truth.json.
import { openSync, writeSync, closeSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_HEADER, csvRow } from './signin.mjs';

const byTime = (k) => (a, b) => (a[k] < b[k] ? -1 : a[k] > b[k] ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const strip = (r) => { delete r._owner; return r; };

function chunked(path, head, items, fmt, sep, tail) {
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  for (let i = 0; i < items.length; i += 2000) writeSync(fd, items.slice(i, i + 2000).map(fmt).join(sep) + (i + 2000 < items.length ? sep : ''));
  writeSync(fd, tail);
  closeSync(fd);
}

export function writeAll(out, inter, non, audits, truth) {
  mkdirSync(out, { recursive: true });
  inter.sort(byTime('createdDateTime')); non.sort(byTime('createdDateTime')); audits.sort(byTime('activityDateTime'));
  const files = { signins: join(out, 'signins.csv'), noninteractive: join(out, 'noninteractive.json'), audits: join(out, 'audits.json'), truth: join(out, 'truth.json') };
  chunked(files.signins, '\uFEFF' + CSV_HEADER + '\r\n', inter, (r) => csvRow(strip(r)), '\r\n', '\r\n');
  chunked(files.noninteractive, '[\n', non, (r) => JSON.stringify(strip(r)), ',\n', '\n]\n');
  chunked(files.audits, '[\n', audits, (r) => JSON.stringify(strip(r)), ',\n', '\n]\n');
  writeFileSync(files.truth, JSON.stringify(truth, null, 2) + '\n');
  return files;
}
