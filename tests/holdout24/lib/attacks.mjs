// The thirteen planted attacks. prepareAttacks() runs BEFORE the honest traffic (it picks victims, pins their habits,
// and reserves every attacker address so nothing benign can ever draw it); plantAttacks() runs after it.
import { COUNTRIES, APPS, RES, SAAS, NATIVE_UA, UA } from './world.mjs';
import { T0, DAY, HOUR, MIN, isWeekend } from './tenant.mjs';
import { tUser, tSp, tApp, tRole, tDevice, js, keyDesc } from './events.mjs';

const at = (d, h, m = 0, s = 0) => T0 + d * DAY + h * HOUR + m * MIN + s * 1000;
const CHROME_WIN_OLD = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const bareDev = (os, osName, browser, ua) => ({ id: '', name: '', os, osName, browser, ua, compliant: false, managed: false, trust: '' });

export function prepareAttacks(T, net, rng) {
  const r = rng.fork('attacks');
  const P = { r };
  const m = T.users.filter((u) => u.kind === 'member' && u.leaveDay === undefined && u.joinDay === undefined);
  const pin = (u) => { u.trip = undefined; u.holiday = undefined; u.nomad = undefined; u.newLaptopDay = undefined; u.vpn = null; return u; };
  const first = (f, label) => { const u = m.find(f); if (!u) throw new Error('no victim for ' + label); return pin(u); };
  const A = (name) => `attack:${name}`;
  const host = (prefix, asn, org, cc, city, name) => net.place(net.fresh(prefix, A(name)), asn, cc, city, 'hosting', org);
  const resi = (cc, isp, city, name) => { const pfx = r.pick(net.ispPrefixes(cc, isp[0])); return net.place(net.fresh(pfx, A(name)), isp[1], cc, city, 'home', isp[0]); };
  const C = (cc, name) => COUNTRIES[cc].cities.find((c) => c[0] === name) || COUNTRIES[cc].cities[0];

  // 1 AiTM
  P.aitm = { v: first((u) => u.group === 'sales' && u.cc === 'GB' && u.city[0] === 'London', 'aitm'),
    proxy: host('51.195.14', 16276, 'OVH SAS', 'FR', ['Roubaix', 'Hauts-de-France', 50.69, 3.17], 'aitm'),
    replay: host('45.76.21', 20473, 'The Constant Company, LLC', 'US', ['Piscataway', 'New Jersey', 40.55, -74.46], 'aitm'),
    replay2: host('159.223.117', 14061, 'DigitalOcean, LLC', 'US', ['North Bergen', 'New Jersey', 40.80, -74.01], 'aitm') };
  // 2 refresh-token theft from an engineer's machine (non-interactive only)
  P.rt = { v: first((u) => u.group === 'eng' && u.cc === 'PL' && u.city[0] === 'Warsaw' && u.laptop.os !== 'linux', 'rt'),
    p: [resi('DE', ['Deutsche Telekom', 3320], C('DE', 'Berlin'), 'rt'), resi('NL', ['Ziggo', 33915], C('NL', 'Rotterdam'), 'rt'), resi('DE', ['Vodafone Deutschland', 3209], C('DE', 'Hamburg'), 'rt')] };
  // 3 device-code phishing
  P.dc = { v: first((u) => u.group === 'ga' && u.dept === 'Finance' && u.cc === 'US' && u.city[0] !== 'Austin' && !u.ztna, 'dc'),
    vps: [host('95.217.36', 24940, 'Hetzner Online GmbH', 'FI', ['Helsinki', 'Uusimaa', 60.17, 24.94], 'dc'), host('95.217.201', 24940, 'Hetzner Online GmbH', 'FI', ['Helsinki', 'Uusimaa', 60.17, 24.94], 'dc')] };
  // 4 low-and-slow spray through residential proxies
  const proxyPlan = [['US', 7922, 'Comcast Cable Communications', 'Atlanta'], ['US', 20115, 'Charter Communications', 'Chicago'], ['US', 7018, 'AT&T Services', 'Denver'], ['BR', 27699, 'Telefonica Brasil', 'Sao Paulo'], ['BR', 28573, 'Claro NXT', 'Sao Paulo'], ['IN', 24560, 'Bharti Airtel', 'Pune'], ['IN', 24309, 'Atria Convergence Technologies', 'Bengaluru'], ['VN', 7552, 'Viettel', 'Ho Chi Minh City'], ['ID', 7713, 'Telkom Indonesia', 'Denpasar'], ['MX', 8151, 'Telmex', 'Guadalajara'], ['CO', 10620, 'Comunicacion Celular Comcel', 'Bogota'], ['TR', 9121, 'Turk Telekom', 'Istanbul'], ['RO', 8708, 'RCS & RDS', 'Bucharest'], ['AR', 7303, 'Telecom Argentina', 'Cordoba']];
  P.spray = { proxies: Array.from({ length: 28 }, (_, i) => { const [cc, asn, isp, city] = proxyPlan[i % proxyPlan.length]; return resi(cc, [isp, asn], C(cc, city), 'spray'); }),
    hit: first((u) => u.group === 'ga' && u.dept === 'Marketing' && !u.ztna && u.mfa === 'push', 'spray') };
  // 5 fast spray from a VPS → shared demo account
  P.fast = { ips: [host('45.134.26', 44477, 'Stark Industries Solutions Ltd', 'NL', ['Amsterdam', 'Noord-Holland', 52.37, 4.89], 'fast'), host('45.134.140', 44477, 'Stark Industries Solutions Ltd', 'NL', ['Amsterdam', 'Noord-Holland', 52.37, 4.89], 'fast')],
    demo: T.users.find((u) => u.upn.startsWith('demo-emea@')) };
  // 6 MFA fatigue on an SRE at 3 am local
  P.fat = { v: first((u) => u.group === 'sre' && u.cc === 'AU' && u.mfa === 'push', 'fatigue'), ip: host('37.120.204', 9009, 'M247 Europe SRL', 'AU', ['Sydney', 'New South Wales', -33.87, 151.21], 'fatigue') };
  // 7 OAuth consent phishing
  P.oauth = { v: first((u) => u.group === 'cs' && u.cc === 'CA' && u.phone, 'oauth'), ips: [host('172.105.14', 63949, 'Akamai Connected Cloud', 'US', ['Newark', 'New Jersey', 40.74, -74.17], 'oauth'), host('51.195.140', 16276, 'OVH SAS', 'FR', ['Roubaix', 'Hauts-de-France', 50.69, 3.17], 'oauth')],
    app: { id: r.uuid(), name: 'DocuVault Secure Viewer', spId: r.uuid(), scopes: 'Mail.Read Mail.Send Files.Read.All Contacts.Read User.Read offline_access openid profile' } };
  // 8 compromised identity admin adds a credential and app permissions
  const idAdmins = T.users.filter((u) => u.group === 'it' && u.admin === 'identity');
  P.adm = { v: pin(idAdmins.find((u) => u.cc === 'NL') || idAdmins[0]), ip: host('77.221.158', 210644, 'Aeza International Ltd', 'DE', ['Frankfurt am Main', 'Hesse', 50.11, 8.68], 'admin') };
  // 9 service account password leaked
  P.svc = { v: T.users.find((u) => u.upn.startsWith('svc-statuspage@')), ips: [host('43.153.72', 132203, 'Tencent Building, Kejizhongyi Avenue', 'SG', ['Singapore', 'Singapore', 1.35, 103.82], 'svc'), host('47.243.19', 45102, 'Alibaba US Technology Co., Ltd.', 'HK', ['Hong Kong', 'Hong Kong', 22.32, 114.17], 'svc')] };
  // 10 contractor guest after the contract ended
  const g = T.users.find((u) => u.kind === 'guest' && u.partner === 'Byteforge Consulting' && u.guestKind === 'eng' && u.isp[0] === 'Orange Polska' && u.city[0] === 'Krakow') || T.users.find((u) => u.kind === 'guest' && u.partner === 'Byteforge Consulting');
  g.contractEnd = 2; g.activity = 0.9;
  P.guest = { v: g, ip: resi('PL', ['Vectra', 29314], C('PL', 'Krakow'), 'guest') };
  // 11 helpdesk social engineering → TAP
  const hds = T.users.filter((u) => u.group === 'it' && u.admin === 'helpdesk');
  P.tap = { v: first((u) => u.group === 'supMnl' && u.city[0] === 'Makati' && u.phone, 'tap'), hd: hds.find((u) => u.cc === 'PT') || hds[0], fixer: hds.find((u) => u.cc === 'PH') || hds[1], ip: host('156.146.57', 60068, 'Datacamp Limited', 'SG', ['Singapore', 'Singapore', 1.35, 103.82], 'tap') };
  // 12 leaver revived by an insider, all through the corporate ZTNA egress
  const insider = pin(hds.find((u) => u !== P.tap.hd && u !== P.tap.fixer) || hds[2]);
  insider.ztna = true; insider.cc = 'PT'; insider.city = C('PT', 'Lisbon'); insider.tz = 0; if (!insider.laptop.managed) insider.laptop = { ...insider.laptop, managed: true, compliant: true, id: r.uuid() };
  insider.home = [{ from: 0, place: net.consumer('PT', COUNTRIES.PT.isps[0], 'Lisbon') }];
  const leaver = first((u) => (u.group === 'sales' || u.group === 'cs' || u.group === 'supLis') && u.cc === 'PT' && u.city[0] === 'Lisbon', 'leaver');
  leaver.leaveDay = 1;
  P.rev = { v: leaver, insider };
  // 13 BEC with eM Client from the victim's own country and ISP
  const bec = first((u) => u.group === 'ga' && u.dept === 'Finance' && u.cc === 'US' && u !== P.dc.v, 'bec');
  bec.city = C('US', 'Austin'); bec.tz = -6; bec.isp = ['Comcast Cable Communications', 7922]; bec.ztna = false; bec.mfa = 'push';
  bec.home = [{ from: 0, place: net.consumer('US', bec.isp, 'Austin') }];
  const cpfx = net.ispPrefixes('US', 'Comcast Cable Communications');
  P.bec = { v: bec, ips: [net.place(net.fresh(cpfx[0], A('bec')), 7922, 'US', ['Houston', 'Texas', 29.76, -95.37], 'home', 'Comcast Cable Communications'), net.place(net.fresh(cpfx[1], A('bec')), 7922, 'US', ['Dallas', 'Texas', 32.78, -96.80], 'home', 'Comcast Cable Communications')] };
  P.dc.v.ztna = false;
  return P;
}

export function plantAttacks(T, net, log, P) {
  const r = P.r.fork('plant');
  const H = T.helpers;
  const scenarios = [];
  const S = (name, description, users, ips, start, end, notes, fn) => {
    const si = (o) => log.signin({ ...o, tag: name });
    const au = (o) => log.audit({ ...o, tag: name });
    fn(si, au);
    scenarios.push({ name, description, users, ips: ips.map((p) => p.ip), start: new Date(start).toISOString(), end: new Date(end).toISOString(), notes });
  };
  const OH = { id: APPS.officeHome.id, name: 'OfficeHome' };

  // ---------- 1 ----------
  {
    const { v, proxy, replay, replay2 } = P.aitm; const t0 = at(3, 14, 12, 3);
    S('aitm-session-cookie-replay-sales', 'Adversary-in-the-middle phishing ("DocuSign: revised MSA") against a London account executive: the password and push MFA pass through an AiTM proxy on OVH; the stolen session cookie is replayed from a VPS in the US 29 minutes later, a new Authenticator is registered from the replay address, and Exchange/SharePoint are read for a day and a half from two VPS addresses.',
      [v.upn], [proxy, replay, replay2], t0, at(5, 2), 'Victim is on their managed laptop in London at the time (own sign-ins from the home ISP continue in parallel). The AiTM proxy passes the victim\'s real browser user agent; no device ID reaches Entra. Inbox rule creation would be in the M365 unified audit log, not here.',
      (si, au) => {
        const pdev = bareDev('win', v.laptop.osName, v.laptop.browser, v.laptop.ua);
        si({ t: t0 - 21000, u: v, app: APPS.officeHome, res: OH, place: proxy, dev: pdev, inter: true, err: 50074, auth: 'mfa-need' });
        const e = si({ t: t0, u: v, app: APPS.officeHome, res: OH, place: proxy, dev: pdev, inter: true, auth: 'mfa', mfaM: 'push' });
        si({ t: t0 + 9000, u: v, app: APPS.officeHome, res: OH, place: proxy, dev: pdev, inter: true, err: 50140, auth: 'mfa', corr: e.corr, addl: 'Redirected to KMSI' });
        const rdev = bareDev('win', 'Windows 10', 'Chrome 131.0.0', CHROME_WIN_OLD);
        const t1 = t0 + 29 * MIN;
        si({ t: t1, u: v, app: APPS.officeHome, res: OH, place: replay, dev: rdev, inter: true, auth: 'prev' });
        si({ t: t1 + 2 * MIN, u: v, app: APPS.owa, res: RES.exo, place: replay, dev: rdev, inter: true, auth: 'prev' });
        si({ t: t1 + 15 * MIN, u: v, app: APPS.mySignins, res: RES.mySignins, place: replay, dev: rdev, inter: true, auth: 'prev' });
        au({ t: t1 + 17 * MIN, cat: 'UserManagement', act: 'User registered security info', type: 'Add', svc: 'Authentication Methods', reason: 'User registered Authenticator App with Notification and Code', by: { user: v, ip: replay.ip }, targets: [tUser(v)] });
        let t = t1 + 20 * MIN;
        while (t < at(4, 20)) { si({ t, u: v, app: r.pick([APPS.owa, APPS.officeHome, APPS.owa]), res: r.pick([RES.exo, RES.exo, RES.spo, RES.graph]), place: t > at(4, 9, 30) ? replay2 : replay, dev: rdev, inter: false, auth: 'prev', tokenType: 'refreshToken' }); t += r.int(25, 95) * MIN; }
        si({ t: at(4, 9, 31), u: v, app: APPS.officeHome, res: OH, place: replay2, dev: rdev, inter: true, auth: 'prev' });
        si({ t: at(4, 9, 34), u: v, app: APPS.sharepoint, res: RES.spo, place: replay2, dev: rdev, inter: true, auth: 'prev' });
      });
  }
  // ---------- 2 ----------
  {
    const { v, p } = P.rt;
    const ua = 'python/3.11.9 (Windows-10-10.0.19045-SP0) AZURECLI/2.61.0 (MSI)';
    S('engineer-refresh-token-replay-noninteractive', 'An infostealer on a Warsaw engineer\'s laptop took the Azure CLI token cache; the refresh token is replayed over a weekend from residential proxies in Germany and the Netherlands (Azure Resource Manager, Key Vault and Graph). Only non-interactive sign-ins: no password, no MFA prompt, no interactive row.',
      [v.upn], p, at(5, 23, 10), at(7, 3, 10), 'Subtle: non-interactive only, residential addresses, and the same first-party client (Azure CLI) the engineer uses daily; a different CLI build/OS in the user agent.',
      (si) => {
        const sess = [[p[0], at(5, 23, 10), at(6, 2, 30)], [p[1], at(6, 20, 5), at(6, 23, 0)], [p[2], at(7, 1, 0), at(7, 3, 0)]];
        for (const [pl, a, b] of sess) { let t = a; while (t < b) { si({ t, u: v, app: APPS.azcli, res: r.weighted([[RES.arm, 6], [RES.kv, 3], [RES.graph, 2]]), place: pl, dev: null, ua, inter: false, auth: 'prev', tokenType: 'refreshToken' }); t += r.int(6, 22) * MIN; } }
      });
  }
  // ---------- 3 ----------
  {
    const { v, vps } = P.dc; const t0 = at(7, 15, 5, 12);
    const home = H.homeAt(v, 7); const dev = H.lapDev(v, 7);
    const rogue = { id: r.uuid(), objId: r.uuid(), name: 'DESKTOP-8KQ2M4T', os: 'win', osName: 'Windows 10', browser: 'Rich Client 5.2.1', ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36', compliant: false, managed: false, trust: 'Azure AD registered' };
    S('device-code-phish-finance-prt', 'Device-code phishing ("Teams meeting: Q1 vendor payments") of a US finance analyst: she enters the attacker\'s code at microsoft.com/devicelogin for the Microsoft Authentication Broker client; the attacker\'s poller on Hetzner receives the tokens, registers a rogue Windows device and uses the resulting primary refresh token for mail, files and Graph for two days.',
      [v.upn], vps, t0, at(9, 8), `The interactive device-code sign-in comes from the victim's own home address (${home.ip}, benign, used by her every day); everything after it comes from the attacker's VPS addresses. Rogue device ${rogue.name}.`,
      (si, au) => {
        si({ t: t0, u: v, app: APPS.broker, res: RES.drs, place: home, dev, inter: true, auth: 'mfa', mfaM: 'push', protocol: 'deviceCode', clientApp: 'Mobile Apps and Desktop clients' });
        si({ t: t0 + 38000, u: v, app: APPS.broker, res: RES.drs, place: vps[0], dev: null, ua: rogue.ua, inter: false, auth: 'prev', tokenType: 'refreshToken' });
        const corr = r.uuid(); const T2 = t0 + 4 * MIN;
        au({ t: T2, cat: 'Device', act: 'Register device', type: 'Add', by: { app: T.SPS.DRS }, targets: [tDevice(rogue, [['CloudAccountEnabled', '[]', '[true]'], ['CloudDisplayName', '[]', js([rogue.name])], ['CloudDeviceOSType', '[]', '["Windows"]'], ['CloudDeviceTrustType', '[]', '["Workplace"]']])], corr, details: [['Device Id', rogue.id], ['Device OS', 'Windows']] });
        au({ t: T2 + 700, cat: 'Device', act: 'Add registered owner to device', type: 'Assign', by: { app: T.SPS.DRS }, targets: [tDevice(rogue), tUser(v)], corr });
        au({ t: T2 + 900, cat: 'Device', act: 'Add registered users to device', type: 'Assign', by: { app: T.SPS.DRS }, targets: [tDevice(rogue), tUser(v)], corr });
        si({ t: T2 + 3 * MIN, u: v, app: APPS.officeHome, res: OH, place: vps[0], dev: rogue, ua: rogue.ua, inter: true, auth: 'prev', tokenType: 'primaryRefreshToken' });
        let t = T2 + 5 * MIN;
        while (t < at(9, 7, 30)) { si({ t, u: v, app: r.pick([APPS.office, APPS.office, APPS.officeHome, APPS.broker]), res: r.pick([RES.exo, RES.exo, RES.spo, RES.graph]), place: t > at(8, 6) ? vps[1] : vps[0], dev: rogue, ua: rogue.ua, inter: false, auth: 'prev', tokenType: 'primaryRefreshToken' }); t += r.int(30, 110) * MIN; }
      });
  }
  // ---------- 4 ----------
  {
    const { proxies, hit } = P.spray;
    const members = T.users.filter((u) => u.kind === 'member' && ['sales', 'cs', 'ga', 'supLis'].includes(u.group) && u !== hit);
    const targets = r.sample(members, 72);
    const bogus = ['info', 'admin', 'finance', 'j.smith', 'careers', 'billing', 'support', 'hr'].map((x) => ({ upn: `${x}@harbourlight.io`, id: '00000000-0000-0000-0000-000000000000', name: x, kind: 'member', userType: '', bogus: true }));
    const uas = [UA.winChrome[0], UA.macChrome[0], UA.winEdge[0], CHROME_WIN_OLD, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'];
    S('low-and-slow-spray-residential-proxies', 'Password spray over ten days through a residential-proxy network (28 consumer addresses in 10 countries, each used a few times): 80 accounts (names scraped from LinkedIn plus guessed role mailboxes), one or two tries each, "Winter2026!"-style passwords. One marketing account\'s password is right: the MFA requirement stops it (50076) and a later push is left unanswered.',
      [hit.upn], proxies, at(1, 2), at(10, 22), 'Targeted accounts besides the one hit are not listed as users; role-mailbox guesses fail with 50034.',
      (si) => {
        const tries = [];
        for (const u of [...targets, ...bogus]) { tries.push([u, at(1, 2) + r.int(0, 9 * 24 * 60) * MIN]); if (r.chance(0.4)) tries.push([u, at(1, 2) + r.int(0, 9 * 24 * 60) * MIN]); }
        for (const [u, t] of tries) {
          const pl = r.pick(proxies); const ua = r.pick(uas); const dev = bareDev('win', ua.includes('Mac') ? 'MacOs' : 'Windows 10', ua.includes('Firefox') ? 'Firefox 133.0' : 'Chrome 131.0.0', ua);
          const err = u.bogus ? 50034 : r.chance(0.04) ? 50053 : 50126;
          si({ t, u, app: APPS.office, res: RES.graph, place: pl, dev, ua, inter: true, err, auth: 'pw-fail', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients' });
        }
        const d1 = bareDev('win', 'Windows 10', 'Chrome 131.0.0', CHROME_WIN_OLD);
        si({ t: at(6, 4, 17, 9), u: hit, app: APPS.office, res: RES.graph, place: proxies[5], dev: d1, inter: true, err: 50076, auth: 'mfa-need', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients' });
        si({ t: at(6, 4, 52, 40), u: hit, app: APPS.officeHome, res: OH, place: proxies[17], dev: d1, inter: true, err: 500121, auth: 'mfa-noresp', mfaM: 'push' });
      });
  }
  // ---------- 5 ----------
  {
    const { ips, demo } = P.fast;
    const pool = T.users.filter((u) => u.kind === 'member' || u.kind === 'demo');
    const targets = r.sample(pool.filter((u) => u !== demo), 300);
    const bogus = Array.from({ length: 16 }, (_, i) => ({ upn: `${['test', 'scan', 'noreply', 'sales', 'ceo', 'it', 'dev', 'ops'][i % 8]}${i < 8 ? '' : '1'}@harbourlight.io`, id: '00000000-0000-0000-0000-000000000000', name: '', kind: 'member', userType: '', bogus: true }));
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36';
    const dev = bareDev('win', 'Windows 10', 'Chrome 119.0.0', ua);
    S('fast-spray-vps-demo-account-takeover', 'Fast password spray from two VPS addresses (Stark Industries, NL) against 317 accounts in 24 minutes via ROPC on the Azure AD PowerShell client. The shared sales-engineering demo account (excluded from MFA) falls to "Harbourlight2026!", and the attacker reads its mailbox and the demo SharePoint site (with real customer names) for two hours.',
      [demo.upn], ips, at(9, 3, 10), at(9, 5, 40), 'Demo accounts are used legitimately from many places by ten sales engineers with single-factor sign-ins; the attack uses addresses nothing else uses.',
      (si) => {
        const list = r.shuffle([...targets, ...bogus]);
        list.splice(170, 0, demo);
        let t = at(9, 3, 10);
        list.forEach((u, i) => {
          t += r.int(2500, 6000);
          const pl = ips[i % 2];
          if (u === demo) { si({ t, u, app: APPS.aadps, res: RES.aadGraph, place: pl, dev, inter: true, auth: 'pw', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients' }); return; }
          const err = u.bogus ? 50034 : u.leaveDay !== undefined && u.leaveDay < 9 ? 50057 : i > 200 && r.chance(0.35) ? 50053 : 50126;
          si({ t, u, app: APPS.aadps, res: RES.aadGraph, place: pl, dev, inter: true, err, auth: 'pw-fail', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients' });
        });
        const pl = ips[1]; let t2 = at(9, 3, 41);
        si({ t: t2, u: demo, app: APPS.officeHome, res: OH, place: pl, dev, inter: true, auth: 'pw' });
        si({ t: t2 + 3 * MIN, u: demo, app: APPS.owa, res: RES.exo, place: pl, dev, inter: true, auth: 'pw' });
        si({ t: t2 + 9 * MIN, u: demo, app: APPS.sharepoint, res: RES.spo, place: pl, dev, inter: true, auth: 'pw' });
        si({ t: t2 + 14 * MIN, u: demo, app: APPS.portal, res: RES.arm, place: pl, dev, inter: true, auth: 'pw' });
        t2 += 16 * MIN;
        while (t2 < at(9, 5, 40)) { si({ t: t2, u: demo, app: r.pick([APPS.owa, APPS.officeHome]), res: r.pick([RES.exo, RES.spo, RES.graph]), place: pl, dev, inter: false, auth: 'prevSfa', tokenType: 'refreshToken' }); t2 += r.int(6, 18) * MIN; }
      });
  }
  // ---------- 6 ----------
  {
    const { v, ip } = P.fat; const t0 = at(10, 16, 5, 31);
    const dev = bareDev('win', 'Windows 10', 'Chrome 131.0.0', CHROME_WIN_OLD);
    S('mfa-fatigue-oncall-sre', 'MFA fatigue against a Melbourne SRE at 03:05 local: with a password bought from an infostealer log, the attacker fires 14 push prompts in 26 minutes from a commercial-VPN exit in Sydney; the half-asleep engineer (who is used to night pages) finally approves. The attacker uses the Azure portal and registers their own Authenticator.',
      [v.upn], [ip], t0, at(10, 18, 40), 'On-call SREs legitimately sign in at night and sometimes miss a prompt; the VPN exit is in the victim\'s own country and is used by no member of staff.',
      (si, au) => {
        let t = t0;
        for (let i = 0; i < 14; i++) { si({ t, u: v, app: APPS.portal, res: RES.arm, place: ip, dev, inter: true, err: 500121, auth: i % 5 === 3 ? 'mfa-deny' : 'mfa-noresp', mfaM: 'push' }); t += r.int(85, 140) * 1000; }
        si({ t: at(10, 16, 31, 12), u: v, app: APPS.portal, res: RES.arm, place: ip, dev, inter: true, auth: 'mfa', mfaM: 'push' });
        si({ t: at(10, 16, 39), u: v, app: APPS.mySignins, res: RES.mySignins, place: ip, dev, inter: true, auth: 'prev' });
        au({ t: at(10, 16, 41, 30), cat: 'UserManagement', act: 'User registered security info', type: 'Add', svc: 'Authentication Methods', reason: 'User registered Authenticator App with Notification and Code', by: { user: v, ip: ip.ip }, targets: [tUser(v)] });
        let t2 = at(10, 16, 45);
        while (t2 < at(10, 18, 35)) { si({ t: t2, u: v, app: APPS.portal, res: r.pick([RES.arm, RES.arm, RES.graph]), place: ip, dev, inter: false, auth: 'prev', tokenType: 'refreshToken' }); t2 += r.int(8, 25) * MIN; }
      });
  }
  // ---------- 7 ----------
  {
    const { v, ips, app } = P.oauth; const t0 = at(4, 18, 22, 40);
    const c = H.dayCtx(v, 4); const place = H.lapAt(c, 13); const dev = H.lapDev(v, 4);
    S('oauth-consent-phish-docuvault', 'Illicit consent grant: a Toronto customer-success manager follows a "secure document" link and consents to the unverified multi-tenant app "DocuVault Secure Viewer" (Mail.Read, Mail.Send, Files.Read.All, Contacts.Read, offline_access). The app\'s back end then refreshes her tokens from Akamai/Linode and OVH hosts for three days.',
      [v.upn], ips, t0, at(7, 12), `The consent itself is made from the victim's own laptop and network (${place.ip}, benign); the app's token use comes from the attacker's hosts. App id ${app.id}.`,
      (si, au) => {
        si({ t: t0 - 25000, u: v, app, res: RES.graph, place, dev, inter: true, err: 65001, auth: 'prev' });
        si({ t: t0, u: v, app, res: RES.graph, place, dev, inter: true, auth: 'prev' });
        const logAudit = log.audit.bind(log);
        log.audit = (o) => logAudit({ ...o, tag: 'oauth-consent-phish-docuvault' });
        H.consentAudit(v, place.ip, t0 + 6000, app, false);
        log.audit = logAudit;
        let t = t0 + 4 * MIN;
        while (t < at(7, 12)) { si({ t, u: v, app, res: RES.graph, place: t > at(5, 20) ? ips[1] : ips[0], dev: null, ua: 'axios/1.7.2', inter: false, auth: 'prev', tokenType: 'refreshToken', scopes: app.scopes.split(' ') }); t += r.int(20, 75) * MIN; }
      });
  }
  // ---------- 8 ----------
  {
    const { v, ip } = P.adm; const t0 = at(11, 21, 47, 12);
    const dev = bareDev('win', 'Windows 10', 'Chrome 131.0.0', CHROME_WIN_OLD);
    const app = T.APPREGS.find((a) => a.name === 'finance-reporting-connector');
    S('compromised-admin-app-credential-backdoor', 'A stolen session of an Amsterdam identity administrator is replayed late on a Friday from a bullet-proof-hosting VPS in Frankfurt: PIM activation of Application Administrator, a new client secret on the finance-reporting-connector app registration, and Mail.ReadWrite + Files.Read.All application permissions granted to its service principal.',
      [v.upn], [ip], t0, at(11, 22, 20), 'Admins activate PIM roles and manage app secrets every day (and automation rotates secrets on days 3 and 10); this one is out of hours, from an address the admin never used, and adds application permissions.',
      (si, au) => {
        si({ t: t0, u: v, app: APPS.portal, res: RES.arm, place: ip, dev, inter: true, auth: 'prev' });
        si({ t: t0 + 2 * MIN, u: v, app: APPS.portal, res: RES.graph, place: ip, dev, inter: false, auth: 'prev', tokenType: 'refreshToken' });
        const corr = r.uuid();
        H.pimActivate(v, 'Application Administrator', at(11, 21, 52, 4), ip.ip, corr);
        for (const a of log.audits.slice(-2)) a.tag = 'compromised-admin-app-credential-backdoor';
        const nk = { id: r.uuid(), name: 'backup-sync' };
        au({ t: at(11, 21, 58, 20), cat: 'ApplicationManagement', act: 'Update application – Certificates and secrets management ', type: 'Update', by: { user: v, ip: ip.ip }, targets: [tApp(app, [['KeyDescription', keyDesc(app.keys), keyDesc([...app.keys, nk])], ['Included Updated Properties', null, '"KeyDescription"']])], ua: CHROME_WIN_OLD });
        for (const [val, id, t] of [['Mail.ReadWrite', 'e2a3a72e-5f79-4c64-b1b1-878b674786c9', at(11, 22, 3, 2)], ['Files.Read.All', '01d4889c-1287-42c6-ac1f-5d1e02578ef6', at(11, 22, 3, 48)]]) {
          au({ t, cat: 'ApplicationManagement', act: 'Add app role assignment to service principal', type: 'Assign', by: { user: v, ip: ip.ip }, targets: [tSp({ name: 'Microsoft Graph', spId: T.graphSpId }, [['AppRole.Id', null, js(id)], ['AppRole.Value', null, js(val)], ['AppRole.DisplayName', null, js(val)], ['ServicePrincipal.ObjectID', null, js(app.spId)], ['ServicePrincipal.DisplayName', null, js(app.name)]]), tSp(app)], ua: CHROME_WIN_OLD });
        }
        for (let k = 0; k < 4; k++) si({ t: at(11, 22, 5 + k * 3), u: v, app: APPS.portal, res: r.pick([RES.arm, RES.graph]), place: ip, dev, inter: false, auth: 'prev', tokenType: 'refreshToken' });
      });
  }
  // ---------- 9 ----------
  {
    const { v, ips } = P.svc;
    S('service-account-password-leak', 'The password of the svc-statuspage automation account (ROPC from one Azure VM, excluded from MFA) was committed to a public GitHub repository; a day later it is used from Tencent Cloud in Singapore and Alibaba Cloud in Hong Kong with generic clients to enumerate the directory via Graph, read the account\'s incident mailbox, and open the Azure portal.',
      [v.upn], ips, at(9, 11, 14), at(10, 2, 10), 'Normal use: hourly ROPC from the automation VM in West Europe only. The report-only trusted-location policy (CA006) records the failure but does not enforce.',
      (si) => {
        const ua = 'python-requests/2.32.3';
        let t = at(9, 11, 14, 7);
        for (let i = 0; i < 7; i++) { si({ t, u: v, app: APPS.azcli, res: RES.graph, place: ips[0], dev: null, ua, inter: true, auth: 'pw', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients' }); t += r.int(2, 6) * MIN; }
        for (let i = 0; i < 6; i++) { si({ t, u: v, app: APPS.office, res: RES.exo, place: ips[0], dev: null, ua: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)', inter: true, auth: 'pw', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients' }); t += r.int(3, 9) * MIN; }
        si({ t: at(9, 12, 30), u: v, app: APPS.portal, res: RES.arm, place: ips[0], dev: bareDev('win', 'Windows 10', 'Chrome 131.0.0', CHROME_WIN_OLD), inter: true, auth: 'pw' });
        let t2 = at(9, 23, 2);
        for (let i = 0; i < 8; i++) { si({ t: t2, u: v, app: r.pick([APPS.azcli, APPS.aadps]), res: r.pick([RES.graph, RES.aadGraph]), place: ips[1], dev: null, ua, inter: true, auth: 'pw', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients' }); t2 += r.int(8, 25) * MIN; }
      });
  }
  // ---------- 10 ----------
  {
    const { v, ip } = P.guest;
    const adm = T.users.find((u) => u.group === 'it' && u.admin === 'identity');
    const atlas = T.groupsList.find((g) => g.name === 'Project Atlas Contractors');
    S('contractor-guest-after-contract-end', 'A Byteforge Consulting contractor\'s engagement ends on 4 February: he is removed from the Project Atlas group, but his B2B guest account is left enabled with direct grants to the Azure DevOps project and the SharePoint site. Eight days later he signs in late in the evening from a different Krakow ISP and clones repositories and downloads documents two nights in a row.',
      [v.upn, v.extUpn], [ip], at(10, 21, 40), at(11, 23, 30), `Same country as his normal work (Krakow); his home-tenant MFA still satisfies our policy. Contract end recorded at ${new Date(at(2, 16)).toISOString()} (group removal by an admin).`,
      (si) => {
        log.audit({ t: at(2, 16, 2), cat: 'GroupManagement', act: 'Remove member from group', type: 'Unassign', by: { user: adm, ip: H.hdIp(adm, 2) }, targets: [tUser(v, [['Group.ObjectID', js(atlas.id), null], ['Group.DisplayName', js(atlas.name), null]]), { id: atlas.id, displayName: atlas.name, type: 'Group', props: [] }], ua: UA.winEdge[0] });
        log.audit({ t: at(2, 16, 4), cat: 'UserManagement', act: 'Update user', type: 'Update', by: { user: adm, ip: H.hdIp(adm, 2) }, targets: [tUser(v, [['extensionAttribute5', '["Contract active"]', '["Contract ended 2026-02-04"]'], ['Included Updated Properties', null, '"extensionAttribute5"']])], details: [['UserType', 'Guest']], ua: UA.winEdge[0] });
        const dev = { ...v.laptop };
        for (const [a, b] of [[at(10, 21, 40), at(11, 0, 30)], [at(11, 22, 10), at(11, 23, 30)]]) {
          si({ t: a, u: v, app: { id: RES.ado.id, name: 'Azure DevOps' }, res: RES.ado, place: ip, dev, inter: true, auth: 'ext' });
          si({ t: a + 4 * MIN, u: v, app: APPS.sharepoint, res: RES.spo, place: ip, dev, inter: true, auth: 'ext' });
          let t = a + 6 * MIN;
          while (t < b) { si({ t, u: v, app: r.pick([APPS.vscode, APPS.vscode, APPS.sharepoint]), res: r.pick([RES.ado, RES.ado, RES.spo]), place: ip, dev, ua: NATIVE_UA.vscode, inter: false, auth: 'ext', tokenType: 'refreshToken' }); t += r.int(7, 20) * MIN; }
        }
      });
  }
  // ---------- 11 ----------
  {
    const { v, hd, fixer, ip } = P.tap; const t0 = at(8, 9, 10, 5);
    const dev = bareDev('win', 'Windows 10', 'Chrome 131.0.0', CHROME_WIN_OLD);
    S('helpdesk-social-engineering-tap', 'Vishing of the IT helpdesk: a caller posing as a Manila support agent ("new phone, locked out after my shift") gets her Authenticator deleted and a Temporary Access Pass issued. The attacker signs in with the TAP from a Datacamp VPS in Singapore, registers their own Authenticator and browses Zendesk, the product console and mail until the real agent reports she cannot sign in the next morning.',
      [v.upn], [ip], t0, at(9, 1, 10), `The helpdesk administrator (${hd.upn}) acted in good faith from their usual network; the real agent's failed sign-in next morning comes from her own home address (benign). Joiners and genuinely lost phones get TAPs too.`,
      (si, au) => {
        const hip = H.hdIp(hd, 8);
        au({ t: t0, cat: 'UserManagement', act: 'Admin deleted security info', type: 'Delete', svc: 'Authentication Methods', reason: 'Admin deleted Authenticator App with Notification and Code for user', by: { user: hd, ip: hip }, targets: [tUser(v)], ua: UA.winEdge[0] });
        au({ t: t0 + 2 * MIN, cat: 'UserManagement', act: 'Admin registered security info', type: 'Add', svc: 'Authentication Methods', reason: 'Admin registered temporary access pass method for user', by: { user: hd, ip: hip }, targets: [tUser(v)], ua: UA.winEdge[0] });
        si({ t: at(8, 9, 24, 33), u: v, app: APPS.mySignins, res: RES.mySignins, place: ip, dev, inter: true, auth: 'tap' });
        au({ t: at(8, 9, 27, 10), cat: 'UserManagement', act: 'User registered security info', type: 'Add', svc: 'Authentication Methods', reason: 'User registered Authenticator App with Notification and Code', by: { user: v, ip: ip.ip }, targets: [tUser(v)] });
        si({ t: at(8, 9, 31), u: v, app: SAAS.zendesk, res: SAAS.zendesk, place: ip, dev, inter: true, auth: 'prev' });
        si({ t: at(8, 9, 33), u: v, app: APPS.officeHome, res: OH, place: ip, dev, inter: true, auth: 'prev' });
        si({ t: at(8, 9, 40), u: v, app: T.CUSTOM.console, res: T.CUSTOM.console, place: ip, dev, inter: true, auth: 'prev' });
        let t = at(8, 9, 45);
        while (t < at(8, 13, 0)) { si({ t, u: v, app: r.pick([APPS.owa, APPS.officeHome]), res: r.pick([RES.exo, RES.graph, RES.spo]), place: ip, dev, inter: false, auth: 'prev', tokenType: 'refreshToken' }); t += r.int(9, 30) * MIN; }
        const home = H.homeAt(v, 8);
        si({ t: at(8, 23, 41), u: v, app: SAAS.zendesk, res: SAAS.zendesk, place: home, dev: H.lapDev(v, 8), inter: true, err: 50079, auth: 'mfa-need' });
        const fip = H.hdIp(fixer, 9);
        au({ t: at(9, 0, 52), cat: 'UserManagement', act: 'Update StsRefreshTokenValidFrom Timestamp', type: 'Update', by: { user: fixer, ip: fip }, targets: [tUser(v, [['StsRefreshTokensValidFrom', '[]', js([new Date(at(9, 0, 52)).toISOString()])]])], ua: UA.winEdge[0] });
        au({ t: at(9, 0, 55), cat: 'UserManagement', act: 'Admin deleted security info', type: 'Delete', svc: 'Authentication Methods', reason: 'Admin deleted Authenticator App with Notification and Code for user', by: { user: fixer, ip: fip }, targets: [tUser(v)], ua: UA.winEdge[0] });
      });
  }
  // ---------- 12 ----------
  {
    const { v, insider } = P.rev;
    const z = T.S.ztnaFor('PT');
    const edge = bareDev('win', 'Windows 10', 'Edge 132.0.0', UA.winEdge[0]);
    S('leaver-account-revived-by-insider', 'A helpdesk administrator re-enables the account of a friend who left the sales team on 3 February, resets its password and issues a TAP, and the leaver then signs in after hours and downloads customer lists from SharePoint and Salesforce. Every step - admin actions and sign-ins - goes through the corporate ZTNA egress in Madrid, shared by hundreds of staff; the account is disabled again the next morning to cover tracks.',
      [v.upn, insider.upn], [], at(9, 19, 40), at(10, 6, 15), `No attacker-only address: all traffic uses the shared corporate ZTNA egress ${z.map((p) => p.ip).join(', ')} (AS53813, Madrid POP), used daily by the Lisbon support hub and other staff.`,
      (si, au) => {
        const adminUa = UA.winEdge[0];
        au({ t: at(9, 19, 40, 12), cat: 'UserManagement', act: 'Enable account', type: 'Update', by: { user: insider, ip: z[0].ip }, targets: [tUser(v, [['AccountEnabled', '[false]', '[true]'], ['Included Updated Properties', null, '"AccountEnabled"']])], ua: adminUa });
        au({ t: at(9, 19, 40, 14), cat: 'UserManagement', act: 'Update user', type: 'Update', by: { user: insider, ip: z[0].ip }, targets: [tUser(v, [['AccountEnabled', '[false]', '[true]'], ['Included Updated Properties', null, '"AccountEnabled"']])], details: [['UserType', 'Member']], ua: adminUa });
        au({ t: at(9, 19, 42, 30), cat: 'UserManagement', act: 'Reset user password', type: 'Update', by: { user: insider, ip: z[0].ip }, targets: [tUser(v)], ua: adminUa });
        au({ t: at(9, 19, 44, 2), cat: 'UserManagement', act: 'Admin registered security info', type: 'Add', svc: 'Authentication Methods', reason: 'Admin registered temporary access pass method for user', by: { user: insider, ip: z[0].ip }, targets: [tUser(v)], ua: adminUa });
        si({ t: at(9, 19, 49, 20), u: v, app: APPS.mySignins, res: RES.mySignins, place: z[0], dev: edge, inter: true, auth: 'tap' });
        au({ t: at(9, 19, 52), cat: 'UserManagement', act: 'User registered security info', type: 'Add', svc: 'Authentication Methods', reason: 'User registered Authenticator App with Notification and Code', by: { user: v, ip: z[0].ip }, targets: [tUser(v)] });
        si({ t: at(9, 19, 55), u: v, app: APPS.officeHome, res: OH, place: z[0], dev: edge, inter: true, auth: 'prev' });
        si({ t: at(9, 19, 58), u: v, app: SAAS.salesforce, res: SAAS.salesforce, place: z[1], dev: edge, inter: true, auth: 'prev' });
        si({ t: at(9, 20, 3), u: v, app: APPS.sharepoint, res: RES.spo, place: z[1], dev: edge, inter: true, auth: 'prev' });
        let t = at(9, 20, 5);
        while (t < at(9, 21, 10)) { si({ t, u: v, app: r.pick([APPS.officeHome, APPS.sharepoint]), res: RES.spo, place: r.pick(z), dev: edge, inter: false, auth: 'prev', tokenType: 'refreshToken' }); t += r.int(6, 14) * MIN; }
        au({ t: at(10, 6, 12, 40), cat: 'UserManagement', act: 'Disable account', type: 'Update', by: { user: insider, ip: z[2].ip }, targets: [tUser(v, [['AccountEnabled', '[true]', '[false]'], ['Included Updated Properties', null, '"AccountEnabled"']])], ua: adminUa });
      });
  }
  // ---------- 13 ----------
  {
    const { v, ips } = P.bec; const t0 = at(11, 13, 20, 41);
    const dev = bareDev('win', v.laptop.osName === 'MacOs' ? 'MacOs' : 'Windows 10', v.laptop.browser, v.laptop.ua);
    const em = { id: APPS.emClient.id, name: 'eM Client', spId: P.r.uuid(), scopes: 'EWS.AccessAsUser.All IMAP.AccessAsUser.All SMTP.Send offline_access openid profile email' };
    S('bec-emclient-same-isp-finance', 'Business-email compromise of an Austin finance lead: a session cookie harvested by an infostealer is replayed through residential proxies on the victim\'s own ISP (Comcast, Houston and Dallas); the attacker consents to eM Client, syncs the mailbox over two days and creates an inbox rule to hide supplier replies (the rule itself is only in the M365 audit log).',
      [v.upn], ips, t0, at(12, 20), 'Subtle: same country, same ISP and AS as the victim\'s home connection, a browser user agent copied from the victim, and a well-known mail client.',
      (si, au) => {
        si({ t: t0, u: v, app: APPS.officeHome, res: OH, place: ips[0], dev, inter: true, auth: 'prev' });
        si({ t: t0 + 6 * MIN, u: v, app: APPS.owa, res: RES.exo, place: ips[0], dev, inter: true, auth: 'prev' });
        si({ t: t0 + 10 * MIN, u: v, app: em, res: RES.exo, place: ips[0], dev: bareDev('win', 'Windows 10', '', 'eMClient/10.1.4588.0'), ua: 'eMClient/10.1.4588.0', inter: true, err: 65001, auth: 'prev' });
        si({ t: t0 + 11 * MIN, u: v, app: em, res: RES.exo, place: ips[0], dev: bareDev('win', 'Windows 10', '', 'eMClient/10.1.4588.0'), ua: 'eMClient/10.1.4588.0', inter: true, auth: 'prev' });
        const logAudit = log.audit.bind(log);
        log.audit = (o) => logAudit({ ...o, tag: 'bec-emclient-same-isp-finance' });
        H.consentAudit(v, ips[0].ip, t0 + 11 * MIN + 20000, em, false);
        log.audit = logAudit;
        si({ t: t0 + 25 * MIN, u: v, app: APPS.owa, res: RES.exo, place: ips[0], dev, inter: true, auth: 'prev' });
        let t = t0 + 14 * MIN;
        while (t < at(12, 20)) { si({ t, u: v, app: em, res: RES.exo, place: t > at(12, 9) ? ips[1] : ips[0], dev: null, ua: 'eMClient/10.1.4588.0', inter: false, auth: 'prev', tokenType: 'refreshToken' }); t += r.int(15, 60) * MIN; }
      });
  }
  return scenarios;
}
