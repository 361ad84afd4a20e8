// Researchers travelling to conferences abroad with their own managed laptop (same device id,
// compliant) and their phone roaming home-routed (so the phone keeps appearing from the home
// carrier's CGNAT while the laptop is on hotel or conference Wi-Fi). Airport and in-flight Wi-Fi,
// realistic flight times, and day visits to partner institutions over eduroam.
import { makeRng } from './rng.mjs';
import { START, DAY, HOUR, MIN, DAYS, at, isWeekend } from './time.mjs';
import { poolIp } from './tenant.mjs';
import { emit, refreshes } from './sessions.mjs';
import { laptopBlock, phoneBurst, workday } from './benign-office.mjs';

const Z = (d, h, m = 0) => START + d * DAY + h * HOUR + m * MIN; // UTC on window day d

const TRIPS = [
  { name: 'New Orleans', sites: ['BGO', 'BGO', 'GOT', 'ABZ'], days: [3, 9], hotel: 'hotel-nola', conf: 'conf-nola', tz: -6,
    out: [['air-schiphol', Z(3, 8, 10)], ['air-schiphol', Z(3, 9, 20)], ['air-viasat', Z(3, 14, 30)], ['air-viasat', Z(3, 17, 5)]], arrive: Z(3, 23, 50),
    leave: Z(8, 22, 30), back: [['air-viasat', Z(9, 3, 15)], ['air-schiphol', Z(9, 10, 5)]], home: Z(9, 14, 20) },
  { name: 'Singapore', sites: ['AAR', 'GOT'], days: [6, 12], hotel: 'hotel-sg', conf: 'conf-sg', tz: 8,
    out: [], arrive: Z(7, 0, 40), leave: Z(11, 14, 0), back: [], home: Z(12, 8, 30) },
  { name: 'Tokyo', sites: ['BGO'], days: [0, 5], hotel: 'hotel-tokyo', conf: 'hotel-tokyo', tz: 9,
    out: [], arrive: START, leave: Z(5, 1, 30), back: [['air-schiphol', Z(5, 12, 40)]], home: Z(5, 15, 10) },
  { name: 'San Diego', sites: ['ABZ', 'BGO'], days: [11, 13], hotel: 'hotel-sd', conf: 'conf-sd', tz: -8,
    out: [['air-schiphol', Z(11, 8, 45)], ['air-viasat', Z(11, 15, 20)]], arrive: Z(11, 21, 40), leave: Z(14, 0, 0), back: [], home: null },
];

function stayDays(ctx, r, u, trip, devCode) {
  let firstHotel = true;
  for (let d = 0; d < DAYS; d++) {
    const local = (h, m = 0) => START + d * DAY + (h - trip.tz) * HOUR + m * MIN;
    for (const [h0, h1, where] of [[7, 8.5, 'hotel'], [9, 17, 'conf'], [19, 22.5, 'hotel']]) {
      const t0 = local(h0, r.int(0, 30)), t1 = local(h1, 0);
      if (t0 < trip.arrive || t1 > trip.leave) continue;
      const nk = where === 'hotel' ? trip.hotel : trip.conf;
      const ip = poolIp(r, nk);
      if (where === 'conf') {
        // phone mostly roaming (home-routed), sometimes on the venue Wi-Fi
        const ph = r.chance(0.7) ? u.mobileNet : nk;
        phoneBurst(ctx, r, u, t0 + r.int(10, 200) * MIN, ph, poolIp(r, ph));
        phoneBurst(ctx, r, u, t0 + r.int(220, 420) * MIN, u.mobileNet, poolIp(r, u.mobileNet));
        if (r.chance(0.6)) laptopBlock(ctx, r, u, local(13, r.int(0, 30)), local(15, 0), nk, ip, { extra: r.int(0, 1) });
        continue;
      }
      if (r.chance(where === 'hotel' && h0 === 7 ? 0.7 : 0.85)) {
        const s = laptopBlock(ctx, r, u, t0, t1, nk, ip, { extra: r.int(0, 2) });
        if (firstHotel) {
          // Identity Protection flags the new network; the risk-based policy asks for MFA and the user passes it
          emit(ctx, r, { t: t0 + r.int(3, 9) * MIN + r.int(0, 59_999), user: u, ip, netKey: nk, device: u.laptop, interactive: true, sessionId: s.sessionId, app: 'officeHome', res: 'officeHome', auth: 'push', ua: u.laptop.ua, client: 'Browser',
            risk: { level: 'low', aggregated: 'low', state: 'remediated', detail: 'userPassedMFADrivenByRiskBasedPolicy', events: ['unfamiliarFeatures'] } });
        }
        firstHotel = false;
        if (devCode && where === 'hotel' && h0 === 19 && r.chance(0.5)) {
          devCode = false;
          emit(ctx, r, { t: t0 + r.int(20, 90) * MIN, user: u, ip, netKey: nk, device: u.laptop, interactive: true, app: 'azureCli', res: 'arm', auth: 'push', ua: 'azCliWin', protocol: 'deviceCode', transfer: 'deviceCodeFlow', client: 'Mobile Apps and Desktop clients' });
        }
      }
      if (r.chance(0.5)) {
        const ph = r.chance(0.5) ? nk : u.mobileNet;
        phoneBurst(ctx, r, u, t0 + r.int(5, 60) * MIN, ph, poolIp(r, ph));
      }
    }
  }
}

function travel(ctx, r, u, trip, devCode) {
  const [d0, d1] = trip.days;
  u.away = (day) => day >= d0 && day <= d1;
  u.trip = trip.name;
  // departure morning at home, then airports and in-flight Wi-Fi
  if (trip.arrive > START) phoneBurst(ctx, r, u, trip.out[0] ? trip.out[0][1] - 3 * HOUR : trip.arrive - 14 * HOUR, u.mobileNet, poolIp(r, u.mobileNet));
  for (const [nk, t] of trip.out.concat(trip.back)) {
    const ip = poolIp(r, nk);
    if (r.chance(0.6)) refreshes(ctx, r, { user: u, t0: t, t1: t + r.int(15, 40) * MIN, netKey: nk, ip, device: u.laptop, refresh: [['office', 'exo', 12], ['teams', 'teamsSvc', 15]] });
    else phoneBurst(ctx, r, u, t, nk, ip);
  }
  stayDays(ctx, r, u, trip, devCode);
  // phone keeps syncing through the home carrier overnight while abroad
  for (let d = d0; d <= d1; d++) if (r.chance(0.6)) phoneBurst(ctx, r, u, Z(d, r.int(0, 23), r.int(0, 59)), u.mobileNet, poolIp(r, u.mobileNet));
  if (trip.home) {
    phoneBurst(ctx, r, u, trip.home + r.int(5, 40) * MIN, u.mobileNet, poolIp(r, u.mobileNet));
    const t = trip.home + r.int(90, 240) * MIN;
    laptopBlock(ctx, r, u, t, t + r.int(40, 120) * MIN, u.homeNet, u.homeIp, { extra: 0 });
  }
}

/** Picks the travellers and the eduroam visitors (before the office module runs). */
export function planTravel(ctx) {
  const r = makeRng(ctx.seed, 'travel-plan');
  const taken = new Set();
  ctx.trips = [];
  for (const trip of TRIPS) {
    for (const s of trip.sites) {
      const u = r.pick(ctx.users.filter((x) => x.role === 'researcher' && x.site === s && !taken.has(x) && !x.dormant && !x.picked));
      taken.add(u);
      ctx.trips.push([u, trip]);
      const [d0, d1] = trip.days;
      u.away = (day) => day >= d0 && day <= d1;
    }
  }
  ctx.eduroamVisits = [];
  for (const [s, inst, day] of [['GOT', 'inst-ki', 2], ['AAR', 'inst-ku', 8], ['ABZ', 'inst-uoe', 4], ['BGO', 'inst-uoe', 10]]) {
    const u = r.pick(ctx.users.filter((x) => x.role === 'researcher' && x.site === s && !taken.has(x) && !x.dormant && !x.picked));
    taken.add(u);
    u.away = (d) => d === day;
    ctx.eduroamVisits.push([u, inst, day]);
  }
}

export function travellers(ctx) {
  const r = makeRng(ctx.seed, 'travel');
  let devCode = true;
  for (const [u, trip] of ctx.trips) {
    travel(ctx, r, u, trip, devCode && trip.name === 'New Orleans');
    if (trip.name === 'New Orleans') devCode = false;
  }
  for (const [u, inst, day] of ctx.eduroamVisits) {
    // the office module skipped nothing for these users; add the visit on top of a short home morning
    const t0 = at(day, 9, r.int(0, 50), u.tz);
    laptopBlock(ctx, r, u, t0, t0 + r.int(300, 420) * MIN, inst, poolIp(r, inst), { extra: 1 });
    phoneBurst(ctx, r, u, t0 + r.int(60, 200) * MIN, u.mobileNet, poolIp(r, u.mobileNet));
  }
  return { isWeekend, workday };
}
