// Directory audit events: a builder for the activities used here, and the honest directory work of the fortnight.
import { START, END, MIN, HOUR, DAY, localToUtc } from './calendar.mjs';

export const ROLE_TEMPLATES = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
  'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  'Application Administrator': '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  'Cloud Application Administrator': '158c047a-c907-4556-b7ef-446551a6b5f7',
  'Exchange Administrator': '29232cdf-9323-42fd-ade2-1d097af3e4de',
  'Intune Administrator': '3a2c62db-5318-420d-8d74-23affee5d9d5',
  'Conditional Access Administrator': 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  'Helpdesk Administrator': '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  'Authentication Administrator': 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1',
};
export const PIM_APP = { appId: null, displayName: 'MS-PIM', spId: 'fa8a3b0c-2f4b-4e1b-9f3a-0d4b7c7d6e21', spName: null };
export const DRS_APP = { appId: null, displayName: 'Device Registration Service', spId: '5bd0a0e5-7c5f-4d15-a9ef-63c5b36d9a1e', spName: null };
export const INTUNE_APP = { appId: null, displayName: 'Microsoft Intune', spId: '2c3a41f0-6b8e-4a11-bb6c-9b0f3c7e8a52', spName: null };
export const PROV_APP = { appId: null, displayName: 'Microsoft Substrate Management', spId: '8d4c2e71-5a9b-4f0c-b2e3-71a9c6d0e4f8', spName: null };

const PREFIX = { 'Core Directory': 'Directory', 'Authentication Methods': 'UserManagement', 'Self-service Password Management': 'SSPR', PIM: 'PIM', 'Invited Users': 'B2B', 'Device Registration Service': 'DRS', 'Conditional Access': 'Policy', 'Application Proxy': 'AppProxy' };
const q = (s) => JSON.stringify(s);                // Graph's JSON-encoded string values
const arr = (...xs) => JSON.stringify(xs);

export class Auditor {
  constructor(T, rng, sink) { this.T = T; this.r = rng; this.sink = sink; }
  add(e) {
    const r = this.r;
    e.correlationId = e.correlationId || r.uuid();
    e.id = `${PREFIX[e.service] || 'Directory'}_${e.correlationId}_${r.alnum(5)}_${r.digits(r.int(8, 9))}`;
    e.frac7 = r.digits(7);
    e.operationType = e.operationType || 'Update';
    if (!e.app && e.ua && !e.details) e.details = [['User-Agent', e.ua]];
    e.userAgent = e.userAgent ?? (e.app ? null : e.ua ?? null);
    return this.sink.audit(e);
  }
  userTarget(u, props = []) { return { id: u.id, displayName: null, type: 'User', upn: u.upn, props }; }

  // ---------------------------------------------------------------- activity helpers
  addUser(t, actor, ip, u, ua, extra = {}) {
    const props = [['AccountEnabled', '[]', '[true]'], ['DisplayName', '[]', arr(u.displayName)], ['UserPrincipalName', '[]', arr(u.upn)], ['UserType', '[]', arr(u.userType === 'guest' ? 'Guest' : 'Member')], ['Included Updated Properties', null, q('AccountEnabled, DisplayName, UserPrincipalName, UserType')]];
    return this.add({ t, actor, ip, ua, activity: 'Add user', category: 'UserManagement', service: 'Core Directory', operationType: 'Add', targets: [this.userTarget(u, props)], ...extra });
  }
  updateUser(t, actor, ip, u, props, ua, extra = {}) {
    return this.add({ t, actor, ip, ua, activity: 'Update user', category: 'UserManagement', service: 'Core Directory', targets: [this.userTarget(u, [...props, ['Included Updated Properties', null, q(props.map((x) => x[0]).join(', '))]])], ...extra });
  }
  license(t, actor, ip, u, ua) {
    return this.add({ t, actor, ip, ua, activity: 'Change user license', category: 'UserManagement', service: 'Core Directory', targets: [this.userTarget(u)] });
  }
  groupAdd(t, actor, ip, u, group, ua, app = null) {
    const g = { id: this.groupId(group), displayName: group, type: 'Group', groupType: 'unifiedGroups', props: [] };
    return this.add({ t, actor, app, ip, ua, activity: 'Add member to group', category: 'GroupManagement', service: 'Core Directory', operationType: 'Assign',
      targets: [this.userTarget(u, [['Group.ObjectID', null, q(g.id)], ['Group.DisplayName', null, q(group)]]), g] });
  }
  groupId(name) { this._g = this._g || new Map(); if (!this._g.has(name)) this._g.set(name, this.r.fork(`grp:${name}`).uuid()); return this._g.get(name); }
  secInfo(t, u, ip, activity, reason, ua, actor = null, op = 'Add') {
    return this.add({ t, actor: actor || u, ip, ua, activity, category: 'UserManagement', service: 'Authentication Methods', operationType: op, resultReason: reason, targets: [this.userTarget(u)] });
  }
  resetPassword(t, actor, ip, u, ua) {
    const cid = this.r.uuid();
    this.add({ t, actor, ip, ua, correlationId: cid, activity: 'Reset user password', category: 'UserManagement', service: 'Core Directory', targets: [this.userTarget(u)] });
    this.add({ t: t + 900, actor, ip, ua, correlationId: cid, activity: 'Reset password (by admin)', category: 'UserManagement', service: 'Self-service Password Management', resultReason: 'Successfully completed reset.', targets: [this.userTarget(u)] });
  }
  revokeSessions(t, actor, ip, u, ua) {
    return this.updateUser(t, actor, ip, u, [['StsRefreshTokensValidFrom', arr('2026-09-01T00:00:00Z'), arr(new Date(t).toISOString().replace('.000Z', 'Z'))]], ua);
  }
  selfPasswordChange(t, u, ip, ua, sspr = false) {
    const cid = this.r.uuid();
    if (sspr) {
      this.add({ t: t - 90000, actor: u, ip, ua, correlationId: cid, activity: 'Self-service password reset flow activity progress', category: 'UserManagement', service: 'Self-service Password Management', resultReason: 'User successfully verified their identity using Microsoft Authenticator app notification', targets: [this.userTarget(u)] });
      this.add({ t, actor: u, ip, ua, correlationId: cid, activity: 'Reset password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', resultReason: 'Successfully completed reset.', targets: [this.userTarget(u)] });
    } else {
      this.add({ t, actor: u, ip, ua, correlationId: cid, activity: 'Change password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', resultReason: 'User changed password', targets: [this.userTarget(u)] });
    }
    this.add({ t: t + 1200, actor: u, ip, ua, correlationId: cid, activity: sspr ? 'Reset user password' : 'Change user password', category: 'UserManagement', service: 'Core Directory', targets: [this.userTarget(u)] });
  }
  pimActivation(t, admin, ip, role, justification, ua, hours = 4) {
    const T = this.T, r = this.r;
    const cid = r.uuid();
    const roleT = { id: ROLE_TEMPLATES[role], displayName: role, type: 'Role', props: [] };
    const det = [['RoleDefinitionOriginId', ROLE_TEMPLATES[role]], ['RoleDefinitionOriginType', 'BuiltInRole'], ['TemplateId', ROLE_TEMPLATES[role]], ['StartTime', new Date(t).toISOString()], ['ExpirationTime', new Date(t + hours * HOUR).toISOString()], ['Justification', justification], ['ipAddress', ip]];
    this.add({ t, actor: admin, ip, ua, correlationId: cid, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', operationType: 'Assign', targets: [roleT, this.userTarget(admin)], details: det });
    this.add({ t: t + 2100, actor: admin, ip, ua, correlationId: cid, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', operationType: 'Assign', targets: [roleT, this.userTarget(admin)], details: det });
    this.add({ t: t + 2700, app: PIM_APP, correlationId: cid, activity: 'Add member to role', category: 'RoleManagement', service: 'Core Directory', operationType: 'Assign',
      targets: [{ ...this.userTarget(admin), props: [['Role.ObjectID', null, q(r.fork(`roleobj:${role}`).uuid())], ['Role.DisplayName', null, q(role)], ['Role.TemplateId', null, q(ROLE_TEMPLATES[role])]] }, roleT] });
    const exp = t + hours * HOUR + r.int(1, 40) * 1000;
    this.add({ t: exp, app: PIM_APP, activity: 'Remove member from role (PIM activation expired)', category: 'RoleManagement', service: 'PIM', operationType: 'Unassign', targets: [roleT, this.userTarget(admin)] });
    this.add({ t: exp + 1500, app: PIM_APP, activity: 'Remove member from role', category: 'RoleManagement', service: 'Core Directory', operationType: 'Unassign', targets: [{ ...this.userTarget(admin), props: [['Role.DisplayName', q(role), null], ['Role.TemplateId', q(ROLE_TEMPLATES[role]), null]] }, roleT] });
  }
  appSecret(t, actor, ip, app, keyId, keyName, existing, ua, kind = 'Password') {
    const desc = (id, name, type) => `[KeyIdentifier=${id},KeyType=${type},KeyUsage=Verify,DisplayName=${name}]`;
    const old = existing.map(([id, name, type]) => desc(id, name, type || 'Password'));
    const nu = [...old, desc(keyId, keyName, kind)];
    return this.add({ t, actor, ip, ua, activity: 'Update application \u2013 Certificates and secrets management ', category: 'ApplicationManagement', service: 'Core Directory',
      targets: [{ id: app.objectId, displayName: app.name, type: 'Application', props: [['KeyDescription', JSON.stringify(old), JSON.stringify(nu)], ['Included Updated Properties', null, q('KeyDescription')]] }] });
  }
  updateDevice(t, dev, owner) {
    return this.add({ t, app: INTUNE_APP, activity: 'Update device', category: 'Device', service: 'Core Directory',
      targets: [{ id: this.r.fork(`devobj:${dev.id}`).uuid(), displayName: dev.name, type: 'Device', props: [['IsCompliant', '[false]', '[true]'], ['IsManaged', '[true]', '[true]'], ['Included Updated Properties', null, q('IsCompliant, IsManaged')]] }] });
  }
  registerDevice(t, u, ip, dev, osType, osVersion, trust, ua) {
    const cid = this.r.uuid();
    const devObj = this.r.fork(`devobj:${dev.id}`).uuid();
    const det = [['Device Id', dev.id], ['Device OS', osType], ['Device OS Version', osVersion], ['Device Trust Type', trust], ['Device Name', dev.name]];
    this.add({ t, actor: u, ip, ua, correlationId: cid, activity: 'Register device', category: 'Device', service: 'Device Registration Service', operationType: 'Add', targets: [{ id: devObj, displayName: dev.name, type: 'Device', props: [] }], details: det });
    this.add({ t: t + 400, app: DRS_APP, correlationId: cid, activity: 'Add device', category: 'Device', service: 'Core Directory', operationType: 'Add',
      targets: [{ id: devObj, displayName: dev.name, type: 'Device', props: [['CloudDeviceOSType', '[]', arr(osType)], ['CloudDeviceOSVersion', '[]', arr(osVersion)], ['CloudDeviceTrustType', '[]', arr(trust)], ['CloudDisplayName', '[]', arr(dev.name)], ['Included Updated Properties', null, q('CloudDeviceOSType, CloudDeviceOSVersion, CloudDeviceTrustType, CloudDisplayName')]] }] });
    this.add({ t: t + 800, app: DRS_APP, correlationId: cid, activity: 'Add registered owner to device', category: 'Device', service: 'Core Directory', operationType: 'Assign', targets: [{ id: devObj, displayName: dev.name, type: 'Device', props: [] }, this.userTarget(u)] });
    this.add({ t: t + 900, app: DRS_APP, correlationId: cid, activity: 'Add registered users to device', category: 'Device', service: 'Core Directory', operationType: 'Assign', targets: [{ id: devObj, displayName: dev.name, type: 'Device', props: [] }, this.userTarget(u)] });
  }
  consent(t, u, ip, app, spId, scopes, ua, { admin = false, newSp = true } = {}) {
    const T = this.T, r = this.r;
    const cid = r.uuid();
    const graphSp = T.resSpId('00000003-0000-0000-c000-000000000000');
    const actor = u;
    if (newSp) this.add({ t, actor, ip, ua, correlationId: cid, activity: 'Add service principal', category: 'ApplicationManagement', service: 'Core Directory', operationType: 'Add',
      targets: [{ id: spId, displayName: app.name, type: 'ServicePrincipal', props: [['AccountEnabled', '[]', '[true]'], ['AppPrincipalId', '[]', arr(app.id)], ['DisplayName', '[]', arr(app.name)], ['ServicePrincipalName', '[]', arr(app.id)], ['Credential', '[]', '[{"CredentialType":2,"KeyStoreId":"' + r.uuid() + '","KeyGroupId":"' + r.uuid() + '"}]'], ['Included Updated Properties', null, q('AccountEnabled, AppPrincipalId, DisplayName, ServicePrincipalName, Credential')], ['TargetId.ServicePrincipalNames', null, q(app.id)]] }] });
    const grantId = r.alnum(43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_');
    const scopeStr = ' ' + scopes.join(' ');
    this.add({ t: t + 1100, actor, ip, ua, correlationId: cid, activity: 'Add delegated permission grant', category: 'ApplicationManagement', service: 'Core Directory', operationType: 'Assign',
      targets: [{ id: graphSp, displayName: 'Microsoft Graph', type: 'ServicePrincipal', props: [['DelegatedPermissionGrant.Scope', null, q(scopeStr)], ['DelegatedPermissionGrant.ConsentType', null, q(admin ? 'AllPrincipals' : 'Principal')], ['ServicePrincipal.ObjectID', null, q(spId)], ['ServicePrincipal.DisplayName', null, q(app.name)], ['ServicePrincipal.AppId', null, q(app.id)], ['ServicePrincipal.Name', null, q(app.id)], ['TargetId.ServicePrincipalNames', null, q('00000003-0000-0000-c000-000000000000/ags.windows.net;00000003-0000-0000-c000-000000000000;https://graph.microsoft.com')]] },
        { id: spId, displayName: null, type: 'ServicePrincipal', props: [] }] });
    const perm = `[] => [[Id: ${grantId}, ClientId: ${spId}, PrincipalId: ${admin ? '' : u.id}, ResourceId: ${graphSp}, ConsentType: ${admin ? 'AllPrincipals' : 'Principal'}, Scope: ${scopeStr}, CreatedDateTime: , LastModifiedDateTime ]]; `;
    this.add({ t: t + 1600, actor, ip, ua, correlationId: cid, activity: 'Consent to application', category: 'ApplicationManagement', service: 'Core Directory', operationType: 'Assign',
      targets: [{ id: spId, displayName: app.name, type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, q(admin ? 'True' : 'False')], ['ConsentContext.IsAppOnly', null, q('False')], ['ConsentContext.OnBehalfOfAll', null, q(admin ? 'True' : 'False')], ['ConsentContext.Tags', null, q('WindowsAzureActiveDirectoryIntegratedApp')], ['ConsentAction.Permissions', null, q(perm)], ['TargetId.ServicePrincipalNames', null, q(app.id)]] }] });
  }
  invite(t, actor, ip, guest, ua) {
    const cid = this.r.uuid();
    this.add({ t, actor, ip, ua, correlationId: cid, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', operationType: 'Add', resultReason: '', targets: [{ id: guest.id, displayName: guest.displayName, type: 'User', upn: guest.upn, props: [] }], details: [['invitedUserEmailAddress', guest.upnLog], ['User-Agent', ua]] });
    this.addUser(t + 700, actor, ip, guest, ua, { correlationId: cid });
  }
  redeem(t, guest, ip, ua) {
    this.add({ t, actor: { id: guest.id, upn: guest.upnLog, homeTenantId: guest.homeTenantId }, ip, ua, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', resultReason: '', targets: [{ id: guest.id, displayName: guest.displayName, type: 'User', upn: guest.upn, props: [] }] });
  }
  caUpdate(t, actor, ip, policyId, name, oldJson, newJson, ua) {
    return this.add({ t, actor, ip, ua, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', targets: [{ id: policyId, displayName: name, type: 'Policy', props: [['ConditionalAccessPolicy', oldJson, newJson]] }] });
  }
  roleAdd(t, actor, ip, u, role, ua) {
    return this.add({ t, actor, ip, ua, activity: 'Add member to role', category: 'RoleManagement', service: 'Core Directory', operationType: 'Assign',
      targets: [{ ...this.userTarget(u), props: [['Role.ObjectID', null, q(this.r.fork(`roleobj:${role}`).uuid())], ['Role.DisplayName', null, q(role)], ['Role.TemplateId', null, q(ROLE_TEMPLATES[role])], ['Role.WellKnownObjectName', null, q(role === 'Global Administrator' ? 'TenantAdmins' : '')]] }, { id: ROLE_TEMPLATES[role], displayName: role, type: 'Role', props: [] }] });
  }
}

export function caPolicyJson(id, name, excludeUsers) {
  return JSON.stringify({ id, displayName: name, createdDateTime: '2024-03-11T02:14:51.2318841+00:00', modifiedDateTime: '2026-08-20T04:02:17.6620912+00:00', state: 'enabled',
    conditions: { applications: { includeApplications: ['All'], excludeApplications: [] }, users: { includeUsers: ['All'], excludeUsers, includeGroups: [], excludeGroups: ['0c7a8f51-2f0e-4d11-9d35-4b1b0e7b2a61'] }, clientAppTypes: ['all'] },
    grantControls: { operator: 'OR', builtInControls: ['mfa'] } });
}
