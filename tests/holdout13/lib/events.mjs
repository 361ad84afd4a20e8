// Event plumbing shared by the honest population and the intrusions: ids, IP helpers, the event sink.
import { NETS } from './world.mjs';
import { START, END } from './calendar.mjs';

export class Sink {
  constructor() { this.inter = []; this.non = []; this.sp = []; this.audits = []; }
  add(ev) {
    if (ev.t < START || ev.t >= END) return null;
    if (ev.account.kind === 'sp') this.sp.push(ev);
    else if (ev.interactive) this.inter.push(ev);
    else this.non.push(ev);
    return ev;
  }
  audit(a) { if (a.t >= START && a.t < END) this.audits.push(a); return a; }
}

const PRIMARY_CODES = new Set([50126, 50053, 50055, 50057, 50034, 16000, 50058, 50144, 50097, 50125, 50132, 50133, 50173, 700082, 70043, 70044, 50089, 7000215, 65001]);

/** Fill ids and defaults of an event. */
export function ev(rng, base) {
  const e = base;
  if (e.account.disabledAt && e.t >= e.account.disabledAt && !e.scenario) { e.code = 50057; e.stage = 'primary'; e.mfaSatisfied = false; if (e.interactive) e.auth = 'pwd-fail'; }
  e.id = e.id || rng.requestId();
  e.correlationId = e.correlationId || rng.uuid();
  if (e.ms === undefined) e.ms = e.interactive ? Math.max(18, Math.round(Math.exp(rng.gauss(5.2, 0.6)))) : Math.max(4, Math.round(Math.exp(rng.gauss(3.7, 0.7))));
  if (e.code && PRIMARY_CODES.has(e.code) && e.stage === undefined) e.stage = 'primary';
  if (e.mfaSatisfied === undefined) e.mfaSatisfied = false;
  return e;
}

/** IP helpers on the tenant's address book. */
export function mobileIp(T, rng, p, city, day) {
  const net = p.mobileNet;
  if (p.mobileV6 && rng.chance(0.7)) {
    const ip = T.book.v6In(p.mobileV6, rng);
    return T.book.regV6(ip, net, p.city, 'benign');
  }
  const big = city === 'SYD' || city === 'MEL' || city === 'AKL' || city === 'MNL' || city === 'BLR';
  return rng.pick(T.mobilePool(net, city, big ? 110 : 45));
}

export function homeIp(T, rng, p, dayKey) {
  if (p.homeV6 && rng.chance(0.7)) {
    // privacy address: one interface id per day
    if (!p._v6day || p._v6day.key !== dayKey) p._v6day = { key: dayKey, ip: T.book.regV6(T.book.v6In(p.homeV6, rng), p.homeNet, p.city, 'benign') };
    return p._v6day.ip;
  }
  return p.homeIp;
}

export function netOf(T, ip) { return NETS[T.book.meta.get(ip).net]; }
