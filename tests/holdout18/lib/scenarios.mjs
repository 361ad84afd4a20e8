// Planted intrusions, each modelled on public 2025–2026 reporting (sources in README.md).
import { APPS, NET, T } from './tenant.mjs';
import { DAYS, HOUR, MIN, SEC, at, dayStart, UA, makeFactory, START } from './model.mjs';
import { iso } from './format.mjs';

const net = (asn, city, state, cc, ip) => ({ asn, loc: [city, state, cc], ips: [ip] });

/** Choose victims before the honest generator runs (so the dormant account stays silent). */
export function chooseVictims(rng, users) {
  const by = (r) => users.filter((u) => u.role === r);
  const office = rng.shuffle(by('office'));
  const v = {
    spray: office[0], devcode: office[1], aitm: office[2], fatigue: office[3], replay: office[4],
    consent: office.slice(5, 10), helpdesk: by('dev')[5], admin: by('admin')[2], dormant: by('rare')[7],
    svc: users.find((u) => u.upn.startsWith('svc-graficos@')), sync: users.find((u) => u.role === 'sync'),
    guest: users.find((u) => u.role === 'guest' && u.upn.includes('agencia-ebronoticias')),
    legacyShared: [users.find((u) => u.upn.startsWith('redaccion.deportes@')), users.find((u) => u.upn.startsWith('archivo.sonoro@'))],
    legacyBlocked: office.slice(10, 12),
    sprayPool: office.slice(12, 200),
  };
  v.dormant.dormant = true;
  return v;
}

export function scenarios(rng, users, v, out) {
  const F = makeFactory(rng);
  const { audit, userActor, appActor, userTarget } = F;
  const signin = (o) => ({ ...F.signin(o), atk: true });
  const I = (o) => out.interactive.push(signin(o));
  const N = (o) => out.noninteractive.push(signin(o));
  const A = (o) => out.audits.push({ ...audit(o), atk: true });
  const truth = [];
  const lc = (xs) => [...new Set(xs.map((x) => x.toLowerCase()))];
  const add = (name, us, ips, t0, t1, description) => truth.push({ name, users: lc(us), ips, start: iso(t0), end: iso(t1), description });
  const winCtx = { os: 'Windows10', browser: 'Chrome 142.0.0', ua: UA.chromeWin };

  // 1. TeamFiltration-style spray from AWS, one success on an MFA-excluded account, then MFA registration (persistence)
  {
    const nets = [net(16509, 'Fráncfort del Meno', 'Hesse', 'DE', '3.121.44.187'), net(16509, 'Estocolmo', 'Estocolmo', 'SE', '13.50.112.9'),
      net(16509, 'Londres', 'Inglaterra', 'GB', '18.134.201.55'), net(16509, 'París', 'Isla de Francia', 'FR', '15.236.88.140'), net(16509, 'Dublín', 'Dublín', 'IE', '54.78.39.201')];
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/1.3.00.30866 Chrome/80.0.3987.165 Electron/8.5.1 Safari/537.36';
    const t0 = at(2, 2.1); let t = t0;
    const targets = v.sprayPool.slice(0, 150).concat([v.spray]);
    const sess = rng.uuid();
    targets.forEach((u, i) => {
      const n = nets[i % nets.length];
      const ok = u === v.spray;
      I({ t, user: u, ip: n.ips[0], net: n, app: APPS.teams, res: APPS.teamsSvc, client: 'mobile', ua, os: 'Windows10', browser: 'Chrome 80.0.3987', code: ok ? 0 : 50126, ca: ok ? 'notApplied' : 'notApplied', authReq: 'single', session: ok ? sess : '' });
      t += rng.int(15, 70) * SEC;
    });
    const n0 = nets[0], ip = n0.ips[0];
    let tt = t + 40 * MIN;
    I({ t: tt, user: v.spray, ip, net: n0, app: APPS.mySignins, res: APPS.mySignins, ua: UA.chromeWin, os: 'Windows10', browser: 'Chrome 142.0.0', authReq: 'single', ca: 'notApplied', session: sess });
    A({ t: tt + 2 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(v.spray, ip), ua: UA.chromeWin, targets: [userTarget(v.spray)] });
    for (let k = 0; k < 14; k++) {
      tt += rng.int(10, 50) * MIN;
      N({ t: tt, user: v.spray, ip, net: n0, app: rng.pick([APPS.office, APPS.teams]), res: rng.pick([APPS.exo, APPS.graph, APPS.spo]), client: 'mobile', ua: '', os: 'Windows10', session: sess, authReq: 'single', ca: 'notApplied', incoming: 'Token de actualización' });
    }
    add('teamfiltration-spray-mfa-registration', [v.spray.upn], nets.map((n) => n.ips[0]), t0, tt,
      'Password spray of 151 accounts through the Teams client id from rotating AWS regions (TeamFiltration user agent); one account excluded from MFA falls, the attacker registers an authenticator app and reads mail and files for hours.');
  }

  // 2. Device-code phishing of a journalist (fake Teams meeting invite), device registration, PRT use from proxies
  {
    const u = v.devcode, home = u.homeNet, t0 = at(5, 16.35);
    I({ t: t0, user: u, ip: home.ips[0], net: home, app: APPS.broker, res: APPS.drs, client: 'mobile', protocol: 'devicecode', transfer: 'devicecode', ua: UA.edgeWin, os: 'Windows10', browser: 'Edge 142.0.0', authReq: 'multi', mfaResult: 'done', mfaMethod: u.mfa, latency: 3100 });
    const devId = rng.uuid();
    A({ t: t0 + 3 * MIN, service: 'Core Directory', category: 'Device', activity: 'Register device', actor: appActor('Device Registration Service'), targets: [{ type: 'Device', name: 'DESKTOP-R3K8PQ1', id: devId, props: [['DeviceOSType', '', '"Windows"'], ['DeviceTrustType', '', '"Workplace"']] }] });
    A({ t: t0 + 3 * MIN + 2 * SEC, service: 'Core Directory', category: 'Device', activity: 'Add registered owner to device', actor: appActor('Device Registration Service'), targets: [{ type: 'Device', name: 'DESKTOP-R3K8PQ1', id: devId }, userTarget(u)] });
    const nets = [net(9009, 'Ámsterdam', 'Holanda Septentrional', 'NL', '185.241.208.77'), net(20473, 'Madrid', 'Madrid', 'ES', '45.32.152.90')];
    let t = t0 + 9 * MIN; const sess = rng.uuid();
    for (let k = 0; k < 26; k++) {
      const n = nets[k < 10 ? 0 : 1];
      N({ t, user: u, ip: n.ips[0], net: n, app: rng.pick([APPS.broker, APPS.office, APPS.owa]), res: rng.pick([APPS.exo, APPS.graph, APPS.spo]), client: 'mobile', ua: UA.edgeWin, os: 'Windows10', browser: 'Edge 142.0.0', deviceId: devId, join: 'reg', managed: false, session: sess, authReq: 'multi', mfaResult: 'claim', incoming: 'Token de actualización principal' });
      t += rng.int(20, 110) * MIN;
    }
    add('device-code-phish-journalist', [u.upn], nets.map((n) => n.ips[0]), t0, t,
      'Storm-2372 pattern: the journalist enters a device code from a fake Teams meeting invitation; the code belongs to the Microsoft Authentication Broker, the attacker registers a device and uses the primary refresh token from a VPS and a VPN exit for two days.');
  }

  // 3. AiTM (Tycoon 2FA-style) sign-in through a reverse proxy, cookie replay, MFA method added
  {
    const u = v.aitm, t0 = at(7, 9.68);
    const proxy = net(14061, 'Londres', 'Inglaterra', 'GB', '138.68.161.204'), replay = net(14618, 'Ashburn', 'Virginia', 'US', '44.213.87.16');
    const sess = rng.uuid();
    I({ t: t0, user: u, ip: proxy.ips[0], net: proxy, app: APPS.officeHome, res: APPS.officeHome, ua: UA.edgeWin, os: 'Windows10', browser: 'Edge 142.0.0', code: 50074, session: sess });
    I({ t: t0 + 25 * SEC, user: u, ip: proxy.ips[0], net: proxy, app: APPS.officeHome, res: APPS.officeHome, ua: UA.edgeWin, os: 'Windows10', browser: 'Edge 142.0.0', authReq: 'multi', mfaResult: 'done', mfaMethod: u.mfa, session: sess });
    const rua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
    let t = t0 + 4 * MIN;
    for (let k = 0; k < 18; k++) {
      N({ t, user: u, ip: replay.ips[0], net: replay, app: rng.pick([APPS.owa, APPS.officeHome, APPS.office]), res: rng.pick([APPS.exo, APPS.exo, APPS.spo, APPS.graph]), client: 'browser', ua: rua, os: 'Linux', browser: 'Chrome 131.0.0', session: sess, authReq: 'multi', mfaResult: 'claim' });
      t += rng.int(6, 30) * MIN;
    }
    I({ t: t0 + 70 * MIN, user: u, ip: replay.ips[0], net: replay, app: APPS.mySignins, res: APPS.mySignins, ua: rua, os: 'Linux', browser: 'Chrome 131.0.0', session: sess, authReq: 'multi', mfaResult: 'claim' });
    A({ t: t0 + 72 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(u, replay.ips[0]), ua: rua, targets: [userTarget(u)] });
    add('aitm-session-cookie-replay', [u.upn], [proxy.ips[0], replay.ips[0]], t0, t,
      'Tycoon 2FA-style adversary-in-the-middle: the producer signs in (with MFA) through a reverse proxy on a London VPS; the stolen session cookie is replayed minutes later from US cloud hosting with another browser and OS, reading mail and registering a second authenticator.');
  }

  // 4. OAuth consent phishing with a fake DocuSign app; one victim continues to an AiTM page
  {
    const app = { name: 'DocuSign eSignature Viewer', id: '7f1c9e2a-4b6d-4f08-8a31-c5e92d07b6f4', owner: 'd4a81f3e-92c7-4b5a-b0e6-1f7c3a9d8e25' };
    const aitm = net(54290, 'Seattle', 'Washington', 'US', '104.168.196.12');
    const t0 = at(2, 11.05); let last = t0; let first = true;
    v.consent.forEach((u, i) => {
      const d = 2 + Math.floor(i / 2), t = at(d, 11 + rng.next() * 6), n = NET[u.office] || NET.hqZgz, ip = n.ips[0], c = rng.uuid();
      I({ t, user: u, ip, net: n, app, res: APPS.graph, ua: UA.edgeWin, os: 'Windows10', browser: 'Edge 142.0.0', code: 65001, authReq: 'multi', mfaResult: 'claim', corrId: c });
      if (first) { A({ t: t + 15 * SEC, corr: c, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add service principal', actor: userActor(u, ip), ua: UA.edgeWin, targets: [{ type: 'ServicePrincipal', name: app.name, id: rng.uuid(), props: [['AppAddress', '', '"https://docusign-viewer-secure.com/auth/callback"']] }] }); first = false; }
      A({ t: t + 18 * SEC, corr: c, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Consent to application', actor: userActor(u, ip), ua: UA.edgeWin,
        targets: [{ type: 'ServicePrincipal', name: app.name, id: rng.uuid(), props: [['ConsentContext.IsAdminConsent', '', '"False"'], ['ConsentContext.OnBehalfOfAll', '', '"False"'], ['ConsentAction.Permissions', '', '"[] => [[Scope: openid profile email offline_access User.Read Mail.Read Mail.Send Files.ReadWrite.All]]; "']] }] });
      A({ t: t + 19 * SEC, corr: c, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add delegated permission grant', actor: userActor(u, ip), ua: UA.edgeWin, targets: [{ type: 'ServicePrincipal', name: 'Microsoft Graph', id: rng.uuid(), props: [['DelegatedPermissionGrant.Scope', '', '"openid profile email offline_access User.Read Mail.Read Mail.Send Files.ReadWrite.All"']] }] });
      I({ t: t + 30 * SEC, user: u, ip, net: n, app, res: APPS.graph, ua: UA.edgeWin, os: 'Windows10', browser: 'Edge 142.0.0', authReq: 'multi', mfaResult: 'claim' });
      if (i === 3) {
        I({ t: t + 3 * MIN, user: u, ip: aitm.ips[0], net: aitm, app: APPS.officeHome, res: APPS.officeHome, ua: UA.edgeWin, os: 'Windows10', browser: 'Edge 142.0.0', authReq: 'multi', mfaResult: 'done', mfaMethod: u.mfa });
        N({ t: t + 9 * MIN, user: u, ip: aitm.ips[0], net: aitm, app: APPS.owa, res: APPS.exo, ua: UA.edgeWin, os: 'Windows10', browser: 'Edge 142.0.0', authReq: 'multi', mfaResult: 'claim' });
      }
      last = Math.max(last, t + 9 * MIN);
    });
    add('oauth-consent-fake-docusign', v.consent.map((u) => u.upn), [aitm.ips[0]], t0, last,
      'OAuth application impersonation (fake DocuSign) phishing: five staff over three days consent to an unverified multi-tenant app asking for Mail.Read, Mail.Send, Files.ReadWrite.All and offline_access; after consenting, one is redirected to an AiTM page and signs in through it.');
  }

  // 5. MFA fatigue at night from a Madrid datacentre VPN exit
  {
    const u = v.fatigue, n = net(9009, 'Madrid', 'Madrid', 'ES', '45.86.200.17'), t0 = at(9, 23.15);
    let t = t0; const c = rng.uuid();
    for (let k = 0; k < 13; k++) {
      I({ t, user: u, ip: n.ips[0], net: n, app: APPS.officeHome, res: APPS.officeHome, ...winCtx, code: 500121, authReq: 'multi', mfaResult: k % 3 === 0 ? 'denied' : 'timeout', mfaMethod: 'push', ca: 'failure', corrId: c });
      t += rng.int(60, 170) * SEC;
    }
    const sess = rng.uuid();
    I({ t, user: u, ip: n.ips[0], net: n, app: APPS.officeHome, res: APPS.officeHome, ...winCtx, authReq: 'multi', mfaResult: 'done', mfaMethod: 'push', session: sess });
    A({ t: t + 6 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Mobile Phone SMS', actor: userActor(u, n.ips[0]), ua: UA.chromeWin, targets: [userTarget(u)] });
    for (let k = 0; k < 10; k++) { t += rng.int(5, 20) * MIN; N({ t, user: u, ip: n.ips[0], net: n, app: rng.pick([APPS.owa, APPS.office]), res: rng.pick([APPS.exo, APPS.spo]), ...winCtx, session: sess, authReq: 'multi', mfaResult: 'claim' }); }
    add('mfa-fatigue-night-push-bombing', [u.upn], [n.ips[0]], t0, t,
      'Push bombing: thirteen denied or unanswered Authenticator notifications between 23:15 and midnight from a datacentre VPN exit in Madrid, then the worn-out presenter approves; the attacker adds an SMS method and reads mail.');
  }

  // 6. Legacy authentication (BAV2ROPC) spray; two shared mailboxes excluded from CA fall, IMAP/SMTP follow
  {
    const nets = [net(44901, 'Sofía', 'Sofía-Ciudad', 'BG', '91.92.241.103'), net(204428, 'Bucarest', 'Bucarest', 'RO', '80.94.95.200'),
      net(209605, 'Vilna', 'Vilna', 'LT', '5.181.86.13'), net(49870, 'Ámsterdam', 'Holanda Septentrional', 'NL', '141.98.11.19')];
    const t0 = at(10, 3.2); let t = t0;
    const blocked = new Set(v.legacyBlocked), shared = new Set(v.legacyShared);
    const targets = rng.shuffle(v.sprayPool.slice(40, 150).concat(v.legacyBlocked, v.legacyShared));
    for (let round = 0; round < 2; round++) targets.forEach((u, i) => {
      const n = nets[(i + round) % nets.length];
      const code = shared.has(u) ? 0 : blocked.has(u) && round === 0 ? 53003 : 50126;
      if (round === 1 && shared.has(u)) return;
      I({ t, user: u, ip: n.ips[0], net: n, app: APPS.exo, res: APPS.exo, client: 'other', protocol: 'ropc', ua: 'BAV2ROPC', os: '', browser: '', code, ca: code === 53003 ? 'failure' : 'notApplied', authReq: 'single' });
      t += rng.int(8, 45) * SEC;
    });
    for (const u of v.legacyShared) for (let k = 0; k < 8; k++) {
      const n = rng.pick(nets); t += rng.int(3, 25) * MIN;
      I({ t, user: u, ip: n.ips[0], net: n, app: APPS.exo, res: APPS.exo, client: k < 5 ? 'imap' : 'smtp', protocol: 'ropc', ua: '', os: '', browser: '', ca: 'notApplied', authReq: 'single' });
    }
    add('legacy-auth-bav2ropc-spray', v.legacyBlocked.concat(v.legacyShared).map((u) => u.upn), nets.map((n) => n.ips[0]), t0, t,
      'BAV2ROPC legacy-authentication spray from four east-European hosting addresses; two correct passwords are stopped by the legacy-auth CA policy (53003), two shared mailboxes excluded from it fall and are read over IMAP and used to send over authenticated SMTP.');
  }

  // 7. Infostealer session/refresh token replay from Brazil, interleaved with the victim's own work
  {
    const u = v.replay, n = net(28573, 'São Paulo', 'São Paulo', 'BR', '177.92.74.210'), t0 = at(3, 13.4);
    let t = t0; const sess = rng.uuid();
    for (let k = 0; k < 22; k++) {
      N({ t, user: u, ip: n.ips[0], net: n, app: rng.pick([APPS.office, APPS.teams, APPS.oneDrive]), res: rng.pick([APPS.exo, APPS.spo, APPS.graph, APPS.teamsSvc]), client: 'mobile', ua: '', os: 'Windows10', browser: 'Edge 142.0.0', deviceId: u.laptop, compliant: true, managed: true, join: 'hybrid', session: sess, authReq: 'multi', mfaResult: 'claim', incoming: 'Token de actualización' });
      t += rng.int(40, 160) * MIN;
    }
    add('infostealer-token-replay-brazil', [u.upn], [n.ips[0]], t0, t,
      'Lumma-class infostealer loot: refresh tokens from the victim\'s corporate laptop replayed from a Brazilian broadband address for two days, non-interactive only, carrying the laptop\'s device id and compliance while the victim keeps working from Zaragoza.');
  }

  // 8. Help-desk social engineering (Scattered Spider-style): MFA wiped, TAP issued, attacker enrols and pivots to Azure
  {
    const u = v.helpdesk, agent = users.filter((x) => x.role === 'helpdesk')[3];
    const n = net(9009, 'Londres', 'Inglaterra', 'GB', '146.70.134.70'), t0 = at(11, 19.6), aip = NET.hqZgz.ips[1];
    A({ t: t0, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin deleted security info', reason: 'Admin deleted Authenticator App with Notification and Code', actor: userActor(agent, aip), ua: UA.edgeWin, targets: [userTarget(u)] });
    A({ t: t0 + 2 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin registered security info', reason: 'Admin registered temporary access pass method for user', actor: userActor(agent, aip), ua: UA.edgeWin, targets: [userTarget(u)] });
    let t = t0 + 11 * MIN; const sess = rng.uuid();
    I({ t, user: u, ip: n.ips[0], net: n, app: APPS.mySignins, res: APPS.mySignins, ...winCtx, authReq: 'multi', mfaResult: 'done', mfaMethod: 'tap', session: sess });
    A({ t: t + 3 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(u, n.ips[0]), ua: UA.chromeWin, targets: [userTarget(u)] });
    for (const [app, res] of [[APPS.portal, APPS.arm], [APPS.azcli, APPS.arm], [APPS.graphPs, APPS.graph], [APPS.owa, APPS.exo], [APPS.teamsWeb, APPS.teamsSvc]]) {
      t += rng.int(4, 15) * MIN;
      I({ t, user: u, ip: n.ips[0], net: n, app, res, client: app === APPS.portal || app === APPS.owa || app === APPS.teamsWeb ? 'browser' : 'mobile', ...winCtx, ua: app === APPS.azcli ? 'Azure-CLI/2.66.0 (PIP) Python/3.11.9 (Windows-10-10.0.19045-SP0)' : UA.chromeWin, authReq: 'multi', mfaResult: 'claim', session: sess });
      N({ t: t + 5 * MIN, user: u, ip: n.ips[0], net: n, app, res, client: 'mobile', ...winCtx, authReq: 'multi', mfaResult: 'claim', session: sess, incoming: 'Token de actualización' });
    }
    add('helpdesk-social-engineering-tap', [u.upn], [n.ips[0]], t0, t + 5 * MIN,
      'A caller impersonating a systems engineer gets the help desk to delete his Authenticator and issue a Temporary Access Pass; the attacker signs in with the TAP from a London VPN exit, enrols a new authenticator and moves to the Azure portal, Azure CLI and Graph PowerShell.');
  }

  // 9. Storm-0501-style: directory sync account abused, hybrid admin password reset, CA weakened, federated backdoor domain
  {
    const sync = v.sync, adm = v.admin;
    const n = net(9009, 'Bucarest', 'Bucarest', 'RO', '185.174.100.53'), n2 = net(36352, 'Búfalo', 'Nueva York', 'US', '23.94.81.199');
    const ip = n.ips[0], t0 = dayStart(12) + 2 * HOUR + 10 * MIN;
    I({ t: t0, user: sync, ip, net: n, app: APPS.aadConnect, res: APPS.aadGraph, client: 'mobile', ua: '', os: 'Windows', browser: 'Rich Client 4.61.0.0', authReq: 'single', ca: 'notApplied' });
    A({ t: t0 + 4 * MIN, service: 'Core Directory', category: 'UserManagement', activity: 'Reset user password', actor: userActor(sync, ip), targets: [userTarget(adm)] });
    let t = t0 + 9 * MIN; const sess = rng.uuid();
    I({ t, user: adm, ip, net: n, app: APPS.portal, res: APPS.arm, ...winCtx, code: 50072, session: sess });
    I({ t: t + 1 * MIN, user: adm, ip, net: n, app: APPS.mySignins, res: APPS.mySignins, ...winCtx, authReq: 'single', session: sess });
    A({ t: t + 3 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(adm, ip), ua: UA.chromeWin, targets: [userTarget(adm)] });
    I({ t: t + 5 * MIN, user: adm, ip, net: n, app: APPS.entraAdmin, res: APPS.graph, ...winCtx, authReq: 'multi', mfaResult: 'done', mfaMethod: 'push', session: sess });
    t += 12 * MIN;
    const pol = rng.uuid();
    A({ t, service: 'Conditional Access', category: 'Policy', activity: 'Update conditional access policy', actor: userActor(adm, ip), ua: UA.chromeWin,
      targets: [{ type: 'Policy', name: 'CA001 - MFA para todos los usuarios', id: pol, props: [['ConditionalAccessPolicy', '{"state":"enabled","conditions":{"users":{"excludeUsers":["BreakGlass01"]}}}', '{"state":"disabled","conditions":{"users":{"excludeUsers":["BreakGlass01"]}}}']] }] });
    const dom = 'ertv-sso.com';
    A({ t: t + 4 * MIN, service: 'Core Directory', category: 'DirectoryManagement', activity: 'Add unverified domain', actor: userActor(adm, ip), ua: UA.chromeWin, targets: [{ type: 'Other', name: dom, id: '' }] });
    A({ t: t + 9 * MIN, service: 'Core Directory', category: 'DirectoryManagement', activity: 'Verify domain', actor: userActor(adm, ip), ua: UA.chromeWin, targets: [{ type: 'Other', name: dom, id: '' }] });
    A({ t: t + 11 * MIN, service: 'Core Directory', category: 'DirectoryManagement', activity: 'Set domain authentication', actor: userActor(adm, ip), ua: UA.chromeWin, targets: [{ type: 'Other', name: dom, id: '', props: [['LiveType', '"Managed"', '"Federated"']] }] });
    A({ t: t + 12 * MIN, service: 'Core Directory', category: 'DirectoryManagement', activity: 'Set federation settings on domain', actor: userActor(adm, ip), ua: UA.chromeWin, targets: [{ type: 'Other', name: dom, id: '', props: [['IssuerUri', '', '"http://ertv-sso.com/adfs/services/trust"']] }] });
    const back = { id: rng.uuid(), name: 'Soporte Externo', upn: `adm.soporte.externo@${T.domain}`, type: 'member', role: 'backdoor' };
    A({ t: t + 16 * MIN, service: 'Core Directory', category: 'UserManagement', activity: 'Add user', actor: userActor(adm, ip), ua: UA.chromeWin, targets: [userTarget(back)] });
    A({ t: t + 17 * MIN, service: 'Core Directory', category: 'RoleManagement', activity: 'Add member to role', actor: userActor(adm, ip), ua: UA.chromeWin, targets: [{ type: 'Role', name: 'Global Administrator', id: '62e90394-69f5-4237-9190-012177145e10', props: [['Role.DisplayName', '', '"Global Administrator"']] }, userTarget(back)] });
    t += 55 * MIN;
    for (let k = 0; k < 6; k++) {
      I({ t, user: back, ip: n2.ips[0], net: n2, app: rng.pick([APPS.portal, APPS.entraAdmin, APPS.graphPs]), res: rng.pick([APPS.arm, APPS.graph]), ...winCtx, authReq: 'single', ca: 'notApplied' });
      t += rng.int(5, 25) * MIN;
    }
    add('storm0501-sync-account-ca-federation', [sync.upn, adm.upn, back.upn], [ip, n2.ips[0]], t0, t,
      'Storm-0501 pattern: the on-premises directory-sync account signs in from a Bucharest VPS and resets a hybrid Global Administrator\'s cloud password; the attacker enrols MFA for that admin, disables the tenant-wide MFA policy, adds and federates a backdoor domain and creates a new Global Administrator that signs in from US hosting.');
  }

  // 10. Leaked automation credential (UNC6395-class secret theft): same script user agent, foreign hosting and Tor
  {
    const u = v.svc, nets = [net(60068, 'Fráncfort del Meno', 'Hesse', 'DE', '89.187.185.171'), net(60729, 'Berlín', 'Berlín', 'DE', '185.220.101.47')];
    const t0 = dayStart(6) + 22 * HOUR + 17 * MIN; let t = t0;
    for (let k = 0; k < 34; k++) {
      const n = nets[k % 4 === 3 ? 1 : 0];
      const res = k % 5 === 2 ? APPS.exo : k % 7 === 3 ? APPS.spo : APPS.graph;
      I({ t, user: u, ip: n.ips[0], net: n, app: APPS.graphPs, res, client: 'mobile', protocol: 'ropc', ua: u.svcUa, authReq: 'single', ca: 'notApplied', code: k === 0 ? 50126 : 0 });
      t += rng.int(12, 65) * MIN;
    }
    add('leaked-automation-credential', [u.upn], nets.map((n) => n.ips[0]), t0, t,
      'The graphics automation account\'s password (committed in a script) is used with the same python-requests user agent from German hosting and a Tor exit through the night and the next day, asking for Graph, Exchange and SharePoint tokens.');
  }

  // 11. Compromised partner guest invites outsiders and adds them to a co-production group
  {
    const g = v.guest, n = net(29465, 'Lagos', 'Lagos', 'NG', '102.89.45.12'), t0 = dayStart(8) + 21 * HOUR + 32 * MIN;
    let t = t0; const sess = rng.uuid();
    I({ t, user: g, ip: n.ips[0], net: n, app: APPS.spo, res: APPS.spo, ...winCtx, authReq: 'multi', mfaResult: 'done', mfaMethod: 'sms', session: sess, compliant: false, managed: false });
    I({ t: t + 4 * MIN, user: g, ip: n.ips[0], net: n, app: APPS.teamsWeb, res: APPS.teamsSvc, ...winCtx, authReq: 'multi', mfaResult: 'claim', session: sess });
    const grp = { type: 'Group', name: 'Coproducciones - Intercambio de material', id: rng.uuid() };
    ['newsdesk.ertv@outlook.com', 'coproduccion.ebro@gmail.com', 'm.arenas.media@proton.me'].forEach((e, i) => {
      const inv = { id: rng.uuid(), name: e, upn: `${e.replace('@', '_')}#EXT#@ebrortv.onmicrosoft.com` };
      A({ t: t + (8 + i * 3) * MIN, service: 'Invited Users', category: 'UserManagement', activity: 'Invite external user', actor: userActor(g, n.ips[0]), ua: UA.chromeWin, targets: [userTarget(inv)], details: [['InvitedUserEmailAddress', e]] });
      A({ t: t + (9 + i * 3) * MIN, service: 'Core Directory', category: 'GroupManagement', activity: 'Add member to group', actor: userActor(g, n.ips[0]), ua: UA.chromeWin, targets: [grp, userTarget(inv)] });
    });
    t += 20 * MIN;
    for (let k = 0; k < 12; k++) { t += rng.int(4, 18) * MIN; N({ t, user: g, ip: n.ips[0], net: n, app: APPS.spo, res: APPS.spo, client: 'browser', ...winCtx, authReq: 'multi', mfaResult: 'claim', session: sess, compliant: false, managed: false }); }
    add('partner-guest-invites-outsiders', [g.upn, g.signinUpn], [n.ips[0]], t0, t,
      'A news-agency partner\'s guest account, taken over at the partner, signs in from Lagos at night, invites three free-mail outsiders and adds them to the co-production exchange group it owns, then pulls files from SharePoint.');
  }

  // 12. Dormant account of a former collaborator revived: guessed password, MFA registration, file harvesting
  {
    const u = v.dormant, n = net(57269, 'Madrid', 'Madrid', 'ES', '79.116.233.41'), t0 = dayStart(10) + 6 * HOUR + 5 * MIN;
    let t = t0; const sess = rng.uuid();
    I({ t, user: u, ip: n.ips[0], net: n, app: APPS.officeHome, res: APPS.officeHome, ...winCtx, code: 50126, ca: 'notApplied' });
    t += 70 * SEC; I({ t, user: u, ip: n.ips[0], net: n, app: APPS.officeHome, res: APPS.officeHome, ...winCtx, code: 50126, ca: 'notApplied' });
    t += 95 * SEC; I({ t, user: u, ip: n.ips[0], net: n, app: APPS.officeHome, res: APPS.officeHome, ...winCtx, code: 50072, session: sess });
    t += 60 * SEC; I({ t, user: u, ip: n.ips[0], net: n, app: APPS.mySignins, res: APPS.mySignins, ...winCtx, authReq: 'single', session: sess });
    A({ t: t + 2 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(u, n.ips[0]), ua: UA.chromeWin, targets: [userTarget(u)] });
    t += 4 * MIN; I({ t, user: u, ip: n.ips[0], net: n, app: APPS.officeHome, res: APPS.officeHome, ...winCtx, authReq: 'multi', mfaResult: 'done', mfaMethod: 'push', session: sess });
    for (let k = 0; k < 30; k++) { t += rng.int(3, 40) * MIN; N({ t, user: u, ip: n.ips[0], net: n, app: rng.pick([APPS.oneDrive, APPS.office, APPS.spo]), res: APPS.spo, client: 'mobile', ...winCtx, ua: '', authReq: 'multi', mfaResult: 'claim', session: sess, incoming: 'Token de actualización' }); }
    add('dormant-account-revival', [u.upn], [n.ips[0]], t0, t,
      'An account that had not signed in during the window (a former collaborator never disabled) is logged into with a guessed password from a Spanish residential-proxy address, registers MFA for the first time and harvests SharePoint/OneDrive for hours.');
  }
  return truth;
}
