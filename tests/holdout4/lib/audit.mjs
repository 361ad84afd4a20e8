// directoryAudit records and the common audit sequences of everyday identity administration.
import { iso7, MIN, HOUR, localHour, local, localDay, T1 } from './clock.mjs';
import { ATTACK } from './signin.mjs';
import { ROLES, UA } from './catalog.mjs';

const J = (v) => JSON.stringify(v);
export const mp = (displayName, oldValue, newValue) => ({ displayName, oldValue: oldValue === null ? null : oldValue, newValue });

/** One directoryAudit. by: { user, ip } or { app: {name, appId, spId} } */
export function ad(ctx, o) {
  const rng = ctx.rng;
  const corr = o.corr || rng.guid();
  let initiatedBy;
  if (o.by.app) initiatedBy = { app: { appId: o.by.app.appId || o.by.app.id || null, displayName: o.by.app.name, servicePrincipalId: o.by.app.spId || null, servicePrincipalName: o.by.app.spName || null }, user: null };
  else {
    const u = o.by.user;
    initiatedBy = { user: { id: u.id, displayName: null, userPrincipalName: u.guest ? u.extUpn : (u.upnAudit || u.upn), ipAddress: o.by.ip || '', userType: null, homeTenantId: null, homeTenantName: null }, app: null };
  }
  const rec = {
    id: `Directory_${corr}_${rng.alnum(5)}_${rng.int(10000000, 999999999)}`,
    category: o.category,
    correlationId: corr,
    result: o.result || 'success',
    resultReason: o.reason || '',
    activityDisplayName: o.activity,
    activityDateTime: iso7(o.t, rng.int(0, 9999999)),
    loggedByService: o.service || 'Core Directory',
    operationType: o.op || 'Update',
    initiatedBy,
    userAgent: o.ua ?? null,
    targetResources: o.targets || [],
    additionalDetails: o.details || [],
  };
  if (o.attack) rec[ATTACK] = o.attack;
  if (o.t < T1) ctx.audits.push(rec);
  return rec;
}

export const tUser = (u, props = []) => ({ id: u.id, displayName: null, type: 'User', userPrincipalName: u.guest ? u.extUpn : u.upn, groupType: null, modifiedProperties: props });
export const tApp = (a, type = 'Application', props = []) => ({ id: type === 'ServicePrincipal' ? a.spId : (a.objId || a.spId), displayName: a.name, type, userPrincipalName: null, groupType: null, modifiedProperties: props });
export const tGroup = (g, props = []) => ({ id: g.id, displayName: g.name, type: 'Group', userPrincipalName: null, groupType: g.type || 'unifiedGroups', modifiedProperties: props });
export const tRole = (role, id) => ({ id, displayName: role.name, type: 'Role', userPrincipalName: null, groupType: null, modifiedProperties: [] });
export const tDevice = (d, props = []) => ({ id: d.objId || d.id, displayName: d.displayName, type: 'Device', userPrincipalName: null, groupType: null, modifiedProperties: props });
export const tPolicy = (p, props = []) => ({ id: p.id, displayName: p.displayName, type: 'Policy', userPrincipalName: null, groupType: null, modifiedProperties: props });

/** Business-hours time for the helpdesk: if t falls outside 07:30–18:30 CET, push to next morning. */
export function businessTime(ctx, t) {
  const h = localHour(t, 'CET');
  if (h >= 7.5 && h < 18.5) return t;
  const d = localDay(t, 'CET') + (h >= 18.5 ? 1 : 0);
  return local(d, 8 + ctx.rng.float(0, 1.5), 'CET');
}

export function helpdeskOnDuty(ctx, t) {
  const hd = ctx.w.it.helpdesk.filter((u) => !u.startT || u.startT + 3 * HOUR < t);
  return hd[Math.floor(ctx.rng.next() * hd.length)];
}
export const adminIp = (ctx, u, t) => (u.homeDays && u.homeDays.includes(((localDay(t, 'CET') % 7) + 7) % 7) ? u.homeAt(t) : ctx.w.sites[u.site].ips[0]);

export function auditSspr(ctx, { t, user, ip, attack }) {
  const by = { user, ip };
  ad(ctx, { t, activity: 'Self-service password reset flow activity progress', category: 'UserManagement', service: 'Self-service Password Management', by, targets: [tUser(user)], reason: 'User started the password reset flow', attack });
  ad(ctx, { t: t + ctx.rng.int(40, 150) * 1000, activity: 'Self-service password reset flow activity progress', category: 'UserManagement', service: 'Self-service Password Management', by, targets: [tUser(user)], reason: 'User completed the SMS verification', attack });
  ad(ctx, { t: t + ctx.rng.int(160, 260) * 1000, activity: 'Reset password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', by, targets: [tUser(user)], reason: 'User successfully reset password', attack });
}

export function auditHelpdeskReset(ctx, { t, user, admin }) {
  t = businessTime(ctx, t);
  const a = admin || helpdeskOnDuty(ctx, t);
  const ip = adminIp(ctx, a, t);
  const by = { user: a, ip };
  const corr = ctx.rng.guid();
  ad(ctx, { t, corr, activity: 'Reset user password', category: 'UserManagement', by, targets: [tUser(user)], ua: UA.edgeWin(122) });
  ad(ctx, { t: t + 1500, corr, activity: 'Reset password (by admin)', category: 'UserManagement', service: 'Self-service Password Management', by, targets: [tUser(user)], reason: 'Successfully set temporary password', ua: UA.edgeWin(122) });
  ad(ctx, { t: t + 2500, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', by: { app: { name: 'Microsoft Substrate Management', appId: '98db8bd6-0cc0-4e67-9de5-f187f1cd1b41' } }, targets: [tUser(user, [mp('StsRefreshTokensValidFrom', J([new Date(t - 40 * 86400000).toISOString()]), J([new Date(t).toISOString()])), mp('Included Updated Properties', null, '"StsRefreshTokensValidFrom"')])] });
  return t;
}

const METHOD_REASON = {
  app: 'User registered Authenticator App with Notification and Code',
  phone: 'User registered Mobile Phone SMS',
  otp: 'User registered Authenticator App with Code',
  fido: 'User registered FIDO2 security key',
};
/** Security-info registration by the user (self-service, via My Sign-ins / the combined registration). */
export function auditRegister(ctx, { t, user, ip, method = 'app', all = false, replace = false, attack, ua }) {
  const by = { user, ip };
  ad(ctx, { t, activity: 'User started security info registration', category: 'UserManagement', service: 'Authentication Methods', by, targets: [tUser(user)], reason: 'User started the registration for Authenticator App', attack, ua });
  ad(ctx, { t: t + ctx.rng.int(30, 120) * 1000, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', by, targets: [tUser(user)], reason: METHOD_REASON[method], attack, ua });
  if (replace) ad(ctx, { t: t + ctx.rng.int(130, 240) * 1000, activity: 'User changed default security info', category: 'UserManagement', service: 'Authentication Methods', by, targets: [tUser(user)], reason: 'User changed default security info from Mobile Phone SMS to Authenticator App', attack, ua });
  if (all) ad(ctx, { t: t + ctx.rng.int(130, 260) * 1000, activity: 'User registered all required security info', category: 'UserManagement', service: 'Authentication Methods', by, targets: [tUser(user)], reason: 'User registered all required security info', attack, ua });
}
export function auditDeleteMethod(ctx, { t, user, ip, attack }) {
  ad(ctx, { t, activity: 'User deleted security info', category: 'UserManagement', service: 'Authentication Methods', by: { user, ip }, targets: [tUser(user)], reason: 'User deleted Authenticator App with Notification and Code', attack });
}
export function auditTap(ctx, { t, user, admin, attack }) {
  const ip = adminIp(ctx, admin, t);
  ad(ctx, { t, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', by: { user: admin, ip }, targets: [tUser(user)], reason: 'Admin registered temporary access pass method for user', attack, ua: UA.edgeWin(122) });
}

/** PIM self-activation of an eligible role (requested + completed), plus its expiry. */
export function auditPim(ctx, { t, user, ip, role, hours = 8, justification = 'Daily operations', attack }) {
  const rid = ctx.roleId(role);
  const corr = ctx.rng.guid();
  const by = { user, ip };
  const ttl = [mp('Role.DisplayName', null, J(role.name)), mp('Role.TemplateId', null, J(role.template)), mp('Role.WellKnownObjectName', null, J(role.wk))];
  ad(ctx, { t, corr, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', op: 'Assign', by, targets: [tRole(role, rid), tUser(user)], details: [{ key: 'Justification', value: justification }, { key: 'StartTime', value: new Date(t).toISOString() }, { key: 'ExpirationTime', value: new Date(t + hours * HOUR).toISOString() }], attack, ua: UA.edgeWin(122) });
  ad(ctx, { t: t + ctx.rng.int(3, 20) * 1000, corr, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', op: 'Assign', by, targets: [tRole(role, rid), tUser(user)], details: [{ key: 'Justification', value: justification }], attack });
  ad(ctx, { t: t + ctx.rng.int(3, 20) * 1000 + 500, activity: 'Add member to role', category: 'RoleManagement', op: 'Assign', by: { app: { name: 'MS-PIM', appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e' } }, targets: [tUser(user, ttl), tRole(role, rid)], attack });
  const end = t + hours * HOUR;
  ad(ctx, { t: end + ctx.rng.int(5, 60) * 1000, activity: 'Remove member from role (PIM activation expired)', category: 'RoleManagement', service: 'PIM', op: 'Unassign', by: { app: { name: 'MS-PIM', appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e' } }, targets: [tRole(role, rid), tUser(user)], attack });
  ad(ctx, { t: end + ctx.rng.int(61, 120) * 1000, activity: 'Remove member from role', category: 'RoleManagement', op: 'Unassign', by: { app: { name: 'MS-PIM', appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e' } }, targets: [tUser(user, ttl.map((p) => mp(p.displayName, p.newValue, null))), tRole(role, rid)], attack });
}

/** Direct (non-PIM) role assignment. */
export function auditRoleAdd(ctx, { t, by, ip, user, role, attack }) {
  const rid = ctx.roleId(role);
  ad(ctx, { t, activity: 'Add member to role', category: 'RoleManagement', op: 'Assign', by: { user: by, ip }, targets: [tUser(user, [mp('Role.ObjectID', null, J(rid)), mp('Role.DisplayName', null, J(role.name)), mp('Role.TemplateId', null, J(role.template)), mp('Role.WellKnownObjectName', null, J(role.wk))]), tRole(role, rid)], attack, ua: UA.edgeWin(122) });
}

/** Consent: user (Principal) or admin (AllPrincipals). Emits Add service principal when the app is new to the tenant. */
export function auditConsent(ctx, { t, user, ip, app, scopes, admin = false, newSp = false, attack, ua }) {
  const rng = ctx.rng;
  const by = { user, ip };
  const corr = rng.guid();
  const graphSp = ctx.resSp('00000003-0000-0000-c000-000000000000');
  const scope = ' ' + scopes.join(' ');
  const ctype = admin ? 'AllPrincipals' : 'Principal';
  const grantId = rng.b64url(43);
  if (newSp) ad(ctx, { t: t - 2000, corr, activity: 'Add service principal', category: 'ApplicationManagement', op: 'Add', by, targets: [tApp(app, 'ServicePrincipal', [mp('AccountEnabled', '[]', '[true]'), mp('AppPrincipalId', '[]', J([app.id])), mp('DisplayName', '[]', J([app.name])), mp('ServicePrincipalName', '[]', J([app.id])), mp('Included Updated Properties', null, '"AccountEnabled, AppPrincipalId, DisplayName, ServicePrincipalName"')])], attack, ua });
  ad(ctx, { t, corr, activity: 'Add delegated permission grant', category: 'ApplicationManagement', op: 'Assign', by, targets: [
    { id: graphSp, displayName: 'Microsoft Graph', type: 'ServicePrincipal', userPrincipalName: null, groupType: null, modifiedProperties: [mp('DelegatedPermissionGrant.Scope', '', J(scope)), mp('DelegatedPermissionGrant.ConsentType', '', J(ctype)), mp('ServicePrincipal.ObjectID', '', J(app.spId)), mp('Included Updated Properties', null, '"DelegatedPermissionGrant.Scope, DelegatedPermissionGrant.ConsentType"')] },
    tApp(app, 'ServicePrincipal'),
  ], attack, ua });
  const perms = `[] => [[Id: ${grantId}, ClientId: ${app.spId}, PrincipalId: ${admin ? '' : user.id}, ResourceId: ${graphSp}, ConsentType: ${ctype}, Scope: ${scope}, CreatedDateTime: , LastModifiedDateTime ]]; `;
  ad(ctx, { t: t + 800, corr, activity: 'Consent to application', category: 'ApplicationManagement', op: 'Assign', by, targets: [tApp(app, 'ServicePrincipal', [
    mp('ConsentContext.IsAdminConsent', null, J(admin ? 'True' : 'False')), mp('ConsentContext.IsAppOnly', null, '"False"'), mp('ConsentContext.OnBehalfOfAll', null, J(admin ? 'True' : 'False')),
    mp('ConsentContext.Tags', null, '"WindowsAzureActiveDirectoryIntegratedApp"'), mp('ConsentAction.Permissions', null, J(perms)), mp('TargetId.ServicePrincipalNames', null, J(`${app.id}`)),
  ])], details: [{ key: 'User-Agent', value: ua || UA.edgeWin(122) }, { key: 'AppId', value: app.id }], attack, ua });
}

/** Application permission (app role) granted by an admin. */
export function auditAppRole(ctx, { t, user, ip, app, role }) {
  const graphSp = ctx.resSp('00000003-0000-0000-c000-000000000000');
  ad(ctx, { t, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', op: 'Assign', by: { user, ip }, targets: [
    { id: graphSp, displayName: 'Microsoft Graph', type: 'ServicePrincipal', userPrincipalName: null, groupType: null, modifiedProperties: [mp('AppRole.Value', null, J(role)), mp('ServicePrincipal.DisplayName', null, J(app.name)), mp('ServicePrincipal.ObjectID', null, J(app.spId))] },
    tApp(app, 'ServicePrincipal'),
  ], ua: UA.edgeWin(122) });
}

const keyDesc = (c) => `[KeyIdentifier=${c.keyId},KeyType=${c.type === 'certificate' ? 'AsymmetricX509Cert' : 'Password'},KeyUsage=${c.type === 'certificate' ? 'Verify' : 'Verify'},DisplayName=${c.displayName}]`;
/** Secret / certificate added to (or removed from) an app registration. by: {user, ip} or {app} */
export function auditAppCred(ctx, { t, by, app, before, after, attack, ua }) {
  ad(ctx, { t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', op: 'Update', by, targets: [tApp({ ...app, objId: app.objId || app.spId }, 'Application', [
    mp('KeyDescription', J(before.map(keyDesc)), J(after.map(keyDesc))), mp('Included Updated Properties', null, '"KeyDescription"'),
  ])], attack, ua });
  ad(ctx, { t: t + 1200, activity: 'Update application', category: 'ApplicationManagement', op: 'Update', by, targets: [tApp({ ...app, objId: app.objId || app.spId }, 'Application', [mp('Included Updated Properties', null, '""')])], attack, ua });
}

export function auditInvite(ctx, { t, by, ip, guest, attack, ua }) {
  const corr = ctx.rng.guid();
  ad(ctx, { t, corr, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', op: 'Add', by: { user: by, ip }, targets: [tUser(guest)], details: [{ key: 'invitedUserEmailAddress', value: guest.upn }, { key: 'oid', value: guest.id }], attack, ua });
  ad(ctx, { t: t + 1500, corr, activity: 'Add user', category: 'UserManagement', op: 'Add', by: { user: by, ip }, targets: [tUser(guest, [mp('AccountEnabled', '[]', '[true]'), mp('DisplayName', '[]', J([guest.name])), mp('UserPrincipalName', '[]', J([guest.extUpn])), mp('UserType', '[]', '["Guest"]'), mp('Included Updated Properties', null, '"AccountEnabled, DisplayName, UserPrincipalName, UserType"')])], attack, ua });
}
export function auditRedeem(ctx, { t, guest, ip, attack }) {
  ad(ctx, { t, activity: 'Redeem external user invite', category: 'UserManagement', service: 'B2B Invitation', op: 'Update', by: { user: guest, ip }, targets: [tUser(guest)], details: [{ key: 'invitedUserEmailAddress', value: guest.upn }], attack });
  ad(ctx, { t: t + 2000, activity: 'Update user', category: 'UserManagement', op: 'Update', by: { app: { name: 'Microsoft Invitation Acceptance Portal', appId: '4660504c-45b3-4674-a709-71951a6b0763' } }, targets: [tUser(guest, [mp('UserState', '["PendingAcceptance"]', '["Accepted"]'), mp('Included Updated Properties', null, '"UserState, UserStateChangedOn"')])], attack });
}

/** Device registration (Entra join/registration). */
export function auditDevice(ctx, { t, user, device, ip, os = 'Windows', trust = 'AzureAd', attack }) {
  const rng = ctx.rng;
  const drs = { name: 'Device Registration Service', appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9' };
  device.objId = device.objId || rng.guid();
  const corr = rng.guid();
  ad(ctx, { t, corr, activity: 'Add device', category: 'Device', op: 'Add', by: { app: drs }, targets: [tDevice(device, [mp('AccountEnabled', '[]', '[true]'), mp('OSType', '[]', J([os])), mp('DeviceTrustType', '[]', J([trust])), mp('DisplayName', '[]', J([device.displayName]))])], details: [{ key: 'AdditionalInfo', value: '' }, { key: 'Device Id', value: device.id }, { key: 'Device OS', value: os }, { key: 'Device Trust Type', value: trust }], attack });
  ad(ctx, { t: t + 900, corr, activity: 'Add registered owner to device', category: 'Device', op: 'Assign', by: { app: drs }, targets: [tDevice(device), tUser(user)], attack });
  ad(ctx, { t: t + 1400, corr, activity: 'Add registered users to device', category: 'Device', op: 'Assign', by: { app: drs }, targets: [tDevice(device), tUser(user)], attack });
  ad(ctx, { t: t + 2000, corr, activity: 'Register device', category: 'Device', service: 'Device Registration Service', op: 'Add', by: { user, ip }, targets: [tDevice(device)], details: [{ key: 'Device Id', value: device.id }, { key: 'Device OS', value: os }, { key: 'Device Trust Type', value: trust }, { key: 'User-Agent', value: 'Dsreg/10.0 (Windows 10.0.22631.3155)' }], attack });
}

export function auditCa(ctx, { t, by, ip, policy, before, after }) {
  ad(ctx, { t, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', op: 'Update', by: { user: by, ip }, targets: [tPolicy(policy, [mp('ConditionalAccessPolicy', J(before), J(after))])], ua: UA.edgeWin(122) });
}

export { J, ROLES, MIN };
