// directoryAudit objects (Graph shape: shared/reference/directoryaudit-resource.md plus operationType/userAgent).

const OPTYPE = [[/^(Add|Register|Invite|Consent|Create)/, 'Add'], [/^(Remove|Delete|Hard delete)/, 'Delete'], [/^(Reset|Change|Disable|Enable|Update|Set|Verify|Restore|Admin|User)/, 'Update']];
const enc = (v) => (v == null ? '' : typeof v === 'string' && v.startsWith('[') ? v : JSON.stringify([v]));

/**
 * a: { t, activity, category, service, by: {user, ip} | {app}, targets: [{id, name, type, upn, props: [[name, old, new]]}],
 *      details: [[k, v]], result, reason, ua }
 */
export function audit(ctx, a) {
  const r = ctx.rng, corr = a.corr || r.uuid(), service = a.service || 'Core Directory';
  const by = a.by.user
    ? { app: null, user: { id: a.by.user.id, displayName: null, userPrincipalName: a.by.user.upn, ipAddress: a.by.ip || '', userType: null, homeTenantId: null, homeTenantName: null } }
    : { app: { appId: a.by.app.appId || null, displayName: a.by.app.name, servicePrincipalId: a.by.app.spId, servicePrincipalName: null }, user: null };
  const rec = {
    id: service === 'Core Directory' ? `Directory_${corr}_${r.alnum(5)}_${r.int(10000000, 999999999)}` : `${service.replace(/[^A-Za-z]/g, '')}_${corr}_${r.alnum(5)}_${r.int(10000000, 999999999)}`,
    category: a.category, correlationId: corr, result: a.result || 'success', resultReason: a.reason || '',
    activityDisplayName: a.activity, activityDateTime: new Date(a.t).toISOString(), loggedByService: service,
    operationType: a.opType || (OPTYPE.find(([re]) => re.test(a.activity)) || [null, 'Update'])[1],
    userAgent: a.ua ?? null, initiatedBy: by,
    targetResources: (a.targets || []).map((x) => ({
      id: x.id, displayName: x.name ?? null, type: x.type, userPrincipalName: x.upn ?? null, groupType: null,
      modifiedProperties: (x.props || []).map(([n, o, v]) => ({ displayName: n, oldValue: o == null ? null : enc(o), newValue: v == null ? null : enc(v) })),
    })),
    additionalDetails: (a.details || []).map(([key, value]) => ({ key, value: String(value) })),
  };
  rec._owner = ctx.owner;
  ctx.audits.push(rec);
  return rec;
}

export const userT = (u, props) => ({ id: u.id, name: u.name, type: 'User', upn: u.upn, props });
export const appT = (app, props) => ({ id: app.objId || app.spId, name: app.name, type: 'Application', props });
export const spT = (app, props) => ({ id: app.spId, name: app.name, type: 'ServicePrincipal', props });
export const roleT = (role) => ({ id: role.id, name: role.name, type: 'Role', props: [['Role.DisplayName', null, role.name], ['Role.TemplateId', null, role.tpl]] });
export const groupT = (g) => ({ id: g.id, name: g.name, type: 'Group', props: [] });
export const devT = (dev) => ({ id: dev.objId || dev.id, name: dev.name, type: 'Device', props: [] });

export const ROLES = {
  ga: { name: 'Global Administrator', tpl: '62e90394-69f5-4237-9190-012177145e10' },
  pra: { name: 'Privileged Role Administrator', tpl: 'e8611ab8-c189-46e8-94e1-60213ab1f814' },
  appAdmin: { name: 'Application Administrator', tpl: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3' },
  cloudApp: { name: 'Cloud Application Administrator', tpl: '158c047a-c907-4556-b7ef-446551a6b5f7' },
  userAdmin: { name: 'User Administrator', tpl: 'fe930be7-5e62-47db-91af-98c3a49a38b1' },
  authAdmin: { name: 'Authentication Administrator', tpl: 'c4e39bd9-1100-46d3-8c65-fb160da0071f' },
  helpdesk: { name: 'Helpdesk Administrator', tpl: '729827e3-9c14-49f7-bb1b-9608f156bbb8' },
  caAdmin: { name: 'Conditional Access Administrator', tpl: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9' },
  exo: { name: 'Exchange Administrator', tpl: '29232cdf-9323-42fd-ade2-1d097af3e4de' },
  intune: { name: 'Intune Administrator', tpl: '3a2c62db-5318-420d-8d74-23affee5d9d5' },
  secAdmin: { name: 'Security Administrator', tpl: '194ae4cb-b126-40b2-bd5b-6091b380977d' },
  hybrid: { name: 'Hybrid Identity Administrator', tpl: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2' },
};
for (const r of Object.values(ROLES)) r.id = r.tpl;

/** Service principals of Microsoft and tenant automation that appear as initiators. */
export function actorApps(rng) {
  const A = (name, appId) => ({ name, appId, spId: rng.uuid(), objId: rng.uuid() });
  return {
    workday: A('Workday to Microsoft Entra ID User Provisioning', rng.uuid()),
    pim: A('MS-PIM', '01fc33a7-78ba-4d2f-a4b7-768e336e890e'),
    drs: A('Device Registration Service', '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9'),
    intune: A('Microsoft Intune', '0000000a-0000-0000-c000-000000000000'),
    gbl: A('Microsoft Azure AD Group-Based Licensing', 'c3b2f6c7-0a5a-4b4c-8d3a-0c1c0b4d2a6e'),
    rotator: A('kv-secret-rotator', rng.uuid()),
    terraform: A('gha-terraform-platform', rng.uuid()),
    exo: A('Office 365 Exchange Online', '00000002-0000-0ff1-ce00-000000000000'),
  };
}
