// The in-memory sign-in and audit records every routine builds, plus the address registry that keeps
// one place and one ASN per address.
import { NET, CITY, MS_TENANT } from './world.mjs';

export const MIN = 60_000, HOUR = 3_600_000, DAY = 86_400_000;
export const T0 = Date.UTC(2025, 9, 6); // Mon 6 Oct 2025 00:00 UTC
export const DAYS = 14;
export const T1 = T0 + DAYS * DAY;
export const TZ = 2; // Netherlands and Belgium are on CEST (UTC+2) until 26 Oct 2025
/** UTC ms of local (CEST) time hh:mm on day d (0 = Mon 6 Oct) */
export const local = (d, hh, mm = 0) => T0 + d * DAY + (hh - TZ) * HOUR + mm * MIN;
export const weekday = (d) => d % 7; // 0 Mon … 6 Sun
export const isWeekend = (d) => weekday(d) >= 5;

export const TENANT = { id: '3c7e1f52-8a4d-4b96-9e1f-6d2a0c84b5e7', name: 'Scheldezorg' };

/** Address registry: addresses are drawn from a network's prefixes; each keeps one place. */
export class Addresses {
  constructor(rng) { this.rng = rng; this.info = new Map(); this.owner = new Map(); }
  /** a new address of network netKey, placed in city (a CITY key) or one of the network's cities */
  fresh(netKey, cityKey, owner = 'benign') {
    const net = NET[netKey];
    if (!net) throw new Error(`no network ${netKey}`);
    for (let tries = 0; tries < 1000; tries++) {
      const p = this.rng.pick(net.prefixes);
      const parts = p.split('.');
      while (parts.length < 3) parts.push(String(this.rng.int(parts.length === 1 ? 0 : 1, 254)));
      parts.push(String(this.rng.int(2, 253)));
      const ip = parts.join('.');
      if (this.info.has(ip)) continue;
      this.set(ip, netKey, cityKey ?? this.rng.pick(net.cities), owner);
      return ip;
    }
    throw new Error(`address space of ${netKey} exhausted`);
  }
  /** a fixed address (e.g. a NAT egress) */
  fixed(ip, netKey, cityKey, owner = 'benign') {
    if (!this.info.has(ip)) this.set(ip, netKey, cityKey ?? NET[netKey].cities[0], owner);
    return ip;
  }
  set(ip, netKey, cityKey, owner) {
    const net = NET[netKey], c = CITY[cityKey];
    if (!c) throw new Error(`no city ${cityKey}`);
    this.info.set(ip, { asn: net.asn, isp: net.name, net: netKey, ...c });
    this.owner.set(ip, owner);
  }
  get(ip) { const i = this.info.get(ip); if (!i) throw new Error(`unregistered address ${ip}`); return i; }
}

const REASONS = {
  0: '',
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50055: 'The password is expired.',
  50057: 'User account is disabled.',
  50058: 'Session information is not sufficient for single-sign-on.',
  50072: 'User needs to enroll for second factor authentication (interactive).',
  50074: 'Strong Authentication is required.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
  50079: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication.',
  50089: 'Flow token expired - Authentication failed. Have the user try signing in again.',
  50097: 'Device authentication is required.',
  50125: 'Sign-in was interrupted due to a password reset or password registration entry.',
  50126: 'Error validating credentials due to invalid username or password.',
  50133: 'Session is invalid due to expiration or recent password change.',
  50140: "This occurred due to 'Keep me signed in' interrupt when the user was signing in.",
  50144: "User's Active Directory password has expired.",
  50173: 'The provided grant has expired due to it being revoked, a fresh auth token is needed.',
  50199: 'For security reasons, user confirmation is required for this request.',
  53000: 'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  65001: 'The user or administrator has not consented to use the application.',
  70043: 'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.',
  700082: 'The refresh token has expired due to inactivity.',
  81010: "Seamless SSO failed because the user's Kerberos ticket has expired or is invalid.",
  90072: 'User account from identity provider does not exist in tenant and cannot access the application in that tenant.',
  500121: 'Authentication failed during strong authentication request.',
  530032: 'Blocked by Conditional Access on security policy.',
};
const INTERRUPTS = new Set([50058, 50072, 50074, 50076, 50079, 50097, 50125, 50140, 50199]);
export const statusWord = (code) => (code === 0 ? 'Success' : INTERRUPTS.has(code) ? 'Interrupted' : 'Failure');
export const reasonFor = (code) => REASONS[code] ?? 'Other.';

/**
 * Builds one sign-in. `u` is a person (see tenant.mjs); `o` holds the parts of this sign-in.
 * Fields not given take the value an ordinary, successful, single-factor sign-in has.
 */
export function signin(rng, addr, u, o) {
  if (!o.app || !o.res) throw new Error(`sign-in without app/resource for ${u.upn}: ${new Error().stack.split('\n')[3]}`);
  const g = addr.get(o.ip);
  const code = o.code ?? 0;
  const id = rng.guid();
  const dev = o.device || null;
  return {
    id, t: Math.round(o.t), interactive: !!o.interactive, attack: !!o.attack,
    user: u, app: o.app, res: o.res, ip: o.ip, geo: g,
    ua: o.ua ?? '', browser: o.browser ?? '', os: o.os ?? '',
    device: dev, clientApp: o.clientApp ?? 'Mobile Apps and Desktop clients',
    code, reason: code ? (o.reason ?? reasonFor(code)) : '', additional: o.additional ?? (code === 0 && o.mfa ? o.mfa.result : ''),
    authReq: o.authReq ?? 'singleFactorAuthentication', mfa: o.mfa ?? null,
    ca: o.ca ?? (code === 53003 || code === 53000 ? 'failure' : 'success'), caMfa: !!o.caMfa,
    protocol: o.protocol ?? 'none', transfer: o.transfer ?? 'none', incoming: o.incoming ?? 'none',
    session: o.session ?? rng.guid(), corr: o.corr ?? rng.guid(), utid: rng.b64u(16),
    crossTenant: o.crossTenant ?? (u.type === 'Guest' ? 'b2bCollaboration' : 'none'),
    risk: o.risk ?? null, latency: o.latency ?? rng.int(25, 420),
    methods: o.methods ?? (code === 50126 || code === 0 ? ['Password'] : []),
    steps: o.steps ?? null, credType: o.credType ?? 'none',
    appOwner: o.app.owner ?? MS_TENANT,
  };
}

/** An MFA claim: fresh MFA (method given) or satisfied by a claim in the token. */
export const mfaFresh = (method, detail = '') => ({ result: 'MFA successfully completed', method, detail, fresh: true });
export const mfaClaim = () => ({ result: 'MFA requirement satisfied by claim in the token', method: '', detail: '', fresh: false });

/** A directoryAudit record. */
export function audit(rng, o) {
  const corr = o.corr ?? rng.guid();
  const by = o.by;
  const initiatedBy = by.app
    ? { app: { appId: by.app.appId ?? null, displayName: by.app.displayName, servicePrincipalId: by.app.servicePrincipalId ?? rng.guid(), servicePrincipalName: by.app.servicePrincipalName ?? null }, user: null }
    : { app: null, user: { id: by.user.id, displayName: null, userPrincipalName: by.user.upn, ipAddress: by.ip ?? '', userType: null, homeTenantId: null, homeTenantName: null } };
  return {
    attack: !!o.attack, t: Math.round(o.t),
    id: `${o.idPrefix ?? 'Directory'}_${corr}_${rng.alnum(5)}_${rng.int(100000000, 999999999)}`,
    category: o.category, correlationId: corr, result: o.result ?? 'success', resultReason: o.resultReason ?? '',
    activityDisplayName: o.activity, activityDateTime: null, loggedByService: o.service ?? 'Core Directory',
    operationType: o.op ?? 'Update', initiatedBy, userAgent: o.userAgent ?? '',
    targetResources: (o.targets || []).map((x) => ({
      id: x.id, displayName: x.displayName ?? null, type: x.type, userPrincipalName: x.upn ?? null, groupType: null,
      modifiedProperties: (x.props || []).map(([displayName, oldValue, newValue]) => ({ displayName, oldValue: oldValue ?? null, newValue: newValue ?? null })),
    })),
    additionalDetails: (o.details || []).map(([key, value]) => ({ key, value })),
  };
}

export const userTarget = (u, props) => ({ id: u.id, displayName: null, type: 'User', upn: u.upn, props });
export const jstr = (v) => JSON.stringify(v);
