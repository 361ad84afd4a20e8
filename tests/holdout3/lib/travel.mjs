// Conference travel: flights with realistic durations, airport Wi-Fi, hotel and venue networks,
// the same compliant laptop, and phones roaming home-routed (Norwegian IP) or on hotel Wi-Fi.
import { NETS, UA } from './world.mjs';
import { spotHome, spotMobile, spotAt, login, refreshes } from './session.mjs';
import { workDay, phoneRefreshes } from './benign-office.mjs';
import { ip } from './people.mjs';
import { MIN, HOUR, DAY } from './rng.mjs';

const CONFS = [
  { name: 'ECR Vienna', hotel: 'hotel_vienna', venue: 'acv_vienna', leave: 3, back: 7, flight: 140, pick: (p) => p.role === 'radiologist', n: 5 },
  { name: 'ECR Vienna', hotel: 'hotel_vienna', venue: 'acv_vienna', leave: 3, back: 7, flight: 140, pick: (p) => p.role === 'physician', n: 2 },
  { name: 'Nordic nursing leadership', hotel: 'hotel_copenhagen', venue: 'hotel_copenhagen', leave: 8, back: 10, flight: 75, pick: (p) => p.role === 'nurse', n: 6 },
  { name: 'Health IT summit', hotel: 'hotel_amsterdam', venue: 'hotel_amsterdam', leave: 9, back: 11, flight: 115, pick: (p) => p.role === 'developer' || p.role === 'itops', n: 4 },
  { name: 'NHS partnership meeting', hotel: 'hotel_london', venue: 'hotel_london', leave: 5, back: 6, flight: 130, pick: (p) => p.role === 'exec', n: 2 },
];
const DOMESTIC = { tromso: 115, bodo: 90, harstad: 105, oslo: 0 };

export function planTravel(rng, people, start) {
  const trips = [];
  const taken = new Set();
  for (const c of CONFS) {
    const pool = people.filter((p) => c.pick(p) && !taken.has(p) && p.site !== 'remote');
    for (const p of rng.sample(pool, c.n)) {
      taken.add(p);
      if (!p.laptop) p.laptop = { id: rng.guid(), name: `NLH-L-${rng.hex(6).toUpperCase()}`, os: 'Windows10', browser: 'Edge 132.0.0', compliant: true, managed: true, trust: 'Azure AD joined', ua: UA.edgeWin };
      if (!p.phone) p.phone = { id: rng.guid(), name: 'iPhone', os: 'Ios', browser: 'Mobile Safari', compliant: false, managed: false, trust: 'Azure AD registered', ios: true, teamsUa: UA.iosTeams, outlookUa: UA.iosOutlook };
      const from = start + c.leave * DAY, to = start + c.back * DAY + DAY - 1;
      p.away = [[from, to]];
      const trip = { conf: c, p, from, to, homeRouted: rng.chance(0.7) };
      p.trip = trip;
      trips.push(trip);
    }
  }
  return trips;
}

export function travelActivity(ctx, t) {
  const r = ctx.rng;
  const { p, conf } = t;
  const dom = DOMESTIC[p.site] ?? 110;
  const hotelIp = ip(r, NETS[conf.hotel]);
  const hotel = () => spotAt(ctx, conf.hotel, hotelIp);
  const venue = () => spotAt(ctx, conf.venue);
  const avinor = () => spotAt(ctx, 'avinor_wifi');
  const roam = (t2, dest) => (dest && !t.homeRouted ? hotel() : spotMobile(ctx, p));
  const lap = (t0, t1, spot, ni = [1, 3]) => workDay(ctx, p, t0, t1, { direct: spot }, { maxBrowser: 1, minNi: ni[0], maxNi: ni[1] });

  // outbound: home -> (domestic leg) -> OSL -> destination
  const d0 = t.from;
  let tt = d0 + 4 * HOUR + r.int(30, 60) * MIN; // ~05:30-06:00 local
  phoneRefreshes(ctx, p, tt - 40 * MIN, tt - 10 * MIN, 1, () => spotHome(p));
  tt += dom * MIN + 20 * MIN; // at Gardermoen
  lap(tt, tt + r.int(50, 80) * MIN, avinor(), [1, 2]);
  phoneRefreshes(ctx, p, tt, tt + 60 * MIN, 1, () => spotMobile(ctx, p));
  tt += 100 * MIN + conf.flight * MIN; // boarding + flight
  phoneRefreshes(ctx, p, tt + 10 * MIN, tt + 90 * MIN, r.int(1, 2), () => roam(0, true));
  const arriveHotel = tt + r.int(90, 150) * MIN;
  lap(arriveHotel, arriveHotel + r.int(2, 5) * HOUR, hotel());
  // conference days
  for (let d = t.from + DAY; d < t.to - DAY + 1; d += DAY) {
    const m = d + 5 * HOUR + r.int(30, 90) * MIN;
    lap(m, m + r.int(30, 70) * MIN, hotel(), [1, 2]);
    phoneRefreshes(ctx, p, d + 7 * HOUR, d + 16 * HOUR, r.int(2, 4), () => (r.chance(0.5) ? venue() : roam(0, true)));
    if (r.chance(0.5)) lap(d + 11 * HOUR, d + 12 * HOUR, venue(), [1, 2]);
    const ev2 = d + 18 * HOUR + r.int(0, 120) * MIN;
    lap(ev2, ev2 + r.int(40, 120) * MIN, hotel(), [1, 3]);
  }
  // return
  const dr = t.to - DAY + 1;
  const m = dr + 5 * HOUR + r.int(0, 60) * MIN;
  lap(m, m + 40 * MIN, hotel(), [1, 2]);
  let back = dr + 10 * HOUR + r.int(0, 120) * MIN + conf.flight * MIN; // lands OSL
  phoneRefreshes(ctx, p, back + 10 * MIN, back + 60 * MIN, 1, () => spotMobile(ctx, p));
  back += dom ? (90 + dom) * MIN : 60 * MIN;
  phoneRefreshes(ctx, p, back + 60 * MIN, back + 180 * MIN, r.int(1, 2), () => spotHome(p));
  void login; void refreshes;
}
