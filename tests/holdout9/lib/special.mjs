// The fortnight's honest events: conference trips (Boston, Tokyo, Berlin), a researcher on secondment in
// Singapore and one in Stockholm, a move to Lisbon, interns' first day, agency nurses, the MFA roll-out
// week, new phones, expired and locked passwords, leavers, and the IT department's directory work.
import { APP, RES, NATIVE, UA } from './world.mjs';
import { local, isWeekend, DAYS, DAY, HOUR, MIN, T0, mfaFresh, mfaClaim, userTarget, jstr } from './records.mjs';
import { OWN } from './kit.mjs';

const MFA = 'multiFactorAuthentication', SFA = 'singleFactorAuthentication';

export function planSpecial(kit, T) {
  const { rng, addr } = kit;
  const researchers = T.byRole('researcher'), doctors = T.byRole('doctor');
  const pool = rng.shuffle(researchers.filter((u) => !u.attackVictim));
  const docPool = rng.shuffle(doctors.filter((u) => !u.rotates && !u.attackVictim));
  const trips = [];
  const offDays = new Map(); // user id -> Set of days handled elsewhere
  const markOff = (u, from, to) => { const s = offDays.get(u.id) ?? new Set(); for (let d = from; d <= to; d++) s.add(d); offDays.set(u.id, s); };

  // ASHG annual meeting, Boston, 14-18 Oct: fly Sun 12 Oct, back Sat 18 Oct (overnight, land Sun 19 Oct)
  const hotels = [addr.fresh('comcast', 'boston'), addr.fresh('comcast', 'cambridgema'), addr.fresh('verizonBiz', 'boston')];
  const confWifi = [addr.fresh('verizonBiz', 'boston'), addr.fresh('verizonBiz', 'boston'), addr.fresh('verizonBiz', 'boston')];
  const bostonGroup = [...pool.slice(0, 7), ...docPool.slice(0, 2)];
  for (const u of bostonGroup) trips.push({ u, kind: 'boston', from: 6, to: 13, tz: -4, hotel: rng.pick(hotels), conf: confWifi, phone: rng.chance(0.35) ? 'esim' : 'roam', esimNet: 'tmobileUs' });
  // Tokyo: collaboration visit Tue 7 - Sat 11 Oct
  const ntt = [addr.fresh('ntt', 'tokyo'), addr.fresh('ntt', 'tokyo')];
  for (const u of pool.slice(7, 9)) trips.push({ u, kind: 'tokyo', from: 1, to: 5, tz: 9, hotel: rng.pick(ntt), conf: ntt, phone: 'roam' });
  // ESMO Berlin: oncologists Fri 17 - Sun 19 Oct
  const tk = [addr.fresh('telekom', 'berlin'), addr.fresh('telekom', 'berlin')];
  for (const u of docPool.slice(2, 6)) trips.push({ u, kind: 'berlin', from: 11, to: 13, tz: 2, hotel: rng.pick(tk), conf: tk, phone: 'roam' });
  // secondments and a move
  const sg = pool[9], sthlm = pool[10], lisbon = pool[11];
  trips.push({ u: sg, kind: 'singapore', from: 0, to: 13, tz: 8, hotel: addr.fresh('singnet', 'singapore'), conf: [addr.fresh('singnet', 'singapore')], phone: 'esim', esimNet: 'singnet' });
  trips.push({ u: sthlm, kind: 'stockholm', from: 2, to: 13, tz: 2, hotel: addr.fresh('sunet', 'stockholm'), conf: [addr.fresh('sunet', 'stockholm'), addr.fresh('sunet', 'stockholm')], phone: 'roam' });
  const lisbonHome = addr.fresh('meo', 'lisboa');
  trips.push({ u: lisbon, kind: 'lisbon', from: 5, to: 13, tz: 1, hotel: lisbonHome, conf: [lisbonHome], phone: 'roam', esimFrom: 10, esimNet: 'meo', avd: true });
  for (const tr of trips) markOff(tr.u, tr.from, tr.to);
  // honest privacy VPN users
  for (const u of pool.slice(12, 15)) { u.proton = true; u.protonIp = addr.fresh('proton', 'amsterdam'); }
  bostonGroup[1].proton = true; bostonGroup[1].protonIp = addr.fresh('proton', 'amsterdam');

  // leavers: accounts disabled mid-fortnight; their phones keep trying
  const members = T.users.filter((u) => ['nurse', 'doctor', 'office', 'researcher'].includes(u.role) && !offDays.has(u.id) && !u.attackVictim);
  const picks = rng.shuffle(members);
  const leavers = picks.slice(0, 6).map((u, i) => ({ u, day: 2 + i * 2 }));
  for (const l of leavers) markOff(l.u, l.day, DAYS - 1);
  // MFA roll-out week: SMS users move to the Authenticator app
  const smsUsers = picks.filter((u) => u.mfaMethod === 'Text message' || u.mfaMethod === 'Phone call').slice(0, 90);
  for (const u of smsUsers) { u.mfaSwitch = local(rng.int(7, 11), rng.int(8, 16), rng.int(0, 59)); }
  // new phones
  const newPhoneUsers = picks.slice(200, 225);
  for (const u of newPhoneUsers) {
    const ios = rng.chance(0.6);
    u.newPhone = { at: local(rng.int(1, 12), rng.int(17, 21), rng.int(0, 59)), phone: { platform: ios ? 'ios26' : 'android', carrier: u.phone.carrier, device: { id: rng.guid(), name: ios ? 'iPhone' : 'Galaxy S25', trust: 'Workplace', compliant: false, managed: false }, browserUa: ios ? UA.safariIos26 : UA.chromeAndroid } };
  }
  T.hl7FixedAfter = 8 * HOUR + 40 * MIN;
  T.off = (u, d) => offDays.get(u.id)?.has(d) ?? false;

  const tripOf = new Map(trips.map((tr) => [tr.u.id, tr]));
  const homePhoneIp = (u) => addr.fresh(u.phone.carrier);
  const travel = {
    where(u, t) {
      const tr = tripOf.get(u.id);
      if (!tr) return null;
      const d = Math.floor((t - T0) / DAY);
      if (d < tr.from || d > tr.to) return null;
      return { phoneIp: () => tripPhoneIp(tr, d) };
    },
  };
  const phonePools = new Map();
  function tripPhoneIp(tr, d) {
    if (tr.phone === 'esim' || (tr.esimFrom != null && d >= tr.esimFrom)) return addr.fresh(tr.esimNet, tr.esimNet === 'tmobileUs' ? 'boston' : undefined);
    // roaming: mobile data is routed home, so the address stays the Dutch or Belgian carrier's
    const k = tr.u.phone.carrier;
    if (!phonePools.has(k)) phonePools.set(k, Array.from({ length: 40 }, () => addr.fresh(k)));
    return rng.pick(phonePools.get(k));
  }

  return { trips, travel, leavers, smsUsers, newPhoneUsers, tripPhoneIp, homePhoneIp };
}

export function runSpecial(kit, T, plan, R) {
  const { rng, addr, add, addAudit, login, refreshes } = kit;
  const W = NATIVE.win;
  const admins = T.byRole('itadmin'), desk = T.byRole('servicedesk');
  const adminIp = (a) => (a.site === 'AZA' ? T.egress.dcAntwerpen[0] : T.egress.dcGoes[0]);
  const at = (ms) => ms;

  // ---------------------------------------------------------------- trips
  for (const tr of plan.trips) {
    const u = tr.u;
    const dev = u.laptop ?? null;
    const native = u.native ?? W;
    const lt = (d, h, m = 0) => T0 + d * DAY + (h - tr.tz) * HOUR + m * MIN; // trip-local time
    for (let d = tr.from; d <= tr.to; d++) {
      const ph = (a, b, n) => { const p = NATIVE[u.phone.platform]; refreshes(u, a, b, n, { kind: 'phone', native: p, device: u.phone.device, ipFn: () => plan.tripPhoneIp(tr, d), authReq: MFA, session: u.phone.session ?? (u.phone.session = rng.guid()) }); };
      if (tr.kind === 'boston' && d === tr.from) {
        // Schiphol in the morning, Boston in the evening
        const ts = local(d, 9, 40) + rng.int(0, 40) * MIN;
        const sch = addr.fresh('schipholWifi', 'schiphol');
        login(u, { t: ts, ip: sch, app: APP.officeHome, res: RES.officeHome, device: null, ua: u.desktopUa.ua, browser: u.desktopUa.browser, os: u.desktopUa.os, clientApp: 'Browser', authReq: MFA, fresh: true });
        refreshes(u, local(d, 7), ts + HOUR, rng.int(1, 3), { kind: 'phone', native: NATIVE[u.phone.platform], device: u.phone.device, ipFn: () => addr.fresh(u.phone.carrier), authReq: MFA });
        ph(lt(d, 15, 30), lt(d, 23), rng.int(2, 4));
        if (rng.chance(0.8)) { const t = lt(d, 19) + rng.int(0, 120) * MIN; login(u, { t, ip: tr.hotel, app: APP.officeHome, res: RES.officeHome, device: null, ua: u.desktopUa.ua, browser: u.desktopUa.browser, os: u.desktopUa.os, clientApp: 'Browser', authReq: MFA, fresh: true }); refreshes(u, t, t + 2 * HOUR, rng.int(1, 3), { kind: 'browser', ua: u.desktopUa, ip: tr.hotel, authReq: MFA }); }
        continue;
      }
      if (tr.kind === 'boston' && d === tr.to) {
        // land at Schiphol early Sunday, home by noon
        ph(local(d, 6, 30), local(d, 20), rng.int(2, 4));
        if (rng.chance(0.5)) R.homeBrowser(u, local(d, 15) + rng.int(0, 180) * MIN);
        continue;
      }
      if ((tr.kind === 'tokyo' || tr.kind === 'berlin') && (d === tr.from || d === tr.to)) { ph(local(d, 8), local(d, 22), rng.int(2, 4)); continue; }
      const weekend = isWeekend(d) && tr.kind !== 'boston' && tr.kind !== 'berlin';
      if (weekend) { ph(lt(d, 9), lt(d, 22), rng.int(1, 3)); continue; }
      // a working day away: laptop on the conference / campus network and at the hotel, phone all day
      const ips = [...tr.conf, tr.hotel];
      const sessions = rng.int(2, 4);
      for (let i = 0; i < sessions; i++) {
        const t = lt(d, 7 + i * 4) + rng.int(0, 150) * MIN;
        let ip = i === sessions - 1 ? tr.hotel : rng.pick(ips);
        if (u.proton && ip === tr.hotel && rng.chance(0.6)) ip = u.protonIp;
        if (tr.avd && rng.chance(0.7)) { R.avdSession(u, t, ip, { clientDevice: dev, len: rng.int(60, 300), ni: rng.int(2, 4) }); continue; }
        const session = rng.guid();
        const browser = u.mac || !dev;
        login(u, { t, ip, app: browser ? APP.officeHome : APP.office, res: browser ? RES.officeHome : RES.exchange, device: browser ? null : dev, ua: browser ? u.desktopUa.ua : native.outlook, browser: browser ? u.desktopUa.browser : native.browser, os: browser ? u.desktopUa.os : native.os, clientApp: browser ? 'Browser' : 'Mobile Apps and Desktop clients', authReq: MFA, fresh: rng.chance(0.45), session });
        refreshes(u, t, t + rng.int(60, 200) * MIN, rng.int(2, 5), browser ? { kind: 'browser', ua: u.desktopUa, ip, session, authReq: MFA } : { kind: u.mac ? 'mac' : 'win', native, device: dev, ip, session, authReq: MFA });
        if (u.role === 'doctor' && rng.chance(0.5)) R.avdSession(u, t + HOUR, ip, { len: 30, ni: 1 });
      }
      ph(lt(d, 6, 30), lt(d, 23, 30), rng.int(3, 6));
    }
  }

  // ---------------------------------------------------------------- interns' first day (Mon 6 Oct)
  const interns = T.byRole('intern');
  const adm0 = admins[0];
  const bulkCorr = rng.guid();
  for (const u of interns) {
    addAudit({ t: u.created, category: 'UserManagement', activity: 'Add user', op: 'Add', by: { user: adm0, ip: adminIp(adm0) }, corr: bulkCorr, userAgent: 'Microsoft Entra bulk operations', targets: [userTarget(u, [['AccountEnabled', '[]', '[true]'], ['DisplayName', '[]', jstr([u.name])], ['UserPrincipalName', '[]', jstr([u.upn])], ['UserType', '[]', '["Member"]']])], details: [['UserType', 'Member']] });
  }
  const tapDesk = desk.slice(0, 3);
  const training = T.egress.training;
  interns.forEach((u, i) => {
    const sd = tapDesk[i % tapDesk.length];
    const tTap = local(0, 8, 5) + i * 25 * 1000;
    addAudit({ t: tTap, category: 'UserManagement', service: 'Authentication Methods', activity: 'Admin registered security info', op: 'Add', resultReason: 'Admin registered temporary access pass method for user', by: { user: sd, ip: T.egress.dcGoes[1] }, targets: [userTarget(u)] });
    const t = local(0, 10, 0) + rng.int(0, 75) * MIN;
    const pc = rng.pick(T.consultPcs.ZGO);
    const session = rng.guid();
    if (i % 31 === 5) { // TAP typed wrong / expired, re-issued
      add(u, { t: t - 3 * MIN, interactive: true, ip: training, app: APP.mySignins, res: RES.graph, device: pc, ua: UA.edgeWin.ua, browser: UA.edgeWin.browser, os: 'Windows10', clientApp: 'Browser', code: 50126, authReq: MFA, methods: ['Temporary Access Pass'] });
    }
    add(u, { t, interactive: true, ip: training, app: APP.mySignins, res: RES.graph, device: pc, ua: UA.edgeWin.ua, browser: UA.edgeWin.browser, os: 'Windows10', clientApp: 'Browser', authReq: MFA, mfa: mfaFresh('Temporary Access Pass'), methods: ['Temporary Access Pass'], session });
    addAudit({ t: t + rng.int(2, 6) * MIN, category: 'UserManagement', service: 'Authentication Methods', activity: 'User registered security info', op: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', by: { user: u, ip: training }, targets: [userTarget(u)] });
    const p = NATIVE[u.phone.platform];
    add(u, { t: t + rng.int(5, 12) * MIN, interactive: true, ip: R.phoneIp(u), app: APP.authenticator, res: RES.mfaConn, device: u.phone.device, ua: p.signin, browser: p.browser, os: p.os, clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, mfa: mfaClaim() });
    add(u, { t: t + rng.int(15, 40) * MIN, interactive: true, ip: training, app: APP.officeHome, res: RES.officeHome, device: pc, ua: UA.edgeWin.ua, browser: UA.edgeWin.browser, os: 'Windows10', clientApp: 'Browser', authReq: SFA, session });
    refreshes(u, t, t + 4 * HOUR, rng.int(1, 3), { kind: 'win', native: W, device: pc, ip: training, session, incoming: 'primaryRefreshToken' });
  });

  // ---------------------------------------------------------------- agency nurses
  const flex = { id: rng.guid(), displayName: 'SG-Flexpool-Verpleging', type: 'Group' };
  for (const u of T.byRole('agency')) {
    const sd = rng.pick(desk);
    const ip = adminIp(sd);
    addAudit({ t: u.created, category: 'UserManagement', activity: 'Add user', op: 'Add', by: { user: sd, ip }, targets: [userTarget(u, [['AccountEnabled', '[]', '[true]'], ['DisplayName', '[]', jstr([u.name])], ['UserPrincipalName', '[]', jstr([u.upn])], ['EmployeeType', '[]', '["Uitzendkracht"]']])], details: [['UserType', 'Member']] });
    addAudit({ t: u.created + 2 * MIN, category: 'GroupManagement', activity: 'Add member to group', op: 'Assign', by: { user: sd, ip }, targets: [{ id: u.id, type: 'User', upn: u.upn, props: [['Group.ObjectID', null, jstr(flex.id)], ['Group.DisplayName', null, jstr(flex.displayName)]] }, { id: flex.id, displayName: flex.displayName, type: 'Group' }] });
    addAudit({ t: u.created + 4 * MIN, category: 'UserManagement', service: 'Authentication Methods', activity: 'Admin registered security info', op: 'Add', resultReason: 'Admin registered temporary access pass method for user', by: { user: sd, ip }, targets: [userTarget(u)] });
  }
  // their first shift starts with the TAP on the ward PC and registering the Authenticator app
  for (const u of T.byRole('agency')) {
    const rows = kit.rows;
    const before = rows.length;
    // find the first sign-in of this user (the routines already wrote their shifts)
    let first = null;
    for (const r of rows) if (r.user === u && r.interactive && (!first || r.t < first.t)) first = r;
    if (!first) continue;
    first.app = APP.mySignins; first.res = RES.graph; first.ua = UA.edgeWin.ua; first.browser = UA.edgeWin.browser; first.clientApp = 'Browser';
    first.authReq = MFA; first.mfa = mfaFresh('Temporary Access Pass'); first.methods = ['Temporary Access Pass']; first.code = 0; first.reason = ''; first.additional = first.mfa.result;
    addAudit({ t: first.t + rng.int(2, 5) * MIN, category: 'UserManagement', service: 'Authentication Methods', activity: 'User registered security info', op: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', by: { user: u, ip: first.ip }, targets: [userTarget(u)] });
    void before;
  }
  // the last shift of ten of them ends their contract
  for (const u of T.byRole('agency').slice(0, 10)) {
    let last = null;
    for (const r of kit.rows) if (r.user === u && (!last || r.t > last.t)) last = r;
    if (!last || last.t > T0 + 13 * DAY) continue;
    const sd = rng.pick(desk);
    addAudit({ t: Math.max(last.t + 6 * HOUR, local(Math.floor((last.t - T0) / DAY) + 1, 9, 30)), category: 'UserManagement', activity: 'Disable account', op: 'Update', by: { user: sd, ip: adminIp(sd) }, targets: [userTarget(u, [['AccountEnabled', '[true]', '[false]']])] });
  }

  // ---------------------------------------------------------------- MFA roll-out week (13-17 Oct)
  for (const u of plan.smsUsers) {
    const t = u.mfaSwitch;
    const ip = u.role === 'researcher' ? rng.pick(T.egress[u.campus]) : rng.pick(T.siteIps(u.site));
    add(u, { t: t - 2 * MIN, interactive: true, ip, app: APP.mySignins, res: RES.graph, device: null, ua: u.desktopUa.ua, browser: u.desktopUa.browser, os: u.desktopUa.os, clientApp: 'Browser', authReq: MFA, mfa: mfaFresh(u.mfaMethod, '+XX XXXXXXX' + rng.int(10, 99)), methods: ['Password', 'SMS'] });
    addAudit({ t, category: 'UserManagement', service: 'Authentication Methods', activity: 'User registered security info', op: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', by: { user: u, ip }, targets: [userTarget(u)] });
    addAudit({ t: t + rng.int(1, 3) * MIN, category: 'UserManagement', service: 'Authentication Methods', activity: 'User changed default security info', op: 'Update', resultReason: 'User changed default security info from Text message to Authenticator App notification', by: { user: u, ip }, targets: [userTarget(u)] });
    const p = NATIVE[u.phone.platform];
    add(u, { t: t + rng.int(1, 4) * MIN, interactive: true, ip: R.phoneIp(u), app: APP.authenticator, res: RES.mfaConn, device: u.phone.device, ua: p.signin, browser: p.browser, os: p.os, clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, mfa: mfaClaim() });
  }

  // ---------------------------------------------------------------- new phones (evening set-up at home)
  for (const u of plan.newPhoneUsers) {
    const np = u.newPhone.phone, t = u.newPhone.at, p = NATIVE[np.platform];
    const ip = rng.chance(0.6) ? u.homeIp : R.cgnat(u.phone.carrier);
    login(u, { t, ip, app: APP.authenticator, res: RES.mfaConn, device: null, ua: p.signin, browser: p.browser, os: p.os, clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, mfa: mfaFresh(u.mfaMethod === 'Mobile app notification' ? 'Text message' : u.mfaMethod, ''), methods: ['Password', 'SMS'], noHiccup: true });
    addAudit({ t: t + 2 * MIN, category: 'UserManagement', service: 'Authentication Methods', activity: 'User registered security info', op: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', by: { user: u, ip }, targets: [userTarget(u)] });
    addAudit({ t: t + 3 * MIN, category: 'UserManagement', service: 'Authentication Methods', activity: 'User deleted security info', op: 'Delete', resultReason: 'User deleted Authenticator App with Notification and Code', by: { user: u, ip }, targets: [userTarget(u)] });
    addAudit({ t: t + 6 * MIN, category: 'Device', service: 'Device Registration Service', activity: 'Register device', op: 'Add', by: { app: { displayName: 'Device Registration Service', appId: RES.drs.id } }, targets: [{ id: np.device.id, displayName: np.device.name, type: 'Device', props: [['CloudDisplayName', '[]', jstr([np.device.name])], ['CloudDeviceOSType', '[]', jstr([np.platform.startsWith('ios') ? 'IPhone' : 'Android'])], ['CloudDeviceTrustType', '[]', '["Workplace"]']] }], details: [['Device Id', np.device.id], ['Device OS', np.platform.startsWith('ios') ? 'iOS' : 'Android'], ['Device Trust Type', 'Workplace']] });
    add(u, { t: t + 8 * MIN, interactive: true, ip, app: APP.teams, res: RES.teamsSvc, device: np.device, ua: p.teams, browser: p.browser, os: p.os, clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, mfa: mfaClaim() });
  }

  // ---------------------------------------------------------------- expired passwords, Monday lock-outs
  const candidates = rng.shuffle(T.users.filter((u) => ['office', 'doctor', 'researcher'].includes(u.role) && !T.off(u, 0) && !plan.newPhoneUsers.includes(u) && !u.attackVictim));
  candidates.slice(0, 25).forEach((u, i) => {
    const d = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11][i % 10];
    if (T.off(u, d)) return;
    const t = local(d, 8, 10) + rng.int(0, 50) * MIN;
    const ip = u.role === 'researcher' ? rng.pick(T.egress[u.campus]) : rng.pick(T.siteIps(u.site));
    const dev = u.laptop ?? null;
    add(u, { t, interactive: true, ip, app: APP.windowsSignIn, res: RES.drs, device: dev, ua: W.signin, browser: '', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', code: 50055, authReq: SFA, methods: ['Password'] });
    addAudit({ t: t + 90 * 1000, category: 'UserManagement', service: 'Self-service Password Management', activity: 'Change password (self-service)', op: 'Update', by: { user: u, ip }, targets: [userTarget(u)] });
    add(u, { t: t + 2 * MIN, interactive: true, ip, app: APP.windowsSignIn, res: RES.drs, device: dev, ua: W.signin, browser: '', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: SFA });
    const p = NATIVE[u.phone.platform];
    for (let k = rng.int(1, 3); k > 0; k--) add(u, { t: t + rng.int(10, 90) * MIN, interactive: false, ip: R.phoneIp(u), app: APP.outlookMobile, res: RES.exchange, device: u.phone.device, ua: p.outlook, browser: p.browser, os: p.os, code: 50133, authReq: MFA, methods: [] });
    login(u, { t: t + rng.int(100, 200) * MIN, ip: R.phoneIp(u), app: APP.outlookMobile, res: RES.exchange, device: u.phone.device, ua: p.outlook, browser: p.browser, os: p.os, clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, fresh: true, noHiccup: true });
  });
  const lockers = rng.shuffle(T.byRole('nurse').filter((u) => !T.off(u, 0) && !T.off(u, 7) && !u.attackVictim)).slice(0, 16);
  lockers.forEach((u, i) => {
    const d = i < 8 ? 0 : 7;
    const t = local(d, 7, 5) + rng.int(0, 70) * MIN;
    const pc = rng.pick(T.wardPcs[u.site][u.ward]), ip = rng.pick(T.siteIps(u.site));
    const base = { interactive: true, ip, app: APP.windowsSignIn, res: RES.drs, device: pc, ua: W.signin, browser: '', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: SFA };
    let tt = t;
    for (let k = rng.int(3, 5); k > 0; k--) { add(u, { ...base, t: tt, code: 50126, methods: ['Password'] }); tt += rng.int(10, 40) * 1000; }
    for (let k = rng.int(1, 3); k > 0; k--) { add(u, { ...base, t: tt, code: 50053, methods: [] }); tt += rng.int(20, 90) * 1000; }
    const sd = rng.pick(desk);
    const tr = tt + rng.int(15, 50) * MIN;
    const corr = rng.guid();
    addAudit({ t: tr, corr, category: 'UserManagement', service: 'Self-service Password Management', activity: 'Reset password (by admin)', op: 'Update', by: { user: sd, ip: adminIp(sd) }, targets: [userTarget(u)] });
    addAudit({ t: tr + 1000, corr, category: 'UserManagement', activity: 'Reset user password', op: 'Update', by: { user: sd, ip: adminIp(sd) }, targets: [userTarget(u)] });
    add(u, { ...base, t: tr + rng.int(3, 10) * MIN, code: 50125, methods: ['Password'] });
    add(u, { ...base, t: tr + rng.int(11, 14) * MIN });
  });

  // ---------------------------------------------------------------- leavers: disabled, phone keeps trying
  for (const { u, day } of plan.leavers) {
    const sd = rng.pick(desk);
    const t = local(day, 9, 0) + rng.int(0, 120) * MIN;
    addAudit({ t, category: 'UserManagement', activity: 'Disable account', op: 'Update', by: { user: sd, ip: adminIp(sd) }, targets: [userTarget(u, [['AccountEnabled', '[true]', '[false]']])] });
    addAudit({ t: t + MIN, category: 'UserManagement', activity: 'Update user', op: 'Update', by: { user: sd, ip: adminIp(sd) }, targets: [userTarget(u, [['Included Updated Properties', null, '"AccountEnabled"']])] });
    const p = NATIVE[u.phone.platform];
    for (let tt = t + rng.int(30, 120) * MIN; tt < T0 + DAYS * DAY; tt += rng.int(3, 9) * HOUR) {
      add(u, { t: tt, interactive: false, ip: R.phoneIp(u), app: rng.pick([APP.outlookMobile, APP.teams]), res: RES.exchange, device: u.phone.device, ua: p.outlook, browser: p.browser, os: p.os, code: 50057, authReq: SFA, methods: [] });
    }
  }

  // ---------------------------------------------------------------- the interface engine's expired password
  {
    const a = admins[1];
    const t = T.services.hl7a.expires + T.hl7FixedAfter - 2 * MIN;
    const corr = rng.guid();
    addAudit({ t, corr, category: 'UserManagement', activity: 'Reset user password', op: 'Update', by: { user: a, ip: adminIp(a) }, targets: [userTarget(T.services.hl7a)] });
    addAudit({ t: t + 1000, corr, category: 'UserManagement', activity: 'Update user', op: 'Update', by: { user: a, ip: adminIp(a) }, targets: [userTarget(T.services.hl7a, [['PasswordPolicies', '["None"]', '["DisablePasswordExpiration"]']])] });
  }

  // ---------------------------------------------------------------- service desk resets and SSPR
  const someone = () => rng.pick(T.users.filter((u) => u.type === 'Member' && u.homeIp && u.phone && !u.attackVictim));
  for (let i = 0; i < 20; i++) {
    const d = rng.pick([0, 1, 2, 3, 4, 7, 8, 9, 10, 11]);
    const u = someone(); if (T.off(u, d)) continue;
    const sd = rng.pick(desk); const t = local(d, 8, 30) + rng.int(0, 480) * MIN; const corr = rng.guid();
    addAudit({ t, corr, category: 'UserManagement', service: 'Self-service Password Management', activity: 'Reset password (by admin)', op: 'Update', by: { user: sd, ip: adminIp(sd) }, targets: [userTarget(u)] });
    addAudit({ t: t + 1000, corr, category: 'UserManagement', activity: 'Reset user password', op: 'Update', by: { user: sd, ip: adminIp(sd) }, targets: [userTarget(u)] });
  }
  for (let i = 0; i < 22; i++) {
    const d = rng.int(0, DAYS - 1);
    const u = someone(); if (T.off(u, d)) continue;
    const t = local(d, rng.int(7, 22), rng.int(0, 59)); const ip = rng.chance(0.6) ? u.homeIp : R.phoneIp(u); const corr = rng.guid();
    add(u, { t: t - 3 * MIN, interactive: true, ip, app: APP.officeHome, res: RES.officeHome, device: null, ua: u.homeUa?.ua ?? UA.chromeWin.ua, browser: u.homeUa?.browser ?? '', os: u.homeUa?.os ?? '', clientApp: 'Browser', code: 50126, authReq: MFA, methods: ['Password'] });
    addAudit({ t, corr, category: 'UserManagement', service: 'Self-service Password Management', activity: 'Self-service password reset flow activity progress', op: 'Update', resultReason: 'User successfully verified with Mobile app notification', by: { user: u, ip }, targets: [userTarget(u)] });
    addAudit({ t: t + 40 * 1000, corr, category: 'UserManagement', service: 'Self-service Password Management', activity: 'Reset password (self-service)', op: 'Update', by: { user: u, ip }, targets: [userTarget(u)] });
    login(u, { t: t + 2 * MIN, ip, app: APP.officeHome, res: RES.officeHome, device: null, ua: u.homeUa?.ua ?? UA.chromeWin.ua, browser: u.homeUa?.browser ?? '', os: u.homeUa?.os ?? '', clientApp: 'Browser', authReq: MFA, fresh: true, noHiccup: true });
  }

  // ---------------------------------------------------------------- IT: PIM, apps, CA, guests, devices
  const ROLES = [['Exchange Administrator', 30], ['User Administrator', 25], ['Intune Administrator', 20], ['Conditional Access Administrator', 8], ['Application Administrator', 10], ['Global Administrator', 4], ['Authentication Policy Administrator', 3]];
  const pimSp = { displayName: 'MS-PIM', appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e', servicePrincipalId: rng.guid() };
  const roleIds = Object.fromEntries(ROLES.map(([r]) => [r, rng.guid()]));
  const pim = (a, t, role, ip, why) => {
    const corr = rng.guid();
    const tg = [{ id: roleIds[role], displayName: role, type: 'Role' }, userTarget(a)];
    addAudit({ t, corr, category: 'RoleManagement', service: 'PIM', activity: 'Add member to role requested (PIM activation)', op: 'Add', by: { user: a, ip }, targets: tg, details: [['Justification', why], ['RoleDefinitionOriginId', roleIds[role]], ['StartTime', new Date(t).toISOString()], ['ExpirationTime', new Date(t + 4 * HOUR).toISOString()]] });
    addAudit({ t: t + 20 * 1000, corr, category: 'RoleManagement', service: 'Core Directory', activity: 'Add member to role', op: 'Assign', by: { app: pimSp }, targets: [userTarget(a, [['Role.DisplayName', null, jstr(role)], ['Role.TemplateId', null, jstr(roleIds[role])]]), { id: roleIds[role], displayName: role, type: 'Role' }] });
    addAudit({ t: t + 25 * 1000, corr, category: 'RoleManagement', service: 'PIM', activity: 'Add member to role completed (PIM activation)', op: 'Add', by: { user: a, ip }, targets: tg, details: [['Justification', why]] });
  };
  const reasons = ['TOPdesk melding', 'Wijziging volgens CAB', 'Onboarding stagiairs', 'Mailbox-machtiging afdeling', 'Intune compliance policy update', 'Storing Teams telefonie', 'Licentiebeheer'];
  for (let i = 0; i < 34; i++) {
    const d = rng.pick([0, 1, 2, 3, 4, 7, 8, 9, 10, 11]);
    const a = rng.pick(admins);
    pim(a, local(d, 8, 30) + rng.int(0, 480) * MIN, rng.weighted(ROLES.map(([r, w]) => [w, r])), adminIp(a), `${rng.pick(reasons)} ${rng.int(20251000, 20251999)}`);
  }
  // night incident: on-call admin from home over the VPN (Thu 9 Oct 02:10)
  {
    const a = admins[2]; const ip = T.egress.vpnGoes[2]; const t = local(3, 2, 10);
    login(a, { t, ip, app: APP.azurePortal, res: RES.arm, device: a.laptop, ua: a.desktopUa.ua, browser: a.desktopUa.browser, os: 'Windows10', clientApp: 'Browser', authReq: MFA, fresh: true, noHiccup: true });
    pim(a, t + 4 * MIN, 'Exchange Administrator', ip, 'P1 storing: mailflow Zorgmail connector');
    login(a, { t: t + 9 * MIN, ip, app: APP.graphPowerShell, res: RES.graph, device: a.laptop, ua: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; nl-NL) PowerShell/7.5.2', browser: 'Rich Client 4.73.1.0', os: 'Windows10', clientApp: 'Mobile Apps and Desktop clients', authReq: MFA, mfa: mfaClaim(), noHiccup: true });
  }
  const app = (name) => ({ id: rng.guid(), appId: rng.guid(), displayName: name });
  const key = (name, keyType = 'Password') => `[KeyIdentifier=${rng.guid()},KeyType=${keyType},KeyUsage=Verify,DisplayName=${name}]`;
  const secretRotation = (a, t, ap, label) => addAudit({ t, category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', op: 'Update', by: { user: a, ip: adminIp(a) }, targets: [{ id: ap.id, displayName: ap.displayName, type: 'Application', props: [['KeyDescription', jstr([key(label + ' 2025-04')]), jstr([key(label + ' 2025-04'), key(label + ' 2025-10')])], ['Included Updated Properties', null, '"KeyDescription"']] }], details: [['AppId', ap.appId]] });
  const intuneRep = app('SZG-Intune-Reporting'), redcapSync = app('SICR-REDCap-Graph-Sync'), epdApp = { id: rng.guid(), appId: OWN.epd.id, displayName: OWN.epd.name };
  secretRotation(admins[3], local(2, 10, 12), intuneRep, 'PowerBI refresh');
  secretRotation(admins[4], local(9, 14, 40), redcapSync, 'redcap-sync');
  addAudit({ t: local(10, 11, 5), category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', op: 'Update', by: { user: admins[3], ip: adminIp(admins[3]) }, targets: [{ id: epdApp.id, displayName: epdApp.displayName, type: 'Application', props: [['KeyDescription', jstr([key('CN=Medisphere EPD SAML 2024', 'AsymmetricX509Cert')]), jstr([key('CN=Medisphere EPD SAML 2024', 'AsymmetricX509Cert'), key('CN=Medisphere EPD SAML 2025', 'AsymmetricX509Cert')])]] }], details: [['AppId', epdApp.appId]] });
  {
    const a = admins[5], t = local(8, 13, 20), ip = adminIp(a), bot = app('SZG-Teams-Dienstrooster-Bot'), sp = rng.guid(), corr = rng.guid();
    addAudit({ t, corr, category: 'ApplicationManagement', activity: 'Add application', op: 'Add', by: { user: a, ip }, targets: [{ id: bot.id, displayName: bot.displayName, type: 'Application', props: [['AppAddress', null, '[{"AddressType":0,"Address":"https://rooster.scheldezorg.nl/auth"}]'], ['AppId', null, jstr([bot.appId])]] }] });
    addAudit({ t: t + 2000, corr, category: 'ApplicationManagement', activity: 'Add service principal', op: 'Add', by: { user: a, ip }, targets: [{ id: sp, displayName: bot.displayName, type: 'ServicePrincipal', props: [['AppPrincipalId', null, jstr([bot.appId])]] }] });
    addAudit({ t: t + 4000, corr, category: 'ApplicationManagement', activity: 'Add owner to application', op: 'Add', by: { user: a, ip }, targets: [userTarget(admins[6]), { id: bot.id, displayName: bot.displayName, type: 'Application' }] });
    secretRotation(a, t + 6 * MIN, bot, 'rooster-bot');
    addAudit({ t: t + 11 * MIN, category: 'ApplicationManagement', activity: 'Consent to application', op: 'Assign', by: { user: a, ip }, targets: [{ id: sp, displayName: bot.displayName, type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, '"True"'], ['ConsentContext.OnBehalfOfAll', null, '"True"'], ['ConsentAction.Permissions', null, '"[] => [[Id: x, ClientId: ' + sp + ', PrincipalId: , ResourceId: ' + rng.guid() + ', ConsentType: AllPrincipals, Scope:  User.Read Calendars.ReadWrite ChannelMessage.Send, CreatedDateTime: , LastModifiedDateTime ]]; "']] }] });
    addAudit({ t: t + 11 * MIN + 2000, category: 'ApplicationManagement', activity: 'Add delegated permission grant', op: 'Assign', by: { user: a, ip }, targets: [{ id: rng.guid(), displayName: 'Microsoft Graph', type: 'ServicePrincipal', props: [['DelegatedPermissionGrant.Scope', null, '"User.Read Calendars.ReadWrite ChannelMessage.Send"'], ['DelegatedPermissionGrant.ConsentType', null, '"AllPrincipals"']] }, { id: sp, displayName: bot.displayName, type: 'ServicePrincipal' }] });
  }
  const ca = (a, t, activity, name, op = 'Update') => addAudit({ t, category: 'Policy', service: 'Conditional Access', activity, op, by: { user: a, ip: adminIp(a) }, targets: [{ id: rng.guid(), displayName: name, type: 'Policy', props: [['ConditionalAccessPolicy', '{}', '{"state":"enabled"}']] }] });
  ca(admins[7], local(3, 15, 2), 'Update conditional access policy', 'SZG-CA010 EPD - compliant or hybrid joined device');
  ca(admins[7], local(7, 9, 45), 'Add conditional access policy', 'SZG-CA050 Register security info from trusted locations (report-only)', 'Add');
  ca(admins[8], local(12, 10, 30), 'Update conditional access policy', 'SZG-CA001 Require MFA - all users');
  addAudit({ t: local(4, 11, 20), category: 'Policy', service: 'Conditional Access', activity: 'Update named location', op: 'Update', by: { user: admins[7], ip: adminIp(admins[7]) }, targets: [{ id: rng.guid(), displayName: 'Trusted - Zorgnetwerk NL en DC egress', type: 'Policy' }] });
  // research collaborators invited by researchers (B2B self-service invitations)
  const inviters = T.byRole('researcher').filter((u) => !T.off(u, 2) && !T.off(u, 9)).slice(0, 5);
  inviters.forEach((r, i) => {
    const gid = rng.guid(), gupn = `${['m.ferreira', 'j.okafor', 'l.andersson', 's.moreau', 'k.nakamura'][i]}@${['ulisboa.pt', 'ucl.ac.uk', 'ki.se', 'inserm.fr', 'u-tokyo.ac.jp'][i]}`;
    const t = local(2 + i * 2, 11, 0) + rng.int(0, 300) * MIN;
    const g = { id: gid, upn: gupn };
    addAudit({ t, category: 'UserManagement', service: 'Invited Users', activity: 'Invite external user', op: 'Add', by: { user: r, ip: rng.pick(T.egress[r.campus]) }, targets: [{ id: gid, displayName: gupn, type: 'User', upn: gupn.replace('@', '_') + '#EXT#@scheldezorg.onmicrosoft.com' }], details: [['invitedUserEmailAddress', gupn]] });
    addAudit({ t: t + 2000, category: 'UserManagement', activity: 'Add user', op: 'Add', by: { app: { displayName: 'Microsoft Invitation Acceptance Portal', appId: '4660504c-45b3-4674-a709-71951a6b0763' } }, targets: [{ id: gid, displayName: gupn, type: 'User', upn: gupn.replace('@', '_') + '#EXT#@scheldezorg.onmicrosoft.com', props: [['UserType', '[]', '["Guest"]']] }], details: [['UserType', 'Guest']] });
    addAudit({ t: t + rng.int(2, 30) * HOUR, category: 'UserManagement', service: 'Invited Users', activity: 'Redeem external user invite', op: 'Update', by: { user: { id: gid, upn: gupn }, ip: '' }, targets: [{ id: gid, displayName: gupn, type: 'User', upn: gupn }] });
    void g;
  });
  // group membership changes by the service desk
  const groups = ['SG-EPD-Verpleging', 'SG-EPD-Artsen', 'SG-Teams-OK-Complex', 'SG-Mail-Secretariaat-Cardiologie', 'SG-VPN-Gebruikers', 'SG-AVD-Medisphere', 'SG-Intune-Pilot-iOS26'].map((n) => ({ id: rng.guid(), displayName: n }));
  for (let i = 0; i < 24; i++) {
    const d = rng.pick([0, 1, 2, 3, 4, 7, 8, 9, 10, 11]), sd = rng.pick(desk), u = someone(), g = rng.pick(groups), add_ = rng.chance(0.75);
    addAudit({ t: local(d, 8) + rng.int(0, 540) * MIN, category: 'GroupManagement', activity: add_ ? 'Add member to group' : 'Remove member from group', op: add_ ? 'Assign' : 'Unassign', by: { user: sd, ip: adminIp(sd) }, targets: [{ id: u.id, type: 'User', upn: u.upn, props: [['Group.ObjectID', add_ ? null : jstr(g.id), add_ ? jstr(g.id) : null], ['Group.DisplayName', add_ ? null : jstr(g.displayName), add_ ? jstr(g.displayName) : null]] }, { id: g.id, displayName: g.displayName, type: 'Group' }] });
  }
  // new laptops joined through Autopilot
  for (let i = 0; i < 12; i++) {
    const d = rng.pick([0, 1, 2, 3, 4, 7, 8, 9, 10, 11]), u = rng.pick(T.byRole('office')), devId = rng.guid(), name = `SZG-LT-${rng.alnum(6)}`, t = local(d, 9) + rng.int(0, 420) * MIN;
    addAudit({ t, category: 'Device', activity: 'Add device', op: 'Add', by: { app: { displayName: 'Device Registration Service', appId: RES.drs.id } }, targets: [{ id: devId, displayName: name, type: 'Device', props: [['CloudDeviceOSType', '[]', '["Windows"]'], ['CloudDeviceTrustType', '[]', '["AzureAd"]']] }] });
    addAudit({ t: t + 3000, category: 'Device', activity: 'Add registered owner to device', op: 'Assign', by: { app: { displayName: 'Device Registration Service', appId: RES.drs.id } }, targets: [{ id: devId, displayName: name, type: 'Device' }, userTarget(u)] });
  }
  // the network team's hybrid admin account: the Azure portal from the data centre, twice a week
  for (const d of [1, 3, 8, 10]) {
    const a = T.hybridAdmin, t = local(d, 10) + rng.int(0, 300) * MIN, ip = T.egress.dcGoes[rng.int(0, 3)];
    login(a, { t, ip, app: APP.azurePortal, res: RES.arm, device: rng.pick(T.consultPcs.ZGO), ua: UA.edgeWin.ua, browser: UA.edgeWin.browser, os: 'Windows10', clientApp: 'Browser', authReq: SFA, noHiccup: true });
    refreshes(a, t, t + HOUR, 2, { kind: 'browser', ua: UA.edgeWin, ip });
  }
  void at;
}
