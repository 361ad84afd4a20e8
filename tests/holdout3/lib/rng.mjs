// Seeded, deterministic random helpers (sfc32 seeded through splitmix32).
export function makeRng(seed) {
  let s = seed >>> 0;
  const sm = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = sm(), b = sm(), c = sm(), d = sm();
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const r = {
    next,
    float: (lo = 0, hi = 1) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    /** weighted pick from [[item, weight], ...] */
    wpick: (pairs) => {
      let tot = 0;
      for (const [, w] of pairs) tot += w;
      let x = next() * tot;
      for (const [v, w] of pairs) { if ((x -= w) < 0) return v; }
      return pairs[pairs.length - 1][0];
    },
    normal: (mu = 0, sd = 1) => {
      const u = Math.max(next(), 1e-12), v = next();
      return mu + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    shuffle: (xs) => {
      const ys = xs.slice();
      for (let i = ys.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [ys[i], ys[j]] = [ys[j], ys[i]]; }
      return ys;
    },
    sample: (xs, n) => r.shuffle(xs).slice(0, n),
    hex: (n) => { let s2 = ''; for (let i = 0; i < n; i++) s2 += '0123456789abcdef'[Math.floor(next() * 16)]; return s2; },
    guid: () => {
      const h = r.hex(32);
      const v = '89ab'[Math.floor(next() * 4)];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    /** a child generator, so that adding draws in one stream does not shift another */
    fork: (salt) => makeRng((seed * 31 + hashStr(String(salt))) >>> 0),
  };
  return r;
}

export function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h;
}

export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
