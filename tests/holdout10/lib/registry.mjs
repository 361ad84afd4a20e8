// The address registry: every address the generator uses is taken here, once, from one network's
// block for one place, and keeps that place and ASN for the whole fortnight. Each address is taken
// for an owner: 'honest' (people, sites, proxies of the tenant) or 'attack' (intruders). An address is
// never handed out twice, so an intruder's address is never an honest one; `assertHonest` /
// `assertAttack` check it again on every record.
import { NETS, PLACES } from './world.mjs';
import { hash32 } from './prng.mjs';

export class Registry {
  constructor(rng) {
    this.rng = rng;
    this.byIp = new Map();
  }

  /** One new address in network `net` at place `place`, for `owner` ('honest' | 'attack'). */
  take(net, place, owner, label = '') {
    const nw = NETS[net];
    if (!nw) throw new Error(`unknown network ${net}`);
    const blocks = nw.blocks[place];
    if (!blocks) throw new Error(`network ${net} has no block in ${place}`);
    if (!PLACES[place]) throw new Error(`unknown place ${place}`);
    for (let tries = 0; tries < 10_000; tries++) {
      const b = this.rng.pick(blocks);
      const parts = b.split('.').filter(Boolean).length;
      let ip = b;
      if (parts === 2) ip += `${this.rng.int(0, 255)}.${this.rng.int(2, 254)}`;
      else ip += `${this.rng.int(2, 254)}`;
      if (this.byIp.has(ip)) continue;
      this.byIp.set(ip, { ip, net, place, owner, label, isp: nw.isp, asn: nw.asn, kind: nw.kind });
      return ip;
    }
    throw new Error(`address space exhausted: ${net}/${place}`);
  }

  /** n addresses at once (a rotating pool). */
  pool(net, place, owner, count, label = '') {
    const out = [];
    for (let i = 0; i < count; i++) out.push(this.take(net, place, owner, label));
    return out;
  }

  info(ip) {
    const r = this.byIp.get(ip);
    if (!r) throw new Error(`address ${ip} was never registered`);
    return r;
  }

  assertHonest(ip, what) {
    const r = this.info(ip);
    if (r.owner !== 'honest') throw new Error(`honest record ${what} uses intruder address ${ip}`);
  }

  assertAttack(ip, what) {
    const r = this.info(ip);
    if (r.owner !== 'attack') throw new Error(`scenario ${what} lists ${ip}, which is not an intruder-only address`);
  }
}

/**
 * A link: where a device's traffic leaves to the internet at time t.
 * fixed(ip)                 — one address (home, NAT, hotel)
 * rotating(pool, key, mins) — a carrier's CGNAT: a different pool address every `mins` minutes
 * proxy(pops, key)          — a cloud proxy: mostly the primary point of presence, at times another
 */
export const link = {
  fixed: (ip) => ({ at: () => ip }),
  rotating: (pool, key, mins) => ({
    at: (t) => pool[hash32(`${key}/${Math.floor(t / (mins * 60_000))}`) % pool.length],
  }),
  proxy: (pops, key) => ({
    // pops: [{ ips: [...], weight }], the choice changes each 20 minutes
    at: (t) => {
      const slot = Math.floor(t / 1_200_000);
      const h = hash32(`${key}/${slot}`);
      const total = pops.reduce((s, p) => s + p.weight, 0);
      let r = (h % 10_000) / 10_000 * total;
      let pop = pops[pops.length - 1];
      for (const p of pops) { if ((r -= p.weight) < 0) { pop = p; break; } }
      return pop.ips[hash32(`${key}/${slot}/ip`) % pop.ips.length];
    },
  }),
};
