// The rest of the honest tenant: guests, service accounts, Entra Connect, Teams Rooms, leavers, seasonal staff's
// lifecycle, and the audit log's everyday traffic.
import { APPS, RES, SITES, START, END, HOUR, MIN, DAY, localAt, isWeekend, net, ispIp, DOMAIN, ONMS, TENANT_ID, PLACES } from './tenant.mjs';
import { UA, BROWSER, phoneWeb, phoneApp, mobileNet, homeNet, ACTOR_APPS } from './life.mjs';

const DAYS = 14;
export const tgtUser = (u, mods = []) => ({ id: u.id, displayName: null, type: 'User', upn: u.extUpn || u.upn, mods });
const j = (v) => JSON.stringify(v);

export function others(rng, sink, P, L, H) {
  const r = rng;
  const { helpdesk, admins, secAdmin, procurement, hrStaff } = H;
  const members = P.users.filter((u) => !u.leaver && !u.created);
  const cet = (d, h) => START + d * DAY + (h - 1) * HOUR;

  // ---- guests ----
  const visitors = r.sample(P.guests.filter((g) => g.kind === 'guestFR'), 3);
  for (const g of P.guests) {
    g.signinUpn = g.mail;
    const fr = g.kind === 'guestFR';
    const visiting = visitors.includes(g);
    for (let d = 0; d < DAYS; d++) {
      if (isWeekend(d)) continue;
      if (visiting && d >= 7 && d <= 11) {
        // commissioning at Belfast Yard (their laptop, our yard network), hotel in the evening
        const hotel = net('99.250.17.4', 812, 'ottawa');
        L.web(g, localAt(d, r.float(7.5, 9)), d === 7 ? hotel : SITES.hq, null, { app: APPS.vendorPortal, res: RES.spo, ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10', mfa: 'home', guest: true, follow: 2, typo: 0 });
        L.web(g, localAt(d, r.float(19, 22)), hotel, null, { app: APPS.teamsWeb, res: RES.teams, ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10', mfa: 'home', guest: true, follow: 1, typo: 0 });
        continue;
      }
      if (!r.chance(0.15 + 0.55 * g.activity)) continue;
      const at = fr ? cet(d, r.float(8.5, 17.5)) : localAt(d, r.float(8.5, 17.5));
      const n = r.chance(0.6) ? net(g.officeIp, fr ? 3215 : 7018, fr ? 'valenciennes' : 'alpharetta') : net(g.homeIp, { orange: 3215, free: 12322, sfr: 15557, comcast: 7922, att: 7018 }[g.isp], g.homePlace);
      const app = r.chance(0.7) ? APPS.vendorPortal : APPS.teamsWeb;
      L.web(g, at, n, null, { app, res: app === APPS.teamsWeb ? RES.teams : RES.spo, ua: r.chance(0.7) ? UA.edgeWin : UA.chromeWin, browser: BROWSER.edge, os: 'Windows 10', mfa: 'home', guest: true, follow: r.int(1, 3), typo: 0 });
    }
  }

  // ---- service accounts (ROPC from the data centre) ----
  const svcRun = (s, everyMin, ua, browser, failWindow) => {
    for (let t = START + r.int(0, everyMin) * MIN; t < END; t += everyMin * MIN + r.int(-40, 40) * 1000) {
      const fail = failWindow && t >= failWindow[0] && t < failWindow[1];
      L.si({ user: s, app: s.app, res: s.res, net: SITES.dc, device: null, ua, browser, os: 'Windows Server 2019', interactive: true, t, code: fail ? 50126 : 0, protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients', exemptMfa: true });
    }
  };
  // svc-faresync's password is rotated by IT on Tue 1 Dec 10:05 local; the job keeps the old one until 13:20
  const rotAt = localAt(8, 10.08);
  sink.audit({ t: rotAt, category: 'UserManagement', activity: 'Reset user password', actor: { user: admins[0] }, ip: SITES.hq.ip, targets: [tgtUser(P.svc.fare)], details: [['TargetId.UserType', 'Member']] });
  svcRun(P.svc.fare, 30, UA.msalNet, 'Rich Client 4.66.2.0', [rotAt + 20 * MIN, localAt(8, 13.33)]);
  svcRun(P.svc.gtfs, 60, UA.pyRequests, 'Python Requests 2.32', null);
  svcRun(P.svc.scada, 60, UA.msalNet, 'Rich Client 4.66.2.0', null);
  // Entra Connect sync account
  for (let t = START + 7 * MIN; t < END; t += 30 * MIN + r.int(-20, 20) * 1000) {
    L.bg(P.svc.sync, t, SITES.dc, null, { app: APPS.aadConnect, res: RES.aad, ua: UA.msalNet, browser: 'Rich Client 4.66.2.0', os: 'Windows Server 2019', mfa: null });
  }
  // Teams Rooms
  for (const m of P.rooms) {
    for (let d = 0; d < DAYS; d++) {
      const sess = r.uuid();
      for (let h = 6 + r.float(0, 1); h < 20; h += r.float(1.5, 3)) L.bg(m, localAt(d, h), m.net, m.device, { app: APPS.teams, res: r.chance(0.7) ? RES.teams : RES.exo, ua: UA.teamsWin, browser: BROWSER.rich, os: 'Windows 10', session: sess, mfa: null });
    }
  }

  // ---- leavers: phones keep retrying with the disabled account ----
  for (const u of P.users.filter((x) => x.leaver)) {
    const pa = phoneApp(u);
    const giveUp = START + r.int(3, 16) * DAY;
    for (let t = START + r.int(0, 180) * MIN; t < Math.min(giveUp, END); t += r.int(50, 200) * MIN) {
      const h = ((t - START) / HOUR - 5 + 240) % 24;
      const n = h > 18 || h < 7 ? homeNet(r, u) : mobileNet(r, u);
      L.bg(u, t, n, null, { app: APPS.outlookMobile, res: RES.exo, ...pa, code: 50057, mfa: null });
    }
  }

  // ---- seasonal lifecycle ----
  const grpSeasonal = { id: r.uuid(), name: 'SG-Seasonal-Winter-Service' };
  for (const u of P.seasonal) {
    const t0 = u.created;
    sink.audit({ t: t0, category: 'UserManagement', activity: 'Add user', actor: { app: ACTOR_APPS.hrProv }, targets: [tgtUser(u, [['AccountEnabled', '[]', '[true]'], ['DisplayName', '[]', j([u.display])], ['UserPrincipalName', '[]', j([u.upn])], ['Department', '[]', j(['Seasonal - Winter Service'])], ['Included Updated Properties', null, '"AccountEnabled, DisplayName, UserPrincipalName, Department"']])], opType: 'Add', service: 'Core Directory' });
    sink.audit({ t: t0 + 2000, category: 'UserManagement', activity: 'Change user license', actor: { app: ACTOR_APPS.hrProv }, targets: [tgtUser(u)], opType: 'Update' });
    sink.audit({ t: t0 + 4000, category: 'GroupManagement', activity: 'Add member to group', actor: { app: ACTOR_APPS.hrProv }, targets: [tgtUser(u, [['Group.ObjectID', null, j(grpSeasonal.id)], ['Group.DisplayName', null, j(grpSeasonal.name)]]), { id: grpSeasonal.id, displayName: grpSeasonal.name, type: 'Group', mods: [] }], opType: 'Assign' });
    if (u.noShow) continue; // hired, never showed up, never signed in
    // first sign-in on the phone at home the next morning or evening: MFA registration interrupt, registration, success
    const t1 = t0 + r.int(14, 30) * HOUR;
    const hn = homeNet(r, u);
    const w = phoneWeb(u);
    L.si({ user: u, app: APPS.officeHome, res: RES.graph, net: hn, device: null, ...w, interactive: true, t: t1, code: 50072 });
    L.si({ user: u, app: APPS.mySignins, res: RES.graph, net: hn, device: null, ...w, interactive: true, t: t1 + 40_000, code: 0 });
    sink.audit({ t: t1 + 60_000, category: 'UserManagement', activity: 'User started security info registration', actor: { user: u }, ip: hn.ip, service: 'Authentication Methods', targets: [tgtUser(u)], opType: 'Add' });
    sink.audit({ t: t1 + 150_000, category: 'UserManagement', activity: 'User registered security info', actor: { user: u }, ip: hn.ip, service: 'Authentication Methods', reason: u.mfa === 'sms' ? 'User registered Mobile Phone SMS' : 'User registered Authenticator App with Notification and Code', targets: [tgtUser(u)], opType: 'Add' });
    sink.audit({ t: t1 + 155_000, category: 'UserManagement', activity: 'User registered all required security info', actor: { user: u }, ip: hn.ip, service: 'Authentication Methods', reason: 'User registered all required security info', targets: [tgtUser(u)], opType: 'Add' });
    L.web(u, t1 + 200_000, hn, null, { ...w, app: APPS.officeHome, mfa: u.mfa, follow: 2, typo: 0, kmsi: 0.3 });
    if (u.disabled) {
      sink.audit({ t: u.disabled, category: 'UserManagement', activity: 'Disable account', actor: { app: ACTOR_APPS.hrProv }, targets: [tgtUser(u, [['AccountEnabled', '[true]', '[false]'], ['Included Updated Properties', null, '"AccountEnabled"']])] });
      sink.audit({ t: u.disabled + 1500, category: 'UserManagement', activity: 'Update user', actor: { app: ACTOR_APPS.hrProv }, targets: [tgtUser(u, [['AccountEnabled', '[true]', '[false]'], ['Included Updated Properties', null, '"AccountEnabled"']])] });
      sink.audit({ t: u.disabled + 3000, category: 'GroupManagement', activity: 'Remove member from group', actor: { app: ACTOR_APPS.hrProv }, targets: [tgtUser(u, [['Group.ObjectID', j(grpSeasonal.id), null], ['Group.DisplayName', j(grpSeasonal.name), null]]), { id: grpSeasonal.id, displayName: grpSeasonal.name, type: 'Group', mods: [] }], opType: 'Unassign' });
      const pa = phoneApp(u);
      for (let t = u.disabled + r.int(20, 90) * MIN, k = 0; k < r.int(3, 12) && t < END; t += r.int(60, 240) * MIN, k++) L.bg(u, t, r.chance(0.5) ? hn : mobileNet(r, u), null, { app: APPS.outlookMobile, res: RES.exo, ...pa, code: 50057, mfa: null });
    }
  }

  // a seasonal contract extended: HR provisioning re-enables the account two days after it was disabled (honest)
  {
    const u = P.seasonal.find((x) => x.disabled && !x.victim && x.disabled < END - 3 * DAY);
    const t = u.disabled + 2 * DAY + r.int(1, 3) * HOUR;
    sink.audit({ t, category: 'UserManagement', activity: 'Enable account', actor: { app: ACTOR_APPS.hrProv }, targets: [tgtUser(u, [['AccountEnabled', '[false]', '[true]'], ['Included Updated Properties', null, '"AccountEnabled"']])] });
    sink.audit({ t: t + 1500, category: 'UserManagement', activity: 'Update user', actor: { app: ACTOR_APPS.hrProv }, targets: [tgtUser(u, [['AccountEnabled', '[false]', '[true]'], ['Included Updated Properties', null, '"AccountEnabled"']])] });
    sink.audit({ t: t + 3000, category: 'GroupManagement', activity: 'Add member to group', actor: { app: ACTOR_APPS.hrProv }, targets: [tgtUser(u, [['Group.ObjectID', null, j(grpSeasonal.id)], ['Group.DisplayName', null, j(grpSeasonal.name)]]), { id: grpSeasonal.id, displayName: grpSeasonal.name, type: 'Group', mods: [] }], opType: 'Assign' });
    for (let d = Math.ceil((t - START) / DAY); d < DAYS; d++) {
      if (r.chance(0.7)) {
        const site = u.depot, dev = r.pick(P.kiosks.get(site.code));
        L.web(u, localAt(d, (u.shift === 'early' ? 4 : 14) + r.normal(-0.35, 0.25)), site.net, dev, { app: APPS.operatorPortal, res: APPS.operatorPortal, follow: 1, kmsi: 0 });
      }
    }
  }

  // ---- everyday audit traffic ----
  const syncAttr = [['TelephoneNumber', () => j([`+1 613 555 ${r.int(1000, 9999)}`])], ['JobTitle', () => j([r.pick(['Bus Operator', 'Operator', 'Mechanic II', 'Analyst', 'Supervisor'])])], ['Department', () => j([r.pick(['Bus Operations', 'Fleet Maintenance', 'Corporate Services'])])], ['LastDirSyncTime', () => j([new Date(START).toISOString()])], ['StreetAddress', () => j(['1 Rideau Transit Way'])]];
  for (let t = START + 9 * MIN; t < END; t += 30 * MIN) {
    for (let k = r.int(0, 8); k > 0; k--) {
      const u = r.pick(members);
      const [name, f] = r.pick(syncAttr);
      sink.audit({ t: t + r.int(5, 90) * 1000, category: 'UserManagement', activity: 'Update user', actor: { app: ACTOR_APPS.sync }, targets: [tgtUser(u, [[name, f(), f()], ['Included Updated Properties', null, j(name)]])] });
    }
    if (r.chance(0.2)) { const u = r.pick(members); sink.audit({ t: t + r.int(5, 90) * 1000, category: 'UserManagement', activity: 'Change user password', actor: { app: ACTOR_APPS.sync }, targets: [tgtUser(u)] }); }
  }
  const newGuest = (d) => {
    const org = r.pick([['metrolis-ferroviaire.fr', 'FR'], ['transitpay.com', 'US'], ['wsp.com', 'CA'], ['stantec.com', 'CA'], ['hatch.com', 'CA'], ['gmail.com', 'CA']]);
    const first = r.pick(['Alex', 'Sam', 'Chris', 'Dominique', 'Morgan', 'Jamie', 'Camille', 'Robin', 'Taylor', 'Frédéric']);
    const last = r.pick(['Martin', 'Nguyen', 'Bernard', 'Wong', 'Ahmed', 'Kelly', 'Roussel', 'Lopez', 'Chan']);
    const mail = `${first.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()}.${last.toLowerCase()}${r.int(1, 99)}@${org[0]}`;
    return { id: r.uuid(), display: `${first} ${last}`, mail, upn: mail, signinUpn: mail, extUpn: `${mail.replace('@', '_')}#EXT#@${ONMS}`, homeTenant: r.uuid(), cc: org[1] };
  };
  for (let d = 0; d < DAYS; d++) {
    const wk = !isWeekend(d);
    // guest invitations by procurement / project staff
    for (let k = wk ? r.int(1, 3) : 0; k > 0; k--) {
      const by = r.pick(procurement), g = newGuest(d), t = localAt(d, r.float(9, 16.5));
      sink.audit({ t, category: 'UserManagement', activity: 'Invite external user', actor: { user: by }, ip: SITES.hq.ip, service: 'Invited Users', targets: [tgtUser(g)], details: [['invitedUserEmailAddress', g.mail]], opType: 'Add' });
      sink.audit({ t: t + 1500, category: 'UserManagement', activity: 'Add user', actor: { user: by }, ip: SITES.hq.ip, targets: [tgtUser(g, [['AccountEnabled', '[]', '[true]'], ['UserType', '[]', '["Guest"]'], ['Included Updated Properties', null, '"AccountEnabled, UserType"']])], opType: 'Add' });
      if (r.chance(0.7)) {
        const tr = t + r.int(20, 600) * MIN;
        const place = g.cc === 'FR' ? 'valenciennes' : g.cc === 'US' ? 'atlanta' : r.pick(['ottawa', 'toronto', 'montreal']);
        const isp = g.cc === 'FR' ? 'orange' : g.cc === 'US' ? 'comcast' : r.pick(['bell', 'rogers']);
        const n = net(ispIp(r, isp), { orange: 3215, comcast: 7922, bell: 577, rogers: 812 }[isp], place);
        sink.audit({ t: tr, category: 'UserManagement', activity: 'Redeem external user invite', actor: { user: { id: g.id, upn: g.extUpn, display: g.display } }, ip: n.ip, service: 'Invited Users', targets: [tgtUser(g)], opType: 'Update' });
        L.web(g, tr + 30_000, n, null, { app: APPS.vendorPortal, res: RES.spo, ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10', mfa: 'home', guest: true, follow: 1, typo: 0 });
      }
    }
    // help-desk password resets and self-service resets
    for (let k = wk ? r.int(1, 4) : r.int(0, 1); k > 0; k--) {
      const u = r.pick(members.filter((x) => x.kind !== 'room'));
      const t = localAt(d, r.float(7, 18));
      const hd = r.pick(helpdesk);
      sink.audit({ t, category: 'UserManagement', activity: 'Reset user password', actor: { user: hd }, ip: SITES.hq.ip, targets: [tgtUser(u)], details: [['TargetId.UserType', 'Member']] });
    }
    for (let k = r.int(0, 3); k > 0; k--) {
      const u = r.pick(members.filter((x) => x.phone && x.mfa));
      const t = localAt(d, r.float(6.5, 22));
      const hn = homeNet(r, u, d);
      sink.audit({ t, category: 'UserManagement', activity: 'Self-service password reset flow activity progress', actor: { user: u }, ip: hn.ip, service: 'Self-service Password Management', reason: 'User started the password reset process', targets: [tgtUser(u)] });
      sink.audit({ t: t + 70_000, category: 'UserManagement', activity: 'Self-service password reset flow activity progress', actor: { user: u }, ip: hn.ip, service: 'Self-service Password Management', reason: 'User successfully reset password', targets: [tgtUser(u)] });
      sink.audit({ t: t + 72_000, category: 'UserManagement', activity: 'Reset password (self-service)', actor: { user: u }, ip: hn.ip, service: 'Self-service Password Management', targets: [tgtUser(u)] });
      L.web(u, t + 3 * MIN, hn, null, { ...phoneWeb(u), mfa: u.mfaExempt ? null : u.mfa, follow: 1, typo: 0 });
    }
    // people replacing phones: delete the old method, register the new one, register the new device
    if (r.chance(0.8)) {
      const u = r.pick(members.filter((x) => x.phone && x.mfa === 'app'));
      const t = localAt(d, r.float(8, 20));
      const n = r.chance(0.5) ? homeNet(r, u, d) : mobileNet(r, u);
      const w = phoneWeb(u);
      L.si({ user: u, app: APPS.mySignins, res: RES.graph, net: n, device: null, ...w, interactive: true, t, code: 0, mfa: 'sms' });
      sink.audit({ t: t + 60_000, category: 'UserManagement', activity: 'User deleted security info', actor: { user: u }, ip: n.ip, service: 'Authentication Methods', reason: 'User deleted Authenticator App with Notification and Code', targets: [tgtUser(u)], opType: 'Delete' });
      sink.audit({ t: t + 150_000, category: 'UserManagement', activity: 'User registered security info', actor: { user: u }, ip: n.ip, service: 'Authentication Methods', reason: 'User registered Authenticator App with Notification and Code', targets: [tgtUser(u)], opType: 'Add' });
      const devId = r.uuid();
      sink.audit({ t: t + 240_000, category: 'Device', activity: 'Register device', actor: { app: ACTOR_APPS.deviceReg }, targets: [{ id: devId, displayName: u.phone.model, type: 'Device', mods: [] }], details: [['Device Id', devId], ['Device OS', u.phone.ios ? 'iOS' : 'Android'], ['Device Trust Type', 'Workplace']], opType: 'Add', service: 'Device Registration Service' });
      sink.audit({ t: t + 241_000, category: 'Device', activity: 'Add registered owner to device', actor: { app: ACTOR_APPS.deviceReg }, targets: [{ id: devId, displayName: u.phone.model, type: 'Device', mods: [] }, tgtUser(u)], opType: 'Assign' });
      L.bg(u, t + 300_000, n, { id: devId, name: u.phone.model, os: w.os, compliant: false, managed: false, trust: 'Azure AD registered' }, { app: APPS.broker, res: RES.drs, ua: UA.wam, browser: BROWSER.rich, os: w.os });
    }
    // PIM activations by IT admins
    for (let k = wk ? r.int(1, 4) : r.int(0, 1); k > 0; k--) {
      const a = r.pick(admins);
      const role = r.wpick([['Exchange Administrator', 3], ['User Administrator', 4], ['Intune Administrator', 3], ['Application Administrator', 2], ['Global Administrator', 0.6], ['Conditional Access Administrator', 1]]);
      pim(a, localAt(d, r.float(7.5, 16.5)), role, SITES.hq, r.pick(['INC' + r.int(100000, 199999), 'CHG' + r.int(20000, 29999)]));
    }
  }
  function pim(a, t, role, n, ticket) {
    const roleId = { 'Exchange Administrator': '29232cdf-9323-42fd-ade2-1d097af3e4de', 'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1', 'Intune Administrator': '3a2c62db-5318-420d-8d74-23affee5d9d5', 'Application Administrator': '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'Global Administrator': '62e90394-69f5-4237-9190-012177145e10', 'Conditional Access Administrator': 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', 'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814' }[role];
    L.web(a, t - 90_000, n, a.laptop, { app: APPS.azPortal, res: RES.arm, mfa: r.chance(0.5) ? 'prev' : 'app', follow: 1, followRes: [RES.graph], typo: 0, kmsi: 0, admin: true });
    sink.audit({ t, category: 'RoleManagement', activity: 'Add member to role requested (PIM activation)', actor: { user: a }, ip: n.ip, service: 'PIM', reason: `${ticket}`, targets: [{ id: roleId, displayName: role, type: 'Role', mods: [] }, tgtUser(a)], details: [['Justification', `${ticket}`], ['StartTime', new Date(t).toISOString()], ['ExpirationTime', new Date(t + 8 * HOUR).toISOString()]], opType: 'Assign' });
    sink.audit({ t: t + 4000, category: 'RoleManagement', activity: 'Add member to role completed (PIM activation)', actor: { app: ACTOR_APPS.pim }, service: 'PIM', targets: [{ id: roleId, displayName: role, type: 'Role', mods: [] }, tgtUser(a)], opType: 'Assign' });
    sink.audit({ t: t + 5000, category: 'RoleManagement', activity: 'Add member to role', actor: { app: ACTOR_APPS.pim }, targets: [tgtUser(a, [['Role.ObjectID', null, j(roleId)], ['Role.DisplayName', null, j(role)], ['Role.TemplateId', null, j(roleId)]])], opType: 'Assign' });
    if (t + 8 * HOUR < END) sink.audit({ t: t + 8 * HOUR + 30_000, category: 'RoleManagement', activity: 'Remove member from role completed (PIM activation expired)', actor: { app: ACTOR_APPS.pim }, service: 'PIM', targets: [{ id: roleId, displayName: role, type: 'Role', mods: [] }, tgtUser(a)], opType: 'Unassign' });
  }

  // an on-call administrator activates Exchange Administrator from home at 02:10 for an incident (honest)
  {
    const a = admins[4];
    pim(a, localAt(6, 2.2), 'Exchange Administrator', homeNet(r, a, 6), 'INC1184421');
  }

  // ---- one-off honest changes ----
  const eng = P.users.filter((u) => u.kind === 'eng' && u.dev);
  const e1 = eng[0], e2 = eng[1];
  const appGtfs = { id: '6f1c0b8e-7a2d-4e39-95c4-d0b3a8e71f26', name: 'GTFS Feed Publisher' };
  const appFare = { id: 'a3d9e0f5-2b71-4c68-8e4a-0f6c1d3b9a57', name: 'Fare System Sync (PRESTO bridge)' };
  const appScada = { id: 'd5b2c8a0-4e19-4f73-b6d1-8a0e3c7f2b94', name: 'SCADA Historian Exporter' };
  const cred = (kid, name) => `[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=${name}]`;
  // secret rotation by the automation on Tue 1 Dec 07:00 UTC
  for (const a of [appGtfs, appFare, appScada]) {
    const t = Date.UTC(2026, 11, 1, 7, 0, r.int(0, 50));
    const oldK = r.uuid(), newK = r.uuid();
    sink.audit({ t, category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', actor: { app: ACTOR_APPS.rotation }, targets: [{ id: a.id, displayName: a.name, type: 'Application', mods: [['KeyDescription', j([cred(oldK, 'rotation-2026-11')]), j([cred(oldK, 'rotation-2026-11'), cred(newK, 'rotation-2026-12')])], ['Included Updated Properties', null, '"KeyDescription"']] }], opType: 'Update' });
    sink.audit({ t: t + 3 * HOUR, category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', actor: { app: ACTOR_APPS.rotation }, targets: [{ id: a.id, displayName: a.name, type: 'Application', mods: [['KeyDescription', j([cred(oldK, 'rotation-2026-11'), cred(newK, 'rotation-2026-12')]), j([cred(newK, 'rotation-2026-12')])], ['Included Updated Properties', null, '"KeyDescription"']] }], opType: 'Update' });
  }
  // an engineer registers a dev API and gives it a secret (Wed 25 Nov)
  {
    const t = localAt(2, 10.4), appId = r.uuid(), objId = r.uuid();
    L.web(e1, t - 120_000, SITES.eng, e1.laptop, { app: APPS.azPortal, res: RES.arm, mfa: 'prev', follow: 1, typo: 0 });
    sink.audit({ t, category: 'ApplicationManagement', activity: 'Add application', actor: { user: e1 }, ip: SITES.eng.ip, targets: [{ id: objId, displayName: 'RVTA Trip Planner API (dev)', type: 'Application', mods: [['AppAddress', null, '[{"AddressType":0,"Address":"https://tripplanner-dev.rvta.ca/signin-oidc","ReplyAddressClientType":1,"ReplyAddressIndex":null,"IsReplyAddressDefault":false}]'], ['AppId', null, j([appId])], ['Included Updated Properties', null, '"AppAddress, AppId"']] }], opType: 'Add', ua: UA.edgeWin });
    sink.audit({ t: t + 3000, category: 'ApplicationManagement', activity: 'Add owner to application', actor: { user: e1 }, ip: SITES.eng.ip, targets: [tgtUser(e1), { id: objId, displayName: 'RVTA Trip Planner API (dev)', type: 'Application', mods: [] }], opType: 'Assign' });
    sink.audit({ t: t + 9000, category: 'ApplicationManagement', activity: 'Add service principal', actor: { user: e1 }, ip: SITES.eng.ip, targets: [{ id: r.uuid(), displayName: 'RVTA Trip Planner API (dev)', type: 'ServicePrincipal', mods: [['AppPrincipalId', null, j([appId])]] }], opType: 'Add' });
    sink.audit({ t: t + 6 * MIN, category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', actor: { user: e1 }, ip: SITES.eng.ip, targets: [{ id: objId, displayName: 'RVTA Trip Planner API (dev)', type: 'Application', mods: [['KeyDescription', '[]', j([cred(r.uuid(), 'local-dev')])], ['Included Updated Properties', null, '"KeyDescription"']] }], opType: 'Update', ua: UA.edgeWin });
  }
  // GitHub Actions federated credential for the GTFS publisher (Thu 26 Nov), from the engineering floor
  {
    const t = localAt(3, 14.2);
    L.web(e2, t - 180_000, SITES.eng, e2.laptop, { app: APPS.azPortal, res: RES.arm, mfa: 'prev', follow: 1, typo: 0 });
    sink.audit({ t, category: 'ApplicationManagement', activity: 'Update application', actor: { user: e2 }, ip: SITES.eng.ip, targets: [{ id: appGtfs.id, displayName: appGtfs.name, type: 'Application', mods: [['FederatedIdentityCredentials', '[]', j([{ Name: 'gha-production', Issuer: 'https://token.actions.githubusercontent.com', Subject: 'repo:rvta-transit/gtfs-publisher:environment:production', Audiences: ['api://AzureADTokenExchange'] }])], ['Included Updated Properties', null, '"FederatedIdentityCredentials"']] }], opType: 'Update', ua: UA.edgeWin });
  }
  // Admin consent for Bentley Infrastructure Cloud after a Global Administrator activation (Fri 27 Nov)
  {
    const a = admins[1], t = localAt(4, 11.0);
    pim(a, t - 15 * MIN, 'Global Administrator', SITES.hq, 'CHG24117');
    const sp = r.uuid(), bentleyApp = '2e3b7d91-5c04-4a8f-a6e2-9b1d0c7f4e35';
    sink.audit({ t, category: 'ApplicationManagement', activity: 'Add service principal', actor: { user: a }, ip: SITES.hq.ip, targets: [{ id: sp, displayName: 'Bentley Infrastructure Cloud', type: 'ServicePrincipal', mods: [['AppPrincipalId', null, j([bentleyApp])]] }], opType: 'Add' });
    sink.audit({ t: t + 2000, category: 'ApplicationManagement', activity: 'Add delegated permission grant', actor: { user: a }, ip: SITES.hq.ip, targets: [{ id: RES.graph.id, displayName: 'Microsoft Graph', type: 'ServicePrincipal', mods: [['DelegatedPermissionGrant.Scope', '', ' openid profile email offline_access User.Read']] }, { id: sp, displayName: 'Bentley Infrastructure Cloud', type: 'ServicePrincipal', mods: [] }], opType: 'Assign' });
    sink.audit({ t: t + 2500, category: 'ApplicationManagement', activity: 'Consent to application', actor: { user: a }, ip: SITES.hq.ip, targets: [{ id: sp, displayName: 'Bentley Infrastructure Cloud', type: 'ServicePrincipal', mods: [['ConsentContext.IsAdminConsent', null, '"True"'], ['ConsentContext.IsAppOnly', null, '"False"'], ['ConsentContext.OnBehalfOfAll', null, '"True"'], ['ConsentContext.Tags', null, '"WindowsAzureActiveDirectoryIntegratedApp"'], ['ConsentAction.Permissions', null, `"[] => [[Id: ${r.hex(24)}, ClientId: ${sp}, PrincipalId: , ResourceId: ${r.uuid()}, ConsentType: AllPrincipals, Scope:  openid profile email offline_access User.Read, CreatedDateTime: , LastModifiedDateTime ]]; "`], ['TargetId.ServicePrincipalNames', null, j(`${bentleyApp}`)]] }], opType: 'Assign' });
  }
  // Two honest user consents to a verified app asking only for sign-in scopes
  for (const d of [2, 9]) {
    const u = r.pick(P.users.filter((x) => x.kind === 'eng' && !x.trip)), t = localAt(d, r.float(10, 15)), sp = r.uuid();
    sink.audit({ t, category: 'ApplicationManagement', activity: 'Consent to application', actor: { user: u }, ip: SITES.eng.ip, targets: [{ id: sp, displayName: 'Miro', type: 'ServicePrincipal', mods: [['ConsentContext.IsAdminConsent', null, '"False"'], ['ConsentContext.IsAppOnly', null, '"False"'], ['ConsentContext.OnBehalfOfAll', null, '"False"'], ['ConsentAction.Permissions', null, `"[] => [[Id: ${r.hex(24)}, ClientId: ${sp}, PrincipalId: ${u.id}, ResourceId: ${r.uuid()}, ConsentType: Principal, Scope:  openid profile email User.Read, CreatedDateTime: , LastModifiedDateTime ]]; "`]] }], opType: 'Assign' });
  }
  // Conditional Access housekeeping by the security administrator from HQ
  {
    const t = localAt(1, 14.3);
    pim(secAdmin, t - 10 * MIN, 'Conditional Access Administrator', SITES.hq, 'CHG24088');
    sink.audit({ t, category: 'Policy', activity: 'Add conditional access policy', actor: { user: secAdmin }, ip: SITES.hq.ip, service: 'Conditional Access', targets: [{ id: r.uuid(), displayName: 'CA006 - Require compliant device for Azure management (report-only)', type: 'Policy', mods: [['ConditionalAccessPolicy', null, j({ displayName: 'CA006 - Require compliant device for Azure management (report-only)', state: 'enabledForReportingButNotEnforced', conditions: { applications: { includeApplications: [RES.arm.id] }, users: { includeUsers: ['All'], excludeGroups: ['bd2f7a14-0c5e-4b93-8e6a-3d1f9c2b7a05'] } }, grantControls: { operator: 'OR', builtInControls: ['compliantDevice'] } })]] }], opType: 'Add' });
    const t2 = localAt(9, 15.1);
    pim(secAdmin, t2 - 12 * MIN, 'Conditional Access Administrator', SITES.hq, 'CHG24131');
    const pol = { id: '7a1c3e52-0b9d-4f86-a2e7-5d14c8b3f091', displayName: 'CA001 - Require MFA outside trusted locations - All users' };
    const before = { displayName: pol.displayName, state: 'enabled', conditions: { users: { includeUsers: ['All'], excludeGroups: ['e61b3f2a-9d04-4c8e-b7a1-5f2c0d9e8b36', '1c7e4a9d-2b3f-4e60-8d15-a9f0b2c6e473'] }, locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } }, grantControls: { operator: 'OR', builtInControls: ['mfa'] } };
    const after = JSON.parse(JSON.stringify(before)); after.conditions.users.excludeGroups.push('4a8c2e6f-1b9d-4f37-a0e5-7c3d9b1f2e84'); // CA-Excl-TeamsRooms-ResourceAccounts
    sink.audit({ t: t2, category: 'Policy', activity: 'Update conditional access policy', actor: { user: secAdmin }, ip: SITES.hq.ip, service: 'Conditional Access', targets: [{ id: pol.id, displayName: pol.displayName, type: 'Policy', mods: [['ConditionalAccessPolicy', j(before), j(after)]] }], opType: 'Update' });
    sink.audit({ t: localAt(9, 15.4), category: 'Policy', activity: 'Update named location', actor: { user: secAdmin }, ip: SITES.hq.ip, service: 'Conditional Access', targets: [{ id: r.uuid(), displayName: 'RVTA Corporate Egress', type: 'Policy', mods: [['NamedLocation', null, null]] }], opType: 'Update' });
  }
  return { pim };
}
