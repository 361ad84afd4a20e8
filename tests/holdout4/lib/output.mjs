// Writers: portal CSV (57 columns) for interactive sign-ins, Graph JSON arrays for the rest.
import { openSync, writeSync, closeSync } from 'node:fs';
import { APPS, RES } from './catalog.mjs';

export const CSV_HEADER = ['Date (UTC)', 'Request ID', 'User agent', 'Correlation ID', 'User ID', 'User', 'Username', 'User type', 'Cross tenant access type', 'Incoming token type', 'Authentication Protocol', 'Unique token identifier', 'Original transfer method', 'Client credential type', 'Token Protection - Sign In Session', 'Token Protection - Sign In Session StatusCode', 'Application', 'Application ID ', 'App owner tenant ID', 'Resource', 'Resource ID ', 'Resource tenant ID', 'Resource owner tenant ID', 'Home tenant ID', 'Home tenant name', 'IP address', 'Location', 'Status', 'Sign-in error code', 'Failure reason', 'Client app', 'Device ID', 'Browser', 'Operating System', 'Compliant', 'Managed', 'Join Type', 'Multifactor authentication result', 'Multifactor authentication auth method', 'Multifactor authentication auth detail', 'Authentication requirement', 'Sign-in identifier', 'Session ID', 'IP address (seen by resource)', 'Through Global Secure Access', 'Global Secure Access IP address', 'Autonomous system  number', 'Flagged for review', 'Token issuer type', 'Incoming token type', 'Token issuer name', 'Latency', 'Conditional Access', 'Managed Identity type', 'Associated Resource Id', 'Federated Token Id', 'Federated Token Issuer'];

const MS_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';
const MS_IDS = new Set([...Object.values(APPS).map((a) => a.id), ...Object.values(RES).map((r) => r.id)]);

const TOKEN = { none: 'None', primaryRefreshToken: 'Primary Refresh Token', refreshToken: 'Refresh token', saml20: 'SAML 2.0' };
const PROTO = { none: 'None', ropc: 'ROPC', deviceCode: 'Device Code', oAuth2: 'OAuth 2.0' };
const CAS = { success: 'Success', failure: 'Failure', notApplied: 'Not Applied' };
const REQ = { singleFactorAuthentication: 'Single-factor authentication', multiFactorAuthentication: 'Multifactor authentication' };
const q = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  return '"' + s.replace(/"/g, '""') + '"';
};
const status = (c, kind) => (c === 0 ? 'Success' : kind);
const INTERRUPTS = new Set([50140, 50074, 50072, 50125, 50199]);

export function csvRow(r, owners) {
  const c = r.status.errorCode;
  const loc = r.location;
  const mfaStep = (r.authenticationDetails || []).find((s) => s.authenticationStepRequirement === 'Multifactor authentication');
  const mfaResult = mfaStep ? mfaStep.authenticationStepResultDetail : (r.status.additionalDetails || '');
  const owner = (id) => (MS_IDS.has(id) ? MS_TENANT : owners.get(id) || '');
  const cells = [
    r.createdDateTime.slice(0, 19) + 'Z', r.id, r.userAgent, r.correlationId, r.userId, r.userDisplayName, r.userPrincipalName,
    r.userType === 'guest' ? 'Guest' : 'Member', r.crossTenantAccessType === 'b2bCollaboration' ? 'B2B collaboration' : 'None',
    TOKEN[r.incomingTokenType] || r.incomingTokenType, PROTO[r.authenticationProtocol] || r.authenticationProtocol, r.uniqueTokenIdentifier,
    r.originalTransferMethod === 'deviceCodeFlow' ? 'Device code flow' : 'None', 'None', '', '',
    r.appDisplayName, r.appId, owner(r.appId), r.resourceDisplayName, r.resourceId, r.resourceTenantId, owner(r.resourceId),
    r.homeTenantId, r.homeTenantName, r.ipAddress, loc.city ? `${loc.city}, ${loc.state}, ${loc.countryOrRegion}` : '',
    status(c, INTERRUPTS.has(c) ? 'Interrupted' : 'Failure'), c, c === 0 ? '' : r.status.failureReason, r.clientAppUsed,
    r.deviceDetail.deviceId, r.deviceDetail.browser, r.deviceDetail.operatingSystem, r.deviceDetail.isCompliant ? 'True' : 'False',
    r.deviceDetail.isManaged ? 'True' : 'False', r.deviceDetail.trustType,
    mfaResult, r.mfaDetail && r.mfaDetail.authMethod ? r.mfaDetail.authMethod : '', r.mfaDetail && r.mfaDetail.authDetail ? r.mfaDetail.authDetail : '',
    REQ[r.authenticationRequirement], r.signInIdentifier, r.sessionId, '', 'False', '', r.autonomousSystemNumber ?? '', 'False',
    r.tokenIssuerType, TOKEN[r.incomingTokenType] || r.incomingTokenType, r.tokenIssuerName, r.processingTimeInMilliseconds,
    CAS[r.conditionalAccessStatus] || r.conditionalAccessStatus, '', '', '', '',
  ];
  return cells.map(q).join(',');
}

class Sink {
  constructor(path) { this.fd = openSync(path, 'w'); this.buf = []; this.len = 0; }
  write(s) { this.buf.push(s); this.len += s.length; if (this.len > 1 << 22) this.flush(); }
  flush() { if (this.buf.length) writeSync(this.fd, this.buf.join('')); this.buf = []; this.len = 0; }
  close() { this.flush(); closeSync(this.fd); }
}

export function writeCsv(path, recs, owners) {
  const s = new Sink(path);
  s.write('\ufeff' + CSV_HEADER.map(q).join(',') + '\r\n');
  for (const r of recs) s.write(csvRow(r, owners) + '\r\n');
  s.close();
}

export function writeJsonArray(path, recs) {
  const s = new Sink(path);
  s.write('[\n');
  for (let i = 0; i < recs.length; i++) s.write((i ? ',\n' : '') + JSON.stringify(recs[i]));
  s.write('\n]\n');
  s.close();
}
