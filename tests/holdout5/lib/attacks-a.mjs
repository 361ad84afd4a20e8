// Planted attacks, part 1. Each writes only exported fields (addresses, locations, user agents,
// apps, results, error codes, audit activities and properties) and marks its records with the
// non-exported PLANTED symbol.
import { makeRng } from './rng.mjs';
import { START, DAY, HOUR, MIN } from './time.mjs';
import { ipOf } from './geo.mjs';
import { emit, audit, refreshes } from './sessions.mjs';
import { consentEvents, secretEvent } from './benign-it.mjs';
import { userTarget, jv } from './audit.mjs';

const Z = (d, h, m = 0, s = 0) => START + d * DAY + h * HOUR + m * MIN + s * 1000;
const NODEV = { id: '', name: '', os: 'Windows10', trust: '', compliant: false, managed: false };

/** S1: slow ROPC password spray (fasthttp client) from rented servers; a never-used account's
 * password works, the attacker enrols their own Authenticator and grants a mail client access. */
export function sprayToPersistence(ctx) {
  const r = makeRng(ctx.seed, 'atk-spray');
  const tag = 'spray';
  const nets = ['host-vultr-sao', 'host-vultr-ams', 'host-vultr-lax', 'host-ovh-rbx', 'host-ovh-bhs', 'host-linode-ewr', 'host-frantech-lu'];
  const ips = [];
  for (let i = 0; i < 30; i++) { const nk = nets[i % nets.length]; ips.push([nk, ipOf(nk, 100 + i)]); }
  const victim = ctx.sprayVictim, partial = ctx.sprayPartial;
  const members = ctx.users.filter((u) => u.type === 'member' && !['svc', 'room', 'itadmin'].includes(u.role) && u !== victim && u !== partial);
  const targets = r.sample(members, 270);
  const ghosts = [];
  for (let i = 0; i < 24; i++) {
    const f = r.pick(['erik', 'anna', 'lars', 'maria', 'james', 'sophie', 'mette', 'jonas', 'emma', 'peter', 'karin', 'ole']);
    const l = r.pick(['hansen', 'johansson', 'nielsen', 'smith', 'berg', 'larsen', 'olsen', 'brown', 'karlsson', 'jensen']);
    ghosts.push({ id: '00000000-0000-0000-0000-000000000000', upn: `${f}.${l}${r.int(1, 9)}@nordhav.org`, name: '', type: 'member' });
  }
  const list = r.shuffle([...targets.map((u) => [u, 50126]), ...ghosts.map((g) => [g, 50034]), ...ctx.leavers.map((u) => [u, 50057]), [victim, 50079], [partial, 50076]]);
  const t0 = Z(2, 1, 4), span = 6.4 * HOUR;
  const seen = new Map();
  list.forEach(([u, code], i) => {
    const t = t0 + Math.floor((span * i) / list.length) + r.int(0, 40) * 1000;
    const [nk, ip] = ips[i % ips.length];
    emit(ctx, r, { t, user: u, ip, netKey: nk, device: NODEV, interactive: true, app: 'aadPowerShell', res: 'aad', auth: code === 50126 || code === 50034 || code === 50057 ? 'badPassword' : code === 50079 ? 'enrol' : 'mfaRequired', code, ua: 'fasthttp', client: 'Mobile Apps and Desktop clients', protocol: 'ropc', planted: tag });
    seen.set(u, i);
  });
  // second pass over a slice of accounts from different addresses; some hit smart lockout
  const second = r.sample(targets, 70);
  second.forEach((u, i) => {
    const t = t0 + span + 20 * MIN + i * r.int(25, 70) * 1000;
    const [nk, ip] = ips[(i * 7 + 3) % ips.length];
    const code = r.chance(0.12) ? 50053 : 50126;
    emit(ctx, r, { t, user: u, ip, netKey: nk, device: NODEV, interactive: true, app: 'aadPowerShell', res: 'aad', auth: 'badPassword', code, ua: 'fasthttp', client: 'Mobile Apps and Desktop clients', protocol: 'ropc', planted: tag });
  });
  // validation of the hit from another address
  emit(ctx, r, { t: t0 + span + 95 * MIN, user: victim, ip: ips[17][1], netKey: ips[17][0], device: NODEV, interactive: true, app: 'aadPowerShell', res: 'aad', auth: 'enrol', code: 50079, ua: 'fasthttp', client: 'Mobile Apps and Desktop clients', protocol: 'ropc', planted: tag });

  // Next evening: interactive sign-in from a bulletproof-hosting address, MFA enrolment, mail app consent
  const sk = 'host-stark-ams', sip = ipOf(sk, 40), sip2 = ipOf(sk, 41);
  const dev = { ...NODEV, ua: 'winChrome' };
  const base = { user: victim, ip: sip, netKey: sk, device: dev, interactive: true, ua: 'winChrome', client: 'Browser', planted: tag };
  const a0 = Z(3, 19, 8, 12);
  emit(ctx, r, { ...base, t: a0, app: 'officeHome', res: 'officeHome', auth: 'enrol', code: 50072 });
  emit(ctx, r, { ...base, t: a0 + 40_000, app: 'mySignins', res: 'graph', auth: 'password' });
  const reg = (t, activity, reason) => audit(ctx, r, { t, activity, category: 'UserManagement', service: 'Authentication Methods', op: 'Add', resultReason: reason, by: { user: victim, ip: sip }, targets: [userTarget(victim, [])], planted: tag });
  reg(a0 + 70_000, 'User started security info registration', 'User started the registration for Authenticator App with Notification and Code');
  reg(a0 + 150_000, 'User registered security info', 'User registered Authenticator App with Notification and Code');
  reg(a0 + 152_000, 'User registered all required security info', 'User registered all required security info.');
  emit(ctx, r, { ...base, t: a0 + 200_000, app: 'officeHome', res: 'officeHome', auth: 'push' });
  emit(ctx, r, { ...base, t: a0 + 260_000, app: 'owa', res: 'exo', auth: 'prev' });
  const em = ctx.attackApps.emclient;
  const c0 = Z(3, 19, 26, 3);
  emit(ctx, r, { ...base, t: c0 - 50_000, app: [em.appId, em.name, em.owner], res: 'graph', auth: 'prev', code: 65001, ua: 'emclient', client: 'Mobile Apps and Desktop clients' });
  consentEvents(ctx, r, { t: c0, by: victim, ip: sip, app: em, scopes: ['Mail.ReadWrite', 'Mail.Send', 'Contacts.ReadWrite', 'Calendars.ReadWrite', 'offline_access', 'openid', 'profile', 'User.Read'], admin: false, createSp: true, planted: tag, ua: 'eM Client/10.1.4588.0' });
  emit(ctx, r, { ...base, t: c0 + 20_000, app: [em.appId, em.name, em.owner], res: 'graph', auth: 'prev', ua: 'emclient', client: 'Mobile Apps and Desktop clients' });
  refreshes(ctx, r, { user: victim, t0: c0 + MIN, t1: Z(5, 12), netKey: sk, ip: sip, device: dev, refresh: [[[em.appId, em.name, em.owner], 'graph', 50]], uaOverride: 'emclient', planted: tag });
  refreshes(ctx, r, { user: victim, t0: Z(5, 12), t1: Z(8, 11, 30), netKey: sk, ip: sip2, device: dev, refresh: [[[em.appId, em.name, em.owner], 'graph', 65]], uaOverride: 'emclient', planted: tag });
  return { name: 'password-spray-ropc-then-mfa-enrolment-and-mail-client-consent', users: [victim.upn, partial.upn], ips: [...ips.map((x) => x[1]), sip, sip2], tag,
    technique: 'T1110.003 password spraying, T1098.005 device registration of MFA, T1528 steal application access token',
    summary: `${list.length + second.length + 1} ROPC attempts (user agent fasthttp) from 30 rented servers in BR/NL/US/FR/CA/LU; ${victim.upn} (provisioned, never signed in) answers 50079 (password right, MFA not enrolled), ${partial.upn} 50076 (password right, MFA blocks). Next evening the attacker signs in from Stark Industries (AS44477, Amsterdam), enrols their own Authenticator, consents eM Client to Mail.ReadWrite/Mail.Send and syncs the mailbox for days.` };
}

/** S2: illicit consent grant — a look-alike e-signature app from an unverified publisher gets
 * Mail.Read and Files.Read.All from three researchers; the app then reads from Hetzner servers. */
export function consentPhishing(ctx) {
  const r = makeRng(ctx.seed, 'atk-consent');
  const tag = 'consent';
  const app = ctx.attackApps.docviewer;
  const victims = ctx.consentVictims;
  const ips = [['host-hetzner-hel', ipOf('host-hetzner-hel', 77)], ['host-hetzner-fsn', ipOf('host-hetzner-fsn', 31)]];
  const times = [Z(7, 8, 14, 27), Z(7, 9, 2, 44), Z(8, 13, 31, 5)];
  victims.forEach((u, i) => {
    const nk = u.workNet, ip = ipOf(nk, 1 + i);
    const t = times[i];
    const base = { user: u, ip, netKey: nk, device: u.laptop, interactive: true, app: [app.appId, app.name, app.owner], res: 'graph', ua: u.laptop.ua, client: 'Browser', planted: tag };
    emit(ctx, r, { ...base, t: t - 45_000, auth: 'prev', code: 65001 });
    consentEvents(ctx, r, { t, by: u, ip, app, scopes: ['User.Read', 'Mail.Read', 'Files.Read.All', 'offline_access', 'openid', 'profile'], admin: false, createSp: i === 0, planted: tag, ua: ctx.uaString(u.laptop.ua) });
    emit(ctx, r, { ...base, t: t + 15_000, auth: 'prev' });
    // the app's back end redeems the code and then keeps refreshing from its servers
    const [hk, hip] = ips[0];
    emit(ctx, r, { t: t + 22_000, user: u, ip: hip, netKey: hk, device: null, interactive: false, app: base.app, res: 'graph', ua: 'pyRequests', mfaClaim: true, planted: tag });
    refreshes(ctx, r, { user: u, t0: t + 5 * MIN, t1: Z(10, 9), netKey: hk, ip: hip, device: null, refresh: [[base.app, 'graph', 70]], uaOverride: 'pyRequests', planted: tag });
    refreshes(ctx, r, { user: u, t0: Z(10, 9), t1: Z(11, 18), netKey: ips[1][0], ip: ips[1][1], device: null, refresh: [[base.app, 'graph', 90]], uaOverride: 'pyRequests', planted: tag });
  });
  return { name: 'consent-phishing-lookalike-esignature-app', users: victims.map((u) => u.upn), ips: ips.map((x) => x[1]), tag,
    technique: 'T1566.002 spearphishing link, T1528 steal application access token (illicit consent grant)',
    summary: `"${app.name}" (unverified multi-tenant app, publisher tenant ${app.owner}) consented by ${victims.length} researchers for Mail.Read and Files.Read.All from their usual networks; its back end then uses their refresh tokens from Hetzner (AS24940, Helsinki and Falkenstein) with python-requests for four days.` };
}

/** S3: a vendor support guest's identity is used from a bulletproof host on a Saturday night to
 * add a client secret and a redirect URI to the LIMS integration app the vendor co-owns. */
export function vendorSecret(ctx) {
  const r = makeRng(ctx.seed, 'atk-vendor');
  const tag = 'vendor-secret';
  const g = ctx.vendorGuest, nk = 'host-aeza-fra', ip = ipOf(nk, 9);
  const dev = { ...NODEV, ua: 'winChrome129' };
  const t = Z(5, 21, 37, 20);
  emit(ctx, r, { t, user: g, ip, netKey: nk, device: dev, interactive: true, app: 'azurePortal', res: 'arm', auth: 'prev', ua: 'winChrome129', client: 'Browser', planted: tag });
  refreshes(ctx, r, { user: g, t0: t, t1: t + 55 * MIN, netKey: nk, ip, device: dev, refresh: [['azurePortal', 'graph', 9]], uaOverride: 'winChrome129', planted: tag });
  const lims = ctx.appRegs.lims;
  const ua = ctx.uaString('winChrome129');
  lims.keys = secretEvent(ctx, r, { t: t + 7 * MIN, by: g, ip, appObj: lims, keyDisplay: 'sync-backup', keyType: 'Password', oldKeys: lims.keys, planted: tag, ua });
  audit(ctx, r, { t: t + 10 * MIN, activity: 'Update application', category: 'ApplicationManagement', op: 'Update', by: { user: g, ip }, ua,
    targets: [{ id: lims.objectId, displayName: lims.name, type: 'Application', mods: [['AppAddress', jv([{ AddressType: 0, Address: 'https://lims-gw.nordhav.org/signin-oidc', ReplyAddressClientType: 1, IsDefault: false }]), jv([{ AddressType: 0, Address: 'https://lims-gw.nordhav.org/signin-oidc', ReplyAddressClientType: 1, IsDefault: false }, { AddressType: 0, Address: 'https://medilab-support-sync.com/auth/callback', ReplyAddressClientType: 1, IsDefault: false }])], ['Included Updated Properties', '', '"AppAddress"']] }],
    details: [['User-Agent', ua], ['AppId', lims.appId]], planted: tag });
  audit(ctx, r, { t: t + 12 * MIN, activity: 'Add service principal credentials', category: 'ApplicationManagement', op: 'Update', by: { user: g, ip }, ua,
    targets: [{ id: lims.spId, displayName: lims.name, type: 'ServicePrincipal', mods: [['KeyDescription', '[]', jv([`[KeyIdentifier=${r.uuid()},KeyType=Password,KeyUsage=Verify,DisplayName=sync-backup-sp]`])], ['Included Updated Properties', '', '"KeyDescription"']] }],
    details: [['User-Agent', ua], ['AppId', lims.appId]], planted: tag });
  return { name: 'vendor-guest-adds-secret-to-lims-integration-app', users: [g.upn, g.objectUpn], ips: [ip], tag,
    technique: 'T1098.001 additional cloud credentials, T1199 trusted relationship',
    summary: `Guest ${g.upn} (LIMS vendor support, normally weekdays from Leeds) signs in to the Azure portal on Saturday 21:37 UTC from AEZA Group (AS210644, Frankfurt) and adds client secrets to the "${lims.name}" application and service principal plus an external redirect URI.` };
}

/** S4: stolen browser session replayed from residential proxies in Romania while the victim keeps
 * working in Gothenburg. */
export function tokenReplay(ctx) {
  const r = makeRng(ctx.seed, 'atk-replay');
  const tag = 'token-replay';
  const u = ctx.replayVictim, nk = 'res-rcs-bucharest';
  const ips = [ipOf(nk, 501), ipOf(nk, 502)];
  const own = ctx.signins.filter((o) => o.userId === u.id && o.deviceDetail.deviceId === u.laptop.id && o.isInteractive && Date.parse(o.createdDateTime) < Z(9, 8));
  const sid = own.length ? own[own.length - 1].sessionId : r.uuid();
  const dev = { ...NODEV, ua: 'winChrome129' };
  const plan = [[Z(9, 8, 52), Z(9, 16, 40), ips[0]], [Z(10, 7, 5), Z(10, 17, 20), ips[1]]];
  for (const [t0, t1, ip] of plan) {
    refreshes(ctx, r, { user: u, t0, t1, netKey: nk, ip, device: dev, refresh: [['officeHome', 'exo', 35], ['teamsWeb', 'teamsSvc', 60]], sessionId: sid, uaOverride: 'winChrome129', tokenType: 'none', planted: tag });
    for (let k = 0; k < 2; k++) emit(ctx, r, { t: t0 + r.int(30, 300) * MIN, user: u, ip, netKey: nk, device: dev, interactive: false, app: 'officeHome', res: 'spo', code: 53000, ua: 'winChrome129', sessionId: sid, mfaClaim: true, planted: tag });
  }
  return { name: 'session-token-replay-from-romania', users: [u.upn], ips, tag,
    technique: 'T1550.004 web session cookie, T1539 steal web session cookie',
    summary: `Non-interactive sign-ins for ${u.upn} carrying the session id of their own laptop session, but from RCS & RDS residential addresses in Bucharest (AS8708) with a different browser, no device id, while the user is active in Gothenburg; SharePoint refuses the unmanaged device (53000).` };
}
