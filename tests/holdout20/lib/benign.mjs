// Honest behaviour of the tenant over the window: working days in five time zones, travelling wealth managers,
// VDI users behind shared Azure egress, the Lisbon SOC on shifts, the Indian developers, service accounts, and the
// directory's day-to-day changes (sync, help desk, PIM, guests, app registrations, consent, CA edits).
import { NETS, APPS, RES, UA, ipIn, ep, TENANT, CA } from './world.mjs';
import { signin, audit, jv } from './emit.mjs';

export const HOUR = 3_600_000, DAY = 24 * HOUR, MIN = 60_000;
export const T0 = Date.UTC(2026, 10, 23), T1 = Date.UTC(2026, 11, 7), DAYS = 14;

export function makeCtx(rng, people) {
  const G = { rng, people, inter: [], non: [], aud: [] };
  G.si = (o) => { if (o.t < T0 || o.t >= T1) return null; if (o.user.disabledAt && o.t >= o.user.disabledAt && !o.err) return null; const r = signin(rng, o); (o.interactive ? G.inter : G.non).push(r); return r; };
  G.au = (o) => { if (o.t < T0 || o.t >= T1) return null; const r = audit(rng, o); G.aud.push(r); return r; };
  G.L = (tz, d, h) => T0 + d * DAY + (h - tz) * HOUR;
  return G;
}

const dow = (d) => (d + 1) % 7; // day 0 = Monday 2026-11-23 -> 1
const weekend = (d) => dow(d) === 0 || dow(d) === 6;

const NONINT_LAPTOP = [
  [APPS.teams, RES.teamsSvc, 'teamsDesk', 30], [APPS.msOffice, RES.exo, 'officeRich', 26], [APPS.oneDrive, RES.spo, 'oneDrive', 16],
  [APPS.teams, RES.graph, 'teamsDesk', 12], [APPS.msOffice, RES.spo, 'officeRich', 8], [APPS.edge, RES.graph, null, 6], [APPS.office, RES.substrate, null, 4],
];
const BROWSER_INT = [[APPS.office, RES.officeHome, 40], [APPS.spWeb, RES.spo, 25], [APPS.owa, RES.exo, 20], [APPS.teamsWeb, RES.teamsSvc, 8], [APPS.myApps, RES.myApps, 7]];

function pickW(rng, xs) { return rng.weighted(xs.map((x) => [x, x[x.length - 1]])); }

/** A working session on a laptop (or VDI host) at endpoint e between local hours [s, e). */
export function laptopDay(G, p, d, tz, where, o = {}) {
  const { rng } = G;
  const dev = o.dev || p.laptop;
  const sH = o.startH ?? (p.startH + rng.normal(0, 0.35)), eH = o.endH ?? (p.endH + rng.normal(0, 0.45));
  const s = G.L(tz, d, sH), e = Math.max(s + 2 * HOUR, G.L(tz, d, eH));
  const ua = UA[dev.ua] || UA.winEdge;
  const sess = rng.uuid();
  const base = { user: p, ep: where, dev, session: sess };
  const joined = /joined/.test(dev.trustType || '');
  let t = s;
  if (o.typo ?? rng.chance(0.011)) {
    G.si({ ...base, t: t - 2 * MIN, app: APPS.office, res: RES.officeHome, ua, interactive: true, auth: 'pwd_fail', err: 50126 });
    if (rng.chance(0.3)) G.si({ ...base, t: t - MIN, app: APPS.office, res: RES.officeHome, ua, interactive: true, auth: 'pwd_fail', err: 50126 });
    G.si({ ...base, t, app: APPS.office, res: RES.officeHome, ua, interactive: true, auth: 'pwd_mfa', risk: o.risk });
  } else if (joined && !o.noWinLogon) {
    G.si({ ...base, t, app: APPS.winSignIn, res: RES.aad, ua: UA.winAad, interactive: true, auth: rng.chance(0.75) ? 'whfb' : 'prt', incoming: 'primaryRefreshToken', browser: '', risk: o.risk });
  } else {
    const fresh = o.fresh ?? rng.chance(0.25);
    if (fresh && rng.chance(0.3)) G.si({ ...base, t: t + 20_000, app: APPS.office, res: RES.officeHome, ua, interactive: true, auth: 'pwd_mfa', err: 50140 });
    G.si({ ...base, t: t + 40_000, app: APPS.office, res: RES.officeHome, ua, interactive: true, auth: o.authMode ?? (fresh ? 'pwd_mfa' : 'prev'), risk: o.risk });
  }
  if (o.risk && joined) G.si({ ...base, t: t + 3 * MIN, app: APPS.office, res: RES.officeHome, ua, interactive: true, auth: 'pwd_mfa', risk: o.risk });
  const nBrowse = o.browse ?? rng.weighted([[0, 50], [1, 38], [2, 12]]);
  for (let i = 0; i < nBrowse; i++) {
    const [app, res] = pickW(rng, BROWSER_INT);
    const tt = s + rng.next() * (e - s);
    if (rng.chance(0.05)) G.si({ ...base, t: tt - 30_000, app, res, ua, interactive: true, auth: 'pwd_mfa', err: 50140 });
    G.si({ ...base, t: tt, app, res, ua, interactive: true, auth: o.authMode ?? (rng.chance(0.07) ? 'pwd_mfa' : 'prev') });
  }
  for (const x of o.extraInt || []) G.si({ ...base, t: s + rng.next() * (e - s), app: x[0], res: x[1], ua: UA[x[2]] || ua, interactive: true, auth: x[3] || 'prev', protocol: x[4], transfer: x[5] });
  const nNon = o.nNon ?? rng.weighted([[1, 15], [2, 35], [3, 30], [4, 15], [5, 5]]);
  const mix = o.nonMix || NONINT_LAPTOP;
  for (let i = 0; i < nNon; i++) {
    const [app, res, uak] = pickW(rng, mix);
    G.si({ ...base, t: s + rng.next() * (e - s), app, res, ua: uak ? UA[uak] : ua, interactive: false, transfer: o.transfer, scopes: o.scopes });
  }
  if (rng.chance(0.04)) G.si({ ...base, t: s + rng.next() * (e - s), app: APPS.msOffice, res: RES.exo, ua: UA.officeRich, interactive: false, err: 50058 });
  return { s, e, sess };
}

/** The phone's background traffic: Outlook / Teams tokens from the carrier (or home Wi-Fi in the evening). */
export function phoneDay(G, p, d, tz, o = {}) {
  const { rng } = G;
  const n = o.n ?? rng.weighted([[0, 33], [1, 40], [2, 21], [3, 6]]);
  const dev = o.dev || p.phone;
  const mobNet = o.mobNet || p.mobile.net;
  for (let i = 0; i < n; i++) {
    const h = o.hours ? o.hours[0] + rng.next() * (o.hours[1] - o.hours[0]) : 7 + rng.next() * 15;
    const where = (h > 19 || h < 7.5) && !o.roaming && rng.chance(0.6) ? p.home : ep(rng, mobNet);
    const teams = rng.chance(0.35);
    G.si({ t: G.L(tz, d, h), user: p, ep: where, dev, ua: UA[dev.ua], interactive: false, app: teams ? APPS.teams : APPS.outlookMobile, res: teams ? RES.teamsSvc : RES.exo, session: rng.uuid(), err: o.err, mfaClaim: o.err ? false : undefined });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Wealth managers' trips
const DEST = {
  swiss: [['dubai', 'hotelDxb', 4, 6.2, 14], ['doha', 'hotelDoha', 3, 6.0, 6], ['riyadh', 'hotelRiyadh', 3, 6.3, 5], ['abudhabi', 'hotelAuh', 4, 6.3, 4], ['london', 'hotelLon', 0, 1.8, 12],
    ['frankfurt', 'hotelFra', 1, 1.1, 6], ['milan', 'hotelMil', 1, 1.0, 8], ['monaco', 'hotelMc', 1, 1.3, 7], ['luxembourg', 'hotelLux', 1, 1.1, 5], ['paris', 'hotelPar', 1, 1.3, 5],
    ['singapore', 'hotelSg', 8, 12.5, 5], ['hongkong', 'hotelHk', 8, 12.0, 4]],
  sg: [['hongkong', 'hotelHk', 8, 4.0, 10], ['dubai', 'hotelDxb', 4, 7.5, 4], ['zurich', 'zrhOffice', 1, 13.0, 4], ['london', 'hotelLon', 0, 14.0, 2]],
  dxb: [['riyadh', 'hotelRiyadh', 3, 2.2, 8], ['doha', 'hotelDoha', 3, 1.2, 6], ['london', 'hotelLon', 0, 7.5, 4], ['zurich', 'zrhOffice', 1, 6.3, 5]],
};

export function planTrips(rng, p) {
  const list = DEST[p.site === 'sg' ? 'sg' : p.site === 'dxb' ? 'dxb' : 'swiss'];
  const n = rng.weighted([[0, 18], [1, 52], [2, 30]]);
  const trips = [];
  let from = rng.int(0, 4);
  for (let i = 0; i < n; i++) {
    const dst = rng.weighted(list.map((x) => [x, x[4]]));
    const nights = dst[3] > 9 ? rng.int(3, 5) : dst[3] > 4 ? rng.int(2, 4) : rng.int(1, 3);
    const d0 = from; const d1 = d0 + nights;
    if (d1 > 13) break;
    trips.push({ d0, d1, dest: dst[0], net: NETS[dst[1]], tz: dst[2], fly: dst[3], hotel: null });
    from = d1 + rng.int(2, 4);
  }
  return trips;
}

function wmDay(G, p, d, trips) {
  const { rng } = G;
  const trip = trips.find((x) => d >= x.d0 && d <= x.d1);
  if (!trip) {
    if (weekend(d)) { if (rng.chance(0.5)) phoneDay(G, p, d, p.tz, { n: rng.int(1, 3) }); return; }
    const where = p.wfh.has(dow(d)) ? p.home : ep(G.rng, p.office, p.officeIp);
    laptopDay(G, p, d, p.tz, where);
    phoneDay(G, p, d, p.tz, { n: rng.int(1, 4) });
    return;
  }
  if (!trip.hotel) trip.hotel = ep(rng, trip.net);
  const roam = { roaming: true, mobNet: p.mobile.net };
  if (d === trip.d0) {
    // morning at the office (or home), then the flight; the laptop wakes up at the hotel after landing
    const depH = rng.pick([10.5, 12.0, 13.5, 15.0, 17.5]);
    laptopDay(G, p, d, p.tz, ep(rng, p.office, p.officeIp), { startH: 7.6, endH: depH - 1.6, nNon: rng.int(2, 3) });
    phoneDay(G, p, d, p.tz, { n: 2, hours: [depH - 1.5, depH - 0.4] });
    const arrUtc = G.L(p.tz, d, depH) + trip.fly * HOUR;
    const arrLocal = (arrUtc - T0 - d * DAY) / HOUR + trip.tz;
    phoneDay(G, p, d, trip.tz, { ...roam, n: 2, hours: [arrLocal + 0.3, arrLocal + 1.2] });
    if (arrLocal + 1.5 < 23.5) laptopDay(G, p, d, trip.tz, trip.hotel, { startH: arrLocal + 1.2, endH: Math.min(arrLocal + 3.5, 23.9), nNon: rng.int(1, 3), browse: 1, risk: rng.chance(0.35) ? { level: 'medium', agg: 'low', state: 'remediated', detail: 'userPassedMFADrivenByRiskBasedPolicy', types: [rng.pick(['unfamiliarFeatures', 'unlikelyTravel'])] } : undefined });
    else trip.lateArrival = true;
    return;
  }
  if (d === trip.d1) {
    const depLocal = rng.pick([9.0, 11.5, 14.0, 16.0]);
    laptopDay(G, p, d, trip.tz, trip.hotel, { startH: 6.8, endH: depLocal - 1.5, nNon: rng.int(1, 3) });
    phoneDay(G, p, d, trip.tz, { ...roam, n: rng.int(1, 2), hours: [7, depLocal - 0.5] });
    const arrUtc = G.L(trip.tz, d, depLocal) + trip.fly * HOUR;
    const arrHome = (arrUtc - T0 - d * DAY) / HOUR + p.tz;
    phoneDay(G, p, d, p.tz, { n: 2, hours: [arrHome + 0.2, arrHome + 1.5] });
    if (arrHome + 1 < 23) laptopDay(G, p, d, p.tz, p.home, { startH: arrHome + 1, endH: Math.min(arrHome + 2.5, 23.9), nNon: rng.int(1, 2), browse: 0 });
    return;
  }
  // a day at the destination: clients' offices and the hotel; the phone roams on the home carrier
  const risk = trip.lateArrival && d === trip.d0 + 1 ? { level: 'medium', agg: 'low', state: 'remediated', detail: 'userPassedMFADrivenByRiskBasedPolicy', types: ['unfamiliarFeatures'] } : undefined;
  laptopDay(G, p, d, trip.tz, trip.hotel, { startH: 7.0 + rng.next(), endH: 9.5, nNon: rng.int(1, 2), risk });
  laptopDay(G, p, d, trip.tz, rng.chance(0.5) ? ep(rng, trip.net) : trip.hotel, { startH: 18.5, endH: 22.5 + rng.next(), nNon: rng.int(1, 3), noWinLogon: true, browse: rng.int(0, 1) });
  phoneDay(G, p, d, trip.tz, { ...roam, n: rng.int(2, 5), hours: [8, 21] });
}

// ---------------------------------------------------------------------------------------------------------------
export function generateBenign(G) {
  const { rng, people } = G;
  const by = (k) => people.filter((p) => p.kind === k);
  const avdChn = Array.from({ length: 6 }, () => ep(rng, NETS.avdChn));
  const avdCin = Array.from({ length: 4 }, () => ep(rng, NETS.avdCin));
  G.avdChn = avdChn; G.avdCin = avdCin;
  const itStaff = by('it'); const helpdesk = itStaff.slice(10, 18); const admins = by('admin');
  const sync = people.find((p) => p.role === 'sync');
  const syncActor = { user: sync, ip: '' };
  const msPim = { app: { appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e', name: 'MS-PIM', spId: 'c8e4a1b2-7d6f-4e3a-9b8c-1d2e3f4a5b6c', spName: 'MS-PIM' } };
  const drs = { app: { appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service', spId: '2f1e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5c', spName: 'Device Registration Service' } };

  // ----- storylines chosen up front (victims of scenarios are excluded later by the caller through `reserved`)
  const reserved = G.reserved || new Set();
  const pool = (k, n, pred = () => true) => rng.sample(people.filter((p) => p.kind === k && !reserved.has(p.upn) && !p.story && pred(p)), n);
  const leavers = [...pool('staff', 5), ...pool('vdi', 2), ...pool('wm', 1)];
  leavers.forEach((p) => { p.story = 'leaver'; p.leaveDay = rng.int(2, 10); if (weekend(p.leaveDay)) p.leaveDay -= 2; p.disabledAt = G.L(1, p.leaveDay, 17.5 + rng.next()); });
  const lockouts = [...pool('vdi', 4), ...pool('staff', 3), ...pool('trader', 1)];
  lockouts.forEach((p) => { p.story = 'lockout'; p.lockDay = rng.int(0, 12); });
  const joiners = [...pool('staff', 6), ...pool('vdi', 2), ...pool('it', 1, (p) => itStaff.indexOf(p) >= 18), ...pool('intern', 2)];
  joiners.forEach((p) => { p.story = 'joiner'; p.joinDay = rng.pick([0, 0, 1, 7, 7, 8, 2, 9]); });
  const phoneSwaps = [...pool('staff', 6), ...pool('wm', 2), ...pool('trader', 2)];
  phoneSwaps.forEach((p, i) => { p.story = 'phone'; p.swapDay = rng.int(1, 12); p.swapTap = i % 3 === 0; });
  const mfaDenyTraders = pool('trader', 3); mfaDenyTraders.forEach((p) => { p.story = 'mfadeny'; p.denyDay = rng.int(0, 11); });
  const retireesActive = rng.sample(by('retiree'), 7);
  retireesActive.forEach((p, i) => { p.story = 'retireeActive'; p.home = ep(rng, [NETS.telefonicaRes, NETS.timRes, NETS.swisscomRes, NETS.swisscomResGva][i % 4]); });
  const devsDeviceCode = rng.sample(by('dev'), 6); devsDeviceCode.forEach((p) => { p.deviceCodeDay = rng.int(0, 11); });

  // ----- per-person days
  for (const p of people) {
    const trips = p.kind === 'wm' ? planTrips(rng, p) : null;
    p.trips = trips;
    for (let d = 0; d < DAYS; d++) {
      if (p.story === 'leaver' && d > p.leaveDay) { leaverAfter(G, p, d); continue; }
      if (p.story === 'joiner' && d <= p.joinDay + 1) continue;
      const swapDev = p.story === 'phone' && d >= p.swapDay ? (p.newPhone ||= { ...p.phone, deviceId: rng.uuid() }) : p.phone;
      const po = { dev: swapDev };
      switch (p.kind) {
        case 'staff': case 'it': case 'intern': {
          if (weekend(d)) { if (rng.chance(p.kind === 'intern' ? 0.45 : 0.3)) phoneDay(G, p, d, p.tz, { ...po, n: rng.int(1, 2) }); if (rng.chance(0.03)) laptopDay(G, p, d, p.tz, p.home, { startH: 10 + rng.next() * 6, endH: 18, nNon: rng.int(1, 2), browse: 0 }); break; }
          if (rng.chance(0.06)) break; // leave / sick
          const wfh = p.wfh.has(dow(d));
          const where = wfh ? p.home : ep(rng, p.office, p.officeIp);
          const extra = p.kind === 'it' && rng.chance(0.5) ? [[APPS.azPortal, RES.arm, 'winEdge']] : [];
          laptopDay(G, p, d, p.tz, where, { extraInt: extra, typo: p.story === 'lockout' && d === p.lockDay ? false : undefined });
          phoneDay(G, p, d, p.tz, po);
          break;
        }
        case 'vdi': {
          if (weekend(d)) { if (rng.chance(0.25)) phoneDay(G, p, d, p.tz, { ...po, n: 1 }); break; }
          if (rng.chance(0.06)) break;
          vdiDay(G, p, d, avdChn, po);
          break;
        }
        case 'trader': {
          if (weekend(d)) { if (rng.chance(0.35)) phoneDay(G, p, d, p.tz, { ...po, n: rng.int(1, 2) }); break; }
          if (rng.chance(0.04)) break;
          const where = ep(rng, p.office, p.officeIp);
          laptopDay(G, p, d, p.tz, where, { nNon: rng.int(3, 6), extraInt: rng.chance(0.6) ? [[APPS.citrix, RES.citrix, 'winEdge']] : [] });
          if (p.story === 'mfadeny' && d === p.denyDay) {
            const t = G.L(p.tz, d, 12.5 + rng.next() * 3);
            G.si({ t, user: p, ep: where, dev: p.laptop, ua: UA.winEdge, interactive: true, app: APPS.office, res: RES.officeHome, auth: 'mfa_deny', err: 500121 });
            G.si({ t: t + 70_000, user: p, ep: where, dev: p.laptop, ua: UA.winEdge, interactive: true, app: APPS.office, res: RES.officeHome, auth: 'pwd_mfa' });
          }
          phoneDay(G, p, d, p.tz, po);
          break;
        }
        case 'wm': wmDay(G, p, d, trips); break;
        case 'soc': socDay(G, p, d); break;
        case 'dev': devDay(G, p, d, avdCin); break;
        case 'admin': adminDay(G, p, d, msPim); break;
        case 'guestAud': case 'guestCust': guestDay(G, p, d); break;
        case 'retiree': if (p.story === 'retireeActive') retireeDay(G, p, d); break;
        case 'svc': svcDay(G, p, d); break;
        case 'room': roomDay(G, p, d); break;
      }
    }
  }

  // ----- storylines' sign-ins and audit records
  for (const p of lockouts) {
    const d = weekend(p.lockDay) ? p.lockDay + 2 : p.lockDay;
    const where = p.kind === 'vdi' ? rng.pick(avdChn) : ep(rng, p.office, p.officeIp);
    const dev = p.kind === 'vdi' ? { deviceId: rng.uuid(), displayName: `ZRH-AVD-SH0${rng.int(10, 48)}`, os: 'Windows10', browser: 'Edge 131.0.0', isCompliant: true, isManaged: true, trustType: 'Hybrid Azure AD joined', ua: 'winEdge' } : p.laptop;
    let t = G.L(p.tz, d, 7.9 + rng.next());
    const n = rng.int(4, 7);
    for (let i = 0; i < n; i++) { G.si({ t, user: p, ep: where, dev, ua: UA.winEdge, interactive: true, app: APPS.office, res: RES.officeHome, auth: 'pwd_fail', err: 50126 }); t += rng.int(15, 70) * 1000; }
    for (let i = 0; i < 2; i++) { G.si({ t, user: p, ep: where, dev, ua: UA.winEdge, interactive: true, app: APPS.office, res: RES.officeHome, auth: 'pwd_locked', err: 50053 }); t += rng.int(40, 120) * 1000; }
    const hd = rng.pick(helpdesk);
    t += rng.int(20, 55) * MIN;
    G.au({ t, activity: 'Reset user password', category: 'UserManagement', opType: 'Update', actor: { user: hd, ip: hd.officeIp }, targets: [{ id: p.id, displayName: p.name, type: 'User', upn: p.upn }], ua: UA.winEdge });
    G.au({ t: t + 500, activity: 'Reset password (by admin)', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', actor: { user: hd, ip: hd.officeIp }, targets: [{ id: p.id, displayName: p.name, type: 'User', upn: p.upn }] });
    t += rng.int(4, 12) * MIN;
    G.si({ t, user: p, ep: where, dev, ua: UA.winEdge, interactive: true, app: APPS.office, res: RES.officeHome, auth: 'pwd', err: 50055 });
    G.au({ t: t + 60_000, activity: 'Change password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', actor: { user: p, ip: where.ip }, targets: [{ id: p.id, displayName: p.name, type: 'User', upn: p.upn }] });
    G.si({ t: t + 90_000, user: p, ep: where, dev, ua: UA.winEdge, interactive: true, app: APPS.office, res: RES.officeHome, auth: 'pwd_mfa' });
    const ph = ep(rng, p.mobile.net);
    G.si({ t: t + rng.int(20, 90) * MIN, user: p, ep: ph, dev: p.phone, ua: UA[p.phone.ua], interactive: false, app: APPS.outlookMobile, res: RES.exo, err: 50173, mfaClaim: false });
    G.si({ t: t + rng.int(95, 140) * MIN, user: p, ep: ph, dev: p.phone, ua: UA[p.phone.ua], interactive: true, app: APPS.outlookMobile, res: RES.exo, auth: 'pwd_mfa' });
  }
  for (const p of leavers) {
    const t = p.disabledAt;
    const tgt = [{ id: p.id, displayName: p.name, type: 'User', upn: p.upn, mods: [['AccountEnabled', jv(true), jv(false)], ['Included Updated Properties', null, '"AccountEnabled"']] }];
    G.au({ t, activity: 'Disable account', category: 'UserManagement', opType: 'Update', actor: syncActor, targets: tgt });
    G.au({ t: t + 200, activity: 'Update user', category: 'UserManagement', opType: 'Update', actor: syncActor, targets: tgt });
    G.au({ t: t + 15 * MIN, activity: 'Remove member from group', category: 'GroupManagement', opType: 'Unassign', actor: syncActor, targets: [{ id: rng.uuid(), displayName: 'SG-M365-E5-Licensed', type: 'Group', groupType: 'azureAD' }, { id: p.id, type: 'User', upn: p.upn }] });
  }
  for (const p of joiners) {
    const tAdd = G.L(1, p.joinDay, 6 + rng.next() * 3);
    G.au({ t: tAdd, activity: 'Add user', category: 'UserManagement', opType: 'Add', actor: syncActor, targets: [{ id: p.id, displayName: p.name, type: 'User', upn: p.upn, mods: [['AccountEnabled', '[]', jv(true)], ['UserPrincipalName', '[]', jv(p.upn)], ['DisplayName', '[]', jv(p.name)]] }] });
    G.au({ t: tAdd + 40 * MIN, activity: 'Add member to group', category: 'GroupManagement', opType: 'Assign', actor: syncActor, targets: [{ id: rng.uuid(), displayName: 'SG-M365-E5-Licensed', type: 'Group', groupType: 'azureAD' }, { id: p.id, type: 'User', upn: p.upn }] });
    const d1 = p.joinDay + 1;
    const hd = rng.pick(helpdesk);
    const tTap = G.L(1, d1, 8.2 + rng.next() * 0.5);
    G.au({ t: tTap, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', resultReason: 'Admin registered temporary access pass method for user', actor: { user: hd, ip: hd.officeIp }, targets: [{ id: p.id, displayName: p.name, type: 'User', upn: p.upn }] });
    const office = ep(rng, p.office, p.officeIp);
    G.si({ t: tTap + 12 * MIN, user: p, ep: office, dev: p.laptop, ua: UA.winEdge, interactive: true, app: APPS.mySignins, res: RES.graph, auth: 'tap' });
    G.au({ t: tTap + 14 * MIN, activity: 'User started security info registration', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', resultReason: 'User started the registration for Authenticator App with Notification and Code', actor: { user: p, ip: office.ip }, targets: [{ id: p.id, displayName: p.name, type: 'User', upn: p.upn }] });
    G.au({ t: tTap + 15 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', actor: { user: p, ip: office.ip }, targets: [{ id: p.id, displayName: p.name, type: 'User', upn: p.upn }] });
    G.si({ t: tTap + 16 * MIN, user: p, ep: ep(rng, p.mobile.net), dev: p.phone, ua: UA.iosSafari, interactive: true, app: APPS.authenticator, res: RES.graph, auth: 'pwd_mfa' });
    G.au({ t: tTap + 25 * MIN, activity: 'Register device', category: 'Device', opType: 'Add', actor: drs, targets: [{ id: rng.uuid(), displayName: p.laptop.displayName, type: 'Device' }], details: [['Device Id', p.laptop.deviceId], ['Device OS', 'Windows'], ['Device Trust Type', 'ServerAd']] });
    if (p.kind === 'it') {
      const a = rng.pick(admins);
      G.au({ t: tTap + 3 * HOUR, activity: 'Add eligible member to role in PIM requested (permanent)', category: 'RoleManagement', service: 'PIM', opType: 'Add', actor: { user: a, ip: a.officeIp }, targets: [{ id: rng.uuid(), displayName: 'Helpdesk Administrator', type: 'Role' }, { id: p.id, displayName: p.name, type: 'User', upn: p.upn }], details: [['Justification', 'New service desk engineer, onboarding ticket REQ0048812']] });
      G.au({ t: tTap + 3 * HOUR + 2000, activity: 'Add eligible member to role in PIM completed (permanent)', category: 'RoleManagement', service: 'PIM', opType: 'Add', actor: { user: a, ip: a.officeIp }, targets: [{ id: rng.uuid(), displayName: 'Helpdesk Administrator', type: 'Role' }, { id: p.id, displayName: p.name, type: 'User', upn: p.upn }] });
    }
  }
  for (const p of phoneSwaps) {
    const d = weekend(p.swapDay) ? p.swapDay + 2 : p.swapDay;
    if (d > 13) continue;
    const where = p.wfh.has(dow(d)) ? p.home : ep(rng, p.office, p.officeIp);
    let t = G.L(p.tz, d, 9 + rng.next() * 6);
    if (p.swapTap) {
      const hd = rng.pick(helpdesk);
      G.au({ t, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', resultReason: 'Admin registered temporary access pass method for user', actor: { user: hd, ip: hd.officeIp }, targets: [{ id: p.id, displayName: p.name, type: 'User', upn: p.upn }] });
      t += 8 * MIN;
      G.si({ t, user: p, ep: where, dev: p.laptop, ua: UA.winEdge, interactive: true, app: APPS.mySignins, res: RES.graph, auth: 'tap' });
    } else {
      G.si({ t, user: p, ep: where, dev: p.laptop, ua: UA.winEdge, interactive: true, app: APPS.mySignins, res: RES.graph, auth: 'pwd_mfa' });
    }
    G.au({ t: t + 3 * MIN, activity: 'User deleted security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Delete', resultReason: 'User deleted Authenticator App with Notification and Code', actor: { user: p, ip: where.ip }, targets: [{ id: p.id, displayName: p.name, type: 'User', upn: p.upn }] });
    G.au({ t: t + 5 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', actor: { user: p, ip: where.ip }, targets: [{ id: p.id, displayName: p.name, type: 'User', upn: p.upn }] });
    const nd = p.newPhone || p.phone;
    G.si({ t: t + 6 * MIN, user: p, ep: ep(rng, p.mobile.net), dev: nd, ua: UA.iosSafari, interactive: true, app: APPS.authenticator, res: RES.graph, auth: 'pwd_mfa' });
    G.au({ t: t + 9 * MIN, activity: 'Add device', category: 'Device', opType: 'Add', actor: drs, targets: [{ id: rng.uuid(), displayName: nd.displayName, type: 'Device' }], details: [['Device Id', nd.deviceId], ['Device OS', nd.os]] });
    G.au({ t: t + 9 * MIN + 300, activity: 'Add registered owner to device', category: 'Device', opType: 'Assign', actor: drs, targets: [{ id: rng.uuid(), displayName: nd.displayName, type: 'Device' }, { id: p.id, type: 'User', upn: p.upn }] });
  }

  // ----- directory background: sync, guests, PIM, apps, consent, CA, domain, SSPR
  const all = people.filter((p) => p.userType === 'member' && p.kind !== 'svc' && p.kind !== 'room');
  for (let d = 0; d < DAYS; d++) {
    const we = weekend(d);
    for (let i = 0, n = we ? rng.int(2, 6) : rng.int(18, 34); i < n; i++) {
      const u = rng.pick(all);
      G.au({ t: G.L(0, d, rng.next() * 24), activity: 'Update user', category: 'UserManagement', opType: 'Update', actor: syncActor, targets: [{ id: u.id, displayName: u.name, type: 'User', upn: u.upn, mods: [[rng.pick(['TelephoneNumber', 'Department', 'JobTitle', 'extensionAttribute7', 'Manager']), '[]', '[]'], ['Included Updated Properties', null, '""']] }] });
    }
    for (let i = 0, n = we ? rng.int(0, 2) : rng.int(4, 10); i < n; i++) {
      const u = rng.pick(all);
      G.au({ t: G.L(1, d, 7 + rng.next() * 11), activity: 'Change user password', category: 'UserManagement', opType: 'Update', actor: syncActor, targets: [{ id: u.id, displayName: u.name, type: 'User', upn: u.upn }] });
    }
    for (let i = 0, n = we ? 0 : rng.int(2, 8); i < n; i++) {
      const u = rng.pick(all);
      G.au({ t: G.L(1, d, 6 + rng.next() * 13), activity: rng.chance(0.7) ? 'Add member to group' : 'Remove member from group', category: 'GroupManagement', opType: 'Assign', actor: syncActor, targets: [{ id: rng.uuid(), displayName: rng.pick(['GG-Zurich-AllStaff', 'GG-WM-Advisors', 'GG-Ops-Payments', 'GG-Compliance', 'GG-Geneva-AllStaff', 'SG-Intune-Pilot']), type: 'Group', groupType: 'azureAD' }, { id: u.id, type: 'User', upn: u.upn }] });
    }
    if (!we) {
      for (let i = 0, n = rng.int(0, 3); i < n; i++) {
        const inviter = rng.pick(people.filter((p) => p.kind === 'staff' || p.kind === 'wm'));
        const ext = `${rng.pick(['m.keller', 'a.rossi', 'j.martin', 'c.dubois', 'l.weber', 's.tan', 'r.khan'])}${rng.int(1, 99)}@${rng.pick(['wyss-partners.ch', 'lexlaw.ch', 'atelier-fiduciaire.ch', 'northsea-capital.co.uk', 'marina-family-office.sg'])}`;
        const gid = rng.uuid(); const tI = G.L(1, d, 9 + rng.next() * 8);
        G.au({ t: tI, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', opType: 'Add', actor: { user: inviter, ip: inviter.officeIp }, targets: [{ id: gid, displayName: ext.split('@')[0], type: 'User', upn: `${ext.replace('@', '_')}#EXT#@hallwylbrunner.onmicrosoft.com` }], details: [['invitedUserEmailAddress', ext], ['InvitationId', rng.uuid()]] });
        if (rng.chance(0.8)) G.au({ t: tI + rng.int(1, 30) * HOUR, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', opType: 'Update', actor: { user: { id: gid, upn: ext }, ip: '' }, targets: [{ id: gid, displayName: ext.split('@')[0], type: 'User', upn: `${ext.replace('@', '_')}#EXT#@hallwylbrunner.onmicrosoft.com` }] });
      }
      if (rng.chance(0.3)) {
        const u = rng.pick(all); const t = G.L(1, d, 7 + rng.next() * 12);
        G.au({ t, activity: 'Self-service password reset flow activity progress', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', resultReason: 'User submitted their user ID', actor: { user: u, ip: u.home.ip }, targets: [{ id: u.id, type: 'User', upn: u.upn }] });
        G.au({ t: t + 3 * MIN, activity: 'Reset password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', resultReason: 'Successfully completed reset.', actor: { user: u, ip: u.home.ip }, targets: [{ id: u.id, type: 'User', upn: u.upn }] });
      }
    }
  }
  // PIM activations by the admins on their PAWs
  for (const a of admins) {
    for (let d = 0; d < DAYS; d++) {
      if (!a.workDays?.has(d)) continue;
      for (let k = 0, n = rng.int(1, 2); k < n; k++) {
        const role = rng.pick(['Exchange Administrator', 'Intune Administrator', 'User Administrator', 'Security Reader', 'Application Administrator', 'Conditional Access Administrator', 'Groups Administrator']);
        const t = G.L(1, d, 8.3 + rng.next() * 7);
        const rid = rng.uuid();
        const ipA = a.pawIpUsed || a.officeIp;
        G.au({ t, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', actor: { user: a, ip: ipA }, targets: [{ id: rid, displayName: role, type: 'Role' }, { id: a.id, displayName: a.name, type: 'User', upn: a.upn }], details: [['Justification', rng.pick(['CHG0031844 mailbox permissions', 'INC0092210 device enrolment issue', 'Weekly access review', 'CHG0031901 app proxy connector', 'Ticket REQ0048730'])], ['StartTime', new Date(t).toISOString()], ['ExpirationTime', new Date(t + 8 * HOUR).toISOString()]] });
        G.au({ t: t + 3000, activity: 'Add member to role', category: 'RoleManagement', opType: 'Assign', actor: msPim, targets: [{ id: a.id, displayName: a.name, type: 'User', upn: a.upn, mods: [['Role.DisplayName', null, jv(role)], ['Role.TemplateId', null, jv(rid)]] }] });
        G.au({ t: t + 4000, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', actor: { user: a, ip: ipA }, targets: [{ id: rid, displayName: role, type: 'Role' }, { id: a.id, displayName: a.name, type: 'User', upn: a.upn }] });
        G.au({ t: t + 8 * HOUR + 5000, activity: 'Remove member from role', category: 'RoleManagement', opType: 'Unassign', actor: msPim, targets: [{ id: a.id, displayName: a.name, type: 'User', upn: a.upn, mods: [['Role.DisplayName', jv(role), null]] }] });
      }
    }
  }
  // developers' app registrations with secrets (from the VDI)
  const devs = by('dev');
  for (let i = 0; i < 4; i++) {
    const dv = devs[i * 7]; const d = [1, 3, 8, 10][i]; const t = G.L(5.5, d, 11 + rng.next() * 4);
    const appName = ['hbc-portfolio-api-dev', 'hbc-statements-renderer-test', 'hbc-kyc-workflow-dev', 'hbc-fx-rates-ingest-uat'][i];
    const appObj = rng.uuid(); const appId = rng.uuid(); const ipD = rng.pick(avdCin).ip;
    G.au({ t, activity: 'Add application', category: 'ApplicationManagement', opType: 'Add', actor: { user: dv, ip: ipD }, targets: [{ id: appObj, displayName: appName, type: 'Application', mods: [['AppAddress', null, '[{"AddressType":0,"Address":"http://localhost:5000/signin-oidc","ReplyAddressClientType":1,"ReplyAddressIndex":null,"IsReplyAddressDefault":false}]'], ['AppId', null, jv(appId)], ['DisplayName', null, jv(appName)]] }], ua: UA.winEdge });
    G.au({ t: t + 1500, activity: 'Add owner to application', category: 'ApplicationManagement', opType: 'Assign', actor: { user: dv, ip: ipD }, targets: [{ id: dv.id, type: 'User', upn: dv.upn }, { id: appObj, displayName: appName, type: 'Application' }] });
    G.au({ t: t + 2500, activity: 'Add service principal', category: 'ApplicationManagement', opType: 'Add', actor: { user: dv, ip: ipD }, targets: [{ id: rng.uuid(), displayName: appName, type: 'ServicePrincipal', mods: [['AppPrincipalId', null, jv(appId)], ['DisplayName', null, jv(appName)]] }] });
    const kid = rng.uuid();
    G.au({ t: t + rng.int(5, 40) * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', opType: 'Update', actor: { user: dv, ip: ipD }, targets: [{ id: appObj, displayName: appName, type: 'Application', mods: [['KeyDescription', '[]', jv(`[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=local-dev]`)], ['Included Updated Properties', null, '"KeyDescription"']] }], ua: UA.winEdge });
  }
  // scheduled secret rotation by the automation account (Mondays 03:10 UTC)
  const rot = { app: { appId: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d', name: 'HBC-KeyVault-SecretRotation', spId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', spName: 'HBC-KeyVault-SecretRotation' } };
  for (const d of [0, 7]) for (const [nm, id] of [['Bloomberg Connector', 'b3a7e2c4-0d5f-4e1a-8c6b-2f9d7e4a1c30'], ['HBC Pension Portal', 'e1d2c3b4-a596-4877-8a9b-0c1d2e3f4a5b'], ['Nightly Reconciliation', '0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f']]) {
    const t = G.L(0, d, 3.16 + rng.next() * 0.1); const oldK = rng.uuid(), newK = rng.uuid();
    G.au({ t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', opType: 'Update', actor: rot, targets: [{ id: rng.uuid(), displayName: nm, type: 'Application', mods: [['KeyDescription', jv(`[KeyIdentifier=${oldK},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-by-automation]`), JSON.stringify([`[KeyIdentifier=${oldK},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-by-automation]`, `[KeyIdentifier=${newK},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-by-automation]`])], ['Included Updated Properties', null, '"KeyDescription"']] }], details: [['AppId', id]], ua: 'Microsoft Azure Graph Client Library 2.1.17-internal' });
  }
  // honest admin consent to a vendor app (comms archiving), and two low-risk user consents
  {
    const a = admins[2]; const t = G.L(1, 3, 10.4);
    const sp = rng.uuid(); const appId = '5c2d8e1f-3a4b-4c6d-9e8f-0a1b2c3d4e5f'; const nm = 'Smarsh Capture for Microsoft Teams';
    G.au({ t, activity: 'Add service principal', category: 'ApplicationManagement', opType: 'Add', actor: { user: a, ip: a.officeIp }, targets: [{ id: sp, displayName: nm, type: 'ServicePrincipal', mods: [['AppPrincipalId', null, jv(appId)], ['DisplayName', null, jv(nm)]] }] });
    for (const perm of ['ChannelMessage.Read.All', 'Chat.Read.All', 'User.Read.All']) G.au({ t: t + 4000, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', opType: 'Assign', actor: { user: a, ip: a.officeIp }, targets: [{ id: rng.uuid(), displayName: 'Microsoft Graph', type: 'ServicePrincipal', mods: [['AppRole.Value', null, jv(perm)], ['ServicePrincipal.DisplayName', null, jv(nm)], ['ServicePrincipal.AppId', null, jv(appId)]] }] });
    G.au({ t: t + 5000, activity: 'Consent to application', category: 'ApplicationManagement', opType: 'Assign', actor: { user: a, ip: a.officeIp }, targets: [{ id: sp, displayName: nm, type: 'ServicePrincipal', mods: [['ConsentContext.IsAdminConsent', null, jv('True')], ['ConsentContext.IsAppOnly', null, jv('True')], ['ConsentContext.OnBehalfOfAll', null, jv('True')], ['ConsentAction.Permissions', null, jv(`[] => [[Id: ${rng.b64url(32)}, ClientId: ${sp}, PrincipalId: , ResourceId: ${rng.uuid()}, ConsentType: AllPrincipals, Scope: ChannelMessage.Read.All Chat.Read.All User.Read.All, CreatedDateTime: , LastModifiedDateTime ]]; `)], ['TargetId.ServicePrincipalNames', null, jv(appId)]] }], details: [['User-Agent', UA.winEdge], ['AppId', appId]] });
    G.si({ t: t - 2 * MIN, user: a, ep: ep(rng, a.office, a.officeIp), dev: a.laptop, ua: UA.winEdge, interactive: true, app: ['5c2d8e1f-3a4b-4c6d-9e8f-0a1b2c3d4e5f', nm], res: RES.graph, auth: 'fido', appOwner: '8d3e1a2b-4c5d-4e6f-a7b8-c9d0e1f2a3b4' });
  }
  for (const [d, nm, appId] of [[2, 'Adobe Acrobat', 'a8d1b0f4-3e2c-4a5b-9c8d-7e6f5a4b3c2d'], [9, 'Zoom for Outlook', '1f2e3d4c-5b6a-4798-8a9b-c0d1e2f3a4b5']]) {
    const u = rng.pick(by('staff')); const t = G.L(1, d, 10 + rng.next() * 6); const sp = rng.uuid();
    G.au({ t, activity: 'Consent to application', category: 'ApplicationManagement', opType: 'Assign', actor: { user: u, ip: u.officeIp }, targets: [{ id: sp, displayName: nm, type: 'ServicePrincipal', mods: [['ConsentContext.IsAdminConsent', null, jv('False')], ['ConsentContext.IsAppOnly', null, jv('False')], ['ConsentContext.OnBehalfOfAll', null, jv('False')], ['ConsentAction.Permissions', null, jv(`[] => [[Id: ${rng.b64url(32)}, ClientId: ${sp}, PrincipalId: ${u.id}, ResourceId: ${rng.uuid()}, ConsentType: Principal, Scope: openid profile email offline_access User.Read, CreatedDateTime: , LastModifiedDateTime ]]; `)], ['TargetId.ServicePrincipalNames', null, jv(appId)]] }], details: [['User-Agent', UA.winEdge], ['AppId', appId]] });
    G.si({ t: t - MIN, user: u, ep: ep(rng, u.office, u.officeIp), dev: u.laptop, ua: UA.winEdge, interactive: true, app: [appId, nm], res: RES.graph, auth: 'prev', appOwner: rng.uuid(), scopes: ['openid', 'profile', 'email', 'offline_access', 'User.Read'] });
  }
  // honest CA edits from a PAW: an exclusion group on CA003, and a new pilot policy in report-only
  {
    const a = admins[1]; const t = G.L(1, 4, 14.2);
    const old = { id: CA[2].id, displayName: CA[2].name, state: 'enabled', conditions: { users: { includeGroups: ['GG-Trading-Floor'], excludeGroups: ['GG-BreakGlass'] } } };
    const nw = { ...old, conditions: { users: { includeGroups: ['GG-Trading-Floor'], excludeGroups: ['GG-BreakGlass', 'GG-Trading-LoanerDesks'] } } };
    G.au({ t, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', opType: 'Update', actor: { user: a, ip: a.officeIp }, targets: [{ id: CA[2].id, displayName: CA[2].name, type: 'Policy', mods: [['ConditionalAccessPolicy', JSON.stringify(old), JSON.stringify(nw)]] }], details: [['Justification', 'CHG0031877 loaner desks for trading floor refurbishment']] });
    const b = admins[4]; const t2 = G.L(1, 9, 11.1);
    const pol = { id: rng.uuid(), displayName: 'CA009 - Pilot - Block device code flow', state: 'enabledForReportingButNotEnforced', conditions: { users: { includeUsers: ['All'], excludeGroups: ['GG-BreakGlass', 'GG-Vendor-Dev-VDI'] }, authenticationFlows: { transferMethods: 'deviceCodeFlow' } }, grantControls: { builtInControls: ['block'] } };
    G.au({ t: t2, activity: 'Add conditional access policy', category: 'Policy', service: 'Conditional Access', opType: 'Add', actor: { user: b, ip: b.officeIp }, targets: [{ id: pol.id, displayName: pol.displayName, type: 'Policy', mods: [['ConditionalAccessPolicy', null, JSON.stringify(pol)]] }] });
  }
  // honest domain (managed) for a marketing site
  {
    const a = admins[0]; const t = G.L(1, 6, 10.0);
    G.au({ t, activity: 'Add unverified domain', category: 'DirectoryManagement', opType: 'Add', actor: { user: a, ip: a.officeIp }, targets: [{ id: rng.uuid(), displayName: 'hbc-wealth.ch', type: 'Other' }] });
    G.au({ t: t + 26 * MIN, activity: 'Verify domain', category: 'DirectoryManagement', opType: 'Update', actor: { user: a, ip: a.officeIp }, targets: [{ id: rng.uuid(), displayName: 'hbc-wealth.ch', type: 'Other', mods: [['IsVerified', jv(false), jv(true)]] }] });
  }
}

// ---------------------------------------------------------------------------------------------------------------
function leaverAfter(G, p, d) {
  const { rng } = G;
  if (d > p.leaveDay + 6) return; // phone finally wiped
  const n = rng.int(3, 9);
  for (let i = 0; i < n; i++) {
    const h = rng.next() * 24;
    G.si({ t: G.L(p.tz, d, h), user: p, ep: h > 19 || h < 7 ? p.home : ep(rng, p.mobile.net), dev: p.phone, ua: UA[p.phone.ua], interactive: false, app: rng.chance(0.7) ? APPS.outlookMobile : APPS.teams, res: RES.exo, err: 50057, mfaClaim: false });
  }
  if (d === p.leaveDay + 1) G.si({ t: G.L(p.tz, d, 8.5), user: p, ep: p.home, dev: p.laptop, ua: UA.oneDrive, interactive: false, app: APPS.oneDrive, res: RES.spo, err: 50057, mfaClaim: false });
}

function vdiDay(G, p, d, avd, po) {
  const { rng } = G;
  const wfh = p.wfh.has(dow(d));
  const client = wfh ? p.home : ep(rng, p.office, p.officeIp);
  const sH = p.startH + rng.normal(0, 0.3);
  const t = G.L(p.tz, d, sH);
  const thin = { ...p.laptop };
  G.si({ t, user: p, ep: client, dev: thin, ua: UA.winEdge, interactive: true, app: APPS.rdClient, res: RES.avd, auth: rng.chance(0.25) ? 'pwd_mfa' : 'prev', clientApp: 'Mobile Apps and Desktop clients' });
  const host = { deviceId: rng.uuid(), displayName: `ZRH-AVD-SH0${rng.int(10, 48)}`, os: 'Windows10', browser: 'Edge 131.0.0', isCompliant: true, isManaged: true, trustType: 'Hybrid Azure AD joined', ua: 'winEdge' };
  const egress = rng.pick(avd);
  laptopDay(G, p, d, p.tz, egress, { dev: host, startH: sH + 0.05, typo: rng.chance(0.02), nNon: rng.int(2, 5) });
  phoneDay(G, p, d, p.tz, po);
}

function socDay(G, p, d) {
  const { rng } = G;
  p.rot ??= rng.int(0, 20);
  const cyc = (d + p.rot) % 10; // 2 early, 2 late, 2 night, 4 off... simplified rotation
  const shift = cyc < 2 ? [7, 15] : cyc < 4 ? [15, 23] : cyc < 6 ? [23, 31] : null;
  if (!shift) { if (rng.chance(0.15)) phoneDay(G, p, d, 0, { n: 1 }); return; }
  const where = rng.chance(0.7) ? ep(rng, p.office, p.officeIp) : p.home;
  const mix = [[APPS.azPortal, RES.arm, null, 40], [['80ccca67-54bd-44ab-8625-4b79c4dc7775', 'Microsoft 365 Security and Compliance Center'], ['8ee8fdad-f234-4243-8f3b-15c294843740', 'Microsoft Threat Protection'], null, 35], [APPS.azPortal, ['ca7f3f0b-7d91-482c-8e09-c5d840d0eac5', 'Log Analytics API'], null, 25], [APPS.teams, RES.teamsSvc, 'teamsDesk', 10]];
  laptopDay(G, p, d, 0, where, { startH: shift[0] + rng.normal(0, 0.15), endH: shift[1] - 0.2, fresh: true, nNon: rng.int(5, 10), nonMix: mix, extraInt: [[['80ccca67-54bd-44ab-8625-4b79c4dc7775', 'Microsoft 365 Security and Compliance Center'], ['8ee8fdad-f234-4243-8f3b-15c294843740', 'Microsoft Threat Protection'], 'winEdge'], [APPS.azPortal, RES.arm, 'winEdge']], browse: 0 });
  if (rng.chance(0.4)) phoneDay(G, p, d, 0, { n: 1, hours: [shift[0], shift[1]] });
}

function devDay(G, p, d, avd) {
  const { rng } = G;
  if (weekend(d)) { if (rng.chance(0.06)) laptopDay(G, p, d, 5.5, p.home, { startH: 11, endH: 15, nNon: 2, nonMix: [[APPS.vscode, RES.graph, 'vscode', 1]], browse: 0 }); return; }
  if (rng.chance(0.05)) return;
  const sH = 9.3 + rng.normal(0, 0.4);
  const t = G.L(5.5, d, sH);
  G.si({ t, user: p, ep: p.home, dev: p.laptop, ua: UA.winEdge, interactive: true, app: APPS.rdClient, res: RES.avd, auth: rng.chance(0.3) ? 'pwd_mfa' : 'prev' });
  const host = { deviceId: rng.uuid(), displayName: `INFV-VDI-${rng.int(100, 160)}`, os: 'Windows10', browser: 'Edge 131.0.0', isCompliant: true, isManaged: true, trustType: 'Hybrid Azure AD joined', ua: 'winEdge' };
  const egress = rng.pick(avd);
  const mix = [[APPS.vscode, RES.graph, 'vscode', 20], [APPS.azCli, RES.arm, 'azCli', 25], [APPS.graphCli, RES.graph, 'graphPs', 10], [APPS.azPs, RES.arm, 'azPs', 8], [APPS.teams, RES.teamsSvc, 'teamsDesk', 20], [APPS.msOffice, RES.exo, 'officeRich', 15], [APPS.azCli, RES.keyVault, 'azCli', 8]];
  const extra = [];
  if (rng.chance(0.3)) extra.push([APPS.azPortal, RES.arm, 'winEdge']);
  if (rng.chance(0.15)) extra.push([APPS.azCli, RES.arm, 'azCli', 'pwd_mfa']);
  const dc = p.deviceCodeDay === d;
  if (dc) extra.push([APPS.azCli, RES.arm, 'azCli', 'pwd_mfa', 'deviceCode', 'deviceCodeFlow']);
  laptopDay(G, p, d, 5.5, egress, { dev: host, startH: sH + 0.05, endH: 18.8 + rng.normal(0, 0.5), nNon: rng.int(4, 8), nonMix: mix, extraInt: extra });
  if (dc) for (let i = 0; i < 3; i++) G.si({ t: G.L(5.5, d, 15 + i), user: p, ep: egress, dev: host, ua: UA.azCli, interactive: false, app: APPS.azCli, res: RES.arm, transfer: 'deviceCodeFlow', protocol: 'none' });
  if (rng.chance(0.3)) phoneDay(G, p, d, 5.5, { n: 1 });
}

function adminDay(G, p, d, msPim) {
  const { rng } = G;
  p.workDays ??= new Set();
  const onCall = p === G.people.find((x) => x.kind === 'admin') && weekend(d);
  if (weekend(d) && !onCall) return;
  if (!weekend(d) && rng.chance(0.15)) return;
  p.workDays.add(d);
  const where = onCall ? p.home : ep(rng, p.office, p.officeIp);
  const mix = [[APPS.azPortal, RES.arm, null, 30], [APPS.azPortal, RES.graph, null, 20], [APPS.graphCli, RES.graph, 'graphPs', 15], [APPS.exoPs, RES.exo, 'azPs', 8]];
  laptopDay(G, p, d, 1, where, { startH: onCall ? 10 : undefined, endH: onCall ? 12 : undefined, noWinLogon: false, nNon: rng.int(3, 6), nonMix: mix, extraInt: [[APPS.azPortal, RES.arm, 'winEdge', 'fido']], browse: 0 });
}

function guestDay(G, p, d) {
  const { rng } = G;
  p.active ??= rng.chance(p.kind === 'guestAud' ? 0.65 : 0.55);
  if (!p.active || weekend(d)) return;
  if (!rng.chance(p.kind === 'guestAud' ? 0.7 : 0.4)) return;
  const onSite = p.kind === 'guestAud' && rng.chance(0.35);
  const where = onSite ? ep(rng, NETS.zrhOffice, '195.141.88.200') : rng.chance(0.8) ? ep(rng, p.office, p.officeIp) : p.home;
  const mix = [[APPS.spWeb, RES.spo, null, 40], [APPS.teamsWeb, RES.teamsSvc, null, 30], [APPS.office, RES.graph, null, 20]];
  laptopDay(G, p, d, 1, where, { authMode: rng.chance(0.8) ? 'ext' : 'prev', startH: 8.5 + rng.next(), endH: 17.5, fresh: false, nNon: rng.int(1, 4), nonMix: mix, browse: rng.int(1, 2) });
}

function retireeDay(G, p, d) {
  const { rng } = G;
  p.rdays ??= new Set(rng.sample([...Array(14).keys()], rng.int(1, 2)));
  if (!p.rdays.has(d)) return;
  const t = G.L(1, d, 9 + rng.next() * 9);
  const dev = { deviceId: '', displayName: '', os: rng.pick(['Windows10', 'Ios 17.6']), browser: 'Chrome 131.0.0', isCompliant: false, isManaged: false, trustType: '' };
  if (rng.chance(0.4)) G.si({ t: t - 90_000, user: p, ep: p.home, dev, ua: UA.winChrome, interactive: true, app: APPS.pension, res: RES.pension, auth: 'pwd_fail', err: 50126 });
  G.si({ t, user: p, ep: p.home, dev, ua: UA.winChrome, interactive: true, app: APPS.pension, res: RES.pension, auth: 'pwd_mfa' });
  G.si({ t: t + 9 * MIN, user: p, ep: p.home, dev, ua: UA.winChrome, interactive: false, app: APPS.pension, res: RES.pension });
}

function svcDay(G, p, d) {
  const { rng } = G;
  const dc = ep(rng, p.office, p.officeIp);
  const bare = { deviceId: '', displayName: '', os: p.laptop.os, browser: '', isCompliant: false, isManaged: false, trustType: '' };
  const we = weekend(d);
  if (p.role === 'swift') {
    for (let h = we ? 0 : 6; h < (we ? 24 : 20); h += we ? 2 : 0.5) {
      if (rng.chance(0.12)) continue;
      G.si({ t: G.L(1, d, h + rng.next() * 0.05), user: p, ep: dc, dev: bare, ua: '', interactive: true, app: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'], res: RES.exo, auth: 'pwd', clientApp: 'Authenticated SMTP', legacy: true });
    }
  } else if (p.role === 'bbg') {
    for (let h = 0; h < 24; h++) {
      const t = G.L(1, d, h + 0.25 + rng.next() * 0.02);
      G.si({ t, user: p, ep: dc, dev: bare, ua: UA.dotnet, interactive: true, app: APPS.bloomberg, res: RES.exo, auth: 'pwd', protocol: 'ropc' });
    }
  } else if (p.role === 'backup') {
    const t = G.L(0, d, 0.5 + rng.next() * 0.05);
    G.si({ t, user: p, ep: dc, dev: bare, ua: UA.dotnet, interactive: true, app: ['f5a9d1c8-2b3e-4c7a-9d0f-8e1b2c3a4d5e', 'Veeam Backup for Microsoft 365'], res: RES.exo, auth: 'pwd', protocol: 'ropc', appOwner: '6c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' });
    for (let k = 1; k <= 9; k++) G.si({ t: t + k * 20 * MIN, user: p, ep: dc, dev: bare, ua: UA.dotnet, interactive: false, app: ['f5a9d1c8-2b3e-4c7a-9d0f-8e1b2c3a4d5e', 'Veeam Backup for Microsoft 365'], res: k % 3 ? RES.exo : RES.spo, appOwner: '6c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', mfaClaim: false });
  } else if (p.role === 'recon') {
    if (we) return;
    const t = G.L(1, d, 22.5 + rng.next() * 0.03);
    G.si({ t, user: p, ep: dc, dev: bare, ua: UA.python, interactive: true, app: APPS.recon, res: RES.spo, auth: 'pwd', protocol: 'ropc' });
    G.si({ t: t + 35 * MIN, user: p, ep: dc, dev: bare, ua: UA.python, interactive: false, app: APPS.recon, res: RES.spo, mfaClaim: false });
  } else if (p.role === 'shared') {
    if (we) return;
    const office = ep(rng, NETS.zrhOffice, p.officeIp);
    for (let i = 0, n = rng.int(2, 6); i < n; i++) {
      const t = G.L(1, d, 7.5 + rng.next() * 9.5);
      const typo = rng.chance(0.04);
      if (typo) G.si({ t: t - 40_000, user: p, ep: office, dev: { deviceId: '', displayName: '', os: 'Windows10', browser: 'Edge 131.0.0', isCompliant: false, isManaged: false, trustType: '' }, ua: UA.winEdge, interactive: true, app: APPS.owa, res: RES.exo, auth: 'pwd_fail', err: 50126 });
      G.si({ t, user: p, ep: office, dev: { deviceId: '', displayName: '', os: 'Windows10', browser: 'Edge 131.0.0', isCompliant: false, isManaged: false, trustType: '' }, ua: UA.winEdge, interactive: true, app: APPS.owa, res: RES.exo, auth: 'pwd' });
      G.si({ t: t + rng.int(10, 90) * MIN, user: p, ep: office, dev: { deviceId: '', displayName: '', os: 'Windows10', browser: 'Edge 131.0.0', isCompliant: false, isManaged: false, trustType: '' }, ua: UA.winEdge, interactive: false, app: APPS.owa, res: RES.exo, mfaClaim: false });
    }
  } else if (p.role === 'scan') {
    if (we) return;
    for (let i = 0, n = rng.int(3, 9); i < n; i++) G.si({ t: G.L(1, d, 8 + rng.next() * 10), user: p, ep: dc, dev: bare, ua: '', interactive: true, app: ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'], res: RES.exo, auth: 'pwd', clientApp: 'Authenticated SMTP', legacy: true });
  } else if (p.role === 'sync') {
    for (let h = 0; h < 24; h += 0.5) G.si({ t: G.L(0, d, h + 0.01 + rng.next() * 0.01), user: p, ep: dc, dev: bare, ua: '', interactive: false, app: APPS.aadConnect, res: RES.aadConnectSync, mfaClaim: false });
  }
}

function roomDay(G, p, d) {
  const { rng } = G;
  const where = ep(rng, p.office, p.officeIp);
  const we = weekend(d);
  G.si({ t: G.L(p.tz, d, 2.5 + rng.next() * 0.3), user: p, ep: where, dev: p.laptop, ua: UA.mtr, interactive: true, app: APPS.teams, res: RES.teamsSvc, auth: 'pwd' });
  const n = we ? 2 : rng.int(5, 8);
  for (let i = 0; i < n; i++) G.si({ t: G.L(p.tz, d, 6 + rng.next() * 13), user: p, ep: where, dev: p.laptop, ua: UA.mtr, interactive: false, app: APPS.teams, res: rng.chance(0.6) ? RES.teamsSvc : RES.exo, mfaClaim: false });
}
