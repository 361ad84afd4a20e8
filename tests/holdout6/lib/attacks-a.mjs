// AiTM phishing + BEC, MFA fatigue, OAuth consent phishing, infostealer token replay.
import { PROF, HOUR, MIN, DAY } from './world.mjs';
import { APPS, RES, UA } from './catalog.mjs';
import { byUser, byApp, tUser, tObj, mp } from './audit.mjs';

const REPLAY_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';

/** 1. AiTM phishing of an accounts-payable clerk, cookie replay, MFA method added, mailbox use for invoice fraud. */
export function aitmBec({ w, r, victim, Scenario }) {
  const s = new Scenario(w, 'aitm-bec-accounts-payable',
    'An accounts-payable clerk at HQ opens a fake DocuSign "fuel surcharge invoice" link and signs in through an adversary-in-the-middle proxy on a DigitalOcean droplet in Amsterdam (password + Authenticator push, the clerk\'s own browser user agent passed through). 35 minutes later the stolen session cookie is replayed from M247 addresses in Bucharest with a different browser; the attacker registers their own Authenticator app on the account and reads and sends mail through Outlook on the web over the next two days (invoice-redirection fraud).',
    'Microsoft Threat Intelligence, "From cookie theft to BEC: Attackers use AiTM phishing sites as entry point to further financial fraud" (July 2022); "Detecting and mitigating a multi-stage AiTM phishing and BEC campaign" (June 2023); Tycoon 2FA / EvilProxy kit reporting (2023–2025).');
  const u = victim((x) => x.role === 'hq' && x.base === 'YYZ' && x.mfaMethod === 'Mobile app notification');
  const proxy = w.place('do-ams', 77), t = w.at(3, 14.2, 'TOR');
  const web = { dev: null, os: 'Windows10', browser: 'Edge 143.0.0', ua: UA.winEdge, client: 'Browser' };
  const sess = r.uuid();
  s.si(u, t - 4000, proxy, web, { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'mfa', code: 50140, session: sess });
  s.si(u, t, proxy, web, { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'mfa', session: sess, mfaMethod: 'Mobile app notification' });
  const rep = { dev: null, os: 'Windows10', browser: 'Chrome 141.0.0', ua: REPLAY_UA, client: 'Browser' };
  const ips = [w.place('m247-buh', 12), w.place('m247-buh', 13), w.place('m247-buh', 140)];
  const t2 = t + 35 * MIN;
  s.si(u, t2, ips[0], rep, { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'claim', session: sess });
  s.si(u, t2 + 2 * MIN, ips[0], rep, { app: APPS.owa, res: RES.exo, interactive: true, auth: 'claim', session: sess });
  s.au({ t: t2 + 9 * MIN, activity: 'User started security info registration', service: 'Authentication Methods', by: byUser(u, ips[0].ip), targets: [tUser(u)], reason: 'User started the registration for Authenticator App with Notification and Code' });
  s.au({ t: t2 + 11 * MIN, activity: 'User registered security info', service: 'Authentication Methods', by: byUser(u, ips[0].ip), targets: [tUser(u)], reason: 'User registered Authenticator App with Notification and Code' });
  s.si(u, t2 + 10 * MIN, ips[0], rep, { app: APPS.mySignins, res: RES.graph, interactive: true, auth: 'claim', session: sess });
  for (let i = 0; i < 26; i++) {
    const tt = t2 + 15 * MIN + r.real(0, 46) * HOUR;
    s.si(u, tt, r.pick(ips), rep, { app: r.pick([APPS.owa, APPS.officeHome]), res: RES.exo, interactive: false, auth: 'claim', session: sess });
  }
  return s;
}

/** 3. MFA fatigue against a maintenance engineer at night, then the attacker's own MFA method and device. */
export function mfaFatigue({ w, r, victim, Scenario }) {
  const s = new Scenario(w, 'mfa-fatigue-maintenance-engineer',
    'With a password bought from an infostealer log, an attacker behind Mullvad VPN (31173 Services AB, Stockholm) starts signing in as a YYZ aircraft maintenance engineer at 02:10 Toronto time and keeps triggering Authenticator pushes; 15 are declined or ignored over 50 minutes until the engineer approves one. The attacker registers their own Authenticator app, joins a Windows machine to the tenant as an Entra-registered device and uses SharePoint and Teams from the VPN for the next hours.',
    'Lapsus$ / DEV-0537 (Microsoft, March 2022) and the Uber breach (September 2022): repeated MFA push prompts until the user accepts, followed by device and MFA registration.');
  const u = victim((x) => x.role === 'mx' && x.base === 'YYZ' && x.mfaMethod === 'Mobile app notification');
  const ips = [w.place('mullvad-sto', 21), w.place('mullvad-sto', 22), w.place('mullvad-sto', 180)];
  const web = { dev: null, os: 'Windows10', browser: 'Chrome 142.0.0', ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36', client: 'Browser' };
  let t = w.at(8, 2.17, 'TOR');
  for (let i = 0; i < 15; i++) {
    s.si(u, t, ips[0], web, { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'mfa', code: 500121, mfaResult: r.chance(0.6) ? 'timeout' : 'declined', mfaMethod: 'Mobile app notification' });
    t += r.int(90, 260) * 1000;
  }
  const sess = r.uuid();
  s.si(u, t, ips[0], web, { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'mfa', session: sess, mfaMethod: 'Mobile app notification' });
  s.au({ t: t + 6 * MIN, activity: 'User registered security info', service: 'Authentication Methods', by: byUser(u, ips[0].ip), targets: [tUser(u)], reason: 'User registered Authenticator App with Notification and Code' });
  const devId = r.uuid(), devName = `DESKTOP-${r.alnum(7)}`;
  const drs = byApp(['01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', 'Device Registration Service'], 'b4c0a1d2-6a0f-4f5e-9e3c-7f7b1b9c2d04', 'Device Registration Service');
  s.si(u, t + 14 * MIN, ips[0], { ...web, dev: null, client: 'Mobile Apps and Desktop clients', ua: 'Dsreg/10.0 (Windows 10.0.19045.4291)' }, { app: APPS.broker, res: RES.drs, interactive: true, auth: 'claim', session: sess });
  s.au({ t: t + 15 * MIN, activity: 'Add device', category: 'Device', by: drs, targets: [tObj('Device', devId, devName, [mp('DeviceOSType', [], ['Windows']), mp('DeviceTrustType', [], ['Workplace'])])] });
  s.au({ t: t + 15 * MIN + 2000, activity: 'Register device', category: 'Device', service: 'Device Registration Service', by: drs, targets: [tObj('Device', devId, devName)], details: [['Device Id', devId], ['Device OS', 'Windows'], ['Device Trust Type', 'Workplace']] });
  s.au({ t: t + 15 * MIN + 3000, activity: 'Add registered owner to device', category: 'Device', by: drs, targets: [tObj('Device', devId, devName), tUser(u)] });
  const dev = { id: devId, name: devName, os: 'Windows10', compliant: false, managed: false, trust: 'Workplace' };
  for (let i = 0; i < 14; i++) {
    const [app, res] = r.pick([[APPS.spo, RES.spo], [APPS.teams, RES.teamsSvc], [APPS.office, RES.exo], [APPS.officeHome, RES.o365portal]]);
    s.si(u, t + 20 * MIN + r.real(0, 5) * HOUR, r.pick(ips), { ...web, dev, incoming: 'primaryRefreshToken', client: 'Mobile Apps and Desktop clients', ua: UA.winDesktop }, { app, res, interactive: false, auth: 'prt', session: sess });
  }
  return s;
}

/** 4. OAuth consent phishing: a crew purser consents to a roster-themed app; the app reads mail with the refresh token. */
export function consentPhish({ w, r, apps, victim, Scenario }) {
  const s = new Scenario(w, 'oauth-consent-phishing-crew-app',
    'A YVR-based purser receives a "new roster viewer for iPad" e-mail and signs in to "CrewRoster Viewer" — a multi-tenant app from an attacker\'s tenant with a (fraudulently obtained) verified publisher — from home, and consents to Mail.ReadWrite, Mail.Send, Files.Read.All, User.Read and offline_access. From then on the app\'s backend on Vultr servers in Dallas redeems the refresh token every hour or two (non-interactive sign-ins for the purser) and reads mail and files for five days.',
    'Microsoft, "Threat actors misuse OAuth applications to automate financially driven attacks" (December 2023) and "Malicious OAuth applications abuse cloud email services to spread spam" (2022); Proofpoint on verified-publisher abuse (December 2022); consent phishing guidance in Entra documentation.');
  const u = victim((x) => x.role === 'cabin' && x.base === 'YVR');
  const app = [r.uuid(), 'CrewRoster Viewer', r.uuid()];
  const home = w.home(u);
  const t = w.at(4, 16.5, 'VAN');
  s.si(u, t, home, { ...PROF.phoneWeb(u) }, { app, res: RES.graph, interactive: true, auth: 'mfa', code: 65001 }, { victimIp: true });
  s.si(u, t + 40_000, home, { ...PROF.phoneWeb(u) }, { app, res: RES.graph, interactive: true, auth: 'mfa', mfaIntP: 0 }, { victimIp: true });
  const spId = r.uuid(), by = byUser(u, home.ip);
  const scope = 'Mail.ReadWrite Mail.Send Files.Read.All User.Read offline_access';
  s.au({ t: t + 30_000, activity: 'Add service principal', category: 'ApplicationManagement', by, targets: [tObj('ServicePrincipal', spId, app[1], [mp('AccountEnabled', [], [true]), mp('AppPrincipalId', [], [app[0]]), mp('DisplayName', [], [app[1]])])] });
  s.au({ t: t + 32_000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', by, targets: [tObj('ServicePrincipal', r.uuid(), 'Microsoft Graph', [mp('DelegatedPermissionGrant.Scope', '', ` ${scope}`), mp('DelegatedPermissionGrant.ConsentType', '', 'Principal'), mp('ServicePrincipal.ObjectID', '', spId)])] });
  s.au({ t: t + 33_000, activity: 'Consent to application', category: 'ApplicationManagement', by, targets: [tObj('ServicePrincipal', spId, app[1], [mp('ConsentContext.IsAdminConsent', null, 'False'), mp('ConsentContext.IsAppOnly', null, 'False'), mp('ConsentContext.OnBehalfOfAll', null, 'False'), mp('ConsentContext.Tags', null, 'WindowsAzureActiveDirectoryIntegratedApp'), mp('ConsentAction.Permissions', null, `[] => [[Id: ${r.b64url(32)}, ClientId: ${spId}, PrincipalId: ${u.id}, ResourceId: ${r.uuid()}, ConsentType: Principal, Scope: ${scope}]]`), mp('TargetId.ServicePrincipalNames', null, app[0])])] });
  const ips = [w.place('vultr-dal', 40), w.place('vultr-dal', 41), w.place('vultr-dal', 97)];
  const backend = { dev: null, os: '', browser: '', ua: 'python-requests/2.32.3', client: 'Mobile Apps and Desktop clients' };
  for (let tt = t + 20 * MIN; tt < t + 5 * DAY; tt += r.real(0.8, 2.2) * HOUR) s.si(u, tt, r.pick(ips), backend, { app, res: RES.graph, interactive: false, auth: 'claim', incoming: 'refreshToken' });
  return s;
}

/** 9. Infostealer on a contractor's personal Mac: his browser session is replayed from a hosting provider alongside his own work. */
export function infostealerReplay({ w, r, victim, Scenario }) {
  const s = new Scenario(w, 'infostealer-session-replay-contractor',
    'A Northline Aero contractor\'s personal MacBook, which he uses to reach his Windows 365 Cloud PC, is infected with an infostealer. The stolen browser cookies and refresh tokens are replayed from Zenlayer servers in Los Angeles with the same macOS Chrome user agent and the same session ID while the contractor keeps working in Toronto: Outlook on the web, SharePoint and the Cloud PC client over two days.',
    'Lumma / RedLine / Vidar infostealer reporting (Microsoft, May 2025 Lumma disruption; Mandiant on Snowflake customer compromises via infostealer credentials, 2024); pass-the-cookie and token replay guidance in Entra Token Protection documentation.');
  const u = victim((x) => x.role === 'mxc' && x.home !== 'HYD');
  const mine = w.I.filter((o) => o.userId === u.id && o.appDisplayName === 'Azure Virtual Desktop Client' && o.status.errorCode === 0 && o.createdDateTime < '2026-01-13T12').pop()
    || w.I.filter((o) => o.userId === u.id && o.status.errorCode === 0)[0];
  const sess = mine ? mine.sessionId : r.uuid();
  const ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36';
  const prof = { dev: null, os: 'MacOs', browser: 'Chrome 143.0.0', ua, client: 'Browser' };
  const ips = [w.place('zenlayer-lax', 33), w.place('zenlayer-lax', 34)];
  const t = w.at(1, 11.3, 'TOR');
  s.si(u, t, ips[0], prof, { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'claim', session: sess });
  for (let i = 0; i < 30; i++) {
    const [app, res] = r.pick([[APPS.owa, RES.exo], [APPS.spo, RES.spo], [APPS.officeHome, RES.graph], [APPS.avdClient, RES.avd]]);
    s.si(u, t + r.real(0.05, 40) * HOUR, r.pick(ips), app === APPS.avdClient ? { ...PROF.avd(true), dev: null } : prof, { app, res, interactive: false, auth: 'claim', session: sess });
  }
  s.si(u, t + 26 * HOUR, ips[1], prof, { app: APPS.spo, res: RES.spo, interactive: true, auth: 'claim', session: sess });
  return s;
}
