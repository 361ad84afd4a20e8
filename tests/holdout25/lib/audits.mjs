// Benign directory audit activity: HR provisioning, Intune compliance updates, SSPR, security-info changes,
// service-desk resets and TAPs, PIM activations, app registrations, consents to business apps, secret rotation by
// automation, guest invitations, joiners and leavers.
import { START, DAYS, DAY, HOUR, MIN, TZ, DOMAIN } from './world.mjs';
import { audit } from './records.mjs';

export const SP = {
  provisioning: { name: 'Workday to Microsoft Entra ID User Provisioning', appId: '6b5c2f0e-0c4a-4d57-9a1e-2e8f1d7c3b40', spId: 'b1f0e4a2-7d3c-4e58-9a6b-1c2d3e4f5a60' },
  intune: { name: 'Microsoft Intune', appId: '0000000a-0000-0000-c000-000000000000', spId: 'c2a1f5b3-8e4d-4f69-ab7c-2d3e4f5a6b71' },
  pim: { name: 'MS-PIM', appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e', spId: 'd3b2a6c4-9f5e-4a7a-bc8d-3e4f5a6b7c82' },
  rotation: { name: 'kv-secret-rotation-func', appId: null, spId: 'e4c3b7d5-a06f-4b8b-8d9e-4f5a6b7c8d93' },
  entra: { name: 'Microsoft Entra ID', appId: null, spId: 'f5d4c8e6-b17a-4c9c-9eaf-5a6b7c8d9ea4' },
};
const local = (day, h) => START + day * DAY + (h - TZ) * HOUR;
export const guestUpnInTenant = (u) => `${u.upn.replace('@', '_')}#ext#@alpenflug.onmicrosoft.com`;
const q = (s) => JSON.stringify(s);
const arr = (...xs) => JSON.stringify(xs);
export const ROLES = {
  'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1', 'Authentication Administrator': 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  'Application Administrator': '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'Intune Administrator': '3a2c62db-5318-420d-8d74-23affee5d9d5',
  'Exchange Administrator': '29232cdf-9323-42fd-ade2-1d097af3e4de', 'Conditional Access Administrator': 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10', 'Cloud Application Administrator': '158c047a-c907-4556-b7ef-446551a6b5f7',
  'Helpdesk Administrator': '729827e3-9c14-49f7-bb1b-9608f156bbb8',
};

export function benignAudits(ctx, plan) {
  const { rng, users } = ctx;
  const A = (a) => ctx.A.push(audit(a, rng));
  const members = users.filter((u) => u.userType === 'member' && u.group !== 'service');
  const admins = users.filter((u) => u.group === 'itadmin');
  const desk = users.filter((u) => u.group === 'servicedesk' || u.group === 'itpartner');
  const asActor = (u) => ({ id: u.id, upn: u.userType === 'guest' ? guestUpnInTenant(u) : u.upn });
  const ipFor = (u) => u.userType === 'guest' ? ctx.ipOf(u.net, 0) : ctx.ipOf('corp-hq', 0);
  const userT = (u) => ({ id: u.id, type: 'User', upn: u.upn, name: null });
  const titles = ['Cabin Crew', 'Senior Cabin Crew', 'Purser', 'First Officer', 'Captain', 'Ground Operations Agent', 'Aircraft Technician B1', 'Duty Manager OCC', 'Sales Manager', 'Revenue Analyst'];

  for (let day = 0; day < DAYS; day++) {
    const wk = day % 7 < 5;
    // HR provisioning sync (every night 02:00 local).
    const nProv = wk ? rng.int(75, 115) : rng.int(20, 35);
    for (let i = 0; i < nProv; i++) { const u = rng.pick(members); const a = rng.pick(titles), b = rng.pick(titles);
      A({ t: local(day, 2 + rng.float(0, 0.6)), category: 'UserManagement', activity: 'Update user', op: 'Update', app: SP.provisioning, targets: [{ ...userT(u), props: [['JobTitle', arr(a), arr(b)], ['Included Updated Properties', null, q('JobTitle')]] }], details: [['UserType', 'Member']] }); }
    // Intune compliance state updates on devices.
    const nDev = rng.int(55, 85);
    for (let i = 0; i < nDev; i++) { const u = rng.pick(members); const d = u.ipad || u.laptop; if (!d) continue;
      A({ t: local(day, rng.float(0, 24)), category: 'Device', activity: 'Update device', op: 'Update', app: SP.intune, targets: [{ id: rng.guid(), name: d.name, type: 'Device', props: [['ComplianceExpiryTime', arr(new Date(local(day, 0)).toISOString()), arr(new Date(local(day + 7, 0)).toISOString())], ['Included Updated Properties', null, q('ComplianceExpiryTime')]] }] }); }
    // Self-service password reset.
    for (let i = 0, n = rng.int(2, 6); i < n; i++) { const u = rng.pick(members); const t = local(day, rng.float(6, 22)); const corr = rng.guid(); const ip = ctx.ipOf(u.home || 'corp-hq', u.homeIdx || 0);
      A({ t, corr, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Self-service password reset flow activity progress', op: 'Update', actor: u, ip, reason: 'User started the password reset flow', targets: [userT(u)] });
      A({ t: t + 40000, corr, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Self-service password reset flow activity progress', op: 'Update', actor: u, ip, reason: 'User successfully verified the authentication method', targets: [userT(u)] });
      A({ t: t + 90000, corr, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Reset password (self-service)', op: 'Update', actor: u, ip, reason: 'Successfully completed reset.', targets: [userT(u)] });
    }
    // Security info changes by users (new phones).
    for (let i = 0, n = rng.int(2, 6); i < n; i++) { const u = rng.pick(members); const t = local(day, rng.float(7, 21)); const ip = ctx.ipOf(u.home || 'corp-hq', u.homeIdx || 0);
      const kind = rng.weighted([['reg', 6], ['def', 2], ['del', 1]]);
      if (kind === 'reg') A({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', op: 'Add', actor: u, ip, reason: 'User registered Authenticator App with Notification and Code', targets: [userT(u)] });
      if (kind === 'def') A({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'User changed default security info', op: 'Update', actor: u, ip, reason: 'User changed default security info', targets: [userT(u)] });
      if (kind === 'del') A({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'User deleted security info', op: 'Delete', actor: u, ip, reason: 'User deleted Authenticator App with Notification and Code', targets: [userT(u)] });
    }
    // Service desk: admin password resets, MFA resets and TAPs (real lost phones, forgotten passwords).
    if (wk) for (let i = 0, n = rng.int(2, 5); i < n; i++) { const a = rng.pick(desk); const u = rng.pick(members); const t = local(day, rng.float(7, 18));
      const k = rng.weighted([['pwd', 5], ['mfa', 2], ['tap', 1]]);
      if (k === 'pwd') { A({ t, category: 'UserManagement', activity: 'Reset user password', op: 'Update', actor: asActor(a), ip: ipFor(a), targets: [userT(u)] });
        A({ t: t + 1000, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Reset password (by admin)', op: 'Update', actor: asActor(a), ip: ipFor(a), reason: 'Successfully completed reset.', targets: [userT(u)] }); }
      if (k === 'mfa') A({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin deleted security info', op: 'Delete', actor: asActor(a), ip: ipFor(a), reason: 'Admin deleted Authenticator App with Notification and Code for user', targets: [userT(u)] });
      if (k === 'tap') A({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin registered security info', op: 'Add', actor: asActor(a), ip: ipFor(a), reason: 'Admin registered temporary access pass method for user', targets: [userT(u)] });
    }
    // PIM activations by identity admins and service desk.
    if (wk) for (const a of admins.concat(desk.filter((x) => x.userType === 'member'))) {
      if (!rng.chance(a.group === 'itadmin' ? 0.8 : 0.4)) continue;
      const role = a.group === 'itadmin' ? rng.pick(['User Administrator', 'Application Administrator', 'Intune Administrator', 'Exchange Administrator', 'Conditional Access Administrator', 'Authentication Administrator', 'Global Administrator']) : rng.pick(['Helpdesk Administrator', 'Authentication Administrator', 'User Administrator']);
      pimActivate(ctx, a, role, local(day, rng.float(8, 15)), ctx.ipOf('corp-hq', 0), rng.float(2, 8));
    }
    // Roster-driven group changes by crew scheduling.
    if (wk) for (let i = 0, n = rng.int(4, 12); i < n; i++) { const s = rng.pick(users.filter((u) => u.group === 'crewsched').slice(0, 10)); const u = rng.pick(members.filter((x) => x.crew).slice(0, 400));
      A({ t: local(day, rng.float(9, 16)), category: 'GroupManagement', activity: rng.chance(0.6) ? 'Add member to group' : 'Remove member from group', op: rng.chance(0.6) ? 'Assign' : 'Unassign', actor: s, ip: ctx.ipOf('corp-hq', 1), targets: [userT(u), { id: plan.groups.summerLine, type: 'Group', name: 'SG-Crew-Summer-Line-Training', props: [['Group.DisplayName', null, q('SG-Crew-Summer-Line-Training')]] }] }); }
  }
  // Secret rotation by automation (weekly for six integration apps).
  const apps = ['Flight Ops Integration', 'Crew Roster Sync', 'EFB Briefing', 'TechLog MRO', 'Revenue Management Suite', 'OCC Movement Control'];
  for (const [i, name] of apps.entries()) for (const wkN of [0, 1]) {
    const t = local(wkN * 7 + 1 + (i % 3), 3 + i * 0.2); const old = rng.guid(), nu = rng.guid();
    A({ t, category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', op: 'Update', app: SP.rotation, targets: [{ id: plan.appObj[name], name, type: 'Application', props: [['KeyDescription', arr(`[KeyIdentifier=${old},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-by-kv]`), arr(`[KeyIdentifier=${old},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-by-kv]`, `[KeyIdentifier=${nu},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-by-kv]`)], ['Included Updated Properties', null, q('KeyDescription')]] }], details: [['User-Agent', 'azsdk-net-Identity/1.12.0 (.NET 8.0.2; Microsoft Windows 10.0.20348)'], ['AppId', rng.guid()]] });
  }
  // Developers register apps and add secrets to their own dev apps.
  const devs = users.filter((u) => u.group === 'dev');
  for (let i = 0; i < 6; i++) { const d = rng.pick(devs); const t = local(rng.int(0, 11), rng.float(9, 16)); const oid = rng.guid(); const name = rng.pick(['crew-app-dev', 'efb-sync-test', 'ops-dashboard-dev', 'baggage-api-test', 'roster-ui-staging', 'fuel-report-dev']) + `-${i}`;
    A({ t, category: 'ApplicationManagement', activity: 'Add application', op: 'Add', actor: d, ip: ctx.ipOf('corp-hq', 2), targets: [{ id: oid, name, type: 'Application', props: [['AppAddress', null, arr(`[AddressType=Redirect,Address=https://${name}.azurewebsites.net/signin-oidc]`)], ['Included Updated Properties', null, q('AppAddress')]] }] });
    A({ t: t + 3000, category: 'ApplicationManagement', activity: 'Add service principal', op: 'Add', actor: d, ip: ctx.ipOf('corp-hq', 2), targets: [{ id: rng.guid(), name, type: 'ServicePrincipal' }] });
    A({ t: t + 20 * MIN, category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', op: 'Update', actor: d, ip: ctx.ipOf('corp-hq', 2), ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0', targets: [{ id: oid, name, type: 'Application', props: [['KeyDescription', '[]', arr(`[KeyIdentifier=${rng.guid()},KeyType=Password,KeyUsage=Verify,DisplayName=dev-secret]`)], ['Included Updated Properties', null, q('KeyDescription')]] }] });
  }
  // Admin consent to real business apps (after a procurement ticket), and a few user consents to low-risk apps.
  const consent = (actor, t, appName, perms, admin) => { const sp = rng.guid(); const corr = rng.guid();
    if (admin) A({ t: t - 2000, corr, category: 'ApplicationManagement', activity: 'Add service principal', op: 'Add', actor, ip: ctx.ipOf('corp-hq', 0), targets: [{ id: sp, name: appName, type: 'ServicePrincipal' }] });
    A({ t, corr, category: 'ApplicationManagement', activity: 'Consent to application', op: 'Assign', actor, ip: ctx.ipOf(actor.home && !admin ? actor.home : 'corp-hq', actor.homeIdx || 0), targets: [{ id: sp, name: appName, type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, q(admin ? 'True' : 'False')], ['ConsentContext.IsAppOnly', null, q('False')], ['ConsentContext.OnBehalfOfAll', null, q(admin ? 'True' : 'False')], ['ConsentContext.Tags', null, q('WindowsAzureActiveDirectoryIntegratedApp')], ['ConsentAction.Permissions', null, q(`[] => [[Id: ${rng.alnum(20)}, ClientId: ${sp}, PrincipalId: ${admin ? '' : actor.id}, ResourceId: ${rng.guid()}, ConsentType: ${admin ? 'AllPrincipals' : 'Principal'}, Scope: ${perms}, CreatedDateTime: , LastModifiedDateTime ]; ]`)], ['TargetId.ServicePrincipalNames', null, q(rng.guid())]] }] });
    A({ t: t + 1000, corr, category: 'ApplicationManagement', activity: 'Add delegated permission grant', op: 'Assign', actor, ip: ctx.ipOf('corp-hq', 0), targets: [{ id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph', type: 'ServicePrincipal', props: [['DelegatedPermissionGrant.Scope', null, q(perms)], ['DelegatedPermissionGrant.ConsentType', null, q(admin ? 'AllPrincipals' : 'Principal')]] }, { id: sp, type: 'ServicePrincipal' }] });
  };
  consent(admins[0], local(1, 10.5), 'Jeppesen FliteDeck Pro', 'openid profile User.Read offline_access', true);
  consent(admins[1], local(3, 14.2), 'Adobe Acrobat Sign', 'openid profile User.Read Files.Read offline_access', true);
  consent(admins[2], local(8, 11.1), 'Miro', 'openid profile email User.Read offline_access', true);
  consent(admins[0], local(10, 9.4), 'Zoom for Microsoft Teams', 'User.Read Calendars.ReadWrite OnlineMeetings.ReadWrite offline_access', true);
  for (let i = 0; i < 4; i++) consent(rng.pick(members.filter((u) => u.group === 'hq')), local(rng.int(0, 13), rng.float(9, 17)), rng.pick(['Calendly', 'Grammarly', 'Doodle', 'Trello']), 'openid profile email User.Read', false);
  // Guest invitations (new agency staff) and redemptions.
  for (let i = 0; i < 14; i++) { const inv = rng.pick(desk); const t = local(rng.int(0, 12), rng.float(9, 16)); const gid = rng.guid(); const e = `agent${rng.int(10, 99)}_${rng.pick(['alpentours.at', 'reisewelt-wien.at', 'bavaria-travel.de'])}#EXT#@alpenflug.onmicrosoft.com`;
    A({ t, service: 'Invited Users', category: 'UserManagement', activity: 'Invite external user', op: 'Add', actor: asActor(inv), ip: ipFor(inv), targets: [{ id: gid, type: 'User', upn: e }], details: [['invitedUserEmailAddress', e.split('#')[0].replace('_', '@')]] });
    A({ t: t + 1000, category: 'UserManagement', activity: 'Add user', op: 'Add', actor: asActor(inv), ip: ipFor(inv), targets: [{ id: gid, type: 'User', upn: e }] });
    if (rng.chance(0.8)) A({ t: t + rng.int(1, 30) * HOUR, service: 'Invited Users', category: 'UserManagement', activity: 'Redeem external user invite', op: 'Update', actor: { id: gid, upn: e }, ip: ctx.ipOf('agency-at', rng.int(0, 19)), targets: [{ id: gid, type: 'User', upn: e }] });
  }
  // One CA change (adding a new outstation country to the report-only policy's named location).
  A({ t: local(9, 10.7), service: 'Conditional Access', category: 'Policy', activity: 'Update named location', op: 'Update', actor: admins[3], ip: ctx.ipOf('corp-hq', 0), targets: [{ id: rng.guid(), name: 'Alpenflug operating countries', type: 'Policy', props: [['CountriesAndRegions', arr('AT', 'DE'), arr('AT', 'DE', 'PT')]] }] });
}

export function pimActivate(ctx, a, role, t, ip, hours, opts = {}) {
  const { rng } = ctx; const A = (x) => ctx.A.push(audit(x, rng));
  const corr = rng.guid(); const roleT = { id: ROLES[role], name: role, type: 'Role' };
  const actor = { id: a.id, upn: a.userType === 'guest' ? guestUpnInTenant(a) : a.upn };
  A({ t, corr, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role requested (PIM activation)', op: 'Assign', actor, ip, reason: opts.reason || rng.pick(['Ticket INC' + rng.int(100000, 999999), 'CHG' + rng.int(10000, 99999) + ' user onboarding', 'Service desk escalation']), targets: [roleT, { id: a.id, type: 'User', upn: a.upn }] });
  A({ t: t + 2000, corr, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role completed (PIM activation)', op: 'Assign', actor, ip, targets: [roleT, { id: a.id, type: 'User', upn: a.upn }] });
  A({ t: t + 4000, corr, category: 'RoleManagement', activity: 'Add member to role', op: 'Assign', app: { name: 'MS-PIM', appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e', spId: 'd3b2a6c4-9f5e-4a7a-bc8d-3e4f5a6b7c82' }, targets: [{ id: a.id, type: 'User', upn: a.upn, props: [['Role.DisplayName', null, JSON.stringify(role)], ['Role.TemplateId', null, JSON.stringify(ROLES[role])], ['Role.WellKnownObjectName', null, JSON.stringify(role.replace(/ /g, ''))]] }] });
  const end = t + hours * HOUR;
  if (end < START + DAYS * DAY) A({ t: end, category: 'RoleManagement', activity: 'Remove member from role', op: 'Unassign', app: { name: 'MS-PIM', appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e', spId: 'd3b2a6c4-9f5e-4a7a-bc8d-3e4f5a6b7c82' }, targets: [{ id: a.id, type: 'User', upn: a.upn, props: [['Role.DisplayName', JSON.stringify(role), null]] }] });
}
