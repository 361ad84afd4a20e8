// Builds sign-in and audit records and hands out addresses (remembering every benign one).
import { NETS, PLACES, APPS, RES, ERR, STATUS_OF, TENANT, HOUR } from './world.mjs';

export class Ctx {
  constructor(rng) {
    this.rng = rng;
    this.interactive = []; this.noninteractive = []; this.audits = [];
    this.ipInfo = new Map(); // ip -> {net, loc}
    this.fixed = new Map();  // netKey -> [ip]
    this.pools = new Map();  // mobile carrier pools
    this.benignIps = new Set();
  }
  note(ip, net, loc) { if (!this.ipInfo.has(ip)) this.ipInfo.set(ip, { net, loc }); return ip; }
  /** A fixed list of n addresses for an office / VDI / VPN / cloud / hotel / client network. */
  fixedIps(key, n) {
    if (this.fixed.has(key)) return this.fixed.get(key);
    const net = NETS[key], r = this.rng.fork(`fixed:${key}`), out = [];
    const seen = new Set();
    while (out.length < n) {
      const ip = ipOf(net, r); if (seen.has(ip) || this.ipInfo.has(ip)) continue; seen.add(ip);
      this.note(ip, net, PLACES[net.locs[out.length % net.locs.length]]); out.push(ip);
    }
    this.fixed.set(key, out); return out;
  }
  fixedIp(key, n, r) { return r.pick(this.fixedIps(key, n)); }
  /** Mobile carrier CGNAT: a small pool shared by strangers; each address has a gateway city. */
  mobIp(key, r) { return r.pick(this.fixedIps(key, ['jioMob', 'airtelMob', 'viMob'].includes(key) ? 400 : 150)); }
  /** A residential address for (user, day): fresh each day (dynamic IP), located in the user's city (or a near one). */
  resIp(key, place, r) {
    const net = NETS[key];
    for (;;) { const ip = ipOf(net, r); if (!this.ipInfo.has(ip)) return this.note(ip, net, place); }
  }
}

function ipOf(net, r) {
  const p = r.pick(net.pre);
  return p.split('.').length === 3 ? `${p}.${r.int(2, 254)}` : `${p}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

const MFA = {
  claim: ['MFA requirement satisfied by claim in the token', '', ''],
  none: ['', '', ''],
  denied: ['MFA denied; user declined the authentication', 'Mobile app notification', ''],
  noresp: ['MFA denied; user did not respond to mobile app notification', 'Mobile app notification', ''],
  interrupt: ['', '', ''],
};

/**
 * A sign-in record. o: { t, interactive, app, res, ip, loc?, dev (device), client?, error, mfa, protocol, transfer,
 * incoming, ca, authReq, corr, session, latency, benign (default true), ipSeen }
 */
export function signIn(ctx, u, o) {
  const r = ctx.rng;
  const info = ctx.ipInfo.get(o.ip);
  if (!info && !o.loc) throw new Error(`unknown ip ${o.ip}`);
  const dev = o.dev || null, client = o.client || (dev ? dev.client : null) || { ua: '', browser: '', os: '' };
  const error = o.error || 0;
  let mfaKind = o.mfa || 'claim';
  let mfa;
  if (mfaKind === 'done') {
    const m = o.mfaMethod || u.mfaMethod || 'Mobile app notification';
    mfa = ['MFA successfully completed', m, m === 'Text message' ? `+91 XXXXXXXX${u.phoneTail || '00'}` : m === 'Temporary Access Pass' ? '' : ''];
  } else mfa = MFA[mfaKind] || MFA.none;
  const authReq = o.authReq || (mfaKind === 'none' ? 'Single-factor authentication' : 'Multifactor authentication');
  const rec = {
    t: o.t, requestId: r.uuid(), ua: client.ua, correlationId: o.corr || r.uuid(), userId: u.id, userName: u.name, upn: u.upn,
    userType: u.userType || 'Member', crossTenant: u.userType === 'Guest' ? 'B2B collaboration' : 'None',
    incomingToken: o.incoming || 'None', protocol: o.protocol || 'None', uti: r.b64url(22), transfer: o.transfer || 'None',
    app: o.app, res: o.res, resourceTenant: TENANT.id, homeTenant: u.homeTenant || TENANT.id, homeTenantName: u.homeTenantName || TENANT.name,
    ip: o.ip, loc: o.loc || info.loc, status: STATUS_OF(error), error, reason: error ? ERR[error] || 'Other.' : '',
    clientApp: o.clientApp || (client.browser && !client.browser.startsWith('Rich Client') && o.app !== APPS.teams ? 'Browser' : 'Mobile Apps and Desktop clients'),
    deviceId: dev ? dev.id : '', browser: client.browser, os: client.os, compliant: dev ? dev.compliant : 'False', managed: dev ? dev.managed : 'False',
    joinType: dev ? dev.joinType : '', mfaResult: mfa[0], mfaMethod: mfa[1], mfaDetail: mfa[2], authReq,
    sessionId: o.session !== undefined ? o.session : (dev ? dev.session : ''), ipSeen: o.ipSeen || '',
    asn: info ? info.net.asn : o.asn, latency: o.latency || r.int(40, 380), ca: o.ca || (error === 50126 || error === 50053 || error === 50057 || error === 50034 ? 'Not Applied' : [53003, 53000].includes(error) ? 'Failure' : 'Success'),
  };
  rec.benign = o.benign !== false;
  (o.interactive ? ctx.interactive : ctx.noninteractive).push(rec);
  if (o.benign !== false) ctx.benignIps.add(o.ip);
  return rec;
}

/** An audit record (see format.mjs auditRow). */
export function audit(ctx, a) {
  const r = ctx.rng;
  const rec = { correlationId: a.corr || r.uuid(), result: 'success', ...a, benign: a.benign !== false };
  ctx.audits.push(rec);
  if (a.benign !== false && a.ip) ctx.benignIps.add(a.ip);
  return rec;
}
export const userActor = (u) => ({ kind: 'user', name: u.name, id: u.id, upn: u.upn });
export const appActor = (name, id) => ({ kind: 'app', name, id });
export const userTarget = (u, props) => ({ type: 'User', name: u.name, id: u.id, upn: u.upn, props });
