// The in-browser side of `make bench`: every function takes a File picked through
// #files and returns plain numbers. Times are performance.now() milliseconds from the
// moment the File is handed over to the moment the last record is in.

const log = (s) => { document.getElementById('log').textContent += s + '\n'; };

function heap() {
  return performance.memory ? performance.memory.usedJSHeapSize : 0;
}

function gc() {
  if (typeof window.gc === 'function') window.gc();
}

function message(worker, type) {
  return new Promise((resolve, reject) => {
    const on = (e) => {
      if (e.data && e.data.type === type) { worker.removeEventListener('message', on); resolve(e.data); }
    };
    worker.addEventListener('message', on);
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'worker error')), { once: true });
  });
}

/** Lantern: the release worker from dist/, a fresh one per file. */
async function lantern(file) {
  const worker = new Worker('/lantern-worker_loader.js');
  await message(worker, 'ready');
  worker.postMessage({ type: 'bench-mirror' });
  let first = null;
  let deltas = 0;
  let deltaBytes = 0;
  const timeline = [];
  const t0 = performance.now();
  const done = new Promise((resolve, reject) => {
    worker.addEventListener('message', (e) => {
      const d = e.data;
      if (!d || d.type !== 'delta') return;
      deltas += 1;
      deltaBytes += d.buf.byteLength;
      timeline.push([Math.round(performance.now() - t0), Math.round(d.bytesDone / 1e6), d.adopted, d.buf.byteLength]);
      if (first === null && d.buf.byteLength > 64) first = performance.now() - t0;
      if (d.done) resolve(d);
    });
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'the worker crashed')));
  });
  worker.postMessage({ type: 'load', id: 1, file, name: file.name });
  let last;
  try {
    last = await done;
  } catch (e) {
    worker.terminate();
    return { ok: false, error: String(e.message || e), ms: performance.now() - t0 };
  }
  const ms = performance.now() - t0;
  const files = JSON.parse(last.files);
  worker.postMessage({ type: 'stats', id: 1 });
  const stats = await message(worker, 'stats');
  worker.terminate();
  const f = files[0] || {};
  return {
    ok: !f.error,
    ms,
    firstDeltaMs: first,
    signins: files.reduce((n, x) => n + x.signins, 0),
    audits: files.reduce((n, x) => n + x.audits, 0),
    state: f.state,
    error: f.error || null,
    warnings: files.reduce((n, x) => n + x.warnings.length + x.warnings_dropped, 0),
    firstWarnings: (f.warnings || []).slice(0, 3).map((w) => w.message),
    deltas,
    deltaBytes,
    wasmBytes: stats.wasmBytes,
    workerHeapBytes: stats.workerHeapBytes,
    modelHeapBytes: stats.modelHeapBytes,
    modelSignins: stats.signins,
    // How the worker read it: parts planned and adopted (one per spare core; core::ingest::split).
    parts: last.parts,
    adopted: last.adopted,
    refused: last.refused || null,
    timeline,
  };
}

/** Papa Parse on the File (its own chunked FileReader), rows counted and dropped. */
async function papa(file) {
  gc();
  const before = heap();
  let peak = before;
  let rows = 0;
  const t0 = performance.now();
  await new Promise((resolve, reject) => {
    Papa.parse(file, {
      chunk: (r) => { rows += r.data.length; const h = heap(); if (h > peak) peak = h; },
      complete: resolve,
      error: reject,
    });
  });
  return { ms: performance.now() - t0, rows, peakHeapBytes: peak - before };
}

/** Where the last top-level record of `s` starts (the index of the `,` before it), for any key
 *  order and pretty-printed or not: a record starts with its first two keys as the file's first
 *  record has them (`{"id":"…","createdDateTime":` in Graph's order) — nested objects (a CA
 *  policy's `{"id":"…","displayName":`) have other second keys. */
function recordCutter(head) {
  const m = head.match(/^\s*\{\s*("[^"]+")\s*:\s*(?:"(?:[^"\\]|\\.)*"|[^,{}[\]"]*)\s*,\s*("[^"]+")\s*:/);
  if (!m) throw new Error(`the JSON array's first record does not start with two keys: ${head.slice(0, 80)}`);
  const [, k1, k2] = m;
  const value = /^\s*:\s*(?:"(?:[^"\\]|\\.)*"|[^,{}[\]"]*)\s*,\s*$/;
  return (s) => {
    for (let i = s.length; ;) {
      i = s.lastIndexOf(k2, i - 1);
      if (i < 0) return -1;
      const j = s.lastIndexOf(k1, i);
      if (j < 0) return -1;
      if (i - j < 4096 && value.test(s.slice(j + k1.length, i))) {
        const before = s.slice(Math.max(0, j - 64), j);
        const open = before.search(/,\s*\{\s*$/);
        if (open >= 0) return j - before.length + open;
      }
    }
  };
}

/** JSON.parse over record-aligned chunks of a Graph JSON array, in whatever key order the file
 *  has (`recordCutter`). The boundary search is a backwards string search, the cheapest a
 *  JavaScript reader could do, which favours JSON.parse. */
async function jsonParse(file, chunkBytes = 32 << 20) {
  gc();
  const before = heap();
  let peak = before;
  let records = 0;
  const dec = new TextDecoder();
  let carry = '';
  let boundary = null;
  const t0 = performance.now();
  for (let off = 0; off < file.size; off += chunkBytes) {
    const buf = await file.slice(off, Math.min(off + chunkBytes, file.size)).arrayBuffer();
    let s = carry + dec.decode(buf, { stream: true });
    if (!boundary) { s = s.slice(s.indexOf('[') + 1); boundary = recordCutter(s); }
    const b = boundary(s);
    if (b < 0) { carry = s; continue; }
    records += JSON.parse('[' + s.slice(0, b) + ']').length;
    carry = s.slice(b + 1);
    const h = heap(); if (h > peak) peak = h;
  }
  let tail = (carry + dec.decode()).trimEnd();
  if (tail.endsWith(']')) tail = tail.slice(0, -1);
  if (tail.trim().length) records += JSON.parse('[' + tail + ']').length;
  return { ms: performance.now() - t0, records, peakHeapBytes: peak - before };
}

/** Total memory of the page and its workers, when the browser can measure it. */
async function uaMemory() {
  if (!self.crossOriginIsolated || !performance.measureUserAgentSpecificMemory) return null;
  const r = await Promise.race([performance.measureUserAgentSpecificMemory(), new Promise((res) => setTimeout(() => res(null), 15000))]);
  return r ? r.bytes : null;
}

function pick(name) {
  const f = [...document.getElementById('files').files].find((x) => x.name === name);
  if (!f) throw new Error(`no picked file ${name}`);
  return f;
}

window.bench = {
  async lantern(name) { const r = await lantern(pick(name)); log(`${name} lantern ${JSON.stringify(r)}`); return r; },
  async papa(name) { const r = await papa(pick(name)); log(`${name} papa ${JSON.stringify(r)}`); return r; },
  async jsonParse(name) { const r = await jsonParse(pick(name)); log(`${name} JSON.parse ${JSON.stringify(r)}`); return r; },
  uaMemory,
  size(name) { return pick(name).size; },
};
document.body.dataset.ready = 'true';
