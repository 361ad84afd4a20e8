// Writers: the portal CSV (57-column header, newest first) and Graph JSON arrays (newest first).
// Rows arrive already serialised; only their order is decided here.
import { openSync, writeSync, closeSync } from 'node:fs';
import { CSV_HEADER } from './records.mjs';

const newestFirst = (a, b) => b.t - a.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function writeChunked(path, head, items, sep, tail) {
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  let buf = [];
  let size = 0;
  items.forEach((x, i) => {
    buf.push(i ? sep + x.s : x.s); size += x.s.length;
    if (size > 4_000_000) { writeSync(fd, buf.join('')); buf = []; size = 0; }
  });
  if (buf.length) writeSync(fd, buf.join(''));
  writeSync(fd, tail);
  closeSync(fd);
}

export function writeCsv(path, items) {
  items.sort(newestFirst);
  writeChunked(path, CSV_HEADER + '\r\n', items, '\r\n', items.length ? '\r\n' : '');
}

export function writeJsonArray(path, items) {
  items.sort(newestFirst);
  writeChunked(path, '[\n', items, ',\n', '\n]\n');
}
