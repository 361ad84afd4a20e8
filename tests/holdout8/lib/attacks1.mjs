// Planted attacks, part 1: AiTM (two designs), password spray, MFA fatigue, consent phishing, device-code phishing.
import { APPS, RES, UA } from './apps.mjs';
import { START, HOUR, MIN } from './emit.mjs';
import { Scenario } from './scen.mjs';
import { userActor, tUser, tObj, prop } from './audit.mjs';

const D = 86_400_000;
const CHROME137 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36';
const mfaOk = (m = 'Mobile app notification') => ({ method: m, detail: '', result: 'MFA successfully completed' });
const claim = { method: 'Previously satisfied', detail: '', result: 'MFA requirement satisfied by claim in the token' };
const unmanaged = { os: 'Windows 10', browser: 'Chrome 137.0.0' };

export function aitmPerfectData(E, r, v) {
  const S = new Scenario(E, r, 'aitm-cookie-replay-perfectdata-consent', 'AiTM phishing page (reverse proxy on a US VPS) captures a finance user\'s password, MFA and session cookie; the cookie is replayed from a Bucharest hosting provider, which then consents PERFECTDATA SOFTWARE to the mailbox and syncs it (BEC pattern).');
  S.user(v);
  const proxy = S.ip('vultr_lax'), replay = S.ip('m247_buh');
  let t = START + 2 * D + 1 * HOUR + 12 * MIN; // Wed 09:12 Perth
  const base = { user: v, app: APPS.officeHome, res: RES.exo, clientApp: 'Browser', interactive: true, dev: { os: 'Windows 10', browser: 'Edge 138.0.0' }, ua: UA.winEdge };
  S.signin({ ...base, t, addr: proxy, err: 50074, authReq: 'multiFactorAuthentication', sessionId: r.uuid() });
  const sid = r.uuid();
  S.signin({ ...base, t: t + 35_000, addr: proxy, authReq: 'multiFactorAuthentication', mfa: mfaOk(), sessionId: sid, ca: 'success' });
  t += 38 * MIN;
  S.signin({ ...base, t, addr: replay, ua: CHROME137, dev: unmanaged, authReq: 'multiFactorAuthentication', mfa: claim, sessionId: sid, ca: 'success' });
  for (let i = 0; i < 6; i++) S.signin({ user: v, t: t + (i + 1) * r.int(3, 9) * MIN, addr: replay, app: APPS.owa, res: RES.exo, ua: CHROME137, dev: unmanaged, sessionId: sid, mfa: claim, authReq: 'multiFactorAuthentication', ca: 'success' });
  const appT = t + 52 * MIN, spId = r.uuid(), act = userActor(v, replay.ip);
  const PD = ['ff8d92dc-3d82-41d6-bcbd-b9174d163620', 'PERFECTDATA SOFTWARE'];
  S.signin({ user: v, t: appT - 60_000, interactive: true, addr: replay, app: PD, res: RES.graph, ua: CHROME137, dev: unmanaged, clientApp: 'Browser', sessionId: sid, mfa: claim, authReq: 'multiFactorAuthentication', ca: 'success' });
  S.audit({ t: appT, activity: 'Add service principal', category: 'ApplicationManagement', actor: act, op: 'Add', targets: [tObj('ServicePrincipal', spId, PD[1])] });
  S.audit({ t: appT + 1500, activity: 'Add delegated permission grant', category: 'ApplicationManagement', actor: act, op: 'Assign', targets: [tObj('ServicePrincipal', r.uuid(), 'Office 365 Exchange Online', [prop('DelegatedPermissionGrant.Scope', '', ' EWS.AccessAsUser.All offline_access'), prop('DelegatedPermissionGrant.ConsentType', '', 'Principal')])] });
  S.audit({ t: appT + 2500, activity: 'Consent to application', category: 'ApplicationManagement', actor: act, op: 'Assign', targets: [tObj('ServicePrincipal', spId, PD[1], [prop('ConsentContext.IsAdminConsent', null, 'False'), prop('ConsentContext.OnBehalfOfAll', null, 'False'), prop('ConsentAction.Permissions', null, `[] => [[Id: ${r.b64url(32)}, ClientId: ${spId}, PrincipalId: ${v.id}, Scope: EWS.AccessAsUser.All offline_access, ConsentType: Principal]]`)])] });
  for (let k = 0; k < 30; k++) S.signin({ user: v, t: appT + 5 * MIN + k * r.int(8, 16) * MIN, addr: replay, app: PD, res: RES.exo, ua: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; PerfectData)', dev: {}, sessionId: sid, mfa: claim, authReq: 'multiFactorAuthentication', ca: 'notApplied' });
  return S;
}

export function aitmNewMethodGuest(E, r, v) {
  const S = new Scenario(E, r, 'aitm-mfa-method-registration-guest-backdoor', 'Storm-1167-style AiTM against a procurement officer: proxied sign-in from a Singapore VPS, then from a French host the attacker registers their own Authenticator, signs in with it the next day, invites an outside mailbox as a guest and adds it to the supplier-finance group; the guest redeems from Amsterdam.');
  S.user(v);
  const proxy = S.ip('do_sgp'), host = S.ip('ovh_fr'), guestIp = S.ip('do_ams');
  let t = START + 7 * D + 0 * HOUR + 41 * MIN; // Mon 11 Aug 10:41 Brisbane
  const dev = { os: 'Windows 10', browser: 'Edge 138.0.0' };
  S.signin({ user: v, t, interactive: true, addr: proxy, app: APPS.officeHome, res: RES.exo, ua: UA.winEdge, dev, clientApp: 'Browser', err: 50074, authReq: 'multiFactorAuthentication', sessionId: r.uuid() });
  const sid = r.uuid();
  S.signin({ user: v, t: t + 28_000, interactive: true, addr: proxy, app: APPS.officeHome, res: RES.exo, ua: UA.winEdge, dev, clientApp: 'Browser', mfa: mfaOk(), authReq: 'multiFactorAuthentication', sessionId: sid, ca: 'success' });
  t += 2 * HOUR + 5 * MIN;
  S.signin({ user: v, t, interactive: true, addr: host, app: APPS.mySignins, res: RES.graph, ua: CHROME137, dev: unmanaged, clientApp: 'Browser', mfa: claim, authReq: 'multiFactorAuthentication', sessionId: sid, ca: 'success' });
  S.audit({ t: t + 3 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(v, host.ip), targets: [tUser(v)], op: 'Add' });
  t = START + 8 * D + 22 * HOUR + 17 * MIN; // next night, Brisbane 08:17 Wed
  const sid2 = r.uuid();
  S.signin({ user: v, t, interactive: true, addr: host, app: APPS.officeHome, res: RES.exo, ua: CHROME137, dev: unmanaged, clientApp: 'Browser', mfa: mfaOk('Mobile app notification'), authReq: 'multiFactorAuthentication', sessionId: sid2, ca: 'success' });
  for (let i = 0; i < 8; i++) S.signin({ user: v, t: t + (i + 1) * 11 * MIN, addr: host, app: APPS.owa, res: RES.exo, ua: CHROME137, dev: unmanaged, sessionId: sid2, mfa: claim, authReq: 'multiFactorAuthentication', ca: 'success' });
  const g = { id: r.uuid(), upn: 'supplier.remittance.team@outlook.com', name: 'Supplier Remittance', type: 'Guest', homeTenantId: '9188040d-6c67-4c5b-b112-36a304b66dad', homeTenantName: 'Microsoft Accounts' };
  const act = userActor(v, host.ip), ti = t + 40 * MIN;
  S.audit({ t: ti, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', actor: act, op: 'Add', targets: [{ ...tObj('User', g.id, g.name), userPrincipalName: 'supplier.remittance.team_outlook.com#EXT#@tallawang.onmicrosoft.com' }], details: [{ key: 'invitedUserEmailAddress', value: g.upn }] });
  S.audit({ t: ti + 2000, activity: 'Add user', category: 'UserManagement', actor: act, op: 'Add', targets: [{ ...tObj('User', g.id, g.name), userPrincipalName: 'supplier.remittance.team_outlook.com#EXT#@tallawang.onmicrosoft.com' }] });
  S.audit({ t: ti + 6 * MIN, activity: 'Add member to group', category: 'GroupManagement', actor: act, op: 'Assign', targets: [{ ...tObj('User', g.id, g.name), userPrincipalName: 'supplier.remittance.team_outlook.com#EXT#@tallawang.onmicrosoft.com' }, tObj('Group', r.uuid(), 'SG-Supplier-Portal-Finance', [prop('Group.DisplayName', null, 'SG-Supplier-Portal-Finance')])] });
  const tr = ti + 3 * HOUR;
  S.audit({ t: tr, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', actor: userActor(g, guestIp.ip), op: 'Update', targets: [{ ...tObj('User', g.id, g.name), userPrincipalName: g.upn }] });
  S.users.add(g.upn);
  const guestSid = r.uuid();
  for (let i = 0; i < 5; i++) S.signin({ user: g, t: tr + i * r.int(20, 90) * MIN, interactive: i === 0, addr: guestIp, app: i === 0 ? APPS.officeHome : APPS.teams, res: RES.spo, ua: CHROME137, dev: unmanaged, clientApp: i === 0 ? 'Browser' : 'Mobile Apps and Desktop clients', sessionId: guestSid, ca: 'success' });
  return S;
}

export function passwordSpray(E, r, T) {
  const S = new Scenario(E, r, 'low-and-slow-password-spray-residential-proxies', 'Password spray over four days from ~45 residential-proxy addresses (US, Brazil, Vietnam, Philippines, Indonesia, Poland), one try per account, ROPC against Microsoft Office with rotating browser user agents; one site worker\'s seasonal password works but MFA stops it.');
  const nets = ['comcast', 'comcast', 'charter', 'vivo_br', 'viettel', 'pldt', 'telkomsel', 'orange_pl'];
  const addrs = Array.from({ length: 46 }, () => S.ip(r.pick(nets)));
  const uas = [CHROME137, UA.winChrome, 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36'];
  const targets = r.sample(T.users.filter((u) => ['office', 'fifo', 'resident'].includes(u.kind)), 260);
  let t = START + 3 * D + 13 * HOUR; // Thu 7 Aug 21:00 Perth
  const winner = targets.find((u) => u.kind === 'fifo');
  for (let i = 0; i < targets.length; i++) {
    const u = targets[i], a = r.pick(addrs);
    let err = 50126;
    if (u === winner) err = 50076; else if (r.chance(0.03)) err = 50053;
    S.signin({ user: u, t, interactive: true, addr: a, app: APPS.office, res: RES.graph, ua: r.pick(uas), dev: {}, clientApp: 'Mobile Apps and Desktop clients', protocol: 'ropc', err, authReq: err === 50076 ? 'multiFactorAuthentication' : 'singleFactorAuthentication', sessionId: '' });
    t += r.int(9, 32) * MIN;
  }
  for (const u of targets) S.users.add(u.upn);
  return S;
}

export function mfaFatigue(E, r, v) {
  const S = new Scenario(E, r, 'mfa-fatigue-push-bombing', 'Lapsus$/Uber-style push bombing: with a bought password, a VPN exit in São Paulo requests push after push at 02:00 Santiago time until the engineer approves, then registers a phone method and pulls mail and SharePoint.');
  S.user(v);
  const vpn = S.ip('datacamp_sao');
  let t = START + 9 * D + 6 * HOUR + 2 * MIN; // Wed 13 Aug 02:02 Santiago
  const dev = { os: 'Windows 10', browser: 'Chrome 137.0.0' };
  const sid = r.uuid();
  for (let i = 0; i < 17; i++) {
    S.signin({ user: v, t, interactive: true, addr: vpn, app: APPS.officeHome, res: RES.exo, ua: CHROME137, dev, clientApp: 'Browser', err: 500121, authReq: 'multiFactorAuthentication', mfa: { method: 'Mobile app notification', detail: '' }, sessionId: sid });
    t += r.int(90, 210) * 1000;
  }
  S.signin({ user: v, t, interactive: true, addr: vpn, app: APPS.officeHome, res: RES.exo, ua: CHROME137, dev, clientApp: 'Browser', authReq: 'multiFactorAuthentication', mfa: mfaOk(), sessionId: sid, ca: 'success' });
  t += 6 * MIN;
  S.signin({ user: v, t, interactive: true, addr: vpn, app: APPS.mySignins, res: RES.graph, ua: CHROME137, dev, clientApp: 'Browser', authReq: 'multiFactorAuthentication', mfa: claim, sessionId: sid, ca: 'success' });
  S.audit({ t: t + 2 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', reason: 'User registered Phone', actor: userActor(v, vpn.ip), targets: [tUser(v)], op: 'Add' });
  for (let i = 0; i < 20; i++) S.signin({ user: v, t: t + (5 + i * 6) * MIN, addr: vpn, app: r.pick([APPS.owa, APPS.officeHome]), res: r.pick([RES.exo, RES.spo]), ua: CHROME137, dev, sessionId: sid, mfa: claim, authReq: 'multiFactorAuthentication', ca: 'success' });
  return S;
}
