// Seeded PRNG: cyrb128 string hash feeding sfc32. Every consumer forks its own named stream, so adding
// draws in one part of the generator never shifts another part. Nothing here reads the clock.

function cyrb128(str) {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0, k; i < str.length; i++) {
    k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

function sfc32(a, b, c, d) {
  return function () {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

const HEX = '0123456789abcdef';

export class Rng {
  constructor(seed) {
    this.seed = String(seed);
    const s = cyrb128(this.seed);
    this.f = sfc32(s[0], s[1], s[2], s[3]);
    for (let i = 0; i < 12; i++) this.f();
  }
  fork(label) { return new Rng(this.seed + '/' + label); }
  next() { return this.f(); }
  /** integer in [a, b] inclusive */
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  float(a, b) { return a + this.f() * (b - a); }
  chance(p) { return this.f() < p; }
  pick(arr) { return arr[Math.floor(this.f() * arr.length)]; }
  /** weighted pick from [[value, weight], ...] */
  wpick(pairs) {
    let total = 0;
    for (const p of pairs) total += p[1];
    let r = this.f() * total;
    for (const p of pairs) { r -= p[1]; if (r < 0) return p[0]; }
    return pairs[pairs.length - 1][0];
  }
  gauss(mean = 0, sd = 1) {
    let u = 0, v = 0;
    while (u === 0) u = this.f();
    while (v === 0) v = this.f();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  shuffle(arr) {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  sample(arr, n) { return this.shuffle(arr).slice(0, n); }
  hex(n) { let s = ''; for (let i = 0; i < n; i++) s += HEX[Math.floor(this.f() * 16)]; return s; }
  guid() {
    const h = this.hex(32);
    const v = HEX[8 + Math.floor(this.f() * 4)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  /** ESTS request ids (sign-in ids) usually end in 00 */
  requestId() { const g = this.guid(); return g.slice(0, 34) + '00'; }
  alnum(n) { const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'; let s = ''; for (let i = 0; i < n; i++) s += A[Math.floor(this.f() * A.length)]; return s; }
}
