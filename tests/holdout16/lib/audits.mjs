// The honest audit log: directory sync, devices, Intune, security info, password changes and resets, PIM,
// Conditional Access maintenance, app consents, app registrations and secret rotations, groups, guests, leavers.
import { APPS, RES, RES_SP, CA, UA, TENANT_ID, DOMAIN_OMS } from './world.mjs';
import { STEPS, HOUR, MIN, byUser, byApp, userTarget, mod } from './engine.mjs';
import { laptopUa, browserLabel } from './people.mjs';
import { dateList, at, isWeekend } from './life.mjs';
import { hash01 } from './prng.mjs';

export const INTUNE_SP = '8f2b1a6e-3c5d-4e7f-9a0b-1c2d3e4f5a6b';
export const MSI_SP = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';
export const DRS_SP = '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d';
export const SUBSTRATE_SP = '2f3e4d5c-6b7a-4981-a0b1-c2d3e4f5a6b7';

export const APP_OBJ = {
  plmConnector: { name: 'KS-PLM-Connector', appId: '3d8e1f2a-9b4c-4d6e-8f0a-1b2c3d4e5f60', obj: '91a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b', sp: 'a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d' },
  teamsBot: { name: 'KS-Teams-Notify-Bot', appId: '7e9f0a1b-2c3d-4e5f-a6b7-c8d9e0f1a2b3', obj: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', sp: 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f' },
  sapConnector: { name: 'KS-SAP-Connector', appId: '4a5b6c7d-8e9f-4a0b-b1c2-d3e4f5a6b7c8', obj: 'd3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6a', sp: 'e4f5a6b7-c8d9-4e0f-9a1b-2c3d4e5f6a7b' },
  githubDeploy: { name: 'KS-GitHub-Deploy', appId: '5b6c7d8e-9f0a-4b1c-a2d3-e4f5a6b7c8d9', obj: 'f5a6b7c8-d9e0-4f1a-8b2c-3d4e5f6a7b8c', sp: '06b7c8d9-e0f1-4a2b-9c3d-4e5f6a7b8c9d' },
  qualityDash: { name: 'KS-Quality-Dashboard', appId: '6c7d8e9f-0a1b-4c2d-b3e4-f5a6b7c8d9e0', obj: '17c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e', sp: '28d9e0f1-a2b3-4c4d-9e5f-6a7b8c9d0e1f' },
};

const GROUPS = [
  ['SG-JP-Engineering-All', 'a1b2c3d4-0001-4e00-8000-000000000101'], ['SG-JP-Sales', 'a1b2c3d4-0001-4e00-8000-000000000102'],
  ['SG-MY-Production', 'a1b2c3d4-0001-4e00-8000-000000000103'], ['SG-US-All-Staff', 'a1b2c3d4-0001-4e00-8000-000000000104'],
  ['SG-DE-Vertrieb', 'a1b2c3d4-0001-4e00-8000-000000000105'], ['M365-Project-Helios', 'a1b2c3d4-0001-4e00-8000-000000000106'],
  ['SG-Lic-M365-E5', 'a1b2c3d4-0001-4e00-8000-000000000107'], ['SG-Lic-M365-F3', 'a1b2c3d4-0001-4e00-8000-000000000108'],
  ['SG-VPN-Users', 'a1b2c3d4-0001-4e00-8000-000000000109'], ['SG-Intune-Pilot-Win11-25H2', 'a1b2c3d4-0001-4e00-8000-00000000010a'],
];
export const GROUP_MFA_EXCL = ['SG-CA-Excluded-Service-Accounts', 'a1b2c3d4-0001-4e00-8000-0000000001ff'];

const ROLE_IDS = {
  'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814', 'Application Administrator': '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  'Cloud Application Administrator': '158c047a-c907-4556-b7ef-446551a6b5f7', 'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  'Exchange Administrator': '29232cdf-9323-42fd-ade2-1d097af3e4de', 'Intune Administrator': '3a2c62db-5318-420d-8d74-23affee5d9d5',
  'Security Administrator': '194ae4cb-b126-40b2-bd5b-6091b380977d', 'Conditional Access Administrator': 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  'Helpdesk Administrator': '729827e3-9c14-49f7-bb1b-9608f156bbb8', 'Authentication Administrator': 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10', 'Hybrid Identity Administrator': '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2',
};
export const roleId = (n) => ROLE_IDS[n];

/** a few reusable activity builders (also used by the scenarios) */
export function act(em, t, activity, category, service, opType, initiatedBy, targets, additional = [], extra = {}) {
  return em.audit({ t, activity, category, service, opType, initiatedBy, targets, additional, ...extra });
}
export function pimActivation(em, r, u, ip, role, t, hours, justification, ua) {
  const corr = r.uuid();
  const req = r.uuid();
  const add = [{ key: 'RoleDefinitionOriginId', value: roleId(role) }, { key: 'RoleDefinitionOriginType', value: 'BuiltInRole' },
    { key: 'TemplateId', value: roleId(role) }, { key: 'StartTime', value: new Date(t).toISOString() },
    { key: 'ExpirationTime', value: new Date(t + hours * HOUR).toISOString() }, { key: 'Justification', value: justification },
    { key: 'oid', value: u.id }, { key: 'tid', value: TENANT_ID }, { key: 'ipaddr', value: ip }, { key: 'RequestId', value: req },
    { key: 'User-Agent', value: ua }];
  const tg = [{ id: roleId(role), displayName: role, type: 'Role', modifiedProperties: [], administrativeUnits: [] },
    { id: req, displayName: null, type: 'Request', modifiedProperties: [], administrativeUnits: [] }, userTarget(u)];
  em.audit({ t, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', initiatedBy: byUser(u, ip), targets: tg, additional: add, corr, resultReason: justification });
  em.audit({ t: t + r.int(2, 9) * 1000, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', initiatedBy: byApp('MS-PIM', 'b4e8f5a1-6c2d-4e9f-8a3b-7c1d0e2f4a6b'), targets: tg, additional: add, corr, resultReason: justification });
}
export function secInfo(em, t, u, ip, activity, method, byAdmin = null, ua = '') {
  const actor = byAdmin ? byUser(byAdmin, ip) : byUser(u, ip);
  const adds = [{ key: 'Method', value: method }, { key: 'User-Agent', value: ua }];
  return em.audit({ t, activity, category: 'UserManagement', service: 'Authentication Methods', opType: activity.startsWith('User deleted') || activity.startsWith('Admin deleted') ? 'Delete' : activity.includes('changed') ? 'Update' : 'Add',
    initiatedBy: actor, targets: [userTarget(u)], additional: adds, resultReason: activity.startsWith('Admin') ? `Admin ${activity.split(' ')[1]} ${method} for user` : `User ${activity.split(' ')[1]} ${method}` });
}

export class AuditRoutine {
  constructor(life, cast) { this.L = life; this.c = cast; this.em = life.em; this.r = life.rng.fork('audits'); this.dir = life.dir; }

  run() {
    this.sync(); this.intune(); this.pim(); this.caMaintenance(); this.consents(); this.appMaintenance(); this.groups();
    this.guestInvites(); this.leavers(); this.newHires(); this.phoneSwaps(); this.helpdeskResets(); this.sspr();
  }

  sync() {
    const r = this.r, em = this.em, s = this.c.sync, ip = this.L.eg.dc[0].ip;
    const members = this.dir.users.filter((u) => u.type === 'Member' && !u.service && (u.site === 'tyo' || u.site === 'hmm' || u.site === 'pen'));
    for (const d of dateList('2026-11-23', '2026-12-06')) {
      const n = isWeekend(d) ? r.int(2, 12) : r.int(38, 84);
      for (let i = 0; i < n; i++) {
        const u = r.pick(members);
        const prop = r.weighted([['TelephoneNumber', 3], ['Department', 1], ['Manager', 1], ['JobTitle', 1], ['OfficeLocation', 1], ['Mobile', 1]]);
        const t = at(d, r.real(0, 24), 0);
        em.audit({ t, activity: 'Update user', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(s, ''),
          targets: [userTarget(u, [mod(prop, '[]', '[]'), mod('Included Updated Properties', null, `"${prop}"`)])], additional: [{ key: 'UserType', value: 'Member' }] });
      }
    }
  }

  intune() {
    const r = this.r, em = this.em;
    const withLaptop = this.dir.users.filter((u) => u.laptop && !u.service);
    for (const d of dateList('2026-11-23', '2026-12-06')) {
      for (let i = 0; i < (isWeekend(d) ? r.int(6, 14) : r.int(40, 75)); i++) {
        const u = r.pick(withLaptop);
        em.audit({ t: at(d, r.real(0, 24), 0), activity: 'Update device', category: 'Device', service: 'Core Directory', opType: 'Update', initiatedBy: byApp('Microsoft Intune', INTUNE_SP, '0000000a-0000-0000-c000-000000000000'),
          targets: [{ id: u.laptop.id, displayName: u.laptop.name, type: 'Device', modifiedProperties: [mod('IsCompliant', '[false]', '[true]'), mod('Included Updated Properties', null, '"IsCompliant"')], administrativeUnits: [] }],
          additional: [{ key: 'DeviceId', value: u.laptop.id }, { key: 'DeviceOSType', value: u.laptop.os === 'MacOs' ? 'MacMDM' : 'Windows' }, { key: 'DeviceTrustType', value: u.laptop.trust === 'Hybrid Azure AD joined' ? 'ServerAd' : 'AzureAd' }] });
      }
    }
  }

  pim() {
    const r = this.r, em = this.em, L = this.L;
    const admins = this.dir.users.filter((u) => u.kind === 'it' && u.roles && !u.noRoutine);
    for (const u of admins) {
      for (const d of dateList('2026-11-23', '2026-12-06')) {
        if (isWeekend(d) || !r.chance(u === this.c.entraAdmin || u === this.c.caAdmin ? 0.7 : 0.35)) continue;
        const role = r.pick(u.roles);
        const ip = L.laptopIp(u, hash01(`${u.upn}/${d}/wfh`) < u.wfh ? 'home' : 'office', d);
        const t = at(d, u.sched.start + r.real(0.3, 5), u.tz);
        pimActivation(em, r, u, ip, role, t, r.pick([2, 4, 8]), r.pick(['INC0041873 user onboarding', 'Change CHG0012290', 'Daily operations', 'Ticket RITM0093311', 'Investigating sign-in issue', 'Weekly review', 'CHG0012317 CA policy maintenance']), laptopUa(u));
        L.browserSso(u, t - r.int(1, 3) * MIN, ip, APPS.azurePortal, RES.arm, { adminActive: true });
      }
    }
  }

  caMaintenance() {
    const em = this.em, r = this.r, L = this.L, u = this.c.caAdmin;
    const ip = L.eg.tyo[0].ip;
    const ua = laptopUa(u);
    const polJson = (p, state, extra = {}) => JSON.stringify({ id: p.id, displayName: p.displayName, createdDateTime: '2025-04-14T03:12:44.1022851+00:00', modifiedDateTime: extra.mod ?? null, state,
      conditions: { applications: { includeApplications: ['All'], excludeApplications: [], includeUserActions: [], includeAuthenticationContextClassReferences: [], applicationFilter: null },
        users: { includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [GROUP_MFA_EXCL[1]], includeRoles: [], excludeRoles: [] },
        userRiskLevels: [], signInRiskLevels: [], clientAppTypes: ['all'], servicePrincipalRiskLevels: [], authenticationFlows: extra.flows ?? null, devices: extra.devices ?? null },
      grantControls: { operator: 'OR', builtInControls: extra.grant ?? ['mfa'], customAuthenticationFactors: [], termsOfUse: [] }, sessionControls: null });
    // 24 Nov (after the 2026 device-code phishing reports): a report-only policy blocking device code flow
    const t1 = CA.devcode.created;
    em.audit({ t: t1, activity: 'Add conditional access policy', category: 'Policy', service: 'Conditional Access', opType: 'Add', initiatedBy: byUser(u, ip),
      targets: [{ id: CA.devcode.id, displayName: CA.devcode.displayName, type: 'Policy', modifiedProperties: [mod('ConditionalAccessPolicy', null, polJson(CA.devcode, 'enabledForReportingButNotEnforced', { grant: ['block'], flows: { transferMethods: 'deviceCodeFlow' }, mod: null }))], administrativeUnits: [] }],
      additional: [{ key: 'Category', value: 'Conditional Access' }] });
    L.browserSso(u, t1 - 6 * MIN, ip, APPS.azurePortal, RES.arm, { adminActive: true });
    // 2 Dec: the device policy (report-only) gets a filter excluding the plant kiosks
    const t2 = at('2026-12-02', 11.4, 9);
    em.audit({ t: t2, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', opType: 'Update', initiatedBy: byUser(u, ip),
      targets: [{ id: CA.device.id, displayName: CA.device.displayName, type: 'Policy', modifiedProperties: [mod('ConditionalAccessPolicy', polJson(CA.device, 'enabledForReportingButNotEnforced', { grant: ['compliantDevice', 'domainJoinedDevice'] }),
        polJson(CA.device, 'enabledForReportingButNotEnforced', { grant: ['compliantDevice', 'domainJoinedDevice'], devices: { deviceFilter: { mode: 'exclude', rule: 'device.displayName -startsWith "KS-HMM-KIOSK" -or device.displayName -startsWith "KS-PEN-KIOSK"' } }, mod: new Date(t2).toISOString() }))], administrativeUnits: [] }],
      additional: [{ key: 'Category', value: 'Conditional Access' }] });
    L.browserSso(u, t2 - 4 * MIN, ip, APPS.azurePortal, RES.arm, { adminActive: true });
    // 30 Nov: the Penang plant's second internet line is added to its named location (by the Penang IT admin)
    const p = this.c.itPen, pip = L.eg.pen[0].ip;
    const t3 = at('2026-11-30', 10.1, 8);
    em.audit({ t: t3, activity: 'Update named location', category: 'Policy', service: 'Conditional Access', opType: 'Update', initiatedBy: byUser(p, pip),
      targets: [{ id: '3f4e5d6c-7b8a-4c9d-8e0f-1a2b3c4d5e6f', displayName: 'Penang Plant (Bayan Lepas)', type: 'Policy',
        modifiedProperties: [mod('NamedLocation', '{"ipRanges":[{"cidrAddress":"175.139.152.0/26"}],"isTrusted":true}', '{"ipRanges":[{"cidrAddress":"175.139.152.0/26"},{"cidrAddress":"211.24.118.88/29"}],"isTrusted":true}')], administrativeUnits: [] }],
      additional: [{ key: 'Category', value: 'Conditional Access' }] });
    L.browserSso(p, t3 - 5 * MIN, pip, APPS.azurePortal, RES.arm, { adminActive: true });
  }

  consents() {
    const r = this.r, em = this.em, L = this.L;
    const apps = [[APPS.zoom, 'Calendars.ReadWrite User.Read offline_access openid profile email'], [APPS.miro, 'User.Read offline_access openid profile email'],
      [APPS.adobeReal, 'Files.ReadWrite.All Mail.Read User.Read offline_access openid profile']];
    const pool = this.dir.users.filter((u) => (u.site === 'sjc' || u.site === 'nov' || u.site === 'dus') && u.kind === 'office' && !u.skip);
    for (let i = 0; i < 9; i++) {
      const u = r.pick(pool); const [app, scope] = r.pick(apps);
      const d = r.pick(dateList('2026-11-24', '2026-12-04').filter((x) => !isWeekend(x)));
      const t = at(d, r.real(9, 17), u.tz);
      const ip = L.laptopIp(u, 'office', d);
      const corr = r.uuid();
      L.browserSso(u, t - 40_000, ip, app, RES.graph, { corr, err: 65001, addl: undefined });
      em.audit({ t, activity: 'Consent to application', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', initiatedBy: byUser(u, ip), corr,
        targets: [{ id: RES_SP[app.id], displayName: app.name, type: 'ServicePrincipal', modifiedProperties: [mod('ConsentContext.IsAdminConsent', null, '"False"'), mod('ConsentContext.IsAppOnly', null, '"False"'),
          mod('ConsentContext.OnBehalfOfAll', null, '"False"'), mod('ConsentContext.Tags', null, '"WindowsAzureActiveDirectoryIntegratedApp"'),
          mod('ConsentAction.Permissions', null, `"[] => [[Id: ${r.tokenId()}, ClientId: ${RES_SP[app.id]}, PrincipalId: ${u.id}, ResourceId: ${r.uuid()}, ConsentType: Principal, Scope: ${scope}, CreatedDateTime: , LastModifiedDateTime ]]; "`),
          mod('TargetId.ServicePrincipalNames', null, `"${app.id}"`)], administrativeUnits: [] }],
        additional: [{ key: 'User-Agent', value: laptopUa(u) }, { key: 'AppId', value: app.id }] });
      em.audit({ t: t + 1200, activity: 'Add delegated permission grant', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', initiatedBy: byUser(u, ip), corr,
        targets: [{ id: RES_SP[RES.graph.id], displayName: 'Microsoft Graph', type: 'ServicePrincipal', modifiedProperties: [mod('DelegatedPermissionGrant.Scope', null, `"${scope}"`), mod('DelegatedPermissionGrant.ConsentType', null, '"Principal"'),
          mod('ServicePrincipal.ObjectID', null, `"${RES_SP[app.id]}"`)], administrativeUnits: [] }], additional: [{ key: 'User-Agent', value: laptopUa(u) }] });
      L.browserSso(u, t + 8000, ip, app, { id: app.id, name: app.name }, { corr });
    }
  }

  appMaintenance() {
    const r = this.r, em = this.em, L = this.L, dev = this.c.devopsTyo;
    const ua = laptopUa(dev);
    const keyDesc = (kid, name, type = 'Password') => `[KeyIdentifier=${kid},KeyType=${type},KeyUsage=Verify,DisplayName=${name}]`;
    const rot = (app, t, oldName, newName) => {
      const ip = L.laptopIp(dev, 'office', new Date(t).toISOString().slice(0, 10));
      const oldK = r.uuid(), newK = r.uuid();
      L.browserSso(dev, t - 3 * MIN, ip, APPS.azurePortal, RES.arm);
      em.audit({ t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(dev, ip),
        targets: [{ id: app.obj, displayName: app.name, type: 'Application', modifiedProperties: [mod('KeyDescription', JSON.stringify([keyDesc(oldK, oldName)]), JSON.stringify([keyDesc(oldK, oldName), keyDesc(newK, newName)])), mod('Included Updated Properties', null, '"KeyDescription"')], administrativeUnits: [] }],
        additional: [{ key: 'User-Agent', value: ua }, { key: 'AppId', value: app.appId }] });
      em.audit({ t: t + r.int(5, 30) * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(dev, ip),
        targets: [{ id: app.obj, displayName: app.name, type: 'Application', modifiedProperties: [mod('KeyDescription', JSON.stringify([keyDesc(oldK, oldName), keyDesc(newK, newName)]), JSON.stringify([keyDesc(newK, newName)])), mod('Included Updated Properties', null, '"KeyDescription"')], administrativeUnits: [] }],
        additional: [{ key: 'User-Agent', value: ua }, { key: 'AppId', value: app.appId }] });
    };
    rot(APP_OBJ.plmConnector, at('2026-11-25', 14.2, 9), 'plm-2025-12', 'plm-2026-12');
    rot(APP_OBJ.teamsBot, at('2026-12-02', 10.6, 9), 'bot-secret-2025H2', 'bot-secret-2026H2');
    // a new internal app registration for the quality dashboard
    const t = at('2026-11-26', 15.4, 9), ip = L.laptopIp(dev, 'office', '2026-11-26');
    const q = APP_OBJ.qualityDash;
    em.audit({ t, activity: 'Add application', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Add', initiatedBy: byUser(dev, ip),
      targets: [{ id: q.obj, displayName: q.name, type: 'Application', modifiedProperties: [mod('AppAddress', null, '[{"AddressType":0,"Address":"https://quality.kisaragi-seiki.co.jp/signin-oidc"}]'), mod('AppId', null, `"${q.appId}"`), mod('DisplayName', null, `"${q.name}"`)], administrativeUnits: [] }],
      additional: [{ key: 'User-Agent', value: ua }, { key: 'AppId', value: q.appId }] });
    em.audit({ t: t + 2000, activity: 'Add service principal', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Add', initiatedBy: byUser(dev, ip),
      targets: [{ id: q.sp, displayName: q.name, type: 'ServicePrincipal', modifiedProperties: [mod('AccountEnabled', null, '[true]'), mod('AppPrincipalId', null, `["${q.appId}"]`), mod('DisplayName', null, `["${q.name}"]`)], administrativeUnits: [] }],
      additional: [{ key: 'User-Agent', value: ua }, { key: 'AppId', value: q.appId }] });
    em.audit({ t: t + 9 * MIN, activity: 'Update application', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(dev, ip),
      targets: [{ id: q.obj, displayName: q.name, type: 'Application', modifiedProperties: [mod('RequiredResourceAccess', '[]', '[{"ResourceAppId":"00000003-0000-0000-c000-000000000000","RequiredAppPermissions":[{"EntitlementId":"e1fe6dd8-ba31-4d61-89e7-88639da4683d","DirectAccessGrant":false,"ImpersonationAccessGrants":[20]}],"EncodingVersion":1}]'), mod('Included Updated Properties', null, '"RequiredResourceAccess"')], administrativeUnits: [] }],
      additional: [{ key: 'User-Agent', value: ua }, { key: 'AppId', value: q.appId }] });
    // a federated identity credential for GitHub Actions (no more client secret for the deploy pipeline)
    const t4 = at('2026-12-03', 16.2, 9), ip4 = L.laptopIp(dev, 'office', '2026-12-03');
    const g = APP_OBJ.githubDeploy;
    L.browserSso(dev, t4 - 2 * MIN, ip4, APPS.azurePortal, RES.arm);
    em.audit({ t: t4, activity: 'Update application', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(dev, ip4),
      targets: [{ id: g.obj, displayName: g.name, type: 'Application', modifiedProperties: [mod('FederatedIdentityCredentials', '[]', '[{"Name":"github-main-deploy","Issuer":"https://token.actions.githubusercontent.com","Subject":"repo:kisaragi-seiki/plm-portal:environment:production","Audiences":["api://AzureADTokenExchange"]}]'), mod('Included Updated Properties', null, '"FederatedIdentityCredentials"')], administrativeUnits: [] }],
      additional: [{ key: 'User-Agent', value: ua }, { key: 'AppId', value: g.appId }] });
    // the managed identities' certificates roll over by themselves
    for (const d of ['2026-11-27', '2026-12-04']) {
      em.audit({ t: at(d, 3.3 + r.real(0, 1), 0), activity: 'Add service principal credentials', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byApp('Managed Service Identity', MSI_SP),
        targets: [{ id: r.uuid(), displayName: 'ks-func-plm-sync', type: 'ServicePrincipal', modifiedProperties: [mod('KeyDescription', '[]', JSON.stringify([`[KeyIdentifier=${r.uuid()},KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName=CN=${r.uuid()}]`])), mod('Included Updated Properties', null, '"KeyDescription"')], administrativeUnits: [] }],
        additional: [{ key: 'User-Agent', value: 'Microsoft Azure Graph Client Library 2.1.17-internal' }] });
    }
  }

  groups() {
    const r = this.r, em = this.em, L = this.L;
    const owners = this.dir.users.filter((u) => (u.kind === 'it' || u.kind === 'exec') && !u.noRoutine);
    const members = this.dir.users.filter((u) => u.type === 'Member' && !u.service);
    for (let i = 0; i < 70; i++) {
      const a = r.pick(owners), m = r.pick(members); const [gn, gid] = r.pick(GROUPS);
      const d = r.pick(dateList('2026-11-24', '2026-12-04').filter((x) => !isWeekend(x)));
      const t = at(d, r.real(9, 18), a.tz);
      const add = r.chance(0.75);
      em.audit({ t, activity: add ? 'Add member to group' : 'Remove member from group', category: 'GroupManagement', service: 'Core Directory', opType: add ? 'Assign' : 'Unassign', initiatedBy: byUser(a, L.laptopIp(a, 'office', d)),
        targets: [userTarget(m, [mod('Group.ObjectID', null, `"${gid}"`), mod('Group.DisplayName', null, `"${gn}"`)]), { id: gid, displayName: null, type: 'Group', modifiedProperties: [], administrativeUnits: [] }], additional: [] });
    }
  }

  guestInvites() {
    const r = this.r, em = this.em, L = this.L;
    const inviter = this.dir.users.find((u) => u.site === 'tyo' && u.dept === 'Finance' && u.kind === 'office' && u !== this.c.consentfixVictim);
    const auditors = this.c.guests.filter((g) => g.partner === 'aozora');
    for (const g of auditors) {
      const t = at('2026-12-01', 10.5 + r.real(0, 0.3), 9);
      const ip = L.laptopIp(inviter, 'office', '2026-12-01');
      const corr = r.uuid();
      em.audit({ t, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', opType: 'Add', initiatedBy: byUser(inviter, ip), corr,
        targets: [{ id: g.id, displayName: g.display, type: 'User', userPrincipalName: g.upn, modifiedProperties: [], administrativeUnits: [] }],
        additional: [{ key: 'invitedUserEmailAddress', value: g.upnLog }, { key: 'InvitationId', value: r.uuid() }, { key: 'oid', value: inviter.id }, { key: 'tid', value: TENANT_ID }, { key: 'ipaddr', value: ip }] });
      em.audit({ t: t + 800, activity: 'Add user', category: 'UserManagement', service: 'Core Directory', opType: 'Add', initiatedBy: byApp('Microsoft Invitation Acceptance Portal', '4660504c-45b3-4674-a709-71951a6b0763'), corr,
        targets: [userTarget(g, [mod('AccountEnabled', '[]', '[true]'), mod('UserType', '[]', '["Guest"]'), mod('UserPrincipalName', '[]', `["${g.upn}"]`)])], additional: [] });
      const tr = at('2026-12-01', 13.2 + r.real(0, 2), 9);
      em.audit({ t: tr, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', opType: 'Update', initiatedBy: byUser(g, g.home.ip),
        targets: [{ id: g.id, displayName: g.display, type: 'User', userPrincipalName: g.upn, modifiedProperties: [], administrativeUnits: [] }],
        additional: [{ key: 'invitedUserEmailAddress', value: g.upnLog }, { key: 'RedemptionSource', value: 'ExternalAzureAD' }] });
    }
  }

  leavers() {
    const em = this.em, r = this.r, c = this.c, L = this.L;
    const hr = this.c.entraAdmin;
    for (const u of [c.leaverTyo, c.leaverPen]) {
      const t = u.disabledAt;
      const s = c.sync;
      em.audit({ t, activity: 'Update user', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(s, ''),
        targets: [userTarget(u, [mod('AccountEnabled', '[true]', '[false]'), mod('Included Updated Properties', null, '"AccountEnabled"')])], additional: [{ key: 'UserType', value: 'Member' }] });
      em.audit({ t: t + 1500, activity: 'Disable account', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(s, ''),
        targets: [userTarget(u, [mod('AccountEnabled', '[true]', '[false]')])], additional: [] });
      const ip = L.laptopIp(hr, 'office', new Date(t).toISOString().slice(0, 10));
      em.audit({ t: t + r.int(10, 60) * MIN, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(hr, ip),
        targets: [userTarget(u)], additional: [] });
    }
  }

  newHires() {
    const em = this.em, r = this.r, L = this.L, s = this.c.sync, it = this.c.entraAdmin;
    for (const u of this.L.dir.users.filter((x) => x.newHire)) {
      const t = at('2026-12-01', 1.5, 9) + r.int(0, 600) * 1000;
      em.audit({ t, activity: 'Add user', category: 'UserManagement', service: 'Core Directory', opType: 'Add', initiatedBy: byUser(s, ''),
        targets: [userTarget(u, [mod('AccountEnabled', '[]', '[true]'), mod('DisplayName', '[]', JSON.stringify([u.display])), mod('UserPrincipalName', '[]', JSON.stringify([u.upn]))])], additional: [{ key: 'UserType', value: 'Member' }] });
      em.audit({ t: t + 40 * MIN, activity: 'Change user license', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byApp('Microsoft Online Services', '3a2b1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9'),
        targets: [userTarget(u)], additional: [] });
      const ip = L.eg.tyo[1].ip;
      if (u.tapAt) {
        secInfo(em, u.tapAt, u, ip, 'Admin registered security info', 'Temporary Access Pass', it, laptopUa(it));
        secInfo(em, u.registeredAt, u, L.officeIp(u), 'User registered security info', 'Microsoft Authenticator (push notification)', null, laptopUa(u));
        em.audit({ t: u.registeredAt + 20_000, activity: 'User registered all required security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', initiatedBy: byUser(u, L.officeIp(u)), targets: [userTarget(u)], additional: [] });
        if (u.phone) {
          em.audit({ t: u.registeredAt + 50_000, activity: 'Register device', category: 'Device', service: 'Device Registration Service', opType: 'Add', initiatedBy: byApp('Device Registration Service', DRS_SP),
            targets: [{ id: u.phone.id, displayName: u.phone.name, type: 'Device', modifiedProperties: [], administrativeUnits: [] }], additional: [{ key: 'Device Id', value: u.phone.id }, { key: 'Device OS', value: u.phone.ios ? 'iOS' : 'Android' }, { key: 'Device Trust Type', value: 'Workplace' }] });
        }
      }
    }
  }

  phoneSwaps() {
    const em = this.em, r = this.r, L = this.L;
    for (const u of this.dir.users.filter((x) => x.phoneSetupAt)) {
      const t = u.phoneSetupAt + r.int(9, 20) * MIN;
      const ip = L.laptopIp(u, 'office', new Date(t).toISOString().slice(0, 10));
      const dev = u.phone;
      em.audit({ t: t - 60_000, activity: 'Register device', category: 'Device', service: 'Device Registration Service', opType: 'Add', initiatedBy: byApp('Device Registration Service', DRS_SP),
        targets: [{ id: dev.id, displayName: dev.name, type: 'Device', modifiedProperties: [], administrativeUnits: [] }], additional: [{ key: 'Device Id', value: dev.id }, { key: 'Device OS', value: dev.ios ? 'iOS' : 'Android' }, { key: 'Device Trust Type', value: 'Workplace' }] });
      em.audit({ t: t - 55_000, activity: 'Add registered owner to device', category: 'Device', service: 'Core Directory', opType: 'Assign', initiatedBy: byApp('Device Registration Service', DRS_SP),
        targets: [{ id: dev.id, displayName: dev.name, type: 'Device', modifiedProperties: [], administrativeUnits: [] }, userTarget(u)], additional: [] });
      secInfo(em, t, u, ip, 'User registered security info', 'Microsoft Authenticator (push notification)', null, laptopUa(u));
      secInfo(em, t + r.int(1, 4) * MIN, u, ip, 'User changed default security info', 'Microsoft Authenticator (push notification)', null, laptopUa(u));
      secInfo(em, t + r.int(5, 9) * MIN, u, ip, 'User deleted security info', 'Microsoft Authenticator (push notification)', null, laptopUa(u));
    }
  }

  /** the vendor service desk resets passwords and removes lost phones' Authenticator registrations; the user then re-registers from their usual place */
  helpdeskResets() {
    const em = this.em, r = this.r, L = this.L;
    const agents = this.dir.users.filter((u) => u.kind === 'helpdesk');
    const pool = this.dir.users.filter((u) => u.kind === 'office' && !u.skip && u.laptop && !u.phoneSwapDate && u.type === 'Member');
    for (let i = 0; i < 14; i++) {
      const u = r.pick(pool), a = r.pick(agents);
      const d = r.pick(dateList('2026-11-24', '2026-12-04').filter((x) => !isWeekend(x)));
      const t = at(d, u.sched.start + r.real(0.2, 3), u.tz);
      const aip = L.eg.pnq[0].ip;
      const uip = L.laptopIp(u, 'office', d);
      if (i < 9) {
        // forgotten password: reset by the desk, the user changes it at the next sign-in
        em.audit({ t, activity: 'Reset password (by admin)', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', initiatedBy: byUser(a, aip), targets: [userTarget(u)], additional: [{ key: 'User-Agent', value: laptopUa(a) }] });
        em.audit({ t: t + 900, activity: 'Reset user password', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(a, aip), targets: [userTarget(u)], additional: [] });
        em.audit({ t: t + 1400, activity: 'Set force change user password', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiatedBy: byUser(a, aip), targets: [userTarget(u)], additional: [] });
        L.browserSso(a, t - 4 * MIN, aip, APPS.azurePortal, RES.graph);
        L.fullAuth(u, t + r.int(4, 15) * MIN, uip, APPS.officeHome, RES.shellServer, { client: 'Browser' });
        em.audit({ t: t + r.int(16, 20) * MIN, activity: 'Change password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', initiatedBy: byUser(u, uip), targets: [userTarget(u)], additional: [] });
      } else {
        // broken or lost phone: the desk removes the Authenticator registration; the user registers the replacement
        em.audit({ t, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Delete', initiatedBy: byUser(a, aip), targets: [userTarget(u)],
          additional: [{ key: 'Method', value: 'Microsoft Authenticator (push notification)' }], resultReason: 'Admin deleted Microsoft Authenticator (push notification) for user' });
        L.browserSso(a, t - 3 * MIN, aip, APPS.azurePortal, RES.graph);
        const t2 = t + r.int(10, 50) * MIN;
        L.fullAuth(u, t2, uip, APPS.mySignins, RES.graph, { client: 'Browser', steps: STEPS.pwdOnly(u.pwd), err: 50079, req: 'multiFactorAuthentication', addl: 'User needs to perform multi-factor authentication registration' });
        secInfo(em, t2 + r.int(2, 5) * MIN, u, uip, 'User registered security info', 'Microsoft Authenticator (push notification)', null, laptopUa(u));
        L.fullAuth(u, t2 + r.int(6, 9) * MIN, uip, APPS.mySignins, RES.graph, { client: 'Browser' });
      }
    }
  }

  sspr() {
    const em = this.em, r = this.r;
    for (const u of this.dir.users.filter((x) => x.sspr)) {
      if (!r.chance(0.5)) continue;
      em.audit({ t: u.sspr.t, activity: 'Self-service password reset flow activity progress', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', initiatedBy: byUser(u, u.sspr.ip), targets: [userTarget(u)],
        additional: [], resultReason: 'User started the password reset flow' });
      em.audit({ t: u.sspr.t + r.int(60, 200) * 1000, activity: 'Reset password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', initiatedBy: byUser(u, u.sspr.ip), targets: [userTarget(u)],
        additional: [{ key: 'Password writeback', value: 'Succeeded' }] });
    }
  }
}
