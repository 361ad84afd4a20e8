// Honest behaviour of every group over the 14 days.
import { START, DAYS, DAY, HOUR, MIN, TZ, STATIONS, NETS } from './world.mjs';
import { signIn } from './records.mjs';

const ST = Object.fromEntries(STATIONS.map((s) => [s.iata, s]));
const BASES = { VIE: { lat: 48.1103, lon: 16.5697, crewNet: 'corp-crew', apNet: 'vie-airport' }, INN: { lat: 47.2602, lon: 11.3439, crewNet: 'inn-airport', apNet: 'inn-airport' }, GRZ: { lat: 46.9911, lon: 15.4396, crewNet: 'grz-airport', apNet: 'grz-airport' }, SZG: { lat: 47.7933, lon: 13.0043, crewNet: 'szg-airport', apNet: 'szg-airport' } };
const coord = (p) => BASES[p] || ST[p];
function km(a, b) { const R = 6371, r = Math.PI / 180; const x = coord(a), y = coord(b); const dl = (y.lat - x.lat) * r, dn = (y.lon - x.lon) * r; const h = Math.sin(dl / 2) ** 2 + Math.cos(x.lat * r) * Math.cos(y.lat * r) * Math.sin(dn / 2) ** 2; return 2 * R * Math.asin(Math.sqrt(h)); }
const local = (day, h) => START + day * DAY + (h - TZ) * HOUR; // local wall-clock hour (may exceed 24) → UTC ms

export function uaOf(d, app) {
  if (d.kind === 'ipad') return app === 'outlookMobile' ? 'Microsoft Outlook/4.2502.0 (iPad; iOS 18.2; Scale/2.00)' : 'Mozilla/5.0 (iPad; CPU OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
  if (d.kind === 'phone') return d.ios ? 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148' : 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Mobile Safari/537.36';
  if (d.kind === 'tablet') return 'Mozilla/5.0 (Linux; Android 13; SM-T636B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36';
  if (d.os === 'MacOs') return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36';
  if (d.os === 'Linux') return 'azsdk-python-identity/1.19.0 Python/3.11.9 (Linux-6.5.0-1025-azure-x86_64-with-glibc2.35)';
  return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0';
}

export function makeBenign(ctx) {
  const { rng, users } = ctx;
  const sess = new Map();
  const session = (u, d) => { const k = `${u.id}|${d.id || d.kind}`; if (!sess.has(k)) sess.set(k, rng.guid()); return sess.get(k); };
  const inWindow = (t) => t >= START && t < START + DAYS * DAY;
  const push = (ev) => {
    if (!inWindow(ev.t)) return;
    const u = ev.user;
    if (u.dormant) return;
    // Leavers: disabled by HR provisioning; their phones keep refreshing for a few days and fail, the odd person tries once.
    if (u.disabledAt && ev.t >= u.disabledAt) {
      const days = (ev.t - u.disabledAt) / DAY;
      if (ev.interactive ? rng.next() > 0.06 : (days > 3 || rng.next() > 0.4)) return;
      ev.code = ev.interactive ? 50057 : (rng.chance(0.5) ? 50057 : 50173);
    }
    (ev.interactive ? ctx.I : ctx.NI).push(signIn(ev, rng)); ctx.benignIps.add(ev.ip);
  };
  const ip = (net, idx) => ctx.ipOf(net, idx);

  // Interactive sign-in with the everyday noise around it.
  // Volume knobs (fraction of drawn events kept) so the three files stay inside the size budget.
  const I_KEEP = 0.5, NI_KEEP = 0.24;
  function inter(u, d, net, idx, t, appKey, o = {}) {
    if (!o.must && !rng.chance(I_KEEP)) return;
    const addr = ip(net, idx); const s = session(u, d);
    const base = { user: u, dev: d, net, ip: addr, appKey, interactive: true, ua: o.ua || uaOf(d, appKey), session: s, clientApp: o.clientApp || (d.kind === 'laptop' && !o.native ? 'Browser' : 'Mobile Apps and Desktop clients'), protocol: o.protocol, transfer: o.transfer, browser: o.browser };
    let auth = o.auth || (d.prt ? 'prev' : 'mfa-push');
    if (u.disabledAt && t >= u.disabledAt) { push({ ...base, t, code: 50057, auth: 'pwd' }); return; }
    if (!o.noNoise) {
      if (auth !== 'prev' && auth !== 'whfb' && rng.chance(0.03)) { const n = rng.chance(0.8) ? 1 : 2; for (let i = n; i >= 1; i--) push({ ...base, t: t - i * rng.int(20, 70) * 1000, code: 50126 }); }
      if (auth.startsWith('mfa') && rng.chance(0.012)) { push({ ...base, t: t - rng.int(60, 180) * 1000, code: 500121, auth: rng.chance(0.5) ? 'mfa-deny' : 'mfa-timeout' }); }
      if (auth.startsWith('mfa') && rng.chance(0.35)) { const corr = rng.guid(); base.corr = corr; push({ ...base, t: t - rng.int(15, 40) * 1000, code: 50074 }); }
      if (base.clientApp === 'Browser' && rng.chance(0.05)) push({ ...base, t: t + 4000, code: 50140, auth });
    }
    push({ ...base, t, auth });
  }
  function nonInter(u, d, net, idx, t, appKey, o = {}) {
    if (!rng.chance(NI_KEEP)) return;
    const addr = ip(net, idx);
    let code = 0;
    if (u.disabledAt && t >= u.disabledAt) code = rng.chance(0.5) ? 50057 : 50173;
    else if (rng.chance(0.008)) code = rng.pick([50058, 700082, 50173]);
    push({ user: u, dev: d, net, ip: addr, appKey, interactive: false, t, ua: o.ua || uaOf(d, appKey), session: session(u, d), code, transfer: o.transfer, mfaNeeded: !u.mfaExempt, clientApp: 'Mobile Apps and Desktop clients' });
  }
  const spread = (t0, t1, n, f) => { for (let i = 0; i < n; i++) f(Math.floor(t0 + rng.next() * Math.max(1, t1 - t0))); };
  const pois = (m) => { let n = 0, p = Math.exp(-m), s = p, r = rng.next(); while (r > s && n < 30) { n++; p *= m / n; s += p; } return n; };

  // ---------------- crew ----------------
  const crewApps = ['efb', 'efb', 'crewRoster', 'crewRoster', 'outlookMobile', 'teams', 'manuals'];
  const phoneApps = ['outlookMobile', 'outlookMobile', 'teams', 'teams', 'authenticator'];
  const nsStations = STATIONS.filter((s) => s.nightStop).map((s) => s.iata);
  const allStations = STATIONS.map((s) => s.iata);
  function crew(u) {
    const ipad = u.ipad, ph = u.phone;
    const homeIdx = u.homeIdx;
    let away = null; // station of the night stop
    let work = rng.int(0, 4), off = 0, onLeft = rng.int(3, 5);
    const startDay = u.joiner ? 6 : 0;
    u.roster = [];
    for (let day = 0; day < DAYS; day++) {
      const segs = [];
      const phoneAt = (net, idx, t0, t1) => segs.push({ dev: 'phone', net, idx, t0, t1 });
      const ipadAt = (net, idx, t0, t1, kind) => segs.push({ dev: 'ipad', net, idx, t0, t1, kind });
      if (u.joiner && day < startDay) { u.roster.push({ day, type: day >= 3 ? 'training' : 'none' }); if (day >= 3) { ipadAt('corp-hq', 0, local(day, day === 3 ? 11 : 8.5), local(day, 16.5), 'training'); phoneAt(u.mob, rng.int(0, 99999), local(day, 8), local(day, 18)); } for (const s of segs) crewSeg(u, s, day); continue; }
      const working = away || (work > 0 && onLeft > 0);
      if (!working) {
        off++; if (off >= rng.int(2, 3)) { onLeft = rng.int(3, 5); work = 1; off = 0; }
        u.roster.push({ day, type: 'off' });
        if (rng.chance(0.6)) ipadAt(u.home, homeIdx, local(day, 9), local(day, 21), 'home');
        phoneAt(rng.chance(0.5) ? u.home : u.mob, rng.chance(0.5) ? homeIdx : rng.int(0, 99999), local(day, 8), local(day, 22));
        for (const s of segs) crewSeg(u, s, day);
        continue;
      }
      onLeft--;
      if (onLeft <= 0) work = 0;
      const base = u.base;
      let type, legs;
      if (away) {
        const from = away; away = null;
        if (rng.chance(0.25) && onLeft > 0) { const nxt = rng.pick(nsStations.filter((x) => x !== from)); legs = [[from, base], [base, rng.pick(allStations)], [rng.pick(allStations), base]]; legs[2][0] = legs[1][1]; legs.push([base, nxt]); away = nxt; type = 'ns-continue'; }
        else if (rng.chance(0.3)) { const mid = rng.pick(allStations.filter((x) => x !== from)); legs = [[from, mid], [mid, base]]; type = 'ns-return-via'; }
        else { const a = rng.pick(allStations); legs = [[from, base], [base, a], [a, base]]; type = 'ns-return'; }
      } else {
        const r = rng.next();
        if (r < 0.05) type = 'standby'; else if (r < 0.09) type = 'sim'; else if (r < 0.12) type = 'positioning'; else if (r < 0.40 && onLeft > 0) type = 'ns'; else type = 'day';
        if (type === 'day') { const a = rng.pick(allStations), b = rng.pick(allStations); legs = rng.chance(0.7) ? [[base, a], [a, base], [base, b], [b, base]] : [[base, a], [a, base]]; }
        if (type === 'ns') { const a = rng.pick(allStations), c = rng.pick(nsStations); legs = rng.chance(0.5) ? [[base, a], [a, base], [base, c]] : [[base, a], [a, c]]; if (legs[1][0] === legs[1][1]) legs = [[base, c]]; away = c; }
      }
      u.roster.push({ day, type, legs });
      const startAtStation = legs && legs[0][0] !== base;
      const report = startAtStation ? local(day, rng.float(7, 11)) : local(day, rng.float(4.8, 13.5));
      const preNet = startAtStation ? `${legs[0][0]}-${u.hotelPick || 'hotel1'}` : u.home;
      if (type === 'standby') { ipadAt(u.home, homeIdx, local(day, 6), local(day, 18), 'home'); phoneAt(u.mob, rng.int(0, 99999), local(day, 6), local(day, 20)); for (const s of segs) crewSeg(u, s, day); continue; }
      if (type === 'sim') { ipadAt('corp-hq', 1, local(day, 8), local(day, 15), 'training'); phoneAt(u.mob, rng.int(0, 99999), local(day, 7), local(day, 19)); for (const s of segs) crewSeg(u, s, day); continue; }
      if (type === 'positioning') { // deadheading to an outstation on a partner's aircraft with satellite Wi-Fi, and back later
        const st = rng.pick(allStations); const t0 = local(day, rng.float(7, 10));
        ipadAt(u.home, homeIdx, t0 - 80 * MIN, t0 - 20 * MIN, 'home');
        ipadAt(BASES[base].apNet, 0, t0, t0 + 40 * MIN, 'airport');
        ipadAt(rng.chance(0.7) ? 'inflight' : 'inflight-us', rng.int(0, 9), t0 + 70 * MIN, t0 + 100 * MIN, 'inflight');
        ipadAt(rng.chance(0.7) ? 'inflight' : 'inflight-us', rng.int(0, 9), t0 + 105 * MIN, t0 + 130 * MIN, 'inflight');
        ipadAt(`${st}-airport`, 1, t0 + 160 * MIN, t0 + 260 * MIN, 'airport');
        ipadAt(u.home, homeIdx, t0 + 420 * MIN, t0 + 600 * MIN, 'home');
        phoneAt(u.foreignSim ? `${st}-mob` : u.mob, rng.int(0, 99999), t0 + 160 * MIN, t0 + 260 * MIN);
        phoneAt(u.home, homeIdx, t0 + 420 * MIN, t0 + 600 * MIN);
        for (const s of segs) crewSeg(u, s, day); continue;
      }
      // Duty with sectors.
      ipadAt(preNet, homeIdx, report - 90 * MIN, report - 15 * MIN, startAtStation ? 'hotel' : 'home');
      phoneAt(startAtStation ? (u.wifiPhone ? preNet : (u.foreignSim ? `${legs[0][0]}-mob` : u.mob)) : u.home, startAtStation && !u.wifiPhone ? rng.int(0, 99999) : homeIdx, report - 100 * MIN, report - 10 * MIN);
      ipadAt(startAtStation ? `${legs[0][0]}-airport` : BASES[base].crewNet, rng.int(0, 5), report, report + 50 * MIN, 'report');
      let t = report + 60 * MIN;
      legs.forEach(([from, to], li) => {
        const block = Math.round(35 + km(from, to) / 7.2) * MIN;
        if (rng.chance(0.12)) { const mid = t + block / 2; const prov = rng.chance(0.75) ? 'inflight' : 'inflight-us'; ipadAt(prov, rng.int(0, 9), t + 20 * MIN, mid, 'inflight'); ipadAt(rng.chance(0.6) ? prov : (prov === 'inflight' ? 'inflight-us' : 'inflight'), rng.int(0, 9), mid + 2 * MIN, t + block - 15 * MIN, 'inflight'); }
        t += block;
        const apNet = BASES[to] ? BASES[to].apNet : `${to}-airport`;
        const last = li === legs.length - 1;
        ipadAt(apNet, rng.int(0, 5), t + 3 * MIN, t + (last ? 30 : 40) * MIN, 'airport');
        if (!BASES[to]) phoneAt(u.foreignSim ? `${to}-mob` : u.mob, rng.int(0, 99999), t + 3 * MIN, t + 40 * MIN);
        t += (last ? 30 : 45) * MIN;
      });
      const endAt = legs[legs.length - 1][1];
      if (BASES[endAt]) {
        ipadAt(u.home, homeIdx, t + 60 * MIN, Math.max(t + 90 * MIN, local(day, 22.5)), 'home');
        phoneAt(u.home, homeIdx, t + 60 * MIN, Math.max(t + 90 * MIN, local(day, 23)));
      } else {
        u.hotelPick = rng.chance(0.6) ? 'hotel1' : 'hotel2';
        const hotel = `${endAt}-${u.hotelPick}`;
        ipadAt(hotel, rng.int(0, 5), t + 45 * MIN, local(day, 23.5), 'hotel');
        ipadAt(hotel, rng.int(0, 5), local(day + 1, 6), local(day + 1, 7), 'hotel');
        // The personal phone: roaming on the home carrier (the address stays in Austria), or hotel Wi-Fi, or a local SIM.
        if (u.wifiPhone) phoneAt(hotel, rng.int(0, 5), t + 50 * MIN, local(day, 23.5));
        else phoneAt(u.foreignSim ? `${endAt}-mob` : u.mob, rng.int(0, 99999), t + 50 * MIN, local(day, 23.5));
      }
      for (const s of segs) crewSeg(u, s, day);
    }
  }
  function crewSeg(u, s, day) {
    if (s.t1 <= s.t0) return;
    if (s.dev === 'ipad') {
      const d = u.ipad;
      const n = s.kind === 'home' ? pois(0.9) : s.kind === 'hotel' ? pois(1.3) : s.kind === 'inflight' ? pois(0.7) : s.kind === 'training' ? pois(3) : pois(0.95);
      spread(s.t0, s.t1, n, (t) => nonInter(u, d, s.net, s.idx, t, rng.pick(crewApps)));
      if (s.kind === 'report' && rng.chance(0.45)) inter(u, d, s.net, s.idx, s.t0 + rng.int(2, 20) * MIN, rng.pick(['efb', 'crewRoster']), { auth: 'prev' });
      if (s.kind === 'training' && rng.chance(0.5)) inter(u, d, s.net, s.idx, s.t0 + rng.int(5, 30) * MIN, rng.pick(['efb', 'manuals']), { auth: 'prev' });
      if (s.kind === 'hotel' && rng.chance(0.06)) inter(u, d, s.net, s.idx, s.t0 + rng.int(5, 60) * MIN, 'companyPortal', { auth: 'prev' });
    } else {
      const d = u.phone;
      spread(s.t0, s.t1, pois(0.8), (t) => nonInter(u, d, s.net, s.idx, t, rng.pick(phoneApps)));
      if (rng.chance(0.035)) inter(u, d, s.net, s.idx, s.t0 + rng.int(1, 30) * MIN, rng.pick(['outlookMobile', 'teams']), { auth: 'mfa-push' });
      // Crew trying the roster app on the personal phone: blocked by the compliant-device policy.
      if (rng.chance(0.002)) push({ user: u, dev: d, net: s.net, ip: ip(s.net, s.idx), appKey: 'crewRoster', interactive: true, t: s.t0 + 5 * MIN, code: 53000, auth: 'prev', ua: uaOf(d), session: session(u, d) });
    }
  }

  // ---------------- office-type day ----------------
  function officeDay(u, day, o) {
    const dow = (day + 0) % 7; // 2026-03-02 is a Monday
    const weekend = dow >= 5;
    if (weekend && !o.weekend) { if (u.phone && rng.chance(0.5)) spread(local(day, 9), local(day, 21), pois(1), (t) => nonInter(u, u.phone, u.mob, rng.int(0, 99999), t, rng.pick(['outlookMobile', 'teams']))); return; }
    if (u.leaveDays && u.leaveDays.has(day)) return;
    const wfh = rng.chance(u.wfh ?? 0.1);
    const net = o.net || (wfh ? u.home : 'corp-hq');
    const idx = net === u.home ? u.homeIdx : rng.int(0, 3);
    const t0 = local(day, o.start ?? rng.float(7.3, 9.5)), t1 = t0 + (o.hours ?? rng.float(7.5, 9.5)) * HOUR;
    const d = u.laptop;
    const tAuth = t0 + rng.int(1, 10) * MIN;
    inter(u, d, net, idx, tAuth, 'windowsSignIn', { auth: wfh ? 'whfb' : 'whfb', native: true, clientApp: 'Mobile Apps and Desktop clients', noNoise: true });
    if (rng.chance(0.5)) inter(u, d, net, idx, tAuth + rng.int(2, 40) * MIN, rng.pick(o.browserApps || ['officeHome', 'sharepoint', 'owa']), { auth: 'prev' });
    if (rng.chance(0.1)) inter(u, d, net, idx, tAuth + rng.int(30, 300) * MIN, 'officeHome', { auth: 'mfa-push' });
    spread(t0, t1, pois(o.ni ?? 2.2), (t) => nonInter(u, d, net, idx, t, rng.pick(o.apps || ['teams', 'office', 'outlookMobile', 'onedrive', 'sharepoint'])));
    if (u.phone) spread(local(day, 7), local(day, 21), pois(0.7), (t) => nonInter(u, u.phone, rng.chance(0.6) ? u.mob : u.home, rng.chance(0.6) ? rng.int(0, 99999) : u.homeIdx, t, rng.pick(['outlookMobile', 'teams', 'authenticator'])));
    if (u.phone && rng.chance(0.02)) inter(u, u.phone, u.mob, rng.int(0, 99999), t0 + 3 * HOUR, 'outlookMobile', { auth: 'mfa-push' });
    return { net, idx, t0, t1 };
  }

  // ---------------- ground staff (shared kiosks) ----------------
  const kiosks = {};
  const kiosk = (st, i) => { const k = `${st}-${i}`; if (!kiosks[k]) kiosks[k] = { id: rng.guid(), name: `AF-KSK-${st}-${String(i + 1).padStart(2, '0')}`, os: 'Windows10', browser: 'Edge 133.0.0', trust: 'Azure AD joined', compliant: true, managed: true, prt: false, kiosk: true, kind: 'laptop' }; return kiosks[k]; };
  function ground(u) {
    const st = u.station; const vie = st === 'VIE';
    const nK = vie ? 36 : 4;
    const late = rng.chance(0.5);
    const net = vie ? 'vie-airport' : `${st}-airport`;
    let on = rng.int(0, 5);
    for (let day = 0; day < DAYS; day++) {
      if (u.seasonal && day < 8) continue; // seasonal staff start in week two (after their TAP induction on day 7)
      if ((day + on) % 7 >= 5) { if (u.phone && rng.chance(0.4)) nonInter(u, u.phone, u.mob, rng.int(0, 99999), local(day, rng.float(10, 20)), 'outlookMobile'); continue; }
      const s0 = local(day, late ? rng.float(12.5, 13.5) : rng.float(4.3, 5.5));
      const k = kiosk(st, rng.int(0, nK - 1));
      inter(u, k, net, rng.int(0, 5), s0 + rng.int(5, 15) * MIN, 'dcs', { auth: 'mfa-push', clientApp: 'Browser' });
      if (rng.chance(0.3)) inter(u, k, net, rng.int(0, 5), s0 + rng.int(60, 300) * MIN, 'owa', { auth: 'prev', clientApp: 'Browser' });
      // Kiosk sessions are cut by the 8-hour sign-in frequency; a late refresh fails and the agent signs in again.
      spread(s0 + 30 * MIN, s0 + 8.2 * HOUR, pois(1.2), (t) => nonInter(u, k, net, rng.int(0, 5), t, 'dcs'));
      if (rng.chance(0.04)) push({ user: u, dev: k, net, ip: ip(net, 1), appKey: 'dcs', interactive: false, t: s0 + 8.3 * HOUR, code: 70043, ua: uaOf(k), session: session(u, k) });
      if (u.phone) spread(s0 - HOUR, s0 + 10 * HOUR, pois(0.8), (t) => nonInter(u, u.phone, u.mob, rng.int(0, 99999), t, rng.pick(['outlookMobile', 'teams'])));
    }
  }
  function stationMgr(u) {
    const st = u.station;
    for (let day = 0; day < DAYS; day++) {
      const vpn = u.vpn && rng.chance(0.55);
      const r = officeDay(u, day, { net: vpn ? 'corp-vpn' : `${st}-airport`, apps: ['teams', 'office', 'outlookMobile', 'sharepoint', 'dcs', 'occDash'], ni: 3, weekend: day % 7 === 5 && rng.chance(0.3) });
      if (r && vpn) spread(r.t0, r.t1, pois(0.6), (t) => nonInter(u, u.laptop, `${st}-airport`, 1, t, 'teams')); // split tunnel: Teams media stays local
    }
  }
  // ---------------- maintenance ----------------
  const tablets = [];
  for (let i = 0; i < 34; i++) tablets.push({ id: rng.guid(), name: `AF-HGR-TAB-${String(i + 1).padStart(2, '0')}`, os: 'Android 13', browser: 'Chrome 133.0.0', trust: 'Azure AD registered', compliant: true, managed: true, kind: 'tablet' });
  function maint(u) {
    const net = u.station === 'VIE' ? 'corp-hangar' : `${u.station.toLowerCase()}-airport`;
    let cyc = rng.int(0, 5);
    for (let day = 0; day < DAYS; day++) {
      if ((day + cyc) % 6 >= 4) { if (u.phone && rng.chance(0.5)) nonInter(u, u.phone, u.mob, rng.int(0, 99999), local(day, rng.float(10, 20)), 'teams'); continue; }
      const s0 = u.night ? local(day, rng.float(20.5, 21.5)) : local(day, rng.float(5.5, 6.5));
      const tab = rng.pick(u.station === 'VIE' ? tablets.slice(0, 28) : tablets.slice(28));
      inter(u, tab, net, rng.int(0, 1), s0 + rng.int(5, 25) * MIN, 'techlog', { auth: 'mfa-push', clientApp: 'Mobile Apps and Desktop clients' });
      spread(s0 + 30 * MIN, s0 + 9.5 * HOUR, pois(1.4), (t) => nonInter(u, tab, net, rng.int(0, 1), t, rng.pick(['techlog', 'techlog', 'manuals'])));
      if (u.laptop && rng.chance(0.6)) officeDay(u, day, { net, start: u.night ? 21 : 6.5, hours: 8, ni: 1.2 });
      if (u.phone) spread(s0 - HOUR, s0 + 10 * HOUR, pois(0.9), (t) => nonInter(u, u.phone, rng.chance(0.7) ? u.mob : 'corp-hangar', rng.int(0, 99999), t, rng.pick(['outlookMobile', 'teams'])));
    }
  }
  // ---------------- OCC (24/7) ----------------
  const consoles = [];
  for (let i = 0; i < 12; i++) consoles.push({ id: rng.guid(), name: `AF-OCC-CON-${String(i + 1).padStart(2, '0')}`, os: 'Windows10', browser: 'Edge 133.0.0', trust: 'Azure AD joined', compliant: true, managed: true, prt: false, kind: 'laptop' });
  function occ(u) {
    for (let day = 0; day < DAYS; day++) {
      if ((day + u.shift * 2) % 5 >= 3) { if (rng.chance(0.4)) nonInter(u, u.phone, u.mob, rng.int(0, 99999), local(day, rng.float(9, 21)), 'teams'); continue; }
      const sh = (u.shift + Math.floor(day / 5)) % 3; const s0 = local(day, [6, 14, 22][sh] - 0.25);
      const con = rng.pick(consoles);
      inter(u, con, 'corp-occ', rng.int(0, 1), s0 + rng.int(2, 12) * MIN, 'occDash', { auth: 'mfa-push', clientApp: 'Browser' });
      inter(u, con, 'corp-occ', rng.int(0, 1), s0 + rng.int(12, 25) * MIN, 'owa', { auth: 'prev', clientApp: 'Browser', noNoise: true });
      spread(s0 + 30 * MIN, s0 + 8 * HOUR, pois(2.5), (t) => nonInter(u, con, 'corp-occ', rng.int(0, 1), t, rng.pick(['occDash', 'occDash', 'teamsWeb', 'owa'])));
      spread(s0, s0 + 8 * HOUR, pois(0.6), (t) => nonInter(u, u.phone, u.mob, rng.int(0, 99999), t, 'teams'));
      if (rng.chance(0.15)) spread(s0 + 8.5 * HOUR, s0 + 10 * HOUR, 1, (t) => nonInter(u, u.laptop, u.home, u.homeIdx, t, 'teams'));
    }
  }
  // ---------------- IT ----------------
  function itAdmin(u) {
    for (let day = 0; day < DAYS; day++) {
      const r = officeDay(u, day, { apps: ['teams', 'office', 'outlookMobile', 'sharepoint', 'graphPs'], ni: 3 });
      if (!r) continue;
      const n = u.group === 'itadmin' ? pois(2) : pois(1.6);
      for (let i = 0; i < n; i++) inter(u, u.laptop, r.net, r.idx, r.t0 + rng.int(20, 420) * MIN, rng.pick(['azurePortal', 'entraPortal', 'entraPortal', 'graphPs']), { auth: rng.chance(0.6) ? 'prev' : 'mfa-push' });
    }
  }
  function dev(u) {
    for (let day = 0; day < DAYS; day++) {
      const r = officeDay(u, day, { apps: ['teams', 'office', 'vscode', 'azureCli', 'outlookMobile'], ni: 3 });
      if (!r) continue;
      if (rng.chance(0.5)) inter(u, u.laptop, r.net, r.idx, r.t0 + rng.int(20, 200) * MIN, rng.pick(['azureCli', 'vscode', 'azurePortal', 'devPortal']), { auth: 'prev', native: true });
      // Device-code sign-in for the Azure CLI on a build VM: the code is entered on the laptop, the VM then refreshes.
      if (rng.chance(0.22)) {
        const t = r.t0 + rng.int(30, 300) * MIN;
        inter(u, u.laptop, r.net, r.idx, t, 'azureCli', { auth: 'prev', protocol: 'deviceCode', transfer: 'deviceCodeFlow', clientApp: 'Mobile Apps and Desktop clients', noNoise: true });
        const vm = { id: '', os: 'Linux', browser: 'Python Requests 2.32', kind: 'vm' };
        spread(t + 5 * MIN, t + 6 * HOUR, 1 + pois(1.5), (tt) => nonInter(u, vm, 'azure-weu', u.buildVm, tt, 'azureCli', { transfer: 'deviceCodeFlow' }));
      }
    }
  }
  // ---------------- guests ----------------
  function guest(u) {
    const d = u.laptop;
    for (let day = 0; day < DAYS; day++) {
      if (day % 7 >= 5) continue;
      const p = { itpartner: 0.85, mroguest: 0.35, codeshare: 0.3, agency: 0.25 }[u.group];
      if (!rng.chance(p)) continue;
      const t = local(day, rng.float(7.5, 15));
      const app = { itpartner: ['entraPortal', 'azurePortal', 'servicenow', 'companyPortal'], mroguest: ['techlog', 'manuals', 'teamsWeb'], codeshare: ['teamsWeb', 'sharepoint', 'occDash'], agency: ['agencyPortal', 'agencyPortal', 'sharepoint'] }[u.group];
      inter(u, d, u.net, rng.int(0, 19), t, rng.pick(app), { auth: rng.chance(0.6) ? 'mfa-push' : 'mfa-otp', clientApp: 'Browser' });
      spread(t + 10 * MIN, t + 7 * HOUR, pois(u.group === 'itpartner' ? 3 : 1.2), (tt) => nonInter(u, d, u.net, rng.int(0, 19), tt, rng.pick(app)));
      if (u.group === 'itpartner' && rng.chance(0.5)) inter(u, d, u.net, rng.int(0, 19), t + rng.int(60, 400) * MIN, rng.pick(app), { auth: 'prev', clientApp: 'Browser' });
    }
  }
  // ---------------- service accounts ----------------
  function service(u) {
    if (u.noSignIns) return;
    const vm = { id: '', os: 'Linux', browser: null, kind: 'vm' };
    const srv = { id: '', os: 'Windows Server 2019', browser: null, kind: 'vm' };
    if (u.name === 'svc-flightops') for (let t = START + 7 * MIN; t < START + DAYS * DAY; t += 30 * MIN) inter(u, srv, 'corp-dc', 0, t + rng.int(0, 40000), 'flightOpsInt', { auth: 'pwd', protocol: 'ropc', ua: 'Apache-HttpClient/4.5.14 (Java/17.0.9)', noNoise: true, must: true });
    if (u.name === 'svc-crewsync') for (let t = START + 3 * MIN; t < START + DAYS * DAY; t += 60 * MIN) inter(u, vm, 'azure-weu', 6, t + rng.int(0, 30000), 'crewSync', { auth: 'pwd', protocol: 'ropc', ua: 'python-requests/2.31.0', noNoise: true, must: true });
    if (u.smtp) for (let day = 0; day < DAYS; day++) {
      const n = day % 7 >= 5 ? pois(1) : pois(7);
      spread(local(day, 6.5), local(day, 19), n, (t) => inter(u, { id: '', os: '', browser: '', kind: 'printer' }, u.net, 0, t, 'owa', { auth: 'pwd', clientApp: 'Authenticated SMTP', ua: '', noNoise: true, must: true }));
    }
  }

  for (const u of users) {
    if (u.crew) crew(u);
    else if (u.group === 'ground') ground(u);
    else if (u.group === 'stationmgr') stationMgr(u);
    else if (u.group === 'maint') maint(u);
    else if (u.group === 'occ') occ(u);
    else if (u.group === 'itadmin' || u.group === 'servicedesk' || u.group === 'itops') itAdmin(u);
    else if (u.group === 'dev') dev(u);
    else if (u.userType === 'guest') guest(u);
    else if (u.group === 'service') service(u);
    else if (u.group === 'hq' || u.group === 'crewsched') {
      if (rng.chance(0.06)) { u.leaveDays = new Set(); const s = rng.int(0, 9); for (let i = 0; i < 5; i++) u.leaveDays.add(s + i); }
      const trip = rng.chance(0.04) ? { day: rng.int(0, 10), st: rng.pick(allStations) } : null;
      for (let day = 0; day < DAYS; day++) {
        if (trip && (day === trip.day || day === trip.day + 1)) { // business travel: airport then the partner's office / hotel
          officeDay(u, day, { net: `${trip.st}-hotel1`, start: 8, hours: 9, apps: ['teams', 'outlookMobile', 'office'], ni: 2 });
          continue;
        }
        officeDay(u, day, { apps: u.dept === 'Revenue Management' ? ['revenue', 'teams', 'office', 'powerbi', 'outlookMobile'] : u.dept === 'HR' || u.dept === 'Finance' ? ['workday', 'concur', 'teams', 'office', 'outlookMobile', 'sharepoint'] : undefined, browserApps: u.dept === 'HR' || u.dept === 'Finance' ? ['workday', 'concur', 'officeHome'] : undefined });
      }
    }
    // Everyone occasionally opens Workday (payslips, leave) and Concur from their own device.
    if (u.userType === 'member' && u.group !== 'service' && rng.chance(0.22)) {
      const day = rng.int(0, DAYS - 1); const d = u.laptop || u.ipad || u.phone; if (!d) continue;
      const atHome = !u.laptop || rng.chance(0.5);
      inter(u, d, atHome ? u.home : 'corp-hq', atHome ? u.homeIdx : 0, local(day, rng.float(9, 21)), 'workday', { auth: d.prt ? 'prev' : 'mfa-push', clientApp: 'Browser', browser: d.browser });
    }
  }
  return { kiosks, tablets, consoles };
}
