// The intrusions (thirteen), each modelled on public 2025–2026 reporting (sources in the README).
import { APPS, RES, RES_SP, NETS, UA, CA, TENANT_ID, place, newIp, newIp6, registerIp, poolIp } from './world.mjs';
import { STEPS, HOUR, MIN, DAY, byUser, byApp, userTarget, mod } from './engine.mjs';
import { laptopUa, browserLabel, phoneUa } from './people.mjs';
import { at, RICH, dateList } from './life.mjs';
import { pimActivation, secInfo, roleId, APP_OBJ, GROUP_MFA_EXCL } from './audits.mjs';
import { PARTNERS, MSA_TENANT } from './tenant.mjs';

const GRAPH_MAIL_RW = 'e2a3a72e-5f79-4c64-b1b1-878b674786c9';
const EXO_FULL_ACCESS = 'dc890d15-9560-4a4c-9b7f-a736ec74ec40';

export class Scenarios {
  constructor(life, cast, benignLife) {
    this.L = life; this.c = cast; this.r = life.rng.fork('scenarios'); this.em = life.em; this.dir = life.dir; this.B = benignLife;
    this.out = [];
  }

  /** run fn while recording which events it emitted; returns the scenario's truth entry */
  scenario(meta, fn) {
    const em = this.em;
    const times = [];
    const origS = em.signin.bind(em), origA = em.audit.bind(em);
    em.signin = (p) => { const ev = origS(p); if (ev) times.push(ev.t); return ev; };
    em.audit = (a) => { const x = origA(a); if (x) times.push(x.t); return x; };
    const res = fn() ?? {};
    em.signin = origS; em.audit = origA;
    const users = [...new Set((res.users ?? []).map((u) => (typeof u === 'string' ? u : u.upnLog)).concat((res.users ?? []).filter((u) => typeof u !== 'string' && u.upn.toLowerCase() !== u.upnLog).map((u) => u.upn.toLowerCase())))];
    const entry = {
      name: meta.name, title: meta.title, technique: meta.technique, sources: meta.sources,
      users, ips: [...new Set(res.ips ?? [])],
      start: new Date(Math.min(...times)).toISOString(), end: new Date(Math.max(...times)).toISOString(),
      events: times.length, notes: meta.notes,
    };
    this.out.push(entry);
    return entry;
  }

  run() {
    this.s01_aitm(); this.s02_deviceCode(); this.s03_consentFix(); this.s04_helpdesk(); this.s05_spray(); this.s06_botnet();
    this.s07_fatigue(); this.s08_consent(); this.s09_federation(); this.s10_caTamper(); this.s11_guest(); this.s12_insider(); this.s13_replay();
    return this.out;
  }

  e(p) { return this.L.emit(p); }
  nd(ua) { return { dev: null, os: ua.includes('Mac OS') ? 'MacOs' : ua.includes('iPhone') ? 'Ios' : ua.includes('Android') ? 'Android' : ua.includes('Linux') ? 'Linux' : 'Windows10' }; }

  // 1 ---------------------------------------------------------------------------------------------------------
  s01_aitm() {
    const u = this.c.aitmVictim, r = this.r;
    return this.scenario({ name: 'aitm-kit-session-replay-dus-sales', title: 'AiTM phishing kit (Tycoon 2FA successor) relays a Düsseldorf sales manager\'s sign-in through a Cloudflare Worker; the session is replayed from German residential proxies, a second Authenticator is registered, later a VPS', technique: 'T1557 / T1539 / T1098.005', sources: ['tycoon2fa'] }, () => {
      const proxy = registerIp('2a06:98c0:3600::103', NETS.warp, place('frankfurt'));
      const resi1 = newIp(r, NETS.vodafoneDe, place('koeln'), '2.206');
      const resi2 = newIp(r, NETS.telekom, place('hamburg'), '91.49');
      const vps = newIp(r, NETS.vultr, place('frankfurt'), '45.76');
      const t0 = Date.UTC(2026, 11, 1, 8, 14, 27);
      const corr = r.uuid();
      const vua = laptopUa(u);
      // the victim's own sign-in, relayed by the kit: her browser's user agent, the kit's address, no device
      this.e({ t: t0 - 21_000, user: u, app: APPS.officeHome, res: RES.shellServer, ip: proxy, ua: vua, ...this.nd(vua), browser: browserLabel(u), inter: true, err: 50140, steps: STEPS.pwdOnly(u.pwd), corr, client: 'Browser', loginHint: true });
      this.e({ t: t0, user: u, app: APPS.officeHome, res: RES.shellServer, ip: proxy, ua: vua, ...this.nd(vua), browser: browserLabel(u), inter: true, steps: STEPS.pwdPush(u.pwd, 11000), mfa: 'PhoneAppNotification', corr, client: 'Browser', loginHint: true });
      // the stolen session cookie in the operator's browser (a different browser) behind a German residential proxy
      const aua = UA.chromeWin(153);
      let t = t0 + 14 * MIN;
      this.e({ t, user: u, app: APPS.owa, res: RES.exo, ip: resi1, ua: aua, ...this.nd(aua), browser: 'Chrome 153.0.0', inter: true, steps: STEPS.prt(), client: 'Browser' });
      for (let i = 0; i < 9; i++) { t += r.int(8, 35) * MIN; this.e({ t, user: u, app: r.pick([APPS.owa, APPS.officeHome, APPS.owa]), res: r.pick([RES.exo, RES.graph, RES.substrate]), ip: resi1, ua: aua, ...this.nd(aua), browser: 'Chrome 153.0.0', inter: false }); }
      // persistence: a second Authenticator on the operator's phone
      const tm = t0 + 4 * HOUR + 25 * MIN;
      this.e({ t: tm - 90_000, user: u, app: APPS.mySignins, res: RES.graph, ip: resi1, ua: aua, ...this.nd(aua), browser: 'Chrome 153.0.0', inter: true, steps: STEPS.prt(), client: 'Browser' });
      secInfo(this.em, tm, u, resi1, 'User registered security info', 'Microsoft Authenticator (push notification)', null, aua);
      // the next night: a fresh sign-in with her password and the operator's own Authenticator, another residential exit
      const t2 = Date.UTC(2026, 11, 2, 3, 8, 51);
      const iua = UA.iphoneSafari();
      this.e({ t: t2, user: u, app: APPS.owa, res: RES.exo, ip: resi2, ua: iua, ...this.nd(iua), browser: 'Mobile Safari 27.1', inter: true, steps: STEPS.pwdPush(u.pwd, 5000), mfa: 'PhoneAppNotification', client: 'Browser' });
      for (let i = 0; i < 6; i++) this.e({ t: t2 + r.int(2, 160) * MIN, user: u, app: APPS.owa, res: RES.exo, ip: resi2, ua: iua, ...this.nd(iua), browser: 'Mobile Safari 27.1', inter: false });
      // day three: the mailbox is read from a VPS in Frankfurt
      const t3 = Date.UTC(2026, 11, 3, 6, 2, 10);
      for (let i = 0; i < 5; i++) this.e({ t: t3 + i * r.int(9, 40) * MIN, user: u, app: APPS.owa, res: RES.exo, ip: vps, ua: aua, ...this.nd(aua), browser: 'Chrome 153.0.0', inter: false });
      return { users: [u], ips: [proxy, resi1, resi2, vps] };
    });
  }

  // 2 ---------------------------------------------------------------------------------------------------------
  s02_deviceCode() {
    const u = this.c.devcodeVictim, r = this.r, L = this.L;
    return this.scenario({ name: 'device-code-phish-eviltokens-novi-procurement', title: 'Device-code phishing (EvilTokens-style PhaaS, AI-written RFP lure): the Novi buyer enters the code in his own browser; tokens are redeemed and used from short-lived Railway-hosted nodes', technique: 'T1566.002 / T1528 / T1550.001', sources: ['ms-devicecode-2026', 'huntress-railway', 'storm2372'] }, () => {
      const t0 = Date.UTC(2026, 10, 25, 15, 2, 44); // Wed 10:02 EST, the day before Thanksgiving
      const office = L.laptopIp(u, 'office', '2026-11-25');
      const nodes = [0, 1, 2, 3, 4, 5].map((i) => newIp(r, NETS.railway, place(i % 2 ? 'ashburn' : 'quincy'), i < 3 ? '66.33' : '208.77'));
      const corr = r.uuid();
      // the victim completes the device-code sign-in on microsoft.com/devicelogin in his managed browser
      this.e({ t: t0, user: u, app: APPS.office, res: RES.graph, ip: office, ua: laptopUa(u), dev: u.laptop, browser: browserLabel(u), inter: true, steps: STEPS.prt(), proto: 'deviceCode', corr, client: 'Mobile Apps and Desktop clients' });
      const nua = 'node';
      const base = { user: u, ua: nua, dev: null, os: '', browser: '', inter: false };
      // the polling node redeems the code within seconds, then the tokens are used from rotating nodes
      this.e({ ...base, t: t0 + 7000, app: APPS.office, res: RES.graph, ip: nodes[0], corr });
      const plan = [[0, 0.2, RES.exo], [0, 0.4, RES.graph], [1, 3.1, RES.exo], [1, 3.2, RES.exo], [2, 9.8, RES.spo], [2, 10.4, RES.graph], [3, 19.5, RES.exo],
        [3, 19.7, RES.substrate], [4, 27.2, RES.exo], [4, 27.9, RES.graph], [5, 40.5, RES.exo], [5, 41.0, RES.exo], [1, 52.3, RES.graph]];
      for (const [n, h, res] of plan) this.e({ ...base, t: t0 + h * HOUR + r.int(0, 600) * 1000, app: res === RES.spo ? APPS.office : r.pick([APPS.office, APPS.office, APPS.teams]), res, ip: nodes[n] });
      // FOCI: the same refresh token opens Teams
      this.e({ ...base, t: t0 + 20.2 * HOUR, app: APPS.teams, res: RES.teamsSvc, ip: nodes[3] });
      return { users: [u], ips: nodes };
    });
  }

  // 3 ---------------------------------------------------------------------------------------------------------
  s03_consentFix() {
    const u = this.c.consentfixVictim, r = this.r, L = this.L;
    return this.scenario({ name: 'consentfix-azure-cli-auth-code-tokyo-finance', title: 'ConsentFix: a Tokyo finance manager signs in to the Azure CLI client in her browser and pastes the localhost URL (authorization code) into a fake page; the code is redeemed from Tencent Cloud Tokyo, then FOCI tokens for Office, Exchange and Graph', technique: 'T1528 / T1550.001', sources: ['consentfix-push', 'elastic-consentfix'] }, () => {
      const t0 = Date.UTC(2026, 11, 3, 5, 20, 12); // 14:20 JST
      const office = L.laptopIp(u, 'office', '2026-12-03');
      const tc1 = newIp(r, NETS.tencent, place('tokyo'), '43.153');
      const tc2 = newIp(r, NETS.tencent, place('tokyo'), '43.163');
      const corr = r.uuid();
      this.e({ t: t0, user: u, app: APPS.azureCli, res: RES.arm, ip: office, ua: laptopUa(u), dev: u.laptop, browser: browserLabel(u), inter: true, steps: STEPS.prt(), corr, client: 'Mobile Apps and Desktop clients', loginHint: false });
      const pua = UA.azCli();
      const base = { user: u, ua: pua, dev: null, os: '', browser: RICH.py, inter: false };
      this.e({ ...base, t: t0 + 3 * MIN + 18_000, app: APPS.azureCli, res: RES.arm, ip: tc1, corr });
      this.e({ ...base, t: t0 + 4 * MIN, app: APPS.azureCli, res: RES.aad, ip: tc1 });
      this.e({ ...base, t: t0 + 6 * MIN, app: APPS.office, res: RES.graph, ip: tc1 });
      this.e({ ...base, t: t0 + 7 * MIN, app: APPS.office, res: RES.exo, ip: tc1 });
      for (let i = 0; i < 8; i++) this.e({ ...base, t: t0 + r.real(0.3, 20) * HOUR, app: r.pick([APPS.office, APPS.azureCli, APPS.office]), res: r.pick([RES.exo, RES.graph, RES.spo]), ip: tc1 });
      for (let i = 0; i < 6; i++) this.e({ ...base, t: t0 + r.real(26, 60) * HOUR, app: APPS.office, res: r.pick([RES.exo, RES.graph]), ip: tc2 });
      return { users: [u], ips: [tc1, tc2] };
    });
  }

  // 4 ---------------------------------------------------------------------------------------------------------
  s04_helpdesk() {
    const u = this.c.hdVictim, agent = this.c.hdAgent, r = this.r, L = this.L, em = this.em;
    return this.scenario({ name: 'helpdesk-mfa-reset-pim-sp-credential', title: 'Help-desk social engineering (Scattered Spider playbook): a caller posing as a San Jose sysadmin gets the outsourced service desk to reset his password and remove his Authenticator; the intruder registers a passkey, activates Privileged Role Administrator in PIM, adds a secret to an existing service principal and grants it Mail.ReadWrite and full_access_as_app', technique: 'T1656 / T1098.005 / T1098.001 / T1098.003', sources: ['cisa-aa23-320a-2025', 'scattered-spider-2025'] }, () => {
      const t0 = Date.UTC(2026, 10, 30, 18, 41, 5); // Mon 10:41 PST; 00:11 IST in Pune
      const aip = L.eg.pnq[1].ip;
      const attacker = newIp(r, NETS.comcast, place('losAngeles'), '73.162');
      const aua = UA.chromeWin(154);
      // the desk agent looks the user up, resets the password, deletes the Authenticator
      L.emit({ t: t0 - 3 * MIN, user: agent, app: APPS.azurePortal, res: RES.graph, ip: aip, ua: laptopUa(agent), dev: agent.laptop, browser: browserLabel(agent), inter: true, steps: STEPS.prt(), client: 'Browser' });
      em.audit({ t: t0, activity: 'Reset password (by admin)', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', initiatedBy: byUser(agent, aip), targets: [userTarget(u)], additional: [{ key: 'User-Agent', value: laptopUa(agent) }] });
      em.audit({ t: t0 + 900, activity: 'Reset user password', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(agent, aip), targets: [userTarget(u)], additional: [] });
      em.audit({ t: t0 + 95_000, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Delete', initiatedBy: byUser(agent, aip), targets: [userTarget(u)],
        additional: [{ key: 'Method', value: 'Microsoft Authenticator (push notification)' }], resultReason: 'Admin deleted Microsoft Authenticator (push notification) for user' });
      // the intruder: new password, forced registration, a passkey in their own Authenticator
      const t1 = t0 + 8 * MIN;
      this.e({ t: t1, user: u, app: APPS.mySignins, res: RES.graph, ip: attacker, ua: aua, ...this.nd(aua), browser: 'Chrome 154.0.0', inter: true, steps: STEPS.pwdOnly(u.pwd), err: 50079, req: 'multiFactorAuthentication', addl: 'User needs to perform multi-factor authentication registration', client: 'Browser' });
      secInfo(em, t1 + 2 * MIN, u, attacker, 'User registered security info', 'Passkey (Microsoft Authenticator)', null, aua);
      this.e({ t: t1 + 4 * MIN, user: u, app: APPS.officeHome, res: RES.shellServer, ip: attacker, ua: aua, ...this.nd(aua), browser: 'Chrome 154.0.0', inter: true, steps: STEPS.passkey(), mfa: 'Passkey', client: 'Browser' });
      const tp = t1 + 17 * MIN;
      this.e({ t: tp - 40_000, user: u, app: APPS.azurePortal, res: RES.arm, ip: attacker, ua: aua, ...this.nd(aua), browser: 'Chrome 154.0.0', inter: true, steps: STEPS.passkey(), mfa: 'Passkey', client: 'Browser', adminActive: true });
      pimActivation(em, r, u, attacker, 'Privileged Role Administrator', tp, 8, 'INC0042117 - vendor app consent', aua);
      // Graph PowerShell: a secret on the existing KS-SAP-Connector service principal, then application permissions
      const pua = UA.pwsh();
      const tg = tp + 11 * MIN;
      this.e({ t: tg - 60_000, user: u, app: APPS.graphCli, res: RES.graph, ip: attacker, ua: pua, ...this.nd(pua), browser: RICH.win, inter: true, steps: STEPS.passkey(), mfa: 'Passkey', adminActive: true });
      const sp = APP_OBJ.sapConnector;
      const kid = r.uuid();
      em.audit({ t: tg, activity: 'Add service principal credentials', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(u, attacker),
        targets: [{ id: sp.sp, displayName: sp.name, type: 'ServicePrincipal', modifiedProperties: [mod('KeyDescription', '[]', JSON.stringify([`[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=sync-2026]`])), mod('Included Updated Properties', null, '"KeyDescription"'), mod('TargetId.ServicePrincipalNames', null, `"${sp.appId}"`)], administrativeUnits: [] }],
        additional: [{ key: 'User-Agent', value: pua }, { key: 'AppId', value: sp.appId }] });
      for (const [res, role, roleName, k] of [[RES.graph, GRAPH_MAIL_RW, 'Mail.ReadWrite', 2], [RES.exo, EXO_FULL_ACCESS, 'full_access_as_app', 5]]) {
        em.audit({ t: tg + k * MIN, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', initiatedBy: byUser(u, attacker),
          targets: [{ id: RES_SP[res.id], displayName: res.name, type: 'ServicePrincipal', modifiedProperties: [mod('AppRole.Id', null, `"${role}"`), mod('AppRole.Value', null, `"${roleName}"`), mod('AppRole.DisplayName', null, `"${roleName === 'Mail.ReadWrite' ? 'Read and write mail in all mailboxes' : 'Use Exchange Web Services with full access to all mailboxes'}"`),
            mod('ServicePrincipal.ObjectID', null, `"${sp.sp}"`), mod('ServicePrincipal.DisplayName', null, `"${sp.name}"`), mod('ServicePrincipal.AppId', null, `"${sp.appId}"`)], administrativeUnits: [] },
          { id: sp.sp, displayName: sp.name, type: 'ServicePrincipal', modifiedProperties: [], administrativeUnits: [] }],
          additional: [{ key: 'User-Agent', value: pua }] });
        this.e({ t: tg + k * MIN - 20_000, user: u, app: APPS.graphCli, res: RES.graph, ip: attacker, ua: pua, ...this.nd(pua), browser: RICH.win, inter: false, adminActive: true });
      }
      // the real sysadmin's laptop and phone now fail (password changed), the next morning the desk resets him again
      const zs = L.laptopIp(u, 'office', '2026-11-30');
      for (let i = 0; i < 3; i++) this.e({ t: tp + (25 + i * 7) * MIN, user: u, app: APPS.office, res: RES.exo, ip: zs, ua: UA.wam(), dev: u.laptop, browser: RICH.win, inter: false, err: 50173, req: 'singleFactorAuthentication' });
      this.e({ t: tp + 48 * MIN, user: u, app: APPS.officeHome, res: RES.shellServer, ip: zs, ua: laptopUa(u), dev: u.laptop, browser: browserLabel(u), inter: true, steps: STEPS.pwdBad(u.pwd), err: 50126, req: 'singleFactorAuthentication', client: 'Browser' });
      this.e({ t: tp + 50 * MIN, user: u, app: APPS.officeHome, res: RES.shellServer, ip: zs, ua: laptopUa(u), dev: u.laptop, browser: browserLabel(u), inter: true, steps: STEPS.pwdBad(u.pwd), err: 50126, req: 'singleFactorAuthentication', client: 'Browser' });
      const agent2 = this.dir.users.find((x) => x.kind === 'helpdesk' && x !== agent);
      const t4 = Date.UTC(2026, 11, 1, 16, 12, 33);
      em.audit({ t: t4, activity: 'Reset password (by admin)', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', initiatedBy: byUser(agent2, L.eg.pnq[0].ip), targets: [userTarget(u)], additional: [{ key: 'User-Agent', value: laptopUa(agent2) }] });
      this.e({ t: t4 + 9 * MIN, user: u, app: APPS.officeHome, res: RES.shellServer, ip: L.laptopIp(u, 'office', '2026-12-01'), ua: laptopUa(u), dev: u.laptop, browser: browserLabel(u), inter: true, steps: STEPS.pwdOnly(u.pwd), err: 50079, req: 'multiFactorAuthentication', addl: 'User needs to perform multi-factor authentication registration', client: 'Browser' });
      secInfo(em, t4 + 12 * MIN, u, L.laptopIp(u, 'office', '2026-12-01'), 'User registered security info', 'Microsoft Authenticator (push notification)', null, laptopUa(u));
      return { users: [u], ips: [attacker] };
    });
  }

  // 5 ---------------------------------------------------------------------------------------------------------
  s05_spray() {
    const r = this.r;
    return this.scenario({ name: 'teamfiltration-spray-aws', title: 'Password spray with TeamFiltration (UNK_SneakyStrike pattern): bursts from AWS hosts in three regions with the tool\'s Teams user agent and FOCI client ids; one engineer\'s password is right (stopped at MFA), the MFA-excluded reporting account\'s password is right and it is used', technique: 'T1110.003 / T1078.004', sources: ['proofpoint-sneakystrike'] }, () => {
      const regions = [['ashburn', '44.200'], ['ashburn', '3.80'], ['dublin', '34.240'], ['dublin', '52.48'], ['london', '18.130'], ['london', '35.176']];
      const ips = [];
      const ua = UA.teamFiltration();
      const members = this.dir.users.filter((u) => u.type === 'Member' && !u.service && u.kind !== 'helpdesk' && u.kind !== 'shift');
      const targets = r.sample(members, 150);
      const hit = this.c.sprayHit, svc = this.c.reporting;
      if (!targets.includes(hit)) targets[17] = hit;
      targets.push(svc);
      const disabled = [this.c.oldLeaverSjc, this.c.oldLeaverDus, this.c.oldLeaverHmm];
      const ghosts = ['admin', 'info', 'sales', 'it-support', 'test', 'scanner'].map((x) => ({ id: '00000000-0000-0000-0000-000000000000', upn: `${x}@kisaragi-global.com`, upnLog: `${x}@kisaragi-global.com`, display: '', type: 'Member', homeTenant: TENANT_ID }));
      const all = r.shuffle(targets.concat(disabled));
      let t = Date.UTC(2026, 10, 26, 1, 7, 0);
      let k = 0, burst = 0;
      const base = (u, ip, tt, extra) => ({ t: tt, user: u, app: r.pick([APPS.teams, APPS.office, APPS.teams]), res: RES.graph, ip, ua, dev: null, os: 'Windows10', browser: 'Chrome 80.0.3987', inter: true, proto: 'ropc', client: 'Mobile Apps and Desktop clients', steps: STEPS.pwdBad(), err: 50126, req: 'singleFactorAuthentication', ...extra });
      while (k < all.length) {
        const [pl, pre] = regions[burst % regions.length];
        const ip = newIp(r, NETS.aws, place(pl), pre);
        ips.push(ip);
        const n = r.int(22, 34);
        let tt = t;
        for (let i = 0; i < n && k < all.length; i++, k++) {
          const u = all[k];
          tt += r.int(4, 40) * 1000;
          if (u === hit) this.e(base(u, ip, tt, { steps: STEPS.pwdThenPending(u.pwd), err: 50076, req: 'multiFactorAuthentication', addl: 'MFA required in Azure AD' }));
          else if (u === svc) this.e(base(u, ip, tt, { steps: STEPS.pwdOnly('Password in the cloud'), err: 0 }));
          else if (disabled.includes(u)) this.e(base(u, ip, tt, { err: 50057, steps: STEPS.pwdOnly(u.pwd) }));
          else this.e(base(u, ip, tt, {}));
        }
        if (burst === 1) for (const g of ghosts) { tt += r.int(3, 20) * 1000; this.e(base(g, ip, tt, { err: 50034, steps: [], req: 'singleFactorAuthentication' })); }
        t += r.real(3.5, 6.5) * HOUR;
        burst++;
      }
      // second pass on the engineer from another region: still stopped at MFA
      const ip2 = newIp(r, NETS.aws, place('dublin'), '54.154');
      ips.push(ip2);
      this.e(base(hit, ip2, t + 40 * MIN, { steps: STEPS.pwdThenPending(hit.pwd), err: 50076, req: 'multiFactorAuthentication', addl: 'MFA required in Azure AD' }));
      // the excluded service account is used: Graph enumeration and mail through FOCI clients
      const svcUsed = Date.UTC(2026, 10, 27, 3, 12, 40);
      const ipS = ips[4] ?? ips[0];
      for (let i = 0; i < 7; i++) this.e(base(svc, ipS, svcUsed + i * r.int(2, 25) * MIN, { app: r.pick([APPS.teams, APPS.office]), res: r.pick([RES.graph, RES.exo, RES.graph]), steps: STEPS.pwdOnly('Password in the cloud'), err: 0 }));
      return { users: all.concat(ghosts.map((g) => g.upnLog)), ips };
    });
  }

  // 6 ---------------------------------------------------------------------------------------------------------
  s06_botnet() {
    const r = this.r, L = this.L;
    return this.scenario({ name: 'basic-auth-botnet-spray-smtp-relay', title: 'A botnet of compromised home routers sprays passwords over legacy (basic) authentication, recorded as non-interactive sign-ins; the Hamamatsu scan-to-mail account (excluded from the legacy block for its printer) falls and is used for SMTP AUTH submission from abroad', technique: 'T1110.003 / T1078.004 / T1114', sources: ['securityscorecard-botnet-2025', 'exchange-smtp-auth-2026'] }, () => {
      const bot = [['vnpt', 'hanoi'], ['viettel', 'hoChiMinh'], ['claro', 'saoPaulo'], ['telkomId', 'jakarta'], ['telkomId', 'surabaya'], ['teData', 'cairo'], ['turkTelekom', 'istanbul'], ['telmex', 'mexicoCity'], ['pldt', 'quezon'], ['telecomAr', 'buenosAires']];
      const pool = bot.flatMap(([n, p]) => [0, 1, 2, 3, 4, 5].map(() => newIp(r, NETS[n], place(p))));
      const members = this.dir.users.filter((u) => u.type === 'Member' && !u.service && u.site !== 'pnq');
      const targets = r.sample(members, 85);
      const mfp = this.c.mfpHmm;
      targets.push(mfp, this.c.mfpPen, this.c.mfpDus);
      const used = new Set();
      const base = (u, ip, t, extra) => ({ t, user: u, app: APPS.exchange, res: RES.exo, ip, ua: UA.bav2ropc(), dev: null, os: '', browser: '', inter: false, proto: 'ropc', client: 'Exchange Web Services', steps: [], err: 50126, req: 'singleFactorAuthentication', ...extra });
      const from = Date.UTC(2026, 10, 28, 0, 0), to = Date.UTC(2026, 11, 4, 12, 0);
      const validButBlocked = new Set(r.sample(targets.slice(0, 85), 2));
      for (const u of targets) {
        const n = r.int(1, 3);
        for (let i = 0; i < n; i++) {
          const ip = r.pick(pool); used.add(ip);
          const t = from + r.next() * (to - from);
          if (u === mfp && i === n - 1) continue;
          if (validButBlocked.has(u) && i === 0) this.e(base(u, ip, t, { err: 53003 }));
          else this.e(base(u, ip, t, {}));
        }
      }
      // the printer account's password works (its mailbox has SMTP AUTH and is excluded from the legacy block)
      const tHit = Date.UTC(2026, 11, 2, 19, 44, 9);
      const ipHit = pool[1]; used.add(ipHit);
      this.e(base(mfp, ipHit, tHit, { err: 0 }));
      // SMTP AUTH submissions from the botnet through the printer's account (interactive BAV2ROPC, as the printer's own)
      for (let i = 0; i < 34; i++) {
        const ip = r.pick(pool.slice(0, 24)); used.add(ip);
        this.e({ t: tHit + r.real(0.4, 30) * HOUR, user: mfp, app: APPS.exchange, res: RES.exo, ip, ua: UA.bav2ropc(), dev: null, os: '', inter: true, steps: STEPS.pwdOnly(mfp.pwd), req: 'singleFactorAuthentication', client: 'Authenticated SMTP', proto: 'ropc' });
      }
      return { users: targets, ips: [...used] };
    });
  }

  // 7 ---------------------------------------------------------------------------------------------------------
  s07_fatigue() {
    const u = this.c.fatigueVictim, r = this.r, em = this.em, L = this.L;
    return this.scenario({ name: 'mfa-fatigue-hamamatsu-manager', title: 'MFA fatigue at night: with a password from an infostealer log, the intruder sends push after push to a Hamamatsu engineering manager from a Japanese residential proxy, then calls him as "IT" and has him approve; SharePoint design libraries are read until the tokens are revoked next morning', technique: 'T1621 / T1078.004 / T1213.002', sources: ['cisa-aa23-320a-2025', 'mfa-fatigue-2026'] }, () => {
      const proxy = newIp(r, NETS.softbankBB, place('shizuoka'), '126.77');
      const aua = UA.chromeWin(153);
      let t = Date.UTC(2026, 11, 3, 14, 48, 30); // 23:48 JST
      const base = { user: u, app: APPS.officeHome, res: RES.shellServer, ip: proxy, ua: aua, dev: null, os: 'Windows10', browser: 'Chrome 153.0.0', inter: true, client: 'Browser' };
      for (let i = 0; i < 11; i++) {
        const declined = r.chance(0.45);
        this.e({ ...base, t, steps: declined ? STEPS.pwdThenDenied(u.pwd) : STEPS.pwdThenTimeout(u.pwd), err: 500121, addl: declined ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification' });
        t += r.int(3, 11) * MIN;
      }
      t += 6 * MIN;
      this.e({ ...base, t, steps: STEPS.pwdPush(u.pwd, 31000), mfa: 'PhoneAppNotification' });
      const ta = t;
      this.e({ ...base, t: ta + 2 * MIN, app: APPS.sharepoint, res: RES.spo, steps: STEPS.prt() });
      for (let i = 0; i < 16; i++) this.e({ ...base, t: ta + r.real(0.05, 1.9) * HOUR, app: r.pick([APPS.sharepoint, APPS.officeHome, APPS.sharepoint]), res: r.pick([RES.spo, RES.spo, RES.graph]), inter: false });
      this.e({ ...base, t: ta + 25 * MIN, app: APPS.teamsWeb, res: RES.teamsSvc, steps: STEPS.prt() });
      // next morning: he reports it; IT revokes his sessions and resets the password; the intruder's refresh fails
      const it = this.c.entraAdmin;
      const tr = Date.UTC(2026, 11, 4, 0, 34, 10);
      const itIp = L.eg.tyo[1].ip;
      em.audit({ t: tr, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(it, itIp), targets: [userTarget(u)], additional: [] });
      em.audit({ t: tr + 3 * MIN, activity: 'Reset user password', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(it, itIp), targets: [userTarget(u)], additional: [] });
      this.e({ ...base, t: tr + 41 * MIN, app: APPS.sharepoint, res: RES.spo, inter: false, err: 50173, req: 'singleFactorAuthentication' });
      this.e({ ...base, t: tr + 44 * MIN, steps: STEPS.pwdBad(u.pwd), err: 50126, req: 'singleFactorAuthentication' });
      return { users: [u], ips: [proxy] };
    });
  }

  // 8 ---------------------------------------------------------------------------------------------------------
  s08_consent() {
    const u = this.c.consentVictim, r = this.r, em = this.em, L = this.L;
    return this.scenario({ name: 'oauth-consent-phish-fake-adobe-penang', title: 'OAuth consent phishing with a fake "Adobe Acrobat Sign" app (unverified publisher): a Penang buyer consents to Mail.Read, Files.Read.All and offline_access; the app\'s back end then uses her refresh token from OVH in France', technique: 'T1566.002 / T1528', sources: ['proofpoint-fake-oauth-apps-2025'] }, () => {
      const app = { id: '8b1f2c7d-e3a4-4b95-9c06-d1e2f3a4b5c6', name: 'Adobe Acrobat Sign Sync' };
      const spId = '4d3c2b1a-0f9e-4d8c-b7a6-958473625140';
      const t0 = Date.UTC(2026, 10, 24, 2, 35, 2); // 10:35 MYT
      const ip = L.officeIp(u);
      const corr = r.uuid();
      this.e({ t: t0 - 50_000, user: u, app, res: RES.graph, resSp: spId, ip, ua: laptopUa(u), dev: u.laptop, browser: browserLabel(u), inter: true, steps: STEPS.prt(), err: 65001, corr, client: 'Browser' });
      const scope = 'openid profile email offline_access User.Read Mail.Read Files.Read.All';
      em.audit({ t: t0 - 30_000, activity: 'Add service principal', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Add', initiatedBy: byUser(u, ip), corr,
        targets: [{ id: spId, displayName: app.name, type: 'ServicePrincipal', modifiedProperties: [mod('AccountEnabled', null, '[true]'), mod('AppPrincipalId', null, `["${app.id}"]`), mod('DisplayName', null, `["${app.name}"]`), mod('PublisherName', null, '["Acrobat Sign Integrations"]')], administrativeUnits: [] }],
        additional: [{ key: 'User-Agent', value: laptopUa(u) }, { key: 'AppId', value: app.id }] });
      em.audit({ t: t0 - 20_000, activity: 'Consent to application', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', initiatedBy: byUser(u, ip), corr,
        targets: [{ id: spId, displayName: app.name, type: 'ServicePrincipal', modifiedProperties: [mod('ConsentContext.IsAdminConsent', null, '"False"'), mod('ConsentContext.IsAppOnly', null, '"False"'), mod('ConsentContext.OnBehalfOfAll', null, '"False"'),
          mod('ConsentContext.Tags', null, '"WindowsAzureActiveDirectoryIntegratedApp"'), mod('ConsentAction.Permissions', null, `"[] => [[Id: ${r.tokenId()}, ClientId: ${spId}, PrincipalId: ${u.id}, ResourceId: ${RES_SP[RES.graph.id]}, ConsentType: Principal, Scope: ${scope}, CreatedDateTime: , LastModifiedDateTime ]]; "`),
          mod('TargetId.ServicePrincipalNames', null, `"${app.id};https://acrobat-sign-sync.com/auth"`)], administrativeUnits: [] }],
        additional: [{ key: 'User-Agent', value: laptopUa(u) }, { key: 'AppId', value: app.id }] });
      em.audit({ t: t0 - 19_000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', initiatedBy: byUser(u, ip), corr,
        targets: [{ id: RES_SP[RES.graph.id], displayName: 'Microsoft Graph', type: 'ServicePrincipal', modifiedProperties: [mod('DelegatedPermissionGrant.Scope', null, `"${scope}"`), mod('DelegatedPermissionGrant.ConsentType', null, '"Principal"'), mod('ServicePrincipal.ObjectID', null, `"${spId}"`)], administrativeUnits: [] }],
        additional: [{ key: 'User-Agent', value: laptopUa(u) }] });
      em.audit({ t: t0 - 18_000, activity: 'Add app role assignment grant to user', category: 'UserManagement', service: 'Core Directory', opType: 'Assign', initiatedBy: byUser(u, ip), corr,
        targets: [{ id: spId, displayName: app.name, type: 'ServicePrincipal', modifiedProperties: [mod('AppRole.Id', null, '"00000000-0000-0000-0000-000000000000"'), mod('User.UPN', null, `"${u.upn}"`)], administrativeUnits: [] }, userTarget(u)],
        additional: [] });
      this.e({ t: t0, user: u, app, res: RES.graph, resSp: spId, ip, ua: laptopUa(u), dev: u.laptop, browser: browserLabel(u), inter: true, steps: STEPS.prt(), corr, client: 'Browser' });
      // the app's back end redeems and refreshes her token from a French VPS
      const ovh = [newIp(r, NETS.ovh, place('gravelines'), '51.68'), newIp(r, NETS.ovh, place('roubaix'), '145.239')];
      const pua = 'python-requests/2.31.0';
      let t = t0 + 40_000;
      for (let i = 0; i < 48; i++) {
        this.e({ t, user: u, app, res: RES.graph, resSp: spId, ip: t < t0 + 3 * DAY ? ovh[0] : ovh[1], ua: pua, dev: null, os: '', browser: '', inter: false, scopes: ['Files.Read.All', 'Mail.Read', 'User.Read', 'email', 'openid', 'profile'] });
        t += r.real(1.2, 6.5) * HOUR;
        if (t > Date.UTC(2026, 11, 6, 20)) break;
      }
      return { users: [u], ips: ovh };
    });
  }

  // 9 ---------------------------------------------------------------------------------------------------------
  s09_federation() {
    const adm = this.c.fedAdmin, r = this.r, em = this.em, L = this.L;
    return this.scenario({ name: 'federated-domain-backdoor-storm0501', title: 'Hybrid pivot to a federation backdoor (Storm-0501 playbook): from a hybrid-joined jump server in the Tokyo data centre the intruder uses the infrastructure lead\'s synced Global Administrator account at night, adds and verifies a domain, federates it with their own token issuer, then signs in as the CEO and the CFO with forged SAML tokens from a Japanese residential proxy', technique: 'T1484.002 / T1606.002 / T1078.004', sources: ['ms-storm0501-2025', 'panther-federation'] }, () => {
      const dc = L.eg.dc[1].ip;
      const jump = { id: '5c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f', name: 'KS-TYO-JMP02', os: 'Windows10', trust: 'Hybrid Azure AD joined', compliant: true, managed: true };
      const t0 = Date.UTC(2026, 10, 28, 16, 40, 3); // Sun 29 Nov 01:40 JST
      const eua = UA.edgeWin(152);
      this.e({ t: t0, user: adm, app: APPS.windowsSignIn, res: RES.aad, ip: dc, ua: UA.wam(), dev: jump, os: 'Windows10', browser: RICH.win, inter: true, steps: STEPS.pwdOnly(adm.pwd), req: 'singleFactorAuthentication', noCa: true, rootKey: 'Primary Refresh Token' });
      this.e({ t: t0 + 3 * MIN, user: adm, app: APPS.azurePortal, res: RES.arm, ip: dc, ua: eua, dev: jump, browser: 'Edge 152.0.0', inter: true, steps: STEPS.prt(), client: 'Browser', adminActive: true });
      const pua = 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.20348; en-US) PowerShell/5.1.20348.2849';
      const aadPs = { id: '1b730954-1685-4b74-9bfd-dac224a7b894', name: 'Azure Active Directory PowerShell' };
      this.e({ t: t0 + 9 * MIN, user: adm, app: aadPs, res: RES.aad, ip: dc, ua: pua, dev: jump, browser: RICH.win, inter: true, steps: STEPS.prt(), adminActive: true });
      for (let i = 0; i < 4; i++) this.e({ t: t0 + (11 + i * 6) * MIN, user: adm, app: i % 2 ? APPS.graphCli : aadPs, res: i % 2 ? RES.graph : RES.aad, ip: dc, ua: pua, dev: jump, browser: RICH.win, inter: false, adminActive: true });
      const dom = 'ks-supplierportal.com';
      const issuer = 'http://any.sts/0F7A3C21';
      const domT = (t, activity, mods, opType = 'Update') => em.audit({ t, activity, category: 'DirectoryManagement', service: 'Core Directory', opType, initiatedBy: byUser(adm, dc),
        targets: [{ id: null, displayName: dom, type: 'Directory', modifiedProperties: mods, administrativeUnits: [] }], additional: [{ key: 'User-Agent', value: pua }] });
      domT(t0 + 12 * MIN, 'Add unverified domain', [mod('DomainName', null, `["${dom}"]`)], 'Add');
      domT(t0 + 19 * MIN, 'Verify domain', [mod('DomainName', null, `["${dom}"]`), mod('IsVerified', '[false]', '[true]')]);
      domT(t0 + 23 * MIN, 'Set domain authentication', [mod('LiveType', '["Managed"]', '["Federated"]'), mod('IssuerUri', null, `["${issuer}"]`)]);
      domT(t0 + 24 * MIN, 'Set federation settings on domain', [mod('IssuerUri', null, `["${issuer}"]`), mod('FederationBrandName', null, `["${dom}"]`),
        mod('PassiveLogOnUri', null, '["https://login.ks-supplierportal.com/adfs/ls/"]'), mod('SigningCertificate', null, '["MIIC8DCCAdigAwIBAgIQ...[truncated]"]')]);
      // forged SAML tokens for the CEO and the CFO (their ImmutableIds come from the synced directory)
      const proxy = newIp(r, NETS.ocn, place('setagaya'), '153.156');
      const proxy2 = newIp(r, NETS.jcom, place('kawasaki'), '106.72');
      const cua = UA.chromeWin(154);
      for (const [victim, day, h, ip] of [[this.c.ceo, '2026-11-29', 11.2, proxy], [this.c.cfo, '2026-11-29', 11.5, proxy], [this.c.cfo, '2026-12-01', 23.1, proxy2], [this.c.ceo, '2026-12-02', 0.4, proxy2]]) {
        const t = at(day, h, 9);
        this.e({ t, user: victim, app: APPS.owa, res: RES.exo, ip, ua: cua, dev: null, os: 'Windows10', browser: 'Chrome 154.0.0', inter: true, steps: STEPS.federated(), client: 'Browser', issuerType: 'ADFederationServices', issuerName: issuer, proto: 'saml20', idType: 'userPrincipalName' });
        for (let i = 0; i < r.int(4, 8); i++) this.e({ t: t + r.int(2, 150) * MIN, user: victim, app: r.pick([APPS.owa, APPS.officeHome]), res: r.pick([RES.exo, RES.exo, RES.graph]), ip, ua: cua, dev: null, os: 'Windows10', browser: 'Chrome 154.0.0', inter: false, issuerType: 'ADFederationServices', issuerName: issuer });
      }
      return { users: [adm, this.c.ceo, this.c.cfo], ips: [proxy, proxy2] };
    });
  }

  // 10 --------------------------------------------------------------------------------------------------------
  s10_caTamper() {
    const u = this.c.caAdmin, stale = this.c.staleUser, r = this.r, em = this.em, L = this.L;
    return this.scenario({ name: 'session-cookie-replay-ca-exclusion-stale-account', title: 'An infostealer on the Conditional Access administrator\'s home PC yields his admin-centre session cookie; replayed from a Japanese residential proxy it activates his PIM role and adds a forgotten leaver\'s account to the MFA policy\'s exclusions; that account (password from an old credential dump) is then used single-factor from a Tokyo VPS', technique: 'T1539 / T1556.009 / T1078.004', sources: ['infostealer-session-2026', 'barracuda-2026-geo', 'octiga-ga-backdoor-2025'] }, () => {
      const proxy = newIp(r, NETS.kddiHikari, place('saitama'), '118.158');
      const eua = UA.edgeWin(154);
      const t0 = Date.UTC(2026, 11, 2, 13, 5, 40); // 22:05 JST
      this.e({ t: t0, user: u, app: APPS.azurePortal, res: RES.arm, ip: proxy, ua: eua, dev: null, os: 'Windows10', browser: 'Edge 154.0.0', inter: true, steps: STEPS.prt(), client: 'Browser', adminActive: true });
      pimActivation(em, r, u, proxy, 'Conditional Access Administrator', t0 + 4 * MIN, 2, 'CHG0012317 CA policy maintenance', eua);
      this.e({ t: t0 + 6 * MIN, user: u, app: APPS.azurePortal, res: RES.graph, ip: proxy, ua: eua, dev: null, os: 'Windows10', browser: 'Edge 154.0.0', inter: false, adminActive: true });
      const polJson = (excl) => JSON.stringify({ id: CA.mfa.id, displayName: CA.mfa.displayName, createdDateTime: '2024-06-03T01:22:10.4391208+00:00', modifiedDateTime: excl ? new Date(t0 + 9 * MIN).toISOString() : '2026-03-11T05:40:19.0077342+00:00', state: 'enabled',
        conditions: { applications: { includeApplications: ['All'], excludeApplications: [], includeUserActions: [], includeAuthenticationContextClassReferences: [], applicationFilter: null },
          users: { includeUsers: ['All'], excludeUsers: excl ? [this.c.breakGlass1.id, this.c.breakGlass2.id, stale.id] : [this.c.breakGlass1.id, this.c.breakGlass2.id], includeGroups: [], excludeGroups: [GROUP_MFA_EXCL[1]], includeRoles: [], excludeRoles: [] },
          userRiskLevels: [], signInRiskLevels: [], clientAppTypes: ['all'], servicePrincipalRiskLevels: [] },
        grantControls: { operator: 'OR', builtInControls: ['mfa'], customAuthenticationFactors: [], termsOfUse: [] }, sessionControls: null });
      em.audit({ t: t0 + 9 * MIN, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', opType: 'Update', initiatedBy: byUser(u, proxy),
        targets: [{ id: CA.mfa.id, displayName: CA.mfa.displayName, type: 'Policy', modifiedProperties: [mod('ConditionalAccessPolicy', polJson(false), polJson(true))], administrativeUnits: [] }],
        additional: [{ key: 'Category', value: 'Conditional Access' }] });
      // the excluded leaver's account (never disabled) is used with its old password from a VPS in Tokyo
      stale.caExcludeMfa = true;
      const vps = newIp(r, NETS.vultr, place('tokyo'), '139.180');
      const t1 = Date.UTC(2026, 11, 3, 1, 31, 2);
      const cua = UA.chromeWin(154);
      this.e({ t: t1, user: stale, app: APPS.officeHome, res: RES.shellServer, ip: vps, ua: cua, dev: null, os: 'Windows10', browser: 'Chrome 154.0.0', inter: true, steps: STEPS.pwdOnly(stale.pwd), req: 'singleFactorAuthentication', client: 'Browser' });
      for (let i = 0; i < 12; i++) this.e({ t: t1 + r.real(0.1, 30) * HOUR, user: stale, app: r.pick([APPS.office, APPS.teams, APPS.officeHome]), res: r.pick([RES.graph, RES.exo, RES.teamsSvc, RES.spo]), ip: vps, ua: cua, dev: null, os: 'Windows10', browser: 'Chrome 154.0.0', inter: false, req: 'singleFactorAuthentication' });
      this.e({ t: t1 + 26 * HOUR, user: stale, app: APPS.teamsWeb, res: RES.teamsSvc, ip: vps, ua: cua, dev: null, os: 'Windows10', browser: 'Chrome 154.0.0', inter: true, steps: STEPS.pwdOnly(stale.pwd), req: 'singleFactorAuthentication', client: 'Browser' });
      return { users: [u, stale], ips: [proxy, vps] };
    });
  }

  // 11 --------------------------------------------------------------------------------------------------------
  s11_guest() {
    const g = this.c.abusedGuest, r = this.r, em = this.em;
    return this.scenario({ name: 'compromised-partner-guest-invites-msa-guest', title: 'B2B guest abuse: a freight partner\'s employee (a guest here) is compromised in his own tenant; the intruder uses his guest access from a Dutch hosting address to pull the shared logistics site and, as guests may invite guests, invites an Outlook.com account that keeps access from a US residential proxy', technique: 'T1199 / T1136.003 / T1213.002', sources: ['beyondtrust-restless-guests-2025', 'guest-invite-persistence'] }, () => {
      const nl = newIp(r, NETS.datacamp, place('amsterdam'), '89.187');
      const cua = UA.chromeWin(154);
      const t0 = Date.UTC(2026, 10, 30, 17, 20, 44);
      this.e({ t: t0, user: g, app: APPS.sharepoint, res: RES.spo, ip: nl, ua: cua, dev: null, os: 'Windows10', browser: 'Chrome 154.0.0', inter: true, steps: STEPS.prt(), client: 'Browser' });
      for (let i = 0; i < 14; i++) this.e({ t: t0 + r.real(0.05, 2.2) * HOUR, user: g, app: r.pick([APPS.sharepoint, APPS.teamsWeb]), res: r.pick([RES.spo, RES.spo, RES.teamsSvc]), ip: nl, ua: cua, dev: null, os: 'Windows10', browser: '', inter: false });
      // the guest invites a consumer account (guests can invite in the tenant's default settings)
      const msaEmail = 'kisaragi.logistics.ops@outlook.com';
      const ng = this.dir.add({ upn: `kisaragi.logistics.ops_outlook.com#EXT#@kisaragiseiki.onmicrosoft.com`, upnLog: msaEmail, display: 'Kisaragi Logistics Ops', type: 'Guest', homeTenant: MSA_TENANT, kind: 'guest', guest: true });
      const ti = t0 + 45 * MIN;
      em.audit({ t: ti, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', opType: 'Add', initiatedBy: byUser(g, nl),
        targets: [{ id: ng.id, displayName: ng.display, type: 'User', userPrincipalName: ng.upn, modifiedProperties: [], administrativeUnits: [] }],
        additional: [{ key: 'invitedUserEmailAddress', value: msaEmail }, { key: 'InvitationId', value: r.uuid() }, { key: 'oid', value: g.id }, { key: 'tid', value: TENANT_ID }, { key: 'ipaddr', value: nl }] });
      em.audit({ t: ti + 700, activity: 'Add user', category: 'UserManagement', service: 'Core Directory', opType: 'Add', initiatedBy: byApp('Microsoft Invitation Acceptance Portal', '4660504c-45b3-4674-a709-71951a6b0763'),
        targets: [userTarget(ng, [mod('AccountEnabled', '[]', '[true]'), mod('UserType', '[]', '["Guest"]'), mod('UserPrincipalName', '[]', `["${ng.upn}"]`)])], additional: [] });
      em.audit({ t: ti + 14 * MIN, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', opType: 'Update', initiatedBy: byUser(ng, nl),
        targets: [{ id: ng.id, displayName: ng.display, type: 'User', userPrincipalName: ng.upn, modifiedProperties: [], administrativeUnits: [] }], additional: [{ key: 'invitedUserEmailAddress', value: msaEmail }, { key: 'RedemptionSource', value: 'MicrosoftAccount' }] });
      secInfo(em, ti + 17 * MIN, ng, nl, 'User registered security info', 'Microsoft Authenticator (push notification)', null, cua);
      this.e({ t: ti + 18 * MIN, user: ng, app: APPS.sharepoint, res: RES.spo, ip: nl, ua: cua, dev: null, os: 'Windows10', browser: 'Chrome 154.0.0', inter: true, steps: STEPS.pwdPush('Microsoft account password', 8000), mfa: 'PhoneAppNotification', client: 'Browser' });
      // persistence: the consumer guest from a US residential exit over the following days
      const us = newIp(r, NETS.comcast, place('atlanta'), '73.76');
      for (const [d, h] of [['2026-12-01', 20.5], ['2026-12-02', 21.1], ['2026-12-04', 19.4]]) {
        const t = at(d, h, -5);
        this.e({ t, user: ng, app: APPS.sharepoint, res: RES.spo, ip: us, ua: cua, dev: null, os: 'Windows10', browser: 'Chrome 154.0.0', inter: true, steps: STEPS.prt(), client: 'Browser' });
        for (let i = 0; i < r.int(3, 7); i++) this.e({ t: t + r.int(2, 90) * MIN, user: ng, app: r.pick([APPS.sharepoint, APPS.teamsWeb]), res: r.pick([RES.spo, RES.teamsSvc]), ip: us, ua: cua, dev: null, os: 'Windows10', browser: '', inter: false });
      }
      return { users: [g, ng], ips: [nl, us] };
    });
  }

  // 12 --------------------------------------------------------------------------------------------------------
  s12_insider() {
    const u = this.c.insider, r = this.r, em = this.em, L = this.L;
    return this.scenario({ name: 'departing-engineer-exfil-personal-guest', title: 'Insider misuse: an R&D engineer who has resigned (last day 4 December) pulls engineering libraries at night from his personal Mac at home, invites his personal Gmail address as a guest, and that guest keeps pulling from the same home connection after his account is disabled', technique: 'T1213.002 / T1136.003 / T1567', sources: ['insider-departing-2025'] }, () => {
      const home = u.home.ip;
      const mua = UA.safariMac('27.1');
      const mac = { dev: null, os: 'MacOs', browser: 'Safari 27.1' };
      for (const d of ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03']) {
        const t = at(d, 21.2 + r.real(0, 1.2), 9);
        this.e({ t, user: u, app: APPS.sharepoint, res: RES.spo, ip: home, ua: mua, ...mac, inter: true, steps: STEPS.pwdPush(u.pwd, 7000), mfa: 'PhoneAppNotification', client: 'Browser' });
        for (let i = 0; i < r.int(10, 18); i++) this.e({ t: t + r.real(0.05, 3.8) * HOUR, user: u, app: r.pick([APPS.sharepoint, APPS.oneDriveSync, APPS.sharepoint]), res: RES.spo, ip: home, ua: mua, ...mac, inter: false });
      }
      const gEmail = 'takuya.tk.design@gmail.com';
      const gg = this.dir.add({ upn: 'takuya.tk.design_gmail.com#EXT#@kisaragiseiki.onmicrosoft.com', upnLog: gEmail, display: 'takuya.tk.design', type: 'Guest', homeTenant: TENANT_ID, kind: 'guest', guest: true });
      const ti = at('2026-12-02', 23.15, 9);
      em.audit({ t: ti, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', opType: 'Add', initiatedBy: byUser(u, home),
        targets: [{ id: gg.id, displayName: gg.display, type: 'User', userPrincipalName: gg.upn, modifiedProperties: [], administrativeUnits: [] }],
        additional: [{ key: 'invitedUserEmailAddress', value: gEmail }, { key: 'InvitationId', value: r.uuid() }, { key: 'oid', value: u.id }, { key: 'tid', value: TENANT_ID }, { key: 'ipaddr', value: home }] });
      em.audit({ t: ti + 600, activity: 'Add user', category: 'UserManagement', service: 'Core Directory', opType: 'Add', initiatedBy: byApp('Microsoft Invitation Acceptance Portal', '4660504c-45b3-4674-a709-71951a6b0763'),
        targets: [userTarget(gg, [mod('AccountEnabled', '[]', '[true]'), mod('UserType', '[]', '["Guest"]')])], additional: [] });
      em.audit({ t: ti + 12 * MIN, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', opType: 'Update', initiatedBy: byUser(gg, home),
        targets: [{ id: gg.id, displayName: gg.display, type: 'User', userPrincipalName: gg.upn, modifiedProperties: [], administrativeUnits: [] }], additional: [{ key: 'invitedUserEmailAddress', value: gEmail }, { key: 'RedemptionSource', value: 'OneTimePasscode' }] });
      const cua = UA.chromeMac(154);
      for (const [d, h] of [['2026-12-02', 23.5], ['2026-12-03', 22.4], ['2026-12-04', 21.8], ['2026-12-05', 14.3], ['2026-12-06', 10.9]]) {
        const t = at(d, h, 9);
        this.e({ t, user: gg, app: APPS.sharepoint, res: RES.spo, ip: home, ua: cua, dev: null, os: 'MacOs', browser: 'Chrome 154.0.0', inter: true, steps: STEPS.guestOtp(), client: 'Browser', req: 'multiFactorAuthentication' });
        for (let i = 0; i < r.int(4, 10); i++) this.e({ t: t + r.real(0.05, 2.5) * HOUR, user: gg, app: APPS.sharepoint, res: RES.spo, ip: home, ua: cua, dev: null, os: 'MacOs', browser: '', inter: false });
      }
      return { users: [u, gg], ips: [home] };
    });
  }

  // 13 --------------------------------------------------------------------------------------------------------
  s13_replay() {
    const u = this.c.replayVictim, r = this.r, L = this.L;
    return this.scenario({ name: 'infostealer-token-replay-singapore', title: 'Infostealer token replay: Outlook-on-the-web cookies and refresh tokens lifted from a San Jose sales rep\'s personal laptop are replayed from Singapore cloud hosts while she is working at home in California', technique: 'T1539 / T1550.004', sources: ['infostealer-session-2026', 'lumma-2025'] }, () => {
      const sg1 = newIp(r, NETS.akamai, place('singapore'), '139.162');
      const sg2 = newIp(r, NETS.digitalocean, place('singapore'), '159.223');
      const cua = UA.chromeWin(152);
      const t0 = Date.UTC(2026, 11, 4, 2, 10, 55); // Thu 3 Dec 18:10 PST
      this.e({ t: t0, user: u, app: APPS.owa, res: RES.exo, ip: sg1, ua: cua, dev: null, os: 'Windows10', browser: 'Chrome 152.0.0', inter: true, steps: STEPS.prt(), client: 'Browser',
        risk: { level: 'medium', agg: 'medium', state: 'atRisk', detail: 'none', events: ['unfamiliarFeatures'] } });
      for (let i = 0; i < 18; i++) this.e({ t: t0 + r.real(0.05, 6.8) * HOUR, user: u, app: r.pick([APPS.owa, APPS.owa, APPS.officeHome]), res: r.pick([RES.exo, RES.exo, RES.graph, RES.substrate]), ip: sg1, ua: cua, dev: null, os: 'Windows10', browser: '', inter: false });
      for (let i = 0; i < 5; i++) this.e({ t: t0 + r.real(26, 31) * HOUR, user: u, app: APPS.owa, res: RES.exo, ip: sg2, ua: cua, dev: null, os: 'Windows10', browser: '', inter: false });
      return { users: [u], ips: [sg1, sg2] };
    });
  }
}
