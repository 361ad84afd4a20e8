// Seeded, deterministic randomness. Every module draws from its own named stream, so adding
// events in one population never shifts the random choices made in another.

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** sfc32 generator seeded from (seed, label). */
export function makeRng(seed, label) {
  let a = fnv1a(`a:${seed}:${label}`), b = fnv1a(`b:${label}:${seed}`), c = fnv1a(`c:${seed * 7919}:${label}`), d = 1;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b | 0) + d | 0;
    d = d + 1 | 0;
    a = b ^ b >>> 9;
    b = c + (c << 3) | 0;
    c = c << 21 | c >>> 11;
    c = c + t | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  const HEX = '0123456789abcdef';
  const r = {
    next,
    /** integer in [lo, hi] inclusive */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    float: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    /** pairs [[weight, value], ...] */
    weighted: (pairs) => {
      let total = 0;
      for (const [w] of pairs) total += w;
      let x = next() * total;
      for (const [w, v] of pairs) { if ((x -= w) < 0) return v; }
      return pairs[pairs.length - 1][1];
    },
    normal: (mu = 0, sigma = 1) => {
      const u = Math.max(next(), 1e-12), v = next();
      return mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    hex: (n) => { let s = ''; for (let i = 0; i < n; i++) s += HEX[Math.floor(next() * 16)]; return s; },
    uuid: () => {
      const h = r.hex(32);
      const v = HEX[8 + Math.floor(next() * 4)];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    shuffle: (xs) => {
      const a2 = xs.slice();
      for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; }
      return a2;
    },
    sample: (xs, n) => r.shuffle(xs).slice(0, n),
    /** base64url string of n random bytes */
    b64: (n) => {
      const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      let s = '';
      for (let i = 0; i < Math.ceil(n * 4 / 3); i++) s += A[Math.floor(next() * 64)];
      return s;
    },
  };
  return r;
}
