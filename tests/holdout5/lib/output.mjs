// Writes the three exports and truth.json.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_HEADER, csvRow, PLANTED } from './signin.mjs';
import { NETKEY } from './sessions.mjs';

const byTimeDesc = (key) => (a, b) => (a[key] < b[key] ? 1 : a[key] > b[key] ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export function writeAll(ctx, out, truth) {
  mkdirSync(out, { recursive: true });
  const inter = ctx.signins.filter((o) => o.isInteractive).sort(byTimeDesc('createdDateTime'));
  const non = ctx.signins.filter((o) => !o.isInteractive).sort(byTimeDesc('createdDateTime'));
  const audits = ctx.audits.slice().sort(byTimeDesc('activityDateTime'));
  const files = {
    signins: join(out, 'InteractiveSignIns_2025-11-03_2025-11-16.csv'),
    noninteractive: join(out, 'NonInteractiveSignIns_2025-11-03_2025-11-16.json'),
    audits: join(out, 'AuditLogs_2025-11-03_2025-11-16.json'),
    truth: join(out, 'truth.json'),
  };
  const lines = [CSV_HEADER];
  for (const o of inter) lines.push(csvRow(o, o[NETKEY]));
  writeFileSync(files.signins, lines.join('\r\n') + '\r\n');
  writeFileSync(files.noninteractive, jsonArray(non));
  writeFileSync(files.audits, jsonArray(audits));
  writeFileSync(files.truth, JSON.stringify(truth, null, 2) + '\n');
  const planted = (xs) => xs.filter((o) => o[PLANTED]).length;
  return { files, counts: { interactive: inter.length, noninteractive: non.length, audits: audits.length, plantedInteractive: planted(inter), plantedNon: planted(non), plantedAudits: planted(audits) } };
}

function jsonArray(xs) {
  const parts = new Array(xs.length);
  for (let i = 0; i < xs.length; i++) parts[i] = JSON.stringify(xs[i]);
  return '[\n' + parts.join(',\n') + '\n]\n';
}
