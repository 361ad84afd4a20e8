// The honest population: daily work patterns, travel, offshore links, control room shifts, service desk, automation.
import { ix, nx, spx, T0, DAY, HOUR, MIN, DAYS, weekday, PREV, PREV_MFA, PW_PUSH, PW_OTP, WHFB, FIDO, PW_ONLY, PW_BAD } from './emit.mjs';
import { POOL, SITE, APP, RES, UA } from './world.mjs';

const LAPTOP_NI = [[[APP.teams, RES.teams], 5], [[APP.office, RES.exo], 3], [[APP.oneDrive, RES.spo], 3], [[APP.office, RES.graph], 2], [[APP.edge, RES.graph], 1], [[APP.office, RES.spo], 2]];
const PHONE_NI = [[[APP.outlookMobile, RES.exo], 4], [[APP.teams, RES.teams], 3], [[APP.authenticator, RES.graph], 1]];
const BROWSER_IX = [[[APP.officeHome, RES.wcss], 4], [[APP.sharepointApp, RES.spo], 3], [[APP.teamsWeb, RES.teams], 1], [[APP.pbiDesktop, RES.pbi], 1]];

export function honest(W) {
  const { rng, people } = W;
  const at = (d, hLocal, spreadH = 0) => T0 + d * DAY + (hLocal - 1) * HOUR + rng.float(0, spreadH) * HOUR; // CET = UTC+1
  const zsPool = (u) => (rng.chance(0.03) ? rng.pick([POOL.zsPar, POOL.zsLon]) : POOL[u.zs]);

  // travel plans
  const trips = new Map();
  const cands = people.users.filter((u) => (u.role === 'office' || u.role === 'dev') && !W.reserved.has(u.upn) && u.site !== SITE.KRK);
  for (const u of rng.sample(cands, 42)) {
    const dest = rng.weighted([['aarhus', 4], ['brande', 3], ['bilbao', 3], ['schenectady', 2], ['boston', 1], ['houston', 1]]);
    const us = ['schenectady', 'boston', 'houston'].includes(dest);
    const start = rng.int(0, DAYS - 3), len = us ? rng.int(4, 6) : rng.int(2, 4);
    trips.set(u.upn, { dest, us, start, end: start + len, zs: rng.chance(0.6), eSim: us && rng.chance(0.3) });
  }
  W.trips = trips;
  const HOTEL = { aarhus: POOL.aarhusHotel, brande: POOL.brandeHotel, bilbao: POOL.bilbaoHotel, schenectady: POOL.schenectadyHotel, boston: POOL.bostonHotel, houston: POOL.houstonHotel };
  const ZSTRAVEL = { aarhus: POOL.zsCph, brande: POOL.zsCph, bilbao: POOL.zsMad, schenectady: POOL.zsNyc, boston: POOL.zsNyc, houston: POOL.zsNyc };

  const stickyHome = new Map();
  const homeIp = (u) => { let h = stickyHome.get(u.upn); if (!h || rng.chance(0.04)) { h = u.home.ip(rng); stickyHome.set(u.upn, h); } return h; };

  const workDay = (u, d, laptopNet, phoneNet, startH, lenH, tzShift = 0) => {
    // a person's day on the laptop and the phone; startH local (CET) hour
    let t = at(d, startH - tzShift, 1.2);
    const fresh = rng.chance(0.12);
    if (fresh && rng.chance(0.22)) ix(W, u, t - rng.int(20, 90) * 1000, laptopNet, { err: 50126, steps: PW_BAD });
    if (fresh && rng.chance(0.08)) ix(W, u, t - rng.int(100, 200) * 1000, laptopNet, { err: 500121, steps: [PW_PUSH[0], { m: 'Mobile app notification', ok: false, res: 'MFA denied; user did not respond to mobile app notification', req: 'MFA' }] });
    if (rng.chance(0.55) && u.laptop.trust) ix(W, u, t, laptopNet, { app: APP.winSignIn, res: RES.aad, rich: true, steps: WHFB, mfa: true, browser: '', ua: UA.winAuth });
    else {
      const [app, res] = rng.weighted(BROWSER_IX);
      if (fresh && rng.chance(0.3)) ix(W, u, t - 15000, laptopNet, { app, res, err: 50140, steps: PW_PUSH });
      ix(W, u, t, laptopNet, { app, res, steps: fresh ? (rng.chance(0.7) ? PW_PUSH : PW_OTP) : undefined, incoming: fresh ? 'none' : undefined });
    }
    if (rng.chance(0.4)) { const [app, res] = rng.weighted(BROWSER_IX); ix(W, u, t + rng.float(0.5, lenH) * HOUR, laptopNet, { app, res }); }
    const nLap = rng.int(1, 4);
    for (let i = 0; i < nLap; i++) { const [app, res] = rng.weighted(LAPTOP_NI); nx(W, u, t + rng.float(0.05, lenH) * HOUR, laptopNet, { app, res, err: rng.chance(0.006) ? rng.pick([50173, 70043]) : 0 }); }
    if (u.phone && phoneNet) {
      const nPh = rng.int(0, 2);
      for (let i = 0; i < nPh; i++) { const [app, res] = rng.weighted(PHONE_NI); nx(W, u, t + rng.float(-1, lenH + 3) * HOUR, phoneNet, { dev: 'phone', app, res }); }
      if (rng.chance(0.04)) ix(W, u, t + rng.float(0, lenH) * HOUR, phoneNet, { dev: 'phone', app: APP.outlookMobile, res: RES.exo, rich: true, steps: PW_PUSH, incoming: 'none' });
    }
  };

  for (const u of people.users) {
    if (W.skipHonest.has(u.upn)) continue;
    for (let d = 0; d < DAYS; d++) {
      if (u.leave.has(d) || (u.activeFrom !== undefined && d < u.activeFrom) || (u.disabledDay !== undefined && d >= u.disabledDay)) continue;
      const wd = weekday(d);
      const trip = trips.get(u.upn);
      if (u.role === 'office' || u.role === 'dev' || u.role === 'contractor' || u.role === 'admin') {
        if (u.role === 'admin') continue; // handled below
        const mob = u.mobile.ip(rng);
        if (trip && d >= trip.start && d <= trip.end) {
          const hotel = HOTEL[trip.dest];
          const roam = trip.eSim ? POOL.usMobileRoam.ip(rng) : mob;
          if (d === trip.start) {
            ix(W, u, at(d, 6, 1), POOL.hamAirport.ip(rng), { dev: 'phone', app: APP.outlookMobile, res: RES.exo, rich: true });
            nx(W, u, at(d, 7, 1), mob, { dev: 'phone', app: APP.teams, res: RES.teams });
            const arrive = trip.us ? at(d, 23, 1) : at(d, 13, 3);
            const net = trip.zs ? ZSTRAVEL[trip.dest].ip(rng) : hotel.ip(rng);
            ix(W, u, arrive, net, { app: APP.officeHome, res: RES.wcss });
            nx(W, u, arrive + 20 * MIN, net, { app: APP.teams, res: RES.teams });
            nx(W, u, arrive + 40 * MIN, roam, { dev: 'phone', app: APP.outlookMobile, res: RES.exo });
          } else if (d === trip.end) {
            const net = trip.zs ? ZSTRAVEL[trip.dest].ip(rng) : hotel.ip(rng);
            ix(W, u, at(d, trip.us ? 13 : 7, 1), net, { app: APP.officeHome, res: RES.wcss });
            nx(W, u, at(d, trip.us ? 14 : 8, 1), roam, { dev: 'phone', app: APP.outlookMobile, res: RES.exo });
            nx(W, u, at(d, 21, 2), u.mobile.ip(rng), { dev: 'phone', app: APP.teams, res: RES.teams });
          } else {
            const net = trip.zs ? ZSTRAVEL[trip.dest].ip(rng) : hotel.ip(rng);
            const vendorSite = trip.dest === 'bilbao' ? POOL.zamudioVendor.ip(rng) : null;
            workDay(u, d, net, roam, trip.us ? 8 : 8, 9, trip.us ? 6 : 0);
            if (vendorSite && rng.chance(0.5)) ix(W, u, at(d, 11, 4), vendorSite, { app: APP.teamsWeb, res: RES.teams, dev: 'phone', steps: PREV_MFA });
          }
          continue;
        }
        if (wd) {
          if (rng.chance(u.officeRate)) workDay(u, d, u.site, rng.chance(0.6) ? u.site : mob, rng.pick([7, 8, 8, 9]), rng.float(7, 10));
          else { const h = homeIp(u); workDay(u, d, zsPool(u).ip(rng), rng.chance(0.6) ? h : mob, rng.pick([7, 8, 9]), rng.float(6, 10)); }
          if (u.role === 'dev') devExtras(u, d);
        } else if (rng.chance(0.35) && u.phone) {
          const [app, res] = rng.weighted(PHONE_NI);
          nx(W, u, at(d, 10, 10), rng.chance(0.5) ? homeIp(u) : mob, { dev: 'phone', app, res });
        }
        if (u.hetzner) nx(W, u, T0 + d * DAY + 2 * HOUR + rng.int(0, 300) * 1000, W.hetznerIp.get(u.upn), { dev: 'none', app: APP.graphCli, res: RES.graph, ua: UA.pwsh, incoming: 'refreshToken', scopes: ['User.Read.All', 'Group.Read.All', 'Reports.Read.All'] });
      } else if (u.role === 'tech') {
        const cyc = (d + u.rotation) % 28;
        const offshore = cyc < 14;
        if (offshore) {
          if (cyc === 0) { workDay(u, d, u.site, u.site, 6, 2); }
          const shiftStart = rng.pick([6, 6, 7]);
          let lapNet = null;
          const n = rng.int(3, 6);
          for (let i = 0; i < n; i++) {
            const t = at(d, shiftStart + i * rng.float(1.5, 3), 1);
            if (!lapNet || rng.chance(0.6)) lapNet = u.vessel ? POOL.marlinkVsat.ip(rng) : (u.site === SITE.EEM ? rng.weighted([[POOL.starlinkNl, 3], [POOL.starlinkDe, 1], [POOL.starlinkGb, 1]]) : rng.weighted([[POOL.starlinkDe, 2], [POOL.starlinkGb, 2], [POOL.starlinkNl, 1]])).ip(rng);
            if (i === 0) ix(W, u, t, lapNet, { app: rng.pick([APP.officeHome, APP.sharepointApp]), res: rng.pick([RES.wcss, RES.spo]) });
            const [app, res] = rng.weighted(LAPTOP_NI); nx(W, u, t + 10 * MIN, lapNet, { app, res });
            if (rng.chance(0.5)) nx(W, u, t + rng.float(0, 1) * HOUR, rng.chance(0.6) ? POOL.tampnet4g.ip(rng) : lapNet, { dev: 'phone', app: rng.pick([APP.outlookMobile, APP.teams]), res: rng.pick([RES.exo, RES.teams]) });
          }
          if (rng.chance(0.3)) nx(W, u, at(d, 20, 3), POOL.tampnet4g.ip(rng), { dev: 'phone', app: APP.teams, res: RES.teams });
        } else if (wd && rng.chance(0.5)) workDay(u, d, u.site, u.site, 7, 7);
        else if (rng.chance(0.4)) nx(W, u, at(d, 10, 10), rng.chance(0.5) ? homeIp(u) : u.mobile.ip(rng), { dev: 'phone', app: APP.outlookMobile, res: RES.exo });
      } else if (u.role === 'control') {
        const slot = (d + u.crew * 2) % 8;
        if (slot <= 3) {
          const night = slot >= 2;
          const pc = W.consoles[(u.crew + slot) % W.consoles.length];
          const start = T0 + d * DAY + (night ? 17 : 5) * HOUR - rng.int(5, 25) * MIN;
          ix(W, u, start, SITE.CONTROL, { dev: pc, app: APP.winSignIn, res: RES.aad, rich: true, steps: PW_ONLY, mfa: false, browser: '', ua: UA.winAuth });
          ix(W, u, start + rng.int(3, 10) * MIN, SITE.CONTROL, { dev: pc, app: APP.officeHome, res: RES.wcss, steps: PREV, mfa: false });
          const n = rng.int(3, 6);
          for (let i = 0; i < n; i++) { const [app, res] = rng.weighted(LAPTOP_NI); nx(W, u, start + rng.float(0.2, 11.5) * HOUR, SITE.CONTROL, { dev: pc, app, res, mfa: false, sessionId: `${pc.id.slice(0, 8)}-${u.id.slice(9)}` }); }
          if (u.phone && rng.chance(0.5)) nx(W, u, start + rng.float(0, 12) * HOUR, u.mobile.ip(rng), { dev: 'phone', app: APP.teams, res: RES.teams });
        } else if (rng.chance(0.3) && u.phone) nx(W, u, at(d, 11, 8), homeIp(u), { dev: 'phone', app: APP.outlookMobile, res: RES.exo });
      } else if (u.role === 'desk') {
        const onCall = !wd && (d + u.deskShift) % 11 === 0;
        if (wd || onCall) {
          const cpc = POOL.azureWeu.ip(rng);
          const startH = u.deskShift ? 12 : 7;
          const dev = W.cloudPcs.get(u.upn);
          ix(W, u, at(d, startH, 0.5), cpc, { dev, app: APP.winSignIn, res: RES.aad, rich: true, steps: PW_PUSH, mfa: true, ua: UA.winAuth, browser: '' });
          ix(W, u, at(d, startH + 0.3, 0.5), cpc, { dev, app: APP.azurePortal, res: RES.arm, steps: PREV_MFA });
          if (rng.chance(0.6)) ix(W, u, at(d, startH + 1, 5), cpc, { dev, app: APP.intunePortal, res: RES.intune, steps: PREV_MFA });
          for (let i = 0; i < rng.int(2, 5); i++) nx(W, u, at(d, startH + 0.5, 7.5), cpc, { dev, app: rng.pick([APP.azurePortal, APP.teams, APP.office]), res: rng.pick([RES.graph, RES.teams, RES.exo]) });
          if (rng.chance(0.3)) nx(W, u, at(d, startH + 1, 7), cpc, { dev, app: APP.exoPs, res: RES.exo, ua: UA.pwsh });
          W.deskDay.push({ u, d, ip: cpc, startH });
          if (rng.chance(0.5)) nx(W, u, at(d, startH + 2, 6), u.mobile.ip(rng), { dev: 'phone', app: APP.teams, res: RES.teams });
        }
      } else if (u.role === 'room') {
        if (d % 3 === 0) ix(W, u, T0 + d * DAY + 3 * HOUR + rng.int(0, 1800) * 1000, u.site, { dev: u.laptop, app: APP.teams, res: RES.teams, rich: true, steps: PW_ONLY, mfa: false, ua: UA.teamsRoom, browser: '',
          protocol: u.android ? 'deviceCode' : undefined, transfer: u.android ? 'deviceCodeFlow' : undefined });
        if (wd) for (let h = 5; h <= 18; h += 2) nx(W, u, T0 + d * DAY + h * HOUR + rng.int(0, 1800) * 1000, u.site, { dev: u.laptop, app: APP.teams, res: RES.teams, mfa: false, ua: UA.teamsRoom });
      } else if (u.role === 'guest') {
        if (!wd || !rng.chance(u.activity)) continue;
        const net = rng.chance(0.7) ? u.vendor.pool.ip(rng) : u.vendor.home.ip(rng);
        const t = at(d, 8, 8);
        ix(W, u, t, net, { dev: u.laptop, app: rng.pick([APP.sharepointApp, APP.teamsWeb, APP.officeHome]), res: rng.pick([RES.spo, RES.teams]), steps: PREV_MFA, browser: u.laptop.os === 'MacOs' ? 'Safari 26.1' : 'Edge 142.0.0', ua: u.laptop.os === 'MacOs' ? UA.chromeMac : UA.edgeWin, incoming: 'none' });
        for (let i = 0; i < rng.int(0, 3); i++) nx(W, u, t + rng.float(0.1, 3) * HOUR, net, { dev: u.laptop, app: APP.teamsWeb, res: rng.pick([RES.spo, RES.teams]), incoming: 'refreshToken', ua: UA.edgeWin });
      }
    }
  }

  function devExtras(u, d) {
    const net = W.S.length && W.S[W.S.length - 1].userPrincipalName === u.upn ? null : null;
    void net;
    const lap = rng.chance(0.5) ? u.site : POOL[u.zs].ip(rng);
    for (let i = 0; i < rng.int(1, 4); i++) nx(W, u, at(d, 9, 8), lap, { app: rng.pick([APP.azCli, APP.vscode, APP.graphCli, APP.azPs]), res: rng.pick([RES.arm, RES.graph, RES.kv, RES.storage]), ua: rng.pick([UA.azcli, UA.vscode, UA.pwsh]), incoming: 'refreshToken' });
    if (rng.chance(0.08)) {
      const vm = POOL.azureWeu.ip(rng);
      ix(W, u, at(d, 10, 6), vm, { dev: 'none', app: APP.azCli, res: RES.arm, protocol: 'deviceCode', transfer: 'deviceCodeFlow', steps: PW_PUSH, ua: UA.azcliLinux, incoming: 'none', browser: 'Python Requests 2.32' });
    }
  }

  // admins: adm- accounts from the admin's laptop location, phishing-resistant MFA
  for (const a of people.admins) {
    for (let d = 0; d < DAYS; d++) {
      if (!weekday(d) || a.leave.has(d) || W.skipHonest.has(a.upn) || !rng.chance(0.7)) continue;
      const net = rng.chance(a.officeRate) ? a.site : POOL[a.zs].ip(rng);
      const t = at(d, 9, 6);
      ix(W, a, t, net, { app: APP.azurePortal, res: RES.arm, steps: rng.chance(0.5) ? FIDO : WHFB, mfa: true, incoming: 'none', sessionId: rng.guid() });
      for (let i = 0; i < rng.int(1, 4); i++) nx(W, a, t + rng.float(0.1, 3) * HOUR, net, { app: rng.pick([APP.azurePortal, APP.graphCli, APP.exoPs]), res: rng.pick([RES.graph, RES.arm, RES.exo]), ua: UA.pwsh });
      W.adminDay.push({ u: a, d, ip: net, t });
    }
  }

  // service (user) accounts
  const S = people.svc;
  for (let t = T0 + rng.int(0, 7200) * 1000; t < T0 + DAYS * DAY; t += rng.float(1.6, 2.4) * HOUR) {
    ix(W, S.alarms, t, SITE.SCADA_ESB, { dev: 'none', app: APP.exo, res: RES.exo, clientApp: 'Authenticated SMTP', protocol: 'ropc', steps: PW_ONLY, mfa: false, ua: '', browser: '', legacy: true, legacyExcluded: true, incoming: 'none' });
    ix(W, S.alarms, t + rng.int(60, 1800) * 1000, SITE.SCADA_EEM, { dev: 'none', app: APP.exo, res: RES.exo, clientApp: 'Authenticated SMTP', protocol: 'ropc', steps: PW_ONLY, mfa: false, ua: '', browser: '', legacy: true, legacyExcluded: true, incoming: 'none' });
  }
  for (let d = 0; d < DAYS; d++) {
    if (weekday(d)) for (let i = 0; i < rng.int(4, 12); i++) ix(W, S.scan, at(d, 7, 10), SITE.HQ, { dev: 'none', app: APP.exo, res: RES.exo, clientApp: 'Authenticated SMTP', protocol: 'ropc', steps: PW_ONLY, mfa: false, ua: '', browser: '', legacy: true, legacyExcluded: true, incoming: 'none' });
    for (let h = 0; h < 24; h++) nx(W, S.pbi, T0 + d * DAY + h * HOUR + rng.int(60, 400) * 1000, SITE.DC_AZ, { dev: 'none', app: APP.pbiDesktop, res: RES.pbi, mfa: false, ua: null, incoming: 'refreshToken', sessionId: 'b51c7e2a-0d94-4f63-8a1b-6e2f9c3d7a15' });
    for (let m = 0; m < 24 * 60; m += 30) nx(W, S.sync, T0 + d * DAY + m * MIN + rng.int(5, 90) * 1000, SITE.HQBACKUP, { dev: 'none', app: APP.aadConnect, res: RES.aad, mfa: false, ua: UA.adconnect, incoming: 'none', sessionId: null, scopes: ['user_impersonation'] });
    if (weekday(d) && !W.skipHonest.has(S.workshop.upn + d)) {
      for (let i = 0; i < rng.int(2, 6); i++) ix(W, S.workshop, at(d, 6, 10), SITE.ESB, { dev: W.workshopPc, app: rng.pick([APP.officeHome, APP.sharepointApp]), res: rng.pick([RES.wcss, RES.spo]), steps: PW_ONLY, mfa: false, incoming: 'none', sessionId: rng.guid() });
    }
  }

  // application sign-ins (service principals)
  for (let d = 0; d < DAYS; d++) {
    for (let m = 0; m < 24 * 60; m += 30) {
      spx(W, W.apps.scada, T0 + d * DAY + m * MIN + rng.int(1, 50) * 1000, SITE.SCADA_ESB, { res: RES.storage });
      if (m % 60 === 0) spx(W, W.apps.scada, T0 + d * DAY + m * MIN + rng.int(60, 200) * 1000, SITE.SCADA_EEM, { res: RES.storage });
    }
    for (let h = 0; h < 24; h++) {
      const t = T0 + d * DAY + h * HOUR + rng.int(100, 900) * 1000;
      const expired = t >= W.pbiExpiry && t < W.pbiRotated;
      spx(W, W.apps.pbi, t, SITE.DC_AZ, { res: RES.pbi, err: expired ? 7000222 : 0, cred: t >= W.pbiRotated ? W.apps.pbi.cred2 : W.apps.pbi.cred });
      if (h % 2 === 0) spx(W, W.apps.meter, t + 600000, SITE.DC_AZ2, { res: RES.spo });
    }
    for (let i = 0; i < 8; i++) spx(W, W.apps.veeam, T0 + d * DAY + (21 + i * 0.5) * HOUR + rng.int(0, 600) * 1000, SITE.HQBACKUP, { res: rng.pick([RES.exo, RES.spo, RES.graph]) });
    if (weekday(d)) for (let i = 0; i < rng.int(5, 18); i++) spx(W, W.apps.devops, at(d, 8, 10), POOL.azureWeu.ip(rng), { res: rng.pick([RES.arm, RES.graph, RES.kv]) });
    spx(W, W.apps.rotator, T0 + d * DAY + 4 * HOUR + rng.int(0, 600) * 1000, SITE.DC_AZ2, { res: RES.kv });
  }
}
