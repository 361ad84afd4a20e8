// Honest sign-ins of the populations that are not ordinary office staff: the Manila processing centre (AVD),
// the Bengaluru bookkeepers (Windows 365), service accounts, Teams Rooms, leavers, administrators, developers,
// new starters, external auditors and client guests, and the MSP's engineers (GDAP).
import { START, END, MIN, HOUR, DAY, localToUtc, isWeekend, isHoliday } from './calendar.mjs';
import { APPS, RES, UA, PLACES } from './world.mjs';
import { mobileIp, homeIp } from './events.mjs';
import { browserUa, webTarget, desktopApp, mobileApp, mobileOsBrowser, SCOPES } from './channels.mjs';

const DATES = [];
for (let t = START - DAY; t <= END; t += DAY) { const d = new Date(t); DATES.push({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), dow: d.getUTCDay(), key: d.toISOString().slice(0, 10) }); }
const workday = (zone, date) => !isWeekend(date) && !isHoliday(zone, date);
const LJ = (r, zone, date, m) => localToUtc(zone, date.y, date.m, date.d, m) + r.int(0, 59) * 1000 + r.int(0, 999);

export function manila(H, p) {
  const T = H.T, r = H.r;
  const office = T.offices.MNL;
  const host = { id: r.fork(`host:${p.avdHost}`).uuid(), name: p.avdHost, os: 'windows', compliant: true, managed: true, trust: 'Azure AD joined' };
  p.avdDevice = host;
  const shiftStart = { early: 6 * 60, mid: 10 * 60, late: 13 * 60 }[p.shift];
  for (const date of DATES) {
    if (!workday('PHT', date)) { if (p.phone && r.chance(0.2)) mnlPhone(H, p, LJ(r, 'PHT', date, r.int(10 * 60, 21 * 60)), date.key, true); continue; }
    if (r.chance(0.04)) continue; // leave
    const s = LJ(r, 'PHT', date, shiftStart + Math.round(p.startBias + r.gauss(0, 8)));
    const e = s + (9 * 60 + r.int(-10, 40)) * MIN;
    const sess = H.session(p, 'desk', Math.floor((s - START) / (2 * DAY)));
    const officeIp = r.pick(office.ips);
    // desktop logon at the Manila office, then the Windows App to the AVD host pool
    if (r.chance(0.5)) H.add({ t: s, account: p, interactive: true, app: APPS.winSignIn, res: RES.aad, clientApp: 'Mobile Apps and Desktop clients', ua: UA.winAuth, os: 'Windows10', browser: '', platform: 'windows', device: p.laptop, ip: officeIp, auth: r.chance(0.8) ? 'whfb' : 'pwd+mfa', mfaMethod: 'push', mfaSatisfied: true, requirement: 'multiFactorAuthentication', sessionId: sess, scopes: '' });
    const t1 = s + r.int(1, 4) * MIN;
    H.add({ t: t1, account: p, interactive: true, app: APPS.avdClient, res: RES.avd, clientApp: 'Mobile Apps and Desktop clients', ua: UA.windowsApp, os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', device: p.laptop, ip: officeIp, auth: 'prt', mfaSatisfied: true, incoming: 'primaryRefreshToken', sessionId: sess, scopes: '' });
    H.add({ t: t1 + r.int(8, 40) * 1000, account: p, interactive: true, app: APPS.rdp, res: RES.cloudLogin, clientApp: 'Mobile Apps and Desktop clients', ua: UA.windowsApp, os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', device: p.laptop, ip: officeIp, auth: 'prt', mfaSatisfied: true, incoming: 'primaryRefreshToken', sessionId: sess, scopes: '' });
    // inside the session host (Australia East egress)
    const hostIp = r.pick(T.pools.avd);
    const hs = H.session(p, 'avd', date.key);
    H.add({ t: t1 + r.int(45, 90) * 1000, account: p, interactive: true, app: APPS.winSignIn, res: RES.aad, clientApp: 'Mobile Apps and Desktop clients', ua: UA.winAuth, os: 'Windows10', browser: '', platform: 'windows', device: host, ip: hostIp, auth: 'prt', mfaSatisfied: true, incoming: 'unknownFutureValue', sessionId: hs, scopes: '' });
    const nI = r.poisson(0.7);
    for (let i = 0; i < nI; i++) {
      const t = t1 + r.float() * (e - t1);
      const w = webTarget(T, r.wpick([['karbon', 4], ['xpm', 4], ['spo', 4], ['xero', 3], ['fyi', 2]]));
      const b = browserUa(p);
      H.add({ t, account: p, interactive: true, app: w.app, res: w.res, protocol: w.protocol, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: host, ip: r.pick(T.pools.avd), auth: 'prt', mfaSatisfied: true, incoming: 'primaryRefreshToken', sessionId: hs, scopes: '' });
    }
    const nN = r.poisson(1.6 * p.activity);
    for (let i = 0; i < nN; i++) {
      const t = t1 + r.float() * (e - t1);
      const a = desktopApp(p, r.wpick([['outlook', 35], ['teams', 30], ['onedrive', 15], ['officeGraph', 20]]));
      H.add({ t, account: p, interactive: false, app: a.app, res: a.res, clientApp: 'Mobile Apps and Desktop clients', ua: a.ua, os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', device: host, ip: r.pick(T.pools.avd), mfaSatisfied: true, incoming: 'primaryRefreshToken', scopes: a.scopes, cae: a.cae, sessionId: hs });
    }
    if (p.phone && r.chance(0.35)) mnlPhone(H, p, e + r.int(20, 240) * MIN, date.key, false);
  }
}
function mnlPhone(H, p, t, dk, home) {
  const r = H.r, ph = p.phone;
  const a = mobileApp(ph, r.chance(0.7) ? 'teams' : 'outlook');
  const mob = mobileOsBrowser(ph);
  const ip = home && r.chance(0.5) ? p.homeIp : mobileIp(H.T, r, p, 'MNL', dk);
  H.add({ t, account: p, interactive: false, app: a.app, res: a.res, clientApp: 'Mobile Apps and Desktop clients', ua: a.ua, os: mob.os, browser: mob.browser, platform: ph.os, device: null, ip, mfaSatisfied: true, scopes: a.scopes, cae: a.cae, sessionId: H.session(p, 'phone', 0) });
}

export function bengaluru(H, p) {
  const T = H.T, r = H.r;
  for (const date of DATES) {
    if (!workday('IST', date) || r.chance(0.05)) continue;
    const s = LJ(r, 'IST', date, 6 * 60 + Math.round(p.startBias + r.gauss(0, 10)));
    const e = s + (9 * 60 + r.int(-15, 45)) * MIN;
    const wfh = r.chance(p.wfhShare);
    const ip = wfh ? p.homeIp : r.pick(T.offices.BLR.ips);
    const sess = H.session(p, 'w365c', Math.floor((s - START) / (5 * DAY)));
    const b = browserUa(p);
    // vendor laptop (not registered): Windows App / windows365.microsoft.com, KMSI cookie or a fresh MFA
    const fresh = r.chance(0.22);
    const cid = r.uuid();
    if (fresh) {
      if (r.chance(0.2)) H.add({ t: s - 60000, account: p, interactive: true, app: APPS.avdClient, res: RES.avd, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip, auth: 'pwd-fail', code: 50126, identifier: p.upnLog, correlationId: cid, sessionId: sess, scopes: '' });
      H.add({ t: s, account: p, interactive: true, app: APPS.avdClient, res: RES.avd, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip, auth: 'pwd+mfa', mfaMethod: 'push', mfaSatisfied: true, identifier: p.upnLog, loginHint: true, correlationId: cid, sessionId: sess, scopes: '', additional: 'MFA completed in Azure AD' });
    } else {
      H.add({ t: s, account: p, interactive: true, app: APPS.avdClient, res: RES.avd, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip, auth: 'cookie', mfaSatisfied: true, sessionId: sess, scopes: '' });
    }
    H.add({ t: s + r.int(10, 50) * 1000, account: p, interactive: true, app: APPS.rdp, res: RES.cloudLogin, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip, auth: 'cookie', mfaSatisfied: true, sessionId: sess, scopes: '' });
    // inside the Cloud PC (Microsoft-hosted network, Australia East)
    const egress = r.pick(T.pools.w365);
    const cs = H.session(p, 'cpc', Math.floor((s - START) / (3 * DAY)));
    H.add({ t: s + r.int(70, 140) * 1000, account: p, interactive: true, app: APPS.winSignIn, res: RES.aad, clientApp: 'Mobile Apps and Desktop clients', ua: UA.winAuth, os: 'Windows10', browser: '', platform: 'windows', device: p.cloudPc, ip: egress, auth: 'prt', mfaSatisfied: true, incoming: 'unknownFutureValue', sessionId: cs, scopes: '' });
    const nN = r.poisson(1.5 * p.activity);
    for (let i = 0; i < nN; i++) {
      const t = s + r.float() * (e - s);
      const a = desktopApp({ ...p, laptop: { os: 'windows' } }, r.wpick([['outlook', 30], ['teams', 30], ['onedrive', 15], ['officeGraph', 25]]));
      H.add({ t, account: p, interactive: false, app: a.app, res: a.res, clientApp: 'Mobile Apps and Desktop clients', ua: a.ua, os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', device: p.cloudPc, ip: egress, mfaSatisfied: true, incoming: 'primaryRefreshToken', scopes: a.scopes, cae: a.cae, sessionId: cs });
    }
    if (r.chance(0.35)) {
      const w = webTarget(T, r.wpick([['xero', 5], ['karbon', 3], ['spo', 3]]));
      H.add({ t: s + r.float() * (e - s), account: p, interactive: true, app: w.app, res: w.res, protocol: w.protocol, clientApp: 'Browser', ua: UA.edgeWin(p.chrome), os: 'Windows 10', browser: `Edge ${p.chrome}.0.0`, platform: 'windows', device: p.cloudPc, ip: egress, auth: 'prt', mfaSatisfied: true, incoming: 'primaryRefreshToken', sessionId: cs, scopes: '' });
    }
  }
}

// ------------------------------------------------------------------------------------------ service accounts
export function scannerRelay(H) {
  const T = H.T, r = H.r, p = T.svcScan;
  const sites = Object.values(T.offices);
  for (const o of sites) {
    const per = { SYD: 26, MEL: 18, BNE: 10, PER: 6, AKL: 9, WLG: 4, MNL: 14, BLR: 0 }[o.code] || 0;
    for (const date of DATES) {
      if (!workday(o.zone, date)) continue;
      const n = r.poisson(per);
      for (let i = 0; i < n; i++) {
        const t = LJ(r, o.zone, date, r.int(8 * 60, 18 * 60 + 30));
        H.add({ t, account: p, interactive: true, app: APPS.exoRest, res: RES.exo, clientApp: 'Authenticated SMTP', ua: UA.bav2ropc, os: '', browser: '', platform: 'other', device: null, ip: o.ips[0], auth: 'pwd', protocol: 'ropc', mfaSatisfied: false, identifier: p.upnLog, scopes: '', ms: r.int(30, 140) });
      }
    }
  }
}
export function practiceSync(H) {
  const T = H.T, r = H.r, p = T.svcSync;
  const app = T.apps.practiceSync;
  for (let t = START + r.int(0, 19) * MIN; t < END; t += 20 * MIN + r.int(-40, 40) * 1000) {
    const outage = t > Date.UTC(2026, 9, 21, 15, 0) && t < Date.UTC(2026, 9, 21, 15, 50);
    const ip = outage ? T.pools.practiceSync[1] : T.pools.practiceSync[0];
    H.add({ t, account: p, interactive: true, app: { id: app.id, name: app.name, owner: app.owner }, res: RES.graph, clientApp: 'Mobile Apps and Desktop clients', ua: 'python-requests/2.32.3', os: '', browser: '', platform: 'linux', device: null, ip,
      auth: 'pwd', protocol: 'ropc', mfaSatisfied: false, identifier: p.upnLog, scopes: ['Calendars.ReadWrite', 'Contacts.ReadWrite', 'Files.ReadWrite.All', 'Mail.ReadWrite', 'Mail.Send', 'User.Read'], ms: r.int(60, 220) });
  }
}
export function rooms(H) {
  const T = H.T, r = H.r;
  for (const p of T.rooms) {
    const o = T.offices[p.office];
    for (const date of DATES) {
      const n = workday(o.zone, date) ? r.poisson(9) : r.poisson(2);
      for (let i = 0; i < n; i++) {
        const t = LJ(r, o.zone, date, r.int(6 * 60, 20 * 60));
        H.add({ t, account: p, interactive: false, app: APPS.teams, res: r.chance(0.7) ? RES.teams : RES.graph, clientApp: 'Mobile Apps and Desktop clients', ua: UA.teamsRoom, os: 'Android', browser: 'Rich Client 1.7.3', platform: 'android', device: p.laptop, ip: o.ips[0], mfaSatisfied: false, incoming: 'primaryRefreshToken', scopes: SCOPES.teams, cae: true, sessionId: H.session(p, 'mtr', 0) });
      }
    }
  }
}
export function leavers(H) {
  const T = H.T, r = H.r;
  for (const p of T.leavers.filter((x) => x.lingering)) {
    const ph = p.phone; const mob = mobileOsBrowser(ph);
    for (const date of DATES) {
      const n = r.poisson(2.5);
      for (let i = 0; i < n; i++) {
        const t = LJ(r, p.zone, date, r.int(7 * 60, 22 * 60));
        const a = mobileApp(ph, r.chance(0.8) ? 'outlook' : 'teams');
        H.add({ t, account: p, interactive: false, app: a.app, res: a.res, clientApp: 'Mobile Apps and Desktop clients', ua: a.ua, os: mob.os, browser: mob.browser, platform: ph.os, device: null, ip: mobileIp(T, r, p, p.city, date.key), code: 50057, scopes: a.scopes, sessionId: H.session(p, 'phone', 0) });
      }
    }
  }
}
export function breakglassTest(H) {
  const T = H.T, r = H.r, p = T.breakglass[0];
  const t = Date.UTC(2026, 9, 14, 0, 20, 11);  // Wed 14 Oct 11:20 AEDT, quarterly break-glass test from the Sydney office
  const ip = T.offices.SYD.ips[0];
  const b = browserUa({ chrome: 153, browserPref: 'edge', laptop: { os: 'windows' } });
  const cid = r.uuid(), sess = r.uuid();
  H.add({ t, account: p, interactive: true, app: APPS.azurePortal, res: RES.arm, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip, auth: 'fido', mfaSatisfied: true, phishResistant: true, requirement: 'multiFactorAuthentication', identifier: p.upnLog, correlationId: cid, sessionId: sess, scopes: '' });
  H.add({ t: t + 4 * MIN, account: p, interactive: true, app: APPS.entraAdmin, res: RES.graph, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip, auth: 'cookie', mfaSatisfied: true, phishResistant: true, sessionId: sess, scopes: '' });
}

// ------------------------------------------------------------------------------------------ administrators, developers
export function admins(H) {
  const T = H.T, r = H.r;
  for (const a of T.admins) {
    const base = a.base;
    for (const date of DATES) {
      if (!workday(a.zone, date)) continue;
      if (!r.chance(base.serviceDesk ? 0.8 : 0.7)) continue;
      const start = LJ(r, a.zone, date, (base.serviceDesk ? { early: 6 * 60, mid: 10 * 60, late: 13 * 60 }[base.shift] : 8.5 * 60) + r.int(20, 300));
      const ip = base.kind === 'manila' ? T.offices.MNL.ips[0] : r.chance(0.6) ? T.offices.SYD.ips[r.int(0, 1)] : r.pick(T.pools.zscaler.SYD);
      const b = browserUa(base);
      const sess = r.uuid(), cid = r.uuid();
      const strong = a.strongAuth === 'passkey' ? 'passkey' : 'fido';
      const portal = base.serviceDesk ? webTarget(T, 'entraAdmin') : webTarget(T, r.pick(['azurePortal', 'entraAdmin']));
      H.add({ t: start, account: a, interactive: true, app: portal.app, res: portal.res, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: base.laptop, ip, auth: strong, mfaSatisfied: true, phishResistant: true, requirement: 'multiFactorAuthentication', identifier: a.upnLog, loginHint: true, correlationId: cid, sessionId: sess, scopes: '' });
      a.sessions = a.sessions || []; a.sessions.push({ t: start, ip, sess });
      const n = r.poisson(3);
      for (let i = 0; i < n; i++) {
        const tt = start + r.int(2, 240) * MIN;
        const w = webTarget(T, r.pick(base.serviceDesk ? ['entraAdmin', 'entraAdmin', 'owa'] : ['azurePortal', 'entraAdmin', 'officeHome']));
        H.add({ t: tt, account: a, interactive: r.chance(0.35), app: w.app, res: w.res, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: base.laptop, ip, auth: 'cookie', mfaSatisfied: true, phishResistant: true, sessionId: sess, scopes: r.chance(0.5) ? '' : SCOPES.graphPs });
      }
      if (!base.serviceDesk && r.chance(0.35)) {   // Exchange Online / Graph PowerShell from the AVD jump host
        const jt = start + r.int(30, 300) * MIN;
        const jip = T.pools.avd[0];
        const app = r.chance(0.5) ? APPS.exoPs : APPS.graphCli;
        const cid2 = r.uuid();
        const dc = app === APPS.graphCli && r.chance(0.3);
        H.add({ t: jt, account: a, interactive: true, app, res: app === APPS.exoPs ? RES.exo : RES.graph, clientApp: 'Mobile Apps and Desktop clients', ua: UA.graphPs, os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', device: null, ip: dc ? ip : jip,
          auth: strong, mfaSatisfied: true, phishResistant: true, protocol: dc ? 'deviceCode' : 'none', transfer: dc ? 'deviceCodeFlow' : 'none', identifier: a.upnLog, correlationId: cid2, sessionId: r.uuid(), scopes: '' });
        for (let i = 0; i < r.int(1, 5); i++) H.add({ t: jt + r.int(5, 55) * MIN, account: a, interactive: false, app, res: app === APPS.exoPs ? RES.exo : RES.graph, clientApp: 'Mobile Apps and Desktop clients', ua: UA.graphPs, os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', device: null, ip: jip, mfaSatisfied: true, phishResistant: true, scopes: app === APPS.exoPs ? SCOPES.exoPs : SCOPES.graphPs, sessionId: r.uuid() });
      }
    }
  }
}
export function developers(H) {
  const T = H.T, r = H.r;
  for (const d of T.devs) {
    for (const date of DATES) {
      if (!workday(d.zone, date) || !r.chance(0.75)) continue;
      const t = LJ(r, d.zone, date, r.int(9 * 60, 17 * 60));
      const atHome = !d.officeDow || !d.officeDow.has(date.dow);
      const ip = atHome ? (d.zsForLogin ? r.pick(T.pools.zscaler[d.office === 'MEL' ? 'MEL' : 'SYD']) : homeIp(T, r, d, date.key)) : r.pick(T.offices[d.office].ips);
      const sess = H.session(d, 'laptop', Math.floor((t - START) / (3 * DAY)));
      const kind = r.wpick([['vscode', 4], ['azcli', 4], ['graphps', 2], ['azclidc', d === T.devs[0] ? 1.2 : 0.15]]);
      if (kind === 'vscode') {
        H.add({ t, account: d, interactive: r.chance(0.25), app: APPS.vscode, res: RES.arm, clientApp: 'Mobile Apps and Desktop clients', ua: UA.vscode, os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', device: d.laptop, ip, auth: 'prt', mfaSatisfied: true, incoming: 'primaryRefreshToken', sessionId: sess, scopes: SCOPES.imp });
        for (let i = 0; i < r.int(1, 4); i++) H.add({ t: t + r.int(10, 200) * MIN, account: d, interactive: false, app: APPS.vscode, res: r.chance(0.5) ? RES.arm : RES.graph, clientApp: 'Mobile Apps and Desktop clients', ua: UA.vscode, os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', device: d.laptop, ip, mfaSatisfied: true, incoming: 'primaryRefreshToken', sessionId: sess, scopes: SCOPES.imp });
      } else if (kind === 'azcli' || kind === 'azclidc') {
        const dc = kind === 'azclidc';
        const cid = r.uuid();
        if (dc) {   // az login --use-device-code from WSL; the code is entered in the laptop's browser
          H.add({ t, account: d, interactive: true, app: APPS.azCli, res: RES.arm, clientApp: 'Mobile Apps and Desktop clients', ua: browserUa(d).ua, os: 'Windows 10', browser: browserUa(d).browser, platform: 'windows', device: null, ip, auth: 'prt', mfaSatisfied: true, incoming: 'none', protocol: 'deviceCode', transfer: 'deviceCodeFlow', correlationId: cid, sessionId: r.uuid(), scopes: '' });
        } else if (r.chance(0.3)) {
          H.add({ t, account: d, interactive: true, app: APPS.azCli, res: RES.arm, clientApp: 'Mobile Apps and Desktop clients', ua: UA.azCli, os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', device: d.laptop, ip, auth: 'prt', mfaSatisfied: true, incoming: 'primaryRefreshToken', correlationId: cid, sessionId: sess, scopes: '' });
        }
        for (let i = 0; i < r.int(2, 7); i++) H.add({ t: t + r.int(2, 300) * MIN, account: d, interactive: false, app: APPS.azCli, res: r.wpick([[RES.arm, 5], [RES.graph, 3], [RES.keyvault, 2]]), clientApp: 'Mobile Apps and Desktop clients', ua: dc ? UA.azCliLinux : UA.azCli, os: dc ? 'Linux' : 'Windows10', browser: 'Rich Client 4.72.1.0', platform: dc ? 'linux' : 'windows', device: dc ? null : d.laptop, ip, mfaSatisfied: true, scopes: SCOPES.imp, sessionId: dc ? cid : sess });
      } else {
        H.add({ t, account: d, interactive: true, app: APPS.graphCli, res: RES.graph, clientApp: 'Mobile Apps and Desktop clients', ua: UA.graphPs, os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', device: d.laptop, ip, auth: 'prt', mfaSatisfied: true, incoming: 'primaryRefreshToken', sessionId: sess, scopes: '' });
        for (let i = 0; i < r.int(1, 3); i++) H.add({ t: t + r.int(2, 60) * MIN, account: d, interactive: false, app: APPS.graphCli, res: RES.graph, clientApp: 'Mobile Apps and Desktop clients', ua: UA.graphPs, os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', device: d.laptop, ip, mfaSatisfied: true, incoming: 'primaryRefreshToken', sessionId: sess, scopes: SCOPES.graphPs });
      }
    }
  }
}

// ------------------------------------------------------------------------------------------ guests and partners
export function auditors(H) {
  const T = H.T, r = H.r;
  const onsite = new Set(['2026-10-20', '2026-10-21']);   // two days at H&Q Sydney (visitor Wi-Fi)
  for (const g of T.lockridge.filter((x) => x.active)) {
    for (const date of DATES) {
      if (!workday(g.zone, date) || !r.chance(0.72)) continue;
      const start = LJ(r, g.zone, date, 8.5 * 60 + g.startBias + r.int(-20, 40));
      const atHq = g.city === 'SYD' && onsite.has(date.key) && r.chance(0.7);
      const fromHome = !atHq && r.chance(0.25);
      const ip = atHq ? T.offices.SYD.guestIp : fromHome ? g.homeIp : r.pick(T.pools.netskope[g.egress]);
      const b = browserUa(g);
      const sess = r.uuid();
      const n = r.poisson(2.2);
      for (let i = 0; i < Math.max(1, n); i++) {
        const t = start + r.int(0, 8 * 60) * MIN;
        const teams = r.chance(0.3);
        H.add({ t, account: g, interactive: true, app: teams ? APPS.teamsWeb : { id: RES.spo.id, name: RES.spo.name }, res: teams ? RES.teams : RES.spo, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip,
          auth: 'claim', mfaSatisfied: true, requirement: 'multiFactorAuthentication', sessionId: sess, scopes: '', additional: 'MFA requirement satisfied by claim in the token' });
      }
      const nn = r.poisson(1.6);
      for (let i = 0; i < nn; i++) H.add({ t: start + r.int(0, 9 * 60) * MIN, account: g, interactive: false, app: APPS.teams, res: RES.teams, clientApp: 'Mobile Apps and Desktop clients', ua: UA.teamsWin(g.chrome), os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', device: null, ip, mfaSatisfied: true, scopes: SCOPES.teams, cae: true, sessionId: sess,
        ...(r.chance(0.05) ? { code: 70044 } : {}) });
    }
  }
  for (const g of T.people.filter((x) => x.firm === 'client' && x.active)) {
    for (const date of DATES) {
      if (!workday(g.zone, date) || !r.chance(0.18)) continue;
      const t = LJ(r, g.zone, date, r.int(9 * 60, 17 * 60));
      const b = browserUa(g);
      const fresh = r.chance(0.4);
      H.add({ t, account: g, interactive: true, app: { id: RES.spo.id, name: RES.spo.name }, res: RES.spo, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip: g.clientIp,
        auth: fresh ? 'pwd+mfa' : 'claim', mfaMethod: 'push', mfaSatisfied: true, requirement: 'multiFactorAuthentication', identifier: fresh ? g.upnLog : '', sessionId: r.uuid(), scopes: '' });
    }
  }
}
export function mspEngineers(H) {
  const T = H.T, r = H.r;
  for (const m of T.msp) {
    for (const date of DATES) {
      const wd = workday('AEDT', date);
      const p = wd ? 0.45 : (m.onCall === date.d % 3 ? 0.25 : 0);
      if (!r.chance(p)) continue;
      const local = wd ? r.int(9 * 60, 17 * 60) : r.int(10 * 60, 21 * 60);
      const t = LJ(r, 'AEDT', date, local);
      const ip = wd ? r.pick(T.pools.msp) : m.homeIp;
      const b = browserUa(m);
      const sess = r.uuid();
      const w = webTarget(T, r.wpick([['entraAdmin', 4], ['azurePortal', 3]]));
      H.add({ t, account: m, interactive: true, app: w.app, res: w.res, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip, crossTenant: 'serviceProvider',
        auth: 'claim', mfaSatisfied: true, requirement: 'multiFactorAuthentication', sessionId: sess, scopes: '', additional: 'MFA requirement satisfied by claim in the token' });
      for (let i = 0; i < r.int(0, 4); i++) H.add({ t: t + r.int(3, 90) * MIN, account: m, interactive: false, app: w.app, res: r.chance(0.5) ? RES.graph : RES.arm, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip, crossTenant: 'serviceProvider', mfaSatisfied: true, sessionId: sess, scopes: SCOPES.imp });
      if (r.chance(0.25)) H.add({ t: t + r.int(5, 60) * MIN, account: m, interactive: true, app: APPS.exoPs, res: RES.exo, clientApp: 'Mobile Apps and Desktop clients', ua: UA.graphPs, os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', device: null, ip, crossTenant: 'serviceProvider', auth: 'claim', mfaSatisfied: true, sessionId: r.uuid(), scopes: '' });
    }
  }
}
