// Builders for Azure Monitor diagnostic-settings records (storage-account JSON Lines shape).
import { TENANT_ID, APPS, RES, CA, ERR } from './world.mjs';

// Azure Monitor writes the envelope with ", " / ": " separators and the properties object compact
function envelope(rec) {
  const parts = [];
  for (const [k, v] of Object.entries(rec)) parts.push(`"${k}": ${JSON.stringify(v)}`);
  return '{ ' + parts.join(', ') + '}';
}
const RESOURCE_ID = `/tenants/${TENANT_ID}/providers/Microsoft.aadiam`;
export function iso7(ms, frac) { // 2026-02-09T05:10:08.6816663Z
  const d = new Date(ms).toISOString(); // ....sssZ
  return d.slice(0, 19) + '.' + frac + 'Z';
}
function b64(s) { return Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, ''); }

/**
 * d: { t, interactive, user, app (APPS key or [id,name]), res (RES key or [id,name]), net (registry.net(ip)),
 *      ua (UA entry), device ({id, name, compliant, managed, trust}|null), err, corr, session,
 *      auth: 'password+mfa'|'password'|'sso'|'sso-mfa'|'tap'|'mfa-only'|'none'|'fido', mfaMethod,
 *      clientApp, protocol, transfer, ca: [[key,result,grants]], caStatus, risk:{level,types,state,detail},
 *      named (bool), scope, tokenType }
 */
export function signinLine(rng, d) {
  const frac = String(rng.int(0, 9999999)).padStart(7, '0');
  const timeZ = iso7(d.t, frac);
  const created = timeZ.slice(0, -1) + '+00:00';
  const id = rng.reqId();
  const corr = d.corr || rng.guid();
  const app = Array.isArray(d.app) ? d.app : APPS[d.app];
  const res = Array.isArray(d.res) ? d.res : RES[d.res];
  const err = d.err || 0;
  const [reason, addl] = ERR[err] || ['Other.', null];
  const n = d.net, p = n.place, u = d.user;
  const ua = d.ua || ['', '', ''];
  const risk = d.risk || { level: 'none', types: [], state: 'none', detail: 'none' };
  const dev = d.device;
  const steps = [];
  const stepT = created;
  const auth = d.auth || 'sso';
  let req = 'singleFactorAuthentication', mfaDetail = {};
  const mm = d.mfaMethod || 'Mobile app notification';
  const pushStep = (method, ok, detail, requirement) => steps.push({ authenticationStepDateTime: stepT, authenticationMethod: method, succeeded: ok, authenticationStepResultDetail: detail, authenticationStepRequirement: requirement, StatusSequence: 0, RequestSequence: steps.length });
  if (d.interactive) {
    if (auth === 'password' || auth === 'password+mfa' || auth === 'password-mfafail') {
      pushStep('Password', err !== 50126 && err !== 50053 && err !== 50055 && err !== 50057, err === 50126 ? 'Invalid username or password or Invalid on-premise username or password.' : err === 50053 ? 'Account locked' : err === 50055 ? 'Password expired' : 'Correct password', 'Primary authentication');
    }
    if (auth === 'sso' || auth === 'sso-mfa') pushStep('Previously satisfied', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication');
    if (auth === 'tap') pushStep('Temporary Access Pass', err === 0, err === 0 ? 'Correct temporary access pass' : 'Invalid temporary access pass', 'Primary authentication');
    if (auth === 'fido') pushStep('FIDO2 security key', true, 'Correct FIDO2 security key', 'Primary authentication');
    if (auth === 'whfb') pushStep('Windows Hello for Business', true, 'Correct Windows Hello for Business credential', 'Primary authentication');
    if (auth === 'password+mfa') {
      const ok = err === 0 || err === 50140;
      pushStep(mm, ok || err === 50199, ok ? 'MFA successfully completed' : 'MFA completed in Azure AD', 'Multifactor authentication');
      req = 'multiFactorAuthentication';
      mfaDetail = { authMethod: mm === 'Mobile app notification' ? 'PhoneAppNotification' : mm === 'Text message' ? 'OneWaySMS' : 'PhoneAppOTP', authDetail: null };
    }
    if (auth === 'password-mfafail') {
      pushStep(mm, false, d.mfaFailDetail || 'MFA denied; user declined the authentication', 'Multifactor authentication');
      req = 'multiFactorAuthentication';
      mfaDetail = { authMethod: 'PhoneAppNotification', authDetail: null };
    }
    if (auth === 'sso-mfa') { pushStep('Previously satisfied', true, 'MFA requirement satisfied by claim in the token', 'Multifactor authentication'); req = 'multiFactorAuthentication'; }
    if (auth === 'tap' || auth === 'fido' || auth === 'whfb') req = 'multiFactorAuthentication';
    if (auth === 'mfa-required') { pushStep('Password', true, 'Correct password', 'Primary authentication'); req = 'multiFactorAuthentication'; }
  } else {
    if (d.mfa) req = 'multiFactorAuthentication';
  }
  const policies = [];
  for (const [key, result, grants] of (d.ca || [])) {
    const [pid, pname] = CA[key];
    policies.push({ id: pid, displayName: pname, enforcedGrantControls: grants || [], enforcedSessionControls: [], result, conditionsSatisfied: result === 'notApplied' ? 0 : 3, conditionsNotSatisfied: result === 'notApplied' ? 2 : 0 });
  }
  const caStatus = d.caStatus || (policies.some((x) => x.result === 'failure') ? 'failure' : policies.some((x) => x.result === 'success') ? 'success' : 'notApplied');
  const procDetails = [];
  if (d.interactive) procDetails.push({ key: 'Login Hint Present', value: d.loginHint === false ? 'False' : 'True' });
  procDetails.push({ key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: 'False' });
  procDetails.push({ key: 'Oauth Scope Info', value: d.scope || '' });
  procDetails.push({ key: 'Is CAE Token', value: d.cae ? 'True' : 'False' });
  const props = {
    id, createdDateTime: created, userDisplayName: u.name, userPrincipalName: u.upn, userId: u.id,
    appId: app[0], appDisplayName: app[1], ipAddress: n.ip,
    status: err ? { errorCode: err, failureReason: reason, ...(addl ? { additionalDetails: addl } : {}) } : { errorCode: 0 },
    clientAppUsed: d.clientApp || (ua[2] && ua[2].startsWith('Rich Client') ? 'Mobile Apps and Desktop clients' : 'Browser'),
    userAgent: ua[0],
    deviceDetail: dev
      ? { deviceId: dev.id, displayName: dev.name, operatingSystem: ua[1] || dev.os, browser: ua[2], isCompliant: !!dev.compliant, isManaged: !!dev.managed, trustType: dev.trust || '' }
      : { deviceId: '', operatingSystem: ua[1], browser: ua[2] },
    location: { city: p[0], state: p[1], countryOrRegion: p[2], geoCoordinates: { latitude: +(p[3] + ((parseInt(n.ip.split('.')[2] || '0', 10) % 7) - 3) * 0.0031).toFixed(5), longitude: +(p[4] + ((parseInt(n.ip.split('.')[2] || '0', 10) % 5) - 2) * 0.0047).toFixed(5) } },
    mfaDetail, correlationId: corr, conditionalAccessStatus: caStatus, appliedConditionalAccessPolicies: policies,
    originalRequestId: id, isInteractive: !!d.interactive, tokenIssuerName: d.tokenIssuerName || '', tokenIssuerType: d.tokenIssuerType || 'AzureAD',
    authenticationProcessingDetails: procDetails,
    networkLocationDetails: d.named ? [{ networkType: 'namedNetwork', networkNames: [d.named] }] : [],
    processingTimeInMilliseconds: rng.int(40, d.interactive ? 900 : 260),
    riskDetail: risk.detail, riskLevelAggregated: risk.agg || risk.level, riskLevelDuringSignIn: risk.level, riskState: risk.state,
    riskEventTypes: risk.types, riskEventTypes_v2: risk.types,
    resourceDisplayName: res[1], resourceId: res[0], resourceTenantId: d.resourceTenantId || TENANT_ID, homeTenantId: u.homeTenant || TENANT_ID,
    authenticationDetails: steps, authenticationRequirementPolicies: [], authenticationRequirement: req,
    servicePrincipalId: '', userType: u.guest ? 'Guest' : 'Member', flaggedForReview: false, isTenantRestricted: false,
    autonomousSystemNumber: n.asn, crossTenantAccessType: u.guest ? 'b2bCollaboration' : 'none', privateLinkDetails: {},
    ssoExtensionVersion: '', uniqueTokenIdentifier: b64(id), incomingTokenType: d.tokenType || (d.interactive ? (auth === 'sso' || auth === 'sso-mfa' ? 'primaryRefreshToken' : 'none') : 'refreshToken'),
    authenticationProtocol: d.protocol || 'none', originalTransferMethod: d.transfer || 'none',
    sessionId: d.session || '', clientCredentialType: 'none',
  };
  const rec = {
    time: timeZ, resourceId: RESOURCE_ID, operationName: 'Sign-in activity', operationVersion: '1.0',
    category: d.interactive ? 'SignInLogs' : 'NonInteractiveUserSignInLogs', tenantId: TENANT_ID,
    resultType: String(err), resultSignature: 'None', ...(err ? { resultDescription: reason } : {}), durationMs: 0,
    callerIpAddress: n.ip, correlationId: corr, identity: u.name, Level: 4, location: p[2], properties: props,
  };
  return { line: envelope(rec), id, ip: n.ip, upn: u.upn };
}

const SVC_PREFIX = { 'Core Directory': 'Directory', 'Self-service Password Management': 'SSGM', 'Authentication Methods': 'UserManagement', 'Conditional Access': 'IPCGraph', PIM: 'PIM', 'Invited Users': 'B2BGraph', 'Application Proxy': 'Directory' };
/** a: { t, activity, category, service, opType, result, reason, by: {user|app}, ip, ua, targets:[{id,displayName,type,upn,props:[[name,old,new]]}], details:[[k,v]], corr } */
export function auditLine(rng, a) {
  const frac = String(rng.int(0, 9999999)).padStart(7, '0');
  const timeZ = iso7(a.t, frac);
  const corr = a.corr || rng.guid();
  const id = `${SVC_PREFIX[a.service] || 'Directory'}_${corr}_${rng.alnum(5)}_${rng.int(10000000, 999999999)}`;
  let initiatedBy, identity;
  if (a.by.user) {
    const u = a.by.user;
    initiatedBy = { user: { id: u.id, displayName: null, userPrincipalName: u.upn, ipAddress: a.ip || '', roles: [] } };
    identity = u.name;
  } else {
    initiatedBy = { app: { appId: a.by.app.appId || null, displayName: a.by.app.name, servicePrincipalId: a.by.app.spId, servicePrincipalName: null } };
    identity = a.by.app.name;
  }
  const targetResources = (a.targets || []).map((x) => ({
    id: x.id, displayName: x.displayName ?? null, type: x.type, userPrincipalName: x.upn ?? null,
    modifiedProperties: (x.props || []).map(([name, o, nv]) => ({ displayName: name, oldValue: o, newValue: nv })),
    administrativeUnits: [],
  }));
  const props = {
    id, category: a.category, correlationId: corr, result: a.result || 'success', resultReason: a.reason || '',
    activityDisplayName: a.activity, activityDateTime: timeZ.slice(0, -1) + '+00:00', loggedByService: a.service,
    operationType: a.opType || 'Update', userAgent: a.ua ?? null, initiatedBy, targetResources,
    additionalDetails: (a.details || []).map(([key, value]) => ({ key, value })),
  };
  const rec = {
    time: timeZ, resourceId: RESOURCE_ID, operationName: a.activity, operationVersion: '1.0', category: 'AuditLogs',
    tenantId: TENANT_ID, resultSignature: 'None', durationMs: 0, callerIpAddress: a.ip || '', correlationId: corr,
    identity, Level: 4, properties: props,
  };
  return { line: envelope(rec), id };
}
