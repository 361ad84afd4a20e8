// App-owner credential backdoor, guest-invitation backdoor, device-code phishing with device registration.
import { PROF, HOUR, MIN, DAY } from './world.mjs';
import { APPS, RES, UA } from './catalog.mjs';
import { byUser, byApp, tUser, tObj, mp } from './audit.mjs';

const keyDesc = (r, name) => `[KeyIdentifier=${r.uuid()},KeyType=Password,KeyUsage=Verify,DisplayName=${name}]`;

/** 5. A developer who owns an over-privileged app registration is phished; a secret is added and the app builds an inbox-access app. */
export function ownerAppBackdoor({ w, r, apps, ctx, victim, Scenario }) {
  const s = new Scenario(w, 'app-owner-secret-backdoor-mail-app',
    'An IT developer (no admin role, but owner of the legacy "BP-Payroll-Connector" app registration, which holds Application.ReadWrite.All and AppRoleAssignment.ReadWrite.All) is phished through an AiTM page imitating an Azure DevOps sign-in, hosted at Hetzner in Frankfurt. From Hetzner the attacker opens the Azure portal with the stolen session and adds a new client secret to BP-Payroll-Connector. Authenticating as that app, they create a new application "Mailbox Retention Sync", give it a secret and grant it full_access_as_app on Exchange Online and Mail.Read on Microsoft Graph through app role assignments — app-only access to every mailbox.',
    'Microsoft, "Midnight Blizzard: Guidance for responders on nation-state attack" (January 2024: legacy OAuth app with elevated access, new apps granted full_access_as_app); Mandiant/CISA on APT29 adding credentials to existing applications (SolarWinds, 2020–2021).');
  const u = victim((x) => x.role === 'it' && !x.adminAccount && x.base === 'YYZ');
  const proxy = w.place('hetzner-fra', 44), ops = w.place('hetzner-fra', 45);
  const t = w.at(9, 10.1, 'TOR');
  const web = { dev: null, os: 'Windows10', browser: 'Edge 143.0.0', ua: UA.winEdge, client: 'Browser' };
  const sess = r.uuid();
  s.si(u, t, proxy, web, { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'mfa', session: sess });
  const rep = { dev: null, os: 'Windows10', browser: 'Firefox 133.0', ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0', client: 'Browser' };
  const t2 = t + 3 * HOUR;
  s.si(u, t2, ops, rep, { app: APPS.azurePortal, res: RES.arm, interactive: true, auth: 'claim', session: sess });
  for (let i = 0; i < 6; i++) s.si(u, t2 + r.real(1, 40) * MIN, ops, rep, { app: APPS.azurePortal, res: r.pick([RES.graph, RES.aad, RES.arm]), interactive: false, auth: 'claim', session: sess });
  const pay = apps.payroll, payObj = r.uuid(), paySp = ctx.spIds[pay[1]] || r.uuid();
  const nk = keyDesc(r, 'backup-sync');
  s.au({ t: t2 + 22 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by: byUser(u, ops.ip), ua: rep.ua, targets: [tObj('Application', payObj, pay[1], [mp('KeyDescription', [keyDesc(r, 'rotated-9')], [keyDesc(r, 'rotated-9'), nk]), mp('Included Updated Properties', null, 'KeyDescription')])] });
  const byPay = byApp(pay, paySp, pay[1]);
  const t3 = t2 + 95 * MIN;
  const newName = 'Mailbox Retention Sync', newApp = r.uuid(), newObj = r.uuid(), newSp = r.uuid();
  s.au({ t: t3, activity: 'Add application', category: 'ApplicationManagement', by: byPay, targets: [tObj('Application', newObj, newName, [mp('AppId', [], [newApp]), mp('DisplayName', [], [newName]), mp('AvailableToOtherTenants', [], [false])])] });
  s.au({ t: t3 + 20_000, activity: 'Add service principal', category: 'ApplicationManagement', by: byPay, targets: [tObj('ServicePrincipal', newSp, newName, [mp('AppPrincipalId', [], [newApp]), mp('DisplayName', [], [newName])])] });
  s.au({ t: t3 + 50_000, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by: byPay, targets: [tObj('Application', newObj, newName, [mp('KeyDescription', [], [keyDesc(r, 'default')]), mp('Included Updated Properties', null, 'KeyDescription')])] });
  for (const [rid, val, res] of [['dc890d15-9560-4a4c-9b7f-a736ec74ec40', 'full_access_as_app', 'Office 365 Exchange Online'], ['810c84a8-4a9e-49e6-bf7d-12d183f40d01', 'Mail.Read', 'Microsoft Graph']]) {
    s.au({ t: t3 + 80_000 + r.int(0, 20_000), activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', by: byPay, targets: [tObj('ServicePrincipal', r.uuid(), res, [mp('AppRole.Id', null, rid), mp('AppRole.Value', null, val), mp('AppRoleAssignment.CreatedDateTime', null, new Date(t3).toISOString()), mp('ServicePrincipal.DisplayName', null, newName), mp('ServicePrincipal.ObjectID', null, newSp)]), tObj('ServicePrincipal', newSp, newName)] });
  }
  return s;
}

/** 6. A compromised vendor-management account invites attacker-controlled guests into the finance audit group. */
export function guestBackdoor({ w, r, victim, Scenario }) {
  const s = new Scenario(w, 'guest-invitation-backdoor',
    'After a SIM swap of a vendor-management employee\'s phone number (the account uses SMS as its MFA method), an attacker on OVH servers in Beauharnois signs in with the password and the intercepted text message, invites two consumer accounts made to look like the external auditors, and adds them to the FIN-External-Audit-FY25 group. The "auditors" redeem the invitations from the same hosting ranges and browse the finance SharePoint for two days.',
    'Microsoft, "Octo Tempest crosses boundaries to facilitate extortion, encryption, and destruction" (October 2023: SIM swapping, persistence through new identities); guest-user persistence in Mandiant M-Trends 2024 and CISA guidance on B2B guest abuse.');
  const u = victim((x) => x.role === 'hq' && x.base === 'YYZ' && x.mfaMethod === 'Text message');
  const ips = [w.place('ovh-yul', 61), w.place('ovh-yul', 62), w.place('ovh-yul', 190)];
  const web = { dev: null, os: 'Windows10', browser: 'Chrome 142.0.0', ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36', client: 'Browser' };
  const t = w.at(10, 19.4, 'TOR');
  s.si(u, t - 3 * MIN, ips[0], web, { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'mfa', code: 50126 });
  s.si(u, t - 2 * MIN, ips[0], web, { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'mfa', code: 50074, mfaMethod: 'Text message' });
  const sess = r.uuid();
  s.si(u, t, ips[0], web, { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'mfa', mfaMethod: 'Text message', session: sess });
  s.si(u, t + 6 * MIN, ips[0], web, { app: APPS.myApps, res: RES.graph, interactive: true, auth: 'claim', session: sess });
  const MSA = '9188040d-6c67-4c5b-b112-36a304b66dad';
  const guests = [['daniel.hartley.cpa@outlook.com', 'Daniel Hartley (Northgate Audit)'], ['northgate.audit.team@gmail.com', 'Northgate Audit Team']].map(([upn, dn]) => ({ id: r.uuid(), upn, displayName: dn, userType: 'guest', homeTenantId: MSA, homeTenantName: '' }));
  const grp = r.uuid();
  guests.forEach((g, i) => {
    const tt = t + (12 + i * 4) * MIN, by = byUser(u, ips[0].ip);
    s.au({ t: tt, activity: 'Invite external user', service: 'Invited Users', by, targets: [tUser(g)], details: [['oid', g.id], ['invitedUserEmailAddress', g.upn]] });
    s.au({ t: tt + 3000, activity: 'Add user', by, targets: [tUser(g, [mp('UserType', [], ['Guest']), mp('UserPrincipalName', [], [`${g.upn.replace('@', '_')}#EXT#@borealpacific.onmicrosoft.com`])])] });
    s.au({ t: tt + 60_000, activity: 'Add member to group', category: 'GroupManagement', by, targets: [tUser(g), tObj('Group', grp, 'FIN-External-Audit-FY25', [mp('Group.DisplayName', null, 'FIN-External-Audit-FY25')])] });
    s.user(g.upn);
    const tr = tt + r.real(1, 3) * HOUR, gp = ips[1 + i];
    s.au({ t: tr, activity: 'Redeem external user invite', service: 'Invited Users', by: byUser(g, gp.ip), targets: [tUser(g)], reason: 'User redeemed the invitation' });
    const gw = { dev: null, os: 'Windows10', browser: 'Chrome 142.0.0', ua: web.ua, client: 'Browser' };
    const gs = r.uuid();
    s.si(g, tr + 30_000, gp, gw, { app: APPS.spo, res: RES.spo, interactive: true, auth: 'mfa', mfaMethod: 'Text message', session: gs });
    for (let k = 0; k < 10; k++) s.si(g, tr + r.real(0.1, 44) * HOUR, gp, gw, { app: APPS.spo, res: RES.spo, interactive: k % 4 === 0, auth: 'claim', session: gs });
  });
  return s;
}

/** 7. Device-code phishing of an executive (Storm-2372): broker tokens, device registration, PRT use from the attacker's host. */
export function deviceCodePhish({ w, r, victim, Scenario }) {
  const s = new Scenario(w, 'device-code-phishing-executive',
    'A vice-president at HQ accepts a Teams "meeting invitation" from a fake partner and types the displayed code at microsoft.com/devicelogin from the office. The device-code flow was started by the attacker with the Microsoft Authentication Broker client ID, so the refresh token is redeemed from a Clouvider server in London; the attacker registers a new Windows device in the tenant, obtains a primary refresh token for it and reads mail, Teams and SharePoint from London over two days.',
    'Microsoft Threat Intelligence, "Storm-2372 conducts device code phishing campaign" (February 2025, updated for the Microsoft Authentication Broker client ID and device registration); Volexity, "Multiple Russian threat actors targeting Microsoft device code authentication" (February 2025).');
  const u = victim((x) => x.role === 'hq' && x.base === 'YYZ' && x.laptop);
  const office = w.place('hq', 7), t = w.at(7, 11.25, 'TOR');
  const lap = u.laptop;
  const sess = r.uuid();
  s.si(u, t, office, PROF.winEdge(lap), { app: APPS.broker, res: RES.drs, interactive: true, auth: 'prt', protocol: 'deviceCode', transfer: 'deviceCodeFlow', session: sess }, { victimIp: true });
  const ips = [w.place('clouvider-lon', 18), w.place('clouvider-lon', 19)];
  const tool = { dev: null, os: 'Windows10', browser: '', ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', client: 'Mobile Apps and Desktop clients' };
  s.si(u, t + 40_000, ips[0], tool, { app: APPS.broker, res: RES.drs, interactive: false, auth: 'claim', incoming: 'refreshToken', transfer: 'deviceCodeFlow', session: sess });
  const devId = r.uuid(), devName = `DESKTOP-${r.alnum(7)}`;
  const drs = byApp(['01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', 'Device Registration Service'], 'b4c0a1d2-6a0f-4f5e-9e3c-7f7b1b9c2d04', 'Device Registration Service');
  s.au({ t: t + 3 * MIN, activity: 'Add device', category: 'Device', by: drs, targets: [tObj('Device', devId, devName, [mp('DeviceOSType', [], ['Windows']), mp('DeviceTrustType', [], ['Workplace'])])] });
  s.au({ t: t + 3 * MIN + 2000, activity: 'Register device', category: 'Device', service: 'Device Registration Service', by: drs, targets: [tObj('Device', devId, devName)], details: [['Device Id', devId], ['Device OS', 'Windows'], ['Device Trust Type', 'Workplace']] });
  s.au({ t: t + 3 * MIN + 3000, activity: 'Add registered owner to device', category: 'Device', by: drs, targets: [tObj('Device', devId, devName), tUser(u)] });
  const dev = { id: devId, name: devName, os: 'Windows10', compliant: false, managed: false, trust: 'Workplace' };
  const prt = { dev, os: 'Windows10', browser: 'Rich Client 5.2.8.0', ua: UA.winDesktop, client: 'Mobile Apps and Desktop clients', incoming: 'primaryRefreshToken' };
  s.si(u, t + 5 * MIN, ips[0], prt, { app: APPS.winSignIn, res: RES.aad, interactive: false, auth: 'prt', session: sess });
  for (let i = 0; i < 28; i++) {
    const [app, res] = r.pick([[APPS.office, RES.exo], [APPS.teams, RES.teamsSvc], [APPS.oneDrive, RES.spo], [APPS.office, RES.graph]]);
    s.si(u, t + 10 * MIN + r.real(0, 44) * HOUR, r.pick(ips), prt, { app, res, interactive: false, auth: 'prt', session: sess });
  }
  return s;
}
