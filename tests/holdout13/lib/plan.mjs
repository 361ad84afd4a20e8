// The fortnight's honest plans: business trips (flights at real speeds), holidays, client-site field work,
// leave, and who is affected by password expiry, lock-outs, phone replacements.
import { itinerary } from './benign.mjs';
import { PLACES } from './world.mjs';

const U = (d, h, m = 0) => Date.UTC(2026, 9, d, h, m);

export function planFortnight(T, rng) {
  const r = rng.fork('plan');
  const free = (p) => !p.victim && !p.trip && !p.holiday && !p.newStarter && p.kind === 'staff' && !p.dev && !p.adminAccount;
  const pick = (pred) => { const c = r.shuffle(T.staff.filter((p) => free(p) && pred(p))); if (!c.length) throw new Error('no candidate'); return c[0]; };
  const partner = (off) => pick((p) => p.office === off && p.partner && p.laptop.id);
  const trips = [];
  const trip = (p, legs, label) => {
    p.trip = label;
    const first = legs[0].city, last = legs[legs.length - 1].city;
    itinerary(p, legs.map((l, i) => (l.city && (i === 0 || i === legs.length - 1) && (l.city === first || l.city === last) ? { ...l, city: p.city } : l.to && l.to === first && i === legs.length - 2 ? { ...l, to: p.city } : l)));
    trips.push({ who: p.upnLog, label });
  };

  // 1. Sydney partner to Singapore: SYD 11:45 AEDT Tue 13 -> SIN 17:45 SGT; back Fri 16 20:30 SGT -> SYD Sat 07:00
  trip(partner('SYD'), [{ city: 'SYD', until: U(13, 0, 45) }, { flight: [U(13, 0, 45), U(13, 9, 45)], to: 'SIN' }, { city: 'SIN', mode: 'trip', until: U(16, 12, 30) }, { flight: [U(16, 12, 30), U(16, 20, 0)], to: 'SYD' }, { city: 'SYD' }], 'SYD-SIN client meetings');
  // 2. Melbourne partner to Hong Kong: MEL 10:00 Wed 14 -> HKG 16:30; back Sun 18 21:00 HKT -> MEL Mon 08:30
  trip(partner('MEL'), [{ city: 'MEL', until: U(13, 23, 0) }, { flight: [U(13, 23, 0), U(14, 8, 30)], to: 'HKG' }, { city: 'HKG', mode: 'trip', until: U(18, 13, 0) }, { flight: [U(18, 13, 0), U(18, 21, 30)], to: 'MEL' }, { city: 'MEL' }], 'MEL-HKG family office review');
  // 3. Sydney partner to London via Singapore (in London across the BST->GMT change on 25 Oct)
  trip(partner('SYD'), [{ city: 'SYD', until: U(17, 5, 0) }, { flight: [U(17, 5, 0), U(17, 13, 0)], to: 'SIN' }, { city: 'SIN', mode: 'trip', until: U(17, 15, 0) }, { flight: [U(17, 15, 0), U(18, 5, 0)], to: 'LON' }, { city: 'LON', mode: 'trip', until: U(24, 20, 0) }, { flight: [U(24, 20, 0), U(26, 0, 0)], to: 'SYD' }], 'SYD-LON UK tax treaty conference');
  // 4. Auckland partner to Sydney office for three days
  trip(partner('AKL'), [{ city: 'AKL', until: U(19, 18, 0) }, { flight: [U(19, 18, 0), U(19, 21, 45)], to: 'SYD' }, { city: 'SYD', mode: 'trip', until: U(22, 7, 30) }, { flight: [U(22, 7, 30), U(22, 10, 45)], to: 'AKL' }, { city: 'AKL' }], 'AKL-SYD partner week');
  // 5. Brisbane director to Perth (in-flight Wi-Fi on the domestic leg)
  trip(partner('BNE'), [{ city: 'BNE', until: U(14, 22, 0) }, { flight: [U(14, 22, 0), U(15, 2, 55)], to: 'PER', inflight: true }, { city: 'PER', mode: 'trip', until: U(16, 5, 0) }, { flight: [U(16, 5, 0), U(16, 9, 15)], to: 'BNE', inflight: true }, { city: 'BNE' }], 'BNE-PER mining client');
  // 6. Sydney partner to Auckland and Wellington
  trip(partner('SYD'), [{ city: 'SYD', until: U(20, 20, 0) }, { flight: [U(20, 20, 0), U(20, 23, 10)], to: 'AKL' }, { city: 'AKL', mode: 'trip', until: U(21, 19, 0) }, { flight: [U(21, 19, 0), U(21, 20, 5)], to: 'WLG' }, { city: 'WLG', mode: 'trip', until: U(23, 4, 0) }, { flight: [U(23, 4, 0), U(23, 7, 35)], to: 'SYD' }, { city: 'SYD' }], 'SYD-AKL-WLG trans-Tasman group');
  // 7. Perth partner to Singapore
  trip(partner('PER'), [{ city: 'PER', until: U(19, 1, 30) }, { flight: [U(19, 1, 30), U(19, 7, 0)], to: 'SIN' }, { city: 'SIN', mode: 'trip', until: U(21, 15, 50) }, { flight: [U(21, 15, 50), U(21, 21, 10)], to: 'PER' }, { city: 'PER' }], 'PER-SIN regional HQ');
  // 8. Melbourne senior manager day trip to Sydney (in-flight Wi-Fi)
  trip(pick((p) => p.office === 'MEL' && p.role === 'Senior Manager' && p.laptop.id), [{ city: 'MEL', until: U(19, 20, 0) }, { flight: [U(19, 20, 0), U(19, 21, 25)], to: 'SYD', inflight: true }, { city: 'SYD', mode: 'trip', until: U(20, 6, 30) }, { flight: [U(20, 6, 30), U(20, 8, 0)], to: 'MEL', inflight: true }, { city: 'MEL' }], 'MEL-SYD day trip');
  // 9. Sydney partner to Hong Kong then Singapore (weekend in Singapore)
  trip(partner('SYD'), [{ city: 'SYD', until: U(22, 0, 0) }, { flight: [U(22, 0, 0), U(22, 9, 30)], to: 'HKG' }, { city: 'HKG', mode: 'trip', until: U(24, 2, 0) }, { flight: [U(24, 2, 0), U(24, 6, 0)], to: 'SIN' }, { city: 'SIN', mode: 'trip' }], 'SYD-HKG-SIN Asia roadshow');

  // Holidays: phone only, local SIMs / hotel Wi-Fi / home-routed roaming
  const hol = (off, dest, from, to, flightH, roam = null) => {
    const p = pick((x) => x.office === off && x.phone);
    p.holiday = dest;
    const home = p.city;
    itinerary(p, [{ city: home, until: from }, { flight: [from, from + flightH * 3600e3], to: dest }, { city: dest, mode: 'holiday', roam, until: to }, { flight: [to, to + flightH * 3600e3], to: home }, { city: home }]);
    trips.push({ who: p.upnLog, label: `holiday ${PLACES[dest].city}` });
  };
  hol('SYD', 'DPS', U(11, 23, 0), U(20, 3, 0), 6.3);
  hol('MEL', 'TYO', U(13, 22, 0), U(24, 1, 0), 10.5);
  hol('BNE', 'NAN', U(16, 23, 0), U(24, 5, 0), 4.2);
  hol('AKL', 'SYD', U(15, 19, 0), U(21, 8, 0), 3.5, 'home');
  hol('SYD', 'LON', U(11, 10, 0), U(23, 10, 0), 23);
  hol('PER', 'SIN', U(20, 2, 0), U(23, 14, 0), 5.3);

  // Client-site field work (guest Wi-Fi of the client; many people on one address)
  const fieldwork = (off, site, days, n, dept = 'Audit & Assurance') => {
    const team = r.shuffle(T.staff.filter((p) => free(p) && p.office === off && (p.dept === dept || p.dept === 'Business Advisory') && p.laptop.id)).slice(0, n);
    for (const p of team) { p.clientDays = p.clientDays || new Map(); for (const d of days) p.clientDays.set(d, T.clientSites[site]); }
    return team.map((p) => p.upnLog);
  };
  const field = {
    pacificBrewing: fieldwork('BNE', 'pacificBrewing', ['2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16'], 9),
    westgate: fieldwork('MEL', 'westgate', ['2026-10-14', '2026-10-15', '2026-10-16', '2026-10-19'], 7),
    harbourside: fieldwork('SYD', 'harbourside', ['2026-10-19', '2026-10-20', '2026-10-21'], 6, 'Tax'),
    kauriTimber: fieldwork('AKL', 'kauriTimber', ['2026-10-20', '2026-10-21', '2026-10-22'], 5),
  };

  // Leave
  for (const p of T.staff) {
    if (!free(p) && !p.clientDays) continue;
    if (r.chance(0.06)) { p.leaveDays = new Set(); const s = r.int(12, 22); for (let d = s; d < s + r.int(1, 4); d++) p.leaveDays.add(`2026-10-${d}`); }
  }
  // New starters: most start Mon 19 Oct; a few a day or two late
  for (const p of T.newStarters) p.firstDay = p.victim ? p.firstDay : (r.chance(0.85) ? '2026-10-19' : r.pick(['2026-10-20', '2026-10-21']));

  const others = T.staff.filter((p) => free(p) && !p.clientDays && !p.leaveDays);
  const sh = r.shuffle(others);
  const expiry = sh.slice(0, 14);
  const lockout = sh.slice(14, 17);
  const phoneSwap = sh.slice(17, 21);
  const sspr = sh.slice(21, 27);
  return { trips, field, expiry, lockout, phoneSwap, sspr };
}
