// Builders for Graph beta signIn objects and v1.0 directoryAudit objects, in Graph's own property order,
// and the pager that cuts them into @odata pages.
export const TENANT_ID = '5b7e0c4a-9d21-4f3e-b8a6-2c91d7e4f013';
export const TENANT_NAME = 'Dünenwind Offshore SE';

export const iso7 = (ms) => {
  const s = new Date(Math.floor(ms)).toISOString();           // 2026-11-23T08:01:02.345Z
  const sub = String(Math.floor((ms % 1) * 10000)).padStart(4, '0');
  return s.slice(0, 23) + sub + 'Z';
};

export const FAIL = {
  0: null,
  50126: 'Error validating credentials due to invalid username or password.',
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50034: 'The user account does not exist in the directory. To sign into this application, the account must be added to the directory.',
  50057: 'User account is disabled. The account has been disabled by an administrator.',
  50055: 'The password is expired.',
  50074: 'Strong Authentication is required.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
  50079: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.',
  500121: 'Authentication failed during strong authentication request.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  50158: 'External security challenge not satisfied. User will be redirected to another page or authentication provider to satisfy additional authentication challenges.',
  50089: 'Flow token expired - Authentication Failed. Have the user try signing-in again with username -password.',
  50133: 'Session is invalid due to expiration or recent password change.',
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
  53000: 'Device is not in required device state: {state}. Conditional Access policy requires a compliant device, and the device is not compliant. The user must enroll their device with an approved MDM provider like Intune.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  65001: 'The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.',
  700082: 'The refresh token has expired due to inactivity. The token was issued on {issueDate} and was inactive for {time}.',
  70043: 'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.',
  81010: 'Seamless SSO failed because the user\'s Kerberos ticket has expired or is invalid.',
  16000: 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
  90072: 'User account from identity provider does not exist in tenant and cannot access the application in that tenant. The account needs to be added as an external user in the tenant first.',
  7000215: 'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app.',
  7000222: 'The provided client secret keys for app are expired. Visit the Azure portal to create new keys for your app.',
  50199: 'For security reasons, user confirmation is required for this request. Please repeat the request allowing user interaction.',
  50097: 'Device authentication is required.',
};
const ADDL = {
  50126: 'The user didn\'t enter the right credentials. It\'s expected to see some number of these errors in your logs due to users making mistakes.',
  50053: 'The account is locked because the user tried to sign in too many times with an incorrect user ID or password.',
  50074: 'The user did not complete the MFA prompt. They may have decided not to authenticate, timed out while doing other work, or has an issue with their authentication setup.',
  50076: 'MFA required in Azure AD',
  50140: 'This is an expected part of the login flow, where a user is asked if they want to remain signed into this browser to make further logins easier. For more details, see https://techcommunity.microsoft.com/t5/Azure-Active-Directory/The-new-Azure-AD-sign-in-and-Keep-me-signed-in-experiences/td-p/128267',
  53003: 'Access has been blocked by Conditional Access policies.',
  50057: 'The account has been disabled by an administrator.',
};

// The tenant's Conditional Access policies, in the order Graph lists them.
export const CA = [
  { id: 'a3f1c6e2-0b7d-4c59-9e41-7d2b8f6a1c01', name: 'CA01 - Require MFA - All users (outside trusted sites)', grant: ['Mfa'] },
  { id: 'b8d24e7a-6c13-4f0b-a2d5-91e3c7f40a02', name: 'CA02 - Require compliant or hybrid joined device - Windows', grant: ['RequireCompliantDevice', 'RequireDomainJoinedDevice'] },
  { id: 'c15e9a3b-2f6d-4e87-b0c4-5a8d1e2f7b03', name: 'CA03 - Require app protection - iOS and Android', grant: ['RequireCompliantApp'] },
  { id: 'd7a06b1f-8e24-4d3c-9f5a-0b6c2e8d4a04', name: 'CA04 - Block legacy authentication', grant: ['Block'] },
  { id: 'e2b9f3c8-4a1d-47e6-8c0b-3d5f9a7e6b05', name: 'CA05 - Admins - Require phishing-resistant MFA', grant: ['RequireAuthenticationStrength'] },
  { id: 'f6c83d2a-9b5e-4f17-a4d8-6e0c1b3a9c06', name: 'CA06 - Guests - Require MFA', grant: ['Mfa'] },
  { id: '0a4e7b9c-3d62-4a8f-b1e5-8c2d6f0a7d07', name: 'CA07 - Block countries outside operating regions (report-only)', grant: ['Block'] },
];
const OPERATING = new Set(['DE', 'NL', 'DK', 'PL', 'ES', 'US', 'NO', 'GB', 'BE', 'FR', 'SE', 'AT', 'CH', 'IT', 'PT']);

function caResults(c) {
  // c: {legacy, mfa, trusted, mobile, guest, admin, cc, failed, block, caOverride, sp}
  if (c.sp) return [];
  const R = (p, result) => ({
    id: p.id, displayName: p.name,
    enforcedGrantControls: result === 'notApplied' || result === 'notEnabled' || result.startsWith('reportOnlyNot') ? [] : p.grant,
    enforcedSessionControls: [], result,
    conditionsSatisfied: result === 'notApplied' || result === 'reportOnlyNotApplied' ? 'none' : 'application,users',
    conditionsNotSatisfied: result === 'notApplied' || result === 'reportOnlyNotApplied' ? (c.trusted ? 'location' : 'users') : 'none',
    includeRulesSatisfied: [], excludeRulesSatisfied: [],
  });
  if (c.failed) return CA.map((p) => R(p, p.id === CA[6].id ? 'reportOnlyNotApplied' : 'notApplied'));
  const o = c.caOverride || {};
  const out = [];
  const pick = (i, v) => (o[i] !== undefined ? o[i] : v);
  out.push(R(CA[0], pick(0, c.guest || c.legacy ? 'notApplied' : c.trusted ? 'notApplied' : c.mfa ? 'success' : 'failure')));
  out.push(R(CA[1], pick(1, c.mobile || c.guest || c.legacy || !c.windows ? 'notApplied' : c.compliant ? 'success' : 'failure')));
  out.push(R(CA[2], pick(2, c.mobile && !c.guest ? 'success' : 'notApplied')));
  out.push(R(CA[3], pick(3, c.legacy ? (c.legacyExcluded ? 'notApplied' : 'failure') : 'notApplied')));
  out.push(R(CA[4], pick(4, c.admin ? (c.mfa ? 'success' : 'failure') : 'notApplied')));
  out.push(R(CA[5], pick(5, c.guest ? (c.mfa ? 'success' : 'failure') : 'notApplied')));
  out.push(R(CA[6], pick(6, OPERATING.has(c.cc) ? 'reportOnlyNotApplied' : 'reportOnlyFailure')));
  return out;
}

function b64url(rng) { return rng.bytes(16).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'); }

/** One signIn object (Graph beta), built from a compact spec. */
export function signIn(rng, o) {
  const kind = o.kind || 'interactiveUser';
  const sp = kind === 'servicePrincipal';
  const err = o.err || 0;
  const id = rng.guid();
  const t = o.t;
  const n = o.ip;
  const u = o.user || {};
  const steps = (o.steps || []).map((s, i) => ({
    authenticationStepDateTime: iso7(t - (o.steps.length - i) * 1000 * rng.float(1, 9)),
    authenticationMethod: s.m,
    authenticationMethodDetail: s.d ?? null,
    succeeded: s.ok !== false,
    authenticationStepResultDetail: s.res || (s.ok === false ? 'Invalid username or password or Invalid on-premise username or password.' : 'MFA successfully completed'),
    authenticationStepRequirement: s.req || 'Primary authentication',
  }));
  const policies = o.policies || caResults({ ...o.ca, cc: n.cc, failed: err && err !== 53003 && err !== 53000 && err !== 500121 && err !== 50074 && !(o.ca && o.ca.evaluated), sp });
  let caStatus = 'notApplied';
  if (policies.some((p) => p.result === 'failure')) caStatus = 'failure';
  else if (policies.some((p) => p.result === 'success')) caStatus = 'success';
  const scopes = o.scopes;
  const risk = o.risk || {};
  const guest = u.type === 'guest';
  const rec = {
    id,
    createdDateTime: iso7(t),
    userDisplayName: sp ? null : u.name,
    userPrincipalName: sp ? null : u.upn,
    userId: sp ? null : u.id,
    appId: o.app.id,
    appDisplayName: o.app.name,
    ipAddress: n.ip,
    ipAddressFromResourceProvider: null,
    clientAppUsed: sp ? null : (o.clientApp || 'Browser'),
    userAgent: sp ? null : (o.ua ?? null),
    correlationId: o.corr || rng.guid(),
    conditionalAccessStatus: caStatus,
    originalRequestId: kind === 'interactiveUser' ? id : '',
    isInteractive: kind === 'interactiveUser',
    tokenIssuerName: '',
    tokenIssuerType: 'AzureAD',
    clientCredentialType: sp ? (o.spCred?.type || 'certificate') : 'none',
    processingTimeInMilliseconds: o.ms ?? rng.int(40, kind === 'interactiveUser' ? 900 : 260),
    riskDetail: risk.detail || 'none',
    riskLevelAggregated: risk.agg || 'none',
    riskLevelDuringSignIn: risk.during || 'none',
    riskState: risk.state || 'none',
    riskEventTypes: risk.events || [],
    riskEventTypes_v2: risk.events || [],
    resourceDisplayName: o.res.name,
    resourceId: o.res.id,
    resourceTenantId: o.resTenant || TENANT_ID,
    homeTenantId: sp ? TENANT_ID : (u.homeTenantId || TENANT_ID),
    homeTenantName: sp ? '' : (guest ? (u.homeTenantName || '') : TENANT_NAME),
    authenticationMethodsUsed: [],
    authenticationRequirement: o.authReq || 'singleFactorAuthentication',
    signInIdentifier: sp ? '' : (o.signInIdentifier ?? (kind === 'interactiveUser' ? u.upn : '')),
    signInIdentifierType: sp ? null : (kind === 'interactiveUser' ? 'userPrincipalName' : null),
    servicePrincipalName: sp ? o.spName : null,
    signInEventTypes: [kind],
    servicePrincipalId: sp ? o.spId : '',
    federatedCredentialId: sp && o.spCred?.ficId ? o.spCred.ficId : null,
    userType: sp ? null : (guest ? 'guest' : 'member'),
    flaggedForReview: false,
    isTenantRestricted: false,
    autonomousSystemNumber: n.asn,
    crossTenantAccessType: guest ? 'b2bCollaboration' : 'none',
    servicePrincipalCredentialKeyId: sp ? (o.spCred?.keyId ?? null) : null,
    servicePrincipalCredentialThumbprint: sp ? (o.spCred?.thumb ?? '') : '',
    uniqueTokenIdentifier: b64url(rng),
    incomingTokenType: o.incoming || 'none',
    authenticationProtocol: o.protocol || 'none',
    resourceServicePrincipalId: o.res.spId || '',
    signInTokenProtectionStatus: 'none',
    originalTransferMethod: o.transfer || 'none',
    isThroughGlobalSecureAccess: false,
    globalSecureAccessIpAddress: null,
    conditionalAccessAudiences: sp ? [] : [o.res.id],
    sessionId: sp ? null : (o.sessionId || null),
    appOwnerTenantId: o.app.owner || 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
    resourceOwnerTenantId: o.res.owner || 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
    mfaDetail: sp ? null : { authMethod: null, authDetail: null },
    status: { errorCode: err, failureReason: err ? (o.failureReason || FAIL[err] || 'Other.') : null, additionalDetails: o.additional ?? (err ? ADDL[err] || null : null) },
    deviceDetail: sp ? { deviceId: '', displayName: '', operatingSystem: '', browser: '', isCompliant: false, isManaged: false, trustType: '' }
      : { deviceId: o.device?.id || '', displayName: o.device?.name || '', operatingSystem: o.device?.os || '', browser: o.device?.browser || '', isCompliant: !!o.device?.compliant, isManaged: !!o.device?.managed, trustType: o.device?.trust || '' },
    location: { city: n.city, state: n.state, countryOrRegion: n.cc, geoCoordinates: { altitude: null, latitude: n.lat, longitude: n.lon } },
    appliedConditionalAccessPolicies: policies,
    authenticationContextClassReferences: [],
    authenticationProcessingDetails: sp
      ? [{ key: 'Azure AD App Authentication Library', value: o.lib || 'Family: MSAL Library: MSAL.NET 4.66.1 Platform: .NET' }]
      : [
        { key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: 'False' },
        { key: 'Oauth Scope Info', value: scopes ? JSON.stringify(scopes) : '' },
        { key: 'Is CAE Token', value: o.cae ? 'True' : 'False' },
      ],
    networkLocationDetails: o.named ? [{ networkType: 'namedNetwork', networkNames: [o.named] }] : [],
    authenticationDetails: steps,
    authenticationRequirementPolicies: o.authReq === 'multiFactorAuthentication' ? [{ requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' }] : [],
    sessionLifetimePolicies: o.slp || [],
    privateLinkDetails: { policyId: '', policyName: '', resourceId: '', policyTenantId: '' },
    appliedEventListeners: [],
    authenticationAppDeviceDetails: null,
    authenticationAppPolicyEvaluationDetails: [],
    managedServiceIdentity: { msiType: 'none', associatedResourceId: null, federatedTokenId: null, federatedTokenIssuer: null },
    tokenProtectionStatusDetails: { signInSessionStatus: 'unbound', signInSessionStatusCode: 1002 },
  };
  return rec;
}

/** One directoryAudit object (Graph v1.0). */
export function audit(rng, o) {
  const corr = o.corr || rng.guid();
  const svc = o.service || 'Core Directory';
  const prefix = { 'Core Directory': 'Directory', 'Conditional Access': 'IPCGraph', 'Invited Users': 'B2BInvite', 'Self-service Password Management': 'SSPR', 'Authentication Methods': 'UserAuthMethod', 'Device Registration Service': 'DRS' }[svc];
  const id = prefix ? `${prefix}_${corr}_${rng.hex(5).toUpperCase()}_${rng.int(10000000, 999999999)}` : rng.guid();
  const by = o.by;
  const initiatedBy = by.app
    ? { user: null, app: { appId: by.app.appId ?? null, displayName: by.app.name, servicePrincipalId: by.app.spId, servicePrincipalName: by.app.spName ?? null } }
    : { user: { id: by.user.id, displayName: null, userPrincipalName: by.user.upn, ipAddress: by.ip ?? '', userType: null, homeTenantId: null, homeTenantName: null }, app: null };
  return {
    id,
    category: o.category,
    correlationId: corr,
    result: o.result || 'success',
    resultReason: o.reason ?? '',
    activityDisplayName: o.activity,
    activityDateTime: iso7(o.t),
    loggedByService: svc,
    operationType: o.op || 'Update',
    initiatedBy,
    targetResources: (o.targets || []).map((x) => ({
      id: x.id, displayName: x.name ?? null, type: x.type, userPrincipalName: x.upn ?? null, groupType: x.groupType ?? null,
      modifiedProperties: (x.props || []).map((p) => ({ displayName: p[0], oldValue: p[1] ?? null, newValue: p[2] ?? null })),
    })),
    additionalDetails: (o.details || []).map(([key, value]) => ({ key, value })),
  };
}

/** Cut newest-first records into @odata pages; returns an array of JSON strings. */
export function pages(rng, recs, { context, base, filter, size = 1000 }) {
  const out = [];
  for (let i = 0; i < recs.length; i += size) {
    const doc = { '@odata.context': context };
    const last = i + size >= recs.length;
    if (!last) doc['@odata.nextLink'] = `${base}?${filter ? `$filter=${filter}&` : ''}$skiptoken=${rng.hex(32)}_${Math.floor(i / size) + 1}`;
    doc.value = recs.slice(i, i + size);
    out.push(JSON.stringify(doc, null, 2));
  }
  if (!out.length) out.push(JSON.stringify({ '@odata.context': context, value: [] }, null, 2));
  return out;
}
