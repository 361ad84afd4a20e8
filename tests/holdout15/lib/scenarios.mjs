// The thirteen intrusions planted in VRM's logs, each modelled on public 2025–2026 reporting (README lists the
// sources). Every row and audit event an intrusion writes carries its scenario name (_attack) for the counts;
// the CSV never shows it.
import { APPS, RESOURCES, UA, TENANT, Net, PLACES } from './world.mjs';
import { HOUR, MIN, SEC, DAY, iso, at, dayStart } from './engine.mjs';
import { PARTNERS } from './people.mjs';
import { HQ_IP, HQ_SRV, NOVA_IP, laptopBrowser, laptopRich, phoneRich, uaFor, homeAddr, siteAddr } from './devices.mjs';
import { pimActivation, registerMethod, helpdeskReset, consent, secretRotation, actorUser, actorApp, userTarget, ROLES } from './audits.mjs';

const A = APPS, R = RESOURCES;
const MFA_CLAIM = { result: 'MFA requirement satisfied by claim in the token', method: 'Previously satisfied' };
const X = {};
const xnet = (key, o) => { X[key] = new Net(key, { kind: 'hosting', ...o }); };
xnet('cfworkers', { asn: 13335, org: 'Cloudflare, Inc.', blocks: ['104.28.160.0/22'], place: 'frankfurt' });
xnet('m247', { asn: 9009, org: 'M247 Europe SRL', blocks: ['146.70.117.0/24', '146.70.196.0/24'], place: 'frankfurt' });
xnet('m247ro', { asn: 9009, org: 'M247 Europe SRL', blocks: ['185.45.12.0/22'], place: 'bucharest' });
xnet('aws_paris', { asn: 16509, org: 'Amazon.com, Inc.', blocks: ['15.188.0.0/16', '15.236.0.0/16'], place: 'paris' });
xnet('aws_use1', { asn: 14618, org: 'Amazon.com, Inc.', blocks: ['3.80.0.0/12', '54.80.0.0/13'], place: 'ashburn' });
xnet('aws_sg', { asn: 16509, org: 'Amazon.com, Inc.', blocks: ['13.250.0.0/15', '18.136.0.0/16'], place: 'singapore' });
xnet('aws_br', { asn: 16509, org: 'Amazon.com, Inc.', blocks: ['18.228.0.0/14'], place: 'saopaulo' });
xnet('aws_jp', { asn: 16509, org: 'Amazon.com, Inc.', blocks: ['13.112.0.0/14'], place: 'tokyo' });
xnet('ovh', { asn: 16276, org: 'OVH SAS', blocks: ['51.210.0.0/16', '54.37.0.0/16'], place: 'roubaix' });
xnet('hetzner', { asn: 24940, org: 'Hetzner Online GmbH', blocks: ['88.99.0.0/16', '5.9.0.0/16'], place: 'falkenstein' });
xnet('hetzner_fi', { asn: 24940, org: 'Hetzner Online GmbH', blocks: ['95.216.0.0/16'], place: 'helsinki' });
xnet('tmus', { asn: 21928, org: 'T-Mobile USA, Inc.', kind: 'mobile', blocks: ['172.58.0.0/15'], place: 'dallas' });
xnet('vultr', { asn: 20473, org: 'The Constant Company, LLC', blocks: ['45.77.0.0/16', '149.28.0.0/16'], place: 'piscataway' });
xnet('linode', { asn: 63949, org: 'Akamai Connected Cloud', blocks: ['172.104.128.0/17', '139.162.128.0/17'], place: 'frankfurt' });
xnet('worldstream', { asn: 49981, org: 'WorldStream B.V.', blocks: ['93.190.136.0/21', '89.38.96.0/21'], place: 'naaldwijk' });
xnet('stark', { asn: 44477, org: 'Stark Industries Solutions Ltd', blocks: ['45.134.26.0/24', '94.131.96.0/20'], place: 'amsterdam' });
xnet('datacamp_it', { asn: 60068, org: 'Datacamp Limited', blocks: ['156.146.41.0/24', '185.217.71.0/24'], place: 'milan' });
xnet('datacamp_fr', { asn: 212238, org: 'Datacamp Limited', blocks: ['138.199.16.0/24', '146.70.184.0/24'], place: 'paris' });
xnet('viettel', { asn: 7552, org: 'Viettel Group', kind: 'home', blocks: ['27.72.0.0/13', '171.224.0.0/12'], place: 'hanoi' });
xnet('vnpt', { asn: 45899, org: 'VNPT Corp', kind: 'home', blocks: ['113.160.0.0/11'], place: 'hcmc' });
xnet('aeza', { asn: 210644, org: 'AEZA GROUP LLC', blocks: ['77.221.152.0/22'], place: 'frankfurt' });
xnet('digitalocean', { asn: 14061, org: 'DigitalOcean, LLC', blocks: ['164.90.160.0/19', '134.122.64.0/19'], place: 'frankfurt' });
// residential proxies in France (the address of somebody's home line, rented out by a proxy network)
xnet('rp_free', { asn: 12322, org: 'Free SAS', kind: 'home', blocks: ['88.172.0.0/14'], place: 'marseille' });
xnet('rp_bytel', { asn: 5410, org: 'Bouygues Telecom SA', kind: 'home', blocks: ['176.162.0.0/15'], place: 'nantes' });
xnet('rp_orange', { asn: 3215, org: 'Orange', kind: 'home', blocks: ['90.24.0.0/14'], place: 'toulouse' });
xnet('rp_sfr', { asn: 15557, org: 'Societe Francaise du Radiotelephone - SFR SA', kind: 'home', blocks: ['109.212.0.0/14'], place: 'lyon' });
// the fasthttp botnet: residential lines, mostly in Brazil
const BOT = [
  ['vivo', 26599, ['177.32.0.0/12', '189.40.0.0/14', '187.56.0.0/14'], ['saopaulo', 'rio', 'curitiba', 'belohorizonte'], 26],
  ['claro', 28573, ['177.96.0.0/13', '179.208.0.0/13', '191.176.0.0/13'], ['saopaulo', 'rio', 'goiania', 'portoalegre'], 20],
  ['tim', 26615, ['177.200.0.0/14', '189.52.0.0/15'], ['saopaulo', 'recife'], 9],
  ['oi', 7738, ['200.164.0.0/14', '187.88.0.0/14'], ['salvador', 'fortaleza', 'rio'], 8],
  ['brisanet', 28126, ['177.37.128.0/17'], ['fortaleza'], 3],
  ['telecomar', 7303, ['181.44.0.0/14'], ['buenosaires'], 3],
  ['ttnet', 9121, ['78.160.0.0/12'], ['istanbul'], 3],
  ['uztelecom', 8193, ['213.230.64.0/18'], ['tashkent'], 2],
  ['earthlink', 50710, ['37.236.0.0/15'], ['baghdad'], 2],
  ['ptcl', 17557, ['39.32.0.0/12'], ['lahore'], 2],
];
for (const [k, asn, blocks, places] of BOT) places.forEach((p, i) => xnet(`bot_${k}_${i}`, { asn, org: k, kind: 'home', blocks, place: p }));
const ALLOWED = new Set(['FR', 'PL', 'MA', 'TN', 'CH', 'BE', 'DE', 'IT', 'ES', 'PT', 'GB', 'NL', 'US']); // "Pays autorisés VRM"

export function scenarios(S) {
  const { log, dir, B } = S;
  const r = S.rng.fork('attacks');
  const truth = [];
  const take = (f, label) => {
    const u = dir.members.find((x) => f(x) && !B.reserved.has(x));
    if (!u) throw new Error(`no victim for ${label}`);
    B.reserved.add(u);
    return u;
  };
  const ip = (key) => { const n = X[key]; return { ip: n.addr(r), asn: n.asn, place: n.place }; };
  /** Every scenario: its rows know their name; the truth gets users, addresses and the span. */
  const scenario = (name, title, fn) => {
    const before = { i: log.interactive.length, n: log.noninteractive.length, a: log.audits.length };
    const users = new Set(), ips = new Set();
    const ctx = { attack: name, users, ips };
    const meta = fn(ctx) || {};
    const rows = [...log.interactive.slice(before.i), ...log.noninteractive.slice(before.n)];
    const evs = log.audits.slice(before.a);
    for (const x of [...rows, ...evs]) x._attack = name;
    const ts = [...rows.map((x) => x._t), ...evs.map((x) => x._t)];
    truth.push({ name, title, users: [...users], ips: [...ips], start: iso(Math.min(...ts)), end: iso(Math.max(...ts)),
      rows: { interactive: log.interactive.length - before.i, noninteractive: log.noninteractive.length - before.n, audits: evs.length }, ...meta });
  };
  const su = (u, t, app, res, a, dev, o = {}) => B.int(u, t, app, res, a, dev, o);
  const sn = (u, t, app, res, a, dev, o = {}) => B.ni(u, t, app, res, a, dev, o);
  const nodev = (os = 'Windows 10', browser = 'Chrome 155.0.0') => ({ id: '', os, browser, compliant: false, managed: false, joinType: '', browserUi: true });

  // ---------------------------------------------------------------------------------------- S01 AiTM (Tycoon 2FA)
  scenario('s01-aitm-tycoon2fa-session-replay', 'AiTM phishing (Tycoon 2FA-style) on a sales assistant, session replayed with an axios client, attacker Authenticator registered', (c) => {
    const v = take((u) => u.dept === 'Ventes France' && u.site === 'voiron' && u.browser === 'edgeWin' && u.mfa === 'app' && !u.telework.has(2), 's01');
    c.users.add(v.upn);
    const proxy = ip('cfworkers'), rep1 = ip('m247'), rep2 = ip('m247ro');
    [proxy, rep1, rep2].forEach((a) => c.ips.add(a.ip));
    const t = Date.UTC(2026, 10, 10, 14, 22, 17), sess = r.uuid(), corr = r.uuid();
    const ua = uaFor(v.browser, v.bver), dev = nodev('Windows 10', `Edge ${v.bver}.0.${'3595'}`);
    su(v, t, A.officeHome, R.officeHome, proxy, dev, { ua, code: 50074, ca: 'Not Applied', sessionId: sess, correlationId: corr, clientApp: 'Browser' });
    su(v, t + 23 * SEC, A.officeHome, R.officeHome, proxy, dev, { ua, mfa: { result: 'MFA successfully completed', method: 'Mobile app notification' }, sessionId: sess, correlationId: corr, clientApp: 'Browser' });
    su(v, t + 31 * SEC, A.officeHome, R.officeHome, proxy, dev, { ua, code: 50140, sessionId: sess, correlationId: corr, clientApp: 'Browser' });
    su(v, t + 36 * SEC, A.officeHome, R.officeHome, proxy, dev, { ua, mfa: MFA_CLAIM, sessionId: sess, correlationId: corr, clientApp: 'Browser' });
    // the stolen session, 14 minutes later, from a VPS with a Node.js client through the Authentication Broker
    let tt = t + 14 * MIN;
    const axios = 'axios/1.8.4';
    su(v, tt, A.owa, R.exchange, rep1, nodev('', ''), { ua: axios, mfa: MFA_CLAIM, sessionId: sess, clientApp: 'Browser' });
    for (let i = 0; i < 11; i++) { tt += r.int(3, 14) * MIN; sn(v, tt, A.broker, r.pick([R.graph, R.exchange, R.graph]), rep1, {}, { ua: axios, sessionId: sess }); }
    // persistence: the attacker adds an Authenticator of their own (My Sign-ins, same stolen session)
    const treg = t + 58 * MIN, chrome = UA.chromeWin(153);
    su(v, treg - 40 * SEC, A.mySignins, R.userAuthMethod, rep1, nodev('Windows 10', 'Chrome 153.0.0'), { ua: chrome, mfa: MFA_CLAIM, sessionId: sess, clientApp: 'Browser' });
    registerMethod(log, r, v, treg, rep1.ip, chrome, 'app');
    // 11 November (a holiday in France): back with a password and the attacker's own phone, from another exit
    const t2 = Date.UTC(2026, 10, 11, 7, 48, 5), sess2 = r.uuid(), corr2 = r.uuid();
    su(v, t2, A.owa, R.exchange, rep2, nodev('Windows 10', 'Chrome 153.0.0'), { ua: chrome, code: 50074, ca: 'Not Applied', sessionId: sess2, correlationId: corr2, clientApp: 'Browser' });
    su(v, t2 + 19 * SEC, A.owa, R.exchange, rep2, nodev('Windows 10', 'Chrome 153.0.0'), { ua: chrome, mfa: { result: 'MFA successfully completed', method: 'Mobile app notification' }, sessionId: sess2, correlationId: corr2, clientApp: 'Browser' });
    let t3 = t2 + 2 * MIN;
    for (let i = 0; i < 9; i++) { t3 += r.int(4, 16) * MIN; sn(v, t3, A.owa, r.pick([R.exchange, R.graph, R.sharepoint]), rep2, {}, { ua: chrome, sessionId: sess2 }); }
    return { victim: v.upn, technique: 'T1557 AiTM, T1539 session cookie, T1098.005 device registration (MFA method)' };
  });

  // ---------------------------------------------------------------------------------------- S02 fasthttp password spray
  scenario('s02-fasthttp-spray-residential-botnet', 'Low-and-slow password spray with the fasthttp client against Azure AD Graph from residential lines, mostly Brazil', (c) => {
    const botKeys = Object.keys(X).filter((k) => k.startsWith('bot_'));
    const weights = botKeys.map((k) => { const b = BOT.find(([n]) => k.startsWith(`bot_${n}_`)); return [k, b[4] / b[3].length]; });
    const addrs = Array.from({ length: 58 }, () => ip(r.weighted(weights)));
    const targets = r.sample(dir.members.filter((u) => u.role !== 'frontline' && !B.reserved.has(u)), 240);
    const valid = new Set(targets.slice(0, 4));
    const hits = new Map();
    let t = Date.UTC(2026, 10, 12, 2, 47);
    const end = Date.UTC(2026, 10, 14, 21, 30);
    const order = r.shuffle([...targets, ...r.sample(targets, 90), ...r.sample(targets.slice(0, 30), 25)]);
    const dt = (end - t) / order.length;
    for (const u of order) {
      t += dt * r.float(0.3, 1.7);
      const a = r.pick(addrs);
      const n = (hits.get(u) || 0) + 1; hits.set(u, n);
      let code = 50126;
      if (valid.has(u) && n === 1) code = ALLOWED.has(PLACES[a.place][2]) ? 50076 : 53003;
      else if (n >= 3 && r.chance(0.6)) code = 50053;
      su(u, t, A.aadPs, R.aadGraph, a, {}, { ua: 'fasthttp', code, protocol: 'ropc', clientApp: 'Other clients', authReq: 'singleFactorAuthentication', ca: code === 53003 ? 'Failure' : 'Not Applied', signInIdentifier: u.upn });
      c.ips.add(a.ip);
      if (code === 53003 || code === 50053 || code === 50076) c.users.add(u.upn);
    }
    return { technique: 'T1110.003 password spraying', targeted: targets.length };
  });

  // ---------------------------------------------------------------------------------------- S03 TeamFiltration (UNK_SneakyStrike)
  scenario('s03-teamfiltration-aws-spray-shared-account', 'TeamFiltration spray from AWS regions (UNK_SneakyStrike); the MFA-exempt training account falls, FOCI tokens for mail and files', (c) => {
    const tfua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/1.3.00.30866 Chrome/80.0.3987.165 Electron/8.5.1 Safari/537.36';
    const regions = ['aws_use1', 'aws_paris', 'aws_sg', 'aws_br', 'aws_jp'];
    const form = dir.svc.formation;
    const targets = r.sample(dir.members.filter((u) => ['office', 'sales', 'it', 'exec'].includes(u.role) && !B.reserved.has(u)), 150);
    const mfaUser = targets[17];
    let t = Date.UTC(2026, 10, 13, 19, 31, 12);
    let region = 0, cur = ip(regions[0]);
    const list = [...targets.slice(0, 90), form, ...targets.slice(90)];
    list.forEach((u, i) => {
      if (i % 12 === 0) { region = (region + 1) % regions.length; cur = ip(regions[region]); }
      t += r.int(8, 45) * SEC;
      let code = 50126;
      if (u === mfaUser) { cur = ip('aws_use1'); code = 50076; }
      if (u === form) { cur = ip('aws_paris'); code = 0; }
      su(u, t, A.teams, R.teamsSvc, cur, {}, { ua: tfua, code, protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients', authReq: 'singleFactorAuthentication', ca: code === 0 ? 'Success' : 'Not Applied', signInIdentifier: u.upn, sessionId: code === 0 ? (c.sess = r.uuid()) : '' });
      c.ips.add(cur.ip);
      if (code !== 50126) c.users.add(u.upn);
      if (code === 0) c.tform = t;
    });
    // FOCI: the Teams refresh token redeemed for Graph, Exchange and OneDrive, from the same AWS Paris egress
    const paris = [ip('aws_paris'), ip('aws_paris')];
    paris.forEach((a) => c.ips.add(a.ip));
    let tt = c.tform + 3 * MIN;
    for (let i = 0; i < 26; i++) { tt += r.int(2, 9) * MIN; sn(form, tt, r.pick([A.teams, A.office, A.oneDriveSync]), r.pick([R.graph, R.exchange, R.sharepoint, R.sharepoint]), r.pick(paris), {}, { ua: tfua, sessionId: c.sess, authReq: 'singleFactorAuthentication' }); }
    let t2 = Date.UTC(2026, 10, 14, 9, 12);
    for (let i = 0; i < 8; i++) { t2 += r.int(5, 30) * MIN; sn(form, t2, A.oneDriveSync, R.sharepoint, paris[1], {}, { ua: tfua, sessionId: c.sess, authReq: 'singleFactorAuthentication' }); }
    return { technique: 'T1110.003, T1528 (FOCI refresh tokens), T1530' };
  });

  // ---------------------------------------------------------------------------------------- S04 MFA fatigue
  scenario('s04-mfa-fatigue-night-push', 'Push bombing at 2 a.m. on a Saturday night with a leaked password, through French residential proxies; the victim approves, the attacker adds a method', (c) => {
    const v = take((u) => u.dept === 'Usine Saint-Etienne - Maintenance' && u.mfa === 'app' && u.laptopOs === 'win', 's04');
    c.users.add(v.upn);
    const px = [ip('rp_free'), ip('rp_bytel'), ip('rp_orange')];
    px.forEach((a) => c.ips.add(a.ip));
    const ua = UA.chromeWin(155), dev = nodev('Windows 10', 'Chrome 155.0.0');
    let t = Date.UTC(2026, 10, 15, 1, 4, 40);
    for (let i = 0; i < 14; i++) {
      const a = px[Math.floor(i / 5) % 3], corr = r.uuid();
      su(v, t, A.officeHome, R.officeHome, a, dev, { ua, code: 50074, ca: 'Not Applied', correlationId: corr, clientApp: 'Browser' });
      su(v, t + r.int(35, 70) * SEC, A.officeHome, R.officeHome, a, dev, { ua, code: 500121, ca: 'Not Applied', correlationId: corr, clientApp: 'Browser', mfa: { result: r.chance(0.6) ? 'MFA denied; user did not respond to mobile app notification' : 'MFA denied; user declined the authentication', method: 'Mobile app notification' } });
      t += r.int(100, 240) * SEC;
    }
    const a = px[2], corr = r.uuid(), sess = r.uuid();
    su(v, t, A.officeHome, R.officeHome, a, dev, { ua, code: 50074, ca: 'Not Applied', correlationId: corr, sessionId: sess, clientApp: 'Browser' });
    su(v, t + 28 * SEC, A.officeHome, R.officeHome, a, dev, { ua, mfa: { result: 'MFA successfully completed', method: 'Mobile app notification' }, correlationId: corr, sessionId: sess, clientApp: 'Browser' });
    su(v, t + 9 * MIN, A.mySignins, R.userAuthMethod, a, dev, { ua, mfa: MFA_CLAIM, sessionId: sess, clientApp: 'Browser' });
    registerMethod(log, r, v, t + 10 * MIN, a.ip, ua, 'app');
    let tt = t + 14 * MIN;
    for (let i = 0; i < 14; i++) { tt += r.int(3, 9) * MIN; sn(v, tt, r.pick([A.owa, A.officeHome, A.owa]), r.pick([R.exchange, R.sharepoint, R.graph]), a, {}, { ua, sessionId: sess }); }
    // Monday evening: back with the attacker's own Authenticator, another proxy
    const b = ip('rp_sfr'); c.ips.add(b.ip);
    const t2 = Date.UTC(2026, 10, 16, 19, 7, 31), s2 = r.uuid(), c2 = r.uuid();
    su(v, t2, A.owa, R.exchange, b, dev, { ua, code: 50074, ca: 'Not Applied', correlationId: c2, sessionId: s2, clientApp: 'Browser' });
    su(v, t2 + 16 * SEC, A.owa, R.exchange, b, dev, { ua, mfa: { result: 'MFA successfully completed', method: 'Mobile app notification' }, correlationId: c2, sessionId: s2, clientApp: 'Browser' });
    let t3 = t2;
    for (let i = 0; i < 10; i++) { t3 += r.int(4, 12) * MIN; sn(v, t3, A.owa, r.pick([R.exchange, R.sharepoint]), b, {}, { ua, sessionId: s2 }); }
    return { victim: v.upn, technique: 'T1621 MFA request generation, T1098.005' };
  });

  // ---------------------------------------------------------------------------------------- S05 device code (Storm-2372)
  scenario('s05-device-code-phishing-broker-prt', 'Device-code phishing with the Authentication Broker client (Storm-2372): a device registered by the attacker, then a primary refresh token', (c) => {
    const v = take((u) => u.dept === 'Achats' && u.browser === 'edgeWin' && u.laptopOs === 'win' && !u.telework.has(3), 's05');
    c.users.add(v.upn);
    const poll = ip('ovh'), prt2 = ip('ovh');
    [poll, prt2].forEach((a) => c.ips.add(a.ip));
    const t = Date.UTC(2026, 10, 18, 9, 41, 2), corr = r.uuid(), sess = r.uuid();
    for (let i = 5; i >= 1; i--) sn(v, t - i * 5 * SEC, A.broker, R.drs, poll, {}, { code: 70016, ua: UA.pyreq(), protocol: 'deviceCode', correlationId: corr, ca: 'Not Applied' });
    const br = laptopBrowser(v);
    su(v, t, A.broker, R.drs, siteAddr('voiron'), br, { ua: uaFor(v.browser, v.bver), mfa: MFA_CLAIM, protocol: 'deviceCode', transfer: 'deviceCodeFlow', correlationId: corr, sessionId: sess, itt: 'primaryRefreshToken', clientApp: 'Browser' });
    sn(v, t + 6 * SEC, A.broker, R.drs, poll, {}, { ua: UA.pyreq(), protocol: 'deviceCode', transfer: 'deviceCodeFlow', correlationId: corr, sessionId: sess });
    // the attacker registers a device with the refresh token, then asks for a PRT for it
    const devId = r.uuid(), devName = 'DESKTOP-7H2K9QF', tr = t + 3 * MIN;
    const dreg = { kind: 'app', displayName: 'Device Registration Service', spId: 'a1b2c3d4-0f9e-4d8c-b7a6-5e4d3c2b1a09', spName: 'Device Registration Service', ip: '' };
    log.audit({ t: tr, service: 'Core Directory', category: 'DeviceManagement', activity: 'Add device', actor: dreg, targets: [{ type: 'Device', displayName: devName, id: devId, props: [{ name: 'AccountEnabled', old: '[]', new: '[true]' }, { name: 'OperatingSystem', old: '[]', new: '["Windows"]' }, { name: 'DeviceTrustType', old: '[]', new: '["Workplace"]' }, { name: 'DisplayName', old: '[]', new: `["${devName}"]` }] }] });
    log.audit({ t: tr + SEC, service: 'Core Directory', category: 'DeviceManagement', activity: 'Add registered owner to device', actor: dreg, targets: [{ type: 'Device', displayName: devName, id: devId }, userTarget(v)] });
    log.audit({ t: tr + 2 * SEC, service: 'Core Directory', category: 'DeviceManagement', activity: 'Add registered users to device', actor: dreg, targets: [{ type: 'Device', displayName: devName, id: devId }, userTarget(v)] });
    log.audit({ t: tr + 3 * SEC, service: 'Device Registration Service', category: 'Device', activity: 'Register device', actor: actorUser(v, poll.ip), ua: 'Dsreg/10.0 (Windows 10.0.19045.5487)', targets: [{ type: 'Device', displayName: devName, id: devId }], details: [['Device Id', devId], ['Device OS', 'Windows'], ['Device Trust Type', 'Workplace']] });
    const rogue = { id: devId, os: 'Windows10', browser: 'Rich Client 4.79.2.0', compliant: false, managed: false, joinType: 'Microsoft Entra registered' };
    const sessP = r.uuid();
    su(v, tr + 4 * MIN, A.broker, R.aadGraph, poll, rogue, { ua: UA.wam(), mfa: MFA_CLAIM, sessionId: sessP, clientApp: 'Mobile Apps and Desktop clients', itt: 'refreshToken' });
    // the PRT at work: mail, files, Graph over the next two days
    let tt = tr + 8 * MIN;
    const until = Date.UTC(2026, 10, 20, 17, 30);
    while (tt < until) {
      tt += r.int(20, 180) * MIN;
      if (r.chance(0.35) && new Date(tt).getUTCHours() > 22) continue;
      sn(v, tt, r.pick([A.office, A.owa, A.broker, A.oneDriveSync]), r.pick([R.exchange, R.graph, R.sharepoint]), r.chance(0.5) ? poll : prt2, rogue, { itt: 'primaryRefreshToken', sessionId: sessP });
    }
    return { victim: v.upn, technique: 'T1566 device code phishing, T1098.005 device registration, T1550.001 PRT' };
  });

  // ---------------------------------------------------------------------------------------- S06 OAuth consent phishing
  const FAKE_APP = { id: '8e3f1b7c-2d94-4a6e-b05f-71c9d8a2e416', name: 'DocuSign eSignature - Secure Viewer', owner: '4d2c9e81-7b3a-4f56-8e10-a9b5c7d3f2e8' };
  scenario('s06-consent-phishing-fake-docusign-app', 'Consent phishing: a user consents to a fake "DocuSign" multi-tenant app (unverified) asking for mail and files; the attacker uses the grant from Hetzner', (c) => {
    const v = take((u) => u.dept === 'Ventes France' && u.site === 'voiron' && u.browser === 'edgeWin' && !u.telework.has(1), 's06');
    c.users.add(v.upn);
    const h1 = ip('hetzner'), h2 = ip('hetzner'), h3 = ip('hetzner_fi');
    [h1, h2, h3].forEach((a) => c.ips.add(a.ip));
    const t = Date.UTC(2026, 10, 16, 10, 12, 44);
    const addr = siteAddr('voiron'), br = laptopBrowser(v), ua = uaFor(v.browser, v.bver);
    su(v, t, FAKE_APP, R.graph, addr, br, { ua, code: 65001, sessionId: v.sessLaptop, itt: 'primaryRefreshToken', clientApp: 'Browser' });
    consent(log, r, v, t + 31 * SEC, addr.ip, ua, FAKE_APP, 'User.Read Mail.Read Mail.Send Files.Read.All offline_access openid profile', { newSp: true, verified: false });
    su(v, t + 44 * SEC, FAKE_APP, R.graph, addr, br, { ua, mfa: MFA_CLAIM, sessionId: v.sessLaptop, itt: 'primaryRefreshToken', clientApp: 'Browser' });
    let tt = t + 17 * MIN;
    const until = Date.UTC(2026, 10, 22, 21, 0);
    while (tt < until) { tt += r.int(40, 200) * MIN; sn(v, tt, FAKE_APP, R.graph, tt < Date.UTC(2026, 10, 19) ? r.pick([h1, h2]) : h3, {}, { ua: '', sessionId: r.uuid() }); }
    return { victim: v.upn, app: FAKE_APP.name, technique: 'T1528 illicit consent grant' };
  });

  // ---------------------------------------------------------------------------------------- S07 help-desk social engineering
  scenario('s07-helpdesk-social-engineering-global-admin', 'A caller talks the outsourced help desk into resetting an IT admin\'s password and MFA; PIM Global Administrator, a backdoor admin, CA disabled, an app with full_access_as_app', (c) => {
    const adm = dir.admins[5];
    B.reserved.add(adm);
    const agent = dir.helpdesk[7];
    c.users.add(adm.upn);
    const mob = ip('tmus'), vps1 = ip('vultr'), vps2 = ip('vultr');
    [mob, vps1, vps2].forEach((a) => c.ips.add(a.ip));
    const t0 = Date.UTC(2026, 10, 19, 16, 4, 50);
    helpdeskReset(log, r, agent, adm, t0, 'mfa', NOVA_IP, uaFor(agent.browser, agent.bver));
    helpdeskReset(log, r, agent, adm, t0 + 2 * MIN, 'password', NOVA_IP, uaFor(agent.browser, agent.bver));
    const ua = UA.chromeWin(155), dev = nodev('Windows 10', 'Chrome 155.0.0');
    const t1 = t0 + 17 * MIN, corr = r.uuid(), sess = r.uuid();
    su(adm, t1, A.mySignins, R.userAuthMethod, mob, dev, { ua, code: 50079, ca: 'Not Applied', correlationId: corr, sessionId: sess, clientApp: 'Browser' });
    registerMethod(log, r, adm, t1 + 40 * SEC, mob.ip, ua, 'app');
    su(adm, t1 + 4 * MIN, A.entraPortal, R.entraAdmin, mob, dev, { ua, mfa: { result: 'MFA successfully completed', method: 'Mobile app notification' }, correlationId: r.uuid(), sessionId: sess, clientApp: 'Browser' });
    const tp = t1 + 12 * MIN;
    pimActivation(log, r, adm, 'Global Administrator', tp, mob.ip, ua, 'INC0093310 restauration accès après perte téléphone', 8);
    for (let i = 0; i < 9; i++) sn(adm, tp + (2 + i * 6) * MIN, A.entraPortal, r.pick([R.graph, R.entraAdmin]), mob, dev, { ua, sessionId: sess });
    // a backdoor Global Administrator
    const bd = { id: r.uuid(), upn: `svc-backup-cloud@${TENANT.domain}`, displayName: 'Service Sauvegarde Cloud', userType: 'Member', homeTenantId: TENANT.id, role: 'svc' };
    dir.users.push(bd); c.users.add(bd.upn);
    const ta = tp + 7 * MIN;
    log.audit({ t: ta, service: 'Core Directory', category: 'UserManagement', activity: 'Add user', actor: actorUser(adm, mob.ip), ua, targets: [userTarget(bd, [{ name: 'AccountEnabled', old: '[]', new: '[true]' }, { name: 'DisplayName', old: '[]', new: `["${bd.displayName}"]` }, { name: 'UserPrincipalName', old: '[]', new: `["${bd.upn}"]` }])] });
    log.audit({ t: ta + 3 * MIN, service: 'Core Directory', category: 'RoleManagement', activity: 'Add member to role', actor: actorUser(adm, mob.ip), ua, targets: [userTarget(bd), { type: 'Role', displayName: 'Global Administrator', id: r.uuid(), props: [{ name: 'Role.DisplayName', old: '', new: '"Global Administrator"' }, { name: 'Role.TemplateId', old: '', new: `"${ROLES['Global Administrator']}"` }, { name: 'Role.WellKnownObjectName', old: '', new: '"TenantAdmins"' }] }] });
    // Conditional Access: the country block switched off
    const pol = { id: 'f0a3c2d1-5b6e-4c7f-8a9b-0c1d2e3f4a5b', displayName: 'CA003 - Bloquer hors pays autorisés' };
    const polJson = (state) => JSON.stringify({ id: pol.id, displayName: pol.displayName, createdDateTime: '2024-03-18T10:22:41.5532114+00:00', state, conditions: { applications: { includeApplications: ['All'] }, users: { includeUsers: ['All'], excludeGroups: ['GS-CA-BreakGlass'] }, locations: { includeLocations: ['All'], excludeLocations: ['b6c1f2e4-7a3d-4e5b-9c08-1d2f3a4b5c6e'] }, clientAppTypes: ['all'] }, grantControls: { operator: 'OR', builtInControls: ['block'] } });
    log.audit({ t: ta + 9 * MIN, service: 'Conditional Access', category: 'Policy', activity: 'Update conditional access policy', actor: actorUser(adm, mob.ip), ua, targets: [{ type: 'Policy', displayName: pol.displayName, id: pol.id, props: [{ name: 'ConditionalAccessPolicy', old: polJson('enabled'), new: polJson('disabled') }] }] });
    // an application with Exchange's full_access_as_app and Graph Mail.ReadWrite (application permissions)
    const app = { id: r.uuid(), name: 'Outlook Sync Connector', objectId: r.uuid() }, spId = r.uuid(), tapp = ta + 16 * MIN;
    log.audit({ t: tapp, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add application', actor: actorUser(adm, mob.ip), ua, targets: [{ type: 'Application', displayName: app.name, id: app.objectId, props: [{ name: 'AppId', old: '', new: `"${app.id}"` }, { name: 'DisplayName', old: '', new: `"${app.name}"` }] }] });
    log.audit({ t: tapp + 2 * SEC, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add service principal', actor: actorUser(adm, mob.ip), ua, targets: [{ type: 'ServicePrincipal', displayName: app.name, id: spId, props: [{ name: 'AppPrincipalId', old: '[]', new: `["${app.id}"]` }] }] });
    secretRotation(log, r, adm, tapp + 2 * MIN, mob.ip, ua, app, 'sync', { removeOld: false });
    for (const [res, val, id] of [['Office 365 Exchange Online', 'full_access_as_app', 'dc890d15-9560-4a4c-9b7f-a736ec74ec40'], ['Microsoft Graph', 'Mail.ReadWrite', 'e2a3a72e-5f79-4c64-b1b1-878b674786c9']]) {
      log.audit({ t: tapp + 4 * MIN + (val === 'Mail.ReadWrite' ? 20 * SEC : 0), service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add app role assignment to service principal', actor: actorUser(adm, mob.ip), ua,
        targets: [{ type: 'ServicePrincipal', displayName: res, id: r.uuid(), props: [{ name: 'AppRole.Id', old: '', new: `"${id}"` }, { name: 'AppRole.Value', old: '', new: `"${val}"` }, { name: 'ServicePrincipal.DisplayName', old: '', new: `"${app.name}"` }, { name: 'ServicePrincipal.AppId', old: '', new: `"${app.id}"` }] }, { type: 'ServicePrincipal', displayName: app.name, id: spId }], details: [['User-Agent', ua], ['AppId', app.id]] });
    }
    // the backdoor account signs in from a VPS, registers MFA, works into the night
    const tb = tapp + 22 * MIN, cb = r.uuid(), sb = r.uuid();
    su(bd, tb, A.azurePortal, R.arm, vps1, dev, { ua, code: 50079, ca: 'Not Applied', correlationId: cb, sessionId: sb, clientApp: 'Browser' });
    registerMethod(log, r, bd, tb + 50 * SEC, vps1.ip, ua, 'app');
    su(bd, tb + 3 * MIN, A.azurePortal, R.arm, vps1, dev, { ua, mfa: { result: 'MFA successfully completed', method: 'Mobile app notification' }, correlationId: r.uuid(), sessionId: sb, clientApp: 'Browser' });
    let tt = tb + 4 * MIN;
    for (let i = 0; i < 12; i++) { tt += r.int(4, 15) * MIN; sn(bd, tt, r.pick([A.azurePortal, A.graphCli, A.entraPortal]), r.pick([R.arm, R.graph, R.graph]), vps1, {}, { ua: r.pick([ua, UA.pwsh()]), sessionId: sb }); }
    const tn = Date.UTC(2026, 10, 20, 2, 12), sn2 = r.uuid();
    su(bd, tn, A.graphCli, R.graph, vps2, dev, { ua: UA.pwsh(), mfa: { result: 'MFA successfully completed', method: 'Mobile app notification' }, sessionId: sn2, clientApp: 'Mobile Apps and Desktop clients' });
    for (let i = 0; i < 8; i++) sn(bd, tn + (i + 1) * r.int(6, 14) * MIN, A.graphCli, R.graph, vps2, {}, { ua: UA.pwsh(), sessionId: sn2 });
    return { victim: adm.upn, helpdeskAgent: agent.upn, technique: 'Help-desk social engineering, T1098.003 role, T1556.009 CA, T1098.001 app credentials, app-role grant' };
  });

  // ---------------------------------------------------------------------------------------- S08 sync account → federated domain (Storm-0501)
  scenario('s08-entra-connect-sync-federated-backdoor', 'From the Entra Connect server the sync account resets a synced, MFA-exempt Global Administrator; a federated domain is added and SAML sign-ins forged (Storm-0501)', (c) => {
    const sync = dir.svc.sync, o365 = dir.svc.o365admin;
    const cfo = take((u) => u.dept === 'Finance' && u.role === 'office' && u.laptopOs === 'win', 's08-cfo');
    const drh = take((u) => u.dept === 'RH' && u.laptopOs === 'win', 's08-drh');
    [sync, o365, cfo, drh].forEach((u) => c.users.add(u.upn));
    const l1 = ip('linode'), l2 = ip('linode');
    [l1, l2].forEach((a) => c.ips.add(a.ip));
    const srv = { ip: HQ_SRV, asn: 3215, place: 'paris' };
    let t = Date.UTC(2026, 10, 21, 21, 38, 9);
    for (let i = 0; i < 3; i++) { su(sync, t, A.aadPs, R.aadGraph, srv, {}, { ua: '', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients', authReq: 'singleFactorAuthentication', ca: 'Not Applied' }); t += r.int(90, 300) * SEC; }
    log.audit({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Reset user password', actor: { kind: 'user', displayName: sync.displayName, id: sync.id, upn: sync.upn, ip: '' }, targets: [userTarget(o365)] });
    const ua = UA.chromeWin(155), dev = nodev('Windows 10', 'Chrome 155.0.0');
    const t1 = t + 23 * MIN, s1 = r.uuid();
    su(o365, t1, A.azurePortal, R.arm, l1, dev, { ua, authReq: 'singleFactorAuthentication', ca: 'Success', sessionId: s1, clientApp: 'Browser' });
    su(o365, t1 + 2 * MIN, A.entraPortal, R.entraAdmin, l1, dev, { ua, authReq: 'singleFactorAuthentication', ca: 'Success', sessionId: s1, clientApp: 'Browser' });
    for (let i = 0; i < 7; i++) sn(o365, t1 + (3 + i * 4) * MIN, A.entraPortal, R.graph, l1, dev, { ua, authReq: 'singleFactorAuthentication', sessionId: s1 });
    const dom = 'vrm-industrie-sso.com', actor = actorUser(o365, l1.ip);
    const td = t1 + 8 * MIN;
    log.audit({ t: td, service: 'Core Directory', category: 'DirectoryManagement', activity: 'Add unverified domain', actor, ua, targets: [{ type: 'Directory', displayName: dom, id: r.uuid() }] });
    log.audit({ t: td + 7 * MIN, service: 'Core Directory', category: 'DirectoryManagement', activity: 'Verify domain', actor, ua, targets: [{ type: 'Directory', displayName: dom, id: r.uuid(), props: [{ name: 'VerificationMethod', old: '', new: '"DnsTxtRecord"' }] }] });
    log.audit({ t: td + 10 * MIN, service: 'Core Directory', category: 'DirectoryManagement', activity: 'Set domain authentication', actor, ua, targets: [{ type: 'Directory', displayName: dom, id: r.uuid(), props: [{ name: 'LiveType', old: '"Managed"', new: '"Federated"' }] }] });
    log.audit({ t: td + 10 * MIN + 40 * SEC, service: 'Core Directory', category: 'DirectoryManagement', activity: 'Set federation settings on domain', actor, ua, targets: [{ type: 'Directory', displayName: dom, id: r.uuid(), props: [{ name: 'IssuerUri', old: '', new: `"http://${dom}/adfs/services/trust/"` }, { name: 'PassiveLogOnUri', old: '', new: `"https://sts.${dom}/adfs/ls/"` }, { name: 'FederatedIdpMfaBehavior', old: '', new: '"acceptIfMfaDoneByFederatedIdp"' }, { name: 'SigningCertificate', old: '', new: '"MIIC8DCCAdigAwIBAgIQQk2xY..."' }] }] });
    // forged SAML: sign-ins as the finance director and the HR director, MFA "done" by the rogue IdP
    const tf = td + 24 * MIN;
    for (const [u, a] of [[cfo, l2], [drh, l2]]) {
      const s = r.uuid();
      su(u, tf + (u === drh ? 35 * MIN : 0), A.officeHome, R.officeHome, a, dev, { ua, mfa: { result: 'MFA requirement satisfied by claim provided by external provider', method: 'Federated' }, sessionId: s, clientApp: 'Browser', protocol: 'wsFederation' })._fed = true;
      let tt = tf + (u === drh ? 36 * MIN : MIN);
      for (let i = 0; i < 9; i++) { tt += r.int(5, 15) * MIN; sn(u, tt, r.pick([A.owa, A.officeHome]), r.pick([R.exchange, R.sharepoint, R.graph]), a, {}, { ua, sessionId: s }); }
    }
    for (const row of [...log.interactive, ...log.noninteractive]) if (row._t >= tf && (row.upn === cfo.upn.toLowerCase() || row.upn === drh.upn.toLowerCase()) && row.ip === l2.ip) { row.tokenIssuerType = 'ADFederationServices'; row.tokenIssuerName = `http://${dom}/adfs/services/trust/`; }
    return { technique: 'T1484.002 domain trust modification, T1606.002 SAML token forgery, T1098 (sync account)' };
  });

  // ---------------------------------------------------------------------------------------- S09 infostealer token replay
  scenario('s09-infostealer-cookie-refresh-token-replay', 'Browser cookies and tokens stolen by an infostealer replayed from Dutch hosting, same session, the victim\'s own browser string', (c) => {
    const v = take((u) => u.dept === "Bureau d'études" && u.browser === 'chromeWin' && u.laptopOs === 'win' && u.telework.size > 0, 's09');
    c.users.add(v.upn);
    const w1 = ip('worldstream'), w2 = ip('worldstream'), s1 = ip('stark');
    [w1, w2, s1].forEach((a) => c.ips.add(a.ip));
    const sess = v.sessBrowser || (v.sessBrowser = r.uuid());
    const ua = uaFor(v.browser, v.bver), dev = nodev('Windows 10', `Chrome ${v.bver}.0.0`);
    let t = Date.UTC(2026, 10, 17, 19, 52, 30);
    const until = Date.UTC(2026, 10, 19, 5, 40);
    let k = 0;
    while (t < until) {
      const a = t < Date.UTC(2026, 10, 18, 12) ? (k % 3 ? w1 : w2) : s1;
      if (k % 6 === 0) { const [app, res] = r.pick([[A.officeHome, R.officeHome], [A.owa, R.exchange]]); su(v, t, app, res, a, dev, { ua, mfa: MFA_CLAIM, sessionId: sess, clientApp: 'Browser' }); }
      else sn(v, t, r.pick([A.owa, A.officeHome, A.shell]), r.pick([R.exchange, R.sharepoint, R.sharepoint, R.graph]), a, dev, { ua, sessionId: sess });
      t += r.int(6, 55) * MIN;
      if (new Date(t).getUTCHours() === 8) t += 6 * HOUR; // quieter during the French working day
      k++;
    }
    return { victim: v.upn, technique: 'T1539 steal web session cookie, T1550.004' };
  });

  // ---------------------------------------------------------------------------------------- S10 compromised partner guest
  scenario('s10-compromised-partner-guest-b2b', 'A distributor\'s guest account, taken over in its home tenant, used from a VPN exit in Milan: bulk SharePoint, Teams messages, an extra guest invited', (c) => {
    const g = dir.guests.find((x) => x.partner === 'valvole');
    c.users.add(g.upn);
    const d1 = ip('datacamp_it'), d2 = ip('datacamp_it');
    [d1, d2].forEach((a) => c.ips.add(a.ip));
    const ua = UA.chromeWin(155), dev = nodev('Windows 10', 'Chrome 155.0.0');
    const SP = { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online', owner: A.office.owner };
    let t = Date.UTC(2026, 10, 12, 7, 51, 20);
    const s = r.uuid();
    su(g, t, SP, R.sharepoint, d1, dev, { ua, mfa: MFA_CLAIM, sessionId: s, clientApp: 'Browser' });
    for (let i = 0; i < 34; i++) { t += r.int(1, 6) * MIN; sn(g, t, r.pick([SP, SP, A.teamsWeb]), r.pick([R.sharepoint, R.sharepoint, R.teamsSvc]), d1, {}, { ua, sessionId: s }); }
    const inv = { id: r.uuid(), upn: 'service.clients.valvole@gmail.com', displayName: 'Servizio Clienti Valvole', userType: 'Guest', homeTenantId: TENANT.id };
    dir.users.push(inv); c.users.add(inv.upn);
    const ti = Date.UTC(2026, 10, 12, 9, 12, 8);
    log.audit({ t: ti, service: 'Invited Users', category: 'UserManagement', activity: 'Invite external user', actor: { kind: 'user', displayName: g.displayName, id: g.id, upn: g.upn, ip: d1.ip, homeTenantId: g.homeTenantId }, ua, targets: [{ type: 'User', displayName: inv.displayName, id: inv.id, upn: `service.clients.valvole_gmail.com#EXT#@${TENANT.initial}` }], details: [['invitedUserEmailAddress', inv.upn], ['InvitationId', r.uuid()]] });
    log.audit({ t: ti + 26 * MIN, service: 'Invited Users', category: 'UserManagement', activity: 'Redeem external user invite', actor: { kind: 'user', displayName: inv.displayName, id: inv.id, upn: inv.upn, ip: d2.ip }, ua, targets: [{ type: 'User', displayName: inv.displayName, id: inv.id, upn: inv.upn }] });
    const s2 = r.uuid();
    su(inv, ti + 27 * MIN, A.teamsWeb, R.teamsSvc, d2, dev, { ua, mfa: { result: 'MFA successfully completed', method: 'Email one-time passcode' }, sessionId: s2, clientApp: 'Browser' });
    let t2 = ti + 28 * MIN;
    for (let i = 0; i < 10; i++) { t2 += r.int(3, 12) * MIN; sn(inv, t2, A.teamsWeb, r.pick([R.teamsSvc, R.sharepoint]), d2, {}, { ua, sessionId: s2 }); }
    let t3 = Date.UTC(2026, 10, 13, 8, 5), s3 = r.uuid();
    su(g, t3, SP, R.sharepoint, d2, dev, { ua, mfa: MFA_CLAIM, sessionId: s3, clientApp: 'Browser' });
    for (let i = 0; i < 16; i++) { t3 += r.int(2, 9) * MIN; sn(g, t3, SP, R.sharepoint, d2, {}, { ua, sessionId: s3 }); }
    return { victim: g.upn, technique: 'T1199 trusted relationship, T1078.004, T1136.003' };
  });

  // ---------------------------------------------------------------------------------------- S11 SMTP AUTH spray and invoice fraud
  scenario('s11-smtp-auth-spray-invoice-mailbox', 'Password spray over SMTP AUTH (basic, still on until end of 2026); the ERP invoicing mailbox, exempt from the legacy-auth block, falls and sends mail', (c) => {
    const f = dir.svc.factures;
    c.users.add(f.upn);
    const sp = [ip('viettel'), ip('viettel'), ip('vnpt'), ip('aeza'), ip('stark'), ip('vnpt')];
    sp.forEach((a) => c.ips.add(a.ip));
    const targets = r.sample(dir.members.filter((u) => u.role !== 'frontline' && !B.reserved.has(u)), 70);
    const blocked = targets.slice(0, 2);
    let t = Date.UTC(2026, 10, 9, 22, 41, 3);
    const list = r.shuffle([...targets, ...r.sample(targets, 30)]);
    list.splice(55, 0, f);
    const seen = new Map();
    for (const u of list) {
      t += r.int(3, 9) * MIN * 0.6;
      const a = r.pick(sp), n = (seen.get(u) || 0) + 1; seen.set(u, n);
      let code = 50126, ca = 'Not Applied';
      if (u === f) code = 0;
      else if (blocked.includes(u) && n === 1) { code = 53003; ca = 'Failure'; c.users.add(u.upn); }
      else if (n >= 2 && r.chance(0.35)) code = 50053;
      su(u, t, A.exchange, R.exchange, a, {}, { ua: UA.bav2ropc(), code, protocol: 'ropc', clientApp: 'Authenticated SMTP', authReq: 'singleFactorAuthentication', ca, signInIdentifier: u.upn });
      if (u === f) c.tok = { t, a };
    }
    let tt = c.tok.t + 3 * MIN;
    for (let i = 0; i < 38; i++) { tt += r.int(1, 6) * MIN; su(f, tt, A.exchange, R.exchange, c.tok.a, {}, { ua: UA.bav2ropc(), protocol: 'ropc', clientApp: 'Authenticated SMTP', authReq: 'singleFactorAuthentication' }); }
    const b = ip('stark'); c.ips.add(b.ip);
    let t2 = Date.UTC(2026, 10, 16, 3, 2, 40);
    for (let i = 0; i < 30; i++) { t2 += r.int(1, 5) * MIN; su(f, t2, A.exchange, R.exchange, b, {}, { ua: UA.bav2ropc(), protocol: 'ropc', clientApp: 'Authenticated SMTP', authReq: 'singleFactorAuthentication' }); }
    return { technique: 'T1110.003 over legacy SMTP AUTH, T1114/T1534 mail abuse' };
  });

  // ---------------------------------------------------------------------------------------- S12 ConsentFix (Azure CLI auth code)
  scenario('s12-consentfix-azure-cli-auth-code', 'ConsentFix: a finance controller pastes an Azure CLI localhost URL; the attacker redeems the code for legacy Azure AD Graph and Graph tokens from a VPN exit in Paris', (c) => {
    const v = take((u) => u.dept === 'Finance' && u.browser === 'edgeWin' && u.laptopOs === 'win' && !u.telework.has(5), 's12');
    c.users.add(v.upn);
    const d1 = ip('datacamp_fr'), d2 = ip('datacamp_fr');
    [d1, d2].forEach((a) => c.ips.add(a.ip));
    const t = Date.UTC(2026, 10, 20, 13, 31, 26), corr = r.uuid();
    su(v, t, A.azureCli, R.aadGraph, siteAddr('voiron'), laptopBrowser(v), { ua: uaFor(v.browser, v.bver), mfa: MFA_CLAIM, correlationId: corr, sessionId: v.sessLaptop, itt: 'primaryRefreshToken', clientApp: 'Browser' });
    const py = 'python-requests/2.31.0';
    sn(v, t + 2 * MIN + 11 * SEC, A.azureCli, R.aadGraph, d1, {}, { ua: py, correlationId: corr, sessionId: v.sessLaptop });
    let tt = t + 4 * MIN;
    for (let i = 0; i < 14; i++) { tt += r.int(4, 20) * MIN; sn(v, tt, A.azureCli, r.pick([R.graph, R.aadGraph, R.graph, R.arm]), d1, {}, { ua: py, sessionId: v.sessLaptop }); }
    let t2 = Date.UTC(2026, 10, 21, 7, 55);
    for (let i = 0; i < 9; i++) { t2 += r.int(5, 25) * MIN; sn(v, t2, r.pick([A.azureCli, A.office]), r.pick([R.graph, R.exchange]), d2, {}, { ua: py, sessionId: v.sessLaptop }); }
    return { victim: v.upn, technique: 'OAuth authorization-code theft (ConsentFix / AuthCodeFix), T1528' };
  });

  // ---------------------------------------------------------------------------------------- S13 VS Code token theft → app secret
  scenario('s13-vscode-token-theft-app-secret-backdoor', 'A developer\'s VS Code tokens stolen by a malicious extension (GlassWorm-style); from DigitalOcean the attacker adds a secret to the app the developer owns', (c) => {
    const v = dir.devs[2];
    B.reserved.add(v);
    c.users.add(v.upn);
    const o1 = ip('digitalocean'), o2 = ip('digitalocean');
    [o1, o2].forEach((a) => c.ips.add(a.ip));
    const t = Date.UTC(2026, 10, 18, 21, 6, 12), ua = 'node';
    let tt = t;
    for (let i = 0; i < 6; i++) { sn(v, tt, A.vscode, r.pick([R.graph, R.arm, R.graph]), o1, {}, { ua, sessionId: v.sessLaptop }); tt += r.int(2, 7) * MIN; }
    secretRotation(log, r, v, t + 19 * MIN, o1.ip, ua, APPS.gmao, 'backup-key', { removeOld: false });
    for (let i = 0; i < 5; i++) { tt += r.int(5, 20) * MIN; sn(v, tt, A.vscode, r.pick([R.graph, R.arm, R.kv]), o1, {}, { ua, sessionId: v.sessLaptop }); }
    let t2 = Date.UTC(2026, 10, 19, 20, 14);
    for (let i = 0; i < 7; i++) { t2 += r.int(6, 25) * MIN; sn(v, t2, A.vscode, r.pick([R.graph, R.arm, R.storage]), o2, {}, { ua, sessionId: v.sessLaptop }); }
    return { victim: v.upn, app: APPS.gmao.name, technique: 'T1528, T1098.001 additional cloud credentials' };
  });

  return truth;
}
