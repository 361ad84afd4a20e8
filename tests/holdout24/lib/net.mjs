// IP registry and "places" (an address with its AS and geolocation).
import { COUNTRIES, CLOUD, octetsFor } from './world.mjs';

export class Net {
  constructor(rng) {
    this.rng = rng.fork('net');
    this.owner = new Map(); // ip -> 'benign' | 'attack:<scenario>'
    this.taken16 = new Set(['20.61', '20.67', '20.185', '20.112', '20.195', '20.211', '20.201', '3.120', '44.192', '3.104', '34.90', '34.28', '165.225', '136.226', '147.161', '185.204', '89.44', '138.199', '143.244', '79.127', '146.70', '194.35', '103.108', '104.28',
      // attacker infrastructure (reserved so no consumer ISP is auto-assigned inside it)
      '51.195', '45.76', '159.223', '95.217', '45.134', '37.120', '172.105', '77.221', '43.153', '47.243', '156.146']);
    this.ispPfx = new Map();
  }
  /** Two /16s of an ISP (allocated on first use). */
  ispPrefixes(cc, isp) {
    const k = `${cc}|${isp}`;
    if (!this.ispPfx.has(k)) {
      const oct = octetsFor(cc); const out = [];
      while (out.length < 2) {
        const p = `${this.rng.pick(oct)}.${this.rng.int(1, 254)}`;
        if (!this.taken16.has(p)) { this.taken16.add(p); out.push(p); }
      }
      this.ispPfx.set(k, out);
    }
    return this.ispPfx.get(k);
  }
  /** A fresh address in prefix (a.b or a.b.c) nobody has used yet. */
  fresh(prefix, owner = 'benign') {
    const parts = prefix.split('.').length;
    for (let i = 0; i < 10000; i++) {
      const ip = parts === 2 ? `${prefix}.${this.rng.int(0, 255)}.${this.rng.int(1, 254)}` : `${prefix}.${this.rng.int(2, 253)}`;
      if (!this.owner.has(ip)) { this.owner.set(ip, owner); return ip; }
    }
    throw new Error('address space exhausted: ' + prefix);
  }
  cityOf(cc, cityName) {
    const c = COUNTRIES[cc].cities.find((x) => x[0] === cityName) || COUNTRIES[cc].cities[0];
    return c;
  }
  place(ip, asn, cc, cityArr, kind, org) {
    // small, stable per-address jitter of the geolocation (GeoIP is never exact)
    let h = 0; for (let i = 0; i < ip.length; i++) h = (h * 31 + ip.charCodeAt(i)) >>> 0;
    const j = ((h % 1000) / 1000 - 0.5) * 0.12, k = (((h >>> 10) % 1000) / 1000 - 0.5) * 0.12;
    return { ip, asn, cc, city: cityArr[0], state: cityArr[1], lat: +(cityArr[2] + j).toFixed(5), lon: +(cityArr[3] + k).toFixed(5), kind, org: org || '' };
  }
  /** A consumer address of ISP `isp` in country cc, city cityName. */
  consumer(cc, isp, cityName, kind = 'home', owner = 'benign') {
    const [name, asn] = isp;
    const pfx = this.rng.pick(this.ispPrefixes(cc, name));
    return this.place(this.fresh(pfx, owner), asn, cc, this.cityOf(cc, cityName), kind, name);
  }
  cloud(key, kind = 'cloud', owner = 'benign', third) {
    const c = CLOUD[key];
    const pfx = third !== undefined ? `${c.prefix}.${third}` : c.prefix;
    return this.place(this.fresh(pfx, owner), c.asn, c.cc, c.city, kind, c.org);
  }
  fixed(prefix24, asn, cc, cityArr, kind, org, owner = 'benign') {
    return this.place(this.fresh(prefix24, owner), asn, cc, cityArr, kind, org);
  }
}
