// Warehouse shift workers, truck drivers and the contact centre.
import { DAYS, DAY, HOUR, MIN, T0, T1, local, weekday } from './clock.mjs';
import { APPS, RES, UA } from './catalog.mjs';
import { signIn, login, refreshes } from './signin.mjs';
import { mobileIp, localIp, phoneIp } from './net.mjs';
import { auditSspr, auditHelpdeskReset } from './audit.mjs';

const clampWin = (t) => Math.max(T0, Math.min(T1 - 1000, t));

// ---- warehouse -------------------------------------------------------------------------------
function shiftStart(u, d) {
  const wk = Math.floor(d / 7);
  const wd = weekday(d);
  if (u.crew === 'N') {
    // night crew works Sunday night to Thursday night
    if (wd === 4 || wd === 5) return null;
    return 22;
  }
  if (u.offDays.includes(wd)) return null;
  const early = (u.crew === 'EL') === (wk % 2 === 0);
  return early ? 6 : 14;
}

export function warehouse(ctx) {
  const { w } = ctx;
  const rng = ctx.rng;
  for (const u of w.personas.warehouse) {
    if (u.leaver && u.leaver.t < T0) continue;
    const site = w.sites[u.site];
    const tz = 'CET';
    const vacWeek = rng.chance(0.08) ? rng.int(0, 1) : -1;
    const sessPhone = rng.guid();
    for (let d = -1; d < DAYS; d++) {
      const h = shiftStart(u, d);
      if (h === null || h === undefined) continue;
      if (Math.floor(Math.max(d, 0) / 7) === vacWeek || rng.chance(0.04)) continue;
      const start = local(d, h + rng.gauss(0, 0.12), tz);
      const end = start + 8 * HOUR + rng.int(-10, 25) * MIN;
      if (end < T0 || start >= T1) continue;
      if (u.leaver && start > u.leaver.t) continue;
      if (u.startT && start < u.startT - HOUR) continue;
      const natIp = () => rng.pick(site.ips);
      // kiosk visits
      if (u.kioskUser) {
        const visits = u.lead ? rng.int(1, 3) : rng.weighted([[1, 78], [2, 20], [3, 2]]);
        for (let v = 0; v < visits; v++) {
          const t = v === 0 ? start + rng.int(2, 25) * MIN : start + rng.float(0.1, 0.95) * (end - start);
          if (t < T0 || t >= T1) continue;
          const kiosk = rng.pick(site.kiosks);
          const ip = natIp();
          // forgotten password: a few failures then self-service reset (or a call to the helpdesk)
          if (rng.chance(0.004)) {
            let tt = t;
            for (let i = 0; i < rng.int(2, 4); i++) { signIn(ctx, { t: tt, user: u, app: APPS.winSignIn, ip, dev: kiosk, ua: UA.winAuth, code: 50126, auth: 'pw', kiosk: true }); tt += rng.int(20, 60) * 1000; }
            if (u.mfaRegistered) auditSspr(ctx, { t: tt + 3 * MIN, user: u, ip });
            else auditHelpdeskReset(ctx, { t: tt + rng.int(15, 50) * MIN, user: u });
            continue;
          }
          const r = login(ctx, { t, user: u, app: APPS.winSignIn, ip, dev: kiosk, ua: UA.winAuth, auth: 'pw', kiosk: true, tokenIn: 'none', rates: { typo: 0.045 } });
          const t2 = r.t + rng.int(40, 180) * 1000;
          signIn(ctx, { t: t2, user: u, app: w.apps.wms, ip, dev: kiosk, ua: UA.edgeWin(122), auth: 'sso1', mfa: false, kiosk: true, tokenIn: 'primaryRefreshToken', sessionId: r.sessionId, browser: 'Edge 122.0.0' });
          if (u.lead && rng.chance(0.5)) signIn(ctx, { t: t2 + rng.int(1, 6) * MIN, user: u, app: APPS.owa, ip, dev: kiosk, ua: UA.edgeWin(122), auth: 'sso1', mfa: false, kiosk: true, tokenIn: 'primaryRefreshToken', sessionId: r.sessionId, browser: 'Edge 122.0.0' });
          if (rng.chance(0.06)) signIn(ctx, { t: t2 + rng.int(2, 9) * MIN, user: u, app: w.apps.yard, ip, dev: kiosk, ua: UA.edgeWin(122), auth: 'sso1', mfa: false, kiosk: true, tokenIn: 'primaryRefreshToken', sessionId: r.sessionId, browser: 'Edge 122.0.0' });
          const dur = (u.lead ? rng.int(20, 120) : rng.int(5, 40)) * MIN;
          refreshes(ctx, { user: u, ip, dev: kiosk, ua: UA.edgeWin(122), sessionId: r.sessionId, mfa: false, tokenIn: 'primaryRefreshToken', browser: 'Edge 122.0.0' }, t2, t2 + dur, 70, [{ app: w.apps.wms, res: w.apps.wmsApi.res }]);
        }
      }
      // scanner
      if (u.scannerUser) {
        const t = start + rng.int(4, 18) * MIN;
        const scn = rng.pick(site.scanners);
        const ip = natIp();
        const ua = UA.msalAndroid('TC58', 'HRLScan');
        if (t >= T0 && t < T1) {
          const r = login(ctx, { t, user: u, app: w.apps.scan, res: w.apps.wmsApi.res, ip, dev: scn, ua, auth: 'pw', kiosk: true, browser: 'MSAL.Android 5.1.0', rates: { typo: 0.06 } });
          refreshes(ctx, { user: u, ip, dev: scn, ua, sessionId: r.sessionId, mfa: false, browser: 'MSAL.Android 5.1.0' }, r.t, Math.min(end, T1), 170, [{ app: w.apps.scan, res: w.apps.wmsApi.res }]);
        }
      }
    }
    // roster / mail from home on a personal phone
    if (u.rosterHome) {
      for (let d = 0; d < DAYS; d++) {
        if (!rng.chance(0.2)) continue;
        const t = local(d, rng.float(9, 21.5), tz);
        const onWifi = rng.chance(0.55);
        const ip = onWifi ? u.homeAt(t) : mobileIp(ctx, u, t);
        const ios = u.phone.os === 'Ios';
        const ua = ios ? UA.safariIos() : UA.chromeAndroid(u.phone.model);
        const dev = { ...u.phone, id: '', displayName: '', trustType: '', compliant: false, managed: false };
        login(ctx, { t, user: u, app: w.apps.quinyx, ip, dev, ua, auth: 'pw', mfaNeeded: true, method: u.mfa === 'sms' ? 'sms' : 'push', phone: u.phoneNo, browser: ios ? 'Mobile Safari 17.3' : 'Chrome Mobile 122.0.6261', rates: { typo: 0.05, interrupt: 0.5, mfaFail: 0.02 } });
      }
    }
    if (u.phoneMail) {
      const ios = u.phone.os === 'Ios';
      const ua = ios ? UA.outlookIos : UA.outlookAndroid;
      const s = { user: u, dev: u.phone, ua, sessionId: sessPhone, mfa: true, browser: ios ? 'Rich Client 4.2409.0' : 'Rich Client 4.2412.1', ipAt: (t) => phoneIp(ctx, u, t, 'CET') };
      for (let d = 0; d < DAYS; d++) refreshes(ctx, s, local(d, 6.5, 'CET'), local(d, 22, 'CET'), 560, [{ app: APPS.outlookMobile, res: RES.exo }]);
    }
  }
}

// ---- drivers ---------------------------------------------------------------------------------
const TRANSIT = {
  NL: [['NL', 5], ['DE', 3], ['BE', 2]],
  DE: [['DE', 5], ['NL', 2], ['PL', 1], ['BE', 1], ['FR', 1]],
  PL: [['DE', 4], ['NL', 2], ['PL', 2], ['BE', 1], ['FR', 1], ['CZ', 1]],
  ES: [['ES', 6], ['FR', 3], ['PT', 1]],
};
const STOP_CITY = { NL: ['venlo', 'eindhoven', 'breda', 'nijmegen'], DE: ['duisburg', 'hannover', 'dortmund', 'koeln', 'nuernberg', 'berlin'], PL: ['poznan', 'slubice', 'wroclaw', 'konin'], BE: ['antwerpen', 'bruxelles'], FR: ['lille', 'reims', 'strasbourg', 'lyon'], CZ: ['praha', 'brno'], ES: ['zaragoza', 'barcelona', 'madrid', 'valencia'], PT: ['lisboa', 'porto'] };

export function drivers(ctx) {
  const { w } = ctx;
  const rng = ctx.rng;
  for (const u of w.personas.driver) {
    const site = w.sites[u.site];
    const tz = 'CET';
    const phoneUa = UA.msalAndroid(u.phone.model, 'HRLDriver');
    const sid = rng.guid();
    const tourStart = rng.int(0, 3);
    const days = [];
    for (let d = 0; d < DAYS; d++) {
      const wd = weekday(d);
      let on;
      if (u.route === 'longhaul') on = d >= tourStart && d < tourStart + 11;
      else on = wd < 5 && !rng.chance(0.05);
      days.push(on);
    }
    let lastLogin = -99;
    for (let d = 0; d < DAYS; d++) {
      if (u.leaver && local(d, 0, tz) > u.leaver.t) break;
      if (u.startT && local(d, 23.9, tz) < u.startT) continue;
      const working = days[d];
      const from = local(d, working ? rng.float(4.8, 7.2) : rng.float(8, 11), tz);
      const to = working ? from + rng.float(9, 12.5) * HOUR : local(d, rng.float(19, 22.5), tz);
      const cc = u.route === 'regional' ? u.cc : rng.weighted(TRANSIT[u.cc]);
      const stops = [];
      if (working && (u.route !== 'regional' || rng.chance(0.2))) {
        for (let i = 0; i < rng.int(0, 2); i++) {
          const s = from + rng.float(0.25, 0.9) * (to - from);
          stops.push({ a: s, b: s + rng.int(25, 50) * MIN, ip: localIp(ctx, rng.pick(STOP_CITY[cc]), `stop${rng.int(0, 5)}`) });
        }
      }
      const depot = working && u.route !== 'longhaul' ? { a: from - 10 * MIN, b: from + rng.int(10, 30) * MIN, ip: rng.pick(site.ips) } : null;
      const ipAt = (t) => {
        for (const s of stops) if (t >= s.a && t < s.b) return s.ip;
        if (depot && t >= depot.a && t < depot.b) return depot.ip;
        return mobileIp(ctx, u, t);
      };
      const s = { user: u, dev: u.phone, ua: phoneUa, sessionId: sid, mfa: false, browser: 'MSAL.Android 5.1.0', ipAt };
      if (working && (d - lastLogin >= 7 || rng.chance(0.04))) {
        const t = clampWin(from + rng.int(1, 15) * MIN);
        login(ctx, { t, user: u, app: w.apps.driver, res: w.apps.driverApi.res, ip: ipAt(t), dev: u.phone, ua: phoneUa, auth: 'pw', sessionId: sid, compliantSatisfies: true, browser: 'MSAL.Android 5.1.0', rates: { typo: 0.05 } });
        lastLogin = d;
      }
      if (working) refreshes(ctx, s, from, to, 300, [{ app: w.apps.driver, res: w.apps.driverApi.res }], { compliantSatisfies: true });
      if (u.outlook) refreshes(ctx, { ...s, ua: UA.outlookAndroid, browser: 'Rich Client 4.2412.1' }, from, to + (working ? 2 * HOUR : 0), 600, [{ app: APPS.outlookMobile, res: RES.exo }], { compliantSatisfies: true });
      if (u.teams && working) refreshes(ctx, { ...s, ua: UA.teamsAndroid, browser: 'Rich Client 1416' }, from, to, 420, [{ app: APPS.teams, res: RES.teams }], { compliantSatisfies: true });
    }
  }
}

// ---- contact centre --------------------------------------------------------------------------
export function contactCentre(ctx) {
  const { w } = ctx;
  const rng = ctx.rng;
  const lis = w.sites.lis;
  for (const u of w.personas.cc) {
    const tz = u.site === 'lis' ? 'WET' : 'CET';
    const genesys = rng.chance(0.4);
    for (let d = 0; d < DAYS; d++) {
      if (u.offDays.includes(weekday(d)) || rng.chance(0.05)) continue;
      const S = local(d, u.shift + rng.gauss(0, 0.08) - 0.2, tz);
      const E = S + 8.5 * HOUR;
      if (u.leaver && S > u.leaver.t) break;
      if (u.startT && S < u.startT - HOUR) continue;
      const office = u.ccMode === 'office';
      const clientIp = office ? rng.pick(lis.ips) : u.homeAt(S);
      const clientDev = office ? rng.pick(lis.thin) : u.homePc;
      // AVD client sign-in (CA: 12 h sign-in frequency, so once per shift)
      let r;
      if (office) {
        r = { t: S, sessionId: rng.guid() };
        signIn(ctx, { t: S, user: u, app: APPS.msrdc, ip: clientIp, dev: clientDev, ua: UA.msrdc, auth: 'sso', mfa: false, tokenIn: 'primaryRefreshToken', sessionId: r.sessionId, avd: true, browser: 'Rich Client 1.2.5105' });
      } else {
        r = login(ctx, { t: S, user: u, app: APPS.msrdc, ip: clientIp, dev: clientDev, ua: UA.msrdc, auth: 'pw', mfaNeeded: true, method: u.mfa, phone: u.phoneNo, avd: true, browser: 'Rich Client 1.2.5105', rates: { typo: 0.03, interrupt: 0.45 } });
      }
      const t1 = r.t + rng.int(20, 70) * 1000;
      signIn(ctx, { t: t1, user: u, app: APPS.cloudLogin, ip: clientIp, dev: clientDev, ua: UA.msrdc, auth: 'sso', mfa: !office, sessionId: r.sessionId, avd: true, browser: 'Rich Client 1.2.5105' });
      // inside the pooled session host
      const hi = rng.int(0, w.avdHosts.length - 1);
      const host = w.avdHosts[hi];
      const avdIp = w.avdIps[hi % w.avdIps.length];
      const hs = rng.guid();
      const mk = (t, app, res, ua, browser, clientApp) => signIn(ctx, { t, user: u, app, res, ip: avdIp, dev: host, ua, auth: 'sso', mfa: !office, tokenIn: 'primaryRefreshToken', sessionId: hs, browser, clientApp });
      let t = t1 + rng.int(40, 120) * 1000;
      t += rng.int(30, 120) * 1000; mk(t, APPS.teams, RES.teams, UA.teamsWin, 'Rich Client 1.0');
      t += rng.int(20, 90) * 1000; mk(t, APPS.office, RES.exo, UA.wam, 'Rich Client 16.0');
      t += rng.int(30, 200) * 1000; mk(t, APPS.d365, RES.crm, UA.edgeWin(122), 'Edge 122.0.0');
      if (genesys) { t += rng.int(20, 120) * 1000; mk(t, w.apps.genesys, w.apps.genesys.res, UA.edgeWin(122), 'Edge 122.0.0'); }
      refreshes(ctx, { user: u, ip: avdIp, dev: host, sessionId: hs, mfa: !office, tokenIn: 'primaryRefreshToken' }, t, Math.min(E, T1), 200, [
        { app: APPS.teams, res: RES.teams, ua: UA.teamsWin, browser: 'Rich Client 1.0' },
        { app: APPS.office, res: RES.exo, ua: UA.wam, browser: 'Rich Client 16.0' },
        { app: APPS.d365, res: RES.crm, ua: UA.edgeWin(122), browser: 'Edge 122.0.0' },
      ], { avd: true });
    }
    // Teams / Outlook on a personal phone
    if (u.phone) {
      const ios = u.phone.os === 'Ios';
      const s = { user: u, dev: u.phone, ua: ios ? UA.teamsIos : UA.teamsAndroid, sessionId: rng.guid(), mfa: true, browser: 'Rich Client 6.3.1', ipAt: (t) => phoneIp(ctx, u, t, tz) };
      for (let d = 0; d < DAYS; d++) refreshes(ctx, s, local(d, 8, tz), local(d, 22, tz), 600, [{ app: APPS.teams, res: RES.teams }]);
    }
  }
}
