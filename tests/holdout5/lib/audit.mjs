// Builds Microsoft Graph directoryAudit objects (v1.0 shape plus operationType and userAgent).
import { isoGraph } from './time.mjs';
import { PLANTED } from './signin.mjs';

const jv = (x) => JSON.stringify(x);
export { jv };

/**
 * p: { t, activity, category, service, result, resultReason, op, by: {user, ip} | {app}, targets, details, ua, planted }
 *   targets: [{ id, displayName, type, upn, mods: [[name, oldValue, newValue]] }]  (values already JSON-encoded strings)
 *   details: [[key, value]]
 */
export function makeAudit(ctx, r, p) {
  const corr = p.correlationId ?? r.uuid();
  const service = p.service ?? 'Core Directory';
  const id = service === 'Core Directory' || service === 'Device Registration Service'
    ? `Directory_${corr}_${r.b64(4).replace(/[-_]/g, 'Q').toUpperCase().slice(0, 5)}_${r.int(10000000, 99999999)}`
    : `${service === 'PIM' ? 'PIM' : service === 'Self-service Password Management' ? 'SSPR' : service === 'Authentication Methods' ? 'UserManagement' : 'Policy'}_${corr}_${r.int(1000000, 9999999)}`;
  let initiatedBy;
  if (p.by.user) {
    const u = p.by.user;
    initiatedBy = { app: null, user: { id: u.id, displayName: u.name ?? null, userPrincipalName: (u.objectUpn ?? u.upn).toLowerCase(), ipAddress: p.by.ip ?? '', userType: null, homeTenantId: u.homeTenantId ?? ctx.tenantId, homeTenantName: null } };
  } else {
    const a = p.by.app;
    initiatedBy = { app: { appId: a.appId ?? null, displayName: a.displayName, servicePrincipalId: a.spId ?? null, servicePrincipalName: a.spName ?? null }, user: null };
  }
  const o = {
    id,
    category: p.category,
    correlationId: corr,
    result: p.result ?? 'success',
    resultReason: p.resultReason ?? '',
    activityDisplayName: p.activity,
    activityDateTime: isoGraph(p.t, r.int(0, 9999)),
    loggedByService: service,
    operationType: p.op ?? 'Update',
    initiatedBy,
    userAgent: p.ua ?? null,
    targetResources: (p.targets ?? []).map((x) => ({
      id: x.id, displayName: x.displayName ?? null, type: x.type, userPrincipalName: x.upn ? x.upn.toLowerCase() : null, groupType: null,
      modifiedProperties: (x.mods ?? []).map(([displayName, oldValue, newValue]) => ({ displayName, oldValue, newValue })),
    })),
    additionalDetails: (p.details ?? []).map(([key, value]) => ({ key, value })),
  };
  if (p.planted) o[PLANTED] = p.planted;
  return o;
}

export const userTarget = (u, mods) => ({ id: u.id, displayName: u.name, type: 'User', upn: u.objectUpn ?? u.upn, mods });

export const ROLES = {
  ga: ['Global Administrator', '62e90394-69f5-4237-9190-012177145e10', 'TenantAdmins'],
  pra: ['Privileged Role Administrator', 'e8611ab8-c189-46e8-94e1-60213ab1f814', 'PrivilegedRoleAdmins'],
  ua: ['User Administrator', 'fe930be7-5e62-47db-91af-98c3a49a38b1', 'UserAccountAdmins'],
  helpdesk: ['Helpdesk Administrator', '729827e3-9c14-49f7-bb1b-9608f156bbb8', 'HelpdeskAdmins'],
  intune: ['Intune Administrator', '3a2c62db-5318-420d-8d74-23affee5d9d5', 'IntuneServiceAdministrators'],
  appAdmin: ['Application Administrator', '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'ApplicationAdministrators'],
  caAdmin: ['Conditional Access Administrator', 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', 'ConditionalAccessAdmins'],
  exchange: ['Exchange Administrator', '29232cdf-9323-42fd-ade2-1d097af3e4de', 'ExchangeServiceAdministrators'],
  secReader: ['Security Reader', '5d6b6bb7-de71-4623-b4af-96380a352509', 'SecurityReaders'],
  authAdmin: ['Authentication Administrator', 'c4e39bd9-1100-46d3-8c65-fb160da0071f', 'AuthenticationAdministrators'],
};

/** PIM activation pair (requested + completed) for a user activating an eligible role. */
export function pimActivation(ctx, r, { t, user, ip, role, hours = 4, justification, ticket, planted }) {
  const [roleName, templateId, wk] = ROLES[role];
  const corr = r.uuid();
  const reqId = r.uuid();
  const details = [
    ['RoleDefinitionOriginId', templateId], ['RoleDefinitionOriginType', 'BuiltInRole'], ['TemplateId', templateId],
    ['StartTime', new Date(t).toISOString()], ['ExpirationTime', new Date(t + hours * 3_600_000).toISOString()],
    ['Justification', justification], ['TicketNumber', ticket ?? ''], ['ipaddr', ip], ['RequestId', reqId],
  ];
  const targets = [
    { id: templateId, displayName: roleName, type: 'Role', mods: [] },
    { id: reqId, displayName: null, type: 'Request', mods: [] },
    userTarget(user, []),
  ];
  return [
    makeAudit(ctx, r, { t, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', op: 'Assign', by: { user, ip }, targets, details, correlationId: corr, planted }),
    makeAudit(ctx, r, { t: t + r.int(3000, 12000), activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', op: 'Assign', by: { user, ip }, targets, details, correlationId: corr, planted }),
    makeAudit(ctx, r, { t: t + r.int(3000, 12000), activity: 'Add member to role', category: 'RoleManagement', service: 'Core Directory', op: 'Assign', by: { app: { displayName: 'MS-PIM', appId: null, spId: ctx.pimSpId, spName: '01fc33a7-78ba-4d2f-a4b7-768e336e890e' } },
      targets: [userTarget(user, [['Role.ObjectID', '', jv(ctx.roleObjectId(role))], ['Role.DisplayName', '', jv(roleName)], ['Role.TemplateId', '', jv(templateId)], ['Role.WellKnownObjectName', '', jv(wk)]])],
      details: [], planted }),
  ];
}
