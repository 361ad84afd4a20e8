// The planted attacks. Each runs with W.tag set, so every record it writes is attributable; the
// truth entry's start/end are the first/last of those records.
import { APPS, RES, UA, DOMAIN } from './catalog.mjs';
import { reg, HQ, DC_VPN, CARRIERS } from './net.mjs';
import { MIN, HOUR, DAY } from './world.mjs';
import { userTarget } from './audit.mjs';
import { deviceRegistration, SYNC } from './benign.mjs';

const pwd = { method: 'Password', detail: 'Password Hash Sync', result: 'Correct password', req: 'Primary authentication' };
const badPwd = { method: 'Password', detail: 'Password Hash Sync', ok: false, result: 'Invalid username or password or Invalid on-premise username or password.', req: 'Primary authentication' };
const claim = [{ method: 'Previously satisfied', result: 'First factor requirement satisfied by claim in the token', req: 'Primary authentication' }, { method: 'Previously satisfied', result: 'MFA requirement satisfied by claim in the token', req: 'Multi-factor authentication' }];
const push = (ok = true, why = 'MFA successfully completed') => ({ method: 'Mobile app notification', ok, result: why, req: 'Multi-factor authentication' });
const unmanaged = (os = 'Windows10', browser = 'Chrome 131.0.0') => ({ deviceId: '', displayName: '', operatingSystem: os, browser, isCompliant: false, isManaged: false, trustType: '' });
const DRS = { app: { appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', displayName: 'Device Registration Service', servicePrincipalId: '9f2a6c1e-4d83-4b7a-a0e5-3c8d1f6b2e97' } };

/** Choose the scenario actors before the benign lifecycle is planned (they are kept out of it). */
export function castScenarios(W, ctx) {
  const { rng } = W;
  const users = W.t.users;
  const free = (pred) => users.filter((u) => pred(u) && !ctx.reserved.has(u));
  const take = (pred) => { const u = rng.pick(free(pred)); ctx.reserved.add(u); return u; };
  const c = {};
  c.simswap = take((u) => u.kind === 'officer' && u.branch.code === 'KSM' && u.mfa === 'sms' && u.carrier === 'safaricom');
  c.aitm = users.find((u) => u.kind === 'manager' && u.branch.code === 'ELD'); ctx.reserved.add(c.aitm);
  c.sprayTargets = rng.sample(free((u) => u.kind === 'teller' || (u.kind === 'cso' && rng.chance(0.3))), 72);
  c.fatigue = take((u) => u.kind === 'officer' && u.branch.code === 'NKR' && u.mfa === 'app');
  c.contractor = take((u) => u.kind === 'contractor' && u !== users.filter((x) => x.kind === 'contractor')[3]);
  c.consent = take((u) => u.kind === 'hq' && u.dept === 'Finance' && !u.title.startsWith('Head'));
  c.admin = users.filter((u) => u.kind === 'itadmin')[2]; ctx.reserved.add(c.admin);
  c.guest = users.find((u) => u.kind === 'guest' && u.first === 'Pieter'); ctx.reserved.add(c.guest);
  c.leaver = take((u) => u.kind === 'hq' && u.dept === 'Credit' && !u.title.startsWith('Head'));
  c.rogueHelpdesk = users.filter((u) => u.kind === 'helpdesk')[6]; ctx.reserved.add(c.rogueHelpdesk);
  c.ea = users.find((u) => u.role === 'ea-ceo'); ctx.reserved.add(c.ea);
  c.exfil = take((u) => u.kind === 'hq' && u.dept === 'Risk & Compliance' && !u.title.startsWith('Head'));
  c.tapHelpdesk = users.filter((u) => u.kind === 'helpdesk')[4]; ctx.reserved.add(c.tapHelpdesk);
  c.cfo = users.find((u) => u.role === 'cfo');
  c.collections = users.find((u) => u.upn.startsWith('collections@'));
  c.legacyTargets = [c.collections, users.find((u) => u.upn.startsWith('scan2mail@')), ...users.filter((u) => u.kind === 'exec').slice(0, 8), ...rng.sample(free((u) => u.kind === 'hq'), 14)];
  // the scenario leaver leaves on day 3 like the other leavers (but is not in ctx.leavers)
  c.leaver.leaveDay = 3; c.leaver.leaveHour = 17.1;
  for (const g of users.filter((x) => x.kind === 'guest' && x.engagement === 'fy25')) g.engagementEndDay = g.title.startsWith('Audit Partner') ? 10 : 7;
  return c;
}

export function runScenarios(W, ctx, c) {
  const S = [];
  const run = (id, description, fn) => {
    W.tag = id;
    const before = { i: W.inter.length, n: W.nonint.length, a: W.audits.length };
    const meta = fn();
    const recs = [...W.inter.slice(before.i), ...W.nonint.slice(before.n)];
    const auds = W.audits.slice(before.a).filter((a) => a.__tag === id);
    const times = [...recs.map((r) => Date.parse(r.createdDateTime)), ...auds.map((a) => Date.parse(a.activityDateTime))];
    const users = new Set();
    for (const u of meta.users) { users.add(u.type === 'guest' ? u.upn : u.upn); if (u.guestUpn) users.add(u.guestUpn.toLowerCase()); }
    for (const x of meta.extraUsers || []) users.add(x);
    S.push({ id, name: id, description, users: [...users], ips: meta.ips, start: new Date(Math.min(...times)).toISOString(), end: new Date(Math.max(...times)).toISOString(),
      signins: recs.length, audits: auds.length, notes: meta.notes || '' });
    W.tag = null;
  };
  const rng = W.rng;

  // 1 ---------------------------------------------------------------------------------------
  run('sim-swap-sspr-field-officer', 'SIM swap of a Kisumu loan officer whose MFA is SMS: self-service password reset by text from the swapped SIM, attacker registers Authenticator on a new Android handset and removes the victim\'s method, uses the field app overnight, then a browser session from a home-fibre line the next morning; service desk resets everything after the officer reports it.', () => {
    const u = c.simswap;
    const fibre = reg('102.68.231.77', 33771, 'nairobi', 'Safaricom Home Fibre (attacker laptop)', 'attack');
    const cg = CARRIERS.safaricom[7]; // the swapped SIM's data session: shared Safaricom CGNAT egress (not listed in truth ips)
    const dev = { deviceId: rng.guid(), displayName: 'Samsung Galaxy A54', operatingSystem: 'Android', osVer: 14, model: 'SM-A546E', browser: 'Rich Client 4.2.0', isCompliant: false, isManaged: false, trustType: 'Azure AD registered' };
    const t0 = W.at(4, 20.05);
    const corr = rng.guid();
    W.audit({ t: t0, activity: 'Self-service password reset flow activity progress', category: 'UserManagement', service: 'Self-service Password Management', reason: 'User started the password reset flow', by: { user: u, ip: cg }, targets: [userTarget(u)], correlationId: corr });
    W.audit({ t: t0 + 1.5 * MIN, activity: 'Self-service password reset flow activity progress', category: 'UserManagement', service: 'Self-service Password Management', reason: 'User verified with Mobile Phone SMS', by: { user: u, ip: cg }, targets: [userTarget(u)], correlationId: corr });
    W.audit({ t: t0 + 3 * MIN, activity: 'Reset password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', reason: 'User successfully reset password', by: { user: u, ip: cg }, targets: [userTarget(u)], correlationId: corr });
    const t1 = t0 + 7 * MIN;
    W.push({ user: u, t: t1, ip: cg, device: unmanaged('Android', 'Chrome Mobile 131.0.0'), app: APPS.mySignins, res: RES.graph, interactive: true, ua: UA.chromeAndroid('SM-A546E', 14), code: 50076, steps: [pwd, { method: 'Text message', ok: false, result: 'MFA required in Azure AD', req: 'Multi-factor authentication' }] });
    W.push({ user: u, t: t1 + 40000, ip: cg, device: unmanaged('Android', 'Chrome Mobile 131.0.0'), app: APPS.mySignins, res: RES.graph, interactive: true, ua: UA.chromeAndroid('SM-A546E', 14), mfaSatisfied: true, steps: [pwd, { method: 'Text message', result: 'MFA successfully completed', req: 'Multi-factor authentication' }] });
    W.audit({ t: t1 + 3 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', reason: 'User registered Authenticator App with Notification and Code', by: { user: u, ip: cg }, targets: [userTarget(u)] });
    W.audit({ t: t1 + 4 * MIN, activity: 'User deleted security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Delete', reason: 'User deleted Authenticator App with Notification and Code', by: { user: u, ip: cg }, targets: [userTarget(u)] });
    W.audit({ t: t1 + 4.5 * MIN, activity: 'User changed default security info', category: 'UserManagement', service: 'Authentication Methods', reason: 'User changed default security info', by: { user: u, ip: cg }, targets: [userTarget(u)] });
    deviceRegistration(W, u, dev, t1 + 9 * MIN, DRS);
    const t2 = t1 + 12 * MIN;
    W.login(u, t2, { ip: cg, device: dev, app: APPS.loansField, res: RES.loansApi, mfa: 'fresh', clientApp: 'Mobile Apps and Desktop clients', ua: W.ua(dev, 'app'), browser: dev.browser, p50074: 1, pKmsi: 0, pWrong: 0, pDeny: 0 });
    W.refresh(u, t2, t2 + 3.2 * HOUR, { ipFn: (t) => (t < t2 + 1.5 * HOUR ? cg : CARRIERS.safaricom[2]), device: dev, clients: [[APPS.loansField, RES.loansApi], [APPS.loansField, RES.dynamics], [APPS.outlookMobile, RES.exchange]], gap: 9, mfa: true, ua: W.ua(dev, 'app'), browser: dev.browser, pFail: 0 });
    const t3 = W.at(5, 9.1);
    const lap = unmanaged('Windows10', 'Chrome 131.0.0');
    W.login(u, t3, { ip: fibre, device: lap, app: APPS.officeHome, res: RES.officeHome, mfa: 'fresh', ua: UA.chromeWin(), browser: 'Chrome 131.0.0', p50074: 1, pKmsi: 1, pWrong: 0, pDeny: 0 });
    for (const [h, app, res] of [[9.3, APPS.dynApp, RES.dynamics], [9.8, APPS.dynApp, RES.dynamics], [10.4, APPS.sharepoint, RES.sharepoint], [11.2, APPS.officeHome, RES.exchange]]) W.login(u, W.at(5, h), { ip: fibre, device: lap, app, res, mfa: 'claim', ua: UA.chromeWin(), browser: 'Chrome 131.0.0' });
    W.refresh(u, t3, W.at(5, 12.4), { ip: fibre, device: lap, clients: [[APPS.dynApp, RES.dynamics], [APPS.officeHome, RES.exchange], [APPS.sharepoint, RES.sharepoint]], gap: 12, mfa: true, ua: UA.chromeWin(), browser: 'Chrome 131.0.0', pFail: 0 });
    const hd = W.t.users.filter((x) => x.kind === 'helpdesk')[1];
    const t4 = W.at(5, 12.9);
    W.audit({ t: t4, activity: 'Reset user password', category: 'UserManagement', by: { user: hd, ip: HQ[0] }, targets: [userTarget(u)] });
    W.audit({ t: t4 + 2 * MIN, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Delete', reason: 'Admin deleted Authenticator App with Notification and Code method for user', by: { user: hd, ip: HQ[0] }, targets: [userTarget(u)] });
    W.audit({ t: t4 + 3 * MIN, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', by: { user: hd, ip: HQ[0] }, targets: [userTarget(u, [['StsRefreshTokensValidFrom', [], [new Date(t4).toISOString()]]])] });
    return { users: [u], ips: [fibre], notes: `SSPR, registration and the first field-app session came through the shared Safaricom CGNAT egress ${cg} (and ${CARRIERS.safaricom[2]}), deliberately not listed as scenario IPs because hundreds of benign officers share them.` };
  });

  // 2 ---------------------------------------------------------------------------------------
  run('aitm-phish-eldoret-branch-manager', 'Adversary-in-the-middle phishing of the Eldoret branch manager ("M-Pesa settlement reconciliation" lure): credential + push approved through a reverse proxy on DigitalOcean, session cookie replayed from a Vultr Johannesburg VPS, attacker adds its own Authenticator and reads mail again overnight.', () => {
    const u = c.aitm;
    const proxy = reg('164.90.233.18', 14061, 'amsterdam', 'DigitalOcean (AiTM reverse proxy)', 'attack');
    const vps = reg('139.84.231.77', 20473, 'johannesburg', 'Vultr (Johannesburg VPS)', 'attack');
    const victimUa = UA.edgeWin();
    const t0 = W.at(8, 10.7);
    W.push({ user: u, t: t0, ip: proxy, device: unmanaged('Windows10', 'Edge 131.0.0'), app: APPS.officeHome, res: RES.officeHome, interactive: true, ua: victimUa, code: 50074, steps: [pwd, { method: 'Mobile app notification', ok: false, result: 'MFA required in Azure AD', req: 'Multi-factor authentication' }] });
    W.push({ user: u, t: t0 + 21000, ip: proxy, device: unmanaged('Windows10', 'Edge 131.0.0'), app: APPS.officeHome, res: RES.officeHome, interactive: true, ua: victimUa, code: 50140, mfaSatisfied: true, steps: [pwd, push()] });
    W.push({ user: u, t: t0 + 29000, ip: proxy, device: unmanaged('Windows10', 'Edge 131.0.0'), app: APPS.officeHome, res: RES.officeHome, interactive: true, ua: victimUa, mfaSatisfied: true, steps: [pwd, push()] });
    const linuxUa = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
    const t1 = t0 + 9 * MIN;
    const sess = rng.guid();
    for (const [off, app, res] of [[0, APPS.officeHome, RES.officeHome], [2, APPS.officeHome, RES.exchange], [6, APPS.sharepoint, RES.sharepoint]]) W.push({ user: u, t: t1 + off * MIN, ip: vps, device: unmanaged('Linux', 'Chrome 130.0.0'), app, res, interactive: true, ua: linuxUa, mfaSatisfied: true, steps: claim, sessionId: sess });
    W.refresh(u, t1, t1 + 3.6 * HOUR, { ip: vps, device: unmanaged('Linux', 'Chrome 130.0.0'), clients: [[APPS.officeHome, RES.exchange], [APPS.officeHome, RES.graph], [APPS.sharepoint, RES.sharepoint]], gap: 11, mfa: true, ua: linuxUa, session: sess, pFail: 0 });
    const t2 = t1 + 31 * MIN;
    W.push({ user: u, t: t2, ip: vps, device: unmanaged('Linux', 'Chrome 130.0.0'), app: APPS.mySignins, res: RES.graph, interactive: true, ua: linuxUa, mfaSatisfied: true, steps: claim, sessionId: sess });
    W.audit({ t: t2 + 2 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', reason: 'User registered Authenticator App with Notification and Code', by: { user: u, ip: vps }, targets: [userTarget(u)] });
    const t3 = W.at(9, 2.15);
    W.push({ user: u, t: t3, ip: vps, device: unmanaged('Linux', 'Chrome 130.0.0'), app: APPS.officeHome, res: RES.exchange, interactive: true, ua: linuxUa, mfaSatisfied: true, steps: [pwd, { method: 'Mobile app notification', result: 'MFA successfully completed', req: 'Multi-factor authentication' }] });
    W.refresh(u, t3, t3 + 55 * MIN, { ip: vps, device: unmanaged('Linux', 'Chrome 130.0.0'), clients: [[APPS.officeHome, RES.exchange], [APPS.officeHome, RES.graph]], gap: 6, mfa: true, ua: linuxUa, pFail: 0 });
    return { users: [u], ips: [proxy, vps] };
  });

  // 3 ---------------------------------------------------------------------------------------
  run('low-slow-spray-residential-proxies', 'Low-and-slow password spray against tellers and customer service officers over three and a half days through a residential proxy network: one attempt every 10-40 minutes, each from a different home broadband address in a different country, ROPC against Microsoft Office; two passwords are right (blocked by CA002 as tellers outside the branch network, 53003), a handful of guessed usernames do not exist.', () => {
    const RES_ISPS = [[28573, 'saopaulo', 'Claro NXT'], [7922, 'us', 'Comcast Cable'], [45899, 'hanoi', 'VNPT'], [7713, 'jakarta', 'Telkom Indonesia'], [9299, 'manila', 'PLDT'], [8151, 'mexico', 'Telmex'], [8452, 'cairo', 'TE Data'], [3462, 'taipei', 'HiNet'], [12389, 'moscow', 'Rostelecom'], [9829, 'delhi', 'BSNL'], [24560, 'mumbai', 'Bharti Airtel'], [36935, 'lagos', 'MTN Nigeria'], [5089, 'london', 'Virgin Media'], [3215, 'paris', 'Orange'], [6830, 'warsaw', 'Liberty Global (UPC)'], [20115, 'us', 'Charter Spectrum'], [4837, 'beijing', 'China Unicom'], [9121, 'istanbul', 'Turk Telekom']];
    const GEOS = { saopaulo: ['Sao Paulo', 'Sao Paulo', 'BR', -23.55, -46.63], us: ['Atlanta', 'Georgia', 'US', 33.75, -84.39], hanoi: ['Hanoi', 'Hanoi', 'VN', 21.03, 105.85], jakarta: ['Jakarta', 'Jakarta', 'ID', -6.2, 106.82], manila: ['Quezon City', 'Metro Manila', 'PH', 14.68, 121.04], mexico: ['Guadalajara', 'Jalisco', 'MX', 20.67, -103.35], cairo: ['Cairo', 'Cairo Governorate', 'EG', 30.04, 31.24], taipei: ['Taipei', 'Taipei City', 'TW', 25.03, 121.57], moscow: ['Moscow', 'Moscow', 'RU', 55.75, 37.62], delhi: ['New Delhi', 'Delhi', 'IN', 28.61, 77.21], mumbai: ['Thane', 'Maharashtra', 'IN', 19.22, 72.98], lagos: ['Lagos', 'Lagos', 'NG', 6.52, 3.38], london: ['Leeds', 'England', 'GB', 53.8, -1.55], paris: ['Lyon', 'Auvergne-Rhone-Alpes', 'FR', 45.76, 4.84], warsaw: ['Warsaw', 'Mazovia', 'PL', 52.23, 21.01], beijing: ['Shenyang', 'Liaoning', 'CN', 41.8, 123.43], istanbul: ['Istanbul', 'Istanbul', 'TR', 41.01, 28.98] };
    const PFX = { 28573: '177.9', 7922: '73.162', 45899: '113.176', 7713: '36.72', 9299: '112.206', 8151: '187.190', 8452: '41.46', 3462: '114.34', 12389: '95.31', 9829: '117.201', 24560: '122.161', 36935: '102.89', 5089: '86.22', 3215: '90.76', 6830: '89.64', 20115: '24.176', 4837: '175.168', 9121: '88.240' };
    const ips = [];
    for (let i = 0; i < 64; i++) {
      const [asn, g, org] = RES_ISPS[i % RES_ISPS.length];
      const ip = `${PFX[asn]}.${(i * 37 + 11) % 250 + 2}.${(i * 71 + 29) % 250 + 3}`;
      ips.push(reg(ip, asn, GEOS[g], `${org} (residential proxy exit)`, 'attack'));
    }
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
    const targets = c.sprayTargets;
    const ghosts = ['teller', 'teller1', 'info', 'admin', 'kisumu.branch', 'eldoret.branch', 'operations', 'cashier', 'm.otieno', 'j.kamau', 'customercare', 'loans', 'test', 'hr.admin'].map((l) => ({ id: '', name: '', upn: `${l}@${DOMAIN}`, type: 'member', kind: 'ghost' }));
    const list = [];
    for (const round of [0, 1, 2]) for (const u of targets) if (round < 2 || rng.chance(0.5)) list.push(u);
    for (const g of ghosts) list.push(g);
    const order = rng.shuffle(list);
    const winners = new Set([targets[17], targets[51]]);
    let t = W.at(2, 1.3);
    let k = 0;
    const dev = unmanaged('Windows10', 'Chrome 120.0.0');
    for (const u of order) {
      const ip = ips[k++ % ips.length];
      const base = { user: u, t, ip, device: dev, app: APPS.office, res: RES.graph, interactive: true, clientApp: 'Mobile Apps and Desktop clients', protocol: 'ropc', ua };
      if (u.kind === 'ghost') W.push({ ...base, code: 50034, failureReason: 'The user account does not exist in the mavunobank.co.ke directory. To sign into this application, the account must be added to the directory.', steps: [] });
      else if (winners.has(u) && !u.__won) { u.__won = true; W.push({ ...base, code: 53003, steps: [pwd], additional: null }); }
      else W.push({ ...base, code: 50126, steps: [badPwd] });
      t += rng.float(10, 40) * MIN;
    }
    for (const u of targets) delete u.__won;
    return { users: [...targets, ...ghosts], ips, extraUsers: [], notes: 'Targets are every teller/CSO the proxy network tried (72) plus 14 guessed usernames that do not exist.' };
  });

  // 4 ---------------------------------------------------------------------------------------
  run('mfa-fatigue-nakuru-loan-officer', 'MFA fatigue against a Nakuru loan officer late on a Thursday: password from an infostealer log, thirteen push prompts over fifty minutes through an M247 VPN exit (unanswered, two declined), the fourteenth approved; mailbox and SharePoint access and a new Authenticator registration follow; the service desk cleans up in the morning.', () => {
    const u = c.fatigue;
    const vpn = reg('146.70.117.42', 9009, ['Paris', 'Ile-de-France', 'FR', 48.8566, 2.3522], 'M247 Europe (commercial VPN exit)', 'attack');
    const ua = UA.chromeWin(130);
    const dev = unmanaged('Windows10', 'Chrome 130.0.0');
    let t = W.at(10, 22.8);
    for (let i = 0; i < 13; i++) {
      const why = i === 4 || i === 9 ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification';
      W.push({ user: u, t, ip: vpn, device: dev, app: APPS.officeHome, res: RES.officeHome, interactive: true, ua, code: 500121, additional: why, steps: [pwd, push(false, why)] });
      t += rng.float(2.5, 5) * MIN;
    }
    W.push({ user: u, t, ip: vpn, device: dev, app: APPS.officeHome, res: RES.officeHome, interactive: true, ua, mfaSatisfied: true, steps: [pwd, push()] });
    const sess = rng.guid();
    W.refresh(u, t, t + 2.2 * HOUR, { ip: vpn, device: dev, clients: [[APPS.officeHome, RES.exchange], [APPS.sharepoint, RES.sharepoint], [APPS.officeHome, RES.graph]], gap: 8, mfa: true, ua, session: sess, pFail: 0 });
    W.push({ user: u, t: t + 7 * MIN, ip: vpn, device: dev, app: APPS.mySignins, res: RES.graph, interactive: true, ua, mfaSatisfied: true, steps: claim, sessionId: sess });
    W.audit({ t: t + 9 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', reason: 'User registered Authenticator App with Notification and Code', by: { user: u, ip: vpn }, targets: [userTarget(u)] });
    const hd = W.t.users.filter((x) => x.kind === 'helpdesk')[2];
    const tm = W.at(11, 8.1);
    W.audit({ t: tm, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Delete', reason: 'Admin deleted Authenticator App with Notification and Code method for user', by: { user: hd, ip: HQ[0] }, targets: [userTarget(u)] });
    W.audit({ t: tm + 3 * MIN, activity: 'Reset user password', category: 'UserManagement', by: { user: hd, ip: HQ[0] }, targets: [userTarget(u)] });
    W.audit({ t: tm + 4 * MIN, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', by: { user: hd, ip: HQ[0] }, targets: [userTarget(u, [['StsRefreshTokensValidFrom', [], [new Date(tm).toISOString()]]])] });
    return { users: [u], ips: [vpn] };
  });

  // 5 ---------------------------------------------------------------------------------------
  run('pune-contractor-token-replay-singapore', 'A Pune contractor\'s developer tokens (Azure CLI / VS Code refresh tokens stolen by an infostealer) replayed from a Zenlayer server in Singapore while the contractor is working normally in Pune: Azure management, Key Vault secret reads and Azure DevOps, that afternoon and again at 03:00 Nairobi time.', () => {
    const u = c.contractor;
    const sg = reg('128.14.226.19', 21859, ['Singapore', 'Singapore', 'SG', 1.2897, 103.8501], 'Zenlayer (Singapore)', 'attack');
    const dev = unmanaged('Linux', '');
    const ua = 'python/3.10.12 (Linux-5.15.0-105-generic-x86_64-with-glibc2.35) msal/1.28.0 azure-cli/2.61.0';
    const t0 = W.at(9, 12.55);
    W.refresh(u, t0, t0 + 2.4 * HOUR, { ip: sg, device: dev, clients: [[APPS.azureCli, RES.azureMgmt], [APPS.azureCli, RES.keyVault], [APPS.azureCli, RES.keyVault], [APPS.vscode, RES.devops]], gap: 7, mfa: true, ua, incoming: 'refreshToken', pFail: 0 });
    W.push({ user: u, t: t0 + 48 * MIN, ip: sg, device: unmanaged('Windows10', 'Chrome 131.0.0'), app: APPS.azurePortal, res: RES.azureMgmt, interactive: true, ua: UA.chromeWin(), mfaSatisfied: true, steps: claim });
    const t1 = W.at(10, 3.05);
    W.refresh(u, t1, t1 + 40 * MIN, { ip: sg, device: dev, clients: [[APPS.azureCli, RES.keyVault], [APPS.azureCli, RES.azureMgmt]], gap: 4, mfa: true, ua, incoming: 'refreshToken', pFail: 0 });
    return { users: [u], ips: [sg] };
  });

  // 6 ---------------------------------------------------------------------------------------
  run('consent-phish-mail-read-app', 'Consent phishing of a finance officer: a multi-tenant app posing as "Secure PDF Viewer" (unverified publisher) gets user consent for Mail.Read, Files.Read.All and offline_access from the office network; the app\'s back end on Hetzner then refreshes the user\'s tokens and reads mail for four days.', () => {
    const u = c.consent;
    const h1 = reg('65.108.212.47', 24940, ['Helsinki', 'Uusimaa', 'FI', 60.1699, 24.9384], 'Hetzner Online (Helsinki)', 'attack');
    const h2 = reg('95.217.118.9', 24940, ['Helsinki', 'Uusimaa', 'FI', 60.1699, 24.9384], 'Hetzner Online (Helsinki)', 'attack');
    const app = ['a9f1c3e5-7b2d-4f60-8e4a-2c6b8d0f1e39', 'Secure PDF Viewer'];
    const pubTenant = '2e4c6a8b-0d1f-4a3c-9e5b-7d9f1b3c5e70';
    const spId = rng.guid();
    const t0 = W.at(3, 15.78);
    const lap = u.devices.laptop;
    const scopes = ['openid', 'profile', 'email', 'offline_access', 'User.Read', 'Mail.Read', 'Files.Read.All'];
    W.push({ user: u, t: t0, ip: HQ[0], device: lap, app, res: RES.graph, interactive: true, trusted: 'corp', ua: UA.edgeWin(), code: 65001, incoming: 'primaryRefreshToken', steps: claim.slice(0, 1), appOwner: pubTenant });
    W.audit({ t: t0 + 40000, activity: 'Add service principal', category: 'ApplicationManagement', operationType: 'Add', by: { user: u, ip: HQ[0] }, targets: [{ id: spId, type: 'ServicePrincipal', displayName: app[1], props: [['AccountEnabled', [], [true]], ['AppPrincipalId', [], [app[0]]], ['DisplayName', [], [app[1]]], ['ServicePrincipalType', [], ['Application']]] }], details: [['AppId', app[0]], ['User-Agent', UA.edgeWin()]] });
    W.audit({ t: t0 + 41000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', operationType: 'Assign', by: { user: u, ip: HQ[0] }, targets: [{ id: '1f1b0c8e-7c1d-4e6a-9b2f-3d5e7a9c1b4f', type: 'ServicePrincipal', displayName: 'Microsoft Graph', props: [['DelegatedPermissionGrant.Scope', '', ' ' + scopes.join(' ')], ['DelegatedPermissionGrant.ConsentType', '', 'Principal']] }, { id: spId, type: 'ServicePrincipal', displayName: app[1] }] });
    W.audit({ t: t0 + 42000, activity: 'Consent to application', category: 'ApplicationManagement', operationType: 'Assign', by: { user: u, ip: HQ[0] }, targets: [{ id: spId, type: 'ServicePrincipal', displayName: app[1], props: [['ConsentContext.IsAdminConsent', null, '"False"'], ['ConsentContext.IsAppOnly', null, '"False"'], ['ConsentContext.OnBehalfOfAll', null, '"False"'], ['ConsentContext.Tags', null, '"WindowsAzureActiveDirectoryIntegratedApp"'], ['ConsentAction.Permissions', null, `"[] => [[Id: ${rng.hex(22)}, ClientId: ${spId}, PrincipalId: ${u.id}, ResourceId: 1f1b0c8e-7c1d-4e6a-9b2f-3d5e7a9c1b4f, ConsentType: Principal, Scope: ${scopes.join(' ')}, CreatedDateTime: , LastModifiedDateTime ]]; "`], ['ConsentAction.Reason', null, '"Risky application detected"'], ['TargetId.ServicePrincipalNames', null, `"${app[0]}"`]] }], details: [['User-Agent', UA.edgeWin()], ['AppId', app[0]]] });
    W.push({ user: u, t: t0 + 50000, ip: HQ[0], device: lap, app, res: RES.graph, interactive: true, trusted: 'corp', ua: UA.edgeWin(), mfaSatisfied: true, incoming: 'primaryRefreshToken', steps: claim, scopes, appOwner: pubTenant });
    let t = t0 + 4 * MIN;
    const end = W.at(7, 18);
    while (t < end) {
      W.push({ user: u, t, ip: rng.chance(0.7) ? h1 : h2, device: unmanaged('', ''), app, res: RES.graph, interactive: false, clientApp: 'Mobile Apps and Desktop clients', ua: 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', mfaSatisfied: true, scopes, incoming: 'refreshToken', appOwner: pubTenant });
      t += rng.float(25, 70) * MIN;
    }
    return { users: [u], ips: [h1, h2] };
  });

  // 7 ---------------------------------------------------------------------------------------
  run('admin-adds-sp-secret-and-graph-approles', 'An identity administrator approves a 01:40 push from a Datacamp/CDN77 VPN address in London; the session (Graph Explorer, outside the admin device-compliance policy) adds a client secret to the "Mavuno Payments Gateway" app and grants its service principal Microsoft Graph Mail.ReadWrite and Directory.Read.All application permissions.', () => {
    const u = c.admin;
    const ip = reg('89.187.180.44', 60068, 'london', 'Datacamp Limited / CDN77 (VPN exit)', 'attack');
    const gx = ['de8bc8b5-d9f9-48b1-a8ad-b748da725064', 'Graph Explorer'];
    const dev = unmanaged('Windows10', 'Firefox 133.0');
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
    const t0 = W.at(12, 1.67);
    W.push({ user: u, t: t0, ip, device: dev, app: gx, res: RES.graph, interactive: true, ua, code: 50074, steps: [pwd, { method: 'Mobile app notification', ok: false, result: 'MFA required in Azure AD', req: 'Multi-factor authentication' }] });
    W.push({ user: u, t: t0 + 34000, ip, device: dev, app: gx, res: RES.graph, interactive: true, ua, mfaSatisfied: true, steps: [pwd, push()], scopes: ['Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All', 'Directory.Read.All', 'openid', 'profile'] });
    W.refresh(u, t0 + MIN, t0 + 45 * MIN, { ip, device: dev, clients: [[gx, RES.graph]], gap: 5, mfa: true, ua, pFail: 0 });
    const appObj = rng.guid(), spObj = rng.guid(), appId = '6b8d0f2a-4c6e-4a81-b3d5-7f9b1d3e5a60';
    const key = rng.guid();
    const by = { user: u, ip };
    const t1 = t0 + 12 * MIN;
    W.audit({ t: t1, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by, targets: [{ id: appObj, type: 'Application', displayName: 'Mavuno Payments Gateway', props: [['KeyDescription', `raw:${JSON.stringify(['[KeyIdentifier=0c2e4a6b-8d0f-4b1c-9e3a-5c7e9b1d3f52,KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName=CN=payments-gw-prod]'])}`, `raw:${JSON.stringify(['[KeyIdentifier=0c2e4a6b-8d0f-4b1c-9e3a-5c7e9b1d3f52,KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName=CN=payments-gw-prod]', `[KeyIdentifier=${key},KeyType=Password,KeyUsage=Verify,DisplayName=backup-sync]`])}`], ['Included Updated Properties', null, '"KeyDescription"']] }], details: [['AppId', appId], ['User-Agent', ua]] });
    W.audit({ t: t1 + 800, activity: 'Update application', category: 'ApplicationManagement', by, targets: [{ id: appObj, type: 'Application', displayName: 'Mavuno Payments Gateway', props: [['Included Updated Properties', null, '""']] }], details: [['AppId', appId], ['User-Agent', ua]] });
    const graphSp = '1f1b0c8e-7c1d-4e6a-9b2f-3d5e7a9c1b4f';
    let tt = t1 + 6 * MIN;
    for (const [roleId, value] of [['e2a3a72e-5f79-4c64-b1b1-878b674786c9', 'Mail.ReadWrite'], ['7ab1d382-f21e-4acd-a863-ba3e13f7da61', 'Directory.Read.All']]) {
      W.audit({ t: tt, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', operationType: 'Assign', by, targets: [{ id: graphSp, type: 'ServicePrincipal', displayName: 'Microsoft Graph', props: [['AppRole.Id', null, `"${roleId}"`], ['AppRole.Value', null, `"${value}"`], ['AppRole.DisplayName', null, `"${value}"`], ['AppRoleAssignment.CreatedDateTime', null, `"${new Date(tt).toISOString()}"`], ['ServicePrincipal.ObjectID', null, `"${spObj}"`], ['ServicePrincipal.DisplayName', null, '"Mavuno Payments Gateway"'], ['ServicePrincipal.AppId', null, `"${appId}"`]] }, { id: spObj, type: 'ServicePrincipal', displayName: 'Mavuno Payments Gateway' }], details: [['User-Agent', ua]] });
      tt += 70000;
    }
    return { users: [u], ips: [ip] };
  });

  // 8 ---------------------------------------------------------------------------------------
  run('auditor-guest-used-after-engagement', 'A Khumalo Ndlovu & Partners audit associate\'s guest account, removed from the auditors\' group by the access review when fieldwork ended but never deleted, signs in at 03:00 Johannesburg time from a Clouvider server in Frankfurt and pulls SharePoint and Power BI content still shared with it directly.', () => {
    const u = c.guest;
    const ip = reg('45.134.142.88', 62240, ['Frankfurt am Main', 'Hesse', 'DE', 50.1109, 8.6821], 'Clouvider (Frankfurt)', 'attack');
    const ar = { app: { appId: null, displayName: 'Access Reviews', servicePrincipalId: 'c1e3a5b7-9d0f-4b2a-8c4e-6a8c0e2b4d61' } };
    // the access review removal is part of the story but benign in itself; it is written untagged below
    const dev = unmanaged('Windows10', 'Chrome 131.0.0');
    const t0 = W.at(11, 3.05, 2);
    W.push({ user: u, t: t0, ip, device: dev, app: APPS.sharepoint, res: RES.sharepoint, interactive: true, ua: UA.chromeWin(), mfaSatisfied: true, steps: claim, additional: 'MFA requirement satisfied by claim in the token' });
    W.push({ user: u, t: t0 + 6 * MIN, ip, device: dev, app: APPS.powerbiWeb, res: RES.powerbi, interactive: true, ua: UA.chromeWin(), mfaSatisfied: true, steps: claim });
    W.refresh(u, t0, t0 + 1.3 * HOUR, { ip, device: dev, clients: [[APPS.sharepoint, RES.sharepoint], [APPS.powerbiWeb, RES.powerbi], [APPS.sharepoint, RES.graph]], gap: 6, mfa: true, ua: UA.chromeWin(), pFail: 0 });
    W.tag = null;
    W.audit({ t: W.at(8, 10), activity: 'Remove member from group', category: 'GroupManagement', operationType: 'Unassign', by: ar, targets: [{ id: '7c3e9a1b-5d2f-4b80-a6c4-d1e8f3b7a2c5', type: 'Group', displayName: 'SG-Ext-Auditors-FY25' }, userTarget(u)] });
    for (const g of W.t.users.filter((x) => x.kind === 'guest' && x.engagement === 'fy25' && x !== u)) W.audit({ t: W.at(8, 10) + rng.int(1, 60) * 1000, activity: 'Remove member from group', category: 'GroupManagement', operationType: 'Unassign', by: ar, targets: [{ id: '7c3e9a1b-5d2f-4b80-a6c4-d1e8f3b7a2c5', type: 'Group', displayName: 'SG-Ext-Auditors-FY25' }, userTarget(g)] });
    W.tag = 'auditor-guest-used-after-engagement';
    return { users: [u], ips: [ip] };
  });

  // 9 ---------------------------------------------------------------------------------------
  run('leaver-reenabled-by-service-desk', 'A credit relationship manager who left on day 3 is re-enabled at 19:40 by a service-desk analyst working over the VPN (a friend, no ticket), who also resets the password; the leaver signs in from a Zuku home line with the still-registered Authenticator and pulls customer records from Dynamics and SharePoint until the account is disabled again next morning.', () => {
    const u = c.leaver, hd = c.rogueHelpdesk;
    const home = reg('197.237.148.201', 15808, 'nairobi', 'Wananchi Group (Zuku) home line', 'attack');
    const t0 = W.at(9, 19.7);
    const by = { user: hd, ip: DC_VPN };
    W.audit({ t: t0, activity: 'Enable account', category: 'UserManagement', by, targets: [userTarget(u, [['AccountEnabled', [false], [true]], ['Included Updated Properties', null, 'AccountEnabled']])] });
    W.audit({ t: t0 + 40000, activity: 'Update user', category: 'UserManagement', by, targets: [userTarget(u, [['AccountEnabled', [false], [true]], ['Included Updated Properties', null, 'AccountEnabled']])] });
    W.audit({ t: t0 + 2.5 * MIN, activity: 'Reset user password', category: 'UserManagement', by, targets: [userTarget(u)] });
    const t1 = W.at(9, 20.08);
    const lap = unmanaged('Windows10', 'Chrome 131.0.0');
    W.login(u, t1, { ip: home, device: lap, app: APPS.officeHome, res: RES.officeHome, mfa: 'fresh', ua: UA.chromeWin(), browser: 'Chrome 131.0.0', p50074: 1, pKmsi: 1, pWrong: 0, pDeny: 0, extra: null });
    W.push({ user: u, t: t1 - 50000, ip: home, device: lap, app: APPS.officeHome, res: RES.officeHome, interactive: true, ua: UA.chromeWin(), code: 50125, steps: [pwd] });
    for (const [m, app, res] of [[6, APPS.dynApp, RES.dynamics], [19, APPS.dynApp, RES.dynamics], [33, APPS.sharepoint, RES.sharepoint], [70, APPS.dynApp, RES.dynamics]]) W.login(u, t1 + m * MIN, { ip: home, device: lap, app, res, mfa: 'claim', ua: UA.chromeWin(), browser: 'Chrome 131.0.0' });
    W.refresh(u, t1, t1 + 2.6 * HOUR, { ip: home, device: lap, clients: [[APPS.dynApp, RES.dynamics], [APPS.sharepoint, RES.sharepoint], [APPS.officeHome, RES.exchange]], gap: 9, mfa: true, ua: UA.chromeWin(), browser: 'Chrome 131.0.0', pFail: 0 });
    const lead = W.t.users.filter((x) => x.kind === 'helpdesk' && x.title.includes('Lead'))[0];
    const t2 = W.at(10, 8.85);
    W.audit({ t: t2, activity: 'Disable account', category: 'UserManagement', by: { user: lead, ip: HQ[0] }, targets: [userTarget(u, [['AccountEnabled', [true], [false]], ['Included Updated Properties', null, 'AccountEnabled']])] });
    W.audit({ t: t2 + 60000, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', by: { user: lead, ip: HQ[0] }, targets: [userTarget(u, [['StsRefreshTokensValidFrom', [], [new Date(t2).toISOString()]]])] });
    return { users: [u, hd], ips: [home], notes: `The analyst acted through the data-centre VPN egress ${DC_VPN}, shared by all remote staff (not listed).` };
  });

  // 10 --------------------------------------------------------------------------------------
  run('legacy-imap-smtp-bruteforce-collections', 'Overnight legacy-protocol brute force (IMAP4 and Authenticated SMTP) from two Stark Industries addresses against the collections notification account, the scan-to-mail account, executives and HQ staff; the collections account, excluded from the legacy-auth block for its SMTP relay, falls at 04:12 and is used to send through SMTP AUTH until morning.', () => {
    const a = reg('45.141.215.90', 44477, 'amsterdam', 'Stark Industries Solutions', 'attack');
    const b = reg('45.141.215.91', 44477, 'amsterdam', 'Stark Industries Solutions', 'attack');
    const targets = c.legacyTargets;
    const ghosts = ['info', 'accounts', 'support', 'noreply', 'finance'].map((l) => ({ id: '', name: '', upn: `${l}@${DOMAIN}`, type: 'member', kind: 'ghost' }));
    const nodev = { deviceId: '', displayName: '', operatingSystem: '', browser: '' };
    let t = W.at(6, 0.5);
    const end = W.at(6, 4.2);
    const tries = new Map();
    while (t < end) {
      const u = rng.chance(0.06) ? rng.pick(ghosts) : rng.chance(0.3) ? targets[0] : rng.pick(targets);
      const proto = rng.chance(0.6) ? 'IMAP4' : 'Authenticated SMTP';
      const ip = rng.chance(0.5) ? a : b;
      const n = (tries.get(u) || 0) + 1; tries.set(u, n);
      const base = { user: u, t, ip, device: nodev, app: APPS.exchange, res: RES.exchange, interactive: true, clientApp: proto, protocol: 'ropc', ua: 'BAV2ROPC' };
      if (u.kind === 'ghost') W.push({ ...base, code: 50034, failureReason: 'The user account does not exist in the mavunobank.co.ke directory. To sign into this application, the account must be added to the directory.', steps: [] });
      else if (n > 10 && u !== targets[0] && rng.chance(0.5)) W.push({ ...base, code: 50053, steps: [{ ...badPwd, result: 'Account is locked' }] });
      else W.push({ ...base, code: 50126, steps: [badPwd] });
      t += rng.float(0.15, 0.8) * MIN;
    }
    const tw = W.at(6, 4.2);
    const col = targets[0];
    W.push({ user: col, t: tw, ip: b, device: nodev, app: APPS.exchange, res: RES.exchange, interactive: true, clientApp: 'Authenticated SMTP', protocol: 'ropc', ua: 'BAV2ROPC', steps: [pwd] });
    let ts = tw + 3 * MIN;
    while (ts < W.at(6, 6.4)) {
      W.push({ user: col, t: ts, ip: b, device: nodev, app: APPS.exchange, res: RES.exchange, interactive: true, clientApp: 'Authenticated SMTP', protocol: 'ropc', ua: 'BAV2ROPC', steps: [pwd] });
      ts += rng.float(1, 3.5) * MIN;
    }
    return { users: [...targets, ...ghosts], ips: [a, b] };
  });

  // 11 --------------------------------------------------------------------------------------
  run('device-code-phish-ceo-assistant', 'Device-code phishing of the CEO\'s executive assistant through a fake Teams meeting invite: she enters the code at microsoft.com/devicelogin from her office PC (the Microsoft Authentication Broker client), the attacker redeems the tokens from Oracle Cloud, registers a device and uses its primary refresh token to read mail and files into the next day.', () => {
    const u = c.ea;
    const o1 = reg('129.153.72.15', 31898, ['Ashburn', 'Virginia', 'US', 39.0438, -77.4874], 'Oracle Cloud (us-ashburn-1)', 'attack');
    const o2 = reg('150.136.20.203', 31898, ['Ashburn', 'Virginia', 'US', 39.0438, -77.4874], 'Oracle Cloud (us-ashburn-1)', 'attack');
    const t0 = W.at(11, 10.23);
    const lap = u.devices.laptop;
    W.push({ user: u, t: t0, ip: HQ[0], device: lap, app: APPS.broker, res: RES.drs, interactive: true, trusted: 'corp', ua: UA.edgeWin(), mfaSatisfied: true, protocol: 'deviceCode', transfer: 'deviceCodeFlow', steps: [pwd, { method: 'Mobile app notification', result: 'MFA successfully completed', req: 'Multi-factor authentication' }] });
    const pyUa = 'python-requests/2.31.0';
    const nodev = unmanaged('', '');
    W.push({ user: u, t: t0 + 2 * MIN, ip: o1, device: nodev, app: APPS.broker, res: RES.drs, interactive: false, ua: pyUa, mfaSatisfied: true, transfer: 'deviceCodeFlow', incoming: 'refreshToken' });
    const newDev = { deviceId: rng.guid(), displayName: 'DESKTOP-8KQ2M1T', operatingSystem: 'Windows 10', browser: 'Rich Client 4.61.0.0', isCompliant: false, isManaged: false, trustType: 'Azure AD registered' };
    const tr = t0 + 5 * MIN;
    W.audit({ t: tr, activity: 'Register device', category: 'Device', service: 'Device Registration Service', operationType: 'Add', by: DRS, targets: [{ id: rng.guid(), type: 'Device', displayName: newDev.displayName }], details: [['Device Id', newDev.deviceId], ['Device OS', 'Windows'], ['Device Trust Type', 'Workplace'], ['Device Profile', 'RegisteredDevice'], ['User-Agent', 'Dsreg/10.0 (Windows 10.0.19045.1826)']] });
    W.audit({ t: tr + 1000, activity: 'Add device', category: 'Device', operationType: 'Add', by: DRS, targets: [{ id: rng.guid(), type: 'Device', displayName: newDev.displayName, props: [['DeviceId', [], [newDev.deviceId]], ['DeviceOSType', [], ['Windows']], ['DeviceTrustType', [], ['Workplace']]] }] });
    W.audit({ t: tr + 1500, activity: 'Add registered owner to device', category: 'Device', operationType: 'Assign', by: DRS, targets: [{ id: rng.guid(), type: 'Device', displayName: newDev.displayName }, userTarget(u)] });
    W.push({ user: u, t: tr + 3 * MIN, ip: o1, device: newDev, app: APPS.broker, res: RES.winAzureAd, interactive: false, ua: 'Windows-AzureAD-Authentication-Provider/1.0', mfaSatisfied: true, transfer: 'deviceCodeFlow', incoming: 'refreshToken' });
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
    W.refresh(u, tr + 5 * MIN, tr + 4 * HOUR, { ipFn: (t) => (t < tr + 1.5 * HOUR ? o1 : o2), device: newDev, clients: [[APPS.office, RES.exchange], [APPS.office, RES.graph], [APPS.office, RES.sharepoint], [APPS.teams, RES.teamsSvc]], gap: 8, mfa: true, ua, incoming: 'primaryRefreshToken', pFail: 0 });
    for (const m of [40, 95, 170]) W.push({ user: u, t: tr + m * MIN, ip: m < 90 ? o1 : o2, device: newDev, app: rng.pick([APPS.officeHome, APPS.sharepoint]), res: RES.officeHome, interactive: true, ua, mfaSatisfied: true, incoming: 'primaryRefreshToken', steps: claim });
    const t2 = W.at(12, 4.4);
    W.refresh(u, t2, t2 + 1.5 * HOUR, { ip: o2, device: newDev, clients: [[APPS.office, RES.exchange], [APPS.office, RES.graph]], gap: 6, mfa: true, ua, incoming: 'primaryRefreshToken', pFail: 0 });
    return { users: [u], ips: [o1, o2] };
  });

  // 12 --------------------------------------------------------------------------------------
  run('stolen-refresh-token-graph-mail-exfil', 'A risk analyst\'s refresh token, stolen from a home PC by an infostealer, is replayed only non-interactively from OVH in Roubaix early on a Sunday: a python client pages through the mailbox and OneDrive via Microsoft Graph every minute or two for three and a half hours. There is no interactive sign-in from the attacker at all.', () => {
    const u = c.exfil;
    const ip = reg('51.75.160.23', 16276, ['Roubaix', 'Hauts-de-France', 'FR', 50.6942, 3.1746], 'OVH SAS', 'attack');
    const t0 = W.at(13, 2.15);
    let t = t0; const end = W.at(13, 5.7);
    const sess = rng.guid();
    while (t < end) {
      const [app, res] = rng.weighted([[[APPS.office, RES.graph], 6], [[APPS.office, RES.exchange], 2], [[APPS.office, RES.sharepoint], 1]]);
      W.push({ user: u, t, ip, device: unmanaged('', ''), app, res, interactive: false, ua: 'python-requests/2.32.3', mfaSatisfied: true, incoming: 'refreshToken', sessionId: sess, scopes: ['Mail.ReadWrite', 'Files.ReadWrite.All', 'User.Read', 'offline_access'] });
      t += rng.float(0.7, 2.4) * MIN;
    }
    return { users: [u], ips: [ip] };
  });

  // 13 --------------------------------------------------------------------------------------
  run('helpdesk-tap-for-cfo-at-0200', 'A service-desk analyst\'s hijacked session (cookie replay through a NordVPN-style Packethub exit) issues a Temporary Access Pass for the CFO at 02:04 on a Monday; the CFO account is signed into with the TAP from the same address minutes later, an Authenticator is registered and mail, SharePoint and Power BI are accessed until dawn.', () => {
    const hd = c.tapHelpdesk, cfo = c.cfo;
    const ip = reg('196.245.151.22', 147049, 'johannesburg', 'Packethub S.A. (VPN exit)', 'attack');
    const dev = unmanaged('Windows10', 'Chrome 131.0.0');
    const ua = UA.chromeWin();
    const t0 = W.at(7, 1.87);
    W.push({ user: hd, t: t0, ip, device: dev, app: APPS.azurePortal, res: RES.azureMgmt, interactive: true, ua, mfaSatisfied: true, steps: claim });
    W.push({ user: hd, t: t0 + 3 * MIN, ip, device: dev, app: APPS.azurePortal, res: RES.graph, interactive: true, ua, mfaSatisfied: true, steps: claim });
    W.refresh(hd, t0, t0 + 30 * MIN, { ip, device: dev, clients: [[APPS.azurePortal, RES.graph], [APPS.azurePortal, RES.azureMgmt]], gap: 5, mfa: true, ua, pFail: 0 });
    const t1 = W.at(7, 2.07);
    W.audit({ t: t1, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', reason: 'Admin registered temporary access pass method for user', by: { user: hd, ip }, targets: [userTarget(cfo)] });
    const t2 = W.at(7, 2.18);
    W.push({ user: cfo, t: t2, ip, device: dev, app: APPS.mySignins, res: RES.graph, interactive: true, ua, mfaSatisfied: true, steps: [{ method: 'Temporary Access Pass', result: 'Temporary Access Pass', req: 'Primary authentication' }] });
    W.audit({ t: t2 + 3 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', reason: 'User registered Authenticator App with Notification and Code', by: { user: cfo, ip }, targets: [userTarget(cfo)] });
    for (const [m, app, res] of [[6, APPS.officeHome, RES.officeHome], [9, APPS.officeHome, RES.exchange], [21, APPS.sharepoint, RES.sharepoint], [48, APPS.powerbiWeb, RES.powerbi]]) W.push({ user: cfo, t: t2 + m * MIN, ip, device: dev, app, res, interactive: true, ua, mfaSatisfied: true, steps: claim });
    W.refresh(cfo, t2 + 6 * MIN, t2 + 3.2 * HOUR, { ip, device: dev, clients: [[APPS.officeHome, RES.exchange], [APPS.sharepoint, RES.sharepoint], [APPS.powerbiWeb, RES.powerbi], [APPS.officeHome, RES.graph]], gap: 7, mfa: true, ua, pFail: 0 });
    return { users: [hd, cfo], ips: [ip] };
  });

  return S;
}
