// A minimal W3C WebDriver client (the protocol, over HTTP, with Node's fetch) for the engines
// playwright-core cannot drive in their distribution builds: Firefox ESR (geckodriver) and
// WebKitGTK (WebKitWebDriver). Chromium runs through chromedriver the same way, so the
// cross-browser suite is one script for all three.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts a driver (`cmd args… --port=N`) in its own process group and waits until it answers.
 * `wrap` runs it under another command (xvfb-run for WebKitGTK, which needs a display).
 */
export async function startDriver(cmd, args = [], { wrap = [] } = {}) {
  const port = await freePort();
  const argv = [...wrap, cmd, ...args, `--port=${port}`];
  const proc = spawn(argv[0], argv.slice(1), { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null) throw new Error(`${cmd} exited (${proc.exitCode}): ${stderr}`);
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (i >= 300) {
      try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
      throw new Error(`${cmd} did not answer on ${base} within 30 s: ${stderr}`);
    }
    await sleep(100);
  }
  return {
    base,
    stderr: () => stderr,
    async stop() {
      try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* gone */ }
      await sleep(200);
      try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
    },
  };
}

async function call(base, method, path, body) {
  const r = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  let json = {};
  try { json = text ? JSON.parse(text) : {}; } catch { /* an error page that is not JSON */ }
  // A W3C error is a non-2xx status with {value: {error, message}}; a page's own result may
  // well have an `error` key, so only the status decides.
  if (!r.ok) {
    const v = json.value || {};
    throw new Error(`WebDriver ${method} ${path}: ${v.error || r.status}: ${v.message || text.slice(0, 300)}`);
  }
  return json.value;
}

/** A browser session: the few commands the suite needs. */
export class Session {
  static async create(driver, capabilities) {
    const v = await call(driver.base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    const s = new Session(driver.base, v.sessionId, v.capabilities);
    await call(driver.base, 'POST', `/session/${s.id}/timeouts`, { script: 120000, pageLoad: 60000, implicit: 0 });
    return s;
  }

  constructor(base, id, caps) {
    this.base = base;
    this.id = id;
    this.caps = caps;
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  goto(url) { return this.cmd('POST', '/url', { url }); }

  /** Runs `fn` (a function's source) in the page with `args`; returns its result. */
  run(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** Runs an async `fn` in the page; its promise's value comes back. */
  runAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1)))
        .then((v) => done({ ok: v }), (e) => done({ err: String(e && e.stack || e) }));`;
    return this.cmd('POST', '/execute/async', { script, args }).then((r) => {
      if (r && 'err' in r) throw new Error(r.err);
      return r && r.ok;
    });
  }

  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return v[ELEMENT];
  }

  async click(css) {
    const id = await this.find(css);
    return this.cmd('POST', `/element/${id}/click`, {});
  }

  async type(css, text) {
    const id = await this.find(css);
    return this.cmd('POST', `/element/${id}/value`, { text });
  }

  /** Waits until `fn` (page source) returns something truthy; returns it. */
  async waitFor(fn, { timeout = 60000, what = String(fn) } = {}, ...args) {
    const end = Date.now() + timeout;
    for (;;) {
      const v = await this.run(fn, ...args);
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the page: ${await this.state()}`);
      await sleep(150);
    }
  }

  /** What the page shows, for a failure's message: files, progress, notices, errors. */
  async state() {
    try {
      return await this.run(`() => JSON.stringify({
        ready: document.body?.dataset.ready,
        files: [...document.querySelectorAll('[data-testid=file-row]')].map((r) => (r.dataset.state || '') + ': ' + r.textContent.slice(0, 160)),
        progress: document.querySelector('[data-testid=progress]')?.textContent?.slice(0, 200) ?? null,
        notice: document.querySelector('[data-testid=notice]')?.textContent ?? null,
        welcome: !!document.querySelector('[data-testid=demo-welcome]'),
      })`);
    } catch (e) {
      return `(could not read it: ${e.message})`;
    }
  }

  async close() {
    try { await call(this.base, 'DELETE', `/session/${this.id}`); } catch { /* already gone */ }
  }
}
