// Everyday work: office staff, field staff, shift workers on shared devices, developers, IT, the vendor service desk.
import { APPS, RES, NETS, place, newIp, UA } from './world.mjs';
import { STEPS, HOUR, MIN } from './engine.mjs';
import { SITES, laptopUa, browserLabel } from './people.mjs';
import { dateList, at, isWeekend, weekday, RICH } from './life.mjs';
import { hash01, hashPick } from './prng.mjs';

const SAAS = (u) => {
  const d = u.dept;
  const list = [[[APPS.officeHome, RES.shellServer], 5], [[APPS.owa, RES.exo], 3], [[APPS.sharepoint, RES.spo], 3], [[APPS.servicenow, { id: APPS.servicenow.id, name: APPS.servicenow.name }], 1.2],
    [[APPS.myApps, RES.graph], 0.5], [[APPS.teamsWeb, RES.teamsSvc], 0.6]];
  if (u.site === 'tyo' || u.site === 'hmm') list.push([[APPS.smarthr, { id: APPS.smarthr.id, name: APPS.smarthr.name }], 0.5]);
  if (u.site !== 'pnq') list.push([[APPS.concur, { id: APPS.concur.id, name: APPS.concur.name }], d === 'Sales' || u.kind === 'field' ? 1.5 : 0.5]);
  if (d === 'Sales' || u.kind === 'field') list.push([[APPS.salesforce, { id: APPS.salesforce.id, name: APPS.salesforce.name }], 4]);
  if (d === 'Engineering' || d === 'Quality') list.push([[APPS.plm, { id: APPS.plm.id, name: APPS.plm.name }], 3]);
  if (d === 'Procurement' || d === 'Finance' || d === 'Production Control' || d === 'Logistics') list.push([[APPS.sapGui, { id: APPS.sapGui.id, name: APPS.sapGui.name }], 3]);
  if (u.kind === 'it') list.push([[APPS.azurePortal, RES.arm], 3]);
  if (u.kind === 'dev') list.push([[APPS.azurePortal, RES.arm], 1.5]);
  return list;
};
const LAPTOP_PAIRS = [[[APPS.teams, RES.teamsSvc], 5], [[APPS.teams, RES.graph], 2], [[APPS.office, RES.exo], 4], [[APPS.oneDriveSync, RES.spo], 3],
  [[APPS.office, RES.spo], 2], [[APPS.office, RES.substrate], 1], [[APPS.edge, RES.graph], 0.5], [[APPS.windowsSignIn, RES.aad], 1.5]];
const PHONE_PAIRS = [[[APPS.outlookMobile, RES.exo], 5], [[APPS.teams, RES.teamsSvc], 3], [[APPS.teams, RES.graph], 1], [[APPS.oneDriveMobile, RES.spo], 0.5]];

function poisson(r, lambda) { let L = Math.exp(-lambda), k = 0, p = 1; do { k++; p *= r.next(); } while (p > L); return k - 1; }

export class Benign {
  constructor(life) {
    this.life = life; this.r = life.rng.fork('benign'); this.dates = dateList();
    const kr = life.rng.fork('kiosks');
    const mk = (pfx, n, os, trust) => Array.from({ length: n }, (_, i) => ({ id: kr.uuid(), name: `${pfx}${String(i + 1).padStart(2, '0')}`, os, trust, compliant: true, managed: true }));
    this.kioskHmm = mk('KS-HMM-KIOSK', 18, 'Windows10', 'Hybrid Azure AD joined');
    this.kioskPen = mk('KS-PEN-KIOSK', 12, 'Windows10', 'Hybrid Azure AD joined');
    this.zebraHmm = mk('KS-HMM-SD', 24, 'Android', 'Azure AD registered');
    this.zebraPen = mk('KS-PEN-SD', 16, 'Android', 'Azure AD registered');
  }

  run() {
    for (const u of this.life.dir.users) {
      if (u.guest || u.service || u.noRoutine) continue;
      for (const d of this.dates) {
        if (u.skip?.has(d)) continue;
        if (u.disabledAt && at(d, 0, u.tz) >= u.disabledAt) continue;
        if (u.kind === 'shift') this.shiftDay(u, d);
        else if (u.kind === 'helpdesk') this.helpdeskDay(u, d);
        else this.officeDay(u, d);
      }
    }
  }

  isWorkday(u, d) {
    const site = SITES[u.site];
    if (isWeekend(d)) return false;
    if (site.holidays.includes(d)) return false;
    if (u.leave?.has(d)) return false;
    return hash01(`${u.upn}/${d}/sick`) > 0.025;
  }

  officeDay(u, d) {
    const r = this.r, L = this.life;
    if (u.phoneSwapDate && d >= u.phoneSwapDate && u.phone2) { u.phone = u.phone2; u.phone2 = null; }
    const work = this.isWorkday(u, d);
    if (!work) { this.offDay(u, d); return; }
    const mode = u.forceMode?.[d] ?? (hash01(`${u.upn}/${d}/wfh`) < u.wfh ? 'home' : 'office');
    const tz = u.tz;
    const startH = u.sched.start + r.normal(0, 0.25);
    const endH = startH + u.sched.len + r.normal(0, 0.5) + (u.site === 'tyo' && r.chance(0.25) ? r.real(1, 3) : 0);
    const t0 = at(d, startH, tz), t1 = at(d, endH, tz);
    const lip = L.laptopIp(u, mode, d);
    const home = L.phoneHome(u, d);
    // phone on the way in
    if (u.phone && mode === 'office' && r.chance(0.55)) {
      const [app, res] = r.weighted(PHONE_PAIRS);
      L.phoneRefresh(u, t0 - r.int(12, 55) * MIN, L.mobileIp(u), app, res);
    }
    if (u.phone && mode === 'home' && r.chance(0.5)) {
      const [app, res] = r.weighted(PHONE_PAIRS);
      L.phoneRefresh(u, t0 - r.int(5, 40) * MIN, home, app, res);
    }
    // laptop logon
    if (u.laptop) {
      if (u.laptop.os === 'Windows10' && r.chance(0.86)) {
        if (r.chance(0.012)) L.windowsLogon(u, t0 - 40_000, lip, { err: 50126, steps: STEPS.pwdBad(u.pwd), req: 'singleFactorAuthentication' });
        L.windowsLogon(u, t0 + r.int(0, 300) * 1000, lip);
      }
      const n = Math.max(1, Math.round((1.8 + poisson(r, 1.45)) * u.activity * (u.kind === 'exec' ? 0.6 : u.kind === 'dev' || u.kind === 'it' ? 1.2 : 1)));
      for (let i = 0; i < n; i++) {
        const [app, res] = r.weighted(LAPTOP_PAIRS);
        if (u.laptop.os === 'MacOs' && app === APPS.windowsSignIn) continue;
        L.laptopRefresh(u, t0 + r.next() * (t1 - t0), lip, app, res);
      }
      if (r.chance(0.22)) L.laptopRefresh(u, t0 + r.next() * (t1 - t0), lip, APPS.companyPortal, RES.intune);
      const k = poisson(r, 0.55 * u.activity * (u.kind === 'it' ? 2 : 1));
      for (let i = 0; i < k; i++) this.browserVisit(u, t0 + r.next() * (t1 - t0), lip);
      if (u.kind === 'dev') this.devWork(u, d, t0, t1, lip, mode);
      if (u.kind === 'it') this.itWork(u, d, t0, t1, lip);
    }
    // phone during the day and in the evening
    if (u.phone) {
      if (r.chance(0.5)) {
        const ip = mode === 'office' ? (r.chance(0.5) ? L.officeWifi(u) : L.mobileIp(u)) : home;
        const [app, res] = r.weighted(PHONE_PAIRS);
        L.phoneRefresh(u, t0 + r.next() * (t1 - t0), ip, app, res);
      }
      const ev = poisson(r, 0.75);
      for (let i = 0; i < ev; i++) {
        const [app, res] = r.weighted(PHONE_PAIRS);
        const te = t1 + r.real(0.5, 4.5) * HOUR;
        L.phoneRefresh(u, te, mode === 'office' && te < t1 + 1.2 * HOUR ? L.mobileIp(u) : home, app, res);
      }
    }
    // an occasional fresh sign-in with password and MFA (new browser session, re-registration, an expired session on the phone)
    if (r.chance(0.09 * u.activity)) this.freshAuth(u, t0 + r.next() * (t1 - t0), mode === 'office' ? lip : (r.chance(0.5) ? lip : home), r.chance(0.35));
  }

  offDay(u, d) {
    const r = this.r, L = this.life;
    if (!u.phone) return;
    const home = L.phoneHome(u, d);
    const n = r.chance(0.55) ? poisson(r, 1.2) : 0;
    for (let i = 0; i < n; i++) {
      const [app, res] = r.weighted(PHONE_PAIRS);
      const t = at(d, r.real(8, 23), u.tz);
      L.phoneRefresh(u, t, r.chance(0.7) ? home : L.mobileIp(u), app, res);
    }
    // managers and IT glance at the laptop on a weekend
    if (u.laptop && (u.kind === 'exec' || u.kind === 'it') && r.chance(0.18)) {
      const t = at(d, r.real(9, 22), u.tz);
      L.laptopRefresh(u, t, L.laptopIp(u, 'home', d), APPS.office, RES.exo);
      L.laptopRefresh(u, t + r.int(1, 30) * MIN, L.laptopIp(u, 'home', d), APPS.teams, RES.teamsSvc);
    }
  }

  browserVisit(u, t, ip) {
    const r = this.r, L = this.life;
    const [app, res] = r.weighted(SAAS(u));
    const corr = r.uuid();
    if (r.chance(0.05)) L.browserSso(u, t - r.int(2, 8) * 1000, ip, app, res, { err: 50140, corr, steps: STEPS.prt(), addl: undefined });
    if (r.chance(0.02)) L.browserSso(u, t - r.int(10, 30) * 1000, ip, app, res, { err: 50058, corr, steps: [] });
    L.browserSso(u, t, ip, app, res, { corr, adminActive: app === APPS.azurePortal && u.kind === 'it' });
  }

  freshAuth(u, t, ip, phone) {
    const r = this.r, L = this.life;
    const corr = r.uuid();
    const app = phone ? APPS.outlookMobile : APPS.officeHome;
    const res = phone ? RES.exo : RES.shellServer;
    if (phone && !u.phone) return;
    if (!phone && !u.laptop) return;
    const rr = r.next();
    if (rr < 0.035) L.fullAuth(u, t - r.int(60, 200) * 1000, ip, app, res, { phone, corr, err: 50126, steps: STEPS.pwdBad(u.pwd), req: 'singleFactorAuthentication' });
    else if (rr < 0.075) L.fullAuth(u, t - r.int(70, 160) * 1000, ip, app, res, { phone, corr, err: 500121, steps: STEPS.pwdThenTimeout(u.pwd), addl: 'MFA denied; user did not respond to mobile app notification' });
    else if (rr < 0.09) L.fullAuth(u, t - r.int(30, 90) * 1000, ip, app, res, { phone, corr, err: 50074, steps: STEPS.pwdThenPending(u.pwd), req: 'multiFactorAuthentication', addl: 'MFA required in Azure AD' });
    L.fullAuth(u, t, ip, app, res, phone ? { phone, corr, client: 'Mobile Apps and Desktop clients' } : { phone, corr, client: 'Browser' });
  }

  devWork(u, d, t0, t1, ip, mode) {
    const r = this.r, L = this.life;
    // az login once in a while (browser SSO into the CLI's auth code flow), then the CLI refreshes
    if (r.chance(0.35)) {
      L.emit({ t: t0 + r.next() * 2 * HOUR, user: u, app: APPS.azureCli, res: RES.arm, ip, ua: laptopUa(u), dev: u.laptop, browser: browserLabel(u), inter: true, steps: STEPS.prt(), client: 'Mobile Apps and Desktop clients' });
    }
    const n = poisson(r, 2.2);
    for (let i = 0; i < n; i++) {
      const res = r.chance(0.7) ? RES.arm : RES.graph;
      L.emit({ t: t0 + r.next() * (t1 - t0), user: u, app: APPS.azureCli, res, ip, ua: UA.azCli(), dev: u.laptop, browser: RICH.py, inter: false });
    }
    const m = poisson(r, 1.4);
    for (let i = 0; i < m; i++) {
      L.emit({ t: t0 + r.next() * (t1 - t0), user: u, app: APPS.vscode, res: r.chance(0.6) ? RES.arm : RES.graph, ip, ua: UA.vscode(u.laptop.os === 'MacOs' ? 'Macintosh; Intel Mac OS X 10_15_7' : undefined), dev: u.laptop, browser: RICH.win, inter: false });
    }
    if (r.chance(0.25)) L.emit({ t: t0 + r.next() * (t1 - t0), user: u, app: APPS.azurePs, res: RES.arm, ip, ua: UA.pwsh(), dev: u.laptop, browser: RICH.win, inter: false });
    // Cloud Shell from the portal (the shell's container egress is an Azure Japan East address)
    if (u.cloudShell && r.chance(0.4)) {
      const cs = newIp(r, NETS.azure, place('tokyo'), r.pick(['20.46', '20.48', '20.78']));
      const tc = t0 + r.next() * (t1 - t0);
      L.browserSso(u, tc, ip, APPS.azurePortal, RES.arm);
      for (let i = 0; i < r.int(2, 6); i++) L.emit({ t: tc + r.int(1, 70) * MIN, user: u, app: APPS.azureCli, res: r.chance(0.7) ? RES.arm : RES.graph, ip: cs, ua: UA.azCli(), dev: null, os: 'Linux', browser: RICH.py, inter: false });
    }
    // GitHub Codespaces in East US: VS Code and the CLI from an Azure address in Virginia
    if (u.codespaces && r.chance(0.5)) {
      const cs = u.codespaceIp ?? (u.codespaceIp = newIp(r, NETS.azure, place('boydton'), '20.120'));
      const tc = t0 + r.next() * (t1 - t0);
      for (let i = 0; i < r.int(2, 5); i++) L.emit({ t: tc + r.int(1, 120) * MIN, user: u, app: r.chance(0.5) ? APPS.vscode : APPS.azureCli, res: RES.arm, ip: cs, ua: r.chance(0.5) ? UA.vscode('X11; Linux x86_64') : UA.azCli(), dev: null, os: 'Linux', browser: RICH.py, inter: false });
    }
  }

  itWork(u, d, t0, t1, ip) {
    const r = this.r, L = this.life;
    const n = poisson(r, 1.2);
    for (let i = 0; i < n; i++) {
      const app = r.weighted([[APPS.graphCli, 3], [APPS.exoPs, 2], [APPS.azurePs, 1]]);
      const res = app === APPS.exoPs ? RES.exo : app === APPS.azurePs ? RES.arm : RES.graph;
      L.emit({ t: t0 + r.next() * (t1 - t0), user: u, app, res, ip, ua: UA.pwsh(), dev: u.laptop, browser: RICH.win, inter: false });
    }
  }

  shiftDay(u, d) {
    const r = this.r, L = this.life;
    const wk = Date.parse(d) >= Date.parse('2026-11-30') ? 1 : 0;
    const shift = (Math.floor(hash01(u.upn + '/shift') * 3) + wk) % 3;
    const off1 = Math.floor(hash01(u.upn + '/off') * 7);
    const wd = weekday(d);
    if (wd === off1 || wd === (off1 + 1) % 7) { if (u.phone && r.chance(0.3)) L.phoneRefresh(u, at(d, r.real(9, 22), u.tz), L.homeIp(u, d), APPS.teams, RES.teamsSvc); return; }
    if (SITES[u.site].holidays.includes(d) && r.chance(0.5)) return;
    if (!r.chance(0.5 * u.activity)) return;
    const startH = [6, 14, 22][shift];
    const t0 = at(d, startH + r.real(0.1, 0.8), u.tz);
    const eg = u.site === 'hmm' ? this.life.eg.hmm : (Date.parse(d) >= Date.parse('2026-12-01') && r.chance(0.5) ? this.life.eg.penNew : this.life.eg.pen);
    const ip = hashPick(u.upn + d, eg).ip;
    const kiosk = u.site === 'hmm' ? this.kioskHmm : this.kioskPen;
    const shared = r.chance(0.4);
    const dev = shared ? r.pick(u.site === 'hmm' ? this.zebraHmm : this.zebraPen) : r.pick(kiosk);
    const steps = u.phone ? (u.mfa === 'otp' ? STEPS.pwdOtp(u.pwd) : STEPS.pwdPush(u.pwd)) :
      [['Password', u.pwd, true, 'Correct password', 'Primary authentication'], ['OATH verification code', 'Hardware OATH token', true, 'MFA successfully completed', 'MFA', 17000]];
    const app = shared ? APPS.teams : r.weighted([[APPS.owa, 3], [APPS.officeHome, 2], [APPS.teamsWeb, 2]]);
    const res = app === APPS.owa ? RES.exo : app === APPS.officeHome ? RES.shellServer : RES.teamsSvc;
    const ua = shared ? UA.androidApp('TC58') : UA.edgeWin(150);
    const corr = r.uuid();
    if (r.chance(0.04)) L.emit({ t: t0 - r.int(30, 90) * 1000, user: u, app, res, ip, ua, dev, browser: shared ? RICH.android : 'Edge 150.0.0', inter: true, steps: STEPS.pwdBad(u.pwd), err: 50126, req: 'singleFactorAuthentication', corr });
    L.emit({ t: t0, user: u, app, res, ip, ua, dev, browser: shared ? RICH.android : 'Edge 150.0.0', inter: true, steps, corr, mfa: u.phone ? 'PhoneAppNotification' : 'PhoneAppOTP' });
    const n = poisson(r, 1.3);
    for (let i = 0; i < n; i++) L.emit({ t: t0 + r.real(0.3, 7.5) * HOUR, user: u, app: shared ? APPS.teams : APPS.teamsWeb, res: RES.teamsSvc, ip, ua, dev, browser: shared ? RICH.android : 'Edge 150.0.0', inter: false, corr });
  }

  helpdeskDay(u, d) {
    const r = this.r, L = this.life;
    // 24x7 rota: each agent on a fixed shift, five days a week
    const shift = Math.floor(hash01(u.upn + '/shift') * 3);
    const off1 = Math.floor(hash01(u.upn + '/off') * 7);
    const wd = weekday(d);
    if (wd === off1 || wd === (off1 + 1) % 7) return;
    const startH = [6.5, 14.5, 22.5][shift];
    const t0 = at(d, startH + r.normal(0, 0.2), u.tz), t1 = t0 + 8.5 * HOUR;
    const home = shift === 2 && r.chance(0.35);
    const ip = home ? L.homeIp(u, d) : hashPick(u.upn, L.eg.pnq).ip;
    L.fullAuth(u, t0, ip, APPS.servicenow, { id: APPS.servicenow.id, name: APPS.servicenow.name }, { client: 'Browser', ua: laptopUa(u) });
    L.browserSso(u, t0 + r.int(2, 20) * MIN, ip, APPS.azurePortal, RES.arm);
    for (let i = 0; i < r.int(3, 7); i++) L.laptopRefresh(u, t0 + r.next() * (t1 - t0), ip, r.pick([APPS.teams, APPS.office]), r.pick([RES.teamsSvc, RES.exo]));
    for (let i = 0; i < r.int(1, 4); i++) L.browserSso(u, t0 + r.next() * (t1 - t0), ip, APPS.azurePortal, RES.graph);
    if (u.phone && r.chance(0.6)) L.phoneRefresh(u, t1 + r.real(0.3, 2) * HOUR, L.mobileIp(u), APPS.teams, RES.teamsSvc);
  }
}
