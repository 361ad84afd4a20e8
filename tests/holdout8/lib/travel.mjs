// Where travelling people are: stays with gaps for flights (gate-to-gate ~850 km/h plus boarding and taxi).
import { place, km } from './world.mjs';
import { START, HOUR } from './emit.mjs';

const DAY = 24 * HOUR;
/** UTC ms for local clock `h` (hours, may exceed 24) on day d at a place. */
export const local = (d, h, key) => START + d * DAY + (h - place(key).tz) * HOUR;
/** Flight time gate to gate, with boarding/taxi and, for long legs, a slower effective speed. */
export const flightMs = (a, b) => (km(a, b) / 830 + 0.9) * HOUR;

/** A traveller: legs [[fromKey, toKey, departUtc, layoverH?], ...] turned into stays and gaps. */
export function itinerary(u, homeKey, homeNet, legs, netAt) {
  const stays = [], gaps = [];
  let cur = homeKey, from = -Infinity;
  for (const [a, b, dep, lay = 0] of legs) {
    // at the airport: the phone on the carrier (roaming stays on the home carrier)
    stays.push({ a: from, b: dep - 0.75 * HOUR, key: cur, net: cur === homeKey ? homeNet : netAt[cur] });
    const arr = dep + flightMs(a, b);
    gaps.push([dep - 0.75 * HOUR, arr + 0.5 * HOUR]);
    cur = b; from = arr + 0.5 * HOUR;
    if (lay) { stays.push({ a: from, b: from + lay * HOUR, key: b, net: 'roam', transit: true }); from += lay * HOUR; }
  }
  stays.push({ a: from, b: Infinity, key: cur, net: cur === homeKey ? homeNet : netAt[cur] });
  u.stays = stays; u.gaps = gaps;
}

/** End of the stay that holds t (a refresh series never runs on past a departure). */
export function stayEnd(u, t) {
  if (!u.stays) return Infinity;
  const s = u.stays.find((x) => t >= x.a && t < x.b);
  return s ? s.b : t;
}

export function locAt(u, t) {
  if (!u.stays) return { key: u.homeKey, net: null, home: true };
  if (u.gaps.some(([a, b]) => t >= a && t < b)) return null;
  const s = u.stays.find((x) => t >= x.a && t < x.b);
  if (!s) return null;
  return { key: s.key, net: s.net, home: s.key === u.homeKey, transit: s.transit };
}

const HOTEL = { johannesburg: 'hotel_jnb', santiago: 'hotel_scl', london: 'hotel_london', singapore: 'hotel_sg', kalgoorlie: 'hotel_kal', calama: 'site_calama', perth: 'hotel_kal', saopaulo: 'roam', sydney: 'roam' };

/** Executive trips during the fortnight (Mon 4 Aug 2025 → Sun 17 Aug 2025). */
export function planTrips(execs, rng) {
  const [ceo, cfo, coo, ...rest] = execs;
  // CEO: Perth → Johannesburg (direct), → Santiago via São Paulo, → home via Sydney
  itinerary(ceo, 'perth', ceo.homeNet, [
    ['perth', 'johannesburg', local(3, 13.0, 'perth')],
    ['johannesburg', 'saopaulo', local(8, 10.5, 'johannesburg'), 3],
    ['saopaulo', 'santiago', local(8, 10.5, 'johannesburg') + flightMs('johannesburg', 'saopaulo') + 3.5 * HOUR],
    ['santiago', 'sydney', local(12, 23.5, 'santiago'), 4],
    ['sydney', 'perth', local(12, 23.5, 'santiago') + flightMs('santiago', 'sydney') + 4.5 * HOUR],
  ], HOTEL);
  // CFO: investor roadshow Perth → Singapore → London and back
  itinerary(cfo, 'perth', cfo.homeNet, [
    ['perth', 'singapore', local(6, 23.9, 'perth'), 2.5],
    ['singapore', 'london', local(6, 23.9, 'perth') + flightMs('perth', 'singapore') + 3 * HOUR],
    ['london', 'perth', local(11, 12.5, 'london')],
  ], HOTEL);
  // COO and two GMs: Diggers & Dealers in Kalgoorlie (Mon–Wed), then the Newman site
  itinerary(coo, 'perth', coo.homeNet, [
    ['perth', 'kalgoorlie', local(0, 7.0, 'perth')],
    ['kalgoorlie', 'perth', local(2, 17.0, 'perth')],
    ['perth', 'newman', local(8, 6.5, 'perth')],
    ['newman', 'perth', local(9, 16.0, 'perth')],
  ], { ...HOTEL, newman: 'site_pilbara' });
  for (const u of rest.slice(0, 2)) itinerary(u, 'perth', u.homeNet, [['perth', 'kalgoorlie', local(0, 7.5, 'perth')], ['kalgoorlie', 'perth', local(2, 16.5, 'perth')]], HOTEL);
  // Santiago exec: site visit to Calama
  const scl = execs.find((u) => u.homeKey === 'santiago');
  itinerary(scl, 'santiago', scl.homeNet, [['santiago', 'calama', local(1, 7.0, 'santiago')], ['calama', 'santiago', local(3, 17.5, 'santiago')]], HOTEL);
  return [ceo, cfo, coo];
}

/** Office staff on leave abroad (Bali) — honest new-country sign-ins from a holiday resort. */
export function planHolidays(users, rng) {
  const picks = rng.sample(users.filter((u) => u.kind === 'office' && u.homeKey === 'perth'), 6);
  for (const u of picks) {
    const d0 = rng.int(0, 6);
    itinerary(u, 'perth', u.homeNet, [['perth', 'denpasar', local(d0, rng.float(8, 14), 'perth')], ['denpasar', 'perth', local(d0 + rng.int(5, 7), rng.float(10, 20), 'perth')]], { denpasar: 'biznet_bali' });
    u.onLeave = true;
  }
  return picks;
}
