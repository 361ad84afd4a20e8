// Everyday identity administration: joiners and leavers, helpdesk, PIM, consents, app secrets,
// guest invitations, Conditional Access edits, directory sync and Intune noise.
import { DAYS, DAY, HOUR, MIN, T0, T1, local, weekday, localDay } from './clock.mjs';
import { APPS, RES, UA, ROLES } from './catalog.mjs';
import { signIn, login, refreshes } from './signin.mjs';
import { laptop, phone } from './people.mjs';
import { mobileIp, phoneIp, localIp as localIpFor } from './net.mjs';
import {
  ad, tUser, tGroup, tDevice, mp, J, auditHelpdeskReset, auditSspr, auditRegister, auditDeleteMethod, auditTap, auditPim,
  auditRoleAdd, auditConsent, auditAppRole, auditAppCred, auditInvite, auditRedeem, auditDevice, auditCa, adminIp, businessTime,
} from './audit.mjs';

/** Report-only country policy: allowed countries, and the travel exceptions the identity team adds. */
export const GEO_BASE = ['NL', 'DE', 'PL', 'ES', 'PT', 'FR', 'BE', 'IT', 'AT', 'CZ', 'DK', 'SE', 'CH', 'IE', 'GB', 'IN'];
export const GEO_EDITS = [[0, 16.4, ['AE'], []], [2, 11.1, ['US', 'SG'], []], [12, 10.2, [], ['AE', 'US', 'SG']]];
export function countryPolicy() {
  const edits = GEO_EDITS.map(([d, h, add, remove]) => ({ t: local(d, h, 'CET'), add, remove }));
  return (t, cc) => {
    if (!cc || GEO_BASE.includes(cc)) return true;
    let ok = false;
    for (const e of edits) if (t >= e.t) { if (e.add.includes(cc)) ok = true; if (e.remove.includes(cc)) ok = false; }
    return ok;
  };
}

const HR = (w) => ({ name: w.apps.hrProv.name, appId: w.apps.hrProv.id, spId: w.apps.hrProv.spId });
const INTUNE = { name: 'Microsoft Intune', appId: '0000000a-0000-0000-c000-000000000000' };

/** Before the personas run: joiners, leavers and scheduled credential rotations. */
export function prepareAdmin(ctx) {
  const { w } = ctx;
  const rng = ctx.rng;
  // joiners: start Monday 2 March or Monday 9 March
  const J0 = [['warehouse', 'ven'], ['warehouse', 'dui'], ['warehouse', 'poz'], ['warehouse', 'ven'], ['cc', 'lis'], ['cc', 'lis'], ['office', 'rtm'], ['office', 'rtm'], ['office', 'ham'], ['office', 'waw'], ['sales', 'mad'], ['sales', 'rtm'], ['it', 'rtm'], ['driver', 'dui'], ['driver', 'poz']];
  w.joiners = [];
  J0.forEach(([persona, site], i) => {
    const d = i % 2 === 0 ? 0 : 7;
    const u = w.mkUser(persona, site, { title: persona === 'it' ? 'Service Desk Analyst' : '', dept: persona === 'it' ? 'IT' : '' });
    u.startDay = d;
    u.startT = local(d, 8.5, u.site === 'lis' ? 'WET' : 'CET');
    u.created = d === 0 ? null : local(4, 10 + rng.float(0, 6), 'CET');
    if (persona === 'warehouse') Object.assign(u, { lead: false, crew: 'EL', offDays: [5, 6], kioskUser: true, scannerUser: true, rosterHome: false, phoneMail: false, mfaRegistered: true });
    if (persona === 'cc') Object.assign(u, { ccMode: 'office', shift: 10, offDays: [5, 6], homePc: { id: '', displayName: '', os: 'Windows10', browser: 'Rich Client 1.2.5105', compliant: false, managed: false, trustType: '', kind: 'none' } });
    if (persona === 'office' || persona === 'sales' || persona === 'it') { u.laptop = laptop(rng, 'win'); u.phone = phone(rng, { managed: true }); u.homeDays = [4]; u.trips = []; u.saas = ['sap']; }
    if (persona === 'driver') { u.phone = phone(rng, { ios: false, managed: true, android: [['SM-G556B', 'Galaxy XCover7']] }); u.route = 'regional'; u.outlook = true; u.teams = false; }
    if (persona === 'it') { u.itRole = 'helpdesk'; u.admin = true; w.it.helpdesk.push(u); }
    w.joiners.push(u);
  });
  // leavers: last working day inside the window
  const pick = (persona, n) => rng.sample(w.personas[persona].filter((u) => !u.startT && !u.lead), n);
  w.leavers = [...pick('warehouse', 3), ...pick('cc', 2), ...pick('office', 3), ...pick('sales', 2), ...pick('driver', 1)];
  w.leavers.forEach((u, i) => {
    const d = [2, 4, 4, 6, 6, 9, 11, 4, 11, 6, 9][i] ?? 9;
    u.leaver = { d, t: local(d, 18 + rng.float(0.2, 1.5), 'CET') };
    if (u.trips) u.trips = u.trips.filter((tr) => tr.d1 < d);
    u.hadPhone = !!u.phone;
    if (!u.phone) u.phone = phone(rng, { managed: false });
  });
  w.leavers[0].legacyMail = true; w.leavers[5].legacyMail = true;
  // key rotation automation (weekly, Monday 03:00) and hand rotations by app owners
  const rot = (key, t, by, type = 'clientSecret', switchAfter = 20 * MIN) => {
    const a = w.apps[key];
    const sp = w.sps[key];
    const nc = { keyId: rng.guid(), type, displayName: type === 'certificate' ? `CN=${a.name} ${new Date(t).getUTCFullYear()}` : `rotated-${new Date(t).toISOString().slice(0, 10)}`, thumbprint: type === 'certificate' ? rng.hex(40).toUpperCase() : '', start: t };
    const before = a.creds.slice();
    a.creds.push(nc);
    if (sp) { sp.cred.until = t + switchAfter; sp.next = nc; }
    (w.rotations ||= []).push({ key, t, by, before, after: a.creds.slice(), removeAt: t + 2 * DAY });
  };
  rot('hrProv', local(7, 3.05, 'CET'), 'auto');
  rot('edi', local(0, 3.1, 'CET'), 'auto');
  rot('transporeonConn', local(7, 3.12, 'CET'), 'auto');
  rot('carrierApi', local(2, 10.7, 'CET'), w.apps.carrierApi.owners[0], 'certificate', 3.5 * HOUR);
  rot('wmsApi', local(9, 14.3, 'CET'), w.apps.wmsApi.owners[0], 'clientSecret', 20 * HOUR);
  w.sps.wmsApi.nextIp = ctx.geo.alloc(rng, 'azure-gwc'); // redeployed to Germany West Central with the new secret
  // invited partner contacts during the window
  const carriers = w.partners.filter((p) => p.kind === 'carrier');
  w.newGuests = [];
  const inviters = rng.sample([...w.personas.sales, ...w.personas.office.filter((u) => /Procurement|Transport Planner/.test(u.title))], 5);
  for (let i = 0; i < 8; i++) {
    const g = rng.pick(w.guests.filter((x) => x.partner.kind === 'carrier' && !x.invited));
    g.invited = local(rng.int(0, 11), rng.float(9, 16.5), 'CET');
    g.inviter = inviters[i % inviters.length];
    w.newGuests.push(g);
  }
  void carriers;
}

/** After the personas: the audit trail and the sign-ins that go with it. */
export function adminWork(ctx) {
  const { w } = ctx;
  const rng = ctx.rng;
  const hr = HR(w);
  const idAdmin = w.it.identity[0];
  const idAdmin2 = w.it.identity[1];
  const onTrip = (u, d) => (u.trips || []).some((tr) => d >= tr.d0 && d <= tr.d1);
  const portal = (u, t, ip) => signIn(ctx, { t, user: u, app: APPS.azurePortal, res: RES.arm, ip, dev: u.laptop, ua: UA.edgeWin(122), auth: 'sso', mfa: true, tokenIn: 'primaryRefreshToken', sessionId: rng.guid(), browser: 'Edge 122.0.0' });
  const staff = [...w.personas.office, ...w.personas.sales, ...w.personas.warehouse, ...w.personas.cc, ...w.personas.exec].filter((u) => !u.leaver && !u.startT);

  // --- directory sync: attribute updates and group changes every 30 minutes ---------------
  const syncUser = { id: w.svc['svc-adsync'].id, upn: `${w.adSyncName}@harbourrailexample.onmicrosoft.com`, name: 'Sync' };
  const ATTRS = ['telephoneNumber', 'Department', 'JobTitle', 'Manager', 'physicalDeliveryOfficeName', 'extensionAttribute7', 'Mobile', 'StreetAddress'];
  for (let t = T0 + 7 * MIN; t < T1; t += 30 * MIN) {
    const d = localDay(t, 'CET');
    const h = ((t - T0) % DAY) / HOUR + 1;
    const n = weekday(d) < 5 && h > 7 && h < 19 ? rng.int(0, 6) : rng.int(0, 1);
    for (let i = 0; i < n; i++) {
      const u = rng.pick(staff);
      const attr = rng.pick(ATTRS);
      ad(ctx, { t: t + rng.int(5, 90) * 1000, activity: 'Update user', category: 'UserManagement', by: { user: syncUser, ip: '' }, targets: [tUser(u, [mp(attr, '["old"]', '["new"]'), mp('Included Updated Properties', null, J(attr))])] });
    }
  }
  // --- Intune compliance / inventory updates ------------------------------------------------
  const devs = [...w.personas.office, ...w.personas.sales, ...w.personas.it || []].filter((u) => u.laptop && u.laptop.id).map((u) => u.laptop);
  for (let d = 0; d < DAYS; d++) {
    for (let i = 0; i < (weekday(d) < 5 ? 28 : 6); i++) {
      const dv = rng.pick(devs);
      ad(ctx, { t: local(d, rng.float(0, 24), 'CET'), activity: 'Update device', category: 'Device', by: { app: INTUNE }, targets: [tDevice(dv, [mp('IsCompliant', '[true]', '[true]'), mp('Included Updated Properties', null, '"IsCompliant, IsManaged"')])] });
    }
  }
  // --- PIM activations ---------------------------------------------------------------------
  for (let d = 0; d < DAYS; d++) {
    if (weekday(d) >= 5) continue;
    for (const u of w.it.helpdesk) {
      if (onTrip(u, d) || rng.chance(0.08) || (u.startT !== undefined && d <= u.startDay)) continue;
      const t = local(d, rng.float(7.9, 9.4), 'CET');
      const ip = adminIp(ctx, u, t);
      portal(u, t - rng.int(1, 4) * MIN, ip);
      auditPim(ctx, { t, user: u, ip, role: ROLES.helpdesk, hours: 9, justification: 'Service desk shift' });
      if (rng.chance(0.6)) auditPim(ctx, { t: t + rng.int(1, 3) * MIN, user: u, ip, role: ROLES.authAdmin, hours: 8, justification: 'MFA resets / TAP for service desk tickets' });
    }
    for (const u of [...w.it.identity, ...w.it.ops, ...w.it.sec]) {
      if (onTrip(u, d) || !rng.chance(u.itRole === 'identity' ? 0.8 : 0.4)) continue;
      const t = local(d, rng.float(8.2, 15.5), 'CET');
      const ip = adminIp(ctx, u, t);
      const role = u.itRole === 'identity' ? rng.pick([ROLES.ua, ROLES.appAdmin, ROLES.caAdmin, ROLES.pra]) : u.itRole === 'ops' ? rng.pick([ROLES.intuneAdmin, ROLES.exoAdmin, ROLES.appAdmin]) : rng.pick([ROLES.secAdmin, ROLES.secReader]);
      portal(u, t - rng.int(1, 4) * MIN, ip);
      auditPim(ctx, { t, user: u, ip, role, hours: rng.pick([2, 4, 8]), justification: rng.pick(['CHG-' + rng.int(10000, 99999), 'INC' + rng.int(100000, 999999), 'Planned maintenance', 'Ticket review']) });
    }
  }
  // Global Administrator, once, for the licence true-up
  {
    const t = local(3, 14.2, 'CET');
    const ip = adminIp(ctx, idAdmin, t);
    portal(idAdmin, t - 2 * MIN, ip);
    auditPim(ctx, { t, user: idAdmin, ip, role: ROLES.ga, hours: 1, justification: 'CHG-40711 M365 licence true-up (requires GA)' });
  }
  // --- helpdesk password resets and TAPs ----------------------------------------------------
  for (let d = 0; d < DAYS; d++) {
    if (weekday(d) >= 5) continue;
    for (let i = 0; i < rng.int(3, 8); i++) {
      const u = rng.pick(staff);
      const t = local(d, rng.float(8, 17.5), 'CET');
      auditHelpdeskReset(ctx, { t, user: u });
      if (u.phone && u.persona !== 'warehouse') {
        // the phone's refresh token is now invalid until the user signs in again
        const tt = t + rng.int(10, 90) * MIN;
        signIn(ctx, { t: tt, user: u, app: APPS.outlookMobile, res: RES.exo, ip: phoneIp(ctx, u, tt, 'CET'), dev: u.phone, ua: u.phone.os === 'Ios' ? UA.outlookIos : UA.outlookAndroid, interactive: false, code: 50133, auth: 'rt', mfa: true, browser: 'Rich Client 4.2409.0' });
      }
    }
    // lost or replaced phone: TAP from the helpdesk, then the user registers the Authenticator again
    if (rng.chance(0.7)) {
      const u = rng.pick(staff.filter((x) => x.persona !== 'warehouse'));
      const admin = rng.pick(w.it.helpdesk.filter((x) => x.startT === undefined || d > x.startDay));
      const t = local(d, rng.float(8.5, 16), 'CET');
      auditTap(ctx, { t, user: u, admin });
      const t2 = t + rng.int(5, 40) * MIN;
      const ip = u.homeDays && u.homeDays.includes(weekday(d)) ? u.homeAt(t2) : w.sites[u.site].ips[0];
      const newPhone = phone(rng, { managed: u.persona === 'sales' });
      signIn(ctx, { t: t2, user: u, app: APPS.mysignins, ip, dev: u.laptop || { id: '', displayName: '', os: 'Windows10', browser: 'Edge 122.0.0' }, ua: UA.edgeWin(122), auth: 'tap', mfa: true, browser: 'Edge 122.0.0' });
      auditDeleteMethod(ctx, { t: t2 + 60 * 1000, user: u, ip });
      auditRegister(ctx, { t: t2 + 2 * MIN, user: u, ip, method: 'app' });
      const t3 = t2 + rng.int(6, 20) * MIN;
      signIn(ctx, { t: t3, user: u, app: APPS.authenticator, res: RES.aad, ip: mobileIp(ctx, u, t3), dev: newPhone, ua: newPhone.os === 'Ios' ? UA.msalIos('Authenticator') : UA.msalAndroid(newPhone.model, 'Authenticator'), auth: 'pw+push', browser: 'Rich Client 6.8.4' });
      auditDevice(ctx, { t: t3 + 30 * 1000, user: u, device: newPhone, ip: mobileIp(ctx, u, t3), os: newPhone.os === 'Ios' ? 'iOS' : 'Android', trust: 'Workplace' });
    }
    // self-service resets from office workers
    for (let i = 0; i < rng.int(0, 3); i++) {
      const u = rng.pick(staff.filter((x) => x.persona === 'office' || x.persona === 'sales'));
      const t = local(d, rng.float(7.5, 10), 'CET');
      const ip = u.homeAt(t);
      signIn(ctx, { t: t - 3 * MIN, user: u, app: APPS.officeHome, ip, dev: { id: '', displayName: '', os: 'Windows10', browser: 'Chrome 122.0.0' }, ua: UA.chromeWin(122), code: rng.chance(0.5) ? 50055 : 50126, auth: 'pw', browser: 'Chrome 122.0.0' });
      auditSspr(ctx, { t, user: u, ip });
    }
    // group membership by the helpdesk
    for (let i = 0; i < rng.int(2, 7); i++) {
      const u = rng.pick(staff);
      const a = rng.pick(w.it.helpdesk);
      const t = local(d, rng.float(8.5, 17), 'CET');
      const g = { id: ctx.groupId(rng.pick(['SG-App-Salesforce', 'SG-App-SAP-Fiori', 'SG-VPN-Users', 'SG-Print-Duisburg', 'SG-App-Transporeon', 'SG-SharePoint-Finance', 'SG-Intune-Pilot'])), type: 'securityGroup' };
      g.name = ctx.groupName(g.id);
      ad(ctx, { t, activity: 'Add member to group', category: 'GroupManagement', op: 'Assign', by: { user: a, ip: adminIp(ctx, a, t) }, targets: [tUser(u), tGroup(g, [mp('Group.ObjectID', null, J(g.id)), mp('Group.DisplayName', null, J(g.name))])], ua: UA.edgeWin(122) });
    }
  }
  // --- the phone replaced on a business trip ------------------------------------------------------
  for (const u of w.personas.sales.filter((x) => x.phoneSwap)) {
    const sw = u.phoneSwap;
    const hotel = ctx.local.get(`local:${sw.trip.dest}:${sw.trip.hotel}`) || localIpFor(ctx, sw.trip.dest, sw.trip.hotel);
    const admin = w.it.helpdesk[1];
    auditTap(ctx, { t: sw.tap, user: u, admin });
    const t = sw.registered - 12 * MIN;
    signIn(ctx, { t, user: u, app: APPS.mysignins, ip: hotel, dev: u.laptop, ua: UA.edgeWin(122), auth: 'tap', mfa: true, browser: 'Edge 122.0.0' });
    auditRegister(ctx, { t: t + MIN, user: u, ip: hotel, method: 'app' });
    auditDeleteMethod(ctx, { t: t + 4 * MIN, user: u, ip: hotel });
    signIn(ctx, { t: sw.registered - 3 * MIN, user: u, app: APPS.authenticator, res: RES.aad, ip: hotel, dev: sw.phone, ua: sw.phone.os === 'Ios' ? UA.msalIos('Authenticator') : UA.msalAndroid(sw.phone.model, 'Authenticator'), auth: 'pw+push', browser: 'Rich Client 6.8.4' });
    auditDevice(ctx, { t: sw.registered - 2 * MIN, user: u, device: sw.phone, ip: hotel, os: sw.phone.os === 'Ios' ? 'iOS' : 'Android', trust: 'Workplace' });
    signIn(ctx, { t: sw.registered + 2 * MIN, user: u, app: APPS.outlookMobile, res: RES.exo, ip: hotel, dev: sw.phone, ua: sw.phone.os === 'Ios' ? UA.outlookIos : UA.outlookAndroid, auth: 'pw+push', browser: 'Rich Client 4.2409.0' });
  }
  // --- joiners -----------------------------------------------------------------------------
  for (const u of w.joiners) {
    if (u.created) {
      ad(ctx, { t: u.created, activity: 'Add user', category: 'UserManagement', op: 'Add', by: { app: hr }, targets: [tUser(u, [mp('AccountEnabled', '[]', '[true]'), mp('DisplayName', '[]', J([u.name])), mp('UserPrincipalName', '[]', J([u.upn])), mp('UserType', '[]', '["Member"]')])] });
      ad(ctx, { t: u.created + 40 * 1000, activity: 'Update user', category: 'UserManagement', by: { app: hr }, targets: [tUser(u, [mp('JobTitle', '[]', J([u.title || 'Employee'])), mp('Department', '[]', J([u.dept || 'Operations']))])] });
      ad(ctx, { t: u.created + 15 * MIN, activity: 'Change user license', category: 'UserManagement', by: { app: hr }, targets: [tUser(u)] });
    }
    const admin = w.it.helpdesk[0];
    const tz = u.site === 'lis' ? 'WET' : 'CET';
    const t0 = local(u.startDay, 8.4, tz);
    auditTap(ctx, { t: local(u.startDay, 8.05, 'CET'), user: u, admin });
    const site = w.sites[u.site];
    const ip = site.ips[0];
    const dev = u.laptop || { id: '', displayName: '', os: 'Windows10', browser: 'Edge 122.0.0', compliant: false, managed: false, trustType: '' };
    signIn(ctx, { t: t0, user: u, app: u.laptop ? APPS.winSignIn : APPS.mysignins, ip, dev, ua: u.laptop ? UA.winAuth : UA.edgeWin(122), auth: 'tap', mfa: true, browser: u.laptop ? '' : 'Edge 122.0.0' });
    if (u.laptop) auditDevice(ctx, { t: t0 - 6 * MIN, user: u, device: u.laptop, ip, os: 'Windows', trust: 'AzureAd' });
    signIn(ctx, { t: t0 + 4 * MIN, user: u, app: APPS.mysignins, ip, dev, ua: UA.edgeWin(122), auth: 'sso', mfa: true, browser: 'Edge 122.0.0' });
    auditRegister(ctx, { t: t0 + 5 * MIN, user: u, ip, method: u.persona === 'warehouse' ? 'phone' : 'app', all: true });
    if (u.phone) {
      const t = t0 + rng.int(15, 40) * MIN;
      signIn(ctx, { t, user: u, app: APPS.authenticator, res: RES.aad, ip: mobileIp(ctx, u, t), dev: u.phone, ua: u.phone.os === 'Ios' ? UA.msalIos('Authenticator') : UA.msalAndroid(u.phone.model, 'Authenticator'), auth: 'pw+push', browser: 'Rich Client 6.8.4' });
      auditDevice(ctx, { t: t + 20 * 1000, user: u, device: u.phone, ip: mobileIp(ctx, u, t), os: u.phone.os === 'Ios' ? 'iOS' : 'Android', trust: 'Workplace' });
    }
    if (u.itRole === 'helpdesk') {
      const t = local(u.startDay, 11.3, 'CET');
      ad(ctx, { t, activity: 'Add eligible member to role in PIM completed (permanent)', category: 'RoleManagement', service: 'PIM', op: 'Assign', by: { user: idAdmin, ip: adminIp(ctx, idAdmin, t) }, targets: [{ id: ctx.roleId(ROLES.helpdesk), displayName: ROLES.helpdesk.name, type: 'Role', userPrincipalName: null, groupType: null, modifiedProperties: [] }, tUser(u)], details: [{ key: 'Justification', value: 'New service desk analyst' }] });
      ad(ctx, { t: t + 2 * MIN, activity: 'Add eligible member to role in PIM completed (permanent)', category: 'RoleManagement', service: 'PIM', op: 'Assign', by: { user: idAdmin, ip: adminIp(ctx, idAdmin, t) }, targets: [{ id: ctx.roleId(ROLES.authAdmin), displayName: ROLES.authAdmin.name, type: 'Role', userPrincipalName: null, groupType: null, modifiedProperties: [] }, tUser(u)], details: [{ key: 'Justification', value: 'New service desk analyst' }] });
    }
  }
  // --- leavers -----------------------------------------------------------------------------
  for (const u of w.leavers) {
    const t = u.leaver.t;
    ad(ctx, { t, activity: 'Disable account', category: 'UserManagement', by: { app: hr }, targets: [tUser(u, [mp('AccountEnabled', '[true]', '[false]'), mp('Included Updated Properties', null, '"AccountEnabled"')])] });
    ad(ctx, { t: t + 30 * 1000, activity: 'Update user', category: 'UserManagement', by: { app: hr }, targets: [tUser(u, [mp('Department', J([u.dept || 'x']), '["Leavers"]')])] });
    const a = w.it.helpdesk[rng.int(0, 5)];
    const tb = businessTime(ctx, t + 14 * HOUR);
    ad(ctx, { t: tb, activity: 'Remove member from group', category: 'GroupManagement', op: 'Unassign', by: { user: a, ip: adminIp(ctx, a, tb) }, targets: [tUser(u), tGroup({ id: ctx.groupId('SG-All-Staff'), name: 'SG-All-Staff', type: 'securityGroup' })] });
    ad(ctx, { t: tb + 3 * MIN, activity: 'Change user license', category: 'UserManagement', by: { user: a, ip: adminIp(ctx, a, tb) }, targets: [tUser(u)] });
    // the personal phone keeps trying for days; the person tries once to read a payslip
    const ios = u.phone.os === 'Ios';
    for (let tt = t + rng.int(30, 200) * MIN; u.hadPhone && tt < Math.min(T1, t + 5 * DAY); tt += rng.float(3, 7) * HOUR) {
      signIn(ctx, { t: tt, user: u, app: u.persona === 'driver' ? w.apps.driver : APPS.outlookMobile, res: u.persona === 'driver' ? w.apps.driverApi.res : RES.exo, ip: phoneIp(ctx, u, tt, 'CET'), dev: u.phone, ua: ios ? UA.outlookIos : UA.outlookAndroid, interactive: false, code: 50057, auth: 'rt', mfa: false, browser: 'Rich Client 4.2409.0' });
    }
    if (t + 2 * DAY < T1) {
      const tt = t + rng.float(1.5, 3) * DAY;
      signIn(ctx, { t: tt, user: u, app: w.apps.workday, ip: u.homeAt(tt), dev: { id: '', displayName: '', os: 'Windows10', browser: 'Chrome 122.0.0' }, ua: UA.chromeWin(122), code: 50057, auth: 'pw', browser: 'Chrome 122.0.0' });
    }
    if (u.legacyMail) {
      // native Android mail app with basic auth: blocked by CA until the account is disabled
      for (let tt = T0 + rng.int(0, 60) * MIN; tt < Math.min(T1, t + 3 * DAY); tt += rng.float(50, 80) * MIN) {
        const code = tt < t ? 53003 : 50057;
        signIn(ctx, { t: tt, user: u, app: APPS.owa, res: RES.exo, ip: phoneIp(ctx, u, tt, 'CET'), ua: 'Android-Mail/2024.01.14.600123456.Release', auth: code === 53003 ? 'pw' : 'legacy', clientApp: 'Exchange ActiveSync', code, browser: '', os: 'Android' });
      }
    }
  }
  // after a password reset, an old tablet still tries the old password over basic auth
  for (const u of rng.sample(staff.filter((x) => x.persona === 'office' || x.persona === 'exec'), 3)) {
    const from = local(rng.int(0, 10), rng.float(17, 20), 'CET');
    auditHelpdeskReset(ctx, { t: from - rng.int(3, 6) * HOUR, user: u });
    for (let tt = from; tt < Math.min(T1, from + rng.float(20, 44) * HOUR); tt += rng.float(25, 60) * MIN) {
      signIn(ctx, { t: tt, user: u, app: APPS.owa, res: RES.exo, ip: u.homeAt(tt), ua: 'iOS/16.7.5 (20H307) dataaccessd/1.0', auth: 'pw', clientApp: 'Exchange ActiveSync', code: 50126, browser: '', os: 'Ios' });
    }
  }
  // a few current staff with an old mail client on basic auth, blocked by CA
  for (const u of rng.sample(staff.filter((x) => x.persona === 'office' || x.persona === 'sales'), 3)) {
    const from = T0 + rng.int(0, 9) * DAY, to = from + rng.int(1, 4) * DAY;
    for (let tt = from; tt < Math.min(to, T1); tt += rng.float(40, 90) * MIN) {
      signIn(ctx, { t: tt, user: u, app: APPS.owa, res: RES.exo, ip: phoneIp(ctx, u, tt, 'CET'), ua: 'iOS/17.3.1 (21D61) dataaccessd/1.0', auth: 'pw', clientApp: 'Exchange ActiveSync', code: 53003, browser: '', os: 'Ios' });
    }
  }
  // --- user consents and admin consents ---------------------------------------------------------
  const consenters = rng.sample([...w.personas.office, ...w.personas.sales, ...w.personas.exec].filter((u) => !u.leaver && u.laptop), 12);
  const apps = ['zoom', 'calendly', 'miro', 'adobe', 'emclient', 'canva', 'grammarly', 'lucid', 'zoom', 'miro', 'calendly', 'lucid'];
  consenters.forEach((u, i) => {
    let d = rng.int(0, 11); while (weekday(d) >= 5) d++;
    const t = local(d, rng.float(9, 17), 'CET');
    const ip = u.homeDays && u.homeDays.includes(weekday(d)) ? u.homeAt(t) : w.sites[u.site].ips[0];
    const app = w.consentApps[apps[i]];
    signIn(ctx, { t: t - 40 * 1000, user: u, app, res: RES.graph, ip, dev: u.laptop, ua: UA.edgeWin(122), auth: 'sso', mfa: true, tokenIn: 'primaryRefreshToken', browser: 'Edge 122.0.0' });
    auditConsent(ctx, { t, user: u, ip, app, scopes: app.scopes, newSp: !app.inTenant, ua: UA.edgeWin(122) });
    app.inTenant = true;
    refreshes(ctx, { user: u, ip, dev: null, sessionId: rng.guid(), mfa: true, browser: '' }, t, Math.min(T1, t + rng.int(1, 4) * DAY), 240, [{ app, res: RES.graph, ua: 'Mozilla/5.0 (compatible; ' + app.name.replace(/ /g, '') + '-Server/1.0)' }]);
  });
  // admin consent for the tenant (AllPrincipals) to DocuSign and Webex after change approval
  for (const [key, d, h] of [['docusign', 2, 11.2], ['webex', 8, 15.6]]) {
    const app = w.consentApps[key];
    const t = local(d, h, 'CET');
    const ip = adminIp(ctx, idAdmin2, t);
    portal(idAdmin2, t - 5 * MIN, ip);
    auditPim(ctx, { t: t - 4 * MIN, user: idAdmin2, ip, role: ROLES.cloudAppAdmin, hours: 2, justification: `CHG-${40650 + d} admin consent ${app.name}` });
    signIn(ctx, { t: t - 30 * 1000, user: idAdmin2, app, res: RES.graph, ip, dev: idAdmin2.laptop, ua: UA.edgeWin(122), auth: 'sso', mfa: true, tokenIn: 'primaryRefreshToken', browser: 'Edge 122.0.0' });
    auditConsent(ctx, { t, user: idAdmin2, ip, app, scopes: app.scopes, admin: true, newSp: !app.inTenant, ua: UA.edgeWin(122) });
    app.inTenant = true;
  }
  // application permissions for internal integrations
  auditAppRole(ctx, { t: local(1, 10.4, 'CET'), user: idAdmin, ip: adminIp(ctx, idAdmin, local(1, 10.4, 'CET')), app: w.apps.customs, role: 'Mail.Send' });
  auditAppRole(ctx, { t: local(8, 14.9, 'CET'), user: idAdmin, ip: adminIp(ctx, idAdmin, local(8, 14.9, 'CET')), app: w.apps.edi, role: 'Sites.Selected' });
  // --- credential rotations -----------------------------------------------------------------
  const kr = { name: w.apps.keyRotation.name, appId: w.apps.keyRotation.id, spId: w.apps.keyRotation.spId };
  for (const r of w.rotations) {
    const a = w.apps[r.key];
    if (r.by === 'auto') {
      auditAppCred(ctx, { t: r.t, by: { app: kr }, app: a, before: r.before, after: r.after });
      auditAppCred(ctx, { t: r.removeAt, by: { app: kr }, app: a, before: r.after, after: r.after.slice(1) });
    } else {
      const ip = adminIp(ctx, r.by, r.t);
      portal(r.by, r.t - 3 * MIN, ip);
      auditAppCred(ctx, { t: r.t, by: { user: r.by, ip }, app: a, before: r.before, after: r.after, ua: UA.edgeWin(122) });
      const tr = businessTime(ctx, r.removeAt + DAY);
      if (tr < T1) auditAppCred(ctx, { t: tr, by: { user: r.by, ip: adminIp(ctx, r.by, tr) }, app: a, before: r.after, after: r.after.slice(1), ua: UA.edgeWin(122) });
    }
  }
  // a developer registers a new internal app and becomes its owner
  {
    const dev = w.it.dev[7];
    const t = local(10, 13.6, 'CET');
    const ip = adminIp(ctx, dev, t);
    const app = { name: 'HRL Returns Portal (dev)', id: rng.guid(), spId: rng.guid(), objId: rng.guid() };
    ad(ctx, { t, activity: 'Add application', category: 'ApplicationManagement', op: 'Add', by: { user: dev, ip }, targets: [{ id: app.objId, displayName: app.name, type: 'Application', userPrincipalName: null, groupType: null, modifiedProperties: [mp('AppId', '[]', J([app.id])), mp('DisplayName', '[]', J([app.name]))] }], ua: UA.edgeWin(122) });
    ad(ctx, { t: t + 2000, activity: 'Add owner to application', category: 'ApplicationManagement', op: 'Assign', by: { user: dev, ip }, targets: [tUser(dev), { id: app.objId, displayName: app.name, type: 'Application', userPrincipalName: null, groupType: null, modifiedProperties: [] }], ua: UA.edgeWin(122) });
    ad(ctx, { t: t + 4000, activity: 'Add service principal', category: 'ApplicationManagement', op: 'Add', by: { user: dev, ip }, targets: [tApp2(app)], ua: UA.edgeWin(122) });
    auditAppCred(ctx, { t: t + 9 * MIN, by: { user: dev, ip }, app, before: [], after: [{ keyId: rng.guid(), type: 'clientSecret', displayName: 'local-dev' }], ua: UA.edgeWin(122) });
  }
  // --- guest invitations -------------------------------------------------------------------
  for (const g of w.newGuests) {
    const u = g.inviter;
    const t = g.invited;
    const d = localDay(t, 'CET');
    const ip = u.homeDays && u.homeDays.includes(weekday(d)) ? u.homeAt(t) : w.sites[u.site].ips[0];
    auditInvite(ctx, { t, by: u, ip, guest: g, ua: UA.edgeWin(122) });
    const tr = t + rng.float(0.3, 20) * HOUR;
    if (tr < T1) {
      const gip = rng.chance(0.6) ? g.partner.officeIp : g.homeIp;
      auditRedeem(ctx, { t: tr, guest: g, ip: gip });
      login(ctx, { t: tr + 20 * 1000, user: g, app: APPS.spoWeb, ip: gip, dev: { id: '', displayName: '', os: 'Windows10', browser: 'Edge 122.0.0' }, ua: UA.edgeWin(122), auth: 'pw', mfaNeeded: true, method: 'push', browser: 'Edge 122.0.0', rates: { interrupt: 0.9 } });
      for (let dd = localDay(tr, 'CET') + 1; dd < DAYS; dd++) {
        if (weekday(dd) >= 5 || !rng.chance(0.35)) continue;
        const ts = local(dd, rng.float(8, 16), 'CET');
        login(ctx, { t: ts, user: g, app: APPS.spoWeb, ip: rng.chance(0.6) ? g.partner.officeIp : g.homeIp, dev: { id: '', displayName: '', os: 'Windows10', browser: 'Edge 122.0.0' }, ua: UA.edgeWin(122), auth: 'pw', mfaNeeded: true, method: 'push', browser: 'Edge 122.0.0' });
      }
    }
  }
  // --- direct role assignments -----------------------------------------------------------------
  {
    const fin = w.personas.office.find((u) => u.dept === 'Finance' && !u.leaver);
    const t = local(3, 10.1, 'CET');
    auditRoleAdd(ctx, { t, by: idAdmin, ip: adminIp(ctx, idAdmin, t), user: fin, role: ROLES.reportsReader });
    for (const g of new Set(w.newGuests.map((x) => x.inviter))) {
      const tt = local(0, 9.4 + rng.float(0, 0.5), 'CET');
      auditRoleAdd(ctx, { t: tt, by: idAdmin, ip: adminIp(ctx, idAdmin, tt), user: g, role: ROLES.guestInviter });
    }
  }
  // --- Conditional Access edits (travel exceptions) -------------------------------------------------
  const geo = ctx.caIds.geo;
  const allowed = [...GEO_BASE];
  const edit = (d, h, add, remove = []) => {
    const t = local(d, h, 'CET');
    const ip = adminIp(ctx, idAdmin, t);
    portal(idAdmin, t - 6 * MIN - 40 * 1000, ip);
    auditPim(ctx, { t: t - 5 * MIN, user: idAdmin, ip, role: ROLES.caAdmin, hours: 1, justification: `Travel exception ${add.join(',') || remove.join(',')}` });
    const before = { conditions: { locations: { includeLocations: ['All'], excludeLocations: [...allowed] } }, state: 'enabledForReportingButNotEnforced' };
    for (const c of add) allowed.push(c);
    for (const c of remove) allowed.splice(allowed.indexOf(c), 1);
    const after = { conditions: { locations: { includeLocations: ['All'], excludeLocations: [...allowed] } }, state: 'enabledForReportingButNotEnforced' };
    auditCa(ctx, { t, by: idAdmin, ip, policy: geo, before, after });
  };
  for (const [d, h, add, remove] of GEO_EDITS) edit(d, h, add, remove);
  {
    const t = local(9, 15.3, 'CET');
    const ip = adminIp(ctx, idAdmin2, t);
    auditPim(ctx, { t: t - 4 * MIN, user: idAdmin2, ip, role: ROLES.caAdmin, hours: 1, justification: 'CHG-40688 kiosk device filter' });
    auditCa(ctx, { t, by: idAdmin2, ip, policy: ctx.caIds.kiosk, before: { conditions: { devices: null } }, after: { conditions: { devices: { deviceFilter: { mode: 'include', rule: 'device.displayName -startsWith "HRL-KSK" -or device.displayName -startsWith "HRL-SCN"' } } } } });
  }
  // --- new Teams created by staff ------------------------------------------------------------
  for (let i = 0; i < 6; i++) {
    const u = rng.pick(w.personas.office);
    let d = rng.int(0, 12); while (weekday(d) >= 5) d++;
    const t = local(d, rng.float(9, 17), 'CET');
    const g = { id: rng.guid(), name: rng.pick(['Project Falcon', 'Venlo Expansion', 'Q2 Tender Carrefour', 'Returns Process Redesign', 'Customs Brexit Desk', 'Peak Season 2026', 'Yard Automation Pilot']), type: 'unifiedGroups' };
    ad(ctx, { t, activity: 'Add group', category: 'GroupManagement', op: 'Add', by: { user: u, ip: w.sites[u.site].ips[0] }, targets: [tGroup(g, [mp('DisplayName', '[]', J([g.name])), mp('GroupType', '[]', '["Unified"]')])] });
    ad(ctx, { t: t + 3000, activity: 'Add owner to group', category: 'GroupManagement', op: 'Assign', by: { user: u, ip: w.sites[u.site].ips[0] }, targets: [tUser(u), tGroup(g)] });
  }
}

const tApp2 = (app) => ({ id: app.spId, displayName: app.name, type: 'ServicePrincipal', userPrincipalName: null, groupType: null, modifiedProperties: [mp('AppPrincipalId', '[]', J([app.id])), mp('DisplayName', '[]', J([app.name]))] });
