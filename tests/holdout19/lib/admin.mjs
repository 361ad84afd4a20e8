// Honest directory work: service desk resets/TAPs/MFA re-registration, lockouts, leavers, new phones, guests, PIM,
// app registrations and secret rotation, CA edits, an admin consent, sync and Intune noise.
import { audit } from './graph.mjs';
import { ix, nx, T0, DAY, HOUR, MIN, DAYS, weekday, PW_BAD, PW_PUSH, PREV_MFA } from './emit.mjs';
import { POOL, SITE, APP, RES } from './world.mjs';

const ROLE = { ga: ['62e90394-69f5-4237-9190-012177145e10', 'Global Administrator'], exa: ['29232cdf-9323-42fd-ade2-1d097af3e4de', 'Exchange Administrator'],
  appadm: ['9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'Application Administrator'], caadm: ['b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', 'Conditional Access Administrator'],
  uadm: ['fe930be7-5e62-47db-91af-98c3a49a38b1', 'User Administrator'], intune: ['3a2c62db-5318-420d-8d74-23affee5d9d5', 'Intune Administrator'],
  sec: ['194ae4cb-b126-40b2-bd5b-6091b380977d', 'Security Administrator'], auth: ['c4e39bd9-1100-46d3-8c65-fb160da0071f', 'Authentication Administrator'] };
export { ROLE };
const PIM_APP = { app: { appId: null, name: 'MS-PIM', spId: '8e1f3c4a-7b2d-4e6f-9a0c-5d1b2e3f4a60', spName: 'MS-PIM' } };
const SYNC = (W) => ({ user: W.people.svc.sync, ip: '' });

export function honestAdmin(W) {
  const { rng, people, A } = W;
  const push = (o) => { const a = audit(rng, o); A.push(a); return a; };
  const uT = (u) => ({ id: u.id, name: u.name, type: 'User', upn: u.upn });
  const members = people.users.filter((u) => u.type === 'member' && ['office', 'tech', 'dev', 'contractor', 'control'].includes(u.role) && !W.reserved.has(u.upn));
  const desk = () => rng.pick(W.deskDay);
  const deskAt = (d) => { const xs = W.deskDay.filter((x) => x.d === d); return xs.length ? rng.pick(xs) : desk(); };

  // 1. service desk password resets after lockouts (and plain "forgot my password" calls)
  for (const u of rng.sample(members, 16)) {
    let d = rng.int(0, DAYS - 1); while (!weekday(d)) d = (d + 1) % DAYS;
    const net = u.home ? (u.role === 'tech' ? POOL.tampnet4g.ip(rng) : u.mobile.ip(rng)) : SITE.HQ;
    let t = T0 + d * DAY + rng.float(6, 15) * HOUR;
    const n = rng.int(4, 7);
    for (let i = 0; i < n; i++) { ix(W, u, t, net, { dev: 'phone', app: APP.outlookMobile, res: RES.exo, rich: true, err: 50126, steps: PW_BAD, incoming: 'none' }); t += rng.int(20, 200) * 1000; }
    for (let i = 0; i < rng.int(1, 3); i++) { ix(W, u, t, net, { dev: 'phone', app: APP.outlookMobile, res: RES.exo, rich: true, err: 50053, steps: PW_BAD, incoming: 'none' }); t += rng.int(30, 300) * 1000; }
    const ds = deskAt(d); t += rng.int(20, 90) * MIN;
    push({ t, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Reset password (by admin)', by: { user: ds.u, ip: ds.ip.ip }, targets: [uT(u)], reason: '' });
    push({ t: t + 800, activity: 'Reset user password', category: 'UserManagement', by: { user: ds.u, ip: ds.ip.ip }, targets: [uT(u)], op: 'Update', details: [['UserType', 'Member']] });
    push({ t: t + 1200, activity: 'Update user', category: 'UserManagement', by: { user: ds.u, ip: ds.ip.ip }, targets: [{ ...uT(u), props: [['ForceChangePasswordNextLogin', '[false]', '[true]'], ['Included Updated Properties', null, '"ForceChangePasswordNextLogin"']] }] });
    ix(W, u, t + rng.int(5, 40) * MIN, net, { dev: 'phone', app: APP.outlookMobile, res: RES.exo, rich: true, steps: PW_PUSH, incoming: 'none' });
  }
  // self-service password changes; the phone's old token then fails once
  for (const u of rng.sample(members, 30)) {
    const d = rng.int(0, DAYS - 1); const t = T0 + d * DAY + rng.float(7, 16) * HOUR;
    push({ t, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Change password (self-service)', by: { user: u, ip: u.site?.ip || '' }, targets: [uT(u)] });
    if (u.phone) nx(W, u, t + rng.int(10, 120) * MIN, u.mobile.ip(rng), { dev: 'phone', app: APP.outlookMobile, res: RES.exo, err: 50133 });
  }
  // 2. MFA re-registration (new phones), some via a TAP from the desk
  for (const u of rng.sample(members.filter((x) => x.phone), 34)) {
    const d = rng.int(1, DAYS - 1); let t = T0 + d * DAY + rng.float(7, 17) * HOUR;
    const net = u.home ? (rng.chance(0.5) ? u.site : u.home.ip(rng)) : SITE.HQ;
    if (rng.chance(0.45)) {
      const ds = deskAt(d);
      push({ t: t - 20 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin deleted security info', by: { user: ds.u, ip: ds.ip.ip }, targets: [uT(u)], reason: 'Admin deleted Authenticator App with Notification and Code method for user' });
      push({ t: t - 15 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin registered security info', by: { user: ds.u, ip: ds.ip.ip }, targets: [uT(u)], reason: 'Admin registered temporary access pass method for user' });
      ix(W, u, t - 5 * MIN, net, { dev: 'phone', app: APP.mySignins, res: RES.graph, steps: [{ m: 'Temporary Access Pass', res: 'Temporary Access Pass authentication completed', req: 'Primary authentication' }], mfa: true, incoming: 'none', sessionId: rng.guid() });
    }
    const newPhone = { id: rng.guid(), name: u.phone.name, os: u.phone.os, ios: u.phone.ios, compliant: true, managed: true, trust: 'Azure AD registered' };
    push({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', by: { user: u, ip: net.ip }, targets: [uT(u)], reason: 'User registered Authenticator App with Notification and Code' });
    push({ t: t + 60000, service: 'Authentication Methods', category: 'UserManagement', activity: 'User changed default security info', by: { user: u, ip: net.ip }, targets: [uT(u)], reason: 'User changed default security info' });
    push({ t: t + 4 * MIN, service: 'Device Registration Service', category: 'Device', activity: 'Register device', by: { user: u, ip: net.ip }, op: 'Add', targets: [{ id: newPhone.id, name: newPhone.name, type: 'Device' }], details: [['Device Id', newPhone.id], ['Device OS', newPhone.os], ['Device Trust Type', 'Workplace']] });
    push({ t: t + 4 * MIN + 500, activity: 'Add device', category: 'Device', op: 'Add', by: { app: { appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service', spId: RES.drs.spId } }, targets: [{ id: newPhone.id, name: newPhone.name, type: 'Device' }] });
    push({ t: t + 4 * MIN + 900, activity: 'Add registered owner to device', category: 'Device', op: 'Assign', by: { app: { appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', name: 'Device Registration Service', spId: RES.drs.spId } }, targets: [{ id: newPhone.id, name: newPhone.name, type: 'Device' }, uT(u)] });
    ix(W, u, t + 6 * MIN, net, { dev: newPhone, app: APP.authenticator, res: RES.drs, rich: true, steps: PW_PUSH, incoming: 'none', sessionId: rng.guid() });
    u.phone = newPhone; u.phoneSession = rng.guid();
  }
  // 3. leavers: disabled on-prem (sync), phones keep retrying
  for (const u of W.leavers) {
    const t = T0 + u.disabledDay * DAY + rng.float(7, 12) * HOUR - DAY * 0;
    push({ t, activity: 'Disable account', category: 'UserManagement', by: SYNC(W), targets: [{ ...uT(u), props: [['AccountEnabled', '[true]', '[false]'], ['Included Updated Properties', null, '"AccountEnabled"']] }], details: [['UserType', 'Member']] });
    push({ t: t + 2000, activity: 'Update user', category: 'UserManagement', by: SYNC(W), targets: [{ ...uT(u), props: [['AccountEnabled', '[true]', '[false]']] }] });
    let tt = t + rng.float(1, 3) * HOUR;
    while (tt < T0 + DAYS * DAY) {
      nx(W, u, tt, u.mobile.ip(rng), { dev: 'phone', app: rng.pick([APP.outlookMobile, APP.teams]), res: rng.pick([RES.exo, RES.teams]), err: 50057 });
      tt += rng.float(2, 7) * HOUR;
    }
    ix(W, u, t + rng.float(14, 30) * HOUR, u.home.ip(rng), { dev: 'none', app: APP.officeHome, res: RES.wcss, err: 50057, steps: PW_BAD.map((s) => ({ ...s, ok: true, res: 'Correct password' })), ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36', browser: 'Chrome 142.0.0' });
  }
  // 4. returning employee (long leave): desk TAP, re-registration, first sign-in from HQ
  {
    const u = W.returning; const d = u.activeFrom; const ds = deskAt(d); const t = T0 + d * DAY + 7.5 * HOUR;
    push({ t: t - 30 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin registered security info', by: { user: ds.u, ip: ds.ip.ip }, targets: [uT(u)], reason: 'Admin registered temporary access pass method for user' });
    ix(W, u, t, SITE.HQ, { app: APP.mySignins, res: RES.graph, steps: [{ m: 'Temporary Access Pass', res: 'Temporary Access Pass authentication completed', req: 'Primary authentication' }], mfa: true, incoming: 'none' });
    push({ t: t + 3 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', by: { user: u, ip: SITE.HQ.ip }, targets: [uT(u)], reason: 'User registered Authenticator App with Notification and Code' });
  }
  // 5. guest invitations and redemptions
  const inviters = members.filter((u) => u.role === 'office' || u.role === 'dev');
  for (const g of people.guests.filter((x) => x.invitedDay !== undefined)) {
    const inv = rng.pick(inviters); const t = T0 + g.invitedDay * DAY + rng.float(7, 15) * HOUR;
    push({ t, service: 'Invited Users', category: 'UserManagement', activity: 'Invite external user', op: 'Add', by: { user: inv, ip: inv.site.ip }, targets: [{ id: g.id, name: g.name, type: 'User', upn: g.upn.replace('@', '_') + '#EXT#@duenenwind.onmicrosoft.com' }], details: [['invitedUserEmailAddress', g.upn]] });
    push({ t: t + 1500, activity: 'Add user', category: 'UserManagement', op: 'Add', by: { user: inv, ip: inv.site.ip }, targets: [{ id: g.id, name: g.name, type: 'User', upn: g.upn.replace('@', '_') + '#EXT#@duenenwind.onmicrosoft.com', props: [['UserType', null, '["Guest"]']] }] });
    push({ t: t + rng.float(0.5, 20) * HOUR, service: 'Invited Users', category: 'UserManagement', activity: 'Redeem external user invite', op: 'Update', by: { user: { id: g.id, upn: g.upn }, ip: g.vendor.pool.ip(rng).ip }, targets: [{ id: g.id, name: g.name, type: 'User', upn: g.upn }] });
  }
  // 6. PIM activations (change windows: working hours)
  for (const x of W.adminDay) {
    if (!rng.chance(0.65)) continue;
    const role = rng.pick([ROLE.exa, ROLE.uadm, ROLE.intune, ROLE.appadm, ROLE.sec, ROLE.auth, ROLE.ga]);
    const t = x.t + 2 * MIN; const corr = rng.guid();
    const rt = { id: role[0], name: role[1], type: 'Role' };
    push({ t, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role requested (PIM activation)', op: 'Add', corr, by: { user: x.u, ip: x.ip.ip }, targets: [rt, uT(x.u)], details: [['Justification', rng.pick(['CHG' + rng.int(10000, 99999), 'Ticket INC' + rng.int(100000, 999999), 'Mailbox permissions', 'Intune compliance policy update'])], ['StartTime', new Date(t).toISOString()]] });
    push({ t: t + 4000, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role completed (PIM activation)', op: 'Add', corr, by: { user: x.u, ip: x.ip.ip }, targets: [rt, uT(x.u)] });
    push({ t: t + 5000, activity: 'Add member to role', category: 'RoleManagement', op: 'Assign', corr, by: PIM_APP, targets: [{ ...uT(x.u), props: [['Role.DisplayName', null, `"${role[1]}"`], ['Role.TemplateId', null, `"${role[0]}"`]] }] });
    const e = t + rng.pick([4, 8]) * HOUR;
    push({ t: e, activity: 'Remove member from role', category: 'RoleManagement', op: 'Unassign', by: PIM_APP, targets: [{ ...uT(x.u), props: [['Role.DisplayName', `"${role[1]}"`, null]] }] });
    push({ t: e + 1000, service: 'PIM', category: 'RoleManagement', activity: 'Remove member from role (PIM activation expired)', op: 'Delete', by: PIM_APP, targets: [rt, uT(x.u)] });
  }
  // an honest permanent-eligible assignment in a change window (Tuesday 10:00 CET)
  {
    const a = people.admins[0]; const t = T0 + 1 * DAY + 9 * HOUR + 12 * MIN; const tgt = W.newHireAdmin;
    push({ t, service: 'PIM', category: 'RoleManagement', activity: 'Add eligible member to role in PIM completed (timebound)', op: 'Add', by: { user: a, ip: SITE.HQ.ip }, targets: [{ id: ROLE.exa[0], name: ROLE.exa[1], type: 'Role' }, uT(tgt)], details: [['Justification', 'CHG48211 onboarding messaging admin']] });
  }
  // 7. app registrations, owners, secret rotation, an honest federated credential
  const devs = people.users.filter((u) => u.role === 'dev');
  for (let i = 0; i < 9; i++) {
    const dv = rng.pick(devs); let d = rng.int(0, DAYS - 1); while (!weekday(d)) d = (d + 1) % DAYS;
    const t = T0 + d * DAY + rng.float(8, 15) * HOUR; const appId = rng.guid(), objId = rng.guid(), spId = rng.guid();
    const name = rng.pick(['turbine-telemetry-api', 'cms-vibration-ingest', 'grid-forecast-dashboard', 'vessel-tracking-sync', 'hse-incident-app', 'blade-inspection-ml', 'permit-to-work-bot', 'spare-parts-portal', 'weather-window-planner']) + `-${rng.pick(['dev', 'test', 'prod'])}`;
    const by = { user: dv, ip: dv.site.ip };
    push({ t, activity: 'Add application', category: 'ApplicationManagement', op: 'Add', by, targets: [{ id: objId, name, type: 'Application', props: [['AppAddress', null, '[{"AddressType":0,"Address":"https://localhost:5001/signin-oidc","ReplyAddressClientType":1}]'], ['AppId', null, `"${appId}"`], ['DisplayName', null, `"${name}"`]] }], details: [['AppId', appId]] });
    push({ t: t + 1500, activity: 'Add owner to application', category: 'ApplicationManagement', op: 'Assign', by, targets: [uT(dv), { id: objId, name, type: 'Application' }] });
    push({ t: t + 3000, activity: 'Add service principal', category: 'ApplicationManagement', op: 'Add', by, targets: [{ id: spId, name, type: 'ServicePrincipal', props: [['AppId', null, `"${appId}"`]] }] });
    push({ t: t + 5 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by, targets: [{ id: objId, name, type: 'Application', props: [['KeyDescription', '[]', `["[KeyIdentifier=${rng.guid()},KeyType=Password,KeyUsage=Verify,DisplayName=${rng.pick(['local-dev', 'ci', 'pipeline'])}]"]`], ['Included Updated Properties', null, '"KeyDescription"']] }] });
  }
  // scheduled secret rotation by the rotator automation, plus the Power BI connector secret that expired and was rotated by hand
  const ROT = { app: { appId: W.apps.rotator.appId, name: W.apps.rotator.name, spId: W.apps.rotator.spId } };
  for (const d of [2, 9]) for (const app of [W.apps.devops, W.apps.meter]) {
    const t = T0 + d * DAY + 4 * HOUR + rng.int(60, 900) * 1000;
    push({ t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by: ROT, targets: [{ id: app.objId, name: app.name, type: 'Application', props: [['KeyDescription', `["[KeyIdentifier=${rng.guid()},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-${d}]"]`, `["[KeyIdentifier=${rng.guid()},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-${d + 7}]"]`]] }] });
  }
  {
    const a = people.admins[4]; const t = W.pbiRotated - 6 * MIN;
    push({ t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by: { user: a, ip: SITE.HQ.ip }, targets: [{ id: W.apps.pbi.objId, name: W.apps.pbi.name, type: 'Application', props: [['KeyDescription', `["[KeyIdentifier=${W.apps.pbi.cred.keyId},KeyType=Password,KeyUsage=Verify,DisplayName=pbi-2025]"]`, `["[KeyIdentifier=${W.apps.pbi.cred.keyId},KeyType=Password,KeyUsage=Verify,DisplayName=pbi-2025]","[KeyIdentifier=${W.apps.pbi.cred2.keyId},KeyType=Password,KeyUsage=Verify,DisplayName=pbi-2026]"]`], ['Included Updated Properties', null, '"KeyDescription"']] }] });
    ix(W, a, t - 10 * MIN, SITE.HQ, { app: APP.azurePortal, res: RES.arm, steps: PREV_MFA, mfa: true, sessionId: rng.guid() });
  }
  {
    const a = people.admins[1]; const t = T0 + 2 * DAY + 13 * HOUR + 7 * MIN; const app = W.apps.devops;
    push({ t, activity: 'Update application', category: 'ApplicationManagement', by: { user: a, ip: SITE.HQ.ip }, targets: [{ id: app.objId, name: app.name, type: 'Application', props: [['FederatedIdentityCredentials', '[]', `[{"Name":"github-infra-main","Issuer":"https://token.actions.githubusercontent.com","Subject":"repo:duenenwind/infra-azure:environment:production","Audiences":["api://AzureADTokenExchange"]}]`], ['Included Updated Properties', null, '"FederatedIdentityCredentials"']] }] });
  }
  // 8. honest CA policy edits and an honest admin consent
  {
    const a = people.admins[0]; const t = T0 + 1 * DAY + 9 * HOUR + 40 * MIN;
    push({ t, service: 'Conditional Access', category: 'Policy', activity: 'Update conditional access policy', by: { user: a, ip: SITE.HQ.ip }, targets: [{ id: 'b8d24e7a-6c13-4f0b-a2d5-91e3c7f40a02', name: 'CA02 - Require compliant or hybrid joined device - Windows', type: 'Policy',
      props: [['ConditionalAccessPolicy', '{"id":"b8d24e7a-6c13-4f0b-a2d5-91e3c7f40a02","displayName":"CA02 - Require compliant or hybrid joined device - Windows","state":"enabled","conditions":{"users":{"includeUsers":["All"],"excludeGroups":["1f0b8c3e-2a4d-4e6f-8b1c-9d2e3f4a5b60"]}}}',
        '{"id":"b8d24e7a-6c13-4f0b-a2d5-91e3c7f40a02","displayName":"CA02 - Require compliant or hybrid joined device - Windows","state":"enabled","conditions":{"users":{"includeUsers":["All"],"excludeGroups":["1f0b8c3e-2a4d-4e6f-8b1c-9d2e3f4a5b60","7c2d9e1f-3b4a-4c5d-8e6f-0a1b2c3d4e71"]}}}']] }] });
    const t2 = T0 + 8 * DAY + 10 * HOUR + 5 * MIN;
    push({ t: t2, service: 'Conditional Access', category: 'Policy', activity: 'Add conditional access policy', op: 'Add', by: { user: a, ip: SITE.HQ.ip }, targets: [{ id: '2e9f1a3b-4c5d-4e6f-9a7b-8c9d0e1f2a08', name: 'CA08 - Require compliant device - Azure management (report-only)', type: 'Policy',
      props: [['ConditionalAccessPolicy', null, '{"id":"2e9f1a3b-4c5d-4e6f-9a7b-8c9d0e1f2a08","displayName":"CA08 - Require compliant device - Azure management (report-only)","state":"enabledForReportingButNotEnforced"}']] }] });
    const b = people.admins[1]; const t3 = T0 + 3 * DAY + 14 * HOUR + 22 * MIN; const sp = rng.guid();
    const by = { user: b, ip: SITE.HQ.ip };
    push({ t: t3, activity: 'Add service principal', category: 'ApplicationManagement', op: 'Add', by, targets: [{ id: sp, name: 'Adobe Acrobat Sign', type: 'ServicePrincipal', props: [['AppId', null, '"a3a5a3e7-0e0f-4b0f-9e5e-3b2a1c0d9e8f"']] }] });
    push({ t: t3 + 2000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', op: 'Assign', by, targets: [{ id: RES.graph.spId, name: 'Microsoft Graph', type: 'ServicePrincipal', props: [['DelegatedPermissionGrant.Scope', null, '"User.Read openid profile offline_access Files.Read.All"'], ['DelegatedPermissionGrant.ConsentType', null, '"AllPrincipals"']] }, { id: sp, name: 'Adobe Acrobat Sign', type: 'ServicePrincipal' }] });
    push({ t: t3 + 2500, activity: 'Consent to application', category: 'ApplicationManagement', op: 'Assign', by, targets: [{ id: sp, name: 'Adobe Acrobat Sign', type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, '"True"'], ['ConsentContext.IsAppOnly', null, '"False"'], ['ConsentContext.OnBehalfOfAll', null, '"True"'], ['ConsentContext.Tags', null, '"WindowsAzureActiveDirectoryIntegratedApp"'], ['ConsentAction.Permissions', null, `"[] => [[Id: x, ClientId: ${sp}, PrincipalId: , ResourceId: ${RES.graph.spId}, ConsentType: AllPrincipals, Scope: User.Read openid profile offline_access Files.Read.All, CreatedDateTime: , LastModifiedDateTime ]]; "`], ['TargetId.ServicePrincipalNames', null, '"a3a5a3e7-0e0f-4b0f-9e5e-3b2a1c0d9e8f"']] }] });
    // a few users consenting to a low-privilege meeting add-in
    for (const u of rng.sample(members.filter((x) => x.role === 'office'), 5)) {
      const t4 = T0 + rng.int(0, DAYS - 1) * DAY + rng.float(8, 16) * HOUR; const by4 = { user: u, ip: u.site.ip };
      push({ t: t4, activity: 'Add delegated permission grant', category: 'ApplicationManagement', op: 'Assign', by: by4, targets: [{ id: RES.graph.spId, name: 'Microsoft Graph', type: 'ServicePrincipal', props: [['DelegatedPermissionGrant.Scope', null, '"User.Read openid profile email"']] }] });
      push({ t: t4 + 900, activity: 'Consent to application', category: 'ApplicationManagement', op: 'Assign', by: by4, targets: [{ id: W.webex.spId, name: 'Webex Scheduler', type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, '"False"'], ['ConsentContext.OnBehalfOfAll', null, '"False"'], ['ConsentAction.Permissions', null, `"[] => [[Id: x, ClientId: ${W.webex.spId}, PrincipalId: ${u.id}, ResourceId: ${RES.graph.spId}, ConsentType: Principal, Scope: User.Read openid profile email]]; "`]] }] });
    }
  }
  // 9. sync and Intune noise, group changes
  for (let d = 0; d < DAYS; d++) {
    const n = weekday(d) ? rng.int(40, 80) : rng.int(5, 15);
    for (let i = 0; i < n; i++) {
      const u = rng.pick(members); const t = T0 + d * DAY + rng.float(0, 24) * HOUR;
      push({ t, activity: 'Update user', category: 'UserManagement', by: SYNC(W), targets: [{ ...uT(u), props: [[rng.pick(['TelephoneNumber', 'Department', 'JobTitle', 'Manager', 'ExtensionAttribute7', 'ProxyAddresses']), '[]', '[]'], ['Included Updated Properties', null, '""']] }] });
    }
    for (let i = 0; i < (weekday(d) ? rng.int(60, 110) : rng.int(20, 40)); i++) {
      const u = rng.pick(members); const t = T0 + d * DAY + rng.float(0, 24) * HOUR;
      push({ t, activity: 'Update device', category: 'Device', by: { app: { appId: '0000000a-0000-0000-c000-000000000000', name: 'Microsoft Intune', spId: RES.intune.spId } }, targets: [{ id: u.laptop.id, name: u.laptop.name, type: 'Device', props: [['IsCompliant', '[true]', '[true]'], ['Included Updated Properties', null, '"IsCompliant"']] }] });
    }
    if (weekday(d)) for (let i = 0; i < rng.int(3, 9); i++) {
      const u = rng.pick(members); const t = T0 + d * DAY + rng.float(6, 17) * HOUR;
      push({ t, activity: 'Add member to group', category: 'GroupManagement', op: 'Assign', by: SYNC(W), targets: [uT(u), { id: rng.guid(), name: rng.pick(['SG-HAM-Engineering', 'SG-ESB-Technicians', 'SG-GRO-Planning', 'SG-Licence-E5', 'SG-VPN-Users', 'SG-SCADA-Readers']), type: 'Group' }] });
    }
  }
}
