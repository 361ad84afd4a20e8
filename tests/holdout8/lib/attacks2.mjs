// Planted attacks, part 2: consent phishing, device-code phishing, SMTP AUTH abuse, token replay,
// SP credentials by a compromised admin, helpdesk takeover with a TAP, insider role grant, federated domain.
import { APPS, RES, UA } from './apps.mjs';
import { START, HOUR, MIN } from './emit.mjs';
import { Scenario } from './scen.mjs';
import { userActor, tUser, tObj, prop, ipAt } from './audit.mjs';
import { APPREGS, SP_IDS } from './admin.mjs';

const D = 86_400_000;
const CHROME137 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36';
const claim = { method: 'Previously satisfied', detail: '', result: 'MFA requirement satisfied by claim in the token' };
const mfaOk = (m = 'Mobile app notification') => ({ method: m, detail: '', result: 'MFA successfully completed' });
const unmanaged = { os: 'Windows 10', browser: 'Chrome 137.0.0' };
const firstSeenAfter = (E, u, t) => (E.seen.get(u.id) || []).filter(([x]) => x >= t).sort((a, b) => a[0] - b[0])[0];

export function consentPhishing(E, r, v) {
  const S = new Scenario(E, r, 'oauth-consent-phishing-mail-readwrite', 'Illicit consent grant: an HR officer in Johannesburg consents to a look-alike "DocuSafe Cloud Viewer" multi-tenant app asking Mail.ReadWrite, Files.Read.All and offline_access; the app then refreshes the user\'s tokens from AWS hosts in Ashburn for days.');
  S.user(v);
  const [t0, home] = firstSeenAfter(E, v, START + 4 * D + 7 * HOUR);
  const APP = ['3f6b1e8d-92c4-4a7e-b5d0-c81a9e2f7b46', 'DocuSafe Cloud Viewer'], spId = r.uuid(), act = userActor(v, home.ip);
  const t = t0 + 25 * MIN;
  S.signin({ user: v, t, interactive: true, addr: home, app: APP, res: RES.graph, ua: UA.winEdge, dev: v.laptop, clientApp: 'Browser', authReq: 'multiFactorAuthentication', mfa: claim, sessionId: r.uuid(), ca: 'success' });
  S.audit({ t: t + 40_000, activity: 'Add service principal', category: 'ApplicationManagement', actor: act, op: 'Add', targets: [tObj('ServicePrincipal', spId, APP[1])] });
  S.audit({ t: t + 42_000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', actor: act, op: 'Assign', targets: [tObj('ServicePrincipal', r.uuid(), 'Microsoft Graph', [prop('DelegatedPermissionGrant.Scope', '', ' Mail.ReadWrite Files.Read.All offline_access User.Read'), prop('DelegatedPermissionGrant.ConsentType', '', 'Principal')])] });
  S.audit({ t: t + 43_000, activity: 'Consent to application', category: 'ApplicationManagement', actor: act, op: 'Assign', targets: [tObj('ServicePrincipal', spId, APP[1], [prop('ConsentContext.IsAdminConsent', null, 'False'), prop('ConsentContext.OnBehalfOfAll', null, 'False'), prop('ConsentAction.Permissions', null, `[] => [[ClientId: ${spId}, PrincipalId: ${v.id}, Scope: Mail.ReadWrite Files.Read.All offline_access User.Read, ConsentType: Principal]]`)])] });
  const aws = [S.ip('aws_iad'), S.ip('aws_iad'), S.ip('aws_iad')];
  for (let x = t + 14 * MIN; x < t + 3.2 * D; x += r.int(50, 70) * MIN) {
    S.signin({ user: v, t: x, addr: r.pick(aws), app: APP, res: RES.graph, ua: 'python-requests/2.32.3', dev: {}, sessionId: '', incoming: 'refreshToken', authReq: 'singleFactorAuthentication', ca: 'notApplied' });
  }
  return S;
}

export function deviceCode(E, r, v) {
  const S = new Scenario(E, r, 'device-code-phishing-prt-registration', 'Storm-2372-style device-code phishing: a Teams "meeting invite" makes an executive assistant enter a code; the token (Microsoft Authentication Broker) is used from a Hetzner host to register a device, obtain a PRT, and read mail for three days.');
  S.user(v);
  const [t0, home] = firstSeenAfter(E, v, START + 8 * D + 1 * HOUR);
  const t = t0 + 70 * MIN, sid = r.uuid();
  S.signin({ user: v, t, interactive: true, addr: home, app: APPS.broker, res: RES.drs, ua: UA.winEdge, dev: { os: 'Windows 10', browser: 'Edge 138.0.0' }, clientApp: 'Mobile Apps and Desktop clients', protocol: 'deviceCode', transfer: 'deviceCodeFlow', authReq: 'multiFactorAuthentication', mfa: claim, sessionId: sid, ca: 'success' });
  const h1 = S.ip('hetzner'), h2 = S.ip('hetzner');
  S.signin({ user: v, t: t + 4 * MIN, addr: h1, app: APPS.broker, res: RES.drs, ua: 'python-requests/2.31.0', dev: {}, transfer: 'deviceCodeFlow', sessionId: sid, mfa: claim, authReq: 'multiFactorAuthentication', incoming: 'refreshToken', ca: 'success' });
  const devId = r.uuid(), devName = 'DESKTOP-' + r.hex(7).toUpperCase();
  S.audit({ t: t + 6 * MIN, activity: 'Register device', category: 'Device', service: 'Device Registration Service', actor: userActor(v, h1.ip), op: 'Add', targets: [tObj('Device', devId, devName)], details: [{ key: 'Device OS', value: 'Windows' }, { key: 'Device Trust Type', value: 'Workplace' }] });
  S.audit({ t: t + 6 * MIN + 2000, activity: 'Add registered owner to device', category: 'Device', actor: userActor(v, h1.ip), op: 'Assign', targets: [tObj('Device', devId, devName), tUser(v)] });
  const fake = { id: devId, name: devName, os: 'Windows 10', browser: '', compliant: false, managed: false, trust: 'Azure AD registered' };
  const sid2 = r.uuid();
  for (let x = t + 12 * MIN; x < t + 3 * D; x += r.int(35, 110) * MIN) {
    S.signin({ user: v, t: x, addr: x < t + D ? h1 : h2, app: r.pick([APPS.office, APPS.teams, APPS.owa]), res: r.pick([RES.exo, RES.graph, RES.spo]), ua: UA.wam, dev: fake, incoming: 'primaryRefreshToken', sessionId: sid2, mfa: claim, authReq: 'multiFactorAuthentication', ca: 'success' });
  }
  return S;
}

export function smtpAbuse(E, r, v) {
  const S = new Scenario(E, r, 'smtp-auth-legacy-abuse-site-scanner', 'A site scanner mailbox kept an SMTP AUTH exclusion from the legacy-auth block; a botnet guesses its password over SMTP, then hosting servers use it to relay phishing mail (hundreds of Authenticated SMTP sign-ins).');
  S.user(v);
  const bots = Array.from({ length: 8 }, () => S.ip(r.pick(['viettel', 'telkomsel', 'pldt'])));
  let t = START + 10 * D + 14 * HOUR;
  for (let i = 0; i < 64; i++) { S.signin({ user: v, t, interactive: true, addr: r.pick(bots), app: APPS.exchange, res: RES.exo, ua: '', dev: {}, clientApp: 'Authenticated SMTP', err: i === 63 ? 0 : 50126, ca: 'notApplied', sessionId: '' }); t += r.int(1, 6) * MIN; }
  const relays = [S.ip('ovh_fr'), S.ip('m247_buh'), S.ip('vultr_lax'), S.ip('hetzner')];
  t += 2 * HOUR;
  for (let i = 0; i < 220; i++) { S.signin({ user: v, t, interactive: true, addr: r.pick(relays), app: APPS.exchange, res: RES.exo, ua: '', dev: {}, clientApp: 'Authenticated SMTP', ca: 'notApplied', sessionId: '' }); t += r.int(20, 150) * 1000; }
  return S;
}

export function tokenReplay(E, r, v) {
  const S = new Scenario(E, r, 'infostealer-token-replay-lagos', 'An infostealer on an engineer\'s home PC took the browser session; the session\'s tokens are replayed from a Lagos mobile network while the engineer works in Johannesburg (same session id, no device, different browser).');
  S.user(v);
  const [t0] = firstSeenAfter(E, v, START + 3 * D + 8 * HOUR);
  const week = 0, sid = (v._lapSid || {})[week] || r.uuid();
  const ng = [S.ip('mtn_ng'), S.ip('mtn_ng')];
  const t = t0 + 95 * MIN;
  S.signin({ user: v, t, interactive: true, addr: ng[0], app: APPS.officeHome, res: RES.exo, ua: CHROME137, dev: unmanaged, clientApp: 'Browser', authReq: 'multiFactorAuthentication', mfa: claim, sessionId: sid, ca: 'success' });
  for (let i = 0; i < 14; i++) S.signin({ user: v, t: t + (i + 1) * r.int(6, 12) * MIN, addr: r.pick(ng), app: r.pick([APPS.owa, APPS.officeHome, APPS.teams]), res: r.pick([RES.exo, RES.spo, RES.graph]), ua: CHROME137, dev: unmanaged, sessionId: sid, mfa: claim, authReq: 'multiFactorAuthentication', ca: 'success' });
  return S;
}

export function spCredential(E, r, a) {
  const S = new Scenario(E, r, 'sp-credentials-added-by-compromised-admin', 'Midnight Blizzard-style persistence: an outsourcer cloud admin\'s stolen session is replayed from a Vultr host; the attacker activates Application Administrator through PIM and adds a client secret to two existing high-privilege app registrations / service principals.');
  S.user(a);
  const h = S.ip('vultr_lax');
  const t = START + 10 * D + 19 * HOUR + 10 * MIN, sid = r.uuid();
  S.signin({ user: a, t, interactive: true, addr: h, app: APPS.azurePortal, res: RES.arm, ua: CHROME137, dev: unmanaged, clientApp: 'Browser', authReq: 'multiFactorAuthentication', mfa: claim, sessionId: sid, ca: 'success' });
  for (let i = 0; i < 6; i++) S.signin({ user: a, t: t + (i + 1) * 7 * MIN, addr: h, app: r.pick([APPS.azurePortal, APPS.graphCli]), res: r.pick([RES.graph, RES.arm]), ua: CHROME137, dev: unmanaged, sessionId: sid, mfa: claim, authReq: 'multiFactorAuthentication', ca: 'success' });
  const act = userActor(a, h.ip), role = tObj('Role', r.uuid(), 'Application Administrator'), corr = r.uuid();
  S.audit({ t: t + 9 * MIN, corr, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', actor: act, op: 'Assign', targets: [role, tUser(a)], details: [{ key: 'Justification', value: 'app maintenance' }] });
  S.audit({ t: t + 9 * MIN + 3000, corr, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', actor: act, op: 'Assign', targets: [role, tUser(a)] });
  const [n1, id1] = APPREGS[3], [n2] = APPREGS[1];
  S.audit({ t: t + 21 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', actor: act, op: 'Update', targets: [tObj('Application', r.uuid(), n1, [prop('KeyDescription', [], [`[KeyIdentifier=${r.uuid()},KeyType=Password,KeyUsage=Verify,DisplayName=]`]), prop('Included Updated Properties', null, 'KeyDescription')])], details: [{ key: 'AppId', value: id1 }] });
  S.audit({ t: t + 26 * MIN, activity: 'Add service principal credentials', category: 'ApplicationManagement', actor: act, op: 'Update', targets: [tObj('ServicePrincipal', SP_IDS[n2], n2, [prop('KeyDescription', [], [`[KeyIdentifier=${r.uuid()},KeyType=Password,KeyUsage=Verify,DisplayName=]`])])] });
  return S;
}

export function helpdeskTakeover(E, r, hd, victim) {
  const S = new Scenario(E, r, 'helpdesk-account-compromise-tap-takeover', 'Octo Tempest / Scattered Spider pattern: a service-desk agent\'s account is used from a US residential proxy to reset a general manager\'s password, delete their Authenticator and issue a Temporary Access Pass; the attacker signs in as the GM with the TAP, registers their own Authenticator and reads mail.');
  S.user(hd); S.user(victim);
  const p = S.ip('charter');
  let t = START + 11 * D + 15 * HOUR + 30 * MIN; // Fri 15 Aug 21:00 IST
  const sid = r.uuid();
  S.signin({ user: hd, t, interactive: true, addr: p, app: APPS.azurePortal, res: RES.arm, ua: CHROME137, dev: unmanaged, clientApp: 'Browser', authReq: 'multiFactorAuthentication', mfa: mfaOk(), sessionId: sid, ca: 'success' });
  const act = userActor(hd, p.ip);
  S.audit({ t: t + 8 * MIN, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', reason: 'Admin deleted Authenticator App with Notification and Code method for user', actor: act, op: 'Delete', targets: [tUser(victim)] });
  S.audit({ t: t + 9 * MIN, activity: 'Reset user password', category: 'UserManagement', actor: act, op: 'Update', targets: [tUser(victim)] });
  S.audit({ t: t + 11 * MIN, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', reason: 'Admin registered temporary access pass method for user', actor: act, op: 'Add', targets: [tUser(victim)] });
  t += 19 * MIN;
  const sid2 = r.uuid();
  S.signin({ user: victim, t, interactive: true, addr: p, app: APPS.mySignins, res: RES.graph, ua: CHROME137, dev: unmanaged, clientApp: 'Browser', authReq: 'multiFactorAuthentication', mfa: { method: 'Temporary Access Pass', detail: '', result: 'MFA successfully completed' }, sessionId: sid2, ca: 'success' });
  S.audit({ t: t + 3 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(victim, p.ip), op: 'Add', targets: [tUser(victim)] });
  for (let i = 0; i < 12; i++) S.signin({ user: victim, t: t + (6 + i * 9) * MIN, addr: p, app: r.pick([APPS.owa, APPS.officeHome]), res: RES.exo, ua: CHROME137, dev: unmanaged, sessionId: sid2, mfa: claim, authReq: 'multiFactorAuthentication', ca: 'success' });
  return S;
}

export function insiderRole(E, r, u) {
  const S = new Scenario(E, r, 'insider-global-admin-outside-pim', 'A NOC engineer with a standing Privileged Role Administrator assignment makes himself Global Administrator directly (not through PIM) during his evening shift, from the outsourcer\'s own office network, then makes himself owner of an app registration.');
  S.user(u);
  const xs = (E.seen.get(u.id) || []).filter(([x]) => x > START + 12 * D).sort((a, b) => a[0] - b[0]);
  const [t0, addr] = xs[0] || (E.seen.get(u.id) || [])[0];
  const t = t0 + 3 * HOUR + 12 * MIN, act = userActor(u, addr.ip);
  S.audit({ t, activity: 'Add member to role', category: 'RoleManagement', actor: act, op: 'Assign', targets: [tUser(u, [prop('Role.DisplayName', null, 'Global Administrator'), prop('Role.TemplateId', null, '62e90394-69f5-4237-9190-012177145e10')])] });
  S.audit({ t: t + 14 * MIN, activity: 'Add owner to application', category: 'ApplicationManagement', actor: act, op: 'Assign', targets: [tUser(u), tObj('Application', r.uuid(), APPREGS[2][0])] });
  return S;
}

export function federatedDomain(E, r, ga, target) {
  const S = new Scenario(E, r, 'federated-domain-backdoor', 'Solorigate / Octo Tempest-style federation backdoor: a cloud admin\'s session is replayed from a Bucharest host, a new domain is added, verified and federated to an attacker-run IdP; a Global Admin\'s UPN is moved onto it and the attacker signs in with forged SAML tokens.');
  S.user(ga); S.user(target);
  const h = S.ip('m247_buh');
  const t = START + 12 * D + 17 * HOUR, dom = 'tallawang-sso.com', issuer = `http://${dom}/adfs/services/trust`;
  S.signin({ user: ga, t, interactive: true, addr: h, app: APPS.azurePortal, res: RES.arm, ua: CHROME137, dev: unmanaged, clientApp: 'Browser', authReq: 'multiFactorAuthentication', mfa: claim, sessionId: r.uuid(), ca: 'success' });
  const act = userActor(ga, h.ip), dT = tObj('Other', null, dom);
  S.audit({ t: t + 5 * MIN, activity: 'Add unverified domain', category: 'DirectoryManagement', actor: act, op: 'Add', targets: [dT] });
  S.audit({ t: t + 11 * MIN, activity: 'Verify domain', category: 'DirectoryManagement', actor: act, op: 'Update', targets: [dT] });
  S.audit({ t: t + 14 * MIN, activity: 'Set domain authentication', category: 'DirectoryManagement', actor: act, op: 'Update', targets: [tObj('Other', null, dom, [prop('LiveType', 'Managed', 'Federated')])] });
  S.audit({ t: t + 15 * MIN, activity: 'Set federation settings on domain', category: 'DirectoryManagement', actor: act, op: 'Update', targets: [tObj('Other', null, dom, [prop('IssuerUri', null, issuer)])] });
  const newUpn = target.upn.split('@')[0] + '@' + dom;
  S.audit({ t: t + 19 * MIN, activity: 'Update user', category: 'UserManagement', actor: act, op: 'Update', targets: [tUser(target, [prop('UserPrincipalName', [target.upn], [newUpn]), prop('Included Updated Properties', null, 'UserPrincipalName')])] });
  const fedUser = { ...target, upn: newUpn };
  S.users.add(newUpn);
  const fedSid = r.uuid();
  for (let i = 0; i < 6; i++) S.signin({ user: fedUser, t: t + (40 + i * 23) * MIN, interactive: i === 0, addr: h, app: i === 0 ? APPS.azurePortal : APPS.graphCli, res: i === 0 ? RES.arm : RES.graph, ua: CHROME137, dev: unmanaged, clientApp: i === 0 ? 'Browser' : 'Mobile Apps and Desktop clients', protocol: i === 0 ? 'saml20' : 'none', incoming: i === 0 ? 'saml11' : 'none', issuer: { type: 'ADFederationServices', name: issuer }, authReq: 'multiFactorAuthentication', mfa: { method: 'Previously satisfied', detail: '', result: 'MFA requirement satisfied by claim provided by external provider' }, sessionId: fedSid, ca: 'success' });
  return S;
}
