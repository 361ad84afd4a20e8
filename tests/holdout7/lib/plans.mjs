// Where everyone is on each of the 14 days, and which network a device reaches Entra ID from.
import { CITIES, MOBILE } from './places.mjs';
import { Pool } from './net.mjs';
import { NOMAD_BASES } from './people.mjs';

export const DAYS = 14;
const WARP_POP = { US: 'ash', CA: 'ash', MX: 'ash', BR: 'sao', AR: 'sao', CO: 'sao', GB: 'lon', IE: 'lon', IN: 'sin', PH: 'sin', SG: 'sin', JP: 'sin', AU: 'syd', NZ: 'syd' };
const WEST = new Set(['sea', 'sfo', 'den', 'van', 'lax']);

export function makePlans(rng, reg, users, T) {
  const pools = { hotel: new Pool(reg, rng, 'hotel', 4), airport: new Pool(reg, rng, 'airport', 3), warp: new Pool(reg, rng, 'warp', 2), cowork: new Pool(reg, rng, 'cowork', 3) };
  const offsiteIps = [reg.custom('Corinthia Lisboa conference network (NOS)', 2860, ['94.63'], 'lis', 'benign'), reg.custom('Corinthia Lisboa conference network (NOS)', 2860, ['94.63'], 'lis', 'benign')];
  const P = { pools, offsiteIps, mobiles: new Map(), vpn: new Map(), nomadNet: new Map() };
  const offsite = rng.sample(users.filter((u) => u.role === 'eng' && !u.special && u.cc !== 'PT'), 30);
  for (const u of users) {
    const days = Array.from({ length: DAYS + 1 }, () => ({ city: u.city, kind: 'home' }));
    const set = (d, v) => { if (d >= 0 && d <= DAYS) days[d] = { ...days[d], ...v }; };
    if (u.special === 'nomad') {
      const b0 = rng.pick(NOMAD_BASES), b1 = rng.pick(NOMAD_BASES.filter((b) => b !== b0)), move = rng.chance(0.5) ? rng.int(3, 11) : 99;
      for (let d = 0; d <= DAYS; d++) set(d, { city: d < move ? b0 : b1, kind: 'nomad', travel: d === move ? 'move' : null, from: b0 });
      u.nomad = { b0, b1, move };
    } else if (u.role === 'consult' && rng.chance(0.6)) {
      const c = rng.chance(0.5) ? rng.pick(T.customers.filter((x) => CITIES[x.hq].cc === u.cc)) || rng.pick(T.customers) : rng.pick(T.customers);
      const weeks = rng.pick([[0], [1], [0, 1]]);
      for (const w of weeks) for (let d = w * 7; d < w * 7 + 4; d++) set(d, { city: c.hq, kind: 'site', customer: c, travel: c.hq === u.city ? null : d === w * 7 ? 'out' : d === w * 7 + 3 ? 'back' : null });
    } else if ((u.role === 'sales' && rng.chance(0.4)) || (u.role === 'exec' && rng.chance(0.5))) {
      const dest = rng.chance(0.6) ? rng.pick(T.customers).hq : rng.pick(['lon', 'nyc', 'sfo', 'sin', 'ams', 'par', 'tor', 'sao']);
      const d0 = rng.int(0, 10), n = rng.int(2, 3);
      if (dest !== u.city) for (let d = d0; d < d0 + n; d++) set(d, { city: dest, kind: 'trip', travel: d === d0 ? 'out' : d === d0 + n - 1 ? 'back' : null });
    } else if (offsite.includes(u)) {
      for (let d = 8; d <= 10; d++) set(d, { city: 'lis', kind: 'offsite', travel: d === 8 ? 'out' : d === 10 ? 'back' : null });
    } else if (rng.chance(0.03) && !u.special) {
      const dest = rng.pick(['bcn', 'par', 'lon', 'nyc', 'mex', 'bkk', 'ath', 'spu', 'tyo', 'syd']);
      const sat = rng.pick([5, 12]);
      if (CITIES[dest].cc !== u.cc) for (const d of [sat - 1, sat, sat + 1]) set(d, { city: dest, kind: 'holiday' });
    }
    u.days = days;
  }
  return P;
}

function mobileIp(P, reg, rng, u, cc) {
  const key = `${u.id}:${cc}`;
  let xs = P.mobiles.get(key);
  if (!xs) { xs = []; P.mobiles.set(key, xs); }
  if (xs.length < 4 && (xs.length === 0 || rng.chance(0.3))) xs.push(reg.mobile(MOBILE[cc] ? cc : u.cc, rng));
  return rng.pick(xs);
}
function nomadIp(P, reg, rng, u, city) {
  const key = `${u.id}:${city}`;
  if (!P.nomadNet.has(key)) P.nomadNet.set(key, reg.home(CITIES[city].cc, city, rng).ip);
  return P.nomadNet.get(key);
}

/** Address for `u` on day d at local hour h, device 'laptop' | 'phone'. */
export function where(P, reg, rng, u, d, h, dev) {
  const p = u.days[Math.max(0, Math.min(DAYS, d))];
  const homeIp = d >= u.ipChangeDay ? u.homeIp2 : u.homeIp;
  const city = p.city, cc = CITIES[city].cc;
  if (p.travel && p.travel !== 'move' && (h < 10 || h > 18) && rng.chance(0.5)) return P.pools.airport.get(p.travel === 'out' && h < 12 ? u.city : city);
  switch (p.kind) {
    case 'nomad':
      if (dev === 'phone') return MOBILE[cc] && rng.chance(0.4) ? mobileIp(P, reg, rng, u, cc) : nomadIp(P, reg, rng, u, city);
      return (d * 7 + u.idx) % 3 === 0 ? P.pools.cowork.get(city) : nomadIp(P, reg, rng, u, city);
    case 'site':
      if (h >= 9 && h < 17.5 && rng.chance(0.85)) return rng.pick(p.customer.ips);
      if (city === u.city) return homeIp;
      return dev === 'phone' && rng.chance(0.5) ? mobileIp(P, reg, rng, u, u.cc) : P.pools.hotel.get(city);
    case 'trip': case 'holiday':
      return dev === 'phone' && rng.chance(0.55) ? mobileIp(P, reg, rng, u, u.cc) : P.pools.hotel.get(city);
    case 'offsite':
      if (h >= 9 && h < 18) return rng.pick(P.offsiteIps);
      return dev === 'phone' && rng.chance(0.5) ? mobileIp(P, reg, rng, u, u.cc) : P.pools.hotel.get('lis');
    default:
      if (dev === 'phone') return (h >= 7 && h < 22 && rng.chance(0.6)) ? homeIp : mobileIp(P, reg, rng, u, u.cc);
      if (u.pvpn && rng.chance(0.3)) { if (!P.vpn.has(u.id)) P.vpn.set(u.id, reg.shared(u.pvpn, rng.pick(['ams', 'zrh', 'fra', 'lon']))); return P.vpn.get(u.id); }
      if (u.warp && rng.chance(0.55)) return P.pools.warp.get(WARP_POP[u.cc] === 'ash' && WEST.has(u.city) ? 'sfo' : WARP_POP[u.cc] || (u.cc === 'GB' ? 'lon' : 'fra'));
      return homeIp;
  }
}

export const WARP_NAMED = 'Cloudflare WARP egress';
export function namedFor(reg, ip) { return reg.info(ip).net.startsWith('Cloudflare, Inc. (WARP') ? WARP_NAMED : null; }
