// Honest application, consent, policy, domain, guest and role work — done in admins' PIM sessions.
import { HOUR, MIN, PROF } from './world.mjs';
import { APPS, RES, CA } from './catalog.mjs';
import { audit, byUser, byApp, tUser, tObj, mp, roleProps, roleTarget } from './audit.mjs';
import { logon, refresh } from './patterns.mjs';

const keyDesc = (r, name, type = 'Password') => `[KeyIdentifier=${r.uuid()},KeyType=${type},KeyUsage=${type === 'Password' ? 'Verify' : 'Verify'},DisplayName=${name}]`;

export function appWork(w, pimLog, apps, spIds) {
  const r = w.rng;
  const sessions = r.shuffle(pimLog.filter((p) => !w.weekend(p.d)));
  let i = 0;
  const next = () => sessions[i++ % sessions.length];
  const sp = (app) => spIds[app[1]] || (spIds[app[1]] = r.uuid());
  const appObj = (app) => r.uuid();
  // 1. weekly secret rotation by the automation (Azure Function with a managed identity)
  const rot = [apps.crewSync, apps.payroll, apps.opsPortal, apps.rampOps, apps.crewHub];
  for (const d of [2, 9]) for (const app of rot) {
    const t = w.at(d, 3 + r.real(0, 0.3), 'TOR');
    const by = byApp(apps.keyRotation, sp(apps.keyRotation), apps.keyRotation[1]);
    const nk = keyDesc(r, `rotated-${d}`);
    audit(w, { t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by, targets: [tObj('Application', appObj(app), app[1], [mp('KeyDescription', [], [nk]), mp('Included Updated Properties', null, 'KeyDescription')])] });
    audit(w, { t: t + 90 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by, targets: [tObj('Application', appObj(app), app[1], [mp('KeyDescription', [nk, keyDesc(r, 'previous')], [nk]), mp('Included Updated Properties', null, 'KeyDescription')])] });
  }
  // 2. admin consent to well-known SaaS (Zoom, DocuSign) and a backup product with application permissions
  const consent = (p, app, scopes, admin, appRoles = []) => {
    const t = p.t + r.int(5, 40) * MIN, by = byUser(p.admin, p.ip), id = sp(app);
    audit(w, { t, activity: 'Add service principal', category: 'ApplicationManagement', by, targets: [tObj('ServicePrincipal', id, app[1], [mp('AccountEnabled', [], [true]), mp('AppAddress', [], [{ AddressType: 0, Address: `https://${app[1].toLowerCase().replace(/\W+/g, '')}.com/auth` }]), mp('AppPrincipalId', [], [app[0]]), mp('DisplayName', [], [app[1]])])] });
    audit(w, { t: t + 2000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', by, targets: [tObj('ServicePrincipal', r.uuid(), 'Microsoft Graph', [mp('DelegatedPermissionGrant.Scope', '', ` ${scopes.join(' ')}`), mp('DelegatedPermissionGrant.ConsentType', '', 'AllPrincipals'), mp('ServicePrincipal.ObjectID', '', id)])] });
    for (const [roleId, roleVal, resName] of appRoles) audit(w, { t: t + 3000, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', by, targets: [tObj('ServicePrincipal', r.uuid(), resName, [mp('AppRole.Id', null, roleId), mp('AppRole.Value', null, roleVal), mp('AppRoleAssignment.CreatedDateTime', null, new Date(t).toISOString()), mp('ServicePrincipal.DisplayName', null, app[1]), mp('ServicePrincipal.ObjectID', null, id)]), tObj('ServicePrincipal', id, app[1])] });
    audit(w, { t: t + 4000, activity: 'Consent to application', category: 'ApplicationManagement', by, targets: [tObj('ServicePrincipal', id, app[1], [mp('ConsentContext.IsAdminConsent', null, admin ? 'True' : 'False'), mp('ConsentContext.IsAppOnly', null, appRoles.length ? 'True' : 'False'), mp('ConsentContext.OnBehalfOfAll', null, admin ? 'True' : 'False'), mp('ConsentContext.Tags', null, 'WindowsAzureActiveDirectoryIntegratedApp'), mp('ConsentAction.Permissions', null, `[] => [[Id: ${r.b64url(32)}, ClientId: ${id}, PrincipalId: , ResourceId: ${r.uuid()}, ConsentType: ${admin ? 'AllPrincipals' : 'Principal'}, Scope: ${scopes.join(' ')}, CreatedDateTime: , LastModifiedDateTime ]]`), mp('TargetId.ServicePrincipalNames', null, app[0])])] });
  };
  consent(next(), apps.zoom, ['User.Read', 'Calendars.ReadWrite', 'offline_access', 'openid', 'profile'], true);
  consent(next(), apps.docusign, ['User.Read', 'Files.Read', 'offline_access', 'openid', 'email'], true);
  consent(next(), apps.veeam, ['User.Read'], true, [['e2a3a72e-5f79-4c64-b1b1-878b674786c9', 'Mail.ReadWrite', 'Microsoft Graph'], ['dc890d15-9560-4a4c-9b7f-a736ec74ec40', 'full_access_as_app', 'Office 365 Exchange Online'], ['75359482-378d-4052-8f01-80520e7db3cd', 'Files.ReadWrite.All', 'Microsoft Graph']]);
  // a user consent (verified publisher, low-impact permissions allowed by the tenant's consent policy)
  const hq = w.users.filter((u) => u.role === 'hq' && u.base === 'YYZ');
  for (let k = 0; k < 3; k++) {
    const u = r.pick(hq), d = r.pick([1, 3, 8, 10]), t = w.at(d, r.real(9.5, 15.5), 'TOR'), ip = w.place('hq', r.int(0, 15)).ip;
    const id = sp(apps.miro);
    audit(w, { t, activity: 'Add delegated permission grant', category: 'ApplicationManagement', by: byUser(u, ip), targets: [tObj('ServicePrincipal', r.uuid(), 'Microsoft Graph', [mp('DelegatedPermissionGrant.Scope', '', ' User.Read openid profile email offline_access'), mp('DelegatedPermissionGrant.ConsentType', '', 'Principal'), mp('ServicePrincipal.ObjectID', '', id)])] });
    audit(w, { t: t + 1500, activity: 'Consent to application', category: 'ApplicationManagement', by: byUser(u, ip), targets: [tObj('ServicePrincipal', id, apps.miro[1], [mp('ConsentContext.IsAdminConsent', null, 'False'), mp('ConsentContext.IsAppOnly', null, 'False'), mp('ConsentContext.OnBehalfOfAll', null, 'False'), mp('ConsentAction.Permissions', null, `[] => [[Scope: User.Read openid profile email offline_access]]`), mp('TargetId.ServicePrincipalNames', null, apps.miro[0])])] });
  }
  // 3. a developer registers an internal app and adds a secret; SAML signing certificate rollover for Workday
  { const p = next(), t = p.t + 20 * MIN, by = byUser(p.admin, p.ip), id = r.uuid(), name = 'BP Fuel Uplift Reporting';
    audit(w, { t, activity: 'Add application', category: 'ApplicationManagement', by, targets: [tObj('Application', id, name, [mp('AppId', [], [r.uuid()]), mp('DisplayName', [], [name])])] });
    audit(w, { t: t + 5000, activity: 'Add owner to application', category: 'ApplicationManagement', by, targets: [tUser(p.admin.owner), tObj('Application', id, name)] });
    audit(w, { t: t + 9 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by, targets: [tObj('Application', id, name, [mp('KeyDescription', [], [keyDesc(r, 'fuel-report-prod')]), mp('Included Updated Properties', null, 'KeyDescription')])] });
    audit(w, { t: t + 11 * MIN, activity: 'Add service principal', category: 'ApplicationManagement', by, targets: [tObj('ServicePrincipal', r.uuid(), name)] }); }
  { const p = next(), t = p.t + 15 * MIN, by = byUser(p.admin, p.ip), id = sp(apps.workday);
    audit(w, { t, activity: 'Add service principal credentials', category: 'ApplicationManagement', by, targets: [tObj('ServicePrincipal', id, apps.workday[1], [mp('KeyDescription', [], [keyDesc(r, 'CN=Microsoft Azure Federated SSO Certificate', 'AsymmetricX509Cert')]), mp('Included Updated Properties', null, 'KeyDescription')])] });
    audit(w, { t: t + 60_000, activity: 'Update service principal', category: 'ApplicationManagement', by, targets: [tObj('ServicePrincipal', id, apps.workday[1], [mp('PreferredTokenSigningKeyThumbprint', null, r.hex(40).toUpperCase())])] }); }
  // 4. Conditional Access maintenance, a named location update
  for (let k = 0; k < 3; k++) {
    const p = next(), t = p.t + r.int(10, 50) * MIN;
    const pol = r.pick(Object.values(CA));
    audit(w, { t, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', by: byUser(p.admin, p.ip), targets: [tObj('Policy', pol[0], pol[1], [mp('ConditionalAccessPolicy', { displayName: pol[1], state: 'enabled' }, { displayName: pol[1], state: 'enabled', conditions: { users: { excludeGroups: ['CA-Exclusion-Travel-Temp'] } } })])] });
  }
  { const p = next(); audit(w, { t: p.t + 25 * MIN, activity: 'Update named location', category: 'Policy', service: 'Conditional Access', by: byUser(p.admin, p.ip), targets: [tObj('Policy', r.uuid(), 'BP Airport operations networks', [mp('NamedLocation', null, { ipRanges: ['142.112.62.0/29', '154.20.40.0/29', '57.72.0.0/16'] })])] }); }
  // 5. the loyalty programme's new domain (managed, not federated)
  { const p = next(), t = p.t + 12 * MIN, by = byUser(p.admin, p.ip);
    audit(w, { t, activity: 'Add unverified domain', category: 'DirectoryManagement', by, targets: [tObj('Directory', null, 'borealrewards.com')] });
    audit(w, { t: t + 26 * HOUR, activity: 'Verify domain', category: 'DirectoryManagement', by, targets: [tObj('Directory', null, 'borealrewards.com', [mp('IsVerified', [false], [true])])] }); }
  // 6. a new service desk agent gets an eligible Helpdesk Administrator assignment
  { const p = next(), t = p.t + 30 * MIN, u = w.users.find((x) => x.role === 'desk');
    audit(w, { t, activity: 'Add eligible member to role in PIM completed (permanent)', service: 'PIM', category: 'RoleManagement', by: byUser(p.admin, p.ip), targets: [roleTarget('helpdesk'), tUser(u)], reason: 'Onboarding - service desk wave 3' }); }
  return next;
}

/** Partner and auditor invitations; the guests redeem from their own networks. */
export function guestInvites(w, next) {
  const r = w.rng;
  const guests = r.sample(w.users.filter((u) => u.userType === 'guest'), 7);
  for (const g of guests) {
    const p = next(), t = p.t + r.int(5, 60) * MIN, by = byUser(p.admin, p.ip);
    audit(w, { t, activity: 'Invite external user', service: 'Invited Users', by, targets: [tUser(g)], details: [['oid', g.id], ['invitedUserEmailAddress', g.upn]] });
    audit(w, { t: t + 3000, activity: 'Add user', by, targets: [tUser(g, [mp('UserType', [], ['Guest']), mp('UserPrincipalName', [], [`${g.upn.replace('@', '_')}#EXT#@borealpacific.onmicrosoft.com`])])] });
    audit(w, { t: t + 9000, activity: 'Add member to group', category: 'GroupManagement', by, targets: [tUser(g), tObj('Group', r.uuid(), g.partner === 'northgateaudit.com' ? 'FIN-External-Audit-FY25' : 'Partners-Ops-Portal-Users', [mp('Group.DisplayName', null, 'Partners')])] });
    const tr = t + r.real(0.3, 20) * HOUR;
    const gp = w.home(g);
    audit(w, { t: tr, activity: 'Redeem external user invite', service: 'Invited Users', by: byUser(g, gp.ip), targets: [tUser(g)], reason: 'User redeemed the invitation' });
    g.redeemed = tr;
  }
}
