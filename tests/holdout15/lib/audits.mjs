// Audit events as Entra writes them (activity names, services, categories, modified properties).
import { iso, SEC, MIN, HOUR } from './engine.mjs';
import { TENANT } from './world.mjs';
import { Rng } from './prng.mjs';
const gid = (s) => new Rng(`grp/${s}`).uuid();

export const ROLES = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
  'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  'Security Administrator': '194ae4cb-b126-40b2-bd5b-6091b380977d',
  'Conditional Access Administrator': 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  'Exchange Administrator': '29232cdf-9323-42fd-ade2-1d097af3e4de',
  'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  'Intune Administrator': '3a2c62db-5318-420d-8d74-23affee5d9d5',
  'Cloud Device Administrator': '7698a772-787b-4ac8-901f-60d6b08affd2',
  'Application Administrator': '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  'Cloud Application Administrator': '158c047a-c907-4556-b7ef-446551a6b5f7',
  'Hybrid Identity Administrator': '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2',
  'Helpdesk Administrator': '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  'Authentication Administrator': 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
};
export const actorUser = (u, ip) => ({ kind: 'user', displayName: u.displayName, id: u.id, upn: u.upn, ip: ip || '' });
export const actorApp = (name, spId, appId = '') => ({ kind: 'app', displayName: name, spId, spName: name, id: appId });
export const userTarget = (u, props = []) => ({ type: 'User', displayName: u.displayName, id: u.id, upn: u.upn, props });
const js = (v) => JSON.stringify(v);

/** PIM: request + completion now, expiry by MS-PIM later. */
export function pimActivation(log, r, admin, role, t, ip, ua, justification, hours = 4, attack) {
  const corr = r.uuid(), reqId = r.uuid(), tid = ROLES[role];
  const targets = [{ type: 'Role', displayName: role, id: r.uuid(), props: [{ name: 'RoleDefinitionOriginId', old: '""', new: js(tid) }, { name: 'RoleDefinitionOriginType', old: '""', new: '"BuiltInRole"' }, { name: 'TemplateId', old: '""', new: js(tid) }] },
    { type: 'Request', id: reqId }, userTarget(admin)];
  const details = [['RoleDefinitionOriginId', tid], ['RoleDefinitionOriginType', 'BuiltInRole'], ['TemplateId', tid], ['StartTime', iso(t)], ['ExpirationTime', iso(t + hours * HOUR)], ['Justification', justification]];
  log.audit({ t, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role requested (PIM activation)', actor: actorUser(admin, ip), ua, targets, details, correlationId: corr, resultReason: justification, attack });
  log.audit({ t: t + r.int(2, 9) * SEC, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role completed (PIM activation)', actor: actorUser(admin, ip), ua, targets, details, correlationId: corr, resultReason: justification, attack });
  log.audit({ t: t + hours * HOUR + r.int(0, 90) * SEC, service: 'PIM', category: 'RoleManagement', activity: 'Remove member from role (PIM activation expired)', actor: actorApp('MS-PIM', '2c0f5f1e-8b5e-4a5f-9d41-3f1c4a7e2b90'), targets, details: [['RoleDefinitionOriginId', tid], ['TemplateId', tid]], correlationId: r.uuid(), attack });
}

const METHOD_TEXT = { app: 'Authenticator App with Notification and Code', sms: 'Phone', oath: 'Software OATH token', tap: 'Temporary Access Pass', fido: 'FIDO2 security key' };
export function registerMethod(log, r, u, t, ip, ua, method = 'app', attack) {
  const corr = r.uuid();
  log.audit({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'User started security info registration', actor: actorUser(u, ip), ua, targets: [userTarget(u)], correlationId: corr, resultReason: 'User started the registration for Authenticator App with Notification and Code', attack });
  log.audit({ t: t + r.int(25, 140) * SEC, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', actor: actorUser(u, ip), ua, targets: [userTarget(u)], correlationId: corr, resultReason: `User registered ${METHOD_TEXT[method]}`, attack });
  if (r.chance(0.5)) log.audit({ t: t + r.int(150, 200) * SEC, service: 'Authentication Methods', category: 'UserManagement', activity: 'User changed default security info', actor: actorUser(u, ip), ua, targets: [userTarget(u)], correlationId: corr, resultReason: 'User changed default security info', attack });
}

/** The help desk: password reset, deletion of a lost phone's Authenticator, or a Temporary Access Pass. */
export function helpdeskReset(log, r, agent, target, t, kind, ip, ua, attack) {
  const corr = r.uuid();
  if (kind === 'password') {
    log.audit({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Reset user password', actor: actorUser(agent, ip), ua, targets: [userTarget(target)], correlationId: corr, attack });
    log.audit({ t: t + r.int(1, 3) * SEC, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Reset password (by admin)', actor: actorUser(agent, ip), ua, targets: [userTarget(target)], correlationId: corr, resultReason: 'Successfully completed reset.', attack });
  } else if (kind === 'mfa') {
    log.audit({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin deleted security info', actor: actorUser(agent, ip), ua, targets: [userTarget(target)], correlationId: corr, resultReason: 'Admin deleted Authenticator App with Notification and Code for user', attack });
  } else if (kind === 'tap') {
    log.audit({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin registered security info', actor: actorUser(agent, ip), ua, targets: [userTarget(target)], correlationId: corr, resultReason: 'Admin registered temporary access pass method for user', attack });
  } else if (kind === 'revoke') {
    log.audit({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Update user', actor: actorUser(agent, ip), ua, targets: [userTarget(target, [{ name: 'StsRefreshTokensValidFrom', old: '[]', new: js([iso(t)]) }, { name: 'Included Updated Properties', old: '', new: '"StsRefreshTokensValidFrom"' }])], correlationId: corr, attack });
  }
}

/** User consent to a multi-tenant application: the service principal appears, the grant, the consent. */
export function consent(log, r, u, t, ip, ua, app, scopes, { newSp = true, attack, resourceSp = 'Microsoft Graph', verified = true } = {}) {
  const corr = r.uuid(), spId = r.uuid(), grantId = r.hex(43);
  if (newSp) log.audit({ t, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add service principal', actor: actorUser(u, ip), ua, targets: [{ type: 'ServicePrincipal', displayName: app.name, id: spId, props: [{ name: 'AccountEnabled', old: '[]', new: '[true]' }, { name: 'AppPrincipalId', old: '[]', new: js([app.id]) }, { name: 'DisplayName', old: '[]', new: js([app.name]) }, { name: 'ServicePrincipalType', old: '[]', new: '["Application"]' }] }], correlationId: corr, attack });
  log.audit({ t: t + SEC, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add delegated permission grant', actor: actorUser(u, ip), ua, targets: [{ type: 'ServicePrincipal', displayName: resourceSp, id: r.uuid(), props: [{ name: 'DelegatedPermissionGrant.Scope', old: '', new: `"${scopes}"` }, { name: 'DelegatedPermissionGrant.ConsentType', old: '', new: '"Principal"' }] }, { type: 'ServicePrincipal', id: spId }], correlationId: corr, attack });
  log.audit({ t: t + 2 * SEC, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Consent to application', actor: actorUser(u, ip), ua, targets: [{ type: 'ServicePrincipal', displayName: app.name, id: spId, props: [{ name: 'ConsentContext.IsAdminConsent', old: '', new: '"False"' }, { name: 'ConsentContext.IsAppOnly', old: '', new: '"False"' }, { name: 'ConsentContext.OnBehalfOfAll', old: '', new: '"False"' }, { name: 'ConsentContext.Tags', old: '', new: '"WindowsAzureActiveDirectoryIntegratedApp"' }, { name: 'ConsentAction.Permissions', old: '', new: `"[] => [[Id: ${grantId}, ClientId: ${spId}, PrincipalId: ${u.id}, ResourceId: ${r.uuid()}, ConsentType: Principal, Scope: ${scopes}, CreatedDateTime: , LastModifiedDateTime ]]; "` }] }],
    details: [['User-Agent', ua], ['AppId', app.id], ['ConsentContext.PublisherVerified', verified ? 'True' : 'False']], correlationId: corr, attack });
  return spId;
}

/** A new client secret on an application registration (the en dash and the trailing space are Entra's). */
export function secretRotation(log, r, actor, t, ip, ua, app, keyName, { attack, removeOld = true } = {}) {
  const corr = r.uuid(), oldKey = r.uuid(), newKey = r.uuid();
  const kd = (id, nm) => `[KeyIdentifier=${id},KeyType=Password,KeyUsage=Verify,DisplayName=${nm}]`;
  const oldV = js([kd(oldKey, app.lastKeyName || 'secret-2026-05')]);
  const newV = js(removeOld ? [kd(newKey, keyName)] : [kd(oldKey, app.lastKeyName || 'secret-2026-05'), kd(newKey, keyName)]);
  app.lastKeyName = keyName;
  log.audit({ t, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', actor: actorUser(actor, ip), ua, targets: [{ type: 'Application', displayName: app.name, id: app.objectId || (app.objectId = r.uuid()), props: [{ name: 'KeyDescription', old: oldV, new: newV }, { name: 'Included Updated Properties', old: '', new: '"KeyDescription"' }] }], details: [['User-Agent', ua], ['AppId', app.id]], correlationId: corr, attack });
  log.audit({ t: t + SEC, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Update application', actor: actorUser(actor, ip), ua, targets: [{ type: 'Application', displayName: app.name, id: app.objectId, props: [{ name: 'Included Updated Properties', old: '', new: '""' }] }], details: [['User-Agent', ua], ['AppId', app.id]], correlationId: corr, attack });
}

export function adminAudit(log, o) { return log.audit(o); }

/** Entra Connect: the sync account's steady trickle of attribute updates, joiners, leavers and group changes. */
export function syncAudits(log, r, sync, users, t0, days) {
  const actor = { kind: 'user', displayName: sync.displayName, id: sync.id, upn: sync.upn, ip: '' };
  const props = [['Department', () => r.pick(['Finance', 'Achats', 'Qualité', 'Logistique'])], ['TelephoneNumber', () => `+33 4 76 ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`],
    ['JobTitle', () => r.pick(['Technicien méthodes', 'Acheteur', 'Responsable qualité fournisseurs', 'Opérateur régleur', 'Chef d\'équipe'])], ['Manager', () => r.uuid()], ['Mobile', () => `+33 6 ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`]];
  for (let d = 0; d < days; d++) {
    const n = [0, 6].includes(new Date(t0 + d * 86400000).getUTCDay()) ? r.int(2, 8) : r.int(25, 60);
    for (let i = 0; i < n; i++) {
      const t = t0 + d * 86400000 + r.int(0, 23) * HOUR + r.int(0, 3) * 30 * MIN + r.int(0, 50) * SEC;
      const u = r.pick(users);
      if (r.chance(0.75)) {
        const [p, f] = r.pick(props);
        log.audit({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Update user', actor, targets: [userTarget(u, [{ name: p, old: '[]', new: js([f()]) }, { name: 'Included Updated Properties', old: '', new: `"${p}"` }])] });
      } else {
        const grp = r.pick(['GS-Licences-M365-E3', 'GS-Licences-F3', 'GS-VPN-Utilisateurs', 'GS-Partage-Qualite', 'GS-Usine-Voiron', 'GS-Teletravail', 'GS-Partage-BE', 'GS-Imprimantes-StEtienne']);
        log.audit({ t, service: 'Core Directory', category: 'GroupManagement', activity: r.chance(0.7) ? 'Add member to group' : 'Remove member from group', actor, targets: [userTarget(u), { type: 'Group', displayName: grp, id: gid(grp) }] });
      }
    }
  }
}
