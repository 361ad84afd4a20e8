// Flight crew: rosters of long-haul pairings, short-haul duty days and days off; crew iPads and personal phones.
import { PROF, HOUR, MIN, DAY, T0, T1 } from './world.mjs';
import { APPS, RES } from './catalog.mjs';
import { LAYOVER_NET } from './networks.mjs';
import { logon, refresh } from './patterns.mjs';
import { dayKind, leaverDay, holidayDay } from './common.mjs';
import { tzOf } from './geo.mjs';

// [destination, block hours, departure local hour at base, return departure local hour at destination]
const LONG = {
  YYZ: [['LHR', 7, 21.5, 12.5], ['FRA', 8, 20.5, 13], ['LIS', 7, 22, 11], ['DEL', 14, 21, 23.5], ['DXB', 13, 22, 9], ['GRU', 10, 23, 22], ['MEX', 4.5, 8, 14], ['NRT', 13, 13.5, 16], ['JFK', 1.5, 7, 18]],
  YVR: [['NRT', 10, 13, 17], ['HKG', 13.5, 1.5, 12], ['SYD', 15, 23, 11], ['LHR', 9.5, 18.5, 13.5], ['HNL', 6, 9, 14], ['MEX', 5, 8, 13], ['LAX', 3, 9, 15], ['FRA', 10, 16, 13]],
};
const SHORT = { YYZ: ['YUL', 'YHZ', 'YYC', 'JFK', 'CUN', 'PUJ'], YVR: ['YYC', 'LAX', 'YYZ', 'HNL'] };
const BLOCK = { YUL: 1.2, YHZ: 2, YYC: 4, JFK: 1.5, CUN: 4, PUJ: 4.2, LAX: 3, YYZ: 4.5, HNL: 6 };
const OPS = { YYZ: 'yyz-ops', YVR: 'yvr-ops' };
const airportNet = (city) => OPS[city] || `sita-${city}`;

function ipad(r, u) {
  if (!u.ipad) u.ipad = { id: r.uuid(), name: `BP-EFB-${r.alnum(6)}`, os: 'Ios', compliant: true, managed: true, trust: 'Workplace', session: r.uuid() };
  return u.ipad;
}
const CREWAPPS = (apps) => [[5, [apps.crewHub, apps.crewHub]], [3, [APPS.outlookMobile, RES.exo]], [2, [APPS.teams, RES.teamsSvc]]];

export function crewMember(w, u, apps) {
  const r = w.rng;
  const pad = ipad(r, u);
  const padP = PROF.ipadApp(pad), phoneP = PROF.phoneApp(u);
  const set = CREWAPPS(apps);
  const base = u.base;
  const commuter = !['TOR', 'BRA', 'OAK', 'YYZ', 'HAM', 'VAN', 'BUR', 'SUR', 'YVR', 'VIC'].includes(u.home);
  const longHaul = r.chance(base === 'YVR' ? 0.6 : 0.5);
  const phoneSess = u.phoneSession || (u.phoneSession = r.uuid());
  const em = (t, p, prof, o) => { const d = Math.floor((t - T0) / DAY); const k = d >= 0 && d < 14 ? dayKind(u, d) : 'normal'; if (k === 'normal') w.emit(u, t, p, prof, o); };
  const padRefresh = (t0, t1, p, n) => { for (let i = 0; i < n; i++) { const t = t0 + r.next() * (t1 - t0); const [app, res] = r.weighted(set); em(t, typeof p === 'function' ? p() : p, padP, { app, res, interactive: false, auth: 'claim', session: pad.session }); } };
  const phoneRefresh = (t0, t1, p, n) => { for (let i = 0; i < n; i++) { const t = t0 + r.next() * (t1 - t0); const [app, res] = r.weighted([[5, [APPS.outlookMobile, RES.exo]], [3, [APPS.teams, RES.teamsSvc]]]); em(t, typeof p === 'function' ? p() : p, phoneP, { app, res, interactive: false, auth: 'claim', session: phoneSess }); } };
  // a duty report: the 12-hour sign-in frequency has expired, so the tablet asks for a fresh sign-in
  const report = (t, p) => {
    if (r.chance(0.12)) em(t - r.real(1, 6) * HOUR, p, padP, { app: apps.crewHub, res: apps.crewHub, interactive: false, auth: 'claim', code: 70044, session: pad.session });
    pad.session = r.uuid();
    const d = Math.floor((t - T0) / DAY);
    if (d >= 0 && d < 14 && dayKind(u, d) === 'normal') logon(w, u, t, p, padP, { app: apps.crewHub, res: apps.crewHub, auth: 'mfa', session: pad.session, mfaIntP: 0.05, typoP: 0.03 });
    padRefresh(t, t + 50 * MIN, p, r.int(0, 1));
  };
  const homeP = () => (r.chance(0.7) ? w.home(u) : w.mobile(u, 0));
  const atHome = (t0, t1) => {
    const days = Math.max(1, Math.round((t1 - t0) / DAY));
    padRefresh(t0, t1, () => w.home(u), Math.round(days * r.real(0.2, 0.55)));
    phoneRefresh(t0, t1, homeP, Math.round(days * r.real(0.3, 0.9)));
  };
  const inflight = (t0, t1, pacific) => {
    if (!r.chance(u.role === 'cabin' ? 0.45 : 0.25)) return;
    const p = w.place(pacific ? 'intelsat' : 'viasat', r.int(0, 500));
    padRefresh(t0 + HOUR, t1 - 0.5 * HOUR, p, r.int(1, 2));
  };
  const layover = (city, t0, t1, hotel) => {
    const hp = w.place((LAYOVER_NET[city] || ['rogers-tor'])[0], hotel);
    const vpn = u.personalVpn;
    const where = () => (vpn && r.chance(0.5) ? w.place('nordvpn-tor', r.int(0, 126)) : r.chance(0.65) ? hp : w.mobile(u, 0)); // roaming traffic egresses in Canada
    const hrs = (t1 - t0) / HOUR;
    padRefresh(t0, t1, () => (r.chance(0.8) ? hp : where()), Math.max(1, Math.round(hrs / 14)));
    phoneRefresh(t0, t1, where, Math.max(1, Math.round(hrs / 12)));
  };
  const commute = (t) => {
    // a commuter's positioning flight: the tablet at home in the morning, the phone on the carrier on the way
    padRefresh(t - 4 * HOUR, t - 3.5 * HOUR, () => w.home(u), 1);
    phoneRefresh(t - 3 * HOUR, t - 2 * HOUR, () => w.mobile(u, 0), 1);
  };

  let tc = T0 - r.real(0, 4) * DAY;
  while (tc < T1) {
    // days off
    const off = r.int(2, 5);
    const offEnd = tc + off * DAY;
    atHome(tc, Math.min(offEnd, T1 + DAY));
    tc = offEnd;
    if (tc >= T1) break;
    const d0 = Math.floor((tc - T0) / DAY);
    if (commuter) commute(T0 + d0 * DAY + (9 - tzOf(base)) * HOUR);
    if (longHaul) {
      const [dest, blk, dep, ret] = r.pick(LONG[base]);
      const tDep = T0 + d0 * DAY + (dep - tzOf(base)) * HOUR;
      report(tDep - 1.5 * HOUR, w.place(airportNet(base), r.int(0, 7)));
      const tArr = tDep + blk * HOUR;
      inflight(tDep, tArr, base === 'YVR' && ['NRT', 'HKG', 'SYD'].includes(dest));
      // return departure: the first 'ret' local time after at least 24 h of rest
      let tRet = tArr + 24 * HOUR;
      const lh = ((((tRet - T0) / HOUR + tzOf(dest)) % 24) + 24) % 24;
      tRet += (((ret - lh) % 24) + 24) % 24 * HOUR + (r.chance(0.3) ? 24 * HOUR : 0);
      layover(dest, tArr + 0.7 * HOUR, tRet - 2 * HOUR, u.crewHotel ?? r.int(0, 40));
      report(tRet - 1.5 * HOUR, w.place(airportNet(dest), r.int(0, 7)));
      const tBack = tRet + blk * HOUR;
      inflight(tRet, tBack, base === 'YVR' && ['NRT', 'HKG', 'SYD'].includes(dest));
      padRefresh(tBack + 0.3 * HOUR, tBack + 1.2 * HOUR, w.place(airportNet(base), r.int(0, 7)), 1);
      tc = tBack + 2 * HOUR;
    } else {
      const duty = r.int(2, 4);
      let t = T0 + d0 * DAY + (r.pick([6, 7, 11, 14]) - tzOf(base)) * HOUR;
      for (let i = 0; i < duty; i++) {
        report(t, w.place(airportNet(base), r.int(0, 7)));
        const dest = r.pick(SHORT[base]);
        const tArr = t + (1 + BLOCK[dest]) * HOUR;
        inflight(t + HOUR, tArr, false);
        if (r.chance(0.45)) {
          layover(dest, tArr + HOUR, tArr + 16 * HOUR, r.int(0, 40));
          report(tArr + 17 * HOUR, w.place(airportNet(dest), r.int(0, 7)));
          t = tArr + 18 * HOUR + (BLOCK[dest] + 1) * HOUR;
        } else {
          padRefresh(tArr, tArr + HOUR, w.place(airportNet(dest), r.int(0, 7)), r.int(0, 1));
          t = tArr + (BLOCK[dest] + 1.5) * HOUR;
          padRefresh(t, t + HOUR, w.place(airportNet(base), r.int(0, 7)), r.int(0, 1));
          t += 14 * HOUR;
        }
      }
      tc = t;
    }
    if (commuter) commute(tc + 4 * HOUR);
  }
  for (let d = 0; d < 14; d++) {
    const k = dayKind(u, d);
    if (k === 'leaver') leaverDay(w, u, d);
    else if (k === 'holiday') holidayDay(w, u, d);
  }
}
