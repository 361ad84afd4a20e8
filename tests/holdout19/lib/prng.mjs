// Seeded PRNG (sfc32 seeded through splitmix32) and small helpers. Deterministic for a given seed.
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
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return t >>> 0;
  }
  next() { return this.u32() / 4294967296; }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }       // inclusive
  float(lo, hi) { return lo + this.next() * (hi - lo); }
  chance(p) { return this.next() < p; }
  pick(xs) { return xs[Math.floor(this.next() * xs.length)]; }
  weighted(pairs) {                                                            // [[item, weight], ...]
    let tot = 0; for (const [, w] of pairs) tot += w;
    let r = this.next() * tot;
    for (const [x, w] of pairs) { if ((r -= w) < 0) return x; }
    return pairs[pairs.length - 1][0];
  }
  shuffle(xs) {
    const a = xs.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  sample(xs, n) { return this.shuffle(xs).slice(0, n); }
  hex(n) { let s = ''; while (s.length < n) s += this.u32().toString(16).padStart(8, '0'); return s.slice(0, n); }
  guid() {
    const h = this.hex(32);
    const v = ((parseInt(h[16], 16) & 3) | 8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = this.u32() & 255; return b; }
  /** gaussian-ish (sum of uniforms) */
  normal(mu, sd) { let s = 0; for (let i = 0; i < 6; i++) s += this.next(); return mu + (s - 3) * sd / 0.7071; }
  /** derive an independent child stream */
  fork(label) { let h = 2166136261; for (const ch of String(label)) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619); } return new Rng((h ^ this.u32()) >>> 0); }
}
