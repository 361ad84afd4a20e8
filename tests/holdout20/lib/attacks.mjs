// The planted scenarios. Each writes its sign-ins / audit records through A.si / A.au (kept apart from the benign
// counts) and returns its truth entry: the users and addresses an investigator would name, and when it happened.
import { BAD, NETS, APPS, RES, UA, ipIn, ep, CA, TENANT } from './world.mjs';
import { jv } from './emit.mjs';
import { HOUR, DAY, MIN, T0, T1 } from './benign.mjs';

/** When scenario 8 switches CA001 to report-only (the benign sign-ins after it show the report-only results). */
export const CA_TAMPER_T = T0 + 12 * DAY + (21.2 - 1) * HOUR + 9 * MIN;

const isoZ = (t) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
const unmanaged = (os = 'Windows10', browser = 'Chrome 131.0.0') => ({ deviceId: '', displayName: '', os, browser, isCompliant: false, isManaged: false, trustType: '' });

export function generateAttacks(G, A) {
  const { rng } = A; const { people } = G;
  const free = (pred) => people.filter((p) => !p.story && !p.victim && pred(p));
  const take = (pred) => { const p = rng.pick(free(pred)); p.victim = true; return p; };
  const admins = people.filter((p) => p.kind === 'admin');
  const scenarios = [];
  const S = (name, description, users, ips, start, end, technique) => scenarios.push({ name, description, technique, users: users.map((u) => u.upn ?? u), ips, start: isoZ(start), end: isoZ(Math.min(end, T1 - 1000)) });
  const nonint = (o) => A.si({ interactive: false, ...o });
  const inter = (o) => A.si({ interactive: true, ...o });

  // 1 ─ AiTM phishing of a travelling wealth manager; proxy and replay from AWS me-central-1 (UAE), same country as the trip
  {
    const wm = take((p) => p.kind === 'wm' && p.site !== 'sg' && p.site !== 'dxb' && (p.trips || []).some((t) => t.dest === 'dubai' && t.d1 - t.d0 >= 2 && t.d0 + 1 < 13));
    const trip = wm.trips.find((t) => t.dest === 'dubai' && t.d1 - t.d0 >= 2);
    const d = trip.d0 + 1;
    const proxy = ep(rng, BAD.awsUae), replay = ep(rng, BAD.awsUae);
    const t = G.L(4, d, 8.7);
    const sess = rng.uuid();
    inter({ t, user: wm, ep: proxy, dev: unmanaged('Windows10', 'Edge 131.0.0'), ua: UA.winEdge, app: APPS.office, res: RES.officeHome, auth: 'pwd_mfa', session: sess });
    inter({ t: t + 40_000, user: wm, ep: proxy, dev: unmanaged('Windows10', 'Edge 131.0.0'), ua: UA.winEdge, app: APPS.owa, res: RES.exo, auth: 'prev', session: sess });
    let tt = t + 14 * MIN;
    for (let i = 0; i < 16; i++) {
      const [app, res] = rng.pick([[APPS.owa, RES.exo], [APPS.owa, RES.graph], [APPS.office, RES.spo], [APPS.office, RES.graph]]);
      nonint({ t: tt, user: wm, ep: replay, dev: unmanaged('Windows10', 'Chrome 131.0.0'), ua: UA.winChrome, app, res, session: sess });
      tt += (i < 8 ? rng.int(6, 20) : rng.int(60, 240)) * MIN;
    }
    const treg = t + 52 * MIN;
    inter({ t: treg - 2 * MIN, user: wm, ep: replay, dev: unmanaged('Windows10', 'Chrome 131.0.0'), ua: UA.winChrome, app: APPS.mySignins, res: RES.graph, auth: 'prev', session: sess });
    A.au({ t: treg, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', actor: { user: wm, ip: replay.ip }, targets: [{ id: wm.id, displayName: wm.name, type: 'User', upn: wm.upn }] });
    S('aitm-travelling-wm-dubai', `Wealth manager ${wm.upn} on a trip to Dubai is phished through an AiTM proxy on AWS me-central-1; the stolen session is replayed from a second AWS UAE address and a new Authenticator is registered`, [wm], [proxy.ip, replay.ip], t, tt, 'AiTM session theft');
  }

  // 2 ─ low-and-slow password spray from residential proxies; the MFA-excluded shared mailbox falls
  {
    const nets = [BAD.vivoBr, BAD.viettel, BAD.vnpt, BAD.telkom, BAD.ttnet, BAD.tedata, BAD.trueTh, BAD.telmex, BAD.telecomAr, BAD.pldt, BAD.claroCo];
    const ips = Array.from({ length: 64 }, (_, i) => ep(rng, nets[i % nets.length]));
    const targets = rng.sample(people.filter((p) => p.userType === 'member' && p.kind !== 'svc' && p.kind !== 'room' && p.kind !== 'admin' && p.story !== 'joiner'), 210);
    const shared = people.find((p) => p.role === 'shared');
    shared.victim = true;
    const start = T0 + 4 * DAY + 1.2 * HOUR;
    const uas = [UA.winChrome, UA.winEdge, UA.macChrome, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0'];
    let last = start;
    for (let k = 0; k < targets.length * 2; k++) {
      const u = targets[k % targets.length];
      const src = ips[rng.int(0, ips.length - 1)];
      const t = start + (k / (targets.length * 2)) * 2.6 * DAY + rng.int(0, 40) * MIN;
      const err = rng.chance(0.04) ? 50053 : 50126;
      inter({ t, user: u, ep: src, dev: unmanaged(), ua: rng.pick(uas), app: APPS.office, res: RES.officeHome, auth: err === 50053 ? 'pwd_locked' : 'pwd_fail', err, signInId: u.upn });
      last = Math.max(last, t);
    }
    // the shared mailbox: tried twice, then the password works
    const winIp = ips[17];
    const tf = start + 1.9 * DAY;
    inter({ t: tf - 9 * HOUR, user: shared, ep: ips[5], dev: unmanaged(), ua: uas[0], app: APPS.office, res: RES.officeHome, auth: 'pwd_fail', err: 50126 });
    inter({ t: tf, user: shared, ep: winIp, dev: unmanaged(), ua: uas[1], app: APPS.office, res: RES.officeHome, auth: 'pwd' });
    inter({ t: tf + 90_000, user: shared, ep: winIp, dev: unmanaged(), ua: uas[1], app: APPS.owa, res: RES.exo, auth: 'pwd' });
    let tt = tf + 5 * MIN;
    for (let i = 0; i < 9; i++) { nonint({ t: tt, user: shared, ep: winIp, dev: unmanaged(), ua: uas[1], app: APPS.owa, res: RES.exo, mfaClaim: false }); tt += rng.int(4, 15) * MIN; }
    S('residential-spray-shared-mailbox-falls', `Password spray from 64 residential-proxy addresses in 11 countries over ~3 days (about two tries per account across ${targets.length} accounts); the MFA-excluded shared mailbox ${shared.upn} falls and its mailbox is read from the winning address`, [shared], ips.map((x) => x.ip), start, Math.max(last, tt), 'password spray');
  }

  // 3 ─ OAuth consent phishing: a "document signing" app gets Mail.ReadWrite + offline_access; the app's backend refreshes from OVH
  {
    const v = take((p) => p.kind === 'staff' && p.site === 'gva');
    const appId = '7d3f5a9e-2c41-4b8e-9f06-1e2d3c4b5a69', nm = 'DocuSafe eSign Portal', attackerTenant = '0e4c9b7a-51d3-4f28-86ae-3b9d2c7f1e05';
    const t = G.L(1, 8, 10.2);
    const office = ep(rng, v.office, v.officeIp);
    const scopes = ['Mail.ReadWrite', 'offline_access', 'User.Read', 'openid', 'profile'];
    inter({ t, user: v, ep: office, dev: v.laptop, ua: UA.winEdge, app: [appId, nm], res: RES.graph, auth: 'prev', appOwner: attackerTenant, scopes });
    const sp = rng.uuid();
    A.au({ t: t + 20_000, activity: 'Add service principal', category: 'ApplicationManagement', opType: 'Add', actor: { user: v, ip: office.ip }, targets: [{ id: sp, displayName: nm, type: 'ServicePrincipal', mods: [['AppPrincipalId', null, jv(appId)], ['DisplayName', null, jv(nm)]] }] });
    A.au({ t: t + 21_000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', opType: 'Assign', actor: { user: v, ip: office.ip }, targets: [{ id: rng.uuid(), displayName: 'Microsoft Graph', type: 'ServicePrincipal', mods: [['DelegatedPermissionGrant.Scope', null, jv(' Mail.ReadWrite offline_access User.Read openid profile')], ['DelegatedPermissionGrant.ConsentType', null, jv('Principal')], ['ServicePrincipal.ObjectID', null, jv(sp)]] }] });
    A.au({ t: t + 22_000, activity: 'Consent to application', category: 'ApplicationManagement', opType: 'Assign', actor: { user: v, ip: office.ip }, targets: [{ id: sp, displayName: nm, type: 'ServicePrincipal', mods: [['ConsentContext.IsAdminConsent', null, jv('False')], ['ConsentContext.IsAppOnly', null, jv('False')], ['ConsentContext.OnBehalfOfAll', null, jv('False')], ['ConsentAction.Permissions', null, jv(`[] => [[Id: ${rng.b64url(32)}, ClientId: ${sp}, PrincipalId: ${v.id}, ResourceId: ${rng.uuid()}, ConsentType: Principal, Scope: Mail.ReadWrite offline_access User.Read openid profile, CreatedDateTime: , LastModifiedDateTime ]]; `)], ['TargetId.ServicePrincipalNames', null, jv(appId)]] }], details: [['User-Agent', UA.winEdge], ['AppId', appId]] });
    const o1 = ep(rng, BAD.ovh), o2 = ep(rng, BAD.ovh);
    let tt = t + 11 * MIN;
    while (tt < T1 - HOUR) {
      nonint({ t: tt, user: v, ep: rng.chance(0.7) ? o1 : o2, dev: unmanaged('', ''), ua: 'DocuSafeSync/2.3 (+https://docusafe-esign.com)', app: [appId, nm], res: RES.graph, appOwner: attackerTenant, scopes: ['Mail.ReadWrite', 'User.Read'], mfaClaim: true });
      tt += rng.int(35, 110) * MIN;
    }
    S('consent-phish-docsign-app', `${v.upn} consents to the multi-tenant app "${nm}" (Mail.ReadWrite, offline_access); the app keeps refreshing her delegated token from two OVH addresses until the end of the window`, [v], [o1.ip, o2.ip], t, tt, 'illicit consent grant');
  }

  // 4 ─ device-code phishing of an intern; the attacker redeems from DigitalOcean AMS and registers a device
  {
    const v = take((p) => p.kind === 'intern' && p.site === 'zrh');
    const t = G.L(1, 9, 14.1);
    const office = ep(rng, v.office, v.officeIp);
    const atk = ep(rng, BAD.doAms);
    inter({ t, user: v, ep: office, dev: unmanaged('Windows10', 'Edge 131.0.0'), ua: UA.winEdge, app: APPS.broker, res: RES.drs, auth: 'pwd_mfa', protocol: 'deviceCode', transfer: 'deviceCodeFlow' });
    const rogue = { deviceId: rng.uuid(), displayName: 'DESKTOP-7QK3M2P', os: 'Windows10', browser: 'Rich Client 4.61.0', isCompliant: false, isManaged: false, trustType: 'Azure AD registered' };
    nonint({ t: t + 3 * MIN, user: v, ep: atk, dev: unmanaged('Windows10', 'Rich Client 4.61.0'), ua: 'python-requests/2.31.0', app: APPS.broker, res: RES.drs, transfer: 'deviceCodeFlow' });
    A.au({ t: t + 4 * MIN, activity: 'Register device', category: 'Device', opType: 'Add', actor: { app: { appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service', spId: '2f1e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5c', spName: 'Device Registration Service' } }, targets: [{ id: rng.uuid(), displayName: rogue.displayName, type: 'Device' }], details: [['Device Id', rogue.deviceId], ['Device OS', 'Windows'], ['Device Trust Type', 'Workplace']] });
    A.au({ t: t + 4 * MIN + 400, activity: 'Add registered owner to device', category: 'Device', opType: 'Assign', actor: { app: { appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service', spId: '2f1e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5c', spName: 'Device Registration Service' } }, targets: [{ id: rng.uuid(), displayName: rogue.displayName, type: 'Device' }, { id: v.id, type: 'User', upn: v.upn }] });
    let tt = t + 9 * MIN;
    const atk2 = ep(rng, BAD.doAms);
    for (let i = 0; i < 22; i++) {
      const [app, res] = rng.pick([[APPS.owa, RES.exo], [APPS.msOffice, RES.exo], [APPS.office, RES.spo], [APPS.teams, RES.graph], [APPS.msOffice, RES.graph]]);
      nonint({ t: tt, user: v, ep: i < 14 ? atk : atk2, dev: rogue, ua: UA.winEdge, app, res, incoming: 'primaryRefreshToken', transfer: 'deviceCodeFlow' });
      tt += (i < 10 ? rng.int(5, 25) : rng.int(90, 300)) * MIN;
    }
    S('devicecode-phish-intern', `Intern ${v.upn} enters a device code (Microsoft Authentication Broker → Device Registration Service) from the office; the tokens are redeemed from DigitalOcean Amsterdam, a device is registered and used for mail and files`, [v], [atk.ip, atk2.ip], t, tt, 'device code phishing');
  }

  // 5 ─ MFA fatigue against a trader late in the evening, from a Swiss residential proxy
  {
    const v = take((p) => p.kind === 'trader');
    const src = ep(rng, BAD.sunriseBasel);
    let t = G.L(1, 10, 23.3);
    const t0 = t;
    const modes = ['mfa_timeout', 'mfa_deny', 'mfa_timeout', 'mfa_timeout', 'mfa_deny', 'mfa_timeout', 'mfa_pending', 'mfa_timeout', 'mfa_deny', 'mfa_timeout', 'mfa_timeout', 'mfa_deny'];
    for (const m of modes) {
      inter({ t, user: v, ep: src, dev: unmanaged(), ua: UA.winChrome, app: APPS.office, res: RES.officeHome, auth: m, err: m === 'mfa_pending' ? 50074 : 500121 });
      t += rng.int(90, 170) * 1000;
    }
    inter({ t, user: v, ep: src, dev: unmanaged(), ua: UA.winChrome, app: APPS.office, res: RES.officeHome, auth: 'pwd_mfa' });
    let tt = t + 2 * MIN;
    for (let i = 0; i < 10; i++) { nonint({ t: tt, user: v, ep: src, dev: unmanaged(), ua: UA.winChrome, app: rng.pick([APPS.owa, APPS.office]), res: rng.pick([RES.exo, RES.spo, RES.graph]) }); tt += rng.int(3, 12) * MIN; }
    S('mfa-fatigue-trader', `Trader ${v.upn}: ${modes.length} push prompts refused or ignored between 23:18 and 23:50 CET, then one approved; the session is used for mail and SharePoint from the same Sunrise (Basel) address`, [v], [src.ip], t0, tt, 'MFA fatigue');
  }

  // 6 ─ stolen admin token; PIM activation and a new secret on a mail-reading service principal (persistence)
  {
    const a = admins[5]; a.victim = true;
    const src = ep(rng, BAD.vultrFra);
    const t = G.L(0, 11, 2.6);
    for (let i = 0; i < 6; i++) nonint({ t: t + i * 4 * MIN, user: a, ep: src, dev: unmanaged('Windows10', 'Edge 131.0.0'), ua: UA.winEdge, app: APPS.azPortal, res: i % 2 ? RES.graph : RES.arm });
    const rid = rng.uuid();
    A.au({ t: t + 6 * MIN, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', actor: { user: a, ip: src.ip }, targets: [{ id: rid, displayName: 'Application Administrator', type: 'Role' }, { id: a.id, displayName: a.name, type: 'User', upn: a.upn }], details: [['Justification', 'maintenance'], ['StartTime', new Date(t + 6 * MIN).toISOString()]] });
    A.au({ t: t + 6 * MIN + 3000, activity: 'Add member to role', category: 'RoleManagement', opType: 'Assign', actor: { app: { appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e', name: 'MS-PIM', spId: 'c8e4a1b2-7d6f-4e3a-9b8c-1d2e3f4a5b6c', spName: 'MS-PIM' } }, targets: [{ id: a.id, displayName: a.name, type: 'User', upn: a.upn, mods: [['Role.DisplayName', null, jv('Application Administrator')]] }] });
    A.au({ t: t + 6 * MIN + 4000, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', actor: { user: a, ip: src.ip }, targets: [{ id: rid, displayName: 'Application Administrator', type: 'Role' }, { id: a.id, displayName: a.name, type: 'User', upn: a.upn }] });
    const spId = rng.uuid(), appId = '3b8e2f1a-9c7d-4e6b-a5f4-2d1c0b9a8e7f', nm = 'HBC Compliance Mail Archiver';
    const kid = rng.uuid();
    A.au({ t: t + 11 * MIN, activity: 'Add service principal credentials', category: 'ApplicationManagement', opType: 'Update', actor: { user: a, ip: src.ip }, targets: [{ id: spId, displayName: nm, type: 'ServicePrincipal', mods: [['KeyDescription', '[]', jv(`[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=]`)], ['Included Updated Properties', null, '"KeyDescription"'], ['TargetId.ServicePrincipalNames', null, jv(`${appId};https://hallwylbrunner.ch/archiver`)]] }], details: [['User-Agent', UA.winEdge], ['AppId', appId]], ua: UA.winEdge });
    A.au({ t: t + 11 * MIN + 200, activity: 'Update service principal', category: 'ApplicationManagement', opType: 'Update', actor: { user: a, ip: src.ip }, targets: [{ id: spId, displayName: nm, type: 'ServicePrincipal', mods: [['Included Updated Properties', null, '"KeyDescription"']] }] });
    nonint({ t: t + 13 * MIN, user: a, ep: src, dev: unmanaged('Windows10', 'Edge 131.0.0'), ua: UA.winEdge, app: APPS.azPortal, res: RES.graph });
    S('stolen-admin-token-sp-secret', `Session token of ${a.upn} replayed at 03:36 CET from Vultr Frankfurt (no interactive sign-in): PIM activation of Application Administrator, then a client secret added to the service principal "${nm}" (Mail.Read application permission)`, [a], [src.ip], t, t + 13 * MIN, 'service principal credential persistence');
  }

  // 7 ─ auditor's guest account taken over (home-tenant session stolen); SharePoint harvested from Romania
  {
    const g = take((p) => p.kind === 'guestAud' && p.active);
    const r1 = ep(rng, BAD.rdsRo), r2 = ep(rng, BAD.rdsRo);
    const t = G.L(1, 7, 19.6);
    const dev = unmanaged('Windows10', 'Chrome 131.0.0');
    inter({ t, user: g, ep: r1, dev, ua: UA.winChrome, app: APPS.spWeb, res: RES.spo, auth: 'ext' });
    let tt = t + 2 * MIN;
    for (let i = 0; i < 26; i++) {
      nonint({ t: tt, user: g, ep: i < 15 ? r1 : r2, dev, ua: UA.winChrome, app: rng.pick([APPS.spWeb, APPS.office]), res: rng.chance(0.8) ? RES.spo : RES.graph });
      tt += (i === 14 ? 20 * HOUR : rng.int(3, 9) * MIN);
      if (i === 14) inter({ t: tt - MIN, user: g, ep: r2, dev, ua: UA.winChrome, app: APPS.spWeb, res: RES.spo, auth: 'ext' });
    }
    S('auditor-guest-takeover', `Guest ${g.upn} (${g.homeTenantName}) used from Bucharest residential addresses in the evening and the next afternoon, MFA satisfied by the home tenant's claim, SharePoint-heavy`, [g], [r1.ip, r2.ip], t, tt, 'guest account takeover');
  }

  // 8 ─ CA001 set to report-only by a compromised Conditional Access admin, through a VPN exit in Zurich
  {
    const a = admins[7]; a.victim = true;
    const src = ep(rng, BAD.m247Zrh);
    const t = G.L(1, 12, 21.2);
    for (let i = 0; i < 5; i++) nonint({ t: t + i * 3 * MIN, user: a, ep: src, dev: unmanaged('Windows10', 'Edge 131.0.0'), ua: UA.winEdge, app: APPS.azPortal, res: i === 2 ? RES.arm : RES.graph });
    const rid = rng.uuid();
    A.au({ t: t + 5 * MIN, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', actor: { user: a, ip: src.ip }, targets: [{ id: rid, displayName: 'Conditional Access Administrator', type: 'Role' }, { id: a.id, displayName: a.name, type: 'User', upn: a.upn }], details: [['Justification', 'CHG0031911 policy review']] });
    A.au({ t: t + 5 * MIN + 3000, activity: 'Add member to role', category: 'RoleManagement', opType: 'Assign', actor: { app: { appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e', name: 'MS-PIM', spId: 'c8e4a1b2-7d6f-4e3a-9b8c-1d2e3f4a5b6c', spName: 'MS-PIM' } }, targets: [{ id: a.id, displayName: a.name, type: 'User', upn: a.upn, mods: [['Role.DisplayName', null, jv('Conditional Access Administrator')]] }] });
    A.au({ t: t + 5 * MIN + 4000, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', actor: { user: a, ip: src.ip }, targets: [{ id: rid, displayName: 'Conditional Access Administrator', type: 'Role' }, { id: a.id, displayName: a.name, type: 'User', upn: a.upn }] });
    const tc = CA_TAMPER_T;
    const old = { id: CA[0].id, displayName: CA[0].name, state: 'enabled', conditions: { users: { includeUsers: ['All'], excludeGroups: ['GG-BreakGlass', 'GG-MFA-Excluded-ServiceAccounts'] }, applications: { includeApplications: ['All'] } }, grantControls: { operator: 'OR', builtInControls: ['mfa'] } };
    const nw = { ...old, state: 'enabledForReportingButNotEnforced' };
    A.au({ t: tc, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', opType: 'Update', actor: { user: a, ip: src.ip }, targets: [{ id: CA[0].id, displayName: CA[0].name, type: 'Policy', mods: [['ConditionalAccessPolicy', JSON.stringify(old), JSON.stringify(nw)]] }] });
    nonint({ t: tc + 2 * MIN, user: a, ep: src, dev: unmanaged('Windows10', 'Edge 131.0.0'), ua: UA.winEdge, app: APPS.azPortal, res: RES.graph });
    S('ca-mfa-policy-report-only', `${a.upn}'s session used from an M247 VPN exit in Zurich on a Saturday night: PIM activation of Conditional Access Administrator, then "${CA[0].name}" switched from enabled to report-only`, [a], [src.ip], t, tc + 2 * MIN, 'defense evasion (CA tampering)');
  }

  // 9 ─ dormant retiree account revived: password works, MFA enrolment interrupt, attacker registers an authenticator
  {
    const v = take((p) => p.kind === 'retiree');
    const c1 = ep(rng, BAD.contaboDe), c2 = ep(rng, BAD.contaboDe);
    let t = G.L(1, 5, 10.4);
    const t0 = t;
    const dev = unmanaged('Windows10', 'Firefox 133.0');
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
    const vv = { ...v, mfa: 'Mobile app notification' };
    inter({ t, user: vv, ep: c1, dev, ua, app: APPS.office, res: RES.officeHome, auth: 'pwd_fail', err: 50126 });
    t += 3 * MIN;
    inter({ t, user: vv, ep: c1, dev, ua, app: APPS.office, res: RES.officeHome, auth: 'pwd', err: 50079 });
    A.au({ t: t + 2 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', actor: { user: v, ip: c1.ip }, targets: [{ id: v.id, displayName: v.name, type: 'User', upn: v.upn }] });
    t += 4 * MIN;
    inter({ t, user: vv, ep: c1, dev, ua, app: APPS.office, res: RES.officeHome, auth: 'pwd_mfa' });
    let tt = t + MIN;
    for (let i = 0; i < 14; i++) {
      nonint({ t: tt, user: vv, ep: i < 8 ? c1 : c2, dev, ua, app: rng.pick([APPS.owa, APPS.office, APPS.spWeb]), res: rng.pick([RES.exo, RES.spo, RES.graph]) });
      tt += (i === 7 ? 26 * HOUR : rng.int(4, 30) * MIN);
      if (i === 7) inter({ t: tt - MIN, user: vv, ep: c2, dev, ua, app: APPS.office, res: RES.officeHome, auth: 'pwd_mfa' });
    }
    S('retiree-account-revived', `Pension-only account ${v.upn}, silent all window, signs in from Contabo (Germany) on a Saturday, enrols a new Authenticator at the MFA-registration interrupt, and reads mail and files; again the next day from a second Contabo address`, [v], [c1.ip, c2.ip], t0, tt, 'dormant account takeover');
  }

  // 10 ─ SWIFT mailer service account used interactively in a browser from the Netherlands
  {
    const s = people.find((p) => p.role === 'swift'); s.victim = true;
    const src = ep(rng, BAD.leasewebNl);
    const t = G.L(0, 11, 1.9);
    const dev = unmanaged('Linux', 'Firefox 133.0');
    inter({ t, user: s, ep: src, dev, ua: UA.linuxFirefox, app: APPS.owa, res: RES.exo, auth: 'pwd' });
    inter({ t: t + 6 * MIN, user: s, ep: src, dev, ua: UA.linuxFirefox, app: APPS.office, res: RES.officeHome, auth: 'pwd' });
    let tt = t + 8 * MIN;
    for (let i = 0; i < 7; i++) { nonint({ t: tt, user: s, ep: src, dev, ua: UA.linuxFirefox, app: APPS.owa, res: RES.exo, mfaClaim: false }); tt += rng.int(3, 9) * MIN; }
    S('swift-mailer-browser-abroad', `Service account ${s.upn} (normally SMTP AUTH only, from the Lupfig datacenter) signs in to Outlook on the web and OfficeHome in a Firefox on Linux from Leaseweb Amsterdam at 02:54 CET`, [s], [src.ip], t, tt, 'service account misuse');
  }

  // 11 ─ backdoor federated domain added through a hybrid-identity admin's stolen session; a user impersonated through it
  {
    const a = admins[8]; a.victim = true;
    const src = ep(rng, BAD.linodeLon);
    const t = G.L(0, 2, 3.1);
    for (let i = 0; i < 4; i++) nonint({ t: t + i * 5 * MIN, user: a, ep: src, dev: unmanaged('Windows10', 'Edge 131.0.0'), ua: UA.graphPs, app: APPS.graphCli, res: RES.graph });
    const dom = 'hbc-clientportal.com'; const did = rng.uuid();
    A.au({ t: t + 3 * MIN, activity: 'Add unverified domain', category: 'DirectoryManagement', opType: 'Add', actor: { user: a, ip: src.ip }, targets: [{ id: did, displayName: dom, type: 'Other' }], ua: UA.graphPs });
    A.au({ t: t + 9 * MIN, activity: 'Verify domain', category: 'DirectoryManagement', opType: 'Update', actor: { user: a, ip: src.ip }, targets: [{ id: did, displayName: dom, type: 'Other', mods: [['IsVerified', jv(false), jv(true)]] }], ua: UA.graphPs });
    A.au({ t: t + 12 * MIN, activity: 'Set domain authentication', category: 'DirectoryManagement', opType: 'Update', actor: { user: a, ip: src.ip }, targets: [{ id: did, displayName: dom, type: 'Other', mods: [['LiveType', jv('Managed'), jv('Federated')]] }], ua: UA.graphPs });
    A.au({ t: t + 12 * MIN + 900, activity: 'Set federation settings on domain', category: 'DirectoryManagement', opType: 'Update', actor: { user: a, ip: src.ip }, targets: [{ id: did, displayName: dom, type: 'Other', mods: [['IssuerUri', null, jv('http://sts.hbc-clientportal.com/adfs/services/trust')], ['PassiveLogOnUri', null, jv('https://sts.hbc-clientportal.com/adfs/ls/')], ['SigningCertificate', null, jv('MIIC8DCCAdigAwIBAgIQJ3h...')]] }], ua: UA.graphPs });
    const exec = take((p) => p.kind === 'wm' && p.site === 'zrh');
    const ti = t + 41 * MIN;
    inter({ t: ti, user: exec, ep: src, dev: unmanaged('Windows10', 'Chrome 131.0.0'), ua: UA.winChrome, app: APPS.owa, res: RES.exo, auth: 'fed', issuerType: 'ADFederationServices', issuerName: 'http://sts.hbc-clientportal.com/adfs/services/trust', protocol: 'wsFederation' });
    for (let i = 0; i < 6; i++) nonint({ t: ti + (i + 1) * 6 * MIN, user: exec, ep: src, dev: unmanaged('Windows10', 'Chrome 131.0.0'), ua: UA.winChrome, app: APPS.owa, res: RES.exo, issuerType: 'ADFederationServices', issuerName: 'http://sts.hbc-clientportal.com/adfs/services/trust' });
    S('backdoor-federated-domain', `${a.upn}'s Graph PowerShell session replayed from Linode London at 04:06 CET adds and verifies ${dom}, switches it to Federated with an attacker-controlled issuer; 40 minutes later ${exec.upn}'s mailbox is opened with a token from that issuer`, [a, exec], [src.ip], t, ti + 36 * MIN, 'federation backdoor');
  }

  // 12 ─ a freshly created cloud account made Global Administrator by a compromised privileged admin
  {
    const a = admins[3]; a.victim = true;
    const src = ep(rng, BAD.datacampZrh);
    const t = G.L(0, 13, 4.4);
    for (let i = 0; i < 4; i++) nonint({ t: t + i * 4 * MIN, user: a, ep: src, dev: unmanaged('Windows10', 'Edge 131.0.0'), ua: UA.winEdge, app: APPS.azPortal, res: RES.graph });
    const nu = { id: rng.uuid(), upn: 'svc-reportsync@hallwylbrunner.ch', name: 'svc-reportsync', userType: 'member', kind: 'svc-new', mfa: 'Mobile app notification' };
    A.au({ t: t + 5 * MIN, activity: 'Add user', category: 'UserManagement', opType: 'Add', actor: { user: a, ip: src.ip }, targets: [{ id: nu.id, displayName: nu.name, type: 'User', upn: nu.upn, mods: [['AccountEnabled', '[]', jv(true)], ['UserPrincipalName', '[]', jv(nu.upn)], ['DisplayName', '[]', jv(nu.name)]] }], ua: UA.winEdge });
    const rid = '62e90394-69f5-4237-9190-012177145e10';
    A.au({ t: t + 7 * MIN, activity: 'Add member to role in PIM requested (permanent)', category: 'RoleManagement', service: 'PIM', opType: 'Add', actor: { user: a, ip: src.ip }, targets: [{ id: rid, displayName: 'Global Administrator', type: 'Role' }, { id: nu.id, displayName: nu.name, type: 'User', upn: nu.upn }], details: [['Justification', 'reporting integration']] });
    A.au({ t: t + 7 * MIN + 2500, activity: 'Add member to role', category: 'RoleManagement', opType: 'Assign', actor: { user: a, ip: src.ip }, targets: [{ id: nu.id, displayName: nu.name, type: 'User', upn: nu.upn, mods: [['Role.DisplayName', null, jv('Global Administrator')], ['Role.TemplateId', null, jv(rid)], ['Role.WellKnownObjectName', null, jv('TenantAdmins')]] }] });
    A.au({ t: t + 7 * MIN + 4000, activity: 'Add member to role in PIM completed (permanent)', category: 'RoleManagement', service: 'PIM', opType: 'Add', actor: { user: a, ip: src.ip }, targets: [{ id: rid, displayName: 'Global Administrator', type: 'Role' }, { id: nu.id, displayName: nu.name, type: 'User', upn: nu.upn }] });
    const tn = t + 16 * MIN;
    const dev = unmanaged('Windows10', 'Edge 131.0.0');
    inter({ t: tn, user: nu, ep: src, dev, ua: UA.winEdge, app: APPS.azPortal, res: RES.arm, auth: 'pwd', err: 50079 });
    A.au({ t: tn + 2 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', actor: { user: nu, ip: src.ip }, targets: [{ id: nu.id, displayName: nu.name, type: 'User', upn: nu.upn }] });
    inter({ t: tn + 3 * MIN, user: nu, ep: src, dev, ua: UA.winEdge, app: APPS.azPortal, res: RES.arm, auth: 'pwd_mfa' });
    for (let i = 0; i < 5; i++) nonint({ t: tn + (4 + i * 5) * MIN, user: nu, ep: src, dev, ua: UA.winEdge, app: APPS.azPortal, res: i % 2 ? RES.graph : RES.arm });
    S('fresh-account-global-admin', `From a Datacamp (VPN) address in Zurich at 05:24 CET on a Sunday, ${a.upn}'s session creates cloud-only ${nu.upn} and makes it a permanent Global Administrator; the new account enrols MFA and signs in to the Azure portal from the same address`, [a, nu], [src.ip], t, tn + 30 * MIN, 'privileged persistence');
  }

  // 13 ─ token replay of a Singapore employee's session from a US residential address (while she works in Singapore)
  {
    const v = take((p) => p.kind === 'staff' && p.site === 'sg' && p.laptop.trustType.includes('joined'));
    const src = ep(rng, BAD.spectrumUs);
    const t = G.L(8, 3, 14.2); // 06:12 UTC
    const sess = rng.uuid();
    let tt = t;
    for (let i = 0; i < 15; i++) {
      const [app, res] = rng.pick([[APPS.msOffice, RES.exo], [APPS.teams, RES.teamsSvc], [APPS.oneDrive, RES.spo], [APPS.msOffice, RES.graph]]);
      nonint({ t: tt, user: v, ep: src, dev: v.laptop, ua: UA.officeRich, app, res, session: sess });
      tt += rng.int(8, 35) * MIN;
    }
    S('token-replay-sg-from-us', `Refresh tokens of ${v.upn}'s compliant Singapore laptop redeemed from a Spectrum residential address in Ohio during her Singapore afternoon, with the laptop's device id`, [v], [src.ip], t, tt, 'token theft / replay');
  }

  return scenarios;
}
