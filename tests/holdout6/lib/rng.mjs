// Seeded PRNG (sfc32 seeded through splitmix32) and the random helpers the generator uses.
export class Rng {
  constructor(seed) {
    let s = (seed >>> 0) ^ 0x9e3779b9;
    const mix = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = mix(); this.b = mix(); this.c = mix(); this.d = mix();
    for (let i = 0; i < 16; i++) this.u32();
  }
  u32() {
    let { a, b, c, d } = this;
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return t;
  }
  next() { return this.u32() / 4294967296; }
  /** Integer in [lo, hi] inclusive. */
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  real(lo, hi) { return lo + this.next() * (hi - lo); }
  chance(p) { return this.next() < p; }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  /** pairs: [[weight, value], ...] */
  weighted(pairs) {
    let tot = 0;
    for (const [w] of pairs) tot += w;
    let r = this.next() * tot;
    for (const [w, v] of pairs) { if ((r -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  normal(mu = 0, sd = 1) {
    const u = 1 - this.next(), v = this.next();
    return mu + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** Poisson-ish small count. */
  poisson(lambda) {
    const L = Math.exp(-lambda);
    let k = 0, p = 1;
    do { k++; p *= this.next(); } while (p > L && k < 200);
    return k - 1;
  }
  shuffle(arr) {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  sample(arr, n) { return this.shuffle(arr).slice(0, n); }
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
  alnum(n) { const c = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'; let s = ''; for (let i = 0; i < n; i++) s += c[this.u32() % 36]; return s; }
  /** A child generator: independent stream derived from this one. */
  fork() { return new Rng(this.u32()); }
}
