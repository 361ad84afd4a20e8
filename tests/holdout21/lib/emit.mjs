// Record builders: Azure Monitor diagnostic-settings records (the envelope plus the Graph-like `properties`), one
// string each, collected per category; and the Event Hub writer that batches them into {"records":[...]} bodies.
import { writeFileSync } from 'node:fs';
import { TENANT_ID, APPS } from './tenant.mjs';

const RESOURCE_ID = `/tenants/${TENANT_ID}/providers/Microsoft.aadiam`;

export const REASONS = {
  0: null,
  50126: 'Error validating credentials due to invalid username or password.',
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50057: 'User account is disabled. The account has been disabled by an administrator.',
  50034: 'The user account does not exist in the directory. To sign into this application, the account must be added to the directory.',
  50074: 'Strong Authentication is required.',
  50076: "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '{resource}'.",
  500121: 'Authentication failed during strong authentication request.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  50072: 'User needs to enroll for second factor authentication (interactive).',
  50079: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication.',
  50055: 'The password is expired.',
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
  700082: 'The refresh token has expired due to inactivity.',
  50089: 'Flow token expired - Authentication Failed. Have the user try signing-in again with username -password.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  50097: 'Device authentication is required.',
  50125: 'Sign-in was interrupted due to a password reset or password registration entry.',
  50133: 'Session is invalid due to expiration or recent password change.',
  70044: 'The session has expired or is invalid due to sign-in frequency checks by conditional access.',
  50199: 'For security reasons, user confirmation is required for this request.',
  65001: "The user or administrator has not consented to use the application with ID '{appId}'. Send an interactive authorization request for this user and resource.",
  81010: "Seamless SSO failed because the user's Kerberos ticket has expired or is invalid.",
  50158: 'External security challenge was not satisfied.',
};

export const CA_POLICIES = [
  { id: '7a1c3e52-0b9d-4f86-a2e7-5d14c8b3f091', displayName: 'CA001 - Require MFA outside trusted locations - All users', grant: ['Mfa'] },
  { id: 'e4b82d16-93a0-4c57-8f1e-2b6d7a0c5e38', displayName: 'CA002 - Block legacy authentication', grant: ['Block'] },
  { id: '3d9f0a6b-52c8-4e17-b4a3-8c1e6f2d9075', displayName: 'CA003 - Admins require compliant or hybrid joined device', grant: ['RequireCompliantDevice', 'RequireDomainJoinedDevice'] },
  { id: 'b06e5c2a-8d47-41f3-9a5b-0e7c3d1f8a24', displayName: 'CA004 - Guests require MFA', grant: ['Mfa'] },
  { id: '5f2a8e0d-6c13-4b79-a8e2-1d4b9c7f0e63', displayName: 'CA005 - Block countries outside CA, US, FR (report-only)', grant: ['Block'] },
];
const TRUSTED = new Set(['142.116.40.10', '142.116.40.11', '142.116.40.12', '142.116.41.20', '142.116.42.5', '142.116.42.30', '20.151.66.14', '20.151.66.15', '72.139.200.17', '72.139.200.18', '72.139.200.19', '142.116.44.10', '142.116.44.26', '142.116.44.42', '99.229.180.33', '99.229.181.70', '142.116.44.58', '142.116.45.10', '142.116.45.26']);
export const isTrusted = (ip) => TRUSTED.has(ip);

export const iso7 = (ms, extra) => {
  const s = new Date(ms).toISOString(); // ...:SS.mmmZ
  return `${s.slice(0, 23)}${String(extra).padStart(4, '0')}Z`;
};

function envelope(pairs, props) {
  let s = '{ ';
  for (let i = 0; i < pairs.length; i++) { const [k, v] = pairs[i]; if (v === undefined) continue; s += `"${k}": ${JSON.stringify(v)}, `; }
  return `${s}"properties": ${JSON.stringify(props)}}`;
}

export class Sink {
  constructor(rng) { this.rng = rng; this.interactive = []; this.noninteractive = []; this.audits = []; this.ids = new Set(); }

  /**
   * One sign-in. o: { t, user, app, res, net, interactive, code, detail, device, browser, ua, clientApp, mfa
   *   ('app'|'sms'|'prev'|null), mfaFail, steps, protocol, transfer, session, corr, tokenType, scopes, guest,
   *   exemptMfa, legacyExempt, admin }
   */
  signin(o) {
    const r = this.rng;
    const code = o.code || 0;
    let id;
    do { id = `${r.uuid().slice(0, 34)}00`; } while (this.ids.has(id));
    this.ids.add(id);
    const extra = r.int(0, 9999);
    const created = iso7(o.t, extra);
    const corr = o.corr || r.uuid();
    const u = o.user, n = o.net;
    const app = o.app, res = o.res || APPS.exo;
    const trusted = isTrusted(n.ip);
    const legacy = o.clientApp && !['Browser', 'Mobile Apps and Desktop clients'].includes(o.clientApp);
    const firstFactorFailed = [50126, 50053, 50057, 50034, 50055, 50173, 700082, 50089, 50133].includes(code);
    let mfaDone = o.mfa === 'app' || o.mfa === 'sms' || o.mfa === 'prev' || o.mfa === 'whfb' || o.mfa === 'home';
    if (code !== 0 && code !== 50140 && code !== 50199) mfaDone = false;
    const authReq = o.authReq || (mfaDone ? 'multiFactorAuthentication' : 'singleFactorAuthentication');

    let policies = [];
    if (!firstFactorFailed) {
      const isGuest = !!o.guest;
      const p1 = isGuest || o.exemptMfa || trusted || legacy ? 'notApplied' : code === 500121 || code === 50074 || code === 50076 ? 'failure' : mfaDone ? 'success' : 'notApplied';
      const p2 = legacy ? (o.legacyExempt ? 'notApplied' : 'failure') : 'notApplied';
      const p3 = o.admin ? (o.device && o.device.compliant ? 'success' : code === 53003 ? 'failure' : 'success') : 'notApplied';
      const p4 = isGuest ? (mfaDone ? 'success' : code ? 'failure' : 'success') : 'notApplied';
      const p5 = ['CA', 'US', 'FR'].includes(n.cc) ? 'reportOnlyNotApplied' : 'reportOnlyFailure';
      const res5 = [p1, p2, p3, p4, p5];
      policies = CA_POLICIES.map((p, i) => ({
        id: p.id, displayName: p.displayName,
        enforcedGrantControls: res5[i] === 'notApplied' || res5[i] === 'reportOnlyNotApplied' ? [] : p.grant,
        enforcedSessionControls: [], result: res5[i],
        conditionsSatisfied: res5[i].includes('otApplied') ? 0 : i === 4 ? 31 : 3, conditionsNotSatisfied: res5[i].includes('otApplied') ? 16 : 0,
      }));
      if (code === 53003) policies[0].result = 'failure';
    }
    const enforced = policies.filter((p) => !p.result.startsWith('report'));
    const caStatus = firstFactorFailed ? 'notApplied' : enforced.some((p) => p.result === 'failure') ? 'failure' : enforced.some((p) => p.result === 'success') ? 'success' : 'notApplied';

    let steps = o.steps;
    if (!steps) {
      steps = [];
      const ts = created.replace('Z', '+00:00');
      if (o.interactive) {
        if (o.mfa === 'whfb') steps.push({ m: 'Windows Hello for Business', ok: true, res: 'Authenticated with Windows Hello for Business', req: 'Primary authentication' });
        else if (o.mfa === 'home') steps.push({ m: 'Previously satisfied', ok: true, res: 'MFA requirement satisfied by claim provided by external provider', req: 'MFA' });
        else if (o.protocol === 'deviceCode' || o.mfa === 'prev') steps.push({ m: 'Previously satisfied', ok: true, res: 'First factor requirement satisfied by claim in the token', req: 'Primary authentication' });
        else steps.push({ m: 'Password', ok: !firstFactorFailed, res: firstFactorFailed ? (code === 50053 ? 'Account is locked' : code === 50057 ? 'User account is disabled' : 'Invalid username or password or Invalid on-premise username or password.') : 'Correct password', req: 'Primary authentication' });
        if (!firstFactorFailed && o.mfa !== 'whfb' && o.mfa !== 'home') {
          if (o.mfa === 'app') steps.push({ m: 'Mobile app notification', ok: true, res: 'MFA successfully completed', req: 'MFA' });
          else if (o.mfa === 'sms') steps.push({ m: 'Text message', d: `+X XXXXXXX${r.int(10, 99)}`, ok: true, res: 'MFA successfully completed', req: 'MFA' });
          else if (o.mfa === 'prev') steps.push({ m: 'Previously satisfied', ok: true, res: 'MFA requirement satisfied by claim in the token', req: 'MFA' });
          else if (o.mfaFail) steps.push({ m: 'Mobile app notification', ok: false, res: o.mfaFail, req: 'MFA' });
        }
      } else if (mfaDone) {
        steps.push({ m: 'Previously satisfied', ok: true, res: 'First factor requirement satisfied by claim in the token', req: 'Primary authentication' });
      }
      steps = steps.map((s, i) => ({ authenticationStepDateTime: ts, authenticationMethod: s.m, authenticationMethodDetail: s.d, succeeded: s.ok, authenticationStepResultDetail: s.res, authenticationStepRequirement: s.req, StatusSequence: 0, RequestSequence: i ? 1 : 0 }));
    }

    const status = { errorCode: code };
    if (code) { status.failureReason = REASONS[code] || 'Other.'; }
    if (o.detail) status.additionalDetails = o.detail;
    else if (code === 0 && o.interactive && mfaDone && o.mfa === 'prev') status.additionalDetails = 'MFA requirement satisfied by claim in the token';
    else if (code === 0 && o.interactive && (o.mfa === 'app' || o.mfa === 'sms')) status.additionalDetails = 'MFA completed in Azure AD';

    const dev = o.device;
    const props = {
      id, createdDateTime: created.replace('Z', '+00:00'),
      userDisplayName: u.display, userPrincipalName: u.signinUpn || u.upn, userId: u.id,
      appId: app.id, appDisplayName: app.name, ipAddress: n.ip, status,
      clientAppUsed: o.clientApp || (o.browser && !o.browser.startsWith('Rich') ? 'Browser' : 'Mobile Apps and Desktop clients'),
      userAgent: o.ua || '',
      deviceDetail: dev ? { deviceId: dev.id || '', displayName: dev.id ? dev.name : '', operatingSystem: o.os || dev.os, browser: o.browser || '', isCompliant: !!dev.id && dev.compliant, isManaged: !!dev.id && dev.managed, trustType: dev.id ? dev.trust : '' }
        : { deviceId: '', operatingSystem: o.os || '', browser: o.browser || '' },
      location: { city: n.city, state: n.state, countryOrRegion: n.cc, geoCoordinates: { latitude: n.lat, longitude: n.lon } },
      mfaDetail: mfaDone && o.interactive && (o.mfa === 'app' || o.mfa === 'sms') ? { authMethod: o.mfa === 'sms' ? 'Text message' : 'Mobile app notification' } : {},
      correlationId: corr, conditionalAccessStatus: caStatus, appliedConditionalAccessPolicies: policies,
      originalRequestId: id, isInteractive: !!o.interactive, tokenIssuerName: '', tokenIssuerType: 'AzureAD',
      authenticationProcessingDetails: [
        ...(o.interactive ? [{ key: 'Login Hint Present', value: o.hint ? 'True' : 'False' }] : []),
        { key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: 'False' },
        { key: 'Oauth Scope Info', value: o.scopes ? JSON.stringify(o.scopes) : '' },
        { key: 'Is CAE Token', value: o.cae ? 'True' : 'False' },
      ],
      networkLocationDetails: trusted ? [{ networkType: 'trustedNamedLocation', networkNames: ['RVTA Corporate Egress'] }] : [],
      processingTimeInMilliseconds: o.ms || r.int(40, o.interactive ? 900 : 300),
      riskDetail: 'hidden', riskLevelAggregated: 'hidden', riskLevelDuringSignIn: 'hidden', riskState: 'none',
      riskEventTypes: [], riskEventTypes_v2: [],
      resourceDisplayName: res.name, resourceId: res.id, resourceTenantId: TENANT_ID,
      homeTenantId: u.homeTenant || TENANT_ID, homeTenantName: '',
      authenticationDetails: steps, authenticationRequirementPolicies: [], authenticationRequirement: authReq,
      servicePrincipalId: '', userType: o.guest ? 'Guest' : 'Member', flaggedForReview: false, isTenantRestricted: false,
      autonomousSystemNumber: n.asn, crossTenantAccessType: o.guest ? 'b2bCollaboration' : 'none', privateLinkDetails: {}, ssoExtensionVersion: '',
      uniqueTokenIdentifier: Buffer.from(id).toString('base64url'),
      incomingTokenType: o.tokenType || (o.interactive ? 'none' : 'refreshToken'),
      authenticationProtocol: o.protocol || 'none', originalTransferMethod: o.transfer || 'none',
      sessionId: o.session || '', signInIdentifier: o.interactive && !firstFactorFailed ? (u.signinUpn || u.upn) : '',
      signInIdentifierType: o.interactive ? 'userPrincipalName' : null,
      appOwnerTenantId: o.appOwner || 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
    };
    if (!o.interactive) { delete props.signInIdentifierType; }
    const rec = envelope([
      ['time', created], ['resourceId', RESOURCE_ID], ['operationName', 'Sign-in activity'], ['operationVersion', '1.0'],
      ['category', o.interactive ? 'SignInLogs' : 'NonInteractiveUserSignInLogs'], ['tenantId', TENANT_ID],
      ['resultType', String(code)], ['resultSignature', 'None'], ['resultDescription', code ? status.failureReason : undefined],
      ['durationMs', 0], ['callerIpAddress', n.ip], ['correlationId', corr], ['identity', u.display], ['Level', 4], ['location', n.cc],
    ], props);
    (o.interactive ? this.interactive : this.noninteractive).push({ t: o.t + extra / 10000, s: rec, tag: o.tag || null });
    return { id, corr };
  }

  /**
   * One audit event. o: { t, category, activity, result, actor: {user|app}, ip, targets: [...], details: [[k,v]...],
   *   service, opType, ua, corr }
   */
  audit(o) {
    const r = this.rng;
    const extra = r.int(0, 9999);
    const when = iso7(o.t, extra);
    const corr = o.corr || r.uuid();
    const id = `Directory_${corr}_${r.alnum(5)}_${r.int(100000000, 999999999)}`;
    let initiatedBy, identity;
    if (o.actor.user) {
      const u = o.actor.user;
      initiatedBy = { user: { id: u.id, displayName: null, userPrincipalName: u.upn, ipAddress: o.ip || '', roles: [] } };
      identity = u.display;
    } else {
      const a = o.actor.app;
      initiatedBy = { app: { appId: a.appId ?? null, displayName: a.name, servicePrincipalId: a.spId, servicePrincipalName: null } };
      identity = a.name;
    }
    const props = {
      id, category: o.category, correlationId: corr, result: o.result || 'success', resultReason: o.reason || '',
      activityDisplayName: o.activity, activityDateTime: when.replace('Z', '+00:00'), loggedByService: o.service || 'Core Directory',
      operationType: o.opType || 'Update', userAgent: o.ua ?? null, initiatedBy,
      targetResources: (o.targets || []).map((x) => ({
        id: x.id, displayName: x.displayName ?? null, type: x.type, userPrincipalName: x.upn, groupType: x.groupType,
        modifiedProperties: (x.mods || []).map(([k, a, b]) => ({ displayName: k, oldValue: a, newValue: b })), administrativeUnits: [],
      })),
      additionalDetails: (o.details || []).map(([key, value]) => ({ key, value })),
    };
    const rec = envelope([
      ['time', when], ['resourceId', RESOURCE_ID], ['operationName', o.activity], ['operationVersion', '1.0'], ['category', 'AuditLogs'],
      ['tenantId', TENANT_ID], ['resultSignature', 'None'], ['durationMs', 0], ['callerIpAddress', o.ip || undefined], ['correlationId', corr],
      ['identity', identity], ['Level', 4],
    ], props);
    this.audits.push({ t: o.t + extra / 10000, s: rec, tag: o.tag || null });
    return corr;
  }
}

/**
 * Event Hub bodies as a SIEM forwarder writes them: one line per message, {"records": [rec, rec, ...]}; a message
 * holds the records Azure Monitor batched together (1..200, roughly by time, not strictly ordered), partitions
 * interleave a little, and a handful of messages are delivered twice (at-least-once delivery).
 */
export function writeEventHub(path, recs, rng, { redeliver = 3 } = {}) {
  recs.sort((a, b) => a.t - b.t);
  const msgs = [];
  let i = 0;
  while (i < recs.length) {
    const size = Math.min(recs.length - i, rng.chance(0.25) ? rng.int(1, 30) : rng.int(30, 200));
    let j = i + 1;
    while (j < i + size && recs[j].t - recs[i].t < 6 * 60_000) j++;
    const chunk = recs.slice(i, j);
    // within a batch the service does not promise order: swap a few neighbours
    for (let k = 0; k + 1 < chunk.length; k++) if (rng.chance(0.08)) [chunk[k], chunk[k + 1]] = [chunk[k + 1], chunk[k]];
    msgs.push(chunk);
    i = j;
  }
  // partition interleave: occasionally a message lands after its successor
  for (let k = 0; k + 1 < msgs.length; k++) if (rng.chance(0.1)) [msgs[k], msgs[k + 1]] = [msgs[k + 1], msgs[k]];
  const lines = msgs.map((m) => `{"records": [${m.map((x) => x.s).join(', ')}]}`);
  for (let k = 0; k < redeliver && lines.length > 10; k++) {
    const at = rng.int(1, lines.length - 2);
    lines.splice(at + rng.int(1, 3), 0, lines[at]);
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return { messages: lines.length };
}
