// Honest administration and automation in the directory audit log.
import { DAYS } from './plans.mjs';
import { audit, userT, appT, spT, roleT, groupT, devT, ROLES } from './audit.mjs';

const HOUR = 3_600_000, DAY = 24 * HOUR;
const ADMIN_ROLES = { itadmin: ['userAdmin', 'appAdmin', 'caAdmin', 'exo', 'intune', 'ga'], secops: ['secAdmin', 'caAdmin', 'appAdmin'], helpdesk: ['authAdmin', 'helpdesk', 'userAdmin'] };
const SAAS_CONSENT = [['Loom', 'User.Read openid profile email offline_access'], ['Notion', 'User.Read openid profile email'], ['Figma', 'User.Read openid profile email'], ['Lucid', 'User.Read Files.Read openid profile offline_access'], ['Calendly', 'User.Read Calendars.ReadWrite offline_access'], ['Grammarly', 'User.Read openid profile email'], ['Zoom for Outlook', 'User.Read Calendars.ReadWrite openid profile offline_access']];

export function adminAudits(ctx, R, T, users, apps, groups, guests) {
  const { rng } = ctx, { at, ok } = R;
  const ipAt = (u, d) => (d >= u.ipChangeDay ? u.homeIp2 : u.homeIp);
  const by = (u, d) => ({ user: u, ip: ipAt(u, d) });
  const admins = users.filter((u) => ADMIN_ROLES[u.special]);
  const engineers = users.filter((u) => u.role === 'eng' && !u.special);
  const tenantApps = Array.from({ length: 14 }, (_, i) => ({ name: `ml-${['billing-api', 'search-indexer', 'customer-portal', 'metrics-exporter', 'notify-svc', 'docs-site', 'etl-nightly', 'payments-gw', 'crm-sync', 'feature-flags', 'audit-shipper', 'backup-agent', 'status-page', 'data-lake'][i]}`, appId: rng.uuid(), objId: rng.uuid(), spId: rng.uuid() }));
  T.tenantApps = tenantApps;

  for (let d = 0; d < DAYS; d++) {
    const wd = d % 7, work = wd < 5;
    // PIM activations: request, completion, the MS-PIM role assignment, and expiry eight hours later.
    for (const a of admins) for (let i = work ? rng.int(0, 2) : rng.chance(0.1) ? 1 : 0; i > 0; i--) {
      const t = at(a, d, rng.float(8.5, 17.5)); if (!ok(t)) continue;
      const role = ROLES[rng.pick(ADMIN_ROLES[a.special])], corr = rng.uuid();
      if (role === ROLES.ga && rng.chance(0.7)) continue;
      const tg = [roleT(role), userT(a)];
      audit(ctx, { t, corr, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', by: by(a, d), targets: tg, details: [['Justification', rng.pick(['INC triage', 'Change CHG-' + rng.int(1000, 9999), 'User onboarding', 'Access review follow-up', 'Ticket HD-' + rng.int(10000, 99999)])], ['StartTime', new Date(t).toISOString()]] });
      audit(ctx, { t: t + 4000, corr, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', by: by(a, d), targets: tg });
      audit(ctx, { t: t + 5000, activity: 'Add member to role', category: 'RoleManagement', by: { app: apps.pim }, targets: [userT(a, [['Role.DisplayName', null, role.name], ['Role.TemplateId', null, role.tpl]]), roleT(role)] });
      const te = t + 8 * HOUR;
      if (ok(te)) {
        audit(ctx, { t: te, activity: 'Remove member from role', category: 'RoleManagement', by: { app: apps.pim }, targets: [userT(a, [['Role.DisplayName', role.name, null]]), roleT(role)] });
        audit(ctx, { t: te + 2000, activity: 'Remove member from role (PIM activation expired)', category: 'RoleManagement', service: 'PIM', by: { app: apps.pim }, targets: tg });
      }
    }
    if (!work) continue;
    // Engineers and IT register apps and add secrets (users may register applications here).
    for (let i = rng.int(0, 2); i > 0; i--) {
      const e = rng.chance(0.7) ? rng.pick(engineers) : rng.pick(admins), t = at(e, d, rng.float(10, 17)); if (!ok(t)) continue;
      const app = { name: `${e.upn.split('@')[0].split('.')[0]}-${rng.pick(['local-dev', 'test-oidc', 'graph-poc', 'teams-bot', 'sso-sandbox'])}`, appId: rng.uuid(), objId: rng.uuid(), spId: rng.uuid() };
      audit(ctx, { t, activity: 'Add application', category: 'ApplicationManagement', by: by(e, d), targets: [appT(app, [['AppAddress', null, '[{"AddressType":0,"Address":"http://localhost:3000/callback"}]'], ['AppId', null, app.appId]])] });
      audit(ctx, { t: t + 1500, activity: 'Add owner to application', category: 'ApplicationManagement', by: by(e, d), targets: [userT(e), appT(app)] });
      audit(ctx, { t: t + 3000, activity: 'Add service principal', category: 'ApplicationManagement', by: by(e, d), targets: [spT(app, [['AppPrincipalId', null, app.appId]])] });
      if (rng.chance(0.6)) audit(ctx, { t: t + rng.int(2, 30) * 60_000, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by: by(e, d), targets: [appT(app, [['KeyDescription', '[]', `["[KeyIdentifier=${rng.uuid()},KeyType=Password,KeyUsage=Verify,DisplayName=dev-secret]"]`]])] });
    }
    // Secret rotation by automation (managed identity) every few days; Terraform deploys from CI.
    for (const app of tenantApps) if ((d + app.name.length) % 4 === 0 && rng.chance(0.6)) {
      const t = T.START + d * DAY + Math.round(rng.float(1, 3) * HOUR);
      const kid = rng.uuid();
      audit(ctx, { t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by: { app: apps.rotator }, targets: [appT(app, [['KeyDescription', '[]', `["[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-${d}]"]`]])] });
      audit(ctx, { t: t + 2000, activity: 'Update application', category: 'ApplicationManagement', by: { app: apps.rotator }, targets: [appT(app, [['Included Updated Properties', null, 'KeyDescription']])] });
    }
    if (rng.chance(0.6)) {
      const app = rng.pick(tenantApps), t = T.START + d * DAY + Math.round(rng.float(13, 20) * HOUR);
      audit(ctx, { t, activity: 'Update application', category: 'ApplicationManagement', by: { app: apps.terraform }, targets: [appT(app, [['Included Updated Properties', null, 'RequiredResourceAccess, AppAddress']])] });
      if (rng.chance(0.5)) audit(ctx, { t: t + 4000, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', by: { app: apps.terraform }, targets: [spT({ name: 'Microsoft Graph', spId: T.graphSpId }), spT(app, [['AppRole.Value', null, rng.pick(['User.Read.All', 'Group.Read.All', 'Sites.Selected'])]])] });
    }
    // Helpdesk, SaaS access, groups and Intune.
    for (let i = rng.int(1, 4); i > 0; i--) {
      const a = rng.pick(admins.filter((x) => x.special !== 'secops')), u = rng.pick(users), t = at(a, d, rng.float(9, 17)); if (!ok(t)) continue;
      const saas = rng.pick(['Slack', 'Zoom', 'Atlassian Cloud', 'Salesforce', 'Miro', 'HubSpot', 'GitHub Enterprise Cloud']);
      audit(ctx, { t, activity: 'Add app role assignment grant to user', category: 'ApplicationManagement', by: by(a, d), targets: [spT({ name: saas, spId: rng.uuid() }, [['AppRole.Value', null, 'User']]), userT(u)] });
    }
    for (let i = rng.int(1, 4); i > 0; i--) {
      const u = rng.pick(users), t = at(u, d, rng.float(9, 17)); if (!ok(t)) continue;
      const g = { id: rng.uuid(), name: `${rng.pick(['proj', 'team', 'guild', 'cust'])}-${rng.pick(['atlas', 'orbit', 'harbor', 'ember', 'delta', 'quartz', 'lumen', 'nova'])}-${rng.int(10, 99)}` };
      audit(ctx, { t, activity: 'Add group', category: 'GroupManagement', by: by(u, d), targets: [groupT(g)] });
      audit(ctx, { t: t + 2000, activity: 'Add owner to group', category: 'GroupManagement', by: by(u, d), targets: [userT(u), groupT(g)] });
      for (const m of rng.sample(users, rng.int(2, 6))) audit(ctx, { t: t + rng.int(5, 300) * 1000, activity: 'Add member to group', category: 'GroupManagement', by: by(u, d), targets: [userT(m), groupT(g)] });
    }
    for (let i = rng.int(20, 45); i > 0; i--) {
      const u = rng.pick(users), t = T.START + d * DAY + rng.int(0, DAY - 1);
      audit(ctx, { t, activity: 'Update device', category: 'Device', by: { app: apps.intune }, targets: [devT(u.laptop)], details: [['DeviceId', u.laptop.id]] });
    }
    for (let i = rng.int(5, 15); i > 0; i--) {
      const u = rng.pick(users), t = T.START + d * DAY + Math.round(rng.float(2, 6) * HOUR);
      audit(ctx, { t, activity: 'Update user', category: 'UserManagement', by: { app: apps.workday }, targets: [userT(u, [[rng.pick(['JobTitle', 'Department', 'Manager', 'OfficeLocation']), 'old', 'new']])] });
    }
  }
  // Admin consents to well-known SaaS, user consents to verified publishers, CA and named-location edits.
  for (const [name, scope] of SAAS_CONSENT) {
    const admin = rng.chance(0.4), d = rng.int(0, DAYS - 3), a = admin ? rng.pick(admins.filter((x) => x.special === 'itadmin')) : rng.pick(users.filter((u) => !u.special));
    const t = at(a, d, rng.float(10, 16)); if (!ok(t)) continue;
    const app = { name, appId: rng.uuid(), spId: rng.uuid() };
    audit(ctx, { t, activity: 'Add service principal', category: 'ApplicationManagement', by: by(a, d), targets: [spT(app, [['AppPrincipalId', null, app.appId]])] });
    audit(ctx, { t: t + 3000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', by: by(a, d), targets: [spT({ name: 'Microsoft Graph', spId: T.graphSpId }, [['DelegatedPermissionGrant.Scope', null, scope], ['DelegatedPermissionGrant.ConsentType', null, admin ? 'AllPrincipals' : 'Principal']])] });
    audit(ctx, { t: t + 4000, activity: 'Consent to application', category: 'ApplicationManagement', by: by(a, d), targets: [spT(app, [['ConsentContext.IsAdminConsent', null, admin ? 'True' : 'False'], ['ConsentContext.OnBehalfOfAll', null, admin ? 'True' : 'False'], ['ConsentAction.Permissions', null, `[[Id: ${rng.b64url(24)}, ClientId: ${app.spId}, ResourceId: ${T.graphSpId}, ConsentType: ${admin ? 'AllPrincipals' : 'Principal'}, Scope: ${scope}]]`]])], details: [['User-Agent', 'Mozilla/5.0'], ['AppId', app.appId], ['VerifiedPublisher', 'True']] });
  }
  const ca = admins.filter((x) => x.special === 'itadmin' || x.special === 'secops');
  for (const [pol, dd] of [['CA010 Sign-in frequency 12h for unmanaged devices', 2], ['CA007 Require compliant device for Azure management', 6], ['CA001 All users: require MFA', 9]]) {
    const a = rng.pick(ca), t = at(a, dd, 15.2);
    audit(ctx, { t, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', by: by(a, dd), targets: [{ id: rng.uuid(), name: pol, type: 'Policy', props: [['ConditionalAccessPolicy', '{"state":"enabled"}', '{"state":"enabled","conditions":{"users":{"excludeGroups":["CA-Exclusions-BreakGlass"]}}}']] }] });
  }
  const a = rng.pick(ca), t = at(a, 4, 11);
  audit(ctx, { t, activity: 'Update named location', category: 'Policy', service: 'Conditional Access', by: by(a, 4), targets: [{ id: rng.uuid(), name: 'Cloudflare WARP egress', type: 'Policy', props: [] }] });
  // Guest invitations by project leads, redeemed by the guest.
  for (const g of guests.filter((x) => x.newInvite && x.firstT)) {
    const inviter = rng.pick(users.filter((u) => (u.role === 'consult' || u.role === 'sales') && !u.special)), t = g.firstT - rng.int(60, 180) * 60_000; if (!ok(t)) continue;
    const d = Math.floor((t - T.START) / DAY), ext = { id: g.id, name: g.name, upn: `${g.upn.replace('@', '_')}#EXT#@${T.tenant.domain}` };
    audit(ctx, { t, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', by: by(inviter, d), targets: [userT(ext)], details: [['invitedUserEmailAddress', g.upn]] });
    audit(ctx, { t: t + 2000, activity: 'Add user', category: 'UserManagement', by: by(inviter, d), targets: [userT(ext, [['UserType', null, 'Guest']])] });
    audit(ctx, { t: g.firstT - 60_000, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', by: { user: { id: g.id, upn: g.upn }, ip: g.firstIp }, targets: [userT(ext)] });
  }
}
