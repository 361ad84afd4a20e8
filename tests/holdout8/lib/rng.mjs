// Seeded PRNG (sfc32) and helpers. Nothing here reads the clock or Math.random.
function hash(str) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h;
}

export function makeRng(seed, label = '') {
  let a = (seed >>> 0) ^ 0x9e3779b9, b = hash(label) ^ 0x243f6a88, c = 0xb7e15162 ^ hash(String(seed)), d = 1;
  function next() {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11); d = (d + 1) | 0;
    t = (t + d) | 0; c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  for (let i = 0; i < 24; i++) next();
  const HEX = '0123456789abcdef';
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    float: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    /** pairs: [[value, weight], ...] */
    weighted(pairs) {
      let total = 0; for (const [, w] of pairs) total += w;
      let x = next() * total;
      for (const [v, w] of pairs) { if ((x -= w) < 0) return v; }
      return pairs[pairs.length - 1][0];
    },
    hex(n) { let s = ''; for (let i = 0; i < n; i++) s += HEX[Math.floor(next() * 16)]; return s; },
    uuid() {
      const h = r.hex(32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[Math.floor(next() * 4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    b64url(nBytes) {
      const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      let s = ''; const n = Math.ceil(nBytes * 4 / 3);
      for (let i = 0; i < n; i++) s += A[Math.floor(next() * 64)];
      return s;
    },
    normal(mu = 0, sd = 1) {
      const u = Math.max(next(), 1e-12), v = next();
      return mu + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    shuffle(xs) { const a2 = xs.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
    sample(xs, k) { return r.shuffle(xs).slice(0, k); },
    fork: (lbl) => makeRng(seed, label + '/' + lbl),
  };
  return r;
}
