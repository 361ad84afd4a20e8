// The event engine: sign-in and audit events with their defaults, collected as Log Analytics rows.
import { APPS, RES, TENANT_ID } from './world.mjs';
import { signinRow, noninteractiveRow, auditRow } from './rows.mjs';

export const MIN = 60_000, HOUR = 3_600_000, DAY = 86_400_000;
export const WINDOW_START = Date.UTC(2026, 10, 23, 0, 0, 0);
export const WINDOW_END = Date.UTC(2026, 11, 7, 0, 0, 0);

const BROWSER_APPS = new Set([APPS.officeHome.id, APPS.owa.id, APPS.azurePortal.id, APPS.myApps.id, APPS.mySignins.id, APPS.myProfile.id,
  APPS.teamsWeb.id, APPS.spoWeb.id, APPS.shell.id, APPS.servicenow.id, APPS.concur.id, APPS.salesforce.id, APPS.smarthr.id,
  APPS.zoom.id, APPS.miro.id, APPS.adobeReal.id, APPS.plm.id, APPS.sapGui.id, APPS.sharepoint.id]);

// authentication steps: [method, methodDetail, succeeded, resultDetail, requirement, msAfterPrevious, statusSequence]
export const STEPS = {
  prt: () => [['Previously satisfied', '', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'],
    ['Previously satisfied', '', true, 'MFA requirement satisfied by claim in the token', 'MFA', 0]],
  pwdPush: (pwd = 'Password Hash Sync', wait = 9000) => [['Password', pwd, true, 'Correct password', 'Primary authentication'],
    ['Mobile app notification', '', true, 'MFA successfully completed', 'MFA', wait]],
  pwdOtp: (pwd = 'Password Hash Sync') => [['Password', pwd, true, 'Correct password', 'Primary authentication'],
    ['OATH verification code', 'Microsoft Authenticator', true, 'MFA successfully completed', 'MFA', 14000]],
  pwdSms: (pwd = 'Password Hash Sync') => [['Password', pwd, true, 'Correct password', 'Primary authentication'],
    ['Text message', '', true, 'MFA successfully completed', 'MFA', 21000]],
  pwdFido: (pwd = 'Password Hash Sync') => [['Password', pwd, true, 'Correct password', 'Primary authentication'],
    ['FIDO2 security key', '', true, 'MFA successfully completed', 'MFA', 6000]],
  passkey: () => [['Passkey (device-bound)', 'Microsoft Authenticator', true, 'Correct credential', 'Primary authentication']],
  whfb: () => [['Windows Hello for Business', '', true, 'MFA requirement satisfied by claim in the token', 'Primary authentication']],
  pwdOnly: (pwd = 'Password Hash Sync') => [['Password', pwd, true, 'Correct password', 'Primary authentication']],
  pwdBad: (pwd = 'Password Hash Sync') => [['Password', pwd, false, 'Invalid username or password or Invalid on-premise username or password.', 'Primary authentication', 0, 50126]],
  pwdThenDenied: (pwd = 'Password Hash Sync', wait = 12000) => [['Password', pwd, true, 'Correct password', 'Primary authentication'],
    ['Mobile app notification', '', false, 'MFA denied; user declined the authentication', 'MFA', wait, 500121]],
  pwdThenTimeout: (pwd = 'Password Hash Sync') => [['Password', pwd, true, 'Correct password', 'Primary authentication'],
    ['Mobile app notification', '', false, 'MFA denied; user did not respond to mobile app notification', 'MFA', 60000, 500121]],
  pwdThenPending: (pwd = 'Password Hash Sync') => [['Password', pwd, true, 'Correct password', 'Primary authentication'],
    ['Mobile app notification', '', false, 'MFA required in Azure AD', 'MFA', 500, 50074]],
  tap: () => [['Temporary Access Pass', '', true, 'Temporary Access Pass validated', 'Primary authentication']],
  federated: () => [['Previously satisfied', '', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'],
    ['Previously satisfied', '', true, 'MFA requirement satisfied by claim provided by external provider', 'MFA', 0]],
  guestOtp: () => [['Email OTP', '', true, 'Correct one-time passcode', 'Primary authentication']],
};

export const SCOPES = {
  [RES.graph.id]: ['AuditLog.Read.All', 'Calendars.ReadWrite', 'Chat.ReadWrite', 'Contacts.ReadWrite', 'Files.ReadWrite.All', 'Mail.ReadWrite', 'People.Read', 'Sites.ReadWrite.All', 'User.Read', 'User.ReadBasic.All'],
  [RES.exo.id]: ['EWS.AccessAsUser.All', 'Exchange.Manage', 'Mail.ReadWrite', 'MailboxSettings.ReadWrite', 'Calendars.ReadWrite.All', 'user_impersonation'],
  [RES.spo.id]: ['AllSites.FullControl', 'MyFiles.Write', 'Sites.Search.All', 'TermStore.ReadWrite.All', 'User.ReadWrite.All'],
  [RES.teamsSvc.id]: ['Teams.AccessAsUser.All'],
  [RES.arm.id]: ['user_impersonation'],
  [RES.aad.id]: ['user_impersonation'],
  [RES.intune.id]: ['DeviceManagementManagedApps.ReadWrite', 'DeviceManagementServiceConfig.ReadWrite.All'],
  [RES.substrate.id]: ['SubstrateSearch-Internal.ReadWrite', 'Notes.ReadWrite'],
};

/** scripted times land on whole minutes or seconds; real ones do not */
function jitter(r, t) {
  if (t % 60_000 === 0) return t + r.int(0, 58) * 1000 + r.int(1, 999);
  if (t % 1000 === 0) return t + r.int(1, 999);
  return t;
}

export class Emitter {
  constructor(rng) {
    this.rng = rng;
    this.inter = []; // [t, row]
    this.non = [];
    this.audits = [];
    this.count = { inter: 0, non: 0, audit: 0 };
  }
  /** emit a sign-in; p holds the event fields (see rows.mjs); returns the completed event */
  signin(p) {
    const r = this.rng;
    const tj = jitter(r, Math.floor(p.t));
    if (tj < WINDOW_START || tj >= WINDOW_END) return null;
    const ev = {
      err: 0, addl: undefined, client: null, inter: true, proto: 'none', xt: 'none', ...p,
    };
    ev.t = tj;
    ev.ua ??= '';
    ev.id ??= r.requestId();
    ev.utid ??= r.tokenId();
    ev.corr ??= r.uuid();
    ev.procMs ??= ev.inter ? Math.round(60 + r.next() ** 2 * 900) : Math.round(15 + r.next() ** 2 * 260);
    ev.client ??= BROWSER_APPS.has(ev.app.id) ? 'Browser' : 'Mobile Apps and Desktop clients';
    if (ev.req === undefined) ev.req = ev.user.service ? 'singleFactorAuthentication' : 'multiFactorAuthentication';
    if (ev.addl === undefined && ev.err === 0 && ev.req === 'multiFactorAuthentication') {
      const fresh = ev.inter && ev.steps && ev.steps.some((s) => s[4] === 'MFA' && s[0] !== 'Previously satisfied');
      ev.addl = fresh ? 'MFA completed in Azure AD' : 'MFA requirement satisfied by claim in the token';
    }
    if (!ev.inter && ev.scopes === undefined) ev.scopes = SCOPES[ev.res.id];
    if (ev.xt === 'none' && ev.user.type === 'Guest') ev.xt = 'b2bCollaboration';
    if (ev.inter) { this.inter.push([ev.t, signinRow(ev)]); this.count.inter++; }
    else { this.non.push([ev.t, noninteractiveRow(ev)]); this.count.non++; }
    return ev;
  }
  audit(a) {
    const r = this.rng;
    const tj = jitter(r, Math.floor(a.t));
    if (tj < WINDOW_START || tj >= WINDOW_END) return null;
    a.t = tj;
    a.corr ??= r.uuid();
    const prefix = { 'Core Directory': 'Directory', 'Conditional Access': 'IPCGraph', PIM: 'PIM', 'Authentication Methods': 'UserManagement',
      'Self-service Password Management': 'SSPR', 'Invited Users': 'Invited Users', 'Device Registration Service': 'DRS',
      'Microsoft Identity Manager': 'MIM', 'Entitlement Management': 'EM' }[a.service] ?? 'Directory';
    a.id ??= `${prefix}_${a.corr}_${r.alnum(5)}_${r.int(10_000_000, 999_999_999)}`;
    if (a.identity === undefined) {
      const i = a.initiatedBy;
      a.identity = i.user ? (i.user.displayName ?? '') : (i.app?.displayName ?? '');
    }
    this.audits.push([a.t, auditRow(a)]);
    this.count.audit++;
    return a;
  }
}

/** the initiatedBy block of a user actor */
export function byUser(u, ip) {
  return { user: { id: u.id, displayName: null, userPrincipalName: u.upn, ipAddress: ip ?? '', roles: [] } };
}
export function byApp(name, spId, appId = null) {
  return { app: { appId, displayName: name, servicePrincipalId: spId, servicePrincipalName: null } };
}
export function userTarget(u, mods = []) {
  return { id: u.id, displayName: null, type: 'User', userPrincipalName: u.upn, modifiedProperties: mods, administrativeUnits: [] };
}
export function mod(name, oldV, newV) { return { displayName: name, oldValue: oldV, newValue: newV }; }
export { TENANT_ID };
