// Sums a Chromium trace's CPU profiles (`BENCH_TRACE=FILE make bench`): self time per function,
// per thread (the page, the ingest worker, each part reader), busiest threads first.
//   node tests/bench/browser/trace-sum.mjs target/bench/trace.json [TOP]
import { readFileSync } from 'node:fs';

const raw = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const events = Array.isArray(raw) ? raw : raw.traceEvents;
const top = Number(process.argv[3] || 25);
const threadName = new Map();
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args.name);
// A profile is a "Profile" event then "ProfileChunk"s with the same id.
const profiles = new Map();
for (const e of events) {
  if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
  const key = `${e.pid}:${e.id}`;
  if (!profiles.has(key)) profiles.set(key, { thread: `${e.pid}:${e.tid}`, nodes: new Map(), samples: [], deltas: [] });
  const p = profiles.get(key);
  if (e.name === 'Profile') { p.thread = `${e.pid}:${e.tid}`; continue; }
  const d = e.args.data || {};
  for (const n of d.cpuProfile?.nodes || []) p.nodes.set(n.id, n);
  p.samples.push(...(d.cpuProfile?.samples || []));
  p.deltas.push(...(d.timeDeltas || []));
}
const rows = [];
for (const p of profiles.values()) {
  const self = new Map();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const n = p.nodes.get(p.samples[i]);
    const name = n?.callFrame?.functionName || `(${n?.callFrame?.url?.split('/').pop() || '?'})`;
    const dt = p.deltas[i + 1] ?? 0;
    if (name === '(idle)') continue;
    total += dt;
    self.set(name, (self.get(name) || 0) + dt);
  }
  rows.push({ thread: threadName.get(p.thread) || p.thread, total, self });
}
rows.sort((a, b) => b.total - a.total);
for (const r of rows) {
  if (r.total < 20_000) continue;
  console.log(`\n## ${r.thread}: ${(r.total / 1000).toFixed(0)} ms busy`);
  for (const [n, t] of [...r.self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(t / 1000).toFixed(0).padStart(6)} ms ${(100 * t / r.total).toFixed(1).padStart(5)} %  ${n.replace(/::h[0-9a-f]{16}$/, '').slice(0, 120)}`);
  }
}
