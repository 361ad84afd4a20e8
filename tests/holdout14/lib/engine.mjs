// The emitting core: IP registry, sign-in and audit construction (status, Conditional Access results,
// authentication steps), and the three record streams.
import { NETS, place, APPS, RES } from './world.mjs';
import { signinLine, auditLine, SEC } from './fmt.mjs';

export const FAIL = {
  50126: 'Error validating credentials due to invalid username or password.',
  50053: "The account is locked, you've tried to sign in too many times with an incorrect user ID or password.",
  50055: 'The password is expired.',
  50144: "The user's Active Directory password has expired.",
  50074: 'Strong Authentication is required.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
  50079: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.',
  50072: 'Users needs to enroll for second factor authentication (interactive).',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing-in.",
  500121: 'Authentication failed during strong authentication request.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  53000: 'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.',
  50058: 'Session information is not sufficient for single-sign-on.',
  16000: 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
  50133: 'Session is invalid due to expiration or recent password change.',
  50089: 'Flow token expired - Authentication Failed. Have the user try signing-in again with username -password.',
  50057: 'User account is disabled. The account has been disabled by an administrator.',
  70044: 'The session has expired or is invalid due to sign-in frequency checks by conditional access.',
  65001: "The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.",
  50097: 'Device authentication is required.',
};
const ADDL = {
  50140: 'MFA required',
  50074: 'MFA required in Azure AD',
  500121: 'MFA denied; user declined the authentication',
};

export const CA = [
  ['3f6a1c2e-0b7d-4e51-9a8c-51d1a2b3c401', 'CA001 - Require MFA for all users', ['Mfa']],
  ['8b2d4e6f-1c3a-4b5d-8e7f-9a0b1c2d3e02', 'CA002 - Block legacy authentication', ['Block']],
  ['c4e5f6a7-2b3c-4d5e-9f0a-1b2c3d4e5f03', 'CA003 - Admins require phishing-resistant MFA (report-only)', ['RequireAuthenticationStrength']],
  ['d7e8f9a0-3c4d-4e5f-8a1b-2c3d4e5f6a04', 'CA004 - Frontline shared devices: trusted locations only', ['Block']],
  ['e0f1a2b3-4d5e-4f6a-9b2c-3d4e5f6a7b05', 'CA005 - Guests require MFA', ['Mfa']],
];
const caObj = (i, result) => ({
  id: CA[i][0], displayName: CA[i][1],
  enforcedGrantControls: result === 'success' || result === 'failure' || result.startsWith('reportOnly') ? CA[i][2] : [],
  enforcedSessionControls: [],
  result,
  conditionsSatisfied: result === 'notApplied' || result === 'reportOnlyNotApplied' ? 1 : 3,
  conditionsNotSatisfied: result === 'notApplied' || result === 'reportOnlyNotApplied' ? 2 : 0,
});

const LEGACY = new Set(['Authenticated SMTP', 'Exchange ActiveSync', 'IMAP4', 'POP3', 'Other clients', 'Exchange Web Services', 'MAPI Over HTTP']);

export class World {
  constructor(rng, tenant) {
    this.rng = rng;
    this.r = rng.fork('engine');
    this.tenant = tenant;
    this.ips = new Map(); // ip -> info
    this.I = []; this.N = []; this.A = [];
    this.tags = new Map(); // scenario -> {users:Set, ips:Set, first, last}
  }

  // ---------- addresses ----------
  /** a fresh address in net `netKey` located at place `placeKey` (or, for mobile nets, at one of its gateway cities) */
  newIp(netKey, placeKey, { named = null, r = this.r, prefix = null } = {}) {
    const net = NETS[netKey];
    if (!net) throw new Error('net ' + netKey);
    const pk = placeKey || (net.cities ? r.pick(net.cities) : null);
    if (!pk) throw new Error('no place for ' + netKey);
    for (let k = 0; k < 1000; k++) {
      const pre = prefix || r.pick(net.prefixes);
      const dots = pre.split('.').length - 1; // '177.139.' -> 2, '200.155.96.' -> 3
      const ip = dots === 2 ? `${pre}${r.int(0, 255)}.${r.int(2, 254)}` : `${pre}${r.int(2, 254)}`;
      if (this.ips.has(ip)) continue;
      const info = { ip, asn: net.asn, geo: place(pk), named, netKey, attack: netKey.startsWith('X_') };
      this.ips.set(ip, info);
      return info;
    }
    throw new Error('address space exhausted ' + netKey);
  }
  /** register a literal address (attack infrastructure with explicit geo/asn) */
  fixedIp(ip, asn, placeKey, { attack = true, named = null, netKey = 'X_LIT' } = {}) {
    if (this.ips.has(ip)) {
      const e = this.ips.get(ip);
      if (e.attack !== attack) throw new Error(`address ${ip} already used by the other side`);
      return e;
    }
    const info = { ip, asn, geo: place(placeKey), named, netKey, attack };
    this.ips.set(ip, info);
    return info;
  }

  // ---------- tagging ----------
  tag(name, t, users, ips) {
    if (!name) return;
    let s = this.tags.get(name);
    if (!s) { s = { users: new Set(), ips: new Set(), first: t, last: t, n: 0 }; this.tags.set(name, s); }
    for (const u of users) if (u) s.users.add(u);
    for (const ip of ips) if (ip) s.ips.add(ip);
    if (t < s.first) s.first = t; if (t > s.last) s.last = t; s.n++;
  }

  // ---------- sign-ins ----------
  /**
   * o: { t, user, interactive, app:key|[id,name], res:key|[id,name], ipi, device:{...}|null, ua, err=0,
   *      auth:'pw'|'push'|'prev'|'prevmfa'|'fido'|'whfb'|'sms'|'totp'|'none', clientApp, protocol, incoming,
   *      sessionId, corr, risk, scopes, tag, tagIps, crossTenant, tokenIssuerType, tokenIssuerName, originalTransferMethod,
   *      addl (status.additionalDetails), caOverride, r }
   */
  signin(o) {
    const r = o.r || this.r;
    if (o.t % SEC === 0) o = { ...o, t: o.t + r.int(1, SEC - 1) };
    const u = o.user;
    const app = Array.isArray(o.app) ? o.app : APPS[o.app];
    const res = Array.isArray(o.res) ? o.res : RES[o.res];
    if (!app || !res) throw new Error(`app/res ${o.app}/${o.res}`);
    const err = o.err || 0;
    const interactive = !!o.interactive;
    const clientApp = o.clientApp || (interactive ? 'Browser' : 'Mobile Apps and Desktop clients');
    const legacy = LEGACY.has(clientApp);
    let auth = o.auth || (interactive ? 'prevmfa' : 'none');

    // status
    const status = { errorCode: err };
    if (err) {
      status.failureReason = FAIL[err] || 'Other.';
      const ad = o.addl !== undefined ? o.addl : ADDL[err];
      if (ad) status.additionalDetails = ad;
    } else if (o.addl) status.additionalDetails = o.addl;
    else if (interactive && (auth === 'prevmfa')) status.additionalDetails = 'MFA requirement satisfied by claim in the token';

    // authentication details
    const created = o.t;
    const steps = [];
    const step = (method, ok, detail, req, seq) => steps.push({
      authenticationStepDateTime: undefined, authenticationMethod: method, succeeded: ok,
      authenticationStepResultDetail: detail, authenticationStepRequirement: req, StatusSequence: seq, RequestSequence: seq ? 1 : 0,
    });
    const pwFail = err === 50126 || err === 50053 || err === 50055 || err === 50144 || err === 50057;
    let mfaDone = false, mfaMethod = null, authReq = 'singleFactorAuthentication';
    if (interactive || legacy || o.protocol === 'ropc') {
      if (pwFail) {
        step('Password', false, err === 50053 ? 'Account is locked' : err === 50055 || err === 50144 ? 'Password expired' : 'Invalid username or password or Invalid on-premise username or password.', 'Primary authentication', 0);
      } else if (auth === 'pw' || legacy || o.protocol === 'ropc') {
        step('Password', true, 'Correct password', 'Primary authentication', 0);
        if (err === 50074 || err === 50076 || err === 50072 || err === 50079) authReq = 'multiFactorAuthentication';
      } else if (auth === 'push' || auth === 'sms' || auth === 'totp' || auth === 'pushfail') {
        step('Password', true, 'Correct password', 'Primary authentication', 0);
        mfaMethod = auth === 'sms' ? 'Text message' : auth === 'totp' ? 'OATH verification code' : 'Mobile app notification';
        authReq = 'multiFactorAuthentication';
        if (err === 500121) step(mfaMethod, false, o.mfaDetailText || 'MFA denied; user declined the authentication', 'Multifactor authentication', r.int(100000, 999999));
        else if (err === 0) { step(mfaMethod, true, mfaMethod === 'Mobile app notification' ? 'MFA successfully completed' : 'MFA completed in Azure AD', 'Multifactor authentication', r.int(100000, 999999)); mfaDone = true; }
        else if (err === 50074) { /* MFA prompt issued, interrupt row */ }
      } else if (auth === 'fido') {
        step('FIDO2 security key', true, 'MFA successfully completed', 'Primary authentication', 0); mfaDone = true; authReq = 'multiFactorAuthentication'; mfaMethod = 'FIDO2 security key';
      } else if (auth === 'whfb') {
        step('Windows Hello for Business', true, 'MFA successfully completed', 'Primary authentication', 0); mfaDone = true; authReq = 'multiFactorAuthentication'; mfaMethod = 'Windows Hello for Business';
      } else if (auth === 'fed') {
        step('Federated', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication', 0);
        step('Previously satisfied', true, 'MFA requirement satisfied by claim provided by external provider', 'Multifactor authentication', 0);
        mfaDone = true; authReq = 'multiFactorAuthentication';
      } else if (auth === 'prev') {
        step('Previously satisfied', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication', 0);
      } else if (auth === 'prevmfa') {
        step('Previously satisfied', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication', 0);
        step('Previously satisfied', true, 'MFA requirement satisfied by claim in the token', 'Multifactor authentication', 0);
        mfaDone = true; authReq = 'multiFactorAuthentication';
      }
    } else {
      if ((u.mfaScope && !u.excludeMfa) || auth === 'prevmfa') authReq = 'multiFactorAuthentication';
    }
    for (const s of steps) s.authenticationStepDateTime = undefined;
    const authDetails = steps.map((s) => ({
      authenticationStepDateTime: fmtStep(created), authenticationMethod: s.authenticationMethod, succeeded: s.succeeded,
      authenticationStepResultDetail: s.authenticationStepResultDetail, authenticationStepRequirement: s.authenticationStepRequirement,
      StatusSequence: s.StatusSequence, RequestSequence: s.RequestSequence,
    }));

    // Conditional Access
    let caPolicies, caStatus;
    const ipi = o.ipi;
    if (o.caOverride) { caPolicies = o.caOverride.policies; caStatus = o.caOverride.status; }
    else if (pwFail || err === 50058 || err === 50140 || err === 16000 || err === 50089) { caPolicies = []; caStatus = 'notApplied'; }
    else {
      const p1 = u.excludeMfa || legacy ? 'notApplied' : (err === 500121 || err === 50074 || err === 50076 || err === 50072 || err === 50079) ? 'failure' : (mfaDone || !interactive ? 'success' : 'notApplied');
      const p2 = legacy ? (u.legacyAllowed ? 'notApplied' : 'failure') : 'notApplied';
      const p3 = u.admin ? (auth === 'fido' ? 'reportOnlySuccess' : 'reportOnlyFailure') : 'reportOnlyNotApplied';
      const p4 = u.frontline ? (ipi.named ? 'notApplied' : 'failure') : 'notApplied';
      const p5 = u.type === 'Guest' ? (mfaDone || !interactive ? 'success' : 'failure') : 'notApplied';
      caPolicies = [caObj(0, p1), caObj(1, p2), caObj(2, p3), caObj(3, p4), caObj(4, p5)];
      const applied = [p1, p2, p4, p5];
      caStatus = applied.includes('failure') ? 'failure' : applied.includes('success') ? 'success' : 'notApplied';
    }

    const dev = o.device;
    const deviceDetail = dev ? {
      deviceId: dev.id || '', displayName: dev.name || undefined,
      operatingSystem: interactive ? dev.os : dev.osNI || dev.os,
      browser: (interactive ? dev.browser : dev.browserNI) || dev.browser,
      isCompliant: dev.compliant || undefined, isManaged: dev.managed || undefined, trustType: dev.trust || undefined,
    } : { deviceId: '', operatingSystem: 'Windows 10', browser: 'Chrome 146.0.0' };

    const scopes = o.scopes;
    const authProc = interactive
      ? [{ key: 'Login Hint Present', value: r.chance(0.7) ? 'True' : 'False' }, { key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: 'False' }, { key: 'Oauth Scope Info', value: scopes ? JSON.stringify(scopes) : '' }, { key: 'Is CAE Token', value: 'False' }]
      : [{ key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: 'False' }, { key: 'Oauth Scope Info', value: JSON.stringify(scopes || ['user_impersonation']) }, { key: 'Is CAE Token', value: r.chance(0.6) ? 'True' : 'False' }];
    if (dev && dev.trust && !interactive && (dev.os || '').startsWith('Windows')) authProc.push({ key: 'Root Key Type', value: 'TPM' });

    const risk = o.risk || { detail: 'none', agg: 'none', during: 'none', state: 'none', types: [] };
    const id = r.requestId();
    const corr = o.corr || r.guid();
    const line = signinLine({
      t: o.t, cat: interactive ? 'SignInLogs' : 'NonInteractiveUserSignInLogs', tenantId: this.tenant.id, id, correlationId: corr,
      user: u, app: { id: app[0], name: app[1] }, res: { id: res[0], name: res[1] }, ip: ipi.ip, geo: ipi.geo, asn: ipi.asn, named: ipi.named,
      status, clientAppUsed: clientApp, userAgent: o.ua === undefined ? null : o.ua, device: deviceDetail,
      mfaDetail: interactive ? (mfaMethod && mfaDone && !['fido', 'whfb'].includes(auth) ? { authMethod: mfaMethod } : {}) : undefined,
      caStatus, caPolicies, originalRequestId: o.originalRequestId || id, tokenIssuerType: o.tokenIssuerType, tokenIssuerName: o.tokenIssuerName,
      authProc, processingMs: o.processingMs || (interactive ? r.int(60, 900) : r.int(8, 220)), risk,
      resourceTenantId: o.resourceTenantId || this.tenant.id, authDetails, authReq,
      authReqPolicies: authReq === 'multiFactorAuthentication' && !u.excludeMfa ? [{ requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' }] : [],
      crossTenant: o.crossTenant || (u.type === 'Guest' ? 'b2bCollaboration' : 'none'),
      incomingTokenType: o.incoming || 'none', protocol: o.protocol || 'none', sessionId: o.sessionId || null,
      originalTransferMethod: o.originalTransferMethod || null,
    });
    (interactive ? this.I : this.N).push({ t: o.t, line: Buffer.from(line, 'utf8'), tag: o.tag || null, ip: ipi.ip, attack: ipi.attack });
    if (o.tag) this.tag(o.tag, o.t, [u.signInName, u.upn], [ipi.attack ? ipi.ip : null]);
    return { id, corr };
  }

  // ---------- audits ----------
  /** initiator: a user object (+ ipi) or an app descriptor {appId, displayName, servicePrincipalId, servicePrincipalName} */
  audit(o) {
    const r = o.r || this.r;
    if (o.t % SEC === 0) o = { ...o, t: o.t + r.int(1, SEC - 1) };
    const corr = o.corr || r.guid();
    let initiatedBy, identity, callerIp = null;
    if (o.byApp) {
      initiatedBy = { app: { appId: o.byApp.appId ?? null, displayName: o.byApp.displayName, servicePrincipalId: o.byApp.servicePrincipalId, servicePrincipalName: o.byApp.servicePrincipalName ?? null } };
      identity = o.byApp.displayName;
      callerIp = o.ipi ? o.ipi.ip : null;
    } else {
      const u = o.by;
      const ip = o.ipi ? o.ipi.ip : null;
      initiatedBy = { user: { id: u.id, displayName: null, userPrincipalName: u.upn, ipAddress: ip, roles: [] } };
      identity = u.display;
      callerIp = ip;
    }
    const svc = o.service || 'Core Directory';
    const prefix = { 'Core Directory': 'Directory', 'Invited Users': 'Invited Users', PIM: 'PIM', 'Self-service Password Management': 'SSPR', 'Authentication Methods': 'UserManagement', 'Device Registration Service': 'Directory', 'Azure RBAC (Elevated Access)': 'AzureRBAC', 'Conditional Access': 'IPCGraph' }[svc] || 'Directory';
    const id = `${prefix}_${corr}_${r.alnum(5)}_${r.int(100000000, 999999999)}`;
    const line = auditLine({
      t: o.t, tenantId: this.tenant.id, id, correlationId: corr, activity: o.activity, category: o.category || 'UserManagement',
      service: svc, operationType: o.operationType || 'Update', result: o.result || 'success', resultReason: o.resultReason || '',
      initiatedBy, identity, callerIp, targets: o.targets || [], additional: o.additional || [], userAgent: o.userAgent,
    });
    this.A.push({ t: o.t, line: Buffer.from(line, 'utf8'), tag: o.tag || null, ip: callerIp, attack: o.ipi ? o.ipi.attack : false });
    if (o.tag) this.tag(o.tag, o.t, [o.by ? o.by.signInName : null, o.by ? o.by.upn : null, ...(o.tagUsers || [])], [o.ipi && o.ipi.attack ? o.ipi.ip : null]);
    return corr;
  }
}

function fmtStep(t) {
  // authenticationStepDateTime: same clock as the sign-in, +00:00, 7 digits (fixture style)
  const sec = Math.floor(t / SEC);
  const d = new Date(Date.UTC(2026, 10, 9) + sec * 1000).toISOString().slice(0, 19);
  return `${d}.${String(t - sec * SEC).padStart(7, '0')}+00:00`;
}

// ---------- target resource helpers ----------
export const tUser = (u, mods = []) => ({ id: u.id, displayName: null, type: 'User', userPrincipalName: u.upn, modifiedProperties: mods, administrativeUnits: [] });
export const tApp = (id, name, mods = [], type = 'Application') => ({ id, displayName: name, type, modifiedProperties: mods, administrativeUnits: [] });
export const mod = (name, oldV, newV) => ({ displayName: name, oldValue: oldV, newValue: newV });
export const js = (v) => JSON.stringify(v);
