// Seeded randomness for holdout13: sfc32 fed by cyrb128, with independent forked streams.
// Nothing here reads the clock; the same seed and the same call order give the same numbers.

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
  h1 ^= h2 ^ h3 ^ h4; h2 ^= h1; h3 ^= h1; h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
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
  constructor(seed, label = 'root') {
    this.seed = seed;
    this.label = label;
    const s = cyrb128(`${seed}/${label}`);
    this.next = sfc32(s[0], s[1], s[2], s[3]);
    for (let i = 0; i < 12; i++) this.next();
  }
  /** An independent stream; the same label always gives the same stream for a seed. */
  fork(label) { return new Rng(this.seed, `${this.label}/${label}`); }
  float() { return this.next(); }
  /** integer in [lo, hi] inclusive */
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p) { return this.next() < p; }
  pick(xs) { return xs[Math.floor(this.next() * xs.length)]; }
  /** weighted pick from [[item, weight], ...] */
  wpick(pairs) {
    let total = 0;
    for (const p of pairs) total += p[1];
    let r = this.next() * total;
    for (const p of pairs) { r -= p[1]; if (r < 0) return p[0]; }
    return pairs[pairs.length - 1][0];
  }
  gauss(mean = 0, sd = 1) {
    let u = 0, v = 0;
    while (u === 0) u = this.next();
    while (v === 0) v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  poisson(lambda) {
    if (lambda <= 0) return 0;
    if (lambda > 30) return Math.max(0, Math.round(this.gauss(lambda, Math.sqrt(lambda))));
    const L = Math.exp(-lambda);
    let k = 0, p = 1;
    do { k++; p *= this.next(); } while (p > L);
    return k - 1;
  }
  shuffle(xs) {
    const a = xs.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  sample(xs, n) { return this.shuffle(xs).slice(0, Math.min(n, xs.length)); }
  hex(n) { let s = ''; for (let i = 0; i < n; i++) s += HEX[Math.floor(this.next() * 16)]; return s; }
  /** random v4 GUID */
  uuid() {
    const w = () => (Math.floor(this.next() * 4294967296) >>> 0).toString(16).padStart(8, '0');
    const a = w(), b = w(), c = w(), d = w();
    const v = HEX[(parseInt(c[0], 16) & 3) | 8];
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${v}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  }
  /** an ESTS request id: a GUID whose last byte is usually 00 (as real sign-in ids are) */
  requestId() {
    const u = this.uuid();
    const tail = this.wpick([['00', 80], ['01', 10], ['02', 5], ['03', 3], ['04', 2]]);
    return u.slice(0, 34) + tail;
  }
  alnum(n, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') {
    let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)]; return s;
  }
  digits(n) { let s = ''; for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10)); return s; }
}

/** .NET Guid.ToByteArray() order, base64url without padding: the shape of a `uti` claim. */
export function guidToUti(guid) {
  const h = guid.replace(/-/g, '');
  const b = Buffer.alloc(16);
  const le = (s, n) => { for (let i = 0; i < n; i++) b[i + off] = parseInt(s.substr((n - 1 - i) * 2, 2), 16); };
  let off = 0; le(h.slice(0, 8), 4); off = 4; le(h.slice(8, 12), 2); off = 6; le(h.slice(12, 16), 2);
  for (let i = 0; i < 8; i++) b[8 + i] = parseInt(h.substr(16 + i * 2, 2), 16);
  return b.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
