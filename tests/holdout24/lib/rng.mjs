// Seeded PRNG (mulberry32) with the helpers the generator needs. Deterministic: no Math.random, no clock.
function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h >>> 0;
}

export function makeRng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const HEX = '0123456789abcdef';
  const r = {
    seed,
    next,
    fork: (label) => makeRng((hashStr(label) ^ Math.imul(seed, 2654435761)) >>> 0),
    int: (a, b) => a + Math.floor(next() * (b - a + 1)),
    real: (a, b) => a + next() * (b - a),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    weighted(pairs) {
      let tot = 0;
      for (const [, w] of pairs) tot += w;
      let x = next() * tot;
      for (const [v, w] of pairs) { if ((x -= w) < 0) return v; }
      return pairs[pairs.length - 1][0];
    },
    hex(n) { let o = ''; for (let i = 0; i < n; i++) o += HEX[Math.floor(next() * 16)]; return o; },
    uuid() {
      const h = r.hex(32);
      const v = HEX[8 + Math.floor(next() * 4)];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    alnum(n) { const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'; let o = ''; for (let i = 0; i < n; i++) o += A[Math.floor(next() * A.length)]; return o; },
    b64url(nBytes) {
      const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      let o = ''; const n = Math.ceil((nBytes * 4) / 3);
      for (let i = 0; i < n; i++) o += A[Math.floor(next() * 64)];
      return o;
    },
    poisson(l) {
      if (l <= 0) return 0;
      if (l > 30) return Math.max(0, Math.round(l + Math.sqrt(l) * r.normal()));
      const L = Math.exp(-l); let k = 0, p = 1;
      do { k++; p *= next(); } while (p > L);
      return k - 1;
    },
    normal() { let u = 0; while (u === 0) u = next(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next()); },
    shuffle(arr) { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
    sample(arr, k) { return r.shuffle(arr).slice(0, k); },
  };
  return r;
}
