// directoryAudit objects: the tenant's directory objects and one builder per activity.
// Modified-property values are JSON-encoded strings, as Entra writes them.
import { Rng, iso } from './rng.mjs';
import { TENANT } from './places.mjs';

const J = (v) => (v === null || v === undefined ? null : JSON.stringify(v));
const r = new Rng(4242);

export const ROLES = Object.fromEntries([
  ['Global Administrator', '62e90394-69f5-4237-9190-012177145e10'], ['Privileged Role Administrator', 'e8611ab8-c189-46e8-94e1-60213ab1f814'],
  ['Security Administrator', '194ae4cb-b126-40b2-bd5b-6091b380977d'], ['Conditional Access Administrator', 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9'],
  ['Application Administrator', '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3'], ['Cloud Application Administrator', '158c047a-c907-4556-b7ef-446551a6b5f7'],
  ['Helpdesk Administrator', '729827e3-9c14-49f7-bb1b-9608f156bbb8'], ['Authentication Administrator', 'c4e39bd9-1100-46d3-8c65-fb160da0071f'],
  ['User Administrator', 'fe930be7-5e62-47db-91af-98c3a49a38b1'], ['Exchange Administrator', '29232cdf-9323-42fd-ade2-1d097af3e4de'],
  ['Groups Administrator', 'fdd7a751-b60b-444a-984c-02652fe8fa1c'],
].map(([name, template]) => [name, { name, template, id: r.guid() }]));

export const GRAPH_ROLES = {
  'RoleManagement.ReadWrite.Directory': ['9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8', 'Read and write all directory RBAC settings'],
  'Mail.ReadWrite': ['e2a3a72e-5f79-4c64-b1b1-878b674786c9', 'Read and write mail in all mailboxes'],
  'Mail.Send': ['b633e1c5-b582-4048-a93e-9f11b44c7e96', 'Send mail as any user'],
  'User.Read.All': ['df021288-bdef-4463-88db-98f22de89214', 'Read all users\' full profiles'],
  'Sites.Read.All': ['332a536c-c7ef-4017-ab91-336970924f0d', 'Read items in all site collections'],
  'Group.Read.All': ['5b567255-7703-4780-807c-7be8301ae99b', 'Read all groups'],
};

const G = (name, privileged = false) => ({ id: r.guid(), name, privileged });
export const GROUPS = {
  staff: ['SG-All-Staff-RTM', 'SG-All-Staff-HAM', 'SG-All-Staff-MAN', 'SG-All-Staff-HOU', 'SG-All-Staff-SIN', 'SG-Finance', 'SG-Sales-EMEA', 'SG-Sales-Americas', 'SG-Customs-Brokerage', 'SG-Ops-Planning', 'SG-VPN-Users', 'SG-License-E5', 'SG-License-F3', 'Teams-Rotterdam-Ops', 'Teams-Project-Nordic-Lane', 'Teams-Houston-Yard', 'SG-Concur-Users', 'SG-Workday-Managers'].map((n) => G(n)),
  privileged: ['PRIV-Azure-Prod-Owners', 'PRIV-Azure-Dev-Contributors', 'PRIV-Exchange-Admins', 'PRIV-Helpdesk-Admins', 'PRIV-Intune-Admins'].map((n) => G(n, true)),
};

const APP = (name, perms = []) => ({ name, appId: r.guid(), objectId: r.guid(), spId: r.guid(), perms, keyId: r.guid() });
export const TENANT_APPS = {
  erp: APP('KF-ERP-Connector', ['Mail.Send', 'Sites.Read.All']), payroll: APP('KF-Payroll-Export', ['User.Read.All']),
  freightApi: APP('KF-Freight-Portal-API'), warehouseApi: APP('KF-Warehouse-API'), reporting: APP('KF-Reporting-PowerBI', ['Group.Read.All']),
  snow: APP('KF-ServiceNow-Integration', ['User.Read.All']), workday: APP('KF-Workday-Provisioning', ['User.Read.All']),
  backup: APP('KF-Backup-Graph', ['Sites.Read.All', 'Mail.ReadWrite']), deploy: APP('KF-GitHub-Deploy'),
};
export const GRAPH_SP = { id: r.guid(), name: 'Microsoft Graph', appId: '00000003-0000-0000-c000-000000000000' };
export const ACTOR_APPS = {
  pim: { appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e', displayName: 'MS-PIM', servicePrincipalId: r.guid(), servicePrincipalName: null },
  rotator: { appId: r.guid(), displayName: 'KF-Secret-Rotator', servicePrincipalId: r.guid(), servicePrincipalName: null },
  drs: { appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', displayName: 'Device Registration Service', servicePrincipalId: r.guid(), servicePrincipalName: null },
  intune: { appId: '0000000a-0000-0000-c000-000000000000', displayName: 'Microsoft Intune', servicePrincipalId: r.guid(), servicePrincipalName: null },
  graph: { appId: GRAPH_SP.appId, displayName: 'Microsoft Graph', servicePrincipalId: GRAPH_SP.id, servicePrincipalName: null },
};
export const SYNC = { id: r.guid(), display: 'On-Premises Directory Synchronization Service Account', upn: `Sync_KFDC01_5e2a9c41d7b3@${TENANT.initial}` };

export const byUser = (u, ip) => ({ app: null, user: { id: u.id, displayName: null, userPrincipalName: u.upn, ipAddress: ip || '', userType: null, homeTenantId: null, homeTenantName: null } });
export const byApp = (a) => ({ user: null, app: { ...a } });
const mp = (displayName, oldV, newV) => ({ displayName, oldValue: J(oldV), newValue: J(newV) });
const userT = (u, props = []) => ({ id: u.id, displayName: null, type: 'User', userPrincipalName: u.upn, groupType: null, modifiedProperties: props });
const objT = (type, id, name, props = []) => ({ id, displayName: name, type, userPrincipalName: null, groupType: null, modifiedProperties: props });

/** One directoryAudit. */
export function audit(rng, { t, activity, category, service = 'Core Directory', op = 'Update', result = 'success', reason = '', by, targets = [], details = [], corr }) {
  return {
    id: rng.guid(), category, correlationId: corr || rng.guid(), result, resultReason: reason, activityDisplayName: activity,
    activityDateTime: iso(t), loggedByService: service, operationType: op, initiatedBy: by, userAgent: null, targetResources: targets, additionalDetails: details,
  };
}

const UAD = (ua) => [{ key: 'User-Agent', value: ua || 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0' }];

export const A = {
  addMember: (rng, t, by, u, g, corr) => audit(rng, { t, corr, by, activity: 'Add member to group', category: 'GroupManagement', op: 'Assign', targets: [userT(u, [mp('Group.ObjectID', null, g.id), mp('Group.DisplayName', null, g.name), mp('Group.WellKnownObjectName', null, null)]), objT('Group', g.id, g.name)], details: UAD() }),
  removeMember: (rng, t, by, u, g) => audit(rng, { t, by, activity: 'Remove member from group', category: 'GroupManagement', op: 'Unassign', targets: [userT(u, [mp('Group.ObjectID', g.id, null), mp('Group.DisplayName', g.name, null)]), objT('Group', g.id, g.name)], details: UAD() }),
  addRole: (rng, t, by, u, role, opts = {}) => audit(rng, { t, by, corr: opts.corr, result: opts.result, reason: opts.reason, activity: 'Add member to role', category: 'RoleManagement', op: 'Assign', targets: [userT(u, [mp('Role.ObjectID', null, role.id), mp('Role.DisplayName', null, role.name), mp('Role.TemplateId', null, role.template), mp('Role.WellKnownObjectName', null, role.name.replace(/ /g, ''))]), objT('Role', role.id, role.name)] }),
  removeRole: (rng, t, by, u, role, corr) => audit(rng, { t, by, corr, activity: 'Remove member from role', category: 'RoleManagement', op: 'Unassign', targets: [userT(u, [mp('Role.ObjectID', role.id, null), mp('Role.DisplayName', role.name, null), mp('Role.TemplateId', role.template, null)]), objT('Role', role.id, role.name)] }),
  pim: (rng, t, by, u, role, activity, details, corr) => audit(rng, { t, by, corr, activity, service: 'PIM', category: 'RoleManagement', op: activity.startsWith('Remove') ? 'Unassign' : 'Assign', targets: [objT('Role', role.id, role.name), objT('Request', rng.guid(), null), userT(u)], details }),
  resetPassword: (rng, t, by, u) => audit(rng, { t, by, activity: 'Reset user password', category: 'UserManagement', targets: [userT(u)], details: UAD() }),
  selfChange: (rng, t, u, ip) => audit(rng, { t, by: byUser(u, ip), activity: 'Change password (self-service)', service: 'Self-service Password Management', category: 'UserManagement', targets: [userT(u)], details: [] }),
  stsTimestamp: (rng, t, by, u) => audit(rng, { t, by, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', targets: [userT(u, [mp('StsRefreshTokensValidFrom', [iso(t - 86400000 * 40)], [iso(t)]), mp('Included Updated Properties', null, 'StsRefreshTokensValidFrom')])] }),
  securityInfo: (rng, t, by, u, activity, reason) => audit(rng, { t, by, activity, reason, service: 'Authentication Methods', category: 'UserManagement', op: activity.includes('deleted') ? 'Delete' : 'Add', targets: [userT(u)], details: [] }),
  disableMfa: (rng, t, by, u) => audit(rng, { t, by, activity: 'Disable Strong Authentication', category: 'UserManagement', targets: [userT(u, [mp('StrongAuthenticationRequirement', [{ RelyingParty: '*', State: 1, RememberDevicesNotIssuedBefore: '2025-11-03T09:12:44Z' }], []), mp('Included Updated Properties', null, 'StrongAuthenticationRequirement')])] }),
  updateUser: (rng, t, by, u, prop, oldV, newV) => audit(rng, { t, by, activity: 'Update user', category: 'UserManagement', targets: [userT(u, [mp(prop, [oldV], [newV]), mp('Included Updated Properties', null, prop)])] }),
  addUser: (rng, t, by, u) => audit(rng, { t, by, activity: 'Add user', category: 'UserManagement', op: 'Add', targets: [userT(u, [mp('AccountEnabled', [], [true]), mp('DisplayName', [], [u.display]), mp('UserPrincipalName', [], [u.upn]), mp('UserType', [], [u.type === 'guest' ? 'Guest' : 'Member'])])] }),
  disableAccount: (rng, t, by, u) => audit(rng, { t, by, activity: 'Disable account', category: 'UserManagement', targets: [userT(u, [mp('AccountEnabled', [true], [false]), mp('Included Updated Properties', null, 'AccountEnabled')])] }),
  invite: (rng, t, by, g) => audit(rng, { t, by, activity: 'Invite external user', service: 'Invited Users', category: 'UserManagement', op: 'Add', targets: [userT(g)], details: [{ key: 'invitedUserEmailAddress', value: g.mail }] }),
  redeem: (rng, t, g, ip) => audit(rng, { t, by: byUser(g, ip), activity: 'Redeem external user invite', service: 'Invited Users', category: 'UserManagement', targets: [userT(g)], details: [] }),
  addSp: (rng, t, by, sp) => audit(rng, { t, by, activity: 'Add service principal', category: 'ApplicationManagement', op: 'Add', targets: [objT('ServicePrincipal', sp.spId, sp.name, [mp('AccountEnabled', [], [true]), mp('AppPrincipalId', [], [sp.appId]), mp('DisplayName', [], [sp.name])])], details: [{ key: 'AppId', value: sp.appId }] }),
  addApp: (rng, t, by, app) => audit(rng, { t, by, activity: 'Add application', category: 'ApplicationManagement', op: 'Add', targets: [objT('Application', app.objectId, app.name, [mp('AppId', [], [app.appId]), mp('DisplayName', [], [app.name])])], details: UAD() }),
  addOwner: (rng, t, by, app, u) => audit(rng, { t, by, activity: 'Add owner to application', category: 'ApplicationManagement', op: 'Assign', targets: [userT(u), objT('Application', app.objectId, app.name, [mp('Application.ObjectID', null, app.objectId), mp('Application.DisplayName', null, app.name)])] }),
  secret: (rng, t, by, app, oldKeys, newKeys, corr) => audit(rng, { t, by, corr, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', targets: [objT('Application', app.objectId, app.name, [mp('KeyDescription', oldKeys.map(keyDesc), newKeys.map(keyDesc)), mp('Included Updated Properties', null, 'KeyDescription')])], details: [{ key: 'AppId', value: app.appId }, ...UAD()] }),
  spCredential: (rng, t, by, app, key) => audit(rng, { t, by, activity: 'Add service principal credentials', category: 'ApplicationManagement', targets: [objT('ServicePrincipal', app.spId, app.name, [mp('KeyDescription', [], [keyDesc(key)]), mp('Included Updated Properties', null, 'KeyDescription')])], details: [{ key: 'AppId', value: app.appId }] }),
  fic: (rng, t, by, app, fic) => audit(rng, { t, by, activity: 'Update application', category: 'ApplicationManagement', targets: [objT('Application', app.objectId, app.name, [mp('FederatedIdentityCredentials', [], [fic]), mp('Included Updated Properties', null, 'FederatedIdentityCredentials')])], details: [{ key: 'AppId', value: app.appId }] }),
  appRole: (rng, t, by, client, perm) => audit(rng, { t, by, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', op: 'Assign', targets: [objT('ServicePrincipal', GRAPH_SP.id, GRAPH_SP.name, [mp('AppRole.Id', null, GRAPH_ROLES[perm][0]), mp('AppRole.Value', null, perm), mp('AppRole.DisplayName', null, GRAPH_ROLES[perm][1]), mp('ServicePrincipal.ObjectID', null, client.spId), mp('ServicePrincipal.DisplayName', null, client.name), mp('ServicePrincipal.AppId', null, client.appId)]), objT('ServicePrincipal', client.spId, client.name)] }),
  consent: (rng, t, by, u, sp, scope, { admin = false, corr } = {}) => audit(rng, { t, by, corr, activity: 'Consent to application', category: 'ApplicationManagement', op: 'Assign', targets: [objT('ServicePrincipal', sp.spId, sp.name, [mp('ConsentContext.IsAdminConsent', null, admin ? 'True' : 'False'), mp('ConsentContext.IsAppOnly', null, 'False'), mp('ConsentContext.OnBehalfOfAll', null, admin ? 'True' : 'False'), mp('ConsentContext.Tags', null, 'WindowsAzureActiveDirectoryIntegratedApp'), mp('ConsentAction.Permissions', null, `[] => [[Id: ${rng.token(43)}, ClientId: ${sp.spId}, PrincipalId: ${admin ? '' : u.id}, ResourceId: ${GRAPH_SP.id}, ConsentType: ${admin ? 'AllPrincipals' : 'Principal'}, Scope:  ${scope}, CreatedDateTime: , LastModifiedDateTime ]]; `), mp('ConsentAction.Reason', null, 'Risky application detected: False'), mp('TargetId.ServicePrincipalNames', null, sp.appId)])], details: [{ key: 'AppId', value: sp.appId }, ...UAD()] }),
  grant: (rng, t, by, sp, scope, corr) => audit(rng, { t, by, corr, activity: 'Add delegated permission grant', category: 'ApplicationManagement', op: 'Assign', targets: [objT('ServicePrincipal', GRAPH_SP.id, GRAPH_SP.name, [mp('DelegatedPermissionGrant.Scope', null, ` ${scope}`), mp('DelegatedPermissionGrant.ConsentType', null, 'Principal')]), objT('ServicePrincipal', sp.spId, sp.name)] }),
  caPolicy: (rng, t, by, pol, before, after) => audit(rng, { t, by, activity: 'Update conditional access policy', service: 'Conditional Access', category: 'Policy', targets: [objT('Policy', pol.id, pol.name, [mp('ConditionalAccessPolicy', before, after)])] }),
  device: (rng, t, by, activity, dev, u) => audit(rng, { t, by, activity, category: 'Device', op: activity.startsWith('Add') ? 'Add' : 'Update', targets: [objT('Device', rng.guid(), dev.name, [mp('DisplayName', [], [dev.name]), mp('DeviceOSType', [], [dev.os])]), ...(u ? [userT(u)] : [])] }),
};

export function keyDesc(k) {
  return `[KeyIdentifier=${k.id}, KeyType=${k.type || 'Password'}, KeyUsage=Verify, DisplayName=${k.name}]`;
}
