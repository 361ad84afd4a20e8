// Builders for sign-in and directory-audit events (internal shape; export.mjs renders the CSV rows).
import { iso7 } from './fmt.mjs';

export const REASON = {
  50126: 'Invalid username or password or Invalid on-premise username or password.',
  50074: 'Strong Authentication is required.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  500121: 'Authentication failed during strong authentication request.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  50057: 'User account is disabled. The account has been disabled by an administrator.',
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50055: 'Invalid password, entered expired password.',
  50034: 'The user account does not exist in the tenant.',
  70043: 'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.',
  700082: 'The refresh token has expired due to inactivity.',
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
  50133: 'Session is invalid due to expiration or recent password change.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access.',
  65001: 'The user or administrator has not consented to use the application.',
  50072: 'Users needs to enroll for second factor authentication (interactive).',
  50079: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication.',
  50125: 'Sign-in was interrupted due to a password reset or password registration entry.',
  70044: 'The session has expired or is invalid due to sign-in frequency checks by conditional access.',
  50199: 'For security reasons, user confirmation is required for this request. Please repeat the request allowing user interaction.',
  16000: 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
};
const PRE_CA = new Set([50126, 50034, 50053, 50057, 50055, 50125, 50140, 16000, 50199]);
const MFA_NAME = { push: 'Mobile app notification', otp: 'OATH verification code', sms: 'Text message' };

export class Log {
  constructor(T, rng) {
    this.T = T; this.r = rng.fork('events');
    this.signins = []; this.audits = [];
    const id = () => this.r.uuid();
    this.policies = [
      { id: id(), displayName: 'CA001 All users: require MFA', grant: ['Mfa'] },
      { id: id(), displayName: 'CA002 Block legacy auth', grant: ['Block'] },
      { id: id(), displayName: 'CA003 Azure management: MFA, no guests', grant: ['Mfa'] },
      { id: id(), displayName: 'CA004 Compliant device (report-only)', grant: ['RequireCompliantDevice'] },
      { id: id(), displayName: 'CA005 Guests and unmanaged: 12h SIF', grant: [] , session: ['SignInFrequency'] },
      { id: id(), displayName: 'CA006 Service accounts: trusted locations (report-only)', grant: ['Block'] },
    ];
  }

  /** Conditional Access outcome for a sign-in. */
  ca(e) {
    const u = e.u, P = this.policies;
    const excluded = u.kind === 'svc' || u.kind === 'demo' || u.kind === 'breakglass';
    const azure = e.res && (e.res.name === 'Windows Azure Service Management API' || e.app.name === 'Azure Portal');
    const legacy = ['Exchange ActiveSync', 'IMAP4', 'POP3', 'Authenticated SMTP', 'Other clients'].includes(e.clientApp);
    const pre = PRE_CA.has(e.err);
    const mfa = e.mfaOk;
    const unmanaged = !e.dev || !e.dev.managed;
    const res = [];
    const push = (p, result, gc = [], sc = []) => res.push({ id: p.id, displayName: p.displayName, enforcedGrantControls: gc, enforcedSessionControls: sc, result });
    if (pre) {
      for (const p of P) push(p, p.displayName.includes('report-only') ? 'reportOnlyNotApplied' : 'notApplied');
      return { status: 'notApplied', policies: res };
    }
    let failure = false, success = false;
    // CA001
    if (excluded) push(P[0], 'notApplied');
    else if (mfa) { push(P[0], 'success', ['Mfa']); success = true; }
    else if (e.err === 50074 || e.err === 500121 || e.err === 50076 || e.err === 50072 || e.err === 50079) { push(P[0], 'failure', ['Mfa']); failure = true; }
    else push(P[0], 'notApplied');
    // CA002
    if (legacy) { push(P[1], 'failure', ['Block']); failure = true; } else push(P[1], 'notApplied');
    // CA003
    if (azure && u.kind === 'guest') { push(P[2], 'failure', ['Block']); failure = true; }
    else if (azure && !excluded) { push(P[2], mfa ? 'success' : 'failure', ['Mfa']); if (mfa) success = true; else failure = true; }
    else push(P[2], 'notApplied');
    // CA004 (report-only)
    if (u.kind === 'member') push(P[3], e.dev && e.dev.compliant ? 'reportOnlySuccess' : 'reportOnlyFailure', ['RequireCompliantDevice']);
    else push(P[3], 'reportOnlyNotApplied');
    // CA005
    if ((u.kind === 'guest' || (u.kind === 'member' && unmanaged)) && !e.err) { push(P[4], 'success', [], ['SignInFrequency']); success = true; }
    else push(P[4], 'notApplied');
    // CA006 (report-only)
    if (u.kind === 'svc') push(P[5], e.place.asn === 8075 && e.place.cc === 'NL' || e.place.kind === 'office' ? 'reportOnlySuccess' : 'reportOnlyFailure', ['Block']);
    else push(P[5], 'reportOnlyNotApplied');
    if (e.err === 53003) failure = true;
    return { status: failure ? 'failure' : success ? 'success' : 'notApplied', policies: res };
  }

  steps(kind, t, o = {}) {
    const r = this.r; let seq = 0;
    const st = (m, det, ok, res, req, dt = 0) => {
      const s = { authenticationStepDateTime: iso7(t + dt, r.int(0, 9999)), authenticationMethod: m };
      if (det) s.authenticationMethodDetail = det;
      Object.assign(s, { succeeded: ok, authenticationStepResultDetail: res, authenticationStepRequirement: req, StatusSequence: 0, RequestSequence: seq++ });
      return s;
    };
    const PW = (ok) => st('Password', 'Password in the cloud', ok, ok ? 'Correct password' : 'Invalid username or password or Invalid on-premise username or password.', 'Primary authentication');
    const M = o.mfaM || 'push';
    switch (kind) {
      case 'pw-fail': return [PW(false)];
      case 'pw': return [PW(true)];
      case 'mfa': return [PW(true), st(MFA_NAME[M], M === 'sms' ? '+X XXXXXXXX' + r.int(10, 99) : '', true, 'MFA successfully completed', 'Multifactor authentication', r.int(4000, 25000))];
      case 'mfa-noresp': return [PW(true), st(MFA_NAME[M], '', false, 'MFA denied; user did not respond to mobile app notification', 'Multifactor authentication', 60000)];
      case 'mfa-deny': return [PW(true), st(MFA_NAME[M], '', false, 'MFA denied; user declined the authentication', 'Multifactor authentication', r.int(3000, 15000))];
      case 'mfa-need': return [PW(true)];
      case 'whfb': return [st('Windows Hello for Business', 'Windows Hello for Business', true, 'Windows Hello for Business', 'Primary authentication')];
      case 'fido2': return [st('Passkey (device-bound)', 'FIDO2 security key', true, 'FIDO2 security key', 'Primary authentication')];
      case 'prev': return [st('Previously satisfied', '', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'), st('Previously satisfied', '', true, 'MFA requirement satisfied by claim in the token', 'Multifactor authentication')];
      case 'prevSfa': return [st('Previously satisfied', '', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication')];
      case 'ext': return [st('Previously satisfied', '', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'), st('Previously satisfied', '', true, 'MFA requirement satisfied by claim provided by external provider', 'Multifactor authentication')];
      case 'tap': return [st('Temporary Access Pass', '', true, 'Temporary Access Pass', 'Primary authentication')];
      case 'none': return [];
      default: throw new Error('steps ' + kind);
    }
  }

  /**
   * o: { t, u, app, res, place, dev, ua, inter, err, auth, mfaM, protocol, clientApp, tokenType, corr, scopes, tag, addl }
   * auth: 'mfa' | 'prev' | 'whfb' | 'fido2' | 'pw' | 'prevSfa' | 'ext' | 'tap' | 'pw-fail' | 'mfa-noresp' | 'mfa-deny' | 'mfa-need' | 'none'
   */
  signin(o) {
    const r = this.r;
    const e = { tag: 'benign', err: 0, protocol: 'none', tokenType: 'none', ...o };
    e.id = r.uuid();
    if (e.t % 1000 === 0) e.t += r.int(1, 999);
    e.corr = e.corr || r.uuid();
    e.dev = e.dev === undefined ? null : e.dev;
    e.ua = e.ua ?? (e.dev ? e.dev.ua : '');
    if (!e.clientApp) e.clientApp = e.ua && e.ua.startsWith('Mozilla/5.0') && !/Teams\/|Code\/|Electron/.test(e.ua) ? 'Browser' : 'Mobile Apps and Desktop clients';
    const auth = e.auth || (e.inter ? 'prev' : 'prev');
    e.mfaOk = !e.err && ['mfa', 'prev', 'whfb', 'fido2', 'ext', 'tap'].includes(auth);
    e.req = ['mfa', 'prev', 'whfb', 'fido2', 'ext', 'mfa-noresp', 'mfa-deny', 'tap'].includes(auth) || e.mfaOk ? 'multiFactorAuthentication' : 'singleFactorAuthentication';
    if (e.inter) e.steps = this.steps(auth, e.t, e);
    if (!e.addl) {
      if (e.err === 0 && auth === 'mfa') e.addl = 'MFA completed in Azure AD';
      else if (e.err === 0 && (auth === 'prev')) e.addl = 'MFA requirement satisfied by claim in the token';
      else if (e.err === 0 && auth === 'ext') e.addl = 'MFA requirement satisfied by claim provided by external provider';
      else if (e.err === 0 && (auth === 'whfb' || auth === 'fido2')) e.addl = 'MFA requirement satisfied by strong authentication';
      else if (e.err === 500121) e.addl = auth === 'mfa-deny' ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification';
      else if (e.err === 50074) e.addl = 'MFA required in Azure AD';
    }
    e.mfaDetail = e.err === 0 && auth === 'mfa' ? { authMethod: MFA_NAME[e.mfaM || 'push'] } : e.err === 0 && auth === 'fido2' ? { authMethod: 'FIDO2 security key' } : null;
    e.reason = e.err ? REASON[e.err] || 'Other.' : '';
    e.caOut = this.ca(e);
    if (e.err === 53003) e.caOut.status = 'failure';
    e.proc = r.int(40, 420) + (e.inter ? r.int(50, 900) : 0);
    e.utid = r.b64url(16);
    this.signins.push(e);
    return e;
  }

  /** o: { t, cat, act, type, svc, result, reason, by: {user,ip} | {app:{name,spId,appId}}, targets, details, ua, tag } */
  audit(o) {
    const r = this.r;
    const a = { tag: 'benign', svc: 'Core Directory', result: 'success', reason: '', targets: [], details: [], ...o };
    a.corr = a.corr || r.uuid();
    if (a.t % 1000 === 0) a.t += r.int(1, 999);
    a.id = a.svc === 'Core Directory' ? `Directory_${a.corr}_${r.alnum(5)}_${r.int(10000000, 999999999)}` : a.svc === 'PIM' ? r.uuid() : `${a.svc === 'Authentication Methods' ? 'SSGM' : 'IPCGraph'}_${a.corr}_${r.alnum(5)}_${r.int(10000000, 999999999)}`;
    this.audits.push(a);
    return a;
  }
}

// helpers for audit payloads
export const tUser = (u, props = []) => ({ id: u.id, displayName: null, type: 'User', userPrincipalName: u.extUpn || u.upn, props });
export const tGroup = (g, props = []) => ({ id: g.id, displayName: g.name, type: 'Group', props });
export const tApp = (a, props = []) => ({ id: a.objId || a.id, displayName: a.name, type: 'Application', props });
export const tSp = (a, props = []) => ({ id: a.spId || a.id, displayName: a.name, type: 'ServicePrincipal', props });
export const tRole = (name, id, props = []) => ({ id, displayName: name, type: 'Role', props });
export const tDevice = (d, props = []) => ({ id: d.objId || d.id, displayName: d.name, type: 'Device', props });
export const tPolicy = (p, props = []) => ({ id: p.id, displayName: p.displayName, type: 'Policy', props });
export const js = (v) => JSON.stringify(v);
export const keyDesc = (keys) => js(keys.map((k) => `[KeyIdentifier=${k.id},KeyType=${k.type || 'Password'},KeyUsage=Verify,DisplayName=${k.name}]`));
