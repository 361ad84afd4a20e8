// Honest working life: shifts on shared ward workstations, doctors on rounds across sites, research,
// home care on mobile data across the border, office work at the site / at home / via the virtual
// desktop farm, IT, vendor support, collaborators, service and room accounts.
import { APP, RES, NATIVE, UA } from './world.mjs';
import { local, isWeekend, weekday, DAYS, DAY, HOUR, MIN, T0, mfaClaim } from './records.mjs';
import { OWN } from './kit.mjs';

const SHIFT = {
  early: [7, 0, 15, 30], late: [15, 0, 23, 30], night: [23, 0, 7, 30],
  day12: [7, 30, 20, 0], night12: [19, 30, 8, 0], office: [8, 0, 16, 30],
};
const MFA = 'multiFactorAuthentication', SFA = 'singleFactorAuthentication';

export function routines(kit, T, travel) {
  const { rng, addr, add, login, refreshes } = kit;
  const W = NATIVE.win;
  const mobileIp = (net) => () => addr.fresh(net);
  const mobilePool = {};
  // CGNAT: a carrier's sign-ins come from a pool of shared addresses (many subscribers each)
  const cgnat = (net) => { if (!mobilePool[net]) mobilePool[net] = Array.from({ length: 380 }, () => addr.fresh(net)); return rng.pick(mobilePool[net]); };
  const phoneIp = (u) => (u.phone.privateRelay && rng.chance(0.3) ? cgnatRelay() : cgnat(u.phone.carrier));
  let relayPool = null;
  const cgnatRelay = () => { if (!relayPool) relayPool = Array.from({ length: 60 }, () => addr.fresh('privateRelay')); return rng.pick(relayPool); };
  const jit = (m) => rng.int(-m, m) * MIN;
  const away = (u, t) => travel.where(u, t);

  // --- phone activity of one person over [t0, t1]
  function phone(u, t0, t1, n, o = {}) {
    if (n <= 0) return;
    const ph = u.newPhone && t0 >= u.newPhone.at ? u.newPhone.phone : u.phone;
    const p = NATIVE[ph.platform];
    const session = ph.session ?? (ph.session = rng.guid());
    const ipFn = (t) => { const a = away(u, t); return a?.phoneIp ? a.phoneIp(t) : phoneIp(u); };
    if (rng.chance(o.loginChance ?? 0.05)) {
      const t = t0 + rng.next() * (t1 - t0);
      login(u, { t, ip: ipFn(t), app: rng.pick([APP.teams, APP.outlookMobile]), res: RES.graph, device: ph.device, ua: p.signin, browser: p.browser, os: p.os, clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, fresh: rng.chance(0.5), session, incoming: 'none' });
    }
    refreshes(u, t0, t1, n, { kind: 'phone', native: p, device: ph.device, ipFn, authReq: MFA, session });
  }

  // --- a tap-in on a shared ward workstation: Windows sign-in, EPD, a few token refreshes
  function wardTap(u, t, s, ward, o = {}) {
    const pc = rng.pick(T.wardPcs[s][ward]);
    const ip = rng.pick(T.siteIps(s));
    const session = rng.guid();
    const base = { ip, device: pc, os: 'Windows10', session };
    login(u, { ...base, t, app: APP.windowsSignIn, res: RES.drs, ua: W.signin, browser: '', clientApp: 'Mobile Apps and Desktop clients', authReq: SFA, ...(o.first || {}) });
    if (rng.chance(0.55)) add(u, { ...base, t: t + rng.int(40, 300) * 1000, interactive: true, app: OWN.epd, res: OWN.epd.res, ua: UA.edgeWin.ua, browser: UA.edgeWin.browser, clientApp: 'Browser', incoming: 'primaryRefreshToken', authReq: SFA });
    refreshes(u, t + MIN, t + rng.int(20, 120) * MIN, rng.int(0, 2), { kind: 'win', native: W, device: pc, ip, session, incoming: 'primaryRefreshToken' });
  }

  function shiftWindow(kind, d) {
    const [sh, sm, eh, em] = SHIFT[kind];
    const a = local(d, sh, sm) + rng.int(-25, 5) * MIN;
    const b = local(eh < sh ? d + 1 : d, eh, em) + rng.int(-5, 40) * MIN;
    return [a, b];
  }

  function nurseShift(u, d, kind, s = u.site, o = {}) {
    const [a, b] = shiftWindow(kind, d);
    const taps = rng.int(1, kind === 'day12' || kind === 'night12' ? 3 : 2);
    for (let i = 0; i < taps; i++) wardTap(u, i === 0 ? a + rng.int(0, 15) * MIN : a + rng.next() * (b - a), s, u.ward, i === 0 ? o : {});
    if (u.usesPhone) phone(u, a - HOUR, b + 2 * HOUR, rng.int(1, 3));
    // now and then the EPD refused on a personal phone's browser (not compliant)
    if (u.usesPhone && rng.chance(0.02)) add(u, { t: a + rng.next() * (b - a), interactive: true, ip: phoneIp(u), app: OWN.epd, res: OWN.epd.res, device: null, ua: u.phone.browserUa.ua, browser: u.phone.browserUa.browser, os: u.phone.browserUa.os, clientApp: 'Browser', code: 53000, authReq: MFA, mfa: mfaClaim(), ca: 'failure' });
  }

  function nurseSchedule(u) {
    const days = [];
    if (u.pattern === 'twelve') { for (let d = 0; d < DAYS; d++) if (rng.chance(0.45)) days.push([d, rng.chance(0.6) ? 'day12' : 'night12']); }
    else if (u.pattern === 'nights') { const s = rng.int(0, 4); for (let d = s; d < DAYS; d++) if ((d - s) % 7 < 4) days.push([d, 'night']); }
    else if (u.pattern === 'days') { for (let d = 0; d < DAYS; d++) if (!isWeekend(d) ? rng.chance(0.8) : rng.chance(0.1)) days.push([d, 'early']); }
    else { for (let d = 0; d < DAYS; d++) if (rng.chance(0.62)) days.push([d, rng.weighted([[45, 'early'], [35, 'late'], [20, 'night']])]); }
    return days;
  }

  // --- laptop / desktop work day at a site or at home
  function deskDay(u, d, o) {
    const [a, b] = [local(d, o.from ?? 8, 0) + jit(40), local(d, o.to ?? 17, 0) + jit(50)];
    const device = o.device ?? u.laptop;
    const ip = o.ip;
    const session = rng.guid();
    const trusted = o.trusted;
    if (o.windowsSignIn !== false) login(u, { t: a, ip, app: APP.windowsSignIn, res: RES.drs, device, ua: W.signin, browser: '', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: trusted ? SFA : MFA, mfa: trusted ? null : mfaClaim(), session });
    const apps = o.apps ?? [[OWN.epd, 0.3]];
    for (const [app, p] of apps) if (rng.chance(p)) add(u, { t: a + rng.next() * (b - a), interactive: true, ip, app, res: app.res ?? RES.officeHome, device, ua: u.desktopUa.ua, browser: u.desktopUa.browser, os: u.desktopUa.os, clientApp: 'Browser', incoming: 'primaryRefreshToken', authReq: trusted ? SFA : MFA, mfa: trusted ? null : mfaClaim(), session });
    refreshes(u, a, b, o.ni ?? rng.int(3, 7), { kind: 'win', native: W, device, ip, ipFn: o.ipFn, session, incoming: 'primaryRefreshToken', authReq: trusted ? SFA : MFA });
  }

  // --- the Azure Virtual Desktop farm: client from wherever the user is, session from Azure's egress
  function avdSession(u, t, clientIp, o = {}) {
    const host = rng.pick(T.avdHosts);
    const ip = rng.pick(T.egress.avd);
    const session = rng.guid();
    const ua = o.ua ?? u.homeUa ?? UA.chromeWin;
    login(u, { t, ip: clientIp, app: APP.avdClient, res: RES.avd, device: o.clientDevice ?? null, ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) MSRDC/1.2.6424 Windows/10.0.26100', browser: 'Rich Client 1.2.6424', os: ua.os === 'MacOs' ? 'MacOs' : 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, fresh: o.fresh ?? rng.chance(0.35), session });
    add(u, { t: t + rng.int(20, 60) * 1000, interactive: true, ip, app: APP.windowsSignIn, res: RES.drs, device: host, ua: W.signin, browser: '', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: SFA, session });
    if (rng.chance(0.6)) add(u, { t: t + rng.int(2, 10) * MIN, interactive: true, ip, app: OWN.epd, res: OWN.epd.res, device: host, ua: UA.edgeWin.ua, browser: UA.edgeWin.browser, os: 'Windows10', clientApp: 'Browser', incoming: 'primaryRefreshToken', authReq: SFA, session });
    refreshes(u, t, t + (o.len ?? rng.int(40, 240)) * MIN, o.ni ?? rng.int(1, 4), { kind: 'win', native: W, device: host, ip, session, incoming: 'primaryRefreshToken' });
  }

  // --- a personal computer's browser at home
  function homeBrowser(u, t, o = {}) {
    const ip = o.ip ?? u.homeIp;
    const ua = o.ua ?? u.homeUa;
    const session = rng.guid();
    const app = o.app ?? rng.pick([APP.owa, APP.officeHome, APP.teamsWeb]);
    login(u, { t, ip, app, res: app === APP.owa ? RES.exchange : app === APP.teamsWeb ? RES.teamsSvc : RES.officeHome, device: null, ua: ua.ua, browser: ua.browser, os: ua.os, clientApp: 'Browser', authReq: MFA, fresh: o.fresh ?? rng.chance(0.4), session });
    refreshes(u, t, t + rng.int(20, 120) * MIN, o.ni ?? rng.int(1, 3), { kind: 'browser', ua, ip, session, authReq: MFA });
  }

  // =========================================================== nurses and interns
  for (const u of T.byRole('nurse')) for (const [d, k] of nurseSchedule(u)) if (!T.off(u, d)) nurseShift(u, d, k);
  for (const u of T.byRole('intern')) {
    for (let d = 1; d < DAYS; d++) if (!isWeekend(d) && rng.chance(0.85) && !T.off(u, d)) {
      if (rng.chance(0.5)) nurseShift(u, d, 'early', u.site); else deskDay(u, d, { device: rng.pick(T.consultPcs[u.site]), ip: rng.pick(T.siteIps(u.site)), trusted: true, apps: [[OWN.epd, 0.9]], ni: rng.int(1, 3) });
      phone(u, local(d, 7), local(d, 22), rng.int(0, 2));
    }
  }
  for (const u of T.byRole('agency')) {
    const days = [u.firstDay, ...rng.sample(Array.from({ length: DAYS - u.firstDay - 1 }, (_, i) => u.firstDay + 1 + i), u.shifts - 1)].sort((x, y) => x - y);
    for (const d of days) if (d < DAYS) nurseShift(u, d, rng.weighted([[40, 'early'], [30, 'late'], [30, 'night']]), u.site);
  }

  // =========================================================== doctors
  for (const u of T.byRole('doctor')) {
    for (let d = 0; d < DAYS; d++) {
      if (T.off(u, d)) continue;
      const wk = isWeekend(d);
      if (!wk && rng.chance(0.88)) {
        const s = u.rotates ? u.sites[(d + weekday(d)) % u.sites.length] : u.site;
        const ip = () => rng.pick(T.siteIps(s));
        const [a, b] = [local(d, 7, 45) + jit(30), local(d, 17, 30) + jit(60)];
        const n = rng.weighted([[45, 1], [40, 2], [15, 3]]);
        for (let i = 0; i < n; i++) {
          const t = a + rng.next() * (b - a);
          const pc = rng.pick(T.consultPcs[s]);
          const session = rng.guid(), ipx = ip();
          login(u, { t, ip: ipx, app: APP.windowsSignIn, res: RES.drs, device: pc, ua: W.signin, browser: '', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: SFA, session });
          if (rng.chance(0.65)) add(u, { t: t + rng.int(30, 200) * 1000, interactive: true, ip: ipx, app: OWN.epd, res: OWN.epd.res, device: pc, ua: UA.edgeWin.ua, browser: UA.edgeWin.browser, os: 'Windows10', clientApp: 'Browser', incoming: 'primaryRefreshToken', authReq: SFA, session });
          refreshes(u, t, t + rng.int(30, 90) * MIN, rng.int(0, 2), { kind: 'win', native: W, device: pc, ip: ipx, session, incoming: 'primaryRefreshToken' });
        }
        // a rotating doctor who covers a second site in the afternoon
        if (u.rotates && rng.chance(0.25)) {
          const s2 = rng.pick(u.sites.filter((x) => x !== s)) ?? s;
          deskDay(u, d, { from: 14, to: 18, device: rng.pick(T.consultPcs[s2]), ip: rng.pick(T.siteIps(s2)), trusted: true, apps: [[OWN.epd, 1]], ni: 1 });
        }
        if (u.laptop) deskDay(u, d, { from: 9, to: 16, ip: ip(), trusted: true, apps: [[OWN.epd, 0.2]], ni: rng.int(1, 3), windowsSignIn: rng.chance(0.5) });
        phone(u, a - 90 * MIN, b + 4 * HOUR, rng.int(1, 3));
        if (rng.chance(0.3)) { const t = local(d, 20, 30) + jit(70); const aw = away(u, t); if (!aw) (rng.chance(0.6) ? avdSession(u, t, u.homeIp) : homeBrowser(u, t)); }
      } else if (u.onCall && rng.chance(wk ? 0.5 : 0.1)) {
        // on call: a night-time look at results from home, via the virtual desktop or the phone
        const t = local(d + 1, rng.int(0, 5), rng.int(0, 59));
        if (!away(u, t)) avdSession(u, t, u.homeIp, { len: rng.int(10, 40), ni: 1 });
        phone(u, local(d, 8), local(d, 23), rng.int(2, 5));
      } else if (rng.chance(0.6)) phone(u, local(d, 9), local(d, 22), rng.int(1, 3));
    }
  }

  // =========================================================== research institute
  for (const u of T.byRole('researcher')) {
    for (let d = 0; d < DAYS; d++) {
      if (T.off(u, d)) continue;
      if (isWeekend(d)) { if (rng.chance(0.25)) homeBrowser(u, local(d, rng.int(10, 21)) + jit(30)); if (rng.chance(0.5)) phone(u, local(d, 9), local(d, 22), rng.int(1, 2)); continue; }
      const remote = weekday(d) < u.remoteDays && rng.chance(0.7);
      const ip = remote ? (u.proton && rng.chance(0.5) ? u.protonIp : u.homeIp) : rng.pick(T.egress[u.campus]);
      const [a, b] = [local(d, 8, 30) + jit(45), local(d, 17, 30) + jit(90)];
      const session = rng.guid();
      const native = u.native;
      if (u.mac) {
        login(u, { t: a, ip, app: APP.officeHome, res: RES.officeHome, device: null, ua: u.desktopUa.ua, browser: u.desktopUa.browser, os: 'MacOs', clientApp: 'Browser', authReq: MFA, fresh: rng.chance(remote ? 0.5 : 0.3), session });
        refreshes(u, a, b, rng.int(1, 4), { kind: 'mac', native, device: null, ip, session, authReq: MFA });
      } else {
        deskDay(u, d, { ip, trusted: !remote, device: u.laptop, apps: [[OWN.redcap, 0.3], [APP.officeHome, 0.2]], ni: rng.int(1, 4) });
      }
      if (rng.chance(0.35)) add(u, { t: a + rng.next() * (b - a), interactive: true, ip, app: OWN.redcap, res: OWN.redcap.res, device: u.mac ? null : u.laptop, ua: u.desktopUa.ua, browser: u.desktopUa.browser, os: u.desktopUa.os, clientApp: 'Browser', authReq: remote ? MFA : SFA, mfa: remote ? mfaClaim() : null });
      phone(u, a - HOUR, b + 4 * HOUR, rng.int(0, 2));
      if (rng.chance(0.15)) homeBrowser(u, local(d, 21) + jit(60), { ip: u.proton && rng.chance(0.6) ? u.protonIp : u.homeIp });
    }
  }

  // =========================================================== home care (Nedap Ons on the iPad, mobile data)
  for (const u of T.byRole('homecare')) {
    const workdays = new Set(rng.sample(Array.from({ length: DAYS }, (_, i) => i), 10));
    for (let d = 0; d < DAYS; d++) {
      if (!workdays.has(d) || T.off(u, d)) continue;
      const [a, b] = [local(d, 7, 0) + jit(30), local(d, 16, 30) + jit(60)];
      const ipFn = () => cgnat(rng.pick(u.carriers));
      const session = rng.guid();
      const ipad = { device: u.tablet, ua: NATIVE.ios.signin.replace('iPhone; CPU iPhone OS', 'iPad; CPU OS'), browser: 'Rich Client 1.8.3', os: 'Ios 18.6.2' };
      login(u, { t: a, ip: ipFn(), app: OWN.nedap, res: OWN.nedap.res, ...ipad, clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, fresh: rng.chance(0.3), session });
      if (rng.chance(0.5)) add(u, { t: a + rng.int(5, 60) * MIN, interactive: true, ip: ipFn(), app: OWN.epdMobile, res: OWN.epdMobile.res, ...ipad, clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, mfa: mfaClaim(), session });
      refreshes(u, a, b, rng.int(3, 6), { kind: 'phone', native: NATIVE.ios, device: u.tablet, ipFn, authReq: MFA, session });
      if (rng.chance(0.4)) phone(u, a, b + 3 * HOUR, rng.int(1, 2));
    }
  }

  // =========================================================== office staff and IT
  const officeLike = [...T.byRole('office'), ...T.byRole('itadmin'), ...T.byRole('servicedesk')];
  for (const u of officeLike) {
    const homeDays = new Set(rng.sample([0, 1, 2, 3, 4], u.homeDays ?? 1));
    for (let d = 0; d < DAYS; d++) {
      if (T.off(u, d)) continue;
      if (isWeekend(d)) { if (rng.chance(0.3)) phone(u, local(d, 9), local(d, 22), rng.int(1, 2)); if (rng.chance(0.05)) homeBrowser(u, local(d, 11) + jit(120)); continue; }
      if (rng.chance(0.06)) continue; // leave day
      const home = homeDays.has(weekday(d));
      const apps = u.dept === 'HR' || u.dept === 'Financien' ? [[OWN.afas, 0.7], [APP.officeHome, 0.2]] : u.role === 'servicedesk' ? [[OWN.topdesk, 0.9], [OWN.epd, 0.2]] : [[OWN.epd, 0.25], [OWN.topdesk, 0.1], [OWN.afas, 0.1]];
      if (!home) deskDay(u, d, { ip: rng.pick(T.siteIps(u.site)), trusted: true, apps, ni: rng.int(2, 4) });
      else if (u.remote === 'vpn' || u.role === 'itadmin') deskDay(u, d, { ip: rng.pick(u.cc === 'BE' ? T.egress.vpnAntwerpen : T.egress.vpnGoes), trusted: true, apps, ni: rng.int(2, 4) });
      else if (u.remote === 'split') deskDay(u, d, { ip: u.homeIp, trusted: false, apps, ni: rng.int(2, 4) });
      else { deskDay(u, d, { ip: u.homeIp, trusted: false, apps: [], ni: rng.int(2, 4) }); avdSession(u, local(d, 9) + jit(60), u.homeIp, { clientDevice: u.laptop, len: rng.int(120, 420), ni: rng.int(2, 5) }); }
      phone(u, local(d, 7), local(d, 22), rng.int(0, 2));
      if (u.role === 'itadmin' || u.role === 'servicedesk') {
        const n = u.role === 'itadmin' ? rng.int(1, 3) : rng.int(1, 2);
        for (let i = 0; i < n; i++) {
          const ip = home ? rng.pick(u.cc === 'BE' ? T.egress.vpnAntwerpen : T.egress.vpnGoes) : rng.pick(T.siteIps(u.site));
          const app = u.role === 'itadmin' ? rng.weighted([[50, APP.azurePortal], [25, APP.graphPowerShell], [15, APP.azurePowerShell], [10, APP.azureCli]]) : APP.azurePortal;
          const res = app === APP.azurePortal ? RES.arm : app === APP.graphPowerShell ? RES.graph : RES.arm;
          const native = app !== APP.azurePortal;
          login(u, { t: local(d, 9) + rng.next() * 8 * HOUR, ip, app, res, device: u.laptop, ua: native ? 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; nl-NL) PowerShell/7.5.2' : u.desktopUa.ua, browser: native ? 'Rich Client 4.73.1.0' : u.desktopUa.browser, os: 'Windows10', clientApp: native ? 'Mobile Apps and Desktop clients' : 'Browser', authReq: MFA, fresh: true });
        }
      }
    }
  }

  // =========================================================== vendor support guests (Pune, Krakow)
  for (const u of T.guests) {
    const off = u.cc === 'IN' ? 5.5 : 2;
    for (let d = 0; d < DAYS; d++) {
      if (isWeekend(d) && !(u.weekend && rng.chance(0.5))) continue;
      if (rng.chance(0.1)) continue;
      const start = T0 + d * DAY + (9 - off) * HOUR + jit(45);
      const n = rng.int(1, 3);
      for (let i = 0; i < n; i++) {
        const t = start + i * rng.int(90, 180) * MIN;
        const ip = rng.pick(u.officeIps);
        avdSession(u, t, ip, { fresh: true, ua: u.desktopUa, len: rng.int(30, 120), ni: rng.int(1, 2) });
      }
      if (rng.chance(0.15)) avdSession(u, T0 + d * DAY + (21 - off) * HOUR + jit(60), u.homeIp, { fresh: true, ua: u.desktopUa, len: 30, ni: 1 });
    }
  }
  for (const u of T.byRole('collab')) {
    for (let d = 0; d < DAYS; d++) {
      if (isWeekend(d) || !rng.chance(0.25)) continue;
      const t = local(d, rng.int(9, 17)) + jit(30);
      const session = rng.guid();
      login(u, { t, ip: u.homeIp, app: APP.teamsWeb, res: RES.teamsSvc, device: null, ua: u.desktopUa.ua, browser: u.desktopUa.browser, os: u.desktopUa.os, clientApp: 'Browser', authReq: MFA, fresh: rng.chance(0.3), session });
      refreshes(u, t, t + 2 * HOUR, rng.int(1, 3), { kind: 'browser', ua: u.desktopUa, ip: u.homeIp, session, authReq: MFA });
    }
  }

  // =========================================================== service, sync and room accounts
  const S = T.services;
  for (const key of ['hl7a', 'hl7b', 'hl7c', 'pacs', 'lab', 'sync']) {
    const u = S[key];
    const app = key === 'sync' ? APP.aadConnect : { hl7a: OWN.cloverleaf, hl7b: OWN.cloverleaf, hl7c: OWN.rhapsody, pacs: OWN.sectra, lab: OWN.glims }[key];
    const res = key === 'sync' ? RES.aadGraph : RES.exchange;
    const phase = rng.int(0, u.every - 1) * MIN;
    for (let t = T0 + phase; t < T0 + DAYS * DAY; t += u.every * MIN) {
      const tt = t + rng.int(0, 40) * 1000;
      let code = 0;
      if (u.expires && tt >= u.expires && tt < u.expires + T.hl7FixedAfter) code = 50055;
      add(u, { t: tt, interactive: false, ip: u.ip, app, res, device: null, ua: u.ua, browser: '', os: '', clientApp: 'Mobile Apps and Desktop clients', protocol: 'ropc', authReq: SFA, ca: 'notApplied', code, methods: ['Password'], session: '' });
    }
  }
  {
    const u = S.scan;
    for (let d = 0; d < DAYS; d++) {
      if (isWeekend(d)) { for (let i = rng.int(0, 4); i > 0; i--) add(u, { t: local(d, rng.int(8, 18)) + rng.int(0, 59) * MIN, interactive: false, ip: u.ip, app: APP.exchangeRest, res: RES.exchange, ua: '', clientApp: 'Authenticated SMTP', authReq: SFA, ca: 'notApplied', methods: ['Password'], session: '' }); continue; }
      for (let h = 7; h < 18; h++) for (let i = rng.int(2, 9); i > 0; i--) add(u, { t: local(d, h) + rng.int(0, 3599) * 1000, interactive: false, ip: u.ip, app: APP.exchangeRest, res: RES.exchange, ua: '', clientApp: 'Authenticated SMTP', authReq: SFA, ca: 'notApplied', methods: ['Password'], session: '' });
    }
  }
  for (const u of T.rooms) {
    const ip = T.siteIps(u.site)[0];
    for (let d = 0; d < DAYS; d++) {
      add(u, { t: local(d, 3, 10) + rng.int(0, 600) * 1000, interactive: true, ip, app: APP.windowsSignIn, res: RES.drs, device: u.device, ua: NATIVE.mtr.signin, browser: '', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: SFA, ca: 'notApplied' });
      for (let h = 6; h < 22; h += 2) add(u, { t: local(d, h) + rng.int(0, 7000) * 1000, interactive: false, ip, app: APP.teams, res: rng.pick([RES.teamsSvc, RES.skype, RES.exchange]), device: u.device, ua: NATIVE.mtr.teams, browser: 'Rich Client 5.3.0', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: SFA, ca: 'notApplied', incoming: 'primaryRefreshToken', methods: [] });
    }
  }

  return { wardTap, nurseShift, deskDay, avdSession, homeBrowser, phone, phoneIp, cgnat };
}
