// Builds Graph-shaped signIn records (beta schema) for users, service principals and managed identities.
import { iso7, MIN } from './clock.mjs';
import { CA } from './catalog.mjs';

export const ATTACK = Symbol('attack');

const CODES = {
  0: ['', 'success'],
  50126: ['Error validating credentials due to invalid username or password.', 'failure'],
  50053: ['Account is locked because user tried to sign in too many times with an incorrect user ID or password.', 'failure'],
  50034: ['The user account does not exist in the tenant directory.', 'failure'],
  50055: ['Invalid password, entered expired password.', 'failure'],
  50057: ['User account is disabled. The account has been disabled by an administrator.', 'failure'],
  50058: ['Session information is not sufficient for single-sign-on.', 'failure'],
  50074: ['Strong Authentication is required.', 'interrupted'],
  50076: ['Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.', 'failure'],
  50079: ['Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.', 'failure'],
  50072: ['Users needs to enroll for second factor authentication (interactive).', 'interrupted'],
  50097: ['Device authentication is required.', 'failure'],
  50105: ['The signed in user is not assigned to a role for the application.', 'failure'],
  50125: ['Sign-in was interrupted due to a password reset or password registration entry.', 'interrupted'],
  50133: ['Session is invalid due to expiration or recent password change.', 'failure'],
  50140: ["This error occurred due to 'Keep me signed in' interrupt when the user was signing in.", 'interrupted'],
  50173: ['The provided grant has expired due to it being revoked, a fresh auth token is needed.', 'failure'],
  50199: ['For security reasons, user confirmation is required for this request.', 'interrupted'],
  53000: ['Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.', 'failure'],
  53003: ['Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.', 'failure'],
  65001: ['The user or administrator has not consented to use the application.', 'failure'],
  70043: ['The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.', 'failure'],
  700082: ['The refresh token has expired due to inactivity.', 'failure'],
  500121: ['Authentication failed during strong authentication request.', 'failure'],
  7000215: ['Invalid client secret is provided.', 'failure'],
  7000222: ['The provided client secret keys are expired.', 'failure'],
};
export const codeKind = (c) => (CODES[c] || ['', 'failure'])[1];

const MFA_METHOD = { push: 'Mobile app notification', sms: 'Text message', otp: 'OATH verification code', call: 'Phone call approval (Authentication phone)' };

/** Authentication-method steps for an interactive sign-in. */
function authSteps(o, t) {
  const at = iso7(t - 2000, 0);
  const step = (method, ok, detail, req = 'Primary authentication', methodDetail = '') => ({
    authenticationStepDateTime: at, authenticationMethod: method, authenticationMethodDetail: methodDetail,
    succeeded: ok, authenticationStepResultDetail: detail, authenticationStepRequirement: req,
  });
  const code = o.code || 0;
  const a = o.auth;
  if (!o.interactive) {
    if (a === 'none' || o.sp) return [];
    return [step('Previously satisfied', true, 'First factor requirement satisfied by claim in the token')];
  }
  if (a === 'sso' || a === 'sso1') {
    const s = [step('Previously satisfied', code !== 53003 || true, 'First factor requirement satisfied by claim in the token')];
    if (a === 'sso' && o.mfa !== false) s.push(step('Previously satisfied', true, 'MFA requirement satisfied by claim in the token', 'Multifactor authentication'));
    return s;
  }
  if (a === 'whfb') return [step('Windows Hello for Business', code === 0, code === 0 ? 'Correct Windows Hello for Business credential' : 'Windows Hello for Business failed', 'Primary authentication', 'Windows Hello for Business')];
  if (a === 'fido') return [step('FIDO2 security key', code === 0, code === 0 ? 'Correct FIDO2 security key' : 'FIDO2 failed', 'Primary authentication')];
  if (a === 'tap') return [step('Temporary Access Pass', code === 0, code === 0 ? 'Temporary Access Pass validated' : 'Temporary Access Pass invalid')];
  if (a === 'legacy') return [];
  // password based
  const pwOk = ![50126, 50053, 50055, 50034, 50057].includes(code);
  const pwDetail = code === 50126 ? 'Invalid username or password or Invalid on-premise username or password.'
    : code === 50053 ? 'Account is locked' : code === 50055 ? 'User password is expired' : code === 50057 ? 'User account is disabled' : code === 50034 ? 'User not found' : 'Correct password';
  const s = [step('Password', pwOk, pwDetail, 'Primary authentication', 'Password Hash Sync')];
  if (!pwOk) return s;
  const m = a.startsWith('pw+') ? a.slice(3) : null;
  if (!m) {
    if (code === 50076 || code === 50074) s.push(step('', false, 'MFA required in Azure AD', 'Multifactor authentication'));
    return s;
  }
  const name = MFA_METHOD[m] || m;
  if (code === 0) s.push(step(name, true, 'MFA successfully completed', 'Multifactor authentication', m === 'sms' || m === 'call' ? (o.phone || '+XX XXXXXXXX') : ''));
  else if (code === 500121) s.push(step(name, false, o.mfaDetail || 'MFA denied; user declined the authentication', 'Multifactor authentication'));
  else if (code === 50074 || code === 50076) s.push(step(name, false, 'MFA required in Azure AD', 'Multifactor authentication'));
  return s;
}

const TRUSTED = new Set(['corp', 'avd']);

function caPolicies(ctx, o, netKind, trusted) {
  const code = o.code || 0;
  const u = o.user || {};
  const res = [];
  const pol = (k, result, grant = [], session = []) => {
    const p = ctx.caIds[k];
    res.push({ id: p.id, displayName: p.displayName, enforcedGrantControls: grant, enforcedSessionControls: session, result });
  };
  if (o.sp || o.mi) return res;
  const legacy = ['Authenticated SMTP', 'IMAP4', 'POP3', 'Exchange ActiveSync', 'Other clients', 'MAPI Over HTTP', 'Exchange Web Services'].includes(o.clientApp);
  if (u.guest) { pol('guests', code === 0 && o.interactive ? 'success' : 'notApplied', ['Mfa']); return res; }
  pol('legacy', code === 53003 && legacy ? 'failure' : 'notApplied', ['Block']);
  if (legacy) return res;
  const mfaApplies = !trusted && !u.noMfaPolicy && !o.compliantSatisfies;
  pol('mfa', mfaApplies ? (code === 0 ? 'success' : (code === 50074 || code === 50076 || code === 500121) ? 'failure' : 'notApplied') : 'notApplied', ['Mfa']);
  if (u.persona === 'warehouse' || o.kiosk) pol('kiosk', o.dev && o.dev.compliant ? 'success' : (code === 53000 ? 'failure' : 'notApplied'), ['RequireCompliantDevice']);
  if (u.persona === 'driver') pol('mobile', o.dev && o.dev.compliant ? 'success' : 'notApplied', ['RequireCompliantDevice']);
  if (u.admin) pol('admins', code === 0 ? 'success' : 'notApplied', ['Mfa', 'RequireCompliantDevice'], []);
  pol('geo', ctx.countryAllowed(o.t, o.cc) ? 'reportOnlyNotApplied' : 'reportOnlyFailure', ['Block']);
  if (o.avd) pol('avd', code === 0 ? 'success' : 'notApplied', [], ['SignInFrequency']);
  return res;
}

function caStatus(list, code) {
  if (code === 53003 || code === 53000) return 'failure';
  if (list.some((p) => p.result === 'success')) return 'success';
  if (list.some((p) => p.result === 'failure')) return 'failure';
  return 'notApplied';
}

const NODEV = { id: '', displayName: '', os: '', browser: '', compliant: false, managed: false, trustType: '' };

/**
 * Emit a user sign-in. Required: t, user, app, ip, ua. Optional: res, dev, interactive, code, auth,
 * mfa (session carries an MFA claim), mfaMethod, sessionId, corr, tokenIn, protocol, clientApp,
 * browser, os, risk, attack, additional, transfer, avd, kiosk.
 */
export function signIn(ctx, o) {
  const rng = ctx.rng;
  const u = o.user;
  const app = o.app;
  const res = o.res || app.res;
  const where = ctx.geo.where(o.ip);
  const dev = o.dev || NODEV;
  const code = o.code || 0;
  const interactive = o.interactive !== false;
  const netKind = ctx.geo.net(where.net).kind;
  const trusted = TRUSTED.has(netKind) || where.net === 'avd-we' || where.net === 'corp-dc';
  o.clientApp = o.clientApp || app.client;
  o.interactive = interactive;
  const steps = authSteps(o, o.t);
  const mfaNow = interactive && code === 0 && typeof o.auth === 'string' && o.auth.startsWith('pw+');
  const mfaClaim = o.mfa ?? (mfaNow || o.auth === 'sso' || o.auth === 'whfb' || o.auth === 'fido');
  const methods = [];
  for (const s of steps) if (s.succeeded && s.authenticationMethod !== 'Previously satisfied') {
    const m = { Password: 'Password', 'Mobile app notification': 'Mobile app notification', 'Text message': 'Text message', 'OATH verification code': 'OATH verification code', 'Temporary Access Pass': 'Temporary Access Pass', 'FIDO2 security key': 'FIDO2 security key', 'Windows Hello for Business': 'Windows Hello for Business' }[s.authenticationMethod];
    if (m && !methods.includes(m)) methods.push(m);
  }
  const cas = caPolicies(ctx, { ...o, dev, cc: where.city.cc }, netKind, trusted);
  const [reason, kind] = CODES[code] || ['Other.', 'failure'];
  let additional = o.additional;
  if (additional === undefined) {
    if (code === 0 && mfaNow) additional = 'MFA completed in Azure AD';
    else if (code === 0 && interactive && mfaClaim && (o.auth === 'sso')) additional = 'MFA requirement satisfied by claim in the token';
    else if (code === 500121) additional = o.mfaDetail || 'MFA denied; user declined the authentication';
    else if (code === 50074) additional = 'MFA required in Azure AD';
    else additional = null;
  }
  const mfaStep = steps.find((s) => s.authenticationStepRequirement === 'Multifactor authentication');
  const risk = o.risk || null;
  const rec = {
    id: rng.guid(),
    createdDateTime: iso7(o.t, rng.int(0, 9999999)),
    userDisplayName: u.name,
    userPrincipalName: u.logUpn || u.upn.toLowerCase(),
    userId: u.id,
    appId: app.id,
    appDisplayName: app.name,
    ipAddress: o.ip,
    ipAddressFromResourceProvider: null,
    clientAppUsed: o.clientApp,
    userAgent: o.ua || '',
    correlationId: o.corr || rng.guid(),
    conditionalAccessStatus: caStatus(cas, code),
    originalRequestId: '',
    isInteractive: interactive,
    tokenIssuerName: '',
    tokenIssuerType: 'AzureAD',
    clientCredentialType: 'none',
    processingTimeInMilliseconds: rng.int(35, interactive ? 650 : 220),
    riskDetail: risk ? (risk.detail || 'none') : 'none',
    riskLevelAggregated: risk ? risk.level : 'none',
    riskLevelDuringSignIn: risk ? risk.level : 'none',
    riskState: risk ? (risk.state || 'atRisk') : 'none',
    riskEventTypes_v2: risk ? risk.types : [],
    resourceDisplayName: res.name,
    resourceId: res.id,
    resourceTenantId: o.resourceTenant || ctx.tenant.id,
    homeTenantId: u.homeTenant || ctx.tenant.id,
    homeTenantName: u.guest ? '' : ctx.tenant.name,
    authenticationMethodsUsed: methods,
    authenticationRequirement: mfaClaim ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    signInIdentifier: interactive && o.auth !== 'sso' && o.auth !== 'sso1' && o.auth !== 'whfb' ? (o.identifier || u.logUpn || u.upn.toLowerCase()) : '',
    signInIdentifierType: interactive && o.auth !== 'sso' && o.auth !== 'sso1' && o.auth !== 'whfb' ? 'userPrincipalName' : null,
    servicePrincipalName: '',
    signInEventTypes: [interactive ? 'interactiveUser' : 'nonInteractiveUser'],
    servicePrincipalId: '',
    federatedCredentialId: '',
    userType: u.guest ? 'guest' : 'member',
    flaggedForReview: false,
    isTenantRestricted: false,
    autonomousSystemNumber: where.asn,
    crossTenantAccessType: u.guest ? 'b2bCollaboration' : 'none',
    servicePrincipalCredentialKeyId: '',
    servicePrincipalCredentialThumbprint: '',
    uniqueTokenIdentifier: rng.b64url(22),
    incomingTokenType: o.tokenIn || 'none',
    authenticationProtocol: o.protocol || 'none',
    resourceServicePrincipalId: ctx.resSp(res.id),
    sessionId: o.sessionId || '',
    originalTransferMethod: o.transfer || 'none',
    isThroughGlobalSecureAccess: false,
    globalSecureAccessIpAddress: '',
    status: { errorCode: code, failureReason: code === 0 ? 'Other.' : reason, additionalDetails: additional },
    deviceDetail: {
      deviceId: dev.id, displayName: dev.displayName, operatingSystem: o.os || dev.os,
      browser: o.browser || dev.browser || '', isCompliant: !!dev.compliant, isManaged: !!dev.managed, trustType: dev.trustType || '',
    },
    location: { city: where.city.name, state: where.city.state, countryOrRegion: where.city.cc, geoCoordinates: { altitude: null, latitude: where.city.lat, longitude: where.city.lon } },
    appliedConditionalAccessPolicies: interactive ? cas : cas.filter((p) => p.result !== 'notApplied' && p.result !== 'reportOnlyNotApplied'),
    authenticationContextClassReferences: [],
    authenticationProcessingDetails: interactive ? [{ key: 'Login Hint Present', value: String(!!o.hint) }, { key: 'Is CAE Token', value: 'False' }] : [{ key: 'Is CAE Token', value: o.cae ? 'True' : 'False' }],
    networkLocationDetails: trusted ? [{ networkType: 'trustedNamedLocation', networkNames: [where.net === 'avd-we' ? 'HRL AVD West Europe' : 'HRL Sites'] }] : [],
    authenticationDetails: steps,
    authenticationRequirementPolicies: mfaClaim && !trusted ? [{ requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' }] : [],
    sessionLifetimePolicies: o.avd ? [{ expirationRequirement: 'signInFrequencyPeriodicReauthentication', detail: 'Sign-in frequency periodic reauthentication' }] : [],
    managedServiceIdentity: { msiType: 'none', associatedResourceId: null, federatedTokenId: null, federatedTokenIssuer: null },
    mfaDetail: mfaStep && interactive ? { authMethod: mfaStep.authenticationMethod === 'Previously satisfied' ? null : mfaStep.authenticationMethod, authDetail: mfaStep.authenticationMethodDetail || null } : { authMethod: null, authDetail: null },
  };
  if (code === 0) rec.status.failureReason = 'Other.';
  if (o.attack) rec[ATTACK] = o.attack;
  (interactive ? ctx.inter : ctx.non).push(rec);
  return rec;
}

/** Service-principal (app-only) sign-in. */
export function spSignIn(ctx, o) {
  const rng = ctx.rng;
  const where = ctx.geo.where(o.ip);
  const code = o.code || 0;
  const [reason] = CODES[code] || ['Other.'];
  const rec = {
    id: rng.guid(),
    createdDateTime: iso7(o.t, rng.int(0, 9999999)),
    userDisplayName: null, userPrincipalName: null, userId: '',
    appId: o.sp.appId, appDisplayName: o.sp.name,
    ipAddress: o.ip, ipAddressFromResourceProvider: null,
    clientAppUsed: null, userAgent: o.ua || null,
    correlationId: rng.guid(), conditionalAccessStatus: 'notApplied', originalRequestId: '',
    isInteractive: false, tokenIssuerName: '', tokenIssuerType: 'AzureAD',
    clientCredentialType: o.cred.type, processingTimeInMilliseconds: rng.int(20, 180),
    riskDetail: 'none', riskLevelAggregated: 'low', riskLevelDuringSignIn: 'none', riskState: 'none', riskEventTypes_v2: [],
    resourceDisplayName: o.res.name, resourceId: o.res.id, resourceTenantId: ctx.tenant.id, homeTenantId: ctx.tenant.id, homeTenantName: '',
    authenticationMethodsUsed: [], authenticationRequirement: 'singleFactorAuthentication',
    signInIdentifier: '', signInIdentifierType: null,
    servicePrincipalName: o.sp.name, signInEventTypes: ['servicePrincipal'], servicePrincipalId: o.sp.spId, federatedCredentialId: '',
    userType: null, flaggedForReview: false, isTenantRestricted: false, autonomousSystemNumber: where.asn,
    crossTenantAccessType: 'none',
    servicePrincipalCredentialKeyId: o.cred.keyId, servicePrincipalCredentialThumbprint: o.cred.thumbprint || '',
    uniqueTokenIdentifier: rng.b64url(22), incomingTokenType: 'none', authenticationProtocol: 'none',
    resourceServicePrincipalId: ctx.resSp(o.res.id), sessionId: '', originalTransferMethod: 'none',
    isThroughGlobalSecureAccess: false, globalSecureAccessIpAddress: '',
    status: { errorCode: code, failureReason: code === 0 ? 'Other.' : reason, additionalDetails: null },
    deviceDetail: { deviceId: '', displayName: '', operatingSystem: '', browser: '', isCompliant: false, isManaged: false, trustType: '' },
    location: { city: where.city.name, state: where.city.state, countryOrRegion: where.city.cc, geoCoordinates: { altitude: null, latitude: where.city.lat, longitude: where.city.lon } },
    appliedConditionalAccessPolicies: [], authenticationContextClassReferences: [], authenticationProcessingDetails: [],
    networkLocationDetails: [], authenticationDetails: [], authenticationRequirementPolicies: [], sessionLifetimePolicies: [],
    managedServiceIdentity: { msiType: 'none', associatedResourceId: null, federatedTokenId: null, federatedTokenIssuer: null },
  };
  if (o.attack) rec[ATTACK] = o.attack;
  ctx.non.push(rec);
  return rec;
}

/** Managed-identity sign-in (no address, no location). */
export function miSignIn(ctx, o) {
  const rng = ctx.rng;
  const rec = {
    id: rng.guid(),
    createdDateTime: iso7(o.t, rng.int(0, 9999999)),
    userDisplayName: null, userPrincipalName: null, userId: '',
    appId: o.mi.appId, appDisplayName: o.mi.name,
    ipAddress: '', ipAddressFromResourceProvider: null, clientAppUsed: null, userAgent: null,
    correlationId: rng.guid(), conditionalAccessStatus: 'notApplied', originalRequestId: '',
    isInteractive: false, tokenIssuerName: '', tokenIssuerType: 'AzureAD', clientCredentialType: 'managedIdentity',
    processingTimeInMilliseconds: rng.int(5, 60),
    riskDetail: 'none', riskLevelAggregated: 'none', riskLevelDuringSignIn: 'none', riskState: 'none', riskEventTypes_v2: [],
    resourceDisplayName: o.res.name, resourceId: o.res.id, resourceTenantId: ctx.tenant.id, homeTenantId: ctx.tenant.id, homeTenantName: '',
    authenticationMethodsUsed: [], authenticationRequirement: 'singleFactorAuthentication', signInIdentifier: '', signInIdentifierType: null,
    servicePrincipalName: o.mi.name, signInEventTypes: ['managedIdentity'], servicePrincipalId: o.mi.spId, federatedCredentialId: '',
    userType: null, flaggedForReview: false, isTenantRestricted: false, autonomousSystemNumber: null, crossTenantAccessType: 'none',
    servicePrincipalCredentialKeyId: '', servicePrincipalCredentialThumbprint: '', uniqueTokenIdentifier: rng.b64url(22),
    incomingTokenType: 'none', authenticationProtocol: 'none', resourceServicePrincipalId: ctx.resSp(o.res.id), sessionId: '',
    originalTransferMethod: 'none', isThroughGlobalSecureAccess: false, globalSecureAccessIpAddress: '',
    status: { errorCode: 0, failureReason: 'Other.', additionalDetails: null },
    deviceDetail: { deviceId: '', displayName: '', operatingSystem: '', browser: '', isCompliant: false, isManaged: false, trustType: '' },
    location: { city: '', state: '', countryOrRegion: '', geoCoordinates: { altitude: null, latitude: 0, longitude: 0 } },
    appliedConditionalAccessPolicies: [], authenticationContextClassReferences: [], authenticationProcessingDetails: [],
    networkLocationDetails: [], authenticationDetails: [], authenticationRequirementPolicies: [], sessionLifetimePolicies: [],
    managedServiceIdentity: { msiType: o.mi.msiType || 'systemAssigned', associatedResourceId: o.mi.resourceId, federatedTokenId: null, federatedTokenIssuer: null },
  };
  ctx.non.push(rec);
  return rec;
}

// ---- flows ----------------------------------------------------------------------------------

/**
 * An interactive sign-in as people really do it: maybe a typo first, maybe an MFA interrupt,
 * a KMSI prompt in browsers, an unanswered push. Returns { t, sessionId, ok } of the final record.
 * o.mfaNeeded: MFA will be prompted (pw+<method>); o.method: push | sms | otp.
 */
export function login(ctx, o) {
  const rng = ctx.rng;
  const r = o.rates || {};
  let t = o.t;
  const sessionId = o.sessionId || rng.guid();
  const corr = rng.guid();
  const base = { ...o, sessionId, corr };
  const pwAuth = o.auth === 'pw' || o.auth === undefined;
  if (pwAuth && rng.chance(r.typo ?? 0.025)) {
    signIn(ctx, { ...base, t, code: 50126, auth: 'pw', mfa: false });
    t += rng.int(8, 70) * 1000;
    if (rng.chance(0.15)) { signIn(ctx, { ...base, t, code: 50126, auth: 'pw', mfa: false }); t += rng.int(10, 90) * 1000; }
  }
  let auth = o.auth || 'pw';
  if (o.mfaNeeded && pwAuth) {
    const m = o.method || 'push';
    if (rng.chance(r.interrupt ?? 0.35)) { signIn(ctx, { ...base, t, code: 50074, auth: 'pw', mfa: false }); t += rng.int(4, 25) * 1000; }
    if (rng.chance(r.mfaRun ?? 0.003)) {
      for (let i = rng.int(2, 4); i > 0; i--) {
        signIn(ctx, { ...base, t, code: 500121, auth: `pw+${m}`, mfa: false, mfaDetail: 'MFA denied; user did not respond to mobile app notification' });
        t += rng.int(70, 200) * 1000;
      }
    } else if (rng.chance(r.mfaFail ?? 0.012)) {
      const detail = rng.pick(['MFA denied; user did not respond to mobile app notification', 'MFA denied; user declined the authentication', 'MFA denied; user did not select the correct number']);
      signIn(ctx, { ...base, t, code: 500121, auth: `pw+${m}`, mfa: false, mfaDetail: m === 'push' ? detail : 'MFA denied; user entered an incorrect code' });
      t += rng.int(30, 240) * 1000;
    }
    auth = `pw+${m}`;
  }
  if (o.clientApp === 'Browser' || (!o.clientApp && o.app.client === 'Browser')) {
    if ((pwAuth || auth.startsWith('pw')) && rng.chance(r.kmsi ?? 0.3)) {
      signIn(ctx, { ...base, t, code: 50140, auth, mfa: auth.startsWith('pw+') });
      t += rng.int(2, 12) * 1000;
    }
  }
  const rec = signIn(ctx, { ...base, t, code: o.finalCode || 0, auth });
  return { t, sessionId, corr, rec, mfa: rec.authenticationRequirement === 'multiFactorAuthentication' };
}

/**
 * Token refreshes for a session between `from` and `to`: records every `every` minutes (jittered),
 * cycling through `targets` ([{app, res, ua}]). `ipAt(t)` gives the address at time t.
 */
export function refreshes(ctx, s, from, to, every, targets, extra = {}) {
  const rng = ctx.rng;
  let t = from + rng.float(0.2, 1.0) * every * MIN;
  let n = 0;
  while (t < to) {
    const tg = targets[n % targets.length];
    const ip = s.ipAt ? s.ipAt(t) : s.ip;
    if (ip) signIn(ctx, {
      t, user: s.user, app: tg.app, res: tg.res || tg.app.res, ip, dev: tg.dev ?? s.dev, ua: tg.ua || s.ua, interactive: false,
      auth: 'rt', mfa: s.mfa, sessionId: s.sessionId, tokenIn: s.tokenIn || 'none', browser: tg.browser || s.browser, clientApp: tg.clientApp, ...extra,
    });
    n++;
    t += every * MIN * rng.float(0.7, 1.3);
  }
  return n;
}
