// Routine directory administration: helpdesk, joiners/leavers, sync, PIM, secret rotation, consents.
import { APPS, RESOURCES, UA } from './world.mjs';
import { spotSite, spotHome, login, refreshes } from './session.mjs';
import { J, userT, groupT, appT, spT, roleT, ROLES, roleProps, keyProps, CERTS_ACTIVITY } from './audit.mjs';
import { MI } from './services.mjs';
import { MIN, HOUR, DAY } from './rng.mjs';

export const TENANT_APPS = [
  { name: 'Nordlys HR Provisioning', owner: 'identity', rotate: 'auto' },
  { name: 'PACS Worklist Connector', owner: 'developer', rotate: 'auto' },
  { name: 'Lab Result Mailer', owner: 'developer', rotate: 'auto' },
  { name: 'Nordlys Intranett', owner: 'developer', rotate: 'manual' },
  { name: 'Nordlys Data Warehouse Export', owner: 'developer', rotate: 'manual' },
  { name: 'Vaktplan Integration', owner: 'developer', rotate: 'manual' },
  { name: 'Nordlys Directory Reports', owner: 'itops', rotate: 'manual', privileged: true },
];

export function setupApps(rng, people) {
  for (const a of TENANT_APPS) {
    a.id = rng.guid(); a.objectId = rng.guid(); a.spId = rng.guid();
    a.keys = [{ id: rng.guid(), name: 'initial' }, { id: rng.guid(), name: `rotated-2025-${rng.int(8, 12)}` }];
    a.ownerP = rng.pick(people.filter((p) => p.role === a.owner));
  }
  return TENANT_APPS;
}

export function makeGroups(rng) {
  const g = (name, unified = false) => ({ id: rng.guid(), name, unified });
  const wards = ['1A', '1B', '2A', '3A', '3B', '4C', '5B', '6A', '7B', 'Akutt', 'Intensiv', 'Føde', 'Dialyse', 'Barn'].map((w) => g(`SG-Post-${w}`));
  return { wards, lic: [g('LIC-M365-E3'), g('LIC-M365-F3'), g('LIC-Teams-Phone')], misc: [g('SG-VPN-Users'), g('SG-EPJ-Read'), g('SG-PACS-Users'), g('Nordlys Alle ansatte', true)] };
}

export function benignAudits(A, sctx, people, { start, days, end }, extra) {
  const r = sctx.rng;
  const { audit } = A;
  const groups = makeGroups(r);
  const helpdesk = people.filter((p) => p.role === 'helpdesk');
  const identity = people.filter((p) => p.role === 'identity');
  const itops = people.filter((p) => p.role === 'itops');
  const staff = people.filter((p) => !['departed', 'service'].includes(p.role) && !p.startAt);
  const hdIp = () => spotSite(sctx, 'oslo').ip;
  const workT = (day0) => day0 + r.int(7, 14) * HOUR + r.int(0, 59) * MIN;
  const sync = { upn: 'Sync_NLHDC01_4f1e9a2b7c3d@nordlyshealth.onmicrosoft.com', id: r.guid() };
  const hrApp = { id: MI[1].app.id, name: MI[1].app.name, spId: MI[1].spId };
  const rotator = { id: MI[2].app.id, name: MI[2].app.name, spId: MI[2].spId };

  for (let d = 0; d < days; d++) {
    const day0 = start + d * DAY;
    const wd = new Date(day0).getUTCDay();
    const weekend = wd === 0 || wd === 6;
    // on-prem AD sync updates, around the clock every 30 min cycle
    for (let i = 0, n = r.int(15, 35); i < n; i++) {
      const p = r.pick(staff);
      const attr = r.pick(['TelephoneNumber', 'Department', 'JobTitle', 'Mobile', 'PhysicalDeliveryOfficeName']);
      audit(day0 + r.int(0, 47) * 30 * MIN + r.int(10, 90) * 1000, { activity: 'Update user', category: 'UserManagement', op: 'Update', by: { user: sync, ip: '193.156.95.11' },
        targets: [userT(p, [[attr, J([r.hex(4)]), J([r.hex(4)])], ['Included Updated Properties', null, J(attr)]])] });
    }
    if (!weekend) {
      // helpdesk: password resets, group memberships, profile fixes
      for (let i = 0, n = r.int(5, 14); i < n; i++) {
        const h = r.pick(helpdesk), p = r.pick(staff);
        audit(workT(day0), { activity: 'Reset user password', category: 'UserManagement', op: 'Update', by: { user: h, ip: hdIp() }, targets: [userT(p, [])] });
      }
      for (let i = 0, n = r.int(8, 24); i < n; i++) {
        const h = r.pick(helpdesk), p = r.pick(staff), g = r.chance(0.7) ? r.pick(groups.wards) : r.pick([...groups.lic, ...groups.misc]);
        const remove = r.chance(0.25);
        audit(workT(day0), { activity: remove ? 'Remove member from group' : 'Add member to group', category: 'GroupManagement', op: remove ? 'Unassign' : 'Assign', by: { user: h, ip: hdIp() },
          targets: [userT(p, [['Group.ObjectID', remove ? J(g.id) : null, remove ? null : J(g.id)], ['Group.DisplayName', remove ? J(g.name) : null, remove ? null : J(g.name)]]), groupT(g)] });
      }
      // lost phone: helpdesk issues a TAP to an existing employee
      if (r.chance(0.4)) {
        const h = r.pick(helpdesk), p = r.pick(staff);
        audit(workT(day0), { activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Update', reason: 'Admin registered temporary access pass method for user', by: { user: h, ip: hdIp() }, targets: [userT(p, [])] });
      }
      // PIM activations by IT operations / identity team
      for (let i = 0, n = r.int(1, 3); i < n; i++) {
        const p = r.pick([...itops, ...identity]), role = r.pick([ROLES.exo, ROLES.intune, ROLES.userAdmin, ROLES.appAdmin, ROLES.secReader]);
        const t = workT(day0);
        audit(t, { activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'Privileged Identity Management', op: 'Assign', by: { user: p, ip: hdIp() },
          targets: [roleT(role), userT(p, [])], details: [['RoleDefinitionOriginId', role.id], ['Justification', r.pick(['Mailbox permission request INC0' + r.int(10000, 99999), 'Intune compliance policy change', 'Monthly access review', 'Licence clean-up'])], ['StartTime', new Date(t).toISOString()]] });
        audit(t + r.int(2, 8) * HOUR, { activity: 'Remove member from role completed (PIM activation expired)', category: 'RoleManagement', service: 'Privileged Identity Management', op: 'Unassign', by: { app: { id: '01fc33a7-78ba-4d2f-a4b7-768e336e890e', name: 'MS-PIM' } }, targets: [roleT(role), userT(p, [])] });
      }
      // new Teams
      if (r.chance(0.6)) {
        const p = r.pick(staff);
        audit(workT(day0), { activity: 'Add group', category: 'GroupManagement', op: 'Add', by: { user: p, ip: spotSite(sctx, p.site === 'remote' ? 'tromso' : p.site).ip }, targets: [groupT({ id: r.guid(), name: `Team ${r.pick(['Kvalitet', 'Fagdag', 'Prosjekt', 'Turnus'])} ${r.int(1, 99)}`, unified: true })] });
      }
    }
    // self-service password resets and security-info changes
    for (let i = 0, n = r.int(1, 5); i < n; i++) {
      const p = r.pick(staff);
      const ip = spotHome(p).ip;
      const sspr = r.chance(0.5);
      audit(day0 + r.int(6, 22) * HOUR + r.int(0, 59) * MIN, { activity: sspr ? 'Reset password (self-service)' : 'Change password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', op: 'Update',
        reason: sspr ? 'Successfully completed reset.' : '', by: { user: p, ip }, targets: [userT(p, [])] });
    }
    for (let i = 0, n = r.int(0, 3); i < n; i++) {
      const p = r.pick(staff);
      audit(day0 + r.int(7, 21) * HOUR, { activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Update', reason: r.pick(['User registered Authenticator App with Notification and Code', 'User changed default security info', 'User registered Mobile Phone SMS']), by: { user: p, ip: spotHome(p).ip }, targets: [userT(p, [])] });
    }
    // weekly automated secret rotation, Monday 02:00 UTC
    if (wd === 1) {
      for (const a of TENANT_APPS.filter((x) => x.rotate === 'auto')) {
        const k = keyProps(r, a.keys.slice(-2), `rotated-${new Date(day0).toISOString().slice(0, 10)}`, day0);
        a.keys = k.keys;
        const t = day0 + 2 * HOUR + r.int(0, 10) * MIN;
        audit(t, { activity: CERTS_ACTIVITY, category: 'ApplicationManagement', op: 'Update', by: { app: rotator }, targets: [appT(a, k.props)] });
        audit(t + 5000, { activity: 'Update application', category: 'ApplicationManagement', op: 'Update', by: { app: rotator }, targets: [appT(a, [['Included Updated Properties', null, J('KeyDescription')]])] });
      }
    }
  }
  // owners rotating expiring secrets by hand
  for (const [i, a] of TENANT_APPS.filter((x) => x.rotate === 'manual').entries()) {
    const day0 = start + [2, 5, 8, 10][i % 4] * DAY;
    const k = keyProps(r, a.keys, `prod-2026-${String(i + 2).padStart(2, '0')}`, day0);
    a.keys = k.keys;
    const t = day0 + r.int(8, 13) * HOUR;
    audit(t, { activity: CERTS_ACTIVITY, category: 'ApplicationManagement', op: 'Update', by: { user: a.ownerP, ip: spotSite(sctx, a.ownerP.site).ip }, targets: [appT(a, k.props)] });
    const old = a.keys[0];
    audit(t + r.int(1, 3) * DAY, { activity: CERTS_ACTIVITY, category: 'ApplicationManagement', op: 'Update', by: { user: a.ownerP, ip: spotSite(sctx, a.ownerP.site).ip },
      targets: [appT(a, [['KeyDescription', J([`[KeyIdentifier=${old.id},KeyType=Password,KeyUsage=Verify,DisplayName=${old.name}]`]), J([])]])] });
  }
  // user consents to well-known apps with low-risk scopes; one admin consent for a new LOB app
  for (const [d, app, scope] of [[1, APPS.zoom, 'openid profile email User.Read offline_access'], [4, APPS.miro, 'User.Read openid profile offline_access'], [6, APPS.zoom, 'openid profile email User.Read offline_access'], [11, APPS.miro, 'User.Read openid profile offline_access']]) {
    const p = r.pick(people.filter((x) => x.role === 'research'));
    consent(A, r, start + d * DAY + r.int(8, 15) * HOUR, p, spotHome(p).ip, { ...app, spId: r.guid() }, scope, false, 'benign');
  }
  const idp = r.pick(identity);
  consent(A, r, start + 3 * DAY + 10 * HOUR, idp, hdIp(), { id: r.guid(), name: 'Helse Nord Kvalitetsregister', spId: r.guid() }, 'User.Read Mail.Send', true, 'benign');
  for (const [d, name] of [[2, 'CA007 - Block legacy authentication (exclude svc-medimaging-imap)'], [9, 'CA012 - Require compliant device for EPJ']]) {
    audit(start + d * DAY + 13 * HOUR, { activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', op: 'Update', by: { user: idp, ip: hdIp() }, targets: [{ id: r.guid(), displayName: name, type: 'Policy', props: [['ConditionalAccessPolicy', '{}', '{}']] }] });
  }
  joinersLeavers(A, sctx, extra, { helpdesk, hrApp, groups, hdIp, start, end });
}

export function consent(A, r, t, p, ip, app, scope, admin, tag) {
  const grant = `[Id: ${r.hex(43)}, ClientId: ${app.spId}, PrincipalId: ${admin ? '' : p.id}, ResourceId: ${r.guid()}, ConsentType: ${admin ? 'AllPrincipals' : 'Principal'}, Scope:  ${scope}, CreatedDateTime: , LastModifiedDateTime ]`;
  const corr = r.guid();
  A.audit(t, { activity: 'Add service principal', category: 'ApplicationManagement', op: 'Add', corr, by: { user: p, ip }, tag, targets: [spT(app, [['AppAddress', null, J([{ AddressType: 0, Address: 'https://login.microsoftonline.com/common/oauth2/nativeclient' }])], ['AppId', null, J(app.id)], ['DisplayName', null, J(app.name)]])] });
  A.audit(t + 1500, { activity: 'Add delegated permission grant', category: 'ApplicationManagement', op: 'Assign', corr, by: { user: p, ip }, tag, targets: [spT({ name: 'Microsoft Graph', spId: r.guid() }, [['DelegatedPermissionGrant.Scope', J(''), J(` ${scope}`)], ['DelegatedPermissionGrant.ConsentType', J(''), J(admin ? 'AllPrincipals' : 'Principal')]]), spT(app)] });
  A.audit(t + 2500, { activity: 'Consent to application', category: 'ApplicationManagement', op: 'Assign', corr, by: { user: p, ip }, tag,
    targets: [spT(app, [['ConsentContext.IsAdminConsent', null, J(admin ? 'True' : 'False')], ['ConsentContext.IsAppOnly', null, J('False')], ['ConsentContext.OnBehalfOfAll', null, J(admin ? 'True' : 'False')], ['ConsentContext.Tags', null, J('WindowsAzureActiveDirectoryIntegratedApp')], ['ConsentAction.Permissions', null, J(`[] => [${grant}]; `)], ['TargetId.ServicePrincipalNames', null, J(app.id)]])] });
}

function joinersLeavers(A, sctx, { joiners, leavers }, { helpdesk, hrApp, groups, hdIp, start, end }) {
  const r = sctx.rng;
  for (const p of joiners) {
    const t = p.startAt - r.int(1, 3) * DAY + 9 * HOUR; // HR creates the account a few days ahead
    A.audit(Math.max(start + HOUR, t), { activity: 'Add user', category: 'UserManagement', op: 'Add', by: { app: hrApp }, targets: [userT(p, [['AccountEnabled', J([]), J([true])], ['DisplayName', J([]), J([p.name])], ['UserPrincipalName', J([]), J([p.upn])]])] });
    const g = p.role === 'nurse' ? r.pick(groups.wards) : groups.lic[0];
    A.audit(Math.max(start + HOUR, t) + 40 * 1000, { activity: 'Add member to group', category: 'GroupManagement', op: 'Assign', by: { app: hrApp }, targets: [userT(p, [['Group.ObjectID', null, J(g.id)], ['Group.DisplayName', null, J(g.name)]]), groupT(g)] });
    // first day: helpdesk hands out a TAP and registers the phone on their behalf; the starter signs in with the TAP
    const h = r.pick(helpdesk);
    const t1 = p.startAt + r.int(60, 120) * MIN;
    A.audit(t1, { activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Update', reason: 'Admin registered temporary access pass method for user', by: { user: h, ip: hdIp() }, targets: [userT(p, [])] });
    if (r.chance(0.5)) A.audit(t1 + 3 * MIN, { activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Update', reason: 'Admin registered phone method for user', by: { user: h, ip: hdIp() }, targets: [userT(p, [])] });
    const spot = spotSite(sctx, p.site === 'remote' ? 'tromso' : p.site);
    const dev = p.laptop || (p.kiosks && p.kiosks[0]);
    const s = login(sctx, p, t1 + r.int(10, 40) * MIN, { spot, dev, app: APPS.mySignins, res: RESOURCES.graph, ua: UA.edgeWin, mfa: true, mfaMethod: 'Temporary Access Pass', noPassword: true, denyRate: 0 });
    p.tapSession = s.session;
    A.audit(s.t + 4 * MIN, { activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Update', reason: 'User registered Authenticator App with Notification and Code', by: { user: p, ip: spot.ip }, targets: [userT(p, [])] });
    A.audit(s.t + 5 * MIN, { activity: 'User registered all required security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Update', reason: 'User registered all required security info', by: { user: p, ip: spot.ip }, targets: [userT(p, [])] });
    refreshes(sctx, p, s.session, s.t, s.t + 2 * HOUR, 2, { spot, dev, ua: UA.msalDesktop, mfa: true });
  }
  for (const p of leavers) {
    const h = r.pick(helpdesk);
    const t = p.endAt + r.int(10, 120) * MIN;
    if (t > end) continue;
    A.audit(t, { activity: 'Disable account', category: 'UserManagement', op: 'Update', by: { user: h, ip: hdIp() }, targets: [userT(p, [['AccountEnabled', J([true]), J([false])], ['Included Updated Properties', null, J('AccountEnabled')]])] });
    A.audit(t + 20 * 1000, { activity: 'Update user', category: 'UserManagement', op: 'Update', by: { user: h, ip: hdIp() }, targets: [userT(p, [['AccountEnabled', J([true]), J([false])], ['Included Updated Properties', null, J('AccountEnabled')]])] });
    const g = groups.lic[0];
    A.audit(t + 60 * 1000, { activity: 'Remove member from group', category: 'GroupManagement', op: 'Unassign', by: { user: h, ip: hdIp() }, targets: [userT(p, [['Group.ObjectID', J(g.id), null], ['Group.DisplayName', J(g.name), null]]), groupT(g)] });
  }
}
