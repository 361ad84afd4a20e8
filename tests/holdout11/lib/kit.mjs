// The sign-in kit: emitting rows, Conditional Access evaluation, mobile address rotation.
import { signinLine } from './records.mjs';
import { UA, HOUR, MIN, NETWORKS } from './world.mjs';

const ALLOWED = new Set(['NO', 'SE', 'DK', 'GB', 'NL', 'ES', 'LV', 'IE', 'FI', 'DE', 'FR', 'IS', 'PL', 'BE', 'CH', 'AT', 'IT', 'PT']);
const TRUSTED_KINDS = new Set(['corp']);
export const NAMED = 'Nordlys corporate networks';

export class Ctx {
  constructor(rng, reg) { this.rng = rng; this.reg = reg; this.rows = []; this.audits = []; this.pools = new Map(); this.from = 0; this.to = Infinity; }
  /** the egress addresses of a site, gateway node or host pool (a small fixed pool per network) */
  site(key, idx = 0) {
    if (!this.pools.has(key)) this.pools.set(key, []);
    const pool = this.pools.get(key);
    while (pool.length <= idx) pool.push(this.reg.alloc(key, 'honest', 'site:' + key));
    return pool[idx];
  }
  isTrusted(ip) { const n = this.reg.net(ip); return n.kind === 'corp' && !n.key.startsWith('tet-') && !n.key.startsWith('broadnet') && !n.key.startsWith('eir'); }
  /** caResults for a row */
  ca(p, ip, o) {
    const n = this.reg.net(ip), trusted = this.isTrusted(ip);
    const out = [];
    const err = o.err || 0;
    if (o.legacy) { out.push(['legacy', o.legacyExcluded ? 'notApplied' : 'failure', o.legacyExcluded ? [] : ['Block']]); return out; }
    if (p.role === 'service' && o.ropc) { out.push(['mfa', 'notApplied']); out.push(['legacy', 'notApplied']); return out; }
    const preCa = [50126, 50053, 50055, 50057, 50034, 50173, 50133, 700082, 50140, 16000].includes(err);
    if (preCa) return [];
    if (p.guest) out.push(['guests', err === 50074 || err === 50076 ? 'failure' : 'success', ['Mfa']]);
    else out.push(['mfa', trusted ? 'notApplied' : (err === 50074 || err === 50076 || err === 500121 ? 'failure' : 'success'), trusted ? [] : ['Mfa']]);
    out.push(['legacy', 'notApplied']);
    if (o.pad) out.push(['efb', err === 53000 ? 'failure' : 'success', ['RequireCompliantDevice']]);
    if (p.admin && o.adminApp) out.push(['admins', 'success', ['AuthenticationStrength']]);
    if (o.risky) out.push(['risk', 'success', ['Mfa']]); else out.push(['risk', 'notApplied']);
    out.push(['countries', ALLOWED.has(n.place[2]) ? 'reportOnlyNotApplied' : 'reportOnlyFailure', ['Block']]);
    return out;
  }
  /** emit a sign-in. o: {t, ni, app, res, ip, ua, device, err, auth, session, ...} */
  emit(p, o, benign = true) {
    if (benign && p.startAt && o.t < p.startAt) return null;
    if (benign && p.leaveAt && o.t > p.leaveAt && o.err !== 50057) return null;
    if (o.t < this.from || o.t >= this.to) return null;
    const net = this.reg.net(o.ip);
    if (benign && net.role !== 'honest') throw new Error(`benign row for ${p.upn} uses intruder address ${o.ip}`);
    if (!benign && net.role !== 'intruder' && !o.victimOwnIp) throw new Error(`attack row for ${p.upn} uses honest address ${o.ip}`);
    const ua = typeof o.ua === 'string' ? UA[o.ua] : o.ua;
    const d = {
      t: Math.round(o.t), interactive: !o.ni, user: p, app: o.app, res: o.res, net, ua, device: o.device || null,
      err: o.err || 0, corr: o.corr, session: o.session, auth: o.auth || (o.ni ? undefined : 'sso-mfa'),
      mfaMethod: o.mfaMethod, mfaFailDetail: o.mfaFailDetail, clientApp: o.clientApp, protocol: o.protocol, transfer: o.transfer,
      ca: o.ca || this.ca(p, o.ip, o), caStatus: o.caStatus, risk: o.risk, named: this.isTrusted(o.ip) ? NAMED : null,
      scope: o.scope, tokenType: o.tokenType, mfa: o.mfa, loginHint: o.loginHint, cae: o.cae,
      tokenIssuerType: o.tokenIssuerType, tokenIssuerName: o.tokenIssuerName,
    };
    const r = signinLine(this.rng, d);
    this.rows.push({ t: d.t, i: !o.ni, line: Buffer.from(r.line + '\n', 'utf8'), ip: o.ip, upn: p.upn, benign, scen: o.scen || null });
    return r;
  }
  /** a mobile address for a device: CGNAT addresses rotate every 1-6 hours */
  mobileIp(dev, netKey, t) {
    const m = dev._mob;
    if (m && m.net === netKey && t >= m.from && t < m.until) return m.ip;
    // Telenor's mobile network is dual-stack: apps often reach Microsoft over IPv6
    const ip = this.reg.alloc(netKey === 'telenor-mob' && this.rng.chance(0.45) ? 'telenor-mob6' : netKey, 'honest', 'mobile');
    dev._mob = { net: netKey, ip, from: t - this.rng.int(0, 60) * MIN, until: t + this.rng.int(60, 360) * MIN };
    return ip;
  }
}

export function poisson(rng, a, b, perHour, cb) {
  if (perHour <= 0 || b <= a) return;
  let t = a + (-Math.log(1 - rng.next()) / perHour) * HOUR;
  while (t < b) { cb(t); t += (-Math.log(1 - rng.next()) / perHour) * HOUR; }
}
export const localHour = (t, off) => (((t / HOUR + off) % 24) + 24) % 24;
export const netOffset = (key) => ({ london: 0, hounslow: 0, laspalmas: 0, maspalomas: 0, dublin: 0, riga: 2, phuket: 7 }[NETWORKS[key][3]] ?? 1);
