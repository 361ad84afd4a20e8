// Writes the three log files (newest first) and truth.json.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_HEADER, csvRow } from './record.mjs';

const newestFirst = (key) => (a, b) => (a[key] < b[key] ? 1 : a[key] > b[key] ? -1 : a.id < b.id ? 1 : -1);

export function writeAll(out, w, truth, names) {
  mkdirSync(out, { recursive: true });
  w.I.sort(newestFirst('createdDateTime'));
  w.N.sort(newestFirst('createdDateTime'));
  w.A.sort(newestFirst('activityDateTime'));
  const files = {
    signins: join(out, names.signins), noninteractive: join(out, names.noninteractive), audits: join(out, names.audits), truth: join(out, 'truth.json'),
  };
  const rows = [CSV_HEADER];
  for (const o of w.I) rows.push(csvRow(o));
  writeFileSync(files.signins, rows.join('\r\n') + '\r\n');
  const arr = (xs) => (xs.length ? '[\n' + xs.map((x) => JSON.stringify(x)).join(',\n') + '\n]\n' : '[]\n');
  writeFileSync(files.noninteractive, arr(w.N));
  writeFileSync(files.audits, arr(w.A));
  writeFileSync(files.truth, JSON.stringify(truth, null, 2) + '\n');
  return files;
}
