// Benign activity: fourteen days of a cooperative bank's working life.
import { APPS, RES, UA, ANDROID_MODELS, DOMAIN } from './catalog.mjs';
import { HQ, DC, DC_VPN, MOMBASA_CC, PUNE_OFFICE, JNB_OFFICE, TRAVEL, homeIp } from './net.mjs';
import { CLIENTS, MIN, HOUR, DAY, DAYS, START } from './world.mjs';
import { userTarget } from './audit.mjs';
import { hashString } from './prng.mjs';

const OFFICE_UA = 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18227; Pro)';
const WHFB = 'whfb';
export const SYNC = { id: '2b6f4c8e-91d3-4a7e-b5c0-7e3d9a1f6b24', upn: 'Sync_MVNDC01_8f3a2c71b9e4@mavunobank.onmicrosoft.com', type: 'member' };

export function trustOf(ip) {
  if (HQ.includes(ip) || ip === DC || ip === DC_VPN) return 'corp';
  if (MOMBASA_CC.includes(ip)) return 'cc';
  return null;
}

/** Travel itineraries of the executives and one contractor (benign; makes location analytics honest). */
export function itineraries(users) {
  const by = (role) => users.find((u) => u.role === role);
  return [
    { u: by('ceo'), from: 2, to: 5, place: 'dubai', ips: [TRAVEL.dubaiHotel, TRAVEL.dubaiConf], tz: 4 }, // Gulf fintech summit
    { u: by('cfo'), from: 8, to: 11, place: 'london', ips: [TRAVEL.londonHotel, TRAVEL.londonOffice], tz: 0 }, // correspondent banks, investors
    { u: by('coo'), from: 9, to: 10, place: 'kigali', ips: [TRAVEL.kigaliHotel], tz: 2, mobile: 'mtnrw' }, // regional expansion study
    { u: by('gmbranch'), from: 3, to: 4, place: 'kampala', branch: 'KLA', tz: 3 },
    { u: by('treasury'), from: 8, to: 9, place: 'dubai', ips: [TRAVEL.dubaiHotel], tz: 4 },
  ];
}

export function runBenign(W, ctx) {
  const { rng, t: tenant } = W;
  const users = tenant.users;
  const trips = itineraries(users);
  const tripOf = (u, d) => trips.find((x) => x.u === u && d >= x.from && d <= x.to);
  const visitor = users.filter((u) => u.kind === 'contractor')[3]; // visits Nairobi HQ days 7-11
  ctx.visitor = visitor;

  for (const u of users) {
    if (ctx.skipBenign && ctx.skipBenign.has(u)) continue;
    for (let d = 0; d < DAYS; d++) {
      if (u.joinDay !== undefined && d < u.joinDay) continue;
      if (u.leaveDay !== undefined && d > u.leaveDay) continue;
      const dayEnd = u.leaveDay === d ? W.at(d, u.leaveHour ?? 12) : Infinity;
      switch (u.kind) {
        case 'exec': case 'hq': case 'itadmin': case 'helpdesk': case 'itops': case 'dev': case 'ccsup':
          officeDay(W, u, d, tripOf(u, d), dayEnd); break;
        case 'contractor': contractorDay(W, u, d, u === visitor && d >= 7 && d <= 11, dayEnd); break;
        case 'manager': managerDay(W, u, d, dayEnd); break;
        case 'teller': case 'cso': tellerDay(W, u, d, dayEnd); break;
        case 'officer': officerDay(W, u, d, dayEnd); break;
        case 'agent': agentDay(W, u, d, dayEnd); break;
        case 'guest': guestDay(W, u, d); break;
        case 'svc': svcDay(W, u, d); break;
      }
    }
  }
}

function clampEnd(t, dayEnd) { return Math.min(t, dayEnd); }

function phoneRefresh(W, u, d, fromH, toH, n, tz = 3, carrier) {
  const ph = u.devices && u.devices.phone;
  if (!ph) return;
  const rng = W.rng;
  for (let i = 0; i < n; i++) {
    const t = W.at(d, rng.float(fromH, toH), tz);
    const [app, res] = rng.pick(ph.operatingSystem === 'iOS' ? CLIENTS.android.slice(0, 4) : CLIENTS.android);
    W.push({ user: u, t, ip: W.carrierIp(u, t, carrier), device: ph, app, res, interactive: false, clientApp: 'Mobile Apps and Desktop clients', ua: W.ua(ph, 'app'), mfaSatisfied: true, code: rng.chance(0.01) ? 70044 : 0, cae: true });
  }
}

function officeDay(W, u, d, trip, dayEnd) {
  const rng = W.rng;
  const dow = W.dow(d);
  const weekend = dow === 0 || dow === 6;
  const lap = u.devices.laptop;
  if (trip) return travelDay(W, u, d, trip);
  const onCall = (u.kind === 'itadmin' || u.kind === 'itops') && hashString(`${u.id}:oncall:${Math.floor(d / 7)}`) % 4 === 0;
  const helpdeskSat = u.kind === 'helpdesk' && dow === 6 && hashString(`${u.id}:sat:${d}`) % 3 === 0;
  if (weekend && !helpdeskSat) {
    if (rng.chance(0.35)) phoneRefresh(W, u, d, 8, 22, rng.int(1, 4));
    if (onCall && rng.chance(0.5)) remoteSession(W, u, d, rng.float(9, 20), rng.float(0.5, 2), dayEnd);
    return;
  }
  if (rng.chance(0.05)) { if (rng.chance(0.5)) phoneRefresh(W, u, d, 9, 20, rng.int(1, 3)); return; } // leave / sick day
  const site = u.site === 'MSA' ? 'MSA' : 'HQ';
  const startH = (u.kind === 'helpdesk' ? 7.4 : 7.9) + Math.abs(rng.normal(0, 0.6));
  const lenH = helpdeskSat ? 4.5 : rng.float(8.2, 10.2) + (u.kind === 'exec' ? 1 : 0);
  const wfh = !helpdeskSat && rng.chance(u.wfh ?? 0.1);
  let ip;
  if (site === 'MSA') ip = rng.chance(0.85) ? MOMBASA_CC[0] : MOMBASA_CC[1];
  else if (wfh) ip = rng.chance(0.6) || !u.home ? DC_VPN : u.home;
  else ip = (hashString(`hqlink:${d}`) % 9 === 0) ? HQ[1] : (rng.chance(0.85) ? HQ[0] : HQ[1]);
  const trusted = ip === u.home ? null : site === 'MSA' ? 'cc' : 'corp';
  const t0 = clampEnd(W.at(d, startH), dayEnd), t1 = clampEnd(W.at(d, startH + lenH), dayEnd);
  if (t0 >= dayEnd) return;
  // morning Windows logon (Windows Hello for Business) and browser SSO
  W.push({ user: u, t: t0, ip, device: lap, app: APPS.winSignIn, res: RES.winAzureAd, interactive: true, trusted, clientApp: 'Mobile Apps and Desktop clients', ua: 'Windows-AzureAD-Authentication-Provider/1.0',
    steps: [{ method: 'Windows Hello for Business', result: 'Windows Hello for Business', req: 'Primary authentication' }], mfaSatisfied: true, browser: 'Windows 11' });
  const sso = [[APPS.officeHome, RES.officeHome], [APPS.sharepoint, RES.sharepoint]];
  if (u.powerbi) sso.push([APPS.powerbiWeb, RES.powerbi], [APPS.powerbiWeb, RES.powerbi]);
  if (u.dynamics) sso.push([APPS.dynApp, RES.dynamics], [APPS.dynApp, RES.dynamics]);
  if (u.kind === 'itadmin' || u.kind === 'helpdesk') sso.push([APPS.azurePortal, RES.azureMgmt], [APPS.azurePortal, RES.graph]);
  if (u.kind === 'dev') sso.push([APPS.devops, RES.devops], [APPS.azurePortal, RES.azureMgmt]);
  if (u.kind === 'itops') sso.push([APPS.azurePortal, RES.azureMgmt]);
  const nSso = rng.int(1, u.kind === 'hq' ? 3 : 4);
  for (let i = 0; i < nSso; i++) {
    const [app, res] = rng.pick(sso);
    const t = rng.float(t0 + 5 * MIN, t1);
    const admin = app === APPS.azurePortal && u.admin;
    W.login(u, t, { ip, device: lap, app, res, trusted, mfa: admin ? 'fresh' : 'prt', prtMfa: true, p50074: 0.1, pKmsi: 0.05, browser: lap.operatingSystem === 'MacOs' ? 'Chrome 131.0.0' : 'Edge 131.0.0', ua: W.ua(lap) });
  }
  W.refresh(u, t0, t1, { ip, device: lap, clients: u.kind === 'dev' ? CLIENTS.winDesktop.concat(CLIENTS.dev) : u.admin ? CLIENTS.winDesktop.concat(CLIENTS.admin.slice(0, 2)) : CLIENTS.winDesktop, gap: 125, trusted, mfa: true, incoming: 'primaryRefreshToken', ua: lap.operatingSystem === 'MacOs' ? 'Mac OS X/15.2 (24C101)' : OFFICE_UA, browser: 'Rich Client 16.0.18227' });
  // admins and helpdesk: PowerShell / Graph tooling
  if ((u.kind === 'itadmin' || (u.kind === 'itops' && u.admin)) && rng.chance(0.45)) {
    const t = rng.float(t0 + HOUR, t1 - 10 * MIN);
    const app = rng.pick([APPS.graphCli, APPS.exoPs, APPS.azurePs]);
    W.login(u, t, { ip, device: lap, app, res: app === APPS.exoPs ? RES.exchange : app === APPS.azurePs ? RES.azureMgmt : RES.graph, trusted, mfa: 'fresh', clientApp: 'Mobile Apps and Desktop clients', ua: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-KE) PowerShell/7.4.6', p50074: 0.5, pKmsi: 0 });
  }
  if (u.kind === 'itops' && rng.chance(0.5)) { // jump host in the data centre
    const jt = rng.float(t0 + HOUR, t1 - HOUR);
    W.login(u, jt, { ip: DC, device: u.devices.jump, app: APPS.azurePortal, res: RES.azureMgmt, trusted: 'corp', mfa: 'fresh', p50074: 0.6, pKmsi: 0.2 });
    W.refresh(u, jt, jt + rng.float(0.5, 2) * HOUR, { ip: DC, device: u.devices.jump, clients: CLIENTS.admin, gap: 40, trusted: 'corp', mfa: true, ua: UA.edgeWin() });
  }
  if (u.kind === 'dev' && rng.chance(0.12)) { // az login --use-device-code on the Linux build VM in the data centre
    const t = rng.float(t0 + HOUR, t1 - 30 * MIN);
    const s = W.login(u, t, { ip: DC, device: u.devices.buildVm, app: APPS.azureCli, res: RES.azureMgmt, trusted: 'corp', mfa: 'fresh', protocol: 'deviceCode', transfer: 'deviceCodeFlow', clientApp: 'Mobile Apps and Desktop clients', ua: UA.azcliLinux(), p50074: 0, pKmsi: 0, pWrong: 0 });
    if (s) W.refresh(u, t, t + rng.float(1, 3) * HOUR, { ip: DC, device: u.devices.buildVm, clients: [[APPS.azureCli, RES.azureMgmt], [APPS.azureCli, RES.keyVault]], gap: 35, trusted: 'corp', mfa: true, ua: UA.azcliLinux(), transfer: 'deviceCodeFlow' });
  }
  // phone: commute and evening
  if (u.devices.phone) {
    if (d % 7 === hashString(u.id) % 6) { // weekly sign-in frequency: fresh MFA on the phone
      const t = W.at(d, rng.float(6.5, 7.5));
      W.login(u, t, { ip: W.carrierIp(u, t), device: u.devices.phone, app: rng.pick([APPS.outlookMobile, APPS.teams]), res: RES.exchange, mfa: 'fresh', clientApp: 'Mobile Apps and Desktop clients', ua: W.ua(u.devices.phone, 'app'), p50074: 0.4, pKmsi: 0, browser: u.devices.phone.browser });
    }
    phoneRefresh(W, u, d, 6.3, 7.8, rng.int(0, 2));
    phoneRefresh(W, u, d, 17.5, 22.5, rng.int(1, 3));
  }
  if (onCall && rng.chance(0.3)) remoteSession(W, u, d, rng.float(20, 23.5), rng.float(0.3, 1.2), dayEnd);
}

function remoteSession(W, u, d, h, len, dayEnd) {
  const rng = W.rng;
  const t = W.at(d, h);
  if (t >= dayEnd) return;
  const ip = rng.chance(0.5) ? DC_VPN : u.home;
  const trusted = ip === DC_VPN ? 'corp' : null;
  const lap = u.devices.laptop;
  W.push({ user: u, t, ip, device: lap, app: APPS.winSignIn, res: RES.winAzureAd, interactive: true, trusted, clientApp: 'Mobile Apps and Desktop clients', ua: 'Windows-AzureAD-Authentication-Provider/1.0',
    steps: [{ method: 'Windows Hello for Business', result: 'Windows Hello for Business', req: 'Primary authentication' }], mfaSatisfied: true, browser: 'Windows 11' });
  W.login(u, t + 3 * MIN, { ip, device: lap, app: APPS.azurePortal, res: RES.azureMgmt, trusted, mfa: 'fresh', p50074: 0.5, pKmsi: 0.2 });
  W.refresh(u, t, t + len * HOUR, { ip, device: lap, clients: CLIENTS.admin.concat(CLIENTS.winDesktop.slice(0, 3)), gap: 25, trusted, mfa: true, incoming: 'primaryRefreshToken', ua: OFFICE_UA });
}

function travelDay(W, u, d, trip) {
  const rng = W.rng;
  const lap = u.devices.laptop, ph = u.devices.phone;
  const tz = trip.tz;
  if (trip.branch) { // visiting the Kampala branch: branch network during the day, MTN roaming is not used (Safaricom roaming)
    const br = W.t.branches.find((b) => b.code === trip.branch);
    const t0 = W.at(d, 8.5, 3), t1 = W.at(d, 16.5, 3);
    W.login(u, t0, { ip: br.ip, device: lap, app: APPS.officeHome, res: RES.officeHome, trusted: null, mfa: 'fresh', p50074: 0.8, pKmsi: 0.5 });
    W.refresh(u, t0, t1, { ip: br.ip, device: lap, clients: CLIENTS.winDesktop, gap: 80, mfa: true, incoming: 'primaryRefreshToken', ua: OFFICE_UA });
    phoneRefresh(W, u, d, 7, 22, rng.int(3, 6));
    return;
  }
  // Departure / arrival days: lounge Wi-Fi at JKIA, phone on Safaricom roaming (egress in Kenya while abroad)
  if (d === trip.from) {
    const tl = W.at(d, rng.float(5.5, 7.5), 3);
    W.login(u, tl, { ip: TRAVEL.jkiaLounge, device: lap, app: APPS.officeHome, res: RES.officeHome, mfa: 'fresh', p50074: 0.7, pKmsi: 0.3 });
    W.refresh(u, tl, tl + 50 * MIN, { ip: TRAVEL.jkiaLounge, device: lap, clients: CLIENTS.winDesktop, gap: 15, mfa: true, incoming: 'primaryRefreshToken', ua: OFFICE_UA });
  }
  const firstH = d === trip.from ? 15 : 8;
  const t0 = W.at(d, firstH + rng.float(0, 1), tz), t1 = W.at(d, firstH + rng.float(7, 10) - (d === trip.from ? 5 : 0), tz);
  const ip = rng.pick(trip.ips);
  W.login(u, t0, { ip, device: lap, app: rng.pick([APPS.officeHome, APPS.sharepoint]), res: RES.officeHome, mfa: 'fresh', p50074: 0.85, pKmsi: 0.3 });
  W.refresh(u, t0, t1, { ip, device: lap, clients: CLIENTS.winDesktop, gap: 70, mfa: true, incoming: 'primaryRefreshToken', ua: OFFICE_UA });
  if (ph) { // roaming phone: Safaricom (Kenyan) egress, or a local SIM for Kigali
    for (let i = 0; i < rng.int(4, 9); i++) {
      const t = W.at(d, rng.float(7, 23), tz);
      const [app, res] = rng.pick(CLIENTS.android.slice(0, 4));
      W.push({ user: u, t, ip: W.carrierIp(u, t, trip.mobile || 'safaricom'), device: ph, app, res, interactive: false, clientApp: 'Mobile Apps and Desktop clients', ua: W.ua(ph, 'app'), mfaSatisfied: true, cae: true });
    }
  }
}

function contractorDay(W, u, d, visiting, dayEnd) {
  const rng = W.rng;
  const dow = W.dow(d);
  if (dow === 0 || (dow === 6 && !rng.chance(0.15))) { if (rng.chance(0.2)) phoneRefresh(W, u, d, 9, 21, rng.int(1, 2), 5.5); return; }
  if (!visiting && rng.chance(0.05)) return;
  const tz = visiting ? 3 : 5.5;
  const lap = u.devices.laptop;
  let ip;
  if (visiting) ip = HQ[0];
  else if (rng.chance(u.wfh)) ip = rng.chance(0.8) ? u.home : W.carrierIp(u, W.at(d, 10, tz), 'jio');
  else ip = rng.chance(0.85) ? PUNE_OFFICE[0] : PUNE_OFFICE[1];
  const trusted = visiting ? 'corp' : null;
  const t0 = clampEnd(W.at(d, 9.3 + Math.abs(rng.normal(0, 0.5)), tz), dayEnd), t1 = clampEnd(W.at(d, 18.5 + rng.float(0, 2), tz), dayEnd);
  if (t0 >= dayEnd) return;
  W.login(u, t0, { ip, device: lap, app: APPS.devops, res: RES.devops, trusted, mfa: trusted ? 'none' : 'fresh', p50074: 0.5, pKmsi: 0.4, ua: UA.chromeWin(), browser: 'Chrome 131.0.0', pWrong: 0.04 });
  for (let i = 0; i < rng.int(1, 3); i++) {
    const [app, res] = rng.pick([[APPS.officeHome, RES.officeHome], [APPS.azurePortal, RES.azureMgmt], [APPS.teamsWeb, RES.teamsSvc], [APPS.devops, RES.devops]]);
    W.login(u, rng.float(t0, t1), { ip, device: lap, app, res, trusted, mfa: 'claim', ua: UA.chromeWin(), browser: 'Chrome 131.0.0' });
  }
  W.refresh(u, t0, t1, { ip, device: lap, clients: CLIENTS.dev.concat([[APPS.teams, RES.teamsSvc], [APPS.office, RES.exchange]]), gap: 80, trusted, mfa: true, ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.96.2 Chrome/128.0.6613.186 Electron/32.2.6 Safari/537.36' });
  if (visiting) phoneRefresh(W, u, d, 7, 22, rng.int(2, 4), 3, 'jio'); // Jio roaming: Indian egress while in Nairobi
  else phoneRefresh(W, u, d, 8, 22, rng.int(1, 3), 5.5);
}

function managerDay(W, u, d, dayEnd) {
  const rng = W.rng;
  const dow = W.dow(d);
  const br = u.branch;
  if (dow === 0) { if (rng.chance(0.4)) phoneRefresh(W, u, d, 8, 21, rng.int(1, 3)); return; }
  if (rng.chance(0.04)) return;
  const sat = dow === 6;
  const t0 = clampEnd(W.at(d, 7.6 + Math.abs(rng.normal(0, 0.3))), dayEnd), t1 = clampEnd(W.at(d, sat ? 13 : 17.5 + rng.float(0, 1.5)), dayEnd);
  if (t0 >= dayEnd) return;
  const lap = u.devices.laptop;
  W.push({ user: u, t: t0, ip: br.ip, device: lap, app: APPS.winSignIn, res: RES.winAzureAd, interactive: true, trusted: 'branch', clientApp: 'Mobile Apps and Desktop clients', ua: 'Windows-AzureAD-Authentication-Provider/1.0',
    steps: [{ method: 'Windows Hello for Business', result: 'Windows Hello for Business', req: 'Primary authentication' }], mfaSatisfied: true, browser: 'Windows 11' });
  for (let i = 0; i < rng.int(1, 3); i++) {
    const [app, res] = rng.pick([[APPS.cbsPortal, RES.cbsApi], [APPS.dynApp, RES.dynamics], [APPS.officeHome, RES.officeHome], [APPS.powerbiWeb, RES.powerbi]]);
    W.login(u, rng.float(t0, t1), { ip: br.ip, device: lap, app, res, trusted: 'branch', mfa: 'prt' });
  }
  const field = !sat && rng.chance(0.4);
  const mid = field ? t0 + (t1 - t0) * 0.55 : t1;
  W.refresh(u, t0, mid, { ip: br.ip, device: lap, clients: CLIENTS.winDesktop, gap: 100, trusted: 'branch', mfa: true, incoming: 'primaryRefreshToken', ua: OFFICE_UA, browser: 'Rich Client 16.0.18227' });
  const ph = u.devices.phone;
  if (field) W.refresh(u, mid, t1, { ipFn: (t) => W.carrierIp(u, t), device: ph, clients: CLIENTS.fieldPhone, gap: 60, mfa: true, ua: W.ua(ph, 'app'), browser: ph.browser });
  if (d % 7 === hashString(u.id) % 6) W.login(u, W.at(d, rng.float(6.6, 7.4)), { ip: W.carrierIp(u, W.at(d, 7)), device: ph, app: APPS.loansField, res: RES.loansApi, mfa: 'fresh', clientApp: 'Mobile Apps and Desktop clients', ua: W.ua(ph, 'app'), browser: ph.browser, p50074: 0.4, pKmsi: 0 });
  phoneRefresh(W, u, d, 18, 22, rng.int(1, 2));
}

function tellerDay(W, u, d, dayEnd) {
  const rng = W.rng;
  const dow = W.dow(d);
  const br = u.branch;
  if (dow === 0) return;
  const sat = dow === 6;
  if (sat && hashString(`${u.id}:sat:${Math.floor(d / 7)}`) % 2 === 0) return; // Saturday rota
  if (rng.chance(0.05)) return;
  const t0 = clampEnd(W.at(d, 7.55 + Math.abs(rng.normal(0, 0.25))), dayEnd), t1 = clampEnd(W.at(d, sat ? 13.2 : 17 + rng.float(0, 1.2)), dayEnd);
  if (t0 >= dayEnd) return;
  const pc = br.pcs[hashString(`${u.id}:${d}`) % br.pcs.length];
  const ip = br.ip;
  // an occasional lockout: several wrong passwords, smart lockout, SSPR unlock
  if (rng.chance(0.006)) {
    let t = t0;
    for (let i = 0; i < rng.int(4, 7); i++) { W.push({ user: u, t, ip, device: pc, app: APPS.cbsPortal, res: RES.cbsApi, interactive: true, trusted: 'branch', code: 50126, ua: UA.edgeWin(), steps: [{ method: 'Password', detail: 'Password Hash Sync', ok: false, result: 'Invalid username or password or Invalid on-premise username or password.' }] }); t += rng.int(10, 60) * 1000; }
    W.push({ user: u, t, ip, device: pc, app: APPS.cbsPortal, res: RES.cbsApi, interactive: true, trusted: 'branch', code: 50053, ua: UA.edgeWin(), steps: [{ method: 'Password', detail: 'Password Hash Sync', ok: false, result: 'Account is locked' }] });
    const tr = t + rng.int(8, 40) * MIN;
    W.ctx.sspr.push({ u, t: tr, ip, unlock: true });
    W.login(u, tr + 3 * MIN, { ip, device: pc, app: APPS.cbsPortal, res: RES.cbsApi, trusted: 'branch', mfa: 'none', pWrong: 0 });
  } else {
    W.login(u, t0, { ip, device: pc, app: APPS.cbsPortal, res: RES.cbsApi, trusted: 'branch', mfa: 'none', pWrong: 0.05, ua: UA.edgeWin() });
  }
  if (u.kind === 'cso' || rng.chance(0.3)) W.login(u, t0 + rng.int(5, 90) * MIN, { ip, device: pc, app: u.kind === 'cso' ? APPS.dynApp : APPS.officeHome, res: u.kind === 'cso' ? RES.dynamics : RES.officeHome, trusted: 'branch', mfa: 'claim' });
  if (!sat && rng.chance(0.45)) { // after lunch the shared PC is re-used: sign in again, maybe on another PC
    const pc2 = rng.chance(0.5) ? pc : rng.pick(br.pcs);
    W.login(u, W.at(d, rng.float(13.2, 14.3)), { ip, device: pc2, app: APPS.cbsPortal, res: RES.cbsApi, trusted: 'branch', mfa: 'none', pWrong: 0.06 });
  }
  W.refresh(u, t0, t1, { ip, device: pc, clients: CLIENTS.branchPc, gap: u.kind === 'cso' ? 130 : 170, trusted: 'branch', mfa: false, ua: UA.teamsWin(), browser: 'Rich Client 4.61.0.0' });
  // tellers on personal phones (Teams only, registered for MFA texts) - off hours, rarely
  if (rng.chance(0.04)) {
    const t = W.at(d, rng.float(18.5, 21));
    W.login(u, t, { ip: W.carrierIp(u, t), app: APPS.officeHome, res: RES.officeHome, device: { deviceId: '', displayName: '', operatingSystem: 'Android', browser: 'Chrome Mobile 131.0.0', isCompliant: false, isManaged: false, trustType: '' },
      ua: UA.chromeAndroid('SM-A055F', 14), mfa: 'fresh', code: 53003, p50074: 0, pKmsi: 0 });
  }
}

function officerDay(W, u, d, dayEnd) {
  const rng = W.rng;
  const dow = W.dow(d);
  const ph = u.swap && d >= u.swap.d ? u.swap.neu : u.devices.phone;
  if (dow === 0) { if (rng.chance(0.2)) W.refresh(u, W.at(d, 10), W.at(d, 10 + rng.float(1, 4)), { ipFn: (t) => W.carrierIp(u, t), device: ph, clients: CLIENTS.android, gap: 90, mfa: true, ua: W.ua(ph, 'app'), browser: ph.browser }); return; }
  if (rng.chance(dow === 6 ? 0.5 : 0.12)) return;
  const t0 = clampEnd(W.at(d, 7.2 + Math.abs(rng.normal(0, 0.6))), dayEnd), t1 = clampEnd(W.at(d, dow === 6 ? 12.5 : 16.5 + rng.float(0, 2.5)), dayEnd);
  if (t0 >= dayEnd) return;
  const br = u.branch;
  const morningAtBranch = rng.chance(0.35);
  const ipFn = (t) => (morningAtBranch && t < t0 + 1.2 * HOUR ? br.ip : W.carrierIp(u, t));
  // weekly sign-in frequency (CA007): fresh MFA in the field app; after a weekend the refresh token may have lapsed
  const weekly = d % 7 === hashString(u.id) % 6;
  if (weekly || (dow === 1 && rng.chance(0.08))) {
    if (!weekly) W.push({ user: u, t: t0 - 2 * MIN, ip: ipFn(t0), device: ph, app: APPS.loansField, res: RES.loansApi, interactive: false, code: rng.chance(0.5) ? 700082 : 70044, ua: W.ua(ph, 'app'), browser: ph.browser });
    W.login(u, t0, { ip: ipFn(t0), device: ph, app: APPS.loansField, res: RES.loansApi, trusted: morningAtBranch ? 'branch' : null, mfa: morningAtBranch ? 'none' : 'fresh', clientApp: 'Mobile Apps and Desktop clients', ua: W.ua(ph, 'app'), browser: ph.browser, p50074: 0.35, pKmsi: 0, pWrong: 0.04 });
  } else if (rng.chance(0.35)) {
    W.login(u, t0 + rng.int(0, 120) * MIN, { ip: ipFn(t0), device: ph, app: rng.pick([APPS.loansField, APPS.outlookMobile, APPS.teams]), res: RES.graph, trusted: morningAtBranch ? 'branch' : null, mfa: 'claim', clientApp: 'Mobile Apps and Desktop clients', ua: W.ua(ph, 'app'), browser: ph.browser });
  }
  if (rng.chance(0.012)) { // tries the browser on the phone instead of the approved app: CA007 blocks
    const t = rng.float(t0, t1);
    W.login(u, t, { ip: W.carrierIp(u, t), device: { ...ph, browser: 'Chrome Mobile 131.0.0' }, app: APPS.officeHome, res: RES.officeHome, mfa: 'claim', code: 53003, ua: UA.chromeAndroid(ph.model, ph.osVer) });
  }
  W.refresh(u, t0, t1, { ipFn, device: ph, clients: CLIENTS.fieldPhone, gap: 150, mfa: true, ua: W.ua(ph, 'app'), browser: ph.browser, pFail: 0.015 });
  if (rng.chance(0.3)) phoneRefresh(W, u, d, 18.5, 21.5, 1);
}

function agentDay(W, u, d, dayEnd) {
  const rng = W.rng;
  const week = Math.floor(d / 7);
  const off = [(hashString(u.id) + week) % 7, (hashString(u.id) + week + 1) % 7];
  if (off.includes(W.dow(d))) return;
  if (rng.chance(0.04)) return;
  const shift = (u.shift + week) % 2;
  const h0 = shift === 0 ? 5.85 : 13.85;
  const t0 = clampEnd(W.at(d, h0 + Math.abs(rng.normal(0, 0.15))), dayEnd), t1 = clampEnd(W.at(d, h0 + 8.5 + rng.float(0, 0.4)), dayEnd);
  if (t0 >= dayEnd) return;
  const pc = u.ccPcs[hashString(`${u.id}:${d}`) % u.ccPcs.length];
  const ip = rng.chance(0.9) ? MOMBASA_CC[0] : MOMBASA_CC[1];
  W.login(u, t0, { ip, device: pc, app: APPS.dynApp, res: RES.dynamics, trusted: 'cc', mfa: 'none', pWrong: 0.05, ua: UA.edgeWin() });
  if (rng.chance(0.5)) W.login(u, t0 + rng.int(2, 20) * MIN, { ip, device: pc, app: APPS.officeHome, res: RES.officeHome, trusted: 'cc', mfa: 'claim' });
  if (rng.chance(0.4)) W.login(u, t0 + rng.float(4, 5) * HOUR, { ip, device: pc, app: APPS.dynApp, res: RES.dynamics, trusted: 'cc', mfa: 'none', pWrong: 0.04 });
  W.refresh(u, t0, t1, { ip, device: pc, clients: CLIENTS.ccPc, gap: 130, trusted: 'cc', mfa: false, ua: UA.teamsWin(), browser: 'Rich Client 4.61.0.0' });
}

function guestDay(W, u, d) {
  const rng = W.rng;
  const dow = W.dow(d);
  if (dow === 0 || dow === 6) return;
  if (u.engagementEndDay !== undefined && d > u.engagementEndDay) return;
  const fy = u.engagement === 'fy25';
  if (!fy && d < 3) return;
  if (rng.chance(0.1)) return;
  const onsite = fy && d <= 4 && !u.remoteOnly;
  const tz = onsite ? 3 : 2;
  const ip = onsite ? (rng.chance(0.8) ? HQ[0] : HQ[1]) : rng.chance(0.65) ? JNB_OFFICE : rng.chance(0.7) ? u.home : W.carrierIp(u, W.at(d, 9, 2), 'vodacomza');
  const t0 = W.at(d, 8.2 + Math.abs(rng.normal(0, 0.4)), tz), t1 = W.at(d, 17 + rng.float(0, 2), tz);
  const lap = u.devices.laptop;
  W.login(u, t0, { ip, device: lap, app: APPS.sharepoint, res: RES.sharepoint, mfa: 'claim', ua: UA.edgeWin(), additional: 'MFA requirement satisfied by claim in the token' });
  for (let i = 0; i < rng.int(0, 2); i++) {
    const [app, res] = rng.pick([[APPS.powerbiWeb, RES.powerbi], [APPS.teamsWeb, RES.teamsSvc], [APPS.sharepoint, RES.sharepoint]]);
    W.login(u, rng.float(t0, t1), { ip, device: lap, app, res, mfa: 'claim', ua: UA.edgeWin() });
  }
  W.refresh(u, t0, t1, { ip, device: lap, clients: [[APPS.teams, RES.teamsSvc], [APPS.sharepoint, RES.sharepoint], [APPS.powerbiWeb, RES.powerbi]], gap: 120, mfa: true, ua: UA.teamsWin() });
}

function svcDay(W, u, d) {
  const rng = W.rng;
  const dow = W.dow(d);
  const svcDev = { deviceId: '', displayName: '', operatingSystem: 'Windows Server 2019', browser: '', isCompliant: false, isManaged: false, trustType: '' };
  const ropc = (t, app, res, ua, ip = DC) => W.push({ user: u, t, ip, device: svcDev, app, res, interactive: true, trusted: trustOf(ip) || (ip === DC ? 'corp' : 'branch'), clientApp: 'Mobile Apps and Desktop clients', protocol: 'ropc', ua,
    steps: [{ method: 'Password', detail: 'Password Hash Sync', result: 'Correct password', req: 'Primary authentication' }], code: 0 });
  switch (u.svcRole) {
    case 't24': for (let h = 5; h < 23; h += 0.5) ropc(W.at(d, h + rng.float(0, 0.05)), ['b5a60e17-3c2d-4f8e-9a71-6d0c2e4f8b93', 'Mavuno T24 Connector'], RES.dynamics, 'Apache-HttpClient/4.5.14 (Java/17.0.9)'); break;
    case 'dyn': for (let h = 0; h < 24; h++) ropc(W.at(d, h + rng.float(0.1, 0.15)), ['c8d41f6a-7b2e-4c93-8e05-1a9f3d6b7c20', 'Mavuno Dynamics Integration'], RES.dynamics, 'Microsoft.Xrm.Tooling.Connector/9.1.1.32'); break;
    case 'backup': ropc(W.at(d, 2 + rng.float(0, 0.2)), APPS.graphCli, RES.graph, 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.17763; en-US) PowerShell/5.1.17763.6414'); break;
    case 'pbi': {
      const t0 = W.at(d, 1), t1 = W.at(d, 3.2);
      W.refresh(u, t0, t1, { ip: DC, device: svcDev, clients: [[APPS.powerbi, RES.powerbi], [APPS.powerbi, RES.sharepoint]], gap: 12, trusted: 'corp', mfa: false, ua: 'Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)' });
      if (dow >= 1 && dow <= 5) W.refresh(u, W.at(d, 12), W.at(d, 12.6), { ip: DC, device: svcDev, clients: [[APPS.powerbi, RES.powerbi]], gap: 10, trusted: 'corp', mfa: false, ua: 'Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)' });
      if (d % 7 === 0) ropc(W.at(d, 0.9), APPS.powerbi, RES.powerbi, 'Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)');
      break;
    }
    case 'scan': if (dow !== 0) for (const br of W.t.branches) {
      for (let i = 0; i < rng.int(0, dow === 6 ? 1 : 3); i++) {
        const t = W.at(d, rng.float(8, dow === 6 ? 13 : 17));
        W.push({ user: u, t, ip: br.ip, device: { deviceId: '', displayName: '', operatingSystem: '', browser: '' }, app: APPS.exchange, res: RES.exchange, interactive: true, trusted: 'branch', clientApp: 'Authenticated SMTP', protocol: 'ropc', ua: 'BAV2ROPC',
          steps: [{ method: 'Password', detail: 'Password Hash Sync', result: 'Correct password', req: 'Primary authentication' }] });
      }
    } break;
    case 'collections': for (const h of [7, 12.5, 18]) for (let i = 0; i < rng.int(2, 5); i++) {
      W.push({ user: u, t: W.at(d, h + i * 0.02 + rng.float(0, 0.01)), ip: DC, device: { deviceId: '', displayName: '', operatingSystem: '', browser: '' }, app: APPS.exchange, res: RES.exchange, interactive: true, trusted: 'corp', clientApp: 'Authenticated SMTP', protocol: 'ropc', ua: 'BAV2ROPC',
        steps: [{ method: 'Password', detail: 'Password Hash Sync', result: 'Correct password', req: 'Primary authentication' }] });
    } break;
    case 'room': W.refresh(u, W.at(d, 0), W.at(d, 24), { ip: HQ[0], device: u.room, clients: [[APPS.teams, RES.teamsSvc], [APPS.teams, RES.skype], [APPS.office, RES.exchange]], gap: 75, trusted: 'corp', mfa: false, incoming: 'primaryRefreshToken', ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0 Teams/24335.208.3315.1951 MicrosoftTeamsRoom' }); break;
  }
}

// ------------------------------------------------------------------------------------------------
// Lifecycle: joiners, leavers, a return from leave, new phones, SIM replacements; helpdesk work.
export function planLifecycle(W, ctx) {
  const { rng } = W;
  const users = W.t.users;
  const pick = (kind, n, pred = () => true) => rng.sample(users.filter((u) => u.kind === kind && pred(u) && !ctx.reserved.has(u)), n);
  // leavers (disabled mid-period by the offboarding run)
  const leavers = [...pick('officer', 4), ...pick('teller', 3), ...pick('hq', 2), ...pick('agent', 1), ...pick('dev', 1), ...pick('contractor', 1)];
  leavers.forEach((u, i) => { u.leaveDay = 2 + ((i * 3) % 10); u.leaveHour = rng.float(15.5, 17.5); ctx.reserved.add(u); });
  ctx.leavers = leavers;
  // joiners: created by directory sync, TAP from the service desk, first sign-in, MFA registration
  const joinKinds = ['officer', 'officer', 'officer', 'officer', 'officer', 'officer', 'teller', 'teller', 'teller', 'teller', 'hq', 'hq', 'hq', 'agent', 'agent', 'agent', 'cso', 'dev'];
  ctx.joiners = [];
  for (let i = 0; i < joinKinds.length; i++) {
    const tmpl = rng.pick(users.filter((u) => u.kind === joinKinds[i] && !u.joinDay));
    const first = rng.pick(['Wanjiku', 'Kipchumba', 'Auma', 'Mutheu', 'Jelagat', 'Abdirahman', 'Nekesa', 'Kiplagat', 'Muthoni', 'Omari', 'Fatuma', 'Karimi']);
    const last = rng.pick(['Gachanja', 'Kosgei', 'Adhiambo', 'Mwikali', 'Ruto', 'Hussein', 'Wanyonyi', 'Kemboi', 'Nduta', 'Salim', 'Mwangangi', 'Oloo']);
    const upn = `${first}.${last}`.toLowerCase() + (i + 2) + `@${DOMAIN}`;
    const u = { ...tmpl, id: rng.guid(), first, last, name: `${first} ${last}`, upn, joinDay: 1 + (i % 9), phoneTail: String(rng.int(10, 99)), leaveDay: undefined };
    u.devices = {};
    for (const [k, v] of Object.entries(tmpl.devices || {})) u.devices[k] = v && (k === 'phone' || k === 'laptop') ? { ...v, deviceId: rng.guid() } : v;
    if (u.kind === 'hq' || u.kind === 'dev') u.home = homeIp(rng, 'nairobi');
    u.joiner = true;
    users.push(u);
    ctx.joiners.push(u);
    ctx.reserved.add(u);
  }
  // one member of staff returns from maternity leave: disabled before the period, re-enabled by the service desk on day 7
  ctx.returner = pick('hq', 1)[0];
  ctx.returner.joinDay = 7; ctx.reserved.add(ctx.returner);
  // officers who replaced their phones (new device) and some whose lost SIM was replaced
  ctx.newPhones = pick('officer', 22).map((u) => ({ u, d: rng.int(1, 12) }));
  for (const np of ctx.newPhones) ctx.reserved.add(np.u);
  ctx.sspr = ctx.sspr || [];
}

/** Apply phone swaps: from day d the officer uses a new handset (new device id, fresh MFA + registration). */
export function applyPhoneSwaps(W, ctx) {
  const rng = W.rng;
  for (const np of ctx.newPhones) {
    const { u, d } = np;
    const old = u.devices.phone;
    const m = rng.pick(ANDROID_MODELS);
    np.old = old;
    np.neu = { deviceId: rng.guid(), displayName: m[1], operatingSystem: 'Android', osVer: m[2], model: m[0], browser: 'Rich Client 4.2.0', isCompliant: true, isManaged: true, trustType: 'Azure AD registered' };
    np.lostSim = rng.chance(0.4);
    np.t = W.at(d, rng.float(8.5, 15.5));
    u.swap = { d, neu: np.neu };
  }
}

export function runLifecycleSignins(W, ctx) {
  const rng = W.rng;
  // joiners' first day: TAP at the service desk / branch, then Authenticator registration from the phone
  for (const u of ctx.joiners) {
    const d = u.joinDay;
    const ip = u.branch ? u.branch.ip : u.kind === 'agent' ? MOMBASA_CC[0] : HQ[0];
    const trusted = u.branch ? 'branch' : u.kind === 'agent' ? 'cc' : 'corp';
    const t = W.at(d, rng.float(9.2, 11.5));
    u.tapTime = t - rng.int(10, 40) * MIN;
    const dev = u.devices.phone || u.devices.laptop || (u.branch ? u.branch.pcs[0] : u.ccPcs ? u.ccPcs[0] : null);
    W.push({ user: u, t, ip, device: dev, app: APPS.mySignins, res: RES.graph, interactive: true, trusted, ua: W.ua(dev), mfaSatisfied: true,
      steps: [{ method: 'Temporary Access Pass', result: 'Temporary Access Pass', req: 'Primary authentication' }] });
    W.push({ user: u, t: t + 2 * MIN, ip, device: dev, app: APPS.mySignins, res: RES.graph, interactive: true, trusted, ua: W.ua(dev), mfaSatisfied: true, code: 50072, steps: [] });
    u.regTime = t + rng.int(3, 8) * MIN;
  }
  // leavers: after the account is disabled the phone keeps trying for a while (50057)
  for (const u of ctx.leavers) {
    const ph = u.devices && u.devices.phone;
    if (!ph) continue;
    const tDis = W.at(u.leaveDay, u.leaveHour + 0.3);
    for (let i = 0; i < rng.int(3, 12); i++) {
      const t = tDis + rng.float(0.5, 60) * HOUR;
      const [app, res] = rng.pick(u.kind === 'officer' ? CLIENTS.fieldPhone : CLIENTS.android);
      W.push({ user: u, t, ip: W.carrierIp(u, t), device: ph, app, res, interactive: false, code: 50057, ua: W.ua(ph, 'app'), browser: ph.browser });
    }
  }
  // new phones: fresh MFA on the new handset (the device id changes), SIM replacements via the helpdesk
  for (const np of ctx.newPhones) {
    const { u } = np;
    const ph = np.neu;
    W.login(u, np.t + 20 * MIN, { ip: W.carrierIp(u, np.t), device: ph, app: APPS.authenticator, res: RES.graph, mfa: 'fresh', method: np.lostSim ? 'Text message' : 'Mobile app notification', clientApp: 'Mobile Apps and Desktop clients', ua: W.ua(ph, 'app'), browser: ph.browser, p50074: 0.6, pKmsi: 0 });
    W.login(u, np.t + 26 * MIN, { ip: W.carrierIp(u, np.t), device: ph, app: APPS.loansField, res: RES.loansApi, mfa: 'claim', clientApp: 'Mobile Apps and Desktop clients', ua: W.ua(ph, 'app'), browser: ph.browser });
  }
}

// ------------------------------------------------------------------------------------------------
// Benign directory audit.
export function runBenignAudit(W, ctx) {
  const rng = W.rng;
  const users = W.t.users;
  const helpdesk = users.filter((u) => u.kind === 'helpdesk' && !ctx.reserved.has(u));
  const admins = users.filter((u) => u.kind === 'itadmin' && !ctx.reserved.has(u));
  const hdIp = () => (rng.chance(0.85) ? HQ[0] : HQ[1]);
  const syncBy = { user: SYNC, ip: '' };
  const gbl = { app: { appId: null, displayName: 'Microsoft Azure AD Group-Based Licensing', servicePrincipalId: '4c8b2e71-0f3a-4d95-b6e2-9a1c7d3f5e80' } };
  const intune = { app: { appId: '0000000a-0000-0000-c000-000000000000', displayName: 'Microsoft Intune', servicePrincipalId: '6e1d3b9a-2c74-4f05-8a6b-d9e0c3f71a52' } };
  const drs = { app: { appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', displayName: 'Device Registration Service', servicePrincipalId: '9f2a6c1e-4d83-4b7a-a0e5-3c8d1f6b2e97' } };
  const workH = (d, a = 8, b = 17) => W.at(d, rng.float(a, b));
  const groups = { fieldApp: ['8d2c7f1a-3b6e-4a90-9c54-e1f7a2b3d6c8', 'SG-App-FieldLoans-Users'], lic: ['1a7e3c5d-9b2f-4e68-8d01-c4b6a9e2f7d3', 'SG-Lic-M365-F3'], licE3: ['5b9d1f3a-7c2e-4a86-b0d4-e8c1f6a3b5d7', 'SG-Lic-M365-E3'], auditors: ['7c3e9a1b-5d2f-4b80-a6c4-d1e8f3b7a2c5', 'SG-Ext-Auditors-FY25'], itgc: ['e2b8d4f6-1a3c-4e57-9b60-f7a5c3d1e9b2', 'SG-Ext-Auditors-ITGC'], admins: ['3f7b1d9e-5c2a-4e84-8b06-a9d3c1e5f7b4', 'SG-CA-Exclude-Breakglass'] };

  // Directory sync: attribute updates every 30 minutes on working days
  const syncable = users.filter((u) => u.kind !== 'guest' && u.kind !== 'svc');
  for (let d = 0; d < DAYS; d++) {
    const dow = W.dow(d);
    const n = dow === 0 || dow === 6 ? rng.int(10, 30) : rng.int(140, 200);
    for (let i = 0; i < n; i++) {
      const u = rng.pick(syncable);
      const prop = rng.pick([['TelephoneNumber', null, `+254 20 ${rng.int(2000000, 2999999)}`], ['Department', u.dept, u.dept], ['JobTitle', u.title, u.title], ['Manager', null, null], ['physicalDeliveryOfficeName', null, u.site], ['ExtensionAttribute10', null, `CC-${rng.int(100, 999)}`]]);
      W.audit({ t: W.at(d, Math.floor(rng.float(0, 24) * 2) / 2 + rng.float(0, 0.02)), activity: 'Update user', category: 'UserManagement', by: syncBy,
        targets: [userTarget(u, [[prop[0], prop[1] === null ? [] : [prop[1]], prop[2] === null ? [] : [prop[2]]], ['Included Updated Properties', null, prop[0]]])], details: [['UserType', 'Member']] });
    }
    // Intune device compliance updates
    for (let i = 0; i < (dow === 0 || dow === 6 ? rng.int(10, 25) : rng.int(50, 80)); i++) {
      const u = rng.pick(users.filter((x) => x.devices && (x.devices.laptop || x.devices.phone)));
      const dev = u.devices.laptop || u.devices.phone;
      if (!dev || !dev.deviceId) continue;
      W.audit({ t: W.at(d, rng.float(0, 24)), activity: 'Update device', category: 'Device', by: intune, targets: [{ id: rng.guid(), type: 'Device', displayName: dev.displayName, props: [['IsCompliant', [!dev.isCompliant], [!!dev.isCompliant]], ['Included Updated Properties', null, 'IsCompliant']] }], details: [['DeviceId', dev.deviceId], ['DeviceOSType', dev.operatingSystem]] });
    }
    // self-service password resets (with the progress records)
    const nS = dow === 0 ? rng.int(0, 2) : rng.int(3, 8);
    for (let i = 0; i < nS; i++) ctx.sspr.push({ u: rng.pick(users.filter((x) => ['teller', 'officer', 'hq', 'agent', 'cso', 'manager'].includes(x.kind) && !x.joinDay && x.leaveDay === undefined)), t: workH(d, 7, 20) });
    // helpdesk password resets, MFA method resets, security info changes
    if (dow !== 0) {
      for (let i = 0; i < (dow === 6 ? rng.int(0, 3) : rng.int(4, 10)); i++) {
        const hd = rng.pick(helpdesk), u = rng.pick(users.filter((x) => !['guest', 'svc', 'exec'].includes(x.kind) && x.leaveDay === undefined));
        W.audit({ t: workH(d, 7.5, 17), activity: 'Reset user password', category: 'UserManagement', by: { user: hd, ip: hdIp() }, targets: [userTarget(u)], details: [['TargetId.UserType', 'Member']] });
      }
      for (let i = 0; i < rng.int(1, 5); i++) {
        const u = rng.pick(users.filter((x) => ['officer', 'hq', 'teller', 'manager', 'cso'].includes(x.kind)));
        W.audit({ t: workH(d, 6.5, 21), activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', reason: rng.pick(['User registered Authenticator App with Notification and Code', 'User registered Mobile Phone SMS', 'User registered Authenticator App with Notification and Code']), by: { user: u, ip: u.branch ? W.carrierIp(u, W.at(d, 12)) : HQ[0] }, targets: [userTarget(u)] });
      }
      if (rng.chance(0.6)) {
        const hd = rng.pick(helpdesk), u = rng.pick(users.filter((x) => ['officer', 'teller', 'manager', 'hq'].includes(x.kind)));
        W.audit({ t: workH(d, 8, 16.5), activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Delete', reason: 'Admin deleted Mobile Phone SMS method for user', by: { user: hd, ip: hdIp() }, targets: [userTarget(u)] });
      }
    }
    // PIM activations by IT admins during working hours
    for (let i = 0; i < (dow === 0 || dow === 6 ? rng.int(0, 1) : rng.int(1, 4)); i++) {
      const a = rng.pick(admins);
      const role = rng.pick(['User Administrator', 'Exchange Administrator', 'Security Reader', 'Intune Administrator', 'Authentication Administrator', 'Global Reader']);
      const t = workH(d, 8, 17.5);
      W.audit({ t, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', operationType: 'Assign', reason: 'RoleAssignmentActivated', by: { user: a, ip: HQ[0] }, targets: [{ id: rng.guid(), type: 'Role', displayName: role }, userTarget(a)], details: [['Justification', rng.pick(['INC change window', 'Service desk escalation', 'Weekly access review', 'Mailbox permission request'])], ['StartTime', new Date(t).toISOString()]] });
      W.audit({ t: t + 4 * HOUR, activity: 'Remove member from role completed (PIM activation expired)', category: 'RoleManagement', service: 'PIM', operationType: 'Unassign', reason: 'RoleAssignmentExpired', by: { app: { displayName: 'MS-PIM', servicePrincipalId: 'b2f8a61d-0c3e-4d57-9a24-e6c1f7b3d085' } }, targets: [{ id: rng.guid(), type: 'Role', displayName: role }, userTarget(a)] });
    }
  }
  // SSPR flows
  for (const s of ctx.sspr) {
    const ip = s.ip || (s.u.branch ? s.u.branch.ip : s.u.site === 'MSA' ? MOMBASA_CC[0] : HQ[0]);
    const corr = rng.guid();
    W.audit({ t: s.t - 2 * MIN, activity: 'Self-service password reset flow activity progress', category: 'UserManagement', service: 'Self-service Password Management', reason: 'User started the password reset flow', by: { user: s.u, ip }, targets: [userTarget(s.u)], correlationId: corr });
    W.audit({ t: s.t - 1 * MIN, activity: 'Self-service password reset flow activity progress', category: 'UserManagement', service: 'Self-service Password Management', reason: 'User verified with Mobile Phone SMS', by: { user: s.u, ip }, targets: [userTarget(s.u)], correlationId: corr });
    W.audit({ t: s.t, activity: s.unlock ? 'Unlock user account (self-service)' : 'Reset password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', reason: s.unlock ? 'User successfully unlocked their account' : 'User successfully reset password', by: { user: s.u, ip }, targets: [userTarget(s.u)], correlationId: corr });
  }
  // joiners
  for (const u of ctx.joiners) {
    const d = u.joinDay;
    const tCreate = W.at(d - 1, rng.float(16, 18.5));
    W.audit({ t: tCreate, activity: 'Add user', category: 'UserManagement', operationType: 'Add', by: syncBy, targets: [userTarget(u, [['AccountEnabled', [], [true]], ['DisplayName', [], [u.name]], ['UserPrincipalName', [], [u.upn]], ['Department', [], [u.dept]]])] });
    W.audit({ t: tCreate + 3 * MIN, activity: 'Add member to group', category: 'GroupManagement', operationType: 'Assign', by: syncBy, targets: [{ id: groups.lic[0], type: 'Group', displayName: groups.lic[1], props: [['Group.DisplayName', null, groups.lic[1]]] }, userTarget(u)] });
    W.audit({ t: tCreate + 9 * MIN, activity: 'Change user license', category: 'UserManagement', by: gbl, targets: [userTarget(u)] });
    if (u.kind === 'officer') W.audit({ t: tCreate + 4 * MIN, activity: 'Add member to group', category: 'GroupManagement', operationType: 'Assign', by: syncBy, targets: [{ id: groups.fieldApp[0], type: 'Group', displayName: groups.fieldApp[1] }, userTarget(u)] });
    const hd = rng.pick(helpdesk);
    W.audit({ t: u.tapTime, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', reason: 'Admin registered temporary access pass method for user', by: { user: hd, ip: hdIp() }, targets: [userTarget(u)] });
    W.audit({ t: u.regTime, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', reason: 'User registered Authenticator App with Notification and Code', by: { user: u, ip: u.branch ? u.branch.ip : HQ[0] }, targets: [userTarget(u)] });
    if (u.devices.phone) deviceRegistration(W, u, u.devices.phone, u.regTime + 5 * MIN, drs);
  }
  // leavers: HR termination synced from AD, sessions revoked by the service desk
  for (const u of ctx.leavers) {
    const t = W.at(u.leaveDay, u.leaveHour + 0.25);
    W.audit({ t, activity: 'Disable account', category: 'UserManagement', by: syncBy, targets: [userTarget(u, [['AccountEnabled', [true], [false]], ['Included Updated Properties', null, 'AccountEnabled']])] });
    W.audit({ t: t + 2 * MIN, activity: 'Update user', category: 'UserManagement', by: syncBy, targets: [userTarget(u, [['AccountEnabled', [true], [false]], ['Included Updated Properties', null, 'AccountEnabled']])] });
    const hd = rng.pick(helpdesk);
    W.audit({ t: t + rng.int(10, 50) * MIN, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', by: { user: hd, ip: hdIp() }, targets: [userTarget(u, [['StsRefreshTokensValidFrom', [], [new Date(t).toISOString()]]])] });
    W.audit({ t: t + rng.int(60, 300) * MIN, activity: 'Remove member from group', category: 'GroupManagement', operationType: 'Unassign', by: syncBy, targets: [{ id: groups.lic[0], type: 'Group', displayName: groups.lic[1] }, userTarget(u)] });
  }
  // return from leave: re-enabled by the service desk in working hours (ticketed)
  {
    const u = ctx.returner, hd = helpdesk[0];
    const t = W.at(7, 7.3);
    W.audit({ t, activity: 'Enable account', category: 'UserManagement', by: { user: hd, ip: HQ[0] }, targets: [userTarget(u, [['AccountEnabled', [false], [true]], ['Included Updated Properties', null, 'AccountEnabled']])] });
    W.audit({ t: t + MIN, activity: 'Update user', category: 'UserManagement', by: { user: hd, ip: HQ[0] }, targets: [userTarget(u, [['AccountEnabled', [false], [true]], ['Included Updated Properties', null, 'AccountEnabled']])] });
    W.audit({ t: t + 4 * MIN, activity: 'Reset user password', category: 'UserManagement', by: { user: hd, ip: HQ[0] }, targets: [userTarget(u)] });
    ctx.returnerTime = t;
  }
  // new phones: registration, device objects, SIM replacements through the service desk
  for (const np of ctx.newPhones) {
    const { u } = np;
    if (np.lostSim) {
      const hd = rng.pick(helpdesk);
      W.audit({ t: np.t - 15 * MIN, activity: 'Admin updated security info', category: 'UserManagement', service: 'Authentication Methods', reason: 'Admin updated Mobile Phone SMS method for user', by: { user: hd, ip: hdIp() }, targets: [userTarget(u)] });
      W.audit({ t: np.t - 12 * MIN, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Delete', reason: 'Admin deleted Authenticator App with Notification and Code method for user', by: { user: hd, ip: hdIp() }, targets: [userTarget(u)] });
    }
    const ip = W.carrierIp(u, np.t);
    W.audit({ t: np.t + 22 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', reason: 'User registered Authenticator App with Notification and Code', by: { user: u, ip }, targets: [userTarget(u)] });
    deviceRegistration(W, u, np.neu, np.t + 24 * MIN, drs);
  }
  // guests: ITGC team invited on day 2 by internal audit's admin; access review removes the FY25 team after fieldwork
  const guests = users.filter((u) => u.kind === 'guest');
  const inviter = admins[0];
  for (const g of guests.filter((g) => g.engagement === 'itgc')) {
    const t = W.at(2, rng.float(10, 11));
    W.audit({ t, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', operationType: 'Add', by: { user: inviter, ip: HQ[0] }, targets: [userTarget(g)], details: [['invitedUserEmailAddress', g.upn]] });
    W.audit({ t: t + rng.int(20, 200) * MIN, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', by: { user: g, ip: JNB_OFFICE }, targets: [userTarget(g)] });
    W.audit({ t: t + 5 * MIN, activity: 'Add member to group', category: 'GroupManagement', operationType: 'Assign', by: { user: inviter, ip: HQ[0] }, targets: [{ id: groups.itgc[0], type: 'Group', displayName: groups.itgc[1] }, userTarget(g)] });
  }
  // benign app work: monthly secret rotation by the key-rotation automation at night, an admin-consented PDF app
  const rot = { app: { appId: '3d5f7b9c-1e2a-4c68-8b0d-f2a4c6e8b1d3', displayName: 'mvn-func-keyrotation', servicePrincipalId: 'a4c6e8f0-2b3d-4f57-9a1c-3e5b7d9f1a2c' } };
  for (const [appName, appId] of [['Mavuno CBS API Client', 'e7b9d1f3-5a2c-4e86-9d0b-1f3a5c7e9b2d'], ['Mavuno Field Loans', APPS.loansField[0]]]) {
    const t = W.at(4, 3.1 + rng.float(0, 0.1));
    const key = rng.guid();
    W.audit({ t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by: rot, targets: [{ id: rng.guid(), type: 'Application', displayName: appName, props: [['KeyDescription', 'raw:[]', `raw:${JSON.stringify([`[KeyIdentifier=${key},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-2026-02]`])}`], ['Included Updated Properties', null, 'KeyDescription']] }], details: [['AppId', appId], ['User-Agent', 'azsdk-net-Identity/1.13.1']] });
  }
  {
    const a = admins[1], t = W.at(3, 11.2);
    const spId = rng.guid();
    W.audit({ t, activity: 'Add service principal', category: 'ApplicationManagement', operationType: 'Add', by: { user: a, ip: HQ[0] }, targets: [{ id: spId, type: 'ServicePrincipal', displayName: 'Adobe Acrobat', props: [['AppAddress', null, 'raw:"[{\\"AddressType\\":0,\\"Address\\":\\"https://acrobat.adobe.com\\"}]"'], ['AppId', null, '"e4e2a7f7-4c5d-4c6c-8b43-b2b2ef6b2b16"']] }] });
    W.audit({ t: t + 5000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', operationType: 'Assign', by: { user: a, ip: HQ[0] }, targets: [{ id: rng.guid(), type: 'ServicePrincipal', displayName: 'Microsoft Graph', props: [['DelegatedPermissionGrant.Scope', '', ' openid profile email offline_access User.Read Files.ReadWrite.All'], ['DelegatedPermissionGrant.ConsentType', '', 'AllPrincipals']] }] });
    W.audit({ t: t + 6000, activity: 'Consent to application', category: 'ApplicationManagement', operationType: 'Assign', by: { user: a, ip: HQ[0] }, targets: [{ id: spId, type: 'ServicePrincipal', displayName: 'Adobe Acrobat', props: [['ConsentContext.IsAdminConsent', null, '"True"'], ['ConsentContext.IsAppOnly', null, '"False"'], ['ConsentContext.OnBehalfOfAll', null, '"True"'], ['ConsentContext.Tags', null, '"WindowsAzureActiveDirectoryIntegratedApp"'], ['ConsentAction.Permissions', null, '"[] => [[Id: x, ClientId: ' + spId + ', PrincipalId: , ResourceId: 1f1b0c8e, ConsentType: AllPrincipals, Scope:  openid profile email offline_access User.Read Files.ReadWrite.All, CreatedDateTime: , LastModifiedDateTime ]]; "'], ['TargetId.ServicePrincipalNames', null, '"e4e2a7f7-4c5d-4c6c-8b43-b2b2ef6b2b16"']] }], details: [['User-Agent', UA.edgeWin()]] });
  }
  // a conditional access change during the change window (adds the new Kampala link to the branches location)
  {
    const a = admins[0];
    W.audit({ t: W.at(9, 19.5), activity: 'Update named location', category: 'Policy', service: 'Conditional Access', by: { user: a, ip: DC_VPN }, targets: [{ id: rng.guid(), type: 'Policy', displayName: 'Mavuno branches' }] });
    W.audit({ t: W.at(9, 19.7), activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', by: { user: a, ip: DC_VPN }, targets: [{ id: '07dafac8-c19e-4fd0-9c87-be4d9b6adf7a', type: 'Policy', displayName: 'CA007 - Mobile: require approved client app and 7-day sign-in frequency' }] });
  }
}

export function deviceRegistration(W, u, dev, t, drs) {
  const rng = W.rng;
  const objId = rng.guid();
  W.audit({ t, activity: 'Register device', category: 'Device', service: 'Device Registration Service', operationType: 'Add', by: drs, targets: [{ id: objId, type: 'Device', displayName: dev.displayName }], details: [['Device Id', dev.deviceId], ['Device OS', dev.operatingSystem], ['Device Trust Type', 'Workplace'], ['Device Profile', 'RegisteredDevice']] });
  W.audit({ t: t + 1000, activity: 'Add device', category: 'Device', operationType: 'Add', by: drs, targets: [{ id: objId, type: 'Device', displayName: dev.displayName, props: [['DeviceId', [], [dev.deviceId]], ['DeviceOSType', [], [dev.operatingSystem]], ['DeviceTrustType', [], ['Workplace']]] }] });
  W.audit({ t: t + 1500, activity: 'Add registered owner to device', category: 'Device', operationType: 'Assign', by: drs, targets: [{ id: objId, type: 'Device', displayName: dev.displayName }, userTarget(u)] });
  W.audit({ t: t + 1800, activity: 'Add registered users to device', category: 'Device', operationType: 'Assign', by: drs, targets: [{ id: objId, type: 'Device', displayName: dev.displayName }, userTarget(u)] });
}
