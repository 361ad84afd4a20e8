// Seeded PRNG for holdout4: sfc32 seeded through a 32-bit string hash, with named forks so
// that each part of the generator draws from its own stream.

/** 32-bit FNV-1a with a murmur-style finaliser. */
export function hash32(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export class Rng {
  constructor(seed, label = '') {
    this.seed = seed;
    this.label = label;
    this.a = hash32(`${seed}|a|${label}`);
    this.b = hash32(`${seed}|b|${label}`);
    this.c = hash32(`${seed}|c|${label}`);
    this.d = hash32(`${seed}|d|${label}`) | 1;
    for (let i = 0; i < 15; i++) this.next();
  }
  /** float in [0, 1) */
  next() {
    let { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return (t >>> 0) / 4294967296;
  }
  fork(label) { return new Rng(this.seed, `${this.label}/${label}`); }
  /** integer in [lo, hi] */
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  float(lo, hi) { return lo + this.next() * (hi - lo); }
  chance(p) { return this.next() < p; }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  /** pairs: [[value, weight], ...] */
  weighted(pairs) {
    let total = 0;
    for (const p of pairs) total += p[1];
    let r = this.next() * total;
    for (const p of pairs) { r -= p[1]; if (r < 0) return p[0]; }
    return pairs[pairs.length - 1][0];
  }
  gauss(mu = 0, sd = 1) {
    const u = 1 - this.next(), v = this.next();
    return mu + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** exponential with the given mean */
  exp(mean) { return -Math.log(1 - this.next()) * mean; }
  shuffle(arr) {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  sample(arr, k) { return this.shuffle(arr).slice(0, Math.min(k, arr.length)); }
  hex(n) { let s = ''; for (let i = 0; i < n; i++) s += HEX[Math.floor(this.next() * 16)]; return s; }
  guid() { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${HEX[8 + Math.floor(this.next() * 4)]}${this.hex(3)}-${this.hex(12)}`; }
  b64url(n) { let s = ''; for (let i = 0; i < n; i++) s += B64[Math.floor(this.next() * 64)]; return s; }
  alnum(n) { const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'; let s = ''; for (let i = 0; i < n; i++) s += A[Math.floor(this.next() * A.length)]; return s; }
}

/** A deterministic value in [0,1) for a key (independent of any stream's position). */
export function unit(key) { return hash32(key) / 4294967296; }
