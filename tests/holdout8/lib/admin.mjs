// Honest admin work: the outsourcer's service desk (resets, TAPs, method re-registrations), PIM,
// app registrations with secret rotation by automation, admin consent to well-known SaaS, CA edits.
import { makeAudit, userActor, appActor, tUser, tObj, prop, ipAt, timeIn } from './audit.mjs';
import { START, DAYS, HOUR, MIN } from './emit.mjs';

export const APPREGS = [
  ['Tallawang MineRoster', '6f1c2a9e-3b7d-4c58-9e21-7a4d0b8c5f13'], ['Dispatch Data Sync', 'a41d7c2e-6b93-4f18-9d05-3e7a2c8b1f46'],
  ['PI Historian Export', 'c93e2b18-7d4a-4c61-a5f0-2b8e9d3c7a15'], ['SAP Integration Suite', 'd5a8f3c1-2e7b-49d6-b340-8c1f6e2a9d73'],
  ['ServiceNow Graph Connector', 'f17b4e9a-8c25-4d3f-a6b1-0e9d2c7f5a38'], ['GIS Export Pipeline', '0b6c3d9e-4f1a-4e27-8b5d-9a2f7c1e3d64'],
];
export const SP_IDS = Object.fromEntries(APPREGS.map(([n]) => [n, null]));

export function benignAudits(E, r, T) {
  const out = [];
  const add = (o) => { if (o.t >= START && o.t < START + DAYS * 86_400_000) out.push(makeAudit(r, o)); };
  const helpdesk = T.msp.filter((u) => u.role === 'helpdesk'), admins = T.msp.filter((u) => u.role === 'cloudadmin');
  const people = T.users.filter((u) => ['office', 'fifo', 'resident', 'exec'].includes(u.kind));
  for (const n of Object.keys(SP_IDS)) SP_IDS[n] = r.uuid();
  const rotator = appActor('KeyVault Secret Rotator', '8e2d4b71-c3a9-4f56-b0e8-5d1a7c9f2e34', r.uuid());
  const methods = ['Authenticator App with Notification and Code', 'Authenticator App', 'Phone'];

  // service desk: ~25 tickets a day, around the clock from Pune/Bengaluru
  for (let i = 0; i < 25 * DAYS; i++) {
    const a = r.pick(helpdesk), t = timeIn(r, E, a); if (!t) continue;
    const ip = ipAt(E, a, t), v = r.pick(people), act = userActor(a, ip);
    const kind = r.weighted([['reset', 5], ['tap', 3], ['method', 3], ['group', 4], ['update', 3], ['unlock', 1]]);
    if (kind === 'reset') {
      add({ t, activity: 'Reset user password', category: 'UserManagement', actor: act, targets: [tUser(v)], op: 'Update' });
      add({ t: t + 1000, activity: 'Reset password (by admin)', category: 'UserManagement', service: 'Self-service Password Management', actor: act, targets: [tUser(v)], op: 'Update' });
    } else if (kind === 'tap') {
      // new phone on site: the desk issues a Temporary Access Pass, the worker registers the Authenticator
      add({ t, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', reason: 'Admin registered temporary access pass method for user', actor: act, targets: [tUser(v)], op: 'Add' });
      const t2 = t + r.int(10, 180) * MIN;
      add({ t: t2, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', reason: `User registered ${methods[0]}`, actor: userActor(v, ipAt(E, v, t2)), targets: [tUser(v)], op: 'Add' });
      add({ t: t2 + 2000, activity: 'Register device', category: 'Device', service: 'Device Registration Service', actor: userActor(v, ipAt(E, v, t2)), targets: [tObj('Device', r.uuid(), r.chance(0.6) ? 'iPhone' : 'Galaxy XCover6 Pro')], op: 'Add' });
    } else if (kind === 'method') {
      add({ t, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', reason: 'Admin deleted Authenticator App with Notification and Code method for user', actor: act, targets: [tUser(v)], op: 'Delete' });
      const t2 = t + r.int(5, 600) * MIN;
      add({ t: t2, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', reason: `User registered ${r.pick(methods)}`, actor: userActor(v, ipAt(E, v, t2)), targets: [tUser(v)], op: 'Add' });
    } else if (kind === 'group') {
      const g = r.pick(['SG-Pilbara-Crib-Kiosk-Users', 'SG-MineRoster-Users', 'SG-Atacama-Operations', 'SG-Engineering-ProjectWise', 'SG-Rustenburg-Shift-B', 'M365-E3-Licensed', 'SG-Bowen-Maintenance']);
      add({ t, activity: 'Add member to group', category: 'GroupManagement', actor: act, targets: [tUser(v), tObj('Group', r.uuid(), g, [prop('Group.DisplayName', null, g)])], op: 'Assign' });
    } else if (kind === 'update') {
      add({ t, activity: 'Update user', category: 'UserManagement', actor: act, targets: [tUser(v, [prop('JobTitle', ['Operator'], ['Senior Operator']), prop('Included Updated Properties', null, 'JobTitle')])], op: 'Update' });
    } else {
      add({ t, activity: 'Unlock user account', category: 'UserManagement', service: 'Self-service Password Management', actor: act, targets: [tUser(v)], op: 'Update' });
    }
  }
  // people resetting their own passwords and registering methods
  for (let i = 0; i < 6 * DAYS; i++) {
    const v = r.pick(people), t = timeIn(r, E, v); if (!t) continue;
    if (r.chance(0.6)) add({ t, activity: 'Reset password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', reason: 'User successfully reset password', actor: userActor(v, ipAt(E, v, t)), targets: [tUser(v)], op: 'Update' });
    else add({ t, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', reason: `User registered ${r.pick(methods)}`, actor: userActor(v, ipAt(E, v, t)), targets: [tUser(v)], op: 'Add' });
  }
  // PIM: cloud admins activate roles for their changes, and the activations expire
  for (let i = 0; i < 4 * DAYS; i++) {
    const a = r.pick(admins), t = timeIn(r, E, a); if (!t) continue;
    const role = r.pick(['Exchange Administrator', 'Intune Administrator', 'Application Administrator', 'Conditional Access Administrator', 'User Administrator', 'Global Administrator']);
    const act = userActor(a, ipAt(E, a, t)), roleT = tObj('Role', r.uuid(), role), corr = r.uuid();
    add({ t, corr, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', actor: act, targets: [roleT, tUser(a)], op: 'Assign', details: [{ key: 'Justification', value: `CHG${r.int(100000, 199999)}` }] });
    add({ t: t + 3000, corr, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', actor: act, targets: [roleT, tUser(a)], op: 'Assign' });
    add({ t: t + r.int(2, 8) * HOUR, activity: 'Remove member from role (PIM activation expired)', category: 'RoleManagement', service: 'PIM', actor: appActor('MS-PIM', '01fc33a7-78ba-4d2f-a4b7-768e336e890e', r.uuid()), targets: [roleT, tUser(a)], op: 'Unassign' });
  }
  // secret rotation by automation, every Monday 02:00 Perth for each app registration
  for (let w = 0; w < 2; w++) for (const [name, appId] of APPREGS) {
    const t = START + w * 7 * 86_400_000 + 18 * HOUR + r.int(0, 20) * MIN; // Tuesdays 02:00 Perth
    const kid = r.uuid();
    add({ t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', actor: rotator, op: 'Update',
      targets: [tObj('Application', r.uuid(), name, [prop('KeyDescription', [], [`[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-${w ? '2025-08-11' : '2025-08-04'}]`]), prop('Included Updated Properties', null, 'KeyDescription')])],
      details: [{ key: 'AppId', value: appId }] });
  }
  // a new app registration, admin consent to well-known SaaS, app role assignments, CA edits
  const a0 = admins[0], a1 = admins[1], a2 = admins[2];
  const at = (u, d) => { const xs = (E.seen.get(u.id) || []).filter(([t]) => t > START + d * 86_400_000); return xs.length ? xs[0][0] + 20 * MIN : START + d * 86_400_000; };
  let t = at(a0, 2);
  add({ t, activity: 'Add application', category: 'ApplicationManagement', actor: userActor(a0, ipAt(E, a0, t)), op: 'Add', targets: [tObj('Application', r.uuid(), 'Fleet Telemetry Ingest')] });
  add({ t: t + 4000, activity: 'Add service principal', category: 'ApplicationManagement', actor: userActor(a0, ipAt(E, a0, t)), op: 'Add', targets: [tObj('ServicePrincipal', r.uuid(), 'Fleet Telemetry Ingest')] });
  add({ t: t + 9 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', actor: userActor(a0, ipAt(E, a0, t)), op: 'Update', targets: [tObj('Application', r.uuid(), 'Fleet Telemetry Ingest', [prop('KeyDescription', [], [`[KeyIdentifier=${r.uuid()},KeyType=Password,KeyUsage=Verify,DisplayName=initial]`])])] });
  for (const [d, app, scope, u] of [[3, 'Zoom', 'User.Read openid profile offline_access', a1], [5, 'Adobe Acrobat Sign', 'User.Read Files.Read.All offline_access', a2], [8, 'Bentley CONNECT', 'User.Read openid profile email offline_access', a1]]) {
    t = at(u, d);
    const spId = r.uuid(), act = userActor(u, ipAt(E, u, t));
    add({ t, activity: 'Add service principal', category: 'ApplicationManagement', actor: act, op: 'Add', targets: [tObj('ServicePrincipal', spId, app)] });
    add({ t: t + 2000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', actor: act, op: 'Assign', targets: [tObj('ServicePrincipal', r.uuid(), 'Microsoft Graph', [prop('DelegatedPermissionGrant.Scope', '', ` ${scope}`), prop('DelegatedPermissionGrant.ConsentType', '', 'AllPrincipals')])] });
    add({ t: t + 3000, activity: 'Consent to application', category: 'ApplicationManagement', actor: act, op: 'Assign', targets: [tObj('ServicePrincipal', spId, app, [prop('ConsentContext.IsAdminConsent', null, 'True'), prop('ConsentContext.OnBehalfOfAll', null, 'True'), prop('ConsentAction.Permissions', null, `[] => [[Scope: ${scope}, ConsentType: AllPrincipals]]`)])] });
  }
  for (let i = 0; i < 30; i++) {
    const a = r.pick(admins), t2 = timeIn(r, E, a), v = r.pick(people); if (!t2) continue;
    add({ t: t2, activity: 'Add app role assignment grant to user', category: 'ApplicationManagement', actor: userActor(a, ipAt(E, a, t2)), op: 'Assign', targets: [tObj('ServicePrincipal', SP_IDS['Tallawang MineRoster'], 'Tallawang MineRoster', [prop('AppRole.Value', null, 'Roster.Read')]), tUser(v)] });
  }
  for (const [d, pol] of [[1, 'CA012 - Site kiosks: trusted location, no MFA'], [6, 'CA004 - Require compliant device for desktop apps'], [10, 'CA020 - Block legacy authentication (exclusions: site scanners)']]) {
    t = at(a2, d);
    add({ t, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', actor: userActor(a2, ipAt(E, a2, t)), op: 'Update', targets: [tObj('Policy', r.uuid(), pol, [prop('ConditionalAccessPolicy', { state: 'enabled' }, { state: 'enabled' })])] });
  }
  // honest guest invitations: engineers bringing in contractors
  const eng = people.filter((u) => u.engineer);
  for (let i = 0; i < 6; i++) {
    const a = r.pick(eng), t2 = timeIn(r, E, a); if (!t2) continue;
    const g = `contractor${i + 1}@${r.pick(['pilbaraeng.com.au', 'coalfieldgeo.com.au', 'andescobre.cl'])}`, gid = r.uuid();
    add({ t: t2, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', actor: userActor(a, ipAt(E, a, t2)), op: 'Add', targets: [{ ...tObj('User', gid, null), userPrincipalName: g }], details: [{ key: 'invitedUserEmailAddress', value: g }] });
  }
  return out;
}
