// Builds Graph beta signIn objects (camelCase, `id` first) as Microsoft-Extractor-Suite writes them.
import { ipInfo } from './net.mjs';
import { CA, TENANT_ID } from './catalog.mjs';

export const FAIL = {
  0: null,
  50126: 'Error validating credentials due to invalid username or password.',
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50055: 'The password is expired.',
  50057: 'User account is disabled. The account has been disabled by an administrator.',
  50074: 'Strong Authentication is required.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  50097: 'Device authentication is required.',
  50199: 'For security reasons, user confirmation is required for this request. Please repeat the request allowing user interaction.',
  50158: 'External security challenge not satisfied.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  70044: 'The session has expired or is invalid due to sign-in frequency checks by conditional access.',
  700082: 'The refresh token has expired due to inactivity. The token was issued on a date and was inactive for 90.00:00:00.',
  500121: 'Authentication failed during strong authentication request.',
  50173: "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.",
  65001: 'The user or administrator has not consented to use the application.',
  50125: 'Sign-in was interrupted due to a password reset or password registration entry.',
  50072: 'Users account or session is required to enroll for second factor authentication.',
  16000: 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
};

const TRUSTED_KIND = { corp: 'Mavuno HQ and data centre', branch: 'Mavuno branches', cc: 'Mavuno call centre' };

/** ISO 8601 with 7 fractional digits and Z, as Graph writes createdDateTime. frac: 0..9999999 */
export function iso7(t, frac) {
  const s = new Date(t).toISOString(); // ...sss Z
  if (t % 1000 === 0) return `${s.slice(0, 20)}${String(frac).padStart(7, '0')}Z`; // whole-second plan times: random fraction
  return `${s.slice(0, 23)}${String(frac % 10000).padStart(4, '0')}Z`;
}
const isoS = (t) => new Date(t).toISOString().slice(0, 19) + 'Z';

export function b64url(hex) {
  return Buffer.from(hex, 'hex').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const MOBILE_APPS = new Set(['Outlook Mobile', 'Microsoft Teams', 'PowerApps', 'Microsoft Authenticator App', 'Microsoft Authentication Broker', 'Mavuno Field Loans', 'Microsoft Intune Company Portal', 'Microsoft Office', 'OneDrive SyncEngine', 'Power BI Desktop']);
const OPERATING = new Set(['KE', 'UG', 'TZ', 'RW', 'IN', 'ZA', 'AE', 'GB']);
const LEGACY = new Set(['IMAP4', 'POP3', 'Authenticated SMTP', 'Exchange ActiveSync', 'Other clients', 'MAPI Over HTTP', 'Exchange Web Services']);

/** Evaluate the tenant's CA policies for a sign-in. Returns [policies, status]. */
function evalCa(s, info) {
  const u = s.user, code = s.code || 0;
  const trusted = !!s.trusted;
  const legacy = LEGACY.has(s.clientApp);
  const mobile = s.device && /Android|iOS/.test(s.device.operatingSystem || '');
  const out = [];
  let any = { success: false, failure: false };
  for (const p of CA) {
    let r = 'notApplied';
    let grant = [], sess = [];
    switch (p.id[0]) {
      case 'a': // CA001 MFA outside trusted
        if (u.type === 'guest' || u.kind === 'svc' || legacy) break;
        if (trusted) break;
        if ([50074, 50076, 500121].includes(code)) { r = 'failure'; grant = ['Mfa']; }
        else if (code === 0 || code === 50140 || code === 70044 || code === 700082 || s.mfaSatisfied) { r = s.mfaSatisfied ? 'success' : 'failure'; grant = ['Mfa']; }
        break;
      case 'b': // CA002 tellers/call centre
        if (!['teller', 'cso', 'agent'].includes(u.kind)) break;
        if (trusted) break;
        r = 'failure'; grant = ['Block'];
        break;
      case 'c': // CA003 legacy
        if (!legacy) break;
        if (u.legacyExempt) break;
        r = 'failure'; grant = ['Block'];
        break;
      case 'd': // CA004 admins
        if (!u.caAdmin) break;
        if (!['Azure Portal', 'Microsoft Graph Command Line Tools', 'Microsoft Exchange REST API Based Powershell', 'Microsoft Azure PowerShell'].includes(s.app[1])) break;
        r = s.mfaSatisfied && s.device && s.device.isCompliant ? 'success' : 'failure'; grant = ['Mfa', 'RequireCompliantDevice'];
        break;
      case 'e': // CA005 report-only country block
        r = OPERATING.has(info.geo[2]) ? 'reportOnlyNotApplied' : 'reportOnlyFailure'; grant = ['Block'];
        break;
      case 'f': // CA006 guests
        if (u.type !== 'guest') break;
        r = s.mfaSatisfied ? 'success' : 'failure'; grant = ['Mfa'];
        break;
      case '0': // CA007 mobile
        if (!mobile || legacy) break;
        r = MOBILE_APPS.has(s.app[1]) ? 'success' : 'failure'; grant = ['ApprovedApplication']; sess = ['SignInFrequency'];
        break;
    }
    if (s.caOverride && s.caOverride[p.id[0]]) r = s.caOverride[p.id[0]];
    if (r === 'success') any.success = true;
    if (r === 'failure') any.failure = true;
    const cs = r === 'notApplied' || r === 'reportOnlyNotApplied' ? 0 : r === 'notEnabled' ? 0 : 3;
    out.push({ id: p.id, displayName: p.displayName, enforcedGrantControls: r === 'notApplied' ? [] : grant, enforcedSessionControls: r === 'notApplied' ? [] : sess,
      result: r, conditionsSatisfied: cs === 0 ? (r === 'reportOnlyNotApplied' ? 1 : 0) : (trusted ? 3 : 1027), conditionsNotSatisfied: cs === 0 ? 2 : 0 });
  }
  let status = any.failure ? 'failure' : any.success ? 'success' : 'notApplied';
  if (code === 53003) status = 'failure';
  return [out, status];
}

/**
 * s: { rng, t, user, ip, app:[id,name], res:[id,name], interactive, code, ua, device, clientApp, steps, mfaSatisfied,
 *      protocol, incoming, trusted, risk, sessionId, correlationId, transfer, additional, scopes, tokenType }
 */
export function buildSignIn(s) {
  const { rng, user: u } = s;
  const info = ipInfo(s.ip);
  const code = s.code || 0;
  const id = rng.guid();
  const corr = s.correlationId || rng.guid();
  const created = iso7(s.t, rng.int(0, 9999999));
  const [cap, caStatus] = evalCa(s, info);
  const dev = s.device || { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: 'Chrome 131.0.0', isCompliant: false, isManaged: false, trustType: '' };
  const steps = (s.steps || []).map((st, i) => ({
    authenticationStepDateTime: isoS(s.t - (s.steps.length - i) * 1000 * rng.int(1, 9)),
    authenticationMethod: st.method, authenticationMethodDetail: st.detail ?? null, succeeded: st.ok !== false,
    authenticationStepResultDetail: st.result, authenticationStepRequirement: st.req || 'Primary authentication',
  }));
  const mfaDone = s.steps && s.steps.find((st) => st.req === 'Multi-factor authentication' && st.ok !== false && st.method !== 'Previously satisfied');
  let additional = s.additional;
  if (additional === undefined) {
    if (code === 0 && s.mfaSatisfied) additional = mfaDone ? 'MFA completed in Azure AD' : 'MFA requirement satisfied by claim in the token';
    else if (code === 50140) additional = "The user was presented with the 'Keep me signed in' interrupt.";
    else if (code === 50074 || code === 50076) additional = 'MFA required in Azure AD';
    else if (code === 53003) additional = null;
    else additional = null;
  }
  const risk = s.risk || { agg: 'none', during: 'none', state: 'none', detail: 'none', events: [] };
  const tokenUid = b64url(rng.hex(32)).slice(0, 22);
  const scopes = s.scopes === undefined ? '' : JSON.stringify(s.scopes);
  const trustedName = s.trusted ? TRUSTED_KIND[s.trusted] : null;
  const guest = u.type === 'guest';
  const rec = {
    id,
    createdDateTime: created,
    userDisplayName: u.name,
    userPrincipalName: u.signInUpn || u.upn,
    userId: u.id,
    appId: s.app[0],
    appDisplayName: s.app[1],
    ipAddress: s.ip,
    ipAddressFromResourceProvider: null,
    clientAppUsed: s.clientApp || (s.interactive ? 'Browser' : 'Mobile Apps and Desktop clients'),
    clientCredentialType: 'none',
    correlationId: corr,
    conditionalAccessStatus: caStatus,
    originalRequestId: s.originalRequestId || id,
    isInteractive: !!s.interactive,
    tokenIssuerName: '',
    tokenIssuerType: 'AzureAD',
    processingTimeInMilliseconds: s.interactive ? rng.int(60, 900) : rng.int(20, 260),
    riskDetail: risk.detail,
    riskLevelAggregated: risk.agg,
    riskLevelDuringSignIn: risk.during,
    riskState: risk.state,
    riskEventTypes: risk.events,
    riskEventTypes_v2: risk.events,
    resourceDisplayName: s.res[1],
    resourceId: s.res[0],
    resourceTenantId: TENANT_ID,
    homeTenantId: guest ? u.homeTenant : TENANT_ID,
    homeTenantName: guest ? u.homeTenantName : 'Mavuno Cooperative Bank',
    authenticationMethodsUsed: [],
    authenticationRequirement: s.mfaSatisfied || [50074, 50076, 500121].includes(code) ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    signInIdentifier: s.interactive ? (u.signInUpn || u.upn) : null,
    signInIdentifierType: s.interactive ? 'userPrincipalName' : null,
    servicePrincipalName: null,
    signInEventTypes: [s.interactive ? 'interactiveUser' : 'nonInteractiveUser'],
    servicePrincipalId: '',
    federatedCredentialId: null,
    userType: guest ? 'guest' : 'member',
    flaggedForReview: false,
    isTenantRestricted: false,
    autonomousSystemNumber: info.asn,
    crossTenantAccessType: guest ? 'b2bCollaboration' : 'none',
    servicePrincipalCredentialKeyId: null,
    servicePrincipalCredentialThumbprint: '',
    uniqueTokenIdentifier: tokenUid,
    incomingTokenType: s.incoming || 'none',
    authenticationProtocol: s.protocol || 'none',
    resourceServicePrincipalId: s.resSp || null,
    signInTokenProtectionStatus: 'none',
    originalTransferMethod: s.transfer || 'none',
    isThroughGlobalSecureAccess: false,
    globalSecureAccessIpAddress: null,
    conditionalAccessAudiences: [s.res[0]],
    sessionId: s.sessionId || null,
    appOwnerTenantId: s.appOwner || null,
    resourceOwnerTenantId: s.resOwner || null,
    mfaDetail: mfaDone ? { authMethod: mfaDone.method === 'Text message' ? 'Text message' : 'Mobile app notification', authDetail: mfaDone.method === 'Text message' ? `+XXX XXXXXXX${u.phoneTail || '00'}` : null } : { authMethod: null, authDetail: null },
    status: { errorCode: code, failureReason: code === 0 ? 'Other.' : (s.failureReason || FAIL[code] || 'Other.'), additionalDetails: additional },
    deviceDetail: { deviceId: dev.deviceId || '', displayName: dev.displayName || '', operatingSystem: dev.operatingSystem, browser: s.browser || dev.browser || '', isCompliant: !!dev.isCompliant, isManaged: !!dev.isManaged, trustType: dev.trustType || '' },
    location: { city: info.geo[0], state: info.geo[1], countryOrRegion: info.geo[2], geoCoordinates: { altitude: null, latitude: info.geo[3], longitude: info.geo[4] } },
    appliedConditionalAccessPolicies: cap,
    authenticationContextClassReferences: [],
    authenticationProcessingDetails: [
      ...(s.extraProcessing || []),
      { key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: 'False' },
      { key: 'Oauth Scope Info', value: scopes },
      { key: 'Is CAE Token', value: s.cae ? 'True' : 'False' },
    ],
    networkLocationDetails: trustedName ? [{ networkType: 'trustedNamedLocation', networkNames: [trustedName] }] : [],
    authenticationDetails: steps,
    authenticationRequirementPolicies: s.mfaSatisfied || [50074, 50076].includes(code) ? [{ requirementProvider: trustedName ? 'request' : 'conditionalAccess', detail: trustedName ? 'Request' : 'Conditional Access' }] : [],
    sessionLifetimePolicies: [],
    privateLinkDetails: { policyId: '', policyName: '', resourceId: '', policyTenantId: '' },
    appliedEventListeners: [],
    authenticationAppDeviceDetails: null,
    authenticationAppPolicyEvaluationDetails: [],
    managedServiceIdentity: { msiType: 'none', associatedResourceId: null, federatedTokenId: null, federatedTokenIssuer: null },
    tokenProtectionStatusDetails: { signInSessionStatus: 'unbound', signInSessionStatusCode: 1002 },
    userAgent: s.ua || '',
  };
  return rec;
}
