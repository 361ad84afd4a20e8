// The honest population's fourteen days.
import { APPS, RES, SITES, DEPOTS, YARDS, START, END, HOUR, MIN, DAY, localAt, isWeekend, net, ispIp, DOMAIN, ONMS } from './tenant.mjs';
import { UA, BROWSER, Life, phoneWeb, phoneApp, mobileNet, homeNet, ACTOR_APPS } from './life.mjs';

const DAYS = 14;
const PAYDAY = 10; // Thu 2026-12-03

export function honest(rng, sink, P) {
  const L = new Life(rng, sink);
  const r = rng;
  const helpdesk = P.users.filter((u) => u.kind === 'it').slice(0, 6);
  const admins = P.users.filter((u) => u.kind === 'it').slice(6, 14);
  const secAdmin = P.users.filter((u) => u.kind === 'it')[14];
  const procurement = P.users.filter((u) => u.kind === 'office').slice(0, 5);
  const hrStaff = P.users.filter((u) => u.kind === 'office').slice(5, 10);

  for (const u of P.users) {
    if (r.chance(0.08)) { u.releaseDay = r.int(2, 12); u.homeIp2 = ispIp(r, u.homeIsp); }
    u.offset = r.int(0, 6);
  }

  // ---------- helpers ----------
  const phoneBg = (u, d, n = 2) => {
    if (!u.phone || u.leaver) return;
    const pa = phoneApp(u);
    const sess = r.uuid();
    for (let i = 0; i < n; i++) {
      const h = r.wpick([[7 + r.float(0, 2), 3], [12 + r.float(0, 1.5), 2], [17 + r.float(0, 5), 4]]);
      const t = localAt(d, h);
      const home = h > 17.5 && r.chance(0.6);
      const nn = home ? homeNet(r, u, d) : mobileNet(r, u);
      const app = r.chance(0.65) ? APPS.outlookMobile : APPS.teams;
      L.bg(u, t, nn, u.phone.id ? { ...u.phone, name: u.phone.model, compliant: false, managed: false, trust: 'Azure AD registered' } : null, { app, res: app === APPS.teams ? RES.teams : RES.exo, ...pa, session: sess });
    }
  };
  const reset = (target, t, actor, n) => {
    sink.audit({ t, category: 'UserManagement', activity: 'Reset user password', actor: { user: actor }, ip: n.ip, targets: [{ id: target.id, displayName: null, type: 'User', upn: target.upn, mods: [] }], details: [['TargetId.UserType', 'Member']], opType: 'Update' });
    sink.audit({ t: t + 400, category: 'UserManagement', activity: 'Reset password (by admin)', actor: { user: actor }, ip: n.ip, service: 'Self-service Password Management', targets: [{ id: target.id, type: 'User', upn: target.upn, mods: [] }], details: [], opType: 'Update' });
  };

  // kiosk session (drivers, rail, seasonal at depots)
  const kiosk = (u, t, site) => {
    const dev = r.pick(P.kiosks.get(site.code));
    if (r.chance(0.004)) {
      // locked out at the kiosk, help desk resets, user signs in with the temporary password and changes it
      for (let i = 0; i < 3; i++) { L.si({ user: u, app: APPS.operatorPortal, res: APPS.operatorPortal, net: site.net, device: dev, ua: UA.edgeWin, browser: BROWSER.edge, interactive: true, t: t + i * 25_000, code: 50126 }); }
      L.si({ user: u, app: APPS.operatorPortal, res: APPS.operatorPortal, net: site.net, device: dev, ua: UA.edgeWin, browser: BROWSER.edge, interactive: true, t: t + 80_000, code: 50053 });
      const hd = r.pick(helpdesk);
      const tr = t + r.int(20, 70) * MIN;
      reset(u, tr, hd, SITES.hq);
      L.si({ user: u, app: APPS.operatorPortal, res: APPS.operatorPortal, net: site.net, device: dev, ua: UA.edgeWin, browser: BROWSER.edge, interactive: true, t: tr + r.int(3, 15) * MIN, code: 50055 });
      L.web(u, tr + r.int(16, 20) * MIN, site.net, dev, { app: APPS.operatorPortal, res: APPS.operatorPortal, typo: 0, kmsi: 0, follow: 1 });
      return;
    }
    let tt = L.web(u, t, site.net, dev, { app: APPS.operatorPortal, res: APPS.operatorPortal, followRes: [RES.graph, APPS.operatorPortal], follow: r.int(0, 2), typo: 0.05, kmsi: 0.02 });
    if (r.chance(0.3)) L.web(u, tt + r.int(1, 6) * MIN, site.net, dev, { app: APPS.oneOutlook, res: RES.exo, mfa: null, typo: 0, kmsi: 0, follow: 1 });
  };
  const shiftHour = (s) => (s === 'early' ? 4 : s === 'late' ? 14 : r.chance(0.5) ? 6 : 15) + r.normal(-0.35, 0.25);

  // payday self-service from home
  const payslip = (u, d) => {
    const onPhone = u.phone && r.chance(0.6);
    const n = onPhone ? (r.chance(0.5) ? homeNet(r, u, d) : mobileNet(r, u)) : homeNet(r, u, d);
    const w = onPhone ? phoneWeb(u) : r.pick([{ ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10' }, { ua: UA.edgeWin, browser: BROWSER.edge, os: 'Windows 10' }, { ua: UA.chromeMac, browser: BROWSER.chrome, os: 'MacOs' }]);
    const t = localAt(d, r.wpick([[r.float(6, 9), 2], [r.float(11, 14), 2], [r.float(17, 22.5), 5]]));
    L.web(u, t, n, null, { app: APPS.ess, res: APPS.ess, ...w, typo: 0.08, mfa: u.mfaExempt || !u.mfa ? null : u.mfa, follow: 1 });
  };

  for (const u of P.users) {
    if (u.leaver) continue;
    const created = u.created || 0;
    for (let d = 0; d < DAYS; d++) {
      const dayStart = START + d * DAY;
      if (u.created && dayStart + DAY < created) continue;
      if (u.disabled && dayStart > u.disabled) break;
      const works = (d + u.offset) % 7 < 5;
      switch (u.kind) {
        case 'driver': case 'rail': {
          if (works && r.chance(0.08 + 0.8 * u.activity)) {
            kiosk(u, localAt(d, shiftHour(u.shift)), u.depot);
            if (r.chance(0.15 * u.activity)) kiosk(u, localAt(d, shiftHour(u.shift) + r.float(4, 8)), u.depot);
          }
          if (d >= PAYDAY && d <= PAYDAY + 2 && r.chance(d === PAYDAY ? 0.28 : 0.06)) payslip(u, d);
          if (u.activity > 0.55 && u.phone && r.chance(0.5)) phoneBg(u, d, r.int(1, 2));
          break;
        }
        case 'seasonal': {
          if (u.noShow || d * DAY + START < created) break;
          if (works && dayStart > created && r.chance(0.7)) kiosk(u, localAt(d, shiftHour(u.shift)), u.depot);
          if (r.chance(0.6)) phoneBg(u, d, r.int(1, 2));
          break;
        }
        case 'maint': {
          if (!works || !r.chance(0.9)) { if (r.chance(0.3)) phoneBg(u, d, 1); break; }
          const h0 = (u.crew === 'day' ? 7 : u.crew === 'evening' ? 15 : 23) + r.normal(-0.2, 0.2);
          const lte = [SITES.lte1, SITES.lte2, SITES.lte3][P.tablets.indexOf(u.tablet) % 3];
          const tab = u.tablet;
          const ab = { ua: UA.dalvik('14', 'SM-T638W'), browser: BROWSER.richAndroid, os: 'Android' };
          let t = localAt(d, h0);
          const sess = r.uuid();
          L.web(u, t, lte, tab, { app: APPS.workOrders, res: APPS.workOrders, ...ab, clientApp: 'Mobile Apps and Desktop clients', follow: 0, typo: 0.02, kmsi: 0, session: sess });
          const n = r.int(3, 6);
          for (let i = 0; i < n; i++) {
            t += r.int(55, 110) * MIN;
            const teams = r.chance(0.35);
            L.bg(u, t, lte, tab, { app: teams ? APPS.teams : APPS.workOrders, res: teams ? RES.teams : (r.chance(0.5) ? APPS.workOrders : RES.graph), ...ab, session: sess, mfa: null });
          }
          if (r.chance(0.4)) phoneBg(u, d, 1);
          break;
        }
        case 'occ': {
          const on = (d + u.offset) % 4 < 2;
          if (on) {
            const night = u.crew === 'night';
            let t = localAt(d, (night ? 19 : 7) + r.normal(-0.3, 0.15));
            const desk = r.pick(P.occDesks);
            const sess = r.uuid();
            L.si({ user: u, app: APPS.winSignIn, res: RES.aad, net: SITES.occ, device: desk, ua: UA.wam, browser: 'Windows 10', interactive: true, t, code: 0, session: sess, clientApp: 'Mobile Apps and Desktop clients' });
            t = L.web(u, t + r.int(1, 4) * MIN, SITES.occ, desk, { app: APPS.teams, res: RES.teams, ua: UA.teamsWin, browser: BROWSER.rich, clientApp: 'Mobile Apps and Desktop clients', follow: 0, kmsi: 0, typo: 0.01, session: sess });
            const n = r.int(5, 8);
            for (let i = 0; i < n; i++) {
              t += r.int(60, 110) * MIN;
              const k = r.int(0, 2);
              L.bg(u, t, SITES.occ, desk, { app: [APPS.teams, APPS.office, APPS.oneDrive][k], res: [RES.teams, RES.exo, RES.spo][k], ua: k === 0 ? UA.teamsWin : UA.wam, browser: BROWSER.rich, session: sess, mfa: null });
            }
          }
          phoneBg(u, d, on ? 1 : r.int(1, 2));
          break;
        }
        case 'agent': {
          const weekendGroup = u.shift === 'weekend';
          const on = weekendGroup ? (isWeekend(d) || (d + u.offset) % 7 < 3) : !isWeekend(d) && r.chance(0.93);
          if (on) {
            const h0 = (u.shift === 'evening' ? 14 : 8) + r.normal(-0.25, 0.15);
            let t = localAt(d, h0);
            const fromHome = r.chance(0.6);
            const outer = fromHome ? homeNet(r, u, d) : SITES.hq2;
            const w = fromHome ? r.pick([{ ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10' }, { ua: UA.edgeWin, browser: BROWSER.edge, os: 'Windows 10' }]) : { ua: UA.edgeWin, browser: BROWSER.edge, os: 'Windows 10' };
            t = L.web(u, t, outer, null, { app: APPS.citrix, res: APPS.citrix, ...w, mfa: fromHome ? u.mfa : null, follow: 0, typo: 0.04, kmsi: 0.05 });
            const vda = r.pick(P.vdas);
            const cx = r.chance(0.5) ? SITES.citrix1 : SITES.citrix2;
            const sess = r.uuid();
            t += r.int(2, 5) * MIN;
            L.si({ user: u, app: APPS.office, res: RES.exo, net: cx, device: vda, ua: UA.wam, browser: BROWSER.rich, os: 'Windows Server 2022', interactive: true, t, code: 0, session: sess, clientApp: 'Mobile Apps and Desktop clients' });
            const n = r.int(2, 5);
            for (let i = 0; i < n; i++) {
              t += r.int(70, 130) * MIN;
              const teams = r.chance(0.5);
              L.bg(u, t, cx, vda, { app: teams ? APPS.teams : APPS.office, res: teams ? RES.teams : RES.exo, ua: teams ? UA.teamsWin : UA.wam, browser: BROWSER.rich, os: 'Windows Server 2022', session: sess, mfa: null });
            }
          }
          if (r.chance(0.3)) phoneBg(u, d, 1);
          break;
        }
        case 'eng': case 'office': case 'exec': case 'it': case 'contractor': {
          if (u.trip && d >= u.trip.d0 && d <= u.trip.d1) break; // travellers handled below
          if (isWeekend(d)) { if (r.chance(0.35)) phoneBg(u, d, r.int(1, 2)); if (['exec', 'it'].includes(u.kind) && r.chance(0.15)) L.web(u, localAt(d, r.float(9, 21)), homeNet(r, u, d), u.laptop, { follow: 1 }); break; }
          if (!r.chance(0.92)) { phoneBg(u, d, 1); break; }
          workday(u, d);
          phoneBg(u, d, r.int(1, 3));
          break;
        }
      }
    }
  }

  function workday(u, d, where) {
    const home = where ? where : r.chance(u.hybrid || 0) ? (r.chance(0.4) ? SITES.vpn : homeNet(r, u, d)) : (u.kind === 'eng' ? SITES.eng : r.chance(0.5) ? SITES.hq : SITES.hq2);
    const n = home;
    const dev = u.laptop;
    let t = localAt(d, r.float(7.2, 9.4));
    const end = t + r.float(7.5, 9.5) * HOUR;
    const sess = r.uuid();
    (u.sessions ||= []).push({ d, sess, t, end });
    L.si({ user: u, app: APPS.winSignIn, res: RES.aad, net: n, device: dev, ua: UA.wam, browser: 'Windows 10', os: dev.os, interactive: true, t, code: 0, mfa: 'whfb', session: sess, clientApp: 'Mobile Apps and Desktop clients' });
    // desktop apps refresh through the day
    let tb = t + r.int(1, 5) * MIN;
    while (tb < end) {
      const k = r.wpick([[0, 4], [1, 4], [2, 2]]);
      L.bg(u, tb, n, dev, { app: [APPS.teams, APPS.office, APPS.oneDrive][k], res: [RES.teams, RES.exo, RES.spo][k], ua: k === 0 ? UA.teamsWin : UA.wam, browser: BROWSER.rich, os: dev.os, session: sess });
      tb += r.int(70, 160) * MIN;
    }
    // browser sessions
    const nweb = r.wpick([[0, 3], [1, 4], [2, 2]]);
    for (let i = 0; i < nweb; i++) {
      const tw = t + r.float(0.3, 8) * HOUR;
      const a = r.wpick([[APPS.officeHome, 5], [APPS.oneOutlook, 2], [APPS.ess, d >= PAYDAY ? 2 : 0.3], [APPS.mySignins, 0.2]]);
      L.web(u, tw, n, dev, { app: a, res: a === APPS.ess ? APPS.ess : a === APPS.oneOutlook ? RES.exo : RES.graph, followRes: [RES.graph, RES.spo, RES.exo], follow: r.int(0, 2), mfa: 'prev', typo: 0.005 });
    }
    // engineers, IT and some contractors: tools
    if ((u.kind === 'eng' && u.dev) || u.kind === 'it' || (u.kind === 'contractor' && u.dev)) {
      if (r.chance(0.35)) {
        const tc = t + r.float(1, 6) * HOUR;
        const tool = u.kind === 'it' ? r.wpick([[APPS.graphPs, 3], [APPS.azCli, 1], [APPS.azPortal, 3]]) : r.wpick([[APPS.azCli, 3], [APPS.vscode, 2], [APPS.azPortal, 2]]);
        const ua = tool === APPS.graphPs ? UA.graphPs : tool === APPS.azCli ? UA.azCli : tool === APPS.vscode ? UA.vscode : UA.edgeWin;
        const res = tool === APPS.graphPs ? RES.graph : RES.arm;
        const s2 = r.uuid();
        L.web(u, tc, n, dev, { app: tool, res, ua, browser: tool === APPS.azPortal ? BROWSER.edge : BROWSER.rich, clientApp: tool === APPS.azPortal ? 'Browser' : 'Mobile Apps and Desktop clients', mfa: 'prev', follow: 0, kmsi: 0, typo: 0, session: s2, admin: u.kind === 'it' });
        for (let i = 0, m = r.int(1, 5); i < m; i++) L.bg(u, tc + (i + 1) * r.int(8, 50) * MIN, n, dev, { app: tool, res: tool === APPS.azCli && r.chance(0.3) ? RES.graph : res, ua, browser: BROWSER.rich, session: s2 });
      }
      // an engineer's jump box: `az login --use-device-code` inside an Azure VM in Canada Central
      if (u.jumpbox && r.chance(0.4)) {
        const tc = t + r.float(1, 7) * HOUR;
        const s3 = r.uuid();
        L.si({ user: u, app: APPS.azCli, res: RES.arm, net: u.jumpbox, device: null, ua: UA.azCliLinux, browser: BROWSER.rich, os: 'Linux', interactive: true, t: tc, code: 0, mfa: 'prev', protocol: 'deviceCode', transfer: 'deviceCodeFlow', session: s3 });
        for (let i = 0, m = r.int(2, 6); i < m; i++) L.bg(u, tc + (i + 1) * r.int(20, 70) * MIN, u.jumpbox, null, { app: APPS.azCli, res: RES.arm, ua: UA.azCliLinux, browser: BROWSER.rich, os: 'Linux', session: s3, protocol: 'deviceCode', transfer: 'deviceCodeFlow' });
      }
    }
  }

  return { L, helpdesk, admins, secAdmin, procurement, hrStaff, workday };
}

/** Business trips and holidays (called before honest(), so the day loop skips trip days). */
export function assignTrips(rng, P) {
  const r = rng;
  const pick = (kind, n, f = () => true) => r.sample(P.users.filter((u) => u.kind === kind && !u.leaver && f(u)), n);
  const trips = [];
  for (const u of P.users) {
    // developers among engineers and contractors; a quarter of them work from a jump box VM in Canada Central
    if ((u.kind === 'eng' || u.kind === 'contractor') && r.chance(0.4)) u.dev = true;
    if (u.dev && r.chance(0.25)) u.jumpbox = net(`20.151.${r.int(80, 95)}.${r.int(4, 250)}`, 8075, 'toronto');
  }
  // a few people keep a consumer VPN (M247 exits in Toronto and Montreal) on at home
  for (const u of r.sample(P.users.filter((x) => ['eng', 'office', 'contractor'].includes(x.kind)), 6)) u.vpnHome = net(`146.70.${r.int(100, 220)}.${r.int(2, 250)}`, 9009, r.pick(['toronto', 'montreal']));
  // Rolling-stock commissioning review at the vendor's plant in Valenciennes: Sun 29 Nov evening YOW-YUL-CDG, back Fri 4 Dec.
  for (const u of [...pick('exec', 1), ...pick('eng', 3)]) { u.trip = { kind: 'france', d0: 6, d1: 11 }; trips.push(u); }
  // Fare-system integration workshop at the vendor in Alpharetta GA, Tue 24 – Thu 26 Nov.
  for (const u of [...pick('office', 2), ...pick('it', 1, (x) => P.users.filter((y) => y.kind === 'it').indexOf(x) >= 15)]) { u.trip = { kind: 'us', d0: 1, d1: 3 }; trips.push(u); }
  // Holidays: Cancun (phone only) and a snowbird working from Florida over the VPN.
  for (const u of pick('office', 1, (x) => x.phone)) { u.trip = { kind: 'cancun', d0: 5, d1: 13 }; trips.push(u); }
  for (const u of pick('office', 1, (x) => x.phone)) { u.trip = { kind: 'florida', d0: 8, d1: 11 }; trips.push(u); }
  return trips;
}

export function travel(rng, sink, P, trips, L, workday) {
  const r = rng;
  const cet = (d, h) => START + d * DAY + (h - 1) * HOUR; // local CET hour h on day d
  for (const u of trips) {
    const dev = u.laptop;
    const pa = u.phone ? phoneApp(u) : null;
    const phoneDev = u.phone && u.phone.id ? { ...u.phone, name: u.phone.model, compliant: false, managed: false, trust: 'Azure AD registered' } : null;
    if (u.trip.kind === 'france') {
      // Sun 29 Nov (d6): at home, then airport YOW ~16:30 local (phone on roaming-less carrier ip), flight overnight
      L.bg(u, localAt(6, 15.2), homeNet(r, u, 6), phoneDev, { app: APPS.outlookMobile, res: RES.exo, ...pa });
      L.bg(u, localAt(6, 16.6), mobileNet(r, u), phoneDev, { app: APPS.outlookMobile, res: RES.exo, ...pa });
      // Mon 30 Nov, CDG arrival 07:40 CET: phone roams (home carrier address, Canadian geolocation), laptop on CDG wifi
      const cdg = net(`90.84.${r.int(10, 250)}.${r.int(2, 250)}`, 3215, 'paris');
      L.bg(u, cet(7, 8.1), mobileNet(r, u), phoneDev, { app: APPS.outlookMobile, res: RES.exo, ...pa });
      L.web(u, cet(7, 9.0), cdg, dev, { mfa: u.mfa, follow: 2, followRes: [RES.graph, RES.exo] });
      const hotel = net(`77.199.${r.int(10, 250)}.${r.int(2, 250)}`, 15557, 'valenciennes');
      const vendor = net('193.252.118.40', 3215, 'valenciennes');
      for (let d = 7; d <= 10; d++) {
        const sess = r.uuid();
        if (d > 7) L.si({ user: u, app: APPS.winSignIn, res: RES.aad, net: hotel, device: dev, ua: UA.wam, browser: 'Windows 10', os: dev.os, interactive: true, t: cet(d, 7.3 + r.float(0, 0.5)), code: 0, mfa: 'whfb', session: sess, clientApp: 'Mobile Apps and Desktop clients' });
        for (let h = 9; h < 18; h += r.float(1.2, 2.5)) L.bg(u, cet(d, h), vendor, dev, { app: r.pick([APPS.teams, APPS.office]), res: RES.exo, ua: UA.wam, browser: BROWSER.rich, os: dev.os, session: sess });
        if (r.chance(0.7)) L.web(u, cet(d, r.float(19, 22.5)), hotel, dev, { app: APPS.oneOutlook, res: RES.exo, mfa: 'prev', follow: 1 });
        for (let i = 0; i < 2; i++) L.bg(u, cet(d, r.float(8, 23)), mobileNet(r, u), phoneDev, { app: APPS.outlookMobile, res: RES.exo, ...pa });
      }
      // Fri 4 Dec: CDG 10:30 CET -> YUL -> YOW, home by ~19:00 local
      L.bg(u, cet(11, 8.7), cdg, dev, { app: APPS.teams, res: RES.teams, ua: UA.teamsWin, browser: BROWSER.rich, os: dev.os });
      L.bg(u, localAt(11, 13.9), net(`24.200.${r.int(10, 250)}.${r.int(2, 250)}`, 5769, 'montreal'), phoneDev, { app: APPS.outlookMobile, res: RES.exo, ...pa });
      L.bg(u, localAt(11, 19.2), homeNet(r, u, 11), phoneDev, { app: APPS.outlookMobile, res: RES.exo, ...pa });
    } else if (u.trip.kind === 'us') {
      const hotel = net(`99.108.${r.int(10, 250)}.${r.int(2, 250)}`, 7018, 'alpharetta');
      const vendor = net('12.161.84.22', 7018, 'alpharetta');
      L.bg(u, localAt(1, 5.4), mobileNet(r, u), phoneDev, { app: APPS.outlookMobile, res: RES.exo, ...pa });
      for (let d = 1; d <= 3; d++) {
        const sess = r.uuid();
        L.si({ user: u, app: APPS.winSignIn, res: RES.aad, net: d === 1 ? vendor : hotel, device: dev, ua: UA.wam, browser: 'Windows 10', os: dev.os, interactive: true, t: localAt(d, d === 1 ? 11.5 : 7.6), code: 0, mfa: 'whfb', session: sess, clientApp: 'Mobile Apps and Desktop clients' });
        for (let h = 12; h < 17; h += r.float(1.2, 2.5)) L.bg(u, localAt(d, h), vendor, dev, { app: r.pick([APPS.teams, APPS.office]), res: RES.exo, ua: UA.wam, browser: BROWSER.rich, os: dev.os, session: sess });
        L.web(u, localAt(d, r.float(19, 22)), hotel, dev, { mfa: 'prev', follow: 1 });
      }
      L.bg(u, localAt(3, 20.5), homeNet(r, u, 3), phoneDev, { app: APPS.outlookMobile, res: RES.exo, ...pa });
    } else if (u.trip.kind === 'cancun') {
      const resort = () => net(`187.188.${r.int(10, 250)}.${r.int(2, 250)}`, 8151, 'cancun');
      for (let d = u.trip.d0 + 1; d < u.trip.d1; d++) for (let i = 0; i < r.int(1, 3); i++) L.bg(u, localAt(d, r.float(8, 22)), resort(), phoneDev, { app: APPS.outlookMobile, res: RES.exo, ...pa });
      L.web(u, localAt(u.trip.d0 + 3, 16.2), resort(), phoneDev, { ...phoneWeb(u), app: APPS.ess, res: APPS.ess, mfa: u.mfa, follow: 1 });
    } else if (u.trip.kind === 'florida') {
      for (let d = u.trip.d0; d <= u.trip.d1; d++) {
        if (isWeekend(d)) continue;
        workday(u, d, SITES.vpn);
        for (let i = 0; i < 2; i++) L.bg(u, localAt(d, r.float(8, 21)), net(`73.43.${r.int(10, 250)}.${r.int(2, 250)}`, 7922, 'fortlauderdale'), phoneDev, { app: APPS.outlookMobile, res: RES.exo, ...pa });
      }
    }
  }
}
