// Graph beta signIn and v1.0 directoryAudit objects for holdout13, in the property order the API returns
// (the beta list examples' order, with the newer beta properties where the live API puts them).
import { guidToUti } from './prng.mjs';
import { isoSec, iso7 } from './calendar.mjs';
import { APPS, RES, CA, FAIL, MS_TENANT } from './world.mjs';

const LEGACY_CLIENTS = new Set(['Authenticated SMTP', 'Exchange ActiveSync', 'IMAP4', 'POP3', 'Other clients', 'Exchange Web Services', 'MAPI Over HTTP']);
const COMPLIANT_EXEMPT = new Set([RES.drs.id, RES.intune.id]);   // device registration / enrolment cannot require an already-compliant device
const CA_EXEMPT_APPS = new Set([APPS.avdClient.id, APPS.rdp.id, RES.avd.id, RES.cloudLogin.id, APPS.winSignIn.id, APPS.companyPortal.id, APPS.authenticator.id, APPS.mySignins.id]);

/** mark a sub-object as repeating (rendered once by writer.mjs) */
export function memo(v, key) { Object.defineProperty(v, '__k', { value: key, enumerable: false }); return v; }

/** float32 rendering of a coordinate (Graph stores geo coordinates as single precision). */
const f32 = (x) => Math.fround(x);

/** Fractional seconds as PowerShell 7 re-serialises a DateTime ("FFFFFFF": trailing zeros dropped). */
export function ps7Frac(t, frac7) {
  const base = new Date(Math.floor(t / 1000) * 1000).toISOString().slice(0, 19);
  const f = String(frac7).padStart(7, '0').replace(/0+$/, '');
  return f ? `${base}.${f}Z` : `${base}Z`;
}

/** Evaluate the tenant's six Conditional Access policies for one sign-in. */
export function evaluateCa(ev, ctx) {
  const u = ev.account;
  const out = [];
  const primaryFailed = ev.stage === 'primary';          // failed before CA is evaluated
  const mfaOk = ev.mfaSatisfied;
  const exemptUser = u.caExempt || ev.crossTenant === 'serviceProvider';
  const isLegacy = LEGACY_CLIENTS.has(ev.clientApp);
  const isBrowser = ev.clientApp === 'Browser';
  const plat = ev.platform;  // windows | macos | ios | android | linux | other
  const dev = ev.device;
  const managed = !!(dev && (dev.compliant || dev.trust === 'Azure AD joined'));
  const exemptApp = CA_EXEMPT_APPS.has(ev.app.id) || CA_EXEMPT_APPS.has(ev.res.id);
  const mk = (p, result, sat, notSat, grant, sess = []) => ({
    id: ctx.caIds[p.key], displayName: p.name, enforcedGrantControls: grant, enforcedSessionControls: sess,
    result, conditionsSatisfied: sat, conditionsNotSatisfied: notSat,
  });
  for (const p of CA) {
    if (primaryFailed || u.kind === 'sp') {
      const grant = { mfa: ['Mfa'], legacy: ['Block'], compliant: ['RequireCompliantDevice'], unmanaged: [], admins: ['RequireAuthenticationStrength'], risk: ['Mfa'] }[p.key];
      out.push(mk(p, p.key === 'risk' ? 'reportOnlyNotApplied' : 'notApplied', 0, 0, grant, p.key === 'unmanaged' ? ['AppEnforcedRestrictions'] : []));
      continue;
    }
    switch (p.key) {
      case 'mfa': {
        if (exemptUser || u.caExempt || exemptApp && ev.app.id !== APPS.mySignins.id) { out.push(mk(p, 'notApplied', 1, exemptUser ? 2 : 0, ['Mfa'])); break; }
        const r = ev.caOverride?.mfa ?? (mfaOk ? 'success' : 'failure');
        out.push(mk(p, r, 3, 0, ['Mfa']));
        break;
      }
      case 'legacy': {
        if (!isLegacy) { out.push(mk(p, 'notApplied', 3, 16, ['Block'])); break; }
        if (u.legacyAllowed) { out.push(mk(p, 'notApplied', 17, 2, ['Block'])); break; }
        out.push(mk(p, 'failure', 19, 0, ['Block']));
        break;
      }
      case 'compliant': {
        if (exemptUser || u.userType === 'guest' || exemptApp || u.kind === 'room' || COMPLIANT_EXEMPT.has(ev.res.id)) { out.push(mk(p, 'notApplied', exemptApp ? 0 : 1, exemptApp ? 1 : 2, ['RequireCompliantDevice'])); break; }
        if (isBrowser || isLegacy) { out.push(mk(p, 'notApplied', 7, 16, ['RequireCompliantDevice'])); break; }
        if (plat !== 'windows' && plat !== 'macos') { out.push(mk(p, 'notApplied', 3, 4, ['RequireCompliantDevice'])); break; }
        out.push(mk(p, dev && dev.compliant ? 'success' : 'failure', 23, 0, ['RequireCompliantDevice']));
        break;
      }
      case 'unmanaged': {
        if (!isBrowser || exemptUser) { out.push(mk(p, 'notApplied', 3, 16, [], ['AppEnforcedRestrictions'])); break; }
        if (managed) { out.push(mk(p, 'notApplied', 19, 256, [], ['AppEnforcedRestrictions'])); break; }
        const touchesData = ev.res.id === RES.exo.id || ev.res.id === RES.spo.id || ev.app.id === APPS.owa.id || ev.app.id === APPS.officeHome.id || ev.app.id === APPS.spoWeb.id;
        out.push(mk(p, touchesData ? 'success' : 'notApplied', touchesData ? 275 : 19, touchesData ? 0 : 1, [], ['AppEnforcedRestrictions']));
        break;
      }
      case 'admins': {
        if (!u.admin) { out.push(mk(p, 'notApplied', 1, 2, ['RequireAuthenticationStrength'])); break; }
        out.push(mk(p, ev.phishResistant ? 'success' : 'failure', 3, 0, ['RequireAuthenticationStrength']));
        break;
      }
      case 'risk': {
        const risky = ev.risk && (ev.risk.during === 'medium' || ev.risk.during === 'high');
        if (!risky || exemptUser) { out.push(mk(p, 'reportOnlyNotApplied', 3, 32, ['Mfa'])); break; }
        out.push(mk(p, mfaOk ? 'reportOnlySuccess' : 'reportOnlyFailure', 35, 0, ['Mfa']));
        break;
      }
    }
  }
  let status = 'notApplied';
  if (!primaryFailed && u.kind !== 'sp') {
    const applied = out.filter((x) => x.result === 'success' || x.result === 'failure');
    if (applied.some((x) => x.result === 'failure')) status = 'failure';
    else if (applied.length) status = 'success';
  }
  return { policies: memo(out, 'ca:' + out.map((x) => x.result + x.conditionsSatisfied + '/' + x.conditionsNotSatisfied).join(',')), status };
}

const step = (t, method, detail, ok, result, req) => ({
  authenticationStepDateTime: isoSec(t), authenticationMethod: method, authenticationMethodDetail: detail,
  succeeded: ok, authenticationStepResultDetail: result, authenticationStepRequirement: req,
});

const MFA_METHOD = {
  push: ['Mobile app notification', null],
  otp: ['OATH verification code', null],
  sms: ['Text message', null],
  voice: ['Phone call approval (Authentication phone)', null],
};

/** authenticationDetails for an interactive sign-in. */
export function authSteps(ev) {
  const t = ev.t;
  const pw = (ok) => step(t, 'Password', 'Password in the cloud', ok, ok ? 'Correct password' : 'Invalid username or password or Invalid on-premise username or password.', 'Primary authentication');
  const mfa = (ok, detail) => {
    const [m] = MFA_METHOD[ev.mfaMethod || 'push'];
    const d = ev.mfaMethod === 'sms' ? `+${ev.account.phoneCc} XXXXXXX${ev.account.phoneTail}` : null;
    return step(t + 9000 + (ev.mfaDelay || 0), m, d, ok, detail, 'MFA');
  };
  switch (ev.auth) {
    case 'prt': case 'cookie': case 'claim':
      return [
        step(t, 'Previously satisfied', null, true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'),
        ...(ev.mfaSatisfied ? [step(t, 'Previously satisfied', null, true, 'MFA requirement satisfied by claim in the token', 'MFA')] : []),
      ];
    case 'pwd+mfa': return [pw(true), mfa(true, ev.mfaMethod === 'sms' ? 'MFA successfully completed' : 'MFA successfully completed')];
    case 'pwd': return [pw(true)];
    case 'pwd-fail': return [pw(false)];
    case 'pwd+mfa-required': return [pw(true), step(t + 2000, MFA_METHOD[ev.mfaMethod || 'push'][0], null, true, 'MFA required in Azure AD', 'MFA')];
    case 'mfa-fail': return [pw(true), mfa(false, ev.mfaFailText || 'MFA denied; user declined the authentication')];
    case 'prev+mfa': return [step(t, 'Previously satisfied', null, true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'), mfa(true, 'MFA successfully completed')];
    case 'whfb': return [step(t, 'Windows Hello for Business', null, true, 'methodSucceeded', 'Primary authentication')];
    case 'fido': return [step(t, 'FIDO2 security key', 'YubiKey 5 NFC', true, 'methodSucceeded', 'Primary authentication')];
    case 'passkey': return [step(t, 'Passkey (Microsoft Authenticator)', null, true, 'methodSucceeded', 'Primary authentication')];
    case 'tap': return [step(t, 'Temporary Access Pass', null, true, 'methodSucceeded', 'Primary authentication')];
    case 'none': default: return [];
  }
}

function processing(ev) {
  const out = [{ key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: 'False' }];
  if (ev.interactive && ev.loginHint) out.unshift({ key: 'Login Hint Present', value: 'True' });
  if (ev.scopes !== undefined && ev.scopes !== null) out.push({ key: 'Oauth Scope Info', value: typeof ev.scopes === 'string' ? ev.scopes : JSON.stringify(ev.scopes) });
  if (ev.library) out.push({ key: 'Azure AD App Authentication Library', value: ev.library });
  if (ev.rootKey) out.push({ key: 'Root Key Type', value: ev.rootKey });
  if (ev.account.kind !== 'sp') out.push({ key: 'Is CAE Token', value: ev.cae ? 'True' : 'False' });
  return memo(out, 'pd:' + out.map((x) => x.key + '=' + x.value).join('|'));
}

const PRIVATE_LINK = memo({ policyId: '', policyName: '', resourceId: '', policyTenantId: '' }, 'pl');
const MSI_NONE = memo({ msiType: 'none', associatedResourceId: null, federatedTokenId: null, federatedTokenIssuer: null }, 'msi');
const EMPTY_DEVICE = memo({ deviceId: '', displayName: '', operatingSystem: '', browser: '', isCompliant: false, isManaged: false, trustType: '' }, 'dev0');
const RAP = memo([{ requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' }], 'rap');

/**
 * A Graph beta signIn object. `ev` holds the event; `ctx` the tenant constants (tenantId, caIds, resSpIds, book).
 */
export function signIn(ev, ctx) {
  const a = ev.account;
  const net = ctx.book.info(ev.ip);
  const pl = net.place;
  const id = ev.id;
  const code = ev.code || 0;
  const isSp = a.kind === 'sp';
  const ca = evaluateCa(ev, ctx);
  let failureReason = FAIL[code];
  if (typeof failureReason === 'function') failureReason = failureReason(code === 65001 ? ev.app.id : ev.res.id);
  if (failureReason === undefined) failureReason = 'Other.';
  const mfa = !isSp && ev.interactive && ev.mfaSatisfied && (ev.auth === 'pwd+mfa' || ev.auth === 'prev+mfa') ? MFA_METHOD[ev.mfaMethod || 'push'][0] : null;
  const risk = ev.risk || { during: 'none', aggregated: 'none', state: 'none', detail: 'none', events: [] };
  const oldRisk = risk.events.filter((e) => ['unlikelyTravel', 'anonymizedIPAddress', 'maliciousIPAddress', 'unfamiliarFeatures', 'malwareInfectedIPAddress', 'suspiciousIPAddress', 'leakedCredentials', 'investigationsThreatIntelligence', 'generic'].includes(e));
  const dev = ev.device;
  const ownerTenant = ev.app.owner || MS_TENANT;
  const resOwner = ev.res.owner || MS_TENANT;
  const homeTenant = a.homeTenantId || ctx.tenantId;
  const upn = isSp ? null : a.upnLog || a.upn;
  const rec = {
    id,
    createdDateTime: isoSec(ev.t),
    userDisplayName: isSp ? null : a.displayName,
    userPrincipalName: upn,
    userId: isSp ? '' : a.id,
    appId: ev.app.id,
    appDisplayName: ev.app.name,
    authenticationRequirement: isSp ? 'singleFactorAuthentication' : (ev.requirement || (ev.mfaSatisfied || ev.mfaRequired ? 'multiFactorAuthentication' : 'singleFactorAuthentication')),
    ipAddress: ev.ip,
    ipAddressFromResourceProvider: null,
    clientAppUsed: isSp ? null : ev.clientApp,
    userAgent: isSp ? null : (ev.ua ?? null),
    correlationId: ev.correlationId,
    conditionalAccessStatus: ca.status,
    originalRequestId: ev.originalRequestId || id,
    isInteractive: !!ev.interactive,
    tokenIssuerName: '',
    tokenIssuerType: 'AzureAD',
    clientCredentialType: ev.credType || 'none',
    processingTimeInMilliseconds: ev.ms,
    riskDetail: risk.detail,
    riskLevelAggregated: risk.aggregated,
    riskLevelDuringSignIn: risk.during,
    riskState: risk.state,
    riskEventTypes: oldRisk,
    riskEventTypes_v2: risk.events,
    resourceDisplayName: ev.res.name,
    resourceId: ev.res.id,
    resourceTenantId: ctx.tenantId,
    homeTenantId: isSp ? ctx.tenantId : homeTenant,
    homeTenantName: a.homeTenantName || '',
    authenticationMethodsUsed: [],
    alternateSignInName: isSp ? null : upn,
    signInIdentifier: isSp ? null : (ev.identifier ?? ''),
    signInIdentifierType: isSp ? null : (ev.identifier ? 'userPrincipalName' : null),
    servicePrincipalName: isSp ? a.displayName : null,
    signInEventTypes: [isSp ? 'servicePrincipal' : ev.interactive ? 'interactiveUser' : 'nonInteractiveUser'],
    servicePrincipalId: isSp ? a.spId : '',
    federatedCredentialId: ev.ficId || '',
    userType: isSp ? null : (a.userType || 'member'),
    flaggedForReview: false,
    isTenantRestricted: false,
    autonomousSystemNumber: net.asn,
    crossTenantAccessType: ev.crossTenant || (a.userType === 'guest' ? 'b2bCollaboration' : 'none'),
    servicePrincipalCredentialKeyId: isSp ? (ev.keyId || '') : '',
    servicePrincipalCredentialThumbprint: '',
    uniqueTokenIdentifier: guidToUti(id),
    incomingTokenType: ev.incoming || 'none',
    authenticationProtocol: ev.protocol || 'none',
    resourceServicePrincipalId: ctx.resSpId(ev.res.id),
    signInTokenProtectionStatus: 'none',
    originalTransferMethod: ev.transfer || 'none',
    isThroughGlobalSecureAccess: false,
    globalSecureAccessIpAddress: null,
    conditionalAccessAudiences: [],
    sessionId: isSp ? '' : (ev.sessionId || ''),
    appOwnerTenantId: ownerTenant,
    resourceOwnerTenantId: resOwner,
    mfaDetail: { authMethod: mfa, authDetail: null },
    azureResourceId: '',
    status: { errorCode: code, failureReason, additionalDetails: ev.additional ?? null },
    deviceDetail: isSp ? EMPTY_DEVICE : memo({
      deviceId: dev ? dev.id : '',
      displayName: dev ? dev.name : '',
      operatingSystem: ev.os || '',
      browser: ev.browser || '',
      isCompliant: !!(dev && dev.compliant),
      isManaged: !!(dev && dev.managed),
      trustType: dev ? dev.trust : '',
    }, `dv:${dev ? dev.id + dev.name + dev.compliant + dev.managed + dev.trust : ''}|${ev.os}|${ev.browser}`),
    location: memo({
      city: pl.city, state: pl.state, countryOrRegion: pl.cc,
      geoCoordinates: { altitude: null, latitude: f32(pl.lat + ctx.geoJitter(ev.ip, 0)), longitude: f32(pl.lon + ctx.geoJitter(ev.ip, 1)) },
    }, `loc:${ev.ip}`),
    appliedConditionalAccessPolicies: ca.policies,
    authenticationContextClassReferences: [],
    authenticationProcessingDetails: processing(ev),
    networkLocationDetails: ctx.namedNetworks(ev.ip),
    authenticationDetails: ev.interactive && !isSp ? authSteps(ev) : [],
    authenticationRequirementPolicies: !isSp && (ev.mfaSatisfied || ev.mfaRequired) && !a.caExempt ? RAP : [],
    sessionLifetimePolicies: [],
    privateLinkDetails: PRIVATE_LINK,
    appliedEventListeners: [],
    authenticationAppDeviceDetails: null,
    authenticationAppPolicyEvaluationDetails: [],
    managedServiceIdentity: MSI_NONE,
  };
  return rec;
}

/** A Graph v1.0 directoryAudit object. */
export function directoryAudit(e) {
  const init = e.app
    ? { user: null, app: { appId: e.app.appId ?? null, displayName: e.app.displayName, servicePrincipalId: e.app.spId ?? null, servicePrincipalName: e.app.spName ?? null } }
    : { user: { id: e.actor.id, displayName: null, userPrincipalName: e.actor.upn, ipAddress: e.ip ?? null, userType: null, homeTenantId: e.actor.homeTenantId ?? null, homeTenantName: e.actor.homeTenantName ?? null }, app: null };
  return {
    id: e.id,
    category: e.category,
    correlationId: e.correlationId,
    result: e.result || 'success',
    resultReason: e.resultReason ?? '',
    activityDisplayName: e.activity,
    activityDateTime: ps7Frac(e.t, e.frac7),
    loggedByService: e.service,
    operationType: e.operationType,
    initiatedBy: init,
    userAgent: e.userAgent ?? null,
    targetResources: e.targets.map((x) => ({
      id: x.id, displayName: x.displayName ?? null, type: x.type, userPrincipalName: x.upn ?? null, groupType: x.groupType ?? null,
      modifiedProperties: (x.props || []).map(([n, o, v]) => ({ displayName: n, oldValue: o, newValue: v })),
      administrativeUnits: [],
    })),
    additionalDetails: (e.details || []).map(([k, v]) => ({ key: k, value: v })),
  };
}

export { isoSec, iso7 };
