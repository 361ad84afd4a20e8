// The honest population's sign-ins for the fortnight.
import { START, END, MIN, HOUR, DAY, localToUtc, offsetMin, isWeekend, isHoliday } from './calendar.mjs';
import { APPS, RES, UA, PLACES } from './world.mjs';
import { ev, mobileIp, homeIp } from './events.mjs';
import { browserUa, webTarget, desktopApp, desktopOsBrowser, mobileApp, mobileOsBrowser, SCOPES } from './channels.mjs';

// ------------------------------------------------------------------------------------------------ calendar
const DATES = [];
for (let t = START - DAY; t <= END; t += DAY) { const d = new Date(t); DATES.push({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), dow: d.getUTCDay(), key: d.toISOString().slice(0, 10) }); }

function segAt(p, t) {
  for (const s of p.timeline) if (t >= s.t0 && t < s.t1) return s;
  return p.timeline[p.timeline.length - 1];
}
function defaultTimeline(p) { return [{ t0: START - 2 * DAY, t1: END + 2 * DAY, city: p.city, zone: p.zone, mode: 'normal' }]; }

/** Build a timeline from an itinerary: [{city, zone, mode, until}], flights between with [depUtc, arrUtc, inflight]. */
export function itinerary(p, legs) {
  const tl = [];
  let t = START - 2 * DAY;
  for (const leg of legs) {
    if (leg.flight) { tl.push({ t0: leg.flight[0], t1: leg.flight[1], city: leg.to, zone: PLACES[leg.to].zone, mode: 'flight', inflight: !!leg.inflight }); t = leg.flight[1]; continue; }
    tl.push({ t0: t, t1: leg.until ?? END + 2 * DAY, city: leg.city, zone: PLACES[leg.city].zone, mode: leg.mode || 'normal', roam: leg.roam });
    t = leg.until ?? END + 2 * DAY;
  }
  p.timeline = tl;
}

// ------------------------------------------------------------------------------------------------ engine
export class Honest {
  constructor(T, rng, sink) {
    this.T = T; this.rng = rng; this.sink = sink; this.sessions = new Map();
    this.r = rng.fork('honest');
  }
  session(p, dev, epoch) {
    const k = `${p.id}|${dev}|${epoch}`;
    if (!this.sessions.has(k)) this.sessions.set(k, this.rng.fork(`sess:${k}`).uuid());
    return this.sessions.get(k);
  }
  add(e) { return this.sink.add(ev(this.r, e)); }

  // -------------------------------------------------------------- locations
  officeOf(city) { for (const o of Object.values(this.T.offices)) if (o.city === city) return o; return null; }
  laptopIp(p, loc, dayKey) {
    const T = this.T, r = this.r;
    switch (loc.kind) {
      case 'office': return r.pick(loc.office.ips);
      case 'home': return p.zsForLogin ? r.pick(T.pools.zscaler[this.zsNode(p, loc.city)]) : homeIp(T, r, p, dayKey);
      case 'client': return p.zsForLogin ? r.pick(T.pools.zscaler[this.zsNode(p, loc.city)]) : loc.site.ip;
      case 'hotel': return p.zsForLogin || r.chance(0.5) || !T.pools.hotel[loc.city] ? r.pick(T.pools.zscaler[this.zsNode(p, loc.city)]) : r.pick(T.pools.hotel[loc.city]);
      case 'inflight': return r.pick(T.pools.viasat);
      default: return null;
    }
  }
  zsNode(p, city) {
    const map = { SYD: 'SYD', PAR: 'SYD', NCL: 'SYD', WOL: 'SYD', CBR: 'SYD', BNE: 'SYD', OOL: 'SYD', MEL: 'MEL', GEL: 'MEL', HBA: 'MEL', ADL: 'MEL', PER: 'MEL', AKL: 'AKL', HLZ: 'AKL', WLG: 'AKL', CHC: 'AKL', SIN: 'SIN', HKG: 'HKG', LON: 'LON', TYO: 'HKG', DPS: 'SIN' };
    return map[city] || 'SYD';
  }
  phoneIp(p, loc, dayKey) {
    const T = this.T, r = this.r;
    const mob = () => mobileIp(T, r, p, p.city, dayKey);
    switch (loc.kind) {
      case 'office': return r.chance(0.42) ? loc.office.guestIp : mobileIp(T, r, p, loc.city in PLACES ? this.mobileCity(p, loc.city) : p.city, dayKey);
      case 'home': return r.chance(0.6) ? (p.vpnPhone ? r.pick(T.pools.vpn) : homeIp(T, r, p, dayKey)) : mob();
      case 'client': return r.chance(0.3) ? loc.site.ip : mob();
      case 'hotel': case 'holiday': {
        const x = r.float();
        if (loc.roam === 'home' || x < 0.45) return mob();                      // roaming: home-routed, AU/NZ address
        if (x < 0.7 && T.pools.localSim[loc.city]) return r.pick(T.pools.localSim[loc.city]);
        return T.pools.hotel[loc.city] ? r.pick(T.pools.hotel[loc.city]) : mob();
      }
      case 'inflight': return r.pick(T.pools.viasat);
      default: return mob();
    }
  }
  mobileCity(p, city) { const pl = PLACES[city]; return pl && pl.cc === PLACES[p.city].cc ? city : p.city; }

  /** Where p is at time t, for a day whose plan is `plan`. */
  locAt(p, t, plan) {
    const s = segAt(p, t);
    if (s.mode === 'flight') return s.inflight ? { kind: 'inflight', city: s.city } : null;
    if (s.mode === 'holiday') return { kind: 'holiday', city: s.city, roam: s.roam };
    if (s.city !== p.city || s.mode === 'trip') {
      const off = this.officeOf(s.city);
      const lz = (t / MIN + offsetMin(s.zone, t)) % 1440;
      if (off && plan.work && lz >= 8 * 60 && lz <= 18 * 60) return { kind: 'office', office: off, city: s.city };
      return { kind: 'hotel', city: s.city, roam: s.roam };
    }
    if (plan.kind === 'office') {
      const lz = (t / MIN + offsetMin(s.zone, t)) % 1440;
      if (lz >= plan.arrive && lz <= plan.leave) return { kind: 'office', office: this.T.offices[p.office], city: this.T.offices[p.office].city };
      return { kind: 'home', city: p.city };
    }
    if (plan.kind === 'client') {
      const lz = (t / MIN + offsetMin(s.zone, t)) % 1440;
      if (lz >= plan.arrive && lz <= plan.leave) return { kind: 'client', site: plan.site, city: plan.site.city };
      return { kind: 'home', city: p.city };
    }
    return { kind: 'home', city: p.city };
  }

  // -------------------------------------------------------------- day plans for staff
  dayPlan(p, date) {
    const r = this.r;
    let zone = p.zone;
    let noon = localToUtc(zone, date.y, date.m, date.d, 12 * 60);
    let s = segAt(p, noon);
    if (s.zone !== zone) { zone = s.zone; noon = localToUtc(zone, date.y, date.m, date.d, 12 * 60); s = segAt(p, noon); }
    const plan = { date, zone, kind: 'home', work: true, arrive: 0, leave: 0 };
    if (p.newStarter && date.key < (p.firstDay || p.startDay)) return null;
    const weekend = isWeekend(date) || isHoliday(zone, date);
    if (s.mode === 'holiday' || (s.mode === 'flight' && p.holiday)) { plan.kind = 'holiday'; plan.work = false; return plan; }
    if (p.leaveDays && p.leaveDays.has(date.key)) { plan.kind = 'leave'; plan.work = false; return plan; }
    if (weekend) { plan.kind = 'weekend'; plan.work = r.chance(p.partner ? 0.3 : 0.12); plan.light = true; return plan; }
    if (s.mode === 'trip' || s.city !== p.city) { plan.kind = 'trip'; return this.hours(p, plan); }
    if (p.clientDays && p.clientDays.has(date.key)) { plan.kind = 'client'; plan.site = p.clientDays.get(date.key); return this.hours(p, plan); }
    const officeDay = p.remote ? (p.officeDays > 0 && date.dow === 3) : p.officeDow ? p.officeDow.has(date.dow) : false;
    plan.kind = officeDay ? 'office' : 'home';
    return this.hours(p, plan);
  }
  hours(p, plan) {
    const r = this.r;
    const base = (p.partner ? 7.6 : 8.3) * 60 + (p.startBias || 0);
    plan.start = Math.round(base + r.gauss(0, 22));
    plan.arrive = plan.start + (plan.kind === 'office' || plan.kind === 'client' ? Math.round(35 + r.float() * 40) : 0);
    plan.end = Math.round(plan.start + (9.6 + (p.partner ? 0.6 : 0)) * 60 + r.gauss(20, 45));   // tax time: long days
    plan.leave = plan.end - (plan.kind === 'office' || plan.kind === 'client' ? 0 : 0);
    if (plan.kind === 'office' || plan.kind === 'client') plan.end = plan.leave - 5;
    plan.evening = p.lateWorker && r.chance(0.55) ? [20 * 60 + r.int(0, 50), 21 * 60 + r.int(20, 110)] : null;
    return plan;
  }

  // -------------------------------------------------------------- staff fortnight
  staff(p) {
    const r = this.r;
    if (!p.timeline) p.timeline = defaultTimeline(p);
    if (!p.officeDow) { const days = r.shuffle([1, 2, 3, 4, 5]); p.officeDow = new Set(days.slice(0, p.officeDays)); }
    for (const date of DATES) {
      const plan = this.dayPlan(p, date);
      if (!plan) continue;
      const t0 = (m) => localToUtc(plan.zone, date.y, date.m, date.d, m) + r.int(0, 59) * 1000 + r.int(0, 999);
      if (plan.kind === 'leave' || plan.kind === 'holiday') { this.phoneLight(p, plan, t0, plan.kind === 'holiday' ? 1.2 : 0.5); continue; }
      if (plan.kind === 'weekend') {
        this.phoneLight(p, plan, t0, 0.8);
        if (plan.work && p.laptop && p.laptop.id) this.laptopSession(p, plan, t0(r.int(9 * 60, 15 * 60)), r.int(50, 200) * MIN, { light: true });
        continue;
      }
      // a working day
      const start = t0(plan.start), end = t0(plan.end);
      if (p.laptop && p.laptop.id) {
        this.laptopSession(p, plan, start, end - start, { morning: true });
        if (plan.evening) this.laptopSession(p, plan, t0(plan.evening[0]), (plan.evening[1] - plan.evening[0]) * MIN, { evening: true });
      }
      if (p.homePc && plan.evening && r.chance(0.5)) this.homePcSession(p, plan, t0(plan.evening[0] + 10));
      this.phoneDay(p, plan, t0);
      this.noise(p, plan, t0);
    }
  }

  laptopSession(p, plan, t, dur, opt = {}) {
    const r = this.r;
    const dk = plan.date.key;
    const dob = desktopOsBrowser(p);
    const epoch = Math.floor((t - START) / (3 * DAY));
    const sess = this.session(p, 'laptop', epoch);
    const win = p.laptop.os === 'windows';
    const firstLoc = this.locAt(p, t, plan);
    if (!firstLoc) return;
    // Windows logon with Windows Hello (morning boot; sometimes again after lunch)
    const ip0 = this.laptopIp(p, firstLoc, dk);
    if (win && ip0 && (opt.morning ? r.chance(0.36) : r.chance(0.12))) this.winLogon(p, t + r.int(0, 3) * MIN, ip0, sess);
    if (win && opt.morning && r.chance(0.1)) { const tt = t + dur * (0.45 + r.float() * 0.1); const l = this.locAt(p, tt, plan); const ip = l && this.laptopIp(p, l, dk); if (ip) this.winLogon(p, tt, ip, sess); }
    const hours = dur / HOUR;
    const nN = r.poisson((opt.light ? 0.38 : 0.275) * hours * p.activity);
    const apps = [['outlook', 30], ['teams', 22], ['teamsGraph', 8], ['teamsSkype', 3], ['onedrive', 12], ['officeGraph', 11], ['winPrt', win ? 6 : 0], ['edge', win ? 3 : 0], ['companyPortal', 2]];
    for (let i = 0; i < nN; i++) {
      const tt = t + r.float() * dur;
      const loc = this.locAt(p, tt, plan); if (!loc) continue;
      const lip = this.laptopIp(p, loc, dk); if (!lip) continue;
      const k = r.wpick(apps);
      const a = desktopApp(p, k);
      this.add({ t: tt, account: p, interactive: false, app: a.app, res: a.res, clientApp: 'Mobile Apps and Desktop clients', ua: a.ua, os: dob.os, browser: dob.browser, platform: dob.platform, device: p.laptop,
        ip: lip, mfaSatisfied: true, incoming: 'primaryRefreshToken', scopes: a.scopes, cae: a.cae, sessionId: sess });
    }
    const nI = r.poisson((opt.light ? 0.1 : 0.045) * hours * p.activity);
    for (let i = 0; i < nI; i++) {
      const tt = t + r.float() * dur;
      const loc = this.locAt(p, tt, plan); if (!loc) continue;
      const lip = this.laptopIp(p, loc, dk); if (!lip) continue;
      this.browserSso(p, tt, lip, sess, r.wpick(p.webMix || DEFAULT_WEB));
    }
  }

  winLogon(p, t, ip, sess) {
    this.add({ t, account: p, interactive: true, app: APPS.winSignIn, res: RES.aad, clientApp: 'Mobile Apps and Desktop clients', ua: UA.winAuth, os: 'Windows10', browser: '', platform: 'windows', device: p.laptop,
      ip, auth: 'whfb', mfaSatisfied: true, requirement: 'multiFactorAuthentication', incoming: 'none', scopes: '', sessionId: sess, ms: this.r.int(60, 260) });
  }

  browserSso(p, t, ip, sess, target) {
    const w = webTarget(this.T, target);
    const b = browserUa(p);
    this.add({ t, account: p, interactive: true, app: w.app, res: w.res, protocol: w.protocol, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: p.laptop.os, device: p.laptop,
      ip, auth: 'prt', mfaSatisfied: true, incoming: 'primaryRefreshToken', scopes: '', sessionId: sess });
  }

  homePcSession(p, plan, t) {
    const r = this.r;
    const ip = homeIp(this.T, r, p, plan.date.key);
    const epoch = Math.floor((t - START) / (6 * DAY));
    const sess = this.session(p, 'homepc', epoch);
    const b = browserUa({ ...p, browserPref: 'chrome', laptop: { os: 'windows' } });
    const fresh = !p._pcEpoch || p._pcEpoch !== epoch;
    p._pcEpoch = epoch;
    const target = r.wpick([['owa', 5], ['officeHome', 4], ['spo', 3], ['xpm', 1]]);
    const w = webTarget(this.T, target);
    const base = { account: p, interactive: true, app: w.app, res: w.res, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip, sessionId: sess, scopes: '' };
    if (fresh) {
      const cid = r.uuid();
      if (r.chance(0.25)) this.add({ ...base, t, auth: 'pwd-fail', code: 50126, identifier: p.upnLog, correlationId: cid });
      this.add({ ...base, t: t + 40 * 1000, auth: 'pwd+mfa', mfaMethod: p.mfaMethod, mfaSatisfied: true, identifier: p.upnLog, loginHint: true, correlationId: cid, ms: r.int(300, 1400) });
      if (r.chance(0.5)) this.add({ ...base, t: t + 75 * 1000, auth: 'pwd+mfa', mfaMethod: p.mfaMethod, mfaSatisfied: true, code: 50140, correlationId: cid });
    } else {
      this.add({ ...base, t, auth: 'cookie', mfaSatisfied: true });
    }
    const n = r.poisson(1.2);
    for (let i = 0; i < n; i++) this.add({ ...base, t: t + r.int(3, 70) * MIN, interactive: false, app: w.app, res: w.res, auth: 'none', mfaSatisfied: true, scopes: w.res.id === RES.exo.id ? SCOPES.exo : SCOPES.spo });
    if (r.chance(0.15)) {   // tries the Teams / OneDrive desktop app on the personal PC: refused by HQP-CA03
      const a = desktopApp({ laptop: { os: 'windows' }, chrome: p.chrome }, r.chance(0.5) ? 'teams' : 'onedrive');
      this.add({ ...base, t: t + r.int(5, 40) * MIN, app: a.app, res: a.res, clientApp: 'Mobile Apps and Desktop clients', ua: a.ua, os: 'Windows10', browser: 'Rich Client 4.72.1.0', auth: 'prev+mfa', mfaMethod: p.mfaMethod, mfaSatisfied: true, code: 53000, scopes: '' });
    }
  }

  phoneDay(p, plan, t0) {
    const ph = p.phone; if (!ph) return;
    const r = this.r;
    const mob = mobileOsBrowser(ph);
    const sess = this.session(p, 'phone', 0);
    const n = r.poisson(0.88 * p.activity);
    for (let i = 0; i < n; i++) {
      const lm = r.chance(0.75) ? r.int(plan.start - 60, plan.end + 30) : r.int(18 * 60, 23 * 60);
      const t = t0(lm);
      const loc = this.locAt(p, t, plan); if (!loc) continue;
      const k = r.wpick([['outlook', 45], ['teams', 30], ['outlookGraph', 10], ['onedrive', 8], ['authenticator', 7]]);
      const a = mobileApp(ph, k);
      const ip = this.phoneIp(p, loc, plan.date.key);
      const vpn = p.vpnPhone && this.T.pools.vpn.includes(ip);
      this.add({ t, account: p, interactive: false, app: a.app, res: a.res, clientApp: 'Mobile Apps and Desktop clients', ua: a.ua, os: mob.os, browser: mob.browser, platform: ph.os, device: ph.id ? ph : null,
        ip, mfaSatisfied: true, incoming: ph.id ? 'primaryRefreshToken' : 'none', scopes: a.scopes, cae: a.cae, sessionId: sess,
        risk: vpn && r.chance(0.3) ? { during: 'none', aggregated: 'low', state: 'atRisk', detail: 'none', events: ['anonymizedIPAddress'] } : undefined });
    }
    if (r.chance(0.05)) this.phoneReauth(p, plan, t0(r.int(plan.start, plan.end)));
  }
  phoneLight(p, plan, t0, scale) {
    const ph = p.phone; if (!ph) return;
    const r = this.r;
    const mob = mobileOsBrowser(ph);
    const sess = this.session(p, 'phone', 0);
    const n = r.poisson(0.9 * scale * p.activity);
    for (let i = 0; i < n; i++) {
      const t = t0(r.int(8 * 60, 22 * 60));
      const loc = this.locAt(p, t, plan) || { kind: 'home', city: p.city };
      if (loc.kind === 'office') loc.kind = 'home';
      const a = mobileApp(ph, r.wpick([['outlook', 55], ['teams', 35], ['outlookGraph', 10]]));
      this.add({ t, account: p, interactive: false, app: a.app, res: a.res, clientApp: 'Mobile Apps and Desktop clients', ua: a.ua, os: mob.os, browser: mob.browser, platform: ph.os, device: ph.id ? ph : null,
        ip: this.phoneIp(p, loc, plan.date.key), mfaSatisfied: true, incoming: ph.id ? 'primaryRefreshToken' : 'none', scopes: a.scopes, cae: a.cae, sessionId: sess });
    }
    if (plan.kind === 'holiday' && r.chance(0.12)) this.phoneReauth(p, plan, t0(r.int(9 * 60, 20 * 60)));
  }
  /** Outlook/Teams on the phone asks the user to sign in again (token lifetime / new location). */
  phoneReauth(p, plan, t) {
    const ph = p.phone; if (!ph) return;
    const r = this.r;
    const loc = this.locAt(p, t, plan) || { kind: 'home', city: p.city };
    if (loc.kind === 'office' && !plan.work) loc.kind = 'home';
    const ip = this.phoneIp(p, loc, plan.date.key);
    const a = mobileApp(ph, r.chance(0.6) ? 'outlook' : 'teams');
    const mob = mobileOsBrowser(ph);
    const cid = r.uuid();
    const base = { account: p, interactive: true, app: a.app, res: a.res, clientApp: 'Mobile Apps and Desktop clients', ua: a.ua, os: mob.os, browser: mob.browser, platform: ph.os, device: ph.id ? ph : null, ip, correlationId: cid, sessionId: r.uuid(), scopes: '' };
    if (ph.id) { this.add({ ...base, t, auth: 'prt', mfaSatisfied: true, incoming: 'primaryRefreshToken' }); return; }
    if (r.chance(0.18)) this.add({ ...base, t: t - r.int(20, 90) * 1000, auth: 'pwd-fail', code: 50126, identifier: p.upnLog });   // a typo on the phone keyboard
    if (r.chance(0.3)) this.add({ ...base, t, auth: 'pwd', code: 50076, stage: 'mfa', mfaRequired: true, identifier: p.upnLog });
    if (r.chance(0.12)) this.add({ ...base, t: t + 30000, auth: 'mfa-fail', code: 500121, mfaMethod: p.mfaMethod, mfaFailText: 'MFA denied; user did not respond to mobile app notification', additional: 'MFA denied; user did not respond to mobile app notification', identifier: p.upnLog, mfaRequired: true });
    this.add({ ...base, t: t + 95000, auth: 'pwd+mfa', mfaMethod: p.mfaMethod, mfaSatisfied: true, identifier: p.upnLog, additional: 'MFA completed in Azure AD', ms: r.int(400, 1800) });
  }

  /** Small everyday failures. */
  noise(p, plan, t0) {
    const r = this.r;
    if (!p.laptop || !p.laptop.id) return;
    const dk = plan.date.key;
    if (r.chance(0.03)) {       // a fresh browser sign-in (new profile / InPrivate), sometimes with a typo and the KMSI prompt
      const t = t0(r.int(plan.start + 20, plan.end - 20));
      const loc = this.locAt(p, t, plan); if (!loc) return;
      const ip = this.laptopIp(p, loc, dk); if (!ip) return;
      const b = browserUa(p); const w = webTarget(this.T, r.pick(['officeHome', 'owa', 'spo']));
      const cid = r.uuid(); const sess = r.uuid();
      const base = { account: p, interactive: true, app: w.app, res: w.res, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: p.laptop.os, device: null, ip, correlationId: cid, sessionId: sess, identifier: p.upnLog, scopes: '' };
      if (r.chance(0.35)) this.add({ ...base, t, auth: 'pwd-fail', code: 50126 });
      if (r.chance(0.3)) this.add({ ...base, t: t + 20000, auth: 'pwd+mfa-required', code: 50074, stage: 'mfa', mfaRequired: true, mfaMethod: p.mfaMethod, additional: 'MFA required in Azure AD' });
      this.add({ ...base, t: t + 45000, auth: 'pwd+mfa', mfaMethod: p.mfaMethod, mfaSatisfied: true, additional: 'MFA completed in Azure AD', loginHint: true });
      if (r.chance(0.55)) this.add({ ...base, t: t + 60000, auth: 'pwd+mfa', mfaMethod: p.mfaMethod, mfaSatisfied: true, code: 50140 });
    }
    if (r.chance(0.045)) {        // silent SSO failing in an iframe
      const t = t0(r.int(plan.start, plan.end));
      const loc = this.locAt(p, t, plan); if (!loc) return;
      const b = browserUa(p); const w = webTarget(this.T, r.pick(['teamsWeb', 'wcss', 'officeHome']));
      const lip = this.laptopIp(p, loc, dk); if (!lip) return;
      this.add({ t, account: p, interactive: true, app: w.app, res: w.res, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: p.laptop.os, device: p.laptop, ip: lip, code: 50058, auth: 'none', scopes: '' });
    }
    if (p.easMail && r.chance(0.8)) {   // an old Android mail app still trying Exchange ActiveSync: blocked by HQP-CA02
      const n = r.int(2, 7);
      const ph = p.phone;
      for (let i = 0; i < n; i++) {
        const t = t0(r.int(7 * 60, 22 * 60));
        const loc = this.locAt(p, t, plan) || { kind: 'home', city: p.city };
        this.add({ t, account: p, interactive: true, app: APPS.exoRest, res: RES.exo, clientApp: 'Exchange ActiveSync', ua: 'Android-Mail/2024.11.17.700165441.Release', os: 'Android', browser: 'Android-Mail', platform: 'android', device: null,
          ip: this.phoneIp(p, loc, dk), auth: 'pwd', mfaSatisfied: false, code: 53003, identifier: p.upnLog, scopes: '' });
      }
    }
    if (r.chance(0.003) && p.phone) {   // a push approved late or declined by mistake, then signed in
      const t = t0(r.int(plan.start, plan.end));
      const loc = this.locAt(p, t, plan); if (!loc) return;
      const ip = this.laptopIp(p, loc, dk); if (!ip) return;
      const b = browserUa(p); const w = webTarget(this.T, 'officeHome'); const cid = r.uuid();
      const base = { account: p, interactive: true, app: w.app, res: w.res, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: p.laptop.os, device: null, ip, correlationId: cid, sessionId: r.uuid(), identifier: p.upnLog, scopes: '' };
      const why = r.chance(0.5) ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification';
      this.add({ ...base, t, auth: 'mfa-fail', code: 500121, mfaMethod: p.mfaMethod, mfaFailText: why, additional: why, mfaRequired: true });
      this.add({ ...base, t: t + r.int(40, 200) * 1000, auth: 'pwd+mfa', mfaMethod: p.mfaMethod, mfaSatisfied: true, additional: 'MFA completed in Azure AD' });
    }
    if (p.adminAccount && r.chance(0.1)) {  // IT staff with two accounts: picks the wrong one
      const t = t0(r.int(plan.start, plan.end));
      const loc = this.locAt(p, t, plan); if (!loc) return;
      const b = browserUa(p);
      const lip = this.laptopIp(p, loc, dk); if (!lip) return;
      this.add({ t, account: p, interactive: true, app: APPS.azurePortal, res: RES.arm, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: p.laptop, ip: lip, code: 16000, auth: 'none', scopes: '' });
    }
  }
}

export const DEFAULT_WEB = [['spo', 26], ['officeHome', 12], ['owa', 10], ['xpm', 10], ['karbon', 8], ['wcss', 8], ['xero', 6], ['fyi', 6], ['teamsWeb', 5], ['powerbi', 5], ['docusign', 2]];
