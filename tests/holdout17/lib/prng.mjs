// Seeded pseudo-random numbers (sfc32 seeded through splitmix32) and the helpers every module uses.
// No Math.random, no clock: the same seed gives the same stream.

function splitmix32(a) {
  return () => {
    a |= 0; a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16); t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15; t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

export class Rng {
  constructor(seed) {
    const sm = splitmix32(seed >>> 0);
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
    for (let i = 0; i < 16; i++) this.u32();
  }
  u32() {
    let { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return t >>> 0;
  }
  /** [0, 1) */
  next() { return this.u32() / 4294967296; }
  /** integer in [lo, hi] */
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p) { return this.next() < p; }
  pick(xs) { return xs[Math.floor(this.next() * xs.length)]; }
  /** xs: [[value, weight], ...] */
  weighted(xs) {
    let tot = 0;
    for (const [, w] of xs) tot += w;
    let r = this.next() * tot;
    for (const [v, w] of xs) { if ((r -= w) < 0) return v; }
    return xs[xs.length - 1][0];
  }
  normal(mu = 0, sd = 1) {
    const u = 1 - this.next(), v = this.next();
    return mu + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** exponential with the given mean */
  exp(mean) { return -Math.log(1 - this.next()) * mean; }
  shuffle(xs) {
    for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [xs[i], xs[j]] = [xs[j], xs[i]]; }
    return xs;
  }
  sample(xs, n) { return this.shuffle(xs.slice()).slice(0, n); }
  hex(n) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.u32() & 15]; return s; }
  /** random (version 4 style) GUID */
  guid() {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.u32() & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  /** an Entra sign-in request id: a GUID whose last two hex digits are 00, as in real logs */
  requestId() { const g = this.guid(); return g.slice(0, 34) + '00'; }
  alnum(n) { const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'; let s = ''; for (let i = 0; i < n; i++) s += A[this.u32() % 36]; return s; }
  /** derive an independent child stream */
  fork(label) {
    let h = 2166136261;
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619);
    return new Rng((this.u32() ^ h) >>> 0);
  }
}

/** A stable GUID from a string (FNV-1a based; for fixed tenant objects). */
export function stableGuid(label) {
  const parts = [];
  let h = 2166136261 >>> 0;
  for (let k = 0; k < 4; k++) {
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619) >>> 0;
    h = Math.imul(h ^ (k + 0x51), 16777619) >>> 0;
    parts.push(h.toString(16).padStart(8, '0'));
  }
  const s = parts.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${'89ab'[parseInt(s[16], 16) & 3]}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

/** .NET Guid.ToByteArray() order, base64url without padding (the uniqueTokenIdentifier form). */
export function guidToken(g) {
  const h = g.replace(/-/g, '');
  const b = Buffer.alloc(16);
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  for (let i = 0; i < 16; i++) b[i] = parseInt(h.substr(order[i] * 2, 2), 16);
  return b.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
