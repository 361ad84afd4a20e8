// Bookkeeping for one planted scenario: its users, attacker addresses, time span and records.
import { ATTACK_NETS, place } from './world.mjs';
import { makeAudit } from './audit.mjs';
import { iso } from './record.mjs';

export class Scenario {
  constructor(E, r, name, description) {
    this.E = E; this.r = r; this.name = name; this.description = description;
    this.users = new Set(); this.ips = new Set(); this.times = []; this.audits = []; this.count = 0;
  }
  /** A fresh attacker address on an attacker-only network. */
  ip(netKey) { const a = this.E.book.take(ATTACK_NETS[netKey], this.r, null); this.ips.add(a.ip); return a; }
  user(u) { this.users.add(u.upn); return u; }
  signin(o) {
    const s = this.E.add({ ...o, attack: true });
    if (s) { this.times.push(o.t); this.users.add(o.user.upn); this.count++; }
    return s;
  }
  audit(o) { this.audits.push(makeAudit(this.r, o)); this.times.push(o.t); }
  truth() {
    const ts = this.times.slice().sort((a, b) => a - b);
    return { name: this.name, users: [...this.users], ips: [...this.ips], start: iso(ts[0]), end: iso(ts[ts.length - 1]), description: this.description, signins: this.count, audits: this.audits.length };
  }
}
export const where = (a) => place(a.geo);
