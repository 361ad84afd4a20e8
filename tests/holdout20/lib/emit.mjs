// Builds Graph-beta signIn and directoryAudit objects in the key order the Entra admin center's "Download → JSON"
// writes (the objects the portal fetched from the beta reporting API, serialized by the browser), and writes them as a
// single JSON array per file.
import { openSync, writeSync, closeSync } from 'node:fs';
import { TENANT, PLACES, CA, FAIL, RES } from './world.mjs';

const MS_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a'; // Microsoft Services (first-party apps' owner tenant)
const OWN_APPS = new Set(['5f0c2a1e-8a2d-4b7e-9f13-6a4e2d9c7b18', 'b3a7e2c4-0d5f-4e1a-8c6b-2f9d7e4a1c30', 'e1d2c3b4-a596-4877-8a9b-0c1d2e3f4a5b', '0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f']);
const NAMED = {
  zrhOffice: 'HBC Zurich HQ', zrhTrading: 'HBC Zurich Trading Floor', gvaOffice: 'HBC Geneva', lugOffice: 'HBC Lugano',
  sgOffice: 'HBC Singapore', dxbOffice: 'HBC Dubai DIFC', dcLupfig: 'HBC Datacenter Lupfig', avdChn: 'AVD Switzerland North egress',
  avdCin: 'Vendor VDI Central India egress', socOffice: 'SOC provider Lisbon',
};
const TRUSTED = new Set(['zrhOffice', 'zrhTrading', 'gvaOffice', 'lugOffice', 'sgOffice', 'dxbOffice', 'dcLupfig', 'avdChn']);

const resSp = new Map();
function resourceSpId(rng, resId) { if (!resSp.has(resId)) resSp.set(resId, rng.uuid()); return resSp.get(resId); }

/** CA001 state over time (a scenario can put it into report-only). */
let caOverrides = [];
export function setCaOverrides(list) { caOverrides = list; }

export function iso(t) { return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z'); }
export function iso7(t, rng) { return new Date(t).toISOString().replace(/\.(\d{3})Z$/, (_, ms) => `.${ms}${String(rng.int(0, 9999)).padStart(4, '0')}Z`); }

function location(n) {
  const [city, state, cc, lat, lon] = PLACES[n.place];
  return { city, state, countryOrRegion: cc, geoCoordinates: { altitude: null, latitude: lat, longitude: lon } };
}

const MFA_TEXT = {
  'Mobile app notification': 'MFA successfully completed',
  'Text message': 'MFA successfully completed',
  'OATH verification code': 'MFA successfully completed',
};

function authDetails(mode, t, user, err) {
  const at = iso(t);
  const step = (m, d, ok, res, req) => ({ authenticationStepDateTime: at, authenticationMethod: m, authenticationMethodDetail: d, succeeded: ok, authenticationStepResultDetail: res, authenticationStepRequirement: req, authenticationMethodDetailed: null });
  const mfa = user.mfa || 'Mobile app notification';
  switch (mode) {
    case 'pwd_mfa': return [step('Password', 'Password Hash Sync', true, 'Correct password', 'Primary authentication'), step(mfa, null, true, MFA_TEXT[mfa] || 'MFA successfully completed', 'Multifactor authentication')];
    case 'pwd': return [step('Password', 'Password Hash Sync', true, 'Correct password', 'Primary authentication')];
    case 'pwd_fail': return [step('Password', 'Password Hash Sync', false, 'Invalid username or password or Invalid on-premise username or password.', 'Primary authentication')];
    case 'pwd_locked': return [step('Password', 'Password Hash Sync', false, 'Account is locked', 'Primary authentication')];
    case 'mfa_deny': return [step('Password', 'Password Hash Sync', true, 'Correct password', 'Primary authentication'), step(mfa, null, false, 'MFA denied; user declined the authentication', 'Multifactor authentication')];
    case 'mfa_timeout': return [step('Password', 'Password Hash Sync', true, 'Correct password', 'Primary authentication'), step(mfa, null, false, 'MFA denied; user did not respond to mobile app notification', 'Multifactor authentication')];
    case 'mfa_pending': return [step('Password', 'Password Hash Sync', true, 'Correct password', 'Primary authentication'), step(mfa, null, false, 'Authentication in progress', 'Multifactor authentication')];
    case 'prev': return [step('Previously satisfied', null, true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'), step('Previously satisfied', null, true, 'MFA requirement satisfied by claim in the token', 'Multifactor authentication')];
    case 'prev1': return [step('Previously satisfied', null, true, 'First factor requirement satisfied by claim in the token', 'Primary authentication')];
    case 'whfb': return [step('Windows Hello for Business', null, true, 'Windows Hello for Business', 'Primary authentication')];
    case 'fido': return [step('FIDO2 security key', null, true, 'FIDO2 security key', 'Primary authentication')];
    case 'tap': return [step('Temporary Access Pass', null, true, 'Temporary Access Pass', 'Primary authentication')];
    case 'prt': return [step('Previously satisfied', null, true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'), step('Previously satisfied', null, true, 'MFA requirement satisfied by claim in the token', 'Multifactor authentication')];
    case 'ext': return [step('Previously satisfied', null, true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'), step('Previously satisfied', null, true, 'MFA requirement satisfied by claim provided by external provider', 'Multifactor authentication')];
    case 'fed': return [step('Federated', null, true, 'First factor requirement satisfied by claim provided by external provider', 'Primary authentication'), step('Previously satisfied', null, true, 'MFA requirement satisfied by claim provided by external provider', 'Multifactor authentication')];
    default: return [];
  }
}

const MFA_MODES = new Set(['pwd_mfa', 'prev', 'whfb', 'fido', 'tap', 'prt', 'ext', 'fed']);
const PREAUTH_FAIL = new Set([50126, 50053, 50057, 50055, 50034, 50173, 700082, 50133, 50058, 16000, 50199]);

function caPolicies(o, mfaDone) {
  const u = o.user, k = o.ep.net.key, err = o.err;
  const pre = PREAUTH_FAIL.has(err);
  const out = [];
  for (let i = 0; i < CA.length; i++) {
    const p = CA[i];
    let applies = false;
    if (i === 0) applies = !u.mfaExcluded && u.userType !== 'guest';
    else if (i === 1) applies = o.legacy && !u.mfaExcluded;
    else if (i === 2) applies = u.kind === 'trader';
    else if (i === 3) applies = u.kind === 'admin';
    else if (i === 4) applies = false;
    else if (i === 5) applies = k === 'avdChn' || k === 'avdCin';
    else if (i === 6) applies = u.userType === 'guest';
    else if (i === 7) applies = u.kind !== 'svc' && u.kind !== 'room' && u.userType !== 'guest';
    let state = p.state;
    if (i === 0) for (const ov of caOverrides) if (o.t >= ov.from && o.t < ov.to) state = ov.state;
    let result;
    if (!applies || pre) result = state === 'enabled' ? 'notApplied' : 'reportOnlyNotApplied';
    else if (state === 'enabled') {
      if (p.grant.includes('Block')) result = 'failure';
      else if (p.grant.includes('Mfa') || p.grant.includes('RequireAuthenticationStrength')) result = err === 0 ? (mfaDone ? 'success' : 'failure') : (err === 50074 || err === 500121 || err === 50076 ? 'failure' : 'success');
      else if (p.grant.includes('RequireCompliantDevice')) result = o.dev?.isCompliant ? 'success' : 'failure';
      else result = 'success';
    } else {
      const ok = p.grant.includes('Mfa') ? mfaDone : (o.dev?.trustType === 'Azure AD joined' || o.dev?.trustType === 'Hybrid Azure AD joined');
      result = ok ? 'reportOnlySuccess' : (p.grant.includes('Mfa') ? 'reportOnlyInterrupted' : 'reportOnlyFailure');
    }
    out.push({
      id: p.id, displayName: p.name,
      enforcedGrantControls: result === 'notApplied' || result.startsWith('reportOnly') ? [] : p.grant,
      enforcedSessionControls: result === 'notApplied' || result.startsWith('reportOnly') ? [] : (p.session || []),
      result,
    });
  }
  return out;
}

/**
 * One sign-in. o: { t, user, app:[id,name], res:[id,name], ep:{ip,net}, dev, ua, interactive, auth, err, session,
 * protocol, transfer, incoming, clientApp, legacy, risk:{level,state,detail,types}, scopes, appOwner, addl }
 */
export function signin(rng, o) {
  const u = o.user, err = o.err ?? 0;
  const id = rng.uuid();
  const mode = o.auth ?? (o.interactive ? 'prev' : 'none');
  const mfaDone = MFA_MODES.has(mode) || (!o.interactive && (o.mfaClaim ?? !u.mfaExcluded));
  const pols = caPolicies({ ...o, err }, mfaDone);
  const caStatus = pols.some((p) => p.result === 'failure') ? 'failure' : pols.some((p) => p.result === 'success') ? 'success' : 'notApplied';
  const dev = o.dev || {};
  const guest = u.userType === 'guest';
  const risk = o.risk || {};
  const appOwner = o.appOwner ?? (OWN_APPS.has(o.app[0]) ? TENANT.id : MS_TENANT);
  const resOwner = OWN_APPS.has(o.res[0]) ? TENANT.id : MS_TENANT;
  let addl = o.addl ?? null;
  if (addl == null && err === 0 && !o.interactive && mfaDone) addl = 'MFA requirement satisfied by claim in the token';
  if (addl == null && err === 0 && o.interactive && mode === 'pwd_mfa') addl = u.mfa === 'Text message' ? 'MFA completed in Azure AD' : 'MFA successfully completed';
  const named = NAMED[o.ep.net.key];
  const procDetails = [{ key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: 'False' }];
  if (o.interactive && o.app[0] !== '38aa3b87-a06d-4817-b275-7a316988d93b') procDetails.push({ key: 'Login Hint Present', value: rng.chance(0.6) ? 'True' : 'False' });
  if (o.scopes) procDetails.push({ key: 'Oauth Scope Info', value: JSON.stringify(o.scopes) });
  procDetails.push({ key: 'Is CAE Token', value: o.cae ? 'True' : 'False' });
  const ad = o.interactive ? authDetails(mode, o.t, u, err) : [];
  return {
    id,
    createdDateTime: iso(o.t),
    userDisplayName: u.name,
    userPrincipalName: u.upn,
    userId: u.id,
    appId: o.app[0],
    appDisplayName: o.app[1],
    ipAddress: o.ep.ip,
    ipAddressFromResourceProvider: null,
    clientAppUsed: o.clientApp || (o.ua && /Mozilla/.test(o.ua) && !/Teams|Code|PowerShell|MTR|CitrixReceiver/.test(o.ua) ? 'Browser' : 'Mobile Apps and Desktop clients'),
    userAgent: o.ua ?? '',
    correlationId: o.corr || rng.uuid(),
    conditionalAccessStatus: caStatus,
    originalRequestId: o.interactive ? id : '',
    isInteractive: !!o.interactive,
    tokenIssuerName: o.issuerName ?? '',
    tokenIssuerType: o.issuerType ?? 'AzureAD',
    clientCredentialType: 'none',
    processingTimeInMilliseconds: rng.int(o.interactive ? 60 : 25, o.interactive ? 620 : 240),
    riskDetail: risk.detail || 'none',
    riskLevelAggregated: risk.agg || risk.level || 'none',
    riskLevelDuringSignIn: risk.level || 'none',
    riskState: risk.state || 'none',
    riskEventTypes: risk.types ? risk.types.map((x) => (x === 'unfamiliarFeatures' || x === 'unlikelyTravel' ? x : 'generic')) : [],
    riskEventTypes_v2: risk.types || [],
    resourceDisplayName: o.res[1],
    resourceId: o.res[0],
    resourceTenantId: TENANT.id,
    homeTenantId: u.homeTenantId || TENANT.id,
    homeTenantName: guest ? (u.homeTenantName || '') : '',
    authenticationMethodsUsed: [],
    authenticationRequirement: mfaDone && !u.mfaExcluded ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    signInIdentifier: o.interactive ? (o.signInId ?? u.upn) : '',
    signInIdentifierType: o.interactive ? 'userPrincipalName' : null,
    servicePrincipalName: null,
    signInEventTypes: [o.interactive ? 'interactiveUser' : 'nonInteractiveUser'],
    servicePrincipalId: '',
    federatedCredentialId: '',
    userType: guest ? 'guest' : 'member',
    flaggedForReview: false,
    isTenantRestricted: false,
    autonomousSystemNumber: o.ep.net.asn,
    crossTenantAccessType: guest ? 'b2bCollaboration' : 'none',
    servicePrincipalCredentialKeyId: '',
    servicePrincipalCredentialThumbprint: '',
    uniqueTokenIdentifier: rng.b64url(16),
    incomingTokenType: o.incoming ?? (o.interactive && mode === 'prt' ? 'primaryRefreshToken' : 'none'),
    authenticationProtocol: o.protocol ?? 'none',
    resourceServicePrincipalId: resourceSpId(rng, o.res[0]),
    signInTokenProtectionStatus: 'none',
    originalTransferMethod: o.transfer ?? 'none',
    isThroughGlobalSecureAccess: false,
    globalSecureAccessIpAddress: '',
    conditionalAccessAudiences: [o.res[0]],
    sessionId: o.session ?? '',
    appOwnerTenantId: appOwner,
    resourceOwnerTenantId: resOwner,
    mfaDetail: mode === 'pwd_mfa' ? { authMethod: u.mfa || 'Mobile app notification', authDetail: null } : { authMethod: null, authDetail: null },
    status: { errorCode: err, failureReason: err === 0 ? 'Other.' : (FAIL[err] || 'Other.'), additionalDetails: addl },
    deviceDetail: {
      deviceId: dev.deviceId || '', displayName: dev.displayName || '', operatingSystem: dev.os || o.os || '', browser: o.browser || dev.browser || '',
      isCompliant: !!dev.isCompliant, isManaged: !!dev.isManaged, trustType: dev.trustType || '',
    },
    location: location(o.ep.net),
    appliedConditionalAccessPolicies: pols,
    authenticationContextClassReferences: [],
    authenticationProcessingDetails: procDetails,
    networkLocationDetails: named ? [{ networkType: TRUSTED.has(o.ep.net.key) ? 'trustedNamedLocation' : 'namedNetwork', networkNames: [named] }] : [],
    authenticationDetails: ad,
    authenticationRequirementPolicies: mfaDone && !u.mfaExcluded && err === 0 ? [{ requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' }] : [],
    sessionLifetimePolicies: [],
    privateLinkDetails: { policyId: '', policyName: '', resourceId: '', policyTenantId: '' },
    appliedEventListeners: [],
    authenticationAppDeviceDetails: null,
    authenticationAppPolicyEvaluationDetails: [],
    managedServiceIdentity: { msiType: 'none', associatedResourceId: null, federatedTokenId: null, federatedTokenIssuer: null },
    tokenProtectionStatusDetails: { signInSessionStatus: 'unbound', signInSessionStatusCode: 1002 },
  };
}

/** One directoryAudit. */
export function audit(rng, o) {
  const corr = o.corr || rng.uuid();
  const svc = o.service || 'Core Directory';
  const id = svc === 'Core Directory' ? `Directory_${corr}_${rng.alnum(5)}_${rng.int(100000000, 999999999)}`
    : svc === 'Invited Users' ? `IPCGraph_${corr}_${rng.alnum(5)}_${rng.int(10000000, 99999999)}`
    : svc === 'Self-service Password Management' ? `SSGM_${rng.uuid()}`
    : svc === 'PIM' ? rng.uuid()
    : svc === 'Conditional Access' ? `IPCGraph_${corr}_${rng.alnum(5)}_${rng.int(10000000, 99999999)}`
    : rng.uuid();
  let initiatedBy;
  if (o.actor?.user) {
    const u = o.actor.user;
    initiatedBy = { app: null, user: { id: u.id, displayName: null, userPrincipalName: u.upn, ipAddress: o.actor.ip ?? '', userType: null, homeTenantId: null, homeTenantName: null } };
  } else {
    const a = o.actor.app;
    initiatedBy = { app: { appId: a.appId ?? null, displayName: a.name, servicePrincipalId: a.spId ?? null, servicePrincipalName: a.spName ?? null }, user: null };
  }
  return {
    id,
    category: o.category,
    correlationId: corr,
    result: o.result || 'success',
    resultReason: o.resultReason ?? '',
    activityDisplayName: o.activity,
    activityDateTime: iso7(o.t, rng),
    loggedByService: svc,
    operationType: o.opType || 'Update',
    userAgent: o.ua ?? null,
    initiatedBy,
    targetResources: (o.targets || []).map((x) => ({
      id: x.id, displayName: x.displayName ?? null, type: x.type, userPrincipalName: x.upn ?? null, groupType: x.groupType ?? null,
      modifiedProperties: (x.mods || []).map(([displayName, oldValue, newValue]) => ({ displayName, oldValue: oldValue ?? null, newValue: newValue ?? null })),
      administrativeUnits: [],
    })),
    additionalDetails: (o.details || []).map(([key, value]) => ({ key, value })),
  };
}

/** JSON-encoded modified-property value as the audit log writes it: ["value"] */
export const jv = (...xs) => JSON.stringify(xs);

/** Writes one JSON array, newest first, no whitespace between members (the portal download's serialization). */
export function writeArray(path, records, timeKey) {
  records.sort((a, b) => (a[timeKey] < b[timeKey] ? 1 : a[timeKey] > b[timeKey] ? -1 : 0));
  const fd = openSync(path, 'w');
  writeSync(fd, '[');
  const CH = 400;
  for (let i = 0; i < records.length; i += CH) {
    const part = records.slice(i, i + CH).map((r) => JSON.stringify(r)).join(',');
    writeSync(fd, (i ? ',' : '') + part);
  }
  writeSync(fd, ']');
  closeSync(fd);
}

export { RES };
