// Day-level life events shared by all routines: holidays abroad, leavers' orphaned devices, the personal phone.
import { PROF, REFRESH, HOUR, MIN } from './world.mjs';
import { APPS, RES } from './catalog.mjs';
import { LAYOVER_NET, HOME_ISPS } from './networks.mjs';
import { logon, refresh } from './patterns.mjs';

/** 'off' (not yet joined / gone), 'leaver' (after leaving), 'holiday', or 'normal'. */
export function dayKind(u, d) {
  if (u.joinDay != null && d < u.joinDay) return 'off';
  if (u.leaveDay != null && d >= u.leaveDay) return 'leaver';
  if (u.holiday && d >= u.holiday.from && d <= u.holiday.to) return 'holiday';
  return 'normal';
}

/** Phone e-mail/Teams refreshes: on Wi-Fi at home or on the carrier. */
export function phoneDay(w, u, d, city, n, where) {
  const r = w.rng;
  const prof = PROF.phoneApp(u);
  for (let i = 0; i < n; i++) {
    if (r.chance(0.3)) continue;
    const h = r.real(7, 22.5);
    const t = w.at(d, h, city);
    const p = where ? where(t) : r.chance(0.45) ? w.home(u) : w.mobile(u, d);
    refresh(w, u, t, t + 10 * MIN, p, prof, REFRESH.phone, 1, { session: u.phoneSession || (u.phoneSession = r.uuid()) });
  }
}

/** A day of a holiday abroad: a little e-mail on the phone, from the resort's Wi-Fi or roaming on the Canadian carrier. */
export function holidayDay(w, u, d) {
  const r = w.rng, h = u.holiday;
  const nets = LAYOVER_NET[h.city] || HOME_ISPS[h.city];
  const wifi = w.place(nets[0], u.homeIpIdx + 17 + (h.hotelIdx ?? (h.hotelIdx = r.int(0, 500))));
  const vpn = u.personalVpn ? w.place('nordvpn-tor', r.int(0, 126)) : null;
  const where = () => (vpn && r.chance(0.5) ? vpn : r.chance(0.6) ? wifi : w.mobile(u, d));
  phoneDay(w, u, d, h.city, r.int(0, 3), where);
  if (!h.didWeb && r.chance(0.35)) {
    h.didWeb = true;
    // opens Outlook on the web in the phone's browser: a new location, so an MFA prompt
    const t = w.at(d, r.real(8, 21), h.city);
    const p = where();
    w.emit(u, t, p, PROF.phoneWeb(u), { app: APPS.owa, res: RES.exo, interactive: true, auth: 'mfa', code: 50076, mfaMethod: u.mfaMethod });
    logon(w, u, t + r.int(20, 60) * 1000, p, PROF.phoneWeb(u), { app: APPS.owa, res: RES.exo, auth: 'mfa', mfaIntP: 0, typoP: 0.05,
      extra: vpn && p === vpn ? { riskEvents: ['anonymizedIPAddress'], riskDuring: 'low', riskAgg: 'low', riskState: 'atRisk' } : {} });
  }
}

/** After the leave date: the account is disabled; the old phone's apps keep trying for a while. */
export function leaverDay(w, u, d) {
  const r = w.rng;
  const since = d - u.leaveDay;
  if (since > 4) return;
  const n = Math.max(0, 6 - since * 2 + r.int(-1, 1));
  const prof = PROF.phoneApp(u);
  for (let i = 0; i < n; i++) {
    const t = w.at(d, r.real(6, 23), u.home) + (since === 0 ? 6 * HOUR : 0);
    const [app, res] = r.weighted(REFRESH.phone);
    w.emit(u, t, r.chance(0.5) ? w.home(u) : w.mobile(u, d), prof, { app, res, interactive: false, auth: 'claim', code: 50057, session: u.phoneSession || '' });
  }
  if (since === 1 && r.chance(0.5)) w.emit(u, w.at(d, r.real(9, 20), u.home), w.home(u), PROF.phoneWeb(u), { app: APPS.owa, res: RES.exo, interactive: true, auth: 'mfa', code: 50057 });
}
