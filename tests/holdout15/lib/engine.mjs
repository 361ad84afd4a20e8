// Builds sign-in rows (the 57 columns' values) and audit events, and keeps them until they are written.
import { TENANT, RESOURCES, PLACES, loc } from './world.mjs';

export const HOUR = 3_600_000, MIN = 60_000, SEC = 1000, DAY = 24 * HOUR;
export const T0 = Date.UTC(2026, 10, 9, 0, 0, 0); // Monday 9 November 2026, 00:00 UTC (01:00 in France, CET)
export const T_END = Date.UTC(2026, 10, 23, 0, 0, 0); // exclusive: the download covers 9–22 November (UTC)
export const iso = (t) => new Date(Math.floor(t / 1000) * 1000).toISOString().replace('.000Z', 'Z');

export const REASON = {
  16000: 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
  50034: 'The user account does not exist in the tenant directory.',
  50053: "The account is locked, you've tried to sign in too many times with an incorrect user ID or password.",
  50055: 'The password is expired.',
  50057: 'The user account is disabled.',
  50058: 'Session information is not sufficient for single-sign-on.',
  50072: 'Users must enroll for second factor authentication.',
  50074: 'Strong Authentication is required.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
  50079: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.',
  50089: 'Flow token expired - Authentication Failed. Have the user try signing-in again with username -password.',
  50097: 'Device authentication is required.',
  50125: 'Sign-in was interrupted due to a password reset or password registration entry.',
  50126: 'Error validating credentials due to invalid username or password.',
  50133: 'Session is invalid due to expiration or recent password change.',
  50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
  50199: 'For security reasons, user confirmation is required for this request. Please repeat the request allowing user interaction.',
  53000: 'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  65001: 'The user or administrator has not consented to use the application.',
  70016: 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.',
  70043: 'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.',
  81010: "Seamless SSO failed because the user's Kerberos ticket has expired or is invalid.",
  500121: 'Authentication failed during strong authentication request.',
  700082: 'The refresh token has expired due to inactivity.',
};
const INTERRUPTED = new Set([16000, 50058, 50072, 50074, 50076, 50079, 50097, 50125, 50140, 50199, 65001, 70016]);
const STATUS = { ok: 'Opération réussie', fail: 'Échec', interrupted: 'Interrompu' }; // locales.tsv (fr)
const YESNO = (b) => (b ? 'Oui' : 'Non');

export class Log {
  constructor(rng) {
    this.rng = rng;
    this.interactive = [];
    this.noninteractive = [];
    this.audits = [];
  }

  /**
   * One sign-in. o: { t, user, app, resource, ip, asn, place|location, device, ua, interactive, code, clientApp,
   *   authReq, mfa, protocol, transfer, incomingTokenType, sessionId, correlationId, ca, crossTenant, resourceTenantId,
   *   tokenIssuerType, tokenIssuerName, latency, attack, signInIdentifier, flagged, clientCredentialType }
   */
  signin(o) {
    const r = this.rng;
    const u = o.user, app = o.app, res = o.resource || RESOURCES[app.defaultResource] || RESOURCES.graph;
    const code = o.code || 0;
    const dev = o.device || {};
    const requestId = r.requestId();
    const place = o.place;
    const location = o.location ?? (place ? loc(place) : '');
    const interactive = o.interactive !== false;
    const row = {
      _t: o.t, _attack: o.attack || null, _interactive: interactive, _cc: place ? PLACES[place][2] : '',
      time: iso(o.t), requestId,
      userAgent: o.ua ?? '',
      correlationId: o.correlationId || r.uuid(),
      userId: u.id, userDisplayName: u.displayName, upn: u.upn.toLowerCase(),
      userType: u.userType || 'Member',
      crossTenant: o.crossTenant || (u.userType === 'Guest' ? 'b2bCollaboration' : 'none'),
      incomingTokenType: o.incomingTokenType || 'none',
      protocol: o.protocol || 'none',
      uniqueTokenId: Buffer.from(requestId).toString('base64').replace(/=+$/, ''),
      transfer: o.transfer || 'none',
      clientCredentialType: o.clientCredentialType || 'none',
      tokenProtection: 'none', tokenProtectionCode: '',
      appName: app.name, appId: app.id, appOwnerTenantId: app.owner || '',
      resourceName: res.name, resourceId: res.id,
      resourceTenantId: o.resourceTenantId || TENANT.id,
      resourceOwnerTenantId: res.owner || '',
      homeTenantId: u.homeTenantId || TENANT.id, homeTenantName: '',
      ip: o.ip, location,
      status: code === 0 ? STATUS.ok : INTERRUPTED.has(code) ? STATUS.interrupted : STATUS.fail,
      errorCode: String(code),
      failureReason: code === 0 ? '' : (o.reason || REASON[code] || 'Other.'),
      clientApp: o.clientApp || (interactive && dev.browserUi ? 'Browser' : 'Mobile Apps and Desktop clients'),
      deviceId: dev.id || '', browser: dev.browser || '', os: dev.os || '',
      compliant: YESNO(!!dev.compliant), managed: YESNO(!!dev.managed), joinType: dev.joinType || '',
      mfaResult: o.mfa?.result || '', mfaMethod: o.mfa?.method || '', mfaDetail: o.mfa?.detail || '',
      authRequirement: o.authReq || 'singleFactorAuthentication',
      signInIdentifier: o.signInIdentifier ?? (interactive ? u.upn.toLowerCase() : ''),
      sessionId: o.sessionId || '',
      ipSeenByResource: '', throughGsa: 'False', gsaIp: '',
      asn: String(o.asn),
      flagged: YESNO(!!o.flagged),
      tokenIssuerType: o.tokenIssuerType || 'AzureAD', tokenIssuerName: o.tokenIssuerName || '',
      latency: String(o.latency ?? (interactive ? r.int(90, 1400) : r.int(20, 260))),
      ca: o.ca || 'Not Applied',
      miType: '', associatedResourceId: '', federatedTokenId: '', federatedTokenIssuer: '',
    };
    (interactive ? this.interactive : this.noninteractive).push(row);
    return row;
  }

  /** e: { t, service, category, activity, result, resultReason, ua, actor, targets, details, correlationId, attack } */
  audit(e) {
    const ev = { ...e, _t: e.t, _attack: e.attack || null, time: iso(e.t), correlationId: e.correlationId || this.rng.uuid(), result: e.result || 'success' };
    this.audits.push(ev);
    return ev;
  }
}

// --------------------------------------------------------------------------------- calendar (Europe/Paris etc.)
export const DAYS = 14;
export const dayStart = (d) => T0 + d * DAY; // 00:00 UTC of window day d (01:00 in France)
export const weekday = (d) => new Date(dayStart(d)).getUTCDay(); // 0 Sun .. 6 Sat
export const isWeekend = (d) => [0, 6].includes(weekday(d));
/** Public holidays in the window: 11 Nov (Armistice in France, Independence Day in Poland), 18 Nov (Morocco). */
export function isHoliday(d, site) {
  const date = new Date(dayStart(d)).getUTCDate();
  if (date === 11 && ['voiron', 'stetienne', 'bielsko', 'remote'].includes(site)) return true;
  if (date === 18 && site === 'casa') return true;
  return false;
}
/** UTC ms for a local wall-clock time in a UTC+offset zone on window day d. */
export const at = (d, hLocal, offset = 1) => dayStart(d) + (hLocal - offset) * HOUR;
