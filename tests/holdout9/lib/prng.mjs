// Seeded randomness: sfc32 seeded through splitmix32. Nothing here reads the clock.
function splitmix32(a) {
  return () => {
    a |= 0; a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16); t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15; t = Math.imul(t, 0x735a2d97);
    return ((t ^= t >>> 15) >>> 0);
  };
}

export class Rng {
  constructor(seed) {
    const s = splitmix32(seed >>> 0);
    this.a = s(); this.b = s(); this.c = s(); this.d = s();
    for (let i = 0; i < 15; i++) this.u32();
  }
  u32() {
    let { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11); c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return t >>> 0;
  }
  /** [0, 1) */
  next() { return this.u32() / 4294967296; }
  /** integer in [lo, hi] */
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  real(lo, hi) { return lo + this.next() * (hi - lo); }
  chance(p) { return this.next() < p; }
  pick(xs) { return xs[Math.floor(this.next() * xs.length)]; }
  /** pick from [[weight, value], ...] */
  weighted(pairs) {
    let total = 0; for (const [w] of pairs) total += w;
    let r = this.next() * total;
    for (const [w, v] of pairs) { if ((r -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  gauss(mean = 0, sd = 1) {
    const u = 1 - this.next(), v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  shuffle(xs) {
    const a = xs.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  sample(xs, n) { return this.shuffle(xs).slice(0, Math.min(n, xs.length)); }
  hex(n) { let s = ''; while (s.length < n) s += this.u32().toString(16).padStart(8, '0'); return s.slice(0, n); }
  guid() {
    const h = this.hex(32);
    const v = ((parseInt(h[16], 16) & 3) | 8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  /** base64url of n random bytes (Entra's uniqueTokenIdentifier style) */
  b64u(n = 16) {
    const bytes = Buffer.alloc(n);
    for (let i = 0; i < n; i++) bytes[i] = this.u32() & 255;
    return bytes.toString('base64url');
  }
  alnum(n) { const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'; let s = ''; for (let i = 0; i < n; i++) s += A[this.int(0, A.length - 1)]; return s; }
  /** a child generator with its own stream (keeps parts independent of each other's draw counts) */
  fork(label) {
    let h = 2166136261;
    for (const ch of String(label)) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619); }
    return new Rng((this.u32() ^ h) >>> 0);
  }
}
