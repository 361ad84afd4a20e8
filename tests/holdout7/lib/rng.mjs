// Seeded randomness. Every stream is derived from (seed, label) so that adding draws in one
// module never shifts another module's output.

function hash32(str) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h >>> 0;
}

export class Rng {
  constructor(seed, label = '') {
    let s = (hash32(`${seed}:${label}`) ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0;
    this.a = s || 0x1234567;
    this.b = hash32(`b:${label}:${seed}`) || 0x2345678;
    this.c = hash32(`c:${seed}:${label}`) || 0x3456789;
    this.d = hash32(`d:${label}`) ^ seed || 0x456789a;
    for (let i = 0; i < 12; i++) this.u32();
  }
  /** sfc32 */
  u32() {
    let { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11); c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return t >>> 0;
  }
  next() { return this.u32() / 4294967296; }
  fork(label) { return new Rng(this.u32(), label); }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  float(lo, hi) { return lo + this.next() * (hi - lo); }
  chance(p) { return this.next() < p; }
  pick(xs) { return xs[Math.floor(this.next() * xs.length)]; }
  /** pairs: [[value, weight], ...] */
  weighted(pairs) {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = this.next() * total;
    for (const [v, w] of pairs) { if ((r -= w) < 0) return v; }
    return pairs[pairs.length - 1][0];
  }
  shuffle(xs) {
    const a = xs.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  sample(xs, n) { return this.shuffle(xs).slice(0, n); }
  gauss(mean = 0, sd = 1) {
    const u = 1 - this.next(), v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  hex(n) { let s = ''; while (s.length < n) s += this.u32().toString(16).padStart(8, '0'); return s.slice(0, n); }
  uuid() {
    const h = this.hex(32);
    const v = ((parseInt(h[16], 16) & 3) | 8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  b64url(bytes) {
    const b = Buffer.alloc(bytes);
    for (let i = 0; i < bytes; i++) b[i] = this.u32() & 255;
    return b.toString('base64url');
  }
  alnum(n) { const cs = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'; let s = ''; for (let i = 0; i < n; i++) s += cs[this.u32() % cs.length]; return s; }
}
