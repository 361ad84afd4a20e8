// The planted intrusions. Each one is written from public reporting (README, scenario table) and tags
// every record it emits, so truth.json carries its users, its addresses and its first/last record.
import { SEC, MIN, HOUR, DAY } from './fmt.mjs';
import { UA, BOT_ISPS, place } from './world.mjs';
import { SITES, ONMS } from './people.mjs';
import { tUser, tApp, mod, js } from './engine.mjs';

const U = (d, h, tz = 0) => Math.round(d * DAY + (h - tz) * HOUR); // day index, local hour -> ticks

export function scenarios(W, P, rng) {
  const R = rng.fork('scenarios');
  const meta = [];
  const reserve = (u) => { W.taken.add(u); u.reserved = true; return u; };
  const pickUser = (pred, r) => reserve(r.pick(P.users.filter((u) => pred(u) && !W.taken.has(u) && !u.reserved)));
  const devOf = (u) => u.devices[0];
  const unmanagedWin = (browser = 'Chrome 146.0.0') => ({ id: '', os: 'Windows 10', osNI: 'Windows10', browser, browserNI: 'Rich Client 5.2.8.0' });
  const jitter = (r, t, s) => t + r.int(0, s) * SEC;

  // ---------------------------------------------------------------- 1
  {
    const name = 'tycoon2fa-aitm-session-replay';
    const r = R.fork(name);
    const v = pickUser((u) => u.persona === 'office' && u.cc === 'BR' && /Contas a Pagar|Finanças/.test(u.dept), r);
    const A1 = W.newIp('X_CLOUDFLARE', 'SAO', { r }), A2 = W.newIp('X_COLOCROSSING', 'DAL', { r, prefix: '192.3.141.' }), A3 = W.newIp('X_COLOCROSSING', 'BUF', { r, prefix: '198.46.177.' });
    const ua = UA[v.browserUA];
    const atkUA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36';
    const s1 = r.guid();
    let t = U(1, 14.12);
    const corr = r.guid();
    W.signin({ t, user: v, interactive: true, app: 'OfficeHome', res: 'OfficeHome', ipi: A1, device: unmanagedWin('Edge 146.0.3856'), ua, err: 50074, auth: 'push', corr, sessionId: s1, tag: name, r });
    W.signin({ t: t + 27 * SEC, user: v, interactive: true, app: 'OfficeHome', res: 'OfficeHome', ipi: A1, device: unmanagedWin('Edge 146.0.3856'), ua, auth: 'push', corr, sessionId: s1, tag: name, r });
    t = U(1, 14.87);
    W.signin({ t, user: v, interactive: true, app: 'OfficeHome', res: 'OfficeHome', ipi: A2, device: unmanagedWin('Chrome 143.0.0'), ua: atkUA, auth: 'prevmfa', sessionId: s1, tag: name, r });
    W.signin({ t: t + 70 * SEC, user: v, interactive: true, app: 'OWA', res: 'Exchange', ipi: A2, device: unmanagedWin('Chrome 143.0.0'), ua: atkUA, auth: 'prevmfa', sessionId: s1, tag: name, r });
    for (let k = 0; k < 16; k++) W.signin({ t: t + r.int((2) * 60, (200) * 60) * SEC, user: v, interactive: false, app: 'OWA', res: r.pick(['Exchange', 'Exchange', 'Graph', 'SharePoint']), ipi: A2, device: unmanagedWin('Chrome 143.0.0'), ua: atkUA, sessionId: s1, tag: name, r });
    const tr = U(1, 15.33);
    W.signin({ t: tr, user: v, interactive: true, app: 'MySignins', res: 'MySignins', ipi: A2, device: unmanagedWin('Chrome 143.0.0'), ua: atkUA, auth: 'prevmfa', sessionId: s1, tag: name, r });
    W.audit({ t: tr + 95 * SEC, by: v, ipi: A2, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', targets: [tUser(v)], tag: name, r });
    const s2 = r.guid();
    const t2 = U(2, 13.05);
    W.signin({ t: t2, user: v, interactive: true, app: 'OWA', res: 'Exchange', ipi: A3, device: unmanagedWin('Chrome 143.0.0'), ua: atkUA, auth: 'push', sessionId: s2, tag: name, r });
    for (let k = 0; k < 14; k++) W.signin({ t: t2 + r.int((1) * 60, (48 * 60) * 60) * SEC, user: v, interactive: false, app: 'OWA', res: r.pick(['Exchange', 'Graph']), ipi: A3, device: unmanagedWin('Chrome 143.0.0'), ua: atkUA, sessionId: s2, tag: name, r });
    meta.push({ name, victim: v, ips: [A1, A2, A3] });
  }

  // ---------------------------------------------------------------- 2
  {
    const name = 'teamfiltration-spray-takeover';
    const r = R.fork(name);
    const v = pickUser((u) => u.persona === 'office' && u.cc === 'BR' && u.dept === 'Supply Chain', r);
    v.excludeMfa = true; // left in CA-Exclude-MFA-Temp after a phone migration
    const aws = [['18.228.', 'SAO'], ['54.232.', 'SAO'], ['3.85.', 'ASH'], ['54.210.', 'ASH'], ['35.88.', 'BOA'], ['3.68.', 'FRA'], ['13.212.', 'SIN'], ['52.67.', 'SAO']];
    const ips = aws.map(([p, pk]) => W.fixedIp(`${p}${r.int(1, 254)}.${r.int(1, 254)}`, 16509, pk));
    const pool = P.users.filter((u) => u.type === 'Member' && ['dc', 'store', 'office', 'callcentre'].includes(u.persona) && u !== v && !u.reserved);
    const targets = r.sample(pool, 72);
    const valid = targets.filter((u) => u.persona === 'dc').slice(0, 3);
    const t0 = U(3, 3.0);
    const all = [...targets, v];
    r.shuffle(all).forEach((u, i) => {
      const t = t0 + i * r.int(40, 110) * SEC;
      const ipi = ips[i % 7];
      const ok = u === v;
      const err = ok ? 0 : valid.includes(u) ? 53003 : 50126;
      W.signin({ t, user: u, interactive: true, app: 'Teams', res: 'Teams', ipi, device: unmanagedWin('Chrome 80.0.3987'), ua: UA.teamFiltration, err, auth: 'pw', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients', tag: name, r });
    });
    const ts = t0 + 95 * MIN;
    const env = { ipi: ips[0], s: r.guid() };
    for (let k = 0; k < 26; k++) W.signin({ t: ts + r.int((1) * 60, (110) * 60) * SEC, user: v, interactive: false, app: 'Teams', res: r.pick(['Teams', 'Skype', 'Graph', 'SharePoint', 'Exchange']), ipi: r.chance(0.7) ? ips[0] : ips[7], device: unmanagedWin('Chrome 80.0.3987'), ua: UA.teamFiltration, sessionId: env.s, tag: name, r });
    const t1 = U(8, 2.15);
    const targets2 = r.sample(pool.filter((u) => !targets.includes(u)), 24);
    const ips2 = [W.fixedIp(`3.86.${r.int(1, 254)}.${r.int(1, 254)}`, 16509, 'ASH'), W.fixedIp(`15.228.${r.int(1, 254)}.${r.int(1, 254)}`, 16509, 'SAO')];
    targets2.forEach((u, i) => W.signin({ t: t1 + i * r.int(50, 120) * SEC, user: u, interactive: true, app: 'Teams', res: 'Teams', ipi: ips2[i % 2], device: unmanagedWin('Chrome 80.0.3987'), ua: UA.teamFiltration, err: 50126, auth: 'pw', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients', tag: name, r }));
    for (let k = 0; k < 12; k++) W.signin({ t: t1 + r.int((30) * 60, (180) * 60) * SEC, user: v, interactive: false, app: 'OneDriveSync', res: 'SharePoint', ipi: ips2[1], device: unmanagedWin('Chrome 80.0.3987'), ua: UA.teamFiltration, sessionId: r.guid(), tag: name, r });
    meta.push({ name, victim: v, others: [...targets, ...targets2], ips: [...ips, ...ips2] });
  }

  // ---------------------------------------------------------------- 3
  {
    const name = 'basic-auth-botnet-spray';
    const r = R.fork(name);
    const scanner = P.services.scanner; reserve(scanner);
    const pool = P.users.filter((u) => u.type === 'Member' && !u.reserved && u.persona !== 'sync' && u.persona !== 'breakglass' && u.persona !== 'itadmin');
    const targets = r.sample(pool, 150);
    const leaked = targets.slice(0, 4);
    const bots = [];
    for (let i = 0; i < 92; i++) { const [pk, asn, pre] = BOT_ISPS[i % BOT_ISPS.length]; const d = pre.split('.').length - 1; bots.push(W.fixedIp(d === 2 ? `${pre}${r.int(0, 255)}.${r.int(2, 254)}` : `${pre}${r.int(2, 254)}`, asn, pk)); }
    const tA = U(4, 22), tB = U(6, 6);
    const clients = [['Authenticated SMTP', 5], ['IMAP4', 2], ['Exchange ActiveSync', 1.5], ['Other clients', 1.5], ['POP3', 0.5]];
    const attempts = [...targets, ...targets.slice(0, 60), scanner];
    attempts.forEach((u, i) => {
      const t = r.int(tA, tB);
      const err = u === scanner ? 0 : leaked.includes(u) ? 53003 : 50126;
      const ca = r.wpick(clients);
      const t2 = u === scanner ? U(5, 9.2) : t;
      W.signin({ t: t2, user: u, interactive: false, app: 'ExchangeOnline', res: 'Exchange', ipi: bots[i % bots.length], device: { id: '', os: '', browser: '' }, ua: ca === 'Exchange ActiveSync' ? 'Apple-iPhone14C3/2205.64' : null, err, auth: 'pw', clientApp: u === scanner ? 'Authenticated SMTP' : ca, tag: name, r });
    });
    const relays = r.sample(bots, 6);
    for (let k = 0; k < 44; k++) W.signin({ t: r.int(U(5, 10), U(6, 4)), user: scanner, interactive: false, app: 'ExchangeOnline', res: 'Exchange', ipi: r.pick(relays), device: { id: '', os: '', browser: '' }, ua: null, auth: 'pw', clientApp: 'Authenticated SMTP', tag: name, r });
    meta.push({ name, victim: scanner, others: targets, ips: bots });
  }

  // ---------------------------------------------------------------- 4
  {
    const name = 'fasthttp-bruteforce-lockouts';
    const r = R.fork(name);
    const br = [[264409, '138.121.'], [268581, '168.196.'], [263076, '170.80.'], [28220, '186.209.'], [52873, '143.208.'], [266612, '45.184.']];
    const other = [['IST', 9121, '78.180.'], ['ANK', 47331, '85.105.'], ['BUE', 22927, '190.17.'], ['COR', 7303, '181.30.'], ['BUE', 10318, '200.45.'], ['TAS', 8193, '84.54.'], ['TAS', 202660, '213.230.'], ['LHE', 45595, '39.50.'], ['KHI', 9541, '119.160.'], ['BGW', 50710, '37.236.'], ['BGW', 199739, '185.82.']];
    const ips = [];
    for (let i = 0; i < 21; i++) { const [asn, pre] = br[i % br.length]; ips.push(W.fixedIp(`${pre}${r.int(0, 255)}.${r.int(2, 254)}`, asn, r.pick(['SAO', 'RIO', 'BHZ', 'FOR', 'REC', 'GYN', 'CWB']))); }
    for (const [pk, asn, pre] of other) ips.push(W.fixedIp(`${pre}${r.int(0, 255)}.${r.int(2, 254)}`, asn, pk));
    const cc = P.users.filter((u) => u.persona === 'callcentre' && u.cc === 'BR' && !u.reserved);
    const targets = [...r.sample(cc, 30), ...r.sample(P.users.filter((u) => u.type === 'Member' && ['office', 'store'].includes(u.persona) && !u.reserved), 15)];
    const right = [targets[3], targets[17]];
    const t0 = U(9, 5.15), t1 = U(9, 8.7);
    let rr = 0;
    const nextIp = () => ips[rr++ % ips.length];
    for (const u of targets) {
      const n = r.int(3, 14);
      let t = r.int(t0, t1 - 40 * MIN);
      for (let k = 0; k < n; k++) {
        t += r.int(3, 140) * SEC;
        const locked = k >= 10;
        if (right.includes(u) && k === 2) { // right password: stopped only by the legacy-authentication block
          for (let m = 0; m < 4; m++) W.signin({ t: t + m * r.int(40, 90) * SEC, user: u, interactive: true, app: 'AADPowerShell', res: 'AADGraph', ipi: nextIp(), device: { id: '', os: '', browser: '' }, ua: UA.fasthttp, err: 53003, auth: 'pw', clientApp: 'Other clients', tag: name, r });
          break;
        }
        W.signin({ t, user: u, interactive: true, app: 'AADPowerShell', res: 'AADGraph', ipi: nextIp(), device: { id: '', os: '', browser: '' }, ua: UA.fasthttp, err: locked ? 50053 : 50126, auth: 'pw', clientApp: 'Other clients', tag: name, r });
      }
    }
    meta.push({ name, others: targets, ips });
  }

  // ---------------------------------------------------------------- 5
  {
    const name = 'mfa-fatigue-mail-export-app';
    const r = R.fork(name);
    const v = pickUser((u) => u.persona === 'store' && u.cc === 'MX' && u.storePlace === 'GDL', r);
    const F1 = W.newIp('X_M247', 'MEX', { r, prefix: '146.70.124.' }), F2 = W.newIp('X_M247', 'MEX', { r, prefix: '146.70.124.' });
    const dev = unmanagedWin('Chrome 146.0.0');
    let t = U(6, 8.17);
    const corr = r.guid();
    for (let k = 0; k < 14; k++) {
      W.signin({ t, user: v, interactive: true, app: 'OfficeHome', res: 'OfficeHome', ipi: F1, device: dev, ua: UA.winChrome, err: 500121, auth: 'push', addl: k % 3 === 1 ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification', mfaDetailText: k % 3 === 1 ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification', corr, tag: name, r });
      t += r.int(120, 220) * SEC;
    }
    const s = r.guid();
    W.signin({ t, user: v, interactive: true, app: 'OfficeHome', res: 'OfficeHome', ipi: F1, device: dev, ua: UA.winChrome, auth: 'push', corr, sessionId: s, tag: name, r });
    const pd = ['ff8d92dc-3d82-41d6-bcbd-b9174d163620', 'PERFECTDATA SOFTWARE'];
    const tc = t + 4 * MIN;
    W.signin({ t: tc, user: v, interactive: true, app: pd, res: 'Exchange', ipi: F1, device: dev, ua: UA.winChrome, auth: 'prevmfa', sessionId: s, tag: name, r, scopes: ['EWS.AccessAsUser.All', 'offline_access', 'User.Read'] });
    const spid = r.guid(), c = r.guid();
    W.audit({ t: tc + 20 * SEC, by: v, ipi: F1, activity: 'Add service principal', category: 'ApplicationManagement', operationType: 'Add', corr: c, targets: [tApp(spid, pd[1], [mod('AccountEnabled', '[]', '[true]'), mod('AppPrincipalId', '[]', js([pd[0]])), mod('DisplayName', '[]', js([pd[1]]))], 'ServicePrincipal')], tag: name, r });
    W.audit({ t: tc + 21 * SEC, by: v, ipi: F1, activity: 'Add delegated permission grant', category: 'ApplicationManagement', operationType: 'Assign', corr: c, targets: [tApp(r.guid(), 'Office 365 Exchange Online', [mod('DelegatedPermissionGrant.Scope', null, '"EWS.AccessAsUser.All offline_access User.Read"'), mod('DelegatedPermissionGrant.ConsentType', null, '"Principal"'), mod('ServicePrincipal.ObjectID', null, js(spid))], 'ServicePrincipal'), tApp(spid, null, [], 'ServicePrincipal')], tag: name, r });
    W.audit({ t: tc + 22 * SEC, by: v, ipi: F1, activity: 'Consent to application', category: 'ApplicationManagement', operationType: 'Assign', corr: c, targets: [tApp(spid, pd[1], [mod('ConsentContext.IsAdminConsent', null, '"False"'), mod('ConsentContext.IsAppOnly', null, '"False"'), mod('ConsentContext.OnBehalfOfAll', null, '"False"'), mod('ConsentAction.Permissions', null, js(`[] => [[Id: ${r.guid()}, ClientId: ${spid}, PrincipalId: ${v.id}, ResourceId: ${r.guid()}, ConsentType: Principal, Scope:  EWS.AccessAsUser.All offline_access User.Read, CreatedDateTime: , LastModifiedDateTime ]]; `)), mod('TargetId.ServicePrincipalNames', null, js(pd[0]))], 'ServicePrincipal')], tag: name, r });
    for (let k = 0; k < 26; k++) W.signin({ t: tc + r.int((3) * 60, (160) * 60) * SEC, user: v, interactive: false, app: pd, res: 'Exchange', ipi: F1, device: dev, ua: null, sessionId: s, tag: name, r, scopes: ['EWS.AccessAsUser.All'] });
    for (let k = 0; k < 8; k++) W.signin({ t: U(7, 3) + r.int((0) * 60, (300) * 60) * SEC, user: v, interactive: false, app: pd, res: 'Exchange', ipi: F2, device: dev, ua: null, tag: name, r, scopes: ['EWS.AccessAsUser.All'] });
    meta.push({ name, victim: v, ips: [F1, F2] });
  }

  // ---------------------------------------------------------------- 6
  {
    const name = 'storm2372-device-code-prt';
    const r = R.fork(name);
    const v = pickUser((u) => u.persona === 'office' && u.cc === 'MX' && /Finanzas|Contraloría/.test(u.dept), r);
    v.title = 'Director de Finanzas (CFO)';
    const D1 = W.newIp('X_VULTR', 'DAL', { r, prefix: '45.32.203.' }), D2 = W.newIp('X_VULTR', 'DAL', { r, prefix: '149.28.117.' });
    const office = W.corpIp('MX_HQ');
    const s = r.guid();
    const t = U(9, 16.52);
    W.signin({ t, user: v, interactive: true, app: 'AuthBroker', res: 'DRS', ipi: office, device: { id: '', os: 'Windows 10', browser: 'Edge 146.0.3856' }, ua: UA[v.browserUA], auth: 'prevmfa', protocol: 'deviceCode', originalTransferMethod: 'deviceCodeFlow', sessionId: s, tag: name, r });
    const rt = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';
    W.signin({ t: t + 130 * SEC, user: v, interactive: false, app: 'AuthBroker', res: 'DRS', ipi: D1, device: { id: '', os: 'Windows 10', browser: 'Rich Client 4.61.0.0' }, ua: rt, sessionId: s, tag: name, r });
    const newDev = { id: r.guid(), name: 'DESKTOP-7Q2M9KF', os: 'Windows 10', osNI: 'Windows10', browser: 'Chrome 141.0.0', browserNI: 'Rich Client 4.61.0.0', trust: 'Azure AD registered' };
    const drs = { appId: null, displayName: 'Device Registration Service', servicePrincipalId: r.guid(), servicePrincipalName: null };
    const tr = t + 3 * MIN, c = r.guid(), obj = r.guid();
    W.audit({ t: tr, byApp: drs, ipi: D1, activity: 'Add device', category: 'Device', operationType: 'Add', corr: c, targets: [{ id: obj, displayName: newDev.name, type: 'Device', modifiedProperties: [mod('DeviceOSType', '[]', '["Windows"]'), mod('TrustType', '[]', '["Workplace"]'), mod('DeviceId', '[]', js([newDev.id]))], administrativeUnits: [] }], tag: name, tagUsers: [v.signInName], r });
    W.audit({ t: tr + SEC, byApp: drs, ipi: D1, activity: 'Add registered owner to device', category: 'Device', operationType: 'Assign', corr: c, targets: [{ id: obj, displayName: newDev.name, type: 'Device', modifiedProperties: [], administrativeUnits: [] }, tUser(v)], tag: name, tagUsers: [v.signInName], r });
    W.audit({ t: tr + 2 * SEC, byApp: drs, ipi: D1, activity: 'Add registered users to device', category: 'Device', operationType: 'Assign', corr: c, targets: [{ id: obj, displayName: newDev.name, type: 'Device', modifiedProperties: [], administrativeUnits: [] }, tUser(v)], tag: name, tagUsers: [v.signInName], r });
    W.audit({ t: tr + 3 * SEC, by: v, ipi: D1, activity: 'Register device', category: 'Device', service: 'Device Registration Service', operationType: 'Add', corr: c, targets: [{ id: obj, displayName: newDev.name, type: 'Device', modifiedProperties: [], administrativeUnits: [] }], additional: [{ key: 'Device Id', value: newDev.id }, { key: 'Device OS', value: 'Windows' }, { key: 'Device Trust Type', value: 'Workplace' }], tag: name, r });
    const sp = r.guid();
    const tp = tr + 5 * MIN;
    W.signin({ t: tp, user: v, interactive: true, app: 'OWA', res: 'Exchange', ipi: D1, device: newDev, ua: rt, auth: 'prevmfa', incoming: 'primaryRefreshToken', sessionId: sp, tag: name, r });
    W.signin({ t: tp + 9 * MIN, user: v, interactive: true, app: 'OfficeHome', res: 'SharePoint', ipi: D1, device: newDev, ua: rt, auth: 'prevmfa', incoming: 'primaryRefreshToken', sessionId: sp, tag: name, r });
    for (let k = 0; k < 30; k++) W.signin({ t: tp + r.int((1) * 60, (300) * 60) * SEC, user: v, interactive: false, app: r.pick(['OfficeDesktop', 'OWA', 'AuthBroker']), res: r.pick(['Exchange', 'Graph', 'SharePoint']), ipi: D1, device: newDev, ua: rt, incoming: 'primaryRefreshToken', sessionId: sp, tag: name, r });
    for (let k = 0; k < 26; k++) W.signin({ t: U(10, 12) + r.int((0) * 60, (2 * 24 * 60) * 60) * SEC, user: v, interactive: false, app: r.pick(['OfficeDesktop', 'AuthBroker']), res: r.pick(['Exchange', 'Graph']), ipi: D2, device: newDev, ua: rt, incoming: 'primaryRefreshToken', tag: name, r });
    meta.push({ name, victim: v, ips: [D1, D2] });
  }

  // ---------------------------------------------------------------- 7
  {
    const name = 'consentfix-azure-cli-code-theft';
    const r = R.fork(name);
    const v = pickUser((u) => u.persona === 'it' && u.cc === 'BR' && !u.adminAccount, r);
    const C1 = W.newIp('X_CONTABO', 'NUE', { r, prefix: '161.97.150.' }), C2 = W.newIp('X_CONTABO', 'NUE', { r, prefix: '38.242.236.' });
    const office = W.corpIp('BR_HQ');
    const s = r.guid();
    const t = U(7, 13.37);
    W.signin({ t, user: v, interactive: true, app: 'AzureCLI', res: 'ARM', ipi: office, device: devOf(v), ua: UA[v.browserUA], auth: 'prevmfa', sessionId: s, tag: name, r });
    W.signin({ t: t + 214 * SEC, user: v, interactive: false, app: 'AzureCLI', res: 'AADGraph', ipi: C1, device: null, ua: UA.pythonRequests, sessionId: s, tag: name, r });
    for (let k = 0; k < 22; k++) W.signin({ t: t + r.int((5) * 60, (100) * 60) * SEC, user: v, interactive: false, app: 'AzureCLI', res: r.pick(['AADGraph', 'AADGraph', 'Graph', 'ARM']), ipi: C1, device: null, ua: UA.pythonRequests, sessionId: s, tag: name, r });
    for (let k = 0; k < 11; k++) W.signin({ t: U(8, 9) + r.int((0) * 60, (70) * 60) * SEC, user: v, interactive: false, app: 'AzureCLI', res: r.pick(['Graph', 'ARM', 'Storage']), ipi: C2, device: null, ua: UA.pythonRequests, sessionId: s, tag: name, r });
    meta.push({ name, victim: v, ips: [C1, C2] });
  }

  // ---------------------------------------------------------------- 8
  {
    const name = 'oauth-consent-fake-docusign';
    const r = R.fork(name);
    const v = pickUser((u) => u.persona === 'office' && u.cc === 'CO' && /Compras|Cuentas|Finanzas/.test(u.dept), r);
    const E1 = W.newIp('X_OVH', 'BHS', { r, prefix: '51.222.86.' }), E2 = W.fixedIp(`54.37.233.${r.int(2, 254)}`, 16276, 'AMS');
    const app = [r.guid(), 'DocuSign eSignature Connector'];
    const office = W.corpIp('CO_HQ');
    const t = U(10, 15.08);
    const s = r.guid();
    W.signin({ t, user: v, interactive: true, app, res: 'Graph', ipi: office, device: devOf(v), ua: UA[v.browserUA], auth: 'prevmfa', sessionId: s, tag: name, r, scopes: ['openid', 'profile', 'offline_access', 'User.Read', 'Mail.Read', 'Mail.Send', 'Files.Read.All'] });
    const spid = r.guid(), c = r.guid();
    W.audit({ t: t + 12 * SEC, by: v, ipi: office, activity: 'Add service principal', category: 'ApplicationManagement', operationType: 'Add', corr: c, targets: [tApp(spid, app[1], [mod('AccountEnabled', '[]', '[true]'), mod('AppPrincipalId', '[]', js([app[0]])), mod('DisplayName', '[]', js([app[1]]))], 'ServicePrincipal')], tag: name, r });
    W.audit({ t: t + 13 * SEC, by: v, ipi: office, activity: 'Add delegated permission grant', category: 'ApplicationManagement', operationType: 'Assign', corr: c, targets: [tApp(r.guid(), 'Microsoft Graph', [mod('DelegatedPermissionGrant.Scope', null, '"openid profile offline_access User.Read Mail.Read Mail.Send Files.Read.All"'), mod('DelegatedPermissionGrant.ConsentType', null, '"Principal"'), mod('ServicePrincipal.ObjectID', null, js(spid))], 'ServicePrincipal'), tApp(spid, null, [], 'ServicePrincipal')], tag: name, r });
    W.audit({ t: t + 14 * SEC, by: v, ipi: office, activity: 'Consent to application', category: 'ApplicationManagement', operationType: 'Assign', corr: c, targets: [tApp(spid, app[1], [mod('ConsentContext.IsAdminConsent', null, '"False"'), mod('ConsentContext.IsAppOnly', null, '"False"'), mod('ConsentContext.OnBehalfOfAll', null, '"False"'), mod('ConsentAction.Permissions', null, js(`[] => [[Id: ${r.guid()}, ClientId: ${spid}, PrincipalId: ${v.id}, ResourceId: ${r.guid()}, ConsentType: Principal, Scope:  openid profile offline_access User.Read Mail.Read Mail.Send Files.Read.All, CreatedDateTime: , LastModifiedDateTime ]]; `)), mod('TargetId.ServicePrincipalNames', null, js(app[0]))], 'ServicePrincipal')], tag: name, r });
    let tt = t + 3 * MIN;
    while (tt < U(13, 14)) {
      W.signin({ t: tt, user: v, interactive: false, app, res: 'Graph', ipi: tt > U(12, 0) ? E2 : E1, device: null, ua: UA.pythonRequests, tag: name, r, scopes: ['Mail.Read', 'Mail.Send', 'Files.Read.All', 'User.Read'] });
      tt += r.int((45) * 60, (95) * 60) * SEC;
    }
    meta.push({ name, victim: v, ips: [E1, E2] });
  }

  // ---------------------------------------------------------------- 9
  {
    const name = 'helpdesk-reset-pim-global-admin';
    const r = R.fork(name);
    const owner = pickUser((u) => u.persona === 'it' && u.cc === 'BR' && u.adminAccount && !u.adminAccount.reserved, r);
    const a = reserve(owner.adminAccount);
    const agent = r.pick(P.helpdesk.filter((g) => g.shift === 'T'));
    const H1 = W.newIp('X_DATACAMP', 'SAO', { r, prefix: '89.187.171.' }), H2 = W.fixedIp(`89.187.185.${r.int(2, 254)}`, 60068, 'MIA');
    const tA = U(11, 21.5);
    // the deceived agent is on shift at the provider's office (honest address)
    W.signin({ t: tA - 20 * MIN, user: agent, interactive: true, app: 'AdminCenter', res: 'AADGraph', ipi: agent.provOffice, device: agent.devices[0], ua: UA.winChrome, auth: 'prevmfa', r });
    const c1 = r.guid();
    W.audit({ t: tA + 4 * MIN, by: agent, ipi: agent.provOffice, activity: 'Reset user password', category: 'UserManagement', operationType: 'Update', corr: c1, targets: [tUser(a)], tag: name, tagUsers: [a.upn], r });
    W.audit({ t: tA + 4 * MIN + SEC, by: agent, ipi: agent.provOffice, activity: 'Reset password (by admin)', category: 'UserManagement', service: 'Self-service Password Management', operationType: 'Update', corr: c1, targets: [tUser(a)], tag: name, tagUsers: [a.upn], r });
    W.audit({ t: tA + 6 * MIN, by: agent, ipi: agent.provOffice, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Delete', resultReason: 'Admin deleted Authenticator App with Notification and Code for user', targets: [tUser(a)], tag: name, tagUsers: [a.upn], r });
    const dev = unmanagedWin('Chrome 146.0.0');
    const s = r.guid(), corr = r.guid();
    let t = tA + 13 * MIN;
    W.signin({ t, user: a, interactive: true, app: 'MySignins', res: 'MySignins', ipi: H1, device: dev, ua: UA.winChrome, err: 50072, auth: 'pw', corr, sessionId: s, tag: name, r });
    W.audit({ t: t + 2 * MIN, by: a, ipi: H1, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', targets: [tUser(a)], tag: name, r });
    W.audit({ t: t + 2 * MIN + 4 * SEC, by: a, ipi: H1, activity: 'User registered all required security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', resultReason: 'User registered all required security info', targets: [tUser(a)], tag: name, r });
    t += 3 * MIN;
    W.signin({ t, user: a, interactive: true, app: 'AdminCenter', res: 'AADGraph', ipi: H1, device: dev, ua: UA.winChrome, auth: 'push', corr, sessionId: s, tag: name, r });
    for (let k = 0; k < 9; k++) W.signin({ t: t + r.int((1) * 60, (70) * 60) * SEC, user: a, interactive: false, app: 'AdminCenter', res: r.pick(['AADGraph', 'Graph']), ipi: H1, device: dev, ua: UA.winChrome, sessionId: s, tag: name, r });
    const ga = ['Global Administrator', '62e90394-69f5-4237-9190-012177145e10'];
    const tp = t + 7 * MIN, cp = r.guid();
    W.audit({ t: tp, by: a, ipi: H1, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', operationType: 'Add', corr: cp, resultReason: 'Chamado INC 734521 - acesso emergencial feriado', targets: [{ id: ga[1], displayName: ga[0], type: 'Role', modifiedProperties: [], administrativeUnits: [] }, tUser(a)], additional: [{ key: 'RoleDefinitionOriginId', value: ga[1] }, { key: 'RoleDefinitionOriginType', value: 'BuiltInRole' }, { key: 'TemplateId', value: ga[1] }, { key: 'ipaddr', value: H1.ip }], tag: name, r });
    W.audit({ t: tp + 2 * SEC, byApp: W.pimSp, activity: 'Add member to role', category: 'RoleManagement', operationType: 'Assign', corr: cp, targets: [tUser(a), { id: ga[1], displayName: ga[0], type: 'Role', modifiedProperties: [mod('Role.DisplayName', null, js(ga[0])), mod('Role.TemplateId', null, js(ga[1]))], administrativeUnits: [] }], tag: name, tagUsers: [a.upn], r });
    W.audit({ t: tp + 7 * SEC, by: a, ipi: H1, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', operationType: 'Add', corr: cp, targets: [{ id: ga[1], displayName: ga[0], type: 'Role', modifiedProperties: [], administrativeUnits: [] }, tUser(a)], tag: name, r });
    const bd = { id: r.guid(), upn: `svc.monitoramento.sync@${ONMS}`, display: 'svc monitoramento sync', type: 'Member', homeTenantId: W.tenant.id, devices: [], admin: true };
    bd.signInName = bd.upn;
    const tb = tp + 8 * MIN, cb = r.guid();
    W.audit({ t: tb, by: a, ipi: H1, activity: 'Add user', category: 'UserManagement', operationType: 'Add', corr: cb, targets: [tUser(bd, [mod('AccountEnabled', '[]', '[true]'), mod('DisplayName', '[]', js([bd.display])), mod('UserPrincipalName', '[]', js([bd.upn])), mod('UserType', '[]', '["Member"]')])], tag: name, tagUsers: [bd.upn], r });
    W.audit({ t: tb + 65 * SEC, by: a, ipi: H1, activity: 'Add member to role', category: 'RoleManagement', operationType: 'Assign', corr: r.guid(), targets: [tUser(bd), { id: ga[1], displayName: ga[0], type: 'Role', modifiedProperties: [mod('Role.DisplayName', null, js(ga[0])), mod('Role.TemplateId', null, js(ga[1])), mod('Role.WellKnownObjectName', null, '"CompanyAdministrator"')], administrativeUnits: [] }], tag: name, tagUsers: [bd.upn], r });
    const t9 = tb + 14 * MIN, s9 = r.guid(), c9 = r.guid();
    W.signin({ t: t9, user: bd, interactive: true, app: 'MySignins', res: 'MySignins', ipi: H1, device: dev, ua: UA.winChrome, err: 50079, auth: 'pw', corr: c9, sessionId: s9, tag: name, r });
    W.audit({ t: t9 + 2 * MIN, by: bd, ipi: H1, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', targets: [tUser(bd)], tag: name, r });
    W.signin({ t: t9 + 3 * MIN, user: bd, interactive: true, app: 'AzurePortal', res: 'ARM', ipi: H1, device: dev, ua: UA.winChrome, auth: 'push', corr: c9, sessionId: s9, tag: name, r });
    const tn = U(12, 1.5), sn = r.guid();
    W.signin({ t: tn, user: bd, interactive: true, app: 'AzurePortal', res: 'ARM', ipi: H2, device: dev, ua: UA.winChrome, auth: 'push', sessionId: sn, tag: name, r });
    for (let k = 0; k < 12; k++) W.signin({ t: tn + r.int((1) * 60, (90) * 60) * SEC, user: r.chance(0.7) ? bd : a, interactive: false, app: r.pick(['AzurePortal', 'AdminCenter']), res: r.pick(['ARM', 'Graph', 'AADGraph']), ipi: H2, device: dev, ua: UA.winChrome, sessionId: sn, tag: name, r });
    meta.push({ name, victim: a, others: [bd], ips: [H1, H2], agent });
  }

  // ---------------------------------------------------------------- 10
  {
    const name = 'infostealer-cookie-replay';
    const r = R.fork(name);
    const v = pickUser((u) => u.persona === 'sales' && u.cc === 'CL', r);
    const pc = unmanagedWin('Chrome 146.0.0');
    const ps = r.guid();
    // honest use of the personal PC at home in the evenings before the theft (the infection is on this PC)
    for (const d of [0, 1, 2]) {
      const t = U(d, r.float(20, 22.5), -3);
      W.signin({ t, user: v, interactive: true, app: 'OfficeHome', res: 'OfficeHome', ipi: v.homeIp, device: pc, ua: UA.winChrome, auth: d === 0 ? 'push' : 'prevmfa', sessionId: ps, r });
      for (let k = 0; k < 3; k++) W.signin({ t: t + r.int((1) * 60, (50) * 60) * SEC, user: v, interactive: false, app: 'OWA', res: 'Exchange', ipi: v.homeIp, device: pc, ua: UA.winChrome, sessionId: ps, r });
    }
    const L1 = W.fixedIp(`187.75.${r.int(0, 255)}.${r.int(2, 254)}`, 18881, 'SAO'), L2 = W.fixedIp(`179.100.${r.int(0, 255)}.${r.int(2, 254)}`, 28573, 'RIO');
    const t = U(3, 20.25);
    W.signin({ t, user: v, interactive: true, app: 'OfficeHome', res: 'OfficeHome', ipi: L1, device: pc, ua: UA.winChrome, auth: 'prevmfa', sessionId: ps, tag: name, r });
    W.signin({ t: t + 4 * MIN, user: v, interactive: true, app: 'OfficeHome', res: 'SharePoint', ipi: L1, device: pc, ua: UA.winChrome, auth: 'prevmfa', sessionId: ps, tag: name, r });
    for (let k = 0; k < 17; k++) W.signin({ t: t + r.int((5) * 60, (80) * 60) * SEC, user: v, interactive: false, app: r.pick(['OfficeHome', 'OWA']), res: r.pick(['SharePoint', 'SharePoint', 'Exchange']), ipi: L1, device: pc, ua: UA.winChrome, sessionId: ps, tag: name, r });
    for (let k = 0; k < 10; k++) W.signin({ t: U(4, 11) + r.int((0) * 60, (60) * 60) * SEC, user: v, interactive: false, app: r.pick(['OfficeHome', 'OWA']), res: r.pick(['SharePoint', 'Exchange']), ipi: L2, device: pc, ua: UA.winChrome, sessionId: ps, tag: name, r });
    meta.push({ name, victim: v, ips: [L1, L2] });
  }

  // ---------------------------------------------------------------- 11
  {
    const name = 'sync-account-federation-backdoor';
    const r = R.fork(name);
    const v = reserve(P.services.migr);
    const ceo = pickUser((u) => u.persona === 'office' && u.cc === 'BR' && u.dept === 'Comercial', r);
    ceo.title = 'Diretor Presidente (CEO)';
    const S1 = W.newIp('X_M247', 'MIA', { r, prefix: '146.70.188.' }), S2 = W.fixedIp(`146.70.199.${r.int(2, 254)}`, 9009, 'MIA');
    const dev = unmanagedWin('Chrome 146.0.0');
    const s = r.guid(), corr = r.guid();
    let t = U(12, 3.23);
    W.signin({ t, user: v, interactive: true, app: 'AzurePortal', res: 'ARM', ipi: S1, device: dev, ua: UA.winChrome, err: 50079, auth: 'pw', corr, sessionId: s, tag: name, r });
    W.audit({ t: t + 2 * MIN, by: v, ipi: S1, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', operationType: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', targets: [tUser(v)], tag: name, r });
    t += 3 * MIN;
    W.signin({ t, user: v, interactive: true, app: 'AzurePortal', res: 'ARM', ipi: S1, device: dev, ua: UA.winChrome, auth: 'push', corr, sessionId: s, tag: name, r });
    W.signin({ t: t + 2 * MIN, user: v, interactive: true, app: 'AdminCenter', res: 'AADGraph', ipi: S1, device: dev, ua: UA.winChrome, auth: 'prevmfa', sessionId: s, tag: name, r });
    const dom = 'araponga-sso.com';
    const dt = (off) => t + off * MIN;
    const dObj = (mods = []) => ({ id: null, displayName: dom, type: 'Other', modifiedProperties: mods, administrativeUnits: [] });
    W.audit({ t: dt(6), by: v, ipi: S1, activity: 'Add unverified domain', category: 'DirectoryManagement', operationType: 'Add', targets: [dObj()], tag: name, r });
    W.audit({ t: dt(17), by: v, ipi: S1, activity: 'Verify domain', category: 'DirectoryManagement', operationType: 'Update', targets: [dObj()], tag: name, r });
    W.audit({ t: dt(20), by: v, ipi: S1, activity: 'Set domain authentication', category: 'DirectoryManagement', operationType: 'Update', targets: [dObj([mod('LiveType', '"Managed"', '"Federated"')])], tag: name, r });
    W.audit({ t: dt(21), by: v, ipi: S1, activity: 'Set federation settings on domain', category: 'DirectoryManagement', operationType: 'Update', targets: [dObj([mod('IssuerUri', null, `"http://${dom}/adfs/services/trust/"`), mod('PassiveLogOnUri', null, `"https://sts.${dom}/adfs/ls/"`), mod('FederatedIdpMfaBehavior', null, '"acceptIfMfaDoneByFederatedIdp"')])], tag: name, r });
    W.audit({ t: dt(27), by: v, ipi: S1, activity: 'Update user', category: 'UserManagement', operationType: 'Update', targets: [tUser(ceo, [mod('SourceAnchor', '[]', js([Buffer.from(r.guid()).toString('base64').slice(0, 24)])), mod('Included Updated Properties', null, '"SourceAnchor"')])], tag: name, tagUsers: [ceo.upn], r });
    W.audit({ t: dt(35), by: v, ipi: S1, activity: 'User has elevated their access to User Access Administrator for their Azure Resources', category: 'AzureRBACRoleManagementElevateAccess', service: 'Azure RBAC (Elevated Access)', operationType: 'Assign', targets: [tUser(v)], tag: name, r });
    for (let k = 0; k < 28; k++) { const cli = r.chance(0.6); W.signin({ t: dt(36) + r.int((1) * 60, (210) * 60) * SEC, user: v, interactive: false, app: cli ? 'AzureCLI' : 'AzurePortal', res: cli ? r.pick(['ARM', 'ARM', 'Storage']) : r.pick(['ARM', 'Graph']), ipi: S1, device: null, ua: cli ? UA.azcliWin : UA.winChrome, sessionId: s, tag: name, r }); }
    const tf = U(12, 7.83), sf = r.guid();
    W.signin({ t: tf, user: ceo, interactive: true, app: 'OfficeHome', res: 'OfficeHome', ipi: S2, device: dev, ua: UA.winChrome, auth: 'fed', tokenIssuerType: 'ADFederationServices', tokenIssuerName: `http://${dom}/adfs/services/trust/`, sessionId: sf, tag: name, r });
    W.signin({ t: tf + 3 * MIN, user: ceo, interactive: true, app: 'OWA', res: 'Exchange', ipi: S2, device: dev, ua: UA.winChrome, auth: 'prevmfa', sessionId: sf, tag: name, r });
    for (let k = 0; k < 10; k++) W.signin({ t: tf + r.int((4) * 60, (60) * 60) * SEC, user: ceo, interactive: false, app: 'OWA', res: 'Exchange', ipi: S2, device: dev, ua: UA.winChrome, sessionId: sf, tag: name, r });
    meta.push({ name, victim: v, others: [ceo], ips: [S1, S2] });
  }

  // ---------------------------------------------------------------- 12
  {
    const name = 'cicd-federated-credential-backdoor';
    const r = R.fork(name);
    const owner = pickUser((u) => u.persona === 'it' && u.cc === 'BR' && u.adminAccount && !u.adminAccount.reserved, r);
    const a = reserve(owner.adminAccount);
    const ipi = owner.homeIp; // the attacker drives the engineer's own workstation (hidden VNC / SOCKS implant)
    const s = r.guid();
    const t = U(2, 6.33);
    W.signin({ t, user: a, interactive: true, app: 'AzurePortal', res: 'ARM', ipi, device: owner.devices[0], ua: UA[owner.browserUA], auth: 'prevmfa', sessionId: s, tag: name, r });
    W.signin({ t: t + 2 * MIN, user: a, interactive: true, app: 'AdminCenter', res: 'AADGraph', ipi, device: owner.devices[0], ua: UA[owner.browserUA], auth: 'prevmfa', sessionId: s, tag: name, r });
    for (let k = 0; k < 6; k++) W.signin({ t: t + r.int((3) * 60, (25) * 60) * SEC, user: a, interactive: false, app: 'AdminCenter', res: r.pick(['AADGraph', 'Graph']), ipi, device: owner.devices[0], ua: UA[owner.browserUA], sessionId: s, tag: name, r });
    const app = W.custom.cicd;
    const ua = [{ key: 'User-Agent', value: UA[owner.browserUA] }, { key: 'AppId', value: app[0] }];
    const appObj = r.guid();
    W.audit({ t: t + 7 * MIN, by: a, ipi, activity: 'Update application', category: 'ApplicationManagement', operationType: 'Update', targets: [tApp(appObj, app[1], [mod('FederatedIdentityCredentials', js([{ Name: 'gha-deploy-prod', Issuer: 'https://token.actions.githubusercontent.com', Subject: 'repo:araponga-digital/platform-infra:environment:production', Audiences: ['api://AzureADTokenExchange'] }]), js([{ Name: 'gha-deploy-prod', Issuer: 'https://token.actions.githubusercontent.com', Subject: 'repo:araponga-digital/platform-infra:environment:production', Audiences: ['api://AzureADTokenExchange'] }, { Name: 'gha-deploy-mirror', Issuer: 'https://token.actions.githubusercontent.com', Subject: 'repo:ci-mirror-tools/deploy-actions:ref:refs/heads/main', Audiences: ['api://AzureADTokenExchange'] }])), mod('Included Updated Properties', null, '"FederatedIdentityCredentials"')])], additional: ua, tag: name, r });
    const kd = (id, name) => `[KeyIdentifier=${id},KeyType=Password,KeyUsage=Verify,DisplayName=${name}]`;
    W.audit({ t: t + 11 * MIN, by: a, ipi, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', operationType: 'Update', targets: [tApp(appObj, app[1], [mod('KeyDescription', '[]', js([kd(r.guid(), 'deploy-token-nov')])), mod('Included Updated Properties', null, '"KeyDescription"')])], additional: ua, tag: name, r });
    meta.push({ name, victim: a, ips: [] });
  }

  // ---------------------------------------------------------------- 13
  {
    const name = 'supplier-guest-invites-externals';
    const r = R.fork(name);
    const g = r.pick(P.guests.filter((x) => x.supplier.place === 'HOU')); reserve(g);
    const G1 = W.newIp('X_DIGITALOCEAN', 'NYC', { r, prefix: '159.89.47.' }), G2 = W.newIp('X_DIGITALOCEAN', 'NYC', { r, prefix: '138.197.98.' });
    const dev = unmanagedWin('Chrome 146.0.0');
    const s = r.guid();
    const t = U(13, 1.67);
    W.signin({ t, user: g, interactive: true, app: 'OfficeHome', res: 'SharePoint', ipi: G1, device: dev, ua: UA.winChrome, auth: 'prevmfa', sessionId: s, tag: name, r });
    for (let k = 0; k < 14; k++) W.signin({ t: t + r.int((2) * 60, (80) * 60) * SEC, user: g, interactive: false, app: 'OfficeHome', res: r.pick(['SharePoint', 'SharePoint', 'Graph']), ipi: G1, device: dev, ua: UA.winChrome, sessionId: s, tag: name, r });
    W.signin({ t: t + 21 * MIN, user: g, interactive: true, app: 'AzurePortal', res: 'ARM', ipi: G1, device: dev, ua: UA.winChrome, auth: 'prevmfa', sessionId: s, tag: name, r });
    for (let k = 0; k < 5; k++) W.signin({ t: t + r.int((22) * 60, (40) * 60) * SEC, user: g, interactive: false, app: 'AzurePortal', res: r.pick(['AADGraph', 'Graph']), ipi: G1, device: dev, ua: UA.winChrome, sessionId: s, tag: name, r });
    const msa = '9188040d-6c67-4c5b-b112-36a304b66dad';
    const news = ['logistica.araponga.br@outlook.com', 'freight.ops.intl@gmail.com'].map((m) => {
      const local = m.replace('@', '_');
      const u = { id: r.guid(), upn: `${local}#EXT#@${ONMS}`, signInName: m, display: m.split('@')[0], type: 'Guest', homeTenantId: m.endsWith('outlook.com') ? msa : msa, devices: [], mfaScope: true };
      return u;
    });
    news.forEach((nu, i) => {
      const ti = t + (43 + i * 3) * MIN;
      W.audit({ t: ti, by: g, ipi: G1, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', operationType: 'Add', targets: [{ id: nu.id, displayName: nu.display, type: 'User', userPrincipalName: nu.upn, modifiedProperties: [], administrativeUnits: [] }], additional: [{ key: 'invitedUserEmailAddress', value: nu.signInName }, { key: 'InvitationId', value: r.guid() }], tag: name, tagUsers: [nu.signInName, nu.upn], r });
      const tr = ti + (9 + i * 4) * MIN;
      W.audit({ t: tr, by: nu, ipi: i === 0 ? G1 : G2, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', operationType: 'Update', targets: [{ id: nu.id, displayName: nu.display, type: 'User', userPrincipalName: nu.upn, modifiedProperties: [], administrativeUnits: [] }], tag: name, r });
      const sn = r.guid();
      W.signin({ t: tr + 2 * MIN, user: nu, interactive: true, app: 'TeamsWeb', res: 'Teams', ipi: i === 0 ? G1 : G2, device: dev, ua: UA.winChrome, auth: 'push', sessionId: sn, tag: name, r });
      for (let k = 0; k < 8; k++) W.signin({ t: tr + r.int((3) * 60, (200) * 60) * SEC, user: nu, interactive: false, app: 'TeamsWeb', res: r.pick(['Teams', 'Skype', 'SharePoint']), ipi: G2, device: dev, ua: UA.winChrome, sessionId: sn, tag: name, r });
    });
    meta.push({ name, victim: g, others: news, ips: [G1, G2] });
  }
  return meta;
}
