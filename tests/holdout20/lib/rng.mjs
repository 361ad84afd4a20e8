// Seeded PRNG (sfc32 seeded through splitmix32) and the small helpers the generator uses.
// Deterministic: the same seed gives the same bytes on every run and machine.

function splitmix32(a) {
  return () => {
    a |= 0; a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16); t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15; t = Math.imul(t, 0x735a2d97);
    return ((t ^ (t >>> 15)) >>> 0);
  };
}

export class Rng {
  constructor(seed) {
    const sm = splitmix32(seed >>> 0);
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
    for (let i = 0; i < 12; i++) this.u32();
  }
  u32() {
    let { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11); c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return t >>> 0;
  }
  next() { return this.u32() / 4294967296; }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p) { return this.next() < p; }
  pick(xs) { return xs[Math.floor(this.next() * xs.length)]; }
  weighted(pairs) { // [[value, weight], ...]
    let total = 0; for (const [, w] of pairs) total += w;
    let r = this.next() * total;
    for (const [v, w] of pairs) { if ((r -= w) < 0) return v; }
    return pairs[pairs.length - 1][0];
  }
  normal(mu = 0, sigma = 1) {
    const u = 1 - this.next(), v = this.next();
    return mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  shuffle(xs) { for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [xs[i], xs[j]] = [xs[j], xs[i]]; } return xs; }
  sample(xs, n) { return this.shuffle(xs.slice()).slice(0, n); }
  hex(n) { let s = ''; while (s.length < n) s += this.u32().toString(16).padStart(8, '0'); return s.slice(0, n); }
  uuid() {
    const h = this.hex(32);
    const v = ((parseInt(h[16], 16) & 3) | 8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  b64url(nBytes) {
    const buf = Buffer.alloc(nBytes);
    for (let i = 0; i < nBytes; i += 4) buf.writeUInt32LE(this.u32(), Math.min(i, nBytes - 4));
    return buf.toString('base64url');
  }
  alnum(n) { const cs = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'; let s = ''; for (let i = 0; i < n; i++) s += cs[this.u32() % cs.length]; return s; }
}

/** A child generator whose stream depends only on (seed, label): adding scenarios does not shift the benign data. */
export function fork(seed, label) {
  let h = 2166136261 ^ seed;
  for (const ch of label) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619); }
  return new Rng(h >>> 0);
}
