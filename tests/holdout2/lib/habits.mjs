// Habits that span days: business trips, holidays, joiners and leavers, shared devices,
// developers' tools, and the few odd-but-legitimate set-ups a real tenant has.
import { DAY, HOUR } from './rng.mjs';
import { CITIES, OFFICES, VENDORS, DESTINATIONS, addr, flightHours } from './places.mjs';

const OFFICE_CITY = Object.fromEntries(Object.values(OFFICES).map((o) => [o.city, o.code]));

function originOf(u) {
  if (u.role === 'contractor') return VENDORS[u.vendor].city;
  return OFFICES[u.office].city;
}

function planTrip(rng, u, start, days, fromDay) {
  const origin = originOf(u);
  const dests = [[5, 'rotterdam'], [2, 'hamburg'], [2, 'manchester'], [4, 'houston'], [3, 'singapore'], [2, 'newyork'], [1.5, 'dubai'], [1, 'tokyo'], [1, 'saopaulo'], [1, 'krakow']]
    .filter(([, c]) => c !== origin);
  const dest = u.role === 'contractor' ? 'rotterdam' : rng.weighted(dests);
  const d0 = rng.int(fromDay, Math.max(fromDay, days - 9));
  const stay = rng.int(3, 7);
  const o = CITIES[origin], t = CITIES[dest];
  const fh = flightHours(origin, dest);
  const out = start + d0 * DAY + (rng.float(7, 20.5) - o.tz) * HOUR;
  const back = start + (d0 + stay) * DAY + (rng.float(8, 21.5) - t.tz) * HOUR;
  return {
    origin, dest, destOffice: OFFICE_CITY[dest] || null, depart: out, arrive: out + fh * HOUR,
    returnDepart: back, returnArrive: back + fh * HOUR, firstDay: d0, lastDay: d0 + stay + Math.ceil(fh / 24),
    roaming: rng.chance(0.7) ? 'local' : 'home', destNet: DESTINATIONS[dest],
  };
}

/** Adds trips, holidays, joiners/leavers and special set-ups to the population. */
export function planHabits(rng, users, start, days) {
  const people = users.filter((u) => u.role !== 'service' && u.role !== 'guest');
  // Business travel (needs a period long enough for a trip).
  if (days >= 10) {
    for (const u of people) {
      if (u.role === 'callcentre' || u.role === 'frontline') continue;
      const p = { exec: 0.6, staff: ['Sales', 'Operations', 'Customs'].includes(u.dept) ? 0.07 : 0.02, developer: 0.03, helpdesk: 0.02, identity: 0.05, assistant: 0.02, contractor: 0.03 }[u.role] || 0;
      if (rng.chance(p)) u.trips = [planTrip(rng, u, start, days, 1)];
    }
  }
  // Summer holidays (phone only, from home).
  for (const u of people) {
    if (u.trips || u.role === 'contractor') continue;
    const eu = ['RTM', 'HAM', 'MAN'].includes(u.office);
    if (rng.chance(eu ? 0.18 : 0.06)) {
      const d0 = rng.int(0, Math.max(0, days - 5));
      u.holiday = [d0, d0 + rng.int(4, 9)];
    }
  }
  // Joiners and leavers.
  const staff = people.filter((u) => u.role === 'staff' && !u.trips && !u.holiday);
  const movers = rng.sample(staff, Math.max(2, Math.round(staff.length * 0.02)));
  const half = Math.ceil(movers.length * 0.65);
  movers.slice(0, half).forEach((u) => { u.joinDay = rng.int(1, Math.max(1, days - 3)); });
  movers.slice(half).forEach((u) => { u.leaveDay = rng.int(2, Math.max(2, days - 2)); });

  // Phones: a long-lived app session, re-established every week or two.
  for (const u of people) {
    if (!u.phone) continue;
    u.phoneSince = start - rng.int(1, 12) * DAY;
    u.phoneReauth = [];
    for (let d = rng.int(0, 10); d < days; d += rng.int(8, 14)) u.phoneReauth.push(d);
  }

  // Developers: device-code logins, a personal Azure dev VM for some.
  const regionAzure = { RTM: 'azure_weu', HAM: 'azure_weu', MAN: 'azure_weu', HOU: 'azure_scus', SIN: 'azure_sea' };
  for (const u of people.filter((x) => x.role === 'developer')) {
    u.deviceCode = rng.chance(0.45);
    if (rng.chance(0.3)) u.devVm = addr(rng, regionAzure[u.office]);
    u.tools = rng.sample(['azureCli', 'azurePs', 'vscode', 'graphExplorer', 'graphCli'], rng.int(2, 4));
    if (!u.tools.includes('azureCli')) u.tools.push('azureCli');
  }
  // Odd but legitimate.
  const sales = people.filter((u) => u.role === 'staff' && u.dept === 'Sales');
  for (const u of rng.sample(sales, 8)) u.calendly = true;
  const houOps = people.filter((u) => u.role === 'staff' && u.office === 'HOU' && ['Operations', 'Logistics Planning'].includes(u.dept) && !u.joinDay && !u.leaveDay);
  for (const u of rng.sample(houOps.length ? houOps : staff, 3)) u.legacyImap = true;
  for (const u of rng.sample(people.filter((x) => x.role === 'staff' && x.phone), Math.max(2, Math.round(people.length * 0.004)))) u.privacyVpn = true;
  for (const u of people) {
    if (['staff', 'contractor', 'callcentre'].includes(u.role) && !u.joinDay && !u.leaveDay && rng.chance(0.015)) u.expiresDay = rng.int(0, days - 1);
  }
  // Shared devices and shift patterns.
  const kiosks = Array.from({ length: 40 }, (_, i) => ({ id: rng.guid(), name: `KF-MAN-CC-K${String(i + 1).padStart(3, '0')}`, os: 'Windows10', browser: 'Edge 128.0.0', compliant: true, managed: true, trust: 'Azure AD joined', shared: true }));
  const tablets = { RTM: [], HOU: [] };
  for (const o of ['RTM', 'HOU']) {
    for (let i = 0; i < (o === 'RTM' ? 24 : 18); i++) tablets[o].push({ id: rng.guid(), name: `KF-${o}-WH-T${String(i + 1).padStart(3, '0')}`, os: 'Android 14', browser: 'Rich Client 4.58.0', compliant: true, managed: true, trust: 'Azure AD registered', shared: true });
  }
  for (const u of people) {
    if (u.role === 'callcentre') {
      u.shift = rng.chance(0.5) ? 7 : 15;
      u.offDow = rng.int(0, 6);
      u.failProne = rng.float(0.02, 0.09);
    }
    if (u.role === 'frontline') {
      u.shift = rng.chance(0.55) ? 6 : 14;
      u.saturday = rng.chance(0.3);
      u.failProne = rng.float(0.01, 0.06);
    }
  }
  return { kiosks, tablets };
}

/** True when `u` is employed on day `d`. */
export function employed(u, d) {
  if (u.joinDay != null && d < u.joinDay) return false;
  if (u.leaveDay != null && d > u.leaveDay) return false;
  return true;
}
