// Joiners, leavers, holidays, forgotten passwords and lost phones: flags set before the routines run,
// and the sign-ins and audit events those events leave behind.
import { PROF, HOUR, MIN, REFRESH } from './world.mjs';
import { APPS, RES } from './catalog.mjs';
import { audit, byUser, byApp, tUser, mp, SYNC_APP } from './audit.mjs';
import { logon, refresh } from './patterns.mjs';

const HOLIDAY = ['CUN', 'PUJ', 'VRA', 'MCO', 'LIS', 'HNL', 'PHX', 'LHR', 'TYO'];

export function assignLife(w) {
  const r = w.rng;
  const people = w.users.filter((u) => ['pilot', 'cabin', 'ground', 'mx', 'hq', 'it'].includes(u.role));
  const pick = (pred, n) => r.sample(people.filter((u) => pred(u) && !u.life), n).map((u) => { u.life = true; return u; });
  const L = { joiners: [], leavers: [], holidays: [], forgetful: [], lostPhone: [] };
  // a class of new cabin crew graduates, plus HQ hires; Monday of each week
  for (const u of pick((u) => u.role === 'cabin' && u.base === 'YYZ', 18)) { u.joinDay = 0; L.joiners.push(u); }
  for (const u of pick((u) => ['hq', 'ground'].includes(u.role), 10)) { u.joinDay = r.pick([0, 1, 7, 8]); L.joiners.push(u); }
  for (const u of pick((u) => ['hq', 'ground', 'cabin', 'mx'].includes(u.role), 9)) { u.leaveDay = r.int(2, 12); L.leavers.push(u); }
  for (const u of pick((u) => true, 70)) {
    const from = r.int(-3, 10), len = r.int(4, 9);
    u.holiday = { from, to: from + len, city: r.pick(HOLIDAY) };
    u.personalVpn = r.chance(0.15);
    L.holidays.push(u);
  }
  for (const u of r.sample(w.users.filter((u) => ['pilot', 'cabin'].includes(u.role)), 40)) u.personalVpn = true;
  for (const u of pick((u) => true, 28)) { u.forgetDay = r.int(0, 13); L.forgetful.push(u); }
  for (const u of pick((u) => ['pilot', 'cabin', 'hq', 'mx'].includes(u.role), 6)) { u.lostPhoneDay = r.int(1, 12); L.lostPhone.push(u); }
  return L;
}

const syncUser = (w) => byApp(SYNC_APP[0], SYNC_APP[1], 'Microsoft Azure AD Connect');
const sspr = (w, u, t, ip, steps) => steps.forEach((s, i) => audit(w, { t: t + i * 20_000, activity: 'Self-service password reset flow activity progress', service: 'Self-service Password Management', by: byUser(u, ip), targets: [tUser(u)], reason: s }));

/** Sign-ins and audits of the life events (the routines already honour joinDay/leaveDay/holiday). */
export function lifeEvents(w, L, desk, ctx) {
  const r = w.rng;
  const agent = () => r.pick(desk);
  for (const u of L.joiners) {
    const tc = w.at(u.joinDay, -1.5 * 24 + r.real(14, 20), 'TOR') ;
    const created = Math.max(tc, w.at(0, 0.5, 'TOR') - 5 * HOUR);
    if (u.joinDay > 0) {
      audit(w, { t: created, activity: 'Add user', by: syncUser(w), targets: [tUser(u, [mp('AccountEnabled', [], [true]), mp('UserPrincipalName', [], [u.upn]), mp('UserType', [], ['Member'])])], details: [['UserType', 'Member']] });
      audit(w, { t: created + 40_000, activity: 'Update user', by: syncUser(w), targets: [tUser(u, [mp('JobTitle', [], [u.role === 'cabin' ? 'Flight Attendant' : 'Associate'])])] });
    }
    // helpdesk issues a Temporary Access Pass for the first day
    const tTap = w.at(u.joinDay, 7.6 + r.real(0, 1), 'TOR');
    const a = agent();
    audit(w, { t: tTap, activity: 'Admin registered security info', service: 'Authentication Methods', by: byUser(a, a.cloudPcIp), targets: [tUser(u)], reason: 'Admin registered temporary access pass method for user' });
    const tFirst = tTap + r.real(0.5, 3) * HOUR;
    const p = u.role === 'cabin' ? w.place('hq', r.int(0, 15)) : u.role === 'ground' ? w.place(u.base === 'YVR' ? 'yvr-ops' : u.base === 'YYZ' ? 'yyz-ops' : `sita-${u.base}`, 2) : w.place('hq', r.int(0, 15));
    const prof = PROF.winEdge(null);
    w.emit(u, tFirst, p, prof, { app: APPS.mySignins, res: RES.graph, interactive: true, auth: 'tap', code: 50072 });
    w.emit(u, tFirst + 30_000, p, prof, { app: APPS.mySignins, res: RES.graph, interactive: true, auth: 'tap' });
    audit(w, { t: tFirst + 60_000, activity: 'User started security info registration', service: 'Authentication Methods', by: byUser(u, p.ip), targets: [tUser(u)], reason: 'User started the registration for Authenticator App with Notification and Code' });
    audit(w, { t: tFirst + 180_000, activity: 'User registered security info', service: 'Authentication Methods', by: byUser(u, p.ip), targets: [tUser(u)], reason: 'User registered Authenticator App with Notification and Code' });
    audit(w, { t: tFirst + 200_000, activity: 'User registered all required security info', service: 'Authentication Methods', by: byUser(u, p.ip), targets: [tUser(u)], reason: 'User registered all required security info.' });
    audit(w, { t: tFirst + 400_000, activity: 'Change password (self-service)', service: 'Self-service Password Management', by: byUser(u, p.ip), targets: [tUser(u)], reason: 'User changed password' });
  }
  for (const u of L.leavers) {
    const t = w.at(u.leaveDay, r.real(0.5, 2), 'TOR');
    audit(w, { t, activity: 'Disable account', by: syncUser(w), targets: [tUser(u, [mp('AccountEnabled', [true], [false])])] });
    audit(w, { t: t + 20_000, activity: 'Update user', by: syncUser(w), targets: [tUser(u, [mp('AccountEnabled', [true], [false]), mp('Included Updated Properties', null, 'AccountEnabled')])] });
  }
  for (const u of L.forgetful) {
    if (u.leaveDay != null && u.forgetDay >= u.leaveDay) continue;
    if (u.joinDay != null && u.forgetDay <= u.joinDay) continue;
    const city = u.holiday && u.forgetDay >= u.holiday.from && u.forgetDay <= u.holiday.to ? null : u.home;
    if (!city) continue;
    const t = w.at(u.forgetDay, r.real(7.5, 21), city);
    const p = w.home(u), prof = r.chance(0.5) ? PROF.phoneWeb(u) : PROF.winChrome(null);
    const n = r.int(3, 7);
    for (let i = 0; i < n; i++) w.emit(u, t + i * r.int(15, 90) * 1000, p, prof, { app: APPS.owa, res: RES.exo, interactive: true, auth: 'mfa', code: i >= 5 ? 50053 : 50126 });
    const tr = t + n * 60_000 + r.int(1, 10) * MIN;
    sspr(w, u, tr, p.ip, ['User started the password reset process', 'User passed the primary verification', 'User selected a new password']);
    audit(w, { t: tr + 100_000, activity: 'Reset password (self-service)', service: 'Self-service Password Management', by: byUser(u, p.ip), targets: [tUser(u)], reason: 'Successfully completed reset.' });
    logon(w, u, tr + 160_000, p, prof, { app: APPS.owa, res: RES.exo, auth: 'mfa', typoP: 0, mfaIntP: 0 });
    // the other devices still hold tokens issued before the reset
    refresh(w, u, tr + 10 * MIN, tr + 6 * HOUR, w.mobile(u, u.forgetDay), PROF.phoneApp(u), REFRESH.phone, r.int(2, 4), { failP: 1, failCodes: [50133, 50173] });
  }
  for (const u of L.lostPhone) ctx.lostPhone(u);
}
