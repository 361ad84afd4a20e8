// Write the three evidence files.
import { writeFileSync, openSync, writeSync, closeSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { toGraph, toCsv, csvLine, CSV_HEADER } from './emit.mjs';

function writeJsonArray(path, items, map) {
  const fd = openSync(path, 'w');
  writeSync(fd, '[\n');
  let buf = [];
  for (let i = 0; i < items.length; i++) {
    buf.push(JSON.stringify(map(items[i])) + (i === items.length - 1 ? '\n' : ',\n'));
    if (buf.length >= 2000) { writeSync(fd, buf.join('')); buf = []; }
  }
  if (buf.length) writeSync(fd, buf.join(''));
  writeSync(fd, ']\n');
  closeSync(fd);
}

export function writeAll(out, { interactive, noninteractive, audits, truth }) {
  mkdirSync(out, { recursive: true });
  const files = {
    signins: join(out, 'signins.csv'),
    noninteractive: join(out, 'noninteractive.json'),
    audits: join(out, 'audits.json'),
    truth: join(out, 'truth.json'),
  };
  const fd = openSync(files.signins, 'w');
  writeSync(fd, csvLine(CSV_HEADER) + '\r\n');
  let buf = [];
  for (const e of interactive) {
    buf.push(toCsv(e) + '\r\n');
    if (buf.length >= 2000) { writeSync(fd, buf.join('')); buf = []; }
  }
  if (buf.length) writeSync(fd, buf.join(''));
  closeSync(fd);
  writeJsonArray(files.noninteractive, noninteractive, toGraph);
  writeJsonArray(files.audits, audits, (a) => a);
  writeFileSync(files.truth, JSON.stringify(truth, null, 2) + '\n');
  return files;
}
