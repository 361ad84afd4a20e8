// Honest activity of VRM's people, devices, services and partners over 9–22 November 2026.
import { APPS, RESOURCES, NETS, UA, TENANT, MSA_TENANT } from './world.mjs';
import { HOUR, MIN, SEC, DAY, DAYS, T0, dayStart, weekday, isWeekend, isHoliday, at } from './engine.mjs';
import { PARTNERS } from './people.mjs';
import {
  HQ_IP, HQ_VPN, HQ_SRV, HQ_BACKUP, STE_IP, BIELSKO_IP, NOVA_IP, laptopBrowser, laptopRich, phoneRich, phoneUa, phoneBrowser,
  uaFor, browserLabel, homeAddr, mobileAddr, siteAddr, vpnAddr, addrOf, MOBILE_PLACE,
} from './devices.mjs';

const R = RESOURCES, A = APPS;
const MFA_DONE = { app: { result: 'MFA successfully completed', method: 'Mobile app notification' }, sms: { result: 'MFA successfully completed', method: 'Text message' }, oath: { result: 'MFA successfully completed', method: 'OATH verification code' } };
const MFA_CLAIM = { result: 'MFA requirement satisfied by claim in the token', method: 'Previously satisfied' };
const WHFB = { result: 'MFA requirement satisfied by claim in the token', method: 'Windows Hello for Business' };
// the failover of Voiron's internet link on Tue 17 Nov (13:10–16:40 in France)
const FAILOVER = [Date.UTC(2026, 10, 17, 12, 10), Date.UTC(2026, 10, 17, 15, 40)];
export const inFailover = (t) => t >= FAILOVER[0] && t < FAILOVER[1];
const site = (u, t) => siteAddr(u.site === 'casa' ? 'voiron' : u.site, inFailover(t) && (u.site === 'voiron' || u.site === 'casa' || u.site === 'remote'));
const vpn = (t) => vpnAddr(inFailover(t));

export class Benign {
  constructor(ctx) {
    Object.assign(this, ctx);
    this.r = ctx.rng.fork('benign');
    this.skip = new Map(); // user -> Set(day) handled by special code (travel etc.)
    this.kiosks = { voiron: Array.from({ length: 40 }, () => this.r.uuid()), stetienne: Array.from({ length: 32 }, () => this.r.uuid()), bielsko: Array.from({ length: 24 }, () => this.r.uuid()) };
    for (const u of ctx.dir.users) { u.sessLaptop = this.r.uuid(); u.sessPhone = this.r.uuid(); }
  }
  skipDay(u, d) { if (!this.skip.has(u)) this.skip.set(u, new Set()); this.skip.get(u).add(d); }
  skipped(u, d) { return this.skip.get(u)?.has(d); }

  // ------------------------------------------------------------------------------------------ emitters
  ni(u, t, app, res, addr, dev, o = {}) {
    return this.log.signin({ t, user: u, app, resource: res, ip: addr.ip, asn: addr.asn, place: addr.place, device: dev, interactive: false,
      authReq: o.authReq || 'multiFactorAuthentication', ca: o.ca || (o.code ? 'Not Applied' : 'Success'), sessionId: o.sessionId, incomingTokenType: o.itt || 'none',
      ua: o.ua ?? '', code: o.code, correlationId: o.correlationId, attack: o.attack, crossTenant: o.crossTenant, resourceTenantId: o.resourceTenantId,
      clientApp: o.clientApp || (dev && dev.browserUi ? 'Browser' : 'Mobile Apps and Desktop clients'), protocol: o.protocol, transfer: o.transfer });
  }
  int(u, t, app, res, addr, dev, o = {}) {
    return this.log.signin({ t, user: u, app, resource: res, ip: addr.ip, asn: addr.asn, place: addr.place, device: dev, interactive: true,
      authReq: o.authReq || 'multiFactorAuthentication', ca: o.ca || (o.code ? 'Not Applied' : 'Success'), sessionId: o.sessionId, incomingTokenType: o.itt || 'none',
      ua: o.ua ?? '', code: o.code, mfa: o.mfa, correlationId: o.correlationId, clientApp: o.clientApp, protocol: o.protocol, transfer: o.transfer,
      attack: o.attack, crossTenant: o.crossTenant, resourceTenantId: o.resourceTenantId, flagged: o.flagged, latency: o.latency });
  }
  /** A full password + MFA sign-in in a browser or app: optional typo, the MFA interrupt, the success (same correlation). */
  mfaSignIn(u, t, app, res, addr, dev, ua, o = {}) {
    const r = this.r, corr = r.uuid(), sess = o.sessionId || r.uuid();
    let tt = t;
    if (o.typo || r.chance(0.02)) { this.int(u, tt, app, res, addr, dev, { ua, code: 50126, authReq: 'singleFactorAuthentication', ca: 'Not Applied', sessionId: sess, correlationId: corr, attack: o.attack }); tt += r.int(8, 40) * SEC; }
    if (r.chance(0.55)) { this.int(u, tt, app, res, addr, dev, { ua, code: 50074, sessionId: sess, correlationId: corr, ca: 'Not Applied', attack: o.attack }); tt += r.int(6, 45) * SEC; }
    if (o.mfaFail || r.chance(0.012)) {
      this.int(u, tt, app, res, addr, dev, { ua, code: 500121, sessionId: sess, correlationId: corr, ca: 'Not Applied', mfa: { result: r.pick(['MFA denied; user did not respond to mobile app notification', 'MFA denied; user declined the authentication']), method: 'Mobile app notification' }, attack: o.attack });
      tt += r.int(40, 240) * SEC;
    }
    const m = MFA_DONE[u.mfa || 'app'];
    const mfa = u.mfa === 'sms' ? { ...m, detail: `+${u.site === 'bielsko' ? '48' : u.site === 'casa' ? '212' : '33'} XXXXXXX${r.int(10, 99)}` } : m;
    const row = this.int(u, tt, app, res, addr, dev, { ua, mfa, sessionId: sess, correlationId: corr, attack: o.attack });
    if (dev.browserUi && r.chance(0.25)) this.int(u, tt + r.int(3, 15) * SEC, app, res, addr, dev, { ua, code: 50140, sessionId: sess, correlationId: corr, attack: o.attack });
    return { row, sess, t: tt };
  }

  // ------------------------------------------------------------------------------------------ the day of an office worker
  officeDay(u, d) {
    const r = this.r;
    const wd = weekday(d);
    const off = isWeekend(d) || isHoliday(d, u.site) || u.leave.has(d);
    if (off) return this.phoneOffDay(u, d);
    const home = u.site === 'remote' || u.telework.has(wd);
    const tz = 1;
    const start = at(d, r.normal(u.role === 'exec' ? 7.9 : 8.3, 0.45), tz);
    const end = at(d, r.normal(u.role === 'exec' ? 19.0 : 17.6, 0.6), tz);
    const useVpn = home && r.chance(u.vpnProb);
    const addrAt = (t) => (home ? (useVpn ? vpn(t) : homeAddr(u, r)) : site(u, t));
    const rich = laptopRich(u), br = laptopBrowser(u);
    const lt = { sessionId: u.sessLaptop, itt: u.laptopOs === 'win' ? 'primaryRefreshToken' : 'none' };
    // Windows logon (Windows Hello for Business) at the start of the day, sometimes again after lunch
    if (u.laptopOs === 'win') {
      this.int(u, start, A.winSignIn, R.aadGraph, addrAt(start), rich, { ua: UA.wam(), mfa: WHFB, sessionId: u.sessLaptop, clientApp: 'Mobile Apps and Desktop clients' });
      if (r.chance(0.35)) { const t2 = at(d, r.float(13.2, 14.2), tz); this.int(u, t2, A.winSignIn, R.aadGraph, addrAt(t2), rich, { ua: UA.wam(), mfa: WHFB, sessionId: u.sessLaptop, clientApp: 'Mobile Apps and Desktop clients' }); }
    }
    // rich clients refreshing (Outlook, Teams, OneDrive, Office)
    const nLap = r.int(3, 7);
    for (let i = 0; i < nLap; i++) {
      const t = start + r.next() * (end - start);
      const [app, res] = r.weighted([[[A.office, R.exchange], 26], [[A.teams, R.teamsSvc], 24], [[A.oneDriveSync, R.sharepoint], 16], [[A.office, R.sharepoint], 10], [[A.office, R.graph], 8], [[A.teams, R.graph], 6], [[A.shell, R.graph], 4], [[A.edge, R.graph], 3], [[A.powerBi, R.powerBi], u.role === 'exec' || u.dept === 'Finance' ? 6 : 1]]);
      this.ni(u, t, app, res, addrAt(t), rich, lt);
    }
    // browser sign-ins: SSO with the device (Edge) or password + MFA now and then (Chrome/Firefox without device SSO)
    const nBr = r.weighted([[0, 3], [1, 5], [2, 2]]);
    for (let i = 0; i < nBr; i++) {
      const t = start + r.next() * (end - start);
      const [app, res] = r.weighted([[[A.officeHome, R.officeHome], 30], [[A.owa, R.exchange], 18], [[{ ...A.exchange, id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online' }, R.sharepoint], 18],
        [[A.lucca, { id: A.lucca.id, name: 'Lucca', owner: A.lucca.owner }], 8], [[A.concur, { id: A.concur.id, name: 'SAP Concur', owner: A.concur.owner }], u.role === 'sales' || u.role === 'field' ? 10 : 2],
        [[A.salesforce, { id: A.salesforce.id, name: 'Salesforce', owner: A.salesforce.owner }], u.role === 'sales' ? 16 : 0], [[A.teamsWeb, R.teamsSvc], 5], [[A.mySignins, R.userAuthMethod], 1]]);
      const addr = addrAt(t), ua = uaFor(u.browser, u.bver);
      if (br.prt || u.laptopOs === 'mac') {
        const row = this.int(u, t, app, res, addr, br, { ua, mfa: MFA_CLAIM, sessionId: u.sessLaptop, itt: br.prt ? 'primaryRefreshToken' : 'none', clientApp: 'Browser' });
        if (r.chance(0.02)) this.int(u, t - r.int(1, 4) * SEC, app, res, addr, br, { ua, code: 50058, sessionId: u.sessLaptop, clientApp: 'Browser', ca: 'Not Applied' });
      } else if (r.chance(0.35)) {
        this.mfaSignIn(u, t, app, res, addr, br, ua);
      } else {
        this.int(u, t, app, res, addr, br, { ua, mfa: MFA_CLAIM, sessionId: u.sessBrowser || (u.sessBrowser = r.uuid()), clientApp: 'Browser' });
      }
    }
    this.phoneDay(u, d, start, end, home);
  }

  phoneDay(u, d, start, end, home) {
    const r = this.r;
    const dev = phoneRich(u), ua = phoneUa(u);
    const n = r.int(2, 5);
    for (let i = 0; i < n; i++) {
      const evening = r.chance(0.3);
      const t = evening ? end + r.float(0.5, 4.5) * HOUR : start + r.next() * (end - start);
      const wifi = evening ? r.chance(0.6) : home && r.chance(0.5);
      const addr = wifi ? homeAddr(u, r) : this.phoneMobile(u, t);
      const [app, res] = r.weighted([[[A.outlookMobile, R.exchange], 40], [[A.teams, R.teamsSvc], 30], [[A.outlookMobile, R.graph], 8], [[A.authenticator, R.graph], 6], [[A.companyPortal, R.intune], u.phoneManaged ? 6 : 0], [[A.office, R.sharepoint], 5]]);
      // a token unused over a long weekend expires (700082) now and then; the app then falls back to its other tokens
      this.ni(u, t, app, res, addr, dev, { sessionId: u.sessPhone, ua: r.chance(0.5) ? ua : '', code: r.chance(0.003) ? 700082 : 0, ca: undefined });
    }
    // unmanaged phones: sign-in frequency (7 days) makes people sign in again now and then
    if (!u.phoneManaged && r.chance(0.1)) {
      const t = start + r.next() * (end - start);
      this.ni(u, t - r.int(5, 90) * SEC, A.outlookMobile, R.exchange, this.phoneMobile(u, t), dev, { code: 70043, ca: 'Not Applied', sessionId: u.sessPhone });
      this.mfaSignIn(u, t, r.pick([A.outlookMobile, A.teams]), r.pick([R.exchange, R.teamsSvc]), this.phoneMobile(u, t), dev, ua, { sessionId: u.sessPhone });
    }
  }
  phoneMobile(u, t) { return u.roaming && t >= u.roaming[0] && t < u.roaming[1] ? u.roaming[2](this.r) : mobileAddr(u, this.r); }

  phoneOffDay(u, d) {
    const r = this.r;
    const n = r.weighted([[0, 3], [1, 4], [2, 3], [3, 1]]);
    const dev = phoneRich(u);
    for (let i = 0; i < n; i++) {
      const t = at(d, r.float(9, 22.5));
      const addr = r.chance(0.7) && u.homeNet ? homeAddr(u, r) : this.phoneMobile(u, t);
      this.ni(u, t, r.pick([A.outlookMobile, A.teams]), r.pick([R.exchange, R.teamsSvc]), addr, dev, { sessionId: u.sessPhone });
    }
    // a few look at mail on the laptop at home in the evening or on Sunday
    if (u.laptopId && r.chance(0.12)) {
      const t = at(d, r.float(17, 22.5));
      this.ni(u, t, A.office, R.exchange, homeAddr(u, r), laptopRich(u), { sessionId: u.sessLaptop, itt: u.laptopOs === 'win' ? 'primaryRefreshToken' : 'none' });
    }
  }

  // ------------------------------------------------------------------------------------------ plant shift workers
  frontlineDay(u, d) {
    const r = this.r;
    const wd = weekday(d);
    // A/B shifts Monday–Friday; C (night) starts Sunday–Thursday evening
    const works = u.shift === 'C' ? wd >= 0 && wd <= 4 : wd >= 1 && wd <= 5;
    if (!works || isHoliday(d, u.site) || u.leave.has(d)) { if (u.phoneTeams && r.chance(0.15)) this.frontPhone(u, at(d, r.float(10, 21))); return; }
    const startH = { A: 5, B: 13, C: 21 }[u.shift];
    const s = at(d, startH + r.float(-0.25, 0.6));
    const e = s + 8 * HOUR;
    const addr = siteAddr(u.site);
    // the shared kiosk at the workshop (shared device mode): username + password, no MFA inside the plant network
    if (r.chance(0.7)) {
      const kiosk = r.pick(this.kiosks[u.site]);
      const dev = { id: kiosk, os: 'Windows 10', browser: 'Edge 154.0.3595', compliant: true, managed: true, joinType: 'Microsoft Entra joined', browserUi: true };
      const corr = r.uuid(), sess = r.uuid(), ua = UA.edgeWin(154);
      let t = s + r.int(5, 50) * MIN;
      if (r.chance(0.045)) { this.int(u, t, A.teamsWeb, R.teamsSvc, addr, dev, { ua, code: 50126, authReq: 'singleFactorAuthentication', ca: 'Not Applied', sessionId: sess, correlationId: corr }); t += r.int(10, 50) * SEC; }
      this.int(u, t, A.teamsWeb, R.teamsSvc, addr, dev, { ua, authReq: 'singleFactorAuthentication', sessionId: sess, correlationId: corr, mfa: null });
      const k = r.int(0, 2);
      for (let i = 0; i < k; i++) { const tt = t + r.float(0.2, 6) * HOUR; this.ni(u, tt, r.pick([A.teamsWeb, A.officeHome]), r.pick([R.teamsSvc, R.sharepoint, R.graph]), addr, dev, { sessionId: sess, authReq: 'singleFactorAuthentication', ua }); }
      if (r.chance(0.25)) this.int(u, t + r.float(1, 6) * HOUR, A.officeHome, R.officeHome, addr, dev, { ua, authReq: 'singleFactorAuthentication', sessionId: sess, mfa: null });
    }
    if (u.phoneTeams) {
      const k = r.int(0, 2);
      for (let i = 0; i < k; i++) this.frontPhone(u, s + r.float(-1, 9) * HOUR);
    }
  }
  frontPhone(u, t) {
    const r = this.r;
    const dev = phoneRich({ ...u, phoneManaged: false });
    const addr = r.chance(0.4) && u.homeNet ? homeAddr(u, r) : mobileAddr(u, r);
    if (r.chance(0.06)) this.mfaSignIn(u, t, A.teams, R.teamsSvc, addr, dev, phoneUa(u), { sessionId: u.sessPhone });
    else this.ni(u, t, A.teams, r.pick([R.teamsSvc, R.graph, R.sharepoint]), addr, dev, { sessionId: u.sessPhone });
  }

  // ------------------------------------------------------------------------------------------ everyone, every day
  /** Days off: ~6% of working days, more around 11 November (Wednesday, a public holiday). */
  assignLeave() {
    const r = this.r.fork('leave');
    for (const u of this.dir.members) for (let d = 0; d < DAYS; d++) {
      const date = new Date(dayStart(d)).getUTCDate();
      if (r.chance(date === 10 || date === 12 || date === 13 ? 0.11 : 0.055)) u.leave.add(d);
    }
  }
  run() {
    const { dir } = this;
    for (const u of dir.members) {
      for (let d = 0; d < DAYS; d++) {
        if (this.skipped(u, d)) continue;
        if (['office', 'exec', 'sales', 'field', 'it', 'dev'].includes(u.role)) this.officeDay(u, d);
        else if (u.role === 'frontline') this.frontlineDay(u, d);
      }
    }
  }
}
