// Planted attacks, part 2.
import { makeRng } from './rng.mjs';
import { START, DAY, HOUR, MIN } from './time.mjs';
import { ipOf } from './geo.mjs';
import { emit, audit, refreshes } from './sessions.mjs';
import { pimActivation, userTarget, jv, ROLES } from './audit.mjs';

const Z = (d, h, m = 0, s = 0) => START + d * DAY + h * HOUR + m * MIN + s * 1000;
const NODEV = { id: '', name: '', os: 'Windows10', trust: '', compliant: false, managed: false };

/** S5: MFA fatigue — a night of push prompts from a VPN/hosting exit in Copenhagen until the
 * sleepy doctor approves one; then mail and files. */
export function mfaFatigue(ctx) {
  const r = makeRng(ctx.seed, 'atk-fatigue');
  const tag = 'mfa-fatigue';
  const u = ctx.fatigueVictim, nk = 'host-m247-cph', ip = ipOf(nk, 23);
  const dev = { ...NODEV, ua: 'winChrome' };
  const base = { user: u, ip, netKey: nk, device: dev, interactive: true, app: 'officeHome', res: 'officeHome', ua: 'winChrome', client: 'Browser', planted: tag };
  let t = Z(6, 0, 42, 9);
  const n = 22;
  for (let k = 0; k < n; k++) {
    emit(ctx, r, { ...base, t, auth: [5, 11, 16].includes(k) ? 'pushDenied' : 'pushTimeout', code: 500121 });
    t += r.int(85, 170) * 1000;
  }
  emit(ctx, r, { ...base, t, auth: 'push' });
  emit(ctx, r, { ...base, t: t + 25_000, auth: 'prev', code: 50140 });
  emit(ctx, r, { ...base, t: t + 70_000, app: 'owa', res: 'exo', auth: 'prev' });
  emit(ctx, r, { ...base, t: t + 9 * MIN, app: 'sharepoint', res: 'spo', auth: 'prev', code: 53000 });
  refreshes(ctx, r, { user: u, t0: t + 2 * MIN, t1: t + 170 * MIN, netKey: nk, ip, device: dev, refresh: [['owa', 'exo', 12], ['officeHome', 'graph', 25]], uaOverride: 'winChrome', planted: tag });
  return { name: 'mfa-fatigue-push-bombing-at-night', users: [u.upn], ips: [ip], tag,
    technique: 'T1621 multi-factor authentication request generation',
    summary: `${n} sign-ins for ${u.upn} between 01:42 and 02:30 local time (Sunday) from M247 (AS9009, Copenhagen), each with the correct password and an unanswered or declined Authenticator push (500121), then an approval and mailbox access from the same address.` };
}

/** S6: adversary-in-the-middle phishing (EvilProxy/Tycoon-style): the victim's own push approves
 * a sign-in relayed through a DigitalOcean server, then the stolen session is replayed with axios
 * from a US host to read mail, on two days. */
export function aitm(ctx) {
  const r = makeRng(ctx.seed, 'atk-aitm');
  const tag = 'aitm';
  const u = ctx.aitmVictim;
  const pk = 'host-do-lon', pip = ipOf(pk, 66), qk = 'host-quadranet-lax', qip = ipOf(qk, 12);
  const uaV = u.laptop.ua;
  const dev = { ...NODEV, ua: uaV };
  const t = Z(1, 10, 12, 31);
  const base = { user: u, ip: pip, netKey: pk, device: dev, interactive: true, app: 'officeHome', res: 'officeHome', ua: uaV, client: 'Browser', planted: tag };
  emit(ctx, r, { ...base, t, auth: 'push' });
  emit(ctx, r, { ...base, t: t + 18_000, auth: 'prev', code: 50140 });
  const adev = { ...NODEV, os: '', ua: 'axios' };
  for (const [a, b] of [[Z(1, 10, 19, 7), Z(1, 15, 50)], [Z(3, 8, 41, 52), Z(3, 11, 5)]]) {
    emit(ctx, r, { t: a, user: u, ip: qip, netKey: qk, device: adev, interactive: true, app: 'officeHome', res: 'officeHome', auth: 'prev', ua: 'axios', client: 'Browser', planted: tag });
    emit(ctx, r, { t: a + 40_000, user: u, ip: qip, netKey: qk, device: adev, interactive: true, app: 'owa', res: 'exo', auth: 'prev', ua: 'axios', client: 'Browser', planted: tag });
    refreshes(ctx, r, { user: u, t0: a + MIN, t1: b, netKey: qk, ip: qip, device: adev, refresh: [['owa', 'exo', 22], ['officeHome', 'graph', 40]], uaOverride: 'axios', planted: tag });
  }
  return { name: 'aitm-phishing-then-mail-access-with-axios', users: [u.upn], ips: [pip, qip], tag,
    technique: 'T1557 adversary-in-the-middle, T1539 steal web session cookie, T1114.002 remote email collection',
    summary: `${u.upn} approves a push for a sign-in relayed through DigitalOcean London (AS14061) with their own browser string but no device; minutes later the session is replayed with user agent axios/1.7.9 from QuadraNet Los Angeles (AS8100) to read Exchange Online, again two days later.` };
}

/** S7: compromised administrator — SMS-based MFA from a VPN exit at 04:00 on a Saturday, PIM
 * activation of Global Administrator, a new account made permanent Global Administrator and
 * excluded from the MFA policy, then used at once. */
export function pimAbuse(ctx) {
  const r = makeRng(ctx.seed, 'atk-pim');
  const tag = 'pim-abuse';
  const a = ctx.pimVictim, nk = 'vpn-m247-oslo', ip = ipOf(nk, 71);
  const dev = { ...NODEV, ua: 'winChrome129' };
  const t = Z(12, 2, 54, 40);
  emit(ctx, r, { t, user: a, ip, netKey: nk, device: dev, interactive: true, app: 'azurePortal', res: 'arm', auth: 'sms', ua: 'winChrome129', client: 'Browser', admin: true, planted: tag });
  refreshes(ctx, r, { user: a, t0: t, t1: t + 40 * MIN, netKey: nk, ip, device: dev, refresh: [['azurePortal', 'graph', 6]], uaOverride: 'winChrome129', planted: tag });
  for (const x of pimActivation(ctx, r, { t: t + 6 * MIN, user: a, ip, role: 'ga', hours: 8, justification: 'INC0048812 urgent access restore', ticket: 'INC0048812', planted: tag })) ctx.audits.push(x);
  const nu = { id: r.uuid(), upn: 'it-support.svc@nordhav.org', name: 'IT Support Service', type: 'member', phoneTail: '00' };
  ctx.createdByAttack.push(nu);
  const ua = ctx.uaString('winChrome129');
  audit(ctx, r, { t: t + 11 * MIN, activity: 'Add user', category: 'UserManagement', op: 'Add', by: { user: a, ip }, ua,
    targets: [userTarget(nu, [['AccountEnabled', '[]', '[true]'], ['DisplayName', '[]', jv([nu.name])], ['UserPrincipalName', '[]', jv([nu.upn])], ['UserType', '[]', '["Member"]']])], planted: tag });
  const [roleName, templateId, wk] = ROLES.ga;
  audit(ctx, r, { t: t + 13 * MIN, activity: 'Add member to role outside of PIM (permanent)', category: 'RoleManagement', service: 'PIM', op: 'Assign', by: { user: a, ip }, ua,
    targets: [{ id: templateId, displayName: roleName, type: 'Role' }, userTarget(nu, [])], details: [['RoleDefinitionOriginId', templateId], ['ipaddr', ip]], planted: tag });
  audit(ctx, r, { t: t + 13 * MIN + 2000, activity: 'Add member to role', category: 'RoleManagement', op: 'Assign', by: { user: a, ip }, ua,
    targets: [userTarget(nu, [['Role.ObjectID', '', jv(ctx.roleObjectId('ga'))], ['Role.DisplayName', '', jv(roleName)], ['Role.TemplateId', '', jv(templateId)], ['Role.WellKnownObjectName', '', jv(wk)]])], planted: tag });
  const pol = 'CA001 - All users - Require MFA';
  audit(ctx, r, { t: t + 17 * MIN, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', op: 'Update', by: { user: a, ip }, ua,
    targets: [{ id: ctx.caIds[0], displayName: pol, type: 'Policy', mods: [['ConditionalAccessPolicy', jv({ displayName: pol, state: 'enabled', conditions: { users: { includeUsers: ['All'], excludeUsers: [ctx.breakGlass.id] } } }), jv({ displayName: pol, state: 'enabled', conditions: { users: { includeUsers: ['All'], excludeUsers: [ctx.breakGlass.id, nu.id] } } })]] }], planted: tag });
  const t2 = t + 21 * MIN;
  emit(ctx, r, { t: t2, user: nu, ip, netKey: nk, device: dev, interactive: true, app: 'azurePortal', res: 'arm', auth: 'password', ua: 'winChrome129', client: 'Browser', caExcluded: true, planted: tag });
  emit(ctx, r, { t: t2 + 4 * MIN, user: nu, ip, netKey: nk, device: dev, interactive: true, app: 'graphCli', res: 'graph', auth: 'password', ua: 'pwsh', caExcluded: true, planted: tag });
  refreshes(ctx, r, { user: nu, t0: t2 + 5 * MIN, t1: t2 + 70 * MIN, netKey: nk, ip, device: dev, refresh: [['graphCli', 'graph', 8]], uaOverride: 'pwsh', mfaClaim: false, planted: tag });
  return { name: 'compromised-admin-pim-global-admin-backdoor-account', users: [a.upn, nu.upn], ips: [ip], tag,
    technique: 'T1078.004 valid cloud accounts, T1098.003 additional cloud roles, T1136.003 create cloud account, T1556.009 conditional access policy modification',
    summary: `${a.upn} (normally FIDO2 from the Bergen data centre) signs in with SMS at 03:54 local on a Saturday from a VPN exit in Oslo (M247, AS9009), activates Global Administrator in PIM, creates ${nu.upn}, makes it permanent Global Administrator outside PIM, excludes it from the MFA policy and uses it immediately with Graph PowerShell.` };
}

/** S8: device-code phishing (Storm-2372 style) through the Authentication Broker client, a
 * device registered by the attacker and Primary Refresh Token use for three days. */
export function deviceCodePhish(ctx) {
  const r = makeRng(ctx.seed, 'atk-devcode');
  const tag = 'device-code';
  const u = ctx.deviceCodeVictim, nk = 'host-clouvider-lon', ip = ipOf(nk, 5), ip2 = ipOf(nk, 6);
  const ua = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0', 'Edge 120.0.0', 'Windows10'];
  const t = Z(10, 14, 6, 2);
  emit(ctx, r, { t, user: u, ip, netKey: nk, device: { ...NODEV }, interactive: true, app: 'broker', res: 'drs', auth: 'push', ua, protocol: 'deviceCode', transfer: 'deviceCodeFlow', client: 'Mobile Apps and Desktop clients', planted: tag });
  const rogue = { id: r.uuid(), name: 'DESKTOP-7QK2M1F', os: 'Windows10', trust: 'Azure AD registered', compliant: false, managed: false, ua: 'winSignIn' };
  const drs = { app: { displayName: 'Device Registration Service', appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', spId: ctx.spId('drs'), spName: null } };
  audit(ctx, r, { t: t + 95_000, activity: 'Register device', category: 'Device', service: 'Device Registration Service', op: 'Add', by: { user: u, ip }, targets: [{ id: rogue.id, displayName: rogue.name, type: 'Device', mods: [['DeviceTrustType', '', '"Workplace"']] }], details: [['Device Id', rogue.id], ['Device OS', 'Windows'], ['Device Trust Type', 'Workplace']], planted: tag });
  audit(ctx, r, { t: t + 96_000, activity: 'Add device', category: 'Device', service: 'Core Directory', op: 'Add', by: drs, targets: [{ id: rogue.id, displayName: rogue.name, type: 'Device', mods: [['DeviceOSType', '', '"Windows"'], ['DeviceTrustType', '', '"Workplace"']] }], planted: tag });
  audit(ctx, r, { t: t + 97_000, activity: 'Add registered owner to device', category: 'Device', service: 'Core Directory', op: 'Assign', by: drs, targets: [{ id: rogue.id, displayName: rogue.name, type: 'Device' }, userTarget(u, [])], planted: tag });
  audit(ctx, r, { t: t + 97_500, activity: 'Add registered users to device', category: 'Device', service: 'Core Directory', op: 'Assign', by: drs, targets: [{ id: rogue.id, displayName: rogue.name, type: 'Device' }, userTarget(u, [])], planted: tag });
  emit(ctx, r, { t: t + 4 * MIN, user: u, ip, netKey: nk, device: rogue, interactive: true, app: 'windowsSignIn', res: 'aad', auth: 'prev', ua: 'winSignIn', tokenType: 'primaryRefreshToken', planted: tag });
  for (const [a, b, addr] of [[t + 5 * MIN, Z(10, 19, 30), ip], [Z(11, 8, 10), Z(11, 17, 45), ip], [Z(13, 9, 20), Z(13, 21, 0), ip2]]) {
    refreshes(ctx, r, { user: u, t0: a, t1: b, netKey: nk, ip: addr, device: rogue, refresh: [['office', 'exo', 30], ['teams', 'teamsSvc', 70], ['oneDrive', 'spo', 90]], tokenType: 'primaryRefreshToken', planted: tag });
  }
  return { name: 'device-code-phishing-then-rogue-device-prt', users: [u.upn], ips: [ip, ip2], tag,
    technique: 'T1566 phishing (device code), T1098.005 device registration, T1550 use alternate authentication material',
    summary: `Device-code sign-in for ${u.upn} to the Microsoft Authentication Broker (resource Device Registration Service) from Clouvider London (AS62240); a Workplace device DESKTOP-7QK2M1F is registered from the same address and its Primary Refresh Token is used for mail, Teams and OneDrive on three days.` };
}
