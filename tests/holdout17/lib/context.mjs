// The shared generation context: window, clock helpers, where a user is, and the event sinks.
import { APP, RES, UA } from './catalog.mjs';
import { addr, loc, ZS, STARLINK } from './geo.mjs';
import { SITES } from './tenant.mjs';

export const HOUR = 3_600_000, MIN = 60_000, DAY = 24 * HOUR;
export const T0 = Date.UTC(2026, 10, 23); // 2026-11-23T00:00Z
export const T1 = Date.UTC(2026, 11, 7);  // 2026-12-07T00:00Z
export const DAYS = 14;

export class Ctx {
  constructor(rng, tenant) {
    this.rng = rng;
    this.tenant = tenant;
    this.signins = [];
    this.audits = [];
    this.mobIp = new Map();
    this.sessions = new Map();
    this.extraUsers = [];
  }
  /** UTC ms for local day `d` (0 = 2026-11-23 local) at local hour h (fractional) for timezone offset tz. */
  at(d, h, tz) { return T0 + d * DAY + Math.round((h - tz) * HOUR); }
  dow(d) { return (d + 1) % 7; } // 2026-11-23 is a Monday -> 1; 0 = Sunday, 6 = Saturday
  weekend(d) { const w = this.dow(d); return w === 0 || w === 6; }
  inWindow(t) { return t >= T0 && t < T1; }

  // ---- where a user is (ip, network, place) ----
  office(u) { const n = (SITES[u.site] || SITES.MEL).office; return { ip: addr(this.rng, n), net: n, place: loc(n.place) }; }
  netAt(n, pl = null) { return { ip: addr(this.rng, n), net: n, place: loc(pl || n.place) }; }
  home(u) { return { ip: u.homeIp, net: u.homeNet, place: loc(u.home) }; }
  zs(u, node = null) { const n = ZS[node || (SITES[u.site] || SITES.MEL).zs]; return { ip: addr(this.rng, n), net: n, place: loc(n.place) }; }
  /** CGNAT mobile address: changes daily; geolocates to the carrier hub */
  mobile(u, d, key = '') {
    const k = u.id + ':' + d + key;
    let ip = this.mobIp.get(k);
    if (!ip) { ip = addr(this.rng, u.mobNet); this.mobIp.set(k, ip); }
    return { ip, net: u.mobNet, place: loc(u.mobHub) };
  }
  starlink(vesselIdx, d, pop) {
    const k = 'sl:' + vesselIdx + ':' + d;
    let ip = this.mobIp.get(k);
    if (!ip) { ip = addr(this.rng, STARLINK); this.mobIp.set(k, ip); }
    return { ip, net: STARLINK, place: loc(pop) };
  }
  /** laptop / kiosk workplace location for a user on day d (office or WFH) */
  laptopWhere(u, d, atHome) { return atHome ? (u.zscaler ? this.zs(u) : this.home(u)) : this.office(u); }

  session(u, dev, d) {
    const k = u.id + ':' + (dev ? dev.deviceId : '-') + ':' + Math.floor(d / 4);
    let s = this.sessions.get(k);
    if (!s) { s = this.rng.guid(); this.sessions.set(k, s); }
    return s;
  }

  // ---- user agents / device strings ----
  browserOf(u) {
    const v = 155 + (u.id.charCodeAt(0) & 1);
    switch (u.browser) {
      case 'chromeWin': return { ua: UA.chromeWin(v), browser: `Chrome ${v}.0.0`, os: 'Windows 10' };
      case 'chromeMac': return { ua: UA.chromeMac(v), browser: `Chrome ${v}.0.0`, os: 'MacOs' };
      case 'safariMac': return { ua: UA.safariMac, browser: 'Safari 27.1', os: 'MacOs' };
      default: return { ua: UA.edgeWin(v), browser: `Edge ${v}.0.0`, os: 'Windows 10' };
    }
  }
  rich(dev, ua = null) { return { ua, browser: 'Rich Client 5.1.0.0', os: dev ? dev.richOs : 'Windows10' }; }
  phoneUa(p, app) {
    const ios = p.platform === 'iOS';
    if (app === 'outlook') return { ua: ios ? UA.outlookIos : UA.outlookAndroid, browser: ios ? 'Rich Client 1.6.0' : 'Rich Client 5.2.0', os: p.os };
    if (app === 'teams') return { ua: ios ? UA.teamsIos : null, browser: 'Rich Client 1.6.0', os: p.os };
    return { ua: ios ? 'Mozilla/5.0 (iPhone; CPU iPhone OS 27_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148' : UA.androidChrome(155), browser: ios ? 'Mobile Safari 27.1' : 'Chrome Mobile 155.0.0', os: p.os };
  }

  /** Record a sign-in. `w` = where ({ip, net, place}). Fills ids and defaults. */
  si(o) {
    o.t = Math.round(o.t);
    if (!this.inWindow(o.t)) return null;
    const r = this.rng;
    const e = {
      id: r.requestId(),
      corr: o.corr || r.guid(),
      ms: o.ms ?? (o.inter ? r.int(60, 900) : r.int(15, 260)),
      client: o.client || 'Mobile Apps and Desktop clients',
      err: o.err ?? 0,
      authReq: o.authReq || 'singleFactorAuthentication',
      incoming: o.incoming ?? (o.inter ? 'none' : 'unknownFutureValue'),
      ...o,
    };
    e.ip = o.w.ip; e.net = o.w.net; e.place = o.w.place; e.asn = o.w.net.asn;
    delete e.w;
    if (!e.res) e.res = RES.graph;
    this.signins.push(e);
    return e;
  }
  audit(o) {
    o.t = Math.round(o.t);
    if (!this.inWindow(o.t)) return null;
    const e = { corr: o.corr || this.rng.guid(), result: 'success', ...o };
    this.audits.push(e);
    return e;
  }
}

export { APP, RES, UA };
