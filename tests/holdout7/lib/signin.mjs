// One Graph signIn object per sign-in, and its 57-column portal CSV row.
import { ERR, INTERRUPT, MS_TENANT } from './catalog.mjs';

export const CSV_HEADER = '"Date (UTC)","Request ID","User agent","Correlation ID","User ID","User","Username","User type","Cross tenant access type","Incoming token type","Authentication Protocol","Unique token identifier","Original transfer method","Client credential type","Token Protection - Sign In Session","Token Protection - Sign In Session StatusCode","Application","Application ID ","App owner tenant ID","Resource","Resource ID ","Resource tenant ID","Resource owner tenant ID","Home tenant ID","Home tenant name","IP address","Location","Status","Sign-in error code","Failure reason","Client app","Device ID","Browser","Operating System","Compliant","Managed","Join Type","Multifactor authentication result","Multifactor authentication auth method","Multifactor authentication auth detail","Authentication requirement","Sign-in identifier","Session ID","IP address (seen by resource)","Through Global Secure Access","Global Secure Access IP address","Autonomous system  number","Flagged for review","Token issuer type","Incoming token type","Token issuer name","Latency","Conditional Access","Managed Identity type","Associated Resource Id","Federated Token Id","Federated Token Issuer"';

const STEP = {
  password: ['Password', 'Password in the cloud', 'Correct password', 'Primary authentication'],
  badPassword: ['Password', 'Password in the cloud', 'Invalid username or password or Invalid on-premise username or password.', 'Primary authentication'],
  prev: ['Previously satisfied', null, 'First factor requirement satisfied by claim in the token', 'Primary authentication'],
  prt: ['Previously satisfied', null, 'First factor requirement satisfied by claim in the token', 'Primary authentication'],
  whfb: ['Windows Hello for Business', null, 'Windows Hello for Business', 'Primary authentication'],
  fido: ['Passkey (Microsoft Authenticator)', null, 'Passkey (Microsoft Authenticator)', 'Primary authentication'],
  tap: ['Temporary Access Pass', null, 'Temporary Access Pass', 'Primary authentication'],
  fed: ['Password', 'Federated', 'Authentication completed by federated identity provider', 'Primary authentication'],
  mfaPrev: ['Previously satisfied', null, 'MFA requirement satisfied by claim in the token', 'MFA'],
  push: ['Mobile app notification', null, 'MFA successfully completed', 'MFA'],
  pushDenied: ['Mobile app notification', null, 'MFA denied; user declined the authentication', 'MFA'],
  pushTimeout: ['Mobile app notification', null, 'MFA denied; user did not respond to mobile app notification', 'MFA'],
  pushPending: ['Mobile app notification', null, 'MFA required in Azure AD', 'MFA'],
  otp: ['OATH verification code', null, 'MFA successfully completed', 'MFA'],
  sms: ['Text message', null, 'MFA successfully completed', 'MFA'],
  mfaFed: ['Previously satisfied', null, 'MFA requirement satisfied by claim provided by external provider', 'MFA'],
};
const MFA_METHODS = { push: 'Mobile app notification', pushDenied: 'Mobile app notification', pushTimeout: 'Mobile app notification', otp: 'OATH verification code', sms: 'Text message', whfb: 'Windows Hello for Business', fido: 'Passkey (Microsoft Authenticator)', mfaPrev: 'Previously satisfied', mfaFed: 'Previously satisfied' };

// Non-interactive records are exported lean (a $select of the useful beta properties) to keep the file small.
const LEAN = ['ipAddressFromResourceProvider', 'originalRequestId', 'servicePrincipalName', 'servicePrincipalId', 'federatedCredentialId', 'flaggedForReview', 'isTenantRestricted', 'servicePrincipalCredentialKeyId', 'servicePrincipalCredentialThumbprint', 'signInIdentifier', 'signInIdentifierType', 'signInTokenProtectionStatus', 'resourceServicePrincipalId', 'appOwnerTenantId', 'resourceOwnerTenantId', 'processingTimeInMilliseconds'];
const iso = (t) => new Date(t).toISOString();
const CA_POLICIES = [
  ['5c1a9e2d-7b44-4f0e-9a61-2e8d3c7b1f01', 'CA001 All users: require MFA', ['Mfa']],
  ['8e2b4c6d-1a3f-4b5e-8c7d-9f0a1b2c3d04', 'CA004 Block legacy authentication', ['Block']],
];

/** o: { rng, t, u, app, res, ipi, dev, ua, inter, code, steps, addl, session, corr, clientApp, proto, incoming, transfer, risk, ca, issuer, cred, cross, named, mfa } */
export function signIn(o) {
  const code = o.code || 0;
  const id = o.rng.uuid();
  const steps = (o.steps || []).map((k, i) => {
    const s = STEP[k];
    return { authenticationStepDateTime: iso(o.t - (o.steps.length - 1 - i) * 4000), authenticationMethod: s[0], authenticationMethodDetail: s[1], succeeded: !/^(badPassword|pushDenied|pushTimeout|pushPending)$/.test(k), authenticationStepResultDetail: s[2], authenticationStepRequirement: s[3] };
  });
  const mfaReq = o.mfa ?? steps.some((s) => s.authenticationStepRequirement === 'MFA');
  const ip = o.ipi, c = ip.city, d = o.dev || {};
  const ca = o.ca ?? (code === 53003 || code === 53000 ? 'failure' : (o.clientApp && o.clientApp !== 'Browser' && o.clientApp !== 'Mobile Apps and Desktop clients') ? 'notApplied' : 'success');
  const pol = CA_POLICIES.map(([pid, name, g], i) => ({ id: pid, displayName: name, enforcedGrantControls: g, enforcedSessionControls: [], result: i === 0 ? (ca === 'notApplied' ? 'notApplied' : code === 53003 ? 'notApplied' : 'success') : (code === 53003 && o.clientApp !== 'Browser' ? 'failure' : 'notApplied') }));
  const u = o.u, guest = u.type === 'guest';
  const rec = {
    id, createdDateTime: iso(o.t), userDisplayName: u.name, userPrincipalName: u.upn, userId: u.id,
    appId: o.app.id, appDisplayName: o.app.name, ipAddress: ip.ip, ipAddressFromResourceProvider: null,
    clientAppUsed: o.clientApp || 'Mobile Apps and Desktop clients', userAgent: o.ua ?? '', correlationId: o.corr || o.rng.uuid(),
    conditionalAccessStatus: ca, originalRequestId: id, isInteractive: !!o.inter,
    tokenIssuerName: o.issuer?.name ?? '', tokenIssuerType: o.issuer?.type ?? 'AzureAD', processingTimeInMilliseconds: o.rng.int(18, 420),
    riskDetail: o.risk?.detail ?? 'none', riskLevelAggregated: o.risk?.level ?? 'none', riskLevelDuringSignIn: o.risk?.level ?? 'none',
    riskState: o.risk?.state ?? 'none', riskEventTypes_v2: o.risk?.types ?? [],
    resourceDisplayName: o.res.name, resourceId: o.res.id, resourceTenantId: o.resTenant || o.tenant.id,
    homeTenantId: u.homeTenantId, homeTenantName: guest ? '' : o.tenant.name,
    authenticationMethodsUsed: [], authenticationRequirement: mfaReq ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    signInIdentifier: o.inter ? u.upn : '', signInIdentifierType: o.inter ? 'userPrincipalName' : null,
    servicePrincipalName: '', signInEventTypes: [o.inter ? 'interactiveUser' : 'nonInteractiveUser'], servicePrincipalId: '',
    federatedCredentialId: '', userType: guest ? 'guest' : 'member', flaggedForReview: false, isTenantRestricted: false,
    autonomousSystemNumber: ip.asn, crossTenantAccessType: o.cross || (guest ? 'b2bCollaboration' : 'none'),
    servicePrincipalCredentialKeyId: '', servicePrincipalCredentialThumbprint: '', uniqueTokenIdentifier: o.rng.b64url(16),
    incomingTokenType: o.incoming || 'none', authenticationProtocol: o.proto || 'none', resourceServicePrincipalId: o.res.spId || '',
    sessionId: o.session || '', originalTransferMethod: o.transfer || 'none', clientCredentialType: o.cred || 'none',
    signInTokenProtectionStatus: 'none', appOwnerTenantId: o.app.owner || MS_TENANT, resourceOwnerTenantId: o.res.owner || MS_TENANT,
    status: { errorCode: code, failureReason: ERR[code] ?? 'Other.', additionalDetails: o.addl ?? null },
    deviceDetail: { deviceId: d.id || '', displayName: d.name || '', operatingSystem: d.os || '', browser: o.browser ?? d.browser ?? '', isCompliant: !!d.compliant, isManaged: !!d.managed, trustType: d.trust || '' },
    location: { city: c.city, state: c.state, countryOrRegion: c.cc, geoCoordinates: { altitude: null, latitude: c.lat, longitude: c.lon } },
    appliedConditionalAccessPolicies: pol, authenticationDetails: steps,
    networkLocationDetails: o.named ? [{ networkType: 'trustedNamedLocation', networkNames: [o.named] }] : [],
  };
  if (!o.inter) for (const k of LEAN) delete rec[k];
  if (!o.inter) { rec.appliedConditionalAccessPolicies = []; rec.authenticationDetails = []; }
  if (rec.authenticationDetails.length) rec.authenticationMethodsUsed = [...new Set(steps.filter((s) => s.succeeded && s.authenticationMethod !== 'Previously satisfied').map((s) => s.authenticationMethod))];
  return rec;
}

const PROTO = { none: 'None', deviceCode: 'Device Code', ropc: 'ROPC', saml20: 'SAML 2.0', wsFederation: 'WS-Federation', oAuth2: 'OAuth 2.0' };
const INCOMING = { none: 'None', primaryRefreshToken: 'Primary Refresh Token', refreshToken: 'Refresh token', saml11: 'SAML 1.1', saml20: 'SAML 2.0' };
const CROSS = { none: 'None', b2bCollaboration: 'B2B collaboration' };
const CA_TXT = { success: 'Success', failure: 'Failure', notApplied: 'Not Applied' };
const q = (v) => `"${String(v ?? '').replace(/"/g, '""')}"`;
const tf = (b) => (b ? 'True' : 'False');

export function csvRow(r) {
  const code = r.status.errorCode, d = r.deviceDetail, l = r.location;
  const mfa = r.authenticationDetails.filter((s) => s.authenticationStepRequirement === 'MFA').pop();
  const incoming = INCOMING[r.incomingTokenType] || 'None';
  const cells = [
    r.createdDateTime, r.id, r.userAgent, r.correlationId, r.userId, r.userDisplayName, r.userPrincipalName,
    r.userType === 'guest' ? 'Guest' : 'Member', CROSS[r.crossTenantAccessType] || 'None', incoming, PROTO[r.authenticationProtocol] || 'None',
    r.uniqueTokenIdentifier, r.originalTransferMethod === 'deviceCodeFlow' ? 'Device code flow' : 'None',
    r.clientCredentialType === 'clientSecret' ? 'Client secret' : 'None', 'None', '',
    r.appDisplayName, r.appId, r.appOwnerTenantId, r.resourceDisplayName, r.resourceId, r.resourceTenantId, r.resourceOwnerTenantId,
    r.homeTenantId, r.homeTenantName, r.ipAddress, `${l.city}, ${l.state}, ${l.countryOrRegion}`,
    code === 0 ? 'Success' : INTERRUPT.has(code) ? 'Interrupted' : 'Failure', code, code === 0 ? '' : r.status.failureReason,
    r.clientAppUsed, d.deviceId, d.browser, d.operatingSystem, tf(d.isCompliant), tf(d.isManaged), d.trustType,
    mfa ? mfa.authenticationStepResultDetail : '', mfa ? MFA_METHODS[Object.keys(STEP).find((k) => STEP[k][2] === mfa.authenticationStepResultDetail && STEP[k][0] === mfa.authenticationMethod)] || mfa.authenticationMethod : '', '',
    r.authenticationRequirement === 'multiFactorAuthentication' ? 'Multifactor authentication' : 'Single-factor authentication',
    r.signInIdentifier, r.sessionId, '', 'False', '', r.autonomousSystemNumber, 'False', r.tokenIssuerType, incoming, r.tokenIssuerName,
    r.processingTimeInMilliseconds, CA_TXT[r.conditionalAccessStatus] || 'Not Applied', '', '', '', '',
  ];
  return cells.map(q).join(',');
}
