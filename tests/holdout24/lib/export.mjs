// Renders the three Log Analytics "Export to CSV" files (see README "Shape").
import { fmtLA, jc, jp, writeCsv } from './fmt.mjs';

// The analyst's query for the interactive table (all columns in table order, minus plumbing):
// SigninLogs | where TimeGenerated between (...) | project-away TenantId, SourceSystem, ResourceId, OperationName,
//   OperationVersion, Category, ResultSignature, DurationMs, Resource, ResourceGroup, ResourceProvider, Level,
//   AuthenticationContextClassReferences, AppliedEventListeners, AuthenticationProcessingDetails, ServicePrincipalId,
//   ServicePrincipalName, TokenIssuerName, IPAddressFromResourceProvider, AppliedConditionalAccessPolicies, RiskLevel,
//   AuthenticationRequirementPolicies, OriginalRequestId, ResourceServicePrincipalId, SessionLifetimePolicies
//   | order by TimeGenerated desc
export const SIGNIN_DROP = new Set(['TenantId', 'SourceSystem', 'ResourceId', 'OperationName', 'OperationVersion', 'Category', 'ResultSignature', 'DurationMs', 'Resource', 'ResourceGroup', 'ResourceProvider', 'Level', 'AuthenticationContextClassReferences', 'AppliedEventListeners', 'AuthenticationProcessingDetails', 'ServicePrincipalId', 'ServicePrincipalName', 'TokenIssuerName', 'IPAddressFromResourceProvider', 'AppliedConditionalAccessPolicies', 'RiskLevel', 'AuthenticationRequirementPolicies', 'OriginalRequestId', 'ResourceServicePrincipalId', 'SessionLifetimePolicies']);
export const SIGNIN_ALL = ['TenantId', 'SourceSystem', 'TimeGenerated [UTC]', 'ResourceId', 'OperationName', 'OperationVersion', 'Category', 'ResultType', 'ResultSignature', 'ResultDescription', 'DurationMs', 'CorrelationId', 'Resource', 'ResourceGroup', 'ResourceProvider', 'Identity', 'Level', 'Location', 'AlternateSignInName', 'AppDisplayName', 'AppId', 'AuthenticationContextClassReferences', 'AuthenticationDetails', 'AppliedEventListeners', 'AuthenticationMethodsUsed', 'AuthenticationProcessingDetails', 'AuthenticationRequirement', 'AuthenticationRequirementPolicies', 'ClientAppUsed', 'ConditionalAccessPolicies', 'ConditionalAccessStatus', 'CreatedDateTime [UTC]', 'DeviceDetail', 'IsInteractive', 'Id', 'IPAddress', 'IsRisky', 'LocationDetails', 'MfaDetail', 'NetworkLocationDetails', 'OriginalRequestId', 'ProcessingTimeInMilliseconds', 'RiskDetail', 'RiskEventTypes', 'RiskEventTypes_V2', 'RiskLevelAggregated', 'RiskLevelDuringSignIn', 'RiskState', 'ResourceDisplayName', 'ResourceIdentity', 'ResourceServicePrincipalId', 'ServicePrincipalId', 'ServicePrincipalName', 'Status', 'TokenIssuerName', 'TokenIssuerType', 'UserAgent', 'UserDisplayName', 'UserId', 'UserPrincipalName', 'AADTenantId', 'UserType', 'FlaggedForReview', 'IPAddressFromResourceProvider', 'SignInIdentifier', 'SignInIdentifierType', 'ResourceTenantId', 'HomeTenantId', 'UniqueTokenIdentifier', 'SessionLifetimePolicies', 'AutonomousSystemNumber', 'AuthenticationProtocol', 'CrossTenantAccessType', 'AppliedConditionalAccessPolicies', 'RiskLevel', 'Type'];
export const SIGNIN_COLS = SIGNIN_ALL.filter((c) => !SIGNIN_DROP.has(c));
const KEEP = SIGNIN_ALL.map((c) => !SIGNIN_DROP.has(c));

// The analyst's projection for the non-interactive table:
// AADNonInteractiveUserSignInLogs | where TimeGenerated between (...) | project <these> | order by TimeGenerated asc
export const NI_COLS = ['TimeGenerated [UTC]', 'CreatedDateTime [UTC]', 'UserPrincipalName', 'UserDisplayName', 'UserId', 'UserType', 'AppDisplayName', 'AppId', 'ResourceDisplayName', 'ResourceIdentity', 'IPAddress', 'AutonomousSystemNumber', 'Location', 'LocationDetails', 'ResultType', 'ResultDescription', 'ClientAppUsed', 'UserAgent', 'DeviceDetail', 'IsInteractive', 'AuthenticationRequirement', 'ConditionalAccessStatus', 'AuthenticationProtocol', 'CrossTenantAccessType', 'HomeTenantId', 'UniqueTokenIdentifier', 'Id', 'Type'];

export const AUDIT_COLS = ['TenantId', 'SourceSystem', 'TimeGenerated [UTC]', 'ResourceId', 'OperationName', 'OperationVersion', 'Category', 'ResultType', 'ResultSignature', 'ResultDescription', 'DurationMs', 'CorrelationId', 'Resource', 'ResourceGroup', 'ResourceProvider', 'Identity', 'Level', 'Location', 'AdditionalDetails', 'Id', 'InitiatedBy', 'LoggedByService', 'Result', 'ResultReason', 'TargetResources', 'AADTenantId', 'ActivityDisplayName', 'ActivityDateTime [UTC]', 'AADOperationType', 'Type'];

const NAMED = { office: 'Harbourlight offices', ztna: 'Harbourlight ZTNA egress' };

export function exportAll(T, log, paths, rng) {
  const r = rng.fork('export');
  const tid = T.tenantId, ws = T.workspaceId;
  const resSp = new Map();
  const rsp = (id) => { if (!resSp.has(id)) resSp.set(id, r.uuid()); return resSp.get(id); };
  const loc = (p) => ({ city: p.city, state: p.state, countryOrRegion: p.cc, geoCoordinates: { latitude: p.lat, longitude: p.lon } });
  const devd = (d, e) => (d ? { deviceId: d.id, displayName: d.name, operatingSystem: d.osName, browser: e.clientApp === 'Browser' ? d.browser : d.os === 'win' || d.os === 'mac' ? 'Rich Client 5.2.1' : d.browser, isCompliant: d.compliant, isManaged: d.managed, trustType: d.trust } : { deviceId: '', operatingSystem: /Windows/.test(e.ua) ? 'Windows 10' : /Mac OS/.test(e.ua) ? 'MacOs' : /Linux|python/.test(e.ua) ? 'Linux' : '', browser: /python|axios|requests|eMClient|PowerShell|HttpClient/i.test(e.ua) ? 'Rich Client' : '' });
  const status = (e) => { const s = { errorCode: e.err }; if (e.reason) s.failureReason = e.reason; if (e.addl) s.additionalDetails = e.addl; return s; };
  const upn = (e) => e.u.upn;
  const home = (e) => (e.u.kind === 'guest' ? e.u.homeTenant : tid);

  const inter = log.signins.filter((e) => e.inter).sort((a, b) => b.t - a.t || (a.id < b.id ? -1 : 1));
  const ni = log.signins.filter((e) => !e.inter).sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : 1));

  const siRows = inter.map((e) => {
    const procDet = [{ key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: 'False' }];
    if (e.app.id === '4765445b-32c6-49b0-83e6-1d93765276ca' || e.clientApp === 'Browser') procDet.push({ key: 'Login Hint Present', value: e.auth === 'prev' ? 'False' : 'True' });
    procDet.push({ key: 'Is CAE Token', value: e.res.name === 'Office 365 Exchange Online' || e.res.name === 'Microsoft Graph' ? 'True' : 'False' });
    const cap = e.caOut.policies.map((p) => ({ enforcedSessionControls: p.enforcedSessionControls, conditionsNotSatisfied: p.result === 'notApplied' ? 1 : 0, enforcedGrantControls: p.enforcedGrantControls, conditionsSatisfied: p.result === 'notApplied' || p.result === 'reportOnlyNotApplied' ? 0 : 3, displayName: p.displayName, result: p.result, id: p.id }));
    const nl = NAMED[e.place.kind] ? [{ networkType: 'namedNetwork', networkNames: [NAMED[e.place.kind]] }] : [];
    const slp = e.caOut.policies.some((p) => p.enforcedSessionControls.length && p.result === 'success') ? [{ expirationRequirement: 'signInFrequencyPeriodicReauthentication', detail: 'Sign-in frequency - 12 hours' }] : [];
    const arp = e.req === 'multiFactorAuthentication' ? [{ requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' }] : [];
    const when = fmtLA(e.t);
    return [ws, 'Azure AD', when, `/tenants/${tid}/providers/Microsoft.aadiam`, 'Sign-in activity', '1.0', 'SignInLogs', String(e.err), 'None', e.reason, '0', e.corr, 'Microsoft.aadiam', 'Microsoft.aadiam', '', e.u.name || '', '4', e.place.cc, e.u.kind === 'guest' ? '' : upn(e), e.app.name, e.app.id, '[]', jp(e.steps || []), '[]', '', jp(procDet), e.req, jc(arp), e.clientApp, jc(cap), e.caOut.status, when, jc(devd(e.dev, e)), 'TRUE', e.id, e.place.ip, '', jc(loc(e.place)), e.mfaDetail ? jc(e.mfaDetail) : '{}', jc(nl), e.id, String(e.proc), 'hidden', '[]', '[]', 'hidden', 'hidden', 'none', e.res.name, e.res.id, rsp(e.res.id), '', '', jc(status(e)), '', 'AzureAD', e.ua, e.u.name || '', e.u.id, upn(e), tid, e.u.userType, '', '', upn(e), 'userPrincipalName', tid, home(e), e.utid, jc(slp), String(e.place.asn), e.protocol, e.u.kind === 'guest' ? 'b2bCollaboration' : 'none', '', '', 'SigninLogs'].filter((_, i) => KEEP[i]);
  });
  const niRows = ni.map((e) => {
    const when = fmtLA(e.t);
    return [when, when, upn(e), e.u.name || '', e.u.id, e.u.userType, e.app.name, e.app.id, e.res.name, e.res.id, e.place.ip, String(e.place.asn), e.place.cc, jc(loc(e.place)), String(e.err), e.reason, e.clientApp, e.ua, jc(devd(e.dev, e)), 'FALSE', e.req, e.caOut.status, e.protocol, e.u.kind === 'guest' ? 'b2bCollaboration' : 'none', home(e), e.utid, e.id, 'AADNonInteractiveUserSignInLogs'];
  });
  const audits = log.audits.slice().sort((a, b) => b.t - a.t || (a.id < b.id ? -1 : 1));
  const auRows = audits.map((a) => {
    const by = a.by.user ? { user: { id: a.by.user.id, displayName: null, userPrincipalName: a.by.user.extUpn || a.by.user.upn, ipAddress: a.by.ip || '', roles: [] } } : { app: { appId: a.by.app.appId ?? null, displayName: a.by.app.name, servicePrincipalId: a.by.app.spId, servicePrincipalName: null } };
    const tr = a.targets.map((x) => { const o = { id: x.id, displayName: x.displayName ?? null, type: x.type, modifiedProperties: x.props.map(([n, o1, n1]) => ({ displayName: n, oldValue: o1, newValue: n1 })), administrativeUnits: [] }; if (x.userPrincipalName) o.userPrincipalName = x.userPrincipalName; return o; });
    const det = a.ua ? [{ key: 'User-Agent', value: a.ua }] : [];
    for (const [k, v] of a.details) if (!(k === 'User-Agent' && a.ua)) det.push({ key: k, value: v });
    const when = fmtLA(a.t);
    return [ws, 'Azure AD', when, `/tenants/${tid}/providers/Microsoft.aadiam`, a.act, '1.0', a.cat, '', 'None', '', '0', a.corr, 'Microsoft.aadiam', 'Microsoft.aadiam', '', '', '4', '', jc(det), a.id, jc(by), a.svc, a.result, a.reason, jc(tr), tid, a.act, when, a.type, 'AuditLogs'];
  });
  return {
    sizes: [writeCsv(paths.signins, SIGNIN_COLS, siRows), writeCsv(paths.noninteractive, NI_COLS, niRows), writeCsv(paths.audits, AUDIT_COLS, auRows)],
    counts: { interactive: inter.length, noninteractive: ni.length, audits: audits.length },
  };
}
