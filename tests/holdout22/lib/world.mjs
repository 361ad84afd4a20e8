// Shared generation context: time helpers, record sinks and the sign-in building blocks
// (interactive logins with their interrupts, token refresh streams).
import { buildSignIn } from './signin.mjs';
import { buildAudit } from './audit.mjs';
import { APPS, RES, UA } from './catalog.mjs';
import { CARRIERS, ipInfo } from './net.mjs';
import { hashString } from './prng.mjs';

export const MIN = 60_000, HOUR = 3_600_000, DAY = 86_400_000;
export const START = Date.parse('2026-02-15T21:00:00Z'); // Monday 16 Feb 2026 00:00 EAT
export const DAYS = 14;
export const END = START + DAYS * DAY;

export class World {
  constructor(rng, tenant) {
    this.rng = rng; this.t = tenant;
    this.inter = []; this.nonint = []; this.audits = [];
    this.tag = null; // null = benign, else scenario id
  }
  /** UTC ms for local hour h (float) on day d in a zone at UTC+tz */
  at(d, h, tz = 3) { return START + d * DAY + h * HOUR - (tz - 3) * HOUR; }
  dow(d) { return (d + 1) % 7; } // 0 = Sunday, day 0 is Monday
  inPeriod(t) { return t >= START && t < END; }

  push(s) {
    if (!this.inPeriod(s.t)) return null;
    s.rng = this.rng;
    const r = buildSignIn(s);
    Object.defineProperty(r, '__tag', { value: this.tag, enumerable: false });
    (s.interactive ? this.inter : this.nonint).push(r);
    return r;
  }
  audit(a) {
    if (!this.inPeriod(a.t)) return null;
    a.rng = this.rng;
    const r = buildAudit(a);
    Object.defineProperty(r, '__tag', { value: this.tag, enumerable: false });
    this.audits.push(r);
    return r;
  }

  /** Carrier egress for a phone: CGNAT addresses rotate every few hours and between users. */
  carrierIp(u, t, carrier = u.carrier) {
    const pool = CARRIERS[carrier];
    const block = Math.floor(t / (this.rng.chance(0.7) ? 3 * HOUR : 47 * MIN));
    return pool[hashString(`${u.id}:${block}`) % pool.length];
  }

  ua(dev, kind = 'browser') {
    if (!dev) return UA.edgeWin();
    const os = dev.operatingSystem;
    if (os === 'Android') return kind === 'browser' ? UA.chromeAndroid(dev.model, dev.osVer) : `Dalvik/2.1.0 (Linux; U; Android ${dev.osVer}; ${dev.model} Build/UP1A.231005.007)`;
    if (os === 'iOS') return kind === 'browser' ? UA.safariIos() : 'Outlook-iOS/2.0';
    if (os === 'MacOs') return UA.chromeMac();
    if (os === 'Linux') return UA.azcliLinux();
    return kind === 'teams' ? UA.teamsWin() : UA.edgeWin();
  }

  /**
   * An interactive sign-in as users really produce them: sometimes a wrong password first, an MFA
   * interrupt (50074) before the MFA-completed success, a KMSI interrupt (50140) after.
   * o: { ip, device, app, res, trusted, mfa: 'fresh'|'claim'|'none', method, clientApp, browser, ua, pWrong, scopes, incoming, protocol, session, prt }
   * Returns { t, sessionId, mfa } of the success (or null when it did not end in success).
   */
  login(u, t, o) {
    const rng = this.rng;
    const sessionId = o.session || rng.guid();
    const corr = rng.guid();
    const base = { user: u, ip: o.ip, device: o.device, app: o.app, res: o.res, interactive: true, trusted: o.trusted, clientApp: o.clientApp || 'Browser', browser: o.browser,
      ua: o.ua || this.ua(o.device), sessionId, correlationId: corr, scopes: o.scopes, protocol: o.protocol, transfer: o.transfer, incoming: o.incoming };
    const pwd = { method: 'Password', detail: 'Password Hash Sync', result: 'Correct password', req: 'Primary authentication' };
    const method = o.method || (u.mfa === 'sms' ? 'Text message' : 'Mobile app notification');
    const mfaOk = { method, detail: null, result: 'MFA successfully completed', req: 'Multi-factor authentication' };
    let tt = t;
    if (o.mfa !== 'claim' && o.mfa !== 'prt') {
      const pWrong = o.pWrong ?? 0.03;
      if (rng.chance(pWrong)) {
        const n = rng.chance(0.8) ? 1 : rng.int(2, 3);
        for (let i = 0; i < n; i++) {
          this.push({ ...base, t: tt, code: 50126, steps: [{ ...pwd, ok: false, result: 'Invalid username or password or Invalid on-premise username or password.' }] });
          tt += rng.int(15, 120) * 1000;
        }
      }
    }
    let mfaSatisfied = false;
    let steps;
    if (o.mfa === 'fresh') {
      if (rng.chance(o.p50074 ?? 0.3)) {
        this.push({ ...base, t: tt, code: o.trusted ? 50074 : 50076, steps: [pwd, { method, detail: null, ok: false, result: 'MFA required in Azure AD', req: 'Multi-factor authentication' }] });
        tt += rng.int(8, 50) * 1000;
      }
      if (rng.chance(o.pDeny ?? 0.006)) {
        this.push({ ...base, t: tt, code: 500121, additional: rng.chance(0.5) ? 'MFA denied; user did not respond to mobile app notification' : 'MFA denied; user declined the authentication',
          steps: [pwd, { method, ok: false, result: rng.chance(0.5) ? 'MFA denied; user did not respond to mobile app notification' : 'MFA denied; user declined the authentication', req: 'Multi-factor authentication' }] });
        tt += rng.int(40, 200) * 1000;
      }
      steps = [pwd, mfaOk]; mfaSatisfied = true;
    } else if (o.mfa === 'claim') {
      steps = [{ method: 'Previously satisfied', result: 'First factor requirement satisfied by claim in the token', req: 'Primary authentication' },
        { method: 'Previously satisfied', result: 'MFA requirement satisfied by claim in the token', req: 'Multi-factor authentication' }];
      mfaSatisfied = true;
    } else if (o.mfa === 'prt') {
      steps = [{ method: 'Previously satisfied', result: 'First factor requirement satisfied by claim in the token', req: 'Primary authentication' }];
      if (!o.trusted) steps.push({ method: 'Previously satisfied', result: 'MFA requirement satisfied by claim in the token', req: 'Multi-factor authentication' });
      mfaSatisfied = !o.trusted || !!o.prtMfa;
      base.incoming = 'primaryRefreshToken';
    } else {
      steps = [pwd];
    }
    if (o.code && o.code !== 0) { // a blocked or failed end state requested by the caller
      this.push({ ...base, t: tt, code: o.code, steps, mfaSatisfied, failureReason: o.failureReason, additional: o.additional });
      return null;
    }
    if (o.mfa === 'fresh' && rng.chance(o.pKmsi ?? 0.35)) {
      this.push({ ...base, t: tt, code: 50140, steps, mfaSatisfied });
      tt += rng.int(3, 25) * 1000;
      this.push({ ...base, t: tt, code: 0, steps: [{ method: 'Previously satisfied', result: 'First factor requirement satisfied by claim in the token', req: 'Primary authentication' }, { method: 'Previously satisfied', result: 'MFA requirement satisfied by claim in the token', req: 'Multi-factor authentication' }], mfaSatisfied, risk: o.risk });
    } else {
      this.push({ ...base, t: tt, code: 0, steps, mfaSatisfied, risk: o.risk });
    }
    return { t: tt, sessionId, mfa: mfaSatisfied };
  }

  /**
   * Non-interactive token refreshes of the client apps on a device between t0 and t1.
   * o: { ip | ipFn(t), device, clients:[[app,res,scopes?]], gap (mean minutes), trusted, mfa, session, incoming, pFail }
   */
  refresh(u, t0, t1, o) {
    const rng = this.rng;
    let t = t0 + rng.int(1, 8) * MIN;
    let n = 0;
    while (t < t1) {
      const [app, res, scopes] = rng.pick(o.clients);
      const ip = o.ipFn ? o.ipFn(t) : o.ip;
      let code = 0;
      if (rng.chance(o.pFail ?? 0.012)) code = rng.weighted([[70044, 3], [50173, 1], [700082, 1], [50076, 2], [50097, 1]]);
      this.push({ user: u, t, ip, device: o.device, app, res, interactive: false, trusted: o.trusted, clientApp: 'Mobile Apps and Desktop clients', browser: o.browser,
        ua: o.ua !== undefined ? o.ua : '', sessionId: o.session, incoming: o.incoming || 'none', mfaSatisfied: o.mfa, code, scopes: scopes || o.scopes,
        steps: o.mfa ? [] : [] , cae: rng.chance(0.4) });
      n++;
      t += Math.max(2, rng.normal(o.gap, o.gap / 3)) * MIN;
    }
    return n;
  }
}

export const CLIENTS = {
  winDesktop: [[APPS.office, RES.exchange, ['EWS.AccessAsUser.All', 'Mail.ReadWrite']], [APPS.office, RES.graph], [APPS.office, RES.sharepoint], [APPS.teams, RES.teamsSvc], [APPS.teams, RES.skype], [APPS.teams, RES.graph], [APPS.oneDriveSync, RES.sharepoint]],
  android: [[APPS.outlookMobile, RES.exchange], [APPS.outlookMobile, RES.graph], [APPS.teams, RES.teamsSvc], [APPS.teams, RES.graph], [APPS.authenticator, RES.graph]],
  fieldPhone: [[APPS.loansField, RES.loansApi], [APPS.loansField, RES.loansApi], [APPS.loansField, RES.dynamics], [APPS.outlookMobile, RES.exchange], [APPS.teams, RES.teamsSvc], [APPS.teams, RES.graph], [APPS.intuneCP, RES.intune]],
  branchPc: [[APPS.teams, RES.teamsSvc], [APPS.teams, RES.graph], [APPS.office, RES.exchange], [APPS.cbsPortal, RES.cbsApi]],
  ccPc: [[APPS.teams, RES.teamsSvc], [APPS.dynApp, RES.dynamics], [APPS.dynApp, RES.dynamics], [APPS.office, RES.exchange]],
  dev: [[APPS.vscode, RES.graph], [APPS.vscode, RES.azureMgmt], [APPS.azureCli, RES.azureMgmt], [APPS.devops, RES.devops], [APPS.vs, RES.devops]],
  admin: [[APPS.azurePortal, RES.graph], [APPS.azurePortal, RES.azureMgmt], [APPS.graphCli, RES.graph]],
};
