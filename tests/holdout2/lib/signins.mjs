// Graph (beta) signIn objects: outcomes, authentication steps, the record itself.
import { iso } from './rng.mjs';
import { TENANT, location } from './places.mjs';
import { deviceDetail } from './apps.mjs';

// errorCode: [failureReason, conditionalAccessStatus, additionalDetails]
export const FAIL = {
  50126: ['Invalid username or password or Invalid on-premise username or password.', 'notApplied', "The user didn't enter the right credentials. It's expected to see some number of these errors in your logs due to users making mistakes."],
  50074: ['Strong Authentication is required.', 'notApplied', 'The user is required to complete a second factor. Sign-in will continue after MFA.'],
  50076: ["Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '{res}'.", 'notApplied', 'MFA required in Azure AD'],
  50140: ["This error occurred due to 'Keep me signed in' interrupt when the user was signing in.", 'notApplied', null],
  50072: ["Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access '{res}'.", 'notApplied', 'User needs to register for MFA'],
  50055: ['The password is expired.', 'notApplied', 'The user must change their password before signing in.'],
  53003: ['Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.', 'failure', null],
  50053: ['Account is locked because user tried to sign in too many times with an incorrect user ID or password.', 'notApplied', null],
  500121: ['Authentication failed during strong authentication request.', 'notApplied', null],
  50057: ['User account is disabled. The account has been disabled by an administrator.', 'notApplied', null],
  50034: ['The user account does not exist in the kestrelfreight.com directory. To sign into this application, the account must be added to the directory.', 'notApplied', null],
  50133: ['Session is invalid due to expiration or recent password change.', 'notApplied', null],
  70044: ['The session has expired or is invalid due to sign-in frequency checks by conditional access.', 'notApplied', null],
  65001: ["The user or administrator has not consented to use the application with ID '{app}'. Send an interactive authorization request for this user and resource.", 'notApplied', null],
};

const step = (t, method, detail, ok, result, req) => ({
  authenticationStepDateTime: iso(t), authenticationMethod: method, authenticationMethodDetail: detail, succeeded: ok,
  authenticationStepResultDetail: result, authenticationStepRequirement: req,
});
const P = 'Primary authentication', M = 'Multifactor authentication';
const PW = (t, ok = true) => step(t, 'Password', 'Password Hash Sync', ok, ok ? 'Correct password' : 'Invalid username or password or Invalid on-premise username or password.', P);
const SECOND = { push: ['Mobile app notification', null], otp: ['OATH verification code', null], sms: ['Text message', '+X XXXXXXXX42'] };

/**
 * Authentication steps and requirement for a kind of sign-in:
 * whfb, fido, tap, prt, refresh, refresh1 (single-factor session), external, pwd, pwdFail,
 * mfa (password + user's second factor), pwdOnly (interrupted before the second factor),
 * mfaDenied, mfaTimeout, none.
 */
function steps(kind, t, second = 'push') {
  const [m2, d2] = SECOND[second] || SECOND.push;
  switch (kind) {
    case 'whfb': return [[step(t, 'Windows Hello for Business', 'Windows Hello for Business', true, 'Signed in with Windows Hello for Business', P)], 'multiFactorAuthentication', ['Windows Hello for Business']];
    case 'fido': return [[step(t, 'FIDO2 security key', 'YubiKey 5 NFC', true, 'Correct FIDO2 security key', P)], 'multiFactorAuthentication', ['FIDO2 security key']];
    case 'tap': return [[step(t, 'Temporary Access Pass', null, true, 'Correct Temporary Access Pass', P)], 'multiFactorAuthentication', ['Temporary Access Pass']];
    case 'prt': return [[step(t, 'Previously satisfied', null, true, 'First factor requirement satisfied by claim in the token', P), step(t, 'Previously satisfied', null, true, 'MFA requirement satisfied by claim in the token', M)], 'multiFactorAuthentication', []];
    case 'refresh': return [[step(t, 'Previously satisfied', null, true, 'MFA requirement satisfied by claim in the token', M)], 'multiFactorAuthentication', []];
    case 'refresh1': return [[step(t, 'Previously satisfied', null, true, 'First factor requirement satisfied by claim in the token', P)], 'singleFactorAuthentication', []];
    case 'external': return [[step(t, 'Previously satisfied', null, true, 'MFA requirement satisfied by claim provided by external provider', M)], 'multiFactorAuthentication', []];
    case 'pwd': return [[PW(t)], 'singleFactorAuthentication', ['Password']];
    case 'pwdFail': return [[PW(t, false)], 'singleFactorAuthentication', []];
    case 'mfa': return [[PW(t), step(t + 9000, m2, d2, true, 'MFA successfully completed', M)], 'multiFactorAuthentication', ['Password', m2]];
    case 'pwdOnly': return [[PW(t)], 'multiFactorAuthentication', ['Password']];
    case 'mfaDenied': return [[PW(t), step(t + 15000, m2, d2, false, 'MFA denied; user declined the authentication', M)], 'multiFactorAuthentication', ['Password']];
    case 'mfaTimeout': return [[PW(t), step(t + 60000, m2, d2, false, 'MFA denied; user did not respond to mobile app notification', M)], 'multiFactorAuthentication', ['Password']];
    default: return [[], 'singleFactorAuthentication', []];
  }
}

const SUCCESS_DETAIL = {
  prt: 'MFA requirement satisfied by claim in the token', refresh: 'MFA requirement satisfied by claim in the token',
  external: 'MFA requirement satisfied by claim provided by external provider', mfa: 'MFA completed in Azure AD',
  whfb: 'MFA requirement satisfied by claim in the token', fido: 'MFA completed in Azure AD', tap: 'MFA completed in Azure AD',
};

/**
 * One signIn. o: { t, u, app, res, net, dev, browser, os, ua, client, interactive, session, corr,
 *   code, auth, second, ca, risk, protocol, transfer, incoming, reqId }.
 */
export function makeSignIn(rng, o) {
  const u = o.u;
  const code = o.code || 0;
  const [authDetails, requirement, methods] = steps(o.auth || (o.interactive ? 'mfa' : 'refresh'), o.t, o.second || u.mfa);
  const fail = FAIL[code];
  const res = o.res || o.app;
  const reason = fail ? fail[0].replace('{res}', res.id).replace('{app}', o.app.id) : 'Other.';
  const risk = o.risk || null;
  const dev = deviceDetail(o.dev, o.browser);
  if (o.os) dev.operatingSystem = o.os;
  const guest = u.type === 'guest';
  return {
    id: o.reqId || rng.guid(),
    createdDateTime: iso(o.t),
    userDisplayName: u.display,
    userPrincipalName: u.upn.toLowerCase(),
    userId: u.id,
    appId: o.app.id,
    appDisplayName: o.app.name,
    ipAddress: o.net.ip,
    clientAppUsed: o.client || 'Browser',
    userAgent: o.ua ?? '',
    correlationId: o.corr || rng.guid(),
    conditionalAccessStatus: o.ca || (fail ? fail[1] : 'success'),
    isInteractive: !!o.interactive,
    tokenIssuerType: 'AzureAD',
    processingTimeInMilliseconds: rng.int(40, 420),
    riskDetail: risk ? risk.detail : 'none',
    riskLevelAggregated: risk ? risk.aggregated : 'none',
    riskLevelDuringSignIn: risk ? risk.level : 'none',
    riskState: risk ? risk.state : 'none',
    riskEventTypes_v2: risk ? risk.types : [],
    resourceDisplayName: res.name,
    resourceId: res.id,
    resourceTenantId: TENANT.id,
    homeTenantId: guest ? u.homeTenant : TENANT.id,
    authenticationMethodsUsed: code && code !== 50140 ? [] : methods,
    authenticationRequirement: o.requirement || requirement,
    signInIdentifier: o.interactive ? (u.mail || u.upn).toLowerCase() : '',
    signInEventTypes: [o.interactive ? 'interactiveUser' : 'nonInteractiveUser'],
    userType: guest ? 'guest' : 'member',
    autonomousSystemNumber: o.net.asn,
    crossTenantAccessType: guest ? 'b2bCollaboration' : 'none',
    uniqueTokenIdentifier: rng.token(22),
    incomingTokenType: o.incoming || 'none',
    authenticationProtocol: o.protocol || 'none',
    originalTransferMethod: o.transfer || 'none',
    sessionId: o.session || '',
    status: { errorCode: code, failureReason: reason, additionalDetails: fail ? fail[2] : (SUCCESS_DETAIL[o.auth] ?? null) },
    deviceDetail: dev,
    location: location(o.net.city),
    authenticationDetails: o.interactive || code ? authDetails : authDetails.slice(-1),
  };
}

/** Collects records; `benign` is cleared before attacks are written. */
export class Sink {
  constructor() { this.inter = []; this.non = []; this.audits = []; }
  add(rec) { (rec.isInteractive ? this.inter : this.non).push(rec); return rec; }
  audit(rec) { this.audits.push(rec); return rec; }
  get signins() { return this.inter.length + this.non.length; }
}

export const LOW_RISK = (rng, types = ['unfamiliarFeatures']) => rng.pick([
  { level: 'low', aggregated: 'low', state: 'atRisk', detail: 'none', types },
  { level: 'low', aggregated: 'none', state: 'dismissed', detail: 'adminDismissedAllRiskForUser', types },
  { level: 'low', aggregated: 'low', state: 'remediated', detail: 'userPassedMFADrivenByRiskBasedPolicy', types },
]);
