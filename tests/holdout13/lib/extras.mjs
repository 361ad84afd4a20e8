// Honest one-off events with both sign-ins and directory audits: on-boarding, password expiry, lock-outs,
// phone replacements, self-service resets, Teams Rooms re-provisioning, consent, credential rotation, PIM,
// Intune updates, group changes, guest invitations, MSP (GDAP) work, service principal sign-ins.
import { START, END, MIN, HOUR, DAY, localToUtc } from './calendar.mjs';
import { APPS, RES, UA } from './world.mjs';
import { homeIp, mobileIp } from './events.mjs';
import { browserUa, webTarget, mobileApp, mobileOsBrowser, SCOPES } from './channels.mjs';
import { caPolicyJson } from './audits.mjs';

let RJ = null;
const L = (zone, d, h, m = 0) => localToUtc(zone, 2026, 10, d, h * 60 + m) + (RJ ? RJ.int(0, 59) * 1000 + RJ.int(0, 999) : 0);
const PS_UA = 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; en-AU) PowerShell/7.5.3';

export function honestExtras(H, A, plans) {
  const T = H.T, r = H.r;
  RJ = r.fork('jitter');
  const adm = T.admins.filter((a) => !a.base.serviceDesk);
  const desk = T.admins.filter((a) => a.base.serviceDesk);
  const sydIp = T.offices.SYD.ips[0], mnlIp = T.offices.MNL.ips[0];
  const admUa = UA.edgeWin(153);
  const out = { onboarding: [] };

  // ------------------------------------------------------------ on-boarding wave (created Fri 16, start Mon 19)
  const creator = adm[0];
  let t = L('AEDT', 16, 10, 12);
  for (const u of T.newStarters) {
    A.addUser(t, creator, sydIp, u, PS_UA);
    A.license(t + 2500, creator, sydIp, u, PS_UA);
    for (const g of ['All Staff', u.role.startsWith('Graduate') ? 'Graduate Program 2026' : 'Seasonal Tax Team 2026', `Office - ${u.office}`, 'SG-Intune-Windows-Autopilot']) A.groupAdd(t + r.int(3, 9) * 1000, creator, sydIp, u, g, PS_UA);
    t += r.int(40, 140) * 1000;
  }
  for (const u of T.newStarters) {
    const zone = u.zone;
    const d = Number(u.firstDay.slice(8, 10));
    const o = T.offices[u.office];
    const ip = o.ips[0];
    const s = L(zone, d, 9, r.int(0, 50));
    const tapByDesk = u.office !== 'PER';
    if (tapByDesk) A.secInfo(s - r.int(20, 60) * MIN, u, mnlIp, 'Admin registered security info', 'Admin registered temporary access pass method for user', admUa, r.pick(desk));
    if (u.victim) continue;    // the first sign-in of this account is part of a scenario
    const b = browserUa(u);
    const sess = r.uuid(), cid = r.uuid();
    const base = { account: u, interactive: true, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip, sessionId: sess, scopes: '' };
    if (tapByDesk) {
      H.add({ ...base, t: s, app: APPS.mySignins, res: RES.acctControls, auth: 'tap', mfaSatisfied: true, identifier: u.upnLog, correlationId: cid });
    } else {
      H.add({ ...base, t: s, app: APPS.officeHome, res: RES.portal365, auth: 'pwd', code: 50079, stage: 'mfa', mfaRequired: true, identifier: u.upnLog, correlationId: cid });
      H.add({ ...base, t: s + 40000, app: APPS.mySignins, res: RES.acctControls, auth: 'pwd', mfaSatisfied: false, identifier: u.upnLog, correlationId: cid, caOverride: { mfa: 'success' } });
    }
    A.secInfo(s + 2 * MIN, u, ip, 'User started security info registration', 'User started the registration for Authenticator App with Notification and Code', b.ua);
    A.secInfo(s + 4 * MIN, u, ip, 'User registered security info', 'User registered Authenticator App with Notification and Code', b.ua);
    A.secInfo(s + 4 * MIN + 3000, u, ip, 'User registered all required security info', 'User registered all required security info', b.ua);
    u.mfaRegistered = true;
    // Autopilot: the new laptop joins Entra ID
    A.registerDevice(s + 25 * MIN, u, ip, u.laptop, 'Windows', '10.0.26100.6899', 'AzureAd', UA.winAuth);
    H.add({ ...base, t: s + 31 * MIN, app: APPS.winSignIn, res: RES.aad, clientApp: 'Mobile Apps and Desktop clients', ua: UA.winAuth, os: 'Windows10', browser: '', device: u.laptop, auth: 'pwd+mfa', mfaMethod: 'push', mfaSatisfied: true, identifier: u.upnLog, correlationId: r.uuid() });
    A.secInfo(s + 36 * MIN, u, ip, 'User registered security info', 'User registered Windows Hello for Business', UA.winAuth);
    out.onboarding.push(u.upnLog);
  }

  // ------------------------------------------------------------ password expiry (cloud password policy: 180 days)
  for (const u of plans.expiry) {
    const d = r.pick([13, 14, 15, 19, 20, 21, 22]);
    const s = L(u.zone, d, r.int(8, 10), r.int(0, 59));
    const ip = u.phone ? mobileIp(T, r, u, u.city, `2026-10-${d}`) : homeIp(T, r, u, `2026-10-${d}`);
    const b = u.phone ? { ua: UA.safariIos('26.1'), browser: 'Mobile Safari', os: 'iOS 18.6', plat: 'ios' } : { ...browserUa(u), plat: 'windows' };
    const cid = r.uuid(), sess = r.uuid();
    const base = { account: u, interactive: true, app: APPS.officeHome, res: RES.portal365, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: b.plat, device: null, ip, sessionId: sess, correlationId: cid, identifier: u.upnLog, scopes: '' };
    H.add({ ...base, t: s, auth: 'pwd', code: 50055 });
    A.selfPasswordChange(s + 70000, u, ip, b.ua);
    H.add({ ...base, t: s + 110000, auth: 'pwd+mfa', mfaMethod: u.mfaMethod, mfaSatisfied: true, additional: 'MFA completed in Azure AD' });
    if (u.phone) {
      const mob = mobileOsBrowser(u.phone);
      const n = r.int(2, 6);
      for (let i = 0; i < n; i++) {
        const a = mobileApp(u.phone, r.pick(['outlook', 'teams']));
        H.add({ t: s + r.int(20, 300) * MIN, account: u, interactive: false, app: a.app, res: a.res, clientApp: 'Mobile Apps and Desktop clients', ua: a.ua, os: mob.os, browser: mob.browser, platform: u.phone.os, device: u.phone.id ? u.phone : null, ip: mobileIp(T, r, u, u.city, `2026-10-${d}`), code: 50173, scopes: a.scopes });
      }
    }
  }
  // ------------------------------------------------------------ lock-outs after a holiday, then SSPR
  for (const u of plans.lockout) {
    const d = r.pick([12, 13, 19, 20]);
    const s = L(u.zone, d, 7, r.int(10, 50));
    const ip = homeIp(T, r, u, `2026-10-${d}`);
    const b = browserUa(u);
    const cid = r.uuid();
    const base = { account: u, interactive: true, app: APPS.officeHome, res: RES.portal365, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip, correlationId: cid, identifier: u.upnLog, sessionId: r.uuid(), scopes: '' };
    const n = r.int(5, 9);
    for (let i = 0; i < n; i++) H.add({ ...base, t: s + i * r.int(15, 50) * 1000, auth: 'pwd-fail', code: 50126 });
    for (let i = 0; i < 2; i++) H.add({ ...base, t: s + (n + i) * 40000, auth: 'none', code: 50053 });
    A.selfPasswordChange(s + 14 * MIN, u, ip, b.ua, true);
    H.add({ ...base, t: s + 16 * MIN, auth: 'pwd+mfa', mfaMethod: u.mfaMethod, mfaSatisfied: true, additional: 'MFA completed in Azure AD' });
  }
  // ------------------------------------------------------------ forgotten passwords (SSPR from home)
  for (const u of plans.sspr) {
    const d = r.pick([12, 14, 16, 20, 22, 23]);
    const s = L(u.zone, d, r.int(7, 9), r.int(0, 59));
    const ip = homeIp(T, r, u, `2026-10-${d}`);
    const b = browserUa(u);
    A.selfPasswordChange(s, u, ip, b.ua, true);
    H.add({ account: u, t: s + 3 * MIN, interactive: true, app: APPS.officeHome, res: RES.portal365, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip, auth: 'pwd+mfa', mfaMethod: u.mfaMethod, mfaSatisfied: true, identifier: u.upnLog, sessionId: r.uuid(), scopes: '', additional: 'MFA completed in Azure AD' });
  }
  // ------------------------------------------------------------ replaced phones: service desk clears the old Authenticator
  for (const u of plans.phoneSwap) {
    const d = r.pick([13, 15, 20, 22]);
    const s = L(u.zone, d, r.int(9, 15), r.int(0, 59));
    const agent = r.pick(desk);
    A.secInfo(s, u, mnlIp, 'Admin deleted security info', 'Admin deleted Authenticator App with Notification and Code', admUa, agent, 'Delete');
    A.secInfo(s + 60000, u, mnlIp, 'Admin registered security info', 'Admin registered temporary access pass method for user', admUa, agent);
    A.revokeSessions(s + 90000, agent, mnlIp, u, admUa);
    const ip = T.offices[u.office].ips[0];
    const b = browserUa(u);
    H.add({ account: u, t: s + 14 * MIN, interactive: true, app: APPS.mySignins, res: RES.acctControls, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip, auth: 'tap', mfaSatisfied: true, identifier: u.upnLog, sessionId: r.uuid(), scopes: '' });
    A.secInfo(s + 16 * MIN, u, ip, 'User registered security info', 'User registered Authenticator App with Notification and Code', b.ua);
    if (u.phone) {
      u.phone.id = r.uuid(); u.phone.trust = 'Azure AD registered'; u.phone.name = u.phone.os === 'ios' ? 'iPhone' : 'Pixel 9';
      A.registerDevice(s + 19 * MIN, u, mobileIp(T, r, u, u.city, `2026-10-${d}`), u.phone, u.phone.os === 'ios' ? 'iOS' : 'Android', u.phone.os === 'ios' ? '26.6' : '15', 'Workplace', UA.authenticatorIos);
    }
  }
  // ------------------------------------------------------------ Teams Rooms re-provisioned after a firmware update (device code)
  for (const [i, room] of T.rooms.filter((x) => x.office === 'MEL' || x.office === 'AKL').slice(0, 3).entries()) {
    const o = T.offices[room.office];
    const s = L(o.zone, 15 + i, 7, 30 + i * 7);
    H.add({ account: room, t: s, interactive: true, app: APPS.teams, res: RES.teams, clientApp: 'Mobile Apps and Desktop clients', ua: UA.edgeWin(153), os: 'Windows 10', browser: 'Edge 153.0.3477', platform: 'android', device: null, ip: o.ips[0], auth: 'pwd', protocol: 'deviceCode', transfer: 'deviceCodeFlow', mfaSatisfied: false, identifier: room.upnLog, sessionId: r.uuid(), scopes: '' });
    A.registerDevice(s + 40000, room, o.ips[0], room.laptop, 'Android', '12', 'Workplace', UA.teamsRoom);
  }
  // ------------------------------------------------------------ consent: a marketing user adds Canva; IT re-consents FYI Docs
  const mk = T.staff.find((p) => p.dept === 'Marketing' && !p.victim && p.laptop.id);
  if (mk) {
    const canva = { id: r.fork('canva').uuid(), name: 'Canva', owner: r.fork('canvaT').uuid() };
    const s = L(mk.zone, 14, 14, 22);
    const ip = T.offices[mk.office].ips[0];
    const b = browserUa(mk);
    const base = { account: mk, interactive: true, app: canva, res: RES.graph, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: mk.laptop.os, device: mk.laptop, ip, sessionId: r.uuid(), scopes: '' };
    H.add({ ...base, t: s, auth: 'prt', mfaSatisfied: true, incoming: 'primaryRefreshToken', code: 65001 });
    A.consent(s + 25000, mk, ip, canva, r.fork('canvaSp').uuid(), ['User.Read', 'openid', 'profile', 'email', 'offline_access'], b.ua);
    H.add({ ...base, t: s + 30000, auth: 'prt', mfaSatisfied: true, incoming: 'primaryRefreshToken' });
    for (let i = 0; i < 6; i++) H.add({ ...base, t: s + (i + 1) * r.int(50, 70) * MIN, interactive: false, auth: 'none', mfaSatisfied: true, scopes: ['User.Read', 'email', 'openid', 'profile'] });
  }
  A.consent(L('AEDT', 21, 10, 5), adm[1] || adm[0], sydIp, T.apps.fyi, T.apps.fyi.spId, ['Files.Read.All', 'Sites.Read.All', 'User.Read', 'offline_access'], admUa, { admin: true, newSp: false });
  // ------------------------------------------------------------ credential rotation on existing apps
  A.appSecret(L('AEDT', 20, 11, 40), adm[0], sydIp, T.apps.payroll, r.uuid(), 'CN=hqp-payroll-connector-2027', [[r.uuid(), 'CN=hqp-payroll-connector-2025', 'AsymmetricX509Cert']], admUa, 'AsymmetricX509Cert');
  const docOwner = T.devs[1];
  const docKeys = [[r.uuid(), 'docgen-prod-2026-04']];
  A.appSecret(L('AEDT', 14, 11, 5), docOwner, T.offices.SYD.ips[0], T.apps.docAuto, r.uuid(), 'docgen-prod-2026-10', docKeys, browserUa(docOwner).ua);
  T.docAutoKeys = docKeys;
  // ------------------------------------------------------------ Conditional Access change by IT (rooms exclusion)
  A.caUpdate(L('AEDT', 15, 16, 20), adm[0], sydIp, T.caIds.compliant, 'HQP-CA03 Require compliant device - desktop and mobile apps',
    caPolicyJson(T.caIds.compliant, 'HQP-CA03 Require compliant device - desktop and mobile apps', ['bg-emergency01', 'bg-emergency02']),
    caPolicyJson(T.caIds.compliant, 'HQP-CA03 Require compliant device - desktop and mobile apps', ['bg-emergency01', 'bg-emergency02', 'SG-TeamsRooms']), admUa);
  // ------------------------------------------------------------ PIM activations
  for (const a of T.admins) {
    const roles = a.pimRoles;
    const base = a.base;
    for (let d = 12; d <= 25; d++) {
      const dow = new Date(Date.UTC(2026, 9, d)).getUTCDay();
      if (dow === 0 || dow === 6) continue;
      const n = base.serviceDesk ? (r.chance(0.8) ? 1 : 0) : r.poisson(0.9);
      for (let i = 0; i < n; i++) {
        const role = base.serviceDesk ? roles[i % roles.length] : r.wpick(roles.map((x) => [x, x === 'Global Administrator' ? 0.4 : x === 'Privileged Role Administrator' ? 0.3 : 1]));
        const s = base.serviceDesk ? L('PHT', d, { early: 6, mid: 10, late: 13 }[base.shift], r.int(5, 40)) : L('AEDT', d, r.int(9, 16), r.int(0, 59));
        const ip = base.serviceDesk ? mnlIp : r.chance(0.7) ? sydIp : r.pick(T.pools.zscaler.SYD);
        A.pimActivation(s, a, ip, role, r.pick(['INC00' + r.digits(5) + ' user access request', 'CHG00' + r.digits(4) + ' scheduled change', 'Service desk shift', 'Tax season onboarding', 'Mailbox permissions request']), admUa, base.serviceDesk ? 8 : r.pick([2, 4, 4, 8]));
      }
    }
  }
  // ------------------------------------------------------------ Intune compliance churn, group changes, profile updates
  const devs = T.people.filter((p) => p.laptop && p.laptop.id && (p.kind === 'staff' || p.kind === 'manila'));
  for (let i = 0; i < 260; i++) { const p = r.pick(devs); A.updateDevice(START + r.float() * (END - START), r.chance(0.7) ? p.laptop : (p.phone && p.phone.id ? p.phone : p.laptop), p); }
  for (let i = 0; i < 90; i++) {
    const owner = r.pick(T.staff.filter((p) => p.role === 'Manager' || p.role === 'Senior Manager' || p.role === 'Partner'));
    const member = r.pick(T.staff);
    const d = r.int(12, 23);
    const s = L(owner.zone, d, r.int(9, 17), r.int(0, 59));
    if (new Date(s).getUTCDay() === 6 || new Date(s).getUTCDay() === 0) continue;
    A.groupAdd(s, owner, T.offices[owner.office].ips[0], member, r.pick(['Tax - FY26 Lodgements', 'Audit - Pacific Brewing FY26', 'Advisory - Project Kestrel', 'Private Clients - Trusts', 'Payroll - Client Onboarding', 'Tax Technical Updates', 'Corporate Finance - Deal Room 7']), browserUa(owner).ua);
  }
  for (let i = 0; i < 55; i++) {
    const u = r.pick(T.staff);
    const s = L('AEDT', r.pick([12, 13, 14, 15, 16, 19, 20, 21, 22, 23]), r.int(9, 17), r.int(0, 59));
    A.updateUser(s, adm[r.int(0, adm.length - 1)], sydIp, u, [[r.pick(['JobTitle', 'Department', 'Manager', 'TelephoneNumber', 'OfficeLocation']), '[]', JSON.stringify([r.pick(['Senior Accountant', 'Tax', 'Level 12', '+61 2 9' + r.digits(7)])])]], admUa);
  }
  // ------------------------------------------------------------ partners invite client contacts
  for (const g of T.people.filter((x) => x.firm === 'client' && x.active).slice(0, 4)) {
    const inviter = r.pick(T.staff.filter((p) => p.partner));
    const s = L(inviter.zone, r.int(12, 16), r.int(10, 16), r.int(0, 59));
    A.invite(s, inviter, T.offices[inviter.office].ips[0], g, browserUa(inviter).ua);
    A.redeem(s + r.int(30, 300) * MIN, g, g.clientIp, UA.edgeWin(152));
  }
  // ------------------------------------------------------------ MSP engineers (GDAP): user/group administration
  for (let i = 0; i < 22; i++) {
    const m = r.pick(T.msp);
    const d = r.int(12, 25);
    const s = L('AEDT', d, r.int(9, 20), r.int(0, 59));
    const u = r.pick(T.staff);
    const ip = r.chance(0.75) ? T.pools.msp[0] : m.homeIp;
    const k = r.wpick([['upd', 5], ['reset', 2], ['grp', 3]]);
    if (k === 'upd') A.updateUser(s, m, ip, u, [['ProxyAddresses', '[]', JSON.stringify([`smtp:${u.upnLog}`])]], browserUa(m).ua);
    else if (k === 'reset') A.resetPassword(s, m, ip, u, browserUa(m).ua);
    else A.groupAdd(s, m, ip, u, r.pick(['SG-Intune-Windows-Autopilot', 'SG-VPN-Users', 'SG-Printers-SYD']), browserUa(m).ua);
  }
  // ------------------------------------------------------------ two leavers are disabled during the fortnight
  for (const u of T.leavers.slice(30, 32)) {
    const s = L('AEDT', r.pick([16, 23]), 17, r.int(0, 50));
    A.updateUser(s, adm[0], sydIp, u, [['AccountEnabled', '[true]', '[false]']], PS_UA);
    A.revokeSessions(s + 5000, adm[0], sydIp, u, PS_UA);
  }

  // ------------------------------------------------------------ service principal sign-ins (their own event type; written to a fourth file)
  spHonest(H);
  return out;
}

function spHonest(H) {
  const T = H.T, r = H.r;
  const sp = (key) => ({ kind: 'sp', id: '', displayName: T.apps[key].name, spId: T.apps[key].spId, app: T.apps[key] });
  const appRef = (key) => ({ id: T.apps[key].id, name: T.apps[key].name, owner: T.apps[key].owner });
  const emit = (key, t, ip, res, cred = 'clientSecret', keyId = '') => H.add({ t, account: sp(key), interactive: false, app: appRef(key), res, ip, credType: cred, keyId, library: 'Family: MSAL Library: MSAL.NET 4.72.1 Platform: .NET Core' });
  const backupKey = r.uuid(), payrollKey = r.uuid(), docKey = r.uuid(), biKey = r.uuid();
  for (let t = START + r.int(0, 50) * MIN; t < END; t += HOUR + r.int(-5, 5) * MIN) {
    for (const res of [RES.graph, RES.exo, RES.spo]) emit('backup', t + r.int(0, 120) * 1000, r.pick(T.pools.backup), res, 'certificate', backupKey);
  }
  for (let d = 12; d <= 25; d++) {
    const t = L('AEDT', d, 2, 0);
    emit('payroll', t + r.int(0, 300) * 1000, T.pools.azureFn[0], RES.graph, 'certificate', payrollKey);
    for (let h = 8; h < 19; h++) if (r.chance(0.8)) emit('docAuto', L('AEDT', d, h, r.int(0, 59)), T.pools.azureFn[r.int(0, 1)], RES.graph, 'clientSecret', docKey);
    for (const h of [5, 11, 17, 23]) emit('reporting', L('AEDT', d, h, r.int(0, 10)), T.pools.azureFn[1], RES.powerbi, 'clientSecret', biKey);
  }
  T.spKeys = { docKey };
}
