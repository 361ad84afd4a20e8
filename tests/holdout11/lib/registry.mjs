// The address registry: every address belongs to one network block at one place, is handed out
// once, and is marked honest or intruder. Honest rows and scenario IPs are checked against it.
import { NETWORKS, PLACES } from './world.mjs';

export class Registry {
  constructor(rng) { this.rng = rng; this.byIp = new Map(); }
  alloc(netKey, role, owner) {
    const n = NETWORKS[netKey];
    if (!n) throw new Error(`unknown network ${netKey}`);
    if (n[2].includes(':')) {
      for (;;) {
        const g = () => this.rng.int(0, 0xffff).toString(16);
        const ip = `${n[2]}:${this.rng.int(0x1000, 0xffff).toString(16)}:${g()}:${this.rng.int(0x1000, 0xffff).toString(16)}:${g()}:${g()}:${g()}`;
        if (this.byIp.has(ip)) continue;
        this.byIp.set(ip, { ip, net: netKey, role, owner });
        return ip;
      }
    }
    const parts = n[2].split('.');
    for (let tries = 0; tries < 10000; tries++) {
      const o = parts.slice();
      while (o.length < 3) o.push(String(this.rng.int(0, 255)));
      o.push(String(this.rng.int(2, 253)));
      const ip = o.join('.');
      if (this.byIp.has(ip)) continue;
      const entry = { ip, net: netKey, role, owner };
      this.byIp.set(ip, entry);
      return ip;
    }
    throw new Error(`network ${netKey} exhausted`);
  }
  info(ip) { return this.byIp.get(ip); }
  net(ip) {
    const e = this.byIp.get(ip);
    if (!e) throw new Error(`address ${ip} was never allocated`);
    const n = NETWORKS[e.net], p = PLACES[n[3]];
    return { ip, key: e.net, org: n[0], asn: n[1], place: p, kind: n[4], role: e.role };
  }
  assertRole(ip, role) {
    const e = this.byIp.get(ip);
    if (!e) throw new Error(`address ${ip} was never allocated`);
    if (e.role !== role) throw new Error(`address ${ip} is ${e.role}, used as ${role}`);
  }
}
