// Honest behaviour of people: day plans (campus, halls, home, mobile, trips, remote study), devices and their sessions,
// Conditional Access outcomes, typos, MFA interrupts and denials, KMSI prompts, lapsed tokens, first-time MFA
// registration, lockouts and self-service resets.
import { APP, RES, UA } from './apps.mjs';
import { localToUtc, isWeekend, isReadingWeek, HOUR, MIN, SEC, DAY, START, END } from './calendar.mjs';
import { vpnAddress } from './net.mjs';

export const STAFF = new Set(['acad', 'prof', 'it', 'visiting']);
export const STUD = new Set(['ug', 'pg']);

const RICH = { winManaged: 'Rich Client 4.71.0.0', macManaged: 'Rich Client 5.7.2', iphone: 'Rich Client 1.4.0', ipad: 'Rich Client 1.4.0', android: 'Rich Client 5.1.0', lab: 'Rich Client 4.71.0.0', winPersonal: 'Rich Client 4.71.0.0', macPersonal: 'Rich Client 5.7.2' };
const MFA_METHOD = { push: 'Mobile app notification', sms: 'Text message', totp: 'OATH verification code', fido2: 'FIDO2 security key', call: 'Phone call' };

/** Was session s invalidated by a password change between its issue and t? */
export const revoked = (u, s, t) => !!u.pwdChanges?.some((c) => s.issued < c && c <= t);

export function makeHelpers(ctx) {
  const { rng, T, reg, F } = ctx;
  const E = T.ent;
  const ENT = (k, extra = {}) => ({ app: { name: E[k].name, id: E[k].id, owner: T.id }, res: { name: E[k].name, id: E[k].id }, ...extra });
  const MS = (app, res, extra = {}) => ({ app, res, ...extra });
  const IAPPS = {
    student: [[ENT('lms'), 7], [MS(APP.owa, RES.exo), 2], [MS(APP.officeHome, RES.officeHome), 2.5], [MS(APP.teamsWeb, RES.teamsSvc), 1], [ENT('ezproxy'), 1.6], [ENT('sis'), 1], [ENT('tophat'), 0.9], [ENT('zoom'), 0.9], [ENT('kaltura'), 0.7], [ENT('adobe'), 0.5], [ENT('handshake'), 0.3], [ENT('linkedin'), 0.25], [ENT('tdx'), 0.25], [MS(APP.spo, RES.spo), 0.7], [MS(APP.forms, RES.forms), 0.3]],
    pg: [[ENT('lms'), 4], [MS(APP.owa, RES.exo), 2.5], [MS(APP.officeHome, RES.officeHome), 2.5], [MS(APP.teamsWeb, RES.teamsSvc), 1.2], [ENT('ezproxy'), 2], [ENT('sis'), 0.5], [ENT('overleaf'), 1], [ENT('zoom'), 0.8], [ENT('globus'), 0.3], [ENT('ood'), 0.4], [ENT('qualtrics'), 0.4], [MS(APP.spo, RES.spo), 1.2]],
    acad: [[MS(APP.officeHome, RES.officeHome), 2], [MS(APP.owa, RES.exo), 2], [ENT('lms'), 3], [ENT('workday', { mfaAlways: true }), 0.7], [MS(APP.spo, RES.spo), 1.5], [ENT('zoom'), 1], [MS(APP.teamsWeb, RES.teamsSvc), 0.6], [ENT('qualtrics'), 0.3], [ENT('overleaf'), 0.4], [ENT('concur', { mfaAlways: true }), 0.2], [ENT('ezproxy'), 0.6], [ENT('tdx'), 0.2], [MS(APP.forms, RES.forms), 0.3], [ENT('sis'), 0.4]],
    prof: [[MS(APP.officeHome, RES.officeHome), 2], [MS(APP.owa, RES.exo), 2], [ENT('workday', { mfaAlways: true }), 1.4], [MS(APP.spo, RES.spo), 2], [ENT('concur', { mfaAlways: true }), 0.4], [ENT('tdx'), 0.6], [ENT('sis'), 0.5], [ENT('slate'), 0.3], [MS(APP.teamsWeb, RES.teamsSvc), 0.4], [ENT('zoom'), 0.5]],
    it: [[MS(APP.officeHome, RES.officeHome), 1.5], [MS(APP.azurePortal, RES.arm, { admin: true }), 1.2], [ENT('tdx'), 1.6], [MS(APP.spo, RES.spo), 1], [ENT('workday', { mfaAlways: true }), 0.3], [MS(APP.owa, RES.exo), 1]],
    visiting: [[MS(APP.officeHome, RES.officeHome), 2], [MS(APP.owa, RES.exo), 2], [MS(APP.spo, RES.spo), 1.5], [ENT('ezproxy'), 1], [ENT('lms'), 0.6], [MS(APP.teamsWeb, RES.teamsSvc), 1]],
    guest: [[MS(APP.teamsWeb, RES.teamsSvc), 3], [MS(APP.spo, RES.spo), 3]],
    alumni: [[MS(APP.owa, RES.exo), 3], [MS(APP.officeHome, RES.officeHome), 1]],
  };
  const NIAPPS = {
    phone: [[MS(APP.outlookMobile, RES.exo), 4], [MS(APP.teams, RES.teamsSvc), 3], [MS(APP.teams, RES.graph), 1], [MS(APP.odMobile, RES.spo), 1], [MS(APP.broker, RES.graph), 0.4]],
    win: [[MS(APP.office, RES.graph), 2], [MS(APP.office, RES.exo), 1], [MS(APP.outlook, RES.exo), 2], [MS(APP.teams, RES.teamsSvc), 3], [MS(APP.odSync, RES.spo), 2], [MS(APP.edge, RES.graph), 0.8]],
    mac: [[MS(APP.outlook, RES.exo), 3], [MS(APP.teams, RES.teamsSvc), 3], [MS(APP.office, RES.spo), 1], [MS(APP.odSync, RES.spo), 1]],
    browser: [[MS(APP.teamsWeb, RES.teamsSvc), 2], [MS(APP.owa, RES.exo), 2], [MS(APP.spoExt, RES.spo), 0.6], [MS(APP.wcss, RES.graph), 1]],
  };
  const iappsFor = (u) => IAPPS[u.kind === 'ug' ? 'student' : u.kind] ?? IAPPS.student;

  const relay = [...reg.pool('relayCF', 24, 'hfx'), ...reg.pool('relayAK', 12, 'hfx')];
  const rich = (d) => RICH[d.kind] ?? d.browser;
  const devRow = (d, isRich) => ({ id: d.id, os: isRich && (d.kind === 'winManaged' || d.kind === 'lab') ? 'Windows10' : d.os, browser: isRich ? rich(d) : d.browser, compliant: d.compliant, managed: d.managed, join: d.join });
  const richUa = (d) => (d.kind === 'winManaged' || d.kind === 'lab' || d.kind === 'winPersonal' ? UA.wam : d.kind === 'macManaged' || d.kind === 'macPersonal' ? UA.macOffice : d.appUa ?? d.ua);
  const isPrt = (d) => d.kind === 'winManaged' || d.kind === 'lab' || d.kind === 'macManaged';

  /** Conditional Access: does this sign-in need MFA, did any policy apply, is it blocked? */
  function policy(u, net, a, d) {
    let need = false, applied = false, block = 0;
    if (u.kind === 'guest') { need = true; applied = true; }
    else if (STAFF.has(u.kind) || STUD.has(u.kind) || u.kind === 'alumni') { need = !net.trusted; applied = need; }
    if (a.mfaAlways || a.admin) { need = true; applied = true; }
    if (a.admin && u.kind === 'it' && d && !d.compliant) { block = 53000; applied = true; }
    return { need, applied, block };
  }

  function newSession(d, t, mfa, life) { d.sess = { sid: rng.guid(), mfa, exp: t + life, issued: t }; return d.sess; }
  function sessValid(u, d, t) {
    const s = d.sess;
    if (!s || t > s.exp) return null;
    return s;
  }

  /** One interactive sign-in flow (possibly several rows). Returns the time it ended. */
  function interactive(u, d, net, t, a, opts = {}) {
    const isRichApp = !!opts.rich;
    const pol = policy(u, net, a, d);
    const dv = devRow(d, isRichApp);
    const ua = opts.ua ?? (isRichApp ? richUa(d) : d.ua);
    const client = isRichApp ? 'Mobile Apps and Desktop clients' : 'Browser';
    const base = { user: u, app: a.app, res: a.res, net, dev: dv, ua, client, attack: null };
    const corr = rng.guid();
    const prt = isPrt(d);
    let s = prt ? (d.sess ??= { sid: rng.guid(), mfa: true, exp: END + DAY, issued: START - DAY }) : sessValid(u, d, t);
    if (pol.block) {
      F.signIn({ ...base, t, corr, code: pol.block, mfa: pol.need, ca: 'Failure', sid: s?.sid, inTok: prt ? 'Primary Refresh Token' : 'None', mfaRes: s?.mfa ? 'MFA requirement satisfied by claim in the token' : '' });
      return t;
    }
    if (s && (!pol.need || s.mfa) && !revoked(u, s, t)) {
      F.signIn({ ...base, t, corr, code: 0, mfa: pol.need, ca: pol.applied ? 'Success' : 'Not Applied', sid: s.sid, inTok: prt ? 'Primary Refresh Token' : 'None', mfaRes: pol.need ? 'MFA requirement satisfied by claim in the token' : '', mfaMethod: pol.need ? 'Previously satisfied' : '' });
      return t;
    }
    // credentials needed
    let tt = t;
    const hadSess = s && !revoked(u, s, t);
    if (!hadSess) {
      const pTypo = opts.pTypo ?? (STUD.has(u.kind) ? 0.055 : 0.035);
      let typos = 0;
      while (rng.chance(typos === 0 ? pTypo : 0.32) && typos < 6) {
        F.signIn({ ...base, t: tt, corr, code: 50126, mfa: false, ca: 'Not Applied' });
        tt += rng.int(8, 70) * SEC; typos++;
      }
      if (typos >= 5 && rng.chance(0.6)) {
        F.signIn({ ...base, t: tt, corr, code: 50053, mfa: false, ca: 'Not Applied' });
        // locked out: self-service unlock/reset from the same place a few minutes later
        tt += rng.int(3, 25) * MIN;
        const unlock = rng.chance(0.4);
        tt = ctx.A.ssprReset(tt, u, net.ip, { unlock, ua: d.ua });
        if (!unlock) u.pwdChanges.push(tt);
        ctx.stats.sspr++;
        tt += rng.int(1, 4) * MIN;
      }
    }
    let mfaDone = s?.mfa && hadSess;
    let method = '';
    if (pol.need && !mfaDone) {
      if (!u.mfa?.method) {
        // never registered: forced registration interrupt
        F.signIn({ ...base, t: tt, corr, code: 50079, mfa: true, ca: 'Success' });
        if (!rng.chance(0.75) || opts.noRegister) return tt; // gave up for now
        tt += rng.int(2, 9) * MIN;
        const m = rng.chance(0.6) ? 'push' : 'sms';
        ctx.A.registeredSecurityInfo(tt, u, net.ip, m, { ua: d.ua });
        u.mfa = { method: m, last2: String(rng.int(10, 99)) };
        ctx.stats.mfaRegistrations++;
        tt += rng.int(20, 90) * SEC;
      } else {
        if (rng.chance(0.55)) { F.signIn({ ...base, t: tt, corr, code: 50074, mfa: true, ca: 'Success', mfaRes: 'MFA required in Azure AD' }); tt += rng.int(5, 40) * SEC; }
        if (u.mfa.method === 'push' && rng.chance(0.045)) {
          const why = rng.chance(0.6) ? 'MFA denied; user did not respond to mobile app notification' : 'MFA denied; user declined the authentication';
          F.signIn({ ...base, t: tt, corr, code: 500121, mfa: true, ca: 'Failure', mfaRes: why, mfaMethod: MFA_METHOD.push });
          tt += rng.int(30, 240) * SEC;
          if (rng.chance(0.15)) return tt;
        }
      }
      method = MFA_METHOD[u.mfa.method] ?? MFA_METHOD.push;
    }
    if (!isRichApp && rng.chance(0.22)) { F.signIn({ ...base, t: tt, corr, code: 50140, mfa: pol.need, ca: pol.applied ? 'Success' : 'Not Applied', mfaRes: method ? 'MFA successfully completed' : '', mfaMethod: method }); tt += rng.int(2, 15) * SEC; }
    const mfaNow = pol.need || !!s?.mfa && hadSess;
    s = newSession(d, tt, mfaNow, opts.life ?? rng.float(2, 9) * DAY);
    F.signIn({ ...base, t: tt, corr, code: 0, mfa: pol.need, ca: pol.applied ? 'Success' : 'Not Applied', sid: s.sid, mfaRes: method ? 'MFA successfully completed' : (pol.need ? 'MFA requirement satisfied by claim in the token' : ''), mfaMethod: method || (pol.need ? 'Previously satisfied' : ''), mfaDetail: method === MFA_METHOD.sms || method === MFA_METHOD.call ? `+X XXXXXXXX${u.mfa.last2}` : '' });
    return tt;
  }

  /** One non-interactive (token refresh) sign-in. */
  function nonInteractive(u, d, net, t, a, opts = {}) {
    const prt = isPrt(d);
    const s = prt ? (d.sess ??= { sid: rng.guid(), mfa: true, exp: END + DAY, issued: START - DAY }) : d.sess;
    if (!s) return false;
    const pol = policy(u, net, a, d);
    const isBrowser = opts.browser;
    const base = { ni: true, user: u, app: a.app, res: a.res, net, dev: devRow(d, !isBrowser), ua: isBrowser ? d.ua : richUa(d), client: isBrowser ? 'Browser' : 'Mobile Apps and Desktop clients', sid: s.sid, inTok: prt ? 'Primary Refresh Token' : 'None', attack: null };
    if (!prt && revoked(u, s, t)) {
      F.signIn({ ...base, t, code: rng.chance(0.7) ? 50173 : 50133, mfa: false, ca: 'Not Applied' });
      d.sess = null; ctx.stats.lapsed++;
      return false;
    }
    if (u.kind === 'alumni' && !d.staleChecked) {
      d.staleChecked = true;
      if (rng.chance(0.3)) { F.signIn({ ...base, t, code: 700082, mfa: false, ca: 'Not Applied' }); d.sess = null; d.needReauth = true; ctx.stats.lapsed++; return false; }
    }
    if (pol.block) { F.signIn({ ...base, t, code: pol.block, mfa: pol.need, ca: 'Failure' }); return false; }
    if (pol.need && !s.mfa) {
      F.signIn({ ...base, t, code: 50076, mfa: true, ca: 'Success' });
      d.needReauth = true;
      return false;
    }
    F.signIn({ ...base, t, code: 0, mfa: pol.need, ca: pol.applied ? 'Success' : 'Not Applied', mfaRes: pol.need ? 'MFA requirement satisfied by claim in the token' : '' });
    return true;
  }

  function winLogon(u, d, net, t) {
    // Windows logon with Windows Hello for Business (primary refresh token)
    d.sess = { sid: rng.guid(), mfa: true, exp: END + DAY, issued: t };
    F.signIn({ user: u, app: APP.winSignIn, res: RES.aad, net, dev: devRow(d, true), ua: UA.wam, client: 'Mobile Apps and Desktop clients', t, code: 0, mfa: false, ca: 'Not Applied', sid: d.sess.sid, attack: null });
  }

  return { IAPPS, NIAPPS, iappsFor, ENT, MS, relay, policy, interactive, nonInteractive, winLogon, devRow, richUa, isPrt, newSession, sessValid };
}

export function runHumans(ctx) {
  const { rng, T, reg } = ctx;
  const H = ctx.H;
  const { NIAPPS, iappsFor, relay, interactive, nonInteractive, winLogon } = H;

  // starting sessions
  for (const u of T.users) {
    for (const d of Object.values(u.devices)) {
      if (H.isPrt(d)) continue;
      const registered = !!u.mfa?.method;
      if (d.kind === 'iphone' || d.kind === 'android' || d.kind === 'ipad') d.sess = { sid: rng.guid(), mfa: registered, exp: END + 30 * DAY, issued: START - rng.float(5, 80) * DAY };
      else if (rng.chance(0.7)) d.sess = { sid: rng.guid(), mfa: registered && rng.chance(0.8), exp: START + rng.float(0, 8) * DAY, issued: START - rng.float(1, 20) * DAY };
    }
    u.pwdChanges ??= [];
    u.pwdChanges.sort((a, b) => a - b);
  }

  const within = (t) => t >= START - DAY && t < END + DAY;
  const tripAt = (u, t) => u.trips.find((tr) => t >= (tr.depart ?? tr.start - 5 * HOUR) && t < (tr.arrive ?? tr.end + 5 * HOUR));

  function netFor(u, place, d, blk) {
    switch (place) {
      case 'campus': return d.managed && d.kind !== 'lab' && (STAFF.has(u.kind)) ? reg.campus('staff', rng.int(0, 3)) : reg.campus('eduroam', rng.int(0, 7));
      case 'office': return reg.campus('staff', rng.int(0, 3));
      case 'lab': return reg.campus('lab', rng.int(0, 1));
      case 'halls': return reg.campus('halls', rng.int(0, 3));
      case 'home':
        if (blk.vpnNet && d.managed) return blk.vpnNet;
        if (u.vpn && blk.useVpn) return u.vpn;
        return u.home;
      case 'mobile': return rng.pick(reg.carrierPool(u.carrier));
      case 'trip': {
        const tr = blk.trip;
        if ((d.kind === 'iphone' || d.kind === 'android') && tr.phoneRoams && u.carrier) return rng.pick(reg.carrierPool(u.carrier));
        return tr.net;
      }
      case 'remote': return blk.useVpn && u.vpn ? u.vpn : u.home;
      default: throw new Error(place);
    }
  }

  function events(u, blk, dkey) {
    const d = dkey === 'lab' ? blk.labPc : u.devices[dkey];
    if (!d) return;
    const span = Math.max(blk.e - blk.s, 10 * MIN);
    const at = () => blk.s + rng.next() * span;
    const net0 = netFor(u, blk.place, d, blk);
    const kind = d.kind;
    const k = STAFF.has(u.kind) ? ctx.rates.staffMul : STUD.has(u.kind) ? ctx.rates.studentMul : 1;
    const rate = Object.fromEntries(Object.entries(ctx.rates).map(([n, v]) => [n, v * k]));
    const list = [];
    const pushI = (n, opt) => { for (let i = 0; i < n; i++) list.push({ t: at(), i: true, ...opt }); };
    const pushN = (n, opt) => { for (let i = 0; i < n; i++) list.push({ t: at(), i: false, ...opt }); };
    if (kind === 'winManaged' || kind === 'lab') {
      if (kind === 'lab' || !d.loggedOn || d.loggedOn < blk.s - 10 * HOUR) { list.push({ t: blk.s, logon: true }); d.loggedOn = blk.s; }
      pushI(rng.poisson(rate.winI * u.activity), {});
      pushN(rng.poisson(rate.winN * u.activity), { pool: 'win' });
    } else if (kind === 'macManaged') {
      pushI(rng.poisson(rate.macI * u.activity), {});
      pushN(rng.poisson(rate.macN * u.activity), { pool: 'mac' });
    } else if (kind === 'linuxWs') {
      pushI(rng.poisson(rate.linI * u.activity), {});
      pushN(rng.poisson(rate.linN * u.activity), { pool: 'browser', browser: true });
    } else if (kind === 'winPersonal' || kind === 'macPersonal' || kind === 'chromebook') {
      pushI(rng.poisson(rate.lapI * u.activity), {});
      // browser token refreshes, and the Office / Teams desktop apps many people install on personal machines
      for (let n = rng.poisson(rate.lapN * u.activity * (d.officeApps ? 1.6 : 1)); n > 0; n--) {
        if (d.officeApps && rng.chance(0.6)) list.push({ t: at(), i: false, pool: d.kind === 'macPersonal' ? 'mac' : 'win' });
        else list.push({ t: at(), i: false, pool: 'browser', browser: true });
      }
    } else if (kind === 'iphone' || kind === 'android') {
      if (d.needReauth || !d.sess) list.push({ t: at(), i: true, appReauth: true });
      pushI(rng.poisson(rate.phoneI * u.activity), { phoneBrowser: true });
      pushN(rng.poisson(rate.phoneN * u.activity), { pool: 'phone' });
    } else if (kind === 'ipad') {
      pushN(rng.poisson(rate.tabN * u.activity), { pool: 'phone' });
    }
    list.sort((a, b) => a.t - b.t);
    for (const ev of list) {
      if (ev.t < START - HOUR || ev.t >= END + HOUR) continue;
      let net = net0;
      if (ev.logon) { winLogon(u, d, net, ev.t); continue; }
      if (ev.i) {
        if (ev.appReauth) {
          const a = rng.pick([H.MS(APP.outlookMobile, RES.exo), H.MS(APP.teams, RES.teamsSvc)]);
          interactive(u, d, net, ev.t, a, { rich: true, life: 120 * DAY });
          d.needReauth = false;
          continue;
        }
        const a = rng.weighted(ev.phoneBrowser ? [[H.ENT('lms'), 3], [H.ENT('cuapp'), 2], [H.MS(APP.owa, RES.exo), 1]].filter(() => STUD.has(u.kind)).concat([[H.MS(APP.owa, RES.exo), 1]]) : iappsFor(u));
        if (d.privateRelay && (ev.phoneBrowser) && rng.chance(0.8)) net = rng.pick(relay);
        interactive(u, d, net, ev.t, a, ev.phoneBrowser ? { life: 14 * DAY } : {});
      } else {
        const a = rng.weighted(NIAPPS[ev.pool]);
        nonInteractive(u, d, net, ev.t, a, { browser: !!ev.browser });
      }
    }
  }

  // ---- day plans
  const U = (a, b) => rng.float(a, b);
  function plan(u, d) {
    const blocks = [];
    const hfx = (h) => localToUtc('hfx', d, h);
    const wkend = isWeekend(d), rw = isReadingWeek(d);
    const noon = hfx(12);
    const trip = tripAt(u, noon);
    const add = (s, e, place, devs, extra = {}) => blocks.push({ s, e, place, devs, ...extra });
    if (u.dormant) return blocks;
    if (u.kind === 'guest') {
      if (rng.chance((wkend ? 0.04 : 0.22) * u.activity * 2)) { const tz = u.home.tz; const s = localToUtc(tz, d, U(8.5, 16.5)); add(s, s + U(0.3, 1.5) * HOUR, 'home', ['laptop']); }
      return blocks;
    }
    if (u.kind === 'alumni') {
      if (rng.chance(0.16 + 0.3 * u.activity)) { const tz = u.home.tz ?? 'hfx'; const s = localToUtc(tz, d, U(8, 22)); add(s, s + U(0.2, 1) * HOUR, 'home', rng.chance(0.6) ? ['phone'] : ['phone', 'laptop']); }
      return blocks;
    }
    if (u.joiner && noon < u.joiner) return blocks;
    if (u.leaves && noon > u.leaves) return blocks;
    if (trip && !(trip.kind === 'home-visit' && false)) {
      const tz = trip.tz;
      const L = (h) => localToUtc(tz, d, h);
      if (!rng.chance(trip.kind === 'sabbatical' ? 0.8 : 0.9)) return blocks;
      const s1 = L(U(7.5, 10)), e1 = s1 + U(2, 7) * HOUR;
      add(s1, e1, 'trip', trip.kind === 'home-visit' ? ['phone', ...(rng.chance(0.5) ? ['laptop'] : [])] : ['laptop', 'phone'], { trip });
      if (rng.chance(0.6)) { const s2 = L(U(18, 22)); add(s2, s2 + U(0.5, 2) * HOUR, 'trip', ['phone', ...(rng.chance(0.5) ? ['laptop'] : [])], { trip }); }
      return blocks.filter((b) => { const tr = tripAt(u, b.s); return tr === trip && b.s >= trip.start && b.s <= trip.end; });
    }
    const inTransit = (t) => u.trips.some((tr) => (t >= (tr.depart ?? tr.start - 5 * HOUR) && t < tr.start) || (t > tr.end && t < (tr.arrive ?? tr.end + 5 * HOUR)));
    if (u.mode === 'remote') {
      const tz = u.home.tz;
      const L = (h) => localToUtc(tz, d, h);
      if (!rng.chance(0.88 * (wkend ? 0.8 : 1) * (0.5 + u.activity / 2))) return blocks;
      const useVpn = !!u.vpn && rng.chance(0.6);
      const s1 = L(U(9, 15)); add(s1, s1 + U(1, 4) * HOUR, 'remote', ['laptop', 'phone'], { useVpn });
      if (!wkend && !rw && rng.chance(0.7)) { const s2 = hfx(U(9, 14)); add(s2, s2 + U(1, 2.5) * HOUR, 'remote', ['laptop'], { useVpn }); }
      if (rng.chance(0.6)) { const s3 = L(U(19, 23.5)); add(s3, s3 + U(0.5, 2) * HOUR, 'remote', ['phone', ...(rng.chance(0.4) ? ['laptop'] : [])], { useVpn }); }
      return blocks;
    }
    if (STUD.has(u.kind) || (u.kind === 'visiting' && false)) {
      const homePlace = u.residence === 'halls' ? 'halls' : 'home';
      const useVpn = !!u.vpn && rng.chance(0.5);
      if (!wkend && !rw) {
        if (!rng.chance(0.95 * (0.55 + u.activity * 0.45))) return blocks;
        const s = hfx(U(8.3, 11)), e = s + U(3, 8) * HOUR;
        add(s, e, 'campus', ['phone', ...(rng.chance(0.55) ? ['laptop'] : [])]);
        if (u.labUser && rng.chance(0.38)) { const ls = s + U(0.2, Math.max(0.3, (e - s) / HOUR - 1.5)) * HOUR; add(ls, ls + U(0.7, 2.5) * HOUR, 'lab', ['lab'], { labPc: rng.pick(T.labPcs) }); }
        if (homePlace === 'home' && rng.chance(0.35)) add(e + U(0, 0.2) * HOUR, e + U(0.25, 0.6) * HOUR, 'mobile', ['phone']);
        if (rng.chance(0.78)) { const es = hfx(U(17.5, 21)); add(es, es + U(1.5, 4) * HOUR, homePlace, [...(rng.chance(0.75) ? ['laptop'] : []), ...(rng.chance(0.85) ? ['phone'] : []), ...(u.devices.tablet && rng.chance(0.4) ? ['tablet'] : [])], { useVpn }); }
      } else {
        if (!rng.chance(0.78 * (0.5 + u.activity * 0.5))) return blocks;
        const n = rng.int(1, 2);
        for (let i = 0; i < n; i++) { const s = hfx(U(10, 22)); add(s, s + U(0.7, 3) * HOUR, homePlace, [...(rng.chance(0.6) ? ['laptop'] : []), 'phone'], { useVpn }); }
        if (rng.chance(0.35)) { const s = hfx(U(11, 19)); add(s, s + U(0.3, 2) * HOUR, 'mobile', ['phone']); }
        if (rw && !wkend && rng.chance(0.22)) { const s = hfx(U(10, 13)); add(s, s + U(2, 5) * HOUR, rng.chance(0.5) ? 'lab' : 'campus', rng.chance(0.5) ? ['lab'] : ['laptop', 'phone'], { labPc: rng.pick(T.labPcs) }); }
      }
      if (u.night && rng.chance(0.5)) { const s = hfx(U(23.3, 26.8)); add(s, s + U(0.3, 1.5) * HOUR, homePlace, rng.chance(0.5) ? ['phone'] : ['phone', 'laptop'], { useVpn }); }
      return blocks.filter((b) => !inTransit(b.s) && !tripAt(u, b.s));
    }
    // staff
    if (u.shift) {
      const [h0, len] = u.shift === 'day' ? [7, 8] : u.shift === 'evening' ? [15, 8] : [23, 8];
      const onDuty = ((d + u.id.charCodeAt(0)) % 7) < 5;
      if (onDuty) { const s = hfx(h0 + U(-0.3, 0.3)); add(s, s + len * HOUR, 'campus', ['laptop', 'phone']); }
      if (rng.chance(0.4)) { const s = hfx(u.shift === 'night' ? U(15, 20) : U(18, 22)); add(s, s + U(0.3, 1) * HOUR, 'home', ['phone']); }
      return blocks;
    }
    const vpnNet = u.vpnUser && rng.chance(u.remote ? 0.7 : 0.5) ? vpnAddress(rng, reg) : null;
    const devsWork = u.devices.office ? ['office', 'laptop', 'phone'] : ['laptop', 'phone'];
    if (!wkend) {
      if (!rng.chance((u.kind === 'acad' ? 0.9 : 0.95) * (0.6 + u.activity * 0.4))) return blocks;
      const s = hfx(U(7.8, 9.8)), e = s + U(6.5, 9) * HOUR;
      if (u.remote) add(s, e, 'home', ['laptop', 'phone'], { vpnNet });
      else {
        add(s, e, 'campus', devsWork.filter((k) => k !== 'phone'));
        add(s, e, rng.chance(0.8) ? 'campus' : 'mobile', ['phone']);
        if (rng.chance(0.28)) add(e, e + U(0.2, 0.5) * HOUR, 'mobile', ['phone']);
      }
      const pEve = { acad: 0.45, prof: 0.18, it: 0.4, visiting: 0.35 }[u.kind] ?? 0.2;
      if (rng.chance(pEve)) { const es = hfx(U(19, 22.5)); add(es, es + U(0.5, 2) * HOUR, 'home', [u.devices.homepc && rng.chance(u.prefersHomePc ? 0.85 : 0.5) ? 'homepc' : 'laptop', 'phone'], { vpnNet }); }
    } else if (rng.chance(u.kind === 'acad' ? 0.45 : 0.28)) {
      const s = hfx(U(9, 21)); add(s, s + U(0.5, 2.5) * HOUR, 'home', [u.devices.homepc && rng.chance(u.prefersHomePc ? 0.85 : 0.5) ? 'homepc' : 'laptop', 'phone'], { vpnNet });
      if (rng.chance(0.4)) { const s2 = hfx(U(10, 20)); add(s2, s2 + U(0.2, 1) * HOUR, 'mobile', ['phone']); }
    }
    return blocks.filter((b) => !inTransit(b.s) && !tripAt(u, b.s));
  }

  for (const u of T.users) {
    if (!['ug', 'pg', 'acad', 'prof', 'it', 'visiting', 'guest', 'alumni'].includes(u.kind)) continue;
    if (!u.enabled) continue;
    for (let d = -1; d <= 13; d++) {
      const bl = plan(u, d).sort((a, b) => a.s - b.s);
      for (const b of bl) for (const k of b.devs) events(u, b, k);
    }
  }
}
