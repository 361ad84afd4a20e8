// Turn internal sign-in events into Graph signIn objects and Entra portal CSV rows.
import { TENANT_ID, APPS } from './world.mjs';

const MS_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';
const FIRST_PARTY = new Set(Object.values(APPS).filter((a) => !/^(b3e0|0f6c|7a21|e8d4|4c9f|e54c|a1b7)/.test(a.id)).map((a) => a.id));

export const REASON = {
  0: null,
  50126: 'Error validating credentials due to invalid username or password.',
  50074: 'Strong Authentication is required.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access this resource.',
  500121: 'Authentication failed during strong authentication request.',
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  50055: 'The password is expired.',
  50057: 'User account is disabled.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  50125: 'Sign-in was interrupted due to a password reset or password registration entry.',
  50072: 'Users needs to enroll for second factor authentication (interactive).',
  50058: 'Session information is not sufficient for single-sign-on.',
  50133: 'Session is invalid due to expiration or recent password change.',
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed.',
  16000: 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
};
const INTERRUPT = new Set([50074, 50076, 50140, 50125, 50072, 50058, 16000]);

export const statusText = (code) => (code === 0 ? 'Success' : INTERRUPT.has(code) ? 'Interrupted' : 'Failure');

const iso = (t) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
const isoFrac = (t, id) => new Date(t).toISOString().replace(/\.(\d{3})Z$/, (m, ms) => `.${ms}${String(parseInt(id.slice(0, 4), 16) % 10000).padStart(4, '0')}Z`);
const b64u = (hex) => Buffer.from(hex.replace(/-/g, ''), 'hex').toString('base64url');

const CA_CSV = { success: 'Success', failure: 'Failure', notApplied: 'Not Applied' };
const REQ_CSV = { singleFactorAuthentication: 'Single-factor authentication', multiFactorAuthentication: 'Multifactor authentication' };
const PROTO_CSV = { none: 'None', deviceCode: 'Device Code', ropc: 'ROPC', oAuth2: 'OAuth 2.0', saml20: 'SAML 2.0' };
const TOKEN_CSV = { none: 'None', primaryRefreshToken: 'Primary Refresh Token', refreshToken: 'Refresh token' };

/** Graph signIn object (beta schema, keys in the order Graph returns them). */
export function toGraph(e) {
  const u = e.user || {};
  const d = e.dev || {};
  const g = e.geo || ['', '', '', 0, 0];
  const mi = e.kind === 'managedIdentity';
  const multi = e.authReq === 'multiFactorAuthentication';
  return {
    id: e.id,
    createdDateTime: isoFrac(e.t, e.id),
    userDisplayName: mi ? e.app.name : u.name,
    userPrincipalName: mi ? '' : u.upn,
    userId: mi ? '' : u.id,
    appId: e.app.id,
    appDisplayName: e.app.name,
    ipAddress: e.ip,
    clientAppUsed: e.client,
    userAgent: e.ua,
    correlationId: e.corr,
    conditionalAccessStatus: e.ca,
    originalRequestId: e.id,
    isInteractive: !!e.inter,
    tokenIssuerType: 'AzureAD',
    clientCredentialType: mi ? 'managedIdentity' : 'none',
    processingTimeInMilliseconds: e.latency,
    riskDetail: 'none',
    riskLevelAggregated: 'none',
    riskLevelDuringSignIn: 'none',
    riskState: 'none',
    riskEventTypes_v2: [],
    resourceDisplayName: e.res.name,
    resourceId: e.res.id,
    resourceTenantId: TENANT_ID,
    homeTenantId: TENANT_ID,
    authenticationMethodsUsed: [],
    authenticationRequirement: e.authReq,
    signInIdentifier: mi ? '' : u.upn,
    signInIdentifierType: mi ? null : 'userPrincipalName',
    servicePrincipalName: mi ? e.app.name : null,
    signInEventTypes: [mi ? 'managedIdentity' : e.inter ? 'interactiveUser' : 'nonInteractiveUser'],
    servicePrincipalId: mi ? e.spId : '',
    userType: mi ? null : 'member',
    flaggedForReview: false,
    autonomousSystemNumber: e.asn,
    crossTenantAccessType: 'none',
    uniqueTokenIdentifier: b64u(e.id),
    incomingTokenType: e.incoming || 'none',
    authenticationProtocol: e.proto || 'none',
    sessionId: mi ? '' : e.session,
    mfaDetail: multi && e.mfaMethod ? { authMethod: e.mfaMethod, authDetail: null } : null,
    status: { errorCode: e.code, failureReason: REASON[e.code] ?? 'Other.', additionalDetails: e.detail ?? null },
    deviceDetail: {
      deviceId: d.id || '', displayName: d.name || '', operatingSystem: d.os || '', browser: d.browser || '',
      isCompliant: !!d.compliant, isManaged: !!d.managed, trustType: d.trust || '',
    },
    location: { city: g[0], state: g[1], countryOrRegion: g[2], geoCoordinates: { altitude: null, latitude: g[3], longitude: g[4] } },
    appliedConditionalAccessPolicies: [],
    networkLocationDetails: e.trusted ? [{ networkType: 'namedNetwork', networkNames: [e.trusted] }] : [],
    authenticationDetails: [],
  };
}

export const CSV_HEADER = ['Date (UTC)', 'Request ID', 'User agent', 'Correlation ID', 'User ID', 'User', 'Username', 'User type', 'Cross tenant access type', 'Incoming token type', 'Authentication Protocol', 'Unique token identifier', 'Original transfer method', 'Client credential type', 'Token Protection - Sign In Session', 'Token Protection - Sign In Session StatusCode', 'Application', 'Application ID ', 'App owner tenant ID', 'Resource', 'Resource ID ', 'Resource tenant ID', 'Resource owner tenant ID', 'Home tenant ID', 'Home tenant name', 'IP address', 'Location', 'Status', 'Sign-in error code', 'Failure reason', 'Client app', 'Device ID', 'Browser', 'Operating System', 'Compliant', 'Managed', 'Join Type', 'Multifactor authentication result', 'Multifactor authentication auth method', 'Multifactor authentication auth detail', 'Authentication requirement', 'Sign-in identifier', 'Session ID', 'IP address (seen by resource)', 'Through Global Secure Access', 'Global Secure Access IP address', 'Autonomous system  number', 'Flagged for review', 'Token issuer type', 'Incoming token type', 'Token issuer name', 'Latency', 'Conditional Access', 'Managed Identity type', 'Associated Resource Id', 'Federated Token Id', 'Federated Token Issuer'];

const q = (v) => `"${v == null ? '' : String(v).replace(/"/g, '""')}"`;
export const csvLine = (cells) => cells.map(q).join(',');

/** One row of the portal's interactive sign-in download. */
export function toCsv(e) {
  const u = e.user, d = e.dev || {}, g = e.geo || ['', '', '', 0, 0];
  const tok = TOKEN_CSV[e.incoming || 'none'] || 'None';
  const owner = FIRST_PARTY.has(e.app.id) ? MS_TENANT : TENANT_ID;
  const resOwner = FIRST_PARTY.has(e.res.id) || e.res.id.startsWith('0000000') ? MS_TENANT : TENANT_ID;
  const multi = e.authReq === 'multiFactorAuthentication';
  return csvLine([
    iso(e.t), e.id, e.ua, e.corr, u.id, u.name, u.upn, 'Member', 'None', tok, PROTO_CSV[e.proto || 'none'] || 'None',
    b64u(e.id), 'None', 'None', 'None', '', e.app.name, e.app.id, owner, e.res.name, e.res.id, TENANT_ID, resOwner,
    TENANT_ID, '', e.ip, `${g[0]}, ${g[1]}, ${g[2]}`, statusText(e.code), e.code, e.code === 0 ? '' : REASON[e.code] ?? 'Other.',
    e.client, d.id || '', d.browser || '', d.os || '', d.compliant ? 'True' : 'False', d.managed ? 'True' : 'False', d.trust || '',
    multi ? e.detail || '' : '', multi ? e.mfaMethod || '' : '', '', REQ_CSV[e.authReq] || '', u.upn, e.session, '', 'False', '',
    e.asn, 'False', 'AzureAD', tok, '', e.latency, CA_CSV[e.ca] || 'Not Applied', '', '', '', '',
  ]);
}
