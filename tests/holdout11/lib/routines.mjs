// Daily working life: timelines (where each person is, when) and the devices' sign-ins.
import { START, DAYS, HOUR, MIN, DAY } from './world.mjs';
import { BASES } from './tenant.mjs';
import { poisson, localHour } from './kit.mjs';

const HOTEL = { OSL: 'hotel-gen', LHR: 'bt-hounslow', AMS: 'kpn-ams', CPH: 'tdc-cph', ALC: 'telefonica-alc', LPA: 'telefonica-lpa', TOS: 'scandic-tos', ARN: 'telia-se-fix' };
const TZ = { LHR: 0, LPA: 0 }; // others +1 in February
const ROUTES = {
  OSL: [['LHR', 125, 1], ['CPH', 70, 1], ['ARN', 60, 1], ['BGO', 50, 0], ['TRD', 55, 0], ['TOS', 110, 0], ['ALC', 230, 1], ['LPA', 290, 1], ['AMS', 110, 1]],
  BGO: [['AMS', 95, 1], ['OSL', 50, 0], ['TRD', 60, 0], ['CPH', 85, 1]],
  TRD: [['CPH', 80, 1], ['OSL', 55, 0], ['TOS', 100, 0]],
  TOS: [['OSL', 110, 0], ['ALC', 285, 1], ['LPA', 330, 1], ['TRD', 100, 0]],
  ARN: [['OSL', 60, 1], ['CPH', 70, 1], ['LHR', 150, 1]],
};
const FOREIGN = new Set(['LHR', 'AMS', 'CPH', 'ALC', 'LPA']);
const SITE_OF = { OSL: 'corp-osl-apt', BGO: 'corp-bgo', TRD: 'corp-trd', TOS: 'corp-tos', ARN: 'corp-arn' };
const dayStart = (d) => START + d * DAY;
const atLocal = (d, h, off = 1) => dayStart(d) + (h - off) * HOUR; // local hour h on day d
const VINTERFERIE = [7, 8, 9, 10, 11]; // Mon 16 - Fri 20 Feb

/** segment: {a, b, kind: home|work|hotel|out|flight|away, net, site, off, dest} */
function seg(a, b, kind, extra = {}) { return { a, b, kind, ...extra }; }

export function crewTimeline(rng, p) {
  const segs = [], duties = [];
  const homeNet = p.household.net, base = p.base;
  let t = START - DAY;
  let d = -1;
  let cursor = START - DAY; // where the home segment resumes
  const routes = ROUTES[base];
  let state = rng.int(0, 6);
  while (d < DAYS + 1) {
    const off = rng.int(2, 4), on = rng.int(3, 5);
    if (state > 0) { d += Math.min(state, off); state = 0; continue; }
    let k = 0;
    while (k < on && d < DAYS + 1) {
      const intlProb = base === 'TOS' || base === 'OSL' ? 0.35 : 0.25;
      if (rng.chance(intlProb) && on - k >= 2) {
        const intl = routes.filter((r) => r[2] === 1);
        const [dest, block] = rng.pick(intl.length ? intl : routes);
        const nights = Math.min(rng.int(1, 3), on - k - 1);
        let dep = atLocal(d, rng.real(6.5, 15));
        if (dep < cursor + 11 * HOUR) dep = cursor + 11 * HOUR + rng.int(0, 90) * MIN; // minimum rest
        const report = dep - 60 * MIN;
        const arr = dep + block * MIN;
        segs.push(seg(cursor, report - 40 * MIN, 'home', { net: homeNet }));
        segs.push(seg(report, dep - 10 * MIN, 'work', { net: SITE_OF[base], duty: true, report: true }));
        segs.push(seg(dep, arr, 'flight'));
        const hotelArr = arr + rng.int(50, 90) * MIN;
        segs.push(seg(arr, arr + 35 * MIN, 'out', { dest, foreign: FOREIGN.has(dest), site: SITE_OF[dest] }));
        let retDep = atLocal(d + nights, rng.real(8, 17), TZ[dest] ?? 1);
        if (retDep < hotelArr + 11 * HOUR) retDep = hotelArr + 11 * HOUR + rng.int(0, 60) * MIN;
        segs.push(seg(hotelArr, retDep - 90 * MIN, 'hotel', { net: HOTEL[dest], dest, foreign: FOREIGN.has(dest), off: TZ[dest] ?? 1 }));
        segs.push(seg(retDep - 70 * MIN, retDep - 10 * MIN, 'out', { dest, foreign: FOREIGN.has(dest), site: SITE_OF[dest] }));
        const back = retDep + block * MIN;
        segs.push(seg(retDep, back, 'flight'));
        segs.push(seg(back + 5 * MIN, back + 40 * MIN, 'work', { net: SITE_OF[base], duty: true }));
        duties.push({ d, dest, nights, dep, back });
        cursor = back + 80 * MIN;
        d += nights + 1; k += nights + 1;
      } else {
        let dep = atLocal(d, rng.real(6, 16.5));
        if (dep < cursor + 11 * HOUR) dep = cursor + 11 * HOUR + rng.int(0, 90) * MIN; // minimum rest
        const report = dep - 60 * MIN;
        segs.push(seg(cursor, report - 40 * MIN, 'home', { net: homeNet }));
        segs.push(seg(report, dep - 10 * MIN, 'work', { net: SITE_OF[base], duty: true, report: true }));
        let tt = dep;
        const turns = routes.filter((r) => r[1] <= 150);
        const first = rng.pick(turns);
        const sectors = first[1] <= 70 && rng.chance(0.5) ? 2 : 1;
        for (let s = 0; s < sectors; s++) {
          const [dest, block] = s === 0 ? first : rng.pick(turns.filter((r) => r[1] <= 70));
          segs.push(seg(tt, tt + block * MIN, 'flight'));
          segs.push(seg(tt + block * MIN, tt + (block + 40) * MIN, 'out', { dest, foreign: FOREIGN.has(dest), site: SITE_OF[dest] }));
          tt += (block + 45) * MIN;
          segs.push(seg(tt, tt + block * MIN, 'flight'));
          tt += block * MIN;
          if (s + 1 < sectors) { segs.push(seg(tt, tt + 35 * MIN, 'work', { net: SITE_OF[base], duty: true })); tt += 45 * MIN; }
        }
        segs.push(seg(tt + 5 * MIN, tt + 40 * MIN, 'work', { net: SITE_OF[base], duty: true }));
        duties.push({ d, dest: null, nights: 0, dep, back: tt });
        cursor = tt + 80 * MIN;
        d += 1; k += 1;
      }
    }
    state = off;
  }
  segs.push(seg(cursor, START + (DAYS + 2) * DAY, 'home', { net: homeNet }));
  return { segs: segs.filter((s) => s.b > s.a), duties };
}

/** office-type timeline: workdays at a site or at home; weekends home; vinterferie; holiday abroad */
export function officeTimeline(rng, p, site) {
  const segs = [];
  const homeNet = p.household.net;
  let cursor = START - DAY;
  const ferie = p.ferie; // 'hytte' | 'home' | 'phuket' | null
  for (let d = 0; d < DAYS; d++) {
    const dow = (d % 7); // 0 = Monday
    if (ferie === 'phuket' && d >= 5 && d <= 13) {
      if (d === 5) { segs.push(seg(cursor, atLocal(5, 9), 'home', { net: homeNet })); segs.push(seg(atLocal(5, 10), atLocal(6, 10, 7), 'flight')); cursor = atLocal(6, 11, 7); }
      if (d === 13) { segs.push(seg(cursor, atLocal(13, 8, 7), 'hotel', { net: 'true-hkt', foreign: true, off: 7 })); segs.push(seg(atLocal(13, 9, 7), atLocal(13, 19), 'flight')); cursor = atLocal(13, 20); }
      continue;
    }
    if (ferie === 'hytte' && d >= 5 && d <= 13) {
      if (d === 5) { segs.push(seg(cursor, atLocal(5, 10), 'home', { net: homeNet })); cursor = atLocal(5, 13); }
      if (d === 13) { segs.push(seg(cursor, atLocal(13, 13), 'away', { net: 'telenor-mob-hafjell' })); cursor = atLocal(13, 17); }
      continue;
    }
    if (dow >= 5 || (ferie === 'home' && VINTERFERIE.includes(d))) continue;
    if (rng.chance(0.03)) continue; // sick day or time off
    const wfh = rng.chance(p.wfh || 0);
    const a = atLocal(d, rng.real(7, 9.2)), b = a + rng.real(7.3, 9) * HOUR;
    if (wfh) {
      segs.push(seg(cursor, a, 'home', { net: homeNet, woke: true }));
      segs.push(seg(a, b, 'work', { net: homeNet, wfh: true }));
      cursor = b;
    } else {
      segs.push(seg(cursor, a - 40 * MIN, 'home', { net: homeNet }));
      segs.push(seg(a, b, 'work', { net: site }));
      cursor = b + 40 * MIN;
    }
  }
  segs.push(seg(cursor, START + (DAYS + 2) * DAY, 'home', { net: homeNet }));
  return { segs: segs.filter((s) => s.b > s.a) };
}

/** shift timeline: ground / maintenance / OCC; shifts given as [startLocalHour, hours] */
export function shiftTimeline(rng, p, site, shifts, onOff) {
  const segs = [];
  const homeNet = p.household.net;
  let cursor = START - DAY;
  const [on, off] = onOff;
  let phase = rng.int(0, on + off - 1);
  let shift = rng.pick(shifts);
  for (let d = -1; d < DAYS; d++) {
    const cyc = (d + 1 + phase) % (on + off);
    if (cyc === 0) shift = rng.pick(shifts);
    if (cyc >= on) continue;
    if (rng.chance(0.03)) continue;
    const a = atLocal(d, shift[0]) - rng.int(3, 25) * MIN, b = atLocal(d, shift[0]) + shift[1] * HOUR + rng.int(0, 30) * MIN;
    if (b <= START) continue;
    segs.push(seg(cursor, a - 35 * MIN, 'home', { net: homeNet }));
    segs.push(seg(a, b, 'work', { net: site, shift: shift[0], night: shift[0] >= 19 || shift[0] < 5 }));
    cursor = b + 35 * MIN;
  }
  segs.push(seg(cursor, START + (DAYS + 2) * DAY, 'home', { net: homeNet }));
  return { segs: segs.filter((s) => s.b > s.a) };
}

export function whereAt(p, t) {
  for (const s of p.tl.segs) if (t >= s.a && t < s.b) return s;
  return null;
}
export { atLocal, SITE_OF, FOREIGN, VINTERFERIE };

// ---------------------------------------------------------------- device activity
const inRange = (t) => t >= START && t < START + DAYS * DAY;

/** The phone: mail and chat in the background wherever the person is (not in the air, not asleep). */
export function phoneActivity(ctx, p, rate = 0.42) {
  const { rng } = ctx;
  const ua = p.phoneUa === 'iphone' ? 'iphoneOutlook' : 'androidOutlook';
  const session = rng.guid();
  p.phoneSession = session;
  for (const s of p.tl.segs) {
    if (s.kind === 'flight') continue;
    const off = s.off ?? 1;
    const r = s.kind === 'work' && (p.role === 'ground' || p.role === 'tech') ? rate * 0.5 : rate;
    poisson(rng, Math.max(s.a, START), Math.min(s.b, START + DAYS * DAY), r, (t) => {
      const h = localHour(t, off);
      if ((h < 6.3 || h > 23.3) && !(s.kind === 'work' && s.night) && !s.duty) return;
      let ip;
      if (s.kind === 'home' && rng.chance(0.75)) ip = s.net ? p.household.ip : null;
      else if (s.kind === 'hotel' && rng.chance(0.45)) ip = hotelIp(ctx, p, s);
      else if (s.kind === 'away') ip = ctx.mobileIp(p.phone, s.net, t);
      if (!ip) ip = ctx.mobileIp(p.phone, p.mobile || 'telenor-mob', t); // abroad: home-routed roaming egress in Norway
      const app = rng.chance(0.55) ? 'outlookMobile' : 'teams';
      ctx.emit(p, { t, ni: true, app, res: app === 'teams' ? (rng.chance(0.5) ? 'teams' : 'spo') : 'exo', ip, ua: app === 'teams' ? (p.phoneUa === 'iphone' ? 'iphoneApp' : 'androidChrome') : ua, device: p.phone, session, mfa: true, scope: '' });
      if (s.foreign && rng.chance(0.02)) {
        // abroad, a refresh goes stale on a flaky roaming connection: the app fails, retries, then asks the user
        ctx.emit(p, { t: t + rng.int(5, 40) * 1000, ni: true, app, res: 'exo', ip, ua, device: p.phone, session, err: 70044 });
        ctx.emit(p, { t: t + rng.int(50, 120) * 1000, ni: true, app, res: 'exo', ip, ua, device: p.phone, session, err: 70044 });
        ctx.emit(p, { t: t + rng.int(150, 900) * 1000, app, res: 'exo', ip, ua, device: p.phone, session, auth: 'sso-mfa' });
      }
      if (rng.chance(s.foreign ? 0.05 : 0.012)) {
        // the app asks again: token revoked by sign-in frequency or the user re-opens the app after days;
        // abroad, Identity Protection sometimes scores the new place as unfamiliar (the MFA prompt clears it)
        const risky = s.foreign && rng.chance(0.3);
        ctx.emit(p, { t: t + rng.int(20, 90) * 1000, app, res: 'exo', ip, ua, device: p.phone, session, auth: risky ? 'password+mfa' : 'sso-mfa', risky,
          risk: risky ? { level: rng.chance(0.7) ? 'medium' : 'low', types: ['unfamiliarFeatures'], state: 'remediated', detail: 'userPassedMFADrivenByRiskBasedPolicy' } : undefined });
      }
    });
  }
}

const CREW_HOTELS = new Set(['hotel-gen', 'bt-hounslow', 'kpn-ams', 'tdc-cph', 'telefonica-alc', 'telefonica-lpa', 'scandic-tos', 'telia-se-fix']);
/** a hotel's guest Wi-Fi: the airline's crew hotels have one or two egress addresses shared by every guest;
 *  a holiday hotel is a place of its own for each stay */
export function hotelIp(ctx, p, s) {
  if (CREW_HOTELS.has(s.net)) {
    let h = 0; for (let i = 0; i < p.id.length; i++) h = (h * 31 + p.id.charCodeAt(i)) >>> 0;
    return ctx.site(s.net, h % 2);
  }
  if (!s._ip) s._ip = new Map();
  if (!s._ip.has(p.id)) s._ip.set(p.id, ctx.reg.alloc(s.net, 'honest', 'hotel'));
  return s._ip.get(p.id);
}

/** crew tablet / EFB: sign-in at report, document sync, briefing refresh at the outstation, evenings at the hotel */
export function padActivity(ctx, p) {
  const { rng } = ctx;
  const dev = p.pad;
  if (!dev) return;
  const session = rng.guid();
  const siteIp = (key) => ctx.site(key);
  for (const s of p.tl.segs) {
    if (!inRange(s.a) && !inRange(s.b)) continue;
    const t0 = Math.max(s.a, START), t1 = Math.min(s.b, START + DAYS * DAY);
    if (t1 <= t0) continue;
    if (s.kind === 'work' && s.duty && !s.report) {
      if (rng.chance(0.5)) ctx.emit(p, { t: t0 + rng.int(1, 20) * MIN, ni: true, app: 'crewApp', res: 'graph', ip: rng.chance(0.8) ? siteIp(s.net) : ctx.mobileIp(dev, p.mobile, t0), ua: 'ipadBroker', device: dev, session, mfa: true, pad: true });
    } else if (s.kind === 'work' && s.duty) {
      const ip = rng.chance(0.8) ? siteIp(s.net) : ctx.mobileIp(dev, p.mobile, t0);
      const t = t0 + rng.int(2, 12) * MIN;
      if (rng.chance(0.08)) {
        // the cached token is too old: the tablet asks for MFA and the push arrives late
        ctx.emit(p, { t: t - 40000, app: 'crewApp', res: 'graph', ip, ua: 'ipadBroker', device: dev, session, auth: 'password+mfa', err: 50074, pad: true });
        ctx.emit(p, { t, app: 'crewApp', res: 'graph', ip, ua: 'ipadBroker', device: dev, session, auth: 'password+mfa', pad: true });
      } else if (rng.chance(0.5)) {
        ctx.emit(p, { t, app: 'crewApp', res: 'graph', ip, ua: 'ipadBroker', device: dev, session, auth: 'sso-mfa', pad: true });
      } else ctx.emit(p, { t, ni: true, app: 'crewApp', res: 'graph', ip, ua: 'ipadBroker', device: dev, session, mfa: true, pad: true });
      const n = rng.int(1, 2);
      for (let i = 0; i < n; i++) ctx.emit(p, { t: t + rng.int(1, 40) * MIN, ni: true, app: 'efb', res: 'spo', ip, ua: 'ipadApp', device: dev, session, mfa: true, pad: true });
    } else if (s.kind === 'out') {
      // outstation: abroad the tablet's SIM roams and its data is home-routed (egress in Norway);
      // at a Norwegian base it joins the crew-room Wi-Fi
      const ip = !s.foreign && s.site && rng.chance(0.6) ? siteIp(s.site) : ctx.mobileIp(dev, p.mobile || 'telenor-mob', t0);
      poisson(rng, t0, t1, 0.9, (t) => ctx.emit(p, { t, ni: true, app: rng.chance(0.6) ? 'crewApp' : 'efb', res: 'graph', ip, ua: 'ipadBroker', device: dev, session, mfa: true, pad: true }));
    } else if (s.kind === 'hotel') {
      const off = s.off ?? 1;
      poisson(rng, t0, t1, 0.2, (t) => {
        const h = localHour(t, off); if (h < 7 || h > 23) return;
        const ip = rng.chance(0.7) ? hotelIp(ctx, p, s) : ctx.mobileIp(dev, p.mobile || 'telenor-mob', t);
        const app = rng.pick(['crewApp', 'crewApp', 'efb', 'teams']);
        ctx.emit(p, { t, ni: true, app, res: app === 'teams' ? 'teams' : 'graph', ip, ua: 'ipadBroker', device: dev, session, mfa: true, pad: true });
      });
    } else if (s.kind === 'home') {
      poisson(rng, t0, t1, 0.06, (t) => {
        const h = localHour(t, 1); if (h < 8 || h > 22) return;
        ctx.emit(p, { t, ni: true, app: 'crewApp', res: 'graph', ip: p.household.ip, ua: 'ipadBroker', device: dev, session, mfa: true, pad: true });
      });
    }
  }
}

/** a managed laptop: Windows sign-in (PRT) at the start of a work segment, then Office refreshes */
export function laptopActivity(ctx, p, opts = {}) {
  const { rng } = ctx;
  const dev = p.laptop;
  if (!dev) return;
  const mac = dev.kind === 'mac';
  const session = rng.guid();
  for (const s of p.tl.segs) {
    if (s.kind !== 'work' && !(s.kind === 'home' && opts.evenings && rng.chance(0.1))) continue;
    const t0 = Math.max(s.a, START), t1 = Math.min(s.b, START + DAYS * DAY);
    if (t1 - t0 < 20 * MIN) continue;
    let ip0 = egressFor(ctx, p, s, t0);
    if (p.egress === 'avd') {
      // the local Remote Desktop client signs in from where the person is; the Cloud PC does the rest from Azure
      const local = s.wfh || s.kind === 'home' ? p.household.ip : ctx.site(s.net);
      ctx.emit(p, { t: t0 + rng.int(0, 2) * MIN, app: 'avd', res: 'wvd', ip: local, ua: 'avdClient', device: dev, session, auth: 'sso-mfa' });
      ctx.emit(p, { t: t0 + rng.int(3, 4) * MIN, app: 'avd', res: 'cloudLogin', ip: local, ua: 'avdClient', device: dev, session, auth: 'sso-mfa' });
    }
    const dv = p.egress === 'avd' ? p.avdHost : dev;
    if (!mac) ctx.emit(p, { t: t0 + rng.int(5, 7) * MIN, app: 'windowsSignIn', res: 'aad', ip: ip0, ua: 'winRich', device: dv, session, auth: s.kind === 'work' && !s.wfh ? 'whfb' : 'whfb', clientApp: 'Mobile Apps and Desktop clients', tokenType: 'none' });
    else ctx.emit(p, { t: t0 + rng.int(1, 5) * MIN, app: 'office', res: 'exo', ip: ip0, ua: 'macSafari', device: dev, session, auth: 'sso-mfa' });
    if (rng.chance(0.55)) ctx.emit(p, { t: t0 + rng.int(8, 50) * MIN, app: 'officeHome', res: 'officeHome', ip: ip0, ua: mac ? 'macChrome' : 'winEdge', device: dv, session, auth: 'sso-mfa' });
    const rate = opts.rate ?? 1.15;
    poisson(rng, t0 + 5 * MIN, t1, rate, (t) => {
      const ip = egressFor(ctx, p, s, t);
      const app = rng.weighted([['teams', 4], ['office', 3], ['onedrive', 2], ['officeHome', 0.5]]);
      const res = app === 'teams' ? 'teams' : app === 'onedrive' ? 'spo' : app === 'office' ? rng.pick(['exo', 'graph', 'spo']) : 'graph';
      ctx.emit(p, { t, ni: true, app, res, ip, ua: mac ? 'macSafari' : app === 'office' ? 'winOffice' : 'winRich', device: dv, session, mfa: true, cae: app === 'teams' || app === 'office' });
    });
    if (opts.extra) opts.extra(s, t0, t1, ip0, session);
  }
}

/** where a laptop's traffic leaves: direct, through the secure web gateway, or from the AVD host pool */
export function egressFor(ctx, p, s, t) {
  if (p.egress === 'zscaler') {
    const r = ctx.rng.next();
    return ctx.site(r < 0.9 ? 'zscaler-osl' : r < 0.97 ? 'zscaler-sto' : 'zscaler-fra', ctx.rng.int(0, 5));
  }
  if (p.egress === 'avd') return ctx.site('azure-noe', ctx.rng.int(0, 3));
  if (s.kind === 'home' || s.wfh) return p.household.ip;
  return ctx.site(s.net);
}
