// Office staff, executives, the travelling sales force, IT and guests.
import { DAYS, DAY, HOUR, MIN, T0, T1, local, localHour, localDay, weekday, tzOffset } from './clock.mjs';
import { APPS, RES, UA } from './catalog.mjs';
import { CITIES, km, HOME_ISPS } from './geo.mjs';
import { signIn, login, refreshes } from './signin.mjs';
import { mobileIp, localIp, phoneIp, relayIp } from './net.mjs';
import { phone } from './people.mjs';

const EU_DEST = ['paris', 'lyon', 'lille', 'bruxelles', 'antwerpen', 'milano', 'wien', 'praha', 'kobenhavn', 'stockholm', 'zurich', 'dublin', 'london', 'muenchen', 'frankfurt', 'barcelona', 'madrid', 'lisboa', 'warszawa', 'hamburg', 'duesseldorf', 'amsterdam', 'valencia', 'berlin'];
const AIRPORT = { rtm: 'schiphol', ham: 'hamburg', mad: 'madrid', waw: 'warszawa', lyo: 'lyon', poz: 'poznan', ven: 'eindhoven', dui: 'duesseldorf', zgz: 'zaragoza', lis: 'lisboa' };
const destAirport = (c) => (c === 'amsterdam' ? 'schiphol' : c);

/** Plan business trips (sales, executives, IT) — returns trips stored on users. */
export function planTrips(ctx) {
  const { w } = ctx;
  const rng = ctx.rng;
  const trips = [];
  const add = (u, dest, d0, d1, dep0, dep1, mode = 'air') => { const tr = { user: u, dest, d0, d1, dep0, dep1, mode, hotel: `hotel${rng.int(0, 6)}`, cust: `cust${rng.int(0, 4)}` }; (u.trips ||= []).push(tr); trips.push(tr); return tr; };
  for (const u of w.personas.sales) {
    const n = rng.weighted([[0, 42], [1, 43], [2, 15]]);
    const used = new Set();
    for (let i = 0; i < n; i++) {
      const d0 = rng.pick([0, 1, 2, 3, 7, 8, 9, 10]);
      const nights = rng.weighted([[1, 50], [2, 35], [3, 15]]);
      const d1 = d0 + nights;
      let clash = false;
      for (let d = d0 - 1; d <= d1 + 1; d++) if (used.has(d)) clash = true;
      if (clash || d1 > 12 || weekday(d1) >= 5) continue;
      for (let d = d0; d <= d1; d++) used.add(d);
      const home = CITIES[w.sites[u.site].city];
      const dest = rng.pick(EU_DEST.filter((c) => CITIES[c].cc !== home.cc));
      add(u, dest, d0, d1, rng.float(6.5, 10), rng.float(15.5, 20.5));
    }
  }
  const ex = w.personas.exec;
  add(ex[0], 'london', 8, 9, 7.4, 18.2);            // CEO: investor meetings in London
  add(ex[1], 'frankfurt', 3, 3, 6.2, 17.5, 'train'); // CFO: bank meeting, ICE from Rotterdam
  add(ex[2], 'dubai', 1, 4, 9.6, 2.3);               // COO: logistics expo in Dubai (returns on the night flight)
  const vp = w.personas.sales.find((u) => u.site === 'rtm' && !u.trips.length);
  add(vp, 'singapore', 7, 11, 11.0, 23.4);           // APAC partner visit, night flight back
  const kam = w.personas.sales.find((u) => u.site === 'ham' && !u.trips.length);
  add(kam, 'chicago', 3, 8, 9.3, 17.8);              // US customer, across the US DST change
  const itSummit = [...w.it.ops.slice(0, 2), ...w.it.dev.slice(10, 12)];
  for (const u of itSummit) add(u, 'muenchen', 9, 10, rng.float(6.8, 8.2), rng.float(16.5, 19));
  // a procurement specialist visiting the Poznań and Zaragoza warehouses
  const proc = w.personas.office.find((u) => u.site === 'rtm' && /Procurement/.test(u.title));
  if (proc) add(proc, 'poznan', 2, 3, 7.5, 17.2).site = 'poz';
  // a planner on holiday in Antalya in the second week: phone only, hotel Wi-Fi or roaming
  const hol = w.personas.office.find((u) => u.site === 'rtm' && u.phone && !(u.trips || []).length && !u.leaver && u.title === 'Logistics Planner');
  if (hol) hol.holiday = { d0: 7, d1: 13, city: 'antalya', hotel: 'resort1' };
  // a sales rep drops her phone in a hotel on a multi-night trip: TAP from the helpdesk, new phone registered there
  const broken = trips.find((tr) => tr.user.persona === 'sales' && tr.d1 - tr.d0 >= 2 && !['dubai', 'singapore', 'chicago'].includes(tr.dest));
  if (broken) {
    const d = broken.d0 + 1;
    const tz = CITIES[broken.dest].tz;
    const j = () => rng.int(1000, 58000);
    broken.user.phoneSwap = { d, trip: broken, broke: local(d, 7.2, tz) + j(), tap: local(d, 12.4, tz) + j(), registered: local(d, 18.6, tz) + j(), phone: phone(rng, { managed: true, ios: broken.user.phone.os === 'Ios' }) };
  }
  ctx.trips = trips;
  return trips;
}

function flightHours(a, b) { return 0.75 + km(CITIES[a], CITIES[b]) / 760; }

/** Laptop location segments for a working day, and a phone address function. */
function daySegments(ctx, u, d) {
  const rng = ctx.rng;
  const { w } = ctx;
  const site = w.sites[u.site];
  const tz = CITIES[u.city].tz;
  const home = (a, b) => ({ a, b, ip: u.homeAt(a), kind: 'home' });
  const trip = (u.trips || []).find((tr) => d >= tr.d0 && d <= tr.d1);
  const phoneHome = (t) => phoneIp(ctx, u, t, tz);
  if (!trip) {
    if (weekday(d) >= 5) return null;
    let start = local(d, rng.float(7.3, 9.2), tz);
    const back = (u.trips || []).find((tr) => tr.arrBack && tr.d1 < d && tr.arrBack + 1.5 * HOUR > start);
    if (back) start = back.arrBack + rng.float(1.5, 3) * HOUR;
    const end = start + rng.float(7.8, 9.8) * HOUR;
    const homeDay = (u.homeDays || []).includes(weekday(d));
    if (homeDay) return { segs: [home(start, end)], phone: phoneHome, tz };
    if (u.persona === 'sales' && rng.chance(0.45)) {
      // customer visits in the home region; laptop tethered to the phone between visits
      const cust = { a: start + 2 * HOUR, b: start + 4.5 * HOUR, ip: localIp(ctx, site.city, `cust${rng.int(0, 9)}`), kind: 'customer' };
      const teth = { a: start + 4.6 * HOUR, b: start + 5.2 * HOUR, ip: mobileIp(ctx, u, start + 5 * HOUR), kind: 'tether' };
      return { segs: [home(start, start + 1.2 * HOUR), cust, teth, home(start + 6 * HOUR, end)], phone: phoneHome, tz };
    }
    const commute = rng.float(0.4, 1.0) * HOUR;
    const segs = [{ a: start + commute, b: end, ip: rng.pick(site.ips), kind: 'office' }];
    if (rng.chance(0.3)) segs.push(home(end + commute + 1.5 * HOUR, end + commute + 3 * HOUR));
    return { segs, phone: (t) => (t >= start + commute && t < end ? (rng.chance(0.3) ? site.guestWifi : mobileIp(ctx, u, t)) : phoneHome(t)), tz };
  }
  // --- on a trip
  const dtz = CITIES[trip.dest].tz;
  const hotelIp = localIp(ctx, trip.dest, trip.hotel);
  const custIp = trip.site ? w.sites[trip.site].ips[0] : localIp(ctx, trip.dest, trip.cust);
  const roam = (t) => mobileIp(ctx, u, t);
  const homeApt = AIRPORT[u.site] || 'schiphol';
  const segs = [];
  let phone;
  const longhaul = ['dubai', 'singapore', 'chicago'].includes(trip.dest);
  if (d === trip.d0) {
    const dep = local(d, trip.dep0, tz);
    if (trip.mode === 'train') {
      segs.push(home(dep - 1.2 * HOUR, dep - 0.6 * HOUR));
      // on the train: Wi-Fi on ICE egresses through German mobile networks
      segs.push({ a: dep + 1.5 * HOUR, b: dep + 3.6 * HOUR, ip: mobileIp(ctx, { id: `${u.id}-ice` }, dep + 2 * HOUR, 'dtag-m'), kind: 'train' });
      const arr = dep + 4 * HOUR;
      segs.push({ a: arr + 0.5 * HOUR, b: arr + 6 * HOUR, ip: custIp, kind: 'customer' });
      const back = local(d, trip.dep1, tz);
      segs.push({ a: back + 0.5 * HOUR, b: back + 3 * HOUR, ip: mobileIp(ctx, { id: `${u.id}-ice2` }, back + HOUR, 'dtag-m'), kind: 'train' });
      segs.push(home(back + 4.6 * HOUR, back + 5.5 * HOUR));
      return { segs, phone: roam, tz };
    }
    if (trip.dep0 > 9.5) segs.push(home(dep - 3.5 * HOUR, dep - 2.6 * HOUR));
    segs.push({ a: dep - 1.6 * HOUR, b: dep - 0.35 * HOUR, ip: localIp(ctx, homeApt, 'airport'), kind: 'airport' });
    const arr = dep + flightHours(homeApt, destAirport(trip.dest)) * HOUR;
    trip.arrOut = arr;
    if (longhaul) {
      segs.push({ a: arr + 1.6 * HOUR, b: arr + 4.5 * HOUR, ip: hotelIp, kind: 'hotel' });
    } else {
      segs.push({ a: arr + 1.2 * HOUR, b: arr + 5 * HOUR, ip: custIp, kind: 'customer' });
      segs.push({ a: arr + 7 * HOUR, b: arr + 9 * HOUR, ip: hotelIp, kind: 'hotel' });
    }
    phone = (t) => (t > arr + 1.6 * HOUR && rng.chance(longhaul ? 0.7 : 0.35) && segs.some((s) => s.kind === 'hotel' && t >= s.a && t < s.b) ? hotelIp : (t < arr && t > dep ? null : roam(t)));
    return { segs: segs.filter((s) => s.b > s.a), phone, tz, flight: [dep, arr] };
  }
  if (d === trip.d1) {
    const dep = local(d, trip.dep1, dtz);
    const h0 = local(d, 6.8, dtz);
    segs.push({ a: h0, b: h0 + 1.5 * HOUR, ip: hotelIp, kind: 'hotel' });
    if (trip.dep1 > 12) segs.push({ a: h0 + 2.2 * HOUR, b: Math.min(dep - 2.4 * HOUR, h0 + 8 * HOUR), ip: custIp, kind: 'customer' });
    if (trip.dep1 < 5) {
      // night flight: departs after midnight local — that is the following day
      const dep2 = local(d + 1, trip.dep1, dtz);
      segs.push({ a: h0 + 2 * HOUR, b: h0 + 10 * HOUR, ip: custIp, kind: 'customer' });
      segs.push({ a: dep2 - 2.5 * HOUR, b: dep2 - 0.5 * HOUR, ip: localIp(ctx, destAirport(trip.dest), 'airport'), kind: 'airport' });
      const arr = dep2 + flightHours(destAirport(trip.dest), homeApt) * HOUR;
      trip.arrBack = arr;
      segs.push(home(arr + 2 * HOUR, arr + 3 * HOUR));
      return { segs: segs.filter((s) => s.b > s.a), phone: (t) => (t > dep2 && t < arr ? null : roam(t)), tz: dtz };
    }
    segs.push({ a: dep - 1.7 * HOUR, b: dep - 0.4 * HOUR, ip: localIp(ctx, destAirport(trip.dest), 'airport'), kind: 'airport' });
    const arr = dep + flightHours(destAirport(trip.dest), homeApt) * HOUR;
    trip.arrBack = arr;
    if (arr + 1.5 * HOUR < local(d, 23.5, tz)) segs.push(home(arr + 1.5 * HOUR, arr + 2.4 * HOUR));
    return { segs: segs.filter((s) => s.b > s.a), phone: (t) => (t > dep && t < arr ? null : roam(t)), tz: dtz, flight: [dep, arr] };
  }
  // middle days (weekends on a long trip: hotel only)
  const landed = (trip.arrOut || 0) + 0.75 * HOUR;
  const h0 = local(d, rng.float(6.6, 7.5), dtz);
  segs.push({ a: h0, b: h0 + 1.4 * HOUR, ip: hotelIp, kind: 'hotel' });
  if (weekday(d) < 5) segs.push({ a: h0 + 2 * HOUR, b: h0 + 9.5 * HOUR, ip: longhaul && rng.chance(0.3) ? hotelIp : custIp, kind: 'customer' });
  segs.push({ a: h0 + 12 * HOUR, b: h0 + 14.5 * HOUR, ip: hotelIp, kind: 'hotel' });
  const mid = segs.map((s) => ({ ...s, a: Math.max(s.a, landed) })).filter((s) => s.b > s.a);
  return { segs: mid, phone: (t) => (t < landed ? null : mid.some((s) => s.kind === 'hotel' && t >= s.a && t < s.b) && rng.chance(0.5) ? hotelIp : roam(t)), tz: dtz };
}

const OFFICE_TARGETS = [
  { app: APPS.office, res: RES.exo, ua: UA.wam, browser: 'Rich Client 16.0' },
  { app: APPS.teams, res: RES.teams, ua: UA.teamsWin, browser: 'Rich Client 1.0' },
  { app: APPS.office, res: RES.spo, ua: UA.wam, browser: 'Rich Client 16.0' },
  { app: APPS.onedrive, res: RES.spo, ua: 'Microsoft SkyDriveSync 24.030.0211.0002 ship; Windows NT 10.0 (22631)', browser: 'Rich Client 24.030' },
];
const MAC_TARGETS = [
  { app: APPS.office, res: RES.exo, ua: 'Microsoft Outlook/16.82 (Mac OS X 14.3.1)', browser: 'Rich Client 16.82' },
  { app: APPS.teams, res: RES.teams, ua: UA.teamsMac, browser: 'Rich Client 1.0' },
];

/** A laptop's day: unlocks, token refreshes, a few browser single sign-ons to web apps. */
function laptopDay(ctx, u, plan, extraApps = []) {
  const rng = ctx.rng;
  const dev = u.laptop;
  const mac = dev.kind === 'mac';
  const noDev = dev.kind === 'none';
  const sid = u.laptopSession || (u.laptopSession = rng.guid());
  const web = [APPS.officeHome, APPS.spoWeb, APPS.owa, ...extraApps];
  for (const [i, s] of plan.segs.entries()) {
    if (s.b < T0 || s.a >= T1) continue;
    const t0 = Math.max(s.a, T0) + rng.int(1, 6) * MIN;
    if (!mac && !noDev && (i === 0 || rng.chance(0.2))) {
      signIn(ctx, { t: t0, user: u, app: APPS.winSignIn, ip: s.ip, dev, ua: UA.winAuth, auth: 'whfb', mfa: true, sessionId: sid, browser: '' });
    } else if ((mac || noDev) && (i === 0 || s.kind !== 'home') && (u.macFresh !== localDay(t0, 'CET') || s.kind !== 'home')) {
      // browser session on the Mac / unmanaged laptop: full sign-in when the cookie is gone
      if (u.macFresh === undefined || rng.chance(noDev ? 0.5 : 0.3)) {
        login(ctx, { t: t0, user: u, app: APPS.officeHome, ip: s.ip, dev, ua: mac ? UA.chromeMac(122) : UA.chromeWin(122), auth: 'pw', mfaNeeded: !(u.noMfaPolicy) && ctx.geo.net(ctx.geo.where(s.ip).net).kind !== 'corp', method: u.mfa, phone: u.phoneNo, sessionId: sid, browser: 'Chrome 122.0.0' });
      }
      u.macFresh = localDay(t0, 'CET');
    }
    const tg = mac ? MAC_TARGETS : noDev ? [{ app: APPS.owa, res: RES.exo, ua: UA.chromeWin(122), browser: 'Chrome 122.0.0' }] : OFFICE_TARGETS;
    refreshes(ctx, { user: u, ip: s.ip, dev, sessionId: sid, mfa: !u.noMfaPolicy, tokenIn: mac || noDev ? 'none' : 'primaryRefreshToken' }, t0, Math.min(s.b, T1), mac ? 300 : 300, tg);
    // browser single sign-on to web apps
    const nWeb = s.kind === 'home' || s.kind === 'office' || s.kind === 'customer' ? rng.weighted([[0, 45], [1, 42], [2, 13]]) : rng.weighted([[0, 75], [1, 25]]);
    for (let k = 0; k < nWeb; k++) {
      const t = s.a + rng.float(0.1, 0.95) * (s.b - s.a);
      if (t < T0 || t >= T1) continue;
      const app = rng.pick(web);
      signIn(ctx, { t, user: u, app, ip: s.ip, dev, ua: mac ? UA.chromeMac(122) : noDev ? UA.chromeWin(122) : UA.edgeWin(122), auth: 'sso', mfa: !u.noMfaPolicy, tokenIn: mac || noDev ? 'none' : 'primaryRefreshToken', sessionId: sid, browser: mac || noDev ? 'Chrome 122.0.0' : 'Edge 122.0.0' });
    }
  }
}

/** Phone: Outlook / Teams token refreshes from wherever the phone is. */
function phoneDay(ctx, u, plan, d) {
  const sw = u.phoneSwap;
  if (sw && d === sw.d && !plan?.split) {
    // the old handset until it broke, the replacement after
    phoneDay(ctx, u, { ...(plan || { tz: CITIES[u.city].tz, phone: (t) => phoneIp(ctx, u, t, CITIES[u.city].tz) }), split: true, phone: (t) => (t < sw.broke ? (plan ? plan.phone(t) : phoneIp(ctx, u, t, CITIES[u.city].tz)) : null) }, d);
    const keep = u.phone; u.phone = sw.phone; u.phoneSession = null;
    phoneDay(ctx, u, { ...(plan || { tz: CITIES[u.city].tz, phone: (t) => phoneIp(ctx, u, t, CITIES[u.city].tz) }), split: true, phone: (t) => (t > sw.registered ? (plan ? plan.phone(t) : null) : null) }, d);
    u.phone = keep; u.phoneSession = u.phoneSession2 || null;
    return;
  }
  if (sw && d > sw.d && u.phone !== sw.phone) { u.phone = sw.phone; u.phoneSession = null; }
  const dev = u.phone;
  const ios = dev.os === 'Ios';
  const sid = u.phoneSession || (u.phoneSession = ctx.rng.guid());
  const tz = plan ? plan.tz : CITIES[u.city].tz;
  const ipAt = plan ? plan.phone : (t) => phoneIp(ctx, u, t, tz);
  const from = local(d, 7, tz), to = local(d, weekday(d) >= 5 ? 21 : 22.5, tz);
  const every = weekday(d) >= 5 ? 900 : 600;
  const tg = [
    { app: APPS.outlookMobile, res: RES.exo, ua: ios ? UA.outlookIos : UA.outlookAndroid, browser: ios ? 'Rich Client 4.2409.0' : 'Rich Client 4.2412.1' },
    { app: APPS.teams, res: RES.teams, ua: ios ? UA.teamsIos : UA.teamsAndroid, browser: 'Rich Client 6.3.1' },
  ];
  refreshes(ctx, { user: u, dev, sessionId: sid, mfa: true, ipAt }, from, to, every, tg);
}

// ---- office, executives, sales ----------------------------------------------------------------
export function officeAndSales(ctx) {
  const { w } = ctx;
  const rng = ctx.rng;
  // a handful of people run a consumer VPN or iCloud Private Relay on their personal phone
  const pool = [...w.personas.office, ...w.personas.sales];
  for (const u of rng.sample(pool, 7)) u.phoneVpn = 'nordvpn';
  for (const u of rng.sample(pool.filter((x) => x.phone && x.phone.os === 'Ios'), 25)) u.relay = true;
  for (const u of [...w.personas.office, ...w.personas.sales, ...w.personas.exec]) {
    for (let d = 0; d < DAYS; d++) {
      if (u.leaver && local(d, 0, 'CET') > u.leaver.t) break;
      if (u.startT && local(d, 23, 'CET') < u.startT) continue;
      if (u.holiday && d >= u.holiday.d0 && d <= u.holiday.d1) {
        const hip = localIp(ctx, u.holiday.city, u.holiday.hotel);
        const ipAt = (t) => { const h = localHour(t, 'TRT'); return h < 9.5 || h > 19 ? hip : (d === u.holiday.d0 ? null : mobileIp(ctx, u, t)); };
        if (d > u.holiday.d0) phoneDay(ctx, u, { tz: 'TRT', phone: ipAt }, d);
        if (d === u.holiday.d0 + 2) {
          const t = local(d, 20.6, 'TRT');
          login(ctx, { t, user: u, app: APPS.outlookMobile, ip: hip, dev: u.phone, ua: u.phone.os === 'Ios' ? UA.outlookIos : UA.outlookAndroid, auth: 'pw', mfaNeeded: true, method: u.mfa, phone: u.phoneNo, browser: 'Rich Client 4.2409.0' });
        }
        continue;
      }
      const onTrip = (u.trips || []).some((tr) => d >= tr.d0 && d <= tr.d1);
      if (!onTrip && rng.chance(0.05)) { if (u.phone) phoneDay(ctx, u, null, d); continue; } // day off / sick
      const plan = daySegments(ctx, u, d);
      if (plan) {
        const extra = [];
        if (u.persona === 'sales') extra.push(w.apps.salesforce, w.apps.salesforce, w.apps.concur);
        for (const k of u.saas || []) extra.push(k === 'pbi' ? APPS.pbiWeb : w.apps[k]);
        laptopDay(ctx, u, plan, extra);
      }
      if (u.phone) {
        if (u.phoneVpn && rng.chance(0.5)) {
          // phone tunnelled through a consumer VPN (exit changes per connection)
          const ipAt = (t) => relayIp(ctx, u.phoneVpn, `${u.id}|${Math.floor(t / (3 * HOUR))}`);
          phoneDay(ctx, u, { tz: 'CET', phone: ipAt }, d);
        } else phoneDay(ctx, u, plan, d);
      }
      // Safari on iPhone through iCloud Private Relay: OWA / SharePoint links opened from mail
      if (u.relay && rng.chance(0.15)) {
        const t = local(d, rng.float(8, 21), 'CET');
        signIn(ctx, { t, user: u, app: APPS.spoWeb, ip: relayIp(ctx, 'relay-akamai', `${u.id}|${d}`, CITIES[u.city].cc), dev: { ...u.phone, id: '', displayName: '', trustType: '', compliant: false, managed: false }, ua: UA.safariIos(), auth: 'pw+push', mfa: true, browser: 'Mobile Safari 17.3', sessionId: rng.guid() });
      }
      // weekend: webmail from a family PC
      if (weekday(d) >= 5 && rng.chance(0.06)) {
        const t = local(d, rng.float(10, 21), 'CET');
        login(ctx, { t, user: u, app: APPS.owa, ip: u.homeAt(t), dev: { id: '', displayName: '', os: 'Windows10', browser: 'Chrome 122.0.0', compliant: false, managed: false, trustType: '' }, ua: UA.chromeWin(121), auth: 'pw', mfaNeeded: true, method: u.mfa, phone: u.phoneNo, browser: 'Chrome 121.0.0' });
      }
    }
  }
}

// ---- IT ---------------------------------------------------------------------------------------
export function itStaff(ctx) {
  const { w } = ctx;
  const rng = ctx.rng;
  const all = [...w.it.helpdesk, ...w.it.dev, ...w.it.ops, ...w.it.identity, ...w.it.sec, ...w.contractors];
  const deviceCodeDays = new Map(rng.sample(w.it.dev, 3).map((u) => [u, rng.int(0, 9)]));
  for (const u of all) {
    const role = u.itRole;
    for (let d = 0; d < DAYS; d++) {
      if (u.startT && local(d, 23, 'CET') < u.startT) continue;
      const plan = daySegments(ctx, u, d);
      if (plan && !rng.chance(0.04)) {
        laptopDay(ctx, u, plan, role === 'dev' || role === 'contractor' ? [APPS.azurePortal, w.apps.servicenow] : [APPS.azurePortal, w.apps.servicenow, w.apps.servicenow]);
        const dev = u.laptop;
        const main = plan.segs.find((s) => s.kind === 'office' || s.kind === 'home') || plan.segs[0];
        if (!main || main.a >= T1 || main.b < T0) continue;
        const a = Math.max(main.a, T0), b = Math.min(main.b, T1);
        const sid = rng.guid();
        const ip = main.ip;
        const ui = (t, app, res, ua, browser, auth = 'sso', extra = {}) => signIn(ctx, { t, user: u, app, res, ip, dev, ua, auth, mfa: true, tokenIn: dev.kind === 'win' ? 'primaryRefreshToken' : 'none', sessionId: sid, browser, ...extra });
        // portal work
        const nPortal = role === 'helpdesk' ? rng.int(1, 3) : rng.int(0, 3);
        for (let k = 0; k < nPortal; k++) ui(a + rng.float(0.05, 0.9) * (b - a), APPS.azurePortal, RES.arm, UA.edgeWin(122), 'Edge 122.0.0');
        if (role === 'dev' || role === 'ops' || role === 'contractor') {
          // Azure CLI / PowerShell / VS Code: a browser login now and then, refresh tokens the rest of the day (no device identity)
          if (rng.chance(0.45)) ui(a + rng.int(10, 60) * MIN, APPS.azureCli, RES.arm, UA.edgeWin(122), 'Edge 122.0.0', 'sso');
          const cliUa = dev.kind === 'mac' ? UA.azCli('macOS-14.3.1-arm64-arm-64bit') : UA.azCli();
          refreshes(ctx, { user: u, ip, dev: { ...dev, id: '', displayName: '', compliant: false, managed: false, trustType: '' }, sessionId: rng.guid(), mfa: !u.noMfaPolicy, browser: 'Python Requests 2.31' }, a + HOUR, b, 75, [
            { app: APPS.azureCli, res: RES.arm, ua: cliUa }, { app: APPS.azureCli, res: RES.graph, ua: cliUa },
          ]);
          if (role !== 'contractor') refreshes(ctx, { user: u, ip, dev, sessionId: sid, mfa: true, tokenIn: 'primaryRefreshToken', browser: 'Rich Client 1.87' }, a, b, 160, [{ app: APPS.vscode, res: RES.arm, ua: UA.vscode }, { app: APPS.vscode, res: RES.ado, ua: UA.vscode }]);
          if (role === 'ops' && rng.chance(0.6)) refreshes(ctx, { user: u, ip, dev, sessionId: sid, mfa: true, browser: 'Rich Client 7.4' }, a + 2 * HOUR, a + 5 * HOUR, 55, [{ app: APPS.azurePs, res: RES.arm, ua: UA.azPs }]);
          // some work from the jump host / Cloud Shell in West Europe
          if ((role === 'ops' || role === 'dev') && rng.chance(0.3)) {
            const jip = rng.chance(0.6) ? w.jumpIp : rng.pick(w.cloudShellIps);
            refreshes(ctx, { user: u, ip: jip, dev: { id: '', displayName: '', os: 'Linux', browser: '', compliant: false, managed: false, trustType: '' }, sessionId: rng.guid(), mfa: true, browser: 'Python Requests 2.31' }, a + 3 * HOUR, a + 5.5 * HOUR, 50, [{ app: APPS.azureCli, res: RES.arm, ua: UA.azCliLinux }]);
          }
          if (deviceCodeDays.get(u) === d) {
            // az login --use-device-code on a build VM: the code is entered in the laptop browser
            const t = a + 2.5 * HOUR;
            signIn(ctx, { t, user: u, app: APPS.azureCli, res: RES.arm, ip, dev, ua: UA.edgeWin(122), auth: 'sso', mfa: true, protocol: 'deviceCode', transfer: 'deviceCodeFlow', browser: 'Edge 122.0.0', sessionId: rng.guid() });
            refreshes(ctx, { user: u, ip: w.jumpIp, dev: { id: '', displayName: '', os: 'Linux', browser: '', compliant: false, managed: false, trustType: '' }, sessionId: rng.guid(), mfa: true, browser: 'Python Requests 2.31' }, t + 2 * MIN, t + 3 * HOUR, 45, [{ app: APPS.azureCli, res: RES.arm, ua: UA.azCliLinux }], { transfer: 'deviceCodeFlow' });
          }
        }
        if (role === 'identity' || role === 'helpdesk' || role === 'ops') {
          if (rng.chance(0.5)) {
            const t = a + rng.float(0.1, 0.8) * (b - a);
            ui(t, APPS.graphPs, RES.graph, UA.azPs, 'Rich Client 2.15');
            refreshes(ctx, { user: u, ip, dev, sessionId: sid, mfa: true, browser: 'Rich Client 2.15' }, t, Math.min(t + 2 * HOUR, b), 50, [{ app: APPS.graphPs, res: RES.graph, ua: UA.azPs }]);
          }
          if (role !== 'helpdesk' && rng.chance(0.25)) ui(a + rng.float(0.1, 0.9) * (b - a), APPS.exoPs, RES.exo, UA.azPs, 'Rich Client 3.4');
        }
        if (u === w.it.dev[8] && [2, 3, 9].includes(d)) {
          const ec2 = u.ec2 || (u.ec2 = ctx.geo.alloc(ctx.root.fork('ec2-devbox'), 'aws-euc1'));
          refreshes(ctx, { user: u, ip: ec2, dev: { id: '', displayName: '', os: 'Linux', browser: '', compliant: false, managed: false, trustType: '' }, sessionId: rng.guid(), mfa: true, browser: 'Python Requests 2.31' }, a + 1.5 * HOUR, a + 6 * HOUR, 40, [{ app: APPS.azureCli, res: RES.arm, ua: UA.azCliLinux }, { app: APPS.azureCli, res: RES.graph, ua: UA.azCliLinux }]);
        }
        if ((role === 'identity' || role === 'dev') && rng.chance(0.3)) ui(a + rng.float(0.1, 0.9) * (b - a), APPS.graphExplorer, RES.graph, UA.edgeWin(122), 'Edge 122.0.0');
        if (role === 'sec') { ui(a + rng.int(5, 40) * MIN, APPS.defender, RES.securityCenter, UA.edgeWin(122), 'Edge 122.0.0'); ui(a + rng.float(0.2, 0.9) * (b - a), APPS.azurePortal, RES.loganalytics, UA.edgeWin(122), 'Edge 122.0.0'); }
      }
      if (u.phone) phoneDay(ctx, u, plan, d);
    }
  }
  // on-call: two night incidents handled from home
  for (const [d, h] of [[4, 2.6], [11, 23.4]]) {
    const u = rng.pick(w.it.ops);
    const t = local(d, h, 'CET');
    login(ctx, { t, user: u, app: APPS.azurePortal, ip: u.homeAt(t), dev: u.laptop, ua: UA.edgeWin(122), auth: 'whfb', mfa: true, browser: 'Edge 122.0.0' });
    refreshes(ctx, { user: u, ip: u.homeAt(t), dev: { ...u.laptop, id: '', displayName: '', compliant: false, managed: false, trustType: '' }, sessionId: rng.guid(), mfa: true, browser: 'Python Requests 2.31' }, t, t + 1.5 * HOUR, 20, [{ app: APPS.azureCli, res: RES.arm, ua: UA.azCli() }]);
  }
}

// ---- guests -----------------------------------------------------------------------------------
export function guests(ctx) {
  const { w } = ctx;
  const rng = ctx.rng;
  for (const g of w.guests) {
    if (g.invited && g.invited > T0) continue; // invited during the window: handled in admin work
    const p = g.partner;
    const tz = CITIES[g.city].tz;
    const sid = rng.guid();
    const dev = { id: '', displayName: '', os: 'Windows10', browser: 'Edge 122.0.0', compliant: false, managed: false, trustType: '' };
    const sso = (t, app, ip, ua = UA.edgeWin(122), browser = 'Edge 122.0.0') => signIn(ctx, { t, user: g, app, ip, dev, ua, auth: 'sso', mfa: true, sessionId: sid, browser });
    for (let d = 0; d < DAYS; d++) {
      if (weekday(d) >= 5) continue;
      const ip = rng.chance(0.5) ? p.officeIp : g.homeIp;
      if (p.kind === 'sap') {
        if (rng.chance(0.1)) continue;
        const a = local(d, rng.float(9.2, 10.2), tz);
        login(ctx, { t: a, user: g, app: w.apps.sap, ip, dev, ua: UA.edgeWin(122), auth: 'pw', mfaNeeded: true, method: 'push', browser: 'Edge 122.0.0', rates: { kmsi: 0.2 } });
        sso(a + rng.int(3, 40) * MIN, w.apps.fiori, ip);
        sso(a + rng.float(1, 7) * HOUR, APPS.teams, ip, UA.teamsWin, 'Rich Client 1.0');
        refreshes(ctx, { user: g, ip, dev, sessionId: sid, mfa: true, browser: 'Rich Client 1.0' }, a + HOUR, a + 8.5 * HOUR, 150, [{ app: APPS.teams, res: RES.teams, ua: UA.teamsWin }], {});
      } else if (p.kind === 'carrier') {
        if (!rng.chance(0.35)) continue;
        const a = local(d, rng.float(8, 16.5), tz);
        login(ctx, { t: a, user: g, app: APPS.spoWeb, ip, dev, ua: UA.edgeWin(121), auth: 'pw', mfaNeeded: true, method: 'push', browser: 'Edge 121.0.0' });
      } else if (p.kind === 'audit') {
        if (d < 7 || d > 11) continue;
        const onsite = d >= 8 && d <= 10;
        const aip = onsite ? w.sites.rtm.guestWifi : p.officeIp;
        const a = local(d, rng.float(8.5, 9.5), 'CET');
        login(ctx, { t: a, user: g, app: APPS.spoWeb, ip: aip, dev, ua: UA.edgeWin(122), auth: 'pw', mfaNeeded: true, method: 'push', browser: 'Edge 122.0.0' });
        sso(a + rng.float(2, 6) * HOUR, APPS.teams, aip, UA.teamsWin, 'Rich Client 1.0');
      } else {
        if (!rng.chance(0.5)) continue;
        const a = local(d, rng.float(9, 15), tz);
        login(ctx, { t: a, user: g, app: APPS.spoWeb, ip, dev, ua: UA.chromeWin(122), auth: 'pw', mfaNeeded: true, method: 'push', browser: 'Chrome 122.0.0' });
        sso(a + rng.float(0.5, 3) * HOUR, APPS.teams, ip, UA.teamsWin, 'Rich Client 1.0');
      }
    }
  }
}
