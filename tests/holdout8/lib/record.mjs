// One signIn in Graph's shape, and its row in the portal's 57-column CSV.
import { STATUS_TEXT, INTERRUPTS } from './apps.mjs';
import { place } from './world.mjs';

export const TENANT = { id: 'b7d3e0c4-5f2a-4e81-9c36-1a8f0d2e7b95', name: 'Tallawang Resources Group' };

export const iso = (t) => new Date(Math.round(t / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/**
 * o: { t, user, app:[id,name], res:[id,name], addr:{ip,asn,geo}, err, interactive, dev, ua, clientApp,
 *      sessionId, protocol, transfer, incoming, mfa:{method,detail,result}, authReq, ca, risk, issuer }
 */
export function makeSignin(rng, o) {
  const u = o.user, p = place(o.addr.geo), err = o.err || 0, dev = o.dev || {};
  const id = rng.uuid();
  const caFail = err === 53003 || err === 53000 || err === 530032;
  return {
    id,
    createdDateTime: iso(o.t),
    userDisplayName: u.name,
    userPrincipalName: u.upn,
    userId: u.id,
    appId: o.app[0],
    appDisplayName: o.app[1],
    ipAddress: o.addr.ip,
    clientAppUsed: o.clientApp || (o.interactive ? 'Browser' : 'Mobile Apps and Desktop clients'),
    userAgent: o.ua || '',
    correlationId: o.corr || rng.uuid(),
    conditionalAccessStatus: caFail ? 'failure' : (o.ca || 'notApplied'),
    originalRequestId: id,
    isInteractive: !!o.interactive,
    tokenIssuerName: o.issuer ? o.issuer.name : '',
    tokenIssuerType: o.issuer ? o.issuer.type : 'AzureAD',
    processingTimeInMilliseconds: rng.int(28, o.interactive ? 620 : 180),
    riskDetail: 'none',
    riskLevelAggregated: o.risk ? o.risk.level : 'none',
    riskLevelDuringSignIn: o.risk ? o.risk.level : 'none',
    riskState: o.risk ? 'atRisk' : 'none',
    riskEventTypes_v2: o.risk ? o.risk.types : [],
    resourceDisplayName: o.res[1],
    resourceId: o.res[0],
    resourceTenantId: o.resTenant || TENANT.id,
    homeTenantId: u.homeTenantId || TENANT.id,
    homeTenantName: u.homeTenantName || TENANT.name,
    authenticationRequirement: o.authReq || 'singleFactorAuthentication',
    signInIdentifier: o.identifier ?? u.upn,
    signInIdentifierType: 'userPrincipalName',
    signInEventTypes: [o.interactive ? 'interactiveUser' : 'nonInteractiveUser'],
    userType: u.type === 'Guest' ? 'guest' : 'member',
    crossTenantAccessType: u.type === 'Guest' ? 'b2bCollaboration' : 'none',
    incomingTokenType: o.incoming || 'none',
    authenticationProtocol: o.protocol || 'none',
    originalTransferMethod: o.transfer || 'none',
    clientCredentialType: 'none',
    uniqueTokenIdentifier: rng.b64url(16),
    sessionId: o.sessionId || '',
    autonomousSystemNumber: o.addr.asn,
    isThroughGlobalSecureAccess: false,
    flaggedForReview: false,
    status: { errorCode: err, failureReason: err ? (STATUS_TEXT[err] || 'Other.') : '', additionalDetails: o.mfa && !err ? o.mfa.result : '' },
    deviceDetail: {
      deviceId: dev.id || '', displayName: dev.name || '', operatingSystem: dev.os || '', browser: dev.browser || '',
      isCompliant: !!dev.compliant, isManaged: !!dev.managed, trustType: dev.trust || '',
    },
    location: { city: p.city, state: p.state, countryOrRegion: p.cc, geoCoordinates: { latitude: p.lat, longitude: p.lon } },
    mfaDetail: o.mfa ? { authMethod: o.mfa.method, authDetail: o.mfa.detail || null } : null,
    appliedConditionalAccessPolicies: [],
  };
}

const q = (v) => '"' + String(v ?? '').replace(/"/g, '""') + '"';
const statusWord = (e) => (e === 0 ? 'Success' : INTERRUPTS.has(e) ? 'Interrupted' : 'Failure');
const caWord = { success: 'Success', failure: 'Failure', notApplied: 'Not Applied' };
const reqWord = { singleFactorAuthentication: 'Single-factor authentication', multiFactorAuthentication: 'Multifactor authentication' };
const tf = (b) => (b ? 'True' : 'False');

export const CSV_HEADER = '"Date (UTC)","Request ID","User agent","Correlation ID","User ID","User","Username","User type","Cross tenant access type","Incoming token type","Authentication Protocol","Unique token identifier","Original transfer method","Client credential type","Token Protection - Sign In Session","Token Protection - Sign In Session StatusCode","Application","Application ID ","App owner tenant ID","Resource","Resource ID ","Resource tenant ID","Resource owner tenant ID","Home tenant ID","Home tenant name","IP address","Location","Status","Sign-in error code","Failure reason","Client app","Device ID","Browser","Operating System","Compliant","Managed","Join Type","Multifactor authentication result","Multifactor authentication auth method","Multifactor authentication auth detail","Authentication requirement","Sign-in identifier","Session ID","IP address (seen by resource)","Through Global Secure Access","Global Secure Access IP address","Autonomous system  number","Flagged for review","Token issuer type","Incoming token type","Token issuer name","Latency","Conditional Access","Managed Identity type","Associated Resource Id","Federated Token Id","Federated Token Issuer"';

const MS_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';
export function csvRow(s) {
  const d = s.deviceDetail, l = s.location, e = s.status.errorCode;
  const ownApp = /^(6f1c2a9e|b2e47d10|e81f5c32|3a9d7e21|5c2f8b47|7d4e1a6b|9b3c6e1f|2e7b9c4d)/.test(s.appId);
  return [
    s.createdDateTime, s.id, s.userAgent, s.correlationId, s.userId, s.userDisplayName, s.userPrincipalName,
    s.userType === 'guest' ? 'Guest' : 'Member', s.crossTenantAccessType, s.incomingTokenType, s.authenticationProtocol,
    s.uniqueTokenIdentifier, s.originalTransferMethod, s.clientCredentialType, 'none', '',
    s.appDisplayName, s.appId, ownApp ? TENANT.id : MS_TENANT, s.resourceDisplayName, s.resourceId, s.resourceTenantId,
    ownApp ? TENANT.id : MS_TENANT, s.homeTenantId, s.homeTenantName, s.ipAddress,
    `${l.city}, ${l.state}, ${l.countryOrRegion}`, statusWord(e), e, s.status.failureReason, s.clientAppUsed,
    d.deviceId, d.browser, d.operatingSystem, tf(d.isCompliant), tf(d.isManaged), d.trustType,
    s.mfaDetail && e === 0 ? s.status.additionalDetails : '', s.mfaDetail ? s.mfaDetail.authMethod : '',
    s.mfaDetail ? s.mfaDetail.authDetail || '' : '', reqWord[s.authenticationRequirement], s.signInIdentifier,
    s.sessionId, '', tf(false), '', s.autonomousSystemNumber, tf(false), s.tokenIssuerType, s.incomingTokenType,
    s.tokenIssuerName, s.processingTimeInMilliseconds, caWord[s.conditionalAccessStatus], '', '', '', '',
  ].map(q).join(',');
}
