// Builds Graph directoryAudit objects (beta key order).
import { PLANTED } from './record.mjs';

const iso7 = (ms, r) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, (_, m) => `.${m}${String(r.int(0, 9999)).padStart(4, '0')}Z`);
const J = (v) => JSON.stringify(v);
export const mp = (displayName, oldValue, newValue) => ({ displayName, oldValue: oldValue == null ? null : J(oldValue), newValue: newValue == null ? null : J(newValue) });

export const byUser = (u, ip) => ({ user: { id: u.id, displayName: null, userPrincipalName: u.upn, ipAddress: ip || '', userType: null, homeTenantId: null, homeTenantName: null }, app: null });
export const byApp = (app, spId, spName) => ({ app: { appId: app ? app[0] : null, displayName: app ? app[1] : spName, servicePrincipalId: spId, servicePrincipalName: spName || (app ? app[1] : null) }, user: null });

export const tUser = (u, props = []) => ({ id: u.id, displayName: null, type: 'User', userPrincipalName: u.upn, groupType: null, modifiedProperties: props });
export const tObj = (type, id, displayName, props = [], upn = null) => ({ id, displayName, type, userPrincipalName: upn, groupType: type === 'Group' ? 'unifiedGroups' : null, modifiedProperties: props });

const SERVICE_CAT = {
  'Core Directory': null, 'Self-service Password Management': 'UserManagement', 'Authentication Methods': 'UserManagement',
  'Invited Users': 'UserManagement', PIM: 'RoleManagement', 'Conditional Access': 'Policy', 'Device Registration Service': 'Device',
};

/**
 * a: { t, activity, category, service, by, targets, details, result, reason, opType, ua, correlationId, planted }
 */
export function audit(w, a) {
  const r = w.rng;
  const corr = a.correlationId || r.uuid();
  const o = {
    id: `Directory_${corr}_${r.alnum(5)}_${r.int(100000000, 999999999)}`,
    category: a.category || SERVICE_CAT[a.service] || 'UserManagement',
    correlationId: corr,
    result: a.result || 'success',
    resultReason: a.reason || '',
    activityDisplayName: a.activity,
    activityDateTime: iso7(a.t, r),
    loggedByService: a.service || 'Core Directory',
    operationType: a.opType || opType(a.activity),
    userAgent: a.ua ?? null,
    initiatedBy: a.by,
    targetResources: a.targets || [],
    additionalDetails: (a.details || []).map(([key, value]) => ({ key, value })),
  };
  if (a.planted) o[PLANTED] = true;
  w.A.push(o);
  return o;
}

function opType(act) {
  const s = act.toLowerCase();
  if (s.startsWith('add') || s.startsWith('register') || s.startsWith('invite') || s.includes('registered') || s.startsWith('create')) return 'Add';
  if (s.startsWith('delete') || s.startsWith('remove') || s.includes('deleted')) return 'Delete';
  if (s.startsWith('consent') || s.startsWith('assign')) return 'Assign';
  if (s.startsWith('reset') || s.startsWith('change') || s.includes('password')) return 'Update';
  return 'Update';
}

export const ROLES = {
  ga: ['62e90394-69f5-4237-9190-012177145e10', 'Global Administrator', 'CompanyAdministrator'],
  pra: ['e8611ab8-c189-46e8-94e1-60213ab1f814', 'Privileged Role Administrator', 'PrivilegedRoleAdministrator'],
  appAdmin: ['9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'Application Administrator', 'ApplicationAdministrator'],
  cloudAppAdmin: ['158c047a-c907-4556-b7ef-446551a6b5f7', 'Cloud Application Administrator', 'CloudApplicationAdministrator'],
  userAdmin: ['fe930be7-5e62-47db-91af-98c3a49a38b1', 'User Administrator', 'UserAccountAdministrator'],
  helpdesk: ['729827e3-9c14-49f7-bb1b-9608f156bbb8', 'Helpdesk Administrator', 'HelpdeskAdministrator'],
  intune: ['3a2c62db-5318-420d-8d74-23affee5d9d5', 'Intune Administrator', 'IntuneServiceAdministrator'],
  exchange: ['29232cdf-9323-42fd-ade2-1d097af3e4de', 'Exchange Administrator', 'ExchangeServiceAdministrator'],
  security: ['194ae4cb-b126-40b2-bd5b-6091b380977d', 'Security Administrator', 'SecurityAdministrator'],
  ca: ['b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', 'Conditional Access Administrator', 'ConditionalAccessAdministrator'],
  hybrid: ['8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2', 'Hybrid Identity Administrator', 'HybridIdentityAdministrator'],
};
export const roleProps = (k) => { const [tid, name, wk] = ROLES[k]; return [mp('Role.ObjectID', null, r0(tid)), mp('Role.DisplayName', null, name), mp('Role.TemplateId', null, tid), mp('Role.WellKnownObjectName', null, wk)]; };
const r0 = (tid) => tid; // role object id = template id in this tenant's activated roles
export const roleTarget = (k) => tObj('Role', ROLES[k][0], ROLES[k][1]);

export const MS_PIM = [['01fc33a7-78ba-4d2f-a4b7-768e336e890e', 'MS-PIM'], 'b4c0a1d2-6a0f-4f5e-9e3c-7f7b1b9c2d01'];
export const SYNC_APP = [['cb1056e2-e479-49de-ae31-7812af012ed8', 'Microsoft Azure AD Connect'], 'b4c0a1d2-6a0f-4f5e-9e3c-7f7b1b9c2d02'];
export const INTUNE_APP = [['0000000a-0000-0000-c000-000000000000', 'Microsoft Intune'], 'b4c0a1d2-6a0f-4f5e-9e3c-7f7b1b9c2d03'];
export const DRS_APP = [['01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', 'Device Registration Service'], 'b4c0a1d2-6a0f-4f5e-9e3c-7f7b1b9c2d04'];
