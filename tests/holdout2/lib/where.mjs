// Where each person is, hour by hour: a day is a list of segments, each saying which
// network the laptop and the phone are on (null = not in use).
import { DAY, HOUR } from './rng.mjs';
import { OFFICES, VENDORS, VPN, NETS, CITIES, addr, blockAddr } from './places.mjs';
import { employed } from './habits.mjs';

export function officeAddr(rng, code) {
  const o = OFFICES[code];
  return blockAddr(rng, o.egress, o.egress.v4, o.city);
}
export function vendorAddr(rng, v) {
  const x = VENDORS[v];
  return blockAddr(rng, x.egress, x.egress.v4, x.city);
}
export function vpnAddr(rng, u) {
  const g = VPN[(OFFICES[u.office] || OFFICES.RTM).vpn];
  return blockAddr(rng, NETS[g.net], g.block, g.city);
}
export function homeAddr(rng, u, d) {
  const base = u.ipChangeDay != null && d >= u.ipChangeDay ? u.homeAlt : u.home;
  return u.homeV6 && rng.chance(0.4) ? u.homeV6 : base;
}
function mobileAddr(rng, u) {
  return addr(rng, u.mobileNet, { v6: rng.chance(0.3) });
}

export class World {
  constructor(root, start, days) {
    this.root = root;
    this.start = start;
    this.days = days;
    this.end = start + days * DAY;
    this.cache = new Map();
  }
  /** UTC ms of local hour h on day d for user u. */
  T(u, d, h) { return this.start + d * DAY + (h - u.tz) * HOUR; }
  dow(d) { return new Date(this.start + d * DAY).getUTCDay(); }

  segments(u, d) {
    const key = `${u.idx}:${d}`;
    let s = this.cache.get(key);
    if (!s) {
      const rng = this.root.fork(`seg:${key}`);
      s = normalDay(this, rng, u, d);
      if (u.trips) for (const tr of u.trips) s = withTrip(this, u, s, tr, d);
      s = s.filter((x) => x.t1 > x.t0 && x.t0 < this.end && x.t1 > this.start);
      this.cache.set(key, s);
    }
    return s;
  }

  /** The laptop's network at time t (for audit records an admin performs). */
  laptopAt(u, t) {
    const d = Math.floor((t - this.start) / DAY);
    let best = null, gap = Infinity;
    for (const dd of [d, d - 1, d + 1]) {
      if (dd < 0 || dd >= this.days) continue;
      for (const s of this.segments(u, dd)) {
        if (!s.lap) continue;
        const g = t < s.t0 ? s.t0 - t : t > s.t1 ? t - s.t1 : 0;
        if (g < gap) { gap = g; best = s.lap; }
      }
    }
    return best || u.home;
  }
}

function normalDay(w, rng, u, d) {
  const segs = [];
  const T = (h) => w.T(u, d, h);
  const S = (h0, h1, lap, phone, extra = {}) => segs.push({ t0: T(h0), t1: T(h1), lap, phone, ...extra });
  if (!employed(u, d)) return segs;
  const home = homeAddr(rng, u, d);
  const dow = w.dow(d);
  if (u.holiday && d >= u.holiday[0] && d <= u.holiday[1]) {
    if (u.phone) S(rng.float(8.5, 11), rng.float(19, 22.5), null, rng.chance(0.55) ? home : mobileAddr(rng, u), { mode: 'holiday' });
    return segs;
  }
  if (dow === 0 || dow === 6) {
    if (u.phone && rng.chance(0.85)) S(rng.float(9, 11), rng.float(20, 22.5), null, rng.chance(0.6) ? home : mobileAddr(rng, u), { mode: 'weekend' });
    if (u.laptop && rng.chance(0.07)) S(14, 15.3, home, null, { mode: 'weekend' });
    return segs;
  }
  const start = u.startHour + rng.normal(0, 0.3);
  const end = start + rng.float(8, 9.5);
  const eve = u.privacyVpn && rng.chance(0.7) ? addr(rng, 'datacamp', { city: 'london' }) : home;
  const wfh = u.role === 'contractor' ? !(dow <= u.officeDays) : rng.chance(u.wfh);
  S(start - 1.4, start - 0.5, null, home, { mode: 'morning' });
  if (wfh) {
    const vpn = u.usesVpn && rng.chance(0.65) ? vpnAddr(rng, u) : null;
    S(start, end, home, home, { vpn, mode: 'home' });
  } else {
    const work = u.role === 'contractor' ? vendorAddr(rng, u.vendor) : officeAddr(rng, u.office);
    S(start - 0.5, start, null, mobileAddr(rng, u), { mode: 'commute' });
    S(start, end, work, rng.chance(0.6) ? work : mobileAddr(rng, u), { mode: 'office' });
    S(end, end + 0.6, null, mobileAddr(rng, u), { mode: 'commute' });
  }
  S(end + 0.7, 22.5, rng.chance(0.18) ? home : null, eve, { mode: 'evening' });
  return segs;
}

/** Trip segments, built once per trip. */
function tripSegs(w, u, tr) {
  if (tr.segs) return tr.segs;
  const rng = w.root.fork(`trip:${u.idx}:${tr.depart}`);
  const dn = tr.destNet;
  tr.hotel = addr(rng, dn.hotel, { city: tr.dest });
  const roam = () => (tr.roaming === 'local' ? addr(rng, dn.mobile, { city: tr.dest }) : addr(rng, u.mobileNet));
  const segs = [];
  const P = (t0, t1, lap, phone, mode) => segs.push({ t0, t1, lap, phone, mode, trip: tr });
  P(tr.depart - 2.5 * HOUR, tr.depart - 0.4 * HOUR, null, addr(rng, u.mobileNet), 'airport');
  const arrivePhone = roam();
  P(tr.arrive + 0.3 * HOUR, tr.arrive + 1.5 * HOUR, null, arrivePhone, 'arrival');
  const tz = CITIES[tr.dest].tz;
  const lo = tr.arrive + 1.5 * HOUR, hi = tr.returnDepart - 2.6 * HOUR;
  const day0 = Math.floor((tr.arrive + tz * HOUR) / DAY) * DAY - tz * HOUR; // local midnight at destination
  for (let m = day0; m < hi; m += DAY) {
    const dow = new Date(m + tz * HOUR).getUTCDay();
    const work = tr.destOffice ? officeAddr(rng, tr.destOffice) : rng.chance(0.5) ? tr.hotel : roam();
    const wins = [[7, 8.4, tr.hotel, tr.hotel], [18.5, 23, tr.hotel, tr.hotel]];
    if (dow !== 0 && dow !== 6) wins.push([9, 17.5, work, roam()]);
    else wins.push([11, 16, null, roam()]);
    for (const [h0, h1, lap, phone] of wins) {
      const a = Math.max(lo, m + h0 * HOUR), b = Math.min(hi, m + h1 * HOUR);
      if (b > a) P(a, b, lap, phone, 'trip');
    }
  }
  P(tr.returnDepart - 2.5 * HOUR, tr.returnDepart - 0.4 * HOUR, null, roam(), 'airport');
  P(tr.returnArrive + 0.3 * HOUR, tr.returnArrive + 1.2 * HOUR, null, addr(rng, u.mobileNet), 'arrival');
  segs.sort((a, b) => a.t0 - b.t0);
  tr.segs = segs;
  return segs;
}

function withTrip(w, u, segs, tr, d) {
  const dayA = w.start + d * DAY - 12 * HOUR, dayB = w.start + (d + 1) * DAY + 12 * HOUR;
  const away0 = tr.depart - 2.5 * HOUR, away1 = tr.returnArrive + 0.3 * HOUR;
  if (away1 < dayA || away0 > dayB) return segs;
  const out = [];
  for (const s of segs) {
    if (s.t1 <= away0 || s.t0 >= away1) out.push(s);
    else {
      if (s.t0 < away0) out.push({ ...s, t1: away0 });
      if (s.t1 > away1) out.push({ ...s, t0: away1 });
    }
  }
  // Trip segments belong to the day (UTC-based day window of the home zone) they start in.
  const d0 = w.start + d * DAY - u.tz * HOUR, d1 = d0 + DAY;
  for (const s of tripSegs(w, u, tr)) if (s.t0 >= d0 && s.t0 < d1) out.push(s);
  return out.sort((a, b) => a.t0 - b.t0);
}
