// Honest behaviour of every group, day by day.
import { START, DAY, HOUR, MIN, DAYS, TZ, NETS, PLACES, APPS, RES, CLIENTS, TENANT } from './world.mjs';
import { signIn, audit, userActor, appActor, userTarget } from './records.mjs';
import { CLIENT_TENANTS } from './tenant.mjs';

const OFFICE_OF = { blr: 'ofcBlr', pune: 'ofcPune', chn: 'ofcChn', hyd: 'ofcHyd', kol: 'ofcKol', krk: 'ofcKrk', mum: 'ofcBlr' };
const NEAR = { blr: ['blr', 'blr', 'blr', 'mys'], pune: ['pune', 'pune', 'mum', 'nsk'], chn: ['chn', 'chn', 'chn', 'cbe'], hyd: ['hyd', 'hyd', 'hyd', 'vjw'], kol: ['kol', 'kol', 'kol', 'bbi'], krk: ['krk'], mum: ['mum', 'mum', 'pune'] };
const DEV_APPS = [[APPS.azCli, RES.arm], [APPS.vscode, RES.arm], [APPS.azCli, RES.graph], [APPS.azPs, RES.arm], [APPS.vscode, RES.devops]];
const DAY_APPS = [[APPS.officeHome, RES.officeHome], [APPS.owa, RES.exo], [APPS.sharepoint, RES.spo], [APPS.jira, RES.jira], [APPS.teamsWeb, RES.teams], [APPS.servicenow, RES.servicenow]];
const NI_APPS = [[APPS.teams, RES.teams], [APPS.office, RES.exo], [APPS.onedrive, RES.spo], [APPS.office, RES.graph], [APPS.teams, RES.graph], [APPS.office, RES.spo]];
const PHONE_APPS = [[APPS.outlookMobile, RES.exo], [APPS.teams, RES.teams], [APPS.broker, RES.graph]];

const wd = (d) => { const w = d % 7; return w < 5; }; // day 0 = Monday 2026-11-02
const at = (d, hUtc) => START + d * DAY + Math.round(hUtc * HOUR);

/** A laptop work session: interactive start, some browser sign-ins, token refreshes; phone sign-ins around it. */
function laptopDay(ctx, u, r, d, { t0, len, ip, office, mfaP = 0.1, phoneIps, extraApps = [], dev = u.laptop }) {
  // occasional honest trouble at the start
  if (r.chance(0.035)) signIn(ctx, u, { t: t0 - r.int(1, 4) * MIN, interactive: true, app: APPS.office, res: RES.exo, ip, dev, error: 50126, mfa: 'none', authReq: 'Single-factor authentication' });
  if (r.chance(0.02)) signIn(ctx, u, { t: t0 - r.int(20, 50) * 1000, interactive: true, app: APPS.officeHome, res: RES.officeHome, ip, dev, error: 50140 });
  const doMfa = !office && r.chance(mfaP);
  if (doMfa && r.chance(0.08)) signIn(ctx, u, { t: t0 - 2 * MIN, interactive: true, app: APPS.office, res: RES.graph, ip, dev, error: 500121, mfa: r.chance(0.5) ? 'noresp' : 'denied' });
  if (doMfa) signIn(ctx, u, { t: t0 - 50 * 1000, interactive: true, app: APPS.office, res: RES.graph, ip, dev, error: 50074, mfa: 'interrupt' });
  signIn(ctx, u, { t: t0, interactive: true, app: r.pick([APPS.office, APPS.teams, APPS.officeHome]), res: r.pick([RES.graph, RES.teams, RES.officeHome]), ip, dev, mfa: doMfa ? 'done' : 'claim', incoming: dev.managed === 'True' ? 'Primary Refresh Token' : 'None' });
  // a personal laptop at home tries mail in the browser: the compliant-device policy blocks it
  if (!office && r.chance(0.006)) signIn(ctx, u, { t: t0 + r.next() * len, interactive: true, app: r.pick([APPS.owa, APPS.sharepoint]), res: r.pick([RES.exo, RES.spo]), ip, dev: { id: '', client: CLIENTS.winChrome, joinType: '', managed: 'False', compliant: 'False', session: '' }, error: 53000, mfa: 'claim' });
  if (r.chance(0.002)) signIn(ctx, u, { t: t0 - 3 * MIN, interactive: true, app: APPS.office, res: RES.exo, ip, dev, error: 50055, mfa: 'none', authReq: 'Single-factor authentication' });
  const nInt = r.chance(0.15) ? 1 : 0;
  for (let i = 0; i < nInt; i++) { const [app, res] = r.pick(extraApps.length && r.chance(0.6) ? extraApps : DAY_APPS); signIn(ctx, u, { t: t0 + r.next() * len, interactive: true, app, res, ip, dev, mfa: 'claim', incoming: 'Primary Refresh Token' }); }
  const nNi = r.int(1, 2);
  for (let i = 0; i < nNi; i++) {
    const [app, res] = r.pick(NI_APPS);
    const err = r.chance(0.012) ? r.pick([70043, 700082, 50173]) : 0;
    signIn(ctx, u, { t: t0 + r.next() * len, interactive: false, app, res, ip, dev, mfa: 'claim', incoming: 'Primary Refresh Token', error: err, client: CLIENTS.winRich });
  }
  // phone (Outlook / Teams mobile on the carrier, or on home Wi-Fi)
  if (u.phone && r.chance(0.42)) {
    const n = r.int(1, 2);
    for (let i = 0; i < n; i++) {
      const pip = phoneIps ? r.pick(phoneIps) : ctx.mobIp(u.phone.net, r);
      const [app, res] = r.pick(PHONE_APPS);
      signIn(ctx, u, { t: t0 - 2 * HOUR + r.next() * (len + 5 * HOUR), interactive: false, app, res, ip: pip, dev: u.phone, mfa: 'claim' });
    }
    if (r.chance(0.04)) { const [app, res] = r.pick(PHONE_APPS); signIn(ctx, u, { t: t0 + r.next() * len, interactive: true, app, res, ip: ctx.mobIp(u.phone.net, r), dev: u.phone, mfa: r.chance(0.5) ? 'done' : 'claim' }); }
  }
}

function homeIp(ctx, u, r) {
  const place = PLACES[r.pick(NEAR[u.city] || [u.city])];
  return ctx.resIp(u.res, place, r);
}

/** Where an Indian / Krakow knowledge worker is today. */
function dayPlace(ctx, u, r, d) {
  if (u.pins && u.pins[d]) return u.pins[d]; // a day an attack story fixes (the victim's own address that day)
  const officeDays = u.wfh < 0.35 ? 0.7 : u.wfh < 0.85 ? 0.35 : 0.05;
  if (r.chance(officeDays)) return { ip: ctx.fixedIp(OFFICE_OF[u.city], 4, r), office: true };
  const h = homeIp(ctx, u, r);
  if (u.city !== 'krk' && r.chance(0.12)) return { ip: ctx.fixedIp('zsIn', 8, r), office: false, home: h };
  if (u.city === 'krk' && r.chance(0.1)) return { ip: ctx.fixedIp('zsEu', 8, r), office: false, home: h };
  return { ip: h, office: false, home: h };
}

function engDay(ctx, u, r, d, tz = TZ.IN) {
  const pinned = u.pins && u.pins[d];
  if (!wd(d) && !r.chance(0.04) && !pinned) return;
  if (wd(d) && r.chance(0.07) && !pinned) return; // leave
  const p = dayPlace(ctx, u, r, d);
  const t0 = at(d, 9.6 - tz + r.gauss(0, 0.6));
  const len = (8 + r.gauss(0, 1)) * HOUR;
  const extra = u.group === 'hr' ? [[APPS.darwinbox, RES.darwinbox], ...(u.payroll ? [[APPS.payroll, RES.payroll]] : [])] : [];
  laptopDay(ctx, u, r, d, { t0, len, ip: p.ip, office: p.office, extraApps: extra, mfaP: 0.12 });
  if (u.dev && r.chance(0.5)) devWork(ctx, u, r, d, t0, len, p.ip);
  if (u.group === 'hr' && r.chance(0.5)) signIn(ctx, u, { t: t0 + r.next() * len, interactive: true, app: APPS.darwinbox, res: RES.darwinbox, ip: p.ip, dev: u.laptop, mfa: 'claim', incoming: 'Primary Refresh Token' });
  if (u.payroll && r.chance(0.6)) signIn(ctx, u, { t: t0 + r.next() * len, interactive: true, app: APPS.payroll, res: RES.payroll, ip: p.ip, dev: u.laptop, mfa: 'claim', incoming: 'Primary Refresh Token' });
}

/** Developers: Azure CLI / VS Code on the laptop, build VMs and jump boxes, Codespaces, device code on headless VMs. */
function devWork(ctx, u, r, d, t0, len, lapIp) {
  const [app, res] = r.pick(DEV_APPS);
  const t = t0 + r.next() * len * 0.8;
  const cli = app === APPS.vscode ? CLIENTS.vscodeLinux : CLIENTS.azCliWin;
  signIn(ctx, u, { t, interactive: true, app, res, ip: lapIp, dev: u.laptop, client: cli, mfa: 'claim', incoming: 'Primary Refresh Token' });
  const vm = r.chance(0.75) ? ctx.fixedIp('azBuild', 24, r) : ctx.fixedIp('jump', 3, r);
  if (r.chance(0.18)) {
    // device code from a headless build VM / jump box: the code is entered on the laptop
    const corr = r.uuid();
    signIn(ctx, u, { t: t + 3 * MIN, interactive: true, app: APPS.azCli, res: RES.arm, ip: lapIp, dev: u.laptop, client: u.laptop.client, mfa: 'claim', protocol: 'Device Code', transfer: 'Device code flow', corr, incoming: 'Primary Refresh Token' });
    for (let i = 0; i < r.int(1, 3); i++) signIn(ctx, u, { t: t + 3 * MIN + r.int(5, 240) * MIN, interactive: false, app: APPS.azCli, res: r.pick([RES.arm, RES.graph, RES.keyvault]), ip: vm, client: CLIENTS.azCli, mfa: 'claim', transfer: 'Device code flow', session: '' });
  } else {
    for (let i = 0; i < r.int(1, 2); i++) signIn(ctx, u, { t: t + r.int(5, 300) * MIN, interactive: false, app: APPS.azCli, res: r.pick([RES.arm, RES.keyvault]), ip: vm, client: CLIENTS.azCli, mfa: 'claim', session: '' });
  }
  if (r.chance(0.12)) {
    const cs = ctx.fixedIp('codespaces', 30, r);
    signIn(ctx, u, { t: t + r.int(10, 200) * MIN, interactive: false, app: APPS.vscode, res: RES.devops, ip: cs, client: CLIENTS.vscodeLinux, mfa: 'claim', session: '' });
  }
}

/** BPO agents on VDI: thin client at the centre (or home), Office inside AVD / Citrix; night shifts for US and UK clients. */
function bpoDay(ctx, u, r, d, hosts) {
  const on = ((d + u.offset) % 7) < 5;
  if (!on || r.chance(0.05)) return;
  const startUtc = u.shift === 'US' ? (u.offset % 2 ? 14.5 : 13) : 8; // 18:30 / 20:00 IST or 13:30 IST
  const t0 = at(d, startUtc + r.gauss(-0.25, 0.2));
  const len = 9 * HOUR;
  const fromHome = u.wfh > 0.75;
  const frontIp = fromHome ? homeIp(ctx, u, r) : ctx.fixedIp(OFFICE_OF[u.city], 4, r);
  const thin = { id: hosts.thin[(u.offset * 31 + u.upn.length * 7 + (fromHome ? 1 : 0)) % hosts.thin.length], client: CLIENTS.thin, joinType: 'Microsoft Entra joined', managed: 'True', compliant: 'True', session: u.laptop.session };
  // shift-start typing: wrong passwords, sometimes twice, rarely a lockout
  if (r.chance(0.1)) {
    const k = r.chance(0.3) ? 2 : 1;
    for (let i = 0; i < k; i++) signIn(ctx, u, { t: t0 - (k - i) * r.int(15, 60) * 1000, interactive: true, app: u.vdi === 'avd' ? APPS.avdClient : APPS.citrix, res: u.vdi === 'avd' ? RES.avd : RES.citrix, ip: frontIp, dev: fromHome ? null : thin, client: CLIENTS.thin, error: 50126, mfa: 'none', authReq: 'Single-factor authentication' });
  }
  if (r.chance(0.004)) for (let i = 0; i < 3; i++) signIn(ctx, u, { t: t0 - (4 - i) * MIN, interactive: true, app: u.vdi === 'avd' ? APPS.avdClient : APPS.citrix, res: u.vdi === 'avd' ? RES.avd : RES.citrix, ip: frontIp, dev: fromHome ? null : thin, client: CLIENTS.thin, error: i < 2 ? 50126 : 50053, mfa: 'none', authReq: 'Single-factor authentication' });
  // the VDI-only policy blocks Outlook on the agent's own phone
  if (u.phone && r.chance(0.012)) signIn(ctx, u, { t: t0 - r.int(10, 60) * MIN, interactive: true, app: APPS.outlookMobile, res: RES.exo, ip: ctx.mobIp(u.phone.net, r), dev: u.phone, error: 53003, mfa: 'claim' });
  signIn(ctx, u, { t: t0, interactive: true, app: u.vdi === 'avd' ? APPS.avdClient : APPS.citrix, res: u.vdi === 'avd' ? RES.avd : RES.citrix, ip: frontIp, dev: fromHome ? null : thin, client: CLIENTS.thin, mfa: fromHome ? 'done' : 'claim', authReq: 'Multifactor authentication' });
  const egress = u.vdi === 'avd' ? ctx.fixedIp('avd', 6, r) : ctx.fixedIp('citrix', 3, r);
  const host = { id: hosts[u.vdi][(u.offset * 13 + d * 7 + u.upn.length) % hosts[u.vdi].length], client: CLIENTS.winEdge, joinType: 'Microsoft Entra joined', managed: 'True', compliant: 'True', session: u.laptop.session };
  signIn(ctx, u, { t: t0 + r.int(1, 4) * MIN, interactive: false, app: APPS.teams, res: RES.teams, ip: egress, dev: host, client: CLIENTS.winTeams, mfa: 'claim', incoming: 'Primary Refresh Token' });
  for (let i = 0; i < r.int(1, 2); i++) { const [app, res] = r.pick(NI_APPS.slice(0, 4)); signIn(ctx, u, { t: t0 + r.next() * len, interactive: false, app, res, ip: egress, dev: host, client: CLIENTS.winRich, mfa: 'claim', incoming: 'Primary Refresh Token' }); }
  if (r.chance(0.2)) signIn(ctx, u, { t: t0 + r.next() * len, interactive: true, app: APPS.servicenow, res: RES.servicenow, ip: egress, dev: host, mfa: 'claim' });
  if (u.phone && r.chance(0.3)) signIn(ctx, u, { t: t0 + r.next() * len, interactive: false, app: APPS.teams, res: RES.teams, ip: ctx.mobIp(u.phone.net, r), dev: u.phone, mfa: 'claim' });
}

/** Engineers deployed at a client site abroad: client network by day, hotel at night, Indian phone roaming (home-carrier IPs). */
function onsiteDay(ctx, u, r, d) {
  const tz = TZ[u.tz];
  const arrived = u.arriveDay < 0 || d >= u.arriveDay;
  if (!arrived) return engDay(ctx, u, r, d);
  const cc = NETS[u.site].locs[0];
  const hotelKey = { nj: 'hotelUs', dal: 'hotelUs', lon: 'hotelUk', mun: 'hotelDe' }[cc];
  const vpnKey = cc === 'nj' || cc === 'dal' ? 'zsUs' : 'zsEu';
  const roam = () => ctx.mobIp(u.phone.net, r);
  if (d === u.arriveDay) {
    signIn(ctx, u, { t: at(d, 9 - tz), interactive: false, app: APPS.teams, res: RES.teams, ip: ctx.fixedIp('airport', 6, r), dev: u.laptop, client: CLIENTS.winRich, mfa: 'claim', incoming: 'Primary Refresh Token' });
  }
  if (!wd(d)) {
    if (r.chance(0.5)) laptopDay(ctx, u, r, d, { t0: at(d, 11 - tz + r.gauss(0, 1)), len: 2 * HOUR, ip: ctx.fixedIp(hotelKey, 12, r), office: false, mfaP: 0.1 });
    return;
  }
  const t0 = at(d, 9 - tz + r.gauss(0, 0.4));
  const siteIp = r.chance(0.8) ? ctx.fixedIp(u.site, 3, r) : ctx.fixedIp(vpnKey, 8, r);
  laptopDay(ctx, u, r, d, { t0, len: 8.5 * HOUR, ip: siteIp, office: false, mfaP: 0.08, phoneIps: [roam(), roam()] });
  // evening on hotel Wi-Fi, overlapping with India's morning stand-up
  if (r.chance(0.5)) signIn(ctx, u, { t: at(d, 20 - tz + r.gauss(0, 0.5)), interactive: false, app: APPS.teams, res: RES.teams, ip: ctx.fixedIp(hotelKey, 12, r), dev: u.laptop, client: CLIENTS.winRich, mfa: 'claim', incoming: 'Primary Refresh Token' });
}

const TRIPS = [
  [[0, 3, 'home'], [4, 6, 'dxb'], [7, 9, 'lon'], [10, 13, 'home']],
  [[0, 1, 'home'], [2, 6, 'nj'], [7, 7, 'air'], [8, 13, 'home']],
  [[0, 6, 'home'], [7, 8, 'doh'], [9, 13, 'home']],
  [[0, 4, 'home'], [5, 9, 'mun'], [10, 13, 'home']],
  [[0, 13, 'home']],
];
const TRIP_NETS = { dxb: ['hotelMe', 'zsMe', 4], doh: ['hotelMe', 'zsMe', 3], lon: ['hotelUk', 'zsEu', 0], nj: ['hotelUs', 'zsUs', -5], mun: ['hotelDe', 'zsEu', 1] };

function travelDay(ctx, u, r, d) {
  const leg = TRIPS[u.trip].find(([a, b]) => d >= a && d <= b);
  const where = leg[2];
  if (where === 'air') return; // on the long flight home
  if (where === 'home') {
    engDay(ctx, u, r, d);
    if (u.trip === 4 && r.chance(0.3)) signIn(ctx, u, { t: at(d, 8 + r.next() * 6), interactive: false, app: APPS.outlookMobile, res: RES.exo, ip: ctx.mobIp(r.pick(['jioMob', 'airtelMob']), r), dev: u.phone, mfa: 'claim' });
    return;
  }
  const [hotel, vpn, tz] = TRIP_NETS[where];
  if (d === leg[0]) signIn(ctx, u, { t: at(d, 6 - tz), interactive: false, app: APPS.outlookMobile, res: RES.exo, ip: ctx.fixedIp('airport', 6, r), dev: u.phone, mfa: 'claim' });
  const t0 = at(d, 9 - tz + r.gauss(0, 0.5));
  const ip = r.chance(0.6) ? ctx.fixedIp(hotel, 12, r) : ctx.fixedIp(vpn, 8, r);
  laptopDay(ctx, u, r, d, { t0, len: 6 * HOUR, ip, office: false, mfaP: 0.25, phoneIps: [ctx.mobIp(u.phone.net, r)] });
  if (where === 'lon' && r.chance(0.5)) signIn(ctx, u, { t: t0 + 3 * HOUR, interactive: false, app: APPS.teams, res: RES.teams, ip: ctx.fixedIp('clientLon', 3, r), dev: u.laptop, client: CLIENTS.winRich, mfa: 'claim' });
}

function guestDay(ctx, u, r, d) {
  if (u.guestEnd !== undefined && d > u.guestEnd) return; // offboarded (see attacks.mjs)
  if (!wd(d) || !r.chance(0.45)) return;
  const ct = CLIENT_TENANTS[u.client];
  const tz = { meridian: TZ.USE, lonestar: TZ.USC, halberd: TZ.UK, isarwerk: TZ.DE }[u.client];
  const place = PLACES[r.pick(NETS[u.res].locs)];
  const ip = r.chance(0.55) ? ctx.fixedIp(ct.site, 3, r) : ctx.resIp(u.res, place, r);
  const t0 = at(d, 9.5 - tz + r.gauss(0, 1.2));
  const dev = u.laptop;
  signIn(ctx, u, { t: t0, interactive: true, app: r.pick([APPS.teamsWeb, APPS.sharepoint, APPS.officeHome]), res: r.pick([RES.teams, RES.spo]), ip, dev, mfa: 'claim', authReq: 'Multifactor authentication' });
  if (r.chance(0.5)) signIn(ctx, u, { t: t0 + r.int(10, 300) * MIN, interactive: false, app: APPS.teams, res: RES.teams, ip, dev, mfa: 'claim' });
  if (r.chance(0.25)) signIn(ctx, u, { t: t0 + r.int(10, 300) * MIN, interactive: true, app: APPS.jira, res: RES.jira, ip, dev, mfa: 'claim' });
}

export function benign(ctx, users, admins) {
  const r0 = ctx.rng.fork('benign');
  const hosts = { thin: [], avd: [], citrix: [] };
  for (let i = 0; i < 160; i++) hosts.thin.push(r0.uuid());
  for (let i = 0; i < 48; i++) hosts.avd.push(r0.uuid());
  for (let i = 0; i < 24; i++) hosts.citrix.push(r0.uuid());
  for (const u of users) {
    const r = r0.fork(u.upn);
    for (let d = 0; d < DAYS; d++) {
      switch (u.group) {
        case 'eng': case 'hr': engDay(ctx, u, r, d); break;
        case 'krk': engDay(ctx, u, r, d, TZ.PL); break;
        case 'bpo': bpoDay(ctx, u, r, d, hosts); break;
        case 'onsite': onsiteDay(ctx, u, r, d); break;
        case 'travel': travelDay(ctx, u, r, d); break;
        case 'guest': guestDay(ctx, u, r, d); break;
        case 'idadmin': engDay(ctx, u, r, d); if (wd(d) && r.chance(0.7)) adminPortal(ctx, u, r, d); break;
        case 'desk': deskDay(ctx, u, r, d); break;
        case 'joiner': if (d >= u.start) { if (d === u.start) joinerFirstDay(ctx, u, r, d); else engDay(ctx, u, r, d); } break;
        case 'leaver': leaverDay(ctx, u, r, d); break;
        case 'svc': svcDay(ctx, u, r, d); break;
      }
    }
  }
}

function adminPortal(ctx, u, r, d) {
  const ip = ctx.fixedIp('ofcBlr', 4, r);
  const t = at(d, 5 + r.next() * 7);
  signIn(ctx, u, { t, interactive: true, app: APPS.portal, res: RES.arm, ip, dev: u.laptop, mfa: r.chance(0.5) ? 'done' : 'claim', incoming: 'Primary Refresh Token' });
  if (r.chance(0.4)) signIn(ctx, u, { t: t + r.int(5, 90) * MIN, interactive: false, app: APPS.graphCli, res: RES.graph, ip, dev: u.laptop, client: CLIENTS.pwsh, mfa: 'claim' });
}

function deskDay(ctx, u, r, d) {
  if (((d + u.deskShift) % 7) >= 5 || r.chance(0.05)) return;
  const startUtc = [3.5, 12.5, 21.5][u.deskShift];
  const t0 = at(d, startUtc + r.gauss(0, 0.2));
  const ip = ctx.fixedIp('ofcBlr', 4, r);
  laptopDay(ctx, u, r, d, { t0, len: 8.5 * HOUR, ip, office: true, extraApps: [[APPS.servicenow, RES.servicenow], [APPS.portal, RES.arm]] });
  signIn(ctx, u, { t: t0 + 10 * MIN, interactive: true, app: APPS.portal, res: RES.arm, ip, dev: u.laptop, mfa: 'claim', incoming: 'Primary Refresh Token' });
}

function joinerFirstDay(ctx, u, r, d) {
  const ip = ctx.fixedIp(OFFICE_OF[u.city] || 'ofcBlr', 4, r);
  const t0 = at(d, 4 + r.gauss(0, 0.3));
  signIn(ctx, u, { t: t0, interactive: true, app: APPS.winSignIn, res: RES.drs, ip, dev: u.laptop, mfa: 'done', mfaMethod: 'Temporary Access Pass' });
  signIn(ctx, u, { t: t0 + 3 * MIN, interactive: true, app: APPS.mySignins, res: RES.graph, ip, dev: u.laptop, error: 50072 });
  signIn(ctx, u, { t: t0 + 6 * MIN, interactive: true, app: APPS.mySignins, res: RES.graph, ip, dev: u.laptop, mfa: 'done', mfaMethod: 'Temporary Access Pass' });
  signIn(ctx, u, { t: t0 + 12 * MIN, interactive: false, app: APPS.companyPortal, res: RES.intune, ip, dev: u.laptop, mfa: 'claim' });
  laptopDay(ctx, u, r, d, { t0: t0 + 40 * MIN, len: 6 * HOUR, ip, office: true });
}

function leaverDay(ctx, u, r, d) {
  if (d <= u.lastDay) return engDay(ctx, u, r, d);
  // disabled: the old phone keeps trying, sometimes the laptop too (before it is collected)
  if (u.phoneKeepsTrying && r.chance(0.8)) {
    for (let i = 0; i < r.int(1, 3); i++) signIn(ctx, u, { t: at(d, r.next() * 24), interactive: false, app: r.pick([APPS.outlookMobile, APPS.teams]), res: r.pick([RES.exo, RES.teams]), ip: ctx.mobIp(u.phone.net, r), dev: u.phone, error: 50057, mfa: 'none', authReq: 'Single-factor authentication' });
  }
  if (d === u.lastDay + 1 && r.chance(0.3)) signIn(ctx, u, { t: at(d, 4 + r.next() * 3), interactive: true, app: APPS.office, res: RES.exo, ip: homeIp(ctx, u, r), dev: u.laptop, error: 50057, mfa: 'none', authReq: 'Single-factor authentication' });
}

function svcDay(ctx, u, r, d) {
  if (u.kind === 'ropc') {
    for (let k = 0; k < 48; k++) {
      const t = at(d, k / 2) + r.int(0, 90) * 1000;
      // day 9: the password is rotated at 06:10 UTC and the vendor's connector is updated at 07:30: failures in between
      const rotating = d === 9 && k >= 13 && k <= 14;
      signIn(ctx, u, { t, interactive: true, app: APPS.hrmsSync, res: RES.graph, ip: ctx.fixedIp('hrmsVendor', 2, r), client: CLIENTS.hrmsJava, protocol: 'ROPC', error: rotating ? 50126 : 0, mfa: 'none', authReq: 'Single-factor authentication', ca: 'Not Applied', clientApp: 'Mobile Apps and Desktop clients', session: '' });
    }
  } else if (u.kind === 'smtp') {
    if (!wd(d) && !r.chance(0.3)) return;
    const n = wd(d) ? r.int(8, 22) : r.int(1, 4);
    const tz = u.office === 'ofcKrk' ? TZ.PL : TZ.IN;
    const broken = u.upn.startsWith('scan-maa-04') && d === 3;
    for (let i = 0; i < n; i++) signIn(ctx, u, { t: at(d, 9 - tz + r.next() * 9), interactive: true, app: APPS.exo, res: RES.exo, ip: ctx.fixedIp(u.office, 4, r), client: CLIENTS.smtp, error: 0, mfa: 'none', authReq: 'Single-factor authentication', ca: 'Not Applied', clientApp: 'Authenticated SMTP', session: '' });
    if (broken) for (let i = 0; i < 26; i++) signIn(ctx, u, { t: at(d, 4.2) + i * r.int(8, 15) * MIN, interactive: true, app: APPS.exo, res: RES.exo, ip: ctx.fixedIp(u.office, 4, r), client: CLIENTS.smtp, error: 50126, mfa: 'none', authReq: 'Single-factor authentication', ca: 'Not Applied', clientApp: 'Authenticated SMTP', session: '' });
  } else if (u.kind === 'monitor') {
    for (let k = 0; k < 96; k++) {
      const t = at(d, k / 4) + r.int(0, 40) * 1000;
      signIn(ctx, u, { t, interactive: false, app: APPS.monitor, res: k % 2 ? RES.graph : RES.exo, ip: ctx.fixedIp('monitorVm', 1, r), client: CLIENTS.monitorPy, error: r.chance(0.003) ? 70043 : 0, mfa: 'none', authReq: 'Single-factor authentication', ca: 'Not Applied', session: '' });
    }
  }
}
