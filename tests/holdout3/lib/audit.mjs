// directoryAudit object builder (Graph v1.0 shape; modified-property values are JSON-encoded strings).
const SVC_PREFIX = { 'Core Directory': 'Directory', 'Authentication Methods': 'UserManagement', 'Self-service Password Management': 'SSGM', 'Privileged Identity Management': 'PIM', 'Conditional Access': 'Policy' };
export const J = (v) => (v == null ? null : JSON.stringify(v));

export function mkAudits(rng) {
  const list = [];
  const alnum = () => { let s = ''; for (let i = 0; i < 5; i++) s += 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[rng.int(0, 33)]; return s; };
  /**
   * o: { activity, category, service, op, result, reason, by: {user, ip} | {app}, targets, details, ua, tag, corr }
   */
  function audit(t, o) {
    const corr = o.corr || rng.guid();
    const service = o.service || 'Core Directory';
    const pre = SVC_PREFIX[service] || 'Directory';
    const id = pre === 'Directory' ? `Directory_${corr}_${alnum()}_${rng.int(10000000, 99999999)}` : `${pre}_${rng.guid()}`;
    const initiatedBy = o.by.app
      ? { app: { appId: o.by.app.id, displayName: o.by.app.name, servicePrincipalId: o.by.app.spId || rng.guid(), servicePrincipalName: o.by.app.name } }
      : { user: { id: o.by.user.id, displayName: null, userPrincipalName: o.by.user.upn, ipAddress: o.by.ip || '', userType: null, homeTenantId: null, homeTenantName: null } };
    const a = {
      id,
      category: o.category,
      correlationId: corr,
      result: o.result || 'success',
      resultReason: o.reason || '',
      activityDisplayName: o.activity,
      activityDateTime: new Date(Math.round(t)).toISOString().replace('Z', `${String(rng.int(0, 9999)).padStart(4, '0')}Z`),
      loggedByService: service,
      operationType: o.op || 'Update',
      initiatedBy,
      userAgent: o.ua ?? null,
      targetResources: (o.targets || []).map((x) => ({
        id: x.id, displayName: x.displayName ?? null, type: x.type, userPrincipalName: x.upn ?? null, groupType: x.groupType ?? null,
        modifiedProperties: (x.props || []).map(([displayName, oldValue, newValue]) => ({ displayName, oldValue, newValue })),
      })),
      additionalDetails: (o.details || []).map(([key, value]) => ({ key, value })),
    };
    Object.defineProperty(a, '_tag', { value: o.tag || 'benign', enumerable: false });
    list.push(a);
    return a;
  }
  return { list, audit };
}

export const userT = (p, props) => ({ id: p.id, displayName: null, type: 'User', upn: p.upn, props });
export const groupT = (g) => ({ id: g.id, displayName: g.name, type: 'Group', groupType: g.unified ? 'unifiedGroups' : 'azureAD' });
export const appT = (a, props) => ({ id: a.objectId || a.id, displayName: a.name, type: 'Application', props });
export const spT = (a, props) => ({ id: a.spId || a.id, displayName: a.name, type: 'ServicePrincipal', props });
export const roleT = (r) => ({ id: r.id, displayName: r.name, type: 'Role' });

export const ROLES = {
  ga: { id: '62e90394-69f5-4237-9190-012177145e10', name: 'Global Administrator', wk: 'TenantAdmins' },
  pra: { id: 'e8611ab8-c189-46e8-94e1-60213ab1f814', name: 'Privileged Role Administrator', wk: '' },
  exo: { id: '29232cdf-9323-42fd-ade2-1d097af3e4de', name: 'Exchange Administrator', wk: '' },
  intune: { id: '3a2c62db-5318-420d-8d74-23affee5d9d5', name: 'Intune Administrator', wk: '' },
  helpdesk: { id: '729827e3-9c14-49f7-bb1b-9608f156bbb8', name: 'Helpdesk Administrator', wk: '' },
  userAdmin: { id: 'fe930be7-5e62-47db-91af-98c3a49a38b1', name: 'User Administrator', wk: '' },
  appAdmin: { id: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', name: 'Application Administrator', wk: '' },
  secReader: { id: '5d6b6bb7-de71-4623-b4af-96380a352509', name: 'Security Reader', wk: '' },
};

/** modifiedProperties of a role assignment */
export const roleProps = (r) => [['Role.ObjectID', null, J(r.id)], ['Role.DisplayName', null, J(r.name)], ['Role.TemplateId', null, J(r.id)], ['Role.WellKnownObjectName', null, J(r.wk)]];

/** the KeyDescription change of "Update application – Certificates and secrets management " */
export function keyProps(rng, oldKeys, name, t) {
  const kid = rng.guid();
  const fmt = (ks) => J(ks.map((k) => `[KeyIdentifier=${k.id},KeyType=Password,KeyUsage=Verify,DisplayName=${k.name}]`));
  const next = [...oldKeys, { id: kid, name }];
  return { props: [['KeyDescription', fmt(oldKeys), fmt(next)], ['Included Updated Properties', null, J('KeyDescription')]], keys: next, kid, t };
}

export const CERTS_ACTIVITY = 'Update application – Certificates and secrets management ';
