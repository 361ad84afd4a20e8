// Daily working life: what each kind of person does on fortnight day d. Honest rows only.
import { local, HOUR, MIN, DAY, T0, APPS, RES, TAPPS, TRES, UA, SNOW_DAY, MLK_DAY, isSchoolDay, isOfficeDay, isWeekend, dow } from './world.mjs';
import { link } from './registry.mjs';
import { hash32 } from './prng.mjs';
import { MIX } from './kit.mjs';

export const localHour = (t) => (((t / HOUR - 5) % 24) + 24) % 24;
const PITMAN = [1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0];

/** Where a phone's traffic leaves: workplace Wi-Fi some of the time at work, home Wi-Fi most evenings, the carrier otherwise. */
export function phoneLink(p, o = {}) {
  return {
    at: (t) => {
      if (o.away) { const a = o.away(t); if (a) return a; }
      const h = localHour(t), slot = hash32(`${p.id}/${Math.floor(t / (45 * MIN))}`) % 10;
      const working = o.work && h >= o.work[0] && h < o.work[1];
      if (working && o.workWifi && slot < 5) return o.workWifi;
      if (!working && (h >= 17.5 || h < 7.2) && p.homeIp && slot < 7) return p.homeIp;
      return p.mobile.at(t);
    },
  };
}

export function makeRoutines(W) {
  const { k, rng, site } = W;
  const fixed = (ip) => link.fixed(ip);
  const staffNat = fixed(site.staffNat), studentNat = fixed(site.studentNat), libNat = fixed(site.libraryNat), cityHall = fixed(site.cityHall);

  function phoneDay(p, d, o = {}) {
    if (!p.phone) return;
    const sess = k.session(p, 'phone');
    const from = local(d, o.from ?? rng.float(6.2, 7.5)), to = local(d, o.to ?? rng.float(21, 23.2));
    const mix = p.student ? MIX.studentPhone : MIX.phone;
    const lnk = o.link || phoneLink(p, o);
    const every = (o.every || 150) * 3.2; // a phone refreshes a token when the app wakes: a few times a day
    let t = from + rng.int(0, 60) * MIN;
    while (t < to) {
      const [app, res] = rng.weighted(mix);
      if (p.phoneOff && t >= p.phoneOff[0] && t < p.phoneOff[1]) { t += every * MIN; continue; }
      k.row({ t, p, dev: p.phone, link: lnk, app, res, ua: app === APPS.teams ? p.phone.teamsUa : p.phone.mailUa, client: 'Mobile Apps and Desktop clients',
        browser: p.phone.ios ? 'Mobile Safari' : 'Chrome Mobile', interactive: false, session: sess });
      t += every * rng.float(0.5, 1.5) * MIN;
    }
  }

  function sso(p, dev, t, lnk, key, app, pr = 1, o = {}) {
    if (!rng.chance(pr)) return t;
    return k.login(p, dev, t, lnk, TAPPS[app] || app, TRES[app] || o.res, { key, kmsi: 0, ...o }).t;
  }

  // ---- students ---------------------------------------------------------------------------
  function student(s, d) {
    if (s.createdDay != null && d <= s.createdDay) return;
    if (W.trip.students.has(s) && d >= 3 && d <= 6) return W.trip.student(s, d);
    if (W.travel.familyTrip(s, d)) return;
    const cb = s.chromebook;
    if (isSchoolDay(d) && !s.newAccount && !rng.chance(0.06)) {
      let t = local(d, (s.school === 'hs' ? 7.6 : 8.05) + rng.float(0, 0.35));
      t = chromebookLogin(s, t, studentNat, d, true);
      if (t) {
        if (rng.chance(0.5)) {
          const r = k.login(s, cb, t + rng.int(2, 40) * MIN, studentNat, APPS.teamsWeb, RES.teams, { key: 'cb:web', kmsi: 0.1 });
          k.span(s, cb, r.t, local(d, 14.6), studentNat, MIX.web, r.session, { every: 85 });
        }
        sso(s, cb, t + rng.int(30, 300) * MIN, studentNat, 'cb:web', 'schoology', 0.35);
        if (rng.chance(0.2)) chromebookLogin(s, local(d, rng.float(11.6, 12.6)), studentNat, d, false);
      }
    }
    let pHome = isSchoolDay(d) ? s.evening : d === SNOW_DAY ? 0.5 : isWeekend(d) ? s.evening * 0.55 : 0.3;
    if (s.newAccount) pHome = d >= 12 ? 0.35 : 0;
    if (rng.chance(pHome)) {
      let h = isSchoolDay(d) ? rng.float(15.8, 21.8) : rng.float(10, 22);
      if (s.nightOwl && rng.chance(0.5)) h = rng.float(22.3, 26.5);
      const dev = s.homePc && rng.chance(0.5) ? s.homePc : cb;
      const t = chromebookLogin(s, local(d, h), s.home, d, false, dev);
      if (t) {
        const r = k.login(s, dev, t + rng.int(1, 10) * MIN, s.home, APPS.teamsWeb, RES.teams, { key: `${dev.kind}:web`, kmsi: 0.15 });
        k.span(s, dev, r.t, r.t + rng.int(20, 150) * MIN, s.home, MIX.web, r.session, { every: 55 });
        sso(s, dev, r.t + rng.int(5, 40) * MIN, s.home, `${dev.kind}:web`, 'schoology', 0.5);
      }
    }
    if (s.phone && rng.chance(isSchoolDay(d) ? 0.7 : 0.55)) {
      phoneDay(s, d, { from: rng.float(6.5, 9), to: rng.float(21.5, s.nightOwl ? 26 : 23.5), every: 200, work: isSchoolDay(d) ? [7.5, 15] : null, workWifi: site.byodNat });
    }
  }

  /** A Chromebook (or home PC) sign-in; forgetful students mistype, some lock themselves out and get a teacher reset. */
  function chromebookLogin(s, t, lnk, d, atSchool, dev = s.chromebook) {
    let fails = 0;
    if (s.rotation && d === 1 && atSchool) fails = rng.chance(0.55) ? (rng.chance(0.09) ? rng.int(10, 13) : rng.int(1, 4)) : 0;
    else if (rng.chance(s.clumsy ? 0.1 : 0.035)) fails = rng.chance(0.06) ? rng.int(10, 12) : rng.int(1, 3);
    const app = dev === s.chromebook ? TAPPS.chromeSso : APPS.officeHome, res = dev === s.chromebook ? TRES.chromeSso : RES.portal;
    const r = k.login(s, dev, t, lnk, app, res, { fails, fresh: true, key: `${dev.kind}:sso`, kmsi: 0 });
    if (!r.locked) return r.t;
    if (!atSchool) { W.events.studentLockedHome(s, r.t); return null; }
    const tr = W.events.resetStudent(s, r.t + rng.int(6, 40) * MIN);
    k.row({ t: tr + rng.int(2, 8) * MIN, p: s, dev, link: lnk, app, res, interactive: true, code: 50125, session: k.session(s, `${dev.kind}:sso`, true) });
    return k.login(s, dev, tr + rng.int(9, 15) * MIN, lnk, app, res, { key: `${dev.kind}:sso` }).t;
  }

  // ---- school staff -----------------------------------------------------------------------
  function schoolStaff(p, d) {
    if (p.createdDay != null && d <= p.createdDay) return;
    if (W.trip.teachers.has(p) && d >= 3 && d <= 6) return W.trip.teacher(p, d);
    const lap = p.laptop;
    const workday = p.kind === 'sub' ? isSchoolDay(d) && rng.chance(p.newAccount ? 0.5 : 0.45) : (isSchoolDay(d) || (p.office && d === SNOW_DAY));
    if (p.newAccount && !p.firstDone) { if (d > p.createdDay && isOfficeDay(d)) W.events.subFirstSignIn(p, local(d, rng.float(17, 21))); return; }
    if (workday && !rng.chance(0.04)) {
      const start = local(d, rng.float(6.9, 7.7)), end = local(d, rng.float(15.2, 16.8));
      const remote = d === SNOW_DAY;
      const lnk = remote ? p.home : staffNat;
      if (lap) {
        const r = k.windowsDay(p, lap, start, end, lnk, { every: 75 });
        let t = r.t;
        if (p.kind === 'teacher') { t = sso(p, lap, t + rng.int(5, 60) * MIN, lnk, `win:${lap.id}`, 'powerschool', 0.75, { ua: lap.ua, browser: lap.browser }); sso(p, lap, t + rng.int(20, 200) * MIN, lnk, `win:${lap.id}`, 'schoology', 0.5, { ua: lap.ua, browser: lap.browser }); }
        if (p.dept === 'District Administration Center') sso(p, lap, t + rng.int(20, 200) * MIN, lnk, `win:${lap.id}`, 'munis', 0.5, { ua: lap.ua, browser: lap.browser });
        if (rng.chance(0.12)) sso(p, lap, t + rng.int(30, 300) * MIN, lnk, `win:${lap.id}`, 'frontline', 1, { ua: lap.ua, browser: lap.browser });
      } else {
        // substitutes: a classroom PC at school, OfficeHome with a password
        const pc = W.T.dev.laptop('WBPS-CLS', 'Azure AD joined');
        const r = k.login(p, pc, start, staffNat, APPS.officeHome, RES.portal, { fresh: true, kmsi: 0.3, fails: rng.chance(0.08) ? 1 : 0 });
        k.span(p, pc, r.t, end, staffNat, MIX.web, r.session, { every: 90 });
      }
      if (p.kind === 'sub' && rng.chance(0.6)) sso(p, p.homePc, local(d, rng.float(5.6, 6.4)), p.home, 'home:web', 'frontline', 1, { fresh: true });
    }
    if (lap && (isOfficeDay(d) || isWeekend(d)) && rng.chance(p.kind === 'teacher' ? (isWeekend(d) ? 0.16 : 0.3) : 0.12)) {
      const h = rng.float(18.5, 22.5);
      const r = k.windowsDay(p, lap, local(d, h), local(d, h + rng.float(0.5, 2.2)), p.home, { every: 45 });
      if (p.kind === 'teacher' && rng.chance(0.5)) sso(p, lap, r.t + 10 * MIN, p.home, `win:${lap.id}`, 'schoology', 1, { ua: lap.ua, browser: lap.browser });
    }
    if (p.kind === 'sub' && !workday && rng.chance(0.25)) sso(p, p.homePc, local(d, rng.float(17, 22)), p.home, 'home:web', 'frontline', 1, { fresh: rng.chance(0.3) });
    const on = isSchoolDay(d) || (p.office && isOfficeDay(d));
    phoneDay(p, d, { work: on ? [7, 15.5] : null, workWifi: site.byodNat, every: on ? 140 : 220 });
  }

  // ---- city office staff ------------------------------------------------------------------
  const DEPT_APPS = { Finance: [['munis', 0.95]], 'Human Resources': [['munis', 0.6], ['ess', 0.3]], 'Building & Permits': [['permits', 0.95]],
    'Utilities - Billing': [['munis', 0.8]], Assessing: [['munis', 0.3]], 'City Clerk': [['munis', 0.2]], 'Police - Records & Administration': [['axon', 0.4], ['cad', 0.3]] };
  function cityOffice(p, d) {
    const lap = p.laptop;
    const electionsRush = p.kind === 'elections' && d <= 5;
    const work = isOfficeDay(d) || (electionsRush && d === 5);
    if (work && !rng.chance(0.04)) {
      const wfh = d === SNOW_DAY ? rng.chance(0.55) : p.wfhDay === dow(d);
      const lnk = !wfh ? p.zscaler : rng.chance(0.8) ? p.zscaler : p.home; // ZCC on the laptop usually keeps home traffic on the proxy
      const start = local(d, d === 5 ? rng.float(8.8, 9.2) : rng.float(7.3, 8.6));
      const end = local(d, d === 5 ? rng.float(13, 13.5) : electionsRush ? rng.float(18.5, 20) : rng.float(16.2, 17.3));
      const r = k.windowsDay(p, lap, start, end, lnk, { every: 70 });
      let t = r.t;
      for (const [app, pr] of DEPT_APPS[p.dept] || []) t = sso(p, lap, t + rng.int(5, 90) * MIN, lnk, `win:${lap.id}`, app, pr, { ua: lap.ua, browser: lap.browser });
      if (rng.chance(0.15)) sso(p, lap, t + rng.int(10, 300) * MIN, lnk, `win:${lap.id}`, APPS.officeHome, 1, { res: RES.portal, ua: lap.ua, browser: lap.browser });
      if (rng.chance(0.05)) sso(p, lap, t + rng.int(10, 300) * MIN, lnk, `win:${lap.id}`, 'ess', 1, { ua: lap.ua, browser: lap.browser });
    }
    if (lap && rng.chance(isWeekend(d) ? 0.05 : 0.1)) {
      const h = rng.float(19, 22.5);
      k.windowsDay(p, lap, local(d, h), local(d, h + rng.float(0.4, 1.5)), rng.chance(0.7) ? p.zscaler : p.home, { every: 40 });
    }
    phoneDay(p, d, { work: work ? [8, 16.5] : null, every: work ? 160 : 240 });
  }

  function field(p, d) {
    const plowing = p.dept === 'Public Works' && (d === SNOW_DAY || d === SNOW_DAY - 1);
    const work = isOfficeDay(d) || plowing || (rng.chance(0.12) && isWeekend(d));
    const from = plowing ? rng.float(3.5, 5) : work ? rng.float(6.2, 7) : rng.float(8, 11);
    phoneDay(p, d, { from, to: plowing ? rng.float(19, 22) : rng.float(20, 22.5), every: work ? 110 : 220 });
    if (work && dow(d) === 4 && rng.chance(0.6)) {
      k.login(p, p.phone, local(d, rng.float(14, 15.5)), p.mobile, TAPPS.ess, TRES.ess, { key: 'phone:ess', fresh: rng.chance(0.5), ua: p.phone.ua, kmsi: 0.2 });
    }
  }

  function libraryStaff(p, d) {
    const open = dow(d) !== 6 && d !== MLK_DAY;
    if (open && hash32(`${p.id}/${d}`) % 10 < 8) {
      const late = hash32(`${p.id}/late/${d}`) % 3 === 0 && dow(d) < 4;
      const start = local(d, late ? rng.float(11.6, 12.2) : rng.float(8.3, 8.9)), end = local(d, late ? 20.2 : rng.float(16.5, 17.5));
      const r = k.windowsDay(p, p.laptop, start, end, libNat, { every: 80 });
      sso(p, p.laptop, r.t + rng.int(2, 20) * MIN, libNat, `win:${p.laptop.id}`, 'polaris', 0.95, { ua: p.laptop.ua, browser: p.laptop.browser });
    }
    phoneDay(p, d, { every: 220 });
  }

  function kiosk(p, d) {
    if (dow(d) === 6 || d === MLK_DAY) return;
    const close = dow(d) < 4 ? 20 : 17;
    for (const h of [9, 13.5]) {
      const r = k.login(p, p.kiosk, local(d, h - 0.1 + rng.float(0, 0.15)), libNat, APPS.officeHome, RES.portal, { fresh: true, kmsi: 0.9 });
      k.span(p, p.kiosk, r.t, local(d, h === 9 ? 13.2 : close), libNat, MIX.web, r.session, { every: 60 });
    }
  }

  // ---- public safety ----------------------------------------------------------------------
  const onDuty = (platoon, d) => { const x = PITMAN[((d % 14) + 14) % 14]; return (platoon % 2 === 0 ? x : 1 - x) === 1; };
  function police(p, d) {
    const night = p.platoon >= 2;
    if (onDuty(p.platoon, d) && !rng.chance(0.08)) {
      const start = local(d, (night ? 17.75 : 5.75) + rng.float(0, 0.3)), end = start + 12 * HOUR + rng.int(0, 50) * MIN;
      const mdt = link.rotating(site.firstnet, `${p.id}/${d}`, rng.pick([75, 120, 180]));
      k.session(p, `win:${p.mdt.id}`, true);
      const r = k.windowsDay(p, p.mdt, start, end, mdt, { every: 95, fresh: true });
      let t = k.login(p, p.mdt, r.t + rng.int(1, 6) * MIN, mdt, TAPPS.cad, TRES.cad, { key: `win:${p.mdt.id}`, ua: p.mdt.ua, browser: p.mdt.browser }).t;
      if (rng.chance(0.55)) t = sso(p, p.mdt, t + rng.int(60, 500) * MIN, mdt, `win:${p.mdt.id}`, 'axon', 1, { ua: p.mdt.ua, browser: p.mdt.browser });
      if (rng.chance(0.2)) sso(p, p.mdt, start + rng.int(200, 600) * MIN, mdt, `win:${p.mdt.id}`, 'cad', 1, { ua: p.mdt.ua, browser: p.mdt.browser });
    }
    phoneDay(p, d, { every: 260 });
  }

  function fire(p, d) {
    if (p.vacation && d >= p.vacation[0] && d <= p.vacation[1]) { phoneDay(p, d, { from: rng.float(7.5, 9.5), to: rng.float(21, 23.5), every: 200, away: p.awayLink }); return; }
    if (((d % 3) + 3) % 3 === p.shift && !rng.chance(0.06)) {
      const pc = W.T.stationPcs[p.station - 1];
      const start = local(d, 6.9 + rng.float(0, 0.4));
      const r = k.windowsDay(p, pc, start, start + rng.float(1.5, 3) * HOUR, p.zscaler, { every: 60 });
      let t = r.t;
      for (let i = rng.int(0, 3); i > 0; i--) { t += rng.int(60, 420) * MIN; sso(p, pc, t, p.zscaler, `win:${pc.id}`, 'fireRms', 1, { ua: pc.ua, browser: pc.browser }); }
    }
    phoneDay(p, d, { from: rng.float(6, 8), to: rng.float(21, 23.5), every: 240, away: p.awayLink });
  }

  function dispatcher(p, d) {
    if (!onDuty(p.platoon, d) || rng.chance(0.05)) { phoneDay(p, d, { every: 300 }); return; }
    const night = p.platoon >= 2;
    const con = W.T.consoles[hash32(`${p.id}/${d}`) % W.T.consoles.length];
    const start = local(d, (night ? 18.6 : 6.6) + rng.float(0, 0.25)), end = start + 12 * HOUR;
    const r = k.windowsDay(p, con, start, end, p.zscaler, { every: 65, fresh: true });
    sso(p, con, r.t + rng.int(1, 4) * MIN, p.zscaler, `win:${con.id}`, 'cad', 1, { ua: con.ua, browser: con.browser });
    phoneDay(p, d, { from: night ? 10 : 16, to: night ? 18 : 23, every: 260 });
  }

  // ---- council, service accounts, guests ---------------------------------------------------
  function council(p, d) {
    const away = W.travel.linkFor(p, d);
    const ipadSess = k.session(p, 'ipad:mail');
    const lnk = away || p.home;
    const from = local(d, rng.float(6.5, 8.5)), to = local(d, rng.float(21, 23));
    let t = from;
    while (t < to) {
      const [app, res] = rng.weighted(MIX.phone);
      const code = W.travel.blocked(p, t) ? 53003 : 0;
      k.row({ t, p, dev: p.ipad, link: lnk, app, res, ua: p.ipad.mailUa, client: 'Mobile Apps and Desktop clients', browser: 'Mobile Safari', interactive: false, session: ipadSess, code });
      t += (code ? 55 : 190) * rng.float(0.6, 1.4) * MIN;
    }
    if (!W.travel.blocked(p, local(d, 12)) && rng.chance(0.3)) {
      const r = k.login(p, p.ipad, local(d, rng.float(9, 21)), lnk, APPS.officeHome, RES.spo, { key: 'ipad:web', kmsi: 0.3 });
      k.span(p, p.ipad, r.t, r.t + rng.int(15, 60) * MIN, lnk, [[[APPS.officeHome, RES.spo], 1]], r.session, { every: 25 });
    }
    if ((d === 1 || d === 8) && !away) { // council meetings, Tuesday evenings, City Hall guest Wi-Fi
      const g = fixed(site.cityGuest);
      const r = k.login(p, p.ipad, local(d, rng.float(18.2, 18.6)), g, APPS.officeHome, RES.spo, { key: 'ipad:web', kmsi: 0.2 });
      k.span(p, p.ipad, r.t, local(d, rng.float(20.5, 21.8)), g, [[[APPS.officeHome, RES.spo], 2], [[APPS.exo, RES.exo], 1]], r.session, { every: 35 });
    }
    phoneDay(p, d, { every: 230, away: away ? (t) => (W.travel.phoneIp(p, t)) : null });
  }

  function scanner(p, d) {
    if (!isOfficeDay(d)) return;
    const lnk = fixed(site[p.site]);
    const rate = p.upn.startsWith('scan.cityhall') || p.upn.startsWith('scan.dac') ? 2.2 : 1.3;
    if (p.site === 'staffNat' && !isSchoolDay(d) && d !== SNOW_DAY) return;
    let t = local(d, 7.4);
    const end = local(d, 16.8);
    while ((t += rng.float(0.2, 2) / rate * HOUR) < end) {
      k.row({ t, p, dev: null, link: lnk, app: APPS.exo, res: RES.exo, ua: '', client: 'Authenticated SMTP', browser: '', interactive: true, session: null, sessionId: '' });
    }
  }

  function ropcService(p, d) {
    const lnk = fixed(site.azureApps[0]);
    for (let m = 7; m < 1440; m += 30) {
      const t = T0 + d * DAY + m * MIN + rng.int(0, 40) * 1000;
      const code = W.events.ropcBroken(t) ? 50126 : 0;
      k.row({ t, p, dev: null, link: lnk, app: TAPPS.utilBilling, res: RES.graph, ua: UA.ropcLob, client: 'Mobile Apps and Desktop clients', browser: 'IE 7.0', interactive: true, protocol: 'ropc', code, mfa: 'none' });
    }
  }

  function guest(p, d) {
    if (p.createdDay != null && d <= p.createdDay) return;
    if (isWeekend(d) || d === MLK_DAY || hash32(`${p.id}/${d}`) % 10 > 2) return;
    const tz = p.dept.startsWith('civic') ? 3 : 2; // Pacific / Arizona
    const t = local(d, rng.float(9, 16) + tz);
    const [app, res] = p.app === 'permits' ? [TAPPS.permits, TRES.permits] : [APPS.spo, RES.spo];
    const r = k.login(p, p.laptop, t, p.work, app, res, { key: 'guest', kmsi: 0.2, ua: p.laptop.ua });
    k.span(p, p.laptop, r.t, r.t + rng.int(20, 100) * MIN, p.work, [[[APPS.teamsWeb, RES.teams], 1], [[APPS.spo, RES.spo], 1]], r.session, { every: 40 });
  }

  return { student, schoolStaff, cityOffice, field, libraryStaff, kiosk, police, fire, dispatcher, council, scanner, ropcService, guest, phoneDay, sso };
}
