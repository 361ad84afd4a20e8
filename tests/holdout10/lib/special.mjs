// The fortnight's honest special cases: the French club trip to Québec, the mayor's conference in
// Washington, a council member blocked in Cancún, a fire captain in Florida, and the IT admins and
// the Bengaluru MSP doing real admin work (portals, PowerShell, PIM, tickets).
import { local, MIN, HOUR, APPS, RES, isOfficeDay, isWeekend, MLK_DAY } from './world.mjs';
import { link } from './registry.mjs';
import { hash32 } from './prng.mjs';
import { localHour } from './routines.mjs';

export function makeSpecial(W) {
  const { k, rng, reg, T, site } = W;
  const G = T.groups;

  // ---- Québec trip, Thursday 15 – Sunday 18 January ------------------------------------------
  const hotelQc = reg.take('bell', 'quebec', 'honest', 'Hotel Wi-Fi, Québec');
  const cafeQc = reg.take('videotron', 'quebec', 'honest', 'Café Wi-Fi, Vieux-Québec');
  const cafeMtl = reg.take('videotron', 'montreal', 'honest', 'Restaurant Wi-Fi, Montréal');
  const tripTeachers = G.teachers.filter((p) => p.school === 'hs').slice(3, 5);
  const tripStudents = T.people.filter((p) => p.student && p.school === 'hs' && p.phone && !p.newAccount).slice(20, 34);
  const tripLink = (p, d) => ({
    at: (t) => {
      const h = localHour(t) + (t >= local(d + 1, 0) ? 24 : 0), r = hash32(`${p.id}/${Math.floor(t / (40 * MIN))}`) % 10;
      if (d === 3) return h < 18 ? p.mobile.at(t) : r < 7 ? hotelQc : p.mobile.at(t);
      if (d === 6) return h < 9 ? hotelQc : h < 12 ? p.mobile.at(t) : h < 14 && r < 5 ? cafeMtl : h >= 22.6 ? p.homeIp : p.mobile.at(t);
      if (h < 8.5 || h >= 20) return r < 8 ? hotelQc : p.mobile.at(t);
      return r < 4 ? cafeQc : p.mobile.at(t);
    },
  });
  const trip = {
    students: new Set(tripStudents), teachers: new Set(tripTeachers), hotelQc,
    student(s, d) {
      const lnk = tripLink(s, d);
      W.R.phoneDay(s, d, { link: lnk, from: d === 3 ? 5.4 : rng.float(7, 8.5), to: rng.float(22.5, 24), every: 110 });
      if (rng.chance(0.35)) k.login(s, s.phone, local(d, rng.float(19.5, 22.5)), lnk, APPS.officeHome, RES.portal, { key: 'phone:web', fresh: true, ua: s.phone.ua, kmsi: 0.2 });
      if (d === 6 && rng.chance(0.5)) k.login(s, s.chromebook, local(d, rng.float(23, 23.8)), s.home, APPS.teamsWeb, RES.teams, { key: 'cb:web', fresh: true });
    },
    teacher(p, d) {
      const lnk = tripLink(p, d);
      W.R.phoneDay(p, d, { link: lnk, from: d === 3 ? 5.2 : 6.8, to: 23.3, every: 90 });
      if (d !== 6) k.windowsDay(p, p.laptop, local(d, rng.float(20.5, 21.2)), local(d, rng.float(22, 23)), link.fixed(hotelQc), { every: 35 });
      if (d === 4) k.windowsDay(p, p.laptop, local(d, 6.9), local(d, 7.8), link.fixed(hotelQc), { every: 30 });
    },
  };

  // ---- travel ----------------------------------------------------------------------------------
  const mayor = G.council[0], vacationer = G.council[3], captain = G.fire[0];
  const dcHotel = reg.take('comcast', 'washington', 'honest', 'Hotel Wi-Fi, Washington DC');
  const dcPhone = reg.pool('verizonW', 'washington', 'honest', 12, 'Verizon Wireless, DC');
  const cancunHotel = reg.take('telmex', 'cancun', 'honest', 'Resort Wi-Fi, Cancún');
  const flCondo = reg.take('comcast', 'fortmyers', 'honest', 'Rental condo, Fort Myers');
  const flPhone = reg.pool('tmobile', 'fortmyers', 'honest', 10, 'T-Mobile, SW Florida');
  vacationer.travelFrom = local(5, 16.1); // on-call IT adds her to CA-Travel-Exception on Saturday afternoon
  captain.vacation = [0, 6];
  captain.awayLink = (t) => (t < local(7, 3) ? (hash32(`${captain.id}/${Math.floor(t / 3_000_000)}`) % 10 < 6 ? flCondo : link.rotating(flPhone, captain.id, 120).at(t)) : null);
  // A family takes the MLK long weekend in Cancún: the kids' phones are blocked on the resort Wi-Fi
  // (students: US and Canada only) and work over the US carrier, which is home-routed.
  const family = T.households.find((h) => h.kids.length >= 2 && h.kids.every((x) => x.phone && !x.newAccount && !trip.students.has(x)));
  const resort = reg.take('telmex', 'cancun', 'honest', 'Resort Wi-Fi, Cancún (family)');
  const travel = {
    dcHotel, cancunHotel, family: family.kids,
    familyTrip(s, d) {
      if (!family.kids.includes(s) || d < 4 || d > 7) return false;
      const sess = k.session(s, 'phone');
      let t = local(d, d === 4 ? 19 : rng.float(7.5, 9.5));
      while (t < local(d, 23)) {
        const wifi = hash32(`${s.id}/${Math.floor(t / (40 * MIN))}`) % 10 < 6;
        k.row({ t, p: s, dev: s.phone, ip: wifi ? resort : s.mobile.at(t), app: APPS.teams, res: RES.teams, ua: s.phone.teamsUa, client: 'Mobile Apps and Desktop clients',
          browser: s.phone.ios ? 'Mobile Safari' : 'Chrome Mobile', interactive: false, session: sess, code: wifi ? 53003 : 0 });
        t += rng.float(40, 150) * MIN;
      }
      return true;
    },
    linkFor(p, d) {
      if (p === mayor && d >= 2 && d <= 4) return link.fixed(dcHotel);
      if (p === vacationer && d >= 5 && d <= 11) return link.fixed(cancunHotel);
      return null;
    },
    blocked(p, t) { return p === vacationer && t >= local(5, 0) && t < p.travelFrom; },
    phoneIp(p, t) { return p === mayor ? link.rotating(dcPhone, p.id, 120).at(t) : null; }, // abroad, US phones are home-routed: carrier addresses
  };

  // ---- IT admins -------------------------------------------------------------------------------
  const ADMIN = [[[APPS.azurePortal, RES.arm], 3], [[APPS.azurePortal, RES.graph], 2], [[APPS.graphCli, RES.graph], 1.5], [[APPS.exoPs, RES.exo], 1], [[APPS.officeHome, RES.portal], 1]];
  const ROLES = ['User Administrator', 'Exchange Administrator', 'Intune Administrator', 'Conditional Access Administrator', 'Application Administrator', 'Groups Administrator', 'Global Administrator'];
  function pim(p, t, ip, role, attack = false) {
    const corr = rng.uuid();
    const tgt = [{ id: W.roleId(role), displayName: role, type: 'Role' }, { id: p.id, displayName: p.name, type: 'User', upn: p.upn }];
    const det = [['Justification', rng.pick(['Ticket ' + rng.int(14000, 16999), 'routine admin', 'user onboarding', 'mailbox permissions', 'device enrollment issue'])], ['StartTime', new Date(t).toISOString()], ['ExpirationTime', new Date(t + 8 * HOUR).toISOString()]];
    k.audit({ t, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role requested (PIM activation)', opType: 'Add', by: { user: p, ip }, targets: tgt, details: det, corr }, attack);
    k.audit({ t: t + rng.int(2, 9) * 1000, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role completed (PIM activation)', opType: 'Add', by: { app: { displayName: 'MS-PIM', appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e' } }, targets: tgt, details: det, corr }, attack);
    k.audit({ t: t + 8 * HOUR + rng.int(1, 60) * 1000, service: 'PIM', category: 'RoleManagement', activity: 'Remove member from role completed (PIM activation expired)', opType: 'Delete', by: { app: { displayName: 'MS-PIM', appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e' } }, targets: tgt, corr: rng.uuid() }, attack);
  }
  function adminSession(p, dev, t, lnk, o = {}) {
    const [app, res] = o.app || rng.weighted(ADMIN);
    const r = k.login(p, dev, t, lnk, app, res, { key: `admin:${dev.id || 'x'}`, fresh: rng.chance(o.freshP ?? 0.35), ua: app === APPS.graphCli || app === APPS.exoPs ? (p.partner ? '' : dev.ua) : dev.ua, kmsi: 0.1,
      client: app === APPS.graphCli || app === APPS.exoPs ? 'Mobile Apps and Desktop clients' : 'Browser' });
    if (r.session) k.span(p, dev, r.t, r.t + rng.int(25, 140) * MIN, lnk, [[[app, res], 3], [[APPS.azurePortal, RES.graph], 1]], r.session, { every: 22, ua: dev.ua, client: 'Browser' });
    return r;
  }
  function itAdmin(p, d) {
    const lap = p.laptop;
    const lnk = p.districtIt ? link.fixed(site.staffNat) : p.zscaler;
    const vpn = p.districtIt ? p.home : link.fixed(site.cityHall);
    if (isOfficeDay(d) && !rng.chance(0.05)) {
      const start = local(d, rng.float(7, 8.3)), end = local(d, rng.float(16.3, 17.6));
      const remote = d === 9 && rng.chance(0.5);
      const wl = remote ? vpn : lnk;
      k.windowsDay(p, lap, start, end, wl, { every: 60 });
      const n = rng.int(1, 4);
      for (let i = 0; i < n; i++) {
        const t = start + rng.float(0.5, 8.5) * HOUR;
        if (rng.chance(0.11)) pim(p, t - 3 * MIN, wl.at(t), rng.weighted(ROLES.map((r, j) => [r, j === 6 ? 0.3 : 1])));
        adminSession(p, lap, t, wl);
      }
    }
    const onCall = (hash32(`oncall/${d}`) % G.cityIt.length) === G.cityIt.indexOf(p);
    if ((isWeekend(d) || d === MLK_DAY) && onCall) {
      for (let i = rng.int(1, 3); i > 0; i--) {
        const h = rng.float(7, 23.5);
        k.windowsDay(p, lap, local(d, h), local(d, h + rng.float(0.3, 1.2)), link.fixed(site.cityHall), { every: 25 });
        adminSession(p, lap, local(d, h + 0.1), link.fixed(site.cityHall), { freshP: 0.6 });
      }
    } else if (rng.chance(0.12)) {
      const h = rng.float(19, 23);
      k.windowsDay(p, lap, local(d, h), local(d, h + rng.float(0.5, 1.5)), vpn, { every: 30 });
      if (rng.chance(0.5)) adminSession(p, lap, local(d, h + 0.2), vpn);
    }
    W.R.phoneDay(p, d, { work: isOfficeDay(d) ? [7.5, 17] : null, every: 150 });
  }

  // ---- the MSP in Bengaluru (GDAP: cross-tenant "service provider" sign-ins) ---------------------
  function msp(p, d) {
    const night = p.nightCover;
    const works = night ? hash32(`${p.id}/${d}`) % 7 < 5 : !isWeekend(d);
    if (!works) return;
    const lnk = rng.chance(0.2) ? p.home : p.office;
    const start = local(d, night ? rng.float(21.5, 22.5) : rng.float(8.6, 9.4));
    const end = start + rng.float(8, 9.2) * HOUR;
    const n = rng.int(night ? 2 : 3, night ? 4 : 7);
    for (let i = 0; i < n; i++) {
      const t = start + rng.float(0.1, 8) * HOUR;
      adminSession(p, p.laptop, t, lnk, { freshP: 0.5 });
      if (rng.chance(0.3)) W.events.mspTicket(p, t + rng.int(3, 20) * MIN, lnk.at(t));
    }
    k.span(p, p.laptop, start, end, lnk, [[[APPS.azurePortal, RES.arm], 2], [[APPS.azurePortal, RES.graph], 1]], k.session(p, 'admin:x'), { every: 75, ua: p.laptop.ua, client: 'Browser' });
  }

  return { trip, travel, itAdmin, msp, pim, adminSession, captain };
}
