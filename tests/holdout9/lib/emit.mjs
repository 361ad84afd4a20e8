// Writers: the portal's interactive sign-in CSV (57 columns), a Graph signIn JSON array and a Graph
// directoryAudit JSON array. Newest first, as the portal and Graph return them.
import { openSync, writeSync, closeSync } from 'node:fs';
import { TENANT, statusWord } from './records.mjs';
import { MS_TENANT } from './world.mjs';

export const HEADER = '"Date (UTC)","Request ID","User agent","Correlation ID","User ID","User","Username","User type","Cross tenant access type","Incoming token type","Authentication Protocol","Unique token identifier","Original transfer method","Client credential type","Token Protection - Sign In Session","Token Protection - Sign In Session StatusCode","Application","Application ID ","App owner tenant ID","Resource","Resource ID ","Resource tenant ID","Resource owner tenant ID","Home tenant ID","Home tenant name","IP address","Location","Status","Sign-in error code","Failure reason","Client app","Device ID","Browser","Operating System","Compliant","Managed","Join Type","Multifactor authentication result","Multifactor authentication auth method","Multifactor authentication auth detail","Authentication requirement","Sign-in identifier","Session ID","IP address (seen by resource)","Through Global Secure Access","Global Secure Access IP address","Autonomous system  number","Flagged for review","Token issuer type","Incoming token type","Token issuer name","Latency","Conditional Access","Managed Identity type","Associated Resource Id","Federated Token Id","Federated Token Issuer"';

const iso = (t) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
const iso7 = (t, salt) => new Date(t).toISOString().replace(/\.(\d{3})Z$/, (_, ms) => `.${ms}${String(salt % 10000).padStart(4, '0')}Z`);
const q = (v) => `"${String(v ?? '').replace(/"/g, '""')}"`;

const CROSS = { none: 'None', b2bCollaboration: 'B2B collaboration', b2bDirectConnect: 'B2B direct connect' };
const INCOMING = { none: 'None', primaryRefreshToken: 'Primary Refresh Token', refreshToken: 'Refresh token' };
const PROTO = { none: 'None', ropc: 'ROPC', deviceCode: 'Device Code', oAuth2: 'OAuth2' };
const TRANSFER = { none: 'None', deviceCodeFlow: 'Device code flow' };
const JOIN = { ServerAd: 'Microsoft Entra hybrid joined', AzureAd: 'Microsoft Entra joined', Workplace: 'Microsoft Entra registered' };
const CA = { success: 'Success', failure: 'Failure', notApplied: 'Not Applied' };
const REQ = { singleFactorAuthentication: 'Single-factor authentication', multiFactorAuthentication: 'Multifactor authentication' };

const homeTenant = (u) => (u.type === 'Guest' ? u.homeTenantId : TENANT.id);
const homeName = (u) => (u.type === 'Guest' ? (u.homeTenantName ?? '') : TENANT.name);

export function csvRow(r) {
  const u = r.user, d = r.device, g = r.geo;
  const tf = (b) => (d ? (b ? 'True' : 'False') : '');
  return [
    iso(r.t), r.id, r.ua, r.corr, u.id, u.name, u.upn, u.type, CROSS[r.crossTenant] ?? r.crossTenant,
    INCOMING[r.incoming] ?? r.incoming, PROTO[r.protocol] ?? r.protocol, r.utid, TRANSFER[r.transfer] ?? r.transfer,
    r.credType === 'none' ? 'None' : r.credType, 'None', '',
    r.app.name, r.app.id, r.appOwner, r.res.name, r.res.id, TENANT.id, r.res.owner ?? MS_TENANT,
    homeTenant(u), homeName(u), r.ip, `${g.city}, ${g.state}, ${g.cc}`,
    statusWord(r.code), r.code, r.reason, r.clientApp,
    d?.id ?? '', r.browser, r.os, tf(d?.compliant), tf(d?.managed), d ? (JOIN[d.trust] ?? '') : '',
    r.mfa ? r.mfa.result : '', r.mfa ? r.mfa.method : '', r.mfa ? r.mfa.detail : '',
    REQ[r.authReq], u.upn, r.session, '', 'False', '', g.asn, 'False', 'AzureAD',
    INCOMING[r.incoming] ?? r.incoming, '', r.latency, CA[r.ca] ?? r.ca, '', '', '', '',
  ].map(q).join(',');
}

// The tenant's Conditional Access policies as they appear on a sign-in.
const POL = {
  mfa: { id: '6f1c2d7a-0b3e-4e55-9a61-2c8d5f0e7b14', displayName: 'SZG-CA001 Require MFA - all users' },
  legacy: { id: 'a2e94b18-7c6d-4f0a-8e35-91d7c3b2f460', displayName: 'SZG-CA002 Block legacy authentication' },
  epd: { id: '0d5b7e23-9f41-4c8a-b6e2-5a1f3c9d8e07', displayName: 'SZG-CA010 EPD - compliant or hybrid joined device' },
  guest: { id: 'c83f1a6e-2d94-4b7f-a0c5-e6b2d1f97a38', displayName: 'SZG-CA030 Guests - MFA every sign-in' },
};
const pol = (p, result, grant = []) => ({ id: p.id, displayName: p.displayName, enforcedGrantControls: grant, enforcedSessionControls: [], result });
void POL.legacy;

// Only the policies that applied are listed (the not-applied ones are left out to keep the file small).
function caPolicies(r) {
  const u = r.user, out = [];
  if (u.caExcluded || r.ca === 'notApplied') return out;
  if (r.authReq === 'multiFactorAuthentication' || r.code === 500121 || r.code === 50074 || r.code === 50076) out.push(pol(POL.mfa, r.ca === 'failure' && r.code !== 53000 && r.code !== 53003 ? 'failure' : 'success', ['Mfa']));
  if (r.app.epd) out.push(pol(POL.epd, r.code === 53000 ? 'failure' : 'success', ['RequireCompliantDevice', 'RequireDomainJoinedDevice']));
  if (u.type === 'Guest') out.push(pol(POL.guest, 'success', ['Mfa']));
  return out;
}

export function jsonRecord(r) {
  const u = r.user, d = r.device, g = r.geo;
  const o = {
    id: r.id, createdDateTime: iso(r.t), userDisplayName: u.name, userPrincipalName: u.upn, userId: u.id,
    appId: r.app.id, appDisplayName: r.app.name, ipAddress: r.ip, clientAppUsed: r.clientApp, userAgent: r.ua, correlationId: r.corr, conditionalAccessStatus: r.ca,
    originalRequestId: r.id, isInteractive: r.interactive, tokenIssuerType: 'AzureAD',
    clientCredentialType: r.credType, processingTimeInMilliseconds: r.latency,
    riskDetail: r.risk?.detail ?? 'none', riskLevelAggregated: r.risk?.level ?? 'none', riskState: r.risk?.state ?? 'none', riskEventTypes_v2: r.risk?.events ?? [],
    resourceDisplayName: r.res.name, resourceId: r.res.id, resourceTenantId: TENANT.id,
    homeTenantId: homeTenant(u), homeTenantName: homeName(u),
    authenticationMethodsUsed: r.methods, authenticationRequirement: r.authReq,
    signInIdentifier: u.upn, signInEventTypes: [r.interactive ? 'interactiveUser' : 'nonInteractiveUser'], userType: u.type === 'Guest' ? 'guest' : 'member', autonomousSystemNumber: g.asn, crossTenantAccessType: r.crossTenant,
    uniqueTokenIdentifier: r.utid,
    incomingTokenType: r.incoming, authenticationProtocol: r.protocol, originalTransferMethod: r.transfer, sessionId: r.session, appOwnerTenantId: r.appOwner, resourceOwnerTenantId: r.res.owner ?? MS_TENANT,
    mfaDetail: r.mfa && r.mfa.method ? { authMethod: r.mfa.method, authDetail: r.mfa.detail || null } : null,
    status: { errorCode: r.code, failureReason: r.code ? r.reason : null, additionalDetails: r.additional || null },
    deviceDetail: { deviceId: d?.id ?? '', displayName: d?.name ?? '', operatingSystem: r.os, browser: r.browser, isCompliant: !!d?.compliant, isManaged: !!d?.managed, trustType: d?.trust ?? '' },
    location: { city: g.city, state: g.state, countryOrRegion: g.cc, geoCoordinates: { altitude: null, latitude: g.lat, longitude: g.lon } },
    appliedConditionalAccessPolicies: caPolicies(r),
    authenticationDetails: r.steps ?? [],
  };
  return JSON.stringify(o);
}

export function auditRecord(a, salt) {
  const o = {
    id: a.id, category: a.category, correlationId: a.correlationId, result: a.result, resultReason: a.resultReason,
    activityDisplayName: a.activityDisplayName, activityDateTime: iso7(a.t, salt), loggedByService: a.loggedByService,
    operationType: a.operationType, userAgent: a.userAgent, initiatedBy: a.initiatedBy, targetResources: a.targetResources,
    additionalDetails: a.additionalDetails,
  };
  return JSON.stringify(o);
}

const byNewest = (x, y) => y.t - x.t || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

function writeChunks(path, parts) {
  const fd = openSync(path, 'w');
  let buf = [];
  let size = 0;
  for (const p of parts) {
    buf.push(p); size += p.length;
    if (size > 4_000_000) { writeSync(fd, buf.join('')); buf = []; size = 0; }
  }
  if (buf.length) writeSync(fd, buf.join(''));
  closeSync(fd);
}

export function writeCsv(path, rows) {
  rows.sort(byNewest);
  function* parts() { yield HEADER + '\r\n'; for (const r of rows) yield csvRow(r) + '\r\n'; }
  writeChunks(path, parts());
}

export function writeJsonArray(path, rows, fn) {
  rows.sort(byNewest);
  function* parts() {
    yield '[';
    for (let i = 0; i < rows.length; i++) yield (i ? ',\n' : '\n') + fn(rows[i], i);
    yield '\n]\n';
  }
  writeChunks(path, parts());
}
