// Account lifecycle and honest trouble: new starters onboarded with a Temporary Access Pass,
// lost phones replaced through the helpdesk, lockouts after a holiday, expired passwords and
// self-service resets, MFA prompts denied by mistake, new phones registered, laptops enrolled,
// guest invitations, and users consenting to well-known apps.
import { makeRng } from './rng.mjs';
import { at, isWeekend, MIN, DAYS } from './time.mjs';
import { SITES } from './geo.mjs';
import { poolIp } from './tenant.mjs';
import { emit, audit, refreshes } from './sessions.mjs';
import { userTarget, jv } from './audit.mjs';
import { consentEvents } from './benign-it.mjs';
import { laptopBlock } from './benign-office.mjs';

const AM = 'Authentication Methods', SSPR = 'Self-service Password Management';

function secInfo(ctx, r, { t, user, ip, activity, reason, by }) {
  audit(ctx, r, { t, activity, category: 'UserManagement', service: AM, op: activity.startsWith('User deleted') || activity.startsWith('Admin deleted') ? 'Delete' : 'Add', result: 'success', resultReason: reason, by: by ?? { user, ip }, targets: [userTarget(user, [])] });
}

function workNet(u) {
  const s = SITES[u.site];
  return u.role === 'researcher' || u.role === 'student' ? s.uni : s.hosp;
}

export function lifecycle(ctx) {
  const r = makeRng(ctx.seed, 'lifecycle');
  const helpdesk = ctx.users.filter((u) => u.role === 'itadmin');
  const hd = () => r.pick(helpdesk);

  // New starters: HR feed creates the account, helpdesk issues a TAP, user registers Authenticator
  for (const u of ctx.newStarters) {
    const day = u.startDay;
    const feed = { app: { displayName: 'Visma HRM Inbound Provisioning', appId: ctx.hrApp.appId, spId: ctx.hrApp.spId, spName: ctx.hrApp.appId } };
    audit(ctx, r, { t: at(day - 3, 2, r.int(10, 50), 1), activity: 'Add user', category: 'UserManagement', op: 'Add', by: feed, targets: [userTarget(u, [['AccountEnabled', '[]', '[true]'], ['DisplayName', '[]', jv([u.name])], ['UserPrincipalName', '[]', jv([u.upn])], ['UserType', '[]', '["Member"]']])] });
    const a = hd(), ip = poolIp(r, 'dc-bgo'), t = at(day, 8, r.int(30, 90), u.tz);
    secInfo(ctx, r, { t, user: u, activity: 'Admin registered security info', reason: 'Admin registered temporary access pass method for user', by: { user: a, ip } });
    const nk = workNet(u), wip = poolIp(r, nk);
    const dev = u.laptop ?? u.phone;
    emit(ctx, r, { t: t + r.int(10, 40) * MIN, user: u, ip: wip, netKey: nk, device: dev, interactive: true, app: 'mySignins', res: 'graph', auth: 'tap', ua: dev.ua ?? 'winEdge', client: 'Browser' });
    const t2 = t + r.int(45, 60) * MIN;
    secInfo(ctx, r, { t: t2, user: u, ip: wip, activity: 'User started security info registration', reason: 'User started the registration for Authenticator App with Notification and Code' });
    secInfo(ctx, r, { t: t2 + 50_000, user: u, ip: wip, activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code' });
    secInfo(ctx, r, { t: t2 + 52_000, user: u, ip: wip, activity: 'User registered all required security info', reason: 'User registered all required security info.' });
    if (u.laptop) {
      audit(ctx, r, { t: t2 + 20 * MIN, activity: 'Add device', category: 'Device', service: 'Device Registration Service', op: 'Add', by: { user: u, ip: wip }, targets: [{ id: r.uuid(), displayName: u.laptop.name, type: 'Device', mods: [['DeviceTrustType', '', '"AzureAd"'], ['DeviceOSType', '', '"Windows"']] }] });
      audit(ctx, r, { t: t2 + 20 * MIN + 800, activity: 'Add registered owner to device', category: 'Device', service: 'Core Directory', op: 'Assign', by: { app: { displayName: 'Device Registration Service', appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', spId: ctx.spId('drs'), spName: null } }, targets: [{ id: r.uuid(), displayName: u.laptop.name, type: 'Device' }, userTarget(u, [])] });
    }
  }

  // Lost phones: failed pushes, helpdesk TAP, new phone registered, old method removed
  for (const u of ctx.lostPhone) {
    const day = u.lostDay, nk = workNet(u), ip = poolIp(r, nk);
    const dev = u.laptop ?? ctx.kiosks[u.site]?.[0]?.[0] ?? null;
    const t = at(day, 9, r.int(0, 120), u.tz);
    for (let k = 0; k < 2; k++) emit(ctx, r, { t: t + k * 3 * MIN, user: u, ip, netKey: nk, device: dev, interactive: true, app: 'officeHome', res: 'officeHome', auth: 'pushTimeout', code: 500121, ua: 'winEdge', client: 'Browser' });
    const a = hd(), aip = poolIp(r, 'dc-bgo'), t2 = t + r.int(30, 90) * MIN;
    secInfo(ctx, r, { t: t2, user: u, activity: 'Admin deleted security info', reason: 'Admin deleted Authenticator App with Notification and Code method for user', by: { user: a, ip: aip } });
    secInfo(ctx, r, { t: t2 + 60_000, user: u, activity: 'Admin registered security info', reason: 'Admin registered temporary access pass method for user', by: { user: a, ip: aip } });
    const ph = { ...u.phone, id: r.uuid(), name: r.pick(['iPhone 16', 'Galaxy S24', 'Pixel 9']) };
    u.phone = ph;
    emit(ctx, r, { t: t2 + 8 * MIN, user: u, ip, netKey: nk, device: ph, interactive: true, app: 'mySignins', res: 'graph', auth: 'tap', ua: ph.os === 'Ios' ? 'iphoneSafari' : 'androidChrome', client: 'Browser' });
    secInfo(ctx, r, { t: t2 + 11 * MIN, user: u, ip, activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code' });
    emit(ctx, r, { t: t2 + 13 * MIN, user: u, ip, netKey: nk, device: ph, interactive: true, app: 'authenticator', res: 'graph', auth: 'prev', ua: ph.ua });
    audit(ctx, r, { t: t2 + 12 * MIN, activity: 'Register device', category: 'Device', service: 'Device Registration Service', op: 'Add', by: { user: u, ip }, targets: [{ id: ph.id, displayName: ph.name, type: 'Device', mods: [['DeviceTrustType', '', '"Workplace"']] }], details: [['Device Id', ph.id], ['Device OS', ph.os], ['Device Trust Type', 'Workplace']] });
  }

  // Lockout after a holiday, then self-service reset (other devices then fail with 50133)
  for (const u of ctx.holidayReturners) {
    const day = u.leave[1] + 1; if (day >= DAYS) continue;
    const nk = workNet(u), ip = poolIp(r, nk), t = at(day, 7, r.int(10, 50), u.tz);
    const kiosk = ctx.kiosks[u.site] ? ctx.kiosks[u.site][u.ward ?? 0][0] : u.laptop;
    const base = { user: u, ip, netKey: nk, device: kiosk, interactive: true, app: 'windowsSignIn', res: 'aad', ua: 'winSignIn', kiosk: !!ctx.kiosks[u.site] };
    for (let k = 0; k < r.int(3, 5); k++) emit(ctx, r, { ...base, t: t + k * r.int(15, 60) * 1000, auth: 'badPassword', code: 50126 });
    emit(ctx, r, { ...base, t: t + 5 * MIN, auth: 'badPassword', code: 50053 });
    const t2 = t + r.int(8, 25) * MIN, phIp = poolIp(r, u.mobileNet);
    for (const [k, step] of ['Verify email', 'Verify mobile app notification', 'Enter new password'].entries())
      audit(ctx, r, { t: t2 + k * 40_000, activity: 'Self-service password reset flow activity progress', category: 'UserManagement', service: SSPR, op: 'Update', resultReason: `User completed the "${step}" step`, by: { user: u, ip: phIp }, targets: [userTarget(u, [])] });
    audit(ctx, r, { t: t2 + 150_000, activity: 'Reset password (self-service)', category: 'UserManagement', service: SSPR, op: 'Update', resultReason: 'Successfully completed reset.', by: { user: u, ip: phIp }, targets: [userTarget(u, [])] });
    audit(ctx, r, { t: t2 + 152_000, activity: 'Unlock user account (self-service)', category: 'UserManagement', service: SSPR, op: 'Update', resultReason: 'User successfully unlocked their account.', by: { user: u, ip: phIp }, targets: [userTarget(u, [])] });
    emit(ctx, r, { ...base, t: t2 + 4 * MIN, auth: 'password' });
    refreshes(ctx, r, { user: u, t0: t2 + 5 * MIN, t1: t2 + 40 * MIN, netKey: u.mobileNet, ip: phIp, device: u.phone, refresh: [['outlookMobile', 'exo', 8]], failRate: 1 });
  }

  // Expired passwords changed at sign-in
  for (const u of ctx.expired) {
    const day = r.int(1, DAYS - 2), nk = workNet(u), ip = poolIp(r, nk), t = at(day, 8, r.int(0, 300), u.tz);
    const dev = u.laptop ?? null;
    emit(ctx, r, { t, user: u, ip, netKey: nk, device: dev, interactive: true, app: 'officeHome', res: 'officeHome', auth: 'password', code: 50055, ua: 'winEdge', client: 'Browser' });
    audit(ctx, r, { t: t + 90_000, activity: 'Change password (self-service)', category: 'UserManagement', service: SSPR, op: 'Update', resultReason: 'Successfully changed password.', by: { user: u, ip }, targets: [userTarget(u, [])] });
    emit(ctx, r, { t: t + 120_000, user: u, ip, netKey: nk, device: dev, interactive: true, app: 'officeHome', res: 'officeHome', auth: u.mfa, ua: 'winEdge', client: 'Browser' });
  }

  // MFA prompt denied by mistake, then approved
  for (const u of ctx.deniers) {
    const day = r.int(0, DAYS - 1), nk = u.homeNet, t = at(day, r.int(7, 21), r.int(0, 59), u.tz);
    const dev = u.laptop ?? { id: '', name: '', os: 'Windows10', trust: '', compliant: false, managed: false, ua: 'winChrome' };
    emit(ctx, r, { t, user: u, ip: u.homeIp, netKey: nk, device: dev, interactive: true, app: 'officeHome', res: 'officeHome', auth: 'pushDenied', code: 500121, ua: dev.ua, client: 'Browser' });
    emit(ctx, r, { t: t + r.int(40, 150) * 1000, user: u, ip: u.homeIp, netKey: nk, device: dev, interactive: true, app: 'officeHome', res: 'officeHome', auth: 'push', ua: dev.ua, client: 'Browser' });
  }

  // New phones (upgrades) registered by the users themselves
  for (const u of ctx.phoneUpgrades) {
    const day = r.int(0, DAYS - 1), t = at(day, r.int(8, 21), r.int(0, 59), u.tz);
    const ip = u.homeIp;
    secInfo(ctx, r, { t, user: u, ip, activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code' });
    if (r.chance(0.6)) secInfo(ctx, r, { t: t + 60_000, user: u, ip, activity: 'User changed default security info', reason: 'User changed default security info' });
    if (r.chance(0.5)) secInfo(ctx, r, { t: t + 120_000, user: u, ip, activity: 'User deleted security info', reason: 'User deleted Authenticator App with Notification and Code' });
    emit(ctx, r, { t: t - 2 * MIN, user: u, ip, netKey: u.homeNet, device: u.phone, interactive: true, app: 'mySignins', res: 'graph', auth: u.mfa, ua: u.phone.os === 'Ios' ? 'iphoneSafari' : 'androidChrome', client: 'Browser' });
  }

  // Guest invitations by researchers, redeemed by the guests
  for (const [u, g] of ctx.invitations) {
    const day = r.int(0, 8), ip = poolIp(r, SITES[u.site].uni), t = at(day, 10, r.int(0, 300), u.tz);
    audit(ctx, r, { t, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', op: 'Add', by: { user: u, ip }, targets: [{ id: g.id, displayName: g.name, type: 'User', upn: g.objectUpn }], details: [['invitedUserEmailAddress', g.upn]] });
    audit(ctx, r, { t: t + 2000, activity: 'Add user', category: 'UserManagement', op: 'Add', by: { user: u, ip }, targets: [userTarget({ ...g, upn: g.objectUpn }, [['UserType', '[]', '["Guest"]']])] });
    const gip = poolIp(r, g.instNet);
    audit(ctx, r, { t: t + r.int(30, 600) * MIN, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', op: 'Update', by: { user: g, ip: gip }, targets: [{ id: g.id, displayName: g.name, type: 'User', upn: g.objectUpn }] });
  }

  // Users consenting to well-known apps (low-impact delegated permissions)
  const apps = ctx.honestApps;
  for (const [u, app, scopes, first] of ctx.userConsents.map(([u, k, s, f]) => [u, apps[k], s, f])) {
    const day = r.int(0, DAYS - 1);
    if (isWeekend(day)) continue;
    const nk = r.chance(0.6) ? workNet(u) : u.homeNet, ip = nk === u.homeNet ? u.homeIp : poolIp(r, nk), t = at(day, r.int(9, 20), r.int(0, 59), u.tz);
    const dev = u.laptop;
    emit(ctx, r, { t: t - 60_000, user: u, ip, netKey: nk, device: dev, interactive: true, app: [app.appId, app.name, app.owner], res: 'graph', auth: 'prev', code: 65001, ua: dev.ua, client: 'Browser' });
    consentEvents(ctx, r, { t, by: u, ip, app, scopes, admin: false, createSp: first, ua: ctx.uaString(dev.ua) });
    emit(ctx, r, { t: t + 30_000, user: u, ip, netKey: nk, device: dev, interactive: true, app: [app.appId, app.name, app.owner], res: 'graph', auth: 'prev', ua: dev.ua, client: 'Browser' });
    refreshes(ctx, r, { user: u, t0: t, t1: t + r.int(60, 600) * MIN, netKey: nk, ip, device: dev, refresh: [[[app.appId, app.name, app.owner], 'graph', 60]], uaOverride: dev.ua });
  }

  // Leavers disabled by the HR feed, one deleted
  for (const u of ctx.leavers) {
    const feed = { app: { displayName: 'Visma HRM Inbound Provisioning', appId: ctx.hrApp.appId, spId: ctx.hrApp.spId, spName: ctx.hrApp.appId } };
    audit(ctx, r, { t: at(u.leaveDay, 2, r.int(10, 50), 1), activity: 'Update user', category: 'UserManagement', op: 'Update', by: feed, targets: [userTarget(u, [['AccountEnabled', '[true]', '[false]'], ['Included Updated Properties', '', '"AccountEnabled"']])] });
    // the leaver's phone keeps trying for a while
    refreshes(ctx, r, { user: u, t0: at(u.leaveDay, 7, 0, u.tz), t1: at(u.leaveDay, 12, 0, u.tz), netKey: u.mobileNet, ip: poolIp(r, u.mobileNet), device: u.phone, refresh: [['outlookMobile', 'exo', 50]], failRate: 0 }).forEach((o) => { o.status = { errorCode: 50057, failureReason: 'User account is disabled. The account has been disabled by an administrator.', additionalDetails: null }; o.conditionalAccessStatus = 'notApplied'; });
  }

  // New starters then work normally from their start day
  for (const u of ctx.newStarters) {
    for (let day = u.startDay; day < DAYS; day++) {
      if (isWeekend(day)) continue;
      if (u.laptop) {
        const nk = workNet(u), t0 = at(day, 8, r.int(0, 60), u.tz);
        laptopBlock(ctx, r, u, t0 + (day === u.startDay ? 75 * MIN : 0), at(day, 16, r.int(0, 60), u.tz), nk, poolIp(r, nk), { extra: r.int(0, 1) });
      }
    }
  }
}
