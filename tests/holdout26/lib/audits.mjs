// Honest directory activity: joiners, leavers, the service desk, PIM, app automation, consents, guests, SSPR.
import { START, DAY, HOUR, MIN, DAYS, TENANT, CLIENTS, APPS } from './world.mjs';
import { audit, userActor, appActor, userTarget } from './records.mjs';

const at = (d, h) => START + d * DAY + Math.round(h * HOUR);
const wd = (d) => d % 7 < 5;
export const AUTOMATION = {
  provisioning: appActor('Darwinbox Provisioning', 'b8e0c7a2-4d19-4f63-9e15-3a7c2d0f8b64'),
  rotation: appActor('KV-SecretRotation-Automation', '2e9a41c7-0b58-4d3f-a6e2-81f7c3d95b20'),
  msgraph: appActor('Microsoft Graph', '00000003-0000-0000-c000-000000000000'),
  pim: appActor('MS-PIM', '01fc33a7-78ba-4d2f-a4b7-768e336e890e'),
};
export const ROLES = {
  ga: { name: 'Global Administrator', id: '62e90394-69f5-4237-9190-012177145e10' },
  uaa: { name: 'User Administrator', id: 'fe930be7-5e62-47db-91af-98c3a49a38b1' },
  aa: { name: 'Authentication Administrator', id: 'c4e39bd9-1100-46d3-8c65-fb160da0071f' },
  appAdmin: { name: 'Application Administrator', id: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3' },
  helpdesk: { name: 'Helpdesk Administrator', id: '729827e3-9c14-49f7-bb1b-9608f156bbb8' },
  ca: { name: 'Conditional Access Administrator', id: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9' },
};
export const GROUPS = {
  allStaff: { name: 'All Kaveri Staff', id: '5a0d3e71-c2b9-4f84-86e1-0b7f2a9c3d15' },
  campus: { name: 'Campus Hires 2026 Batch 2', id: 'e3c8a1f5-7d20-4b69-92e4-6f1b0a3c8d27' },
  mfaExempt: { name: 'CA-Exclude-ServiceAccounts', id: '1f7b9d24-6e3a-4c58-b0d1-92a4e8c7f536' },
  projects: ['MTB-CoreBanking-Delivery', 'LIG-ClaimsOps-BPO', 'HRP-Merch-Analytics', 'ISW-Telematics-QA', 'MTB-Cards-L2Support', 'HRP-Store-Apps', 'LIG-Underwriting-Dev', 'ISW-SAP-AMS'].map((n, i) => ({ name: n, id: `7c${i}e4b1a-3f6d-4a29-b8c5-0d1e2f3a4b${50 + i}` })),
};
export const APPREGS = ['Kaveri-Timesheet-API', 'Kaveri-Payroll-Connector', 'MTB-Delivery-Pipeline', 'Kaveri-HRMS-Directory-Sync', 'ISW-Telematics-Ingest', 'Kaveri-ServiceNow-Integration', 'LIG-Claims-Bot', 'Kaveri-Intranet'].map((n, i) => ({ name: n, id: `a${i}3f7c2d-91e4-4b58-8a6d-2c0e9f1b7d${30 + i}`, keyId: `0${i}e1b2c3-d4f5-4a6b-8c7d-9e0f1a2b3c4d` }));

const ua = CLIENTS.winEdge.ua;
const tap = (ctx, t, actor, ip, target) => audit(ctx, { t, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin registered security info', reason: 'Admin registered temporary access pass method for user', actor: userActor(actor), ip, ua, targets: [userTarget(target)] });

export function benignAudits(ctx, users) {
  const r = ctx.rng.fork('audits');
  const by = (g) => users.filter((u) => u.group === g);
  const idadmins = by('idadmin'), desk = by('desk'), joiners = by('joiner'), leavers = by('leaver'), staff = users.filter((u) => ['eng', 'bpo', 'krk', 'hr', 'onsite', 'travel'].includes(u.group)), guests = by('guest');
  const ofc = () => ctx.fixedIp('ofcBlr', 4, r);
  const deskOn = (t) => { const h = ((t - START) % DAY) / HOUR; const s = h >= 3.5 && h < 12.5 ? 0 : h >= 12.5 && h < 21.5 ? 1 : 2; return r.pick(desk.filter((x) => x.deskShift === s)); };

  // joiners: created by HRMS provisioning, licensed, grouped; TAP from the service desk the evening before, methods registered on day one
  for (const u of joiners) {
    const t = at(u.created, 10 + r.next() * 3);
    audit(ctx, { t, service: 'Core Directory', category: 'UserManagement', activity: 'Add user', actor: AUTOMATION.provisioning, targets: [userTarget(u, [['AccountEnabled', '', '[true]'], ['DisplayName', '', `["${u.name}"]`], ['UserPrincipalName', '', `["${u.upn}"]`]])] });
    audit(ctx, { t: t + 2 * MIN, service: 'Core Directory', category: 'GroupManagement', activity: 'Add member to group', actor: AUTOMATION.provisioning, targets: [userTarget(u), { type: 'Group', name: GROUPS.campus.name, id: GROUPS.campus.id, props: [['Group.DisplayName', '', `"${GROUPS.campus.name}"`]] }] });
    audit(ctx, { t: t + 3 * MIN, service: 'Core Directory', category: 'UserManagement', activity: 'Change user license', actor: AUTOMATION.provisioning, targets: [userTarget(u)] });
    const tt = at(u.start - 1, 13 + r.next() * 4);
    const ag = deskOn(tt); tap(ctx, tt, ag, ofc(), u);
    const t1 = at(u.start, 4.1 + r.next() * 0.3);
    audit(ctx, { t: t1, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(u), ip: ctx.fixedIps('ofcBlr', 4)[0], ua, targets: [userTarget(u)] });
    audit(ctx, { t: t1 + 4 * MIN, service: 'Core Directory', category: 'Device', activity: 'Register device', actor: userActor(u), targets: [{ type: 'Device', name: `KDS-LT-${r.int(10000, 99999)}`, id: u.laptop.id }] });
  }
  // leavers: disabled the morning after the last day, removed from project groups
  for (const u of leavers) {
    const t = at(u.lastDay + 1, 4 + r.next() * 3);
    const ag = r.pick(idadmins.concat(desk.slice(0, 6)));
    audit(ctx, { t, service: 'Core Directory', category: 'UserManagement', activity: 'Disable account', actor: userActor(ag), ip: ofc(), ua, targets: [userTarget(u, [['AccountEnabled', '[true]', '[false]']])] });
    audit(ctx, { t: t + MIN, service: 'Core Directory', category: 'UserManagement', activity: 'Update user', actor: userActor(ag), ip: ofc(), ua, targets: [userTarget(u, [['AccountEnabled', '[true]', '[false]'], ['Included Updated Properties', '', '"AccountEnabled"']])] });
    const g = r.pick(GROUPS.projects);
    audit(ctx, { t: t + 3 * MIN, service: 'Core Directory', category: 'GroupManagement', activity: 'Remove member from group', actor: userActor(ag), ip: ofc(), ua, targets: [userTarget(u), { type: 'Group', name: g.name, id: g.id }] });
  }
  for (let d = 0; d < DAYS; d++) {
    const busy = wd(d) ? 1 : 0.35;
    // service desk: password resets, MFA resets, TAPs for lost phones, unlocks
    for (let i = 0; i < Math.round(r.int(26, 38) * busy); i++) {
      const t = at(d, r.next() * 24), ag = deskOn(t), v = r.pick(staff);
      audit(ctx, { t, service: 'Core Directory', category: 'UserManagement', activity: 'Reset password (by admin)', actor: userActor(ag), ip: ofc(), ua, targets: [userTarget(v)] });
    }
    for (let i = 0; i < Math.round(r.int(5, 10) * busy); i++) {
      const t = at(d, r.next() * 24), ag = deskOn(t), v = r.pick(staff);
      audit(ctx, { t, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin deleted security info', reason: 'Admin deleted Authenticator App with Notification and Code', actor: userActor(ag), ip: ofc(), ua, targets: [userTarget(v)] });
      if (r.chance(0.5)) tap(ctx, t + r.int(2, 10) * MIN, ag, ofc(), v);
      audit(ctx, { t: t + r.int(30, 240) * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(v), ua, targets: [userTarget(v)] });
    }
    // self-service password reset
    for (let i = 0; i < Math.round(r.int(16, 26) * busy); i++) {
      const t = at(d, r.next() * 24), v = r.pick(staff);
      audit(ctx, { t, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Self-service password reset flow activity progress', reason: 'User successfully verified themselves via Mobile app notification', actor: userActor(v), targets: [userTarget(v)] });
      audit(ctx, { t: t + r.int(30, 120) * 1000, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Reset password (self-service)', actor: userActor(v), targets: [userTarget(v)] });
    }
    // phones replaced: new methods
    for (let i = 0; i < Math.round(r.int(7, 13) * busy); i++) {
      const v = r.pick(staff);
      audit(ctx, { t: at(d, r.next() * 24), service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: r.pick(['User registered Authenticator App with Notification and Code', 'User registered Mobile Phone SMS']), actor: userActor(v), ua: v.phone ? v.phone.client.ua : ua, targets: [userTarget(v)] });
    }
    // PIM activations of the identity admins (workdays, office hours IST)
    if (wd(d)) for (const a of idadmins) {
      if (!r.chance(0.7)) continue;
      const role = r.pick([ROLES.uaa, ROLES.aa, ROLES.appAdmin, ROLES.ca, ROLES.uaa]);
      const t = at(d, 4 + r.next() * 8);
      audit(ctx, { t, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role requested (PIM activation)', actor: userActor(a), ip: ofc(), ua, targets: [{ type: 'Role', name: role.name, id: role.id }, userTarget(a)], details: [['Justification', r.pick(['Joiner batch', 'CHG0041' + r.int(100, 999), 'Service desk escalation', 'App registration review'])]] });
      audit(ctx, { t: t + 20 * 1000, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role completed (PIM activation)', actor: AUTOMATION.pim, targets: [{ type: 'Role', name: role.name, id: role.id }, userTarget(a)] });
      audit(ctx, { t: t + 8 * HOUR, service: 'PIM', category: 'RoleManagement', activity: 'Remove member from role (PIM activation expired)', actor: AUTOMATION.pim, targets: [{ type: 'Role', name: role.name, id: role.id }, userTarget(a)] });
      // real admin work during the activation
      if (role === ROLES.appAdmin && r.chance(0.5)) {
        const app = r.pick(APPREGS);
        audit(ctx, { t: t + r.int(5, 60) * MIN, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Update application', actor: userActor(a), ip: ofc(), ua, targets: [{ type: 'Application', name: app.name, id: app.id, props: [['AppAddress', '', '[{"AddressType":0,"Address":"https://' + app.name.toLowerCase() + '.kaveridigital.in/signin-oidc"}]']] }] });
      }
      if (role === ROLES.uaa && r.chance(0.4)) {
        const g = r.pick(GROUPS.projects), v = r.pick(staff);
        audit(ctx, { t: t + r.int(5, 60) * MIN, service: 'Core Directory', category: 'GroupManagement', activity: 'Add member to group', actor: userActor(a), ip: ofc(), ua, targets: [userTarget(v), { type: 'Group', name: g.name, id: g.id }] });
      }
    }
    // project staffing by delivery managers' requests (service desk)
    for (let i = 0; i < Math.round(r.int(16, 28) * busy); i++) {
      const t = at(d, 4 + r.next() * 10), g = r.pick(GROUPS.projects), v = r.pick(staff);
      audit(ctx, { t, service: 'Core Directory', category: 'GroupManagement', activity: r.chance(0.75) ? 'Add member to group' : 'Remove member from group', actor: userActor(deskOn(t)), ip: ofc(), ua, targets: [userTarget(v), { type: 'Group', name: g.name, id: g.id }] });
    }
    // the HRMS directory sync (ROPC service account, from the vendor's AWS addresses) updates titles, departments and managers
    const sync = users.find((u) => u.upn.startsWith('svc-hrms-sync'));
    for (let i = 0; i < (wd(d) ? r.int(25, 50) : r.int(0, 6)); i++) {
      const v = r.pick(staff), k = Math.floor(r.int(0, 47)) / 2;
      const prop = r.pick([['JobTitle', '["Software Engineer"]', '["Senior Software Engineer"]'], ['Department', '["Delivery - BFSI"]', '["Delivery - Retail"]'], ['Department', '["BPO - Voice"]', '["BPO - Back Office"]'], ['JobTitle', '["Associate"]', '["Senior Associate"]'], ['OfficeLocation', '["Bengaluru - Whitefield"]', '["Bengaluru - Electronic City"]']]);
      audit(ctx, { t: at(d, k) + r.int(20, 600) * 1000, service: 'Core Directory', category: 'UserManagement', activity: 'Update user', actor: userActor(sync), ip: ctx.fixedIps('hrmsVendor', 2)[k % 2 === 0 ? 0 : 1], ua: CLIENTS.hrmsJava.ua, targets: [userTarget(v, [prop, ['Included Updated Properties', '', `"${prop[0]}"`]])] });
    }
    // secret rotation by automation
    for (let i = 0; i < r.int(2, 5); i++) {
      const app = r.pick(APPREGS), kid = r.uuid();
      audit(ctx, { t: at(d, 20.5 + r.next()), service: 'Core Directory', category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', actor: AUTOMATION.rotation, targets: [{ type: 'Application', name: app.name, id: app.id, props: [['KeyDescription', `["[KeyIdentifier=${app.keyId},KeyType=Password,KeyUsage=Verify,DisplayName=rotated]"]`, `["[KeyIdentifier=${app.keyId},KeyType=Password,KeyUsage=Verify,DisplayName=rotated]","[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-${d}]"]`], ['Included Updated Properties', '', '"KeyDescription"']] }] });
    }
  }
  // admin consents to common business apps
  const consentApps = [[APPS.zoom, 'User.Read openid profile offline_access', 2], [APPS.miro, 'User.Read User.ReadBasic.All', 3], [APPS.ciscoWebex, 'Calendars.ReadWrite User.Read', 8], [APPS.jira, 'User.Read openid email', 10]];
  for (const [app, scope, d] of consentApps) {
    const a = idadmins[d % idadmins.length], t = at(d, 6 + r.next() * 4);
    audit(ctx, { t, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add service principal', actor: userActor(a), ip: ofc(), ua, targets: [{ type: 'ServicePrincipal', name: app.name, id: r.uuid(), props: [['AppPrincipalId', '', `["${app.id}"]`], ['DisplayName', '', `["${app.name}"]`]] }] });
    audit(ctx, { t: t + 20 * 1000, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add delegated permission grant', actor: userActor(a), ip: ofc(), ua, targets: [{ type: 'ServicePrincipal', name: 'Microsoft Graph', id: '3f8c1b6e-0a5d-4c27-9e31-7d2b4f6a8c90', props: [['DelegatedPermissionGrant.Scope', '', `"${scope}"`], ['DelegatedPermissionGrant.ConsentType', '', '"AllPrincipals"']] }] });
    audit(ctx, { t: t + 25 * 1000, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Consent to application', actor: userActor(a), ip: ofc(), ua, targets: [{ type: 'ServicePrincipal', name: app.name, id: r.uuid(), props: [['ConsentContext.IsAdminConsent', '', '"True"'], ['ConsentContext.IsAppOnly', '', '"False"'], ['ConsentContext.OnBehalfOfAll', '', '"True"'], ['ConsentAction.Permissions', '', `"[] => [[Id: x, ClientId: ${app.id}, PrincipalId: , ResourceId: 3f8c1b6e-0a5d-4c27-9e31-7d2b4f6a8c90, ConsentType: AllPrincipals, Scope: ${scope}, CreatedDateTime: , LastModifiedDateTime ]]; "`]] }] });
  }
  // guests: a few new invitations for a new project, redeemed the same day
  for (const g of guests.slice(0, 14)) {
    const d = r.int(1, 10), a = r.pick(desk), t = at(d, 8 + r.next() * 5);
    audit(ctx, { t, service: 'Invited Users', category: 'UserManagement', activity: 'Invite external user', actor: userActor(a), ip: ofc(), ua, targets: [userTarget(g)], details: [['invitedUserEmailAddress', g.mail]] });
    audit(ctx, { t: t + r.int(30, 300) * MIN, service: 'Invited Users', category: 'UserManagement', activity: 'Redeem external user invite', actor: userActor(g), targets: [userTarget(g)] });
  }
  // one CA policy change (the BPO night-shift policy gets a new named location for the Kolkata Citrix farm)
  audit(ctx, { t: at(8, 6.2), service: 'Conditional Access', category: 'Policy', activity: 'Update conditional access policy', actor: userActor(idadmins[0]), ip: ofc(), ua, targets: [{ type: 'Policy', name: 'CA04-BPO-VDI-TrustedLocations', id: '4e6d2a1f-8b37-4c90-a5e1-3f7b9c0d2e68', props: [['ConditionalAccessPolicy', '{"conditions":{"locations":{"includeLocations":["AllTrusted"]}}}', '{"conditions":{"locations":{"includeLocations":["AllTrusted","KolkataCitrix"]}}}']] }] });
  // the HRMS sync account's password rotation (day 9, 06:10 UTC)
  const svc = users.find((u) => u.upn.startsWith('svc-hrms-sync'));
  audit(ctx, { t: at(9, 6.17), service: 'Core Directory', category: 'UserManagement', activity: 'Reset password (by admin)', actor: userActor(idadmins[2]), ip: ofc(), ua, targets: [userTarget(svc)] });
}
