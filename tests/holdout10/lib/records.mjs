// Record builders: a Graph signIn object (beta shape, camelCase, Graph key order), its 57-column
// portal CSV row, the tenant's Conditional Access evaluation, and a Graph directoryAudit object.
import { TENANT_ID, TENANT_NAME, PLACES, CA, FAIL } from './world.mjs';

const iso7 = (t) => new Date(t).toISOString().replace(/\.(\d{3})Z$/, (_, ms) => `.${ms}${String((t * 7919) % 10_000).padStart(4, '0')}Z`);
const isoS = (t) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
export { isoS };

const LEGACY = new Set(['Authenticated SMTP', 'IMAP4', 'POP3', 'Exchange ActiveSync', 'Other clients']);
const ADMIN_APPS = new Set(['c44b4083-3bb0-49c1-b47d-974e53cbdf3c', '14d82eec-204b-4c2f-b7e8-296a70dab67e', 'fb78d390-0c51-40cd-8e17-fdbfab77341b']);

/**
 * Conditional Access as this tenant evaluates it. s: { person, app, ipInfo, dev, client, mfaDone, outcome }
 * outcome: 'ok' | 'block53003' | 'noncompliant' | 'mfaPending' | 'fail' (credential failure: CA not evaluated)
 */
export function evalCa(s) {
  const { person, app, ipInfo, dev, client, mfaDone, outcome } = s;
  const country = PLACES[ipInfo.place].countryOrRegion;
  const trusted = ipInfo.trusted === true;
  const res = [];
  let status = 'notApplied';
  const put = (i, result, satisfied = 0, notSatisfied = 0) => {
    const pol = CA[i];
    res.push({
      id: pol.id, displayName: pol.displayName,
      enforcedGrantControls: result === 'notApplied' ? [] : pol.grant,
      enforcedSessionControls: [], result, conditionsSatisfied: satisfied, conditionsNotSatisfied: notSatisfied,
    });
    if (result === 'failure') status = 'failure';
    else if (result === 'success' && status !== 'failure') status = 'success';
  };
  if (outcome === 'fail') { for (let i = 0; i < CA.length; i++) put(i, 'notApplied'); return { res, status: 'notApplied' }; }
  const member = !person.guest && !person.partner;
  const needMfa = outcome === 'mfaPending' ? 'notApplied' : mfaDone ? 'success' : 'failure';
  put(0, person.admin && ADMIN_APPS.has(app.id) ? needMfa : 'notApplied', 3, 0);
  put(1, person.mfaPolicy && !trusted ? needMfa : 'notApplied', 7, trusted ? 8 : 0);
  put(2, LEGACY.has(client) && !person.legacyExempt ? 'failure' : 'notApplied', 3, 0);
  put(3, person.student && country !== 'US' && country !== 'CA' ? 'failure' : 'notApplied', 1, 2);
  put(4, app.cjis ? (dev && dev.compliant && outcome !== 'noncompliant' ? 'success' : 'failure') : 'notApplied', 3, 0);
  const allowed = ['US', 'CA', 'IN'].includes(country) || person.travelException;
  put(5, member && !allowed ? 'failure' : 'notApplied', 2, 0);
  if (outcome === 'mfaPending') status = status === 'failure' ? 'failure' : 'notApplied';
  return { res, status };
}

/**
 * A Graph signIn object. o: {
 *   rng, t, person, app, res, ip, ipInfo, dev, ua, client, interactive, code, mfa ('none'|'done'|'claim'|'pending'|'denied'),
 *   method, denyDetail, session, corr, protocol, transfer, incoming, ca:{res,status}, detail }
 */
export function signIn(o) {
  const { rng, person, app, res, ipInfo, dev } = o;
  const code = o.code || 0;
  const [statusWord, reason] = code ? FAIL[code] : ['Success', ''];
  const place = PLACES[ipInfo.place];
  const mfaReq = o.mfa === 'done' || o.mfa === 'claim' || o.mfa === 'pending' || o.mfa === 'denied';
  let additional = o.detail ?? null;
  if (additional === null) {
    if (o.mfa === 'done') additional = 'MFA completed in Azure AD';
    else if (o.mfa === 'claim') additional = 'MFA requirement satisfied by claim in the token';
    else if (o.mfa === 'denied') additional = o.denyDetail || 'MFA denied; user declined the authentication';
  }
  const id = rng.uuid();
  const steps = [];
  if (o.interactive && o.primary === 'Windows Hello for Business') {
    steps.push({ authenticationStepDateTime: iso7(o.t), authenticationMethod: 'Windows Hello for Business', authenticationMethodDetail: null,
      succeeded: code === 0, authenticationStepResultDetail: code === 0 ? 'Authentication succeeded' : reason,
      authenticationStepRequirement: mfaReq ? 'Multifactor authentication' : 'Primary authentication' });
  } else if (o.interactive && o.mfa !== 'claim' && o.protocol !== 'deviceCode') {
    steps.push({ authenticationStepDateTime: iso7(o.t), authenticationMethod: 'Password', authenticationMethodDetail: 'Password Hash Sync',
      succeeded: code !== 50126 && code !== 50053, authenticationStepResultDetail: code === 50126 ? 'Invalid username or password or Invalid on-premise username or password.' : code === 50053 ? 'Account is locked' : 'Correct password',
      authenticationStepRequirement: 'Primary authentication' });
    if (o.mfa === 'done' || o.mfa === 'denied') {
      steps.push({ authenticationStepDateTime: iso7(o.t + 9000), authenticationMethod: o.method || 'Mobile app notification', authenticationMethodDetail: null,
        succeeded: o.mfa === 'done', authenticationStepResultDetail: o.mfa === 'done' ? 'MFA successfully completed' : additional,
        authenticationStepRequirement: 'Multifactor authentication' });
    }
  } else {
    steps.push({ authenticationStepDateTime: iso7(o.t), authenticationMethod: 'Previously satisfied', authenticationMethodDetail: null, succeeded: true,
      authenticationStepResultDetail: mfaReq ? 'MFA requirement satisfied by claim in the token' : 'First factor requirement satisfied by claim in the token',
      authenticationStepRequirement: mfaReq ? 'Multifactor authentication' : 'Primary authentication' });
  }
  const upn = person.signInUpn || person.upn;
  return {
    id, createdDateTime: iso7(o.t), userDisplayName: person.name, userPrincipalName: upn, userId: person.id,
    appId: app.id, appDisplayName: app.name, ipAddress: o.ip, ipAddressFromResourceProvider: null,
    clientAppUsed: o.client || 'Browser', userAgent: o.ua ?? '', correlationId: o.corr || rng.uuid(),
    conditionalAccessStatus: o.ca.status, originalRequestId: id, isInteractive: !!o.interactive,
    tokenIssuerName: '', tokenIssuerType: 'AzureAD', clientCredentialType: o.clientCred || 'none',
    processingTimeInMilliseconds: o.interactive ? rng.int(60, 420) : rng.int(18, 160),
    riskDetail: 'hidden', riskLevelAggregated: 'hidden', riskLevelDuringSignIn: 'hidden', riskState: 'none', riskEventTypes_v2: [],
    resourceDisplayName: res.name, resourceId: res.id, resourceTenantId: res.tenant || TENANT_ID,
    homeTenantId: person.homeTenant || TENANT_ID, homeTenantName: person.homeTenant ? '' : TENANT_NAME,
    authenticationMethodsUsed: steps.filter((s) => s.succeeded && s.authenticationMethod !== 'Previously satisfied').map((s) => s.authenticationMethod),
    authenticationRequirement: mfaReq ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    signInIdentifier: o.interactive ? upn : '', signInIdentifierType: o.interactive ? 'userPrincipalName' : null,
    servicePrincipalName: null, signInEventTypes: [o.interactive ? 'interactiveUser' : 'nonInteractiveUser'], servicePrincipalId: '',
    federatedCredentialId: null, userType: person.guest ? 'guest' : 'member', flaggedForReview: false, isTenantRestricted: false,
    autonomousSystemNumber: ipInfo.asn, crossTenantAccessType: person.guest ? 'b2bCollaboration' : person.partner ? 'serviceProvider' : 'none',
    servicePrincipalCredentialKeyId: null, servicePrincipalCredentialThumbprint: '', uniqueTokenIdentifier: rng.b64(16),
    incomingTokenType: o.incoming || 'none', authenticationProtocol: o.protocol || 'none', resourceServicePrincipalId: res.spId || '',
    sessionId: o.session || '', originalTransferMethod: o.transfer || 'none',
    status: { errorCode: code, failureReason: code ? reason : 'Other.', additionalDetails: additional },
    deviceDetail: {
      deviceId: dev?.id || '', displayName: dev?.displayName || '', operatingSystem: dev?.os || '', browser: o.browser ?? dev?.browser ?? '',
      isCompliant: !!dev?.compliant, isManaged: !!dev?.managed, trustType: dev?.trust || '',
    },
    location: { city: place.city, state: place.state, countryOrRegion: place.countryOrRegion,
      geoCoordinates: { altitude: null, latitude: place.lat, longitude: place.lon } },
    mfaDetail: o.mfa === 'done' ? { authMethod: o.method || 'Mobile app notification', authDetail: null }
      : o.mfa === 'claim' ? { authMethod: 'Previously satisfied', authDetail: null } : null,
    appliedConditionalAccessPolicies: o.ca.res.filter((x) => x.result !== 'notApplied'),
    authenticationDetails: o.interactive ? steps : [],
    networkLocationDetails: ipInfo.trusted ? [{ networkType: 'namedNetwork', networkNames: [ipInfo.namedLocation] }] : [],
    _status: statusWord,
  };
}

const CROSS = { none: 'None', b2bCollaboration: 'B2B collaboration', serviceProvider: 'Service provider' };
const TOKEN = { none: 'None', primaryRefreshToken: 'Primary Refresh Token', refreshToken: 'Refresh token' };
const PROTO = { none: 'None', ropc: 'ROPC', deviceCode: 'Device Code' };
const TRANSFER = { none: 'None', deviceCodeFlow: 'Device code flow' };
const JOIN = { 'Hybrid Azure AD joined': 'Microsoft Entra hybrid joined', 'Azure AD joined': 'Microsoft Entra joined', 'Azure AD registered': 'Microsoft Entra registered', '': '' };
const CAS = { success: 'Success', failure: 'Failure', notApplied: 'Not Applied' };

export const CSV_HEADER = '"Date (UTC)","Request ID","User agent","Correlation ID","User ID","User","Username","User type","Cross tenant access type","Incoming token type","Authentication Protocol","Unique token identifier","Original transfer method","Client credential type","Token Protection - Sign In Session","Token Protection - Sign In Session StatusCode","Application","Application ID ","App owner tenant ID","Resource","Resource ID ","Resource tenant ID","Resource owner tenant ID","Home tenant ID","Home tenant name","IP address","Location","Status","Sign-in error code","Failure reason","Client app","Device ID","Browser","Operating System","Compliant","Managed","Join Type","Multifactor authentication result","Multifactor authentication auth method","Multifactor authentication auth detail","Authentication requirement","Sign-in identifier","Session ID","IP address (seen by resource)","Through Global Secure Access","Global Secure Access IP address","Autonomous system  number","Flagged for review","Token issuer type","Incoming token type","Token issuer name","Latency","Conditional Access","Managed Identity type","Associated Resource Id","Federated Token Id","Federated Token Issuer"';

const q = (v) => `"${String(v ?? '').replace(/"/g, '""')}"`;

/** The portal CSV row (57 cells) for a signIn object; appOwner / resOwner: owner tenant ids. */
export function csvRow(r, appOwner, resOwner) {
  const loc = r.location;
  const mfaAuthReq = r.authenticationRequirement === 'multiFactorAuthentication';
  const cells = [
    r.createdDateTime.replace(/\.\d+Z$/, 'Z'), r.id, r.userAgent, r.correlationId, r.userId, r.userDisplayName, r.userPrincipalName,
    r.userType === 'guest' ? 'Guest' : 'Member', CROSS[r.crossTenantAccessType], TOKEN[r.incomingTokenType], PROTO[r.authenticationProtocol],
    r.uniqueTokenIdentifier, TRANSFER[r.originalTransferMethod], 'None', '', '',
    r.appDisplayName, r.appId, appOwner, r.resourceDisplayName, r.resourceId, r.resourceTenantId, resOwner, r.homeTenantId, r.homeTenantName,
    r.ipAddress, `${loc.city}, ${loc.state}, ${loc.countryOrRegion}`, r._status, r.status.errorCode, r.status.errorCode ? r.status.failureReason : '',
    r.clientAppUsed, r.deviceDetail.deviceId, r.deviceDetail.browser, r.deviceDetail.operatingSystem,
    r.deviceDetail.isCompliant ? 'True' : 'False', r.deviceDetail.isManaged ? 'True' : 'False', JOIN[r.deviceDetail.trustType] ?? '',
    mfaAuthReq ? (r.status.additionalDetails || '') : '', r.mfaDetail?.authMethod || '', r.mfaDetail?.authDetail || '',
    mfaAuthReq ? 'Multifactor authentication' : 'Single-factor authentication', r.signInIdentifier, r.sessionId, '', 'False', '',
    r.autonomousSystemNumber, 'False', 'AzureAD', TOKEN[r.incomingTokenType], '', r.processingTimeInMilliseconds, CAS[r.conditionalAccessStatus], '', '', '', '',
  ];
  return cells.map(q).join(',');
}

/**
 * A Graph directoryAudit object. o: { rng, t, service, category, activity, opType, result, reason,
 *   by: { user: person, ip } | { app: { appId, displayName, spId } }, targets: [...], details: [[k, v], ...], corr, ua }
 */
export function audit(o) {
  const { rng } = o;
  const corr = o.corr || rng.uuid();
  let initiatedBy;
  if (o.by.user) {
    const u = o.by.user;
    initiatedBy = { app: null, user: { id: u.id, displayName: null, userPrincipalName: u.signInUpn || u.upn, ipAddress: o.by.ip || '',
      userType: null, homeTenantId: u.homeTenant || TENANT_ID, homeTenantName: null } };
  } else {
    const a = o.by.app;
    initiatedBy = { app: { appId: a.appId ?? null, displayName: a.displayName, servicePrincipalId: a.spId ?? null, servicePrincipalName: null }, user: null };
  }
  const prefix = o.service === 'Core Directory' ? 'Directory' : o.service === 'Authentication Methods' ? 'UserManagement' : o.service === 'PIM' ? 'PIM' : o.service === 'Invited Users' ? 'B2BInvite' : o.service === 'Conditional Access' ? 'IPCGraph' : 'SSGM';
  return {
    id: `${prefix}_${corr}_${rng.alnum(5)}_${rng.int(100_000_000, 999_999_999)}`,
    category: o.category, correlationId: corr, result: o.result || 'success', resultReason: o.reason || '',
    activityDisplayName: o.activity, activityDateTime: iso7(o.t), loggedByService: o.service, operationType: o.opType || 'Update',
    initiatedBy, userAgent: o.ua ?? null,
    targetResources: (o.targets || []).map((x) => ({
      id: x.id, displayName: x.displayName ?? null, type: x.type, userPrincipalName: x.upn ?? null, groupType: null,
      modifiedProperties: (x.props || []).map(([displayName, oldValue, newValue]) => ({ displayName, oldValue: oldValue ?? null, newValue: newValue ?? null })),
    })),
    additionalDetails: (o.details || []).map(([key, value]) => ({ key, value })),
  };
}
