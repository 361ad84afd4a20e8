// Sign-in emitters shared by the honest population and the planted scenarios.
import { signIn } from './graph.mjs';
import { APP, RES, UA, NAMED } from './world.mjs';

export const HOUR = 3_600_000, DAY = 24 * HOUR, MIN = 60_000;
export const T0 = Date.parse('2026-11-23T00:00:00Z');
export const T1 = Date.parse('2026-12-07T00:00:00Z');
export const DAYS = 14;
export const weekday = (d) => { const w = new Date(T0 + d * DAY).getUTCDay(); return w >= 1 && w <= 5; };

const SCOPES = {
  teams: ['Presence.ReadWrite', 'Chat.ReadWrite', 'Files.ReadWrite.All', 'Calendars.ReadWrite', 'User.ReadBasic.All', 'Team.ReadBasic.All', 'TeamsActivity.Send'],
  exo: ['EWS.AccessAsUser.All', 'Mail.ReadWrite', 'Mail.Send', 'Calendars.ReadWrite', 'Contacts.ReadWrite', 'offline_access'],
  spo: ['AllSites.Write', 'MyFiles.Write', 'Sites.Search.All'],
  graph: ['User.Read', 'openid', 'profile', 'offline_access', 'Files.ReadWrite.All', 'Sites.ReadWrite.All'],
  arm: ['user_impersonation'],
  aad: ['user_impersonation'],
  pbi: ['Dataset.ReadWrite.All', 'Report.ReadWrite.All', 'Workspace.ReadWrite.All'],
};
const scopeFor = (res) => SCOPES[Object.keys(RES).find((k) => RES[k] === res)] || ['user_impersonation'];

export const PREV = [
  { m: 'Previously satisfied', res: 'First factor requirement satisfied by claim in the token', req: 'Primary authentication' },
];
export const PREV_MFA = [
  ...PREV,
  { m: 'Previously satisfied', res: 'MFA requirement satisfied by claim in the token', req: 'MFA' },
];
export const PW_PUSH = [
  { m: 'Password', d: 'Password Hash Sync', res: 'Correct password', req: 'Primary authentication' },
  { m: 'Mobile app notification', res: 'MFA successfully completed', req: 'MFA' },
];
export const PW_OTP = [
  { m: 'Password', d: 'Password Hash Sync', res: 'Correct password', req: 'Primary authentication' },
  { m: 'OATH verification code', d: 'Microsoft Authenticator', res: 'MFA successfully completed', req: 'MFA' },
];
export const WHFB = [{ m: 'Windows Hello for Business', d: 'Windows Hello for Business', res: 'Correct PIN', req: 'Primary authentication' }];
export const FIDO = [{ m: 'FIDO2 security key', d: 'YubiKey 5 NFC', res: 'Correct FIDO2 key', req: 'Primary authentication' }];
export const PW_ONLY = [{ m: 'Password', d: 'Password Hash Sync', res: 'Correct password', req: 'Primary authentication' }];
export const PW_BAD = [{ m: 'Password', d: 'Password Hash Sync', ok: false, res: 'Invalid username or password or Invalid on-premise username or password.', req: 'Primary authentication' }];

function devDetail(u, dev, browser) {
  if (dev === 'laptop' && u.laptop) return { ...u.laptop, browser };
  if (dev === 'phone' && u.phone) return { ...u.phone, browser };
  if (dev && typeof dev === 'object') return { ...dev, browser: dev.browser ?? browser };
  return { id: '', name: '', os: browser.startsWith('Mobile') ? 'Ios 26.1' : 'Windows 10', compliant: false, managed: false, trust: '' };
}

/** Interactive user sign-in. */
export function ix(W, u, t, net, o = {}) {
  const dev = o.dev ?? 'laptop';
  const trusted = NAMED.has(net.ip);
  const app = o.app || APP.officeHome;
  const res = o.res || RES.wcss;
  const phone = dev === 'phone' || (dev && dev.os && /Ios|Android/.test(dev.os));
  const rich = o.clientApp ? o.clientApp !== 'Browser' : !!o.rich;
  const clientApp = o.clientApp || (rich ? 'Mobile Apps and Desktop clients' : 'Browser');
  const browser = o.browser || (rich ? (phone ? 'Rich Client 1.0.0.0' : 'Rich Client 5.9.0.0') : phone ? (u.phone?.ios === false ? 'Chrome Mobile 142.0.0' : 'Mobile Safari 26.1') : 'Edge 142.0.0');
  const mfa = o.mfa ?? (u.type === 'guest' || !trusted || u.role === 'admin');
  const steps = o.steps || (mfa ? PREV_MFA : PREV);
  const ua = o.ua ?? (rich ? (phone ? (u.phone?.ios === false ? UA.outlookAndroid : UA.outlookIos) : UA.winAuth) : phone ? (u.phone?.ios === false ? UA.chromeAndroid : UA.safariIos) : UA.edgeWin);
  const rec = signIn(W.rng, {
    t, user: u, app, res, ip: net, kind: 'interactiveUser', err: o.err, clientApp, ua,
    device: devDetail(u, dev, browser),
    authReq: o.err && o.err !== 500121 && o.err !== 50074 ? 'singleFactorAuthentication' : mfa ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    steps, named: NAMED.get(net.ip), sessionId: o.sessionId ?? (dev === 'phone' ? u.phoneSession : dev === 'laptop' ? u.laptopSession : W.rng.guid()),
    incoming: o.incoming ?? (dev === 'laptop' && u.laptop?.trust === 'Azure AD joined' && steps === PREV_MFA || steps === PREV ? 'primaryRefreshToken' : 'none'),
    protocol: o.protocol, transfer: o.transfer, risk: o.risk, corr: o.corr, failureReason: o.failureReason, additional: o.additional,
    ca: { mfa, trusted, mobile: phone, windows: !phone && (dev === 'laptop' || dev?.os === 'Windows 10'), compliant: devDetail(u, dev, browser).compliant, guest: u.type === 'guest', admin: u.role === 'admin', legacy: o.legacy, legacyExcluded: o.legacyExcluded, caOverride: o.caOverride, evaluated: o.evaluated },
    policies: o.policies, signInIdentifier: o.signInIdentifier, resTenant: o.resTenant,
  });
  W.S.push(rec);
  return rec;
}

/** Non-interactive user sign-in. */
export function nx(W, u, t, net, o = {}) {
  const dev = o.dev ?? 'laptop';
  const trusted = NAMED.has(net.ip);
  const app = o.app || APP.teams;
  const res = o.res || RES.teams;
  const phone = dev === 'phone' || (dev && dev.os && /Ios|Android/.test(dev.os));
  const browser = o.browser || (phone ? 'Rich Client 1.0.0.0' : 'Rich Client 5.9.0.0');
  const mfa = o.mfa ?? (u.type === 'guest' || !trusted || u.role === 'admin');
  const ua = o.ua ?? (phone ? (app === APP.outlookMobile ? (u.phone?.ios === false ? UA.outlookAndroid : UA.outlookIos) : null) : app === APP.teams ? UA.teamsWin : app === APP.oneDrive ? UA.onedrive : null);
  const rec = signIn(W.rng, {
    t, user: u, app, res, ip: net, kind: 'nonInteractiveUser', err: o.err, clientApp: o.clientApp || 'Mobile Apps and Desktop clients', ua,
    device: devDetail(u, dev, browser),
    authReq: mfa ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    steps: o.steps || [], named: NAMED.get(net.ip), sessionId: o.sessionId ?? (dev === 'phone' ? u.phoneSession : dev === 'laptop' ? u.laptopSession : null),
    incoming: o.incoming ?? (dev === 'laptop' && u.laptop?.trust ? 'primaryRefreshToken' : 'refreshToken'),
    protocol: o.protocol, scopes: o.scopes || scopeFor(res), cae: o.cae ?? W.rng.chance(0.4), risk: o.risk, corr: o.corr, failureReason: o.failureReason,
    ca: { mfa, trusted, mobile: phone, windows: !phone && (dev === 'laptop'), compliant: devDetail(u, dev, browser).compliant, guest: u.type === 'guest', admin: u.role === 'admin', legacy: o.legacy, caOverride: o.caOverride },
    resTenant: o.resTenant,
  });
  W.N.push(rec);
  return rec;
}

/** Service principal sign-in. */
export function spx(W, app, t, net, o = {}) {
  const rec = signIn(W.rng, {
    t, app: { id: app.appId, name: app.name, owner: '5b7e0c4a-9d21-4f3e-b8a6-2c91d7e4f013' }, res: o.res || RES.graph, ip: net, kind: 'servicePrincipal', err: o.err,
    spName: app.name, spId: app.spId, spCred: o.cred || app.cred, lib: o.lib || app.lib, corr: o.corr, failureReason: o.failureReason,
  });
  W.P.push(rec);
  return rec;
}
