// Seeded, deterministic randomness (sfc32 seeded through splitmix32). No Math.random anywhere.
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
    const s = splitmix32(seed >>> 0);
    this.a = s(); this.b = s(); this.c = s(); this.d = s();
    for (let i = 0; i < 16; i++) this.u32();
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
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); } // inclusive
  chance(p) { return this.next() < p; }
  pick(xs) { return xs[Math.floor(this.next() * xs.length)]; }
  weighted(pairs) { // [[item, weight], ...]
    let tot = 0; for (const [, w] of pairs) tot += w;
    let r = this.next() * tot;
    for (const [x, w] of pairs) { r -= w; if (r < 0) return x; }
    return pairs[pairs.length - 1][0];
  }
  gauss(mu = 0, sd = 1) {
    const u = 1 - this.next(), v = this.next();
    return mu + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  hex(n) { let s = ''; while (s.length < n) s += this.u32().toString(16).padStart(8, '0'); return s.slice(0, n); }
  uuid() {
    const h = this.hex(32);
    const v = ((parseInt(h[16], 16) & 3) | 8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  b64url(n) {
    const al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let s = ''; for (let i = 0; i < n; i++) s += al[this.u32() & 63]; return s;
  }
  shuffle(xs) { for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [xs[i], xs[j]] = [xs[j], xs[i]]; } return xs; }
  /** A child generator: independent stream derived from this one and a label. */
  fork(label) { let h = 2166136261; for (const ch of String(label)) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619); } return new Rng((h ^ this.u32()) >>> 0); }
}
