// Joiners, leavers, password changes, new phones, guests and service accounts (sign-ins and their audit trail).
import { APP, RES, MSA_TENANT } from './catalog.mjs';
import { CITIES } from './places.mjs';
import { DAYS, where } from './plans.mjs';
import { session, refresh, sso, fresh, raw, browserUa } from './emit.mjs';
import { audit, userT, devT, groupT } from './audit.mjs';

const HOUR = 3_600_000, DAY = 24 * HOUR;

export function makeSpecial(ctx, P, R, T, apps, groups) {
  const { rng, reg } = ctx, { at, ok } = R;
  const helpdesk = () => rng.pick(T.staff.helpdesk);
  const ipAt = (u, d) => (d >= u.ipChangeDay ? u.homeIp2 : u.homeIp);
  const hd = (d) => { const h = helpdesk(); return { h, t: at(h, d, rng.float(9, 17)), ip: ipAt(h, d) }; };

  function tap(d, u, reason) {
    const { h, t, ip } = hd(d);
    if (!ok(t)) return null;
    audit(ctx, { t, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', by: { user: h, ip }, targets: [userT(u)], details: [['Method', 'Temporary Access Pass'], ['Reason', reason]] });
    return t;
  }
  return {
    joiner(u) {
      const d = u.start, tAdd = at(u, d - 3, 14);
      audit(ctx, { t: tAdd, activity: 'Add user', category: 'UserManagement', by: { app: apps.workday }, targets: [userT(u, [['AccountEnabled', null, true], ['UserPrincipalName', null, u.upn], ['UserType', null, 'Member']])] });
      for (const g of rng.sample(groups, 3)) audit(ctx, { t: tAdd + rng.int(60, 900) * 1000, activity: 'Add member to group', category: 'GroupManagement', by: { app: apps.workday }, targets: [userT(u), groupT(g)] });
      audit(ctx, { t: tAdd + 1_800_000, activity: 'Change user license', category: 'UserManagement', by: { app: apps.gbl }, targets: [userT(u)] });
      const tt = tap(d, u, 'New joiner onboarding') ?? at(u, d, 8.5);
      const t0 = Math.max(tt + 20 * 60_000, at(u, d, 9.2));
      const s = session(ctx, u, { ...u.laptop, id: '', compliant: false, managed: false, trust: '' }, ipAt(u, d));
      raw(ctx, s, t0, APP.mySignins, RES.graph, { steps: ['tap'], code: 50072, mfa: true, ua: browserUa(u.laptop), clientApp: 'Browser' });
      raw(ctx, s, t0 + 40_000, APP.mySignins, RES.graph, { steps: ['tap'], mfa: true, addl: 'MFA completed in Azure AD', ua: browserUa(u.laptop), clientApp: 'Browser' });
      const ip = ipAt(u, d);
      audit(ctx, { t: t0 + 120_000, activity: 'User started security info registration', category: 'UserManagement', service: 'Authentication Methods', by: { user: u, ip }, targets: [userT(u)] });
      audit(ctx, { t: t0 + 240_000, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', by: { user: u, ip }, targets: [userT(u)], details: [['Method', 'Microsoft Authenticator'], ['Device', u.phone ? u.phone.name : 'iPhone']] });
      audit(ctx, { t: t0 + 250_000, activity: 'User registered all required security info', category: 'UserManagement', service: 'Authentication Methods', by: { user: u, ip }, targets: [userT(u)] });
      const tr = t0 + rng.int(20, 60) * 60_000;
      for (const [act, app] of [['Register device', apps.drs], ['Add device', apps.drs], ['Add registered owner to device', apps.drs], ['Add registered users to device', apps.drs], ['Update device', apps.intune]]) audit(ctx, { t: tr + rng.int(0, 300) * 1000, activity: act, category: 'Device', by: { app }, targets: [devT(u.laptop), userT(u)], details: [['Device OS', u.laptop.os], ['Device trust type', u.laptop.trust]] });
      const s2 = session(ctx, u, u.laptop, ipAt(u, d));
      fresh(ctx, s2, tr + 600_000, u.laptop.kind === 'win' ? APP.winSignIn : APP.officeHome, u.laptop.kind === 'win' ? RES.aad : RES.graph, { method: 'push', clientApp: u.laptop.kind === 'win' ? 'Mobile Apps and Desktop clients' : 'Browser' });
    },
    leaver(u) {
      const d = u.end, t = at(u, d, 18.5);
      audit(ctx, { t, activity: 'Disable account', category: 'UserManagement', by: { app: apps.workday }, targets: [userT(u, [['AccountEnabled', true, false]])] });
      audit(ctx, { t: t + 2000, activity: 'Update user', category: 'UserManagement', by: { app: apps.workday }, targets: [userT(u, [['AccountEnabled', true, false], ['Included Updated Properties', null, 'AccountEnabled']])] });
      for (const g of rng.sample(groups, 2)) audit(ctx, { t: t + rng.int(60, 3600) * 1000, activity: 'Remove member from group', category: 'GroupManagement', by: { app: apps.workday }, targets: [userT(u), groupT(g)] });
      const s = session(ctx, u, u.laptop, ipAt(u, d)), ps = u.phone ? session(ctx, u, u.phone, reg.mobile(u.cc, rng)) : null;
      for (let i = rng.int(4, 10); i > 0; i--) {
        const tt = t + rng.int(20, 60 * 40) * 60_000; if (!ok(tt)) continue;
        const phone = ps && rng.chance(0.4);
        refresh(ctx, phone ? ps : s, tt, phone ? APP.outlookMobile : APP.teams, phone ? RES.exo : RES.teams, { code: 50057, mfa: false });
      }
      if (rng.chance(0.5)) { const tt = at(u, d + 1, 9.1); if (ok(tt)) raw(ctx, s, tt, APP.officeHome, RES.graph, { code: 50057, steps: ['password'], ua: browserUa(u.laptop), clientApp: 'Browser' }); }
    },
    passwordChange(u, d) {
      const t = at(u, d, rng.float(9, 17)); if (!ok(t)) return;
      const ip = ipAt(u, d), viaHelpdesk = rng.chance(0.3);
      if (viaHelpdesk) {
        const { h, ip: hip } = hd(d);
        audit(ctx, { t, activity: 'Reset user password', category: 'UserManagement', by: { user: h, ip: hip }, targets: [userT(u)] });
        audit(ctx, { t: t + 1500, activity: 'Reset password (by admin)', category: 'UserManagement', service: 'Self-service Password Management', by: { user: h, ip: hip }, targets: [userT(u)] });
      } else {
        audit(ctx, { t, activity: rng.chance(0.5) ? 'Change password (self-service)' : 'Reset password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', by: { user: u, ip }, targets: [userT(u)] });
      }
      audit(ctx, { t: t + 3000, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', by: { app: { name: 'Microsoft Substrate Management', appId: '98db8bd6-0cc0-4e67-9de5-f187f1cd1b41', spId: apps.exo.spId } }, targets: [userT(u)] });
      const s = session(ctx, u, u.laptop, ip);
      fresh(ctx, s, t + rng.int(5, 30) * 60_000, APP.officeHome, RES.graph, { method: u.mfa });
      if (u.phone) { const ps = session(ctx, u, u.phone, where(P, reg, rng, u, d, 12, 'phone')); for (let i = rng.int(1, 4); i > 0; i--) refresh(ctx, ps, t + rng.int(2, 50) * 60_000, rng.pick([APP.outlookMobile, APP.teams]), RES.exo, { code: rng.chance(0.5) ? 50173 : 50133, mfa: false }); }
    },
    newPhone(u, d) {
      if (!u.phone) return;
      const t = tap(d, u, 'New phone - re-register Authenticator'); if (!t) return;
      const { h, ip: hip } = hd(d);
      audit(ctx, { t: t + 30_000, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', by: { user: h, ip: hip }, targets: [userT(u)], details: [['Method', 'Microsoft Authenticator']] });
      const np = { ...u.phone, id: rng.uuid() }, ip = where(P, reg, rng, u, d, 13, 'phone');
      const ps = session(ctx, u, np, ip);
      const t1 = t + rng.int(10, 90) * 60_000;
      raw(ctx, ps, t1, APP.authenticator, RES.graph, { steps: ['tap'], mfa: true, addl: 'MFA completed in Azure AD', ua: '', clientApp: 'Mobile Apps and Desktop clients', dev: { ...np, id: '', compliant: false, managed: false, trust: '' } });
      audit(ctx, { t: t1 + 60_000, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', by: { user: u, ip }, targets: [userT(u)], details: [['Method', 'Microsoft Authenticator'], ['Device', np.name]] });
      for (const act of ['Register device', 'Add registered owner to device', 'Add registered users to device']) audit(ctx, { t: t1 + 120_000, activity: act, category: 'Device', by: { app: apps.drs }, targets: [devT(np), userT(u)], details: [['Device OS', np.os], ['Device trust type', 'Azure AD registered']] });
      refresh(ctx, ps, t1 + 300_000, APP.outlookMobile, RES.exo);
      u.phone = np;
    },
    guest(g) {
      const cust = g.customer, home = cust ? cust.hq : g.freelance, c = CITIES[home];
      const days = rng.sample([...Array(DAYS).keys()].filter((d) => d % 7 < 5), g.days);
      const homeIp = reg.home(c.cc, home, rng).ip;
      const dev = { kind: 'win', id: '', name: '', os: rng.chance(0.7) ? 'Windows 10' : 'MacOs', browser: 'Edge 128.0.2739', compliant: false, managed: false, trust: '' };
      for (const d of days.sort((a, b) => a - b)) {
        const ip = cust && rng.chance(0.7) ? rng.pick(cust.ips) : homeIp;
        const s = session(ctx, g, dev, ip), t = START_OF(d, c.tz, rng.float(8.5, 17));
        if (!ok(t)) continue;
        if (!g.firstT) { g.firstT = t; g.firstIp = ip; }
        const cross = { dev, ua: browserUa(dev.os === 'MacOs' ? { kind: 'mac', browser: 'Chrome' } : null), steps: ['prev', 'mfaPrev'], addl: 'MFA requirement satisfied by claim in the token', clientApp: 'Browser' };
        raw(ctx, s, t, rng.chance(0.5) ? APP.sharepoint : APP.teams, rng.chance(0.5) ? RES.spo : RES.teams, cross);
        for (let i = rng.int(1, 5); i > 0; i--) refresh(ctx, s, t + rng.int(5, 400) * 60_000, APP.teams, RES.teams, { dev, ua: '', prt: false });
      }
    },
  };
  function START_OF(d, tz, h) { return T.START + d * DAY + Math.round((h - tz) * HOUR) + rng.int(0, 59_999); }
}

/** Service accounts and room devices with fixed addresses. */
export function serviceAccounts(ctx, R, T, svc) {
  const { rng } = ctx, { ok } = R;
  for (let d = 0; d < DAYS; d++) {
    const base = T.START + d * DAY, wd = d % 7;
    if (wd < 5) for (const [acct, n] of [[svc.mfpLis, rng.int(4, 18)], [svc.mfpAus, rng.int(3, 12)]]) for (let i = 0; i < n; i++) {
      const t = base + Math.round((rng.float(8, 18) - acct.tz) * HOUR); if (!ok(t)) continue;
      raw(ctx, session(ctx, acct, null, acct.ip), t, APP.exchange, RES.exo, { steps: ['password'], mfa: false, clientApp: 'Authenticated SMTP', proto: 'ropc', ua: '', ca: 'notApplied' });
    }
    for (let h = 0; h < 24; h++) raw(ctx, session(ctx, svc.archive, null, svc.archive.ip), base + h * HOUR + rng.int(60, 300) * 1000, APP.exchange, RES.exo, { steps: ['password'], mfa: false, clientApp: 'IMAP4', proto: 'ropc', ua: '', ca: 'notApplied' });
    for (let h = 1; h < 24; h += 3) raw(ctx, session(ctx, svc.pbi, null, svc.pbi.ip), base + h * HOUR + rng.int(0, 900) * 1000, APP.powerBi, RES.pbi, { steps: ['password'], mfa: false, clientApp: 'Mobile Apps and Desktop clients', proto: 'ropc', ua: '', ca: 'notApplied' });
    for (const room of svc.rooms) {
      const s = session(ctx, room, room.dev, room.ip);
      for (let i = wd < 5 ? rng.int(6, 10) : rng.int(1, 3); i > 0; i--) { const t = base + Math.round((rng.float(7, 19) - room.tz) * HOUR); if (ok(t)) refresh(ctx, s, t, APP.teamsRooms, RES.teams, { mfa: false, ua: '' }); }
    }
  }
}
