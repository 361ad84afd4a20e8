// Reusable sign-in patterns: a full interactive sign-in (with the honest noise around it) and token refreshes.
import { MIN, HOUR } from './world.mjs';

/**
 * A user authenticating interactively: sometimes a typo first, an MFA interrupt, the KMSI prompt.
 * o: { app, res, auth ('mfa'|'prt'|'claim'|'pwd'|'whfb'|'tap'|'fido'), session, typoP, kmsiP, mfaIntP }
 */
export function logon(w, u, t, p, prof, o) {
  const r = w.rng;
  const session = o.session || r.uuid();
  const base = { app: o.app, res: o.res, interactive: true, session, mfaMethod: o.mfaMethod || u.mfaMethod, phone: u.phone };
  const auth = o.auth || 'mfa';
  let tt = t;
  if ((auth === 'mfa' || auth === 'pwd') && r.chance(o.typoP ?? 0.025)) {
    const n = r.chance(0.8) ? 1 : r.int(2, 3);
    for (let i = 0; i < n; i++) { w.emit(u, tt, p, prof, { ...base, auth: 'mfa', code: 50126 }); tt += r.int(8, 70) * 1000; }
  }
  if (auth === 'mfa' && r.chance(o.mfaIntP ?? 0.15)) { w.emit(u, tt, p, prof, { ...base, auth: 'mfa', code: 50074 }); tt += r.int(5, 40) * 1000; }
  if (auth === 'mfa' && r.chance(o.denyP ?? 0.006)) { w.emit(u, tt, p, prof, { ...base, auth: 'mfa', code: 500121, mfaResult: r.chance(0.6) ? 'timeout' : 'declined' }); tt += r.int(20, 90) * 1000; }
  const rec = w.emit(u, tt, p, prof, { ...base, auth, ...(o.extra || {}) });
  if (prof.client === 'Browser' && auth === 'mfa' && r.chance(o.kmsiP ?? 0.3)) {
    // the KMSI interrupt is logged just before the completed sign-in
    w.emit(u, tt - r.int(2, 6) * 1000, p, prof, { ...base, auth, code: 50140 });
  }
  return { session, t: tt, rec };
}

/** n background refreshes between t0 and t1, apps drawn from set ([[w, [app, res]]]). */
export function refresh(w, u, t0, t1, p, prof, set, n, o = {}) {
  const r = w.rng;
  for (let i = 0; i < n; i++) {
    const t = t0 + r.next() * Math.max(t1 - t0, MIN);
    const [app, res] = r.weighted(set);
    const code = o.failP && r.chance(o.failP) ? r.pick(o.failCodes || [50173, 700082]) : 0;
    w.emit(u, t, typeof p === 'function' ? p(t) : p, prof, { app, res, interactive: false, auth: o.auth || 'claim', session: o.session || '', code, ...(o.extra || {}) });
  }
}

/** Hours of a working day in local time with a bit of noise. */
export function shift(r, start, len) { const s = start + r.normal(0, 0.35); return [s, s + len + r.normal(0, 0.4)]; }
export const H = HOUR;
