// The planted attacks: a Scenario helper that marks every record it writes, and the list of scenarios.
import { iso } from './record.mjs';
import { audit } from './audit.mjs';
import { aitmBec, mfaFatigue, consentPhish, infostealerReplay } from './attacks-a.mjs';
import { residentialSpray, legacySpray, teamFiltration } from './attacks-b.mjs';
import { ownerAppBackdoor, guestBackdoor, deviceCodePhish } from './attacks-c.mjs';
import { insiderRole, helpdeskFederation } from './attacks-d.mjs';

export class Scenario {
  constructor(w, name, description, inspiration) {
    Object.assign(this, { w, name, description, inspiration });
    this.users = new Set(); this.ips = new Set(); this.t0 = Infinity; this.t1 = -Infinity; this.n = { signins: 0, audits: 0 };
  }
  span(t) { this.t0 = Math.min(this.t0, t); this.t1 = Math.max(this.t1, t); }
  user(...us) { for (const u of us) this.users.add((typeof u === 'string' ? u : u.upn).toLowerCase()); return this; }
  ip(...ips) { for (const i of ips) this.ips.add(i); return this; }
  /** a planted sign-in; the IP is recorded as the attacker's unless o.victimIp */
  si(u, t, p, prof, o, { victimIp = false } = {}) {
    const rec = this.w.emit(u, t, p, prof, { ...o, planted: true });
    if (!rec) return null;
    this.n.signins++; this.span(t); this.user(o.upnOverride || u.upn);
    if (!victimIp) this.ips.add(p.ip);
    return rec;
  }
  au(a) { const o = audit(this.w, { ...a, planted: true }); this.n.audits++; this.span(a.t); return o; }
  json() {
    return { name: this.name, description: this.description, inspiration: this.inspiration, users: [...this.users].sort(), ips: [...this.ips].sort(),
      start: iso(this.t0), end: iso(this.t1), planted: this.n };
  }
}

export function plantAttacks(w, apps, ctx) {
  const r = w.rng;
  const clean = (u) => !u.life && !u.holiday && u.joinDay == null && u.leaveDay == null && !u.victim;
  const victim = (pred) => { const u = r.pick(w.users.filter((x) => clean(x) && pred(x))); u.victim = true; return u; };
  const env = { w, r, apps, ctx, victim, Scenario };
  const list = [
    teamFiltration(env), aitmBec(env), infostealerReplay(env), consentPhish(env), residentialSpray(env),
    deviceCodePhish(env), mfaFatigue(env), ownerAppBackdoor(env), guestBackdoor(env), legacySpray(env),
    insiderRole(env), helpdeskFederation(env),
  ];
  return list.map((s) => s.json());
}

export const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 Edg/121.0.0.0',
];
