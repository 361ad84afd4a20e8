// Address registry: every address is allocated once, belongs to one network (ASN) and one place,
// and remembers who owns it ('benign' or a scenario name), so honest users never reuse an attack address.
import { CITIES, ISPS, MOBILE, SHARED } from './places.mjs';

export class Registry {
  constructor(rng) { this.rng = rng; this.ips = new Map(); }

  /** A fresh address inside one of `prefixes`, geolocated to city key `at`. */
  alloc(prefixes, asn, at, owner = 'benign', netName = '') {
    const city = typeof at === 'string' ? CITIES[at] : at;
    if (!city) throw new Error(`unknown city ${at}`);
    for (let tries = 0; tries < 1000; tries++) {
      const ip = `${this.rng.pick(prefixes)}.${this.rng.int(1, 254)}.${this.rng.int(2, 253)}`;
      if (this.ips.has(ip)) continue;
      this.ips.set(ip, { ip, asn, city, owner, net: netName });
      return ip;
    }
    throw new Error('address space exhausted');
  }
  info(ip) { const i = this.ips.get(ip); if (!i) throw new Error(`unregistered ${ip}`); return i; }

  home(cc, city, rng) {
    const isp = rng.pick(ISPS[cc]);
    return { isp, ip: this.alloc(isp[2], isp[1], city, 'benign', isp[0]) };
  }
  /** Another address from the same ISP (dynamic re-lease). */
  releaseFrom(isp, city) { return this.alloc(isp[2], isp[1], city, 'benign', isp[0]); }

  /** Mobile carrier address: geolocates to one of the carrier's hub cities. */
  mobile(cc, rng, owner = 'benign') {
    const list = MOBILE[cc];
    if (!list) { const isp = rng.pick(ISPS[cc]); return this.alloc(isp[2], isp[1], rng.pick(Object.values(CITIES).filter((c) => c.cc === cc)), owner, isp[0]); }
    const m = rng.pick(list);
    return this.alloc(m[2], m[1], rng.pick(m[3]), owner, m[0]);
  }
  shared(kind, at, owner = 'benign') { const s = SHARED[kind]; return this.alloc(s[2], s[1], at, owner, s[0]); }
  /** An address of a named ISP of country cc (used for residential proxies). */
  isp(cc, at, owner, idx = null) {
    const isp = idx == null ? this.rng.pick(ISPS[cc]) : ISPS[cc][idx % ISPS[cc].length];
    return this.alloc(isp[2], isp[1], at, owner, isp[0]);
  }
  custom(name, asn, prefixes, at, owner) { return this.alloc(prefixes, asn, at, owner, name); }
}

/** Address pools reused by many people: a handful of fixed addresses per place. */
export class Pool {
  constructor(reg, rng, kind, perCity = 3) { this.reg = reg; this.rng = rng; this.kind = kind; this.per = perCity; this.by = new Map(); }
  get(at) {
    let xs = this.by.get(at);
    if (!xs) { xs = []; for (let i = 0; i < this.per; i++) xs.push(this.reg.shared(this.kind, at)); this.by.set(at, xs); }
    return this.rng.pick(xs);
  }
}

export const cityOf = (k) => CITIES[k];
export function citiesIn(cc) { return Object.values(CITIES).filter((c) => c.cc === cc); }
