// Corporate staff (HQ, offices, IT), the outsourced service desk in Manila, maintenance engineers and contractors.
import { PROF, REFRESH, HOUR, MIN } from './world.mjs';
import { APPS, RES } from './catalog.mjs';
import { logon, refresh, shift } from './patterns.mjs';
import { dayKind, phoneDay, holidayDay, leaverDay } from './common.mjs';

const OFFICE_NET = { YYZ: 'hq', VAN: 'van-office', YUL: 'yul-office', LON: 'lon-office' };

export function laptop(r, u, kind = 'Hybrid') {
  if (!u.laptop) u.laptop = { id: r.uuid(), name: `BPL-${r.alnum(7)}`, os: 'Windows10', compliant: true, managed: true, trust: kind, session: r.uuid() };
  return u.laptop;
}

export function webApps(apps) {
  return [[3, [APPS.officeHome, RES.o365portal]], [3, [APPS.spo, RES.spo]], [2, [apps.workday, apps.workday]], [2, [apps.servicenow, apps.servicenow]],
    [1, [apps.concur, apps.concur]], [2, [APPS.owa, RES.exo]], [1, [APPS.teamsWeb, RES.teamsSvc]], [1, [apps.salesforce, apps.salesforce]]];
}

/** HQ, regional offices and IT staff. */
export function officeWorker(w, u, apps) {
  const r = w.rng;
  const city = u.base;
  const lap = laptop(r, u, u.base === 'LON' ? 'AzureAd' : 'Hybrid');
  const mac = u.role === 'hq' && r.chance(0.06);
  const officeDays = new Set(r.sample([0, 1, 2, 3, 4], u.base === 'LON' ? 3 : r.int(2, 4)));
  const vpnUser = r.chance(0.3);
  const web = webApps(apps);
  for (let d = 0; d < 14; d++) {
    const k = dayKind(u, d);
    if (k === 'off') continue;
    if (k === 'leaver') { leaverDay(w, u, d); continue; }
    if (k === 'holiday') { holidayDay(w, u, d); continue; }
    if (w.weekend(d) || r.chance(0.03)) {
      phoneDay(w, u, d, u.home, r.int(0, 2));
      if (r.chance(0.08)) { const t = w.at(d, r.real(10, 21), city); refresh(w, u, t, t + HOUR, w.home(u), PROF.winApp(lap), REFRESH.win, r.int(1, 3), { session: lap.session }); }
      continue;
    }
    const inOffice = officeDays.has(d % 7);
    const p = inOffice ? w.place(OFFICE_NET[u.base], r.int(0, 15)) : vpnUser && r.chance(0.7) ? w.place('vpn', r.int(0, 7)) : w.home(u);
    const [s, e] = shift(r, u.base === 'LON' ? 8.6 : 8.2, 8.6);
    const t = w.at(d, s, city), te = w.at(d, e, city);
    logon(w, u, t, p, PROF.winApp(lap), { app: APPS.winSignIn, res: RES.aad, auth: u.mfaMethod === 'Windows Hello for Business' ? 'whfb' : 'prt', session: lap.session });
    refresh(w, u, t + 2 * MIN, te, p, PROF.teamsDesk(lap), REFRESH.win, r.int(2, 5), { session: lap.session, failP: 0.008 });
    for (let i = r.poisson(0.9); i > 0; i--) {
      const [app, res] = r.weighted(web);
      logon(w, u, t + r.real(0.2, 0.95) * (te - t), p, mac ? PROF.macSafari(lap) : PROF.winEdge(lap), { app, res, auth: 'prt', session: lap.session });
    }
    phoneDay(w, u, d, u.home, r.int(0, 2));
    if (r.chance(0.12)) { const te2 = w.at(d, r.real(19, 22.5), city); refresh(w, u, te2, te2 + HOUR, w.home(u), PROF.winApp(lap), REFRESH.win, r.int(1, 2), { session: lap.session }); }
    if (u.relay && r.chance(0.25)) {
      const tr = w.at(d, r.real(18, 23), u.home);
      const rn = { YYZ: 'relay-tor', VAN: 'relay-van', YUL: 'relay-mtl', LON: 'relay-lon' }[u.base];
      logon(w, u, tr, w.place(rn, r.int(0, 2000)), PROF.phoneWeb(u), { app: APPS.spo, res: RES.spo, auth: 'claim', session: u.phoneSession || (u.phoneSession = r.uuid()) });
    }
    if (r.chance(0.015)) {
      // a personal computer at home: full MFA in the browser
      logon(w, u, w.at(d, r.real(19, 22), city), w.home(u), r.chance(0.5) ? PROF.macChrome(null) : PROF.winChrome(null), { app: APPS.owa, res: RES.exo, auth: 'mfa', mfaIntP: 0.6 });
    }
    if (u.role === 'it') itExtras(w, u, d, p, lap, t, te);
  }
}

/** IT staff: CLI and portal work under their normal account. */
function itExtras(w, u, d, p, lap, t, te) {
  const r = w.rng;
  if (r.chance(0.35)) refresh(w, u, t, te, p, { ...PROF.winApp(lap), ua: r.chance(0.5) ? 'python/3.12.10 (Windows-11-10.0.26100-SP0) msal/1.33.0 azure-cli/2.80.0' : 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; en-CA) PowerShell/7.5.4' },
    [[1, [APPS.azCli, RES.arm]], [1, [APPS.graphCli, RES.graph]]], r.int(1, 4), { session: lap.session });
  if (r.chance(0.06)) {
    // az login --use-device-code on a Linux build agent: the code is entered in the admin's own browser
    const tt = t + r.real(0.2, 0.8) * (te - t);
    w.emit(u, tt, p, PROF.winEdge(lap), { app: APPS.azCli, res: RES.arm, interactive: true, auth: 'prt', code: 70016, protocol: 'deviceCode', transfer: 'deviceCodeFlow', session: lap.session });
    w.emit(u, tt + r.int(15, 60) * 1000, p, PROF.winEdge(lap), { app: APPS.azCli, res: RES.arm, interactive: true, auth: 'prt', protocol: 'deviceCode', transfer: 'deviceCodeFlow', session: lap.session });
  }
}

/** Separate admin accounts: portal and PIM work from the owner's laptop, passkey sign-in. */
export function adminAccount(w, a, pimLog) {
  const r = w.rng, o = a.owner;
  const lap = o.laptop;
  const days = [];
  for (let d = 0; d < 14; d++) if (!w.weekend(d) && dayKind(o, d) === 'normal' && r.chance(a.busy ?? 0.45)) days.push(d);
  if (a.onCallWeekend != null) days.push(a.onCallWeekend);
  for (const d of days) {
    const evening = w.weekend(d);
    const h = evening ? r.real(10, 20) : r.real(8.7, 16.5);
    const t = w.at(d, h, o.base);
    const p = evening ? w.home(o) : r.chance(0.6) ? w.place(OFFICE_NET[o.base] || 'hq', r.int(0, 15)) : r.chance(0.5) ? w.place('vpn', r.int(0, 7)) : w.home(o);
    const sess = r.uuid();
    const [app, res] = r.weighted([[5, [APPS.azurePortal, RES.arm]], [2, [APPS.intunePortal, RES.intune]], [2, [APPS.graphCli, RES.graph]], [1, [APPS.exoPs, RES.exo]]]);
    logon(w, a, t, p, PROF.winEdge(lap), { app, res, auth: 'fido', session: sess, typoP: 0 });
    refresh(w, a, t, t + r.real(0.5, 3) * HOUR, p, PROF.winEdge(lap), [[3, [APPS.azurePortal, RES.arm]], [2, [APPS.azurePortal, RES.graph]], [1, [APPS.azurePortal, RES.aad]]], r.int(2, 6), { session: sess });
    pimLog.push({ admin: a, t: t + r.int(2, 8) * MIN, ip: p.ip, d });
  }
}

/** The outsourced service desk in Manila works on Windows 365 Cloud PCs in Azure Canada Central. */
export function deskAgent(w, u, apps) {
  const r = w.rng;
  const cpc = { id: r.uuid(), name: `CPC-desk-${r.alnum(5)}`, os: 'Windows10', compliant: true, managed: true, trust: 'AzureAd', session: r.uuid() };
  u.cloudPc = cpc;
  const off = new Set(r.sample([0, 1, 2, 3, 4, 5, 6], 2));
  for (let d = 0; d < 14; d++) {
    if (off.has(d % 7) || w.weekend(d) && r.chance(0.6)) { phoneDay(w, u, d, 'MNL', r.int(0, 2)); continue; }
    // 21:00 Manila = 08:00 Toronto
    const t = w.at(d, 20.8 + r.normal(0, 0.2), 'MNL');
    const bpo = w.place('pldt-mnl', r.int(0, 15));
    logon(w, u, t, bpo, PROF.avd(false), { app: APPS.avdClient, res: RES.avd, auth: 'mfa', mfaIntP: 0.3 });
    const cp = w.place('w365', r.int(0, 4000));
    u.cloudPcIp = cp.ip;
    logon(w, u, t + r.int(60, 180) * 1000, cp, PROF.winApp(cpc), { app: APPS.winSignIn, res: RES.aad, auth: 'prt', session: cpc.session });
    refresh(w, u, t, t + 9 * HOUR, cp, PROF.teamsDesk(cpc), REFRESH.win, r.int(4, 8), { session: cpc.session });
    for (let i = r.int(1, 3); i > 0; i--) {
      const [app, res] = r.pick([[apps.servicenow, apps.servicenow], [APPS.azurePortal, RES.arm], [APPS.spo, RES.spo]]);
      logon(w, u, t + r.real(0.5, 8.5) * HOUR, cp, PROF.winEdge(cpc), { app, res, auth: 'prt', session: cpc.session });
    }
  }
}
