// IT staff and their separate admin accounts: Azure portal, Azure CLI and PowerShell, Graph
// Explorer, device-code sign-ins on lab instruments and meeting-room consoles, daily PIM
// activations (one at night for an incident), Conditional Access edits, admin consent to honest
// apps (including a backup product with broad application permissions), and secret rotations.
import { makeRng } from './rng.mjs';
import { at, isWeekend, MIN, HOUR, DAYS } from './time.mjs';
import { poolIp } from './tenant.mjs';
import { emit, audit, refreshes } from './sessions.mjs';
import { pimActivation, userTarget, ROLES, jv } from './audit.mjs';
import { SITES } from './geo.mjs';

export function consentEvents(ctx, r, { t, by, ip, app, scopes, admin, createSp, appRoles, planted, ua }) {
  const sp = app.spId;
  const resourceSp = ctx.spId('00000003-0000-0000-c000-000000000000');
  const grantId = r.b64(32);
  if (createSp) {
    audit(ctx, r, { t: t - 2000, activity: 'Add service principal', category: 'ApplicationManagement', op: 'Add', by: { user: by, ip }, ua,
      targets: [{ id: sp, displayName: app.name, type: 'ServicePrincipal', mods: [['AccountEnabled', '[]', '[true]'], ['AppPrincipalId', '[]', jv([app.appId])], ['DisplayName', '[]', jv([app.name])], ['ServicePrincipalName', '[]', jv([app.appId])], ['Included Updated Properties', '', '"AccountEnabled, AppPrincipalId, DisplayName, ServicePrincipalName"']] }],
      details: [['User-Agent', ua ?? ''], ['AppId', app.appId]], planted });
  }
  const perm = `[Id: ${grantId}, ClientId: ${sp}, PrincipalId: ${admin ? '' : by.id}, ResourceId: ${resourceSp}, ConsentType: ${admin ? 'AllPrincipals' : 'Principal'}, Scope: ${scopes.join(' ')}, CreatedDateTime: , LastModifiedDateTime ]`;
  audit(ctx, r, { t, activity: 'Consent to application', category: 'ApplicationManagement', op: 'Assign', by: { user: by, ip }, ua,
    targets: [{ id: sp, displayName: app.name, type: 'ServicePrincipal', mods: [
      ['ConsentContext.IsAdminConsent', '', jv(admin ? 'True' : 'False')], ['ConsentContext.IsAppOnly', '', jv(appRoles ? 'True' : 'False')],
      ['ConsentContext.OnBehalfOfAll', '', jv(admin ? 'True' : 'False')], ['ConsentContext.Tags', '', '"WindowsAzureActiveDirectoryIntegratedApp"'],
      ['ConsentAction.Permissions', '', jv(`${perm}; `)], ['TargetId.ServicePrincipalNames', '', jv(`${app.appId}`)]] }],
    details: [['User-Agent', ua ?? ''], ['AppId', app.appId]], planted });
  audit(ctx, r, { t: t + 1000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', op: 'Assign', by: { user: by, ip }, ua,
    targets: [{ id: resourceSp, displayName: 'Microsoft Graph', type: 'ServicePrincipal', mods: [['DelegatedPermissionGrant.Scope', '', jv(` ${scopes.join(' ')}`)], ['DelegatedPermissionGrant.ConsentType', '', jv(admin ? 'AllPrincipals' : 'Principal')], ['ServicePrincipal.ObjectID', '', jv(sp)], ['Included Updated Properties', '', '"DelegatedPermissionGrant.Scope, DelegatedPermissionGrant.ConsentType, ServicePrincipal.ObjectID"']] },
      { id: grantId, displayName: null, type: 'Other', mods: [] }],
    details: [['User-Agent', ua ?? '']], planted });
  for (const [value, roleId] of appRoles ?? []) {
    audit(ctx, r, { t: t + 2000, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', op: 'Assign', by: { user: by, ip }, ua,
      targets: [{ id: resourceSp, displayName: value.startsWith('full_access') ? 'Office 365 Exchange Online' : 'Microsoft Graph', type: 'ServicePrincipal', mods: [['AppRole.Id', '', jv(roleId)], ['AppRole.Value', '', jv(value)], ['AppRole.DisplayName', '', jv(value)], ['ServicePrincipal.ObjectID', '', jv(sp)], ['ServicePrincipal.DisplayName', '', jv(app.name)], ['ServicePrincipal.AppId', '', jv(app.appId)]] },
        { id: sp, displayName: app.name, type: 'ServicePrincipal', mods: [] }],
      details: [['User-Agent', ua ?? '']], planted });
  }
}

export function secretEvent(ctx, r, { t, by, ip, appObj, keyDisplay, keyType = 'Password', remove, oldKeys = [], planted, ua }) {
  const keyId = r.uuid();
  const fmt = (k) => `[KeyIdentifier=${k.id},KeyType=${k.type},KeyUsage=Verify,DisplayName=${k.name}]`;
  const newKeys = remove ? oldKeys.filter((k) => k.name !== keyDisplay) : oldKeys.concat([{ id: keyId, type: keyType, name: keyDisplay }]);
  audit(ctx, r, { t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', op: 'Update', by: { user: by, ip }, ua,
    targets: [{ id: appObj.objectId, displayName: appObj.name, type: 'Application', mods: [['KeyDescription', jv(oldKeys.map(fmt)), jv(newKeys.map(fmt))], ['Included Updated Properties', '', '"KeyDescription"']] }],
    details: [['User-Agent', ua ?? ''], ['AppId', appObj.appId]], planted });
  audit(ctx, r, { t: t + 1500, activity: 'Update application', category: 'ApplicationManagement', op: 'Update', by: { user: by, ip }, ua,
    targets: [{ id: appObj.objectId, displayName: appObj.name, type: 'Application', mods: [['Included Updated Properties', '', '""']] }],
    details: [['User-Agent', ua ?? ''], ['AppId', appObj.appId]], planted });
  return newKeys;
}

export function itStaff(ctx) {
  const r = makeRng(ctx.seed, 'it');
  const admins = ctx.users.filter((u) => u.role === 'itadmin');
  const roles = ['helpdesk', 'ua', 'intune', 'exchange', 'appAdmin', 'caAdmin', 'authAdmin', 'secReader'];
  for (const a of admins) {
    const owner = a.owner;
    for (let day = 0; day < DAYS; day++) {
      if (isWeekend(day) || (owner.away && owner.away(day)) || !r.chance(0.75)) continue;
      const site = SITES[owner.site];
      const nk = r.chance(0.8) ? (owner.site === 'BGO' ? 'dc-bgo' : site.hosp) : owner.homeNet;
      const ip = nk === owner.homeNet ? owner.homeIp : poolIp(r, nk);
      const t = at(day, 8, r.int(15, 200), owner.tz);
      const dev = owner.laptop;
      emit(ctx, r, { t, user: a, ip, netKey: nk, device: dev, interactive: true, app: 'azurePortal', res: 'arm', auth: 'fido2', ua: dev.ua, admin: true });
      refreshes(ctx, r, { user: a, t0: t, t1: t + r.int(60, 240) * MIN, netKey: nk, ip, device: dev, refresh: [['azurePortal', 'graph', 45]], uaOverride: dev.ua });
      if (r.chance(0.55)) for (const x of pimActivation(ctx, r, { t: t + r.int(2, 20) * MIN, user: a, ip, role: r.pick(roles), hours: r.pick([2, 4, 8]), justification: r.pick(['Daily operations', 'Helpdesk queue', 'Intune compliance review', 'Mailbox permission change RITM00' + r.int(10000, 99999), 'User onboarding batch', 'Conditional Access review']), ticket: r.chance(0.5) ? `RITM00${r.int(10000, 99999)}` : '' })) if (x.activityDateTime) ctx.audits.push(x);
      const tool = r.weighted([[30, 'graphCli'], [20, 'azureCli'], [12, 'azurePs'], [8, 'graphExplorer'], [30, null]]);
      if (tool) {
        const tt = t + r.int(20, 300) * MIN;
        emit(ctx, r, { t: tt, user: a, ip, netKey: nk, device: dev, interactive: true, app: tool, res: tool === 'azureCli' || tool === 'azurePs' ? 'arm' : 'graph', auth: 'prev', ua: tool === 'graphExplorer' ? dev.ua : tool === 'azureCli' ? 'azCliWin' : 'pwsh', admin: true, client: tool === 'graphExplorer' ? 'Browser' : undefined });
        refreshes(ctx, r, { user: a, t0: tt, t1: tt + r.int(30, 120) * MIN, netKey: nk, ip, device: dev, refresh: [[tool, tool === 'azureCli' || tool === 'azurePs' ? 'arm' : 'graph', 25]], uaOverride: tool === 'graphExplorer' ? dev.ua : tool === 'azureCli' ? 'azCliWin' : 'pwsh' });
      }
    }
  }
  // Night-time incident: on-call admin activates Exchange Administrator from home
  const oncall = admins[1];
  {
    const o = oncall.owner, t = at(8, 23, 41, o.tz);
    emit(ctx, r, { t, user: oncall, ip: o.homeIp, netKey: o.homeNet, device: o.laptop, interactive: true, app: 'azurePortal', res: 'arm', auth: 'fido2', ua: o.laptop.ua, admin: true });
    for (const x of pimActivation(ctx, r, { t: t + 4 * MIN, user: oncall, ip: o.homeIp, role: 'exchange', hours: 4, justification: 'P1 incident - mail flow to NHS.net stalled - INC0047731', ticket: 'INC0047731' })) ctx.audits.push(x);
    refreshes(ctx, r, { user: oncall, t0: t, t1: t + 100 * MIN, netKey: o.homeNet, ip: o.homeIp, device: o.laptop, refresh: [['azurePortal', 'graph', 20]], uaOverride: o.laptop.ua });
  }
  // Global Administrator activations with justification (change windows)
  for (const [day, h, who, why] of [[2, 10, 0, 'CHG0031877 - tenant-wide Authenticator number matching policy review'], [9, 14, 2, 'CHG0031990 - enable cross-tenant access settings for NHS partner tenant']]) {
    const a = admins[who], o = a.owner, ip = poolIp(r, 'dc-bgo');
    for (const x of pimActivation(ctx, r, { t: at(day, h, r.int(0, 40), o.tz), user: a, ip, role: 'ga', hours: 2, justification: why, ticket: why.split(' ')[0] })) ctx.audits.push(x);
  }
  // Conditional Access edits
  for (const [day, h, name, kind] of [[1, 13, 'CA005 - Patient data sites - Require compliant device', 'Update'], [7, 10, 'CA007 - Report only - Block device code flow outside named locations', 'Add'], [9, 15, 'CA001 - All users - Require MFA', 'Update'], [10, 9, 'CA007 - Report only - Block device code flow outside named locations', 'Update']]) {
    const a = admins[r.int(0, 3)], o = a.owner, ip = poolIp(r, 'dc-bgo');
    audit(ctx, r, { t: at(day, h, r.int(0, 59), o.tz), activity: `${kind} conditional access policy`, category: 'Policy', service: 'Conditional Access', op: kind, by: { user: a, ip },
      targets: [{ id: r.uuid(), displayName: name, type: 'Policy', mods: [['ConditionalAccessPolicy', kind === 'Add' ? '' : jv({ displayName: name, state: 'enabled' }), jv({ displayName: name, state: kind === 'Add' ? 'enabledForReportingButNotEnforced' : 'enabled', modifiedDateTime: new Date(at(day, h, 0, 1)).toISOString() })]] }] });
  }
  // Admin consent to honest applications
  const honest = ctx.honestApps;
  const consents = [[2, 11, honest.zoom, ['User.Read', 'Calendars.ReadWrite', 'offline_access', 'openid', 'profile'], null],
    [4, 14, honest.qualtrics, ['User.Read', 'Mail.Send', 'offline_access'], null],
    [8, 10, honest.veeam, ['User.Read'], [['full_access_as_app', 'dc890d15-9560-4a4c-9b7f-a736ec74ec40'], ['Sites.FullControl.All', 'a82116e5-55eb-4c41-a434-62fe8a61c773'], ['Group.Read.All', '5b567255-7703-4780-807c-7be8301ae99b']]],
    [10, 13, honest.acrobat, ['User.Read', 'Files.ReadWrite.All', 'Sites.Read.All', 'offline_access'], null]];
  for (const [day, h, app, scopes, appRoles] of consents) {
    const a = admins[r.int(0, 4)], o = a.owner, ip = poolIp(r, 'dc-bgo');
    const t = at(day, h, r.int(0, 59), o.tz);
    emit(ctx, r, { t: t - 3 * MIN, user: a, ip, netKey: 'dc-bgo', device: o.laptop, interactive: true, app: [app.appId, app.name, app.owner], res: 'graph', auth: 'prev', ua: o.laptop.ua, admin: true, client: 'Browser' });
    consentEvents(ctx, r, { t, by: a, ip, app, scopes, admin: true, createSp: true, appRoles, ua: ctx.uaString(o.laptop.ua) });
  }
  // Secret rotations on the integration apps
  const lims = ctx.appRegs.lims, pacs = ctx.appRegs.pacs, hr = ctx.appRegs.hr;
  const rot = (day, h, app, name, type, remove) => {
    const a = admins[r.int(0, 5)], o = a.owner;
    app.keys = secretEvent(ctx, r, { t: at(day, h, r.int(0, 59), o.tz), by: a, ip: poolIp(r, 'dc-bgo'), appObj: app, keyDisplay: name, keyType: type, remove, oldKeys: app.keys, ua: ctx.uaString(o.laptop.ua) });
  };
  rot(3, 10, lims, 'lims-gateway-2025-11', 'Password', false);
  rot(5, 9, lims, 'lims-gateway-2025-05', 'Password', true);
  rot(7, 14, pacs, 'CN=pacs-exchange.nordhav.org 2025-2026', 'AsymmetricX509Cert', false);
  rot(10, 11, hr, 'visma-provisioning-2025Q4', 'Password', false);
  // Eligible role assignment for a new helpdesk hire; removal for a leaver
  {
    const a = admins[0], o = a.owner, ip = poolIp(r, 'dc-bgo'), t = at(4, 13, 20, o.tz);
    const hire = ctx.newStarters.find((u) => u.role === 'it') ?? ctx.newStarters[0];
    for (const [act, tgt] of [['Add eligible member to role in PIM requested (permanent)', hire], ['Add eligible member to role in PIM completed (permanent)', hire]]) {
      audit(ctx, r, { t: t + (act.includes('completed') ? 9000 : 0), activity: act, category: 'RoleManagement', service: 'PIM', op: 'Assign', by: { user: a, ip },
        targets: [{ id: ROLES.helpdesk[1], displayName: ROLES.helpdesk[0], type: 'Role' }, userTarget(tgt, [])], details: [['Justification', 'New starter - service desk team'], ['ipaddr', ip]] });
    }
    const leaver = ctx.leavers[0];
    audit(ctx, r, { t: at(11, 15, 5, o.tz), activity: 'Remove eligible member from role in PIM completed (permanent)', category: 'RoleManagement', service: 'PIM', op: 'Unassign', by: { user: a, ip },
      targets: [{ id: ROLES.intune[1], displayName: ROLES.intune[0], type: 'Role' }, userTarget(leaver, [])], details: [['Justification', 'Leaver - HR ticket HR-8812'], ['ipaddr', ip]] });
  }
  labDeviceCode(ctx, r, admins);
  return HOUR;
}

function labDeviceCode(ctx, r, admins) {
  // az login --use-device-code on headless lab-instrument PCs in the Bergen data centre
  for (const day of [1, 3, 4, 8, 10, 11]) {
    const a = admins[r.int(0, 3)], o = a.owner;
    const ip = poolIp(r, 'dc-bgo'), t = at(day, r.int(9, 15), r.int(0, 59), o.tz);
    emit(ctx, r, { t, user: o, ip, netKey: 'dc-bgo', device: null, interactive: true, app: 'azureCli', res: 'arm', auth: 'push', ua: 'azCliLinux', protocol: 'deviceCode', transfer: 'deviceCodeFlow', client: 'Mobile Apps and Desktop clients' });
    refreshes(ctx, r, { user: o, t0: t, t1: t + r.int(60, 300) * MIN, netKey: 'dc-bgo', ip, device: null, refresh: [['azureCli', 'arm', 55]], uaOverride: 'azCliLinux' });
  }
  // Teams Rooms consoles (resource accounts) re-signed in with device code after updates
  for (const room of ctx.rooms) {
    for (const day of [r.int(0, 4), r.int(7, 12)]) {
      const t = at(day, r.int(7, 9), r.int(0, 59), 1);
      emit(ctx, r, { t, user: room, ip: poolIp(r, room.net), netKey: room.net, device: room.device, interactive: true, app: 'teams', res: 'teamsSvc', auth: 'password', ua: 'teamsRoom', protocol: 'deviceCode', transfer: 'deviceCodeFlow', caExcluded: true });
    }
  }
}

/** Helpdesk work in the admin portal: password resets, group membership, enterprise-app access. */
export function helpdesk(ctx) {
  const r = makeRng(ctx.seed, 'helpdesk');
  const admins = ctx.users.filter((u) => u.role === 'itadmin');
  const members = ctx.users.filter((u) => u.type === 'member' && !['itadmin', 'svc', 'room'].includes(u.role) && !u.dormant);
  for (let day = 0; day < DAYS; day++) {
    if (isWeekend(day)) continue;
    for (let k = r.int(8, 16); k > 0; k--) {
      const a = r.pick(admins), o = a.owner, ip = poolIp(r, o.site === 'BGO' ? 'dc-bgo' : SITES[o.site].hosp);
      const u = r.pick(members), t = at(day, r.int(8, 15), r.int(0, 59), o.tz);
      const kind = r.weighted([[50, 'group'], [20, 'approle'], [12, 'reset'], [18, 'update']]);
      if (kind === 'group') audit(ctx, r, { t, activity: 'Add member to group', category: 'GroupManagement', op: 'Assign', by: { user: a, ip }, ua: ctx.uaString(o.laptop.ua),
        targets: [userTarget(u, [['Group.ObjectID', '', jv(ctx.spId(`grp:${day}:${k}`))], ['Group.DisplayName', '', jv(r.pick(['SG-REDCap-Users', 'SG-PACS-Viewers', 'SG-Research-Oncology', 'SG-Ward-Rota-Editors', 'SG-VPN-Exception', 'SG-Printers-' + u.site]))]])] });
      else if (kind === 'approle') audit(ctx, r, { t, activity: 'Add app role assignment grant to user', category: 'ApplicationManagement', op: 'Assign', by: { user: a, ip }, ua: ctx.uaString(o.laptop.ua),
        targets: [{ id: ctx.spId(`sp:reg:${r.pick(['redcap', 'rota', 'servicenow'])}`), displayName: r.pick(['REDCap Research Data', 'Allocate HealthRoster', 'ServiceNow']), type: 'ServicePrincipal', mods: [['AppRole.Id', '', jv('00000000-0000-0000-0000-000000000000')], ['User.UPN', '', jv(u.upn)]] }, userTarget(u, [])] });
      else if (kind === 'reset') {
        audit(ctx, r, { t, activity: 'Reset user password', category: 'UserManagement', op: 'Update', by: { user: a, ip }, ua: ctx.uaString(o.laptop.ua), targets: [userTarget(u, [])] });
        audit(ctx, r, { t: t + 1000, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', op: 'Update', by: { user: a, ip }, targets: [userTarget(u, [['StsRefreshTokensValidFrom', '', jv([new Date(t).toISOString()])]])] });
      } else audit(ctx, r, { t, activity: 'Update user', category: 'UserManagement', op: 'Update', by: { user: a, ip }, ua: ctx.uaString(o.laptop.ua),
        targets: [userTarget(u, [[r.pick(['MobilePhone', 'TelephoneNumber', 'UsageLocation', 'OfficeLocation']), '[]', jv([r.hex(6)])], ['Included Updated Properties', '', '""']])] });
    }
  }
}
