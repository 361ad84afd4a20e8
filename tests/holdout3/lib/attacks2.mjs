// Planted attacks 5-8: malicious helpdesk insider, MFA fatigue on a night-shift nurse,
// departed employee's account revived through helpdesk social engineering, device-code phishing.
import { APPS, RESOURCES, UA } from './world.mjs';
import { spotAt, spotHome, spotSite, ev, login } from './session.mjs';
import { J, userT, appT, spT, roleT, ROLES, roleProps, keyProps, CERTS_ACTIVITY } from './audit.mjs';
import { MIN, HOUR, DAY } from './rng.mjs';

const NODEV = { id: '', name: '', os: 'Windows10', browser: 'Chrome 132.0.0', compliant: false, managed: false, trust: '' };
const win = (evs) => ({ start: new Date(Math.min(...evs)).toISOString(), end: new Date(Math.max(...evs)).toISOString() });
const PREV = { authReq: 'multiFactorAuthentication', mfaMethod: 'Previously satisfied', detail: 'MFA requirement satisfied by claim in the token' };

/** 5. A helpdesk administrator makes themself Global Administrator late at night and plants an app secret. */
export function insider(ctx, A, h, app, start) {
  const r = ctx.rng;
  const tag = 'insider-helpdesk-escalation';
  const home = spotHome(h);
  const t0 = start + 10 * DAY + 21 * HOUR + 38 * MIN; // Thursday 22:38 local
  const s = login(ctx, h, t0, { tag, spot: home, dev: h.laptop, app: APPS.azurePortal, res: RESOURCES.arm, ua: h.laptop.ua, mfaClaim: true, incoming: 'primaryRefreshToken', noPassword: true });
  const by = { user: h, ip: home.ip };
  const ts = [t0];
  const au = (t, o) => { ts.push(t); return A.audit(t, { tag, by, ...o }); };
  au(s.t + 4 * MIN, { activity: 'Add member to role', category: 'RoleManagement', op: 'Assign', targets: [userT(h, roleProps(ROLES.ga)), roleT(ROLES.ga)] });
  ev(ctx, h, s.t + 6 * MIN, { tag, spot: home, dev: h.laptop, app: APPS.azurePortal, res: RESOURCES.graph, session: s.session, inter: false, client: 'Browser', ...PREV });
  au(s.t + 11 * MIN, { activity: 'Add owner to application', category: 'ApplicationManagement', op: 'Assign', targets: [userT(h, []), appT(app, [['Application.ObjectID', null, J(app.objectId)], ['Application.DisplayName', null, J(app.name)]])] });
  const k = keyProps(r, app.keys, 'reporting-sync', s.t);
  app.keys = k.keys;
  au(s.t + 13 * MIN, { activity: CERTS_ACTIVITY, category: 'ApplicationManagement', op: 'Update', targets: [appT(app, k.props)] });
  au(s.t + 15 * MIN, { activity: 'Add service principal credentials', category: 'ApplicationManagement', op: 'Update', targets: [spT(app, [['KeyDescription', J([]), J([`[KeyIdentifier=${r.guid()},KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName=CN=nlh-reports]`])], ['Included Updated Properties', null, J('KeyDescription')]])] });
  // next morning from the office: removes the role again
  const t2 = start + 11 * DAY + 6 * HOUR + 12 * MIN;
  const off = spotSite(ctx, h.site);
  au(t2, { activity: 'Remove member from role', category: 'RoleManagement', op: 'Unassign', by: { user: h, ip: off.ip }, targets: [userT(h, roleProps(ROLES.ga).map(([n, , v]) => [n, v, null])), roleT(ROLES.ga)] });
  return { name: tag, users: [h.upn], ips: [home.ip], ...win(ts),
    description: `A helpdesk administrator, whose daytime audit trail is full of routine resets and group changes, signs in to the Azure portal from home at 22:38 local, assigns themself Global Administrator, becomes owner of the privileged app "${app.name}", adds a client secret and a certificate credential to it, and removes the role assignment again from the office the next morning.` };
}

/** 6. MFA fatigue against a nurse sleeping after a night shift; she finally approves. */
export function mfaFatigue(ctx, A, nurse, start) {
  const r = ctx.rng;
  const tag = 'mfa-fatigue-night-nurse';
  const spot = spotAt(ctx, 'rcs_rds');
  const nights = nurse.roster.filter((s) => s.night && s.end > start + 9 * DAY && s.end < start + 13 * DAY);
  const after = nights.length ? nights[0].end : start + 11 * DAY + 6 * HOUR;
  const t0 = after + r.int(150, 240) * MIN;
  const ts = [];
  const e = (t, o) => { ts.push(t); return ev(ctx, nurse, t, { tag, spot, dev: NODEV, ua: UA.chromeWin, app: APPS.officeHome, res: RESOURCES.graph, inter: true, ...o }); };
  let t = t0;
  for (let i = 0; i < 14; i++) {
    const corr = r.guid(), session = r.guid();
    e(t, { corr, session, code: 50074, authReq: 'multiFactorAuthentication' });
    e(t + r.int(55, 75) * 1000, { corr, session, code: 500121, authReq: 'multiFactorAuthentication', mfaMethod: 'Mobile app notification', detail: i % 6 === 5 ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification' });
    t += r.int(90, 260) * 1000;
  }
  const corr = r.guid(), session = r.guid();
  e(t, { corr, session, code: 50074, authReq: 'multiFactorAuthentication' });
  e(t + 19000, { corr, session, authReq: 'multiFactorAuthentication', mfaMethod: 'Mobile app notification', detail: 'MFA successfully completed' });
  const ta = t + 6 * MIN;
  ts.push(ta);
  A.audit(ta, { tag, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Update', reason: 'User registered Authenticator App with Notification and Code', by: { user: nurse, ip: spot.ip }, targets: [userT(nurse, [])] });
  e(t + 9 * MIN, { session, app: APPS.owa, res: RESOURCES.exchange, ...PREV });
  for (let i = 0; i < 10; i++) e(t + r.int(10, 140) * MIN, { session, inter: false, client: 'Browser', app: r.pick([APPS.owa, APPS.officeHome]), res: r.pick([RESOURCES.exchange, RESOURCES.sharepoint]), ...PREV });
  return { name: tag, users: [nurse.upn], ips: [spot.ip], ...win(ts),
    description: 'With a password from an infostealer log, an operator on a Romanian residential line triggers 15 push prompts in ~40 minutes while a nurse sleeps after a night shift; she declines twice, ignores the rest and approves the fifteenth. The attacker registers an Authenticator app and reads mail and SharePoint.' };
}

/** 7. Departed locum's disabled account: helpdesk is talked into re-enabling it and issuing a TAP. */
export function dormant(ctx, A, gone, h, start) {
  const r = ctx.rng;
  const tag = 'dormant-account-revived';
  const off = spotSite(ctx, 'oslo');
  const t0 = start + 12 * DAY + 13 * HOUR + 5 * MIN; // Saturday afternoon, weekend helpdesk
  const ts = [];
  const au = (t, o) => { ts.push(t); return A.audit(t, { tag, ...o }); };
  const hb = { user: h, ip: off.ip };
  au(t0, { activity: 'Enable account', category: 'UserManagement', op: 'Update', by: hb, targets: [userT(gone, [['AccountEnabled', J([false]), J([true])], ['Included Updated Properties', null, J('AccountEnabled')]])] });
  au(t0 + 40 * 1000, { activity: 'Update user', category: 'UserManagement', op: 'Update', by: hb, targets: [userT(gone, [['AccountEnabled', J([false]), J([true])], ['Included Updated Properties', null, J('AccountEnabled')]])] });
  au(t0 + 3 * MIN, { activity: 'Reset user password', category: 'UserManagement', op: 'Update', by: hb, targets: [userT(gone, [])] });
  au(t0 + 5 * MIN, { activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Update', reason: 'Admin registered temporary access pass method for user', by: hb, targets: [userT(gone, [])] });
  const vpn1 = spotAt(ctx, 'mullvad_sto'), vpn2 = spotAt(ctx, 'mullvad_sto');
  const dev = { ...NODEV, browser: 'Firefox 134.0', os: 'Linux' };
  const e = (t, o) => { ts.push(t); return ev(ctx, gone, t, { tag, dev, ua: UA.firefoxLinux, inter: true, ...o }); };
  const t1 = t0 + 31 * MIN;
  const session = r.guid();
  e(t1, { spot: vpn1, app: APPS.mySignins, res: RESOURCES.graph, session, authReq: 'multiFactorAuthentication', mfaMethod: 'Temporary Access Pass', detail: 'MFA successfully completed' });
  au(t1 + 3 * MIN, { activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Update', reason: 'User registered Authenticator App with Notification and Code', by: { user: gone, ip: vpn1.ip }, targets: [userT(gone, [])] });
  e(t1 + 8 * MIN, { spot: vpn1, app: APPS.officeHome, res: RESOURCES.sharepoint, session, ...PREV });
  for (let i = 0; i < 12; i++) e(t1 + r.int(10, 200) * MIN, { spot: vpn1, app: APPS.officeHome, res: r.pick([RESOURCES.sharepoint, RESOURCES.graph, RESOURCES.exchange]), session, inter: false, client: 'Browser', ...PREV });
  const t2 = start + 13 * DAY + 9 * HOUR;
  const s2 = r.guid();
  e(t2, { spot: vpn2, app: APPS.officeHome, res: RESOURCES.sharepoint, session: s2, authReq: 'multiFactorAuthentication', mfaMethod: 'Mobile app notification', detail: 'MFA successfully completed' });
  for (let i = 0; i < 10; i++) e(t2 + r.int(5, 300) * MIN, { spot: vpn2, app: APPS.officeHome, res: RESOURCES.sharepoint, session: s2, inter: false, client: 'Browser', ...PREV });
  return { name: tag, users: [gone.upn], ips: [vpn1.ip, vpn2.ip], ...win(ts),
    description: 'A caller posing as a returning locum talks the weekend helpdesk into re-enabling a departed physician\'s disabled account, resetting its password and issuing a Temporary Access Pass. Thirty minutes later the TAP is redeemed from Mullvad VPN (Stockholm), an Authenticator is registered and SharePoint is browsed on two days.' };
}

/** 8. Device-code phishing of an executive ("join the board meeting" Teams lure), tokens used from Hetzner. */
export function deviceCode(ctx, A, exec, start) {
  const r = ctx.rng;
  const tag = 'device-code-phishing';
  const office = spotSite(ctx, exec.site);
  const t0 = start + 2 * DAY + 9 * HOUR + 14 * MIN;
  const session = r.guid();
  const ts = [t0];
  ev(ctx, exec, t0, { tag, spot: office, dev: exec.laptop, app: APPS.broker, res: RESOURCES.graph, ua: exec.laptop.ua, session, inter: true, proto: 'deviceCode', incoming: 'none', client: 'Mobile Apps and Desktop clients', authReq: 'singleFactorAuthentication' });
  const hz = spotAt(ctx, 'hetzner_hel');
  const uaPy = 'python-requests/2.32.3';
  const e = (t, o) => { ts.push(t); return ev(ctx, exec, t, { tag, spot: hz, dev: { id: '', name: '', os: '', browser: '', compliant: false, managed: false, trust: '' }, ua: uaPy, session, inter: false, client: 'Mobile Apps and Desktop clients', ...o }); };
  e(t0 + 2 * MIN, { app: APPS.broker, res: RESOURCES.drs });
  // the attacker registers a device with the broker token, then pulls mail and files
  const devId = r.guid();
  ts.push(t0 + 3 * MIN);
  A.audit(t0 + 3 * MIN, { tag, activity: 'Add device', category: 'Device', op: 'Add', by: { app: { id: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service' } }, targets: [{ id: devId, displayName: 'DESKTOP-7Q2K9LM', type: 'Device', props: [['DeviceOSType', null, J(['Windows'])], ['DeviceTrustType', null, J(['Workplace'])]] }] });
  A.audit(t0 + 3 * MIN + 2000, { tag, activity: 'Add registered owner to device', category: 'Device', op: 'Assign', by: { app: { id: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service' } }, targets: [{ id: devId, displayName: 'DESKTOP-7Q2K9LM', type: 'Device' }, userT(exec, [])] });
  for (let i = 0; i < 18; i++) e(t0 + r.int(5, 40 * 60) * MIN / 1, { app: APPS.broker, res: r.pick([RESOURCES.exchange, RESOURCES.graph, RESOURCES.sharepoint]) });
  return { name: tag, users: [exec.upn], ips: [hz.ip], ...win(ts),
    description: 'An executive receives a Teams "board meeting" invite with a device code and enters it from her office laptop (device-code flow, Microsoft Authentication Broker). The attacker polling the code from Hetzner Helsinki redeems the tokens, registers a device and pulls mail and files for ~40 hours.' };
}
