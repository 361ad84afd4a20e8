// Time and record formatting for Azure Monitor diagnostic-setting records (category SignInLogs,
// NonInteractiveUserSignInLogs, AuditLogs) as archived to storage: one JSON object per line.
// Envelope layout and property order follow shared/samples/diagnostic-ndjson (elastic fixtures of real
// 2022 tenant captures); fields those fixtures lack are marked in the README as assumptions.

export const T0_MS = Date.UTC(2026, 10, 9, 0, 0, 0); // 2026-11-09T00:00Z
export const DAYS = 14;
export const TICKS_PER_MS = 10_000; // 100 ns ticks, as .NET writes 7 fractional digits
export const SEC = 10_000_000;
export const MIN = 60 * SEC;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const END = DAYS * DAY;

const pad2 = (n) => (n < 10 ? '0' + n : '' + n);

/** ticks since T0 -> [date part 'YYYY-MM-DDTHH:MM:SS', fraction '1234567'] */
function parts(t) {
  const sec = Math.floor(t / SEC);
  const frac = t - sec * SEC;
  const d = new Date(T0_MS + sec * 1000);
  const s = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
  return [s, String(frac).padStart(7, '0')];
}
/** envelope `time`: 7 fractional digits and Z */
export function fmtTime(t) { const [s, f] = parts(t); return `${s}.${f}Z`; }
/** properties.createdDateTime / activityDateTime: +00:00 offset, trailing zeros trimmed (.NET FFFFFFF) */
export function fmtCreated(t) {
  const [s, f] = parts(t);
  const g = f.replace(/0+$/, '');
  return g ? `${s}.${g}+00:00` : `${s}+00:00`;
}
/** plain ISO for truth.json */
export function iso(t) { return new Date(T0_MS + Math.floor(t / TICKS_PER_MS)).toISOString(); }
export function hourIndex(t) { return Math.floor(t / HOUR); }

export function b64url(s) { return Buffer.from(s, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''); }

const f32 = (x) => Math.fround(x);

/**
 * A sign-in record. `s` carries everything already decided by the caller:
 * { t, cat: 'SignInLogs'|'NonInteractiveUserSignInLogs', tenantId, id, correlationId, user{upn,display,id,type,homeTenantId},
 *   app{id,name}, res{id,name}, ip, geo{city,state,cc,lat,lon}, asn, named (network name or null),
 *   status{errorCode, failureReason?, additionalDetails?}, clientAppUsed, userAgent (string|null),
 *   device{deviceId, displayName?, operatingSystem, browser, isCompliant?, isManaged?, trustType?},
 *   mfaDetail (object|undefined), caStatus, caPolicies[], authProc[], authDetails[], authReq, authReqPolicies[],
 *   risk{detail, agg, during, state, types[]}, crossTenant, protocol, incomingTokenType, sessionId, originalTransferMethod?,
 *   tokenIssuerType, tokenIssuerName, processingMs, flagged }
 */
export function signinLine(s) {
  const created = fmtCreated(s.t);
  const p = {};
  p.id = s.id;
  p.createdDateTime = created;
  p.userDisplayName = s.user.display;
  p.userPrincipalName = s.user.signInName;
  p.userId = s.user.id;
  p.appId = s.app.id;
  p.appDisplayName = s.app.name;
  p.ipAddress = s.ip;
  p.status = s.status;
  p.clientAppUsed = s.clientAppUsed;
  if (s.userAgent != null) p.userAgent = s.userAgent;
  p.deviceDetail = s.device;
  p.location = { city: s.geo.city, state: s.geo.state, countryOrRegion: s.geo.cc, geoCoordinates: { latitude: f32(s.geo.lat), longitude: f32(s.geo.lon) } };
  if (s.mfaDetail !== undefined) p.mfaDetail = s.mfaDetail;
  p.correlationId = s.correlationId;
  p.conditionalAccessStatus = s.caStatus;
  p.appliedConditionalAccessPolicies = s.caPolicies;
  p.originalRequestId = s.originalRequestId || s.id;
  p.isInteractive = s.cat === 'SignInLogs';
  p.tokenIssuerName = s.tokenIssuerName || '';
  p.tokenIssuerType = s.tokenIssuerType || 'AzureAD';
  p.authenticationProcessingDetails = s.authProc;
  p.networkLocationDetails = s.named ? [{ networkType: 'namedNetwork', networkNames: [s.named] }] : [];
  p.processingTimeInMilliseconds = s.processingMs;
  p.riskDetail = s.risk.detail;
  p.riskLevelAggregated = s.risk.agg;
  p.riskLevelDuringSignIn = s.risk.during;
  p.riskState = s.risk.state;
  p.riskEventTypes = s.risk.types;
  p.riskEventTypes_v2 = s.risk.types;
  p.resourceDisplayName = s.res.name;
  p.resourceId = s.res.id;
  p.resourceTenantId = s.resourceTenantId;
  p.homeTenantId = s.user.homeTenantId;
  p.authenticationDetails = s.authDetails;
  p.authenticationRequirementPolicies = s.authReqPolicies;
  p.authenticationRequirement = s.authReq;
  p.servicePrincipalId = '';
  p.userType = s.user.type;
  p.flaggedForReview = false;
  p.isTenantRestricted = false;
  p.autonomousSystemNumber = s.asn;
  p.crossTenantAccessType = s.crossTenant;
  p.privateLinkDetails = {};
  p.ssoExtensionVersion = '';
  p.uniqueTokenIdentifier = b64url(s.id);
  p.incomingTokenType = s.incomingTokenType;
  p.authenticationProtocol = s.protocol;
  // members not in the 2022 fixtures (assumed, appended): session id and, for device code, the transfer method
  if (s.sessionId) p.sessionId = s.sessionId;
  if (s.originalTransferMethod) p.originalTransferMethod = s.originalTransferMethod;

  const err = s.status.errorCode;
  let env = `{ "time": "${fmtTime(s.t)}", "resourceId": "/tenants/${s.tenantId}/providers/Microsoft.aadiam", "operationName": "Sign-in activity", "operationVersion": "1.0", "category": "${s.cat}", "tenantId": "${s.tenantId}", "resultType": "${err}", "resultSignature": "None", `;
  if (err !== 0 && s.status.failureReason) env += `"resultDescription": ${JSON.stringify(s.status.failureReason)}, `;
  env += `"durationMs": 0, "callerIpAddress": "${s.ip}", "correlationId": "${s.correlationId}", "identity": ${JSON.stringify(s.user.display)}, "Level": 4, "location": "${s.geo.cc}", "properties": ${JSON.stringify(p)}}`;
  return env;
}

/**
 * An audit record. a = { t, tenantId, id, correlationId, activity, category, service, operationType, result, resultReason,
 *   initiatedBy {user{...}}|{app{...}}, identity, callerIp, targets[], additional[], userAgent|null }
 */
export function auditLine(a) {
  const p = {
    id: a.id,
    category: a.category,
    correlationId: a.correlationId,
    result: a.result || 'success',
    resultReason: a.resultReason || '',
    activityDisplayName: a.activity,
    activityDateTime: fmtCreated(a.t),
    loggedByService: a.service,
    operationType: a.operationType,
    userAgent: a.userAgent === undefined ? null : a.userAgent,
    initiatedBy: a.initiatedBy,
    targetResources: a.targets,
    additionalDetails: a.additional || [],
  };
  let env = `{ "time": "${fmtTime(a.t)}", "resourceId": "/tenants/${a.tenantId}/providers/Microsoft.aadiam", "operationName": ${JSON.stringify(a.activity)}, "operationVersion": "1.0", "category": "AuditLogs", "tenantId": "${a.tenantId}", "resultSignature": "None", "durationMs": 0, `;
  if (a.callerIp) env += `"callerIpAddress": "${a.callerIp}", `;
  env += `"correlationId": "${a.correlationId}", "identity": ${JSON.stringify(a.identity)}, "Level": 4, "properties": ${JSON.stringify(p)}}`;
  return env;
}
