// Honest activity: fourteen days of work, shifts, trips, holidays and the oddities real tenants have.
import { SEC, MIN, HOUR, DAY, DAYS } from './fmt.mjs';
import { UA, place } from './world.mjs';
import { SITES, MOBILE_NETS } from './people.mjs';
import { tUser, tApp, mod, js } from './engine.mjs';

// day index 0 = Mon 2026-11-09
export const dow = (day) => (1 + day) % 7; // 0 Sunday
export const HOLIDAYS = { BR: [6, 11], MX: [7], CO: [7], CL: [] }; // BR 15/11 Proclamação (Sun), 20/11 Consciência Negra; MX 16/11 Revolución (3rd Mon); CO 16/11 Independencia de Cartagena (moved to Mon)
const isOff = (u, day) => HOLIDAYS[u.cc] && HOLIDAYS[u.cc].includes(day);

export function benign(W, P, rng) {
  const r = rng.fork('benign');
  const T = W.tenant;
  const tzOf = (u) => place(SITES[u.site] ? SITES[u.site].place : u.homePlace).tz;
  const at = (day, localHour, tz) => Math.round(day * DAY + (localHour - tz) * HOUR + r.int(0, SEC - 1));
  const corp = {};
  const corpIp = (site) => {
    if (!corp[site]) {
      const s = SITES[site];
      corp[site] = [0, 1, 2].map(() => W.newIp(s.net, s.place, { named: s.named, r }));
    }
    return r.pick(corp[site]);
  };
  const dcntr = [W.newIp('BR_CORP', 'BAR', { named: 'BR-Datacenter-Tambore', r }), W.newIp('BR_CORP', 'BAR', { named: 'BR-Datacenter-Tambore', r })];
  const vpnSite = (cc) => (cc === 'MX' ? 'MX_VPN' : 'BR_VPN'); // CO and CL route through the São Paulo concentrator
  const mobileIp = (u, pk) => W.newIp(u.mobileNet, pk || null, { r });
  const custom = {
    wms: [r.guid(), 'Araponga WMS Mobile'], wmsApi: [r.guid(), 'Araponga WMS API'],
    driver: [r.guid(), 'Araponga Motorista'], driverApi: [r.guid(), 'Araponga TMS API'],
    crm: [r.guid(), 'Araponga Atendimento'], dyn: ['00000007-0000-0000-c000-000000000000', 'Dynamics CRM Online'],
    erp: [r.guid(), 'Araponga ERP Connector'], fiori: [r.guid(), 'SAP S/4HANA Fiori'],
    aadc: ['cb1056e2-e479-49de-ae31-7812af012ed8', 'Microsoft Azure Active Directory Connect'],
    cicd: [r.guid(), 'araponga-cicd-deploy'], ecomGha: [r.guid(), 'araponga-ecommerce-gha'],
  };
  W.custom = custom;
  W.corpIp = (site) => corpIp(site);
  W.dcntr = dcntr;
  const sid = () => r.guid();

  // ---- primitives ----
  const web = (u, t, env, app = 'OfficeHome', res = 'OfficeHome', o = {}) => {
    const corr = r.guid();
    if (!o.noKmsi && r.chance(0.1)) {
      W.signin({ t, user: u, interactive: true, app, res, ipi: env.ipi, device: env.dev, ua: env.ua, err: 50140, corr, sessionId: env.sid, r });
      t += r.int(3, 25) * SEC;
    }
    if (env.unmanaged && r.chance(0.03)) W.signin({ t: t - r.int(1, 5) * SEC, user: u, interactive: true, app, res, ipi: env.ipi, device: env.dev, ua: env.ua, err: 50058, corr, sessionId: env.sid, r });
    return W.signin({ t, user: u, interactive: true, app, res, ipi: env.ipi, device: env.dev, ua: env.ua, auth: o.auth || (env.unmanaged ? 'prev' : 'prevmfa'), corr, sessionId: env.sid, r, ...o.x });
  };
  const mfa = (u, t, env, app, res, o = {}) => {
    const corr = r.guid();
    if (r.chance(0.5)) { W.signin({ t, user: u, interactive: true, app, res, ipi: env.ipi, device: env.dev, ua: env.ua, err: 50074, auth: 'push', corr, sessionId: env.sid, r }); t += r.int(4, 20) * SEC; }
    if (r.chance(0.012)) { W.signin({ t, user: u, interactive: true, app, res, ipi: env.ipi, device: env.dev, ua: env.ua, err: 500121, auth: 'push', addl: r.chance(0.5) ? 'MFA denied; user did not respond to mobile app notification' : 'MFA denied; user declined the authentication', mfaDetailText: 'MFA denied; user did not respond to mobile app notification', corr, sessionId: env.sid, r }); t += r.int(30, 120) * SEC; }
    return W.signin({ t, user: u, interactive: true, app, res, ipi: env.ipi, device: env.dev, ua: env.ua, auth: o.auth || 'push', corr, sessionId: env.sid, r });
  };
  const NI_ERR = [[70044, 3], [50076, 2], [50173, 1], [50133, 1], [50097, 0.5], [65001, 0.3]];
  const ni = (u, t, env, app, res, ua, o = {}) => {
    const err = o.err === undefined && r.chance(0.011) ? r.wpick(NI_ERR) : o.err;
    return W.signin({ t, user: u, interactive: false, app, res, ipi: env.ipi, device: env.dev, ua, incoming: env.incoming || 'none', sessionId: env.sid, r, ...o, err });
  };
  const LAPTOP_NI = [['Teams', 'Teams', 'teamsDesktop', 3], ['OfficeDesktop', 'Exchange', 'officeDesktop', 3], ['OneDriveSync', 'SharePoint', 'onedrive', 2], ['OfficeDesktop', 'SharePoint', 'officeDesktop', 1], ['Teams', 'Skype', 'teamsDesktop', 1], ['Edge', 'Graph', 'winEdge', 1]];
  const PHONE_NI = [['OutlookMobile', 'Exchange', 2], ['Teams', 'Teams', 2], ['Teams', 'Skype', 1], ['Authenticator', 'Graph', 0.3]];
  const laptopNI = (u, t0, t1, env, n) => {
    for (let i = 0; i < n; i++) {
      const a = r.wpick(LAPTOP_NI.map((x) => [x, x[3]]));
      ni(u, r.int(t0, t1), env, a[0], a[1], u.mac ? UA.macChrome : UA[a[2]]);
    }
  };
  const phoneNI = (u, t0, t1, env, n) => {
    for (let i = 0; i < n; i++) {
      const a = r.wpick(PHONE_NI.map((x) => [x, x[2]]));
      const ua = a[0] === 'OutlookMobile' ? (u.ios ? UA.iosOutlook : UA.androidOutlook) : (u.ios ? UA.iosTeams : UA.androidTeams);
      ni(u, r.int(t0, t1), env, a[0], a[1], ua);
    }
  };
  const laptopEnv = (u, ipi) => ({ ipi, dev: u.devices[0], ua: UA[u.browserUA] || UA.winEdge, sid: sid(), incoming: u.mac ? 'none' : 'primaryRefreshToken' });
  const phoneEnv = (u, ipi) => ({ ipi, dev: u.devices.find((d) => d.kind === 'phone') || u.devices[0], ua: u.ios ? UA.iosSafari : UA.androidChrome, sid: sid(), incoming: 'none', unmanaged: true });
  const poisson = (lambda) => { let L = Math.exp(-lambda), k = 0, p = 1; do { k++; p *= r.next(); } while (p > L); return k - 1; };

  // ---- overrides (trips, leave) ----
  const busy = new Map(); // user -> Set(day) handled elsewhere
  const mark = (u, days) => { let s = busy.get(u); if (!s) busy.set(u, (s = new Set())); for (const d of days) s.add(d); };

  // ---- office-type workday ----
  const officeDay = (u, day, opts = {}) => {
    const tz = tzOf(u);
    const wd = dow(day);
    if (wd === 0 || wd === 6 || isOff(u, day)) {
      if (r.chance(u.persona === 'it' ? 0.45 : 0.25)) {
        const pe = phoneEnv(u, r.chance(0.6) ? u.homeIp : mobileIp(u));
        phoneNI(u, at(day, r.float(9, 21), tz), at(day, 22, tz), pe, r.int(1, 3));
      }
      if (u.persona === 'it' && r.chance(0.15)) {
        const env = laptopEnv(u, r.chance(0.5) ? u.homeIp : corpIp(vpnSite(u.cc)));
        const t = at(day, r.float(10, 22), tz);
        web(u, t, env, 'AzurePortal', 'ARM');
        laptopNI(u, t, t + HOUR, env, r.int(1, 3));
      }
      return;
    }
    const inOffice = u.officeDays.includes(wd) && !opts.home;
    const start = at(day, u.start + r.gauss(0, 0.35), tz);
    const end = start + Math.round((u.len + r.gauss(0, 0.5)) * HOUR);
    let ipi;
    if (u.persona === 'sales' && !inOffice) {
      const pk = r.pick(u.cities);
      ipi = r.chance(0.5) ? mobileIp(u, MOBILE_NETS[u.cc] ? null : null) : W.newIp(u.homeNet, pk, { r });
    } else ipi = inOffice ? corpIp(u.site) : (r.chance(0.22) ? corpIp(vpnSite(u.cc)) : u.homeIp);
    const env = laptopEnv(u, ipi);
    if (!u.mac && r.chance(0.65)) W.signin({ t: start, user: u, interactive: true, app: 'WindowsSignIn', res: 'WindowsSignIn', ipi, device: env.dev, ua: UA.winAuth, auth: 'whfb', clientApp: 'Mobile Apps and Desktop clients', sessionId: env.sid, r });
    const nweb = r.chance(0.55) ? 1 : r.chance(0.5) ? 2 : 0;
    for (let i = 0; i < nweb; i++) {
      const pick = r.wpick([[['OfficeHome', 'OfficeHome'], 4], [['TeamsWeb', 'Teams'], 1], [['OWA', 'Exchange'], 2], [[custom.fiori, custom.fiori], u.dept && /Finan|Contas|Cuentas|Contr/.test(u.dept) ? 3 : 0.2], [['PowerBI', 'PowerBI'], 0.6]]);
      web(u, r.int(start, end), env, pick[0], pick[1]);
    }
    laptopNI(u, start, end, env, poisson(u.persona === 'it' ? 5 : 3.4));
    const pe = phoneEnv(u, inOffice ? corpIp(u.site) : r.chance(0.5) ? u.homeIp : mobileIp(u));
    phoneNI(u, start - HOUR, end + 2 * HOUR, pe, poisson(1.5));
    if (r.chance(0.06)) mfa(u, r.int(start, end), pe, 'OutlookMobile', 'Exchange');
    if (u.persona === 'it') itExtra(u, day, start, end, env);
  };

  // ---- IT admins ----
  const PIM_ROLES = [['Exchange Administrator', '29232cdf-9323-42fd-ade2-1d097af3e4de'], ['Intune Administrator', '3a2c62db-5318-420d-8d74-23affee5d9d5'], ['User Administrator', 'fe930be7-5e62-47db-91af-98c3a49a38b1'], ['Application Administrator', '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3'], ['Global Reader', 'f2ef992c-3afb-46b9-b7cf-a126ee74c451'], ['Security Administrator', '194ae4cb-b126-40b2-bd5b-6091b380977d']];
  W.PIM_ROLES = PIM_ROLES;
  const pimSp = { appId: null, displayName: 'MS-PIM', servicePrincipalId: r.guid(), servicePrincipalName: null };
  W.pimSp = pimSp;
  const itExtra = (u, day, start, end, env) => {
    if (r.chance(0.5)) web(u, r.int(start, end), env, 'AzurePortal', 'ARM');
    const a = u.adminAccount;
    if (!a || !r.chance(0.6)) return;
    const t = r.int(start + HOUR, end - HOUR);
    const aenv = { ...env, sid: sid() };
    const fido = r.chance(0.3);
    const corrA = r.guid();
    if (!fido && r.chance(0.5)) W.signin({ t: t - 15 * SEC, user: a, interactive: true, app: 'AdminCenter', res: 'AADGraph', ipi: env.ipi, device: env.dev, ua: env.ua, err: 50074, auth: 'push', corr: corrA, sessionId: aenv.sid, r });
    W.signin({ t, user: a, interactive: true, app: r.chance(0.5) ? 'AdminCenter' : 'AzurePortal', res: r.chance(0.5) ? 'AADGraph' : 'ARM', ipi: env.ipi, device: env.dev, ua: env.ua, auth: fido ? 'fido' : 'push', corr: corrA, sessionId: aenv.sid, r });
    const role = r.pick(PIM_ROLES);
    const tp = t + r.int(60, 400) * SEC;
    const corr = r.guid();
    W.audit({ t: tp, by: a, ipi: env.ipi, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', operationType: 'Add', corr, resultReason: r.pick(['Chamado INC', 'Change CHG', 'Troubleshooting', 'Rotina semanal', 'Ticket']) + ' ' + r.int(100000, 999999), targets: [{ id: role[1], displayName: role[0], type: 'Role', modifiedProperties: [], administrativeUnits: [] }, tUser(a)], additional: [{ key: 'RoleDefinitionOriginId', value: role[1] }, { key: 'RoleDefinitionOriginType', value: 'BuiltInRole' }, { key: 'TemplateId', value: role[1] }, { key: 'ipaddr', value: env.ipi.ip }], r });
    W.audit({ t: tp + r.int(1, 4) * SEC, byApp: pimSp, activity: 'Add member to role', category: 'RoleManagement', service: 'Core Directory', operationType: 'Assign', corr, targets: [tUser(a), { id: role[1], displayName: role[0], type: 'Role', modifiedProperties: [mod('Role.DisplayName', null, js(role[0])), mod('Role.TemplateId', null, js(role[1]))], administrativeUnits: [] }], r });
    W.audit({ t: tp + r.int(5, 9) * SEC, by: a, ipi: env.ipi, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', operationType: 'Add', corr, targets: [{ id: role[1], displayName: role[0], type: 'Role', modifiedProperties: [], administrativeUnits: [] }, tUser(a)], additional: [{ key: 'StartTime', value: new Date(Date.UTC(2026, 10, 9) + Math.floor(tp / 1e4)).toISOString() }, { key: 'ExpirationTime', value: new Date(Date.UTC(2026, 10, 9) + Math.floor(tp / 1e4) + 4 * 3600e3).toISOString() }], r });
    const n = r.int(2, 8);
    for (let i = 0; i < n; i++) ni(a, r.int(tp, tp + 3 * HOUR), aenv, r.pick(['AdminCenter', 'AzurePortal', 'ExoPowerShell']), r.pick(['AADGraph', 'Graph', 'ARM', 'Exchange']), env.ua);
    itAudit(a, tp, env);
  };
  // what admins do with their roles
  const itAudit = (a, t, env) => {
    const k = r.int(0, 9);
    const target = r.pick(P.users.filter((x) => x.persona === 'office'));
    if (k < 3) W.audit({ t: t + r.int((5) * 60, (60) * 60) * SEC, by: a, ipi: env.ipi, activity: 'Update user', category: 'UserManagement', operationType: 'Update', targets: [tUser(target, [mod('JobTitle', js([r.pick(['Analista', 'Coordenador', 'Analista Sr'])]), js([r.pick(['Analista Sr', 'Coordenador', 'Gerente'])])), mod('Included Updated Properties', null, '"JobTitle"')])], r });
    else if (k < 5) W.audit({ t: t + r.int((5) * 60, (60) * 60) * SEC, by: a, ipi: env.ipi, activity: 'Add member to group', category: 'GroupManagement', operationType: 'Assign', targets: [tUser(target), { id: r.guid(), displayName: r.pick(['GRP-SharePoint-Comercial', 'GRP-Licenca-E3', 'GRP-VPN-Usuarios', 'GRP-PowerBI-Pro', 'GRP-Teams-BlackFriday2026']), type: 'Group', modifiedProperties: [], administrativeUnits: [] }], r });
    else if (k < 6) W.audit({ t: t + r.int((5) * 60, (60) * 60) * SEC, by: a, ipi: env.ipi, activity: 'Update device', category: 'Device', operationType: 'Update', targets: [{ id: r.guid(), displayName: `ARP-BR-NB${r.int(1000, 3000)}`, type: 'Device', modifiedProperties: [mod('AccountEnabled', '[true]', '[false]')], administrativeUnits: [] }], r });
  };

  // ---- store managers ----
  const storeDay = (u, day) => {
    const tz = place(u.storePlace).tz;
    const wd = dow(day);
    if (u.daysOff.includes(wd) || (isOff(u, day) && r.chance(0.3))) { if (r.chance(0.3)) phoneNI(u, at(day, 10, tz), at(day, 21, tz), phoneEnv(u, r.chance(0.5) ? u.homeIp : mobileIp(u)), r.int(1, 2)); return; }
    const buenFin = u.cc === 'MX' && day >= 4 && day <= 7;
    const start = at(day, u.start + r.gauss(0, 0.4), tz);
    const end = start + Math.round(r.gauss(buenFin ? 12 : 9.5, 0.6) * HOUR);
    const env = { ipi: u.store, dev: u.devices[0], ua: UA.winEdge, sid: sid(), incoming: 'primaryRefreshToken' };
    W.signin({ t: start, user: u, interactive: true, app: 'WindowsSignIn', res: 'WindowsSignIn', ipi: u.store, device: env.dev, ua: UA.winAuth, auth: 'whfb', clientApp: 'Mobile Apps and Desktop clients', sessionId: env.sid, r });
    const sp = r.pick([['OfficeHome', 'OfficeHome'], ['OWA', 'Exchange'], ['PowerBI', 'PowerBI']]);
    web(u, r.int(start, end), env, sp[0], sp[1]);
    laptopNI(u, start, end, env, poisson(buenFin ? 4.2 : 2.8));
    const pe = phoneEnv(u, r.chance(0.5) ? u.store : mobileIp(u));
    phoneNI(u, start - HOUR, end + HOUR, pe, poisson(1.3));
    if (r.chance(0.04)) mfa(u, r.int(start, end), pe, 'Teams', 'Teams');
  };

  // ---- distribution-centre shifts ----
  const SHIFT = { A: 6, B: 14, C: 22 };
  const dcDay = (u, day) => {
    const s = SITES[u.site];
    const tz = place(s.place).tz;
    const wd = dow(day);
    const peak = (u.cc === 'BR' && (day === 5 || day === 12)) || (u.cc === 'MX' && day >= 3 && day <= 6);
    if ((u.daysOff.includes(wd) && !(peak && r.chance(0.4))) || (isOff(u, day) && r.chance(0.6))) return;
    const start = at(day, SHIFT[u.shift] + r.gauss(-0.15, 0.12), tz);
    const end = start + 8 * HOUR;
    const hh = r.pick(P.handhelds[u.site]);
    const ipi = corpIp(u.site);
    const env = { ipi, dev: hh, ua: UA.zebra, sid: sid(), incoming: 'none' };
    const corr = r.guid();
    if (r.chance(0.015)) {
      W.signin({ t: start - 40 * SEC, user: u, interactive: true, app: custom.wms, res: custom.wmsApi, ipi, device: hh, ua: UA.zebra, err: 50126, auth: 'pw', corr, sessionId: env.sid, r });
      if (r.chance(0.08)) for (let k = 0; k < 9; k++) W.signin({ t: start - (39 - k * 3) * SEC, user: u, interactive: true, app: custom.wms, res: custom.wmsApi, ipi, device: hh, ua: UA.zebra, err: k < 8 ? 50126 : 50053, auth: 'pw', corr, sessionId: env.sid, r });
    }
    W.signin({ t: start, user: u, interactive: true, app: custom.wms, res: custom.wmsApi, ipi, device: hh, ua: UA.zebra, auth: 'pw', corr, sessionId: env.sid, clientApp: 'Mobile Apps and Desktop clients', r });
    if (r.chance(0.3)) { // battery swap: the worker takes another shared handheld mid-shift and signs in again
      const hh2 = r.pick(P.handhelds[u.site]);
      W.signin({ t: start + r.int(2 * 3600, 7 * 3600) * SEC, user: u, interactive: true, app: custom.wms, res: custom.wmsApi, ipi, device: hh2, ua: UA.zebra, auth: 'pw', sessionId: sid(), clientApp: 'Mobile Apps and Desktop clients', r });
    }
    if (r.chance(0.35)) W.signin({ t: start + r.int((2) * 60, (40) * 60) * SEC, user: u, interactive: true, app: 'Teams', res: 'Teams', ipi, device: hh, ua: UA.androidTeams, auth: 'prev', sessionId: env.sid, clientApp: 'Mobile Apps and Desktop clients', r });
    const n = poisson(2.0);
    for (let i = 0; i < n; i++) ni(u, r.int(start, end), env, r.chance(0.6) ? custom.wms : 'Teams', r.chance(0.6) ? custom.wmsApi : 'Teams', r.chance(0.6) ? UA.zebra : UA.androidTeams);
  };

  // ---- drivers ----
  const driverDay = (u, day) => {
    const wd = dow(day);
    if (u.daysOff.includes(wd) || (isOff(u, day) && r.chance(0.5))) return;
    const tz = place(u.routes[0]).tz;
    const dev = u.devices[0];
    const start = at(day, r.gauss(5.5, 0.7), tz), end = start + Math.round(r.gauss(11, 1) * HOUR);
    const env = { ipi: mobileIp(u), dev, ua: UA.androidChrome, sid: sid(), incoming: 'none' };
    if (r.chance(0.45)) W.signin({ t: start, user: u, interactive: true, app: custom.driver, res: custom.driverApi, ipi: env.ipi, device: dev, ua: UA.androidChrome, auth: r.chance(0.15) ? 'push' : 'prevmfa', sessionId: env.sid, clientApp: 'Mobile Apps and Desktop clients', r });
    const n = poisson(2.8);
    for (let i = 0; i < n; i++) {
      const e = r.chance(0.6) ? env : { ...env, ipi: mobileIp(u) };
      ni(u, r.int(start, end), e, r.chance(0.6) ? custom.driver : 'Teams', r.chance(0.6) ? custom.driverApi : 'Teams', r.chance(0.6) ? UA.androidChrome : UA.androidTeams);
    }
    if (r.chance(0.12)) { // overnight at a truck stop
      const tn = at(day, r.float(23.5, 27.5), tz);
      ni(u, tn, { ...env, ipi: mobileIp(u) }, 'OutlookMobile', 'Exchange', UA.androidOutlook);
    }
  };

  // ---- call centre ----
  const CC = { M: 7, T: 13, N: 16 };
  const ccDay = (u, day) => {
    const s = SITES[u.site]; const tz = place(s.place).tz; const wd = dow(day);
    if (u.daysOff.includes(wd) || isOff(u, day)) return;
    const start = at(day, CC[u.shift] + r.gauss(-0.1, 0.08), tz), end = start + 6 * HOUR;
    const ipi = corpIp(u.site);
    const env = { ipi, dev: u.devices[0], ua: UA.winEdge, sid: sid(), incoming: 'primaryRefreshToken' };
    W.signin({ t: start, user: u, interactive: true, app: 'WindowsSignIn', res: 'WindowsSignIn', ipi, device: env.dev, ua: UA.winAuth, auth: r.chance(0.7) ? 'whfb' : 'pw', clientApp: 'Mobile Apps and Desktop clients', sessionId: env.sid, r });
    web(u, start + r.int((1) * 60, (6) * 60) * SEC, env, custom.crm, custom.dyn);
    const n = poisson(2.6);
    for (let i = 0; i < n; i++) ni(u, r.int(start, end), env, r.chance(0.5) ? custom.crm : 'Teams', r.chance(0.5) ? custom.dyn : 'Teams', r.chance(0.5) ? UA.winEdge : UA.teamsDesktop);
  };

  // ---- help-desk agents of the outsourced provider (guests) ----
  const hdRes = [];
  const helpdeskDay = (g, day) => {
    const wd = dow(day);
    if (wd === 0 || (wd === 6 && r.chance(0.7))) return;
    const start = at(day, (g.shift === 'M' ? 7 : 15) + r.gauss(0, 0.2), -3), end = start + 8 * HOUR;
    const env = { ipi: g.provOffice, dev: g.devices[0], ua: UA.winChrome, sid: sid(), incoming: 'none' };
    W.signin({ t: start, user: g, interactive: true, app: 'AdminCenter', res: 'AADGraph', ipi: env.ipi, device: env.dev, ua: env.ua, auth: 'prevmfa', sessionId: env.sid, r, addl: 'MFA requirement satisfied by claim in the token' });
    if (r.chance(0.5)) W.signin({ t: start + r.int((2) * 60, (30) * 60) * SEC, user: g, interactive: true, app: 'TeamsWeb', res: 'Teams', ipi: env.ipi, device: env.dev, ua: env.ua, auth: 'prevmfa', sessionId: env.sid, r });
    const n = poisson(2.5);
    for (let i = 0; i < n; i++) ni(g, r.int(start, end), env, r.pick(['AdminCenter', 'TeamsWeb']), r.pick(['AADGraph', 'Graph', 'Teams']), env.ua);
    // tickets
    const k = poisson(day === 11 ? 0.3 : 1.1);
    for (let i = 0; i < k; i++) hdTicket(g, r.int(start + 20 * MIN, end - 20 * MIN), env.ipi);
  };
  const hdTicket = (g, t, ipi, forced) => {
    const pool = P.users.filter((x) => x.type === 'Member' && ['office', 'store', 'dc', 'callcentre', 'driver', 'sales'].includes(x.persona));
    const u = forced || r.pick(pool);
    const corr = r.guid();
    const kind = r.wpick([['reset', 6], ['mfa', 3], ['unlock', 1]]);
    if (kind === 'reset' || kind === 'unlock') {
      W.audit({ t, by: g, ipi, activity: 'Reset user password', category: 'UserManagement', operationType: 'Update', corr, targets: [tUser(u)], r });
      W.audit({ t: t + r.int(0, 2) * SEC, by: g, ipi, activity: 'Reset password (by admin)', category: 'UserManagement', service: 'Self-service Password Management', operationType: 'Update', corr, targets: [tUser(u)], r });
      hdRes.push({ u, t, kind });
    } else {
      W.audit({ t, by: g, ipi, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Delete', corr, resultReason: 'Admin deleted Authenticator App with Notification and Code for user', targets: [tUser(u)], r });
      hdRes.push({ u, t, kind });
    }
  };
  W.hdTicket = hdTicket;

  // ---- supplier guests ----
  const guestDay = (g, day) => {
    const s = g.supplier; const wd = dow(day);
    if (wd === 0 || wd === 6 || !r.chance(s.place === 'SAO' ? 0.55 : 0.3)) return;
    const t = at(day, r.float(9, 17), s.tz);
    const env = { ipi: s.office, dev: g.devices[0], ua: UA.winChrome, sid: sid(), incoming: 'none' };
    if (r.chance(0.15)) mfa(g, t, env, 'OfficeHome', 'SharePoint');
    else W.signin({ t, user: g, interactive: true, app: r.pick(['OfficeHome', 'TeamsWeb']), res: r.pick(['SharePoint', 'Teams']), ipi: env.ipi, device: env.dev, ua: env.ua, auth: 'prevmfa', sessionId: env.sid, r });
    const n = poisson(1.2);
    for (let i = 0; i < n; i++) ni(g, t + r.int((1) * 60, (120) * 60) * SEC, env, r.pick(['OfficeHome', 'TeamsWeb']), r.pick(['SharePoint', 'Teams', 'Graph']), env.ua);
  };

  // ====== travel and oddities (marked days skip the normal routine) ======
  const byPersona = (p, cc, pred = () => true) => P.users.filter((u) => u.persona === p && u.cc === cc && pred(u));
  const taken = new Set();
  const choose = (list) => { const c = list.filter((u) => !taken.has(u) && !u.reserved); const u = r.pick(c); taken.add(u); return u; };
  W.taken = taken;
  const trips = [];
  const tripDays = (u, spec) => {
    // spec: { legs: [{ from, to, place, hotelNet, officeSite|null, vpnShare, roamNet }] } (ticks)
    trips.push({ u, spec });
  };
  const runTrip = ({ u, spec }) => {
    for (const leg of spec.legs) {
      const pl = place(leg.place);
      const hotel = W.newIp(leg.hotelNet, leg.place, { r });
      for (let day = Math.floor(leg.from / DAY); day <= Math.floor((leg.to - 1) / DAY); day++) {
        const wd = dow(day);
        const work = !leg.vacation && wd !== 0 && wd !== 6;
        const dayStart = Math.max(leg.from, at(day, work ? 8.5 : 10, pl.tz));
        const dayEnd = Math.min(leg.to, at(day, work ? 18.5 : 22, pl.tz));
        if (dayEnd <= dayStart) continue;
        const roam = leg.roamNet ? W.newIp(leg.roamNet, null, { r }) : hotel;
        const pe = phoneEnv(u, r.chance(0.5) ? roam : hotel);
        phoneNI(u, dayStart, dayEnd, pe, poisson(leg.vacation ? 1.6 : 1.3));
        if (leg.vacation) { if (r.chance(0.25)) W.signin({ t: r.int(dayStart, dayEnd), user: u, interactive: true, app: 'OutlookMobile', res: 'Exchange', ipi: pe.ipi, device: pe.dev, ua: u.ios ? UA.iosOutlook : UA.androidOutlook, auth: 'prevmfa', clientApp: 'Mobile Apps and Desktop clients', sessionId: pe.sid, r }); continue; }
        const lip = work && leg.officeSite && r.chance(0.7) ? corpIp(leg.officeSite) : r.chance(leg.vpnShare || 0.2) ? corpIp(vpnSite(u.cc)) : hotel;
        const env = laptopEnv(u, lip);
        web(u, r.int(dayStart, dayEnd), env, 'OfficeHome', 'OfficeHome');
        if (lip === hotel && r.chance(0.4)) web(u, r.int(dayStart, dayEnd), env, 'OWA', 'Exchange');
        laptopNI(u, dayStart, dayEnd, env, poisson(2.8));
      }
    }
  };
  const H = (day, h, tz) => Math.round(day * DAY + (h - tz) * HOUR);
  // T1: Black Friday planning trip São Paulo -> Mexico City, Tue 10 - Fri 13
  const t1 = [choose(byPersona('office', 'BR', (u) => u.dept === 'Comercial')), choose(byPersona('office', 'BR', (u) => u.dept === 'Compras')), choose(byPersona('office', 'BR', (u) => u.dept === 'Compras'))];
  for (const u of t1) { tripDays(u, { legs: [{ from: H(1, 14, -6), to: H(4, 21, -6), place: 'MEX', hotelNet: 'MX_TELMEX', officeSite: 'MX_HQ', vpnShare: 0.25, roamNet: u.mobileNet }] }); mark(u, [1, 2, 3, 4]); }
  // T2: MX logistics manager -> São Paulo, Tue 17 - Thu 19 (flies home on the Brazilian holiday)
  const t2 = choose(byPersona('office', 'MX', (u) => /Cadena|Compras/.test(u.dept)));
  tripDays(t2, { legs: [{ from: H(8, 9, -3), to: H(11, 11, -3), place: 'SAO', hotelNet: 'BR_VIVO', officeSite: 'BR_HQ', vpnShare: 0.2, roamNet: 'MX_TELCEL' }] }); mark(t2, [8, 9, 10, 11]);
  // T3: CO e-commerce lead -> Santiago, Wed 11 - Fri 13
  const t3 = choose(byPersona('office', 'CO', (u) => /E-commerce|Comercial|Marketing/.test(u.dept)));
  tripDays(t3, { legs: [{ from: H(2, 11, -3), to: H(4, 20, -3), place: 'SCL', hotelNet: 'CL_VTR', officeSite: 'CL_HQ', vpnShare: 0.1, roamNet: 'CO_CLARO_M' }] }); mark(t3, [2, 3, 4]);
  // T4: two BR buyers -> Shenzhen supplier via Dubai, Sat 14 - Sat 21 (laptop mostly through the corporate VPN)
  const t4 = [choose(byPersona('office', 'BR', (u) => u.dept === 'Compras')), choose(byPersona('office', 'BR', (u) => u.dept === 'Compras' || u.dept === 'Supply Chain'))];
  for (const u of t4) {
    tripDays(u, { legs: [{ from: H(6, 4, 4), to: H(6, 9, 4), place: 'DXB', hotelNet: 'AE_ETISALAT', vacation: true, roamNet: u.mobileNet }, { from: H(7, 8, 8), to: H(12, 20, 8), place: 'SZX', hotelNet: 'CN_UNICOM', officeSite: null, vpnShare: 0.75, roamNet: u.mobileNet }] });
    mark(u, [5, 6, 7, 8, 9, 10, 11, 12]);
  }
  // T5: BR supply-chain manager -> Miami / Houston, Mon 16 - Thu 19
  const t5 = choose(byPersona('office', 'BR', (u) => u.dept === 'Supply Chain'));
  tripDays(t5, { legs: [{ from: H(7, 12, -5), to: H(8, 20, -5), place: 'MIA', hotelNet: 'US_HOTEL_SPECTRUM', officeSite: null, vpnShare: 0.3, roamNet: t5.mobileNet }, { from: H(9, 8, -6), to: H(10, 18, -6), place: 'HOU', hotelNet: 'US_HOTEL_SPECTRUM', officeSite: null, vpnShare: 0.3, roamNet: t5.mobileNet }] });
  mark(t5, [7, 8, 9, 10]);
  // T6: BR HR analyst on holiday in Orlando, Fri 13 - Sun 22 (phone only, US eSIM)
  const t6 = choose(byPersona('office', 'BR', (u) => u.dept === 'RH'));
  tripDays(t6, { legs: [{ from: H(4, 15, -5), to: H(13, 12, -5), place: 'ORL', hotelNet: 'US_COMCAST', vacation: true, roamNet: 'US_TMOBILE' }] });
  mark(t6, [4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  // T7: MX accountant on holiday in Madrid, Mon 16 - Sun 22
  const t7 = choose(byPersona('office', 'MX', (u) => /Contra|Finan|Cuentas/.test(u.dept)));
  tripDays(t7, { legs: [{ from: H(7, 11, 1), to: H(13, 20, 1), place: 'MAD', hotelNet: 'ES_TELEFONICA', vacation: true, roamNet: 'MX_TELCEL' }] });
  mark(t7, [7, 8, 9, 10, 11, 12, 13]);
  W.travellers = { t1, t2, t3, t4, t5, t6, t7 };

  // ====== the routine ======
  for (const u of P.users) {
    for (let day = -1; day < DAYS; day++) { // day -1 (Sun 8): evening and night shifts that run into the window
      if (busy.get(u) && busy.get(u).has(day)) continue;
      switch (u.persona) {
        case 'office': case 'it': case 'sales': officeDay(u, day); break;
        case 'store': storeDay(u, day); break;
        case 'dc': dcDay(u, day); break;
        case 'driver': driverDay(u, day); break;
        case 'callcentre': ccDay(u, day); break;
        case 'helpdesk': helpdeskDay(u, day); break;
        case 'guest': guestDay(u, day); break;
        default: break;
      }
    }
  }
  for (const tr of trips) runTrip(tr);

  // ====== oddities ======
  // (a) password expiry: on-prem password expired (50144) or cloud (50055) -> SSPR -> phone tokens revoked (50173) until re-sign-in
  const expiring = r.sample(P.users.filter((u) => ['office', 'store', 'sales'].includes(u.persona) && !taken.has(u)), 14);
  for (const u of expiring) {
    taken.add(u);
    let day; do { day = r.int(0, DAYS - 1); } while ([0, 6].includes(dow(day)));
    const tz = tzOf(u);
    const t = at(day, u.start || 9, tz) + 5 * MIN;
    const ipi = u.persona === 'store' ? u.store : corpIp(u.site);
    const env = { ipi, dev: u.devices[0], ua: UA[u.browserUA] || UA.winEdge, sid: sid() };
    const corr = r.guid();
    W.signin({ t, user: u, interactive: true, app: 'OfficeHome', res: 'OfficeHome', ipi, device: env.dev, ua: env.ua, err: u.cc === 'BR' ? 50144 : 50055, auth: 'pw', corr, sessionId: env.sid, r });
    const ts = t + r.int((2) * 60, (6) * 60) * SEC;
    const c2 = r.guid();
    W.audit({ t: ts, by: u, ipi, activity: 'Self-service password reset flow activity progress', category: 'UserManagement', service: 'Self-service Password Management', operationType: 'Update', corr: c2, resultReason: 'User started the password reset flow', targets: [tUser(u)], r });
    W.audit({ t: ts + r.int(40, 120) * SEC, by: u, ipi, activity: 'Reset password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', operationType: 'Update', corr: c2, resultReason: 'User successfully reset password', targets: [tUser(u)], r });
    W.audit({ t: ts + r.int(121, 150) * SEC, by: u, ipi, activity: 'Reset user password', category: 'UserManagement', operationType: 'Update', corr: c2, targets: [tUser(u)], r });
    web(u, ts + 4 * MIN, env, 'OfficeHome', 'OfficeHome', { auth: 'push', noKmsi: true });
    const ph = u.devices.find((d) => d.kind === 'phone');
    if (ph) {
      const pip = r.chance(0.5) ? ipi : W.newIp(u.mobileNet, null, { r });
      const n = r.int(6, 20);
      for (let k = 0; k < n; k++) W.signin({ t: ts + 10 * MIN + k * r.int((5) * 60, (14) * 60) * SEC, user: u, interactive: false, app: r.pick(['OutlookMobile', 'Teams']), res: r.pick(['Exchange', 'Teams']), ipi: pip, device: ph, ua: u.ios ? UA.iosOutlook : UA.androidOutlook, err: r.chance(0.7) ? 50173 : 50133, r });
      W.signin({ t: ts + 10 * MIN + n * 15 * MIN, user: u, interactive: true, app: 'OutlookMobile', res: 'Exchange', ipi: pip, device: ph, ua: u.ios ? UA.iosOutlook : UA.androidOutlook, auth: 'push', clientApp: 'Mobile Apps and Desktop clients', r });
    }
  }
  // (b) locked out by a stale password cached in a Windows credential prompt
  for (const u of r.sample(P.users.filter((u) => u.persona === 'office' && !taken.has(u)), 4)) {
    taken.add(u);
    let day; do { day = r.int(0, DAYS - 1); } while ([0, 6].includes(dow(day)));
    const t = at(day, 10 + r.float(0, 5), tzOf(u));
    const ipi = corpIp(u.site);
    for (let k = 0; k < 11; k++) W.signin({ t: t + k * r.int(20, 90) * SEC, user: u, interactive: true, app: 'OfficeDesktop', res: 'Exchange', ipi, device: u.devices[0], ua: UA.officeDesktop, err: k < 10 ? 50126 : 50053, auth: 'pw', clientApp: 'Mobile Apps and Desktop clients', r });
    hdTicket(r.pick(P.helpdesk), t + 25 * MIN, r.pick(P.provOffice), u);
    web(u, t + 40 * MIN, laptopEnv(u, ipi), 'OfficeHome', 'OfficeHome', { auth: 'push' });
  }
  // (c) new phone week: register new Authenticator, remove old, device registration
  for (const u of r.sample(P.users.filter((u) => ['office', 'store', 'sales', 'it'].includes(u.persona) && !taken.has(u)), 7)) {
    taken.add(u);
    let day; do { day = r.int(0, DAYS - 1); } while ([0].includes(dow(day)));
    const t = at(day, r.float(9, 19), tzOf(u));
    const ipi = u.homeIp;
    const newPhone = { id: r.guid(), os: u.ios ? 'Ios' : 'Android', osNI: u.ios ? 'Ios' : 'Android', browser: u.ios ? 'Mobile Safari 26.1' : 'Chrome Mobile 146.0.0', browserNI: 'Rich Client 1.5.6', trust: 'Azure AD registered', kind: 'phone' };
    const env = { ipi, dev: newPhone, ua: u.ios ? UA.iosSafari : UA.androidChrome, sid: sid() };
    W.signin({ t, user: u, interactive: true, app: 'Authenticator', res: 'MySignins', ipi, device: newPhone, ua: env.ua, err: 50074, auth: 'push', sessionId: env.sid, r });
    W.signin({ t: t + 50 * SEC, user: u, interactive: true, app: 'Authenticator', res: 'MySignins', ipi, device: newPhone, ua: env.ua, auth: 'sms', sessionId: env.sid, r });
    const c = r.guid();
    W.audit({ t: t + 3 * MIN, by: u, ipi, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', corr: c, resultReason: 'User registered Authenticator App with Notification and Code', targets: [tUser(u)], r });
    W.audit({ t: t + 4 * MIN, by: u, ipi, activity: 'User deleted security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Delete', corr: r.guid(), resultReason: 'User deleted Authenticator App with Notification and Code', targets: [tUser(u)], r });
    deviceReg(u, t + 6 * MIN, ipi, u.ios ? 'iPhone' : 'Galaxy S25', newPhone.os);
    u.devices = u.devices.map((d) => (d.kind === 'phone' ? newPhone : d));
    const n = r.int(3, 6);
    for (let k = 0; k < n; k++) ni(u, t + r.int((10) * 60, (600) * 60) * SEC, env, r.pick(['OutlookMobile', 'Teams']), r.pick(['Exchange', 'Teams']), u.ios ? UA.iosOutlook : UA.androidOutlook);
  }
  function deviceReg(u, t, ipi, name, os) {
    const drs = { appId: null, displayName: 'Device Registration Service', servicePrincipalId: r.guid(), servicePrincipalName: null };
    const devObj = r.guid();
    const c = r.guid();
    W.audit({ t, byApp: drs, activity: 'Add device', category: 'Device', operationType: 'Add', corr: c, targets: [{ id: devObj, displayName: name, type: 'Device', modifiedProperties: [mod('DeviceOSType', '[]', js([os])), mod('TrustType', '[]', '["Workplace"]')], administrativeUnits: [] }], r });
    W.audit({ t: t + SEC, byApp: drs, activity: 'Add registered owner to device', category: 'Device', operationType: 'Assign', corr: c, targets: [{ id: devObj, displayName: name, type: 'Device', modifiedProperties: [], administrativeUnits: [] }, tUser(u)], r });
    W.audit({ t: t + 2 * SEC, byApp: drs, activity: 'Add registered users to device', category: 'Device', operationType: 'Assign', corr: c, targets: [{ id: devObj, displayName: name, type: 'Device', modifiedProperties: [], administrativeUnits: [] }, tUser(u)], r });
    W.audit({ t: t + 3 * SEC, by: u, ipi, activity: 'Register device', category: 'Device', service: 'Device Registration Service', operationType: 'Add', corr: c, targets: [{ id: devObj, displayName: name, type: 'Device', modifiedProperties: [], administrativeUnits: [] }], additional: [{ key: 'Device Id', value: r.guid() }, { key: 'Device OS', value: os }, { key: 'Device Trust Type', value: 'Workplace' }], r });
  }
  W.deviceReg = deviceReg;

  // (d) service accounts, sync, break-glass, meeting rooms
  const S = P.services;
  for (let day = 0; day < DAYS; day++) {
    for (let q = 0; q < 96; q++) {
      const t = day * DAY + q * 15 * MIN + r.int(0, 40) * SEC;
      W.signin({ t, user: S.erp, interactive: false, app: custom.erp, res: 'Graph', ipi: dcntr[q % 2], device: null, ua: 'Araponga.ErpConnector/4.2 (+MSAL.NET 4.66)', protocol: 'ropc', auth: 'pw', clientApp: 'Mobile Apps and Desktop clients', r, scopes: ['Files.ReadWrite.All', 'Sites.ReadWrite.All'] });
      if (q % 2 === 0) W.signin({ t: t + 7 * MIN, user: P.sync, interactive: false, app: custom.aadc, res: 'AADGraph', ipi: dcntr[0], device: null, ua: null, protocol: 'ropc', auth: 'pw', clientApp: 'Mobile Apps and Desktop clients', r });
      if (q % 4 === 1) W.signin({ t: t + 3 * MIN, user: S.wms, interactive: false, app: custom.wms, res: custom.wmsApi, ipi: dcntr[1], device: null, ua: 'Araponga.WmsLabels/2.9', protocol: 'ropc', auth: 'pw', clientApp: 'Mobile Apps and Desktop clients', r });
    }
    for (const h of [1, 5, 9, 13, 17, 21]) W.signin({ t: day * DAY + h * HOUR + r.int(0, 300) * SEC, user: S.bi, interactive: false, app: 'PowerBI', res: 'PowerBI', ipi: dcntr[0], device: null, ua: 'Microsoft.PowerBI.Gateway/3000.262', r });
    const wd = dow(day);
    if (wd !== 0) for (const site of ['BR_DC_BAR', 'BR_DC_CAJ']) {
      const n = wd === 6 ? 3 : r.int(6, 12);
      for (let k = 0; k < n; k++) W.signin({ t: at(day, r.float(6, 22), -3), user: S.scanner, interactive: false, app: 'ExchangeOnline', res: 'Exchange', ipi: corpIp(site), device: null, ua: null, clientApp: 'Authenticated SMTP', auth: 'pw', r });
    }
    for (const [room, site] of [[S.rooms1, 'BR_HQ'], [S.rooms2, 'MX_HQ']]) {
      const n = wd === 0 || wd === 6 ? 1 : 4;
      for (let k = 0; k < n; k++) W.signin({ t: day * DAY + r.int(0, DAY - 1), user: room, interactive: false, app: 'Teams', res: 'Teams', ipi: corpIp(site), device: { id: room.roomDev || (room.roomDev = r.guid()), name: room === S.rooms1 ? 'ARP-BR-MTR-PAUL12' : 'ARP-MX-MTR-CDMX01', os: 'Android', osNI: 'Android', browser: 'Rich Client 6.0.1', browserNI: 'Rich Client 6.0.1', compliant: true, managed: true, trust: 'Azure AD registered' }, ua: 'Mozilla/5.0 (Linux; Android 12) TeamsRooms/1449/1.0.96.2025', r });
    }
  }
  // legacy admin script of the synced migration account: Mondays 02:00 BRT from the datacenter
  for (const day of [0, 7]) W.signin({ t: at(day, 2, -3), user: S.migr, interactive: false, app: 'AADPowerShell', res: 'AADGraph', ipi: dcntr[0], device: null, ua: 'Mozilla/5.0 (Windows NT; Windows NT 10.0; pt-BR) WindowsPowerShell/5.1.20348.2849', protocol: 'ropc', auth: 'pw', clientApp: 'Mobile Apps and Desktop clients', r });
  // meeting-room device replaced on Tue 10: re-provisioned with the device code flow (honest device code)
  {
    const room = S.rooms1; const ipi = corpIp('BR_HQ');
    W.signin({ t: at(1, 15.2, -3), user: room, interactive: true, app: 'Teams', res: 'Teams', ipi, device: { id: '', os: 'Android', browser: 'Rich Client 6.0.1' }, ua: 'Mozilla/5.0 (Linux; Android 12) TeamsRooms/1449/1.0.96.2025', protocol: 'deviceCode', originalTransferMethod: 'deviceCodeFlow', auth: 'pw', clientApp: 'Mobile Apps and Desktop clients', r });
  }
  // break-glass monthly test, Thu 12 10:00 BRT, FIDO2 from HQ
  W.signin({ t: at(3, 10.1, -3), user: P.breakglass[0], interactive: true, app: 'AzurePortal', res: 'ARM', ipi: corpIp('BR_HQ'), device: { id: '', os: 'Windows 10', browser: 'Edge 146.0.3856' }, ua: UA.winEdge, auth: 'fido', r });

  // (e) developers: Azure CLI on laptops and inside GitHub Codespaces (browser sign-in on the laptop, token redeemed in Azure)
  const devs = P.users.filter((u) => u.persona === 'it' && u.cc === 'BR').slice(0, 8);
  for (const u of devs) {
    for (let day = 0; day < DAYS; day++) {
      if ([0, 6].includes(dow(day)) || HOLIDAYS.BR.includes(day) || !r.chance(0.35)) continue;
      const t = at(day, r.float(9.5, 17.5), -3);
      const ipi = r.chance(0.6) ? corpIp('BR_HQ') : u.homeIp;
      const s = sid();
      const cs = r.chance(0.4);
      W.signin({ t, user: u, interactive: true, app: 'AzureCLI', res: 'ARM', ipi, device: u.devices[0], ua: UA.winEdge, auth: 'prevmfa', sessionId: s, r });
      const tok = cs ? W.newIp('MS_AZURE', r.pick(['ASH', 'BOA']), { r }) : ipi;
      const n = r.int(2, 6);
      for (let k = 0; k < n; k++) W.signin({ t: t + r.int(20, 4 * 3600) * SEC, user: u, interactive: false, app: 'AzureCLI', res: r.pick(['ARM', 'Graph']), ipi: tok, device: cs ? null : u.devices[0], ua: cs ? UA.azcli : UA.azcliWin, sessionId: s, r });
    }
  }
  // a developer using `az login --use-device-code` on a jump VM (honest device code), Wed 18
  {
    const u = devs[2]; const vm = W.newIp('MS_AZURE', 'ASH', { r });
    W.signin({ t: at(9, 14.3, -3), user: u, interactive: true, app: 'AzureCLI', res: 'ARM', ipi: corpIp('BR_HQ'), device: u.devices[0], ua: UA.winEdge, auth: 'prevmfa', protocol: 'deviceCode', originalTransferMethod: 'deviceCodeFlow', r });
    for (let k = 0; k < 4; k++) W.signin({ t: at(9, 14.35 + k * 0.4, -3), user: u, interactive: false, app: 'AzureCLI', res: 'ARM', ipi: vm, device: null, ua: UA.azcli, r });
  }

  // (f) identity-protection noise on honest rows is left to the routine (none); directory background audits:
  backgroundAudits(W, P, r, { dcntr, corpIp, custom, at, deviceReg });
  W.benignUsersTaken = taken;
}

function backgroundAudits(W, P, r, { dcntr, corpIp, custom, at, deviceReg }) {
  const intune = { appId: '0000000a-0000-0000-c000-000000000000', displayName: 'Microsoft Intune', servicePrincipalId: r.guid(), servicePrincipalName: null };
  const members = P.users.filter((u) => u.type === 'Member' && u.devices.length);
  const sync = P.sync;
  for (let day = 0; day < DAYS; day++) {
    const wd = dow(day);
    const weekend = wd === 0 || wd === 6;
    // Intune compliance / device state updates
    const ni = weekend ? r.int(25, 45) : r.int(80, 130);
    for (let k = 0; k < ni; k++) {
      const u = r.pick(members); const d = u.devices[0];
      W.audit({ t: day * DAY + r.int(0, DAY - 1), byApp: intune, activity: 'Update device', category: 'Device', operationType: 'Update', targets: [{ id: d.id || r.guid(), displayName: d.name || 'iPhone', type: 'Device', modifiedProperties: [mod('IsCompliant', '[true]', '[true]'), mod('Included Updated Properties', null, '"IsCompliant, IsManaged"')], administrativeUnits: [] }], r });
    }
    // Entra Connect sync exports
    const ns = weekend ? r.int(8, 15) : r.int(30, 55);
    for (let k = 0; k < ns; k++) {
      const u = r.pick(members.filter((x) => x.homeTenantId === W.tenant.id && !x.upn.endsWith('onmicrosoft.com')));
      const t = day * DAY + Math.floor(r.int(0, 47)) * 30 * 60 * 1e7 + r.int(7 * 60, 9 * 60) * 1e7;
      W.audit({ t, by: sync, ipi: dcntr[0], activity: 'Update user', category: 'UserManagement', operationType: 'Update', targets: [tUser(u, [mod(r.pick(['TelephoneNumber', 'Department', 'Manager', 'PhysicalDeliveryOfficeName', 'JobTitle']), '[]', js([r.pick(['x', 'y'])])), mod('Included Updated Properties', null, '"Department"')])], userAgent: null, r });
    }
    if (!weekend) {
      const ng = r.int(4, 12);
      for (let k = 0; k < ng; k++) W.audit({ t: day * DAY + r.int(0, DAY - 1), by: sync, ipi: dcntr[0], activity: 'Add member to group', category: 'GroupManagement', operationType: 'Assign', targets: [tUser(r.pick(members)), { id: r.guid(), displayName: r.pick(['GG_Filial_SP', 'GG_CD_Barueri', 'GG_Comercial', 'GG_Lojas_Gerentes', 'GG_VPN']), type: 'Group', modifiedProperties: [], administrativeUnits: [] }], r });
      // onboarding of seasonal staff (Black Friday temps)
      const nh = r.int(1, 4);
      for (let k = 0; k < nh; k++) {
        const t = day * DAY + r.int(10, 20) * 3600 * 1e7;
        const id = r.guid(); const up = `temp.bf${r.int(1000, 9999)}@araponga.com.br`;
        W.audit({ t, by: sync, ipi: dcntr[0], activity: 'Add user', category: 'UserManagement', operationType: 'Add', targets: [{ id, displayName: null, type: 'User', userPrincipalName: up, modifiedProperties: [mod('AccountEnabled', '[]', '[true]')], administrativeUnits: [] }], r });
        W.audit({ t: t + 40 * 1e7, byApp: { appId: null, displayName: 'Microsoft Azure AD Group-Based Licensing', servicePrincipalId: r.guid(), servicePrincipalName: null }, activity: 'Change user license', category: 'UserManagement', operationType: 'Update', targets: [{ id, displayName: null, type: 'User', userPrincipalName: up, modifiedProperties: [], administrativeUnits: [] }], r });
      }
      // guest invitations by buyers (honest)
      if (r.chance(0.5)) {
        const by = r.pick(P.users.filter((u) => u.persona === 'office' && u.cc === 'BR'));
        const ipi = corpIp('BR_HQ');
        const t = at(day, r.float(10, 17), -3);
        const mail = `${r.pick(['comercial', 'vendas', 'export', 'logistics', 'ops'])}.${r.int(10, 99)}@${r.pick(['gulfline-freight.com', 'shenzhen-brightpack.cn', 'andesembalajes.cl', 'transportes-rodobr.com.br', 'tecnoplast-mx.com'])}`;
        const gid = r.guid();
        W.audit({ t, by, ipi, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', operationType: 'Add', targets: [{ id: gid, displayName: mail.split('@')[0], type: 'User', userPrincipalName: mail.replace('@', '_') + '#EXT#@grupoaraponga.onmicrosoft.com', modifiedProperties: [], administrativeUnits: [] }], additional: [{ key: 'invitedUserEmailAddress', value: mail }, { key: 'InvitationId', value: r.guid() }], r });
        if (r.chance(0.7)) W.audit({ t: t + r.int(1, 30) * 3600 * 1e7, by: { id: gid, upn: mail, display: mail.split('@')[0], signInName: mail }, ipi: null, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', operationType: 'Update', targets: [{ id: gid, displayName: mail.split('@')[0], type: 'User', userPrincipalName: mail.replace('@', '_') + '#EXT#@grupoaraponga.onmicrosoft.com', modifiedProperties: [], administrativeUnits: [] }], r });
      }
    }
  }
  // honest app governance: secret rotation, a federated credential for a new GitHub Actions workflow, user consents
  const itAdmins = P.admins;
  const adm = itAdmins[1], adm2 = itAdmins[3];
  const ipHQ = corpIp('BR_HQ');
  const kd = (id, type, name) => `[KeyIdentifier=${id},KeyType=${type},KeyUsage=Verify,DisplayName=${name}]`;
  W.audit({ t: at(2, 15.4, -3), by: adm, ipi: ipHQ, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', operationType: 'Update', targets: [{ id: r.guid(), displayName: custom.erp[1], type: 'Application', modifiedProperties: [mod('KeyDescription', js([kd(r.guid(), 'Password', 'erp-2026-05')]), js([kd(r.guid(), 'Password', 'erp-2026-05'), kd(r.guid(), 'Password', 'erp-2026-11')])), mod('Included Updated Properties', null, '"KeyDescription"')], administrativeUnits: [] }], additional: [{ key: 'User-Agent', value: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/146.0.0.0 Safari/537.36 Edg/146.0.3856.62' }, { key: 'AppId', value: custom.erp[0] }], r });
  W.audit({ t: at(8, 14.2, -3), by: adm2, ipi: ipHQ, activity: 'Update application', category: 'ApplicationManagement', operationType: 'Update', targets: [{ id: r.guid(), displayName: custom.ecomGha[1], type: 'Application', modifiedProperties: [mod('FederatedIdentityCredentials', '[]', js([{ Name: 'gha-ecommerce-prod', Issuer: 'https://token.actions.githubusercontent.com', Subject: 'repo:araponga-digital/ecommerce-web:environment:production', Audiences: ['api://AzureADTokenExchange'] }])), mod('Included Updated Properties', null, '"FederatedIdentityCredentials"')], administrativeUnits: [] }], additional: [{ key: 'User-Agent', value: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/146.0.0.0 Safari/537.36 Edg/146.0.3856.62' }, { key: 'AppId', value: custom.ecomGha[0] }], r });
  for (const [day, app] of [[1, 'Zoom for Microsoft 365'], [5, 'Miro'], [9, 'Adobe Acrobat']]) {
    const u = r.pick(P.users.filter((x) => x.persona === 'office'));
    const ipi = corpIp(u.site);
    const t = at(day, r.float(10, 17), place(SITES[u.site].place).tz);
    const spid = r.guid();
    const c = r.guid();
    if (app === 'Miro') W.audit({ t: t - 2 * 1e7, by: u, ipi, activity: 'Add service principal', category: 'ApplicationManagement', operationType: 'Add', corr: c, targets: [{ id: spid, displayName: app, type: 'ServicePrincipal', modifiedProperties: [mod('AccountEnabled', '[]', '[true]'), mod('DisplayName', '[]', js([app]))], administrativeUnits: [] }], r });
    W.audit({ t, by: u, ipi, activity: 'Consent to application', category: 'ApplicationManagement', operationType: 'Assign', corr: c, targets: [{ id: spid, displayName: app, type: 'ServicePrincipal', modifiedProperties: [mod('ConsentContext.IsAdminConsent', null, '"False"'), mod('ConsentContext.IsAppOnly', null, '"False"'), mod('ConsentContext.OnBehalfOfAll', null, '"False"'), mod('ConsentAction.Permissions', null, js(`[] => [[Id: ${r.guid()}, ClientId: ${spid}, PrincipalId: ${u.id}, ResourceId: ${r.guid()}, ConsentType: Principal, Scope:  openid profile email User.Read offline_access, CreatedDateTime: , LastModifiedDateTime ]]; `)), mod('TargetId.ServicePrincipalNames', null, js(r.guid()))], administrativeUnits: [] }], r });
  }
  W.audit({ t: at(4, 11.2, -3), by: itAdmins[0], ipi: ipHQ, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', operationType: 'Update', targets: [{ id: '3f6a1c2e-0b7d-4e51-9a8c-51d1a2b3c401', displayName: 'CA001 - Require MFA for all users', type: 'Policy', modifiedProperties: [mod('ConditionalAccessPolicy', '{"conditions":{"users":{"excludeGroups":["CA-Exclude-MFA-Temp"]}}}', '{"conditions":{"users":{"excludeGroups":["CA-Exclude-MFA-Temp","CA-Exclude-Frontline"]}}}')], administrativeUnits: [] }], r });
}
