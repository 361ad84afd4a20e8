// The 12 planted intrusions, designed from public reporting on attacks against NGOs (see README).
import { DAY, HOUR, MIN, T0, APPS, RESOURCES, UA, BASES, tzAt } from './world.mjs';
import { authSteps } from './records.mjs';
import { segAt } from './tenant.mjs';
import { pickNet, devDetail, uaFor } from './benign.mjs';
import { APP_INIT, mod, userT } from './audits.mjs';

const U = (y, mo, d, h, mi, s = 0, ms = 0) => Date.UTC(y, mo - 1, d, h, mi, s, ms);

export function plantAttacks(T, rng, reg, signins, audits, kit) {
  const scen = [];
  const r0 = rng.fork('attacks');
  const used = new Set();
  const eligible = (base, depts, extra = () => true) => T.people.filter((p) => p.active && p.type === 'Member' && p.base === base && !p.traveller && !p.newHire && !p.leaver
    && !p.svc && !used.has(p.upn) && p.devices[0]?.kind === 'laptop' && (!depts || depts.includes(p.dept)) && extra(p));
  const victim = (base, depts, extra) => { const xs = eligible(base, depts, extra); const p = r0.pick(xs.length ? xs : eligible(base)); used.add(p.upn); return p; };

  function scenario(name, description, source) {
    const s = { name, description, source, users: new Set(), ips: new Set(), times: [], rows: { interactive: 0, noninteractive: 0, audits: 0 } };
    const r = rng.fork(`scenario:${name}`);
    s.r = r;
    s.ip = (net) => { const ip = reg.intruder(net, r); s.ips.add(ip); return ip; };
    s.sign = (rec, honestAddress = false) => {
      const w = reg.where(rec.ip);
      if (!honestAddress && !s.ips.has(rec.ip)) throw new Error(`${name}: intruder row with an address not in the scenario`);
      rec.geo = w.geo; rec.asn = w.asn; rec.netKey = w.key; rec.attack = name; rec.t = Math.floor(rec.t);
      signins.push(rec); s.times.push(rec.t); s.rows[rec.inter ? 'interactive' : 'noninteractive']++; s.users.add(rec.user.upn); return rec;
    };
    s.audit = (a) => { a.attack = name; a.t = Math.floor(a.t); audits.push(a); s.times.push(a.t); s.rows.audits++; return a; };
    s.victim = (p) => { s.users.add(p.upn); return p; };
    scen.push(s);
    return s;
  }
  const chromeDev = (v = 134, os = 'Windows10') => ({ deviceId: '', os, browser: `Chrome ${v}.0.0` });
  const honestNet = (p, t, kind = 'laptop', r) => { const seg = segAt(p, t); const dev = p.devices.find((d) => d.kind === kind) || p.devices[0]; return pickNet(p, seg, dev, t, r, reg)[1]; };

  // 1 ------------------------------------------------------------------------------------------
  {
    const s = scenario('uta0352-vscode-authcode', 'OAuth phishing via the Visual Studio Code first-party client: the victim signs in and pastes back the authorization code; the actor redeems it and reads mail through Microsoft Graph from a VPS and a VPN exit.',
      'Volexity, "Phishing for Codes: Russian Threat Actors Target Microsoft 365 OAuth Workflows" (Apr 2025), UTA0352');
    const p = s.victim(victim('GVA', ['advocacy', 'protection', 'exec'])), r = s.r, lap = p.devices[0];
    const t0 = U(2026, 3, 3, 14, 5, 12, 204);
    s.sign({ inter: true, user: p, app: APPS.vscode, res: RESOURCES.graph, ip: honestNet(p, t0, 'laptop', r), t: t0, dev: devDetail(lap, 'officehome'), ua: uaFor(lap, 'officehome', r),
      clientApp: 'Browser', steps: authSteps('prev', t0, r), authReq: 'multiFactorAuthentication' }, true);
    const a = s.ip('do-fra'), b = s.ip('m247-zrh');
    for (const [t, ip] of [[U(2026, 3, 3, 14, 19, 40), a], [U(2026, 3, 3, 14, 23, 2), a], [U(2026, 3, 3, 15, 2, 51), a], [U(2026, 3, 4, 8, 10, 7), b], [U(2026, 3, 4, 9, 45, 30), b],
      [U(2026, 3, 4, 13, 31, 12), b], [U(2026, 3, 5, 7, 58, 44), b]]) {
      s.sign({ inter: false, user: p, app: APPS.vscode, res: RESOURCES.graph, ip, t: t + r.int(0, 999), dev: chromeDev(133), ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36',
        clientApp: 'Mobile Apps and Desktop clients', steps: [], authReq: 'multiFactorAuthentication' });
    }
  }
  // 2 ------------------------------------------------------------------------------------------
  {
    const s = scenario('uta0355-device-registration-prt', 'OAuth code phishing for the Microsoft Authentication Broker / Device Registration Service: the actor registers its own device, gets the victim to approve one MFA prompt, obtains a primary refresh token and reads mail through proxies in the victim\'s own country.',
      'Volexity (Apr 2025), UTA0355: device registration and PRT after OAuth code phishing');
    const p = s.victim(victim('AMM', ['exec', 'protection', 'programmes'])), r = s.r, lap = p.devices[0];
    const t0 = U(2026, 3, 4, 9, 41, 3, 512);
    s.sign({ inter: true, user: p, app: APPS.broker, res: RESOURCES.drs, ip: reg.pooled('amm-office', r), t: t0, dev: devDetail(lap, 'officehome'), ua: uaFor(lap, 'officehome', r),
      clientApp: 'Browser', steps: authSteps('prev', t0, r), authReq: 'multiFactorAuthentication' }, true);
    const a = s.ip('rp-zain-jo'), b = s.ip('rp-zain-jo');
    const dev = { kind: 'laptop', deviceId: r.guid(), name: `DESKTOP-${r.alnum(7)}`, os: 'Windows10', isManaged: false, isCompliant: false, trustType: 'Azure AD registered', browserName: 'Edge', browserVer: 133 };
    const t1 = U(2026, 3, 4, 9, 52, 40, 18);
    s.sign({ inter: true, user: p, app: APPS.broker, res: RESOURCES.drs, ip: a, t: t1, dev: { deviceId: '', os: 'Windows10', browser: 'Rich Client 5.2.0.0' }, ua: UA.winAuth,
      clientApp: 'Mobile Apps and Desktop clients', steps: authSteps('prev', t1, r), authReq: 'multiFactorAuthentication' });
    const before = audits.length; kit.device(p, t1 + 2500, dev, a);
    for (const x of audits.splice(before)) s.audit(x);
    const t2 = U(2026, 3, 4, 10, 6, 11, 470);
    const dd = devDetail(dev, 'office');
    s.sign({ inter: true, user: p, app: APPS.broker, res: RESOURCES.aad, ip: a, t: t2, dev: dd, ua: UA.winAuth, clientApp: 'Mobile Apps and Desktop clients', err: 50074,
      steps: authSteps('prev1', t2, r), authReq: 'multiFactorAuthentication' });
    s.sign({ inter: true, user: p, app: APPS.broker, res: RESOURCES.aad, ip: a, t: t2 + 48_000, dev: dd, ua: UA.winAuth, clientApp: 'Mobile Apps and Desktop clients',
      steps: [authSteps('prev1', t2, r)[0], authSteps('pwd+push', t2 + 47_000, r)[1]], authReq: 'multiFactorAuthentication' });
    const times = [[4, 10, 21], [4, 10, 44], [4, 13, 5], [4, 16, 50], [5, 6, 12], [5, 9, 33], [5, 14, 2], [6, 5, 47], [6, 8, 15], [6, 11, 58]];
    for (const [d, h, m] of times) {
      const t = U(2026, 3, d, h, m, r.int(0, 59), r.int(0, 999));
      s.sign({ inter: false, user: p, app: APPS.office, res: RESOURCES[r.pick(['exo', 'exo', 'graph', 'spo'])], ip: d === 4 ? a : r.pick([a, b]), t, dev: dd, ua: UA.winAuth,
        clientApp: 'Mobile Apps and Desktop clients', steps: [], authReq: 'multiFactorAuthentication' });
    }
  }
  // 3 ------------------------------------------------------------------------------------------
  {
    const s = scenario('storm2372-device-code', 'Device code phishing with fake Teams meeting invitations against three staff; the actor polls for the tokens from hosting providers, registers a device for one victim with the Authentication Broker client and harvests mail through Graph.',
      'Microsoft Threat Intelligence, "Storm-2372 conducts device code phishing campaign" (13-14 Feb 2025)');
    const r = s.r;
    const vs = [s.victim(victim('NBO', ['programmes', 'protection'])), s.victim(victim('GZT', ['programmes', 'protection', 'meal'])), s.victim(victim('BKK', ['advocacy', 'comms', 'programmes']))];
    const ipsA = [s.ip('hetzner-hel'), s.ip('hetzner-hel'), s.ip('vultr-ams'), s.ip('linode-fra')];
    const plans = [[vs[0], U(2026, 3, 10, 8, 31, 9, 77), APPS.broker], [vs[1], U(2026, 3, 10, 11, 12, 44, 610), APPS.broker], [vs[2], U(2026, 3, 11, 6, 47, 2, 355), APPS.office]];
    for (const [i, [p, t0, app]] of plans.entries()) {
      const lap = p.devices[0];
      s.sign({ inter: true, user: p, app, res: app === APPS.broker ? RESOURCES.aad : RESOURCES.graph, ip: honestNet(p, t0, 'laptop', r), t: t0, dev: devDetail(lap, 'officehome'),
        ua: uaFor(lap, 'officehome', r), clientApp: 'Mobile Apps and Desktop clients', protocol: 'deviceCode', steps: authSteps('prev', t0, r), authReq: 'multiFactorAuthentication' }, true);
      let dd = { deviceId: '', os: 'Windows10', browser: 'Rich Client 5.2.0.0' }, ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36';
      if (i === 0) {
        const dev = { kind: 'laptop', deviceId: r.guid(), name: `DESKTOP-${r.alnum(7)}`, os: 'Windows10', isManaged: false, isCompliant: false, trustType: 'Azure AD registered', browserName: 'Edge', browserVer: 134 };
        const tr = t0 + 17 * MIN;
        s.sign({ inter: false, user: p, app: APPS.broker, res: RESOURCES.drs, ip: ipsA[0], t: tr, dev: dd, ua: UA.winAuth, clientApp: 'Mobile Apps and Desktop clients', steps: [], authReq: 'multiFactorAuthentication' });
        const before = audits.length; kit.device(p, tr + 4000, dev, ipsA[0]); for (const x of audits.splice(before)) s.audit(x);
        dd = devDetail(dev, 'office'); ua = UA.winAuth;
      }
      const n = [14, 9, 11][i];
      for (let k = 0; k < n; k++) {
        const t = t0 + 6 * MIN + k * r.int(35, 260) * MIN;
        s.sign({ inter: false, user: p, app: i === 2 ? APPS.office : APPS.broker, res: RESOURCES[r.pick(['graph', 'graph', 'exo', 'spo'])], ip: i === 0 ? r.pick([ipsA[0], ipsA[1]]) : ipsA[1 + i],
          t, dev: dd, ua, clientApp: 'Mobile Apps and Desktop clients', steps: [], authReq: 'multiFactorAuthentication' });
      }
    }
  }
  // 4 ------------------------------------------------------------------------------------------
  {
    const s = scenario('star-blizzard-evilginx', 'Spear-phishing from a spoofed think-tank contact; the victim signs in through an EvilGinx reverse proxy (password and MFA relayed), and the stolen session cookie is replayed from a VPN exit to read Outlook on the web over four days (a forwarding rule is set, invisible in Entra logs).',
      'Microsoft MSTIC on SEABORGIUM (Aug 2022); NCSC/CISA joint advisory on Star Blizzard (Dec 2023)');
    const p = s.victim(victim('GVA', ['exec', 'advocacy'])), r = s.r, lap = p.devices[0];
    const evil = s.ip('ovh-rbx'), vpn = s.ip('m247-lon');
    const ua = uaFor(lap, 'officehome', r), dd = { deviceId: '', os: 'Windows10', browser: `${lap.browserName} ${lap.browserVer}.0.0` };
    const t0 = U(2026, 3, 5, 8, 12, 44, 301);
    s.sign({ inter: true, user: p, app: APPS.officehome, res: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'], ip: evil, t: t0, dev: dd, ua, clientApp: 'Browser', steps: authSteps(`pwd+${p.mfa || 'push'}`, t0, r), typed: true, authReq: 'multiFactorAuthentication' });
    s.sign({ inter: true, user: p, app: APPS.owa, res: RESOURCES.exo, ip: evil, t: t0 + 46_000, dev: dd, ua, clientApp: 'Browser', steps: authSteps('prev', t0, r), authReq: 'multiFactorAuthentication' });
    s.sign({ inter: true, user: p, app: APPS.owa, res: RESOURCES.exo, ip: vpn, t: U(2026, 3, 5, 9, 40, 12, 55), dev: chromeDev(134), ua: UA.chromeWin(134), clientApp: 'Browser', steps: authSteps('prev', t0, r), authReq: 'multiFactorAuthentication' });
    for (const t of [U(2026, 3, 5, 10, 5, 31), U(2026, 3, 6, 7, 20, 2), U(2026, 3, 7, 21, 15, 48), U(2026, 3, 9, 8, 2, 19)])
      s.sign({ inter: false, user: p, app: APPS.owa, res: RESOURCES.exo, ip: vpn, t: t + r.int(0, 999), dev: chromeDev(134), ua: UA.chromeWin(134), clientApp: 'Browser', steps: [], authReq: 'multiFactorAuthentication' });
  }
  // 5 ------------------------------------------------------------------------------------------
  {
    const s = scenario('tycoon2fa-aitm-donor-bec', 'Tycoon 2FA adversary-in-the-middle phishing of a finance officer; the session is replayed from US residential proxies, an attacker Authenticator is registered for persistence, and Outlook on the web is used for three days to divert a donor payment (the mail rules and messages are invisible in Entra logs).',
      'Microsoft Threat Intelligence on AiTM phishing leading to BEC (2022-2023); reporting on Tycoon 2FA (Sekoia, eSentire 2024; Europol/Microsoft takedown Mar 2026)');
    const p = s.victim(victim('PTY', ['finance'])), r = s.r, lap = p.devices[0];
    const kitIp = s.ip('datacamp-nyc'), px1 = s.ip('rp-comcast'), px2 = s.ip('rp-comcast');
    const t0 = U(2026, 3, 9, 14, 31, 7, 884);
    const dd = { deviceId: '', os: 'Windows10', browser: `${lap.browserName} ${lap.browserVer}.0.0` };
    s.sign({ inter: true, user: p, app: APPS.officehome, res: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'], ip: kitIp, t: t0, dev: dd, ua: uaFor(lap, 'officehome', r), clientApp: 'Browser',
      steps: authSteps(`pwd+${p.mfa || 'push'}`, t0, r), typed: true, authReq: 'multiFactorAuthentication', risk: { level: 'medium', agg: 'medium', events: ['unfamiliarFeatures'], state: 'atRisk', detail: 'none' } });
    s.sign({ inter: false, user: p, app: APPS.wcss, res: RESOURCES.wcss, ip: kitIp, t: t0 + 52_000, dev: dd, ua: uaFor(lap, 'officehome', r), clientApp: 'Browser', steps: [], authReq: 'multiFactorAuthentication' });
    const aUa = UA.chromeWin(134), aDev = chromeDev(134);
    s.sign({ inter: true, user: p, app: APPS.owa, res: RESOURCES.exo, ip: px1, t: U(2026, 3, 9, 14, 58, 20, 3), dev: aDev, ua: aUa, clientApp: 'Browser', steps: authSteps('prev', t0, r), authReq: 'multiFactorAuthentication' });
    const tr = U(2026, 3, 9, 15, 4, 9, 730);
    s.sign({ inter: true, user: p, app: APPS.mysignins, res: RESOURCES.mysignins, ip: px1, t: tr, dev: aDev, ua: aUa, clientApp: 'Browser', steps: authSteps('prev', tr, r), authReq: 'multiFactorAuthentication' });
    s.audit({ t: tr + 95_000, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Update', initiator: { user: p, ip: px1 },
      targets: [userT(p)], details: [['Method', 'Microsoft Authenticator']], reason: 'User registered Authenticator App with Notification and Code' });
    s.audit({ t: tr + 130_000, activity: 'User changed default security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Update', initiator: { user: p, ip: px1 },
      targets: [userT(p)], details: [['Method', 'Microsoft Authenticator']], reason: 'User changed default security info' });
    for (const [d, h, m, ip] of [[9, 15, 40, px1], [9, 18, 2, px1], [10, 13, 12, px1], [10, 14, 27, px2], [10, 16, 41, px2], [11, 13, 55, px2], [11, 14, 38, px2], [11, 15, 26, px2]])
      s.sign({ inter: false, user: p, app: APPS.owa, res: RESOURCES.exo, ip, t: U(2026, 3, d, h, m, r.int(0, 59), r.int(0, 999)), dev: aDev, ua: aUa, clientApp: 'Browser', steps: [], authReq: 'multiFactorAuthentication' });
    for (const [d, h, m] of [[10, 14, 25], [11, 13, 52]]) {
      const t = U(2026, 3, d, h, m, r.int(0, 59), r.int(0, 999));
      s.sign({ inter: true, user: p, app: APPS.owa, res: RESOURCES.exo, ip: px2, t, dev: aDev, ua: aUa, clientApp: 'Browser', steps: authSteps('pwd+push', t, r), typed: true, authReq: 'multiFactorAuthentication' });
    }
  }
  // 6 ------------------------------------------------------------------------------------------
  {
    const s = scenario('midnight-blizzard-lowslow-spray', 'Low-and-slow password spray over nine days through residential proxies (one or two tries per address), which finds a forgotten legacy migration account without MFA; the actor then adds a secret to a mail-archive app, creates a new app and grants it full_access_as_app on Exchange Online.',
      'Microsoft MSRC, "Microsoft Actions Following Attack by Nation State Actor Midnight Blizzard" (Jan 2024) and Microsoft guidance on Midnight Blizzard (Jan 2024)');
    const r = s.r;
    const victimAcct = T.special.spMigration; victimAcct.admin = true;
    s.victim(victimAcct);
    const nets = ['rp-comcast', 'rp-charter', 'rp-att', 'rp-rogers', 'rp-vodafone-de', 'rp-virgin-gb', 'rp-sfr', 'rp-tim-it', 'rp-orange-pl', 'rp-vivo-br', 'rp-telmex', 'rp-viettel', 'rp-telkom-id', 'rp-te-eg', 'rp-meo-pt'];
    const members = T.people.filter((p) => p.type === 'Member' && p.upn.includes('.') && !p.svc);
    const targets = r.sample(members, 150);
    const ghosts = ['admin', 'test', 'test01', 'sharepoint.admin', 'backup', 'scanner', 'helpdesk', 'training', 'reception', 'finance.admin', 'svc-backup', 'o365admin'].map((u) => ({ upn: `${u}@kestrelrelief.org`, name: '', id: '', type: 'Member' }));
    const pool = [...targets, ...ghosts];
    const start = U(2026, 3, 2, 1, 0), end = U(2026, 3, 11, 3, 0);
    const n = 236;
    let lastIp = null;
    for (let i = 0; i < n; i++) {
      const t = start + Math.floor(r.next() * (end - start));
      const u = r.pick(pool);
      const ip = lastIp && r.chance(0.15) ? lastIp : s.ip(r.pick(nets)); lastIp = ip;
      const ghost = !u.id;
      const v = r.int(128, 134);
      s.sign({ inter: true, user: u, app: r.chance(0.6) ? APPS.office : APPS.azps, res: r.chance(0.5) ? RESOURCES.graph : RESOURCES.exo, ip, t, dev: { deviceId: '', os: 'Windows10', browser: `Chrome ${v}.0.0` },
        ua: r.chance(0.7) ? UA.chromeWin(v) : UA.firefoxWin(r.int(120, 128)), clientApp: 'Mobile Apps and Desktop clients', protocol: 'ropc', err: ghost ? 50034 : 50126,
        steps: ghost ? [] : authSteps('pwd-fail', t, r), typed: true, authReq: 'singleFactorAuthentication' });
      s.users.delete(u.upn);
    }
    s.users.add(victimAcct.upn);
    const ts = U(2026, 3, 11, 3, 17, 9, 446), hit = s.ip('rp-charter'), post = s.ip('rp-a1-at');
    s.sign({ inter: true, user: victimAcct, app: APPS.office, res: RESOURCES.graph, ip: hit, t: ts, dev: { deviceId: '', os: 'Windows10', browser: 'Chrome 131.0.0' }, ua: UA.chromeWin(131),
      clientApp: 'Mobile Apps and Desktop clients', protocol: 'ropc', steps: authSteps('pwd', ts, r), typed: true, authReq: 'singleFactorAuthentication' });
    const tp = U(2026, 3, 11, 3, 41, 52, 90);
    const gdev = { deviceId: '', os: 'Windows10', browser: 'Rich Client 5.2.0.0' }, gua = 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.6';
    s.sign({ inter: true, user: victimAcct, app: APPS.graphcli, res: RESOURCES.graph, ip: post, t: tp, dev: gdev, ua: gua, clientApp: 'Mobile Apps and Desktop clients', steps: authSteps('pwd', tp, r), typed: true, authReq: 'singleFactorAuthentication' });
    s.sign({ inter: false, user: victimAcct, app: APPS.graphcli, res: RESOURCES.graph, ip: post, t: tp + 21 * MIN, dev: gdev, ua: gua, clientApp: 'Mobile Apps and Desktop clients', steps: [], authReq: 'singleFactorAuthentication' });
    const ini = { user: victimAcct, ip: post };
    const appT = (name, type, mods, id = r.guid()) => ({ id, name, type, mods });
    const det = [['User-Agent', gua]];
    s.audit({ t: tp + 9 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Update', initiator: ini,
      targets: [appT('KRI Mail Archive Connector', 'Application', [mod('KeyDescription', [], ['[KeyIdentifier=' + r.guid() + ',KeyType=Password,KeyUsage=Verify,DisplayName=sync]'])])], details: det });
    const newApp = r.guid();
    s.audit({ t: tp + 12 * MIN, activity: 'Add application', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Add', initiator: ini,
      targets: [appT('Workspace Sync Service', 'Application', [mod('AppId', [], [newApp]), mod('DisplayName', [], ['Workspace Sync Service'])])], details: det });
    s.audit({ t: tp + 12 * MIN + 4000, activity: 'Add service principal', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Add', initiator: ini,
      targets: [appT('Workspace Sync Service', 'ServicePrincipal', [mod('AccountEnabled', [], [true]), mod('AppPrincipalId', [], [newApp])])], details: det });
    s.audit({ t: tp + 13 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Update', initiator: ini,
      targets: [appT('Workspace Sync Service', 'Application', [mod('KeyDescription', [], ['[KeyIdentifier=' + r.guid() + ',KeyType=Password,KeyUsage=Verify,DisplayName=key1]'])])], details: det });
    s.audit({ t: tp + 15 * MIN, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', initiator: ini,
      targets: [appT('Office 365 Exchange Online', 'ServicePrincipal', [mod('AppRole.Id', null, 'dc890d15-9560-4a4c-9b7f-a736ec74ec40'), mod('AppRole.Value', null, 'full_access_as_app'),
        mod('AppRole.DisplayName', null, 'Use Exchange Web Services with full access to all mailboxes'), mod('ServicePrincipal.DisplayName', null, 'Workspace Sync Service')]), appT('Workspace Sync Service', 'ServicePrincipal', [])], details: det });
  }
  // 7 ------------------------------------------------------------------------------------------
  {
    const s = scenario('mfa-fatigue-juba-night', 'With a password bought from an infostealer log, an actor on a VPS sends repeated push prompts to a field logistics officer in the middle of the night until one is approved, then reads mail and SharePoint and registers a phone number for SMS.',
      'Microsoft on DEV-0537/LAPSUS$ (Mar 2022) and the Uber breach (Sep 2022): MFA fatigue; CISA guidance on number matching (2022)');
    const p = s.victim(victim('JUB', ['logistics'])), r = s.r;
    const ip = s.ip('stark-nl');
    const dd = chromeDev(133), ua = UA.chromeWin(133);
    let t = U(2026, 3, 12, 23, 38, 4, 90);
    for (let i = 0; i < 13; i++) {
      s.sign({ inter: true, user: p, app: APPS.officehome, res: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'], ip, t, dev: dd, ua, clientApp: 'Browser', err: 500121,
        steps: authSteps(i % 3 === 1 ? 'mfa-denied' : 'mfa-timeout', t, r), typed: true, authReq: 'multiFactorAuthentication' });
      t += r.int(150, 290) * 1000;
    }
    s.sign({ inter: true, user: p, app: APPS.officehome, res: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'], ip, t, dev: dd, ua, clientApp: 'Browser', steps: authSteps('pwd+push', t, r), typed: true, authReq: 'multiFactorAuthentication',
      risk: { level: 'low', agg: 'low', events: ['unfamiliarFeatures'], state: 'atRisk', detail: 'none' } });
    const after = [[APPS.owa, RESOURCES.exo, 4], [APPS.spo, RESOURCES.spo, 10], [APPS.mysignins, RESOURCES.mysignins, 19]];
    for (const [app, res, m] of after) s.sign({ inter: true, user: p, app, res, ip, t: t + m * MIN + r.int(0, 59999), dev: dd, ua, clientApp: 'Browser', steps: authSteps('prev', t, r), authReq: 'multiFactorAuthentication' });
    s.audit({ t: t + 22 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Update', initiator: { user: p, ip },
      targets: [userT(p)], details: [['Method', 'Mobile Phone SMS']], reason: 'User registered Mobile Phone SMS' });
    for (const m of [34, 61, 70, 112, 140, 175, 201, 236])
      s.sign({ inter: false, user: p, app: m % 2 ? APPS.spo : APPS.owa, res: m % 2 ? RESOURCES.spo : RESOURCES.exo, ip, t: t + m * MIN + r.int(0, 59999), dev: dd, ua, clientApp: 'Browser', steps: [], authReq: 'multiFactorAuthentication' });
    T.postIncidentReset = [p, U(2026, 3, 13, 7, 5, 0)];
  }
  // 8 ------------------------------------------------------------------------------------------
  {
    const s = scenario('guest-consultant-session-theft', 'An evaluation consultant\'s home account is compromised (session cookies stolen by an infostealer); the actor uses the guest access to the NGO\'s SharePoint and Teams overnight from a VPN exit and a VPS, browsing programme and beneficiary files.',
      'Microsoft Threat Intelligence on Midnight Blizzard social engineering from compromised tenants (Aug 2023) and on token theft (Nov 2022); third-party access as an intrusion path (CISA/NCSC supply-chain guidance)');
    const g = T.guests.find((x) => x.role === 'consultant' && x.upn.endsWith('evalpartners.com') && x.active) || T.guests.find((x) => x.role === 'consultant');
    const p = s.victim(g), r = s.r;
    const a = s.ip('m247-buh'), b = s.ip('contabo-muc');
    const dd = chromeDev(134), ua = UA.chromeWin(134);
    const plan = [[1, 'teamsweb', 'teams', 6, 22, 10, a], [1, 'spo', 'spo', 6, 22, 14, a], [0, 'spo', 'spo', 6, 22, 19, a], [0, 'spo', 'spo', 6, 22, 33, a], [1, 'spo', 'spo', 6, 23, 2, a],
      [0, 'spo', 'spo', 6, 23, 40, a], [0, 'teamsweb', 'teams', 6, 23, 51, a], [1, 'officehome', null, 7, 0, 47, b], [0, 'spo', 'spo', 7, 0, 52, b], [0, 'spo', 'spo', 7, 1, 30, b],
      [1, 'spo', 'spo', 7, 2, 5, b], [0, 'spo', 'spo', 7, 2, 44, b], [0, 'wcss', 'wcss', 7, 3, 12, b], [0, 'spo', 'spo', 7, 3, 20, b]];
    for (const [inter, ak, rk, d, h, m, ip] of plan) {
      const t = U(2026, 3, d, h, m, r.int(0, 59), r.int(0, 999));
      s.sign({ inter: !!inter, user: p, app: APPS[ak], res: rk ? RESOURCES[rk] : ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'], ip, t, dev: dd, ua, clientApp: 'Browser',
        steps: inter ? authSteps('prev', t, r) : [], authReq: 'multiFactorAuthentication' });
    }
  }
  // 9 ------------------------------------------------------------------------------------------
  {
    const s = scenario('teamfiltration-aws-spray', 'Noisy password spray with the TeamFiltration tool (Teams client id, its Electron user agent, ROPC) from Amazon Web Services addresses in many regions, in two waves; accounts lock out and two passwords are confirmed (MFA then stops the actor).',
      'Proofpoint, "Attackers unleash TeamFiltration: account takeover campaign" (UNK_SneakyStrike, Jun 2025)');
    const r = s.r;
    const regions = ['aws-use1', 'aws-use1', 'aws-use1', 'aws-usw2', 'aws-usw2', 'aws-euw2', 'aws-euw2', 'aws-euc1', 'aws-euc1', 'aws-euw1', 'aws-euw1', 'aws-apse1', 'aws-apse1', 'aws-apne2', 'aws-cac1', 'aws-sae1'];
    const ips = regions.map((k) => s.ip(k));
    const members = T.people.filter((p) => p.type === 'Member' && p.active && !p.svc && p.upn.includes('.'));
    const targets0 = r.sample(members, 430);
    const ghosts = ['j.smith', 'm.brown', 'logistics', 'country.director', 'hr', 'finance', 'info.gva', 'admin.it', 'payroll.nbo', 'director'].map((u) => ({ upn: `${u}@kestrelrelief.org`, name: '', id: '', type: 'Member' }));
    const hit = [victim('NBO', ['finance', 'logistics', 'hr']), victim('CXB', ['programmes', 'logistics'])];
    const targets = [...new Set([...targets0, ...hit])];
    const lockers = r.sample(targets.filter((p) => !hit.includes(p)), 14);
    const waves = [[U(2026, 3, 11, 13, 2), U(2026, 3, 12, 1, 55)], [U(2026, 3, 12, 9, 4), U(2026, 3, 12, 13, 48)]];
    const dd = { deviceId: '', os: 'Windows10', browser: 'Chrome 80.0.3987' };
    const attempt = (u, t, err, kind) => s.sign({ inter: true, user: u, app: APPS.teams, res: RESOURCES.graph, ip: r.pick(ips), t, dev: dd, ua: UA.teamsTF, clientApp: 'Mobile Apps and Desktop clients',
      protocol: 'ropc', err, steps: kind ? authSteps(kind, t, r) : [], typed: true, authReq: err === 50076 ? 'multiFactorAuthentication' : 'singleFactorAuthentication' });
    for (const [w0, w1] of waves) {
      const order = r.shuffle([...targets, ...ghosts]);
      const span = w1 - w0;
      order.forEach((u, i) => {
        const t = w0 + Math.floor((i / order.length) * span) + r.int(0, 40000);
        if (!u.id) attempt(u, t, 50034, null);
        else if (hit.includes(u)) attempt(u, t, 50076, 'mfa-req');
        else attempt(u, t, 50126, 'pwd-fail');
      });
      for (const u of lockers) {
        let t = w0 + Math.floor(r.next() * span);
        for (let k = 0; k < 4; k++) { attempt(u, t, 50126, 'pwd-fail'); t += r.int(20, 90) * 1000; }
        attempt(u, t, 50053, 'locked');
      }
    }
    s.users = new Set(hit.map((p) => p.upn));
    T.sprayLocked = lockers;
  }
  // 10 -----------------------------------------------------------------------------------------
  {
    const s = scenario('consent-phishing-mail-app', 'Illicit consent grant: a communications officer consents to a look-alike "DocuSign eSign Viewer" multi-tenant app asking for Mail.Read, Mail.Send, Files.ReadWrite.All and offline_access; the app\'s backend then refreshes tokens for her from hosting addresses for five days.',
      'Microsoft Threat Intelligence on consent phishing (Jul 2020, Dec 2023 "Threat actors misuse OAuth applications"); Proofpoint on malicious OAuth apps (OiVaVoii, 2021)');
    const p = s.victim(victim('BKK', ['comms', 'advocacy', 'programmes'])), r = s.r, lap = p.devices[0];
    const app = [r.guid(), 'DocuSign eSign Viewer'];
    const t0 = U(2026, 3, 3, 7, 55, 21, 612), ipV = reg.pooled('bkk-office', r);
    const base = { inter: true, user: p, app, res: RESOURCES.graph, ip: ipV, dev: devDetail(lap, 'officehome'), ua: uaFor(lap, 'officehome', r), clientApp: 'Browser', authReq: 'multiFactorAuthentication' };
    s.sign({ ...base, t: t0, err: 65001, steps: authSteps('prev', t0, r) }, true);
    s.sign({ ...base, t: t0 + 41_000, steps: authSteps('prev', t0, r) }, true);
    const sp = r.guid(), ini = { user: p, ip: '' }, det = [['User-Agent', base.ua], ['AppId', app[0]]];
    s.audit({ t: t0 + 30_000, activity: 'Add service principal', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Add', initiator: ini,
      targets: [{ id: sp, name: app[1], type: 'ServicePrincipal', mods: [mod('AccountEnabled', [], [true]), mod('AppPrincipalId', [], [app[0]]), mod('DisplayName', [], [app[1]])] }], details: det });
    s.audit({ t: t0 + 33_000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', initiator: ini,
      targets: [{ id: r.guid(), name: 'Microsoft Graph', type: 'ServicePrincipal', mods: [mod('DelegatedPermissionGrant.Scope', '', ' User.Read Mail.Read Mail.Send Files.ReadWrite.All offline_access'), mod('DelegatedPermissionGrant.ConsentType', '', 'Principal')] }], details: det });
    s.audit({ t: t0 + 34_000, activity: 'Consent to application', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', initiator: ini,
      targets: [{ id: sp, name: app[1], type: 'ServicePrincipal', mods: [mod('ConsentContext.IsAdminConsent', null, 'False'), mod('ConsentContext.IsAppOnly', null, 'False'),
        mod('ConsentContext.OnBehalfOfAll', null, 'False'), mod('ConsentAction.Permissions', null, `[] => [[Id: ${r.alnum(20)}, ClientId: ${sp}, PrincipalId: ${p.id}, ResourceId: ${r.guid()}, ConsentType: Principal, Scope:  User.Read Mail.Read Mail.Send Files.ReadWrite.All offline_access]]`)] }], details: det });
    const a = s.ip('do-lon'), b = s.ip('do-lon');
    let t = t0 + 14 * MIN;
    while (t < U(2026, 3, 8, 12, 0)) {
      s.sign({ inter: false, user: p, app, res: RESOURCES.graph, ip: t < U(2026, 3, 5, 0, 0) ? a : b, t, dev: { deviceId: '', os: '', browser: '' }, ua: 'axios/1.7.9', clientApp: 'Mobile Apps and Desktop clients', steps: [], authReq: 'multiFactorAuthentication' });
      t += r.int(300, 540) * MIN;
    }
  }
  // 11 -----------------------------------------------------------------------------------------
  {
    const s = scenario('helpdesk-social-engineering-msp', 'A caller posing as the travelling Nairobi finance lead talks the outsourced help desk into a password reset and deletion of her MFA methods; the actor signs in from Kenyan residential proxies, registers its own Authenticator and takes finance files and mail until the real user notices.',
      'Microsoft Threat Intelligence, "Octo Tempest crosses boundaries" (Oct 2023); CISA/FBI AA23-320A on Scattered Spider help-desk social engineering (2023)');
    const p = s.victim(victim('NBO', ['finance', 'exec'])), r = s.r;
    const adm = T.msp[0];
    const tA = U(2026, 3, 12, 6, 5, 14, 290), ipM = kit.mspIp();
    s.audit({ t: tA, activity: 'Reset user password', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiator: { user: adm, ip: ipM }, targets: [userT(p)], details: [['User-Agent', UA.edgeWin(145)]] });
    s.audit({ t: tA + 95_000, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Update', initiator: { user: adm, ip: ipM }, targets: [userT(p)],
      details: [['Method', 'Microsoft Authenticator']], reason: 'Admin deleted Authenticator App with Notification and Code' });
    s.audit({ t: tA + 120_000, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Update', initiator: { user: adm, ip: ipM }, targets: [userT(p)],
      details: [['Method', 'Mobile Phone SMS']], reason: 'Admin deleted Mobile Phone SMS' });
    const a = s.ip('rp-airtel-ke'), b = s.ip('rp-airtel-ke');
    const dd = chromeDev(134), ua = UA.chromeWin(134);
    const t1 = U(2026, 3, 12, 6, 21, 40, 12);
    const oh = ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'];
    s.sign({ inter: true, user: p, app: APPS.officehome, res: oh, ip: a, t: t1, dev: dd, ua, clientApp: 'Browser', err: 50079, steps: authSteps('pwd', t1, r), typed: true, authReq: 'singleFactorAuthentication' });
    s.sign({ inter: true, user: p, app: APPS.mysignins, res: RESOURCES.mysignins, ip: a, t: t1 + 70_000, dev: dd, ua, clientApp: 'Browser', steps: authSteps('pwd', t1, r), typed: true, authReq: 'singleFactorAuthentication' });
    kit.secInfo(p, t1 + 150_000, a, 'Microsoft Authenticator'); s.audit(audits.pop());
    kit.secInfo(p, t1 + 170_000, a, 'Microsoft Authenticator', 'User registered all required security info'); s.audit(audits.pop());
    s.sign({ inter: true, user: p, app: APPS.officehome, res: oh, ip: a, t: t1 + 240_000, dev: dd, ua, clientApp: 'Browser', steps: authSteps('pwd+push', t1 + 240_000, r), typed: true, authReq: 'multiFactorAuthentication' });
    const plan = [[1, 'spo', 8], [0, 'spo', 14], [0, 'spo', 19], [1, 'owa', 25], [0, 'owa', 31], [0, 'spo', 47], [0, 'spo', 63], [1, 'spo', 88], [0, 'owa', 97], [0, 'spo', 121], [0, 'spo', 150], [0, 'owa', 178], [0, 'spo', 185]];
    for (const [inter, ak, m] of plan) {
      const t = t1 + 240_000 + m * MIN + r.int(0, 59999);
      s.sign({ inter: !!inter, user: p, app: APPS[ak], res: ak === 'spo' ? RESOURCES.spo : RESOURCES.exo, ip: m > 90 ? b : a, t, dev: dd, ua, clientApp: 'Browser', steps: inter ? authSteps('prev', t, r) : [], authReq: 'multiFactorAuthentication' });
    }
    T.seVictim = [p, t1];
  }
  // 12 -----------------------------------------------------------------------------------------
  {
    const s = scenario('svc-account-stolen-creds-ropc', 'The data-sync service account (single-factor, ROPC) has its password lifted from an infostealer log on a contractor\'s PC; on a Saturday night the actor uses it from a VPS with a public client id to read Graph, Exchange and SharePoint.',
      'Mandiant, UNC5537 Snowflake customer intrusions (Jun 2024): infostealer credentials on accounts without MFA; Microsoft guidance on ROPC and service accounts');
    const p = s.victim(T.special.kobo), r = s.r;
    const ip = s.ip('contabo-muc');
    for (const [m, res] of [[7, 'graph'], [9, 'exo'], [15, 'spo'], [31, 'graph']]) {
      const t = U(2026, 3, 14, 2, m, r.int(0, 59), r.int(0, 999));
      s.sign({ inter: true, user: p, app: APPS.azps, res: RESOURCES[res], ip, t, dev: { deviceId: '', os: '', browser: '' }, ua: 'python-requests/2.31.0', clientApp: 'Mobile Apps and Desktop clients',
        protocol: 'ropc', steps: authSteps('pwd', t, r), typed: true, authReq: 'singleFactorAuthentication' });
    }
  }
  return scen;
}

/** Honest consequences of the attacks (counted as benign): lockouts the morning after the spray, the real user's troubles, the help desk's clean-up. */
export function honestAftermath(T, rng, reg, signins, kit) {
  const r = rng.fork('aftermath');
  const emit = (rec) => { const w = reg.where(rec.ip); rec.geo = w.geo; rec.asn = w.asn; rec.netKey = w.key; rec.t = Math.floor(rec.t); signins.push(rec); };
  for (const p of (T.sprayLocked || []).slice(0, 7)) {
    if (!p.segs) continue;
    const tz = tzAt(p.base, T0), t = U(2026, 3, 12, 0, 0) + (8.1 - tz) * HOUR + r.int(0, 3600) * 1000;
    const seg = segAt(p, t); if (!seg) continue;
    const dev = p.devices.find((d) => d.kind === 'laptop') || p.devices[0];
    const ip = pickNet(p, seg, dev, t, r, reg)[1];
    const base = { inter: true, user: p, app: APPS.officehome, res: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'], ip, dev: devDetail(dev, 'officehome'), ua: uaFor(dev, 'officehome', r), clientApp: 'Browser' };
    emit({ ...base, t, err: 50053, steps: authSteps('locked', t, r), typed: true });
    emit({ ...base, t: t + r.int(32, 70) * MIN, steps: authSteps(`pwd+${p.mfa || 'push'}`, t, r), typed: true, authReq: 'multiFactorAuthentication' });
  }
  if (T.postIncidentReset) { const [p, t] = T.postIncidentReset; kit.helpdeskReset(p, t); }
  if (T.seVictim) {
    const [p, t1] = T.seVictim; const ph = p.devices.find((d) => d.kind === 'phone'), lap = p.devices.find((d) => d.kind === 'laptop');
    const seg = segAt(p, t1 + HOUR);
    const ipP = pickNet(p, seg, ph, t1 + 34 * MIN, r, reg)[1];
    emit({ inter: false, user: p, app: APPS.outlookmobile, res: RESOURCES.exo, ip: ipP, t: t1 + 34 * MIN, dev: devDetail(ph, 'outlookmobile'), ua: uaFor(ph, 'outlookmobile', r), clientApp: 'Mobile Apps and Desktop clients', err: 50173, steps: [], authReq: 'singleFactorAuthentication' });
    const ipL = pickNet(p, seg, lap, t1 + 80 * MIN, r, reg)[1];
    const base = { inter: true, user: p, app: APPS.owa, res: RESOURCES.exo, ip: ipL, dev: devDetail(lap, 'owa'), ua: uaFor(lap, 'owa', r), clientApp: 'Browser' };
    emit({ ...base, t: t1 + 80 * MIN, err: 50126, steps: authSteps('pwd-fail', t1, r), typed: true });
    emit({ ...base, t: t1 + 82 * MIN, err: 50126, steps: authSteps('pwd-fail', t1, r), typed: true });
    kit.helpdeskReset(p, t1 + 118 * MIN);
    kit.push({ t: t1 + 120 * MIN, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiator: { user: T.msp[1], ip: kit.mspIp() }, targets: [userT(p)], details: [] });
    emit({ ...base, t: t1 + 131 * MIN, err: 50079, steps: authSteps('pwd', t1, r), typed: true, authReq: 'singleFactorAuthentication' });
    kit.secInfo(p, t1 + 134 * MIN, ipL, 'Microsoft Authenticator');
    emit({ ...base, t: t1 + 137 * MIN, steps: authSteps('pwd+push', t1 + 137 * MIN, r), typed: true, authReq: 'multiFactorAuthentication' });
  }
}
