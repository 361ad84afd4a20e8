// Honest behaviour of the ERTV tenant over 14 days.
import { T, APPS, NET, TRAVEL, MOBILE_POOLS, ipFrom, HOME_CITIES } from './tenant.mjs';
import { DAYS, HOUR, MIN, SEC, at, dayStart, isWeekend, UA, makeFactory, START, END } from './model.mjs';

const DEVICE_OS = (u) => u.phoneOs === 'Ios' ? ['Ios', UA.outlookIos, 'Mobile Safari'] : ['Android', UA.outlookAndroid, 'Chrome Mobile'];

export function honest(rng, users, out) {
  const F = makeFactory(rng);
  const { signin, audit, userActor, appActor, userTarget } = F;
  const I = out.interactive, N = out.noninteractive, A = out.audits;
  const byRole = (r) => users.filter((u) => u.role === r);
  const admins = byRole('admin'), helpdesk = byRole('helpdesk'), devs = byRole('dev');
  const sync = users.find((u) => u.role === 'sync');
  const laptopOs = (u) => (u.role === 'dev' && u.mac) ? 'MacOs' : 'Windows10';
  for (const u of users) {
    u.mac = u.role === 'dev' ? rng.chance(0.4) : rng.chance(0.04);
    u.swg = rng.chance(0.45);               // Zscaler client connector on the laptop when off-site
    u.hybrid = rng.chance(0.35);            // works from home some days
    u.edge = rng.chance(0.7);
    u.phoneSession = rng.uuid();
  }
  const leavers = rng.shuffle(users.filter((x) => x.role === 'office')).slice(0, 6);
  for (const u of leavers) u.leaverDay = rng.int(2, DAYS - 3);
  const browserOf = (u) => u.mac ? (u.edge ? 'Chrome 142.0.0' : 'Safari 18.6') : (u.edge ? 'Edge 142.0.0' : 'Chrome 142.0.0');
  const uaOf = (u) => u.mac ? (u.edge ? UA.chromeMac : UA.safariMac) : (u.edge ? UA.edgeWin : UA.chromeWin);
  const laptopCtx = (u) => ({ deviceId: u.laptop, os: laptopOs(u), browser: browserOf(u), compliant: true, managed: true, join: u.mac ? 'reg' : 'hybrid' });
  const phoneCtx = (u) => { const [os, ua, br] = DEVICE_OS(u); return { deviceId: u.phone, os, ua, browser: br, compliant: true, managed: true, join: 'reg' }; };
  const pickIp = (net) => net.ips[Math.floor(rng.next() * net.ips.length)];

  // ---- travellers: decided up front (trip = [fromDay, toDay, dest, useVpnShare]) ----
  const trips = new Map();
  const travelPool = users.filter((u) => ['office', 'field', 'dev', 'brussels'].includes(u.role));
  const dests = ['munich', 'milan', 'lisbon', 'paris', 'london', 'strasbourg', 'brusselsHotel', 'amsterdamHotel'];
  for (let i = 0; i < 34; i++) {
    const u = travelPool[rng.int(0, travelPool.length - 1)];
    if (trips.has(u.id)) continue;
    const d0 = rng.int(0, 10), len = rng.int(1, 3);
    trips.set(u.id, { from: d0, to: Math.min(DAYS - 1, d0 + len), dest: rng.pick(dests), vpn: rng.next() });
  }
  const bogotaU = travelPool.find((u) => !trips.has(u.id) && u.role === 'office');
  trips.set(bogotaU.id, { from: 3, to: 8, dest: 'bogota', vpn: 0.5 });
  const bx = users.find((u) => u.role === 'brussels');
  trips.set(bx.id, { from: 0, to: 3, dest: 'strasbourg', vpn: 0.2 });
  out.meta.travellers = trips.size;

  /** where is the laptop of u on day d (net object) */
  const placeOf = (u, d) => {
    const tr = trips.get(u.id);
    if (tr && d >= tr.from && d <= tr.to) {
      if (d === tr.from) return { net: null, travelDay: true, tr };
      return tr.vpn < 0.3 ? { net: NET.vpn } : { net: TRAVEL[tr.dest], abroad: true };
    }
    if (u.role === 'brussels') return { net: NET.brussels };
    const home = u.hybrid && rng.chance(0.4);
    if (home) {
      if (u.swg) return { net: rng.chance(0.06) ? NET.swgFra : NET.swgMad };
      return { net: rng.chance(0.15) ? NET.vpn : u.homeNet };
    }
    return { net: NET[u.office] || NET.hqZgz };
  };

  const workday = (u, d, startH, endH, net, opts = {}) => {
    const ctx = laptopCtx(u);
    const session = rng.uuid();
    const ip = pickIp(net);
    const t0 = at(d, startH);
    const ua = uaOf(u);
    // first interactive sign-in of the day; sometimes a typo or interrupt first
    let t = t0;
    const corr = rng.uuid();
    if (rng.chance(0.018)) { I.push(signin({ t, user: u, ip, net, app: APPS.officeHome, res: APPS.officeHome, code: 50126, ua, ...ctx, session: '', ca: 'notApplied', corrId: corr })); t += rng.int(10, 60) * SEC; }
    if (rng.chance(0.012)) { I.push(signin({ t, user: u, ip, net, app: APPS.officeHome, res: APPS.officeHome, code: 50140, ua, ...ctx, session, corrId: corr })); t += rng.int(3, 20) * SEC; }
    const needMfa = opts.mfa || (net !== NET[u.office] && net !== NET.hqZgz && rng.chance(0.3));
    if (needMfa) {
      I.push(signin({ t, user: u, ip, net, app: APPS.officeHome, res: APPS.officeHome, code: 50074, ua, ...ctx, session, corrId: corr }));
      t += rng.int(8, 40) * SEC;
      I.push(signin({ t, user: u, ip, net, app: APPS.officeHome, res: APPS.officeHome, ua, ...ctx, session, corrId: corr, authReq: 'multi', mfaResult: 'done', mfaMethod: u.mfa, mfaDetail: u.mfa === 'sms' ? `+34 XXXXXXX${u.phoneTail}` : '' }));
    } else {
      const app = rng.pick([APPS.officeHome, APPS.office, APPS.teams, APPS.owa]);
      I.push(signin({ t, user: u, ip, net, app, res: app === APPS.office ? APPS.graph : app === APPS.teams ? APPS.teamsSvc : app === APPS.owa ? APPS.exo : APPS.officeHome,
        client: app === APPS.office || app === APPS.teams ? 'mobile' : 'browser', ua: app === APPS.teams ? UA.teamsWin : ua, ...ctx, session, corrId: corr,
        authReq: 'multi', mfaResult: 'claim', incoming: 'Token de actualización principal' }));
    }
    const nInt = rng.weighted([[0, 50], [1, 35], [2, 15]]);
    for (let k = 0; k < nInt; k++) {
      const tt = t0 + rng.int(20, Math.max(30, Math.round((endH - startH) * 60) - 5)) * MIN;
      const app = rng.pick([APPS.spo, APPS.teamsWeb, APPS.officeHome, APPS.dalet, APPS.owa]);
      I.push(signin({ t: tt, user: u, ip, net, app, res: app === APPS.teamsWeb ? APPS.teamsSvc : app === APPS.owa ? APPS.exo : app, ua, ...ctx, session,
        authReq: 'multi', mfaResult: 'claim', incoming: 'Token de actualización principal' }));
    }
    const nNon = opts.nNon ?? rng.int(2, 5);
    for (let k = 0; k < nNon; k++) {
      const tt = t0 + rng.int(5, Math.max(10, Math.round((endH - startH) * 60))) * MIN;
      const [app, res] = rng.pick([[APPS.teams, APPS.teamsSvc], [APPS.office, APPS.exo], [APPS.oneDrive, APPS.spo], [APPS.office, APPS.graph], [APPS.teams, APPS.spo], [APPS.office, APPS.spo]]);
      N.push(signin({ t: tt, user: u, ip, net, app, res, client: 'mobile', ua: app === APPS.teams ? UA.teamsWin : '', ...ctx, session, authReq: 'multi', mfaResult: 'claim', incoming: 'Token de actualización' }));
    }
    return { ip, net, session };
  };

  const phoneDay = (u, d, n, net) => {
    const ctx = phoneCtx(u);
    net = net || u.mobNet;
    for (let k = 0; k < n; k++) {
      const tt = at(d, rng.int(7, 23) + rng.next());
      const [app, res] = rng.pick([[APPS.outlookMobile, APPS.exo], [APPS.teams, APPS.teamsSvc], [APPS.outlookMobile, APPS.exo], [APPS.broker, APPS.graph]]);
      N.push(signin({ t: tt, user: u, ip: pickIp(net), net, app, res, client: 'mobile', ...ctx, ua: app === APPS.outlookMobile ? ctx.ua : '', session: u.phoneSession,
        authReq: 'multi', mfaResult: 'claim', incoming: 'Token de actualización' }));
    }
  };

  // ---- office-type people (office, dev, admin, helpdesk, brussels) ----
  for (const u of users) {
    if (!['office', 'dev', 'admin', 'helpdesk', 'brussels'].includes(u.role)) continue;
    for (let d = 0; d < DAYS; d++) {
      if (u.leaverDay !== undefined && d > u.leaverDay) break;
      if (isWeekend(d)) { if (rng.chance(0.3)) phoneDay(u, d, rng.int(1, 2)); continue; }
      if (rng.chance(0.06)) { if (rng.chance(0.5)) phoneDay(u, d, 1); continue; } // leave / sick
      const p = placeOf(u, d);
      const s = 7.5 + rng.next() * 2, e = 17 + rng.next() * 2.5;
      if (p.travelDay) {
        // morning at the office, flight, evening at the hotel (or through the VPN)
        workday(u, d, s, 11.5, NET[u.office] || NET.hqZgz, { nNon: 1 });
        const dest = TRAVEL[p.tr.dest];
        const flightH = p.tr.dest === 'bogota' ? 11 : p.tr.dest === 'london' || p.tr.dest === 'amsterdamHotel' || p.tr.dest === 'munich' ? 2.5 : 2;
        const arrive = 11.5 + 1.5 + flightH + 1.5;  // via Madrid/Barcelona, plus hotel check-in
        if (arrive < 23.5) workday(u, d, arrive, Math.min(23.9, arrive + 2), p.tr.vpn < 0.3 ? NET.vpn : dest, { nNon: 2, mfa: true });
        phoneDay(u, d, 2); // the roaming phone keeps leaving through the Spanish carrier
        continue;
      }
      const w = workday(u, d, s, e, p.net);
      phoneDay(u, d, rng.int(1, 3));
      if (p.abroad && rng.chance(0.5)) phoneDay(u, d, 1); // more phone use abroad
      // developers: VS Code, Azure CLI, Graph command line tools
      if (u.role === 'dev' && rng.chance(0.7)) {
        const n = rng.int(1, 3);
        for (let k = 0; k < n; k++) {
          const [app, res, ua] = rng.pick([[APPS.vscode, APPS.graph, UA.vscode], [APPS.azcli, APPS.arm, UA.azcli], [APPS.azcli, APPS.graph, UA.azcli], [APPS.graphPs, APPS.graph, UA.graphPs], [APPS.portal, APPS.arm, uaOf(u)]]);
          const tt = at(d, s + rng.next() * (e - s));
          I.push(signin({ t: tt, user: u, ip: w.ip, net: w.net, app, res, client: app === APPS.portal ? 'browser' : 'mobile', ua, ...laptopCtx(u), session: w.session, authReq: 'multi', mfaResult: 'claim' }));
          for (let r = 0; r < rng.int(1, 4); r++) N.push(signin({ t: tt + rng.int(20, 240) * MIN, user: u, ip: w.ip, net: w.net, app, res, client: 'mobile', ua, ...laptopCtx(u), session: w.session, authReq: 'multi', mfaResult: 'claim', incoming: 'Token de actualización' }));
        }
        if (rng.chance(0.06)) {
          // az login --use-device-code for the build agent, completed in the developer's browser
          I.push(signin({ t: at(d, s + 1 + rng.next() * 3), user: u, ip: w.ip, net: w.net, app: APPS.azcli, res: APPS.arm, protocol: 'devicecode', transfer: 'devicecode', ua: uaOf(u), ...laptopCtx(u), authReq: 'multi', mfaResult: 'done', mfaMethod: u.mfa, latency: rng.int(900, 4000) }));
        }
      }
      if (u.role === 'admin') {
        for (let k = 0; k < rng.int(1, 3); k++) {
          const [app, res, ua, client] = rng.pick([[APPS.portal, APPS.arm, uaOf(u), 'browser'], [APPS.entraAdmin, APPS.graph, uaOf(u), 'browser'], [APPS.graphPs, APPS.graph, UA.graphPs, 'mobile'], [APPS.azps, APPS.arm, UA.graphPs, 'mobile']]);
          const tt = at(d, s + rng.next() * (e - s));
          I.push(signin({ t: tt, user: u, ip: w.ip, net: w.net, app, res, client, ua, ...laptopCtx(u), session: w.session, authReq: 'multi', mfaResult: rng.chance(0.5) ? 'done' : 'claim', mfaMethod: 'push' }));
        }
      }
    }
  }

  // ---- newsroom shift workers on shared PCs (24/7) ----
  const sharedPcs = Array.from({ length: 60 }, () => rng.uuid());
  for (const u of users.filter((x) => x.role === 'shift')) {
    const shift = rng.pick([6, 14, 22]);
    const site = u.office === 'pamplona' ? NET.pamplona : u.office === 'logrono' ? NET.logrono : NET.hqZgz;
    let on = rng.int(0, 3);
    for (let d = 0; d < DAYS; d++) {
      const dayOn = ((d + on) % 7) < 5;
      if (!dayOn || rng.chance(0.05)) { if (rng.chance(0.3)) phoneDay(u, d, 1); continue; }
      const pc = rng.pick(sharedPcs);
      const t0 = at(d, shift + rng.next() * 0.4 - 0.2);
      const session = rng.uuid();
      const ip = pickIp(site);
      const ctx = { deviceId: pc, os: 'Windows10', browser: 'Edge 142.0.0', compliant: true, managed: true, join: 'hybrid' };
      if (rng.chance(0.03)) I.push(signin({ t: t0 - 40 * SEC, user: u, ip, net: site, app: APPS.winSignIn, res: APPS.winSignIn, client: 'mobile', code: 50126, ...ctx, ca: 'notApplied' }));
      I.push(signin({ t: t0, user: u, ip, net: site, app: APPS.winSignIn, res: APPS.winSignIn, client: 'mobile', ...ctx, session, authReq: 'single' }));
      I.push(signin({ t: t0 + rng.int(2, 10) * MIN, user: u, ip, net: site, app: APPS.dalet, res: APPS.dalet, ua: UA.edgeWin, ...ctx, session, authReq: 'multi', mfaResult: 'claim', incoming: 'Token de actualización principal' }));
      for (let k = 0; k < rng.int(1, 3); k++) {
        const [app, res] = rng.pick([[APPS.teams, APPS.teamsSvc], [APPS.office, APPS.exo], [APPS.office, APPS.spo]]);
        N.push(signin({ t: t0 + rng.int(15, 470) * MIN, user: u, ip, net: site, app, res, client: 'mobile', ua: app === APPS.teams ? UA.teamsWin : '', ...ctx, session, authReq: 'multi', mfaResult: 'claim', incoming: 'Token de actualización' }));
      }
      phoneDay(u, d, rng.int(0, 2));
    }
  }

  // ---- field crews: shared iPads, mobile data, moving around the region ----
  const ipads = Array.from({ length: 40 }, () => rng.uuid());
  for (const u of users.filter((x) => x.role === 'field')) {
    for (let d = 0; d < DAYS; d++) {
      if (isWeekend(d) ? !rng.chance(0.25) : rng.chance(0.12)) continue;
      const pad = rng.pick(ipads);
      const m = ipFrom(rng, MOBILE_POOLS);
      const net = { asn: m.asn, loc: rng.weighted(HOME_CITIES), ips: [m.ip] };
      const session = rng.uuid();
      const t0 = at(d, 7 + rng.next() * 4);
      const ctx = { deviceId: pad, os: 'Ios', browser: 'Mobile Safari', compliant: true, managed: true, join: 'reg' };
      I.push(signin({ t: t0, user: u, ip: m.ip, net, app: APPS.teams, res: APPS.teamsSvc, client: 'mobile', ...ctx, session, authReq: 'multi', mfaResult: 'done', mfaMethod: u.mfa }));
      for (let k = 0; k < rng.int(2, 4); k++) {
        const [app, res] = rng.pick([[APPS.teams, APPS.teamsSvc], [APPS.outlookMobile, APPS.exo], [APPS.oneDrive, APPS.spo]]);
        N.push(signin({ t: t0 + rng.int(10, 540) * MIN, user: u, ip: m.ip, net, app, res, client: 'mobile', ...ctx, session, authReq: 'multi', mfaResult: 'claim', incoming: 'Token de actualización' }));
      }
      if (rng.chance(0.04)) {
        // personal phone blocked by the compliant-device policy
        const [os, ua] = rng.chance(0.5) ? ['Android', UA.chromeAndroid] : ['Ios', UA.safariIphone];
        I.push(signin({ t: t0 + rng.int(30, 300) * MIN, user: u, ip: m.ip, net, app: APPS.officeHome, res: APPS.officeHome, code: 53003, ua, os, browser: os === 'Ios' ? 'Mobile Safari' : 'Chrome Mobile 142.0', ca: 'failure', authReq: 'multi', mfaResult: 'claim' }));
      }
    }
  }

  // ---- rare users ----
  for (const u of users.filter((x) => x.role === 'rare' && !x.dormant)) {
    const n = rng.weighted([[0, 20], [1, 35], [2, 30], [4, 15]]);
    for (let k = 0; k < n; k++) {
      const d = rng.int(0, DAYS - 1);
      const net = rng.chance(0.6) ? u.homeNet : NET.hqZgz;
      I.push(signin({ t: at(d, 9 + rng.next() * 10), user: u, ip: pickIp(net), net, app: APPS.officeHome, res: APPS.officeHome, ua: uaOf(u), os: 'Windows10', browser: browserOf(u), authReq: 'multi', mfaResult: 'done', mfaMethod: u.mfa }));
    }
  }

  // ---- service accounts: scheduled jobs (ROPC with a script user agent) ----
  for (const u of users.filter((x) => x.role === 'svc')) {
    const net = NET[u.svcNet];
    const every = u.upn.startsWith('svc-graficos') ? 2 : u.upn.startsWith('svc-build') ? 6 : 4;
    for (let d = 0; d < DAYS; d++) {
      for (let h = 0; h < 24; h += every) {
        if (u.upn.startsWith('svc-build') && (isWeekend(d) || h < 6)) continue;
        const t = dayStart(d) + h * HOUR + rng.int(0, 600) * SEC;
        const code = rng.chance(0.01) ? 50126 : 0;
        I.push(signin({ t, user: u, ip: pickIp(net), net, app: APPS[u.svcApp], res: APPS[u.svcRes], client: 'mobile', protocol: 'ropc', ua: u.svcUa, code, ca: code ? 'notApplied' : 'notApplied', authReq: 'single' }));
      }
    }
  }
  // directory sync account: interactive sign-ins to the legacy AAD Graph from the sync server, every few hours
  for (let d = 0; d < DAYS; d++) for (let h = 1; h < 24; h += 3) {
    I.push(signin({ t: dayStart(d) + h * HOUR + rng.int(0, 300) * SEC, user: sync, ip: NET.hqZgz.ips[0], net: NET.hqZgz, app: APPS.aadConnect, res: APPS.aadGraph, client: 'mobile', ua: '', authReq: 'single', ca: 'notApplied', os: 'Windows', browser: 'Rich Client 4.61.0.0' }));
  }

  // ---- meeting rooms (Teams Rooms) ----
  for (const u of users.filter((x) => x.role === 'room')) {
    for (let d = 0; d < DAYS; d++) for (let k = 0; k < 3; k++) {
      N.push(signin({ t: dayStart(d) + rng.int(0, 86399) * SEC, user: u, ip: pickIp(u.homeNet), net: u.homeNet, app: APPS.teams, res: APPS.teamsSvc, client: 'mobile', ua: UA.teamsRoom, deviceId: u.laptop, os: 'Android', compliant: true, managed: true, join: 'reg', authReq: 'single', session: u.phoneSession, incoming: 'Token de actualización' }));
    }
  }
  // two rooms re-provisioned by an admin through the device-code flow (Teams Rooms on Android)
  for (const [r, d] of [['sala.plato2', 4], ['sala.logrono', 9]]) {
    const u = users.find((x) => x.upn.startsWith(r + '@'));
    I.push(signin({ t: at(d, 10.3), user: u, ip: pickIp(u.homeNet), net: u.homeNet, app: APPS.teams, res: APPS.teamsSvc, client: 'mobile', protocol: 'devicecode', transfer: 'devicecode', ua: UA.teamsRoom, os: 'Android', deviceId: rng.uuid(), authReq: 'single', latency: 2400 }));
    A.push(audit({ t: at(d, 10.32), service: 'Core Directory', category: 'Device', activity: 'Register device', actor: appActor('Device Registration Service'), targets: [{ type: 'Device', name: `TeamsRoom-${r.slice(5)}`, id: rng.uuid() }] }));
  }

  // ---- shared mailboxes: a multifunction scanner that still sends with authenticated SMTP ----
  const scanner = users.find((x) => x.upn.startsWith('escaner.planta2@'));
  for (let d = 0; d < DAYS; d++) if (!isWeekend(d)) for (let k = 0; k < rng.int(3, 9); k++) {
    I.push(signin({ t: at(d, 8 + rng.next() * 10), user: scanner, ip: NET.hqZgz.ips[2], net: NET.hqZgz, app: APPS.exo, res: APPS.exo, client: 'smtp', protocol: 'ropc', ua: '', authReq: 'single', ca: 'notApplied' }));
  }

  // ---- guests ----
  for (const u of users.filter((x) => x.role === 'guest')) {
    const days = rng.int(0, 6);
    for (let k = 0; k < days; k++) {
      const d = rng.int(0, DAYS - 1);
      if (isWeekend(d)) continue;
      const t = at(d, 9 + rng.next() * 9);
      const session = rng.uuid();
      const ua = rng.chance(0.6) ? UA.chromeWin : UA.safariMac;
      I.push(signin({ t, user: u, ip: u.homeNet.ips[0], net: u.homeNet, app: rng.pick([APPS.spo, APPS.teamsWeb]), res: APPS.spo, ua, os: ua === UA.safariMac ? 'MacOs' : 'Windows10', browser: ua === UA.safariMac ? 'Safari 18.6' : 'Chrome 142.0.0', session, authReq: 'multi', mfaResult: 'done', mfaMethod: 'push', compliant: false, managed: false }));
      if (rng.chance(0.6)) N.push(signin({ t: t + rng.int(10, 200) * MIN, user: u, ip: u.homeNet.ips[0], net: u.homeNet, app: APPS.teamsWeb, res: APPS.teamsSvc, ua, os: 'Windows10', session, client: 'browser', authReq: 'multi', mfaResult: 'claim' }));
    }
  }

  // =========================== honest audit events ===========================
  const members = users.filter((u) => ['office', 'shift', 'field', 'dev', 'rare'].includes(u.role));
  const adminIp = (a) => NET.hqZgz.ips[1];
  const syncActor = userActor(sync, '');
  for (let d = 0; d < DAYS; d++) {
    // directory sync: attribute updates
    for (let k = 0; k < rng.int(60, 110); k++) {
      const u = rng.pick(members);
      const prop = rng.pick([['Department', 'Informativos', 'Informativos Aragón'], ['TelephoneNumber', '+34 976 00 00 00', '+34 976 00 11 22'], ['JobTitle', 'Redactor/a', 'Redactor/a jefe'], ['StreetAddress', 'Av. María Zambrano 2', 'Av. María Zambrano 2, planta 3'], ['Manager', '', '']]);
      A.push(audit({ t: dayStart(d) + rng.int(0, 86399) * SEC, service: 'Core Directory', category: 'UserManagement', activity: 'Update user', actor: syncActor, targets: [userTarget(u, [[prop[0], JSON.stringify([prop[1]]), JSON.stringify([prop[2]])], ['Included Updated Properties', '', prop[0]]])] }));
    }
    if (isWeekend(d)) continue;
    // group membership by admins and helpdesk
    for (let k = 0; k < rng.int(8, 20); k++) {
      const a = rng.pick(admins.concat(helpdesk));
      const u = rng.pick(members);
      const g = rng.pick(['Informativos - Redacción', 'Deportes', 'Programas', 'Técnicos de Continuidad', 'Emisiones Exteriores', 'Archivo', 'Todos ERTV Pamplona', 'Licencias M365 E3', 'Licencias Frontline F3']);
      A.push(audit({ t: at(d, 8.5 + rng.next() * 9), service: 'Core Directory', category: 'GroupManagement', activity: rng.chance(0.8) ? 'Add member to group' : 'Remove member from group', actor: userActor(a, adminIp(a)), ua: UA.edgeWin,
        targets: [{ type: 'Group', name: g, id: rng.uuid() }, userTarget(u)] }));
    }
    // license changes
    for (let k = 0; k < rng.int(2, 7); k++) {
      const a = rng.pick(helpdesk);
      A.push(audit({ t: at(d, 9 + rng.next() * 8), service: 'Core Directory', category: 'UserManagement', activity: 'Change user license', actor: userActor(a, adminIp(a)), ua: UA.edgeWin, targets: [userTarget(rng.pick(members))] }));
    }
    // device registrations
    for (let k = 0; k < rng.int(8, 18); k++) {
      A.push(audit({ t: at(d, 8 + rng.next() * 10), service: 'Core Directory', category: 'Device', activity: rng.pick(['Update device', 'Update device', 'Register device', 'Add registered owner to device']), actor: appActor('Device Registration Service'), targets: [{ type: 'Device', name: `ERTV-${rng.hex(6).toUpperCase()}`, id: rng.uuid() }] }));
    }
    // self-service password changes and resets
    for (let k = 0; k < rng.int(4, 12); k++) {
      const u = rng.pick(members);
      const sspr = rng.chance(0.25);
      A.push(audit({ t: at(d, 8 + rng.next() * 11), service: 'Self-service Password Management', category: 'UserManagement', activity: sspr ? 'Reset password (self-service)' : 'Change password (self-service)', actor: userActor(u, pickIp(u.homeNet)), ua: uaOf(u), targets: [userTarget(u)] }));
    }
    // helpdesk password resets (forgotten passwords, lockouts)
    for (let k = 0; k < rng.int(1, 4); k++) {
      const a = rng.pick(helpdesk), u = rng.pick(members);
      const c = rng.uuid();
      A.push(audit({ t: at(d, 8.5 + rng.next() * 9), corr: c, service: 'Core Directory', category: 'UserManagement', activity: 'Reset user password', actor: userActor(a, adminIp(a)), ua: UA.edgeWin, targets: [userTarget(u)] }));
      A.push(audit({ t: at(d, 8.5 + rng.next() * 9), corr: c, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Reset password (by admin)', actor: userActor(a, adminIp(a)), ua: UA.edgeWin, targets: [userTarget(u)] }));
    }
    // invitations of external collaborators by staff
    if (rng.chance(0.7)) {
      const s = rng.pick(members), g = rng.pick(users.filter((x) => x.role === 'guest'));
      A.push(audit({ t: at(d, 10 + rng.next() * 6), service: 'Invited Users', category: 'UserManagement', activity: 'Invite external user', actor: userActor(s, pickIp(s.homeNet)), ua: UA.edgeWin, targets: [userTarget(g)] }));
      A.push(audit({ t: at(d, 12 + rng.next() * 6), service: 'Invited Users', category: 'UserManagement', activity: 'Redeem external user invite', actor: userActor(g, g.homeNet.ips[0]), targets: [userTarget(g)] }));
    }
    // PIM activations by admins
    for (let k = 0; k < rng.int(1, 3); k++) {
      const a = rng.pick(admins);
      A.push(audit({ t: at(d, 8.5 + rng.next() * 9), service: 'PIM', category: 'RoleManagement', activity: 'Add member to role completed (PIM activation)', actor: userActor(a, adminIp(a)), ua: UA.edgeWin,
        targets: [{ type: 'Role', name: rng.pick(['User Administrator', 'Exchange Administrator', 'Intune Administrator', 'Global Administrator', 'Application Administrator']), id: rng.uuid() }, userTarget(a)], details: [['Justification', rng.pick(['Alta de nuevos empleados', 'Cambio de buzones', 'Ticket INC-' + rng.int(40000, 49999), 'Revisión mensual'])]] }));
    }
  }

  // new phones: security info re-registered
  for (let k = 0; k < 28; k++) {
    const u = rng.pick(members), d = rng.int(0, DAYS - 1), t = at(d, 9 + rng.next() * 10);
    const ip = pickIp(u.homeNet), c = rng.uuid();
    I.push(signin({ t: t - 2 * MIN, user: u, ip, net: u.homeNet, app: APPS.mySignins, res: APPS.mySignins, ua: UA.edgeWin, os: 'Windows10', browser: 'Edge 142.0.0', authReq: 'multi', mfaResult: 'done', mfaMethod: 'sms', mfaDetail: `+34 XXXXXXX${u.phoneTail || '00'}` }));
    A.push(audit({ t, corr: c, service: 'Authentication Methods', category: 'UserManagement', activity: 'User started security info registration', actor: userActor(u, ip), ua: UA.edgeWin, targets: [userTarget(u)] }));
    A.push(audit({ t: t + 90 * SEC, corr: c, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', actor: userActor(u, ip), ua: UA.edgeWin, reason: 'User registered Authenticator App with Notification and Code', targets: [userTarget(u)] }));
    if (rng.chance(0.6)) A.push(audit({ t: t + 150 * SEC, corr: c, service: 'Authentication Methods', category: 'UserManagement', activity: 'User deleted security info', actor: userActor(u, ip), ua: UA.edgeWin, reason: 'User deleted Authenticator App with Notification and Code', targets: [userTarget(u)] }));
  }

  // lockouts: a few typing sprees, then a helpdesk reset
  for (let k = 0; k < 4; k++) {
    const u = rng.pick(members.filter((x) => x.role === 'office')), d = rng.int(1, DAYS - 2);
    if (isWeekend(d)) continue;
    const net = NET[u.office] || NET.hqZgz, ip = pickIp(net);
    let t = at(d, 8 + rng.next() * 2);
    for (let j = 0; j < rng.int(5, 9); j++) { I.push(signin({ t, user: u, ip, net, app: APPS.winSignIn, res: APPS.winSignIn, client: 'mobile', code: 50126, os: 'Windows10', deviceId: u.laptop, ca: 'notApplied' })); t += rng.int(8, 40) * SEC; }
    I.push(signin({ t, user: u, ip, net, app: APPS.winSignIn, res: APPS.winSignIn, client: 'mobile', code: 50053, os: 'Windows10', deviceId: u.laptop, ca: 'notApplied' }));
    const a = rng.pick(helpdesk);
    A.push(audit({ t: t + 25 * MIN, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Reset password (by admin)', actor: userActor(a, adminIp(a)), ua: UA.edgeWin, targets: [userTarget(u)] }));
    I.push(signin({ t: t + 32 * MIN, user: u, ip, net, app: APPS.winSignIn, res: APPS.winSignIn, client: 'mobile', os: 'Windows10', deviceId: u.laptop, compliant: true, managed: true, join: 'hybrid' }));
  }

  // leavers: disabled during the window; their phones keep trying
  for (const u of leavers) {
    const d = u.leaverDay;
    const a = rng.pick(helpdesk);
    const t = at(d, 15 + rng.next() * 3);
    A.push(audit({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Disable account', actor: syncActor, targets: [userTarget(u, [['AccountEnabled', '[true]', '[false]']])] }));
    A.push(audit({ t: t + 5 * MIN, service: 'Core Directory', category: 'UserManagement', activity: 'Update user', actor: syncActor, targets: [userTarget(u, [['AccountEnabled', '[true]', '[false]'], ['Included Updated Properties', '', 'AccountEnabled']])] }));
    A.push(audit({ t: t + 40 * MIN, service: 'Core Directory', category: 'GroupManagement', activity: 'Remove member from group', actor: userActor(a, adminIp(a)), ua: UA.edgeWin, targets: [{ type: 'Group', name: 'Todos ERTV', id: rng.uuid() }, userTarget(u)] }));
    const ctx = phoneCtx(u);
    for (let j = 0; j < rng.int(2, 6); j++) {
      N.push(signin({ t: t + rng.int(60, 60 * 40) * MIN, user: u, ip: pickIp(u.mobNet), net: u.mobNet, app: APPS.outlookMobile, res: APPS.exo, client: 'mobile', ...ctx, code: 50057, ca: 'notApplied', session: u.phoneSession }));
    }
  }
  // new starters
  for (let k = 0; k < 5; k++) {
    const a = rng.pick(admins), d = rng.int(0, DAYS - 1);
    const u = rng.pick(members.filter((x) => x.role === 'rare'));
    A.push(audit({ t: at(d, 9 + rng.next() * 3), service: 'Core Directory', category: 'UserManagement', activity: 'Add user', actor: syncActor, targets: [userTarget(u)] }));
  }

  // ---- admins doing admin work ----
  const [adm1, adm2, adm3] = admins;
  const devA = devs[0], devB = devs[1];
  const dayAdm = (d, h) => at(d, h);
  // role assignment for a new helpdesk lead (permanent)
  A.push(audit({ t: dayAdm(2, 11.2), service: 'Core Directory', category: 'RoleManagement', activity: 'Add member to role', actor: userActor(adm1, adminIp()), ua: UA.edgeWin,
    targets: [{ type: 'Role', name: 'Helpdesk Administrator', id: rng.uuid(), props: [['Role.DisplayName', '', '"Helpdesk Administrator"']] }, userTarget(helpdesk[0])] }));
  A.push(audit({ t: dayAdm(8, 16.1), service: 'Core Directory', category: 'RoleManagement', activity: 'Add eligible member to role in PIM completed (permanent)', actor: userActor(adm2, adminIp()), ua: UA.edgeWin,
    targets: [{ type: 'Role', name: 'Application Administrator', id: rng.uuid() }, userTarget(devA)] }));
  // app registrations by developers
  for (const [dv, d, name] of [[devA, 3, 'ERTV Escaletas API'], [devB, 7, 'ERTV Subtítulos Webhook'], [devA, 10, 'Parrilla-Export-Dev']]) {
    const appId = rng.uuid(), c = rng.uuid();
    A.push(audit({ t: at(d, 12.1), corr: c, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add application', actor: userActor(dv, pickIp(NET.hqZgz)), ua: UA.edgeWin, targets: [{ type: 'Application', name, id: appId }] }));
    A.push(audit({ t: at(d, 12.11), corr: c, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add owner to application', actor: userActor(dv, pickIp(NET.hqZgz)), ua: UA.edgeWin, targets: [{ type: 'Application', name, id: appId }, userTarget(dv)] }));
    A.push(audit({ t: at(d, 12.3), service: 'Core Directory', category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', actor: userActor(dv, pickIp(NET.hqZgz)), ua: UA.edgeWin,
      targets: [{ type: 'Application', name, id: appId, props: [['KeyDescription', '[]', `["[KeyIdentifier=${rng.uuid()},KeyType=Password,KeyUsage=Verify,DisplayName=dev-local]"]`]] }] }));
  }
  // scheduled secret rotation by the automation service principal (weekly, Monday 02:00)
  for (const d of [0, 7]) for (const name of ['ERTV Grafana (monitorización de emisión)', 'Dalet Galaxy Newsroom', 'ERTV Backup Graph']) {
    A.push(audit({ t: dayStart(d) + 2 * HOUR + rng.int(0, 600) * SEC, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', actor: appActor('ERTV-KeyVault-Rotacion', rng.uuid()),
      targets: [{ type: 'Application', name, id: rng.uuid(), props: [['KeyDescription', `["[KeyIdentifier=${rng.uuid()},KeyType=Password,KeyUsage=Verify,DisplayName=rotacion-auto]"]`, `["[KeyIdentifier=${rng.uuid()},KeyType=Password,KeyUsage=Verify,DisplayName=rotacion-auto]"]`]] }] }));
  }
  // admin consent to a real SaaS app (Frame.io) after a change request
  {
    const c = rng.uuid(), t = at(5, 10.4);
    I.push(signin({ t: t - 3 * MIN, user: adm1, ip: NET.hqZgz.ips[1], net: NET.hqZgz, app: APPS.frameio, res: APPS.graph, ua: UA.edgeWin, ...laptopCtx(adm1), authReq: 'multi', mfaResult: 'done', mfaMethod: 'push', code: 65001, ca: 'success' }));
    A.push(audit({ t, corr: c, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add service principal', actor: userActor(adm1, NET.hqZgz.ips[1]), ua: UA.edgeWin, targets: [{ type: 'ServicePrincipal', name: 'Frame.io', id: rng.uuid(), props: [['AppAddress', '', '"https://app.frame.io/"']] }] }));
    A.push(audit({ t: t + 2 * SEC, corr: c, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Consent to application', actor: userActor(adm1, NET.hqZgz.ips[1]), ua: UA.edgeWin,
      targets: [{ type: 'ServicePrincipal', name: 'Frame.io', id: rng.uuid(), props: [['ConsentContext.IsAdminConsent', '', '"True"'], ['ConsentContext.OnBehalfOfAll', '', '"True"'], ['ConsentAction.Permissions', '', '"[] => [[Id: x, ClientId: x, PrincipalId: , ResourceId: x, ConsentType: AllPrincipals, Scope:  openid profile email User.Read offline_access]]; "']] }] }));
    I.push(signin({ t: t + 1 * MIN, user: adm1, ip: NET.hqZgz.ips[1], net: NET.hqZgz, app: APPS.frameio, res: APPS.graph, ua: UA.edgeWin, ...laptopCtx(adm1), authReq: 'multi', mfaResult: 'claim' }));
  }
  // colleagues consenting, one by one over several days, to the same popular whiteboard app (Miro)
  {
    const consenters = rng.shuffle(members.filter((x) => x.role === 'office')).slice(0, 15);
    let first = true;
    consenters.forEach((u, i) => {
      const d = 1 + Math.floor(i / 2.5), t = at(d, 10 + rng.next() * 7), ip = pickIp(NET[u.office] || NET.hqZgz), c = rng.uuid();
      I.push(signin({ t, user: u, ip, net: NET[u.office] || NET.hqZgz, app: APPS.miro, res: APPS.graph, ua: uaOf(u), os: 'Windows10', browser: browserOf(u), authReq: 'multi', mfaResult: 'claim', code: 65001, ca: 'success' }));
      if (first) { A.push(audit({ t: t + 20 * SEC, corr: c, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add service principal', actor: userActor(u, ip), ua: uaOf(u), targets: [{ type: 'ServicePrincipal', name: 'Miro', id: rng.uuid() }] })); first = false; }
      A.push(audit({ t: t + 25 * SEC, corr: c, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Consent to application', actor: userActor(u, ip), ua: uaOf(u),
        targets: [{ type: 'ServicePrincipal', name: 'Miro', id: rng.uuid(), props: [['ConsentContext.IsAdminConsent', '', '"False"'], ['ConsentContext.OnBehalfOfAll', '', '"False"'], ['ConsentAction.Permissions', '', '"[] => [[Scope: openid profile email User.Read offline_access]]; "']] }] }));
      A.push(audit({ t: t + 26 * SEC, corr: c, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add delegated permission grant', actor: userActor(u, ip), ua: uaOf(u), targets: [{ type: 'ServicePrincipal', name: 'Microsoft Graph', id: rng.uuid(), props: [['DelegatedPermissionGrant.Scope', '', '"openid profile email User.Read offline_access"']] }] }));
      I.push(signin({ t: t + 40 * SEC, user: u, ip, net: NET[u.office] || NET.hqZgz, app: APPS.miro, res: APPS.graph, ua: uaOf(u), os: 'Windows10', browser: browserOf(u), authReq: 'multi', mfaResult: 'claim' }));
    });
  }
  // conditional access: honest edits (exclude the break-glass group from a new policy, report-only to on)
  for (const [d, h, a, pol, prop] of [[3, 17.5, adm2, 'CA012 - Bloquear autenticación heredada', 'Excluded groups'], [9, 9.2, adm1, 'CA020 - Dispositivos conformes para Emisiones Exteriores', 'State']]) {
    A.push(audit({ t: at(d, h), service: 'Conditional Access', category: 'Policy', activity: 'Update conditional access policy', actor: userActor(a, NET.hqZgz.ips[1]), ua: UA.edgeWin,
      targets: [{ type: 'Policy', name: pol, id: rng.uuid(), props: [['ConditionalAccessPolicy', prop === 'State' ? '{"state":"enabledForReportingButNotEnforced"}' : '{"conditions":{"users":{"excludeGroups":[]}}}', prop === 'State' ? '{"state":"enabled"}' : '{"conditions":{"users":{"excludeGroups":["CA-Exclusion-BreakGlass"]}}}']] }] }));
  }
  A.push(audit({ t: at(11, 12.4), service: 'Conditional Access', category: 'Policy', activity: 'Update named location', actor: userActor(adm3 || adm1, NET.hqZgz.ips[1]), ua: UA.edgeWin,
    targets: [{ type: 'Policy', name: 'Sedes ERTV', id: rng.uuid(), props: [['NamedLocation', '{"ipRanges":["195.57.142.0/24","213.0.68.128/26"]}', '{"ipRanges":["195.57.142.0/24","213.0.68.128/26","80.58.61.192/28"]}']] }] }));

  out.meta.leavers = leavers.map((u) => u.upn);
}
