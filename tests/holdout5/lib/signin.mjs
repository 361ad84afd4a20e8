// Builds Microsoft Graph signIn objects (beta shape, Graph's key order, `id` first) and the
// 57-column Entra admin center CSV row for interactive sign-ins.
import { APPS, RES, UA, ERR, CA, MS_TENANT, statusWord } from './catalog.mjs';
import { net, graphLocation, portalLocation } from './geo.mjs';
import { isoGraph, isoPortal } from './time.mjs';

export const PLANTED = Symbol('planted');

const METHOD = {
  push: ['Mobile app notification', 'Authenticator App'],
  sms: ['Text message', 'SMS'],
  otp: ['OATH verification code', 'Authenticator App'],
  fido2: ['FIDO2 security key', 'FIDO'],
  whfb: ['Windows Hello for Business', 'Windows Hello for Business'],
  tap: ['Temporary Access Pass', 'Temporary Access Pass'],
};

function step(t, method, detail, ok, result, req) {
  return { authenticationStepDateTime: isoGraph(t, 0), authenticationMethod: method, authenticationMethodDetail: detail, succeeded: ok, authenticationStepResultDetail: result, authenticationStepRequirement: req };
}

/**
 * Authentication steps for an interactive sign-in.
 * auth: password | badPassword | push | sms | otp | fido2 | whfb | tap | prev | prevSingle | pushDenied |
 *       pushTimeout | mfaRequired | enrol | none
 */
function authSteps(t, auth, phoneTail) {
  const pw = step(t, 'Password', 'Password in the cloud', true, 'Correct password', 'Primary authentication');
  const mfaOk = (m) => step(t + 9000, METHOD[m][0], m === 'sms' ? `+XX XXXXXXX${phoneTail}` : '', true, 'MFA successfully completed', 'Multifactor authentication');
  switch (auth) {
    case 'password': return [pw];
    case 'badPassword': return [step(t, 'Password', 'Password in the cloud', false, 'Invalid username or password or Invalid on-premise username or password.', 'Primary authentication')];
    case 'push': case 'sms': case 'otp': return [pw, mfaOk(auth)];
    case 'fido2': case 'whfb': case 'tap': return [step(t, METHOD[auth][0], '', true, auth === 'tap' ? 'Temporary Access Pass successfully used' : 'Correct credential', 'Primary authentication')];
    case 'prev': return [step(t, 'Previously satisfied', '', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'), step(t, 'Previously satisfied', '', true, 'MFA requirement satisfied by claim in the token', 'Multifactor authentication')];
    case 'prevSingle': return [step(t, 'Previously satisfied', '', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication')];
    case 'pushDenied': return [pw, step(t + 20000, 'Mobile app notification', '', false, 'MFA denied; user declined the authentication', 'Multifactor authentication')];
    case 'pushTimeout': return [pw, step(t + 60000, 'Mobile app notification', '', false, 'MFA denied; user did not respond to mobile app notification', 'Multifactor authentication')];
    case 'smsTimeout': return [pw, step(t + 60000, 'Text message', `+XX XXXXXXX${phoneTail}`, false, 'MFA denied; duration expired', 'Multifactor authentication')];
    case 'mfaRequired': return [pw, step(t + 1000, 'Mobile app notification', '', false, 'MFA required in Azure AD', 'Multifactor authentication')];
    case 'enrol': return [pw, step(t + 1000, 'Password', '', false, 'User needs to enroll for second factor authentication', 'Multifactor authentication')];
    default: return [];
  }
}

const MULTI = new Set(['push', 'sms', 'otp', 'fido2', 'whfb', 'prev', 'tap']);

function caPolicies(ctx, p, code, multi) {
  const out = [];
  const primaryFailed = [50126, 50034, 50053, 50057, 50055, 50056, 50144].includes(code);
  let any = 'notApplied';
  for (let i = 0; i < CA.length; i++) {
    const [name, kind] = CA[i];
    let result = 'notApplied', grant = [];
    if (!primaryFailed) {
      if (kind === 'mfa' && !p.kiosk && !p.legacy && !p.caExcluded) { result = multi ? 'success' : ([500121, 50074, 50076, 50079, 50072].includes(code) ? 'failure' : (p.interactive ? 'notApplied' : 'success')); grant = ['Mfa']; }
      if (kind === 'legacy' && p.legacy) { result = p.legacyAllowed ? 'notApplied' : 'failure'; grant = ['Block']; }
      if (kind === 'kiosk' && p.kiosk) { result = 'success'; grant = ['RequireDomainJoinedDevice']; }
      if (kind === 'admin' && p.admin) { result = multi || !p.interactive ? 'success' : 'failure'; grant = ['Mfa']; }
      if (kind === 'compliant' && p.res === 'spo' && p.user.type === 'member' && !p.caExcluded) { result = code === 53000 ? 'failure' : 'success'; grant = ['RequireCompliantDevice']; }
      if (kind === 'guest' && p.user.type === 'guest') { result = 'success'; grant = ['Mfa', 'TermsOfUse']; }
    }
    if (result === 'failure') any = 'failure'; else if (result === 'success' && any !== 'failure') any = 'success';
    if (result !== 'notApplied') out.push({ id: ctx.caIds[i], displayName: name, enforcedGrantControls: grant, enforcedSessionControls: kind === 'admin' ? ['SignInFrequency'] : [], result });
  }
  return [out, any];
}

/**
 * One signIn object. p: { t, user, ip, netKey, app, res, interactive, code, auth, ua, client, device,
 *   sessionId, correlationId, tokenType, protocol, transfer, kiosk, legacy, admin, risk, planted, mfaClaim }
 */
export function makeSignin(ctx, r, p) {
  const code = p.code ?? 0;
  const n = net(p.netKey);
  const [appId, appName, owner] = typeof p.app === 'string' ? APPS[p.app] : p.app;
  const [resId, resName] = typeof p.res === 'string' ? RES[p.res] : p.res;
  const [uaStr, browser, os] = typeof p.ua === 'string' ? UA[p.ua] : p.ua;
  const user = p.user;
  const steps = p.interactive ? authSteps(p.t, p.auth ?? 'prev', user.phoneTail ?? '42') : [];
  const multi = p.interactive ? (MULTI.has(p.auth ?? 'prev') && code === 0) || (p.auth === 'prev' && code !== 0) : !!p.mfaClaim;
  const [policies, caStatus] = caPolicies(ctx, { ...p, res: typeof p.res === 'string' ? p.res : '' }, code, multi);
  const mfaStep = steps.find((s) => s.authenticationStepRequirement === 'Multifactor authentication' && s.authenticationMethod !== 'Previously satisfied' && s.authenticationMethod !== 'Password');
  const methodsUsed = [];
  for (const s of steps) {
    const m = { 'Password': 'Password', 'Mobile app notification': 'Authenticator App', 'Text message': 'SMS', 'FIDO2 security key': 'FIDO', 'OATH verification code': 'Authenticator App', 'Windows Hello for Business': 'Windows Hello for Business', 'Temporary Access Pass': 'Temporary Access Pass' }[s.authenticationMethod];
    if (m && s.succeeded && !methodsUsed.includes(m)) methodsUsed.push(m);
  }
  let addl = null;
  if (code === 0 && multi && (!p.interactive || p.auth === 'prev')) addl = 'MFA requirement satisfied by claim in the token';
  else if (code === 0 && p.interactive && multi) addl = 'MFA completed in Azure AD';
  else if (code === 50074 || code === 50076) addl = 'MFA required in Azure AD';
  else if (code === 500121) addl = mfaStep ? mfaStep.authenticationStepResultDetail : 'MFA denied';
  const dev = p.device || {};
  const id = r.uuid();
  const corp = n.kind === 'corp' && ['hosp-bgo', 'dc-bgo', 'uni-bgo', 'hosp-got', 'uni-got', 'hosp-aar', 'uni-aar', 'uni-abz', 'hosp-ncl'].includes(p.netKey);
  const risk = p.risk || {};
  const o = {
    id,
    createdDateTime: isoGraph(p.t, r.int(0, 9999)),
    userDisplayName: user.name,
    userPrincipalName: user.upn.toLowerCase(),
    userId: user.id,
    appId,
    appDisplayName: appName,
    ipAddress: p.ip,
    ipAddressFromResourceProvider: null,
    clientAppUsed: p.client ?? (browser.startsWith('Rich Client') || browser === '' || browser === 'Mobile Safari' ? 'Mobile Apps and Desktop clients' : 'Browser'),
    userAgent: uaStr,
    correlationId: p.correlationId ?? r.uuid(),
    conditionalAccessStatus: caStatus,
    originalRequestId: p.interactive ? id : '',
    isInteractive: !!p.interactive,
    tokenIssuerName: '',
    tokenIssuerType: 'AzureAD',
    clientCredentialType: 'none',
    processingTimeInMilliseconds: r.int(p.interactive ? 60 : 20, p.interactive ? 420 : 180),
    riskDetail: risk.detail ?? 'none',
    riskLevelAggregated: risk.aggregated ?? risk.level ?? 'none',
    riskLevelDuringSignIn: risk.level ?? 'none',
    riskState: risk.state ?? 'none',
    riskEventTypes: risk.events ?? [],
    riskEventTypes_v2: risk.events ?? [],
    resourceDisplayName: resName,
    resourceId: resId,
    resourceTenantId: ctx.tenantId,
    homeTenantId: user.homeTenantId ?? ctx.tenantId,
    homeTenantName: user.type === 'guest' ? '' : ctx.tenantName,
    authenticationMethodsUsed: methodsUsed,
    authenticationRequirement: multi || (p.interactive && [500121, 50074, 50076].includes(code)) ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    signInIdentifier: p.interactive ? user.upn.toLowerCase() : '',
    signInIdentifierType: p.interactive ? 'userPrincipalName' : null,
    servicePrincipalName: '',
    signInEventTypes: [p.interactive ? 'interactiveUser' : 'nonInteractiveUser'],
    servicePrincipalId: '',
    federatedCredentialId: '',
    userType: user.type,
    flaggedForReview: false,
    isTenantRestricted: false,
    autonomousSystemNumber: n.asn,
    crossTenantAccessType: user.type === 'guest' ? 'b2bCollaboration' : 'none',
    servicePrincipalCredentialKeyId: '',
    servicePrincipalCredentialThumbprint: '',
    uniqueTokenIdentifier: r.b64(16),
    incomingTokenType: p.tokenType ?? 'none',
    authenticationProtocol: p.protocol ?? 'none',
    resourceServicePrincipalId: ctx.spId(resId),
    signInTokenProtectionStatus: 'none',
    originalTransferMethod: p.transfer ?? 'none',
    isThroughGlobalSecureAccess: false,
    globalSecureAccessIpAddress: '',
    conditionalAccessAudiences: [resId],
    sessionId: p.sessionId ?? r.uuid(),
    appOwnerTenantId: owner === 'ms' ? MS_TENANT : owner === 'tenant' ? ctx.tenantId : owner,
    resourceOwnerTenantId: MS_TENANT,
    mfaDetail: mfaStep ? { authMethod: mfaStep.authenticationMethod, authDetail: mfaStep.authenticationMethodDetail || null } : null,
    status: { errorCode: code, failureReason: code ? (ERR[code] ?? 'Other.').replace('{appId}', appId) : 'Other.', additionalDetails: addl },
    deviceDetail: { deviceId: dev.id ?? '', displayName: dev.name ?? '', operatingSystem: os || dev.os || '', browser, isCompliant: !!dev.compliant, isManaged: !!dev.managed, trustType: dev.trust ?? '' },
    location: graphLocation(n),
    appliedEventListeners: [],
    authenticationAppDeviceDetails: null,
    authenticationAppPolicyEvaluationDetails: [],
    appliedConditionalAccessPolicies: policies,
    authenticationContextClassReferences: [],
    authenticationDetails: steps,
    authenticationRequirementPolicies: multi ? [{ requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' }] : [],
    authenticationProcessingDetails: [{ key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: p.legacy ? 'True' : 'False' }, { key: 'Is CAE Token', value: p.interactive ? 'False' : 'True' }],
    networkLocationDetails: corp ? [{ networkType: 'trustedNamedLocation', networkNames: ['Nordhav hospital and campus networks'] }] : [],
    privateLinkDetails: { policyId: '', policyName: '', resourceId: '', policyTenantId: '' },
    sessionLifetimePolicies: [],
    managedServiceIdentity: { msiType: 'none', associatedResourceId: null, federatedTokenId: null, federatedTokenIssuer: null },
  };
  if (p.scopes) o.authenticationProcessingDetails.push({ key: 'Oauth Scope Info', value: JSON.stringify(p.scopes) });
  if (p.planted) o[PLANTED] = p.planted;
  return o;
}

export const CSV_HEADER = '"Date (UTC)","Request ID","User agent","Correlation ID","User ID","User","Username","User type","Cross tenant access type","Incoming token type","Authentication Protocol","Unique token identifier","Original transfer method","Client credential type","Token Protection - Sign In Session","Token Protection - Sign In Session StatusCode","Application","Application ID ","App owner tenant ID","Resource","Resource ID ","Resource tenant ID","Resource owner tenant ID","Home tenant ID","Home tenant name","IP address","Location","Status","Sign-in error code","Failure reason","Client app","Device ID","Browser","Operating System","Compliant","Managed","Join Type","Multifactor authentication result","Multifactor authentication auth method","Multifactor authentication auth detail","Authentication requirement","Sign-in identifier","Session ID","IP address (seen by resource)","Through Global Secure Access","Global Secure Access IP address","Autonomous system  number","Flagged for review","Token issuer type","Incoming token type","Token issuer name","Latency","Conditional Access","Managed Identity type","Associated Resource Id","Federated Token Id","Federated Token Issuer"';

const q = (v) => `"${String(v ?? '').replace(/"/g, '""')}"`;
const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : '');
const CA_WORD = { success: 'Success', failure: 'Failure', notApplied: 'Not Applied' };
const REQ_WORD = { singleFactorAuthentication: 'Single-factor authentication', multiFactorAuthentication: 'Multifactor authentication' };

/** One portal CSV row (57 cells) for an interactive signIn object. */
export function csvRow(o, netKey) {
  const n = net(netKey);
  const mfaStep = o.authenticationDetails.find((s) => s.authenticationStepRequirement === 'Multifactor authentication');
  const d = o.deviceDetail;
  return [
    isoPortal(Date.parse(o.createdDateTime)), o.id, o.userAgent, o.correlationId, o.userId, o.userDisplayName, o.userPrincipalName,
    cap(o.userType), o.crossTenantAccessType === 'none' ? 'None' : 'B2B collaboration', o.incomingTokenType, o.authenticationProtocol,
    o.uniqueTokenIdentifier, o.originalTransferMethod, o.clientCredentialType, o.signInTokenProtectionStatus, '',
    o.appDisplayName, o.appId, o.appOwnerTenantId, o.resourceDisplayName, o.resourceId, o.resourceTenantId, o.resourceOwnerTenantId,
    o.homeTenantId, o.homeTenantName, o.ipAddress, portalLocation(n), statusWord(o.status.errorCode), o.status.errorCode,
    o.status.errorCode ? o.status.failureReason : '', o.clientAppUsed, d.deviceId, d.browser, d.operatingSystem,
    d.isCompliant ? 'True' : 'False', d.isManaged ? 'True' : 'False', d.trustType,
    mfaStep ? mfaStep.authenticationStepResultDetail : '', mfaStep ? mfaStep.authenticationMethod : '', mfaStep ? mfaStep.authenticationMethodDetail : '',
    REQ_WORD[o.authenticationRequirement], o.signInIdentifier, o.sessionId, '', 'False', '', o.autonomousSystemNumber, 'False',
    o.tokenIssuerType, o.incomingTokenType, o.tokenIssuerName, o.processingTimeInMilliseconds, CA_WORD[o.conditionalAccessStatus], '', '', '', '',
  ].map(q).join(',');
}
