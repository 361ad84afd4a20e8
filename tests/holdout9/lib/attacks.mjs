// Twelve planted intrusions, each modelled on public reporting of identity attacks (see README).
// Every row and audit event written here is marked `attack` and left out of the benign counts;
// every intruder address is new (the address registry never hands out an address twice).
import { APP, RES, NATIVE, UA } from './world.mjs';
import { local, T0, DAY, HOUR, MIN, mfaFresh, mfaClaim, userTarget, jstr } from './records.mjs';
import { OWN } from './kit.mjs';

const MFA = 'multiFactorAuthentication', SFA = 'singleFactorAuthentication';
const iso = (t) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Chooses the victims before the honest routines run (so trips, leavers etc. avoid them). */
export function chooseVictims(rng, T) {
  const take = (xs) => { const u = rng.pick(xs.filter((x) => !x.attackVictim)); u.attackVictim = true; return u; };
  const v = {
    finance: take(T.byRole('office').filter((u) => u.dept === 'Financien' && u.site === 'ZGO')),
    researcher: take(T.byRole('researcher').filter((u) => !u.mac)),
    doctor: take(T.byRole('doctor').filter((u) => u.site === 'AZA' && !u.rotates)),
    homecare: take(T.byRole('homecare').filter((u) => u.cross)),
    vendor: take(T.guests.filter((u) => u.cc === 'PL')),
    secretary: take(T.byRole('office').filter((u) => u.dept === 'Secretariaat')),
    admin: T.byRole('itadmin')[10],
    radiologist: take(T.byRole('doctor').filter((u) => u.onCall && !u.rotates)),
    exec: take(T.byRole('office').filter((u) => u.dept === 'Directie')),
    room: T.rooms.find((r) => r.site === 'AZA'),
  };
  v.admin.attackVictim = true;
  v.exec.mfaMethod = 'Text message';
  v.homecare.homeUa = UA.chromeWin;
  return v;
}

export function plantAttacks(kit, T, v) {
  const { rng, addr } = kit;
  const scenarios = [];
  const A = (u, o) => kit.add(u, { ...o, attack: true });
  const AA = (o) => kit.addAudit({ ...o, attack: true });
  const ip = (net, city) => addr.fresh(net, city, 'attack');
  const nis = (u, t0, t1, n, o) => { for (let i = 0; i < n; i++) { const t = t0 + ((i + rng.next()) / n) * (t1 - t0); const [app, res] = rng.pick(o.apps); A(u, { t, interactive: false, ip: typeof o.ip === 'function' ? o.ip() : o.ip, app, res, device: o.device ?? null, ua: o.ua, browser: o.browser ?? '', os: o.os ?? '', clientApp: o.clientApp ?? 'Browser', authReq: o.authReq ?? MFA, mfa: (o.authReq ?? MFA) === MFA ? mfaClaim() : null, session: o.session, incoming: o.incoming ?? 'none', methods: [] }); } };
  const scenario = (name, users, ips, start, end, description) => scenarios.push({ name, users: users.map((u) => u.upn), ips, start: iso(start), end: iso(end), description });
  const secInfo = (u, t, where, reason, activity = 'User registered security info') => AA({ t, category: 'UserManagement', service: 'Authentication Methods', activity, op: activity.includes('deleted') ? 'Delete' : 'Add', resultReason: reason, by: { user: u, ip: where }, targets: [userTarget(u)] });

  // 1 ------------------------------------------------------------------ AiTM phishing -> BEC
  {
    const u = v.finance, proxy = ip('digitalocean', 'amsterdam'), r1 = ip('m247', 'london'), r2 = ip('m247', 'london');
    const t = local(2, 10, 47) + rng.int(0, 60) * 1000, session = rng.guid();
    A(u, { t, interactive: true, ip: proxy, app: APP.officeHome, res: RES.officeHome, ua: u.desktopUa.ua, browser: u.desktopUa.browser, os: u.desktopUa.os, clientApp: 'Browser', authReq: MFA, mfa: mfaFresh(u.mfaMethod), methods: ['Password', 'Authenticator App'], session });
    A(u, { t: t + 20 * 1000, interactive: false, ip: proxy, app: APP.owa, res: RES.exchange, ua: u.desktopUa.ua, browser: u.desktopUa.browser, os: u.desktopUa.os, clientApp: 'Browser', authReq: MFA, mfa: mfaClaim(), session, methods: [] });
    const attUa = UA.chromeWin;
    const t2 = t + 33 * MIN;
    nis(u, t2, t2 + 12 * MIN, 4, { ip: r1, apps: [[APP.owa, RES.exchange], [APP.officeHome, RES.officeHome]], ua: attUa.ua, browser: attUa.browser, os: attUa.os, session });
    A(u, { t: t2 + 13 * MIN, interactive: true, ip: r1, app: APP.mySignins, res: RES.graph, ua: attUa.ua, browser: attUa.browser, os: attUa.os, clientApp: 'Browser', authReq: MFA, mfa: mfaClaim(), session });
    secInfo(u, t2 + 15 * MIN, r1, 'User registered Mobile Phone SMS');
    nis(u, t2 + 20 * MIN, t2 + 3 * HOUR, 14, { ip: r1, apps: [[APP.owa, RES.exchange], [APP.owa, RES.substrate]], ua: attUa.ua, browser: attUa.browser, os: attUa.os, session });
    const t3 = local(3, 9, 5);
    nis(u, t3, t3 + 70 * MIN, 6, { ip: r2, apps: [[APP.owa, RES.exchange]], ua: attUa.ua, browser: attUa.browser, os: attUa.os, session });
    scenario('aitm-phish-invoice-fraud', [u], [proxy, r1, r2], t, t3 + 70 * MIN,
      'Adversary-in-the-middle phishing (Tycoon 2FA / Storm-1167 style): a finance officer signs in through a reverse proxy on a Dutch DigitalOcean droplet with her own browser and approves MFA; the stolen session cookie is replayed from M247 (London), an SMS phone is registered as a new MFA method, and the mailbox is read for invoice fraud the next morning.');
  }

  // 2 ------------------------------------------------------------------ residential-proxy spray -> legacy test account -> OAuth
  {
    const test = T.legacyTest;
    const targets = rng.sample(T.users.filter((u) => u.type === 'Member' && (u.role === 'office' || u.role === 'researcher' || u.role === 'doctor') && !u.attackVictim), 55);
    targets.push(test);
    const nets = [['ziggo'], ['kpn'], ['telenet'], ['proximus'], ['delta'], ['odidoHome'], ['orangePl'], ['virgin']];
    const proxies = Array.from({ length: 42 }, () => ip(rng.pick(nets)[0]));
    const tA = local(0, 3, 12);
    let t = tA;
    const spray = [];
    for (let i = 0; i < 118; i++) {
      t += rng.int(35, 95) * MIN;
      const u = i === 117 ? test : rng.pick(targets.slice(0, -1));
      const pip = proxies[i % proxies.length];
      const ua = rng.pick([UA.chromeWin, UA.edgeWin, UA.firefoxWin]);
      A(u, { t, interactive: true, ip: pip, app: APP.officeHome, res: RES.officeHome, ua: ua.ua, browser: ua.browser, os: ua.os, clientApp: 'Browser', code: u === test ? 0 : 50126, authReq: SFA, methods: ['Password'] });
      spray.push(pip);
    }
    const tS = t; // the legacy test account's password was in the list
    const p2 = ip('ziggo'), p3 = ip('telenet');
    A(test, { t: tS + 9 * MIN, interactive: true, ip: p2, app: APP.azurePortal, res: RES.arm, ua: UA.chromeWin.ua, browser: UA.chromeWin.browser, os: 'Windows10', clientApp: 'Browser', authReq: SFA, methods: ['Password'] });
    A(test, { t: tS + 14 * MIN, interactive: true, ip: p2, app: APP.graphPowerShell, res: RES.graph, ua: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.6', browser: 'Rich Client 4.66.1.0', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: SFA, methods: ['Password'] });
    const legacyApp = { id: rng.guid(), appId: rng.guid(), displayName: 'EPD-Migratie-Test (legacy)' };
    const legacySp = { displayName: legacyApp.displayName, appId: legacyApp.appId, servicePrincipalId: rng.guid() };
    const t0 = tS + 20 * MIN;
    AA({ t: t0, category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', op: 'Update', by: { user: test, ip: p2 }, targets: [{ id: legacyApp.id, displayName: legacyApp.displayName, type: 'Application', props: [['KeyDescription', '[]', jstr([`[KeyIdentifier=${rng.guid()},KeyType=Password,KeyUsage=Verify,DisplayName=]`])]] }], details: [['AppId', legacyApp.appId]] });
    const newUser = { id: rng.guid(), upn: 'svc-archief-sync@scheldezorg.onmicrosoft.com', name: 'svc-archief-sync', type: 'Member', role: 'service', caExcluded: false };
    AA({ t: t0 + 11 * MIN, category: 'UserManagement', activity: 'Add user', op: 'Add', by: { app: legacySp }, targets: [userTarget(newUser, [['AccountEnabled', '[]', '[true]'], ['DisplayName', '[]', jstr([newUser.name])], ['UserPrincipalName', '[]', jstr([newUser.upn])]])], details: [['UserType', 'Member']] });
    const evil = [{ id: rng.guid(), appId: rng.guid(), displayName: 'Mail Archive Connector' }, { id: rng.guid(), appId: rng.guid(), displayName: 'EWS Sync Utility' }];
    evil.forEach((e, i) => {
      AA({ t: t0 + (15 + i * 4) * MIN, category: 'ApplicationManagement', activity: 'Add application', op: 'Add', by: { app: legacySp }, targets: [{ id: e.id, displayName: e.displayName, type: 'Application', props: [['AppId', null, jstr([e.appId])]] }] });
      AA({ t: t0 + (15 + i * 4) * MIN + 3000, category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', op: 'Update', by: { app: legacySp }, targets: [{ id: e.id, displayName: e.displayName, type: 'Application', props: [['KeyDescription', '[]', jstr([`[KeyIdentifier=${rng.guid()},KeyType=Password,KeyUsage=Verify,DisplayName=]`])]] }] });
    });
    const tN = t0 + 35 * MIN;
    A(newUser, { t: tN, interactive: true, ip: p3, app: APP.azurePortal, res: RES.arm, ua: UA.chromeWin.ua, browser: UA.chromeWin.browser, os: 'Windows10', clientApp: 'Browser', authReq: SFA, code: 50072, methods: ['Password'] });
    A(newUser, { t: tN + 2 * MIN, interactive: true, ip: p3, app: APP.azurePortal, res: RES.arm, ua: UA.chromeWin.ua, browser: UA.chromeWin.browser, os: 'Windows10', clientApp: 'Browser', authReq: MFA, mfa: mfaFresh('Mobile app notification'), methods: ['Password', 'Authenticator App'] });
    secInfo(newUser, tN + MIN, p3, 'User registered Authenticator App with Notification and Code');
    evil.forEach((e, i) => {
      const sp = rng.guid();
      AA({ t: tN + (6 + i * 3) * MIN, category: 'ApplicationManagement', activity: 'Consent to application', op: 'Assign', by: { user: newUser, ip: p3 }, targets: [{ id: sp, displayName: e.displayName, type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, '"True"'], ['ConsentContext.OnBehalfOfAll', null, '"True"'], ['ConsentAction.Permissions', null, '"[] => [[Id: x, ClientId: ' + sp + ', ConsentType: AllPrincipals, Scope:  Mail.Read EWS.AccessAsUser.All offline_access ]]; "']] }] });
    });
    AA({ t: tN + 14 * MIN, category: 'ApplicationManagement', activity: 'Add app role assignment to service principal', op: 'Assign', by: { app: legacySp }, targets: [{ id: rng.guid(), displayName: 'Office 365 Exchange Online', type: 'ServicePrincipal', props: [['AppRole.Value', null, '"full_access_as_app"'], ['AppRole.Id', null, '"dc890d15-9560-4a4c-9b7f-a736ec74ec40"'], ['ServicePrincipal.DisplayName', null, jstr(evil[0].displayName)]] }, { id: rng.guid(), displayName: evil[0].displayName, type: 'ServicePrincipal' }] });
    scenario('residential-spray-legacy-oauth', [test, newUser], [...new Set([...spray, p2, p3])], tA, tN + 20 * MIN,
      'Midnight Blizzard pattern (Microsoft MSRC, January 2024): a low-and-slow password spray over five days from residential proxy addresses (Dutch, Belgian, Polish and UK consumer ISPs), about one attempt an hour, finds the password of a dormant legacy test account without MFA; it adds a secret to a legacy OAuth test application, uses that app to create a user and two new applications, has the new user consent to them and grants full_access_as_app on Exchange Online.');
  }

  // 3 ------------------------------------------------------------------ device-code phishing -> device registration -> PRT
  {
    const u = v.researcher, a1 = ip('hostkey', 'amsterdam'), a2 = ip('hostkey', 'amsterdam');
    const t = local(8, 15, 5) + rng.int(0, 120) * 1000;
    const ua = UA.edgeWin;
    A(u, { t, interactive: true, ip: a1, app: APP.broker, res: RES.drs, ua: ua.ua, browser: ua.browser, os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, mfa: mfaFresh(u.mfaMethod), methods: ['Password', 'Authenticator App'], protocol: 'deviceCode', transfer: 'deviceCodeFlow' });
    const dev = { id: rng.guid(), name: 'DESKTOP-' + rng.alnum(7), trust: 'Workplace', compliant: false, managed: false };
    AA({ t: t + 3 * MIN, category: 'Device', service: 'Device Registration Service', activity: 'Register device', op: 'Add', by: { app: { displayName: 'Device Registration Service', appId: RES.drs.id } }, targets: [{ id: dev.id, displayName: dev.name, type: 'Device', props: [['CloudDisplayName', '[]', jstr([dev.name])], ['CloudDeviceOSType', '[]', '["Windows"]'], ['CloudDeviceTrustType', '[]', '["Workplace"]']] }], details: [['Device Id', dev.id], ['Device OS', 'Windows'], ['Device Trust Type', 'Workplace']] });
    AA({ t: t + 3 * MIN + 2000, category: 'Device', activity: 'Add registered owner to device', op: 'Assign', by: { app: { displayName: 'Device Registration Service', appId: RES.drs.id } }, targets: [{ id: dev.id, displayName: dev.name, type: 'Device' }, userTarget(u)] });
    AA({ t: t + 3 * MIN + 3000, category: 'Device', activity: 'Add registered users to device', op: 'Assign', by: { app: { displayName: 'Device Registration Service', appId: RES.drs.id } }, targets: [{ id: dev.id, displayName: dev.name, type: 'Device' }, userTarget(u)] });
    const session = rng.guid();
    A(u, { t: t + 6 * MIN, interactive: true, ip: a1, app: APP.office, res: RES.graph, device: dev, ua: NATIVE.win.outlook, browser: 'Rich Client 5.3.0', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, mfa: mfaClaim(), incoming: 'primaryRefreshToken', session });
    nis(u, t + 8 * MIN, t + 5 * HOUR, 18, { ip: () => rng.pick([a1, a2]), device: dev, apps: [[APP.office, RES.graph], [APP.office, RES.exchange], [APP.teams, RES.teamsSvc], [APP.oneDriveSync, RES.sharepoint]], ua: NATIVE.win.outlook, browser: 'Rich Client 5.3.0', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', incoming: 'primaryRefreshToken', session });
    const t2 = local(10, 2, 20);
    nis(u, t2, t2 + 3 * HOUR, 12, { ip: a2, device: dev, apps: [[APP.office, RES.graph], [APP.office, RES.exchange]], ua: NATIVE.win.outlook, browser: 'Rich Client 5.3.0', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', incoming: 'primaryRefreshToken', session });
    scenario('device-code-phish-prt', [u], [a1, a2], t, t2 + 3 * HOUR,
      'Storm-2372 device-code phishing (Microsoft Threat Intelligence, February 2025): a researcher enters a code from a fake Teams meeting invite; the code is redeemed by the Microsoft Authentication Broker client from an Amsterdam VPS, a Windows device is registered in the victim\'s name and its primary refresh token is used for Graph, Exchange, Teams and OneDrive over the next two days.');
  }

  // 4 ------------------------------------------------------------------ help-desk social engineering -> TAP
  {
    const u = v.doctor, sd = T.byRole('servicedesk')[7], sdIp = T.egress.dcAntwerpen[1];
    const m1 = ip('m247', 'amsterdam'), m2 = ip('m247', 'amsterdam');
    const t = local(9, 14, 20) + rng.int(0, 120) * 1000;
    AA({ t, category: 'UserManagement', service: 'Authentication Methods', activity: 'Admin deleted security info', op: 'Delete', resultReason: 'Admin deleted Authenticator App with Notification and Code method for user', by: { user: sd, ip: sdIp }, targets: [userTarget(u)] });
    AA({ t: t + 2 * MIN, category: 'UserManagement', service: 'Authentication Methods', activity: 'Admin registered security info', op: 'Add', resultReason: 'Admin registered temporary access pass method for user', by: { user: sd, ip: sdIp }, targets: [userTarget(u)] });
    const ua = UA.chromeWin, session = rng.guid();
    A(u, { t: t + 9 * MIN, interactive: true, ip: m1, app: APP.mySignins, res: RES.graph, ua: ua.ua, browser: ua.browser, os: ua.os, clientApp: 'Browser', authReq: MFA, mfa: mfaFresh('Temporary Access Pass'), methods: ['Temporary Access Pass'], session });
    secInfo(u, t + 12 * MIN, m1, 'User registered Authenticator App with Notification and Code');
    A(u, { t: t + 18 * MIN, interactive: true, ip: m1, app: APP.officeHome, res: RES.officeHome, ua: ua.ua, browser: ua.browser, os: ua.os, clientApp: 'Browser', authReq: MFA, mfa: mfaClaim(), session });
    A(u, { t: t + 49 * MIN, interactive: true, ip: m2, app: OWN.afas, res: OWN.afas.res, ua: ua.ua, browser: ua.browser, os: ua.os, clientApp: 'Browser', authReq: MFA, mfa: mfaClaim(), session });
    nis(u, t + 20 * MIN, t + 3 * HOUR, 16, { ip: () => rng.pick([m1, m2]), apps: [[APP.officeHome, RES.sharepoint], [APP.owa, RES.exchange], [APP.teamsWeb, RES.teamsSvc]], ua: ua.ua, browser: ua.browser, os: ua.os, session });
    // the doctor's own phone now fails: his Authenticator registration was removed
    const p = NATIVE[u.phone.platform];
    for (let k = 0; k < 3; k++) A(u, { t: t + (95 + k * 6) * MIN, interactive: true, ip: addr.fresh(u.phone.carrier), app: APP.teams, res: RES.teamsSvc, device: u.phone.device, ua: p.signin, browser: p.browser, os: p.os, clientApp: 'Mobile Apps and Desktop clients', code: 50074, authReq: MFA, methods: ['Password'] });
    scenario('helpdesk-social-engineering-tap', [u], [m1, m2], t, t + 3 * HOUR,
      'Help-desk social engineering (HHS HC3 sector alert, April 2024; CISA AA23-320A on Scattered Spider): a caller posing as a hospital physician with a "new phone" has the service desk delete his Authenticator registration and issue a Temporary Access Pass; the caller signs in with it through a VPN exit, registers his own Authenticator, then opens the HR/payroll application and SharePoint, while the real doctor\'s phone starts failing MFA.');
  }

  // 5 ------------------------------------------------------------------ infostealer refresh-token replay (no interactive sign-in)
  {
    const u = v.homecare, c1 = ip('contabo', 'nuremberg'), c2 = ip('contabo', 'nuremberg'), c3 = ip('vultr', 'frankfurt');
    // the victim's own evening session on her home PC (honest, and where the stealer took the cookie)
    const tv = local(4, 20, 40);
    const session = rng.guid();
    kit.login(u, { t: tv, ip: u.homeIp, app: APP.owa, res: RES.exchange, device: null, ua: u.homeUa.ua, browser: u.homeUa.browser, os: u.homeUa.os, clientApp: 'Browser', authReq: MFA, fresh: true, noHiccup: true, session });
    kit.refreshes(u, tv, tv + HOUR, 2, { kind: 'browser', ua: u.homeUa, ip: u.homeIp, session, authReq: MFA });
    const t = local(6, 3, 14);
    nis(u, t, t + 2 * HOUR, 9, { ip: c1, apps: [[APP.owa, RES.exchange], [APP.owa, RES.substrate], [APP.officeHome, RES.officeHome]], ua: u.homeUa.ua, browser: u.homeUa.browser, os: u.homeUa.os, session });
    nis(u, local(6, 22, 5), local(7, 1, 30), 8, { ip: c2, apps: [[APP.owa, RES.exchange], [APP.officeHome, RES.sharepoint]], ua: u.homeUa.ua, browser: u.homeUa.browser, os: u.homeUa.os, session });
    nis(u, local(7, 23, 40), local(8, 0, 50), 5, { ip: c3, apps: [[APP.owa, RES.exchange]], ua: u.homeUa.ua, browser: u.homeUa.browser, os: u.homeUa.os, session });
    scenario('infostealer-token-replay', [u], [c1, c2, c3], t, local(8, 0, 50),
      'Session-token replay after an infostealer infection (Microsoft "Token tactics", November 2022; Lumma/RedLine stealer reporting): a home-care nurse\'s Outlook on the web session on her personal PC is stolen and replayed over three nights from Contabo and Vultr servers in Germany, with her own browser user agent and session id — non-interactive token refreshes only, never a password or MFA prompt.');
  }

  // 6 ------------------------------------------------------------------ vendor guest: AiTM then AzureHound recon
  {
    const u = v.vendor, h1 = ip('hostkey', 'amsterdam'), h2 = ip('hostkey', 'amsterdam');
    const t = local(7, 20, 40) + rng.int(0, 300) * 1000;
    A(u, { t, interactive: true, ip: h1, app: APP.officeHome, res: RES.officeHome, ua: u.desktopUa.ua, browser: u.desktopUa.browser, os: u.desktopUa.os, clientApp: 'Browser', authReq: MFA, mfa: mfaFresh('Mobile app notification'), methods: ['Password', 'Authenticator App'] });
    const hound = 'azurehound/v2.2.1';
    for (let i = 0; i < 9; i++) A(u, { t: t + (25 + i * 3) * MIN + rng.int(0, 90) * 1000, interactive: false, ip: h2, app: APP.azurePowerShell, res: i % 3 === 2 ? RES.arm : RES.graph, ua: hound, browser: '', os: '', clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, mfa: mfaClaim(), methods: [] });
    nis(u, t + 70 * MIN, t + 6 * HOUR, 10, { ip: h2, apps: [[APP.teamsWeb, RES.teamsSvc], [APP.officeHome, RES.sharepoint]], ua: u.desktopUa.ua, browser: u.desktopUa.browser, os: u.desktopUa.os });
    scenario('vendor-guest-azurehound-recon', [u], [h1, h2], t, t + 6 * HOUR,
      'Void Blizzard / Laundry Bear pattern (Microsoft Threat Intelligence and the Dutch AIVD/MIVD, May 2025): the EPD vendor\'s support engineer (a B2B guest) is phished through an AiTM page and his session is used from Amsterdam VPS addresses to enumerate the tenant with AzureHound (Azure PowerShell client id, Graph and ARM) and to browse Teams and SharePoint shared with the vendor.');
  }

  // 7 ------------------------------------------------------------------ Entra Connect sync account -> hybrid admin -> federated domain
  {
    const sync = T.services.sync, adm = T.hybridAdmin, vu = ip('vultr', 'frankfurt');
    const t = local(10, 3, 31);
    const psUa = 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.20348; en-US) PowerShell/5.1.20348.2849';
    A(sync, { t, interactive: true, ip: vu, app: APP.aadPowerShell, res: RES.aadGraph, ua: psUa, browser: 'Rich Client 3.19.8.16603', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', protocol: 'ropc', authReq: SFA, ca: 'notApplied', methods: ['Password'] });
    A(sync, { t: t + 40 * 1000, interactive: true, ip: vu, app: APP.aadPowerShell, res: RES.graph, ua: psUa, browser: 'Rich Client 3.19.8.16603', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', protocol: 'ropc', authReq: SFA, ca: 'notApplied', methods: ['Password'] });
    AA({ t: t + 4 * MIN, category: 'UserManagement', activity: 'Reset user password', op: 'Update', by: { user: sync, ip: vu }, targets: [userTarget(adm)] });
    const ua = UA.chromeWin;
    A(adm, { t: t + 11 * MIN, interactive: true, ip: vu, app: APP.azurePortal, res: RES.arm, ua: ua.ua, browser: ua.browser, os: ua.os, clientApp: 'Browser', code: 50079, authReq: MFA, methods: ['Password'] });
    secInfo(adm, t + 13 * MIN, vu, 'User registered Authenticator App with Notification and Code');
    A(adm, { t: t + 14 * MIN, interactive: true, ip: vu, app: APP.azurePortal, res: RES.arm, ua: ua.ua, browser: ua.browser, os: ua.os, clientApp: 'Browser', authReq: MFA, mfa: mfaFresh('Mobile app notification'), methods: ['Password', 'Authenticator App'] });
    A(adm, { t: t + 20 * MIN, interactive: true, ip: vu, app: APP.aadPowerShell, res: RES.aadGraph, ua: psUa, browser: 'Rich Client 3.19.8.16603', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, mfa: mfaClaim(), methods: [] });
    const dom = 'zorgportaal-scheldezorg.nl';
    const dt = (k) => t + (24 + k * 2) * MIN;
    const domT = { id: rng.guid(), displayName: dom, type: 'Directory' };
    AA({ t: dt(0), category: 'DirectoryManagement', activity: 'Add unverified domain', op: 'Add', by: { user: adm, ip: vu }, targets: [{ ...domT }] });
    AA({ t: dt(1), category: 'DirectoryManagement', activity: 'Verify domain', op: 'Update', by: { user: adm, ip: vu }, targets: [{ ...domT, props: [['IsVerified', '[false]', '[true]']] }] });
    AA({ t: dt(2), category: 'DirectoryManagement', activity: 'Set domain authentication', op: 'Update', by: { user: adm, ip: vu }, targets: [{ ...domT, props: [['LiveType', '["Managed"]', '["Federated"]']] }] });
    AA({ t: dt(3), category: 'DirectoryManagement', activity: 'Set federation settings on domain', op: 'Update', by: { user: adm, ip: vu }, targets: [{ ...domT, props: [['IssuerUri', null, '"http://any.sts/9E2B1F4D"'], ['PassiveLogOnUri', null, '"https://any.sts/B231A11F"']] }] });
    scenario('sync-account-federated-backdoor', [sync, adm], [vu], t, dt(3) + 5 * MIN,
      'Storm-0501 hybrid-cloud pattern (Microsoft Threat Intelligence, September 2024 and August 2025): with credentials of the Entra Connect directory-synchronisation account taken on premises, the intruder signs in from a Vultr server with AADInternals (Azure AD PowerShell client, ROPC), resets the password of a synced admin account that had no MFA method, registers his own Authenticator on it and adds and federates a new domain as a backdoor.');
  }

  // 8 ------------------------------------------------------------------ OAuth consent phishing
  {
    const u = v.secretary, w1 = ip('aws', 'ashburn'), w2 = ip('aws', 'ashburn');
    const evil = { id: rng.guid(), name: 'DocuSign eSignature Review', owner: '7a1e9c44-0d2b-4e6f-b358-c2f91d0a6e13' };
    evil.res = RES.graph;
    const t = local(3, 13, 12) + rng.int(0, 300) * 1000, siteIp = rng.pick(T.siteIps(u.site));
    A(u, { t, interactive: true, ip: siteIp, app: evil, res: RES.graph, device: u.laptop, ua: u.desktopUa.ua, browser: u.desktopUa.browser, os: u.desktopUa.os, clientApp: 'Browser', authReq: SFA, incoming: 'primaryRefreshToken' });
    const sp = rng.guid();
    AA({ t: t + 40 * 1000, category: 'ApplicationManagement', activity: 'Add service principal', op: 'Add', by: { user: u, ip: siteIp }, targets: [{ id: sp, displayName: evil.name, type: 'ServicePrincipal', props: [['AppPrincipalId', null, jstr([evil.id])]] }] });
    AA({ t: t + 45 * 1000, category: 'ApplicationManagement', activity: 'Add delegated permission grant', op: 'Assign', by: { user: u, ip: siteIp }, targets: [{ id: rng.guid(), displayName: 'Microsoft Graph', type: 'ServicePrincipal', props: [['DelegatedPermissionGrant.Scope', null, '"User.Read Mail.Read Mail.Send Files.Read.All offline_access"'], ['DelegatedPermissionGrant.ConsentType', null, '"Principal"']] }, { id: sp, displayName: evil.name, type: 'ServicePrincipal' }] });
    AA({ t: t + 46 * 1000, category: 'ApplicationManagement', activity: 'Consent to application', op: 'Assign', by: { user: u, ip: siteIp }, targets: [{ id: sp, displayName: evil.name, type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, '"False"'], ['ConsentContext.OnBehalfOfAll', null, '"False"'], ['ConsentAction.Permissions', null, '"[] => [[Id: x, ClientId: ' + sp + ', PrincipalId: ' + u.id + ', ConsentType: Principal, Scope:  User.Read Mail.Read Mail.Send Files.Read.All offline_access ]]; "']] }] });
    let tt = t + 25 * MIN;
    const end = local(6, 18, 0);
    while (tt < end) {
      A(u, { t: tt, interactive: false, ip: rng.pick([w1, w2]), app: evil, res: rng.pick([RES.graph, RES.graph, RES.exchange]), ua: 'axios/1.7.9', browser: '', os: '', clientApp: 'Mobile Apps and Desktop clients', authReq: SFA, methods: [] });
      tt += rng.int(70, 160) * MIN;
    }
    scenario('oauth-consent-phishing', [u], [w1, w2], t, end,
      'OAuth consent phishing (Proofpoint and Microsoft reporting on fake DocuSign/Adobe apps, 2024-2025): a ward secretary consents, from her hospital PC, to a multi-tenant app posing as DocuSign that asks for Mail.Read, Mail.Send, Files.Read.All and offline_access; the app then refreshes her delegated tokens from AWS (us-east-1) with an axios user agent every one to three hours for three days.');
  }

  // 9 ------------------------------------------------------------------ stolen admin session -> PIM Global Admin -> app credential
  {
    const a = v.admin, l1 = ip('leaseweb', 'amsterdam'), l2 = ip('leaseweb', 'haarlem');
    const t = local(11, 23, 55) + rng.int(0, 120) * 1000, session = rng.guid();
    A(a, { t, interactive: true, ip: l1, app: APP.azurePortal, res: RES.arm, ua: a.desktopUa.ua, browser: a.desktopUa.browser, os: a.desktopUa.os, clientApp: 'Browser', authReq: MFA, mfa: mfaClaim(), methods: [], session });
    const corr = rng.guid(), roleId = rng.guid();
    const tg = [{ id: roleId, displayName: 'Global Administrator', type: 'Role' }, userTarget(a)];
    AA({ t: t + 3 * MIN, corr, category: 'RoleManagement', service: 'PIM', activity: 'Add member to role requested (PIM activation)', op: 'Add', by: { user: a, ip: l1 }, targets: tg, details: [['Justification', 'Wijziging volgens CAB 20251877'], ['StartTime', new Date(t + 3 * MIN).toISOString()], ['ExpirationTime', new Date(t + 3 * MIN + 8 * HOUR).toISOString()]] });
    AA({ t: t + 3 * MIN + 20000, corr, category: 'RoleManagement', activity: 'Add member to role', op: 'Assign', by: { app: { displayName: 'MS-PIM', appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e' } }, targets: [userTarget(a, [['Role.DisplayName', null, '"Global Administrator"']]), { id: roleId, displayName: 'Global Administrator', type: 'Role' }] });
    AA({ t: t + 3 * MIN + 25000, corr, category: 'RoleManagement', service: 'PIM', activity: 'Add member to role completed (PIM activation)', op: 'Add', by: { user: a, ip: l1 }, targets: tg, details: [['Justification', 'Wijziging volgens CAB 20251877']] });
    const arch = { id: rng.guid(), appId: rng.guid(), displayName: 'SZG-Exchange-Archive-Connector' };
    AA({ t: t + 11 * MIN, category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', op: 'Update', by: { user: a, ip: l1 }, targets: [{ id: arch.id, displayName: arch.displayName, type: 'Application', props: [['KeyDescription', jstr([`[KeyIdentifier=${rng.guid()},KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName=CN=archive-connector]`]), jstr([`[KeyIdentifier=${rng.guid()},KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName=CN=archive-connector]`, `[KeyIdentifier=${rng.guid()},KeyType=Password,KeyUsage=Verify,DisplayName=]`])]] }], details: [['AppId', arch.appId]] });
    AA({ t: t + 15 * MIN, category: 'ApplicationManagement', activity: 'Add app role assignment to service principal', op: 'Assign', by: { user: a, ip: l1 }, targets: [{ id: rng.guid(), displayName: 'Microsoft Graph', type: 'ServicePrincipal', props: [['AppRole.Value', null, '"Mail.Read"'], ['AppRole.Id', null, '"810c84a8-4a9e-49e6-bf7d-12d183f40d01"']] }, { id: rng.guid(), displayName: arch.displayName, type: 'ServicePrincipal' }] });
    AA({ t: t + 21 * MIN, category: 'Policy', service: 'Conditional Access', activity: 'Update conditional access policy', op: 'Update', by: { user: a, ip: l1 }, targets: [{ id: rng.guid(), displayName: 'SZG-CA020 Admins - phishing-resistant MFA', type: 'Policy', props: [['ConditionalAccessPolicy', '{"state":"enabled"}', '{"state":"enabledForReportingButNotEnforced"}']] }] });
    nis(a, t + 2 * MIN, t + 40 * MIN, 5, { ip: l1, apps: [[APP.azurePortal, RES.graph], [APP.azurePortal, RES.arm]], ua: a.desktopUa.ua, browser: a.desktopUa.browser, os: a.desktopUa.os, session });
    nis(a, t + 70 * MIN, t + 100 * MIN, 3, { ip: l2, apps: [[APP.azurePortal, RES.graph]], ua: a.desktopUa.ua, browser: a.desktopUa.browser, os: a.desktopUa.os, session });
    scenario('admin-session-pim-app-credential', [a], [l1, l2], t, t + 100 * MIN,
      'SVR / Midnight Blizzard cloud tradecraft (CISA AA24-057A, February 2024; Microsoft guidance of January 2024): an IT administrator\'s stolen browser session is replayed from a Dutch Leaseweb server near midnight on a Friday with his own user agent; it activates Global Administrator through PIM with a plausible change number, adds a secret to an application that already holds Exchange access, grants Graph Mail.Read to it, and switches the admins\' phishing-resistant-MFA policy to report-only.');
  }

  // 10 ----------------------------------------------------------------- MFA fatigue on an on-call radiologist
  {
    const u = v.radiologist, n1 = ip('packethub', 'amsterdam'), n2 = ip('packethub', 'amsterdam');
    let t = local(12, 1, 58);
    const ua = UA.chromeWin;
    for (let i = 0; i < 2; i++) { A(u, { t, interactive: true, ip: n1, app: APP.officeHome, res: RES.officeHome, ua: ua.ua, browser: ua.browser, os: ua.os, clientApp: 'Browser', code: 50126, authReq: SFA, methods: ['Password'] }); t += rng.int(40, 120) * 1000; }
    const pushes = 15;
    for (let i = 0; i < pushes; i++) {
      A(u, { t, interactive: true, ip: i < 8 ? n1 : n2, app: APP.officeHome, res: RES.officeHome, ua: ua.ua, browser: ua.browser, os: ua.os, clientApp: 'Browser', code: 500121, additional: i % 3 === 2 ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification', authReq: MFA, methods: ['Password'] });
      t += rng.int(90, 200) * 1000;
    }
    const session = rng.guid();
    A(u, { t, interactive: true, ip: n2, app: APP.officeHome, res: RES.officeHome, ua: ua.ua, browser: ua.browser, os: ua.os, clientApp: 'Browser', authReq: MFA, mfa: mfaFresh('Mobile app notification'), methods: ['Password', 'Authenticator App'], session });
    secInfo(u, t + 4 * MIN, n2, 'User registered Mobile Phone SMS');
    A(u, { t: t + 9 * MIN, interactive: true, ip: n2, app: APP.teamsWeb, res: RES.teamsSvc, ua: ua.ua, browser: ua.browser, os: ua.os, clientApp: 'Browser', authReq: MFA, mfa: mfaClaim(), session });
    nis(u, t + 10 * MIN, t + 150 * MIN, 12, { ip: n2, apps: [[APP.officeHome, RES.sharepoint], [APP.teamsWeb, RES.teamsSvc], [APP.owa, RES.exchange]], ua: ua.ua, browser: ua.browser, os: ua.os, session });
    scenario('mfa-fatigue-oncall', [u], [n1, n2], local(12, 1, 58), t + 150 * MIN,
      'MFA fatigue (Microsoft on DEV-0537 / Lapsus$, March 2022; the Uber breach, September 2022): with a password bought from a stealer log, the intruder sends an on-call radiologist fifteen push prompts between 02:00 and 02:45 on a Saturday through NordVPN exits in Amsterdam until one is approved, adds an SMS phone as an extra MFA method and goes through SharePoint and Teams.');
  }

  // 11 ----------------------------------------------------------------- TeamFiltration spray from AWS -> Teams Rooms account
  {
    const room = v.room;
    const regions = [['aws', 'ashburn'], ['awsOr', 'boardman'], ['awsFra', 'frankfurt'], ['awsSin', 'singapore'], ['awsSao', 'saopaulo']];
    const ips = regions.flatMap(([n, c]) => [ip(n, c), ip(n, c), ip(n, c)]);
    const tfUa = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/1.3.00.24755 Chrome/69.0.3497.128 Electron/4.2.12 Safari/537.36';
    const pool = rng.sample(T.users.filter((u) => u.type === 'Member' && u.phone && !u.attackVictim), 44);
    const correct = pool.slice(0, 3), locked = pool.slice(3, 5);
    let t = local(6, 4, 10);
    const tStart = t;
    const order = rng.shuffle([...pool, ...pool.slice(5, 45)]);
    for (const u of order) {
      const code = correct.includes(u) ? 50076 : 50126;
      A(u, { t, interactive: true, ip: rng.pick(ips), app: APP.teams, res: RES.teamsSvc, ua: tfUa, browser: 'Chrome 69.0.3497', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', code, authReq: code === 50076 ? MFA : SFA, methods: ['Password'] });
      t += rng.int(25, 70) * MIN;
    }
    for (const u of locked) for (let k = 0; k < 4; k++) { A(u, { t, interactive: true, ip: rng.pick(ips), app: APP.teams, res: RES.teamsSvc, ua: tfUa, browser: 'Chrome 69.0.3497', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', code: k < 2 ? 50126 : 50053, authReq: SFA, methods: ['Password'] }); t += rng.int(2, 6) * MIN; }
    const tr = t + 40 * MIN, rip = ips[6];
    A(room, { t: tr, interactive: true, ip: rip, app: APP.teams, res: RES.teamsSvc, ua: tfUa, browser: 'Chrome 69.0.3497', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: SFA, ca: 'notApplied', methods: ['Password'] });
    const foci = [[APP.teams, RES.exchange], [APP.office, RES.graph], [APP.oneDriveSync, RES.sharepoint], [APP.outlookMobile, RES.exchange], [APP.teams, RES.graph]];
    nis(room, tr + 2 * MIN, tr + 4 * HOUR, 16, { ip: () => rng.pick([rip, ips[7], ips[8]]), apps: foci, ua: tfUa, browser: 'Chrome 69.0.3497', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: SFA });
    scenario('teamfiltration-spray-room-account', [room, ...correct, ...locked], ips, tStart, tr + 4 * HOUR,
      'UNK_SneakyStrike (Proofpoint, June 2025): the TeamFiltration framework sprays 44 accounts over three days from AWS in five regions with its Teams-Electron user agent through the Teams client id; three passwords are right but stopped by MFA, two accounts lock, and the Teams Rooms resource account of the Antwerpen auditorium (excluded from MFA) falls; its token is swapped across the family-of-client-ids apps for Exchange, Graph and SharePoint.');
  }

  // 12 ----------------------------------------------------------------- SIM swap -> SSPR -> mailbox of an executive
  {
    const u = v.exec, e1 = ip('ee', 'london'), e2 = ip('virgin', 'london');
    const t = local(13, 19, 10) + rng.int(0, 120) * 1000, corr = rng.guid();
    AA({ t, corr, category: 'UserManagement', service: 'Self-service Password Management', activity: 'Self-service password reset flow activity progress', op: 'Update', resultReason: 'User started the mobile SMS verification option', by: { user: u, ip: e1 }, targets: [userTarget(u)] });
    AA({ t: t + 50 * 1000, corr, category: 'UserManagement', service: 'Self-service Password Management', activity: 'Self-service password reset flow activity progress', op: 'Update', resultReason: 'User successfully verified with Text message', by: { user: u, ip: e1 }, targets: [userTarget(u)] });
    AA({ t: t + 90 * 1000, corr, category: 'UserManagement', service: 'Self-service Password Management', activity: 'Reset password (self-service)', op: 'Update', by: { user: u, ip: e1 }, targets: [userTarget(u)] });
    const ua = UA.safariIos18, session = rng.guid();
    A(u, { t: t + 4 * MIN, interactive: true, ip: e1, app: APP.officeHome, res: RES.officeHome, ua: ua.ua, browser: ua.browser, os: ua.os, clientApp: 'Browser', authReq: MFA, mfa: mfaFresh('Text message', '+XX XXXXXXX' + rng.int(10, 99)), methods: ['Password', 'SMS'], session });
    secInfo(u, t + 8 * MIN, e1, 'User registered Authenticator App with Notification and Code');
    nis(u, t + 10 * MIN, t + 4 * HOUR, 14, { ip: () => rng.pick([e1, e2, e2]), apps: [[APP.owa, RES.exchange], [APP.officeHome, RES.sharepoint], [APP.owa, RES.substrate]], ua: ua.ua, browser: ua.browser, os: ua.os, session });
    A(u, { t: t + 95 * MIN, interactive: true, ip: e2, app: APP.owa, res: RES.exchange, ua: UA.chromeWin.ua, browser: UA.chromeWin.browser, os: 'Windows10', clientApp: 'Browser', authReq: MFA, mfa: mfaFresh('Mobile app notification'), methods: ['Password', 'Authenticator App'] });
    scenario('sim-swap-sspr-executive', [u], [e1, e2], t, t + 4 * HOUR,
      'Octo Tempest / Scattered Spider SIM swapping (Microsoft Threat Intelligence, October 2023; Okta advisories 2023): on a Sunday evening a board member\'s number is ported; self-service password reset by SMS from a UK mobile network, a sign-in with SMS MFA, an attacker-held Authenticator registered, and the mailbox and SharePoint read from the UK for four hours.');
  }
  return scenarios;
}
