// Honest behaviour of the Harbourlight tenant over 14 days: sign-ins (interactive + non-interactive) and audit events.
import { COUNTRIES, APPS, RES, SAAS, NATIVE_UA, UA, CONSENT_APPS } from './world.mjs';
import { T0, DAY, HOUR, MIN, DAYS, isWeekend } from './tenant.mjs';
import { tUser, tGroup, tApp, tSp, tRole, tDevice, tPolicy, js, keyDesc } from './events.mjs';
import { mkLaptop, mkPhone } from './tenant.mjs';

const GRAPH_SCOPES = ['email', 'openid', 'profile', 'User.Read', 'Mail.ReadWrite', 'Calendars.ReadWrite', 'Files.ReadWrite.All', 'Sites.ReadWrite.All', 'Chat.ReadWrite', 'offline_access'];

export function benign(T, net, log, rng) {
  const r = rng.fork('benign');
  const S = T.S;
  T.graphSpId = r.uuid();
  const CUSTOM = {
    statuspage: { id: r.uuid(), name: 'Statuspage Sync' },
    jirasync: { id: r.uuid(), name: 'Jira Mail Connector' },
    backup: { id: r.uuid(), name: 'M365 Backup Reporter' },
    console: { id: r.uuid(), name: 'Harbourlight Console' },
    graphCli: { id: '14d82eec-204b-4c2f-b7e8-296a70dab67e', name: 'Microsoft Graph Command Line Tools' },
  };
  T.CUSTOM = CUSTOM;
  const SP = (name) => ({ name, spId: r.uuid(), appId: r.uuid() });
  const WORKDAY_PROV = SP('Workday to Microsoft Entra ID user provisioning');
  const MS_PIM = { name: 'MS-PIM', spId: r.uuid(), appId: null };
  const INTUNE = { name: 'Microsoft Intune', spId: r.uuid(), appId: '0000000a-0000-0000-c000-000000000000' };
  const DRS = { name: 'Device Registration Service', spId: r.uuid(), appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9' };
  const ROTATOR = SP('kv-secret-rotator (Automation)');
  T.SPS = { WORKDAY_PROV, MS_PIM, INTUNE, DRS, ROTATOR };
  const ROLE_ID = { 'Global Administrator': '62e90394-69f5-4237-9190-012177145e10', 'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814', 'Application Administrator': '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'Cloud Application Administrator': '158c047a-c907-4556-b7ef-446551a6b5f7', 'Conditional Access Administrator': 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', 'Helpdesk Administrator': '729827e3-9c14-49f7-bb1b-9608f156bbb8', 'Authentication Administrator': 'c4e39bd9-1100-46d3-8c65-fb160da0071f', 'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1', 'Security Reader': '5d6b6bb7-de71-4623-b4af-96380a352509' };
  T.ROLE_ID = ROLE_ID;
  const groups = ['All Staff', 'Engineering', 'SRE On-Call', 'Sales', 'Customer Success', 'Support Manila', 'Support Lisbon', 'Finance', 'People', 'Marketing', 'Project Atlas Contractors', 'GitHub Users', 'Salesforce Users', 'Zendesk Agents', 'VPN Exception', 'Azure Subscription Contributors', 'M365 E3 Licensed', 'Laptop Refresh 2026'].map((name) => ({ id: r.uuid(), name }));
  T.groupsList = groups;
  const G = (name) => groups.find((g) => g.name === name);
  const APPREGS = ['billing-webhooks', 'support-portal-prod', 'support-portal-staging', 'analytics-ingest', 'status-api', 'ci-deploy-prod', 'ci-deploy-staging', 'search-indexer', 'finance-reporting-connector', 'hr-sync', 'docs-site', 'mobile-push'].map((name) => ({ name, id: r.uuid(), objId: r.uuid(), spId: r.uuid(), keys: [{ id: r.uuid(), name: 'rotated-2026-01' }] }));
  T.APPREGS = APPREGS;

  const members = T.users.filter((u) => u.kind === 'member');
  const admins = members.filter((u) => u.group === 'it');
  const helpdesk = admins.filter((u) => u.admin === 'helpdesk');
  const idAdmins = admins.filter((u) => u.admin === 'identity');

  const homeAt = (u, d) => { let p = u.home[0].place; for (const h of u.home) if (h.from <= d) p = h.place; return p; };
  const lapDev = (u, d) => (u.laptop2 && d >= u.newLaptopDay ? u.laptop2 : u.laptop);
  const mobilePool = (u, cc) => { const pools = S.mobile[cc] || S.mobile[u.cc]; return pools[Math.min(u.carrierIdx || 0, pools.length - 1)]; };
  const travelNet = (kind, cc, city) => S.travel.find((t) => t.kind === kind && t.cc === cc && t.city === city) || S.travel.find((t) => t.kind === kind && t.cc === cc);
  const customerSites = new Map();
  const customerSite = (u, cc, city) => { const k = `${u.id}|${cc}`; if (!customerSites.has(k)) customerSites.set(k, net.consumer(cc, COUNTRIES[cc].isps[COUNTRIES[cc].isps.length - 1], city, 'customer')); return customerSites.get(k); };

  /** The day's networks for a member: laptop places by part of day, phone place, time zone. */
  const ctxMemo = new Map();
  function dayCtx(u, d) {
    const k = `${u.id}|${d}`;
    if (!ctxMemo.has(k)) ctxMemo.set(k, dayCtx0(u, d));
    return ctxMemo.get(k);
  }
  function dayCtx0(u, d) {
    if (u.joinDay !== undefined && d < u.joinDay) return { mode: 'prejoin' };
    if (u.leaveDay !== undefined && d > u.leaveDay) return { mode: 'gone', home: homeAt(u, d) };
    const c = { mode: isWeekend(d) ? 'weekend' : 'work', tz: u.tz, cc: u.cc, home: homeAt(u, d) };
    let cw = u.cowork;
    const carrierCc = u.nomad && d >= u.nomad.day && !u.nomad.keepSim ? u.nomad.cc : u.cc;
    if (u.nomad && d >= u.nomad.day) { c.tz = u.nomad.tz; c.cc = u.nomad.cc; c.home = u.nomad.place; cw = u.nomad.cowork; }
    let day = c.home, morning = c.home, eve = c.home;
    if (u.nomad && d === u.nomad.day) {
      const ap = travelNet('airport', u.cc) || travelNet('airport', 'NL');
      morning = r.pick(ap.ips); c.mode = 'move';
    } else if (u.holiday && d >= u.holiday.from && d <= u.holiday.to) {
      c.mode = 'holiday'; c.tz = COUNTRIES[u.holiday.cc].cities[0][4];
      const h = travelNet('hotel', u.holiday.cc);
      const hp = h ? r.pick(h.ips) : net.consumer(u.holiday.cc, COUNTRIES[u.holiday.cc].isps[0], u.holiday.city, 'hotel');
      day = morning = eve = hp; c.abroadCc = u.holiday.cc;
    } else if (u.trip && d >= u.trip.from && d <= u.trip.to) {
      c.mode = isWeekend(d) ? 'weekend' : 'trip'; c.tz = COUNTRIES[u.trip.cc].cities.find((x) => x[0] === u.trip.city)?.[4] ?? c.tz;
      const hotel = travelNet('hotel', u.trip.cc, u.trip.city);
      const hp = hotel ? hotel.ips[(u.id.charCodeAt(0) + d) % hotel.ips.length] : c.home;
      eve = morning = hp;
      day = u.trip.conference && d >= 8 && d <= 10 ? r.pick(S.conf) : customerSite(u, u.trip.cc, u.trip.city);
      if (d === u.trip.from) { const ap = travelNet('airport', u.cc) || travelNet('airport', u.trip.cc); if (ap) morning = r.pick(ap.ips); c.tz = u.tz; }
      c.abroadCc = u.trip.cc !== u.cc ? u.trip.cc : null;
    } else if (c.mode === 'work') {
      if (u.hq && (d % 7 === 1 || d % 7 === 3)) day = r.pick(S.hq);
      else if (u.hub === 'mnl' && d % 7 <= 2) day = r.pick(S.hubMnl);
      else if (u.hub === 'lis' && d % 7 <= 2) day = r.pick(S.hubLis);
      else if (cw && r.chance(0.55)) day = r.pick(cw.ips);
    }
    const wrap = (p, slot) => {
      if (u.ztna && p.kind !== 'office') { const pool = S.ztnaFor(p.cc); return pool[(u.id.charCodeAt(3) + d + slot) % pool.length]; }
      return p;
    };
    c.lap = { morning: wrap(morning, 0), day: wrap(day, 1), eve: wrap(eve, 2) };
    if (u.vpn && r.chance(0.7)) {
      const a = S.vpn[u.vpn[0]][(d + u.id.charCodeAt(5)) % 3];
      const b = r.chance(0.2) ? S.vpn[r.pick(u.vpn)][(d + 1) % 3] : a;
      c.lap = { morning: a, day: a, eve: b };
    }
    const mob = mobilePool(u, carrierCc);
    c.phoneMobile = mob[(u.id.charCodeAt(7) * 7 + d) % mob.length];
    c.phoneWifi = c.mode === 'trip' || c.mode === 'holiday' ? eve : c.home;
    return c;
  }
  const lapAt = (c, hLocal) => (hLocal < 9 ? c.lap.morning : hLocal < 18 ? c.lap.day : c.lap.eve);
  const utc = (d, hLocal, tz) => T0 + d * DAY + Math.round((hLocal - tz) * HOUR) + r.int(0, 59999);

  // ---- MFA freshness per device ----
  const lastMfa = new Map();
  const needMfa = (u, dev, t) => {
    const k = `${u.id}|${dev ? dev.id || dev.os : 'x'}`;
    if (!lastMfa.has(k)) lastMfa.set(k, T0 - r.int(0, 7 * 24) * HOUR);
    const interval = dev && dev.managed ? 7 * DAY : 12 * HOUR;
    return t - lastMfa.get(k) > interval;
  };
  const didMfa = (u, dev, t) => lastMfa.set(`${u.id}|${dev ? dev.id || dev.os : 'x'}`, t);

  // ---- app mixes ----
  const INTER = {
    common: [[[APPS.officeHome, { id: APPS.officeHome.id, name: 'OfficeHome' }], 3], [[APPS.owa, RES.exo], 2], [[APPS.teamsWeb, RES.teamsSvc], 1], [[APPS.sharepoint, RES.spo], 2], [[APPS.myApps, APPS.myApps], 0.6], [[SAAS.slack, SAAS.slack], 2], [[SAAS.atlassian, SAAS.atlassian], 1], [[SAAS.workday, SAAS.workday], 0.3], [[SAAS.notion, SAAS.notion], 0.5]],
    eng: [[[SAAS.github, SAAS.github], 3], [[SAAS.atlassian, SAAS.atlassian], 2.5], [[APPS.portal, RES.arm], 2], [[SAAS.datadog, SAAS.datadog], 1], [[{ id: RES.ado.id, name: 'Azure DevOps' }, RES.ado], 1.5], [[SAAS.figma, SAAS.figma], 0.3]],
    sre: [[[APPS.portal, RES.arm], 4], [[SAAS.pagerduty, SAAS.pagerduty], 2], [[SAAS.datadog, SAAS.datadog], 3], [[SAAS.github, SAAS.github], 1]],
    sales: [[[SAAS.salesforce, SAAS.salesforce], 5], [[SAAS.gong, SAAS.gong], 2], [[SAAS.hubspot, SAAS.hubspot], 1.5], [[CUSTOM.console, CUSTOM.console], 0.8]],
    cs: [[[SAAS.salesforce, SAAS.salesforce], 3], [[SAAS.zendesk, SAAS.zendesk], 2], [[SAAS.gong, SAAS.gong], 1], [[CUSTOM.console, CUSTOM.console], 0.8]],
    supMnl: [[[SAAS.zendesk, SAAS.zendesk], 6], [[SAAS.atlassian, SAAS.atlassian], 1], [[CUSTOM.console, CUSTOM.console], 1.5]],
    supLis: [[[SAAS.zendesk, SAAS.zendesk], 6], [[SAAS.atlassian, SAAS.atlassian], 1], [[CUSTOM.console, CUSTOM.console], 1.5]],
    ga: [[[SAAS.workday, SAAS.workday], 1], [[SAAS.netsuite, SAAS.netsuite], 0.8], [[SAAS.greenhouse, SAAS.greenhouse], 0.5], [[SAAS.hubspot, SAAS.hubspot], 0.6], [[SAAS.figma, SAAS.figma], 0.5]],
    it: [[[APPS.portal, RES.arm], 5], [[APPS.myApps, APPS.myApps], 1], [[SAAS.workday, SAAS.workday], 0.5]],
  };
  const interMix = {};
  for (const g of Object.keys(INTER)) if (g !== 'common') interMix[g] = [...INTER.common, ...INTER[g]];
  interMix.guest = [[[APPS.teamsWeb, RES.teamsSvc], 3], [[APPS.sharepoint, RES.spo], 3], [[{ id: RES.ado.id, name: 'Azure DevOps' }, RES.ado], 3], [[APPS.officeHome, { id: APPS.officeHome.id, name: 'OfficeHome' }], 1]];
  const LAMBDA_I = { eng: 0.38, sre: 0.6, sales: 0.7, cs: 0.7, supMnl: 0.6, supLis: 0.6, ga: 0.45, it: 1.1 };
  const LAMBDA_N = { eng: 3.3, sre: 3.3, sales: 2.3, cs: 2.3, supMnl: 2.1, supLis: 2.1, ga: 2.1, it: 3.0 };

  function niApp(u, dev) {
    const mac = dev.os === 'mac', linux = dev.os === 'linux';
    const opts = [
      [[APPS.teams, RES.teamsSvc, mac ? NATIVE_UA.teamsMac : NATIVE_UA.teamsWin], linux ? 0 : 4],
      [[APPS.teams, RES.skype, mac ? NATIVE_UA.teamsMac : NATIVE_UA.teamsWin], linux ? 0 : 1],
      [[APPS.office, RES.exo, mac ? NATIVE_UA.outlookMac : NATIVE_UA.outlookWin], linux ? 0 : 3],
      [[APPS.oneDrive, RES.spo, NATIVE_UA.oneDriveWin], dev.os === 'win' ? 1.5 : 0],
      [[APPS.officeHome, RES.graph, dev.ua], 1.2],
      [[APPS.teamsWeb, RES.teamsSvc, dev.ua], linux ? 3 : 0.3],
      [[APPS.owa, RES.exo, dev.ua], linux ? 2 : 0.4],
    ];
    if (u.group === 'eng') opts.push([[APPS.azcli, RES.arm, linux ? NATIVE_UA.azcliLinux : mac ? NATIVE_UA.azcliMac : NATIVE_UA.azcliWsl], 3], [[APPS.azcli, RES.graph, linux ? NATIVE_UA.azcliLinux : mac ? NATIVE_UA.azcliMac : NATIVE_UA.azcliWsl], 0.5], [[APPS.azcli, RES.kv, linux ? NATIVE_UA.azcliLinux : mac ? NATIVE_UA.azcliMac : NATIVE_UA.azcliWsl], 0.6], [[APPS.vscode, RES.arm, mac ? NATIVE_UA.vscodeMac : NATIVE_UA.vscode], 1], [[APPS.vscode, RES.ado, mac ? NATIVE_UA.vscodeMac : NATIVE_UA.vscode], 0.8], [[APPS.adoApp, RES.ado, ''], dev.os === 'win' ? 0.8 : 0]);
    if (u.group === 'sre') opts.push([[APPS.azcli, RES.arm, mac ? NATIVE_UA.azcliMac : NATIVE_UA.azcliLinux], 4], [[APPS.azps, RES.arm, NATIVE_UA.azps], 0.5], [[APPS.azcli, RES.kv, mac ? NATIVE_UA.azcliMac : NATIVE_UA.azcliLinux], 0.7]);
    if (u.group === 'it') opts.push([[CUSTOM.graphCli, RES.graph, NATIVE_UA.azps], 2], [[APPS.azps, RES.arm, NATIVE_UA.azps], 0.5]);
    return r.weighted(opts);
  }

  const sMfa = (u) => (u.mfa === 'whfb' || u.mfa === 'fido2' ? (u.mfa === 'fido2' ? 'fido2' : 'mfa') : 'mfa');
  const mfaM = (u) => (u.mfa === 'otp' ? 'otp' : u.mfa === 'sms' ? 'sms' : 'push');

  /** One interactive browser sign-in with the honest noise around it. */
  function interactive(u, t, place, dev, app, res, opts = {}) {
    const base = { u, app, res, place, dev, inter: true, mfaM: mfaM(u), ...opts };
    if (u.kind === 'guest') {
      if (r.chance(0.015)) log.signin({ ...base, t: t - r.int(20, 90) * 1000, err: 50126, auth: 'none', addl: 'The user entered an invalid password in their home tenant.' });
      return log.signin({ ...base, t, auth: 'ext' });
    }
    // honest failures before success
    if (r.chance(0.018)) {
      const n = r.weighted([[1, 70], [2, 20], [3, 8], [5, 2]]);
      for (let i = n; i >= 1; i--) log.signin({ ...base, t: t - i * r.int(15, 70) * 1000, err: 50126, auth: 'pw-fail' });
    }
    const mustMfa = opts.forceMfa || needMfa(u, dev, t);
    if (!mustMfa) {
      const e = log.signin({ ...base, t, auth: 'prev', tokenType: dev && dev.os === 'win' && dev.managed ? 'primaryRefreshToken' : 'none' });
      return e;
    }
    const corr = r.uuid();
    if (u.mfa === 'whfb' && dev && dev.os === 'win') { didMfa(u, dev, t); return log.signin({ ...base, t, auth: 'whfb', corr, tokenType: 'primaryRefreshToken' }); }
    if (u.mfa === 'fido2') { didMfa(u, dev, t); return log.signin({ ...base, t, auth: 'fido2', corr }); }
    if (r.chance(0.10)) log.signin({ ...base, t: t - r.int(10, 40) * 1000, err: 50074, auth: 'mfa-need', corr });
    if (r.chance(0.012)) {
      log.signin({ ...base, t: t - r.int(70, 200) * 1000, err: 500121, auth: r.chance(0.7) ? 'mfa-noresp' : 'mfa-deny' });
    }
    if (r.chance(0.004)) return log.signin({ ...base, t, err: 500121, auth: 'mfa-noresp' }); // gave up
    if (r.chance(0.25)) log.signin({ ...base, t: t + r.int(5, 20) * 1000, err: 50140, auth: 'mfa', corr, addl: 'Redirected to KMSI' });
    didMfa(u, dev, t);
    return log.signin({ ...base, t, auth: 'mfa', corr });
  }
  T.helpers = { interactive, dayCtx, lapAt, lapDev, homeAt, needMfa, didMfa, niApp };

  function nonInteractive(u, t, place, dev, app, res, ua, opts = {}) {
    let err = 0;
    if (!opts.noFail) {
      const x = r.next();
      if (x < 0.006) err = 70043; else if (x < 0.009) err = 700082; else if (x < 0.012) err = 50076; else if (x < 0.0135) err = 50173;
      if (u.kind === 'guest' && x < 0.02) err = 70043;
    }
    return log.signin({ u, t, app, res, place, dev, ua, inter: false, err, auth: u.kind === 'guest' ? 'ext' : 'prev', tokenType: 'refreshToken', scopes: opts.scopes, ...opts });
  }

  // ================= per-user days =================
  const demoUsers = T.users.filter((u) => u.kind === 'demo');
  const oncallNights = [];
  for (const u of members) {
    let mfaReg = false;
    for (let d = 0; d < DAYS; d++) {
      const c = dayCtx(u, d);
      if (c.mode === 'prejoin') continue;
      const dev = lapDev(u, d);
      if (c.mode === 'gone') {
        // devices of a leaver keep trying for a few days
        if (d - u.leaveDay <= 3 && u.phone) {
          const n = r.int(1, 6);
          for (let i = 0; i < n; i++) {
            const t = utc(d, r.real(7, 22), u.tz);
            log.signin({ u, t, app: APPS.outlookMobile, res: RES.exo, place: r.chance(0.5) ? c.home : mobilePool(u, u.cc)[r.int(0, 13)], dev: u.phone, ua: u.phone.os === 'ios' ? NATIVE_UA.outlookIos : NATIVE_UA.outlookAndroid, inter: false, err: 50057, auth: 'none', tokenType: 'refreshToken' });
          }
        }
        if (d - u.leaveDay >= 2 && d - u.leaveDay <= 6 && r.chance(0.15)) {
          const t = utc(d, r.real(9, 21), u.tz);
          for (let i = 0; i < r.int(1, 3); i++) log.signin({ u, t: t + i * 45000, app: SAAS.workday, res: SAAS.workday, place: c.home, dev: null, ua: u.laptop.ua, inter: true, err: 50057, auth: 'pw-fail' });
        }
        continue;
      }
      const wkend = c.mode === 'weekend';
      let active = true;
      if (wkend) active = u.nightOwl ? r.chance(0.5) : r.chance(u.group === 'eng' ? 0.12 : u.group === 'supMnl' || u.group === 'supLis' ? 0.3 : 0.06);
      if (c.mode === 'holiday') active = u.holiday.laptop && r.chance(0.3);
      const lapOk = u.group !== 'guest';
      // ---- joiner's first day ----
      if (u.joinDay === d) {
        const hd = r.pick(helpdesk);
        const t1 = utc(d, 8.2, u.tz);
        log.audit({ t: t1 - r.int(30, 90) * MIN, cat: 'UserManagement', act: 'Admin registered security info', type: 'Add', svc: 'Authentication Methods', reason: 'Admin registered temporary access pass method for user', by: { user: hd, ip: hdIp(hd, d) }, targets: [tUser(u)] });
        const p = c.lap.morning;
        log.signin({ u, t: t1, app: APPS.mySignins, res: RES.mySignins, place: p, dev, inter: true, auth: 'tap' });
        log.audit({ t: t1 + 3 * MIN, cat: 'UserManagement', act: 'User registered security info', type: 'Add', svc: 'Authentication Methods', reason: 'User registered Authenticator App with Notification and Code', by: { user: u, ip: p.ip }, targets: [tUser(u)] });
        if (dev.managed) {
          const dcorr = r.uuid(); dev.objId = dev.objId || r.uuid();
          log.audit({ t: t1 + 9 * MIN, cat: 'Device', act: 'Register device', type: 'Add', by: { app: DRS }, targets: [tDevice(dev, [['CloudAccountEnabled', '[]', '[true]'], ['CloudDisplayName', '[]', js([dev.name])], ['CloudDeviceOSType', '[]', js([dev.os === 'win' ? 'Windows' : 'MacOS'])]])], corr: dcorr });
          log.audit({ t: t1 + 9 * MIN + 800, cat: 'Device', act: 'Add registered owner to device', type: 'Assign', by: { app: DRS }, targets: [tDevice(dev), tUser(u)], corr: dcorr });
        }
        didMfa(u, dev, t1); if (u.phone) didMfa(u, u.phone, t1);
        mfaReg = true;
      }
      // ---- device replacement ----
      if (u.newLaptopDay === d && u.laptop2.managed) {
        const t1 = utc(d, u.start + 0.3, c.tz);
        const dcorr = r.uuid(); u.laptop2.objId = r.uuid();
        log.audit({ t: t1 - 5 * MIN, cat: 'Device', act: 'Register device', type: 'Add', by: { app: DRS }, targets: [tDevice(u.laptop2, [['CloudAccountEnabled', '[]', '[true]'], ['CloudDisplayName', '[]', js([u.laptop2.name])]])], corr: dcorr });
        log.audit({ t: t1 - 5 * MIN + 700, cat: 'Device', act: 'Add registered owner to device', type: 'Assign', by: { app: DRS }, targets: [tDevice(u.laptop2), tUser(u)], corr: dcorr });
        interactive(u, t1, c.lap.morning, u.laptop2, APPS.officeHome, { id: APPS.officeHome.id, name: 'OfficeHome' }, { forceMfa: true });
      }
      if (!active) {
        // phone only (weekend / holiday): mail & chat refreshes, roaming via the home carrier abroad
        if (u.phone && r.chance(c.mode === 'holiday' ? 0.6 : 0.5)) {
          for (let i = r.int(1, 3); i > 0; i--) phoneNi(u, d, c);
        }
        continue;
      }
      // ---- a working day ----
      const tz = c.tz;
      let h0 = u.start + r.normal() * 0.4 + (u.nightOwl ? 3 : 0);
      if (c.mode === 'holiday') h0 = 10 + r.next() * 8;
      const span = c.mode === 'holiday' ? 1 : 8 + r.next();
      // Windows logon
      if (dev.os === 'win' && dev.managed && r.chance(0.3)) {
        const t = utc(d, h0 - 0.05, tz);
        log.signin({ u, t, app: APPS.winSignIn, res: RES.aadGraph, place: lapAt(c, h0), dev, ua: NATIVE_UA.winAuth, inter: true, auth: u.mfa === 'whfb' ? 'whfb' : 'prev', clientApp: 'Mobile Apps and Desktop clients', tokenType: 'primaryRefreshToken' });
      }
      const nI = Math.max(c.mode === 'holiday' || r.chance(0.2) ? 0 : 1, r.poisson(LAMBDA_I[u.group] * (wkend ? 0.5 : 1)));
      for (let i = 0; i < nI; i++) {
        const h = i === 0 ? h0 : h0 + r.next() * span;
        const [app, res] = r.weighted(interMix[u.group]);
        interactive(u, utc(d, h, tz), lapAt(c, h), dev, app, res);
      }
      const nN = r.poisson(LAMBDA_N[u.group] * (wkend ? 0.5 : 1) * (c.mode === 'holiday' ? 0.3 : 1));
      for (let i = 0; i < nN; i++) {
        const h = h0 + r.next() * (span + 1.5);
        const [app, res, ua] = niApp(u, dev);
        nonInteractive(u, utc(d, h, tz), lapAt(c, h), dev, app, res, ua);
      }
      if (u.phone) { const k = r.poisson(1.0); for (let i = 0; i < k; i++) phoneNi(u, d, c); }
      // ---- engineers' cloud tooling ----
      if (u.group === 'eng' || u.group === 'sre') {
        if (u.codespaces && r.chance(0.16)) devContainer(u, d, c, dev, h0 + r.next() * 6);
        if (u.jump && r.chance(u.group === 'sre' ? 0.35 : 0.3)) {
          const jp = r.pick(S.jump[u.jump]);
          for (let i = r.int(1, 4); i > 0; i--) nonInteractive(u, utc(d, h0 + r.next() * span, tz), jp, null, APPS.azcli, r.chance(0.8) ? RES.arm : RES.kv, NATIVE_UA.azcliLinux, { noFail: true });
        }
        if (r.chance(0.05)) { // Cloud Shell from the portal
          const cs = net.cloud(r.pick(['azure_weu', 'azure_neu', 'azure_eus']), 'cloud');
          for (let i = r.int(1, 3); i > 0; i--) nonInteractive(u, utc(d, h0 + 2 + r.next() * 3, tz), cs, null, APPS.azcli, RES.arm, 'python/3.12.8 (Linux-5.15.0-1079-azure-x86_64-with-glibc2.35) AZURECLI/2.68.0 (CLOUDSHELL)', { noFail: true });
        }
      }
      // ---- SRE on-call nights ----
      if (u.group === 'sre' && u.oncallWeek !== null && Math.floor(d / 7) === u.oncallWeek) oncallNights.push([u, d, c]);
      // ---- occasional guest-access to Azure by a member's personal laptop: CA report-only failure ----
      if (c.mode === 'work' && r.chance(0.004) && u.phone) {
        const t = utc(d, h0 + 3, tz);
        log.signin({ u, t, app: APPS.officeHome, res: { id: APPS.officeHome.id, name: 'OfficeHome' }, place: c.home, dev: { id: '', name: '', os: 'win', osName: 'Windows 10', browser: 'Chrome 131.0.0', ua: UA.winChrome[0], compliant: false, managed: false, trust: '' }, inter: true, auth: 'mfa', mfaM: mfaM(u) });
      }
    }
  }

  function phoneNi(u, d, c) {
    const h = 7 + r.next() * 15;
    const wifi = r.chance(0.45);
    const place = wifi ? c.phoneWifi : c.phoneMobile;
    const [app, res, ua] = r.weighted([[[APPS.outlookMobile, RES.exo, u.phone.os === 'ios' ? NATIVE_UA.outlookIos : NATIVE_UA.outlookAndroid], 3], [[APPS.teams, RES.teamsSvc, u.phone.os === 'ios' ? NATIVE_UA.teamsIos : NATIVE_UA.teamsAndroid], 2]]);
    nonInteractive(u, utc(d, h, c.tz || u.tz), place, u.phone, app, res, ua);
  }

  function codespaceRegion(cc) { return (['US', 'CA', 'MX', 'CO'].includes(cc) ? 'azure_eus' : ['BR', 'AR'].includes(cc) ? 'azure_brs' : ['AU', 'NZ'].includes(cc) ? 'azure_aue' : ['IN', 'SG', 'JP', 'VN', 'PH', 'TH', 'ID'].includes(cc) ? 'azure_sea' : 'azure_weu'); }
  /** `az login --use-device-code` inside a Codespace / dev container: browser step at home, tokens used from the cloud VM. */
  function devContainer(u, d, c, dev, h) {
    const t = utc(d, h, c.tz);
    const home = lapAt(c, h);
    const vm = net.cloud(codespaceRegion(c.cc), 'cloud');
    if (r.chance(0.1)) log.signin({ u, t: t - 30000, app: APPS.azcli, res: RES.arm, place: home, dev, inter: true, err: 50199, auth: 'none', protocol: 'deviceCode' });
    const mustMfa = needMfa(u, dev, t);
    log.signin({ u, t, app: APPS.azcli, res: RES.arm, place: home, dev, inter: true, auth: mustMfa ? (u.mfa === 'fido2' ? 'fido2' : 'mfa') : 'prev', mfaM: mfaM(u), protocol: 'deviceCode', clientApp: 'Mobile Apps and Desktop clients' });
    if (mustMfa) didMfa(u, dev, t);
    for (let i = r.int(2, 7); i > 0; i--) {
      log.signin({ u, t: t + r.int(2, 300) * MIN, app: APPS.azcli, res: r.weighted([[RES.arm, 5], [RES.graph, 1], [RES.kv, 1]]), place: vm, dev: null, ua: NATIVE_UA.azcliLinux, inter: false, auth: 'prev', tokenType: 'refreshToken', protocol: 'none' });
    }
  }

  // ---- SRE pages at night (local 00:30–05:00) ----
  for (const [u, d, c] of oncallNights) {
    const pages = r.poisson(0.55);
    for (let i = 0; i < pages; i++) {
      const h = 0.5 + r.next() * 4.5;
      const t = utc(d, h, c.tz);
      if (u.phone) log.signin({ u, t, app: SAAS.pagerduty, res: SAAS.pagerduty, place: r.chance(0.5) ? c.phoneMobile : c.home, dev: u.phone, inter: true, auth: 'prev' });
      const dev = lapDev(u, d);
      const t2 = t + r.int(3, 9) * MIN;
      if (r.chance(0.1)) log.signin({ u, t: t2 - 90000, app: APPS.portal, res: RES.arm, place: c.home, dev, inter: true, err: 500121, auth: 'mfa-noresp', mfaM: mfaM(u) });
      interactive(u, t2, c.home, dev, APPS.portal, RES.arm, { forceMfa: r.chance(0.5) });
      for (let k = r.int(2, 6); k > 0; k--) nonInteractive(u, t2 + r.int(1, 50) * MIN, c.home, dev, APPS.azcli, RES.arm, dev.os === 'mac' ? NATIVE_UA.azcliMac : NATIVE_UA.azcliLinux, { noFail: true });
      interactive(u, t2 + r.int(2, 20) * MIN, c.home, dev, SAAS.datadog, SAAS.datadog);
    }
  }

  // ---- guests ----
  for (const u of T.users.filter((x) => x.kind === 'guest')) {
    for (let d = 0; d < DAYS; d++) {
      if (u.contractEnd !== undefined && d > u.contractEnd) continue;
      if (isWeekend(d) ? !r.chance(0.05) : !r.chance(u.activity)) continue;
      const place = homeAt(u, d); const dev = u.laptop;
      const h0 = u.start + r.normal() * 0.5;
      const n = 1 + r.poisson(0.5);
      for (let i = 0; i < n; i++) {
        const [app, res] = r.weighted(u.guestKind === 'eng' ? interMix.guest : interMix.guest.filter((x) => x[0][1] !== RES.ado));
        interactive(u, utc(d, h0 + i * r.real(0.5, 3), u.tz), place, dev, app, res);
      }
      for (let i = r.poisson(1.6); i > 0; i--) {
        const opt = u.guestKind === 'eng' && r.chance(0.5) ? [APPS.vscode, RES.ado, NATIVE_UA.vscode] : [APPS.teams, RES.teamsSvc, dev.os === 'mac' ? NATIVE_UA.teamsMac : NATIVE_UA.teamsWin];
        nonInteractive(u, utc(d, h0 + r.next() * 8, u.tz), place, dev, opt[0], opt[1], opt[2]);
      }
      if (u.guestKind === 'eng' && r.chance(0.012)) log.signin({ u, t: utc(d, h0 + 2, u.tz), app: APPS.portal, res: RES.arm, place, dev, inter: true, err: 53003, auth: 'ext' });
    }
  }

  // ---- shared demo accounts (sales engineers, single factor: excluded from MFA) ----
  const ses = members.filter((u) => u.group === 'sales');
  for (const dmo of demoUsers) {
    const users = r.sample(ses, 10);
    for (let d = 0; d < DAYS; d++) {
      if (isWeekend(d)) continue;
      for (let i = r.poisson(2.2); i > 0; i--) {
        const se = r.pick(users); const c = dayCtx(se, d);
        if (!c.lap) continue;
        const h = se.start + 1 + r.next() * 7;
        const t = utc(d, h, c.tz);
        const place = lapAt(c, h);
        const dev = { ...lapDev(se, d) };
        if (r.chance(0.08)) log.signin({ u: dmo, t: t - 40000, app: CUSTOM.console, res: CUSTOM.console, place, dev, inter: true, err: 50126, auth: 'pw-fail' });
        const [app, res] = r.weighted([[[CUSTOM.console, CUSTOM.console], 5], [[APPS.officeHome, { id: APPS.officeHome.id, name: 'OfficeHome' }], 2], [[APPS.teamsWeb, RES.teamsSvc], 1]]);
        log.signin({ u: dmo, t, app, res, place, dev, inter: true, auth: 'pw' });
        for (let k = r.int(0, 3); k > 0; k--) log.signin({ u: dmo, t: t + r.int(2, 50) * MIN, app: APPS.officeHome, res: RES.graph, place, dev, inter: false, auth: 'prevSfa', tokenType: 'refreshToken' });
      }
    }
  }

  // ---- service accounts (ROPC from automation VMs) ----
  const svcU = (n) => T.users.find((u) => u.upn.startsWith(n + '@'));
  const statuspage = svcU('svc-statuspage'), jira = svcU('svc-jira-sync'), backup = svcU('svc-backup-report'), kiosk = svcU('svc-kiosk-lobby');
  const ropcUa = 'python-requests/2.31.0';
  for (let d = 0; d < DAYS; d++) {
    for (let h = 0; h < 24; h++) {
      log.signin({ u: statuspage, t: T0 + d * DAY + h * HOUR + r.int(60, 240) * 1000, app: CUSTOM.statuspage, res: RES.graph, place: S.automationVm, dev: null, ua: ropcUa, inter: true, auth: 'pw', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients' });
      if (h % 2 === 0) log.signin({ u: jira, t: T0 + d * DAY + h * HOUR + r.int(1200, 1500) * 1000, app: CUSTOM.jirasync, res: RES.exo, place: S.automationVm, dev: null, ua: 'Apache-HttpClient/4.5.14 (Java/17.0.13)', inter: true, auth: 'pw', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients' });
    }
    const tb = T0 + d * DAY + 2 * HOUR + r.int(0, 300) * 1000;
    if (d === 6 || d === 7) { for (let k = 0; k < (d === 6 ? 3 : 1); k++) log.signin({ u: backup, t: tb + k * 600000, app: CUSTOM.backup, res: RES.graph, place: S.backupVm, dev: null, ua: 'PowerShell/7.4.6', inter: true, err: 50126, auth: 'pw-fail', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients' }); }
    else log.signin({ u: backup, t: tb, app: CUSTOM.backup, res: RES.graph, place: S.backupVm, dev: null, ua: 'PowerShell/7.4.6', inter: true, auth: 'pw', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients' });
    if (!isWeekend(d)) log.signin({ u: kiosk, t: T0 + d * DAY + 6 * HOUR + r.int(0, 900) * 1000, app: APPS.teamsWeb, res: RES.teamsSvc, place: S.hq[0], dev: null, ua: UA.winEdge[0], inter: true, auth: 'pw' });
  }
  // backup account password rotated by an admin on day 6 (job fails until the vault is updated on day 8)
  log.audit({ t: T0 + 5 * DAY + 15 * HOUR, cat: 'UserManagement', act: 'Reset user password', type: 'Update', by: { user: idAdmins[0], ip: hdIp(idAdmins[0], 5) }, targets: [tUser(backup)] });

  // ---- third-party apps users consent to (verified publishers, low-impact scopes) ----
  const consented = new Set();
  for (const u of r.sample(members.filter((x) => x.leaveDay === undefined && x.joinDay === undefined), 20)) {
    const app = r.pick(CONSENT_APPS);
    const d = r.int(0, 12); if (isWeekend(d)) continue;
    const c = dayCtx(u, d); if (!c.lap) continue;
    const t = utc(d, u.start + 2 + r.next() * 5, c.tz);
    const place = lapAt(c, u.start + 3);
    const a = { id: app.id, name: app.name };
    app.spId = app.spId || r.uuid();
    log.signin({ u, t: t - 20000, app: a, res: RES.graph, place, dev: lapDev(u, d), inter: true, err: 65001, auth: 'prev' });
    log.signin({ u, t, app: a, res: RES.graph, place, dev: lapDev(u, d), inter: true, auth: 'prev' });
    consentAudit(u, place.ip, t + 5000, app, false);
    for (let dd = d; dd < DAYS; dd++) {
      for (let k = r.poisson(1.5); k > 0; k--) log.signin({ u, t: T0 + dd * DAY + r.int(0, 86399) * 1000, app: a, res: RES.graph, place: r.pick(S.vendor[app.name]), dev: null, ua: '', inter: false, auth: 'prev', tokenType: 'refreshToken', scopes: app.scopes.split(' ') });
    }
  }
  function consentAudit(u, ip, t, app, admin) {
    const corr = r.uuid();
    const by = { user: u, ip };
    const grant = `[Id: ${r.b64url(32)}, ClientId: ${app.spId}, PrincipalId: ${admin ? '' : u.id}, ResourceId: ${T.graphSpId}, ConsentType: ${admin ? 'AllPrincipals' : 'Principal'}, Scope: ${app.scopes}, CreatedDateTime: , LastModifiedDateTime ]`;
    if (!consented.has(app.name)) {
      consented.add(app.name);
      log.audit({ t: t - 1500, cat: 'ApplicationManagement', act: 'Add service principal', type: 'Add', by, targets: [tSp({ name: app.name, spId: app.spId }, [['AccountEnabled', '[]', '[true]'], ['AppPrincipalId', '[]', js([app.id])], ['DisplayName', '[]', js([app.name])], ['ServicePrincipalName', '[]', js([app.id])], ['Included Updated Properties', null, '"AccountEnabled, AppPrincipalId, DisplayName, ServicePrincipalName"']])], corr });
    }
    log.audit({ t: t - 800, cat: 'ApplicationManagement', act: 'Add delegated permission grant', type: 'Assign', by, targets: [tSp({ name: 'Microsoft Graph', spId: T.graphSpId }, [['DelegatedPermissionGrant.Scope', '""', js(` ${app.scopes}`)], ['DelegatedPermissionGrant.ConsentType', '""', js(admin ? 'AllPrincipals' : 'Principal')], ['ServicePrincipal.ObjectID', '""', js(app.spId)], ['ServicePrincipal.DisplayName', '""', js(app.name)], ['ServicePrincipal.AppId', '""', js(app.id)]]), tSp({ name: app.name, spId: app.spId })], corr });
    log.audit({ t, cat: 'ApplicationManagement', act: 'Consent to application', type: 'Assign', by, targets: [tSp({ name: app.name, spId: app.spId }, [['ConsentContext.IsAdminConsent', null, js(admin ? 'True' : 'False')], ['ConsentContext.IsAppOnly', null, js('False')], ['ConsentContext.OnBehalfOfAll', null, js(admin ? 'True' : 'False')], ['ConsentContext.Tags', null, js('WindowsAzureActiveDirectoryIntegratedApp')], ['ConsentAction.Permissions', null, js(`[] => [${grant}]; `)], ['TargetId.ServicePrincipalNames', null, js(app.id)]])], details: [['User-Agent', '']], corr });
  }
  T.helpers.consentAudit = consentAudit;

  // ================= audit: admin work, automation, lifecycle =================
  function hdIp(a, d) { const c = dayCtx(a, Math.min(d, DAYS - 1)); return c.lap ? c.lap.day.ip : homeAt(a, d).ip; }
  T.helpers.hdIp = hdIp;
  const adminUa = UA.winEdge[0];
  for (let d = 0; d < DAYS; d++) {
    const wk = isWeekend(d);
    // Workday-driven attribute changes
    for (let i = r.poisson(wk ? 14 : 95); i > 0; i--) {
      const u = r.pick(members);
      const [prop, o, n] = r.pick([['JobTitle', '"Software Engineer"', '"Senior Software Engineer"'], ['Department', '"Customer Success"', '"Sales"'], ['Manager', null, null], ['OfficeLocation', '"Remote"', '"Remote - ' + u.cc + '"'], ['MobilePhone', '[]', '["+XX XXX XXX XX' + r.int(10, 99) + '"]'], ['Surname', js(u.last), js(u.last)], ['extensionAttribute3', '[]', '["CC-' + r.int(100, 999) + '"]']]);
      const corr = r.uuid();
      if (prop === 'Manager') {
        const m = r.pick(members);
        log.audit({ t: T0 + d * DAY + r.int(0, 86399) * 1000, cat: 'UserManagement', act: 'Update user', type: 'Update', by: { app: WORKDAY_PROV }, targets: [tUser(u, [['Included Updated Properties', null, '"Manager"']]), tUser(m)], corr, details: [['UserType', 'Member']] });
      } else log.audit({ t: T0 + d * DAY + r.int(0, 86399) * 1000, cat: 'UserManagement', act: 'Update user', type: 'Update', by: { app: WORKDAY_PROV }, targets: [tUser(u, [[prop, `[${o ?? ''}]`.replace('[[', '[').replace(']]', ']'), `[${n ?? ''}]`.replace('[[', '[').replace(']]', ']')], ['Included Updated Properties', null, js(prop)]])], corr, details: [['UserType', 'Member']] });
    }
    // Intune compliance updates
    for (let i = r.poisson(wk ? 18 : 58); i > 0; i--) {
      const u = r.pick(members); const dev = lapDev(u, d); if (!dev.managed) continue;
      dev.objId = dev.objId || r.uuid();
      log.audit({ t: T0 + d * DAY + r.int(0, 86399) * 1000, cat: 'Device', act: 'Update device', type: 'Update', by: { app: INTUNE }, targets: [tDevice(dev, [['IsCompliant', '[true]', '[true]'], ['IsManaged', '[true]', '[true]'], ['Included Updated Properties', null, '"IsCompliant, IsManaged"']])] });
    }
    if (wk) continue;
    // licence and group changes by admins
    for (let i = r.poisson(30); i > 0; i--) {
      const a = r.pick(admins), u = r.pick(members), g = r.pick(groups);
      const t = utc(d, a.start + r.next() * 8, a.tz);
      const add = r.chance(0.7);
      log.audit({ t, cat: 'GroupManagement', act: add ? 'Add member to group' : 'Remove member from group', type: add ? 'Assign' : 'Unassign', by: { user: a, ip: hdIp(a, d) }, targets: [tUser(u, [['Group.ObjectID', add ? null : js(g.id), add ? js(g.id) : null], ['Group.DisplayName', add ? null : js(g.name), add ? js(g.name) : null]]), tGroup(g)], ua: adminUa });
    }
    for (let i = r.poisson(12); i > 0; i--) {
      const a = r.pick(admins), u = r.pick(members);
      log.audit({ t: utc(d, a.start + r.next() * 8, a.tz), cat: 'UserManagement', act: 'Change user license', type: 'Update', by: { user: a, ip: hdIp(a, d) }, targets: [tUser(u)], ua: adminUa });
    }
    for (let i = r.poisson(9); i > 0; i--) {
      const a = r.pick(admins), u = r.pick(members), app = r.pick(Object.values(SAAS));
      log.audit({ t: utc(d, a.start + r.next() * 8, a.tz), cat: 'UserManagement', act: 'Add app role assignment grant to user', type: 'Assign', by: { user: a, ip: hdIp(a, d) }, targets: [tSp({ name: app.name, spId: app.id }, [['AppRole.Id', null, js('00000000-0000-0000-0000-000000000000')], ['AppRole.Value', null, null], ['User.UPN', null, js(u.upn)]]), tUser(u)], ua: adminUa });
    }
    // helpdesk password resets
    for (let i = r.poisson(2.5); i > 0; i--) {
      const a = r.pick(helpdesk), u = r.pick(members.filter((x) => x.group !== 'it'));
      const t = utc(d, a.start + r.next() * 8, a.tz);
      log.audit({ t, cat: 'UserManagement', act: 'Reset user password', type: 'Update', by: { user: a, ip: hdIp(a, d) }, targets: [tUser(u)], ua: adminUa });
      const c = dayCtx(u, d);
      if (c.lap) { interactive(u, t + r.int(5, 40) * MIN, c.lap.day, lapDev(u, d), APPS.officeHome, { id: APPS.officeHome.id, name: 'OfficeHome' }, { forceMfa: true }); log.audit({ t: t + r.int(41, 60) * MIN, cat: 'UserManagement', act: 'Change user password', type: 'Update', by: { user: u, ip: c.lap.day.ip }, targets: [tUser(u)] }); }
    }
    // PIM activations by identity admins
    for (const a of idAdmins) {
      if (!r.chance(0.8)) continue;
      const role = r.pick(a.roles); const t = utc(d, a.start + r.next() * 3, a.tz); const corr = r.uuid();
      pimActivate(a, role, t, hdIp(a, d), corr);
    }
    // app registration work, admin consents, CA tweaks
    if (r.chance(0.35)) {
      const a = r.pick(idAdmins), eng = r.pick(members.filter((u) => u.group === 'eng'));
      const name = `${r.pick(['feature-flags', 'ml-scoring', 'release-bot', 'qa-harness', 'docs-preview', 'metrics-exporter'])}-${r.alnum(3).toLowerCase()}`;
      const app = { name, id: r.uuid(), objId: r.uuid(), spId: r.uuid() };
      const t = utc(d, a.start + 2 + r.next() * 5, a.tz), corr = r.uuid(), ip = hdIp(a, d);
      log.audit({ t, cat: 'ApplicationManagement', act: 'Add application', type: 'Add', by: { user: a, ip }, targets: [tApp(app, [['AppId', '[]', js([app.id])], ['DisplayName', '[]', js([name])], ['Included Updated Properties', null, '"AppId, DisplayName"']])], corr, ua: adminUa });
      log.audit({ t: t + 1200, cat: 'ApplicationManagement', act: 'Add service principal', type: 'Add', by: { user: a, ip }, targets: [tSp(app, [['AppPrincipalId', '[]', js([app.id])], ['DisplayName', '[]', js([name])]])], corr, ua: adminUa });
      log.audit({ t: t + 60000, cat: 'ApplicationManagement', act: 'Add owner to application', type: 'Assign', by: { user: a, ip }, targets: [tUser(eng), tApp(app)], ua: adminUa });
      // the engineer owner creates the first secret later that day (first credential)
      const ce = dayCtx(eng, d);
      if (ce.lap) log.audit({ t: t + r.int(30, 240) * MIN, cat: 'ApplicationManagement', act: 'Update application – Certificates and secrets management ', type: 'Update', by: { user: eng, ip: ce.lap.day.ip }, targets: [tApp(app, [['KeyDescription', '[]', keyDesc([{ id: r.uuid(), name: 'local-dev' }])], ['Included Updated Properties', null, '"KeyDescription"']])], ua: ce.lap.day.kind === 'cloud' ? 'python/3.12.8 AZURECLI/2.68.0' : lapDev(eng, d).ua });
    }
    if (d === 3 || d === 9) {
      const a = idAdmins[2]; const p = log.policies[d === 3 ? 3 : 4];
      log.audit({ t: utc(d, 14, a.tz), cat: 'Policy', act: 'Update conditional access policy', type: 'Update', by: { user: a, ip: hdIp(a, d) }, targets: [tPolicy(p, [['ConditionalAccessPolicy', js({ id: p.id, displayName: p.displayName, state: 'enabledForReportingButNotEnforced' }), js({ id: p.id, displayName: p.displayName, state: 'enabledForReportingButNotEnforced', conditions: { users: { excludeGroups: [G('VPN Exception').id] } } })]])], ua: adminUa });
    }
    if (d === 2 || d === 8) {
      const a = idAdmins[1]; const saas = d === 2 ? { id: SAAS.figma.id, name: 'Figma', spId: r.uuid(), scopes: 'User.Read openid profile email' } : { id: SAAS.gong.id, name: 'Gong', spId: r.uuid(), scopes: 'Calendars.Read User.Read.All offline_access' };
      consentAudit(a, hdIp(a, d), utc(d, 11, a.tz), saas, true);
    }
    // helpdesk: lost / replaced phones (method reset + TAP, then the user re-registers from home)
    if (r.chance(0.4)) {
      const a = r.pick(helpdesk); const u = r.pick(members.filter((x) => x.phone && x.group !== 'it' && x.leaveDay === undefined && x.joinDay === undefined));
      const c = dayCtx(u, d);
      if (c.lap) {
        const t = utc(d, u.start + 1 + r.next() * 4, c.tz), ip = hdIp(a, d);
        log.audit({ t, cat: 'UserManagement', act: 'Admin deleted security info', type: 'Delete', svc: 'Authentication Methods', reason: 'Admin deleted Authenticator App with Notification and Code for user', by: { user: a, ip }, targets: [tUser(u)], ua: adminUa });
        log.audit({ t: t + 60000, cat: 'UserManagement', act: 'Admin registered security info', type: 'Add', svc: 'Authentication Methods', reason: 'Admin registered temporary access pass method for user', by: { user: a, ip }, targets: [tUser(u)], ua: adminUa });
        const p = c.lap.day; const t2 = t + r.int(6, 25) * MIN;
        log.signin({ u, t: t2, app: APPS.mySignins, res: RES.mySignins, place: p, dev: lapDev(u, d), inter: true, auth: 'tap' });
        log.audit({ t: t2 + 3 * MIN, cat: 'UserManagement', act: 'User registered security info', type: 'Add', svc: 'Authentication Methods', reason: 'User registered Authenticator App with Notification and Code', by: { user: u, ip: p.ip }, targets: [tUser(u)] });
        u.phone = mkPhone(r, u);
      }
    }
  }
  // secret rotation by automation on day 3 and 10 (add new, then remove the old one)
  for (const d of [3, 10]) {
    for (const app of APPREGS) {
      const t = T0 + d * DAY + 1 * HOUR + r.int(0, 1800) * 1000;
      const nk = { id: r.uuid(), name: `rotated-2026-02-${String(2 + d).padStart(2, '0')}` };
      log.audit({ t, cat: 'ApplicationManagement', act: 'Update application – Certificates and secrets management ', type: 'Update', by: { app: ROTATOR }, targets: [tApp(app, [['KeyDescription', keyDesc(app.keys), keyDesc([...app.keys, nk])], ['Included Updated Properties', null, '"KeyDescription"']])], ua: 'azsdk-python-identity/1.19.0 Python/3.11.11 (Linux-5.15.0-1079-azure-x86_64-with-glibc2.35)' });
      log.audit({ t: t + 15 * MIN, cat: 'ApplicationManagement', act: 'Update application – Certificates and secrets management ', type: 'Update', by: { app: ROTATOR }, targets: [tApp(app, [['KeyDescription', keyDesc([...app.keys, nk]), keyDesc([nk])], ['Included Updated Properties', null, '"KeyDescription"']])], ua: 'azsdk-python-identity/1.19.0 Python/3.11.11 (Linux-5.15.0-1079-azure-x86_64-with-glibc2.35)' });
      app.keys = [nk];
    }
  }
  function pimActivate(a, role, t, ip, corr) {
    log.audit({ t, cat: 'RoleManagement', act: 'Add member to role requested (PIM activation)', type: 'Assign', svc: 'PIM', reason: r.pick(['Ticket INC-' + r.int(10000, 99999), 'App registration request', 'User support', 'Routine admin work']), by: { user: a, ip }, targets: [tRole(role, ROLE_ID[role]), tUser(a)], corr, ua: adminUa });
    log.audit({ t: t + r.int(5, 40) * 1000, cat: 'RoleManagement', act: 'Add member to role completed (PIM activation)', type: 'Assign', svc: 'PIM', by: { app: MS_PIM }, targets: [tRole(role, ROLE_ID[role]), tUser(a)], corr, details: [['StartTime', new Date(t).toISOString()], ['ExpirationTime', new Date(t + 8 * HOUR).toISOString()]] });
  }
  T.helpers.pimActivate = pimActivate;

  // joiners: account creation before the first day
  for (const u of members.filter((x) => x.joinDay !== undefined)) {
    const t = T0 + Math.max(0, u.joinDay - 2) * DAY + r.int(8, 10) * HOUR;
    const corr = r.uuid();
    log.audit({ t, cat: 'UserManagement', act: 'Add user', type: 'Add', by: { app: WORKDAY_PROV }, targets: [tUser(u, [['AccountEnabled', '[]', '[true]'], ['DisplayName', '[]', js([u.name])], ['UserPrincipalName', '[]', js([u.upn])], ['Department', '[]', js([u.dept])], ['Included Updated Properties', null, '"AccountEnabled, DisplayName, UserPrincipalName, Department"']])], corr });
    for (const g of [G('All Staff'), G('M365 E3 Licensed')]) log.audit({ t: t + r.int(60, 600) * 1000, cat: 'GroupManagement', act: 'Add member to group', type: 'Assign', by: { app: WORKDAY_PROV }, targets: [tUser(u, [['Group.ObjectID', null, js(g.id)], ['Group.DisplayName', null, js(g.name)]]), tGroup(g)] });
  }
  // leavers: disabled by HR provisioning, sessions revoked, removed from groups
  for (const u of members.filter((x) => x.leaveDay !== undefined)) {
    const t = utc(u.leaveDay, 17 + r.next(), u.tz);
    log.audit({ t, cat: 'UserManagement', act: 'Disable account', type: 'Update', by: { app: WORKDAY_PROV }, targets: [tUser(u, [['AccountEnabled', '[true]', '[false]'], ['Included Updated Properties', null, '"AccountEnabled"']])] });
    log.audit({ t: t + 2000, cat: 'UserManagement', act: 'Update user', type: 'Update', by: { app: WORKDAY_PROV }, targets: [tUser(u, [['AccountEnabled', '[true]', '[false]'], ['Included Updated Properties', null, '"AccountEnabled"']])], details: [['UserType', 'Member']] });
    const a = r.pick(helpdesk);
    const t2 = t + r.int(20, 180) * MIN;
    log.audit({ t: t2, cat: 'UserManagement', act: 'Update StsRefreshTokenValidFrom Timestamp', type: 'Update', by: { user: a, ip: hdIp(a, u.leaveDay) }, targets: [tUser(u, [['StsRefreshTokensValidFrom', '[]', js([new Date(t2).toISOString()])]])], ua: adminUa });
    log.audit({ t: t2 + 120000, cat: 'UserManagement', act: 'Admin deleted security info', type: 'Delete', svc: 'Authentication Methods', reason: 'Admin deleted Authenticator App with Notification and Code for user', by: { user: a, ip: hdIp(a, u.leaveDay) }, targets: [tUser(u)], ua: adminUa });
    for (const g of r.sample(groups, 3)) log.audit({ t: t2 + r.int(3, 30) * MIN, cat: 'GroupManagement', act: 'Remove member from group', type: 'Unassign', by: { user: a, ip: hdIp(a, u.leaveDay) }, targets: [tUser(u, [['Group.ObjectID', js(g.id), null], ['Group.DisplayName', js(g.name), null]]), tGroup(g)], ua: adminUa });
  }
  // SSPR and self-service password changes; MFA method changes
  for (const u of r.sample(members.filter((x) => x.leaveDay === undefined && x.joinDay === undefined && x.group !== 'it'), 40)) {
    const d = r.int(0, 13); const c = dayCtx(u, d); if (!c.lap) continue;
    const t = utc(d, u.start + r.next() * 6, c.tz); const p = lapAt(c, u.start + 1);
    const kind = r.weighted([['sspr', 45], ['change', 25], ['method', 30]]);
    if (kind === 'sspr') {
      for (let i = r.int(2, 4); i > 0; i--) log.signin({ u, t: t - i * r.int(30, 120) * 1000, app: APPS.officeHome, res: { id: APPS.officeHome.id, name: 'OfficeHome' }, place: p, dev: lapDev(u, d), inter: true, err: 50126, auth: 'pw-fail' });
      const corr = r.uuid();
      log.audit({ t: t + 2 * MIN, cat: 'UserManagement', act: 'Self-service password reset flow activity progress', type: 'Update', svc: 'Self-service Password Management', reason: 'User successfully verified their identity using Mobile app notification', by: { user: u, ip: p.ip }, targets: [tUser(u)], corr });
      log.audit({ t: t + 3 * MIN, cat: 'UserManagement', act: 'Reset password (self-service)', type: 'Update', svc: 'Self-service Password Management', reason: 'Successfully completed reset.', by: { user: u, ip: p.ip }, targets: [tUser(u)], corr });
      interactive(u, t + 5 * MIN, p, lapDev(u, d), APPS.officeHome, { id: APPS.officeHome.id, name: 'OfficeHome' }, { forceMfa: true });
      if (u.phone) for (let i = r.int(1, 3); i > 0; i--) log.signin({ u, t: t + r.int(10, 200) * MIN, app: APPS.outlookMobile, res: RES.exo, place: c.phoneMobile, dev: u.phone, ua: u.phone.os === 'ios' ? NATIVE_UA.outlookIos : NATIVE_UA.outlookAndroid, inter: false, err: 50173, auth: 'none', tokenType: 'refreshToken' });
    } else if (kind === 'change') {
      log.audit({ t, cat: 'UserManagement', act: 'Change user password', type: 'Update', by: { user: u, ip: p.ip }, targets: [tUser(u)] });
      log.signin({ u, t: t + r.int(30, 300) * MIN, app: APPS.teams, res: RES.teamsSvc, place: p, dev: lapDev(u, d), ua: NATIVE_UA.teamsWin, inter: false, err: 50133, auth: 'none', tokenType: 'refreshToken' });
    } else {
      log.signin({ u, t, app: APPS.mySignins, res: RES.mySignins, place: p, dev: lapDev(u, d), inter: true, auth: 'mfa', mfaM: mfaM(u) });
      log.audit({ t: t + 2 * MIN, cat: 'UserManagement', act: 'User registered security info', type: 'Add', svc: 'Authentication Methods', reason: r.pick(['User registered Authenticator App with Notification and Code', 'User registered Mobile Phone SMS', 'User registered Fido2 Security Key']), by: { user: u, ip: p.ip }, targets: [tUser(u)] });
      if (r.chance(0.5)) log.audit({ t: t + 3 * MIN, cat: 'UserManagement', act: 'User changed default security info', type: 'Update', svc: 'Authentication Methods', reason: 'User changed default security info', by: { user: u, ip: p.ip }, targets: [tUser(u)] });
    }
  }
  // guest invitations for new contractors (redeemed from their own networks)
  const newGuests = T.users.filter((u) => u.kind === 'guest').slice(-6);
  newGuests.forEach((g, i) => {
    const a = r.pick(idAdmins); const d = 1 + i * 2; const t = utc(d, 10, a.tz);
    log.audit({ t, cat: 'UserManagement', act: 'Invite external user', type: 'Add', svc: 'Invited Users', by: { user: a, ip: hdIp(a, d) }, targets: [tUser(g)], details: [['invitedUserEmailAddress', g.upn]], ua: adminUa });
    log.audit({ t: t + r.int(2, 20) * HOUR, cat: 'UserManagement', act: 'Redeem external user invite', type: 'Update', svc: 'Invited Users', by: { user: g, ip: homeAt(g, d).ip }, targets: [tUser(g)] });
  });
}
