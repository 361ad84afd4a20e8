// Collects sign-ins and knows how a sign-in flow looks in the logs (interrupts, typos, MFA, refreshes).
import { makeSignin } from './record.mjs';
import { APPS, RES, UA } from './apps.mjs';
import { NETS } from './world.mjs';

export const START = Date.parse('2025-08-04T00:00:00Z');
export const DAYS = 14;
export const END = START + DAYS * 86_400_000;
export const MIN = 60_000, HOUR = 3_600_000;

export class Emitter {
  constructor(rng, book) { this.rng = rng; this.book = book; this.inter = []; this.non = []; this.seen = new Map(); }
  add(o) {
    if (o.t < START || o.t >= END) return null;
    if (!o.attack && o.user.gaps && o.user.gaps.some(([a, b]) => o.t >= a && o.t < b)) return null; // in the air
    const s = makeSignin(this.rng, o);
    if (!o.interactive) {
      // the non-interactive export is leaner: no deprecated mfaDetail, no empty issuer name, no echo of the request id
      delete s.originalRequestId; delete s.mfaDetail; delete s.signInIdentifierType; delete s.clientCredentialType;
      delete s.isThroughGlobalSecureAccess; delete s.flaggedForReview; delete s.homeTenantName;
      if (!s.tokenIssuerName) delete s.tokenIssuerName;
      s.signInIdentifier = '';
    }
    (o.interactive ? this.inter : this.non).push(s);
    if (!o.attack) {
      let a = this.seen.get(o.user.id); if (!a) this.seen.set(o.user.id, (a = []));
      a.push([o.t, o.addr]);
    }
    return s;
  }
  addr(netKey, r, homeKey) { return this.book.take(NETS[netKey], r, homeKey); }

  /** An interactive sign-in with the steps people really go through. Returns the session id. */
  login(r, o) {
    const base = { ...o, interactive: true, sessionId: o.sessionId || r.uuid() };
    let t = o.t;
    const typo = o.typo ?? 0.04;
    if (!o.sso && r.chance(typo)) {
      this.add({ ...base, t, err: 50126, authReq: 'singleFactorAuthentication', mfa: null });
      t += r.int(15, 90) * 1000;
      if (r.chance(0.15)) { this.add({ ...base, t, err: 50126, mfa: null }); t += r.int(20, 120) * 1000; }
    }
    if (o.expired && !o.sso) { this.add({ ...base, t, err: 50055, mfa: null }); t += r.int(60, 240) * 1000; }
    if (o.needMfa) {
      const m = o.user.mfa || ['Mobile app notification', ''];
      if (o.sso) {
        this.add({ ...base, t, authReq: 'multiFactorAuthentication', mfa: { method: 'Previously satisfied', detail: '', result: 'MFA requirement satisfied by claim in the token' }, ca: 'success' });
        return base.sessionId;
      }
      if (r.chance(0.35)) { this.add({ ...base, t, err: o.newPlace ? 50076 : 50074, authReq: 'multiFactorAuthentication', mfa: null, ca: 'success' }); t += r.int(8, 40) * 1000; }
      if (r.chance(0.05)) { this.add({ ...base, t, err: 500121, authReq: 'multiFactorAuthentication', mfa: { method: m[0], detail: m[1] }, ca: 'success' }); t += r.int(30, 300) * 1000; }
      this.add({ ...base, t, authReq: 'multiFactorAuthentication', mfa: { method: m[0], detail: m[1], result: 'MFA successfully completed' }, ca: 'success' });
    } else {
      this.add({ ...base, t, authReq: 'singleFactorAuthentication', mfa: null, ca: o.ca || 'success', incoming: o.sso ? 'primaryRefreshToken' : 'none' });
    }
    if ((o.clientApp || 'Browser') === 'Browser' && !o.sso && r.chance(o.dev?.shared ? 0.06 : 0.25)) this.add({ ...base, t: t + r.int(3, 20) * 1000, err: 50140, mfa: null });
    return base.sessionId;
  }

  /** Silent token refreshes for a device session over [from, to), every `gap` minutes on average. */
  refresh(r, o, from, to, gapMin, pairs) {
    let t = from + r.int(1, gapMin) * MIN;
    while (t < to) {
      const [app, res] = r.pick(pairs);
      let err = 0;
      const x = r.next();
      if (x < 0.012) err = 70044; else if (x < 0.02) err = 50173; else if (x < 0.026) err = 50076; else if (x < 0.03) err = 50199;
      this.add({ ...o, t, interactive: false, app: APPS[app], res: RES[res], err, authReq: o.authReq || 'singleFactorAuthentication',
        mfa: o.mfaClaim ? { method: 'Previously satisfied', detail: '', result: 'MFA requirement satisfied by claim in the token' } : null, incoming: o.incoming || 'none', ca: o.ca || 'success' });
      t += Math.max(3, r.normal(gapMin, gapMin / 3)) * MIN;
    }
  }
}

export const PAIRS = {
  desktop: [['teams', 'teamsSvc'], ['teams', 'graph'], ['office', 'exo'], ['office', 'substrate'], ['onedrive', 'spo'], ['office', 'graph']],
  engineer: [['azCli', 'arm'], ['powerBi', 'pbi'], ['projectwise', 'projectwise'], ['teams', 'teamsSvc'], ['office', 'exo'], ['onedrive', 'spo']],
  phone: [['outlookMobile', 'exo'], ['teams', 'teamsSvc'], ['outlookMobile', 'exo'], ['teams', 'graph'], ['outlookMobile', 'graph'], ['teams', 'teamsSvc'], ['companyPortal', 'intune']],
  kiosk: [['roster', 'roster'], ['owa', 'exo'], ['teams', 'teamsSvc']],
  admin: [['azPs', 'graph'], ['graphCli', 'graph'], ['azurePortal', 'arm'], ['teams', 'teamsSvc'], ['servicenow', 'servicenow']],
};
export const uaOf = (dev, fallback = 'winEdge') => UA[dev?.ua || fallback];
