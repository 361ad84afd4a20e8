// The planted scenarios. Each returns a truth entry: { id, name, users, ips, start, end, description }.
import { audit } from './graph.mjs';
import { ix, nx, spx, T0, DAY, HOUR, MIN, PREV, PREV_MFA, PW_PUSH, PW_ONLY, PW_BAD } from './emit.mjs';
import { N, Pool, SITE, APP, RES, UA } from './world.mjs';
import { ROLE } from './admin.mjs';
import { iso7 } from './graph.mjs';

export function plant(W) {
  const { rng, people, A } = W;
  const V = W.victims;
  const truth = [];
  const push = (o) => { const a = audit(rng, o); A.push(a); return a; };
  const uT = (u) => ({ id: u.id, name: u.name, type: 'User', upn: u.upn });
  const scen = (id, description, users, ips, s, e) => truth.push({ id, name: id, description, users, ips: [...new Set(ips)], start: iso7(s).replace(/\.\d+Z$/, 'Z'), end: iso7(e).replace(/\.\d+Z$/, 'Z') });

  // 1. password spray from rotating residential proxies; two accounts fall; persistence on the shared account
  {
    const proxyPools = [
      new Pool(['73.162', '98.45', '24.11'], 7922, 'Chicago', 'Illinois', 'US', 41.88, -87.63), new Pool(['97.117', '71.74'], 20115, 'Saint Louis', 'Missouri', 'US', 38.63, -90.2),
      new Pool(['177.66', '189.40'], 26599, 'Sao Paulo', 'Sao Paulo', 'BR', -23.55, -46.63), new Pool(['116.98', '171.236'], 7552, 'Hanoi', 'Hanoi', 'VN', 21.03, 105.85),
      new Pool(['187.190', '201.141'], 8151, 'Guadalajara', 'Jalisco', 'MX', 20.67, -103.35), new Pool(['91.64', '178.201'], 3209, 'Dortmund', 'North Rhine-Westphalia', 'DE', 51.51, 7.47),
      new Pool(['86.85', '77.167'], 1136, 'Utrecht', 'Utrecht', 'NL', 52.09, 5.12), new Pool(['110.137', '36.72'], 7713, 'Jakarta', 'Jakarta', 'ID', -6.2, 106.85),
      new Pool(['5.44', '151.38'], 16135, 'Istanbul', 'Istanbul', 'TR', 41.01, 28.98), new Pool(['81.106', '92.86'], 3215, 'Lyon', 'Auvergne-Rhone-Alpes', 'FR', 45.76, 4.84),
    ];
    const ips = []; for (let i = 0; i < 36; i++) ips.push(rng.pick(proxyPools).ip(rng));
    const targets = rng.sample(people.users.filter((u) => u.type === 'member' && !W.reserved.has(u.upn) && u.role !== 'room'), 260);
    const ghosts = ['info', 'admin', 'it', 'helpdesk', 'test', 'scanner', 'backup', 'hr', 'finance', 'sales'].map((x) => ({ upn: `${x}@duenenwind.com`, name: '', id: '00000000-0000-0000-0000-000000000000', type: 'member' }));
    const s = T0 + 3 * DAY + 1.7 * HOUR; let t = s;
    const all = rng.shuffle([...targets, ...ghosts, V.spray1, V.sprayShared]);
    const usedIps = [];
    for (let round = 0; round < 2; round++) {
      for (const u of all) {
        const net = rng.pick(ips); usedIps.push(net.ip); t += rng.int(180, 460) * 1000;
        const hit = round === 1 && (u === V.spray1 || u === V.sprayShared);
        const ghost = u.id.startsWith('00000000');
        const base = { dev: 'none', app: APP.office, res: RES.graph, clientApp: 'Mobile Apps and Desktop clients', protocol: 'ropc', ua: rng.pick([UA.chromeWin, UA.firefoxWin, UA.edgeWin]), browser: rng.pick(['Chrome 142.0.0', 'Firefox 145.0', 'Edge 142.0.0']), incoming: 'none' };
        if (ghost) { ix(W, { ...u, name: null, id: null }, t, net, { ...base, err: 50034, steps: [] }); continue; }
        if (!hit) { ix(W, u, t, net, { ...base, err: rng.chance(0.03) ? 50053 : 50126, steps: PW_BAD }); continue; }
        if (u === V.spray1) ix(W, u, t, net, { ...base, err: 50076, steps: [PW_ONLY[0]], evaluated: true, additional: 'MFA required in Azure AD' });
        else { const r = ix(W, u, t, net, { ...base, steps: PW_ONLY, mfa: false }); W.sprayHit = { t, net }; void r; }
      }
    }
    // persistence: next morning, another proxy, the shared account registers an authenticator and a device
    const p2 = proxyPools[0].ip(rng); const tp = W.sprayHit.t + 26 * HOUR;
    ix(W, V.sprayShared, tp, p2, { dev: 'none', app: APP.mySignins, res: RES.graph, steps: PW_ONLY, mfa: false, incoming: 'none', ua: UA.chromeWin, browser: 'Chrome 142.0.0' });
    push({ t: tp + 3 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', by: { user: V.sprayShared, ip: p2.ip }, targets: [uT(V.sprayShared)], reason: 'User registered Authenticator App with Notification and Code' });
    const dev = { id: rng.guid(), name: 'DESKTOP-7QK2M4R', os: 'Windows 10', compliant: false, managed: false, trust: 'Azure AD registered' };
    push({ t: tp + 9 * MIN, service: 'Device Registration Service', category: 'Device', activity: 'Register device', op: 'Add', by: { user: V.sprayShared, ip: p2.ip }, targets: [{ id: dev.id, name: dev.name, type: 'Device' }], details: [['Device Id', dev.id], ['Device OS', 'Windows'], ['Device Trust Type', 'Workplace']] });
    push({ t: tp + 9 * MIN + 700, activity: 'Add registered owner to device', category: 'Device', op: 'Assign', by: { app: { appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service', spId: RES.drs.spId } }, targets: [{ id: dev.id, name: dev.name, type: 'Device' }, uT(V.sprayShared)] });
    for (let i = 0; i < 9; i++) nx(W, V.sprayShared, tp + (15 + i * 37) * MIN, p2, { dev, app: APP.office, res: rng.pick([RES.exo, RES.spo, RES.graph]), mfa: true, incoming: 'primaryRefreshToken', sessionId: W.rng.guid() });
    scen('spray-residential-proxies', 'Slow password spray from 36 rotating residential-proxy IPs; l.brouwer-style account answers 50076 (password right), the shared workshop account (MFA-excluded) signs in, then registers an authenticator and a device next day',
      [V.spray1.upn, V.sprayShared.upn], [...usedIps, p2.ip], s, tp + 6 * HOUR);
  }

  // 2. AiTM phishing: proxy sign-in from a hosting ASN, cookie replayed from another hosting ASN
  {
    const u = V.aitm; const proxy = N('146.190.27.118', 14061, 'Amsterdam', 'North Holland', 'NL', 52.3740, 4.8897); const replay = N('45.32.153.204', 20473, 'Frankfurt am Main', 'Hesse', 'DE', 50.1188, 8.6843);
    const t = T0 + 4 * DAY + 8.2 * HOUR; const sess = rng.guid();
    ix(W, u, t, proxy, { dev: 'none', app: APP.officeHome, res: RES.wcss, steps: PW_PUSH, mfa: true, incoming: 'none', sessionId: sess, ua: UA.chromeWin, browser: 'Chrome 142.0.0' });
    for (let i = 0; i < 14; i++) nx(W, u, t + (38 + i * rng.int(6, 25)) * MIN, replay, { dev: 'none', app: rng.pick([APP.officeHome, APP.wcss, APP.office]), res: rng.pick([RES.exo, RES.graph, RES.spo]), sessionId: sess, mfa: true, incoming: 'none', ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', browser: 'Firefox 128.0', steps: PREV_MFA });
    const tm = t + 2.1 * HOUR;
    ix(W, u, tm, replay, { dev: 'none', app: APP.mySignins, res: RES.graph, steps: PREV_MFA, mfa: true, sessionId: sess, incoming: 'none', ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', browser: 'Firefox 128.0' });
    push({ t: tm + 2 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', by: { user: u, ip: replay.ip }, targets: [uT(u)], reason: 'User registered Authenticator App with Notification and Code' });
    scen('aitm-session-replay', 'AiTM phishing: password+push sign-in through a DigitalOcean reverse proxy, then the session cookie replayed from a Vultr host (same sessionId) and a new authenticator registered',
      [u.upn], [proxy.ip, replay.ip], t, tm + 2 * MIN);
  }

  // 3. OAuth consent phishing
  {
    const u = V.consent; const home = u.home.ip(rng); const t = T0 + 8 * DAY + 18.6 * HOUR;
    const app = { id: 'c7e3b5a1-94d2-4f08-b6e1-2a9d8c4f0e73', name: 'SecureDoc Viewer' }; const sp = rng.guid();
    ix(W, u, t, home, { dev: 'laptop', app, res: RES.graph, steps: PREV_MFA, mfa: true, ua: UA.edgeWin, err: 65001, evaluated: true });
    ix(W, u, t + 55000, home, { dev: 'laptop', app, res: RES.graph, steps: PREV_MFA, mfa: true, ua: UA.edgeWin });
    const by = { user: u, ip: home.ip };
    push({ t: t + 40000, activity: 'Add service principal', category: 'ApplicationManagement', op: 'Add', by, targets: [{ id: sp, name: app.name, type: 'ServicePrincipal', props: [['AppId', null, `"${app.id}"`], ['DisplayName', null, `"${app.name}"`]] }] });
    push({ t: t + 42000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', op: 'Assign', by, targets: [{ id: RES.graph.spId, name: 'Microsoft Graph', type: 'ServicePrincipal', props: [['DelegatedPermissionGrant.Scope', null, '"Mail.Read Mail.Send offline_access User.Read"'], ['DelegatedPermissionGrant.ConsentType', null, '"Principal"'], ['ServicePrincipal.ObjectID', null, `"${RES.graph.spId}"`]] }, { id: sp, name: app.name, type: 'ServicePrincipal' }] });
    push({ t: t + 43000, activity: 'Consent to application', category: 'ApplicationManagement', op: 'Assign', by, targets: [{ id: sp, name: app.name, type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, '"False"'], ['ConsentContext.IsAppOnly', null, '"False"'], ['ConsentContext.OnBehalfOfAll', null, '"False"'], ['ConsentContext.Tags', null, '"WindowsAzureActiveDirectoryIntegratedApp"'], ['ConsentAction.Permissions', null, `"[] => [[Id: x, ClientId: ${sp}, PrincipalId: ${u.id}, ResourceId: ${RES.graph.spId}, ConsentType: Principal, Scope: Mail.Read Mail.Send offline_access User.Read, CreatedDateTime: , LastModifiedDateTime ]]; "`], ['TargetId.ServicePrincipalNames', null, `"${app.id}"`]] }], details: [['User-Agent', UA.edgeWin], ['AppId', app.id]] });
    const m247 = N('185.156.46.139', 9009, 'Bucharest', 'Bucuresti', 'RO', 44.4323, 26.1063);
    let tt = t + 25 * MIN; let last = tt;
    while (tt < T0 + 10.5 * DAY) { nx(W, u, tt, m247, { dev: 'none', app, res: RES.graph, mfa: true, incoming: 'refreshToken', ua: 'python-requests/2.32.3', scopes: ['Mail.Read', 'Mail.Send', 'offline_access', 'User.Read'], sessionId: null }); last = tt; tt += rng.float(35, 110) * MIN; }
    scen('oauth-consent-mail', "User consents (from her own home IP) to a multi-tenant app 'SecureDoc Viewer' asking Mail.Read Mail.Send offline_access; the app then refreshes her tokens from an M247 host in Romania for two days",
      [u.upn], [m247.ip], t, last);
  }

  // 4. device-code phishing (Authentication Broker), device registration, PRT use from attacker host
  {
    const u = V.devcode; const home = u.site; const t = T0 + 9 * DAY + 9.4 * HOUR; const sess = rng.guid();
    const atk = N('5.181.86.202', 44477, 'Amsterdam', 'North Holland', 'NL', 52.3759, 4.8975);
    ix(W, u, t, home, { dev: 'none', app: APP.broker, res: RES.drs, protocol: 'deviceCode', transfer: 'deviceCodeFlow', steps: PREV_MFA, mfa: true, sessionId: sess, incoming: 'none', ua: UA.edgeWin, browser: 'Edge 142.0.0' });
    nx(W, u, t + 70000, atk, { dev: 'none', app: APP.broker, res: RES.drs, sessionId: sess, mfa: true, incoming: 'refreshToken', ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', transfer: 'deviceCodeFlow' });
    const dev = { id: rng.guid(), name: 'DESKTOP-R1F8X2N', os: 'Windows 10', compliant: false, managed: false, trust: 'Azure AD registered' };
    push({ t: t + 4 * MIN, service: 'Device Registration Service', category: 'Device', activity: 'Register device', op: 'Add', by: { user: u, ip: atk.ip }, targets: [{ id: dev.id, name: dev.name, type: 'Device' }], details: [['Device Id', dev.id], ['Device OS', 'Windows'], ['Device Trust Type', 'Workplace']] });
    push({ t: t + 4 * MIN + 600, activity: 'Add device', category: 'Device', op: 'Add', by: { app: { appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service', spId: RES.drs.spId } }, targets: [{ id: dev.id, name: dev.name, type: 'Device' }] });
    let last = t;
    for (let i = 0; i < 16; i++) { last = t + (8 + i * rng.int(20, 70)) * MIN; nx(W, u, last, atk, { dev, app: rng.pick([APP.office, APP.teams, APP.officeHome]), res: rng.pick([RES.exo, RES.spo, RES.graph, RES.teams]), mfa: true, incoming: 'primaryRefreshToken', sessionId: sess }); }
    scen('device-code-broker-prt', 'Device-code phishing: the user completes a device-code sign-in for Microsoft Authentication Broker at the office; the attacker redeems it from a Stark-Industries host, registers a device and uses the PRT',
      [u.upn], [atk.ip], t, last);
  }

  // 5. MFA fatigue at night
  {
    const u = V.fatigue; const atk = N('193.32.249.135', 9009, 'Stockholm', 'Stockholm', 'SE', 59.3293, 18.0686);
    const s = T0 + 10 * DAY + 1.4 * HOUR; let t = s;
    for (let i = 0; i < 17; i++) {
      ix(W, u, t, atk, { dev: 'none', app: APP.officeHome, res: RES.wcss, err: 500121, steps: [PW_PUSH[0], { m: 'Mobile app notification', ok: false, res: rng.chance(0.6) ? 'MFA denied; user did not respond to mobile app notification' : 'MFA denied; user declined the authentication', req: 'MFA' }], mfa: true, ua: UA.chromeWin, browser: 'Chrome 142.0.0', incoming: 'none', sessionId: rng.guid(), failureReason: 'Authentication failed during strong authentication request.' });
      t += rng.int(70, 160) * 1000;
    }
    const sess = rng.guid();
    ix(W, u, t, atk, { dev: 'none', app: APP.officeHome, res: RES.wcss, steps: PW_PUSH, mfa: true, ua: UA.chromeWin, browser: 'Chrome 142.0.0', incoming: 'none', sessionId: sess });
    for (let i = 0; i < 6; i++) nx(W, u, t + (5 + i * 11) * MIN, atk, { dev: 'none', app: APP.office, res: rng.pick([RES.exo, RES.spo]), mfa: true, incoming: 'refreshToken', sessionId: sess, ua: UA.chromeWin });
    push({ t: t + 9 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', by: { user: u, ip: atk.ip }, targets: [uT(u)], reason: 'User registered Mobile Phone SMS' });
    scen('mfa-fatigue-night-push', '17 denied / unanswered Authenticator pushes from an M247 (Stockholm) VPN host between 02:24 and 03:00 CET, then an approval, mailbox access and an SMS method registered',
      [u.upn], [atk.ip], s, t + 80 * MIN);
  }

  // 6. service principal gains a secret (via a compromised pipeline identity) then signs in from a new IP
  {
    const app = W.apps.scada; const by = { app: { appId: W.apps.devops.appId, name: W.apps.devops.name, spId: W.apps.devops.spId } };
    const t = T0 + 11 * DAY + 2.2 * HOUR; const keyId = rng.guid();
    spx(W, W.apps.devops, t - 4 * MIN, N('172.105.77.19', 63949, 'Frankfurt am Main', 'Hesse', 'DE', 50.1109, 8.6821), { res: RES.graph });
    push({ t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by, targets: [{ id: app.objId, name: app.name, type: 'Application', props: [['KeyDescription', `["[KeyIdentifier=${app.cred.keyId},KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName=CN=scada-export-prod]"]`, `["[KeyIdentifier=${app.cred.keyId},KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName=CN=scada-export-prod]","[KeyIdentifier=${keyId},KeyType=Password,KeyUsage=Verify,DisplayName=sync]"]`], ['Included Updated Properties', null, '"KeyDescription"']] }], details: [['User-Agent', 'python-requests/2.32.3'], ['AppId', app.appId]] });
    push({ t: t + 1500, activity: 'Add service principal credentials', category: 'ApplicationManagement', by, targets: [{ id: app.spId, name: app.name, type: 'ServicePrincipal', props: [['KeyDescription', '[]', `["[KeyIdentifier=${keyId},KeyType=Password,KeyUsage=Verify,DisplayName=sync]"]`]] }] });
    const atk = N('172.105.77.19', 63949, 'Frankfurt am Main', 'Hesse', 'DE', 50.1109, 8.6821);
    let last = t;
    for (let i = 0; i < 11; i++) { last = t + (12 + i * rng.int(15, 45)) * MIN; spx(W, app, last, atk, { res: rng.pick([RES.graph, RES.spo, RES.storage]), cred: { type: 'clientSecret', keyId }, lib: 'Family: MSAL Library: MSAL.Python 1.31.0 Platform: Python' }); }
    scen('sp-secret-added-new-ip', "A client secret is added to 'SCADA-Export-Prod' (normally certificate-only, from the two SCADA relays) by the DevOps pipeline identity signing in from Linode; the app then authenticates with the new secret from that Linode IP",
      [app.name, app.appId, app.spId, W.apps.devops.name, W.apps.devops.appId], [atk.ip], t - 4 * MIN, last);
  }

  // 7. federated identity credential + new owner on an app, by an admin account signing in from a hosting VPN
  {
    const a = V.ficAdmin; const app = W.apps.meter; const atk = N('149.102.242.27', 60068, 'Paris', 'Ile-de-France', 'FR', 48.8566, 2.3522);
    const t = T0 + 12 * DAY - 1.3 * HOUR; const sess = rng.guid();
    ix(W, a, t, atk, { dev: 'none', app: APP.graphCli, res: RES.graph, steps: PW_PUSH, mfa: true, incoming: 'none', ua: UA.pwsh, browser: '', rich: true, sessionId: sess });
    const corr = rng.guid();
    push({ t: t + 3 * MIN, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role requested (PIM activation)', op: 'Add', corr, by: { user: a, ip: atk.ip }, targets: [{ id: ROLE.appadm[0], name: ROLE.appadm[1], type: 'Role' }, uT(a)], details: [['Justification', 'app maintenance']] });
    push({ t: t + 3 * MIN + 4000, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role completed (PIM activation)', op: 'Add', corr, by: { user: a, ip: atk.ip }, targets: [{ id: ROLE.appadm[0], name: ROLE.appadm[1], type: 'Role' }, uT(a)] });
    nx(W, a, t + 6 * MIN, atk, { dev: 'none', app: APP.graphCli, res: RES.graph, sessionId: sess, mfa: true, ua: UA.pwsh, scopes: ['Application.ReadWrite.All', 'Directory.AccessAsUser.All'] });
    const owner = V.ficOwner;
    push({ t: t + 9 * MIN, activity: 'Add owner to application', category: 'ApplicationManagement', op: 'Assign', by: { user: a, ip: atk.ip }, targets: [uT(owner), { id: app.objId, name: app.name, type: 'Application' }] });
    const ficId = rng.guid();
    push({ t: t + 12 * MIN, activity: 'Update application', category: 'ApplicationManagement', by: { user: a, ip: atk.ip }, targets: [{ id: app.objId, name: app.name, type: 'Application', props: [['FederatedIdentityCredentials', '[]', `[{"Name":"gh-sync","Issuer":"https://token.actions.githubusercontent.com","Subject":"repo:nrth-telemetry/windsync:ref:refs/heads/main","Audiences":["api://AzureADTokenExchange"]}]`], ['Included Updated Properties', null, '"FederatedIdentityCredentials"']] }], details: [['User-Agent', UA.pwsh]] });
    const runners = [N('20.55.14.91', 8075, 'Boydton', 'Virginia', 'US', 36.6676, -78.3875), N('172.203.66.140', 8075, 'San Antonio', 'Texas', 'US', 29.4241, -98.4936), N('20.161.60.212', 8075, 'Des Moines', 'Iowa', 'US', 41.5868, -93.625)];
    let last = t;
    for (let i = 0; i < 7; i++) { last = t + (40 + i * rng.int(30, 120)) * MIN; spx(W, app, last, rng.pick(runners), { res: rng.pick([RES.spo, RES.graph]), cred: { type: 'federatedIdentityCredential', keyId: null, ficId }, lib: 'Family: MSAL Library: MSAL.Node 2.16.2 Platform: Node' }); }
    scen('app-fic-and-owner-added', "An admin account, signing in late Friday evening from a Datacamp VPN host in Paris, activates Application Administrator, adds a new owner and a GitHub federated credential for a foreign repo to 'Metering-API-Gateway'; the app then signs in from US GitHub runners",
      [a.upn, owner.upn, app.name, app.appId], [atk.ip, ...runners.map((r) => r.ip)], t, last);
  }

  // 8. privileged role assigned directly (not through PIM) on a Saturday night
  {
    const a = V.roleAdmin; const tgt = V.roleTarget; const atk = N('84.26.117.203', 33915, 'Rotterdam', 'South Holland', 'NL', 51.9225, 4.4792);
    const t = T0 + 5 * DAY + 0.9 * HOUR; const sess = rng.guid();
    ix(W, a, t, atk, { dev: 'none', app: APP.azurePortal, res: RES.arm, steps: PW_PUSH, mfa: true, incoming: 'none', ua: UA.chromeWin, browser: 'Chrome 142.0.0', sessionId: sess, caOverride: { 4: 'failure' }, err: 53003, evaluated: true });
    ix(W, a, t + 4 * MIN, atk, { dev: 'none', app: APP.graphCli, res: RES.graph, steps: PW_PUSH, mfa: true, incoming: 'none', ua: UA.pwsh, browser: '', rich: true, sessionId: sess });
    push({ t: t + 11 * MIN, activity: 'Add member to role', category: 'RoleManagement', op: 'Assign', by: { user: a, ip: atk.ip }, targets: [{ ...uT(tgt), props: [['Role.ObjectID', null, `"${rng.guid()}"`], ['Role.DisplayName', null, '"Global Administrator"'], ['Role.TemplateId', null, `"${ROLE.ga[0]}"`], ['Role.WellKnownObjectName', null, '"TenantAdmins"']] }], details: [['User-Agent', UA.pwsh]] });
    ix(W, tgt, t + 38 * MIN, atk, { dev: 'none', app: APP.azurePortal, res: RES.arm, steps: PW_PUSH, mfa: true, incoming: 'none', ua: UA.chromeWin, browser: 'Chrome 142.0.0' });
    for (let i = 0; i < 5; i++) nx(W, tgt, t + (45 + i * 9) * MIN, atk, { dev: 'none', app: APP.azurePortal, res: RES.graph, mfa: true, ua: UA.chromeWin });
    scen('ga-assigned-outside-pim', "Sat 01:50 CET: an admin account, from a Rotterdam residential IP it never used, is refused the portal (53003) but uses Graph PowerShell to assign Global Administrator directly (no PIM) to a contractor account, which signs in from the same IP",
      [a.upn, tgt.upn], [atk.ip], t, t + 90 * MIN);
  }

  // 9. CA policy weakened: legacy-auth block disabled and a user excluded from MFA
  {
    const a = V.caAdmin; const x = V.caExcluded; const atk = N('138.199.50.114', 60068, 'Amsterdam', 'North Holland', 'NL', 52.3667, 4.8945);
    const t = T0 + 12 * DAY + 20.4 * HOUR;
    ix(W, a, t, atk, { dev: 'none', app: APP.azurePortal, res: RES.arm, steps: PW_PUSH, mfa: true, incoming: 'none', ua: UA.edgeWin, browser: 'Edge 142.0.0', sessionId: rng.guid() });
    push({ t: t + 7 * MIN, service: 'Conditional Access', category: 'Policy', activity: 'Update conditional access policy', by: { user: a, ip: atk.ip }, targets: [{ id: 'a3f1c6e2-0b7d-4c59-9e41-7d2b8f6a1c01', name: 'CA01 - Require MFA - All users (outside trusted sites)', type: 'Policy',
      props: [['ConditionalAccessPolicy', '{"id":"a3f1c6e2-0b7d-4c59-9e41-7d2b8f6a1c01","displayName":"CA01 - Require MFA - All users (outside trusted sites)","state":"enabled","conditions":{"users":{"includeUsers":["All"],"excludeUsers":[],"excludeGroups":["0d3c5e7f-9a1b-4c2d-8e3f-4a5b6c7d8e90"]}}}',
        `{"id":"a3f1c6e2-0b7d-4c59-9e41-7d2b8f6a1c01","displayName":"CA01 - Require MFA - All users (outside trusted sites)","state":"enabled","conditions":{"users":{"includeUsers":["All"],"excludeUsers":["${x.id}"],"excludeGroups":["0d3c5e7f-9a1b-4c2d-8e3f-4a5b6c7d8e90"]}}}`]] }] });
    push({ t: t + 10 * MIN, service: 'Conditional Access', category: 'Policy', activity: 'Update conditional access policy', by: { user: a, ip: atk.ip }, targets: [{ id: 'd7a06b1f-8e24-4d3c-9f5a-0b6c2e8d4a04', name: 'CA04 - Block legacy authentication', type: 'Policy',
      props: [['ConditionalAccessPolicy', '{"id":"d7a06b1f-8e24-4d3c-9f5a-0b6c2e8d4a04","displayName":"CA04 - Block legacy authentication","state":"enabled"}', '{"id":"d7a06b1f-8e24-4d3c-9f5a-0b6c2e8d4a04","displayName":"CA04 - Block legacy authentication","state":"disabled"}']] }] });
    const t2 = t + 35 * MIN;
    ix(W, x, t2, atk, { dev: 'none', app: APP.officeHome, res: RES.wcss, steps: PW_ONLY, mfa: false, incoming: 'none', ua: UA.edgeWin, browser: 'Edge 142.0.0', caOverride: { 0: 'notApplied' } });
    for (let i = 0; i < 8; i++) ix(W, x, t2 + (6 + i * 13) * MIN, atk, { dev: 'none', app: APP.exo, res: RES.exo, clientApp: 'IMAP4', protocol: 'ropc', steps: PW_ONLY, mfa: false, ua: '', browser: '', legacy: true, legacyExcluded: true, incoming: 'none' });
    scen('ca-mfa-exclusion-legacy-unblocked', 'Sat 21:24 CET: an admin account from a Datacamp VPN host excludes one user from CA01 (MFA) and disables CA04 (legacy-auth block); that user then signs in single-factor and over IMAP from the same host',
      [a.upn, x.upn], [atk.ip], t, t2 + 2 * HOUR);
  }

  // 10. compromised vendor guest: sign-ins from Nigeria, bulk SharePoint, invites another external account
  {
    const g = V.guest; const ips = [N('102.89.34.117', 29465, 'Lagos', 'Lagos', 'NG', 6.4541, 3.3947), N('102.89.40.61', 29465, 'Lagos', 'Lagos', 'NG', 6.4541, 3.3947), N('197.210.85.12', 29465, 'Abuja', 'Federal Capital Territory', 'NG', 9.0765, 7.3986)];
    const s = T0 + 7 * DAY + 21.5 * HOUR; let t = s; let last = s;
    for (let d = 0; d < 3; d++) {
      const net = ips[d]; t = s + d * DAY + rng.float(0, 2) * HOUR;
      ix(W, g, t, net, { dev: g.laptop, app: APP.sharepointApp, res: RES.spo, steps: PREV_MFA, mfa: true, incoming: 'none', ua: UA.chromeWin, browser: 'Chrome 142.0.0' });
      for (let i = 0; i < 14; i++) { last = t + rng.float(0.1, 4) * HOUR; nx(W, g, last, net, { dev: g.laptop, app: APP.sharepointApp, res: RES.spo, incoming: 'refreshToken', ua: UA.chromeWin }); }
    }
    const ti = s + 1 * DAY + 2 * HOUR;
    push({ t: ti, service: 'Invited Users', category: 'UserManagement', activity: 'Invite external user', op: 'Add', by: { user: g, ip: ips[1].ip }, targets: [{ id: rng.guid(), name: 'docs-archive', type: 'User', upn: 'docs-archive_proton.me#EXT#@duenenwind.onmicrosoft.com' }], details: [['invitedUserEmailAddress', 'docs-archive@proton.me']] });
    scen('vendor-guest-takeover', "A turbine vendor's B2B guest (normally Aarhus, weekdays) signs in at night from Nigerian mobile IPs three days running, sweeps SharePoint and invites an outside proton.me address as a further guest",
      [g.upn], ips.map((x) => x.ip), s, last);
  }

  // 11. legacy-protocol brute force (IMAP / SMTP AUTH) — one relay account falls
  {
    const ips = [N('91.238.181.64', 57523, 'Moscow', 'Moscow', 'RU', 55.7558, 37.6173), N('45.135.232.19', 198953, 'Saint Petersburg', 'Saint Petersburg', 'RU', 59.9343, 30.3351), N('80.94.95.207', 204428, 'Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025)];
    const targets = [...rng.sample(people.users.filter((u) => u.role === 'office' && !W.reserved.has(u.upn)), 14), people.svc.scan, people.svc.alarms];
    const s = T0 + 1 * DAY + 19 * HOUR; let t = s; let hitT = 0;
    for (let k = 0; k < 230; k++) {
      const u = k === 211 ? people.svc.alarms : rng.pick(targets);
      const net = ips[Math.floor(k / 80)] || ips[2]; t += rng.int(20, 140) * 1000;
      const proto = rng.pick(['IMAP4', 'IMAP4', 'Authenticated SMTP', 'POP3']);
      const base = { dev: 'none', app: APP.exo, res: RES.exo, clientApp: k === 211 ? 'Authenticated SMTP' : proto, protocol: 'ropc', ua: '', browser: '', legacy: true, incoming: 'none', mfa: false };
      if (k === 211) { ix(W, u, t, net, { ...base, steps: PW_ONLY, legacyExcluded: true }); hitT = t; continue; }
      ix(W, u, t, net, { ...base, err: rng.chance(0.05) ? 50053 : 50126, steps: PW_BAD });
    }
    for (let i = 0; i < 40; i++) ix(W, people.svc.alarms, hitT + (3 + i * 4) * MIN, ips[2], { dev: 'none', app: APP.exo, res: RES.exo, clientApp: 'Authenticated SMTP', protocol: 'ropc', steps: PW_ONLY, mfa: false, ua: '', browser: '', legacy: true, legacyExcluded: true, incoming: 'none' });
    scen('legacy-smtp-imap-bruteforce', 'IMAP/POP/SMTP AUTH password guessing from three bulletproof-hosting IPs against 16 mailboxes; the alarm-relay account (excluded from the legacy-auth block) falls and is used to send mail over SMTP AUTH',
      [people.svc.alarms.upn], ips.map((x) => x.ip), s, hitT + 3 * HOUR);
  }

  // 12. dormant account revived
  {
    const u = V.dormant; const atk = N('71.184.203.57', 701, 'Newark', 'New Jersey', 'US', 40.7357, -74.1724);
    const t = T0 + 10 * DAY + 15.2 * HOUR; const sess = rng.guid();
    ix(W, u, t, atk, { dev: 'none', app: APP.officeHome, res: RES.wcss, err: 50079, steps: PW_ONLY, evaluated: true, ua: UA.chromeWin, browser: 'Chrome 142.0.0', incoming: 'none', sessionId: sess, additional: 'User needs to enroll for second factor authentication' });
    push({ t: t + 4 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', by: { user: u, ip: atk.ip }, targets: [uT(u)], reason: 'User registered Authenticator App with Notification and Code' });
    ix(W, u, t + 5 * MIN, atk, { dev: 'none', app: APP.officeHome, res: RES.wcss, steps: PW_PUSH, mfa: true, ua: UA.chromeWin, browser: 'Chrome 142.0.0', incoming: 'none', sessionId: sess });
    let last = t;
    for (let i = 0; i < 20; i++) { last = t + (10 + i * rng.int(10, 60)) * MIN; nx(W, u, last, atk, { dev: 'none', app: rng.pick([APP.officeHome, APP.office]), res: rng.pick([RES.spo, RES.exo, RES.graph]), sessionId: sess, mfa: true, incoming: 'none', ua: UA.chromeWin }); }
    scen('dormant-account-revived', 'An engineer account with no sign-in for months (none in the window) signs in from a Verizon residential IP in New Jersey, registers MFA for the first time and reads SharePoint and mail',
      [u.upn], [atk.ip], t, last);
  }

  // 13. refresh-token / PRT replay from another country while the user works in Hamburg
  {
    const u = V.replay; const atk = [N('177.37.212.90', 28573, 'Sao Paulo', 'Sao Paulo', 'BR', -23.5475, -46.6361), N('177.37.209.14', 28573, 'Sao Paulo', 'Sao Paulo', 'BR', -23.5475, -46.6361)];
    const s = T0 + 4 * DAY + 13.1 * HOUR; let last = s;
    for (let i = 0; i < 12; i++) { last = s + i * rng.int(15, 50) * MIN; nx(W, u, last, atk[i < 7 ? 0 : 1], { dev: 'laptop', app: rng.pick([APP.office, APP.teams, APP.oneDrive]), res: rng.pick([RES.exo, RES.spo, RES.graph]), mfa: true, incoming: 'primaryRefreshToken', ua: null }); }
    scen('prt-replay-brazil', "A Hamburg employee's laptop session (same sessionId and deviceId) is replayed from Claro IPs in São Paulo on a Friday afternoon while she keeps working from the office",
      [u.upn], atk.map((x) => x.ip), s, last);
  }
  return truth;
}
