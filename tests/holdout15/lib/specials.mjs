// The honest oddities: services, rooms, the outsourced help desk, administrators and PIM, developers, guests,
// business trips, password changes, lockouts, new phones, joiners and leavers, consents, iCloud Private Relay,
// an on-call night, Voiron's failover (in benign.mjs), and the directory's background audit trail.
import { APPS, RESOURCES, NETS, UA, TENANT, MSA_TENANT, loc } from './world.mjs';
import { HOUR, MIN, SEC, DAY, DAYS, T0, dayStart, weekday, isWeekend, isHoliday, at } from './engine.mjs';
import { PARTNERS } from './people.mjs';
import { HQ_IP, HQ_VPN, HQ_SRV, STE_IP, BIELSKO_IP, NOVA_IP, laptopBrowser, laptopRich, phoneRich, phoneUa, phoneBrowser, uaFor, homeAddr, mobileAddr, siteAddr, vpnAddr, addrOf, MOBILE_PLACE } from './devices.mjs';
import { inFailover } from './benign.mjs';
import { pimActivation, registerMethod, helpdeskReset, consent, secretRotation, syncAudits, actorUser, actorApp, userTarget, ROLES } from './audits.mjs';

const A = APPS, R = RESOURCES;
const SP_APP = { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online', owner: APPS.office.owner };
const MFA_CLAIM = { result: 'MFA requirement satisfied by claim in the token', method: 'Previously satisfied' };
const WHFB = { result: 'MFA requirement satisfied by claim in the token', method: 'Windows Hello for Business' };
const hqA = (t) => (inFailover(t) ? { ip: '62.161.115.90', asn: 5410, place: 'lyon' } : { ip: HQ_IP, asn: 3215, place: 'paris' });
const srvA = (t) => (inFailover(t) ? { ip: '62.161.115.91', asn: 5410, place: 'lyon' } : { ip: HQ_SRV, asn: 3215, place: 'paris' });
const working = (d, site = 'voiron') => !isWeekend(d) && !isHoliday(d, site);
export const MES_APP = { id: '6a1d9e4b-2f7c-4b83-9e05-c3a8d1f27b64', name: 'VRM-MES-Connector', owner: TENANT.id };
export const DEPLOY_APP = { id: '0d2b7f58-9e3a-4c61-b4d2-8f5e1a6c3d97', name: 'VRM-Deploy-GitHub', owner: TENANT.id };

/** A laptop and phone working block at given addresses, used for trips. */
function laptopBlock(B, u, t0, t1, addrFn, { logon = true, nNi = [2, 5], nBr = [0, 1] } = {}) {
  const r = B.r, rich = laptopRich(u), br = laptopBrowser(u), ua = uaFor(u.browser, u.bver);
  const lt = { sessionId: u.sessLaptop, itt: u.laptopOs === 'win' ? 'primaryRefreshToken' : 'none' };
  if (logon && u.laptopOs === 'win') B.int(u, t0, A.winSignIn, R.aadGraph, addrFn(t0), rich, { ua: UA.wam(), mfa: WHFB, sessionId: u.sessLaptop, clientApp: 'Mobile Apps and Desktop clients' });
  const n = r.int(...nNi);
  for (let i = 0; i < n; i++) { const t = t0 + r.next() * (t1 - t0); B.ni(u, t, r.pick([A.office, A.teams, A.oneDriveSync]), r.pick([R.exchange, R.teamsSvc, R.sharepoint]), addrFn(t), rich, lt); }
  const m = r.int(...nBr);
  for (let i = 0; i < m; i++) { const t = t0 + r.next() * (t1 - t0); B.int(u, t, A.officeHome, R.officeHome, addrFn(t), br, { ua, mfa: MFA_CLAIM, sessionId: u.sessLaptop, itt: br.prt ? 'primaryRefreshToken' : 'none', clientApp: 'Browser' }); }
}
function phoneBlock(B, u, t0, t1, addrFn, n = [1, 3]) {
  const r = B.r, dev = phoneRich(u);
  const k = r.int(...n);
  for (let i = 0; i < k; i++) { const t = t0 + r.next() * (t1 - t0); B.ni(u, t, r.pick([A.outlookMobile, A.teams, A.outlookMobile]), r.pick([R.exchange, R.teamsSvc]), addrFn(t), dev, { sessionId: u.sessPhone }); }
}
/** Roaming in the EU or abroad on a French SIM: data is home-routed, the address is the French carrier's. */
const roam = (B, u) => () => mobileAddr(u, B.r);
const fixed = (key, who) => () => addrOf(key, null, who);
const pool = (B, key) => () => addrOf(key, B.r);

// ------------------------------------------------------------------------------------------ business trips
export function planTrips(B) {
  const { dir } = B, r = B.r.fork('trips');
  const pickU = (f) => { const u = dir.members.find((x) => f(x) && !B.reserved.has(x)); B.reserved.add(u); return u; };
  const trips = [];
  // T1 Abu Dhabi: export sales director, Sun 15 – Thu 19 Nov (UAE is UTC+4)
  const t1 = pickU((u) => u.dept === 'Export' && u.site === 'voiron' && u.laptopOs === 'win');
  trips.push({ key: 'abudhabi', user: t1, days: [6, 7, 8, 9, 10], run() {
    const u = t1;
    phoneBlock(B, u, at(6, 7), at(6, 9.5), () => homeAddr(u, B.r), [1, 2]);
    phoneBlock(B, u, at(6, 9.6), at(6, 10.4), () => mobileAddr(u, B.r), [1, 2]); // at CDG before boarding
    const hotel = fixed('etisalat_ae', 'hotel-fairmont-ad'), site = pool(B, 'du_ae');
    laptopBlock(B, u, Date.UTC(2026, 10, 15, 16, 40), Date.UTC(2026, 10, 15, 19, 30), hotel, { nNi: [2, 4] });
    phoneBlock(B, u, Date.UTC(2026, 10, 15, 15, 50), Date.UTC(2026, 10, 15, 20, 0), roam(B, u), [2, 4]);
    for (const d of [7, 8, 9]) {
      laptopBlock(B, u, dayStart(d) + 3.2 * HOUR, dayStart(d) + 4.6 * HOUR, hotel, { nNi: [1, 3] });
      laptopBlock(B, u, dayStart(d) + 5.3 * HOUR, dayStart(d) + 12.5 * HOUR, site, { logon: r.chance(0.6), nNi: [2, 4], nBr: [0, 2] });
      const vpnEve = r.chance(0.5);
      laptopBlock(B, u, dayStart(d) + 14.5 * HOUR, dayStart(d) + 18.5 * HOUR, vpnEve ? () => vpnAddr() : hotel, { logon: false, nNi: [2, 4], nBr: [0, 1] });
      phoneBlock(B, u, dayStart(d) + 3 * HOUR, dayStart(d) + 19.5 * HOUR, roam(B, u), [3, 6]);
    }
    laptopBlock(B, u, dayStart(10) + 4 * HOUR, dayStart(10) + 8.5 * HOUR, site, { nNi: [1, 3] });
    phoneBlock(B, u, dayStart(10) + 3 * HOUR, dayStart(10) + 10.2 * HOUR, roam(B, u), [2, 3]);
    phoneBlock(B, u, dayStart(10) + 18.6 * HOUR, dayStart(10) + 21 * HOUR, () => mobileAddr(u, B.r), [1, 2]);
  } });
  // T2 Houston: after-sales engineer, Mon 16 – Sat 21 Nov; Air France with Starlink on board (CST = UTC-6)
  const t2 = pickU((u) => u.role === 'field' && u.laptopOs === 'win');
  trips.push({ key: 'houston', user: t2, days: [7, 8, 9, 10, 11, 12], run() {
    const u = t2;
    phoneBlock(B, u, at(7, 6.5), at(7, 10), () => mobileAddr(u, B.r), [1, 2]);
    // the aircraft keeps one address per ground station: one over Europe, one over the Atlantic
    const sky1 = () => ({ ...addrOf('starlink', null, 'af334-leg1'), place: 'london' }), sky2 = () => ({ ...addrOf('starlink', null, 'af334-leg2'), place: 'newyork' });
    laptopBlock(B, u, Date.UTC(2026, 10, 16, 11, 5), Date.UTC(2026, 10, 16, 14, 40), sky1, { nNi: [3, 5], nBr: [1, 1] });
    laptopBlock(B, u, Date.UTC(2026, 10, 16, 15, 10), Date.UTC(2026, 10, 16, 19, 0), sky2, { logon: false, nNi: [2, 4] });
    phoneBlock(B, u, Date.UTC(2026, 10, 16, 12, 0), Date.UTC(2026, 10, 16, 18, 0), sky1, [1, 2]);
    const tmus = () => addrOf('tmobile_us', B.r), hotel = fixed('comcast_us', 'hotel-marriott-westchase'), cust = pool(B, 'att_us');
    u.phoneUs = true;
    phoneBlock(B, u, Date.UTC(2026, 10, 16, 20, 50), Date.UTC(2026, 10, 17, 4, 0), () => ({ ...tmus(), place: 'dallas' }), [2, 3]);
    laptopBlock(B, u, Date.UTC(2026, 10, 16, 22, 30), Date.UTC(2026, 10, 17, 4, 30), hotel, { nNi: [2, 4] });
    for (const d of [8, 9, 10, 11]) {
      laptopBlock(B, u, dayStart(d) + 12.5 * HOUR, dayStart(d) + 13.6 * HOUR, hotel, { nNi: [1, 2] });
      laptopBlock(B, u, dayStart(d) + 14.2 * HOUR, dayStart(d) + 22.8 * HOUR, cust, { logon: r.chance(0.7), nNi: [2, 5], nBr: [0, 2] });
      laptopBlock(B, u, dayStart(d) + 24 * HOUR, dayStart(d) + 28 * HOUR, hotel, { logon: false, nNi: [1, 3] });
      phoneBlock(B, u, dayStart(d) + 12.5 * HOUR, dayStart(d) + 28.5 * HOUR, () => ({ ...tmus(), place: 'dallas' }), [3, 6]);
    }
    phoneBlock(B, u, Date.UTC(2026, 10, 21, 9, 40), Date.UTC(2026, 10, 21, 20, 0), () => mobileAddr(u, B.r), [2, 3]);
  } });
  // T3 Bielsko-Biala: two engineers from Voiron (methods), Mon 9 – Tue 10, and one again Mon 16 – Thu 19
  const t3a = pickU((u) => u.dept === 'Méthodes' && u.laptopOs === 'win'), t3b = pickU((u) => u.dept === 'Méthodes' && u.laptopOs === 'win');
  for (const [u, days] of [[t3a, [0, 1]], [t3b, [0, 1, 7, 8, 9, 10]]]) {
    trips.push({ key: 'bielsko', user: u, days, run() {
      const plant = () => ({ ip: BIELSKO_IP, asn: 5617, place: 'bielsko' }), hotel = fixed('vectra_hotel', 'hotel-bielsko');
      for (const d of days) {
        const first = d === days[0] || d === 7;
        const last = d === days[days.length - 1];
        if (first) phoneBlock(B, u, at(d, 5.5), at(d, 8), () => mobileAddr(u, B.r), [1, 2]);
        laptopBlock(B, u, at(d, first ? 12.5 : 7.5), at(d, last ? 15.5 : 17.5), plant, { nNi: [2, 5], nBr: [0, 1] });
        if (!last) laptopBlock(B, u, at(d, 19), at(d, 22), hotel, { logon: false, nNi: [1, 3] });
        phoneBlock(B, u, at(d, 7), at(d, 22.5), roam(B, u), [2, 5]);
      }
    } });
  }
  // T4 Munich: purchasing manager at a supplier, Tue 17 – Wed 18
  const t4 = pickU((u) => u.dept === 'Achats' && u.laptopOs === 'win');
  trips.push({ key: 'munich', user: t4, days: [8, 9], run() {
    const u = t4, hotel = fixed('telekom_de', 'hotel-muenchen'), sup = pool(B, 'mnet_de');
    phoneBlock(B, u, at(8, 6), at(8, 8.5), () => mobileAddr(u, B.r), [1, 2]);
    laptopBlock(B, u, at(8, 11.5), at(8, 17.5), sup, { nNi: [2, 4], nBr: [0, 1] });
    laptopBlock(B, u, at(8, 19), at(8, 22.5), hotel, { logon: false, nNi: [1, 3] });
    laptopBlock(B, u, at(9, 7), at(9, 8.3), hotel, { nNi: [1, 2] });
    laptopBlock(B, u, at(9, 8.8), at(9, 14), sup, { logon: false, nNi: [1, 3] });
    phoneBlock(B, u, at(8, 9), at(9, 21), roam(B, u), [4, 7]);
  } });
  // T5 Milan: export sales rep (Italy), Thu 12 – Fri 13, by car
  const t5 = pickU((u) => u.dept === 'Export' && u.site === 'voiron' && u.laptopOs === 'win');
  trips.push({ key: 'milan', user: t5, days: [3, 4], run() {
    const u = t5, hotel = fixed('fastweb_it', 'hotel-milano-centrale'), cust = pool(B, 'tim_it');
    phoneBlock(B, u, at(3, 6.5), at(3, 10.5), () => mobileAddr(u, B.r), [1, 2]);
    laptopBlock(B, u, at(3, 11.5), at(3, 18), cust, { nNi: [2, 4], nBr: [0, 2] });
    laptopBlock(B, u, at(3, 20), at(3, 23), hotel, { logon: false, nNi: [1, 3] });
    laptopBlock(B, u, at(4, 7.3), at(4, 8.4), hotel, { nNi: [1, 2] });
    laptopBlock(B, u, at(4, 9), at(4, 13.5), cust, { logon: false, nNi: [1, 3] });
    phoneBlock(B, u, at(3, 10.5), at(4, 19), roam(B, u), [4, 7]);
    laptopBlock(B, u, at(4, 18.5), at(4, 20), () => homeAddr(u, B.r), { nNi: [1, 2] });
  } });
  // T6 Tunis: the IT manager visits the help-desk provider, Wed 18 – Thu 19
  const t6 = dir.it.find((u) => u.adminAccount && !B.reserved.has(u));
  B.reserved.add(t6); B.reserved.add(t6.adminAccount);
  trips.push({ key: 'tunis', user: t6, days: [9, 10], run() {
    const u = t6, nova = () => ({ ip: NOVA_IP, asn: 37705, place: 'tunis' }), hotel = fixed('ooredoo_hotel', 'hotel-lac-tunis');
    phoneBlock(B, u, at(9, 5.5), at(9, 7.8), () => mobileAddr(u, B.r), [1, 2]);
    laptopBlock(B, u, at(9, 10.5), at(9, 17.5), nova, { nNi: [2, 4], nBr: [1, 2] });
    laptopBlock(B, u, at(9, 19.5), at(9, 22.5), hotel, { logon: false, nNi: [1, 2] });
    laptopBlock(B, u, at(10, 8.5), at(10, 15.5), nova, { nNi: [2, 4], nBr: [0, 1] });
    phoneBlock(B, u, at(9, 9.5), at(10, 17), roam(B, u), [4, 7]);
    phoneBlock(B, u, at(10, 19.5), at(10, 22), () => homeAddr(u, B.r), [1, 2]);
    // he activates his admin role from the provider's office to review their access together
    const a = u.adminAccount;
    const t = at(10, 10.2);
    pimActivation(B.log, B.r, a, 'Security Administrator', t, NOVA_IP, uaFor(a.browser, a.bver), 'Revue des accès Nova IT sur site (Tunis)', 3);
    B.mfaSignIn(a, t + 3 * MIN, A.entraPortal, R.entraAdmin, nova(), laptopBrowser(a), uaFor(a.browser, a.bver));
    for (let i = 0; i < 4; i++) B.ni(a, t + (10 + i * 25) * MIN, A.entraPortal, R.graph, nova(), laptopBrowser(a), {});
  } });
  // T7 Lisbon: a long weekend, personal phone use only, Fri 13 evening – Sun 15
  const t7 = pickU((u) => u.role === 'office' && u.site === 'voiron' && !u.phoneManaged);
  trips.push({ key: 'lisbon', user: t7, days: [5, 6], run() {
    const u = t7, hotel = fixed('meo_pt', 'hotel-alfama');
    phoneBlock(B, u, at(4, 19), at(4, 23), roam(B, u), [1, 2]);
    for (const d of [5, 6]) { phoneBlock(B, u, at(d, 8), at(d, 22), roam(B, u), [1, 3]); phoneBlock(B, u, at(d, 8), at(d, 10), hotel, [1, 2]); phoneBlock(B, u, at(d, 21), at(d, 23), hotel, [0, 1]); }
  } });
  // T8 Casablanca office manager in Voiron, Mon 16 – Wed 18: laptop at HQ, phone roaming on a Moroccan SIM
  const t8 = pickU((u) => u.site === 'casa' && u.role === 'office' && u.laptopOs === 'win');
  trips.push({ key: 'voiron-visit', user: t8, days: [7, 8, 9], run() {
    const u = t8, hq = (t) => hqA(t), hotel = fixed('orange_fr', 'hotel-voiron-gare');
    for (const d of [7, 8, 9]) {
      laptopBlock(B, u, at(d, 8.5), at(d, 18), hq, { nNi: [3, 6], nBr: [0, 2] });
      laptopBlock(B, u, at(d, 19.5), at(d, 22.5), () => ({ ...hotel(), place: 'grenoble' }), { logon: false, nNi: [1, 2] });
      phoneBlock(B, u, at(d, 7), at(d, 23), () => mobileAddr(u, B.r), [3, 5]);
    }
  } });
  for (const tr of trips) for (const d of tr.days) B.skipDay(tr.user, d);
  return trips;
}

// ------------------------------------------------------------------------------------------ services and rooms
export function services(B) {
  const { dir } = B, r = B.r.fork('svc');
  const s = dir.svc;
  const smtp = (u, t, addr, attack) => B.log.signin({ t, user: u, app: A.exchange, resource: R.exchange, ip: addr.ip, asn: addr.asn, place: addr.place, interactive: true,
    ua: UA.bav2ropc(), clientApp: 'Authenticated SMTP', protocol: 'ropc', authReq: 'singleFactorAuthentication', ca: 'Not Applied', device: {}, attack });
  for (let d = 0; d < DAYS; d++) {
    for (const [u, site, n] of [[s.scanVoiron, 'voiron', [12, 30]], [s.scanSte, 'stetienne', [10, 24]], [s.scanBielsko, 'bielsko', [6, 16]]]) {
      const k = working(d, site) ? r.int(...n) : d % 7 === 5 ? r.int(0, 3) : 0;
      for (let i = 0; i < k; i++) { const t = at(d, r.float(6.8, 18.5)); smtp(u, t, site === 'voiron' ? hqA(t) : siteAddr(site)); }
    }
    if (working(d)) for (const h of [7.08, 12.5, 17.75]) { const k = r.int(6, 16); for (let i = 0; i < k; i++) { const t = at(d, h) + r.int(0, 600) * SEC; smtp(s.factures, t, srvA(t)); } }
    // MES connector: ROPC to SharePoint every two hours, day and night
    for (let h = 0; h < 24; h += 2) { const t = dayStart(d) + h * HOUR + r.int(0, 240) * SEC; const a = srvA(t); B.log.signin({ t, user: s.mes, app: MES_APP, resource: R.sharepoint, ip: a.ip, asn: a.asn, place: a.place, interactive: true, ua: '', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients', authReq: 'singleFactorAuthentication', ca: 'Not Applied', device: {} }); }
    // Entra Connect sync account, about hourly
    for (let h = 0; h < 24; h++) { if (r.chance(0.1)) continue; const t = dayStart(d) + h * HOUR + r.int(60, 900) * SEC; const a = srvA(t); B.log.signin({ t, user: s.sync, app: A.aadConnect, resource: R.aadGraph, ip: a.ip, asn: a.asn, place: a.place, interactive: true, ua: '', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients', authReq: 'singleFactorAuthentication', ca: 'Not Applied', device: {} }); }
    // the old migration account runs a weekly licence report on Monday and Thursday mornings
    if ([1, 4].includes(weekday(d))) { const t = at(d, 6.05) + r.int(0, 120) * SEC; const a = srvA(t); B.log.signin({ t, user: s.o365admin, app: A.azurePs, resource: R.graph, ip: a.ip, asn: a.asn, place: a.place, interactive: true, ua: '', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients', authReq: 'singleFactorAuthentication', ca: 'Not Applied', device: {} }); }
  }
  // the shared training account in the Voiron training room (excluded from MFA, used on the room's kiosk)
  for (const d of [1, 3, 7, 8, 10]) {
    const kiosk = { id: B.kiosks.voiron[0], os: 'Windows 10', browser: 'Edge 154.0.3595', compliant: true, managed: true, joinType: 'Microsoft Entra joined', browserUi: true };
    const k = r.int(2, 6);
    for (let i = 0; i < k; i++) { const t = at(d, r.float(8.5, 16.5)); B.int(s.formation, t, r.pick([A.teamsWeb, A.officeHome]), r.pick([R.teamsSvc, R.officeHome]), hqA(t), kiosk, { ua: UA.edgeWin(154), authReq: 'singleFactorAuthentication', sessionId: r.uuid(), clientApp: 'Browser' }); }
  }
  // Teams Rooms
  for (const room of dir.rooms) {
    const dev = { id: room.deviceId, os: 'Android', browser: 'Rich Client 5.8.0', compliant: true, managed: true, joinType: 'Microsoft Entra registered' };
    const sess = r.uuid();
    for (let d = 0; d < DAYS; d++) {
      const k = working(d, room.site) ? r.int(3, 6) : r.int(0, 1);
      for (let i = 0; i < k; i++) { const t = at(d, r.float(6.5, 19)); const a = room.site === 'voiron' || room.site === 'casa' ? hqA(t) : siteAddr(room.site); B.ni(room, t, A.teams, r.pick([R.teamsSvc, R.exchange, R.skype]), a, dev, { sessionId: sess, authReq: 'singleFactorAuthentication', ua: UA.teamsRoom() }); }
    }
  }
}

// ------------------------------------------------------------------------------------------ the outsourced help desk (Nova IT, Tunis)
export function helpdesk(B) {
  const { dir, log } = B, r = B.r.fork('helpdesk');
  const targets = dir.members.filter((u) => ['office', 'frontline', 'sales', 'field'].includes(u.role) && !B.reserved.has(u));
  const actions = [];
  for (const ag of dir.helpdesk) {
    const br = { id: '', os: 'Windows 10', browser: `Chrome ${ag.bver}.0.0`, compliant: false, managed: false, joinType: '', browserUi: true };
    const ua = uaFor(ag.browser, ag.bver);
    for (let d = 0; d < DAYS; d++) {
      const wd = weekday(d);
      const day = ag.shift === 'day';
      if (wd === 0 || (wd === 6 && day) || (wd === 6 && r.chance(0.5)) || r.chance(0.07)) continue;
      const s = at(d, day ? r.float(7.3, 8.0) : r.float(11.3, 12.0)), e = s + r.float(8.5, 9.3) * HOUR;
      const fromHome = !day && r.chance(0.3);
      const addr = () => (fromHome ? homeAddr(ag, r) : { ip: NOVA_IP, asn: 37705, place: 'tunis' });
      const { sess } = B.mfaSignIn(ag, s + r.int(3, 20) * MIN, A.entraPortal, R.entraAdmin, addr(), br, ua);
      const k = r.int(3, 7);
      for (let i = 0; i < k; i++) { const t = s + r.next() * (e - s); B.ni(ag, t, r.pick([A.entraPortal, A.entraPortal, A.teams]), r.pick([R.graph, R.entraAdmin, R.teamsSvc]), addr(), br, { sessionId: sess, ua }); }
      if (r.chance(0.3)) B.int(ag, s + r.float(1, 7) * HOUR, A.azurePortal, R.intune, addr(), br, { ua, mfa: MFA_CLAIM, sessionId: sess, clientApp: 'Browser' });
      // the day's tickets
      const tickets = wd === 6 ? r.int(0, 1) : r.int(0, 2);
      for (let i = 0; i < tickets; i++) {
        const t = s + r.float(0.5, 8) * HOUR;
        const who = r.pick(targets);
        const kind = r.weighted([['password', 42], ['mfa', 26], ['revoke', 4], ['update', 28]]);
        if (kind === 'update') log.audit({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Update user', actor: actorUser(ag, addr().ip), ua, targets: [userTarget(who, [{ name: 'TelephoneNumber', old: '[]', new: `["+33 4 76 ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}"]` }])] });
        else { helpdeskReset(log, r, ag, who, t, kind, addr().ip, ua); actions.push({ kind, who, t, ag }); }
      }
    }
  }
  return actions;
}

/** After a help-desk password reset the user signs in again; after an MFA deletion they register the new phone. */
export function afterHelpdesk(B, actions) {
  const r = B.r.fork('after-helpdesk');
  for (const a of actions) {
    const u = a.who;
    const t = a.t + r.float(0.1, 1.5) * HOUR;
    const d = Math.floor((t - dayStart(0)) / DAY);
    const atOffice = u.role === 'frontline' || !u.telework.has(weekday(d));
    const addr = u.role === 'frontline' || atOffice ? siteAddr(u.site === 'casa' ? 'voiron' : u.site) : homeAddr(u, r);
    if (a.kind === 'password') {
      const dev = u.laptopId ? laptopBrowser(u) : { id: '', os: 'Windows 10', browser: 'Edge 154.0.3595', browserUi: true };
      // the temporary password: the forced change interrupts the sign-in, then the user signs in with the new one
      const ua = u.browser ? uaFor(u.browser, u.bver) : UA.edgeWin(154), sess = r.uuid();
      B.int(u, t, A.officeHome, R.officeHome, addr, dev, { code: 50125, ua, sessionId: sess, authReq: 'singleFactorAuthentication', ca: 'Not Applied' });
      B.log.audit({ t: t + r.int(40, 110) * SEC, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Change password (self-service)', actor: actorUser(u, addr.ip), targets: [userTarget(u)], resultReason: 'Successfully completed change.' });
      B.mfaSignIn(u, t + r.int(120, 200) * SEC, A.officeHome, R.officeHome, addr, dev, ua, { sessionId: sess });
      // the phone's refresh token was revoked with the old password
      if (u.phoneId) { const tp = t + r.float(0.5, 5) * HOUR; B.ni(u, tp, u.role === 'frontline' ? A.teams : A.outlookMobile, u.role === 'frontline' ? R.teamsSvc : R.exchange, mobileAddr(u, r), phoneRich(u), { code: 50173, ca: 'Not Applied', sessionId: u.sessPhone }); u.sessPhone = r.uuid(); }
    } else if (a.kind === 'mfa') {
      // a new phone: the user registers the Authenticator again (My Sign-ins), then the new phone refreshes tokens
      u.phoneId = r.uuid(); u.sessPhone = r.uuid();
      const dev = u.laptopId ? laptopBrowser(u) : phoneBrowser(u);
      const ua = u.browser ? uaFor(u.browser, u.bver) : phoneUa(u);
      B.int(u, t, A.mySignins, R.userAuthMethod, addr, dev, { ua, mfa: { result: 'MFA successfully completed', method: 'Text message', detail: `+33 XXXXXXX${r.int(10, 99)}` }, sessionId: r.uuid(), clientApp: 'Browser' });
      registerMethod(B.log, r, u, t + r.int(30, 90) * SEC, addr.ip, ua, 'app');
      const m = mobileAddr(u, r);
      B.int(u, t + r.int(5, 12) * MIN, A.authenticator, R.graph, m, phoneRich(u), { ua: phoneUa(u), mfa: { result: 'MFA successfully completed', method: 'Text message' }, sessionId: u.sessPhone });
      B.int(u, t + r.int(13, 30) * MIN, A.outlookMobile, R.exchange, m, phoneRich(u), { ua: phoneUa(u), mfa: MFA_CLAIM, sessionId: u.sessPhone });
    }
  }
}

// ------------------------------------------------------------------------------------------ administrators, PIM, CA changes
export function admins(B) {
  const { dir, log } = B, r = B.r.fork('admins');
  const [ciso, secu, exo, intune, appAdm, hybrid] = dir.admins;
  const justif = ['Ticket INC0', 'Changement CHG0', 'Demande SR0', 'Maintenance planifiée CHG0'];
  for (const a of dir.admins) {
    if (B.reserved.has(a)) continue;
    const ua = uaFor(a.browser, a.bver);
    const br = laptopBrowser(a);
    for (let d = 0; d < DAYS; d++) {
      if (!working(d) || r.chance(0.45)) continue;
      const home = a.telework.has(weekday(d));
      const t = at(d, r.float(8.5, 17));
      const addr = home ? vpnAddr(inFailover(t)) : hqA(t);
      const role = r.pick(a.eligible);
      pimActivation(log, r, a, role, t, addr.ip, ua, `${r.pick(justif)}${r.int(10000, 99999)}`, r.pick([2, 4, 8]));
      const { sess } = B.mfaSignIn(a, t + r.int(1, 4) * MIN, r.pick([A.entraPortal, A.azurePortal]), r.pick([R.entraAdmin, R.arm]), addr, br, ua);
      const k = r.int(2, 6);
      for (let i = 0; i < k; i++) B.ni(a, t + r.int(5, 200) * MIN, r.pick([A.entraPortal, A.azurePortal]), r.pick([R.graph, R.arm, R.entraAdmin]), addr, br, { sessionId: sess, ua });
      if (a === exo && r.chance(0.6)) B.mfaSignIn(a, t + r.int(30, 120) * MIN, A.exoPs, R.exchange, addr, laptopRich(a), UA.pwsh());
      if (a === ciso && r.chance(0.4)) { B.int(a, t + r.int(30, 120) * MIN, A.graphCli, R.graph, addr, laptopBrowser(a), { ua, mfa: MFA_CLAIM, sessionId: sess, clientApp: 'Browser' }); B.ni(a, t + r.int(125, 200) * MIN, A.graphCli, R.graph, addr, laptopRich(a), { ua: UA.pwsh(), sessionId: sess }); }
      if (r.chance(0.15)) B.ni(a, t + r.int(20, 150) * MIN, A.azurePortal, R.arm, addrOf('azure_fr', r), {}, { ua: 'Mozilla/5.0 (compatible; CloudShell)', sessionId: sess });
    }
  }
  // Entra Connect maintenance by the hybrid identity admin, on the sync server itself (Thu 12 Nov)
  { const t = at(3, 10.1); const a = srvA(t); pimActivation(log, r, hybrid, 'Hybrid Identity Administrator', t - 4 * MIN, HQ_IP, uaFor(hybrid.browser, hybrid.bver), 'CHG045871 mise à jour Entra Connect 2.5', 3);
    B.mfaSignIn(hybrid, t, A.aadConnect, R.aadGraph, a, { id: '', os: 'Windows 10', browser: '', compliant: false, managed: false, joinType: '' }, '', {});
    for (let i = 0; i < 4; i++) B.ni(hybrid, t + (i + 1) * 11 * MIN, A.aadConnect, R.aadGraph, a, {}, { sessionId: r.uuid() }); }
  // Conditional Access: the named location "Pays autorisés" gains AE for the Abu Dhabi trip and loses it after
  const namedLoc = (t, add, ip) => log.audit({ t, service: 'Conditional Access', category: 'Policy', activity: 'Update named location', actor: actorUser(secu, ip), ua: uaFor(secu.browser, secu.bver),
    targets: [{ type: 'Policy', displayName: 'Pays autorisés VRM', id: 'b6c1f2e4-7a3d-4e5b-9c08-1d2f3a4b5c6e', props: [{ name: 'NamedLocation', old: JSON.stringify({ countriesAndRegions: add ? ['FR', 'PL', 'MA', 'TN', 'CH', 'BE', 'DE', 'IT', 'ES', 'PT', 'GB', 'NL', 'US'] : ['FR', 'PL', 'MA', 'TN', 'CH', 'BE', 'DE', 'IT', 'ES', 'PT', 'GB', 'NL', 'US', 'AE'] }), new: JSON.stringify({ countriesAndRegions: add ? ['FR', 'PL', 'MA', 'TN', 'CH', 'BE', 'DE', 'IT', 'ES', 'PT', 'GB', 'NL', 'US', 'AE'] : ['FR', 'PL', 'MA', 'TN', 'CH', 'BE', 'DE', 'IT', 'ES', 'PT', 'GB', 'NL', 'US'] }) }] }] });
  pimActivation(log, r, secu, 'Conditional Access Administrator', at(4, 10.0), HQ_IP, uaFor(secu.browser, secu.bver), 'SR048113 déplacement Abu Dhabi 15-19/11', 2);
  namedLoc(at(4, 10.1), true, HQ_IP);
  pimActivation(log, r, secu, 'Conditional Access Administrator', at(11, 9.4), HQ_IP, uaFor(secu.browser, secu.bver), 'SR048113 fin de déplacement', 2);
  namedLoc(at(11, 9.5), false, HQ_IP);
  // a new report-only policy (compliant device for Office 365), Wed 18 Nov
  { const t = at(9, 15.2); pimActivation(log, r, secu, 'Conditional Access Administrator', t - 5 * MIN, HQ_IP, uaFor(secu.browser, secu.bver), 'CHG046002 pilote appareil conforme', 2);
    log.audit({ t, service: 'Conditional Access', category: 'Policy', activity: 'Add conditional access policy', actor: actorUser(secu, HQ_IP), ua: uaFor(secu.browser, secu.bver), targets: [{ type: 'Policy', displayName: 'CA010 - Appareil conforme requis - Office 365 (rapport)', id: r.uuid(), props: [{ name: 'ConditionalAccessPolicy', old: '', new: JSON.stringify({ displayName: 'CA010 - Appareil conforme requis - Office 365 (rapport)', state: 'enabledForReportingButNotEnforced', conditions: { applications: { includeApplications: ['Office365'] }, users: { includeGroups: ['GS-Pilote-Conformite'] }, clientAppTypes: ['all'] }, grantControls: { operator: 'OR', builtInControls: ['compliantDevice'] } }) }] }] }); }
  // app registrations: secret rotation for the supplier portal, an admin-granted app role for the MES connector
  { const t = at(1, 14.3); pimActivation(log, r, appAdm, 'Application Administrator', t - 3 * MIN, HQ_IP, uaFor(appAdm.browser, appAdm.bver), 'CHG045790 rotation secret portail fournisseurs', 2);
    secretRotation(log, r, appAdm, t, HQ_IP, uaFor(appAdm.browser, appAdm.bver), APPS.portailFournisseurs, 'secret-2026-11'); }
  { const t = at(3, 11.6); pimActivation(log, r, ciso, 'Privileged Role Administrator', t - 4 * MIN, HQ_IP, uaFor(ciso.browser, ciso.bver), 'CHG045902 accès Sites.Selected pour le MES', 2);
    log.audit({ t, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add app role assignment to service principal', actor: actorUser(ciso, HQ_IP), ua: uaFor(ciso.browser, ciso.bver),
      targets: [{ type: 'ServicePrincipal', displayName: 'Microsoft Graph', id: r.uuid(), props: [{ name: 'AppRole.Id', old: '', new: '"883ea226-0bf2-4a8f-9f9d-92c9162a727d"' }, { name: 'AppRole.Value', old: '', new: '"Sites.Selected"' }, { name: 'AppRole.DisplayName', old: '', new: '"Access selected site collections"' }, { name: 'ServicePrincipal.DisplayName', old: '', new: `"${MES_APP.name}"` }, { name: 'ServicePrincipal.AppId', old: '', new: `"${MES_APP.id}"` }] }],
      details: [['User-Agent', uaFor(ciso.browser, ciso.bver)], ['AppId', MES_APP.id]] }); }
  // the on-call night: ERP server down, Saturday 14 Nov 03:40 in France
  { const a = ciso, t = Date.UTC(2026, 10, 14, 2, 40); const addr = vpnAddr(); pimActivation(log, r, a, 'Global Administrator', t, addr.ip, uaFor(a.browser, a.bver), 'INC0092231 astreinte - VM ERP arrêtée', 2);
    const { sess } = B.mfaSignIn(a, t + 2 * MIN, A.azurePortal, R.arm, addr, laptopBrowser(a), uaFor(a.browser, a.bver));
    for (let i = 0; i < 6; i++) B.ni(a, t + (5 + i * 9) * MIN, A.azurePortal, R.arm, addr, laptopBrowser(a), { sessionId: sess }); }
}

// ------------------------------------------------------------------------------------------ developers
export function developers(B) {
  const { dir, log } = B, r = B.r.fork('devs');
  for (const u of dir.devs) {
    const ua = uaFor(u.browser, u.bver);
    for (let d = 0; d < DAYS; d++) {
      if (!working(d) || u.leave.has(d)) continue;
      const home = u.site === 'remote' || u.telework.has(weekday(d));
      const addr = () => (home ? (u.proton ? addrOf('proton_paris', null, 'proton-exit-7') : homeAddr(u, r)) : hqA(at(d, 12)));
      const s = at(d, r.float(8.5, 9.8));
      // az login in a browser now and then; tokens refreshed by MSAL Python (python-requests)
      const sess = r.uuid();
      if (r.chance(0.3)) B.int(u, s + r.int(10, 60) * MIN, A.azureCli, r.pick([R.arm, R.graph]), addr(), laptopBrowser(u), { ua, mfa: MFA_CLAIM, sessionId: sess, clientApp: 'Browser', itt: laptopBrowser(u).prt ? 'primaryRefreshToken' : 'none' });
      const k = r.int(2, 6);
      for (let i = 0; i < k; i++) B.ni(u, s + r.float(0.2, 8.5) * HOUR, r.pick([A.azureCli, A.azureCli, A.azurePs, A.vscode]), r.pick([R.arm, R.arm, R.graph, R.kv, R.storage]), addr(), laptopRich(u), { ua: r.pick([UA.pyreq(), '', UA.vscode()]), sessionId: sess });
      if (r.chance(0.15)) B.int(u, s + r.float(1, 7) * HOUR, A.graphExplorer, R.graph, addr(), laptopBrowser(u), { ua, mfa: MFA_CLAIM, sessionId: r.uuid(), clientApp: 'Browser' });
      // GitHub Codespaces: `az login --use-device-code` (the code typed on the laptop), tokens used from Azure (Amsterdam)
      if (u.codespaces && r.chance(0.45)) {
        const t = s + r.float(0.5, 6) * HOUR, cs = addrOf('azure_nl', r), corr = r.uuid(), sess2 = r.uuid();
        for (let p = 0; p < r.int(1, 3); p++) B.ni(u, t - (p + 1) * 5 * SEC, A.azureCli, R.arm, cs, {}, { code: 70016, ua: UA.pyreq(), correlationId: corr, sessionId: sess2, protocol: 'deviceCode' });
        B.int(u, t, A.azureCli, R.arm, addr(), laptopBrowser(u), { ua, mfa: MFA_CLAIM, protocol: 'deviceCode', transfer: 'deviceCodeFlow', correlationId: corr, sessionId: sess2, clientApp: 'Browser' });
        for (let i = 0; i < r.int(2, 5); i++) B.ni(u, t + r.float(0.05, 3) * HOUR, A.azureCli, r.pick([R.arm, R.graph, R.storage]), cs, {}, { ua: UA.pyreq(), sessionId: sess2, transfer: 'deviceCodeFlow' });
      }
    }
  }
  // honest application-credential changes: the GMAO connector's secret (its owner, a developer) and a GitHub federated credential
  const [d0, d1, d2, d3] = dir.devs;
  secretRotation(log, r, d2, at(3, 15.4), hqA(at(3, 15.4)).ip, uaFor(d2.browser, d2.bver), APPS.gmao, 'gmao-2026-11');
  log.audit({ t: at(7, 11.2), service: 'Core Directory', category: 'ApplicationManagement', activity: 'Update application', actor: actorUser(d3, hqA(at(7, 11.2)).ip), ua: uaFor(d3.browser, d3.bver),
    targets: [{ type: 'Application', displayName: DEPLOY_APP.name, id: r.uuid(), props: [{ name: 'FederatedIdentityCredentials', old: '[]', new: JSON.stringify([{ Name: 'github-portail-fournisseurs-prod', Issuer: 'https://token.actions.githubusercontent.com', Subject: 'repo:vrm-industrie/portail-fournisseurs:environment:production', Audiences: ['api://AzureADTokenExchange'] }]) }, { name: 'Included Updated Properties', old: '', new: '"FederatedIdentityCredentials"' }] }],
    details: [['User-Agent', uaFor(d3.browser, d3.bver)], ['AppId', DEPLOY_APP.id]] });
}

// ------------------------------------------------------------------------------------------ guests and outbound B2B
export function guests(B) {
  const { dir } = B, r = B.r.fork('guests');
  for (const g of dir.guests) {
    const p = PARTNERS[g.partner];
    const ua = uaFor(g.browser, g.bver);
    const dev = { id: '', os: 'Windows 10', browser: `${g.browser === 'edgeWin' ? 'Edge' : 'Chrome'} ${g.bver}.0.0`, compliant: false, managed: false, joinType: '', browserUi: true };
    const weekly = r.int(0, 3);
    for (let w = 0; w < 2; w++) for (let i = 0; i < weekly; i++) {
      const d = w * 7 + r.int(0, 4);
      const t = at(d, r.float(8.5, 17.5), p?.lang === 'ar' ? 4 : 1);
      const addr = p ? addrOf(p.net, r) : homeAddr(g, r);
      const [app, res] = r.pick([[SP_APP, R.sharepoint], [A.teamsWeb, R.teamsSvc], [A.officeHome, R.officeHome]]);
      const sess = r.uuid();
      if (r.chance(0.5)) B.mfaSignIn(g, t, app, res, addr, dev, ua, { sessionId: sess });
      else B.int(g, t, app, res, addr, dev, { ua, mfa: MFA_CLAIM, sessionId: sess, clientApp: 'Browser' });
      for (let k = 0; k < r.int(0, 2); k++) B.ni(g, t + r.int(5, 90) * MIN, app, res, addr, { ...dev, browserUi: false }, { sessionId: sess, ua });
    }
  }
  // VRM engineers working in Sodimeca's tenant (outbound B2B collaboration, logged in VRM's tenant too)
  const eng = dir.members.filter((u) => u.dept === "Bureau d'études" && !B.reserved.has(u)).slice(0, 12);
  for (const u of eng) for (let i = 0; i < r.int(1, 4); i++) {
    const d = r.pick([0, 1, 3, 4, 7, 8, 9, 10, 11]);
    if (u.leave.has(d)) continue;
    const t = at(d, r.float(9, 17));
    const addr = u.telework.has(weekday(d)) ? homeAddr(u, r) : hqA(t);
    B.int(u, t, SP_APP, R.sharepoint, addr, laptopBrowser(u), { ua: uaFor(u.browser, u.bver), mfa: MFA_CLAIM, crossTenant: 'b2bCollaboration', resourceTenantId: PARTNERS.sodimeca.tenantId, sessionId: u.sessLaptop, clientApp: 'Browser' });
  }
}

// ------------------------------------------------------------------------------------------ passwords, lockouts, joiners, leavers, consents, relay
export function lifecycle(B) {
  backgroundAudits(B);
  const { dir, log } = B, r = B.r.fork('lifecycle');
  const pool = dir.members.filter((u) => ['office', 'sales', 'field'].includes(u.role) && !B.reserved.has(u));
  // password changes (on-premises or SSPR): the phone's old session fails with 50133, then the user signs in again
  for (const u of r.sample(pool, 46)) {
    const d = r.pick([0, 1, 2, 3, 4, 7, 8, 9, 10, 11]);
    if (u.leave.has(d)) continue;
    const tc = at(d, r.float(8.5, 16));
    if (r.chance(0.35)) log.audit({ t: tc, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Change password (self-service)', actor: actorUser(u, hqA(tc).ip), targets: [userTarget(u)], resultReason: 'Successfully completed change.' });
    const dev = phoneRich(u);
    let t = tc + r.float(0.3, 3) * HOUR;
    for (let i = 0; i < r.int(1, 3); i++) { B.ni(u, t, A.outlookMobile, R.exchange, mobileAddr(u, r), dev, { code: 50133, sessionId: u.sessPhone, ca: 'Not Applied' }); t += r.int(1, 25) * MIN; }
    u.sessPhone = r.uuid();
    B.mfaSignIn(u, t + r.int(5, 120) * MIN, A.outlookMobile, R.exchange, mobileAddr(u, r), dev, phoneUa(u), { sessionId: u.sessPhone });
  }
  // lockouts: wrong passwords on a kiosk or a browser, smart lockout, then success later
  const front = dir.members.filter((u) => u.role === 'frontline');
  for (const [i, u] of r.sample([...front.slice(0, 300), ...pool.slice(0, 300)], 7).entries()) {
    const d = r.pick([0, 1, 3, 7, 8, 9, 10]);
    const addr = siteAddr(u.site === 'casa' ? 'voiron' : u.site);
    const dev = u.role === 'frontline' ? { id: B.kiosks[u.site]?.[0] || '', os: 'Windows 10', browser: 'Edge 154.0.3595', compliant: true, managed: true, joinType: 'Microsoft Entra joined', browserUi: true } : laptopBrowser(u);
    let t = at(d, u.role === 'frontline' ? ({ A: 5.3, B: 13.3, C: 21.3 }[u.shift] || 8.5) : r.float(8.5, 11));
    const corr = r.uuid();
    for (let k = 0; k < r.int(4, 7); k++) { B.int(u, t, A.teamsWeb, R.teamsSvc, addr, dev, { ua: UA.edgeWin(154), code: 50126, authReq: 'singleFactorAuthentication', ca: 'Not Applied', correlationId: corr }); t += r.int(8, 50) * SEC; }
    for (let k = 0; k < r.int(1, 3); k++) { B.int(u, t, A.teamsWeb, R.teamsSvc, addr, dev, { ua: UA.edgeWin(154), code: 50053, authReq: 'singleFactorAuthentication', ca: 'Not Applied', correlationId: corr, flagged: i === 0 && k === 0 }); t += r.int(20, 90) * SEC; }
    if (u.role !== 'frontline' && r.chance(0.6)) {
      log.audit({ t: t + 4 * MIN, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Reset password (self-service)', actor: actorUser(u, addr.ip), targets: [userTarget(u)], resultReason: 'Successfully completed reset.' });
      log.audit({ t: t + 4 * MIN + 5 * SEC, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Unlock user account (self-service)', actor: actorUser(u, addr.ip), targets: [userTarget(u)], resultReason: 'Successfully unlocked account.' });
    }
    B.int(u, t + r.float(0.25, 1.5) * HOUR, A.teamsWeb, R.teamsSvc, addr, dev, { ua: UA.edgeWin(154), authReq: 'singleFactorAuthentication', sessionId: r.uuid() });
  }
  // expired passwords on cloud-only accounts (admin and provider accounts follow a 90-day policy)
  for (const u of [dir.admins[3], dir.helpdesk[2], dir.helpdesk[7]]) {
    const d = u.role === 'admin' ? 8 : r.pick([1, 2, 8]);
    const t = at(d, u.role === 'admin' ? 9.2 : 8.1);
    const addr = u.role === 'admin' ? hqA(t) : { ip: NOVA_IP, asn: 37705, place: 'tunis' };
    const dev = { id: '', os: 'Windows 10', browser: `Chrome ${u.bver}.0.0`, compliant: u.role === 'admin', managed: u.role === 'admin', joinType: '', browserUi: true };
    const ua = uaFor(u.browser, u.bver);
    B.int(u, t, A.entraPortal, R.entraAdmin, addr, dev, { ua, code: 50055, authReq: 'singleFactorAuthentication', ca: 'Not Applied' });
    log.audit({ t: t + 70 * SEC, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Change password (self-service)', actor: actorUser(u, addr.ip), targets: [userTarget(u)], resultReason: 'Successfully completed change.' });
    B.mfaSignIn(u, t + 2 * MIN, A.entraPortal, R.entraAdmin, addr, dev, ua);
  }
  // leavers: disabled on-premises, synced; their own phones keep trying for days
  const sync = dir.svc.sync;
  for (const [u, d] of [[pool[40], 1], [pool[90], 4], [front[12], 7]]) {
    B.reserved.add(u);
    const t = at(d, 17.6);
    log.audit({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Disable account', actor: { kind: 'user', displayName: sync.displayName, id: sync.id, upn: sync.upn, ip: '' }, targets: [userTarget(u, [{ name: 'AccountEnabled', old: '[true]', new: '[false]' }, { name: 'Included Updated Properties', old: '', new: '"AccountEnabled"' }])] });
    for (let dd = d + 1; dd < DAYS; dd++) B.skipDay(u, dd);
    for (let dd = d + 1; dd < Math.min(DAYS, d + 7); dd++) for (let k = 0; k < r.int(1, 4); k++) B.ni(u, at(dd, r.float(7, 22)), u.phoneTeams || u.role === 'frontline' ? A.teams : A.outlookMobile, u.role === 'frontline' ? R.teamsSvc : R.exchange, mobileAddr(u, r), phoneRich({ ...u, phoneManaged: false }), { code: 50057, ca: 'Not Applied', sessionId: u.sessPhone });
  }
  // joiners: created on Friday 13 by sync, Temporary Access Pass from the help desk Monday morning, first sign-in at HQ
  const ag = dir.helpdesk[0];
  for (let i = 0; i < 4; i++) {
    const u = r.pick(pool.filter((x) => x.site === 'voiron' && !B.reserved.has(x)));
    B.reserved.add(u);
    for (let dd = 0; dd < 7; dd++) B.skipDay(u, dd);
    log.audit({ t: at(4, 18.2) + i * 40 * SEC, service: 'Core Directory', category: 'UserManagement', activity: 'Add user', actor: { kind: 'user', displayName: sync.displayName, id: sync.id, upn: sync.upn, ip: '' }, targets: [userTarget(u, [{ name: 'AccountEnabled', old: '[]', new: '[true]' }, { name: 'DisplayName', old: '[]', new: JSON.stringify([u.displayName]) }, { name: 'UserPrincipalName', old: '[]', new: JSON.stringify([u.upn]) }])] });
    const t = at(7, 8.6) + i * 7 * MIN;
    helpdeskReset(log, r, ag, u, t - 20 * MIN, 'tap', NOVA_IP, uaFor(ag.browser, ag.bver));
    const addr = hqA(t), dev = laptopBrowser(u), ua = uaFor(u.browser, u.bver);
    B.int(u, t, A.winSignIn, R.aadGraph, addr, laptopRich(u), { ua: UA.wam(), mfa: { result: 'MFA successfully completed', method: 'Temporary Access Pass' }, sessionId: u.sessLaptop, clientApp: 'Mobile Apps and Desktop clients' });
    B.int(u, t + 4 * MIN, A.mySignins, R.userAuthMethod, addr, dev, { ua, mfa: MFA_CLAIM, sessionId: u.sessLaptop, clientApp: 'Browser', itt: 'primaryRefreshToken' });
    registerMethod(log, r, u, t + 5 * MIN, addr.ip, ua, 'app');
    log.audit({ t: t + 9 * MIN, service: 'Core Directory', category: 'DeviceManagement', activity: 'Add registered owner to device', actor: actorApp('Device Registration Service', 'a1b2c3d4-0f9e-4d8c-b7a6-5e4d3c2b1a09'), targets: [{ type: 'Device', displayName: u.phoneModel, id: u.phoneId }, userTarget(u)] });
    B.int(u, t + 10 * MIN, A.companyPortal, R.intuneEnroll, mobileAddr(u, r), phoneRich(u), { ua: phoneUa(u), mfa: MFA_CLAIM, sessionId: u.sessPhone });
  }
  // user consents to verified SaaS apps; the SaaS back end then refreshes the delegated tokens from its cloud
  const saas = [[APPS.miro, 'User.Read offline_access openid profile email Files.Read', 'aws_fra_saas'], [APPS.adobeSign, 'User.Read Files.ReadWrite offline_access openid profile email', 'adobe_cloud'], [APPS.zoom, 'User.Read Calendars.ReadWrite offline_access openid profile email', 'zoom_cloud']];
  for (let i = 0; i < 6; i++) {
    const u = r.pick(pool.filter((x) => !B.reserved.has(x)));
    const [app, scopes, net] = saas[i % 3];
    const d = r.pick([0, 1, 2, 3, 7, 8, 9]);
    const t = at(d, r.float(9, 16.5));
    const addr = u.telework.has(weekday(d)) ? homeAddr(u, r) : hqA(t);
    const ua = uaFor(u.browser, u.bver);
    B.int(u, t, app, R.graph, addr, laptopBrowser(u), { ua, code: 65001, sessionId: u.sessLaptop, clientApp: 'Browser' });
    consent(log, r, u, t + 25 * SEC, addr.ip, ua, app, scopes, { newSp: i < 3 });
    B.int(u, t + 40 * SEC, app, R.graph, addr, laptopBrowser(u), { ua, mfa: MFA_CLAIM, sessionId: u.sessLaptop, clientApp: 'Browser' });
    for (let dd = d; dd < DAYS; dd++) for (let k = 0; k < r.int(0, 3); k++) B.ni(u, at(dd, r.float(7, 21)), app, R.graph, addrOf(net, r), {}, { ua: '', sessionId: r.uuid() });
  }
  // iCloud Private Relay: Safari on iPhone at home in the evening (Outlook on the web)
  for (const u of dir.members.filter((x) => x.relay)) {
    for (let d = 0; d < DAYS; d++) {
      if (!r.chance(0.3)) continue;
      const t = at(d, r.float(19, 23));
      const addr = addrOf(r.chance(0.5) ? 'icloud_akamai' : 'icloud_cf', r);
      const dev = { id: '', os: 'Ios', browser: 'Mobile Safari 27.1', compliant: false, managed: false, joinType: '', browserUi: true };
      if (r.chance(0.2)) B.mfaSignIn(u, t, A.owa, R.exchange, addr, dev, UA.safariIos('27.1'));
      else B.int(u, t, A.owa, R.exchange, addr, dev, { ua: UA.safariIos('27.1'), mfa: MFA_CLAIM, sessionId: u.sessRelay || (u.sessRelay = r.uuid()), clientApp: 'Browser' });
    }
  }
  syncAudits(log, r, dir.svc.sync, dir.members, T0, DAYS);
}

// ------------------------------------------------------------------------------------------ background audit trail, honest invitations
export function backgroundAudits(B) {
  const { dir, log } = B, r = B.r.fork('bg-audit');
  const intune = actorApp('Microsoft Intune', '8e4c1b27-6f3a-4d59-a0b8-2c7e9d1f5a36', '0000000a-0000-0000-c000-000000000000');
  const office = dir.members.filter((u) => u.laptopId);
  for (let d = 0; d < DAYS; d++) {
    const n = working(d) ? r.int(45, 90) : r.int(5, 15);
    for (let i = 0; i < n; i++) {
      const u = r.pick(office), phone = r.chance(0.35);
      const t = dayStart(d) + r.int(0, 86399) * SEC;
      const devName = phone ? `${u.phoneModel} de ${u.first}` : `VRM-${u.laptopOs === 'mac' ? 'MAC' : 'PC'}-${String(Math.abs(parseInt(u.laptopId.slice(0, 6), 16)) % 9000 + 1000)}`;
      log.audit({ t, service: 'Core Directory', category: 'DeviceManagement', activity: 'Update device', actor: intune, targets: [{ type: 'Device', displayName: devName, id: phone ? u.phoneId : u.laptopId, props: [{ name: 'IsCompliant', old: '[true]', new: r.chance(0.93) ? '[true]' : '[false]' }, { name: 'Included Updated Properties', old: '', new: '"IsCompliant"' }] }] });
    }
    // team owners adding colleagues to their Teams (Microsoft 365 groups)
    const g = working(d) ? r.int(4, 12) : r.int(0, 1);
    for (let i = 0; i < g; i++) {
      const owner = r.pick(office), who = r.pick(dir.members);
      const t = at(d, r.float(8.5, 17.5));
      const grp = r.pick(['Projet Vanne DN300', 'Qualité Fournisseurs', 'Équipe Export', 'Atelier Usinage', 'Comité ERP', 'Salon Valve World 2026', 'BE - Actionneurs', 'Sécurité Usines']);
      log.audit({ t, service: 'Core Directory', category: 'GroupManagement', activity: 'Add member to group', actor: actorUser(owner, owner.telework.has(weekday(d)) ? homeAddr(owner, r).ip : HQ_IP), ua: '', targets: [userTarget(who), { type: 'Group', displayName: grp, id: `0${r.hex(7)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}` }] });
    }
  }
  // employees inviting supplier and customer contacts; the guests redeem and open the shared site
  const inviters = dir.members.filter((u) => ['Achats', 'Export', "Bureau d'études", 'Qualité'].includes(u.dept) && !B.reserved.has(u));
  const partners = [['ruhrguss', 'telekom_de_essen', 'de'], ['sodimeca', 'sodimeca', 'fr'], ['valvole', 'tim_it_bs', 'it'], ['petromed', 'petromed', 'ar']];
  for (let i = 0; i < 9; i++) {
    const inv = r.pick(inviters), [pk, net] = r.pick(partners), p = PARTNERS[pk];
    const first = r.pick(['Stefan', 'Laura', 'Marco', 'Ahmed', 'Claire', 'Jan', 'Elena', 'Pierre']), last = r.pick(['Vogel', 'Ricci', 'Al Zaabi', 'Besson', 'Kaiser', 'Conti', 'Lemoine']);
    const g = { id: r.uuid(), upn: `${first}.${last}`.toLowerCase().replace(/ /g, '') + `@${p.domain}`, displayName: `${first} ${last} (${p.name})`, userType: 'Guest', homeTenantId: p.tenantId };
    dir.users.push(g);
    const d = r.pick([0, 1, 2, 3, 7, 8, 9, 10]);
    const t = at(d, r.float(9, 16.5));
    const ip = inv.telework.has(weekday(d)) ? homeAddr(inv, r).ip : HQ_IP;
    log.audit({ t, service: 'Invited Users', category: 'UserManagement', activity: 'Invite external user', actor: actorUser(inv, ip), ua: uaFor(inv.browser, inv.bver), targets: [{ type: 'User', displayName: g.displayName, id: g.id, upn: `${g.upn.replace('@', '_')}#EXT#@${TENANT.initial}` }], details: [['invitedUserEmailAddress', g.upn], ['InvitationId', r.uuid()]] });
    if (r.chance(0.8)) {
      const tr = t + r.float(0.3, 20) * HOUR, a = addrOf(net, r);
      log.audit({ t: tr, service: 'Invited Users', category: 'UserManagement', activity: 'Redeem external user invite', actor: { kind: 'user', displayName: g.displayName, id: g.id, upn: g.upn, ip: a.ip, homeTenantId: g.homeTenantId }, targets: [{ type: 'User', displayName: g.displayName, id: g.id, upn: g.upn }] });
      const dev = { id: '', os: 'Windows 10', browser: 'Edge 154.0.3595', compliant: false, managed: false, joinType: '', browserUi: true };
      B.mfaSignIn(g, tr + 40 * SEC, SP_APP, R.sharepoint, a, dev, UA.edgeWin(154));
    }
  }
}
