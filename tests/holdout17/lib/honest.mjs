// Honest behaviour of Tasmarine Lines over the fortnight: office staff (in office, from home, through Zscaler),
// travellers, terminal shift workers on shared kiosks, seafarers on Starlink, administrators, developers,
// automation, Teams Rooms, guests, leavers, and the routine directory audit stream.
import { APP, RES, UA, HOUR, MIN, DAY, DAYS, T0 } from './context.mjs';
import { TRAVEL, CORP, CLOUD, ZS, P, loc, addr, MOBILE } from './geo.mjs';
import { SITES, TENANT } from './tenant.mjs';
import { stableGuid } from './prng.mjs';
import { SYNC_ACTOR, APPS_AS_ACTOR, userActor, appActor, userTarget, jv, jarr } from './audit.mjs';

const NI_LAPTOP = [
  [[APP.office, RES.exchange], 30], [[APP.teams, RES.teamsSvc], 22], [[APP.oneDrive, RES.sharepoint], 12], [[APP.office, RES.sharepoint], 8],
  [[APP.teams, RES.graph], 8], [[APP.office, RES.graph], 6], [[APP.teams, RES.skype], 5], [[APP.edge, RES.graph], 5], [[APP.office, RES.o365Portal], 4],
];
const NI_SCOPE = {
  [RES.exchange.id]: '["EWS.AccessAsUser.All","Mail.ReadWrite","Calendars.ReadWrite","Contacts.ReadWrite","MailboxSettings.ReadWrite","Tasks.ReadWrite"]',
  [RES.teamsSvc.id]: '["user_impersonation"]',
  [RES.sharepoint.id]: '["AllSites.Write","MyFiles.Write","Sites.Search.All"]',
  [RES.graph.id]: '["Calendars.ReadWrite","Files.ReadWrite.All","Mail.ReadWrite","People.Read","Sites.ReadWrite.All","User.Read","User.ReadBasic.All"]',
  [RES.skype.id]: '["user_impersonation"]',
  [RES.o365Portal.id]: '["user_impersonation"]',
  [RES.arm.id]: '["user_impersonation"]',
  [RES.aadGraph.id]: '["user_impersonation"]',
};
const BROWSER_APPS = [
  [[APP.officeHome, RES.officeHome], 30], [[APP.sharepoint, RES.sharepoint], 22], [[APP.exchange, RES.exchange], 10], [[APP.teamsWeb, RES.teamsSvc], 8],
  [[APP.cargowise, RES.cargowise], 12], [[APP.servicenow, RES.servicenow], 10], [[APP.powerbi, RES.powerbi], 4],
];

function poisson(r, lambda) { let L = Math.exp(-lambda), k = 0, p = 1; do { k++; p *= r.next(); } while (p > L); return k - 1; }

/** One interactive browser sign-in with SSO (PRT / session cookie). */
function browserSso(ctx, u, t, w, app, res, extra = {}) {
  const b = ctx.browserOf(u);
  const outside = !w.net.trusted;
  return ctx.si({ t, inter: true, user: u, app, res, w, dev: u.laptop, ...b, client: 'Browser', auth: 'sso', mfaClaim: outside,
    authReq: outside ? 'multiFactorAuthentication' : 'singleFactorAuthentication', session: ctx.session(u, u.laptop, Math.floor((t - T0) / DAY)), ...extra });
}

/** A fresh interactive sign-in with password (+ MFA when outside trusted networks), possibly after typos / KMSI. */
function freshSignIn(ctx, u, t, w, app, res, dev, b, { typos = 0, client = 'Browser', kmsi = true, mfaMethod = null } = {}) {
  const r = ctx.rng;
  const corr = r.guid();
  const outside = !w.net.trusted;
  const session = r.guid();
  const typed = r.chance(0.2) ? u.upn.replace(/^./, (c) => c.toUpperCase()) : u.upn;
  let tt = t;
  for (let i = 0; i < typos; i++) {
    ctx.si({ t: tt, inter: true, user: u, app, res, w, dev, ...b, client, err: 50126, auth: 'badPassword', corr, session, typed });
    tt += r.int(8, 40) * 1000;
  }
  const needMfa = outside || u.admin;
  const e = ctx.si({ t: tt + r.int(5, 20) * 1000, inter: true, user: u, app, res, w, dev, ...b, client, auth: needMfa ? 'passwordMfa' : 'password', mfaMethod,
    authReq: needMfa ? 'multiFactorAuthentication' : 'singleFactorAuthentication', corr, session, typed, detail: needMfa ? 'MFA completed in Azure AD' : null,
    methodsUsed: needMfa ? ['Password', mfaMethod === 'Text message' || u.mfa === 'Text message' ? 'SMS' : 'Authenticator App'] : ['Password'] });
  if (kmsi && client === 'Browser' && r.chance(0.5)) {
    ctx.si({ t: tt + r.int(21, 40) * 1000, inter: true, user: u, app, res, w, dev, ...b, client, err: 50140, auth: needMfa ? 'passwordMfa' : 'password', authReq: needMfa ? 'multiFactorAuthentication' : 'singleFactorAuthentication', corr, session, typed });
  }
  return e;
}

function niLaptop(ctx, u, t, w, dev, pair = null) {
  const r = ctx.rng;
  const [app, res] = pair || r.weighted(NI_LAPTOP);
  const outside = !w.net.trusted;
  const err = r.chance(0.012) ? r.weighted([[50173, 2], [700082, 1], [70044, 1], [50078, 1]]) : 0;
  return ctx.si({ t, inter: false, user: u, app, res, w, dev, ...ctx.rich(dev, app === APP.edge ? ctx.browserOf(u).ua : null), client: 'Mobile Apps and Desktop clients',
    incoming: dev && dev.kind !== 'phone' && r.chance(0.55) ? 'primaryRefreshToken' : 'unknownFutureValue', err,
    authReq: outside ? 'multiFactorAuthentication' : 'singleFactorAuthentication', scope: NI_SCOPE[res.id] || '["user_impersonation"]', session: ctx.session(u, dev, Math.floor((t - T0) / DAY)), cae: r.chance(0.4) });
}

function niPhone(ctx, u, t, w) {
  const r = ctx.rng;
  const p = u.phone;
  const which = r.weighted([['outlook', 55], ['teams', 45]]);
  const app = which === 'outlook' ? APP.outlookMob : APP.teams;
  const res = which === 'outlook' ? RES.exchange : RES.teamsSvc;
  return ctx.si({ t, inter: false, user: u, app, res, w, dev: p, ...ctx.phoneUa(p, which), client: 'Mobile Apps and Desktop clients',
    authReq: w.net.trusted ? 'singleFactorAuthentication' : 'multiFactorAuthentication', scope: NI_SCOPE[res.id], session: ctx.session(u, p, Math.floor((t - T0) / DAY)), cae: true,
    err: r.chance(0.008) ? 50173 : 0 });
}

// ----------------------------------------------------------------------------------------------------------------
// trips: per-user overrides of timezone and networks on given days, with flight blackouts

function planTrips(ctx) {
  const r = ctx.rng.fork('trips');
  const T = ctx.tenant;
  const pool = (sites) => T.users.filter((u) => u.kind === 'office' && sites.includes(u.site) && !u.adminOf && !u.idle && u.phone && !u.reserved && u.startDay === undefined);
  const used = new Set();
  const take = (sites, n) => { const out = []; for (const u of r.shuffle(pool(sites))) { if (out.length >= n) break; if (!used.has(u.id)) { used.add(u.id); out.push(u); } } return out; };
  const travellers = [];
  const mk = (u, legs) => { u.trip = legs; travellers.push(u); };
  // leg: { from, to (UTC ms), tz, laptop: (ctx,u,d)=>w, phone: (ctx,u,d)=>w, officeNet } ; gaps between legs are flights
  const roam = (ctx, u, d) => ctx.mobile(u, d); // home-routed roaming: the phone keeps its home carrier address
  for (const u of take(['MEL', 'SYD'], 6)) {
    const a = r.int(0, 8), dep = ctx.at(a, 9.25, 11), arr = dep + 8.25 * HOUR, back = ctx.at(a + 4, 20.5, 8), land = back + 7.6 * HOUR;
    mk(u, { dest: 'SIN', legs: [
      { from: T0 - DAY, to: dep - 2 * HOUR, home: true },
      { from: dep - 2 * HOUR, to: dep - 20 * MIN, tz: 11, airport: true, laptop: null, phone: (c, x, d) => c.mobile(x, d) },
      { from: arr + 40 * MIN, to: back - 2.5 * HOUR, tz: 8, officeNet: CORP.SIN, laptop: (c, x) => (x.zscaler ? c.zs(x, 'SIN') : c.netAt(TRAVEL.SIN_HOTEL)), phone: (c, x, d) => (r.chance(0.7) ? roam(c, x, d) : c.netAt(TRAVEL.SIN_HOTEL)) },
      { from: back - 2.5 * HOUR, to: back - 30 * MIN, tz: 8, airport: true, laptop: (c) => c.netAt(TRAVEL.SIN_AIRPORT), phone: (c, x, d) => roam(c, x, d) },
      { from: land + 30 * MIN, to: Infinity, home: true }] });
  }
  for (const u of take(['MEL', 'SYD', 'BNE'], 5)) {
    const a = r.int(0, 9), dep = ctx.at(a, 7, SITES[u.site].tz), arr = dep + 3.4 * HOUR, back = ctx.at(a + 3, 18, 13), land = back + 3.9 * HOUR;
    const esim = r.chance(0.4);
    mk(u, { dest: 'AKL', legs: [
      { from: T0 - DAY, to: dep - 90 * MIN, home: true },
      { from: arr + 45 * MIN, to: back - 2 * HOUR, tz: 13, officeNet: CORP.AKL, laptop: (c, x) => (x.zscaler ? c.zs(x, 'AKL') : c.netAt(TRAVEL.AKL_HOTEL)), phone: (c, x, d) => (esim ? { ip: addr(r, MOBILE.NZ[0][0]), net: MOBILE.NZ[0][0], place: loc(P.AKL) } : roam(c, x, d)) },
      { from: land + 40 * MIN, to: Infinity, home: true }] });
  }
  for (const u of take(['AKL'], 3)) {
    const a = r.int(1, 8), dep = ctx.at(a, 8, 13), arr = dep + 4.1 * HOUR, back = ctx.at(a + 4, 17, 11), land = back + 3.3 * HOUR;
    mk(u, { dest: 'MEL', legs: [
      { from: T0 - DAY, to: dep - 90 * MIN, home: true },
      { from: arr + 50 * MIN, to: back - 2 * HOUR, tz: 11, officeNet: CORP.MEL_HQ, laptop: (c, x) => (x.zscaler ? c.zs(x, 'MEL') : c.netAt(CORP.MEL_HQ)), phone: (c, x, d) => roam(c, x, d) },
      { from: land + 40 * MIN, to: Infinity, home: true }] });
  }
  for (const u of take(['MEL'], 2)) {
    const a = r.int(0, 4), dep = ctx.at(a, 22.2, 11), dxb = dep + 14.3 * HOUR, dep2 = dxb + 3.2 * HOUR, ams = dep2 + 7.4 * HOUR;
    const back = ctx.at(a + 6, 21, 1), dxb2 = back + 6.5 * HOUR, dep3 = dxb2 + 2.6 * HOUR, land = dep3 + 13.2 * HOUR;
    mk(u, { dest: 'RTM', legs: [
      { from: T0 - DAY, to: dep - 2 * HOUR, home: true },
      { from: dep - 2 * HOUR, to: dep - 25 * MIN, tz: 11, airport: true, laptop: null, phone: (c, x, d) => c.mobile(x, d) },
      { from: dxb + 30 * MIN, to: dep2 - 40 * MIN, tz: 4, airport: true, laptop: (c) => c.netAt(TRAVEL.DXB_AIRPORT), phone: (c) => c.netAt(TRAVEL.DXB_AIRPORT) },
      { from: ams + 2 * HOUR, to: back - 2.5 * HOUR, tz: 1, laptop: (c, x) => (x.zscaler ? c.zs(x, 'AMS') : c.netAt(TRAVEL.RTM_HOTEL)), phone: (c, x, d) => (r.chance(0.6) ? roam(c, x, d) : c.netAt(TRAVEL.RTM_HOTEL)) },
      { from: dxb2 + 30 * MIN, to: dep3 - 40 * MIN, tz: 4, airport: true, laptop: null, phone: (c) => c.netAt(TRAVEL.DXB_AIRPORT) },
      { from: land + 40 * MIN, to: Infinity, home: true }] });
  }
  for (const u of take(['BNE'], 1)) {
    const a = r.int(2, 8), dep = ctx.at(a, 9, 10), arr = dep + 2.6 * HOUR, back = ctx.at(a + 3, 14, 11), land = back + 2.4 * HOUR;
    mk(u, { dest: 'NOU', legs: [
      { from: T0 - DAY, to: dep - 90 * MIN, home: true },
      { from: arr + 40 * MIN, to: back - 2 * HOUR, tz: 11, laptop: (c) => c.netAt(TRAVEL.NOU_HOTEL), phone: (c, x, d) => roam(c, x, d) },
      { from: land + 40 * MIN, to: Infinity, home: true }] });
  }
  for (const u of take(['FRE'], 2)) {
    const a = r.int(0, 8), dep = ctx.at(a, 8, 8), arr = dep + 5.4 * HOUR, back = ctx.at(a + 3, 16, 8), land = back + 5.2 * HOUR;
    mk(u, { dest: 'SIN', legs: [
      { from: T0 - DAY, to: dep - 90 * MIN, home: true },
      { from: arr + 40 * MIN, to: back - 2 * HOUR, tz: 8, officeNet: CORP.SIN, laptop: (c, x) => (x.zscaler ? c.zs(x, 'SIN') : c.netAt(TRAVEL.SIN_HOTEL)), phone: (c, x, d) => roam(c, x, d) },
      { from: land + 40 * MIN, to: Infinity, home: true }] });
  }
  for (const u of take(['MEL'], 1)) {
    const a = r.int(1, 6), dep = ctx.at(a, 10.5, 11), arr = dep + 14.2 * HOUR, back = ctx.at(a + 4, 22.5, -8), land = back + 15.6 * HOUR;
    mk(u, { dest: 'LAX', legs: [
      { from: T0 - DAY, to: dep - 2 * HOUR, home: true },
      { from: arr + 90 * MIN, to: back - 3 * HOUR, tz: -8, laptop: (c) => c.netAt(TRAVEL.LAX_HOTEL), phone: (c, x, d) => (r.chance(0.5) ? roam(c, x, d) : c.netAt(TRAVEL.LAX_HOTEL)) },
      { from: land + 60 * MIN, to: Infinity, home: true }] });
  }
  for (const u of take(['SIN'], 2)) {
    const a = r.int(0, 8), dep = ctx.at(a, 8.5, 8), arr = dep + 7.8 * HOUR, back = ctx.at(a + 3, 13, 10), land = back + 7.9 * HOUR;
    mk(u, { dest: 'BNE', legs: [
      { from: T0 - DAY, to: dep - 90 * MIN, home: true },
      { from: arr + 40 * MIN, to: back - 2 * HOUR, tz: 10, officeNet: CORP.BNE, laptop: (c, x) => (x.zscaler ? c.zs(x, 'SYD') : c.netAt(CORP.BNE)), phone: (c, x, d) => roam(c, x, d) },
      { from: land + 40 * MIN, to: Infinity, home: true }] });
  }
  return travellers;
}

// a new starter's first day: account created by sync the week before, Temporary Access Pass from the service desk,
// MFA registered from the office, then the usual Windows sign-in and apps
function onboard(ctx, u, d) {
  const r = ctx.rng;
  const h = ctx.tenant.admins.find((a) => a.roles[0] === 'Helpdesk Administrator');
  const w = ctx.office(u);
  const t = ctx.at(d, 8.6 + r.next() * 0.5, u.tz);
  ctx.audit({ t: t - 40 * MIN, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'Admin registered temporary access pass method for user', actor: userActor(h, null), targets: [userTarget(u)] });
  const session = r.guid();
  ctx.si({ t, inter: true, user: u, app: APP.winSignIn, res: RES.aadGraph, w, dev: u.laptop, ua: UA.windowsSignIn, browser: '', os: 'Windows10', client: 'Mobile Apps and Desktop clients', auth: [{ method: 'Temporary Access Pass', req: 'Primary authentication', result: 'Correct credentials', ok: true }], authReq: 'multiFactorAuthentication', session, methodsUsed: ['Temporary Access Pass'] });
  ctx.si({ t: t + 6 * MIN, inter: true, user: u, app: APP.mySignins, res: RES.mySignins, w, dev: u.laptop, ...ctx.browserOf(u), client: 'Browser', auth: 'sso', mfaClaim: true, authReq: 'multiFactorAuthentication', session });
  ctx.audit({ t: t + 7 * MIN, activity: 'User started security info registration', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User started the registration for Authenticator App with Notification and Code', actor: userActor(u, w.ip), targets: [userTarget(u)] });
  ctx.audit({ t: t + 9 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(u, w.ip), targets: [userTarget(u)] });
  ctx.audit({ t: t + 9 * MIN + 900, activity: 'User registered all required security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User registered all required security info', actor: userActor(u, w.ip), targets: [userTarget(u)] });
  ctx.audit({ t: t + 15 * MIN, activity: 'Register device', category: 'Device', service: 'Device Registration Service', op: 'Add', actor: appActor(APPS_AS_ACTOR.drs), targets: [{ id: u.phone.deviceId, name: u.phone.displayName, type: 'Device', props: [['DeviceTrustType', null, jv('Workplace')]] }], details: [['Device Id', u.phone.deviceId], ['Device Trust Type', 'Workplace']] });
  for (let i = 0; i < 6; i++) niLaptop(ctx, u, t + (20 + i * 55) * MIN, w, u.laptop);
  for (let i = 0; i < 3; i++) browserSso(ctx, u, t + (30 + i * 80) * MIN, w, r.pick([APP.officeHome, APP.sharepoint, APP.servicenow]), RES.officeHome);
  niPhone(ctx, u, t + 20 * MIN, ctx.mobile(u, d));
}

function legAt(u, t) {
  if (!u.trip) return { home: true };
  for (const l of u.trip.legs) if (t >= l.from && t < l.to) return l;
  return null; // in the air
}

// ----------------------------------------------------------------------------------------------------------------

function officeWorkers(ctx) {
  const r = ctx.rng.fork('office');
  const T = ctx.tenant;
  for (const u of T.users) {
    if (u.kind !== 'office' || u.idle) continue;
    const tz0 = u.tz;
    const wfhDays = new Set(r.sample([1, 2, 3, 4, 5], u.wfh));
    const leave = new Set(r.chance(0.12) ? (() => { const s = r.int(0, 10); return [s, s + 1, s + 2, s + 3]; })() : []);
    for (let d = 0; d < DAYS; d++) {
      if (u.startDay !== undefined && d < u.startDay) continue;
      if (u.startDay === d) { onboard(ctx, u, d); continue; }
      const wk = ctx.weekend(d);
      const dayStart = ctx.at(d, 0, tz0);
      const trip = u.trip ? legAt(u, dayStart + 12 * HOUR) : { home: true };
      const abroad = trip && !trip.home;
      const tz = abroad ? trip.tz : tz0;
      if (leave.has(d) && !abroad) { // on leave: the phone still syncs mail now and then
        if (u.phone && r.chance(0.6)) for (let i = 0; i < r.int(1, 2); i++) niPhone(ctx, u, ctx.at(d, r.int(8, 21) + r.next(), tz0), r.chance(0.5) ? ctx.home(u) : ctx.mobile(u, d));
        continue;
      }
      if (wk && !abroad) {
        if (u.phone && r.chance(0.55)) for (let i = 0; i < poisson(r, 1.1); i++) niPhone(ctx, u, ctx.at(d, r.int(8, 21) + r.next(), tz0), r.chance(0.6) ? ctx.home(u) : ctx.mobile(u, d));
        if (u.weekend && r.chance(0.35)) {
          const t = ctx.at(d, 9 + r.int(0, 8) + r.next(), tz0); const w = ctx.laptopWhere(u, d, true);
          for (let i = 0; i < r.int(1, 3); i++) niLaptop(ctx, u, t + i * r.int(10, 50) * MIN, w, u.laptop);
        }
        continue;
      }
      if (!abroad && r.chance(0.04)) continue; // sick day, nothing
      const atHome = !abroad && wfhDays.has(ctx.dow(d));
      const start = 7.4 + Math.max(-1.2, r.normal(0.5, 0.55));
      const end = start + 8.4 + r.normal(0, 0.8);
      const lw = (t) => {
        if (!abroad) return ctx.laptopWhere(u, d, atHome);
        const l = legAt(u, t); if (!l || l.home || !l.laptop) return null;
        if (l.officeNet && !l.airport && r.chance(0.55)) return ctx.netAt(l.officeNet);
        return l.laptop(ctx, u, d);
      };
      const pw = (t) => {
        if (!abroad && u.vpn && r.chance(0.5)) return ctx.netAt(u.vpn);
        if (!abroad) return atHome ? (r.chance(0.7) ? ctx.home(u) : ctx.mobile(u, d)) : (r.chance(0.45) ? ctx.office(u) : ctx.mobile(u, d));
        const l = legAt(u, t); if (!l || l.home) return null; return l.phone ? l.phone(ctx, u, d) : null;
      };
      const T_ = (h) => ctx.at(d, h, tz);
      const dev = u.laptop;
      // morning: Windows sign-in (PRT), then apps refresh their tokens through the day
      const t0 = T_(start);
      const w0 = lw(t0);
      if (w0 && dev.platform === 'Windows' && r.chance(0.72)) {
        const wh = !u.noMfaYet && r.chance(0.85);
        ctx.si({ t: t0, inter: true, user: u, app: APP.winSignIn, res: RES.aadGraph, w: w0, dev, ua: UA.windowsSignIn, browser: '', os: 'Windows10', client: 'Mobile Apps and Desktop clients',
          auth: wh ? 'whfb' : 'password', authReq: wh || w0.net.trusted ? (wh ? 'multiFactorAuthentication' : 'singleFactorAuthentication') : 'multiFactorAuthentication',
          session: ctx.session(u, dev, d), incoming: 'none', methodsUsed: [] });
      }
      const nNi = poisson(r, 2.45);
      for (let i = 0; i < nNi; i++) {
        const t = T_(start + r.next() * (end - start));
        const w = lw(t); if (w) niLaptop(ctx, u, t, w, dev);
      }
      const nBr = poisson(r, 0.5);
      for (let i = 0; i < nBr; i++) {
        const t = T_(start + 0.2 + r.next() * (end - start - 0.3));
        const w = lw(t); if (!w) continue;
        const [app, res] = r.weighted(BROWSER_APPS);
        if (r.chance(0.025)) ctx.si({ t: t - 2000, inter: true, user: u, app, res, w, dev, ...ctx.browserOf(u), client: 'Browser', err: 50058, auth: 'none' });
        browserSso(ctx, u, t, w, app, res);
      }
      if (u.phone) {
        const nPh = poisson(r, 0.95);
        for (let i = 0; i < nPh; i++) { const t = T_(start - 1 + r.next() * (end - start + 4)); const w = pw(t); if (w) niPhone(ctx, u, t, w); }
      }
      // a fresh password sign-in now and then (new browser profile, cleared cookies, web app on a personal device); typos included
      if (r.chance(0.045)) {
        const t = T_(start + r.next() * 6); const w = lw(t);
        if (w) { const [app, res] = r.weighted(BROWSER_APPS); freshSignIn(ctx, u, t, w, app, res, dev, ctx.browserOf(u), { typos: r.chance(0.3) ? r.int(1, 2) : 0 }); }
      }
      // phone re-authentication (token lifetime / app update), with the MFA prompt when off the corporate network
      if (u.phone && r.chance(0.03)) {
        const t = T_(start + r.next() * 8); const w = pw(t);
        if (w) freshSignIn(ctx, u, t, w, APP.outlookMob, RES.exchange, u.phone, ctx.phoneUa(u.phone, 'outlook'), { client: 'Mobile Apps and Desktop clients', kmsi: false });
      }
      // travelling: an interactive Teams / Outlook web session from the hotel, risk flagged and remediated by MFA now and then
      if (abroad && r.chance(0.35)) {
        const t = T_(19 + r.next() * 2); const w = lw(t);
        if (w) {
          const e = freshSignIn(ctx, u, t, w, APP.officeHome, RES.officeHome, dev, ctx.browserOf(u), {});
          if (e && r.chance(0.3)) e.risk = { during: 'low', agg: 'none', state: 'remediated', detail: 'userPassedMFADrivenByRiskBasedPolicy', types: ['unfamiliarFeatures'] };
        }
      }
    }
  }
}

// ----------------------------------------------------------------------------------------------------------------

function shiftWorkers(ctx) {
  const r = ctx.rng.fork('shift');
  const T = ctx.tenant;
  for (const u of T.users) {
    if (u.kind !== 'shift') continue;
    const term = SITES[u.site].terminal;
    for (let d = 0; d < DAYS; d++) {
      const on = ((d + u.crew * 2) % 8) < 4; // 4 on, 4 off, crews staggered
      if (!on) {
        if (u.phone && r.chance(0.3)) niPhone(ctx, u, ctx.at(d, 10 + r.int(0, 10) + r.next(), u.tz), r.chance(0.5) ? ctx.home(u) : ctx.mobile(u, d));
        continue;
      }
      if (r.chance(0.05)) continue;
      const startH = u.shift === 'day' ? 6 : u.shift === 'arvo' ? 14 : 22;
      const t = ctx.at(d, startH - 0.25 + r.next() * 0.6, u.tz);
      const kiosk = r.pick(u.kioskPool);
      const w = ctx.netAt(term);
      const b = { ua: UA.edgeWin(155), browser: 'Edge 155.0.0', os: 'Windows 10' };
      // shared kiosk: password every shift (no PRT for the person), sometimes mistyped; lockouts happen
      let typos = r.chance(u.typo) ? r.int(1, 2) : 0;
      if (r.chance(0.006)) {
        // locked out: several bad passwords, 50053, then self-service unlock from the kiosk, then success
        const corr = r.guid();
        let tt = t;
        for (let i = 0; i < r.int(4, 6); i++) { ctx.si({ t: tt, inter: true, user: u, app: APP.tos, res: RES.tos, w, dev: kiosk, ...b, client: 'Browser', err: 50126, auth: 'badPassword', corr }); tt += r.int(10, 35) * 1000; }
        for (let i = 0; i < r.int(1, 2); i++) { ctx.si({ t: tt, inter: true, user: u, app: APP.tos, res: RES.tos, w, dev: kiosk, ...b, client: 'Browser', err: 50053, auth: 'password', corr }); tt += r.int(20, 60) * 1000; }
        const tu = tt + r.int(4, 9) * MIN;
        ctx.audit({ t: tu, activity: 'Unlock user account (self-service)', category: 'UserManagement', service: 'Self-service Password Management', op: 'Update', reason: 'User successfully unlocked their account', actor: userActor(u, w.ip), targets: [userTarget(u)] });
        freshSignIn(ctx, u, tu + r.int(1, 3) * MIN, w, APP.tos, RES.tos, kiosk, b, { kmsi: false });
        typos = 0;
      } else {
        freshSignIn(ctx, u, t, w, APP.tos, RES.tos, kiosk, b, { typos, kmsi: false });
      }
      // Teams web / OfficeHome on the kiosk during the shift (SSO within the browser session)
      for (let i = 0; i < poisson(r, 0.9); i++) {
        const tt = t + r.int(20, 7 * 60) * MIN;
        const [app, res] = r.weighted([[[APP.officeHome, RES.officeHome], 40], [[APP.teamsWeb, RES.teamsSvc], 35], [[APP.exchange, RES.exchange], 25]]);
        ctx.si({ t: tt, inter: true, user: u, app, res, w, dev: kiosk, ...b, client: 'Browser', auth: 'sso', session: ctx.session(u, kiosk, d) });
        if (r.chance(0.6)) ctx.si({ t: tt + r.int(5, 90) * MIN, inter: false, user: u, app: APP.teamsWeb, res: RES.teamsSvc, w, dev: kiosk, ...b, client: 'Browser', scope: '["user_impersonation"]', session: ctx.session(u, kiosk, d) });
      }
      if (u.phone && r.chance(0.7)) for (let i = 0; i < poisson(r, 1.3); i++) niPhone(ctx, u, t + r.int(-120, 9 * 60) * MIN, r.chance(0.5) ? ctx.mobile(u, d) : ctx.home(u));
    }
  }
}

// ----------------------------------------------------------------------------------------------------------------

const ROUTES = [
  ['MEL', 'sea', 'sea', 'AKL', 'AKL', 'sea', 'TRG', 'sea', 'sea', 'MEL', 'MEL'],
  ['BNE', 'sea', 'NOU', 'NOU', 'sea', 'SUV', 'sea', 'sea', 'BNE'],
  ['SYD', 'sea', 'sea', 'AKL', 'sea', 'TRG', 'sea', 'sea', 'SYD'],
  ['FRE', 'sea', 'sea', 'sea', 'sea', 'MEL', 'sea', 'sea', 'sea', 'sea'],
];
const PORT = { MEL: { net: CORP.MEL_TERM, pl: P.PORTMEL }, BNE: { net: CORP.BNE_TERM, pl: P.LYTTON }, SYD: { net: null, pl: P.SYD }, FRE: { net: CORP.FRE_TERM, pl: P.FRE },
  AKL: { net: TRAVEL.AKL_HOTEL, pl: P.AKL, foreign: true }, TRG: { net: TRAVEL.TRG_PORT, pl: P.TRG, foreign: true }, NOU: { net: TRAVEL.NOU_HOTEL, pl: P.NOU, foreign: true }, SUV: { net: TRAVEL.SUV_PORT, pl: P.SUV, foreign: true } };

export function vesselState(v, d) {
  const route = ROUTES[v.i % ROUTES.length];
  const s = route[(d + v.i * 3) % route.length];
  if (s !== 'sea') return { port: s };
  const prev = route[(d + v.i * 3 - 1 + route.length * 4) % route.length];
  const nzSide = ['AKL', 'TRG'].includes(prev) || (v.i % 4 === 0 && (d + v.i) % 5 < 2);
  return { port: null, pop: nzSide ? P.AKL : P.SYD };
}

function seafarers(ctx) {
  const r = ctx.rng.fork('crew');
  const T = ctx.tenant;
  for (const u of T.users) {
    if (u.kind !== 'crew') continue;
    const v = u.vessel;
    for (let d = 0; d < DAYS; d++) {
      if (!u.onboard) {
        if (r.chance(0.7)) for (let i = 0; i < poisson(r, 1.4); i++) niPhone(ctx, u, ctx.at(d, 8 + r.next() * 14, u.home.cc === 'NZ' ? 13 : 11), r.chance(0.6) ? ctx.home(u) : ctx.mobile(u, d));
        continue;
      }
      const st = vesselState(v, d);
      const tz = st.port && ['AKL', 'TRG'].includes(st.port) ? 13 : st.port === 'NOU' ? 11 : st.port === 'SUV' ? 12 : st.port === 'FRE' ? 8 : st.port === 'BNE' ? 10 : 11;
      const where = () => {
        if (!st.port) return ctx.starlink(v.i, d, st.pop);
        const p = PORT[st.port];
        if (p.foreign) return r.chance(0.5) ? ctx.netAt(p.net) : (r.chance(0.5) ? ctx.mobile(u, d) : ctx.starlink(v.i, d, P.SYD));
        return r.chance(0.6) ? ctx.mobile(u, d) : (p.net ? ctx.netAt(p.net) : ctx.starlink(v.i, d, P.SYD));
      };
      for (let i = 0; i < poisson(r, 1.5); i++) niPhone(ctx, u, ctx.at(d, 6 + r.next() * 16, tz), where());
      // officers use the bridge laptop for the Crew Portal and mail (shared device)
      if (u.mfa === 'Mobile app notification' && r.chance(0.22)) {
        const t = ctx.at(d, 7 + r.next() * 12, tz); const w = where();
        const b = { ua: UA.edgeWin(155), browser: 'Edge 155.0.0', os: 'Windows 10' };
        if (r.chance(0.3)) freshSignIn(ctx, u, t, w, APP.crewPortal, RES.crewPortal, v.laptop, b, { typos: r.chance(0.1) ? 1 : 0 });
        else ctx.si({ t, inter: true, user: u, app: APP.crewPortal, res: RES.crewPortal, w, dev: v.laptop, ...b, client: 'Browser', auth: 'sso', mfaClaim: !w.net.trusted, authReq: w.net.trusted ? 'singleFactorAuthentication' : 'multiFactorAuthentication', session: ctx.session(u, v.laptop, d) });
        if (r.chance(0.5)) niLaptop(ctx, u, t + r.int(5, 120) * MIN, w, v.laptop, [APP.office, RES.exchange]);
      }
    }
  }
  // the noon report script on each vessel's bridge PC (ROPC with python-requests, through Starlink or port networks)
  const svc = T.svc['svc-vessel-reports'];
  for (const v of T.vessels) for (let d = 0; d < DAYS; d++) {
    const st = vesselState(v, d);
    const tz = st.port && ['AKL', 'TRG'].includes(st.port) ? 13 : 11;
    const w = st.port ? (PORT[st.port].net && !PORT[st.port].foreign ? ctx.netAt(PORT[st.port].net) : ctx.starlink(v.i, d, P.SYD)) : ctx.starlink(v.i, d, st.pop);
    const t = ctx.at(d, 12 + r.next() * 0.2, tz);
    const fail = r.chance(0.03);
    ctx.si({ t, inter: true, user: svc, app: APP.crewPortal, res: RES.graph, w, dev: null, ua: UA.pythonRequests, browser: '', os: '', client: 'Mobile Apps and Desktop clients', proto: 'ropc',
      auth: fail ? 'badPassword' : 'password', err: fail ? 50126 : 0, scope: '["Mail.Send","Files.ReadWrite.All"]' });
  }
}

// ----------------------------------------------------------------------------------------------------------------

function automation(ctx) {
  const r = ctx.rng.fork('auto');
  const S = ctx.tenant.svc;
  const dc = () => ctx.netAt(CORP.MEL_DC);
  for (let d = 0; d < DAYS; d++) {
    // TOS integration: hourly ROPC from the data centre
    for (let h = 0; h < 24; h++) {
      const t = ctx.at(d, h + 0.05 + r.next() * 0.02, 11);
      ctx.si({ t, inter: true, user: S['svc-tos-integration'], app: APP.tos, res: RES.graph, w: dc(), dev: null, ua: UA.pythonRequests, browser: '', os: '', client: 'Mobile Apps and Desktop clients', proto: 'ropc', auth: 'password', scope: '["Sites.ReadWrite.All","Mail.Send"]' });
    }
    // monitoring script: Windows PowerShell every 4 h
    for (let h = 1; h < 24; h += 4) {
      const t = ctx.at(d, h + r.next() * 0.05, 11);
      ctx.si({ t, inter: true, user: S['svc-monitoring'], app: APP.azPs, res: RES.arm, w: dc(), dev: null, ua: UA.winps51, browser: '', os: 'Windows', client: 'Mobile Apps and Desktop clients', proto: 'ropc', auth: 'password' });
      ctx.si({ t: t + 3000, inter: false, user: S['svc-monitoring'], app: APP.azPs, res: RES.graph, w: dc(), dev: null, ua: UA.winps51, browser: '', os: 'Windows', client: 'Mobile Apps and Desktop clients', scope: '["AuditLog.Read.All","Directory.Read.All","Reports.Read.All"]' });
    }
    // Power BI gateway on an Azure VM
    for (let h = 0; h < 24; h += 2) {
      const t = ctx.at(d, h + 0.3 + r.next() * 0.1, 11);
      ctx.si({ t, inter: false, user: S['svc-pbi-gateway'], app: APP.powerbi, res: RES.powerbi, w: ctx.netAt(CLOUD.AZ_AUE), dev: null, ua: null, browser: 'Rich Client 4.66.0.0', os: 'Windows', client: 'Mobile Apps and Desktop clients', scope: '["Dataset.ReadWrite.All"]' });
    }
    // multifunction printers: scan-to-email through SMTP AUTH (legacy, excluded from the legacy block); weekdays
    if (!ctx.weekend(d)) for (const [net, n] of [[CORP.MEL_HQ, 18], [CORP.SYD, 6], [CORP.BNE, 4], [CORP.AKL, 3]]) {
      for (let i = 0; i < poisson(r, n); i++) {
        const t = ctx.at(d, 8 + r.next() * 9.5, net === CORP.AKL ? 13 : net === CORP.BNE ? 10 : 11);
        ctx.si({ t, inter: false, user: S['svc-scan2mail'], app: APP.exchange, res: RES.exchange, w: ctx.netAt(net), dev: null, ua: null, browser: '', os: '', client: 'Authenticated SMTP', proto: 'none', incoming: 'none' });
      }
    }
    // EDI archive job (PowerShell 7, Graph) nightly from the DC
    ctx.si({ t: ctx.at(d, 1.5 + r.next() * 0.1, 11), inter: true, user: S['svc-edi-archive'], app: APP.graphCli, res: RES.graph, w: dc(), dev: null, ua: UA.pwsh, browser: '', os: 'Windows', client: 'Mobile Apps and Desktop clients', proto: 'ropc', auth: 'password' });
    // Teams Rooms resource accounts refresh through the day from their office networks
    for (const [n, net, tz] of [['mtr-mel-boardroom', CORP.MEL_HQ, 11], ['mtr-mel-quay', CORP.MEL_HQ, 11], ['mtr-syd-harbour', CORP.SYD, 11], ['mtr-akl-waitemata', CORP.AKL, 13]]) {
      for (let h = 1; h < 24; h += 4) {
        const t = ctx.at(d, h + r.next() * 0.5, tz);
        ctx.si({ t, inter: false, user: S[n], app: APP.teams, res: RES.teamsSvc, w: ctx.netAt(net), dev: null, ua: UA.teamsRoom, browser: 'Rich Client 5.1.0.0', os: 'Android', client: 'Mobile Apps and Desktop clients', scope: '["user_impersonation"]' });
      }
    }
  }
  // A Teams Room re-signs in with device code after its password was rotated (day 5), from the room's own network
  const mtr = S['mtr-syd-harbour'];
  const t = ctx.at(5, 7.9, 11);
  const corr = r.guid();
  ctx.audit({ t: t - 40 * MIN, activity: 'Reset user password', category: 'UserManagement', service: 'Core Directory', op: 'Update', actor: userActor(ctx.tenant.admins[6], null), targets: [userTarget(mtr)], details: [['User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/155.0.0.0 Safari/537.36 Edg/155.0.3417.42']] });
  ctx.si({ t, inter: true, user: mtr, app: APP.teams, res: RES.teamsSvc, w: ctx.netAt(CORP.SYD), dev: null, ua: UA.teamsRoom, browser: 'Chrome 131.0.0', os: 'Android', client: 'Mobile Apps and Desktop clients', proto: 'deviceCode', transfer: 'deviceCodeFlow', auth: 'password', corr });
  // SharePoint migration service account: a one-off migration run over two evenings from an Azure VM
  for (const d of [3, 4]) for (let i = 0; i < 8; i++) {
    ctx.si({ t: ctx.at(d, 19 + i * 0.4 + r.next() * 0.2, 11), inter: i === 0, user: S['svc-spo-migration'], app: APP.sharepoint, res: RES.sharepoint, w: ctx.netAt(CLOUD.AZ_AUE), dev: null, ua: 'Microsoft SharePoint Migration Tool/4.9', browser: i === 0 ? '' : 'Rich Client 4.66.0.0', os: 'Windows', client: 'Mobile Apps and Desktop clients', auth: i === 0 ? 'password' : undefined, proto: i === 0 ? 'ropc' : 'none' });
  }
}

// ----------------------------------------------------------------------------------------------------------------
// developers: Azure CLI / VS Code / Graph PowerShell from their own machines, build agent via device code

function developers(ctx) {
  const r = ctx.rng.fork('dev');
  const T = ctx.tenant;
  const devs = T.users.filter((u) => u.kind === 'office' && u.site === 'MEL' && u.dept === 'Information Technology' && !u.adminOf && !u.trip && !u.reserved && u.startDay === undefined && u.laptop && u.laptop.platform === 'Windows').slice(0, 6);
  devs.forEach((u) => { u.developer = true; });
  for (const u of devs) {
    for (let d = 0; d < DAYS; d++) {
      if (ctx.weekend(d) || r.chance(0.25)) continue;
      const atHome = r.chance(0.4);
      const w = ctx.laptopWhere(u, d, atHome);
      const t = ctx.at(d, 9.5 + r.next() * 5, u.tz);
      const tool = r.weighted([['cli', 45], ['vscode', 30], ['graphps', 25]]);
      const app = tool === 'cli' ? APP.azCli : tool === 'vscode' ? APP.vscode : APP.graphCli;
      const res = tool === 'cli' ? RES.arm : RES.graph;
      const ua = tool === 'cli' ? UA.azCli : tool === 'graphps' ? UA.pwsh : 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.108.0 Chrome/142.0.7444.175 Electron/39.2.3 Safari/537.36';
      const session = r.guid();
      // interactive via the system browser / WAM: SSO from the PRT
      ctx.si({ t, inter: true, user: u, app, res, w, dev: u.laptop, ua, browser: tool === 'vscode' ? 'Rich Client 5.1.0.0' : '', os: 'Windows10', client: 'Mobile Apps and Desktop clients',
        auth: 'sso', mfaClaim: !w.net.trusted, authReq: w.net.trusted ? 'singleFactorAuthentication' : 'multiFactorAuthentication', session, methodsUsed: [] });
      for (let i = 0; i < poisson(r, 3); i++) {
        const res2 = tool === 'cli' ? r.pick([RES.arm, RES.graph, RES.arm]) : RES.graph;
        ctx.si({ t: t + r.int(3, 300) * MIN, inter: false, user: u, app, res: res2, w, dev: u.laptop, ua, browser: '', os: 'Windows10', client: 'Mobile Apps and Desktop clients', session,
          scope: res2 === RES.graph ? '["Application.Read.All","Directory.Read.All","User.Read"]' : '["user_impersonation"]', authReq: w.net.trusted ? 'singleFactorAuthentication' : 'multiFactorAuthentication' });
      }
    }
  }
  // the platform engineer signs the self-hosted build agent (AWS Sydney) in with device code twice in the fortnight;
  // the agent then refreshes ARM tokens every few hours from its own address
  const eng = devs[0];
  for (const d of [1, 8]) {
    const t = ctx.at(d, 10.2, 11);
    const session = r.guid();
    const w = ctx.office(eng);
    ctx.si({ t, inter: true, user: eng, app: APP.azCli, res: RES.arm, w, dev: null, ua: UA.azCliLinux, browser: '', os: 'Linux', client: 'Mobile Apps and Desktop clients', proto: 'deviceCode', transfer: 'deviceCodeFlow',
      auth: 'passwordMfa', authReq: 'multiFactorAuthentication', session, methodsUsed: ['Password', 'Authenticator App'] });
    for (let h = 0.1; h < 24 * 6; h += 3 + r.next()) {
      const tt = t + h * HOUR;
      ctx.si({ t: tt, inter: false, user: eng, app: APP.azCli, res: r.chance(0.8) ? RES.arm : RES.graph, w: ctx.netAt(CLOUD.AWS_SYD), dev: null, ua: UA.azCliLinux, browser: '', os: 'Linux', client: 'Mobile Apps and Desktop clients', session, scope: '["user_impersonation"]' });
    }
  }
  return devs;
}

// ----------------------------------------------------------------------------------------------------------------

function admins(ctx) {
  const r = ctx.rng.fork('admins');
  const T = ctx.tenant;
  for (const a of T.admins) {
    for (let d = 0; d < DAYS; d++) {
      if (ctx.weekend(d) || r.chance(0.2)) continue;
      const daily = a.daily;
      const atHome = r.chance(0.3);
      const w = atHome ? (daily.zscaler ? ctx.zs(daily) : ctx.home(daily)) : ctx.office(daily);
      const t = ctx.at(d, 9 + r.next() * 6, a.tz);
      const b = ctx.browserOf(daily);
      const corr = r.guid();
      // privileged account: passkey, Azure portal / Entra admin centre, then the portal's background calls
      ctx.si({ t, inter: true, user: a, app: APP.azPortal, res: RES.arm, w, dev: a.laptop, ...b, client: 'Browser', auth: 'passkey', authReq: 'multiFactorAuthentication', corr, session: r.guid(), methodsUsed: ['Passkey'], loginHint: true });
      for (let i = 0; i < poisson(r, 3); i++) ctx.si({ t: t + r.int(1, 90) * MIN, inter: false, user: a, app: { id: '74658136-14ec-4630-ad9b-26e160ff0fc6', name: 'ADIbizaUX' }, res: r.pick([RES.graph, RES.aadReporting, RES.arm]), w, dev: a.laptop, ...ctx.rich(a.laptop, b.ua), client: 'Browser', authReq: 'multiFactorAuthentication' });
      // PIM activation for the day's work
      if (r.chance(0.7)) {
        const role = a.roles[0];
        const tt = t + r.int(2, 6) * MIN;
        const c2 = r.guid();
        const rt = { id: roleId(role), name: role, type: 'Role', props: [['Role.DisplayName', null, jv(role)], ['Role.TemplateId', null, jv(roleId(role))]] };
        ctx.audit({ t: tt, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', op: 'Add', corr: c2, reason: 'RoleActivation', actor: userActor(a, w.ip), targets: [rt, userTarget(a)], details: [['Justification', r.pick(['Daily admin tasks', 'INC0' + r.int(41000, 48999), 'Change CHG00' + r.int(7100, 7999), 'User support'])], ['StartTime', new Date(tt).toISOString()], ['ExpirationTime', new Date(tt + 8 * HOUR).toISOString()]] });
        ctx.audit({ t: tt + r.int(2, 9) * 1000, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', op: 'Add', corr: c2, reason: 'RoleActivation', actor: appActor(APPS_AS_ACTOR.pim), targets: [rt, userTarget(a)] });
        ctx.audit({ t: tt + 8 * HOUR, activity: 'Remove member from role (PIM activation expired)', category: 'RoleManagement', service: 'PIM', op: 'Delete', reason: 'RoleActivationExpired', actor: appActor(APPS_AS_ACTOR.pim), targets: [rt, userTarget(a)] });
      }
    }
  }
}

const ROLE_IDS = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10', 'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  'Application Administrator': '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'Conditional Access Administrator': 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  'Exchange Administrator': '29232cdf-9323-42fd-ade2-1d097af3e4de', 'Intune Administrator': '3a2c62db-5318-420d-8d74-23affee5d9d5',
  'Helpdesk Administrator': '729827e3-9c14-49f7-bb1b-9608f156bbb8', 'Authentication Administrator': 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1', 'Cloud Application Administrator': '158c047a-c907-4556-b7ef-446551a6b5f7',
  'Security Administrator': '194ae4cb-b126-40b2-bd5b-6091b380977d',
};
export const roleId = (name) => ROLE_IDS[name];

// ----------------------------------------------------------------------------------------------------------------

function guests(ctx) {
  const r = ctx.rng.fork('guests');
  for (const g of ctx.tenant.guests) {
    if (!g.activeGuest) continue;
    const rate = g.org.key === 'coralsea' ? 0.55 : g.org.key === 'msa' ? 0.15 : 0.3;
    const trust = ['coralsea', 'meridian', 'kauri'].includes(g.org.key);
    for (let d = 0; d < DAYS; d++) {
      if (ctx.weekend(d) || !r.chance(rate)) continue;
      const t = ctx.at(d, 8.5 + r.next() * 8, g.tz);
      const w = { ip: g.homeIp, net: g.homeNet, place: loc(g.home) };
      const b = { ua: r.chance(0.7) ? UA.edgeWin(155) : UA.chromeMac(155), browser: 'Edge 155.0.0', os: 'Windows 10' };
      const app = r.weighted([[APP.sharepoint, 60], [APP.teamsWeb, 25], [APP.cargowise, 15]]);
      const res = app === APP.sharepoint ? RES.sharepoint : app === APP.teamsWeb ? RES.teamsSvc : RES.cargowise;
      if (trust || r.chance(0.5)) ctx.si({ t, inter: true, user: g, app, res, w, dev: null, ...b, client: 'Browser', auth: 'sso', mfaClaim: true, authReq: 'multiFactorAuthentication' });
      else freshSignIn(ctx, g, t, w, app, res, null, b, { typos: r.chance(0.05) ? 1 : 0, mfaMethod: g.mfa });
      for (let i = 0; i < poisson(r, 0.8); i++) ctx.si({ t: t + r.int(5, 200) * MIN, inter: false, user: g, app, res, w, dev: null, ...b, client: 'Browser', authReq: 'multiFactorAuthentication' });
    }
  }
}

// ----------------------------------------------------------------------------------------------------------------

function leavers(ctx) {
  const r = ctx.rng.fork('leavers');
  for (const u of ctx.tenant.leavers) {
    const dis = u.disabledDay;
    if (dis >= 0) {
      // works normally until the last day, then HR offboarding disables the account (synced from AD)
      for (let d = 0; d < dis; d++) {
        if (ctx.weekend(d)) continue;
        const w = ctx.office(u);
        for (let i = 0; i < poisson(r, 2); i++) niLaptop(ctx, u, ctx.at(d, 8.5 + r.next() * 8, u.tz), w, u.laptop);
        if (r.chance(0.6)) browserSso(ctx, u, ctx.at(d, 9 + r.next() * 7, u.tz), w, APP.officeHome, RES.officeHome);
        niPhone(ctx, u, ctx.at(d, 7 + r.next() * 13, u.tz), ctx.mobile(u, d));
      }
      const t = ctx.at(dis, 17.2 + r.next(), u.tz);
      const corr = r.guid();
      ctx.audit({ t, activity: 'Disable account', category: 'UserManagement', service: 'Core Directory', op: 'Update', corr, actor: userActor(SYNC_ACTOR), targets: [userTarget(u, [['AccountEnabled', jarr(true), jarr(false)], ['Included Updated Properties', null, jv('AccountEnabled')]])], details: [['UserType', 'Member']] });
      ctx.audit({ t: t + 2000, activity: 'Update user', category: 'UserManagement', service: 'Core Directory', op: 'Update', corr, actor: userActor(SYNC_ACTOR), targets: [userTarget(u, [['AccountEnabled', jarr(true), jarr(false)], ['Included Updated Properties', null, jv('AccountEnabled')]])], details: [['UserType', 'Member']] });
      ctx.audit({ t: t + 25 * MIN, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', service: 'Core Directory', op: 'Update', actor: userActor(T_helpdesk(ctx), null), targets: [userTarget(u, [['StsRefreshTokensValidFrom', jarr('2026-09-30T22:11:04Z'), jarr(new Date(t + 25 * MIN).toISOString().slice(0, 19) + 'Z')]])] });
      // the phone keeps trying for a while
      for (let d = dis; d < Math.min(DAYS, dis + 4); d++) for (let i = 0; i < r.int(2, 6); i++) {
        const tt = ctx.at(d, 7 + r.next() * 14, u.tz); if (tt < t) continue;
        ctx.si({ t: tt, inter: false, user: u, app: APP.outlookMob, res: RES.exchange, w: r.chance(0.5) ? ctx.mobile(u, d) : ctx.home(u), dev: u.phone, ...ctx.phoneUa(u.phone, 'outlook'), client: 'Mobile Apps and Desktop clients', err: 50057, caNone: true });
      }
    } else if (r.chance(0.45)) {
      // disabled weeks ago; an old phone or a home PC still retries now and then
      for (let d = 0; d < DAYS; d++) if (r.chance(0.35)) for (let i = 0; i < r.int(1, 4); i++) {
        ctx.si({ t: ctx.at(d, 6 + r.next() * 16, u.tz), inter: false, user: u, app: r.chance(0.7) ? APP.outlookMob : APP.teams, res: RES.exchange, w: r.chance(0.6) ? ctx.mobile(u, d) : ctx.home(u), dev: u.phone, ...ctx.phoneUa(u.phone, 'outlook'), client: 'Mobile Apps and Desktop clients', err: 50057, caNone: true });
      }
      if (r.chance(0.3)) { // someone types the old account on the web once
        const d = r.int(0, 13);
        ctx.si({ t: ctx.at(d, 10 + r.next() * 6, u.tz), inter: true, user: u, app: APP.officeHome, res: RES.officeHome, w: ctx.home(u), dev: null, ...ctx.browserOf({ ...u, browser: 'chromeWin', id: u.id }), client: 'Browser', err: 50057, auth: 'password' });
      }
    }
  }
}
function T_helpdesk(ctx) { return ctx.tenant.admins[6]; }

// ----------------------------------------------------------------------------------------------------------------
// account lifecycle and support: helpdesk resets, new phones, SSPR, the honest "MFA fatigue"-looking sequence

function support(ctx) {
  const r = ctx.rng.fork('support');
  const T = ctx.tenant;
  const staff = T.users.filter((u) => (u.kind === 'office' || u.kind === 'shift') && !u.idle && !u.developer && !u.adminOf && !u.reserved && u.startDay === undefined);
  const helpdesk = T.admins.filter((a) => a.roles[0] === 'Helpdesk Administrator' || a.roles[0] === 'Authentication Administrator');
  const MFA_REG = { 'Mobile app notification': 'Authenticator App with Notification and Code', 'Text message': 'Mobile Phone SMS', 'OATH verification code': 'Software OATH token', 'Passkey (Microsoft Authenticator)': 'Passkey (Microsoft Authenticator)' };
  for (let d = 0; d < DAYS; d++) {
    if (ctx.weekend(d)) continue;
    // helpdesk password resets (forgotten passwords, shift workers after lockouts), user then signs in and changes it
    for (let i = 0; i < poisson(r, 3.2); i++) {
      const u = r.pick(staff), h = r.pick(helpdesk);
      const t = ctx.at(d, 8.5 + r.next() * 8, h.tz);
      const corr = r.guid();
      ctx.audit({ t, activity: 'Reset user password', category: 'UserManagement', service: 'Core Directory', op: 'Update', corr, actor: userActor(h, null), targets: [userTarget(u)], details: [['User-Agent', UA.edgeWin(155)]] });
      ctx.audit({ t: t + 1500, activity: 'Reset password (by admin)', category: 'UserManagement', service: 'Self-service Password Management', op: 'Update', corr, reason: 'Successfully completed reset.', actor: userActor(h, ctx.office(h.daily).ip), targets: [userTarget(u)] });
      const w = u.kind === 'shift' ? ctx.netAt(SITES[u.site].terminal) : ctx.office(u);
      const dev = u.kind === 'shift' ? r.pick(u.kioskPool) : u.laptop;
      const tt = t + r.int(4, 40) * MIN;
      const b = { ua: UA.edgeWin(155), browser: 'Edge 155.0.0', os: 'Windows 10' };
      const c2 = r.guid();
      ctx.si({ t: tt, inter: true, user: u, app: APP.officeHome, res: RES.officeHome, w, dev, ...b, client: 'Browser', err: 50055, auth: 'password', corr: c2 });
      ctx.audit({ t: tt + r.int(40, 120) * 1000, activity: 'Change password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', op: 'Update', reason: 'User changed password', actor: userActor(u, w.ip), targets: [userTarget(u)] });
      ctx.audit({ t: tt + r.int(130, 200) * 1000, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', service: 'Core Directory', op: 'Update', actor: userActor(u, null), targets: [userTarget(u, [['StsRefreshTokensValidFrom', null, jarr(new Date(tt).toISOString().slice(0, 19) + 'Z')]])] });
      freshSignIn(ctx, u, tt + r.int(200, 300) * 1000, w, APP.officeHome, RES.officeHome, dev, b, { kmsi: false });
    }
    // self-service password reset from home
    for (let i = 0; i < poisson(r, 1.6); i++) {
      const u = r.pick(staff.filter((x) => x.kind === 'office'));
      const t = ctx.at(d, 7 + r.next() * 12, u.tz);
      const w = ctx.home(u);
      ctx.audit({ t, activity: 'Self-service password reset flow activity progress', category: 'UserManagement', service: 'Self-service Password Management', op: 'Update', reason: 'User started the password reset flow', actor: userActor(u, w.ip), targets: [userTarget(u)] });
      ctx.audit({ t: t + r.int(60, 200) * 1000, activity: 'Reset password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', op: 'Update', reason: 'Successfully completed reset.', actor: userActor(u, w.ip), targets: [userTarget(u)] });
      freshSignIn(ctx, u, t + r.int(4, 20) * MIN, w, APP.officeHome, RES.officeHome, u.laptop, ctx.browserOf(u), {});
    }
    // new phone: the user re-registers Authenticator (sign-in to My Sign-ins with SMS as the fallback), deletes the old one
    for (let i = 0; i < poisson(r, 1.3); i++) {
      const u = r.pick(staff.filter((x) => x.phone && x.mfa === 'Mobile app notification'));
      const t = ctx.at(d, 9 + r.next() * 8, u.tz);
      const w = u.kind === 'office' ? (r.chance(0.5) ? ctx.office(u) : ctx.home(u)) : ctx.mobile(u, d);
      const old = u.phone;
      const np = { ...old, deviceId: r.guid(), displayName: old.platform === 'iOS' ? 'iPhone' : 'Pixel 10', compliant: false, managed: false };
      u.phone = np;
      const b = ctx.phoneUa(np, 'browser');
      ctx.si({ t, inter: true, user: u, app: APP.mySignins, res: RES.mySignins, w, dev: null, ...b, client: 'Browser', auth: 'passwordMfa', mfaMethod: 'Text message', authReq: 'multiFactorAuthentication', methodsUsed: ['Password', 'SMS'], detail: 'MFA completed in Azure AD' });
      ctx.audit({ t: t + 60_000, activity: 'User started security info registration', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User started the registration for Authenticator App with Notification and Code', actor: userActor(u, w.ip), targets: [userTarget(u)] });
      ctx.audit({ t: t + 150_000, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(u, w.ip), targets: [userTarget(u)] });
      ctx.audit({ t: t + 210_000, activity: 'User deleted security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Delete', reason: 'User deleted Authenticator App with Notification and Code', actor: userActor(u, w.ip), targets: [userTarget(u)] });
      ctx.audit({ t: t + 30 * MIN, activity: 'Add registered owner to device', category: 'Device', service: 'Core Directory', op: 'Assign', actor: appActor(APPS_AS_ACTOR.drs), targets: [{ id: np.deviceId, name: np.displayName, type: 'Device', props: [] }, userTarget(u)] });
      ctx.audit({ t: t + 30 * MIN + 800, activity: 'Register device', category: 'Device', service: 'Device Registration Service', op: 'Add', actor: appActor(APPS_AS_ACTOR.drs), targets: [{ id: np.deviceId, name: np.displayName, type: 'Device', props: [['CloudAccountEnabled', null, jarr(true)], ['DeviceOSType', null, jv(np.platform === 'iOS' ? 'IPhone' : 'Android')], ['DeviceTrustType', null, jv('Workplace')]] }], details: [['Device Id', np.deviceId], ['Device OS', np.platform === 'iOS' ? 'IPhone' : 'Android'], ['Device Trust Type', 'Workplace']] });
      freshSignIn(ctx, u, t + 32 * MIN, w, APP.outlookMob, RES.exchange, np, ctx.phoneUa(np, 'outlook'), { client: 'Mobile Apps and Desktop clients', kmsi: false });
    }
    // helpdesk clears a lost phone's methods and issues a Temporary Access Pass
    if (r.chance(0.45)) {
      const u = r.pick(staff), h = r.pick(helpdesk);
      const t = ctx.at(d, 9 + r.next() * 7, h.tz);
      ctx.audit({ t, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Delete', reason: 'Admin deleted Authenticator App with Notification and Code for user', actor: userActor(h, null), targets: [userTarget(u)] });
      ctx.audit({ t: t + 90_000, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'Admin registered temporary access pass method for user', actor: userActor(h, null), targets: [userTarget(u)] });
      const w = u.kind === 'shift' ? ctx.netAt(SITES[u.site].terminal) : ctx.office(u);
      const tt = t + r.int(10, 50) * MIN;
      ctx.si({ t: tt, inter: true, user: u, app: APP.mySignins, res: RES.mySignins, w, dev: null, ...ctx.browserOf({ browser: 'edgeWin', id: u.id }), client: 'Browser', auth: [{ method: 'Temporary Access Pass', req: 'Primary authentication', result: 'Correct credentials', ok: true }], authReq: 'multiFactorAuthentication', methodsUsed: ['Temporary Access Pass'] });
      ctx.audit({ t: tt + 120_000, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: `User registered ${MFA_REG[u.mfa] || 'Authenticator App with Notification and Code'}`, actor: userActor(u, w.ip), targets: [userTarget(u)] });
    }
  }
  // the honest "MFA fatigue"-looking morning: a finance officer's phone misses push notifications after an OS update;
  // six unanswered prompts from her usual home address in 25 minutes, then she switches to SMS and gets in, and
  // re-registers Authenticator that afternoon from the office
  const vic = staff.find((u) => u.kind === 'office' && u.site === 'MEL' && u.dept === 'Finance' && u.phone && !u.trip && !u.zscaler);
  if (vic) {
    vic.mfaFlakyDay = 6;
    const w = ctx.home(vic);
    let t = ctx.at(6, 7.6, 11);
    const corr = r.guid();
    const b = ctx.browserOf(vic);
    for (let i = 0; i < 6; i++) {
      ctx.si({ t, inter: true, user: vic, app: APP.officeHome, res: RES.officeHome, w, dev: vic.laptop, ...b, client: 'Browser', err: 500121, auth: 'mfaDenied', mfaResult: 'MFA denied; user did not respond to mobile app notification', authReq: 'multiFactorAuthentication', corr });
      t += r.int(150, 330) * 1000;
    }
    ctx.si({ t, inter: true, user: vic, app: APP.officeHome, res: RES.officeHome, w, dev: vic.laptop, ...b, client: 'Browser', auth: 'passwordMfa', mfaMethod: 'Text message', authReq: 'multiFactorAuthentication', corr, methodsUsed: ['Password', 'SMS'], detail: 'MFA completed in Azure AD' });
    const wo = ctx.office(vic); const ta = ctx.at(6, 13.4, 11);
    ctx.audit({ t: ta, activity: 'User deleted security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Delete', reason: 'User deleted Authenticator App with Notification and Code', actor: userActor(vic, wo.ip), targets: [userTarget(vic)] });
    ctx.audit({ t: ta + 100_000, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(vic, wo.ip), targets: [userTarget(vic)] });
  }
  return { flaky: vic };
}

// ----------------------------------------------------------------------------------------------------------------
// routine directory audit stream: sync, groups, devices, licences, invitations, app and policy administration

function auditStream(ctx) {
  const r = ctx.rng.fork('auditstream');
  const T = ctx.tenant;
  const members = T.users.filter((u) => ['office', 'shift', 'crew'].includes(u.kind) && u.startDay === undefined);
  const groups = ['SG-MEL-All Staff', 'SG-Finance', 'SG-Terminal-MEL', 'SG-Terminal-BNE', 'SG-Terminal-FRE', 'SG-Fleet-Officers', 'SG-CargoWise-Users', 'SG-Intune-Windows', 'M365-Commercial', 'M365-Marine Ops', 'Teams-Vessel Ops', 'Teams-Port Calls NZ', 'SG-ServiceNow-Agents', 'SG-License-M365-E3', 'SG-License-F3'].map((n) => ({ id: r.guid(), name: n }));
  const ATTRS = [['Department', 'Logistics', 'Operations'], ['JobTitle', 'Customer Service Officer', 'Senior Customer Service Officer'], ['TelephoneNumber', '+61 3 9123 4567', '+61 3 9123 4890'], ['Manager', null, null], ['Mobile', '+61 412 345 678', '+61 423 456 789'], ['PhysicalDeliveryOfficeName', 'Docklands', 'Webb Dock']];
  const admin = (role) => T.admins.find((a) => a.roles[0] === role);
  for (let d = 0; d < DAYS; d++) {
    const wk = ctx.weekend(d);
    // Entra Connect sync: attribute changes from AD/HR, every 30 minutes, busier on weekdays
    for (let c = 0; c < 48; c++) {
      const n = poisson(r, wk ? 1.2 : 6.3);
      const base = ctx.at(d, c * 0.5 + 0.02, 11);
      for (let i = 0; i < n; i++) {
        const u = r.pick(members); const [attr, o, v] = r.pick(ATTRS);
        ctx.audit({ t: base + r.int(1, 90) * 1000, activity: 'Update user', category: 'UserManagement', service: 'Core Directory', op: 'Update', actor: userActor(SYNC_ACTOR), targets: [userTarget(u, [[attr, o ? jarr(o) : '[]', v ? jarr(v) : '[]'], ['Included Updated Properties', null, jv(attr)]])], details: [['UserType', 'Member']] });
      }
      if (r.chance(wk ? 0.05 : 0.4)) { const g = r.pick(groups), u = r.pick(members); const add = r.chance(0.7);
        ctx.audit({ t: base + r.int(1, 90) * 1000, activity: add ? 'Add member to group' : 'Remove member from group', category: 'GroupManagement', service: 'Core Directory', op: add ? 'Assign' : 'Unassign', actor: userActor(SYNC_ACTOR), targets: [userTarget(u), { id: g.id, name: g.name, type: 'Group', groupType: 'securityGroup', props: [['Group.ObjectID', null, jv(g.id)], ['Group.DisplayName', null, jv(g.name)]] }] }); }
    }
    // group-based licensing reprocessing, Teams membership, Intune device updates, device registrations
    for (let i = 0; i < poisson(r, wk ? 2 : 16); i++) { const u = r.pick(members);
      ctx.audit({ t: ctx.at(d, r.next() * 24, 11), activity: 'Change user license', category: 'UserManagement', service: 'Core Directory', op: 'Update', reason: '', actor: appActor(APPS_AS_ACTOR.groupsLifecycle), targets: [userTarget(u, [['AssignedLicense', '[]', jarr('[SkuName=SPE_E3, AccountId=' + TENANT.id + ', SkuId=05e9a617-0261-4cee-bb44-138d3ef5d965, DisabledPlans=[]]')]])] }); }
    for (let i = 0; i < poisson(r, wk ? 4 : 35); i++) { const u = r.pick(members); const g = r.pick(groups.filter((x) => x.name.startsWith('Teams') || x.name.startsWith('M365')));
      ctx.audit({ t: ctx.at(d, 8 + r.next() * 10, u.tz), activity: 'Add member to group', category: 'GroupManagement', service: 'Core Directory', op: 'Assign', actor: appActor(APPS_AS_ACTOR.teamsServices), targets: [userTarget(u), { id: g.id, name: g.name, type: 'Group', groupType: 'unifiedGroups', props: [['Group.ObjectID', null, jv(g.id)], ['Group.DisplayName', null, jv(g.name)]] }] }); }
    for (let i = 0; i < poisson(r, wk ? 55 : 130); i++) { const u = r.pick(members.filter((x) => x.laptop)); const dv = u.laptop;
      ctx.audit({ t: ctx.at(d, r.next() * 24, 11), activity: 'Update device', category: 'Device', service: 'Core Directory', op: 'Update', actor: appActor(APPS_AS_ACTOR.intune), targets: [{ id: dv.deviceId, name: dv.displayName, type: 'Device', props: [['IsCompliant', jarr(true), jarr(true)], ['Included Updated Properties', null, jv('IsCompliant, ComplianceExpiryTime')]] }] }); }
    for (let i = 0; i < poisson(r, wk ? 1 : 6); i++) { const u = r.pick(members.filter((x) => x.kind === 'office')); const id = r.guid(); const nm = `TML-${u.site}-LT${r.int(20000, 29999)}`;
      const t = ctx.at(d, 9 + r.next() * 7, u.tz);
      ctx.audit({ t, activity: 'Add device', category: 'Device', service: 'Core Directory', op: 'Add', actor: appActor(APPS_AS_ACTOR.drs), targets: [{ id, name: nm, type: 'Device', props: [['AccountEnabled', '[]', jarr(true)], ['DeviceOSType', '[]', jarr('Windows')], ['DeviceTrustType', '[]', jarr('AzureAd')]] }] });
      ctx.audit({ t: t + 1200, activity: 'Add registered owner to device', category: 'Device', service: 'Core Directory', op: 'Assign', actor: appActor(APPS_AS_ACTOR.drs), targets: [{ id, name: nm, type: 'Device', props: [] }, userTarget(u)] });
      ctx.audit({ t: t + 1900, activity: 'Add registered users to device', category: 'Device', service: 'Core Directory', op: 'Assign', actor: appActor(APPS_AS_ACTOR.drs), targets: [{ id, name: nm, type: 'Device', props: [] }, userTarget(u)] }); }
    if (wk) continue;
    // guest invitations by staff (new partner contacts) and redemptions
    for (let i = 0; i < poisson(r, 0.9); i++) {
      const inviter = r.pick(members.filter((x) => x.kind === 'office' && ['Commercial', 'Logistics', 'Customer Service'].includes(x.dept)));
      const g = r.pick(T.guests);
      const t = ctx.at(d, 9 + r.next() * 7, inviter.tz);
      ctx.audit({ t, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', op: 'Add', reason: '', actor: userActor(inviter, ctx.office(inviter).ip), targets: [{ id: g.id, name: g.display, type: 'User', upn: g.upn, props: [] }], details: [['invitedUserEmailAddress', g.homeUpn]] });
      ctx.audit({ t: t + r.int(10, 300) * MIN, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', op: 'Update', actor: userActor(g, g.homeIp), targets: [{ id: g.id, name: g.display, type: 'User', upn: g.upn, props: [] }] });
    }
  }
  for (const u of T.users.filter((x) => x.startDay !== undefined)) {
    const t = ctx.at(Math.max(0, u.startDay - 3), 14.2 + r.next(), 11);
    const corr = r.guid();
    ctx.audit({ t, activity: 'Add user', category: 'UserManagement', service: 'Core Directory', op: 'Add', corr, actor: userActor(SYNC_ACTOR), targets: [userTarget(u, [['AccountEnabled', '[]', jarr(true)], ['DisplayName', '[]', jarr(u.display)], ['UserPrincipalName', '[]', jarr(u.upn)], ['UserType', '[]', jarr('Member')]])] });
    ctx.audit({ t: t + 40_000, activity: 'Change user license', category: 'UserManagement', service: 'Core Directory', op: 'Update', actor: appActor(APPS_AS_ACTOR.groupsLifecycle), targets: [userTarget(u)] });
  }
  // application administration on schedule: certificate rotation for the CargoWise integration (day 9), a new dev
  // app registration (day 3), admin consent for Adobe Acrobat (day 2), users consenting to Zoom for Outlook,
  // a managed identity rotating its own credential, a named-location update and a CA exclusion for Teams Rooms
  const appAdmin = admin('Cloud Application Administrator'), appAdmin2 = admin('Application Administrator'), caAdmin = admin('Conditional Access Administrator'), gaAdmin = admin('Global Administrator'), praAdmin = admin('Privileged Role Administrator');
  const aw = (a) => ctx.office(a.daily);
  {
    const t = ctx.at(9, 10.3, 13); const appId = 'e4a1c7f2-6b39-4d58-9e0a-3c2f8b7d1a64'; const objId = r.guid(); const k1 = r.guid(), k0 = r.guid(); const corr = r.guid();
    const kd = (k, dn) => `[KeyIdentifier=${k},KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName=${dn}]`;
    ctx.audit({ t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', service: 'Core Directory', op: 'Update', corr, actor: userActor(appAdmin, aw(appAdmin).ip), targets: [{ id: objId, name: 'CargoWise Integration', type: 'Application', props: [['KeyDescription', jarr(kd(k0, 'CN=cargowise-int-2025')), jarr(kd(k0, 'CN=cargowise-int-2025'), kd(k1, 'CN=cargowise-int-2026'))], ['Included Updated Properties', null, jv('KeyDescription')]] }], details: [['User-Agent', UA.edgeWin(155)], ['AppId', appId]] });
    ctx.audit({ t: t + 3000, activity: 'Update application', category: 'ApplicationManagement', service: 'Core Directory', op: 'Update', corr, actor: userActor(appAdmin, aw(appAdmin).ip), targets: [{ id: objId, name: 'CargoWise Integration', type: 'Application', props: [['Included Updated Properties', null, jv('KeyCredentials')]] }], details: [['AppId', appId]] });
    const t2 = ctx.at(11, 10.8, 13);
    ctx.audit({ t: t2, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', service: 'Core Directory', op: 'Update', actor: userActor(appAdmin, aw(appAdmin).ip), targets: [{ id: objId, name: 'CargoWise Integration', type: 'Application', props: [['KeyDescription', jarr(kd(k0, 'CN=cargowise-int-2025'), kd(k1, 'CN=cargowise-int-2026')), jarr(kd(k1, 'CN=cargowise-int-2026'))], ['Included Updated Properties', null, jv('KeyDescription')]] }], details: [['User-Agent', UA.edgeWin(155)], ['AppId', appId]] });
  }
  {
    const t = ctx.at(3, 14.1, 11); const appId = r.guid(), objId = r.guid(), spObj = r.guid(); const corr = r.guid(); const a = appAdmin2;
    ctx.audit({ t, activity: 'Add application', category: 'ApplicationManagement', service: 'Core Directory', op: 'Add', corr, actor: userActor(a, aw(a).ip), targets: [{ id: objId, name: 'Tasmarine Berth Planner (dev)', type: 'Application', props: [['AppAddress', null, jarr('[AddressType=Redirect, Address=https://berthplanner-dev.tasmarine.com.au/signin-oidc]')], ['AppId', null, jarr(appId)], ['AvailableToOtherTenants', null, jarr(false)], ['DisplayName', null, jarr('Tasmarine Berth Planner (dev)')]] }], details: [['User-Agent', UA.edgeWin(155)], ['AppId', appId]] });
    ctx.audit({ t: t + 2500, activity: 'Add service principal', category: 'ApplicationManagement', service: 'Core Directory', op: 'Add', corr, actor: userActor(a, aw(a).ip), targets: [{ id: spObj, name: 'Tasmarine Berth Planner (dev)', type: 'ServicePrincipal', props: [['AccountEnabled', null, jarr(true)], ['AppPrincipalId', null, jarr(appId)], ['DisplayName', null, jarr('Tasmarine Berth Planner (dev)')]] }], details: [['AppId', appId]] });
    ctx.audit({ t: t + 4000, activity: 'Add owner to application', category: 'ApplicationManagement', service: 'Core Directory', op: 'Assign', corr, actor: userActor(a, aw(a).ip), targets: [userTarget(a.daily), { id: objId, name: 'Tasmarine Berth Planner (dev)', type: 'Application', props: [['Application.ObjectID', null, jv(objId)], ['Application.DisplayName', null, jv('Tasmarine Berth Planner (dev)')]] }] });
    ctx.audit({ t: t + 9 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', service: 'Core Directory', op: 'Update', actor: userActor(a, aw(a).ip), targets: [{ id: objId, name: 'Tasmarine Berth Planner (dev)', type: 'Application', props: [['KeyDescription', '[]', jarr(`[KeyIdentifier=${r.guid()},KeyType=Password,KeyUsage=Verify,DisplayName=dev-local]`)], ['Included Updated Properties', null, jv('KeyDescription')]] }], details: [['AppId', appId]] });
  }
  const consent = (t, actor, ip, appName, appId, scope, admin) => {
    const spObj = stableSp(appName); const corr = r.guid();
    ctx.audit({ t, activity: 'Add delegated permission grant', category: 'ApplicationManagement', service: 'Core Directory', op: 'Assign', corr, actor: userActor(actor, ip), targets: [{ id: stableSp('Microsoft Graph'), name: 'Microsoft Graph', type: 'ServicePrincipal', props: [['DelegatedPermissionGrant.Scope', null, jv(scope)], ['DelegatedPermissionGrant.ClientId', null, jv(spObj)], ['DelegatedPermissionGrant.ConsentType', null, jv(admin ? 'AllPrincipals' : 'Principal')], ['ServicePrincipal.ObjectID', null, jv(stableSp('Microsoft Graph'))], ['ServicePrincipal.DisplayName', null, jv('Microsoft Graph')], ['ServicePrincipal.AppId', null, jv('00000003-0000-0000-c000-000000000000')]] }] });
    ctx.audit({ t: t + 600, activity: 'Consent to application', category: 'ApplicationManagement', service: 'Core Directory', op: 'Assign', corr, actor: userActor(actor, ip), targets: [{ id: spObj, name: appName, type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, jv(admin ? 'True' : 'False')], ['ConsentContext.IsAppOnly', null, jv('False')], ['ConsentContext.OnBehalfOfAll', null, jv(admin ? 'True' : 'False')], ['ConsentContext.Tags', null, jv('WindowsAzureActiveDirectoryIntegratedApp')], ['ConsentAction.Permissions', null, jv(`[] => [[Id: ${r.alnum(22)}, ClientId: ${spObj}, PrincipalId: ${admin ? '' : actor.id}, ResourceId: ${stableSp('Microsoft Graph')}, ConsentType: ${admin ? 'AllPrincipals' : 'Principal'}, Scope: ${scope}, CreatedDateTime: , LastModifiedDateTime ]]; `)], ['TargetId.ServicePrincipalNames', null, jv(appId)]] }], details: [['User-Agent', UA.edgeWin(155)], ['AppId', appId]] });
  };
  consent(ctx.at(2, 11.2, 11), gaAdmin, aw(gaAdmin).ip, 'Adobe Acrobat', 'a4d3f0c1-7e29-4b85-96a1-2c8e5d7f3b40', 'openid profile email offline_access User.Read Files.Read.All Sites.Read.All', true);
  for (let i = 0; i < 7; i++) { const u = r.pick(members.filter((x) => x.kind === 'office')); const d = r.int(0, 13); if (ctx.weekend(d)) continue; const w = ctx.office(u);
    consent(ctx.at(d, 9 + r.next() * 8, u.tz), u, w.ip, r.pick(['Zoom for Outlook', 'Grammarly', 'Miro']), r.pick(['3090ee8e-bff2-4c6f-9f88-a9d1f1b5f5a7', 'd2a3c5b1-0f7e-4a96-8b24-5e9c1d3f7a02', '7c1e9f3a-2b48-4d60-a5e7-9b3d0c2f8e16']), 'openid profile email offline_access User.Read', false); }
  for (const d of [0, 7]) {
    const t = ctx.at(d, 3.1, 11);
    ctx.audit({ t, activity: 'Add service principal credentials', category: 'ApplicationManagement', service: 'Core Directory', op: 'Update', actor: appActor({ appId: null, displayName: 'Managed Service Identity', spId: '2d6a9c1e-7f34-4b08-b5e2-c81d9f3a6e07' }), targets: [{ id: stableSp('tml-aue-automation'), name: 'tml-aue-automation', type: 'ServicePrincipal', props: [['KeyDescription', jarr(`[KeyIdentifier=${r.guid()},KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName=CN=tml-aue-automation]`), jarr(`[KeyIdentifier=${r.guid()},KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName=CN=tml-aue-automation]`)], ['Included Updated Properties', null, jv('KeyDescription')]] }], details: [['User-Agent', 'Microsoft Azure Graph Client Library 2.1.18-internal']] });
  }
  {
    const t = ctx.at(4, 15.5, 11); const a = caAdmin;
    ctx.audit({ t, activity: 'Update named location', category: 'Policy', service: 'Conditional Access', op: 'Update', actor: userActor(a, aw(a).ip), targets: [{ id: stableSp('nl:corp'), name: 'TML Corporate Networks', type: 'Policy', props: [['NamedLocation', jv('{"id":"' + stableSp('nl:corp') + '","displayName":"TML Corporate Networks","isTrusted":true,"ipRanges":["203.45.118.0/24","203.45.120.32/28","202.92.208.16/29","203.46.91.64/28","203.46.94.16/28","144.139.201.128/29","122.56.237.16/29","203.126.140.72/29"]}'), jv('{"id":"' + stableSp('nl:corp') + '","displayName":"TML Corporate Networks","isTrusted":true,"ipRanges":["203.45.118.0/24","203.45.120.32/28","202.92.208.16/29","203.46.91.64/28","203.46.94.16/28","144.139.201.128/29","122.56.237.16/29","203.126.140.72/29","203.45.121.0/28"]}')]] }] });
    const t2 = ctx.at(8, 11.4, 11);
    ctx.audit({ t: t2, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', op: 'Update', actor: userActor(a, aw(a).ip), targets: [{ id: stableGuidLike('ca:01'), name: 'TML-CA01 Require MFA outside trusted networks', type: 'Policy', props: [['ConditionalAccessPolicy', jv('{"id":"ca01","displayName":"TML-CA01 Require MFA outside trusted networks","state":"enabled","conditions":{"users":{"includeUsers":["All"],"excludeGroups":["CA-Exclude-ServiceAccounts","CA-Exclude-BreakGlass"]},"locations":{"includeLocations":["All"],"excludeLocations":["AllTrusted"]}},"grantControls":{"operator":"OR","builtInControls":["mfa"]}}'), jv('{"id":"ca01","displayName":"TML-CA01 Require MFA outside trusted networks","state":"enabled","conditions":{"users":{"includeUsers":["All"],"excludeGroups":["CA-Exclude-ServiceAccounts","CA-Exclude-BreakGlass","CA-Exclude-TeamsRooms"]},"locations":{"includeLocations":["All"],"excludeLocations":["AllTrusted"]}},"grantControls":{"operator":"OR","builtInControls":["mfa"]}}')]] }] });
  }
  // a new service-desk hire gets an eligible Helpdesk Administrator assignment (permanent eligibility)
  {
    const t = ctx.at(2, 10.1, 11); const a = praAdmin; const hire = r.pick(members.filter((x) => x.kind === 'office' && x.site === 'MEL' && !x.adminOf));
    ctx.audit({ t, activity: 'Add eligible member to role in PIM requested (permanent)', category: 'RoleManagement', service: 'PIM', op: 'Add', reason: 'RoleAssignmentEligibilityRequested', actor: userActor(a, aw(a).ip), targets: [{ id: roleId('Helpdesk Administrator'), name: 'Helpdesk Administrator', type: 'Role', props: [] }, userTarget(hire)], details: [['Justification', 'New service desk analyst - HR ticket HR-20431']] });
    ctx.audit({ t: t + 5000, activity: 'Add eligible member to role in PIM completed (permanent)', category: 'RoleManagement', service: 'PIM', op: 'Add', reason: 'RoleAssignmentEligibilityRequested', actor: appActor(APPS_AS_ACTOR.pim), targets: [{ id: roleId('Helpdesk Administrator'), name: 'Helpdesk Administrator', type: 'Role', props: [] }, userTarget(hire)] });
  }
}

export const stableSp = (n) => stableGuid('sp:' + n);
const stableGuidLike = (n) => stableGuid(n);

export function honest(ctx) {
  const travellers = planTrips(ctx);
  const devs = developers(ctx);
  officeWorkers(ctx);
  shiftWorkers(ctx);
  seafarers(ctx);
  automation(ctx);
  admins(ctx);
  guests(ctx);
  leavers(ctx);
  const sup = support(ctx);
  auditStream(ctx);
  return { travellers, devs, flaky: sup.flaky };
}
