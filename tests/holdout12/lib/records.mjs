// Log Analytics "Export to CSV" serialisation of SigninLogs / AADNonInteractiveUserSignInLogs / AuditLogs rows.
import { TENANT_ID, WORKSPACE_ID, CA, ERR, ADDL, GEO } from './world.mjs';
import { uti } from './prng.mjs';

export const SIGNIN_COLUMNS = ['TenantId', 'SourceSystem', 'TimeGenerated [UTC]', 'ResourceId', 'OperationName', 'OperationVersion', 'Category',
  'ResultType', 'ResultSignature', 'ResultDescription', 'DurationMs', 'CorrelationId', 'Resource', 'ResourceGroup', 'ResourceProvider', 'Identity',
  'Level', 'Location', 'AlternateSignInName', 'AppDisplayName', 'AppId', 'AuthenticationContextClassReferences', 'AuthenticationDetails',
  'AppliedEventListeners', 'AuthenticationMethodsUsed', 'AuthenticationProcessingDetails', 'AuthenticationRequirement',
  'AuthenticationRequirementPolicies', 'ClientAppUsed', 'ConditionalAccessPolicies', 'ConditionalAccessStatus', 'CreatedDateTime [UTC]',
  'DeviceDetail', 'IsInteractive', 'Id', 'IPAddress', 'IsRisky', 'LocationDetails', 'MfaDetail', 'NetworkLocationDetails', 'OriginalRequestId',
  'ProcessingTimeInMilliseconds', 'RiskDetail', 'RiskEventTypes', 'RiskEventTypes_V2', 'RiskLevelAggregated', 'RiskLevelDuringSignIn',
  'RiskState', 'ResourceDisplayName', 'ResourceIdentity', 'ResourceServicePrincipalId', 'ServicePrincipalId', 'ServicePrincipalName', 'Status',
  'TokenIssuerName', 'TokenIssuerType', 'UserAgent', 'UserDisplayName', 'UserId', 'UserPrincipalName', 'AADTenantId', 'UserType',
  'FlaggedForReview', 'IPAddressFromResourceProvider', 'SignInIdentifier', 'SignInIdentifierType', 'ResourceTenantId', 'HomeTenantId',
  'UniqueTokenIdentifier', 'SessionLifetimePolicies', 'AutonomousSystemNumber', 'AuthenticationProtocol', 'CrossTenantAccessType',
  'AppliedConditionalAccessPolicies', 'RiskLevel', 'Type'];

export const AUDIT_COLUMNS = ['TenantId', 'SourceSystem', 'TimeGenerated [UTC]', 'ResourceId', 'OperationName', 'OperationVersion', 'Category',
  'ResultType', 'ResultSignature', 'ResultDescription', 'DurationMs', 'CorrelationId', 'Resource', 'ResourceGroup', 'ResourceProvider',
  'Identity', 'Level', 'Location', 'AdditionalDetails', 'Id', 'InitiatedBy', 'LoggedByService', 'Result', 'ResultReason', 'TargetResources',
  'AADTenantId', 'ActivityDisplayName', 'ActivityDateTime [UTC]', 'AADOperationType', 'Type'];

const pad = (n, w = 2) => String(n).padStart(w, '0');
/** Portal display format: 3/2/2026, 2:08:45.221 PM */
export function laDate(ms) {
  const d = new Date(ms);
  const h = d.getUTCHours(), h12 = h % 12 === 0 ? 12 : h % 12;
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}, ${h12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)} ${h < 12 ? 'AM' : 'PM'}`;
}
export function iso7(ms, extra4) {
  const d = new Date(ms);
  return `${d.toISOString().slice(0, 19)}.${pad(d.getUTCMilliseconds(), 3)}${pad(extra4, 4)}+00:00`;
}
export function cell(v) {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : String(v);
  if (s.indexOf('"') >= 0) return `"${s.replaceAll('"', '""')}"`;
  return s.indexOf(',') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 ? `"${s}"` : s;
}
const pretty = (x) => JSON.stringify(x, null, 2).replace(/\n/g, '\r\n');
const f32 = (x) => Math.fround(x);

// resource service-principal object ids in this tenant (stable per resource id)
const spIds = new Map();
export function resourceSpId(resId, rng) {
  if (!spIds.has(resId)) spIds.set(resId, rng.guid());
  return spIds.get(resId);
}

export const LEGACY = new Set(['Authenticated SMTP', 'IMAP4', 'POP3', 'Exchange ActiveSync', 'Other clients', 'Exchange Web Services', 'MAPI Over HTTP']);
const ADMIN_APPS = new Set(['c44b4083-3bb0-49c1-b47d-974e53cbdf3c', '74658136-14ec-4630-ad9b-26e160ff0fc6', '1950a258-227b-4e31-a9cf-717495945fc2',
  '04b07795-8ddb-461a-bbee-02f9e1bf7b46', '14d82eec-204b-4c2f-b7e8-296a70dab67e']);
const PRE_CA = new Set([50126, 50053, 50034, 50055, 50140, 50057, 50089, 50199, 16000, 70043, 700082, 50173, 50133, 65001]);
const MFA_FAIL = new Set([50074, 50076, 500121, 50072, 50079]);

/** Conditional Access evaluation for a record (results of the 5 tenant policies and the overall status). */
export function evalCA(r) {
  const u = r.user, d = r.dev || {};
  const pol = (i, grant, session, result, cs = 3, cns = 0) => ({ id: CA[i].id, displayName: CA[i].name, enforcedGrantControls: grant,
    enforcedSessionControls: session, result, conditionsSatisfied: cs, conditionsNotSatisfied: cns });
  const out = [];
  const code = r.err || 0;
  const legacy = LEGACY.has(r.clientApp);
  const pre = PRE_CA.has(code);
  const mfaExcluded = u.mfaExcluded;
  // 1 MFA
  if (pre || legacy || mfaExcluded) out.push(pol(0, [], [], 'notApplied', 1, 2));
  else if (MFA_FAIL.has(code)) out.push(pol(0, ['Mfa'], [], 'failure'));
  else out.push(pol(0, ['Mfa'], [], 'success'));
  // 2 legacy
  if (legacy && !u.legacyAllowed) out.push(pol(1, ['Block'], [], 'failure'));
  else out.push(pol(1, [], [], 'notApplied', 1, 2));
  // 3 unmanaged devices
  const unmanaged = !d.isCompliant && u.type === 'Member' && !u.svc;
  const desktopOs = /^(Windows|MacOs)/i.test(d.os || '');
  if (pre || !unmanaged || legacy) out.push(pol(2, [], [], 'notApplied', 1, 2));
  else if (r.clientApp === 'Browser') out.push(pol(2, [], ['ApplicationEnforcedRestrictions'], 'success'));
  else if (desktopOs) out.push(pol(2, ['RequireCompliantDevice', 'RequireDomainJoinedDevice'], [], code === 53000 || code === 53003 ? 'failure' : 'success'));
  else out.push(pol(2, [], [], 'notApplied', 1, 2));
  // 4 admins: admin portals and tools, sign-in frequency 4 h (only listed on sign-ins to those apps; see README)
  if (!pre && u.admin && ADMIN_APPS.has(r.app[0])) out.push(pol(3, ['Mfa'], ['SignInFrequency'], MFA_FAIL.has(code) ? 'failure' : 'success'));
  // 5 device code (report-only)
  out.push(pol(4, ['Block'], [], r.protocol === 'deviceCode' ? 'reportOnlyFailure' : 'reportOnlyNotApplied', r.protocol === 'deviceCode' ? 3 : 1, r.protocol === 'deviceCode' ? 0 : 2));
  let status = 'notApplied';
  if (out.some((p) => p.result === 'failure')) status = 'failure';
  else if (out.some((p) => p.result === 'success')) status = 'success';
  return { policies: out, status };
}

const STEP = {
  Password: ['Password', 'Password in the cloud'],
  push: ['Mobile app notification', null], code: ['OATH verification code', null], sms: ['Text message', null],
  whfb: ['Windows Hello for Business', 'Windows Hello for Business'], prev: ['Previously satisfied', null],
};
/** Build authenticationDetails steps. kind: prev|pwd+push|pwd+code|pwd+sms|pwd|pwd-fail|mfa-fail|mfa-timeout|mfa-req|whfb|none */
export function authSteps(kind, t, rng) {
  const s = (m, ok, res, req, seq = 0) => {
    const o = { authenticationStepDateTime: iso7(t, rng.int(0, 9999)), authenticationMethod: STEP[m][0] };
    if (STEP[m][1]) o.authenticationMethodDetail = STEP[m][1];
    o.succeeded = ok; o.authenticationStepResultDetail = res; o.authenticationStepRequirement = req;
    o.StatusSequence = seq; o.RequestSequence = ok ? 0 : 1;
    return o;
  };
  const pwOk = () => s('Password', true, 'Correct password', 'Primary authentication');
  switch (kind) {
    case 'prev': return [s('prev', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication'),
      s('prev', true, 'MFA requirement satisfied by claim in the token', 'Primary authentication')];
    case 'prev1': return [s('prev', true, 'First factor requirement satisfied by claim in the token', 'Primary authentication')];
    case 'pwd+push': return [pwOk(), s('push', true, 'MFA successfully completed', 'Primary authentication', rng.int(1000000000, 1999999999) * 0 + 0)];
    case 'pwd+code': return [pwOk(), s('code', true, 'MFA successfully completed', 'Primary authentication')];
    case 'pwd+sms': return [pwOk(), s('sms', true, 'MFA successfully completed', 'Primary authentication')];
    case 'pwd': return [pwOk()];
    case 'pwd-fail': return [s('Password', false, 'Invalid username or password or Invalid on-premise username or password.', 'Primary authentication')];
    case 'mfa-req': return [pwOk()];
    case 'mfa-timeout': return [pwOk(), s('push', false, 'MFA denied; user did not respond to mobile app notification', 'Primary authentication')];
    case 'mfa-denied': return [pwOk(), s('push', false, 'MFA denied; user declined the authentication', 'Primary authentication')];
    case 'whfb': return [s('whfb', true, 'Windows Hello for Business', 'Primary authentication'),
      s('prev', true, 'MFA requirement satisfied by claim in the token', 'Primary authentication')];
    case 'locked': return [s('Password', false, 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.', 'Primary authentication')];
    default: return [];
  }
}

const NAMED = { 'gva-office': 'KRI Offices', 'nbo-office': 'KRI Offices', 'amm-office': 'KRI Offices', 'bkk-office': 'KRI Offices', 'pty-office': 'KRI Offices',
  'tr-ttnet-office': 'KRI Offices', 'bd-link3-office': 'KRI Offices', 'zs-zrh': 'KRI Zscaler egress', 'zs-fra': 'KRI Zscaler egress', 'zs-par': 'KRI Zscaler egress',
  'zs-mil': 'KRI Zscaler egress', 'zs-jnb': 'KRI Zscaler egress', 'zs-dxb': 'KRI Zscaler egress', 'zs-sin': 'KRI Zscaler egress', 'zs-mia': 'KRI Zscaler egress',
  'msp-office': 'MSP - Pune NOC' };

/** Serialise one sign-in record as a CSV line (without line end). */
export function signinLine(r, rng) {
  const u = r.user;
  const id = rng.guid(), corr = rng.guid();
  const code = r.err || 0;
  const fr = code ? (r.reason || ERR[code] || 'Other.') : '';
  const status = code ? { errorCode: code, failureReason: fr, additionalDetails: r.addl ?? ADDL[code] ?? undefined } : { errorCode: 0 };
  if (status.additionalDetails === undefined) delete status.additionalDetails;
  const g = r.geo; // [city,state,cc,lat,lon]
  const loc = { countryOrRegion: g[2], geoCoordinates: { longitude: f32(g[4]), latitude: f32(g[3]) }, state: g[1], city: g[0] };
  const d = r.dev || {};
  const dev = { deviceId: d.deviceId || '', operatingSystem: d.os || '', browser: d.browser || '' };
  if (d.deviceId) { dev.displayName = d.name; dev.isCompliant = !!d.isCompliant; dev.isManaged = !!d.isManaged; dev.trustType = d.trustType; }
  const ca = evalCA(r);
  const steps = r.steps || [];
  const apd = [{ key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: 'False' }, { key: 'IsCAEToken', value: r.cae ? 'True' : 'False' }];
  const mfaReq = steps.some((s) => s.authenticationMethod !== 'Password' && s.authenticationStepResultDetail && /MFA/.test(s.authenticationStepResultDetail)) || r.authReq === 'multiFactorAuthentication';
  const authReq = r.authReq || (mfaReq ? 'multiFactorAuthentication' : 'singleFactorAuthentication');
  const reqPol = authReq === 'multiFactorAuthentication' ? '[{"requirementProvider":"multiConditionalAccess","detail":"Conditional Access"}]' : '[]';
  const mfaStep = steps.find((s) => /notification|verification code|Text message/.test(s.authenticationMethod));
  const mfaDetail = mfaStep ? JSON.stringify({ authMethod: mfaStep.authenticationMethod === 'Text message' ? 'Text message' : mfaStep.authenticationMethod === 'Mobile app notification' ? 'Mobile app notification' : 'OATH code' }) : '{}';
  const named = NAMED[r.netKey];
  const nld = named ? JSON.stringify([{ networkType: 'namedNetwork', networkNames: [named] }]) : '[]';
  const risk = r.risk || null;
  const when = laDate(r.t);
  const typed = r.typed && r.inter;
  const cols = [
    WORKSPACE_ID, 'Azure AD', when, `/tenants/${TENANT_ID}/providers/Microsoft.aadiam`, 'Sign-in activity', '1.0',
    r.inter ? 'SignInLogs' : 'NonInteractiveUserSignInLogs', String(code), 'None', fr, '0', corr, 'Microsoft.aadiam', 'Microsoft.aadiam', '',
    u.name, '4', g[2], typed ? u.upn : '', r.app[1], r.app[0], '[]', steps.length ? pretty(steps) : '[]', '[]', '',
    pretty(apd), authReq, reqPol, r.clientApp, JSON.stringify(ca.policies), ca.status, when,
    JSON.stringify(dev), r.inter ? 'TRUE' : 'FALSE', id, r.ip, risk ? 'TRUE' : '', JSON.stringify(loc), mfaDetail, nld, id,
    String(r.ptime ?? rng.int(35, 420)), risk ? risk.detail || 'none' : 'none', risk ? JSON.stringify(risk.events) : '[]', risk ? JSON.stringify(risk.events) : '[]',
    risk ? risk.agg || risk.level : 'none', risk ? risk.level : 'none', risk ? risk.state || 'atRisk' : 'none',
    r.res[1], r.res[0], resourceSpId(r.res[0], rng), '', '', JSON.stringify(status), '', 'AzureAD', r.ua || '', u.name, u.id, u.upn,
    TENANT_ID, u.type, '', '', typed ? u.upn : '', typed ? 'userPrincipalName' : '', TENANT_ID, u.homeTenant || TENANT_ID,
    uti(id), '[]', String(r.asn), r.protocol || 'none', u.type === 'Guest' ? 'b2bCollaboration' : 'none', '', '',
    r.inter ? 'SigninLogs' : 'AADNonInteractiveUserSignInLogs',
  ];
  return cols.map(cell).join(',');
}

/** Serialise one audit record. a: {t, activity, category, service, opType, initiator:{user|app}, targets:[], details:[], result} */
export function auditLine(a, rng) {
  const corr = a.corr || rng.guid();
  const prefix = { 'Core Directory': 'Directory', 'Authentication Methods': 'UserManagement', 'Self-service Password Management': 'SSPR',
    'Invited Users': 'IPCGraph', 'Device Registration Service': 'DRS', 'PIM': 'PIM', 'Conditional Access': 'Policy' }[a.service] || 'Directory';
  const id = `${prefix}_${corr}_${rng.alnum(5)}_${rng.int(100000000, 999999999)}`;
  let initiatedBy;
  if (a.initiator.user) {
    const u = a.initiator.user;
    initiatedBy = { user: { id: u.id, displayName: null, userPrincipalName: u.upn, ipAddress: a.initiator.ip ?? '', roles: [] } };
  } else {
    const ap = a.initiator.app;
    initiatedBy = { app: { appId: ap.appId ?? null, displayName: ap.name, servicePrincipalId: ap.spId ?? null, servicePrincipalName: null } };
  }
  const targets = (a.targets || []).map((t) => ({ id: t.id, displayName: t.name ?? null, type: t.type, userPrincipalName: t.upn ?? null,
    groupType: t.groupType ?? null, modifiedProperties: t.mods || [], administrativeUnits: [] }));
  const details = (a.details || []).map(([k, v]) => ({ key: k, value: v }));
  const when = laDate(a.t);
  const cols = [WORKSPACE_ID, 'Azure AD', when, `/tenants/${TENANT_ID}/providers/Microsoft.aadiam`, a.activity, '1.0', a.category, '', 'None', '', '0',
    corr, 'Microsoft.aadiam', 'Microsoft.aadiam', '', a.identity ?? '', '4', '', JSON.stringify(details), id, JSON.stringify(initiatedBy), a.service,
    a.result || 'success', a.reason || '', JSON.stringify(targets), TENANT_ID, a.activity, when, a.opType, 'AuditLogs'];
  return cols.map(cell).join(',');
}

export const geoOf = (key) => GEO[key];
