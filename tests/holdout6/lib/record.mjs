// Builds one Graph (beta) signIn object in Graph's key order, and flattens it to the 57-column portal CSV row.
import { ERR, CA, MS_TENANT } from './catalog.mjs';

export const PLANTED = Symbol('planted');
export const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const MFA_RESULT = {
  ok: 'MFA successfully completed',
  claim: 'MFA requirement satisfied by claim in the token',
  declined: 'MFA denied; user declined the authentication',
  timeout: 'MFA denied; user did not respond to mobile app notification',
  fraud: 'MFA denied; user declined the authentication and reported fraud',
  registered: 'MFA completed in Azure AD',
};

function authDetails(c, when) {
  const step = (m, d, ok, res, req) => ({ authenticationStepDateTime: when, authenticationMethod: m, authenticationMethodDetail: d, succeeded: ok, authenticationStepResultDetail: res, authenticationStepRequirement: req, StatusSequence: 0, RequestSequence: 0 });
  const a = c.auth;
  const pwd = c.code === 50126 || c.code === 50053 ? step('Password', 'Password in the cloud', false, 'Invalid username or password or Invalid on-premise username or password.', 'Primary authentication')
    : step('Password', 'Password in the cloud', true, 'Correct password', 'Primary authentication');
  if (a === 'pwd') return [pwd];
  if (a === 'claim' || a === 'prt') return [step('Previously satisfied', null, true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'), ...(c.mfaReq ? [step('Previously satisfied', null, true, 'MFA requirement satisfied by claim in the token', 'MFA')] : [])];
  if (a === 'whfb') return [step('Windows Hello for Business', null, true, 'Correct PIN', 'Primary authentication')];
  if (a === 'fido') return [step('Passkey (device-bound)', null, true, 'Passkey verified', 'Primary authentication')];
  if (a === 'tap') return [step('Temporary Access Pass', null, true, 'Temporary Access Pass verified', 'Primary authentication')];
  if (a === 'federated') return [step('Previously satisfied', null, true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'), step('Previously satisfied', null, true, 'MFA requirement satisfied by claim provided by external provider', 'MFA')];
  // password + second factor
  const m = c.mfaMethod || 'Mobile app notification';
  if (c.code === 50126 || c.code === 50053) return [pwd];
  if (c.code === 500121) return [pwd, step(m, null, false, c.mfaResult === 'timeout' ? 'MFA denied; user did not respond to mobile app notification' : 'MFA denied; user declined the authentication', 'MFA')];
  if (c.code === 50074 || c.code === 50076) return [pwd];
  return [pwd, step(m, m === 'Text message' ? c.phone || '+X XXXXXXXX' : null, true, 'MFA successfully completed', 'MFA')];
}

/** c: the sign-in context (see routines); returns the Graph object. */
export function signin(rng, c) {
  const u = c.user, when = iso(c.t);
  const code = c.code || 0;
  const [, reason] = ERR[code] || ['Failure', 'Other.'];
  const id = rng.uuid();
  const mfaReq = c.mfaReq ?? (c.auth !== 'pwd');
  c.mfaReq = mfaReq;
  let addl = c.additional ?? null;
  if (addl === null && code === 0 && mfaReq) addl = c.auth === 'mfa' ? MFA_RESULT.ok : c.auth === 'federated' ? 'MFA requirement satisfied by claim provided by external provider' : MFA_RESULT.claim;
  if (addl === null && code === 500121) addl = MFA_RESULT[c.mfaResult || 'declined'];
  const dev = c.dev || {};
  const caList = (c.ca || []).map(([k, r]) => ({ id: CA[k][0], displayName: CA[k][1], enforcedGrantControls: r === 'notApplied' ? [] : CA[k][2], enforcedSessionControls: k === 'crewSif' && r !== 'notApplied' ? ['SignInFrequency'] : [], result: r, conditionsSatisfied: r === 'notApplied' ? 0 : 3, conditionsNotSatisfied: r === 'notApplied' ? 1 : 0 }));
  const caStatus = c.caStatus || (caList.some((p) => p.result === 'failure') ? 'failure' : caList.some((p) => p.result === 'success') ? 'success' : 'notApplied');
  const guest = u.userType === 'guest';
  const o = {
    id,
    createdDateTime: when,
    userDisplayName: u.displayName,
    userPrincipalName: c.upnOverride || u.upn,
    userId: u.id,
    appId: c.app[0],
    appDisplayName: c.app[1],
    ipAddress: c.ip,
    ipAddressFromResourceProvider: null,
    clientAppUsed: c.client || 'Mobile Apps and Desktop clients',
    userAgent: c.ua ?? '',
    correlationId: c.correlationId || rng.uuid(),
    conditionalAccessStatus: caStatus,
    originalRequestId: id,
    isInteractive: !!c.interactive,
    tokenIssuerName: c.issuerName || '',
    tokenIssuerType: c.issuerType || 'AzureAD',
    clientCredentialType: 'none',
    processingTimeInMilliseconds: c.latency ?? rng.int(40, 420),
    riskDetail: c.riskDetail || 'none',
    riskLevelAggregated: c.riskAgg || 'none',
    riskLevelDuringSignIn: c.riskDuring || 'none',
    riskState: c.riskState || 'none',
    riskEventTypes: c.riskEvents || [],
    riskEventTypes_v2: c.riskEvents || [],
    resourceDisplayName: c.res[1],
    resourceId: c.res[0],
    resourceTenantId: c.resourceTenant || c.tenant.id,
    homeTenantId: u.homeTenantId,
    homeTenantName: u.homeTenantName,
    authenticationMethodsUsed: c.methodsUsed || [],
    authenticationRequirement: mfaReq ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    signInIdentifier: c.interactive ? (c.signInIdentifier ?? c.upnOverride ?? u.upn) : null,
    signInIdentifierType: c.interactive ? 'userPrincipalName' : null,
    servicePrincipalName: null,
    signInEventTypes: [c.interactive ? 'interactiveUser' : 'nonInteractiveUser'],
    servicePrincipalId: '',
    federatedCredentialId: '',
    userType: guest ? 'guest' : 'member',
    flaggedForReview: false,
    isTenantRestricted: false,
    autonomousSystemNumber: c.asn,
    crossTenantAccessType: guest ? 'b2bCollaboration' : 'none',
    servicePrincipalCredentialKeyId: '',
    servicePrincipalCredentialThumbprint: '',
    uniqueTokenIdentifier: rng.b64url(16),
    incomingTokenType: c.incoming || 'none',
    authenticationProtocol: c.protocol || 'none',
    resourceServicePrincipalId: c.resSp || '',
    signInTokenProtectionStatus: c.tokenProtection || 'none',
    originalTransferMethod: c.transfer || 'none',
    isThroughGlobalSecureAccess: false,
    globalSecureAccessIpAddress: null,
    conditionalAccessAudiences: [],
    sessionId: c.session || '',
    appOwnerTenantId: c.app[2] || MS_TENANT,
    resourceOwnerTenantId: c.res[2] || MS_TENANT,
    mfaDetail: mfaReq && code === 0 && c.auth === 'mfa' ? { authMethod: c.mfaMethod || 'Mobile app notification', authDetail: c.mfaMethod === 'Text message' ? (c.phone || null) : null } : { authMethod: null, authDetail: null },
    status: { errorCode: code, failureReason: reason, additionalDetails: addl },
    deviceDetail: { deviceId: dev.id || '', displayName: dev.name || '', operatingSystem: c.os || dev.os || '', browser: c.browser || '', isCompliant: !!dev.compliant, isManaged: !!dev.managed, trustType: dev.trust || '' },
    location: c.net.loc,
    appliedConditionalAccessPolicies: caList,
    authenticationContextClassReferences: [],
    authenticationProcessingDetails: c.procDetails || [],
    networkLocationDetails: c.named ? [{ networkType: 'namedNetwork', networkNames: [c.named] }] : [],
    authenticationDetails: c.interactive || c.auth === 'pwd' ? authDetails(c, when) : [],
    authenticationRequirementPolicies: mfaReq ? [{ requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' }] : [],
    sessionLifetimePolicies: [],
    privateLinkDetails: { policyId: '', policyName: '', resourceId: '', policyTenantId: '' },
    appliedEventListeners: [],
    authenticationAppDeviceDetails: null,
    authenticationAppPolicyEvaluationDetails: [],
    managedServiceIdentity: { msiType: 'none', associatedResourceId: null, federatedTokenId: null, federatedTokenIssuer: null },
    tokenProtectionStatusDetails: { signInSessionStatus: 'unbound', signInSessionStatusCode: 1003 },
  };
  if (c.planted) o[PLANTED] = true;
  return o;
}

const Q = (v) => `"${String(v ?? '').replace(/"/g, '""')}"`;
const TF = (b) => (b ? 'True' : 'False');
const REQ = { multiFactorAuthentication: 'Multifactor authentication', singleFactorAuthentication: 'Single-factor authentication' };
const PROTO = { none: 'None', deviceCode: 'Device Code', ropc: 'ROPC', oAuth2: 'OAuth 2.0', saml20: 'SAML 2.0', wsFederation: 'WS-Federation' };
const INC = { none: 'None', primaryRefreshToken: 'Primary Refresh Token', refreshToken: 'Refresh token', saml20: 'SAML 2.0' };
const CAS = { success: 'Success', failure: 'Failure', notApplied: 'Not Applied' };
const TRUST = { AzureAd: 'Microsoft Entra joined', Hybrid: 'Microsoft Entra hybrid joined', Workplace: 'Microsoft Entra registered' };

export const CSV_HEADER = '"Date (UTC)","Request ID","User agent","Correlation ID","User ID","User","Username","User type","Cross tenant access type","Incoming token type","Authentication Protocol","Unique token identifier","Original transfer method","Client credential type","Token Protection - Sign In Session","Token Protection - Sign In Session StatusCode","Application","Application ID ","App owner tenant ID","Resource","Resource ID ","Resource tenant ID","Resource owner tenant ID","Home tenant ID","Home tenant name","IP address","Location","Status","Sign-in error code","Failure reason","Client app","Device ID","Browser","Operating System","Compliant","Managed","Join Type","Multifactor authentication result","Multifactor authentication auth method","Multifactor authentication auth detail","Authentication requirement","Sign-in identifier","Session ID","IP address (seen by resource)","Through Global Secure Access","Global Secure Access IP address","Autonomous system  number","Flagged for review","Token issuer type","Incoming token type","Token issuer name","Latency","Conditional Access","Managed Identity type","Associated Resource Id","Federated Token Id","Federated Token Issuer"';

export function csvRow(o) {
  const L = o.location, d = o.deviceDetail, st = o.status;
  const statusText = ERR[st.errorCode] ? ERR[st.errorCode][0] : 'Failure';
  const cells = [
    o.createdDateTime, o.id, o.userAgent, o.correlationId, o.userId, o.userDisplayName, o.userPrincipalName,
    o.userType === 'guest' ? 'Guest' : 'Member', o.crossTenantAccessType === 'none' ? 'None' : 'B2B collaboration',
    INC[o.incomingTokenType] || o.incomingTokenType, PROTO[o.authenticationProtocol] ?? o.authenticationProtocol, o.uniqueTokenIdentifier,
    o.originalTransferMethod === 'deviceCodeFlow' ? 'Device code flow' : 'None', 'None', 'Unbound', '',
    o.appDisplayName, o.appId, o.appOwnerTenantId, o.resourceDisplayName, o.resourceId, o.resourceTenantId, o.resourceOwnerTenantId,
    o.homeTenantId, o.homeTenantName, o.ipAddress, [L.city, L.state, L.countryOrRegion].join(', '),
    statusText, st.errorCode, st.failureReason, o.clientAppUsed, d.deviceId, d.browser, d.operatingSystem,
    d.deviceId || d.isManaged ? TF(d.isCompliant) : '', d.deviceId || d.isManaged ? TF(d.isManaged) : '', TRUST[d.trustType] || '',
    st.additionalDetails || '', o.mfaDetail.authMethod || '', o.mfaDetail.authDetail || '',
    REQ[o.authenticationRequirement], o.signInIdentifier || '', o.sessionId, o.ipAddressFromResourceProvider || '',
    'False', '', o.autonomousSystemNumber, 'False', o.tokenIssuerType, INC[o.incomingTokenType] || o.incomingTokenType,
    o.tokenIssuerName, o.processingTimeInMilliseconds, CAS[o.conditionalAccessStatus] || o.conditionalAccessStatus, '', '', '', '',
  ];
  return cells.map(Q).join(',');
}
