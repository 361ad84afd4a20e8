// Log Analytics rows: the SigninLogs, AADNonInteractiveUserSignInLogs and AuditLogs columns (names and types from
// the azure-reference-other table references; order: the table's own column order as a plain `Table | where …`
// query returns it, newer columns last) and the builders that turn a sign-in or audit event into a row.
import { TENANT_ID, WORKSPACE_ID, RESOURCE_ID, RES_SP, ERR, geoOf } from './world.mjs';
import { caEvaluate } from './ca.mjs';

export const SIGNIN_COLUMNS = [
  ['TenantId', 'string'], ['SourceSystem', 'string'], ['TimeGenerated', 'datetime'], ['ResourceId', 'string'],
  ['OperationName', 'string'], ['OperationVersion', 'string'], ['Category', 'string'], ['ResultType', 'string'],
  ['ResultSignature', 'string'], ['ResultDescription', 'string'], ['DurationMs', 'long'], ['CorrelationId', 'string'],
  ['Resource', 'string'], ['ResourceGroup', 'string'], ['ResourceProvider', 'string'], ['Identity', 'string'],
  ['Level', 'string'], ['Location', 'string'], ['AlternateSignInName', 'string'], ['AppDisplayName', 'string'],
  ['AppId', 'string'], ['AuthenticationContextClassReferences', 'string'], ['AuthenticationDetails', 'string'],
  ['AppliedEventListeners', 'dynamic'], ['AuthenticationMethodsUsed', 'string'], ['AuthenticationProcessingDetails', 'string'],
  ['AuthenticationRequirement', 'string'], ['AuthenticationRequirementPolicies', 'string'], ['ClientAppUsed', 'string'],
  ['ConditionalAccessPolicies', 'dynamic'], ['ConditionalAccessStatus', 'string'], ['CreatedDateTime', 'datetime'],
  ['DeviceDetail', 'dynamic'], ['IsInteractive', 'bool'], ['Id', 'string'], ['IPAddress', 'string'], ['IsRisky', 'bool'],
  ['LocationDetails', 'dynamic'], ['MfaDetail', 'dynamic'], ['NetworkLocationDetails', 'string'], ['OriginalRequestId', 'string'],
  ['ProcessingTimeInMilliseconds', 'string'], ['RiskDetail', 'string'], ['RiskEventTypes', 'string'], ['RiskEventTypes_V2', 'string'],
  ['RiskLevelAggregated', 'string'], ['RiskLevelDuringSignIn', 'string'], ['RiskState', 'string'], ['ResourceDisplayName', 'string'],
  ['ResourceIdentity', 'string'], ['ResourceServicePrincipalId', 'string'], ['ServicePrincipalId', 'string'],
  ['ServicePrincipalName', 'string'], ['Status', 'dynamic'], ['TokenIssuerName', 'string'], ['TokenIssuerType', 'string'],
  ['UserAgent', 'string'], ['UserDisplayName', 'string'], ['UserId', 'string'], ['UserPrincipalName', 'string'],
  ['AADTenantId', 'string'], ['UserType', 'string'], ['FlaggedForReview', 'bool'], ['IPAddressFromResourceProvider', 'string'],
  ['SignInIdentifier', 'string'], ['SignInIdentifierType', 'string'], ['ResourceTenantId', 'string'], ['HomeTenantId', 'string'],
  ['UniqueTokenIdentifier', 'string'], ['SessionLifetimePolicies', 'string'], ['AutonomousSystemNumber', 'string'],
  ['AuthenticationProtocol', 'string'], ['CrossTenantAccessType', 'string'], ['AppliedConditionalAccessPolicies', 'string'],
  ['RiskLevel', 'string'], ['Type', 'string'],
];

export const NONINTERACTIVE_COLUMNS = [
  ['TenantId', 'string'], ['SourceSystem', 'string'], ['TimeGenerated', 'datetime'], ['OperationName', 'string'],
  ['OperationVersion', 'string'], ['Category', 'string'], ['ResultType', 'string'], ['ResultSignature', 'string'],
  ['ResultDescription', 'string'], ['DurationMs', 'long'], ['CorrelationId', 'string'], ['ResourceGroup', 'string'],
  ['Identity', 'string'], ['Level', 'string'], ['Location', 'string'], ['AlternateSignInName', 'string'],
  ['AppDisplayName', 'string'], ['AppId', 'string'], ['AuthenticationContextClassReferences', 'string'],
  ['AuthenticationDetails', 'string'], ['AppliedEventListeners', 'dynamic'], ['AuthenticationMethodsUsed', 'string'],
  ['AuthenticationProcessingDetails', 'string'], ['AuthenticationRequirement', 'string'], ['AuthenticationRequirementPolicies', 'string'],
  ['ClientAppUsed', 'string'], ['ConditionalAccessPolicies', 'string'], ['ConditionalAccessStatus', 'string'],
  ['CreatedDateTime', 'datetime'], ['DeviceDetail', 'string'], ['IsInteractive', 'bool'], ['Id', 'string'], ['IPAddress', 'string'],
  ['IsRisky', 'bool'], ['LocationDetails', 'string'], ['MfaDetail', 'string'], ['NetworkLocationDetails', 'string'],
  ['OriginalRequestId', 'string'], ['ProcessingTimeInMs', 'string'], ['RiskDetail', 'string'], ['RiskEventTypes', 'string'],
  ['RiskEventTypes_V2', 'string'], ['RiskLevelAggregated', 'string'], ['RiskLevelDuringSignIn', 'string'], ['RiskState', 'string'],
  ['ResourceDisplayName', 'string'], ['ResourceIdentity', 'string'], ['ResourceServicePrincipalId', 'string'],
  ['ServicePrincipalId', 'string'], ['Status', 'string'], ['TokenIssuerName', 'string'], ['TokenIssuerType', 'string'],
  ['UserAgent', 'string'], ['UserDisplayName', 'string'], ['UserId', 'string'], ['UserPrincipalName', 'string'],
  ['UserType', 'string'], ['SignInIdentifierType', 'string'], ['ResourceTenantId', 'string'], ['HomeTenantId', 'string'],
  ['UniqueTokenIdentifier', 'string'], ['SessionLifetimePolicies', 'string'], ['AutonomousSystemNumber', 'string'],
  ['AuthenticationProtocol', 'string'], ['CrossTenantAccessType', 'string'], ['SignInEventTypes', 'string'], ['Type', 'string'],
];

export const AUDIT_COLUMNS = [
  ['TenantId', 'string'], ['SourceSystem', 'string'], ['TimeGenerated', 'datetime'], ['ResourceId', 'string'],
  ['OperationName', 'string'], ['OperationVersion', 'string'], ['Category', 'string'], ['ResultType', 'string'],
  ['ResultSignature', 'string'], ['ResultDescription', 'string'], ['DurationMs', 'long'], ['CorrelationId', 'string'],
  ['Resource', 'string'], ['ResourceGroup', 'string'], ['ResourceProvider', 'string'], ['Identity', 'string'],
  ['Level', 'string'], ['Location', 'string'], ['AdditionalDetails', 'dynamic'], ['Id', 'string'], ['InitiatedBy', 'dynamic'],
  ['LoggedByService', 'string'], ['Result', 'string'], ['ResultReason', 'string'], ['TargetResources', 'dynamic'],
  ['AADTenantId', 'string'], ['ActivityDisplayName', 'string'], ['ActivityDateTime', 'datetime'],
  ['AADOperationType', 'string'], ['Type', 'string'],
];

/** Log Analytics renders datetimes with millisecond precision and Z */
export const iso = (ms) => new Date(ms).toISOString();

const pretty = (x) => JSON.stringify(x, null, 2);

function stepIso(ms) {
  // authenticationStepDateTime keeps 7 fractional digits and +00:00 in the LA string columns
  const s = new Date(ms).toISOString();
  return s.slice(0, 23) + String(Math.floor((ms * 9301) % 9999)).padStart(4, '0') + '+00:00';
}

function authDetails(ev) {
  if (!ev.inter || !ev.steps || !ev.steps.length) return '[]';
  return pretty(ev.steps.map((s, i) => {
    const o = { authenticationStepDateTime: stepIso(ev.t + i * (s[5] ?? 0)), authenticationMethod: s[0] };
    if (s[1]) o.authenticationMethodDetail = s[1];
    o.succeeded = s[2];
    o.authenticationStepResultDetail = s[3];
    o.authenticationStepRequirement = s[4];
    o.StatusSequence = s[2] ? 0 : (s[6] ?? 0);
    o.RequestSequence = i === 0 ? 0 : 1;
    return o;
  }));
}

const MEMO = new Map();
function memo(key, f) { let v = MEMO.get(key); if (v === undefined) { v = f(); MEMO.set(key, v); } return v; }

function procDetails(ev) {
  return memo(`p|${ev.loginHint ? 1 : 0}${ev.domainHint ? 1 : 0}${ev.legacyTls ? 1 : 0}${ev.cae ? 1 : 0}|${ev.rootKey ?? ''}|${ev.scopes ? ev.scopes.join(' ') : '-'}`, () => procDetails0(ev));
}
function procDetails0(ev) {
  const a = [];
  if (ev.loginHint) a.push({ key: 'Login Hint Present', value: 'True' });
  if (ev.domainHint) a.push({ key: 'Domain Hint Present', value: 'True' });
  a.push({ key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: ev.legacyTls ? 'True' : 'False' });
  if (ev.scopes) a.push({ key: 'Oauth Scope Info', value: JSON.stringify(ev.scopes) });
  a.push({ key: 'Is CAE Token', value: ev.cae ? 'True' : 'False' });
  if (ev.rootKey) a.push({ key: 'Root Key Type', value: ev.rootKey });
  return pretty(a);
}

function deviceDetail(ev) {
  return memo(`d|${ev.dev?.id ?? ''}|${ev.dev?.name ?? ''}|${ev.os ?? ''}|${ev.browser ?? ''}`, () => deviceDetail0(ev));
}
function deviceDetail0(ev) {
  const d = ev.dev;
  const o = { deviceId: d?.id ?? '' };
  if (d?.name) o.displayName = d.name;
  o.operatingSystem = ev.os ?? d?.os ?? '';
  if (ev.browser) o.browser = ev.browser;
  if (d?.id) { o.isCompliant = !!d.compliant; o.isManaged = !!d.managed; o.trustType = d.trust; }
  return JSON.stringify(o);
}

function locDetail(g, lean) {
  return memo(`l|${lean ? 1 : 0}|${g.city}|${g.state}|${g.cc}|${g.lat}|${g.lon}`, () => locDetail0(g, lean));
}
function locDetail0(g, lean) {
  if (lean) return JSON.stringify({ countryOrRegion: g.cc, geoCoordinates: { longitude: g.lon, latitude: g.lat }, state: g.state, city: g.city });
  return JSON.stringify({ city: g.city, state: g.state, countryOrRegion: g.cc, geoCoordinates: { latitude: g.lat, longitude: g.lon } });
}

function statusJson(ev) {
  return memo(`s|${ev.err}|${ev.addl ?? ''}`, () => statusJson0(ev));
}
function statusJson0(ev) {
  const o = { errorCode: ev.err };
  if (ev.err) o.failureReason = ERR[ev.err] ?? 'Other.';
  if (ev.addl) o.additionalDetails = ev.addl;
  return JSON.stringify(o);
}

function mfaDetail(ev) {
  if (!ev.mfa) return '{}';
  return JSON.stringify({ authMethod: ev.mfa });
}

function netLoc(ev) {
  if (!ev.named) return '[]';
  return JSON.stringify([{ networkType: 'trustedNamedLocation', networkNames: [ev.named] }]);
}

function reqPolicies(ev) {
  if (ev.req !== 'multiFactorAuthentication') return '[]';
  return JSON.stringify([{ requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' }]);
}

function risk(ev) {
  const r = ev.risk;
  if (!r) return ['none', '[]', '[]', 'none', 'none', 'none', null];
  const ev2 = JSON.stringify(r.events ?? []);
  return [r.detail ?? 'none', ev2, ev2, r.agg ?? r.level, r.level, r.state ?? 'atRisk', true];
}

/** one SigninLogs row (interactive) in column order; values typed as the REST API returns them */
export function signinRow(ev) {
  const g = geoOf(ev.ip);
  const ca = caEvaluate(ev, g);
  const [rDetail, rEv, rEv2, rAgg, rDuring, rState, isRisky] = risk(ev);
  const ts = iso(ev.t);
  const user = ev.user;
  return [
    WORKSPACE_ID, 'Azure AD', ts, RESOURCE_ID, 'Sign-in activity', '1.0', 'SignInLogs', String(ev.err), 'None',
    ev.err ? (ERR[ev.err] ?? 'Other.') : '', 0, ev.corr, 'Microsoft.aadiam', 'Microsoft.aadiam', '', user.display, '4', g.cc,
    ev.altName ?? user.upn, ev.app.name, ev.app.id, '[]', authDetails(ev), null, '', procDetails(ev), ev.req, reqPolicies(ev),
    ev.client, ca.json, ca.status, ts, deviceDetail(ev), true, ev.id, ev.ip, isRisky, locDetail(g, true), mfaDetail(ev), netLoc(ev),
    ev.origId ?? ev.id, String(ev.procMs), rDetail, rEv, rEv2, rAgg, rDuring, rState, ev.res.name, ev.res.id,
    RES_SP[ev.res.id] ?? ev.resSp ?? '', '', '', statusJson(ev), ev.issuerName ?? '', ev.issuerType ?? 'AzureAD',
    ev.ua, user.display, user.id, user.upnLog, TENANT_ID, user.type, false, '', user.upnLog, ev.idType ?? 'userPrincipalName',
    TENANT_ID, user.homeTenant, ev.utid, '[]', String(g.asn), ev.proto ?? 'none', ev.xt ?? 'none', '', '', 'SigninLogs',
  ];
}

/** one AADNonInteractiveUserSignInLogs row in column order */
export function noninteractiveRow(ev) {
  const g = geoOf(ev.ip);
  const ca = caEvaluate(ev, g);
  const [rDetail, rEv, rEv2, rAgg, rDuring, rState, isRisky] = risk(ev);
  const ts = iso(ev.t);
  const user = ev.user;
  return [
    WORKSPACE_ID, 'Azure AD', ts, 'Sign-in activity', '1.0', 'NonInteractiveUserSignInLogs', String(ev.err), 'None',
    ev.err ? (ERR[ev.err] ?? 'Other.') : '', 0, ev.corr, 'Microsoft.aadiam', user.display, '4', g.cc, ev.altName ?? user.upn,
    ev.app.name, ev.app.id, '[]', '[]', null, '', procDetails(ev), ev.req, reqPolicies(ev), ev.client, ca.json, ca.status, ts,
    deviceDetail(ev), false, ev.id, ev.ip, isRisky, locDetail(g, false), mfaDetail(ev), netLoc(ev), ev.origId ?? ev.id,
    String(ev.procMs), rDetail, rEv, rEv2, rAgg, rDuring, rState, ev.res.name, ev.res.id, RES_SP[ev.res.id] ?? ev.resSp ?? '', '',
    statusJson(ev), ev.issuerName ?? '', ev.issuerType ?? 'AzureAD', ev.ua, user.display, user.id, user.upnLog, user.type,
    ev.idType ?? 'userPrincipalName', TENANT_ID, user.homeTenant, ev.utid, '[]', String(g.asn), ev.proto ?? 'none', ev.xt ?? 'none',
    '["nonInteractiveUser"]', 'AADNonInteractiveUserSignInLogs',
  ];
}

/** one AuditLogs row */
export function auditRow(a) {
  const ts = iso(a.t);
  return [
    WORKSPACE_ID, 'Azure AD', ts, RESOURCE_ID, a.activity, '1.0', a.category, '', 'None', '', 0, a.corr, 'Microsoft.aadiam',
    'Microsoft.aadiam', '', a.identity, '4', '', JSON.stringify(a.additional ?? []), a.id, JSON.stringify(a.initiatedBy),
    a.service, a.result ?? 'success', a.resultReason ?? '', JSON.stringify(a.targets ?? []), TENANT_ID, a.activity, ts,
    a.opType, 'AuditLogs',
  ];
}
