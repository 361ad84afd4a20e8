// Builders for the beta Graph signIn and directoryAudit objects as the Entra admin center's JSON download carries
// them (formats.md §2 → §3.2/§3.3; key order follows Microsoft's own compact serialisation of the same object in
// the diagnostic samples' `properties`, with the beta-only members appended).
import { APPS, RESOURCES, CA, OPERATING, TENANT_ID, TENANT_NAME, NETS, ATTACK_NETS } from './world.mjs';

export const FAIL = {
  0: null,
  16000: 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
  50034: 'The user account does not exist in the directory. To sign into this application, the account must be added to the directory.',
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50055: 'The password is expired.',
  50057: 'User account is disabled. The account has been disabled by an administrator.',
  50058: 'Session information is not sufficient for single-sign-on.',
  50072: 'User needs to enroll for second factor authentication (interactive).',
  50074: 'Strong Authentication is required.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access.',
  50126: 'Error validating credentials due to invalid username or password.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
  50199: 'For security reasons, user confirmation is required for this request. Please repeat the request allowing user interaction.',
  53000: 'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  65001: 'The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.',
  70043: 'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.',
  135011: 'Device used during the authentication is disabled.',
  500121: 'Authentication failed during strong authentication request.',
  700082: 'The refresh token has expired due to inactivity.',
};
const DETAIL = {
  50074: 'MFA required in Azure AD',
  500121: 'MFA denied; user declined the authentication',
  50140: null,
};

const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
export function iso(ms, frac7) {
  ms = Math.floor(ms);
  const d = new Date(ms).toISOString(); // 2026-03-02T05:10:08.681Z
  return `${d.slice(0, 19)}.${String(ms % 1000).padStart(3, '0')}${frac7}Z`;
}

// One authentication step.
const step = (t, method, detail, ok, result, req) => ({
  authenticationStepDateTime: iso(t, '0000'), authenticationMethod: method, authenticationMethodDetail: detail,
  succeeded: ok, authenticationStepResultDetail: result, authenticationStepRequirement: req,
});
function authSteps(kind, t) {
  switch (kind) {
    case 'mfa-push': return [step(t - 21000, 'Password', 'Password in the cloud', true, 'Correct password', 'Primary authentication'),
      step(t, 'Mobile app notification', null, true, 'MFA successfully completed', 'Multifactor authentication')];
    case 'mfa-otp': return [step(t - 30000, 'Password', 'Password in the cloud', true, 'Correct password', 'Primary authentication'),
      step(t, 'OATH verification code', null, true, 'MFA successfully completed', 'Multifactor authentication')];
    case 'mfa-sms': return [step(t - 40000, 'Password', 'Password in the cloud', true, 'Correct password', 'Primary authentication'),
      step(t, 'Text message', null, true, 'MFA successfully completed', 'Multifactor authentication')];
    case 'prev': return [step(t, 'Previously satisfied', null, true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'),
      step(t, 'Previously satisfied', null, true, 'MFA requirement satisfied by claim in the token', 'Multifactor authentication')];
    case 'prev1': return [step(t, 'Previously satisfied', null, true, 'First factor requirement satisfied by claim in the token', 'Primary authentication')];
    case 'whfb': return [step(t, 'Windows Hello for Business', null, true, 'Authentication succeeded', 'Primary authentication'),
      step(t, 'Previously satisfied', null, true, 'MFA requirement satisfied by claim in the token', 'Multifactor authentication')];
    case 'passkey': return [step(t, 'Passkey (Microsoft Authenticator)', null, true, 'Authentication succeeded', 'Primary authentication')];
    case 'pwd': return [step(t, 'Password', 'Password in the cloud', true, 'Correct password', 'Primary authentication')];
    case 'pwd-bad': return [step(t, 'Password', 'Password in the cloud', false, 'Invalid username or password or Invalid on-premise username or password.', 'Primary authentication')];
    case 'pwd-then-mfa': return [step(t - 2000, 'Password', 'Password in the cloud', true, 'Correct password', 'Primary authentication')];
    case 'mfa-deny': return [step(t - 25000, 'Password', 'Password in the cloud', true, 'Correct password', 'Primary authentication'),
      step(t, 'Mobile app notification', null, false, 'MFA denied; user declined the authentication', 'Multifactor authentication')];
    case 'mfa-timeout': return [step(t - 65000, 'Password', 'Password in the cloud', true, 'Correct password', 'Primary authentication'),
      step(t, 'Mobile app notification', null, false, 'MFA denied; user did not respond to mobile app notification', 'Multifactor authentication')];
    case 'tap': return [step(t, 'Temporary Access Pass', null, true, 'Authentication succeeded', 'Primary authentication')];
    case 'none': default: return [];
  }
}
const methodsUsed = { 'mfa-push': ['Password', 'Authenticator App'], 'mfa-otp': ['Password', 'App Verification code'], 'mfa-sms': ['Password', 'SMS'], pwd: ['Password'], 'pwd-then-mfa': ['Password'], 'mfa-deny': ['Password'], 'mfa-timeout': ['Password'] };

// Conditional Access results for one sign-in (only the policies that were evaluated as applying are listed, to keep
// the files within the size budget; see README).
function caResults(ev) {
  const out = [];
  const u = ev.user, d = ev.dev || {};
  const legacy = ev.clientApp && !['Browser', 'Mobile Apps and Desktop clients'].includes(ev.clientApp);
  const add = (i, result, g = CA[i].grant, s = CA[i].session || []) => out.push({ id: CA[i].id, displayName: CA[i].name, enforcedGrantControls: result === 'success' || result === 'failure' ? g : [], enforcedSessionControls: result === 'success' ? s : [], result });
  if (ev.caOverride) return ev.caOverride;
  // No Conditional Access evaluation before the first factor succeeds (or while the MFA interrupt is shown).
  if ([50126, 50053, 50057, 50034, 50055, 50074, 50072, 50058, 50173, 70043, 700082, 135011].includes(ev.code)) return [];
  if (legacy) { if (u.legacyExempt) return []; add(1, 'failure'); return out; }
  if (u.mfaExempt) return out;
  if (u.userType === 'guest') add(4, [53003, 500121].includes(ev.code) ? 'failure' : 'success');
  else if (ev.interactive || ev.mfaNeeded) add(0, [500121, 50076].includes(ev.code) ? 'failure' : 'success');
  if (u.crew && ['crewRoster', 'efb', 'manuals'].includes(ev.appKey)) add(2, d.compliant ? 'success' : 'failure');
  if (u.admin && ['azurePortal', 'entraPortal', 'graphPs', 'azureCli'].includes(ev.appKey)) add(3, 'success');
  if (d.kiosk) add(5, 'success', [], ['SignInFrequency', 'PersistentBrowserSessionMode']);
  if (ev.risk && ev.risk !== 'none') add(6, ev.code === 0 ? 'success' : 'failure');
  if (ev.cc && !OPERATING.has(ev.cc)) out.push({ id: CA[7].id, displayName: CA[7].name, enforcedGrantControls: [], enforcedSessionControls: [], result: 'reportOnlyFailure' });
  return out;
}

export function signIn(ev, rng) {
  const app = APPS[ev.appKey];
  if (!app) throw new Error(`app ${ev.appKey}`);
  const [resId, resName] = RESOURCES[ev.resKey || app.res];
  const g = ATTACK_NETS[ev.ip] || NETS[ev.net];
  if (!g) throw new Error(`no geo for ${ev.ip} ${ev.net}`);
  ev.cc = g.cc;
  const u = ev.user, d = ev.dev || { id: '', os: 'Windows10', browser: 'Edge 133.0.0', trust: null, compliant: false, managed: false };
  const id = rng.guid();
  const code = ev.code || 0;
  const policies = caResults(ev);
  const caStatus = policies.some((p) => p.result === 'failure') ? 'failure' : policies.some((p) => p.result === 'success') ? 'success' : 'notApplied';
  const auth = ev.interactive ? (ev.auth || 'prev') : 'none';
  const named = g.named ? [{ networkType: 'namedNetwork', networkNames: [g.named] }] : [];
  const mfaReq = !u.mfaExempt && !(ev.clientApp && !['Browser', 'Mobile Apps and Desktop clients'].includes(ev.clientApp));
  const r = {
    id,
    createdDateTime: iso(ev.t, String(rng.int(0, 9999)).padStart(4, '0')),
    userDisplayName: u.name,
    userPrincipalName: u.upn.toLowerCase(),
    userId: u.id,
    appId: app.id,
    appDisplayName: app.name,
    ipAddress: ev.ip,
    status: { errorCode: code, failureReason: FAIL[code] ?? null, additionalDetails: ev.statusDetail ?? DETAIL[code] ?? (code === 0 && auth === 'prev' && ev.interactive ? 'MFA requirement satisfied by claim in the token' : null) },
    clientAppUsed: ev.clientApp || 'Mobile Apps and Desktop clients',
    userAgent: ev.interactive ? (ev.ua ?? d.ua ?? null) : null, // the non-interactive sample records carry no userAgent
    deviceDetail: { deviceId: d.id || '', displayName: d.name || null, operatingSystem: d.os, browser: ev.browser || d.browser, isCompliant: !!d.compliant, isManaged: !!d.managed, trustType: d.trust || null },
    location: { city: g.city, state: g.state, countryOrRegion: g.cc, geoCoordinates: { latitude: g.lat, longitude: g.lon } },
    correlationId: ev.corr || rng.guid(),
    conditionalAccessStatus: caStatus,
    appliedConditionalAccessPolicies: policies,
    originalRequestId: id,
    isInteractive: !!ev.interactive,
    tokenIssuerName: '',
    tokenIssuerType: 'AzureAD',
    authenticationProcessingDetails: ev.interactive ? [{ key: 'Is CAE Token', value: 'False' }] : [{ key: 'Is CAE Token', value: ev.cae === false ? 'False' : 'True' }],
    networkLocationDetails: named,
    processingTimeInMilliseconds: rng.int(ev.interactive ? 60 : 20, ev.interactive ? 900 : 260),
    riskDetail: 'none',
    riskLevelAggregated: ev.risk || 'none',
    riskLevelDuringSignIn: ev.risk || 'none',
    riskState: ev.risk && ev.risk !== 'none' ? 'atRisk' : 'none',
    riskEventTypes_v2: ev.riskTypes || [],
    resourceDisplayName: resName,
    resourceId: resId,
    resourceTenantId: TENANT_ID,
    homeTenantId: u.homeTenantId || TENANT_ID,
    homeTenantName: u.userType === 'guest' ? u.homeTenantName : null,
    authenticationDetails: authSteps(code === 50126 ? 'pwd-bad' : code === 500121 ? (ev.auth || 'mfa-deny') : code === 50074 ? 'pwd-then-mfa' : auth, ev.t),
    authenticationRequirementPolicies: mfaReq && ev.interactive ? [{ requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' }] : [],
    authenticationRequirement: mfaReq && (ev.interactive || ev.mfaNeeded !== false) ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    authenticationMethodsUsed: ev.interactive && code === 0 ? (methodsUsed[auth] || []) : [],
    servicePrincipalId: '',
    userType: u.userType,
    flaggedForReview: false,
    isTenantRestricted: false,
    autonomousSystemNumber: g.asn,
    crossTenantAccessType: u.userType === 'guest' ? 'b2bCollaboration' : 'none',
    uniqueTokenIdentifier: b64(id),
    incomingTokenType: ev.incoming || (ev.interactive ? (d.prt ? 'primaryRefreshToken' : 'none') : 'refreshToken'),
    authenticationProtocol: ev.protocol || 'none',
    originalTransferMethod: ev.transfer || 'none',
    clientCredentialType: 'none',
    signInEventTypes: [ev.interactive ? 'interactiveUser' : 'nonInteractiveUser'],
    sessionId: ev.session || '',
    signInIdentifier: ev.interactive ? u.upn.toLowerCase() : '',
    signInIdentifierType: ev.interactive ? 'userPrincipalName' : null,
  };
  if (ev.auth === 'pwd' && ev.interactive && code === 0 && !mfaReq) r.authenticationRequirement = 'singleFactorAuthentication';
  // Serialised the way Microsoft's own compact serialisation of the object does it in the samples: members whose value
  // is null are left out (status carries only errorCode on success, deviceDetail only what is known); homeTenantName
  // only for guests (the property is filled only where the home tenant consents to show it).
  return prune(r);
}

// directoryAudit (beta shape: initiatedBy carries both user and app, one of them null, as the Graph example does).
export function audit(a, rng) {
  const corr = a.corr || rng.guid();
  const svc = a.service || 'Core Directory';
  const id = svc === 'Core Directory' ? `Directory_${corr}_${rng.alnum(5)}_${rng.int(100000000, 999999999)}`
    : `${svc.replace(/[^A-Za-z]/g, '')}_${corr}_${rng.alnum(5)}_${rng.int(100000000, 999999999)}`;
  const by = a.app
    ? { user: null, app: { appId: a.app.appId ?? null, displayName: a.app.name, servicePrincipalId: a.app.spId, servicePrincipalName: a.app.spName ?? null } }
    : { user: { id: a.actor.id, displayName: null, userPrincipalName: a.actor.upn.toLowerCase(), ipAddress: a.ip ?? null, roles: [] }, app: null };
  return {
    id,
    category: a.category,
    correlationId: corr,
    result: a.result || 'success',
    resultReason: a.reason ?? '',
    activityDisplayName: a.activity,
    activityDateTime: iso(a.t, String(rng.int(0, 9999)).padStart(4, '0')),
    loggedByService: svc,
    operationType: a.op || 'Update',
    userAgent: a.ua ?? null,
    initiatedBy: by,
    targetResources: (a.targets || []).map((x) => ({
      id: x.id, displayName: x.name ?? null, type: x.type, userPrincipalName: x.upn ?? null, groupType: x.groupType ?? null,
      modifiedProperties: (x.props || []).map(([displayName, oldValue, newValue]) => ({ displayName, oldValue, newValue })),
      administrativeUnits: [],
    })),
    additionalDetails: (a.details || []).map(([key, value]) => ({ key, value })),
  };
}

function prune(o) {
  if (Array.isArray(o)) return o.map(prune);
  if (o && typeof o === 'object') { const r = {}; for (const k of Object.keys(o)) { const v = o[k]; if (v === null || v === undefined) continue; r[k] = prune(v); } return r; }
  return o;
}
