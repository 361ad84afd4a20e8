// Turns a compact sign-in event into the object Get-MgBetaAuditLogSignIn returns (Microsoft.Graph.Beta SDK model,
// PascalCase), in the property order ConvertTo-Json would walk it (see README: Id first, the rest alphabetical,
// AdditionalProperties last), and evaluates the tenant's Conditional Access policies for it.
import { PSDate } from './psjson.mjs';
import { stableGuid, guidToken } from './prng.mjs';
import { ERR } from './catalog.mjs';
import { TENANT, signinUpn } from './tenant.mjs';

export const POLICIES = [
  { id: stableGuid('ca:01'), name: 'TML-CA01 Require MFA outside trusted networks', grant: ['Mfa'], session: [] },
  { id: stableGuid('ca:02'), name: 'TML-CA02 Block legacy authentication', grant: ['Block'], session: [] },
  { id: stableGuid('ca:03'), name: 'TML-CA03 Require MFA for administrators', grant: ['Mfa'], session: [] },
];
export const CA_STATE = { legacyBlockOff: [Infinity, Infinity] }; // [from, to): set by the CA-tampering scenario

const LEGACY = new Set(['Exchange ActiveSync', 'Authenticated SMTP', 'IMAP4', 'POP3', 'MAPI Over HTTP', 'Exchange Web Services', 'Other clients', 'AutoDiscover', 'Offline Address Book', 'Exchange Online PowerShell']);
export const isLegacy = (client) => LEGACY.has(client);
const FIRST_FACTOR_FAIL = new Set([50126, 50053, 50057, 50055, 50034, 50056, 50144, 50173, 700082, 50089, 16000, 50058, 50199, 81010]);

function pol(p, result, sat, notSat) {
  const enforced = result === 'success' || result === 'failure';
  // the members the beta documentation example shows (shared/samples/other/graphdocs-beta-signin-list-example1)
  return {
    Id: p.id,
    ConditionsNotSatisfied: notSat,
    ConditionsSatisfied: sat,
    DisplayName: p.name,
    EnforcedGrantControls: enforced ? p.grant : [],
    EnforcedSessionControls: p.session,
    Result: result,
    AdditionalProperties: {},
  };
}

/** Conditional Access as Entra would report it for event e. Returns [policies, status]. */
export function evaluateCA(e) {
  const u = e.user;
  if (e.caNone || FIRST_FACTOR_FAIL.has(e.err)) {
    return [POLICIES.map((p) => pol(p, 'notApplied', 'none', 'none')), 'notApplied'];
  }
  const legacy = isLegacy(e.client);
  const excludedSvc = u.kind === 'svc' || u.kind === 'breakglass';
  const trusted = e.net && e.net.trusted;
  const out = [];
  let applied = false, failed = false;
  // CA01
  if (excludedSvc) out.push(pol(POLICIES[0], 'notApplied', 'application', 'users'));
  else if (trusted) out.push(pol(POLICIES[0], 'notApplied', 'application,users', 'location'));
  else if (legacy) out.push(pol(POLICIES[0], 'notApplied', 'application,users,location', 'clientType'));
  else {
    const r = (e.err === 0 || e.err === 50140) ? 'success' : 'failure';
    if (r === 'failure') failed = true; else applied = true;
    out.push(pol(POLICIES[0], r, 'application,users,location', 'none'));
  }
  // CA02
  if (e.t >= CA_STATE.legacyBlockOff[0] && e.t < CA_STATE.legacyBlockOff[1]) out.push(pol(POLICIES[1], 'notEnabled', 'none', 'none'));
  else if (!legacy) out.push(pol(POLICIES[1], 'notApplied', 'application,users', 'clientType'));
  else if (u.upn.startsWith('svc-scan2mail')) out.push(pol(POLICIES[1], 'notApplied', 'application', 'users'));
  else { out.push(pol(POLICIES[1], 'failure', 'application,users,clientType', 'none')); failed = true; }
  // CA03
  if (!u.admin || u.kind === 'breakglass') out.push(pol(POLICIES[2], 'notApplied', 'application', 'users'));
  else { const r = e.err === 0 ? 'success' : 'failure'; if (r === 'failure') failed = true; else applied = true; out.push(pol(POLICIES[2], r, 'application,users', 'none')); }
  return [out, failed ? 'failure' : applied ? 'success' : 'notApplied'];
}

const spCache = new Map();
const spId = (resId) => { let v = spCache.get(resId); if (!v) { v = stableGuid('sp:' + resId); spCache.set(resId, v); } return v; };

function kv(k, v) { return { Key: k, Value: v, AdditionalProperties: {} }; }

function step(t, method, detail, req, result, ok) {
  return { AuthenticationMethod: method, AuthenticationMethodDetail: detail, AuthenticationStepDateTime: new PSDate(t), AuthenticationStepRequirement: req, AuthenticationStepResultDetail: result, Succeeded: ok, AdditionalProperties: {} };
}

/** Authentication steps for an interactive sign-in. e.auth: 'sso' | 'password' | 'passwordMfa' | 'whfb' | 'passkey' | custom array */
function steps(e) {
  const t = e.t - 1500;
  const pwdDetail = e.user.kind === 'admin' || e.user.kind === 'svc' || e.user.kind === 'breakglass' || e.user.userType === 'guest' ? 'Password in the cloud' : 'Password Hash Sync';
  const mfaM = e.mfaMethod || e.user.mfa || 'Mobile app notification';
  switch (e.auth) {
    case 'sso': return [step(t, 'Previously satisfied', null, 'Primary authentication', 'First factor requirement satisfied by claim in the token', true)].concat(
      e.mfaClaim ? [step(t, 'Previously satisfied', null, 'MFA', 'MFA requirement satisfied by claim in the token', true)] : []);
    case 'whfb': return [step(t, 'Windows Hello for Business', null, 'Primary authentication', 'Correct credentials', true)];
    case 'passkey': return [step(t, 'Passkey (Microsoft Authenticator)', null, 'Primary authentication', 'Correct credentials', true)];
    case 'badPassword': return [step(t, 'Password', pwdDetail, 'Primary authentication', 'Invalid username or password or Invalid on-premise username or password.', false)];
    case 'password': return [step(t, 'Password', pwdDetail, 'Primary authentication', e.err === 50053 ? 'Account is locked' : 'Correct password', e.err !== 50053)];
    case 'passwordMfa': return [step(t - 9000, 'Password', pwdDetail, 'Primary authentication', 'Correct password', true), step(t, mfaM, null, 'MFA', 'MFA successfully completed', true)];
    case 'mfaDenied': return [step(t - 9000, 'Password', pwdDetail, 'Primary authentication', 'Correct password', true), step(t, mfaM, null, 'MFA', e.mfaResult || 'MFA denied; user declined the authentication', false)];
    case 'mfaPending': return [step(t - 4000, 'Password', pwdDetail, 'Primary authentication', 'Correct password', true), step(t, mfaM, null, 'MFA', 'MFA required in Azure AD', false)];
    case 'none': return [];
    default: return Array.isArray(e.auth) ? e.auth.map((s) => step(t + (s.dt || 0), s.method, s.detail ?? null, s.req, s.result, s.ok)) : [];
  }
}

const KEYS = ['Id', 'AppDisplayName', 'AppId', 'AppliedConditionalAccessPolicies', 'AppliedEventListeners', 'AppTokenProtectionStatus',
  'AuthenticationAppDeviceDetails', 'AuthenticationAppPolicyEvaluationDetails', 'AuthenticationContextClassReferences', 'AuthenticationDetails',
  'AuthenticationMethodsUsed', 'AuthenticationProcessingDetails', 'AuthenticationProtocol', 'AuthenticationRequirement',
  'AuthenticationRequirementPolicies', 'AutonomousSystemNumber', 'AzureResourceId', 'ClientAppUsed', 'ClientCredentialType',
  'ConditionalAccessAudiences', 'ConditionalAccessStatus', 'CorrelationId', 'CreatedDateTime', 'CrossTenantAccessType', 'DeviceDetail',
  'FederatedCredentialId', 'FlaggedForReview', 'GlobalSecureAccessIPAddress', 'HomeTenantId', 'HomeTenantName', 'IncomingTokenType',
  'IPAddress', 'IPAddressFromResourceProvider', 'IsInteractive', 'IsTenantRestricted', 'IsThroughGlobalSecureAccess', 'Location',
  'ManagedServiceIdentity', 'MfaDetail', 'NetworkLocationDetails', 'OriginalRequestId', 'OriginalTransferMethod', 'PrivateLinkDetails',
  'ProcessingTimeInMilliseconds', 'ResourceDisplayName', 'ResourceId', 'ResourceServicePrincipalId', 'ResourceTenantId', 'RiskDetail',
  'RiskEventTypes', 'RiskEventTypesV2', 'RiskLevelAggregated', 'RiskLevelDuringSignIn', 'RiskState', 'ServicePrincipalCredentialKeyId',
  'ServicePrincipalCredentialThumbprint', 'ServicePrincipalId', 'ServicePrincipalName', 'SessionId', 'SessionLifetimePolicies',
  'SignInEventTypes', 'SignInIdentifier', 'SignInIdentifierType', 'SignInTokenProtectionStatus', 'Status', 'TokenIssuerName',
  'TokenIssuerType', 'UniqueTokenIdentifier', 'UserAgent', 'UserDisplayName', 'UserId', 'UserPrincipalName', 'UserType', 'AdditionalProperties'];
// Id first, then case-insensitive alphabetical, AdditionalProperties last
export const SIGNIN_KEYS = ['Id', ...KEYS.slice(1, -1).sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : 1), 'AdditionalProperties'];

const NOT_TRUSTED = [];
const TRUSTED = [{ NetworkNames: ['TML Corporate Networks'], NetworkType: 'trustedNamedLocation', AdditionalProperties: {} }];

/** Build the SDK-shaped object for event e. */
export function signinRecord(e) {
  const u = e.user;
  const [cas, caStatus] = e.caOverride ? e.caOverride : evaluateCA(e);
  const err = ERR[e.err] || { reason: 'Other.', detail: null };
  const reason = e.err === 0 ? 'Other.' : (err.reason || 'Other.').replace('{res}', e.res.id).replace('{iat}', '11/02/2026 03:14:27').replace('{tvf}', '12/01/2026 22:40:11');
  const isInter = !!e.inter;
  const scope = e.scope || (isInter ? null : '["user_impersonation"]');
  const apd = [kv('Legacy TLS (TLS 1.0, 1.1, 3DES)', 'False')];
  if (scope) apd.push(kv('Oauth Scope Info', scope));
  apd.push(kv('Is CAE Token', e.cae ? 'True' : 'False'));
  if (isInter && e.loginHint) apd.push(kv('Login Hint Present', 'True'));
  const dev = e.dev;
  const mfaDone = e.authReq === 'multiFactorAuthentication';
  const v = {
    Id: e.id,
    AppDisplayName: e.app.name,
    AppId: e.app.id,
    AppliedConditionalAccessPolicies: cas,
    AppliedEventListeners: [],
    AppTokenProtectionStatus: 'none',
    AuthenticationAppDeviceDetails: null,
    AuthenticationAppPolicyEvaluationDetails: [],
    AuthenticationContextClassReferences: [],
    AuthenticationDetails: isInter ? steps(e) : [],
    AuthenticationMethodsUsed: e.methodsUsed || [],
    AuthenticationProcessingDetails: apd,
    AuthenticationProtocol: e.proto || 'none',
    AuthenticationRequirement: e.authReq || 'singleFactorAuthentication',
    AuthenticationRequirementPolicies: mfaDone ? [{ Detail: 'Conditional Access', RequirementProvider: 'multiConditionalAccess', AdditionalProperties: {} }] : [],
    AutonomousSystemNumber: e.asn,
    AzureResourceId: null,
    ClientAppUsed: e.client,
    ClientCredentialType: 'none',
    ConditionalAccessAudiences: [],
    ConditionalAccessStatus: caStatus,
    CorrelationId: e.corr,
    CreatedDateTime: new PSDate(e.t),
    CrossTenantAccessType: u.userType === 'guest' ? 'b2bCollaboration' : 'none',
    DeviceDetail: {
      Browser: e.browser || '',
      BrowserId: null,
      DeviceId: dev && dev.joined !== false ? dev.deviceId : '',
      DisplayName: dev && dev.joined !== false ? dev.displayName : '',
      IsCompliant: dev ? !!dev.compliant : false,
      IsManaged: dev ? !!dev.managed : false,
      OperatingSystem: e.os || '',
      TrustType: dev && dev.joined !== false ? dev.trust : '',
      AdditionalProperties: {},
    },
    FederatedCredentialId: null,
    FlaggedForReview: false,
    GlobalSecureAccessIPAddress: null,
    HomeTenantId: u.homeTenant,
    HomeTenantName: u.userType === 'guest' ? '' : TENANT.name,
    IncomingTokenType: e.incoming || 'none',
    IPAddress: e.ip,
    IPAddressFromResourceProvider: null,
    IsInteractive: isInter,
    IsTenantRestricted: false,
    IsThroughGlobalSecureAccess: false,
    Location: {
      City: e.place.city,
      CountryOrRegion: e.place.cc,
      GeoCoordinates: { Altitude: null, Latitude: e.place.lat, Longitude: e.place.lon, AdditionalProperties: {} },
      State: e.place.state,
      AdditionalProperties: {},
    },
    ManagedServiceIdentity: { AssociatedResourceId: null, FederatedTokenId: null, FederatedTokenIssuer: null, MsiType: 'none', AdditionalProperties: {} },
    MfaDetail: null,
    NetworkLocationDetails: e.net && e.net.trusted ? TRUSTED : NOT_TRUSTED,
    OriginalRequestId: e.orig || e.id,
    OriginalTransferMethod: e.transfer || 'none',
    PrivateLinkDetails: { PolicyId: null, PolicyName: null, PolicyTenantId: null, ResourceId: null, AdditionalProperties: {} },
    ProcessingTimeInMilliseconds: e.ms,
    ResourceDisplayName: e.res.name,
    ResourceId: e.res.id,
    ResourceServicePrincipalId: spId(e.res.id),
    ResourceTenantId: TENANT.id,
    RiskDetail: e.risk ? e.risk.detail : 'none',
    RiskEventTypes: e.risk ? (e.risk.v1 || e.risk.types) : [],
    RiskEventTypesV2: e.risk ? e.risk.types : [],
    RiskLevelAggregated: e.risk ? e.risk.agg : 'none',
    RiskLevelDuringSignIn: e.risk ? e.risk.during : 'none',
    RiskState: e.risk ? e.risk.state : 'none',
    ServicePrincipalCredentialKeyId: null,
    ServicePrincipalCredentialThumbprint: null,
    ServicePrincipalId: '',
    ServicePrincipalName: null,
    SessionId: e.session || null,
    SessionLifetimePolicies: [],
    SignInEventTypes: [isInter ? 'interactiveUser' : 'nonInteractiveUser'],
    SignInIdentifier: isInter ? (e.typed || signinUpn(u)) : null,
    SignInIdentifierType: isInter ? 'userPrincipalName' : null,
    SignInTokenProtectionStatus: 'none',
    Status: { AdditionalDetails: e.err === 0 ? (e.detail ?? null) : (e.detail ?? err.detail ?? null), ErrorCode: e.err, FailureReason: reason, AdditionalProperties: {} },
    TokenIssuerName: '',
    TokenIssuerType: 'AzureAD',
    UniqueTokenIdentifier: guidToken(e.id),
    UserAgent: e.ua ?? null,
    UserDisplayName: u.display,
    UserId: u.id,
    UserPrincipalName: signinUpn(u),
    UserType: u.userType,
    AdditionalProperties: {},
  };
  const o = {};
  for (const k of SIGNIN_KEYS) o[k] = v[k];
  return o;
}
