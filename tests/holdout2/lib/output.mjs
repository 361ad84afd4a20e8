// Streams Graph-style `{"@odata.context": ..., "value": [...]}` files without building one huge string.
import { openSync, writeSync, closeSync, writeFileSync } from 'node:fs';

const CONTEXT = {
  signins: 'https://graph.microsoft.com/beta/$metadata#auditLogs/signIns',
  audits: 'https://graph.microsoft.com/v1.0/$metadata#auditLogs/directoryAudits',
};

/** Writes records newest first (the order Graph returns them in). */
export function writeGraph(path, kind, records, timeKey) {
  records.sort((a, b) => (a[timeKey] < b[timeKey] ? 1 : a[timeKey] > b[timeKey] ? -1 : 0));
  const fd = openSync(path, 'w');
  writeSync(fd, `{"@odata.context":${JSON.stringify(CONTEXT[kind])},"value":[`);
  const CH = 2000;
  for (let i = 0; i < records.length; i += CH) {
    const part = records.slice(i, i + CH).map((r) => JSON.stringify(r)).join(',\n');
    writeSync(fd, (i ? ',\n' : '\n') + part);
  }
  writeSync(fd, '\n]}\n');
  closeSync(fd);
}

export function writeJson(path, obj) {
  writeFileSync(path, JSON.stringify(obj, null, 2) + '\n');
}
